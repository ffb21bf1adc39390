package clean

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/sorts"
)

// classify decides the role of every line of the page.
func (p *page) classify() {
	for i := range p.lines {
		p.lines[i].cls = p.initialClass(i)
		p.lines[i].init = p.lines[i].cls
	}
	p.smooth()
	p.keepShortArticle()
	p.markTeasers()
	a, b := p.zone()
	p.za, p.zb = a, b
	p.title(a, b)
	p.keepData(b)
	p.decide(a, b)
	p.keepLongestText()
	p.fillMeta(a)
}

// neighbours holds, for every block, the class of the nearest block
// before and after it that is neither short nor a photo caption (nn) and,
// in the skip variant, not near-good either (sk); the page edges count as
// bad. Computed in two linear passes so that a paste of ten thousand menu
// lines costs no more than its length.
type neighbours struct {
	prevNN, nextNN, prevSk, nextSk []lineClass
}

// transparent reports whether line i is skipped when looking for a
// neighbour: short lines, and photo captions and a live report's time
// stamps, which sit inside an article (the paragraph after one belongs
// with those before it).
func (p *page) transparent(i int) bool {
	l := &p.lines[i]
	return l.cls == clsShort || l.meta == metaCaption || l.boiler != "" && (inlineTeaser(l.low) || isAdSlot(l.low) || isShareSlot(l.low)) || isStamp(l)
}

// isShareSlot reports whether low, a lower-cased furniture line, is a
// share prompt ("Share this article", "Share this on WhatsApp"), which
// pages set between paragraphs as they set adverts. A bare "Share" or a
// row of "Share on ..." buttons more often ends the article (an author's
// biography follows) or heads it (a standfirst stands above), and stays
// opaque.
func isShareSlot(low string) bool {
	return strings.HasPrefix(strings.TrimSpace(low), "share this ")
}

// isAdSlot reports whether low, a lower-cased line, marks an advert set
// between two paragraphs ("Advertisement", "Story continues below
// advertisement"): the paragraph after it is still the article's.
func isAdSlot(low string) bool {
	low = strings.TrimSpace(low)
	return low == "advertisement" || low == "ad" || strings.HasSuffix(low, "below advertisement") || strings.HasSuffix(low, "after advertisement")
}

// isStamp reports whether line l is a live report's time stamp ("20:15
// GMT", "2h ago", "Updated 10:42"): a time of a few words with no year,
// which heads each entry of a live blog. Between two entries it is no
// more evidence of page furniture than the blank line beside it, where a
// date line with its year ("Published 14 June 2031") stays at the page's
// head.
func isStamp(l *lineInfo) bool {
	return l.meta == metaDate && l.words <= 4 && !hasYear(l.low)
}

// inlineTeaser reports whether low, a lower-cased line, is a link to
// another story set between two paragraphs of an article ("Read more: Who
// are the rebels?"): the paragraph after it is still the article's.
func inlineTeaser(low string) bool {
	for _, p := range [...]string{"read more:", "read more -", "read also:", "also read:", "see also:", "related:", "read:", "more:", "watch:", "listen:", "recommended:"} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return strings.TrimSpace(rest) != ""
		}
	}
	return false
}

// neighbourClasses computes the neighbours of every block in buf, four
// times as long as the page.
func (p *page) neighbourClasses(buf []lineClass) neighbours {
	n := len(p.lines)
	nb := neighbours{buf[:n:n], buf[n : 2*n : 2*n], buf[2*n : 3*n : 3*n], buf[3*n : 4*n]}
	nn, sk := clsBad, clsBad
	for i := 0; i < n; i++ {
		nb.prevNN[i], nb.prevSk[i] = nn, sk
		if !p.transparent(i) {
			nn = p.lines[i].cls
			if nn != clsNear {
				sk = nn
			}
		}
	}
	nn, sk = clsBad, clsBad
	for i := n - 1; i >= 0; i-- {
		nb.nextNN[i], nb.nextSk[i] = nn, sk
		if !p.transparent(i) {
			nn = p.lines[i].cls
			if nn != clsNear {
				sk = nn
			}
		}
	}
	return nb
}

// smooth is jusText's context step: a short or near-good block takes the
// class of the good or bad blocks around it, so that a one-line paragraph
// ("He declined to comment.") between two paragraphs is kept and a menu
// item between menu items is not.
func (p *page) smooth() {
	// Near-good blocks first: one next to a good or near-good block is
	// good. News paragraphs are often shorter than jusText's 200
	// characters, and a run of them is an article, not a stray line.
	n := len(p.lines)
	buf := resized(p.sc.classes, 5*n)
	p.sc.classes = buf
	nb := p.neighbourClasses(buf[:4*n])
	out := buf[4*n:]
	for i := range p.lines {
		out[i] = p.lines[i].cls
		if out[i] != clsNear {
			continue
		}
		if nb.prevNN[i] == clsBad && nb.nextNN[i] == clsBad {
			out[i] = clsBad
		} else {
			out[i] = clsGood
		}
	}
	for i := range p.lines {
		p.lines[i].cls = out[i]
	}
	nb = p.neighbourClasses(buf[:4*n])
	for i := range p.lines {
		if p.lines[i].cls != clsShort {
			continue
		}
		prev, next := nb.prevSk[i], nb.nextSk[i]
		switch {
		case prev == clsGood && next == clsGood:
			out[i] = clsGood
		case prev == clsGood && p.isShortSentence(i):
			// The closing one-line paragraph: "Work is due to start in
			// the spring."
			out[i] = clsGood
		default:
			out[i] = clsBad
		}
	}
	for i := range p.lines {
		p.lines[i].cls = out[i]
	}
}

