package entity

import "github.com/crosscheck/crosscheck/core/internal/wordset"

// heads number the lower-case nouns that, after the first word of a
// body's name, refer to the body: "the Kerelo company" is the Kerelo
// Mining Corporation, "the Makoro jail" Makoro Central Prison. Nouns of
// one number are one head; each noun is listed as text and as keys write
// it ("association", "asociation"; "group", "grup"). Nouns of places
// where people live (city, province) are none: "the Tarbil city council"
// is the council, not Tarbil.
var heads = wordset.Ints("company:1 corporation:1 corp:1 firm:1 group:1 ltd:1 limited:1 inc:1 holdings:1 plc:1 " +
	"prison:2 jail:2 penitentiary:2 authority:3 directorate:3 agency:3 service:3 inspectorate:3 " +
	"association:4 asociation:4 union:4 league:4 federation:4 society:4 base:5 airbase:5 " +
	"resort:6 zone:7 mine:8 hospital:9 airport:10 dam:11 bridge:12 stadium:13 university:14 " +
	"school:15 plant:16 factory:17 refinery:18 depot:19 port:20 camp:21 council:22 court:23 centre:24 center:24 mall:24 " +
	"grup:1 cuncil:22 curt:23 sshool:15 mal:24")

// maxHeadGap is how many lower-case words may come between a name's first
// word and its head: "the Valdmoor civil protection authority".
const maxHeadGap = 3

// headAfter returns the head that follows tokens ..last in lower case,
// within maxHeadGap words and no mark between, and the bytes from the end
// of last to the end of its word; 0 when there is none.
func (s *scanner) headAfter(last int) (uint8, uint8) {
	for k := last + 1; k < len(s.toks) && k <= last+maxHeadGap+1; k++ {
		t := s.toks[k]
		if !t.joined || t.upper || t.line != s.toks[last].line {
			return 0, 0
		}
		if h := heads[s.low(k)]; h != 0 && t.end-s.toks[last].end < 256 {
			return uint8(h), uint8(t.end - s.toks[last].end)
		}
	}
	return 0, 0
}

// headBodies takes each mention that a head follows to the one body of
// all the articles whose name opens with the mention's words and ends in
// a noun of that head ("the Kerelo company" to the Kerelo Mining
// Corporation), the head and the words before it made part of the
// mention. A mention with no such body, or two, stays as it is. out
// holds each article's finished mentions, headlines' and sentence
// openers' among them ("Police say 388 escaped Makoro jail").
func (f *finder) headBodies(out [][]cand) {
	var bodies []*cand // few: names of two words or more that end in a head
	for _, cs := range out {
		for i := range cs {
			m := &cs[i]
			last := len(m.words) - 1
			if last >= 1 && !m.acro && !m.partial && heads[m.words[last]] != 0 && m.votes[vPerson] == 0 {
				bodies = append(bodies, m)
			}
		}
	}
	if bodies == nil {
		return
	}
	for a, cs := range out {
		for i := range cs {
			if m := &cs[i]; m.head != 0 {
				if b := headBody(bodies, m); b != nil {
					m.node, m.words = b.node, b.words
					m.end += int(m.headLen)
					m.text = f.scanners[a].text[m.start:m.end]
				}
			}
		}
	}
}

// headBody returns the one body m's words open and whose last noun is
// m's head, nil when there is none or two.
func headBody(bodies []*cand, m *cand) *cand {
	var found *cand
	for _, b := range bodies {
		if len(b.words) <= len(m.words) || heads[b.words[len(b.words)-1]] != int(m.head) || !prefix(b.words, m.words) {
			continue
		}
		if found != nil && found.node != b.node {
			return nil
		}
		found = b
	}
	return found
}

// prefix reports whether the words of short open long.
func prefix(long, short []string) bool {
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	return true
}
