package entity

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestMemo(t *testing.T) {
	m, m2 := newMemo(0), newMemo(1000)
	forms := []string{"Bashar al-Assad", "Türkiye", "the Syrian Observatory for Human Rights", "U.S.", "Bashar al-Assad", "",
		"l'Observatoire", "The", "Abdel-Rahman's", "al Sham", "Côte d’Ivoire"}
	for _, s := range forms {
		for _, got := range []keyed{m.of(s), m2.ofSpan(s, strings.ToLower(s)), m.of(s)} {
			if want := Key(s); got.key != want {
				t.Errorf("memo.of(%q).key = %q, want %q", s, got.key, want)
			}
			if want := keyWords(s); !slices.Equal(got.words, want) {
				t.Errorf("memo.of(%q).words = %q, want %q", s, got.words, want)
			}
			if l := lists(); got.country != l.countries[Key(s)] || got.place != l.places[Key(s)] {
				t.Errorf("memo.of(%q) = country %v, place %v; want the lexicon's", s, got.country, got.place)
			}
		}
	}
	if len(m.keys) != len(forms)-1 {
		t.Errorf("memo holds %d forms, want %d", len(m.keys), len(forms)-1)
	}
	for _, tc := range []struct{ in, key, letters string }{
		{"U.S.", "a:us", "us"},
		{"SSD", "a:ssd", "ssd"},
		{"HTS", "a:hts", "hts"},
		{"MoD", "a:mod", "md"}, // a mixed acronym's letters are its capitals
	} {
		if got := m.acronym(tc.in); got.key != tc.key || !slices.Equal(got.words, []string{tc.letters}) {
			t.Errorf("memo.acronym(%q) = %q %q, want %q [%q]", tc.in, got.key, got.words, tc.key, tc.letters)
		}
	}
}

// TestNextField checks the field walk against strings.FieldsFunc,
// which it replaces, on the separators and odd bytes names meet.
func TestNextField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b  c ", "al-sham (hts)", "\xff\xfeab\xffcd", "é–x", "u.s. army's", "l'homme", "-a--b-", "'", "d'ivoire-x"} {
		var key, pieces []string
		for st, en := nextKeyField(s, 0); st < len(s); st, en = nextKeyField(s, en) {
			key = append(key, s[st:en])
		}
		for st, en := nextPiece(s, 0); st < len(s); st, en = nextPiece(s, en) {
			pieces = append(pieces, s[st:en])
		}
		if want := strings.FieldsFunc(s, isKeySep); !slices.Equal(key, want) {
			t.Errorf("key fields of %q = %q, want %q", s, key, want)
		}
		isPieceSep := func(r rune) bool { return r == '-' || r == '\'' }
		if want := strings.FieldsFunc(s, isPieceSep); !slices.Equal(pieces, want) {
			t.Errorf("pieces of %q = %q, want %q", s, pieces, want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ a, b string }{
		{"idlib", "idelb"},
		{"raqqa", "raqa"},
		{"aleppo", "halab"},
		{"a", ""},
		{"verylongwordwithmorethanthirtytwoletters", "verylongwordwithmorethanthirtytwoletters"},
	}
	for _, tc := range tests {
		want := skeleton(tc.a) == skeleton(tc.b)
		if got := sameSkeleton(tc.a, tc.b); got != want {
			t.Errorf("sameSkeleton(%q, %q) = %v, want %v", tc.a, tc.b, got, want)
		}
	}
	if got := string(appendSkeleton([]byte("x|"), "idlib")); got != "x|idlb" {
		t.Errorf(`appendSkeleton("x|", "idlib") = %q, want "x|idlb"`, got)
	}
}

func TestSortFilings(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 10, 300, 5000} {
		filed := make([]filing, n)
		for i := range filed {
			// Few distinct keys, so that ties are common; nodes ascending
			// as spellings files them.
			filed[i] = filing{key: rng.Uint64() % uint64(n/5+1) * 0x0101010101010101, node: i / 3}
			if i%2 == 0 {
				filed[i].key = rng.Uint64()
			}
		}
		want := slices.Clone(filed)
		slices.SortStableFunc(want, func(a, b filing) int { return cmp.Compare(a.key, b.key) })
		if got := sortFilings(filed); !slices.Equal(got, want) {
			t.Errorf("sortFilings of %d filings is not the stable order by key", n)
		}
	}
}

