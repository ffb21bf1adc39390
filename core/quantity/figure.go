package quantity

import (
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// candidate is a figure being read: the number, then what surrounds it.
type candidate struct {
	_ [0]func() // not comparable: spares the binary an equality function (1.5 KB of wasm); first, as a last zero-size field is padded

	first, last int     // tokens of the figure itself, currency sign and scale word included
	num         int     // the token holding the first number
	next        int     // the token after everything read so far
	start, end  int     // byte span of the phrase
	raw         string  // the digits as written, "" for words
	value       float64 // the number, scale applied
	lo, hi      float64 // its interval before bounds: [value, value] or a range
	scale       float64 // multiplier of a scale word, 1 when none
	words       bool    // written in words: "seven", "a dozen"
	vague       bool    // "dozens", "tens of thousands"
	isRange     bool    // "20-30", "between 20 and 30"
	bare4       bool    // four digits and nothing else: a year candidate
	dotAmbig    bool    // "7.000": decimal or thousands, context decides
	currency    bool    // preceded by a currency sign
	loneOne     bool    // the word "one" alone, often a pronoun
	unit        string
	bound       Bound
	below       bool // About from below: "nearly"
	boundTok    int  // the first token of a bound phrase before the figure, else first
	measure     string
	impliedUnit string // unit implied by a measure noun right after: "17 dead"
	partVerb    string // for a whole a participle describes, the measure of the verb after it, its part's: "11 of the 17 kidnapped workers had been freed"
	bodiesOf    string // the unit of people bodiesOf took for "body", kept for a toll
}

// figure reads the number starting at token k into c. When there is none
// it reports false, with c.next the token to resume at (past a time such
// as "10:30", so that its parts are not read as figures). The readers fill
// the caller's candidate rather than return one: a candidate is some 200
// bytes, and returning it through two calls zeroed and copied it for every
// number and every "a".
func (s *scanner) figure(c *candidate, k int) bool {
	o, ok := s.mayOpen(k)
	if !ok {
		*c = candidate{next: k + 1} // most words: one map probe
		return false
	}
	return s.figureAt(c, k, o)
}

// figureAt is figure for a token that mayOpen has let through with o.
func (s *scanner) figureAt(c *candidate, k int, o opener) bool {
	if s.Toks[k].Kind == tNum {
		return s.digits(c, k)
	}
	return s.numberWords(c, k, o)
}

// digits reads a figure in digits at token k: "10,700", "$2.5bn", "70%",
// "1.2 million", "10km".
func (s *scanner) digits(c *candidate, k int) bool {
	t := s.Toks[k]
	*c = candidate{first: k, last: k, num: k, next: k + 1, start: t.Start, end: t.End, raw: s.Text[t.Start:t.End], scale: 1}
	if s.Adjacent(k - 1) {
		switch p := s.Word(k - 1); {
		case s.Kind(k-1) == tWord, p == "#": // "M5", "G7", "#3"
			return false
		case p == "-" && s.Adjacent(k-2) && s.Kind(k-2) == tWord: // "F-16", "COVID-19"
			return false
		case currencies[p] != "":
			c.unit, c.currency, c.first, c.start = currencies[p], true, k-1, s.Toks[k-1].Start
			if s.Adjacent(k-2) && s.Kind(k-2) == tWord { // "US$"
				c.first, c.start = k-2, s.Toks[k-2].Start
			}
		}
	}
	if g := s.spacedGroups(k); g > k {
		// "5 000 tonnes", "1 200 000": thousands set off by spaces.
		c.raw = strings.Join(strings.Fields(s.Text[t.Start:s.Toks[g].End]), "") // no-break and thin spaces are spaces to Fields
		c.last, c.end, c.next, k = g, s.Toks[g].End, g+1, g
	}
	if s.Adjacent(k) {
		if skip, ok := s.notCount(k); ok {
			c.next = skip
			return false
		}
		if s.Kind(k+1) == tWord {
			w := s.Word(k + 1)
			if sw, ok := scales[w]; ok && (!sw.money || c.currency || money[units[s.Word(k+2)]]) {
				// "$5m", "7.1m pounds"; "5m" alone is five metres.
				c.scale = sw.mult
			} else if u := units[w]; u != "" {
				c.unit = u
			} else {
				return false // "5G", "3D"
			}
			c.last, c.end, c.next = k+1, s.Toks[k+1].End, k+2
		}
	}
	v, ok := parseNumber(c.raw, false)
	if !ok {
		return false
	}
	c.dotAmbig = strings.Count(c.raw, ".") == 1 && !strings.Contains(c.raw, ",") && len(c.raw)-strings.IndexByte(c.raw, '.') == 4
	c.bare4 = len(c.raw) == 4 && !c.currency && c.scale == 1 && c.unit == "" && !strings.ContainsAny(c.raw, ",.")
	if c.scale == 1 && s.Kind(c.next) == tWord {
		if sw, ok := scales[s.Word(c.next)]; ok && !sw.money {
			c.scale, c.last, c.end, c.next = sw.mult, c.next, s.Toks[c.next].End, c.next+1
		}
	}
	c.value = v * c.scale
	s.percent(c)
	c.lo, c.hi = c.value, c.value
	return true
}

// spacedGroups returns the last token of a number whose thousands are
// set off by spaces, as French and much of Europe writes them ("5 000",
// "1 200 000"), that starts at token k: a group of one to three digits,
// then groups of three, each after one space (or a no-break or thin
// space). k when there is none, and when the number goes on into a name
// ("400 737 Max jets" counts 737s).
func (s *scanner) spacedGroups(k int) int {
	if len(s.Word(k)) > 3 || s.Adjacent(k-1) || !allDigits(s.Word(k)) {
		return k
	}
	j := k
	for j+1 < len(s.Toks) && s.Kind(j+1) == tNum && len(s.Word(j+1)) == 3 && allDigits(s.Word(j+1)) && groupGap(s.Text[s.Toks[j].End:s.Toks[j+1].Start]) {
		j++
	}
	if j == k || s.Adjacent(j) && !groupEnds[s.Word(j+1)] {
		return k // "74 100%": two figures of a table
	}
	if n := j + 1; n < len(s.Toks) && s.Kind(n) == tWord {
		if c := s.Text[s.Toks[n].Start]; c >= 'A' && c <= 'Z' {
			return k
		}
	}
	return j
}

// isWhole reports whether c is the whole of a part before it: "11 of the
// 17 kidnapped workers", "31 of 40 drones". The verb after it is the
// part's.
func (s *scanner) isWhole(c *candidate) bool {
	k := c.first - 1
	if w := s.Word(k); w == "the" || w == "its" || w == "their" {
		k--
	}
	return k >= 1 && s.Word(k) == "of" && (s.Kind(k-1) == tNum || s.numberWord(k-1))
}

// partsVerb reports whether the measure word at tokens [j, j+n), after
// whole c's noun, is the verb of c's part rather than a participle
// describing the whole: "two of four units damaged", "11 of the 17
// workers were freed"; but "38 of the 45 drones launched overnight" were
// shot down, and "two of the five journalists reported missing on
// Saturday were found" were missing.
func (s *scanner) partsVerb(c *candidate, j, n int) bool {
	if !s.isWhole(c) {
		return false
	}
	p := c.first - 2 // the part's number, before "of"
	if s.Word(p) == "of" {
		p--
	}
	for k := max(p-3, 0); k < p; k++ {
		if _, m := s.measureAt(k, p); m > 0 {
			return false // the part has its verb before it
		}
	}
	return s.afterAux(j) || j+n >= len(s.Toks) || s.Kind(j+n) == tPunct
}

// harms are what befalls people that outweighs the noun they are counted
// by.
var harms = wordset.Of("killed injured missing captured kidnapped arrested")

// verbAfterNoun returns the measure of a passive right after token k,
// where a noun that names people by what befell them ends ("evacuees",
// "refugees"): "were killed", "had been wounded". "" when none.
func (s *scanner) verbAfterNoun(k int) string {
	if !beWords[s.Word(k)] && !auxWords[s.Word(k)] {
		return ""
	}
	for j := k + 1; j < len(s.Toks) && j <= k+2; j++ {
		if m, n := s.measureAt(j, len(s.Toks)); n > 0 && !m.next && m.measure != "-" && m.unit == "" {
			return m.measure
		}
		if !beWords[s.Word(j)] && !auxWords[s.Word(j)] {
			return ""
		}
	}
	return ""
}

// groupEnds are the marks that may close a number set off by spaces.
var groupEnds = wordset.Of(", . ; : ) ]")

// groupGap reports whether gap is the one space between groups of digits.
func groupGap(gap string) bool {
	return gap == " " || gap == "\u00a0" || gap == "\u202f" || gap == "\u2009"
}

// allDigits reports whether w is ASCII digits only.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// notCount reports whether the number at token k, which touches the next
// token, is a time, date, ordinal or fraction rather than a count, and the
// token to resume at: "10:30", "27/11/2024", "2024-11-27", "21st", "9am".
func (s *scanner) notCount(k int) (int, bool) {
	n := s.Word(k + 1)
	numAfter := s.Adjacent(k+1) && s.Kind(k+2) == tNum
	switch {
	case (n == ":" || n == "/") && numAfter:
		j := k + 2
		for s.Adjacent(j) && (s.Word(j+1) == ":" || s.Word(j+1) == "/") && s.Adjacent(j+1) && s.Kind(j+2) == tNum {
			j += 2
		}
		return j + 1, true
	case n == "-" && numAfter && s.Adjacent(k+2) && s.Word(k+3) == "-" && s.Adjacent(k+3) && s.Kind(k+4) == tNum:
		return k + 5, true // ISO date
	case n == "st" || n == "nd" || n == "rd" || n == "th" || n == "am" || n == "pm" || n == "h" || n == "hr" || n == "gmt" || n == "utc":
		return k + 2, true
	}
	return 0, false
}

// percent extends c over "%", "percent", "per cent" or "pc" after it.
func (s *scanner) percent(c *candidate) {
	j := c.next
	switch w := s.Word(j); {
	case w == "%" || w == "percent" || w == "pc" || w == "pct":
		c.next = j + 1
	case s.phrase(j, 2) == "per cent":
		c.next = j + 2
	default:
		return
	}
	c.unit, c.last, c.end = "percent", c.next-1, s.Toks[c.next-1].End
}

// fractions follow a hyphen after a number word that is then a
// numerator: "two-thirds", "three-quarters".
var fractions = wordset.Of("third thirds quarter quarters fifth fifths half tenth tenths")

// ordinals are the ordinal words that, after "a" and before a noun of
// people, count them: "a third person had died of cold" (the toll is
// three).
var ordinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}

