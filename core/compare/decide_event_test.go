package compare

import "testing"

// TestSameEvent checks when two articles' names make them one event: two
// shared names, or one that is half the shorter list; no names at all
// gives the benefit of the doubt.
func TestSameEvent(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"two shared", []string{"e1", "e2", "e7", "e9"}, []string{"e2", "e3", "e9"}, true},
		{"one shared of many", []string{"e1", "e2", "e3", "e4"}, []string{"e4", "e5", "e6", "e8"}, false},
		{"one shared of a short list", []string{"e4", "e5"}, []string{"e1", "e2", "e3", "e4"}, true},
		{"none shared", []string{"e1"}, []string{"e2"}, false},
		{"no names on one side", nil, []string{"e2", "e3"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := &Article{Names: tt.a}, &Article{Names: tt.b}
			if got := sameEvent(a, b); got != tt.want {
				t.Errorf("sameEvent(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := sameEvent(b, a); got != tt.want {
				t.Errorf("sameEvent(%v, %v) = %v, want %v (swapped)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}
