package claim

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/tokens"
)

// capitalisedMentions returns a mention for every run of capitalised
// words, so the fuzz target exercises the slot finders without depending
// on package entity.
func capitalisedMentions(text string) []entity.Mention {
	var ms []entity.Mention
	start := -1
	for i, r := range text + " " {
		word := unicode.IsLetter(r)
		switch {
		case start < 0 && unicode.IsUpper(r):
			start = i
		case start >= 0 && !word && r != ' ':
			ms = append(ms, entity.Mention{Start: start, End: i, Text: text[start:i], Entity: strings.TrimSpace(text[start:i])})
			start = -1
		case start >= 0 && r == ' ' && i+1 < len(text) && !unicode.IsUpper(rune(text[i+1])):
			ms = append(ms, entity.Mention{Start: start, End: i, Text: text[start:i], Entity: text[start:i]})
			start = -1
		}
	}
	return ms
}

// FuzzExtract checks Extract's invariants on arbitrary text, one paragraph
// per line: no panic, spans in bounds, Text == Doc.Text[Start:End], Line
// set, figure and time spans inside the sentence.
func FuzzExtract(f *testing.F) {
	if b, err := os.ReadFile("testdata/article_en.txt"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			f.Add(l)
		}
	}
	f.Add("## Army has been under rebel control since March\n“Rebels took it,” he said.")
	f.Add("left 12 dead, but also at least 3 civilians, including 1 child")
	f.Fuzz(func(t *testing.T, s string) {
		in := doc(strings.Split(s, "\n"))
		in.Mentions = capitalisedMentions(in.Doc.Text)
		text := in.Doc.Text
		for _, c := range Extract(in) {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("span [%d,%d) out of bounds (len %d)", c.Start, c.End, len(text))
			}
			if c.Text != text[c.Start:c.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", c.Text, c.Start, c.End, text[c.Start:c.End])
			}
			if c.Line <= 0 {
				t.Fatalf("claim %q has line %d", c.Text, c.Line)
			}
			if c.Kind == "" || c.Predicate == "" {
				t.Fatalf("claim %q has kind %q predicate %q", c.Text, c.Kind, c.Predicate)
			}
			if f := c.Figure; f != nil && (f.Start < c.Start || f.End > c.End || f.Start > f.End) {
				t.Fatalf("figure [%d,%d) outside claim [%d,%d)", f.Start, f.End, c.Start, c.End)
			}
			if e := c.Time; e != nil && (e.Start < c.Start || e.End > c.End || e.Start > e.End) {
				t.Fatalf("time [%d,%d) outside claim [%d,%d)", e.Start, e.End, c.Start, c.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Hedge+c.Actor+c.Object+c.Source) {
				t.Fatalf("slot cuts a rune: %q %q %q %q", c.Hedge, c.Actor, c.Object, c.Source)
			}
		}
	})
}

// tokenizeSlow is tokenize as first written, rune by rune: the reference
// the ASCII fast path must agree with.
func tokenizeSlow(buf []token, text string, start, end int) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) {
			if !unicode.IsSpace(r) {
				buf = append(buf, token{start: int32(i), end: int32(i + n)})
			}
			i += n
			continue
		}
		j := wordEnd(text, i, end)
		buf = append(buf, token{start: int32(i), end: int32(j), word: true, upper: unicode.IsUpper(r)})
		i = j
	}
	return buf
}

// FuzzTokenize checks tokenize against tokenizeSlow.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"The rebel-held town, didn't; 380,000 \u201cpeople\u201d\tfled\f\v\x00 Türkiye’s 1.5km", "É é ½ \u00a0 #war"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenize(nil, s, 0, len(s)), tokenizeSlow(nil, s, 0, len(s))
		if len(got) != len(want) {
			t.Fatalf("tokenize(%q): %d tokens, want %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("tokenize(%q)[%d] = %+v, want %+v", s, i, got[i], want[i])
			}
		}
	})
}

// FuzzFromSplit checks fromSplit against tokenize on every span of s
// that starts and ends at a rune boundary.
func FuzzFromSplit(f *testing.F) {
	for _, s := range []string{"The rebel-held town, didn't; 380,000 \u201cpeople\u201d\tfled\f\v\x00 Türkiye’s 1.5km", "É é ½ \u00a0 #war", "l'État x'9 a-b -c 1.,2 ١٢ é\u0301t\u2009x"} {
		f.Add(s, 0, 1000)
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		end = min(max(end, 0), len(s))
		start = min(max(start, 0), end)
		tt := tokens.New(s, "")
		defer tt.Release()
		got, want := fromSplit(nil, s, tt.Split(), start, end), tokenize(nil, s, start, end)
		if !slices.Equal(got, want) {
			t.Fatalf("fromSplit(%q, %d, %d) = %+v, want %+v", s, start, end, got, want)
		}
	})
}

// FuzzIsQuestion checks isQuestion against the strings.TrimRight it
// replaces.
func FuzzIsQuestion(f *testing.F) {
	for _, s := range []string{"Who took it?", "Did they?\u201d", "He asked (why?) ", "No.", "?\xff", "\xe2\x80?", "", "«Quoi ?»"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isQuestion(s), strings.HasSuffix(strings.TrimRight(s, " \"'”’»)"), "?"); got != want {
			t.Fatalf("isQuestion(%q) = %v, want %v", s, got, want)
		}
	})
}
