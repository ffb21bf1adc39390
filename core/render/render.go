// Package render writes a core.Report for people: a terminal summary and a
// Markdown document. The CLI and the page's Markdown export share it, so the
// two never drift apart.
package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/compare"
)

// kindOrder is the order relations are shown in: conflicts first, since they
// are what a reader came to find.
var kindOrder = []compare.Kind{compare.Contradicts, compare.Updates, compare.Corroborates}

// kindTitle names each relation kind in words.
var kindTitle = map[compare.Kind]string{
	compare.Contradicts:  "Contradicts",
	compare.Updates:      "Updates",
	compare.Corroborates: "Corroborates",
}

// claimIndex maps claim IDs to their article and text.
type claimIndex map[string]claimRef

type claimRef struct {
	article int
	text    string
}

func indexClaims(rep core.Report) claimIndex {
	idx := claimIndex{}
	for i, a := range rep.Articles {
		for _, c := range a.Claims {
			idx[c.ID] = claimRef{i, c.Text}
		}
	}
	return idx
}

// label names article i for a reader: "Article 2 (name)".
func label(rep core.Report, i int) string {
	if i < 0 || i >= len(rep.Articles) {
		return "an unknown article"
	}
	return fmt.Sprintf("Article %d (%s)", i+1, rep.Articles[i].Name)
}

// counts returns how many lines of a were kept and removed.
func counts(a core.ArticleReport) (kept, removed int) {
	for _, l := range a.Lines {
		if l.Role.Kept() {
			kept++
		} else {
			removed++
		}
	}
	return kept, removed
}

// byKind returns the relations of kind k.
func byKind(rep core.Report, k compare.Kind) []compare.Relation {
	var out []compare.Relation
	for _, r := range rep.Relations {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}

// Text writes a readable terminal summary of rep.
func Text(w io.Writer, rep core.Report) error {
	p := &printer{w: w}
	idx := indexClaims(rep)
	for i, a := range rep.Articles {
		kept, removed := counts(a)
		p.f("%s\n", label(rep, i))
		p.f("  title:  %s\n", orDash(a.Title))
		p.f("  date:   %s\n", dateText(a))
		p.f("  source: %s\n", orDash(a.Source))
		p.f("  lines:  %d kept, %d removed; %d claims\n", kept, removed, len(a.Claims))
	}
	p.f("\nEntities with several names:\n")
	n := 0
	for _, e := range rep.Entities {
		if len(e.Aliases) > 0 {
			n++
			p.f("  %s (%s): %s\n", e.Name, e.Kind, strings.Join(e.Aliases, ", "))
		}
	}
	if n == 0 {
		p.f("  none\n")
	}
	for _, k := range kindOrder {
		rs := byKind(rep, k)
		p.f("\n%s: %d\n", kindTitle[k], len(rs))
		for _, r := range rs {
			p.f("  - %s%s\n", r.Explanation, lowMark(r))
			for _, id := range r.Claims {
				c := idx[id]
				p.f("      %s: %s\n", label(rep, c.article), c.text)
			}
		}
	}
	for _, pr := range rep.Problems {
		p.f("\nnote: %s", pr.String())
	}
	if len(rep.Problems) > 0 {
		p.f("\n")
	}
	return p.err
}

// Markdown writes rep as a Markdown document.
func Markdown(w io.Writer, rep core.Report) error {
	p := &printer{w: w}
	idx := indexClaims(rep)
	p.f("# crosscheck report\n\n## Articles\n\n| # | Name | Title | Date | Source | Claims |\n|---|---|---|---|---|---|\n")
	for i, a := range rep.Articles {
		p.f("| %d | %s | %s | %s | %s | %d |\n", i+1, md(a.Name), md(a.Title), md(dateText(a)), md(a.Source), len(a.Claims))
	}
	for _, k := range kindOrder {
		rs := byKind(rep, k)
		p.f("\n## %s (%d)\n\n", kindTitle[k], len(rs))
		for _, r := range rs {
			p.f("- %s%s\n", md(r.Explanation), lowMark(r))
			for _, id := range r.Claims {
				c := idx[id]
				p.f("  - *%s*: %s\n", md(label(rep, c.article)), md(c.text))
			}
		}
	}
	p.f("\n## Entities\n\n")
	for _, e := range rep.Entities {
		if len(e.Aliases) > 0 {
			p.f("- **%s** (%s): %s\n", md(e.Name), e.Kind, md(strings.Join(e.Aliases, ", ")))
		}
	}
	if len(rep.Problems) > 0 {
		p.f("\n## Notes\n\n")
		for _, pr := range rep.Problems {
			p.f("- %s\n", md(pr.String()))
		}
	}
	return p.err
}

// printer remembers the first write error so callers check once.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func dateText(a core.ArticleReport) string {
	if a.Date == "" {
		return "unknown"
	}
	if a.DateSource != "" && a.DateSource != "user" {
		return a.Date + " (" + a.DateSource + ")"
	}
	return a.Date
}

func lowMark(r compare.Relation) string {
	if r.Low {
		return " (low confidence)"
	}
	return ""
}

// mdEscaper escapes the characters that would turn pasted text into
// Markdown structure (tables, emphasis, links, HTML).
var mdEscaper = strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "`", "\\`", "\n", " ")

func md(s string) string { return mdEscaper.Replace(s) }
