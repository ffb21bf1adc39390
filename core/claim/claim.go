// Package claim turns the sentences of a cleaned article into claim frames:
// who did what to whom, where, when, how many, according to whom, and how
// sure the text is.
package claim

import (
	"time"

	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/sentence"
	"github.com/crosscheck/crosscheck/core/timex"
)

// Kind is the sort of statement a claim is.
type Kind string

const (
	Event     Kind = "event"     // something happened: took, lost, attacked, launched
	Quantity  Kind = "quantity"  // a figure: killed, displaced, captured N
	Quote     Kind = "quote"     // a quotation with its speaker
	Statement Kind = "statement" // a stance, call or announcement
)

// Predicate is the normalised class of a claim's main verb.
type Predicate string

const (
	GainControl Predicate = "gainControl" // took, seized, captured, regained, retook
	LoseControl Predicate = "loseControl" // lost, fell, withdrew from
	HoldControl Predicate = "holdControl" // controls, holds, dominates
	Attack      Predicate = "attack"      // attacked, launched an offensive, bombed
	Kill        Predicate = "kill"        // killed, dead, deaths
	Injure      Predicate = "injure"      // injured, wounded
	Displace    Predicate = "displace"    // displaced, fled
	Capture     Predicate = "capture"     // arrested, detained, took prisoner
	Retreat     Predicate = "retreat"     // retreated, withdrew
	Repel       Predicate = "repel"       // repelled, pushed back
	Support     Predicate = "support"     // supported, backed
	CallFor     Predicate = "callFor"     // called for, urged
	Announce    Predicate = "announce"    // announced, declared
	Enter       Predicate = "enter"       // entered, reached
	Other       Predicate = "other"
)

// Claim is one check-worthy statement of one article.
type Claim struct {
	ID        string             `json:"id"`      // set by the caller; unique in a report
	Article   int                `json:"article"` // index of the article
	Text      string             `json:"text"`    // the sentence as cleaned
	Kind      Kind               `json:"kind"`
	Actor     string             `json:"actor,omitempty"` // entity ID when known, else the words
	Predicate Predicate          `json:"predicate"`
	Object    string             `json:"object,omitempty"` // entity ID or words
	Place     string             `json:"place,omitempty"`  // entity ID
	Entities  []string           `json:"entities,omitempty"`
	Time      *timex.Expr        `json:"time,omitempty"`
	Figure    *quantity.Quantity `json:"figure,omitempty"`
	Source    string             `json:"source,omitempty"` // who says so: entity ID or words
	Hedge     string             `json:"hedge,omitempty"`  // "claimed", "could rise", ...
	Negated   bool               `json:"negated,omitempty"`
	// Scope says what a figure or state covers: "" for one event or
	// operation, "total" for a whole war or period ("the conflict has
	// killed more than ..."), so that tolls of different scope are never
	// compared.
	Scope string `json:"scope,omitempty"`
	Start int    `json:"start"` // byte span of the claim in the cleaned text
	End   int    `json:"end"`
	Line  int    `json:"line"` // 1-based input line
}

// Input is one cleaned article ready for extraction.
type Input struct {
	Article  int              // index of the article
	Doc      clean.Doc        // the cleaned article
	Mentions []entity.Mention // its entity mentions, linked
	Date     time.Time        // its date, zero when unknown
}

// Extract returns the claims of one article in text order, IDs unset.
func Extract(in Input) []Claim {
	var out []Claim
	text := in.Doc.Text
	for _, s := range sentence.Split(text) {
		st := text[s.Start:s.End]
		qs := quantity.Find(st)
		if len(qs) == 0 {
			continue
		}
		c := Claim{Article: in.Article, Text: st, Kind: Quantity, Predicate: Other, Start: s.Start, End: s.End, Line: lineOf(in.Doc.Paras, s.Start)}
		q := qs[0]
		c.Figure = &q
		if ts := timex.Find(st, in.Date); len(ts) > 0 {
			c.Time = &ts[0]
		}
		out = append(out, c)
	}
	return out
}

// lineOf returns the input line of the paragraph holding byte offset off.
func lineOf(paras []clean.Para, off int) int {
	for _, p := range paras {
		if off >= p.Start && off < p.End {
			return p.Line
		}
	}
	return 0
}
