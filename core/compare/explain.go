package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"github.com/crosscheck/crosscheck/core/lexicon"
	"github.com/crosscheck/crosscheck/core/quantity"
)

// explain writes the one-sentence explanation of relation r between a and
// b (a first), in words a student understands: who says what, when, and
// why that is a corroboration, a contradiction or an update.
func explain(a, b *fact, r Relation, arts []Article, opts Options) string {
	n := namer{opts.Names}
	va, vb := n.voice(a), n.voice(b)
	var s string
	if a.class == classBlame {
		return capitalize(explainBlame(a, b, r, n))
	}
	switch r.Reason {
	case SameFigure, RisingFigure, LowerFigure, FigureConflict:
		s = explainFigure(a, b, r, va, vb, arts)
	case PossibleUpdate:
		s = explainPossible(a, b, va, vb, n, arts)
	case StateChange:
		s = va + " says " + n.says(a) + "; " + vb + ", " + gap(a, b, arts) + " later, says " + n.says(b) + ": the situation changed, an update rather than a contradiction"
	case StateConflict:
		s = va + " says " + n.says(a) + " while " + vb + " says " + n.says(b) + sameTime(a, b, arts) + ": both cannot be true"
	case OutcomeConflict:
		s = va + " says " + n.says(a) + ", while " + vb + " says " + n.says(b) + ": two accounts of the same fighting that cannot both be true"
	case ActorChange:
		s = va + " says " + n.says(a) + "; " + vb + ", " + gap(a, b, arts) + " later, says " + n.says(b) + ": the place changed hands, an update rather than a contradiction"
	case ActorConflict:
		s = va + " says " + n.says(a) + ", but " + vb + " names another actor for the same event: " + n.says(b)
	case Negation:
		if a.class == classFigure {
			// "Meridian Tankers (article 1) reports no more than 700
			// tonnes spilled; article 2 says the figure is wrong".
			if a.c.Negated {
				a, b, va, vb = b, a, vb, va
			}
			s = va + " reports " + figure(a) + ", but " + vb + " says it was not " + bare(b)
			break
		}
		if a.c.Negated {
			s = vb + " says " + n.says(b) + ", but " + va + " says it did not happen"
			break
		}
		s = va + " says " + n.says(a) + ", but " + vb + " says it did not happen"
	case OneChange:
		s = va + " says " + n.says(a) + " and " + vb + " says " + n.says(b) + ": one change of hands, told from both sides"
	case SameTime:
		same := ": the same time of day ("
		if a.c.Clock.About || b.c.Clock.About {
			same = ": about the same time of day ("
		}
		s = va + " says " + quote(a.c.Text) + " and " + vb + " says " + quote(b.c.Text) + same + a.c.Clock.Text + ", " + b.c.Clock.Text + ")"
	case SameState:
		if a.class == classRecord {
			s = va + " says " + quote(a.c.Text) + " and " + vb + " says " + quote(b.c.Text) + ": both call it the worst of its kind since " + strconv.Itoa(anchor(a))
			break
		}
		fallthrough
	default:
		s = va + " and " + vb + " both report that " + n.says(a)
	}
	return capitalize(agree(agree(s, va), vb))
}

// explainBlame explains a relation between two accounts of who is behind
// an attack: "The army (article 1) blames the MAL, but the MAL (article 2)
// denies any role: the accounts of who is to blame disagree."
func explainBlame(a, b *fact, r Relation, n namer) string {
	if r.Reason == Negation {
		return blameWords(a, n) + ", but " + blameWords(b, n) + ": the accounts of who is to blame disagree"
	}
	return blameWords(a, n) + ", and " + blameWords(b, n) + ": the accounts agree"
}

// blameWords writes who says what of who is behind the attack: "the army
// (article 1) blames the MAL", "the MAL (article 2) denies any role", "the
// TOD (article 1) claims responsibility". Who speaks is who blames, else
// the source, else the party itself.
func blameWords(f *fact, n namer) string {
	c := f.c
	p := c.Actor
	if c.Predicate == claim.Blame {
		p = c.Object
	}
	party := n.name(p, c.Entities)
	if party == p {
		party = commonActor(party) // "the coastguard"
	}
	v := n.voice(f)
	if c.Actor != "" && (f.srcRaw == "" || c.Predicate == claim.Blame) {
		who := n.name(c.Actor, c.Entities)
		if who == c.Actor {
			who = commonActor(who)
		}
		v = who + " (article " + strconv.Itoa(f.art+1) + ")"
	}
	own := c.Predicate != claim.Blame && (c.Source == "" || c.Actor == c.Source)
	var s string
	switch {
	case c.Predicate == claim.Blame:
		s = v + " blames " + party
	case f.pol > 0 && own:
		s = v + " claims responsibility"
	case f.pol > 0:
		s = v + " says " + party + " was behind it"
	case own:
		s = v + " denies any role"
	default:
		s = v + " says " + party + " had no role"
	}
	return agree(s, v)
}

