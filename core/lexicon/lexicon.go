// Package lexicon holds crosscheck's word lists as data, embedded in the
// binary: one file per list, one entry per line, "#" starting a comment.
// Lists are general news vocabulary (verbs of control, conflict, casualty
// and speech; bound words; demonyms and countries), never about one event.
//
// A .txt list holds one word or phrase per line; a .tsv list holds
// tab-separated fields, the first being the key.
package lexicon

import (
	"embed"
	"strings"
	"sync"
)

//go:embed *.txt *.tsv
var files embed.FS

var (
	mu    sync.Mutex
	cache = map[string][][]string{}
)

// Rows returns the rows of list name (a file name such as "stopwords_en.txt"):
// blank lines and comments skipped, fields split on tabs and trimmed. It
// panics when the list does not exist, since lists are compiled in and a
// missing one is a programming error caught by any test.
func Rows(name string) [][]string {
	mu.Lock()
	defer mu.Unlock()
	if r, ok := cache[name]; ok {
		return r
	}
	b, err := files.ReadFile(name)
	if err != nil {
		panic("lexicon: no list " + name)
	}
	var rows [][]string
	for _, l := range strings.Split(string(b), "\n") {
		if i := strings.Index(l, "#"); i >= 0 && (i == 0 || l[i-1] == ' ' || l[i-1] == '\t') {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, f)
	}
	cache[name] = rows
	return rows
}

// Set returns the first field of every row of list name as a set.
func Set(name string) map[string]bool {
	rows := Rows(name)
	s := make(map[string]bool, len(rows))
	for _, r := range rows {
		s[r[0]] = true
	}
	return s
}

// Map returns list name as a map from the first field to the second (the
// empty string when a row has one field).
func Map(name string) map[string]string {
	rows := Rows(name)
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		v := ""
		if len(r) > 1 {
			v = r[1]
		}
		m[r[0]] = v
	}
	return m
}