// numberWords reads a figure in words at token k: a vague count
// ("dozens", "tens of thousands") or a cardinal ("twenty-five", "a dozen",
// "half a million"). o is token k's entry in wordStarts.
func (s *scanner) numberWords(c *candidate, k int, o opener) bool {
	*c = candidate{first: k, num: k, next: k + 1, start: s.Toks[k].Start, scale: 1, words: true}
	w := s.Word(k)
	for n := 4; n >= 1; n-- {
		if o.vague&(1<<n) == 0 {
			continue // no vague count of n words starts here: spare the probe
		}
		if iv, ok := vague[s.phrase(k, n)]; ok {
			c.vague, c.lo, c.hi, c.value = true, iv.lo, iv.hi, iv.lo
			c.last, c.next, c.end = k+n-1, k+n, s.Toks[k+n-1].End
			return true
		}
	}
	if !o.number {
		return false
	}
	if w == "no" {
		return s.noneOf(c, k)
	}
	if n := ordinals[s.Word(k+1)]; n > 0 && w == "a" && peopleUnits[units[s.Word(k+2)]] {
		// "A sixth person has died": the toll is six
		c.value, c.lo, c.hi = float64(n), float64(n), float64(n)
		c.last, c.next, c.end = k+1, k+2, s.Toks[k+1].End
		return true
	}
	var p wordParser
	best := -1
	for j := k; s.Kind(j) == tWord; {
		if !p.add(s.Word(j)) {
			break
		}
		if v, ok := p.value(); ok {
			best, c.value = j, v
		}
		switch {
		case s.Adjacent(j) && s.Word(j+1) == "-" && s.Adjacent(j+1) && s.Kind(j+2) == tWord:
			j += 2
		case s.phrase(j, 2) != "" && s.Kind(j+1) == tWord:
			j++
		default:
			j = len(s.Toks)
		}
	}
	if best < 0 {
		return false
	}
	if s.Adjacent(best) && s.Word(best+1) == "-" && fractions[s.Word(best+2)] {
		c.next = best + 3
		return false
	}
	c.last, c.next, c.end = best, best+1, s.Toks[best].End
	c.loneOne = best == k && w == "one"
	s.percent(c)
	c.lo, c.hi = c.value, c.value
	return true
}

// rangeAfter extends c over a second figure making a range: "20-30",
// "20 to 30", "between 20 and 30", "two or three", "1.2 to 1.5 million".
// "from 12 to 17" is a change, not a range, and stays two figures.
func (s *scanner) rangeAfter(c *candidate) {
	if c.vague {
		return
	}
	j := c.next
	before := s.Word(c.first - 1)
	switch conn := s.Word(j); {
	case conn == "-" || conn == "–" || conn == "or":
	case conn == "to" && before != "from":
	case conn == "and" && before == "between":
	default:
		return
	}
	var b candidate
	if !s.figure(&b, j+1) || b.vague || b.currency != c.currency && !c.currency {
		return
	}
	if c.scale == 1 && b.scale > 1 && c.value*b.scale <= b.value {
		c.value *= b.scale // "1.2 to 1.5 million"
	}
	if c.value >= b.value {
		return
	}
	c.isRange, c.lo, c.hi = true, c.value, b.value
	c.last, c.next, c.end = b.last, b.next, b.end
	c.bare4 = c.bare4 && b.bare4
	if b.unit != "" {
		c.unit = b.unit
	}
}

// unitStops end the search for the noun a figure counts: function words
// that begin another phrase ("12 were killed in the village" counts no
// village), and qualifiers, which describe a part of what was counted
// and do not name it: in "412 dead, mostly combatants" the figure counts
// persons (from "dead"), not combatants.
var unitStops = wordset.Of("in on at from to by with after before near including and or but were was have has had are is be been who which that as for into across since during while when where than said says per each a an this last over " +
	"mostly mainly largely chiefly primarily predominantly principally overwhelmingly among especially notably particularly")

// unitAfter sets c.unit from the noun after the figure, allowing a few
// adjectives, "of the" and hyphenated forms: "37 members", "30 Syrian army
// soldiers", "dozens of civilians", "a 40-km convoy", "70 per cent".
// bodiesOf makes a figure of people right after "the bodies of" or "the
// remains of" a count of bodies: "exhumed the bodies of 58 people" found
// 58 bodies, as "73 bodies were recovered" did. A toll keeps its people
// ("the bodies of 38 people killed in the crush"): see find.
func (s *scanner) bodiesOf(c *candidate) {
	if k := c.first; k >= 2 && s.Word(k-1) == "of" && (s.Word(k-2) == "bodies" || s.Word(k-2) == "remains") &&
		(c.unit == "" || peopleUnits[c.unit]) {
		c.bodiesOf, c.unit = c.unit, "body"
	}
}

func (s *scanner) unitAfter(c *candidate) {
	if c.unit != "" && c.unit != "dollar" && c.unit != "euro" && c.unit != "pound" {
		return
	}
	j := c.next
	if s.Word(j) == "-" && s.Adjacent(j-1) && s.Adjacent(j) {
		if u := units[s.Word(j+1)]; u != "" {
			c.unit = u
		}
		return
	}
	if c.unit != "" {
		return // "$5 million in aid"
	}
	if ph := s.phrase(j, 2); ph == "of whom" || ph == "of them" || ph == "of which" {
		j += 2 // "12 of whom were children"
	} else if ph == "of the" && victims[s.Word(j+2)] && partBe[s.Word(j+3)] {
		j += 3 // "eight of the dead were children"
	}
	if j > c.next && partBe[s.Word(j)] {
		j++
	}
	for skipped := 0; j < len(s.Toks) && skipped <= 3; j++ {
		switch s.Kind(j) {
		case tNum:
			return
		case tPunct:
			if w := s.Word(j); w != "-" && !(j == c.next && (w == `"` || w == "”")) {
				return // a closing quote right after the figure: killed “at least 14” soldiers
			}
			continue
		}
		if j > c.next && s.numberWord(j) {
			return // "five companies join nine others": nine's noun
		}
		if u := units[s.phrase(j, 3)]; u != "" {
			c.unit = u // "km/h", "miles per hour"
			return
		}
		if u := units[s.phrase(j, 2)]; u != "" {
			c.unit = u
			return
		}
		w := s.Word(j)
		if u := units[w]; u != "" && !(len(w) == 1 && s.Text[s.Toks[j].Start] >= 'A' && s.Text[s.Toks[j].Start] <= 'Z') {
			if next := units[s.Word(j+1)]; s.Kind(j+1) == tWord && next != "" && !(peopleUnits[u] && spans[next]) {
				u = next // a compound's head: "96 attack drones", "five police officers"; not "six people hours after"
			}
			c.unit = u // not the M of "31 M1 Abrams tanks"
			return
		}
		if unitStops[w] {
			return
		}
		skipped++
	}
}

