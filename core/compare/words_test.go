package compare

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
)

// oldQuote and oldWordsOverlap are the first, allocating versions of
// quote and wordsOverlap, kept as oracles for the versions that walk the
// text in place.
func oldQuote(text string) string {
	w := strings.Fields(text)
	cut := len(w) > quoteWords
	if cut {
		w = w[:quoteWords]
	}
	s := strings.TrimRight(strings.Join(w, " "), ".,;:")
	if cut {
		s += " …"
	}
	return "“" + s + "”"
}

func oldWordsOverlap(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if len(w) >= 4 {
				out = append(out, w)
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	n := 0
	for _, w := range wa {
		if slices.ContainsFunc(wb, func(v string) bool { return sameWord(v, w) }) {
			n++
		}
	}
	return 2*n >= max(len(wa), len(wb))
}

// randomText joins words, spaces of several kinds and punctuation.
func randomText(r *rand.Rand) string {
	pieces := []string{"the", "regime's", "forces", "regime", "army", "rebel", "groups", "’s", "'s", " ", "  ", "\t", "\n",
		"\u00a0", "\u2003", "-", ",", ".", ";", ":", "…", "\xff", "Northtown", "allied", "a"}
	var b strings.Builder
	for range r.IntN(40) {
		b.WriteString(pieces[r.IntN(len(pieces))])
		if r.IntN(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestQuoteAndWordsMatchOracles(t *testing.T) {
	cases := []string{"", " ", ".", "a .", "a b c.", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
		"one two three four five six seven eight nine ten eleven twelve thirteen fourteen.", "x\u00a0y", "the regime's forces", "regime forces"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		cases = append(cases, randomText(r))
	}
	for i, c := range cases {
		if got, want := quote(c), oldQuote(c); got != want {
			t.Errorf("quote(%q) = %q, want %q", c, got, want)
		}
		d := cases[(i*7+3)%len(cases)]
		if got, want := wordsOverlap(c, d), oldWordsOverlap(c, d); got != want {
			t.Errorf("wordsOverlap(%q, %q) = %v, want %v", c, d, got, want)
		}
	}
}

func TestWordsOverlap(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Rebel fighters", "rebels", true},
		{"the regime's forces", "regime force", true},
		{"government troops", "rebel fighters", false},
		{"rebels", "rebel", true},
		{"rebel", "rebelss", false},
		{"police", "policed", false},
		{"Press", "press", true},
	}
	for _, tt := range tests {
		if got := wordsOverlap(tt.a, tt.b); got != tt.want {
			t.Errorf("wordsOverlap(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := wordsOverlap(tt.b, tt.a); got != tt.want {
			t.Errorf("wordsOverlap(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestCommonActor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"army", "the army"},
		{"police", "the police"},
		{"Rebel fighters", "rebel fighters"},
		{"Rebels", "rebels"},
		{"Kurdish fighters", "Kurdish fighters"},
		{"its army", "its army"},
		{"he", "he"},
		{"the army", "the army"},
		{"AFP", "AFP"},
		{"spokesman", "the spokesman"},
		{"Ukraine's General Staff", "Ukraine's General Staff"},
		{"Kelari State police", "Kelari State police"},
	}
	for _, tt := range tests {
		if got := commonActor(tt.in); got != tt.want {
			t.Errorf("commonActor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPluralVerb(t *testing.T) {
	tests := []struct{ who, verb, want string }{
		{"mutineers", "controls", "control"},
		{"government forces", "does not control", "do not control"},
		{"the army", "controls", "controls"},
		{"United States", "controls", "controls"},
		{"rebels", "took control of", "took control of"},
		{"the press", "controls", "controls"},
		{"the gunmen", "controls", "control"},
		{"police", "controls", "control"},
		{"Yemen", "controls", "controls"},
	}
	for _, tt := range tests {
		got := tt.verb
		if pluralNoun(tt.who) {
			got = pluralVerb(tt.verb)
		}
		if got != tt.want {
			t.Errorf("%s %s: got %q, want %q", tt.who, tt.verb, got, tt.want)
		}
	}
}

func TestSinceBegan(t *testing.T) {
	tests := []struct {
		text string
		want int8
	}{
		{"More than 65,000 people have been displaced since the offensive began, it added.", sinceUndated},
		{"Since the fire began, 8,000 people have been evacuated.", sinceUndated},
		{"Nine fighters have been killed since the start of the siege.", sinceUndated},
		{"112 people had been arrested since the protests began on Friday.", sinceDated},
		{"At least 214 killed since the offensive began on 30 May.", sinceDated},
		{"Nearly 48,000 have fled since the siege began last week.", sinceDated},
		{"Some 5,000 have fled since the fighting broke out.", sinceUndated},
		{"Some 5,000 have fled since the fighting broke out on Monday.", sinceDated},
		{"Nine bodies have been found since the quake struck.", sinceUndated},
		{"Fighting broke out again since the offensive.", 0},
		{"The toll rose to 31, the ministry said.", 0},
		{"It was the worst convince the board began to fear.", 0}, // "ince the" inside a word
		{"since the", 0},
	}
	for _, tt := range tests {
		if got := sinceBegan(tt.text); got != tt.want {
			t.Errorf("sinceBegan(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestMatchSinceBegan: two counts from an episode's start are likelier one
// count than such a count and a day's, whatever else they share.
func TestMatchSinceBegan(t *testing.T) {
	a := &fact{sinceOp: sinceDated, c: &claim.Claim{}}
	b := &fact{sinceOp: sinceUndated, c: &claim.Claim{}, art: 1}
	plain := &fact{c: &claim.Claim{}, art: 1}
	if m, p := match(a, b, 0), match(a, plain, 0); m <= p {
		t.Errorf("match of two counts since an episode's start = %.2f, want above %.2f (one of them plain)", m, p)
	}
}

// TestVoice checks which sources are one voice: an owner's possessive
// before a common noun goes, a name stays whole.
func TestVoice(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Orlenia's interior ministry", "interior ministry"},
		{"the interior ministry", "interior ministry"},
		{"Interior Ministry", "interior ministry"},
		{"Orlenia’s health ministry", "health ministry"},
		{"Kestrana's Nadia Reventlow", "kestrana's nadia reventlow"},
		{"Doctors' Union", "doctors' union"},
		{"police", "police"},
		{" The ", "the"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := voice(tt.in); got != tt.want {
			t.Errorf("voice(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNotTheSpeakers checks that the name whose possessive opens a source
// told as a phrase is no topic of the claim, and that other names, and
// sources without a possessive, are left as they are.
func TestNotTheSpeakers(t *testing.T) {
	names := &lowerNames{names: map[string]string{"e1": "UN", "e2": "Tarvessa", "e3": "Lusavia"}}
	tests := []struct {
		src  string
		want []string
	}{
		{"UN's humanitarian office", []string{"e2", "e3"}},
		{"Lusavia's defence ministry", []string{"e1", "e2"}},
		{"the UN office", []string{"e1", "e2", "e3"}},
		{"", []string{"e1", "e2", "e3"}},
		{"e1", []string{"e1", "e2", "e3"}},
	}
	for _, tt := range tests {
		got := notTheSpeakers([]string{"e1", "e2", "e3"}, tt.src, names)
		if !slices.Equal(got, tt.want) {
			t.Errorf("notTheSpeakers(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
