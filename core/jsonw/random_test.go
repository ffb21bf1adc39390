package jsonw_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/core"
)

// randomValue fills a value of type t at random, depth bounding the
// nesting: strings mix plain text with what needs escaping, floats include
// the edges of encoding/json's formats, and time.Time, whose fields are
// unexported, is built from parts.
func randomValue(r *rand.Rand, t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	if t == reflect.TypeFor[time.Time]() {
		if r.IntN(3) > 0 {
			v.Set(reflect.ValueOf(time.Date(1990+r.IntN(50), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, r.IntN(3)*5e8, time.UTC)))
		}
		return v
	}
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.IntN(2001)-1000) >> r.IntN(8))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(r.IntN(1000)))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(randomFloat(r))
	case reflect.String:
		v.SetString(randomString(r))
	case reflect.Pointer:
		if depth > 0 && r.IntN(4) > 0 {
			v.Set(randomValue(r, t.Elem(), depth-1).Addr())
		}
	case reflect.Slice:
		if depth > 0 && r.IntN(5) > 0 {
			n := r.IntN(4)
			v.Set(reflect.MakeSlice(t, n, n))
			for i := range n {
				v.Index(i).Set(randomValue(r, t.Elem(), depth-1))
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			v.Index(i).Set(randomValue(r, t.Elem(), depth-1))
		}
	case reflect.Map:
		if depth > 0 && r.IntN(3) > 0 {
			v.Set(reflect.MakeMap(t))
			for range r.IntN(4) {
				v.SetMapIndex(randomValue(r, t.Key(), 0), randomValue(r, t.Elem(), depth-1))
			}
		}
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				v.Field(i).Set(randomValue(r, t.Field(i).Type, depth-1))
			}
		}
	case reflect.Interface:
		if r.IntN(2) == 0 {
			v.Set(reflect.ValueOf(randomString(r)))
		}
	}
	return v
}

// randomFloat returns a float that is round, fractional, tiny, huge or on
// the 1e-6 and 1e21 edges of encoding/json's choice of format.
func randomFloat(r *rand.Rand) float64 {
	switch r.IntN(40) {
	case 0:
		return float64(r.IntN(1000))
	case 1:
		return math.Round(r.Float64()*100) / 100
	case 2:
		return r.NormFloat64() * math.Pow(10, float64(r.IntN(60)-30))
	case 3:
		return []float64{1e-6, 9.99e-7, 1e21, 9.99e20, -0.0, 5e-324, math.MaxFloat64}[r.IntN(7)]
	case 4:
		return math.Inf(1) // quantity.Quantity writes it as null; elsewhere both fail
	case 5, 6, 7, 8, 9, 10:
		return r.Float64()
	}
	if r.IntN(2) == 0 {
		return float64(r.IntN(100))
	}
	return r.Float64()
}

// randomString joins pieces of plain text, escapes, HTML characters,
// invalid UTF-8, multi-byte runes and the line separators JSON escapes.
func randomString(r *rand.Rand) string {
	pieces := []string{"", "a", "Karsk", " 12 ", "\"", "\\", "<", ">", "&", "\n", "\t", "\x00", "\x1f", "\x7f",
		"\xff", "\xe2\x80", "é", "“”", "—", "\u2028", "\u2029", "🚀", "≥2020", "/"}
	var b strings.Builder
	for range r.IntN(6) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// checkRandomReport compares jsonw with encoding/json on a random report.
func checkRandomReport(t *testing.T, seed uint64) {
	r := rand.New(rand.NewPCG(seed, seed>>32|1))
	rep := randomValue(r, reflect.TypeFor[core.Report](), 8).Interface().(core.Report)
	same(t, "random report", rep)
	same(t, "random report pointer", &rep)
}

// TestRandomReportsMatchEncodingJSON is the property test: on random
// values of the report's types, jsonw writes what encoding/json writes,
// and fails where it fails.
func TestRandomReportsMatchEncodingJSON(t *testing.T) {
	for seed := range uint64(300) {
		checkRandomReport(t, seed)
	}
}

func FuzzRandomReportMatchesEncodingJSON(f *testing.F) {
	f.Add(uint64(1))
	f.Fuzz(checkRandomReport)
}
