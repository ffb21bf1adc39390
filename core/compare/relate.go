package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/internal/sorts"
)

// relate finds the relations between claims: facts are put in blocks,
// neighbours within a block are decided, and the best candidates kept.
// The relations are bare, without explanations and dates, which describe
// writes from the pairs: the first pass, which only dates articles, needs
// neither. The facts are made once, by toFacts, for both passes: relate
// sets what depends on the articles' dates.
func relate(arts []Article, facts []fact, ev *events, opts Options) ([]Relation, []pair) {
	cert, art := 0.0, -1 // the last article's certainty: facts come in article order
	for i := range facts {
		f := &facts[i]
		if f.art != art {
			cert, art = certainty[articleSource(arts, f.art)], f.art
		}
		f.cert = cert
		f.at = sortTime(f, arts)
		if f.words != nil {
			f.words.labelled = false
		}
	}
	placeReports(facts, arts)
	cands := candidates(facts, arts, ev, opts.Window, opts.Links)
	kept := selectBest(facts, cands, opts.Links)
	return relations(facts, kept, arts)
}

// toFacts normalises the comparable claims. A claim whose sentence names
// no topic borrows the topics of the claim before it in its article: in
// "Fighters entered Northtown. These groups now control most of the city",
// the second sentence is about Northtown too. It also sets what does not
// depend on the articles' dates: sides, names and content ranks.
func toFacts(arts []Article, claims []claim.Claim, opts Options) []fact {
	order := make([]int, 0, len(claims))
	most := 0 // the claims setClass may take: facts are large, and only these become facts
	for i := range claims {
		if c := &claims[i]; c.Article >= 0 && c.Article < len(arts) {
			order = append(order, i)
			if _, ok := classes[c.Predicate]; ok || c.Figure != nil {
				most++
			}
		}
	}
	// Text order within each article, whatever the order of the slice;
	// claims of one sentence borrow only from earlier sentences.
	sorts.SortStableFunc(order, func(x, y int) int {
		return cmp.Or(cmpInt(int64(claims[x].Article), int64(claims[y].Article)), cmpInt(int64(claims[x].Start), int64(claims[y].Start)))
	})
	facts := make([]fact, 0, most)
	states := countryWords(opts)
	names := lowerNames{names: opts.Names}
	n := 0
	for _, i := range order {
		n += mostTopics(&claims[i])
	}
	arena := make([]string, 0, n) // the facts' topics
	var prev, cur []string        // topics of the last sentence before, and of this one
	for k, i := range order {
		c := &claims[i]
		if k > 0 {
			if p := &claims[order[k-1]]; p.Article != c.Article {
				prev, cur = nil, nil
			} else if p.Start != c.Start {
				prev, cur = cur, nil
			}
		}
		f, ok := toFact(claims, i, &arena)
		f.topics = notTheSpeakers(f.topics, c.Source, &names)
		t := f.topics
		if !ok || f.class == classRecord {
			t = topicsIn(&arena, claims, i) // not made, or a record's year in their place
		}
		if ok && (f.class == classAssert || f.class == classClock) {
			t = nil // the words denied, a time of day: nothing a later sentence is about
		}
		if len(t) > 0 {
			cur = t
		} else if cur == nil {
			cur = prev
		}
		if !ok {
			continue
		}
		if len(f.topics) == 0 && len(prev) > 0 {
			f.topics, f.borrow = prev, true
		}
		f.side = sideOf(f.actor, opts.Names, states)
		if f.side == sideNone && f.actorID {
			f.side = namedSide(f.c.Actor, opts)
		}
		if f.side == sideNone && f.class == classControl && f.source != "" && ownPeople(f.c.Text, f.c.Actor) {
			// "Bana Lokondé said its fighters still hold Baruko": the
			// speaker's own fighters are on the speaker's side.
			if f.side = namedSide(f.c.Source, opts); f.side == sideNone {
				f.side = sideOf(f.source, opts.Names, states)
			}
		}
		if f.actorID {
			f.name = opts.Names[f.c.Actor]
		}
		if f.class == classFigure && f.source != "" {
			if f.srcSide = namedSide(f.c.Source, opts); f.srcSide == sideNone {
				f.srcSide = sideOf(f.source, opts.Names, states)
			}
		}
		f.stated = f.stated || countedOn(&f, arts)
		f.owner = ownerOf(&f, &names)
		f.inCountry = opts.Countries[where(&f)]
		facts = append(facts, f)
	}
	markListedPlaces(facts)
	markSums(facts)
	markLeads(facts, opts.Things)
	markBothSides(facts)
	rankFacts(facts)
	assignBlocks(facts)
	return facts
}

