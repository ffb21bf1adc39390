package entity

import "testing"

// TestHeadKeys checks that every head noun is listed as keys write it too,
// since a body's last word is read as a key ("group" is "grup").
func TestHeadKeys(t *testing.T) {
	for w, h := range heads {
		if k := Key(w); heads[k] != h {
			t.Errorf("head %q (%d) is keyed %q, which heads maps to %d", w, h, k, heads[k])
		}
	}
}
