// Package denial pairs a sentence that denies something ("The club denied
// that its stewards had opened the gate") with the sentence of another
// article that asserts it ("The stewards opened Gate 7"). Most of what a
// source denies is no count, capture or killing the claim stage reads, so
// the two are matched by the content words they share, a verb among them:
// at least two, and three in five of the denied clause's or three. core turns each pair into
// two claims that compare sets against each other.
package denial

import (
	"slices"
	"strings"

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
			if d, ok := readDenial(low, a, sp); ok {
				denials = append(denials, d)
			}
		}
	}
	if len(denials) == 0 {
		return nil
	}
	sents := make([][]words, len(texts)) // made for an article the first time a denial asks
	var out []Pair
	for _, d := range denials {
		for b := range texts {
			if b == d.at.Article {
				continue
			}
			if sents[b] == nil {
				sents[b] = sentenceWords(texts[b], lowers[b])
			}
			if p, ok := d.best(b, sents[b]); ok {
				p.Denier = denierOf(texts[d.at.Article][d.at.Start : d.at.Start+d.before])
				out = append(out, p)
			}
		}
	}
	return out
}

// denied is one denial: its sentence, who denies, and the content words
// of the clause it denies.
type denied struct {
	at     Sentence
	words  []string
	verbs  []string // the words of the clause that tell what happened ("opened", "held"), stemmed
	before int      // the cue's offset in the sentence: who denies is before it
}

// words is one sentence's content words, and whether it denies or
// negates anything itself: such a sentence asserts nothing to deny.
type words struct {
	at       Sentence
	content  []string
	negative bool
}

// hasCue reports whether low holds a denial cue anywhere.
func hasCue(low string) bool {
	if !strings.Contains(low, " that ") {
		return false
	}
	for _, c := range cues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// readDenial reads the sentence sp of article a as a denial, when it
// holds a cue and the clause after it has two content words or more.
func readDenial(low string, a int, sp sentence.Span) (denied, bool) {
	s := low[sp.Start:sp.End]
	for _, c := range cues {
		i := strings.Index(s, c)
		if i < 0 {
			continue
		}
		clause := s[i+len(c):]
		if j := strings.IndexAny(clause, ",;"); j > 0 {
			clause = clause[:j] // "denied that X, saying ...": X
		}
		if j := strings.Index(clause, " and said"); j > 0 {
			clause = clause[:j]
		}
		ws := contentWords(nil, clause)
		vs := verbWords(clause)
		if len(ws) < minShared || len(vs) == 0 {
			return denied{}, false
		}
		return denied{at: Sentence{a, sp.Start, sp.End}, words: ws, verbs: vs, before: i}, true
	}
	return denied{}, false
}

// denierOf returns who denies from the words before the cue, as the text
// writes them ("the club", "Tarvin's foreign ministry"): the words after
// the last comma or joining word, less an opening article and the
// auxiliaries and adverbs before the verb ("has", "flatly"), at most six;
// "" when there are more.
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
	for len(f) > 0 {
		w := strings.ToLower(f[len(f)-1])
		if len(f) > 1 && weekdays[w] && strings.EqualFold(f[len(f)-2], "on") {
			f = f[:len(f)-2] // "The club on Sunday denied"
			continue
		}
		if !beforeVerb[w] {
			break
		}
		f = f[:len(f)-1]
	}
	if len(f) > 0 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "a")) {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	return strings.Join(f, " ")
}

// joiners end the words before a denier: "... as police denied that".
var joiners = map[string]bool{"and": true, "as": true, "but": true, "while": true, "when": true, "after": true, "who": true}

// weekdays are the days a denier may be told on ("on Sunday").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// beforeVerb are the words between a denier and its verb.
var beforeVerb = map[string]bool{"has": true, "have": true, "had": true, "also": true, "again": true, "flatly": true,
	"strongly": true, "firmly": true, "previously": true, "repeatedly": true, "later": true, "swiftly": true, "quickly": true,
	"yesterday": true, "today": true, "tonight": true, "earlier": true}

