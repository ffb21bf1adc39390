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
