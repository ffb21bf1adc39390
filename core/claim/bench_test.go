package claim

import (
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/timex"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// fixtureInput builds an Input from the lines of testdata/article_en.txt,
// each a body paragraph, repeated n times, with entity.Link's mentions.
func fixtureInput(tb testing.TB, n int) Input {
	b, err := os.ReadFile("testdata/article_en.txt")
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	var paras []string
	for range n {
		paras = append(paras, lines...)
	}
	in := doc(paras)
	_, ms := entity.Link([]string{in.Doc.Text})
	in.Mentions = ms[0]
	return in
}

// BenchmarkExtract measures extraction alone, on already-cleaned text
// with its mentions.
func BenchmarkExtract(b *testing.B) {
	in := fixtureInput(b, 40)
	b.SetBytes(int64(len(in.Doc.Text)))
	b.ReportAllocs()
	done := cputime.Report(b, int64(len(in.Doc.Text)))
	for b.Loop() {
		Extract(in)
	}
	done()
}

// BenchmarkExtractSeeds measures extraction on the team's seed articles,
// cleaned first, when they are present on this machine.
func BenchmarkExtractSeeds(b *testing.B) {
	var ins []Input
	var texts []string
	size := 0
	for _, f := range shared.Seeds(b) {
		d := clean.Clean(f.Text, clean.Options{})
		ins = append(ins, Input{Doc: d, Date: timex.DateOf(2024, 12, 1)})
		texts = append(texts, d.Text)
		size += len(d.Text)
	}
	_, ms := entity.Link(texts)
	for i := range ins {
		ins[i].Mentions = ms[i]
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	done := cputime.Report(b, int64(size))
	for b.Loop() {
		for _, in := range ins {
			Extract(in)
		}
	}
	done()
}
