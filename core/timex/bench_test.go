package timex

import (
	"os"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	ref := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	done := cputime.Report(b, int64(len(s)))
	for b.Loop() {
		Find(s, ref)
	}
	done()
}
