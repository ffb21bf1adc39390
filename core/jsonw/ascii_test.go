package jsonw

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

func TestASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{``, ``},
		{`{"a":"plain"}`, `{"a":"plain"}`},
		{`"café"`, `"caf\u00e9"`},
		{`["‘quoted’ – dash"]`, `["\u2018quoted\u2019 \u2013 dash"]`},
		{`"𝄞"`, `"\ud834\udd1e"`},
		{"\"bad\xffbyte\"", `"bad\ufffdbyte"`},
		{`{"ключ":"значение"}`, `{"\u043a\u043b\u044e\u0447":"\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435"}`},
	} {
		if got := string(ASCII([]byte(tc.in))); got != tc.want {
			t.Errorf("ASCII(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestASCIISame checks that ASCII returns its argument, not a copy, when
// there is nothing to escape.
func TestASCIISame(t *testing.T) {
	b := []byte(`{"a":[1,2,"x"]}`)
	if got := ASCII(b); &got[0] != &b[0] {
		t.Error("ASCII copied an ASCII text")
	}
}

// FuzzASCII checks that the escaped text is ASCII and reads back as the
// same value as the text it came from: the input itself when it is JSON,
// and the input marshalled as a string.
func FuzzASCII(f *testing.F) {
	for _, s := range []string{`{"a":"café 𝄞"}`, `["\u00e9",1.5,null]`, `"x"`, "\"bad\xff\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if json.Valid([]byte(s)) {
			checkASCII(t, []byte(s))
		}
		if b, err := Marshal(s); err == nil {
			checkASCII(t, b)
		}
	})
}

// checkASCII fails t unless ASCII(b) is ASCII and unmarshals as b does.
func checkASCII(t *testing.T, b []byte) {
	t.Helper()
	a := ASCII(b)
	for _, c := range a {
		if c >= 0x80 {
			t.Fatalf("ASCII(%q) = %q has a non-ASCII byte", b, a)
		}
	}
	x, err := decodeNumbers(b)
	if err != nil {
		t.Fatalf("%q: %v", b, err)
	}
	y, err := decodeNumbers(a)
	if err != nil {
		t.Fatalf("ASCII(%q) = %q is not JSON: %v", b, a, err)
	}
	if !reflect.DeepEqual(x, y) {
		t.Fatalf("ASCII(%q) = %q reads as %v, not %v", b, a, y, x)
	}
}

// decodeNumbers reads the JSON text b with its numbers kept as written:
// valid JSON may hold a number no float64 holds ("1E700"), and ASCII
// never touches numbers, so they compare as text.
func decodeNumbers(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// TestHintKept checks that a small output, such as a MarshalJSON method's
// in the middle of a report, does not shrink the size the next report's
// buffer is made.
func TestHintKept(t *testing.T) {
	big := make([]string, 2000)
	for i := range big {
		big[i] = "word"
	}
	for _, v := range []any{big, 1.5, "short"} {
		if _, err := Marshal(v); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := lastLen.Load(), int64(len(`"word",`)*2000+1); got != want {
		t.Errorf("lastLen = %d after a %d-byte output and two small ones, want %[2]d", got, want)
	}
}
