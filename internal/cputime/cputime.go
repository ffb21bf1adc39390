// Package cputime measures the CPU time this process spends, for
// benchmarks on a shared machine: ns/op is wall time, which other jobs
// inflate, while CPU time is what this process itself spent, GC included
// (so on two cores it may exceed wall time).
package cputime

import (
	"testing"
)

// Report starts measuring the CPU time of b's loop and returns the
// function to call after it, which reports cpu-ms/op and, for input of
// size bytes > 0, cpu-MB/s. Where CPU time is unknown (js/wasm) it reports
// nothing and ns/op stands alone.
func Report(b *testing.B, bytes int64) func() {
	start := Now()
	return func() {
		d := Now() - start
		if d <= 0 || b.N == 0 {
			return
		}
		per := float64(d) / float64(b.N)
		b.ReportMetric(per/1e6, "cpu-ms/op")
		if bytes > 0 {
			b.ReportMetric(float64(bytes)/per*1e3, "cpu-MB/s")
		}
	}
}
