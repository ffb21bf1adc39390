package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
)

// packed compresses b with the writer w makes, as `make wasm` would.
func packed(t *testing.T, b []byte, w func(io.Writer) io.WriteCloser) []byte {
	var buf bytes.Buffer
	zw := w(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gzipped(t *testing.T, b []byte) []byte {
	return packed(t, b, func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) })
}

func brotlied(t *testing.T, b []byte) []byte {
	return packed(t, b, func(w io.Writer) io.WriteCloser { return brotli.NewWriter(w) })
}

// TestServedSize checks that a precompressed copy counts only when it holds
// the wasm as it is now: make wasm rewrites the wasm on every build and
// recompresses only when its content changed, so times cannot tell.
func TestServedSize(t *testing.T) {
	wasm := bytes.Repeat([]byte("\x00asm crosscheck "), 200)
	older := bytes.Repeat([]byte("\x00asm an older build "), 200)
	tests := []struct {
		name string
		ext  string
		file []byte // nil: no such file
		ok   bool
	}{
		{"gzip of this build", ".gz", gzipped(t, wasm), true},
		{"brotli of this build", ".br", brotlied(t, wasm), true},
		{"gzip of an older build", ".gz", gzipped(t, older), false},
		{"brotli of an older build", ".br", brotlied(t, older), false},
		{"not compressed at all", ".gz", wasm, false},
		{"a cut gzip", ".gz", gzipped(t, wasm)[:40], false},
		{"missing", ".gz", nil, false},
		{"an encoding the server does not send", ".zst", gzipped(t, wasm), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "main.wasm")
			if err := os.WriteFile(path, wasm, 0o644); err != nil {
				t.Fatal(err)
			}
			if tc.file != nil {
				if err := os.WriteFile(path+tc.ext, tc.file, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			n, ok := servedSize(path, tc.ext, wasm)
			if ok != tc.ok || (ok && n != len(tc.file)) {
				t.Errorf("servedSize = %d, %v; want %d, %v", n, ok, len(tc.file), tc.ok)
			}
		})
	}
}

// TestDecimalVerdict pins the line that reads the budget as 1,500,000 bytes.
func TestDecimalVerdict(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{1_499_420, "within it by 580"},
		{1_500_000, "within it by 0"},
		{1_570_532, "over it by 70532"},
	} {
		if got := decimalVerdict(tc.n); got != tc.want {
			t.Errorf("decimalVerdict(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
