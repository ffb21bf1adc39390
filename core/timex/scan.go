package timex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// The token kinds timex reads; numbers are runs of ASCII digits ("27",
// "2024"), "27.11.2024" five tokens: see tokens.Text.Split.
const (
	tWord  = tokens.Word
	tNum   = tokens.Num
	tPunct = tokens.Punct
)

// scanner reads the time expressions of one tokenized text.
type scanner struct {
	tokens.View
}

// newScanner returns a scanner over t's split tokens.
func newScanner(t *tokens.Text) scanner {
	return scanner{tokens.View{Text: t.Text, Lower: t.Lower, Toks: t.Split()}}
}

// capital reports whether token k starts with an upper-case letter.
func (s *scanner) capital(k int) bool {
	if s.Kind(k) != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.Text[s.Toks[k].Start:])
	return unicode.IsUpper(r)
}

// num returns the value and digit count of number token k, or -1.
func (s *scanner) num(k int) (int, int) {
	if s.Kind(k) != tNum {
		return -1, 0
	}
	w := s.Word(k)
	if len(w) > 4 {
		return -1, len(w)
	}
	v, _ := strconv.Atoi(w)
	return v, len(w)
}

// phrase returns tokens k..k+n-1 lower-cased when single spaces separate
// them, "" otherwise.
func (s *scanner) phrase(k, n int) string {
	if k < 0 || n <= 0 || k+n > len(s.Toks) {
		return ""
	}
	for j := k; j < k+n-1; j++ {
		if gap := s.Toks[j+1].Start - s.Toks[j].End; gap != 1 || s.Text[s.Toks[j].End] != ' ' {
			return ""
		}
	}
	return s.Lower[s.Toks[k].Start:s.Toks[k+n-1].End]
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
	for w := range ordinals {
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
var startFilter = tokens.NewFilter(startWords)

// relPrefix holds the first two words of every relative phrase of more
// than one word; relSecond filters their second words, so that "the" or
// "in" before most words costs no probe of relPrefix.
var relPrefix, relSecond = func() (map[string]bool, *tokens.Filter) {
	m, seconds := map[string]bool{}, map[string]bool{}
	for ph := range relatives {
		if w := strings.Fields(ph); len(w) > 1 {
			m[w[0]+" "+w[1]] = true
			seconds[w[1]] = true
		}
	}
	return m, tokens.NewFilter(seconds)
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
