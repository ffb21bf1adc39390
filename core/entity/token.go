package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// token is one word of a text, with what the name finder needs to know of
// it and of the gap before it. It holds no pointer: its lower-case form is
// found through the scanner (see scanner.low), so that filling, copying
// and pooling tokens costs no write barriers and the collector never scans
// a token buffer.
type token struct {
	start, end int32     // byte span in the text (int32: a token is 28 bytes, not 40, and the passes over all tokens read less)
	alt        int32     // 0: the lower-case form is the span of the lower-cased text; else 1 + its index in alts
	line       int32     // index of its line in the text
	cls        wordClass // what the word lists say of low, once looked up: see scanner.class
	upper      bool      // starts with a capital, or with an article before one (al-Assad, l'Homme)
	acro       bool      // two or more letters, all capitals (HTS, U.S.), or capitals with "of" and "for" in lower case (MoD, DfID): see isAcro
	joined     bool      // only spaces separate it from the previous token of its line
	sentStart  bool      // first word of a line or sentence
	final      bool      // nothing may join after it: possessive ('s) or cut compound (Iranian-backed)
	tag        bool      // a hashtag or handle
	prefixed   bool      // cut out of pro-X / anti-X
	dotAfter   bool      // a "." follows directly (Gen. Smith)
	poss       bool      // joined through a plural possessive ("Workers' Union"): see decompose
}

// elisions are lower-case prefixes that may come before a capital inside a
// name word: the Arabic article and French elided articles.
var elisions = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "l'", "d'", "l’", "d’"}

// prefixes are lower-case prefixes cut off before a demonym or name:
// "pro-Turkish fighters" mentions Turkey.
var prefixes = wordset.Of("pro anti ex non post pre neo pan")

// asciiWord marks the ASCII bytes that are word runes: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// Bits of byteKind.
const (
	bkWord   = 1 << iota // an ASCII letter or digit
	bkLetter             // an ASCII letter
	bkUpper              // an ASCII capital
	bkInKey              // no separator of a name's words: a letter, digit, "-", "'" or "." (see isKeySep)
)

// byteKind says of each byte what wordEnd counts, one load where three
// comparisons branched on every letter; bytes beyond ASCII are 0.
var byteKind = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = bkWord | bkLetter | bkUpper
		case 'a' <= c && c <= 'z':
			t[c] = bkWord | bkLetter
		case '0' <= c && c <= '9':
			t[c] = bkWord
		}
		if t[c] != 0 || c == '-' || c == '\'' || c == '.' {
			t[c] |= bkInKey
		}
	}
	return t
}()

// letterCaps is what wordEnd adds up for each byte of a run of ASCII
// letters and digits: 1 for a letter, and 1<<32 more for a capital, so
// that one sum counts both; a digit adds 1<<63, which only flips the top
// bit (a text is under 2 GiB: the counts never reach it). Other bytes
// are 0 and end the run.
var letterCaps = func() (t [256]uint64) {
	for c := range t {
		switch k := byteKind[c]; {
		case k&bkUpper != 0:
			t[c] = 1 | 1<<32
		case k&bkLetter != 0:
			t[c] = 1
		case k&bkWord != 0:
			t[c] = 1 << 63
		}
	}
	return t
}()

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if 0 <= r && r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isJoiner reports whether r joins two parts of one word (Al-Masdar, l'Homme).
func isJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’'
}

