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

	"github.com/hack-pad/safejs"
)

// globalName is the function the worker calls.
const globalName = "crosscheckCall"

func main() {
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

// call is crosscheckCall: one string argument in, one JSON string out. Bad
// arguments are answered as error data like every other failure.
func call(_ safejs.Value, args []safejs.Value) any {
	if len(args) != 1 || args[0].Type() != safejs.TypeString {
		return string(encode(response{Error: "bad request: " + globalName + " takes one JSON string"}))
	}
	in, err := args[0].String()
	if err != nil {
		return string(encode(response{Error: "bad request: reading the argument: " + err.Error()}))
	}
	return string(handle([]byte(in)))
}
