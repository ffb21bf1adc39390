package claim

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/timex"
)

// analyse finds what every claim of the sentence shares: attributions,
// hedges, negations, scope cues, quotations, entity mentions and times.
// The match lists share one buffer, sliced once all are found.
func (s *sent) analyse() {
	s.readAux(scopeList)
	s.readMentions()
	s.ents = s.x.ents[:0]
	for k, m := range s.ments {
		if m.Entity != "" && !slices.Contains(s.ents, m.Entity) && !s.inTitle(k) && !s.addressee(k) && !s.distanceFrom(k) && !s.speaks(k) && !s.speechVenue(k) {
			s.ents = append(s.ents, m.Entity)
		}
	}
	s.x.ents = s.ents
}

// speechVenue reports whether mention k names the capital a source spoke
// in, not what the claim is about: "a military source in the capital,
// Dorvane", "told a news conference in the capital, Ndoru". A venue not
// called the capital is often where it happened ("told a news conference
// in Pellin", near the wreck), and a source elsewhere ("medical sources in
// Idlib") is from there.
func (s *sent) speechVenue(k int) bool {
	j := s.mtoks[k][0] - 1
	if j < 5 || s.toks[j].word || s.word(j-1) != "capital" || s.word(j-2) != "the" || s.word(j-3) != "in" || !s.toks[j-4].word {
		return false
	}
	return venueNouns[s.word(j-4)]
}

// venueNouns, before "in the capital," and a place, tell where a source
// spoke.
var venueNouns = wordset.Of("conference briefing reporters journalists speaking interview source sources")

// speaks reports whether mention k is the subject of a second speech verb
// of the sentence, right before it or before a relative clause set off by
// commas ("The Courier counted 151, a tally the Red Cross, which oversaw
// the swap, confirmed"): who confirms a thing is not what it is about.
func (s *sent) speaks(k int) bool {
	end := s.mtoks[k][1]
	for i, m := range s.speech {
		if i == 0 || m.p.val == "after" || m.from < end {
			continue // the first speaker may be who acted too: "The PLF said its fighters had taken"
		}
		if m.from == end {
			return true
		}
		if s.relativeOpens(end) && m.from > end+2 && !s.toks[m.from-1].word && s.x.in.Doc.Text[s.toks[m.from-1].start] == ',' {
			for j := end + 1; j < m.from-1; j++ {
				if !s.toks[j].word {
					return false // a second comma or a stop: not one clause
				}
			}
			return true
		}
	}
	return false
}

// readAux finds the matches of the lists from speechList to last:
// attributions, then hedges, negations and scope cues.
func (s *sent) readAux(last listID) {
	lower := s.x.lower
	aux := s.x.aux[:0]
	var ends [nLists]int
	for id := speechList; id <= scopeList; id++ {
		if id <= last && s.has&(1<<id) != 0 {
			from := len(aux)
			aux = s.x.lx.scan(aux, id, lower, s.toks, s.opens)
			if id == speechList {
				// "in the town of Tell Muradin": a capitalised word inside
				// the sentence is a name's, not a verb of saying.
				kept := from
				for _, m := range aux[from:] {
					if !s.inName(m.from) {
						aux[kept] = m
						kept++
					}
				}
				aux = aux[:kept]
			}
		}
		ends[id] = len(aux)
	}
	s.x.aux = aux
	s.speech = aux[:ends[speechList]:ends[speechList]]
	s.hedges = aux[ends[speechList]:ends[hedgeList]:ends[hedgeList]]
	s.negs = aux[ends[hedgeList]:ends[negList]:ends[negList]]
	s.scopes = aux[ends[negList]:ends[scopeList]:ends[scopeList]]
}

// readMentions finds the sentence's quotations and entity mentions.
func (s *sent) readMentions() {
	s.quotes = s.quoteRanges(s.x.quotes[:0])
	s.x.quotes = s.quotes
	ms := s.x.mentions
	i := s.x.mentionAt // the mentions are sorted by Start, and the sentences read in order
	for i < len(ms) && ms[i].Start < s.start {
		i++
	}
	s.x.mentionAt = i
	j := i
	for j < len(ms) && ms[j].Start < s.end {
		j++
	}
	s.ments = ms[i:j]
	s.mtoks = s.x.mtoks[:0]
	for _, m := range s.ments {
		s.mtoks = append(s.mtoks, [2]int{s.tokenAt(m.Start), s.tokenAfter(m.End)})
	}
	s.x.mtoks = s.mtoks
}

// inTitle reports whether mention k is part of the title of the person
// named next, whom it does not count among the sentence's topics: "Lakes
// Province" in "Lakes Province Governor Halima Renzo put the toll at 31"
// is where she governs, not where the dead were.
func (s *sent) inTitle(k int) bool {
	if k+1 >= len(s.ments) || s.ments[k+1].Role == "" {
		return false
	}
	next := s.ments[k+1]
	if s.ments[k].End > next.Start || next.Start > len(s.x.in.Doc.Text) {
		return false // mentions that overlap: a caller's, not entity's
	}
	gap := s.x.in.Doc.Text[s.ments[k].End:next.Start]
	if len(gap) > 40 || strings.ContainsAny(gap, ",;:()\"“”'") {
		return false
	}
	gap = strings.TrimSpace(gap)
	return len(gap) >= len(next.Role) && strings.EqualFold(gap[len(gap)-len(next.Role):], next.Role)
}

// addressee reports whether mention k is whom a source speaks to, which
// the sentence is not about: the outlet in "the principal told the
// Continental Press Agency that 87 pupils were missing" or "tells ZBC",
// whose name would otherwise keep two reports of one count apart.
func (s *sent) addressee(k int) bool {
	j := s.mtoks[k][0]
	if j > 0 && s.toks[j-1].word && s.word(j-1) == "the" {
		j--
	}
	return j > 0 && s.toks[j-1].word && toldWords[s.word(j-1)]
}

// distanceFrom reports whether mention k is only where another place is
// measured from: Tessarin in "In Dremmel, a town 30 km north of
// Tessarin, 50 people were wounded", which is about Dremmel. A distance
// that places the event itself ("40 nautical miles south of Port Selim")
// keeps its town.
func (s *sent) distanceFrom(k int) bool {
	j := s.mtoks[k][0]
	if j < 6 || s.word(j-1) != "of" || !directions[s.word(j-2)] || !distanceUnits[s.word(j-3)] {
		return false
	}
	return s.is(j-5, cPlaceNoun) && (s.word(j-6) == "a" || s.word(j-6) == "the")
}

// directions and distanceUnits read "30 km north of X".
var (
	directions    = wordset.Of("north south east west northeast northwest southeast southwest north-east north-west south-east south-west")
	distanceUnits = wordset.Of("km kilometres kilometers kilometre kilometer miles mile")
)

// toldWords are the verbs of speaking whose object is the one spoken to.
var toldWords = wordset.Of("told tells telling tell")

// quoteRanges appends to out the token ranges between double quotation
// marks (straight, curly or guillemets). Single quotes are left out: they
// are mostly scare quotes or apostrophes.
func (s *sent) quoteRanges(out [][2]int) [][2]int {
	open := -1
	text := s.x.in.Doc.Text
	for i, t := range s.toks {
		if c := text[t.start]; t.word || c != '"' && c != 0xE2 && c != 0xC2 {
			continue // not a quotation mark: not '"', nor the first byte of “, ”, « or »
		}
		switch q := text[t.start:t.end]; {
		case q == "“" || q == "«" || (q == `"` && open < 0):
			open = i
		case (q == "”" || q == "»" || q == `"`) && open >= 0:
			out = append(out, [2]int{open + 1, i})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, [2]int{open + 1, len(s.toks)})
	}
	return out
}

