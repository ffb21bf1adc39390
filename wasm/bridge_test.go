package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/rs/xid"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/compare"
	"github.com/crosscheck/crosscheck/core/jsonw"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// decode parses a bridge response, failing the test on invalid JSON.
func decode(t *testing.T, out []byte) response {
	t.Helper()
	var r response
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("handle returned invalid JSON %q: %v", out, err)
	}
	return r
}

func TestHandle(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantErr   string // substring of Error; empty means no error
		wantOp    Op
		wantArts  int  // articles in the report, when analyze succeeds
		wantID    bool // an xid in ID
		wantOK    bool
		wantTitle string // first article's title, when set
	}{
		{name: "not JSON", in: `{"articles": [`, wantErr: "bad request"},
		{name: "wrong type", in: `{"articles": 3}`, wantErr: "bad request"},
		{name: "unknown op", in: `{"op": "format"}`, wantErr: `unknown op "format"`},
		{name: "no articles", in: `{"op": "analyze", "articles": []}`, wantErr: "no articles", wantOp: OpAnalyze},
		{name: "empty op means analyze", in: `{"articles": [{"text": "The river rose by two metres on Monday, officials said."}]}`, wantOp: OpAnalyze, wantArts: 1},
		{name: "two articles", in: `{"op": "analyze", "articles": [{"name": "a", "text": "Twelve people died in the flood."}, {"name": "b", "text": "At least 27 people died in the flood, the mayor said."}]}`, wantOp: OpAnalyze, wantArts: 2},
		{name: "new id", in: `{"op": "newID"}`, wantOp: OpNewID, wantID: true},
		{name: "ping", in: `{"op": "ping"}`, wantOp: OpPing, wantOK: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decode(t, handle([]byte(tt.in)))
			if tt.wantErr != "" {
				if !strings.Contains(r.Error, tt.wantErr) {
					t.Fatalf("handle(%q).Error = %q, want it to contain %q", tt.in, r.Error, tt.wantErr)
				}
				if r.Report != nil {
					t.Errorf("handle(%q) has both an error and a report", tt.in)
				}
				return
			}
			if r.Error != "" {
				t.Fatalf("handle(%q).Error = %q, want none", tt.in, r.Error)
			}
			if r.Op != tt.wantOp {
				t.Errorf("handle(%q).Op = %q, want %q", tt.in, r.Op, tt.wantOp)
			}
			if tt.wantArts > 0 && (r.Report == nil || len(r.Report.Articles) != tt.wantArts) {
				t.Errorf("handle(%q) report = %+v, want %d articles", tt.in, r.Report, tt.wantArts)
			}
			if tt.wantID {
				if _, err := xid.FromString(r.ID); err != nil {
					t.Errorf("handle(%q).ID = %q, not an xid: %v", tt.in, r.ID, err)
				}
			}
			if r.OK != tt.wantOK {
				t.Errorf("handle(%q).OK = %v, want %v", tt.in, r.OK, tt.wantOK)
			}
		})
	}
}

// TestHandleTexts: texts passed beside the JSON fill the articles whose
// text is empty, and give the same report as texts inside the JSON.
func TestHandleTexts(t *testing.T) {
	texts := []string{"Flood in Arlo\nTwelve people died in the flood in Arlo on Monday, the mayor said.", "ignored: the JSON has a text"}
	viaJSON := decode(t, handle([]byte(`{"articles":[{"id":"a","name":"a","text":"Flood in Arlo\nTwelve people died in the flood in Arlo on Monday, the mayor said."},{"id":"b","name":"b","text":"Rain in Arlo."}]}`)))
	beside := decode(t, handleTexts([]byte(`{"articles":[{"id":"a","name":"a"},{"id":"b","name":"b","text":"Rain in Arlo."}]}`), texts))
	if viaJSON.Report == nil || beside.Report == nil {
		t.Fatalf("errors: %q, %q", viaJSON.Error, beside.Error)
	}
	a, b := viaJSON.Report.Articles, beside.Report.Articles
	if len(a) != 2 || len(b) != 2 || a[0].Text != b[0].Text || b[1].Text != a[1].Text || len(a[0].Claims) != len(b[0].Claims) {
		t.Errorf("texts beside the JSON give %+v, want %+v", b, a)
	}
	if extra := decode(t, handleTexts([]byte(`{"articles":[{"name":"a"}]}`), []string{"One text.", "two", "three"})); extra.Report == nil || len(extra.Report.Articles) != 1 {
		t.Errorf("extra texts: %+v", extra)
	}
}

