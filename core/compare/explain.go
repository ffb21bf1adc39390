package compare

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/claim"
)

// explain writes the one-sentence explanation of relation r between a and
// b (a first), in words a student understands: who says what, when, and
// why that is a corroboration, a contradiction or an update.
func explain(a, b *fact, r Relation, arts []Article, opts Options) string {
	n := namer{opts.Names}
	va, vb := n.voice(a), n.voice(b)
	var s string
	switch r.Reason {
	case SameFigure, RisingFigure, LowerFigure, FigureConflict:
		s = explainFigure(a, b, r, va, vb, arts)
	case PossibleUpdate:
		s = explainPossible(a, b, va, vb, n, arts)
	case StateChange:
		s = fmt.Sprintf("%s says %s; %s, %s, says %s: the situation changed, an update rather than a contradiction",
			va, n.says(a), vb, gap(a, b, arts)+" later", n.says(b))
	case StateConflict:
		s = fmt.Sprintf("%s says %s while %s says %s%s: both cannot be true", va, n.says(a), vb, n.says(b), sameTime(a, b, arts))
	case OutcomeConflict:
		s = fmt.Sprintf("%s says %s, while %s says %s: two accounts of the same fighting that cannot both be true",
			va, n.says(a), vb, n.says(b))
	case ActorChange:
		s = fmt.Sprintf("%s says %s; %s, %s, says %s: the place changed hands, an update rather than a contradiction",
			va, n.says(a), vb, gap(a, b, arts)+" later", n.says(b))
	case ActorConflict:
		s = fmt.Sprintf("%s says %s, but %s names another actor for the same event: %s", va, n.says(a), vb, n.says(b))
	case Negation:
		s = fmt.Sprintf("%s says %s, but %s says it did not happen", va, n.says(a), vb)
	case SameState:
		if a.class == classRecord {
			s = fmt.Sprintf("%s says %s and %s says %s: both call it the worst of its kind since %d",
				va, quote(a.c.Text), vb, quote(b.c.Text), a.anchor)
			break
		}
		fallthrough
	default:
		s = fmt.Sprintf("%s and %s both report that %s", va, vb, n.says(a))
	}
	return capitalize(s) + "."
}

// explainFigure explains two figures of one measure.
func explainFigure(a, b *fact, r Relation, va, vb string, arts []Article) string {
	fa, fb := figure(a), figure(b)
	if a.unit != b.unit {
		return explainMixed(a, b, r, va, vb, arts)
	}
	switch r.Reason {
	case RisingFigure:
		return fmt.Sprintf("%s reports %s %s %s reported %s: a rising count, not a contradiction", vb, fb, gap(a, b, arts)+" after", va, bare(a))
	case LowerFigure:
		return fmt.Sprintf("%s reports %s %s %s reported %s: the count was revised down, or an older figure was used", vb, fb, gap(a, b, arts)+" after", va, bare(a))
	case FigureConflict:
		return fmt.Sprintf("%s reports %s and %s reports %s%s: both cannot be right", va, fa, vb, fb, sameTime(a, b, arts))
	}
	if fa == fb {
		return fmt.Sprintf("%s and %s give the same figure: %s", va, vb, fa)
	}
	return fmt.Sprintf("%s reports %s and %s reports %s: the figures can both be true", va, fa, vb, fb)
}

// explainMixed explains two counts of places taken in different units
// ("some 30 villages", "88 areas"), saying why the link is doubtful.
func explainMixed(a, b *fact, r Relation, va, vb string, arts []Article) string {
	when := " " + gap(a, b, arts) + " apart"
	if strings.HasPrefix(when, " the same day") {
		when = " on the same day"
	}
	units := fmt.Sprintf("the units differ (%s, %s), so they may count the same advance in two ways or different things",
		plural(a.unit), plural(b.unit))
	if r.Kind == Contradicts {
		return fmt.Sprintf("%s reports %s and %s reports %s%s: %s; if they count the same, they disagree",
			va, figure(a), vb, figure(b), when, units)
	}
	return fmt.Sprintf("%s reports %s and %s reports %s%s: %s; if they count the same, they agree",
		va, figure(a), vb, figure(b), when, units)
}

// explainPossible explains a difference that is probably an update, though
// the dates do not prove it.
func explainPossible(a, b *fact, va, vb string, n namer, arts []Article) string {
	why := "without dates this is most likely the same thing counted at different times"
	if ya, yb := yearOf(arts, a.art), yearOf(arts, b.art); ya > 0 && yb > 0 && ya != yb {
		why = fmt.Sprintf("the articles mention years up to %d and %d, so this is probably a change over time", ya, yb)
	}
	if a.class == classFigure {
		return fmt.Sprintf("%s reports %s and %s reports %s; %s, not a contradiction", va, figure(a), vb, figure(b), why)
	}
	return fmt.Sprintf("%s says %s and %s says %s; %s, not a contradiction", va, n.says(a), vb, n.says(b), why)
}

// namer names entities in explanations.
type namer struct{ names map[string]string }

