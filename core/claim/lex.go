package claim

import (
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// Phrase flags, from the third column of verbs_en.tsv.
const (
	flagPassive uint8 = 1 << iota // the doer follows the phrase: "fell to X"
	flagNoun                      // a result noun after its figure: "412 dead"
	flagMod                       // a participle describing a noun: "the province, controlled by X"
	flagResult                    // a verb of result: "..., which left 412 dead" is not about the noun before
	flagAppos                     // a description of the doer: "X, the main armed group in P," or "X is the main armed group in P"
	flagDeny                      // a denial: "rejected the accusation" says no, with no word of negation
)

// phrase is one expanded lexicon row: words to match in order, with an
// allowed gap of words before each.
type phrase struct {
	words []string
	gaps  []uint8 // gaps[i]: how many words may stand before words[i]
	// next is words[1] when it must follow words[0] at once, else "":
	// at tests it against the next token before anything else, without
	// reaching into words and gaps.
	next  string
	val   string // the row's second field: a class, a kind, or ""
	flags uint8
	order int // row order, to break ties between equally long matches
}

// listID names one of the lexicons the extractor matches.
type listID uint8

const (
	verbList   listID = iota // verbs_en.tsv: predicates
	speechList               // speech_en.txt: attributions
	hedgeList                // hedges.txt
	negList                  // negation_en.txt
	scopeList                // scope_en.txt
	nLists
)

// entry holds, for one word, the phrases of each list that start with it,
// longest first, so that a sentence's words are looked up once for all
// lists.
type entry struct {
	ps   [nLists][]*phrase
	next [nLists]*nextIndex // for the lists where the word opens many phrases, else nil
	has  uint8              // bit id set when ps[id] is not empty
	cls  wordClass          // the grammar sets of slots.go the word is in
}

// nextIndex narrows the phrases a word opens by the word after it: "the"
// opens some seventy verb phrases ("the fall of", "the capture of", ...),
// and trying each at every "the" was a tenth of Extract. Indices are into
// entry.ps[id], in order.
type nextIndex struct {
	loose  []int32            // phrases of one word, or whose second word may come after a gap
	second map[string][]int32 // the others, by their second word
	// seconds has bit secondBit(w) set for each key w of second: the
	// word after "the" or "was" is seldom one, and a bit test spares the
	// map probe.
	seconds [2]uint64
}

// secondBit returns the bit of w, not empty, in nextIndex.seconds.
func secondBit(w string) uint {
	return (uint(w[0])*31 + uint(w[len(w)-1])*7 + uint(len(w))) & 127
}

// minIndexed is the fewest phrases a word must open for a nextIndex.
const minIndexed = 8

// newNextIndex indexes ps.
func newNextIndex(ps []*phrase) *nextIndex {
	x := &nextIndex{second: map[string][]int32{}}
	for i, p := range ps {
		if len(p.words) == 1 || p.gaps[1] != 0 {
			x.loose = append(x.loose, int32(i))
			continue
		}
		x.second[p.words[1]] = append(x.second[p.words[1]], int32(i))
		b := secondBit(p.words[1])
		x.seconds[b/64] |= 1 << (b % 64)
	}
	return x
}

// match is one phrase found in a sentence: tokens [from, to).
type match struct {
	from, to int
	p        *phrase
}

// addList compiles the rows of list name (see verbs_en.tsv for the syntax)
// into dict under id.
func addList(dict map[string]*entry, id listID, name string) {
	for i, row := range lexicon.Rows(name) {
		val, flags := "", uint8(0)
		if len(row) > 1 {
			val = row[1]
		}
		if len(row) > 2 {
			flags = parseFlags(row[2])
		}
		for _, surface := range expand(row[0]) {
			p := compilePhrase(surface)
			if p == nil {
				continue
			}
			p.val, p.flags, p.order = val, flags, i
			e := dict[p.words[0]]
			if e == nil {
				e = &entry{}
				dict[p.words[0]] = e
			}
			e.ps[id] = append(e.ps[id], p)
			e.has |= 1 << id
		}
	}
	for _, e := range dict {
		ps := e.ps[id]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		if len(ps) >= minIndexed {
			e.next[id] = newNextIndex(ps)
		}
	}
}

// parseFlags reads a comma-separated flag field.
func parseFlags(s string) uint8 {
	var f uint8
	for _, x := range strings.Split(s, ",") {
		switch strings.TrimSpace(x) {
		case "passive":
			f |= flagPassive
		case "noun":
			f |= flagNoun
		case "mod":
			f |= flagMod
		case "result":
			f |= flagResult
		case "appos":
			f |= flagAppos
		case "deny":
			f |= flagDeny
		}
	}
	return f
}

// expand spells out the {a,b} alternatives of a lexicon surface form:
// "{take,took} control" → "take control", "took control".
func expand(s string) []string {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return []string{s}
	}
	j += i
	var out []string
	for _, alt := range strings.Split(s[i+1:j], ",") {
		out = append(out, expand(s[:i]+strings.TrimSpace(alt)+s[j+1:])...)
	}
	return out
}

