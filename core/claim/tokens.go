package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/sentence"
	"github.com/crosscheck/crosscheck/core/timex"
)

// token is one word or one punctuation mark of a sentence, as byte offsets
// into the article's cleaned text.
//
// It holds no pointer: the sentence buffers of tokens are written for
// every sentence, and a pointer in each token put a write barrier on
// every append and copy while the collector runs (it mostly does).
type token struct {
	start, end int32
	word       bool      // letters or digits; false for punctuation
	upper      bool      // the word starts with an upper-case letter
	has        uint8     // entry.has, copied so that scans need not follow entry
	cls        wordClass // entry.cls, likewise for the slot finders
	// slot is where lists.lookup found the word's lexicon entry in
	// lists.table: meaningful only when has is not 0.
	slot uint16
}

// tokenize appends the tokens of text[start:end] to buf and returns it.
// Hyphens and apostrophes inside a word stay in it ("rebel-held",
// "didn't") so that lexicon rows can name compounds; "," and "." between
// digits stay in the number ("380,000", "1.5"). Quotation marks, dashes and
// other symbols are one punctuation token each.
func tokenize(buf []token, text string, start, end int) []token {
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf { // ASCII: one table load decides
			switch ascii.Class[c] {
			case ascii.Space:
				i++
			case ascii.Letter, ascii.Digit:
				j := wordEnd(text, i, end)
				buf = appendToken(buf, i, j, true, c >= 'A' && c <= 'Z')
				i = j
			default:
				buf = appendToken(buf, i, i+1, false, false)
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) {
			if !unicode.IsSpace(r) {
				buf = appendToken(buf, i, i+n, false, false)
			}
			i += n
			continue
		}
		j := wordEnd(text, i, end)
		buf = appendToken(buf, i, j, true, unicode.IsUpper(r))
		i = j
	}
	return buf
}

// appendToken appends the token [start, end) to buf, its fields written
// in place: a token literal appended whole was put together on the stack
// with narrow stores and copied out with one wide load, which waited on
// store forwarding (that load was two fifths of fromSplit's own time).
func appendToken(buf []token, start, end int, word, upper bool) []token {
	buf = append(buf, token{})
	t := &buf[len(buf)-1]
	t.start, t.end, t.word, t.upper = int32(start), int32(end), word, upper
	return buf
}

// buffers keeps the per-sentence buffers of Extract between calls: each
// article needs them only while it is read, and growing them anew for
// every article (and every sentence) was most of what Extract allocated.
var buffers = sync.Pool{New: func() any {
	return &bufs{toks: make([]token, 0, 128), matches: make([]match, 0, 16), aux: make([]match, 0, 16)}
}}

// bufs is what buffers holds: scratch space that one sentence fills and
// the next overwrites.
type bufs struct {
	toks     []token
	opens    []int32  // the sentence's tokens that open a phrase (see lists.lookup)
	matches  []match  // predicate matches
	aux      []match  // speech, hedge, negation and scope matches, one list after another
	sentFigs []figure // the sentence's figures
	quotes   [][2]int
	mtoks    [][2]int // per mention of the sentence: its first token and the token after it
	ents     []string // the sentence's entity IDs, each once
	// The article's:
	spans    []sentence.Span
	figBuf   []quantity.Quantity // extractor.figs
	timeBuf  []timex.Expr        // extractor.times
	claims   []Claim             // claims, copied out at the end
	refs     []claimRef          // per claim, what it points at
	entArena []string            // the entity IDs of the sentences that gave claims, one run each
	// sent is the sentence being read: one per article, reset for each
	// sentence, as nothing keeps it once the sentence's claims are out.
	sent sent
}

// maxPooledBuf is the largest buffer kept for reuse, in elements.
const maxPooledBuf = 1 << 14

// getBuffers returns empty buffers.
func getBuffers() *bufs { return buffers.Get().(*bufs) }

// putBuffers returns b for reuse. Matches point only into the lexicons,
// which live as long as the program; figures, times, claims and entity
// IDs point into the article, so they are cleared rather than kept alive.
func putBuffers(b *bufs) {
	if cap(b.toks) > maxPooledBuf || cap(b.matches) > maxPooledBuf || cap(b.aux) > maxPooledBuf || cap(b.claims) > maxPooledBuf ||
		cap(b.figBuf) > maxPooledBuf || cap(b.timeBuf) > maxPooledBuf || cap(b.entArena) > maxPooledBuf {
		return
	}
	clear(b.sentFigs[:cap(b.sentFigs)])
	clear(b.ents[:cap(b.ents)])
	// Extract leaves all it wrote in the lengths of these:
	clear(b.claims)
	clear(b.figBuf)
	clear(b.timeBuf)
	clear(b.entArena)
	b.sent = sent{}
	b.toks, b.opens, b.matches, b.aux, b.sentFigs, b.quotes, b.mtoks, b.ents = b.toks[:0], b.opens[:0], b.matches[:0], b.aux[:0], b.sentFigs[:0], b.quotes[:0], b.mtoks[:0], b.ents[:0]
	b.spans, b.figBuf, b.timeBuf, b.claims, b.refs, b.entArena = b.spans[:0], b.figBuf[:0], b.timeBuf[:0], b.claims[:0], b.refs[:0], b.entArena[:0]
	buffers.Put(b)
}

