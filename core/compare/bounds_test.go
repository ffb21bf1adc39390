package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
	q "github.com/crosscheck/crosscheck/core/quantity"
)

// figSpec is one figure of a bound test: value, bound, and the high end of
// a range.
type figSpec struct {
	v  float64
	b  q.Bound
	hi float64
}

// differOnOneDay are the rows of TestFigureBounds whose figures overlap
// but are two counts near each other, each a number or a lower bound.
var differOnOneDay = map[string]bool{"atLeast below exact": true, "moreThan below exact": true}

func TestFigureBounds(t *testing.T) {
	tests := []struct {
		name    string
		x, y    figSpec
		overlap bool // whether both can hold at once
		repeat  bool // whether, days apart, the second repeats the first rather than updating it
	}{
		{"exact equal", figSpec{100, q.Exact, 0}, figSpec{100, q.Exact, 0}, true, true},
		{"exact different", figSpec{100, q.Exact, 0}, figSpec{120, q.Exact, 0}, false, false},
		{"atLeast below exact", figSpec{100, q.AtLeast, 0}, figSpec{120, q.Exact, 0}, true, false},
		{"atLeast above exact", figSpec{100, q.AtLeast, 0}, figSpec{90, q.Exact, 0}, false, false},
		{"atLeast equal exact", figSpec{100, q.AtLeast, 0}, figSpec{100, q.Exact, 0}, true, true},
		{"moreThan equal exact", figSpec{100, q.MoreThan, 0}, figSpec{100, q.Exact, 0}, false, false},
		{"moreThan below exact", figSpec{100, q.MoreThan, 0}, figSpec{110, q.Exact, 0}, true, false},
		{"atMost equal exact", figSpec{100, q.AtMost, 0}, figSpec{100, q.Exact, 0}, true, true},
		{"atMost below exact", figSpec{100, q.AtMost, 0}, figSpec{130, q.Exact, 0}, false, false},
		{"lessThan equal exact", figSpec{100, q.LessThan, 0}, figSpec{100, q.Exact, 0}, false, false},
		{"lessThan above exact", figSpec{100, q.LessThan, 0}, figSpec{60, q.Exact, 0}, true, false},
		{"about near exact", figSpec{100, q.About, 0}, figSpec{105, q.Exact, 0}, true, false},
		{"about far from exact", figSpec{100, q.About, 0}, figSpec{150, q.Exact, 0}, false, false},
		{"about and about near", figSpec{100, q.About, 0}, figSpec{115, q.About, 0}, true, false},
		{"about and about far", figSpec{100, q.About, 0}, figSpec{300, q.About, 0}, false, false},
		{"range holds exact", figSpec{20, q.Range, 30}, figSpec{25, q.Exact, 0}, true, true},
		{"range misses exact", figSpec{20, q.Range, 30}, figSpec{35, q.Exact, 0}, false, false},
		{"ranges overlap", figSpec{20, q.Range, 30}, figSpec{28, q.Range, 40}, true, true},
		{"ranges disjoint", figSpec{20, q.Range, 30}, figSpec{31, q.Range, 40}, false, false},
		{"range and atLeast", figSpec{20, q.Range, 30}, figSpec{25, q.AtLeast, 0}, true, true},
		{"range below moreThan", figSpec{20, q.Range, 30}, figSpec{30, q.MoreThan, 0}, false, false},
		{"atLeast and atMost crossing", figSpec{100, q.AtLeast, 0}, figSpec{120, q.AtMost, 0}, true, false},
		{"atLeast and atMost apart", figSpec{100, q.AtLeast, 0}, figSpec{90, q.AtMost, 0}, false, false},
		{"moreThan and lessThan touching", figSpec{100, q.MoreThan, 0}, figSpec{100, q.LessThan, 0}, false, false},
		{"atLeast and atLeast", figSpec{75, q.AtLeast, 0}, figSpec{277, q.AtLeast, 0}, true, false},
		{"moreThan and about", figSpec{380000, q.MoreThan, 0}, figSpec{500000, q.About, 0}, true, false},
		{"atMost and lessThan", figSpec{20, q.AtMost, 0}, figSpec{10, q.LessThan, 0}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := []claim.Claim{
				mk("x", 0, claim.Kill, fig(tt.x.v, tt.x.b, "killed", "", tt.x.hi)),
				mk("y", 1, claim.Kill, fig(tt.y.v, tt.y.b, "killed", "", tt.y.hi)),
			}
			// One day: overlap corroborates, disjoint contradicts, and so
			// do two counts near each other that a bound lets overlap
			// ("at least 100" and "120": the counts differ).
			want := map[bool]Kind{true: Corroborates, false: Contradicts}[tt.overlap && !differOnOneDay[tt.name]]
			r, ok := find(Compare(dated("2031-05-01", "2031-05-01"), claims).Relations, "x", "y")
			if !ok || r.Kind != want {
				t.Errorf("same day: Compare(%v, %v) = %v %q, want %q", tt.x, tt.y, ok, r.Kind, want)
			}
			// Two days apart: an update unless the second repeats the first.
			want = map[bool]Kind{true: Corroborates, false: Updates}[tt.repeat]
			r, ok = find(Compare(dated("2031-05-01", "2031-05-03"), claims).Relations, "x", "y")
			if !ok || r.Kind != want {
				t.Errorf("two days apart: Compare(%v, %v) = %v %q, want %q", tt.x, tt.y, ok, r.Kind, want)
			}
			// Swapped, the overlap is the same.
			var arena []string
			fx, _ := toFact(claims, 0, &arena)
			fy, _ := toFact(claims, 1, &arena)
			if overlap(&fx, &fy) != overlap(&fy, &fx) {
				t.Errorf("overlap(%v, %v) not symmetric", tt.x, tt.y)
			}
		})
	}
}

