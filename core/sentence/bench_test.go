package sentence

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

func BenchmarkSplit(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	done := cputime.Report(b, int64(len(s)))
	for b.Loop() {
		Split(s)
	}
	done()
}

func BenchmarkNaiveSplit(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	done := cputime.Report(b, int64(len(s)))
	for b.Loop() {
		naiveSplit(s)
	}
	done()
}
