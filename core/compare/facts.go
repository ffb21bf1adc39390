package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/internal/sorts"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"github.com/crosscheck/crosscheck/core/lexicon"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/timex"
)

// class groups claims that can be about the same thing. It is a small
// number rather than the class's name from compare_classes.tsv: facts are
// compared and copied by the thousand.
type class uint8

const (
	classNone    class = iota // not compared
	classControl              // gained, held or lost control of a place
	classOutcome              // how fighting ended for one side: retreated or repelled
	classAttack               // an attack or offensive was launched
	classEnter                // forces entered, reached or advanced on a place
	classTruce                // a ceasefire was agreed or announced
	classRecord               // the worst, largest, deadliest ... since a year
	classBlame                // who is behind an attack: claimed, blamed or denied
	classFigure               // a figure of one measure, unit and scope
	classFate                 // what befell a named person: killed, captured, injured, or denied
	classAssert               // something told and denied, matched by its words (core/denial)
	classClock                // a time of day something happened ("at 4:20 p.m.")
)

// classNames are the classes' names in compare_classes.tsv, by class; a
// name the list adds gets the next number.
var classNames = []string{"", "control", "outcome", "attack", "enter", "truce", "record", "blame", "figure", "fate", "assert", "clock"}

// classNamed returns the class of a name in compare_classes.tsv.
func classNamed(name string) class {
	i := -1
	for k, n := range classNames {
		if n == name {
			i = k
			break
		}
	}
	if i < 0 {
		i = len(classNames)
		classNames = append(classNames, name)
	}
	return class(i)
}

// side is the side of an armed conflict an actor is on.
type side int8

const (
	sideNone      side = iota // no word tells
	sideState                 // "army", "regime"
	sideInsurgent             // "rebel", "opposition"
)

// fact is a claim normalised for comparison. Facts are made once per claim
// and scanned in every pair decided, so the fields are ordered to pack, the
// small ones last, and the words explanations write are kept apart.
type fact struct {
	c      *claim.Claim
	topics []string // sorted topical entities: place, object and others, without source and actor
	blocks []int32  // the blocks it meets others in, set by assignBlocks
	words  *words   // made when an explanation or date label is first written
	art    int
	lo, hi float64
	val, k float64    // a figure's value, and the factor that brought it and lo, hi to its class's unit (factors)
	sum    float64    // the sum of its sentence's figures of its measure in other units, its own included, when there are some (see markSums); else 0
	from   timex.Date // the stated event time [from, from+span), zero when not stated
	span   int32      // the stated event time's length in days: to - from
	since  int        // the year of a "since 2020" anchor
	// sinceFrom is the day a count runs from ("since Monday", "since the
	// siege began on 3 May"), zero when none is stated.
	sinceFrom timex.Date
	period    bool   // the claim states a stretch of years (see setTime)
	at        int64  // date order: Unix seconds, or the estimated year, or the minimum
	pub       int64  // its article's date in at's terms, set by placeReports
	measure   string // canonical measure of a figure
	unit      string // unit class of a figure
	actor     string // lower-cased actor
	name      string // the actor's display name when it is an entity with one, lower case once lowerName asks
	source    string // who says so, lower-cased, "" for the article itself
	srcRaw    string // who says so as the claim gives it
	object    string // lower-cased object
	owner     string // whose people a figure counts, when the sentence says (see ownerOf)

	cert float64 // the certainty of its article's date, set by relate

	idx         int32 // index in the claims slice
	rank        int32 // position in content order, set by rankFacts
	pos         int32 // its article's position in date order, set by placeReports
	class       class
	pol         int8 // control: +1 holds or gained, -1 lost; outcome: +1 repelled, -1 retreated
	side        side // the actor's side from compare_sides.tsv
	srcSide     side // the side of who gives a figure, the same way
	event       bool // a change (gained, lost) rather than a state (holds)
	loOpen      bool
	hiOpen      bool
	borrow      bool     // topics were borrowed from the claim before: the sentence names none
	retake      int8     // whether a control claim's sentence tells of ground taken back: 0 not read yet, 1 no, 2 yes (see retakes)
	rose        int8     // whether a figure's sentence says the count rose to it, as retake (see roseThatDay)
	stood       int8     // whether a figure's sentence tells a count as it stood, as retake (see dayOfCount)
	stated      bool     // taken at its stated time, not its article's date (see when)
	objectPlace bool     // where(f) is the claim's object, not its place
	listsPlaces bool     // a figure of a sentence that counts for several places, this one its own
	lead        bool     // its article's first count of its measure and unit (see markLeads)
	things      []string // of a lead count, the things its sentence names (Options.Things)
	inCountry   bool     // where(f) is a country: two countries never lie one inside the other
	site        string   // for control of a site in a named place ("the airport of X"): "airport@X", where(f)
	nameLower   bool     // name is lower case
	actorID     bool     // the actor is a canonical entity ID
	stage       int8     // a figure's count: stagePreliminary, stageFinal, stageNone, or 0 before stageOf reads it
	// sinceOp marks a count from an episode's start ("since the
	// offensive began"): sinceUndated or sinceDated, 0 for none.
	sinceOp int8
}

// The stages of a count, which a source revises within a day.
const (
	stagePreliminary = 1 // "in a preliminary count", "a provisional toll"
	stageFinal       = 2 // "in a final count", "a revised toll"
	stageNone        = 3 // no word tells
)

