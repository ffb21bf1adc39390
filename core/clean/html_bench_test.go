package clean

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// htmlBenchDir is the shared article-extraction benchmark; tests that need it
// skip when it is absent (CI copies it beside the clone, others may not).
var htmlBenchDir = filepath.Join(shared.Dir(), "bench", "cleaning")

// htmlBenchPage is one page of the benchmark.
type htmlBenchPage struct {
	key, url, html, gold string
}

// loadBench reads the pages of one split ("dev" or "test"), or nil.
func loadHTMLBench(tb testing.TB, split string) []htmlBenchPage {
	dir := filepath.Join(htmlBenchDir, split)
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		tb.Fatal(err)
	}
	var pages []htmlBenchPage
	for k, g := range gold {
		f, err := os.Open(filepath.Join(dir, "pages", k+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, htmlBenchPage{key: k, url: g.URL, html: string(b), gold: g.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].key < pages[j].key })
	return pages
}

// shingles counts the 4-word shingles of s, words being runs of letters,
// digits and "_" as in the benchmark's scorer.
func htmlShingles(s string) map[[4]string]int {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
	m := make(map[[4]string]int)
	if len(words) > 0 && len(words) < 4 {
		var k [4]string
		copy(k[:], words)
		m[k]++
	}
	for i := 0; i+4 <= len(words); i++ {
		m[[4]string{words[i], words[i+1], words[i+2], words[i+3]}]++
	}
	return m
}

// shingleScore returns precision and recall of pred against gold, with
// ok flags saying whether each is defined (the benchmark skips pages where
// it is not).
func htmlShingleScore(gold, pred string) (p, r float64, okP, okR bool) {
	g, q := htmlShingles(gold), htmlShingles(pred)
	var tp, fp, fn float64
	for k, a := range g {
		b := q[k]
		tp += float64(min(a, b))
		fn += float64(max(0, a-b))
	}
	for k, b := range q {
		fp += float64(max(0, b-g[k]))
	}
	if fp == 0 && fn == 0 {
		return 1, 1, true, true
	}
	if tp+fp > 0 {
		p, okP = tp/(tp+fp), true
	}
	if tp+fn > 0 {
		r, okR = tp/(tp+fn), true
	}
	return p, r, okP, okR
}

// TestHTMLBenchScore prints the benchmark score of HTML and its worst pages.
// It only runs when CLEAN_BENCH names a split: CLEAN_BENCH=dev go test -run
// HTMLBenchScore -v ./core/clean. The reported figure is cleanbench.py's.
func TestHTMLBenchScore(t *testing.T) {
	split := os.Getenv("CLEAN_BENCH")
	if split == "" {
		t.Skip("set CLEAN_BENCH=dev to score the benchmark")
	}
	pages := loadHTMLBench(t, split)
	if pages == nil {
		t.Skip("benchmark absent")
	}
	type row struct {
		key, url string
		p, r     float64
	}
	var rows []row
	var sp, sr float64
	var np, nr int
	var opts Options
	switch os.Getenv("CLEAN_FAVOR") {
	case "recall":
		opts.Favor = Recall
	case "precision":
		opts.Favor = Precision
	}
	for _, pg := range pages {
		d := HTML(pg.html, opts)
		p, r, okP, okR := htmlShingleScore(pg.gold, d.Text)
		if okP {
			sp += p
			np++
		}
		if okR {
			sr += r
			nr++
		}
		rows = append(rows, row{pg.key, pg.url, p, r})
	}
	P, R := sp/float64(max(np, 1)), sr/float64(max(nr, 1))
	if out := os.Getenv("CLEAN_BENCH_OUT"); out != "" {
		var b strings.Builder
		for _, r := range rows {
			fmt.Fprintf(&b, "%s P %.3f R %.3f %s\n", r.key[:12], r.p, r.r, r.url)
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].p*rows[i].r < rows[j].p*rows[j].r })
	for _, r := range rows[:min(len(rows), 25)] {
		fmt.Printf("P %.3f R %.3f %s %s\n", r.p, r.r, r.key[:12], r.url)
	}
	fmt.Printf("F1 %.3f P %.3f R %.3f (%d pages)\n", 2*P*R/(P+R), P, R, len(pages))
}

// BenchmarkHTML measures HTML over the benchmark pages, or over the test
// fixtures when the benchmark is absent.
func BenchmarkHTML(b *testing.B) {
	var docs []string
	for _, pg := range loadHTMLBench(b, "dev") {
		docs = append(docs, pg.html)
	}
	if docs == nil {
		files, _ := filepath.Glob("testdata/html/*.html")
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(raw))
		}
	}
	if docs == nil {
		b.Skip("no pages")
	}
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	done := cputime.Report(b, int64(total))
	for b.Loop() {
		for _, d := range docs {
			HTML(d, Options{})
		}
	}
	done()
}

// TestIsHTMLBench checks that every benchmark page is detected as HTML and
// none of the plain-text copies is.
func TestIsHTMLBench(t *testing.T) {
	for _, split := range []string{"dev", "test"} {
		for _, pg := range loadHTMLBench(t, split) {
			if !IsHTML(pg.html) {
				t.Errorf("IsHTML(%s %s) = false", split, pg.key[:12])
			}
			txt, err := os.ReadFile(filepath.Join(htmlBenchDir, split, "pages", pg.key+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if IsHTML(string(txt)) {
				t.Errorf("IsHTML(%s %s.txt) = true", split, pg.key[:12])
			}
		}
	}
}
