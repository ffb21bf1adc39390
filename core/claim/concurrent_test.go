package claim

import (
	"reflect"
	"sync"
	"testing"
)

// TestExtractConcurrent runs Extract from several goroutines at once, as
// Analyze may be called: the lexicons are compiled once and quantity's and
// timex's buffers pooled, so every call must still see only its own
// article. Run it with -race.
func TestExtractConcurrent(t *testing.T) {
	inputs := []Input{fixtureInput(t, 1), fixtureInput(t, 3)}
	inputs[1].Article = 1
	want := make([][]Claim, len(inputs))
	for i, in := range inputs {
		want[i] = Extract(in)
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 4 {
				i := (g + r) % len(inputs)
				if got := Extract(inputs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: Extract(inputs[%d]) differs from its sequential result", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
