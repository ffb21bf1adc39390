package entity

import "testing"

// TestIsAcro checks which words are acronyms: all capitals, or capitals
// with "o" and "f" (of, for) between them; names with inner capitals are
// not.
func TestIsAcro(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"HTS", true}, {"U.S.", true}, {"UN", true},
		{"MoD", true}, {"DoD", true}, {"MoHS", true}, {"DfID", true}, {"MoFA", true},
		{"A", false}, {"Mod", false}, {"SoHo", false}, {"DeVos", false}, {"McCain", false},
		{"LaGuardia", false}, {"MoDoFoRoS", false}, {"oD", false}, {"NGOs", false},
	} {
		letters, caps := letterCase(tt.word, true)
		if got := isAcro(tt.word, letters, caps); got != tt.want {
			t.Errorf("isAcro(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
