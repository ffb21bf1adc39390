package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/timex"
)

// cand is a possible relation between facts a and b (indexes in the facts
// slice), before selection.
type cand struct {
	conf   float64
	score  float64 // conf plus how well the two match, for picking the best
	dt     int64   // how far apart the two reports are in time (fact.pub)
	a, b   int32
	dp     int32 // how far apart they are in date order (fact.pos)
	lo, hi int32 // the two facts' content ranks, lower first: ties by content
	kind   relKind
	reason relReason
}

// relKind is a Kind as a number: candidates are many, and counted by kind.
type relKind uint8

const (
	kindCorroborates relKind = iota
	kindContradicts
	kindUpdates
)

// kindNames are the Kinds by relKind.
var kindNames = [...]Kind{Corroborates, Contradicts, Updates}

// relReason is a Reason as a number, as relKind.
type relReason uint8

const (
	reasonSameFigure relReason = iota
	reasonRisingFigure
	reasonLowerFigure
	reasonPossibleUpdate
	reasonFigureConflict
	reasonSameState
	reasonStateChange
	reasonStateConflict
	reasonOutcomeConflict
	reasonActorConflict
	reasonActorChange
	reasonNegation
	reasonOneChange
	reasonSameTime
)

// reasonNames are the Reasons by relReason.
var reasonNames = [...]Reason{SameFigure, RisingFigure, LowerFigure, PossibleUpdate, FigureConflict, SameState,
	StateChange, StateConflict, OutcomeConflict, ActorConflict, ActorChange, Negation, OneChange, SameTime}

// Limits on time, in days.
const (
	sameEventDays = 60 // one event's toll is reported for weeks, not months
	closeDays     = 3  // two accounts of one battle are days apart at most
)

// lowConfidence is the confidence under which a relation is marked low.
const lowConfidence = 0.5

// decide relates facts a and b, or reports false when they are not about
// the same thing or cannot be told apart.
func decide(a, b *fact, arts []Article) (cand, bool) {
	if a.art == b.art && (a.source == b.source || a.class == classFigure && (spansOverlap(a, b) && !twoVoices(a, b) || fixedMeasures[a.measure] == "many")) {
		// One voice does not contradict itself, and a figure is never
		// compared with a part of it in the same sentence ("75 killed,
		// including 37 soldiers"), unless two named voices give the two
		// ("the ministry put the toll at 27, while the brigade said 31").
		// Counts an article gives many of (cases) are of many things.
		return cand{}, false
	}
	if a.c.Subset && b.c.Subset && a.art != b.art && (a.unit == "" || a.unit == "person") {
		// "twelve of them" were brought ashore by one boat, "nine of the
		// survivors" left hospital: parts of people are told apart by
		// their sentences, not by their counts.
		return cand{}, false
	}
	cross := a.class != b.class
	if cross && !meetsControl(a) && !meetsControl(b) || placeConflict(a, b) || periodsApart(a, b) {
		return cand{}, false
	}
	oa, ob := a.owner, b.owner
	if oa != ob && oa != "" && ob != "" {
		// "Three Tarvanian soldiers were killed", "12 Lusavian soldiers
		// were wounded": two sides' dead are two counts.
		return cand{}, false
	}
	n := shared(a.topics, b.topics)
	if n == 0 && oa != "" && oa == ob {
		n = 1 // "killed at least 14 Lusavian soldiers" and "four Lusavian soldiers were killed"
	}
	if n == 0 && a.art != b.art && (namesSource(a, b) || namesSource(b, a)) {
		n = 1 // "a toll that matches the one published by the NDMO" and the NDMO's toll
	}
	if n == 0 && a.art == b.art && ownTopics(a) && ownTopics(b) {
		// One article's two counts in sentences naming different places
		// or things ("more than 180 detentions in the capital", "in the
		// port city of Velan, 15 were detained") are two counts.
		return cand{}, false
	}
	if n == 0 && a.art != b.art && (a.class != classFigure || ownTopics(a) && ownTopics(b) && fixedMeasures[a.measure] != "event" && !crossNamed(a, b, arts) && !sameCount(a, b) && !deniedCount(a, b) && !setAgainst(a, b) && !leadsMeet(a, b, arts) && !tollsMeet(a, b)) {
		// Nothing in common: other events. A toll sentence naming nothing
		// ("at least 90 deaths") may still count the same dead; two naming
		// different things ("a bombing in Kessel", "the assault on
		// Norvale") do not, unless what they measure is one of its event
		// (a quake's magnitude, named by the town or by the region), or
		// each sentence names only what the other's article names too:
		// one story told at two scales ("floods in northern Calvoria"
		// and "bodies found in Ostrel"), or one sets its figure against
		// the other's by value ("five had died, not seven as the mission
		// had announced"), or both are their articles' lead counts and
		// one names a thing the other's article names ("At least 12
		// people were killed ... on Lake Tovanyi", "The death toll rose
		// to 27 ... the hull of the Belen Star").
		return cand{}, false
	}
	t := timeOf(a, b, arts)
	if a.art == b.art && (!a.stated && !b.stated || !t.known) || a.period {
		// One article speaks of one time, unless it states another day
		// for one of the two ("late on Monday, the governor put the
		// toll at 31"); and two counts of one stated stretch of years
		// ("the 14th century") count one thing, however far apart their
		// articles are: the figure cannot have risen.
		t = timing{known: true, cert: max(0.7, t.cert)}
	}
	var c cand
	var ok bool
	switch {
	case cross:
		c, ok = decideRetreat(a, b, t)
	case a.class == classFigure:
		c, ok = decideFigure(a, b, t)
		if c.kind == kindContradicts && (a.listsPlaces && where(b) == "" || b.listsPlaces && where(a) == "") {
			// "17 killed in X and four in Y" against a toll that names no
			// place: which of the two it counts is not known.
			ok = false
		}
	case a.class == classControl:
		c, ok = decideControl(a, b, t)
	case a.class == classOutcome:
		c, ok = decideOutcome(a, b, t)
	case a.class == classRecord:
		c, ok = decideRecord(a, b, t)
	case a.class == classBlame:
		c, ok = decideBlame(a, b, t)
	case a.class == classFate:
		c, ok = decideFate(a, b, t)
	case a.class == classAssert:
		c, ok = decideAssert(a, b, t)
	case a.class == classClock:
		c, ok = decideClock(a, b, t)
	default:
		c, ok = decideEvent(a, b, t)
	}
	if !ok || a.art == b.art && c.kind != kindContradicts {
		// Within one article only disagreements between sources are
		// worth showing; agreement with oneself is not news.
		return c, false
	}
	if n == 0 && c.kind == kindContradicts && a.class == classFigure && (a.c.Place == "") != (b.c.Place == "") && farApart(a.val, b.val) {
		// "In the port city of Puerto Velas, 15 people were detained"
		// and "112 people have been arrested in the capital": a count
		// placed in a town and one placed nowhere, with no name in
		// common and this far apart, count different things, in one
		// article as in two ("more than 700 of its supporters were
		// still in custody", "police in Hazrin detained 48 people").
		return c, false
	}
	m := match(a, b, n)
	one := oneVoice(a, b)
	if n == 0 && c.kind == kindContradicts && a.art != b.art && !one && !(a.class == classFigure && setAgainst(a, b)) {
		m *= 0.6 // two figures with no place or name in common may count different things
	}
	c.conf = round2(c.conf * m * (0.7 + 0.3*t.cert))
	c.score = c.conf + 0.05*float64(min(n, 4))
	if one {
		c.score += 0.05
	}
	if c.kind != kindCorroborates && a.class == classControl && namedPlace(a) && namedPlace(b) {
		// A change of hands, or a conflict, is told of the named place
		// itself: "regained control of the city of X" before "took
		// control of all locations around X".
		c.score += 0.05
	}
	if c.kind == kindCorroborates && a.class == classFigure && a.val == b.val && !a.c.Figure.Vague && !b.c.Figure.Vague {
		c.score += 0.1 // "86 injured" in both, before "dozens injured" and "86"
	}
	return c, true
}