// newClaim starts a claim of the sentence for predicate match m (nil for
// none), at token position pos, and appends its claimRef to the
// extractor's refs: its entities and time are there, for finish to set;
// its figure is the caller's.
func (s *sent) newClaim(m *match, pos int) Claim {
	text := s.x.in.Doc.Text
	c := Claim{Article: s.x.in.Article, Text: text[s.start:s.end], Start: s.start, End: s.end, Predicate: Other, Line: s.para.Line}
	entFrom, entTo := s.claimEntities()
	from, to := pos, pos+1
	if m != nil {
		from, to = m.from, m.to
	}
	named := "" // the entity a bare object names from an earlier sentence
	cut := s.addendum(from)
	entTo = entFrom + s.entsBefore(min(cut, s.saidAfter(to)), entTo-entFrom)
	if m != nil {
		c.Predicate = Predicate(m.p.val)
		s.objSite, s.objPlace = "", ""
		c.Actor, c.Object = s.actorObject(*m)
		c.Actor = claimant(c.Actor)
		if _, ok := quantity.ParseNumber(c.Actor); ok || countNouns[strings.ToLower(c.Actor)] {
			c.Actor = "" // "11 of the 17 workers had been freed", "the number of people arrested": a count is no doer
		}
		if o := s.bareTown(c.Object); o != c.Object {
			// "the town", "the field" the article named before: what it
			// named is the claim's, though the sentence does not name it.
			c.Object, named = o, o
		}
		if c.Predicate == Blame || c.Predicate == Responsible {
			c.Predicate, c.Object = s.blamed(c.Predicate, c.Actor, c.Object, m.to)
			if e := s.appositiveName(c.Actor); e != "" {
				c.Actor = e // "A second armed faction, the Ardent Shield Battalions, ... denied any involvement"
			}
		}
		switch {
		case s.objSite != "" && c.Object == s.objSite:
			c.Place = s.objPlace // "seized the airport of X": the airport, in X
		case m.p.flags&flagAppos == 0 || !s.isMention(c.Object):
			// "X, the main armed group in P, ... launched an offensive
			// on Q": what X holds is P, the object; Q is not its place.
			c.Place = s.place(to, c.Object)
		}
		c.Negated = s.negated(from, to) || m.p.flags&flagDeny != 0
	}
	if c.Place == "" {
		c.Place = s.frontPlace()
	}
	if c.Place == "" && m != nil {
		c.Place = s.subjectPlace(from)
	}
	if c.Place == "" && s.x.lastPlace != "" && s.x.placeLine == s.para.Line && s.saysThere() {
		c.Place = s.x.lastPlace // "... a market in X. Volunteers said nine people died there."
	}
	// Who gives a figure is who stands nearest the figure (pos), not its
	// verb: "the ministry put the toll at 27, while the brigade said 31
	// people had died".
	c.Source, c.Speaker = s.sourceNear(pos)
	if m != nil && isControl(c.Predicate) && operation(c.Actor) {
		// "The defence ministry says a counter-attack launched before dawn
		// has retaken Tal Rukha": an operation takes nothing; the side
		// that tells of its own operation ran it.
		c.Actor = c.Source
	}
	if c.Predicate == Responsible && !s.isMention(c.Actor) {
		// "The Osren Freedom Movement, as ..., repeated its claim of
		// responsibility": the group the sentence opens on, or its source.
		if len(s.ments) > 0 && (s.mtoks[0][0] == 0 || s.mtoks[0][0] == 1 && s.word(0) == "the") && s.ments[0].Entity != "" {
			c.Actor = s.ments[0].Entity
		} else if s.isMention(c.Source) {
			c.Actor = c.Source
		}
	}
	if r := s.rejectedClaim(from); r != 0 {
		c.Negated = true
		if c.Source == "" && r > 0 {
			// "An HDC spokeswoman, Leyla Omarova, rejected the
			// government's claim": who rejects it speaks.
			if v := s.tailSubject(r, true); v != "" {
				c.Source = v
			} else {
				c.Source = s.mainSubject(r)
			}
			if pronouns[strings.ToLower(c.Source)] {
				c.Source = "" // "It called the figure exaggerated": the last sentence's speaker, if of this paragraph
				if s.x.lastLine == s.para.Line {
					c.Source = s.x.lastSource
				}
			}
		}
	}
	c.Hedge = s.hedgeNear(from)
	t := s.timeNear(from, cut)
	c.TimeSaid = t >= 0 && s.saidAt(&s.x.times[t])
	s.x.refs = append(s.x.refs, claimRef{time: t, fig: -1, entFrom: entFrom, entTo: entTo, aside: s.aside, named: named})
	return c
}

// appositiveName returns the entity named right after actor in words,
// set off by a comma ("A second faction, the Ardent Shield Battalions,"),
// "" when there is none or actor is a name already.
func (s *sent) appositiveName(actor string) string {
	if actor == "" || s.isMention(actor) {
		return ""
	}
	text := s.x.in.Doc.Text
	i := strings.Index(text[s.start:s.end], actor)
	if i < 0 {
		return ""
	}
	at := s.start + i + len(actor)
	rest := text[at:s.end]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	at += 2
	if strings.HasPrefix(text[at:s.end], "the ") {
		at += 4
	}
	for _, m := range s.ments {
		if m.Start == at && m.Entity != "" && m.End < s.end && text[m.End] == ',' {
			return m.Entity
		}
	}
	return ""
}

// blamedEvent reports whether m is the event a blame verb right before it
// puts on someone: "attack" in "blamed the attack on the HBF".
func (s *sent) blamedEvent(m *match) bool {
	if Predicate(m.p.val) != Attack {
		return false
	}
	for _, b := range s.preds {
		if Predicate(b.p.val) == Blame && b.to <= m.from && m.from-b.to <= 2 && s.wordsIn(b.to, m.from) == m.from-b.to {
			return true
		}
	}
	return false
}

// blamed trims the object of a blame to whom it blames ("accused the
// coastguard of delays": the coastguard; "blamed the attack on the HBF":
// the HBF, named after "on" within a few words of the verb ending at
// token to), drops the object of a claim of responsibility, and turns "no
// group has claimed responsibility", which names no party, into no blame
// (Other).
func (s *sent) blamed(p Predicate, actor, obj string, to int) (Predicate, string) {
	if p == Responsible {
		// What a group claims or denies is the story's attack; the words
		// after the verb are seldom its name ("denied involvement and
		// accused the army").
		if a := strings.ToLower(actor); strings.HasPrefix(a, "no ") || a == "none" || a == "nobody" {
			return Other, ""
		}
		return p, ""
	}
	if p == Blame && !s.isMention(obj) {
		for j := to; j < len(s.toks) && j < to+6 && s.toks[j].word; j++ {
			if s.word(j) != "on" {
				continue
			}
			for k, mt := range s.mtoks {
				if mt[0] == j+1 || mt[0] == j+2 && s.word(j+1) == "the" {
					return p, s.ments[k].Entity
				}
			}
			break
		}
		for _, sep := range [...]string{" of ", " for "} {
			if i := strings.Index(obj, sep); i > 0 {
				obj = obj[:i]
			}
		}
	}
	return p, obj
}

