package quantity

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/scantest"
	"github.com/crosscheck/crosscheck/core/internal/tokens"
)

// TestFindLower checks that FindLower with the caller's lower-cased copy,
// or with a copy of the wrong length, finds what Find finds.
func TestFindLower(t *testing.T) {
	scantest.SameLower(t, scantest.News(t), Find, FindLower)
}

// TestWordFilter checks that the filter never rules out a word of its set,
// which would lose figures silently.
func TestWordFilter(t *testing.T) {
	for w := range wordStarts {
		if !startFilter.May(w) {
			t.Errorf("startFilter.May(%q) = false for a word of the set", w)
		}
	}
	if startFilter.May("") {
		t.Errorf("startFilter.May(\"\") = true")
	}
	for w, n := range measureFirst {
		if measureFirstLen(w) != int(n) {
			t.Errorf("measureFirstLen(%q) = %d, want %d", w, measureFirstLen(w), n)
		}
	}
	for w, n := range measureLast {
		if measureLastLen(w) != int(n) {
			t.Errorf("measureLastLen(%q) = %d, want %d", w, measureLastLen(w), n)
		}
	}
}

// TestFindTokens checks that FindTokens on a split the caller holds finds
// what Find finds, also when the split has been read before (claim hands
// one split to timex and quantity in turn).
func TestFindTokens(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	want := Find(text)
	toks := tokens.New(text, "")
	defer toks.Release()
	for i := range 2 {
		if got := FindTokens(toks); !reflect.DeepEqual(got, want) {
			t.Errorf("call %d: FindTokens differs from Find", i+1)
		}
	}
	buf := make([]Quantity, 3) // stale contents, discarded
	if got := FindTokensTo(buf, toks); !reflect.DeepEqual(got, want) {
		t.Errorf("FindTokensTo differs from Find")
	}
}

// TestVaguePlain checks that every vague phrase is lower-case ASCII words
// between single spaces: opener.vague counts a phrase's words as its
// tokens, and a hyphen or a digit would make them differ, so that a phrase
// of the list would silently never be probed.
func TestVaguePlain(t *testing.T) {
	for ph := range vague {
		if ph == "" || strings.Trim(ph, "abcdefghijklmnopqrstuvwxyz ") != "" || strings.Contains(ph, "  ") ||
			strings.TrimSpace(ph) != ph {
			t.Errorf("vague phrase %q is not plain lower-case words", ph)
		}
	}
}