// tokenize splits text into tokens, appended to toks, and returns them
// with the text's lower-cased copy, lower when it is one (of text's
// length), else made here, and alts, the lower-case forms of the tokens
// that are not their span of that copy (words beyond ASCII: Türkiye). It
// walks the text once. toks is an empty buffer; a new one is made with
// room for tokenRoom(text), sized for news text (a word every six bytes or
// so) to grow rarely. Offsets are int32: text is under 2 GiB (Analyze
// cuts an article at 2 MiB).
func tokenize(text, lower string, toks []token) (_ []token, _ string, alts []string) {
	if len(lower) != len(text) {
		lower = ascii.Lower(text)
	}
	line, prevEnd := int32(0), 0
	lineStartTok := 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if byteKind[c]&bkWord == 0 {
				// Spaces and punctuation: no decoding, no call.
				if c == '\n' {
					line++
					lineStartTok = len(toks)
				}
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += w
			continue
		}
		end, plain := wordEnd(text, i)
		first := len(toks) == lineStartTok
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		*t = token{start: int32(i), end: int32(end), line: line}
		if plain.ok {
			plain.shape(text, t)
		} else if low := shape(text, lower, t); low != lower[t.start:t.end] {
			alts = append(alts, low)
			t.alt = int32(len(alts))
		}
		gap := text[prevEnd:t.start]
		switch {
		case first:
			t.sentStart = true
		case gap == " ": // the common gap, decided without a scan
			t.joined = true
		case pluralPossessive(text, prevEnd, gap):
			t.joined, t.poss = true, true // "the General Workers' Union": one name
		default:
			t.joined = isSpaceGap(gap)
			t.sentStart = isSentenceGap(gap) || datelineGap(gap)
		}
		t.tag = gap != "" && (gap[len(gap)-1] == '#' || gap[len(gap)-1] == '@')
		if int(t.end) < len(text) && text[t.end] == '.' {
			t.dotAfter = true
		}
		prevEnd = int(t.end)
		i = end
	}
	return toks, lower, alts
}

// pluralPossessive reports whether gap, after a word ending at prevEnd, is
// the apostrophe of a plural possessive and a space: "Workers' Union",
// "Veterans’ Association". Unions and associations are named so, and the
// name runs on through it, where "'s" ends a name ("Syria's army").
func pluralPossessive(text string, prevEnd int, gap string) bool {
	if gap != "' " && gap != "’ " || prevEnd == 0 {
		return false
	}
	c := text[prevEnd-1]
	return c == 's' || c == 'S'
}

// isSentenceGap reports whether the gap before a word starts a sentence:
// it holds one of . ! ? : ; | or a bullet. (A quote or bracket with a
// stop, "." before “, holds the stop already.)
func isSentenceGap(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '.', '!', '?', ':', ';', '|':
			return true
		case 0xe2: // the first byte of "•", and of other marks
			if strings.HasPrefix(gap[i:], "•") {
				return true
			}
		}
	}
	return false
}

// datelineGap reports whether gap ends a dateline, where the story's first
// sentence starts: ") - " after the agency ("KOSTA, March 3 (Wire) - Rebel
// fighters took ..."), so that the capital after it proves no name.
func datelineGap(gap string) bool {
	i := strings.IndexByte(gap, ')')
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(gap[i+1:])
	return rest == "-" || rest == "--" || rest == "–" || rest == "—"
}

// tokenRoom returns the number of tokens a buffer for text is made with
// room for.
func tokenRoom(text string) int { return len(text)/6 + 16 }

// tokenBufs keeps token buffers between calls to Link: they are about
// five times the size of their text, and Analyze links every report's
// articles anew.
var tokenBufs sync.Pool

// maxPooledTokens is the largest token buffer kept for reuse.
const maxPooledTokens = 1 << 16

// getTokens returns an empty token buffer with room for at least n
// tokens, from the pool when the one there is big enough: a pooled buffer
// from a shorter article would otherwise grow by copying, token by token
// (2% of the page's time in the wasm profile).
func getTokens(n int) []token {
	if p, ok := tokenBufs.Get().(*[]token); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]token, 0, n)
}

