// Package denial pairs a sentence that denies something ("The club denied
// that its stewards had opened the gate") with the sentence of another
// article that asserts it ("The stewards opened Gate 7"). Most of what a
// source denies is no count, capture or killing the claim stage reads, so
// the two are matched by the content words they share, a verb among them:
// at least two, and three in five of the denied clause's or three. core
// turns each pair into two claims that compare sets against each other.
package denial

import (
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/sorts"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"github.com/crosscheck/crosscheck/core/sentence"
)

// Sentence is one sentence of one article, by byte offsets into its text.
type Sentence struct {
	Article    int
	Start, End int
}

// Pair is a denial and the assertion of another article it denies.
type Pair struct {
	Denial, Assertion Sentence
	// Denier is who denies, as the denial's words name it before the cue
	// ("the club", "police"); "" when the sentence opens with the cue.
	Denier string
	// Key is the content words the two sentences share, sorted and joined
	// by spaces: what is asserted and denied.
	Key string
}

// cues open a denied clause, in lower case.
var cues = []string{"denied that ", "denies that ", "deny that ", "denied reports that ", "denied claims that ",
	"denied allegations that ", "rejected claims that ", "rejected reports that ", "rejected suggestions that ",
	"dismissed claims that ", "dismissed reports that "}

// minShared is the fewest content words a denial and its assertion
// share; enoughShared is as many as they need share, whatever the length
// of the denied clause ("that its stewards had opened the gate before the
// crush at the Orvel Arena" and "The stewards opened Gate 4").
const (
	minShared    = 2
	enoughShared = 3
)

// denied is one denial: its sentence, where its cue starts in it, and
// the content words of the clause it denies, its verbs among them.
type denied struct {
	at    Sentence
	cue   int
	words []string
	verbs []string // the words that tell what happened ("opened", "held"), stemmed
}

// Find returns the pairs in texts, whose lower-case forms are lowers (as
// ascii.Lower gives them, byte for byte): each denial with at most one
// assertion per other article, the one sharing the most words, and with
// at most maxPairs articles, those sharing the most (the first in order
// when they share as many). Only sentences holding one of a denial's verbs
// are weighed, found through an index of those verbs, so that a paste of
// many reports that all deny and tell the same thing costs the pairs it
// gives, not every denial against every sentence.
func Find(texts, lowers []string) []Pair {
	var denials []denied
	for a, low := range lowers {
		if !hasCue(low) {
			continue // most articles deny nothing
		}
		for _, sp := range sentence.Split(texts[a]) {
			if d, ok := readDenial(low, Sentence{a, sp.Start, sp.End}); ok {
				denials = append(denials, d)
			}
		}
	}
	if len(denials) == 0 {
		return nil
	}
	arts, index := readAll(texts, lowers, denials)
	var out []Pair
	best := map[int]match{} // this denial's best sentence in each article
	for _, d := range denials {
		clear(best)
		need := min(enoughShared, max(minShared, (3*len(d.words)+4)/5))
		for _, v := range d.verbs {
			for _, r := range index[v][:min(len(index[v]), maxScan)] {
				if r.art == d.at.Article {
					continue
				}
				n := shared(d.words, arts[r.art][r.sent].words, nil)
				if b, ok := best[r.art]; n >= need && (!ok || n > b.n || n == b.n && r.sent < b.sent) {
					best[r.art] = match{r, n}
				}
			}
		}
		for _, m := range topMatches(best) {
			p := pairOf(d, m.ref, arts[m.art][m.sent])
			p.Denier = denierOf(texts[d.at.Article][d.at.Start : d.at.Start+d.cue])
			out = append(out, p)
		}
	}
	return out
}

// maxPairs is how many articles' assertions one denial is paired with at
// most: a reader compares a handful of reports, and a thousand copies of
// one story need not each be told that the club denied it.
const maxPairs = 4

// maxScan is how many sentences holding one of its verbs a denial weighs
// at most, the first in article order: far more than a reader's reports
// hold, and a bound on a paste of thousands of copies of one story.
const maxScan = 128

// ref is a sentence of an article, by its index in readAll's lists.
type ref struct{ art, sent int }

