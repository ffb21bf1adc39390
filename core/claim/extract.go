package claim

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/sorts"
	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"github.com/crosscheck/crosscheck/core/lexicon"
	"github.com/crosscheck/crosscheck/core/quantity"
	"github.com/crosscheck/crosscheck/core/sentence"
	"github.com/crosscheck/crosscheck/core/timex"
)

// Limits on how many claims one sentence gives, so that a long list of
// places or figures does not drown the comparison.
const (
	maxEventsPerSentence  = 3 // event or statement claims, one per predicate class
	maxFiguresPerSentence = 6 // quantity claims, one per figure
	maxFigureDistance     = 10
)

// weak predicates make a claim only when a sentence has no other: in
// "Supported by Russia, the army took the town" the claim is the taking.
var weak = map[Predicate]bool{Support: true, Announce: true}

// extractor holds what the sentences of one article share.
type extractor struct {
	in       Input
	lx       *lists
	lower    string           // Doc.Text with ASCII lower-cased
	split    []tokens.Token   // Doc.Text split into tokens for quantity and timex; each sentence's tokens are joined from them
	mentions []entity.Mention // sorted by Start
	// figs and times are the article's figures and time expressions,
	// found once over the whole text (one scanner set-up, not one per
	// sentence), in text order, in pooled buffers: the claims point at
	// them while the sentences are read, by index (claimRef), and finish
	// copies out the few they use.
	figs  []quantity.Quantity
	times []timex.Expr
	// clocks are the article's times of day, found the same way; clockAt
	// is where the last sentence's began.
	clocks  []timex.Clock
	clockAt int
	*bufs   // scratch space, reused by each sentence
	// lastSource is the source of the previous sentence of paragraph
	// lastLine, for "It also said that ...".
	lastSource string
	lastLine   int
	// lastPlace is the place of the last placed claim of paragraph
	// placeLine, where "there" points: "warplanes struck a market in X.
	// Volunteers said nine people died there."
	lastPlace string
	placeLine int
	// sitePlaces holds the place of each site the article has placed so
	// far ("the airport of X"), for its later bare mentions ("the
	// airport"); nil until one is.
	sitePlaces map[string]string
	// measures holds, for each unit the article has counted with a
	// measure ("700 tonnes of crude had escaped": tonne, spilled), the
	// last such measure, for an estimate of the unit that names none
	// ("maintained its estimate of 3,400 tonnes").
	measures [][2]string
	// timeAt, figAt and mentionAt are where the last sentence's time
	// expressions, figures and mentions began: every item before starts
	// before the sentences still to read.
	timeAt, figAt, mentionAt int
}

// Extract returns the claims of one article in text order, IDs unset.
// Only sentences of body paragraphs are read, and headings that state a
// fact in a sentence (see isFactualHeading); a sentence gives a claim per
// figure and per predicate class it states (see doc.go).
func Extract(in Input) []Claim {
	claims, _ := ExtractYears(in)
	return claims
}

// ExtractYears is Extract that also returns what timex.Years(in.Doc.Text)
// would, from the time expressions Extract finds anyway: a caller that
// needs both (core.Analyze, to guess an article's date) saves a second
// scan of the text. The years do not depend on in.Date.
func ExtractYears(in Input) ([]Claim, []int) {
	// One lower-cased copy for quantity, timex and the lexicons, and one
	// split into tokens for quantity, timex and the sentences.
	toks := tokens.New(in.Doc.Text, in.Lower)
	defer toks.Release()
	x := &extractor{in: in, lx: lexicons(), lower: toks.Lower, split: toks.Split(), mentions: in.Mentions}
	x.bufs = getBuffers()
	defer putBuffers(x.bufs)
	x.figs = quantity.FindTokensTo(x.figBuf, toks)
	x.times = timex.FindTokensTo(x.timeBuf, toks, in.Date)
	x.figBuf, x.timeBuf = x.figs, x.times
	x.clocks = timex.ClocksTokens(x.lower, x.split, nil) // most articles state none: nothing is allocated
	if !byStart(x.mentions) {
		x.mentions = append([]entity.Mention(nil), x.mentions...)
		sorts.SortStableFunc(x.mentions, func(a, b entity.Mention) int { return a.Start - b.Start })
	}
	spans := sentence.AppendSplit(x.spans[:0], in.Doc.Text)
	x.spans = spans
	// Claims gather in a pooled buffer and are copied out once: sized
	// by the sentences, a fresh slice was several times larger than the
	// claims it ended up holding.
	out := x.claims[:0]
	paras := in.Doc.Paras
	pi := 0
	for _, sp := range spans {
		for pi < len(paras) && paras[pi].End <= sp.Start {
			pi++
		}
		if pi == len(paras) || sp.Start < paras[pi].Start || sp.End > len(in.Doc.Text) || sp.Start >= sp.End {
			continue
		}
		p := paras[pi]
		if p.Role != clean.RoleBody && p.Role != clean.RoleHeading {
			continue
		}
		if lead := p.Start + p.Lead; sp.Start < lead {
			// A dateline's place is no subject: "KYIV, March 3
			// (Reuters) - Russia said ..." is read from "Russia".
			if sp.End <= lead {
				continue
			}
			sp.Start = lead
		}
		out = x.sentence(out, sp, p)
	}
	x.claims = out
	return x.finish(out), timex.YearsOf(x.times)
}

