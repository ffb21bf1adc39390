// Package scantest holds the checks that quantity's and timex's scanners
// both need in their tests: the same results with the caller's lower-cased
// copy of a text or without it, and from many goroutines at once (the
// scanners' buffers are pooled).
package scantest

import (
	"os"
	"reflect"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// News returns testdata/news.txt of the package under test.
func News(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// SameLower checks that findLower(text, lower) finds what find(text) finds
// whether lower is the caller's own copy, empty, or of the wrong length (to
// be made again), and that find finds something at all.
func SameLower[T any](t *testing.T, text string, find func(text string) []T, findLower func(text, lower string) []T) {
	t.Helper()
	want := find(text)
	if len(want) == 0 {
		t.Fatal("find found nothing in the text")
	}
	for _, tt := range []struct {
		name, lower string
	}{
		{"own copy", ascii.Lower(text)},
		{"empty", ""},
		{"wrong length", ascii.Lower(text[:len(text)/2])},
	} {
		if got := findLower(text, tt.lower); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: findLower differs from find", tt.name)
		}
	}
}

// Concurrent runs find from eight goroutines at once over inputs of
// different lengths and checks each result against the sequential one:
// every call must see only its own text. Run it with -race.
func Concurrent[T any](t *testing.T, inputs []string, find func(text string) []T) {
	t.Helper()
	want := make([][]T, len(inputs))
	for i, in := range inputs {
		want[i] = find(in)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for r := range 20 {
				i := (g + r) % len(inputs)
				if got := find(inputs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: find(inputs[%d]) differs from its sequential result", g, i)
					return
				}
			}
		})
	}
	wg.Wait()
}
