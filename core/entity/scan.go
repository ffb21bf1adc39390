package entity

import (
	"strings"
	"sync"
	"unicode"

	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// vote indexes the kind evidence a mention carries.
type vote uint8

const (
	vPerson vote = iota // a title before it, a role after it
	vOrg                // an org cue word in it
	vGroup              // a group cue word in it
	vPlace              // a place cue in or around it
	vEvent              // an event cue word in it
	nVotes
)

// def is an acronym defined in parentheses: the index in the scanner's
// out of its long form, and the acronym's start. described marks a long
// form that describes it rather than spelling it ("the UN refugee agency
// (UNHCR)"), which the parentheses alone tie to it.
type def struct {
	long, at  int
	described bool
}

// cand is a mention found by the scanner, before linking.
type cand struct {
	art, start, end int
	text            string
	node            string        // what it is first linked by: Key, or a lexicon prefix + key
	nodeIdx         int           // the index of that node in the linker, set by newLinker
	words           []string      // key words of a name; nil for lexicon mentions
	role            string        // title before a person's name
	country         *country      // for countries, peoples and their forces
	acroOf          int           // for an acronym defined in parentheses: 1 + index of its long form in the article's cands
	votes           [nVotes]int16 // a few points each (see kindVotes), next to the flags: a small mention is quicker to copy and clear
	acro            bool          // an acronym
	plain           bool          // a name of several words none of which is an acronym
	partial         bool          // a lone cue word ("the Observatory"): kept only if it resolves
	forces          bool          // the armed forces of country
	coref           bool          // "government army": resolved against the article's main country
	credit          bool          // an acronym as a dateline credits an agency: "OSTREL (CPA) - ..."
	head            uint8         // the head that follows it in lower case ("the Kerelo company"): see headBodies
	headLen         uint8         // the bytes from its end to the end of the head's word
}

// kindVotes returns m's votes as the linker counts them.
func (m *cand) kindVotes() (v [nVotes]int) {
	for i, x := range m.votes {
		v[i] = int(x)
	}
	return v
}

// candBufs keeps mention buffers between calls to Link, as tokenBufs
// does token buffers: a text's candidates take about twice its size in
// memory, and Analyze links every report's articles anew.
var candBufs sync.Pool

// maxPooledCands is the largest mention buffer kept for reuse.
const maxPooledCands = 1 << 12

// getCands returns an empty mention buffer with room for at least n
// mentions, from the pool when the one there is big enough: a smaller one
// would grow by copying, mention by mention. Buffers are pooled one per
// article, as tokens are: a single buffer for all would sit in one
// processor's private slot of the pool, out of reach of a call on another.
func getCands(n int) []cand {
	if p, ok := candBufs.Get().(*[]cand); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]cand, 0, n)
}

// putCands returns cs to the pool, cleared so that it holds no text. Its
// room beyond its length must hold zero mentions, as it does when cs only
// grew by append since getCands (finish clears the mentions it drops):
// only the length is cleared, so a pooled buffer is all zero mentions, and
// a large one used for a short article costs no clearing of its room.
func putCands(cs []cand) {
	if cap(cs) > maxPooledCands {
		return
	}
	clear(cs)
	cs = cs[:0]
	candBufs.Put(&cs)
}

// scanner finds the mentions of one text.
type scanner struct {
	l     *lexicons
	memo  *memo // shared by the scanners of one Link call
	text  string
	lower string   // text with ASCII letters lower-cased
	alts  []string // the lower-case forms of the tokens beyond ASCII that differ from their span of lower
	art   int
	toks  []token
	head  []bool // per line: a title-case headline
	caps  []bool // per line: all in capitals
	out   []cand
	later [][2]int32 // runs deferred until the names of ordinary text are known
	heads []int32    // the lower-case tokens corefs asks about, noted by headlines
	defs  []def      // acronyms defined in parentheses
	descs [][]string // the lower-case words of described long forms, for their later mentions

	pendRole string // a title with its name after a comma: "Foreign Minister, Abbas Araghchi"
	pendTok  int    // the token where that name must start
}

// sequences returns the capitalised runs of s's tokens as [first, last]
// token indexes: capitalised words and acronyms, with connectors between
// them ("Bashar al-Assad", "Observatory for Human Rights").
//
// It appends them to seqs and returns it.
func (s *scanner) sequences(seqs [][2]int32) [][2]int32 {
	toks := s.toks
	for i := 0; i < len(toks); {
		if !isNameish(toks[i]) {
			i++
			continue
		}
		last, hasCue := i, s.class(i).cue() != noCue
		for j := i + 1; j < len(toks); {
			if !s.joins(last, j) {
				break
			}
			if isNameish(toks[j]) {
				last, j = j, j+1
				hasCue = hasCue || s.class(j-1).cue() != noCue
				continue
			}
			k := j
			for k < len(toks) && k < j+2 && s.class(k)&wcConnector != 0 && !toks[k].upper && (k == j || toks[k].joined) {
				if s.class(k)&wcCueConn != 0 && !hasCue {
					k = -1
					break
				}
				k++
			}
			if k <= j || k >= len(toks) || !toks[k].joined || !isNameish(toks[k]) || toks[k].line != toks[i].line || s.titleBeforeName(k) ||
				s.class(k)&wcCommon != 0 {
				break // "Ravel Airport on Friday": a connector does not reach a day
			}
			last, j = k, k+1
			hasCue = hasCue || s.class(k).cue() != noCue
		}
		seqs = append(seqs, [2]int32{int32(i), int32(last)})
		i = last + 1
	}
	return seqs
}