// boundAround reads bound words before the figure ("at least", "some",
// "between") and after it ("or more"), never reaching into the previous
// figure, whose tokens end before token floor.
func (s *scanner) boundAround(c *candidate, floor int) {
	c.boundTok = c.first
	for n := 3; n >= 1; n-- {
		j := c.first - n
		if j < floor || j < 0 {
			continue
		}
		ph := s.phrase(j, n)
		b, ok := bounds[ph]
		if !ok || b.after {
			continue
		}
		if ph == "over" && takeVerbs[s.Word(j-1)] {
			continue // "took over 12 villages"
		}
		c.bound, c.below, c.boundTok, c.start = b.bound, b.below, j, s.Toks[j].Start
		break
	}
	if c.isRange && c.boundTok == c.first && c.first-1 >= floor {
		if w := s.Word(c.first - 1); w == "between" || w == "from" {
			c.boundTok, c.start = c.first-1, s.Toks[c.first-1].Start
		}
	}
	if b, ok := bounds[s.phrase(c.next, 2)]; ok && b.after && c.bound == "" {
		c.bound, c.below = b.bound, b.below
		c.end, c.next = s.Toks[c.next+1].End, c.next+2
	}
}

// takeVerbs make "over" a particle, not a bound: "took over 12 villages".
var takeVerbs = wordset.Of("took take taken takes taking handed hand turned")

// excluded reports whether c is not a count: a year ("in 2015"), a day of
// a date ("Nov. 27", "27 November"), a label ("No. 10", "Resolution
// 2254"), a time ("9 a.m."), a pronoun "one" ("one of the few") or an age
// ("Webb, 51,").
func (s *scanner) excluded(c *candidate) bool {
	p := c.first - 1
	if s.Word(p) == "." && s.Adjacent(p-1) {
		p-- // "No. 10", "Nov. 27"
	}
	if s.Kind(p) == tWord && labels[s.Word(p)] && c.boundTok == c.first && !(c.loneOne && c.words && p == c.first-1 && s.noOne(c)) {
		return true // "No. 10"; not "no one was killed"
	}
	if c.bare4 && c.lo >= 1800 && c.hi <= 2100 {
		if yearWords[s.Word(c.first-1)] || s.isMonth(p) || (c.unit == "" && c.bound == "") {
			return true
		}
	}
	if !c.words && !c.isRange && c.unit == "" && len(c.raw) <= 2 && c.value >= 1 && c.value <= 31 && (s.isMonth(p) || s.isMonth(c.next)) {
		return true
	}
	switch n := s.Word(c.next); {
	case n == "am" || n == "pm" || n == "gmt" || n == "utc" || n == "o'clock":
		return true
	case (n == "a" || n == "p") && s.Word(c.next+1) == "." && s.Word(c.next+2) == "m":
		return true
	case n == "sides" && c.value == 2 && c.words:
		return true // "the two sides handed over the remains": the parties, no count
	}
	if s.Word(c.boundTok-1) == "of" && memberships[s.Word(c.boundTok-2)] {
		return true // "an alliance of six insurgent factions": who it is, no count of the event
	}
	if c.loneOne && c.unit == "" && c.bound == "" {
		_, m := measures[s.Word(c.next)]
		return !m
	}
	return s.isAge(c) || s.isModifier(c) || s.inDesignation(c)
}

// noOne reads "no one" followed by what befell them as a count of none:
// "No one remains missing", "no one was killed", "no one died". Other
// verbs leave it alone ("no one knows how many died", "no one claimed
// the attack"). It makes c the count 0 of people, "no" included.
func (s *scanner) noOne(c *candidate) bool {
	if c.first < 1 || s.Word(c.first-1) != "no" || !s.befell(c.next) {
		return false
	}
	c.first, c.boundTok, c.start = c.first-1, c.first-1, s.Toks[c.first-1].Start
	c.value, c.lo, c.hi, c.unit = 0, 0, 0, "person"
	return true
}

// noneOf reads "no" before a noun of people and what befell them as a
// count of none: "no worker remained missing", "no civilians were
// killed". c opens at token k, "no"; the noun is left to unitAfter.
func (s *scanner) noneOf(c *candidate, k int) bool {
	if !peopleUnits[units[s.Word(k+1)]] || !s.befell(k+2) {
		return false
	}
	c.value, c.lo, c.hi = 0, 0, 0
	c.last, c.next, c.end = k, k+1, s.Toks[k].End
	return true
}

// befell reports whether what befell a count of none starts at token j,
// past the auxiliaries and forms of "be" that link it, as participleAfter
// reads them: "remains missing", "had still been found", "was reported
// killed", "died".
func (s *scanner) befell(j int) bool {
	for n := 0; n < 3; n++ {
		if w := s.Word(j); !beWords[w] && !auxWords[w] && w != "reported" {
			break
		}
		j++
	}
	m, ok := measures[s.Word(j)]
	return ok && !m.next && !m.before
}

// inDesignation reports whether c is part of a model's or a thing's
// designation rather than a count: after a hyphen that joins it to a word
// or number ("Su-24", "T-72", "F-16", "787-9", "COVID-19"; a range such
// as "20-30" was read whole before), right after another number ("400
// 737 Max jets": the 400 count them), or a short number of nothing right
// after a word of a name ("Pumping Station 4", "Terminal 2", "Route 66").
func (s *scanner) inDesignation(c *candidate) bool {
	if c.words || c.bound != "" || c.first < 1 {
		return false
	}
	p := c.first - 1
	if s.Word(p) == "-" && p >= 1 && s.Adjacent(p-1) && s.Adjacent(p) && s.Kind(p-1) != tPunct {
		return true
	}
	if c.unit == "" && !c.isRange && len(c.raw) <= 3 && s.inName(p) {
		return true
	}
	return s.Kind(p) == tNum
}

// isModifier reports whether c is joined by a hyphen to the word after it,
// a compound that describes a thing rather than counting it: "the
// 16-inch MacBook Pro", "a 12.9-inch screen", "a two-storey house"; but
// "a 400-strong force" counts.
func (s *scanner) isModifier(c *candidate) bool {
	n := c.next
	if c.unit != "" || s.Word(n) != "-" || !s.Adjacent(n-1) || !s.Adjacent(n) || s.Kind(n+1) != tWord {
		return false
	}
	_, m := measures[s.Word(n+1)]
	return !m && s.Word(n+1) != "strong"
}

// isAge reports whether c is a person's age, set off by commas after a
// name: "convicting Webb, 51, of kidnapping", "Ana Ruiz, 34, said", or
// the bound of the ages of people named before it: "children under
// five", "those over 65". News gives ages this way, and a count of 51
// would be compared with tolls.
func (s *scanner) isAge(c *candidate) bool {
	if s.Word(c.first-1) == "aged" && c.value <= 120 && c.unit == "" {
		return true // "a woman aged 71", "pupils aged between 10 and 14"
	}
	if w, b := s.Word(c.boundTok-1), s.Word(c.boundTok); c.unit == "" && c.value <= 120 && (b == "under" || b == "over") {
		return peopleUnits[units[w]] || w == "those" || w == "anyone" || w == "adults"
	}
	if c.raw == "" || len(c.raw) > 3 || c.isRange || c.currency || c.unit != "" || c.bound != "" || c.value < 1 || c.value > 120 {
		return false
	}
	p, n := c.first-1, c.next
	if p < 1 || s.Word(p) != "," || s.Word(n) != "," && s.Word(n) != ")" {
		return false
	}
	if s.Kind(p-1) != tWord {
		return false
	}
	first := s.Text[s.Toks[p-1].Start]
	return first >= 'A' && first <= 'Z'
}

// isMonth reports whether token k is a capitalised month name or
// abbreviation ("November", "Nov").
func (s *scanner) isMonth(k int) bool {
	if s.Kind(k) != tWord {
		return false
	}
	c := s.Text[s.Toks[k].Start]
	return c >= 'A' && c <= 'Z' && months[s.Word(k)]
}

