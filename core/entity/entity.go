// Package entity finds names in articles and merges the names that mean the
// same thing (acronyms, spellings, translations) into canonical entities.
// See doc.go for the algorithm.
package entity

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/sorts"
)

// Kind is what sort of thing an entity is.
type Kind string

const (
	Person  Kind = "person"
	Org     Kind = "org"     // organisations, agencies, NGOs, media
	Group   Kind = "group"   // armed groups, factions, militias, armies, peoples
	Place   Kind = "place"   // cities, regions, sites
	Country Kind = "country" // states, with their demonyms
	Other   Kind = "other"   // events, and names without evidence of their kind
)

// Mention is one occurrence of a name in one article's cleaned text.
type Mention struct {
	Article int    `json:"article"` // index of the article
	Start   int    `json:"start"`   // byte span in that article's cleaned text
	End     int    `json:"end"`
	Text    string `json:"text"`
	Entity  string `json:"entity"`         // the canonical entity's ID
	Role    string `json:"role,omitempty"` // the title before a person's name: "President"
}

// Entity is one real-world thing with every name the articles use for it.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"` // the canonical name, the fullest form seen
	Kind     Kind      `json:"kind"`
	Aliases  []string  `json:"aliases"`           // other surface forms, without Name
	Demonym  string    `json:"demonym,omitempty"` // for a country or people: "Syrian"
	Country  string    `json:"country,omitempty"` // for armed forces: the country's name
	Mentions []Mention `json:"mentions"`
}

// Link finds the mentions in each text (texts[i] is article i) and merges
// them into entities. mentions[i] lists article i's mentions in order, each
// with its Entity set. Entities are numbered e1, e2, ... in order of first
// mention.
func Link(texts []string) (entities []Entity, mentions [][]Mention) {
	return LinkLower(texts, nil)
}

// LinkLower is Link for a caller that already holds each text lower-cased
// as ascii.Lower gives it (lowers[i] for texts[i]; a missing one, or one
// of another length, is made here): core.Analyze makes that copy once for
// both entity and claim.
func LinkLower(texts, lowers []string) (entities []Entity, mentions [][]Mention) {
	cands := find(texts, lowers)
	k := newLinker(cands)
	k.link(cands)
	entities, mentions = k.entities(cands, len(texts))
	for _, cs := range cands {
		putCands(cs) // the output holds copies
	}
	return entities, mentions
}

