// Package quantity finds figures in text, in digits or words, as intervals
// with the bound the text puts on them and what they count.
//
// # What is a figure
//
// Find tokenizes the text once (words, numbers, marks; one lower-cased
// copy: core/internal/tokens, shared with timex when claim calls
// FindTokens) and reads at each number:
//
//   - digits in either thousands convention (see ParseNumber): "10,700",
//     "1.2", "1,5"; "7.000" is seven thousand when it counts something
//     ("7.000 families") and seven otherwise;
//   - a currency sign before ("$", "€", "£", "US$") and a scale word after
//     ("1.2 million", "2.5bn"; "m", "k" and "b" only after a currency sign,
//     since "5m" alone is five metres): numbers_scale_en.tsv;
//   - percentages: "70%", "70 percent", "70 per cent";
//   - number words (ParseWords): "seven", "twenty-five", "three hundred",
//     "a dozen", "two dozen", "half a million";
//   - vague counts from numbers_vague_en.tsv, as Range with Vague set:
//     "dozens" → [24, 99], "hundreds" → [200, 999], "thousands" →
//     [2000, 9999], "tens of thousands" → [20000, 99999], "millions" →
//     [2e6, 1e7), "several hundred" → [300, 900];
//   - ranges: "20-30", "20 to 30", "between 20 and 30", "two or three",
//     "1.2 to 1.5 million" (the scale applies to both ends); "from 12 to 17"
//     is a change and stays two figures.
//
// Not figures: ordinals ("21st", "third"), years (a bare 1800-2100 after
// "in", "since", "of", "between", a month ..., or with no counted noun),
// days of dates ("Nov. 27", "27 November"), dates and times ("27/11/2024",
// "2024-11-27", "10:30", "9 a.m."), codes and labels ("M5", "F-16", "No.
// 10", "Resolution 2254": numbers_labels_en.tsv), fractions ("two-thirds"),
// the pronoun "one" ("one of the few") and ages set off by commas after a
// name ("Webb, 51, of Fort Worth").
//
// # Bounds
//
// Bound words from core/lexicon/bounds.tsv before the figure, or after it
// ("20 or more"), give the interval: Exact [v, v]; AtLeast [v, ∞);
// MoreThan (v, ∞); AtMost [0, v]; LessThan [0, v); About v ± the
// rounding its digits show, from 5% to 10% ("about 500" [450, 550],
// "about 340" [323, 357]; see AboutTolerance: "about", "some", "around",
// "an estimated"), or [0.85v, v) for
// words that approach from below ("nearly", "almost", "close to");
// Range [low, high]. "over" after a verb of taking ("took over 12
// villages") is no bound.
//
// # Unit, measure, part
//
// Unit is the counted noun after the figure (units_en.tsv, singular),
// allowing up to three adjectives, hyphens and "of the": "37 members of the
// security forces" → member, "30 Syrian army soldiers" → soldier, "a
// 40-km convoy" → km; distances stay in the unit stated ("mile").
// Measure is the nearest word of measures_en.tsv within eight words after
// the figure or before it, in the same clause, never reaching back
// into the previous figure nor taking the noun right after a later one
// ("3,248 cases, including 584 deaths": the deaths are 584's), and never a
// capitalised word inside a sentence, which is part of a name ("Red Dead
// Redemption 2"): "killed 14 people", "14 people were killed",
// "the death toll rose to 17", "magnitude 6.1". A measure noun right after
// the figure implies its unit ("17 dead" counts persons). A figure joined
// to the previous one ("from 12 to 17") shares its measure. Some measure
// phrases count only right before the figure ("had taken in 4,000
// people" sheltered them, "built for 20,000" is a capacity), some only
// after it ("2,000 people had been crossing"). A figure followed by
// "times" counts how often (Unit "time"), no thing.
//
// Per is the period of a rate ("2,000 people a day", "1,300 per day",
// "daily"), which compare weighs only against rates of that period.
//
// A figure after "including", "among them", "of whom", or followed by "of
// them" is a Part of the previous figure of the sentence (Of is its index),
// and takes its unit and measure when it states none: compare must not
// weigh "37 members" against the total of 75 they belong to.
//
// # Speed
//
// One pass to tokenize, one map probe per word, context windows only
// around figures; no regexp. go test -bench Find on 2.7 KB of news-like
// text: about 35-40 MB/s of CPU time on the shared development machine
// (wall-clock figures there swing with the load), 26 allocations per call.
package quantity