// claimRef is what a claim of the pooled buffer will point at once
// copied out: indexes into extractor.times and figs, -1 for none, and the
// span of its entity IDs in bufs.ents.
type claimRef struct {
	time, fig      int32
	entFrom, entTo int32
	aside          string // an entity that only describes the source, left out of Entities
	named          string // an entity the object names from an earlier sentence ("the town"), added to them
}

// finish copies the claims out of the pooled buffer, with their entity
// IDs, time expressions and figures in one new slice each for the whole
// article: the claims of a sentence share its entity IDs, and claims in a
// row near the same time expression share one copy of it. Nothing changes
// them once extracted.
func (x *extractor) finish(out []Claim) []Claim {
	claims := append(make([]Claim, 0, len(out)), out...)
	nTimes, nFigs, last := 0, 0, int32(-1)
	for _, r := range x.refs {
		if r.time >= 0 && r.time != last {
			nTimes, last = nTimes+1, r.time
		}
		if r.fig >= 0 {
			nFigs++
		}
	}
	// Made at their final size, so that appending moves nothing the
	// claims already point at.
	ents := append([]string(nil), x.entArena...)
	times, figs, last := make([]timex.Expr, 0, nTimes), make([]quantity.Quantity, 0, nFigs), int32(-1)
	for i, r := range x.refs {
		c := &claims[i]
		if r.entTo > r.entFrom {
			c.Entities = ents[r.entFrom:r.entTo:r.entTo]
			if r.aside != "" {
				c.Entities = without(c.Entities, r.aside)
			}
		}
		if r.named != "" && !slices.Contains(c.Entities, r.named) {
			c.Entities = append(slices.Clip(c.Entities), r.named)
		}
		if r.time >= 0 {
			if r.time != last {
				times, last = append(times, x.times[r.time]), r.time
			}
			c.Time = &times[len(times)-1]
		}
		if r.fig >= 0 {
			figs = append(figs, x.figs[r.fig])
			c.Figure = &figs[len(figs)-1]
		}
	}
	return claims
}

// sent is the analysis of one sentence.
type sent struct {
	x          *extractor
	start, end int // byte span in Doc.Text
	para       clean.Para
	toks       []token
	opens      []int32 // the tokens that open a phrase of some list (see lists.lookup)
	preds      []match
	figs       []figure // the figures worth a claim (figures), in the extractor's buffer
	speech     []match
	hedges     []match
	negs       []match
	scopes     []match
	quotes     [][2]int // token ranges inside quotation marks
	ments      []entity.Mention
	mtoks      [][2]int // per mention: its first token and the token after it
	ents       []string // entity IDs of ments, each once
	has        uint8    // bit id set when a word opens a phrase of list id (see lists.lookup)
	// entFrom and entTo are the span of ents in bufs.entArena, where the
	// first claim that needs them copies them: equal when not yet copied.
	entFrom, entTo int32
	times          []timex.Expr // spans in Doc.Text
	timeBase       int          // the index of times[0] in extractor.times
	source         string
	speaker        string // who speaks for the source tailSubject last found, if named
	aside          string // a place that only describes the source tailSubject last found ("based in Britain")
	// apposFrom and apposTo are the tokens of the apposition that
	// describes the source, when tailSubject skipped one holding a
	// relative clause (", a group that tracks the war,"): its words
	// are not the claim's scope. Both 0 when none.
	apposFrom, apposTo int
	doer               string // the actor of a counted gain a second verb of ground shares (see picks)
	doerOf             int    // the match that shares it
	headline           bool   // a heading, or a body line that reads as one
	// objSite and objPlace are the site object's words and place entity
	// that the last call of object found ("the airport of X"), for
	// newClaim; empty when it found none.
	objSite, objPlace string
	// cuts are the commas where a clause appended after an attribution
	// may begin (see addendum), read once, on first use.
	cuts     []cutAt
	cutBuf   [4]cutAt
	cutsRead bool
}

// cutAt is a comma that may open an appended clause: its token, the last
// speech verb before it (-1 for none), and whether it opens one whatever
// stands before (", adding that", ", and accused").
type cutAt struct {
	tok, said int32
	always    bool
}

