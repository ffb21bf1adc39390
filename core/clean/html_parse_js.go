//go:build js

package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// parseHTML parses raw whole: in the wasm build skimRawText's code would
// cost about 3.8 KB of the gzipped download, which the size budget has
// no room for.
func parseHTML(raw string) *html.Node {
	return buildTree(strings.NewReader(raw))
}
