package core_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/jsonw"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// pagesDir holds the cleaning benchmark's dev pages (see internal/shared).
// The benchmarks that need them skip when they are absent, so
// `go test -bench .` works anywhere.
var pagesDir = filepath.Join(shared.Dir(), "bench/cleaning/dev/pages")

// benchBatch is how many pages make one analysis in BenchmarkAnalyzePages:
// a reader compares a handful of articles, not a hundred.
const benchBatch = 5

// loadSeeds returns the seed articles, or skips b when they are absent.
func loadSeeds(b *testing.B) []core.Article {
	b.Helper()
	var out []core.Article
	for _, f := range shared.Seeds(b) {
		out = append(out, core.Article{Name: f.Name, Text: f.Text})
	}
	return out
}

// loadPages returns the cleaning benchmark's pages with the given suffix
// (".txt" or ".html.gz", unzipped), or skips b when they are absent.
func loadPages(b *testing.B, suffix string) []core.Article {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(pagesDir, "*"+suffix))
	if len(files) == 0 {
		b.Skipf("no %s pages in %s", suffix, pagesDir)
	}
	sort.Strings(files)
	var out []core.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if suffix == ".html.gz" {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatalf("%s: %v", f, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				b.Fatalf("%s: %v", f, err)
			}
		}
		out = append(out, core.Article{Name: filepath.Base(f), Text: string(data)})
	}
	return out
}

// textBytes is the input size of arts, for b.SetBytes.
func textBytes(arts []core.Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}

// repeat returns k copies of arts with distinct names, as k readers pasting
// the same articles would.
func repeat(arts []core.Article, k int) []core.Article {
	out := make([]core.Article, 0, k*len(arts))
	for i := 0; i < k; i++ {
		for _, a := range arts {
			a.Name = fmt.Sprintf("%s#%d", a.Name, i)
			out = append(out, a)
		}
	}
	return out
}

// analyze runs the whole pipeline and fails b on error.
func analyze(b *testing.B, arts []core.Article) core.Report {
	rep, err := core.Analyze(arts, core.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return rep
}

// BenchmarkAnalyzeSeeds is the whole pipeline on the five seeds, once and
// repeated: x1 is what a reader does, x20 shows what compare costs as the
// claims multiply.
func BenchmarkAnalyzeSeeds(b *testing.B) {
	seeds := loadSeeds(b)
	for _, k := range []int{1, 4, 20} {
		arts := repeat(seeds, k)
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.SetBytes(textBytes(arts))
			b.ReportAllocs()
			done := cputime.Report(b, textBytes(arts))
			for b.Loop() {
				analyze(b, arts)
			}
			done()
		})
	}
}

// BenchmarkSeedsMB is the native side of scripts/bench-wasm.sh: the same
// two workloads bench/wasm/bench.js gives the wasm build, about 1 MB of the
// seeds each, with the report written as the page receives it: escaped to
// ASCII by jsonw.AppendASCII into the buffer the last report was written in.
// "seeds" analyses the five seeds together, again and again until 1 MB is
// done (what readers do); "copies" analyses the seeds repeated as one set
// of ~325 articles, a stress test for compare, where every claim has dozens
// of identical twins.
func BenchmarkSeedsMB(b *testing.B) {
	seeds := loadSeeds(b)
	rounds := int(1e6/textBytes(seeds)) + 1
	copies := repeat(seeds, rounds)
	size := textBytes(copies)
	for _, in := range []struct {
		name   string
		arts   []core.Article
		rounds int
	}{{"seeds", seeds, rounds}, {"copies", copies, 1}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			done := cputime.Report(b, size)
			var page []byte
			for b.Loop() {
				for range in.rounds {
					out, err := jsonw.AppendASCII(page[:0], analyze(b, in.arts))
					if err != nil {
						b.Fatal(err)
					}
					page = out
				}
			}
			done()
		})
	}
}

// BenchmarkAnalyzePages is the whole pipeline on the cleaning benchmark's
// whole pages, plain text and HTML, in batches of benchBatch articles.
func BenchmarkAnalyzePages(b *testing.B) {
	for _, kind := range []struct{ name, suffix string }{{"txt", ".txt"}, {"html", ".html.gz"}} {
		b.Run(kind.name, func(b *testing.B) {
			pages := loadPages(b, kind.suffix)
			b.SetBytes(textBytes(pages))
			b.ReportAllocs()
			done := cputime.Report(b, textBytes(pages))
			for b.Loop() {
				for i := 0; i < len(pages); i += benchBatch {
					analyze(b, pages[i:min(i+benchBatch, len(pages))])
				}
			}
			done()
		})
	}
}

