package compare

import (
	"cmp"
	"math"

	"github.com/crosscheck/crosscheck/core/internal/sorts"
)

// Series is one thing counted (deaths in one event, people displaced,
// places taken) with the figure each article gave, in date order.
type Series struct {
	Measure string  `json:"measure"`         // canonical measure: "killed", "displaced", "taken"
	Unit    string  `json:"unit"`            // unit class: "person", "family", "village"
	Scope   string  `json:"scope,omitempty"` // "total" for a whole war or period
	Points  []Point `json:"points"`
}

// Point is one article's figure in a series.
type Point struct {
	Article    int      `json:"article"`
	Claim      string   `json:"claim"`
	Date       string   `json:"date,omitempty"`       // as in Relation.Dates
	DateSource string   `json:"dateSource,omitempty"` // as in Relation.DateSources
	Value      float64  `json:"value"`                // the number as stated
	Low        float64  `json:"low"`
	High       *float64 `json:"high"` // null when unbounded: "at least 75"
	LowOpen    bool     `json:"lowOpen,omitempty"`
	HighOpen   bool     `json:"highOpen,omitempty"`
	Bound      string   `json:"bound"`
	Source     string   `json:"source,omitempty"`
}

// timeline groups the figures linked by relations into series: figures
// that corroborate, update or contradict each other count one thing.
// Figures linked to nothing form a series of one, so every count shows.
// facts are those of the last pass of relate, dated by arts.
func timeline(arts []Article, facts []fact, rels []Relation) []Series {
	byID := map[string]int{}
	var figs []*fact
	for i := range facts {
		if f := &facts[i]; f.class == classFigure {
			byID[f.c.ID] = len(figs)
			figs = append(figs, f)
		}
	}
	parent := make([]int, len(figs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, r := range rels {
		a, oka := byID[r.Claims[0]]
		b, okb := byID[r.Claims[1]]
		if oka && okb {
			parent[find(a)] = find(b)
		}
	}
	groups := map[int][]int{}
	for i := range figs {
		groups[find(i)] = append(groups[find(i)], i)
	}
	out := make([]Series, 0, len(groups))
	for _, g := range groups {
		out = append(out, series(figs, g, arts))
	}
	sorts.SortFunc(out, func(x, y Series) int {
		return cmp.Or(cmp.Compare(len(y.Points), len(x.Points)), cmp.Compare(x.Measure, y.Measure),
			cmp.Compare(x.Points[0].Claim, y.Points[0].Claim))
	})
	return out
}

// series builds one series from the figures g, in date order.
func series(figs []*fact, g []int, arts []Article) Series {
	sorts.SortFunc(g, func(x, y int) int {
		return cmp.Or(cmp.Compare(figs[x].at, figs[y].at), cmp.Compare(figs[x].art, figs[y].art), cmp.Compare(figs[x].idx, figs[y].idx))
	})
	f0 := figs[g[0]]
	s := Series{Measure: f0.measure, Unit: f0.unit, Scope: f0.c.Scope, Points: make([]Point, 0, len(g))}
	for _, i := range g {
		f := figs[i]
		q := f.c.Figure
		p := Point{Article: f.art, Claim: f.c.ID, Value: q.Value, Low: q.Low, LowOpen: q.LowOpen, HighOpen: q.HighOpen, Bound: string(q.Bound), Source: f.c.Source}
		if !math.IsInf(q.High, 1) {
			h := q.High
			p.High = &h
		}
		p.Date, p.DateSource = dateLabel(f, arts)
		s.Points = append(s.Points, p)
	}
	return s
}

// matrix counts the relations of each article pair.
func matrix(rels []Relation) []Cell {
	cells := map[[2]int]*Cell{}
	for _, r := range rels {
		a, b := min(r.Articles[0], r.Articles[1]), max(r.Articles[0], r.Articles[1])
		c := cells[[2]int{a, b}]
		if c == nil {
			c = &Cell{A: a, B: b}
			cells[[2]int{a, b}] = c
		}
		switch r.Kind {
		case Corroborates:
			c.Corroborates++
		case Contradicts:
			c.Contradicts++
		case Updates:
			c.Updates++
		}
	}
	out := make([]Cell, 0, len(cells))
	for _, c := range cells {
		out = append(out, *c)
	}
	sorts.SortFunc(out, func(x, y Cell) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	return out
}

// count counts the relations of each kind.
func count(rels []Relation) Counts {
	var c Counts
	for _, r := range rels {
		switch r.Kind {
		case Corroborates:
			c.Corroborates++
		case Contradicts:
			c.Contradicts++
		case Updates:
			c.Updates++
		}
	}
	return c
}
