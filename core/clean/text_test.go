package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/shared"
)

// readFixture returns testdata/text/name.
func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "text", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// roles maps input line numbers to roles.
func roles(d Doc) map[int]Line {
	m := map[int]Line{}
	for _, l := range d.Lines {
		m[l.N] = l
	}
	return m
}

func TestTextFixtures(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		kept     []int // lines that must be body or heading
		removed  []int // lines that must be meta or boilerplate
		title    int   // line of the title, 0 for none
		byline   string
		date     string
		dateline string
		source   string
	}{
		{
			name:     "news page with nav, teasers, comment form, captcha, cookies",
			file:     "harbour.txt",
			kept:     []int{17, 19, 21, 22, 24, 25, 29},
			removed:  []int{1, 2, 5, 6, 8, 12, 13, 15, 27, 31, 33, 35, 36, 37, 39, 40, 41, 43, 45, 47, 48, 49, 50, 52, 54},
			title:    10,
			byline:   "By Mira Castellan",
			dateline: "VARNETH, 14 (COASTAL WIRE)",
		},
		{
			name:    "page title with site name, category and reading time, credit",
			file:    "council.txt",
			kept:    []int{16, 18, 20, 21, 23, 25},
			removed: []int{1, 2, 3, 4, 8, 12, 13, 14, 27, 29, 30, 31, 32, 35},
			title:   10,
			date:    "2025-11-03",
			source:  "JN / Agencies",
		},
		{
			name:    "skip link first, headline twice, share buttons, an inline read-more link",
			file:    "skiplink.txt",
			kept:    []int{18, 19, 21},
			removed: []int{1, 2, 3, 7, 9, 11, 15, 16, 17, 20, 22, 23, 24, 28, 30, 34, 35},
			title:   12,
			byline:  "By Maria Ostrova, Northwire",
			date:    "2031-03-03",
		},
		{
			name:    "a live blog: short entries under time stamps are the article",
			file:    "liveblog.txt",
			kept:    []int{10, 13, 18, 21, 24},
			removed: []int{2, 3, 7, 9, 12, 15, 17, 20, 23, 26},
			title:   1,
			byline:  "By Kaia Lind and Ruben Sato",
			date:    "2031-09-09",
		},
		{
			name:    "masthead first, headline above the byline",
			file:    "masthead.txt",
			kept:    []int{6, 7, 8},
			removed: []int{1, 2, 9, 10},
			title:   3,
			byline:  "By Petra Lind",
			date:    "2031-06-12",
		},
		{
			name:     "wire dateline without a year, the year in the copyright line",
			file:     "wire.txt",
			kept:     []int{4, 5, 6},
			removed:  []int{1, 2, 7, 8},
			title:    3,
			date:     "2031-05-02",
			dateline: "TESKO, May 2 (Northwire)",
		},
		{
			name:  "a closing sentence heavy with names ends the paste",
			file:  "closing.txt",
			kept:  []int{3, 5, 7},
			title: 1,
		},
		{
			name:     "acronyms that spell function words (WHO, US, IT) are no Title Case",
			file:     "acronym.txt",
			kept:     []int{5, 7, 9},
			removed:  []int{2, 3, 11},
			title:    1,
			byline:   "By Sofia Reyes",
			date:     "2038-06-03",
			dateline: "MERANO (Health Wire)",
		},
		{
			name:     "a short wire report's closing line of figures",
			file:     "rates.txt",
			kept:     []int{5, 7},
			removed:  []int{2, 3},
			title:    1,
			byline:   "By Pia Kurz",
			date:     "2039-04-12",
			dateline: "OSTBURG (Markets Wire)",
		},
		{
			name:     "a one-line paragraph under a row of share buttons",
			file:     "sharemid.txt",
			kept:     []int{5, 7, 11, 13},
			removed:  []int{9, 15},
			title:    1,
			byline:   "By Odile Marsan",
			date:     "2031-05-09",
			dateline: "PORT ALVEN (Coast Wire)",
		},
		{
			name:    "a masthead in capitals above a menu, a staff byline",
			file:    "capsmast.txt",
			kept:    []int{11, 13, 15},
			removed: []int{1, 2, 3, 6, 7, 9},
			title:   5,
			byline:  "Gazette reporter, Orvel Harbour",
			date:    "2034-03-09",
		},
		{
			name:    "a site's name before its menu on the first line",
			file:    "sitemenu.txt",
			kept:    []int{10, 12},
			removed: []int{1, 2, 6, 8},
			title:   4,
			date:    "2034-03-10",
		},
		{
			name:    "the outlet's name between byline and date",
			file:    "outlet.txt",
			kept:    []int{8, 10},
			removed: []int{1, 3, 4, 5, 6},
			title:   2,
			byline:  "By Lina Markov and Jon Tessel",
			date:    "2034-03-10",
		},
		{
			name:     "a dateline on its own line, ending in the dash",
			file:     "dashline.txt",
			kept:     []int{5, 7},
			removed:  []int{2, 3},
			title:    1,
			byline:   "By Rolf Amsel",
			date:     "2034-03-11",
			dateline: "ORVEL HARBOUR, Tarnland, March 11, 2034 (Lakeside Wire)",
		},
		{
			name:    "hard-wrapped plain text",
			file:    "wrapped.txt",
			kept:    []int{3, 4, 5, 7, 8, 9, 11, 12, 13},
			removed: []int{15},
			title:   1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Text(readFixture(t, tt.file), Options{})
			r := roles(d)
			for _, n := range tt.kept {
				if !r[n].Role.Kept() || r[n].Role == RoleTitle {
					t.Errorf("line %d = %s (%s), want kept: %q", n, r[n].Role, r[n].Reason, r[n].Text)
				}
			}
			for _, n := range tt.removed {
				if l, ok := r[n]; !ok || l.Role.Kept() || l.Reason == "" {
					t.Errorf("line %d = %s (%q), want removed with a reason: %q", n, l.Role, l.Reason, l.Text)
				}
			}
			if tt.title > 0 && (r[tt.title].Role != RoleTitle || d.Meta.Title.Line != tt.title) {
				t.Errorf("title = line %d, want line %d", d.Meta.Title.Line, tt.title)
			}
			for _, f := range []struct {
				what      string
				got, want string
			}{
				{"byline", d.Meta.Byline.Value, tt.byline},
				{"date", d.Meta.Date.Value, tt.date},
				{"dateline", d.Meta.Dateline.Value, tt.dateline},
				{"source", d.Meta.Source.Value, tt.source},
			} {
				if f.got != f.want {
					t.Errorf("Meta %s = %q, want %q", f.what, f.got, f.want)
				}
			}
			checkDoc(t, readFixture(t, tt.file), d)
		})
	}
}

