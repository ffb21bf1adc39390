package unorm

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"golang.org/x/text/unicode/norm"
)

// Benchmark texts, invented for the purpose and repeated to about 20 KB.
var benchTexts = []struct{ name, text string }{
	{"ascii", "The council voted 7-2 on Tuesday to extend the programme until March, officials said. "},
	{"latin", "Le maire a déclaré à la presse que la réunion était reportée. Según el informe, más de ciento veinte familias fueron evacuadas. Ông Nguyễn nói rằng cuộc họp đã được hoãn lại. "},
	{"news", "“We expect a decision within weeks,” said José Álvarez, a spokesman for the agency — adding that 1,200 people had left the area. "},
	{"decomposed", "Le maire a de\u0301clare\u0301 a\u0300 la presse que la re\u0301union e\u0301tait reporte\u0301e. "},
}

func benchText(s string) string { return strings.Repeat(s, 20000/len(s)+1) }

func BenchmarkNFC(b *testing.B) {
	for _, bt := range benchTexts {
		s := benchText(bt.text)
		b.Run(bt.name+"/unorm", func(b *testing.B) { bench(b, s, func(s string) int { return len(NFC(s)) }) })
		b.Run(bt.name+"/xtext", func(b *testing.B) { bench(b, s, func(s string) int { return len(norm.NFC.String(s)) }) })
	}
}

func BenchmarkIsNFC(b *testing.B) {
	for _, bt := range benchTexts {
		s := benchText(bt.text)
		b.Run(bt.name+"/unorm", func(b *testing.B) { bench(b, s, func(s string) int { return count(IsNFC(s)) }) })
		b.Run(bt.name+"/xtext", func(b *testing.B) { bench(b, s, func(s string) int { return count(norm.NFC.IsNormalString(s)) }) })
	}
}

func BenchmarkNFD(b *testing.B) {
	for _, bt := range benchTexts {
		s := benchText(bt.text)
		b.Run(bt.name+"/unorm", func(b *testing.B) { bench(b, s, func(s string) int { return len(NFD(s)) }) })
		b.Run(bt.name+"/xtext", func(b *testing.B) { bench(b, s, func(s string) int { return len(norm.NFD.String(s)) }) })
	}
}

var sink int

func count(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// bench times f on s; f returns a number so that nothing is boxed.
func bench(b *testing.B, s string, f func(string) int) {
	f(s) // load the tables outside the timing
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	done := cputime.Report(b, int64(len(s)))
	for b.Loop() {
		sink += f(s)
	}
	done()
}