// ownPeople reports whether text names actor as a speaker's own: "its
// fighters", "our forces", "his men".
func ownPeople(text, actor string) bool {
	if actor == "" || strings.IndexByte(actor, ' ') >= 0 {
		return false
	}
	for _, p := range [...]string{"its ", "our ", "his ", "their ", "Our ", "Its ", "His ", "Their "} {
		if strings.Contains(text, p+actor) {
			return true
		}
	}
	return false
}

// notTheSpeakers drops from topics, in place, the entity whose possessive
// opens a source told as a phrase: "the UN's humanitarian office says"
// is no claim about the UN, nor "Lusavia's defence ministry said" about
// Lusavia (whose soldiers "four of its soldiers" still are: the claim's
// entities keep it).
func notTheSpeakers(topics []string, src string, names *lowerNames) []string {
	owner, _ := possessed(src)
	if owner == "" {
		return topics
	}
	owner = strings.ToLower(owner)
	out := topics[:0]
	for _, t := range topics {
		if names.lower(t, names.names[t]) != owner {
			out = append(out, t)
		}
	}
	return out
}

// markSums gives two figures of one measure in other units that a
// sentence joins with "and" ("carrying 80 passengers and six crew
// members") their sum, which another report may give whole ("86 people on
// board"). Facts come in text order, a sentence's together.
func markSums(facts []fact) {
	for i := 1; i < len(facts); i++ {
		f, g := &facts[i-1], &facts[i]
		if joined(f, g) {
			f.sum, g.sum = f.val+g.val, f.val+g.val
		}
	}
}

// joined reports whether f and, after it, g are figures of one sentence,
// measure and "and", in other units and no part of another: "80
// passengers and six crew members".
func joined(f, g *fact) bool {
	if f.class != classFigure || g.class != classFigure || f.art != g.art || f.c.Start != g.c.Start ||
		f.measure != g.measure || f.unit == g.unit || f.c.Subset || g.c.Subset {
		return false
	}
	from, to := f.c.Figure.End, g.c.Figure.Start
	if from < 0 || to > len(f.c.Text) || from >= to {
		return false
	}
	gap := f.c.Text[from:to]
	return strings.HasSuffix(gap, " and ") && len(gap) <= 24 && !strings.ContainsAny(gap, ",;0123456789")
}

// markLeads marks each article's first figure of each measure and unit,
// its lead count ("The death toll rose to 27 ... the hull of the Belen
// Star"), with the things its sentence names, unless it is a part, a sum
// since a year, or of another year than the article's: the count of the
// event the article reports, which another article's lead count may give
// whatever places its sentence names (see leadsMeet and tollsMeet).
func markLeads(facts []fact, things map[string]bool) {
	var seen [][2]string // measures and units of one article: facts come in article order, and an article has a few
	art := -1
	for i := range facts {
		f := &facts[i]
		if f.class != classFigure || f.measure == "" || f.c.Subset || f.since != 0 || f.period {
			continue
		}
		if f.art != art {
			seen, art = seen[:0], f.art
		}
		k := [2]string{f.measure, f.unit}
		if slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		if f.c.Time != nil && f.c.Time.Year != 0 {
			continue
		}
		f.lead = true
		for _, t := range f.topics {
			if things[t] {
				f.things = append(f.things, t)
			}
		}
	}
}

