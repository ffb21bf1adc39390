package clean

import "testing"

// TestLeadDateline checks that a wire dateline opening the first body
// paragraph is read as metadata (with its date when it has a year) and
// marked on the paragraph, so that later stages read the paragraph after
// it; in plain text and in HTML.
func TestLeadDateline(t *testing.T) {
	tests := []struct {
		name, lead, dateline, date string
	}{
		{"place only", "KESTRIN — ", "KESTRIN", ""},
		{"agency", "KESTRIN (Northwire) - ", "KESTRIN (Northwire)", ""},
		{"day without year", "KESTRIN, March 3 (Northwire) - ", "KESTRIN, March 3 (Northwire)", ""},
		{"full date", "KESTRIN, March 3, 2031 (Northwire) — ", "KESTRIN, March 3, 2031 (Northwire)", "2031-03-03"},
		{"day first", "KESTRIN, 27 November 2031 (WNA) -- ", "KESTRIN, 27 November 2031 (WNA)", "2031-11-27"},
		{"country in brackets, date and agency", "HAVRIN (Mereth), 8 February 2033 (AFI) — ", "HAVRIN (Mereth), 8 February 2033 (AFI)", "2033-02-08"},
		{"country and agency in brackets", "MAREVO (Kestria) (ACP) — ", "MAREVO (Kestria) (ACP)", ""},
		{"hyphenated agency", "BRENHOLT, Kestrana (Pan-Continental Press) — ", "BRENHOLT, Kestrana (Pan-Continental Press)", ""},
		{"none", "", "", ""},
	}
	const first = "Fighters of the river militia took nine villages near the old bridge on Monday, the council said in a statement."
	const second = "The council said that more than two thousand people had left their homes since the weekend, and that schools would stay closed."
	for _, tt := range tests {
		texts := map[string]string{
			"text": "Militia takes nine villages\n\n" + tt.lead + first + "\n\n" + second + "\n",
			"html": "<html><body><article><h1>Militia takes nine villages</h1><p>" + tt.lead + first + "</p><p>" + second + "</p></article></body></html>",
		}
		for format, raw := range texts {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				d := Clean(raw, Options{})
				if len(d.Paras) < 2 {
					t.Fatalf("paras = %+v, want the two body paragraphs", d.Paras)
				}
				p := d.Paras[0]
				if got := d.Text[p.Start+p.Lead : p.End]; got != first {
					t.Errorf("first paragraph after its lead (%d bytes) = %q, want %q", p.Lead, got, first)
				}
				if d.Paras[1].Lead != 0 {
					t.Errorf("second paragraph has a lead of %d bytes", d.Paras[1].Lead)
				}
				// The test pages' HTML has no date tags: the date comes from
				// the dateline in both formats.
				if d.Meta.Dateline.Value != tt.dateline || d.Meta.Date.Value != tt.date {
					t.Errorf("dateline, date = %q, %q, want %q, %q", d.Meta.Dateline.Value, d.Meta.Date.Value, tt.dateline, tt.date)
				}
			})
		}
	}
}

// TestShortSentenceOfNames checks that a sentence of five to seven long
// words, too thin in function words to vouch for itself, is kept between
// body paragraphs: it ends in a full stop, which menus do not.
func TestShortSentenceOfNames(t *testing.T) {
	const thin = "Caldorian municipalities reported widespread electricity interruptions overnight."
	raw := "Storm cuts power across Caldoria\n\n" +
		"The storm that crossed the northern coast on Monday night brought down power lines in more than forty towns, the grid operator said on Tuesday.\n\n" +
		thin + "\n\n" +
		"Engineers were working to restore the supply, which the operator expected to be back in most homes by the end of the week.\n"
	d := Clean(raw, Options{})
	for _, l := range d.Lines {
		if l.Text == thin && l.Role != RoleBody {
			t.Errorf("%q: role %s (%s), want body", thin, l.Role, l.Reason)
		}
	}
}

// TestDatelineLineDate checks that a dateline on a line of its own with
// the date after its dash ("KESTRIN, Kestrana (Kestran Wire Service) - 11 February
// 2034") gives the article its date as well as its dateline.
func TestDatelineLineDate(t *testing.T) {
	raw := "Flood buries homes and shops at Kestranian river town, at least four dead\n\nKESTRIN, Kestrana (Kestran Wire Service) - 11 February 2034\n\n" +
		"A flood swept down onto the lower part of the river town of Kestrin on Saturday morning, killing at least four people, the regional council said.\n\n" +
		"The water broke through the old levee at about 11:15 a.m. and reached the market square, a school and the annex of the town hall, witnesses said.\n"
	d := Clean(raw, Options{})
	if d.Meta.Date.Value != "2034-02-11" || d.Meta.Dateline.Value != "KESTRIN, Kestrana (Kestran Wire Service)" {
		t.Errorf("date %q dateline %q, want 2034-02-11 and the place with its agency", d.Meta.Date.Value, d.Meta.Dateline.Value)
	}
}