// saidAt reports whether time expression e dates a speech verb of the
// sentence: "said on Tuesday", "said late on Monday", "told reporters on
// Friday", "said in a statement on Sunday". Only these words may stand
// between: "said the attack began on Tuesday" dates the attack.
func (s *sent) saidAt(e *timex.Expr) bool {
	for _, m := range s.speech {
		if start := int(s.toks[m.from].start); e.End <= start && start-e.End <= 8 && s.onlyGap(s.x.lower[e.End:start]) && m.p.val != "after" {
			return true // "Leketti on Tuesday raised the official toll to 38", "the ministry on Monday said"
		}
		end := int(s.toks[m.to-1].end)
		if end > e.Start {
			continue
		}
		gap := s.x.lower[end:e.Start]
		if len(gap) > 40 {
			continue
		}
		ok := true
		for _, w := range strings.Fields(gap) {
			if !saidGap[w] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// onlyGap reports whether gap, the text between a time and a speech verb,
// holds nothing but spaces and an adverb of repetition: "on Tuesday
// raised", "on Monday also said".
func (s *sent) onlyGap(gap string) bool {
	for _, w := range strings.Fields(gap) {
		if w != "also" && w != "again" && w != "later" && w != "," {
			return false
		}
	}
	return true
}

// saidGap are the words that may stand between a speech verb and the time
// it was said at.
var saidGap = wordset.Of("on late early in a statement to reporters journalists told at news conference briefing the press")

// figureClaims appends a quantity claim for each figure.
func (s *sent) figureClaims(out []Claim, figs []figure) []Claim {
	skip := -1 // a difference from another count, no count itself
	for i, f := range figs {
		if i == skip {
			continue
		}
		var m *match
		if f.pred >= 0 && f.q.Measure != "population" && !s.fled(f) {
			m = &s.preds[f.pred] // "a country of 6.1 million" is not the toll's
		}
		c := s.newClaim(m, f.from)
		s.x.refs[len(s.x.refs)-1].fig = int32(f.idx)
		if m == nil {
			c.Predicate = s.measureClass(f.q.Measure)
			if c.Predicate == LoseControl {
				c.Predicate = Other // "212 soldiers surrendered": people who gave up, not ground
			}
		}
		if m != nil && f.to == m.from && f.from > 0 && s.toks[f.from-1].word && s.word(f.from-1) == "and" && strings.HasSuffix(s.word(m.from), "ed") {
			c.Actor = "" // "13 gunmen had been killed and 22 captured": a passive's second half, the 22 no doers
		}
		if c.Predicate == GainControl && s.x.lx.people[s.countedNoun(f)] {
			c.Predicate = Capture // "captured 40 fighters": people, not ground
		}
		if c.Predicate == Capture && f.q.Measure == "released" {
			c.Predicate = Other // "freed 25 hostages": the noun of captives, but a release
		}
		if m != nil && f.from >= m.to {
			if p := s.placeRightAfter(f.to); p != "" {
				c.Place = p // "17 were killed in X and four in the village of Y"
			}
		}
		c.Kind = Quantity
		if m != nil && m.from >= f.to && f.q.Measure != "" && s.punctIn(f.to, m.from) {
			// "The toll stood at 19 on Tuesday, with no further deaths
			// reported": the figure has its own measure, and the negated
			// noun of another clause denies nothing of it.
			c.Negated = false
		}
		c.Negated = c.Negated || s.notFigure(f.from) && !s.asSaidBy(f.to)
		c.Subset = s.isSubset(f)
		c.Disputes = s.disputes(f.to) || c.Source != "" && s.onlyFigure(f.from)
		if c.Disputes && i+1 < len(figs) {
			if d, ok := s.difference(figs[i+1]); ok {
				c.Against, skip = f.q.Value-d, i+1
			} else if s.namedCount(figs[i+1]) {
				c.Against, skip = figs[i+1].q.Value, i+1
			}
		}
		if v, ok := s.notAsSaid(f); ok && c.Disputes && c.Against == 0 {
			c.Against = v // "five had died, not seven as the mission had announced": the seven stays the mission's claim
		}
		c.Scope = s.scope(c.Predicate, min(f.from, posOf(m, f.from)), true)
		if c.Scope == "" && s.increment(f) && !s.addedToOther(f) {
			c.Scope = "increment"
		}
		out = append(out, c)
	}
	return out
}

// namedCount reports whether figure g is another report's count a
// disputing figure names: "rejecting the police estimate of about 80".
func (s *sent) namedCount(g figure) bool {
	j := g.from - 1
	return j > 0 && s.toks[j].word && s.word(j) == "of" && s.toks[j-1].word && countNouns[s.word(j-1)]
}

// notAsSaid returns the count the figure f is set against when the next
// number of the sentence is another's, named: "five had died, not seven
// as the mission had announced" (the seven is the mission's, not
// denied; with no unit, it is no figure of the sentence's own).
func (s *sent) notAsSaid(f figure) (float64, bool) {
	if f.idx+1 >= len(s.x.figs) {
		return 0, false
	}
	q := &s.x.figs[f.idx+1]
	if q.Start >= s.end {
		return 0, false
	}
	j := s.tokenAt(q.Start) - 1
	if j <= f.to || s.word(j) != "not" || s.toks[j-1].word || !s.asSaidBy(s.tokenAfter(q.End)) {
		return 0, false
	}
	return q.Value, true
}

// difference returns how much more (positive) or less (negative) a
// figure is than another count when figure g, set off by a comma, says
// it: "17 people had died, four more than the figure given by the
// government" (4), "..., two fewer than the official toll" (-2).
func (s *sent) difference(g figure) (float64, bool) {
	if g.from == 0 || s.toks[g.from-1].word || s.x.in.Doc.Text[s.toks[g.from-1].start] != ',' || g.to+1 >= len(s.toks) || s.word(g.to+1) != "than" {
		return 0, false
	}
	switch s.word(g.to) {
	case "more", "higher", "above":
		return g.q.Value, true
	case "fewer", "less", "lower", "below":
		return -g.q.Value, true
	}
	return 0, false
}

// onlyFigure reports whether "only" stands right before the figure at
// token from: a source that says "only one passenger had been killed" or
// "only four of its crew were freed" sets its count against a higher one.
func (s *sent) onlyFigure(from int) bool {
	return from > 0 && s.toks[from-1].word && s.word(from-1) == "only"
}

// notFigure reports whether "not" stands right before the figure at
// token from, past an article: "it is not a 700-tonne spill". "Not more
// than 40" is a bound, part of the figure; and in "seven guards were
// killed, not four as the prison service said" the caller keeps the four
// as the service's own count.
func (s *sent) notFigure(from int) bool {
	j := from - 1
	if j >= 0 && s.toks[j].word && (s.word(j) == "a" || s.word(j) == "an") {
		j--
	}
	return j >= 0 && s.toks[j].word && s.word(j) == "not"
}

// asSaidBy reports whether "as" at token i names who gave the figure
// before it: "not four as the prison service has said" (the service's
// four), not "not eleven as has been claimed" (nobody's).
func (s *sent) asSaidBy(i int) bool {
	if i+1 >= len(s.toks) || s.word(i) != "as" || !s.toks[i+1].word {
		return false
	}
	return !s.is(i+1, cBeForm) && !s.is(i+1, cVerbish)
}

// disputes reports whether the words after token from set the figure
// against another source's count: a comparative, "than", and a count
// noun that is not the source's own earlier one ("a far higher figure
// than the toll given by local authorities", "far more than the official
// figure", "well below the monitor's estimate"), or "disputing" a figure.
func (s *sent) disputes(from int) bool {
	for i := from; i < len(s.toks); i++ {
		if !s.toks[i].word {
			continue
		}
		switch w := s.word(i); {
		case w == "not" && i > from && i+1 < len(s.toks) && s.x.in.Doc.Text[s.toks[i-1].start:s.toks[i-1].end] == ",":
			if _, ok := s.numberAt(i + 1); ok {
				return true // "No more than four trucks were destroyed, not eleven"
			}
		case w == "disputing" || w == "contradicting":
			return s.countNounWithin(i+1, 4)
		case miscounting[w] && i > from+1:
			return true // "..., accusing the authorities of underestimating the scale"
		case w == "rejecting" || w == "dismissing":
			// "..., rejecting the police estimate of about 80", not
			// "rejecting the government's figure as a lie": whose figure
			// is rejected is told by the figure.
			return s.countNounWithin(i+1, 4) && s.numberWithin(i+2, 6)
		case w == "below" || w == "above":
			return s.countNounWithin(i+1, 5) // "a figure well below the monitor's estimate"
		case comparatives[w]:
			for j := i + 1; j < len(s.toks) && j <= i+4 && s.toks[j].word; j++ {
				if s.word(j) == "than" {
					return s.countNounWithin(j+1, 6)
				}
			}
		}
	}
	return false
}

// miscounting are the verbs of a count said to be wrong, in the form that
// follows "accused X of".
var miscounting = wordset.Of("underestimating understating underreporting under-reporting downplaying minimising minimizing exaggerating overstating inflating")

// numberWithin reports whether a number stands within n tokens from i.
func (s *sent) numberWithin(i, n int) bool {
	for j := i; j < len(s.toks) && j <= i+n; j++ {
		if _, ok := s.numberAt(j); ok {
			return true
		}
	}
	return false
}

// countNounWithin reports whether a count noun of another report ("the
// official figure", "the toll given by", "its estimate") follows within
// n words of token i, with no word of the source's own earlier count
// ("its previous estimate", "up from its initial figure") before it.
func (s *sent) countNounWithin(i, n int) bool {
	for j := i; j < len(s.toks) && j <= i+n; j++ {
		if !s.toks[j].word {
			if c := s.x.in.Doc.Text[s.toks[j].start]; c == '.' || c == ';' {
				return false
			}
			continue
		}
		w := s.word(j)
		if ownEarlier[w] {
			return false
		}
		if countNouns[w] && (w != "one" || s.word(j-1) == "the") {
			return true // "the one given by police"; not "more than one"
		}
	}
	return false
}

var (
	// comparatives set one count against another.
	comparatives = wordset.Of("higher lower more fewer less")
	// countNouns name a count that a report gives.
	countNouns = wordset.Of("figure figures toll tolls count counts estimate estimates tally number numbers one")
	// ownEarlier mark the source's own earlier count: an update, not a dispute.
	ownEarlier = wordset.Of("previous earlier initial own first last preliminary provisional")
)

// fled reports whether figure f counts people who left a place its
// predicate says was lost, or gave themselves up: "25,000 people have
// abandoned the city" fled it, "212 soldiers surrendered", and nobody
// lost ground.
func (s *sent) fled(f figure) bool {
	return (f.q.Measure == "displaced" || f.q.Measure == "surrendered") && Predicate(s.preds[f.pred].p.val) == LoseControl
}

// increment reports whether figure f counts what came on top of an
// earlier count, not a total: "recovered five more bodies", "another 12
// people died", "1,200 new cases". Compared with a total it would
// read as the toll revised down.
func (s *sent) increment(f figure) bool {
	if f.to < len(s.toks) {
		if w := s.word(f.to); increments[w] || w == "new" && f.q.Measure == "cases" {
			return true // "1,200 new cases"; "300 new homes" were built
		}
	}
	if f.from >= 1 && increments[s.word(f.from-1)] {
		return true
	}
	for j := f.from - 1; j >= 1 && j >= f.from-3; j-- {
		if s.toks[j].word && s.word(j) == "alone" && s.inTime(j-1) {
			return true // "On Tuesday alone, 1,350 people were evacuated": that day's, not the total
		}
	}
	return false
}

// increments stand after a figure or before it for a count on top of
// another: "five more", "another 12", "an additional 300".
var increments = wordset.Of("more additional further another")

// addedTo are the increments that stand before a figure and may add it
// to another measure's count (see addedToOther).
var addedTo = wordset.Of("additional further another")

// addedToOther reports whether figure f, after "a further", "another" or
// "an additional", adds to an earlier sentence's count of another measure
// and the article has counted none of its own: "the toll stood at 26. A
// further 38 people were injured" counts the injured for the first time;
// "a further nine bodies" after a count of bodies is on top of it.
func (s *sent) addedToOther(f figure) bool {
	if f.from < 1 || !addedTo[s.word(f.from-1)] {
		return false
	}
	other := false
	for _, r := range s.x.refs {
		if r.fig < 0 || int(r.fig) >= len(s.x.figs) || s.x.figs[r.fig].Start >= s.start {
			continue
		}
		if s.x.figs[r.fig].Measure == f.q.Measure {
			return false
		}
		other = other || s.x.figs[r.fig].Measure != ""
	}
	return other
}

// posOf returns the first token of m, or def when m is nil.
func posOf(m *match, def int) int {
	if m == nil {
		return def
	}
	return m.from
}

// measureClass maps a quantity's measure ("killed") to a predicate, Other
// when the verb lexicon does not know it.
func (s *sent) measureClass(measure string) Predicate {
	if measure == "" {
		return Other
	}
	e := s.x.lx.dict[strings.ToLower(measure)]
	if e == nil {
		return Other
	}
	for _, p := range e.ps[verbList] {
		if len(p.words) == 1 && p.val != "-" {
			return Predicate(p.val)
		}
	}
	return Other
}

// picks appends to pick the predicate matches that make event claims:
// one per predicate class the figures did not already cover. Weak classes
// ("supported", "announced") count only when the sentence has nothing
// else; phrases describing a noun ("the province, controlled by X",
// "areas under rebel control") never do.
func (s *sent) picks(pick []int, figs []figure) []int {
	var buf [maxFiguresPerSentence + maxEventsPerSentence]Predicate
	covered := buf[:0]
	var counted uint64 // the matches figures took, by index
	for _, f := range figs {
		if f.pred >= 0 {
			p := Predicate(s.preds[f.pred].p.val)
			if p == GainControl && s.x.lx.people[s.countedNoun(f)] {
				// "overran a base, capturing 20 others": the figure is a
				// capture of people (figureClaims), the base still taken.
				p = Capture
			}
			covered = append(covered, p)
			if f.pred < 64 {
				counted |= 1 << f.pred
			}
		}
	}
	pick, covered = s.pickTier(pick, 0, covered)
	// "seized 11 villages ... and took control of the crossroads town of
	// Tel Qarash": the town is a claim of its own beside the count.
	for i, m := range s.preds {
		if counted == 0 || len(pick) == maxEventsPerSentence || i >= 64 || counted&(1<<i) != 0 || hasInt(pick, i) ||
			!hasPredicate(placeBound[:], Predicate(m.p.val)) || s.tier(m) != 0 || m.p.flags != 0 {
			continue
		}
		if _, obj := s.actorObject(m); s.isMention(obj) && !s.pickedObject(pick, obj) {
			pick = append(pick, i)
			s.doer, s.doerOf = s.countDoer(counted), i
		}
	}
	if len(pick) == 0 && len(figs) == 0 {
		pick, _ = s.pickTier(pick, 1, covered)
	}
	return pick
}

// countDoer returns the actor of the first match a figure took (counted,
// by index): the doer a second verb of the clause shares ("Rebels seized
// 11 villages and took control of Tel Qarash").
func (s *sent) countDoer(counted uint64) string {
	for i := range s.preds {
		if i < 64 && counted&(1<<i) != 0 {
			a, _ := s.actorObject(s.preds[i])
			return a
		}
	}
	return ""
}

// pickedObject reports whether a match of pick acts on obj.
func (s *sent) pickedObject(pick []int, obj string) bool {
	for _, i := range pick {
		if _, o := s.actorObject(s.preds[i]); o == obj {
			return true
		}
	}
	return false
}

// eventClaims appends one claim per predicate match of pick.
func (s *sent) eventClaims(out []Claim, pick []int) []Claim {
	for _, i := range pick {
		m := &s.preds[i]
		if s.blamedEvent(m) {
			continue // "blamed the attack on the HBF": no attack on the HBF
		}
		c := s.newClaim(m, m.from)
		if i == s.doerOf && s.doer != "" && !s.isMention(c.Actor) && strings.Contains(c.Actor, " ") {
			c.Actor = s.doer // the clause's doer, not "Rebels seized 11 villages"
		}
		c.Kind = s.kindOf(*m)
		c.Scope = s.scope(c.Predicate, m.from, false)
		out = append(out, c)
		if isControl(c.Predicate) {
			out = s.listedObjects(out, m)
		}
	}
	return out
}

// operation reports whether an actor phrase is an operation, not who ran
// it: "a counter-attack launched before dawn", "the offensive".
func operation(actor string) bool {
	w, rest, _ := strings.Cut(actor, " ")
	if a := strings.ToLower(w); a == "a" || a == "an" || a == "the" {
		w, _, _ = strings.Cut(rest, " ")
	}
	return operations[strings.ToLower(w)]
}

// operations are nouns of military operations.
var operations = wordset.Of("offensive counter-offensive counteroffensive counter-attack counterattack operation assault attack push advance raid incursion campaign")

// isControl reports whether p says who gains, loses or holds ground.
func isControl(p Predicate) bool {
	return p == GainControl || p == LoseControl || p == HoldControl
}

// maxListed bounds the further objects of a list a control claim takes.
const maxListed = 6

// listedObjects appends a claim for each further object of a control
// claim whose object opens a list of places and sites, the last claim of
// out: "seized Marsk, Kelt and the airport of Varno" takes Kelt, and the
// airport in Varno, as "controlled Kessel airport and the Hallam Bridge"
// takes the bridge (not in Kessel). Each copy shares the first's actor,
// time, source and the rest.
func (s *sent) listedObjects(out []Claim, m *match) []Claim {
	c := out[len(out)-1]
	k := s.objectMention(m.to, c)
	if k < 0 {
		return out
	}
	ref := s.x.refs[len(s.x.refs)-1]
	for j, n := k+1, 0; j < len(s.ments) && n < maxListed; j++ {
		from, mt := s.mtoks[j-1][1], s.mtoks[j][0]
		if mt < from || !s.listGap(from, mt) {
			break
		}
		e := s.ments[j].Entity
		if e == "" || e == c.Object || e == c.Place {
			continue
		}
		d := c
		d.Object, d.Place = e, ""
		if s.isMention(c.Object) {
			d.Place = c.Place // "seized Marsk and Kelt in the north": the place of both
		}
		if st := s.siteBefore(from, mt); st >= 0 {
			d.Object, d.Place = s.word(st), e // "and the airport of Varno"
		} else if a := s.siteAfter(j); a >= 0 {
			d.Object, d.Place = s.word(a), e // "the Tel Ammar pumping station"
		}
		out = append(out, d)
		s.x.refs = append(s.x.refs, ref)
		n++
	}
	return out
}

// objectMention returns the index of the mention that is claim c's
// object, or the place of its site object, after token to; -1 for none.
func (s *sent) objectMention(to int, c Claim) int {
	for k, m := range s.ments {
		if mt := s.mtoks[k][0]; mt >= to && mt-to <= objectReach && m.Entity != "" && (m.Entity == c.Object || c.Object != "" && m.Entity == c.Place) {
			return k
		}
	}
	return -1
}

// listGap reports whether tokens [from, to) join two members of a list of
// places: a comma or "and", with only articles, the nouns of places and
// sites and "of" between ("Marsk, Kelt and the airport of Varno", "Kelt
// airport, the Tel Ammar station and the town of Qasr Idrani").
func (s *sent) listGap(from, to int) bool {
	text := s.x.in.Doc.Text
	joined := false
	for k := from; k < to; k++ {
		t := s.toks[k]
		if !t.word {
			if text[t.start:t.end] != "," {
				return false
			}
			joined = true
			continue
		}
		switch w := s.word(k); {
		case w == "and":
			joined = true
		case w == "the" || w == "of" || s.is(k, cPlaceNoun) || s.x.lx.sites[w]:
		default:
			return false
		}
	}
	return joined
}

// pickTier appends to pick the first match of each predicate class of the
// given tier not yet covered, up to maxEventsPerSentence, and adds the
// classes it picks to covered.
func (s *sent) pickTier(pick []int, tier int, covered []Predicate) ([]int, []Predicate) {
	for i, m := range s.preds {
		cls := Predicate(m.p.val)
		if len(pick) == maxEventsPerSentence || hasPredicate(covered, cls) || s.tier(m) != tier || s.holdsNothing(m) || s.handsNothing(m) || s.withdrawsNothing(m) {
			continue
		}
		covered = append(covered, cls)
		pick = append(pick, i)
	}
	return pick, covered
}

// placeBound are the predicate classes about ground: who holds it, who
// gains or loses it, who enters it or advances on it.
var placeBound = [...]Predicate{GainControl, LoseControl, HoldControl, Enter, Advance}

// loneGroundVerb reports whether m is one word of a placeBound class
// with no flag: "took", "holds", "reached", not "took control of" nor a
// describing participle. Such a verb says nothing of ground by itself, so
// holdsNothing and countsNoGround ask what it acts on.
func loneGroundVerb(m match) bool {
	return m.to-m.from == 1 && m.p.flags == 0 && hasPredicate(placeBound[:], Predicate(m.p.val))
}

// holdsNothing reports whether m is a verb of one of the placeBound
// classes standing alone ("took", "holds", "recovered", "seized",
// "reached", "advanced") with no place where its object is: no entity and
// no word of claim_held_en.txt ("took a meticulous history", "hold onto
// the bedding", "since recovering", "reached a settlement", "advanced
// content personalization"), so that sentences outside war and politics
// do not make claims about ground. An object-less verb after "which" or
// "that" nearby is kept ("the town, which rebels seized on Sunday"); so
// are "it" and "them" ("retook it"). Phrases that say it by themselves
// ("took control of", "advanced toward", "fell to") and describing
// participles are not tested.
func (s *sent) holdsNothing(m match) bool {
	if m.p.flags&flagPassive != 0 && m.to-m.from >= 3 && s.word(m.to-2) == "run" {
		// "the clinic, which is run by the charity": run is said of
		// clinics and companies; only ground run by someone is held.
		_, held := s.actorObject(m)
		return held == "" || s.isMention(held) && (s.titled(held) || s.speakerIs(held)) || !s.isMention(held) && !s.namesGround(held)
	}
	if !loneGroundVerb(m) {
		return false
	}
	if m.to < len(s.toks) && s.word(m.to) == "your" { // "control your music", "take your seats": instructions, not news
		return true
	}
	_, obj := s.actorObject(m)
	switch {
	case obj == "":
		return !s.relativeBefore(m.from)
	case s.isMention(obj):
		return s.titled(obj) // "the Wild lost defenseman Matt Dumba": a person is no ground
	}
	return !s.namesGround(obj)
}

// speakerIs reports whether entity e speaks in the sentence: the source of
// one of its attributions.
func (s *sent) speakerIs(e string) bool {
	for _, m := range s.speech {
		if s.sourceOf(m) == e {
			return true
		}
	}
	return false
}

// titled reports whether entity e is named in the sentence with a title.
func (s *sent) titled(e string) bool {
	for _, m := range s.ments {
		if m.Entity == e && m.Role != "" {
			return true
		}
	}
	return false
}

// handsNothing reports whether m is "in <holder> hands" or "in the hands
// of" about no ground: "the fate of the talks is in the hands of the
// president", "the weapons fell into the wrong hands". Control told with
// hands is kept only of an entity or ground ("the airport is in our
// hands", "the town fell into rebel hands").
func (s *sent) handsNothing(m match) bool {
	last := s.word(m.to - 1)
	if last == "of" && m.to-m.from > 2 {
		last = s.word(m.to - 2)
	}
	if last != "hands" {
		return false
	}
	if handsHowNot[strings.ToLower(s.controlGap(m))] {
		return true
	}
	_, obj := s.actorObject(m)
	return obj == "" || !s.isMention(obj) && !s.namesGround(obj)
}

// handsHowNot are the words in "into the wrong hands" that say how safe a
// thing is, not who holds it.
var handsHowNot = wordset.Of("wrong right safe good capable able private")

// withdrawsNothing reports whether m is a verb of retreat standing alone
// ("withdrew", "pulled back") whose object is neither an entity, nor
// ground, nor people: "withdraw your contributions", "pulled back the
// curtains", "the bill was withdrawn". Troops that withdraw, withdraw from
// a town or withdraw their fighters are kept.
func (s *sent) withdrawsNothing(m match) bool {
	if Predicate(m.p.val) != Retreat || m.p.flags != 0 || s.word(m.to-1) == "from" {
		return false
	}
	_, obj := s.actorObject(m)
	return obj != "" && !s.isMention(obj) && !s.namesGround(obj) && !s.namesIn(obj, s.x.lx.people)
}

// namesGround reports whether the words of phrase name ground: a word of
// claim_held_en.txt, or "it" or "them".
func (s *sent) namesGround(phrase string) bool {
	return s.namesIn(phrase, s.x.lx.held)
}

// namesIn reports whether a word of phrase is in set, or is "it" or
// "them". Words are runs of ASCII letters, lower-cased in a buffer on the
// stack.
func (s *sent) namesIn(phrase string, set map[string]bool) bool {
	var buf [24]byte
	n := 0
	for i := 0; i <= len(phrase); i++ {
		if i < len(phrase) && isASCIILetter(phrase[i]) {
			if n < len(buf) {
				buf[n] = phrase[i] | 0x20
			}
			n++
			continue
		}
		if n > 0 && n <= len(buf) {
			if w := buf[:n]; set[string(w)] || string(w) == "it" || string(w) == "them" {
				return true
			}
		}
		n = 0
	}
	return false
}

// relativeBefore reports whether "which" or "that" stands in the four
// words before token i: the verb's object is the noun before them.
func (s *sent) relativeBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if s.toks[j].word {
			if w := s.word(j); w == "which" || w == "that" {
				return true
			}
		}
	}
	return false
}

// tier ranks a predicate match: 0 a fact of its own, 1 a weak class, 2 a
// phrase describing a noun, unless "be" or "remain" makes it the verb
// ("has been completely under army control").
func (s *sent) tier(m match) int {
	switch {
	case m.p.flags&flagMod != 0 && !s.afterBe(m.from):
		return 2
	case m.p.flags&flagAppos != 0 && !s.isMention(s.object(m.to)):
		return 2 // "the largest militia in the north": no named place held
	case weak[Predicate(m.p.val)]:
		return 1
	}
	return 0
}

// isMention reports whether v is the entity of a mention of the sentence.
func (s *sent) isMention(v string) bool {
	for _, m := range s.ments {
		if m.Entity == v && v != "" {
			return true
		}
	}
	return false
}

// kindOf returns the kind of an event claim: a quote when the predicate
// stands inside a quotation of four words or more, a statement for calls,
// announcements and stances, else an event.
func (s *sent) kindOf(m match) Kind {
	for _, q := range s.quotes {
		if m.from >= q[0] && m.to <= q[1] && s.wordsIn(q[0], q[1]) >= 4 {
			return Quote
		}
	}
	switch Predicate(m.p.val) {
	case CallFor, Announce, Support:
		return Statement
	}
	return Event
}

// wordsIn counts the words among tokens [from, to).
func (s *sent) wordsIn(from, to int) int {
	n := 0
	for _, t := range s.toks[from:to] {
		if t.word {
			n++
		}
	}
	return n
}

// claimEntities returns the span in bufs.entArena of the entity IDs
// mentioned in the sentence, each once, copied there for the sentence's
// first claim and shared by the others.
func (s *sent) claimEntities() (from, to int32) {
	if len(s.ents) > 0 && s.entFrom == s.entTo {
		s.entFrom = int32(len(s.x.entArena))
		s.x.entArena = append(s.x.entArena, s.ents...)
		s.entTo = int32(len(s.x.entArena))
	}
	return s.entFrom, s.entTo
}

// isSubset reports whether figure f is part of an earlier one: "including
// 37 soldiers", "among them 12 children", "of whom 5 were civilians",
// "three foreigners were among the dead" (quantity's Part).
func (s *sent) isSubset(f figure) bool {
	if f.q.Unit != "percent" && (f.q.Part || f.to+1 < len(s.toks) && s.word(f.to) == "of" && quantity.PartAfterOf(s.word(f.to+1))) {
		// "19 of the freed hostages", "two of them", "31 of 40 drones";
		// but what befell some of a whole told before is a count of its
		// own: "Nine of the trucks were destroyed", "Forty-one of them
		// had been recaptured".
		return !s.ownCount(f)
	}
	for _, cue := range subsetCues {
		n := len(cue)
		if f.from >= n && s.wordsBefore(f.from, cue) {
			return true
		}
	}
	return s.opensOfThose(f.from)
}

// opensOfThose reports whether the sentence opens with a whole its figure
// at token from is a part of: "Of those rescued, 11 were in serious
// condition", "Of the injured, 14 were children".
func (s *sent) opensOfThose(from int) bool {
	if len(s.toks) < 3 || s.word(0) != "of" || !wholeOpeners[s.word(1)] {
		return false
	}
	for j := 2; j < from && j < 8; j++ {
		if !s.toks[j].word {
			return s.x.in.Doc.Text[s.toks[j].start:s.toks[j].end] == "," && j+1 <= from && from <= j+2
		}
	}
	return false
}

// wholeOpeners open the whole in "Of those rescued," and "Of the injured,".
var wholeOpeners = wordset.Of("those these them the all")

// ownCount reports whether figure f, a part, counts something of its
// own: its whole, in the sentence, counts another measure ("11 of the 17
// kidnapped workers had been freed"); or, "N of the <things>", its whole
// is a fleet or a stock told before ("Nine of the trucks were
// destroyed"). Parts of people told before stay parts: "9,000 of them
// arrived over the past week", "troops killed 14 of them".
func (s *sent) ownCount(f figure) bool {
	if f.q.Part && f.q.Of >= 0 && f.q.Of < len(s.x.figs) && f.to < len(s.toks) && s.word(f.to) == "of" {
		// "11 of the 17 kidnapped workers had been freed": what befell
		// the people of the part is not what befell the whole, and the
		// part is a count of it.
		w := s.x.figs[f.q.Of].Measure
		return f.q.Measure != "" && w != f.q.Measure && !quantity.CountsThings(f.q.Unit) // drones shot down of a salvo stay parts of it
	}
	if f.q.Measure == "" || f.to >= len(s.toks) || s.word(f.to) != "of" {
		return false
	}
	j := f.to + 1
	if j < len(s.toks) && s.toks[j].word && wholeDeterminers[s.word(j)] {
		j++
	}
	if j >= len(s.toks) || !s.toks[j].word {
		return false
	}
	// "28 of the abducted pupils had since escaped" counts who escaped,
	// whoever else was abducted; but "seven of the wounded died" adds to
	// a toll.
	m := quantity.MeasureOf(s.word(j))
	return quantity.CountsThings(s.word(j)) || m != "" && m != f.q.Measure && !harmsPeople[f.q.Measure]
}

// wholeDeterminers open the whole after "of" in "N of the trucks".
var wholeDeterminers = wordset.Of("the its their these those our")

// separate reports whether the sentence opens on another incident than
// the story's ("Separately, three civilians were killed in an air strike
// on the village of ...", "In a separate attack", "A separate ferry",
// "Elsewhere,"): its figures are of that incident, not counts of the
// story's event.
func (s *sent) separate() bool {
	if len(s.toks) < 3 {
		return false
	}
	w := s.word(0)
	if w == "separately" || w == "elsewhere" {
		return !s.toks[1].word // "Separately," not "Separately held talks"
	}
	if (w == "a" || w == "another") && s.word(1) == "separate" {
		return true // "A separate ferry on the northern route, carrying 210 passengers, ..."
	}
	if w == "in" && (s.word(1) == "another" || s.word(2) == "separate") {
		return true
	}
	return s.separateNamed()
}

// saysThere reports whether the sentence points back at a place with
// "there" ("nine people died there", "officials there said"), not the
// "there" of "there were 20 dead".
func (s *sent) saysThere() bool {
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i].word && s.word(i) == "there" && s.toks[i-1].word && (i+1 >= len(s.toks) || !s.toks[i+1].word || !thereIs[s.word(i+1)]) {
			return true
		}
	}
	return false
}