// titleBeforeName reports whether a title starts at token k and a name
// follows it: "the Ministry of Defence General Arlen Kask" is two names,
// while "the Office of the Inspector General" ends in a title and is one.
func (s *scanner) titleBeforeName(k int) bool {
	n := s.titleLen(k)
	if n == 0 {
		return false
	}
	e := k + n
	return e >= len(s.toks) || s.toks[e].joined && isNameish(s.toks[e])
}

// joins reports whether token j continues the run ending at token last.
func (s *scanner) joins(last, j int) bool {
	a, b := s.toks[last], s.toks[j]
	if a.final || b.prefixed || a.line != b.line {
		return false
	}
	if b.joined {
		return true
	}
	if g := s.text[a.end:b.start]; g == " & " || g == "&" {
		return true // "Tressel Power & Light", "AT&T"
	}
	if !a.dotAfter || !isSpaceGap(s.text[a.end+1:b.start]) {
		return false
	}
	// "Gen. Smith": a dotted title does not end the run; nor does a
	// middle initial after a name ("Mary E. Lovely", "John F. Kennedy").
	return s.class(last)&wcTitleDot != 0 || a.end-a.start == 1 && a.upper && a.joined && last > 0 && s.toks[last-1].upper && !s.toks[last-1].acro ||
		b.upper && nameDots[s.low(last)] && !(a.joined && last > 0 && s.toks[last-1].upper) // "St. Orlen", "Mt. Kessel": the abbreviation opens the name; "Main St. Police said" ends one
}

// nameDots are abbreviations that open a name with their dot: saint,
// mount, fort.
var nameDots = wordset.Of("st ste mt ft")

// isNameish reports whether t can be part of a name.
func isNameish(t token) bool {
	return t.upper && !t.tag
}

// titleLen returns how many tokens from i spell a title, 0 for none. The
// longest title wins: "Lieutenant Colonel" over "Lieutenant".
func (s *scanner) titleLen(i int) int { return s.titleUpTo(i, s.l.maxTitle) }

// titleUpTo is titleLen for titles of at most most tokens: in a run of
// one word, "Secretary" before "of State Antony Blinken" is a title of
// its own.
func (s *scanner) titleUpTo(i, most int) int {
	if s.class(i)&wcTitleFirst == 0 {
		return 0 // most words start no title: one probe, no string built
	}
	best := 0
	var room [64]byte // the words so far, one space apart: most titles fit
	b := room[:0]
	for n := 1; n <= most && i+n-1 < len(s.toks); n++ {
		t := s.toks[i+n-1]
		if n > 1 {
			if !s.joins(i+n-2, i+n-1) {
				break
			}
			b = append(b, ' ')
		}
		b = append(b, s.low(i+n-1)...)
		// A map indexed with string(bytes) makes no string.
		if s.l.titles[string(b)] || (t.dotAfter && s.l.titles[string(append(b, '.'))]) {
			best = n
		}
	}
	return best
}

// demonymAt returns the country or people of a demonym at token i and the
// number of tokens it spans ("South Korean" is two), or nil.
func (s *scanner) demonymAt(i, last int) (*country, int) {
	if i+1 <= last && s.class(i)&wcDemonymHead != 0 {
		if c := s.l.demonyms[s.low(i)+" "+s.low(i+1)]; c != nil {
			return c, 2
		}
	}
	if s.toks[i].upper && s.class(i)&wcDemonym != 0 {
		return s.l.demonyms[s.low(i)], 1
	}
	return nil, 0
}

// compass are adjectives that qualify a place without being part of its
// name when the rest is a country: "Northwestern Syria" mentions Syria,
// while "Northern Liberation Front" keeps its first word.
var compass = wordset.Of(`north south east west northern southern eastern western central northeastern northwestern
	southeastern southwestern northwest northeast southwest southeast`)

// personNouns are lower-case words that, right before a name or after it
// and a comma, say it is a person's: "its director, Elena Brasko", "the
// group's leader Sandor Matyas". Titles count too.
var personNouns = wordset.Of(occupationWords + `
	leader head founder expert resident official witness
	father mother son daughter wife husband brother sister author writer chairman chairwoman candidate
	owner partner employee worker who student driver survivor eyewitness neighbour neighbor relative
	cousin uncle aunt volunteer firefighter miner fisherman shopkeeper trader singer actor actress`)

// occupations are the person nouns a writer may capitalise as a title
// before a full name ("Lawyer Anna Berg"); kinship words are not among
// them, as "Son" opens Korean names.
var occupations = wordset.Of(occupationWords)

// occupationWords are the words of occupations, person nouns too.
const occupationWords = `lawyer doctor engineer nurse surgeon medic paramedic teacher pilot farmer architect
	economist scientist geologist seismologist historian journalist photographer reporter correspondent activist
	researcher analyst priest imam pastor rabbi spokesman spokeswoman spokesperson novelist poet artist diplomat
	lawmaker legislator businessman businesswoman lecturer`

// placeBefore are words before a name that make it a place: "in Idlib",
// "the city of Aleppo"; the number is the weight of the evidence.
var placeBefore = wordset.Ints("in:1 near:2 from:1 into:1 outskirts:2 around:1 across:1 city:3 town:3 village:3 province:3 region:3 governorate:3 district:3 capital:3 north:2 south:2 east:2 west:2 towards:1 toward:1 at:1")

// placeAfter are words after a name that make it a place: "Idlib province",
// "Kessel police" (the police of a place; "Kessel Police" is a body).
var placeAfter = wordset.Of("province region governorate countryside city district area border valley police gendarmerie")

// speechVerbs after a name hint at a person: "X said".
var speechVerbs = wordset.Of(`said told added says stressed explained declared spoke warned denied insisted wrote
	tweeted`)

// isCorefHead reports whether w, before a force word, names the forces of
// the country an article is about: "government army", "regime forces".
// headlines asks it of every word, so it is a comparison, not a set.
func isCorefHead(w string) bool {
	return w == "government" || w == "regime"
}

