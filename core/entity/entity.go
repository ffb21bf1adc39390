// Package entity finds names in articles and merges the names that mean the
// same thing (acronyms, spellings, translations) into canonical entities.
// See doc.go for the algorithm.
package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
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
	cands := find(texts)
	k := newLinker(cands)
	k.link(cands)
	return k.entities(cands, len(texts))
}

// entities builds the output: one entity per merged set, mentions in text
// order, lone cue words that found no name dropped.
func (k *linker) entities(cands [][]cand, n int) ([]Entity, [][]Mention) {
	root := make([]int, len(k.nodes))
	keep := map[int]bool{}
	for i, nd := range k.nodes {
		root[i] = k.find(i)
		if !nd.partial {
			keep[root[i]] = true
		}
	}
	idOf := map[int]int{}
	var ents []Entity
	mentions := make([][]Mention, n)
	for a, cs := range cands {
		mentions[a] = []Mention{}
		for _, c := range cs {
			r := root[k.byKey[c.node]]
			if !keep[r] {
				continue
			}
			e, ok := idOf[r]
			if !ok {
				e = len(ents)
				idOf[r] = e
				ents = append(ents, Entity{ID: "e" + strconv.Itoa(e+1)})
			}
			m := Mention{Article: a, Start: c.start, End: c.end, Text: c.text, Entity: ents[e].ID, Role: c.role}
			ents[e].Mentions = append(ents[e].Mentions, m)
			mentions[a] = append(mentions[a], m)
		}
	}
	members := map[int][]*node{}
	for i, nd := range k.nodes {
		members[root[i]] = append(members[root[i]], nd)
	}
	for r, e := range idOf {
		k.describe(&ents[e], members[r], k.votes[r])
	}
	return ents, mentions
}

// describe sets e's name, kind and aliases from its nodes. The name is a
// lexicon country's own name, else the most complete form (most words, not
// an acronym), the most frequent among equals.
func (k *linker) describe(e *Entity, nodes []*node, votes [nVotes]int) {
	type form struct {
		text          string
		count, words  int
		acro, partial bool
		proper        bool // every word capitalised: "Syrian Arab Army" over "government army"
		order         int
	}
	var forms []form
	var lex *node
	for _, nd := range nodes {
		if nd.isLex() && (lex == nil || (!nd.forces && lex.forces)) {
			lex = nd
		}
		for _, t := range nd.order {
			forms = append(forms, form{text: t, count: nd.forms[t], words: len(strings.Fields(t)), acro: nd.acro, partial: nd.partial, proper: isProper(t), order: len(forms)})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool {
		a, b := forms[i], forms[j]
		if a.proper != b.proper {
			return a.proper
		}
		if a.acro != b.acro || a.partial != b.partial {
			return !a.acro && !a.partial
		}
		if a.words != b.words {
			return a.words > b.words
		}
		return a.count > b.count
	})
	e.Name = forms[0].text
	e.Kind = kindOf(votes)
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
	e.Aliases = []string{}
	seen := map[string]bool{strings.ToLower(e.Name): true}
	sort.SliceStable(forms, func(i, j int) bool { return forms[i].count > forms[j].count })
	for _, f := range forms {
		if l := strings.ToLower(f.text); !seen[l] {
			seen[l] = true
			e.Aliases = append(e.Aliases, f.text)
		}
	}
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

// isProper reports whether every word of s longer than three letters starts
// with a capital.
func isProper(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) > 3 && !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}
