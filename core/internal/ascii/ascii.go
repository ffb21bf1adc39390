// Package ascii holds the byte-level text helpers the stage scanners share:
// lower-casing that keeps byte offsets valid, and letter tests at an offset
// that take the ASCII fast path before decoding a rune.
package ascii

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byte classes for the scanners' ASCII fast path: Class[c] is one of them.
const (
	Other  uint8 = iota // punctuation and non-ASCII bytes
	Space               // white space
	Digit               // 0-9
	Letter              // A-Z, a-z
)

// Class gives each byte its class, so a tokenizer decides with one load.
var Class = func() (t [256]uint8) {
	for _, c := range " \t\n\r\f\v" {
		t[c] = Space
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = Digit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = Letter, Letter
	}
	return t
}()

// Lower returns s with ASCII letters lower-cased and every other byte
// unchanged, so that byte offsets stay valid in the copy. The lexicons are
// ASCII, so this is all the folding their matching needs.
func Lower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// IsLetterAt reports whether a letter starts at t[i]. i must be in range.
func IsLetterAt(t string, i int) bool {
	c := t[i]
	if c < 0x80 {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// RuneLen returns the byte length of the rune at t[i], 1 for a bad byte.
func RuneLen(t string, i int) int {
	if t[i] < 0x80 {
		return 1
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	return n
}
