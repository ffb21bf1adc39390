package timex

import (
	"os"
	"reflect"
	"sync"
	"testing"
	"time"
)

// TestFindConcurrent runs Find from several goroutines at once on texts of
// different lengths: the scanners' token buffers are pooled, so every call
// must still see only its own text. Run it with -race.
func TestFindConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ref := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	inputs := []string{text, text[:len(text)/3], "on Sunday, three days ago, since March 2020", text[len(text)/2:]}
	want := make([][]Expr, len(inputs))
	for i, in := range inputs {
		want[i] = Find(in, ref)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 20 {
				i := (g + r) % len(inputs)
				if got := Find(inputs[i], ref); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: Find(inputs[%d]) differs from its sequential result", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