// thereIs are the words after an existential "there": "there were 20
// dead", "there have been reports".
var thereIs = wordset.Of("is are was were be been being have has had will would could can may might must should remain remains remained seem seems seemed appear appears appeared isn't aren't wasn't weren't")

// separateNamed reports whether the sentence names one other incident as
// separate anywhere in it: "residents buried victims of Tuesday's
// separate strike on a vegetable market, which killed 11 people", "the
// separate attack". Several ("three separate attacks") are severalEvents'.
func (s *sent) separateNamed() bool {
	for i := 1; i+1 < len(s.toks); i++ {
		if s.word(i) != "separate" || !separateEvents[s.word(i+1)] {
			continue
		}
		p := s.word(i - 1)
		if p == "the" || p == "a" || p == "another" || p == "this" || p == "that" || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return true
		}
	}
	return false
}

// separateEvents are the nouns of one incident that "separate" marks as
// another one than the story's.
var separateEvents = wordset.Of("strike attack bombing blast raid explosion incident shelling ambush crash fire clash")

// severalEvents reports whether the figure at token pos is counted over
// several events in its clause: "At least 21 people were killed in two
// landslides", "in three separate attacks". Such a sum is not the toll
// of any one of them. Durations ("in two days") and a lone event are not.
func (s *sent) severalEvents(pos int) bool {
	for i := pos + 1; i+2 < len(s.toks) && i <= pos+8 && s.toks[i].word; i++ {
		if s.word(i) == "in" {
			return s.severalAt(i)
		}
	}
	return false
}

