package ascii

import "testing"

func TestLower(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"ascii", "At Least 75 DEAD", "at least 75 dead"},
		{"non-ASCII kept byte for byte", "Türkiye ÉTAT", "türkiye État"},
		{"already lower", "the toll rose", "the toll rose"},
	}
	for _, tt := range tests {
		if got := Lower(tt.in); got != tt.want || len(got) != len(tt.in) {
			t.Errorf("Lower(%q) = %q, want %q of the same length", tt.in, got, tt.want)
		}
	}
}

func TestLetterAndRuneLen(t *testing.T) {
	s := "a1 é€\xff"
	tests := []struct {
		i      int
		letter bool
		n      int
	}{{0, true, 1}, {1, false, 1}, {2, false, 1}, {3, true, 2}, {5, false, 3}, {8, false, 1}}
	for _, tt := range tests {
		if got := IsLetterAt(s, tt.i); got != tt.letter {
			t.Errorf("IsLetterAt(%q, %d) = %v, want %v", s, tt.i, got, tt.letter)
		}
		if got := RuneLen(s, tt.i); got != tt.n {
			t.Errorf("RuneLen(%q, %d) = %d, want %d", s, tt.i, got, tt.n)
		}
	}
	if Lower("É") != "É" {
		t.Errorf("Lower folded a non-ASCII letter, which would move offsets in other texts")
	}
}

func TestClass(t *testing.T) {
	tests := []struct {
		c    byte
		want uint8
	}{{'a', Letter}, {'Z', Letter}, {'0', Digit}, {'9', Digit}, {' ', Space}, {'\n', Space}, {'\v', Space}, {'-', Other}, {0xC3, Other}, {'_', Other}}
	for _, tt := range tests {
		if got := Class[tt.c]; got != tt.want {
			t.Errorf("Class[%q] = %d, want %d", tt.c, got, tt.want)
		}
	}
}
