package sentence

import (
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/lexicon"
)

// Span is a sentence: byte offsets into the text given to Split.
type Span struct {
	Start int `json:"start"` // 0-based byte offset of the first byte
	End   int `json:"end"`   // byte offset one past the last byte
}

// abbrevKind is how a period after a known abbreviation is treated.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota // an ordinary word: the period ends a sentence
	title                       // "Lt.", "Dr.": a name follows, never a boundary
	ambiguous                   // "U.S.", "Jr.", "F.": a boundary only before a sentence starter
	clock                       // "a.m.", "p.m.": a boundary before a capital, unless a weekday, month or zone
)

var (
	abbrevs   = loadAbbrevs()
	starters  = lexicon.Set("abbrev_starters_en.txt")
	clockNext = lexicon.Set("abbrev_time_en.txt")
)

// loadAbbrevs reads abbrev_en.txt into a map from the token as written
// (period included) to its kind.
func loadAbbrevs() map[string]abbrevKind {
	m := map[string]abbrevKind{}
	for _, r := range lexicon.Rows("abbrev_en.txt") {
		k := ambiguous
		if len(r) > 1 && r[1] == "title" {
			k = title
		} else if len(r) > 1 && r[1] == "time" {
			k = clock
		}
		m[r[0]] = k
	}
	return m
}

// stops marks the bytes where a sentence may end: a newline, a stop, or
// the first byte of "…".
var stops = func() (t [256]bool) {
	for _, c := range []byte{'\n', '.', '!', '?', "…"[0]} {
		t[c] = true
	}
	return t
}()

// Split returns the sentences of text in order. A newline always ends a
// sentence (paragraphs and headlines never share one); spans exclude
// surrounding white space. See the package doc for the rules.
func Split(text string) []Span {
	return AppendSplit(make([]Span, 0, len(text)/80+1), text)
}

// AppendSplit appends the sentences of text to out and returns it: Split
// for a caller that keeps a buffer between texts (claim, once per article).
func AppendSplit(out []Span, text string) []Span {
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		if start < 0 {
			if n := spaceLen(text, i); n > 0 {
				i += n
				continue
			}
			start = i
		}
		if !stops[c] {
			for i++; i < len(text) && !stops[text[i]]; i++ { // most bytes: one table load, in a tight loop
			}
			continue
		}
		switch {
		case c == '\n':
			out = appendSpan(out, text, start, i)
			start = -1
			i++
		case c == '.' || c == '!' || c == '?' || isEllipsisAt(text, i):
			end, ok := boundaryAfter(text, start, i)
			if ok {
				out = appendSpan(out, text, start, end)
				start = -1
			}
			i = max(end, i+1)
		default:
			i++
		}
	}
	if start >= 0 {
		out = appendSpan(out, text, start, len(text))
	}
	return out
}

// appendSpan appends text[start:end] with trailing white space trimmed.
func appendSpan(out []Span, text string, start, end int) []Span {
	for end > start {
		if c := text[end-1]; c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
			end--
		} else if end-2 >= start && text[end-2] == 0xC2 && text[end-1] == 0xA0 {
			end -= 2
		} else {
			break
		}
	}
	if end > start {
		out = append(out, Span{start, end})
	}
	return out
}

// boundaryAfter decides whether the terminator at text[i] ends the sentence
// that began at start. It returns the end of the terminal cluster (stops,
// closing quotes and brackets) and whether a sentence ends there.
func boundaryAfter(text string, start, i int) (int, bool) {
	end := clusterEnd(text, i)
	if end < len(text) && spaceLen(text, end) == 0 {
		return end, false // "3.5", "U.S.-led", "example.com", "Yes!!!x"
	}
	next := nextWordStart(text, end)
	if next >= len(text) {
		return end, true
	}
	if text[next] == '\n' {
		return end, true
	}
	if end2, ok := closingGuillemet(text, end); ok {
		end = end2
		next = nextWordStart(text, end)
		if next >= len(text) || text[next] == '\n' {
			return end, true
		}
	}
	if startsLower(text, next) {
		return end, false // "he said", "etc. and", "Why?” she asked"
	}
	if text[i] != '.' || (i+1 < len(text) && text[i+1] == '.') || (i > 0 && text[i-1] == '.') {
		return end, true
	}
	switch tokenKind(text, start, i) {
	case title:
		return end, false
	case ambiguous:
		return end, inSet(starters, text, next)
	case clock:
		return end, !inSet(clockNext, text, next)
	}
	return end, true
}

// clusterEnd returns the index after the terminal cluster beginning at i:
// runs of . ! ? and … followed by closing quotes or brackets, as in
// `war.” The` or `(see below.) Then`.
func clusterEnd(text string, i int) int {
	for i < len(text) {
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']':
			i++
		case isEllipsisAt(text, i) || hasAt(text, i, "”") || hasAt(text, i, "’") || hasAt(text, i, "»"):
			i += 3 - boolInt(hasAt(text, i, "»")) // » is two bytes
		default:
			return i
		}
	}
	return i
}

