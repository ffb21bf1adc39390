package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/unorm"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// repairLine normalises one input line for display and analysis: Unicode
// NFC (a pasted "é" may arrive as "e" plus a combining accent, and would
// then not match the same word typed elsewhere), soft hyphens and
// zero-width characters removed (web pages put them inside long words to
// allow breaks: "in\u00adter\u00adna\u00adtion\u00adal"), every run of
// spaces, tabs and no-break spaces folded to one space, ends trimmed.
// s must be valid UTF-8.
func repairLine(s string) string {
	if s == "" {
		return s
	}
	rebuild := s[0] == ' ' || s[len(s)-1] == ' ' || hasDoubleSpace(s)
	i := printablePrefix(s)
	if i == len(s) {
		// Nearly every line: only its spaces can need repair.
		if !rebuild {
			return s
		}
		return foldSpaces(s)
	}
	// The printable ASCII before i needs nothing: the scan goes on from
	// there rather than from the start.
	check := false
	for i < len(s) {
		if i+8 <= len(s) && printable8(s, i) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				rebuild = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isInvisible(r) || unicode.IsSpace(r) {
			rebuild = true
		}
		if !isNFCInert(r) {
			check = true
		}
		i += size
	}
	out := s
	if rebuild {
		out = foldSpaces(s)
	}
	if check {
		out = unorm.NFC(out)
	}
	return out
}

// printablePrefix returns the length of the longest prefix of s whose
// bytes are all in 0x20..0x7f, passing eight bytes at a time.
func printablePrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if !printable8(s, i) {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// hasDoubleSpace reports whether s holds two spaces in a row, as
// strings.Contains(s, "  ") does, eight bytes at a time: prose has a
// space every few bytes, each a false start for a search of "  ".
func hasDoubleSpace(s string) bool {
	const ones = 0x0101010101010101
	prev := uint64(0) // bit 7 set when the byte before i is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := le64(s[i:]) ^ ' '*ones
		// Bit 7 of a byte of z is set exactly when the byte of t is zero,
		// that is a space; no sum carries into the next byte.
		z := ^((t&^(0x80*ones) + 0x7f*ones) | t) & (0x80 * ones)
		if z&(z<<8|prev) != 0 {
			return true
		}
		prev = z >> 56
	}
	for ; i < len(s); i++ {
		if s[i] != ' ' {
			prev = 0
		} else if prev != 0 {
			return true
		} else {
			prev = 0x80
		}
	}
	return false
}

// printable8 reports whether the eight bytes of s from i are all in
// 0x20..0x7f.
func printable8(s string, i int) bool {
	const ones = 0x0101010101010101
	x := le64(s[i:])
	// A byte below 0x20 borrows into its bit 7 when 0x20 is taken from
	// it (the classic test for a zero byte, shifted).
	return (x|(x-0x20*ones)&^x)&(0x80*ones) == 0
}

// isInvisible reports whether r is a soft hyphen or a zero-width or
// direction mark, which repairLine removes.
func isInvisible(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u200e' || r == '\u200f'
}

// foldSpaces removes invisible characters from s, folds runs of white
// space to one space and trims the ends.
func foldSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isNFCInert reports whether r is in a range where text is always in NFC
// as long as no combining mark follows (the marks are outside these
// ranges): Latin up to U+02FF, Cyrillic letters, the general punctuation
// of web pages (curly quotes, dashes, ellipsis), currency signs, kana and
// CJK ideographs, Hangul syllables. Lines of such text, nearly all of a
// paste, skip the normalisation check.
func isNFCInert(r rune) bool {
	switch {
	case r < 0x300,
		0x400 <= r && r <= 0x482, 0x48a <= r && r <= 0x4ff,
		0x2010 <= r && r <= 0x2027, 0x2030 <= r && r <= 0x205e, 0x20a0 <= r && r <= 0x20bf,
		0x3040 <= r && r <= 0x3098, 0x30a0 <= r && r <= 0x30ff,
		0x4e00 <= r && r <= 0x9fff, 0xac00 <= r && r <= 0xd7a3:
		return true
	}
	return false
}

// wrapJoinable reports whether line next continues line prev after a hard
// wrap: prev is long enough to be a wrapped line of prose (a menu item is
// not), it stops on a letter, digit, comma or hyphen rather than a sentence
// end, and next starts with a lower-case letter, as in "...the rebels
// had\ncaptured the town". A capital would be ambiguous (a heading often
// follows a paragraph directly) so it is left alone.
func wrapJoinable(prev, next string) bool {
	// The cheap tests first: most lines start with a capital, and a
	// line of 160 bytes has 40 characters without counting them.
	if len(prev) < 40 || next == "" {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !(unicode.IsLetter(last) || unicode.IsDigit(last) || last == ',' || last == '-' || last == ';') {
		return false
	}
	return len(prev) >= 160 || utf8.RuneCountInString(prev) >= 40
}

// joinWrap joins next to prev. A hyphen at the end of prev is dropped when
// the joined word is known elsewhere in the text ("govern-\nment" becomes
// "government" when "government" occurs), kept otherwise ("well-\nknown").
func joinWrap(prev, next string, known *vocab) string {
	if strings.HasSuffix(prev, "-") {
		head := prev[:len(prev)-1]
		i := strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
		j := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
		if j < 0 {
			j = len(next)
		}
		if known.count(strings.ToLower(head[i:]+next[:j])) > 0 {
			return head + next
		}
		return prev + next
	}
	return prev + " " + next
}

// newVocab counts the words of lines.
func newVocab(lines []string) vocab {
	v := newVocabSized(1024)
	for _, l := range lines {
		eachWord(l, func(_ int, w string) {
			r, _ := utf8.DecodeRuneInString(w)
			v.add(lowerWord(w), unicode.IsUpper(r))
		})
	}
	return v
}

// eachWord calls f on every word of s and its byte offset: runs of
// letters, digits and inner apostrophes.
func eachWord(s string, f func(at int, w string)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var in bool
		if c < utf8.RuneSelf {
			in = asciiWord[c] || (start >= 0 && c == '\'' && isLetterAt(s, i+1))
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			in = unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && r == '’' && isLetterAt(s, i+size))
		}
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			f(start, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		f(start, s[start:])
	}
}

