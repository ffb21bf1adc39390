package jsonw_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/jsonw"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// same fails the test unless jsonw.Marshal(v) is json.Marshal(v), byte
// for byte, errors alike, and jsonw.AppendASCII writes what jsonw.ASCII
// makes of it.
func same(t *testing.T, name string, v any) {
	t.Helper()
	want, werr := json.Marshal(v)
	got, gerr := jsonw.Marshal(v)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%s: error %v, encoding/json's %v", name, gerr, werr)
	}
	sameASCII(t, name, v)
	differ(t, name, got, want)
}

// sameASCII fails the test unless jsonw.AppendASCII appends to a buffer
// exactly what jsonw.ASCII(jsonw.Marshal(v)) is, failing where Marshal
// fails and then leaving the buffer as it was.
func sameASCII(t *testing.T, name string, v any) {
	t.Helper()
	const prefix = "prefix é "
	m, merr := jsonw.Marshal(v)
	want := append([]byte(prefix), jsonw.ASCII(m)...)
	got, gerr := jsonw.AppendASCII([]byte(prefix), v)
	if (merr != nil) != (gerr != nil) {
		t.Fatalf("%s: AppendASCII error %v, Marshal's %v", name, gerr, merr)
	}
	if merr != nil {
		want = want[:len(prefix)]
	}
	differ(t, name+" (AppendASCII)", got, want)
}

// differ fails the test, showing where, unless got and want are equal.
func differ(t *testing.T, name string, got, want []byte) {
	t.Helper()
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-80)
		t.Fatalf("%s: differs at byte %d:\n got  %s\n want %s", name, i, got[lo:min(len(got), i+80)], want[lo:min(len(want), i+80)])
	}
}

type inner struct {
	A int    `json:"a"`
	B string `json:"b,omitempty"`
}

type Outer struct {
	inner
	*Extra
	A     int               `json:"a"` // shadows inner.A
	C     []int             `json:"c"`
	D     []byte            `json:"d,omitempty"`
	E     map[string]int    `json:"e,omitempty"`
	F     map[int]string    `json:"f"`
	G     any               `json:"g"`
	H     *float64          `json:"h"`
	T     time.Time         `json:"t,omitzero"`
	T2    time.Time         `json:"t2"`
	Q     quantity.Quantity `json:"q"`
	QP    *quantity.Quantity
	Skip  int `json:"-"`
	Dash  int `json:"-,"`
	plain int
	Arr   [2]float32 `json:"arr"`
}

type Extra struct {
	X bool `json:"x,omitempty"`
	Y uint8
}

// node holds itself, through a pointer, a slice and a map.
type node struct {
	Name  string           `json:"name"`
	Next  *node            `json:"next,omitempty"`
	Kids  []node           `json:"kids"`
	ByKey map[string]*node `json:"byKey,omitempty"`
}

// ptrMarshaler has MarshalJSON on its pointer only: encoding/json calls it
// for addressable values (slice elements, fields reached through a
// pointer) and writes the plain struct otherwise.
type ptrMarshaler struct{ N int }

func (p *ptrMarshaler) MarshalJSON() ([]byte, error) { return []byte(`{ "n" : [ 1, "<x>" ] }`), nil }

// figure is an Appender: MarshalJSON writes spaces that jsonw would take
// out, AppendJSON writes the compact text jsonw then trusts.
type figure struct {
	N int
	S string
}

func (f figure) MarshalJSON() ([]byte, error) {
	if f.N < 0 {
		return nil, errors.New("negative")
	}
	s, err := json.Marshal(f.S)
	return fmt.Appendf(nil, `{ "n" : %d , "s" : %s }`, f.N, s), err
}

func (f figure) AppendJSON(b []byte) ([]byte, error) {
	if f.N < 0 {
		return nil, errors.New("negative")
	}
	s, err := jsonw.Marshal(f.S)
	return append(append(fmt.Appendf(b, `{"n":%d,"s":`, f.N), s...), '}'), err
}

// plainMembers has members of the plainest kinds, with the omit options.
type plainMembers struct {
	S     string  `json:"s,omitempty"`
	I     int     `json:"i,omitzero"`
	B     bool    `json:"b,omitempty"`
	F     float64 `json:"f"`
	Z     float64 `json:"z,omitempty"` // -0 is empty
	Str   string
	Named quantity.Bound `json:"named,omitzero"`
	I8    int8           `json:"i8,omitempty"`
}

