package compare

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/core/claim"
)

// relate finds the relations between claims: facts are put in blocks,
// neighbours within a block are decided, and the best candidates kept.
func relate(arts []Article, claims []claim.Claim, opts Options) []Relation {
	facts := toFacts(arts, claims)
	for i := range facts {
		facts[i].side = sideOf(facts[i].actor, opts.Names)
		if facts[i].actorID {
			facts[i].name = strings.ToLower(opts.Names[facts[i].c.Actor])
		}
	}
	rankFacts(facts)
	cands := candidates(facts, arts, opts.Window)
	kept := selectBest(facts, cands)
	return relations(facts, kept, arts, opts)
}

// toFacts normalises the comparable claims. A claim whose sentence names
// no topic borrows the topics of the claim before it in its article: in
// "Fighters entered Northtown. These groups now control most of the city",
// the second sentence is about Northtown too.
func toFacts(arts []Article, claims []claim.Claim) []fact {
	order := make([]int, 0, len(claims))
	for i := range claims {
		if a := claims[i].Article; a >= 0 && a < len(arts) {
			order = append(order, i)
		}
	}
	// Text order within each article, whatever the order of the slice;
	// claims of one sentence borrow only from earlier sentences.
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Or(cmp.Compare(claims[x].Article, claims[y].Article), cmp.Compare(claims[x].Start, claims[y].Start))
	})
	facts := make([]fact, 0, len(order))
	var prev, cur []string // topics of the last sentence before, and of this one
	for k, i := range order {
		c := &claims[i]
		if k > 0 {
			if p := &claims[order[k-1]]; p.Article != c.Article {
				prev, cur = nil, nil
			} else if p.Start != c.Start {
				prev, cur = cur, nil
			}
		}
		t := topics(c)
		if len(t) > 0 {
			cur = t
		} else if cur == nil {
			cur = prev
		}
		f, ok := toFact(claims, i)
		if !ok {
			continue
		}
		if len(f.topics) == 0 && len(prev) > 0 {
			f.topics, f.borrow = prev, true
		}
		f.at = sortTime(f, arts)
		facts = append(facts, f)
	}
	return facts
}

// blockKeys returns the blocks fact f belongs to. Facts meet only inside a
// block: the same class (figures: the same measure, unit and scope) and a
// shared topic. Figures also meet in their class's open block, since a toll
// sentence often names no place ("at least 90 deaths"); claims of one
// article meet in an article block, for accounts from different sources.
func blockKeys(f fact) []string {
	base := string(f.class)
	if f.class == classFigure {
		base += "|" + f.sub
	}
	keys := make([]string, 0, len(f.topics)+2)
	for _, t := range f.topics {
		keys = append(keys, base+"|t:"+t)
	}
	if f.class == classFigure {
		keys = append(keys, base+"|*")
	}
	return append(keys, base+"|a:"+strconv.Itoa(f.art))
}