// forceMods may sit between a demonym and a force word: "Syrian government
// forces", "Syrian security forces".
var forceMods = wordset.Of("government regime state national security armed")

// class returns the word class of token i, looked up on first use.
func (s *scanner) class(i int) wordClass {
	t := &s.toks[i]
	if t.cls == 0 {
		w := s.lower[t.start:t.end] // s.low(i), written out on this hot path
		if t.alt != 0 {
			w = s.alts[t.alt-1]
		}
		t.cls = s.l.classTab.get(w) | wcKnown
	}
	return t.cls
}

// low returns the lower-case form of token i: its span of the lower-cased
// text, or for a word beyond ASCII the form tokenize made (see token.alt).
// It is not inlined: its forty-odd callers grew the wasm download by 5 KB
// when it was; the few hot loops write it out.
//
//go:noinline
func (s *scanner) low(i int) string {
	t := &s.toks[i]
	if t.alt == 0 {
		return s.lower[t.start:t.end]
	}
	return s.alts[t.alt-1]
}

// key returns the Key of the text of tokens i..j.
func (s *scanner) key(i, j int) string {
	return s.keyed(i, j).key
}

// keyed returns the Key and key words of the text of tokens i..j.
func (s *scanner) keyed(i, j int) keyed {
	a, b := s.toks[i].start, s.toks[j].end
	return s.memo.ofSpan(s.text[a:b], s.lower[a:b])
}

// isCredit reports whether the text from start to end is bracketed and
// followed by a dash, as a dateline credits its agency: "OSTREL, Tarvenia
// (CPA) - Fighters ...".
func (s *scanner) isCredit(start, end int) bool {
	if start == 0 || s.text[start-1] != '(' || end >= len(s.text) || s.text[end] != ')' {
		return false
	}
	rest := strings.TrimLeft(s.text[end+1:min(end+6, len(s.text))], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "\u2014") || strings.HasPrefix(rest, "\u2013")
}

// span returns the text of tokens i..j.
func (s *scanner) span(i, j int) string {
	return s.text[s.toks[i].start:s.toks[j].end]
}

// isCommon reports whether token i is a function word dropped from the
// front of a run ("The", "According", "On").
func (s *scanner) isCommon(i int) bool {
	t := s.toks[i]
	if t.acro && len(s.low(i)) > 1 {
		return false
	}
	c := s.class(i)
	return c&wcCommon != 0 || (t.dotAfter && c&wcCommonDot != 0)
}

// isOrgVote reports whether a cue's vote is an organisation's or a group's.
func isOrgVote(v vote) bool { return v == vOrg || v == vGroup }

// possessiveCut returns where the run i..last divides at a plural
// possessive, 0 when it is one name. The run holds on through the
// possessive only when no more than two words end it in the cue of an
// organisation or group ("the General Workers' Union", "Farmers' Party"),
// or one word ends it that ends a place ("Tanners' Row"); "the Lakers'
// LeBron James" is two names.
func (s *scanner) possessiveCut(i, last int) int {
	for k := i + 1; k <= last; k++ {
		if !s.toks[k].poss {
			continue
		}
		if last-k <= 1 && isOrgVote(s.cueVote(k, last)) {
			continue
		}
		if last == k && (s.class(k).cue() == placeCue || placeHeads[s.text[s.toks[k].start:s.toks[k].end]]) {
			continue // "Tanners' Row", "the Rebels' Square": a place
		}
		return k
	}
	return 0
}

// isLexical reports whether token i starts a title or is a listed
// demonym, country or acronym: known without looking at its case.
func (s *scanner) isLexical(i int) bool {
	t := s.toks[i]
	if s.titleLen(i) > 0 || s.class(i)&wcDemonym != 0 {
		return true
	}
	if _, ok := s.l.known[strings.ReplaceAll(s.text[t.start:t.end], ".", "")]; ok {
		return true
	}
	k := s.keyed(i, i)
	return k.country != nil || k.place != nil
}

// decompose turns the run of tokens i..last into mentions: function words
// dropped, a leading demonym and title split off ("Syrian President Bashar
// al-Assad" → Syria, and the person Bashar al-Assad as president), armed
// forces recognised ("Syrian Arab Army").
func (s *scanner) decompose(i, last int) {
	if k := s.possessiveCut(i, last); k > 0 {
		s.decompose(i, k-1)
		s.decompose(k, last)
		return
	}
	for i <= last && s.isCommon(i) {
		i++
	}
	if i > last {
		return
	}
	if i < last && compass[s.low(i)] && s.keyed(i, last).country == nil {
		if c := s.keyed(i+1, last).country; c != nil && !c.people {
			s.emitLex(c, false, i+1, last)
			return
		}
	}
	role := ""
	if i == s.pendTok && s.pendRole != "" && strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start]) == "," {
		role = s.pendRole
	}
	if s.portfolioOf(i) {
		// "Minister of Oil Petar Solheim": the run after "of" opens with
		// the office's portfolio, and the person is its last two words.
		n := 2
		if last-i >= 3 && s.class(last-1)&wcConnector != 0 {
			n = 3 // "Minister of Foreign Affairs Ali bin Hamad"
		}
		if last-i+1 <= n {
			// "the Minister of Health, Dana Kole": all office, the name
			// after the comma.
			s.pendRole, s.pendTok = s.span(i-2, last), last+1
			return
		}
		role = s.span(i-2, last-n)
		i = last - n + 1
	}
	titleFrom := -1 // the first of the titles just read: "Maj. Gen." is one role
	for i <= last {
		if n := s.titleUpTo(i, last-i+1); n > 0 {
			if i+n <= last && isOrgVote(s.cueVote(i+n, last)) {
				break // "General Workers Union": a title before a cue word is part of a name, as innerTitle says
			}
			if titleFrom < 0 {
				titleFrom = i
			}
			role = s.span(titleFrom, i+n-1)
			i += n
			continue
		}
		if titleFrom < 0 && role == "" && last-i >= 2 && occupations[s.low(i)] && s.cueVote(i+1, last) == nVotes {
			// "Lawyer Anna Berg", "Doctor Lena Otto": an occupation written
			// as a title is the role of the name after it.
			role = s.span(i, i)
			i++
			continue
		}
		titleFrom = -1
		c, n := s.demonymAt(i, last)
		if c == nil {
			break
		}
		j := i + n
		if j > last {
			s.demonymAlone(c, i, last)
			return
		}
		if s.titleLen(j) > 0 {
			s.emitLex(c, false, i, j-1)
			i = j
			continue
		}
		if _, m := s.demonymAt(j, last); m > 0 {
			s.emitLex(c, false, i, j-1)
			i = j
			continue
		}
		if s.isForceName(c, j, last) {
			s.emitLex(c, true, i, last)
			return
		}
		if s.cueVote(j, last) == nVotes {
			// "Palestinian Hamas", "Israeli Benjamin Netanyahu": a demonym
			// before a name with no cue word describes it, it is no part of it.
			s.emitLex(c, false, i, j-1)
			i = j
			continue
		}
		break
	}
	if i <= last {
		if p, n := s.innerTitle(i, last); p > 0 {
			q := p
			for q > i && titleMods[s.low(q-1)] {
				q--
			}
			if q > i {
				s.emitName(i, q-1, role)
			}
			role, i = s.span(q, p+n-1), p+n
		}
	}
	if i > last {
		if role != "" {
			s.pendRole, s.pendTok = role, last+1
		}
		return
	}
	s.emitName(i, last, role)
}