// agree puts the verbs after voice v in the plural when v names a group
// of people ("residents (article 1) say"); s is written in the singular.
func agree(s, v string) string {
	if !pluralVoice(v) {
		return s
	}
	if i := strings.Index(s, v+" says it "); i >= 0 {
		// "hijackers (article 3) say they killed"; not "say they controls"
		rest := s[i+len(v+" says it "):]
		if w, _, _ := strings.Cut(rest, " "); strings.HasSuffix(w, "ed") || pastVerbs[w] {
			s = s[:i] + v + " say they " + rest
		}
	}
	s = strings.ReplaceAll(s, v+" says ", v+" say ")
	s = strings.ReplaceAll(s, v+" reports ", v+" report ")
	if i := strings.Index(s, v+" report "); i >= 0 {
		// "monitors (article 3) report two dead and set it against", the
		// clause of v's own count: no other voice between
		if j := strings.Index(s[i:], " and sets it "); j >= 0 && !strings.Contains(s[i+len(v):i+j], "(article ") {
			k := i + j + len(" and set")
			s = s[:k] + s[k+1:]
		}
	}
	if i := strings.Index(s, v+", "); i >= 0 {
		// "residents (article 2), one day later, says"
		if j := strings.Index(s[i:], " later, says "); j >= 0 {
			k := i + j + len(" later, say")
			s = s[:k] + s[k+1:]
		}
	}
	return s
}

// pastVerbs are the irregular past tenses an explanation writes after
// "says it".
var pastVerbs = wordset.Of("took lost held shot fought won hit led")

