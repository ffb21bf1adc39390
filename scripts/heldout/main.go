// Command heldout scores crosscheck on sets of articles written with a key
// of what a careful reader finds, where TestGenres asserts its own sets:
// sets written after the code they measure, and read first with that code,
// are the project's nearest thing to a held-out figure, so their score is
// printed, not asserted.
//
// Each set is a directory of articles (*.txt, *.html) and a key.json:
//
//	{"about": "...",
//	 "relations": [{"kind": "updates", "a": "killing at least 12", "b": "rose to 31"}],
//	 "aliases": [["National Disaster Agency", "NDA"]],
//	 "unlinked": [["12 killed in Orvek", "12 killed in Tessen"]]}
//
// A relation is found when the report relates, with that kind, a claim
// whose text holds a to one whose text holds b, or, for updates and
// corroborations, joins them by a chain of such links; an alias when both
// spellings are mentions of one entity; an unlinked pair is broken when
// any relation joins them.
//
//	go run ./scripts/heldout [-v] eval/heldout
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/core"
)

// Key is what a careful reader finds in one set.
type Key struct {
	About     string      `json:"about"`
	Relations []Rel       `json:"relations"`
	Aliases   [][2]string `json:"aliases"`
	Unlinked  [][2]string `json:"unlinked"`
}

// Rel is one relation of a key: words of each claim's sentence.
type Rel struct {
	Kind string `json:"kind"`
	A    string `json:"a"`
	B    string `json:"b"`
	Why  string `json:"why"`
}

// Score counts what the report got of one key.
type Score struct {
	Set                 string
	Rels, RelsFound     int
	Chained             int // of RelsFound, found through a chain of links (see chained)
	OtherKind           int // key pairs related, but with another kind
	Aliases, AliasFound int
	Unlinked, Broken    int
	Relations           int // relations in the report, all told
	Missed              []string
}

func main() {
	verbose := flag.Bool("v", false, "list what each set missed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: heldout [-v] DIR")
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "heldout:", err)
		os.Exit(1)
	}
}

// run scores every set under root and prints a line a set and the totals.
func run(w io.Writer, root string, verbose bool) error {
	keys, _ := filepath.Glob(filepath.Join(root, "*", "key.json"))
	if len(keys) == 0 {
		return fmt.Errorf("no */key.json under %s", root)
	}
	sort.Strings(keys)
	var total Score
	for _, k := range keys {
		s, err := scoreSet(filepath.Dir(k))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-14s relations %2d/%-2d (%d by a chain, %d of another kind)  aliases %d/%d  unlinked broken %d/%d  (%d relations in all)\n",
			s.Set, s.RelsFound, s.Rels, s.Chained, s.OtherKind, s.AliasFound, s.Aliases, s.Broken, s.Unlinked, s.Relations)
		if verbose {
			for _, m := range s.Missed {
				fmt.Fprintln(w, "    "+m)
			}
		}
		total.add(s)
	}
	fmt.Fprintf(w, "%-14s relations %d/%d (%d by a chain, %d of another kind)  aliases %d/%d  unlinked broken %d/%d  (%d relations in all)\n",
		fmt.Sprintf("all %d sets", len(keys)), total.RelsFound, total.Rels, total.Chained, total.OtherKind, total.AliasFound, total.Aliases, total.Broken, total.Unlinked, total.Relations)
	return nil
}

func (t *Score) add(s Score) {
	t.Rels += s.Rels
	t.RelsFound += s.RelsFound
	t.Chained += s.Chained
	t.OtherKind += s.OtherKind
	t.Aliases += s.Aliases
	t.AliasFound += s.AliasFound
	t.Unlinked += s.Unlinked
	t.Broken += s.Broken
	t.Relations += s.Relations
}

// scoreSet analyses the articles of dir and checks them against its key.
func scoreSet(dir string) (Score, error) {
	s := Score{Set: filepath.Base(dir)}
	b, err := os.ReadFile(filepath.Join(dir, "key.json"))
	if err != nil {
		return s, err
	}
	var key Key
	if err := json.Unmarshal(b, &key); err != nil {
		return s, fmt.Errorf("%s: %w", dir, err)
	}
	arts, err := articles(dir)
	if err != nil {
		return s, err
	}
	if err := keyInText(key, arts); err != nil {
		return s, fmt.Errorf("%s: %w", dir, err)
	}
	rep, err := core.Analyze(arts, core.Options{})
	if err != nil {
		return s, fmt.Errorf("%s: %w", dir, err)
	}
	return check(s, key, rep), nil
}