// leadsMeet reports whether a and b are their articles' lead counts and
// one's sentence names a thing the other's article names: one event's
// count, whatever places each sentence names ("on Lake Tovanyi", "off
// Durrisk"), where two places' counts alone ("in Kessel", "in Norvale")
// may be two events'.
func leadsMeet(a, b *fact, arts []Article) bool {
	if !a.lead || !b.lead {
		return false
	}
	for _, t := range a.things {
		if slices.Contains(arts[b.art].Names, t) {
			return true
		}
	}
	for _, t := range b.things {
		if slices.Contains(arts[a.art].Names, t) {
			return true
		}
	}
	return false
}

// tollsMeet reports whether a and b are their articles' lead counts of
// one measure and one gives its figure as the running total: the whole
// event's count, whatever places each sentence names ("the toll stood at
// 26, the Kardan police said" and "At least 19 people were killed when a
// bus plunged into a gorge on the Korrath road"; "At least 90 flights had
// been cancelled at Brannock International Airport" and "The number of
// cancelled flights at Brannock rose to 210").
func tollsMeet(a, b *fact) bool {
	return a.lead && b.lead && (runningTotal(a) || runningTotal(b))
}

// runningTotal reports whether f's sentence gives its figure as the
// event's running total: a toll, or "the number of" what it counts.
func runningTotal(f *fact) bool {
	return f.measure == "killed" && strings.Contains(f.c.Text, "toll") || strings.Contains(f.c.Text, "number of ")
}

// markListedPlaces marks the figures of a sentence that counts for two
// places or more ("17 were killed in X and four in Y"): each is the count
// of its own place, and the other places it names are not its context.
func markListedPlaces(facts []fact) {
	for lo := 0; lo < len(facts); {
		hi, first, two := lo+1, facts[lo].c.Place, false
		for hi < len(facts) && facts[hi].art == facts[lo].art && facts[hi].c.Start == facts[lo].c.Start {
			p := facts[hi].c.Place
			two = two || p != "" && first != "" && p != first
			if first == "" {
				first = p
			}
			hi++
		}
		for k := lo; two && k < hi; k++ {
			facts[k].listsPlaces = facts[k].class == classFigure && facts[k].c.Place != ""
		}
		lo = hi
	}
}

// markBothSides gives the figures of people that name two or more of the
// owners other figures count the people of ("at least nine soldiers were
// killed in the clash between Tarvania and Lusavia") the owner "*": a count
// of both sides is neither side's count ("four Lusavian soldiers").
func markBothSides(facts []fact) {
	var owners map[string]bool
	for i := range facts {
		if o := facts[i].owner; o != "" {
			if owners == nil {
				owners = map[string]bool{}
			}
			owners[o] = true
		}
	}
	if len(owners) < 2 {
		return
	}
	for i := range facts {
		f := &facts[i]
		if f.owner != "" || f.class != classFigure || !personMeasures[f.measure] {
			continue
		}
		n := 0
		for _, e := range f.c.Entities {
			if owners[e] {
				n++
			}
		}
		if n >= 2 {
			f.owner = "*"
		}
	}
}

// mostTopics bounds the topics toFacts keeps for claim c: topicsIn's, its
// entities and place less its source and actor. A record's year and a
// second call for it may overflow it; append then grows the array.
func mostTopics(c *claim.Claim) int {
	n := 1
	for _, e := range c.Entities {
		if e != c.Source && e != c.Actor {
			n++
		}
	}
	return n
}

// Facts meet only inside a block: the same class (figures: the same
// measure, unit and scope) and a shared topic. Figures also meet in their
// class's open block, since a toll sentence often names no place ("at
// least 90 deaths"); claims of one article meet in an article block, for
// accounts from different sources.