// dump renders a Doc's verdicts one line each, for golden files.
func dump(d Doc) string {
	var b strings.Builder
	for _, l := range d.Lines {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\n", l.N, l.Role, l.Reason, l.Text)
	}
	fmt.Fprintf(&b, "meta\t%+v\n", d.Meta)
	return b.String()
}

// TestTextGolden compares the verdict on every fixture with its golden
// file; run with UPDATE_GOLDEN=1 to rewrite them, and review the diff.
func TestTextGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(Text(string(raw), Options{}))
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if os.Getenv("UPDATE_GOLDEN") != "" {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with UPDATE_GOLDEN=1)", err)
			}
			if got != string(want) {
				t.Errorf("Text(%s) differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// Pages with no prose, or with little prose above much more.
var (
	roundup = strings.Join([]string{
		"Valley roundup: Harbour wins again", "Home", "Scores", "Teams",
		"By Dana Rowe, Valley Courier", "Published 9:40 PM Nov 3, 2031",
		"GIRLS BASKETBALL", "Harbour d. Kesby 61-40",
		"Harbour (3-0): Ames 21 points. Ortiz 14 points. Lund 9 points. Pike 8 points.",
		"Kesby (1-2): Brandt 16 points. Ruiz 11 points. Moss 7 points. Hale 6 points.",
		"Tamsel d. Orford 55-47",
		"Tamsel (2-1): Vance 19 points and 4 steals. Kerr 12 points. Dale 10 points.",
		"Orford (0-3): Sims 22 points. Boyd 13 points. Webb 8 points.",
		"Terms of Service Privacy Notice", "© Valley Courier 2031",
	}, "\n")
	calendar = strings.Join([]string{
		"Cycle race stages 2031 | Velo News", "Home", "Results", "Teams", "Cycle race stages 2031", "Published 14 January 2031", "Share this on WhatsApp",
		"Stage 1: Kesby to Orford, 212 km", "Stage 2: Orford to Tamsel, 184 km", "Stage 3: Tamsel to Harbour Point, 96 km",
		"Stage 4: Harbour Point to Dunmore, 230 km", "Stage 5: Dunmore to Valdak, 205 km", "Stage 6: Valdak to Norby, 171 km",
		"Stage 7: Norby to Ostrava, 188 km", "Stage 8: Ostrava to Bridge Town, 143 km", "Stage 9: Bridge Town to Kesby, 39 km",
		"Tags", "cycling, race, stages, route",
		"Click on the picture of our columnist and read every one of the columns that she writes for the website each week.",
		"Find out at what time each session is shown on television, and read about the weather that is expected for the weekend.",
		"Here on the website you will not miss a thing, and you can follow all of it with us from the start to the finish.",
	}, "\n")
	thread = strings.Join([]string{
		"November 2031 open thread - The Research Blog", "Home", "About us", "Donate",
		"November 2031 open thread", "November 3, 2031 | by Mara",
		"Our goal with these open threads is to give readers a place to ask questions about our research, in the comments below. As always, you are also welcome to write to us by email if you would rather ask in private. We will try to answer every question within a week.",
		"You can read our September 2031 open thread here.",
		"Posted in Open thread | 6 Comments", "Comments",
		"Ivo on November 4, 2031 at 9:12 am said:",
		"I read your report on the bus project in November and did not see any analysis of what slower buses cost the people who ride them every day.",
		"I assume that slower but safer buses are better on the whole, but I am not sure, and I would like to know whether the drivers have a reason to drive as they do.",
		"Mara on November 5, 2031 at 3:20 pm said:",
		"Our best guess is that the effects on the speed of the buses are small, and that we have little data on the question so far this year.",
		"In the study we cite, the authors try to test how it works, but the evidence is mixed, and we will look at it again when the new data come in.",
		"Lena on November 9, 2031 at 8:01 am said:",
		"Have you written anything about giving now against saving the money and giving it later, when your research may have improved on what we know today?",
		"Mara on November 10, 2031 at 11:45 am said:",
		"We wrote about giving now and giving later in an older post, and on balance we think that the case for giving now is stronger for most of our readers.",
		"There are good arguments on both sides, and we would point you to the thread in our forum where many readers have set out what they think about it.",
		"Piet on November 12, 2031 at 6:30 pm said:",
		"Thank you for the open thread, which I look forward to every few months, and for the care that you take in answering each of the questions here.",
		"I would like to ask how you decide which of the programs you look at first, and whether readers like me can suggest a program for you to look at next year.",
		"I have also wondered whether you plan to publish the notes of your conversations with the people who run the programs, as you have done for some of them before.",
		"Mara on November 14, 2031 at 10:02 am said:",
		"We pick the programs that we look at first by how much good we think they might do for each dollar, and we are always glad to hear of a program from a reader.",
		"You can send us the name of a program by email, and we will tell you whether it is one that we have looked at already or one that we plan to look at soon.",
		"We do publish the notes of most of our conversations, and we are working through a backlog of them that we hope to have online by the end of the year.",
		"Comments are closed.",
	}, "\n")
)

// The seed-style cases the issue names, on invented text.
func TestTextLines(t *testing.T) {
	body := "The committee met on Thursday to discuss the new rules for the market, and most of its members said that they would support them."
	body2 := "The rules will come into force in the spring, after a vote in the assembly, which is expected to approve them without a debate."
	tests := []struct {
		name string
		in   string
		n    int  // line to check
		role Role // its expected role
	}{
		{"headline printed three times", "Market rules agreed\nMarket rules agreed\n" + body + "\n" + body2 + "\nMarket rules agreed", 5, RoleBoilerplate},
		{"in-page copy of the page title is the title", "Market rules agreed - The Daily\n\nMarket rules agreed\n" + body + "\n" + body2, 3, RoleTitle},
		{"timestamp", "Market rules agreed\nToday at 19:55\n" + body + "\n" + body2, 2, RoleMeta},
		{"source credit", "Market rules agreed\n" + body + "\n" + body2 + "\nJN / Agencies", 4, RoleMeta},
		{"dateline", "Market rules agreed\nMADRID, 27 (EUROPA PRESS)\n" + body + "\n" + body2, 2, RoleMeta},
		{"hashtags", "Market rules agreed\n" + body + "\n" + body2 + "\n#market #rules #vote", 4, RoleBoilerplate},
		{"tags", "Market rules agreed\n" + body + "\n" + body2 + "\nTAGS", 4, RoleBoilerplate},
		{"chevron", "Market rules agreed\n" + body + "\n" + body2 + "\nchevron_left", 4, RoleBoilerplate},
		{"a breadcrumb is no title", "Home | World | Markets | Norland\nLog in\nSubscribe\n\nTraders cheer a long-awaited decision\nBy Ada Brenn\n" + body + "\n" + body2, 5, RoleTitle},
		{"a comment count between paragraphs", "Market rules agreed\n" + body + "\nComments (0) — Be the first to comment\n" + body2, 3, RoleBoilerplate},
		{"short last paragraph", "Market rules agreed\n" + body + "\n" + body2 + "\nThe vote is due next month.\nShare", 4, RoleBody},
		{"short paste: headline and one sentence", "Bridge reopens\n\nThe old bridge over the Tamsel reopened to traffic on Monday, the city said.\n", 3, RoleBody},
		{"short paste: three short sentences", "Ferry strike ends\nThe ferry crews went back to work on Sunday.\nThe strike had lasted four days.\nTalks on pay will resume in May.", 4, RoleBody},
		{"short paste: a sentence of names and figures", "Base overrun\n\nInsurgents overran a military base outside Kedra on Tuesday, killing 14 soldiers.\n", 3, RoleBody},
		{"short paste: a lone sentence of names", "Insurgents seized the airport outside Kedra on Tuesday.\n", 1, RoleBody},
		{"short paste: a closing line of figures", "Rates steady\n\nOSTBURG (Wire) - Consumer prices in Norland rose 3.2% in March from a year earlier, the office said on Wednesday.\n\nThe key rate stayed at 4.5% last month. Unemployment held at 5.1 percent.\n", 5, RoleBody},
		{"short paste: a button line with a full stop is no sentence", "Home\nNews\nClick here.", 3, RoleBoilerplate},
		{"menu-only paste keeps nothing", "Home\nNews\nWeather\nSport", 2, RoleBoilerplate},
		{"table of figures ending the article", "League standings after round 12\n" + body + "\n" + body2 + "\nThe table after the weekend:\nPos Club Points Wins\n1 Tamsel Rovers 31 10\n2 Varneth City 28 9\n3 Ostrava Athletic 25 8\n4 Harbour United 22 7\n5 Kask Wanderers 19 6\n6 Dorian Albion 15 4\n7 Bridge Town 12 3\n8 Valdak Rangers 9 2\nHome\nContact us", 8, RoleBody},
		{"menu after the table is not kept", "League standings after round 12\n" + body + "\n" + body2 + "\nThe table after the weekend:\nPos Club Points Wins\n1 Tamsel Rovers 31 10\n2 Varneth City 28 9\n3 Ostrava Athletic 25 8\n4 Harbour United 22 7\n5 Kask Wanderers 19 6\n6 Dorian Albion 15 4\n7 Bridge Town 12 3\n8 Valdak Rangers 9 2\nHome\nContact us", 15, RoleBoilerplate},
		{"gallery counter", "Market rules agreed\n" + body + "\nImage 2 of 7\n" + body2, 3, RoleMeta},
		{"stories after a More from opener", "Market rules agreed\n" + body + "\n" + body2 + "\nMore from The Daily\nA new bakery on the quay sold out of bread within an hour of opening its doors on Saturday, and its owners say they will bake twice as much next week.", 5, RoleBoilerplate},
		{"cookie banner", "Market rules agreed\n" + body + "\n" + body2 + "\nWe use cookies to give you the best experience on our website. Accept", 4, RoleBoilerplate},
		{"results roundup with no prose: its results are the article", roundup, 9, RoleBody},
		{"results roundup: the menu above it stays out", roundup, 2, RoleBoilerplate},
		{"calendar under its headline: the dates are the article", calendar, 12, RoleBody},
		{"calendar: the sidebar's prose after its tags stays out", calendar, 20, RoleBoilerplate},
		{"short post before a long comment thread: the post is kept", thread, 8, RoleBody},
		{"short post: the comments below it stay out", thread, 15, RoleBoilerplate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Text(tt.in, Options{})
			if l := roles(d)[tt.n]; l.Role != tt.role {
				t.Errorf("Text(%q) line %d = %s (%s), want %s", tt.in, tt.n, l.Role, l.Reason, tt.role)
			}
			checkDoc(t, tt.in, d)
		})
	}
}

// TestTextCopyOnOneLine: a page that carries the article again as one
// long line (structured data pasted along) keeps the paragraphs only.
func TestTextCopyOnOneLine(t *testing.T) {
	paras := []string{
		"The harbour board met on Tuesday evening to decide on the future of the old ferry terminal, which has stood empty for almost ten years.",
		"Most of the members said that they would support a plan to turn the building into a market hall with room for a small museum on the upper floor.",
		"The plan would cost about four million, and the board expects the city and the regional fund to pay for most of it over the next three years.",
		"Residents who spoke at the meeting asked for the ferry pier to be kept open to the public, and the chair said that this was part of the plan.",
		"A final vote is expected in the spring, after an architect has drawn up the details and the costs have been checked by an outside firm.",
		"If the plan is approved, work on the roof and the windows could begin in the summer, and the market hall could open by the end of next year.",
	}
	raw := "Ferry terminal to become a market hall\n" + strings.Join(paras, "\n") + "\n" + strings.Join(paras, " ") + "\nShare"
	d := Text(raw, Options{})
	r := roles(d)
	for n := 2; n <= 7; n++ {
		if !r[n].Role.Kept() {
			t.Errorf("line %d = %s (%s), want kept", n, r[n].Role, r[n].Reason)
		}
	}
	if l := r[8]; l.Role.Kept() {
		t.Errorf("line 8 (the copy on one line) = %s, want removed", l.Role)
	}
	checkDoc(t, raw, d)
}

func TestRepairLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Plain line.", "Plain line."},
		{"soft hyphens", "inter\u00adnation\u00adal", "international"},
		{"zero width", "a\u200bb", "ab"},
		{"spaces folded", "  two \t\u00a0 spaces  ", "two spaces"},
		{"NFC", "Cafe\u0301", "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repairLine(tt.in); got != tt.want {
				t.Errorf("repairLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitRunOns(t *testing.T) {
	context := []string{
		"Ostrava is the third city of the region.",
		"The storm left many dead in the valley, and the forces of the army helped.",
		"The capture of the bridge took a day.",
		"Aircraft carried out airstrikes, and a ceasefire followed the crackdown.",
		"Ilmar Valdak spoke to reporters in Ostrava on Monday.",
		"Dori Vell met Dorian Kask at the port.",
	}
	tests := []struct {
		name, in, want string
	}{
		{"name then function word", "The flood reached Ostravathe third city.", "The flood reached Ostrava the third city."},
		{"word then adverb", "It left 40 deadmostly farmers.", "It left 40 dead mostly farmers."},
		{"plural then past tense", "The forcesrecaptured the bridge.", "The forces recaptured the bridge."},
		{"compound kept", "New airstrikes and a ceasefire.", "New airstrikes and a ceasefire."},
		{"particle compound kept", "A new crackdown began.", "A new crackdown began."},
		{"unknown halves kept", "The Zebulonthe test.", "The Zebulonthe test."},
		{"name then article", "It angered President Ilmar Valdakan aid group said.", "It angered President Ilmar Valdak an aid group said."},
		{"name not seen alone kept", "Officials in Tamsinan said so.", "Officials in Tamsinan said so."},
		{"name the text uses elsewhere kept whole", "The envoy Dorian arrived.", "The envoy Dorian arrived."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := newVocab(append([]string{tt.in}, context...))
			low, ws := lowerWords(tt.in)
			got, _ := splitRunOns(tt.in, low, ws, &v, pickLanguage(&v))
			if got != tt.want {
				t.Errorf("splitRunOns(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFavor(t *testing.T) {
	raw := readFixture(t, "harbour.txt")
	kept := func(f Favor) int {
		n := 0
		for _, l := range Text(raw, Options{Favor: f}).Lines {
			if l.Role == RoleBody || l.Role == RoleHeading {
				n++
			}
		}
		return n
	}
	p, b, r := kept(Precision), kept(Balanced), kept(Recall)
	if p > b || b > r || p == 0 {
		t.Errorf("kept lines: Precision %d, Balanced %d, Recall %d; want 0 < P <= B <= R", p, b, r)
	}
}

// checkDoc asserts the invariants of a Doc made from raw: every non-blank
// input line appears once in Lines, in order, with its number; every
// removed line has a reason; every Para spans Doc.Text and holds the text
// of a kept line.
func checkDoc(t testing.TB, raw string, d Doc) {
	t.Helper()
	var want []int
	for i, l := range splitLines(strings.ToValidUTF8(raw, "\uFFFD")) {
		if repairLine(l) != "" {
			want = append(want, i+1)
		}
	}
	if len(d.Lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(d.Lines), len(want))
	}
	byN := map[int]Line{}
	for i, l := range d.Lines {
		if l.N != want[i] {
			t.Fatalf("Lines[%d].N = %d, want %d", i, l.N, want[i])
		}
		if !l.Role.Kept() && l.Reason == "" {
			t.Errorf("line %d removed (%s) without a reason", l.N, l.Role)
		}
		byN[l.N] = l
	}
	end := -1
	for _, p := range d.Paras {
		if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End || p.Start <= end {
			t.Fatalf("para %+v out of bounds or order (len %d)", p, len(d.Text))
		}
		end = p.End
		l := byN[p.Line]
		if !l.Role.Kept() || l.Role == RoleTitle || d.Text[p.Start:p.End] != l.Text || p.Role != l.Role {
			t.Errorf("para %+v = %q, line %d is %s %q", p, d.Text[p.Start:p.End], p.Line, l.Role, l.Text)
		}
	}
}

func FuzzText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("a\r\nb\rc\n\n\u00ad\n#x #y\nseven − two =\nForcesrecaptured the city-\nof the\xff")
	f.Fuzz(func(t *testing.T, raw string) {
		d := Text(raw, Options{})
		checkDoc(t, raw, d)
		for _, l := range d.Lines {
			if !utf8.ValidString(l.Text) || !norm.NFC.IsNormalString(l.Text) {
				t.Errorf("line %d not valid NFC: %q", l.N, l.Text)
			}
		}
	})
}

// benchPages returns the plain-text pages of the shared cleaning
// benchmark when it is checked out beside the repository, else the
// fixtures.
func benchPages(b *testing.B) []string {
	files, _ := filepath.Glob(filepath.Join(htmlBenchDir, "*", "pages", "*.txt"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	}
	var pages []string
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil {
			pages = append(pages, string(raw))
		}
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages
}

func BenchmarkText(b *testing.B) {
	benchText(b, benchPages(b))
}

// BenchmarkTextSeeds measures Text on the short news articles of the
// shared seeds, the pipeline's own benchmark input, when they are
// checked out beside the repository.
func BenchmarkTextSeeds(b *testing.B) {
	var pages []string
	for _, f := range shared.Seeds(b) {
		pages = append(pages, f.Text)
	}
	benchText(b, pages)
}

// benchText measures Text over pages.
func benchText(b *testing.B, pages []string) {
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	done := cputime.Report(b, int64(n))
	for b.Loop() {
		for _, p := range pages {
			Text(p, Options{})
		}
	}
	done()
}

func TestIsDateLine(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"clock", "Today at 19:55", true},
		{"full stamp", "Nov. 20, 2019, 9:28 AM UTC", true},
		{"ago", "Updated 3 hours ago", true},
		{"row of a league table", "3 Tamsel Rovers 2210 4 1 9 15", false},
		{"instruction with a range", "Stir every 2–3 minutes", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			low, ws := lowerWords(tt.in)
			if got := isDateLine(low, ws); got != tt.want {
				t.Errorf("isDateLine(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsTeaserHead(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"headline run into summary", "The 5 Best Bakeries In Varneth Our critics tasted every loaf in town.", true},
		{"headline with question", "Is Parking In The Old Town About To Get Dearer? The council votes on Monday.", true},
		{"prose with a name", "Dr. Mira Castellan of the Harbour Authority said the work would end in May.", false},
		{"dateline lead", "BERLIN — The European Rail Agency says the line will reopen in spring.", false},
		{"names and titles", "The New York State Attorney General is investigating the firm.", false},
		{"headline alone", "Council Agrees To New Harbour Rules", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			low, ws := lowerWords(tt.in)
			stop := stopIndex().sets[0]
			for k := range ws {
				ws[k].stop = stop[ws[k].in(low)]
			}
			if got := isTeaserHead(tt.in, low, ws); got != tt.want {
				t.Errorf("isTeaserHead(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"photo credit", "photo: mira castellan", true},
		{"agency after slash", "leonhard foeger/reuters", true},
		{"non-ASCII before slash", "café/reuters", false},
		{"slash in a date", "published 11/20/2019", false},
		{"prose", "the harbour reopened on monday", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCaption(tt.in); got != tt.want {
				t.Errorf("isCaption(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTextConcurrent runs Text on several goroutines at once, as
// core.Analyze may: the lexicon indexes load once and pages share no
// state, so every result equals the sequential one (run with -race).
func TestTextConcurrent(t *testing.T) {
	var raws []string
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	for _, f := range files {
		raws = append(raws, readFixture(t, filepath.Base(f)))
	}
	want := make([]string, len(raws))
	for i, r := range raws {
		want[i] = dump(Text(r, Options{}))
	}
	done := make(chan error, 4*len(raws))
	for k := 0; k < 4; k++ {
		for i, r := range raws {
			go func() {
				if got := dump(Text(r, Options{})); got != want[i] {
					done <- fmt.Errorf("Text(%s) on a goroutine differs from the sequential result", files[i])
					return
				}
				done <- nil
			}()
		}
	}
	for range 4 * len(raws) {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestTextScratchReuse checks that no Doc refers to the page scratch,
// whose lower case and keys are views of bytes the next page overwrites
// (see scratchString): every Doc, rendered whole right after Text, must
// render the same after other pages have been cleaned.
func TestTextScratchReuse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	var docs []Doc
	var want []string
	for _, f := range files {
		raw := readFixture(t, filepath.Base(f))
		for _, opts := range []Options{{}, {Favor: Precision}, {Favor: Recall}} {
			d := Text(raw, opts)
			docs = append(docs, d)
			want = append(want, fmt.Sprintf("%+v", d))
		}
	}
	for _, f := range files {
		Text(strings.ToUpper(readFixture(t, filepath.Base(f))), Options{})
	}
	for i, d := range docs {
		if got := fmt.Sprintf("%+v", d); got != want[i] {
			t.Errorf("Doc %d changed after later pages were cleaned:\n%s\nwant\n%s", i, got, want[i])
		}
	}
}

func TestWrapJoinable(t *testing.T) {
	long := "The council said on Friday that the harbour works had"
	tests := []struct {
		name, prev, next string
		want             bool
	}{
		{"wrapped prose", long, "begun early", true},
		{"short line", "Harbour works", "begun early", false},
		{"sentence end", long + ".", "begun early", false},
		{"capital next", long, "Begun early", false},
		{"empty next", long, "", false},
		{"comma", long + ",", "and then", true},
		{"wide characters under forty", strings.Repeat("é", 39), "suite", false},
		{"wide characters at forty", strings.Repeat("é", 40), "suite", true},
		{"long line", strings.Repeat("word ", 40) + "end", "more", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrapJoinable(tt.prev, tt.next); got != tt.want {
				t.Errorf("wrapJoinable(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
			}
		})
	}
}

// TestCopyrightYear checks the year a dateline without one borrows.
func TestCopyrightYear(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"sign", "Storms hit.\n© 2031 Northwire. All rights reserved.", "2031"},
		{"word and span", "Storms hit.\nCopyright 2019-2031 AFP", "2031"},
		{"none", "Storms hit on 3 May 2031.\nShare this", ""},
		{"a longer number is no year", "© 120315 units", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &page{}
			for i, l := range strings.Split(tt.text, "\n") {
				p.blocks = append(p.blocks, textBlock{Text: l, N: i + 1})
			}
			if got := p.copyrightYear(); got != tt.want {
				t.Errorf("copyrightYear(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFindDate checks the dates findDate reads from metadata lines,
// every month's name among them ("August" once lost its "st" to the
// ordinal endings).
func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published 4 August 2031", "2031-08-04"},
		{"August 4, 2031", "2031-08-04"},
		{"4th of August 2031", "2031-08-04"},
		{"August 4th, 2031", "2031-08-04"},
		{"the 22nd of March, 2031", "2031-03-22"},
		{"Sunday 3rd March 2031", "2031-03-03"},
		{"Updated 1st September 2031, 10:02", "2031-09-01"},
		{"Nov. 20, 2019, 9:28 AM UTC", "2019-11-20"},
		{"18.08.2032 | 19:45", "2032-08-18"},
		{"14.05.2033 · 19:05 local time", "2033-05-14"},
		{"1.2.2031", "2031-02-01"},
		{"32.13.2031", ""},
		{"19/10/2031 10:32", "2031-10-19"},
		{"Published 10/19/2031", "2031-10-19"},
		{"08/10/2032", ""}, // the 8th of October or August 10th: not told
		{"19.10/2031", ""},
		{"no date here", ""},
	}
	for _, tt := range tests {
		if got := findDate(tt.in); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for m := time.January; m <= time.December; m++ {
		in := "3 " + m.String() + " 2031"
		if got, want := findDate(in), fmt.Sprintf("2031-%02d-03", int(m)); got != want {
			t.Errorf("findDate(%q) = %q, want %q", in, got, want)
		}
	}
}
