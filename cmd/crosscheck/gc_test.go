package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that tuneGC sets the collector's percent and soft
// limit only where the environment does not.
func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	for _, tc := range []struct {
		name, gogc, memlimit string
		percent              int
		limit                int64
	}{
		{"unset", "", "", gcPercent, memoryLimit},
		{"GOGC set", "50", "", 100, memoryLimit},
		{"GOMEMLIMIT set", "", "2GiB", gcPercent, math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOGC", tc.gogc)
			t.Setenv("GOMEMLIMIT", tc.memlimit)
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			tuneGC()
			if got := debug.SetGCPercent(100); got != tc.percent {
				t.Errorf("GC percent %d, want %d", got, tc.percent)
			}
			if got := debug.SetMemoryLimit(-1); got != tc.limit {
				t.Errorf("memory limit %d, want %d", got, tc.limit)
			}
		})
	}
}
