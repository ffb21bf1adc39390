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
// facts are those of the last pass of relate, dated by arts, and pairs its
// relations' facts. The figures are sorted once, by group and then in date
// order, so each series is a run of them.
func timeline(arts []Article, facts []fact, pairs []pair) []Series {
	parent := newForest(len(facts)) // figures link only figures
	for _, p := range pairs {
		if p.a.class == classFigure {
			parent[parent.root(p.c.a)] = parent.root(p.c.b)
		}
	}
	var figs []int32
	for i := range facts {
		if facts[i].class == classFigure {
			figs = append(figs, int32(i))
		}
	}
	for _, i := range figs {
		parent[i] = parent.root(i) // each figure's group, for the sort
	}
	sorts.SortFunc(figs, func(x, y int32) int {
		a, b := &facts[x], &facts[y]
		switch {
		case parent[x] != parent[y]:
			return cmpInt(int64(parent[x]), int64(parent[y]))
		case a.at != b.at:
			return cmpInt(int64(a.at), int64(b.at))
		case a.art != b.art:
			return cmpInt(int64(a.art), int64(b.art))
		}
		return cmpInt(int64(a.idx), int64(b.idx))
	})
	runs := min(len(figs), 1)
	for j := 1; j < len(figs); j++ {
		if parent[figs[j]] != parent[figs[j-1]] {
			runs++
		}
	}
	out := make([]Series, 0, runs)
	for len(figs) > 0 {
		n := 1
		for n < len(figs) && parent[figs[n]] == parent[figs[0]] {
			n++
		}
		out = append(out, series(facts, figs[:n], arts))
		figs = figs[n:]
	}
	sorts.SortFunc(out, func(x, y Series) int {
		return cmp.Or(cmpInt(int64(len(y.Points)), int64(len(x.Points))), cmp.Compare(x.Measure, y.Measure),
			cmp.Compare(x.Points[0].Claim, y.Points[0].Claim))
	})
	return out
}

// series builds one series from the figures g, in date order.
func series(facts []fact, g []int32, arts []Article) Series {
	f0 := &facts[g[0]]
	s := Series{Measure: f0.measure, Unit: f0.unit, Scope: f0.c.Scope, Points: make([]Point, 0, len(g))}
	var highs []float64 // what the points' High point to: one array, not one number each
	for k, i := range g {
		f := &facts[i]
		q := f.c.Figure
		p := Point{Article: f.art, Claim: f.c.ID, Value: f.val, Low: f.k * q.Low, LowOpen: q.LowOpen, HighOpen: q.HighOpen, Bound: string(q.Bound), Source: f.c.Source}
		if !math.IsInf(q.High, 1) {
			if highs == nil {
				highs = make([]float64, len(g))
			}
			highs[k] = f.k * q.High
			p.High = &highs[k]
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
	sorts.SortFunc(out, func(x, y Cell) int { return cmp.Or(cmpInt(int64(x.A), int64(y.A)), cmpInt(int64(x.B), int64(y.B))) })
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
