package timex

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// clockString writes the clocks of text as "text=minute", with "~" for
// About and "?" for Unmarked.
func clockString(text string) string {
	var b strings.Builder
	for i, k := range Clocks(ascii.Lower(text), nil) {
		if i > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprintf(&b, "%s=%d", text[k.Start:k.End], k.Minute)
		if k.About {
			b.WriteByte('~')
		}
		if k.Unmarked {
			b.WriteByte('?')
		}
	}
	return b.String()
}

func TestClocks(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"p.m. with a colon", "The outage began at 4:20 p.m. local time.", "at 4:20 p.m.=980"},
		{"a 24-hour clock", "The blackout struck at 16:20 on Monday.", "at 16:20=980"},
		{"a leading zero is of the 24-hour clock", "It struck at 04:12 local time.", "at 04:12=252"},
		{"no a.m. or p.m.: either half of the day", "The quake hit at 4:12, officials said.", "at 4:12=252?"},
		{"a dot before am", "The building collapsed at 3.40am on Sunday.", "at 3.40am=220"},
		{"an hour and pm", "a storm warning issued at 4pm", "at 4pm=960"},
		{"approximate", "at about 18:30 on Saturday", "at about 18:30=1110~"},
		{"shortly after", "The blaze broke out shortly after 2 a.m. in the market.", "shortly after 2 a.m.=120~"},
		{"just before midnight", "The gunmen arrived just before midnight on Monday.", "just before midnight=0~"},
		{"noon", "offices were ordered to close at noon", "at noon=720"},
		{"12 a.m. is midnight, 12 p.m. noon", "from 12 a.m. to 12 p.m.", "from 12 a.m.=0 | to 12 p.m.=720"},
		{"a range of a curfew", "a curfew from 22:00 to 05:00", "from 22:00=1320 | to 05:00=300"},
		{"the time before a noun", "the 5:20 a.m. raid", "the 5:20 a.m.=320"},
		{"a decimal is no time", "prices rose to 4.20 dollars", ""},
		{"a count is no time", "at 4 schools", ""},
		{"a deadline is no moment", "rescuers had pulled 14 people out by 10 p.m.", ""},
		{"a bare bound is no moment", "the curfew starts after 10 p.m.", ""},
		{"when it was said is not when it happened", "At a news conference at noon, the director said 14 were found.", ""},
		{"12 noon and 12 midnight", "the gates shut at 12 noon and reopened at 12 midnight", "at 12 noon=720 | at 12 midnight=0"},
		{"12 noons is no time", "at 12 noonday", ""},
		{"afternoon is no noon", "on Sunday afternoon", ""},
		{"no time after another word", "Psalm 3:16 and a score of 2:10", ""},
		{"out of range", "at 25:70 and at 13 p.m.", ""},
	}
	for _, tt := range tests {
		if got := clockString(tt.text); got != tt.want {
			t.Errorf("%s: Clocks(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// FuzzClocks checks that any text gives clocks inside it, in order, with
// a minute of the day.
func FuzzClocks(f *testing.F) {
	f.Add("The outage began at 4:20 p.m. local time, at about 16:20.")
	f.Add("shortly after 4am, just before midnight, the 5:20 a.m. raid")
	f.Add("at 1:0 at 99:99pm at 1. at a.m. at p at 12:")
	f.Fuzz(func(t *testing.T, text string) {
		lower := ascii.Lower(text)
		end := 0
		for _, k := range Clocks(lower, nil) {
			if k.Start < end || k.Start >= k.End || k.End > len(lower) || lower[k.Start:k.End] != k.Text {
				t.Fatalf("clock %+v out of place in %q", k, text)
			}
			if k.Minute < 0 || k.Minute >= 24*60 {
				t.Fatalf("clock %+v: minute out of the day", k)
			}
			end = k.End
		}
	})
}
