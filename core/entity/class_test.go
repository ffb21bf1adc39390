package entity

import (
	"strings"
	"testing"
)

// TestClassTable checks the table against the map it is built from, on
// every listed word, words near them, and words in no list.
func TestClassTable(t *testing.T) {
	l := lists()
	probe := []string{"", "a", "zz", "government", "the", "said", "x.y", "ü", "aleppo", strings.Repeat("a", 300)}
	for w := range l.classes {
		probe = append(probe, w, w+"s", w[:len(w)-1], strings.ToUpper(w))
	}
	for _, w := range probe {
		if got, want := l.classTab.get(w), l.classes[w]; got != want {
			t.Errorf("classTab.get(%q) = %b, want %b", w, got, want)
		}
	}
	m := map[string]wordClass{"": wcCommon, "a": wcNoun, "b": wcTitle}
	small := newClassTable(m)
	for w, want := range m {
		if got := small.get(w); got != want {
			t.Errorf("small.get(%q) = %b, want %b", w, got, want)
		}
	}
	if got := small.get("c"); got != 0 {
		t.Errorf(`small.get("c") = %b, want 0`, got)
	}
}

// BenchmarkClassLookup compares the table with the map on the words of
// the news fixtures.
func BenchmarkClassLookup(b *testing.B) {
	l := lists()
	var words []string
	for _, text := range readNews(b) {
		words = append(words, strings.Fields(strings.ToLower(text))...)
	}
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				_ = l.classes[w]
			}
		}
	})
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				_ = l.classTab.get(w)
			}
		}
	})
}
