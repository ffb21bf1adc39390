//go:build js

package parallel

// For calls f(0, i) for i in 0 … n-1: wasm has one thread.
func For(_, n int, f func(w, i int)) {
	for i := range n {
		f(0, i)
	}
}
