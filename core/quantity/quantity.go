// Package quantity finds figures in text, in digits or words, as intervals
// with the bound the text puts on them and what they count.
package quantity

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Bound is how the text qualifies a figure.
type Bound string

const (
	Exact    Bound = "exact"    // "412 dead"
	AtLeast  Bound = "atLeast"  // "at least 75" → [75, ∞)
	MoreThan Bound = "moreThan" // "more than 800,000" → (800000, ∞)
	AtMost   Bound = "atMost"   // "up to 20" → [0, 20]
	LessThan Bound = "lessThan" // "fewer than 10" → [0, 10)
	About    Bound = "about"    // "about 20", "some 30", "nearly 70"
	Range    Bound = "range"    // "between 20 and 30"
)

// Quantity is one figure found in a text.
type Quantity struct {
	Start    int     `json:"start"` // byte span of the whole phrase, bound words included
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"` // the number as stated
	Low      float64 `json:"low"`   // the interval the text allows
	High     float64 `json:"high"`  // math.Inf(1) when unbounded (JSON: see MarshalJSON)
	LowOpen  bool    `json:"lowOpen,omitempty"`
	HighOpen bool    `json:"highOpen,omitempty"`
	Bound    Bound   `json:"bound"`
	Unit     string  `json:"unit,omitempty"`    // what is counted, singular: "person", "civilian", "village", "km", "percent"
	Measure  string  `json:"measure,omitempty"` // what happened to it: "killed", "injured", "displaced", "captured", ...
}

var digitsRe = regexp.MustCompile(`\d[\d,.]*\d|\d`)

// Find returns the figures in text in order.
func Find(text string) []Quantity {
	var out []Quantity
	for _, m := range digitsRe.FindAllStringIndex(text, -1) {
		v, ok := ParseNumber(text[m[0]:m[1]])
		if !ok {
			continue
		}
		q := Quantity{Start: m[0], End: m[1], Text: text[m[0]:m[1]], Value: v, Low: v, High: v, Bound: Exact}
		before := strings.ToLower(text[max(0, m[0]-12):m[0]])
		switch {
		case strings.HasSuffix(before, "at least "):
			q.Bound, q.High = AtLeast, math.Inf(1)
		case strings.HasSuffix(before, "more than "), strings.HasSuffix(before, "over "):
			q.Bound, q.High, q.LowOpen = MoreThan, math.Inf(1), true
		}
		out = append(out, q)
	}
	return out
}

// ParseNumber parses a number in digits with either thousands convention
// ("10,700", "7.000", "1.2").
func ParseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// MarshalJSON writes an unbounded High as null, since JSON has no infinity.
func (q Quantity) MarshalJSON() ([]byte, error) {
	type plain Quantity
	var high *float64
	if !math.IsInf(q.High, 1) {
		high = &q.High
	}
	return json.Marshal(struct {
		plain
		High *float64 `json:"high"`
	}{plain(q), high})
}
