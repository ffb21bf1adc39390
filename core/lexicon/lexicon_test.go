package lexicon

import (
	"bytes"
	"reflect"
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

// TestStripKeepsRows checks that every list read after Strip gives the
// rows it gives as written, so that the wasm build's stripped lists
// (embed_lean.go) are the same lists, and that Strip leaves no comment.
func TestStripKeepsRows(t *testing.T) {
	entries, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := files.ReadFile(dir + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		s := Strip(b)
		if bytes.Contains(s, []byte("\n#")) || bytes.HasPrefix(s, []byte("#")) {
			t.Errorf("%s: a comment is left after Strip", e.Name())
		}
		if got, want := parse(s), parse(b); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d rows after Strip, %d before, or they differ", e.Name(), len(got), len(want))
		}
	}
}