// titleMods are words that may come before a title: "Senior Vice
// President", "Acting Director".
// portfolioOf reports whether the run starting at token i follows an
// office that takes a portfolio and "of": "Minister of", "Secretary of",
// "Superintendent of".
func (s *scanner) portfolioOf(i int) bool {
	return i >= 2 && s.toks[i].joined && s.toks[i-1].joined && s.low(i-1) == "of" && s.toks[i-2].upper && portfolioTitles[s.low(i-2)]
}

// portfolioTitles are the offices named with a portfolio after "of".
var portfolioTitles = wordset.Of("minister secretary commissioner superintendent")

var titleMods = wordset.Of("senior acting former interim deputy assistant associate executive first vice then")

// innerTitle finds a title inside the run i..last after its first word, as
// in "Indiana House Speaker Brian Bosma", and returns its first token and
// length, or 0, 0. A title followed by a cue word is part of a name
// ("General Assembly"), and one ending the run only counts when the words
// before it merely qualify it ("Senior Vice President"), so "Martin Luther
// King" stays a name.
func (s *scanner) innerTitle(i, last int) (int, int) {
	for p := i + 1; p <= last; p++ {
		n := s.titleLen(p)
		if n == 0 || p+n-1 > last {
			continue
		}
		if p+n-1 < last {
			if s.cueVote(p+n, last) == nVotes {
				return p, n
			}
			continue
		}
		for q := i; q < p; q++ {
			if !titleMods[s.low(q)] {
				return 0, 0
			}
		}
		return p, n
	}
	return 0, 0
}

// forceAt returns how many tokens from i spell a force word ("army",
// "armed forces"), 0 for none.
func (s *scanner) forceAt(i int) int {
	if i+1 < len(s.toks) && s.toks[i+1].joined && s.l.forces[s.low(i)+" "+s.low(i+1)] {
		return 2
	}
	if i < len(s.toks) && s.l.forces[s.low(i)] {
		return 1
	}
	return 0
}

// isForceName reports whether tokens j..last, after a demonym of c, name
// c's armed forces: a force word, with only words of c's own names before
// it ("Syrian Arab Army" for the Syrian Arab Republic, "Russian Army"), so
// "Syrian Democratic Forces" stays a group of its own.
func (s *scanner) isForceName(c *country, j, last int) bool {
	n := 0
	if last-1 >= j && s.l.forces[s.low(last-1)+" "+s.low(last)] {
		n = 2
	} else if s.l.forces[s.low(last)] {
		n = 1
	}
	if n == 0 {
		return false
	}
	for k := j; k <= last-n; k++ {
		if !c.words[s.key(k, k)] {
			return false
		}
	}
	return true
}

// demonymAlone handles a demonym ending a run: "Syrian army" and "Syrian
// government forces" are the forces of Syria, "Russian warplanes" a mention
// of Russia. "pro-Turkish fighters" and "Iranian-backed militias" mention
// the country only.
func (s *scanner) demonymAlone(c *country, i, last int) {
	t := s.toks[last]
	if !t.final && !s.toks[i].prefixed {
		j := last + 1
		if j < len(s.toks) && s.toks[j].joined && !s.toks[j].upper && forceMods[s.low(j)] && s.forceAt(j+1) > 0 && s.toks[j+1].joined {
			j++
		}
		if j < len(s.toks) && s.toks[j].joined && !s.toks[j].upper {
			if n := s.forceAt(j); n > 0 {
				s.emitLex(c, true, i, j+n-1)
				return
			}
		}
	}
	s.emitLex(c, false, i, last)
}

// emitLex adds a mention of a lexicon country or people (tokens i..j), or of
// its armed forces.
func (s *scanner) emitLex(c *country, forces bool, i, j int) {
	m := cand{art: s.art, start: int(s.toks[i].start), end: int(s.toks[j].end), country: c, forces: forces, node: c.node}
	if c.place {
		m.votes[vPlace] = 3
	}
	if forces {
		m.node = c.forces
		m.votes[vGroup] = 3
	}
	m.text = s.text[m.start:m.end]
	s.out = append(s.out, m)
}

