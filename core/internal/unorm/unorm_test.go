package unorm

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, nfc, nfd string
	}{
		{"empty", "", "", ""},
		{"ascii", "Plain text, 42.", "Plain text, 42.", "Plain text, 42."},
		{"composed latin", "café crème", "café crème", "cafe\u0301 cre\u0300me"},
		{"decomposed latin", "cafe\u0301", "café", "cafe\u0301"},
		{"two marks", "u\u0308\u0301", "ǘ", "u\u0308\u0301"},
		{"vietnamese stacked", "Vie\u0323\u0302t", "Việt", "Vie\u0323\u0302t"},
		{"vietnamese reordered", "Vie\u0302\u0323t", "Việt", "Vie\u0323\u0302t"},
		{"vietnamese composed", "Việt Nam", "Việt Nam", "Vie\u0323\u0302t Nam"},
		{"marks reordered", "a\u0301\u0316", "á\u0316", "a\u0316\u0301"},
		{"equal classes keep order", "a\u0301\u0300", "á\u0300", "a\u0301\u0300"},
		{"blocked by equal class", "a\u0300\u0301", "à\u0301", "a\u0300\u0301"},
		{"hangul syllable", "한국", "한국", "\u1112\u1161\u11ab\u1100\u116e\u11a8"},
		{"hangul jamo", "\u1112\u1161\u11ab", "한", "\u1112\u1161\u11ab"},
		{"hangul lv + t", "\ud558\u11ab", "한", "\u1112\u1161\u11ab"},
		{"angstrom sign", "\u212b", "Å", "A\u030a"},
		{"ohm sign", "\u2126", "Ω", "Ω"},
		{"kelvin sign", "\u212a", "K", "K"},
		{"exclusion", "\u0958", "\u0915\u093c", "\u0915\u093c"},
		{"exclusion kept decomposed", "\u0915\u093c", "\u0915\u093c", "\u0915\u093c"},
		{"non-starter decomposition", "a\u0344", "\u00e4\u0301", "a\u0308\u0301"},
		{"cjk compatibility", "\uf900", "\u8c48", "\u8c48"},
		{"greek oxia", "\u1f71", "\u03ac", "\u03b1\u0301"},
		{"mark first", "\u0301a", "\u0301a", "\u0301a"},
		{"invalid byte", "a\xffb\u0301", "a\xffb́", "a\xffb\u0301"},
		{"invalid before mark", "\xff\u0301\u0316", "\xff\u0316\u0301", "\xff\u0316\u0301"},
		{"cut short", "e\u0301\xe2\x82", "é\xe2\x82", "e\u0301\xe2\x82"},
		{"cut short, rest copied", "e\u0301\xf0\u0340", "é\xf0\u0340", "e\u0301\xf0\u0340"},
		{"replacement char", "\ufffd\u0301", "\ufffd\u0301", "\ufffd\u0301"},
		{"31 marks", "a" + strings.Repeat("\u0316", 31), "a" + strings.Repeat("\u0316", 30) + "\u034f\u0316", "a" + strings.Repeat("\u0316", 30) + "\u034f\u0316"},
	}
	for _, tt := range tests {
		if got := NFC(tt.in); got != tt.nfc {
			t.Errorf("%s: NFC(%+q) = %+q, want %+q", tt.name, tt.in, got, tt.nfc)
		}
		if got := NFD(tt.in); got != tt.nfd {
			t.Errorf("%s: NFD(%+q) = %+q, want %+q", tt.name, tt.in, got, tt.nfd)
		}
		if got, want := IsNFC(tt.in), tt.in == tt.nfc; got != want {
			t.Errorf("%s: IsNFC(%+q) = %v, want %v", tt.name, tt.in, got, want)
		}
		same(t, tt.in)
	}
}

// same checks NFC, NFD and IsNFC of s against x/text.
func same(t *testing.T, s string) bool {
	t.Helper()
	ok := true
	if got, want := NFC(s), norm.NFC.String(s); got != want {
		t.Errorf("NFC(%+q) = %+q, x/text %+q", s, got, want)
		ok = false
	}
	if got, want := NFD(s), norm.NFD.String(s); got != want {
		t.Errorf("NFD(%+q) = %+q, x/text %+q", s, got, want)
		ok = false
	}
	if got, want := IsNFC(s), norm.NFC.IsNormalString(s); got != want {
		t.Errorf("IsNFC(%+q) = %v, x/text %v", s, got, want)
		ok = false
	}
	return ok
}

// TestEveryRune compares every rune with x/text: alone, and where runes
// are assigned also after a letter or a leading Hangul consonant and before
// marks of different classes, a vowel and a trailing consonant.
func TestEveryRune(t *testing.T) {
	around := []struct{ pre, suf string }{
		{"a", ""}, {"\u1100", ""}, {"", "\u0301"}, {"", "\u0316\u0301"}, {"", "\u0345\u0300"},
		{"", "\u1161\u11a8"}, {"", "\u093c"}, {"", "\u3099"},
	}
	short := testing.Short() || runtime.GOOS == "js" // wasm runs it some ten times slower
	fails := 0
	for r := rune(0); r <= utf8.MaxRune && fails < 20; r++ {
		if !utf8.ValidRune(r) || short && r >= 0x40000 {
			continue
		}
		s := string(r)
		if !same(t, s) {
			fails++
		}
		if r >= 0x40000 && (r < 0xE0000 || r >= 0xF0000) || short && r&0xff != 0 {
			continue // unassigned or private use, or a short run
		}
		for _, a := range around {
			if !same(t, a.pre+s+a.suf) {
				fails++
			}
		}
	}
}

func TestNoAllocation(t *testing.T) {
	for _, s := range []string{"plain ascii", "café “quoted” — Việt Nam, 한국", "a\u0316"} {
		if n := testing.AllocsPerRun(10, func() { NFC(s); IsNFC(s) }); n != 0 {
			t.Errorf("NFC(%q) allocates %v times", s, n)
		}
		if got := NFC(s); got != s {
			t.Errorf("NFC(%q) = %q", s, got)
		}
	}
}