// deniedCount reports whether one of two figures denies the very count
// the other gives: "rejected a Lutavian government figure of at least
// 5,000 tonnes" names whose figure it was, not another spill.
func deniedCount(a, b *fact) bool {
	return a.c.Negated != b.c.Negated && a.val == b.val
}

// retakes reports whether a claim's sentence tells of ground taken back,
// read on the first pair that asks and kept: a fact meets many others.
func retakes(f *fact) bool { return memoContains(&f.retake, f.c.Text, retakeWords) }

// memoContains reports whether text holds one of words, the answer cached in
// *memo (0 not read yet, 1 no, 2 yes).
func memoContains(memo *int8, text string, words []string) bool {
	if *memo == 0 {
		*memo = 1
		if containsAny(text, words) {
			*memo = 2
		}
	}
	return *memo == 2
}

// retakeWords tell that ground was taken back.
var retakeWords = []string{"retook", "retaken", "retake", "recaptur", "regain", "reclaim", "took back", "taken back", "won back"}

// farApart reports whether one of two counts is more than three times
// the other.
func farApart(x, y float64) bool {
	lo, hi := math.Min(x, y), math.Max(x, y)
	return lo > 0 && hi > 3*lo
}

// sameCount reports whether a and b give one exact count of one thing,
// too large to meet by chance: "police now say 79 pupils were abducted"
// and "troops freed 31 of the 79 pupils abducted" are one count whatever
// else their sentences name.
func sameCount(a, b *fact) bool {
	return a.val == b.val && a.val >= 20 && a.unit == b.unit && a.unit != "" && a.c.Figure.Bound == quantity.Exact && b.c.Figure.Bound == quantity.Exact && !a.c.Figure.Vague && !b.c.Figure.Vague
}

// namesSource reports whether b's sentence names a's source among its
// topics: it speaks of that source's figure.
func namesSource(a, b *fact) bool {
	if a.c.Source == "" {
		return false
	}
	return slices.Contains(b.topics, a.c.Source) // a few topics: a scan, and no generic search in the wasm
}

// periodsApart reports whether a and b are stated over different
// stretches of years, or only one of them is: "584 deaths between 2010
// and 2015" counts neither the dead of the 14th century nor an outbreak
// reported today, and "the army held the town in the 1990s" does not
// deny that rebels hold it now.
func periodsApart(a, b *fact) bool {
	return (a.period || b.period) && (a.period != b.period || a.from != b.from || a.span != b.span)
}

// twoVoices reports whether two figures of one sentence are given by two
// named sources set against each other, neither a part of the other: "the
// ministry put the toll at 27, while the brigade said 31".
func twoVoices(a, b *fact) bool {
	if a.source == "" || b.source == "" || a.source == b.source || a.c.Subset || b.c.Subset ||
		a.c.Figure == nil || b.c.Figure == nil {
		return false
	}
	from, to := a.c.Figure.End-a.c.Start, b.c.Figure.Start-a.c.Start
	if from > to {
		from, to = b.c.Figure.End-a.c.Start, a.c.Figure.Start-a.c.Start
	}
	if from < 0 || to > len(a.c.Text) {
		return false
	}
	return containsAny(a.c.Text[from:to], contrasts) // the words are inside a sentence: lower case
}

// contrasts are the words that set one account against another.
var contrasts = []string{" while ", " but ", " whereas ", " although ", " though ", " however"}

// match scores 0..1 how surely a and b are about the same thing, from the
// topics they share and their places.
func match(a, b *fact, n int) float64 {
	m := 0.75 + 0.1*float64(min(n, 2)) + placeFit(a, b)
	if sameDayStated(a, b) || a.since > 0 && a.since == b.since || a.sinceOp != 0 && b.sinceOp != 0 {
		m += 0.1 // "on Wednesday" in both, "the first time since 2012" in both, or "since the offensive began"
	}
	if a.borrow || b.borrow {
		m -= 0.1
	}
	if oneVoice(a, b) {
		m += 0.1
	}
	if a.art == b.art {
		m = max(m, 0.9)
	}
	return min(m, 1)
}

