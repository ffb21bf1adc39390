//go:build !js

// Package parallel spreads independent items over goroutines natively and
// runs them in a plain loop under wasm, which has one thread: there the
// goroutines would only cost code in the download.
package parallel

import (
	"sync"
	"sync/atomic"
)

// For calls f(w, i) for i in 0 … n-1 on workers goroutines, w the index of
// the one that runs it, so that f may use scratch of that worker's; f must
// write only to what index i or worker w owns. With one worker or none it
// is a plain loop, with no goroutine to pay for.
func For(workers, n int, f func(w, i int)) {
	if workers <= 1 || n <= 1 {
		for i := range n {
			f(0, i)
		}
		return
	}
	var next atomic.Int64
	run := func(w int) {
		for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
			f(w, i)
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < min(workers, n); w++ {
		wg.Go(func() { run(w) })
	}
	run(0) // the caller works too: one goroutine fewer to start and wake
	wg.Wait()
}
