package quantity

import "testing"

// reportCPU starts measuring the CPU time of b's loop and returns the
// function to call after it, which reports cpu-MB/s for input of size
// bytes. ns/op is wall time, which a machine shared with other jobs
// inflates; CPU time is what this process spent, GC included.
func reportCPU(b *testing.B, bytes int64) func() {
	start := cpuTime()
	return func() {
		d := cpuTime() - start
		if d <= 0 || b.N == 0 {
			return
		}
		per := float64(d) / float64(b.N)
		b.ReportMetric(float64(bytes)/per*1e3, "cpu-MB/s")
	}
}
