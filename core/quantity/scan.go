package quantity

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// The token kinds quantity reads; numbers keep inner separators
// ("10,700", "1.2"): see tokens.Text.Joined.
const (
	tWord  = tokens.Word
	tNum   = tokens.Num
	tPunct = tokens.Punct
)

// scanner reads the figures of one tokenized text.
type scanner struct {
	tokens.View
}

// newScanner returns a scanner over t's joined tokens.
func newScanner(t *tokens.Text) scanner {
	return scanner{tokens.View{Text: t.Text, Lower: t.Lower, Toks: t.Joined()}}
}

// is reports whether token k is a word or mark equal to w (lower case).
func (s *scanner) is(k int, w string) bool { return s.Word(k) == w }

// phrase returns tokens k..k+n-1 lower-cased when they are separated by
// single spaces (or touch), "" otherwise: the key for multi-word lists.
func (s *scanner) phrase(k, n int) string {
	if k < 0 || n <= 0 || k+n > len(s.Toks) {
		return ""
	}
	for j := k; j < k+n-1; j++ {
		if gap := s.Toks[j+1].Start - s.Toks[j].End; gap > 1 || (gap == 1 && s.Text[s.Toks[j].End] != ' ') {
			return ""
		}
	}
	return s.Lower[s.Toks[k].Start:s.Toks[k+n-1].End]
}

// isTerminal reports whether token k ends a clause for the context windows:
// a sentence stop, semicolon, colon or a newline before it.
func (s *scanner) isTerminal(k int) bool {
	w := s.Word(k)
	return w == "." && !s.abbrevDot(k) || w == ";" || w == "!" || w == "?" || w == ":" || w == "…"
}

// abbrevDot reports whether the period at token k closes an abbreviation
// before a name or number ("St. Ilse General Hospital", "Lt. Col.", "No.
// 2"), as core/sentence reads it: no end of a clause.
func (s *scanner) abbrevDot(k int) bool {
	if k == 0 || s.Toks[k-1].End != s.Toks[k].Start {
		return false
	}
	switch abbrevs[s.Text[s.Toks[k-1].Start:s.Toks[k].End]] {
	case "title":
		return true
	case "abbr":
		if k+1 < len(s.Toks) {
			c := s.Text[s.Toks[k+1].Start]
			return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		}
	}
	return false
}

// The word lists, loaded once.
var (
	bounds     = loadBounds()
	vague      = loadVague()
	scales     = loadScales()
	labels     = lexicon.Set("numbers_labels_en.tsv")
	abbrevs    = lexicon.Map("abbrev_en.txt")
	yearWords  = lexicon.Set("numbers_yearwords_en.tsv")
	units      = lexicon.Map("units_en.tsv")
	measures   = loadMeasures()
	months     = lexicon.Set("time_months.tsv")
	currencies = map[string]string{"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₽": "rouble"}
)

// wordStarts holds every word that can open a figure in words: the first
// words of vague counts and number words, "a", "an", "half" and "no"
// (a count of none: see noneOf).
// startFilter rules out most other words before the map is probed.
var (
	wordStarts  = loadWordStarts()
	startFilter = tokens.NewFilter(wordStarts)
)

// opener is what numberWords needs to know of a word of wordStarts, so
// that "a" or "two" is not looked up again in four lengths of vague
// phrases and in numberWords.
type opener struct {
	vague  uint8 // bit n set when a vague count of n words starts with the word (its words are its tokens: see TestVaguePlain)
	number bool  // a number word, "a", "an" or "half": a cardinal may start here
}

func loadWordStarts() map[string]opener {
	m := map[string]opener{"a": {number: true}, "an": {number: true}, "half": {number: true}, "no": {number: true}}
	for w := range numberWords {
		m[w] = opener{number: true}
	}
	for ph := range vague {
		first, _, _ := strings.Cut(ph, " ")
		o := m[first]
		o.vague |= 1 << min(strings.Count(ph, " ")+1, 7)
		m[first] = o
	}
	return m
}