// keepShortArticle makes the sentences of a page good when context left
// none: a paste of a headline and one to three sentences ("The council
// approved a budget of 40 million on Friday, the mayor said.") has no
// good neighbours to vouch for them, and jusText's context would drop the
// whole article. Only sentences qualify (a full stop, five words or more,
// dense in stopwords), so a paste of menus stays empty.
func (p *page) keepShortArticle() {
	for i := range p.lines {
		if p.lines[i].cls == clsGood {
			return
		}
	}
	for i := range p.lines {
		l := &p.lines[i]
		if l.init == clsNear || (l.init == clsShort && (p.isSentence(i) || p.isNamedSentence(i) || l.boiler == "" && l.meta == metaNone && p.isShortSentence(i))) {
			// In text order, so that a closing sentence under a kept one
			// is judged as smooth judges it: "Unemployment held at 5.1
			// percent." after the lead of a three-line wire report.
			l.cls = clsGood
		}
	}
}

// isSentence reports whether line i reads as a sentence of prose: a full
// stop, five words or more, dense in stopwords, no furniture or metadata.
func (p *page) isSentence(i int) bool {
	l := &p.lines[i]
	return l.terminal && l.words >= 5 && l.density >= p.stopLow && l.boiler == "" && l.meta == metaNone
}

// isNamedSentence reports whether line i is a news sentence heavy with
// names and figures: a full stop, six words or more, and a tenth of them
// function words ("Insurgents overran a military base outside Kedra on
// Tuesday, killing 14 soldiers." has two of twelve). Only a paste with no
// good line asks: alone, such a line is the article, and menus, buttons
// and banners end in no full stop or are furniture (l.boiler).
func (p *page) isNamedSentence(i int) bool {
	l := &p.lines[i]
	return l.terminal && l.words >= 6 && l.density >= loneSentenceDensity && l.boiler == "" && l.meta == metaNone
}

// loneSentenceDensity is the share of function words isNamedSentence asks.
const loneSentenceDensity = 0.1

// isShortSentence reports whether short line i is a sentence of prose
// directly below a good block: a full stop, five words or more, dense in
// stopwords.
func (p *page) isShortSentence(i int) bool {
	l := &p.lines[i]
	if !l.terminal || l.words < 5 || i == 0 {
		return false
	}
	if l.density < p.stopLow && (i < len(p.lines)-1 || l.words < namedSentenceWords || l.density < p.stopLow-namedSentenceSlack) {
		return false
	}
	return p.lines[i-1].cls == clsGood
}

// A closing sentence heavy with names ("Interior Minister Paulo Renn said
// the death toll could rise as crews reached remote villages.") falls
// under the density bar; when it ends the paste, namedSentenceWords words
// or more vouch for it down to namedSentenceSlack under the bar. (Before
// page furniture, such lines are as often the next story's teaser.)
const (
	namedSentenceWords = 12
	namedSentenceSlack = 0.12
)

// markTeasers removes teasers for other stories: a paragraph followed by
// "Read More" or ending in an ellipsis, and the headline line above it.
// Such a paragraph is often well written ("The Republicans, although
// close to joining the government, still condition their entry...") and
// passes every prose test; the link line after it gives it away.
func (p *page) markTeasers() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.fixed || l.boiler != "" {
			continue
		}
		next := i + 1
		readMore := next < len(p.lines) && p.lines[next].tail && isReadMore(p.lines[next].low)
		cut := strings.HasSuffix(l.low, "...") || strings.HasSuffix(l.low, "…") || strings.HasSuffix(l.low, "[…]")
		if !readMore && !(cut && p.neighbourTeaser(i)) {
			continue
		}
		if !cut && p.elsewhere(i) >= 0.5 {
			// "...said a market analyst" followed by an inline "Read
			// More" link to a related story: the paragraph is on the
			// page's subject, only the link is not.
			continue
		}
		p.fix(i, RoleBoilerplate, "teaser for another story")
		if j := i - 1; j >= 0 && !p.lines[j].fixed && !p.lines[j].terminal && p.lines[j].words <= 25 {
			p.fix(j, RoleBoilerplate, "headline of a teaser")
		}
	}
}

