package quantity

import (
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes: "don't"
	tNum                      // digits with inner separators: "10,700", "1.2"
	tPunct                    // one other character: "-", "%", "$", "“"
)

// token is a word, number or punctuation mark: a byte span of the text.
type token struct {
	start, end int
	kind       tokKind
}

// scanner holds a text split into tokens and its ASCII-lower-cased copy,
// made once so that every word lookup is a substring and a map probe.
type scanner struct {
	text  string
	lower string
	toks  []token
	out   []Quantity // FindLower's results, copied out at the end
}

// scanners keeps token buffers between calls: claim calls Find on whole
// articles, and a fresh buffer for each call cost more than the scan (it
// is about as large as the text, and zeroed).
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// maxPooledToks is the largest token buffer kept for reuse: one of a
// 2 MiB article is dropped rather than held.
const maxPooledToks = 1 << 18

// newScanner returns a scanner over text, from the pool; release returns
// it. lower is text lower-cased as lowerASCII does, or "" to have it made.
func newScanner(text, lower string) *scanner {
	s := scanners.Get().(*scanner)
	if len(lower) != len(text) {
		lower = ascii.Lower(text)
	}
	s.text, s.lower = text, lower
	if want := len(text)/4 + 8; cap(s.toks) < want {
		s.toks = make([]token, 0, want)
	}
	s.toks = s.toks[:0]
	s.tokenize()
	return s
}

// release puts s back in the pool; neither s nor its tokens may be used
// after.
func (s *scanner) release() {
	if cap(s.toks) > maxPooledToks {
		return
	}
	s.text, s.lower = "", ""
	clear(s.out)
	s.out = s.out[:0]
	scanners.Put(s)
}

// tokenize fills s.toks; white space (including no-break spaces) separates
// tokens and is dropped.
func (s *scanner) tokenize() {
	t := s.text
	for i := 0; i < len(t); {
		switch ascii.Class[t[i]] {
		case ascii.Space:
			i++
		case ascii.Digit:
			j := i + 1
			for j < len(t) && (ascii.Class[t[j]] == ascii.Digit || ((t[j] == ',' || t[j] == '.') && j+1 < len(t) && ascii.Class[t[j+1]] == ascii.Digit)) {
				j++
			}
			s.toks = append(s.toks, token{i, j, tNum})
			i = j
		case ascii.Letter:
			i = s.word1(i)
		default:
			if ascii.IsLetterAt(t, i) {
				i = s.word1(i)
				continue
			}
			n := ascii.RuneLen(t, i)
			if n == 2 && t[i] == 0xC2 && t[i+1] == 0xA0 { // no-break space
				i += n
				continue
			}
			s.toks = append(s.toks, token{i, i + n, tPunct})
			i += n
		}
	}
}

// word1 appends the word starting at i and returns the index after it.
// ASCII letters are passed in a tight loop, the rest (inner apostrophes,
// non-ASCII letters) one at a time.
func (s *scanner) word1(i int) int {
	t := s.text
	j := i
	for {
		for j < len(t) && ascii.Class[t[j]] == ascii.Letter {
			j++
		}
		if j >= len(t) {
			break
		}
		if c := t[j]; c == '\'' && j+1 < len(t) && ascii.IsLetterAt(t, j+1) {
			j++
		} else if c >= 0x80 && ascii.IsLetterAt(t, j) {
			j += ascii.RuneLen(t, j)
		} else {
			break
		}
	}
	s.toks = append(s.toks, token{i, j, tWord})
	return j
}

// word returns token k lower-cased, "" when k is out of range.
func (s *scanner) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.lower[s.toks[k].start:s.toks[k].end]
}

// is reports whether token k is a word or mark equal to w (lower case).
func (s *scanner) is(k int, w string) bool { return s.word(k) == w }

// kind returns the kind of token k, 0 when out of range.
func (s *scanner) kind(k int) tokKind {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	return s.toks[k].kind
}

// adjacent reports whether tokens k and k+1 touch, with no space between.
func (s *scanner) adjacent(k int) bool {
	return k >= 0 && k+1 < len(s.toks) && s.toks[k].end == s.toks[k+1].start
}

// phrase returns tokens k..k+n-1 lower-cased when they are separated by
// single spaces (or touch), "" otherwise: the key for multi-word lists.
func (s *scanner) phrase(k, n int) string {
	if k < 0 || n <= 0 || k+n > len(s.toks) {
		return ""
	}
	for j := k; j < k+n-1; j++ {
		if gap := s.toks[j+1].start - s.toks[j].end; gap > 1 || (gap == 1 && s.text[s.toks[j].end] != ' ') {
			return ""
		}
	}
	return s.lower[s.toks[k].start:s.toks[k+n-1].end]
}

// isTerminal reports whether token k ends a clause for the context windows:
// a sentence stop, semicolon, colon or a newline before it.
func (s *scanner) isTerminal(k int) bool {
	w := s.word(k)
	return w == "." || w == ";" || w == "!" || w == "?" || w == ":" || w == "…"
}

// The word lists, loaded once.
var (
	bounds     = loadBounds()
	vague      = loadVague()
	scales     = loadScales()
	labels     = lexicon.Set("numbers_labels_en.tsv")
	yearWords  = lexicon.Set("numbers_yearwords_en.tsv")
	units      = lexicon.Map("units_en.tsv")
	measures   = loadMeasures()
	months     = lexicon.Set("time_months.tsv")
	currencies = map[string]string{"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₽": "rouble"}
)

// wordStarts holds every word that can open a figure in words: the first
// words of vague counts and number words, "a", "an" and "half".
// startFilter rules out most other words before the map is probed.
var (
	wordStarts  = loadWordStarts()
	startFilter = newWordFilter(wordStarts)
)

// wordFilter rules out, with two table probes, most words that are not in a
// set: bit n of first[c] (last[c]) is set when a word of n bytes (n capped
// at 31) in the set starts (ends) with byte c. Every word of a text is tested, and most are
// not number words.
type wordFilter struct{ first, last [256]uint32 }

func newWordFilter[V any](set map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range set {
		if w != "" {
			f.first[w[0]] |= 1 << min(len(w), 31)
			f.last[w[len(w)-1]] |= 1 << min(len(w), 31)
		}
	}
	return f
}

// may reports whether w may be in the set; false is certain. The last
// byte is tested too: with the first alone, "the" and "this" let most
// words of their length through.
func (f *wordFilter) may(w string) bool {
	if w == "" {
		return false
	}
	bit := uint32(1) << min(len(w), 31)
	return f.first[w[0]]&bit != 0 && f.last[w[len(w)-1]]&bit != 0
}

func loadWordStarts() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true}
	for w := range numberWords {
		m[w] = true
	}
	for ph := range vague {
		first, _, _ := strings.Cut(ph, " ")
		m[first] = true
	}
	return m
}

// measureFirst and measureLast map the first and the last word of every
// measure phrase to the longest such phrase, so that the context windows
// probe multi-word phrases only where one can start or end. Their filters
// spare most words of the windows a probe of either.
var (
	measureFirst, measureLast             = measureEnds()
	measureFirstFilter, measureLastFilter = newWordFilter(measureFirst), newWordFilter(measureLast)
)

// measureFirstLen returns measureFirst[w], 0 for most words without a
// map probe.
func measureFirstLen(w string) int {
	if !measureFirstFilter.may(w) {
		return 0
	}
	return int(measureFirst[w])
}

// measureLastLen returns measureLast[w], likewise.
func measureLastLen(w string) int {
	if !measureLastFilter.may(w) {
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
		m[r[0]] = mw
	}
	return m
}
