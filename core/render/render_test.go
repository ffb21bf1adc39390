package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/compare"
	"github.com/crosscheck/crosscheck/core/entity"
)

// sample is a report built by hand, so these tests check rendering only.
func sample() core.Report {
	return core.Report{
		Articles: []core.ArticleReport{
			{Name: "a.txt", Title: "Dam | breach", Date: "2031-03-01", DateSource: "user",
				Lines:  []clean.Line{{N: 1, Role: clean.RoleTitle}, {N: 2, Role: clean.RoleBody}, {N: 3, Role: clean.RoleBoilerplate}},
				Claims: []claim.Claim{{ID: "a1.c1", Text: "At least 12 people died, officials said."}}},
			{Name: "b.txt", Date: "2031-03-03", DateSource: "inferred",
				Claims: []claim.Claim{{ID: "a2.c1", Text: "The toll rose to 30 <b>dead</b>."}}},
		},
		Entities:  []entity.Entity{{Name: "Water Board of Orlan", Kind: entity.Org, Aliases: []string{"WBO"}}, {Name: "Orlan", Kind: entity.Place}},
		Relations: []compare.Relation{{Kind: compare.Updates, Claims: [2]string{"a1.c1", "a2.c1"}, Explanation: "A rising toll.", Low: true}},
		Problems:  core.Problems{{Article: "c.txt", Message: "the article is empty"}},
	}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, sample()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Article 1 (a.txt)", "lines:  2 kept, 1 removed; 1 claims",
		"date:   2031-03-03 (inferred)", "Water Board of Orlan (org): WBO",
		"Updates: 1", "A rising toll. (low confidence)", "Article 2 (b.txt): The toll rose to 30",
		"Contradicts: 0", "note: c.txt: the article is empty",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Orlan (place)") {
		t.Errorf("Text lists an entity without aliases:\n%s", out)
	}
}

func TestMarkdownEscapesPastedText(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, sample()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"| 1 | a.txt | Dam \\| breach | 2031-03-01 |", "## Updates (1)", "&lt;b&gt;dead&lt;/b&gt;", "**Water Board of Orlan** (org): WBO", "## Notes"} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<b>") {
		t.Errorf("Markdown passes raw HTML through:\n%s", out)
	}
}
