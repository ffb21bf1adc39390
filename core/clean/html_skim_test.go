package clean

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestSkimRawText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"script cut to its last character", "<p>a<script>var x = 1;\n</script>b", "<p>a<script>;\n</script>b"},
		{"style cut", "<style>p { color: red }</style><p>x", "<style>}</style><p>x"},
		{"upper case", "<SCRIPT type=x>f();</SCRIPT >", "<SCRIPT type=x>;</SCRIPT >"},
		{"end tag needs a delimiter", "<script>a</scripts>b;</script>", "<script>;</script>"},
		{"one character kept whole", "<script>;</script>", "<script>;</script>"},
		{"white space only", "<script>  \n </script>", "<script>  \n </script>"},
		{"json-ld kept", `<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
		{"entity in the tag kept", `<script type="application/ld&#43;json">{"a":1}</script>`, `<script type="application/ld&#43;json">{"a":1}</script>`},
		{"other json cut", `<script type="application/json">{"a":1}</script>`, `<script type="application/json">}</script>`},
		{"json-ld in folded letters kept", `<script type="application/LD+JſON">{"a":1}</script>`, `<script type="application/LD+JſON">{"a":1}</script>`},
		{"escaped script data gives up", "<script>a<!--b</script>c;</script><script>d;</script>", "<script>a<!--b</script>c;</script><script>d;</script>"},
		{"after a comment", "<!-- <script> -->x<script>ab</script>", "<!-- <script> -->x<script>b</script>"},
		{"inside a comment", "<!-- <script>ab</script> -->", "<!-- <script>ab</script> -->"},
		{"comment ended by --!>", "<!-- <script> --!><script>ab</script>", "<!-- <script> --!><script>b</script>"},
		{"comment not ended by --!->", "<!-- --!-> <script>ab</script> -->", "<!-- --!-> <script>ab</script> -->"},
		{"comment ended by --->", "<!-- a ---><script>ab</script>", "<!-- a ---><script>b</script>"},
		{"unended comment", "<!-- a -> <script>ab</script>", "<!-- a -> <script>ab</script>"},
		{"abrupt comment", "<!--><script>ab</script>", "<!--><script>b</script>"},
		{"quoted > in an attribute", `<a title="x><script>ab</script>">y</a><script>cd</script>`, `<a title="x><script>ab</script>">y</a><script>d</script>`},
		{"inside a title", "<title><script>ab</script></title><script>cd</script>", "<title><script>ab</script></title><script>d</script>"},
		{"inside a textarea", "<textarea></textarea ><style>ab</style>", "<textarea></textarea ><style>b</style>"},
		{"inside svg", "<svg><style>ab</style></svg>", "<svg><style>ab</style></svg>"},
		{"after svg", "<svg><path d=x/></svg><script>ab</script>", "<svg><path d=x/></svg><script>b</script>"},
		{"svg not closed by math", "<svg></math><p><script>ab</script>", "<svg></math><p><script>ab</script>"},
		{"unicode fold is no svg", "<svg></ſvg><script>ab</script>", "<svg></ſvg><script>ab</script>"},
		{"integration point gives up", "<svg><foreignObject></svg><script>ab</script>", "<svg><foreignObject></svg><script>ab</script>"},
		{"frameset gives up", "<frameset><script>a b</script>", "<frameset><script>a b</script>"},
		{"plaintext gives up", "<plaintext><script>ab</script>", "<plaintext><script>ab</script>"},
		{"unclosed script", "<script>ab", "<script>ab"},
		{"cut tag", "<script>ab</script><a href='x", "<script>b</script><a href='x"},
		{"lone <", "a < b<script>ab</script>", "a < b<script>b</script>"},
		{"bogus comment", "<!x <script>><script>ab</script>", "<!x <script>><script>b</script>"},
		{"end tag with a quoted >", `</div a=">"><script>ab</script>`, `</div a=">"><script>b</script>`},
		{"non-ASCII last", "<script>a “b”\u00a0</script>", "<script>”\u00a0</script>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(skimRawText(tt.in), ""); got != tt.want {
				t.Errorf("skimRawText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkSkim(t, tt.in)
		})
	}
}

// TestSegmentReader reads parts through buffers of every size up to
// eight bytes.
func TestSegmentReader(t *testing.T) {
	segs := []string{"ab", "", "cdefghijk", "l"}
	for size := 1; size <= 8; size++ {
		r := &segmentReader{append([]string(nil), segs...)}
		var got []byte
		buf := make([]byte, size)
		for {
			n, err := r.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil || n == 0 {
				t.Fatalf("Read = %d, %v", n, err)
			}
		}
		if string(got) != strings.Join(segs, "") {
			t.Errorf("read %q through %d bytes, want %q", got, size, strings.Join(segs, ""))
		}
	}
}

// TestSkimRawTextPages checks skimRawText on the fixtures and the
// benchmark's pages: the same tree but for the cut texts, the same Doc.
func TestSkimRawTextPages(t *testing.T) {
	pages := htmlFixtures(t)
	for _, split := range []string{"dev", "test"} {
		for _, pg := range loadHTMLBench(t, split) {
			pages = append(pages, pg.html)
		}
	}
	in, out := 0, 0
	for _, p := range pages {
		p = strings.ToValidUTF8(p, "\uFFFD")
		checkSkim(t, p)
		in += len(p)
		out += len(strings.Join(skimRawText(p), ""))
	}
	t.Logf("%d pages, %d bytes skimmed to %d", len(pages), in, out)
}

// FuzzSkimRawText checks on any page that the parser reads the skimmed
// page as the page itself, but for the cut texts, and that HTML's Doc is
// the same.
func FuzzSkimRawText(f *testing.F) {
	for _, p := range htmlFixtures(f) {
		f.Add(p)
	}
	for _, s := range []string{
		"<script type=application/ld+json>{}</script><script type=application/ld+jſon>{}</script>",
		"<script>a</script>", "<svg><script>a</script></svg><script>b</script>",
		"<math><mi><script>a</script></mi></math>", "<script>a<!--<script></script>-->b</script>",
		"<p>x.<script>y;</script></p>", "<table><script>a b</script><tr>", "<select><script>a</script>",
		"<!DOCTYPE html><html><head><style>a{}</style></head><body><p>x</p></body></html>",
		"<a b='<script>'>c</a><script>d e</script>", "<noscript><script>a</script></noscript><script>b c</script>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSkim(t, strings.ToValidUTF8(s, "\uFFFD"))
	})
}

// checkSkim checks that page and skimRawText(page) parse to the same tree
// but for the text of scripts and style sheets, which keeps its last
// character that is not white space and all after it, and that htmlDoc
// makes the same Doc of both. page must be valid UTF-8.
func checkSkim(t *testing.T, page string) {
	t.Helper()
	segs := skimRawText(page)
	skimmed := strings.Join(segs, "")
	a, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	b, err := html.Parse(&segmentReader{segs})
	if err != nil {
		t.Fatal(err)
	}
	if err := sameSkimTree(a, b); err != nil {
		t.Fatalf("skimRawText(%q) = %q: %v", page, skimmed, err)
	}
	if da, db := htmlDoc(Doc{}, page, a, Options{}), htmlDoc(Doc{}, page, b, Options{}); !reflect.DeepEqual(da, db) {
		t.Fatalf("skimRawText(%q) = %q: Doc %+v, want %+v", page, skimmed, db, da)
	}
}

// sameSkimTree reports how b, the tree of a skimmed page, differs from a,
// the page's tree, beyond the cut texts.
func sameSkimTree(a, b *html.Node) error {
	if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace || !reflect.DeepEqual(a.Attr, b.Attr) {
		return fmt.Errorf("node %q (%d), want %q (%d)", b.Data, b.Type, a.Data, a.Type)
	}
	if a.Data != b.Data {
		p := a.Parent
		cut := a.Type == html.TextNode && p != nil && p.Namespace == "" && (p.DataAtom == atom.Script || p.DataAtom == atom.Style)
		ta, tb := strings.TrimRightFunc(a.Data, unicode.IsSpace), strings.TrimRightFunc(b.Data, unicode.IsSpace)
		if !cut || !strings.HasSuffix(a.Data, b.Data) || tb == "" || strings.TrimLeftFunc(tb, unicode.IsSpace) != tb ||
			!strings.HasSuffix(ta, tb) || len([]rune(tb)) != 1 {
			return fmt.Errorf("text %q, want %q", b.Data, a.Data)
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if err := sameSkimTree(ca, cb); err != nil {
			return err
		}
	}
	if ca != nil || cb != nil {
		return fmt.Errorf("children of %q differ in number", a.Data)
	}
	return nil
}
