package compare

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/timex"
)

// The fixtures tell of a fictional war: the Tarn Army (eArmy) against the
// Redline Front (eFront) around the city of Norvale (eNorvale), with the
// Valley Monitor (eMonitor) counting the dead.
const (
	eArmy    = "e1"
	eFront   = "e2"
	eNorvale = "e3"
	eMonitor = "e4"
	eKessel  = "e5"  // another town, far from Norvale
	eRiver   = "e6"  // the river road
	eCouncil = "e7"  // a relief council
	eTarn    = "e8"  // the country whose army is eArmy
	ePelt    = "e9"  // Anya Pelt, head of the relief council
	eVesh    = "e10" // the country next to Tarn, where refugees flee to
)

// testCountries are the fixtures' states.
var testCountries = map[string]bool{eTarn: true, eVesh: true}

var testNames = map[string]string{eArmy: "the Tarn Army", eFront: "the Redline Front", eNorvale: "Norvale",
	eMonitor: "the Valley Monitor", eKessel: "Kessel", eRiver: "the river road", eCouncil: "the relief council", eTarn: "Tarn", ePelt: "Anya Pelt", eVesh: "Vesh"}

// opt sets one field of a fixture claim.
type opt func(*claim.Claim)

// mk builds claim id of article art with predicate p.
func mk(id string, art int, p claim.Predicate, opts ...opt) claim.Claim {
	c := claim.Claim{ID: id, Article: art, Text: "text of " + id, Kind: claim.Event, Predicate: p}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// actor sets the actor; an entity ID (e1…) is also one of the claim's
// entities, as the claim stage links it, while words are not.
func actor(a string) opt {
	return func(c *claim.Claim) {
		c.Actor = a
		if _, ok := testNames[a]; ok {
			c.Entities = addEnt(c.Entities, a)
		}
	}
}
func place(p string) opt {
	return func(c *claim.Claim) { c.Place = p; c.Entities = addEnt(c.Entities, p) }
}
func object(o string) opt {
	return func(c *claim.Claim) { c.Object = o }
}
func ents(e ...string) opt {
	return func(c *claim.Claim) {
		for _, x := range e {
			c.Entities = addEnt(c.Entities, x)
		}
	}
}
func src(s string) opt {
	return func(c *claim.Claim) { c.Source = s; c.Entities = addEnt(c.Entities, s) }
}
func speaker(s string) opt {
	return func(c *claim.Claim) { c.Speaker = s; c.Entities = addEnt(c.Entities, s) }
}
func said(s string) opt     { return func(c *claim.Claim) { c.Source = s } } // a source that is no entity
func perDay(c *claim.Claim) { c.Figure.Per = "day" }                         // after fig

func figText(t string) opt { return func(c *claim.Claim) { c.Figure.Text = t } } // after fig
func saidThen() opt        { return func(c *claim.Claim) { c.TimeSaid = true } } // the time dates the speaking
func hedge(h string) opt   { return func(c *claim.Claim) { c.Hedge = h } }
func scope(s string) opt   { return func(c *claim.Claim) { c.Scope = s } }
func neg() opt             { return func(c *claim.Claim) { c.Negated = true } }
func disputes() opt        { return func(c *claim.Claim) { c.Disputes = true } }
func against(v float64) opt {
	return func(c *claim.Claim) { c.Disputes, c.Against = true, v }
}
func span(s, e int) opt { return func(c *claim.Claim) { c.Start, c.End = s, e } }
func text(t string) opt { return func(c *claim.Claim) { c.Text = t } }

// on states the day of the event.
func on(day string) opt {
	return func(c *claim.Claim) {
		d := date(day)
		c.Time = &timex.Expr{Kind: timex.KindDate, From: d, To: d.AddDate(0, 0, 1), Year: d.Year()}
	}
}

// at gives the claim a time of day ("at 4:20 p.m." is at(980, false,
// false)), as claim reads it.
func at(minute int, about, unmarked bool) opt {
	return func(c *claim.Claim) {
		c.Clock = &timex.Clock{Text: "at " + strconv.Itoa(minute), Minute: minute, About: about, Unmarked: unmarked}
	}
}

// onPart states the day of the event and a part of it, as timex reads
// "on Wednesday morning": the day resolved, the words in the text.
func onPart(day, words string) opt {
	return func(c *claim.Claim) {
		d := date(day)
		c.Time = &timex.Expr{Kind: timex.KindWeekday, Text: words, From: d, To: d.AddDate(0, 0, 1)}
	}
}

// inMonth states a stretch of days [from, to) ("in March").
func inMonth(from, to string) opt {
	return func(c *claim.Claim) {
		f, t := date(from), date(to)
		c.Time = &timex.Expr{Kind: timex.KindMonth, From: f, To: t, Year: f.Year()}
	}
}

// sinceWhen sets the claim's text and its time, the "since" expression
// span of it resolved to [from, to), as timex reads "the deadliest since
// October 2029, when ...".
func sinceWhen(t, span, from, to string) opt {
	return func(c *claim.Claim) {
		i := strings.Index(t, span)
		f, e := date(from), date(to)
		c.Text, c.Start, c.End = t, 0, len(t)
		c.Time = &timex.Expr{Kind: timex.KindMonth, Text: span, Start: i, End: i + len(span), From: f, To: e, Year: f.Year(), Since: true}
	}
}

// weekday states an unresolved weekday ("on Wednesday"), as timex reads
// it without a reference date.
func weekday(text string) opt {
	es := timex.Find(text, 0)
	if len(es) != 1 || es[0].Kind != timex.KindWeekday {
		panic("weekday: timex reads no one weekday in " + text)
	}
	return func(c *claim.Claim) { c.Time = &es[0] }
}

// year states a year mentioned in the claim, unresolved as timex leaves it
// without a reference date.
func year(y int) opt {
	return func(c *claim.Claim) { c.Time = &timex.Expr{Kind: timex.KindYear, Year: y} }
}

// inYear states a year resolved as timex resolves "in 1998" against a
// reference date.
func inYear(y int) opt {
	return func(c *claim.Claim) {
		c.Time = &timex.Expr{Kind: timex.KindYear, Year: y, From: timex.DateOf(y, 1, 1), To: timex.DateOf(y+1, 1, 1)}
	}
}

// period states a stretch of years from y1 to y2 inclusive, as timex
// reads "between 2010 and 2015" (or a decade or century).
func period(text string, y1, y2 int) opt {
	return func(c *claim.Claim) {
		c.Time = &timex.Expr{Kind: timex.KindPeriod, Text: text, Year: y2, From: timex.DateOf(y1, 1, 1), To: timex.DateOf(y2+1, 1, 1)}
	}
}

// relative states a relative phrase with its rule, unresolved.
func relative(text, rule string) opt {
	return func(c *claim.Claim) { c.Time = &timex.Expr{Kind: timex.KindRelative, Text: text, Rel: rule} }
}

// since states a "since YEAR" anchor, as timex reads "since 2027".
func since(y int) opt {
	return func(c *claim.Claim) {
		c.Time = &timex.Expr{Kind: timex.KindYear, Text: "since " + fmt.Sprint(y), Year: y, Since: true}
	}
}

// in sets the claim's sentence and places its figure at the first
// occurrence of word in it: opts after fig.
func in(sentence, word string) opt {
	return func(c *claim.Claim) {
		c.Text, c.Start, c.End = sentence, 0, len(sentence)
		i := strings.Index(sentence, word)
		c.Figure.Start, c.Figure.End = i, i+len(word)
	}
}

// fig gives the claim a figure with bound b. For a range, v is the low end
// and hi the high end; otherwise hi is ignored.
func fig(v float64, b quantity.Bound, measure, unit string, hi ...float64) opt {
	return func(c *claim.Claim) {
		q := quantity.Quantity{Value: v, Low: v, High: v, Bound: b, Measure: measure, Unit: unit}
		switch b {
		case quantity.AtLeast:
			q.High = math.Inf(1)
		case quantity.MoreThan:
			q.High, q.LowOpen = math.Inf(1), true
		case quantity.AtMost:
			q.Low = 0
		case quantity.LessThan:
			q.Low, q.HighOpen = 0, true
		case quantity.Range:
			q.High = hi[0]
		}
		c.Figure = &q
		c.Kind = claim.Quantity
	}
}

func addEnt(es []string, e string) []string {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// date parses YYYY-MM-DD, panicking on a typo in a fixture.
func date(s string) timex.Date {
	d, ok := timex.ParseISO(s)
	if !ok {
		panic("date: not YYYY-MM-DD: " + s)
	}
	return d
}

// dated returns articles with the given user dates, "" for undated.
func dated(days ...string) []Article {
	out := make([]Article, len(days))
	for i, d := range days {
		out[i] = Article{Index: i, Name: fmt.Sprintf("a%d", i)}
		if d != "" {
			out[i].Date, out[i].DateSource = date(d), "user"
		}
	}
	return out
}

// clocked gives each article the time of day of its date line, "08:05".
func clocked(arts []Article, hhmm ...string) []Article {
	for i, t := range hhmm {
		var h, m int
		fmt.Sscanf(t, "%d:%d", &h, &m)
		arts[i].Minute = h*60 + m + 1
	}
	return arts
}

// named gives each article the entity IDs it mentions (Article.Names).
func named(arts []Article, names ...[]string) []Article {
	for i := range arts {
		arts[i].Names = names[i]
	}
	return arts
}

// dump renders relations one per line, sorted, for failure messages.
func dump(rels []Relation) string {
	var lines []string
	for _, r := range rels {
		lines = append(lines, fmt.Sprintf("%s %s-%s %s %.2f", r.Kind, r.Claims[0], r.Claims[1], r.Reason, r.Confidence))
	}
	sort.Strings(lines)
	return strings.Join(lines, "; ")
}

// find returns the relation between claims x and y, in either order.
func find(rels []Relation, x, y string) (Relation, bool) {
	for _, r := range rels {
		if r.Claims == [2]string{x, y} || r.Claims == [2]string{y, x} {
			return r, true
		}
	}
	return Relation{}, false
}