// match is a sentence and how many words it shares with a denial.
type match struct {
	ref
	n int
}

// readAll reads the sentences of every article that may assert something
// (those of articles left out, with no lower-case text, are not), and
// indexes them by the denials' verbs they hold.
func readAll(texts, lowers []string, denials []denied) ([][]asserted, map[string][]ref) {
	verbs := map[string]bool{}
	for _, d := range denials {
		for _, v := range d.verbs {
			verbs[v] = true
		}
	}
	arts := make([][]asserted, len(texts))
	index := map[string][]ref{}
	for b := range texts {
		if len(lowers[b]) != len(texts[b]) {
			continue // left out ("" for an article not read as English)
		}
		arts[b] = readAsserted(texts[b], lowers[b])
		for i, a := range arts[b] {
			for _, w := range a.words {
				if verbs[w] {
					index[w] = append(index[w], ref{b, i})
				}
			}
		}
	}
	return arts, index
}

// topMatches returns the best of each article's matches, at most
// maxPairs: most words shared first, then the earlier article.
func topMatches(best map[int]match) []match {
	ms := make([]match, 0, len(best))
	for _, m := range best {
		ms = append(ms, m)
	}
	sorts.SortFunc(ms, func(a, b match) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.art - b.art
	})
	return ms[:min(len(ms), maxPairs)]
}

// hasCue reports whether the lower-case s holds a denial cue.
func hasCue(s string) bool {
	return cueAt(s) >= 0
}

// cueAt returns where the first cue in s starts, and -1 when none does.
// Every cue ends in "that ": the text is searched for that alone, and the
// words before each "that" are matched against the cues.
func cueAt(s string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], " that ")
		if i < 0 {
			return -1 // most sentences: no cue can match
		}
		end := from + i + len(" that ")
		for _, c := range cues {
			if strings.HasSuffix(s[:end], c) {
				return end - len(c)
			}
		}
		from = end - 1
	}
}

// readDenial reads sentence at, of lower-case text low, as a denial, when
// it holds a cue and the clause after it has two content words or more, a
// verb among them.
func readDenial(low string, at Sentence) (denied, bool) {
	s := low[at.Start:at.End]
	i := cueAt(s)
	if i < 0 {
		return denied{}, false
	}
	clause := s[i:]
	clause = clause[strings.Index(clause, "that ")+len("that "):]
	if j := strings.IndexAny(clause, ",;"); j > 0 {
		clause = clause[:j] // "denied that X, saying ...": X
	}
	if j := strings.Index(clause, " and said"); j > 0 {
		clause = clause[:j]
	}
	d := denied{at: at, cue: i}
	d.words = contentWords(clause, &d.verbs)
	return d, len(d.words) >= minShared && len(d.verbs) > 0
}

// asserted is a sentence of an article that may assert what another
// denies: its span and content words, read once for all denials.
type asserted struct {
	sp    sentence.Span
	words []string
}

// readAsserted returns the sentences of text (lower-case low) that assert
// something: a sentence that denies or negates asserts nothing to deny.
// The slice is never nil, so that it is read once.
func readAsserted(text, low string) []asserted {
	out := []asserted{}
	for _, sp := range sentence.Split(text) {
		if s := low[sp.Start:sp.End]; !isNegative(s) {
			out = append(out, asserted{sp, contentWords(s, nil)})
		}
	}
	return out
}

// pairOf returns the pair of denial d and sentence a of article r.art,
// keyed by the words they share.
func pairOf(d denied, r ref, a asserted) Pair {
	var k []string
	shared(d.words, a.words, &k)
	sorts.SortFunc(k, strings.Compare) // not slices.Sort, whose copy for strings is some 16 KB of wasm
	return Pair{Denial: d.at, Assertion: Sentence{r.art, a.sp.Start, a.sp.End}, Key: strings.Join(k, " ")}
}

// shared counts the words of a found in b, appending them to out when it
// is not nil.
func shared(a, b []string, out *[]string) int {
	n := 0
	for _, w := range a {
		for _, x := range b {
			if w == x {
				n++
				if out != nil {
					*out = append(*out, w)
				}
				break
			}
		}
	}
	return n
}

