package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a block: a run of letters, digits and inner
// apostrophes (see eachWord), with its byte span in the block's text and
// its lower-case form. Every block is split into words once (wordsOf) and
// every feature reads this list: the classifier used to scan each line
// about seven times, which made it the slowest stage of the pipeline.
type word struct {
	at, end int32  // byte offsets in the block's text
	low     string // lower-case form, shared with the line's lower case when possible
	upper   bool   // starts with an upper-case letter
	stop    bool   // a stopword of the page's language; set by page.measure
	id      int32  // the word's id in the page's vocab, -1 when it has none
}

// wordsOf appends the words of s to buf and returns the extended slice.
// low must be lowerLine(s) and aligned its second result: then the words'
// lower-case forms are substrings of low, and lower-casing costs no
// allocation.
func wordsOf(buf []word, s, low string, aligned bool) []word {
	start := -1
	up := false
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var in, isUp bool
		if c < utf8.RuneSelf {
			in = asciiWord[c] || (start >= 0 && c == '\'' && isLetterAt(s, i+1))
			isUp = 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			in = unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && r == '’' && isLetterAt(s, i+size))
			isUp = in && unicode.IsUpper(r)
		}
		if in && start < 0 {
			start, up = i, isUp
		} else if !in && start >= 0 {
			buf = append(buf, newWord(s, low, aligned, start, i, up))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		buf = append(buf, newWord(s, low, aligned, start, len(s), up))
	}
	return buf
}

// newWord returns the word s[at:end]; see wordsOf.
func newWord(s, low string, aligned bool, at, end int, upper bool) word {
	w := word{at: int32(at), end: int32(end), upper: upper, id: -1}
	if aligned {
		w.low = low[at:end]
	} else {
		w.low = lowerWord(s[at:end])
	}
	return w
}

// lowerLine returns s in lower case, as strings.ToLower does, and whether
// every character kept its byte length, so that offsets into s index the
// result as well (nearly always: the exceptions are rare letters such as
// "İ" and "Ⱥ").
func lowerLine(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != size {
			return strings.ToLower(s), false
		}
		b.WriteRune(l)
		i += size
	}
	return b.String(), true
}

// vocabOf counts the words of every block, as newVocab does for lines,
// and sets their ids; n is the expected number of distinct words.
func vocabOf(words [][]word, n int) vocab {
	v := newVocabSized(n)
	for _, ws := range words {
		for k := range ws {
			ws[k].id = v.add(ws[k].low, ws[k].upper)
		}
	}
	return v
}

// keyOf is titleKey computed from the words ws of line s with lower case
// low: their lower-case forms joined by single spaces.
func keyOf(ws []word, s, low string) string {
	if len(ws) == 0 {
		return ""
	}
	if len(low) == len(s) && isSpaced(low, ws) {
		// Already words and single spaces, as short lines often are.
		return low[ws[0].at:ws[len(ws)-1].end]
	}
	n := 0
	for _, w := range ws {
		n += len(w.low) + 1
	}
	if n == 0 {
		return ""
	}
	b := make([]byte, 0, n-1)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.low...)
	}
	return string(b)
}

// isSpaced reports whether the words ws of low, a line's lower case of
// the same length, are ASCII separated by single spaces, so that their
// offsets index low.
func isSpaced(low string, ws []word) bool {
	for k := 1; k < len(ws); k++ {
		if ws[k].at != ws[k-1].end+1 || low[ws[k-1].end] != ' ' {
			return false
		}
	}
	for i := ws[0].at; i < ws[len(ws)-1].end; i++ {
		if low[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
