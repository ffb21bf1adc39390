package quantity

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/core/lexicon"
)

// ParseNumber parses a number in digits with either thousands convention.
// A separator followed by groups of exactly three digits groups thousands
// ("10,700", "1,234,567", "1.234.567"); when both separators appear the
// last one is the decimal point ("1,234.5", "1.234,5"); a single separator
// followed by other than three digits is a decimal point ("1.2", "1,5").
// A single "." followed by exactly three digits ("7.000") is read as a
// decimal point here, the English reading; Find reads it as thousands when
// the context counts things ("7.000 families"). It reports false for
// anything else, including signs, spaces and malformed groups ("1,2,3").
func ParseNumber(s string) (float64, bool) {
	return parseNumber(s, false)
}

// parseNumber is ParseNumber; dotThousands reads a lone "." followed by
// three digits as a thousands separator.
func parseNumber(s string, dotThousands bool) (float64, bool) {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return 0, false
	}
	var commas, dots, lastSep int
	lastSep = -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',':
			commas++
			lastSep = i
		case c == '.':
			dots++
			lastSep = i
		case !isDigit(c):
			return 0, false
		}
	}
	if lastSep < 0 {
		return atof(s)
	}
	dec := byte(0) // the decimal separator, 0 when none
	switch {
	case commas > 0 && dots > 0:
		dec = s[lastSep]
		if (dec == ',' && commas > 1) || (dec == '.' && dots > 1) {
			return 0, false
		}
	case commas+dots > 1: // "1,234,567": groups only
	case len(s)-lastSep-1 != 3: // "1.2", "1,5"
		dec = s[lastSep]
	case s[lastSep] == '.' && !dotThousands: // "7.000" read as English
		dec = '.'
	}
	return parseGrouped(s, dec)
}

// parseGrouped parses s whose separators other than dec group thousands:
// the first group has one to three digits, each later one exactly three.
func parseGrouped(s string, dec byte) (float64, bool) {
	intPart, frac := s, ""
	if dec != 0 {
		i := strings.LastIndexByte(s, dec)
		intPart, frac = s[:i], s[i+1:]
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, g := range strings.FieldsFunc(intPart, func(r rune) bool { return r == ',' || r == '.' }) {
		if (i == 0 && len(g) > 3 && g != intPart) || (i > 0 && len(g) != 3) {
			return 0, false
		}
		b.WriteString(g)
	}
	if strings.Contains(intPart, ",,") || strings.Contains(intPart, "..") || strings.Contains(intPart, ",.") || strings.Contains(intPart, ".,") {
		return 0, false
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return atof(b.String())
}

func atof(s string) (float64, bool) {
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// wordRole is the role of a number word in ParseWords.
type wordRole uint8

const (
	roleUnit  wordRole = iota + 1 // 0-19: added
	roleTens                      // 20-90: added, a unit may follow
	roleMult                      // "hundred", "dozen": multiplies the group so far
	roleScale                     // "thousand", "million": closes a group
)

// numberWord is one row of numbers_words_en.tsv.
type numberWord struct {
	value float64
	role  wordRole
}

var numberWords = loadNumberWords()

func loadNumberWords() map[string]numberWord {
	roles := map[string]wordRole{"unit": roleUnit, "tens": roleTens, "mult": roleMult, "scale": roleScale}
	m := map[string]numberWord{}
	for _, r := range lexicon.Rows("numbers_words_en.tsv") {
		if len(r) < 3 {
			continue
		}
		v, err := strconv.ParseFloat(r[1], 64)
		if err == nil && roles[r[2]] != 0 {
			m[r[0]] = numberWord{v, roles[r[2]]}
		}
	}
	return m
}

// ParseWords parses a cardinal number written in English words, case
// insensitive, words separated by spaces or hyphens: "seven",
// "twenty-five", "three hundred", "two thousand five hundred and six",
// "a dozen", "two dozen", "half a million", "one and a half million",
// "a hundred". It reports false for anything else, including ordinals
// ("third"), vague counts ("dozens") and ill-formed sequences ("one two",
// "twenty thirty").
func ParseWords(s string) (float64, bool) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' })
	var p wordParser
	for _, w := range words {
		if !p.add(w) {
			return 0, false
		}
	}
	return p.value()
}

// wordParser accumulates number words; its zero value is ready.
type wordParser struct {
	total   float64  // closed groups: "two thousand" in "two thousand five"
	group   float64  // the open group
	last    wordRole // role of the last number word, 0 at the start
	n       int      // number words and "half" seen
	article bool     // "a"/"an" just seen
	half    bool     // "half" just seen ("half a million", "and a half")
	and     bool     // "and" just seen
}

// add feeds one lower-case word; it reports false when the sequence cannot
// be a number.
func (p *wordParser) add(w string) bool {
	switch w {
	case "a", "an":
		// "a dozen", "half a million", "one and a half"
		ok := !p.article && (p.n == 0 || p.and || p.half)
		p.article = true
		return ok
	case "half":
		// "half a million" or "... and a half"
		ok := !p.half && (p.n == 0 && !p.article || p.and && p.article)
		p.group += 0.5
		p.half, p.article, p.and = true, false, false
		p.n++
		return ok
	case "and":
		ok := p.n > 0 && !p.and && !p.article && !p.half
		p.and = true
		return ok
	}
	nw, ok := numberWords[w]
	if !ok {
		return false
	}
	if p.half && nw.role != roleScale && nw.role != roleMult {
		return false // "half seven"
	}
	switch nw.role {
	case roleUnit:
		if p.article || p.last == roleUnit || (p.last == roleTens && (nw.value >= 10 || nw.value == 0)) {
			return false
		}
		p.group += nw.value
	case roleTens:
		if p.article || p.last == roleUnit || p.last == roleTens {
			return false
		}
		p.group += nw.value
	case roleMult:
		if p.last == roleMult || p.and {
			return false
		}
		if p.group == 0 {
			p.group = 1
		}
		p.group *= nw.value
	case roleScale:
		if p.and {
			return false
		}
		if p.group == 0 {
			p.group = 1
		}
		p.total += p.group * nw.value
		p.group = 0
	}
	p.n++
	p.last, p.article, p.and, p.half = nw.role, false, false, false
	return true
}

// value returns the number read so far, false when incomplete ("a",
// "and", "half" alone).
func (p *wordParser) value() (float64, bool) {
	if p.n == 0 || p.article || p.and || (p.half && p.total+p.group <= 0.5) {
		return 0, false // "a", "two and", "half" alone
	}
	return p.total + p.group, true
}
