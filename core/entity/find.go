package entity

import (
	"runtime"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/core/internal/parallel"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// finder holds what the scan of every article shares: the words seen in
// lower case (a capitalised sentence opener that also occurs in lower case
// is a common word, not a name; only the words asked about), and the keys
// of names found in ordinary running text (a headline word counts only if
// it is one of them). Both are filled between the two passes over the
// articles and only read in the second.
type finder struct {
	l        *lexicons
	lower    map[string]bool
	known    map[string]bool
	scanners []*scanner
}

// find returns the mentions of every text, each article's in text order.
// Their buffers come from a pool: Link returns them with putCands once
// they are no longer needed.
//
// It reads the articles twice. The first pass tokenizes each text, cuts it
// into runs and turns the runs of ordinary text into mentions; the second
// decides the deferred runs (sentence openers, headlines) against the
// names and lower-case words of all articles. Within a pass the articles
// are independent, so with several cores and texts each pass is spread
// over a few goroutines, each with a memo of its own (a memo is a pure
// cache: any memo gives the same keys).
func find(texts, lowers []string) [][]cand {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	workers := min(runtime.GOMAXPROCS(0), len(texts), maxWorkers)
	f := &finder{l: lists(), scanners: make([]*scanner, len(texts))}
	memos := make([]*memo, max(workers, 1))
	for w := range memos {
		memos[w] = newMemo(size / len(memos))
	}
	block := make([]scanner, len(texts))
	runs := 0
	for _, t := range texts {
		runs += runRoom(t)
	}
	runBuf := make([][2]int32, runs) // each article's runs are a window of it
	for a, t := range texts {
		s := &block[a]
		*s = scanner{l: f.l, text: t, art: a, pendTok: -1}
		if a < len(lowers) {
			s.lower = lowers[a]
		}
		n := runRoom(t)
		s.later, runBuf = runBuf[:0:n], runBuf[n:]
		f.scanners[a] = s
	}
	rooms := make([]int, len(texts)) // per article: the room of finish's sort
	parallel.For(workers, len(texts), func(w, a int) {
		s := f.scanners[a]
		s.memo = memos[w]
		rooms[a] = s.scan()
	})
	cands := 0
	for _, s := range f.scanners {
		cands += len(s.out)
	}
	most := 0
	for _, r := range rooms {
		most = max(most, r)
	}
	f.known = make(map[string]bool, cands/2)
	for _, s := range f.scanners {
		for _, m := range s.out {
			f.known[m.node] = true
		}
	}
	f.lowerWords()
	out := make([][]cand, len(texts))
	tmps := make([][]cand, len(memos)) // per worker: scratch for finish's sort
	parallel.For(workers, len(texts), func(w, a int) {
		s := f.scanners[a]
		s.memo = memos[w]
		for _, q := range s.later {
			if s.head[s.toks[q[0]].line] {
				f.headline(s, int(q[0]), int(q[1]))
			} else {
				f.opener(s, int(q[0]), int(q[1]))
			}
		}
		s.corefs()
		if tmps[w] == nil {
			tmps[w] = getCands(most)
		}
		out[a], tmps[w] = s.finish(tmps[w])
		putTokens(s.toks) // no cand refers to a token
		s.toks = nil
	})
	for _, tmp := range tmps {
		if tmp != nil {
			putCands(tmp[:cap(tmp)]) // the sort used it beyond its length
		}
	}
	f.headBodies(out)
	return out
}

// maxWorkers bounds the goroutines of find: each keys the names it meets
// in a memo of its own, so more workers repeat more of that work.
const maxWorkers = 4

// runRoom returns the room made for the runs of text: news text has a run
// every 25 to 45 bytes.
func runRoom(text string) int { return len(text)/24 + 4 }

// scan is the first pass over s's text: it tokenizes the text, cuts it
// into runs and turns each run of ordinary text into mentions. The runs
// that must wait for the names of every article, sentence openers and
// headlines, are kept in s.later, which holds room for all runs on entry.
// It returns the room made for the article's mentions.
func (s *scanner) scan() int {
	s.toks, s.lower, s.alts = tokenize(s.text, s.lower, getTokens(tokenRoom(s.text)))
	s.head, s.caps = s.headlines()
	seqs := s.sequences(s.later)
	s.out = getCands(room(len(seqs)))
	later := seqs[:0] // filled in place: never ahead of the run read
	skip := -1        // the last token of a name that took in the runs after its own
	for _, q := range seqs {
		i, last := int(q[0]), int(q[1])
		if i <= skip {
			continue
		}
		for i <= last && s.isCommon(i) {
			i++
		}
		if i > last {
			continue
		}
		t := s.toks[i]
		if s.head[t.line] || (t.sentStart && i == int(q[0]) && !t.acro && !s.isLexical(i)) {
			later = append(later, [2]int32{int32(i), q[1]})
			continue
		}
		if e := s.andLongForm(i, last); e > last {
			s.emitName(i, e, "") // "the Institute of Meteorology and Hydrology (IMH)"
			skip = e
			continue
		}
		if e, described := s.lowerLongForm(i, last); e > last {
			s.emitName(i, e, "") // "the Front populaire de libération (FPL)"
			if n := len(s.defs); described && n > 0 {
				s.defs[n-1].described = true
				s.noteDescribed(i, e)
			}
			continue
		}
		if e := s.describedAgain(i, last); e > last {
			s.emitName(i, e, "") // "the UN refugee agency", after "... (UNHCR)"
			continue
		}
		s.decompose(i, last)
	}
	s.later = later
	return room(len(seqs))
}

// room returns the room made for the mentions of an article of runs
// runs: about one mention a run.
func room(runs int) int { return runs + runs/4 + 4 }

// lowerWords fills f.lower with the words that the deferred runs ask
// about (see opener and headline) and that some article writes in lower
// case, alone or with a plural "s". Asking only for those costs a probe of a small set per word, where
// recording every lower-case word of every article filled a large one.
//
// A filter of the needed words' lengths and end letters stands before the
// set, so that most words of the texts cost no hashing.
func (f *finder) lowerWords() {
	need := map[string]bool{}
	var filter wordFilter
	for _, s := range f.scanners {
		for _, q := range s.later {
			if s.head[s.toks[q[0]].line] {
				for p := q[0]; p <= q[1]; p++ {
					need[s.low(int(p))] = true
					filter.add(s.low(int(p)))
				}
			} else {
				need[s.low(int(q[0]))] = true
				filter.add(s.low(int(q[0])))
			}
		}
	}
	f.lower = make(map[string]bool, len(need))
	if len(need) == 0 {
		return
	}
	for _, s := range f.scanners {
		for _, tk := range s.toks {
			if tk.upper || tk.tag {
				continue
			}
			w := s.lower[tk.start:tk.end] // s.low, written out on this hot path
			if tk.alt != 0 {
				w = s.alts[tk.alt-1]
			}
			if filter.mayHold(w) && need[w] {
				f.lower[w] = true
			}
			if n := len(w); n > 4 && w[n-1] == 's' {
				// "rebels" makes "Rebel fighters took ..." common too.
				if st := w[:n-1]; filter.mayHold(st) && need[st] {
					f.lower[st] = true
				}
			}
		}
	}
}

// wordFilter is a set of words that may answer "yes" wrongly, never "no":
// one bit per hash of a word's length and first and last bytes.
type wordFilter [32]uint64

// slot returns the bit of w.
func (*wordFilter) slot(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % 2048
}

// add puts w in the set.
func (f *wordFilter) add(w string) {
	b := f.slot(w)
	f[b/64] |= 1 << (b % 64)
}

// mayHold reports whether w may be in the set; false means it is not.
func (f *wordFilter) mayHold(w string) bool {
	b := f.slot(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// verbObjects are words that follow a participle opening a sentence:
// "Following the", "Supported by", "Speaking to"; after a name ending in
// -ing or -ed (Beijing, Ahmed) they are rarer than a verb.
var verbObjects = wordset.Of("the a an to by on in of with from for at its their his her")

// opener decides on a run that starts a sentence, where a capital proves
// nothing: "Supported by ..." and "Rebel forces ..." are no names, since
// "supported" and "rebel" occur in lower case; "Aleppo is ..." is one.
func (f *finder) opener(s *scanner, i, last int) {
	w := s.low(i)
	suffix := (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && i+1 < len(s.toks) && !s.toks[i+1].upper && verbObjects[s.low(i+1)]
	switch {
	case i == last && len(w) >= 6 && (strings.HasSuffix(w, "ing") || abstractNoun(w)) && !f.known[s.key(i, last)]:
		// "Shelling hit the town": a gerund, and "Containment rose to
		// 12%": an abstract noun, unless the name occurs mid-sentence
		// too (Beijing).
	case !f.lower[w] && !suffix:
		s.decompose(i, last)
	case i == last:
	case f.known[s.key(i, last)]:
		s.decompose(i, last)
	case suffix || f.known[s.key(i+1, last)] || s.isLexical(i+1):
		s.decompose(i+1, last)
	default:
		s.decompose(i, last)
	}
}

// abstractNoun reports whether w, seven letters or more, ends as English
// abstract nouns do: containment, evacuation, security.
func abstractNoun(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range [...]string{"ment", "tion", "sion", "ness", "ity", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// headline keeps from a title-case line only the names known elsewhere:
// in "Jihadist Groups Take Control of Large Parts of the City, Reports
// OSDH" every word is capitalised, and only OSDH is a name.
func (f *finder) headline(s *scanner, i, last int) {
	allCaps := s.caps[s.toks[i].line]
	for p := i; p <= last; {
		n := min(6, last-p+1)
		for ; n > 0; n-- {
			k := s.keyed(p, p+n-1)
			if f.known[k.key] && (n > 1 || !f.lower[s.low(p)]) || k.country != nil || k.place != nil || (n == 1 && (s.isLexical(p) || (s.toks[p].acro && !allCaps))) {
				break
			}
		}
		if n == 0 {
			p++
			continue
		}
		s.decompose(p, p+n-1)
		p += n
	}
}

// headlines reports for each line whether it is set in title case: most
// of its longer words capitalised, and no full stop at its end (a sentence
// full of names, "The Central Relief Agency and the Coastal Rescue
// Association met.", is no headline); and whether it is all in capitals.
// Its walk over every token also notes in s.heads the coref heads, the
// only words corefs asks about.
func (s *scanner) headlines() (head, caps []bool) {
	text, toks := s.text, s.toks
	lines := 1
	if len(toks) > 0 {
		lines = int(toks[len(toks)-1].line) + 1
	}
	both := make([]bool, 2*lines) // one array for both answers
	head, caps = both[:0:lines], both[lines:lines]
	upper, words, end, acros := 0, 0, 0, 0
	flush := func() {
		title := words >= 3 && upper*10 >= words*7
		stop := title && strings.HasSuffix(strings.TrimRight(text[end:lineEnd(text, end)], " \t\r\"”’»)"), ".")
		head = append(head, title && !stop)
		caps = append(caps, words > 0 && acros == words)
		upper, words, acros = 0, 0, 0
	}
	for i := range toks {
		t := &toks[i]
		for len(head) < int(t.line) {
			flush()
		}
		end = int(t.end)
		w := s.lower[t.start:t.end] // s.low(i), written out on this hot path
		if t.alt != 0 {
			w = s.alts[t.alt-1]
		}
		if !t.upper && isCorefHead(w) {
			s.heads = append(s.heads, int32(i))
		}
		if len(w) < 4 {
			continue
		}
		words++
		if t.upper {
			upper++
		}
		if t.acro {
			acros++
		}
	}
	flush()
	return head, caps
}

// corefs adds the mentions of "government army", "regime forces": the
// forces of the country the article mentions most, when one country leads.
func (s *scanner) corefs() {
	var c *country
	var counts []countryCount // an article names a few countries: a list, not a map
	best, second := 0, 0
	for _, m := range s.out {
		if m.country == nil || m.country.people || m.country.place {
			continue
		}
		j := 0
		for j < len(counts) && counts[j].c != m.country {
			j++
		}
		if j == len(counts) {
			counts = append(counts, countryCount{c: m.country})
		}
		counts[j].n++
		if n := counts[j].n; n > best {
			if m.country != c {
				second = best
			}
			best, c = n, m.country
		} else if n > second {
			second = n
		}
	}
	if c == nil || best < 2 || best == second {
		return
	}
	for _, h := range s.heads { // the lower-case coref heads
		i := int(h)
		t := &s.toks[i]
		if i+1 >= len(s.toks) || !s.toks[i+1].joined {
			continue
		}
		if i > 0 && s.toks[i].joined && s.class(i-1)&wcDemonym != 0 {
			continue
		}
		if n := s.forceAt(i + 1); n > 0 {
			m := cand{art: s.art, start: int(t.start), end: int(s.toks[i+n].end), country: c, forces: true, coref: true, node: c.forces}
			m.text = s.text[m.start:m.end]
			m.votes[vGroup] = 3
			s.out = append(s.out, m)
		}
	}
}

// countryCount is how often an article mentions a country.
type countryCount struct {
	c *country
	n int
}

// finish sorts the mentions in text order, drops overlaps and ties each
// parenthesised acronym to its long form. tmp is scratch for the sort,
// returned for the next article.
func (s *scanner) finish(tmp []cand) ([]cand, []cand) {
	var room [4]longForm // most articles define no acronym, or a few
	longs := room[:0]
	for _, d := range s.defs {
		l := &s.out[d.long]
		longs = append(longs, longForm{at: d.at, start: l.start, words: l.words, text: l.text, acro: l.acro, described: d.described})
	}
	tmp = sortByStart(s.out, tmp)
	out := s.out[:0]
	end := -1
	for i := range s.out {
		m := &s.out[i]
		if m.start < end || m.end <= m.start {
			continue
		}
		end = m.end
		if len(out) == i {
			out = out[:i+1] // nothing dropped yet: the mention is in place
		} else {
			out = append(out, *m)
		}
	}
	clear(s.out[len(out):]) // the pool wants zero mentions beyond the length
	s.coordinate(out)
	s.namedAlso(out)
	for i := 0; i < len(out) && len(longs) > 0; i++ {
		if !out[i].acro {
			continue
		}
		if long, ok := lastLong(longs, out[i].start); ok && !long.acro && (long.described || !s.isKnownAcronym(out[i].text) && long.spells(out[i].text)) {
			for j := range out {
				if out[j].start == long.start {
					out[i].acroOf = j + 1
				}
			}
		}
	}
	return out, tmp
}

// namedAlso ties a name given as another name of the one before it to
// that one, as a parenthesised acronym is tied to its long form: "the
// Northern Liberation Army, also known as Jaysh al-Tahrir al-Shamali",
// "X (a.k.a. Y)", "X, known in Arabic as Y", "X, whose name in Arabic is
// Y", "X, formerly known as Y"; a translation, "X, or Y", "X, meaning
// Y", "X, whose name means Y"; "the alliance, which calls itself Y".
func (s *scanner) namedAlso(ms []cand) {
	for i := 1; i < len(ms); i++ {
		// The name before, or the one before that when a language's name
		// stands between ("known in Arabic as").
		b := &ms[i]
		for j := i - 1; j >= 0 && j >= i-2 && b.acroOf == 0 && b.words != nil; j-- {
			a := &ms[j]
			if b.start-a.end > 60 || a.end > b.start {
				break
			}
			if a.words != nil && s.alsoNamed(s.lower[a.end:b.start]) && (!orGloss(s.lower[a.end:b.start]) || s.glossed(a, b)) ||
				j == i-1 && s.bracketGloss(a, b) {
				b.acroOf = j + 1
				break
			}
		}
	}
}

// bracketGloss reports whether b, in brackets right after a, gives a's
// name in another language: two bodies' names of two words or more, b's
// with a word of its kind ("the Ognevaya Strazha (State Fire Guard)"),
// neither a place's nor a person's ("Kessel (Upper Tarn)" is a town and
// its region).
func (s *scanner) bracketGloss(a, b *cand) bool {
	return len(a.words) >= 2 && len(b.words) >= 2 && !b.acro && b.votes[vOrg]+b.votes[vGroup] > 0 &&
		a.votes[vPlace]+a.votes[vPerson]+b.votes[vPlace]+b.votes[vPerson] == 0 &&
		strings.TrimSpace(s.lower[a.end:b.start]) == "(" && strings.HasPrefix(s.lower[b.end:], ")") &&
		!s.isCredit(b.start, b.end) // "SAN FRANCISCO (Associated Press) —": a dateline's agency
}

// orGloss reports whether gap is "or" between commas and brackets, which
// may gloss a name ("the Dalvesh Komitar, or Salvation Committee,") or
// join two ("Spotify or Pandora", "Uber, Lyft, or Postmates").
func orGloss(gap string) bool {
	return strings.TrimSuffix(strings.Trim(gap, " ,(—–"), " the") == "or"
}

// glossed reports whether "a, or b" glosses a as b: a comma stands before
// the "or", b is set off by a comma or bracket after it, and a is not the
// item of a list (", a, or b", "a, or b, or c").
func (s *scanner) glossed(a, b *cand) bool {
	if !strings.HasPrefix(strings.TrimLeft(s.lower[a.end:b.start], " "), ",") {
		return false
	}
	after := strings.TrimLeft(s.lower[b.end:], " ")
	if after == "" || after[0] != ',' && after[0] != ')' && after[0] != '-' && !strings.HasPrefix(after, "—") {
		return false // "..., or the Haldun People's Liberation Front - said"
	}
	if next := strings.TrimLeft(after[1:], " "); strings.HasPrefix(next, "or ") || strings.HasPrefix(next, "and ") {
		return false // "Gene Wolfe, or John Crowley, or Ursula Le Guin"
	}
	before := strings.TrimRight(s.lower[:a.start], " ")
	return !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ", the")
}

// alsoNamed reports whether gap, lower-cased, is what stands between a
// name and another name of the same thing.
func (s *scanner) alsoNamed(gap string) bool {
	gap = strings.Trim(gap, " ,()—–-\"“”") // ")" after an acronym: "(UCWU), known in Ostvarian as"; quotes round a gloss: `means "Free Land Alliance"`; " - " as a dash
	if w, rest, ok := strings.Cut(gap, " "); ok && s.kindNoun(w) {
		gap = strings.Trim(rest, " ,(—–") // "the Common Ground party — known at home as ..."
	}
	gap = strings.TrimSuffix(gap, " the")
	if i := strings.LastIndexByte(gap, ','); i >= 0 && strings.HasPrefix(strings.TrimLeft(gap[i+1:], " "), "whose name ") {
		// "Vodna Straza, the lake's oldest rescue association, whose
		// name means": a description between, then the translation
		gap = strings.TrimLeft(gap[i+1:], " ")
	}
	for _, p := range [...]string{"also known as", "a.k.a.", "aka", "formerly known as", "also called", "known locally as", "known at home as",
		"or", "meaning", "means", "which means", "whose name means", "which translates as", "translated as", "translates as", "whose name translates as",
		"which calls itself", "calling itself", "the name means", "the name translates as", "its name means", "its name translates as"} {
		if gap == p {
			return true
		}
	}
	// "known in Arabic as", "whose name in Arabic is", "whose Corvenian
	// name is", "known at home by its Corvenian name"
	for _, p := range [...][2]string{{"known in ", " as"}, {"whose name in ", " is"}, {"whose ", " name is"}, {"known at home by its ", " name"}, {"known by its ", " name"}} {
		if rest, ok := strings.CutPrefix(gap, p[0]); ok {
			lang, ok := strings.CutSuffix(rest, p[1])
			if ok && lang != "" && !strings.ContainsAny(lang, ",.") && strings.Count(lang, " ") <= 2 {
				return true // "known in Arabic as", "known in the local language as"
			}
		}
	}
	return false
}

// kindNoun reports whether lower-case w is a cue noun of organisations or
// groups (entity_cues.tsv), which may follow a name before another name of
// it is given: "the Common Ground party, known at home as ...".
func (s *scanner) kindNoun(w string) bool {
	c := s.l.classTab.get(w).cue()
	return c == orgCue || c == groupCue
}

// longForm is what finish keeps of the long form of an acronym defined in
// parentheses, before the sort moves the mentions: a few fields, where a
// map held copies of whole mentions.
type longForm struct {
	at        int // the start of the acronym that defines it
	start     int
	words     []string
	text      string
	acro      bool
	described bool // it describes the acronym (def.described)
}

// spells reports whether the acronym acr stands for the long form, read
// as keys or as written: keys drop a company's legal form and write ch as
// sh, so "Halvex Chemicals Ltd (HCL)" spells its acronym only as written.
func (l longForm) spells(acr string) bool {
	return acronymDefines(acr, l.words) || acronymDefines(acr, strings.Fields(strings.ToLower(l.text)))
}

// lastLong returns the long form defined by the acronym at start, the
// last noted when there are several.
func lastLong(longs []longForm, at int) (longForm, bool) {
	for i := len(longs) - 1; i >= 0; i-- {
		if longs[i].at == at {
			return longs[i], true
		}
	}
	return longForm{}, false
}

// sortByStart sorts ms by start, keeping the order of mentions with one
// start, and returns tmp, scratch it may have grown. The mentions come as
// a few sorted runs (those of the first pass, of the deferred runs, the
// corefs), so runs are found and merged, pairwise, in passes between ms
// and tmp: two passes for the usual three runs, where sort.SliceStable
// compared and swapped the large structs through reflection.
func sortByStart(ms, tmp []cand) []cand {
	if isSortedByStart(ms) {
		return tmp
	}
	if cap(tmp) < len(ms) {
		tmp = make([]cand, len(ms))
	}
	src, dst := ms, tmp[:len(ms)]
	for !isSortedByStart(src) {
		for lo := 0; lo < len(src); {
			mid := runEnd(src, lo)
			hi := runEnd(src, mid)
			mergeByStart(dst[lo:hi], src[lo:mid], src[mid:hi])
			lo = hi
		}
		src, dst = dst, src
	}
	if &src[0] != &ms[0] {
		copy(ms, src)
	}
	return tmp
}

// isSortedByStart reports whether ms is in order of start.
func isSortedByStart(ms []cand) bool {
	return runEnd(ms, 0) == len(ms)
}

// runEnd returns the end of the run of ms in order of start from lo.
func runEnd(ms []cand, lo int) int {
	if lo >= len(ms) {
		return lo
	}
	i := lo + 1
	for i < len(ms) && ms[i-1].start <= ms[i].start {
		i++
	}
	return i
}

// mergeByStart merges the sorted a and b into dst, a's mention first of
// two with one start.
func mergeByStart(dst, a, b []cand) {
	i, j := 0, 0
	for k := range dst {
		if j == len(b) || i < len(a) && a[i].start <= b[j].start {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
	}
}

// acronymLetters returns the capital letters of an acronym: "U.S." → "us".
// A mixed acronym's lower-case letters stand for connectors, which a long
// form's initials leave out (see initialsSkip): "MoD" → "md", as
// "Ministry of Defence" → "md".
func acronymLetters(a string) string {
	mixed := strings.ContainsFunc(a, unicode.IsLower) && strings.ContainsFunc(a, unicode.IsUpper)
	var b strings.Builder
	for _, r := range a {
		if unicode.IsLetter(r) && !(mixed && unicode.IsLower(r)) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lineEnd returns the offset of the end of the line holding offset i.
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// coordinate shares kind evidence along lists of names: in "Hraytan, Babis
// and Anadan" or "Aleppo, Hama and Latakia" one member known to be a place
// makes the others likely places too. Each member without evidence of its
// own gets one vote for the list's leading kind.
func (s *scanner) coordinate(ms []cand) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && isListGap(s.text[ms[j-1].end:ms[j].start]) {
			j++
		}
		if j-i >= 2 {
			var sum [nVotes]int
			for k := i; k < j; k++ {
				if m := &ms[k]; m.country == nil || m.country.place {
					for v := range sum {
						sum[v] += int(m.votes[v])
					}
				}
			}
			if v := topVote(sum); v != nVotes {
				for k := i; k < j; k++ {
					if ms[k].country == nil && topVote(ms[k].kindVotes()) == nVotes {
						ms[k].votes[v]++
					}
				}
			}
		}
		i = j
	}
}

// isListGap reports whether gap joins two members of a list: a comma,
// "and" or "or".
func isListGap(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	return g == "" && strings.Contains(gap, ",") || g == "and" || g == "or"
}

// isKnownAcronym reports whether a is a listed acronym (AP, UN), which a
// text never redefines: "LOS ANGELES (AP)" is a dateline.
func (s *scanner) isKnownAcronym(a string) bool {
	_, ok := s.l.known[strings.ReplaceAll(a, ".", "")]
	return ok
}
