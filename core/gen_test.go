package core_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/core"
)

// genEvent is one fictional news event that many generated articles report,
// so that their claims overlap: the same figure (corroborates), a different
// one on the same day (contradicts), a larger one days later (updates).
type genEvent struct {
	day    time.Time         // the day it happened
	fields map[string]string // {place}, {actor}, ... filled into the templates
	tolls  []int             // base figures for {n0}, {n1}, {n2}
	lines  []string          // sentence templates, one or more per paragraph
	titles []string
}

// genEvents are invented places, people and bodies; nothing is taken from
// real articles.
var genEvents = []genEvent{
	{
		day: time.Date(2031, 3, 9, 0, 0, 0, 0, time.UTC),
		fields: map[string]string{
			"place": "Korvath province", "town": "Elmsbridge", "river": "River Tamsel",
			"actor": "the Regional Emergency Agency", "acr": "REA", "person": "Governor Lena Marsh",
			"group": "the Korvath Red Cross",
		},
		tolls: []int{23, 4500, 800},
		titles: []string{
			"Floods in {place} kill {n0} as the {river} bursts its banks",
			"{town} under water after record rain, {n1} displaced",
		},
		lines: []string{
			"At least {n0} people were killed when the {river} burst its banks in {place} on {weekday}, {actor} said.",
			"More than {n1} residents of {town} have been displaced, according to {group}.",
			"{person} said {n2} homes had been destroyed and called for federal help.",
			"The {acr} warned that the death toll could rise as rescuers reach outlying villages.",
			"Rescue teams pulled {n3} survivors from flooded houses overnight, officials said.",
			"Schools in {town} will stay closed until {date}, the governor's office announced.",
			"The {acr} said {n0} bodies had been recovered by {weekday} evening.",
			"Rainfall of {n4} millimetres was recorded in {n5} hours, the weather service reported.",
		},
	},
	{
		day: time.Date(2031, 5, 17, 0, 0, 0, 0, time.UTC),
		fields: map[string]string{
			"place": "the Dravik valley", "town": "Dravik", "river": "Ostra pass",
			"actor": "the Northern Alliance", "acr": "NA", "person": "General Tomas Ruel",
			"group": "the Free Coast Militia",
		},
		tolls: []int{140, 12, 3000},
		titles: []string{
			"{actor} takes {town} after a week of fighting",
			"{group} withdraws from {town}; {n0} reported dead",
		},
		lines: []string{
			"{actor} took control of {town} on {weekday} after {group} withdrew from the {river}, a spokesman said.",
			"At least {n0} fighters were killed in the battle for {place}, according to the Valley Monitor for Human Rights.",
			"The {acr} said its forces had captured {n1} villages around {town} since {date}.",
			"{person} announced that {n2} civilians had fled towards the coast.",
			"{group} denied losing {town} and said its units still held the {river}.",
			"About {n3} prisoners were taken, the Valley Monitor reported on {weekday}.",
			"Aid groups said {n4} families were sheltering in schools in {place}.",
			"The fighting was the heaviest in {place} since {year}, residents said.",
		},
	},
	{
		day: time.Date(2031, 8, 2, 0, 0, 0, 0, time.UTC),
		fields: map[string]string{
			"place": "Port Haleth", "town": "the Eastquay district", "river": "Haleth Chemicals plant",
			"actor": "the city fire service", "acr": "HFS", "person": "Mayor Ines Varga",
			"group": "the dockworkers' union",
		},
		tolls: []int{9, 31, 200},
		titles: []string{
			"Fire at {river} in {place} kills {n0}",
			"{n1} injured in {town} blaze; {group} demands inquiry",
		},
		lines: []string{
			"Nine people died and {n1} were injured when fire swept through the {river} in {place} on {weekday}, {actor} said.",
			"The death toll rose to {n0} on {weekday}, according to the regional health office.",
			"{person} said about {n2} workers had been evacuated from {town}.",
			"{group} called for an independent inquiry into safety at the {river}.",
			"Firefighters brought the blaze under control after {n3} hours, the {acr} said.",
			"Police arrested {n4} managers of the plant on {date}, prosecutors said.",
			"The plant employs {n5} people and had been inspected in {year}, the company said.",
		},
	},
	{
		day: time.Date(2032, 1, 21, 0, 0, 0, 0, time.UTC),
		fields: map[string]string{
			"place": "the capital, Vessa", "town": "Vessa", "river": "Liberty Square",
			"actor": "the interior ministry", "acr": "FTU", "person": "Prime Minister Arno Keld",
			"group": "the Federation of Transport Unions",
		},
		tolls: []int{20000, 150, 35},
		titles: []string{
			"{n0} march in {town} against fuel prices",
			"Police arrest {n1} as protests fill {river}",
		},
		lines: []string{
			"Some {n0} people marched through {place} on {weekday}, according to {actor}.",
			"The organisers, {group}, put the crowd at more than {n6}.",
			"Police arrested {n1} protesters near {river}, {actor} said.",
			"At least {n2} officers were injured in clashes, the police union said.",
			"{person} said the fuel tax would not be withdrawn and urged calm.",
			"The {acr} announced a general strike from {date}.",
			"Protests were also reported in {n3} other cities, state radio said on {weekday}.",
		},
	},
	{
		day: time.Date(2032, 10, 11, 0, 0, 0, 0, time.UTC),
		fields: map[string]string{
			"place": "Oruna island", "town": "Belcastro", "river": "the Oruna fault",
			"actor": "the National Seismic Institute", "acr": "NSI", "person": "President Mara Sotz",
			"group": "the Civil Protection Office",
		},
		tolls: []int{310, 1200, 14000},
		titles: []string{
			"Earthquake on {place} kills {n0}",
			"Magnitude 6.4 quake hits {town}; {n1} hurt",
		},
		lines: []string{
			"A magnitude 6.4 earthquake struck {place} on {weekday}, killing at least {n0} people, {actor} said.",
			"More than {n1} people were injured, according to {group}.",
			"{person} declared three days of national mourning and said {n2} buildings had collapsed.",
			"The {acr} recorded {n3} aftershocks in the first {n5} hours.",
			"The quake was the strongest on {place} since {year}, the institute said.",
			"Officials said the toll could rise to {n4} as teams search the rubble in {town}.",
			"Rescuers from {n3} countries arrived in {town} on {date}.",
		},
	},
}

