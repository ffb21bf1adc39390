package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/lexicon"
)

// englishMarks are the words ReadsEnglish counts (english_marks.txt).
// They are kept as words packed into integers (packWord) in a table of
// markSlots slots, probed once: a string map's hashing cost a third of the
// test's time.
var englishMarks = sync.OnceValue(func() *[markSlots]uint64 {
	var t [markSlots]uint64
	for w := range lexicon.Set("english_marks.txt") {
		k, ok := packWord(w)
		if !ok {
			panic("english_marks.txt: " + w + " is longer than 7 bytes")
		}
		i := slotOf(k)
		for t[i] != 0 {
			i = (i + 1) % markSlots
		}
		t[i] = k
	}
	return &t
})

// markSlots is the size of the marks table: a power of two, at least
// twice the number of marks so that probes stay short.
const markSlots = 128

// packWord packs a word of 1 to 7 bytes into an integer, its length in the
// low byte so that no two words share a key, and reports whether it fit.
func packWord(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 7 {
		return 0, false
	}
	k := uint64(len(w))
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * (i + 1))
	}
	return k, true
}

// slotOf is the first slot of key k in the marks table.
func slotOf(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> (64 - 7)) }

// isMark reports whether w is one of the marks.
func isMark(t *[markSlots]uint64, w string) bool {
	k, ok := packWord(w)
	if !ok {
		return false
	}
	for i := slotOf(k); t[i] != 0; i = (i + 1) % markSlots {
		if t[i] == k {
			return true
		}
	}
	return false
}

const (
	// englishSample is how much of a body ReadsEnglish reads: the first
	// 2 KB, some 300 words, tell the language as well as the whole, and
	// bound the cost (about 5 µs natively, 1% of a 5-article analysis).
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
	// hundred words or so, and only others are read to the end of the
	// sample.
	englishSure = 64
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
			if j-i <= 5 && isMark(marks, lower[i:j]) {
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
