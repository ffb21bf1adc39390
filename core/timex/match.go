package timex

import (
	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"strconv"
	"strings"
	"time"
)

// expr reads the time expression starting at token k into e (Text
// unset), returning the token after it. The readers write into the
// caller's Expr rather than return one: an Expr is some 150 bytes, and
// returning it through two or three calls zeroed and copied it for every
// number and every "the" or "a". A reader that succeeds sets all of it,
// from a local it copies once (fields set through the pointer each took
// a write barrier, kilobytes of wasm); one that fails may leave garbage.
func (s *scanner) expr(e *Expr, k int, ref Date) (int, bool) {
	since := s.Word(k) == "since"
	j := k
	if since {
		j++
		if monthParts[s.Word(j)] {
			j++ // "since late May": the month's part is no time of its own
		}
	}
	// The readers in order, called directly: a slice of method values
	// here was a fifth of Find.
	next, ok := s.relative(e, j, ref)
	if !ok {
		next, ok = s.date(e, j, ref)
	}
	if !ok {
		next, ok = s.month(e, j, ref)
	}
	if !ok {
		next, ok = s.weekday(e, j, ref)
	}
	if !ok {
		next, ok = s.year(e, j)
	}
	if !ok {
		next, ok = s.period(e, j)
	}
	if !ok {
		return 0, false
	}
	if since {
		e.Since, e.Start = true, s.Toks[k].Start
	}
	return next, true
}

// beginnings are the verbs after "since the X" that date a start by the
// time expression after them ("since the quake struck on Monday", "since
// the fighting broke out in March"); monthParts the words before a month
// that say which part of it ("since late May").
var (
	beginnings = wordset.Of("began started erupted broke out launched struck hit")
	monthParts = wordset.Of("late early mid")
)

// Begins reports whether lower-case word w, after "since the X", says X
// began: "began", "broke out", "struck". core/compare reads the same
// words for a count since an episode's start whose day is not said.
func Begins(w string) bool { return beginnings[w] }

// sinceBegan reports whether token k follows "since the X began", a few
// words of X between: the time after it opens a period, as "since" does.
func (s *scanner) sinceBegan(k int) bool {
	if k >= 1 && monthParts[s.Word(k-1)] {
		k-- // "since the outbreak began in late May"
	}
	if k >= 1 && (s.Word(k-1) == "on" || s.Word(k-1) == "at" || s.Word(k-1) == "in") {
		k-- // "since the fighting began on Monday", "... at the weekend", "... in March"
	}
	if k < 3 || !beginnings[s.Word(k-1)] {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if s.Kind(j) != tWord {
			return false
		}
		if s.Word(j) == "since" {
			return true
		}
	}
	return false
}

// relative reads a phrase of time_relative_en.tsv ("last week", "in recent
// months") or "N days ago".
func (s *scanner) relative(e *Expr, k int, ref Date) (int, bool) {
	var sw startWord
	if w := s.Word(k); startFilter.May(w) { // numbers, mostly, are ruled out here
		sw = startWords[w]
	}
	return s.relativeAt(e, k, sw, ref)
}

// relativeAt is relative for a caller that has looked token k up in
// startWords already: "the" and "in" open relative phrases and are in
// every sentence, and each map probe spared on them counts.
func (s *scanner) relativeAt(out *Expr, k int, w startWord, ref Date) (int, bool) {
	n := int(w.relMax)
	if n > 1 && !(relSecond.May(s.Word(k+1)) && relPrefix[s.phrase(k, 2)]) {
		n = 1
	}
	for ; n >= 1; n-- {
		if n == 1 && !w.relOne {
			break // the word alone is no phrase: spare the probe
		}
		if rule, ok := relatives[s.phrase(k, n)]; ok {
			e := Expr{Start: s.Toks[k].Start, End: s.Toks[k+n-1].End, Kind: KindRelative, Rel: rule}
			unit, num, _ := strings.Cut(rule, " ")
			v, _ := strconv.Atoi(num)
			resolveRel(&e, unit, v, ref)
			*out = e
			return k + n, true
		}
	}
	return s.ago(out, k, w, ref)
}

// smallNumbers are the number words "N days ago" accepts.
var smallNumbers = wordset.Ints("a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 several:3 few:3")

// agoUnits are the units of "N days ago" in days.
var agoUnits = wordset.Ints("day:1 days:1 week:7 weeks:7 month:30 months:30 year:365 years:365")

