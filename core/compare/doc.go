// Package compare relates the claims of different articles: which
// corroborate, contradict or update each other, with a one-sentence
// explanation and a confidence for each.
//
// # Facts
//
// Each claim frame (claim.Claim) is normalised into a fact: a class (control
// of a place, the outcome of a fight, an attack, an entry, a truce, a record
// "the worst since 2020", who is behind an attack, or a figure of one
// measure, unit and scope), a polarity within the class (gained or holds
// against lost; repelled against retreated; blamed or claimed against
// denied: a blame's party is its object), the topics it
// is about (place, object and other entities, without its source and
// actor), its actor and source, its stated time and its figure interval.
// Predicate classes, measures and units are data: compare_classes.tsv,
// compare_measures.tsv, compare_units.tsv. Counts of places taken are
// grouped by unit family (villages, towns, areas, positions: "place"). An
// actor's side ("state" or "insurgent") is read from the words of its
// description or name (compare_sides.tsv). Statements and calls are not
// compared. A claim whose sentence names no topic borrows the topics of the
// claim before it ("these groups now control most of the city").
//
// # Articles about other events
//
// Two articles are compared only when they can be about one event: they
// share two names (Article.Names: people, places, groups, countries aside),
// or one that is half the shorter list (events.go). Otherwise no claim of
// one is related to any claim of the other, whatever their words share:
// "nine dead" in a story about detained migrants does not contradict
// "millions dead" in one about air pollution. Result.Apart lists the
// articles that share no name with any other, for the reader to hear of.
//
// # Blocking
//
// Facts meet only inside blocks: the same class (figures: the same measure,
// unit and scope) and a shared topic, plus an open block per figure class
// (tolls often name no place) and one per article (accounts from different
// sources). Facts are sorted once by date and put in their blocks in that
// order; every fact is decided against the next Options.Window facts of
// each of its blocks only, and keeps the best 2·Options.Links candidates of
// each kind among those pairs, so n facts cost O(n log n) sorting, O(n·Window)
// decisions and O(n) candidates, not O(n²), however many reports tell one
// event.
//
// Facts and their blocks do not depend on the articles' dates, so they are
// made once; a second pass, run when dates were inferred from the first
// one's corroborations, redoes only the dating, the decisions and the
// selection. Explanations are written once, for the relations kept last.
//
// # Deciding
//
// Figures: intervals (bounds included: "at least 277" is [277, ∞)) that
// overlap can both hold, so on one day they corroborate and on different
// days the later one updates the earlier (a rising count, or a revision
// down). Disjoint intervals on one day contradict. Totals of a whole war
// and one offensive's toll are never compared; nor figures of different
// units, nor a figure and a part of it in one sentence, nor tolls of dated
// articles months apart or stated for different days or places.
//
// Figures of one family in different units ("some 30 villages", "88
// areas" a day later) are linked only days apart, with a shared topic and
// low confidence, and the explanation says the units differ; with unknown
// dates or months apart they are other advances.
//
// Control: opposite polarity for the same actor and place contradicts on
// one day and updates across days or years; "the rebels took the city"
// and "the army lost it", reported days apart at most, are one change told
// from both sides (oneChange, a corroboration), and not linked without
// dates. Two named winners of one capture on one day contradict
// (actorConflict), as do two named holders of one site that two sources of
// one article give; one named place held by another named actor days or
// months later changed hands (actorChange, an update). A site ("the
// airport of X") is its own place, not X. Allies are neither: the same
// side by their words, one named after the other ("the Syrian Arab Army"
// and "Syria"), or a sentence naming both with a word of alliance. Actors
// on opposite sides never agree on the same state; without dates only the
// same actor at the same named place does.
//
// Fixed figures: a magnitude and a crowd's size do not rise as reports
// come in, so two values disagree whatever the days between; a count of
// releases on one stated day likewise (compare_measures.tsv, fourth field).
//
// Times of day: two reports giving the same minute for what happened
// ("began at 4:20 p.m.", "struck at 16:20") corroborate (sameTime), or
// minutes within a quarter of an hour when either is rough ("shortly
// before noon", "at around 11:45"); a time with no a.m. or p.m. meets
// either half of the day. Two stated days, or one article's two times, do
// not meet, and different times are never set against each other: a
// report names many moments.
//
// Denials: core/denial pairs a source's denial with the sentence of
// another article that asserts it, by the content words they share; the
// two contradict (negation), unless told years apart.
//
// Records: "the most violent since 2020" and "the largest since the 2020
// ceasefire" corroborate when the years are one and the reports days apart.
//
// Outcome: "retreated" against "repelled" for one fight contradicts: within
// one article when two sources say so (attributed accounts), across
// articles only on the same day.
//
// Without dates, articles are placed by the latest year they mention: a
// conflict between articles whose years lie far apart is a possible update,
// and every relation built on such guesses has a low confidence.
//
// # Choosing
//
// Candidates are taken best first: confidence plus shared topics, then the
// nearer reports in time (the articles' dates), then content. Each claim
// keeps at most Options.Links (3) relations of each kind and one link per
// other article and per own article, so the reader sees the best matches
// rather than every pairing: a hundred reports of one toll would otherwise
// be 4,950 corroborations. A first pass takes only the links that join
// claims not yet connected by relations of their kind, as Kruskal's
// spanning forest does, and a second fills the room left; so agreeing
// reports form a chain, each linked to the nearest, and every report stays
// reachable from every other. An update that a chain of updates explains
// (75 → 277 → 412) loses its shortcut (75 → 412). Within one article only
// disagreements between sources are kept. The order of articles never
// changes the result: ties are broken by claim content.
//
// # Dates
//
// An undated article that strongly corroborates an event of a dated article
// takes its date (DateSource "inferred"), and the comparison runs again.
// Each relation states the dates it used and where they came from.
//
// # Summaries
//
// Result.Timeline groups the figures linked by relations into series, one
// per thing counted, in date order; Result.Matrix counts the relations of
// each article pair; Result.Counts the relations of each kind.
package compare
