//go:build leanlex

package lexicon

import _ "embed" // for go:embed into a string

// packed are the lists without their comments, packed into one text (see
// Pack), as `make wasm` writes them with scripts/leanlex before it builds
// with -tags leanlex.
//
//go:embed lean/lists.pack
var packed string

// list returns the text of list name, false when there is none.
func list(name string) (string, bool) { return unpack(packed, name) }
