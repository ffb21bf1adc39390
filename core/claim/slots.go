package claim

import (
	"github.com/crosscheck/crosscheck/core/quantity"
	"strings"

	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// Word classes the slot finders stop at or skip. They are grammar, not
// vocabulary, so they live here rather than in a lexicon file.
var (
	determiners = wordset.Of("the a an its their his her this these those that")
	// boundPreps are the prepositions that, before a number, bound it.
	boundPreps   = wordset.Of("about around over under")
	prepositions = wordset.Of("to of by for from with in at on against near into towards toward around over under after before since during between without through across via as like about outside inside throughout within amid despite until")
	// verbish words end a noun phrase: auxiliaries, relatives, negation.
	verbish      = wordset.Of("that which who whom whose where when while because although though if has have had is are was were be been being will would could can may might should must did does do not never remain remains remained according having")
	conjunctions = wordset.Of("and but or nor")
	// clauseOpeners start the clause a subject is looked for in: "the
	// report said that | the army took", "the town, which | fell".
	clauseOpeners = wordset.Of("that which who whom whose where when while whereas although though because after before since as if until unless said says say saying told tells reported reports stated added announced indicated explained confirmed noted declared insisted stressed")
	beForms       = wordset.Of("is are was were be been being remain remains remained")
	adverbs       = wordset.Of("now still also already then again reportedly allegedly just only even later overnight today yesterday tonight earlier long often never always however meanwhile moreover nevertheless instead")
	placePreps    = wordset.Of("in near at around outside inside into across throughout")
	pronouns      = wordset.Of("it he she they we i")
	// possessives before ownForces make a speaker's own forces the
	// subject: "its fighters", "their troops".
	possessives = wordset.Of("its their our")
	ownForces   = wordset.Of("fighters forces troops soldiers units men militants members gunmen")
	// leaders before "by" name who acts: "the insurgents led by X".
	leaders = wordset.Of("led headed commanded spearheaded")
	// namings before "as" give the name of what they follow: "the
	// militia known as X captured" is X's doing.
	namings = wordset.Of("known called named dubbed styled")
	// members before "of" are a group's people, who act for it:
	// "fighters of X captured" is X's doing.
	members = wordset.Of("fighters members troops forces soldiers militants units gunmen militiamen loyalists supporters elements rebels insurgents officers agents police commanders")
	// placeNouns before "of" name a kind of place: "the province of X".
	placeNouns = wordset.Of("city town village province region district governorate state county municipality area outskirts suburbs port")
)

// ForcesWord reports whether lower-case w names a group's armed members
// ("fighters", "troops", "gunmen"): "its fighters" and "fighters of the
// X" are X's doing.
func ForcesWord(w string) bool { return ownForces[w] }

// wordClass is a bit set of the word sets above, kept in each word's
// lexicon entry so that the slot finders test a token's class with a bit
// test on the entry lists.lookup found, not a map probe per test.
type wordClass uint16

const (
	cDeterminer wordClass = 1 << iota
	cPreposition
	cVerbish
	cConjunction
	cClauseOpener
	cBeForm
	cAdverb
	cPlacePrep
	cLeader
	cPlaceNoun
	cArticle
	cTimeUnit
	cTimeOpener
	cFactive
	cModifier
	cMember
)

// addClasses gives every word of the sets its class bits in dict, adding
// entries (with no phrases) for words that open none.
func addClasses(dict map[string]*entry, factive, modifiers map[string]bool) {
	for _, c := range []struct {
		set map[string]bool
		cls wordClass
	}{{determiners, cDeterminer}, {prepositions, cPreposition}, {verbish, cVerbish}, {conjunctions, cConjunction},
		{clauseOpeners, cClauseOpener}, {beForms, cBeForm}, {adverbs, cAdverb}, {placePreps, cPlacePrep}, {leaders, cLeader},
		{placeNouns, cPlaceNoun}, {articles, cArticle}, {timeUnits, cTimeUnit}, {timeOpeners, cTimeOpener}, {factive, cFactive},
		{modifiers, cModifier}, {members, cMember}} {
		for w := range c.set {
			e := dict[w]
			if e == nil {
				e = &entry{}
				dict[w] = e
			}
			e.cls |= c.cls
		}
	}
}

// is reports whether token i is a word of class c.
func (s *sent) is(i int, c wordClass) bool {
	return s.toks[i].cls&c != 0
}

// Reach of the slot finders, in tokens.
const (
	subjectReach = 15 // how far back an actor may stand from its verb
	objectReach  = 8  // how far after its verb an object may start
	speakerReach = 6  // how far back a speaker may stand from "said"
)

// actorObject fills the doer and the thing done to for predicate match m.
// Active: the doer is the subject before the verb, the object after it.
// Passive ("fell to X", "under the control of X", "were captured by X"):
// the other way round. A result noun ("412 dead") has neither.
func (s *sent) actorObject(m match) (actor, object string) {
	switch {
	case m.p.flags&flagNoun != 0 || s.inSpeech(m):
		return "", ""
	case s.amongBefore(m.from) > 0:
		// "ESM leader Khalid Marrouni was among the gunmen killed": who
		// was killed, not who killed.
		return "", s.subject(s.amongBefore(m.from))
	case m.p.flags&flagAppos != 0:
		// "X, the dominant armed group in P, ..." and "X is the dominant
		// armed group in P": X acts, P is what it holds.
		if actor = s.appositionHead(m.from); actor == "" {
			actor = s.subject(m.from)
		}
		return actor, s.object(m.to)
	case m.p.flags&flagPassive != 0:
		// The holder in the gap first: in "the airport is in our hands
		// and we will keep it" what follows is another clause.
		if actor = s.controlGap(m); actor == "" {
			actor = s.object(m.to)
		}
		return actor, s.bareSite(s.subject(m.from))
	case m.to-m.from > 1 && s.nounUse(m.from):
		// "were killed in a drone attack on the market": the attack is a
		// noun, and the clause's subject is its victims, not its doer;
		// unless the subject claims it ("claimed responsibility for the
		// attack on X").
		if r := s.responsibility(m.from); r > 0 {
			return s.subject(r), s.object(m.to)
		}
		return "", s.object(m.to)
	case s.afterBe(m.from) && !s.is(m.from, cPreposition) && !strings.HasSuffix(s.word(m.from), "ing"):
		// "was captured" is a passive; "are in control of X" is a state,
		// and "were still occupying X" an active verb, not passives.
		if m.to < len(s.toks) && s.toks[m.to].word && s.word(m.to) == "by" {
			actor = s.object(m.to + 1)
		}
		return actor, s.subject(m.from)
	case m.p.flags&flagResult != 0 && m.from > 1 && s.word(m.from-1) == "which" && !s.toks[m.from-2].word:
		return "", s.object(m.to) // "the assault on the city, which left 412 dead"
	case s.participle(m.from):
		return s.mainActor(m.from), s.object(m.to)
	}
	return s.subject(m.from), s.object(m.to)
}

// amongBefore returns the token of "among" when the predicate at token
// pos ends "was among the gunmen killed" ("were among the dead"), 0 when
// it does not: its subject is one of those the predicate befell.
func (s *sent) amongBefore(pos int) int {
	for k := pos - 1; k > 1 && k >= pos-4; k-- {
		if !s.toks[k].word {
			return 0
		}
		if s.word(k) == "among" {
			if s.word(k+1) == "the" && s.is(k-1, cBeForm) {
				return k
			}
			return 0
		}
	}
	return 0
}

// inSpeech reports whether predicate m lies inside an attribution: the
// toll in "the ministry raised the toll to 19" or "put the toll at 19" is
// the ministry's word, not its deed. A verb that is the whole attribution
// ("announced a curfew") is the speaker's deed too.
func (s *sent) inSpeech(m match) bool {
	for _, sp := range s.speech {
		if sp.from <= m.from && m.to <= sp.to && sp.to-sp.from > m.to-m.from {
			return true
		}
	}
	return false
}

// controlGap returns who holds in "under <holder> control" ("under army
// control", "under Kurdish control") and "in <holder> hands" ("in rebel
// hands", "fell into our hands"): the entity named in the gap, else its
// words; "" for another phrase.
func (s *sent) controlGap(m match) string {
	u := m.from
	for u < m.to && !controlOpen[s.word(u)] {
		u++ // "came under army control"
	}
	if m.to-u < 3 || !controlClose[s.word(m.to-1)] {
		return ""
	}
	for k, mt := range s.mtoks {
		if mt[0] > u && mt[1] < m.to {
			return s.ments[k].Entity
		}
	}
	a, b := u+1, m.to-1
	for a < b && (s.is(a, cArticle) || controlDegree[s.word(a)]) {
		a++ // "under the full control": no holder named
	}
	if a == b {
		return ""
	}
	return s.x.in.Doc.Text[s.toks[a].start:s.toks[b-1].end]
}

// controlOpen and controlClose frame the holder in "under <holder>
// control" and "in <holder> hands".
var (
	controlOpen  = wordset.Of("under in into")
	controlClose = wordset.Of("control hands")
)

// controlDegree are the words of how much control, not whose.
var controlDegree = wordset.Of("full complete total effective partial firm de facto")

// responsibility returns the token of "responsibility" in "claimed
// responsibility for (the) <noun at i>", or 0.
func (s *sent) responsibility(i int) int {
	j := i - 1
	for j > 0 && s.toks[j].word && (s.is(j, cArticle) || s.is(j, cModifier)) {
		j--
	}
	if j < 2 || s.word(j) != "for" || s.word(j-1) != "responsibility" {
		return 0
	}
	return j - 1
}

// participle reports whether the predicate at token i is a participle
// opening a clause that tells a result of the main one: "Rebels shelled
// the town, killing five civilians and wounding nine".
func (s *sent) participle(i int) bool {
	if i < 2 || !strings.HasSuffix(s.word(i), "ing") {
		return false
	}
	if !s.toks[i-1].word {
		return s.x.in.Doc.Text[s.toks[i-1].start:s.toks[i-1].end] == ","
	}
	if s.word(i-1) != "and" {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-8 && s.toks[j].word; j-- {
		if strings.HasSuffix(s.word(j), "ing") && !s.toks[j-1].word {
			return s.participle(j)
		}
	}
	return false
}

// mainActor returns the actor of the first predicate before token i that
// is no participle itself: who shelled is who killed. "" when there is
// none, rather than the main clause's first words ("the storm hit the
// coast").
func (s *sent) mainActor(i int) string {
	for _, p := range s.preds {
		if p.from >= i {
			break
		}
		if !s.participle(p.from) {
			if a, _ := s.actorObject(p); a != "" {
				return a
			}
		}
	}
	return ""
}

// afterBe reports whether a form of "be" (or "remain") stands before
// token i, past adverbs and "not": "was reportedly captured", "have been
// displaced", "remains under the control of".
func (s *sent) afterBe(i int) bool {
	for j := i - 1; j >= 0 && s.toks[j].word; j-- {
		w := s.word(j)
		if s.is(j, cBeForm) {
			return true
		}
		if !s.is(j, cAdverb) && w != "not" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// subject returns the subject before token pos, looked for in its clause
// ("the report said that | the army took"), else in the clause opening the
// sentence ("The army, backed by X, | took"): the
// nearest entity mention not governed by a preposition ("troops loyal to
// X" is about the troops) nor part of an attribution, else the clause's
// first words ("the report").
func (s *sent) subject(pos int) string {
	if v, ok := s.reportedSubject(pos); ok {
		return v
	}
	if v := s.possessor(pos); v != "" {
		return v // "Dravonia's overnight drone attack on Kelmar": Dravonia's
	}
	b := s.clauseStart(pos)
	if at := s.partAt(pos); at >= 0 && b > at && s.countsIn(at, pos) {
		return "" // ", among them 96 wounded,": a part of who is counted, not who acted
	}
	if at := s.partSetOff(b); at >= 0 {
		pos, b = at, s.clauseStart(at) // "six civilians, including two children, were killed"
	}
	if b < pos && s.is(b, cConjunction) {
		// "X, the largest group, and other factions have launched": a
		// coordinated subject whose head opens the sentence.
		if v := s.mainSubject(b); v != "" {
			return v
		}
	}
	if b > 1 && s.relativeOf(b-1) && s.ownVerb(b, pos) {
		// "Government troops who advanced overnight recaptured Dorvan":
		// the relative clause ended before the verb, whose subject is
		// what the clause describes.
		if v := s.tailSubject(b-1, false); v != "" {
			return v
		}
	}
	if v := s.subjectIn(b, pos); v != "" && !pronouns[strings.ToLower(v)] {
		return v
	}
	if b > 1 && (s.word(b-1) == "which" || s.word(b-1) == "who" || s.word(b-1) == "that") {
		// "the government, which seized": the relative's antecedent.
		if v := s.tailSubject(b-1, false); v != "" {
			return v
		}
	}
	if v := s.mainSubject(pos); v != "" {
		return v
	}
	return s.subjectIn(b, pos)
}

// possessor returns the entity named in a possessive right before the
// noun at token pos, past up to three lower-case modifiers: "Dravonia's
// overnight drone attack"; "" when none.
func (s *sent) possessor(pos int) string {
	j := pos - 1
	for j >= 0 && j >= pos-4 && s.toks[j].word && !s.toks[j].upper {
		j--
	}
	if j < 0 || !s.toks[j].word || !possessive(s.word(j)) {
		return ""
	}
	for k, m := range s.ments {
		if s.mtoks[k][1] == j+1 && m.Entity != "" {
			return m.Entity
		}
	}
	return ""
}

// relativeOf reports whether token i is a relative pronoun: "who",
// "which", or "that" before a verb.
func (s *sent) relativeOf(i int) bool {
	switch s.word(i) {
	case "who", "which":
		return true
	case "that":
		// "the group that tracks the conflict counted", not "told
		// reporters that 21 people had died": a verb right after.
		n := i + 1
		if n >= len(s.toks) || !s.toks[n].word || s.toks[n].upper {
			return false
		}
		return s.verbAt(n)
	}
	return false
}

// verbAt reports whether token k reads as a verb: a verb-like word, one in
// -ed, or one in -s before a determiner ("tracks the conflict").
func (s *sent) verbAt(k int) bool {
	w := s.word(k)
	return s.is(k, cVerbish) || strings.HasSuffix(w, "ed") ||
		strings.HasSuffix(w, "s") && k+1 < len(s.toks) && s.toks[k+1].word && s.is(k+1, cDeterminer|cArticle)
}

// ownVerb reports whether tokens [b, pos) hold a verb of their own, past
// the auxiliaries right before pos: "moved in at dawn" before "retook",
// not "had" before "retaken".
func (s *sent) ownVerb(b, pos int) bool {
	e := pos
	for e > b && s.toks[e-1].word && (s.is(e-1, cVerbish|cBeForm) || s.isAdverb(e-1)) {
		e--
	}
	for k := b; k < e; k++ {
		if s.toks[k].word && !s.toks[k].upper && s.verbAt(k) {
			return true
		}
	}
	return false
}

// countsIn reports whether a number stands among tokens (i, j): a part
// set off that counts ("among them 96 wounded"), not one that describes
// ("among the worst since 1998").
func (s *sent) countsIn(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if _, ok := s.numberAt(k); ok {
			return true
		}
	}
	return false
}

// partSetOff returns the comma that opens a part set off right before the
// clause starting at token b ("six civilians, including two children,
// were killed": the comma after "civilians"), or -1 for none.
func (s *sent) partSetOff(b int) int {
	if b < 2 || s.toks[b-1].word {
		return -1
	}
	return s.partAt(b - 1)
}

// reportedSubject returns the speaker when the verb at token pos is
// reported by them with a pronoun, or their own forces, for subject: "the
// army said on Thursday it had recaptured the town", "officials said that
// they had taken", "the Front said its fighters had taken": the army, the
// officials and the Front did it. ok is false when no attribution with
// its speaker first ends before pos with only time words, adverbs or
// "that", then the pronoun and auxiliaries, between them.
func (s *sent) reportedSubject(pos int) (string, bool) {
	for _, m := range s.speech {
		if m.p.val == "after" || m.to >= pos || m.to+8 < pos {
			continue
		}
		j := m.to
		for j < pos && s.toks[j].word && (s.inTime(j) || s.isAdverb(j) || s.word(j) == "that" || s.word(j) == "on" && s.inTime(j+1)) {
			j++
		}
		if j+1 == pos && s.toks[j].word && s.word(j) == "having" {
			if v := s.speakerOf(m); v != "" {
				return v, true // "The army denied having lost Orsk": the army lost it, or says it did not
			}
		}
		own := j+1 < pos && s.toks[j].word && possessives[s.word(j)] && s.toks[j+1].word && ownForces[s.word(j+1)]
		if own {
			j++ // "the Front said its fighters had taken the airport"
		} else if j >= pos || !s.toks[j].word || !pronouns[s.word(j)] || s.word(j) == "i" {
			continue
		}
		for j++; j < pos && (s.opensQuote(j) || s.toks[j].word && (s.is(j, cVerbish) || s.isAdverb(j) || s.word(j) == "not")); j++ {
		} // "the government said it “remains in full control”"
		if j != pos {
			continue
		}
		// Own forces are a named speaker's only: "the ministry said its
		// troops" did it is the troops', whose word tells the side.
		if v := s.speakerOf(m); v != "" && (!own || s.isMention(v)) {
			return v, true
		}
		if src := s.sourceOf(m); !own && pronouns[strings.ToLower(src)] {
			return strings.ToLower(src), true // "It says it captured the town": it, whoever that is, not "It says it"
		}
	}
	return "", false
}

// mainSubject returns the subject of the sentence's main clause, before
// token pos: the first clause that does not open as a subordinate one
// ("Supported by X, | the army's forces have ...").
func (s *sent) mainSubject(pos int) string {
	for b := 0; b < pos; {
		for b < pos && !s.toks[b].word {
			b++
		}
		e := s.clauseEnd(b)
		if b < pos && !s.opensSubordinate(b) {
			return s.subjectIn(b, min(e, pos))
		}
		b = e
	}
	return ""
}

// openingSubject returns the subject the sentence opens with, before
// token pos: the first entity of its main clause not governed by a
// preposition ("Maletz dismissed Esmeret's claim": Maletz), else the words
// before its first verb ("The ministry rejected the figure": the
// ministry).
func (s *sent) openingSubject(pos int) string {
	b := 0
	for b < pos && (!s.toks[b].word || s.opensSubordinate(b)) {
		b = s.clauseEnd(b) + 1
	}
	e := min(s.clauseEnd(b), pos)
	for k, m := range s.ments {
		if mt := s.mtoks[k][0]; mt >= b && s.mtoks[k][1] <= e && !s.governed(mt) && !s.inTime(mt) {
			return m.Entity
		}
	}
	for k := b + 1; k < e; k++ {
		if s.is(k, cVerbish) || strings.HasSuffix(s.word(k), "ed") {
			return s.phraseWords(b, k, true)
		}
	}
	return ""
}

// opensSubordinate reports whether the clause starting at token b opens
// with a preposition, an adverb, a conjunction, a clause opener, "having",
// or a participle before a preposition ("Backed by", "Speaking to").
func (s *sent) opensSubordinate(b int) bool {
	w := s.word(b)
	if s.is(b, cPreposition|cClauseOpener|cConjunction) || s.isAdverb(b) || w == "having" {
		return true
	}
	participle := len(w) > 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
	return participle && b+1 < len(s.toks) && s.toks[b+1].word && s.is(b+1, cPreposition)
}

// tailSubject returns the noun phrase ending just before token i, past
// commas, closing brackets or quotes, auxiliaries and adverbs: the
// mention ending there ("the Observatory (OSDH) reported", "the
// government, which"), else at most four words ("Syrian media said").
// With climb, a noun inside a prepositional phrase gives way to the head
// before it ("X, spokesman for the operation, said" → the spokesman, then
// X by apposition).
func (s *sent) tailSubject(i int, climb bool) string {
	text := s.x.in.Doc.Text
	j := i
	for j > 0 && !s.toks[j-1].word {
		switch text[s.toks[j-1].start:s.toks[j-1].end] {
		case ",", ")", "”", `"`, "»":
			j--
			if j < i-1 {
				continue
			}
			if k, appos := s.relativeClause(j); appos {
				// "The ministry, which had earlier given a toll of 16,
				// said"; "The SCM, a group that tracks the war through a
				// network of sources, said": the ministry, the SCM; what
				// the clause says sets no scope.
				s.apposFrom, s.apposTo, j = k, j, k
			}
			continue
		}
		return ""
	}
	for j > 0 && s.toks[j-1].word && (s.is(j-1, cVerbish) || s.isAdverb(j-1) || s.word(j-1) == "first" || s.inTime(j-1) || s.word(j-1) == "on" && j < i && s.inTime(j) ||
		s.word(j-1) == "far" && j > 1 && s.word(j-2) == "so") {
		j-- // "Meridian Tankers, the operator, on Friday raised": past the time; "teams had so far confirmed"
		if s.word(j) == "far" {
			j--
		}
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		at := s.mtoks[k][1]
		if at == j {
			if climb && j < i && s.x.in.Doc.Text[s.toks[j].start] == ',' {
				if p := s.prepBefore(s.mtoks[k][0]); p != "" && p != "of" && p != "for" {
					if e := s.appositionHead(s.wordsStart(s.mtoks[k][0])); e != "" {
						s.aside = s.ments[k].Entity
						return e // "X, a monitoring group based in Britain, said": X, not Britain, nor a topic
					}
				}
				s.noteSpeaker(k)
			}
			if climb {
				if head := s.headBeforeIn(s.mtoks[k][0]); head != "" {
					return head // "Officials in Varn said": the officials
				}
				if mt := s.mtoks[k][0]; k > 0 && mt >= 2 && s.word(mt-1) == "of" && s.mtoks[k-1][1] == mt-1 {
					return s.ments[k-1].Entity // "the Evangelical Church of Upper Sarn said": the church
				}
				if body := s.bodyBefore(k); body != "" {
					s.speaker = s.ments[k].Entity
					return body
				}
			}
			return s.ments[k].Entity
		}
		if at < j {
			break
		}
	}
	comma := j < i && s.x.in.Doc.Text[s.toks[j].start] == ','
	b := s.nounBefore(j)
	for b+1 < j && s.inTime(b) {
		b++ // "said on Sunday it had confirmed": it, not "Sunday it"
	}
	for k := 0; k < 2 && climb; k++ {
		// "spokesman for the operation": the head before the preposition.
		p := b
		if p > 0 && s.toks[p-1].word && s.is(p-1, cDeterminer) {
			p--
		}
		if p == 0 || !s.toks[p-1].word || !s.is(p-1, cPreposition) || s.word(p-1) == "as" || timePreps[s.word(p-1)] {
			break // "not eight as the government has said", "two days after the army said": the government, the army
		}
		if h := s.nounBefore(p - 1); h < p-1 {
			b, j = h, p-1
		}
	}
	if comma {
		if e := s.appositionHead(b); e != "" {
			return e
		}
		if e := s.appositionHead(s.wordsStart(j)); e != "" {
			return e // "X, deputy director of the prevention and control centre, told"
		}
		if e := s.listAppositionHead(j); e != "" {
			return e
		}
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		if s.mtoks[k][1] == b && b < j || s.mtoks[k][0] >= b && s.mtoks[k][1] == j-1 && s.x.lx.orgHeads[s.word(j-1)] {
			// "The Sel regional civil protection agency said", "The
			// Orlenhorn resort said": the name names the speaker, and is
			// no topic of the claim.
			s.aside = s.ments[k].Entity
			break
		}
		if s.mtoks[k][1] < b {
			break
		}
	}
	return s.phraseWords(b, j, true)
}

// headBeforeIn returns the noun phrase before "in" when the mention
// starting at token i is the place after it ("Officials in Varn",
// "Engineers in the control centre"): who speaks is the head, "" when no
// noun stands before "in".
func (s *sent) headBeforeIn(i int) string {
	p := s.prepAt(i)
	if p >= 2 && s.word(p) == "of" && placeNouns[s.word(p-1)] {
		p = s.prepAt(p - 1) // "Residents in the village of Orsk"
	}
	if p < 1 || s.word(p) != "in" {
		return ""
	}
	if p >= 2 && s.toks[p-1].word && placedAs[s.word(p-1)] {
		p-- // "An aid group working in the port of Marovel says": the group
	}
	if !s.toks[p-1].word || s.is(p-1, cVerbish|cPreposition|cDeterminer|cConjunction) {
		return ""
	}
	for k := range s.ments {
		if s.mtoks[k][1] == p {
			return s.ments[k].Entity // "The Syrian Observatory in London"
		}
	}
	b := s.nounBefore(p)
	if b == p {
		return ""
	}
	return s.phraseWords(b, p, true)
}

// placedAs are the participles that place a body in a town: "an aid group
// working in Marovel", "a monitor based in London".
var placedAs = wordset.Of("working based operating active headquartered stationed")

// subjectPlace returns the place that ends the subject of the verb at
// token from, after its head and "in": "police in Hazrin detained 48
// people" happened in Hazrin. "" when none does.
func (s *sent) subjectPlace(from int) string {
	for k := range s.ments {
		end := s.mtoks[k][1]
		if end > from || from-end > 2 {
			continue
		}
		gap := true
		for j := end; j < from; j++ {
			gap = gap && s.toks[j].word && s.is(j, cVerbish|cBeForm)
		}
		if gap && s.headBeforeIn(s.mtoks[k][0]) != "" {
			return s.ments[k].Entity
		}
	}
	return ""
}

// prepBefore returns the preposition that governs the mention starting at
// token i, past determiners and capitalised words ("in" of "based in
// Britain"); "" for none.
func (s *sent) prepBefore(i int) string {
	if j := s.prepAt(i); j >= 0 {
		return s.word(j)
	}
	return ""
}

// prepAt returns the token of the preposition prepBefore finds, -1 for
// none.
func (s *sent) prepAt(i int) int {
	for j := i - 1; j >= 0 && s.toks[j].word; j-- {
		if s.is(j, cDeterminer|cConjunction) || s.toks[j].upper {
			continue
		}
		if s.is(j, cPreposition) {
			return j
		}
		return -1
	}
	return -1
}

// noteSpeaker records who speaks for the body of mention k when a title
// set off by commas names it: in "Farid Menkar, president of the Weavers'
// Association, told" the source is the association and Menkar its voice,
// who, like the source, is no topic of the claim.
func (s *sent) noteSpeaker(k int) {
	mt := s.mtoks[k][0]
	if !s.governed(mt) {
		return
	}
	if e := s.appositionHead(s.wordsStart(mt)); e != "" && e != s.ments[k].Entity {
		s.speaker = e
	}
}

// bodyBefore returns the body a titled speaker, mention k, speaks for
// when the body's name stands right before the title: "NECO spokeswoman
// Ana Velikora" speaks for NECO; "" when none does.
func (s *sent) bodyBefore(k int) string {
	if k == 0 || s.ments[k].Role == "" || s.ments[k-1].Entity == s.ments[k].Entity || placeOffices[strings.ToLower(lastWord(s.ments[k].Role))] {
		return ""
	}
	from, to := s.mtoks[k-1][1], s.mtoks[k][0]
	if at := s.mtoks[k-1][0]; from < to && at > 0 && s.word(at-1) == "(" && s.word(from) == ")" {
		from++ // "National Police Service (NPS) spokeswoman Faith Abara": the acronym, bracketed
	}
	if to-from > 3 || s.governed(s.mtoks[k-1][0]) {
		return ""
	}
	for t := from; t < to; t++ {
		if !s.toks[t].word {
			return ""
		}
	}
	return s.ments[k-1].Entity
}

// placeOffices are titles of who governs a place: "Karsk regional
// governor Marta Kowalen" speaks as herself, not for the region.
var placeOffices = wordset.Of("governor mayor premier senator king queen emir sultan prince sheriff")

// wordsStart returns the first word after the punctuation that opens the
// stretch of words ending at token j, looking back at most 20 tokens; j
// itself when that is farther.
func (s *sent) wordsStart(j int) int {
	for k := j - 1; k >= 0 && k >= j-20; k-- {
		if !s.toks[k].word {
			return k + 1
		}
	}
	return j
}

// nounBefore returns the start of the run of at most four words ending at
// token j that holds no preposition, auxiliary, conjunction, clause
// opener or determiner.
func (s *sent) nounBefore(j int) int {
	b := j
	for b > 0 && b > j-4 && s.toks[b-1].word {
		if s.is(b-1, cPreposition|cVerbish|cConjunction|cClauseOpener|cDeterminer) {
			break
		}
		b--
	}
	return b
}

// listAppositionHead returns the mention described by an apposition
// that holds a list, whose commas hide it from the comma before the verb
// at token j: "The TCSF, a coalition of local churches, women's groups
// and farmers' associations, said" → the TCSF. The apposition opens with
// an article or determiner ("a coalition"), so that "The army, police
// and medics said" is not read as one.
func (s *sent) listAppositionHead(j int) string {
	text := s.x.in.Doc.Text
	for k, commas := j-2, 0; k >= 1 && k >= j-30 && commas < 4; k-- {
		if s.toks[k].word {
			continue
		}
		switch text[s.toks[k].start:s.toks[k].end] {
		case ",":
			commas++
			if k+1 < j && s.toks[k+1].word && s.is(k+1, cDeterminer|cArticle) {
				if e := s.appositionHead(k + 2); e != "" {
					return e
				}
			}
		case "'", "’", "-":
		default:
			return ""
		}
	}
	return ""
}

// appositionHead returns the mention an apposition starting at token b
// describes: "X, a local official, said" → X; "" when none. The caller
// checks that a comma closes the apposition, so that "X, residents said"
// stays with the residents.
func (s *sent) appositionHead(b int) string {
	if b > 0 && s.toks[b-1].word && s.is(b-1, cDeterminer) {
		b--
	}
	if b < 2 || s.toks[b-1].word || s.x.in.Doc.Text[s.toks[b-1].start:s.toks[b-1].end] != "," {
		return ""
	}
	for k := len(s.ments) - 1; k >= 0; k-- {
		at := s.mtoks[k][1]
		if at == b-1 {
			return s.ments[k].Entity
		}
		if at < b-1 {
			break
		}
	}
	return ""
}

// subjectIn returns the subject found in tokens [b, e): the last mention
// not governed by a preposition nor part of an attribution, else the noun
// phrase opening the range.
func (s *sent) subjectIn(b, e int) string {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m, mt := s.ments[k], s.mtoks[k][0]
		if mt < b {
			break
		}
		if s.mtoks[k][1] > e || s.governed(mt) || s.inAttribution(mt) || s.inTime(mt) {
			continue // "clashes near X since Monday night have killed": not Monday
		}
		return m.Entity
	}
	for k := b; k < e; k++ {
		if s.toks[k].word && claimNouns[s.word(k)] {
			return s.phraseWords(b, e, true) // "rejected the government's claim to have taken": claimant reads it
		}
	}
	for k := b + 1; k < e; k++ {
		if s.toks[k].word && !s.toks[k].upper && strings.HasSuffix(s.word(k), "ed") && s.toks[k-1].word && !s.is(k-1, cVerbish|cBeForm|cDeterminer|cArticle) && !s.isAdverb(k-1) && !s.countWord(k-1) {
			// "The army described the rebels' claim ...": the army, not
			// all four words; but "the armed group", "three suspected
			// pirates", "newly installed" are noun phrases.
			e = k
			break
		}
	}
	return s.phraseWords(b, e, true)
}

// clauseStart returns the first token of the clause holding token pos:
// after punctuation, a clause opener, or "and"/"but" before a determiner
// or a number ("seized the bridge and | the army retreated", "the service
// said, and | 71 people had been injured").
func (s *sent) clauseStart(pos int) int {
	b := pos
	for b > 0 && s.toks[b-1].word {
		if s.is(b-1, cClauseOpener) && !s.inTime(b) && !dayParts[s.word(b)] || s.is(b-1, cConjunction) && b < pos && (s.is(b, cDeterminer) || s.numberOpens(b)) {
			break // not "since" before a time: "clashes since Monday night have killed"
		}
		b--
	}
	return b
}

// dayParts are times of day a clause opener may govern as a preposition
// ("a counter-attack launched before dawn has retaken"): what follows is
// no clause, and the time of day is no subject.
var dayParts = wordset.Of("dawn daybreak dusk nightfall sunrise sunset midnight midday noon")

// numberOpens reports whether token b is a number in digits after a comma
// and a conjunction: ", and 71 people had been injured" opens a clause,
// while "killed 12 soldiers and three civilians" goes on with one.
func (s *sent) numberOpens(b int) bool {
	if b < 2 || s.toks[b-2].word || s.word(b-2) != "," {
		return false
	}
	c := s.x.in.Doc.Text[s.toks[b].start]
	return c >= '0' && c <= '9' // digits: "…, and two smaller militias began" is one subject
}

// governed reports whether a preposition stands before token i, past any
// determiner, capitalised title or coordination: "loyal to the X", "loyal
// to President X", "backed by X and Y". A leader is not governed: in
// "the insurgents led by X control ..." X is who acts.
func (s *sent) governed(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !s.toks[j].word {
			return false
		}
		w := s.word(j)
		if s.is(j, cDeterminer|cConjunction) || s.toks[j].upper {
			continue
		}
		return s.is(j, cPreposition) && !(w == "by" && j > 0 && s.toks[j-1].word && s.is(j-1, cLeader)) &&
			!(w == "of" && j > 0 && s.toks[j-1].word && s.is(j-1, cMember)) &&
			!(w == "as" && j > 0 && s.toks[j-1].word && namings[s.word(j-1)])
	}
	return false
}

// inAttribution reports whether token i is inside an "according to X"
// phrase.
func (s *sent) inAttribution(i int) bool {
	for _, m := range s.speech {
		if m.p.val == "after" && i >= m.to && i <= m.to+speakerReach && s.wordsIn(m.to, i) == i-m.to {
			return true
		}
	}
	return false
}

// object returns what a verb ending at token to acts on: the first entity
// mention within reach that no preposition but "of" governs ("took the
// city of X", not "killed 12 civilians in X"), else the words after the
// verb up to a preposition other than "of".
func (s *sent) object(to int) string {
	for k, m := range s.ments {
		mt := s.mtoks[k][0]
		if mt < to {
			continue
		}
		if mt-to > objectReach || s.clauseBreak(to, mt) {
			break
		}
		if j := s.siteBefore(to, mt); j >= 0 {
			return s.site(s.word(j), m.Entity) // "the airport of X", "the air base near X"
		}
		if s.governedBy(mt, to) {
			break
		}
		if j := s.siteAfter(k); j >= 0 {
			return s.site(s.word(j), m.Entity) // "X airport", "X's airport", "the X pumping station"
		}
		return m.Entity
	}
	for to < len(s.toks) && s.inTime(to) {
		to++ // "declared this Sunday that": no object
	}
	if to < len(s.toks) && s.toks[to].word && s.word(to) == "that" {
		return "" // a clause, not an object
	}
	if to < len(s.toks) && s.opensQuote(to) {
		to++ // captured “the last areas under their control”
	}
	e := to
	for e < len(s.toks) && s.toks[e].word && e-to < 8 {
		e++
	}
	return s.bareSite(s.phraseWords(to, e, false))
}

// bareTown returns the place a bare "the town" or "the province" stands
// for: the last "town of X" the article named before the sentence
// ("Rebels entered the town of Marsk on Monday. Troops recaptured the
// town on Tuesday": Marsk); else obj.
func (s *sent) bareTown(obj string) string {
	if obj == "field" {
		return s.namedField()
	}
	if !placeNouns[obj] || obj == "area" {
		return obj
	}
	low := s.x.lower[:s.start]
	for end := len(low); ; {
		i := strings.LastIndex(low[:end], obj+" of ")
		if i < 0 {
			return obj
		}
		end = i
		if i > 0 && ascii.Class[low[i-1]] >= ascii.Digit {
			continue // inside another word
		}
		if e := s.x.mentionStarting(i + len(obj) + len(" of ")); e != "" {
			return e
		}
	}
}

// namedField returns the entity a bare "the field" stands for: the last
// "X field" or "X oil field" the article named before the sentence ("The
// gunmen stormed the Khadira oil field ... the gunmen were still in
// control of the field": Khadira, which names the field); else "field".
func (s *sent) namedField() string {
	low := s.x.lower[:s.start]
	for end := len(low); ; {
		i := strings.LastIndex(low[:end], " field")
		if i < 0 {
			return "field"
		}
		end = i
		pre := low[:i]
		if e := s.x.mentionEndingAt(len(pre)); e != "" {
			return e
		}
		if k := strings.LastIndexByte(pre, ' '); k > 0 && fieldKinds[pre[k+1:]] {
			if e := s.x.mentionEndingAt(k); e != "" {
				return e
			}
		}
	}
}

// fieldKinds are what a field yields: "the Khadira oil field".
var fieldKinds = wordset.Of("oil gas gold coal")

// bareSite returns obj, and when it is a site the article placed before
// ("the airport", after "the airport of X"; "the base remained under army
// control", after "its base near X") records it and its place as the
// sentence's site object.
func (s *sent) bareSite(obj string) string {
	if head := strings.ToLower(lastWord(obj)); s.x.lx.sites[head] {
		place, ok := s.x.sitePlaces[head]
		if !ok {
			place = s.x.placedBefore(head, s.start)
			s.x.placeSite(head, place)
		}
		if place != "" {
			s.objSite, s.objPlace = obj, place
		}
	}
	return obj
}

// placedBefore returns the entity the article placed site head in before
// byte pos, in a sentence that made no claim of it ("fighting raged
// around the airport of X"): the last "head of|in|near|at|outside X" or
// "X head" of the text before pos, "" when there is none.
func (x *extractor) placedBefore(head string, pos int) string {
	low := x.lower[:pos]
	for end := len(low); ; {
		i := strings.LastIndex(low[:end], head)
		if i < 0 {
			return ""
		}
		end = i
		j := i + len(head)
		if i > 0 && ascii.Class[low[i-1]] >= ascii.Digit || j < len(low) && ascii.Class[low[j]] >= ascii.Digit {
			continue // inside another word: "basement"
		}
		pre := strings.TrimRight(low[:i], " ")
		pre = strings.TrimSuffix(strings.TrimSuffix(pre, "'s"), "’s")
		if e := x.mentionEndingAt(len(pre)); e != "" && len(pre) < i {
			return e // "X airport", "X's airport"
		}
		rest := strings.TrimLeft(low[j:], " ")
		prep, after, _ := strings.Cut(rest, " ")
		if !sitePreps[prep] {
			continue
		}
		after = strings.TrimPrefix(strings.TrimLeft(after, " "), "the ")
		if noun, rest, _ := strings.Cut(after, " "); placeNouns[noun] && strings.HasPrefix(rest, "of ") {
			after = rest[len("of "):] // "the city of X", as skipPlaceNoun reads it
		}
		if e := x.mentionStarting(len(low) - len(after)); e != "" {
			return e
		}
	}
}

// placeSite records place (maybe "") as where the article's site head
// stands.
func (x *extractor) placeSite(head, place string) {
	if x.sitePlaces == nil {
		x.sitePlaces = map[string]string{}
	}
	x.sitePlaces[head] = place
}

// mentionStarting returns the entity of the mention starting at byte start, "".
func (x *extractor) mentionStarting(start int) string {
	i, ok := entity.Search(x.mentions, start)
	if !ok {
		return ""
	}
	return x.mentions[i].Entity
}

// mentionEndingAt returns the entity of a mention that ends at byte end,
// "".
func (x *extractor) mentionEndingAt(end int) string {
	i, _ := entity.Search(x.mentions, end)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if x.mentions[k].End == end {
			return x.mentions[k].Entity
		}
	}
	return ""
}