// wordEnd returns the end of the word starting at i.
func wordEnd(text string, i, end int) int {
	for i < end {
		for i < end && ascii.Class[text[i]] >= ascii.Digit { // ASCII letters and digits, in a tight loop
			i++
		}
		if i >= end {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if (c == '-' || c == '\'') && i+1 < end && isASCIIWord(text[i+1]) && i > 0 {
				i++
				continue
			}
			if (c == ',' || c == '.') && i+1 < end && isDigit(text[i+1]) && isDigit(text[i-1]) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			i += n
			continue
		}
		if r == '’' && i+n < end && isASCIIWord(text[i+n]) {
			i += n
			continue
		}
		return i
	}
	return i
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCIIWord reports whether c is an ASCII letter or digit.
func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c)
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// fromSplit is tokenize(buf, text, start, end) built from sp, the split
// tokens of the whole of text (tokens.Text.Split), instead of from the
// bytes: quantity and timex split each article anyway, and joining their
// pieces ("rebel", "-", "held"; "380", ",", "000") costs a fraction of a
// second pass over every byte. A sentence whose edges cut a split token,
// or with a word that keeps an apostrophe before a non-ASCII letter
// ("l'État", one split word, three claim tokens), is tokenized from the
// bytes; so is one whose edge is inside a rune.
func fromSplit(buf []token, text string, sp []tokens.Token, start, end int) []token {
	if start < len(text) && !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
		return tokenize(buf, text, start, end) // inside a rune the split tokens do not show (a no-break space)
	}
	k, hi := 0, len(sp) // k: the first split token ending after start
	for k < hi {
		h := int(uint(k+hi) >> 1)
		if sp[h].End <= start {
			k = h + 1
		} else {
			hi = h
		}
	}
	k1 := k
	for k1 < len(sp) && sp[k1].Start < end {
		if sp[k1].End > end || sp[k1].Apos && aposBeforeNonASCII(text[sp[k1].Start:sp[k1].End]) {
			return tokenize(buf, text, start, end)
		}
		k1++
	}
	if k < k1 && sp[k].Start < start {
		return tokenize(buf, text, start, end)
	}
	for k < k1 {
		t := sp[k]
		if !isWordPiece(text, t) {
			if t.End-t.Start == 1 || !unicode.IsSpace(decode(text, t)) {
				buf = appendToken(buf, t.Start, t.End, false, false)
			}
			k++
			continue
		}
		var upper bool
		if c := text[t.Start]; c < utf8.RuneSelf {
			upper = c >= 'A' && c <= 'Z'
		} else {
			upper = unicode.IsUpper(decode(text, t))
		}
		last := t
		for k++; k < k1 && sp[k].Start == last.End; {
			if isWordPiece(text, sp[k]) {
				last = sp[k]
				k++
				continue
			}
			if k+1 < k1 && sp[k+1].Start == sp[k].End && joins(text, last, sp[k], sp[k+1]) {
				last = sp[k+1]
				k += 2
				continue
			}
			break
		}
		buf = appendToken(buf, t.Start, last.End, true, upper)
	}
	return buf
}

// isWordPiece reports whether split token t is part of a claim word: a
// word, a number, or a non-ASCII digit or mark (isWordRune). Small enough
// to inline, for every split token of every sentence.
func isWordPiece(text string, t tokens.Token) bool {
	return t.Kind != tokens.Punct || text[t.Start] >= utf8.RuneSelf && isWordMark(text, t)
}

// isWordMark reports whether the non-ASCII mark t is a word rune. The
// quotes and dashes of U+2000–U+203F (“ ” ’ —), the commonest such marks
// and none of them a letter, digit or combining mark, are ruled out
// without decoding.
func isWordMark(text string, t tokens.Token) bool {
	if t.End-t.Start == 3 && text[t.Start] == 0xE2 && text[t.Start+1] == 0x80 {
		return false
	}
	return isWordRune(decode(text, t))
}

// joins reports whether mark m keeps the claim word that ends with piece
// prev going into piece next, all three touching, as wordEnd decides:
// "-" and "'" before an ASCII letter or digit, "’" likewise, "," and "."
// between digits.
func joins(text string, prev, m, next tokens.Token) bool {
	asciiNext := next.Kind == tokens.Num || next.Kind == tokens.Word && text[next.Start] < utf8.RuneSelf
	switch text[m.Start:m.End] {
	case "-", "'", "’":
		return asciiNext
	case ",", ".":
		return prev.Kind == tokens.Num && next.Kind == tokens.Num
	}
	return false
}

// decode returns the rune split token t starts with.
func decode(text string, t tokens.Token) rune {
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	return r
}

// aposBeforeNonASCII reports whether w has an apostrophe followed by a
// non-ASCII byte: where a split word goes on and a claim word ends.
func aposBeforeNonASCII(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == '\'' && w[i+1] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