// stageOf returns the stage of f's count, reading its sentence on first
// use: only two figures of one day that disagree ask.
func stageOf(f *fact) int8 {
	if f.stage == 0 {
		if f.stage = countStage(f.c.Text); f.stage == 0 {
			f.stage = stageNone
		}
	}
	return f.stage
}

// countStage returns the stage of the count a figure's sentence gives:
// final when it says "final", "revised", "updated", "corrected" or "not
// 41 as first reported" (whatever earlier
// count it also names: "a final count of nine, up from six in its
// preliminary count"), preliminary when it says "preliminary",
// "provisional" or "initial", else 0.
func countStage(text string) int8 {
	for _, st := range stageWords {
		if containsAny(text, st.words) {
			return st.stage
		}
	}
	return 0
}

// stageWords are the words of each stage, final first, lower case and
// capitalised (a sentence's first word): the text is not lowered, since
// every figure's sentence is asked.
var stageWords = [...]struct {
	stage int8
	words []string
}{
	{stageFinal, []string{"final", "Final", "revised", "Revised", "updated", "Updated", "corrected", "Corrected", "as first reported", "as initially reported", "as earlier reported", "as previously reported"}},
	{stagePreliminary, []string{"preliminary", "Preliminary", "provisional", "Provisional", "initial", "Initial"}},
}

// words are what explanations and date labels write of a fact, once: a
// fact is in several relations and maybe the timeline. Only facts in
// relations have them.
type words struct {
	label, labelSrc string // dateLabel's answer, once labelled
	labelled        bool
	// voice and says depend only on the claim and the names.
	voice, says string

	_ [0]func() // not comparable: no equality function in the wasm build
}

// wordsOf returns f's words, made on first use.
func wordsOf(f *fact) *words {
	if f.words == nil {
		f.words = new(words)
	}
	return f.words
}

// predClass is how a predicate is compared.
type predClass struct {
	class class
	pol   int8
	event bool
}

// classes maps the predicates compare relates to their class, from
// compare_classes.tsv.
var classes = func() map[claim.Predicate]predClass {
	m := map[claim.Predicate]predClass{}
	for _, r := range lexicon.Rows("compare_classes.tsv") {
		if len(r) < 4 {
			continue
		}
		pol, _ := strconv.Atoi(r[2])
		m[claim.Predicate(r[0])] = predClass{classNamed(r[1]), int8(pol), r[3] == "event"}
	}
	return m
}()

var (
	measures = lexicon.Rows("compare_measures.tsv")
	units    = lexicon.Map("compare_units.tsv")
	verbs    = lexicon.Rows("compare_verbs.tsv")
	sides    = lexicon.Map("compare_sides.tsv")
)

// sideOf returns the side of an actor from the words of its description,
// or of its name when it is an entity ID: "Syrian Arab Army" is "state",
// "rebel forces" is "insurgent"; "" when no word tells. states holds the
// lower-case words of the countries the articles name (countryWords).
//
// It looks at each word as strings.Fields(strings.ToLower(actor)) would
// give it, without making the list: each fact asks once.
func sideOf(actor string, names map[string]string, states map[string]bool) side {
	if n, ok := names[actor]; ok {
		actor = n
	}
	s := sideNone
	var buf [32]byte
	stately := true // the capitalised words since the last lower-case one name a state
	named := false  // s comes from a capitalised word: "Army", "Police"
	for rest := actor; rest != ""; {
		var w string
		if w, rest = nextField(rest); w == "" {
			break
		}
		// Marks have no case: trimmed before lowering, the word is the same.
		t := strings.Trim(w, marks)
		lw := lowerWord(buf[:0], t)
		capital := t != "" && t[0] >= 'A' && t[0] <= 'Z'
		switch sides[string(lw)] {
		case "insurgent":
			return sideInsurgent
		case "state":
			if !capital || stately {
				s, named = sideState, capital
			}
		default:
			if named && capital && !stateNamer(lw) && !states[string(lw)] {
				s, named = sideNone, false // "Army of the Free High Lands": a group's own name
			}
		}
		stately = !capital || stately && (stateNamer(lw) || states[string(lw)])
	}
	return s
}

// SideWord returns the side a word of a description puts its actor on,
// "state" ("troops"), "insurgent" ("rebels") or "" (compare_sides.tsv),
// for core to read the articles' descriptions of a name with the lexicon
// compare reads actors with.
func SideWord(w string) string { return sides[w] }

// stateNamer reports whether a lower-case word may stand in the name of a
// state's force before its "Army" or "Police": a demonym or country
// ("Syrian Arab Army", "Russian Army"), or a word of stateNameWords;
// sideOf also takes the words of the articles' own countries. A
// name with any other word is a group's own ("Northern Liberation Army",
// "Free Syrian Army", "Lord's Resistance Army") and tells no side: many
// insurgents call themselves an army.
func stateNamer(w []byte) bool {
	if _, ok := demonymOf[string(w)]; ok {
		return true
	}
	return stateCountries[string(w)] || stateNameWords[string(w)]
}

// countryWords returns the lower-case words of the names of the entities
// opts holds for countries, which name their forces as a listed country
// does: "the Tarn Army" of Tarn.
func countryWords(opts Options) map[string]bool {
	m := map[string]bool{}
	for id := range opts.Countries {
		for _, w := range strings.Fields(strings.ToLower(opts.Names[id])) {
			m[w] = true
		}
	}
	return m
}

// stateNameWords may stand in a state force's name beside its demonym.
var stateNameWords = wordset.Of("arab armed royal federal regular")

// stateCountries are the lower-case words of the countries demonyms name,
// which stand in forces' names too: "the Sudan Police Force", "the United
// States Army".
var stateCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range demonymOf {
		for _, w := range strings.Fields(c) {
			m[w] = true
		}
	}
	return m
}()

