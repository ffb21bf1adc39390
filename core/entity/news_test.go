package entity

import (
	"os"
	"testing"
)

// newsFixtures are the invented news articles the tests, fuzz seeds and
// benchmarks link.
var newsFixtures = []string{"testdata/valdoria_1.txt", "testdata/valdoria_2.txt"}

// readNews returns the texts of newsFixtures, failing tb if one is missing.
func readNews(tb testing.TB) []string {
	tb.Helper()
	texts := make([]string, len(newsFixtures))
	for i, f := range newsFixtures {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts[i] = string(b)
	}
	return texts
}
