//go:build !js

package entity

import (
	"sync"
	"sync/atomic"
)

// spread calls f(w, i) for i in 0 … n-1 on workers goroutines, w the index
// of the one that runs it, so that f may use scratch of that worker's. With
// one worker or none it is a plain loop, with no goroutine to pay for; under
// wasm, which has one thread, it is that loop alone (spread_js.go).
func spread(workers, n int, f func(w, i int)) {
	if workers <= 1 {
		for i := range n {
			f(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(w, i)
			}
		})
	}
	wg.Wait()
}
