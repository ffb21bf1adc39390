package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// HTML cleans an HTML page. First version: the text of every block, one per line.
func HTML(raw string, opts Options) Doc {
	root, err := html.Parse(strings.NewReader(raw))
	if err != nil {
		return Text(raw, opts)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section":
				b.WriteByte('\n')
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return Text(b.String(), opts)
}