// entities builds the output: one entity per merged set, mentions in text
// order, lone cue words that found no name dropped. Per-node tables are
// slices indexed by node, windows of one array, and each entity's mentions
// are counted before they are copied, so the output is made in a few exact
// allocations.
func (k *linker) entities(cands [][]cand, n int) ([]Entity, [][]Mention) {
	nn := len(k.nodes)
	ints := make([]int, 5*nn+1+n)
	cut := func(m int) []int {
		w := ints[:m:m]
		ints = ints[m:]
		return w
	}
	root := cut(nn)
	idOf := cut(nn)          // per root: 1 + index of its entity, 0 for none yet
	counts := cut(nn)[:0]    // per entity: its mentions
	kept := cut(n)           // per article: its mentions
	start := cut(nn + 1)     // per root: where its nodes start in members
	fill := cut(nn)          // per root: where its next node goes
	keep := make([]bool, nn) // per root: some node of it is more than a lone cue word
	for i, nd := range k.nodes {
		root[i] = k.find(i)
		if !nd.partial {
			keep[root[i]] = true
		}
	}
	nEnts := 0
	for i, r := range root {
		if i == r && keep[r] {
			nEnts++ // every root has mentions: one entity each
		}
	}
	k.aliasArena = make([]string, nEnts/2+1) // most entities have one form or two
	ents := make([]Entity, 0, nEnts)
	var ids []byte // the IDs, one after another, made one string
	for a, cs := range cands {
		for ci := range cs {
			r := root[cs[ci].nodeIdx]
			if !keep[r] {
				continue
			}
			kept[a]++
			if idOf[r] == 0 {
				ents = append(ents, Entity{})
				counts = append(counts, 0)
				idOf[r] = len(ents)
				ids = strconv.AppendInt(append(ids, 'e'), int64(len(ents)), 10)
			}
			counts[idOf[r]-1]++
		}
	}
	// The IDs are windows of one string; the mention lists windows of
	// two arrays, each capped at its length so that an append by a caller
	// copies rather than writing over its neighbour.
	idText, at := string(ids), 0
	for e := range ents {
		end := at + 1 + decimalLen(e+1)
		ents[e].ID, at = idText[at:end], end
	}
	all := make([]Mention, 2*sum(counts))
	byEnt, byArt := all[:len(all)/2], all[len(all)/2:]
	for e, c := range counts {
		ents[e].Mentions, byEnt = byEnt[:0:c], byEnt[c:]
	}
	mentions := make([][]Mention, n)
	for a, c := range kept {
		mentions[a], byArt = byArt[:0:c], byArt[c:]
	}
	for a, cs := range cands {
		for ci := range cs {
			c := &cs[ci]
			r := root[c.nodeIdx]
			if !keep[r] {
				continue
			}
			e := idOf[r] - 1
			m := Mention{Article: a, Start: c.start, End: c.end, Text: c.text, Entity: ents[e].ID, Role: c.role}
			ents[e].Mentions = append(ents[e].Mentions, m)
			mentions[a] = append(mentions[a], m)
		}
	}
	// The nodes of each root, in node order, as windows of one slice.
	for _, r := range root {
		start[r+1]++
	}
	for i := range k.nodes {
		start[i+1] += start[i]
	}
	members := make([]*node, nn)
	copy(fill, start[:nn])
	for i, nd := range k.nodes {
		members[fill[root[i]]] = nd
		fill[root[i]]++
	}
	for r, id := range idOf {
		if id > 0 {
			k.describe(&ents[id-1], members[start[r]:start[r+1]], k.votes[r])
		}
	}
	return ents, mentions
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// form is one surface form of an entity, as describe ranks them.
type form struct {
	text          string
	count, words  int
	acro, partial bool
	proper        bool // every word capitalised: "Syrian Arab Army" over "government army"
	demonym       bool // a derived demonym: "Valdorian" names the entity less well than "Valdoria"
	shout         bool // in capitals, not an acronym: a dateline's "SAN TEODORO" names it less well than "San Teodoro"
}

// describe sets e's name, kind and aliases from its nodes. The name is a
// lexicon country's own name, else the most complete form (most words, not
// an acronym), the most frequent among equals.
func (k *linker) describe(e *Entity, nodes []*node, votes [nVotes]int) {
	forms := k.formBuf[:0]
	var lex *node
	dem := false
	for _, nd := range nodes {
		if nd.isLex() && (lex == nil || (!nd.forces && lex.forces)) {
			lex = nd
		}
		dem = dem || nd.demonym
		for _, f := range nd.forms {
			words, proper := formWords(f.text)
			forms = append(forms, form{text: f.text, count: f.count, words: words, acro: nd.acro, partial: nd.partial, proper: proper, demonym: nd.demonym,
				shout: !nd.acro && !hasLower(f.text)})
		}
	}
	k.formBuf = forms
	sortForms(forms, func(a, b form) int {
		if a.demonym != b.demonym {
			return boolOrder(!a.demonym)
		}
		if a.shout != b.shout {
			return boolOrder(!a.shout)
		}
		if a.proper != b.proper {
			return boolOrder(a.proper)
		}
		if a.acro != b.acro || a.partial != b.partial {
			return boolOrder(!a.acro && !a.partial) // two short forms rank equal
		}
		if a.words != b.words {
			return b.words - a.words
		}
		return b.count - a.count
	})
	e.Name = forms[0].text
	e.Kind = kindOf(votes)
	if dem && e.Kind == Group {
		e.Kind = Place // "Valdorian troops" voted for a group; Valdoria is a place
	}
	if lex != nil {
		c := lex.country
		switch {
		case lex.forces:
			e.Kind, e.Country = Group, c.name
		case c.place:
			e.Name, e.Kind = c.name, Place
		case c.people:
			e.Name, e.Kind, e.Demonym = c.name, Group, c.demonym
		default:
			e.Name, e.Kind, e.Demonym = c.name, Country, c.demonym
		}
	}
	sortForms(forms, func(a, b form) int { return b.count - a.count })
	k.aliasBuf = aliases(k.aliasBuf[:0], e.Name, forms)
	e.Aliases = k.carveAliases(len(k.aliasBuf))
	copy(e.Aliases, k.aliasBuf)
}

// sortForms sorts forms as sorts.SortStableFunc does, ties and all. Up to
// 20 forms, which is nearly every entity, that is an insertion sort
// (package sort's stable sort insertion-sorts blocks of 20, then merges
// them), done here without the reflection and allocations of
// sort.SliceStable. The order must be the same to the last tie: describe
// ranks an acronym and a lone cue word equal, yet each of them against
// another of its own sort by length and count, so the order of forms
// depends on the algorithm, not only on the comparison.
func sortForms(forms []form, cmp func(a, b form) int) {
	if len(forms) > 20 {
		sorts.SortStableFunc(forms, cmp)
		return
	}
	for i := 1; i < len(forms); i++ {
		for j := i; j > 0 && cmp(forms[j], forms[j-1]) < 0; j-- {
			forms[j], forms[j-1] = forms[j-1], forms[j]
		}
	}
}

// carveAliases returns a slice of n strings for an entity's aliases, a
// window of a shared array capped at n, so that entities cost no
// allocation each.
func (k *linker) carveAliases(n int) []string {
	if n == 0 {
		return []string{} // not nil: the JSON says "aliases": []
	}
	if len(k.aliasArena) < n {
		k.aliasArena = make([]string, max(n, 64))
	}
	out := k.aliasArena[:n:n]
	k.aliasArena = k.aliasArena[n:]
	return out
}

// aliases appends to out the texts of forms, most frequent first, one per
// lower case spelling and none spelling name, and returns it. Entities
// have a few forms, so they are compared one by one, with a set only for a
// long list.
func aliases(out []string, name string, forms []form) []string {
	start := len(out)
	if len(forms) > maxLinearForms {
		seen := map[string]bool{strings.ToLower(name): true}
		for _, f := range forms {
			if l := strings.ToLower(f.text); !seen[l] {
				seen[l] = true
				out = append(out, f.text)
			}
		}
		return out
	}
	for _, f := range forms {
		if !sameLower(f.text, name) && !holdsLower(out[start:], f.text) {
			out = append(out, f.text)
		}
	}
	return out
}

// sameLower reports whether a and b lower-case to one string, without
// allocating when both are ASCII. Most often they are one string (a name
// and its only form), or ASCII of two lengths: no fold is walked.
func sameLower(a, b string) bool {
	if a == b {
		return true
	}
	if isASCII(a) && isASCII(b) {
		return len(a) == len(b) && strings.EqualFold(a, b)
	}
	return strings.ToLower(a) == strings.ToLower(b)
}

// boolOrder orders a form with the quality a before one without, in a
// comparison function whose caller knows the two differ or rank equal:
// -1 when a holds, else 1 (a false a never sorts first, as with the less
// function it replaces).
func boolOrder(a bool) int {
	if a {
		return -1
	}
	return 1
}

// decimalLen returns the number of decimal digits of n > 0.
func decimalLen(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}

// sum returns the sum of xs.
func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// formWords returns the number of words of s, len(strings.Fields(s)),
// and whether every word longer than three bytes starts with a capital:
// one walk over s, without the slice, for both.
func formWords(s string) (n int, proper bool) {
	proper = true
	start := -1 // the start of the word being read, -1 between words
	for i := 0; i <= len(s); {
		sp, w := true, 1 // the end of s ends a word
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				sp = c == ' ' || '\t' <= c && c <= '\r'
			} else {
				var r rune
				r, w = utf8.DecodeRuneInString(s[i:])
				sp = unicode.IsSpace(r)
			}
		}
		switch {
		case !sp && start < 0:
			start = i
			n++
		case sp && start >= 0:
			if r, _ := utf8.DecodeRuneInString(s[start:i]); i-start > 3 && !unicode.IsUpper(r) {
				proper = false
			}
			start = -1
		}
		i += w
	}
	return n, proper
}

// kindOf returns the kind with the most evidence; Other without any.
func kindOf(v [nVotes]int) Kind {
	switch topVote(v) {
	case vPerson:
		return Person
	case vOrg:
		return Org
	case vGroup:
		return Group
	case vPlace:
		return Place
	}
	return Other
}

// Search returns the index of the first of mentions, in text order, that
// starts at or after byte start, and whether one starts there: a search
// the claim and core stages share, where slices.BinarySearchFunc would be
// a generic function of the wasm for each.
func Search(mentions []Mention, start int) (int, bool) {
	lo, hi := 0, len(mentions)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if mentions[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(mentions) && mentions[lo].Start == start
}

// holdsLower reports whether ss hold s but for case.
func holdsLower(ss []string, s string) bool {
	for _, x := range ss {
		if sameLower(x, s) {
			return true
		}
	}
	return false
}
