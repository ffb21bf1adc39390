package jsonw

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

// TestSafe8 checks the eight-byte test against the byte table: every
// byte value at every position among safe bytes, and random words mixing
// safe and unsafe bytes.
func TestSafe8(t *testing.T) {
	word := func(b [8]byte) uint64 { return binary.LittleEndian.Uint64(b[:]) }
	for c := range 256 {
		for pos := range 8 {
			b := [8]byte{'a', 'b', ' ', '~', 'z', '0', '}', '#'}
			b[pos] = byte(c)
			if got, want := safe8(word(b)), safe[c]; got != want {
				t.Fatalf("safe8(%q) = %v, want %v", b, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	pool := []byte{0, 0x1f, ' ', '!', '"', '#', '%', '&', '\'', ';', '<', '=', '>', '?', '[', '\\', ']', 'a', 0x7f, 0x80, 0xc3, 0xff}
	for range 100000 {
		var b [8]byte
		want := true
		for i := range b {
			b[i] = pool[r.IntN(len(pool))]
			want = want && safe[b[i]]
		}
		if got := safe8(word(b)); got != want {
			t.Fatalf("safe8(%q) = %v, want %v", b, got, want)
		}
	}
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", "quote \" back \\ <b>&amp;", "ctl \x01\n\t", "bad \xff", "line\u2028 é 🚀", "eight by eight bytes, safe all along!"} {
		want, _ := Marshal(s)
		if got := AppendString([]byte("x"), s); string(got) != "x"+string(want) {
			t.Errorf("AppendString(x, %q) = %s, want x%s", s, got, want)
		}
	}
}

// BenchmarkAppendString writes a news-like paragraph: plain ASCII with
// a few quotes and a curly apostrophe, as the report's texts are.
func BenchmarkAppendString(b *testing.B) {
	s := ""
	for range 20 {
		s += "The river rose by two metres on Monday, officials said, and \"several\" roads were closed near the town’s bridge. "
	}
	for _, ascii := range []bool{false, true} {
		name := "utf8"
		if ascii {
			name = "ascii"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			buf := make([]byte, 0, 2*len(s))
			done := cputime.Report(b, int64(len(s)))
			for b.Loop() {
				buf = appendString(buf[:0], s, ascii)
			}
			done()
		})
	}
}
