package compare

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/core/timex"

	"github.com/crosscheck/crosscheck/core/claim"
)

// Date sources beyond those the caller gives ("user", "text").
const (
	sourceInferred = "inferred" // from a corroborated, dated article
	sourceYears    = "years"    // only the latest year mentioned is known
	sourceStated   = "stated"   // the claim states the day or month of the event
)

// estimateYears returns arts with Year set for each undated article: the
// latest year its claims mention. An article that speaks of "October 2023"
// is from 2023 or later; two undated articles whose latest years lie far
// apart are probably years apart too.
func estimateYears(arts []Article, claims []claim.Claim) []Article {
	out := append([]Article(nil), arts...)
	latest := make([]int, len(arts))
	for i, a := range arts {
		for _, y := range a.Years {
			if y > latest[i] && y < 2200 {
				latest[i] = y
			}
		}
	}
	for i := range claims {
		c := &claims[i]
		if c.Time == nil || c.Article < 0 || c.Article >= len(arts) {
			continue
		}
		if y := c.Time.Year; y > latest[c.Article] && y < 2200 {
			latest[c.Article] = y
		}
		if w := c.Time.Weekday; w >= 1 && w <= 7 && out[c.Article].Date.IsZero() && !c.Time.Resolved() {
			out[c.Article].days |= 1 << w
		}
	}
	for i := range out {
		if out[i].Date.IsZero() && latest[i] > 0 && out[i].Year == 0 {
			out[i].Year = latest[i]
			out[i].DateBasis = "the latest year it mentions"
		}
	}
	return out
}

// maxDatelineGap is how many days at most an undated article's dateline
// day may lie from a dated article's date for datelineDates to give it
// that article's year: a wire dateline ("KYIV, Aug 18 (Reuters) -")
// names no year, and articles about one event are seldom months apart.
const maxDatelineGap = 92

// datelineDates returns arts with a date for each undated article whose
// dateline names a day without a year: that day in the year that puts it
// nearest a dated article's date ("Aug 18" beside articles of 14-16
// August 2034 is 18 August 2034), when one about the same event (ev)
// lies within maxDatelineGap days.
func datelineDates(arts []Article, ev *events) []Article {
	out := arts
	for i, a := range arts {
		if !a.Date.IsZero() || a.MonthDay == 0 {
			continue
		}
		var best timex.Date
		gap, from := maxDatelineGap+1, -1
		for j, d := range arts {
			if d.Date.IsZero() || !ev.same(i, j) {
				continue // an article about another event may be from another year
			}
			for y := d.Date.Year() - 1; y <= d.Date.Year()+1; y++ {
				c := timex.DateOf(y, time.Month(a.MonthDay/100), a.MonthDay%100)
				if g := max(int(c-d.Date), int(d.Date-c)); g < gap {
					best, gap, from = c, g, j
				}
			}
		}
		if from < 0 {
			continue
		}
		if &out[0] == &arts[0] {
			out = append([]Article(nil), arts...)
		}
		out[i].Date, out[i].DateSource = best, sourceInferred
		out[i].DateBasis = fmt.Sprintf("the day its dateline names, in the year of article %d", from+1)
	}
	return out
}

// timing is how the dates of two claims relate.
type timing struct {
	known bool    // both dates are known
	days  float64 // the second minus the first, in days, when known
	apart bool    // more than a year apart: from dates, or from mentioned years when guess
	guess bool    // apart was judged from mentioned years only
	cert  float64 // how sure the dates are, 0..1
	// clock: both reports are of one day and give their times of day
	// (Article.Minute), so days holds the fraction of the day between them.
	clock bool
	parts bool // clock comes from the parts of the day the claims name
	// order is the second report's date minus the first's, in days, the
	// times of day counted on one day; both reports' dates are known when
	// ordered. Unlike days it ignores the times the claims state: two
	// tolls of "Monday's attack" were still given one after the other.
	order   float64
	ordered bool
}

// sameDay is how close two known dates must be to count as one moment.
const sameDay = 1.0

// certainty says how far a date from each source can be trusted.
var certainty = map[string]float64{"user": 1, "text": 0.9, sourceStated: 0.8, sourceInferred: 0.7}

// when returns the date a fact is taken at: its stated event time when
// precise to a month (fact.stated), else its article's date, zero when
// unknown. Pairs of facts ask for it millions of times.
func when(a *fact, arts []Article) timex.Date {
	if a.stated {
		return a.from
	}
	return arts[a.art].Date
}

