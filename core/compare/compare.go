package compare

import (
	"github.com/crosscheck/crosscheck/core/timex"

	"github.com/crosscheck/crosscheck/core/claim"
)

// Kind is how two claims relate.
type Kind string

const (
	Corroborates Kind = "corroborates" // the same fact, possibly in other words
	Contradicts  Kind = "contradicts"  // cannot both hold at the same time
	Updates      Kind = "updates"      // differ because reported at different times
)

// Reason names the rule that decided a relation, for the page to group and
// the tests to check.
type Reason string

const (
	SameFigure      Reason = "sameFigure"      // figures that can both hold, same day or dates unknown
	RisingFigure    Reason = "risingFigure"    // a later report gives a higher figure
	LowerFigure     Reason = "lowerFigure"     // a later report gives a lower figure: revised down or older count
	PossibleUpdate  Reason = "possibleUpdate"  // figures or states differ and the dates are unknown
	FigureConflict  Reason = "figureConflict"  // figures that cannot both hold at the same time
	SameState       Reason = "sameState"       // the same control situation or event
	StateChange     Reason = "stateChange"     // opposite control reported at different times
	StateConflict   Reason = "stateConflict"   // opposite control at the same time
	OutcomeConflict Reason = "outcomeConflict" // retreated versus repelled, for the same fighting
	ActorConflict   Reason = "actorConflict"   // different actors named for the same event
	ActorChange     Reason = "actorChange"     // a place held by one actor is later held by another
	Negation        Reason = "negation"        // one says it happened, the other that it did not
	OneChange       Reason = "oneChange"       // one side took a place and the other lost it: one change told from both sides
	SameTime        Reason = "sameTime"        // the same time of day given for what happened
)

// Article is what compare needs to know of an article besides its claims.
type Article struct {
	Index      int        `json:"index"`         // position in the report
	Name       string     `json:"name"`          // for explanations: "Article 2 (name)"
	Date       timex.Date `json:"date,omitzero"` // zero when unknown
	DateSource string     `json:"dateSource"`    // "user", "text", "inferred" or ""
	// Years are the years the article's text mentions (timex.Years), given
	// by the caller; with the years of the claims they date an undated
	// article. Default: nil, and only the claims' years are used.
	Years []int `json:"-"`
	// Year is, when Date is unknown, the latest year the article mentions:
	// the article cannot be older. 0 when no year is mentioned.
	Year int `json:"year,omitempty"`
	// DateBasis says in words how an inferred Date or Year was found, e.g.
	// "corroborates article 2 about the same event".
	DateBasis string `json:"dateBasis,omitempty"`
	// Names are the IDs of the entities the article mentions, countries
	// aside: two articles that share too few of them are about different
	// events (see events). Default: nil, and the article is taken to be
	// about the same event as every other.
	Names []string `json:"-"`
	// MonthDay is, for an undated article, the day its dateline names
	// without a year, month×100+day ("KYIV, Nov 12 (Reuters)": 1112), and
	// 0 for none: wire copy pasted without its year still tells which
	// reports are of one day. Default: 0.
	MonthDay int `json:"-"`
	// Minute is the time of day its date line gives, in minutes after
	// midnight plus one ("Published: 13.09.2031, 19:30": 1171), and 0 for
	// none: two reports of one day, at 08:05 and at 19:30, are ordered.
	// Default: 0.
	Minute int `json:"-"`
	// moment, when not 0, is shared by undated articles that report one
	// event (sameEventGroups): they were written at one time.
	moment int
	// days holds, bit d for ISO weekday d, the weekdays an undated
	// article's claims name ("on Tuesday"), which order undated reports
	// of one week (see weekdayOffset).
	days uint8
}

// Relation links two claims.
type Relation struct {
	Kind        Kind      `json:"kind"`
	Claims      [2]string `json:"claims"`   // claim IDs, the earlier article first when dated
	Articles    [2]int    `json:"articles"` // article indexes of the two claims
	Explanation string    `json:"explanation"`
	Confidence  float64   `json:"confidence"` // 0..1
	Low         bool      `json:"lowConfidence,omitempty"`
	Reason      Reason    `json:"reason"`
	// Dates are the dates each claim was taken at, as YYYY-MM-DD, "≥2020"
	// when only the latest year mentioned is known, or "" when unknown.
	Dates [2]string `json:"dates"`
	// DateSources say where each date came from: "user", "text",
	// "inferred", "stated" (the claim gives the event's day or month),
	// "years" (only the latest year mentioned is known) or "".
	DateSources [2]string `json:"dateSources"`
	// Sources are who each claim is attributed to (the claim's source, or
	// its actor for a self-claim: "the army claimed to have repelled"), ""
	// for the article's own voice; entity IDs or words as in the claim.
	Sources [2]string `json:"sources"`
	// Measure is what two figures count ("killed"), empty for events.
	Measure string `json:"measure,omitempty"`
}

