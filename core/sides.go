package core

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/compare"
	"github.com/crosscheck/crosscheck/core/entity"
)

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
			if w := wordAfter(low, mt.End); w != "" {
				switch compare.SideWord(w) {
				case "state":
					state = true
				case "insurgent":
					insurgent = true
				}
			}
			if w := wordBeforeOf(low, mt.Start); w != "" && compare.SideWord(w) == "insurgent" {
				insurgent = true
			}
			if insurgent {
				continue // atWar, the dearest test, can tell nothing more
			}
			if w := wordBefore(low, mt.Start); w != "" && compare.SideWord(w) == "insurgent" || atWar(low, mt.End) {
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
// "militants" in "NLA militants". Side words are short: a word longer
// than maxSideWord is none of them and is not read to its end.
func wordAfter(low string, end int) string {
	rest, ok := strings.CutPrefix(low[end:], " ")
	if !ok {
		return ""
	}
	i := 0
	for i < len(rest) && i <= maxSideWord && isWordByte(rest[i]) {
		i++
	}
	if i > maxSideWord {
		return ""
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
	i := len(pre)
	for i > 0 && len(pre)-i <= maxSideWord && isWordByte(pre[i-1]) {
		i--
	}
	return pre[i:]
}

// wordBefore returns the word that describes a name it stands before,
// past "group", "movement" and the like: "rebel" in "the rebel Northern
// Front" and in "the militant group Kedra Brigade". Only the insurgent
// side is read here ("government Northern Front" is no phrase).
func wordBefore(low string, start int) string {
	pre, ok := strings.CutSuffix(low[:start], " ")
	if !ok {
		return ""
	}
	for _, g := range groupNouns {
		// Cut " "+g without building it: this runs for every name.
		if n := len(pre) - len(g); n > 0 && pre[n-1] == ' ' && pre[n:] == g {
			pre = pre[:n-1]
			break
		}
	}
	i := len(pre)
	for i > 0 && len(pre)-i <= maxSideWord && isWordByte(pre[i-1]) {
		i--
	}
	return pre[i:]
}

// groupNouns stand between a side word and a group's name: "the rebel
// group Kedra Brigade", "the separatist movement FLK".
var groupNouns = []string{"group", "movement", "alliance", "coalition", "faction", "militia", "organisation", "organization"}

// atWar reports whether the sentence goes on from byte end of low, a
// mention's end, to say its group wages war on the state: "the Front,
// which says it is fighting for self-rule, has been at war with the
// central government since 2029", "the FLK, fighting the army since 2019".
// Who fights the government is an insurgent, whatever it calls itself.
func atWar(low string, end int) bool {
	rest := low[end:]
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	for _, p := range warPhrases {
		i := strings.Index(rest, p)
		if i < 0 {
			continue
		}
		after := rest[i+len(p):]
		after = strings.TrimPrefix(after, "the ")
		for k := 0; k < 3 && after != ""; k++ {
			w, more, _ := strings.Cut(after, " ")
			w = strings.TrimRight(w, ",;:")
			if compare.SideWord(w) == "state" {
				return true
			}
			if slices.Contains(warBreaks, w) {
				break // "fighting between the army and the rebels"
			}
			after = more
		}
	}
	return false
}

// warBreaks end the words read after a war phrase: the state named after
// them is not the one fought.
var warBreaks = []string{"between", "alongside", "with", "for", "in", "on", "near", "and", "by", "from"}

// warPhrases put who says them at war with what follows them.
var warPhrases = []string{"at war with ", "fighting ", "fighting against ", "battling ", "insurgency against ", "rebellion against ", "uprising against ", "war against ", "waging war on "}

// maxSideWord is the length of the longest word of compare_sides.tsv
// ("anti-government").
const maxSideWord = 16

// isWordByte reports whether c may stand in a side word: an ASCII letter
// or a hyphen ("anti-government"). Side words are ASCII, and a letter
// beyond it ends none of them.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c == '-' || c >= 0x80
}

// groupVoices returns the IDs of the entities that speak for a side of
// their own: groups, organisations and countries, not persons.
func groupVoices(ents []entity.Entity) map[string]bool {
	m := map[string]bool{}
	for _, e := range ents {
		if e.Kind == entity.Group || e.Kind == entity.Org || e.Kind == entity.Country {
			m[e.ID] = true
		}
	}
	return m
}

// ownVoice makes the speaker the actor of a claim it tells of itself
// ("“Koltara is under our full control,” the Front said"; "the Front said
// the town was under its control"), when the speaker is one of voices. A
// person's "our forces" tells no side, and stays as said.
func ownVoice(cs []claim.Claim, voices map[string]bool) {
	for i := range cs {
		c := &cs[i]
		if c.Source == "" || !voices[c.Source] || c.Actor == "" {
			continue
		}
		first, _, _ := strings.Cut(c.Actor, " ")
		switch strings.ToLower(first) {
		case "we", "our", "its", "their":
			c.Actor = c.Source
		}
	}
}

// forcesOf makes the named group the actor of a claim whose actor is its
// forces ("Fighters of the FLS militia said they had captured the
// airport": the FLS), text being the article's cleaned text and mentions
// its entity mentions in text order. "Fighters" alone tells no side, and
// would meet any other actor at the same place.
func forcesOf(cs []claim.Claim, text string, mentions []entity.Mention) {
	for i := range cs {
		c := &cs[i]
		if !claim.ForcesWord(strings.ToLower(c.Actor)) {
			continue
		}
		at := strings.Index(c.Text, c.Actor)
		if at < 0 {
			continue
		}
		rest := c.Text[at+len(c.Actor):]
		n := len(" of ")
		if !strings.HasPrefix(rest, " of ") {
			continue
		}
		if strings.HasPrefix(rest[n:], "the ") {
			n += len("the ")
		}
		start := c.Start + at + len(c.Actor) + n
		k, ok := entity.Search(mentions, start)
		if ok {
			c.Actor = mentions[k].Entity
		}
	}
}