// asciiWord marks the ASCII letters and digits, the hot path of eachWord.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
	}
	return t
}()

// isLetterAt reports whether s holds a letter at byte offset i.
func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// lowerWord lower-cases w without allocating when it is already lower case
// ASCII, the common case.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// particles are short words that form real compounds when glued after
// another word ("crackdown", "takeover", "standoff", "breakthrough"), so a
// known word followed by one of them is no evidence of a lost break.
var particles = wordset.Of(`out down off over up through about back all one more less ever self where what how under
	after with some any body thing how's way ways side wise like well year years two three new`)

// splitRunOns splits words run together where a line break or a link
// boundary was lost when the page was copied: "Aleppothe country's",
// "412 deadmostly combatants", "forcesrecaptured the highway". A word is
// split only when it occurs nowhere else in the text, is no known word,
// and one of these cues holds:
//   - a capitalised name the text uses on its own, then a function word
//     ("Aleppo" + "the");
//   - a word the text uses, then a function word that does not build
//     compounds ("dead" + "mostly"; not "crack" + "down");
//   - a plural the text uses, then a past tense or -ing form of a word
//     the text uses ("forces" + "recaptured", via "capture").
//
// Real compounds ("ceasefire", "airstrikes", "lawmakers") match none of
// these cues.
func splitRunOns(s, low string, ws []word, v *vocab, lang language) (string, bool) {
	var b strings.Builder
	last, changed := 0, false
	for _, wd := range ws {
		if n := wd.end - wd.at; n < 6 || n > 40 {
			continue
		}
		lw := wd.in(low)
		if v.countOf(wd, low) > 1 || (wd.id >= 0 && v.stop[wd.id]&lang.bit != 0) || (wd.id < 0 && lang.isStop(lw)) {
			continue
		}
		w := s[wd.at:wd.end]
		if len(w) != len(lw) || !isPlainWord(w) {
			continue
		}
		i := runOnSplit(w, lw, v, lang)
		if i <= 0 {
			continue
		}
		b.WriteString(s[last : int(wd.at)+i])
		b.WriteByte(' ')
		last = int(wd.at) + i
		changed = true
	}
	if !changed {
		return s, false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// isPlainWord reports whether w is letters only, lower case after an
// optional capital: mixed case ("YouTube", "iPhone") is a brand, not a run-on.
func isPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return isPlainWordRunes(w)
		}
		if !('a' <= c && c <= 'z' || i == 0 && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// isPlainWordRunes is isPlainWord for words with non-ASCII letters.
func isPlainWordRunes(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || (i > 0 && unicode.IsUpper(r)) {
			return false
		}
	}
	return true
}

// runOnSplit returns the byte offset at which to split w (lw is its lower
// case form), or 0 when no cue holds. Longer left parts are tried first.
func runOnSplit(w, lw string, v *vocab, lang language) int {
	capital := w != lw
	// The third cue's right part ends the word, so the word's own ending
	// decides whether any split can meet it.
	inflected := strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")
	// Every right part ends the word and is two bytes or longer, so it
	// is a stopword only when the word ends as one of them does.
	endsStop := lang.tab.endsLike(lw)
	if !endsStop && !inflected {
		// Only the third cue could split it, and it needs an ending.
		return 0
	}
	// The lengths of the stopwords of three bytes or more the word may
	// end in: one probe per word instead of filters at every split.
	lens := lang.tab.tailLens(lw)
	for i := len(lw) - 2; i >= 3; i-- {
		if !utf8.RuneStart(lw[i]) {
			continue
		}
		left, right := lw[:i], lw[i:]
		// The first two cues: a stopword on the right, of two bytes or
		// more after a capitalised word, of three or more after four
		// otherwise; a lower-case word's two-byte tails, which nearly
		// every word ends in ("es", "on", "er"), are not even looked up.
		// The cheap tests first: most tails are no stopword, and the
		// vocab is probed only for those that are.
		if endsStop && (capital || len(right) >= 3 && len(left) >= 4) &&
			(len(right) == 2 || lens&tailBit(len(right)) != 0) &&
			len(right) <= lang.tab.maxLen && lang.tab.mayHave(right) && lang.isStop(right) && !particles[right] &&
			(capital && v.isName(left) || !capital && v.count(left) > 0) {
			return i
		}
		if inflected && len(left) >= 4 && len(right) >= 5 && strings.HasSuffix(left, "s") && v.count(left) > 0 &&
			knownStem(right, v) {
			return i
		}
	}
	return 0
}

// knownStem reports whether w, or w without a common inflection or
// prefix ("recaptured" → "recapture", "capture"), is used in the text.
func knownStem(w string, v *vocab) bool {
	if v.count(w) > 0 {
		return true
	}
	for _, suf := range []string{"d", "ed", "ing", "s", "es"} {
		s, ok := strings.CutSuffix(w, suf)
		if !ok || len(s) < 3 {
			continue
		}
		if v.count(s) > 0 || v.count(s+"e") > 0 {
			return true
		}
		for _, pre := range []string{"re", "un", "de", "pre", "co"} {
			if p, ok := strings.CutPrefix(s, pre); ok && len(p) >= 3 && (v.count(p) > 0 || v.count(p+"e") > 0) {
				return true
			}
		}
	}
	return false
}
