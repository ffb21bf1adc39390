package compare

import "sort"

// events tells which pairs of articles can be about one event, from the
// names they share (Article.Names, countries aside): at least two, or at
// least half of the shorter list ("Kessel" alone, in a three-line wire
// report of the bombing there). Articles about one event measured 3 to 13
// shared names on the seeds; of the 15,753 pairs of the 181 cleaning
// benchmark pages (mostly unrelated stories), 89% share none and 8% one
// ("London", "the Centers for Disease Control"), and 2.7% pass. An
// article with no names is given the benefit of the doubt.
//
// Claims of two articles about different events are not compared at all,
// whatever their words have in common: "nine dead" in a story about
// migrants in custody does not contradict "millions dead" in one about air
// pollution.
//
// Names are interned as numbers and each pair is decided once: a block of
// a hundred articles asks about the same pairs thousands of times.
type events struct {
	ids   [][]int32 // per article, its names as sorted numbers
	names int       // distinct names in all
	n     int       // articles
	memo  []uint8   // n×n verdicts when n <= maxMemo: 0 not decided, 1 other events, 2 one event
	big   map[uint64]bool
}

// maxMemo is the most articles whose verdicts are kept in a flat table
// (1 MB); more articles keep them in a map.
const maxMemo = 1024

// newEvents interns the articles' names.
func newEvents(arts []Article) *events {
	num := map[string]int32{}
	ev := &events{ids: make([][]int32, len(arts)), n: len(arts)}
	if ev.n <= maxMemo {
		ev.memo = make([]uint8, ev.n*ev.n)
	} else {
		ev.big = map[uint64]bool{}
	}
	for i := range arts {
		ids := make([]int32, 0, len(arts[i].Names))
		for _, n := range arts[i].Names {
			id, ok := num[n]
			if !ok {
				id = int32(len(num))
				num[n] = id
			}
			ids = append(ids, id)
		}
		sort.Slice(ids, func(x, y int) bool { return ids[x] < ids[y] })
		out := ids[:0] // a name listed twice counts once
		for k, id := range ids {
			if k == 0 || id != ids[k-1] {
				out = append(out, id)
			}
		}
		ev.ids[i] = out
	}
	ev.names = len(num)
	return ev
}

// same reports whether articles a and b can be about one event. It is
// asked for every pair of claims compared, so it only reads the memo; the
// first question about a pair goes on to decideSame.
func (ev *events) same(a, b int) bool {
	if k := a*ev.n + b; k < len(ev.memo) && ev.memo[k] != 0 {
		return ev.memo[k] == 2
	}
	return ev.decideSame(a, b)
}

// decideSame answers same for a pair not yet in the memo and records it.
func (ev *events) decideSame(a, b int) bool {
	if a == b {
		return true
	}
	if ev.memo != nil {
		v := uint8(1)
		if shareEnough(ev.ids[a], ev.ids[b]) {
			v = 2
		}
		ev.memo[a*ev.n+b], ev.memo[b*ev.n+a] = v, v
		return v == 2
	}
	key := uint64(min(a, b))<<32 | uint64(max(a, b))
	v, ok := ev.big[key]
	if !ok {
		v = shareEnough(ev.ids[a], ev.ids[b])
		ev.big[key] = v
	}
	return v
}

// apart returns the articles that have names and share none of them with
// any other article: the reader should hear that they were left out. It
// counts the articles naming each name, so it costs one pass over the
// names, not a pass over every pair.
func (ev *events) apart() []int {
	if len(ev.ids) < 2 {
		return nil
	}
	count := make([]int32, ev.names)
	for _, ids := range ev.ids {
		for _, id := range ids {
			count[id]++
		}
	}
	var out []int
	for i, ids := range ev.ids {
		alone := len(ids) > 0
		for _, id := range ids {
			if count[id] > 1 {
				alone = false
				break
			}
		}
		if alone {
			out = append(out, i)
		}
	}
	return out
}

// shareEnough applies the rule of events to two sorted lists of names.
func shareEnough(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n, i, j = n+1, i+1, j+1
		}
	}
	return n >= 2 || n >= 1 && 2*n >= min(len(a), len(b))
}