// oneVoice reports whether a and b come from one named source in two
// reports: the police's count in one and the police's count in the other
// are the figures to set side by side, before either against another
// source's, and what they count is likelier one thing.
func oneVoice(a, b *fact) bool {
	return a.art != b.art && a.source != "" && a.source == b.source
}

// crossNamed reports whether each of a and b names only things the
// other's article names too, one of them at least.
func crossNamed(a, b *fact, arts []Article) bool {
	na, oka := namedIn(a.topics, arts[a.art].Names, arts[b.art].Names)
	nb, okb := namedIn(b.topics, arts[b.art].Names, arts[a.art].Names)
	return oka && okb && na+nb > 0
}

// namedIn reports whether every topic of a fact, whose article names own,
// is among names, the other article's, and how many are; false when
// names is empty (an article whose names are not known). A country (no
// name of own: Article.Names leaves countries out) is no topic here:
// "Seven people have now died after an explosion at a chemical works in
// northern Norvenia" and "killed in Tuesday's explosion at the Tessaline
// plant in Kovrech" tell one blast at two scales. The caller wants one
// topic named at least, or "killed in Syria" would meet "killed in Iraq".
func namedIn(topics, own, names []string) (int, bool) {
	if len(names) == 0 {
		return 0, false
	}
	n := 0
	for _, t := range topics {
		switch {
		case slices.Contains(names, t):
			n++
		case slices.Contains(own, t):
			return n, false
		}
	}
	return n, true
}

// ownTopics reports whether a claim's own sentence names a topic.
func ownTopics(a *fact) bool { return len(a.topics) > 0 && !a.borrow }

// receding reports whether measure m counts what ends as the day goes
// on, so that a lower count later is news, not a dispute: the missing,
// the trapped, homes without power.
func receding(m string) bool {
	return m == "missing" || m == "trapped" || m == "without power"
}

// sameDayStated reports whether a and b both state the same day.
func sameDayStated(a, b *fact) bool {
	return !a.from.IsZero() && isDay(a) && isDay(b) && a.from == b.from
}

// spansOverlap reports whether two claims of one article share text.
func spansOverlap(a, b *fact) bool {
	return a.c.Start < b.c.End && b.c.Start < a.c.End
}

// decideFigure relates two figures of the same measure, unit and scope.
// Bounds decide: "at least 277" and "412" can both hold, so on one day they
// corroborate and on different days the second updates the first.
func decideFigure(a, b *fact, t timing) (cand, bool) {
	if a.c.Negated || b.c.Negated {
		// "The hijackers' claim to have killed two people was false"
		// denies a figure: it meets only the same figure asserted. A
		// negation of another verb of the sentence ("decided not to
		// vaccinate detained migrants despite the deaths of three
		// children") denies nothing counted.
		n := a
		if b.c.Negated {
			n = b
		}
		if a.c.Negated == b.c.Negated || a.val != b.val || mixedUnits(a, b) || t.apart || predMeasure[n.c.Predicate] != n.measure && n.c.Predicate != claim.Other {
			return cand{}, false
		}
		return cand{kind: kindContradicts, reason: reasonNegation, conf: 0.6}, true
	}
	if mixedUnits(a, b) {
		return decideMixed(a, b, t)
	}
	total := a.c.Scope == "total"
	if !total && differentEvents(a, b, t) {
		return cand{}, false
	}
	ov := overlap(a, b)
	if a.c.Figure.Bound == quantity.AtMost && b.c.Figure.Bound == quantity.AtMost && math.Abs(a.val-b.val) > 0.1*math.Max(a.val, b.val) {
		// "Up to 60 residents" and "up to 80 people" trapped: two
		// estimates of the most, not two ranges that both hold 50.
		ov = false
	}
	va, vb := a.val, b.val
	same := math.Abs(va-vb) <= 0.02*math.Max(math.Abs(va), math.Abs(vb)) ||
		ov && (holds(a, vb) || holds(b, va)) || // "dozens" and "about 70" say one thing
		a.sum > 0 && a.sum == vb || b.sum > 0 && b.sum == va // "80 passengers and six crew" and "86 people on board"
	if isFixed(a, b) {
		if !same && !ov && revisedLater(a, b, t) {
			// "The operator revised the number of people aboard to 338,
			// from an earlier 312": a count that does not grow was
			// corrected by a later report that says so.
			if rising(a, b, t) {
				return cand{kind: kindUpdates, reason: reasonRisingFigure, conf: 0.7}, true
			}
			return cand{kind: kindUpdates, reason: reasonLowerFigure, conf: 0.6}, true
		}
		c, ok := decideFixed(same || ov, t)
		if same && c.kind == kindCorroborates {
			c.conf += 0.05 // the same count, not one a range or a bound allows: "142" and "142" before "142" and "up to 230"
		}
		return c, ok
	}
	if !same && !ov && a.srcSide != sideNone && b.srcSide != sideNone && a.srcSide != b.srcSide {
		// The army's seven soldiers killed and the rebels' 31: each side
		// counts the same loss its own way, on whatever day; no later
		// report of the other side updates it.
		return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: 0.75}, true
	}
	if !same && disputed(a, b, t) {
		if setAgainst(a, b) {
			return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: 0.9}, true
		}
		return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: 0.8}, true
	}
	switch {
	case t.known && math.Abs(t.days) < sameDay:
		if ov && (same || !distinctCounts(a, b)) {
			return cand{kind: kindCorroborates, reason: reasonSameFigure, conf: 0.85}, true
		}
		if t.clock && math.Abs(t.days) >= clockApart {
			// "47 dead" at 08:05, "52 dead" at 19:30: the count rose
			// during the day; the missing, found, fall. A toll lower
			// later in the day is another account of it.
			if rising(a, b, t) {
				return cand{kind: kindUpdates, reason: reasonRisingFigure, conf: 0.7}, true
			}
			if receding(a.measure) {
				return cand{kind: kindUpdates, reason: reasonLowerFigure, conf: 0.55}, true
			}
		}
		if sa, sb := stageOf(a), stageOf(b); sa != sb && sa != stageNone && sb != stageNone {
			// "Six dead in a preliminary count", "nine in a final count"
			// on one day: the count was revised.
			if (va < vb) == (sa < sb) {
				return cand{kind: kindUpdates, reason: reasonRisingFigure, conf: 0.75}, true
			}
			return cand{kind: kindUpdates, reason: reasonLowerFigure, conf: 0.6}, true
		}
		if roseThatDay(a, b, t) {
			// "Five people have now been killed", the ministry said on
			// Tuesday; "the death toll has risen to six after a girl died
			// on Tuesday night": the higher count says it rose.
			return cand{kind: kindUpdates, reason: reasonRisingFigure, conf: 0.7}, true
		}
		if ov {
			// "At least 14 killed", the police said; "17 killed", the
			// ministry said: a bound allows the other count, but the two
			// counts of one day differ, as a reader sees them.
			return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: 0.6}, true
		}
		return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: 0.8}, true
	case t.known:
		if same && ov {
			return cand{kind: kindCorroborates, reason: reasonSameFigure, conf: 0.8}, true
		}
		if rising(a, b, t) {
			conf := 0.85
			if !ov {
				conf = 0.75
			}
			return cand{kind: kindUpdates, reason: reasonRisingFigure, conf: conf}, true
		}
		return cand{kind: kindUpdates, reason: reasonLowerFigure, conf: 0.6}, true
	case same && ov:
		return cand{kind: kindCorroborates, reason: reasonSameFigure, conf: 0.7}, true
	case ov || t.apart:
		conf := 0.55
		if t.apart {
			conf = 0.65
		}
		return cand{kind: kindUpdates, reason: reasonPossibleUpdate, conf: conf}, true
	}
	return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: 0.5}, true
}