// measureAround sets c.measure from the nearest measure word or phrase
// after the figure or before it (ties go to the word after), within eight
// words and the clause, never taking the measure noun of a later figure
// ("including 584 deaths") nor reaching into the previous figure: "killed
// 14 people", "14 people were killed", "the death toll rose to 17", "a
// 6.1-magnitude quake".
func (s *scanner) measureAround(c *candidate, floor int) {
	bestD := measureReach
	d := 0
	described, describedUnit := "", "" // the measure of a participle describing what is counted
	defer func() {
		if c.measure == "" && described != "" {
			c.measure, c.impliedUnit = described, describedUnit
		}
	}()
	lastNum, joinAt := -2, -1
	for j := c.next; j < len(s.Toks) && d < bestD; j++ {
		if s.isTerminal(j) {
			break
		}
		if k := s.partSetOff(j); k > j {
			j = k // "About 1,800 civilians, among them 96 wounded, were evacuated": the verb is 1,800's
			continue
		}
		if s.Kind(j) == tNum || j > c.next && s.numberWord(j) {
			if joinAt >= 0 && !s.joined(c.next, j) && !s.coordinated(c.next, j) {
				break // "8,000 acres and forced about 12,000 residents to evacuate": what follows is 12,000's
			}
			lastNum = j // "with nine rescued and three bodies recovered": the bodies are three's
		}
		if joinAt < 0 && clauseJoins[s.Word(j)] {
			joinAt = j
		}
		if s.Kind(j) == tPunct {
			continue
		}
		if bestD == measureReach && d > 2 && (beWords[s.Word(j)] || auxWords[s.Word(j)]) {
			// "about 60 houses on the edge of town had been damaged": the
			// clause's verb group follows the place that ran long.
			bestD += 3
		}
		if d > 0 && (s.Word(j) == "each" || s.Word(j) == "every") {
			break // "400,000 kesh to the family of each person killed": a sum for each, no count of them
		}
		if m, n := s.measureAt(j, len(s.Toks)); n > 0 && !s.inName(j) && (!m.next || d == 0) {
			if d > 0 && j >= 2 && (s.Word(j-1) == "the" || s.Word(j-1) == "a") && (s.Word(j-2) == "and" || s.Word(j-2) == "or") {
				break // "All four victims and the missing man": another's participle
			}
			if j == lastNum+1 {
				break // "3,248 cases, including 584 deaths": the deaths are 584's
			}
			if d > 0 && s.figureAfter(j+n) {
				break // "14,000 acres overnight and has destroyed 120 homes": 120's verb
			}
			relative := described == "" && ((d == 0 || d == 1 && c.unit != "") && s.reducedRelative(j, n) || s.fullRelative(c.next, j))
			if relative {
				// "89 people detained in Tuesday's raids had been released
				// on bail": the participle describes who is counted, and
				// the clause's own verb, farther on, says what happened.
				bestD = relativeReach
			}
			if relative || s.attributive(j, n) && (!s.nounBetween(c.next, j) || s.nounAt(j+n)) || s.partitive(c, j) || described != "" && bestD == relativeReach && !s.afterAux(j) {
				// "will release 240 detained rebel fighters", "40 of the
				// escaped prisoners had been recaptured": the participle
				// describes what is counted; a verb before or after says
				// what happened to it, and the participle only when none
				// does.
				if described == "" {
					described = m.measure
					if d == 0 {
						describedUnit = m.unit
					}
				}
				d++
				continue
			}
			if described != "" && s.isWhole(c) {
				c.partVerb = m.measure
				break // "11 of the 17 kidnapped workers had been freed": the 17 were kidnapped, the 11 freed
			}
			if d > 0 && s.partsVerb(c, j, n) {
				break // "two of four generating units damaged": what befell the two
			}
			if described != "" && m.measure == "survived" {
				break // "14 injured survivors": what befell them is the participle; the deferred measure takes it
			}
			c.measure, bestD = m.measure, d
			if d == 0 {
				c.impliedUnit = m.unit
				if v := s.verbAfterNoun(j + n); harms[v] && m.unit != "" {
					// "Three evacuees were killed": killed, though they
					// were evacuees; but "Twelve survivors were taken to
					// hospital" are survivors still.
					c.measure = v
				}
			}
			break
		}
		d++
	}
	if bestD == relativeReach && c.measure == "" {
		return // "40 wounded since the fighting began": the participle is the measure
	}
	d, back := 0, bestD
	if c.measure == "" && s.levelBefore(c.boundTok) {
		back = 20 // "the number of people killed in fighting around the city has risen to 71"
	}
	for j := c.boundTok - 1; j >= floor && j >= 0 && d < back; j-- {
		if u := units[s.Word(j+1)]; s.Kind(j) == tNum && back > bestD && (durations[u] || u != "" && !peopleUnits[u]) {
			continue // "the death toll from four days of fighting has risen to 112", "from raids on 3 villages"
		}
		if s.Kind(j) == tNum && j > 0 && s.Kind(j-1) == tWord && s.Toks[j-1].End == s.Toks[j].Start {
			continue // "the number of people killed in the crash of flight KT417 rose to 41": a code counts nothing
		}
		if s.isTerminal(j) || s.Kind(j) == tNum {
			break
		}
		if s.Kind(j) == tPunct {
			if bestD < measureReach && s.Word(j) == "," {
				break // "three bodies recovered, two remain unaccounted for": two's own clause
			}
			continue
		}
		if speechVerbs[s.Word(j)] {
			break // "two miners had died and said four others were being treated": four's clause
		}
		if s.alongWith(j + 1) {
			break // "downed 31 of 40 drones launched overnight, along with seven missiles": the 31's verb, by coordination
		}
		if s.Word(j) == "by" && d == 0 {
			break // "rescued from the water by two patrol vessels": the doer, not the rescued
		}
		if s.Word(j) == "that" && d == 0 {
			break // "19 had died and that about 800 workers were on shift": a clause of its own
		}
		if clauseJoins[s.Word(j)] && (s.Word(j-1) == "," || bestD < measureReach) {
			// "were still missing, and some 2,500 had been injured";
			// "150 were injured and some 4,000 were left homeless":
			// the figure opens a clause that names its own measure.
			break
		}
		for n := measureLastLen(s.Word(j)); n >= 1; n-- {
			if j-n+1 < floor || j-n+1 < 0 {
				continue
			}
			if m, ok := measures[s.phrase(j-n+1, n)]; ok && !m.next && !m.after && (!m.before || d == 0) && !s.inName(j-n+1) {
				if s.Word(j) == "toll" && c.unit != "" && !peopleUnits[c.unit] && c.unit != "animal" && !s.levelBefore(c.boundTok) && s.Word(c.boundTok-1) != "of" {
					return // "the death toll from a raid on three villages": the toll is not of the villages
				}
				if d > 0 && j-n >= 0 && (s.Kind(j-n) == tNum || s.numberWord(j-n) && !s.is(j-n, "a") && !s.is(j-n, "an")) {
					return // "two infected patients ... 46 of their close contacts": infected is two's
				}
				// "the civilian death toll ... has risen to 23" counts civilians.
				c.measure, c.impliedUnit = m.measure, ""
				if m.measure == "survived" && j-n >= 0 {
					if p, ok := measures[s.Word(j-n)]; ok && !p.next && !p.after {
						c.measure = p.measure // "the number of injured survivors in hospital fell to 12"
					}
				}
				if j-n >= 0 && s.Kind(j-n) == tWord && d > 0 {
					// "the civilian death toll rose to 23", "the number of
					// students taken ... to 121"; not "Rebels shot down
					// two", where the verb takes the figure as its object
					c.impliedUnit = units[s.Word(j-n)]
					if c.impliedUnit == "" && back > bestD {
						c.impliedUnit = s.numberOf(j - n)
					}
				}
				if u := units[s.Word(j+1)]; c.impliedUnit == "" && d > 0 && u != "" && !durations[u] {
					c.impliedUnit = u // "the number of destroyed tanks rose to six" counts tanks
				}
				if c.impliedUnit == "" && s.Word(j) == "toll" {
					c.impliedUnit = s.tollUnit(j - n)
				}
				return
			}
		}
		d++
	}
}

// tollUnit returns the people a toll without a unit counts, when its
// sentence, before the toll's word at token j, says who died: "the number
// of children killed ... bringing the toll to 19". People counted before
// it may be a part of the toll ("two soldiers died overnight, and the
// death toll rose to four"), and people named with no harm word ("health
// officials said") are not counted.
func (s *scanner) tollUnit(j int) string {
	for k := j - 1; k >= 0 && !s.isTerminal(k); k-- {
		if u := units[s.Word(k)]; tollPeople[u] && harms[s.Word(k+1)] {
			return u
		}
	}
	return ""
}

// tollPeople are the units of people a toll may count.
var tollPeople = wordset.Of("child civilian fighter fisherman guard journalist man migrant officer patient prisoner protester refugee sailor soldier student woman worker")

// population reports whether c counts who live somewhere: "a farming
// village of roughly 900 people", "a country of about 6.1 million". No
// verb nearby says what happened to them.
func (s *scanner) population(c *candidate) bool {
	if c.unit == "person" && residents[s.Word(c.next)] && s.possessiveBefore(c.boundTok) {
		return true // "a quarter of the highlands' 1.5 million residents"
	}
	j := c.boundTok - 1
	if j < 1 || s.Word(j) != "of" || !populationOf[s.Word(j-1)] {
		return false
	}
	// People, or nothing named: not "a community of 14 providers".
	return c.unit == "person" || c.unit == "" && (c.next >= len(s.Toks) || s.Kind(c.next) == tPunct)
}

// residents are the nouns of a place's people after a possessive.
var residents = wordset.Of("residents inhabitants population citizens")