// candidates decides every pair of facts that share a block and lie within
// window positions of each other in date order, and keeps for each fact
// its best few (2·links per kind) of the pairs it leads. Facts are put in
// their blocks in date order, so no block needs sorting and a pair is met
// first from its earlier fact, whichever blocks it shares: a stamp per
// fact, not a map of pairs, skips the pairs already decided. The cost is
// O(n log n) for the one sort of n facts and O(n·window) decisions, and
// the candidates grow as n, however many reports tell one event.
func candidates(facts []fact, arts []Article, ev *events, window, links int) []cand {
	order := byDate(facts)
	all, off, members, span := fill(facts, order)
	stamp := make([]int32, len(facts)) // x+1 for the last fact x that decided this one
	// The candidates are about twice the facts with many reports of one
	// thing, far fewer with a few articles: out starts at half the facts
	// and doubles, where append would grow it by a quarter at a time.
	out := make([]cand, 0, len(facts)/2)
	var near []cand
	var top [kinds][]int32
	for j, x := range order {
		near = near[:0]
		for _, m := range members[span[j]:span[j+1]] {
			b, pos := all[off[m.block]:off[m.block+1]], m.pos-off[m.block]
			for q := pos + 1; q < int32(len(b)) && q <= pos+int32(window); q++ {
				y := b[q]
				if stamp[y] == x+1 {
					continue
				}
				stamp[y] = x + 1
				lo, hi := min(x, y), max(x, y)
				if !ev.same(facts[lo].art, facts[hi].art) {
					continue
				}
				if c, ok := decide(&facts[lo], &facts[hi], arts); ok {
					near = append(near, placed(c, facts, lo, hi))
				}
			}
		}
		if need := len(out) + min(len(near), kinds*2*links); need > cap(out) {
			out = append(make([]cand, 0, max(2*cap(out), need)), out...)
		}
		out = appendBest(out, near, 2*links, &top)
	}
	return out
}

// member is a fact's place in a block: pos indexes the array of all
// blocks.
type member struct{ block, pos int32 }

// fill puts the facts, in order, into their blocks, cut from one array:
// block b is all[off[b]:off[b+1]]. It returns too each fact's places in
// them: those of order[j] are members[span[j]:span[j+1]].
func fill(facts []fact, order []int32) (all, off []int32, members []member, span []int32) {
	n, total := int32(0), 0
	for i := range facts {
		for _, b := range facts[i].blocks {
			n = max(n, b+1)
		}
		total += len(facts[i].blocks)
	}
	// Counted at off[b+2], summed, off[b+1] is where block b starts, and
	// filling moves it to where b ends: off[b] is then b's start.
	off = make([]int32, n+2)
	for i := range facts {
		for _, b := range facts[i].blocks {
			off[b+2]++
		}
	}
	for b := 2; b < len(off); b++ {
		off[b] += off[b-1]
	}
	all = make([]int32, total)
	members = make([]member, 0, total)
	span = make([]int32, 1, len(facts)+1)
	for _, i := range order {
		for _, b := range facts[i].blocks {
			p := off[b+1]
			off[b+1]++
			all[p] = i
			members = append(members, member{b, p})
		}
		span = append(span, int32(len(members)))
	}
	return all, off[:n+1], members, span
}

// assignBlocks numbers the blocks and sets each fact's, once for both
// passes of relate: blocks do not depend on dates. A fact's blocks are its
// topics', then its figure group's open block, then its article's; a
// retreat from a named place has them again in the control group (see
// meetsControl). Topics are numbered first; then the facts are taken group
// by group (figureGroups), and within a group a topic's or an article's
// block is new when its stamp is not the group's. Arrays by topic and
// article thus stand for a map of blocks.
func assignBlocks(facts []fact) {
	groups, ng := figureGroups(facts)
	n, arts, extra := 0, 0, 0
	for i := range facts {
		n += blockRoom(&facts[i])
		if meetsControl(&facts[i]) {
			extra++
		}
		arts = max(arts, facts[i].art+1)
	}
	all := make([]int32, n)
	topics := map[string]int32{}
	start := 0
	for i := range facts {
		f := &facts[i]
		end := start + blockRoom(f)
		f.blocks = all[start:end:end]
		start = end
		for j, t := range f.topics {
			tn, ok := topics[t]
			if !ok {
				tn = int32(len(topics))
				topics[t] = tn
			}
			f.blocks[j] = tn
			if meetsControl(f) {
				f.blocks[len(f.topics)+1+j] = tn
			}
		}
	}
	order := groupOrder(facts, groups, ng, extra)
	// stamp and id, for each topic and then each article: the group+1
	// that last met it, and its block there.
	stamp := make([]int32, 2*(len(topics)+arts))
	id := stamp[len(topics)+arts:]
	next, open, openGroup := int32(0), int32(0), int32(-1)
	block := func(k int, g int32) int32 {
		if stamp[k] != g+1 {
			stamp[k], id[k] = g+1, next
			next++
		}
		return id[k]
	}
	for _, o := range order {
		i, g, base := o, int32(0), 0
		if o < 0 { // a retreat's second membership, in the control group
			i, g, base = ^o, int32(classControl), len(facts[^o].topics)+1
		} else {
			g = groups[i]
		}
		f := &facts[i]
		nt := len(f.topics)
		for k := range nt {
			f.blocks[base+k] = block(int(f.blocks[base+k]), g)
		}
		if f.class == classFigure {
			if openGroup != g {
				open, openGroup = next, g
				next++
			}
			f.blocks[nt] = open
			nt++
		}
		f.blocks[base+nt] = block(len(topics)+f.art, g)
	}
}