// siteBefore returns the token of the site that stands between token to
// and a mention at token mt and places it there ("the international
// airport of X", "the air base near the town of X"), or -1.
func (s *sent) siteBefore(to, mt int) int {
	for j := to; j < mt; j++ {
		if s.toks[j].word && s.is(j, cPreposition) {
			return -1 // "took positions near the airport in X": the positions
		}
		if !s.toks[j].word || !s.x.lx.sites[s.word(j)] {
			continue
		}
		if p := s.skipPlaceNoun(mt-1, j+1); p == j+1 && s.toks[p].word && sitePreps[s.word(p)] {
			return j
		}
		return -1
	}
	return -1
}

// sitePreps place a site in a town: "the airport of X", "the base near X".
var sitePreps = wordset.Of("of in near at outside")

// siteAfter returns the token of the site noun right after mention k, or
// after one word that qualifies it ("X airport", "the X pumping station",
// "X international airport"); -1 for none.
func (s *sent) siteAfter(k int) int {
	j := s.mtoks[k][1]
	for n := 0; n < 2 && j < len(s.toks) && s.toks[j].word; n, j = n+1, j+1 {
		if s.x.lx.sites[s.word(j)] {
			return j
		}
		if s.toks[j].upper {
			return -1
		}
	}
	return -1
}

