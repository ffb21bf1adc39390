package core

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// each calls f(0) … f(n-1), spread over the machine's cores. Articles are
// cleaned and read for claims independently, so a native run with many
// articles uses every core; f must write only to its own index. Under wasm
// (one thread) and for a single item it is a plain loop, with no goroutine
// to pay for.
func each(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}