// roseThatDay reports whether the higher of two counts of one day says in
// its sentence that the count rose to it ("has risen to six", "up from
// the 140 they reported"), and was not reported before the other.
func roseThatDay(a, b *fact, t timing) bool {
	hi, later := b, t.order >= 0
	if a.val > b.val {
		hi, later = a, t.order <= 0
	}
	return a.val != b.val && (later || !t.ordered) && memoContains(&hi.rose, aroundFigure(hi), roseWords)
}

// aroundFigure returns the words of f's sentence just around its figure,
// where "rose to" or "up from" tell of this figure and not of another
// count of the sentence: "The number of injured rose to 41, the fire chief
// said, and three workers were still missing" says nothing of the three.
func aroundFigure(f *fact) string {
	q, text := f.c.Figure, f.c.Text
	if q == nil {
		return text
	}
	from, to := q.Start-f.c.Start, q.End-f.c.Start
	if from < 0 || to > len(text) || from >= to {
		return text // a figure with no span: the sentence is all there is
	}
	return text[max(0, from-aroundBefore):min(len(text), to+aroundAfter)]
}

// aroundBefore and aroundAfter are the bytes aroundFigure reads before a
// figure ("has now risen to ") and after it (", up from").
const (
	aroundBefore = 24
	aroundAfter  = 12
)

// roseWords tell that a count has risen to the figure of their sentence.
var roseWords = []string{"risen to", "rose to", "climbed to", "jumped to", "increased to", "up from"}

// disputed reports whether one of a and b, from different voices, is set
// by its own sentence against another source's count ("far more than the
// official figure") that the other gave no later: the two disagree, though
// hours or a day lie between them. A later count of the other source
// may have caught up, and is left to the usual rules, as are reports
// whose order is not known.
func disputed(a, b *fact, t timing) bool {
	d, o := a, b // the disputing figure, the other
	if b.c.Disputes {
		d, o = b, a
	}
	if a.c.Disputes == b.c.Disputes || oneVoice(a, b) || d.source == "" || o.source == "" && o.art == d.art || !t.ordered {
		// Who disputes must be named; the other count is another
		// article's own when it names no source.
		return false
	}
	if d.c.Against != 0 {
		// "17 people had died, four more than the figure given by the
		// government": the 13 is disputed, an earlier 11 only outdated;
		// the 13 told again later is still the figure disputed.
		return setAgainst(a, b)
	}
	if b.c.Disputes {
		return t.order >= 0
	}
	return t.order <= 0
}

// setAgainst reports whether one of a and b is the count the other's sentence
// sets it against by a difference (claim.Claim.Against).
func setAgainst(a, b *fact) bool {
	return a.c.Against != 0 && math.Abs(b.val-a.c.Against*a.k) <= 0.5 || b.c.Against != 0 && math.Abs(a.val-b.c.Against*b.k) <= 0.5
}

// distinctCounts reports whether a and b are two counts each written as a
// number, a bound at most ("at least 14", "17", "more than 200"), not an
// estimate ("about 70"), a range or a word ("dozens"), and near enough to
// count one thing (at most twice the other): counts that differ though a
// bound allows the other. "At least 214 killed since the offensive began"
// and "at least 23 killed in Monday's raids" count a whole and a part.
func distinctCounts(a, b *fact) bool {
	lo, hi := min(a.val, b.val), max(a.val, b.val)
	return counted(a) && counted(b) && lo > 0 && hi <= 2*lo
}

// counted reports whether a's figure is a number or a bound on one.
func counted(a *fact) bool {
	switch q := a.c.Figure; q.Bound {
	case quantity.Exact, quantity.AtLeast, quantity.MoreThan:
		return !q.Vague
	}
	return false
}

// mixedUnits reports whether a and b, of one figure group, count in
// different units that make a link doubtful: villages and areas taken.
// Units of the family "people" (persons, workers, patients missing or in
// hospital) count one thing.
func mixedUnits(a, b *fact) bool { return a.unit != b.unit && familyOf(a) != "people" }

// clockApart is how far apart in the day, as a fraction of it, two
// reports' times must be for a count to have moved between them: four
// hours, since outlets seldom say their time zone; closer reports of
// different counts disagree.
const clockApart = 4.0 / 24

// isFixed reports whether two figures of one measure count something that
// does not change as reports come in (see fixedMeasures).
func isFixed(a, b *fact) bool {
	switch fixedMeasures[a.measure] {
	case "fixed", "event":
		return true
	case "day":
		return sameDayStated(a, b)
	case "period":
		return !a.from.IsZero() && a.from == b.from && a.span == b.span
	}
	return false
}

