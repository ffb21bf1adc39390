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
// assertion per other article, the one sharing the most words.
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
	arts := make([][]asserted, len(texts)) // read the first time a denial asks
	var out []Pair
	for _, d := range denials {
		for b := range texts {
			if b == d.at.Article || len(lowers[b]) != len(texts[b]) {
				continue // its own article, or one left out ("" for an article not read as English)
			}
			if arts[b] == nil {
				arts[b] = readAsserted(texts[b], lowers[b])
			}
			if p, ok := d.best(b, arts[b]); ok {
				p.Denier = denierOf(texts[d.at.Article][d.at.Start : d.at.Start+d.cue])
				out = append(out, p)
			}
		}
	}
	return out
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

// best returns the pair of d with the sentence of article b (sentences
// ss) that shares the most content words with the denied clause, enough
// of them and a verb among them; false when none does.
func (d denied) best(b int, ss []asserted) (Pair, bool) {
	need := min(enoughShared, max(minShared, (3*len(d.words)+4)/5))
	top, at := 0, -1
	for i, a := range ss {
		if n := shared(d.words, a.words, nil); n >= need && n > top && shared(d.verbs, a.words, nil) > 0 {
			top, at = n, i
		}
	}
	if at < 0 {
		return Pair{}, false
	}
	var k []string
	shared(d.words, ss[at].words, &k)
	sorts.SortFunc(k, strings.Compare) // not slices.Sort, whose copy for strings is some 16 KB of wasm
	sp := ss[at].sp
	return Pair{Denial: d.at, Assertion: Sentence{b, sp.Start, sp.End}, Key: strings.Join(k, " ")}, true
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