// genCommon are sentences any event's report may carry: quotes, context,
// reactions, so articles reach the 2-5 KB of real news copy.
var genCommon = []string{
	"\"We have lost everything,\" said {resident}, a resident of {town}, standing outside what was left of her home.",
	"{person} is expected to visit {town} on {date} to meet local officials.",
	"The United Nations said it was ready to send help and urged all sides to let aid through.",
	"Neighbouring countries offered assistance, and {n3} aid lorries were waiting at the border, officials said.",
	"Local television showed images of damaged roads and crowds gathered outside the main hospital in {town}.",
	"It was not immediately possible to verify the figures independently.",
	"{actor} said it would publish a full report within {n5} days.",
	"Opposition leaders accused the authorities of being slow to respond, a charge {person} rejected.",
}

// genResidents are invented residents quoted by the generated articles.
var genResidents = []string{"Hanna Ostrov", "Beatriz Lune", "Karin Velde", "Noor Atallah"}

// genOutlets are invented outlets that sign the generated articles.
var genOutlets = []string{"Harbor Herald", "Meridian Wire", "Coastline Press", "Daily Lantern", "Northgate Times", "Valley Courier"}

// genReporters are invented bylines.
var genReporters = []string{"Ada Penrose", "Jonas Hale", "Mira Okonte", "Leo Varnes", "Sana Delric", "Piet Moravec"}

// genArticles returns n fictional news articles about genEvents, the same
// for the same n. Every seventh is HTML with navigation and a script, so the
// cleaner works too; the others are plain text with page clutter around the
// body.
func genArticles(n int) []core.Article {
	out := make([]core.Article, n)
	for i := range out {
		out[i] = genArticle(i)
	}
	return out
}

// genArticle is article i of genArticles.
func genArticle(i int) core.Article {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	ev := genEvents[i%len(genEvents)]
	lag := r.IntN(6)
	date := ev.day.AddDate(0, 0, lag)
	f := genFields(r, ev, lag)
	title := genFill(ev.titles[r.IntN(len(ev.titles))], f)
	outlet := genOutlets[r.IntN(len(genOutlets))]
	body := genBody(r, ev, f)
	a := core.Article{Name: fmt.Sprintf("gen-%04d.txt", i), Date: date.Format("2006-01-02"), Source: outlet}
	if i%7 == 6 {
		a.Name = fmt.Sprintf("gen-%04d.html", i)
		a.Text = genHTML(title, outlet, genReporters[r.IntN(len(genReporters))], date, body)
		return a
	}
	a.Text = genText(title, outlet, genReporters[r.IntN(len(genReporters))], date, body)
	return a
}