// ptrZero has IsZero on its pointer only.
type ptrZero struct{ N int }

func (p *ptrZero) IsZero() bool { return p.N < 0 }

func TestMatchesEncodingJSON(t *testing.T) {
	h := 1e-7
	cases := []struct {
		name string
		v    any
	}{
		{"nil", nil},
		{"strings", []string{"", "plain", "quote \" back \\ slash", "<b>&amp;</b>", "tab\tnl\nret\rbs\bff\f\x01\x1f", "bad \xff\xfe utf8", "line\u2028para\u2029", "ünïcödé 🚀"}},
		{"floats", []float64{0, -0.0, 1, -1.5, 1e-6, 1e-7, 123456789, 1e20, 1e21, 1.5e300, 5e-324, math.MaxFloat64, 0.1, 2.0 / 3}},
		{"float32", []float32{0, 1e-7, 1.1, 3e21, 16777216}},
		{"ints", []any{int8(-8), uint64(math.MaxUint64), int64(math.MinInt64), true, false}},
		{"nan", math.NaN()},
		{"inf", math.Inf(-1)},
		{"outer zero", Outer{}},
		{"outer full", Outer{inner: inner{A: 1, B: "b"}, Extra: &Extra{X: true, Y: 7}, A: 2, C: []int{}, D: []byte("hi<>"),
			E: map[string]int{"z": 1, "a": 2, "é": 3}, F: map[int]string{10: "x", 9: "y", -1: "z"}, G: map[string]any{"k": []any{1, "s", nil}},
			H: &h, T: time.Date(2024, 3, 5, 1, 2, 3, 4, time.UTC), Q: quantity.Quantity{Value: 3, Low: 3, High: math.Inf(1), Unit: "person"},
			QP: &quantity.Quantity{Value: 1.5, Low: 1, High: 2, Measure: "killed <a&b>"}, Skip: 9, Dash: 4, plain: 5, Arr: [2]float32{1.25, 1e-9}}},
		{"pointer to struct", &Outer{A: 3}},
		{"map of structs", map[string]inner{"b": {A: 1}, "a": {B: "x"}}},
		{"recursive", node{Name: "a", Next: &node{Name: "b", Kids: []node{{Name: "c"}}}, ByKey: map[string]*node{"x": {Name: "d"}, "y": nil}}},
		{"pointer marshaler", struct {
			V  ptrMarshaler
			P  *ptrMarshaler
			S  []ptrMarshaler
			NP *ptrMarshaler
		}{V: ptrMarshaler{1}, P: &ptrMarshaler{2}, S: []ptrMarshaler{{3}}}},
		{"pointer marshaler in pointer", &struct{ V ptrMarshaler }{ptrMarshaler{1}}},
		{"marshaler in interface", []any{quantity.Quantity{Value: 2, High: 2}, &ptrMarshaler{}, ptrMarshaler{}}},
		{"pointer zeroer", &struct {
			Z ptrZero  `json:"z,omitzero"`
			N ptrZero  `json:"n,omitzero"`
			P *ptrZero `json:"p,omitzero"`
		}{Z: ptrZero{-1}, N: ptrZero{0}}},
		{"omitempty and omitzero", struct {
			A [0]int          `json:"a,omitempty"`
			B [2]int          `json:"b,omitzero"`
			C struct{ X int } `json:"c,omitempty"`
			D float64         `json:"d,omitempty,omitzero"`
			E *int            `json:"e,omitzero"`
			F any             `json:"f,omitempty"`
		}{}},
		{"nil embedded pointer", Outer{A: 1}},
		{"appender", []any{figure{1, "é<&>\u2028\xff"}, &figure{2, "x"}, (*figure)(nil), []figure{{3, "ü"}}}},
		{"appender fails", &struct{ F figure }{figure{-1, ""}}},
		{"plain members", []plainMembers{{}, {S: "é<", I: -3, B: true, F: 1.5, Z: math.Copysign(0, -1), Str: "x", Named: "y"}}},
		{"plain members, not addressable", plainMembers{S: "s", Z: math.Copysign(0, -1)}},
		{"plain member not finite", &plainMembers{F: math.NaN()}},
		{"unsupported type", struct{ C chan int }{}},
		{"unsupported type omitted", struct {
			C chan int `json:",omitempty"`
		}{}},
		{"unsupported map key", map[float64]int{1: 1}},
		{"unsupported in interface", []any{1, func() {}}},
		{"nil map and slice", struct {
			M map[string]int
			S []string
			P *int
			I any
		}{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { same(t, c.name, c.v) })
	}
}

// TestStringOptionFails checks that what jsonw does not support is an
// error, never a different output.
func TestStringOptionFails(t *testing.T) {
	v := struct {
		N int `json:"n,string"`
	}{}
	if out, err := jsonw.Marshal(v); err == nil {
		t.Errorf("Marshal(%+v) = %s, want an error", v, out)
	}
}

// TestReportsMatchEncodingJSON encodes whole reports of the CLI's
// fixtures, as the wasm bridge does.
func TestReportsMatchEncodingJSON(t *testing.T) {
	files, _ := filepath.Glob("../../cmd/crosscheck/testdata/*.*")
	var arts []core.Article
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, core.Article{ID: filepath.Base(f), Name: filepath.Base(f), Text: string(b)})
	}
	if len(arts) < 3 {
		t.Fatalf("only %d fixtures", len(arts))
	}
	for i := range arts {
		rep, err := core.Analyze(arts[i:], core.Options{})
		if err != nil {
			t.Fatal(err)
		}
		same(t, arts[i].Name, rep)
	}
}

