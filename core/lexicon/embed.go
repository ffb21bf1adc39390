//go:build !leanlex

package lexicon

import "embed"

// files are the lists as written, comments included.
//
//go:embed *.txt *.tsv
var files embed.FS

// dir is the lists' directory in files.
const dir = ""
