package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/core/claim"
)

// TestPlural checks the unit plurals that explanations print ("two men
// arrested", not "two mans").
func TestPlural(t *testing.T) {
	tests := []struct{ unit, want string }{
		{"village", "villages"},
		{"family", "families"},
		{"child", "children"},
		{"man", "men"},
		{"woman", "women"},
		{"percent", "percent"},
		{"km", "km"},
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
