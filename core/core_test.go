package core

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestAnalyzeAssignsIDsAndNames(t *testing.T) {
	rep, err := Analyze([]Article{
		{Text: "A quiet headline\n\nThe council approved 40 new homes on Friday, the mayor said.\n"},
		{ID: "given", Name: "b.txt", Text: "Another headline\n\nThe council approved 40 new homes, officials said.\n", Date: "2031-01-02"},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b := rep.Articles[0], rep.Articles[1]
	if len(a.ID) != 20 || a.Name != "Article 1" {
		t.Errorf("article 1 id %q name %q; want a 20-character xid and a default name", a.ID, a.Name)
	}
	if b.ID != "given" || b.Name != "b.txt" || b.Date != "2031-01-02" || b.DateSource != "user" {
		t.Errorf("article 2 = %q %q %q %q; want the given id, name and date", b.ID, b.Name, b.Date, b.DateSource)
	}
	seen := map[string]bool{}
	for _, ar := range rep.Articles {
		for _, c := range ar.Claims {
			if seen[c.ID] {
				t.Errorf("claim id %q used twice", c.ID)
			}
			seen[c.ID] = true
		}
	}
}

func TestAnalyzeProblems(t *testing.T) {
	tests := []struct {
		name string
		arts []Article
		want string // substring of a problem; "" for none
		err  bool
	}{
		{"no articles", nil, "", true},
		{"empty article is reported", []Article{{Name: "e", Text: "  \n "}, {Name: "f", Text: "Rain fell.\n"}}, "e: the article is empty", false},
		{"invalid UTF-8 is repaired", []Article{{Name: "u", Text: "Rain \xff fell.\n"}}, "u: invalid UTF-8", false},
		{"fine", []Article{{Name: "f", Text: "Rain fell on Monday.\n"}}, "", false},
		{"a date before the year 1000 is ignored", []Article{{Name: "d", Text: "Police said 3 were killed on 1 May.\n", Date: "0000-01-10"}}, `d: the date "0000-01-10" is not a day`, false},
		{"a date that is no date is ignored", []Article{{Name: "d", Text: "Rain fell.\n", Date: "yesterday"}}, `d: the date "yesterday"`, false},
		{"a date with spaces around it is fine", []Article{{Name: "d", Text: "Rain fell on Monday.\n", Date: " 2031-03-10 "}}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Analyze(tt.arts, Options{})
			if (err != nil) != tt.err {
				t.Fatalf("Analyze error = %v, want error %v", err, tt.err)
			}
			got := rep.Problems.Err()
			switch {
			case tt.want == "" && got != nil:
				t.Errorf("problems = %v, want none", got)
			case tt.want != "" && (got == nil || !strings.Contains(got.Error(), tt.want)):
				t.Errorf("problems = %v, want %q", got, tt.want)
			}
		})
	}
}

// germanReport is an article in German: its "die" (the) must not become
// deaths, since claims are read with English lexicons.
const germanReport = `Brand im Hafen

Die Feuerwehr hat den Brand am Getreideterminal am Dienstag unter Kontrolle gebracht, sagte der Hafenmeister. Zwei Lagerhallen wurden zerstört und vierzehn Arbeiter wurden behandelt. Die Behörden sagen, die Schäden seien hoch, und die Ursache ist noch unklar. Der Hafen bleibt geschlossen, bis die Kaimauern geprüft sind.
`

// TestAnalyzeNotEnglish checks that an article that does not read as
// English gets no claims and a problem saying why, while an English
// article beside it is read as usual.
func TestAnalyzeNotEnglish(t *testing.T) {
	rep, err := Analyze([]Article{
		{Name: "de.txt", Text: germanReport},
		{Name: "en.txt", Text: "Fire at the port\n\nAt least 3 people were killed on Monday when a fire broke out at the grain terminal, police said.\n"},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rep.Articles[0].Claims); n != 0 {
		t.Errorf("German article: %d claims, want none: %+v", n, rep.Articles[0].Claims)
	}
	if len(rep.Articles[1].Claims) == 0 {
		t.Error("English article: no claims")
	}
	want := "de.txt: the article does not read as English"
	if got := rep.Problems.Err(); got == nil || !strings.Contains(got.Error(), want) || strings.Contains(got.Error(), "en.txt") {
		t.Errorf("problems = %v, want only %q", got, want)
	}
}

func TestReportJSONFieldNames(t *testing.T) {
	rep, err := Analyze([]Article{{Name: "x.txt", Text: "Title line\n\nAt least 3 people were killed on Monday, police said.\n"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatalf("report does not marshal: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"articles", "entities", "relations"} {
		if _, ok := m[k]; !ok {
			t.Errorf("report JSON lacks %q", k)
		}
	}
	art := m["articles"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "name", "title", "date", "source", "lines", "claims"} {
		if _, ok := art[k]; !ok {
			t.Errorf("article JSON lacks %q", k)
		}
	}
	line := art["lines"].([]any)[0].(map[string]any)
	for _, k := range []string{"n", "role"} {
		if _, ok := line[k]; !ok {
			t.Errorf("line JSON lacks %q", k)
		}
	}
}

// TestAnalyzeOtherEvents checks that articles about different events are
// not compared, even when their tolls read alike, while two reports of
// one event are.
func TestAnalyzeOtherEvents(t *testing.T) {
	ferry := Article{Name: "ferry.txt", Text: "Ferry sinks off Varna\n\nThe ferry Aurora sank off Varna on Monday after leaving Burgas, the coast guard said. At least 40 people were killed, officials said.\n"}
	ferry2 := Article{Name: "ferry2.txt", Text: "Aurora disaster\n\nThe Aurora went down near Varna on Monday, hours after it sailed from Burgas. Rescuers said 52 people were killed.\n"}
	mine := Article{Name: "mine.txt", Text: "Mine collapse in Ostrel\n\nA shaft of the Ostrel copper mine run by the Kordan Mining Company collapsed on Monday. At least 12 people were killed, officials said.\n"}
	for _, tt := range []struct {
		name string
		arts []Article
		want int
	}{
		{"one event", []Article{ferry, ferry2}, 1},
		{"other events", []Article{ferry, mine}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Analyze(tt.arts, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(rep.Relations); got != tt.want {
				t.Errorf("%d relations, want %d: %+v", got, tt.want, rep.Relations)
			}
			apart := strings.Contains(fmt.Sprint(rep.Problems), "another event")
			if apart != (tt.want == 0) {
				t.Errorf("problems = %v; want a note of another event: %v", rep.Problems, tt.want == 0)
			}
		})
	}
}

// TestDatelineDays checks that two undated wire reports are put on the
// days their datelines name though they give no year: a toll rising from
// one day's report to the next is an update, and the day a dateline
// names is read from it alone.
func TestDatelineDays(t *testing.T) {
	tests := []struct {
		dateline string
		want     int
	}{
		{"KYIV, Nov 12 (Reuters)", 1112},
		{"PARIS, 3 March (AFP)", 303},
		{"PARIS, 27 November 2031 (AFP)", 0}, // a year makes it the article's date
		{"MADRID (EUROPA PRESS)", 0},
	}
	for _, tt := range tests {
		if got := datelineDay(tt.dateline); got != tt.want {
			t.Errorf("datelineDay(%q) = %d, want %d", tt.dateline, got, tt.want)
		}
	}
	if got := relationKinds(t,
		"Floods hit Varn\n\nVARN, Nov 12 (Wire) - At least 12 people were killed in floods in Varn, officials said.\n",
		"Varn flood toll rises\n\nVARN, Nov 13 (Agency) - The death toll from floods in Varn rose to 31, officials said.\n",
	); got != "updates risingFigure" {
		t.Errorf("relations %q, want one rising update a day apart", got)
	}
}

// relationKinds analyses texts and returns the kind and reason of each
// relation found, joined by "; ".
func relationKinds(t *testing.T, texts ...string) string {
	t.Helper()
	arts := make([]Article, len(texts))
	for i, x := range texts {
		arts[i].Text = x
	}
	rep, err := Analyze(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range rep.Relations {
		kinds = append(kinds, string(r.Kind)+" "+string(r.Reason))
	}
	return strings.Join(kinds, "; ")
}

func TestClockOf(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"Published: 13.09.2031, 19:30", 19*60 + 30 + 1},
		{"Saturday, September 13, 2031 — 08:05 local time", 8*60 + 5 + 1},
		{"Updated: Thursday 22 May 2031 4:40 pm GMT", 16*60 + 40 + 1},
		{"September 13, 2031 12:15 PM", 12*60 + 15 + 1},
		{"2031-09-13T07:45:00Z", 7*60 + 45 + 1},
		{"19 Sep 2033, 7.40pm", 19*60 + 40 + 1},
		{"19 Sep 2033, 12.15 a.m.", 15 + 1},
		{"Rainfall of 2.45 metres", 0}, // a decimal is no time
		{"Published 22 May 2031", 0},
		{"Score 3:2 after extra time", 0}, // one digit after the colon is no minute
		{"At 25:70 nothing", 0},
	}
	for _, tt := range tests {
		if got := clockOf(tt.line); got != tt.want {
			t.Errorf("clockOf(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
	// Two reports of one day, at 08:05 and 19:30, the later counting more:
	// the count rose during the day.
	if got := relationKinds(t,
		"Crush at shrine kills 47\nBy A. Writer\nSaturday, September 13, 2031 — 08:05 local time\n\nVARN (Wire) - The death toll from Friday's crush at a shrine in Varn has risen to 47, officials said.\n",
		"Shrine crush toll reaches 52\nBy B. Writer\nPublished: 13.09.2031, 19:30\n\nVARN (Agency) - The number of people killed in Friday's crush at the shrine in Varn rose to 52, officials said.\n",
	); got != "updates risingFigure" {
		t.Errorf("relations %q, want one rising update within the day", got)
	}
}
