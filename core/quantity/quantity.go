package quantity

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/jsonw"
)

// Bound is how the text qualifies a figure.
type Bound string

const (
	Exact    Bound = "exact"    // "412 dead"
	AtLeast  Bound = "atLeast"  // "at least 75" → [75, ∞)
	MoreThan Bound = "moreThan" // "more than 800,000" → (800000, ∞)
	AtMost   Bound = "atMost"   // "up to 20" → [0, 20]
	LessThan Bound = "lessThan" // "fewer than 10" → [0, 10)
	About    Bound = "about"    // "about 20", "some 30" → ±5–10% (AboutTolerance); "nearly 70" → [59.5, 70)
	Range    Bound = "range"    // "between 20 and 30", "20-30", "dozens" (Vague)
)

// Tolerances of About, as fractions of the figure.
const (
	aboutBand = 0.10 // "about 20" → [18, 22]
	belowBand = 0.15 // "nearly 20" → [17, 20)
)

// AboutTolerance returns how far "about v" may stand from the count: the
// rounding a reporter applies, read from v's own rounding. "About 500"
// may be 450 to 550, "about 340" only 323 to 357 (5%: a count to the ten
// is no estimate to the hundred), and never more than aboutBand.
func AboutTolerance(v float64) float64 {
	unit := 1.0
	for unit < v && math.Mod(v, unit*10) == 0 {
		unit *= 10
	}
	return min(aboutBand*v, max(aboutBand/2*v, unit/2))
}

// Quantity is one figure found in a text.
type Quantity struct {
	Start    int     `json:"start"` // byte span of the whole phrase, bound words included
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"` // the number as stated; the low end of a range
	Low      float64 `json:"low"`   // the interval the text allows
	High     float64 `json:"high"`  // math.Inf(1) when unbounded (JSON: see MarshalJSON)
	LowOpen  bool    `json:"lowOpen,omitempty"`
	HighOpen bool    `json:"highOpen,omitempty"`
	Bound    Bound   `json:"bound"`
	Unit     string  `json:"unit,omitempty"`    // what is counted, singular: "person", "civilian", "village", "km", "percent"
	Measure  string  `json:"measure,omitempty"` // what happened to it: "killed", "injured", "displaced", "captured", ...
	// Vague marks a count given as an order of magnitude ("dozens",
	// "tens of thousands"): Bound is Range and [Low, High] is the
	// interval of numbers_vague_en.tsv.
	Vague bool `json:"vague,omitempty"`
	// Part marks a figure that is a subset of an earlier one in the same
	// sentence ("17 people, including four children": four is part of 17),
	// so that compare never weighs a part against a total. Of is then the
	// index, in the slice Find returned, of that earlier figure, or -1 when
	// no earlier figure is in the sentence ("among the dead were 5
	// children"), or of the figure right after it that names its whole
	// ("31 of the 40 drones").
	Part bool `json:"part,omitempty"`
	Of   int  `json:"of,omitempty"`
	// Per is the period of a rate: "day" for "2,000 people a day" or
	// "1,300 per day". A rate is never weighed against a total.
	Per string `json:"per,omitempty"`
}

// shotDown reads craft of the air destroyed as shot down: "air defences
// destroyed 45 of 60 drones" says what "shot down 45 drones" says.
func shotDown(q *Quantity) {
	if q.Measure == "destroyed" && airborne[q.Unit] {
		q.Measure = "intercepted"
	}
}

// lastMeasure returns the measure of the last figure of out, or of the
// part before it when that figure is the part's whole: in "shot down 31 of
// the 40 drones and seven of the 12 missiles" the seven were shot down
// like the 31, while the 40 were launched.
func lastMeasure(out []Quantity) string {
	n := len(out)
	if n >= 2 && out[n-2].Part && out[n-2].Of == n-1 {
		return out[n-2].Measure
	}
	return out[n-1].Measure
}

// inherit gives a part the unit and measure of its whole when it states
// none itself.
func inherit(part *Quantity, whole Quantity) {
	if part.Unit == "" {
		part.Unit = whole.Unit
	}
	if part.Measure == "" {
		part.Measure = whole.Measure
	}
}

// MarshalJSON writes q as encoding/json would write its fields, but for
// an unbounded High, written as null since JSON has no infinity, and
// written last: as a field of a struct embedding q, which was how it was
// first done. Written by hand: a report holds a figure per quantity claim,
// and marshalling a wrapper struct cost three allocations each. A value
// encoding/json refuses (NaN, an infinity but High's) is an error.
func (q Quantity) MarshalJSON() ([]byte, error) {
	return q.AppendJSON(make([]byte, 0, 160+len(q.Text)))
}

