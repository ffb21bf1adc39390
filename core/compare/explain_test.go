package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/quantity"
)

// TestPlural checks the unit plurals that explanations print ("two men
// arrested", not "two mans").
// TestUnitWritten checks when a figure's text already names its unit, so
// that the explanation does not name it twice ("some 310mm mms of rain").
func TestUnitWritten(t *testing.T) {
	tests := []struct {
		text, unit string
		want       bool
	}{
		{"some 310mm", "mm", true},
		{"70 cm", "cm", true},
		{"400 homes", "home", true},
		{"about 310", "mm", false},
		{"the 46.2C", "c", true},
		{"film", "m", false},
	}
	for _, tt := range tests {
		if got := unitWritten(tt.text, tt.unit); got != tt.want {
			t.Errorf("unitWritten(%q, %q) = %v, want %v", tt.text, tt.unit, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ unit, want string }{
		{"village", "villages"},
		{"family", "families"},
		{"child", "children"},
		{"man", "men"},
		{"woman", "women"},
		{"percent", "percent"},
		{"km", "km"},
		{"cm", "cm"},
		{"mm", "mm"},
		{"inch", "inches"},
		{"fisherman", "fishermen"},
		{"aircraft", "aircraft"},
		{"crew", "crew"},
		{"yen", "yen"},
		{"body", "bodies"},
	}
	for _, tt := range tests {
		if got := plural(tt.unit); got != tt.want {
			t.Errorf("plural(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

// TestVoiceNamesSpeaker checks that a source's speaker, when the claim
// names one, is named with it: "Anya Pelt of the relief council".
func TestVoiceNamesSpeaker(t *testing.T) {
	n := namer{testNames}
	f := &fact{c: &claim.Claim{Source: eCouncil, Speaker: ePelt, Entities: []string{eCouncil, ePelt}}, srcRaw: eCouncil}
	if got, want := n.writeVoice(f), "Anya Pelt of the relief council (article 1)"; got != want {
		t.Errorf("writeVoice = %q, want %q", got, want)
	}
	n = namer{map[string]string{"e1": "NECO", "e2": "Ana Velikora", "e3": "National Disaster Management Office"}}
	for src, want := range map[string]string{"e1": "Ana Velikora of NECO (article 1)", "e3": "Ana Velikora of the National Disaster Management Office (article 1)"} {
		f = &fact{c: &claim.Claim{Source: src, Speaker: "e2", Entities: []string{src, "e2"}}, srcRaw: src}
		if got := n.writeVoice(f); got != want {
			t.Errorf("writeVoice = %q, want %q", got, want)
		}
	}
	n = namer{testNames}
	f = &fact{c: &claim.Claim{Source: eCouncil, Entities: []string{eCouncil}}, srcRaw: eCouncil}
	if got, want := n.writeVoice(f), "the relief council (article 1)"; got != want {
		t.Errorf("writeVoice without a speaker = %q, want %q", got, want)
	}
}

// TestFigureWords checks how explanations write a figure with what it
// counts: a currency's sign is its unit, and one of a unit is singular.
func TestFigureWords(t *testing.T) {
	tests := []struct {
		text, measure, unit string
		value               float64
		want                string
	}{
		{"$9 million", "ransom", "dollar", 9e6, "$9 million ransom"},
		{"9 million dollars", "ransom", "dollar", 9e6, "9 million dollars ransom"},
		{"One", "killed", "fighter", 1, "one fighter dead"},
		{"three", "killed", "fighter", 3, "three fighters dead"},
		{"412", "killed", "person", 412, "412 dead"},
	}
	for _, tt := range tests {
		q := quantity.Quantity{Text: tt.text, Value: tt.value, Low: tt.value, High: tt.value, Bound: quantity.Exact, Measure: tt.measure, Unit: tt.unit}
		f := &fact{c: &claim.Claim{Figure: &q}, measure: measureOf[tt.measure], unit: tt.unit, k: 1}
		if got := figure(f); got != tt.want {
			t.Errorf("figure(%q %s %s) = %q, want %q", tt.text, tt.unit, tt.measure, got, tt.want)
		}
	}
}

// TestAgree checks that verbs after a plural voice agree with it, and
// only its own.
func TestAgree(t *testing.T) {
	tests := []struct{ in, voice, want string }{
		{"hijackers (article 1) says it killed two passengers", "hijackers (article 1)", "hijackers (article 1) say they killed two passengers"},
		{"rebels (article 1) says it controls the airport", "rebels (article 1)", "rebels (article 1) say it controls the airport"},
		{"the army (article 1) reports 3 dead; monitors (article 2) reports 2 dead and sets it against another source's count", "monitors (article 2)", "the army (article 1) reports 3 dead; monitors (article 2) report 2 dead and set it against another source's count"},
		{"monitors (article 1) reports 3 dead; the army (article 2) reports 2 dead and sets it against another source's count", "monitors (article 1)", "monitors (article 1) report 3 dead; the army (article 2) reports 2 dead and sets it against another source's count"},
	}
	for _, tt := range tests {
		if got := agree(tt.in, tt.voice); got != tt.want {
			t.Errorf("agree(%q, %q) = %q, want %q", tt.in, tt.voice, got, tt.want)
		}
	}
}

// TestSaysFate checks that what befell a person with no actor named is
// told as a passive: "Anya Pelt was killed", not the sentence quoted.
func TestSaysFate(t *testing.T) {
	n := namer{testNames}
	tests := []struct {
		p    claim.Predicate
		want string
	}{
		{claim.Kill, "Anya Pelt was killed"},
		{claim.Capture, "Anya Pelt was captured"},
	}
	for _, tt := range tests {
		f := &fact{class: classFate, c: &claim.Claim{Predicate: tt.p, Object: ePelt, Entities: []string{ePelt}, Text: "He said Anya Pelt was among them."}}
		if got := n.writeSays(f); got != tt.want {
			t.Errorf("writeSays(%s) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