// possessiveBefore reports whether the text right before token k ends
// with a possessive after "of": "a quarter of the highlands' ", "half of
// the city's ", not "the building's 40 residents were evacuated".
func (s *scanner) possessiveBefore(k int) bool {
	if k < 1 || k >= len(s.Toks) {
		return false
	}
	before := s.Text[:s.Toks[k].Start]
	for _, p := range [...]string{"'s ", "' ", "’s ", "’ "} {
		if strings.HasSuffix(before, p) {
			i := strings.LastIndex(before, " of ")
			return i >= 0 && len(before)-i <= 32 // "a quarter of the highlands' ": a share of them all
		}
	}
	return false
}

// money are the units of currencies named in words (signs set currency).
var money = wordset.Of("dollar euro pound yen yuan rouble rupee lira")

// populationOf are the nouns before "of" and a figure of inhabitants.
var populationOf = wordset.Of("village town city country nation community island settlement hamlet district region province population")

// unitFits reports whether c's unit may be counted by its measure:
//   - cases are of persons ("$6 million in both cases" is none);
//   - persons are aboard, released, sheltered, arrive, taken to and discharged from hospital ("a truck
//     carrying 20 tonnes", "released for $10", "taken to a hospital 185
//     miles away"), and a bare figure is aboard only right before
//     "aboard" ("61 aboard", not "one carrying Orion");
//   - air defences shoot down things, not people, and vehicles are not
//     displaced; only people and families who left a place fled it;
//   - a side loses people only ("lost seven fighters", not "lost 12 seats"),
//     and only counted people are deployed, not a bare figure ("Police
//     said 30 had been deployed": 30 of what?); vehicles are, by the
//     participle after them ("40 fire engines had been deployed"),
//     and the dead are recovered as bodies ("three bodies recovered", not
//     "recovered 40% of its value");
//   - winds blow at a speed ("in strong winds roughly two kilometres from
//     the port"), and snow and rain fall in depths ("70 cm of snow");
//   - things are delivered, not people ("aid delivered to 20,000 people");
//   - a sum of money is no count of people or things ("pay 5,000 dollars
//     to the families of those killed"), only a ransom, nor is a length,
//     a weight or a speed, but a wind's and a zone's radius.
func unitFits(c *candidate) bool {
	if c.currency || money[c.unit] {
		return c.measure == "ransom" // "pay 5,000 dollars to the families of those killed": a sum, no toll
	}
	if c.measure == "spilled" {
		return loads[c.unit] // "700 tonnes of crude had leaked", not "a leak 40 km off the coast"
	}
	if sizes[c.unit] && !sizeMeasures[c.measure] {
		return false // "killed in Barrak, a town 15 km west": a distance, no toll
	}
	switch c.measure {
	case "cases":
		return c.unit == "" || c.unit == "person"
	case "aboard":
		return peopleUnits[c.unit] || c.unit == "" && c.impliedUnit != ""
	case "released", "hospitalised", "discharged", "sheltered", "arrived":
		return c.unit == "" || peopleUnits[c.unit]
	case "lost", "deployed":
		return peopleUnits[c.unit]
	case "returned":
		return c.unit == "body" // "returned 61 bodies"; not "50,000 refugees returned", "two spells ... and returned"
	case "exchanged":
		return c.unit == "" || peopleUnits[c.unit] || c.unit == "body"
	case "launched":
		return airborne[c.unit] // "launched 96 drones", not "fired 12 workers"
	case "intercepted":
		return !peopleUnits[c.unit] // "shot down 31 drones", not "shot down three men"
	case "displaced":
		return !craft[c.unit] // "70,000 people crossing from", not "20 trucks crossed the border"
	case "entered":
		return craft[c.unit] // "85 trucks a day had entered", not "5,000 people entered the stadium"
	case "departed":
		// "4,000 people had left", not "five carriages left the track" nor
		// "300 soldiers abandoned their posts"
		return (peopleUnits[c.unit] || c.unit == "family") && !armedUnits[c.unit]
	case "bodies recovered":
		return c.unit == "body"
	case "wind":
		return speeds[c.unit]
	case "snow", "rain":
		return sizes[c.unit] // "2 inches of rain"; no bare figure
	case "delivered":
		return c.unit != "" && !peopleUnits[c.unit] // "200,000 doses", not "aid delivered to 20,000 people"
	}
	return true
}

// attributive reports whether the measure phrase of n tokens at token j
// is a participle before a noun, describing what is counted ("240
// detained rebel fighters", "85 captured soldiers") rather than saying
// what happened to it.
func (s *scanner) attributive(j, n int) bool {
	return n == 1 && strings.HasSuffix(s.Word(j), "ed") && s.Kind(j+1) == tWord && !s.isTerminal(j+1) && !afterParticiple[s.Word(j+1)]
}

// nounBetween reports whether a counted noun stands among tokens [from,
// to): a participle after it is the clause's verb, not a word describing
// it ("five wounded soldiers died overnight": died is what happened),
// unless another noun follows ("52 students and both abducted teachers
// remain in captivity").
func (s *scanner) nounBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.Kind(k) == tWord && units[s.Word(k)] != "" {
			return true
		}
	}
	return false
}

// nounAt reports whether token k reads as a noun a participle may
// describe: a counted noun, or a plural ("teachers").
func (s *scanner) nounAt(k int) bool {
	w := s.Word(k)
	return units[w] != "" || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ly")
}

// partSetOff returns the comma that closes a part set off by the comma at
// token j (", among them 96 wounded,", ", including 12 children,"), j
// when there is none.
func (s *scanner) partSetOff(j int) int {
	if s.Word(j) != "," || j+1 >= len(s.Toks) || s.Word(j+1) != "among" && s.Word(j+1) != "including" {
		return j
	}
	for k := j + 2; k < len(s.Toks) && k <= j+8; k++ {
		if s.isTerminal(k) {
			return j
		}
		if s.Word(k) == "," {
			return k
		}
	}
	return j
}

// coordinated reports whether the figure at token to is the second of two
// counted nouns joined by "and", the figure before ending at from: "58
// passengers and three crew members on board" are both aboard, and "47
// rebel combatants and nine civilians have died" both dead (the first
// noun after up to two words describing it).
func (s *scanner) coordinated(from, to int) bool {
	if to-from < 2 || to-from > 4 || units[s.Word(to-2)] == "" || s.Word(to-1) != "and" {
		return false
	}
	for j := from; j < to-2; j++ {
		if s.Kind(j) != tWord {
			return false
		}
	}
	return true
}

// memberships are the bodies made of members, whose count says what the
// body is: "an alliance of six factions", "a coalition of 12 parties".
var memberships = wordset.Of("alliance coalition federation bloc umbrella consortium confederation")

// carriedOut reports whether figure c counts people a verb of transport
// took out of a place: "carried 4,200 civilians out of the port", "ferried
// 900 people from the island".
func (s *scanner) carriedOut(c *candidate) bool {
	if c.boundTok < 1 || !peopleUnits[c.unit] {
		return false
	}
	if w := s.Word(c.boundTok - 1); w == "carrying" {
		// "Thirty-eight buses carrying 1,140 civilians left the besieged
		// town": the carriers left with them.
		for j := c.next; j < c.next+2 && s.Kind(j) == tWord; j++ {
			if departures[s.Word(j)] {
				return true
			}
		}
		return false
	} else if !transports[w] {
		return false
	}
	for j := c.next; j < c.next+3 && s.Kind(j) == tWord; j++ {
		if w := s.Word(j); w == "from" || w == "out" && s.Word(j+1) == "of" {
			return true
		}
	}
	return false
}

// transports are the verbs that move people somewhere in an evacuation;
// departures, after "carrying" people, are their carriers leaving.
var (
	transports = wordset.Of("carried ferried bussed shipped moved transported")
	departures = wordset.Of("left departed fled")
)

// nounless reports whether a figure ends right before token k with no
// noun of its own: a verb or a measure follows ("and 22 captured", "and
// some 4,000 were"), not a word the units do not list ("two teachers").
func (s *scanner) nounless(k int) bool {
	w := s.Word(k)
	_, m := measures[w]
	return m || beWords[w] || auxWords[w]
}

// toHospital reports whether "to" and a hospital follow within the
// clause after token k: "17 people had been taken to the regional
// hospital in Dorn".
func (s *scanner) toHospital(k int) bool {
	to := -1
	for j := k; j < len(s.Toks) && j < k+10 && s.Kind(j) == tWord; j++ {
		switch w := s.Word(j); {
		case w == "to":
			to = j
		case to >= 0 && j <= to+4 && (w == "hospital" || w == "hospitals" || w == "clinic" || w == "clinics"):
			return true
		}
	}
	return false
}

