package core_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core"
)

// limitsBody is three original paragraphs, the first with a figure, so the
// claim stage has something to find in every article these tests build.
// (One paragraph alone may be judged clutter by the cleaner.)
const limitsBody = "At least 12 people were hurt when a footbridge collapsed in Lowmere on Tuesday, the county fire service said.\n\n" +
	"Engineers will inspect three other bridges on the river this week, the council said on Wednesday.\n\n" +
	"The bridge was built in 1962 and was last inspected two years ago, according to the county.\n\n"

// limitsSentence is the claim limitsBody should yield.
const limitsSentence = "At least 12 people were hurt when a footbridge collapsed in Lowmere on Tuesday, the county fire service said."

// plainArticle returns a small plain-text article named name.
func plainArticle(name string) core.Article {
	return core.Article{Name: name, Text: "Footbridge collapses in Lowmere\n\n" + limitsBody}
}

// hasProblem reports whether probs holds a problem for article (any
// article when empty) whose message contains every one of words.
func hasProblem(probs core.Problems, article string, words ...string) bool {
	for _, p := range probs {
		if article != "" && p.Article != article {
			continue
		}
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(p.Message, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// hasClaim reports whether a's claims include one whose text contains s.
func hasClaim(a core.ArticleReport, s string) bool {
	for _, c := range a.Claims {
		if strings.Contains(c.Text, s) {
			return true
		}
	}
	return false
}

// TestLimits checks Analyze's contract on bad or oversized input: problems
// are reported and what can be analysed still is; only an empty request is
// an error.
func TestLimits(t *testing.T) {
	bigText := bigArticle(3 * core.MaxArticleBytes / 2)
	// Only the articles either side of the limit are full, to keep the
	// test quick under wasm; the others are one line each.
	tooMany := make([]core.Article, core.MaxArticles+3)
	for i := range tooMany {
		tooMany[i] = core.Article{Name: fmt.Sprintf("a%d", i), Text: fmt.Sprintf("Note %d.", i)}
	}
	for _, i := range []int{0, core.MaxArticles - 1, core.MaxArticles} {
		tooMany[i] = plainArticle(fmt.Sprintf("a%d", i))
	}
	tests := []struct {
		name     string
		articles []core.Article
		wantErr  bool
		check    func(t *testing.T, rep core.Report)
	}{
		{
			name:     "zero articles",
			articles: nil,
			wantErr:  true,
		},
		{
			name:     "article over the size limit",
			articles: []core.Article{{Name: "big", Text: bigText}, plainArticle("small")},
			check: func(t *testing.T, rep core.Report) {
				if !hasProblem(rep.Problems, "big", fmt.Sprint(core.MaxArticleBytes)) {
					t.Errorf("no problem naming the %d-byte limit for %q: %v", core.MaxArticleBytes, "big", rep.Problems)
				}
				a := rep.Articles[0]
				if len(a.Text) > core.MaxArticleBytes {
					t.Errorf("cleaned text of the big article is %d bytes, over the limit %d", len(a.Text), core.MaxArticleBytes)
				}
				if len(a.Text) < core.MaxArticleBytes/2 {
					t.Errorf("cleaned text of the big article is %d bytes, want most of the first %d analysed", len(a.Text), core.MaxArticleBytes)
				}
				if !hasClaim(a, limitsSentence) {
					t.Errorf("big article: no claim %q among %d claims", limitsSentence, len(a.Claims))
				}
				if !hasClaim(rep.Articles[1], limitsSentence) {
					t.Errorf("small article beside the big one: no claim %q", limitsSentence)
				}
			},
		},
		{
			name:     "cut at the size limit inside a character",
			articles: []core.Article{{Name: "wide", Text: wideArticle()}},
			check: func(t *testing.T, rep core.Report) {
				if !hasProblem(rep.Problems, "wide", fmt.Sprint(core.MaxArticleBytes)) {
					t.Errorf("no problem naming the %d-byte limit: %v", core.MaxArticleBytes, rep.Problems)
				}
				a := rep.Articles[0]
				if !isValidUTF8(a.Text) {
					t.Errorf("the cut left invalid UTF-8 in the cleaned text (ends %q)", a.Text[max(0, len(a.Text)-8):])
				}
				for _, l := range a.Lines {
					if !isValidUTF8(l.Text) {
						t.Errorf("line %d is invalid UTF-8 after the cut: ends %q", l.N, l.Text[max(0, len(l.Text)-8):])
					}
				}
			},
		},
		{
			name:     "more articles than the limit",
			articles: tooMany,
			check: func(t *testing.T, rep core.Report) {
				if !hasProblem(rep.Problems, "", fmt.Sprint(core.MaxArticles)) {
					t.Errorf("no problem naming the limit of %d articles: %v", core.MaxArticles, rep.Problems)
				}
				if len(rep.Articles) != core.MaxArticles {
					t.Fatalf("%d articles analysed, want the first %d", len(rep.Articles), core.MaxArticles)
				}
				first, last := rep.Articles[0], rep.Articles[core.MaxArticles-1]
				if first.Name != "a0" || last.Name != fmt.Sprintf("a%d", core.MaxArticles-1) {
					t.Errorf("analysed %q..%q, want a0..a%d", first.Name, last.Name, core.MaxArticles-1)
				}
				if !hasClaim(last, limitsSentence) {
					t.Errorf("article %q: no claim %q", last.Name, limitsSentence)
				}
			},
		},
		{
			name:     "empty and whitespace-only articles",
			articles: []core.Article{{Name: "empty"}, {Name: "blank", Text: " \n\t\r\n  \u00a0\n"}, plainArticle("full")},
			check: func(t *testing.T, rep core.Report) {
				for _, n := range []string{"empty", "blank"} {
					if !hasProblem(rep.Problems, n, "empty") {
						t.Errorf("no problem saying %q is empty: %v", n, rep.Problems)
					}
				}
				if len(rep.Articles) != 3 || !hasClaim(rep.Articles[2], limitsSentence) {
					t.Errorf("the non-empty article was not analysed: %d articles", len(rep.Articles))
				}
			},
		},
		{
			name:     "only empty articles",
			articles: []core.Article{{Name: "empty"}, {Name: "blank", Text: "\n\n   \n"}},
			check: func(t *testing.T, rep core.Report) {
				if !hasProblem(rep.Problems, "empty", "empty") || !hasProblem(rep.Problems, "blank", "empty") {
					t.Errorf("empty articles not reported: %v", rep.Problems)
				}
			},
		},
		{
			name:     "invalid UTF-8",
			articles: []core.Article{{Name: "bad", Text: "Footbridge collapses in Low\xffmere\n\n" + limitsBody + "Debris \xc3\x28 blocked the \xed\xa0\x80 road.\n"}},
			check: func(t *testing.T, rep core.Report) {
				if !hasProblem(rep.Problems, "bad", "UTF-8") {
					t.Errorf("no problem noting the UTF-8 repair: %v", rep.Problems)
				}
				a := rep.Articles[0]
				if !hasClaim(a, limitsSentence) {
					t.Errorf("no claim %q after the repair", limitsSentence)
				}
				if _, err := json.Marshal(rep); err != nil {
					t.Errorf("report does not marshal: %v", err)
				}
				for _, s := range append([]string{a.Text, a.Title}, claimTexts(a)...) {
					if !isValidUTF8(s) {
						t.Errorf("invalid UTF-8 left in %q", s)
					}
				}
			},
		},
		{
			name: "HTML with scripts",
			articles: []core.Article{{Name: "page.html", Text: `<!doctype html><html><head><title>Footbridge collapses in Lowmere</title>
<script>var SCRIPTMARK = "At least 99 people were hurt, the SCRIPTMARK said.";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Footbridge collapses in Lowmere</h1>
<p>` + limitsSentence + `</p>
<script type="text/javascript">document.write("At least 98 people SCRIPTMARK were hurt.");</script>
<p>Engineers said 3 other bridges on the river would be inspected by Friday.</p>
<p>The bridge was built in 1962 and was last inspected two years ago, according to the county.</p>
<noscript>At least 97 SCRIPTMARK readers need JavaScript.</noscript>
</article><script>window.SCRIPTMARK = 1</script></body></html>`}},
			check: func(t *testing.T, rep core.Report) {
				a := rep.Articles[0]
				if strings.Contains(a.Text, "SCRIPTMARK") {
					t.Errorf("script text in the cleaned text: %q", a.Text)
				}
				for _, c := range a.Claims {
					if strings.Contains(c.Text, "SCRIPTMARK") {
						t.Errorf("script text in claim %q", c.Text)
					}
				}
				if !hasClaim(a, limitsSentence) {
					t.Errorf("no claim %q among %q", limitsSentence, claimTexts(a))
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := core.Analyze(tt.articles, core.Options{})
			if (err != nil) != tt.wantErr {
				t.Fatalf("Analyze(%d articles) error = %v, want error %v", len(tt.articles), err, tt.wantErr)
			}
			if err == nil {
				checkReport(t, rep)
			}
			if tt.check != nil {
				tt.check(t, rep)
			}
		})
	}
}

// bigArticle returns an article of at least n bytes: limitsBody, then
// distinct paragraphs (a cleaner may rightly drop repeated lines as
// boilerplate, so no two are the same).
func bigArticle(n int) string {
	var b strings.Builder
	b.WriteString("Footbridge collapses in Lowmere\n\n" + limitsBody)
	for i := 1; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Inspectors counted %d cracks in span %d of the old footbridge on Tuesday, and the county said repairs to section %d would cost %d pounds.\n\n", i%97, i, i*7, 1000+i*13)
	}
	return b.String()
}

// wideArticle returns an article over the size limit, made of two-byte
// characters placed so that the limit falls inside one of them.
func wideArticle() string {
	var b strings.Builder
	b.WriteString("Über den Fluss\n\n" + limitsBody)
	para := "Die Brücke über die Förde wurde für Fußgänger gesperrt, sagte die Gemeinde am Dienstag. Über 400 Menschen nutzen sie täglich.\n\n"
	for b.Len() < core.MaxArticleBytes+len(para) {
		b.WriteString(para)
	}
	s := b.String()
	for utf8.RuneStart(s[core.MaxArticleBytes]) {
		s = "x" + s // shift until the limit falls after a lead byte
	}
	return s
}

// claimTexts lists the texts of a's claims.
func claimTexts(a core.ArticleReport) []string {
	out := make([]string, len(a.Claims))
	for i, c := range a.Claims {
		out[i] = c.Text
	}
	return out
}

// isValidUTF8 reports whether s is valid UTF-8; a named helper keeps the
// test's intent readable.
func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "") == s }
