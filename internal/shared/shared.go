// Package shared finds the team's evaluation data for tests and
// benchmarks: the directory "shared" beside the checkout, or
// $CROSSCHECK_SHARED. Whatever needs it skips when it is absent, so
// `go test ./...` works on any machine, from any package's directory.
package shared

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Dir returns $CROSSCHECK_SHARED, or "shared" beside the module's root
// (found by walking up from the working directory to go.mod).
func Dir() string {
	if d := os.Getenv("CROSSCHECK_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return "shared"
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared")
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "shared"
		}
		dir = up
	}
}

// File is one article of the shared data: its file name and text.
type File struct{ Name, Text string }

// SeedPaths returns the paths of the seed articles in name order, nil when
// they are absent.
func SeedPaths() []string {
	m, _ := filepath.Glob(filepath.Join(Dir(), "seeds", "*.txt"))
	sort.Strings(m)
	return m
}

// Seeds returns the seed articles in name order, or skips tb when they are
// absent.
func Seeds(tb testing.TB) []File {
	tb.Helper()
	paths := SeedPaths()
	if len(paths) == 0 {
		tb.Skipf("no seed articles in %s", filepath.Join(Dir(), "seeds"))
	}
	out := make([]File, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, File{Name: filepath.Base(p), Text: string(b)})
	}
	return out
}