// name returns a display name for an entity ID or words, "" when the ID
// has no known name.
func (n namer) name(s string, ents []string) string {
	if v, ok := n.names[s]; ok {
		return v
	}
	if slices.Contains(ents, s) {
		return ""
	}
	return s
}

// voice says who speaks: "article 2", or "the observatory (article 2)".
func (n namer) voice(f *fact) string {
	art := "article " + strconv.Itoa(f.art+1)
	if f.srcRaw == "" {
		return art
	}
	if s := n.name(f.srcRaw, f.c.Entities); s != "" {
		return s + " (" + art + ")"
	}
	return "a source quoted in " + art
}

// says words what a claim states: "the regime took control of Aleppo"
// when the actor and place have names, else the claim's own words, cut.
func (n namer) says(f *fact) string {
	c := f.c
	who := n.name(c.Actor, c.Entities)
	if c.Actor != "" && c.Actor == f.srcRaw {
		who = "it"
	}
	place := n.name(where(f), c.Entities)
	objWords := c.Object != "" && !slices.Contains(c.Entities, c.Object)
	if place == "" && objWords {
		place = c.Object // "repelled a major offensive"
	} else if place != "" && objWords && f.class == classControl && where(f) == c.Place {
		// "took several strategic points near the city of X": the
		// place is where the object lies, not what was taken.
		place = c.Object + " around " + place
	}
	what := verb(c.Predicate, objWords && (place == c.Object || f.class == classControl))
	if who == "" || place == "" || what == "" {
		return quote(c.Text)
	}
	if c.Negated {
		what = "did not " + strings.TrimSuffix(strings.TrimSuffix(what, "ed"), "d")
	}
	return who + " " + what + " " + place
}

// verb returns the phrase for predicate p before a place, or before an
// object in words when obj.
func verb(p claim.Predicate, obj bool) string {
	for _, r := range verbs {
		if r[0] == string(p) && len(r) > 1 {
			if obj && len(r) > 2 {
				return r[2]
			}
			return r[1]
		}
	}
	return ""
}

// quoteWords is how many words of a claim an explanation quotes.
const quoteWords = 14

// quote returns the first words of a claim's text in quotation marks.
func quote(text string) string {
	w := strings.Fields(text)
	cut := len(w) > quoteWords
	if cut {
		w = w[:quoteWords]
	}
	s := strings.TrimRight(strings.Join(w, " "), ".,;:")
	if cut {
		s += " …"
	}
	return "“" + s + "”"
}

// gap words the time between a and b: "two days", "four years later".
func gap(a, b *fact, arts []Article) string {
	t := timeOf(a, b, arts)
	if !t.known {
		return "at another time"
	}
	d := math.Abs(t.days)
	switch {
	case d < sameDay:
		return "the same day"
	case d < 45:
		return amount(int(math.Round(d)), "day")
	case d < 365:
		return amount(int(math.Round(d/30.4)), "month")
	}
	return amount(int(math.Round(d/365.25)), "year")
}

// sameTime adds "on the same day" when the dates prove it, or says the dates
// are unknown.
func sameTime(a, b *fact, arts []Article) string {
	if a.art == b.art {
		return ""
	}
	if t := timeOf(a, b, arts); t.known {
		return " on the same day"
	}
	return " (dates unknown)"
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// amount writes "two days", "one year", "14 days".
func amount(n int, unit string) string {
	w := strconv.Itoa(n)
	if n < len(numberWords) {
		w = numberWords[n]
	}
	if n != 1 {
		unit += "s"
	}
	return w + " " + unit
}

// figure writes a figure with what it counts: "at least 277 dead",
// "10,700 families displaced".
func figure(f *fact) string {
	noun := nounOf[f.measure]
	if f.unit != "" && f.unit != "person" {
		noun = plural(f.unit) + " " + noun
	}
	return bare(f) + " " + noun
}

// bare writes a figure with its bound: "at least 277", "between 20 and 30".
func bare(f *fact) string {
	q := f.c.Figure
	if t := strings.TrimSpace(q.Text); t != "" && strings.ContainsFunc(t, unicode.IsLetter) {
		// As written: "half a million", "dozens", "some 30".
		r, n := utf8.DecodeRuneInString(t)
		return string(unicode.ToLower(r)) + t[n:]
	}
	switch q.Bound {
	case "atLeast":
		return "at least " + num(q.Value)
	case "moreThan":
		return "more than " + num(q.Value)
	case "atMost":
		return "up to " + num(q.Value)
	case "lessThan":
		return "fewer than " + num(q.Value)
	case "about":
		return "about " + num(q.Value)
	case "range":
		if !math.IsInf(q.High, 1) {
			return "between " + num(q.Low) + " and " + num(q.High)
		}
	}
	return num(q.Value)
}

// num writes a number with thousands separators: 380000 → "380,000".
func num(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plural makes a unit plural: "family" → "families", "village" → "villages".
func plural(u string) string {
	switch {
	case strings.HasSuffix(u, "y") && !strings.HasSuffix(u, "ey"):
		return u[:len(u)-1] + "ies"
	case strings.HasSuffix(u, "s"), u == "km", u == "percent", u == "child":
		if u == "child" {
			return "children"
		}
		return u
	}
	return u + "s"
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
