package unorm

import (
	"strings"
	"testing"
)

// FuzzNormalize checks NFC, NFD and IsNFC against x/text on arbitrary
// strings, bad UTF-8 included, and that NFC and NFD are idempotent.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "ascii", "cafe\u0301", "Vie\u0302\u0323t", "\u212b\u2126", "한국\u1100\u1161\u11a8",
		"\u0958\u0344\uf900", "a\xff\u0301", "e\u0301\xf0\u0340", "x" + strings.Repeat("\u0316", 33),
		"\u01d8" + strings.Repeat("\u0301", 29) + "\uff9e", "\u0f73\u0f75\u0f81\u0fb7",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !same(t, s) {
			return
		}
		if c := NFC(s); NFC(c) != c || !IsNFC(c) {
			t.Errorf("NFC(%+q) = %+q is not NFC", s, c)
		}
		if d := NFD(s); NFD(d) != d {
			t.Errorf("NFD(%+q) = %+q is not NFD", s, d)
		}
	})
}