// revisedLater reports whether the later of a and b, a day or more after
// the other, says its count was revised, updated or is final.
func revisedLater(a, b *fact, t timing) bool {
	if !t.known || math.Abs(t.days) < sameDay {
		return false
	}
	if t.days < 0 {
		a, b = b, a
	}
	return stageOf(b) == stageFinal
}

// decideFixed relates two figures of a measure that does not change as
// reports come in: "magnitude 6.4" and "magnitude 6.1", or police's 18,000
// marchers and the organisers' 70,000, disagree on any day, where two
// tolls would be a rising count. Figures that can both hold corroborate.
func decideFixed(agree bool, t timing) (cand, bool) {
	conf := 0.7
	if t.known && math.Abs(t.days) < sameDay {
		conf = 0.8
	}
	if agree {
		return cand{kind: kindCorroborates, reason: reasonSameFigure, conf: conf}, true
	}
	return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: conf}, true
}

// rising reports whether the later of a and b gives the higher figure:
// a higher value, or the same value above the earlier interval ("fewer
// than 714", then "714"), so that the answer does not depend on which of
// the two comes first.
func rising(a, b *fact, t timing) bool {
	if t.days < 0 {
		a, b = b, a
	}
	va, vb := a.val, b.val
	return vb > va || vb == va && b.lo >= a.hi
}

// decideMixed relates two counts of places taken in different units of one
// family: "some 30 villages" and, a day later, "88 areas" captured in one
// advance may be two ways of counting it, or two counts of different
// things. Only counts reported within closeDays of each other, about a
// place or name both sentences mention (or the one before them), by actors
// that are not two different named sides are linked, always with low
// confidence; with unknown dates or farther apart ("around 70 towns" four
// years after "some 30 villages") they are other advances.
func decideMixed(a, b *fact, t timing) (cand, bool) {
	if !t.known || math.Abs(t.days) > closeDays || differentEvents(a, b, t) || actors(a, b) == actorDiffer ||
		shared(a.topics, b.topics) == 0 {
		return cand{}, false
	}
	if overlap(a, b) {
		return cand{kind: kindCorroborates, reason: reasonSameFigure, conf: mixedConfidence}, true
	}
	return cand{kind: kindContradicts, reason: reasonFigureConflict, conf: mixedConfidence}, true
}

// mixedConfidence is the confidence of a link between counts in different
// units, before the match and date factors: always under lowConfidence.
const mixedConfidence = 0.45

// holds reports whether range figure a contains the value v: a range is
// not a count that can rise, so a value inside it repeats it.
func holds(a *fact, v float64) bool {
	return a.c.Figure.Bound == "range" && v >= a.lo && v <= a.hi
}

// differentEvents reports whether two figures of one measure must be about
// different events: stated in different years, reported months apart, or
// stated for different days ("8 killed on Sunday", "20 killed on Monday"),
// unless a day is when a source spoke ("31 dead, the ministry said on
// Tuesday") or when a toll stood ("the toll rose to 31 on Wednesday"): a
// toll said on two days is one toll rising.
func differentEvents(a, b *fact, t timing) bool {
	if spansApart(a, b) {
		return true
	}
	if !a.from.IsZero() && !b.from.IsZero() {
		if a.from.Year() != b.from.Year() {
			return true
		}
		if isDay(a) && isDay(b) && farDays(a.from, b.from) && !dayOfCount(a) && !dayOfCount(b) && !receding(a.measure) {
			return true // not "120,000 customers were without power on Monday" and "41,000 on Wednesday": one state, as it changed
		}
		if (!isDay(a) || !isDay(b)) && (a.from >= b.from+timex.Date(b.span) || b.from >= a.from+timex.Date(a.span)) {
			return true // "3.8% in February" and "3.4% in March"
		}
	}
	return t.known && math.Abs(t.days) > sameEventDays
}

// dayOfCount reports whether a fact's day is when its count was told or
// stood, not when what it counts happened.
func dayOfCount(a *fact) bool { return a.c.TimeSaid || memoContains(&a.stood, a.c.Text, countWords) }

// startDated reports whether d counts since an episode's start that the
// day it states dates, the day s counts since: "since the start of the
// attack on Saturday morning" and "since Saturday morning".
func startDated(s, d *fact) bool {
	return !s.sinceFrom.IsZero() && d.sinceOp == sinceUndated && d.sinceFrom.IsZero() && statedDay(d) && d.from == s.sinceFrom
}

// spansApart reports whether a and b count over different stretches,
// one or both from a start up to their report: "since the offensive
// began" and "since Monday morning" (an episode's start against a day:
// which day the episode began is not said), "since 3 May" and "since
// 30 May", or a count since 30 May and one of a single later day ("six
// were killed on Tuesday"), which is a part of it.
func spansApart(a, b *fact) bool {
	sa, sb := a.sinceOp != 0 || !a.sinceFrom.IsZero(), b.sinceOp != 0 || !b.sinceFrom.IsZero()
	switch {
	case sa && sb:
		if !a.sinceFrom.IsZero() && !b.sinceFrom.IsZero() {
			return farDays(a.sinceFrom, b.sinceFrom)
		}
		if startDated(a, b) || startDated(b, a) {
			return false // "since Saturday morning" and "since the start of the attack on Saturday morning"
		}
		return a.sinceOp == sinceUndated && b.sinceOp == 0 || b.sinceOp == sinceUndated && a.sinceOp == 0
	case sa != sb:
		s, d := a, b
		if sb {
			s, d = b, a
		}
		if !statedDay(d) || d.c.TimeSaid {
			return false
		}
		return s.sinceOp == sinceUndated || !s.sinceFrom.IsZero() && d.from-s.sinceFrom > 1
	}
	return false
}

// firstPerson reports whether a lower-cased actor is a speaker's own
// side: "we", "our forces".
func firstPerson(actor string) bool {
	return actor == "we" || actor == "us" || strings.HasPrefix(actor, "our ")
}

// statedDay reports whether a fact states the day of its event.
func statedDay(a *fact) bool { return !a.from.IsZero() && isDay(a) }

