package claim

import "strings"

// Word classes the slot finders stop at or skip. They are grammar, not
// vocabulary, so they live here rather than in a lexicon file.
var (
	determiners  = setOf("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that")
	prepositions = setOf("to", "of", "by", "for", "from", "with", "in", "at", "on", "against", "near", "into", "towards", "toward",
		"around", "over", "under", "after", "before", "since", "during", "between", "without", "through", "across", "via", "as", "like",
		"about", "outside", "inside", "throughout", "within", "amid", "despite", "until")
	// verbish words end a noun phrase: auxiliaries, relatives, negation.
	verbish = setOf("that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "if",
		"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can", "may", "might",
		"should", "must", "did", "does", "do", "not", "never", "remain", "remains", "remained", "according", "having")
	conjunctions = setOf("and", "but", "or", "nor")
	// clauseOpeners start the clause a subject is looked for in: "the
	// report said that | the army took", "the town, which | fell".
	clauseOpeners = setOf("that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "although", "though",
		"because", "after", "before", "since", "as", "if", "until", "unless", "said", "says", "say", "told", "tells", "reported",
		"reports", "stated", "added", "announced", "indicated", "explained", "confirmed", "noted", "declared", "insisted", "stressed")
	beForms = setOf("is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained")
	adverbs = setOf("now", "still", "also", "already", "then", "again", "reportedly", "allegedly", "just", "only", "even", "later",
		"overnight", "today", "yesterday", "tonight", "earlier")
	placePreps = setOf("in", "near", "at", "around", "outside", "inside", "into", "across", "throughout")
	pronouns   = setOf("it", "he", "she", "they", "we", "i")
)

// setOf returns a set of words.
func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
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
	case m.p.flags&flagNoun != 0:
		return "", ""
	case m.p.flags&flagPassive != 0:
		return s.object(m.to), s.subject(m.from)
	case s.afterBe(m.from):
		if m.to < len(s.toks) && s.toks[m.to].word && s.word(m.to) == "by" {
			actor = s.object(m.to + 1)
		}
		return actor, s.subject(m.from)
	}
	return s.subject(m.from), s.object(m.to)
}

