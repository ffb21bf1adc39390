// Package wordset builds the small word sets the scanners test words
// against, from one space-separated string.
//
// Why: a map literal compiles to code, an insertion per word, which in
// the wasm download costs more than the words themselves; a string is
// data, and compresses. The eighteen sets written this way took about
// 4 KB off the gzip download.
package wordset

import "strings"

// Of returns the set of the space-separated words in words:
// Of("north south") has "north" and "south".
func Of(words string) map[string]bool {
	fs := strings.Fields(words)
	m := make(map[string]bool, len(fs))
	for _, w := range fs {
		m[w] = true
	}
	return m
}
