package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/crosscheck/crosscheck/core/internal/unorm"
)

// HTML cleans an HTML page. Doc.Lines has one entry per block of the page
// (paragraph, heading, list item, cell, or loose text in a div), numbered
// from 1 in page order, each with a role and, for removals, a reason.
//
// The steps:
//
//  1. Read into a tree with golang.org/x/net/html's tokenizer
//     (html_tree.go) and walk the body into blocks (html_blocks.go). Invisible content (script, style, template, svg,
//     iframe, form controls, hidden / aria-hidden / display:none elements
//     that hold no article) is skipped; nav, aside, footer, a page header
//     and forms give their blocks a structural removal reason. Inline tags
//     are joined without inventing spaces; white space is folded; NFC.
//  2. Score containers as Mozilla's Readability does (html_score.go): every
//     paragraph of 25+ bytes gives 1 + commas + length/100 points to its
//     parent and fading shares to four more ancestors, each seeded with a
//     tag prior and ±25 for its class and id (html_class.go); the score is
//     discounted by link density. Paragraphs in unlikely regions (comments,
//     sidebars) are not counted. The best candidate climbs to an ancestor
//     when several near-best candidates share it, and takes in siblings
//     that score a fifth of it or are plain low-link paragraphs.
//  3. Judge each block (html_classify.go): outside the container it is
//     boilerplate (or metadata if it reads as a byline or timestamp);
//     inside, furniture class names between it and the container, captions,
//     bylines, timestamps, link-heavy text, the shared furniture phrases
//     (boiler_phrases.txt) and trailing headings remove it.
//  4. Metadata (html_meta.go) from <title>, og: and article: meta tags,
//     JSON-LD and <time datetime>; the h1 wins as the headline.
func HTML(raw string, opts Options) Doc {
	var d Doc
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		d.Notes = append(d.Notes, "replaced invalid UTF-8")
	}
	root := parseHTML(raw)
	return htmlDoc(d, raw, root, opts)
}

// htmlDoc is HTML after parsing: root is the parsed raw, d holds the
// notes so far.
func htmlDoc(d Doc, raw string, root *html.Node, opts Options) Doc {
	blocks := collectHTMLBlocks(root)
	for i := range blocks {
		blocks[i].text = unorm.NFC(blocks[i].text)
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
		d.Paras = appendPara(d.Paras, blocks[i].text, start, b.Len(), i+1, v.role)
	}
	d.Text = b.String()
	d.Meta = htmlMeta(pm, d.Lines)
	htmlDateline(&d)
	return d
}

// htmlDateline takes the dateline opening the first body paragraph into
// the metadata, as the plain-text reader does.
func htmlDateline(d *Doc) {
	for _, p := range d.Paras {
		if p.Role != RoleBody {
			continue
		}
		if p.Lead > 0 {
			d.Meta.takeDateline(d.Text[p.Start:p.End], p.Line)
		}
		return
	}
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
		out.Time = m.clock
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
