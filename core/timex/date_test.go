package timex

import (
	"testing"
	"time"
)

// TestDateAgreesWithTime checks every day from year 1 to 2200 against the
// time.Time it replaces: the calendar fields, the weekday, arithmetic,
// and the text the report and its JSON show.
func TestDateAgreesWithTime(t *testing.T) {
	start := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for d, tm := Date(0), start; tm.Year() <= 2200; d, tm = d+1, tm.AddDate(0, 0, 1) {
		y, m, day := tm.Date()
		if got := DateOf(y, m, day); got != d {
			t.Fatalf("DateOf(%d, %d, %d) = %d, want %d", y, m, day, got, d)
		}
		if gy, gm, gd := d.Date(); gy != y || gm != m || gd != day || d.Year() != y || d.Month() != m {
			t.Fatalf("day %d: Date %d-%d-%d, want %d-%d-%d", d, gy, gm, gd, y, m, day)
		}
		if !d.Time().Equal(tm) || d.Weekday() != tm.Weekday() || d.IsZero() != tm.IsZero() {
			t.Fatalf("day %d: Time %v Weekday %v IsZero %v, want %v %v %v", d, d.Time(), d.Weekday(), d.IsZero(), tm, tm.Weekday(), tm.IsZero())
		}
		if y%97 != 0 && tm.Day() != 28 { // the slow checks on a sample of days
			continue
		}
		if got, want := d.String(), tm.Format("2006-01-02"); got != want {
			t.Fatalf("String = %s, want %s", got, want)
		}
		got, err1 := d.MarshalJSON()
		want, err2 := tm.MarshalJSON()
		if string(got) != string(want) || (err1 == nil) != (err2 == nil) {
			t.Fatalf("MarshalJSON = %s, %v, want %s, %v", got, err1, want, err2)
		}
		for _, add := range [][3]int{{0, 1, 0}, {1, 0, 0}, {0, -13, 3}, {-2, 0, 400}} {
			if got, want := d.AddDate(add[0], add[1], add[2]).Time(), tm.AddDate(add[0], add[1], add[2]); !got.Equal(want) {
				t.Fatalf("%s.AddDate%v = %v, want %v", d, add, got, want)
			}
		}
	}
}

// TestDateBeforeYearOne checks the calendar fields of days before year 1,
// which "300 BC" or a bad year reach, against time.Time's.
func TestDateBeforeYearOne(t *testing.T) {
	for d := Date(-800 * 366); d < 0; d += 7 {
		tm := d.Time()
		y, m, day := tm.Date()
		if gy, gm, gd := d.Date(); gy != y || gm != m || gd != day {
			t.Fatalf("day %d: Date %d-%d-%d, want %d-%d-%d", d, gy, gm, gd, y, m, day)
		}
	}
}

func TestDateFromKeepsStatedDay(t *testing.T) {
	late := time.Date(2024, 11, 27, 23, 30, 0, 0, time.FixedZone("EST", -5*3600))
	if got := DateFrom(late); got != DateOf(2024, 11, 27) {
		t.Errorf("DateFrom(%v) = %s, want 2024-11-27 (the day where it was stated)", late, got)
	}
	if _, err := DateOf(10000, 1, 1).MarshalJSON(); err == nil {
		t.Errorf("MarshalJSON of year 10000 succeeded; time.Time refuses it")
	}
}

// TestParsers checks the readers of machine dates and of "Nov 20 2019"
// on the shapes they take and the near misses they refuse.
func TestParsers(t *testing.T) {
	machine, words := "parseMachine", "ParseWords"
	parsers := map[string]func(string) (Date, bool){machine: parseMachine, words: ParseWords}
	day := DateOf(2024, 11, 27)
	tests := []struct {
		parser, in string
		want       Date
		ok         bool
	}{
		{machine, "2024-11-27", day, true},
		{machine, "2024-11-27T09:40", day, true},
		{machine, "2024-11-27 09:40:00", day, true},
		{machine, "2024-11-27T09:40:00Z", day, true},
		{machine, "2024-11-27T23:40:00.123-05:00", day, true},
		{machine, "Wed, 27 Nov 2024 09:40:00 GMT", day, true},
		{machine, "27 Nov 2024 09:40:00 +0200", day, true},
		{machine, "2024-02-30", 0, false},
		{machine, "2024-13-01", 0, false},
		{machine, "2024-11-27T25:00", 0, false},
		{machine, "2024-11-27T09:40:00+0200", 0, false},
		{machine, "2024-11-27 at noon", 0, false},
		{machine, "Wed, 27 Nov 2024", 0, false},
		{machine, "Wed, 27 Nov 2024 09:40:00 gmt", 0, false},
		{machine, "2024/11/27", 0, false},
		{machine, "", 0, false},
		{words, "Nov 20 2019", DateOf(2019, 11, 20), true},
		{words, "November 20 2019", DateOf(2019, 11, 20), true},
		{words, "20 Nov 2019", DateOf(2019, 11, 20), true},
		{words, "3 september 2020", DateOf(2020, 9, 3), true},
		{words, "Nov  20   2019", DateOf(2019, 11, 20), true},
		{words, "Feb 29 2023", 0, false},
		{words, "Novem 20 2019", 0, false},
		{words, "Nov 20 19", 0, false},
		{words, "Nov 123 2019", 0, false},
		{words, " Nov 20 2019", 0, false},
		{words, "Nov 20", 0, false},
	}
	for _, tt := range tests {
		got, ok := parsers[tt.parser](tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s(%q) = %s, %v, want %s, %v", tt.parser, tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// machineLayouts are the time.Parse layouts parseMachine replaced.
var machineLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", time.RFC1123, time.RFC1123Z, "2006-01-02"}

// FuzzParseMachine checks parseMachine against time.Parse with the layouts
// it replaced: what they read, it reads, to the same calendar day.
func FuzzParseMachine(f *testing.F) {
	for _, s := range []string{"2024-11-27", "2024-11-27T09:40:00.5+02:00", "Wed, 27 Nov 2024 09:40:00 GMT", "Wed, 27 Nov 2024 09:40:00 -0700", "2024-11-27 09:40:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseMachine(s)
		for _, l := range machineLayouts {
			tm, err := time.Parse(l, s)
			if err != nil {
				continue
			}
			if !ok || got != DateFrom(tm) {
				t.Fatalf("parseMachine(%q) = %s, %v; time.Parse(%q) = %v", s, got, ok, l, tm)
			}
			return
		}
	})
}

// FuzzParseWords checks ParseWords against time.Parse with the layouts it
// replaced, both ways.
func FuzzParseWords(f *testing.F) {
	for _, s := range []string{"Nov 20 2019", "20 November 2019", "sep 3 2020", "Feb 29 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseWords(s)
		for _, l := range []string{"Jan 2 2006", "January 2 2006", "2 Jan 2006", "2 January 2006"} {
			if tm, err := time.Parse(l, s); err == nil {
				if !ok || got != DateFrom(tm) {
					t.Fatalf("ParseWords(%q) = %s, %v; time.Parse(%q) = %v", s, got, ok, l, tm)
				}
				return
			}
		}
		if ok {
			t.Fatalf("ParseWords(%q) = %s, but time.Parse refuses it", s, got)
		}
	})
}

func TestSane(t *testing.T) {
	for _, tt := range []struct {
		y    int
		want bool
	}{{999, false}, {1000, true}, {2031, true}, {9000, true}, {9001, false}} {
		if got := Sane(DateOf(tt.y, time.March, 10)); got != tt.want {
			t.Errorf("Sane(%d-03-10) = %v, want %v", tt.y, got, tt.want)
		}
	}
}
