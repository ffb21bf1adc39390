package clean

import (
	"math/bits"
	"strings"
	"testing"
	"unicode/utf8"
)

// wordSeeds are lines that exercise the edges of a word: apostrophes,
// curly quotes, non-ASCII letters and digits, marks between words.
var wordSeeds = []string{
	"", "a", "Don't stop", "'quoted' words'", "rock ’n’ roll’s", "İstanbul ÇAĞRI Ⱥx", "日本語の文章、です。",
	"ŞEHİR—KÖY", "x'", "’tis", "e\u0301te", "12,5 km/h 3rd", "Ⅻ ⓐ K", "\xff bad", "über-Straße",
}

// TestWordsOfMatchesEachWord checks that wordsOf finds the words eachWord
// finds, with their capital flag.
func TestWordsOfMatchesEachWord(t *testing.T) {
	for _, s := range wordSeeds {
		checkWords(t, s)
	}
}

// FuzzWordsOf checks wordsOf against eachWord, and vocab ids against the
// words, on arbitrary lines.
func FuzzWordsOf(f *testing.F) {
	for _, s := range wordSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkWords(t, s)
		low, ws := lowerWords(s)
		v := newVocabSized(1)
		for _, w := range ws {
			v.add(w.in(low), w.upper)
		}
		for _, w := range ws {
			if id := v.id(w.in(low)); id < 0 || v.keys[id] != w.in(low) {
				t.Fatalf("vocab id(%q) = %d", w.in(low), id)
			}
		}
		if len(low) != len(s) {
			t.Fatalf("lowerLine(%q) = %q, length changed", s, low)
		}
		var b strings.Builder
		lowerTo(&b, s)
		if b.String() != low {
			t.Fatalf("lowerTo(%q) = %q, want %q", s, b.String(), low)
		}
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Fatalf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
		if got := string(appendLower([]byte("x"), s)); got != "x"+low {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, "x"+low)
		}
	})
}

// checkWords compares wordsOf(s) with eachWord(s).
func checkWords(t *testing.T, s string) {
	t.Helper()
	var want []string
	eachWord(s, func(at int, w string) { want = append(want, w) })
	ws := wordsOf(nil, s)
	if len(ws) != len(want) {
		t.Fatalf("wordsOf(%q) = %d words, want %q", s, len(ws), want)
	}
	for k, w := range ws {
		if got := s[w.at:w.end]; got != want[k] {
			t.Fatalf("wordsOf(%q)[%d] = %q, want %q", s, k, got, want[k])
		}
		r := []rune(want[k])[0]
		if up := strings.ToLower(string(r)) != string(r) && strings.ToUpper(string(r)) == string(r); w.upper != up && r < 0x80 {
			t.Fatalf("wordsOf(%q)[%d].upper = %v", s, k, w.upper)
		}
	}
}

// TestVocabGrows checks that ids survive the table growing.
func TestVocabGrows(t *testing.T) {
	v := newVocabSized(1)
	words := strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty")
	for _, w := range words {
		v.add(w, false)
	}
	v.add("three", true)
	for i, w := range words {
		if id := v.id(w); id != int32(i) {
			t.Errorf("id(%q) = %d, want %d", w, id, i)
		}
	}
	if v.count("three") != 2 || !v.isName("three") || v.isName("four") || v.count("zero") != 0 {
		t.Errorf("counts wrong: three %d", v.count("three"))
	}
}

// TestStopTable checks the stopword table against the map it indexes.
func TestStopTable(t *testing.T) {
	st := stopIndex()
	for w, m := range st.mask {
		if got := st.table.maskOf(w); got != m {
			t.Errorf("maskOf(%q) = %b, want %b", w, got, m)
		}
		if len(w) >= 2 && !st.table.endsLike("xyz"+w) {
			t.Errorf("endsLike(%q) = false", "xyz"+w)
		}
	}
	for _, w := range []string{"", "harbour", "thee", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"} {
		if got := st.table.maskOf(w); got != st.mask[w] {
			t.Errorf("maskOf(%q) = %b, want %b", w, got, st.mask[w])
		}
	}
}