// dateSource is where when's answer came from.
func dateSource(a *fact, arts []Article) string {
	switch {
	case a.stated:
		return sourceStated
	case arts[a.art].Date.IsZero():
		return ""
	}
	return articleSource(arts, a.art)
}

// articleSource is the date source of article i, defaulting to "text".
func articleSource(arts []Article, i int) string {
	if i < 0 || i >= len(arts) {
		return ""
	}
	if arts[i].Date.IsZero() {
		if arts[i].Year > 0 {
			return sourceYears
		}
		return ""
	}
	if arts[i].DateSource == "" {
		return "text"
	}
	return arts[i].DateSource
}

// yearOf returns the year of article i, known or estimated, and 0.
func yearOf(arts []Article, i int) int {
	if i < 0 || i >= len(arts) {
		return 0
	}
	if !arts[i].Date.IsZero() {
		return arts[i].Date.Year()
	}
	return arts[i].Year
}

// timeOf relates the dates of a and b.
func timeOf(a, b *fact, arts []Article) timing {
	t := timeApart(a, b, arts)
	if da, db := arts[a.art].Date, arts[b.art].Date; !da.IsZero() && !db.IsZero() {
		t.order, t.ordered = float64(db-da), true
		if ma, mb := arts[a.art].Minute, arts[b.art].Minute; ma > 0 && mb > 0 {
			t.order += float64(mb-ma) / (24 * 60)
		}
	}
	return t
}

// timeApart relates the dates of a and b, for timeOf.
func timeApart(a, b *fact, arts []Article) timing {
	ta, tb := when(a, arts), when(b, arts)
	if !ta.IsZero() && !tb.IsZero() {
		// A stated day is as sure as the article date it was resolved
		// against (fact.cert).
		d := float64(tb - ta)
		ma, mb := arts[a.art].Minute, arts[b.art].Minute
		if d == 0 && ma > 0 && mb > 0 && ta == arts[a.art].Date && tb == arts[b.art].Date {
			// "08:05" and "19:30" of one day, the day both counts are
			// as of: the later report may count more.
			return timing{known: true, days: float64(mb-ma) / (24 * 60), clock: true, cert: min(a.cert, b.cert)}
		}
		if d == 0 { // the parts of a day are read only for one day's two counts
			if ha, hb := hourStated(a, ta), hourStated(b, tb); ha > 0 && hb > 0 && ha != hb {
				// "on Wednesday morning" and "on Wednesday evening": the
				// parts of one day the counts are given for.
				return timing{known: true, days: float64(hb-ha) / 24, clock: true, parts: true, cert: min(a.cert, b.cert)}
			}
		}
		return timing{known: true, days: d, apart: math.Abs(d) > 365, cert: min(a.cert, b.cert)}
	}
	ya, yb := yearOf(arts, a.art), yearOf(arts, b.art)
	if d, ok := monthDayGap(arts[a.art], arts[b.art]); ok && a.art != b.art && !(ya > 0 && yb > 0 && (ya-yb >= 2 || yb-ya >= 2)) {
		// Two datelines of one year's days: "Nov 12" and "Nov 13".
		return timing{known: true, days: float64(d), guess: true, cert: 0.6}
	}
	if ya > 0 && yb > 0 {
		// Reports of one event (sameEventGroups) are of one time.
		one := arts[a.art].moment != 0 && arts[a.art].moment == arts[b.art].moment
		return timing{apart: !one && (ya-yb >= 2 || yb-ya >= 2), guess: true, cert: 0.5}
	}
	if ya == 0 && yb == 0 && a.art != b.art {
		// Two undated reports that name no year at all are news of one
		// week, ordered by the weekdays they name.
		if d := weekdayOffset(arts[a.art].days, arts[b.art].days); d != 0 {
			return timing{known: true, days: float64(d), guess: true, cert: 0.5}
		}
	}
	return timing{cert: 0.4}
}

