package timex

import (
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/scantest"
)

// TestFindConcurrent runs Find from several goroutines at once on texts of
// different lengths: the scanners' token buffers are pooled, so every call
// must still see only its own text. Run it with -race.
func TestFindConcurrent(t *testing.T) {
	text := scantest.News(t)
	ref := DateOf(2024, 11, 27)
	find := func(s string) []Expr { return Find(s, ref) }
	scantest.Concurrent(t, []string{text, text[:len(text)/3], "on Sunday, three days ago, since March 2020", text[len(text)/2:]}, find)
}