// putTokens returns toks to the pool. A token holds no pointer, so a
// pooled buffer keeps no text alive, and tokenize writes each token
// whole: nothing needs clearing.
func putTokens(toks []token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	toks = toks[:0]
	tokenBufs.Put(&toks)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// with joiners between them, and dotted initials (U.S., U.N.); and what it
// saw of the word on the way (see plainWord).
func wordEnd(text string, i int) (int, plainWord) {
	j, seg := i, 0
	p := plainWord{ok: true}
	for j < len(text) {
		// A run of ASCII letters and digits: one load and one add a byte,
		// no decoding (see letterCaps).
		run, n := j, uint64(0)
		for j < len(text) {
			v := letterCaps[text[j]]
			if v == 0 {
				break
			}
			n += v
			j++
		}
		seg += j - run
		p.letters += int(uint32(n))
		p.caps += int(n >> 32 & 0x7fffffff)
		if j == len(text) {
			break
		}
		if c := text[j]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
			return j, p // a space or a mark ends the word: the common case
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		switch {
		case isWordRune(r):
			j += w
			seg++
			p.ok = false // beyond ASCII
			continue
		case isJoiner(r) || r == '.':
			if j+w >= len(text) {
				return dottedEnd(text, i, j, r, seg), p
			}
			r2, _ := utf8.DecodeRuneInString(text[j+w:])
			if !isWordRune(r2) || (r == '.' && (seg != 1 || !unicode.IsUpper(r2))) {
				return dottedEnd(text, i, j, r, seg), p
			}
			j += w
			seg = 0
			p.ok = p.ok && r == '.' // a hyphen or an apostrophe
			continue
		}
		return j, p
	}
	return j, p
}

// plainWord is what wordEnd saw of a word: whether it is plain, all ASCII
// with no hyphen nor apostrophe (nearly every word of English text), and
// its ASCII letters and capitals among them.
type plainWord struct {
	ok            bool
	letters, caps int
}

// shape is the package's shape for a plain word, which has no possessive,
// no compound and no elision to cut, so that its case is told from what
// wordEnd counted; its lower-case form is its span of the lower-cased text.
func (p plainWord) shape(text string, t *token) {
	c := text[t.start]
	t.upper = 'A' <= c && c <= 'Z' && p.letters > 0
	t.acro = isAcro(text[t.start:t.end], p.letters, p.caps)
}

// dottedEnd keeps the final dot of dotted initials: "U.S." rather than "U.S".
func dottedEnd(text string, start, j int, r rune, seg int) int {
	if r == '.' && seg == 1 && strings.IndexByte(text[start:j], '.') > 0 {
		return j + 1
	}
	return j
}

// isSpaceGap reports whether gap is one or more spaces and nothing else.
func isSpaceGap(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// possessives are the endings cut off a name: "Assad's".
var possessives = []string{"'s", "’s", "'S"}

// namePossessor reports whether a lower-cased word keeps its possessive
// inside a name: the people a body is of ("Serrat People's Council",
// "Kestovian People's Liberation Army"), where "Russia's Defence
// Ministry" is two names.
func namePossessor(w string) bool {
	for _, p := range [...]string{"people", "women", "children", "men", "workers"} {
		if w == p {
			return true
		}
	}
	return false
}

// placeHeads are the words that end a place named for its owner or
// founder, possessive and all: "Harlan's Ferry", "Martha's Vineyard",
// "Land's End". After a name's possessive a capitalised word is most often
// a name of its own ("Russia's Defence Ministry"), but these words rarely
// are; "Ford" (a make of car) and "Wells" (a surname) often are, and are
// left out.
var placeHeads = wordset.Of("Bay Bluff Corner Cove Creek Crossing End Ferry Harbor Harbour Hollow Landing Point Reach Rest Row Vineyard Wood")

// placeHeadAfter reports whether a capitalised place head follows byte
// end of text past one space: the possessive before it is the place's own.
func placeHeadAfter(text string, end int) bool {
	if end+2 >= len(text) || text[end] != ' ' || text[end+1] < 'A' || text[end+1] > 'Z' {
		return false
	}
	rest := text[end+1:]
	n := 1
	for n < len(rest) && 'a' <= rest[n] && rest[n] <= 'z' {
		n++
	}
	if n < len(rest) && (rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] >= '0' && rest[n] <= '9') {
		return false // "WoodSpring": another word
	}
	return placeHeads[rest[:n]]
}

// shape fills t's case fields, cuts possessives and compounds, and
// returns t's lower-case form. lower is text with ASCII letters
// lower-cased.
func shape(text, lower string, t *token) string {
	s := text[t.start:t.end]
	for _, suf := range possessives {
		if c := s[len(s)-1]; c != 's' && c != 'S' {
			break // no possessive: the common case
		}
		if len(s) > len(suf) && strings.HasSuffix(s, suf) && !namePossessor(lower[t.start:t.end-int32(len(suf))]) && !placeHeadAfter(text, int(t.end)) {
			t.end -= int32(len(suf))
			t.final = true
			s = s[:len(s)-len(suf)]
		}
	}
	if strings.IndexByte(s, '-') >= 0 {
		s = cutCompound(text, t, s)
	}
	ascii := isASCII(s)
	low := lower[t.start:t.end]
	if !ascii {
		low = strings.ToLower(s)
	}
	// Every elision has a joiner: most words need not try them.
	joiner := strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, '\'') >= 0 || !ascii && strings.Contains(s, "’")
	for _, e := range elisions[len(elisions)-4:] {
		// French elided articles are no part of the name: "l'ONDH" → ONDH.
		if !joiner {
			break
		}
		if strings.HasPrefix(low, e) && len(s) > len(e) {
			if r, _ := utf8.DecodeRuneInString(s[len(e):]); unicode.IsUpper(r) {
				t.start += int32(len(e))
				s = s[len(e):]
				low = low[len(e):]
			}
			break
		}
	}
	if !ascii {
		low = strings.ReplaceAll(low, "’", "'")
	}
	first, _ := utf8.DecodeRuneInString(s)
	t.upper = unicode.IsUpper(first)
	if !t.upper && joiner {
		for _, e := range elisions {
			if strings.HasPrefix(s, e) && len(s) > len(e) {
				r, _ := utf8.DecodeRuneInString(s[len(e):])
				t.upper = unicode.IsUpper(r)
				break
			}
		}
	}
	letters, caps := letterCase(s, ascii)
	t.acro = isAcro(s, letters, caps)
	if letters == 0 {
		t.upper = false
	}
	return low
}