// isDay reports whether a fact's stated time is one day.
func isDay(a *fact) bool { return a.span <= 1 }

// farDays reports whether days a and b are more than a day apart, 36
// hours and more once told by the clock.
func farDays(a, b timex.Date) bool { return a-b > 1 || b-a > 1 }

// decideControl relates two control claims about one place: gained or
// holds (+) against lost (−).
func decideControl(a, b *fact, t timing) (cand, bool) {
	if deniedLoss(a, b) || deniedLoss(b, a) {
		// "The army denied having lost Orsk" denies that the rebels took
		// it: the same change, told and denied.
		return denial(a, b, t, 0.6)
	}
	if a.pol == b.pol {
		if placeFit(a, b) <= 0 && shared(a.topics, b.topics) < 2 && !sameSite(a, b) || bareSite(a) && b.objectPlace || bareSite(b) && a.objectPlace {
			// "took Saraqeb" and "holds Aleppo" are two places, and so are
			// "seized the bridge" and "remain in control of Koltara".
			return cand{}, false
		}
		return sameSide(a, b, t, actors(a, b), reasonSameState)
	}
	ar := actors(a, b)
	if ar == actorOther && a.side != sideNone && a.side == b.side {
		ar = actorSame // "under state control" and "the regime lost control": one side
	}
	if a.c.Negated != b.c.Negated && a.event && b.event && a.c.Predicate == b.c.Predicate && ar != actorDiffer && placeFit(a, b) > 0 {
		// "Denied that Varnik had fallen to the rebels" denies the fall,
		// whoever the other article says took it, unless it names another.
		return denial(a, b, t, [...]float64{actorSame: 0.85, actorUnknown: 0.7, actorOther: 0.6}[ar])
	}
	if ar == actorDiffer || ar == actorOther || placeFit(a, b) <= 0 {
		// "The rebels took the city" and "the army lost it" tell one
		// change, from its two sides; and a change needs one place
		// named by both.
		return oneChange(a, b, t, ar)
	}
	conf := 0.85
	if ar != actorSame {
		conf = 0.6
	}
	switch {
	case t.known && math.Abs(t.days) < sameDay:
		return cand{kind: kindContradicts, reason: reasonStateConflict, conf: conf}, true
	case t.known:
		return cand{kind: kindUpdates, reason: reasonStateChange, conf: conf}, true
	case t.apart:
		return cand{kind: kindUpdates, reason: reasonPossibleUpdate, conf: conf * 0.8}, true
	}
	return cand{kind: kindContradicts, reason: reasonStateConflict, conf: conf * 0.6}, true
}

// deniedLoss reports whether l denies a loss of the place that another
// actor's gain g claims: "the army denied having lost Orsk", "the rebels
// took control of Orsk". The predicates are asked first: every pair of
// control claims comes here, and comparing actors walks their words.
func deniedLoss(l, g *fact) bool {
	if !l.c.Negated || g.c.Negated || l.c.Predicate != claim.LoseControl || g.c.Predicate != claim.GainControl {
		return false
	}
	ar := actors(l, g)
	return (ar == actorOther || ar == actorDiffer) && placeFit(l, g) > 0
}

// sameSite reports whether two control claims take or hold a site told in
// the same words, not a name, within a name both sentences give: "took
// over the administration building of the Stolberk copper smelter" and
// "retaken the administration building of the Stolberk copper smelter".
func sameSite(a, b *fact) bool {
	return a.c.Object != "" && !bareSite(a) && strings.EqualFold(a.c.Object, b.c.Object) && shared(a.topics, b.topics) > 0
}

// decideRetreat relates a retreat from a named place and a claim of
// control there, reported within closeDays of each other (or, undated, for
// one named weekday): "the army withdrew from Drel" tells one change of
// hands with "rebels took Drel", and the same loss as "the army lost
// Drel". Anything else (a retreat and a hold) is left unlinked: a unit can
// pull back from a town its side still holds.
func decideRetreat(a, b *fact, t timing) (cand, bool) {
	r, c := a, b
	if c.class != classControl {
		r, c = b, a
	}
	if c.c.Negated || !c.event || !namedPlace(c) || where(r) != where(c) ||
		!(t.known && math.Abs(t.days) <= closeDays || !t.known && !t.apart && sameWeekdayNamed(r, c)) {
		return cand{}, false
	}
	ar := actors(r, c)
	switch {
	case c.pol > 0 && (ar == actorDiffer || opposed(r, c)) && ar != actorSame && !allied(r, c):
		return cand{kind: kindCorroborates, reason: reasonOneChange, conf: 0.6}, true
	case c.pol < 0 && ar == actorSame:
		return cand{kind: kindCorroborates, reason: reasonSameState, conf: 0.6}, true
	}
	return cand{}, false
}

// denial relates a change of hands and a denial of that change: "the
// rebels captured Varnik on Sunday" and "the ministry denied that Varnik
// had fallen" contradict each other, whatever day each is stated for; the
// denial does not say the town changed hands again. Only a denial a day or
// more before the change is an update (the town fell after it), and one a
// week after is not linked: it may deny another assault.
func denial(a, b *fact, t timing, conf float64) (cand, bool) {
	days := t.days // the denial's time minus the change's
	if a.c.Negated {
		days = -days
	}
	switch {
	case t.apart || t.known && days > closeDays+4:
		return cand{}, false
	case t.known && days <= -sameDay:
		return cand{kind: kindUpdates, reason: reasonStateChange, conf: conf}, true
	case !t.known:
		conf *= 0.7
	}
	return cand{kind: kindContradicts, reason: reasonNegation, conf: conf}, true
}

// oneChange relates one side's gain of a named place or site and another
// side's loss of it, reported within closeDays of each other: "the rebels
// seized the airport" and "the army lost the airport" corroborate (a
// retreat is of another class, and meets neither). Without dates, or farther
// apart, they may be two changes years apart and are not linked.
func oneChange(a, b *fact, t timing, ar actorRel) (cand, bool) {
	if ar != actorDiffer && !opposed(a, b) || !namedPlace(a) || !namedPlace(b) || where(a) != where(b) ||
		!t.known || math.Abs(t.days) > closeDays || a.c.Negated || b.c.Negated || allied(a, b) {
		return cand{}, false
	}
	return cand{kind: kindCorroborates, reason: reasonOneChange, conf: 0.6}, true
}

