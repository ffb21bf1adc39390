package entity

import (
	"reflect"
	"runtime"
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

// TestPooledBuffersZero checks that the mention buffers Link leaves in
// its pools hold zero mentions to their capacity, so that no buffer keeps
// a text alive; tokens hold no pointer (see TestTokenHoldsNoPointer).
func TestPooledBuffersZero(t *testing.T) {
	prev := runtime.GOMAXPROCS(1) // one processor: the buffers put are the ones got
	defer runtime.GOMAXPROCS(prev)
	news := readNews(t)
	for _, in := range [][]string{genArticles(6, 11), news, genArticles(2, 12)} {
		Link(in)
	}
	for p, ok := candBufs.Get().(*[]cand); ok; p, ok = candBufs.Get().(*[]cand) {
		for i := range (*p)[:cap(*p)] {
			if !reflect.ValueOf((*p)[:cap(*p)][i]).IsZero() {
				t.Fatalf("pooled mention buffer holds %+v at %d", (*p)[:cap(*p)][i], i)
			}
		}
	}
}

// TestFinishClearsDropped checks that finish leaves zero mentions where it
// dropped overlapping ones, as putCands requires.
func TestFinishClearsDropped(t *testing.T) {
	s := &scanner{l: lists(), text: "Abc Defgh Ijk"}
	s.out = append(getCands(4), cand{start: 0, end: 9, text: "Abc Defgh"}, cand{start: 4, end: 9, text: "Defgh"}, cand{start: 10, end: 13, text: "Ijk"})
	out, tmp := s.finish(nil)
	if len(out) != 2 {
		t.Fatalf("finish kept %d mentions, want 2", len(out))
	}
	for i, m := range out[len(out):cap(out)] {
		if !reflect.ValueOf(m).IsZero() {
			t.Errorf("finish left %+v at %d beyond its mentions", m, len(out)+i)
		}
	}
	putCands(out)
	putCands(tmp[:cap(tmp)])
}

// TestTokenHoldsNoPointer checks that a token is plain data, as putTokens
// and tokenize count on: a pooled token buffer keeps no text alive, and
// writing a token costs no write barrier.
func TestTokenHoldsNoPointer(t *testing.T) {
	typ := reflect.TypeFor[token]()
	for i := range typ.NumField() {
		switch f := typ.Field(i); f.Type.Kind() {
		case reflect.String, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			t.Errorf("token.%s is a %s", f.Name, f.Type.Kind())
		}
	}
}
