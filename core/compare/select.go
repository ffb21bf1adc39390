package compare

import (
	"github.com/crosscheck/crosscheck/core/internal/sorts"
)

// kinds is the number of relation kinds, for per-kind tallies.
const kinds = 3

// kindIndex numbers the kinds for per-kind tallies.
func kindIndex(k relKind) int { return int(k) }

// selectBest keeps the best candidates, best first: higher score, then the
// nearer in time, then the nearer in date order, then content. Each claim
// keeps at most links relations of each kind and one link to each other
// article (and one to another source of its own), so a hundred reports of
// one toll read as a chain of corroborations, each report linked to its
// nearest neighbours in time, not as a clique of 4,950 pairs.
//
// A first pass takes only the candidates that join two claims not yet
// connected by relations of that kind (a spanning forest, as Kruskal's
// algorithm builds it); a second fills the remaining room. Twenty agreeing
// reports thus stay connected: every report is reachable from every other.
// Updates that a chain of updates already explains (75 → 277 → 412) lose
// the shortcut (75 → 412).
//
// The candidates are put in order through indexes, which move faster than
// the candidates themselves; the order is total (no two candidates join
// the same facts), so the result does not depend on the sort.
func selectBest(facts []fact, cands []cand, links int) []cand {
	order := make([]int32, len(cands))
	for i := range order {
		order[i] = int32(i)
	}
	sorts.SortFunc(order, func(x, y int32) int { return candOrder(&cands[x], &cands[y]) })
	s := newSelector(facts, links, len(cands))
	taken := make([]bool, len(cands))
	n := 0
	for spanning := range 2 {
		for _, i := range order {
			if c := &cands[i]; !taken[i] && (spanning == 1 || s.joins(c)) && s.fits(c) {
				s.take(c)
				taken[i] = true
				n++
			}
		}
	}
	kept := make([]cand, 0, n)
	for _, i := range order {
		if taken[i] {
			kept = append(kept, cands[i])
		}
	}
	return rivals(facts, pruneChains(facts, kept))
}

// rivals turns an update of a count into a conflict when the later
// report's article restates the earlier count beside the higher one, as
// another source's ("The national bureau said about 400 homes had been
// destroyed"; "he said more than 1,000 houses had been destroyed"): the
// first count still stood, and the two are rival counts, not one count
// that rose. It rewrites kept in place.
func rivals(facts []fact, kept []cand) []cand {
	agree, against := links(len(facts), kept, kindCorroborates), links(len(facts), kept, kindContradicts)
	for i := range kept {
		c := &kept[i]
		if c.kind == kindUpdates && (c.reason == reasonRisingFigure || c.reason == reasonLowerFigure) &&
			(restated(facts, agree, against, c.a, c.b) || restated(facts, agree, against, c.b, c.a)) {
			c.kind, c.reason = kindContradicts, reasonFigureConflict
		}
	}
	return kept
}

// restated reports whether a count of b's article that b is set against
// agrees with a.
func restated(facts []fact, agree, against graph, a, b int32) bool {
	for _, r := range against.of(int(b)) {
		if facts[r].art == facts[b].art && agree.links(int(a), r) {
			return true
		}
	}
	return false
}

// candOrder orders candidates best first: higher score, then the nearer
// reports in time, then in date order, then by content.
func candOrder(x, y *cand) int {
	// Field by field with early returns: cmp.Or would weigh all five,
	// and the sorts call this millions of times on many copies.
	switch {
	case x.score != y.score:
		if x.score > y.score { // never NaN: a sum of confidences
			return -1
		}
		return 1
	case x.dt != y.dt:
		return cmpInt(int64(x.dt), int64(y.dt))
	case x.dp != y.dp:
		return cmpInt(int64(x.dp), int64(y.dp))
	case x.lo != y.lo:
		return cmpInt(int64(x.lo), int64(y.lo))
	}
	return cmpInt(int64(x.hi), int64(y.hi))
}

// selector tallies what the kept candidates use up.
type selector struct {
	facts  []fact
	links  uint8
	deg    []uint8             // relations kept per fact and kind: deg[fact*kinds+kind]
	parent forest              // per kind: parent[fact*kinds+kind]
	used   map[uint64]struct{} // fact<<32 | other article<<2 | kind: the fact's one link of a kind there
}

// newSelector returns a selector for n candidates among facts: each kept
// candidate takes two article slots.
func newSelector(facts []fact, links, n int) *selector {
	s := &selector{
		facts:  facts,
		links:  uint8(min(links, 255)),
		deg:    make([]uint8, len(facts)*kinds),
		parent: newForest(len(facts) * kinds),
		used:   make(map[uint64]struct{}, 2*n),
	}
	return s
}

