// Package tokens splits an article once into the words, numbers and marks
// that the quantity and timex scanners read by token index, so that the
// two share one pass over the text and one pooled buffer instead of each
// tokenizing the whole article again; claim joins its sentence tokens
// ("rebel-held") from the same split.
//
// The two read numbers differently: timex takes "27.11.2024" apart at the
// dots, quantity reads "10,700" as one number. Split gives the first view
// and Joined the second, derived from it by merging rather than by a
// second pass over the bytes.
package tokens

import (
	"sync"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// Kind is the kind of a token.
type Kind uint8

const (
	Word  Kind = iota + 1 // letters, with an apostrophe between two: "don't"
	Num                   // ASCII digits: "27"; in Joined also with "," or "." between digits: "10,700"
	Punct                 // one other character: ",", "-", "%", "“"
)

// Token is a byte span of the text and its kind.
type Token struct {
	Start, End int
	Kind       Kind
	Apos       bool // a Word with an apostrophe inside ("don't"): claim splits some of them
}

// Text is a text, its ASCII-lower-cased copy and its tokens. White space
// (including no-break spaces) separates tokens and is dropped.
type Text struct {
	Text  string
	Lower string // Text as ascii.Lower gives it: every word lookup is a substring of it
	split []Token
	// joined is Joined's list, made on the first call: nil before, and
	// split itself when no number has inner separators.
	joined []Token
	jbuf   []Token // joined's buffer, kept between uses
	// firstSep is the index in split of the first "," or "." between
	// digits, -1 for none: join starts there, and most short texts have
	// none.
	firstSep int
}

// pool keeps token buffers between articles: a fresh buffer for each
// article cost more than the scan (it is about as large as the text, and
// zeroed).
var pool = sync.Pool{New: func() any { return new(Text) }}

// maxPooled is the largest token buffer kept for reuse: one of a 2 MiB
// article is dropped rather than held.
const maxPooled = 1 << 18

// New returns text split into tokens, from a pool; Release returns it.
// lower is text as ascii.Lower gives it, or "" (or any string of another
// length) to have it made.
func New(text, lower string) *Text {
	t := pool.Get().(*Text)
	if len(lower) != len(text) {
		lower = ascii.Lower(text)
	}
	t.Text, t.Lower = text, lower
	if want := len(text)/4 + 8; cap(t.split) < want {
		t.split = make([]Token, 0, want)
	}
	t.split, t.firstSep = split(t.split[:0], text)
	t.joined = nil
	return t
}

// Release puts t back in the pool; neither t nor its tokens may be used
// after.
func (t *Text) Release() {
	if cap(t.split) > maxPooled || cap(t.jbuf) > maxPooled {
		return
	}
	t.Text, t.Lower, t.joined = "", "", nil
	pool.Put(t)
}

// Split returns the tokens with numbers as runs of ASCII digits:
// "10,700" is "10", "," and "700". The caller must not modify them.
func (t *Text) Split() []Token { return t.split }

// Joined returns the tokens with a "," or "." between two digits kept
// inside the number: "10,700" and "1.2" are one token each. The caller
// must not modify them.
func (t *Text) Joined() []Token {
	if t.joined == nil {
		t.join()
	}
	return t.joined
}

// split appends the tokens of text to buf. firstSep is the index of the
// first "," or "." between digits, -1 for none.
func split(buf []Token, text string) (_ []Token, firstSep int) {
	firstSep = -1
	for i := 0; i < len(text); {
		c := text[i]
		switch ascii.Class[c] {
		case ascii.Space:
			i++
		case ascii.Digit:
			j := i + 1
			for j < len(text) && ascii.Class[text[j]] == ascii.Digit {
				j++
			}
			buf = append(buf, Token{Start: i, End: j, Kind: Num})
			if firstSep < 0 && j+1 < len(text) && (text[j] == ',' || text[j] == '.') && ascii.Class[text[j+1]] == ascii.Digit {
				firstSep = len(buf)
			}
			i = j
		case ascii.Letter:
			j, apos := wordEnd(text, i)
			buf = append(buf, Token{i, j, Word, apos})
			i = j
		default:
			if c >= 0x80 && ascii.IsLetterAt(text, i) {
				j, apos := wordEnd(text, i)
				buf = append(buf, Token{i, j, Word, apos})
				i = j
				continue
			}
			n := ascii.RuneLen(text, i)
			if !(n == 2 && c == 0xC2 && text[i+1] == 0xA0) { // no-break space
				buf = append(buf, Token{Start: i, End: i + n, Kind: Punct})
			}
			i += n
		}
	}
	return buf, firstSep
}

// wordEnd returns the end of the word starting at i: letters, with an
// apostrophe between two of them; apos reports whether it has one. ASCII
// letters are passed in a tight loop, the rest one at a time.
func wordEnd(text string, i int) (end int, apos bool) {
	j := i
	for {
		for j < len(text) && ascii.Class[text[j]] == ascii.Letter {
			j++
		}
		if j >= len(text) {
			return j, apos
		}
		if c := text[j]; c == '\'' && j+1 < len(text) && ascii.IsLetterAt(text, j+1) {
			j, apos = j+1, true
		} else if c >= 0x80 && ascii.IsLetterAt(text, j) {
			j += ascii.RuneLen(text, j)
		} else {
			return j, apos
		}
	}
}

// isInnerSep reports whether split token k is a "," or "." with a number
// touching it on each side.
func (t *Text) isInnerSep(k int) bool {
	s := t.split
	if k == 0 || k+1 >= len(s) || s[k].Kind != Punct || s[k].End-s[k].Start != 1 {
		return false
	}
	c, p, n := t.Text[s[k].Start], s[k-1], s[k+1]
	return (c == ',' || c == '.') && p.Kind == Num && p.End == s[k].Start && n.Kind == Num && n.Start == s[k].End
}

// join sets t.joined: the split tokens with every number, inner separator
// and number run merged into one token, in t.jbuf; the split tokens
// themselves when there is nothing to merge.
func (t *Text) join() {
	s, k := t.split, t.firstSep
	if k < 0 {
		t.joined = s
		return
	}
	if cap(t.jbuf) < len(s) {
		t.jbuf = make([]Token, 0, len(s))
	}
	buf := append(t.jbuf[:0], s[:k]...)
	for k < len(s) {
		// s[k] is an inner separator: it and the number after it join
		// the number before ("1.5.3": twice); the tokens up to the next
		// one are copied as they are.
		buf[len(buf)-1].End = s[k+1].End
		a := k + 2
		for k = a; k < len(s) && !t.isInnerSep(k); k++ {
		}
		buf = append(buf, s[a:k]...)
	}
	t.joined, t.jbuf = buf, buf
}