// AppendJSON appends what MarshalJSON returns to b: jsonw.Appender, so
// that a report's figures are written straight into its buffer.
func (q Quantity) AppendJSON(b []byte) ([]byte, error) {
	if !finite(q.Value) || !finite(q.Low) || !finite(q.High) && !math.IsInf(q.High, 1) {
		return nil, errNotFinite
	}
	b = appendInt(b, `{"start":`, q.Start)
	b = appendInt(b, `,"end":`, q.End)
	b = appendString(b, `,"text":`, q.Text)
	b = appendFloat(b, `,"value":`, q.Value)
	b = appendFloat(b, `,"low":`, q.Low)
	b = appendTrue(b, `,"lowOpen":true`, q.LowOpen)
	b = appendTrue(b, `,"highOpen":true`, q.HighOpen)
	b = appendString(b, `,"bound":`, string(q.Bound))
	if q.Unit != "" {
		b = appendString(b, `,"unit":`, q.Unit)
	}
	if q.Measure != "" {
		b = appendString(b, `,"measure":`, q.Measure)
	}
	b = appendTrue(b, `,"vague":true`, q.Vague)
	b = appendTrue(b, `,"part":true`, q.Part)
	if q.Of != 0 {
		b = appendInt(b, `,"of":`, q.Of)
	}
	if q.Per != "" {
		b = appendString(b, `,"per":`, q.Per)
	}
	if math.IsInf(q.High, 1) {
		b = appendTrue(b, `,"high":null`, true)
	} else {
		b = appendFloat(b, `,"high":`, q.High)
	}
	return append(b, '}'), nil
}

// errNotFinite is MarshalJSON's error for a value JSON cannot hold.
var errNotFinite = errors.New("quantity: figure not finite")

// finite reports whether f is neither infinite nor NaN.
func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// The append helpers of MarshalJSON append key, a member's quoted name
// with its comma and colon (or the whole member), then the value. They
// are kept out of line: in the wasm, every inlined append is a growth
// path of its own.

// appendTrue appends member when ok.
//
//go:noinline
func appendTrue(b []byte, member string, ok bool) []byte {
	if !ok {
		return b
	}
	return append(b, member...)
}

