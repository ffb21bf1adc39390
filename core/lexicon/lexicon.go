// Package lexicon holds crosscheck's word lists as data, embedded in the
// binary: one file per list, one entry per line, "#" starting a comment.
// Lists are general news vocabulary (verbs of control, conflict, casualty
// and speech; bound words; demonyms and countries), never about one event.
//
// A .txt list holds one word or phrase per line; a .tsv list holds
// tab-separated fields, the first being the key.
package lexicon

import (
	"bytes"
	"strings"
	"sync"
)

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
	text, ok := list(name)
	if !ok {
		panic("lexicon: no list " + name)
	}
	rows := parse(text)
	cache[name] = rows
	return rows
}

// parse returns the rows of list text.
func parse(text string) [][]string {
	var rows [][]string
	for _, l := range strings.Split(text, "\n") {
		if l = content(l); l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, f)
	}
	return rows
}

// content returns line l without its comment and surrounding space.
func content(l string) string {
	if i := strings.Index(l, "#"); i >= 0 && (i == 0 || l[i-1] == ' ' || l[i-1] == '\t') {
		l = l[:i]
	}
	return strings.TrimSpace(l)
}

// Strip returns list b with its comments and blank lines taken out: the
// rows Rows reads from it are the same. The wasm build embeds the lists
// so stripped (see embed_lean.go), which the page downloads 7 KB
// smaller; the comments stay in the sources, where readers need them.
func Strip(b []byte) []byte {
	var out bytes.Buffer
	for _, l := range strings.Split(string(b), "\n") {
		if l = content(l); l != "" {
			out.WriteString(l)
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// Pack joins lists into one text, each opened by a NUL byte and its name
// on a line of its own. The wasm build embeds the stripped lists so packed
// (see embed_lean.go): one string needs none of embed.FS's and io/fs's
// code, about 16 KB of the page's download before compression.
func Pack(names []string, lists [][]byte) []byte {
	var out bytes.Buffer
	for i, name := range names {
		out.WriteByte(0)
		out.WriteString(name)
		out.WriteByte('\n')
		out.Write(lists[i])
	}
	return out.Bytes()
}

// unpack returns list name from text that Pack wrote, false when it holds
// none.
func unpack(packed, name string) (string, bool) {
	i := strings.Index(packed, "\x00"+name+"\n")
	if i < 0 {
		return "", false
	}
	rest := packed[i+len(name)+2:]
	if j := strings.IndexByte(rest, 0); j >= 0 {
		rest = rest[:j]
	}
	return rest, true
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
