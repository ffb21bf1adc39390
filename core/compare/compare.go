// Package compare finds which claims of different articles corroborate,
// contradict or update each other, and explains each finding.
package compare

import (
	"time"

	"github.com/crosscheck/crosscheck/core/claim"
)

// Kind is how two claims relate.
type Kind string

const (
	Corroborates Kind = "corroborates" // the same fact, possibly in other words
	Contradicts  Kind = "contradicts"  // cannot both hold at the same time
	Updates      Kind = "updates"      // differ because reported at different times
)

// Article is what compare needs to know of an article besides its claims.
type Article struct {
	Index      int       // position in the report
	Name       string    // for explanations: "Article 2 (name)"
	Date       time.Time // zero when unknown
	DateSource string    // "user", "text", "inferred" or ""
}

// Relation links two claims.
type Relation struct {
	Kind        Kind      `json:"kind"`
	Claims      [2]string `json:"claims"`   // claim IDs, the earlier article first when dated
	Articles    [2]int    `json:"articles"` // article indexes of the two claims
	Explanation string    `json:"explanation"`
	Confidence  float64   `json:"confidence"` // 0..1
	Low         bool      `json:"lowConfidence,omitempty"`
}

// Result is the comparison of a set of articles.
type Result struct {
	Relations []Relation `json:"relations"`
	// Articles carries back each article's date, possibly inferred.
	Articles []Article `json:"-"`
}

// Compare relates the claims of different articles. claims[i].Article
// indexes arts.
func Compare(arts []Article, claims []claim.Claim) Result {
	return Result{Relations: []Relation{}, Articles: arts}
}