// appendInt appends key and n.
//
//go:noinline
func appendInt(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

// appendString appends key and s as jsonw.Marshal writes s (encoding/json's
// escapes): directly when it is plain ASCII, the common case, else
// through jsonw.
//
//go:noinline
func appendString(b []byte, key, s string) []byte {
	b = append(b, key...)
	if !plainASCII(s) {
		return jsonw.AppendString(b, s)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendFloat appends key and f, finite, as jsonw.Marshal writes f
// (encoding/json's format): directly when it needs no exponent, the common
// case, else through jsonw.
//
//go:noinline
func appendFloat(b []byte, key string, f float64) []byte {
	b = append(b, key...)
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		j, _ := jsonw.Marshal(f) // never fails for a finite number
		return append(b, j...)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// plainASCII reports whether JSON writes s inside quotes as it is: printable
// ASCII with no quote, backslash or HTML character (<, >, &).
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// Find returns the figures in text in order, spans not overlapping. See the
// package doc for what counts as a figure and how bounds, units and
// measures are read.
func Find(text string) []Quantity {
	return FindLower(text, "")
}

// FindLower is Find for a caller that already holds lower, text with its
// ASCII letters lower-cased and every other byte unchanged (claim makes one
// such copy of each article for all its readers); with lower empty or of
// another length, Find makes its own.
func FindLower(text, lower string) []Quantity {
	t := tokens.New(text, lower)
	defer t.Release()
	return FindTokens(t)
}

// FindTokens is Find for a caller that already holds the text split into
// tokens (claim splits each article once for quantity and timex). t stays
// the caller's: FindTokens neither keeps nor releases it.
func FindTokens(t *tokens.Text) []Quantity {
	return FindTokensTo(nil, t)
}

// FindTokensTo is FindTokens writing into buf, whose contents it
// discards, instead of into a slice of its own: claim keeps the buffer
// between articles and copies out only the figures its claims use. Of
// indexes the result, as in FindTokens'.
func FindTokensTo(buf []Quantity, t *tokens.Text) []Quantity {
	s := newScanner(t)
	return s.find(buf[:0])
}

// find appends the figures of s's text to out, which must be empty: Of
// indexes it.
func (s *scanner) find(out []Quantity) []Quantity {
	text := s.Text
	floor := 0   // the token after the last figure: context never reaches back past it
	prevEnd := 0 // the byte end of the last figure
	// levelFloor is floor for a figure a level verb brings ("had risen to
	// 26"): it stays before a figure of things that got no measure, so that
	// "the death toll from a raid on three villages had risen to 26" finds
	// its toll.
	levelFloor := 0
	var c candidate
	for k := 0; k < len(s.Toks); {
		o, ok := s.mayOpen(k)
		if !ok {
			k++ // most tokens: no candidate built
			continue
		}
		if !s.figureAt(&c, k, o) {
			k = max(c.next, k+1)
			continue
		}
		s.rangeAfter(&c)
		s.boundAround(&c, floor)
		s.unitAfter(&c)
		s.bodiesOf(&c)
		if s.excluded(&c) {
			k = c.next
			continue
		}
		dur := durations[c.unit]
		if s.population(&c) {
			c.measure = "population"
		} else if !dur && c.unit != "time" { // "intercepted three times": how often, not how many
			from := floor
			if s.levelBefore(c.boundTok) {
				from = levelFloor
			}
			s.measureAround(&c, from)
			if c.measure == "-" {
				c.measure = "" // a phrase that masks a shorter measure: "taken to" is not "taken"
				if s.toHospital(c.next) {
					c.measure = "hospitalised" // "taken to the regional hospital"
				}
			}
			if c.measure == "released" && c.unit == "body" {
				c.measure = "returned" // "handed over 14 bodies": returned, as the dead are
			}
			if c.measure == "aboard" && leftWords[s.Word(c.boundTok-1)] {
				c.measure = "held" // "That leaves 146 people on board": who are still held, not who flew
			}
			if c.measure == "escaped" && loads[c.unit] {
				c.measure = "spilled" // "700 tonnes of crude had escaped"
			}
			if c.measure == "displaced" && c.unit == "prisoner" {
				c.measure = "escaped" // "more than 400 inmates fled the prison": they broke out
			}
			if (c.measure == "" || c.measure == "aboard") && s.carriedOut(&c) {
				c.measure = "displaced" // "ships carried 4,200 civilians out of the port": evacuated
			}
			if c.measure == "displaced" && craft[c.unit] {
				c.measure = "entered" // "20 trucks crossed the border" into where they went
			}
			if !unitFits(&c) {
				c.measure, c.impliedUnit = "", ""
			}
			if c.bodiesOf != "" && c.measure == "killed" {
				c.unit = c.bodiesOf // "the bodies of 38 people killed": a toll of people
			}
			if c.measure == "departed" {
				c.measure = "displaced" // "4,000 people had left the city" fled it
			}

			if c.measure == "" && areas[c.unit] && s.fireNear(c.boundTok) {
				c.measure = "burned" // "the fire has grown to 14,000 acres"
			}
			if c.measure == "" && c.unit != "" {
				c.measure = s.participleAfter(c.next) // "12,000 children were malnourished"
			}
			if c.measure == "" && c.unit != "" && !amounts[c.unit] && !dur {
				c.measure = s.verbBefore(c.boundTok) // "crews sprayed about 14,000 homes"; not "advanced 12 kilometres"
			}
		}
		// restated: another value of the count before it, unit and all.
		restated := c.measure == "" && !dur && len(out) > 0 && s.restated(floor, c.boundTok, c.unit)
		if c.measure == "" && !dur && len(out) > 0 && (restated || s.joined(floor, c.boundTok) || s.coordinated(floor, c.boundTok) || s.alongWith(c.boundTok) ||
			c.unit != "" && c.unit == out[len(out)-1].Unit && s.comparedWith(floor, c.boundTok)) {
			c.measure = lastMeasure(out) // "rose from 12 to 17", "3.2%, down from 3.8%", "killed 12 soldiers and three civilians"
		}
		broughtUnit := "" // the unit of the count a running total brings on
		if !dur && len(out) > 0 && c.boundTok >= 1 && s.Word(c.boundTok-1) == "to" && s.broughtTo(c.boundTok-1) {
			// "a further 960 people had left the town on 31 buses,
			// bringing the total over two days to 2,100": the total of
			// what the sentence counted before it; "six more sailors had
			// been rescued, bringing the number rescued to 15": sailors.
			for i := len(out) - 1; i >= 0 && out[i].End <= c.start && !strings.ContainsAny(text[out[i].End:c.start], ".!?;"); i-- {
				if out[i].Measure != "" && (c.measure == "" || c.measure == out[i].Measure) {
					c.measure, broughtUnit = out[i].Measure, out[i].Unit
					break
				}
			}
		}
		c.settle()
		if c.measure == "violations" && peopleUnits[c.unit] {
			c.unit = "" // "143 rebel violations": acts of the rebels, not rebels
		}
		c.start = max(c.start, prevEnd) // "$0B$0": the second "$" may touch the first figure's scale word
		q := c.quantity(text)
		if !speeds[c.unit] { // "120 miles per hour" is a speed, its unit read
			q.Per = s.rateAfter(c.next, craft[c.unit])
		}
		if n := len(out); q.Per == "" && n > 0 && out[n-1].Per != "" && s.comparedWith(floor, c.boundTok) {
			q.Per = out[n-1].Per // "240 new cases a day, compared with more than 300 last week"
		}
		if b := c.boundTok; q.Measure == "" && q.Per != "" && len(out) > 0 && b-4 >= floor && s.phrase(b-3, 3) == "an average of" && s.Word(b-4) == "," {
			q.Measure = lastMeasure(out) // "9,000 arrived last week, an average of 1,300 per day": the rate averages the count
		}
		s.partOf(&q, &c, floor, out)
		if q.Unit == "" && broughtUnit != "" {
			q.Unit = broughtUnit
		}
		if restated && q.Unit == "" && c.impliedUnit == "" {
			q.Unit = out[len(out)-1].Unit // "12 soldiers had been killed. The FMF put the figure at more than 80": soldiers
		}
		if q.Unit == "" && c.impliedUnit != "" {
			q.Unit = c.impliedUnit
			if len(out) > 0 && s.elliptic(floor, c.boundTok) && peopleUnits[out[len(out)-1].Unit] {
				q.Unit = out[len(out)-1].Unit // "14 soldiers had been killed and 40 wounded"
			}
		}
		if n := len(out); n > 0 && q.Unit == "" && q.Measure != "" && peopleUnits[out[n-1].Unit] && s.elliptic(floor, c.boundTok) && s.nounless(c.next) {
			q.Unit = out[n-1].Unit // "13 gunmen had been killed and 22 captured": gunmen too
		}
		if n := len(out); n > 0 && (q.Unit == "person" && s.Word(c.next) == "others" || q.Unit == "" && s.Word(c.next) == "more") && peopleUnits[out[n-1].Unit] {
			// "64 pupils had been abducted and 11 others had escaped",
			// "killed 40 soldiers and captured 75 more": pupils, soldiers too
			q.Unit = out[n-1].Unit
		}
		if q.Part && q.Of >= 0 {
			inherit(&q, out[q.Of]) // "around 70 towns, including about 20 on Friday"
		}
		if n := len(out); n > 0 && out[n-1].Part && out[n-1].Of == -1 && s.wholeAfter(floor) == c.first {
			// "31 of the 40 drones": the 40 is the whole the 31 were
			// part of, and what the 31 are.
			out[n-1].Of = n
			if out[n-1].Measure == "" && c.partVerb != "" {
				out[n-1].Measure = c.partVerb // "11 of the 17 kidnapped workers had been freed": the 11 were freed
			}
			inherit(&out[n-1], q)
			shotDown(&out[n-1])
			if shotDown(&q); q.Measure == out[n-1].Measure && s.verbAfterWhole(c.next) {
				// "71 of 96 drones were shot down": the verb after the
				// whole says what happened to the part; the whole is
				// what there was. Not "12 of the 40 people killed were".
				q.Measure = ""
			}
			if q.Measure == "" && out[n-1].Measure == "intercepted" && airborne[q.Unit] {
				q.Measure = "launched" // "shot down 38 of the 45 drones": the 45 were launched
			}
		}
		shotDown(&q)
		out = append(out, q)
		k, prevEnd = c.next, q.End
		if !dur {
			floor = c.next
			if q.Measure != "" || q.Unit == "" || peopleUnits[q.Unit] {
				levelFloor = c.next
			}
		}
	}
	return out
}

// mayOpen reports whether a figure may start at token k: a number, or a
// word that opens number words (see figure), with its wordStarts entry.
func (s *scanner) mayOpen(k int) (opener, bool) {
	switch s.Kind(k) { // k may be past the end: see rangeAfter
	case tNum:
		return opener{}, true
	case tWord:
		if w := s.Word(k); startFilter.May(w) {
			o, ok := wordStarts[w]
			return o, ok
		}
	}
	return opener{}, false
}
