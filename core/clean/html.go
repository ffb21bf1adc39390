package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// HTML cleans an HTML page: it parses the markup, splits the visible text
// into blocks (paragraphs, headings, list items, cells), finds the element
// that holds the article by scoring containers on the text below them, and
// judges every block inside it. Doc.Lines has one entry per block, numbered
// from 1 in page order; blocks outside the article are boilerplate with a
// reason. See doc.go for the algorithm.
func HTML(raw string, opts Options) Doc {
	var d Doc
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		d.Notes = append(d.Notes, "replaced invalid UTF-8")
	}
	root, err := html.Parse(strings.NewReader(raw))
	if err != nil {
		return Text(raw, opts)
	}
	blocks := collectHTMLBlocks(root)
	for i := range blocks {
		if !norm.NFC.IsNormalString(blocks[i].text) {
			blocks[i].text = norm.NFC.String(blocks[i].text)
		}
	}
	s := newHScorer(blocks)
	s.score(blocks)
	pm := readHTMLMeta(root)
	verdicts := classifyHTML(blocks, s.top(findBody(root)), s, []string{pm.ogTitle, siteSuffix(pm.title), pm.title}, opts.Favor)
	d.Lines = make([]Line, len(blocks))
	var b strings.Builder
	b.Grow(len(raw) / 8)
	for i := range blocks {
		v := verdicts[i]
		d.Lines[i] = Line{N: i + 1, Text: blocks[i].text, Role: v.role, Reason: v.reason}
		if v.role != RoleBody && v.role != RoleHeading {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(blocks[i].text)
		d.Paras = append(d.Paras, Para{Start: start, End: b.Len(), Line: i + 1, Role: v.role})
	}
	d.Text = b.String()
	d.Meta = htmlMeta(pm, d.Lines)
	return d
}

// findBody returns the <body> element, or root when there is none.
func findBody(root *html.Node) *html.Node {
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Body {
					return c
				}
			}
		}
	}
	return root
}

// htmlMeta settles the metadata: the headline block wins over og:title,
// which wins over <title> (less its " | Site" tail); fields are linked to
// the block that shows them when there is one.
func htmlMeta(m htmlPageMeta, lines []Line) Meta {
	var out Meta
	for _, l := range lines {
		if l.Role == RoleTitle && (out.Title.Value == "" || l.Reason == hReasonTitle) {
			out.Title = Field{Value: l.Text, Line: l.N}
		}
		if l.Role == RoleMeta && l.Reason == hReasonByline && out.Byline.Value == "" {
			out.Byline = Field{Value: l.Text, Line: l.N}
		}
	}
	if out.Title.Value == "" {
		t := m.ogTitle
		if t == "" {
			t = siteSuffix(m.title)
		}
		out.Title = Field{Value: t, Line: htmlLineOf(lines, t)}
	}
	if m.byline != "" {
		out.Byline = Field{Value: m.byline, Line: htmlLineOf(lines, m.byline)}
	}
	if m.date != "" {
		out.Date = Field{Value: m.date}
	}
	if m.source != "" {
		out.Source = Field{Value: m.source}
	}
	return out
}

// lineOf returns the number of the first line whose text contains v, or 0.
func htmlLineOf(lines []Line, v string) int {
	if v == "" {
		return 0
	}
	for _, l := range lines {
		if len(l.Text) < 4*len(v)+40 && strings.Contains(l.Text, v) {
			return l.N
		}
	}
	return 0
}