// severalAt reports whether "in <number> [separate] <plural noun>" of
// several events starts at token i. Places are no events: "106
// protesters in 21 cities" is the one toll of a crackdown.
func (s *sent) severalAt(i int) bool {
	if i+2 >= len(s.toks) || s.word(i) != "in" {
		return false
	}
	n, ok := s.numberAt(i + 1)
	j := i + 2
	if s.word(j) == "separate" || s.word(j) == "different" {
		j++
	}
	if !ok || n < 2 || n > 100 || j >= len(s.toks) || !s.toks[j].word {
		return false
	}
	w := s.word(j)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !spanWords[w] && !s.x.lx.held[w]
}

// ownEventsBefore reports whether the doer of the verb at token pos is a
// side's own events, counted over all of them: "its attacks have killed",
// "their raids had left". A side's whole toll, not one event's.
func (s *sent) ownEventsBefore(pos int) bool {
	j := pos - 1
	for j >= 0 && s.toks[j].word && (s.is(j, cBeForm) || haveForms[s.word(j)]) {
		j--
	}
	return j >= 1 && s.toks[j].word && ownEvents[s.word(j)] && s.toks[j-1].word && possessives[s.word(j-1)]
}

// ownEvents are the plural nouns of a side's acts of war, and haveForms,
// with the forms of "be", the auxiliaries between them and their verb.
var (
	ownEvents = wordset.Of("attacks bombings raids strikes airstrikes assaults operations campaigns")
	haveForms = wordset.Of("have has had")
)

