package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLDebugPage prints the best containers of one page: CLEAN_DEBUG=FILE.
func TestHTMLDebugPage(t *testing.T) {
	f := os.Getenv("CLEAN_DEBUG")
	if f == "" {
		t.Skip("set CLEAN_DEBUG=page.html")
	}
	m, _ := filepath.Glob(f)
	raw, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	root, _ := html.Parse(strings.NewReader(string(raw)))
	blocks := collectHTMLBlocks(root)
	s := newHScorer(blocks)
	s.score(blocks)
	type c struct {
		n *html.Node
		f float64
	}
	var cs []c
	for n, st := range s.stats {
		if st.cand {
			cs = append(cs, c{n, s.final(n)})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].f > cs[j].f })
	for _, x := range cs[:min(10, len(cs))] {
		fmt.Printf("%.1f raw %.1f ld %.2f text %d %s\n", x.f, s.stats[x.n].score, s.linkDensity(x.n), s.stats[x.n].text, htmlNodePath(x.n))
	}
	for _, n := range s.top(findBody(root)) {
		fmt.Println("CHOSEN", htmlNodePath(n))
	}
}

func htmlNodePath(n *html.Node) string {
	var parts []string
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		p := n.Data
		if id := hAttr(n, "id"); id != "" {
			p += "#" + id
		}
		if c := hAttr(n, "class"); c != "" {
			p += "." + strings.ReplaceAll(c, " ", ".")
		}
		parts = append([]string{p}, parts...)
	}
	if len(parts) > 5 {
		parts = parts[len(parts)-5:]
	}
	return strings.Join(parts, " > ")
}
