package core

import (
	"cmp"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/core/compare"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// TestEntitySides checks which words next to a name put its entity on a
// side, and that an entity described both ways, or a country, person or
// place, gets none.
func TestEntitySides(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // entity name → side
	}{
		{"word after", "Northern Liberation Army militants attacked the base near Kedra.",
			map[string]string{"Northern Liberation Army": "insurgent"}},
		{"word before of", "Insurgents of the Northern Liberation Army overran the base.",
			map[string]string{"Northern Liberation Army": "insurgent"}},
		{"word before from", "Rebels from the Kedra Brigade entered the town.",
			map[string]string{"Kedra Brigade": "insurgent"}},
		{"state word after", "Marovian Armed Forces troops recaptured the airport.",
			map[string]string{"Marovian Armed Forces": "state"}},
		{"state word before of is no evidence", "Soldiers of the Kedra Brigade entered the town.",
			map[string]string{}},
		{"both ways is neither", "Kedra Brigade rebels took the hill. Kedra Brigade troops held the road.",
			map[string]string{}},
		{"a hyphenated side word", "Kedra Brigade anti-government fighters took the hill.",
			map[string]string{"Kedra Brigade": "insurgent"}},
		{"a country is left to its kind", "Sudan troops and Niger rebels met.",
			map[string]string{}},
		{"no side word", "The Kedra Brigade took the hill.",
			map[string]string{}},
		{"side word right before", "Shells fired by the rebel Kedra Brigade hit the market.",
			map[string]string{"Kedra Brigade": "insurgent"}},
		{"side word before a group noun", "The militant group Kedra Brigade took the hill.",
			map[string]string{"Kedra Brigade": "insurgent"}},
		{"at war with the government", "The Kedra Brigade, which wants self-rule, has been at war with the central government since 2029.",
			map[string]string{"Kedra Brigade": "insurgent"}},
		{"fighting the army", "The Kedra Brigade has been fighting the national army for a decade.",
			map[string]string{"Kedra Brigade": "insurgent"}},
		{"fighting between is no side", "The Kedra Brigade said fighting between the army and the police had stopped.",
			map[string]string{}},
		{"war in another sentence", "The Kedra Brigade took the hill. The country has been at war with the government's critics.",
			map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, _ := entity.Link([]string{tt.text})
			got := entitySides(ents, []string{ascii.Lower(tt.text)})
			byName := map[string]string{}
			for _, e := range ents {
				if s, ok := got[e.ID]; ok {
					byName[e.Name] = s
				}
			}
			if len(byName) != len(tt.want) {
				t.Fatalf("sides %v, want %v", byName, tt.want)
			}
			for n, s := range tt.want {
				if byName[n] != s {
					t.Errorf("side of %q = %q, want %q (all: %v)", n, byName[n], s, byName)
				}
			}
		})
	}
}

// TestSideWordsFit checks that every side word is read whole by wordAfter
// and wordBeforeOf: no longer than maxSideWord, made of isWordByte bytes.
func TestSideWordsFit(t *testing.T) {
	for w, side := range lexicon.Map("compare_sides.tsv") {
		if got := compare.SideWord(w); got != side {
			t.Errorf("compare.SideWord(%q) = %q, want %q", w, got, side)
		}
		if len(w) > maxSideWord {
			t.Errorf("side word %q is longer than maxSideWord (%d)", w, maxSideWord)
		}
		for i := 0; i < len(w); i++ {
			if !isWordByte(w[i]) {
				t.Errorf("side word %q has byte %q that isWordByte refuses", w, w[i])
			}
		}
		if got := wordAfter("x "+w+" said", 1); got != w {
			t.Errorf("wordAfter read %q, want %q", got, w)
		}
		if got := wordBeforeOf(w+" of the x", len(w)+len(" of the ")); got != w {
			t.Errorf("wordBeforeOf read %q, want %q", got, w)
		}
	}
}

// TestOwnVoice checks that a group telling of itself in the first person
// or with "its" is the actor of what it tells, and that a person's "our
// forces" stays as said: a person speaks for no side the text names.
func TestOwnVoice(t *testing.T) {
	tests := []struct {
		name, text, want string // want: the control claim's actor, by name or words
	}{
		{"our in a quote", `"Kedra is under our full control," the Northern Liberation Army said in a statement.`, "Northern Liberation Army"},
		{"its after said", "The Northern Liberation Army said the town of Kedra was under its control.", "Northern Liberation Army"},
		{"we", `"We have taken Kedra," the Northern Liberation Army said.`, "Northern Liberation Army"},
		{"fighters of a named group", "Fighters of the NLA militia said on Friday that they had captured the airport of Kedra.", "NLA"},
		{"a person's forces", `"Our forces hold the airport of Kedra," General Anton Kiryev said.`, "Our forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Analyze([]Article{{Name: "a", Text: tt.text}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			names := entityNames(rep.Entities)
			var got []string
			for _, c := range rep.Articles[0].Claims {
				if c.Predicate == "holdControl" || c.Predicate == "gainControl" {
					got = append(got, cmp.Or(names[c.Actor], c.Actor))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("control claims' actors %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestCountriesByDemonym checks that a place the articles also write as
// its people's adjective ("Meranzian government forces" of Meranzia) is a
// state, and a place written only by its name is not.
func TestCountriesByDemonym(t *testing.T) {
	tests := []struct {
		texts []string
		name  string
		want  bool
	}{
		{[]string{"ISTRENZ, Meranzia (Global Dispatch) — Meranzian government forces recaptured the town.", "Shelling hit Meranzia again."}, "Meranzia", true},
		{[]string{"Shelling hit the town of Koltara.", "Residents fled Koltara."}, "Koltara", false},
	}
	for _, tt := range tests {
		ents, _ := entity.Link(tt.texts)
		cs := countries(ents)
		names := namesByArticle(ents, len(tt.texts))
		found := false
		for _, e := range ents {
			if e.Name == tt.name {
				found = true
				if cs[e.ID] != tt.want {
					t.Errorf("%s: country %v, want %v (kind %s, mentions %v)", tt.name, cs[e.ID], tt.want, e.Kind, e.Mentions)
				}
				if slices.Contains(names[0], e.ID) == tt.want {
					t.Errorf("%s: among the article's names %v, want %v", tt.name, !tt.want, !tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no entity", tt.name)
		}
	}
}