// sameSide relates two claims that say the same thing: corroboration when
// close in time, a conflict of actors when two different entities are said
// to have done one event on one day.
func sameSide(a, b *fact, t timing, ar actorRel, r relReason) (cand, bool) {
	if (ar == actorDiffer || opposed(a, b) && namedPlace(a) && namedPlace(b)) && a.class == classControl {
		// Two named entities, or the two sides taking one named place
		// ("the rebels took Perin on Monday", "the army recaptured Perin
		// on Thursday"): the place changed hands, or two holders are
		// claimed on one day. Positions taken by each side around a place
		// are two events (below).
		return controlHands(a, b, t)
	}
	if t.apart || t.known && math.Abs(t.days) > sameEventDays {
		return cand{}, false // both can hold, years apart
	}
	if a.class == classControl && a.event && b.event && ar != actorSame && retakes(a) != retakes(b) {
		// "Our fighters have taken full control of the field" and "the
		// army said the facility had been retaken": a taking and a
		// retaking are two changes, not one told twice.
		return cand{}, false
	}
	if opposed(a, b) {
		return cand{}, false // "the army reclaimed positions", "rebel forces took positions": two events
	}
	if !t.known && (ar != actorSame || placeFit(a, b) < 0.15 && !sameWeekdayNamed(a, b)) {
		// Without dates "the army took the highway to Norvale" and "the
		// army reclaimed positions" may be years apart: only the same
		// actor at the same named place, or on the same named weekday,
		// is linked.
		return cand{}, false
	}
	switch ar {
	case actorDiffer:
		// Attacks often have several actors, and one article names
		// several: different named actors are not a conflict.
		return cand{}, false
	case actorSame:
		return cand{kind: kindCorroborates, reason: r, conf: 0.85}, true
	case actorOther:
		if a.class == classControl && placeFit(a, b) <= 0 {
			// "Rebels took positions", "the army reclaimed positions":
			// other actors and no place in common are other events.
			return cand{}, false
		}
		if firstPerson(a.actor) || firstPerson(b.actor) {
			// "“The airport is under the control of our forces,” General
			// X said": which side the speaker speaks for is not told.
			return cand{}, false
		}
		if a.actorID && a.side == sideNone && b.side == sideState || b.actorID && b.side == sideNone && a.side == sideState {
			// "The FLS captured the airport", "the Zembaran army remained
			// in control of it": a named group of no known side is not
			// the state's army (it may well be the rebels).
			return cand{}, false
		}
		return cand{kind: kindCorroborates, reason: r, conf: 0.6}, true
	}
	return cand{kind: kindCorroborates, reason: r, conf: 0.7}, true
}

// controlHands relates two claims that different named actors took or
// hold one named place. "The Front took Kessel" against "the Council took
// Kessel" on one day is a conflict of actors; "the army controls Norvale"
// and, years later, "the Front controls Norvale" is a change of hands.
// Allies and parts of one side ("the Syrian Arab Army" and "Syria", "X
// and its allied factions") are neither, nor are claims whose dates are
// unknown, nor claims of one article (it tells the story of both) unless
// two named sources give them: "the Front said it seized the airport" and
// "the army said it remained in control of the airport".
func controlHands(a, b *fact, t timing) (cand, bool) {
	if a.art == b.art && (a.source == "" || b.source == "" || a.source == b.source) ||
		where(a) == "" || where(a) != where(b) || a.c.Negated != b.c.Negated || allied(a, b) {
		return cand{}, false
	}
	switch {
	case statedDay(a) && statedDay(b) && farDays(a.from, b.from):
		// "took Perin on Monday", "recaptured Perin on Thursday".
		return cand{kind: kindUpdates, reason: reasonActorChange, conf: 0.6}, true
	case t.known && (statedDay(a) && b.from.IsZero() && t.days <= -sameDay || statedDay(b) && a.from.IsZero() && t.days >= sameDay):
		// "The Front said its fighters had taken the airport" reported
		// on Friday, "troops recaptured the airport on Sunday": the
		// stated change comes after the other report.
		return cand{kind: kindUpdates, reason: reasonActorChange, conf: 0.6}, true
	case t.known && (changedAfter(b, a) && t.days >= sameDay || changedAfter(a, b) && t.days <= -sameDay):
		// "The Front said on Wednesday it had taken the town", "troops
		// recaptured the town on Thursday": the change follows the
		// statement.
		return cand{kind: kindUpdates, reason: reasonActorChange, conf: 0.6}, true
	case t.known && math.Abs(t.days) <= closeDays:
		if !a.event && !b.event {
			return cand{}, false // two holders on one day: often each holds a part
		}
		return cand{kind: kindContradicts, reason: reasonActorConflict, conf: 0.45}, true
	case t.known && math.Abs(t.days) > sameEventDays:
		return cand{kind: kindUpdates, reason: reasonActorChange, conf: 0.6}, true
	case t.apart:
		return cand{kind: kindUpdates, reason: reasonPossibleUpdate, conf: 0.45}, true
	}
	return cand{}, false
}

// changedAfter reports whether a is a change of hands stated for its own
// day and b's day is the day b was said: a later a came after b was said.
func changedAfter(a, b *fact) bool {
	return a.event && statedDay(a) && !a.c.TimeSaid && b.c.TimeSaid && statedDay(b)
}

// decideOutcome relates two accounts of how fighting ended for one side:
// "troops retreated without resistance" against "the army repelled the
// offensive" cannot both hold.
func decideOutcome(a, b *fact, t timing) (cand, bool) {
	ar := actors(a, b)
	if a.pol == b.pol {
		return sameSide(a, b, t, ar, reasonSameState)
	}
	if a.art != b.art && !(t.known && math.Abs(t.days) < sameDay) || objectOf(a, b) {
		// Fights end differently on other days, and undated articles may
		// tell of other fights; or one is the attacker, the other the
		// defender.
		return cand{}, false
	}
	conf := [...]float64{actorSame: 0.85, actorUnknown: 0.75, actorOther: 0.6, actorDiffer: 0.4}[ar]
	if !t.known {
		conf *= 0.7
	}
	return cand{kind: kindContradicts, reason: reasonOutcomeConflict, conf: conf}, true
}

