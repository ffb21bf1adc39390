package compare

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
	q "github.com/crosscheck/crosscheck/core/quantity"
)

// reports returns n articles that each carry one claim, made by mk from
// the article's index, with the article dated by day (undated for "").
func reports(n int, day func(i int) string, mk func(i int) claim.Claim) ([]Article, []claim.Claim) {
	days := make([]string, n)
	claims := make([]claim.Claim, n)
	for i := range n {
		days[i] = day(i)
		claims[i] = mk(i)
	}
	return dated(days...), claims
}

func TestLinksPerClaim(t *testing.T) {
	bounds := []q.Bound{q.Exact, q.AtLeast, q.About}
	oneDay := func(int) string { return "2031-03-02" }
	tests := []struct {
		name string
		kind Kind
		day  func(i int) string
		mk   func(i int) claim.Claim
	}{
		{"20 reports of one toll on one day", Corroborates, oneDay, func(i int) claim.Claim {
			return mk(fmt.Sprintf("r%02d", i), i, claim.Kill, fig(40, q.Exact, "killed", ""), place(eNorvale))
		}},
		{"20 reports of one toll, bounds differ", Corroborates, oneDay, func(i int) claim.Claim {
			return mk(fmt.Sprintf("r%02d", i), i, claim.Kill, fig(40, bounds[i%3], "killed", ""), place(eNorvale), src(eMonitor))
		}},
		{"20 undated reports of one toll", Corroborates, func(int) string { return "" }, func(i int) claim.Claim {
			return mk(fmt.Sprintf("r%02d", i), i, claim.Kill, fig(40, q.Exact, "killed", ""), place(eNorvale))
		}},
		{"20 reports of one capture over four days", Corroborates, func(i int) string { return fmt.Sprintf("2031-03-%02d", 1+i%4) },
			func(i int) claim.Claim {
				return mk(fmt.Sprintf("r%02d", i), i, claim.GainControl, actor(eArmy), place(eNorvale))
			}},
		{"20 daily reports of a rising toll", Updates, func(i int) string { return fmt.Sprintf("2031-03-%02d", 1+i) },
			func(i int) claim.Claim {
				return mk(fmt.Sprintf("r%02d", i), i, claim.Kill, fig(float64(40+5*i), q.Exact, "killed", ""), place(eNorvale))
			}},
	}
	for _, tt := range tests {
		arts, claims := reports(20, tt.day, tt.mk)
		rels := Compare(arts, claims).Relations
		deg := map[string]int{}
		group := newGroups()
		for _, r := range rels {
			if r.Kind != tt.kind {
				continue
			}
			for _, id := range r.Claims {
				if deg[id]++; deg[id] > defaultLinks {
					t.Errorf("%s: claim %s has %d %s relations, want at most %d: %s", tt.name, id, deg[id], r.Kind, defaultLinks, dump(rels))
				}
			}
			group.join(r.Claims[0], r.Claims[1])
		}
		for _, c := range claims[1:] {
			if group.root(c.ID) != group.root(claims[0].ID) {
				t.Errorf("%s: %s cannot reach %s through %s relations: %s", tt.name, c.ID, claims[0].ID, tt.kind, dump(rels))
				break
			}
		}
		ra, rc := reversed(arts, claims)
		got, swapped := relationSet(rels), relationSet(Compare(ra, rc).Relations)
		if len(got) != len(swapped) {
			t.Errorf("%s: %d relations in article order, %d reversed", tt.name, len(got), len(swapped))
		}
		for k := range got {
			if !swapped[k] {
				t.Errorf("%s: %s found in article order but not reversed", tt.name, k)
			}
		}
	}
}

// groups is a union-find over claim IDs, for connectivity checks.
type groups map[string]string

func newGroups() groups { return groups{} }

func (g groups) root(x string) string {
	for {
		p, ok := g[x]
		if !ok || p == x {
			return x
		}
		x = p
	}
}

func (g groups) join(x, y string) { g[g.root(x)] = g.root(y) }
