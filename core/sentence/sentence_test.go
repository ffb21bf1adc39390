package sentence

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// fixture is one hard case from testdata/cases.tsv.
type fixture struct {
	name string
	text string   // the input
	want []string // the expected sentences
}

// loadFixtures reads testdata/cases.tsv (format in its header).
func loadFixtures(t testing.TB) []fixture {
	f, err := os.Open("testdata/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unescape := strings.NewReplacer(`\n`, "\n", `\u00a0`, "\u00a0")
	var out []fixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		name, marked, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad fixture line %q", line)
		}
		marked = unescape.Replace(marked)
		var want []string
		for _, p := range strings.Split(marked, "|") {
			if p = strings.Trim(p, " \t\r\n\u00a0"); p != "" {
				want = append(want, p)
			}
		}
		out = append(out, fixture{name, strings.ReplaceAll(marked, "|", ""), want})
	}
	return out
}

// texts renders spans as the sentences they cover.
func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSplitFixtures(t *testing.T) {
	cases := loadFixtures(t)
	if len(cases) < 60 {
		t.Fatalf("only %d fixture cases, want at least 60", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.text, Split(tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				if strings.HasPrefix(tc.name, "known:") {
					t.Skipf("known failure: Split(%q) = %q, want %q", tc.text, got, tc.want)
				}
				t.Errorf("Split(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSplitAccuracy reports boundary precision and recall of Split and of
// the naive splitter it replaced over the fixtures (go test -v), the
// figures quoted in doc.go.
func TestSplitAccuracy(t *testing.T) {
	cases := loadFixtures(t)
	for _, s := range []struct {
		name  string
		split func(string) []Span
	}{{"rule-based", Split}, {"naive", naiveSplit}} {
		var tp, fp, fn, whole int
		for _, tc := range cases {
			got := texts(tc.text, s.split(tc.text))
			g, w := ends(got), ends(tc.want)
			for k := range g {
				if w[k] {
					tp++
				} else {
					fp++
				}
			}
			for k := range w {
				if !g[k] {
					fn++
				}
			}
			if strings.Join(got, "|") == strings.Join(tc.want, "|") {
				whole++
			}
		}
		t.Logf("%s: %d/%d cases exact, boundary precision %.3f recall %.3f", s.name, whole, len(cases),
			float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn))
	}
}

// ends keys each sentence by its text, enough to match boundaries within
// one short case.
func ends(sents []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range sents {
		m[s] = true
	}
	return m
}

// naiveSplit is the first version: a stop followed by a space ends a
// sentence. Kept to measure what the rules buy.
func naiveSplit(text string) []Span {
	var out []Span
	start := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if start < 0 {
			if c != ' ' && c != '\n' && c != '\t' {
				start = i
			}
			continue
		}
		end := -1
		if c == '\n' {
			end = i
		} else if (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ') {
			end = i + 1
		}
		if end >= 0 {
			out = appendSpan(out, text, start, end)
			start = -1
		}
	}
	if start >= 0 {
		out = appendSpan(out, text, start, len(text))
	}
	return out
}

func TestSplitSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Span
	}{
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
		{"leading and trailing space", "  One. Two.  ", []Span{{2, 6}, {7, 11}}},
		{"crlf", "One\r\nTwo", []Span{{0, 3}, {5, 8}}},
		{"no stop", "A headline", []Span{{0, 10}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Split(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Split(%q) = %v, want %v", tt.text, got, tt.want)
				}
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, tc := range loadFixtures(f) {
		f.Add(tc.text)
	}
	f.Add("“a.” » « …… U.S.\u00a0. .")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Split(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("Split(%q): bad span %v after %d", text, s, prev)
			}
			if strings.Contains(text[s.Start:s.End], "\n") {
				t.Fatalf("Split(%q): span %v crosses a newline", text, s)
			}
			if spaceLen(text, s.Start) > 0 || spaceLen(text, s.End-1) > 0 {
				t.Fatalf("Split(%q): span %v not trimmed", text, s)
			}
			prev = s.End
		}
	})
}

// TestAppendSplit checks that AppendSplit keeps what out holds and appends
// what Split returns.
func TestAppendSplit(t *testing.T) {
	const text = "One. Two.\nThree"
	prefix := []Span{{100, 101}}
	got := AppendSplit(prefix, text)
	want := append([]Span{{100, 101}}, Split(text)...)
	if !slices.Equal(got, want) {
		t.Errorf("AppendSplit(%v, %q) = %v, want %v", prefix, text, got, want)
	}
}