// pluralVoice reports whether voice, "residents (article 1)", names a
// group of people by a plural noun of entity_nouns.txt; "Reuters (article
// 2)", a name, does not.
func pluralVoice(v string) bool {
	i := strings.LastIndex(v, " (article ")
	if i < 0 {
		return false
	}
	w := v[:i]
	if j := strings.LastIndexByte(w, ' '); j >= 0 {
		w = w[j+1:]
	}
	w = strings.ToLower(w) // the last word only: no copy when it is lower-case
	if !groupNouns[w] {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "police" || w == "people"
}

// commonActor writes an actor that is no entity, a noun phrase, as it
// reads mid-sentence: "Rebel fighters" (a sentence's first words) as
// "rebel fighters", and a singular noun with its article: "the army".
// Demonyms keep their capital: "Kurdish fighters".
func commonActor(a string) string {
	first, rest, _ := strings.Cut(a, " ")
	last := first
	if i := strings.LastIndexByte(a, ' '); i >= 0 {
		last = a[i+1:]
	}
	lo := strings.ToLower(last)
	possessive := strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s") // "Ukraine's General Staff" is a name's
	named := strings.ContainsFunc(rest, unicode.IsUpper)                           // "Kelari State police": a name's words before the noun
	if groupNouns[lo] && !demonyms[first] && !possessive && !named && len(first) > 1 && first[0] >= 'A' && first[0] <= 'Z' && first[1] >= 'a' && first[1] <= 'z' {
		first = string(first[0]+'a'-'A') + first[1:]
		a = first
		if rest != "" {
			a += " " + rest
		}
	}
	if a != "" && a[0] >= 'a' && a[0] <= 'z' && !strings.HasSuffix(lo, "s") && !determiners[strings.ToLower(first)] {
		return "the " + a // "army", "police"
	}
	return a
}

// determiners open a noun phrase that needs no article: "the army", "its
// army", "he", "some police".
var determiners = wordset.Of("the a an this that these those his her its their our my your he she it they we some any each every no")

// demonyms are the words of origin of demonyms_en.tsv, as written.
var demonyms = lexicon.Set("demonyms_en.tsv")

// groupNouns are the generic nouns for people of entity_nouns.txt.
var groupNouns = lexicon.Set("entity_nouns.txt")

// explainFigure explains two figures of one measure.
func explainFigure(a, b *fact, r Relation, va, vb string, arts []Article) string {
	fa, fb := figure(a), figure(b)
	if mixedUnits(a, b) {
		return explainMixed(a, b, r, va, vb, arts)
	}
	was := bare(a)
	if a.k != b.k {
		was = fa // "about 7,900 acres burned", against hectares
	}
	switch r.Reason {
	case RisingFigure:
		return vb + " reports " + fb + " " + gap(a, b, arts) + " after " + va + " reported " + was + ": a rising count, not a contradiction"
	case LowerFigure:
		return vb + " reports " + fb + " " + gap(a, b, arts) + " after " + va + " reported " + was + ": the count was revised down, or an older figure was used"
	case FigureConflict:
		if isFixed(a, b) {
			why := "a figure of this kind does not change as reports come in"
			if fixedMeasures[a.measure] == "day" {
				why = "both count what happened on the same day"
			}
			return va + " reports " + fa + " and " + vb + " reports " + fb + ": " + why + ", so the two accounts disagree"
		}
		if a.c.Disputes != b.c.Disputes && (a.c.Against == 0 && b.c.Against == 0 || setAgainst(a, b)) {
			// "at least 87 dead, a far higher figure than the toll given
			// by local authorities": the article says they disagree.
			if a.c.Disputes {
				va, fa, vb, fb = vb, fb, va, fa
			}
			return va + " reports " + fa + "; " + vb + " reports " + fb + " and sets it against another source's count: the two accounts disagree"
		}
		if overlap(a, b) {
			// "at least 14" and "17": a bound allows the other count.
			return va + " reports " + fa + " and " + vb + " reports " + fb + sameTime(a, b, arts) + ": the counts differ, though neither rules the other out"
		}
		return va + " reports " + fa + " and " + vb + " reports " + fb + sameTime(a, b, arts) + ": both cannot be right"
	}
	if fa == fb {
		return va + " and " + vb + " give the same figure: " + fa
	}
	return va + " reports " + fa + " and " + vb + " reports " + fb + ": the figures can both be true"
}

// explainMixed explains two counts of places taken in different units
// ("some 30 villages", "88 areas"), saying why the link is doubtful.
func explainMixed(a, b *fact, r Relation, va, vb string, arts []Article) string {
	when := " " + gap(a, b, arts) + " apart"
	if strings.HasPrefix(when, " the same day") {
		when = " on the same day"
	}
	units := "the units differ (" + plural(a.unit) + ", " + plural(b.unit) + "), so they may count the same advance in two ways or different things"
	if r.Kind == Contradicts {
		return va + " reports " + figure(a) + " and " + vb + " reports " + figure(b) + when + ": " + units + "; if they count the same, they disagree"
	}
	return va + " reports " + figure(a) + " and " + vb + " reports " + figure(b) + when + ": " + units + "; if they count the same, they agree"
}

// explainPossible explains a difference that is probably an update, though
// the dates do not prove it.
func explainPossible(a, b *fact, va, vb string, n namer, arts []Article) string {
	why := "without dates this is most likely the same thing counted at different times"
	if ya, yb := yearOf(arts, a.art), yearOf(arts, b.art); ya > 0 && yb > 0 && ya != yb {
		why = "the articles mention years up to " + strconv.Itoa(ya) + " and " + strconv.Itoa(yb) + ", so this is probably a change over time"
	}
	if a.class == classFigure {
		return va + " reports " + figure(a) + " and " + vb + " reports " + figure(b) + "; " + why + ", not a contradiction"
	}
	return va + " says " + n.says(a) + " and " + vb + " says " + n.says(b) + "; " + why + ", not a contradiction"
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
// A fact is in several relations: its words are written once.
func (n namer) voice(f *fact) string {
	w := wordsOf(f)
	if w.voice == "" {
		w.voice = n.writeVoice(f)
	}
	return w.voice
}

// writeVoice writes voice's answer.
func (n namer) writeVoice(f *fact) string {
	art := "article " + strconv.Itoa(f.art+1)
	if f.srcRaw == "" {
		return art
	}
	if s := n.name(f.srcRaw, f.c.Entities); s != "" {
		if s == f.srcRaw {
			s = commonActor(s) // "the spokesman (article 1)"
		}
		if who := n.names[f.c.Speaker]; who != "" && f.c.Speaker != f.srcRaw {
			if strings.Contains(s, " ") && !strings.HasPrefix(s, "the ") {
				s = "the " + s // a body's name of several words: "the National Disaster Management Office"
			}
			s = who + " of " + s // "Petra Halloran of the relief council (article 1)"
		}
		return s + " (" + art + ")"
	}
	return "a source quoted in " + art
}

// says words what a claim states: "the regime took control of Aleppo"
// when the actor and place have names, else the claim's own words, cut.
// Once per fact, as voice.
func (n namer) says(f *fact) string {
	w := wordsOf(f)
	if w.says == "" {
		w.says = n.writeSays(f)
	}
	return w.says
}

// writeSays writes says's answer, never "".
func (n namer) writeSays(f *fact) string {
	c := f.c
	if f.class == classFate && c.Actor == "" {
		// "Khalid Marrouni was among the gunmen killed": what befell whom
		switch c.Predicate {
		case claim.Kill:
			return n.name(c.Object, c.Entities) + " was killed"
		case claim.Capture:
			return n.name(c.Object, c.Entities) + " was captured"
		case claim.Injure:
			return n.name(c.Object, c.Entities) + " was injured"
		}
	}
	who := n.name(c.Actor, c.Entities)
	if c.Actor != "" && c.Actor == f.srcRaw {
		who = "it"
	} else if who == c.Actor {
		who = commonActor(who)
	}
	place := n.name(where(f), c.Entities)
	objWords := c.Object != "" && !slices.Contains(c.Entities, c.Object)
	if f.site != "" {
		place = "the " + c.Object // "the airport of Vessgrad"
		if town := n.name(c.Place, c.Entities); town != "" {
			place += " of " + town
		}
	}
	if place == "" && objWords {
		place = c.Object // "repelled a major offensive"
	} else if place != "" && objWords && f.class == classControl && where(f) == c.Place {
		// "took several strategic points near the city of X": the
		// place is where the object lies, not what was taken.
		place = c.Object + " around " + place
	}
	what := verb(c.Predicate, objWords && (place == c.Object || f.class == classControl), c.Negated)
	if who == "" || place == "" || what == "" {
		return quote(c.Text)
	}
	if pluralNoun(who) {
		what = pluralVerb(what) // "mutineers control", not "mutineers controls"
	}
	return who + " " + what + " " + place
}

// pluralNoun reports whether a noun phrase written in lower case ends in
// a plural ("mutineers", "government forces"); a name ("United States")
// is left as it is.
func pluralNoun(p string) bool {
	w := p[strings.LastIndexByte(p, ' ')+1:]
	if len(w) <= 3 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	// "gunmen", "militiamen", "people", "police" have no -s.
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "men") || w == "people" || w == "police" || w == "children"
}

// pluralVerb writes a verb phrase of compare_verbs.tsv in the present for
// a plural subject: "controls" → "control", "does not" → "do not".
func pluralVerb(v string) string {
	if rest, ok := strings.CutPrefix(v, "does not "); ok {
		return "do not " + rest
	}
	if first, rest, _ := strings.Cut(v, " "); first == "controls" {
		return strings.TrimSpace("control " + rest)
	}
	return v
}

// verb returns the phrase for predicate p before a place, or before an
// object in words when obj, negated when neg (compare_verbs.tsv).
func verb(p claim.Predicate, obj, neg bool) string {
	for _, r := range verbs {
		if r[0] != string(p) || len(r) < 3 {
			continue
		}
		i := 1
		if obj && len(r) > 4 {
			i = 3
		}
		if neg {
			i++
		}
		return r[i]
	}
	return ""
}

// quoteWords is how many words of a claim an explanation quotes.
const quoteWords = 14

// quote returns the first words of a claim's text in quotation marks,
// joined by single spaces, trailing punctuation dropped: as
// strings.Fields, Join and TrimRight would give, in one buffer.
func quote(text string) string {
	b := make([]byte, 0, len(text)+len("“ …”"))
	b = append(b, "“"...)
	words, cut := 0, false
	for i := 0; i < len(text); {
		if r, n := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		if words == quoteWords {
			cut = true
			break
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if words > 0 {
			b = append(b, ' ')
		}
		b = append(b, text[i:j]...)
		words++
		i = j
	}
	for len(b) > len("“") && strings.IndexByte(".,;:", b[len(b)-1]) >= 0 {
		b = b[:len(b)-1]
	}
	if cut {
		b = append(b, " …"...)
	}
	return string(append(b, "”"...))
}

// gap words the time between a and b: "two days", "four years later".
func gap(a, b *fact, arts []Article) string {
	t := timeOf(a, b, arts)
	if !t.known {
		return "at another time"
	}
	d := math.Abs(t.days)
	switch {
	case t.parts:
		return "hours" // "morning" and "evening": no more precise than that
	case t.clock && d*24 >= 1:
		return amount(int(math.Round(d*24)), "hour") // "11 hours", by the times the reports give
	case d < sameDay:
		return "the same day"
	case t.guess:
		return amount(int(math.Round(d)), "day") + " (going by the days the two name)"
	case d < 45:
		return amount(int(math.Round(d)), "day")
	case d < 365:
		return amount(int(math.Round(d/30.4)), "month")
	}
	return amount(int(math.Round(d/365.25)), "year")
}

// sameTime adds "on the same day" when the dates prove it, names the
// stretch of years both figures count over, or says the dates
// are unknown.
func sameTime(a, b *fact, arts []Article) string {
	if a.art == b.art {
		return ""
	}
	if a.period && a.c.Time != nil {
		return " for the same period (" + a.c.Time.Text + ")"
	}
	if a.stated && b.stated && a.span > 1 && a.c.Time != nil {
		return " for the same time (" + strings.TrimPrefix(a.c.Time.Text, "since ") + ")" // "the deadliest since October 2029, when ..."
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
	noun, b := nounOf[f.measure], bare(f)
	if noun == "" {
		noun = f.measure // a participle of the text: "malnourished"
	}
	unit, per, _ := strings.Cut(f.unit, ratePer)
	if f.k != 1 {
		unit = f.c.Figure.Unit // "some 7,900 acres", compared as hectares
	}
	if unit != "" && unit != "person" && !unitWritten(b, unit) {
		if q := f.c.Figure; q.Value == 1 && q.Bound == quantity.Exact {
			noun = unit + " " + noun // "one fighter dead"
		} else {
			noun = plural(unit) + " " + noun
		}
	}
	if before, after, ok := strings.Cut(noun, "_"); ok {
		return before + b + after // "magnitude 6.4"
	}
	if per != "" {
		return b + " " + noun + " a " + per // "about 2,000 displaced a day"
	}
	return b + " " + noun
}

// unitWritten reports whether a figure as written, b, ends with its unit,
// or writes a currency's sign: "51.2 percent", "70 per cent", "200 km2",
// "$9 million".
func unitWritten(b, unit string) bool {
	if strings.ContainsAny(b, "$€£¥") {
		return true // "$9 million", "£7.1m": the sign is the unit
	}
	if c, ok := before(b, unit); ok && (c == ' ' || c >= '0' && c <= '9') {
		return true // "70 cm", "some 310mm"
	}
	if c, ok := before(b, plural(unit)); ok && c == ' ' {
		return true
	}
	c, ok := before(b, "per cent")
	return unit == "percent" && ok && c == ' '
}

// before returns the byte before w when b ends with w in any case, so
// that unitWritten needs no lower-cased copy of b nor " "+w: explanations
// ask it twice per relation.
func before(b, w string) (byte, bool) {
	n := len(b) - len(w)
	if n < 1 || !strings.EqualFold(b[n:], w) {
		return 0, false
	}
	return b[n-1], true
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
	case u == "child":
		return "children"
	case strings.HasSuffix(u, "ch"), strings.HasSuffix(u, "sh"):
		return u + "es" // "inches", "churches"
	case strings.HasSuffix(u, "man"):
		return u[:len(u)-2] + "en" // "men", "fishermen"
	case strings.HasSuffix(u, "s"), len(u) <= 2, u == "percent", u == "km/h", u == "mph", u == "km2", // "km", "cm", "mm"
		u == "aircraft", u == "crew", u == "yen", u == "yuan": // nouns whose plural is the same word
		return u
	}
	return u + "s"
}

// capitalize upper-cases the first letter of s and ends it with a full
// stop, in one allocation.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:] + "."
}
