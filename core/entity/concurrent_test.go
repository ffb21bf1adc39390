package entity

import (
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
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

// TestLinkWorkers checks that spreading find over several goroutines, each
// with a memo of its own, gives what one goroutine gives, to the last
// mention and entity number.
func TestLinkWorkers(t *testing.T) {
	inputs := [][]string{genArticles(8, 5), genArticles(2, 6), genArticles(1, 7), nil}
	for _, in := range inputs {
		prev := runtime.GOMAXPROCS(1)
		wantEnts, wantMs := Link(in)
		runtime.GOMAXPROCS(4)
		ents, ms := Link(in)
		runtime.GOMAXPROCS(prev)
		if !reflect.DeepEqual(ents, wantEnts) || !reflect.DeepEqual(ms, wantMs) {
			t.Errorf("Link of %d texts on 4 workers differs from Link on one", len(in))
		}
	}
}

func TestSpread(t *testing.T) {
	for _, tc := range []struct{ workers, n int }{{0, 0}, {1, 5}, {3, 0}, {3, 2}, {4, 100}} {
		seen := make([]int, tc.n)
		var bad atomic.Bool
		spread(tc.workers, tc.n, func(w, i int) {
			if w < 0 || w >= max(tc.workers, 1) {
				bad.Store(true)
			}
			seen[i]++
		})
		for i, c := range seen {
			if c != 1 {
				t.Errorf("spread(%d, %d) called f for %d %d times, want once", tc.workers, tc.n, i, c)
			}
		}
		if bad.Load() {
			t.Errorf("spread(%d, %d) gave a worker index out of range", tc.workers, tc.n)
		}
	}
}
