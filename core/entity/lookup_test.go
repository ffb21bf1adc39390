package entity

import "testing"

func TestTable(t *testing.T) {
	texts := []string{
		"President Amadou Kessely said Turkish forces left Tarbil. The Valdorian Observatory for Human Rights (VOHR) agreed.",
		"Turkey denied it, the VOHR said.",
	}
	ents, ms := Link(texts)
	tab := NewTable(ents)
	tests := []struct{ name, same string }{
		{"Türkiye", "Turkey"},
		{"Turkish", "Turkey"},
		{"Valdorian Human Rights Observatory", "VOHR"},
		{"Kessely", "Amadou Kessely"},
		{"the Valdorian Observatory for Human Rights", "VOHR"},
	}
	for _, tt := range tests {
		a, okA := tab.Lookup(tt.name)
		b, okB := tab.Lookup(tt.same)
		if !okA || !okB || a != b {
			t.Errorf("Lookup(%q) = %q, %v; Lookup(%q) = %q, %v; want one entity", tt.name, a, okA, tt.same, b, okB)
		}
	}
	if id, ok := tab.Lookup("Nowhere Land"); ok {
		t.Errorf("Lookup(%q) = %q, want none", "Nowhere Land", id)
	}
	off := len("President Amadou ")
	got := At(ms[0], off, off+3)
	if len(got) != 1 || got[0].Text != "Amadou Kessely" {
		t.Errorf("At(%d, %d) = %v, want the mention of Amadou Kessely", off, off+3, got)
	}
	if got := At(ms[0], 0, 5); len(got) != 0 {
		t.Errorf("At(0, 5) = %v, want none (the title is no part of the mention)", got)
	}
}
