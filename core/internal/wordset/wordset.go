// Package wordset builds the small word sets the scanners test words
// against, from one space-separated string.
//
// Why: a map literal compiles to code, an insertion per word, which in
// the wasm download costs more than the words themselves; a string is
// data, and compresses. The eighteen sets written this way took about
// 4 KB off the gzip download.
package wordset

import (
	"strconv"
	"strings"
)

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

// Ints returns the map of the space-separated word:number pairs in pairs:
// Ints("near:2 in:1") maps "near" to 2 and "in" to 1. A pair without a
// colon, or with a number that does not parse, panics: the strings are
// the program's own.
func Ints(pairs string) map[string]int {
	fs := strings.Fields(pairs)
	m := make(map[string]int, len(fs))
	for _, f := range fs {
		w, n, ok := strings.Cut(f, ":")
		v, err := strconv.Atoi(n)
		if !ok || err != nil {
			panic("wordset: bad pair " + f)
		}
		m[w] = v
	}
	return m
}
