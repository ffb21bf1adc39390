package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// TestReadsEnglish checks the language test on bodies written for it
// (testdata/lang): English prose and an English list pass, the same report
// in German, Portuguese, Indonesian and Russian does not, nor Italian
// whose shortened links ("amzn.to") would count "to", and a body too short
// to judge passes.
func TestReadsEnglish(t *testing.T) {
	tests := []struct {
		file string
		want bool
	}{
		{"en_report.txt", true},
		{"en_list.txt", true},
		{"de_report.txt", false},
		{"pt_report.txt", false},
		{"it_links.txt", false},
		{"id_report.txt", false},
		{"ru_report.txt", false},
		{"short_de.txt", true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "lang", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := ReadsEnglish(ascii.Lower(string(b))); got != tt.want {
				t.Errorf("ReadsEnglish(%s) = %v, want %v", tt.file, got, tt.want)
			}
		})
	}
}

// TestReadsEnglishSample checks that only the first englishSample bytes
// count: an English opening decides, whatever follows.
func TestReadsEnglishSample(t *testing.T) {
	en := strings.Repeat("the army said that it has taken the town and will hold it. ", 80)
	de := strings.Repeat("die armee sagte, dass sie die stadt eingenommen hat und halten wird. ", 80)
	if !ReadsEnglish(en + de) {
		t.Error("an English opening followed by German: want English")
	}
	if ReadsEnglish(de + en) {
		t.Error("a German opening followed by English: want not English")
	}
}

// TestLetterAt checks word characters: letters of any script join a word;
// digits, punctuation, dashes and curly quotes separate words.
func TestLetterAt(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"a", 1}, {"'", 1}, {"ü", 2}, {"ж", 2}, {"字", 3},
		{" ", -1}, {"7", -1}, {".", -1}, {"—", -3}, {"”", -3}, {"\xff", -1},
	} {
		if got := letterAt(tt.s, 0); got != tt.want {
			t.Errorf("letterAt(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func FuzzReadsEnglish(f *testing.F) {
	f.Add("the port was closed on tuesday, the harbour master said.")
	f.Add("die brücke ist gesperrt — amzn.to/2ab")
	f.Add("\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		ReadsEnglish(s) // must not panic on any bytes, cut runes included
	})
}

// BenchmarkReadsEnglish times the test on a full 4 KB sample of English.
func BenchmarkReadsEnglish(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "lang", "en_report.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lower := ascii.Lower(strings.Repeat(string(raw), englishSample/len(raw)+1))
	b.SetBytes(englishSample)
	for b.Loop() {
		ReadsEnglish(lower)
	}
}
