package claim

import (
	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/quantity"
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
	GainControl Predicate = "gainControl" // took, seized, captured, regained, retook, "fell to X"
	LoseControl Predicate = "loseControl" // lost control of, ceded, abandoned
	HoldControl Predicate = "holdControl" // controls, holds, dominates, "under the control of"
	Attack      Predicate = "attack"      // attacked, bombed, shelled, launched airstrikes
	Launch      Predicate = "launch"      // launched or began an offensive, assault, operation
	Kill        Predicate = "kill"        // killed, dead, deaths, "left N dead"
	Injure      Predicate = "injure"      // injured, wounded
	Displace    Predicate = "displace"    // displaced, fled, refugees
	Capture     Predicate = "capture"     // arrested, detained, took prisoner
	Retreat     Predicate = "retreat"     // retreated, withdrew, pulled out
	Repel       Predicate = "repel"       // repelled, pushed back, thwarted
	Advance     Predicate = "advance"     // advanced on, progressed, encircled
	Enter       Predicate = "enter"       // entered, reached
	Deploy      Predicate = "deploy"      // deployed troops, sent reinforcements
	Support     Predicate = "support"     // supported, backed
	CallFor     Predicate = "callFor"     // called for, urged, demanded
	Announce    Predicate = "announce"    // announced, declared
	Truce       Predicate = "truce"       // agreed or announced a ceasefire
	Blame       Predicate = "blame"       // blamed, accused, held responsible: the object is who is blamed
	Responsible Predicate = "responsible" // claimed responsibility; negated: denied involvement, rejected the accusation
	Last        Predicate = "last"        // lasted (a duration: "the siege lasted four years")
	Record      Predicate = "record"      // the worst, largest, deadliest ... since a year: "the most violent fighting since 2020"
	Assert      Predicate = "assert"      // something one article tells and another's source denies (core/denial); the object is the words they share
	At          Predicate = "at"          // a time of day something happened: "the quake hit at 4:12 a.m."; the time is Clock
	Other       Predicate = "other"       // a figure with no predicate near it
)

// Claim is one check-worthy statement of one article.
type Claim struct {
	ID        string      `json:"id"`      // set by the caller; unique in a report
	Article   int         `json:"article"` // index of the article
	Text      string      `json:"text"`    // the sentence as cleaned
	Kind      Kind        `json:"kind"`
	Actor     string      `json:"actor,omitempty"` // entity ID when known, else the words
	Predicate Predicate   `json:"predicate"`
	Object    string      `json:"object,omitempty"` // entity ID or words
	Place     string      `json:"place,omitempty"`  // entity ID
	Entities  []string    `json:"entities,omitempty"`
	Time      *timex.Expr `json:"time,omitempty"`
	// TimeSaid marks a Time that dates the speaking, not the event: "31
	// have died, the ministry said on Tuesday". Two tolls said on
	// different days are one count reported twice, not two events.
	TimeSaid bool               `json:"timeSaid,omitempty"`
	Figure   *quantity.Quantity `json:"figure,omitempty"`
	Clock    *timex.Clock       `json:"clock,omitempty"`  // the time of day of an "at" claim
	Source   string             `json:"source,omitempty"` // who says so: entity ID or words
	Hedge    string             `json:"hedge,omitempty"`  // "claimed", "could rise", ...
	Negated  bool               `json:"negated,omitempty"`
	// Speaker is the person named as the source's voice ("Farid Menkar,
	// president of the Weavers' Association, told"), when the source is
	// a body: entity ID.
	Speaker string `json:"speaker,omitempty"`
	// Scope says what a figure or state covers: "" for one event or
	// operation, "total" for a whole war or period ("the conflict has
	// killed more than ..."), "aftershock" for a smaller quake after the
	// main one, "separate" for another incident the sentence opens on
	// ("Separately, three were killed in ..."), "increment" for a count
	// on top of an earlier one ("five more bodies", "another 12"),
	// "several" for a sum over several events ("killed in two landslides"), so
	// that figures of different scope are never compared.
	Scope string `json:"scope,omitempty"`
	// Subset marks a figure that is part of another figure of the same
	// sentence ("75 killed, including 37 soldiers"): not a toll of its own.
	Subset bool `json:"subset,omitempty"`
	// Disputes marks a figure its sentence sets against another source's
	// ("far higher than the official figure", "disputing the figure given
	// by the operator"): the two disagree, whenever each was given.
	Disputes bool `json:"disputes,omitempty"`
	// Against is the count a disputing figure is set against when its
	// sentence gives it by a difference: 13 in "17 people had died, four
	// more than the figure given by the government". 0 when not given.
	Against float64 `json:"against,omitempty"`
	// Start and End are the byte span of the claim's sentence in the
	// cleaned text, so Text == Doc.Text[Start:End]. The spans of Time and
	// Figure are also offsets into the cleaned text, not into Text.
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"` // 1-based input line
}

// Input is one cleaned article ready for extraction.
type Input struct {
	Article  int              // index of the article
	Doc      clean.Doc        // the cleaned article
	Mentions []entity.Mention // its entity mentions, linked
	Date     timex.Date       // its date, zero when unknown
	Lower    string           // Doc.Text as ascii.Lower gives it, or "" to have it made
}