// TestHandleNewIDUnique checks that sessions get distinct ids.
func TestHandleNewIDUnique(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		r := decode(t, handle([]byte(`{"op":"newID"}`)))
		if seen[r.ID] {
			t.Fatalf("newID repeated %q", r.ID)
		}
		seen[r.ID] = true
	}
}

// TestHandleReportShape checks the JSON field names the page reads.
func TestHandleReportShape(t *testing.T) {
	out := handle([]byte(`{"articles": [{"name": "x", "date": "2031-04-02", "text": "Home | News | Sport\nThe river burst its banks on Tuesday.\nAt least 12 people died, the ministry said."}]}`))
	var raw map[string]any
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	rep, ok := raw["report"].(map[string]any)
	if !ok {
		t.Fatalf("no report in %s", out)
	}
	for _, k := range []string{"articles", "entities", "relations"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("report lacks %q: %s", k, out)
		}
	}
	arts, _ := rep["articles"].([]any)
	if len(arts) != 1 {
		t.Fatalf("report articles = %v", rep["articles"])
	}
	a := arts[0].(map[string]any)
	for _, k := range []string{"id", "name", "date", "lines", "claims", "text", "paras"} {
		if _, ok := a[k]; !ok {
			t.Errorf("article lacks %q: %s", k, out)
		}
	}
	if a["date"] != "2031-04-02" || a["dateSource"] != "user" {
		t.Errorf("article date = %v (%v), want the user's 2031-04-02", a["date"], a["dateSource"])
	}
}

// FuzzHandle: any bytes in, and any text beside them, valid JSON out,
// never a panic.
func FuzzHandle(f *testing.F) {
	f.Add([]byte(`{"articles":[{"text":"At least 12 people died."}]}`), "")
	f.Add([]byte(`{"op":"newID"}`), "")
	f.Add([]byte(`{"articles":[{"text":"<p>x</p><p>y</p><script>1</script>","date":"bad"}]}`), "")
	f.Add([]byte(`{"articles":[{"name":"a"},{"name":"b","date":"2031-02-30"}]}`), "Nine homes burned.\n\xff")
	f.Add([]byte("\xff\x00{"), "x")
	f.Fuzz(func(t *testing.T, in []byte, text string) {
		out := handleTexts(in, []string{text})
		if !json.Valid(out) {
			t.Fatalf("handle(%q) = %q, not valid JSON", in, out)
		}
		var r response
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatalf("handle(%q) = %q: %v", in, out, err)
		}
		if r.Error != "" && r.Report != nil {
			t.Fatalf("handle(%q) gave both an error and a report", in)
		}
		if r.Error == "" && r.Report == nil && r.ID == "" && !r.OK {
			t.Fatalf("handle(%q) = %q: neither error nor result", in, out)
		}
		samePage(t, in, []string{text}, out)
	})
}

// samePage fails the test unless appendPage appends to a buffer what
// jsonw.ASCII makes of out, handleTexts's response to in and texts, but
// for the fresh xids, which differ from call to call.
func samePage(t *testing.T, in []byte, texts []string, out []byte) {
	t.Helper()
	const prefix = "left over ‘from’ the last call"
	want := xids.ReplaceAll(append([]byte(prefix), jsonw.ASCII(out)...), []byte(`"id":"xid"`))
	got := xids.ReplaceAll(appendPage([]byte(prefix), in, texts), []byte(`"id":"xid"`))
	if !bytes.Equal(got, want) {
		t.Fatalf("appendPage(%q) = %q, want %q", in, got, want)
	}
}

