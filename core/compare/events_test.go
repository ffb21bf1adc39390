package compare

import (
	"slices"
	"testing"
)

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
		{"a name listed twice counts once", []string{"e1", "e1", "e5", "e6"}, []string{"e1", "e1", "e7", "e8"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := newEvents([]Article{{Names: tt.a}, {Names: tt.b}})
			for _, ab := range [][2]int{{0, 1}, {1, 0}, {0, 1}} { // both ways, and again from the memo
				if got := ev.same(ab[0], ab[1]); got != tt.want {
					t.Errorf("same(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
				}
			}
		})
	}
}

// TestApart checks which articles are reported as about another event:
// those with names, none shared with any other article.
func TestApart(t *testing.T) {
	tests := []struct {
		name  string
		names [][]string
		want  []int
	}{
		{"one article", [][]string{{"e1"}}, nil},
		{"all share", [][]string{{"e1", "e2"}, {"e2", "e3"}, {"e3", "e1"}}, nil},
		{"one apart", [][]string{{"e1", "e2"}, {"e7", "e8"}, {"e2", "e1"}}, []int{1}},
		{"no names is not apart", [][]string{{"e1"}, nil, {"e1"}}, nil},
		{"a name listed twice in one article", [][]string{{"e5", "e5"}, {"e1"}, {"e1"}}, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := make([]Article, len(tt.names))
			for i, n := range tt.names {
				arts[i].Names = n
			}
			if got := newEvents(arts).apart(); !slices.Equal(got, tt.want) {
				t.Errorf("apart = %v, want %v", got, tt.want)
			}
		})
	}
}
