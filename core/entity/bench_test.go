package entity

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// genArticles writes n invented news articles over a pool of invented
// names that grows with n, so that linking at scale meets many distinct
// names, acronyms and spelling variants, as a real collection would.
func genArticles(n int, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	syl := []string{"ka", "ro", "van", "mi", "tel", "sa", "dor", "lu", "ben", "za", "ha", "mar", "ti", "os", "ne", "quil", "ra", "do", "fe", "li"}
	word := func() string {
		var b strings.Builder
		for i := 0; i < 2+r.Intn(2); i++ {
			b.WriteString(syl[r.Intn(len(syl))])
		}
		w := b.String()
		return strings.ToUpper(w[:1]) + w[1:]
	}
	pool := 20 + 2*n
	people := make([]string, pool)
	places := make([]string, pool)
	orgs := make([]string, pool)
	for i := range people {
		people[i] = word() + " " + word()
		places[i] = word()
		orgs[i] = word() + " Council for " + word() + " Affairs"
	}
	acr := func(o string) string {
		var b strings.Builder
		for _, w := range strings.Fields(o) {
			if w != "for" {
				b.WriteByte(w[0])
			}
		}
		return b.String()
	}
	misspell := func(s string) string {
		if len(s) < 6 || r.Intn(4) > 0 {
			return s
		}
		i := 2 + r.Intn(len(s)-3)
		if s[i] == ' ' || s[i+1] == ' ' {
			return s
		}
		return s[:i] + string(s[i+1]) + string(s[i]) + s[i+2:]
	}
	templates := []func() string{
		func() string {
			return "President " + misspell(people[r.Intn(pool)]) + " said the talks in " + places[r.Intn(pool)] + " had failed."
		},
		func() string {
			o := orgs[r.Intn(pool)]
			return "According to the " + o + " (" + acr(o) + "), at least 40 people were killed in " + places[r.Intn(pool)] + "."
		},
		func() string {
			return "The " + acr(orgs[r.Intn(pool)]) + " said Russian forces had shelled the city of " + places[r.Intn(pool)] + "."
		},
		func() string {
			return "Fighting spread to " + misspell(places[r.Intn(pool)]) + " province on Sunday, residents said."
		},
		func() string {
			return "Iranian-backed militias and Turkish troops clashed near " + places[r.Intn(pool)] + "."
		},
		func() string {
			p := people[r.Intn(pool)]
			return p + ", director of the " + orgs[r.Intn(pool)] + ", told reporters that " + strings.Fields(p)[1] + " would stay."
		},
		func() string {
			return "In a statement, the government army said it had retaken " + places[r.Intn(pool)] + " from the rebels."
		},
	}
	texts := make([]string, n)
	for a := range texts {
		var b strings.Builder
		for p := 0; p < 6; p++ {
			for s := 0; s < 3; s++ {
				b.WriteString(templates[r.Intn(len(templates))]())
				b.WriteByte(' ')
			}
			b.WriteByte('\n')
		}
		texts[a] = b.String()
	}
	return texts
}

func benchmarkLink(b *testing.B, n int) {
	texts := genArticles(n, 1)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	done := cputime.Report(b, int64(size))
	for i := 0; i < b.N; i++ {
		Link(texts)
	}
	done()
}

func BenchmarkLink50(b *testing.B)  { benchmarkLink(b, 50) }
func BenchmarkLink500(b *testing.B) { benchmarkLink(b, 500) }

// BenchmarkLinkNews measures throughput on the invented news fixtures.
func BenchmarkLinkNews(b *testing.B) {
	texts := readNews(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	done := cputime.Report(b, int64(size))
	for i := 0; i < b.N; i++ {
		Link(texts)
	}
	done()
}

// BenchmarkLinkSeeds measures linking on the team's seed articles, cleaned
// first, when they are present on this machine: the texts Analyze links.
func BenchmarkLinkSeeds(b *testing.B) {
	var texts []string
	size := 0
	for _, f := range shared.Seeds(b) {
		t := clean.Clean(f.Text, clean.Options{}).Text
		texts = append(texts, t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	done := cputime.Report(b, int64(size))
	for b.Loop() {
		Link(texts)
	}
	done()
}

// BenchmarkTokenize measures the tokenizer alone on the invented
// articles, with the lower-cased copy made beforehand as Analyze makes it.
func BenchmarkTokenize(b *testing.B) {
	texts := genArticles(20, 3)
	lowers := make([]string, len(texts))
	size := 0
	for i, t := range texts {
		lowers[i] = strings.ToLower(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	buf := make([]token, 0, 4096)
	for b.Loop() {
		for i, t := range texts {
			buf, _, _ = tokenize(t, lowers[i], buf[:0])
		}
	}
}
