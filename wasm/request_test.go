package main

import (
	"encoding/json"
	"reflect"
	"testing"
)

// sameRequest fails the test unless decodeRequest(in) gives the request
// json.Unmarshal does, errors alike.
func sameRequest(t *testing.T, in string) {
	t.Helper()
	var want request
	werr := json.Unmarshal([]byte(in), &want)
	got, gerr := decodeRequest([]byte(in))
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("decodeRequest(%q): error %v, encoding/json's %v", in, gerr, werr)
	}
	if werr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeRequest(%q) = %+v, encoding/json gives %+v", in, got, want)
	}
}

func TestDecodeRequestMatchesEncodingJSON(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"null", `null`},
		{"empty object", `{}`},
		{"bare articles", `{"articles": [{"name": "a.txt", "text": "The dam held."}]}`},
		{"full", `{"op": "analyze", "articles": [{"id": "x1", "name": "a", "text": "t", "date": "2024-05-02", "source": "Wire"}, null], "options": {"favor": 2}}`},
		{"other case", `{"OP": "ping", "Articles": [{"TEXT": "t"}], "Options": {"Favor": 1}}`},
		{"unknown keys", `{"extra": [1, {"a": null}], "articles": [{"colour": "red"}]}`},
		{"null fields", `{"op": null, "articles": null, "options": null}`},
		{"null in article", `{"articles": [{"text": null}]}`},
		{"empty articles", `{"articles": []}`},
		{"not JSON", `{"articles": [`},
		{"wrong type", `{"articles": 3}`},
		{"article not object", `{"articles": ["a"]}`},
		{"text number", `{"articles": [{"text": 5}]}`},
		{"op number", `{"op": 1}`},
		{"favor float", `{"options": {"favor": 1.0}}`},
		{"favor exp", `{"options": {"favor": 1e0}}`},
		{"favor huge", `{"options": {"favor": 99999999999999999999}}`},
		{"favor string", `{"options": {"favor": "1"}}`},
		{"favor negative", `{"options": {"favor": -3}}`},
		{"options array", `{"options": []}`},
		{"array", `[]`},
		{"string", `"x"`},
		{"escapes", `{"articles": [{"text": "line\nnext \u00e9 \ud83d\ude80"}]}`},
	} {
		t.Run(c.name, func(t *testing.T) { sameRequest(t, c.in) })
	}
}

func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{`{"op":"ping"}`, `{"articles":[{"text":"a","Name":"b"}],"options":{"favor":1}}`, `null`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameRequest(t, s) })
}