// afterBe reports whether a form of "be" (or "remain") stands before
// token i, past adverbs and "not": "was reportedly captured", "have been
// displaced", "remains under the control of".
func (s *sent) afterBe(i int) bool {
	for j := i - 1; j >= 0 && s.toks[j].word; j-- {
		w := s.word(j)
		if beForms[w] {
			return true
		}
		if !adverbs[w] && w != "not" && !strings.HasSuffix(w, "ly") {
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
	b := s.clauseStart(pos)
	if v := s.subjectIn(b, pos); v != "" {
		return v
	}
	if e := s.clauseEnd(0); e < b {
		return s.subjectIn(0, e)
	}
	return ""
}

// subjectIn returns the subject found in tokens [b, e): the last mention
// not governed by a preposition nor part of an attribution, else the noun
// phrase opening the range.
func (s *sent) subjectIn(b, e int) string {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		mt := s.tokenAt(m.Start)
		if mt < b {
			break
		}
		if s.tokenAfter(m.End) > e || s.governed(mt) || s.inAttribution(mt) {
			continue
		}
		return m.Entity
	}
	return s.phraseWords(b, e, true)
}

// clauseStart returns the first token of the clause holding token pos:
// after punctuation, a clause opener, or "and"/"but" before a determiner
// ("seized the bridge and | the army retreated").
func (s *sent) clauseStart(pos int) int {
	b := pos
	for b > 0 && s.toks[b-1].word {
		w := s.word(b - 1)
		if clauseOpeners[w] || conjunctions[w] && b < pos && determiners[s.word(b)] {
			break
		}
		b--
	}
	return b
}

// governed reports whether a preposition stands before token i, past any
// determiner or capitalised title: "loyal to the X", "loyal to President
// X".
func (s *sent) governed(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !s.toks[j].word {
			return false
		}
		w := s.word(j)
		if determiners[w] || s.toks[j].upper {
			continue
		}
		return prepositions[w]
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
	for _, m := range s.ments {
		mt := s.tokenAt(m.Start)
		if mt < to {
			continue
		}
		if mt-to > objectReach || s.clauseBreak(to, mt) {
			break
		}
		if s.governedBy(mt, to) {
			break
		}
		return m.Entity
	}
	e := to
	for e < len(s.toks) && s.toks[e].word && e-to < 8 {
		e++
	}
	return s.phraseWords(to, e, false)
}

// governedBy reports whether a preposition other than "of" stands in
// tokens [from, i).
func (s *sent) governedBy(i, from int) bool {
	for j := from; j < i; j++ {
		if w := s.word(j); s.toks[j].word && w != "of" && prepositions[w] {
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
	for from < to && (!s.toks[from].word || determiners[s.word(from)] || conjunctions[s.word(from)] || s.x.lx.factive[s.word(from)]) {
		from++
	}
	end := from
	for end < to && end-from < 5 && s.toks[end].word {
		w := s.word(end)
		if verbish[w] || conjunctions[w] || prepositions[w] && (subject || w != "of") {
			break
		}
		end++
	}
	for end > from && (isAdverb(s.word(end-1)) || s.word(end-1) == "of" || determiners[s.word(end-1)]) {
		end--
	}
	if end == from {
		return ""
	}
	return s.x.in.Doc.Text[s.toks[from].start:s.toks[end-1].end]
}

// isAdverb reports whether w is an adverb: a listed one or a word in -ly
// ("largely").
func isAdverb(w string) bool { return adverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly") }

// mentionAfter returns the entity of the first mention starting within
// reach tokens from token i, no sentence punctuation between (quotation
// marks and brackets are crossed); "" when none.
func (s *sent) mentionAfter(i, reach int) string {
	for _, m := range s.ments {
		mt := s.tokenAt(m.Start)
		if mt < i {
			continue
		}
		if mt-i > reach || s.clauseBreak(i, mt) {
			return ""
		}
		return m.Entity
	}
	return ""
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
	for _, m := range s.ments {
		mt := s.tokenAt(m.Start)
		if mt < to || m.Entity == object {
			continue
		}
		j := mt - 1
		for j >= to && s.toks[j].word && determiners[s.word(j)] {
			j--
		}
		if j >= to && s.toks[j].word && placePreps[s.word(j)] {
			return m.Entity
		}
	}
	return ""
}

// sourceNear returns who the sentence attributes the claim at token pos
// to: the attribution nearest it ("according to X", "X said", "..., said
// X"), not counting the predicate itself ("announced") nor a passive
// ("attacks were reported"); "" when the sentence has none.
func (s *sent) sourceNear(pos int) string {
	best, bd := -1, 1<<30
	for i, m := range s.speech {
		if s.inQuote(m.from) || m.from <= pos && pos < m.to || m.p.val != "after" && s.afterBe(m.from) {
			continue
		}
		if d := distance(m.from, m.to, pos, pos+1); d < bd {
			best, bd = i, d
		}
	}
	if best < 0 {
		return ""
	}
	src := s.sourceOf(s.speech[best])
	if pronouns[strings.ToLower(src)] {
		src = ""
		if s.x.lastLine == s.para.Line {
			src = s.x.lastSource
		}
	}
	if s.source == "" {
		s.source = src
	}
	return src
}

// sourceOf returns the speaker of attribution m.
func (s *sent) sourceOf(m match) string {
	if m.p.val == "after" {
		if e := s.mentionAfter(m.to, speakerReach); e != "" {
			return e
		}
		return s.phraseWords(m.to, s.clauseEnd(m.to), true)
	}
	inverted := m.from > 0 && !s.toks[m.from-1].word
	if inverted {
		if e := s.mentionAfter(m.to, 3); e != "" {
			return e
		}
	}
	if e := s.speakerBefore(m.from); e != "" {
		return e
	}
	if inverted {
		return s.phraseWords(m.to, s.clauseEnd(m.to), true)
	}
	return s.subject(m.from)
}

// speakerBefore returns the entity of the subject of a speech verb at
// token pos: a mention close before it, or the first mention after the
// quotation that ends before it ("“...,” X, director of Y, told Z").
func (s *sent) speakerBefore(pos int) string {
	for k := len(s.ments) - 1; k >= 0; k-- {
		m := s.ments[k]
		mt := s.tokenAt(m.Start)
		if mt >= pos {
			continue
		}
		if end := s.tokenAfter(m.End); pos-end <= speakerReach && !s.inQuote(mt) && !s.clauseBreak(end, pos) && !s.governed(mt) {
			return m.Entity
		}
		break
	}
	qEnd := -1
	for _, q := range s.quotes {
		if q[1] < pos {
			qEnd = q[1]
		}
	}
	if qEnd < 0 {
		return ""
	}
	return s.firstMention(qEnd, pos)
}

// firstMention returns the entity of the first mention in tokens
// [from, to), "" when none.
func (s *sent) firstMention(from, to int) string {
	for _, m := range s.ments {
		if mt := s.tokenAt(m.Start); mt >= from && mt < to {
			return m.Entity
		}
	}
	return ""
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
