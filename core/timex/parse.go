package timex

import (
	"strings"
	"time"
)

// The machine formats of metadata dates, read here rather than with
// time.Parse: its layout interpreter is about 30 KB of wasm code the page
// would carry for these few shapes (see Date).

// ParseISO parses exactly "YYYY-MM-DD", refusing days the month lacks.
func ParseISO(s string) (Date, bool) {
	d, rest, ok := isoDate(s)
	return d, ok && rest == ""
}

// parseMachine reads the timestamps of metadata, each to its calendar day
// as stated: "2024-11-27", "2024-11-27T09:40", "2024-11-27 09:40:00",
// "2024-11-27T09:40:00.5+02:00" (RFC 3339), "Wed, 27 Nov 2024 09:40:00
// GMT" (RFC 1123, or with "+0200" for the zone).
func parseMachine(s string) (Date, bool) {
	for strings.Contains(s, "  ") { // a layout's space matches a run of them
		s = strings.ReplaceAll(s, "  ", " ")
	}
	if d, rest, ok := isoDate(s); ok {
		return d, rest == "" || isoClock(rest)
	}
	return rfc1123(s)
}

// isoDate reads "YYYY-MM-DD" at the start of s and returns the rest.
func isoDate(s string) (Date, string, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, "", false
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return 0, "", false
	}
	date, ok := validDate(y, m, d)
	return date, s[10:], ok
}

// isoClock reports whether s is the time of day after an ISO date: "T" or
// a space, "15:04", optionally ":05" with a fraction, and optionally a
// zone, "Z" or "+07:00".
func isoClock(s string) bool {
	if s[0] != 'T' && s[0] != ' ' {
		return false
	}
	s, ok := clock(s[1:], false)
	if !ok {
		return false
	}
	switch {
	case s == "" || s == "Z":
		return true
	case len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':':
		_, ok1 := digits(s[1:3]) // time.Parse takes "+24:60" too
		_, ok2 := digits(s[4:6])
		return ok1 && ok2
	}
	return false
}

// clock reads "15:04", the hour of one or two digits, then ":05"
// (required when seconds is set) with an optional fraction after "." or
// ",", at the start of s, and returns the rest.
func clock(s string, seconds bool) (string, bool) {
	hl := 2
	if len(s) > 1 && s[1] == ':' {
		hl = 1
	}
	if len(s) < hl+3 || s[hl] != ':' {
		return "", false
	}
	h, ok1 := digits(s[:hl])
	m, ok2 := digits(s[hl+1 : hl+3])
	if !ok1 || !ok2 || h > 23 || m > 59 {
		return "", false
	}
	s = s[hl+3:]
	if len(s) < 3 || s[0] != ':' {
		return s, !seconds
	}
	if sec, ok := digits(s[1:3]); !ok || sec > 59 {
		return "", false
	}
	s = s[3:]
	if len(s) > 1 && (s[0] == '.' || s[0] == ',') && s[1] >= '0' && s[1] <= '9' {
		i := 1
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		s = s[i:]
	}
	return s, true
}

// rfc1123 reads "Mon, 02 Jan 2006 15:04:05 MST" or with "-0700" for the
// zone, the weekday optional.
func rfc1123(s string) (Date, bool) {
	if len(s) > 5 && s[3] == ',' && s[4] == ' ' && weekdayAbbrev(s[:3]) {
		s = s[5:]
	}
	if len(s) < 12 || s[2] != ' ' || s[6] != ' ' || s[11] != ' ' {
		return 0, false
	}
	d, ok1 := digits(s[:2])
	m := englishMonth(s[3:6])
	y, ok2 := digits(s[7:11])
	if !ok1 || !ok2 || m == 0 {
		return 0, false
	}
	rest, ok := clock(s[12:], true)
	if !ok || len(rest) < 2 || rest[0] != ' ' || !zoneName(rest[1:]) {
		return 0, false
	}
	return validDate(y, m, d)
}

// zoneName reports whether s names a zone as time.Parse reads RFC 1123
// dates: "-0700"; "+03" (hours, to 23); "GMT", "GMT+3"; three capital
// letters ("UTC"), or four or five ending in T ("CEST"), "ChST", "MeST".
func zoneName(s string) bool {
	switch {
	case len(s) > 1 && (s[0] == '+' || s[0] == '-'):
		h, ok := digits(s[1:])
		return ok && (h <= 23 || len(s) == 5)
	case strings.HasPrefix(s, "GMT") && len(s) > 4:
		return zoneName(s[3:]) && len(s) != 8
	case s == "ChST" || s == "MeST" || s == "WITA":
		return true
	case len(s) < 3 || len(s) > 5 || len(s) > 3 && s[len(s)-1] != 'T':
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// ParseWords parses "Jan 2 2006", "January 2 2006", "2 Jan 2006" and "2
// January 2006" (English month names, any case), spaces between the three
// fields and a four-digit year, as time.Parse reads those layouts.
func ParseWords(s string) (Date, bool) {
	a, rest, ok1 := strings.Cut(s, " ")
	b, c, ok2 := strings.Cut(strings.TrimLeft(rest, " "), " ")
	c = strings.TrimLeft(c, " ")
	if !ok1 || !ok2 || len(c) != 4 || len(b) == 0 || len(b) > 2 && len(a) > 2 {
		return 0, false
	}
	y, ok := digits(c)
	if !ok {
		return 0, false
	}
	m, ds := englishMonth(a), b
	if m == 0 {
		m, ds = englishMonth(b), a
	}
	d, ok := digits(ds)
	if m == 0 || !ok || len(ds) > 2 {
		return 0, false
	}
	return validDate(y, m, d)
}

// englishMonths are the month names time.Parse knows; a month is named
// in full or by its first three letters.
var englishMonths = [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// englishMonth returns the month w names, 1-12, or 0.
func englishMonth(w string) int {
	if len(w) < 3 {
		return 0
	}
	for i, name := range englishMonths {
		if (len(w) == 3 || len(w) == len(name)) && strings.EqualFold(w, name[:len(w)]) {
			return i + 1
		}
	}
	return 0
}

// weekdayAbbrev reports whether w is a weekday's three-letter name.
func weekdayAbbrev(w string) bool {
	for _, name := range [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if strings.EqualFold(w, name) {
			return true
		}
	}
	return false
}

// digits returns the value of s when s is all ASCII digits.
func digits(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = min(v*10+int(s[i]-'0'), 1<<40) // no wrap-around on long runs
	}
	return v, s != ""
}

// validDate returns the date y-m-d when the month has that day.
func validDate(y, m, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	date := DateOf(y, time.Month(m), d)
	if _, _, got := date.Date(); got != d {
		return 0, false // "February 30"
	}
	return date, true
}