// isNegative reports whether the lower-case sentence s denies or negates:
// "no live ammunition was used", "denied that", "did not".
func isNegative(s string) bool {
	return hasCue(s) || strings.Contains(s, "n't ") || strings.Contains(s, " not ") || strings.Contains(s, " never ") ||
		strings.Contains(s, " denied") || strings.Contains(s, " denies") || strings.Contains(s, " deny") || strings.HasPrefix(s, "no ") || strings.Contains(s, " no ")
}

// contentWords returns the content words of the lower-case text s, each
// once, stemmed (see stem): no function words, no words of one or two
// letters. When verbs is not nil, the words that tell what happened
// (participles in -ed and -ing and the common irregular ones) are appended to it
// too.
func contentWords(s string, verbs *[]string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if w := s[i:j]; len(w) >= 3 && !stopwords[w] {
			st := stem(w)
			if verbs != nil && (len(w) >= 5 && strings.HasSuffix(w, "ed") || len(w) >= 6 && strings.HasSuffix(w, "ing") || irregular[w]) {
				*verbs = append(*verbs, st)
			}
			if shared(out, []string{st}, nil) == 0 {
				out = append(out, st)
			}
		}
		i = j + 1
	}
	return out
}

// isWordByte reports whether c belongs to a word: a letter, a digit, a
// hyphen, or a byte of another script.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// stem takes the plural, past and -ing endings off a word, then a final
// "e" and a doubled last letter, so that "stewards opened" meets "steward
// opens", "fired" meets "firing", "planned" meets "plans" and "released"
// meets "release": "-s" from words of five letters or more (not "-ss"),
// "-ed" from five, "-ing" from six.
func stem(w string) string {
	switch {
	case len(w) >= 5 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case len(w) >= 6 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) >= 5 && w[len(w)-1] == 's' && w[len(w)-2] != 's':
		w = w[:len(w)-1]
	}
	switch n := len(w); {
	case n >= 4 && w[n-1] == 'e':
		return w[:n-1]
	case n >= 4 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's':
		return w[:n-1] // "plann", not "still" nor "pass"
	}
	return w
}

// denierOf returns who denies from the words before the cue, as the text
// writes them ("the club", "Tarvin's foreign ministry"): the words after
// the last comma or joining word, less an opening article, the auxiliaries
// and adverbs before the verb ("has", "flatly") and the day it was said
// ("on Sunday"), at most six; "" when there are more.
func denierOf(s string) string {
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	for i := len(f) - 1; i >= 0; i-- {
		if joiners[strings.ToLower(f[i])] {
			f = f[i+1:]
			break
		}
	}
	for len(f) > 0 && beforeVerb[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
		if len(f) > 0 && strings.EqualFold(f[len(f)-1], "on") {
			f = f[:len(f)-1] // "The club on Sunday denied"
		}
	}
	if len(f) > 0 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "a")) {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	return strings.Join(f, " ")
}

var (
	// joiners end the words before a denier: "... as police denied that".
	joiners = wordset.Of("and as but while when after who")
	// beforeVerb are the words between a denier and its verb, days
	// included ("The club on Sunday denied").
	beforeVerb = wordset.Of(`has have had also again flatly strongly firmly previously repeatedly later swiftly quickly
		yesterday today tonight earlier monday tuesday wednesday thursday friday saturday sunday`)
	// irregular are past tenses and participles that do not end in -ed.
	irregular = wordset.Of(`held taken took seen fled shot hit built made given gave stolen sold kept left lost beaten thrown
		caught broken struck sent won fell fallen led fought drove driven burnt hidden hid ran run bought paid cut`)
	// stopwords are the function words, auxiliaries and reporting words
	// that say nothing of what is denied.
	stopwords = wordset.Of(`the and for but nor yet with from into onto over under that this these those there
		their them they its his her him she our ours you your who whom whose which what when where why how
		had has have having been being was were are is be will would could should may might must can did does doing
		any all some such each every anyone anybody anything nobody nothing none own other another also just only
		than then too very more most less least many much few several said says say saying told according
		not no never yesterday today monday tuesday wednesday thursday friday saturday sunday morning evening night
		after before during since until while about above below between against among within without`)
)
