package tokens

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// dump renders tokens as "kind:text" separated by spaces, K for a word,
// N for a number and P for a mark.
func dump(text string, toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(" KNP"[t.Kind])
		b.WriteByte(':')
		b.WriteString(text[t.Start:t.End])
	}
	return b.String()
}

func TestSplitJoined(t *testing.T) {
	tests := []struct{ name, in, split, joined string }{
		{"empty", "", "", ""},
		{"words", "Don't stop", "K:Don't K:stop", "K:Don't K:stop"},
		{"thousands", "10,700 dead", "N:10 P:, N:700 K:dead", "N:10,700 K:dead"},
		{"decimal run", "1.5.3", "N:1 P:. N:5 P:. N:3", "N:1.5.3"},
		{"separator then space", "27, 2024", "N:27 P:, N:2024", "N:27 P:, N:2024"},
		{"separator at end", "7.", "N:7 P:.", "N:7 P:."},
		{"two separators", "1.,2", "N:1 P:. P:, N:2", "N:1 P:. P:, N:2"},
		{"letters then digits", "COVID-19 F16", "K:COVID P:- N:19 K:F N:16", "K:COVID P:- N:19 K:F N:16"},
		{"no-break space", "5\u00a0km", "N:5 K:km", "N:5 K:km"},
		{"non-ASCII", "Türkiye’s “$5”", "K:Türkiye P:’ K:s P:“ P:$ N:5 P:”", "K:Türkiye P:’ K:s P:“ P:$ N:5 P:”"},
		{"apostrophe not inner", "rebels' 'x", "K:rebels P:' P:' K:x", "K:rebels P:' P:' K:x"},
		{"lower", "AT 2PM", "K:AT N:2 K:PM", "K:AT N:2 K:PM"},
	}
	for _, tt := range tests {
		x := New(tt.in, "")
		if got := dump(tt.in, x.Split()); got != tt.split {
			t.Errorf("%s: Split(%q) = %q, want %q", tt.name, tt.in, got, tt.split)
		}
		if got := dump(tt.in, x.Joined()); got != tt.joined {
			t.Errorf("%s: Joined(%q) = %q, want %q", tt.name, tt.in, got, tt.joined)
		}
		if x.Lower != ascii.Lower(tt.in) {
			t.Errorf("%s: Lower = %q", tt.name, x.Lower)
		}
		x.Release()
	}
}

// TestPoolReuse checks that a Text from the pool holds nothing of the
// text it held before, Joined's list included.
func TestPoolReuse(t *testing.T) {
	for _, in := range []string{"10,700 and 1.5", "no numbers here", "3,4", ""} {
		x := New(in, "")
		want := refTokens(in, true)
		if got := x.Joined(); !slices.Equal(got, want) {
			t.Errorf("Joined(%q) = %v, want %v", in, got, want)
		}
		x.Release()
	}
}

func TestFilter(t *testing.T) {
	set := map[string]bool{"the": true, "half": true, "a": true}
	f := NewFilter(set)
	for w := range set {
		if !f.May(w) {
			t.Errorf("May(%q) = false for a word of the set", w)
		}
	}
	for _, w := range []string{"", "bus", "hello", "b"} {
		if f.May(w) {
			t.Errorf("May(%q) = true, want false", w)
		}
	}
}

// refTokens is the byte-by-byte tokenizer quantity (joined) and timex
// (not joined) each had before this package: the oracle of the fuzz
// target.
func refTokens(t string, joined bool) []Token {
	var out []Token
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case ascii.Class[c] == ascii.Space:
			i++
		case ascii.Class[c] == ascii.Digit:
			j := i + 1
			for j < len(t) && (ascii.Class[t[j]] == ascii.Digit || joined && (t[j] == ',' || t[j] == '.') && j+1 < len(t) && ascii.Class[t[j+1]] == ascii.Digit) {
				j++
			}
			out = append(out, Token{Start: i, End: j, Kind: Num})
			i = j
		case ascii.IsLetterAt(t, i):
			j, apos := i, false
			for j < len(t) {
				if ascii.IsLetterAt(t, j) {
					j += ascii.RuneLen(t, j)
				} else if t[j] == '\'' && j+1 < len(t) && ascii.IsLetterAt(t, j+1) && j > i {
					j, apos = j+1, true
				} else {
					break
				}
			}
			out = append(out, Token{i, j, Word, apos})
			i = j
		default:
			n := ascii.RuneLen(t, i)
			if r, _ := utf8.DecodeRuneInString(t[i:]); r != '\u00a0' || n != 2 {
				out = append(out, Token{Start: i, End: i + n, Kind: Punct})
			}
			i += n
		}
	}
	return out
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"10,700 dead", "1.5.3 km", "Don't 27.11.2024", "Türkiye’s “$5”", "a\u00a0b", "\xc2", "x'y'", "9,", ",9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x := New(s, "")
		defer x.Release()
		if got, want := x.Split(), refTokens(s, false); !slices.Equal(got, want) {
			t.Fatalf("Split(%q) = %v, want %v", s, got, want)
		}
		if got, want := x.Joined(), refTokens(s, true); !slices.Equal(got, want) {
			t.Fatalf("Joined(%q) = %v, want %v", s, got, want)
		}
		for _, tk := range x.Joined() {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("token %v out of bounds of %q", tk, s)
			}
		}
	})
}
