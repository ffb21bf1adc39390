//go:build !leanlex

package lexicon

import "embed"

// files are the lists as written, comments included.
//
//go:embed *.txt *.tsv
var files embed.FS

// list returns the text of list name, false when there is none.
func list(name string) (string, bool) {
	b, err := files.ReadFile(name)
	return string(b), err == nil
}