// scaleSizes are the article counts of BenchmarkScale. The 50→500 ratio is
// the project's scaling figure: linear would be 10, the target is ≤ 12.
var scaleSizes = []int{10, 50, 100, 200, 500, 1000}

// BenchmarkScale is the whole pipeline on n generated articles about five
// events, so that compare has many related claims to weigh.
func BenchmarkScale(b *testing.B) {
	for _, n := range scaleSizes {
		arts := genArticles(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(textBytes(arts))
			b.ReportAllocs()
			var claims, rels int
			done := cputime.Report(b, textBytes(arts))
			for b.Loop() {
				rep := analyze(b, arts)
				claims, rels = countClaims(rep), len(rep.Relations)
			}
			done()
			b.ReportMetric(float64(claims), "claims")
			b.ReportMetric(float64(rels), "relations")
		})
	}
}

// BenchmarkDenials is the whole pipeline on n copies of one report that
// tells what a club denies and denies it: the worst case of the denial
// pairing, which must grow with the pairs it keeps (core/denial's
// maxPairs), not with every denial against every sentence.
func BenchmarkDenials(b *testing.B) {
	for _, n := range []int{50, 500} {
		arts := make([]core.Article, n)
		for i := range arts {
			arts[i] = core.Article{Name: fmt.Sprintf("r%d", i), Text: fmt.Sprintf("Crush at Orvel Arena\n\n"+
				"Police said stewards had opened the north gate before the crush on Saturday. "+
				"The club denied that its stewards had opened the north gate. "+
				"At least %d people were killed, officials said.\n", 3+i%40)}
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(textBytes(arts))
			b.ReportAllocs()
			for b.Loop() {
				analyze(b, arts)
			}
		})
	}
}

// BenchmarkLongArticle is the whole pipeline on one article of growing
// size, up to the 2 MiB limit: time per MB should stay flat, since no stage
// may be quadratic in the length of one text.
func BenchmarkLongArticle(b *testing.B) {
	for _, kb := range []int{64, 256, 1024, 2048} {
		arts := []core.Article{{Name: "long", Text: bigArticle(kb << 10)[:kb<<10]}}
		b.Run(fmt.Sprintf("KiB=%d", kb), func(b *testing.B) {
			b.SetBytes(textBytes(arts))
			b.ReportAllocs()
			done := cputime.Report(b, textBytes(arts))
			for b.Loop() {
				analyze(b, arts)
			}
			done()
		})
	}
}

// countClaims is the number of claims in rep.
func countClaims(rep core.Report) int {
	n := 0
	for _, a := range rep.Articles {
		n += len(a.Claims)
	}
	return n
}

// BenchmarkMemory reports the pipeline's memory on 1,000 generated
// articles: peak-MB is the highest live heap seen while Analyze runs
// (sampled every millisecond), report-MB what the report keeps alive,
// alloc-MB/op and allocs/MB what it allocates per run and per input MB.
func BenchmarkMemory(b *testing.B) {
	arts := genArticles(1000)
	in := textBytes(arts)
	b.SetBytes(in)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	base := heapLive()
	stop := sampleHeap()
	var rep core.Report
	for b.Loop() {
		rep = analyze(b, arts)
	}
	peak := stop()
	runtime.ReadMemStats(&after)
	runtime.GC()
	kept := heapLive()
	runtime.KeepAlive(rep)
	n := float64(b.N)
	mb := float64(in) / (1 << 20)
	b.ReportMetric(float64(peak-base)/(1<<20), "peak-MB")
	b.ReportMetric(float64(kept-base)/(1<<20), "report-MB")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n/(1<<20), "alloc-MB/op")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n/mb, "allocs/MB")
}

// heapLive is the bytes of live and not-yet-swept heap objects, read
// without stopping the world.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap polls heapLive every millisecond until the returned function
// is called, which returns the highest value seen.
func sampleHeap() func() uint64 {
	var (
		mu   sync.Mutex
		peak = heapLive()
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				v := heapLive()
				mu.Lock()
				peak = max(peak, v)
				mu.Unlock()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return max(peak, heapLive())
	}
}
