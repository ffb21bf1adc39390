package quantity

import (
	"os"
	"reflect"
	"sync"
	"testing"
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
	inputs := []string{text, text[:len(text)/3], "at least 12 people were killed and 40 wounded", text[len(text)/2:]}
	want := make([][]Quantity, len(inputs))
	for i, in := range inputs {
		want[i] = Find(in)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 20 {
				i := (g + r) % len(inputs)
				if got := Find(inputs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: Find(inputs[%d]) differs from its sequential result", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