// measureFirst and measureLast map the first and the last word of every
// measure phrase to the longest such phrase, so that the context windows
// probe multi-word phrases only where one can start or end. Their filters
// spare most words of the windows a probe of either.
var (
	measureFirst, measureLast             = measureEnds()
	measureFirstFilter, measureLastFilter = tokens.NewFilter(measureFirst), tokens.NewFilter(measureLast)
)

// measureFirstLen returns measureFirst[w], 0 for most words without a
// map probe.
func measureFirstLen(w string) int {
	if !measureFirstFilter.May(w) {
		return 0
	}
	return int(measureFirst[w])
}

// measureLastLen returns measureLast[w], likewise.
func measureLastLen(w string) int {
	if !measureLastFilter.May(w) {
		return 0
	}
	return int(measureLast[w])
}

func measureEnds() (first, last map[string]uint8) {
	first, last = map[string]uint8{}, map[string]uint8{}
	for ph := range measures {
		w := strings.Fields(ph)
		n := uint8(len(w))
		first[w[0]] = max(first[w[0]], n)
		last[w[len(w)-1]] = max(last[w[len(w)-1]], n)
	}
	return first, last
}

// boundWord is one row of bounds.tsv.
type boundWord struct {
	bound Bound
	below bool // "nearly 70": [0.85×70, 70)
	after bool // the words follow the figure: "20 or more"
}

func loadBounds() map[string]boundWord {
	m := map[string]boundWord{}
	for _, r := range lexicon.Rows("bounds.tsv") {
		if len(r) < 2 {
			continue
		}
		b := boundWord{bound: Bound(r[1])}
		if len(r) > 2 {
			b.below, b.after = r[2] == "below", r[2] == "after"
		}
		m[r[0]] = b
	}
	return m
}

// interval is a closed interval [lo, hi].
type interval struct{ lo, hi float64 }

func loadVague() map[string]interval {
	m := map[string]interval{}
	for _, r := range lexicon.Rows("numbers_vague_en.tsv") {
		if len(r) < 3 {
			continue
		}
		lo, err1 := strconv.ParseFloat(r[1], 64)
		hi, err2 := strconv.ParseFloat(r[2], 64)
		if err1 == nil && err2 == nil {
			m[r[0]] = interval{lo, hi}
		}
	}
	return m
}

// scaleWord is one row of numbers_scale_en.tsv.
type scaleWord struct {
	mult  float64
	money bool // scales only after a currency sign: "$5m"
}

func loadScales() map[string]scaleWord {
	m := map[string]scaleWord{}
	for _, r := range lexicon.Rows("numbers_scale_en.tsv") {
		if len(r) < 2 {
			continue
		}
		if v, err := strconv.ParseFloat(r[1], 64); err == nil {
			m[r[0]] = scaleWord{v, len(r) > 2 && r[2] == "money"}
		}
	}
	return m
}

// measureWord is one row of measures_en.tsv.
type measureWord struct {
	measure string
	unit    string // implied when the word follows the figure: "17 dead"
	// next: the word is a measure only right after the figure ("40
	// lives"), since elsewhere it is mostly something else ("saved 25
	// times their expenses and lives on", "the lives of millions").
	next bool
	// before: the phrase is a measure only right before the figure ("had
	// taken in about 4,000 people" sheltered them; "three towns taken in
	// the offensive" and "the number of students taken in the attack to
	// 121" were captured, by the shorter "taken").
	before bool
	// after: the word is a measure only after the figure ("2,000 people
	// a day had been crossing"; not "the crossing of 3 bridges").
	after bool
}

func loadMeasures() map[string]measureWord {
	m := map[string]measureWord{}
	for _, r := range lexicon.Rows("measures_en.tsv") {
		if len(r) < 2 {
			continue
		}
		mw := measureWord{measure: r[1]}
		if len(r) > 2 {
			mw.unit = r[2]
		}
		mw.next = len(r) > 3 && r[3] == "next"
		mw.before = len(r) > 3 && r[3] == "before"
		mw.after = len(r) > 3 && r[3] == "after"
		m[r[0]] = mw
	}
	return m
}