// sentence appends the claims of sentence sp of paragraph p to out.
func (x *extractor) sentence(out []Claim, sp sentence.Span, p clean.Para) []Claim {
	text := x.in.Doc.Text
	if isQuestion(text[sp.Start:sp.End]) {
		return out
	}
	x.toks = fromSplit(x.toks[:0], text, x.split, sp.Start, sp.End)
	s := &x.bufs.sent
	*s = sent{x: x, start: sp.Start, end: sp.End, para: p, toks: x.toks, doerOf: -1}
	i, j := within(len(x.times), x.timeAt, sp.Start, sp.End, func(k int) (int, int) { return x.times[k].Start, x.times[k].End })
	x.timeAt = i
	s.times, s.timeBase = x.times[i:j], i
	s.headline = p.Role == clean.RoleHeading || isHeadline(text, sp, p)
	if !s.worthReading() {
		return out
	}
	s.has, x.opens = x.lx.lookup(x.lower, s.toks, x.opens[:0])
	s.opens = x.opens
	x.matches = x.matches[:0]
	if s.has&(1<<verbList) != 0 {
		x.matches = x.lx.scan(x.matches, verbList, x.lower, s.toks, s.opens)
	}
	s.preds = s.keepFacts(x.matches)
	if s.headline && !s.hasVerb() {
		return out
	}
	figs := s.figures()
	s.figs = figs
	i, j = within(len(x.clocks), x.clockAt, sp.Start, sp.End, func(k int) (int, int) { return x.clocks[k].Start, x.clocks[k].End })
	x.clockAt = i
	clocks := x.clocks[i:j]
	if len(s.preds) == 0 && len(figs) == 0 && len(clocks) == 0 {
		x.noteSource(s, p)
		return out
	}
	s.analyse()
	var picks [maxEventsPerSentence]int
	pick := s.picks(picks[:0], figs)
	first := len(out)
	out = s.figureClaims(out, figs)
	out = s.eventClaims(out, pick)
	for i := len(out) - 1; i >= first; i-- {
		if out[i].Place != "" {
			x.lastPlace, x.placeLine = out[i].Place, p.Line
			break
		}
	}
	out = s.clockClaims(out, clocks) // a time's place is no place "there" points to: it is read near the time
	if s.source != "" {
		x.lastSource, x.lastLine = s.source, p.Line
	}
	return out
}

// noteSource keeps who speaks in a sentence that states no claim, for a
// pronoun in the next: "The rebels' spokesman, Selim Ardaq, said the
// figures were invented. He said 40 men had been captured": Ardaq said so.
func (x *extractor) noteSource(s *sent, p clean.Para) {
	if s.has&(1<<speechList) == 0 {
		return
	}
	s.readAux(speechList) // who speaks is all it needs: no hedges, negations, scopes or topics
	s.readMentions()
	if src, _ := s.sourceNear(0); src != "" {
		x.lastSource, x.lastLine = src, p.Line
	}
}

// isQuestion reports whether a sentence asks rather than states: its
// last rune a "?", closing quotes, brackets and spaces aside. Written out:
// strings.TrimRight with a cutset of non-ASCII quotes took its slow path
// for every sentence.
func isQuestion(st string) bool {
	for st != "" {
		r, n := utf8.DecodeLastRuneInString(st)
		switch r {
		case ' ', '"', '\'', '”', '’', '»', ')':
			st = st[:len(st)-n]
			continue
		}
		return r == '?'
	}
	return false
}

// worthReading reports whether the sentence can state a fact at all: four
// words or more, not a run of hashtags ("#war #city #toll"), and, in a
// heading, written as a sentence (a subtitle "The capital has been under
// army control since March", not a Title Case Headline).
func (s *sent) worthReading() bool {
	words, hashes, caps := 0, 0, 0
	for i, t := range s.toks {
		if !t.word {
			if s.x.in.Doc.Text[t.start] == '#' {
				hashes++
			}
			continue
		}
		words++
		if i > 0 && t.upper && t.end-t.start > 3 {
			caps++
		}
	}
	if words < 4 || hashes >= 3 {
		return false
	}
	if s.headline {
		return words >= 5 && caps*2 < words
	}
	return true
}

// isHeadline reports whether sentence sp is a whole paragraph that reads
// as a heading: short and without final punctuation ("Support for the
// army from abroad" between two paragraphs of a page with no blank lines).
func isHeadline(text string, sp sentence.Span, p clean.Para) bool {
	if strings.TrimSpace(text[p.Start:p.End]) != text[sp.Start:sp.End] || sp.End-sp.Start > 100 {
		return false
	}
	last := text[sp.End-1]
	return last != '.' && last != '!' && last != '"' && !strings.HasSuffix(text[sp.Start:sp.End], "”") &&
		!strings.HasSuffix(text[sp.Start:sp.End], "»")
}