// verbWords returns the stemmed words of the lower-case clause s that
// tell what happened: past participles in -ed and the common irregular
// ones.
func verbWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, notWordByte) {
		if len(w) >= 5 && strings.HasSuffix(w, "ed") || irregular[w] {
			out = append(out, stem(w))
		}
	}
	return out
}

// irregular are past tenses and participles that do not end in -ed.
var irregular = map[string]bool{"held": true, "taken": true, "took": true, "seen": true, "fled": true, "shot": true,
	"hit": true, "built": true, "made": true, "given": true, "gave": true, "stolen": true, "sold": true, "kept": true,
	"left": true, "lost": true, "beaten": true, "thrown": true, "caught": true, "broken": true, "struck": true,
	"sent": true, "won": true, "fell": true, "fallen": true, "seized": true, "led": true, "fought": true, "drove": true,
	"driven": true, "burnt": true, "hidden": true, "hid": true, "ran": true, "run": true, "bought": true, "paid": true}

// sentenceWords returns the content words of each sentence of one
// article.
func sentenceWords(text, low string) []words {
	spans := sentence.Split(text)
	out := make([]words, len(spans))
	for i, sp := range spans {
		s := low[sp.Start:sp.End]
		out[i] = words{at: Sentence{Start: sp.Start, End: sp.End}, content: contentWords(nil, s), negative: isNegative(s)}
	}
	return out
}

// best returns the pair of d with the sentence of article b that shares
// the most content words with the denied clause, enough of them (see the
// package doc), false when none does.
func (d denied) best(b int, sents []words) (Pair, bool) {
	need := min(enoughShared, max(minShared, (3*len(d.words)+4)/5))
	top, at := 0, -1
	for i, w := range sents {
		if w.negative {
			continue
		}
		if n := shared(d.words, w.content); n >= need && n > top && shared(d.verbs, w.content) > 0 {
			top, at = n, i
		}
	}
	if at < 0 {
		return Pair{}, false
	}
	a := sents[at].at
	a.Article = b
	return Pair{Denial: d.at, Assertion: a, Key: key(d.words, sents[at].content)}, true
}

// shared counts the words of a found in b.
func shared(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// key returns the words of a found in b, sorted, joined by spaces.
func key(a, b []string) string {
	var k []string
	for _, w := range a {
		if slices.Contains(b, w) && !slices.Contains(k, w) {
			k = append(k, w)
		}
	}
	slices.Sort(k)
	return strings.Join(k, " ")
}

// isNegative reports whether the lower-case sentence s denies or negates:
// "no live ammunition was used", "denied that", "did not".
func isNegative(s string) bool {
	if hasCue(s) || strings.Contains(s, "n't ") {
		return true
	}
	for _, w := range strings.Fields(s) {
		switch strings.Trim(w, ".,;:\"'") {
		case "not", "no", "never", "denied", "denies", "deny":
			return true
		}
	}
	return false
}

// contentWords appends to out the content words of the lower-case text s,
// stemmed (see stem): no function words, no words of one or two letters.
func contentWords(out []string, s string) []string {
	for _, w := range strings.FieldsFunc(s, notWordByte) {
		if len(w) < 3 || stopwords[w] {
			continue
		}
		if w = stem(w); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// notWordByte splits text into words of letters and digits; bytes of
// other scripts stay in words.
func notWordByte(r rune) bool {
	return r < 0x80 && !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
}

// stem takes the plural and past endings off a word, so that "stewards
// opened" meets "steward opens": "-s" from words of five letters or more
// (not "-ss"), and "-ed" from words of six or more.
func stem(w string) string {
	switch {
	case len(w) >= 6 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// stopwords are the function words, auxiliaries and reporting words that
// say nothing of what is denied.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for but nor yet with from into onto over under that this these those there
		their them they its his her him she our ours you your who whom whose which what when where why how
		had has have having been being was were are is be will would could should may might must can did does doing
		any all some such each every anyone anybody anything nobody nothing none own other another also just only
		than then too very more most less least many much few several said says say saying told according
		not no never yesterday today monday tuesday wednesday thursday friday saturday sunday morning evening night
		after before during since until while about above below between against among within without`) {
		m[w] = true
	}
	return m
}()
