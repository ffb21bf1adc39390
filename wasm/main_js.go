//go:build js && wasm

// Command wasm is crosscheck's WebAssembly adapter: it registers one
// function, crosscheckCall(requestJSON) → responseJSON, on the global object
// (the Web Worker's self) and then waits for calls. All conversion lives in
// bridge.go, which is tested natively; this file only crosses the boundary,
// through safejs so that a JavaScript exception is a Go error, never a panic.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"unsafe"

	"github.com/hack-pad/safejs"
)

// globalName is the function the worker calls.
const globalName = "crosscheckCall"

// The worker runs nothing but crosscheck, and Go's collector in wasm runs
// on the one thread the analysis needs: collecting at 5× the live heap
// instead of 2× made the seeds' analysis about 20% faster under node. The
// memory limit makes the collector eager again before a huge paste could
// exhaust the worker's memory.
const (
	gcPercent   = 400
	memoryLimit = 1 << 30
)

func main() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
	fn, err := safejs.FuncOf(call)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crosscheck/wasm: wrapping the call:", err)
		os.Exit(1)
	}
	defer fn.Release()
	if err := safejs.Global().Set(globalName, fn.Value()); err != nil {
		fmt.Fprintln(os.Stderr, "crosscheck/wasm: registering", globalName+":", err)
		os.Exit(1)
	}
	select {} // serve calls until the worker is terminated
}

// call is crosscheckCall(requestJSON[, texts]): a JSON string and an
// optional array of the articles' texts in, one JSON string out (see
// handleTexts). Bad arguments are answered as error data like every other
// failure.
func call(_ safejs.Value, args []safejs.Value) any {
	if len(args) < 1 || len(args) > 2 || args[0].Type() != safejs.TypeString {
		return fail(globalName + " takes a JSON string and an optional array of texts")
	}
	in, err := args[0].String()
	if err != nil {
		return fail("reading the request: " + err.Error())
	}
	var texts []string
	if len(args) == 2 && !args[1].IsUndefined() && !args[1].IsNull() {
		if texts, err = stringsOf(args[1]); err != nil {
			return fail("reading the texts: " + err.Error())
		}
	}
	// Escaped to ASCII, the report decodes into a JavaScript string many
	// times faster (see jsonw.ASCII).
	b := appendPage(page[:0], []byte(in), texts)
	if cap(b) <= maxKept {
		page = b
	}
	return asString(b)
}

// page is the buffer the last response was written in, written over by
// the next: calls come one at a time, and each response is copied into a
// JavaScript string as call returns. Reports of the same articles are
// the same size, so from the second call on none is grown by copying; a
// sync.Pool would lose the buffer at every collection, several per call.
var page []byte

// maxKept is the largest buffer page keeps, so that one huge paste does not
// pin its report's memory for good.
const maxKept = 64 << 20

// asString returns b as a string without copying it. The response is a
// report several times the size of the articles, and safejs copies it into
// a JavaScript string anyway; b is not touched until the next call.
func asString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// stringsOf reads a JavaScript array of strings.
func stringsOf(arr safejs.Value) ([]string, error) {
	n, err := arr.Length()
	if err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i := range n {
		v, err := arr.Index(i)
		if err != nil {
			return nil, err
		}
		if v.Type() != safejs.TypeString {
			return nil, fmt.Errorf("text %d is a %s, not a string", i, v.Type())
		}
		if out[i], err = v.String(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fail is a bad-request answer.
func fail(msg string) string {
	return string(encode(nil, marshal, response{Error: "bad request: " + msg}))
}
