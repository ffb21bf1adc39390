package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAppendBestMatchesSort checks appendBest's insertion lists against
// the first limit of each kind of near sorted in candOrder.
func TestAppendBestMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kindsOf := []relKind{kindCorroborates, kindContradicts, kindUpdates}
	var top [kinds][]int32
	for range 500 {
		near := make([]cand, r.IntN(60))
		for i := range near {
			near[i] = cand{kind: kindsOf[r.IntN(3)], score: float64(r.IntN(4)) / 4, dt: int64(r.IntN(3)), dp: int32(r.IntN(3)),
				lo: int32(i), hi: int32(r.IntN(1000))}
		}
		limit := 1 + r.IntN(7)
		got := appendBest(nil, near, limit, &top)
		sorted := slices.Clone(near)
		slices.SortFunc(sorted, func(x, y cand) int { return candOrder(&x, &y) })
		var want []cand
		var n [kinds]int
		for _, c := range sorted {
			if k := kindIndex(c.kind); n[k] < limit {
				n[k]++
				want = append(want, c)
			}
		}
		order := func(x, y cand) int { return candOrder(&x, &y) }
		slices.SortFunc(got, order)
		slices.SortFunc(want, order)
		if !slices.Equal(got, want) {
			t.Fatalf("appendBest(%v, %d) = %v, want %v", near, limit, got, want)
		}
	}
}