// compilePhrase splits a surface form into words and gaps; nil when it has
// no word.
func compilePhrase(s string) *phrase {
	p := &phrase{}
	var gap uint8
	for _, w := range strings.Fields(s) {
		switch w {
		case "*":
			gap += 3
		case "**":
			gap += 6
		default:
			p.words = append(p.words, w)
			p.gaps = append(p.gaps, gap)
			gap = 0
		}
	}
	if len(p.words) == 0 {
		return nil
	}
	p.gaps[0] = 0
	if len(p.words) > 1 && p.gaps[1] == 0 {
		p.next = p.words[1]
	}
	return p
}

// at returns the longest phrase of list id starting at token i, and the
// token after it; nil when none does.
func (l *lists) at(id listID, lower string, toks []token, i int) (*phrase, int) {
	e := l.table.vals[toks[i].slot]
	if x := e.next[id]; x != nil {
		return atIndexed(e.ps[id], x, lower, toks, i)
	}
	next := "" // the next token lower-cased when it is a word; no phrase's next is ""
	if i+1 < len(toks) && toks[i+1].word {
		next = lower[toks[i+1].start:toks[i+1].end]
	}
	var best *phrase
	bestEnd := -1
	for _, p := range e.ps[id] {
		if p.next != "" && p.next != next {
			continue // the second word must follow at once: most phrases end here, without a call
		}
		best, bestEnd = better(p, lower, toks, i, best, bestEnd)
	}
	if best == nil || bestEnd < 0 {
		return nil, 0
	}
	return best, bestEnd
}

// atIndexed is at for a word that opens many phrases: it tries only those
// whose second word is the next token's, and those with none or a gap
// before it, in the order at would.
func atIndexed(ps []*phrase, x *nextIndex, lower string, toks []token, i int) (*phrase, int) {
	var tight []int32
	if i+1 < len(toks) && toks[i+1].word {
		if w := lower[toks[i+1].start:toks[i+1].end]; x.seconds[secondBit(w)/64]&(1<<(secondBit(w)%64)) != 0 {
			tight = x.second[w]
		}
	}
	loose := x.loose
	var best *phrase
	bestEnd := -1
	for len(loose) > 0 || len(tight) > 0 {
		var k int32
		if len(tight) == 0 || len(loose) > 0 && loose[0] < tight[0] {
			k, loose = loose[0], loose[1:]
		} else {
			k, tight = tight[0], tight[1:]
		}
		best, bestEnd = better(ps[k], lower, toks, i, best, bestEnd)
	}
	if best == nil || bestEnd < 0 {
		return nil, 0
	}
	return best, bestEnd
}

// better matches p at token i and returns it and its end when it beats
// best (longer, or as long and from an earlier row), else best.
func better(p *phrase, lower string, toks []token, i int, best *phrase, bestEnd int) (*phrase, int) {
	if end := p.matchFrom(lower, toks, 1, i+1); end > bestEnd || (end == bestEnd && best != nil && p.order < best.order) {
		return p, end
	}
	return best, bestEnd
}

// matchFrom matches p.words[wi:] against toks[ti:], returning the token
// after the match or -1. Gaps take the fewest words that work and never
// cross punctuation.
func (p *phrase) matchFrom(lower string, toks []token, wi, ti int) int {
	if wi == len(p.words) {
		return ti
	}
	for g := 0; g <= int(p.gaps[wi]); g++ {
		t := ti + g
		if t >= len(toks) || !toks[t].word {
			return -1
		}
		if lower[toks[t].start:toks[t].end] == p.words[wi] {
			if end := p.matchFrom(lower, toks, wi+1, t+1); end >= 0 {
				return end
			}
		}
	}
	return -1
}

