package timex

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters: "November"
	tNum                      // ASCII digits only: "27", "2024"
	tPunct                    // one other character: ",", ".", "/", "-"
)

// token is a byte span of the text.
type token struct {
	start, end int
	kind       tokKind
}

// scanner holds the tokens of a text and its ASCII-lower-cased copy.
type scanner struct {
	text, lower string
	toks        []token
	out         []Expr // FindLower's results, copied out at the end: growing the result anew for each call cost more than the copy
}

// scanners keeps token buffers between calls: claim, compare and clean
// each call Find on whole articles, and a fresh buffer for each call cost
// more than the scan (it is about as large as the text, and zeroed).
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
	for i := 0; i < len(text); {
		c := text[i]
		switch ascii.Class[c] {
		case ascii.Space:
			i++
		case ascii.Digit:
			j := i + 1
			for j < len(text) && ascii.Class[text[j]] == ascii.Digit {
				j++
			}
			s.toks = append(s.toks, token{i, j, tNum})
			i = j
		case ascii.Letter:
			i = s.scanWord(i)
		default:
			if c >= utf8.RuneSelf && ascii.IsLetterAt(text, i) {
				i = s.scanWord(i)
				continue
			}
			n := ascii.RuneLen(text, i)
			if !(n == 2 && c == 0xC2 && text[i+1] == 0xA0) { // no-break space
				s.toks = append(s.toks, token{i, i + n, tPunct})
			}
			i += n
		}
	}
	return s
}

// scanWord appends the word starting at i: letters, with an apostrophe
// between two of them. It returns the index after it. ASCII letters are
// passed in a tight loop, the rest one at a time.
func (s *scanner) scanWord(i int) int {
	text := s.text
	j := i
	for {
		for j < len(text) && ascii.Class[text[j]] == ascii.Letter {
			j++
		}
		if j >= len(text) {
			break
		}
		if c := text[j]; c == '\'' && j+1 < len(text) && ascii.IsLetterAt(text, j+1) {
			j++
		} else if c >= utf8.RuneSelf && ascii.IsLetterAt(text, j) {
			j += ascii.RuneLen(text, j)
		} else {
			break
		}
	}
	s.toks = append(s.toks, token{i, j, tWord})
	return j
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

// word returns token k lower-cased, "" when out of range.
func (s *scanner) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.lower[s.toks[k].start:s.toks[k].end]
}

func (s *scanner) kind(k int) tokKind {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	return s.toks[k].kind
}

// adjacent reports whether tokens k and k+1 touch.
func (s *scanner) adjacent(k int) bool {
	return k >= 0 && k+1 < len(s.toks) && s.toks[k].end == s.toks[k+1].start
}

// capital reports whether token k starts with an upper-case letter.
func (s *scanner) capital(k int) bool {
	if s.kind(k) != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.toks[k].start:])
	return unicode.IsUpper(r)
}

// num returns the value and digit count of number token k, or -1.
func (s *scanner) num(k int) (int, int) {
	if s.kind(k) != tNum {
		return -1, 0
	}
	w := s.word(k)
	if len(w) > 4 {
		return -1, len(w)
	}
	v, _ := strconv.Atoi(w)
	return v, len(w)
}

// phrase returns tokens k..k+n-1 lower-cased when single spaces separate
// them, "" otherwise.
func (s *scanner) phrase(k, n int) string {
	if k < 0 || n <= 0 || k+n > len(s.toks) {
		return ""
	}
	for j := k; j < k+n-1; j++ {
		if gap := s.toks[j+1].start - s.toks[j].end; gap != 1 || s.text[s.toks[j].end] != ' ' {
			return ""
		}
	}
	return s.lower[s.toks[k].start:s.toks[k+n-1].end]
}

// The word lists, loaded once.
var (
	months     = atoiMap("time_months.tsv")
	weekdays   = atoiMap("time_weekdays.tsv")
	relatives  = relMap()
	relFirst   = firstWords(relatives)
	countNouns = lexicon.Set("units_en.tsv")
)

// Start flags of a word: which readers can begin at it.
const (
	fRel uint8 = 1 << iota // a relative phrase or "N days ago" may start here
	fCal                   // a date, month, weekday or "since" may start here
)

// startWord is what the scanner needs to know of a word that can open an
// expression.
type startWord struct {
	flags  uint8 // fRel, fCal
	relMax uint8 // the most words of a relative phrase it opens, 0 for none
	relOne bool  // the word alone is a relative phrase ("today")
	small  uint8 // its value as a number word of "N days ago", 0 for none
}

// startWords maps every word that can open an expression to what opens
// there, so that most words cost one map probe and "the" or "in" try only
// the relative phrases.
var startWords = func() map[string]startWord {
	m := map[string]startWord{}
	set := func(w string, f func(*startWord)) {
		x := m[w]
		f(&x)
		m[w] = x
	}
	for _, w := range []string{"since", "last", "this", "next", "past"} {
		set(w, func(x *startWord) { x.flags |= fCal })
	}
	for w := range months {
		set(w, func(x *startWord) { x.flags |= fCal })
	}
	for w := range weekdays {
		set(w, func(x *startWord) { x.flags |= fCal })
	}
	for w, n := range relFirst {
		set(w, func(x *startWord) { x.flags, x.relMax, x.relOne = x.flags|fRel, uint8(n), relatives[w] != "" })
	}
	for w, n := range smallNumbers {
		set(w, func(x *startWord) { x.flags, x.small = x.flags|fRel, uint8(n) })
	}
	return m
}()

// startFilter rules out most words that open no expression before
// startWords is probed.
var startFilter = newWordFilter(startWords)

// wordFilter rules out, with two table probes, most words that are not in a
// set: bit n of first[c] (last[c]) is set when a word of n bytes (n capped
// at 31) in the set starts (ends) with byte c. Every word of a text is tested, and most open
// no time expression.
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

// relPrefix holds the first two words of every relative phrase of more
// than one word; relSecond filters their second words, so that "the" or
// "in" before most words costs no probe of relPrefix.
var relPrefix, relSecond = func() (map[string]bool, *wordFilter) {
	m, seconds := map[string]bool{}, map[string]bool{}
	for ph := range relatives {
		if w := strings.Fields(ph); len(w) > 1 {
			m[w[0]+" "+w[1]] = true
			seconds[w[1]] = true
		}
	}
	return m, newWordFilter(seconds)
}()

// relMap reads time_relative_en.tsv into phrase → "unit N".
func relMap() map[string]string {
	m := map[string]string{}
	for _, r := range lexicon.Rows("time_relative_en.tsv") {
		if len(r) > 2 {
			m[r[0]] = r[1] + " " + r[2]
		}
	}
	return m
}

// atoiMap reads a list whose second field is an integer.
func atoiMap(name string) map[string]int {
	m := map[string]int{}
	for _, r := range lexicon.Rows(name) {
		if len(r) > 1 {
			if v, err := strconv.Atoi(r[1]); err == nil {
				m[r[0]] = v
			}
		}
	}
	return m
}

// firstWords maps the first word of each phrase to the most words any
// phrase starting with it has.
func firstWords(m map[string]string) map[string]int {
	out := map[string]int{}
	for ph := range m {
		w := strings.Fields(ph)
		out[w[0]] = max(out[w[0]], len(w))
	}
	return out
}
