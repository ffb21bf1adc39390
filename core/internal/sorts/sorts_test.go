package sorts

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// item has a key that ties often and an id that tells tied items apart,
// so that a different order of ties shows.
type item struct{ key, id int }

func byKey(a, b item) int { return a.key - b.key }

func TestSameOrderAsSlices(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		name   string
		sort   func([]item, func(a, b item) int)
		oracle func([]item, func(a, b item) int)
	}{
		{"unstable", SortFunc[item], slices.SortFunc[[]item]},
		{"stable", SortStableFunc[item], slices.SortStableFunc[[]item]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for n := range 400 {
				x := make([]item, n)
				for i := range x {
					x[i] = item{rng.IntN(n/4 + 1), i}
				}
				if n%7 == 0 {
					slices.SortFunc(x, func(a, b item) int { return b.key - a.key }) // reversed runs
				}
				want := slices.Clone(x)
				tc.oracle(want, byKey)
				tc.sort(x, byKey)
				if !slices.Equal(x, want) {
					t.Fatalf("n=%d: got %v, slices gives %v", n, x, want)
				}
			}
		})
	}
}

func TestBinarySearchFunc(t *testing.T) {
	cmp := func(a item, k int) int { return a.key - k }
	for _, tc := range []struct {
		name string
		keys []int
	}{
		{"empty", nil},
		{"one", []int{5}},
		{"ties", []int{1, 3, 3, 3, 7, 9}},
		{"run", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := make([]item, len(tc.keys))
			for i, k := range tc.keys {
				x[i] = item{k, i}
			}
			for k := -1; k <= 11; k++ {
				gi, gf := BinarySearchFunc(x, k, cmp)
				wi, wf := slices.BinarySearchFunc(x, k, cmp)
				if gi != wi || gf != wf {
					t.Errorf("key %d: got %d %v, slices gives %d %v", k, gi, gf, wi, wf)
				}
			}
		})
	}
}
