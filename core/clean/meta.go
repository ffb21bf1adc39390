package clean

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/wordset"
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

// bylineStarts are the first words matchByline may match, lower case: a
// cheap test before the scan.
var bylineStarts = wordset.Of("by written words reported story posted author autor por par di von oleh from")

// dateWords are the words that make up date and time lines, lower case:
// dateEvidence for the words that show a line is a timestamp (a month, a
// weekday, "ago", "updated"), dateFiller for those that only fit one.
var dateWords = map[string]uint8{}

const (
	dateFiller   uint8 = 1 // fits a timestamp: "at", "hours", "of"
	dateEvidence uint8 = 2 // shows a timestamp: "nov", "monday", "ago"
)

func init() {
	for _, w := range strings.Fields(`jan feb mar apr may jun jul aug sep sept oct nov dec
		january february march april june july august september october november december
		mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
		today yesterday am pm utc gmt est edt pst pdt cet cest bst ist et pt
		updated published posted modified ago`) {
		dateWords[w] = dateEvidence
	}
	for _, w := range strings.Fields(`at a m p last on hour hours min mins minute minutes day days
		week weeks month months hr hrs de del le il um of the`) {
		dateWords[w] = dateFiller
	}
}

// captionTail bounds the end of a line matchLongCaptionTail can match: a
// credit phrase of up to 14 bytes and 60 characters of up to 4 bytes.
const captionTail = 14 + 60*4 + 1

// tailOf returns the last n bytes of s or a little fewer, starting on a
// character boundary.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// captionHints are substrings that every caption or photo credit line
// holds one of, apart from an agency after a slash ("/ Reuters"); lines
// without any skip the caption patterns.
var captionHints = []string{"photo", "image", "credit", "getty", "shutterstock", "courtesy", "pictured", "©"}

// captionCues says which caption hints low holds: a photo word, and a
// slash.
func captionCues(low string) (photo, slash bool) {
	slash = strings.IndexByte(low, '/') >= 0
	return captionHintsIndex.in(low), slash
}

// captionHintsIndex indexes captionHints for phraseIndex.in.
var captionHintsIndex = indexPhrases(captionHints)

// phraseIndex indexes phrases by their first byte and marks a hash of
// their first four bytes, so that one pass over a line finds them all:
// most positions of a line fail the four-byte test with one load, where
// indexing by the first byte alone tried the phrases at every "p", "c"
// or "s" of the line, and a strings.Contains call for each phrase cost
// more than the short lines it was run on. Phrases shorter than four
// bytes ("©") are sought on their own.
type phraseIndex struct {
	first [256][]string
	quads [1 << 16 / 64]uint64
	short []string
}

// quadOf hashes the first four bytes of s to a position of a 1<<16 bitmap.
func quadOf(s string) uint16 { return uint16(le32(s) * 0x9E3779B1 >> 16) }

// indexPhrases indexes phrases, which must not be empty.
func indexPhrases(phrases []string) *phraseIndex {
	t := new(phraseIndex)
	for _, w := range phrases {
		if len(w) < 4 {
			t.short = append(t.short, w)
			continue
		}
		t.first[w[0]] = append(t.first[w[0]], w)
		k := quadOf(w)
		t.quads[k/64] |= 1 << (k % 64)
	}
	return t
}