// candidates decides every pair of facts that share a block and lie within
// window positions of each other in date order. Each block is sorted once,
// so the cost is O(n log n) for n facts, with window comparisons each.
func candidates(facts []fact, arts []Article, window int) []cand {
	blocks := map[string][]int32{}
	for i, f := range facts {
		for _, k := range blockKeys(f) {
			blocks[k] = append(blocks[k], int32(i))
		}
	}
	seen := map[[2]int32]bool{}
	var out []cand
	for _, b := range blocks {
		if len(b) < 2 {
			continue
		}
		slices.SortFunc(b, func(x, y int32) int {
			return cmp.Or(cmp.Compare(facts[x].at, facts[y].at), cmp.Compare(facts[x].rank, facts[y].rank))
		})
		for p := range b {
			for q := p + 1; q < len(b) && q <= p+window; q++ {
				x, y := min(b[p], b[q]), max(b[p], b[q])
				if seen[[2]int32{x, y}] {
					continue
				}
				seen[[2]int32{x, y}] = true
				if c, ok := decide(facts[x], facts[y], arts); ok {
					c.a, c.b = int(x), int(y)
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// sortTime orders facts in a block: by date, else by estimated year, else
// first.
func sortTime(f fact, arts []Article) int64 {
	if t, _ := when(f, arts); !t.IsZero() {
		return t.Unix()
	}
	if y := yearOf(arts, f.art); y > 0 {
		return int64(y-1970) * 365 * 86400
	}
	return -1 << 62
}

// selectBest keeps the best candidates: each claim is linked to at most one
// claim of each other article (and to one other source of its own
// article), taking candidates best first, so a reader sees one link per
// claim and article rather than every possible pairing. Updates that a
// chain of updates already explains (75 → 277 → 412) lose the shortcut
// (75 → 412).
func selectBest(facts []fact, cands []cand) []cand {
	slices.SortFunc(cands, func(x, y cand) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmpPair(pairKey(facts, x), pairKey(facts, y)))
	})
	type slot struct{ fact, art int }
	used := map[slot]bool{}
	var kept []cand
	for _, c := range cands {
		sa, sb := slot{c.a, facts[c.b].art}, slot{c.b, facts[c.a].art}
		if used[sa] || used[sb] {
			continue
		}
		used[sa], used[sb] = true, true
		kept = append(kept, c)
	}
	return pruneChains(facts, kept)
}

// rankFacts sets each fact's rank in content order, so that ties are broken
// the same way whatever the article order.
func rankFacts(facts []fact) {
	idx := make([]int, len(facts))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int { return cmp.Compare(facts[x].key, facts[y].key) })
	for r, i := range idx {
		facts[i].rank = r
	}
}

// pairKey orders two candidates of equal score by content.
func pairKey(facts []fact, c cand) [2]int {
	ra, rb := facts[c.a].rank, facts[c.b].rank
	return [2]int{min(ra, rb), max(ra, rb)}
}

func cmpPair(x, y [2]int) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) }

// pruneChains drops an update a→c when updates a→b and b→c exist: the
// timeline shows the whole series, and the links show each step.
func pruneChains(facts []fact, kept []cand) []cand {
	next := map[int][]int{}
	for _, c := range kept {
		if c.kind == Updates {
			next[c.a] = append(next[c.a], c.b)
			next[c.b] = append(next[c.b], c.a)
		}
	}
	out := kept[:0:0]
	for _, c := range kept {
		if c.kind == Updates && bridged(facts, next, c.a, c.b) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// bridged reports whether a and b are both linked by updates to a third
// fact dated strictly between them.
func bridged(facts []fact, next map[int][]int, a, b int) bool {
	lo, hi := min(facts[a].at, facts[b].at), max(facts[a].at, facts[b].at)
	for _, m := range next[a] {
		if at := facts[m].at; at > lo && at < hi && slices.Contains(next[b], m) {
			return true
		}
	}
	return false
}

// relations turns kept candidates into relations, in a stable order: by
// article pair, then claim order.
func relations(facts []fact, kept []cand, arts []Article, opts Options) []Relation {
	out := make([]Relation, 0, len(kept))
	for _, c := range kept {
		a, b := facts[c.a], facts[c.b]
		if first(b, a, arts) {
			a, b = b, a
		}
		out = append(out, relation(a, b, c, arts, opts))
	}
	slices.SortFunc(out, func(x, y Relation) int {
		return cmp.Or(cmp.Compare(x.Articles[0], y.Articles[0]), cmp.Compare(x.Articles[1], y.Articles[1]),
			cmp.Compare(x.Claims[0], y.Claims[0]), cmp.Compare(x.Claims[1], y.Claims[1]))
	})
	return out
}

// first reports whether a goes first in a relation: the earlier when both
// are dated, else the lower article, else the earlier claim.
func first(a, b fact, arts []Article) bool {
	ta, _ := when(a, arts)
	tb, _ := when(b, arts)
	if !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb) {
		return ta.Before(tb)
	}
	if a.art != b.art {
		return a.art < b.art
	}
	return a.idx < b.idx
}

// relation builds the relation for candidate c between a and b, a first.
func relation(a, b fact, c cand, arts []Article, opts Options) Relation {
	r := Relation{
		Kind:       c.kind,
		Claims:     [2]string{a.c.ID, b.c.ID},
		Articles:   [2]int{a.art, b.art},
		Confidence: c.conf,
		Low:        c.conf < lowConfidence,
		Reason:     c.reason,
		Sources:    [2]string{a.srcRaw, b.srcRaw},
		Measure:    a.measure,
	}
	r.Dates[0], r.DateSources[0] = dateLabel(a, arts)
	r.Dates[1], r.DateSources[1] = dateLabel(b, arts)
	r.Explanation = explain(a, b, r, arts, opts)
	return r
}