// objectOf reports whether one claim's actor is the other's object: "the
// rebels retreated" and "the army repelled the rebels" agree.
func objectOf(a, b *fact) bool {
	oa, ob := a.object, b.object
	return a.actor != "" && (a.actor == ob || wordsOverlap(a.actor, ob)) ||
		b.actor != "" && (b.actor == oa || wordsOverlap(b.actor, oa))
}

// decideEvent relates two attacks or entries: the same when close in time
// and not stated for different days; one negated is a contradiction.
func decideEvent(a, b *fact, t timing) (cand, bool) {
	if isDay(a) && isDay(b) && !a.from.IsZero() && !b.from.IsZero() && farDays(a.from, b.from) {
		return cand{}, false // two attacks on different days
	}
	ar := actors(a, b)
	if a.c.Negated != b.c.Negated {
		if ar == actorDiffer || t.apart || t.known && math.Abs(t.days) > closeDays {
			return cand{}, false
		}
		return cand{kind: kindContradicts, reason: reasonNegation, conf: 0.6}, true
	}
	if t.known && math.Abs(t.days) > closeDays+4 {
		return cand{}, false // a week apart: another attack
	}
	if ar == actorOther && !sameDayStated(a, b) {
		return cand{}, false // strikes by others, perhaps on other days
	}
	if t.guess && ar == actorSame && sameWeekdayNamed(a, b) {
		// "The Front launched its offensive on Wednesday" in both: one
		// event, whatever years the undated articles happen to mention.
		t.apart = false
	}
	return sameSide(a, b, t, ar, reasonSameState)
}

// decideBlame relates two accounts of who is behind an attack: one party
// claimed or blamed in both corroborates; blamed in one and denying in the
// other ("the army blamed the MAL", "the MAL denied any role")
// contradicts. Two parties blamed may both be to blame ("Swift accused
// Braun and Big Machine"), so they are not set against each other; and
// accounts years apart are of other attacks.
func decideBlame(a, b *fact, t timing) (cand, bool) {
	if t.apart || actors(a, b) != actorSame {
		return cand{}, false
	}
	if a.pol == b.pol {
		return cand{kind: kindCorroborates, reason: reasonSameState, conf: 0.8}, true
	}
	return cand{kind: kindContradicts, reason: reasonNegation, conf: 0.8}, true
}

// decideFate relates two accounts of what befell one named person: the
// same fate told twice corroborates ("it killed Idris Mahrouk", "confirmed
// that Mahrouk was killed"); told and denied contradicts ("the group
// denied that Makhrouk had been killed"). Accounts of another fate, or
// years apart, are not related.
func decideFate(a, b *fact, t timing) (cand, bool) {
	if a.c.Object != b.c.Object || a.c.Predicate != b.c.Predicate || t.apart {
		return cand{}, false
	}
	if a.pol == b.pol {
		return cand{kind: kindCorroborates, reason: reasonSameState, conf: 0.7}, true
	}
	return cand{kind: kindContradicts, reason: reasonNegation, conf: 0.7}, true
}

// decideAssert relates a thing told and its denial, which core/denial
// paired by the words they share: the two contradict, unless told years
// apart. Two tellings, or two denials, of the same words are not related:
// their words alone do not make them one thing.
func decideAssert(a, b *fact, t timing) (cand, bool) {
	if a.c.Object != b.c.Object || a.pol == b.pol || t.apart {
		return cand{}, false
	}
	return cand{kind: kindContradicts, reason: reasonNegation, conf: 0.6}, true
}

// decideClock relates two reports' times of day: the same minute, or
// minutes within clockNear when either is given roughly, corroborate; two
// different stated days, or one article's two times, do not meet. Times
// that differ are not set against each other: a report names many moments
// (the quake, the aftershock, the first rescue).
func decideClock(a, b *fact, t timing) (cand, bool) {
	if a.art == b.art || t.apart || a.stated && b.stated && a.from != b.from {
		return cand{}, false
	}
	ka, kb := a.c.Clock, b.c.Clock
	d := ka.Minute - kb.Minute
	if d < 0 {
		d = -d
	}
	if ka.Unmarked || kb.Unmarked {
		d %= 12 * 60
		d = min(d, 12*60-d) // "at 6:15" may be 18:15
	}
	c := cand{kind: kindCorroborates, reason: reasonSameTime, conf: 0.7}
	if ka.About || kb.About {
		c.conf = 0.6 // a rough time agrees less surely
		return c, d <= clockNear
	}
	return c, d == 0
}

// sameWeekdayNamed reports whether a and b name the same weekday, resolved
// or not.
func sameWeekdayNamed(a, b *fact) bool {
	ta, tb := a.c.Time, b.c.Time
	return ta != nil && tb != nil && ta.Weekday != 0 && ta.Weekday == tb.Weekday && !ta.Since && !tb.Since
}

// decideRecord relates two claims that something is the worst, largest or
// deadliest since a year: "these clashes, among the most violent since
// 2020" and "the attack would be the largest since the 2020 ceasefire" say
// one thing when the years are one and the reports close in time; a week
// apart they may be about other fighting, and different years are not
// compared (a record since 2016 does not deny one since 2020).
func decideRecord(a, b *fact, t timing) (cand, bool) {
	if anchor(a) != anchor(b) || t.apart || t.known && math.Abs(t.days) > closeDays+4 || a.c.Negated != b.c.Negated {
		return cand{}, false
	}
	conf := 0.75
	if !t.known {
		conf = 0.6
	}
	return cand{kind: kindCorroborates, reason: reasonSameState, conf: conf}, true
}

// round2 rounds to two decimals, so JSON shows 0.72, not 0.7200000001.
func round2(x float64) float64 { return math.Round(x*100) / 100 }
