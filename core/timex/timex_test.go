package timex

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// dump renders an expression on one line: text, kind, flags, and the
// resolved days (To shown inclusive) or "unresolved".
func dump(e Expr) string {
	s := fmt.Sprintf("%q %s", e.Text, e.Kind)
	if e.Since {
		s += " since"
	}
	if e.Weekday != 0 {
		s += fmt.Sprintf(" wd%d", e.Weekday)
	}
	if !e.Resolved() {
		return s + " unresolved"
	}
	last := e.To.AddDate(0, 0, -1)
	if last == e.From {
		return s + " " + e.From.String()
	}
	return s + " " + e.From.String() + ".." + last.String()
}

func dumpAll(es []Expr) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = dump(e)
	}
	return strings.Join(out, " | ")
}

func date(y int, m time.Month, d int) Date { return DateOf(y, m, d) }

func TestFind(t *testing.T) {
	wed := date(2024, time.November, 27) // a Wednesday
	tests := []struct {
		name string
		text string
		ref  Date
		want string
	}{
		{"iso", "On 2024-11-27 the river rose.", 0, `"2024-11-27" date 2024-11-27`},
		{"slash dmy", "On 27/11/2024 it rose.", 0, `"27/11/2024" date 2024-11-27`},
		{"slash mdy", "On 11/27/2024 it rose.", 0, `"11/27/2024" date 2024-11-27`},
		{"dots", "Am 27.11.2024 stieg er.", 0, `"27.11.2024" date 2024-11-27`},
		{"month day year", "On November 27, 2024, it rose.", 0, `"November 27, 2024" date 2024-11-27`},
		{"day month year", "On 27 November 2024 it rose.", 0, `"27 November 2024" date 2024-11-27`},
		{"abbrev", "On Nov. 27, 2024 it rose.", 0, `"Nov. 27, 2024" date 2024-11-27`},
		{"weekday date", "Wednesday, Feb. 12, 2020 was calm.", 0, `"Wednesday, Feb. 12, 2020" date wd3 2020-02-12`},
		{"weekday day month", "Sunday 1 December brought rain.", date(2024, 12, 3), `"Sunday 1 December" date wd7 2024-12-01`},
		{"ordinal of", "On the 1st of December it froze.", date(2024, 12, 3), `"1st of December" date 2024-12-01`},
		{"day month no year unresolved", "On 27 November it rose.", 0, `"27 November" date unresolved`},
		{"december in january", "On December 30 it snowed.", date(2025, 1, 2), `"December 30" date 2024-12-30`},
		{"bad day", "On February 31, 2024 nothing.", 0, `"February 31, 2024" date unresolved`},
		{"french month", "Le 27 novembre 2024.", 0, `"27 novembre 2024" date 2024-11-27`},
		{"spanish month", "El 3 de diciembre de 2024.", 0, `"3 de diciembre de 2024" date 2024-12-03`},
		{"lowercase english not after day", "They march on.", wed, ``},
		{"french month capital", "Le 27 Novembre 2024.", 0, `"27 Novembre 2024" date 2024-11-27`},
		{"in year", "The dam was built in 2015.", 0, `"2015" year 2015-01-01..2015-12-31`},
		{"since year", "The worst flood since 2012.", 0, `"since 2012" year since 2012-01-01..2012-12-31`},
		{"first time since", "For the first time since 2011, they met.", 0, `"since 2011" year since 2011-01-01..2011-12-31`},
		{"between years", "Between 2012 and 2016 it grew.", 0, `"Between 2012 and 2016" period 2012-01-01..2016-12-31`},
		{"from to years", "There were 300 cases from 2010 to 2015.", 0, `"from 2010 to 2015" period 2010-01-01..2015-12-31`},
		{"and years without between", "In 2012 and 2016 it grew.", 0, `"2012" year 2012-01-01..2012-12-31 | "2016" year 2016-01-01..2016-12-31`},
		{"between a year and a count", "Between 2012 and 2000 people left.", 0, `"2012" year 2012-01-01..2012-12-31`},
		{"range backwards", "From 2016 to 2012 it shrank.", 0, `"2016" year 2016-01-01..2016-12-31 | "2012" year 2012-01-01..2012-12-31`},
		{"century digits", "It killed millions in the 14th century.", 0, `"14th century" period 1300-01-01..1399-12-31`},
		{"century word", "During the fourteenth century it spread.", 0, `"fourteenth century" period 1300-01-01..1399-12-31`},
		{"century hundreds", "In the 1300s it spread.", 0, `"1300s" period 1300-01-01..1399-12-31`},
		{"two thousands decade", "In the 2000s it grew.", 0, `"2000s" period 2000-01-01..2009-12-31`},
		{"first is no century", "For the first time since 2011, they met.", 0, `"since 2011" year since 2011-01-01..2011-12-31`},
		{"year is count", "About 2000 people marched.", 0, ``},
		{"decade", "In the 1990s it was calm.", 0, `"1990s" period 1990-01-01..1999-12-31`},
		{"thousands", "Some 12,000 fled.", 0, ``},
		{"money", "It cost $2000.", 0, ``},
		{"month year", "In March 2020 it began.", 0, `"March 2020" month 2020-03-01..2020-03-31`},
		{"since month", "Fighting has raged since December.", wed, `"since December" month since 2023-12-01..2023-12-31`},
		{"since month same", "Prices rose since November.", wed, `"since November" month since 2024-11-01..2024-11-30`},
		{"month alone no cue", "March was wet.", wed, ``},
		{"may modal", "They may return.", wed, ``},
		{"in october year", "In October 2023 the war began.", 0, `"October 2023" month 2023-10-01..2023-10-31`},
		{"on sunday", "The army entered on Sunday.", wed, `"Sunday" weekday wd7 2024-11-24`},
		{"weekday is ref", "Talks began on Wednesday.", wed, `"Wednesday" weekday wd3 2024-11-27`},
		{"a weekday's event is no time, curly or straight", "The toll from Sunday’s crash rose to 43 on Tuesday; Sunday's crash was the worst.", wed, `"Tuesday" weekday wd2 2024-11-26`},
		{"this wednesday", "This Wednesday the vote passed.", wed, `"This Wednesday" weekday wd3 2024-11-27`},
		{"friday", "Friday was calm.", wed, `"Friday" weekday wd5 2024-11-22`},
		{"last wednesday", "Last Wednesday it rained.", wed, `"Last Wednesday" weekday wd3 2024-11-20`},
		{"next monday", "Talks resume next Monday.", wed, `"next Monday" weekday wd1 2024-12-02`},
		{"will, on friday", "Talks will resume on Friday.", wed, `"Friday" weekday wd5 2024-11-29`},
		{"expected by friday", "The storm is expected to reach the coast by Friday.", wed, `"Friday" weekday wd5 2024-11-29`},
		{"forecast far before by friday", "The institute forecast a further 40 to 60 mm of rain by Friday.", wed, `"Friday" weekday wd5 2024-11-29`},
		{"will, this friday", "Voters will decide this Friday.", wed, `"this Friday" weekday wd5 2024-11-29`},
		{"will, today", "The vote will be held on Wednesday.", wed, `"Wednesday" weekday wd3 2024-11-27`},
		{"future cue in another clause", "Aid will arrive, officials said on Friday.", wed, `"Friday" weekday wd5 2024-11-22`},
		{"a past clause after a future one", "It will rain. On Friday, 40 died.", wed, `"Friday" weekday wd5 2024-11-22`},
		{"since wednesday", "Since Wednesday, 40 died.", wed, `"Since Wednesday" weekday since wd3 2024-11-27`},
		{"since the fighting began on a weekday", "Since the fighting began on Monday, 40 died.", wed, `"Monday" weekday since wd1 2024-11-25`},
		{"since the heat began at the weekend", "Since the heatwave began at the weekend, 12 died.", wed, `"at the weekend" relative since 2024-11-23..2024-11-24`},
		{"since the quake struck on a weekday", "Since the quake struck on Monday, 40 died.", wed, `"Monday" weekday since wd1 2024-11-25`},
		{"since the fighting broke out on a weekday", "Since the fighting broke out on Monday, 40 died.", wed, `"Monday" weekday since wd1 2024-11-25`},
		{"since a part of a month", "Cholera has killed 63 people since late May.", wed, `"since late May" month since 2024-05-01..2024-05-31`},
		{"since the outbreak began in a month", "FCI counted 6,200 cases since the outbreak began in late May.", wed, `"May" month since 2024-05-01..2024-05-31`},
		{"began without since", "The fighting began on Monday.", wed, `"Monday" weekday wd1 2024-11-25`},
		{"weekday across month", "On Saturday they left.", date(2024, 12, 2), `"Saturday" weekday wd6 2024-11-30`},
		{"weekday across year", "On Friday they left.", date(2025, 1, 1), `"Friday" weekday wd5 2024-12-27`},
		{"weekday night", "Friday night was loud.", wed, `"Friday night" weekday wd5 2024-11-22`},
		{"weekday unresolved", "On Sunday the army entered.", 0, `"Sunday" weekday wd7 unresolved`},
		{"sun abbrev not weekday", "The Sun rose.", wed, ``},
		{"today", "Today the river fell.", wed, `"Today" relative 2024-11-27`},
		{"yesterday", "Yesterday it rose.", wed, `"Yesterday" relative 2024-11-26`},
		{"tomorrow", "Tomorrow it falls.", wed, `"Tomorrow" relative 2024-11-28`},
		{"this morning", "This morning it rained.", wed, `"This morning" relative 2024-11-27`},
		{"a part of the day with no day is the article's", "Officials said in the evening that power was back.", wed, `"in the evening" relative 2024-11-27`},
		{"a weekday in the morning is one time", "Rebels attacked on Friday in the morning.", wed, `"Friday in the morning" weekday wd5 2024-11-22`},
		{"last week", "Last week it rained.", wed, `"Last week" relative 2024-11-18..2024-11-24`},
		{"earlier this week", "Earlier this week it rained.", wed, `"Earlier this week" relative 2024-11-25..2024-12-01`},
		{"last month", "Last month it rained.", date(2025, 1, 15), `"Last month" relative 2024-12-01..2024-12-31`},
		{"recent months", "In recent months it rained.", wed, `"In recent months" relative 2024-08-29..2024-11-27`},
		{"past few days", "Over the past few days it rained.", wed, `"the past few days" relative 2024-11-24..2024-11-27`},
		{"weekend", "Over the weekend it rained.", wed, `"Over the weekend" relative 2024-11-23..2024-11-24`},
		{"ago", "Two days ago it rained.", wed, `"Two days ago" relative 2024-11-25`},
		{"relative unresolved", "Yesterday it rose.", 0, `"Yesterday" relative unresolved`},
		{"centuries", "Over the centuries it killed millions.", 0, `"Over the centuries" relative unresolved`},
		{"several", "Since 2012 and in March 2020, then on Friday.", wed, `"Since 2012" year since 2012-01-01..2012-12-31 | "March 2020" month 2020-03-01..2020-03-31 | "Friday" weekday wd5 2024-11-22`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dumpAll(Find(tt.text, tt.ref))
			if got != tt.want {
				t.Errorf("Find(%q, %s) =\n  %s\nwant\n  %s", tt.text, tt.ref.String(), got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Date
		ok   bool
	}{
		{"iso", "2024-11-27", date(2024, 11, 27), true},
		{"rfc3339", "2024-11-27T10:00:00Z", date(2024, 11, 27), true},
		{"slash", "27/11/2024", date(2024, 11, 27), true},
		{"long", "November 27, 2024", date(2024, 11, 27), true},
		{"day first", "27 November 2024", date(2024, 11, 27), true},
		{"abbrev", "Nov. 27, 2024", date(2024, 11, 27), true},
		{"weekday", "Wednesday, Feb. 12, 2020", date(2020, 2, 12), true},
		{"space", "  27 November 2024. ", date(2024, 11, 27), true},
		{"no year", "27 November", 0, false},
		{"trailing words", "27 November 2024 at noon", 0, false},
		{"year only", "2024", 0, false},
		{"empty", "", 0, false},
		{"year one is no date", "0001-01-01", 0, false},
		{"before minYear", "0999-12-31", 0, false},
		{"minYear", "1000-01-01", date(1000, 1, 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseDate(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestYears(t *testing.T) {
	got := fmt.Sprint(Years("Since 2012, and in March 2020, 2000 people; on Nov. 27, 2024 and again in 2012."))
	if want := "[2012 2020 2024]"; got != want {
		t.Errorf("Years = %s, want %s", got, want)
	}
}

func TestDateline(t *testing.T) {
	got, ok := Dateline("Updated Nov. 27, 2024, 9:40 a.m.")
	if !ok || got != date(2024, 11, 27) {
		t.Errorf("Dateline = %v, %v", got, ok)
	}
	if _, ok := Dateline("By staff reporters"); ok {
		t.Errorf("Dateline found a date in a byline without one")
	}
}

func FuzzTimexFind(f *testing.F) {
	f.Add("Since Wednesday, Feb. 12, 2020, and 27/11/2024; last week; 2 days ago; in March", int64(1732665600))
	if b, err := os.ReadFile("../sentence/testdata/news.txt"); err == nil {
		f.Add(string(b), int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var ref Date
		if unix > 0 && unix < 1<<34 {
			ref = DateFrom(time.Unix(unix, 0).UTC())
		}
		prev := 0
		for i, e := range Find(text, ref) {
			if e.Start < prev || e.End <= e.Start || e.End > len(text) || e.Text != text[e.Start:e.End] {
				t.Fatalf("Find(%q)[%d]: bad span %d-%d %q after %d", text, i, e.Start, e.End, e.Text, prev)
			}
			if e.Resolved() && !e.To.After(e.From) {
				t.Fatalf("Find(%q)[%d]: empty interval %v..%v", text, i, e.From, e.To)
			}
			prev = e.End
		}
		if !hasYearDigits(text) {
			for _, e := range Find(text, ref) {
				if e.Year != 0 {
					t.Fatalf("Find(%q) read year %d in %q, but hasYearDigits is false", text, e.Year, e.Text)
				}
			}
		}
	})
}

func TestHasYearDigits(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"empty", "", false},
		{"a year", "in 2015.", true},
		{"in a date", "27/11/2024", true},
		{"at the end", "x1999", true},
		{"too early", "in 1799", false},
		{"too late", "in 2101", false},
		{"five digits", "12024 people", false},
		{"three digits", "202 people", false},
		{"in a bigger number", "1,2000 and 2000,5", true},
		{"no digits", "no year here", false},
	}
	for _, tt := range tests {
		if got := hasYearDigits(tt.in); got != tt.want {
			t.Errorf("%s: hasYearDigits(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-11-27", "27/11/2024", "Nov. 27, 2024", "Wednesday, Feb. 12, 2020", "2024-11-27T10:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if ok && d.IsZero() {
			t.Fatalf("ParseDate(%q) = zero time, true", s)
		}
	})
}

// FuzzYears checks that Years, which skips texts with no four-digit year,
// finds what Find finds.
func FuzzYears(f *testing.F) {
	f.Add("Since Wednesday, Feb. 12, 2020, and 27/11/2024; 3 days Ago 2019; in March 1999-2001 2000 people")
	if b, err := os.ReadFile("testdata/news.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := Years(text), YearsOf(Find(text, 0))
		if !slices.Equal(got, want) {
			t.Fatalf("Years(%q) = %v, want %v", text, got, want)
		}
	})
}