// blockRoom is how many blocks f has: one a topic and its article's, its
// figure group's open block, and all of them again for a retreat that
// meets the control group.
func blockRoom(f *fact) int {
	n := len(f.topics) + 1
	if f.class == classFigure {
		n++
	}
	if meetsControl(f) {
		n *= 2
	}
	return n
}

// groupOrder returns the facts' indexes by group (a counting sort), each
// retreat that meets the control group also there as ^index.
func groupOrder(facts []fact, groups []int32, ng, extra int) []int32 {
	from := make([]int32, ng+1)
	for _, g := range groups {
		from[g+1]++
	}
	from[classControl+1] += int32(extra)
	for g := 1; g <= ng; g++ {
		from[g] += from[g-1]
	}
	order := make([]int32, len(facts)+extra)
	for i, g := range groups {
		order[from[g]] = int32(i)
		from[g]++
	}
	for i := range facts {
		if meetsControl(&facts[i]) {
			order[from[classControl]] = ^int32(i)
			from[classControl]++
		}
	}
	return order
}

// namedSide returns the side of entity id that opts give: a country's,
// or the side the articles' words put it on (Options.Sides).
func namedSide(id string, opts Options) side {
	if opts.Countries[id] {
		return sideState
	}
	switch opts.Sides[id] {
	case "state":
		return sideState
	case "insurgent":
		return sideInsurgent
	}
	return sideNone
}

// meetsControl reports whether f, a retreat from a named place, is also
// compared with claims of control there: "the army withdrew from Drel" and
// "rebels took Drel" tell one change of hands.
func meetsControl(f *fact) bool {
	return f.c.Predicate == claim.Retreat && f.objectPlace && !f.c.Negated
}

// appendBest appends to out the best of near, at most limit of each kind.
// Each kind's best are kept in candOrder by insertion in top, a scratch
// list of indexes into near: near holds a few dozen candidates and limit
// is a handful, so nothing is sorted. The order of out does not matter:
// selectBest puts all candidates in order.
func appendBest(out, near []cand, limit int, top *[kinds][]int32) []cand {
	for k := range top {
		top[k] = top[k][:0]
	}
	for i := range near {
		t := &top[kindIndex(near[i].kind)]
		j := len(*t)
		if j < limit {
			*t = append(*t, int32(i))
		} else if candOrder(&near[i], &near[(*t)[j-1]]) >= 0 {
			continue
		} else {
			j--
		}
		for ; j > 0 && candOrder(&near[i], &near[(*t)[j-1]]) < 0; j-- {
			(*t)[j] = (*t)[j-1]
		}
		(*t)[j] = int32(i)
	}
	for _, t := range top {
		for _, i := range t {
			out = append(out, near[i])
		}
	}
	return out
}

