package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The matchers in this file find the shapes of metadata lines (bylines,
// datelines, credits, captions, dates, clock times) by scanning bytes and
// runes. They replace eleven regular expressions: the regexp package and
// the Unicode tables it pulls in were a sixth of the wasm download, for
// patterns this small. Each matcher behaves exactly as the pattern in its
// doc comment (leftmost-first, Go's ASCII \b, \s and \d, (?i) folding);
// meta_match_test.go checks them against the regexps on many inputs.

// isReSpace reports whether c is a regexp \s byte: \t \n \f \r or space.
func isReSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isDigit reports whether c is an ASCII digit, regexp \d.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether c is a regexp \w byte, the side of a \b.
func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// isBoundary reports whether s has a \b at byte i.
func isBoundary(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

// runeAt decodes the rune at byte i of s ("" past the end gives width 0).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// upperAt returns the width of the \p{Lu} rune at byte i of s, or 0.
func upperAt(s string, i int) int {
	r, n := runeAt(s, i)
	if n == 0 || !unicode.IsUpper(r) {
		return 0
	}
	return n
}

// foldLetterAt returns the width of the rune at byte i of s if (?i)[a-z]
// matches it (ASCII letters, the long s and the Kelvin sign), or 0.
func foldLetterAt(s string, i int) int {
	r, n := runeAt(s, i)
	switch {
	case n == 0:
		return 0
	case r < utf8.RuneSelf && byte(r)|0x20 >= 'a' && byte(r)|0x20 <= 'z', r == 'ſ', r == 'K':
		return n
	}
	return 0
}

// foldPrefix returns the width of the prefix of s that equals lit, a lower
// case ASCII literal, under (?i) folding, and whether there is one.
func foldPrefix(s, lit string) (int, bool) {
	i := 0
	for j := 0; j < len(lit); j++ {
		r, n := runeAt(s, i)
		c := lit[j]
		switch {
		case n == 0:
			return 0, false
		case r < utf8.RuneSelf && (byte(r) == c || (c >= 'a' && c <= 'z' && byte(r) == c-0x20)):
		case c == 's' && r == 'ſ', c == 'k' && r == 'K':
		default:
			return 0, false
		}
		i += n
	}
	return i, true
}

// runsWhile returns the byte width of the longest prefix of s[i:] whose
// runes satisfy ok, with at most max runes (max < 0: no limit), and the
// byte offsets after each of those runes.
func runsWhile(s string, i, max int, ok func(rune) bool, ends []int) []int {
	for max < 0 || len(ends) < max {
		r, n := runeAt(s, i)
		if n == 0 || !ok(r) {
			break
		}
		i += n
		ends = append(ends, i)
	}
	return ends
}

// bylineAlternatives are the alternatives of matchByline, in pattern order.
var bylineAlternatives = []string{"by", "written by", "words by", "reported by", "story by", "posted by",
	"author:", "author", "autor:", "autor", "por", "par", "di", "von", "oleh", "from"}

// matchByline is `^(?i:by|written by|words by|reported by|story by|posted
// by|author:?|autor:?|por|par|di|von|oleh|from)\s+\p{Lu}`: "By Jane Roe",
// "Written by X", and the same opening word in other languages.
func matchByline(s string) bool {
	for _, w := range bylineAlternatives {
		i, ok := foldPrefix(s, w)
		if !ok {
			continue
		}
		j := i
		for j < len(s) && isReSpace(s[j]) {
			j++
		}
		if j > i && upperAt(s, j) > 0 {
			return true
		}
	}
	return false
}

// matchDateline is `^\p{Lu}[\p{Lu}\p{L} .'-]*, \d{1,2} \(\p{Lu}[\p{Lu}
// .-]+\)$`: a capitalised place, a day number and an agency in brackets,
// the Spanish and Portuguese agency style ("MADRID, 27 (EUROPA PRESS)").
func matchDateline(s string) bool {
	i := upperAt(s, 0)
	if i == 0 {
		return false
	}
	for {
		r, n := runeAt(s, i)
		if n == 0 || !(unicode.IsLetter(r) || r == ' ' || r == '.' || r == '\'' || r == '-') {
			break
		}
		i += n
	}
	if !strings.HasPrefix(s[i:], ", ") {
		return false
	}
	i += 2
	d := i
	for i < len(s) && i-d < 2 && isDigit(s[i]) {
		i++
	}
	if i == d || !strings.HasPrefix(s[i:], " (") {
		return false
	}
	i += 2
	n := upperAt(s, i)
	if n == 0 || !strings.HasSuffix(s, ")") {
		return false
	}
	body := s[i+n : len(s)-1]
	if body == "" {
		return false
	}
	for _, r := range body {
		if !(unicode.IsUpper(r) || r == ' ' || r == '.' || r == '-') {
			return false
		}
	}
	return true
}

// matchLeadDateline is `^(\p{Lu}[\p{Lu} .'-]{2,}(?:, [\p{L}\d.,
// ]{2,30})?(?: \([\p{L} .]{2,30}\))?)\s*(?:[—–-]{1,2}|:)\s` and returns
// its first group: a place in capitals opening the first paragraph
// ("VIENNA —", "HAYWARD, Calif. (AP) —", "NEW DELHI:"), with the day the
// wires add after it ("KYIV, March 3 (Reuters) -", "PARIS, 27 November
// 2024 (AFP) -").
func matchLeadDateline(s string) (string, bool) {
	first := upperAt(s, 0)
	if first == 0 {
		return "", false
	}
	var buf [64]int // most places are shorter: no allocation
	place := runsWhile(s, first, -1, func(r rune) bool {
		return unicode.IsUpper(r) || r == ' ' || r == '.' || r == '\'' || r == '-'
	}, buf[:0])
	for k := len(place) - 1; k >= 1; k-- { // {2,}, greedy
		if end, ok := leadDatelineRest(s, place[k]); ok {
			return s[:end], true
		}
	}
	return "", false
}

// leadDatelineRest tries the optional region and agency groups of
// matchLeadDateline after byte i, greedy first, and returns the end of the
// first group when the separator follows.
func leadDatelineRest(s string, i int) (int, bool) {
	if j := parenRegion(s, i); j > 0 {
		// "HAVRIN (Mereth), 8 February 2033 (AFI) —", "MAREVO (Kestria)
		// (ACP) —": the country in brackets after the place.
		if end, ok := leadDatelineRegion(s, j); ok {
			return end, true
		}
	}
	return leadDatelineRegion(s, i)
}

// parenRegion returns the end of a " (Region)" group of letters and
// spaces at byte i, 0 when there is none.
func parenRegion(s string, i int) int {
	if !strings.HasPrefix(s[i:], " (") {
		return 0
	}
	for j := i + 2; j < len(s) && j < i+32; j++ {
		switch c := s[j]; {
		case c == ')':
			if j > i+2 {
				return j + 1
			}
			return 0
		case c == ' ' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		default:
			return 0
		}
	}
	return 0
}

// leadDatelineRegion tries the optional ", region" group at byte i, then
// the agency and the separator.
func leadDatelineRegion(s string, i int) (int, bool) {
	var buf [30]int
	var regions []int
	if strings.HasPrefix(s[i:], ", ") {
		regions = runsWhile(s, i+2, 30, func(r rune) bool {
			return unicode.IsLetter(r) || r == '.' || r == ' ' || r == ',' || r >= '0' && r <= '9'
		}, buf[:0])
	}
	for k := len(regions) - 1; k >= 1; k-- {
		if end, ok := leadDatelineAgency(s, regions[k]); ok {
			return end, true
		}
	}
	return leadDatelineAgency(s, i)
}

// leadDatelineAgency tries the optional " (AP)" group of matchLeadDateline
// at byte i, then the separator.
func leadDatelineAgency(s string, i int) (int, bool) {
	if strings.HasPrefix(s[i:], " (") {
		var buf [30]int
		names := runsWhile(s, i+2, 30, func(r rune) bool { return unicode.IsLetter(r) || r == ' ' || r == '.' || r == '-' }, buf[:0]) // "(Pan-Continental Press)"
		for k := len(names) - 1; k >= 1; k-- {
			if strings.HasPrefix(s[names[k]:], ")") && leadDatelineSep(s, names[k]+1) {
				return names[k] + 1, true
			}
		}
	}
	return i, leadDatelineSep(s, i)
}

// leadDatelineSep is `\s*(?:[—–-]{1,2}|:)\s` at byte i.
func leadDatelineSep(s string, i int) bool { return leadDatelineSepEnd(s, i) >= 0 }

// leadDatelineSepEnd returns the end of the separator leadDatelineSep
// finds at byte i (before the space that must follow it), or -1.
func leadDatelineSepEnd(s string, i int) int {
	for i < len(s) && isReSpace(s[i]) {
		i++
	}
	if i < len(s) && s[i] == ':' {
		if i+1 < len(s) && isReSpace(s[i+1]) {
			return i + 1
		}
		return -1
	}
	for k := 0; k < 2; k++ {
		r, n := runeAt(s, i)
		if n == 0 || (r != '—' && r != '–' && r != '-') {
			return -1
		}
		i += n
		if i < len(s) && isReSpace(s[i]) {
			return i
		}
	}
	return -1
}

// isCreditRune is the class [\p{L}.&' ] of matchCreditSlash.
func isCreditRune(r rune) bool {
	return unicode.IsLetter(r) || r == '.' || r == '&' || r == '\'' || r == ' '
}

// matchCreditSlash is `^[\p{Lu}][\p{L}.&' ]{0,40} ?/ ?[\p{Lu}][\p{L}.&'
// ]{1,40}$`: "JN / Agencies", "Leonhard Foeger / Reuters file".
func matchCreditSlash(s string) bool {
	n := upperAt(s, 0)
	slash := strings.IndexByte(s, '/')
	if n == 0 || slash < n {
		return false
	}
	head := s[n:slash]
	k := 0
	for _, r := range head {
		if !isCreditRune(r) {
			return false
		}
		k++
	}
	if k > 41 || (k == 41 && !strings.HasSuffix(head, " ")) {
		return false
	}
	return creditTail(s[slash+1:]) || (strings.HasPrefix(s[slash+1:], " ") && creditTail(s[slash+2:]))
}

// creditTail is `^[\p{Lu}][\p{L}.&' ]{1,40}$`.
func creditTail(s string) bool {
	n := upperAt(s, 0)
	if n == 0 {
		return false
	}
	k := 0
	for _, r := range s[n:] {
		if !isCreditRune(r) {
			return false
		}
		k++
	}
	return k >= 1 && k <= 40
}

// captionPhrases are the alternatives of matchCaption; a trailing "\b"
// stands for a word boundary after the phrase.
var captionPhrases = []string{"photo:", "photos:", "photograph:", "photographs:", "photo by", "photo credit",
	"image credit", "image:", "credit:", "getty images", "shutterstock", `ap photo\b`, `afp photo\b`,
	`file photo\b`, "(photo", "courtesy of", "pictured", "in this photo", "in this file photo"}

// matchCaption is `\b(photo(graph)?s?:|photo by|photo credit|image
// credit|image:|credit:|getty images|shutterstock|ap photo\b|afp
// photo\b|file photo\b|\(photo|courtesy of|pictured|in this photo|in this
// file photo)` on a lower-case line: the phrases photo captions and
// credits are made of.
func matchCaption(low string) bool {
	for i := 0; i < len(low); i++ {
		if !isBoundary(low, i) {
			continue
		}
		for _, p := range captionPhrases {
			lit, edge := strings.CutSuffix(p, `\b`)
			if strings.HasPrefix(low[i:], lit) && (!edge || isBoundary(low, i+len(lit))) {
				return true
			}
		}
	}
	return false
}

// matchLongCaptionHead is `^(\S+ )?in this (file )?photo`: how a caption
// of a sentence or two opens ("In this photo released...").
func matchLongCaptionHead(low string) bool {
	opens := func(s string) bool {
		return strings.HasPrefix(s, "in this photo") || strings.HasPrefix(s, "in this file photo")
	}
	if opens(low) {
		return true
	}
	i := 0
	for i < len(low) && !isReSpace(low[i]) {
		i++
	}
	return i > 0 && i < len(low) && low[i] == ' ' && opens(low[i+1:])
}

// longCaptionCredits are the alternatives of matchLongCaptionTail.
var longCaptionCredits = []string{"photo", "photograph", "image:", "credit:", "©", "(ap photo",
	"/reuters", "/afp", "/ap", "/epa", "/getty images", "/ reuters", "/ afp", "/ ap", "/ epa", "/ getty images"}

// matchLongCaptionTail is `(photo(graph)?( by)?:?|image:|credit:|©|\(ap
// photo|/ ?(reuters|afp|ap|epa|getty images))[^.]{0,60}\)?$`: the credit
// that ends a long caption, within 60 characters of its end. A later end
// of the credit only shortens what must follow it, so "photo" stands for
// "photo by:" and the others.
func matchLongCaptionTail(low string) bool {
	// No credit holds a full stop and none may follow one, so the match
	// starts after the last.
	low = low[strings.LastIndexByte(low, '.')+1:]
	for i := 0; i < len(low); i++ {
		for _, c := range longCaptionCredits {
			if strings.HasPrefix(low[i:], c) && captionTailFits(low[i+len(c):]) {
				return true
			}
		}
	}
	return false
}

// captionTailFits is `^[^.]{0,60}\)?$`.
func captionTailFits(s string) bool {
	if strings.IndexByte(s, '.') >= 0 {
		return false
	}
	n := utf8.RuneCountInString(s)
	return n <= 60 || (n == 61 && strings.HasSuffix(s, ")"))
}

// matchTime is `\b\d{1,2}[:.h]\d{2}\b`: a clock time ("19:55", "9.30",
// "10h30").
func matchTime(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !isBoundary(s, i) {
			continue
		}
		for d := 1; d <= 2; d++ {
			j := i + d
			if j+3 <= len(s) && isDigit(s[j-1]) && strings.IndexByte(":.h", s[j]) >= 0 &&
				isDigit(s[j+1]) && isDigit(s[j+2]) && isBoundary(s, j+3) {
				return true
			}
		}
	}
	return false
}

// digitsAt returns how many digits, at most max, start at byte i of s.
func digitsAt(s string, i, max int) int {
	n := 0
	for n < max && i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// findISODate is `\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b` (FindString):
// "2019-11-20", "2020/3/5".
func findISODate(s string) string {
	isSep := func(i int) bool { return i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.') }
	for i := 0; i+8 <= len(s); i++ {
		if !isBoundary(s, i) || digitsAt(s, i, 4) < 4 || !isSep(i+4) {
			continue
		}
		for m := digitsAt(s, i+5, 2); m >= 1; m-- {
			j := i + 5 + m
			if !isSep(j) {
				continue
			}
			for d := digitsAt(s, j+1, 2); d >= 1; d-- {
				if isBoundary(s, j+1+d) {
					return s[i : j+1+d]
				}
			}
		}
	}
	return ""
}

// findDottedDate is `\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{1,2})/(\d{1,2})/(\d{4})\b` (FindString),
// the day-first numeric date of European pages: "18.08.2032" and
// "19/10/2031", or with slashes month first, as in American pages:
// "10/19/2031". A date with slashes whose day cannot be told from its month
// ("08/10/2032") is returned with its slashes for findDate to refuse.
func findDottedDate(s string) string {
	for i := 0; i+8 <= len(s); i++ {
		if !isBoundary(s, i) {
			continue
		}
		d := digitsAt(s, i, 2)
		if d == 0 || i+d >= len(s) || s[i+d] != '.' && s[i+d] != '/' {
			continue
		}
		j := i + d + 1
		m := digitsAt(s, j, 2)
		if m == 0 || j+m >= len(s) || s[j+m] != s[i+d] {
			continue
		}
		k := j + m + 1
		if digitsAt(s, k, 5) == 4 && isBoundary(s, k+4) {
			return s[i : k+4]
		}
	}
	return ""
}

// ordinalAt returns the width of (?i)(?:st|nd|rd|th) at byte i, or 0.
func ordinalAt(s string, i int) int {
	for _, o := range [...]string{"st", "nd", "rd", "th"} {
		if n, ok := foldPrefix(s[i:], o); ok {
			return n
		}
	}
	return 0
}

// findTextDate is `(?i)\b(\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]{3,9}\.?,?
// \d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b` (FindString):
// "20 Nov 2019", "3rd of March, 2020", "Nov. 20, 2019".
func findTextDate(s string) string {
	for i := 0; i < len(s); i++ {
		if !isBoundary(s, i) {
			continue
		}
		if end := dayFirstAt(s, i); end >= 0 {
			return s[i:end]
		}
		if end := monthFirstAt(s, i); end >= 0 {
			return s[i:end]
		}
	}
	return ""
}

// optional returns the ends to try for an optional piece of width n at
// byte i, greedy first.
func optional(i, n int) []int {
	if n > 0 {
		return []int{i + n, i}
	}
	return []int{i}
}

// monthWordEnds returns the ends of (?i)[a-z]{3,9} at byte i, longest
// first.
func monthWordEnds(s string, i int) []int {
	var ends []int
	for j := i; len(ends) < 9; {
		n := foldLetterAt(s, j)
		if n == 0 {
			break
		}
		j += n
		ends = append(ends, j)
	}
	if len(ends) < 3 {
		return nil
	}
	ends = ends[2:]
	for a, b := 0, len(ends)-1; a < b; a, b = a+1, b-1 {
		ends[a], ends[b] = ends[b], ends[a]
	}
	return ends
}

// byteAt returns the width (1 or 0) of byte c at byte i of s.
func byteAt(s string, i int, c byte) int {
	if i < len(s) && s[i] == c {
		return 1
	}
	return 0
}

// yearAt returns the end of ` \d{4}\b` at byte i, or -1.
func yearAt(s string, i int) int {
	if byteAt(s, i, ' ') == 0 || digitsAt(s, i+1, 4) < 4 || !isBoundary(s, i+5) {
		return -1
	}
	return i + 5
}

// dayFirstAt is the first alternative of findTextDate at byte i: its end,
// or -1.
func dayFirstAt(s string, i int) int {
	for d := digitsAt(s, i, 2); d >= 1; d-- {
		for _, a := range optional(i+d, ordinalAt(s, i+d)) {
			if byteAt(s, a, ' ') == 0 {
				continue
			}
			of, ok := foldPrefix(s[a+1:], "of ")
			if !ok {
				of = 0
			}
			for _, b := range optional(a+1, of) {
				for _, c := range monthWordEnds(s, b) {
					for _, e := range optional(c, byteAt(s, c, '.')) {
						for _, f := range optional(e, byteAt(s, e, ',')) {
							if end := yearAt(s, f); end >= 0 {
								return end
							}
						}
					}
				}
			}
		}
	}
	return -1
}

// monthFirstAt is the second alternative of findTextDate at byte i: its
// end, or -1.
func monthFirstAt(s string, i int) int {
	for _, c := range monthWordEnds(s, i) {
		for _, e := range optional(c, byteAt(s, c, '.')) {
			if byteAt(s, e, ' ') == 0 {
				continue
			}
			for d := digitsAt(s, e+1, 2); d >= 1; d-- {
				for _, a := range optional(e+1+d, ordinalAt(s, e+1+d)) {
					for _, f := range optional(a, byteAt(s, a, ',')) {
						if end := yearAt(s, f); end >= 0 {
							return end
						}
					}
				}
			}
		}
	}
	return -1
}

// matchCaptcha is `^\S+ [−+\-×x*] \S+ =`: the arithmetic question of a comment
// form's captcha ("seven − two =", "4 + 3 = ?").
func matchCaptcha(low string) bool {
	i := 0
	for i < len(low) && !isReSpace(low[i]) {
		i++
	}
	if i == 0 || byteAt(low, i, ' ') == 0 {
		return false
	}
	r, n := runeAt(low, i+1)
	if n == 0 || !strings.ContainsRune("−+-×x*", r) || byteAt(low, i+1+n, ' ') == 0 {
		return false
	}
	j := i + 2 + n
	k := j
	for k < len(low) && !isReSpace(low[k]) {
		k++
	}
	return k > j && strings.HasPrefix(low[k:], " =")
}
