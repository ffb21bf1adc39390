package timex

import (
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/tokens"
)

// Kind is the shape of a time expression.
type Kind string

const (
	KindDate     Kind = "date"     // a full calendar date, or a day and month
	KindMonth    Kind = "month"    // "in March 2020", "since December"
	KindYear     Kind = "year"     // "in 2015"
	KindWeekday  Kind = "weekday"  // "on Sunday", "this Wednesday"
	KindRelative Kind = "relative" // "last week", "today", "yesterday"
	KindPeriod   Kind = "period"   // "between 2010 and 2015", "the 1990s", "the 14th century"
	// KindSince is kept for callers of the first version; Find now sets
	// Since on an expression of the anchor's kind instead.
	KindSince Kind = "since"
)

// Expr is one time expression.
type Expr struct {
	Start int    `json:"start"` // byte span in the text, "since", "last", "this" included
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  Kind   `json:"kind"`
	// From and To bound the time meant, To exclusive; both zero when the
	// expression could not be resolved (a weekday or relative phrase with
	// no reference date, a day and month with no year). For "since X" they
	// bound X itself: the time meant runs from From to the article's date.
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
	Year int  `json:"year,omitempty"` // the year as stated, 0 if none
	// Month and Day as stated (1-based), 0 if none.
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// Weekday as stated, ISO numbering: Monday 1 ... Sunday 7, 0 if none.
	Weekday int `json:"weekday,omitempty"`
	// Since marks "since X", "for the first time since X": a span from X
	// up to the article's date.
	Since bool `json:"since,omitempty"`
	// Rel is the relative phrase's rule from time_relative_en.tsv ("day
	// -1", "past 90"), or "ago N days" style, so an unresolved expression
	// can still be compared by meaning.
	Rel string `json:"rel,omitempty"`
}

// Resolved reports whether e was pinned to calendar time.
func (e Expr) Resolved() bool { return !e.From.IsZero() }

// Find returns the time expressions in text in order, spans not
// overlapping. ref is the article's date, the zero time when unknown:
// absolute dates, months with a year and years resolve without it;
// weekdays, relative phrases and dates without a year need it.
func Find(text string, ref Date) []Expr {
	return FindLower(text, "", ref)
}

// FindLower is Find for a caller that already holds lower, text with its
// ASCII letters lower-cased and every other byte unchanged (claim makes one
// such copy of each article for all its readers); with lower empty or of
// another length, Find makes its own.
func FindLower(text, lower string, ref Date) []Expr {
	t := tokens.New(text, lower)
	defer t.Release()
	return FindTokens(t, ref)
}

// FindTokens is Find for a caller that already holds the text split into
// tokens (claim splits each article once for quantity and timex). t stays
// the caller's: FindTokens neither keeps nor releases it.
func FindTokens(t *tokens.Text, ref Date) []Expr {
	return FindTokensTo(nil, t, ref)
}

// FindTokensTo is FindTokens writing into buf, whose contents it
// discards, instead of into a slice of its own: claim keeps the buffer
// between articles and copies out only the expressions its claims use.
func FindTokensTo(buf []Expr, t *tokens.Text, ref Date) []Expr {
	s := newScanner(t)
	return s.find(buf[:0], ref)
}

// find appends the time expressions of s's text to out.
func (s *scanner) find(out []Expr, ref Date) []Expr {
	text := s.Text
	var e Expr // the readers' output, reused: each success sets all of it
	for k := 0; k < len(s.Toks); {
		sw := startWord{flags: fRel | fCal}
		if s.Toks[k].Kind != tNum {
			if w := s.Word(k); startFilter.May(w) {
				sw = startWords[w]
			} else {
				sw = startWord{}
			}
		}
		var next int
		var ok bool
		switch sw.flags {
		case 0: // most words: one map probe
		case fRel:
			next, ok = s.relativeAt(&e, k, sw, ref)
		default:
			next, ok = s.expr(&e, k, ref)
		}
		if !ok {
			k++
			continue
		}
		if !e.Since && s.sinceBegan(k) {
			e.Since = true // "since the heatwave began at the weekend"
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
		k = next
	}
	return out
}

// Dateline returns the first full date in s, typically a byline or
// dateline such as "Updated Nov. 27, 2024, 9:40 a.m." or "PARIS, 27
// November 2024 (AFP)".
func Dateline(s string) (Date, bool) {
	for _, e := range Find(s, 0) {
		if e.Kind == KindDate && e.Resolved() {
			return e.From, true
		}
	}
	return 0, false
}

// minYear is the earliest year ParseDate accepts.
const minYear = 1000

// ParseDate parses an absolute date in common formats: "2024-11-27",
// "27/11/2024", "November 27, 2024", "27 November 2024", "Nov. 27, 2024",
// "Wednesday, Feb. 12, 2020", RFC 3339 and RFC 1123 timestamps. The whole
// of s, trimmed, must be the date (a final period aside). Years before
// minYear are refused: "0001-01-01" parses, but year 1 is Go's zero time,
// which means "no date" everywhere else, and no news is dated then.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if d, ok := parseMachine(s); ok {
		return sane(d)
	}
	es := Find(s, 0)
	if len(es) != 1 || es[0].Kind != KindDate || !es[0].Resolved() || es[0].Start != 0 {
		return 0, false
	}
	if rest := s[es[0].End:]; rest != "" && rest != "." {
		return 0, false
	}
	return sane(es[0].From)
}

// sane is d, true when d is late enough to be a news date, else a refusal.
func sane(d Date) (Date, bool) {
	if !Sane(d) {
		return 0, false
	}
	return d, true
}

// Sane reports whether d can date news: from minYear to maxYear. Dates
// resolved from it ("last May", "next week") then stay in the years time's
// JSON writes (0 to 9999): an article dated 0000-01-10 made "1 May" a day
// of year -1, and its report unwritable.
func Sane(d Date) bool {
	y := d.Year()
	return y >= minYear && y <= maxYear
}

// maxYear is the latest year of a news date.
const maxYear = 9000