// byDate returns the indexes of facts in date order, ties by content rank.
func byDate(facts []fact) []int32 {
	idx := make([]int32, len(facts))
	for i := range idx {
		idx[i] = int32(i)
	}
	sorts.SortFunc(idx, func(x, y int32) int {
		return cmp.Or(cmpInt(int64(facts[x].at), int64(facts[y].at)), cmpInt(int64(facts[x].rank), int64(facts[y].rank)))
	})
	return idx
}

// placeReports sets each fact's pub to its article's date and pos to its
// article's place among the articles in date order: nearness of reports
// tells articles apart, not two claims of one article, which content
// decides (a claim stated for the day before is no nearer a report than
// one stated for the week before; both are its article's). Ties of date go
// by the article's first claim in content order, so the order does not
// depend on the order of the articles.
func placeReports(facts []fact, arts []Article) {
	type report struct {
		pub   int64
		first int32 // the article's lowest content rank, +1: 0 until one is met
		pos   int32
	}
	reps := make([]report, len(arts))
	var order []int32 // the articles with facts
	for i := range facts {
		f := &facts[i]
		r := &reps[f.art]
		if r.first == 0 {
			r.pub, r.first = articleTime(arts, f.art), f.rank+1
			order = append(order, int32(f.art))
		}
		r.first = min(r.first, f.rank+1)
	}
	sorts.SortFunc(order, func(x, y int32) int {
		return cmp.Or(cmpInt(int64(reps[x].pub), int64(reps[y].pub)), cmpInt(int64(reps[x].first), int64(reps[y].first)))
	})
	for p, a := range order {
		reps[a].pos = int32(p)
	}
	for i := range facts {
		r := &reps[facts[i].art]
		facts[i].pub, facts[i].pos = r.pub, r.pos
	}
}

// articleTime orders articles: by date, else by estimated year, else first.
func articleTime(arts []Article, a int) int64 {
	if d := arts[a].Date; !d.IsZero() {
		return d.Unix()
	}
	if y := yearOf(arts, a); y > 0 {
		return int64(y-1970) * 365 * 86400
	}
	return -1 << 62
}

// placed fills in candidate c for facts x and y the keys selectBest sorts
// by, computed once rather than in every comparison: how far apart the two
// were reported in time and in date order, and their content ranks.
func placed(c cand, facts []fact, x, y int32) cand {
	a, b := &facts[x], &facts[y]
	c.a, c.b = x, y
	c.dt = max(a.pub-b.pub, b.pub-a.pub)
	c.dp = max(a.pos-b.pos, b.pos-a.pos)
	c.lo, c.hi = min(a.rank, b.rank), max(a.rank, b.rank)
	return c
}

// sortTime orders facts in a block: by date, else by estimated year, else
// first.
func sortTime(f *fact, arts []Article) int64 {
	if t := when(f, arts); !t.IsZero() {
		return t.Unix()
	}
	if y := yearOf(arts, f.art); y > 0 {
		return int64(y-1970) * 365 * 86400
	}
	return -1 << 62
}

// rankFacts sets each fact's rank in content order, so that ties are broken
// the same way whatever the article order.
func rankFacts(facts []fact) {
	idx := make([]int32, len(facts))
	for i := range idx {
		idx[i] = int32(i)
	}
	sorts.SortFunc(idx, func(x, y int32) int { return contentOrder(facts[x].c, facts[y].c) })
	for r, i := range idx {
		facts[i].rank = int32(r)
	}
}

// figureGroups returns each fact's group for its blocks, and the number of
// groups: its class, or for a figure a number above every class for its
// measure, unit family and scope, and whether it counts a part ("including
// 37 soldiers" is compared with parts only). Figures of one group can count
// one thing. The groups are told apart by the words
// "measure|family|scope[|part]", written in one buffer: only a new group's
// words are kept.
func figureGroups(facts []fact) ([]int32, int) {
	out := make([]int32, len(facts))
	classes := int32(len(classNames))
	var named map[string]int32
	var buf []byte
	for i := range facts {
		f := &facts[i]
		if f.class != classFigure {
			out[i] = int32(f.class)
			continue
		}
		if named == nil {
			named = map[string]int32{}
		}
		buf = append(append(append(append(append(buf[:0], f.measure...), '|'), familyOf(f)...), '|'), f.c.Scope...)
		if f.c.Subset {
			buf = append(buf, "|part"...)
		}
		g, ok := named[string(buf)]
		if !ok {
			g = classes + int32(len(named))
			named[string(buf)] = g
		}
		out[i] = g
	}
	return out, int(classes) + len(named)
}

