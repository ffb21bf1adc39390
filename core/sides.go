package core

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// sideWords maps the words that put an actor on a side to that side
// (compare_sides.tsv): "rebels" insurgent, "troops" state.
var sideWords = lexicon.Map("compare_sides.tsv")

// entitySides returns the side of each entity the articles' words put on
// one, next to its mentions: "NLA militants", "rebels of the NLA",
// "insurgents from the Front" (insurgent); "Marovian government troops"
// (state). A group's name seldom says its side ("the Northern Liberation
// Army" calls itself an army), and compare needs the side to tell a change
// of hands from one side's claims. Only the word after a mention says
// state: "soldiers of X" are as often a group's as a state's. An entity
// described both ways gets no side. lowers[i] is article i's text
// lower-cased as the mentions' spans index it.
func entitySides(ents []entity.Entity, lowers []string) map[string]string {
	m := map[string]string{}
	for _, e := range ents {
		if e.Kind == entity.Country || e.Kind == entity.Person || e.Kind == entity.Place {
			continue
		}
		var state, insurgent bool
		for _, mt := range e.Mentions {
			if mt.Article < 0 || mt.Article >= len(lowers) || mt.End > len(lowers[mt.Article]) {
				continue
			}
			low := lowers[mt.Article]
			switch sideWords[wordAfter(low, mt.End)] {
			case "state":
				state = true
			case "insurgent":
				insurgent = true
			}
			if sideWords[wordBeforeOf(low, mt.Start)] == "insurgent" {
				insurgent = true
			}
		}
		switch {
		case state && !insurgent:
			m[e.ID] = "state"
		case insurgent && !state:
			m[e.ID] = "insurgent"
		}
	}
	return m
}

// wordAfter returns the word right after byte end of low, past one space:
// "militants" in "NLA militants".
func wordAfter(low string, end int) string {
	rest, ok := strings.CutPrefix(low[end:], " ")
	if !ok {
		return ""
	}
	i := strings.IndexFunc(rest, notWordByte)
	if i < 0 {
		i = len(rest)
	}
	return rest[:i]
}

// wordBeforeOf returns w of "w of [the] " or "w from [the] " ending at
// byte start of low: "rebels" in "rebels of the NLA".
func wordBeforeOf(low string, start int) string {
	pre := strings.TrimSuffix(low[:start], "the ")
	var ok bool
	if pre, ok = strings.CutSuffix(pre, " of "); !ok {
		if pre, ok = strings.CutSuffix(pre, " from "); !ok {
			return ""
		}
	}
	return pre[strings.LastIndexFunc(pre, notWordByte)+1:]
}

// notWordByte reports whether r ends a word: anything but a letter, a
// digit or a hyphen ("anti-government").
func notWordByte(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-')
}
