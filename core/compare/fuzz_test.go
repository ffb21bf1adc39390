package compare

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
	q "github.com/crosscheck/crosscheck/core/quantity"
)

var (
	fuzzPreds  = []claim.Predicate{claim.GainControl, claim.LoseControl, claim.HoldControl, claim.Retreat, claim.Repel, claim.Attack, claim.Launch, claim.Kill, claim.Displace, claim.Enter, claim.CallFor, claim.Other, claim.Record}
	fuzzPlaces = []string{"", eNorvale, eKessel, eRiver}
	fuzzActors = []string{"", eArmy, eFront, "the fighters", "rebel units", eTarn}
	fuzzBounds = []q.Bound{q.Exact, q.AtLeast, q.MoreThan, q.AtMost, q.LessThan, q.About, q.Range, ""}
	fuzzUnits  = []string{"", "people", "families", "civilian", "village", "area"}
	fuzzDays   = []string{"", "2031-03-01", "2031-03-03", "2029-06-10"}
)

// fuzzInput builds up to four articles and their claims from bytes: four
// bytes of article dates, then eight bytes per claim.
func fuzzInput(data []byte) ([]Article, []claim.Claim) {
	if len(data) < 4 {
		return nil, nil
	}
	days := make([]string, 4)
	for i := range days {
		days[i] = fuzzDays[int(data[i])%len(fuzzDays)]
	}
	arts := dated(days...)
	var claims []claim.Claim
	for i := 4; i+8 <= len(data) && len(claims) < 64; i += 8 {
		b := data[i : i+8]
		opts := []opt{place(fuzzPlaces[int(b[2])%4]), actor(fuzzActors[int(b[3])%len(fuzzActors)]), span(int(b[7]%4)*10, int(b[7]%4)*10+9)}
		if b[4]&1 == 1 {
			v := float64(b[5]) * float64(1+b[6]%8)
			unit, measure := fuzzUnits[int(b[6]>>4)%len(fuzzUnits)], "killed"
			if unit == "village" || unit == "area" {
				measure = "captured"
			}
			opts = append(opts, fig(v, fuzzBounds[int(b[4]>>1)%len(fuzzBounds)], measure, unit, v+float64(b[6])))
		}
		if b[7]&0x10 != 0 {
			opts = append(opts, src(eMonitor))
		}
		if b[7]&0x20 != 0 {
			opts = append(opts, hedge("claimed"))
		}
		if b[7]&0x40 != 0 {
			opts = append(opts, neg())
		}
		if b[7]&0x80 != 0 {
			opts = append(opts, scope("total"))
		}
		if b[6]&0x08 != 0 {
			opts = append(opts, year(2020+int(b[6]%12)))
		}
		claims = append(claims, mk(fmt.Sprintf("f%d", len(claims)), int(b[0])%4, fuzzPreds[int(b[1])%len(fuzzPreds)], opts...))
	}
	return arts, claims
}

func FuzzCompare(f *testing.F) {
	f.Add([]byte{1, 2, 0, 3, 0, 0, 1, 1, 0x11, 40, 0, 0, 1, 0, 1, 1, 0x13, 90, 0, 0})
	f.Add([]byte{1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0x10, 1, 3, 1, 1, 0, 0, 0, 0x20})
	f.Add([]byte{3, 2, 1, 0, 0, 7, 1, 1, 1, 9, 0x80, 0, 1, 7, 1, 1, 1, 9, 0x88, 0x80})
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, claims := fuzzInput(data)
		res := Compare(arts, claims)
		checkRelations(t, claims, res.Relations)
		got := relationSet(res.Relations)
		ra, rc := reversed(arts, claims)
		back := relationSet(Compare(ra, rc).Relations)
		if len(got) != len(back) {
			t.Fatalf("reversing articles changes the relations: %v vs %v", got, back)
		}
		for k := range got {
			if !back[k] {
				t.Fatalf("reversing articles loses %s", k)
			}
		}
	})
}
