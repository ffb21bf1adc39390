package timex

import (
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// Clock is a time of day a text states: "at 4:20 p.m.", "at about 16:20",
// "shortly after 4am", "at noon". Reports of one event give the moment it
// began in many spellings, and two that agree on it are one account.
type Clock struct {
	Start int    `json:"start"` // byte span in the text, the words of approximation included
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Minute is the minute of the day, 0 to 1439: 4:20 p.m. is 980.
	Minute int `json:"minute"`
	// About marks a time given roughly: "about", "around", "shortly
	// after", "just before".
	About bool `json:"about,omitempty"`
	// Unmarked marks a time of 1 to 12 hours with no a.m. or p.m. ("at
	// 6:15"): it may be either half of the day.
	Unmarked bool `json:"unmarked,omitempty"`
}

// Clocks appends to out the times of day in lower, a text in lower case
// (as ascii.Lower gives it, byte for byte), that a preposition or "the"
// puts at a moment: "at 4:20 p.m.", "from 22:00", "the 5:20 a.m. raid".
// Deadlines ("by 10 p.m.") and bare bounds ("after 10 p.m.") are no
// moment, nor is a decimal ("4.20") without a.m. or p.m.
func Clocks(lower string, out []Clock) []Clock {
	t := tokens.New(lower, lower)
	defer t.Release()
	return ClocksTokens(lower, t.Split(), out)
}

// ClocksTokens is Clocks over the tokens of lower that tokens.Text.Split
// gives, which a caller that has them saves making again: only numbers
// and three words are looked at, not every byte.
func ClocksTokens(lower string, toks []tokens.Token, out []Clock) []Clock {
	for n := 0; n < len(toks); n++ {
		t := &toks[n]
		i := t.Start
		var k Clock
		end := 0
		switch c := lower[i]; {
		case t.Kind == tokens.Num:
			if i > 0 && !wordByte(lower[i-1]) { // "M5" is no time
				k.Minute, end = clockAt(lower, i)
			}
		case (c == 'n' || c == 'm') && t.Kind == tokens.Word:
			switch lower[i:t.End] {
			case "noon", "midday":
				k.Minute, end = 720, t.End
			case "midnight":
				end = t.End
			}
		}
		if end == 0 || i == 0 {
			continue // most tokens; and a time has a word before it
		}
		from, about, ok := clockLead(lower, i)
		if !ok {
			continue
		}
		k.Start, k.End, k.Text, k.About = from, end, lower[from:end], about
		k.Unmarked = lower[i] >= '1' && lower[i] <= '9' && k.Minute >= 60 && k.Minute < 13*60 && !marked(lower[i:end]) // "04:12" is of a 24-hour clock
		out = append(out, k)
		for n+1 < len(toks) && toks[n+1].Start < end {
			n++
		}
	}
	return out
}

// clockAt reads a time of day at s[i], a digit: "4:20", "16:20", "4.20pm",
// "4 p.m.", "04:12". It returns the minute of the day and where the time
// ends, 0 when there is none.
func clockAt(s string, i int) (int, int) {
	h, j := digitsAt(s, i)
	if j-i > 2 {
		return 0, 0
	}
	m, sep := 0, byte(0)
	if j < len(s) && (s[j] == ':' || s[j] == '.') {
		mm, k := digitsAt(s, j+1)
		if k-(j+1) == 2 && (k == len(s) || !wordByte(s[k]) || s[k] == 'a' || s[k] == 'p') {
			m, sep, j = mm, s[j], k // "4:20", "4.20pm"
		}
	}
	if h == 12 && sep == 0 {
		if end := wordAt(s, j, " noon"); end > 0 {
			return 720, end // "12 noon"
		}
		if end := wordAt(s, j, " midnight"); end > 0 {
			return 0, end
		}
	}
	half, end := halfAt(s, j)
	switch {
	case half != 0:
		if h < 1 || h > 12 || m > 59 {
			return 0, 0
		}
		h %= 12
		if half == 'p' {
			h += 12
		}
		return h*60 + m, end
	case sep == ':' && h <= 24 && m <= 59 && (j == len(s) || !wordByte(s[j])):
		return h%24*60 + m, j
	}
	return 0, 0 // "4.20" is a decimal, "4" a count
}

// wordAt returns where w ends when s holds it at byte j as a whole word,
// 0 when it does not.
func wordAt(s string, j int, w string) int {
	end := j + len(w)
	if end > len(s) || s[j:end] != w || end < len(s) && wordByte(s[end]) {
		return 0
	}
	return end
}

// halfAt reads "am", "pm", "a.m." or "p.m." at s[j], a space before it
// allowed, and returns 'a' or 'p' and where it ends; 0 when none.
func halfAt(s string, j int) (byte, int) {
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+1 >= len(s) || s[j] != 'a' && s[j] != 'p' {
		return 0, 0
	}
	h := s[j]
	switch {
	case s[j+1] == 'm' && (j+2 == len(s) || !wordByte(s[j+2])):
		return h, j + 2
	case j+3 < len(s) && s[j+1] == '.' && s[j+2] == 'm' && s[j+3] == '.':
		return h, j + 4
	}
	return 0, 0
}

// marked reports whether a time's text says a.m. or p.m., or "12 noon".
func marked(t string) bool {
	n := len(t)
	return n >= 2 && t[n-1] == 'm' || n >= 4 && t[n-2] == 'm' && t[n-1] == '.' || strings.HasSuffix(t, "noon")
}

// clockLead reads the words before a time at s[i]: a preposition that
// puts it at a moment ("at", "from", "to", "until") or "the", and words
// of approximation before either ("at about", "shortly after", "just
// before"). It returns where the time's text starts, whether it is
// approximate, and false when nothing puts it at a moment.
func clockLead(s string, i int) (int, bool, bool) {
	from, about := i, false
	w, at := wordBefore(s, i)
	switch w {
	case "about", "around", "approximately", "roughly", "circa", "nearly":
		from, about = at, true
		if w2, at2 := wordBefore(s, at); w2 == "at" {
			from = at2
		}
		return from, about, true
	case "after", "before":
		// "shortly after 4am": roughly then; "after 10 p.m." is a bound.
		w2, at2 := wordBefore(s, at)
		if w2 != "shortly" && w2 != "just" && w2 != "soon" && w2 != "right" {
			return 0, false, false
		}
		return at2, true, true
	case "at", "from", "to", "until", "till", "the":
		if lead, _ := wordBefore(s, at); spokenAt[lead] {
			return 0, false, false // "a news conference at noon", "a statement at 10 p.m.": when it was said
		}
		return at, false, true
	}
	return 0, false, false
}

// spokenAt are the words before "at" that make a time when something was
// said, not when it happened.
var spokenAt = wordset.Of("conference briefing statement bulletin said told announced speaking")

// wordBefore returns the word that ends at the space before s[i] and where
// it starts; "" when a space and a word do not come before i.
func wordBefore(s string, i int) (string, int) {
	j := i - 1
	if j < 1 || s[j] != ' ' {
		return "", i
	}
	k := j
	for k > 0 && wordByte(s[k-1]) {
		k--
	}
	return s[k:j], k
}

// digitsAt reads the decimal digits at s[i] and returns their value (up
// to four digits) and where they end.
func digitsAt(s string, i int) (int, int) {
	v, j := 0, i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		if j-i < 4 {
			v = v*10 + int(s[j]-'0')
		}
		j++
	}
	return v, j
}

// wordByte reports whether c is part of a word: a letter, a digit, or a
// byte of a multi-byte rune.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