// closingGuillemet reports whether a French closing guillemet follows
// after a space ("partons. » Il"), returning the index after it.
func closingGuillemet(text string, i int) (int, bool) {
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if hasAt(text, j, "\u00a0") {
		j += 2
	}
	if hasAt(text, j, "»") {
		return j + 2, true
	}
	return i, false
}

// tokenKind classifies the word ending with the period at text[i], the
// word beginning after the previous space or opening mark (not before
// start).
func tokenKind(text string, start, i int) abbrevKind {
	b := i
	for b > start {
		c := text[b-1]
		if c == ' ' || c == '\t' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '/' || c == '-' {
			break
		}
		if c >= 0x80 { // opening curly quotes, «, or a non-ASCII letter
			_, n := utf8.DecodeLastRuneInString(text[start:b])
			r, _ := utf8.DecodeRuneInString(text[b-n:])
			if r == '“' || r == '‘' || r == '«' || r == '\u00a0' || r == '—' || r == '–' {
				break
			}
			b -= n
			continue
		}
		b--
	}
	tok := text[b : i+1]
	if k, ok := abbrevs[tok]; ok {
		return k
	}
	if isInitials(tok) {
		if b == start && len(tok) == 2 {
			return title // a list marker "A." opening a line
		}
		return ambiguous
	}
	if b == start && isListNumber(tok) {
		return title // "1. The first point" opening a line
	}
	return notAbbrev
}

// isInitials reports whether tok is "F." or "X.Y." style: single letters
// each followed by a period, the first a capital ("John F. Kennedy",
// "N.Y.", "U.A.E.").
func isInitials(tok string) bool {
	if len(tok) < 2 || tok[0] < 'A' || tok[0] > 'Z' {
		return false
	}
	for j := 0; j < len(tok); j += 2 {
		if j+1 >= len(tok) || tok[j+1] != '.' || !isASCIILetter(tok[j]) {
			return false
		}
	}
	return true
}

// isListNumber reports whether tok is a list marker such as "1." or "12.".
func isListNumber(tok string) bool {
	if len(tok) < 2 || len(tok) > 4 {
		return false
	}
	for j := 0; j < len(tok)-1; j++ {
		if tok[j] < '0' || tok[j] > '9' {
			return false
		}
	}
	return true
}

// nextWordStart returns the index of the first byte after i that is not
// horizontal space or an opening quote or bracket; a newline stops it.
func nextWordStart(text string, i int) int {
	for i < len(text) {
		if n := spaceLen(text, i); n > 0 && text[i] != '\n' {
			i += n
			continue
		}
		switch {
		case text[i] == '"' || text[i] == '\'' || text[i] == '(' || text[i] == '[':
			i++
		case hasAt(text, i, "“") || hasAt(text, i, "‘"):
			i += 3
		case hasAt(text, i, "«"):
			i += 2
		default:
			return i
		}
	}
	return i
}

// inSet reports whether the word at text[i] is capitalised and, lower-cased,
// in set: a sentence opener ("The", "He", "But") for starters.
func inSet(set map[string]bool, text string, i int) bool {
	if i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
		return false
	}
	j := i
	var buf [16]byte
	for j < len(text) && isASCIILetter(text[j]) && j-i < len(buf) {
		buf[j-i] = text[j] | 0x20
		j++
	}
	if j < len(text) && (isASCIILetter(text[j]) || text[j] == '.') {
		return false // too long for a starter, or an initial: "J. A. Smith"
	}
	return set[string(buf[:j-i])]
}

// startsLower reports whether the word at text[i] begins with a lower-case
// letter, ASCII or not, and is not a brand in camel case ("iPads were not
// affected" opens a sentence).
func startsLower(text string, i int) bool {
	c := text[i]
	if c < 0x80 {
		return c >= 'a' && c <= 'z' && !(i+1 < len(text) && text[i+1] >= 'A' && text[i+1] <= 'Z')
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

// spaceLen returns the length of the white space at text[i] (space, tab,
// CR, LF or a UTF-8 no-break space), 0 when there is none.
func spaceLen(text string, i int) int {
	switch text[i] {
	case ' ', '\t', '\r', '\n', '\f', '\v':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// isEllipsisAt reports whether the one-character ellipsis "…" starts at i.
func isEllipsisAt(text string, i int) bool { return hasAt(text, i, "…") }

// hasAt reports whether text has s at byte offset i.
func hasAt(text string, i int, s string) bool {
	return i >= 0 && i+len(s) <= len(text) && text[i:i+len(s)] == s
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