// scan appends the phrases of list id in toks to dst, left to right, each
// token in at most one match (a match resumes the scan after its end).
// Matches whose class is "-" mask what they cover and are not returned.
// The tokens' entries must be set, and opens must list, in order, the
// tokens that open a phrase of any list (see lists.lookup): a sentence is
// scanned for up to five lists, and most of its words open none.
func (l *lists) scan(dst []match, id listID, lower string, toks []token, opens []int32) []match {
	next := 0 // the first token after the last match
	for _, k := range opens {
		i := int(k)
		if i < next || toks[i].has&(1<<id) == 0 {
			continue
		}
		p, end := l.at(id, lower, toks, i)
		if p == nil {
			continue
		}
		if p.val != "-" {
			dst = append(dst, match{from: i, to: end, p: p})
		}
		next = end
	}
	return dst
}

// lists are the compiled lexicons.
type lists struct {
	dict            map[string]*entry
	table           wordTable      // dict again, for the lookup of every word
	inDict          *tokens.Filter // rules out most words that are not keys of dict
	factive, people map[string]bool
	held            map[string]bool // what a lone control verb must name (claim_held_en.txt)
	hazards         map[string]bool // subjects that strike without attacking (claim_hazards_en.txt)
	sites           map[string]bool // what is taken and held in a town without being it (sites_en.txt)
	bodies          map[string]bool // the heads of organisations' and armed groups' names (entity_cues.tsv: org, group)
	orgHeads        map[string]bool // the heads of organisations' names alone (entity_cues.tsv: org)
}

// wordTable is an open-addressing hash table from word to entry, built
// once: every word of every sentence is looked up, and a Go map's general
// string hashing and probing cost more than this FNV-1a hash and one or
// two compares.
type wordTable struct {
	keys []string // "" for an empty slot
	vals []*entry
	mask uint32
}

// maxWordTable is the most slots a wordTable may have: token.slot is
// 16 bits.
const maxWordTable = 1 << 16

// newWordTable returns a table of m, at most half full.
func newWordTable(m map[string]*entry) wordTable {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	if n > maxWordTable {
		panic("claim: too many lexicon words for token.slot")
	}
	t := wordTable{keys: make([]string, n), vals: make([]*entry, n), mask: uint32(n - 1)}
	for w, e := range m {
		i := hashWord(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, e
	}
	return t
}

// get returns the entry of w and its slot, nil when none. w must not be
// empty.
func (t *wordTable) get(w string) (*entry, uint32) {
	for i := hashWord(w) & t.mask; ; i = (i + 1) & t.mask {
		switch k := t.keys[i]; {
		case k == "":
			return nil, 0
		case k == w:
			return t.vals[i], i
		}
	}
}

// hashWord is FNV-1a over the bytes of w.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// lookup sets the lexicon entry of every word token: one map probe per
// word for all lists. It returns a mask with bit id set when some word
// opens a phrase of list id, so that the lists no word opens are not
// scanned at all (most sentences have no hedge, negation or scope cue),
// and appends to opens the index of each token that opens a phrase of
// some list, for scan.
func (l *lists) lookup(lower string, toks []token, opens []int32) (has uint8, _ []int32) {
	for i := range toks {
		if t := &toks[i]; t.word {
			w := lower[t.start:t.end]
			if t.slot, t.has, t.cls = 0, 0, 0; !l.inDict.May(w) {
				continue
			}
			if e, slot := l.table.get(w); e != nil {
				t.slot, t.has, t.cls = uint16(slot), e.has, e.cls
				if e.has != 0 {
					has |= e.has
					opens = append(opens, int32(i))
				}
			}
		}
	}
	return has, opens
}

// lexicons returns the compiled lexicons, compiled on first use so that
// programs that never extract claims do not pay for it.
var lexicons = sync.OnceValue(func() *lists {
	l := &lists{dict: map[string]*entry{}, factive: lexicon.Set("claim_factive_en.txt"), people: lexicon.Set("claim_people_en.txt"), held: lexicon.Set("claim_held_en.txt"),
		hazards: lexicon.Set("claim_hazards_en.txt"), sites: lexicon.Set("sites_en.txt"), bodies: map[string]bool{}, orgHeads: map[string]bool{}}
	for _, r := range lexicon.Rows("entity_cues.tsv") {
		if len(r) > 1 && (r[1] == "org" || r[1] == "group") {
			l.bodies[r[0]] = true
			l.orgHeads[r[0]] = r[1] == "org"
		}
	}
	addList(l.dict, verbList, "verbs_en.tsv")
	addList(l.dict, speechList, "speech_en.txt")
	addList(l.dict, hedgeList, "hedges.txt")
	addList(l.dict, negList, "negation_en.txt")
	addList(l.dict, scopeList, "scope_en.txt")
	addClasses(l.dict, l.factive, modifiers())
	l.inDict = tokens.NewFilter(l.dict)
	l.table = newWordTable(l.dict)
	return l
})
