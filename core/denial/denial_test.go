package denial

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// find runs Find on texts and returns each pair as "denier | key |
// asserting sentence".
func find(texts ...string) []string {
	lowers := make([]string, len(texts))
	for i, t := range texts {
		lowers[i] = ascii.Lower(t)
	}
	var out []string
	for _, p := range Find(texts, lowers) {
		out = append(out, p.Denier+" | "+p.Key+" | "+texts[p.Assertion.Article][p.Assertion.Start:p.Assertion.End])
	}
	return out
}

// The articles below are invented.
func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{"a denial and the assertion it denies",
			[]string{"The stewards opened Gate 7 to relieve the pressure, the police said. Fans ran in.",
				"At a news conference, the club president Ana Moura denied that the stewards had opened the gate."},
			[]string{"club president Ana Moura | gat open steward | The stewards opened Gate 7 to relieve the pressure, the police said."}},
		{"an irregular participle",
			[]string{"Relief convoys were held at the Kesh Pass overnight.",
				"The interior minister flatly denied that relief convoys had been held up at the Kesh Pass."},
			[]string{"interior minister | convoy held kesh pass relief | Relief convoys were held at the Kesh Pass overnight."}},
		{"a past denied, a gerund asserted, a doubled letter",
			[]string{"Union leaders accused police of firing rubber bullets at the pickets. Lunar Mining plans to cut 900 jobs.",
				"The interior ministry denied that police had fired rubber bullets. The company denied that it planned to cut 900 jobs."},
			[]string{"interior ministry | bullet fir polic rubber | Union leaders accused police of firing rubber bullets at the pickets.",
				"company | 900 cut jobs plan | Lunar Mining plans to cut 900 jobs."}},
		{"a negative sentence asserts nothing",
			[]string{"Police did not fire tear gas at the crowd.",
				"Police denied that officers fired tear gas at the crowd."},
			nil},
		{"words in common without the verb are another thing",
			[]string{"Campaigners warned about blocked fire exits in the city's factories.",
				"The company denied that any fire exits had been locked."},
			nil},
		{"one word in common is too few",
			[]string{"The gate was opened at noon.",
				"The club denied that the stewards had opened anything."},
			nil},
		{"no assertion in the same article",
			[]string{"The stewards opened Gate 7. The club denied that the stewards had opened the gate."},
			nil},
		{"no denial", []string{"The stewards opened Gate 7.", "The club said the stewards had opened the gate."}, nil},
	}
	for _, tt := range tests {
		got := find(tt.texts...)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got\n\t%s\nwant\n\t%s", tt.name, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}
}

// TestDenierOf checks who denies, read from the words before the cue.
func TestDenierOf(t *testing.T) {
	tests := []struct{ before, want string }{
		{"The club ", "club"},
		{"Interior Minister Halina Vostrek ", "Interior Minister Halina Vostrek"},
		{"The interior ministry has ", "interior ministry"},
		{"The toll rose to 19 as police ", "police"},
		{"In a statement, Silverthread Apparel ", "Silverthread Apparel"},
		{"The Orvel Athletic club on Sunday ", "Orvel Athletic club"},
		{"Police yesterday ", "Police"},
		{"A spokesman for the regional office of the national police force in the north ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := denierOf(tt.before); got != tt.want {
			t.Errorf("denierOf(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

// TestFindBounded checks that a denial is paired with at most maxPairs
// articles, those sharing the most words and then the first: a paste of
// many copies of one story gives a few pairs a denial, not one an article.
func TestFindBounded(t *testing.T) {
	texts := []string{"The club denied that its stewards had opened the north gate."}
	for i := 0; i < 9; i++ {
		texts = append(texts, "The stewards opened a gate.")
	}
	texts = append(texts, "Its stewards opened the north gate, the police said.")
	lowers := make([]string, len(texts))
	for i, x := range texts {
		lowers[i] = ascii.Lower(x)
	}
	var got []int
	for _, p := range Find(texts, lowers) {
		got = append(got, p.Assertion.Article)
	}
	if want := []int{10, 1, 2, 3}; !slices.Equal(got, want) {
		t.Errorf("paired with articles %v, want %v (the one sharing most words, then the first)", got, want)
	}
}

// TestFindSkipsLeftOut checks that an article left out by an empty lower
// case (not read as English) is never searched for an assertion.
func TestFindSkipsLeftOut(t *testing.T) {
	texts := []string{"The club denied that the stewards had opened the gate.", "Los stewards opened the gate a las 18:00 horas."}
	if got := Find(texts, []string{ascii.Lower(texts[0]), ""}); len(got) != 0 {
		t.Errorf("Find paired an article left out: %+v", got)
	}
}

// FuzzFind checks that any texts give pairs whose sentences lie in their
// articles and whose denial and assertion are of different articles.
func FuzzFind(f *testing.F) {
	f.Add("The stewards opened Gate 7.", "The club denied that the stewards had opened the gate.")
	f.Add("denied that ", "denied that x y opened held")
	f.Add("Relief convoys were held.\xff", "It denied that relief convoys had been held, and said so")
	f.Fuzz(func(t *testing.T, a, b string) {
		texts := []string{a, b}
		lowers := []string{ascii.Lower(a), ascii.Lower(b)}
		for _, p := range Find(texts, lowers) {
			for _, s := range []Sentence{p.Denial, p.Assertion} {
				if s.Article < 0 || s.Article > 1 || s.Start < 0 || s.Start > s.End || s.End > len(texts[s.Article]) {
					t.Fatalf("sentence %+v out of its article", s)
				}
			}
			if p.Denial.Article == p.Assertion.Article {
				t.Fatalf("a denial paired with its own article: %+v", p)
			}
			if p.Key == "" {
				t.Fatalf("a pair with no words in common: %+v", p)
			}
		}
	})
}