// ago reads "two days ago", "a week ago", "3 years ago"; w is token k's
// startWords entry.
//
// "ago" is tested first: "a", "an" and every number come here, and a
// string compare spares them the probes of agoUnits and the number parse.
func (s *scanner) ago(out *Expr, k int, w startWord, ref Date) (int, bool) {
	if s.Word(k+2) != "ago" {
		return 0, false
	}
	n, ok := int(w.small), w.small > 0
	if v, digits := s.num(k); digits > 0 && digits <= 3 && v >= 0 {
		n, ok = v, true
	}
	if !ok {
		return 0, false
	}
	unit, uok := agoUnits[s.Word(k+1)]
	if !uok {
		return 0, false
	}
	e := Expr{Start: s.Toks[k].Start, End: s.Toks[k+2].End, Kind: KindRelative, Rel: "ago " + strconv.Itoa(n*unit)}
	if !ref.IsZero() {
		u := s.Word(k + 1)
		switch {
		case strings.HasPrefix(u, "month"):
			e.From = ref.AddDate(0, -n, 0)
		case strings.HasPrefix(u, "year"):
			e.From = ref.AddDate(-n, 0, 0)
		default:
			e.From = ref.AddDate(0, 0, -n*unit)
		}
		e.To = e.From.AddDate(0, 0, 1)
	}
	*out = e
	return k + 3, true
}

// resolveRel pins a relative expression to calendar time when ref is
// known.
func resolveRel(e *Expr, unit string, n int, ref Date) {
	if ref.IsZero() {
		return
	}
	switch unit {
	case "day":
		e.From = ref.AddDate(0, 0, n)
		e.To = e.From.AddDate(0, 0, 1)
	case "week":
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		e.From = monday.AddDate(0, 0, 7*n)
		e.To = e.From.AddDate(0, 0, 7)
	case "month":
		first := DateOf(ref.Year(), ref.Month(), 1)
		e.From = first.AddDate(0, n, 0)
		e.To = e.From.AddDate(0, 1, 0)
	case "year":
		e.From = yearStart(ref.Year() + n)
		e.To = e.From.AddDate(1, 0, 0)
	case "past":
		e.From, e.To = ref.AddDate(0, 0, -n), ref.AddDate(0, 0, 1)
	case "weekend":
		sat := ref.AddDate(0, 0, -((int(ref.Weekday()) + 1) % 7))
		e.From = sat.AddDate(0, 0, 7*n)
		e.To = e.From.AddDate(0, 0, 2)
	}
}

// monthAt returns the month named by token k and the token after it, or
// 0. The name must be capitalised unless lower is set (after a day
// number: "27 novembre 2024"). A period after it is taken ("Nov. 27") only
// when a number follows, so that a sentence's stop stays out.
func (s *scanner) monthAt(k int, lower bool) (int, int) {
	if s.Kind(k) != tWord || !lower && !s.capital(k) {
		return 0, k
	}
	m := months[s.Word(k)]
	if m == 0 {
		return 0, k
	}
	if s.Word(k+1) == "." && s.Adjacent(k) && s.Kind(k+2) == tNum {
		return m, k + 2
	}
	return m, k + 1
}

// weekdayAt returns the ISO weekday (Monday 1 ... Sunday 7) named by
// capitalised token k, or 0; abbreviations count only when full is false.
func (s *scanner) weekdayAt(k int, full bool) int {
	if !s.capital(k) {
		return 0
	}
	w := s.Word(k)
	d, ok := weekdays[w]
	if !ok || (full && len(w) < 6) {
		return 0
	}
	if d == 0 {
		return 7
	}
	return d
}

// dayAt returns the day of month at token k (1-31, with an ordinal suffix
// "27th" allowed) and the token after it, or 0.
func (s *scanner) dayAt(k int) (int, int) {
	v, n := s.num(k)
	if n == 0 || n > 2 || v < 1 || v > 31 {
		return 0, k
	}
	if s.Adjacent(k) {
		switch s.Word(k + 1) {
		case "st", "nd", "rd", "th", "er", "º":
			return v, k + 2
		}
		if s.Kind(k+1) == tWord {
			return 0, k
		}
	}
	return v, k + 1
}

