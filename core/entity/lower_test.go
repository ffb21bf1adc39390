package entity

import (
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/core/internal/ascii"
)

// TestLinkLower checks that LinkLower links as Link does whether the
// caller hands over every lower-cased copy, some, none, or one of the
// wrong length.
func TestLinkLower(t *testing.T) {
	texts := readNews(t)
	wantEnts, wantMentions := Link(texts)
	if len(wantEnts) == 0 {
		t.Fatal("Link found no entity in the fixtures")
	}
	for _, tt := range []struct {
		name   string
		lowers []string
	}{
		{"all", []string{ascii.Lower(texts[0]), ascii.Lower(texts[1])}},
		{"first only", []string{ascii.Lower(texts[0])}},
		{"none", nil},
		{"wrong length", []string{"x", ascii.Lower(texts[1])}},
	} {
		ents, mentions := LinkLower(texts, tt.lowers)
		if !reflect.DeepEqual(ents, wantEnts) || !reflect.DeepEqual(mentions, wantMentions) {
			t.Errorf("%s: LinkLower differs from Link", tt.name)
		}
	}
}