// spanWords are the plural nouns of time and distance after "in two"
// that make no several events: "killed in two days".
var spanWords = wordset.Of("days weeks months years hours minutes decades nights weekends kilometres kilometers miles metres meters places parts ways cases instances")

// subsetCues are the words before a figure that make it part of another.
var subsetCues = [][]string{{"including"}, {"counting"}, {"among", "them"}, {"among", "whom"}, {"of", "whom"}, {"of", "which"}, {"among"},
	{"the", "last"}, {"the", "first"}, {"the", "other"}} // "All of them had been killed, the last two in the final assault"

// wordsBefore reports whether the n tokens before token i are the words
// ws, lower-cased.
func (s *sent) wordsBefore(i int, ws []string) bool {
	for k, w := range ws {
		if s.word(i-len(ws)+k) != w {
			return false
		}
	}
	return true
}

// negated reports whether the predicate at tokens [from, to) is negated:
// a "near" cue at most three words before it or inside it ("did not take",
// "has not been captured"), or a "clause" cue anywhere before it ("denied
// that its forces had withdrawn").
func (s *sent) negated(from, to int) bool {
	for _, n := range s.negs {
		switch {
		case n.p.val == "clause" && n.to <= from:
			return true
		case n.from >= from && n.to <= to:
			return true
		case n.to <= from && from-n.to <= 3 && s.wordsIn(n.to, from) == from-n.to && !s.joinedIn(n.to, from):
			return true
		}
	}
	return false
}

