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
	captionRe = regexp.MustCompile(`(?i)\b(photo(graph)?s?:|photo by|photo credit|image credit|image:|credit:|getty images|shutterstock|ap photo\b|afp photo\b|file photo\b|\(photo|courtesy of|pictured|in this photo|in this file photo|/ ?(reuters|afp|ap|epa|getty)\b)`)
	// longCaptionRe: a caption of a sentence or two is told by how it
	// opens ("In this photo released...") or by the credit that ends it.
	longCaptionRe = regexp.MustCompile(`(?i)(^(\S+ )?in this (file )?photo|(photo(graph)?( by)?:?|image:|credit:|©|\(ap photo|/ ?(reuters|afp|ap|epa|getty images))[^.]{0,60}\)?$)`)
	// timeRe: a clock time.
	timeRe = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)
	// dateWordRe: digits-and-letters words of date and time lines ("32m",
	// "5th", "1H").
	dateWordRe = regexp.MustCompile(`^\d+(st|nd|rd|th|[mhd])?$`)
	// isoDateRe, numDateRe and textDateRe find the date inside a line.
	isoDateRe  = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	textDateRe = regexp.MustCompile(`(?i)\b(\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]{3,9}\.?,? \d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b`)
)

// dateWords are the words that make up date and time lines, lower case.
var dateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`jan feb mar apr may jun jul aug sep sept oct nov dec
		january february march april june july august september october november december
		mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
		today yesterday at am pm a.m p.m a m p utc gmt est edt pst pdt cet cest bst ist et pt
		updated published posted last modified on ago hour hours min mins minute minutes day days
		week weeks month months hr hrs de del le il um of the`) {
		dateWords[w] = true
	}
}

// captionHints are substrings every caption or photo credit line holds
// one of; lines without any skip the caption patterns.
var captionHints = []string{"photo", "image", "credit", "getty", "shutterstock", "courtesy", "pictured", "/", "©"}

// mayBeCaption reports whether low holds a caption hint.
func mayBeCaption(low string) bool {
	for _, h := range captionHints {
		if strings.Contains(low, h) {
			return true
		}
	}
	return false
}

// metaOf says what kind of metadata line s is (low is its lower case form).
// Metadata lines are short: a long line is prose, even when it starts
// with "By".
func metaOf(s, low string, words int) metaKind {
	if s == "" || words > 45 {
		return metaNone
	}
	if words > 14 {
		// A caption may be a sentence or two before its credit.
		if mayBeCaption(low) && longCaptionRe.MatchString(low) {
			return metaCaption
		}
		return metaNone
	}
	switch {
	case strings.Contains(s, " (") && datelineRe.MatchString(s):
		return metaDateline
	case isDateLine(low):
		return metaDate
	case words <= 10 && !strings.HasSuffix(s, ".") && bylineRe.MatchString(s):
		return metaByline
	case words <= 6 && strings.Contains(s, "/") && creditSlashRe.MatchString(s):
		return metaCredit
	case mayBeCaption(low) && captionRe.MatchString(low):
		return metaCaption
	}
	return metaNone
}

// isDateLine reports whether low (lower case) is a timestamp line: every word of it is a
// date or time word ("Today at 19:55", "Nov. 20, 2019, 9:28 AM UTC",
// "Updated 3 hours ago") and it holds a number or a day word.
func isDateLine(low string) bool {
	n, hits, num := 0, 0, false
	eachWord(low, func(_ int, w string) {
		n++
		digit := w[0] >= '0' && w[0] <= '9'
		if dateWords[w] || (digit && dateWordRe.MatchString(w)) {
			hits++
		}
		if digit || w == "today" || w == "yesterday" {
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