// contentOrder orders claims by text, then ID: as their keys text+"\x00"+ID
// would compare, without making the keys unless a text holds a NUL byte.
func contentOrder(a, b *claim.Claim) int {
	if strings.IndexByte(a.Text, 0) >= 0 || strings.IndexByte(b.Text, 0) >= 0 {
		return strings.Compare(a.Text+"\x00"+a.ID, b.Text+"\x00"+b.ID)
	}
	// Without a NUL in the texts, the first difference of the keys is
	// the texts', or the texts are one and the IDs decide.
	return cmp.Or(strings.Compare(a.Text, b.Text), strings.Compare(a.ID, b.ID))
}

// pair is a kept candidate with its two facts, a first.
type pair struct {
	a, b *fact
	c    cand
}

// relations turns kept candidates into bare relations, in a stable order:
// by article pair, then claim order. It sorts indexes, not relations,
// which are large.
func relations(facts []fact, kept []cand, arts []Article) ([]Relation, []pair) {
	pairs := make([]pair, len(kept))
	order := make([]int32, len(kept))
	for i, c := range kept {
		a, b := &facts[c.a], &facts[c.b]
		if first(b, a, arts) {
			a, b = b, a
		}
		pairs[i], order[i] = pair{a, b, c}, int32(i)
	}
	sorts.SortFunc(order, func(x, y int32) int {
		p, q := &pairs[x], &pairs[y]
		if c := cmp.Or(cmpInt(int64(p.a.art), int64(q.a.art)), cmpInt(int64(p.b.art), int64(q.b.art))); c != 0 {
			return c // before the claim IDs: cmp.Or weighs all its arguments
		}
		return cmp.Or(strings.Compare(p.a.c.ID, q.a.c.ID), strings.Compare(p.b.c.ID, q.b.c.ID))
	})
	out := make([]Relation, len(kept))
	for i, x := range order {
		p := &pairs[x]
		out[i] = Relation{
			Kind:       kindNames[p.c.kind],
			Claims:     [2]string{p.a.c.ID, p.b.c.ID},
			Articles:   [2]int{p.a.art, p.b.art},
			Confidence: p.c.conf,
			Low:        p.c.conf < lowConfidence,
			Reason:     reasonNames[p.c.reason],
			Sources:    [2]string{p.a.srcRaw, p.b.srcRaw},
			Measure:    p.a.measure,
		}
	}
	permute(pairs, order)
	return out, pairs
}

// permute puts pairs in order, in place: pairs[i] becomes the pairs[order[i]]
// of before. It follows each cycle of the permutation, marking order's
// entries done with -1.
func permute(pairs []pair, order []int32) {
	for i := range order {
		if order[i] < 0 {
			continue
		}
		p, j := pairs[i], i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				pairs[j] = p
				break
			}
			pairs[j], j = pairs[k], k
		}
	}
}

// describe writes the dates and explanation of each relation, from the
// pairs relations returned with them.
func describe(rels []Relation, pairs []pair, arts []Article, opts Options) {
	for i := range rels {
		r, a, b := &rels[i], pairs[i].a, pairs[i].b
		r.Dates[0], r.DateSources[0] = dateLabel(a, arts)
		r.Dates[1], r.DateSources[1] = dateLabel(b, arts)
		r.Explanation = explain(a, b, *r, arts, opts)
	}
}

// first reports whether a goes first in a relation: the earlier when both
// are dated, else the lower article, else the earlier claim.
func first(a, b *fact, arts []Article) bool {
	ta, tb := when(a, arts), when(b, arts)
	if !ta.IsZero() && !tb.IsZero() && ta != tb {
		return ta.Before(tb)
	}
	if a.art != b.art {
		return a.art < b.art
	}
	return a.idx < b.idx
}
