package wordset

import (
	"maps"
	"testing"
)

func TestOf(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]bool
	}{
		{"empty", "", map[string]bool{}},
		{"words", "north south", map[string]bool{"north": true, "south": true}},
		{"spacing and repeats", "  al\n el\tal ", map[string]bool{"al": true, "el": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Of(tt.in); !maps.Equal(got, tt.want) {
				t.Errorf("Of(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestInts(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]int
	}{
		{"empty", "", map[string]int{}},
		{"pairs", "near:2 in:1", map[string]int{"near": 2, "in": 1}},
		{"spacing and a repeat, the last kept", " a:1\n\tb:20 a:3 ", map[string]int{"a": 3, "b": 20}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Ints(tt.in); !maps.Equal(got, tt.want) {
				t.Errorf("Ints(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	for _, bad := range []string{"near", "near:x", "near:"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Ints(%q) did not panic", bad)
				}
			}()
			Ints(bad)
		}()
	}
}
