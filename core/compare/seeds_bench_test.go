package compare

import (
	"strconv"
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/timex"
	"github.com/crosscheck/crosscheck/internal/cputime"
	seeds "github.com/crosscheck/crosscheck/internal/shared"
)

// seedInput returns the seed articles' compare input as core.Analyze builds
// it (cleaned, linked, extracted, claims numbered), with the entity names,
// and the size of the seeds' text; it skips tb when the seeds are absent.
func seedInput(tb testing.TB) ([]Article, []claim.Claim, Options, int64) {
	files := seeds.Seeds(tb)
	texts := make([]string, len(files))
	lowers := make([]string, len(files))
	docs := make([]clean.Doc, len(files))
	var size int64
	for i, f := range files {
		docs[i] = clean.Clean(f.Text, clean.Options{})
		texts[i], lowers[i] = docs[i].Text, ascii.Lower(docs[i].Text)
		size += int64(len(f.Text))
	}
	ents, mentions := entity.LinkLower(texts, lowers)
	names := make(map[string]string, len(ents))
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	arts := make([]Article, len(files))
	var claims []claim.Claim
	for i := range docs {
		date, _ := timex.ParseISO(docs[i].Meta.Date.Value)
		cs, years := claim.ExtractYears(claim.Input{Article: i, Doc: docs[i], Mentions: mentions[i], Date: date, Lower: lowers[i]})
		src := ""
		if !date.IsZero() {
			src = "text"
		}
		arts[i] = Article{Index: i, Name: files[i].Name, Date: date, DateSource: src, Years: years}
		for j := range cs {
			cs[j].ID = "a" + strconv.Itoa(i+1) + ".c" + strconv.Itoa(j+1)
		}
		claims = append(claims, cs...)
	}
	return arts, claims, Options{Names: names}, size
}

// BenchmarkCompareSeeds measures CompareWith on the seed articles' claims,
// as core.Analyze calls it, when the seeds are present on this machine.
// cpu-MB/s is per byte of the seeds' raw text, as the pipeline's figure.
func BenchmarkCompareSeeds(b *testing.B) {
	arts, claims, opts, size := seedInput(b)
	b.SetBytes(size)
	b.ReportAllocs()
	done := cputime.Report(b, size)
	var rels int
	for b.Loop() {
		rels = len(CompareWith(arts, claims, opts).Relations)
	}
	done()
	b.ReportMetric(float64(len(claims)), "claims")
	b.ReportMetric(float64(rels), "relations")
}