// elsewhere returns the share of the content words of line i (and of the
// headline line above it) that the page uses elsewhere: low for a teaser
// about another story, which shares no names or content words with the
// article.
func (p *page) elsewhere(i int) float64 {
	local := map[string]int{}
	for j := max(i-1, 0); j <= i; j++ {
		for _, w := range p.words[j] {
			if w.isContent() {
				local[w.in(p.lines[j].low)]++
			}
		}
	}
	n, hit := 0, 0
	for _, w := range p.words[i] {
		if w.isContent() {
			n++
			if p.vocab.countOf(w, p.lines[i].low) > local[w.in(p.lines[i].low)] {
				hit++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// neighbourTeaser reports whether the cut-off paragraph i sits among other
// cut-off paragraphs or link lines, as teaser lists do; a single quote
// trailing off inside the article does not.
func (p *page) neighbourTeaser(i int) bool {
	for _, j := range []int{i - 2, i + 2, i + 1} {
		if j >= 0 && j < len(p.lines) {
			lj := p.lines[j].low
			if strings.HasSuffix(lj, "...") || strings.HasSuffix(lj, "…") || p.lines[j].tail {
				return true
			}
		}
	}
	return false
}

// isReadMore reports whether low is a "Read More" link line.
func isReadMore(low string) bool {
	return strings.HasPrefix(low, "read more") || strings.HasPrefix(low, "continue reading") ||
		strings.HasPrefix(low, "leia mais") || strings.HasPrefix(low, "lire la suite") || strings.HasPrefix(low, "weiterlesen")
}

// fix gives line i a role decided by a hard rule.
func (p *page) fix(i int, r Role, reason string) {
	l := &p.lines[i]
	l.role, l.reason, l.fixed = r, reason, true
	l.cls = clsBad
}

// zone returns the article's extent [a, b). Good blocks weigh their
// length and the rest weigh against, most of all the openers of end
// matter ("Related Articles", "Leave a comment"); the stretches of
// positive weight are the candidates (the body-text-extraction idea of
// Finn et al. on jusText's classes). A page's heaviest prose may be its
// legal footer, a comment thread or a block of teasers, so each candidate
// is scored by its weight times its share of the headline's words, with a
// bonus when it starts just below the in-page headline.
func (p *page) zone() (int, int) {
	p.tailsBefore = resized(p.sc.tails, len(p.lines)+1)
	p.sc.tails = p.tailsBefore
	for i := range p.lines {
		p.tailsBefore[i+1] = p.tailsBefore[i]
		if p.lines[i].tail {
			p.tailsBefore[i+1]++
		}
	}
	head, t := p.headlineWords()
	bestA, bestB, best := 0, 0, 0.0
	cands := p.candidates(-1)
	if t >= 0 {
		// Also the stretches cut at the in-page headline, which starts
		// the article: teasers in the menu above it may hold a stretch
		// positive across it. Both kinds compete, so that an article
		// that runs on past a repeat of its headline (a recipe card
		// under the post) stays whole.
		cands = unionRuns(cands, p.candidates(t))
	}
	for _, c := range cands {
		aff := p.affinity(c.a, c.b, head, t)
		if aff == 0 && t >= 0 && c.a > t {
			// Prose below the in-page headline that shares none of its
			// words is a sidebar's: a calendar or a table of results under
			// its headline has no prose of its own (keepLongestText).
			continue
		}
		score := float64(c.w) * (0.2 + aff)
		if t >= 0 && c.a > t && c.a <= t+20 {
			score *= 1.5
		}
		if t >= 0 && c.a > t && p.tailBetween(t, c.a) {
			// Prose after "Comments" or "Related" below the headline is
			// the readers' or other stories'.
			score *= 0.3
			if p.commentsBetween(t, c.a) {
				score *= 0.1
			}
		}
		if score > best {
			bestA, bestB, best = c.a, c.b, score
		}
	}
	return p.merge(bestA, bestB, cands)
}

// maxGap is the most blocks between two stretches of one article: a
// "Related" box or a photo with its credit inside the article.
const maxGap = 8

// minOverlap is the share of a stretch's content words that must occur in
// the article for the stretch to join it. Paragraphs of one article share
// about half their content words (measured on the benchmark's dev pages:
// 0.45 for a feature split by a "Related" box), but a news story's second
// half (quotes, ticket sales, tour dates) may share only a fifth with its
// opening; a teaser for another story shares fewer. On dev, 0.35 left
// three articles cut at their "Related" box, and teasers began to join
// below 0.15.
const minOverlap = 0.2

// merge grows the article [a, b) with the candidates close before and
// after it that are on the same subject: most of their content words
// occur in the article. A "Related" box inside the article splits it into
// two candidates; teasers for other stories share few words and stay out,
// and nothing is merged across the opening of a comment section.
func (p *page) merge(a, b int, cands []run) (int, int) {
	if a >= b {
		return a, b
	}
	words := p.contentWords(a, b, 0)
	for _, c := range cands {
		if c.a >= b && c.a-b <= maxGap && !p.commentsBetween(b-1, c.a) && p.related(c, words) {
			p.addContent(c.a, c.b, words)
			b = c.b
		}
	}
	for k := len(cands) - 1; k >= 0; k-- {
		c := cands[k]
		if c.b <= a && a-c.b <= maxGap && p.related(c, words) {
			a = c.a
		}
	}
	return a, b
}

// related reports whether candidate c is on the subject of the article
// [a, b) with content words words, measured both ways so that a long
// continuation of a short opening counts as well.
func (p *page) related(c run, words *wordSet) bool {
	if p.overlap(c.a, c.b, words) >= minOverlap {
		return true
	}
	own := p.contentWords(c.a, c.b, 1)
	hit := 0
	for _, id := range own.ids {
		if words.has(id) {
			hit++
		}
	}
	return len(words.ids) > 0 && float64(hit) >= minOverlap*float64(len(words.ids))
}

// commentsBetween reports whether a line in (i, j) opens a comment section.
func (p *page) commentsBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if p.lines[k].tail && p.lines[k].comments {
			return true
		}
	}
	return false
}

// isContent reports whether w carries the subject: not a stopword, at
// least four bytes long, and counted in the page's vocab.
func (w *word) isContent() bool {
	return w.end-w.at >= 4 && !w.stop && w.id >= 0
}

// wordSet is a set of words of the page by vocab id: the zone compares
// stretches by their content words many times, and ids make that cheap.
// Its marks are generation stamps in an array kept in the page's scratch,
// so that a new set costs no allocation and no clearing of an array the
// size of the vocab.
type wordSet struct {
	mark []uint32 // by vocab id: gen when the id is a member
	gen  uint32
	ids  []int32 // the members, in insertion order
}

// has reports whether id is in the set.
func (s *wordSet) has(id int32) bool { return s.mark[id] == s.gen }

// add puts id in the set.
func (s *wordSet) add(id int32) {
	if s.mark[id] != s.gen {
		s.mark[id] = s.gen
		s.ids = append(s.ids, id)
	}
}

// contentWords returns the content words of the good blocks in [a, b) as
// set k (0 or 1) of the page's scratch, emptied first: the zone needs two
// sets at once at most, the article's and a candidate's.
func (p *page) contentWords(a, b, k int) *wordSet {
	sc := p.sc
	n := len(p.vocab.n)
	if cap(sc.marks[k]) < n {
		sc.marks[k] = make([]uint32, n)
	}
	// Stamps left by earlier pages are all below the next generation.
	sc.marks[k] = sc.marks[k][:n]
	if sc.gen++; sc.gen == 0 {
		clear(sc.marks[0][:cap(sc.marks[0])])
		clear(sc.marks[1][:cap(sc.marks[1])])
		sc.gen = 1
	}
	s := &sc.sets[k]
	*s = wordSet{mark: sc.marks[k], gen: sc.gen, ids: s.ids[:0]}
	p.addContent(a, b, s)
	return s
}

// addContent adds the content words of the good blocks in [a, b) to s.
func (p *page) addContent(a, b int, s *wordSet) {
	for i := a; i < b; i++ {
		if p.lines[i].cls != clsGood {
			continue
		}
		for _, w := range p.words[i] {
			if w.isContent() {
				s.add(w.id)
			}
		}
	}
}

// repeated reports whether line i's text stands on another line of the
// page too: share buttons under every post ("Whatsapp Facebook Pint"),
// not a headline.
func (p *page) repeated(i int) bool {
	k := p.lines[i].key
	for j := range p.lines {
		if j != i && k != "" && p.lines[j].key == k {
			return true
		}
	}
	return false
}

// sharedWords returns how many of line i's content words are in words.
func (p *page) sharedWords(i int, words *wordSet) int {
	n := 0
	for _, w := range p.words[i] {
		if w.isContent() && words.has(w.id) {
			n++
		}
	}
	return n
}

// overlap returns the share of the content words of the good blocks in
// [a, b) found in words.
func (p *page) overlap(a, b int, words *wordSet) float64 {
	n, hit := 0, 0
	for i := a; i < b; i++ {
		if p.lines[i].cls != clsGood {
			continue
		}
		for _, w := range p.words[i] {
			if w.isContent() {
				n++
				if words.has(w.id) {
					hit++
				}
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// tailBetween reports whether a line in (i, j) opens the end matter.
func (p *page) tailBetween(i, j int) bool {
	return p.tailsBefore[j] > p.tailsBefore[i+1]
}

// run is a candidate article extent [a, b) of weight w.
type run struct{ a, b, w int }

// unionRuns returns the runs of a and b, without repeats, ordered by start
// and then end.
func unionRuns(a, b []run) []run {
	out := append([]run(nil), a...)
	for _, r := range b {
		if !hasRun(a, r) {
			out = append(out, r)
		}
	}
	sorts.SortFunc(out, func(x, y run) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	return out
}

// candidates returns the stretches of positive weight, each cut at its
// heaviest point (Kadane's maximum-sum scan, restarted whenever the
// running sum drops to zero, at an opener of end matter and at line t
// unless t is -1).
func (p *page) candidates(t int) []run {
	var out []run
	cur := run{}
	sum := 0
	for i := range p.lines {
		if sum <= 0 || p.lines[i].tail || i == t {
			if cur.w > 0 {
				out = append(out, cur)
			}
			cur, sum = run{a: i, b: i}, 0
		}
		sum += p.weight(i)
		if sum > cur.w {
			cur.w, cur.b = sum, i+1
		}
	}
	if cur.w > 0 {
		out = append(out, cur)
	}
	return out
}

// headSet is the content words of the page's headline, numbered, for
// affinity. It lives in the page's scratch.
type headSet struct {
	n     int      // the number of words
	byID  []int32  // number+1 by vocab id, 0 for other words
	other []string // the words the vocab lacks (rare), numbered by otherK
	// otherK holds the number of each of other.
	otherK []int
	found  []bool // by number, affinity's scratch
}

// number returns the number of headline word lw with vocab id id, -1
// when it is none.
func (hs *headSet) number(lw string, id int32) int {
	if id >= 0 {
		return int(hs.byID[id]) - 1
	}
	// A word the vocab lacks (of a line split by splitRunOns) can only be
	// a headline word the vocab lacks.
	for j, w := range hs.other {
		if w == lw {
			return hs.otherK[j]
		}
	}
	return -1
}

// headKey returns the titleKey of the page's headline: its first line
// without the site name. It is computed once per page.
func (p *page) headKey() string {
	if !p.headDone {
		// In the scratch with the lines' keys; see scratchString.
		at := len(p.sc.keys)
		p.sc.keys = appendTitleKey(p.sc.keys, stripSiteName(p.blocks[0].Text))
		p.head, p.headDone = scratchString(p.sc.keys[at:]), true
	}
	return p.head
}

// headlineWords returns the content words of the page's headline (its
// first line without the site name) and the index of the headline's copy
// in the page, -1 when there is none.
func (p *page) headlineWords() (*headSet, int) {
	if len(p.lines) == 0 {
		return nil, -1
	}
	head := p.headKey()
	hs := &p.sc.head
	p.sc.headByID = resized(p.sc.headByID, len(p.vocab.n))
	*hs = headSet{byID: p.sc.headByID, other: hs.other[:0], otherK: hs.otherK[:0]}
	// head is words joined by single spaces (see titleKey).
	for rest := head; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if len(w) < 3 {
			continue
		}
		id := p.vocab.id(w)
		if hs.number(w, id) >= 0 || p.lang.isStop(w) {
			continue
		}
		if id < 0 {
			hs.other = append(hs.other, w)
			hs.otherK = append(hs.otherK, hs.n)
		} else {
			hs.byID[id] = int32(hs.n) + 1
		}
		hs.n++
	}
	hs.found = resized(p.sc.headFound, hs.n)
	p.sc.headFound = hs.found
	for i := 1; i < len(p.lines) && head != ""; i++ {
		if k := p.lines[i].key; k != "" && sameHeadline(head, k) {
			return hs, i
		}
	}
	return hs, -1
}

// affinity returns the share of the headline words head that occur in
// blocks [a, b), not counting the in-page headline t itself: a stretch
// of menu teasers that runs into the headline must not borrow its words.
func (p *page) affinity(a, b int, head *headSet, t int) float64 {
	if head == nil || head.n == 0 {
		return 0
	}
	clear(head.found)
	n := 0
	for i := a; i < b && n < len(head.found); i++ {
		if i == t {
			continue
		}
		for _, w := range p.words[i] {
			k := -1
			if w.id >= 0 || len(head.other) > 0 {
				k = head.number(w.in(p.lines[i].low), w.id)
			}
			if k >= 0 && !head.found[k] {
				head.found[k] = true
				n++
			}
		}
	}
	return float64(n) / float64(len(head.found))
}

// weight is block i's weight for zone.
func (p *page) weight(i int) int {
	l := &p.lines[i]
	n := l.scaledRunes()
	switch {
	case l.tail:
		return -400
	case l.cls == clsGood:
		return min(n, 1000)
	case l.meta != metaNone:
		return -5
	case l.boiler != "" || l.fixed:
		return -30
	}
	return -(10 + n/4)
}

// title finds the headline before the article [a, b): the line the
// page's first line (its <title>, often "Headline - Site") names, or the
// first line itself, unless that is a site's name over a headline: a
// select-all copy has no <title>, and starts with the masthead
// ("Northwind Wire", menus, then the headline above the byline). Other
// copies of the headline are removed.
func (p *page) title(a, b int) {
	if len(p.lines) == 0 {
		return
	}
	head := p.headKey()
	t := -1
	for i := 1; i < len(p.lines); i++ {
		if k := p.lines[i].key; k != "" && head != "" && sameHeadline(head, k) {
			t = i
			break
		}
	}
	if t < 0 && isTitleLike(p.blocks[0].Text) && p.lines[0].boiler == "" && !isBreadcrumb(p.blocks[0].Text) {
		t = 0 // not "Skip to main content", which opens a paste of the whole page
		if u := p.titleAbove(a); u > 0 && !p.repeated(u) {
			words := p.contentWords(a, b, 0)
			if n := p.sharedWords(u, words); isMasthead(p.blocks[0].Text) || n >= 2 && n >= p.sharedWords(0, words) {
				t = u // the headline says more of the article than the masthead
			}
		}
	}
	if t < 0 {
		t = p.titleAbove(a)
	}
	if t < 0 {
		return
	}
	p.fix(t, RoleTitle, "headline")
	p.meta.Title = Field{Value: p.blocks[t].Text, Line: p.blocks[t].N}
	key := p.lines[t].key
	for i := range p.lines {
		if i == t {
			continue
		}
		k := p.lines[i].key
		if isHeadlineCopy(k, key) {
			p.fix(i, RoleBoilerplate, "copy of the headline (line "+strconv.Itoa(p.blocks[t].N)+")")
		}
	}
}

// isBreadcrumb reports whether s is a trail of sections ("Home | World |
// Middle Regions | Varesh"): three parts or more between bars or
// chevrons, none longer than three words. A page title names its
// headline in one long part ("Rebels take Orsk | World | Northwire").
func isBreadcrumb(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '>' || r == '›' || r == '»' })
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		if len(strings.Fields(part)) > 3 {
			return false
		}
	}
	return true
}

// isMasthead reports whether a page's first line s is its site's name,
// not a headline: in capitals throughout ("THE DUNBELI HERALD"), or
// before a menu ("KRT News | Home National Regions Weather").
func isMasthead(s string) bool {
	if strings.ToUpper(s) == s && len(strings.Fields(s)) <= 5 {
		return true
	}
	for _, part := range strings.Split(s, "|")[1:] {
		if f := strings.Fields(part); len(f) > 0 && menuHeads[strings.ToLower(f[0])] {
			return true
		}
	}
	return false
}

// menuHeads open a site's menu.
var menuHeads = map[string]bool{"home": true, "news": true, "menu": true, "sections": true}

// titleAbove returns the headline-like line just above the article start
// a, skipping metadata lines (byline, date, dateline) and page furniture
// ("Share on Facebook", "Copy link"), or -1. It finds the title of a
// paste that starts with the menu rather than the page title.
func (p *page) titleAbove(a int) int {
	outlet := -1
	for i := min(a, len(p.lines)) - 1; i >= 0 && i >= a-8; i-- {
		l := &p.lines[i]
		text := p.blocks[i].Text
		if l.meta != metaNone || l.boiler != "" && !l.fixed || isBreadcrumb(text) {
			continue // "Share: Email | Copy link | Print" too
		}
		if l.fixed || l.terminal || l.words < 3 || !isTitleLike(text) || leadDateline(text) != "" {
			break
		}
		if outlet < 0 && l.words <= 4 && allCapitalised(text) {
			outlet = i // "The Dravny Herald" between byline and date: the headline may be above
			continue
		}
		return i
	}
	return outlet
}

// allCapitalised reports whether every word of s opens with a capital
// letter, as an outlet's name does ("The Veska Courier").
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// sameHeadline reports whether line key k is the headline named by head,
// the page title's key: equal, or head is k with a breadcrumb before it or
// a site name after it ("home world syrian regime regains ..."), k having
// at least three words.
func sameHeadline(head, k string) bool {
	if k == head {
		return true
	}
	if strings.Count(k, " ") < 2 {
		return false
	}
	n := len(k)
	return len(head) > n && ((strings.HasSuffix(head, k) && head[len(head)-n-1] == ' ') ||
		(strings.HasPrefix(head, k) && head[n] == ' '))
}

// isHeadlineCopy reports whether line key k repeats headline key key,
// perhaps with a breadcrumb or site name around it, but is no paragraph
// that merely starts with it ("With shattered dreams, deportees return
// home NEW DELHI: Their American dream..." is the article, run together).
func isHeadlineCopy(k, key string) bool {
	return (k == key || sameHeadline(k, key)) && strings.Count(k, " ") <= strings.Count(key, " ")+6
}

// siteSeparators split a page title from the site's name.
var siteSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » "}

// stripSiteName returns the longest part of a page title split at site
// separators: "Nadal keeps Spain alive - Sportsnet.ca" → "Nadal keeps Spain alive".
func stripSiteName(s string) string {
	best := s
	for _, sep := range siteSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		// The longest of strings.Split(s, sep), without the slice.
		best = ""
		for rest := s; ; {
			i := strings.Index(rest, sep)
			x := rest
			if i >= 0 {
				x = rest[:i]
			}
			if len(x) > len(best) {
				best = x
			}
			if i < 0 {
				break
			}
			rest = rest[i+len(sep):]
		}
		s = best
	}
	return best
}

// titleKey is s reduced to lower-case words, so that copies of a headline
// match whatever their punctuation and case.
func titleKey(s string) string { return string(appendTitleKey(nil, s)) }

// appendTitleKey appends titleKey(s) to dst. ASCII s (nearly every
// headline) is lower-cased word by word as it is copied, since its words
// are the same in either case; other text is lower-cased first.
func appendTitleKey(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = lowerWord(s)
	}
	start := len(dst)
	eachWord(s, func(_ int, w string) {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		at := len(dst)
		dst = append(dst, w...)
		if ascii {
			for i := at; i < len(dst); i++ {
				if c := dst[i]; 'A' <= c && c <= 'Z' {
					dst[i] = c + 'a' - 'A'
				}
			}
		}
	})
	return dst
}

// isTitleLike reports whether s could be a headline: not too long, and not
// ending on a full stop.
func isTitleLike(s string) bool {
	n := len([]rune(s))
	return n >= 10 && n <= 200 && !strings.HasSuffix(s, ".")
}

// decide gives every line not fixed yet its final role, given the article
// zone [a, b).
func (p *page) decide(a, b int) {
	p.markLinkLists(a, b)
	// The map lives in the scratch: its keys are views of it.
	if p.sc.seen == nil {
		p.sc.seen = make(map[string]int, b-a)
	}
	seen := p.sc.seen
	clear(seen)
	for i := range p.lines {
		l := &p.lines[i]
		if l.fixed {
			continue
		}
		in := i >= a && i < b
		switch {
		case l.meta != metaNone:
			l.role, l.reason = RoleMeta, l.meta.reason()
		case l.boiler != "":
			l.role, l.reason = RoleBoilerplate, l.boiler
		case in && (p.isHeading(i) || (p.blocks[i].Heading && l.words <= 20)):
			l.role = RoleHeading
		case l.cls == clsGood && in:
			l.role = RoleBody
		case isHashtags(p.blocks[i].Text):
			l.role, l.reason = RoleBoilerplate, "hashtags"
		case matchCaptcha(l.low):
			l.role, l.reason = RoleBoilerplate, "captcha"
		case l.cls == clsGood:
			l.role, l.reason = RoleBoilerplate, "prose outside the article"
		case in:
			l.role, l.reason = RoleBoilerplate, "not prose (short, few function words)"
		default:
			l.role, l.reason = RoleBoilerplate, "outside the article"
		}
		if l.role.Kept() {
			k := l.key
			if k == "" && l.words > maxKeyWords {
				k = l.low
			}
			if j, ok := seen[k]; ok && k != "" {
				l.role, l.reason = RoleBoilerplate, "repeats line "+strconv.Itoa(p.blocks[j].N)
			} else {
				seen[k] = i
			}
		}
	}
	p.dropCopies()
}

// copyWords is the fewest words of a kept line that dropCopies checks: a
// copy of the article in one line (the page's structured data or a
// printable version pasted along) is thousands of words long.
const copyWords = 150

// dropCopies removes kept lines of copyWords words or more most of whose
// word 4-grams occur in the other kept lines: the whole article again on
// one line ("Retiring early takes time... If you're planning to retire
// early, ..."), which would count every claim twice.
func (p *page) dropCopies() {
	long := false
	for i := range p.lines {
		if p.lines[i].role.Kept() && p.lines[i].words >= copyWords {
			long = true
			break
		}
	}
	if !long {
		return
	}
	n := 0
	for i := range p.lines {
		if p.lines[i].role.Kept() {
			n += p.lines[i].words
		}
	}
	grams := make(map[[4]int32]int, n)
	for i := range p.lines {
		if p.lines[i].role.Kept() {
			for g := range p.grams(i) {
				grams[g]++
			}
		}
	}
	for i := range p.lines {
		l := &p.lines[i]
		if !l.role.Kept() || l.words < copyWords {
			continue
		}
		own := make(map[[4]int32]int, l.words)
		for g := range p.grams(i) {
			own[g]++
		}
		n, hit := 0, 0
		for g, c := range own {
			n += c
			if grams[g] > c {
				hit += c
			}
		}
		if hit*10 >= n*6 {
			l.role, l.reason = RoleBoilerplate, "copy of the article on one line"
			for g, c := range own {
				grams[g] -= c
			}
		}
	}
}

// grams yields the word 4-grams of line i as vocab ids.
func (p *page) grams(i int) func(func([4]int32) bool) {
	return func(yield func([4]int32) bool) {
		ws := p.words[i]
		for k := 0; k+4 <= len(ws); k++ {
			if !yield([4]int32{ws[k].id, ws[k+1].id, ws[k+2].id, ws[k+3].id}) {
				return
			}
		}
	}
}

// minDataRun is the fewest lines of figures that keepData takes for a
// table or list of the article.
const minDataRun = 8

// keepData keeps a table or structured list that ends the article after
// the prose, from b on: a league table ("1 Kyle Busch 5040 5 1 17 27"),
// a meal plan ("Portion Fix Containers: 1 Green, 1 Red"), a recipe's
// ingredients. Its lines are short and not prose, so jusText drops them
// with the menus; what tells them from a menu is the figures: the run of
// short lines holds at least minDataRun lines with digits, and at least
// two in five of its lines have them, where menus and footers have
// almost none. The run stops at page furniture, metadata, an opener of
// end matter or prose, and is trimmed back to its last line with a digit.
func (p *page) keepData(b int) {
	if b <= 0 {
		return
	}
	end, last, digits := b, b, 0
	for ; end < len(p.lines); end++ {
		l := &p.lines[end]
		if l.fixed || l.tail || l.boiler != "" || l.meta != metaNone || l.cls == clsGood || l.words == 0 {
			break
		}
		if hasDigit(l.low) {
			digits++
			last = end + 1
		}
	}
	n := last - b
	if digits < minDataRun || digits*5 < n*2 {
		return
	}
	for i := b; i < last; i++ {
		p.fix(i, RoleBody, "")
	}
}

// A page with no prose keeps a stretch of text that holds at least
// fallbackWords words in fallbackLines lines of fallbackMean words or
// more on average: a results roundup ("Palm Bay
// (1-0): Tolivert 25 points. Davis 17 points.") has no function words to
// vouch for it, and dropping it would leave the reader nothing, where a
// menu's one- and two-word lines stay out.
const (
	fallbackWords = 40
	fallbackLines = 3
	fallbackMean  = 4
)

// keepLongestText keeps, when nothing is kept as body, a run of lines
// that are neither page furniture nor metadata, as body: the page is its
// text, set out as a table, a calendar or a list of results. The first
// run long enough below the headline is the article's; with no headline,
// the longest.
func (p *page) keepLongestText() {
	from := 0
	for i := range p.lines {
		switch p.lines[i].role {
		case RoleBody:
			return
		case RoleTitle:
			from = i + 1
		}
	}
	bestA, bestB, best := 0, 0, 0
	for i := from; i < len(p.lines) && (best == 0 || from == 0); {
		j, words := i, 0
		for j < len(p.lines) && p.plainText(j) {
			words += p.lines[j].words
			j++
		}
		if words > best && j-i >= fallbackLines && words >= fallbackMean*(j-i) && words >= fallbackWords {
			bestA, bestB, best = i, j, words
		}
		i = max(j, i+1)
	}
	for i := bestA; i < bestB; i++ {
		p.lines[i].role, p.lines[i].reason = RoleBody, "no prose on the page: the text below its headline"
	}
}

// plainText reports whether line i was dropped only for want of prose or
// context, not as furniture, metadata or a repeat.
func (p *page) plainText(i int) bool {
	l := &p.lines[i]
	return !l.fixed && l.role == RoleBoilerplate && l.boiler == "" && l.meta == metaNone && !strings.HasPrefix(l.reason, "repeats") && l.words > 0
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// minListRun is the shortest run of headline-like lines taken for a list
// of links.
const minListRun = 3

// markLinkLists removes, inside the article zone [a, b), runs of short
// lines that end without a full stop: a video playlist or "Trending"
// box ("Trade talks going well", "Replay", "More Videos ...") that the
// zone swallowed because prose surrounds it. A run introduced by a line
// ending in ":" is a list the article announces ("Tour dates:") and stays,
// unless that line is furniture ("Related coverage from Money:").
func (p *page) markLinkLists(a, b int) {
	for i := a; i < b; {
		j := i
		for j < b && p.isListItem(j) {
			j++
		}
		if j-i >= minListRun && !(i > 0 && strings.HasSuffix(p.lines[i-1].low, ":") && p.lines[i-1].boiler == "") {
			for k := i; k < j; k++ {
				if !p.lines[k].fixed {
					p.fix(k, RoleBoilerplate, "list of links")
				}
			}
		}
		i = max(j, i+1)
	}
}

// isListItem reports whether line i is short and ends without a sentence
// stop, like the items of a list of links.
func (p *page) isListItem(i int) bool {
	l := &p.lines[i]
	return !l.terminal && l.scaledRunes() < 100 && l.words <= 15
}

// isHeading reports whether line i, a short line inside the article, is a
// sub-heading: a few words without a closing full stop, followed by prose.
func (p *page) isHeading(i int) bool {
	l := &p.lines[i]
	if l.init != clsShort || l.words == 0 || l.words > 12 || l.terminal || l.boiler != "" {
		return false
	}
	return i+1 < len(p.lines) && p.lines[i+1].cls == clsGood && i > 0 && p.lines[i-1].cls == clsGood
}

// isHashtags reports whether s is a line of hashtags ("#Varneth #floods").
func isHashtags(s string) bool {
	if strings.Count(s, "#") < 2 {
		return false
	}
	n, tags := 0, 0
	for _, f := range strings.Fields(s) {
		n++
		if strings.HasPrefix(f, "#") {
			tags++
		}
	}
	return tags >= 2 && tags*10 >= n*7
}

// fillMeta records the byline, date, dateline and source credit found
// before or in the article, the first of each.
func (p *page) fillMeta(a int) {
	for i := range p.lines {
		l := &p.lines[i]
		f := Field{Value: p.blocks[i].Text, Line: p.blocks[i].N}
		switch l.meta {
		case metaByline:
			setOnce(&p.meta.Byline, f)
		case metaDateline:
			if p.meta.Dateline.Value == "" {
				// "DUNBELI, Lessara (Atlas Press) — 6 February 2035": the
				// place and credit, and the date; the space lets the dash
				// end the lead dateline it would open a paragraph with
				p.meta.takeDateline(f.Value+" ", f.Line)
			}
			setOnce(&p.meta.Dateline, f) // "MADRID, 27 (EUROPA PRESS)"
		case metaCredit:
			setOnce(&p.meta.Source, f)
		}
		if p.meta.Date.Value == "" && (l.meta != metaNone || (i < a && l.words <= 20)) {
			if d := findDate(p.blocks[i].Text); d != "" {
				p.meta.Date = Field{Value: d, Line: p.blocks[i].N}
			}
		}
		if l.role == RoleBody && p.meta.Dateline.Value == "" {
			p.meta.takeDateline(p.blocks[i].Text, p.blocks[i].N)
		}
	}
	if d := p.meta.Dateline; p.meta.Date.Value == "" && d.Value != "" {
		// "KYIV, March 3 (Reuters) -" has no year; the page's "© 2031
		// Reuters" gives it.
		if y := p.copyrightYear(); y != "" {
			md, _, _ := strings.Cut(d.Value, "(")
			if _, after, ok := strings.Cut(md, ","); ok {
				md = after // the place, which may hold a digit, goes
			}
			if date := findDate(strings.TrimSpace(md) + " " + y); date != "" {
				p.meta.Date = Field{Value: date, Line: d.Line}
			}
		}
	}
}

// copyrightYear returns the last year of the page's first copyright line
// ("© 2031 Reuters", "Copyright 2019-2031 AFP"), "" when there is none.
// The article's own paragraphs are not searched: a copyright line is page
// furniture.
func (p *page) copyrightYear() string {
	for i, b := range p.blocks {
		if i < len(p.lines) && p.lines[i].role.Kept() {
			continue
		}
		t := b.Text
		i := strings.Index(t, "©")
		if i < 0 {
			if i = strings.Index(t, "opyright"); i < 0 { // "Copyright", "copyright"
				if i = strings.Index(t, "OPYRIGHT"); i < 0 {
					continue
				}
			}
		}
		year := ""
		for j := i; j+4 <= len(t); j++ {
			if y := t[j : j+4]; (y[:2] == "19" || y[:2] == "20") && isDigits(y) && (j == 0 || !isDigit(t[j-1])) && (j+4 == len(t) || !isDigit(t[j+4])) {
				year = y
			}
		}
		if year != "" {
			return year
		}
	}
	return ""
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// setOnce sets f to v when f is still empty.
func setOnce(f *Field, v Field) {
	if f.Value == "" {
		*f = v
	}
}

// hasRun reports whether rs hold r.
func hasRun(rs []run, r run) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
