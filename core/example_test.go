package core_test

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/core"
)

// Two short reports of the same (invented) event, analysed together. The
// output shows facts that hold however the stages improve: each article is
// analysed, its headline is found, its key sentence is kept and becomes a
// claim, and the page clutter is dropped.
func ExampleAnalyze() {
	articles := []core.Article{
		{Name: "herald.txt", Date: "2031-04-08", Text: "Footbridge collapses in Lowmere\n\n" +
			"At least 12 people were hurt when a footbridge collapsed in Lowmere on Tuesday, the county fire service said.\n\n" +
			"Engineers will inspect three other bridges on the river this week, the council said.\n\n" +
			"The bridge was built in 1962 and carried about 400 walkers a day.\n\nShare this article\n"},
		{Name: "wire.html", Date: "2031-04-09", Text: "<html><body><nav><a href='/'>Home</a></nav><article>" +
			"<h1>Lowmere bridge collapse injures 14</h1>" +
			"<p>14 people were injured when a footbridge gave way in Lowmere on Tuesday, the county fire service said.</p>" +
			"<p>The council closed the riverside path while engineers examine the remains of the span.</p>" +
			"</article><footer>Subscribe</footer></body></html>"},
	}
	rep, err := core.Analyze(articles, core.Options{})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(len(rep.Articles), "articles,", len(rep.Problems), "problems")
	for _, a := range rep.Articles {
		fmt.Printf("%s: %q\n", a.Name, a.Title)
		fmt.Println("  kept the report:", strings.Contains(a.Text, "footbridge"))
		fmt.Println("  kept the menu:", strings.Contains(a.Text, "Home") || strings.Contains(a.Text, "Share this"))
		found := false
		for _, c := range a.Claims {
			found = found || strings.Contains(c.Text, "people were")
		}
		fmt.Println("  the injuries are a claim:", found)
	}
	// Output:
	// 2 articles, 0 problems
	// herald.txt: "Footbridge collapses in Lowmere"
	//   kept the report: true
	//   kept the menu: false
	//   the injuries are a claim: true
	// wire.html: "Lowmere bridge collapse injures 14"
	//   kept the report: true
	//   kept the menu: false
	//   the injuries are a claim: true
}