// verbAfterWhole reports whether the words of a whole's noun from token k
// run into an auxiliary ("96 attack drones were"), not into a participle
// that describes the whole first ("40 people killed were").
func (s *scanner) verbAfterWhole(k int) bool {
	for j := k; j < k+4 && s.Kind(j) == tWord; j++ {
		w := s.Word(j)
		if beWords[w] || auxWords[w] {
			return true
		}
		if _, ok := measures[w]; ok || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return false
}

// alongWith reports whether the words before token k add a figure to the
// one before it: "along with", "together with", "as well as".
func (s *scanner) alongWith(k int) bool {
	if k < 2 {
		return false
	}
	switch s.phrase(k-2, 2) {
	case "along with", "together with", "well as":
		return true
	}
	return false
}

// numberWord reports whether token k opens a number in words ("three",
// "a dozen").
func (s *scanner) numberWord(k int) bool {
	o, ok := s.mayOpen(k)
	return ok && o.number && s.Kind(k) == tWord
}

// partitive reports whether the measure word at token j names the whole
// that the figure is a part of ("Seventeen of the survivors were taken to
// hospital"): like a participle describing what is counted, it gives way
// to a verb after it.
func (s *scanner) partitive(c *candidate, j int) bool {
	return j == c.next+2 && s.Word(c.next) == "of" && s.Word(c.next+1) == "the"
}

// afterParticiple are the words after a participle that make it a verb
// or a noun, not a word describing the noun after it: "40 injured among
// them", "12 killed in the attack", "300 injured this Monday".
var afterParticiple = wordset.Of("among in on at by from with and or as after before when while including during since to for of into near " +
	"this last overnight yesterday today tonight monday tuesday wednesday thursday friday saturday sunday")

// figureAfter reports whether a figure starts at token k or after one
// bound word there ("destroyed 120 homes", "killed at least 12"): the
// measure word before it is that figure's.
func (s *scanner) figureAfter(k int) bool {
	for j := k; j < len(s.Toks) && j <= k+2; j++ {
		if s.Kind(j) == tNum {
			// "on board the 06:52 service": a clock; "killed on Tuesday 14
			// November": a date
			return s.Word(j+1) != ":" && !s.isMonth(j+1) && !s.isMonth(j-1) && !durations[units[s.Word(j+1)]]
		}
		if s.Kind(j) != tWord || clauseJoins[s.Word(j)] {
			return false // "were injured and some 4,000": the next clause's figure
		}
		if o, ok := s.mayOpen(j); ok && o.number && (j == k || boundEnds[s.Word(j-1)]) {
			// "killed two", "freed a dozen", "killing at least nine"; not
			// "cases a day", nor "remained missing two days after": a time
			return ratePeriods[s.Word(j+1)] <= 0 && !durations[units[s.Word(j+1)]]
		}
	}
	return false
}

// participleAfter returns what the text says happened to what a figure
// counts when no measure word does: the participle right after its noun
// and an auxiliary ("12,000 children were malnourished", "40 miners
// remain trapped"), "" when none or when no auxiliary makes it a passive
// or a state ("20 trucks crossed" says what they did). Figures with one such word may count
// one thing; the word comes from the text, not a list.
func (s *scanner) participleAfter(k int) string {
	nouns, aux := 0, false
	for j := k; j < len(s.Toks) && j < k+9; j++ {
		if s.Kind(j) != tWord {
			return ""
		}
		w := s.Word(j)
		switch {
		case units[w] != "" && nouns == 0 && (j == k || wholeOf(s.Word(j-1))):
			nouns++ // the counted noun: "children"
		case nouns == 0 && j < k+2 && (j == k && w == "of" || j > k && wholeOf(w)):
			// "Eleven of our people remain trapped": the part of a whole
		case placePreps[w] && nouns == 1 && !aux:
			// "12,000 children in the Varna region were ...": the place
			// runs to the auxiliary.
			for j+1 < len(s.Toks) && j < k+8 && s.Kind(j+1) == tWord && !beWords[s.Word(j+1)] && !auxWords[s.Word(j+1)] {
				j++
			}
		case beWords[w]:
			aux = true
		case auxWords[w]:
		case aux && len(w) >= 6 && strings.HasSuffix(w, "ed") && !notMeasures[w] && !s.inName(j):
			return w // a passive or a state: not "20 trucks crossed"
		case nouns == 1 && len(w) >= 4 && strings.HasSuffix(w, "ly"):
			// "had actually been vaccinated", "were reportedly detained"
		default:
			return ""
		}
	}
	return ""
}

// verbBefore returns the past tense right before a figure's first token
// k (its bound included) that says what befell what it counts, when no
// measure word does: "crews sprayed about 14,000 homes", "vaccinated
// 41,000 children", "transferred 80 patients". As with participleAfter
// the word comes from the text; verbs that count or name rather than
// act ("recorded", "included") are none, nor is a verb after "that" or
// "who", which belongs to another clause.
func (s *scanner) verbBefore(k int) string {
	j := k - 1
	if j < 1 || s.Kind(j) != tWord {
		return ""
	}
	w := s.Word(j)
	if len(w) < 6 || !strings.HasSuffix(w, "ed") || notMeasures[w] || speechVerbs[w] || s.inName(j) {
		return ""
	}
	if p := s.Word(j - 1); beWords[p] || auxWords[p] {
		return "" // "were moved 20 km": a passive's figure is no object
	} else if p == "that" || p == "who" || p == "which" {
		return "" // "officials who visited 14 villages": another clause's verb
	}
	return w
}

// amounts are the units of a size or a sum rather than a count of things:
// a verb before them tells how it changed ("advanced 12 kilometres", "the
// shares recovered 40%"), not what befell what is counted.
var amounts = wordset.Of("acre area barrel cm day degree dollar euro hectare hour inch kg km km/h km2 knot lira litre metre mile minute mm month mph percent point pound rouble rupee time tonne week yen yuan year")

// speechVerbs open reported words: a figure after one is of the words
// reported, and a measure before it is not the figure's.
var speechVerbs = wordset.Of("said says told added reported announced")

// wholeOf reports whether w, after "of" after a figure, opens the whole
// the figure is a part of: "two of the workers", and possessives, which
// PartAfterOf leaves out as the figure may be the whole ("eleven of our
// people remain trapped").
func wholeOf(w string) bool { return PartAfterOf(w) || possessiveWords[w] }

var possessiveWords = wordset.Of("our their its his her")

// placePreps open a place between a counted noun and its auxiliary.
var placePreps = wordset.Of("in across near around at")

// beWords make the participle after them a passive or a state; auxWords
// may stand between too ("have now been"), but "have showed" is active.
var (
	beWords  = wordset.Of("were was are is been being be remain remained remains")
	auxWords = wordset.Of("have has had still now all also")
)

// notMeasures are participles that say nothing of what happened to the
// counted: "were reported", "were expected", "were based".
var notMeasures = wordset.Of("reported expected estimated believed related based needed used called named aged involved included listed registered recorded counted confirmed feared thought allowed asked")

// boundEnds are the last words of the bounds before a figure in words:
// "at least", "more than", "about".
var boundEnds = wordset.Of("least most than about nearly some around almost over roughly approximately")

// inName reports whether token k is a capitalised word inside a sentence,
// a word of a name rather than a measure: "Red Dead Redemption 2", "the
// Black Death". A capital after a sentence stop or at the start of the
// text, and words in capitals ("17 DEAD"), are not names.
func (s *scanner) inName(k int) bool {
	t := s.Toks[k]
	if k == 0 || t.End-t.Start < 2 {
		return false
	}
	if c := s.Text[t.Start]; c < 'A' || c > 'Z' {
		return false
	}
	if c := s.Text[t.Start+1]; c < 'a' || c > 'z' {
		return false
	}
	return !s.isTerminal(k-1) && !strings.Contains(s.Text[s.Toks[k-1].End:t.Start], "\n") && !afterDateline(s, k)
}

// afterDateline reports whether token k opens the story after a dateline:
// "OSTBURG (Wire) - Consumer prices rose 3.2%".
func afterDateline(s *scanner, k int) bool {
	if k < 2 || s.Word(k-1) != "-" && s.Word(k-1) != "\u2014" && s.Word(k-1) != "\u2013" {
		return false
	}
	return s.Word(k-2) == ")"
}

// measureReach is how many words measureAround looks on either side of
// a figure for its measure, unless a count verb before it reaches further.
const measureReach = 8

// relativeReach is how far the verb of a clause may stand from a figure
// whose noun a participle phrase describes ("89 people detained in
// Tuesday's police raids on the opposition ... had been released").
const relativeReach = 16

// reducedRelative reports whether the measure word at token j, n tokens
// long, right after the figure, is a participle opening a phrase that
// describes what is counted: "detained in", "wounded during".
func (s *scanner) reducedRelative(j, n int) bool {
	return n == 1 && strings.HasSuffix(s.Word(j), "ed") && relativePreps[s.Word(j+1)]
}

// fullRelative reports whether the participle at token j is the verb of
// a relative clause opening at token next or the one after it, on what
// is counted: "28 pupils who were abducted from the school have escaped".
func (s *scanner) fullRelative(next, j int) bool {
	k := j - 1
	for k > next && (beWords[s.Word(k)] || s.Word(k) == "had" || s.Word(k) == "have" || s.Word(k) == "has") {
		k--
	}
	return k < j-1 && k <= next+1 && (s.Word(k) == "who" || s.Word(k) == "that")
}

// relativePreps open the phrase after a describing participle.
var relativePreps = wordset.Of("in during at after since over from near")

// afterAux reports whether an auxiliary stands right before token j:
// "had been released", "were freed".
func (s *scanner) afterAux(j int) bool {
	w := s.Word(j - 1)
	return beWords[w] || w == "have" || w == "has" || w == "had"
}

// levelBefore reports whether the words before token k say that a count
// has come to the figure there ("has risen to", "climbed to", "stands
// at", "reached"): the count's subject, "the number of people killed in
// ...", can then be further away than a measure usually is.
func (s *scanner) levelBefore(k int) bool {
	switch s.Word(k - 1) {
	case "to":
		return levelTo[s.Word(k-2)] || s.broughtTo(k-1)
	case "at":
		return levelAt[s.Word(k-2)]
	case "reached", "reaches", "hit":
		return true
	}
	return false
}

// numberOf returns the unit of "the number of people who have fled",
// read back from token j, the word before the measure: the count a figure
// was brought to is of people though a relative clause stands between.
func (s *scanner) numberOf(j int) string {
	for k := j; k >= 2 && k > j-4; k-- {
		if u := units[s.Word(k)]; u != "" && s.Word(k-1) == "of" && countNouns[s.Word(k-2)] {
			return u
		}
	}
	return ""
}

// broughtTo reports whether "to" at token k ends "brings the number ...
// to", "brought the toll ... to", "takes the total to": a count brought to
// the figure after it, whose subject may stand far back.
func (s *scanner) broughtTo(k int) bool {
	for j := k - 1; j >= 1 && j >= k-20 && !s.isTerminal(j); j-- {
		if countNouns[s.Word(j)] && (s.Word(j-1) == "the" || s.Word(j-1) == "its" || s.Word(j-1) == "their") && j >= 2 && bringVerbs[s.Word(j-2)] {
			return true
		}
	}
	return false
}

var (
	// victims are the nouns of people a toll counts, after "of the" in
	// "eight of the dead were children"; partBe joins a part and its whole
	// to who they were ("12 of whom were children").
	victims = wordset.Of("dead victims injured wounded killed")
	partBe  = wordset.Of("were are was being")
	// bringVerbs bring a count to a figure: "brings the toll to 40",
	// "revised the number of inmates who escaped ... to 267".
	bringVerbs = wordset.Of("bring brings brought bringing take takes took taking push pushes pushed pushing revise revises revised revising raise raises raised raising lower lowers lowered lowering update updates updated updating correct corrects corrected correcting")
	// countNouns are the nouns of a running count.
	countNouns = wordset.Of("number toll total tally count")
)

// levelTo and levelAt are the verbs of levelBefore before "to" and "at".
var (
	levelTo = wordset.Of("risen rose rise rises climbed climbs increased jumped grown grew soared surged revised raised lowered updated corrected fallen fell dropped reduced")
	levelAt = wordset.Of("stands stood stand")
	// durations are the units of a stretch of time: "four days of
	// fighting" counts nothing killed or taken, and the context of the
	// figure after it reaches back past it ("the death toll from four
	// days of fighting has risen to 112").
	durations = wordset.Of("day week month year hour minute")
	// loads are the units of weight and volume a spill is measured in.
	loads = wordset.Of("tonne kg litre barrel")
	// leftWords, before a count of who is on board, say who remain:
	// "that left 162 people still on board".
	leftWords = wordset.Of("left leaves leaving")
	// speeds are the units a wind is measured in: "winds of 185 km/h",
	// not "in strong winds roughly two kilometres from the port".
	speeds = wordset.Of("km/h mph knot")
	// spans are the units of a stretch of time, which follow a count of
	// people only to say when: "killing six people hours after the truce".
	spans = wordset.Of("minute hour day week month year")
	// peopleUnits are the units of people, whom a craft carries and a
	// captor releases (see unitFits).
	armedUnits  = wordset.Of("soldier fighter guard officer member")
	peopleUnits = wordset.Of("person guard man woman child member crew sailor fisherman soldier fighter civilian migrant refugee hostage patient student worker employee officer journalist prisoner protester voter firefighter rescuer")
	// areas are the units of land, and fires the words of a fire: an area
	// in a sentence about a fire is what it burned, whatever the verb
	// ("the blaze has grown to 14,000 acres", "the fire now covers 3,000
	// hectares").
	areas = wordset.Of("acre hectare km2")
	// craft are the units of vehicles and arms, which move but are not
	// displaced.
	craft = wordset.Of("truck bus ambulance vehicle tank aircraft boat ship drone missile rocket shell weapon helicopter")
	// airborne are the craft air defences bring down: destroying one is
	// shooting it down.
	airborne = wordset.Of("drone missile rocket aircraft helicopter")
	// sizes are the units of lengths, weights, volumes and speeds, which
	// count no people or things: only a wind is measured in them.
	sizes = wordset.Of("km mile metre cm mm inch kg tonne litre barrel degree km/h mph knot")
	// sizeMeasures are the measures a size may be of: a wind's speed, a
	// zone's radius, the depth of the snow or rain that fell ("up to 70
	// cm of snow").
	sizeMeasures = wordset.Of("wind radius snow rain")
	fires        = wordset.Of("fire fires wildfire wildfires blaze blazes bushfire bushfires flames inferno")
)

// fireNear reports whether the sentence around token k speaks of a fire.
func (s *scanner) fireNear(k int) bool {
	for j := k - 1; j >= 0 && !s.isTerminal(j); j-- {
		if fires[s.Word(j)] {
			return true
		}
	}
	for j := k + 1; j < len(s.Toks) && !s.isTerminal(j); j++ {
		if fires[s.Word(j)] {
			return true
		}
	}
	return false
}

// clauseJoins after a comma open a new clause, which the backward search
// for a measure does not leave.
var clauseJoins = wordset.Of("and but while whereas as with")

// measureAt returns the longest measure phrase starting at token j and
// ending before token limit, and its length in tokens (0 when none).
func (s *scanner) measureAt(j, limit int) (measureWord, int) {
	for n := measureFirstLen(s.Word(j)); n >= 1; n-- {
		if j+n > limit {
			continue
		}
		if m, ok := measures[s.phrase(j, n)]; ok && !m.before {
			return m, n
		}
	}
	return measureWord{}, 0
}

// partCues before a figure make it a part of an earlier one: "17 people,
// including four children", "among them 5 soldiers".
var partCues = wordset.Of("including include included includes incl among whom them")

// partAfter are the words after "of" after a figure that make it a part
// of what they name.
var partAfter = wordset.Of("the them whom those these which")

// MeasureOf returns the measure a word, lower case, gives a figure it
// stands near ("abducted": "kidnapped"), or "".
func MeasureOf(w string) string { return measures[w].measure }

// CountsThings reports whether w, lower case, is a noun of things a
// figure counts, not people: "trucks", "drones", "homes".
func CountsThings(w string) bool {
	u := units[w]
	return u != "" && !peopleUnits[u] && u != "family" && u != "body"
}

// PartAfterOf reports whether w, the word after "of" after a figure, makes
// the figure a part of what follows: "two of them", "19 of the freed
// hostages". The claim stage asks it too.
func PartAfterOf(w string) bool { return partAfter[w] }

// partOf marks q as a part of an earlier figure when a cue says so
// ("including", "among them", "of whom", "two of them", "19 of the freed
// hostages"): Of is the last figure found when no sentence stop lies
// between, else -1.
func (s *scanner) partOf(q *Quantity, c *candidate, floor int, out []Quantity) {
	part := false
	for j := c.boundTok - 1; j >= 0 && j >= c.boundTok-4; j-- {
		if s.isTerminal(j) || s.Kind(j) == tNum {
			break
		}
		if w := s.Word(j); partCues[w] && (w != "whom" && w != "them" || s.Word(j-1) == "of" || s.Word(j-1) == "among") {
			part = true
			break
		}
		if w := s.Word(j); j == c.boundTok-1 && (w == "other" || w == "remaining") && s.Word(j-1) == "the" {
			part = true // "two of the dead were employees ... the other five deaths": the rest of a whole
			break
		}
	}
	if s.wholeAfter(c.next) >= 0 {
		q.Part, q.Of = true, -1 // "31 of the 40 drones": find sets Of to the 40 it finds next
		return
	}
	if s.Word(c.next) == "of" && PartAfterOf(s.Word(c.next+1)) && c.unit != "percent" {
		part = true // "two of them"; not "70% of the area", a share
	}
	for j := c.next; !part && j < len(s.Toks) && j <= c.next+4 && !s.isTerminal(j); j++ {
		part = s.Word(j) == "among" && (s.Word(j+1) == "the" || s.Word(j+1) == "those") // "three foreigners were among the dead"
	}
	if !part {
		return
	}
	q.Part, q.Of = true, -1
	if len(out) == 0 {
		return
	}
	for j := max(floor, 0); j < c.first; j++ {
		if s.isTerminal(j) {
			return
		}
	}
	q.Of = len(out) - 1
}

// wholeAfter returns the token of the figure that "of" at token k opens,
// the whole of the figure before it ("31 of the 40 drones", "seven of 12
// missiles"), or -1.
func (s *scanner) wholeAfter(k int) int {
	if s.Word(k) != "of" {
		return -1
	}
	k++
	switch s.Word(k) {
	case "the", "its", "their", "those", "these":
		k++
	}
	if s.Kind(k) == tNum || s.numberWord(k) {
		return k
	}
	return -1
}

// settle reads "7.000" as seven thousand when it counts things: a count
// of families or people in thousands is far likelier than three decimals.
func (c *candidate) settle() {
	if !c.dotAmbig || c.scale != 1 || c.unit == "percent" || c.isRange || c.unit == "" || c.measure == "magnitude" {
		return
	}
	if v, ok := parseNumber(c.raw, true); ok {
		c.value, c.lo, c.hi = v, v, v
	}
}

// quantity turns c into a Quantity with the interval its bound allows.
func (c *candidate) quantity(text string) Quantity {
	c.lo, c.hi = round(c.lo), round(c.hi)
	q := Quantity{Start: c.start, End: c.end, Text: text[c.start:c.end], Value: c.lo, Low: c.lo, High: c.hi,
		Bound: Exact, Unit: c.unit, Measure: c.measure, Vague: c.vague}
	if c.isRange || c.vague {
		q.Bound = Range
	}
	inf := math.Inf(1)
	switch c.bound {
	case AtLeast:
		q.Bound, q.High = AtLeast, inf
	case MoreThan:
		q.Bound, q.High, q.LowOpen = MoreThan, inf, true
	case AtMost:
		q.Bound, q.Low = AtMost, 0
	case LessThan:
		q.Bound, q.Low, q.HighOpen = LessThan, 0, true
	case About:
		q.Bound = About
		if c.below {
			q.Low, q.HighOpen = round(c.lo*(1-belowBand)), true
		} else {
			lo, hi := c.lo*aboutBand, c.hi*aboutBand
			if c.lo == c.hi {
				lo = AboutTolerance(c.lo)
				hi = lo
			}
			q.Low, q.High = round(c.lo-lo), round(c.hi+hi)
		}
	}
	return q
}

// round drops the float noise of scaling ("11770.000000000002") while
// keeping three decimals.
func round(x float64) float64 {
	if math.IsInf(x, 0) || math.Abs(x) > 1e15 {
		return x
	}
	return math.Round(x*1000) / 1000
}

// restated reports whether the figure at token to gives another value of
// the count the figure before it gave: "4,000 were left homeless, the Red
// Crescent said, while officials put the number at 2,500" (also "the
// figure", "the count", "the tally", "it"). "It" must be in the same
// sentence; "the number" also reaches into the next one, as far as
// restateReach tokens, when the figure names no unit of its own: "Police
// said 18,000 took part. Organisers put the number at 70,000", but not
// "Insurers put the figure at $2 billion".
func (s *scanner) restated(from, to int, unit string) bool {
	if to < 3 {
		return false
	}
	n := to - 2 // the noun: "put the number at", "its count rose to"
	switch w := s.Word(to - 1); {
	case w == "at":
	case w == "to" && countChanges[s.Word(to-2)]:
		n = to - 3
	case countReaches[w]:
		n = to - 2
	default:
		return false
	}
	if n > 1 && countAux[s.Word(n)] {
		n-- // "the count had risen to 41"
	}
	stops := 0
	switch s.Word(n) {
	case "it":
		if n != to-2 {
			return false // "it rose to 41" is anything's
		}
	case "number", "figure", "count", "tally", "total", "estimate":
		if n < 1 {
			return false
		}
		if d := s.Word(n - 1); !countDeterminers[d] && !strings.HasSuffix(d, "'s") && !strings.HasSuffix(d, "’s") {
			return false // "the number", "its tally", "the group's count"
		}
		if unit == "" && to-from <= restateReach {
			stops = 1
		}
	default:
		return false
	}
	for j := from; j < to; j++ {
		if s.isTerminal(j) {
			if stops == 0 {
				return false
			}
			stops--
		}
	}
	return true
}

// rateAfter returns the period of a rate read within four words of token
// j, right after a figure: "day" for "2,000 people a day", "240 new cases
// a day", "1,300 per day", "each week", "daily", "6,500 people were
// crossing each day"; "" when none, and for
// "killed 12 people a day after the attack", "in a day", "a year ago".
// Vehicles (carrier) have their load between, and a verb of two words
// more: "85 trucks of food and medicine a day", "between 80 and 90 trucks
// were still entering each day".
func (s *scanner) rateAfter(j int, carrier bool) string {
	reach := 4
	if carrier {
		reach = 7
	}
	for k := j; k < j+reach && s.Kind(k) == tWord && (!ratePreps[s.Word(k)] || carrier && s.Word(k) == "of"); k++ {
		w := s.Word(k)
		if p := ratePeriods[w]; p < 0 {
			return periodNames[-p] // "daily"
		}
		if p := ratePeriods[s.Word(k+1)]; p > 0 && rateOpeners[w] && !(w == "a" && rateStops[s.Word(k+2)]) {
			return periodNames[p]
		}
	}
	return ""
}

// ratePeriods number the periods of a rate (periodNames): a noun after
// rateOpeners positive ("a day"), an adverb negative ("daily"). rateStops
// are the words after "a day" that make it a time, not a period ("a day
// after the attack").
var (
	ratePeriods = wordset.Ints("day:1 night:1 week:2 month:3 year:4 hour:5 daily:-1 nightly:-1 weekly:-2 monthly:-3 yearly:-4 annually:-4 hourly:-5")
	periodNames = [...]string{"", "day", "week", "month", "year", "hour"}
	rateOpeners = wordset.Of("a an per each every")
	rateStops   = wordset.Of("after before later earlier ago of since")
	ratePreps   = wordset.Of("in on within for of by from to at during")
)

// countChanges are the verbs before "to" that give a count's new value
// ("the ministry's own count rose to 36"), countReaches those with the
// value right after ("its tally reached 50"), countAux the auxiliary
// before either, and countDeterminers the words before the count's noun
// that make it one already told ("the", "its", "own").
var (
	countChanges     = wordset.Of("rose risen climbed increased jumped grew fell dropped decreased")
	countReaches     = wordset.Of("reached hit passed topped")
	countAux         = wordset.Of("had has have")
	countDeterminers = wordset.Of("the its their own")
)

// restateReach is how many tokens "put the number at" may lie after the
// figure it restates, when a sentence stop lies between.
const restateReach = 40

// comparedWith reports whether the figure at token to is the earlier value
// a figure of the same sentence before token from is compared with: "rose
// 3.2% in March, down from 3.8%", "after 3.8 percent in February".
func (s *scanner) comparedWith(from, to int) bool {
	if to < 1 || from > to {
		return false
	}
	for j := from; j < to; j++ {
		if s.isTerminal(j) {
			return false
		}
	}
	return comparedWords[s.Word(to-1)]
}

// comparedWords stand before the value a figure is compared with.
var comparedWords = wordset.Of("from after against with versus vs")

// elliptic reports whether the figure at token to opens the second half
// of a clause that leaves out its noun, "and" right before it and at most
// four words of the first half between: "14 soldiers had been killed and
// 40 wounded" counts soldiers twice. A comma or a stop between is another
// clause.
func (s *scanner) elliptic(from, to int) bool {
	if to-from > 5 || to < 1 || s.Word(to-1) != "and" {
		return false
	}
	for j := from; j < to-1; j++ {
		if s.Kind(j) != tWord {
			return false
		}
	}
	return true
}

// joined reports whether only connecting words ("to", "and", "or", a
// comma) lie between tokens from and to: "rose from 12 to 17" shares the
// measure of 12 with 17.
func (s *scanner) joined(from, to int) bool {
	if to-from > 2 || to < from {
		return false
	}
	for j := from; j < to; j++ {
		if w := s.Word(j); w != "to" && w != "and" && w != "or" && w != "," && w != "then" {
			return false
		}
	}
	return true
}