// site records that the object is site head, in the place entity place,
// for newClaim and for the article's later bare mentions of the site, and
// returns the object.
func (s *sent) site(head, place string) string {
	s.objSite, s.objPlace = head, place
	s.x.placeSite(head, place)
	return head
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// opensQuote reports whether token i is an opening quotation mark: “, «
// or a straight double quote.
func (s *sent) opensQuote(i int) bool {
	t := s.toks[i]
	q := s.x.in.Doc.Text[t.start:t.end]
	return !t.word && (q == "“" || q == "«" || q == `"`)
}

// inTime reports whether token i lies in a time expression.
func (s *sent) inTime(i int) bool {
	t := s.toks[i]
	for k := range s.times {
		e := &s.times[k] // not a copy: an Expr is some 150 bytes
		if int(t.start) >= e.Start && int(t.end) <= e.End {
			return true
		}
	}
	return false
}

// governedBy reports whether a preposition other than "of" stands in
// tokens [from, i), or a participle or relative after a noun: in
// "recaptured the highway linking X" and "controlled a route that links X"
// the thing taken is the road, not X.
func (s *sent) governedBy(i, from int) bool {
	for j := from; j < i; j++ {
		if !s.toks[j].word {
			continue
		}
		w := s.word(j)
		if w != "of" && s.is(j, cPreposition) {
			return true
		}
		if j > from && s.toks[j-1].word && !s.is(j-1, cDeterminer) &&
			(len(w) > 5 && strings.HasSuffix(w, "ing") || w == "that" || w == "which") {
			return true
		}
	}
	return false
}

// phraseWords returns the noun phrase opening tokens [from, to): leading
// determiners dropped, cut at the first preposition (for a subject; for
// an object, any but "of"), auxiliary, relative or conjunction, trailing
// adverbs dropped, at most five words. "the armed forces loyal to X have
// taken" → "armed forces loyal".
func (s *sent) phraseWords(from, to int, subject bool) string {
	for from < to && (!s.toks[from].word || s.is(from, cDeterminer) || s.is(from, cConjunction) || s.is(from, cFactive)) {
		from++
	}
	end := from
	if from+2 < to && s.toks[from+1].word && (s.word(from) == "at" && (s.word(from+1) == "least" || s.word(from+1) == "most") || s.word(from) == "up" && s.word(from+1) == "to") {
		end += 2 // "at least eight civilians were killed": a bound, not a preposition
	} else if from+1 < to && boundPreps[s.word(from)] && s.countWord(from+1) {
		end++ // "said about 6,500 people had fled", "over 200 were hurt": a bound too
	}
	for end < to && end-from < 6 && s.toks[end].word {
		w := s.word(end)
		if s.is(end, cVerbish|cConjunction) || s.is(end, cPreposition) && (subject || w != "of") || end > from && (s.is(end, cAdverb) || s.inTime(end)) {
			break
		}
		if subject && end > from && strings.HasSuffix(w, "ed") && end+1 < len(s.toks) && s.toks[end+1].word && s.word(end+1) == "by" {
			break // "Several survivors reached by telephone said": the survivors
		}
		end++
	}
	for end > from && (s.isAdverb(end-1) || s.word(end-1) == "of" || s.is(end-1, cDeterminer)) {
		end--
	}
	if end == from {
		return ""
	}
	return s.x.in.Doc.Text[s.toks[from].start:s.toks[end-1].end]
}

// isAdverb reports whether token i is an adverb: a listed one or a word
// in -ly ("largely") that is not part of a name ("Kelly").
func (s *sent) isAdverb(i int) bool {
	if s.is(i, cAdverb) {
		return true
	}
	w := s.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !s.inName(i) // not "Gen. Taimur Askarly said"
}

// mentionAfter returns the entity of the first mention starting within
// reach tokens from token i, no sentence punctuation between (quotation
// marks and brackets are crossed); "" when none.
func (s *sent) mentionAfter(i, reach int) string {
	for k, m := range s.ments {
		mt := s.mtoks[k][0]
		if mt < i {
			continue
		}
		if mt-i > reach && m.Role != "" {
			mt = s.roleStart(k) // "said Maj. Gen. Ravil Dostan": the title is the speaker's
		}
		if mt-i > reach || s.clauseBreak(i, mt) {
			return ""
		}
		if text := s.x.in.Doc.Text; m.End < len(text) && text[m.End] == '-' {
			// "according to a UK-based monitoring group": the UK
			// describes the group, which may be named next ("the
			// UK-based Syrian Observatory").
			i, reach = s.mtoks[k][1], 2
			continue
		}
		return m.Entity
	}
	return ""
}

// roleStart returns the token where mention k's title starts when the
// title stands right before the name ("Brig. Gen. Corin Maslo"), else
// the mention's first token.
func (s *sent) roleStart(k int) int {
	m, mt := s.ments[k], s.mtoks[k][0]
	text := s.x.in.Doc.Text
	from := int(s.toks[0].start)
	if m.Start > len(text) || m.Start < from {
		return mt
	}
	before := strings.TrimRight(text[from:m.Start], " ")
	before = strings.TrimSuffix(before, ".")
	if len(before) < len(m.Role) || !strings.EqualFold(before[len(before)-len(m.Role):], m.Role) {
		return mt
	}
	return s.tokenAt(from + len(before) - len(m.Role))
}

// clauseBreak reports whether a comma, semicolon, colon or dash stands in
// tokens [from, to).
func (s *sent) clauseBreak(from, to int) bool {
	text := s.x.in.Doc.Text
	for k := from; k < to; k++ {
		if t := s.toks[k]; !t.word {
			switch text[t.start:t.end] {
			case ",", ";", ":", "–", "—":
				return true
			}
		}
	}
	return false
}

// place returns the entity after token to introduced by a place
// preposition ("in X", "near X"), other than the object; "" when none.
func (s *sent) place(to int, object string) string {
	for k, m := range s.ments {
		mt := s.mtoks[k][0]
		if mt < to || m.Entity == object {
			continue
		}
		if s.speechIn(to, mt) {
			break // "two had died and said four others were treated in X": X is the others'
		}
		if s.describesPlaceNoun(s.mtoks[k][1]) {
			continue // "in the Dravenian city of Orvesk": Orvesk
		}
		if e := s.mtoks[k][1]; e > mt && possessive(s.word(e-1)) && !s.upperWithin(e, 2) || s.diedOfWounds(mt) {
			// "killed in Dravonia's attack on Kelmar": the attacker's,
			// though "in Odura's Keleku State" is in Odura; "died of his
			// injuries in City Hospital": where he died.
			continue
		}
		j := s.skipPlaceNoun(mt-1, to)
		if j >= to && s.toks[j].word && s.is(j, cPlacePrep) {
			return m.Entity
		}
	}
	return ""
}

// upperWithin reports whether a capitalised word stands among the n
// tokens from i.
func (s *sent) upperWithin(i, n int) bool {
	for j := i; j < len(s.toks) && j < i+n; j++ {
		if s.toks[j].word && s.toks[j].upper {
			return true
		}
	}
	return false
}

// diedOfWounds reports whether "injuries" or "wounds" stands a few words
// before token mt: "died of his injuries in X", "succumbed to wounds at X".
func (s *sent) diedOfWounds(mt int) bool {
	for j := mt - 1; j >= 0 && j >= mt-3; j-- {
		if w := s.word(j); w == "injuries" || w == "wounds" {
			return true
		}
	}
	return false
}

// placeRightAfter returns the place that a place preposition right at
// token i introduces ("four in the village of Y"), "" when none does.
func (s *sent) placeRightAfter(i int) string {
	if i >= len(s.toks) || !s.toks[i].word || !s.is(i, cPlacePrep) {
		return ""
	}
	for k, m := range s.ments {
		if mt := s.mtoks[k][0]; mt > i {
			if s.skipPlaceNoun(mt-1, i) == i {
				return m.Entity
			}
			return ""
		}
	}
	return ""
}

// speechIn reports whether a verb of saying stands among tokens [from,
// to): what follows it is another clause's ("an estimated 40" is none).
func (s *sent) speechIn(from, to int) bool {
	for _, m := range s.speech {
		if m.from >= from && m.from < to && saidWords[s.word(m.from)] {
			return true
		}
	}
	return false
}

// saidWords are the verbs of saying that open a clause of their own.
var saidWords = wordset.Of("said says told added")

// describesPlaceNoun reports whether the words from token e are a place
// noun and "of", perhaps after one more word: the mention ending at e
// describes the place named after them ("the Dravenian city of Orvesk",
// "the Kestran port city of Velan").
func (s *sent) describesPlaceNoun(e int) bool {
	for n := 0; n < 2 && e+1 < len(s.toks) && s.toks[e].word; n, e = n+1, e+1 {
		if s.is(e, cPlaceNoun) && s.word(e+1) == "of" {
			return true
		}
	}
	return false
}

// skipPlaceNoun returns the token before the determiners and the "the
// province of" that stand at tokens j and before (not before token to):
// in "in the province of X" and "in the city of X", the place is X.
func (s *sent) skipPlaceNoun(j, to int) int {
	for j >= to && s.toks[j].word && s.is(j, cDeterminer) {
		j--
	}
	if j-1 >= to && s.toks[j].word && s.word(j) == "of" && s.toks[j-1].word && s.is(j-1, cPlaceNoun) {
		j -= 2
		// "the port city of X", "the northern province of X"
		for n := 0; n < 2 && j >= to && s.toks[j].word && !s.is(j, cDeterminer) && !s.is(j, cPlacePrep); n++ {
			j--
		}
		for j >= to && s.toks[j].word && s.is(j, cDeterminer) {
			j--
		}
	}
	return j
}

// frontPlace returns the place a sentence opens with before a comma, ""
// when none: "In the port city of X, 15 people were detained", "In X,
// police arrested 40": the place of what the sentence reports.
func (s *sent) frontPlace() string {
	for k, m := range s.ments {
		mt := s.mtoks[k]
		if mt[0] > 6 {
			break
		}
		if mt[1] < len(s.toks) && s.clauseAfterFront(mt[1]) && s.skipPlaceNoun(mt[0]-1, 0) == 0 && s.is(0, cPlacePrep) {
			return m.Entity
		}
	}
	return ""
}

// quotedLater returns who speaks a quotation that the sentence opens and
// leaves open, when a later sentence of its paragraph closes it and names
// its speaker right after: the first sentence of "“We can confirm only
// three attackers killed. Those are the bodies we recovered,” Voigt
// said." is Voigt's. "" when none is named so.
func (s *sent) quotedLater() string {
	if n := len(s.quotes); n == 0 || s.quotes[n-1][1] != len(s.toks) || s.quotes[n-1][0] > len(s.toks) {
		return "" // no quotation left open at the sentence's end
	}
	text, end := s.x.in.Doc.Text, s.para.End
	if s.end >= end || end > len(text) {
		return ""
	}
	i := strings.IndexAny(text[s.end:end], "”\"")
	if i < 0 {
		return ""
	}
	j := s.end + i + 1
	for j < end && (text[j] == ',' || text[j] == ' ' || text[j]&0xC0 == 0x80) {
		j++ // past the rest of "”" and the comma
	}
	for _, m := range s.x.in.Mentions {
		if m.Start == j && m.End < end && saidAfter(text[m.End:end]) {
			return m.Entity
		}
	}
	return ""
}

// saidAfter reports whether rest opens with a verb of saying: " said",
// " says", " told", " added".
func saidAfter(rest string) bool {
	for _, v := range [...]string{" said", " says", " told", " added"} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// clauseAfterFront reports whether the sentence's clause starts at token
// i, after an opening place: a comma, or with no comma an article or a
// determiner ("In Mirvask the number of dead had reached 12").
func (s *sent) clauseAfterFront(i int) bool {
	return s.word(i) == "," || s.toks[i].word && s.is(i, cArticle|cDeterminer)
}

// sourceNear returns who the sentence attributes the claim at token pos
// to: the attribution nearest it ("according to X", "X said", "..., said
// X"), not counting the predicate itself ("announced") nor a passive
// ("attacks were reported"); "" when the sentence has none. The speaker
// is the person who speaks for the source, when the sentence names one
// (see noteSpeaker).
func (s *sent) sourceNear(pos int) (src, speaker string) {
	s.speaker, s.aside = "", ""
	for tried := uint64(0); src == ""; {
		best := s.nearestSpeech(pos, tried)
		if best < 0 {
			break
		}
		s.speaker, s.aside = "", ""
		src = s.speakerOf(s.speech[best])
		if best >= 64 {
			break
		}
		tried |= 1 << best
	}
	if src == "" {
		src = s.quotedLater()
	}
	if src == "" && len(s.speech) == 0 {
		src = s.countOwner(pos) // not "It called the agency's figure exaggerated": the speaker's, disputed
	}
	if s.source == "" {
		s.source = src
	}
	if src != "" && s.speaker != src {
		speaker = s.speaker
	}
	return src, speaker
}

// countOwner returns whose count the figure at token pos is, when the
// sentence tells it as someone's count just before it rather than with a
// speech verb: "The health ministry's own count rose to 36", "Haddar
// Casualty Watch's tally reached 41". It gives the named entity when one
// ends at the possessive, else the words of the owner; "" when none.
func (s *sent) countOwner(pos int) string {
	for k := pos - 1; k > 0 && k >= pos-countOwnerReach; k-- {
		if !s.toks[k].word || !countNouns[s.word(k)] {
			continue
		}
		if s.word(k+1) == "of" {
			return "" // "It called the agency's figure of 2,000 exaggerated": a figure quoted to be disputed
		}
		j := k - 1
		if s.word(j) == "own" && j > 0 {
			j--
		}
		w := s.word(j)
		if !s.toks[j].word || !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			return ""
		}
		for m, t := range s.mtoks {
			if t[1] == j+1 {
				return s.ments[m].Entity
			}
		}
		from := j
		for from > 0 && s.toks[from-1].word && !s.is(from-1, cDeterminer|cArticle|cVerbish|cPreposition|cConjunction) {
			from--
		}
		return unPossessive(s.x.in.Doc.Text[s.toks[from].start:s.toks[j].end])
	}
	return ""
}

// countOwnerReach is how many tokens before its figure countOwner looks
// for a count's noun (countNouns): "count had risen to 41".
const countOwnerReach = 5

// speakerOf returns the speaker of attribution m, "" when it names none
// the claim can be given: a speaker is named, never counted ("3,248 cases
// reported worldwide" is a passive, not the cases speaking), and a pronoun
// is the last sentence's speaker when it is of the same paragraph; else
// the caller tries the next nearest attribution ("according to WHO";
// "X explained that ..., he said").
func (s *sent) speakerOf(m match) string {
	src := s.sourceOf(m)
	switch {
	case startsWithDigit(src) || isFigure(src):
		return "" // "not eight as the government has said": eight says nothing
	case len(src) > 3 && strings.EqualFold(src[:3], "no "):
		return "" // "with no further deaths reported": nothing reported it
	case countNouns[strings.ToLower(src)]:
		return "" // "the number of young people who have reported using": a count says nothing
	case pronouns[strings.ToLower(src)]:
		if strings.EqualFold(src, "it") {
			if v := s.mainSubject(m.from); v != "" && !pronouns[strings.ToLower(v)] && s.x.lx.bodies[strings.ToLower(lastWord(v))] {
				return v // "The prison service has revised the number ..., it said": the service
			}
		}
		if s.x.lastLine == s.para.Line {
			return s.x.lastSource
		}
		return ""
	}
	return countsOwner(src)
}

// countsOwner returns the owner of the count src names ("ministry" for
// "according to the ministry's count"), or src itself.
func countsOwner(src string) string {
	i := strings.LastIndexByte(src, ' ')
	if i < 0 || !countNouns[src[i+1:]] {
		return src // most sources
	}
	owner := strings.TrimSuffix(src[:i], " own")
	if o := unPossessive(owner); o != owner {
		return o
	}
	return src
}

// unPossessive returns s without its possessive "'s" or "’s".
func unPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// isFigure reports whether s is a figure and nothing else: "eight",
// "dozens".
func isFigure(s string) bool {
	qs := quantity.Find(s)
	return len(qs) == 1 && qs[0].Start == 0 && qs[0].End == len(s)
}

// nearestSpeech returns the index of the attribution nearest token pos
// that can attribute it, skipping those whose bit is set in tried; -1 if
// none.
func (s *sent) nearestSpeech(pos int, tried uint64) int {
	best, bd := -1, 1<<30
	for i, m := range s.speech {
		if i < 64 && tried&(1<<i) != 0 || s.inQuote(m.from) || m.from == pos ||
			m.p.val != "after" && (s.afterBe(m.from) || s.adjectival(m.from) || s.notSpeech(m) || s.countedPassive(m)) || s.inEventClause(m, pos) {
			continue
		}
		if d := distance(m.from, m.to, pos, pos+1); d < bd {
			best, bd = i, d
		}
	}
	return best
}

// countedPassive reports whether speech verb m is a participle right
// after a figure and its noun, a passive that tells what was counted:
// "at least six people reported missing", "3,248 cases reported
// worldwide", "40 deaths confirmed".
func (s *sent) countedPassive(m match) bool {
	if !strings.HasSuffix(s.word(m.from), "ed") {
		return false
	}
	for _, f := range s.figs {
		if f.to == m.from || f.to == m.from-1 && s.toks[f.to].word {
			return true
		}
	}
	return false
}

// adjectival reports whether the speech verb at token i stands after an
// article or a possessive, as an adjective: "an estimated 25 million",
// "the alleged attacker", "its reported death toll" say who, not who says.
func (s *sent) adjectival(i int) bool {
	if i+1 < len(s.toks) && s.toks[i+1].word && strings.HasSuffix(s.word(i), "ed") && countedNouns[s.word(i+1)] {
		return true // "the number of confirmed deaths rose", "reported cases": an adjective
	}
	j := i - 1
	if j > 0 && s.toks[j].word && s.word(j) == "own" {
		j-- // "raised its own estimate": a noun
	}
	if j >= 0 && s.toks[j].word && strings.HasPrefix(s.word(i), "estimate") && len(s.word(i)) <= len("estimates") && estimateAdjectives[s.word(j)] {
		return true // "gave a slightly higher estimate", "its latest estimate": a noun
	}
	return j >= 0 && s.toks[j].word && s.is(j, cDeterminer) && s.word(j) != "that"
}

// countedNouns after a participle make it an adjective ("confirmed
// deaths"), not the verb of an attribution.
var countedNouns = wordset.Of("deaths dead fatalities cases infections casualties victims injuries")

// estimateAdjectives before "estimate" make it a noun.
var estimateAdjectives = wordset.Of("new latest initial official conservative first earlier previous revised updated preliminary final higher lower larger smaller bigger greater own")

// notSpeech reports whether speech verb m says nothing here: after "to"
// it tells what is yet to be said or was not ("is set to announce",
// "declined to say"), and "add" with an object is a gain ("the index added
// 0.8%", "Gallinari added 25 points", "added to his collection").
func (s *sent) notSpeech(m match) bool {
	if s.toBefore(m.from) >= 0 {
		return true
	}
	if s.word(m.from) == "saying" {
		return m.from == 0 || s.x.in.Doc.Text[s.toks[m.from-1].start:s.toks[m.from-1].end] != "," // "..., saying": not "a report saying"
	}
	if w := s.word(m.from); w != "add" && w != "adds" && w != "added" || m.to >= len(s.toks) {
		return false
	}
	k := m.to
	if !s.toks[k].word {
		switch s.x.in.Doc.Text[s.toks[k].start:s.toks[k].end] {
		case "$", "€", "£":
			return true
		}
		return false
	}
	w := s.word(k)
	return w[0] >= '0' && w[0] <= '9' || gainWords[w] || s.is(k, cDeterminer) && w != "that"
}

// gainWords after "added" make it a gain, not a remark: "added to his
// titles", "added up", "added more than 2%".
var gainWords = wordset.Of("to up more nearly almost about around roughly some another over")

// startsWithDigit reports whether v begins with an ASCII digit.
func startsWithDigit(v string) bool { return v != "" && v[0] >= '0' && v[0] <= '9' }

// timeOpeners open a clause that dates the claim by another event.
var timeOpeners = wordset.Of("since after before until when")

// inEventClause reports whether speech verb m, after the predicate at
// token pos, tells another event in a clause of time and takes an object:
// in "the largest offensive since the two presidents announced a
// ceasefire" the presidents announced the truce, not the offensive. "...
// after heavy fighting, the minister said." and "... since 2020,
// according to the monitor" still attribute.
func (s *sent) inEventClause(m match, pos int) bool {
	if m.p.val == "after" || m.from <= pos || m.to >= len(s.toks) || !s.toks[m.to].word || !s.is(m.to, cDeterminer) && !s.is(m.to, cArticle) {
		return false
	}
	for k := pos + 1; k < m.from; k++ {
		if s.toks[k].word && s.is(k, cTimeOpener) {
			return true
		}
	}
	return false
}

// sourceOf returns the speaker of attribution m.
func (s *sent) sourceOf(m match) string {
	if m.p.val == "after" {
		if e := s.mentionAfter(m.to, speakerReach); e != "" {
			return e
		}
		return s.phraseWords(m.to, s.clauseEnd(m.to), true)
	}
	if s.word(m.from) == "saying" {
		for _, o := range s.speech {
			if o.to < m.from && o.p.val != "after" && s.word(o.from) != "saying" {
				return s.sourceOf(o) // "The army denied this, saying ...": who denied
			}
		}
		return s.openingSubject(m.from) // "The EDF revised its account, saying ...": the EDF
	}
	if s.isInverted(m) {
		if e := s.mentionAfter(m.to, 3); e != "" {
			return e
		}
		return s.phraseWords(m.to, s.clauseEnd(m.to), true)
	}
	if e := s.afterQuote(m.from); e != "" {
		return e
	}
	if m.from > 0 && s.toks[m.from-1].word && (s.word(m.from-1) == "and" || s.ownSpeaker(m.from)) {
		for k := len(s.speech) - 1; k >= 0; k-- {
			if o := s.speech[k]; o.to < m.from && o.p.val != "after" {
				// "X said ... and repeated that ...": X repeated it; "the
				// group said its researchers had counted": the group's
				// count, the nearest group before ("Leketti put the toll at
				// 51, while the Church said its priests had recorded 112").
				return s.sourceOf(o)
			}
		}
	}
	if b := s.clauseStart(m.from); b > 1 && s.relativeOf(b-1) && (b == m.from || s.ownVerb(b, m.from)) {
		if v := s.tailSubject(b-1, true); v != "" {
			// "The monitoring group that tracks the conflict counted", "the
			// association, which put the toll at seven": the group.
			return v
		}
	}
	if v := s.tailSubject(m.from, true); v != "" {
		return v
	}
	return s.mainSubject(m.from)
}

// isInverted reports whether speech verb m comes before its speaker, after
// a comma or a quotation and the few words after it end the clause:
// "..., said the monitor." but not "..., explained that the rebels ...",
// "..., said the rebels had ...", "..., said six civilians, including
// two children, were killed" nor "..., told reporters" (an "object" verb:
// the words after it are the addressee).
func (s *sent) isInverted(m match) bool {
	if m.p.val == "object" || m.from == 0 || s.toks[m.from-1].word || m.to >= len(s.toks) || notInverting[s.word(m.from)] {
		return false
	}
	if s.toks[m.to].word && saidWhat[s.word(m.to)] {
		return false // "X, an armed group that holds Kelmora, said so": so is what was said
	}
	if _, ok := s.numberAt(m.to); ok || !s.toks[m.to].word {
		return false // "The mayor, who arrived overnight, said twelve people died"
	}
	for k := m.to; k < len(s.toks) && k < m.to+6; k++ {
		if !s.toks[k].word {
			// "said six civilians, including two children, were killed":
			// a subject with its part set off, not the one who spoke.
			return k+1 >= len(s.toks) || !s.toks[k+1].word || s.word(k+1) != "including"
		}
		w := s.word(k)
		if k > m.to && (s.is(k, cPreposition) && k+1 < len(s.toks) && s.inTime(k+1) || s.inTime(k)) {
			continue // "..., confirmed the ministry on Sunday."; not "(NDMO) said on Monday"
		}
		if s.is(k, cVerbish) || s.is(k, cPreposition) && w != "of" {
			return w == "who" || w == "which" // "said a resident who asked ..."
		}
	}
	return m.to+6 > len(s.toks)
}

// ownSpeaker reports whether the words before the speech verb at token i
// are a body's own people ("its researchers had", "their lawyers"): they
// speak for the source that reported them.
func (s *sent) ownSpeaker(i int) bool {
	j := i - 1
	for j > 0 && s.toks[j].word && s.is(j, cVerbish) {
		j-- // "had"
	}
	return j >= 1 && s.toks[j].word && s.toks[j-1].word && possessives[s.word(j-1)]
}

// timePreps are the prepositions that place a speaker's words in time,
// never a noun inside a speaker's title: "two days after the army said".
var timePreps = wordset.Of("after before since until till during")

// saidWhat are the words after a speech verb that are what was said, not
// who said it: "said so", "said this".
var saidWhat = wordset.Of("so this that it nothing otherwise")

// notInverting are the speech verbs whose words after a comma are their
// object, never their speaker ("X, the party's leader, denied the
// accusation"), as they are after "..., said the monitor".
var notInverting = wordset.Of("deny denies denied acknowledge acknowledges acknowledged documented recorded counted tallied logged")

// afterQuote returns the entity of the first mention after the quotation
// that ends before token pos: "“...,” X, director of Y, told Z".
func (s *sent) afterQuote(pos int) string {
	qEnd := -1
	for _, q := range s.quotes {
		if q[1] < pos {
			qEnd = q[1]
		}
	}
	if qEnd < 0 {
		return ""
	}
	for k, m := range s.ments {
		if mt := s.mtoks[k][0]; mt >= qEnd && mt < pos {
			if k+1 < len(s.ments) && s.mtoks[k+1][0] < pos && s.bodyBefore(k+1) == m.Entity {
				s.speaker = s.ments[k+1].Entity // "“...,” FLS spokesman X said"
			}
			return m.Entity
		}
	}
	return ""
}

// relativeClause finds a relative clause ending at token j, its "that",
// "which" or "who" after a noun and no punctuation up to j: it returns
// the comma that opens it (", which had earlier given a toll of 16,") or
// the apposition holding it (", a group that tracks the war,"), appos
// true, or else the relative word. An apposition with
// no relative clause ("The KRO, a London-based monitor, said") is one
// when it opens with "a" or "an" after a name. (Without the comma,
// "the group that tracks the conflict counted" reads as "rebel groups
// that dealt a blow to X an NGO reported": the relative word is not
// taken for the subject's end.)
func (s *sent) relativeClause(j int) (int, bool) {
	rel := -1
	for k := j - 1; k > 0 && k >= j-24; k-- {
		if !s.toks[k].word {
			switch s.x.in.Doc.Text[s.toks[k].start] {
			case '-':
				continue // "a Vienna-based group"
			case ',':
				if w := s.word(k + 1); w == "which" || w == "who" || w == "whose" || (rel >= 0 || appositives[w] && s.mentionEnds(k)) && s.is(k+1, cDeterminer) {
					if e := s.mentionIn(k, j); e != "" {
						s.aside = e // "based in Britain", "deployed by the Regional Security Council": not a topic
					}
					return k, true // "The KRO, a London-based monitor, said"
				}
			}
			break
		}
		if w := s.word(k); rel < 0 && (w == "that" || w == "which" || w == "who") && s.toks[k-1].word && !s.is(k-1, cVerbish) && !saidWords[s.word(k-1)] {
			rel = k
		}
	}
	return rel, false
}

// appositives open a phrase that describes the name before it.
var appositives = wordset.Of("a an")

// mentionEnds reports whether a mention ends at token k, a bracket after
// it aside: "The Kassarian Rights Observatory (KRO),".
func (s *sent) mentionEnds(k int) bool {
	if k > 0 && s.x.in.Doc.Text[s.toks[k-1].start] == ')' {
		k--
		for k > 0 && s.toks[k-1].word {
			k--
		}
		if k > 0 {
			k-- // the "("
		}
	}
	for _, mt := range s.mtoks {
		if mt[1] == k {
			return true
		}
	}
	return false
}

// mentionIn returns the entity of the last mention starting in tokens
// (i, j), "" when none.
func (s *sent) mentionIn(i, j int) string {
	e := ""
	for k, mt := range s.mtoks {
		if mt[0] > i && mt[0] < j {
			e = s.ments[k].Entity
		}
	}
	return e
}

// clauseEnd returns the first punctuation token at or after i.
func (s *sent) clauseEnd(i int) int {
	for i < len(s.toks) && s.toks[i].word {
		i++
	}
	return i
}

// inQuote reports whether token i stands inside a quotation.
func (s *sent) inQuote(i int) bool {
	for _, q := range s.quotes {
		if i >= q[0] && i < q[1] {
			return true
		}
	}
	return false
}

// countWord reports whether token k is a number, in digits or words.
func (s *sent) countWord(k int) bool {
	_, ok := s.numberAt(k)
	return ok
}
