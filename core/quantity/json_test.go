package quantity

import (
	"math"
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/core/jsonw"
)

// marshalWrapped is how MarshalJSON was first written: an embedding
// struct whose High, a pointer, is nil for +Inf.
func marshalWrapped(q Quantity) ([]byte, error) {
	type plain Quantity
	var high *float64
	if !math.IsInf(q.High, 1) {
		high = &q.High
	}
	return jsonw.Marshal(struct {
		plain
		High *float64 `json:"high"`
	}{plain(q), high})
}

// TestMarshalJSON checks the hand-written MarshalJSON against the wrapper
// struct it replaced, through jsonw as the report is written: on every
// figure of testdata/news.txt and on values that take the slow paths,
// and AppendJSON and MarshalJSON called directly.
func TestMarshalJSON(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs := Find(string(b))
	for _, q := range []Quantity{
		{},
		{Text: `a "quoted" <b> & c\d`, Value: 1e-7, Low: -0.0, High: 1e21, Of: -1, Part: true},
		{Text: "ünïcode\u2028 and\ttab", Value: 2.5e-7, Low: 123456789012, High: 1e300, Vague: true, HighOpen: true},
		{Text: "12", Value: 12, Low: 12, High: math.Inf(1), LowOpen: true, Bound: AtLeast, Unit: "person", Measure: "killed", Of: 3},
		{Value: math.NaN()},
		{Low: math.Inf(-1)},
		{High: math.Inf(-1)},
	} {
		qs = append(qs, q)
	}
	for _, q := range qs {
		got, gotErr := jsonw.Marshal(q)
		want, wantErr := marshalWrapped(q)
		if string(got) != string(want) || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("MarshalJSON(%+v) = %s, %v, want %s, %v", q, got, gotErr, want, wantErr)
		}
		if wantErr != nil {
			continue
		}
		// AppendJSON, which jsonw calls, appends the same after what is there.
		if app, err := q.AppendJSON([]byte("[1,")); err != nil || string(app) != "[1,"+string(want) {
			t.Errorf("AppendJSON([1,, %+v) = %s, %v, want [1,%s", q, app, err, want)
		}
		if direct, err := q.MarshalJSON(); err != nil || string(direct) != string(want) {
			t.Errorf("%+v.MarshalJSON() = %s, %v, want %s", q, direct, err, want)
		}
	}
}
