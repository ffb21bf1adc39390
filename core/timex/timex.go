// Package timex finds time expressions and resolves them against the
// article's date when it is known.
package timex

import (
	"regexp"
	"strconv"
	"time"
)

// Kind is the shape of a time expression.
type Kind string

const (
	KindDate     Kind = "date"     // a full calendar date
	KindMonth    Kind = "month"    // "in March 2020"
	KindYear     Kind = "year"     // "in 2015"
	KindWeekday  Kind = "weekday"  // "on Sunday", "this Wednesday"
	KindRelative Kind = "relative" // "last week", "today", "yesterday"
	KindSince    Kind = "since"    // "since 2012", "for the first time since 2011"
)

// Expr is one time expression.
type Expr struct {
	Start int    `json:"start"` // byte span in the text
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  Kind   `json:"kind"`
	// From and To bound the time meant, To exclusive; both zero when the
	// expression could not be resolved (no reference date).
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	Year int       `json:"year,omitempty"` // the year as stated, 0 if none
}

// Resolved reports whether e was pinned to calendar time.
func (e Expr) Resolved() bool { return !e.From.IsZero() }

var yearRe = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)

// Find returns the time expressions in text. ref is the article's date, the
// zero time when unknown.
func Find(text string, ref time.Time) []Expr {
	var out []Expr
	for _, m := range yearRe.FindAllStringIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[0]:m[1]])
		from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		out = append(out, Expr{Start: m[0], End: m[1], Text: text[m[0]:m[1]], Kind: KindYear, Year: y, From: from, To: from.AddDate(1, 0, 0)})
	}
	return out
}

// ParseDate parses an absolute date in common formats ("2024-11-27",
// "November 27, 2024", "27 November 2024", "Nov. 27, 2024").
func ParseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "January 2, 2006", "2 January 2006", "Jan. 2, 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
