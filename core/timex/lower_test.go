package timex

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// TestFindLower checks that FindLower with the caller's lower-cased copy,
// or with a copy of the wrong length, finds what Find finds.
func TestFindLower(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ref := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	want := Find(text, ref)
	if len(want) == 0 {
		t.Fatal("Find found nothing in testdata/news.txt")
	}
	for _, tt := range []struct {
		name, lower string
	}{
		{"own copy", ascii.Lower(text)},
		{"empty", ""},
		{"wrong length", ascii.Lower(text[:len(text)/2])},
	} {
		if got := FindLower(text, tt.lower, ref); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: FindLower differs from Find", tt.name)
		}
	}
}

// TestWordFilter checks that the filter never rules out a word of its set,
// which would lose time expressions silently.
func TestWordFilter(t *testing.T) {
	for w := range startWords {
		if !startFilter.May(w) {
			t.Errorf("startFilter.May(%q) = false for a word of the set", w)
		}
	}
	if startFilter.May("") {
		t.Errorf("startFilter.May(\"\") = true")
	}
	for p := range relPrefix {
		if _, second, _ := strings.Cut(p, " "); !relSecond.May(second) {
			t.Errorf("relSecond.May(%q) = false for the second word of %q", second, p)
		}
	}
}