// in reports whether s contains one of t's phrases.
func (t *phraseIndex) in(s string) bool {
	for _, w := range t.short {
		if strings.Contains(s, w) {
			return true
		}
	}
	for i := 0; i+4 <= len(s); i++ {
		if k := quadOf(s[i:]); t.quads[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, w := range t.first[s[i]] {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// slashAgencies are the agencies matchCaption accepts after a slash.
var slashAgencies = []string{"reuters", "afp", "ap", "epa", "getty"}

// hasSlashCredit reports whether low holds an agency credit after a slash
// ("leonhard foeger/reuters"), as matchCaption's last alternative does: an
// ASCII word character before the slash, an optional space, the agency
// and a word boundary.
func hasSlashCredit(low string) bool {
	for i := strings.IndexByte(low, '/'); i >= 0; {
		if i > 0 && isASCIIWordByte(low[i-1]) {
			rest := strings.TrimPrefix(low[i+1:], " ")
			for _, a := range slashAgencies {
				if strings.HasPrefix(rest, a) && (len(rest) == len(a) || !isASCIIWordByte(rest[len(a)])) {
					return true
				}
			}
		}
		j := strings.IndexByte(low[i+1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isASCIIWordByte reports whether c is a word character for \b.
func isASCIIWordByte(c byte) bool { return c < utf8.RuneSelf && (asciiWord[c] || c == '_') }

// isCaption reports whether low, a short lower-case line, is a photo
// caption or credit.
func isCaption(low string) bool {
	photo, slash := captionCues(low)
	return (photo && matchCaption(low)) || (slash && hasSlashCredit(low))
}

// metaOf says what kind of metadata line s is (low is its lower case form).
// Metadata lines are short: a long line is prose, even when it starts
// with "By".
func metaOf(s, low string, ws []word) metaKind {
	words := len(ws)
	if s == "" || words > 45 {
		return metaNone
	}
	if words > 14 {
		// A caption may be a sentence or two before its credit. Both
		// patterns look at one end of the line only, so the cues are
		// sought there, not in the whole of every paragraph: the head
		// pattern ends in "photo" itself, and the tail's cues are in
		// the tail when it matches.
		if matchLongCaptionHead(low) {
			return metaCaption
		}
		tail := tailOf(low, captionTail)
		// The credit and what follows it hold no full stop, so only the
		// part after the line's last one can match: nothing, for most
		// paragraphs.
		tail = tail[strings.LastIndexByte(tail, '.')+1:]
		if photo, slash := captionCues(tail); (photo || slash) && matchLongCaptionTail(tail) {
			return metaCaption
		}
		return metaNone
	}
	switch {
	case isDatelineOnly(s):
		return metaDateline
	case isGalleryCounter(low, ws):
		return metaCaption
	case isDateLine(low, ws):
		return metaDate
	case words > 0 && words <= 10 && ws[0].end-ws[0].at <= 8 && !strings.HasSuffix(s, ".") && bylineStarts[ws[0].in(low)] && matchByline(s):
		return metaByline
	case words <= 8 && isStaffLine(low, ws):
		return metaByline
	case words <= 6 && strings.Contains(s, "/") && matchCreditSlash(s):
		return metaCredit
	case isCaption(low):
		return metaCaption
	}
	return metaNone
}

// isDatelineOnly reports whether s is a dateline on a line of its own,
// perhaps with the dash that opens the story after it, or the date after
// that: "DUNBELI, Lessara, Feb. 6, 2035 (Atlas Press) —".
func isDatelineOnly(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\u2013' || r == '\u2014' })
	if strings.HasSuffix(t, ")") && matchDateline(t) {
		return true
	}
	// The dash a story opens after: a lead dateline that spans the line.
	if len(t) < len(s) && leadLen(s+" x") == len(s)+1 {
		return true
	}
	// "SANKT ORLEN, Lirdavia (Alpine Wire Service) - 12 February 2034,
	// 21:40": a dateline and the date, as takeDateline reads them.
	d, _ := leadDatelineSpan(s)
	n := leadLen(s)
	return n > 0 && len(s)-n <= 40 && strings.ContainsAny(d, ",(") && findDate(s[n:]) != ""
}

// staffRoles are the words a byline names its writer's post with when it
// gives no "By": "Kassaria Today reporter, Umbaro", "Crime Correspondent".
var staffRoles = wordset.Of("reporter reporters correspondent correspondents staff writer writers editor")

// isStaffLine reports whether the short line low (words ws) is a byline
// that names the writer's post rather than opening with "By": a staff
// role after a capitalised word, at the line's end or before a comma, in
// a line with a comma ("Kassaria Today reporter, Umbaro"; "Tom Tell, AP
// Auto Writer").
// A headline's role word opens it or is followed by more words
// ("Reporter killed in Umbaro").
func isStaffLine(low string, ws []word) bool {
	if len(ws) < 2 || strings.HasSuffix(low, ".") || strings.IndexByte(low, ',') < 0 {
		return false // a menu's "Our Staff", "The Reporters"
	}
	for k := 1; k < len(ws); k++ {
		if !ws[k-1].upper || !staffRoles[ws[k].in(low)] {
			continue
		}
		if end := int(ws[k].end); end == len(low) || low[end] == ',' {
			return true
		}
	}
	return false
}

// isDateLine reports whether the line low with words ws is a timestamp line:
// every word of it is a date or time word ("Today at 19:55", "Nov. 20,
// 2019, 9:28 AM UTC", "Updated 3 hours ago") and it holds a number or a
// day word.
func isDateLine(low string, ws []word) bool {
	n := len(ws)
	if n == 0 || n > 12 {
		return false
	}
	// A number or a day word first: most short lines (menu items) have
	// neither, and need no look-ups.
	num := false
	for _, w := range ws {
		if c := low[w.at]; (c >= '0' && c <= '9') || isDayWord(w.in(low)) {
			num = true
			break
		}
	}
	if !num {
		return false
	}
	hits, misses, evidence := 0, 0, false
	for _, w := range ws {
		lw := w.in(low)
		digit := lw[0] >= '0' && lw[0] <= '9'
		if k := dateWords[lw]; k != 0 || (digit && isDateNumber(lw)) {
			hits++
			evidence = evidence || k == dateEvidence
		} else if misses++; misses*10 > n*4 {
			return false // too few date words left to reach six in ten
		}
	}
	// "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a name may
	// follow the date. A row of figures ("1 Kyle Busch 5040 5 1 17 27")
	// or "Eat every 2–3 hours" has no month, weekday or clock time.
	return num && hits*10 >= n*6 && (evidence || matchTime(low) || findISODate(low) != "" || findDottedDate(low) != "")
}

// isDayWord reports whether lower-case word w names a day relative to
// today, which counts as the number of a timestamp line.
func isDayWord(w string) bool { return w == "today" || w == "yesterday" }

// galleryWords name the pictures of a gallery.
var galleryWords = wordset.Of("image photo picture slide foto imagen imagem bild")

// isGalleryCounter reports whether the words ws of low are a gallery's counter: "Image 1 of
// 5", "Photo 3 / 12", "Slide 2 of 10".
func isGalleryCounter(low string, ws []word) bool {
	n := len(ws)
	if n < 2 || n > 4 {
		return false
	}
	isNum := func(w word) bool { return low[w.at] >= '0' && low[w.at] <= '9' }
	return isNum(ws[1]) && isNum(ws[n-1]) && (n == 3 || (n == 4 && ws[2].end-ws[2].at <= 3)) && galleryWords[ws[0].in(low)]
}

// isDateNumber reports whether lower-case word w, which starts with a
// digit, is a number of a date or time line: digits, perhaps with an
// ordinal or unit suffix ("32m", "5th", "1h").
func isDateNumber(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th", "m", "h", "d":
		return true
	}
	return false
}

// hasYear reports whether s holds a run of four digits, which every date
// findDate finds has: a cheap test before its scans.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// The replacers of findDate and parseDateLocal, built once (a Replacer
// is safe for concurrent use) rather than on every line with a year.
var (
	isoSeps        = strings.NewReplacer("/", "-", ".", "-")
	localDatePunct = strings.NewReplacer(".", "", ",", "", "Sept", "Sep", "sept", "sep")
)

// dropOrdinals drops the ordinal endings of day numbers and the word
// "of" from a date written in words: "4th of August 2031" → "4 August
// 2031". An ending counts only after a digit, so that "August" keeps its
// "st".
func dropOrdinals(m string) string {
	b := make([]byte, 0, len(m))
	for i := 0; i < len(m); i++ {
		if i > 0 && isDigit(m[i-1]) && i+2 <= len(m) && ordinalEnd(m[i:i+2]) && (i+2 == len(m) || m[i+2] == ' ' || m[i+2] == ',') {
			i++
			continue
		}
		if (i == 0 || m[i-1] == ' ') && strings.HasPrefix(m[i:], "of ") {
			i += 2
			continue
		}
		b = append(b, m[i])
	}
	return string(b)
}

// ordinalEnd reports whether s is an English ordinal ending.
func ordinalEnd(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// findDate returns the calendar date in s as YYYY-MM-DD, or "".
func findDate(s string) string {
	if !hasYear(s) {
		return ""
	}
	if m := findISODate(s); m != "" {
		if t, ok := timex.ParseDate(isoSeps.Replace(m)); ok {
			return t.String()
		}
	}
	if m := findDottedDate(s); m != "" {
		sep := m[len(m)-5 : len(m)-4]
		p := strings.Split(m, sep)
		if sep == "/" {
			d, _ := strconv.Atoi(p[0])
			mo, _ := strconv.Atoi(p[1])
			switch {
			case mo > 12 && d <= 12:
				p[0], p[1] = p[1], p[0] // "10/19/2031", month first
			case d <= 12:
				return "" // "08/10/2032": the 8th of October in Europe, August 10th in America
			}
		}
		if t, ok := timex.ParseDate(p[2] + "-" + p[1] + "-" + p[0]); ok {
			return t.String()
		}
	}
	if m := findTextDate(s); m != "" {
		m = dropOrdinals(m)
		if t, ok := timex.ParseDate(m); ok {
			return t.String()
		}
		if t, ok := parseDateLocal(m); ok {
			return t.String()
		}
	}
	return ""
}

// parseDateLocal parses the day-month-year and month-day-year shapes that
// timex.ParseDate may lack ("Nov. 20, 2019", "20 Nov 2019", "Sept 3 2020").
func parseDateLocal(s string) (timex.Date, bool) {
	return timex.ParseWords(localDatePunct.Replace(s))
}

// hasDatelineSep reports whether s holds a separator matchLeadDateline
// needs: a colon, a hyphen, an en dash or an em dash.
func hasDatelineSep(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '-') >= 0 ||
		strings.Contains(s, "\u2013") || strings.Contains(s, "\u2014")
}

// takeDateline sets m's dateline to the one opening paragraph text of
// input line n, if any, and m's date to the dateline's when m has none
// ("PARIS, 27 November 2031 (AFP) -").
func (m *Meta) takeDateline(text string, n int) {
	d := leadDateline(text)
	if d == "" {
		return
	}
	m.Dateline = Field{Value: d, Line: n}
	date := findDate(d)
	if rest := text[leadLen(text):]; date == "" && len(rest) <= 40 {
		date = findDate(rest) // "SANKT ORLEN, Lirdavia (Alpine Wire Service) - 11 February 2034" on a line of its own
	}
	if date != "" && m.Date.Value == "" {
		m.Date = Field{Value: date, Line: n}
	}
}

// leadDateline returns the dateline opening a body paragraph ("VIENNA"
// from "VIENNA — The house where..."), or "". The place must be in
// capitals, which is how agencies mark it.
func leadDateline(s string) string {
	d, _ := leadDatelineSpan(s)
	return d
}

// leadDatelineSpan is leadDateline with the byte length of the match it
// was trimmed from, 0 when there is none.
func leadDatelineSpan(s string) (string, int) {
	if !hasDatelineSep(s) {
		// Most paragraphs: the pattern's separator is nowhere.
		return "", 0
	}
	m, ok := matchLeadDateline(s)
	if !ok {
		return "", 0
	}
	d := strings.TrimSpace(m)
	up := 0
	for _, r := range d {
		if unicode.IsUpper(r) {
			up++
		}
	}
	if up < 3 || utf8.RuneCountInString(d) > 60 {
		return "", 0
	}
	return d, len(m)
}

// leadLen returns the length in bytes of the dateline opening a body
// paragraph with its separator and the spaces after it ("KYIV, March 3
// (Reuters) - " in "KYIV, March 3 (Reuters) - Russia said..."), or 0:
// later stages read the paragraph from there, so that the place of a
// dateline is not taken for the subject of its first sentence.
func leadLen(s string) int {
	d, end := leadDatelineSpan(s)
	if d == "" {
		return 0
	}
	i := leadDatelineSepEnd(s, end) // found by the match: never -1 here
	for i < len(s) && isReSpace(s[i]) {
		i++
	}
	return i
}
