package compare_test

import (
	"fmt"
	"math"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/compare"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/timex"
)

// A toll reported on two days: the later, higher figure updates the
// earlier one, since "at least 40" and "63" can both be true.
func ExampleCompare() {
	day := func(s string) timex.Date { d, _ := timex.ParseISO(s); return d }
	arts := []compare.Article{
		{Index: 0, Date: day("2031-04-02"), DateSource: "user"},
		{Index: 1, Date: day("2031-04-04"), DateSource: "user"},
	}
	claims := []claim.Claim{
		{ID: "a1.c1", Article: 0, Predicate: claim.Kill, Place: "e1", Entities: []string{"e1"},
			Figure: &quantity.Quantity{Value: 40, Low: 40, High: math.Inf(1), Bound: quantity.AtLeast, Measure: "killed"}},
		{ID: "a2.c1", Article: 1, Predicate: claim.Kill, Place: "e1", Entities: []string{"e1"},
			Figure: &quantity.Quantity{Value: 63, Low: 63, High: 63, Bound: quantity.Exact, Measure: "dead"}},
	}
	res := compare.CompareWith(arts, claims, compare.Options{Names: map[string]string{"e1": "Norvale"}})
	for _, r := range res.Relations {
		fmt.Println(r.Kind, r.Claims, r.Dates)
		fmt.Println(r.Explanation)
	}
	// Output:
	// updates [a1.c1 a2.c1] [2031-04-02 2031-04-04]
	// Article 2 reports 63 dead two days after article 1 reported at least 40: a rising count, not a contradiction.
}