// rejectedClaim reports whether token pos lies in a claim the sentence
// calls false or rejects: "the hijackers' claim to have killed two people
// was false", "reports that 40 had died are untrue", "rejected the
// government's claim to have taken Morrash". A claim noun stands in the
// eight words before pos, and a verb of rejection before it (its token is
// returned: who rejects is the source), or a form of "be" and a word of
// falsehood after pos (-1). 0 when the claim is not rejected.
func (s *sent) rejectedClaim(pos int) int {
	noun := -1
	for j := pos - 1; j >= 0 && j >= pos-8 && noun < 0; j-- {
		if s.toks[j].word && claimNouns[s.word(j)] {
			noun = j
		}
	}
	if noun < 0 || s.clauseBreak(noun, pos) {
		return 0 // "rejected the figure as invented, saying fewer than 50 ...": the 50 is the ministry's own
	}
	for j := noun - 1; j >= 0 && j >= noun-5; j-- {
		if s.toks[j].word && rejectVerbs[s.word(j)] {
			return j // "rejected the government's claim to have taken Morrash"
		}
		if s.toks[j].word && callVerbs[s.word(j)] {
			for k := pos + 1; k < len(s.toks) && k <= pos+8; k++ {
				if s.toks[k].word && falsehoods[s.word(k)] {
					return j // "called the agency's figure of more than 2,000 “exaggerated”"
				}
			}
		}
	}
	for j := pos + 1; j+1 < len(s.toks) && j <= pos+12; j++ {
		if s.toks[j].word && s.is(j, cBeForm) && s.calledFalse(j+1) {
			return -1
		}
	}
	return 0
}

// calledFalse reports whether the words from token k, after a form of
// "be", call what precedes false: "false", "a fabrication", "simply not
// credible".
func (s *sent) calledFalse(k int) bool {
	for k < len(s.toks) && s.toks[k].word && falseFillers[s.word(k)] {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].word {
		return false
	}
	if falsehoods[s.word(k)] {
		return true
	}
	return s.word(k) == "not" && k+1 < len(s.toks) && s.toks[k+1].word && truths[s.word(k+1)]
}

var (
	falseFillers = wordset.Of("a an simply completely totally entirely clearly plainly")
	truths       = wordset.Of("true credible accurate correct right")
)

// claimant returns who makes a claim named as the actor of what it
// claims: "the gunmen's claim to have killed two" was the gunmen's act,
// if any.
func claimant(actor string) string {
	i := strings.LastIndexByte(actor, ' ')
	if !claimNouns[strings.ToLower(actor[i+1:])] {
		return actor
	}
	if i < 0 {
		return "" // "The figure of 20 ... is a fabrication": a figure does nothing
	}
	head := actor[:i]
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(head, p) {
			head = strings.TrimSuffix(head, p)
			// "rejected the government's claim": the government.
			if k := strings.LastIndex(strings.ToLower(head), "the "); k >= 0 && (k == 0 || head[k-1] == ' ') {
				head = head[k+4:]
			}
			return head
		}
	}
	return actor
}

// claimNouns name what is said, which a sentence may call false;
// falsehoods are what it calls it.
var (
	claimNouns  = wordset.Of("claim claims report reports allegation allegations assertion figure figures estimate toll tally")
	rejectVerbs = wordset.Of("reject rejects rejected rejecting dismiss dismisses dismissed dismissing deny denies denied denying refute refutes refuted")
	falsehoods  = wordset.Of("false untrue baseless unfounded groundless fabricated invented wrong incorrect lies exaggerated inflated overstated fabrication propaganda fiction fantasy nonsense")
	callVerbs   = wordset.Of("call calls called calling describe describes described branded termed")
)

// joinedIn reports whether a conjunction stands among tokens [from, to):
// "denied involvement and accused the army" denies the one, not the other.
func (s *sent) joinedIn(from, to int) bool {
	for j := from; j < to; j++ {
		if s.toks[j].word && s.is(j, cConjunction) {
			return true
		}
	}
	return false
}

// hedgeNear returns the hedge of the sentence nearest token pos, lower
// case; "" when none. A capitalised hedge word in mid-sentence is a name
// ("in May") and is skipped.
func (s *sent) hedgeNear(pos int) string {
	best, bd := "", 1<<30
	for _, h := range s.hedges {
		if h.from > 0 && s.toks[h.from].upper {
			continue
		}
		if d := distance(h.from, h.to, pos, pos+1); d < bd {
			best, bd = s.x.lower[s.toks[h.from].start:s.toks[h.to-1].end], d
		}
	}
	return best
}

// timeNear returns the index in extractor.times of the time expression
// nearest token pos, -1 when none.
func (s *sent) timeNear(pos, cut int) int32 {
	best := -1
	bd := 1 << 30
	at := int(s.toks[min(pos, len(s.toks)-1)].start)
	for i := range s.times {
		e := &s.times[i]
		d := e.Start - at
		if d < 0 {
			d = at - e.End
		}
		if d < bd && !s.earlierFigureTime(e, pos) && !s.afterRemark(pos, e) && (cut == len(s.toks) || s.tokenAt(e.Start) < cut) && !s.inRelative(s.tokenAt(e.Start), pos) {
			best, bd = i, d
		}
	}
	if best < 0 {
		return s.timeThen()
	}
	return int32(s.timeBase + best)
}

// inRelative reports whether token t, a time's, stands in a relative
// clause set off by a comma that token pos, a claim's, is not in: the time
// dates what the clause says of a noun ("Three people are missing under
// a building, which was built in 1964"; "The mayor, who was elected in
// 2029, said 12 people died").
func (s *sent) inRelative(t, pos int) bool {
	if t > pos {
		for k := pos + 1; k+1 < t; k++ {
			if s.relativeOpens(k) {
				return true
			}
		}
		return false
	}
	for k := t - 1; k > 0; k-- {
		if !s.toks[k].word && s.x.in.Doc.Text[s.toks[k].start] == ',' {
			if !s.relativeOpens(k) {
				return false
			}
			for j := t + 1; j < pos; j++ {
				if !s.toks[j].word && s.x.in.Doc.Text[s.toks[j].start] == ',' {
					return true // the clause closes before the claim
				}
			}
			return false
		}
	}
	return false
}

// relativeOpens reports whether token k is a comma that opens a relative
// clause.
func (s *sent) relativeOpens(k int) bool {
	return !s.toks[k].word && s.x.in.Doc.Text[s.toks[k].start] == ',' && k+1 < len(s.toks) && s.toks[k+1].word && relativeWords[s.word(k+1)]
}

// relativeWords open a relative clause after a comma.
var relativeWords = wordset.Of("which who whose where")

// timeThen returns, for a sentence that dates itself only by "at the
// time", the last time expression before it that was pinned to the
// calendar: "In March 2029 the army retook the city. It said at the time
// it had killed 1,150 fighters" is of March 2029, not of the article's
// day. -1 when the sentence says no such thing or no time stands before.
func (s *sent) timeThen() int32 {
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		if s.word(i) != "at" || s.word(i+1) != "the" || s.word(i+2) != "time" || i+3 < n && s.toks[i+3].word && s.word(i+3) == "of" {
			continue
		}
		for j := s.timeBase - 1; j >= 0; j-- {
			if e := &s.x.times[j]; e.Resolved() && !e.Since {
				return int32(j)
			}
		}
		return -1
	}
	return -1
}

// earlierFigureTime reports whether time e dates the figure a count rose
// or fell from, not the count of the claim at token pos: "the toll rose
// to 19, up from 11 on Saturday" (the 11 keeps its Saturday).
func (s *sent) earlierFigureTime(e *timex.Expr, pos int) bool {
	k := s.tokenAt(e.Start) - 1
	if k >= 0 && s.toks[k].word && (s.word(k) == "on" || s.word(k) == "at") {
		k--
	}
	if k < 1 || k == pos || !s.toks[k].word || s.word(k-1) != "from" {
		return false
	}
	_, ok := s.numberAt(k)
	return ok
}

// addendum returns the token at which a clause appended after the
// attribution of the claim at token pos begins, len(s.toks) when there is
// none: the comma of ", adding that ...", of ", and accused ...", or of
// ", and ..." after "the ministry said" ("More than 60 people were
// wounded, the ministry said, adding that two hospitals had been hit:
// ... Harzan National Hospital"). What the appended clause names and
// dates is its own claims', not this one's.
func (s *sent) addendum(pos int) int {
	if !s.cutsRead {
		s.readCuts()
	}
	for _, c := range s.cuts {
		if int(c.tok) > pos && (c.always || int(c.said) > pos) {
			return int(c.tok)
		}
	}
	return len(s.toks)
}