// hourStated returns the hour of the part of day f's claim states for
// day, 0 when it states none: "on Wednesday morning" 9, "by Friday
// evening" 19. "Overnight" and "last night" straddle two days.
func hourStated(f *fact, day timex.Date) int {
	e := f.c.Time
	if e == nil || e.From != day || e.To-e.From != 1 {
		return 0
	}
	t := e.Text // asked for every pair of facts: no lower-cased copy, no concatenation
	for _, p := range dayParts {
		if n := len(t) - len(p.word); n > 0 && t[n-1] == ' ' && strings.EqualFold(t[n:], p.word) {
			return p.hour
		}
	}
	return 0
}

// dayParts are the parts of a day a time may name, with an hour in each.
var dayParts = [...]struct {
	word string
	hour int
}{{"morning", 9}, {"afternoon", 15}, {"evening", 19}, {"night", 22}}

// monthDayGap returns how many days after undated article a's dateline
// day b's falls, the nearer way round the year ("Dec 31" and "Jan 2" are
// two days apart); false unless both give one.
func monthDayGap(a, b Article) (int, bool) {
	if !a.Date.IsZero() || !b.Date.IsZero() || a.MonthDay == 0 || b.MonthDay == 0 {
		return 0, false
	}
	d := dayOfYear(b.MonthDay) - dayOfYear(a.MonthDay)
	switch {
	case d > 182:
		d -= 365
	case d < -182:
		d += 365
	}
	return d, true
}

// dayOfYear returns the day of a common year that month×100+day is.
func dayOfYear(md int) int {
	return int(timex.DateOf(2031, time.Month(md/100), md%100) - timex.DateOf(2031, time.January, 1))
}

// weekdayOffset returns how many days the report naming weekdays b comes
// after the one naming weekdays a (bit d for ISO weekday d), when both
// name the day of their event: undated reports that both tell Tuesday's
// hijacking, one of them also Thursday's storming, are two days apart.
// The event's day is the weekday both name from which all their weekdays
// fall within the fewest days; each report is as late as the latest
// weekday it names after it. 0 when they share no weekday, or one names
// none.
func weekdayOffset(a, b uint8) int {
	common := a & b
	if common == 0 || a == b {
		return 0
	}
	best, span := 0, 8
	for d := 1; d <= 7; d++ {
		if common&(1<<d) == 0 {
			continue
		}
		if s := max(lastAfter(a, d), lastAfter(b, d)); s < span {
			best, span = d, s
		}
	}
	return lastAfter(b, best) - lastAfter(a, best)
}

// lastAfter returns how many days after weekday base the last of weekdays
// w falls, within a week.
func lastAfter(w uint8, base int) int {
	n := 0
	for d := 1; d <= 7; d++ {
		if w&(1<<d) != 0 {
			n = max(n, (d-base+7)%7)
		}
	}
	return n
}

// dateLabel writes the date a fact is taken at for a relation, once per
// fact: a fact is in several relations and maybe the timeline.
func dateLabel(a *fact, arts []Article) (label, src string) {
	w := wordsOf(a)
	if !w.labelled {
		w.label, w.labelSrc = writeDate(a, arts)
		w.labelled = true
	}
	return w.label, w.labelSrc
}

// writeDate writes the date a fact is taken at.
func writeDate(a *fact, arts []Article) (label, src string) {
	if t := when(a, arts); !t.IsZero() {
		return t.String(), dateSource(a, arts)
	}
	if y := yearOf(arts, a.art); y > 0 {
		return "≥" + strconv.Itoa(y), sourceYears
	}
	return "", ""
}

