package entity

import (
	"reflect"
	"sync"
	"testing"
)

// TestLinkConcurrent runs Link from several goroutines at once, as Analyze
// may be called: the lexicons are built once and the token buffers pooled,
// so every call must still see only its own texts. Run it with -race.
func TestLinkConcurrent(t *testing.T) {
	inputs := [][]string{genArticles(8, 1), genArticles(3, 2), genArticles(12, 3), genArticles(1, 4)}
	type result struct {
		ents []Entity
		ms   [][]Mention
	}
	want := make([]result, len(inputs))
	for i, in := range inputs {
		want[i].ents, want[i].ms = Link(in)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 5 {
				i := (g + r) % len(inputs)
				ents, ms := Link(inputs[i])
				if !reflect.DeepEqual(ents, want[i].ents) || !reflect.DeepEqual(ms, want[i].ms) {
					t.Errorf("goroutine %d: Link(inputs[%d]) differs from its sequential result", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
