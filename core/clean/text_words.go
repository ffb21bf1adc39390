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
	at, end int32 // byte offsets in the block's text and in its lower case (see lowerLine)
	id      int32 // the word's id in the page's vocab, -1 when it has none
	upper   bool  // starts with an upper-case letter
	stop    bool  // a stopword of the page's language; set by page.measure
}

// in returns the word in low, the lower case of its line: its lower-case
// form. The word holds no string, so that the page's word list, the
// largest structure of the classifier, holds no pointers either.
func (w word) in(low string) string { return low[w.at:w.end] }

// wordsOf appends the words of s to buf and returns the extended slice.
func wordsOf(buf []word, s string) []word {
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
			buf = append(buf, word{at: int32(start), end: int32(i), upper: up, id: -1})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		buf = append(buf, word{at: int32(start), end: int32(len(s)), upper: up, id: -1})
	}
	return buf
}

// lowerLine returns s in lower case, as strings.ToLower does, except
// that a character whose lower case has another length in UTF-8 (rare
// letters such as "İ" and "Ⱥ") is kept as it is: offsets into s then
// index the result as well, and a word's lower-case form is a slice of it.
func lowerLine(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
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
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// vocabOf counts the words of every block (lows are their lower cases),
// as newVocab does for lines, and sets their ids; n is the expected
// number of distinct words.
func vocabOf(words [][]word, lows []string, n int) vocab {
	v := newVocabSized(n)
	for i, ws := range words {
		for k := range ws {
			ws[k].id = v.add(ws[k].in(lows[i]), ws[k].upper)
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
	if isSpaced(low, ws) {
		// Already words and single spaces, as short lines often are.
		return low[ws[0].at:ws[len(ws)-1].end]
	}
	n := 0
	for _, w := range ws {
		n += int(w.end-w.at) + 1
	}
	if n == 0 {
		return ""
	}
	b := make([]byte, 0, n-1)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.in(low)...)
	}
	return string(b)
}

// isSpaced reports whether the words ws of low, a line's lower case, are
// ASCII separated by single spaces.
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
