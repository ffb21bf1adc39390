package compare

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/claim"
)

// pieces returns a short string of bytes drawn from alphabet, so that
// equal prefixes, NUL bytes and cut runes are common.
func pieces(r *rand.Rand, alphabet []string) string {
	var b strings.Builder
	for range r.IntN(6) {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

func sign(x int) int { return min(max(x, -1), 1) }

// TestContentOrder checks contentOrder against the keys it replaces.
func TestContentOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "b", "\x00", "\x01", "ab"}
	for range 20000 {
		a := &claim.Claim{Text: pieces(r, alphabet), ID: pieces(r, alphabet)}
		b := &claim.Claim{Text: pieces(r, alphabet), ID: pieces(r, alphabet)}
		want := strings.Compare(a.Text+"\x00"+a.ID, b.Text+"\x00"+b.ID)
		if got := contentOrder(a, b); sign(got) != want {
			t.Fatalf("contentOrder(%q/%q, %q/%q) = %d, want %d", a.Text, a.ID, b.Text, b.ID, got, want)
		}
	}
}

// oldSideOf is sideOf as it was first written, an oracle, with the rule
// added since for a group's name that opens on a state word ("Army of
// the Free High Lands").
func oldSideOf(actor string, names map[string]string) side {
	if n, ok := names[actor]; ok {
		actor = n
	}
	s := sideNone
	stately, named := true, false
	for _, w := range strings.Fields(actor) {
		t := strings.Trim(w, marks)
		lw := strings.ToLower(t)
		capital := t != "" && unicode.IsUpper(rune(t[0])) && t[0] < utf8.RuneSelf
		switch sides[lw] {
		case "insurgent":
			return sideInsurgent
		case "state":
			if !capital || stately {
				s, named = sideState, capital
			}
		default:
			if named && capital && !stateNamer([]byte(lw)) {
				s, named = sideNone, false
			}
		}
		stately = !capital || stately && stateNamer([]byte(lw))
	}
	return s
}

// TestSideNames checks which names of forces tell a side: a state's army
// is named by its country or demonym; a group that calls itself an army
// tells none by that word.
func TestSideNames(t *testing.T) {
	tests := []struct {
		actor string
		want  side
	}{
		{"Syrian Arab Army", sideState},
		{"the Russian Army", sideState},
		{"the United States Army", sideState},
		{"Army", sideState},               // a headline's opening word
		{"the army", sideState},           // a description
		{"Assad regime", sideState},       // a lower-case state word after a name
		{"Taliban government", sideState}, // the same
		{"Northern Liberation Army", sideNone},
		{"Free Syrian Army", sideNone},
		{"Lord's Resistance Army", sideNone},
		{"Syrian National Army", sideNone}, // a rebel coalition: "national" is no state's word
		{"Northern Liberation Army rebels", sideInsurgent},
		{"e1", sideNone}, // an entity ID, by its name
		{"e2", sideState},
		{"the Tarn Army", sideState},              // a country the articles name
		{"Army of the Free High Lands", sideNone}, // a group's name that opens on Army
		{"Army of Tarn", sideState},
		{"Police of the Republic of Tarn", sideState},
	}
	names := map[string]string{"e1": "Kachin Independence Army", "e2": "Sudanese Armed Forces police"}
	for _, tt := range tests {
		if got := sideOf(tt.actor, names, map[string]bool{"tarn": true}); got != tt.want {
			t.Errorf("sideOf(%q) = %d, want %d", tt.actor, got, tt.want)
		}
	}
}