func TestScopeUnitMeasure(t *testing.T) {
	tests := []struct {
		name string
		x, y claim.Claim
		link bool
	}{
		{"same measure in other words", mk("x", 0, claim.Kill, fig(10, q.Exact, "deaths", "")), mk("y", 1, claim.Other, fig(10, q.Exact, "dead", "people")), true},
		{"killed and injured", mk("x", 0, claim.Kill, fig(10, q.Exact, "killed", "")), mk("y", 1, claim.Injure, fig(10, q.Exact, "wounded", "")), false},
		{"people and civilians", mk("x", 0, claim.Kill, fig(412, q.Exact, "killed", "")), mk("y", 1, claim.Kill, fig(61, q.AtLeast, "killed", "civilians")), false},
		{"families and people", mk("x", 0, claim.Displace, fig(10700, q.MoreThan, "displaced", "families")), mk("y", 1, claim.Displace, fig(800000, q.MoreThan, "displaced", "")), false},
		{"villages and towns", mk("x", 0, claim.GainControl, fig(30, q.About, "", "village")), mk("y", 1, claim.GainControl, fig(70, q.About, "", "town")), false},
		{"total and event", mk("x", 0, claim.Kill, fig(500000, q.About, "dead", ""), scope("total")), mk("y", 1, claim.Kill, fig(277, q.AtLeast, "deaths", "")), false},
		{"measure from verb", mk("x", 0, claim.Kill, fig(12, q.Exact, "", "")), mk("y", 1, claim.Kill, fig(12, q.Exact, "killed", "people")), true},
		{"no measure at all", mk("x", 0, claim.Other, fig(7000, q.Exact, "", "soldier")), mk("y", 1, claim.Other, fig(7000, q.Exact, "", "soldier")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Compare(dated("2031-05-01", "2031-05-01"), []claim.Claim{tt.x, tt.y})
			if _, ok := find(res.Relations, "x", "y"); ok != tt.link {
				t.Errorf("Compare linked = %v, want %v: %s", ok, tt.link, dump(res.Relations))
			}
		})
	}
}

func TestWeekdayDate(t *testing.T) {
	claims := []claim.Claim{
		mk("x", 0, claim.Launch, actor(eFront), place(eNorvale), ents(eRiver), on("2031-02-26")),
		mk("y", 1, claim.Launch, actor(eFront), place(eNorvale), ents(eRiver), weekday("on Wednesday")),
	}
	res := Compare(dated("2031-03-01", ""), claims)
	if a := res.Articles[1]; a.Date != date("2031-02-26") || a.DateSource != sourceInferred {
		t.Errorf("article 1 = %+v, want 2031-02-26, the Wednesday of the same offensive in article 0", a)
	}
	claims[1] = mk("y", 1, claim.Launch, actor(eFront), place(eNorvale), ents(eRiver), weekday("on Friday"))
	if a := Compare(dated("2031-03-01", ""), claims).Articles[1]; a.Date == date("2031-02-26") {
		t.Errorf("article 1 = %+v, dated by a weekday it does not name", a)
	}
}

func TestDates(t *testing.T) {
	claims := []claim.Claim{
		mk("x", 0, claim.Attack, actor(eFront), place(eNorvale), ents(eRiver), on("2031-02-26")),
		mk("y", 1, claim.Attack, actor(eFront), place(eNorvale), ents(eRiver), year(2030)),
		mk("z", 2, claim.HoldControl, actor(eArmy), place(eKessel), year(2024)),
	}
	res := Compare(dated("2031-03-01", "", ""), claims)
	a := res.Articles
	if a[1].Date != date("2031-03-01") || a[1].DateSource != sourceInferred || a[1].DateBasis == "" {
		t.Errorf("article 1 = %+v, want the date of article 0, inferred from the corroborated attack", a[1])
	}
	if !a[2].Date.IsZero() || a[2].Year != 2024 {
		t.Errorf("article 2 = %+v, want no date and year 2024 from the years it mentions", a[2])
	}
	r, ok := find(res.Relations, "x", "y")
	if !ok || r.Dates[0] == "" || r.DateSources[0] == "" {
		t.Errorf("relation x-y = %+v, want the dates it used", r)
	}
}