// hasVerb reports whether a heading states a fact with a verb: an
// auxiliary ("has been under army control"), or a predicate in a verb form
// ("Rebels seized ...", "Army retakes ..."), not a noun ("Support for the
// army").
func (s *sent) hasVerb() bool {
	for i, t := range s.toks {
		if w := s.word(i); t.word && (s.is(i, cBeForm) || w == "has" || w == "have") {
			return true
		}
	}
	for _, m := range s.preds {
		w := s.word(m.from)
		if m.p.flags&flagNoun == 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || irregularPast[w]) {
			return true
		}
	}
	return false
}

// irregularPast are past tenses of predicate verbs that do not end in -ed.
var irregularPast = wordset.Of("took fell lost held began struck fled withdrew overran retook won left drove sent")

// modifiers returns the words that stand between an article or a
// preposition and a noun of attack: demonyms ("in Israeli strikes", "with
// Russian support") and nounModifiers.
func modifiers() map[string]bool {
	m := wordset.Of(nounModifiers)
	for _, r := range lexicon.Rows("demonyms_en.tsv") {
		m[strings.ToLower(r[0])] = true
	}
	return m
}

// nounModifiers are weapons and the words news puts before "attack",
// "strikes", "raid" ("killed in air strikes", "a fresh drone attack").
const nounModifiers = "air airstrike drone missile rocket artillery mortar suicide bomb car gas chemical naval aerial " +
	"ground cyber knife gun terror terrorist militant rebel insurgent retaliatory surprise joint deadly fresh new renewed " +
	"major massive heavy fierce separate suspected overnight coordinated failed botched night dawn"

// articles before a one-word predicate make it an adjective: "the
// besieged town", "a displaced family".
var articles = wordset.Of("the a an")

// keepFacts drops predicate matches that state an aim, not a fact: "began
// an assault to take the city" (a purpose) keeps "began an assault" but
// not "take", while "managed to take" and "claimed to control" stay. It
// also drops adjectives ("the besieged town") and words of names ("Red
// Dead Redemption").
func (s *sent) keepFacts(ms []match) []match {
	out := ms[:0] // filtered in place
	for _, m := range ms {
		if s.isPurpose(m.from) || m.to-m.from == 1 && s.nounUse(m.from) || s.inName(m.from) || s.hazardStrike(m) || s.fellToFigure(m) || s.inWhether(m.from) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// inWhether reports whether the predicate at token i stands in a clause
// opened by "whether" ("He would not say whether troops had lost the
// field"): a question asked, not a fact told.
func (s *sent) inWhether(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		if !s.toks[j].word {
			return false
		}
		if s.word(j) == "whether" {
			return true
		}
	}
	return false
}

// fellToFigure reports whether m is "fell to" or "fallen to" before a
// figure: a count that came down ("that number had fallen to roughly
// 96,000"), not a place taken ("the town fell to the rebels"); or
// "reached" before one, a count that rose, not a place entered.
func (s *sent) fellToFigure(m match) bool {
	fell := m.to-m.from == 2 && s.word(m.to-1) == "to" && strings.HasPrefix(s.word(m.from), "f")
	reached := m.to-m.from == 1 && strings.HasPrefix(s.word(m.from), "reach") // "the number killed has reached 31"
	if !fell && !reached {
		return false
	}
	if m.to >= len(s.toks) {
		return false
	}
	// A figure the quantity stage read, bound words and all ("roughly
	// 96,000"), starts right after "to".
	at := int(s.toks[m.to].start)
	qi, qj := within(len(s.x.figs), s.x.figAt, s.start, s.end, func(k int) (int, int) { return s.x.figs[k].Start, s.x.figs[k].End })
	for _, q := range s.x.figs[qi:qj] {
		if q.Start == at {
			return true
		}
	}
	return false
}

// hazardStrike reports whether attack match m has a natural hazard for
// subject, in the words of its clause just before it: "a magnitude 6.8
// earthquake struck the north", "the storm that hit the coast". Such a
// strike is no attack; its toll and figures are claims of their own.
func (s *sent) hazardStrike(m match) bool {
	if m.p.val != string(Attack) {
		return false
	}
	for j := m.from - 1; j >= 0 && j >= m.from-6 && s.toks[j].word; j-- {
		if s.x.lx.hazards[s.word(j)] {
			return true
		}
	}
	return false
}

// nounUse reports whether the one-word predicate at token i is used as a
// noun: after an article ("the control of"), after a preposition other
// than "to" unless it is a gerund ("voted for control of", but "after
// seizing the town"), or, for the base form "control", after "and", "or"
// or "than" ("prevention and control centre", "than control vehicles").
func (s *sent) nounUse(i int) bool {
	if i == 0 || !s.toks[i-1].word {
		return false
	}
	w := s.word(i)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		// "killed in air strikes", "in a fresh drone attack": up to two
		// modifiers between the article or preposition and the noun.
		for j := i - 1; j >= i-2 && j > 0 && s.toks[j].word && s.is(j, cModifier); j-- {
			if s.toks[j-1].word && (s.is(j-1, cArticle) || s.is(j-1, cPreposition) && s.word(j-1) != "to") {
				return true
			}
		}
	}
	if i >= 2 && s.word(i-2) == "to" && s.toks[i-2].word && s.toks[i-1].word && !s.isAdverb(i-1) && !s.is(i-1, cVerbish) && !strings.HasSuffix(w, "s") {
		return true // "a challenge to government control of the region": no infinitive has a noun after "to"
	}
	prev := s.word(i - 1)
	switch {
	case s.is(i-1, cArticle):
		return true
	case possessive(prev) && !strings.HasSuffix(w, "ed"):
		return true // "the town's last functioning clinic", "its attack on"
	case s.is(i-1, cPreposition) && prev != "to":
		return !strings.HasSuffix(w, "ing")
	}
	return w == "control" && (prev == "and" || prev == "or" || prev == "than")
}

