package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/timex"
)

// metaKind is the kind of metadata a line carries.
type metaKind int

const (
	metaNone     metaKind = iota // not metadata
	metaByline                   // "By Ace Damon", "Written by ..."
	metaDate                     // "Today at 19:55", "Nov. 20, 2019, 9:28 AM UTC"
	metaDateline                 // "MADRID, 27 (EUROPA PRESS)"
	metaCredit                   // "JN / Agencies", "Reuters", "Staff Reports"
	metaCaption                  // a photo caption or photo credit
)

// reason is the Line.Reason given to a line of this kind.
func (k metaKind) reason() string {
	return [...]string{"", "byline", "date or time", "dateline", "source credit", "photo caption or credit"}[k]
}

// Defined up here so they are compiled once, not per line.
var (
	// bylineRe: "By Jane Roe", "by Ace Damon and John Doe", "Written by X",
	// and the same opening word in the benchmark's other languages.
	bylineRe = regexp.MustCompile(`^(?i:by|written by|words by|reported by|story by|posted by|author:?|autor:?|por|par|di|von|oleh|from)\s+\p{Lu}`)
	// datelineRe: a capitalised place, a day number and an agency in
	// brackets, the Spanish and Portuguese agency style.
	datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{L} .'-]*, \d{1,2} \(\p{Lu}[\p{Lu} .-]+\)$`)
	// leadDatelineRe: a place in capitals opening the first paragraph:
	// "VIENNA —", "HAYWARD, Calif. (AP) —", "NEW DELHI:".
	leadDatelineRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'-]{2,}(?:, [\p{L}. ]{2,20})?(?: \([\p{L} .]{2,30}\))?)\s*(?:[—–-]{1,2}|:)\s`)
	// creditSlashRe: "JN / Agencies", "Leonhard Foeger / Reuters file".
	creditSlashRe = regexp.MustCompile(`^[\p{Lu}][\p{L}.&' ]{0,40} ?/ ?[\p{Lu}][\p{L}.&' ]{1,40}$`)
	// captionRe: the phrases photo captions and credits are made of.
	captionRe = regexp.MustCompile(`(?i)\b(photo(graph)?s?:|photo by|photo credit|image credit|image:|credit:|getty images|shutterstock|ap photo|afp photo|file photo|\(photo|courtesy of|pictured|in this photo|in this file photo|/ ?(reuters|afp|ap|epa|getty)\b)`)
	// timeRe: a clock time.
	timeRe = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)
	// dateWordRe: words that make up date and time lines.
	dateWordRe = regexp.MustCompile(`(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|at|am|pm|a\.m|p\.m|utc|gmt|est|edt|pst|pdt|cet|cest|bst|ist|et|pt|updated|published|posted|last|modified|on|ago|hours?|\d+[mhd]|mins?|minutes?|days?|weeks?|months?|hrs?|\d+(st|nd|rd|th)?|de|del|le|il|am|um|of|the)$`)
	// isoDateRe, numDateRe and textDateRe find the date inside a line.
	isoDateRe  = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	textDateRe = regexp.MustCompile(`(?i)\b(\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]{3,9}\.?,? \d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b`)
)

// metaOf says what kind of metadata line s is (low is its lower case form).
// Metadata lines are short: a long line is prose, even when it starts
// with "By".
func metaOf(s, low string, words int) metaKind {
	if words > 14 || s == "" {
		return metaNone
	}
	switch {
	case datelineRe.MatchString(s):
		return metaDateline
	case isDateLine(s):
		return metaDate
	case words <= 10 && bylineRe.MatchString(s) && !strings.HasSuffix(s, "."):
		return metaByline
	case words <= 6 && creditSlashRe.MatchString(s):
		return metaCredit
	case captionRe.MatchString(low):
		return metaCaption
	}
	return metaNone
}

// isDateLine reports whether s is a timestamp line: every word of it is a
// date or time word ("Today at 19:55", "Nov. 20, 2019, 9:28 AM UTC",
// "Updated 3 hours ago") and it holds a number or a day word.
func isDateLine(s string) bool {
	n, hits, num := 0, 0, false
	eachWord(s, func(_ int, w string) {
		n++
		if dateWordRe.MatchString(w) {
			hits++
		}
		if unicode.IsDigit(rune(w[0])) || strings.EqualFold(w, "today") || strings.EqualFold(w, "yesterday") {
			num = true
		}
	})
	// "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a name may
	// follow the date.
	return num && n > 0 && n <= 12 && hits*10 >= n*6
}

// findDate returns the calendar date in s as YYYY-MM-DD, or "".
func findDate(s string) string {
	if m := isoDateRe.FindString(s); m != "" {
		if t, ok := timex.ParseDate(strings.NewReplacer("/", "-", ".", "-").Replace(m)); ok {
			return t.Format(time.DateOnly)
		}
	}
	if m := textDateRe.FindString(s); m != "" {
		m = strings.NewReplacer("st ", " ", "nd ", " ", "rd ", " ", "th ", " ", "of ", "").Replace(m)
		if t, ok := timex.ParseDate(m); ok {
			return t.Format(time.DateOnly)
		}
		if t, ok := parseDateLocal(m); ok {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// parseDateLocal parses the day-month-year and month-day-year shapes that
// timex.ParseDate may lack ("Nov. 20, 2019", "20 Nov 2019", "Sept 3 2020").
func parseDateLocal(s string) (time.Time, bool) {
	s = strings.NewReplacer(".", "", ",", "", "Sept", "Sep", "sept", "sep").Replace(s)
	for _, layout := range []string{"Jan 2 2006", "January 2 2006", "2 Jan 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// leadDateline returns the dateline opening a body paragraph ("VIENNA"
// from "VIENNA — The house where..."), or "". The place must be in
// capitals, which is how agencies mark it.
func leadDateline(s string) string {
	m := leadDatelineRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	d := strings.TrimSpace(m[1])
	up := 0
	for _, r := range d {
		if unicode.IsUpper(r) {
			up++
		}
	}
	if up < 3 || utf8.RuneCountInString(d) > 60 {
		return ""
	}
	return d
}
