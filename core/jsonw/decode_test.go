package jsonw

import (
	"encoding/json"
	"reflect"
	"testing"
)

// sameDecode fails the test unless Decode(in) is what json.Unmarshal into
// an any gives, errors alike.
func sameDecode(t *testing.T, in string) {
	t.Helper()
	var want any
	werr := json.Unmarshal([]byte(in), &want)
	got, gerr := Decode([]byte(in))
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("Decode(%q): error %v, encoding/json's %v", in, gerr, werr)
	}
	if werr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("Decode(%q) = %#v, encoding/json gives %#v", in, got, want)
	}
}

func TestDecodeMatchesEncodingJSON(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"empty", ""},
		{"spaces", "  \t\n "},
		{"null", "null"},
		{"true", " true "},
		{"truth", "truth"},
		{"numbers", `[0, -0, 1.5, -2e3, 1E+2, 1e-400, 12345678901234567890]`},
		{"big number", `1e400`},
		{"leading zero", `01`},
		{"bare minus", `-`},
		{"dot end", `1.`},
		{"exp end", `1e`},
		{"strings", `["", "a\"b\\c\/d", "\b\f\n\r\t", "\u00e9\u2028", "\ud83d\ude80", "\ud83d", "\ud83dx", "\ude80\ud83d\u0041"]`},
		{"bad escape", `"\x"`},
		{"bad hex", `"\u12g4"`},
		{"control", "\"a\x01b\""},
		{"invalid utf8", "\"a\xffb\""},
		{"object", `{"a": 1, "b": [true, false, null], "c": {"d": "e"}, "a": 2}`},
		{"json-ld", `{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Flood closes bridge","datePublished":"2024-05-02T08:00:00Z","author":[{"@type":"Person","name":"Ola Brenn"}]}]}`},
		{"trailing comma", `[1,]`},
		{"trailing object comma", `{"a":1,}`},
		{"unclosed", `{"a":[1`},
		{"two values", `1 2`},
		{"key not string", `{1:2}`},
		{"missing colon", `{"a" 1}`},
		{"empty containers", `[{}, [], ""]`},
	} {
		t.Run(c.name, func(t *testing.T) { sameDecode(t, c.in) })
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"a":[1,"\ud83d\ude80",null]}`, `"\u00e9"`, `-1.5e-3`, `[true,false]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameDecode(t, s) })
}
