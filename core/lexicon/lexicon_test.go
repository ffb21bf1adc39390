package lexicon

import (
	"testing"
)

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

// TestPack checks that unpack finds each packed list whole, a name that
// ends another's or starts it included, and reports a list it lacks.
func TestPack(t *testing.T) {
	names := []string{"a.txt", "ba.txt", "a.txt2", "empty.tsv"}
	lists := [][]byte{[]byte("one\ntwo\n"), []byte("three\n"), []byte("four\n"), nil}
	packed := string(Pack(names, lists))
	for i, name := range names {
		got, ok := unpack(packed, name)
		if !ok || got != string(lists[i]) {
			t.Errorf("unpack(%q) = %q, %v; want %q, true", name, got, ok, lists[i])
		}
	}
	for _, name := range []string{"b.txt", "a", "txt"} {
		if got, ok := unpack(packed, name); ok {
			t.Errorf("unpack(%q) = %q, true; want none", name, got)
		}
	}
}
