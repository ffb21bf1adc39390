package core_test

import (
	"encoding/json"
	"testing"

	"github.com/crosscheck/crosscheck/core"
)

// FuzzAnalyze runs the whole pipeline on two fuzzed articles and checks
// the report's invariants: no panic; every claim is its article's cleaned
// text at [Start:End]; every relation names claims and articles that exist;
// the report marshals to JSON.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []struct{ a, b string }{
		{limitsBody, "Footbridge falls\n\nAt least 14 people were hurt in Lowmere on Tuesday, police said.\n"},
		{"<html><body><p>Police said 3 were killed on 4 May.</p><script>x=1</script></body></html>", "3 killed. 5 killed."},
		{"Low\xffmere: 1,200 displaced", ""},
		{genArticle(1).Text, genArticle(6).Text},
		{"\"We lost 40,000 homes,\" he said. Mr. Ode said about 2 000 fled.\n\n\n", "“No,” — 7½ … 3-4 km"},
	} {
		f.Add(s.a, s.b, "2031-03-10")
	}
	f.Fuzz(func(t *testing.T, a, b, date string) {
		arts := []core.Article{{Name: "a", Text: a, Date: date}, {Name: "b", Text: b}}
		rep, err := core.Analyze(arts, core.Options{})
		if err != nil {
			t.Fatalf("Analyze: %v", err)
		}
		checkReport(t, rep)
	})
}

// checkReport fails t when rep breaks one of the invariants FuzzAnalyze
// states.
func checkReport(t *testing.T, rep core.Report) {
	t.Helper()
	ids := map[string]int{}
	for i, a := range rep.Articles {
		for _, c := range a.Claims {
			if c.Article != i {
				t.Errorf("claim %s of article %d says article %d", c.ID, i, c.Article)
			}
			if c.Start < 0 || c.Start > c.End || c.End > len(a.Text) {
				t.Fatalf("claim %s span [%d:%d] out of the cleaned text's %d bytes", c.ID, c.Start, c.End, len(a.Text))
			}
			if got := a.Text[c.Start:c.End]; got != c.Text {
				t.Errorf("claim %s: Text = %q, cleaned text[%d:%d] = %q", c.ID, c.Text, c.Start, c.End, got)
			}
			if _, dup := ids[c.ID]; dup {
				t.Errorf("claim ID %s used twice", c.ID)
			}
			ids[c.ID] = i
		}
	}
	for _, r := range rep.Relations {
		for k, id := range r.Claims {
			art, ok := ids[id]
			if !ok {
				t.Errorf("relation %s names claim %q, which does not exist", r.Kind, id)
				continue
			}
			if art != r.Articles[k] {
				t.Errorf("relation %s: claim %s is in article %d, relation says %d", r.Kind, id, art, r.Articles[k])
			}
		}
		if r.Claims[0] == r.Claims[1] {
			t.Errorf("relation %s relates claim %s to itself", r.Kind, r.Claims[0])
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Errorf("relation %s %v: confidence %v out of 0..1", r.Kind, r.Claims, r.Confidence)
		}
	}
	if _, err := json.Marshal(rep); err != nil {
		t.Errorf("report does not marshal: %v", err)
	}
}

// TestGenReport checks the report invariants on generated articles, where
// compare has many related claims to relate.
func TestGenReport(t *testing.T) {
	rep, err := core.Analyze(genArticles(30), core.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep)
}
