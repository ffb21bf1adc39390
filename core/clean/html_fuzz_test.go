package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlScriptMarker is appended inside a <script> to every fuzz input.
const htmlScriptMarker = "QZXSCRIPTMARKERXZQ"

// FuzzHTML checks that HTML never panics, that its Doc is well formed
// (lines numbered 1..n, paragraphs in bounds and equal to their lines), and
// that text inside a real <script> element never reaches Doc.Text.
func FuzzHTML(f *testing.F) {
	for _, p := range htmlFixtures(f) {
		f.Add(p)
	}
	for _, s := range []string{
		"", "<p>", "<p>a<b>b</p>c</b>", "<table><td>x<tr>y", "<div hidden><p>z</p></div>",
		"<article><p>one, two, three, four, five, six, seven.</p></article>",
		"<form><p>a</p><p>b</p><p>c</p></form>", "<br><br><br>", "\xff\xfe<p>\x00</p>",
		"<div class=\"comment\"><div class=\"entry-content\"><p>text text text text text text</p></div></div>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		page := s + "<script>" + htmlScriptMarker + "</script>"
		d := HTML(page, Options{})
		checkHTMLDoc(t, d)
		if strings.Contains(d.Text, htmlScriptMarker) && htmlMarkerInScript(page) && !strings.Contains(s, htmlScriptMarker) {
			t.Fatalf("script text in Doc.Text: %q", d.Text)
		}
	})
}

// markerInScript reports whether the parsed page holds the marker inside a
// script element (fuzz input may turn the script into plain text, e.g.
// after an unclosed <plaintext>).
func htmlMarkerInScript(page string) bool {
	root := buildTree(strings.NewReader(strings.ToValidUTF8(page, "\uFFFD")))
	var found bool
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && strings.Contains(nodeText(n), htmlScriptMarker) {
			found = true
		}
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return found
}

// htmlFixtures returns the pages in testdata/html, the corpus every HTML
// fuzz target starts from and the skimming tests read.
func htmlFixtures(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	var pages []string
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, string(raw))
	}
	return pages
}
