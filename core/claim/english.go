package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/lexicon"
)

// englishMarks are the words ReadsEnglish counts (english_marks.txt).
var englishMarks = sync.OnceValue(func() map[string]bool { return lexicon.Set("english_marks.txt") })

const (
	// englishSample is how much of a body ReadsEnglish reads: the first
	// 2 KB, some 300 words, tell the language as well as the whole, and
	// bound the cost (5 µs natively for the whole sample; an English body
	// stops far sooner, see englishSure).
	englishSample = 2 << 10
	// englishMinWords is the fewest words a verdict is drawn from: a
	// shorter body is taken for English, since a wrong "no" loses claims.
	englishMinWords = 40
	// englishMinShare is the share of words, in per cent, that must be
	// englishMarks. Measured on the first 2 KB of the cleaned bodies of the
	// 181 cleaning benchmark pages and the seeds: English 14-30% (14% a
	// list-heavy fitness page), the 19 German, Portuguese, Italian,
	// Indonesian, Russian, Japanese and Korean pages 0-1.5% once web
	// addresses ("amzn.to") are left out.
	englishMinShare = 5
	// englishSure is the fewest words after which twice englishMinShare
	// ends the test early: English bodies are settled in their first
	// forty words or so, and only others are read to the end of the
	// sample.
	englishSure = englishMinWords
)

// ReadsEnglish reports whether lower, an article body lower-cased as
// ascii.Lower does, reads as English. Claims are read with English
// lexicons, which misread other languages: German "die" is an article,
// Italian "a" a preposition. Words are runs of letters and apostrophes
// (letterAt); a run touching "." or "/" is part of a web address and is
// not counted.
func ReadsEnglish(lower string) bool {
	if len(lower) > englishSample {
		lower = lower[:englishSample]
	}
	marks := englishMarks()
	words, hits := 0, 0
	for i := 0; i < len(lower); {
		n := letterAt(lower, i)
		if n <= 0 {
			i += max(-n, 1)
			continue
		}
		j := englishWordEnd(lower, i+n)
		if !inAddress(lower, i, j) {
			words++
			if j-i <= 5 && marks[lower[i:j]] {
				hits++
				if words >= englishSure && hits*100 >= words*2*englishMinShare {
					return true // twice the share needed: no need to read on
				}
			}
		}
		i = j
	}
	return words < englishMinWords || hits*100 >= words*englishMinShare
}

// englishWordEnd returns the end of the word that goes on at s[j]: ASCII letters
// are tested in line, other bytes through letterAt.
func englishWordEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c >= 'a' && c <= 'z' || c == '\'' {
			j++
			continue
		}
		n := letterAt(s, j)
		if n <= 0 {
			break
		}
		j += n
	}
	return j
}

// letterAt returns the byte length of the word character at s[i], an
// ASCII letter, an apostrophe or a non-ASCII letter ("für" is one word),
// or minus the length of anything else: spaces, digits, punctuation, and
// the dashes and curly quotes that join words in "said—the".
func letterAt(s string, i int) int {
	c := s[i]
	switch {
	case c >= 'a' && c <= 'z' || c == '\'':
		return 1
	case c < utf8.RuneSelf:
		return -1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) {
		return n
	}
	return -n
}

// inAddress reports whether the word lower[i:j] sits in a web address or
// file name: "." or "/" right before it or right after it with a letter
// or digit beyond ("amzn.to/2iJF", "example.com").
func inAddress(lower string, i, j int) bool {
	if i > 0 && (lower[i-1] == '.' || lower[i-1] == '/') && i > 1 && lower[i-2] != ' ' {
		return true
	}
	return j+1 < len(lower) && (lower[j] == '.' || lower[j] == '/') && letterAt(lower, j+1) > 0
}
