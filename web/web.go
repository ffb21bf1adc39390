// Package web holds crosscheck's page: the static files under static/,
// embedded so that cmd/serve is one self-contained binary.
//
// The embed names the directory, not files, so it compiles on a fresh
// checkout before `make wasm` has put main.wasm, main.wasm.gz and
// wasm_exec.js there; a binary built then serves a page that says the
// WebAssembly is missing.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static
var files embed.FS

// Static returns the page's files, rooted at static/ (index.html at the top).
func Static() fs.FS {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // "static" is a valid path, so fs.Sub cannot fail
	}
	return sub
}