// possessive reports whether lower-case word w is a possessive: "its",
// "their", "his", "her", "our", or a noun in 's ("town's", "rebels'").
func possessive(w string) bool {
	switch w {
	case "its", "their", "his", "her", "our":
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || len(w) > 2 && strings.HasSuffix(w, "s'")
}

// inName reports whether the predicate at token i is part of a name: a
// capitalised word with a word before it in the sentence ("Red Dead
// Redemption 2", "the Black Death", "they include: Attack on Titan").
// A capital that opens the sentence, and words in capitals, are not names.
func (s *sent) inName(i int) bool {
	t := s.toks[i]
	if !t.upper || t.end-t.start < 2 {
		return false
	}
	if c := s.x.in.Doc.Text[t.start+1]; c < 'a' || c > 'z' {
		return false // "KILLED" in a headline, or not ASCII
	}
	for j := i - 1; j >= 0; j-- {
		if s.toks[j].word {
			return true
		}
	}
	return false
}

// isPurpose reports whether the predicate at token i is an infinitive of
// purpose: "to" before it (an adverb may stand between) and no factive
// verb ("managed", "able", "allowed government forces") in the four words
// before "to".
func (s *sent) isPurpose(i int) bool {
	j := s.toBefore(i)
	if j < 0 {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4 && s.toks[k].word; k-- {
		if s.is(k, cFactive) {
			return false
		}
	}
	return true
}

// toBefore returns the token of the "to" that stands right before token
// i, an adverb in "-ly" allowed between ("to officially announce"); -1
// if none.
func (s *sent) toBefore(i int) int {
	j := i - 1
	if j > 0 && s.toks[j].word && strings.HasSuffix(s.word(j), "ly") {
		j--
	}
	if j < 0 || !s.toks[j].word || s.word(j) != "to" {
		return -1
	}
	return j
}

// word returns token i lower-cased.
func (s *sent) word(i int) string {
	t := s.toks[i]
	return s.x.lower[t.start:t.end]
}

// figure is a quantity of the sentence with its tokens and predicate.
type figure struct {
	q        *quantity.Quantity // in extractor.figs: a pointer, since figures are passed by value
	idx      int                // the index of q in extractor.figs
	from, to int                // token range
	pred     int                // index into s.preds, -1 when none
	dist     int
}

// figures returns the sentence's figures worth a claim: not a year, not
// inside a word ("M5"), not a time expression, and either counting
// something (a unit or measure) or standing near a predicate. A duration
// ("two days") is kept only for "lasted".
func (s *sent) figures() []figure {
	st := s.x.in.Doc.Text[s.start:s.end]
	qi, qj := within(len(s.x.figs), s.x.figAt, s.start, s.end, func(k int) (int, int) { return s.x.figs[k].Start, s.x.figs[k].End })
	s.x.figAt = qi
	if qi == qj {
		return nil
	}
	out := s.x.sentFigs[:0]
	defer func() { s.x.sentFigs = out }()
	for k := qi; k < qj; k++ {
		q := &s.x.figs[k]
		a, b := q.Start-s.start, q.End-s.start // in st
		if a < 0 || b > len(st) || a >= b || s.overlapsTime(a, b) {
			continue
		}
		if a > 0 && isASCIIWord(st[a-1]) || b < len(st) && isASCIILetter(st[b]) && q.Unit == "" {
			continue
		}
		f := figure{q: q, idx: k, from: s.tokenAt(q.Start), to: s.tokenAfter(q.End), pred: -1, dist: math.MaxInt}
		if isYear(q) || s.rejected(f.from, f.to) || f.from > 0 && s.severalAt(f.from-1) {
			continue
		}
		cut := s.addendum(f.from) // "Six were missing, the FSCD said, and 71 had been injured": not the six's verb
		for i, m := range s.preds {
			if m.from >= cut {
				break
			}
			if at := s.partAt(m.from); at >= 0 && at > f.from {
				continue // "About 1,800 civilians, among them 96 wounded, were evacuated": the wounded are 96's
			}
			d := distance(m.from, m.to, f.from, f.to)
			if d < f.dist {
				f.pred, f.dist = i, d
			}
		}
		s.estimated(q, f.from)
		if !s.keepFigure(&f) {
			continue
		}
		out = append(out, f)
		if len(out) == maxFiguresPerSentence {
			break
		}
	}
	return s.dropSuperseded(out)
}

// estimated gives figure q, starting at token from, the measure the
// article last gave its unit when the words right before it call it an
// estimate and it has no measure of its own: "now speaks of 3 400
// tonnes", "rejected a government figure of at least 5,000 tonnes" after
// "700 tonnes of crude had escaped"; not "its estimate that about 48,000
// people lived in the camp". A figure with a measure is noted for those
// after it.
func (s *sent) estimated(q *quantity.Quantity, from int) {
	if q.Unit == "" {
		return
	}
	if q.Measure != "" {
		for i := range s.x.measures {
			if s.x.measures[i][0] == q.Unit {
				s.x.measures[i][1] = q.Measure
				return
			}
		}
		s.x.measures = append(s.x.measures, [2]string{q.Unit, q.Measure})
		return
	}
	if from < 2 || !s.toks[from-1].word || !s.toks[from-2].word || s.word(from-1) != "of" && s.word(from-1) != "at" || !estimateNouns[s.word(from-2)] {
		return
	}
	for _, um := range s.x.measures {
		if um[0] == q.Unit {
			q.Measure = um[1]
		}
	}
}

// estimateNouns, before "of" or "at" and a figure, give it as an estimate
// of what the article counted before: "its estimate of 3,400 tonnes", "a
// government figure of 5,000 tonnes", "now speaks of 3 400 tonnes".
var estimateNouns = wordset.Of("estimate estimates figure figures tally count assessment speaks spoke spoken")

// dropSuperseded removes a figure that an earlier report gave when the
// sentence also gives the count that replaced it: "The ministry, which
// had earlier given a toll of 16, said 17 people had died" claims 17.
// Alone ("Officials had initially reported 12 dead") the figure stays.
func (s *sent) dropSuperseded(figs []figure) []figure {
	if len(figs) < 2 {
		return figs
	}
	var early uint64 // by index: the figures an earlier report gave
	for i := range figs {
		if s.earlierReport(figs[i].from) {
			early |= 1 << i
		}
	}
	if early == 0 {
		return figs
	}
	var drop uint64
	for i := range figs {
		for j := range figs {
			if early&(1<<i) != 0 && early&(1<<j) == 0 && figs[j].q.Measure == figs[i].q.Measure {
				drop |= 1 << i
			}
		}
	}
	out := figs[:0]
	for i, f := range figs {
		if drop&(1<<i) == 0 {
			out = append(out, f)
		}
	}
	return out
}

// earlierReport reports whether the figure at token pos is one an earlier
// report gave: "earlier", "previously", "initially" or "first" and then a
// verb or noun of reporting ("had earlier given a toll of", "the initial
// estimate of", "previously reported") in the six words before it.
func (s *sent) earlierReport(pos int) bool {
	marked := false
	for k := max(0, pos-6); k < pos; k++ {
		switch w := s.word(k); {
		case earlierMarks[w]:
			marked = true
		case marked && reportWords[w]:
			return true
		}
	}
	return false
}

var (
	earlierMarks = wordset.Of("earlier previously initially first previous initial original originally")
	reportWords  = wordset.Of("given gave put reported announced stated estimate estimated toll figure count tally")
)

// partAt returns the comma that opens the part set off around token i
// (", among them 96 wounded,", ", including 12 children,"), -1 when i is
// in none.
func (s *sent) partAt(i int) int {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if !s.toks[k].word {
			if s.x.in.Doc.Text[s.toks[k].start] == ',' && (s.word(k+1) == "among" || s.word(k+1) == "including") {
				return k
			}
			return -1
		}
	}
	return -1
}

// rejected reports whether the figure at tokens [i, j) is one the
// sentence denies and gives nobody for: "more than 30 could still be
// missing, not nine", "200 prisoners, not the 240 announced". "Not eight
// as the government has said" is the government's figure. A bound that
// opens with "not" ("not less than 20") is part of the figure, so "not"
// is never right before it.
func (s *sent) rejected(i, j int) bool {
	if j < len(s.toks) && s.word(j) == "as" {
		return false
	}
	if i >= 2 && s.word(i-1) == "the" {
		i--
	}
	return i >= 1 && s.word(i-1) == "not"
}

// keepFigure reports whether figure f makes a claim, unpairing it from
// its predicate when it is not that predicate's argument. A figure is kept
// when it is the subject or object of its predicate ("captured around 70
// towns", "88 areas were captured"), when it counts people and the
// sentence reports casualties ("left 412 dead, ... but also at least 61
// civilians"), when quantity gave it a measure, or when it has a unit and
// the sentence has no predicate at all ("the front is 10 km from the
// city"). Not: "reached the city after two car bomb attacks", "four
// governments called for", durations but for "lasted", how often ("two or
// three times").
func (s *sent) keepFigure(f *figure) bool {
	var cls Predicate
	if f.pred >= 0 {
		cls = Predicate(s.preds[f.pred].p.val)
	}
	if s.isDuration(*f) {
		return cls == Last
	}
	if f.pred >= 0 && f.q.Measure != "" && s.measureClass(f.q.Measure) != cls && s.relativeVerb(s.preds[f.pred].from) {
		f.pred = -1 // "28 pupils who were abducted ... have escaped": the clause's own verb says what the 28 did
		return true
	}
	if f.q.Unit == "time" {
		return false // "displaced two or three times", "rose four times": how often, no count of anything
	}
	if f.pred >= 0 && s.locates(*f) {
		return false // "the village of Gedda, 15 kilometres north of the ambush site": where, not how much was taken (but "the rebels are ten km from X" tells where they are)
	}
	switch {
	case harmsPeople[f.q.Measure] && s.x.lx.held[f.q.Unit]:
		return false // "106 protesters in 21 cities were killed": the cities were not
	case f.pred >= 0 && counts[cls] && f.dist <= maxFigureDistance && s.linked(*f, s.preds[f.pred]) && !s.countsNoGround(*f):
		return true
	case f.pred >= 0 && casualty[cls] && s.x.lx.people[s.countedNoun(*f)] && !s.aimedAt(*f, s.preds[f.pred]):
		return true
	case f.q.Measure != "":
		if f.pred >= 0 && s.measureClass(f.q.Measure) != cls {
			f.pred = -1
		}
		return true
	case f.q.Unit != "" && s.noPredicate():
		f.pred = -1
		return true
	}
	return false
}

// locates reports whether figure f is a distance that says where
// something is: a length followed by a direction or "from" ("15 km north
// of", "60 miles from the border", "some 3 km away").
func (s *sent) locates(f figure) bool {
	if f.q.Unit != "km" && f.q.Unit != "mile" {
		return false
	}
	for j := f.to; j < len(s.toks) && j <= f.to+1; j++ {
		if s.toks[j].word && bearings[s.word(j)] {
			return true
		}
	}
	return false
}

// bearings are the words after a distance that make it a location.
var bearings = wordset.Of("north south east west northeast northwest southeast southwest north-east north-west south-east south-west northern southern eastern western from away outside off inland offshore upstream downstream")

// relativeVerb reports whether the verb at token k is a relative
// clause's, after "who" or "that" and its auxiliaries: "who were
// abducted", "that had been seized".
func (s *sent) relativeVerb(k int) bool {
	j := k - 1
	for j > 0 && s.toks[j].word && s.is(j, cBeForm|cVerbish) && s.word(j) != "that" && s.word(j) != "who" {
		j--
	}
	return j < k-1 && j >= 0 && (s.word(j) == "who" || s.word(j) == "that")
}

// noPredicate reports whether the sentence has no predicate but lone
// verbs of ground that hold nothing: "the STOXX 600 index lost 0.36%"
// says nothing of ground, and its figure is the claim.
func (s *sent) noPredicate() bool {
	for _, m := range s.preds {
		if p := Predicate(m.p.val); p != Blame && p != Responsible && !s.holdsNothing(m) {
			return false // blame counts nothing: "customers accused the utility of overkill" keeps its figures
		}
	}
	return true
}

// aimedAt reports whether figure f stands after a preposition and before
// its casualty predicate m: "fired tear gas at thousands of protesters ...,
// and at least three people were killed" counts the protesters, not the
// dead.
func (s *sent) aimedAt(f figure, m match) bool {
	return m.from >= f.to && f.from > 0 && s.toks[f.from-1].word && s.is(f.from-1, cPreposition) && s.word(f.from-1) != "of"
}

// countsNoGround reports whether f is the figure of a lone verb of ground
// ("took", "reached", see holdsNothing) that counts neither places nor
// people, by its unit or the five tokens after it: "took about one and a
// half", "reached 408", "seized 2 tons", but not "seized 12 villages" nor
// "controls 70% of the territory".
func (s *sent) countsNoGround(f figure) bool {
	if !loneGroundVerb(s.preds[f.pred]) || s.x.lx.held[f.q.Unit] || s.x.lx.people[f.q.Unit] {
		return false
	}
	for k := f.to; k < len(s.toks) && k < f.to+5; k++ {
		// "two river crossings", "70% of the territory", "40 of its fighters"
		if w := s.word(k); s.toks[k].word && (s.x.lx.held[w] || s.x.lx.people[w]) {
			return false
		}
	}
	return true
}

// harmsPeople are the measures that only people suffer: a figure of
// places with one of them is a place where it happened, not a count.
var harmsPeople = wordset.Of("killed injured displaced missing casualties arrested kidnapped")

// casualty are the predicates of tolls.
var casualty = map[Predicate]bool{Kill: true, Injure: true, Displace: true, Capture: true}

// linked reports whether nothing between figure f and predicate m breaks
// the link of argument to verb: a preposition other than "of", a clause
// opener, or punctuation other than a list comma; nor, before a result
// noun, another figure, whose noun it is ("26 cases and 11 deaths").
func (s *sent) linked(f figure, m match) bool {
	a, b := m.to, f.from
	noun := false
	if f.to <= m.from {
		a, b, noun = f.to, m.from, m.p.flags&flagNoun != 0
	}
	text := s.x.in.Doc.Text
	for k := a; k < b; k++ {
		t := s.toks[k]
		if !t.word {
			if text[t.start:t.end] != "," {
				return false
			}
			continue
		}
		w := s.word(k)
		if w != "of" && s.is(k, cPreposition) || s.is(k, cClauseOpener) || noun && isDigit(w[0]) {
			return false
		}
	}
	return true
}

// countedNoun returns what figure f counts: the quantity's unit, else the
// word right after the figure when it is a plain word ("61 civilians"),
// else "".
func (s *sent) countedNoun(f figure) string {
	if f.q.Unit != "" {
		return f.q.Unit
	}
	if f.to >= len(s.toks) || !s.toks[f.to].word {
		return ""
	}
	w := s.word(f.to)
	if s.is(f.to, cVerbish|cPreposition|cConjunction|cTimeUnit) || isDigit(w[0]) {
		return ""
	}
	return w
}

// counts are the predicates whose figures make claims of their own. A
// figure near another predicate describes its actor or object ("four
// governments called for", "the two parties agreed").
var counts = map[Predicate]bool{Kill: true, Injure: true, Displace: true, Capture: true, GainControl: true, LoseControl: true,
	HoldControl: true, Enter: true, Deploy: true, Attack: true, Last: true, Advance: true, Retreat: true}

// within returns the range [i, j) of the n items (sorted by start) that
// lie inside [start, end), the span of item k given by span(k). The items
// before from must start before start: the sentences are read in text
// order, and each search goes on from where the last one stopped
// (extractor.cursors) rather than bisecting the whole article's list
// again. Items are given by index, not as a generic slice: one function
// for times and figures keeps the wasm smaller.
func within(n, from, start, end int, span func(int) (int, int)) (i, j int) {
	i = from
	for i < n { // the first item starting at or after start
		if a, _ := span(i); a >= start {
			break
		}
		i++
	}
	j = i
	for j < n {
		if a, _ := span(j); a >= end {
			break
		}
		j++
	}
	for j > i {
		if _, b := span(j - 1); b <= end {
			break
		}
		j--
	}
	return i, j
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isYear reports whether q is a bare year ("in 2015"), which timex reads.
func isYear(q *quantity.Quantity) bool {
	if q.Unit != "" || q.Value != math.Trunc(q.Value) || q.Value < 1800 || q.Value > 2100 {
		return false
	}
	return !strings.ContainsAny(q.Text, ",.") || len(q.Text) == 4
}

// timeUnits are units that make a figure a duration.
var timeUnits = wordset.Of(`second minute hour day week month year decade century seconds minutes hours days weeks
	months years decades centuries`)

// isDuration reports whether f counts time ("two days", "13 years").
func (s *sent) isDuration(f figure) bool {
	if timeUnits[f.q.Unit] {
		return true
	}
	return f.q.Unit == "" && f.to < len(s.toks) && s.toks[f.to].word && s.is(f.to, cTimeUnit)
}

// overlapsTime reports whether [start, end) (sentence offsets) overlaps a
// time expression.
func (s *sent) overlapsTime(start, end int) bool {
	for i := range s.times {
		e := &s.times[i] // not a copy: an Expr is some 150 bytes
		if start+s.start < e.End && e.Start < end+s.start {
			return true
		}
	}
	return false
}

// distance is the number of tokens between ranges [a, b) and [c, d), 0
// when they overlap.
func distance(a, b, c, d int) int {
	switch {
	case b <= c:
		return c - b
	case d <= a:
		return a - d
	}
	return 0
}

// tokenAt returns the index of the first token ending after doc offset
// off.
func (s *sent) tokenAt(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi { // written out: sort.Search's closure call per step cost more than the search
		h := int(uint(lo+hi) >> 1)
		if int(s.toks[h].end) <= off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// tokenAfter returns the index of the first token starting at or after doc
// offset off.
func (s *sent) tokenAfter(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(s.toks[h].start) < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// without returns a copy of ss without s: a loop, where slices.DeleteFunc
// and slices.Clone would each be a generic function of the wasm.
func without(ss []string, s string) []string {
	out := make([]string, 0, len(ss))
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// byStart reports whether ms are in text order.
func byStart(ms []entity.Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].Start {
			return false
		}
	}
	return true
}