// emitName adds the name spelled by tokens i..last, with the kind evidence
// in and around it.
func (s *scanner) emitName(i, last int, role string) {
	text := s.span(i, last)
	acro := i == last && s.toks[i].acro && !s.datelinePlace(i, last) // "KOWRECH, Norvenia (MPA) —" is a town in capitals
	// An acronym is no spelling of a country or place ("SANA" is not
	// Sanaa) unless the lexicon writes it so ("US", "UAE") or the whole
	// line is in capitals; the key of any other acronym is not needed.
	var kw keyed
	if !acro || s.caps[s.toks[i].line] || s.l.capsNames[strings.ReplaceAll(text, ".", "")] {
		kw = s.keyed(i, last)
		if c := kw.country; c != nil {
			s.emitLex(c, false, i, last)
			return
		}
		if c := kw.place; c != nil {
			s.emitLex(c, false, i, last)
			return
		}
	}
	m := cand{art: s.art, start: int(s.toks[i].start), end: int(s.toks[last].end), text: text, role: role}
	m.acro = acro
	if !m.acro {
		if long, ok := s.leadLong(i, last); ok {
			kw = s.memo.of(long + " " + s.span(i+1, last))
		} else if k, ok := s.knownAsWord(i, last); ok {
			kw = s.memo.of(k.long) // "Nato", "Unicef": a known acronym written as a word
			m.votes[voteOf(k.kind)] = 3
		}
		m.node, m.words = kw.key, kw.words
	} else if k, ok := s.l.known[strings.ReplaceAll(text, ".", "")]; ok {
		kl := s.memo.of(k.long)
		m.node, m.words = kl.key, kl.words
		m.votes[voteOf(k.kind)] = 3
	} else {
		// Acronyms keep doubled letters: SSD is not SD.
		ka := s.memo.acronym(text)
		m.node, m.words = ka.key, ka.words
		m.acro = !strings.ContainsAny(text, "0123456789") // PS4 and AC1900 are models, not acronyms
		m.credit = m.acro && s.isCredit(m.start, m.end)
	}
	m.plain = i < last
	for k := i; k <= last; k++ {
		m.plain = m.plain && !s.toks[k].acro
	}
	if len(m.words) == 0 || (i == last && letterCount(text) < 2) {
		return
	}
	if i == last && s.class(i)&wcNoun != 0 {
		return
	}
	cueVote := s.cueVote(i, last)
	if role != "" && (cueVote == nVotes || last-i < 2 || s.class(last).cue() == noCue) {
		// A title names a person, unless a name of three words or more
		// ends in a cue: "Sir Edmund Hale International Airport" is a
		// place named after one.
		m.votes[vPerson] += 3
	}
	if cueVote != nVotes {
		m.votes[cueVote] += 3
		m.partial = i == last && !m.acro
	}
	s.contextVotes(&m, i, last, cueVote == nVotes)
	if m.votes[vPerson] == 0 {
		m.head, m.headLen = s.headAfter(last)
	}
	s.out = append(s.out, m)
	if d := s.definedAcronym(last); d >= 0 {
		s.defs = append(s.defs, def{long: len(s.out) - 1, at: int(s.toks[d].start)})
	}
}

// leadLong returns the long form of the acronym that opens the name of
// tokens i..last, when the lexicons know it: "U.S. Geological Survey" is
// keyed as "United States Geological Survey" and "UN Security Council" as
// "United Nations Security Council", so that each meets its spelled-out
// form. The acronyms are the bodies of entity_known.tsv and the countries
// of countries_en.tsv written in capitals (US, U.S., UK, UAE).
func (s *scanner) leadLong(i, last int) (string, bool) {
	if i == last || !s.toks[i].acro {
		return "", false
	}
	a := strings.ReplaceAll(s.span(i, i), ".", "")
	if k, ok := s.l.known[a]; ok {
		return k.long, true
	}
	if s.l.capsNames[a] {
		if c := s.l.countries[Key(a)]; c != nil {
			return c.name, true
		}
	}
	return "", false
}

// knownAsWord returns the known acronym that the one word i..last spells
// in capitals, when it has four letters or more: "Nato" is NATO, while
// "Who" is no WHO.
func (s *scanner) knownAsWord(i, last int) (known, bool) {
	if i != last || s.toks[i].end-s.toks[i].start < 4 {
		return known{}, false
	}
	k, ok := s.l.knownWord[s.low(i)]
	return k, ok
}

// voteOf maps a kind to its vote.
func voteOf(k Kind) vote {
	switch k {
	case Person:
		return vPerson
	case Group:
		return vGroup
	case Place, Country:
		return vPlace
	}
	return vOrg
}

// cueVote returns the vote of the head cue word of tokens i..last: the last
// cue before "of"/"for" ("Observatory" in "Syrian Observatory for Human
// Rights"), else the last cue; nVotes when there is none.
func (s *scanner) cueVote(i, last int) vote {
	best := noCue
	for k := i; k <= last; k++ {
		t := s.toks[k]
		cls := s.class(k)
		if cls&wcCueConn != 0 && !t.upper && best != noCue {
			break
		}
		if c := cls.cue(); c != noCue {
			best = c
		}
	}
	return cueToVote(best)
}

// cueToVote maps a cue to its vote, nVotes for none.
func cueToVote(c cue) vote {
	switch c {
	case orgCue:
		return vOrg
	case groupCue:
		return vGroup
	case placeCue:
		return vPlace
	case eventCue:
		return vEvent
	}
	return nVotes
}

