package compare

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
	q "github.com/crosscheck/crosscheck/core/quantity"
)

// link is one expected relation between two claim IDs; an empty kind means
// the two must not be linked at all.
type link struct {
	a, b   string
	kind   Kind
	reason Reason
}

// listedText is a sentence that counts for two places.
const listedText = "The authority said 17 people had been killed in Norvale and four in the town of Kessel."

// twoVoicesText is a sentence in which two sources give two tolls.
const twoVoicesText = "The army put the toll at 27, while the council said 31 people had died."

func TestCompare(t *testing.T) {
	tests := []struct {
		name   string
		arts   []Article
		claims []claim.Claim
		want   []link
		only   bool // no relations beyond want
	}{
		{
			name: "one time of day in two spellings corroborates; a minute off does not",
			arts: dated("2031-03-02", "2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.At, at(980, false, false), place(eNorvale)), // "began at 4:20 p.m."
				mk("y", 1, claim.At, at(980, false, false)),                  // "struck at 16:20"
				mk("z", 2, claim.At, at(981, false, false)),                  // "at 16:21"
			},
			want: []link{{"x", "y", Corroborates, SameTime}},
			only: true,
		},
		{
			name: "a rough time meets one within a quarter of an hour",
			arts: dated("2031-03-02", "2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.At, at(720, true, false)),  // "shortly before noon"
				mk("y", 1, claim.At, at(705, false, false)), // "at 11:45"
				mk("z", 2, claim.At, at(760, true, false)),  // "at about 12:40"
			},
			want: []link{{"x", "y", Corroborates, SameTime}},
			only: true,
		},
		{
			name: "a time with no a.m. or p.m. meets either half of the day",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.At, at(375, false, true)),   // "at 6:15"
				mk("y", 1, claim.At, at(1095, false, false)), // "at 6:15 p.m."
			},
			want: []link{{"x", "y", Corroborates, SameTime}},
			only: true,
		},
		{
			name: "one time on two stated days, or twice in one article, is two moments",
			arts: dated("2031-03-02", "2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.At, at(600, false, false), on("2031-03-01")),
				mk("y", 1, claim.At, at(600, false, false), on("2031-03-02")),
				mk("z", 1, claim.At, at(600, false, false), on("2031-03-01"), src(eCouncil)),
			},
			want: []link{{"x", "z", Corroborates, SameTime}},
			only: true,
		},
		{
			name: "rising toll on later day is an update",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(277, q.AtLeast, "killed", ""), place(eNorvale)),
				mk("y", 1, claim.Kill, fig(412, q.Exact, "dead", "people"), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a higher count beside the earlier count restated is a rival count, not an update",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(23, q.Exact, "killed", "people"), place(eNorvale), src(eCouncil)),
				mk("y", 1, claim.Kill, fig(40, q.AtLeast, "killed", "people"), place(eNorvale), src(eMonitor)),
				mk("z", 1, claim.Kill, fig(23, q.Exact, "killed", "people"), place(eNorvale), src(eCouncil)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"x", "z", Corroborates, SameFigure}, {"y", "z", Contradicts, FigureConflict}},
		},
		{
			name: "a higher count the next day with no earlier count beside it is an update",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(23, q.Exact, "killed", "people"), place(eNorvale), src(eCouncil)),
				mk("y", 1, claim.Kill, fig(40, q.AtLeast, "killed", "people"), place(eNorvale), src(eMonitor)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
		},
		{
			name: "passengers and crew joined by and sum to the people aboard",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(80, q.Exact, "aboard", "people"), place(eNorvale), // "80 passengers", which quantity counts as people
					in("The jet carried 80 passengers and six crew members.", "80")),
				mk("y", 0, claim.Other, fig(6, q.Exact, "aboard", "crew"), place(eNorvale),
					in("The jet carried 80 passengers and six crew members.", "six")),
				mk("z", 1, claim.Other, fig(86, q.Exact, "aboard", "people"), place(eNorvale)),
			},
			want: []link{{"x", "z", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "passengers and crew counted apart are not summed",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(80, q.Exact, "aboard", "people"), place(eNorvale),
					in("The jet carried 80 passengers, the airline said, and six crew members.", "80")),
				mk("y", 0, claim.Other, fig(6, q.Exact, "aboard", "crew"), place(eNorvale),
					in("The jet carried 80 passengers, the airline said, and six crew members.", "six")),
				mk("z", 1, claim.Other, fig(86, q.Exact, "aboard", "people"), place(eNorvale)),
			},
			want: []link{{"x", "z", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "about a count to the ten allows less than about one to the hundred",
			arts: dated("2031-03-02", "2031-03-02", "2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(312, q.Exact, "aboard", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(340, q.About, "aboard", "people"), place(eNorvale)),
				mk("z", 2, claim.Kill, fig(460, q.Exact, "killed", "people"), place(eKessel)),
				mk("w", 3, claim.Kill, fig(500, q.About, "killed", "people"), place(eKessel)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"z", "w", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "a count for the morning and a lower one for the evening of one day: homes reconnected",
			arts: dated("2031-03-04", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(180000, q.About, "without power", "customers"), onPart("2031-03-04", "Wednesday morning"), src("Gridco")),
				mk("y", 1, claim.Other, fig(52000, q.Exact, "without power", "customers"), onPart("2031-03-04", "Wednesday evening"), src("Gridco")),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
			only: true,
		},
		{
			name: "households and homes without power are one count",
			arts: dated("2031-03-04", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(180000, q.MoreThan, "without power", "households")),
				mk("y", 1, claim.Other, fig(320000, q.About, "without power", "homes")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a speaker's own fighters are on the speaker's side",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("troops"), object(eNorvale), ents(eNorvale), said("the army"), on("2031-03-03"),
					text("The army said troops had retaken Norvale on Friday.")),
				mk("y", 1, claim.HoldControl, actor("fighters"), object(eNorvale), ents(eNorvale), said("the rebels"), on("2031-03-03"),
					text("The rebels said on Friday that its fighters still hold Norvale.")),
			},
			want: []link{{"x", "y", Contradicts, ActorConflict}},
			only: true,
		},
		{
			name: "a site taken, told in the same words within a name both give, is one site",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object("pumping station of the Norvale waterworks"), ents(eNorvale), on("2031-03-03")),
				mk("y", 1, claim.GainControl, actor(eFront), object("pumping station of the Norvale waterworks"), ents(eNorvale, eKessel), place(eKessel), on("2031-03-03")),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
			only: true,
		},
		{
			name: "homes without power on two stated days are one state as it changed",
			arts: dated("2031-03-03", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(120000, q.About, "without power", "customer"), onPart("2031-03-03", "Monday morning")),
				mk("y", 1, claim.Other, fig(41000, q.Exact, "without power", "customer"), onPart("2031-03-05", "Wednesday morning")),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
			only: true,
		},
		{
			name: "people and suspects arrested are one count",
			arts: dated("2031-03-04", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(14, q.Exact, "arrested", "person"), place(eNorvale)),
				mk("y", 1, claim.Capture, fig(27, q.Exact, "arrested", "suspect"), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "one part of the day named twice is no sequence",
			arts: dated("2031-03-04", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(180000, q.About, "without power", "customers"), onPart("2031-03-04", "Wednesday morning"), src("Gridco")),
				mk("y", 1, claim.Other, fig(52000, q.Exact, "without power", "customers"), onPart("2031-03-04", "Wednesday morning"), src("Lineco")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "a standfirst's untimed figure is the body's timed one: no second, conflicting link",
			arts: dated("2031-03-04", "2031-03-04"),
			claims: []claim.Claim{
				mk("h", 0, claim.Other, fig(180000, q.Exact, "without power", "customers"), src("Gridco")),
				mk("x", 0, claim.Other, fig(180000, q.About, "without power", "customers"), onPart("2031-03-04", "Wednesday morning"), src("Gridco")),
				mk("y", 1, claim.Other, fig(52000, q.Exact, "without power", "customers"), onPart("2031-03-04", "Wednesday evening"), src("Gridco")),
			},
			want: []link{{"x", "y", Updates, LowerFigure}, {"h", "y", "", ""}},
		},
		{
			name: "people kidnapped and people taken are one count",
			arts: dated("2031-03-10", "2031-03-13"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(112, q.Exact, "kidnapped", "students"), place(eNorvale)),
				mk("y", 1, claim.Capture, fig(121, q.Exact, "taken", "students"), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a toll that names the other's source is about its figure",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(12, q.AtLeast, "killed", "people"), src(eCouncil), ents(eNorvale, eCouncil)),
				mk("y", 1, claim.Kill, fig(12, q.Exact, "killed", "people"), src("Sollis"), ents(eCouncil)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "a fixed count a later report says it revised is an update",
			arts: dated("2031-03-02", "2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(312, q.Exact, "aboard", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(338, q.Exact, "aboard", "people"), place(eNorvale), in("The operator revised the number of people aboard to 338.", "338")),
				mk("z", 2, claim.Other, fig(338, q.Exact, "aboard", "people"), place(eNorvale), in("The operator said 338 people were aboard.", "338")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}, {"x", "z", Contradicts, FigureConflict}, {"y", "z", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "a sentence's count for one place is not the count of another it lists",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.Exact, "killed", "people"), place(eKessel), ents(eKessel)),
				mk("y", 1, claim.Kill, fig(17, q.Exact, "killed", "people"), place(eNorvale), ents(eNorvale, eKessel), in(listedText, "17")),
				mk("z", 1, claim.Kill, fig(4, q.Exact, "killed", ""), place(eKessel), ents(eNorvale, eKessel), in(listedText, "four")),
			},
			want: []link{{"x", "z", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "a toll naming no place meets the listed place it equals, not the other",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(17, q.AtLeast, "killed", "people"), src(eMonitor)),
				mk("y", 1, claim.Kill, fig(17, q.Exact, "killed", "people"), place(eNorvale), ents(eNorvale, eKessel), in(listedText, "17")),
				mk("z", 1, claim.Kill, fig(4, q.Exact, "killed", ""), place(eKessel), ents(eNorvale, eKessel), in(listedText, "four")),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}, {"x", "z", "", ""}},
			only: true,
		},
		{
			name: "people missing and workers missing are one count; the dead are not",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(14, q.Exact, "missing", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(14, q.Exact, "missing", "workers"), place(eNorvale)),
				mk("z", 0, claim.Kill, fig(31, q.Exact, "killed", "people"), place(eKessel), src(eMonitor)),
				mk("w", 1, claim.Kill, fig(23, q.Exact, "killed", "workers"), place(eKessel)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}, {"z", "w", "", ""}},
			only: true,
		},
		{
			name: "civilians evacuated and people evacuated are one running count",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(1140, q.Exact, "displaced", "civilian"), place(eNorvale), said("mission")),
				mk("y", 1, claim.Displace, fig(2100, q.Exact, "displaced", ""), place(eNorvale), said("mission")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a toll in a country meets a toll in a town of the other article",
			arts: named(dated("2034-03-14", "2034-03-15"), []string{eNorvale}, []string{eNorvale}),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.Exact, "killed", "person"), ents(eNorvale), said("officials")),
				mk("y", 1, claim.Kill, fig(7, q.Exact, "killed", "person"), ents(eTarn), said("authorities")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a crew missing and sailors missing are the people missing",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(8, q.Exact, "missing", "crew"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(4, q.Exact, "missing", ""), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
			only: true,
		},
		{
			name: "a toll set against another source's is a dispute, though given hours or a day later; a count that other source gives later is not",
			arts: dated("2031-09-13", "2031-09-14", "2031-09-15"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(62, q.AtLeast, "killed", "people"), place(eNorvale), src("local officials")),
				mk("y", 1, claim.Kill, fig(87, q.AtLeast, "killed", "people"), place(eNorvale), src(eMonitor), disputes()),
				mk("w", 2, claim.Kill, fig(94, q.AtLeast, "killed", "people"), place(eNorvale), src("local officials")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"y", "w", Updates, RisingFigure}},
		},
		{
			name: "a count disputed is another article's own when it names no source",
			arts: dated("2031-09-13", "2031-09-14"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(11, q.Exact, "destroyed", "truck"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(4, q.AtMost, "destroyed", "truck"), place(eNorvale), said("army"), disputes()),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
		},
		{
			name: "people still waiting, with and without a noun, are one count",
			arts: dated("2031-06-09", "2031-06-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(11000, q.About, "waiting", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(8500, q.About, "waiting", ""), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
		},
		{
			name: "staff detained and people in custody are one count",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(8, q.Exact, "arrested", "people"), place(eNorvale)),
				mk("y", 1, claim.Capture, fig(2, q.Exact, "arrested", "employee"), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
		},
		{
			name: "a toll a source reported the day before is that day's count",
			arts: dated("2031-09-13", "2031-09-13"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(47, q.Exact, "killed", ""), place(eNorvale), on("2031-09-13"), saidThen()),
				mk("y", 0, claim.Kill, fig(31, q.Exact, "killed", "people"), place(eNorvale), on("2031-09-12"),
					text("The figure is higher than the toll released on Friday, when police reported 31 dead."), span(200, 280)),
				mk("z", 1, claim.Kill, fig(52, q.Exact, "killed", "people"), place(eNorvale), on("2031-09-13"), saidThen()),
			},
			want: []link{{"x", "y", "", ""}, {"y", "z", Updates, RisingFigure}},
		},
		{
			name: "a toll rising from 08:05 to 19:30 and the missing falling are updates; a toll falling, or counts an hour apart, disagree",
			arts: clocked(dated("2031-09-13", "2031-09-13", "2031-09-13", "2031-09-13", "2031-09-13", "2031-09-13", "2031-09-13", "2031-09-13"),
				"08:05", "19:30", "08:05", "19:30", "08:05", "19:30", "08:05", "09:10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(47, q.Exact, "killed", ""), place(eNorvale)),
				mk("y", 1, claim.Kill, fig(52, q.Exact, "killed", "people"), place(eNorvale)),
				mk("z", 2, claim.Other, fig(11, q.Exact, "missing", "people"), place(eKessel)),
				mk("w", 3, claim.Other, fig(4, q.Exact, "missing", "people"), place(eKessel)),
				mk("u", 4, claim.Injure, fig(34, q.Exact, "injured", "people"), place(eRiver)),
				mk("v", 5, claim.Injure, fig(31, q.Exact, "injured", "people"), place(eRiver)),
				mk("p", 6, claim.Displace, fig(400, q.Exact, "displaced", "people"), place(eMonitor)),
				mk("o", 7, claim.Displace, fig(450, q.Exact, "displaced", "people"), place(eMonitor)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}, {"z", "w", Updates, LowerFigure}, {"u", "v", Contradicts, FigureConflict}, {"p", "o", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "a fixed count a later report corrects is an update",
			arts: dated("2031-03-09", "2031-03-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(41, q.Exact, "aboard", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(42, q.Exact, "aboard", "people"), place(eNorvale), in("Forty-two people were on board the flight, not 41 as first reported.", "Forty-two")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "acres and hectares burned are one area",
			arts: dated("2031-08-14", "2031-08-14", "2031-08-15"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(3200, q.About, "burned", "hectare"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(7900, q.About, "burned", "acre"), place(eNorvale)),
				mk("z", 2, claim.Other, fig(5100, q.About, "burned", "hectare"), place(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}, {"y", "z", Updates, RisingFigure}},
		},
		{
			name: "a denial the day after a capture contradicts it",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale), on("2031-03-01")),
				mk("y", 1, claim.GainControl, actor("rebels"), object(eNorvale), ents(eNorvale), neg(), on("2031-03-02")),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
			only: true,
		},
		{
			name: "a loss denied contradicts another actor's capture",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale), on("2031-03-01")),
				mk("y", 1, claim.LoseControl, actor("army"), object(eNorvale), ents(eNorvale), neg()),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
			only: true,
		},
		{
			name: "a denial days before a capture is an update",
			arts: dated("2031-03-02", "2031-03-06"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale), neg()),
				mk("y", 1, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", Updates, StateChange}},
			only: true,
		},
		{
			name: "a denial weeks after a capture is not linked",
			arts: dated("2031-03-02", "2031-03-20"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale), neg()),
			},
			only: true,
		},
		{
			name: "a retreat and the other side's capture are one change",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, OneChange}},
			only: true,
		},
		{
			name: "a retreat and the same side's loss agree",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
			only: true,
		},
		{
			name: "a retreat and the same side's capture are not linked",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor(eArmy), object(eNorvale), ents(eNorvale)),
			},
			only: true,
		},
		{
			name: "a retreat and a capture a week apart are not linked",
			arts: dated("2031-03-02", "2031-03-09"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
			},
			only: true,
		},
		{
			name: "a retreat still meets a repulse",
			arts: dated("2031-03-02", "2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.Repel, actor(eArmy), place(eNorvale)),
				mk("z", 2, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, OutcomeConflict}, {"x", "z", Corroborates, OneChange}},
		},
		{
			name: "a toll said on two days is one toll rising",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(31, q.Exact, "killed", ""), place(eNorvale), on("2031-03-01"), saidThen()),
				mk("y", 1, claim.Kill, fig(38, q.Exact, "killed", ""), place(eNorvale), on("2031-03-03"), saidThen()),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a toll that rose to a figure on a day stood at it then",
			arts: dated("2031-03-01", "2031-03-06"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(12, q.AtLeast, "killed", ""), place(eNorvale), on("2031-02-27")),
				mk("y", 1, claim.Kill, fig(31, q.Exact, "killed", ""), place(eNorvale), on("2031-03-02"),
					text("The death toll in Norvale rose to 31 on Sunday.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "tolls of two stated days are two events",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(31, q.Exact, "killed", ""), place(eNorvale), on("2031-03-01")),
				mk("y", 1, claim.Kill, fig(38, q.Exact, "killed", ""), place(eNorvale), on("2031-03-03")),
			},
			only: true,
		},
		{
			name: "counts of cases in one article are of different things",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(2, q.Exact, "cases", ""), place(eNorvale), src(eMonitor)),
				mk("y", 0, claim.Other, fig(46, q.Exact, "cases", ""), place(eNorvale), said("officials")),
			},
			only: true,
		},
		{
			name: "two rates for one month disagree, whenever reported",
			arts: dated("2031-04-12", "2031-04-14"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(3.2, q.Exact, "inflation", "percent"), place(eTarn), inMonth("2031-03-01", "2031-04-01")),
				mk("y", 1, claim.Other, fig(3.4, q.Exact, "inflation", "percent"), place(eTarn), inMonth("2031-03-01", "2031-04-01")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "rates of two months are two figures",
			arts: dated("2031-04-12", "2031-04-12"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(3.2, q.Exact, "inflation", "percent"), place(eTarn), inMonth("2031-03-01", "2031-04-01")),
				mk("y", 1, claim.Other, fig(3.8, q.Exact, "inflation", "percent"), place(eTarn), inMonth("2031-02-01", "2031-03-01")),
			},
			only: true,
		},
		{
			name: "a country that loses a place is the state that held it",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor("state"), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eTarn), object(eNorvale), ents(eNorvale, eTarn)),
			},
			want: []link{{"x", "y", Updates, StateChange}},
			only: true,
		},
		{
			name: "counts of one day that differ contradict, though a bound allows the other",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(277, q.AtLeast, "killed", "")),
				mk("y", 1, claim.Kill, fig(412, q.Exact, "deaths", "")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
		},
		{
			name: "a bound far below a count of one day may count a part: compatible",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.AtLeast, "killed", "")),
				mk("y", 1, claim.Kill, fig(412, q.Exact, "deaths", "")),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
		},
		{
			name: "an estimate and a count of one day near it corroborate",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(70, q.About, "killed", "")),
				mk("y", 1, claim.Kill, fig(72, q.Exact, "deaths", "")),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
		},
		{
			name: "disjoint figures on one day contradict",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(40, q.Exact, "killed", "person")),
				mk("y", 1, claim.Kill, fig(52, q.Exact, "killed", "person")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
		},
		{
			name: "counts stated for one day, in reports a day apart, disagree; the later report's count updates",
			arts: dated("2031-05-05", "2031-05-06"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(27, q.Exact, "killed", ""), on("2031-05-05"), src(eMonitor)),
				mk("y", 1, claim.Kill, fig(31, q.Exact, "killed", ""), on("2031-05-05"), said("the governor"), text("Late on Monday, the governor put the toll at 31.")),
				mk("w", 1, claim.Kill, fig(34, q.Exact, "killed", ""), said("officials")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"x", "w", Updates, RisingFigure}, {"y", "w", "", ""}},
			only: true,
		},
		{
			name: "a count of an event the day before its report is as of the report",
			arts: dated("2031-03-04", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(12, q.AtLeast, "killed", "person"), on("2031-03-04"), text("At least 12 people were killed overnight, officials said.")),
				mk("y", 1, claim.Kill, fig(8, q.Exact, "killed", "person"), on("2031-03-03"), text("Eight people were killed on Monday night, the mayor said.")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "two estimates of the most, up to 60 and up to 80, on one day disagree",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(60, q.AtMost, "trapped", "person")),
				mk("y", 1, claim.Other, fig(80, q.AtMost, "trapped", "person")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "an arrest on a later day that brings the number to three updates the first two",
			arts: dated("2031-05-05", "2031-05-07"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(2, q.Exact, "arrested", ""), on("2031-05-05"), text("Two managers were detained on Tuesday, prosecutors said.")),
				mk("y", 1, claim.Capture, fig(3, q.Exact, "arrested", "person"), on("2031-05-07"), text("A guard was arrested on Thursday, bringing to three the number of people detained.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a count of an event days before its report is as of the report",
			arts: dated("2031-05-05", "2031-05-08"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(12, q.Exact, "killed", ""), on("2031-05-04")),
				mk("y", 1, claim.Kill, fig(20, q.Exact, "killed", ""), on("2031-05-04")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "the source of another count of the sentence is no topic",
			arts: dated("2031-05-05", "2031-05-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(27, q.Exact, "killed", ""), place(eNorvale), src(eMonitor)),
				mk("y", 1, claim.Kill, fig(31, q.Exact, "killed", ""), said("the governor"), ents(eCouncil), span(10, 90)),
				mk("z", 1, claim.Other, fig(27, q.Exact, "recovered", "body"), src(eCouncil), span(10, 90)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "a bare count of the trapped is of people",
			arts: dated("2031-05-05", "2031-05-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(21, q.Exact, "trapped", "person"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(26, q.Exact, "trapped", ""), place(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "the same fixed count corroborates before one a bound allows",
			arts: dated("2031-05-05", "2031-05-06"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(142, q.Exact, "aboard", "person"), said("the agency")),
				mk("y", 1, claim.Other, fig(230, q.AtMost, "aboard", "person"), said("the governor"), span(0, 40)),
				mk("z", 1, claim.Other, fig(142, q.Exact, "aboard", "person"), said("the governor"), span(0, 40)),
			},
			want: []link{{"x", "z", Corroborates, SameFigure}, {"x", "y", "", ""}},
			only: true,
		},
		{
			name: "counts naming two places each article names are one story at two scales",
			arts: named(dated("2031-05-05", "2031-05-06"), []string{eNorvale, eKessel}, []string{eNorvale, eKessel}),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.AtLeast, "killed", ""), ents(eNorvale)),
				mk("y", 1, claim.Kill, fig(6, q.Exact, "killed", ""), ents(eKessel)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "counts naming a place the other article does not name are other events",
			arts: named(dated("2031-05-05", "2031-05-06"), []string{eNorvale, eKessel, eRiver}, []string{eNorvale, eRiver}),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.AtLeast, "killed", ""), ents(eKessel)),
				mk("y", 1, claim.Kill, fig(6, q.Exact, "killed", ""), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "lead counts of the dead, one called the toll, are one event's whatever places they name",
			arts: named(dated("2031-05-05", "2031-05-06"), []string{eNorvale, eKessel, eRiver}, []string{eNorvale, eRiver}),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.AtLeast, "killed", ""), ents(eKessel), in("At least 4 people were killed when the bus left the road near Kessel.", "4")),
				mk("y", 1, claim.Kill, fig(6, q.Exact, "killed", ""), ents(eNorvale), in("The toll rose to 6, the Norvale police said.", "6")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "lead counts, one given as the number of what it counts, are one event's",
			arts: named(dated("2031-05-05", "2031-05-06"), []string{eNorvale, eKessel, eRiver}, []string{eNorvale, eRiver}),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(90, q.AtLeast, "cancelled", "flight"), ents(eKessel), in("At least 90 flights had been cancelled at Kessel airport.", "90")),
				mk("y", 1, claim.Other, fig(210, q.Exact, "cancelled", "flight"), ents(eNorvale), in("The number of cancelled flights at Norvale rose to 210.", "210")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a toll that is not its article's first count of the dead may be a place's",
			arts: named(dated("2031-05-05", "2031-05-06"), []string{eNorvale, eKessel, eRiver}, []string{eNorvale, eRiver}),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.AtLeast, "killed", ""), ents(eKessel), in("At least 4 people were killed when the bus left the road near Kessel.", "4")),
				mk("w", 1, claim.Kill, fig(9, q.Exact, "killed", ""), ents(eRiver), in("Nine people died on the river road.", "Nine")),
				mk("y", 1, claim.Kill, fig(6, q.Exact, "killed", ""), ents(eNorvale), in("The toll rose to 6 in Norvale, the police said.", "6")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a count of a year long past is of then",
			arts: dated("2036-10-09", "2036-10-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(3200, q.About, "displaced", "person")),
				mk("y", 1, claim.Displace, fig(20000, q.About, "displaced", "person"), inYear(1998)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a count of a month months before its report is of then",
			arts: dated("2036-06-12", "2036-06-13"),
			claims: []claim.Claim{
				mk("x", 0, claim.Injure, fig(9, q.Exact, "injured", "worker")),
				mk("y", 1, claim.Injure, fig(9, q.Exact, "injured", "worker"), inMonth("2036-01-01", "2036-02-01")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "one exact count in sentences that name different things is one count",
			arts: dated("2036-03-08", "2036-03-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(79, q.Exact, "captured", "student"), ents(eTarn)),
				mk("y", 1, claim.Capture, fig(79, q.Exact, "captured", "student"), ents(eKessel)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
		},
		{
			name: "a small count in sentences that name different things may be two",
			arts: dated("2036-03-08", "2036-03-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(3, q.Exact, "killed", "person"), ents(eTarn)),
				mk("y", 1, claim.Kill, fig(3, q.Exact, "killed", "person"), ents(eKessel)),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "workers and employees evacuated are one count",
			arts: dated("2036-11-06", "2036-11-06"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(230, q.Exact, "displaced", "worker"), ents(eKessel)),
				mk("y", 1, claim.Displace, fig(230, q.Exact, "displaced", "employee"), ents(eKessel)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
		},
		{
			name: "a count set against another's by value meets it, and that figure told again later is still disputed",
			arts: dated("2033-03-16", "2033-03-16", "2033-03-17"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(7, q.Exact, "killed", ""), ents(eNorvale), said("mission")),
				mk("y", 1, claim.Kill, fig(5, q.Exact, "killed", ""), ents(eKessel), said("ministry"), against(7)),
				mk("z", 2, claim.Kill, fig(7, q.Exact, "killed", ""), ents(eNorvale), said("mission")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"y", "z", Contradicts, FigureConflict}},
		},
		{
			name: "one article's count placed in a town and a far larger one placed nowhere count different things",
			arts: dated("2034-10-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(700, q.MoreThan, "arrested", "person"), said("party")),
				mk("y", 0, claim.Capture, fig(48, q.Exact, "arrested", "person"), place(eKessel), said("officials")),
			},
			only: true,
		},
		{
			name: "people stranded and people trapped are one count",
			arts: dated("2037-01-13", "2037-01-13"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(3000, q.About, "stranded", "person"), ents(eKessel), said("agency")),
				mk("y", 1, claim.Other, fig(5000, q.About, "trapped", "person"), ents(eKessel), said("governor")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
		},
		{
			name: "each side's count of one loss is no update of the other's",
			arts: dated("2030-06-04", "2030-06-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(7, q.Exact, "killed", "soldier"), ents(eKessel), said("army")),
				mk("y", 1, claim.Kill, fig(31, q.Exact, "killed", "soldier"), ents(eKessel), said("rebels")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
		},
		{
			name: "hostages and people freed are one count",
			arts: dated("2034-06-10", "2034-06-11"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(87, q.Exact, "released", "hostage"), ents(eKessel)),
				mk("y", 1, claim.Other, fig(87, q.Exact, "released", "person"), ents(eKessel)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
		},
		{
			name: "a place the mutineers held is retaken by forces loyal to the president",
			arts: dated("2036-03-08", "2036-03-09"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor("mutineers"), object(eRiver), ents(eRiver)),
				mk("y", 1, claim.GainControl, actor("Forces loyal"), object(eRiver), ents(eRiver), on("2036-03-09")),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
		},
		{
			name: "a change of hands is told of the named place, not of positions around it",
			arts: dated("2031-03-08", "2036-03-09"),
			claims: []claim.Claim{
				mk("x1", 0, claim.GainControl, actor(eTarn), object(eNorvale), ents(eTarn, eNorvale)),
				mk("x2", 0, claim.GainControl, actor("the armed forces loyal"), object("all locations around"), place(eNorvale), ents(eNorvale, eKessel)),
				mk("y", 1, claim.LoseControl, actor(eTarn), object(eNorvale), ents(eTarn, eNorvale, eKessel)),
			},
			want: []link{{"x1", "y", Updates, StateChange}, {"x2", "y", "", ""}},
		},
		{
			name: "violations of a ceasefire counted again later rise",
			arts: dated("2036-03-13", "2036-03-14"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(97, q.Exact, "violations", ""), ents(eNorvale)),
				mk("y", 1, claim.Other, fig(164, q.Exact, "violations", ""), ents(eNorvale)),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
		},
		{
			name: "the figures of a when-clause after a record's since are of then",
			arts: dated("2031-06-16", "2031-06-17"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(7, q.Exact, "killed", "soldier"), sinceWhen("The clash is the deadliest since October 2029, when a firefight killed seven soldiers.", "since October 2029", "2029-10-01", "2029-11-01")),
				mk("y", 1, claim.Kill, fig(9, q.AtLeast, "killed", "soldier")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a preliminary and a final count of one day are a revision",
			arts: dated("2036-10-10", "2036-10-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(6, q.Exact, "killed", ""), text("Six dead in a preliminary count.")),
				mk("y", 1, claim.Kill, fig(9, q.Exact, "killed", ""), text("Nine dead in a final count, up from six in its preliminary count.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "two counts of one day without stages disagree",
			arts: dated("2036-10-10", "2036-10-10"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(6, q.Exact, "killed", ""), text("Six dead, officials said.")),
				mk("y", 1, claim.Kill, fig(9, q.Exact, "killed", ""), text("Nine dead, the mayor said.")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "two magnitudes days apart disagree",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(6.4, q.Exact, "magnitude", ""), place(eNorvale)),
				mk("y", 1, claim.Other, fig(6.1, q.Exact, "magnitude", ""), place(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "one quake named by its region and by its town",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(6.4, q.Exact, "magnitude", ""), ents(eTarn)),
				mk("y", 1, claim.Other, fig(6.1, q.Exact, "magnitude", ""), ents(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "undated reports of one week are ordered by the weekdays they name",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(12, q.AtLeast, "killed", "people"), place(eNorvale), weekday("on Tuesday")),
				mk("y", 1, claim.Kill, fig(31, q.Exact, "killed", "people"), place(eNorvale), weekday("on Wednesday")),
				mk("z", 1, claim.Other, place(eNorvale), weekday("on Tuesday")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "two crowd sizes without dates disagree",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(18000, q.Exact, "participants", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(70000, q.Exact, "participants", ""), place(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "a crowd size within a vague one corroborates",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(20000, q.Range, "participants", "people", 99999), place(eNorvale)),
				mk("y", 1, claim.Other, fig(70000, q.Exact, "participants", ""), place(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
			only: true,
		},
		{
			// Both of article 2's counts disagree with the monitor's; each
			// claim links once to each other article, and the monitor's own
			// later count is the one set beside its first, though the
			// council's comes first in content order.
			name: "one source's counts in two reports are set side by side",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(18000, q.Exact, "participants", "people"), src(eMonitor), text("b")),
				mk("y", 1, claim.Other, fig(25000, q.Exact, "participants", "people"), src(eMonitor), text("c")),
				mk("z", 1, claim.Other, fig(40000, q.Exact, "participants", "people"), src(eCouncil), text("a")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"x", "z", "", ""}},
		},
		{
			name: "releases on one stated day disagree",
			arts: dated("2031-08-04", "2031-08-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(24, q.Exact, "released", "hostages"), on("2031-08-01")),
				mk("y", 1, claim.Other, fig(25, q.Exact, "freed", "hostages"), on("2031-08-01")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "releases counted without a day may rise",
			arts: dated("2031-08-04", "2031-08-09"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(24, q.Exact, "released", "hostages")),
				mk("y", 1, claim.Other, fig(80, q.Exact, "freed", "hostages")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "one side's gain and the other's loss are one change",
			arts: dated("2031-03-14", "2031-03-15"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, OneChange}},
			only: true,
		},
		{
			name: "a gain and a loss without dates may be years apart",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "a site changes hands days apart",
			arts: dated("2031-03-14", "2031-03-16"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object("airport"), place(eNorvale), on("2031-03-14")),
				mk("y", 1, claim.GainControl, actor(eArmy), object("airport"), place(eNorvale), on("2031-03-16")),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
			only: true,
		},
		{
			name: "two sources of one article give a site two holders",
			arts: dated("2031-03-14"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object("airport"), place(eNorvale), src(eFront)),
				mk("y", 0, claim.HoldControl, actor(eArmy), object("airport"), place(eNorvale), src(eArmy)),
			},
			want: []link{{"x", "y", Contradicts, ActorConflict}},
			only: true,
		},
		{
			name: "a site is not its town",
			arts: dated("2031-03-14", "2031-03-14"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object("airport"), place(eNorvale)),
				mk("y", 1, claim.GainControl, actor(eArmy), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "lower figure reported later is a downward update",
			arts: dated("2031-03-02", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(300, q.Exact, "killed", "")),
				mk("y", 1, claim.Kill, fig(250, q.Exact, "killed", "")),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
		},
		{
			name: "same figure repeated days later corroborates",
			arts: dated("2031-03-02", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(9000, q.Exact, "displaced", "")),
				mk("y", 1, claim.Displace, fig(9000, q.Exact, "fled", "people")),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
		},
		{
			name: "a count over a stretch of years is not today's count",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(584, q.Exact, "deaths", ""), period("between 2010 and 2015", 2010, 2015)),
				mk("y", 1, claim.Kill, fig(2000000, q.Exact, "killed", "people")),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "counts over different stretches of years are not compared",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(584, q.Exact, "deaths", ""), period("between 2010 and 2015", 2010, 2015)),
				mk("y", 1, claim.Kill, fig(900, q.Exact, "killed", "people"), period("the 2010s", 2010, 2019)),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "over the centuries is a stretch of years too",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(2000000, q.Exact, "killed", "people"), relative("over the centuries", "past 36500")),
				mk("y", 1, claim.Kill, fig(584, q.Exact, "deaths", "")),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "last year's toll is no count of today",
			arts: dated("", ""),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(23, q.Exact, "killed", "people"), relative("Last year", "year -1")),
				mk("y", 1, claim.Kill, fig(9, q.Exact, "deaths", "")),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "a toll of two years ago is no count of today",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(31, q.Exact, "killed", "soldiers"), relative("two years ago", "ago 730")),
				mk("y", 1, claim.Kill, fig(14, q.Exact, "killed", "soldiers")),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "two counts of one century conflict however far apart their articles",
			arts: dated("2031-03-02", "2033-05-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(25000000, q.About, "killed", "people"), period("the 14th century", 1300, 1399)),
				mk("y", 1, claim.Kill, fig(50000000, q.MoreThan, "deaths", ""), period("the fourteenth century", 1300, 1399)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "one actor's launch on one named weekday is one event, whatever years undated articles mention",
			arts: []Article{{Index: 0, Years: []int{2027}}, {Index: 1, Years: []int{2031}}},
			claims: []claim.Claim{
				mk("x", 0, claim.Launch, actor(eFront), ents(eNorvale), weekday("on Wednesday")),
				mk("y", 1, claim.Launch, actor(eFront), place(eNorvale), weekday("this Wednesday")),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
			only: true,
		},
		{
			name: "launches on other weekdays stay apart",
			arts: []Article{{Index: 0, Years: []int{2027}}, {Index: 1, Years: []int{2031}}},
			claims: []claim.Claim{
				mk("x", 0, claim.Launch, actor(eFront), ents(eNorvale), weekday("on Wednesday")),
				mk("y", 1, claim.Launch, actor(eFront), place(eNorvale), weekday("on Friday")),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "undated reports of one event are of one time: what else they say is compared as such",
			arts: []Article{{Index: 0, Years: []int{2027}}, {Index: 1, Years: []int{2031}}},
			claims: []claim.Claim{
				mk("x", 0, claim.Launch, actor(eFront), place(eNorvale), weekday("on Wednesday")),
				mk("y", 1, claim.Launch, actor(eFront), place(eNorvale), weekday("on Wednesday")),
				mk("z", 0, claim.HoldControl, actor(eFront), place(eKessel)),
				mk("w", 1, claim.HoldControl, actor(eFront), place(eKessel)),
			},
			want: []link{{"x", "y", Corroborates, SameState}, {"z", "w", Corroborates, SameState}},
		},
		{
			name: "war total and one offensive are never compared",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(380000, q.MoreThan, "deaths", ""), scope("total")),
				mk("y", 1, claim.Kill, fig(75, q.AtLeast, "killed", "people")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "war totals years apart are an update",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(380000, q.MoreThan, "deaths", ""), scope("total")),
				mk("y", 1, claim.Kill, fig(500000, q.About, "dead", ""), scope("total")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
		},
		{
			name: "part of a figure in the same sentence is not compared",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.AtLeast, "killed", "people"), span(0, 90), src(eMonitor)),
				mk("y", 0, claim.Kill, fig(37, q.Exact, "killed", "people"), span(0, 90), src(eCouncil)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "one article's counts in two named places are two counts",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(180, q.MoreThan, "arrested", "people"), ents(eNorvale), span(0, 80), src(eMonitor)),
				mk("y", 0, claim.Capture, fig(15, q.Exact, "arrested", "people"), ents(eKessel), span(100, 180), src(eCouncil)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "one article's counts of one named place from two voices conflict",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(180, q.MoreThan, "arrested", "people"), place(eNorvale), ents(eNorvale), span(0, 80), src(eMonitor)),
				mk("y", 0, claim.Capture, fig(112, q.Exact, "arrested", "people"), place(eNorvale), ents(eNorvale), span(100, 180), src(eCouncil)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "two voices set against each other in one sentence conflict",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(27, q.Exact, "killed", "people"), in(twoVoicesText, "27"), src(eArmy)),
				mk("y", 0, claim.Kill, fig(31, q.Exact, "killed", "people"), in(twoVoicesText, "31"), src(eCouncil)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "two voices in one sentence without a contrast are not compared",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.Exact, "killed", "people"), in("The army counted 75 dead and the council 37 soldiers.", "75"), src(eArmy)),
				mk("y", 0, claim.Kill, fig(37, q.Exact, "killed", "people"), in("The army counted 75 dead and the council 37 soldiers.", "37"), src(eCouncil)),
			},
			want: []link{{"x", "y", "", ""}},
		},
		{
			name: "a part marked as a subset is not compared with a whole",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.AtLeast, "killed", "people")),
				mk("y", 1, claim.Kill, fig(37, q.Exact, "killed", "people"), func(c *claim.Claim) { c.Subset = true }),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two articles' parts of people are not compared",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(12, q.Exact, "survived", "people"), func(c *claim.Claim) { c.Subset = true }),
				mk("y", 1, claim.Other, fig(9, q.Exact, "survived", "people"), func(c *claim.Claim) { c.Subset = true }),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two articles' parts of soldiers are",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(37, q.Exact, "killed", "soldier"), func(c *claim.Claim) { c.Subset = true }),
				mk("y", 1, claim.Kill, fig(37, q.Exact, "killed", "soldier"), func(c *claim.Claim) { c.Subset = true }),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "families and people are different units",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(800000, q.MoreThan, "displaced", "people")),
				mk("y", 1, claim.Displace, fig(10700, q.MoreThan, "displaced", "family")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "places taken counted in different units a day apart are a doubtful conflict",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), fig(30, q.About, "captured", "village"), ents(eNorvale)),
				mk("y", 1, claim.GainControl, fig(88, q.Exact, "captured", "area"), ents(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "places taken in different units years apart are other advances",
			arts: dated("2027-02-16", "2031-11-30"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, fig(30, q.About, "captured", "village"), ents(eNorvale)),
				mk("y", 1, claim.GainControl, fig(70, q.About, "captured", "town"), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "places taken in different units without dates are not linked",
			arts: []Article{{Index: 0, Years: []int{2027}}, {Index: 1, Years: []int{2031}}},
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, fig(30, q.About, "captured", "village"), ents(eNorvale)),
				mk("y", 1, claim.GainControl, fig(70, q.About, "captured", "town"), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "places taken by two named sides are not one count",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), fig(12, q.Exact, "captured", "village"), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor(eFront), fig(40, q.Exact, "captured", "position"), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "houses are not in the family of places taken",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, fig(12, q.Exact, "captured", "house"), ents(eNorvale)),
				mk("y", 1, claim.GainControl, fig(40, q.Exact, "captured", "village"), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two records since one year days apart corroborate",
			arts: dated("2031-03-02", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Record, actor("these clashes"), since(2027)),
				mk("y", 1, claim.Record, object("the assault"), place(eKessel), year(2027)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
			only: true,
		},
		{
			name: "records since different years are not compared",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Record, actor("the floods"), since(2027), place(eNorvale)),
				mk("y", 1, claim.Record, actor("the floods"), since(2024), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "records a month apart are about other fighting",
			arts: dated("2031-03-02", "2031-04-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Record, actor("the shelling"), since(2027), place(eNorvale)),
				mk("y", 1, claim.Record, actor("the shelling"), since(2027), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a record without a year is not compared",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Record, actor("the shelling"), place(eNorvale)),
				mk("y", 1, claim.Record, actor("the shelling"), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "tolls in different places are different events",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(8, q.AtLeast, "killed", "civilian"), place(eKessel)),
				mk("y", 1, claim.Kill, fig(61, q.AtLeast, "killed", "civilian"), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a person said killed and the killing denied contradict",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, actor(eArmy), object(ePelt), ents(ePelt)),
				mk("y", 1, claim.Kill, object(ePelt), ents(ePelt), neg()),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
			only: true,
		},
		{
			name: "a person said killed twice corroborates",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, actor(eArmy), object(ePelt), ents(ePelt)),
				mk("y", 1, claim.Kill, object(ePelt), ents(ePelt)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
			only: true,
		},
		{
			name: "one person killed and another captured are two fates",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, actor(eArmy), object(ePelt), ents(ePelt, eVesh)),
				mk("y", 1, claim.Capture, object(ePelt), ents(ePelt), neg()),
				mk("z", 1, claim.Kill, object(eVesh), ents(eVesh), neg()),
			},
			want: []link{{"x", "y", "", ""}, {"x", "z", "", ""}},
			only: true,
		},
		{
			name: "tolls of sentences naming different things are different events",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(8, q.AtLeast, "killed", "civilian"), ents(eKessel, eCouncil)),
				mk("y", 1, claim.Kill, fig(61, q.AtLeast, "killed", "civilian"), ents(eNorvale, eFront)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a toll naming only its source and speaker may count a named place's dead",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(23, q.AtLeast, "killed", "worker"), place(eKessel)),
				mk("y", 1, claim.Kill, fig(19, q.Exact, "killed", "worker"), src(eCouncil), speaker(ePelt)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "a count since an offensive began and one day's count are two counts",
			arts: dated("2031-06-09", "2031-06-11"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(214, q.AtLeast, "killed", "person"), place(eNorvale),
					sinceWhen("At least 214 people have been killed in Norvale since the offensive began on 30 May.", "30 May", "2031-05-30", "2031-05-31")),
				mk("y", 1, claim.Kill, fig(6, q.Exact, "killed", "person"), place(eNorvale), on("2031-06-10"), text("Six people were killed in Norvale on Tuesday.")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "counts since an offensive began and since a day are two counts",
			arts: dated("2031-06-09", "2031-06-11"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(65000, q.MoreThan, "displaced", "person"), place(eNorvale), text("More than 65,000 people have been displaced in Norvale since the offensive began.")),
				mk("y", 1, claim.Displace, fig(11000, q.MoreThan, "displaced", "person"), place(eNorvale),
					sinceWhen("More than 11,000 people had fled Norvale since Monday.", "since Monday", "2031-06-09", "2031-06-10")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a count since an attack's start on a day and one since that day are one count",
			arts: dated("2031-06-10", "2031-06-11"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(23, q.AtLeast, "killed", "civilian"), place(eNorvale),
					sinceWhen("At least 23 civilians have been killed in Norvale since Saturday morning.", "since Saturday morning", "2031-06-07", "2031-06-08")),
				mk("y", 1, claim.Kill, fig(41, q.Exact, "killed", "civilian"), place(eNorvale), on("2031-06-07"),
					text("41 civilians have been killed in Norvale since the start of the attack on Saturday morning.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "two counts since an offensive began, one dated, rise",
			arts: dated("2031-06-09", "2031-06-11"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(214, q.AtLeast, "killed", "person"), place(eNorvale),
					sinceWhen("At least 214 people have been killed in Norvale since the offensive began on 30 May.", "30 May", "2031-05-30", "2031-05-31")),
				mk("y", 1, claim.Kill, fig(251, q.AtLeast, "killed", "person"), place(eNorvale), text("That brings the number killed in Norvale since the start of the offensive to at least 251.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a count since an offensive began rises to the next such count, not from one day's",
			arts: dated("2031-06-09", "2031-06-11"),
			claims: []claim.Claim{
				mk("w", 0, claim.Kill, fig(27, q.Exact, "killed", "person"), src(eMonitor), text("The monitor gave a toll of 27 dead.")),
				mk("x", 0, claim.Kill, fig(214, q.AtLeast, "killed", "person"), place(eNorvale), src(eMonitor),
					sinceWhen("At least 214 people have been killed in Norvale since the offensive began on 30 May, the monitor said.", "30 May", "2031-05-30", "2031-05-31")),
				mk("y", 1, claim.Kill, fig(251, q.AtLeast, "killed", "person"), src(eMonitor), text("That brings the number killed in the province since the start of the offensive to at least 251.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}, {"w", "y", "", ""}},
		},
		{
			name: "a record since a year is no count since it",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(277, q.AtLeast, "killed", "person"), place(eNorvale),
					sinceWhen("The clashes, the most violent since 2027, have killed at least 277 people in Norvale.", "since 2027", "2027-01-01", "2028-01-01")),
				mk("y", 1, claim.Kill, fig(412, q.Exact, "killed", "person"), place(eNorvale), on("2031-03-02"), text("The assault on Norvale on Sunday left 412 dead.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a party blamed in one report and denying in another contradict",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Blame, actor(eArmy), object(eFront)),
				mk("y", 1, claim.Responsible, actor(eFront), src(eFront), neg()),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
			only: true,
		},
		{
			name: "a party blamed in one report and claiming the attack in another corroborate",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Blame, actor(eArmy), object(eFront)),
				mk("y", 1, claim.Responsible, actor(eFront)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
			only: true,
		},
		{
			name: "two parties blamed in one article may both be to blame",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Blame, actor(eArmy), object(eFront), ents(eFront), text("The army blamed the Redline Front.")),
				mk("y", 0, claim.Blame, actor(eMonitor), object(eTarn), ents(eTarn), src(eMonitor), text("The monitor blamed Tarn.")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two parties blamed in two articles that share nothing else are two stories",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Blame, actor(eArmy), object(eFront), ents(eFront)),
				mk("y", 1, claim.Blame, actor(eMonitor), object(eTarn), ents(eTarn), src(eMonitor)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two parties blamed for an attack on one town are not set against each other",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Blame, actor(eArmy), object(eFront), ents(eFront, eNorvale)),
				mk("y", 1, claim.Blame, actor(eMonitor), object(eTarn), src(eMonitor), ents(eTarn, eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two sides' counts of their dead are two counts",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(3, q.Exact, "killed", "soldier"), in("Three Tarn soldiers were killed on the river road.", "Three"), ents(eTarn, eRiver)),
				mk("y", 1, claim.Kill, fig(12, q.Exact, "killed", "soldier"), in("Twelve Kessel soldiers were killed on the river road.", "Twelve"), ents(eKessel, eRiver)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "one side's dead counted by both sides conflict",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(14, q.AtLeast, "killed", "soldier"), in("The army said it killed at least 14 Redline Front soldiers.", "14"), said("the army"), ents(eFront)),
				mk("y", 1, claim.Kill, fig(4, q.Exact, "killed", "soldier"), in("The Redline Front said four of its soldiers were killed.", "four"), src(eFront), ents(eKessel)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "one side's count of its own dead in two reports is one count",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(4, q.Exact, "killed", "soldier"), in("The Redline Front said four of its soldiers were killed, Kessel officials said.", "four"), src(eFront), ents(eKessel)),
				mk("y", 1, claim.Kill, fig(4, q.Exact, "killed", "soldier"), in("Four of its soldiers died, the Redline Front said in Norvale.", "Four"), src(eFront), ents(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameFigure}},
			only: true,
		},
		{
			name: "a count of both sides' dead is neither side's",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(9, q.AtLeast, "killed", "soldier"), ents(eTarn, eFront, eNorvale)),
				mk("y", 1, claim.Kill, fig(4, q.Exact, "killed", "soldier"), object(eFront), ents(eFront, eNorvale)),
				mk("z", 1, claim.Kill, fig(5, q.Exact, "killed", "soldier"), object(eTarn), ents(eTarn, eNorvale)),
			},
			want: []link{{"x", "y", "", ""}, {"x", "z", "", ""}},
			only: true,
		},
		{
			name: "tolls in dated articles years apart are different events",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(30, q.About, "killed", "")),
				mk("y", 1, claim.Kill, fig(70, q.About, "killed", "")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "retreat and repel from two sources in one article contradict",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor("troops loyal to the government"), place(eNorvale), src(eMonitor)),
				mk("y", 0, claim.Repel, actor(eArmy), object("a major offensive"), place(eNorvale), hedge("claimed")),
			},
			want: []link{{"x", "y", Contradicts, OutcomeConflict}},
		},
		{
			name: "one source does not contradict itself",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), place(eNorvale)),
				mk("y", 0, claim.Repel, actor(eArmy), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "the attacker retreated and the defender repelled it agree",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor("redline fighters"), place(eNorvale)),
				mk("y", 1, claim.Repel, actor(eArmy), object("Redline fighters"), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "control regained then lost years later is an update",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, StateChange}},
		},
		{
			name: "holds and lost on the same day contradict",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), place(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, StateConflict}},
		},
		{
			name: "one side took what the other lost",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), place(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "took and holds control corroborate",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("the groups"), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eFront), place(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
		},
		{
			name: "gains of opposite sides do not corroborate",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), object("several positions"), place(eNorvale)),
				mk("y", 1, claim.GainControl, actor("rebel units"), object("three hills"), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "an agency's staff killed are its workers",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(6, q.AtLeast, "killed", "worker"), place(eNorvale), said("agency")),
				mk("y", 1, claim.Kill, fig(8, q.Exact, "killed", "employee"), place(eNorvale), said("agency")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a count placed in a town and one placed nowhere, far apart and naming nothing in common, count different things",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Capture, fig(15, q.Exact, "arrested", "person"), place(eKessel)),
				mk("y", 1, claim.Capture, fig(112, q.Exact, "arrested", "person")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a count of one day that says it rose is an update",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(5, q.Exact, "killed", "person"), place(eNorvale), said("ministry")),
				mk("y", 1, claim.Kill, fig(6, q.Exact, "killed", "person"), place(eNorvale), said("health department"), text("The death toll has risen to six after a girl died on Tuesday night.")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a sentence's rise told of another count says nothing of this one",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(0, q.Exact, "missing", "worker"), place(eNorvale), said("the company"),
					in("The company said no worker remained missing.", "no")),
				mk("y", 1, claim.Other, fig(3, q.Exact, "missing", "worker"), place(eNorvale), said("the fire chief"),
					in("The number of injured rose to 41, the fire chief said, and three workers were still missing.", "three")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
			only: true,
		},
		{
			name: "a spill's estimate rises",
			arts: dated("2031-03-02", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(700, q.AtMost, "spilled", "tonne"), place(eNorvale), said("operator")),
				mk("y", 1, claim.Other, fig(2900, q.Exact, "spilled", "tonne"), place(eNorvale), said("operator")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a count called false contradicts the same count",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(2, q.Exact, "killed", "person"), place(eNorvale), said("hijackers")),
				mk("y", 1, claim.Kill, fig(2, q.Exact, "killed", "person"), place(eNorvale), said("ministry"), neg()),
				mk("z", 1, claim.Kill, fig(1, q.Exact, "killed", "person"), place(eNorvale), said("ministry")),
			},
			want: []link{{"x", "y", Contradicts, Negation}, {"x", "z", Updates, LowerFigure}},
			only: true,
		},
		{
			name: "a count set against another by a difference disputes that one, and outdates the rest",
			arts: dated("2031-03-02", "2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(11, q.Exact, "killed", "person"), place(eNorvale), said("medical staff")),
				mk("y", 1, claim.Kill, fig(13, q.Exact, "killed", "person"), said("minister")),
				mk("z", 2, claim.Kill, fig(17, q.Exact, "killed", "person"), place(eNorvale), said("refugee leaders"), against(13)),
			},
			want: []link{{"y", "z", Contradicts, FigureConflict}, {"x", "z", Updates, RisingFigure}, {"x", "y", Updates, RisingFigure}},
			only: true,
		},
		{
			name: "a figure denied without a verb contradicts the same figure",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(700, q.AtMost, "spilled", "tonne"), place(eNorvale), said("operator")),
				mk("y", 1, claim.Other, fig(700, q.Exact, "spilled", "tonne"), place(eNorvale), neg()),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
			only: true,
		},
		{
			name: "a count denied meets the same count though their sentences name different things",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(5000, q.AtLeast, "spilled", "tonne"), ents(eNorvale), said("ministry")),
				mk("y", 1, claim.Other, fig(5000, q.AtLeast, "spilled", "tonne"), ents(eKessel), said("coast guard"), neg()),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
			only: true,
		},
		{
			name: "a negation of another verb denies no count",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(3, q.Exact, "killed", "child"), place(eNorvale)),
				mk("y", 1, claim.Capture, fig(3, q.Exact, "killed", "child"), place(eNorvale), neg()),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "people trapped fall during a day",
			arts: clocked(dated("2031-09-13", "2031-09-13"), "08:05", "19:30"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(40, q.MoreThan, "trapped", "people"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(30, q.About, "trapped", "people"), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, LowerFigure}},
			only: true,
		},
		{
			name: "a taking and a retaking are two changes",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("rebels"), object(eNorvale), ents(eNorvale), text("Rebels said they had taken control of Norvale.")),
				mk("y", 1, claim.GainControl, object(eNorvale), ents(eNorvale), text("The army said Norvale had been retaken.")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "gunmen are not the state's side",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor("the state"), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor("gunmen"), object(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", Contradicts, ActorConflict}},
			only: true,
		},
		{
			name: "one side in other words corroborates",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor("government troops"), place(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
		},
		{
			name: "the two sides take one named place on two days: it changed hands",
			arts: dated("2031-03-03", "2031-03-07"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("rebel units"), object(eNorvale), ents(eNorvale), on("2031-03-02")),
				mk("y", 1, claim.GainControl, actor("government troops"), object(eNorvale), ents(eNorvale), on("2031-03-05")),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
			only: true,
		},
		{
			name: "the two sides take one named place on one day: two takers",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("rebel units"), object(eNorvale), ents(eNorvale), on("2031-03-02")),
				mk("y", 1, claim.GainControl, actor("government troops"), object(eNorvale), ents(eNorvale), on("2031-03-02")),
			},
			want: []link{{"x", "y", Contradicts, ActorConflict}},
			only: true,
		},
		{
			name: "the other side's taking stated for a day after a report is a change of hands",
			arts: dated("2031-03-03", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("rebel units"), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor("government troops"), object(eNorvale), ents(eNorvale), on("2031-03-05")),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
			only: true,
		},
		{
			name: "the other side's taking stated for the day after a report is a change of hands",
			arts: dated("2031-03-03", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("rebel units"), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.GainControl, actor("government troops"), object(eNorvale), ents(eNorvale), on("2031-03-04")),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
			only: true,
		},
		{
			name: "a taking stated for the day after the other side said it took the place is a change of hands",
			arts: dated("2031-03-03", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("rebel units"), object(eNorvale), ents(eNorvale), on("2031-03-03"), saidThen()),
				mk("y", 1, claim.GainControl, actor("government troops"), object(eNorvale), ents(eNorvale), on("2031-03-04")),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
			only: true,
		},
		{
			name: "a site taken and a named town held are two places",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor("fighters"), object("bridge"), ents(eNorvale, eFront)),
				mk("y", 1, claim.HoldControl, actor("government troops"), object(eNorvale), ents(eNorvale, eFront)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a named group of no known side and the state's troops at one site are not one actor",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object("airport"), place(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.HoldControl, actor("government troops"), object("airport"), place(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a body its speaker speaks for is a named actor, though no topic",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, func(c *claim.Claim) { c.Actor, c.Source, c.Speaker = eFront, eFront, ePelt },
					object("airport"), place(eNorvale), ents(ePelt)),
				mk("y", 1, claim.HoldControl, actor("government troops"), object("airport"), place(eNorvale), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "our forces speak for an untold side",
			arts: dated("2031-03-03", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor("our forces"), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a place held by another actor years later changed hands",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eFront), place(eNorvale)),
			},
			want: []link{{"x", "y", Updates, ActorChange}},
			only: true,
		},
		{
			name: "two holders of one place on one day are not a conflict",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eFront), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "an army and its country are one side",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eTarn), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eArmy), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "allies named in the sentence are one side",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eFront), place(eNorvale), ents(eCouncil),
					text("The Redline Front and factions allied with the relief council hold Norvale.")),
				mk("y", 1, claim.HoldControl, actor(eCouncil), place(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "holders of different places are not compared",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eArmy), place(eNorvale), ents(eKessel)),
				mk("y", 1, claim.HoldControl, actor(eFront), place(eKessel), ents(eNorvale)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "two actors named for one capture contradict",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), place(eKessel)),
				mk("y", 1, claim.GainControl, actor(eCouncil), place(eKessel)),
			},
			want: []link{{"x", "y", Contradicts, ActorConflict}},
		},
		{
			name: "undated opposite control with years far apart is a possible update",
			arts: []Article{{Index: 0}, {Index: 1}},
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), place(eNorvale), year(2019)),
				mk("y", 1, claim.LoseControl, actor(eArmy), place(eNorvale), year(2026)),
			},
			want: []link{{"x", "y", Updates, PossibleUpdate}},
		},
		{
			name: "undated gains named in other words are not linked",
			arts: []Article{{Index: 0, Years: []int{2030}}, {Index: 1, Years: []int{2030}}},
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), object(eNorvale), ents(eNorvale, eRiver)),
				mk("y", 1, claim.GainControl, actor(eArmy), object("certain positions"), ents(eNorvale, eRiver)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "undated same actor and place corroborate",
			arts: []Article{{Index: 0, Years: []int{2030}}, {Index: 1, Years: []int{2030}}},
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eArmy), place(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
		},
		{
			name: "undated differing compatible figures are a possible update",
			arts: []Article{{Index: 0}, {Index: 1}},
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.AtLeast, "killed", "people")),
				mk("y", 1, claim.Kill, fig(277, q.AtLeast, "deaths", "")),
			},
			want: []link{{"x", "y", Updates, PossibleUpdate}},
		},
		{
			name: "undated disjoint figures contradict",
			arts: []Article{{Index: 0}, {Index: 1}},
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(40, q.Exact, "killed", "")),
				mk("y", 1, claim.Kill, fig(52, q.Exact, "killed", "")),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}},
		},
		{
			name: "one attack on one day corroborates",
			arts: dated("2031-03-01", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Attack, actor(eFront), place(eNorvale), on("2031-02-26")),
				mk("y", 1, claim.Attack, actor(eFront), place(eNorvale), on("2031-02-26")),
			},
			want: []link{{"x", "y", Corroborates, SameState}},
		},
		{
			name: "attacks on different days are different events",
			arts: dated("2031-03-01", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Attack, actor(eFront), place(eNorvale), on("2031-02-26")),
				mk("y", 1, claim.Attack, actor(eFront), place(eNorvale), on("2031-03-04")),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "an event denied contradicts",
			arts: dated("2031-03-01", "2031-03-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.Enter, actor(eFront), place(eNorvale)),
				mk("y", 1, claim.Enter, actor(eFront), place(eNorvale), neg()),
			},
			want: []link{{"x", "y", Contradicts, Negation}},
		},
		{
			name: "claims with nothing in common are not linked",
			arts: dated("2031-03-01", "2031-03-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), place(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eFront), place(eKessel)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a chain of rising tolls links each step, not the shortcut",
			arts: dated("2031-03-01", "2031-03-03", "2031-03-05"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.AtLeast, "killed", "")),
				mk("y", 1, claim.Kill, fig(277, q.AtLeast, "killed", "")),
				mk("z", 2, claim.Kill, fig(412, q.Exact, "killed", "")),
			},
			want: []link{{"x", "y", Updates, RisingFigure}, {"y", "z", Updates, RisingFigure}, {"x", "z", "", ""}},
			only: true,
		},
		{
			name: "people displaced inside one country and those who fled into another are two counts",
			arts: dated("2031-05-22", "2031-05-26"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(500000, q.MoreThan, "displaced", "people"), place(eTarn), ents(eTarn)),
				mk("y", 1, claim.Displace, fig(68000, q.MoreThan, "displaced", "people"), place(eVesh), ents(eVesh, eTarn)),
			},
			want: []link{{"x", "y", "", ""}},
			only: true,
		},
		{
			name: "a rate is weighed against rates, never against a total",
			arts: dated("2031-05-22", "2031-05-22", "2031-05-26"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(1300, q.About, "arrived", ""), perDay, place(eVesh)),
				mk("y", 1, claim.Displace, fig(2000, q.About, "displaced", "people"), perDay, place(eVesh)),
				mk("z", 2, claim.Displace, fig(2000, q.MoreThan, "displaced", "people"), place(eVesh)),
			},
			want: []link{{"x", "y", Contradicts, FigureConflict}, {"x", "z", "", ""}, {"y", "z", "", ""}},
			only: true,
		},
		{
			name: "a claim links to the best match of each other article only",
			arts: dated("2031-03-01", "2031-03-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), place(eNorvale), ents(eRiver)),
				mk("y", 1, claim.HoldControl, actor(eArmy), place(eNorvale), ents(eRiver)),
				mk("z", 1, claim.HoldControl, place(eNorvale)),
			},
			want: []link{{"x", "y", Corroborates, SameState}, {"x", "z", "", ""}},
			only: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := CompareWith(tt.arts, tt.claims, Options{Names: testNames, Countries: testCountries})
			n := 0
			for _, w := range tt.want {
				r, ok := find(res.Relations, w.a, w.b)
				switch {
				case w.kind == "" && ok:
					t.Errorf("Compare linked %s-%s, want no link; got %s", w.a, w.b, dump(res.Relations))
				case w.kind == "":
				case !ok:
					t.Errorf("Compare did not link %s-%s, want %s; got %s", w.a, w.b, w.kind, dump(res.Relations))
				case r.Kind != w.kind || r.Reason != w.reason:
					t.Errorf("Compare %s-%s = %s/%s, want %s/%s", w.a, w.b, r.Kind, r.Reason, w.kind, w.reason)
				default:
					n++
				}
			}
			if tt.only && len(res.Relations) != n {
				t.Errorf("Compare gave %d relations, want %d: %s", len(res.Relations), n, dump(res.Relations))
			}
			for _, r := range res.Relations {
				checkRelation(t, r)
			}
		})
	}
}

