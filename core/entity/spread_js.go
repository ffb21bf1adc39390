//go:build js

package entity

// spread calls f(0, i) for i in 0 … n-1: wasm has one thread, so the
// goroutines of the native spread would only cost code in the download.
func spread(_, n int, f func(w, i int)) {
	for i := range n {
		f(0, i)
	}
}