// Counts is the number of relations of each kind.
type Counts struct {
	Corroborates int `json:"corroborates"`
	Contradicts  int `json:"contradicts"`
	Updates      int `json:"updates"`
}

// Cell is one cell of the agreement matrix: the relations between two
// articles, A < B.
type Cell struct {
	A            int `json:"a"`
	B            int `json:"b"`
	Corroborates int `json:"corroborates"`
	Contradicts  int `json:"contradicts"`
	Updates      int `json:"updates"`
}

// Result is the comparison of a set of articles.
type Result struct {
	Relations []Relation `json:"relations"`
	// Articles carries back each article's date, possibly inferred.
	Articles []Article `json:"articles"`
	// Timeline holds, for each thing counted (deaths in one event, people
	// displaced, places taken), the figures each article gave over time.
	Timeline []Series `json:"timeline"`
	// Matrix lists the article pairs that have relations, with counts.
	Matrix []Cell `json:"matrix"`
	// Apart lists the articles, by index, that share no name with any
	// other: about another event, so compared with none that has names.
	Apart  []int  `json:"apart,omitempty"`
	Counts Counts `json:"counts"`
}

// Options tune CompareWith. The zero value is the default.
type Options struct {
	// Names maps entity IDs to display names for explanations. Default:
	// nil, and a source or place known only by ID is not named.
	Names map[string]string
	// Countries holds the entity IDs of states: a country that acts ("Syria
	// lost control of ...", "the Syrian regime" linked to Syria) is on the
	// state's side (compare_sides.tsv). Default: nil.
	Countries map[string]bool
	// Sides gives the side the articles' words put an entity on, for
	// entities whose names tell none: "insurgent" for "NLA militants" or
	// "rebels of the Front", "state" for "Marovian government troops"
	// (the values of compare_sides.tsv). Default: nil.
	Sides map[string]string
	// Things holds the entity IDs of named things that are neither
	// places, people nor armed groups: a ship, a factory, a company. Two
	// articles' lead counts (see markLeads) whose sentences name different
	// things meet when one of them names such a thing the other article
	// names too: "The death toll rose to 27 ... from the hull of the Belen
	// Star" and "At least 12 people were killed ... on Lake Tovanyi" in an
	// article about the Belen Star. Default: nil.
	Things map[string]bool
	// Window is how many neighbours, in date order, each claim is compared
	// with inside one block. Default: 0 (defaultWindow).
	Window int
	// Links is how many relations of each kind one claim keeps at most.
	// Default: 0 (defaultLinks).
	Links int
}

// defaultWindow bounds the comparisons per claim and block: 500 articles
// about one event give blocks of thousands of claims, and comparing all of
// them would be quadratic. Neighbours in date order are where corroborations
// and updates are; farther claims are reached through chains.
const defaultWindow = 32

// defaultLinks bounds the relations of each kind per claim: a hundred
// reports of one toll would otherwise link every report to every other,
// 5,000 corroborations that tell a reader no more than a chain of 99.
const defaultLinks = 3

// Compare relates the claims of different articles. claims[i].Article
// indexes arts.
func Compare(arts []Article, claims []claim.Claim) Result {
	return CompareWith(arts, claims, Options{})
}

// CompareWith is Compare with options.
func CompareWith(arts []Article, claims []claim.Claim, opts Options) Result {
	if opts.Window <= 0 {
		opts.Window = defaultWindow
	}
	if opts.Links <= 0 {
		opts.Links = defaultLinks
	}
	ev := newEvents(arts)
	arts = estimateYears(datelineDates(arts, ev), claims)
	facts := toFacts(arts, claims, opts)
	arts = sameEventGroups(arts, facts, ev)
	rels, pairs := relate(arts, facts, ev, opts)
	if inferred, ok := inferDates(arts, rels, pairs); ok {
		arts = inferred
		rels, pairs = relate(arts, facts, ev, opts)
	}
	describe(rels, pairs, arts, opts)
	return Result{
		Apart:     ev.apart(),
		Relations: rels,
		Articles:  arts,
		Timeline:  timeline(arts, facts, pairs),
		Matrix:    matrix(rels),
		Counts:    count(rels),
	}
}