// checkRelation checks what every relation must have: a one-sentence
// explanation naming articles, a confidence in range, Low set from it.
func checkRelation(t *testing.T, r Relation) {
	t.Helper()
	e := r.Explanation
	if e == "" || !strings.HasSuffix(e, ".") || strings.Count(e, ". ") > 0 || !strings.Contains(strings.ToLower(e), "article") {
		t.Errorf("explanation %q: want one sentence naming an article", e)
	}
	if r.Confidence <= 0 || r.Confidence > 1 || r.Low != (r.Confidence < lowConfidence) {
		t.Errorf("confidence %v low %v out of contract", r.Confidence, r.Low)
	}
	if r.Claims[0] == r.Claims[1] {
		t.Errorf("relation links claim %s to itself", r.Claims[0])
	}
}

func TestExplanations(t *testing.T) {
	tests := []struct {
		name   string
		arts   []Article
		claims []claim.Claim
		want   []string // words the explanation must contain
	}{
		{
			name: "rising toll names both figures and the gap",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(277, q.AtLeast, "killed", "")),
				mk("y", 1, claim.Kill, fig(1412, q.Exact, "killed", "")),
			},
			want: []string{"Article 2 reports 1,412 dead", "two days after article 1", "at least 277", "rising"},
		},
		{
			name: "a toll later the same day names the hours between the reports",
			arts: clocked(dated("2031-09-13", "2031-09-13"), "08:05", "19:30"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(47, q.Exact, "killed", "")),
				mk("y", 1, claim.Kill, fig(52, q.Exact, "killed", "")),
			},
			want: []string{"Article 2 reports 52 dead 11 hours after article 1 reported 47", "rising"},
		},
		{
			name: "a rate names its period",
			arts: dated("2031-05-22", "2031-05-26"),
			claims: []claim.Claim{
				mk("x", 0, claim.Displace, fig(1300, q.About, "arrived", ""), perDay),
				mk("y", 1, claim.Displace, fig(1500, q.About, "arrived", ""), perDay),
			},
			want: []string{"about 1,500 displaced a day four days after"},
		},
		{
			name: "a disputed toll says the source disputes the other count",
			arts: dated("2031-09-13", "2031-09-13"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(62, q.AtLeast, "killed", "people"), place(eNorvale), src("local officials")),
				mk("y", 1, claim.Kill, fig(87, q.AtLeast, "killed", "people"), place(eNorvale), src(eMonitor), disputes()),
			},
			want: []string{"reports at least 62 dead; ", "reports at least 87 dead and sets it against another source's count: the two accounts disagree"},
		},
		{
			name: "a plural voice that disputes a count agrees in number",
			arts: dated("2031-09-13", "2031-09-14"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(3, q.Exact, "killed", "people"), place(eNorvale), src(eFront)),
				mk("y", 1, claim.Kill, fig(2, q.Exact, "killed", "people"), place(eNorvale), said("monitors"), disputes()),
			},
			want: []string{"monitors (article 2) report 2 dead and set it against another source's count"},
		},
		{
			name: "a figure compared in another unit is written in its own",
			arts: dated("2031-08-14", "2031-08-15"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(7900, q.About, "burned", "acre"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(5100, q.About, "burned", "hectare"), place(eNorvale)),
			},
			want: []string{"reports about 5,100 hectares burned one day after article 1 reported about 7,900 acres burned: a rising count"},
		},
		{
			name: "counts of one day that a bound lets overlap differ, neither ruling the other out",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(14, q.AtLeast, "killed", ""), place(eNorvale)),
				mk("y", 1, claim.Kill, fig(17, q.Exact, "killed", ""), place(eNorvale)),
			},
			want: []string{"reports at least 14 dead", "reports 17 dead", "the counts differ, though neither rules the other out"},
		},
		{
			name: "two counts of one past month say so",
			arts: dated("2031-06-16", "2031-06-16"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(7, q.Exact, "killed", "soldier"), sinceWhen("The clash is the deadliest since October 2029, when a firefight killed seven soldiers.", "since October 2029", "2029-10-01", "2029-11-01")),
				mk("y", 1, claim.Kill, fig(4, q.Exact, "killed", "soldier"), inMonth("2029-10-01", "2029-11-01")),
			},
			want: []string{"for the same time (October 2029)"},
		},
		{
			name: "a blame and a denial say who speaks",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Blame, actor(eArmy), object(eFront)),
				mk("y", 1, claim.Responsible, actor(eFront), src(eFront), neg()),
			},
			want: []string{"The Tarn Army (article 1) blames the Redline Front, but the Redline Front (article 2) denies any role: the accounts of who is to blame disagree."},
		},
		{
			name: "one party's two denials",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Responsible, actor(eFront), neg()),
				mk("y", 1, claim.Responsible, actor(eFront), src(eFront), neg()),
			},
			want: []string{"The Redline Front (article 1) denies any role, and the Redline Front (article 2) denies any role: the accounts agree."},
		},
		{
			name: "fixed figures say they do not change",
			arts: dated("2031-03-02", "2031-03-04"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(6.4, q.Exact, "magnitude", ""), place(eNorvale)),
				mk("y", 1, claim.Other, fig(6.1, q.Exact, "magnitude", ""), place(eNorvale)),
			},
			want: []string{"Article 1 reports magnitude 6.4 and article 2 reports magnitude 6.1", "does not change as reports come in"},
		},
		{
			name: "one change told from both sides",
			arts: dated("2031-03-14", "2031-03-15"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), object(eNorvale), ents(eNorvale)),
			},
			want: []string{"the Redline Front took control of Norvale", "the Tarn Army lost control of Norvale", "one change of hands"},
		},
		{
			name: "attributed accounts say who said what",
			arts: dated("2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor(eArmy), place(eNorvale), src(eMonitor)),
				mk("y", 0, claim.Repel, actor(eArmy), place(eNorvale), hedge("claimed")),
			},
			want: []string{"the Valley Monitor (article 1) says the Tarn Army retreated from Norvale", "the Tarn Army (article 1) says it repelled an attack on Norvale", "cannot both be true"},
		},
		{
			name: "a denial, told first, names the change it denies",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale), neg()),
				mk("y", 1, claim.GainControl, actor(eFront), object(eNorvale), ents(eNorvale)),
			},
			want: []string{"Article 2 says the Redline Front took control of Norvale, but article 1 says it did not happen"},
		},
		{
			name: "a count denied names the figure denied",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(700, q.AtMost, "spilled", "tonne"), place(eNorvale), said("operator")),
				mk("y", 1, claim.Other, fig(700, q.Exact, "spilled", "tonne"), place(eNorvale), neg()),
			},
			want: []string{"The operator (article 1) reports up to 700 tonnes spilled, but article 2 says it was not 700"},
		},
		{
			name: "a count set against another by a difference is no dispute of a third",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(16, q.Exact, "killed", "person"), place(eNorvale), said("office")),
				mk("y", 1, claim.Kill, fig(13, q.Exact, "killed", "person"), place(eNorvale), said("sheriff"), against(11)),
			},
			want: []string{"The office (article 1) reports 16 dead and the sheriff (article 2) reports 13 dead"},
		},
		{
			name: "a denied hold is in the present",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eArmy), place(eNorvale), neg()),
			},
			want: []string{"the Tarn Army controls Norvale", "the Tarn Army does not control Norvale"},
		},
		{
			name: "groups of people take the plural and common nouns their article",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Retreat, actor("army"), object(eNorvale), ents(eNorvale), said("Residents")),
				mk("y", 1, claim.GainControl, actor("Rebel fighters"), object(eNorvale), ents(eNorvale), said("spokesman")),
			},
			want: []string{"Residents (article 1) say the army retreated from Norvale", "the spokesman (article 2) says rebel fighters took control of Norvale"},
		},
		{
			name: "demonyms and names keep their capitals",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(40, q.Exact, "killed", "person"), place(eNorvale), said("Kurdish officials")),
				mk("y", 1, claim.Kill, fig(52, q.Exact, "killed", "person"), place(eNorvale), src(eMonitor)),
			},
			want: []string{"Kurdish officials (article 1) reported 40", "the Valley Monitor (article 2) reports 52"},
		},
		{
			name: "a unit written with the figure is not written twice",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(54, q.Exact, "vote", "percent"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(51.2, q.Exact, "vote", "percent"), place(eNorvale), figText("51.2 percent")),
			},
			want: []string{"54 percent of the vote", "51.2 percent of the vote on the same day"},
		},
		{
			name: "a measure the text gave is named by its word",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(12000, q.Exact, "malnourished", "child"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(12000, q.Exact, "malnourished", "child"), place(eNorvale)),
			},
			want: []string{"give the same figure: 12,000 children malnourished"},
		},
		{
			name: "patients in a critical condition meet a bare count of them",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(27, q.Exact, "critical", "patient"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(27, q.Exact, "critical", ""), place(eNorvale)),
			},
			want: []string{"27 patients in critical condition"},
		},
		{
			name: "millimetres of rain are written once",
			arts: dated("2031-03-02", "2031-03-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Other, fig(310, q.Exact, "rain", "mm"), place(eNorvale)),
				mk("y", 1, claim.Other, fig(310, q.About, "rain", "mm"), place(eNorvale), figText("some 310mm")),
			},
			want: []string{"310 mm of rain", "some 310mm of rain"},
		},
		{
			name: "two counts of one century name it",
			arts: dated("2031-03-02", "2033-05-02"),
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(25000000, q.About, "killed", "people"), period("the 14th century", 1300, 1399)),
				mk("y", 1, claim.Kill, fig(50000000, q.MoreThan, "deaths", ""), period("the fourteenth century", 1300, 1399)),
			},
			want: []string{"for the same period (the 14th century)", "both cannot be right"},
		},
		{
			name: "years apart say the situation changed",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.LoseControl, actor(eArmy), place(eNorvale)),
			},
			want: []string{"took control of Norvale", "five years later", "lost control of Norvale", "rather than a contradiction"},
		},
		{
			name: "counts in different units say the units differ",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.GainControl, fig(30, q.About, "captured", "village"), ents(eNorvale)),
				mk("y", 1, claim.GainControl, fig(88, q.Exact, "captured", "area"), ents(eNorvale)),
			},
			want: []string{"about 30 villages taken", "88 areas taken", "one day apart", "units differ (villages, areas)"},
		},
		{
			name: "records say the year",
			arts: dated("2031-03-02", "2031-03-03"),
			claims: []claim.Claim{
				mk("x", 0, claim.Record, actor("these clashes"), since(2027), text("These clashes, the worst since 2027, went on.")),
				mk("y", 1, claim.Record, object("the assault"), year(2027), text("The assault is the largest since the 2027 truce.")),
			},
			want: []string{"worst since 2027", "largest since the 2027 truce", "worst of its kind since 2027"},
		},
		{
			name: "a change of hands names both holders",
			arts: dated("2027-02-16", "2031-12-01"),
			claims: []claim.Claim{
				mk("x", 0, claim.HoldControl, actor(eArmy), place(eNorvale)),
				mk("y", 1, claim.HoldControl, actor(eFront), place(eNorvale)),
			},
			want: []string{"the Tarn Army controls Norvale", "the Redline Front controls Norvale", "five years later", "changed hands"},
		},
		{
			name: "undated figures say the dates are unknown",
			arts: []Article{{Index: 0}, {Index: 1}},
			claims: []claim.Claim{
				mk("x", 0, claim.Kill, fig(75, q.AtLeast, "killed", "")),
				mk("y", 1, claim.Kill, fig(500000, q.About, "killed", "")),
			},
			want: []string{"at least 75 dead", "about 500,000 dead", "without dates"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := CompareWith(tt.arts, tt.claims, Options{Names: testNames, Countries: testCountries})
			if len(res.Relations) != 1 {
				t.Fatalf("Compare gave %s, want one relation", dump(res.Relations))
			}
			e := res.Relations[0].Explanation
			for _, w := range tt.want {
				if !strings.Contains(strings.ToLower(e), strings.ToLower(w)) {
					t.Errorf("explanation %q lacks %q", e, w)
				}
			}
		})
	}
}
