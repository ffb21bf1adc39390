package entity

import (
	"sort"
	"strings"
)

// Table finds the entity a name belongs to, for stages after Link: claim
// uses it for actor and place words that were not mentions of their own,
// compare to match names across articles.
type Table struct {
	byKey map[string]string // Key of a name, alias or lexicon variant → entity ID
}

// NewTable indexes entities by the Key of their names, aliases and
// mention texts, and lexicon countries also by every listed name and
// demonym, so Lookup("Türkiye") finds the entity named Turkey.
func NewTable(entities []Entity) *Table {
	t := &Table{byKey: map[string]string{}}
	l := lists()
	for _, e := range entities {
		add := func(s string) {
			if k := Key(s); k != "" {
				if _, ok := t.byKey[k]; !ok {
					t.byKey[k] = e.ID
				}
			}
		}
		forms := append([]string{e.Name}, e.Aliases...)
		for _, m := range e.Mentions {
			forms = append(forms, m.Text)
		}
		for _, f := range forms {
			add(f)
			words := keyWords(f)
			if bag, n := contentKey(words); n >= 2 {
				t.other("\x01"+bag, e.ID)
			}
			for p := 1; e.Kind == Person && p < len(words); p++ {
				t.other("\x02"+strings.Join(words[p:], " "), e.ID)
			}
		}
		if e.Kind == Country || e.Kind == Place {
			t.byKey["\x00"+Key(e.Name)] = e.ID
		}
	}
	for k, c := range l.countries {
		if id, ok := t.byKey["\x00"+c.key]; ok {
			if _, taken := t.byKey[k]; !taken {
				t.byKey[k] = id
			}
		}
	}
	for d, c := range l.demonyms {
		if id, ok := t.byKey["\x00"+c.key]; ok {
			if _, taken := t.byKey[Key(d)]; !taken {
				t.byKey[Key(d)] = id
			}
		}
	}
	return t
}

// other files id under a secondary key, which becomes ambiguous ("") when
// two entities claim it.
func (t *Table) other(k, id string) {
	if old, ok := t.byKey[k]; ok && old != id {
		id = ""
	}
	t.byKey[k] = id
}

// Lookup returns the ID of the entity called name, and whether there is
// one: any spelling Key folds together, any word order of a name's words
// ("Syrian Human Rights Observatory"), or a person's last words
// ("Kessely") when only one person has them.
func (t *Table) Lookup(name string) (string, bool) {
	words := keyWords(name)
	if id, ok := t.byKey[strings.Join(words, " ")]; ok {
		return id, true
	}
	if bag, n := contentKey(words); n >= 2 {
		if id := t.byKey["\x01"+bag]; id != "" {
			return id, true
		}
	}
	if id := t.byKey["\x02"+strings.Join(words, " ")]; id != "" {
		return id, true
	}
	return "", false
}

// At returns the mentions of ms (one article's, in text order) that
// overlap the byte span [start, end).
func At(ms []Mention, start, end int) []Mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > start })
	j := i
	for j < len(ms) && ms[j].Start < end {
		j++
	}
	return ms[i:j]
}
