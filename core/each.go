package core

import (
	"runtime"

	"github.com/crosscheck/crosscheck/core/internal/parallel"
)

// each calls f(0) … f(n-1), spread over the machine's cores. Articles are
// cleaned and read for claims independently, so a native run with many
// articles uses every core; f must write only to its own index. Under wasm
// it is a plain loop.
func each(n int, f func(i int)) {
	parallel.For(runtime.GOMAXPROCS(0), n, func(_, i int) { f(i) })
}