// slots returns the keys of the article slots candidate c takes: one per
// claim, other article and kind, so that a count that the next report
// updates may also meet that report's other source's conflicting count.
func (s *selector) slots(c *cand) (uint64, uint64) {
	k := uint64(kindIndex(c.kind))
	return uint64(c.a)<<32 | uint64(uint32(s.facts[c.b].art))<<2 | k, uint64(c.b)<<32 | uint64(uint32(s.facts[c.a].art))<<2 | k
}

// fits reports whether c has room: both claims below the limit of its kind
// and neither linked yet to the other's article.
func (s *selector) fits(c *cand) bool {
	a, b := s.slot(c)
	if s.deg[a] >= s.links || s.deg[b] >= s.links {
		return false
	}
	sa, sb := s.slots(c)
	_, ua := s.used[sa]
	_, ub := s.used[sb]
	return !ua && !ub
}

// joins reports whether c links two claims not yet connected by relations
// of its kind.
func (s *selector) joins(c *cand) bool {
	a, b := s.slot(c)
	return s.parent.root(a) != s.parent.root(b)
}

// take keeps c.
func (s *selector) take(c *cand) {
	a, b := s.slot(c)
	s.deg[a]++
	s.deg[b]++
	sa, sb := s.slots(c)
	s.used[sa], s.used[sb] = struct{}{}, struct{}{}
	ra, rb := s.parent.root(a), s.parent.root(b)
	s.parent[max(ra, rb)] = min(ra, rb)
}

// slot returns the places of c's facts and kind in deg and parent.
func (s *selector) slot(c *cand) (int32, int32) {
	k := int32(kindIndex(c.kind))
	return c.a*kinds + k, c.b*kinds + k
}

// pruneChains drops an update a→c when updates a→b and b→c exist: the
// timeline shows the whole series, and the links show each step; and a
// conflict with a figure its article tells twice when an update already
// links the other telling. It filters kept in place: the links are taken
// from kept first.
func pruneChains(facts []fact, kept []cand) []cand {
	next := links(len(facts), kept, kindUpdates)
	out := kept[:0]
	for _, c := range kept {
		if c.kind == kindUpdates && next.bridged(facts, int(c.a), int(c.b)) {
			continue
		}
		if c.kind == kindContradicts && (next.echoed(facts, int(c.a), int(c.b)) || next.echoed(facts, int(c.b), int(c.a))) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// echoed reports whether fact x's figure is told again in its article by
// a fact an update links to y, with a time where x has none: "180,000
// without power" in a standfirst and "about 180,000 ... on Wednesday
// morning" in the body are one report, and the update from its dated
// telling says how it relates to y.
func (l graph) echoed(facts []fact, x, y int) bool {
	g := &facts[x]
	for _, m := range l.of(y) {
		if f := &facts[m]; int(m) != x && g.c.Time == nil && f.c.Time != nil && f.art == g.art && f.class == classFigure && g.class == classFigure && f.measure == g.measure && f.unit == g.unit && f.val == g.val {
			return true
		}
	}
	return false
}

// graph lists the facts each fact is linked to by relations of one kind:
// those of fact i are to[from[i]:from[i+1]], in the order of the
// candidates. Two flat slices rather than a map of slices, one per fact.
type graph struct{ from, to []int32 }

// links returns the links of kind among n facts in kept.
func links(n int, kept []cand, kind relKind) graph {
	l := graph{from: make([]int32, n+2)}
	for _, c := range kept {
		if c.kind == kind {
			l.from[c.a+2]++
			l.from[c.b+2]++
		}
	}
	for i := 2; i < len(l.from); i++ {
		l.from[i] += l.from[i-1]
	}
	l.to = make([]int32, l.from[n+1])
	for _, c := range kept {
		if c.kind == kind {
			l.to[l.from[c.a+1]] = int32(c.b)
			l.from[c.a+1]++
			l.to[l.from[c.b+1]] = int32(c.a)
			l.from[c.b+1]++
		}
	}
	return l
}

// of returns the facts linked to fact i.
func (l graph) of(i int) []int32 { return l.to[l.from[i]:l.from[i+1]] }

// links reports whether fact i is linked to fact j.
func (l graph) links(i int, j int32) bool {
	for _, x := range l.of(i) {
		if x == j {
			return true
		}
	}
	return false
}

// bridged reports whether a and b are both linked by updates to a third
// fact dated strictly between them.
func (l graph) bridged(facts []fact, a, b int) bool {
	lo, hi := min(facts[a].at, facts[b].at), max(facts[a].at, facts[b].at)
	for _, m := range l.of(a) {
		if at := facts[m].at; at > lo && at < hi && l.links(b, m) {
			return true
		}
	}
	return false
}

// cmpInt is cmp.Compare for integers, one function for every width: each
// shape of the generic one is some 0.6 KB of wasm.
func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
