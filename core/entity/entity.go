// Package entity finds names in articles and merges the names that mean the
// same thing (acronyms, spellings, translations) into canonical entities.
package entity

import (
	"regexp"
	"strconv"
	"strings"
)

// Kind is what sort of thing an entity is.
type Kind string

const (
	Person  Kind = "person"
	Org     Kind = "org"     // organisations, agencies, NGOs, media
	Group   Kind = "group"   // armed groups, factions, militias, armies
	Place   Kind = "place"   // cities, regions, sites
	Country Kind = "country" // states, with their demonyms
	Other   Kind = "other"
)

// Mention is one occurrence of a name in one article's cleaned text.
type Mention struct {
	Article int    `json:"article"` // index of the article
	Start   int    `json:"start"`   // byte span in that article's cleaned text
	End     int    `json:"end"`
	Text    string `json:"text"`
	Entity  string `json:"entity"` // the canonical entity's ID
}

// Entity is one real-world thing with every name the articles use for it.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"` // the canonical name, the fullest form seen
	Kind     Kind      `json:"kind"`
	Aliases  []string  `json:"aliases"` // other surface forms, without Name
	Mentions []Mention `json:"mentions"`
}

var nameRe = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*`)

// Link finds the mentions in each text (texts[i] is article i) and merges
// them into entities. mentions[i] lists article i's mentions in order, each
// with its Entity set.
func Link(texts []string) (entities []Entity, mentions [][]Mention) {
	byKey := map[string]int{}
	mentions = make([][]Mention, len(texts))
	for a, t := range texts {
		for _, m := range nameRe.FindAllStringIndex(t, -1) {
			s := t[m[0]:m[1]]
			k := strings.ToLower(s)
			i, ok := byKey[k]
			if !ok {
				i = len(entities)
				byKey[k] = i
				entities = append(entities, Entity{ID: "e" + strconv.Itoa(i+1), Name: s, Kind: Other, Aliases: []string{}})
			}
			mm := Mention{Article: a, Start: m[0], End: m[1], Text: s, Entity: entities[i].ID}
			entities[i].Mentions = append(entities[i].Mentions, mm)
			mentions[a] = append(mentions[a], mm)
		}
	}
	return entities, mentions
}