// inferDates dates each undated article from its strongest corroboration
// of an event with a dated article: two reports of one offensive were
// written within days of each other. When the undated article names the
// weekday of the event and the dated one resolves it ("on Sunday", 16
// February), the undated article takes that day; otherwise it takes the
// dated article's date. Figures and standing situations are not used,
// since a toll or "the army holds the city" is repeated for weeks. It
// returns the new articles and whether any date was inferred.
//
// pairs are the relations' facts: claim IDs are unique in a report, so the
// claims a relation names are its facts' claims.
func inferDates(arts []Article, rels []Relation, pairs []pair) ([]Article, bool) {
	type pick struct {
		date  timex.Date
		basis string
		conf  float64
		key   string
	}
	best := map[int]pick{}
	for i, r := range rels {
		if r.Kind != Corroborates || r.Measure != "" || r.Confidence < 0.6 {
			continue
		}
		for side := range 2 {
			u, d := r.Articles[side], r.Articles[1-side]
			cu, cd := pairs[i].a.c, pairs[i].b.c
			if side == 1 {
				cu, cd = cd, cu
			}
			if u == d || cu == nil || cd == nil || !arts[u].Date.IsZero() || arts[d].Date.IsZero() ||
				arts[d].DateSource == sourceInferred || !classes[cd.Predicate].event {
				continue
			}
			if arts[u].Year > arts[d].Date.Year() {
				continue // the article mentions a later year than the date
			}
			p := pick{arts[d].Date, fmt.Sprintf("reports the same event as article %d", d+1), r.Confidence, ""}
			if day, ok := sameWeekday(cu, cd); ok {
				p.date, p.conf = day, p.conf+1 // a named day beats any corroboration without one
				p.basis = fmt.Sprintf("names the %s of the same event in article %d (%s)", day.Weekday(), d+1, day.String())
			}
			p.key = min(r.Claims[0], r.Claims[1]) + " " + max(r.Claims[0], r.Claims[1])
			if q, ok := best[u]; !ok || p.conf > q.conf || p.conf == q.conf && p.key < q.key {
				best[u] = p
			}
		}
	}
	if len(best) == 0 {
		return arts, false
	}
	out := append([]Article(nil), arts...)
	for u, p := range best {
		out[u].Date, out[u].DateSource, out[u].DateBasis, out[u].Year = p.date, sourceInferred, p.basis, 0
	}
	return out, true
}

// sameEventGroups puts undated articles that report one event in one
// group, whose articles timeOf then takes for one time whatever years
// they mention: the latest year an article mentions is only the earliest
// it can be from. One event is one predicate of change (a launch, an
// attack, a gain, an entry) by one actor on one named weekday ("launched
// this Wednesday a large-scale offensive", "began a lightning assault on
// Wednesday"), in articles that can be about one event (ev). It runs before the comparison, which it would otherwise
// have to repeat, and marks only groups whose years lie two or more
// apart: only there does it change timeOf's answers.
func sameEventGroups(arts []Article, facts []fact, ev *events) []Article {
	var reporting map[string][]int // event key → the articles reporting it
	for i := range facts {
		f := &facts[i]
		t := f.c.Time
		if !f.event || t == nil || t.Weekday == 0 || t.Since || f.c.Actor == "" || !arts[f.art].Date.IsZero() {
			continue
		}
		if reporting == nil {
			reporting = map[string][]int{}
		}
		key := f.c.Actor + "\x00" + string(f.c.Predicate) + "\x00" + strconv.Itoa(t.Weekday)
		if as := reporting[key]; len(as) == 0 || as[len(as)-1] != f.art { // facts come in article order
			reporting[key] = append(as, f.art)
		}
	}
	if reporting == nil {
		return arts // no undated event names its weekday: most analyses
	}
	group := newForest(len(arts))
	root := func(i int) int { return int(group.root(int32(i))) }
	// Every pair that can be about one event is joined, so that the
	// groups do not depend on the order of the articles.
	for _, as := range reporting {
		for x, a := range as {
			for _, b := range as[x+1:] {
				if ra, rb := root(a), root(b); ra != rb && ev.same(a, b) {
					group[rb] = int32(ra)
				}
			}
		}
	}
	lo, hi := make([]int, len(arts)), make([]int, len(arts))
	for i := range arts {
		r, y := root(i), yearOf(arts, i)
		if y > 0 && arts[i].Date.IsZero() {
			if lo[r] == 0 || y < lo[r] {
				lo[r] = y
			}
			hi[r] = max(hi[r], y)
		}
	}
	var out []Article
	for i := range arts {
		if r := root(i); hi[r]-lo[r] >= 2 {
			if out == nil {
				out = append([]Article(nil), arts...)
			}
			out[i].moment = r + 1
		}
	}
	if out == nil {
		return arts
	}
	return out
}

// sameWeekday returns the day of a dated claim's event when an undated
// claim names the same weekday without a date to resolve it against.
func sameWeekday(undated, dated *claim.Claim) (timex.Date, bool) {
	tu, td := undated.Time, dated.Time
	if tu == nil || td == nil || tu.Resolved() || !td.Resolved() || td.To-td.From > 1 {
		return 0, false
	}
	wd := strings.ToLower(td.From.Weekday().String())
	if !strings.Contains(strings.ToLower(tu.Text), wd) {
		return 0, false
	}
	return td.From, true
}
