package timex

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	ref := DateOf(2024, 11, 27)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	done := cputime.Report(b, int64(len(s)))
	for b.Loop() {
		Find(s, ref)
	}
	done()
}
