//go:build !(js && wasm)

// Command wasm is crosscheck's WebAssembly adapter; it only does something
// when built with GOOS=js GOARCH=wasm. This stub keeps `go build ./...`
// working on other platforms.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "crosscheck/wasm: build with GOOS=js GOARCH=wasm")
	os.Exit(2)
}
