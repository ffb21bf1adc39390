package entity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/sorts"
)

// TestSortForms checks that sortForms puts forms in the order of
// sorts.SortStableFunc with describe's comparison, which ranks some
// different forms equal, so that the order of ties shows.
func TestSortForms(t *testing.T) {
	rank := func(a, b form) int {
		if a.proper != b.proper {
			return boolOrder(a.proper)
		}
		if a.acro != b.acro || a.partial != b.partial {
			return boolOrder(!a.acro && !a.partial)
		}
		if a.words != b.words {
			return b.words - a.words
		}
		return b.count - a.count
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := range 60 {
		for range 20 {
			forms := make([]form, n)
			for i := range forms {
				forms[i] = form{text: string(rune('a' + i)), count: rng.IntN(3), words: 1 + rng.IntN(2),
					acro: rng.IntN(3) == 0, partial: rng.IntN(3) == 0, proper: rng.IntN(4) > 0}
			}
			want := slices.Clone(forms)
			sorts.SortStableFunc(want, rank)
			sortForms(forms, rank)
			if !slices.Equal(forms, want) {
				t.Fatalf("sortForms of %d forms = %v, want %v", n, forms, want)
			}
		}
	}
}

func TestCarveAliases(t *testing.T) {
	k := &linker{}
	if got := k.carveAliases(0); got == nil || len(got) != 0 {
		t.Errorf("carveAliases(0) = %#v, want an empty, non-nil slice", got)
	}
	a, b := k.carveAliases(2), k.carveAliases(3)
	if len(a) != 2 || cap(a) != 2 || len(b) != 3 {
		t.Fatalf("carveAliases: len/cap %d/%d and %d, want 2/2 and 3", len(a), cap(a), len(b))
	}
	copy(b, []string{"x", "y", "z"})
	a = append(a, "w") // past its cap: must not write into b
	if b[0] != "x" {
		t.Errorf("appending to one entity's aliases changed another's: %q", b)
	}
}

// TestSortByStart checks the run merge against a stable sort, on
// mentions made of a few sorted runs as finish meets them and on random
// ones.
func TestSortByStart(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var tmp []cand
	for n := range 80 {
		for runs := 1; runs <= 4; runs++ {
			ms := make([]cand, n)
			for i := range ms {
				ms[i] = cand{start: rng.IntN(n/2 + 1), end: i} // end tells ties apart
			}
			if runs < 4 { // 4: random order
				for r := 0; r < runs; r++ {
					lo, hi := r*n/runs, (r+1)*n/runs
					slices.SortStableFunc(ms[lo:hi], func(a, b cand) int { return a.start - b.start })
				}
			}
			want := slices.Clone(ms)
			slices.SortStableFunc(want, func(a, b cand) int { return a.start - b.start })
			tmp = sortByStart(ms, tmp)
			for i := range ms {
				if ms[i].start != want[i].start || ms[i].end != want[i].end {
					t.Fatalf("sortByStart of %d mentions in %d runs: at %d got %d/%d, want %d/%d", n, runs, i, ms[i].start, ms[i].end, want[i].start, want[i].end)
				}
			}
		}
	}
}

func TestSortBytes(t *testing.T) {
	for _, s := range []string{"", "a", "sohr", "osdh", "zyxwvu", "aabba"} {
		want := []byte(s)
		slices.Sort(want)
		if got := sortedBytes(s); got != string(want) {
			t.Errorf("sortedBytes(%q) = %q, want %q", s, got, want)
		}
	}
	if got := string(appendInitials([]byte("x"), []string{"syrian", "observatory", "for", "human", "rights"})); got != "xsohr" {
		t.Errorf(`appendInitials("x", ...) = %q, want "xsohr"`, got)
	}
}

func TestLastWords(t *testing.T) {
	words := []string{"rami", "abd", "rahman"}
	for _, key := range []string{"rami abd rahman", "a:xyz", "rami abd rahmanx", "rami  abd rahman", ""} {
		n := &node{key: key, words: words}
		for p := 1; p < len(words); p++ {
			if got, want := lastWords(n, p), strings.Join(words[p:], " "); got != want {
				t.Errorf("lastWords(key %q, %d) = %q, want %q", key, p, got, want)
			}
		}
	}
}

// TestFormWords checks formWords against the strings.Fields walks it
// replaces.
func TestFormWords(t *testing.T) {
	for _, s := range []string{"", " ", "Syrian Arab Army", "government army", "the  Kurds\t", "al-Assad", "Abu\u00a0Mohammed al-Jolani",
		"Türkiye", "élysée Palace", "\xffabcd x", "a\u2003bcde Fghi", "UN  ", " x y z"} {
		wantN, wantProper := len(strings.Fields(s)), true
		for _, w := range strings.Fields(s) {
			if r, _ := utf8.DecodeRuneInString(w); len(w) > 3 && !unicode.IsUpper(r) {
				wantProper = false
			}
		}
		if n, proper := formWords(s); n != wantN || proper != wantProper {
			t.Errorf("formWords(%q) = %d, %v, want %d, %v", s, n, proper, wantN, wantProper)
		}
	}
}

// TestSameLower checks sameLower against comparing lower-cased copies.
func TestSameLower(t *testing.T) {
	words := []string{"", "Assad", "assad", "ASSAD", "Asad", "Türkiye", "TÜRKIYE", "turkiye", "K", "\u212a", "k", "al-Sham", "Al-Sham "}
	for _, a := range words {
		for _, b := range words {
			if got, want := sameLower(a, b), strings.ToLower(a) == strings.ToLower(b); got != want {
				t.Errorf("sameLower(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
