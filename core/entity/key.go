package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/unorm"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// arabicArticles are the forms of the Arabic article that Latin spellings
// write before a name, hyphenated or not: "al-Sham", "al Sham", "ash-Sham"
// and "Sham" are one name. Only al and el are dropped when they stand alone,
// since "as", "at" and "an" are English words.
var arabicArticles = wordset.Of("al el ad ar as ash at az an ul")

// keyFolds rewrite transliteration pairs to one spelling, applied to every
// key word after doubled letters are collapsed. French and Spanish
// transcriptions of Arabic and Slavic names write "ch" and "ou" where English
// writes "sh" and "u" (al-Cham / al-Sham, Mouammar / Muammar); the prefix
// of Arabic compound names is written abdel, abdul, abd al. Slavic names
// write y or j before a vowel as the transliteration has it (Anya / Anja,
// Yaroslav / Jaroslav).
var keyFolds = []struct{ from, to string }{
	{"ch", "sh"},
	{"ou", "u"},
	{"dj", "j"},
	{"ya", "ja"},
	{"ye", "je"},
	{"yo", "jo"},
	{"yu", "ju"},
} // isOwnKey knows these pairs: keep the two in step

// legalForms are the company forms a name may end with or not: "Ltd",
// "Inc.", "plc", "GmbH".
var legalForms = wordset.Of("ltd limited inc incorporated llc plc gmbh ag sa nv bv spa srl pty")

// abdPrefixes are spellings of the Arabic name prefix "servant of".
var abdPrefixes = wordset.Of("abdel abdul abdal abdol abd")

// Key returns the normalised form of a name under which spelling variants
// meet: lower case, diacritics folded (Türkiye → turkiye), a leading "the"
// and the Arabic article dropped (the al-Sham → sham), hyphens and
// apostrophes as spaces, dots dropped (U.S. → us), a possessive 's dropped,
// doubled consonants collapsed (Assad → asad) and transliteration pairs folded
// (Cham → sham). Two names with the same Key are taken to be one name.
func Key(s string) string {
	return strings.Join(keyWords(s), " ")
}

// keyWords returns the words of Key(s).
func keyWords(s string) []string {
	return foldedWords(fold(s))
}

// foldedWords returns the words of Key(s) for s already folded (see fold):
// for ASCII text, the text with its letters lower-cased.
func foldedWords(s string) []string {
	return appendFoldedWords(make([]string, 0, 4), s)
}

// appendFoldedWords appends the words of Key(s) to out, for s already
// folded, and returns it. It walks the fields of s in place, where
// strings.FieldsFunc made a slice of them: the words it appends are
// substrings of s unless wordKey rewrites them.
func appendFoldedWords(out []string, s string) []string {
	if isPlainWord(s) {
		return append(out, wordKey(s))
	}
	// n is 1 for a name of one field, 2 for more: a lone article or "the"
	// is kept, and only that is asked, so the fields are not counted.
	n := 1
	if _, en := nextKeyField(s, 0); en < len(s) {
		if st, _ := nextKeyField(s, en); st < len(s) {
			n = 2
		}
	}
	i, first := -1, len(out)
	for st, en := nextKeyField(s, 0); st < len(s); st, en = nextKeyField(s, en) {
		i++
		w := strings.TrimSuffix(strings.TrimSuffix(s[st:en], "'s"), "'")
		if i == 0 && w == "the" && n > 1 {
			continue
		}
		part := dropArticle(w)
		if strings.IndexByte(part, '.') >= 0 {
			part = strings.ReplaceAll(part, ".", "")
		}
		if strings.IndexByte(part, '-') < 0 && strings.IndexByte(part, '\'') < 0 {
			// One piece, the common case: no split.
			if part != "" && keepPiece(part, n) {
				out = append(out, wordKey(part))
			}
			continue
		}
		for ps, pe := nextPiece(part, 0); ps < len(part); ps, pe = nextPiece(part, pe) {
			if p := part[ps:pe]; keepPiece(p, n) {
				out = append(out, wordKey(p))
			}
		}
	}
	if n := len(out); n-first >= 3 && legalForms[out[n-1]] {
		out = out[:n-1] // "Meridian Tankers Ltd" is Meridian Tankers
	}
	return out
}