// xids matches an id member holding an xid.
var xids = regexp.MustCompile(`"id":"[0-9a-v]{20}"`)

// TestAppendPage checks that the page gets handleTexts's response escaped
// to ASCII, whatever the request.
func TestAppendPage(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		texts    []string
	}{
		{name: "not JSON", in: `{"articles": [`},
		{name: "ping", in: `{"op": "ping"}`},
		{name: "no articles", in: `{"articles": []}`},
		{name: "report", in: `{"articles":[{"name":"Über"},{"name":"b"}]}`, texts: []string{
			"Flood in Arlo\nTwelve people died in the flood in Arlo on Monday, the mayor said — “a tragedy”.",
			"At least 27 people died in the flood in Arlo, the mayor said on Tuesday. Damage: €5m.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := []byte(tc.in)
			samePage(t, in, tc.texts, handleTexts(in, tc.texts))
		})
	}
}

// TestHandleDates checks what the page's date fields do: two tolls of one
// landslide (40 and 95 dead) contradict on the same day and update when
// the second is dated four days later. The browser test edits the dates
// in the page; this checks the bridge gives the page that answer.
func TestHandleDates(t *testing.T) {
	day1, err := os.ReadFile("../cmd/serve/testdata/landslide-day1.txt")
	if err != nil {
		t.Fatal(err)
	}
	later, err := os.ReadFile("../cmd/serve/testdata/landslide-later.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		date2 string
		want  compare.Kind
	}{
		{name: "same day", date2: "2031-05-02", want: compare.Contradicts},
		{name: "four days later", date2: "2031-05-06", want: compare.Updates},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := json.Marshal(request{Op: OpAnalyze, Articles: []core.Article{
				{Name: "day1", Date: "2031-05-02", Text: string(day1)},
				{Name: "later", Date: tt.date2, Text: string(later)},
			}})
			if err != nil {
				t.Fatal(err)
			}
			r := decode(t, handle(in))
			if r.Report == nil {
				t.Fatalf("no report: %s", r.Error)
			}
			var got []compare.Kind
			for _, rel := range r.Report.Relations {
				if rel.Articles[0] != rel.Articles[1] {
					got = append(got, rel.Kind)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("relations between the articles = %v, want [%s]", got, tt.want)
			}
		})
	}
}

// BenchmarkHandle measures one analysis of the shared seed articles through
// the bridge (JSON in, core.Analyze, JSON out) and core.Analyze alone, so
// that the bridge's own cost shows. Run it under wasm too (`make bench`).
func BenchmarkHandle(b *testing.B) {
	var arts []core.Article
	for _, f := range shared.Seeds(b) {
		arts = append(arts, core.Article{Name: f.Name, Text: f.Text})
	}
	in, err := json.Marshal(request{Op: OpAnalyze, Articles: arts})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("handle", func(b *testing.B) {
		for b.Loop() {
			handle(in)
		}
	})
	texts := make([]string, len(arts))
	bare := make([]core.Article, len(arts))
	for i, a := range arts {
		texts[i], a.Text = a.Text, ""
		bare[i] = a
	}
	inBare, err := json.Marshal(request{Op: OpAnalyze, Articles: bare})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("handleTexts", func(b *testing.B) {
		for b.Loop() {
			handleTexts(inBare, texts)
		}
	})
	b.Run("appendPage", func(b *testing.B) {
		var page []byte
		for b.Loop() {
			page = appendPage(page[:0], inBare, texts)
		}
	})
	b.Run("analyze", func(b *testing.B) {
		for b.Loop() {
			if _, err := core.Analyze(arts, core.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