// TestSeedReportMatchesEncodingJSON encodes the report of the shared
// reference articles, when this checkout sits beside them.
func TestSeedReportMatchesEncodingJSON(t *testing.T) {
	var arts []core.Article
	for _, f := range shared.Seeds(t) {
		arts = append(arts, core.Article{ID: f.Name, Name: f.Name, Text: f.Text})
	}
	rep, err := core.Analyze(arts, core.Options{})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "seeds", rep)
}

// rawMarshaler's MarshalJSON returns its bytes as they are, JSON or not.
type rawMarshaler string

func (r rawMarshaler) MarshalJSON() ([]byte, error) { return []byte(r), nil }

// wideNames has member names outside ASCII, which AppendASCII escapes.
type wideNames struct {
	A int    `json:"ünï"`
	B string `json:"𝄞,omitempty"`
	C int    `json:"plain"`
}

func TestAppendASCII(t *testing.T) {
	for _, c := range []struct {
		name string
		v    any
	}{
		{"plain", []any{"a", 1, nil}},
		{"wide strings", []string{"café", "‘quoted’ – dash", "𝄞", "bad\xffbyte", "line\u2028para\u2029"}},
		{"wide keys", map[string]int{"ключ": 1, "a": 2}},
		{"wide names", []wideNames{{A: 1, B: "é"}, {}}},
		{"marshaler", []rawMarshaler{`{ "a" : "é<\u00e9>" }`, `["\é", "x"]`, "[\"\xe2\x80\xa8\"]"}},
		{"marshaler, invalid", rawMarshaler(`{"é"`)},
		{"marshaler, wide outside strings", rawMarshaler("[1 ,\xc3 \xa9]")},
		{"unsupported", []any{"é", func() {}}},
	} {
		t.Run(c.name, func(t *testing.T) { sameASCII(t, c.name, c.v) })
	}
}

// FuzzAppendASCII checks AppendASCII against ASCII(Marshal) on strings
// and MarshalJSON outputs of any bytes, as map keys and values.
func FuzzAppendASCII(f *testing.F) {
	f.Add("a<b>&\u2028\xff é", `{"k": ["é", 1]}`)
	f.Add("𝄞\xe2\x80", "[1 ,\xc3 \xa9]")
	f.Fuzz(func(t *testing.T, s, raw string) {
		sameASCII(t, "fuzz", map[string]any{s: []any{s, rawMarshaler(raw)}, "w": wideNames{B: s}})
	})
}

func FuzzMatchesEncodingJSON(f *testing.F) {
	f.Add("a<b>&\u2028\xff", 1.5, int64(3))
	f.Fuzz(func(t *testing.T, s string, x float64, n int64) {
		same(t, "fuzz", map[string]any{s: []any{s, x, n}, "q": quantity.Quantity{Value: x, Low: x, High: x, Unit: s}})
	})
}
