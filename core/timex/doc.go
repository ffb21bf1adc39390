// Package timex finds time expressions and resolves them against the
// article's date when it is known.
//
// # What is read
//
// Find tokenizes the text once (core/internal/tokens, shared with quantity
// when claim calls FindTokens; numbers are runs of digits, so "27.11.2024"
// is five tokens) and tries, at each number and at each word that can open
// an expression (one map probe for every other word):
//
//   - relative phrases from core/lexicon/time_relative_en.tsv ("today",
//     "yesterday", "last week", "earlier this week", "in recent months",
//     "the past few days", "over the weekend") and "N days ago";
//   - dates: "2024-11-27", "27/11/2024" (day first unless the middle field
//     cannot be a month: "11/27/2024"), "27.11.2024", "November 27, 2024",
//     "Nov. 27", "27 November 2024", "1st of December", "Wednesday, Feb.
//     12, 2020", and French, Spanish and German month names after a day
//     ("27 novembre 2024", "3 de diciembre de 2024"): time_months.tsv;
//   - months with a year ("March 2020") or alone after a cue ("since
//     December", "in March"), since "May" and "March" are common words;
//   - weekdays named in full and capitalised ("on Sunday", "this
//     Wednesday", "last Friday night"): time_weekdays.tsv;
//   - years 1800-2100 standing alone ("in 2015"), not counts ("2000
//     people": a noun of units_en.tsv follows) or parts of bigger numbers
//     ("12,000");
//   - stretches of years (KindPeriod): "between 2012 and 2016", "from 2010
//     to 2015", decades ("the 1990s"), centuries ("the 1300s", "the 14th
//     century", "the fourteenth century"). Year is the closing year of a
//     stretch written out, and 0 for a decade or century, which states no
//     year: "the 21st century" does not date an article.
//     "For decades" and "over the centuries" are relative phrases ("past
//     3650", "past 36500").
//
// "since X" sets Since and takes "since" into the span; From and To then
// bound X, and the time meant runs from From to the article's date.
//
// # Resolution
//
// Dates with a year, months with a year and years are absolute. The rest
// needs ref, the article's date: a weekday is the latest such day on or
// before ref (never the next: "on Sunday" in a Wednesday article is three
// days back, in a Sunday article that very day), strictly before for
// "last Friday" and after for "next Monday"; a day and month without a
// year takes ref's year unless that lands more than a week after ref
// ("December 30" in a January article is last year's); a month alone is
// the latest such month starting on or before ref. With a zero ref these
// stay unresolved (Resolved false) but keep Kind, Weekday, Month, Day and
// Rel, so that they can still be compared.
//
// # Speed
//
// go test -bench Find on 2.7 KB of news-like text: about 40 MB/s of CPU
// time on the shared development machine, 9 allocations per call; no
// regexp.
package timex