// readCuts fills s.cuts: every claim and figure of the sentence asks
// addendum, so the sentence is read for them once. Most sentences have no
// such comma, and only its commas are looked at until one is found.
func (s *sent) readCuts() {
	s.cutsRead, s.cuts = true, s.cutBuf[:0]
	for j := 1; j+1 < len(s.toks) && len(s.cuts) < len(s.cutBuf); j++ {
		if s.toks[j].word || !s.toks[j+1].word || s.word(j) != "," {
			continue
		}
		w := s.word(j + 1)
		always := w == "adding" || w == "and" && j+2 < len(s.toks) && s.toks[j+2].word && saidMore[s.word(j+2)]
		if always || appended[w] {
			s.cuts = append(s.cuts, cutAt{int32(j), int32(s.lastSaid(j)), always})
		}
	}
}

// lastSaid returns the last speech verb before token j, -1 for none.
func (s *sent) lastSaid(j int) int {
	for k := j - 1; k >= 0; k-- {
		if s.toks[k].word && saidWords[s.word(k)] {
			return k
		}
	}
	return -1
}

// appended are the words that open a clause after an attribution;
// saidMore, the verbs after ", and" with which a source goes on to say
// something else ("said 85 trucks a day had entered, and accused the UN
// of ...").
var (
	appended = wordset.Of("and but while adding")
	saidMore = wordset.Of("accused added warned denied urged insisted called said says blamed rejected dismissed")
)

// entsBefore returns how many of the sentence's first n entity IDs
// (s.ents, in the order of their first mentions) are first mentioned
// before token cut.
// saidAfter returns the token after the first verb of saying ("said",
// "told", "added") at or after token to when the words after it run to
// the end of the sentence with no comma: they tell who spoke and where,
// not what the claim is about ("..., Osterby said at a news conference
// in Drevno", "..., said NCS spokesman Pavel Roos"). Else len(s.toks):
// "..., the ministry said, after two more bodies were found in Vasko".
func (s *sent) saidAfter(to int) int {
	for _, m := range s.speech {
		if m.from < to || !saidWords[s.word(m.from)] {
			continue
		}
		text := s.x.in.Doc.Text
		for k := m.to; k < len(s.toks); k++ {
			if t := s.toks[k]; !t.word && strings.ContainsAny(text[t.start:t.end], ",;:—") {
				if k > m.to && text[t.start] == ',' && s.describesSpeaker(k+1) {
					return m.to // "..., said Dr. Leyla Osmani, the coordinator of the clinic run by Open Hands"
				}
				return len(s.toks)
			}
		}
		return m.to
	}
	return len(s.toks)
}

// describesSpeaker reports whether token k, after the comma that ends
// the speaker's name, opens a description of the speaker: "the medical
// coordinator at ...", "a spokesman for ...", "who heads ...".
func (s *sent) describesSpeaker(k int) bool {
	if k >= len(s.toks) || !s.toks[k].word {
		return false
	}
	switch s.word(k) {
	case "the", "a", "an", "its", "their", "his", "her", "who", "which":
		return true
	}
	return false
}

func (s *sent) entsBefore(cut int, n int32) int32 {
	if cut >= len(s.toks) || n == 0 {
		return n
	}
	var k int32
	for i, m := range s.ments {
		if s.mtoks[i][0] >= cut {
			break
		}
		if k < n && m.Entity == s.ents[k] {
			k++
		}
	}
	return k
}

// afterRemark reports whether time e stands in a remark appended after
// the attribution of the claim at token pos, which dates something else:
// "Twelve people have died, Sollis said, a toll that matches the one
// published earlier on Monday".
func (s *sent) afterRemark(pos int, e *timex.Expr) bool {
	te := s.tokenAt(e.Start)
	said := false
	for j := pos + 1; j+3 < te; j++ {
		switch {
		case s.toks[j].word && saidWords[s.word(j)]:
			said = true
		case said && !s.toks[j].word && s.word(j) == "," && s.is(j+1, cArticle):
			w2, w3 := s.word(j+3), s.word(j+4)
			return w2 == "that" || w2 == "which" || w3 == "that" || w3 == "which"
		}
	}
	return false
}

// numberAt returns the number token i writes, in digits or in words.
func (s *sent) numberAt(i int) (float64, bool) {
	t := s.toks[i]
	if n, ok := quantity.ParseNumber(s.x.in.Doc.Text[t.start:t.end]); ok {
		return n, true
	}
	return quantity.ParseWords(s.word(i))
}

// scope says whether a claim with predicate p at token pos covers a whole
// war or period: "total" when a total cue stands anywhere in the sentence
// ("since the war began") or when the nearest cue before pos is a war noun
// or an opening "since" ("the conflict has left ... dead", "Since March,
// ... displaced"), "" when it is an operation noun ("the offensive left
// ... dead") or there is none. Only tolls, figures and states get a scope.
func (s *sent) scope(p Predicate, pos int, hasFigure bool) string {
	switch p {
	case Kill, Injure, Displace, Capture, HoldControl:
	default:
		if !hasFigure {
			return ""
		}
	}
	if s.separate() {
		return "separate"
	}
	if hasFigure && s.severalEvents(pos) {
		return "several"
	}
	if hasFigure && isToll(p) && s.ownEventsBefore(pos) {
		return "total" // "its attacks have killed more than 300 people"
	}
	nearest := ""
	cut := s.addendum(pos) // "Six were missing, the FSCD said, and 71 had been injured in total"
	for _, m := range s.scopes {
		if m.from >= cut || m.from >= s.apposFrom && m.to <= s.apposTo || s.inName(m.from) {
			continue // "the SCM, a group that tracks the war ..., said": the source's words; "Sarvania Conflict Monitor"
		}
		if m.p.val == "total" && !s.daysAfter(m.to) {
			return "total"
		}
		if m.p.val == "aftershock" && m.from-pos <= 4 && pos-m.from <= 4 {
			// "a magnitude 5.1 aftershock", "an aftershock of magnitude
			// 5.1": the figure is of another, smaller quake.
			return "aftershock"
		}
		if m.from < pos && m.p.val != "none" {
			nearest = m.p.val
		}
	}
	if nearest == "whole" || nearest == "period" || hasFigure && isToll(p) && s.sinceYear(pos) {
		return "total"
	}
	return ""
}

// daysAfter reports whether a day or a few stand right after token i
// ("since the fighting began on Tuesday", "… last week"): the fighting
// is this episode's, not a whole war's.
func (s *sent) daysAfter(i int) bool {
	for k := range s.times {
		e := &s.times[k]
		if j := s.tokenAt(e.Start); j >= i && j <= i+1 {
			return e.Kind == timex.KindWeekday || e.Kind == timex.KindDate || e.Kind == timex.KindRelative
		}
	}
	return false
}

// isToll reports whether p's counts add up over time: a count of
// hostages "held since 2016" is of the same few people, not a total.
func isToll(p Predicate) bool {
	return p == Kill || p == Injure || p == Displace
}

// sinceYear reports whether the figure at token pos is counted since a
// year in its own clause ("more than 1,300 have died on the crossing
// since 2028"): a total over years, not the toll of one event. Not when
// a "none" cue takes the "since" ("the deadliest since 2019") or a comma
// parts them ("two were killed, according to the firm, which has run the
// mine since 2019").
func (s *sent) sinceYear(pos int) bool {
	for i := range s.times {
		e := &s.times[i]
		if !e.Since || e.Kind != timex.KindYear || s.noneCovers(e.Start) {
			continue
		}
		if j := s.tokenAt(e.Start); j > pos && !s.punctIn(pos, j) {
			return true
		}
	}
	return false
}

// punctIn reports whether a mark stands among tokens [from, to).
func (s *sent) punctIn(from, to int) bool {
	for j := from; j < to && j < len(s.toks); j++ {
		if !s.toks[j].word {
			return true
		}
	}
	return false
}

// noneCovers reports whether a "none" scope cue spans byte offset at.
func (s *sent) noneCovers(at int) bool {
	for _, m := range s.scopes {
		if m.p.val == "none" && int(s.toks[m.from].start) <= at && at < int(s.toks[m.to-1].end) {
			return true
		}
	}
	return false
}

// hasInt and hasPredicate are slices.Contains on ints and predicates:
// loops, where each would be a generic function of the wasm.
func hasInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func hasPredicate(ps []Predicate, p Predicate) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// clockClaims appends a claim for each time of day the sentence states as
// when something happened ("The outage began at 4:20 p.m."): reports of
// one event that agree on its minute are one account, whatever verbs and
// names they use. Its source, place and day are read as a figure's are,
// at the time's first word.
func (s *sent) clockClaims(out []Claim, clocks []timex.Clock) []Claim {
	for _, k := range clocks {
		c := s.newClaim(nil, s.tokenAt(k.Start))
		c.Kind, c.Predicate = Event, At
		k.Text = s.x.in.Doc.Text[k.Start:k.End] // as written, not lower-cased
		c.Clock = &k
		out = append(out, c)
	}
	return out
}
