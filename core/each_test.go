package core

import (
	"sync/atomic"
	"testing"
)

// TestEach checks that each visits every index exactly once, whatever the
// number of items against the number of cores.
func TestEach(t *testing.T) {
	for _, tt := range []struct {
		name string
		n    int
	}{{"none", 0}, {"one", 1}, {"two", 2}, {"many", 1000}} {
		t.Run(tt.name, func(t *testing.T) {
			seen := make([]atomic.Int32, tt.n)
			each(tt.n, func(i int) { seen[i].Add(1) })
			for i := range seen {
				if got := seen[i].Load(); got != 1 {
					t.Errorf("index %d visited %d times, want 1", i, got)
				}
			}
		})
	}
}
