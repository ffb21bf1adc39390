package jsonw_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/jsonw"
	"github.com/crosscheck/crosscheck/internal/cputime"
)

// fixtureReport analyses the invented articles in testdata, k times over
// with distinct names, as the page would for a reader's paste.
func fixtureReport(tb testing.TB, k int) core.Report {
	tb.Helper()
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		tb.Fatal("no fixtures in testdata")
	}
	var arts []core.Article
	for i := range k {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			name := fmt.Sprintf("%s#%d", filepath.Base(f), i)
			arts = append(arts, core.Article{ID: name, Name: name, Text: string(b)})
		}
	}
	rep, err := core.Analyze(arts, core.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

// BenchmarkMarshalReport encodes a realistic report with jsonw and with
// encoding/json, and escaped to ASCII as the page gets it, in two passes
// (ASCII of Marshal) and in one (AppendASCII into the last call's
// buffer); MB/s is of JSON written.
func BenchmarkMarshalReport(b *testing.B) {
	for _, k := range []int{1, 8} {
		rep := fixtureReport(b, k)
		out, err := json.Marshal(rep)
		if err != nil {
			b.Fatal(err)
		}
		for _, enc := range []struct {
			name string
			fn   func(any) ([]byte, error)
		}{{"jsonw", jsonw.Marshal}, {"encoding-json", json.Marshal}, {"ascii-2pass", marshalASCII}, {"ascii-append", appendASCII()}} {
			b.Run(fmt.Sprintf("%s/x%d", enc.name, k), func(b *testing.B) {
				b.SetBytes(int64(len(out)))
				b.ReportAllocs()
				done := cputime.Report(b, int64(len(out)))
				for b.Loop() {
					if _, err := enc.fn(rep); err != nil {
						b.Fatal(err)
					}
				}
				done()
			})
		}
	}
}

// marshalASCII is what the page got before AppendASCII.
func marshalASCII(v any) ([]byte, error) {
	b, err := jsonw.Marshal(v)
	return jsonw.ASCII(b), err
}

// appendASCII returns AppendASCII as the page calls it, into the buffer
// of the call before.
func appendASCII() func(any) ([]byte, error) {
	var buf []byte
	return func(v any) ([]byte, error) {
		var err error
		buf, err = jsonw.AppendASCII(buf[:0], v)
		return buf, err
	}
}
