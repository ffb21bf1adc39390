package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// token is one word or one punctuation mark of a sentence, as byte offsets
// into the article's cleaned text.
type token struct {
	start, end int32
	word       bool      // letters or digits; false for punctuation
	upper      bool      // the word starts with an upper-case letter
	has        uint8     // entry.has, copied so that scans need not follow entry
	cls        wordClass // entry.cls, likewise for the slot finders
	entry      *entry    // the word's lexicon entry, nil when none (set by lists.lookup)
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
				buf = append(buf, token{start: int32(i), end: int32(j), word: true, upper: c >= 'A' && c <= 'Z'})
				i = j
			default:
				buf = append(buf, token{start: int32(i), end: int32(i + 1)})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) {
			if !unicode.IsSpace(r) {
				buf = append(buf, token{start: int32(i), end: int32(i + n)})
			}
			i += n
			continue
		}
		j := wordEnd(text, i, end)
		buf = append(buf, token{start: int32(i), end: int32(j), word: true, upper: unicode.IsUpper(r)})
		i = j
	}
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
	toks    []token
	matches []match  // predicate matches
	aux     []match  // speech, hedge, negation and scope matches, one list after another
	figBuf  []figure // the sentence's figures
	quotes  [][2]int
	mtoks   [][2]int // per mention of the sentence: its first token and the token after it
	ents    []string // the sentence's entity IDs, each once
	claims  []Claim  // the article's claims, copied out at the end
}

// maxPooledBuf is the largest buffer kept for reuse, in elements.
const maxPooledBuf = 1 << 14

// getBuffers returns empty buffers.
func getBuffers() *bufs { return buffers.Get().(*bufs) }

// putBuffers returns b for reuse. Token and match entries point only into
// the lexicons, which live as long as the program; figures and entity IDs
// point into the article, so they are cleared rather than kept alive.
func putBuffers(b *bufs) {
	if cap(b.toks) > maxPooledBuf || cap(b.matches) > maxPooledBuf || cap(b.aux) > maxPooledBuf || cap(b.claims) > maxPooledBuf {
		return
	}
	clear(b.figBuf[:cap(b.figBuf)])
	clear(b.ents[:cap(b.ents)])
	clear(b.claims) // Extract leaves all it wrote in len(b.claims)
	b.toks, b.matches, b.aux, b.figBuf, b.quotes, b.mtoks, b.ents, b.claims = b.toks[:0], b.matches[:0], b.aux[:0], b.figBuf[:0], b.quotes[:0], b.mtoks[:0], b.ents[:0], b.claims[:0]
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
