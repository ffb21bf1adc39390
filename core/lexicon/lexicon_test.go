package lexicon

import "testing"

func TestRows(t *testing.T) {
	m := Map("bounds.tsv")
	tests := []struct{ key, want string }{
		{"at least", "atLeast"},
		{"more than", "moreThan"},
		{"up to", "atMost"},
	}
	for _, tt := range tests {
		if got := m[tt.key]; got != tt.want {
			t.Errorf("Map(bounds.tsv)[%q] = %q, want %q", tt.key, got, tt.want)
		}
	}
	for k := range m {
		if k == "" || k[0] == '#' {
			t.Errorf("comment or blank leaked as key %q", k)
		}
	}
}