// isAcro reports whether word s, of letters letters and capitals caps,
// is an acronym: all capitals (HTS, U.S.), or the British and American
// mixed form whose lower-case "o" and "f" stand for "of" and "for" between
// capitals (MoD, DoD, MoHS, DfID), which is written for ministries and
// departments as often as the long form. A lower-case letter at the end
// ("SoHo") or two together ("DeVos", "McCain") make a name, not one.
func isAcro(s string, letters, caps int) bool {
	if letters < 2 || caps == letters {
		return letters >= 2
	}
	if caps < 2 || letters > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; c == 'o' || c == 'f' {
			if i+1 >= len(s) || s[i+1] < 'A' || s[i+1] > 'Z' || s[i-1] < 'A' || s[i-1] > 'Z' {
				return false
			}
		} else if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// letterCase returns the number of letters in s and of capitals among
// them; ascii says s is all ASCII, the common case, read byte by byte.
func letterCase(s string, ascii bool) (letters, caps int) {
	if ascii {
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'a' <= c && c <= 'z':
				letters++
			case 'A' <= c && c <= 'Z':
				letters++
				caps++
			}
		}
		return letters, caps
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return letters, caps
}

// cutCompound trims a hyphenated word to its name part: "pro-Turkish" →
// "Turkish", "Iranian-backed" → "Iranian", "UK-based" → "UK", while
// "Ille-et-Vilaine" and "Al-Masdar" stay whole. It returns the new word.
//
// It walks the parts in place, where strings.Split made a slice of them
// for every hyphenated word. A prefix is four letters at most, and no
// longer part lower-cases to one, so only short parts are lower-cased.
func cutCompound(text string, t *token, s string) string {
	first, rest, ok := strings.Cut(s, "-")
	if !ok {
		return s
	}
	if len(first) <= 4 && prefixes[strings.ToLower(first)] && isUpperStart(rest) {
		t.start += int32(len(first) + 1)
		t.prefixed = true
		s = rest
	}
	if !isUpperStart(s) {
		return s
	}
	for i, off := 0, 0; ; i++ {
		p, after, more := strings.Cut(s[off:], "-")
		if i > 0 && !isUpperStart(p) && (!more || !isUpperStart(after)) {
			t.end = t.start + int32(off) - 1
			t.final = true
			return text[t.start:t.end]
		}
		if !more {
			return s
		}
		off += len(p) + 1
	}
}

// isUpperStart reports whether s starts with a capital.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