func TestWordFilter(t *testing.T) {
	var f wordFilter
	in := []string{"supported", "rebel", "", "a", "following"}
	for _, w := range in {
		f.add(w)
	}
	for _, w := range in {
		if !f.mayHold(w) {
			t.Errorf("wordFilter.mayHold(%q) = false after add", w)
		}
	}
	miss := 0
	for _, w := range []string{"the", "city", "said", "forces", "province", "talks", "reporters"} {
		if !f.mayHold(w) {
			miss++
		}
	}
	if miss == 0 {
		t.Errorf("wordFilter holds every word: it filters nothing")
	}
}

// TestWordClass checks each class bit against the list it stands for, on
// every listed word, with and without a final dot, and a few others.
func TestWordClass(t *testing.T) {
	l := lists()
	probe := []string{"the", "said", "gen", "u.s.", "", "zzz"}
	for _, m := range []map[string]bool{l.common, l.connectors, l.cueConn, l.titleFirst, l.titles, l.nouns, personNouns} {
		for w := range m {
			probe = append(probe, w, strings.TrimSuffix(w, "."))
		}
	}
	for w := range l.cues {
		probe = append(probe, w)
	}
	for _, w := range probe {
		c := l.classes[w]
		for _, tc := range []struct {
			name string
			bit  wordClass
			want bool
		}{
			{"common", wcCommon, l.common[w]},
			{"common.", wcCommonDot, l.common[w+"."]},
			{"connector", wcConnector, l.connectors[w]},
			{"cueConn", wcCueConn, l.cueConn[w]},
			{"titleFirst", wcTitleFirst, l.titleFirst[w]},
			{"title", wcTitle, l.titles[w]},
			{"title.", wcTitleDot, l.titles[w+"."]},
			{"noun", wcNoun, l.nouns[w]},
			{"personNoun", wcPersonNoun, personNouns[w]},
		} {
			if got := c&tc.bit != 0; got != tc.want {
				t.Errorf("class of %q: %s = %v, want %v", w, tc.name, got, tc.want)
			}
		}
		if c.cue() != l.cues[w] {
			t.Errorf("class of %q: cue %d, want %d", w, c.cue(), l.cues[w])
		}
	}
}

// TestIsOwnKey checks wordKey's shortcut against its full rewrite: a word
// isOwnKey passes must come out of the rewrite unchanged, and the rows
// show that one it stops is rewritten.
func TestIsOwnKey(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"aleppo", false}, {"assad", false}, {"cham", false}, {"mouammar", false}, {"djibouti", false},
		{"idlib", true}, {"moon", true}, {"sham", true}, {"", true}, {"a", true}, {"kyiv", true}, {"türkiye", false},
	} {
		if got := isOwnKey(tc.w); got != tc.want {
			t.Errorf("isOwnKey(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	letters := "abcdehjlosuy"
	for range 20000 {
		b := make([]byte, 1+r.IntN(7))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		w := string(b)
		if isOwnKey(w) != (slowWordKey(w) == w) {
			t.Errorf("isOwnKey(%q) = %v, but the rewrite gives %q", w, isOwnKey(w), slowWordKey(w))
		}
	}
}

// slowWordKey is wordKey without its shortcut.
func slowWordKey(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if !isDoubledConsonant(w, i) {
			b = append(b, w[i])
		}
	}
	w = string(b)
	for _, f := range keyFolds {
		w = strings.ReplaceAll(w, f.from, f.to)
	}
	return w
}

// TestPlainAcronymKey checks the one-string key of a plain acronym
// against the key and letters memo.acronym made by parts.
func TestPlainAcronymKey(t *testing.T) {
	for _, a := range []string{"UN", "U.N.", "HTS", "ssd", "U.S.", "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U", "PS4", "É.U.", "AC-130", "MoD", ""} {
		key, ok := plainAcronymKey(a)
		want := "a:" + strings.ToLower(strings.ReplaceAll(a, ".", ""))
		mixed := strings.ContainsFunc(a, unicode.IsLower) && strings.ContainsFunc(a, unicode.IsUpper)
		if plain := !mixed && !strings.ContainsFunc(a, func(r rune) bool { return r != '.' && (r > 'z' || r < 'A' || r > 'Z' && r < 'a') }); ok != plain {
			t.Errorf("plainAcronymKey(%q) ok = %v, want %v", a, ok, plain)
		}
		if ok && (key != want || key[2:] != acronymLetters(a)) {
			t.Errorf("plainAcronymKey(%q) = %q, want %q with letters %q", a, key, want, acronymLetters(a))
		}
	}
}
