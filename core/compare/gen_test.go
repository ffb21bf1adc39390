package compare

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/core/claim"
	q "github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/timex"
	"github.com/crosscheck/crosscheck/internal/cputime"
)

// genEvent is one fictional battle that generated articles report.
type genEvent struct {
	place, attacker, defender string
	start                     timex.Date
	toll, rise                float64 // dead on the first day, and added each day
}

// generate returns n synthetic articles about n/4 fictional battles with
// about a dozen claims each: rising tolls with every bound, war totals,
// displaced families and people, control won and lost, attacks, retreats
// and repulses from different sources, and claims compare skips. One
// article in ten is undated. The same seed gives the same articles.
func generate(n int, seed uint64) ([]Article, []claim.Claim) {
	r := rand.New(rand.NewPCG(seed, 7))
	events := make([]genEvent, max(3, n/4))
	places := max(8, n/3)
	for i := range events {
		events[i] = genEvent{
			place:    fmt.Sprintf("p%d", r.IntN(places)),
			attacker: fmt.Sprintf("g%d", r.IntN(10)),
			defender: fmt.Sprintf("g%d", 10+r.IntN(10)),
			start:    timex.DateOf(2020+r.IntN(12), time.Month(1+r.IntN(12)), 1+r.IntN(28)),
			toll:     float64(5 + r.IntN(200)),
			rise:     float64(r.IntN(40)),
		}
	}
	arts := make([]Article, n)
	var claims []claim.Claim
	for a := range arts {
		ev := events[r.IntN(len(events))]
		day := r.IntN(6)
		arts[a] = Article{Index: a, Name: fmt.Sprintf("gen%d", a)}
		if r.IntN(10) > 0 {
			arts[a].Date, arts[a].DateSource = ev.start.AddDate(0, 0, day), "user"
		}
		g := gen{r: r, art: a, ev: ev, day: day}
		claims = append(claims, g.claims()...)
	}
	return arts, claims
}

// gen writes the claims of one generated article.
type gen struct {
	r   *rand.Rand
	art int
	ev  genEvent
	day int
	out []claim.Claim
}

// add appends a claim with an ID and a text unique to it.
func (g *gen) add(p claim.Predicate, opts ...opt) {
	id := fmt.Sprintf("g%d.c%d", g.art, len(g.out)+1)
	opts = append(opts, text(fmt.Sprintf("generated claim %s about %s", id, g.ev.place)), span(len(g.out)*100, len(g.out)*100+90))
	g.out = append(g.out, mk(id, g.art, p, opts...))
}

// extra returns 0 to 2 other entities, as a sentence names in passing.
func (g *gen) extra() opt {
	var e []string
	for range g.r.IntN(3) {
		e = append(e, fmt.Sprintf("x%d", g.r.IntN(30)))
	}
	return ents(e...)
}

var genBounds = []q.Bound{q.Exact, q.AtLeast, q.MoreThan, q.About, q.AtMost, q.Range}

func (g *gen) claims() []claim.Claim {
	ev, r := g.ev, g.r
	toll := ev.toll + ev.rise*float64(g.day)
	b := genBounds[r.IntN(len(genBounds))]
	g.add(claim.Kill, fig(toll, b, "killed", "", toll+10), place(ev.place), src(fmt.Sprintf("s%d", r.IntN(4))))
	if r.IntN(3) == 0 {
		g.add(claim.Kill, fig(toll/3, q.Exact, "killed", "civilian"), place(ev.place))
	}
	if r.IntN(5) == 0 {
		g.add(claim.Kill, fig(float64(300000+1000*r.IntN(200)), q.MoreThan, "deaths", ""), scope("total"))
	}
	g.add(claim.Displace, fig(float64(1000*(1+r.IntN(20))), q.MoreThan, "displaced", []string{"families", "people"}[r.IntN(2)]), place(ev.place), g.extra())
	g.add(claim.GainControl, actor(ev.attacker), place(ev.place), g.extra())
	g.add(claim.LoseControl, actor(ev.defender), place(ev.place))
	if r.IntN(4) == 0 {
		g.add(claim.HoldControl, actor(ev.defender), place(ev.place), g.extra())
	}
	g.add(claim.Attack, actor(ev.attacker), place(ev.place), on(ev.start.String()), g.extra())
	if r.IntN(3) == 0 {
		g.add(claim.Retreat, actor(ev.defender), place(ev.place), src("s1"))
		g.add(claim.Repel, actor(ev.defender), place(ev.place), hedge("claimed"))
	}
	g.add(claim.Enter, actor(ev.attacker), place(ev.place), g.extra())
	g.add(claim.CallFor, actor(fmt.Sprintf("x%d", r.IntN(30))), g.extra())
	g.add(claim.Other, g.extra())
	return g.out
}