// TestWordSetGenerations checks that a set stamped with a new generation
// on the same marks starts empty.
func TestWordSetGenerations(t *testing.T) {
	mark := make([]uint32, 4)
	a := wordSet{mark: mark, gen: 1}
	a.add(2)
	a.add(2)
	if !a.has(2) || a.has(1) || len(a.ids) != 1 {
		t.Fatalf("set 1: has(2) %v, has(1) %v, ids %v", a.has(2), a.has(1), a.ids)
	}
	b := wordSet{mark: mark, gen: 2}
	if b.has(2) {
		t.Fatal("set 2 holds a member of set 1")
	}
	b.add(1)
	if !b.has(1) || len(b.ids) != 1 {
		t.Fatalf("set 2: has(1) %v, ids %v", b.has(1), b.ids)
	}
}

// TestPrintablePrefix compares printablePrefix with a byte loop on
// every byte value at every position of the eight-byte steps and the tail.
func TestPrintablePrefix(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 11; at++ {
			b := []byte("abcdefghijk")
			b[at] = byte(c)
			want := 0
			for want < len(b) && b[want] >= 0x20 && b[want] < 0x80 {
				want++
			}
			if got := printablePrefix(string(b)); got != want {
				t.Errorf("printablePrefix(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestTrimBoilerKey compares trimBoilerKey with the strings.Trim calls it
// stands for.
func TestTrimBoilerKey(t *testing.T) {
	for _, s := range []string{"", " ", "» related »", "• menu item —", "## comments: ", "«…»", "·a·", "x\xff»", "\xff", "— — —", "read more →", "*** x ***"} {
		want := strings.TrimLeft(strings.TrimRight(s, " :»→›…>|-–—.!"), " •·|>-–—»«#*")
		if got := trimBoilerKey(s); got != want {
			t.Errorf("trimBoilerKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIsPlainWord checks the ASCII path of isPlainWord against the rune
// loop.
func TestIsPlainWord(t *testing.T) {
	for _, w := range []string{"", "word", "Word", "WOrd", "iPhone", "w0rd", "it's", "Émile", "éclair", "caféS", "x_y", "Z"} {
		if got, want := isPlainWord(w), isPlainWordRunes(w); got != want {
			t.Errorf("isPlainWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAppendLines checks appendLines against splitLines.
func TestAppendLines(t *testing.T) {
	for _, s := range []string{"", "a", "\n", "a\nb", "a\r\nb\rc\n", "\n\n", "x\n"} {
		got := appendLines([]string{"old"}, s)
		want := append([]string{"old"}, splitLines(s)...)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendLines(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRuneCount compares runeCount with utf8.RuneCountInString.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "abc", "abcdefgh", "abcdefghé", "é", "abcdefg\xff", "abcdefgh\xffijklmnop", "naïve café “quoted” text here", "“quoted” then a long ASCII tail of words é\xe2\x80 and \xc3 more ASCII"} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestIsCounters(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"age and count", "14h 261", true},
		{"days", "5d 3494", true},
		{"lone number", "8", true},
		{"thousands", "1.2k", true},
		{"grouped", "12,400", true},
		{"empty", "", false},
		{"a word", "8 comments", false},
		{"letter first", "h14", false},
		{"two letters", "14hr", false},
		{"year and prose", "2024 was hard", false},
		{"date", "27/11/2024", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCounters(tt.in); got != tt.want {
				t.Errorf("isCounters(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTitleKey checks titleKey, and appendTitleKey after other bytes,
// against the lower-case words joined by spaces.
func TestTitleKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"site and punctuation", "Nadal keeps Spain alive - Sportsnet.ca", "nadal keeps spain alive sportsnet ca"},
		{"apostrophes", "Don't Stop: 'Quotes' Aren't Words", "don't stop quotes aren't words"},
		{"digits", "UK GDP Grew 0.3% In Q2", "uk gdp grew 0 3 in q2"},
		{"accents", "ÉCOLE Fermée à Paris", "école fermée à paris"},
		{"dotted capital", "İSTANBUL Vote", strings.ToLower("İSTANBUL") + " vote"},
		{"curly apostrophe", "Rock’n’Roll’s Heyday", "rock’n’roll’s heyday"},
		{"no words", " -- ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			eachWord(strings.ToLower(tt.in), func(_ int, w string) { want = append(want, w) })
			if ref := strings.Join(want, " "); ref != tt.want {
				t.Fatalf("reference for %q = %q, want %q", tt.in, ref, tt.want)
			}
			if got := titleKey(tt.in); got != tt.want {
				t.Errorf("titleKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(appendTitleKey([]byte("x"), tt.in)); got != "x"+tt.want {
				t.Errorf("appendTitleKey(x, %q) = %q, want %q", tt.in, got, "x"+tt.want)
			}
		})
	}
}

// TestStopTableTails checks that tailLens never rules out a stopword
// ending a word: every stopword of three bytes or more, after any
// prefix, has its length's bit set.
func TestStopTableTails(t *testing.T) {
	tab := stopIndex().table
	for _, w := range tab.words {
		if len(w) < 3 {
			continue
		}
		for _, pre := range []string{"", "x", "over", "über"} {
			if tab.tailLens(pre+w)&tailBit(len(w)) == 0 {
				t.Errorf("tailLens(%q) = %016b, lacks the bit of %q", pre+w, tab.tailLens(pre+w), w)
			}
		}
	}
}

// TestHasDoubleSpace checks hasDoubleSpace against strings.Contains with
// the pair at every offset around the eight-byte blocks.
func TestHasDoubleSpace(t *testing.T) {
	base := "abcdefghijklmnopqrstuvwx"
	for n := 0; n <= len(base); n++ {
		s := base[:n]
		if hasDoubleSpace(s) {
			t.Errorf("hasDoubleSpace(%q) = true", s)
		}
		for i := 0; i+2 <= n; i++ {
			b := []byte(s)
			b[i] = ' '
			if got, want := hasDoubleSpace(string(b)), strings.Contains(string(b), "  "); got != want {
				t.Errorf("hasDoubleSpace(%q) = %v, want %v", b, got, want)
			}
			b[i+1] = ' '
			if !hasDoubleSpace(string(b)) {
				t.Errorf("hasDoubleSpace(%q) = false", b)
			}
			for j := i + 2; j < n; j += 2 {
				b[j] = ' '
			}
			if got, want := hasDoubleSpace(string(b)), strings.Contains(string(b), "  "); got != want {
				t.Errorf("hasDoubleSpace(%q) = %v, want %v", b, got, want)
			}
		}
	}
	for _, s := range []string{"a b c d e f g h i j", "\u00a0 x", "x\u3000 y", " \x80 ", "  "} {
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Errorf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNonWord8 checks that the lowest byte nonWord8 marks is the first
// that is no ASCII letter or digit, for every byte value at every
// position, after letters, digits and bytes of 0x80 or more.
func TestNonWord8(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '5', 0xff} {
		for c := 0; c < 256; c++ {
			for at := 0; at < 8; at++ {
				b := []byte("aZ09zA9q")
				b[at] = byte(c)
				for k := at + 1; k < 8; k++ {
					b[k] = fill
				}
				want := 8
				for k, x := range b {
					if x >= 0x80 || !asciiWord[x] {
						want = k
						break
					}
				}
				got := 8
				if m := nonWord8(le64(string(b))); m != 0 {
					got = bits.TrailingZeros64(m) >> 3
				}
				if got != want {
					t.Fatalf("nonWord8(%q): first non-word byte %d, want %d", b, got, want)
				}
			}
		}
	}
}

// TestEndsSentence compares endsSentence with the strings.TrimRight it
// stands for.
func TestEndsSentence(t *testing.T) {
	for _, s := range []string{"", " ", "Done.", "Done. ", "He said “no.”", "(see above.)", "x’ ]", "Why?\u00a0", "End…»", "a:", "no stop", "\xff", "」"} {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \"'”’»)]"))
		want := strings.ContainsRune(".!?。！？:;…", r) && r != utf8.RuneError
		if got := endsSentence(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsCredit compares isCredit's trim with strings.Trim.
func TestIsCredit(t *testing.T) {
	loadBoiler()
	for low, r := range boilerLines {
		if r.kind != "credit" {
			continue
		}
		for _, s := range []string{low, "(" + low + ")", " " + low + ". ", "((" + low} {
			if got, want := isCredit(s), strings.Trim(s, " .()") == low; got != want {
				t.Errorf("isCredit(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if isCredit("") || isCredit(" . ") {
		t.Error("isCredit of nothing")
	}
}