// contextVotes adds the evidence of the words around tokens i..last: "the
// city of X", "in X", "X province" for places; ", director of" and "X said"
// for people.
func (s *scanner) contextVotes(m *cand, i, last int, noCueWord bool) {
	if i > 0 && s.isPersonWord(i-1) {
		gap := strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start])
		if gap == "" || gap == "," {
			m.votes[vPerson] += 2
		}
		if gap == "" && m.role == "" && s.class(i-1)&wcTitle != 0 {
			m.role = s.span(i-1, i-1) // "NECO spokeswoman Ana Velikora"
		}
	}
	if i > 0 && s.toks[i].joined && !s.toks[i-1].upper && noCueWord {
		// "the Islamist movement Hezbollah", "the jihadist group HTS"
		if c := s.class(i - 1).cue(); c == orgCue || c == groupCue {
			m.votes[cueToVote(c)] += 2
		}
	}
	if i > 0 {
		p := s.toks[i-1]
		if s.toks[i].joined && (!p.upper || p.sentStart && !p.acro) { // "in X", "In X the toll rose"
			pl := s.low(i - 1)
			w := placeBefore[pl]
			if pl == "of" && i > 1 {
				w = placeBefore[s.low(i-2)]
				if w < 3 {
					w = 0
				}
			}
			m.votes[vPlace] += int16(w)
		}
	}
	if s.datelinePlace(i, last) {
		m.votes[vPlace] += 3 // "KOWRECH, Norvenia (MPA) —": where the story was filed
	}
	if last+1 < len(s.toks) {
		n := s.toks[last+1]
		if n.line != s.toks[last].line || n.upper {
			return
		}
		gap := s.text[s.toks[last].end:n.start]
		switch {
		case n.joined && s.class(last+1)&wcPlaceAfter != 0:
			m.votes[vPlace] += 2
		case n.joined && placedEvents[s.low(last+1)] && noCueWord:
			// "the Halvari siege", "the Kessel massacre": where it was
			m.votes[vPlace] += 2
		case n.joined && s.class(last+1).cue() != noCue && noCueWord:
			// "the Hamas movement", "the HTS group"
			m.votes[cueToVote(s.class(last+1).cue())] += 2
		case strings.TrimSpace(gap) == "," && s.appositivePerson(last+1):
			m.votes[vPerson] += 2
		case strings.TrimSpace(gap) == "," && s.appositivePlace(last+1):
			m.votes[vPlace] += 2
		case n.joined && s.class(last+1)&wcSpeech != 0 && noCueWord && last > i:
			m.votes[vPerson]++
		case n.joined && noCueWord && last > i && s.speaksOf(last+1):
			m.votes[vPerson]++
		}
	}
}

// datelinePlace reports whether tokens i..last, in capitals, open their
// line as a dateline names its town: a comma, a capitalised name, maybe
// an agency in brackets, and a dash ("KOWRECH, Norvenia (MPA) — ...",
// "HALVIK, Kelbaria -- ...").
func (s *scanner) datelinePlace(i, last int) bool {
	if i > 0 && s.toks[i-1].line == s.toks[i].line || last+1 >= len(s.toks) {
		return false
	}
	run := s.text[s.toks[i].start:s.toks[last].end]
	rest, ok := strings.CutPrefix(s.text[s.toks[last].end:], ", ")
	if !ok || strings.ToUpper(run) != run || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	rest = rest[:min(len(rest), 60)]
	if k := strings.IndexAny(rest, "\n(—–-"); k > 0 {
		switch rest[k] {
		case '(':
			if e := strings.IndexByte(rest[k:], ')'); e > 0 {
				rest = rest[k+e+1:]
				return datelineDash(rest)
			}
		case '\n':
		default:
			return datelineDash(rest[k-1:])
		}
	}
	return false
}

// datelineDash reports whether s opens with a dash after a space, as a
// dateline ends.
func datelineDash(s string) bool {
	s = strings.TrimLeft(s, " ")
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-")
}

