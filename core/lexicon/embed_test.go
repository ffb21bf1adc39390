//go:build !leanlex

package lexicon

import (
	"bytes"
	"reflect"
	"testing"
)

// TestStripKeepsRows checks that every list read after Strip gives the
// rows it gives as written, so that the wasm build's stripped lists
// (embed_lean.go) are the same lists, and that Strip leaves no comment.
func TestStripKeepsRows(t *testing.T) {
	entries, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := files.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		s := Strip(b)
		if bytes.Contains(s, []byte("\n#")) || bytes.HasPrefix(s, []byte("#")) {
			t.Errorf("%s: a comment is left after Strip", e.Name())
		}
		if got, want := parse(string(s)), parse(string(b)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d rows after Strip, %d before, or they differ", e.Name(), len(got), len(want))
		}
	}
}

// TestPackAll checks that every list, stripped and packed with all the
// others as the wasm build embeds them, unpacks to itself.
func TestPackAll(t *testing.T) {
	entries, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var lists [][]byte
	for _, e := range entries {
		b, err := files.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		names, lists = append(names, e.Name()), append(lists, Strip(b))
	}
	packed := string(Pack(names, lists))
	for i, name := range names {
		if got, ok := unpack(packed, name); !ok || got != string(lists[i]) {
			t.Errorf("%s: unpacked %d bytes (found %v), want its %d", name, len(got), ok, len(lists[i]))
		}
	}
}
