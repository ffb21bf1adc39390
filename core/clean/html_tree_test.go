package clean

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBuildTreeBlocks: on the markup that the tree-building rules are
// for, buildTree gives the walker the same blocks (text, tag, what they
// sit inside) as x/net/html's full HTML5 parser. (Known to differ: a page
// with no doctype, which browsers read in quirks mode, where a table does
// not close a paragraph.)
func TestBuildTreeBlocks(t *testing.T) {
	tests := []struct{ name, page string }{
		{"unclosed paragraphs", "<p>One<p>Two<p>Three"},
		{"paragraph closed by a block", "<p>Lead text<div>Box</div>after"},
		{"list items without end tags", "<ul><li>a<li>b<li>c</ul><p>next"},
		{"nested lists", "<ul><li>a<ul><li>a1<li>a2</ul><li>b</ul>"},
		{"definition list", "<dl><dt>Term<dd>Meaning<dt>Other<dd>More</dl>"},
		{"table without end tags", "<table><tr><td>1<td>2<tr><td>3<td>4</table><p>after"},
		{"nested table", "<table><tr><td><table><tr><td>in</table>out</td></tr></table>"},
		{"stray end tags", "<div>a</span>b</p>c</div></li>d"},
		{"inline end tag stops at a block (misnested)", "<b><div>x</b>y</div>z"},
		{"block end tag stops at a cell", "<div><table><tr><td>a</div>b</td></tr></table>c</div>"},
		{"head content and body", "<html><head><title>T</title><meta name=x content=y><style>p{}</style></head><body class=c><p>text</p></body></html>"},
		{"body opened by text", "<title>T</title>Hello <b>world</b>"},
		{"meta after the head", "<head><title>T</title></head><meta name=a content=b><p>x"},
		{"void elements", "<p>a<br>b<img src=x>c<hr>d<input>e"},
		{"end br", "<p>a</br>b"},
		{"svg self-closing", "<p>a<svg><path/><title>t</title></svg>b</p><p>c"},
		{"div self-closing is open", "<div/>inside<p>p</p>"},
		{"script and style", "<p>a<script>var x = '<p>no</p>';</script>b<style>.c{}</style>c"},
		{"headings", "<h2>Head<h3>Sub</h3><p>Text"},
		{"nested links", "<p><a href=1>one<a href=2>two</a></p>"},
		{"options", "<select><option>a<option>b</select><p>x"},
		{"entities", "<p>Fish &amp; chips &lt;3 caf&eacute;</p>"},
		{"hidden attributes", "<div hidden><p>gone</p></div><p aria-hidden=true>also</p><p>kept</p>"},
		{"misnested formatting", "<p><b>a<p>b</b>c<i><b>x</i>y</b>z"},
		{"text between a table's rows", "<table>stray<tr><td>x</td></tr></table>"},
		{"a table closes a paragraph (standards mode)", "<!DOCTYPE html><p>x<table><tr><td>y</table>z"},
		{"a link around blocks", "<a href=1><div>card</div><p>text</p></a>"},
		{"list item around a div", "<li>a<div>b<li>c"},
		{"caption", "<table><caption>cap<tr><td>1</table>"},
		{"template in the head", "<template><p>tpl</p></template><p>x"},
		{"noscript and textarea", "<noscript><p>ns</p></noscript><textarea><p>t</textarea><p>after"},
		{"content after the body", "<body><p>a</body><p>after body</html><p>late"},
		{"button", "<button>b<p>in</button>out"},
		{"article and nav", "<nav><a href=/>Home</a></nav><article><h1>T</h1><p>Body, text.</p></article><footer>F</footer>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			want := blockList(collectHTMLBlocks(ref))
			got := blockList(collectHTMLBlocks(buildTree(strings.NewReader(tt.page))))
			if got != want {
				t.Errorf("buildTree(%q) blocks:\n%s\nhtml.Parse:\n%s", tt.page, got, want)
			}
			if got, want := outline(buildTree(strings.NewReader(tt.page))), outline(ref); got != want && !strings.Contains(tt.name, "misnested") {
				t.Errorf("buildTree(%q) tree:\n%s\nhtml.Parse:\n%s", tt.page, got, want)
			}
		})
	}
}

// outline prints the elements of the tree under n, nested, without the
// tbody that HTML5 adds to every table: the parents the scorer credits.
func outline(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.Data == "tbody":
				visit(c, depth)
			case c.Type == html.ElementNode:
				fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", depth), c.Data)
				visit(c, depth+1)
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				fmt.Fprintf(&b, "%s%q\n", strings.Repeat(" ", depth), c.Data)
			}
		}
	}
	visit(n, 0)
	return b.String()
}

// blockList prints blocks one a line with what the walker recorded.
func blockList(bs []hBlock) string {
	var b strings.Builder
	for _, x := range bs {
		fmt.Fprintf(&b, "%q %s link %d drop %q flags %b\n", x.text, x.tag, x.linkLen, x.drop, x.flags)
	}
	return b.String()
}

// TestBuildTreeDepth: nesting past maxTreeDepth keeps the text and
// builds no deeper tree.
func TestBuildTreeDepth(t *testing.T) {
	page := strings.Repeat("<div>", 5000) + "deep text" + strings.Repeat("</div>", 5000) + "<p>after</p>"
	root := buildTree(strings.NewReader(page))
	if d := treeDepth(root); d > maxTreeDepth+2 {
		t.Errorf("tree depth %d, want at most %d", d, maxTreeDepth+2)
	}
	got := blockList(collectHTMLBlocks(root))
	if !strings.Contains(got, `"deep text"`) || !strings.Contains(got, `"after"`) {
		t.Errorf("blocks lost text:\n%s", got)
	}
}

func treeDepth(n *html.Node) int {
	d := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d = max(d, treeDepth(c))
	}
	return d + 1
}
