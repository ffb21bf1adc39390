//go:build leanlex

package lexicon

import "embed"

// files are the lists without their comments, as `make wasm` writes them
// into lean/ with scripts/leanlex before it builds with -tags leanlex.
//
//go:embed lean/*.txt lean/*.tsv
var files embed.FS

// dir is the lists' directory in files.
const dir = "lean/"
