package entity

import "testing"

// TestHeadKeys checks that every head noun is listed as keys write it too,
// since a body's last word is read as a key ("group" is "grup").
func TestHeadKeys(t *testing.T) {
	keyed := map[string]bool{} // the key forms the table lists for its words
	for w := range heads {
		keyed[Key(w)] = true
	}
	for w, h := range heads {
		if k := Key(w); !keyed[w] && heads[k] != h {
			t.Errorf("head %q (%d) is keyed %q, which heads maps to %d", w, h, k, heads[k])
		}
	}
}
