package timex

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
	ref := DateOf(2024, 11, 27)
	scantest.SameLower(t, scantest.News(t),
		func(s string) []Expr { return Find(s, ref) },
		func(s, lower string) []Expr { return FindLower(s, lower, ref) })
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

// TestFindTokens checks that FindTokens on a split the caller holds finds
// what Find finds, also after quantity has read its joined numbers from
// the same split (as in claim).
func TestFindTokens(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b) + " 10,700 and 27.11.2024"
	ref := DateOf(2024, 11, 27)
	want := Find(text, ref)
	toks := tokens.New(text, "")
	defer toks.Release()
	if got := FindTokens(toks, ref); !reflect.DeepEqual(got, want) {
		t.Errorf("FindTokens differs from Find")
	}
	toks.Joined()
	if got := FindTokens(toks, ref); !reflect.DeepEqual(got, want) {
		t.Errorf("after Joined: FindTokens differs from Find")
	}
	buf := make([]Expr, 3) // stale contents, discarded
	if got := FindTokensTo(buf, toks, ref); !reflect.DeepEqual(got, want) {
		t.Errorf("FindTokensTo differs from Find")
	}
}
