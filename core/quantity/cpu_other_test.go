//go:build !unix

package quantity

import "time"

// cpuTime is 0 where getrusage is missing (js/wasm): the benchmarks then
// report wall time only.
func cpuTime() time.Duration { return 0 }