// reversed returns the same articles and claims with article order
// reversed, claim IDs kept, each article's claims still in text order.
func reversed(arts []Article, claims []claim.Claim) ([]Article, []claim.Claim) {
	n := len(arts)
	ra := make([]Article, n)
	for i, a := range arts {
		a.Index = n - 1 - i
		ra[n-1-i] = a
	}
	rc := slices.Clone(claims)
	for i := range rc {
		rc[i].Article = n - 1 - rc[i].Article
	}
	slices.SortStableFunc(rc, func(x, y claim.Claim) int { return cmp.Compare(x.Article, y.Article) })
	return ra, rc
}

// relationSet renders relations as unordered claim pairs with kinds.
func relationSet(rels []Relation) map[string]bool {
	s := map[string]bool{}
	for _, r := range rels {
		a, b := r.Claims[0], r.Claims[1]
		if b < a {
			a, b = b, a
		}
		s[a+" "+b+" "+string(r.Kind)] = true
	}
	return s
}

func TestOrderDoesNotMatter(t *testing.T) {
	for seed := range uint64(30) {
		arts, claims := generate(8+int(seed%3)*10, seed)
		got := relationSet(Compare(arts, claims).Relations)
		ra, rc := reversed(arts, claims)
		swapped := relationSet(Compare(ra, rc).Relations)
		for k := range got {
			if !swapped[k] {
				t.Errorf("seed %d: %s found in article order but not reversed", seed, k)
			}
		}
		for k := range swapped {
			if !got[k] {
				t.Errorf("seed %d: %s found reversed but not in article order", seed, k)
			}
		}
		if len(got) == 0 {
			t.Errorf("seed %d: no relations at all in %d generated articles", seed, len(arts))
		}
	}
}

// checkRelations checks each relation (checkRelation), that it names
// claims of the input in the articles it gives, and that no pair of claims
// is linked twice.
func checkRelations(t *testing.T, claims []claim.Claim, rels []Relation) {
	t.Helper()
	ids := map[string]int{}
	for _, c := range claims {
		ids[c.ID] = c.Article
	}
	pairs := map[[2]string]bool{}
	for _, r := range rels {
		checkRelation(t, r)
		for i, id := range r.Claims {
			if a, ok := ids[id]; !ok || a != r.Articles[i] {
				t.Errorf("relation %v names claim %s of article %d, not in the input", r.Claims, id, r.Articles[i])
			}
		}
		k := r.Claims
		if k[1] < k[0] {
			k[0], k[1] = k[1], k[0]
		}
		if pairs[k] {
			t.Errorf("claims %v linked twice", k)
		}
		pairs[k] = true
	}
}

func TestGeneratedContracts(t *testing.T) {
	arts, claims := generate(120, 42)
	res := Compare(arts, claims)
	checkRelations(t, claims, res.Relations)
	c := res.Counts
	if c.Corroborates+c.Contradicts+c.Updates != len(res.Relations) {
		t.Errorf("Counts %+v do not add up to %d relations", c, len(res.Relations))
	}
	cells := 0
	for _, m := range res.Matrix {
		cells += m.Corroborates + m.Contradicts + m.Updates
		if m.A > m.B {
			t.Errorf("matrix cell %+v: want A <= B", m)
		}
	}
	if cells != len(res.Relations) {
		t.Errorf("Matrix holds %d relations, want %d", cells, len(res.Relations))
	}
	for _, s := range res.Timeline {
		for _, p := range s.Points {
			if p.High != nil && *p.High < p.Low {
				t.Errorf("series %s point %+v: high below low", s.Measure, p)
			}
		}
	}
}

// BenchmarkCompare measures Compare over generated articles; the cost must
// grow no faster than n log n. cpu-ms/op is the process's CPU time, which
// other jobs on a shared machine do not inflate (GC included, so it can
// exceed wall time on two cores); cpu-µs/claim shows the growth per claim.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{50, 100, 200, 500} {
		arts, claims := generate(n, 1)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var rels int
			start := cputime.Now()
			for b.Loop() {
				rels = len(Compare(arts, claims).Relations)
			}
			if d := cputime.Now() - start; d > 0 && b.N > 0 {
				per := float64(d) / float64(b.N)
				b.ReportMetric(per/1e6, "cpu-ms/op")
				b.ReportMetric(per/1e3/float64(len(claims)), "cpu-µs/claim")
			}
			b.ReportMetric(float64(len(claims)), "claims")
			b.ReportMetric(float64(rels), "relations")
		})
	}
}