// genFields fills the templates' figures: mostly the event's base figure,
// sometimes another one (a contradiction), and larger when the article is
// written days later (an update).
func genFields(r *rand.Rand, ev genEvent, lag int) map[string]string {
	f := make(map[string]string, len(ev.fields)+12)
	for k, v := range ev.fields {
		f[k] = v
	}
	for j, base := range ev.tolls {
		v := base
		switch x := r.IntN(10); {
		case x < 2:
			v = base + base*(1+r.IntN(4))/10 // another count
		case lag >= 3:
			v = base + base*lag/8 // a later, higher count
		}
		f[fmt.Sprintf("{n%d}", j)] = genNumber(v)
	}
	f["{n3}"] = genNumber(3 + r.IntN(40))
	f["{n4}"] = genNumber(10 + r.IntN(400))
	f["{n5}"] = genNumber(6 + r.IntN(66))
	f["{n6}"] = genNumber(ev.tolls[0] * 2)
	f["{resident}"] = genResidents[r.IntN(len(genResidents))]
	f["{weekday}"] = ev.day.Weekday().String()
	f["{date}"] = ev.day.AddDate(0, 0, 7+r.IntN(20)).Format("2 January")
	f["{year}"] = fmt.Sprint(ev.day.Year() - 5 - r.IntN(30))
	return f
}

// genNumber writes v with thousands separators, as news copy does.
func genNumber(v int) string {
	s := fmt.Sprint(v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// genFill replaces every {key} in tpl; ev.fields keys are bare, figures
// and dates carry their braces.
func genFill(tpl string, f map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			break
		}
		j := strings.IndexByte(tpl[i:], '}')
		b.WriteString(tpl[:i])
		key := tpl[i : i+j+1]
		v, ok := f[key]
		if !ok {
			v = f[key[1:len(key)-1]]
		}
		b.WriteString(v)
		tpl = tpl[i+j+1:]
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// genBody returns the article's paragraphs: the event's templates shuffled,
// some left out, some paragraphs with two sentences.
func genBody(r *rand.Rand, ev genEvent, f map[string]string) []string {
	lines := append(append([]string(nil), ev.lines...), genCommon...)
	idx := r.Perm(len(lines))
	keep := len(idx) - 2 - r.IntN(4)
	var paras []string
	for k := 0; k < keep; k++ {
		p := genFill(lines[idx[k]], f)
		if k+1 < keep && r.IntN(3) == 0 {
			k++
			p += " " + genFill(lines[idx[k]], f)
		}
		paras = append(paras, p)
	}
	return paras
}

// genText lays out a plain-text page as copied from a browser: menu lines,
// title, byline, date, body, then a footer.
func genText(title, outlet, reporter string, date time.Time, body []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nHome\nWorld\nBusiness\nSport\nSubscribe\n\n%s\n\nBy %s\n%s\n\n", outlet, title, reporter, date.Format("2 January 2006"))
	for _, p := range body {
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	fmt.Fprintf(&b, "Share this article\nRead more\nSign up for our newsletter\n© %d %s. All rights reserved.\n", date.Year(), outlet)
	return b.String()
}

// genHTML lays out the same page as HTML, with a script whose text must
// never reach the cleaned article.
func genHTML(title, outlet, reporter string, date time.Time, body []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s - %s</title><script>var tracker = \"GEN-SCRIPT-MARKER\"; window.ads = [];</script></head><body>", title, outlet)
	b.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1><p class=\"byline\">By %s</p><time datetime=\"%s\">%s</time>", title, reporter, date.Format("2006-01-02"), date.Format("2 January 2006"))
	for _, p := range body {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	fmt.Fprintf(&b, "</article><footer><p>© %d %s</p><a href=\"/subscribe\">Subscribe</a></footer></body></html>", date.Year(), outlet)
	return b.String()
}

// TestGenArticles checks that the generator is deterministic and varied, so
// the scaling benchmarks measure the same work on every run.
func TestGenArticles(t *testing.T) {
	a, b := genArticles(40), genArticles(40)
	seen := map[string]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("genArticles(40)[%d] differs between calls", i)
		}
		if strings.Contains(a[i].Text, "{") {
			t.Errorf("genArticles(40)[%d] has an unfilled placeholder: %q", i, a[i].Text)
		}
		seen[a[i].Text] = true
	}
	if len(seen) != len(a) {
		t.Errorf("genArticles(40): %d distinct texts, want %d", len(seen), len(a))
	}
	if !strings.HasPrefix(a[6].Text, "<!doctype html>") {
		t.Errorf("genArticles(40)[6] is not HTML: %.40q", a[6].Text)
	}
}