// appositivePlace reports whether the words from token i say what sort
// of place the name before the comma is: "X, a smaller town on the
// highway", "X, the northern city that fell", "X, a farming village".
func (s *scanner) appositivePlace(i int) bool {
	if i >= len(s.toks) || s.toks[i].upper {
		return false
	}
	switch s.low(i) {
	case "a", "an", "the":
	default:
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+3 && s.toks[j].joined && !s.toks[j].upper; j++ {
		if s.class(j).cue() == placeCue || s.low(j) == "capital" { // "the regional capital": no cue, which would make "Capital Markets" a place
			return true
		}
	}
	return false
}

// placedEvents are the event cues a place name goes before: "the Halvari
// siege" was fought in Halvari (not so "the Apple conference", "the
// Chiefs offensive line" nor "the Chefs battle").
var placedEvents = wordset.Of("siege massacre")

// appositivePerson reports whether the words from token i describe a
// person in apposition: "who", or a title or person noun before "of" or
// "for", after "the" or "a" too ("X, director of", "X, the owner of"), or
// after "a" and before a comma ("X, a spokesman, said").
func (s *scanner) appositivePerson(i int) bool {
	article := false
	if i < len(s.toks) && !s.toks[i].upper {
		switch s.low(i) {
		case "who":
			return s.isPersonWord(i)
		case "the", "a", "an":
			if s.titleAfter(i + 1) {
				return true
			}
			i++
			article = true
		}
	}
	if i+2 < len(s.toks) && !s.toks[i].upper && s.toks[i+1].joined && !s.isPersonWord(i) && s.isPersonWord(i+1) {
		i++ // "X, regional chief of", "X, senior analyst at"
	}
	if i+1 < len(s.toks) && article && s.isPersonWord(i) && !s.toks[i+1].joined && s.text[s.toks[i].end] == ',' {
		return true // "X, a spokesman, said"
	}
	if i < len(s.toks) && !s.toks[i].upper {
		if n := s.titleLen(i); n > 1 && i+n < len(s.toks) && personOf[s.low(i+n)] {
			return true // "X, chief fire officer for Port Ellvin"
		}
	}
	return i+1 < len(s.toks) && s.isPersonWord(i) && personOf[s.low(i+1)]
}

// personOf are the words after a role that name where the person works:
// "director of", "spokesman for", "analyst at".
var personOf = wordset.Of("of for at")

// speaksOf reports whether the words from token i tie the name before
// them to a body and a speech verb follows: "X of the LMRS told
// reporters", "X of Velnafta said".
func (s *scanner) speaksOf(i int) bool {
	if i >= len(s.toks) || s.low(i) != "of" && s.low(i) != "from" {
		return false
	}
	j := i + 1
	if j < len(s.toks) && s.low(j) == "the" {
		j++
	}
	k := j
	for k < len(s.toks) && k < j+6 && s.toks[k].joined && (s.toks[k].upper || s.class(k)&wcConnector != 0) {
		k++
	}
	return k > j && k < len(s.toks) && s.toks[k].joined && s.toks[k-1].upper && s.class(k)&wcSpeech != 0
}

// titleAfter reports whether a title or person noun follows token i past
// a few words that qualify it, on one line, and "who" follows it: "X, the
// regional envoy who negotiated", "X, the Council of Coastal States envoy
// who brokered the deal".
func (s *scanner) titleAfter(i int) bool {
	line := s.toks[max(i-1, 0)].line
	for j := i; j < len(s.toks) && j < i+6 && s.toks[j].line == line; j++ {
		if s.isPersonWord(j) {
			return j+1 < len(s.toks) && s.low(j+1) == "who"
		}
		if !s.toks[j].joined && j > i {
			return false // a comma or a mark ends the words
		}
	}
	return false
}

// definedAcronym returns the index of an acronym written in parentheses
// right after token last ("Hayat Tahrir al Sham (HTS)"), or -1.
func (s *scanner) definedAcronym(last int) int {
	j := last + 1
	if j >= len(s.toks) || !s.toks[j].acro || s.toks[j].line != s.toks[last].line {
		return -1
	}
	gap := strings.TrimSpace(s.text[s.toks[last].end:s.toks[j].start])
	if gap != "(" {
		return -1
	}
	after := s.text[s.toks[j].end:]
	if !strings.HasPrefix(after, ")") {
		return -1
	}
	return j
}

// lowerLongForm returns the last token of the long form that the run
// i..last opens when the name goes on in lower case up to an acronym in
// parentheses that spells the initials of its words, connectors aside:
// "the Front populaire de libération (FPL)", as French and Spanish write
// names; or that describes it ("the UN refugee agency (UNHCR)", described
// is then true). It returns last when there is none.
func (s *scanner) lowerLongForm(i, last int) (e int, described bool) {
	end := int(s.toks[last].end)
	if end < len(s.text) && s.text[end] == ' ' && end+1 < len(s.text) && s.text[end+1] < 'a' || end < len(s.text) && s.text[end] != ' ' {
		return last, false // most runs: a mark or a capital follows, not a word in lower case
	}
	if strings.IndexByte(s.text[end:min(len(s.text), end+maxLowerBytes)], '(') < 0 {
		return last, false // no parenthesis near: no acronym defined
	}
	for j := last + 1; j < len(s.toks) && j <= last+maxLowerWords+1; j++ {
		t := s.toks[j]
		if t.line != s.toks[i].line {
			return last, false
		}
		if t.acro {
			if j-1 == last || s.definedAcronym(j-1) != j {
				return last, false
			}
			if s.initialsSpell(i, j-1, j, false) {
				return j - 1, false
			}
			if s.describes(i, last, j-1, j) {
				return j - 1, true
			}
			return last, false
		}
		if !t.joined || t.upper {
			return last, false
		}
	}
	return last, false
}

// andLongForm returns the last token of the long form that the run
// i..last opens when "and" or "in" joins it to a second run that an
// acronym in parentheses follows, and the initials of both runs,
// connectors, "and" and "in" aside, spell the acronym: "the Calvorian
// Institute of Meteorology and Hydrology (CIMH)", "the Stabilisation
// Mission in Veskaria (SMV)", not "Kenya and the African Union (AU)". It
// returns last when there is none.
func (s *scanner) andLongForm(i, last int) int {
	end := int(s.toks[last].end)
	and := strings.HasPrefix(s.text[end:], " and ")
	if !and && !strings.HasPrefix(s.text[end:], " in ") {
		return last // most runs
	}
	j := last + 1
	if j+1 >= len(s.toks) || !s.toks[j].joined || s.toks[j].line != s.toks[i].line || s.toks[last].acro {
		return last
	}
	if strings.IndexByte(s.text[end:min(len(s.text), end+maxLowerBytes)], '(') < 0 {
		if !and {
			return last
		}
		return s.andOrgName(i, last, j+1)
	}
	for e := j + 1; e < len(s.toks) && e <= j+maxLowerWords && s.toks[e].joined && s.toks[e].line == s.toks[i].line; e++ {
		if !isNameish(s.toks[e]) && s.class(e)&wcConnector == 0 && s.low(e) != "in" {
			return last
		}
		if acr := s.definedAcronym(e); acr >= 0 {
			if isNameish(s.toks[e]) && s.initialsSpell(i, e, acr, true) {
				return e
			}
			return last
		}
	}
	return last
}

// andOrgName returns the last token of an organisation's name that the
// run i..last opens and "and" joins to the run from token k, when that run
// ends in a noun of public bodies (andOrgHeads) and the first names
// neither an organisation nor a place: "the Garment Manufacturers and Exporters Association", "the
// National Meteorological and Climate Service"; not "Kenya and African
// Union", nor "the Interior Ministry and Red Cross Society". It returns
// last when there is none.
func (s *scanner) andOrgName(i, last, k int) int {
	if e := s.andOfField(i, last, k); e > last {
		return e
	}
	for p := i; p <= last; p++ {
		if c := s.class(p).cue(); c == orgCue || c == groupCue || s.toks[p].acro {
			return last
		}
		if kd := s.keyed(p, p); kd.country != nil || kd.place != nil {
			return last
		}
	}
	e := k
	for e+1 < len(s.toks) && e+1 <= k+maxLowerWords && s.toks[e+1].joined && isNameish(s.toks[e+1]) {
		e++
	}
	if !isNameish(s.toks[k]) || !andOrgHeads[s.low(e)] {
		return last
	}
	return e
}

// andOfField returns the last token of a public body's name whose field
// after "of" is two fields joined by "and": "the Calvorian Institute of
// Meteorology and Hydrology", "the Ministry of Labour and Social
// Affairs"; the second field is one or two words that name nothing known
// ("the Ministry of Defence and Hamas" are two). It returns last when
// there is none.
func (s *scanner) andOfField(i, last, k int) int {
	of := -1
	for p := i + 1; p < last; p++ {
		if s.low(p) == "of" && andOrgHeads[s.low(p-1)] {
			of = p
		}
	}
	if of < 0 || !isNameish(s.toks[k]) {
		return last
	}
	e := k
	if e+1 < len(s.toks) && s.toks[e+1].joined && isNameish(s.toks[e+1]) {
		e++
	}
	if e+1 < len(s.toks) && s.toks[e+1].joined && isNameish(s.toks[e+1]) {
		return last // a longer name follows: "... of Defence and Foreign Affairs Committee"
	}
	for p := k; p <= e; p++ {
		if s.isLexical(p) || s.toks[p].acro {
			return last
		}
	}
	if !fieldWord(s.low(e)) {
		return last
	}
	return e
}

// fieldWord reports whether lower-case w reads as the field of a public
// body, not a name: "hydrology", "affairs", "trade", "development".
func fieldWord(w string) bool {
	for _, suf := range [...]string{"ology", "ics", "ion", "ions", "ure", "ity", "ities", "ment", "ance", "ence", "ism", "ry", "ries", "ing", "ness", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return fieldWords[w]
}

// fieldWords are the fields of public bodies that fieldWord's endings miss,
// and the people a union is of ("the Federation of Rail and Tram Staff").
var fieldWords = wordset.Of("staff workers employees affairs trade health works energy water transport labour labor justice defence defense security finance culture sport sports youth welfare planning housing mines fisheries environment")

// andOrgHeads are the nouns of public bodies that end a name of two parts
// joined by "and"; not "Union" (the United Nations and European Union)
// nor a company's "Inc".
var andOrgHeads = wordset.Of("service services association federation council department ministry agency authority institute commission committee office directorate board bureau administration")

// describes reports whether the run i..last, one acronym, and the lower-
// case words after it up to token e describe the acronym at token acr
// that they stand before in parentheses: "the UN refugee agency (UNHCR)",
// "the UN children's agency (UNICEF)". The acronym opens with the run's
// and the words end in a noun of organisations, so that "UN troops
// (UNIFIL)" describes nothing.
func (s *scanner) describes(i, last, e, acr int) bool {
	if i != last || !s.toks[i].acro || s.class(e).cue() != orgCue {
		return false
	}
	run, a := strings.ReplaceAll(s.low(i), ".", ""), strings.ReplaceAll(s.low(acr), ".", "")
	return len(a) > len(run) && strings.HasPrefix(a, run)
}

// describedAgain returns the last token of a described long form the
// article defined before ("the UN refugee agency (UNHCR)") that the run
// i..last, one acronym, opens again without its parentheses ("the UN
// refugee agency said"); last when there is none.
func (s *scanner) describedAgain(i, last int) int {
	if i != last || len(s.descs) == 0 || !s.toks[i].acro {
		return last
	}
	for _, d := range s.descs {
		e := i + len(d) - 1
		if e >= len(s.toks) || s.toks[e].line != s.toks[i].line {
			continue
		}
		k := 0
		for k < len(d) && s.low(i+k) == d[k] && (k == 0 || s.toks[i+k].joined) {
			k++
		}
		if k == len(d) {
			return e
		}
	}
	return last
}

// noteDescribed records the words of tokens i..e, a described long form,
// for describedAgain.
func (s *scanner) noteDescribed(i, e int) {
	d := make([]string, 0, e-i+1)
	for k := i; k <= e; k++ {
		d = append(d, s.low(k))
	}
	s.descs = append(s.descs, d)
}

// maxLowerWords bounds the lower-case words of a long form, and
// maxLowerBytes the text they and the parenthesis may span.
const (
	maxLowerWords = 5
	maxLowerBytes = 80
)

// initialsSpell reports whether the first letters of the words of tokens
// i..e, connectors aside (and "and" and "in", when and is set), spell the acronym
// at token acr, three letters or more.
func (s *scanner) initialsSpell(i, e, acr int, and bool) bool {
	letters := strings.ReplaceAll(s.low(acr), ".", "")
	if len(letters) < 3 {
		return false
	}
	n := 0
	for k := i; k <= e; k++ {
		if k > i && (s.class(k)&wcConnector != 0 || and && (s.low(k) == "and" || s.low(k) == "in")) {
			continue
		}
		if n >= len(letters) || s.low(k)[0] != letters[n] {
			return false
		}
		n++
	}
	return n == len(letters)
}

// isPersonWord reports whether token i is a lower-case title or person noun.
func (s *scanner) isPersonWord(i int) bool {
	t := s.toks[i]
	return !t.upper && t.line == s.toks[min(i+1, len(s.toks)-1)].line && s.class(i)&(wcTitle|wcPersonNoun) != 0
}

// letterCount returns the number of letters in s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