// TestSideOf checks sideOf, which walks the words in place, against
// oldSideOf.
func TestSideOf(t *testing.T) {
	names := map[string]string{"e1": "Syrian Arab Army", "e2": "Rebel Forces of the North"}
	var words []string
	for w := range sides {
		words = append(words, w, strings.ToUpper(w), "“"+w+"”,", w+"’s")
	}
	words = append(words, "the", "ÉTAT", "Syrian", "Northern", "Liberation", "Army", "Arab", "Police", "Éire", "\u00a0", "\t", " ", "\xff", strings.Repeat("x", 40), "e1", "e2")
	r := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(5) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString([]string{" ", "  ", "\u00a0", ""}[r.IntN(4)])
		}
		for _, s := range []string{b.String(), "e1", "e2"} {
			if got, want := sideOf(s, names, nil), oldSideOf(s, names); got != want {
				t.Fatalf("sideOf(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

// TestAssignBlocks checks that assignBlocks gives two keys one number
// exactly when they are equal as first written: class, figure measure,
// family, scope and part, kind, topic and article.
func TestAssignBlocks(t *testing.T) {
	arts, claims := generate(60, 1)
	arts = estimateYears(arts, claims)
	facts := toFacts(arts, claims, Options{})
	type oldKey struct {
		class class
		sub   string
		topic string
		kind  byte
		art   int
	}
	toNew, toOld := map[oldKey]int32{}, map[int32]oldKey{}
	for i := range facts {
		f := &facts[i]
		base := oldKey{class: f.class}
		if f.class == classFigure {
			base.sub = f.measure + "|" + familyOf(f) + "|" + f.c.Scope
			if f.c.Subset {
				base.sub += "|part"
			}
		}
		var keys []oldKey
		for _, tp := range f.topics {
			k := base
			k.topic, k.kind = tp, 't'
			keys = append(keys, k)
		}
		if f.class == classFigure {
			k := base
			k.kind = '*'
			keys = append(keys, k)
		}
		base.kind, base.art = 'a', f.art
		keys = append(keys, base)
		if len(keys) != len(f.blocks) {
			t.Fatalf("fact %d: %d blocks, want %d", i, len(f.blocks), len(keys))
		}
		for j, k := range keys {
			id := f.blocks[j]
			if prev, ok := toNew[k]; ok && prev != id {
				t.Fatalf("key %v numbered %d and %d", k, prev, id)
			}
			if prev, ok := toOld[id]; ok && prev != k {
				t.Fatalf("block %d holds keys %v and %v", id, prev, k)
			}
			toNew[k], toOld[id] = id, k
		}
	}
	if len(toNew) < 10 {
		t.Fatalf("only %d blocks: the test meets too few", len(toNew))
	}
}

// TestMostTopics checks that mostTopics bounds topicsIn, so that toFacts's
// arena is made once.
func TestMostTopics(t *testing.T) {
	_, claims := generate(60, 1)
	claims = append(claims,
		claim.Claim{Place: "p", Entities: []string{"p", "a", "s", "a", ""}, Actor: "a", Source: "s"},
		claim.Claim{Place: "p", Entities: []string{"e", "f"}},
		claim.Claim{Place: "q", Object: "o", Entities: []string{"o"}},
		claim.Claim{Place: "s", Source: "s"})
	for i := range claims {
		c := &claims[i]
		var arena []string
		if got, most := len(topicsIn(&arena, claims, i)), mostTopics(c); got > most {
			t.Errorf("claim %+v: %d topics, mostTopics %d", *c, got, most)
		}
	}
}

// TestPermute checks permute against copying in order.
func TestPermute(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for n := range 40 {
		pairs := make([]pair, n)
		for i := range pairs {
			pairs[i].c.a = int32(i)
		}
		order := make([]int32, n)
		for i, x := range r.Perm(n) {
			order[i] = int32(x)
		}
		want := make([]int32, n)
		copy(want, order)
		permute(pairs, order)
		for i := range pairs {
			if pairs[i].c.a != want[i] {
				t.Fatalf("permute(%v): pairs[%d] was pairs[%d], want pairs[%d]", want, i, pairs[i].c.a, want[i])
			}
		}
	}
}

// TestWeekdayOffset checks how many days apart the weekdays two undated
// reports name put them: the later report names a later weekday of the
// week both share a day of; reports that share no weekday, or name the
// same ones, are not ordered.
func TestWeekdayOffset(t *testing.T) {
	const mon, tue, wed, thu, sat, sun = 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 6, 1 << 7
	tests := []struct {
		name string
		a, b uint8
		want int
	}{
		{"one day later", tue, tue | wed, 1},
		{"two days later", tue, tue | thu, 2},
		{"the earlier second", tue | thu, tue, -2},
		{"the same days", tue | wed, tue | wed, 0},
		{"no day in common", tue, thu, 0},
		{"none named", 0, tue, 0},
		{"across a week's end", sat, sat | sun | mon, 2},
	}
	for _, tt := range tests {
		if got := weekdayOffset(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: weekdayOffset(%07b, %07b) = %d, want %d", tt.name, tt.a>>1, tt.b>>1, got, tt.want)
		}
	}
}

// TestMonthDayGap checks how far apart the days two undated articles'
// datelines name put them, the nearer way round the year.
func TestMonthDayGap(t *testing.T) {
	tests := []struct {
		name   string
		a, b   Article
		want   int
		wantOK bool
	}{
		{"one day", Article{MonthDay: 1112}, Article{MonthDay: 1113}, 1, true},
		{"the same day", Article{MonthDay: 312}, Article{MonthDay: 312}, 0, true},
		{"over a month's end", Article{MonthDay: 131}, Article{MonthDay: 202}, 2, true},
		{"over the year's end", Article{MonthDay: 1231}, Article{MonthDay: 102}, 2, true},
		{"one has none", Article{MonthDay: 1112}, Article{}, 0, false},
		{"a dated article", Article{MonthDay: 1112, Date: date("2031-11-12")}, Article{MonthDay: 1113}, 0, false},
	}
	for _, tt := range tests {
		got, ok := monthDayGap(tt.a, tt.b)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%s: monthDayGap = %d, %v; want %d, %v", tt.name, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestDatelineDates checks that an undated article whose dateline names a
// day takes the year that puts the day nearest a dated article's date.
func TestDatelineDates(t *testing.T) {
	tests := []struct {
		name string
		arts []Article
		want string // the last article's date, "" for none
	}{
		{"the year of a dated article", []Article{{Date: date("2034-08-14")}, {MonthDay: 818}}, "2034-08-18"},
		{"over the year's end", []Article{{Date: date("2034-12-30")}, {MonthDay: 102}}, "2035-01-02"},
		{"before the year's start", []Article{{Date: date("2035-01-02")}, {MonthDay: 1230}}, "2034-12-30"},
		{"too far from any dated article", []Article{{Date: date("2034-08-14")}, {MonthDay: 215}}, ""},
		{"no dated article", []Article{{MonthDay: 817}, {MonthDay: 818}}, ""},
		{"the year of the same event's article, not another's", []Article{
			{Date: date("2031-10-09"), Names: []string{"e1", "e2"}},
			{Date: date("2034-10-07"), Names: []string{"e3", "e4"}},
			{MonthDay: 1009, Names: []string{"e3", "e4"}}}, "2034-10-09"},
		{"a dateline without a day", []Article{{Date: date("2034-08-14")}, {}}, ""},
	}
	for _, tt := range tests {
		out := datelineDates(tt.arts, newEvents(tt.arts))
		got := ""
		if d := out[len(out)-1].Date; !d.IsZero() {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("%s: date = %q, want %q", tt.name, got, tt.want)
		}
		if tt.want != "" && tt.arts[len(tt.arts)-1].Date != 0 {
			t.Errorf("%s: datelineDates changed its input", tt.name)
		}
	}
}