// isKeySep reports whether r separates the words of a name.
func isKeySep(r rune) bool {
	if 0 <= r && r < utf8.RuneSelf {
		return byteKind[r]&bkInKey == 0 // no unicode tables for ASCII
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '.'
}

// nextPiece returns the bounds of the first piece of the word s at or
// after byte i, pieces being cut at hyphens and apostrophes (al-Sham,
// l'Homme), as strings.FieldsFunc cuts fields; start is len(s) when no
// piece is left. Both cuts are ASCII, so bytes are read, not runes.
func nextPiece(s string, i int) (start, end int) {
	for i < len(s) && (s[i] == '-' || s[i] == '\'') {
		i++
	}
	start = i
	for i < len(s) && s[i] != '-' && s[i] != '\'' {
		i++
	}
	return start, i
}

// nextKeyField returns the bounds of the first word of the name s at or
// after byte i, as strings.FieldsFunc(s, isKeySep) cuts them; start is
// len(s) when no word is left. ASCII bytes are told from byteKind.
func nextKeyField(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		c, w := s[i], 1
		sep := byteKind[c]&bkInKey == 0
		if c >= utf8.RuneSelf {
			var r rune
			r, w = utf8.DecodeRuneInString(s[i:])
			sep = isKeySep(r)
		}
		if sep {
			if start >= 0 {
				return start, i
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start < 0 {
		return len(s), len(s)
	}
	return start, len(s)
}

// keepPiece reports whether a piece of a word of a name of n words is a
// key word: not a lone Arabic article in a longer name, nor a French
// elided article (l'Homme, d'Ivoire).
func keepPiece(p string, n int) bool {
	return !((p == "al" || p == "el") && n > 1) && p != "l" && p != "d"
}

// dropArticle drops a hyphenated Arabic article from the front of w:
// "al-sham" → "sham", "ash-sham" → "sham"; other words are returned whole.
func dropArticle(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && arabicArticles[w[:i]] {
		return w[i+1:]
	}
	return w
}

// wordKey normalises one lower-case, folded word: doubled letters
// collapsed, transliteration pairs folded, "abdel"-type prefixes unified,
// and the British spellings of words names are made of written as the
// American ("Grey Kestrels" and "Gray Kestrels", "Harbour" and "Harbor").
func wordKey(w string) string {
	if strings.HasPrefix(w, "abd") && abdPrefixes[w] { // most words ask no set
		return "abd"
	}
	switch w {
	case "grey":
		return "gray"
	case "centre":
		return "center"
	case "harbour":
		return "harbor"
	case "theatre":
		return "theater"
	}
	if isOwnKey(w) {
		return w // most words: one pass, no rewrite
	}
	doubled := false
	for i := 1; i < len(w) && !doubled; i++ {
		doubled = isDoubledConsonant(w, i)
	}
	if doubled {
		b := make([]byte, 0, len(w))
		for i := 0; i < len(w); i++ {
			if isDoubledConsonant(w, i) {
				continue
			}
			b = append(b, w[i])
		}
		w = string(b)
	}
	for _, f := range keyFolds {
		if strings.Contains(w, f.from) {
			w = strings.ReplaceAll(w, f.from, f.to)
		}
	}
	return w
}

// isOwnKey reports whether wordKey leaves w as it is: no doubled
// consonant, and none of the pairs of keyFolds.
func isOwnKey(w string) bool {
	for i := 1; i < len(w); i++ {
		switch a, b := w[i-1], w[i]; {
		case a == b:
			if isDoubledConsonant(w, i) {
				return false
			}
		case a == 'c' && b == 'h', a == 'o' && b == 'u', a == 'd' && b == 'j',
			a == 'y' && (b == 'a' || b == 'e' || b == 'o' || b == 'u'):
			return false
		}
	}
	return true
}

// fold lower-cases s, drops diacritics and maps typographic apostrophes to
// "'". ASCII input takes a fast path that allocates once.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range unorm.NFD(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		case r == 'ı':
			r = 'i'
		case r == 'ß':
			b.WriteString("ss")
			continue
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
			continue
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
			continue
		// Letters with a stroke, which NFD leaves whole: "Søren" / "Soren".
		case r == 'ø' || r == 'Ø':
			r = 'o'
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case r == 'ł' || r == 'Ł':
			r = 'l'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// skeleton returns w's first letter and its later consonants: vowels carry
// most of the variation between transliterations (Idlib / Idelb → idlb).
func skeleton(w string) string {
	return string(appendSkeleton(nil, w))
}

// appendSkeleton appends skeleton(w) to b. It takes a string only: a
// generic one for bytes too was two copies in the wasm.
func appendSkeleton(b []byte, w string) []byte {
	n := len(b)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && strings.IndexByte("aeiouy", c) >= 0 {
			continue
		}
		if len(b) > n && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return b
}

// sameSkeleton reports whether skeleton(a) == skeleton(b), without
// building either for words of common length.
func sameSkeleton(a, b string) bool {
	var ba, bb [32]byte
	return string(appendSkeleton(ba[:0], a)) == string(appendSkeleton(bb[:0], b))
}

// editDistance1 reports whether a and b differ by at most one edit: one
// substitution, insertion, deletion, or a swap of two neighbouring letters
// (Bashar / Bahsar). transposed reports whether the edit was a swap.
func editDistance1(a, b string) (ok, transposed bool) {
	if a == b {
		return true, false
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false, false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true, false
		}
		if i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true, true
		}
		return false, false
	case la > lb:
		return a[i+1:] == b[i:], false
	default:
		return a[i:] == b[i+1:], false
	}
}

// isPlainWord reports whether s is one lower-case ASCII word of letters,
// the common case, which needs no splitting.
func isPlainWord(s string) bool {
	if s == "" || s == "the" || s == "al" || s == "el" || s == "l" || s == "d" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isDoubledConsonant reports whether w[i] is an ASCII consonant repeating
// w[i-1]. Transliterations double consonants at will (Assad / Asad, Raqqa
// / Raqa); doubled vowels tell English words apart (Moon, Mon).
func isDoubledConsonant(w string, i int) bool {
	return i > 0 && w[i] == w[i-1] && w[i] < utf8.RuneSelf && strings.IndexByte("aeiou", w[i]) < 0
}