// articles reads a set's articles in name order.
func articles(dir string) ([]core.Article, error) {
	var files []string
	for _, pat := range []string{"*.txt", "*.html"} {
		f, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, f...)
	}
	sort.Strings(files)
	var arts []core.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		arts = append(arts, core.Article{Name: filepath.Base(f), Text: string(b)})
	}
	return arts, nil
}

// keyInText reports a key string that no article holds: a typo in the
// key would otherwise count as a miss of the tool's.
func keyInText(key Key, arts []core.Article) error {
	var words []string
	for _, r := range key.Relations {
		words = append(words, r.A, r.B)
	}
	for _, p := range append(key.Aliases, key.Unlinked...) {
		words = append(words, p[0], p[1])
	}
	for _, w := range words {
		found := false
		for _, a := range arts {
			found = found || strings.Contains(a.Text, w)
		}
		if !found {
			return fmt.Errorf("key: %q is in no article", w)
		}
	}
	return nil
}

// check scores a report against a key.
func check(s Score, key Key, rep core.Report) Score {
	text := map[string]string{}
	for _, ar := range rep.Articles {
		for _, c := range ar.Claims {
			text[c.ID] = c.Text
		}
	}
	joins := func(a, b string) []string {
		var kinds []string
		for _, r := range rep.Relations {
			ta, tb := text[r.Claims[0]], text[r.Claims[1]]
			if strings.Contains(ta, a) && strings.Contains(tb, b) || strings.Contains(ta, b) && strings.Contains(tb, a) {
				kinds = append(kinds, string(r.Kind))
			}
		}
		return kinds
	}
	s.Relations = len(rep.Relations)
	for _, r := range key.Relations {
		s.Rels++
		kinds := joins(r.A, r.B)
		switch {
		case contains(kinds, r.Kind):
			s.RelsFound++
		case r.Kind != "contradicts" && chained(rep, text, r):
			s.RelsFound++
			s.Chained++
		case len(kinds) > 0:
			s.OtherKind++
			s.Missed = append(s.Missed, fmt.Sprintf("%s found as %s: %q | %q", r.Kind, strings.Join(kinds, ","), r.A, r.B))
		default:
			s.Missed = append(s.Missed, fmt.Sprintf("%s missed: %q | %q", r.Kind, r.A, r.B))
		}
	}
	for _, al := range key.Aliases {
		s.Aliases++
		if a, b := entityOf(rep, al[0]), entityOf(rep, al[1]); a != "" && a == b {
			s.AliasFound++
		} else {
			s.Missed = append(s.Missed, fmt.Sprintf("alias missed: %q | %q", al[0], al[1]))
		}
	}
	for _, u := range key.Unlinked {
		s.Unlinked++
		if kinds := joins(u[0], u[1]); len(kinds) > 0 {
			s.Broken++
			s.Missed = append(s.Missed, fmt.Sprintf("linked (%s), want none: %q | %q", strings.Join(kinds, ","), u[0], u[1]))
		}
	}
	return s
}

// chained reports whether relations of r's kind join a claim holding
// r.A to one holding r.B through other claims: the report links each
// step of a toll that rose 9 → 17 → 20, not 9 to 20 as well, and a
// figure three articles agree on by two links, not three. Contradictions
// do not chain.
func chained(rep core.Report, text map[string]string, r Rel) bool {
	next := map[string][]string{}
	for _, x := range rep.Relations {
		if string(x.Kind) == r.Kind {
			next[x.Claims[0]] = append(next[x.Claims[0]], x.Claims[1])
			next[x.Claims[1]] = append(next[x.Claims[1]], x.Claims[0])
		}
	}
	var queue []string
	seen := map[string]bool{}
	for id, t := range text {
		if strings.Contains(t, r.A) && next[id] != nil {
			queue = append(queue, id)
			seen[id] = true
		}
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if strings.Contains(text[id], r.B) {
			return true
		}
		for _, n := range next[id] {
			if !seen[n] {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// entityOf returns the ID of the entity with a mention spelled form, or,
// when none is, with the longest mention that ends form after a space:
// the report keeps "Colonel Ibra Sanko" as the person Ibra Sanko with a
// role, and a key writes the name as the text does.
func entityOf(rep core.Report, form string) string {
	id, best := "", 0
	for _, e := range rep.Entities {
		for _, m := range e.Mentions {
			switch {
			case m.Text == form:
				return e.ID
			case len(m.Text) > best && strings.HasSuffix(form, " "+m.Text):
				id, best = e.ID, len(m.Text)
			}
		}
	}
	return id
}