// yearAt returns the four-digit year at token k (1800-2100) and the token
// after it, or 0. A comma or period touching a digit after it makes it
// part of a bigger number ("2024.5").
func (s *scanner) yearAt(k int) (int, int) {
	v, n := s.num(k)
	if n != 4 || v < 1800 || v > 2100 {
		return 0, k
	}
	if s.Adjacent(k) && (s.Kind(k+1) == tWord || (s.Kind(k+2) == tNum && s.Adjacent(k+1))) {
		return 0, k // "1990s", "2024.5", "2,000"
	}
	if s.Adjacent(k-1) && (s.Kind(k-1) == tWord || s.Kind(k-1) == tNum || s.Kind(k-2) == tNum && s.Adjacent(k-2)) {
		return 0, k // "F2000", "1,2000"
	}
	if s.Adjacent(k-1) && (s.Word(k-1) == "$" || s.Word(k-1) == "€" || s.Word(k-1) == "£" || s.Word(k-1) == "#") {
		return 0, k
	}
	return v, k + 1
}

// skipComma steps over a comma at token k.
func (s *scanner) skipComma(k int) int {
	if s.Word(k) == "," {
		return k + 1
	}
	return k
}

// date reads a calendar date: "2024-11-27", "27/11/2024", "27.11.2024",
// "November 27, 2024", "Nov. 27", "27 November 2024", "1st of December",
// each optionally after a weekday ("Wednesday, Feb. 12, 2020").
func (s *scanner) date(out *Expr, k int, ref Date) (int, bool) {
	j, weekday := k, 0
	if wd := s.weekdayAt(k, false); wd != 0 {
		weekday = wd
		j = s.skipComma(k + 1)
		if s.Word(j) == "." && s.Adjacent(k) {
			j = s.skipComma(j + 1)
		}
	}
	y, m, d, next, ok := s.numericDate(j)
	if !ok {
		y, m, d, next, ok = s.wordDate(j)
	}
	if !ok {
		return 0, false
	}
	e := Expr{Start: s.Toks[min(k, len(s.Toks)-1)].Start, End: s.Toks[next-1].End, Kind: KindDate, Year: y, Month: m, Day: d, Weekday: weekday}
	if e.Year == 0 && !ref.IsZero() {
		y = ref.Year()
		if DateOf(y, time.Month(m), d).After(ref.AddDate(0, 0, 7)) {
			y-- // "December 30" in an article of January 2
		}
	}
	if y != 0 {
		t := DateOf(y, time.Month(m), d)
		if _, _, td := t.Date(); td == d { // reject "February 31"
			e.From, e.To = t, t.AddDate(0, 0, 1)
		}
	}
	*out = e
	return next, true
}

