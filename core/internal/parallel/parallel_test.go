package parallel

import (
	"sync/atomic"
	"testing"
)

// TestFor checks that For calls f once for every index, with worker
// indexes in range, whatever the workers against the items.
func TestFor(t *testing.T) {
	for _, tc := range []struct{ workers, n int }{{0, 0}, {1, 5}, {3, 0}, {3, 2}, {4, 100}, {2, 1000}} {
		seen := make([]atomic.Int32, tc.n)
		var bad atomic.Bool
		For(tc.workers, tc.n, func(w, i int) {
			if w < 0 || w >= max(tc.workers, 1) {
				bad.Store(true)
			}
			seen[i].Add(1)
		})
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Errorf("For(%d, %d) called f for %d %d times, want once", tc.workers, tc.n, i, c)
			}
		}
		if bad.Load() {
			t.Errorf("For(%d, %d) gave a worker index out of range", tc.workers, tc.n)
		}
	}
}
