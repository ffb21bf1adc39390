package quantity

import (
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/scantest"
)

// TestFindConcurrent runs Find from several goroutines at once on texts of
// different lengths: the scanners' token buffers are pooled, so every call
// must still see only its own text. Run it with -race.
func TestFindConcurrent(t *testing.T) {
	text := scantest.News(t)
	scantest.Concurrent(t, []string{text, text[:len(text)/3], "at least 12 people were killed and 40 wounded", text[len(text)/2:]}, Find)
}