// nextField returns the first word of s, split as strings.Fields splits,
// and the rest of s; "" when s holds no word.
func nextField(s string) (w, rest string) {
	i := strings.IndexFunc(s, isNotSpace)
	if i < 0 {
		return "", ""
	}
	s = s[i:]
	if j := strings.IndexFunc(s, unicode.IsSpace); j >= 0 {
		return s[:j], s[j:]
	}
	return s, ""
}

// marks are trimmed from the ends of a word before it is looked up.
const marks = ".,'’\"“”"

// isNotSpace reports whether r is not a space.
func isNotSpace(r rune) bool { return !unicode.IsSpace(r) }

// lowerWord appends w lower-cased as strings.ToLower does it to buf, which
// for a short ASCII word is on the caller's stack: a map lookup of the
// result then allocates nothing.
func lowerWord(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// demonymOf maps a lower-case demonym to the lower-case country or people
// it refers to: "syrian" → "syria".
var demonymOf = func() map[string]string {
	m := map[string]string{}
	for k, v := range lexicon.Map("demonyms_en.tsv") {
		m[strings.ToLower(k)] = strings.ToLower(v)
	}
	return m
}()

// allianceWords in a claim's sentence that names both actors make them
// allies or parts of one another: "X and other allied factions", "an
// alliance dominated by X", "Y, backed by X".
var allianceWords = []string{"allied", "allies", "alliance", "coalition", "backed by", "supported by", "loyal to", "led by",
	"dominated by", "-led", "-backed"}

// allied reports whether the named actors of a and b may be one side: the
// same side by their words, one named after the other ("the Syrian Arab
// Army" and "Syria"), or a sentence naming both as allies.
func allied(a, b *fact) bool {
	if a.side != sideNone && a.side == b.side {
		return true
	}
	if na, nb := lowerName(a), lowerName(b); partOf(na, nb) || partOf(nb, na) {
		return true
	}
	return alliedIn(a, b) || alliedIn(b, a)
}

// lowerName returns the actor's display name in lower case, lowering it
// on first use: few pairs of facts ask.
func lowerName(f *fact) string {
	if !f.nameLower {
		f.name, f.nameLower = strings.ToLower(f.name), true
	}
	return f.name
}

// partOf reports whether name a holds name b or a demonym of it: "syrian
// arab army" and "syria".
func partOf(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(a, b) {
		return true
	}
	for _, w := range strings.Fields(a) {
		if demonymOf[w] == b {
			return true
		}
	}
	return false
}

// alliedIn reports whether a's sentence names b's actor with a word of
// alliance.
func alliedIn(a, b *fact) bool {
	if !b.actorID || !slices.Contains(a.c.Entities, b.c.Actor) {
		return false
	}
	return containsAny(strings.ToLower(a.c.Text), allianceWords)
}

// containsAny reports whether s holds any of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// opposed reports whether the actors of a and b are on opposite sides.
func opposed(a, b *fact) bool { return a.side != sideNone && b.side != sideNone && a.side != b.side }

// families maps a unit class to its family, from the third field of
// compare_units.tsv: villages, towns and areas taken are all places.
// factors map a unit to the multiple of its class's unit it is, from the
// fourth field: "7,900 acres" burned are 3,197 hectares, and "500 metres
// an hour" is 0.5 km.
var families, factors = func() (map[string]string, map[string]float64) {
	m, k := map[string]string{}, map[string]float64{}
	for _, r := range lexicon.Rows("compare_units.tsv") {
		if len(r) > 2 && len(r[1]) > 0 && r[2] != "" {
			m[r[1]] = r[2]
		}
		if len(r) > 3 {
			k[r[0]], _ = strconv.ParseFloat(r[3], 64)
		}
	}
	return m, k
}()

// familyMeasures are the measures whose units are compared by family:
// places taken are counted in villages by one source and in areas by
// another, while "30 houses destroyed" and "30 villages" are not one count;
// "14 people" and "14 workers" missing after a mine's collapse are one
// count, as are "1,450 patients" and "1,450 people" in hospital, and "230
// workers evacuated" and "230 employees flown out", "eight remain in
// custody" and "two of the 41 staff detained", while "412 dead" and "61
// civilians" are a total and a part.
var familyMeasures = wordset.Of("captured missing hospitalised displaced arrested released critical")

// measureOf maps a measure word to its canonical measure, and noun names
// the canonical measure after a number ("_" in it stands for the number:
// "magnitude _"). fixedMeasures are those marked "fixed": a magnitude or
// a crowd's size does not rise as reports come in, as a toll does;
// "event": fixed, and one per event (a quake's magnitude); or "day": a
// count of what happened on one stated day does not rise (25 hostages
// freed on Friday), though a count over days may; "many" is not fixed, but
// one article gives many such counts, of different things (cases).
var measureOf, nounOf, fixedMeasures = func() (map[string]string, map[string]string, map[string]string) {
	m, n, fixed := map[string]string{}, map[string]string{}, map[string]string{}
	for _, r := range measures {
		if len(r) < 3 {
			continue
		}
		m[r[0]] = r[1]
		if _, ok := n[r[1]]; !ok {
			n[r[1]] = r[2]
		}
		if len(r) > 3 {
			fixed[r[1]] = r[3]
		}
	}
	return m, n, fixed
}()

// predMeasure is the measure a figure counts when the quantity stage did
// not say and the claim's verb does: "the strikes killed 12".
var predMeasure = map[claim.Predicate]string{
	claim.Kill:        "killed",
	claim.Injure:      "injured",
	claim.Displace:    "displaced",
	claim.Capture:     "captured",
	claim.GainControl: "captured",
}

// ratePer joins a rate's unit and period in fact.unit: "person per day".
const ratePer = " per "

// personMeasures count persons when no unit is given: "412 dead".
var personMeasures = wordset.Of("killed injured displaced casualties missing arrested participants cases aboard survived sheltered capacity waiting critical trapped")

// voice returns source src as sources are compared: lower case, without
// an owner's possessive before a common noun ("Orlenia's interior
// ministry" is the interior ministry the next report names), so that two
// reports of one ministry read as one voice. A name's possessive part
// ("Doctors Without Borders' Ana Kell") is kept: only a first word ends in
// "'s".
func voice(src string) string {
	_, rest := possessed(src)
	return strings.ToLower(rest)
}

// possessed splits source src, less "the", into the owner whose
// possessive opens it before a common noun and what follows ("Orlenia",
// "interior ministry"); owner is "" when there is none, and rest all of
// src: only a first word ends in "'s", and not before a name ("Kestrana's
// Nadia Reventlow").
func possessed(src string) (owner, rest string) {
	t := strings.TrimSpace(src)
	if len(t) > 4 && strings.EqualFold(t[:4], "the ") {
		t = t[4:]
	}
	if i := strings.IndexByte(t, ' '); i > 0 && i+1 < len(t) && t[i+1] >= 'a' && t[i+1] <= 'z' {
		first := t[:i]
		if o, ok := strings.CutSuffix(first, "'s"); ok {
			return o, t[i+1:]
		}
		if o, ok := strings.CutSuffix(first, "’s"); ok {
			return o, t[i+1:]
		}
	}
	return "", t
}

// toFact normalises claim i; ok is false when the claim is not compared.
// Its topics are appended to arena, shared by the facts of one comparison.
func toFact(claims []claim.Claim, i int, arena *[]string) (fact, bool) {
	c := &claims[i]
	f := fact{idx: int32(i), c: c, art: c.Article, actor: strings.ToLower(strings.TrimSpace(c.Actor)), srcRaw: effectiveSource(c)}
	f.source = voice(f.srcRaw)
	if f.actor == "" && c.Source != "" && strings.Contains(strings.ToLower(c.Hedge), "claim") {
		// "The army claimed to have reclaimed positions": the claimant
		// is the actor.
		f.actor = strings.ToLower(c.Source)
		f.actorID = slices.Contains(c.Entities, c.Source)
	} else {
		// A body a speaker speaks for is named, though no topic: "“The
		// airport is in our hands,” FLS spokesman X said" is the FLS's.
		f.actorID = c.Actor != "" && (slices.Contains(c.Entities, c.Actor) || c.Actor == c.Source && c.Speaker != "")
	}
	if !setClass(&f) {
		return f, false
	}
	f.topics = topicsIn(arena, claims, i)
	f.objectPlace = objectPlace(&f)
	f.site = siteOf(&f)
	f.object = strings.ToLower(c.Object)
	setTime(&f, c.Time)
	if f.class == classFigure {
		f.sinceOp = sinceBegan(c.Text)
	}
	// A figure is taken at its article's date, since a count is as of the
	// day it is reported ("since December, 800,000 displaced" is a count
	// today); other claims at their stated time when precise to a month.
	f.stated = !f.from.IsZero() && f.span <= 31 && f.class != classFigure
	if f.class == classBlame {
		setParty(&f, arena)
	}
	if f.class == classAssert {
		// What is told and denied is its words, whatever else the
		// sentences name.
		*arena = append(*arena, "assert:"+c.Object)
		f.topics = (*arena)[len(*arena)-1:]
	}
	if f.class == classClock {
		clockTopics(&f, arena)
	}
	if f.class == classRecord {
		// "The most violent since 2020" and "the largest since the 2020
		// ceasefire" are about one thing when the year is one: the year is
		// their topic, whatever else the sentences name.
		if c.Time == nil || c.Time.Year == 0 {
			return f, false
		}
		*arena = append(*arena, "since:"+strconv.Itoa(anchor(&f)))
		f.topics = (*arena)[len(*arena)-1:]
	}
	return f, true
}

// setParty makes f's actor the party a blame claim says is behind an
// attack: the object of "blamed the MAL", the doer of "claimed
// responsibility" or "denied any role". Their one topic is blameTopic,
// which all share: they are compared by their parties, whatever else
// their sentences name.
func setParty(f *fact, arena *[]string) {
	c := f.c
	party := c.Actor
	if c.Predicate == claim.Blame {
		party = c.Object
	}
	f.actor = strings.ToLower(party)
	f.actorID = party != "" && slices.Contains(c.Entities, party)
	f.objectPlace, f.site = false, "" // the blamed is no place
	*arena = append(*arena, blameTopic)
	f.topics = (*arena)[len(*arena)-1:]
}

// blameTopic is the topic every blame fact shares.
const blameTopic = "blame:"

// ownerOf returns whose people a figure of people counts, when the
// sentence says: the named object or the name right after the figure
// ("three Tarvanian soldiers", "killed “at least 14” Lusavian soldiers",
// "12 residents of Kessel"), or, for "four of its soldiers" or "its own
// toll", the name its source bears ("Lusavia's defence ministry", the
// "Tarvanian Ministry of Defence"), else the source itself; "" for none.
func ownerOf(f *fact, names *lowerNames) string {
	c := f.c
	if f.class != classFigure || !personMeasures[f.measure] {
		return ""
	}
	if c.Object != "" && c.Object != c.Place && slices.Contains(c.Entities, c.Object) {
		return c.Object
	}
	end := c.Figure.End - c.Start
	if end < 0 || end > len(c.Text) {
		return ""
	}
	after := c.Text[end:min(len(c.Text), end+24)]
	if e := nameAt(c, strings.TrimLeft(after, ` "”'’`), c.Source, names, true); e != "" {
		return e
	}
	if c.Source == "" || !containsAny(c.Text[:end], ownWords) && !strings.HasPrefix(after, " of its ") && !strings.HasPrefix(after, " of their") {
		return ""
	}
	src := strings.ToLower(f.srcRaw)
	if n, ok := names.names[f.srcRaw]; ok {
		src = names.lower(f.srcRaw, n)
	}
	if e := nameAt(c, src, c.Source, names, false); e != "" {
		return e
	}
	if slices.Contains(c.Entities, c.Source) {
		return c.Source
	}
	return ""
}

// nameAt returns the entity of claim c, other than skip, whose name
// stands in text lower-cased, less its last letter when it is long enough
// to keep apart from others so ("lusavi" in "lusavia's defence ministry"
// or "Lusavian soldiers"; "iran" whole, not to be read in "iraqi"), at the
// text's start only when first; "" for none.
func nameAt(c *claim.Claim, text, skip string, names *lowerNames, first bool) string {
	text = strings.ToLower(text)
	for _, e := range c.Entities {
		if e == skip {
			continue
		}
		name := strings.TrimPrefix(names.lower(e, names.names[e]), "the ")
		if len(name) < 4 {
			continue
		}
		if len(name) >= 6 {
			name = name[:len(name)-1]
		}
		if i := strings.Index(text, name); i == 0 || i > 0 && !first {
			return e
		}
	}
	return ""
}

// lowerNames lower-cases the display names of entities once each, as
// ownerOf asks for them: fact after fact names the same few.
type lowerNames struct {
	names map[string]string // Options.Names
	low   map[string]string // made on the first call
}

// lower returns name, the display name of entity id, lower-cased.
func (l *lowerNames) lower(id, name string) string {
	if v, ok := l.low[id]; ok {
		return v
	}
	if l.low == nil {
		l.low = map[string]string{}
	}
	v := strings.ToLower(name)
	l.low[id] = v
	return v
}

// ownWords before a figure make it a count of the source's own people.
var ownWords = []string{" of its ", " of their ", " of our ", "its own ", "their own ", "our own "}

// effectiveSource is who a claim is attributed to. A claim hedged as a
// claim with no source is its actor's own account: "the army claimed to
// have repelled the offensive" is the army speaking.
func effectiveSource(c *claim.Claim) string {
	if c.Source != "" {
		return c.Source
	}
	if c.Actor != "" && strings.Contains(strings.ToLower(c.Hedge), "claim") {
		return c.Actor
	}
	return ""
}

// setClass sets the class, polarity and figure of f; false when the claim
// is not comparable.
func setClass(f *fact) bool {
	c := f.c
	if c.Figure != nil {
		return setFigure(f)
	}
	pc, ok := classes[c.Predicate]
	if !ok {
		return setFate(f)
	}
	f.class, f.pol, f.event = pc.class, pc.pol, pc.event
	if c.Negated {
		f.pol = -f.pol
	}
	return true
}

// setFate makes f a fate when its claim tells, without a figure, that a
// named person was killed, captured or injured, or denies it: "it killed
// Idris Mahrouk", "the group denied that Makhrouk had been killed". The
// object must be an entity the sentence names; false otherwise.
func setFate(f *fact) bool {
	c := f.c
	if c.Predicate != claim.Kill && c.Predicate != claim.Capture && c.Predicate != claim.Injure || c.Object == "" || !slices.Contains(c.Entities, c.Object) {
		return false
	}
	f.class, f.pol, f.event = classFate, 1, true
	if c.Negated {
		f.pol = -1
	}
	return true
}

// setFigure fills the figure fields of f; false when the figure does not
// say what it counts, since "7,000" alone cannot be matched safely.
func setFigure(f *fact) bool {
	q := f.c.Figure
	m := measureOf[strings.ToLower(q.Measure)]
	if m == "" && strings.HasSuffix(q.Measure, "ed") {
		m = q.Measure // a participle the text gave: "12,000 children were malnourished"
	}
	if m == "" {
		m = predMeasure[f.c.Predicate]
	}
	if m == "" {
		return false
	}
	lu := strings.ToLower(q.Unit)
	u := unitClass(lu)
	if u == "" && personMeasures[m] {
		u = "person"
	}
	u = countedAs(m, u)
	if q.Per != "" {
		u += ratePer + q.Per // "2,000 people a day" is a rate, never weighed against a total
	}
	f.class, f.measure, f.unit = classFigure, m, u
	f.lo, f.hi, f.loOpen, f.hiOpen = q.Low, q.High, q.LowOpen, q.HighOpen
	if f.hi < f.lo {
		f.lo, f.hi = q.Value, q.Value
	}
	if q.Bound == "about" && f.lo == f.hi {
		tol := quantity.AboutTolerance(q.Value)
		f.lo, f.hi = q.Value-tol, q.Value+tol
	}
	f.val, f.k = q.Value, 1
	if k := factors[lu]; k > 0 {
		f.val, f.lo, f.hi, f.k = k*f.val, k*f.lo, k*f.hi, k // "7,900 acres" against "3,200 hectares"
	}
	if math.IsNaN(f.lo) || math.IsNaN(f.hi) {
		return false
	}
	return true
}

// countedAs returns the unit class u counts in as measure m's counts
// are given: homes, households and customers cut off are one count, as
// utilities give it; people, suspects and men arrested are one, as police
// give it ("Police arrested 14 people", "27 suspects had been arrested");
// workers and a union's members on strike are one.
func countedAs(m, u string) string {
	switch {
	case m == "without power" && (u == "family" || u == "customer"):
		return "house"
	case m == "arrested" && (u == "suspect" || u == "man" || u == "woman"):
		return "person"
	case m == "striking" && (u == "member" || u == "employee"):
		return "worker"
	}
	return u
}

// familyOf returns the unit family of a figure: villages, towns and areas
// taken are all places; other counts are of their unit.
func familyOf(f *fact) string {
	if fam := families[f.unit]; fam != "" && familyMeasures[f.measure] {
		return fam
	}
	return f.unit
}

// unitClass maps a unit to its class, trying singular forms of a plural
// the quantity stage left: "families" → "family".
func unitClass(u string) string {
	for _, w := range []string{u, strings.TrimSuffix(u, "ies") + "y", strings.TrimSuffix(u, "es"), strings.TrimSuffix(u, "s")} {
		if cls, ok := units[w]; ok {
			return cls
		}
	}
	return u
}

// anchor returns the year a record is the worst since.
func anchor(f *fact) int { return f.c.Time.Year }

// topicsIn returns the things claims[at] is about: its place, its object
// when that is an entity, and its other entities, but not who says it,
// speaks for its source or acts, nor who says the other claims of its
// sentence ("the governor put the toll at 31, while the agency said 27"),
// since "the observatory" in two sentences does not make them one fact.
// They are appended to arena, and the slice returned is full.
//
// The candidates are walked in one loop, place and object before the
// entities, so that the test is written once: the wasm build is small.
func topicsIn(arena *[]string, claims []claim.Claim, at int) []string {
	c := &claims[at]
	var room [4]string
	voices := sentenceVoices(room[:0], claims, at)
	a := *arena
	start := len(a)
	obj := slices.Contains(c.Entities, c.Object)
	for i := -2; i < len(c.Entities); i++ {
		var s string
		switch {
		case i == -2:
			s = c.Place
		case i == -1 && obj:
			s = c.Object
		case i >= 0:
			s = c.Entities[i]
		}
		if s != "" && s != c.Source && s != c.Speaker && s != c.Actor && !slices.Contains(a[start:], s) && !slices.Contains(voices, s) {
			a = append(a, s)
		}
	}
	*arena = a
	t := a[start:len(a):len(a)]
	sorts.SortFunc(t, strings.Compare) // not slices.Sort: its copy for strings is some 16 KB of wasm
	return t
}

// countedOn reports whether figure f is a count as of the time it states:
// its article's day or the day before ("the toll rose to 27 on Monday",
// "late on Monday, the governor put the toll at 31" in Tuesday's paper),
// or a time ended two months before its article ("in 1998, some 20,000
// people were evacuated", "an attack on the plant in January injured nine
// workers" in June: a count of then, not of today). A day further back in
// the same year is the day of the event counted ("20 killed in Sunday's
// attack", reported on Wednesday), and the count is as of the article's
// date.
func countedOn(f *fact, arts []Article) bool {
	if f.class != classFigure || f.from.IsZero() || f.art < 0 || f.art >= len(arts) {
		return false
	}
	d := arts[f.art].Date
	switch {
	case d.IsZero() || f.from > d:
		return false
	case isDay(f) && d == f.from:
		return true
	case isDay(f) && d-f.from == 1:
		// The day before is the count's when the sentence tells a count
		// or a speaker's words, not an event: "eight people were killed
		// on Monday night" in Tuesday's paper is Tuesday's count of
		// Monday's dead.
		return f.c.TimeSaid || containsAny(f.c.Text, countWords)
	}
	return d-f.from-timex.Date(f.span) > sameEventDays
}

// countWords are the words of a sentence that tells a count as it stood,
// not the event counted: "the toll rose to 27", "put the death toll at
// 31", "on Friday, when police reported 31 dead", "arrested on Thursday,
// bringing to three the number of people detained".
var countWords = []string{"rose to", "risen to", "climbed to", "stood at", "stands at", "toll at", "number at", "toll to", "number to", "figure at", "figure to", " reported ", "bringing to ", "brings to ", "brought to "}

// sentenceVoices appends to out the sources of the other claims of
// claims[i]'s sentence, which stand next to it in the slice when the
// claims come in text order.
func sentenceVoices(out []string, claims []claim.Claim, i int) []string {
	c := &claims[i]
	for _, step := range [2]int{-1, 1} {
		for j := i + step; j >= 0 && j < len(claims) && claims[j].Article == c.Article && claims[j].Start == c.Start; j += step {
			for _, v := range [2]string{claims[j].Source, claims[j].Speaker} {
				if v != "" && v != c.Source && !slices.Contains(out, v) {
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// setTime records the event time a claim states, when it states one, and
// whether it is a stretch of years ("between 2010 and 2015", "the 14th
// century", "over the centuries"): a count over one is no count of today.
func setTime(f *fact, e *timex.Expr) {
	if e == nil {
		return
	}
	f.period = e.Kind == timex.KindPeriod || longPast(e.Rel)
	switch {
	case (e.Since || e.Kind == timex.KindSince) && e.Resolved() && whenAfter(f.c, e):
		f.from, f.span = e.From, int32(e.To-e.From) // "the deadliest since March 2029, when a truck bomb killed 23": then
	case e.Since || e.Kind == timex.KindSince || strings.HasPrefix(strings.ToLower(e.Text), "since "):
		f.since = e.Year
		if e.Resolved() && !recordSince(f.c, e) {
			f.sinceFrom = e.From
		}
	case e.Resolved():
		f.from, f.span = e.From, int32(e.To-e.From)
	case e.Year > 0 && (e.Kind == timex.KindYear || e.Kind == timex.KindMonth):
		f.from = timex.DateOf(e.Year, 1, 1)
		f.span = int32(f.from.AddDate(1, 0, 0) - f.from)
	}
}

// recordSince reports whether "since" in claim c's time expression e
// dates a record, not a count: "the most violent since 2020", "the first
// time since 2012", "the worst flooding since March" (a word of
// recordWords in the few words before it).
func recordSince(c *claim.Claim, e *timex.Expr) bool {
	i := e.Start - c.Start
	if i <= 0 || i > len(c.Text) {
		return false
	}
	before := strings.ToLower(c.Text[max(0, i-32):i])
	return containsAny(before, recordWords)
}

// recordWords end the words before a record's "since": a superlative
// ("deadliest", "worst") or "the first time".
var recordWords = []string{"est ", "most ", "worst ", "first ", "time "}

// sinceBegan reports whether a sentence counts from an episode's start,
// sinceUndated when it does not say the day ("since the offensive
// began", "since the start of the siege"), sinceDated when it does
// ("since the protests started on Friday"): the day is then the claim's
// time or another of the sentence's. The word "since" is matched as
// written, at a sentence's start or inside it.
func sinceBegan(text string) int8 {
	for rest := text; ; {
		i := strings.Index(rest, "ince the ")
		if i < 0 {
			return 0
		}
		since := i > 0 && (rest[i-1] == 's' || rest[i-1] == 'S')
		rest = rest[i+9:]
		if !since {
			continue
		}
		words := strings.Fields(rest[:min(len(rest), 48)])
		if len(words) >= 3 && beginNouns[words[0]] && words[1] == "of" {
			return sinceUndated // "since the start of the siege"
		}
		for k := 1; k < len(words) && k <= 3; k++ {
			w := strings.TrimRight(words[k], ",.;")
			if !timex.Begins(w) || w == "broke" {
				continue
			}
			if w == words[k] && k+1 < len(words) && dayOpeners[words[k+1]] {
				return sinceDated // "since the offensive began on 30 May"
			}
			return sinceUndated // "since the offensive began"
		}
	}
}

// What sinceBegan finds.
const (
	sinceUndated = 1
	sinceDated   = 2
)

// beginNouns tell an episode's start after "since the" (its verbs are
// timex's: timex.Begins); dayOpeners, a day after its verb.
var (
	beginNouns = wordset.Of("start beginning launch onset outbreak")
	dayOpeners = wordset.Of("on in at last this early late")
)

// whenAfter reports whether ", when" follows time expression e in claim
// c's sentence: what the when-clause tells happened at that time, not
// since it.
func whenAfter(c *claim.Claim, e *timex.Expr) bool {
	i := e.End - c.Start
	return i >= 0 && i <= len(c.Text) && strings.HasPrefix(c.Text[i:], ", when ")
}

// longPast reports whether a relative rule spans a decade or more ("past
// 3650": "for decades") or lies a year or more before its article ("year
// -1": "last year"; "ago 730": "two years ago"): a count then is no count
// of today.
func longPast(rule string) bool {
	kind, n, ok := strings.Cut(rule, " ")
	if !ok {
		return false // most claims: Atoi("") would allocate its error
	}
	days, _ := strconv.Atoi(n)
	switch kind {
	case "past":
		return days >= 3650
	case "year":
		return days < 0
	case "ago":
		return days >= 365
	}
	return false
}

// overlap reports whether the figure intervals of a and b share a value,
// honouring open ends: "more than 100" and "100" do not overlap.
func overlap(a, b *fact) bool {
	if a.hi < b.lo || b.hi < a.lo {
		return false
	}
	if a.hi == b.lo && (a.hiOpen || b.loOpen) {
		return false
	}
	if b.hi == a.lo && (b.hiOpen || a.loOpen) {
		return false
	}
	return true
}

// shared counts the topics a and b share.
func shared(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// where is the place a claim is about, as objectPlace found it.
func where(f *fact) string {
	if f.site != "" {
		return f.site
	}
	if f.objectPlace {
		return f.c.Object
	}
	return f.c.Place
}

// objectPlace reports whether the place a claim is about is its object
// rather than its place: its place, else its object when that is an
// entity ("lost control of Aleppo"). For control the named object comes
// first, since it is what is held or taken: "X, the main armed group in
// Tarsa, launched an offensive in the province of Kessel" holds Tarsa.
func objectPlace(f *fact) bool {
	obj := f.c.Object != "" && slices.Contains(f.c.Entities, f.c.Object)
	return obj && (f.class == classControl || f.c.Place == "")
}

// sites are what is taken and held in a town without being it.
var sites = lexicon.Set("sites_en.txt")

// siteOf returns "airport@X" for control of a site the claim stage placed
// in X ("seized the airport of X"), "" for any other claim: taking the
// airport of X is not taking X, and two accounts of the airport meet
// there, not in the town.
func siteOf(f *fact) string {
	c := f.c
	if f.class != classControl || c.Place == "" || f.objectPlace || c.Object == "" {
		return ""
	}
	head := objectHead(c.Object)
	if !sites[head] {
		return ""
	}
	return head + "@" + c.Place
}

// objectHead returns the last word of an object, lower-cased: "airport"
// for "the international airport".
func objectHead(object string) string {
	return strings.ToLower(object[strings.LastIndexByte(object, ' ')+1:])
}

// bareSite reports whether a fact is about control of a site its claim
// placed nowhere ("its fighters had seized the bridge"): not the town the
// sentence also names.
func bareSite(f *fact) bool {
	if f.class != classControl || f.site != "" || f.objectPlace || f.c.Object == "" {
		return false
	}
	return sites[objectHead(f.c.Object)]
}

// namedPlace reports whether a fact is about a named place or site, not
// about ground around one ("positions near X").
func namedPlace(f *fact) bool { return f.objectPlace || f.site != "" }

// placeConflict reports whether a and b name different places, neither of
// which the other mentions: "a bombing in Northtown" and "the assault on
// Southport" are different events. A place a sentence gives its own count
// ("17 were killed in X and four in Y") is no mention for the other. Two
// countries always conflict: neither lies inside the other, so a count of
// people displaced inside one is no count of those who fled into another.
func placeConflict(a, b *fact) bool {
	pa, pb := where(a), where(b)
	if pa == "" || pb == "" || pa == pb {
		return false
	}
	if a.inCountry && b.inCountry {
		return true // "500,000 displaced inside Dovrenia", "68,000 have fled Dovrenia's war into Ardestan"
	}
	if slices.Contains(b.topics, pa) && !b.listsPlaces {
		return false
	}
	return !slices.Contains(a.topics, pb) || a.listsPlaces
}

// placeFit scores how well the places of a and b fit: the same place
// named by both is best; a place one names and the other only mentions
// is good; a place one names and the other does not mention is poor.
func placeFit(a, b *fact) float64 {
	pa, pb := where(a), where(b)
	switch {
	case pa != "" && pa == pb:
		return 0.15
	case pa != "" && pb != "":
		return 0
	case pa == "" && pb == "":
		return 0
	}
	p, other := pa, b
	if p == "" {
		p, other = pb, a
	}
	if slices.Contains(other.topics, p) {
		return 0.05
	}
	return -0.1
}

// actorRel is how the actors of two claims relate.
type actorRel int

const (
	actorUnknown actorRel = iota // one side names no actor
	actorSame                    // the same entity or the same words
	actorOther                   // different words that may still mean one side
	actorDiffer                  // two different canonical entities
)

// actors compares the actors of a and b.
func actors(a, b *fact) actorRel {
	switch {
	case a.actor == "" || b.actor == "":
		return actorUnknown
	case a.actor == b.actor:
		return actorSame
	case a.actorID && b.actorID:
		return actorDiffer
	case wordsOverlap(a.actor, b.actor):
		return actorSame
	}
	return actorOther
}

// wordsOverlap reports whether two actor phrases share half their words of
// four letters or more: "the regime's forces" and "regime forces". It is
// asked for many pairs of facts, so it walks the words in place.
func wordsOverlap(a, b string) bool {
	na, nb, n := 0, 0, 0
	for w, rest := contentWord(a); w != ""; w, rest = contentWord(rest) {
		na++
		for v, rest := contentWord(b); v != ""; v, rest = contentWord(rest) {
			if sameWord(v, w) {
				n++
				break
			}
		}
	}
	for w, rest := contentWord(b); w != ""; w, rest = contentWord(rest) {
		nb++
	}
	return na > 0 && nb > 0 && 2*n >= max(na, nb)
}

// sameWord reports whether v and w are one word, in either case and
// either number: "Rebel" and "rebels", "force" and "forces".
func sameWord(v, w string) bool {
	if len(v) > len(w) {
		v, w = w, v
	}
	return strings.EqualFold(v, w) || len(w) == len(v)+1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && strings.EqualFold(v, w[:len(v)])
}

// contentWord returns the first word of s of four letters or more, an
// English possessive trimmed, and the rest of s; "" when none is left.
// Words are split at spaces, hyphens and commas.
func contentWord(s string) (w, rest string) {
	for s != "" {
		w, rest = s, ""
		if i := strings.IndexAny(s, " -,"); i >= 0 {
			w, rest = s[:i], s[i+1:]
		}
		if w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); len(w) >= 4 {
			return w, rest
		}
		s = rest
	}
	return "", ""
}

// clockTopics makes f's topics the two spans of clockSpan minutes its time
// of day falls in, one of them offset by half a span: times at most half
// a span apart share one, so that two reports of the moment an event began
// meet whatever else their sentences name. A time with no a.m. or p.m. has
// the spans of both halves of the day.
func clockTopics(f *fact, arena *[]string) {
	k, n := f.c.Clock, len(*arena)
	for m := k.Minute; ; m += 12 * 60 {
		*arena = append(*arena, "clock:"+strconv.Itoa(m/clockSpan), "clock+"+strconv.Itoa((m+clockSpan/2)/clockSpan))
		if !k.Unmarked || m >= 12*60 {
			break
		}
	}
	f.topics = (*arena)[n:]
	sorts.SortFunc(f.topics, strings.Compare) // topics are sorted (see shared)
}

// clockSpan is the width, in minutes, of a time of day's topics: twice
// the most two rough times ("about 5:40", "shortly before 6") may differ.
const clockSpan = 2 * clockNear

// clockNear is how many minutes apart two times of day may be when one of
// them is given roughly.
const clockNear = 15
