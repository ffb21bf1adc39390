package entity

import (
	"math/rand/v2"
	"slices"
	"testing"

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