// numericDate reads "2024-11-27", "27/11/2024", "11/27/2024" or
// "27.11.2024". Day-month order is assumed unless the second field cannot
// be a month.
func (s *scanner) numericDate(k int) (y, m, d, next int, ok bool) {
	a, na := s.num(k)
	sep := s.Word(k + 1)
	if na == 0 || (sep != "-" && sep != "/" && sep != ".") || !s.Adjacent(k) || !s.Adjacent(k+1) || !s.Adjacent(k+2) || s.Word(k+3) != sep || !s.Adjacent(k+3) {
		return 0, 0, 0, 0, false
	}
	b, nb := s.num(k + 2)
	c, nc := s.num(k + 4)
	if nb == 0 || nb > 2 || nc == 0 {
		return 0, 0, 0, 0, false
	}
	switch {
	case na == 4 && sep == "-" && nc <= 2:
		y, m, d = a, b, c
	case na <= 2 && nc == 4 && b > 12 && a <= 12:
		y, m, d = c, a, b // "11/27/2024"
	case na <= 2 && nc == 4:
		y, m, d = c, b, a
	default:
		return 0, 0, 0, 0, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2100 {
		return 0, 0, 0, 0, false
	}
	return y, m, d, k + 5, true
}

// wordDate reads a date with a month name: "November 27, 2024", "Nov.
// 27", "27 November 2024", "27th of November".
func (s *scanner) wordDate(k int) (y, m, d, next int, ok bool) {
	if m, j := s.monthAt(k, false); m != 0 {
		if d, j2 := s.dayAt(j); d != 0 {
			y, j3 := s.yearAt(s.skipComma(j2))
			if y == 0 {
				j3 = j2
			}
			return y, m, d, j3, true
		}
		return 0, 0, 0, 0, false
	}
	d, j := s.dayAt(k)
	if d == 0 {
		return 0, 0, 0, 0, false
	}
	if w := s.Word(j); w == "of" || w == "de" {
		j++ // "1st of December", "3 de diciembre"
	}
	m, j2 := s.monthAt(j, true)
	if m == 0 {
		return 0, 0, 0, 0, false
	}
	yk := s.skipComma(j2)
	if s.Word(yk) == "de" {
		yk++ // "3 de diciembre de 2024"
	}
	y, j3 := s.yearAt(yk)
	if y == 0 {
		j3 = j2
	}
	return y, m, d, j3, true
}

// monthCues before a month name alone make it a time ("since December",
// "in March"), since "May" and "March" are also common words.
var monthCues = wordset.Of("in since of until till by early late mid last next this from during before after through end between and to")

// month reads a month with a year ("March 2020", "Oct. 2023") or alone
// after a cue ("since December"), resolved to the latest such month
// starting on or before ref.
func (s *scanner) month(out *Expr, k int, ref Date) (int, bool) {
	m, j := s.monthAt(k, false)
	if m == 0 {
		return 0, false
	}
	e := Expr{Start: s.Toks[k].Start, Kind: KindMonth, Month: m}
	y, j2 := s.yearAt(s.skipComma(j))
	if y != 0 {
		e.Year, j = y, j2
	} else if !monthCues[s.Word(k-1)] {
		return 0, false
	} else if !ref.IsZero() {
		y = ref.Year()
		if m > int(ref.Month()) {
			y--
		}
	}
	e.End = s.Toks[j-1].End
	if y != 0 {
		e.From = DateOf(y, time.Month(m), 1)
		e.To = e.From.AddDate(0, 1, 0)
	}
	*out = e
	return j, true
}

// weekday reads a weekday named in full, with "last", "this", "next" or
// "on" before it and a part of the day after it ("last Friday night"). It
// resolves to the latest such day on or before ref ("on Sunday" in a
// Sunday article is that day), strictly before for "last", strictly after
// for "next".
func (s *scanner) weekday(out *Expr, k int, ref Date) (int, bool) {
	j := k
	mod := s.Word(k)
	if mod == "last" || mod == "this" || mod == "next" || mod == "past" {
		j++
	} else {
		mod = ""
	}
	wd := s.weekdayAt(j, true)
	if wd == 0 || s.possessive(j) {
		return 0, false
	}
	e := Expr{Start: s.Toks[k].Start, End: s.Toks[j].End, Kind: KindWeekday, Weekday: wd}
	next := j + 1
	switch s.Word(next) {
	case "night", "morning", "afternoon", "evening":
		e.End, next = s.Toks[next].End, next+1
	case "in":
		if s.Word(next+1) == "the" && dayParts[s.Word(next+2)] {
			e.End, next = s.Toks[next+2].End, next+3 // "on Tuesday in the morning": one time, not the article's morning
		}
	}
	if !ref.IsZero() {
		back := (int(ref.Weekday()) - wd%7 + 7) % 7 // days back to the latest such day, 0 when ref is one
		switch {
		case mod == "last" && back == 0:
			back = 7
		case mod == "next", (mod == "" || mod == "this") && back > 0 && s.future(k):
			back -= 7
		}
		e.From = ref.AddDate(0, 0, -back)
		e.To = e.From.AddDate(0, 0, 1)
	}
	*out = e
	return next, true
}

// dayParts are the parts of a day "in the ..." may add to a weekday.
var dayParts = wordset.Of("morning afternoon evening night")

// possessive reports whether token k is followed by a curly apostrophe and
// "s": "Friday’s crash" names an event, not the time of the claim, as
// "Friday's" (one token, no weekday) does not either; "the toll from
// Friday’s crash rose to 43 on Saturday" is Saturday's count.
func (s *scanner) possessive(k int) bool {
	return k+2 < len(s.Toks) && s.Toks[k+1].Start == s.Toks[k].End && s.Text[s.Toks[k+1].Start:s.Toks[k+1].End] == "’" && s.Word(k+2) == "s"
}

// futureCues are the words that put a weekday after them ahead of the
// article's day: "talks will resume on Monday", "is expected to make
// landfall by Friday", "the vote is due on Sunday".
var futureCues = wordset.Of("will ll expected expects forecast forecasts due scheduled")

// futureReach is how many words before a weekday a future cue may stand:
// "forecast a further 40 to 60 mm of rain by Friday".
const futureReach = 12

// future reports whether a future cue stands among the few words before
// token k, within its clause.
func (s *scanner) future(k int) bool {
	for j := k - 1; j >= 0 && j >= k-futureReach; j-- {
		if s.Kind(j) == tPunct && s.Word(j) != "'" && s.Word(j) != "’" {
			return false
		}
		if futureCues[s.Word(j)] {
			return true
		}
	}
	return false
}

// year reads a year standing alone ("in 2015", "since 2012"), not a count
// ("2000 people") nor part of a bigger number, or a span of years opened
// by it ("between 2010 and 2015", "from 2010 to 2015"): a count of that
// span is not a count of one year, nor of today.
func (s *scanner) year(out *Expr, k int) (int, bool) {
	y, j := s.yearAt(k)
	if y == 0 || countNouns[s.Word(j)] {
		return 0, false
	}
	e := Expr{Start: s.Toks[k].Start, End: s.Toks[k].End, Kind: KindYear, Year: y, From: yearStart(y), To: yearStart(y + 1)}
	if y2, next := s.yearRange(k, j, y); y2 != 0 {
		e.Start, e.End, e.Kind, e.Year, e.To = s.Toks[k-1].Start, s.Toks[next-1].End, KindPeriod, y2, yearStart(y2+1)
		j = next
	}
	*out = e
	return j, true
}

// yearStart is 1 January of year y.
func yearStart(y int) Date { return DateOf(y, 1, 1) }

// yearRange returns the closing year of a span whose opening year y stands
// at token k, with token j after it: "between y and Y", "from y to Y"
// ("until", "through"), Y later than y by at most two centuries; 0 if none.
func (s *scanner) yearRange(k, j, y int) (int, int) {
	open, join := s.Word(k-1), s.Word(j)
	if !(open == "between" && join == "and" || open == "from" && (join == "to" || join == "until" || join == "through")) {
		return 0, j
	}
	y2, next := s.yearAt(j + 1)
	if y2 <= y || y2 > y+200 || countNouns[s.Word(next)] {
		return 0, j
	}
	return y2, next
}

// period reads a decade or a century: "the 1990s", "the 1300s" (a
// century, its year ending in 00), "the 14th century", "the fourteenth
// century". Its Year is 0: it states no year, and an article that speaks
// of "the 21st century" or "the 1990s" is not dated by it.
func (s *scanner) period(out *Expr, k int) (int, bool) {
	if v, n := s.num(k); n == 4 && v >= 1000 && v <= 2100 && v%10 == 0 && s.Adjacent(k) && s.Word(k+1) == "s" && !s.Adjacent(k+1) {
		span := 10
		if v%100 == 0 && v < 2000 {
			span = 100 // "the 1300s"; "the 2000s" is read as a decade, as it is mostly meant
		}
		*out = Expr{Start: s.Toks[k].Start, End: s.Toks[k+1].End, Kind: KindPeriod, From: yearStart(v), To: yearStart(v + span)}
		return k + 2, true
	}
	c, j := s.ordinalAt(k)
	if c == 0 || c > 21 || s.Word(j) != "century" {
		return 0, false
	}
	y := (c - 1) * 100
	*out = Expr{Start: s.Toks[k].Start, End: s.Toks[j].End, Kind: KindPeriod, From: yearStart(y), To: yearStart(y + 100)}
	return j + 1, true
}

// ordinalAt returns the ordinal at token k ("14th", "fourteenth") and the
// token after it, or 0.
func (s *scanner) ordinalAt(k int) (int, int) {
	if v, n := s.num(k); n > 0 && n <= 2 && s.Adjacent(k) {
		switch s.Word(k + 1) {
		case "st", "nd", "rd", "th":
			return v, k + 2
		}
		return 0, k
	}
	if n := ordinals[s.Word(k)]; n > 0 {
		return n, k + 1
	}
	return 0, k
}

// ordinals are the ordinal words a century is named with.
var ordinals = wordset.Ints("first:1 second:2 third:3 fourth:4 fifth:5 sixth:6 seventh:7 eighth:8 ninth:9 tenth:10 eleventh:11 twelfth:12 thirteenth:13 fourteenth:14 fifteenth:15 sixteenth:16 seventeenth:17 eighteenth:18 nineteenth:19 twentieth:20")
