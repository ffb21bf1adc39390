package compare

import "testing"

// TestPlural checks the unit plurals that explanations print ("two men
// arrested", not "two mans").
func TestPlural(t *testing.T) {
	tests := []struct{ unit, want string }{
		{"village", "villages"},
		{"family", "families"},
		{"child", "children"},
		{"man", "men"},
		{"woman", "women"},
		{"percent", "percent"},
		{"km", "km"},
	}
	for _, tt := range tests {
		if got := plural(tt.unit); got != tt.want {
			t.Errorf("plural(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}
