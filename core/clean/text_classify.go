package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"github.com/crosscheck/crosscheck/core/lexicon"
)

// language is the stopword list a page is measured with.
type language struct {
	name string
	bit  uint16     // the language's bit in vocab.stop
	tab  *stopTable // every list's words, for isStop
}

// isStop reports whether lower-case word lw is a stopword of the
// language: stopIndex().sets[k][lw] without a map's hashing.
func (l language) isStop(lw string) bool { return l.tab.maskOf(lw)&l.bit != 0 }

// pickLanguage returns the language whose stopwords cover most of the
// page's words. Pages in other scripts (Japanese, Korean, Chinese) match
// none and get English, whose list then matches nothing: their lines are
// judged by punctuation instead (see proseDensity).
func pickLanguage(v *vocab) language {
	st := stopIndex()
	var n [len(stopLanguages)]int
	for id, mask := range v.stop {
		for m, k := mask, 0; m != 0; m, k = m>>1, k+1 {
			if m&1 != 0 {
				n[k] += int(v.n[id])
			}
		}
	}
	best := 0
	for k := range n {
		if n[k] > n[best] {
			best = k
		}
	}
	return language{name: stopLanguages[best], bit: 1 << best, tab: st.table}
}

// stopLanguages are the languages with a stopwords_*.txt list, English first
// so that it wins ties.
var stopLanguages = [...]string{"en", "es", "fr", "de", "it", "pt", "nl", "id", "ru"}

// stopLists are the stopword sets of stopLanguages and, for every word in
// any of them, the bit mask of the languages listing it, so that picking a
// page's language costs one map probe per distinct word.
type stopLists struct {
	sets  []map[string]bool
	mask  map[string]uint16
	table *stopTable // mask as a table hashed like vocab
}

// stopIndex returns the stopword lists, loaded once; safe for concurrent
// use.
var stopIndex = sync.OnceValue(func() stopLists {
	st := stopLists{sets: make([]map[string]bool, len(stopLanguages)), mask: map[string]uint16{}}
	for k, name := range stopLanguages {
		st.sets[k] = lexicon.Set("stopwords_" + name + ".txt")
		for w := range st.sets[k] {
			st.mask[w] |= 1 << k
		}
	}
	st.table = newStopTable(st.mask)
	return st
})

// lineClass is the jusText class of a block before and after context.
type lineClass uint8

const (
	clsBad   lineClass = iota // not prose: menu item, link list, furniture
	clsShort                  // too short to judge alone; its neighbours decide
	clsNear                   // prose-like but short: good when next to good
	clsGood                   // running prose
)

// boilerRule is one row of boiler_phrases.txt.
type boilerRule struct {
	kind string // line, prefix, contains or credit
	tail bool   // the line opens the end matter of a page
}

// boilerLines, boilerPrefixes and boilerContains index boiler_phrases.txt.
var (
	boilerLines map[string]boilerRule
	// boilerPrefixes holds the prefix rows by their first byte.
	boilerPrefixes [256][]string
	// boilerContains holds the contains rows grouped by their first two
	// bytes, boilerContainsAt the group of a pair (its index+1, 0 when
	// none) and boilerPairs marks those pairs, so that one pass over a
	// line finds them all: the bitmap turns most pairs away from a small
	// table, the index finds a group without a map's hashing.
	boilerContains   [][]string
	boilerContainsAt [1 << 16]uint16
	boilerPairs      [1 << 16 / 64]uint64
	// boilerQuads marks the quadOf of the contains rows, a finer filter
	// than the pairs ("of cookies" and "uses cookies" start with pairs
	// that most lines have); boilerShort is set when a row is shorter
	// than four bytes, and the filter is then skipped.
	boilerQuads [1 << 16 / 64]uint64
	boilerShort bool
	boilerTail  map[string]bool
	// boilerLineMax is the longest line row, in bytes: longer lines skip
	// the look-up.
	boilerLineMax int
)

// loadBoiler indexes boiler_phrases.txt once; safe for concurrent use.
func loadBoiler() { boilerOnce.Do(indexBoiler) }

// boilerOnce guards indexBoiler.
var boilerOnce sync.Once

// indexBoiler fills boilerLines, boilerPrefixes, boilerContains and boilerTail.
func indexBoiler() {
	lines := map[string]boilerRule{}
	tail := map[string]bool{}
	for _, r := range lexicon.Rows("boiler_phrases.txt") {
		if len(r) < 2 || r[1] == "" {
			continue
		}
		rule := boilerRule{kind: r[0], tail: len(r) > 2 && r[2] == "tail"}
		switch r[0] {
		case "line", "credit":
			lines[r[1]] = rule
			boilerLineMax = max(boilerLineMax, len(r[1]))
			if rule.tail {
				tail[r[1]] = true
			}
		case "prefix":
			boilerPrefixes[r[1][0]] = append(boilerPrefixes[r[1][0]], r[1])
		case "contains":
			if len(r[1]) < 2 {
				continue
			}
			k := pairAt(r[1], 0)
			if boilerContainsAt[k] == 0 {
				boilerContains = append(boilerContains, nil)
				boilerContainsAt[k] = uint16(len(boilerContains))
			}
			g := boilerContainsAt[k] - 1
			boilerContains[g] = append(boilerContains[g], r[1])
			boilerPairs[k/64] |= 1 << (k % 64)
			if len(r[1]) < 4 {
				boilerShort = true
			} else {
				q := quadOf(r[1])
				boilerQuads[q/64] |= 1 << (q % 64)
			}
		}
	}
	boilerTail = tail
	boilerLines = lines
}

// pairAt returns the two bytes of s at i as one number.
func pairAt(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }

// boilerOf matches low, a lower-cased line, against boiler_phrases.txt and
// returns the reason ("" when it is not furniture) and whether it opens the
// end matter. loadBoiler must have been called.
func boilerOf(low string, runes int) (reason string, tail bool) {
	key := trimBoilerKey(low)
	if len(key) <= boilerLineMax {
		if r, ok := boilerLines[key]; ok {
			if r.kind == "credit" {
				return "", false
			}
			return "page furniture: \"" + key + "\"", r.tail
		}
	}
	if runes > 300 || key == "" {
		return "", false
	}
	for _, p := range boilerPrefixes[key[0]] {
		if strings.HasPrefix(key, p) {
			return "page furniture: starts \"" + p + "\"", false
		}
	}
	if runes > 200 {
		return "", false
	}
	for i := 0; i+1 < len(key); i++ {
		k := pairAt(key, i)
		if boilerPairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		if !boilerShort {
			if i+4 > len(key) {
				break
			}
			if q := quadOf(key[i:]); boilerQuads[q/64]&(1<<(q%64)) == 0 {
				continue
			}
		}
		for _, c := range boilerContains[boilerContainsAt[k]-1] {
			if strings.HasPrefix(key[i:], c) {
				return "page furniture: mentions \"" + c + "\"", false
			}
		}
	}
	return "", false
}

// trimBoilerKey is strings.TrimLeft(strings.TrimRight(low, " :»→›…>|-–—.!"),
// " •·|>-–—»«#*") without the cut sets' set-up on every line: the
// furniture a line is matched as, without its arrows and bullets.
func trimBoilerKey(low string) string {
	for low != "" {
		c := low[len(low)-1]
		if c < utf8.RuneSelf {
			if c != ' ' && c != ':' && c != '>' && c != '|' && c != '-' && c != '.' && c != '!' {
				break
			}
			low = low[:len(low)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(low)
		if r != '»' && r != '→' && r != '›' && r != '…' && r != '–' && r != '—' {
			break
		}
		low = low[:len(low)-n]
	}
	for low != "" {
		c := low[0]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '|' && c != '>' && c != '-' && c != '#' && c != '*' {
				break
			}
			low = low[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(low)
		if r != '•' && r != '·' && r != '–' && r != '—' && r != '»' && r != '«' {
			break
		}
		low = low[n:]
	}
	return low
}

// commentWords name a comment section in the benchmark's languages.
var commentWords = []string{"comment", "reply", "replies", "kommentar", "commenti", "comentário", "comentario", "commentaire", "комментари", "komentar", "reacties"}

// isCommentsHeader reports whether low, a short line, heads a comment
// section: "[ 167 comments ]", "Top Rated Comments", "Comments (12)".
// Comments are prose about the article and pass every other test.
func isCommentsHeader(low string, words int) bool {
	return words > 0 && words <= 5 && commentWordsIndex.in(low)
}

// commentWordsIndex indexes commentWords for phraseIndex.in.
var commentWordsIndex = indexPhrases(commentWords)

// isMoreFrom reports whether low, a short line without a full stop,
// opens a box of other stories: "More Washington Examiner", "More from
// The Daily", "More in Politics".
func isMoreFrom(low string, words int, terminal bool) bool {
	return words >= 2 && words <= 5 && !terminal && strings.HasPrefix(low, "more ")
}

// isCredit reports whether low is a bare agency or desk credit line.
func isCredit(low string) bool {
	r, ok := boilerLines[strings.Trim(low, " .()")]
	return ok && r.kind == "credit"
}

// lineInfo is what classify learns about one block.
type lineInfo struct {
	low      string    // lower-cased text
	key      string    // titleKey of the text, for comparing headlines; "" above maxKeyWords words
	runes    int       // length in characters
	words    int       // number of words
	stops    int       // number of stopwords
	density  float64   // stopwords per word, or the CJK stand-in
	terminal bool      // ends like a sentence
	cjk      bool      // written without spaces between words
	boiler   string    // reason from boiler_phrases.txt, "" if none
	tail     bool      // opens the end matter ("Related Articles")
	comments bool      // opens the comment section
	meta     metaKind  // what metadata it is
	cls      lineClass // class after context
	init     lineClass // class before context
	role     Role
	reason   string
	fixed    bool // role decided by a hard rule, not by context
	dateline bool // opens with a dateline ("VIENNA —"), as an agency lead does
	// capStops counts function words written with a capital inside the
	// first words ("Police: 2 In Custody After Death Of ..."): Title Case,
	// the style of headlines, so a long line in it is a teaser (headline
	// and summary run together), not article prose.
	capStops int
	// teaserHead: the line opens with a Title Case headline and runs on
	// into a summary (see isTeaserHead).
	teaserHead bool
	// headlineCase: most words capitalised, as in "The Wild Story of How
	// Mary Steenburgen Wrote the Best Original Movie Song of the Year".
	headlineCase bool
}

// page is the working state of classifyBlocks.
type page struct {
	blocks []textBlock
	lines  []lineInfo
	words  [][]word // the words of each block, from wordsOf
	lang   language
	vocab  *vocab
	opts   Options
	meta   Meta
	// tailsBefore[i] counts the end-matter openers among lines [0, i).
	tailsBefore []int
	za, zb      int    // the article zone found by classify
	head        string // headKey, once headDone
	headDone    bool
	sc          *scratch // where the page, its lines, words, keys and vocab live; see release
	// thresholds, set from opts.Favor
	lenLow, lenHigh   int
	stopLow, stopHigh float64
}

// newPage measures every block; lows and words are the lower case and the
// words of each block's text.
func newPage(blocks []textBlock, lows []string, words [][]word, sc *scratch, lang language, opts Options) *page {
	loadBoiler()
	sc.lines = resized(sc.lines, len(blocks))
	p := &sc.page
	*p = page{blocks: blocks, lines: sc.lines, words: words, lang: lang, vocab: &sc.vocab, opts: opts, sc: sc,
		lenLow: 70, lenHigh: 200, stopLow: 0.30, stopHigh: 0.32}
	if lang.name != "en" {
		// The other lists are shorter than the English one, so the same
		// prose scores a lower density.
		p.stopLow, p.stopHigh = 0.22, 0.25
	}
	switch opts.Favor {
	case Precision:
		p.stopLow += 0.03
		p.stopHigh += 0.03
		p.lenLow += 15
	case Recall:
		p.stopLow -= 0.05
		p.stopHigh -= 0.05
		p.lenLow -= 20
	}
	// Room for the keys of all lines short enough to have one, so that
	// the buffer is not copied as it grows.
	total := 0
	for i := range lows {
		if len(words[i]) <= maxKeyWords {
			total += len(lows[i])
		}
	}
	if cap(sc.keys) < total {
		sc.keys = make([]byte, 0, total)
	}
	sc.keys = sc.keys[:0]
	for i := range blocks {
		p.lines[i].low = lows[i]
		p.measure(i)
	}
	return p
}

// measure fills p.lines[i] from p.blocks[i], its lower case (already in
// p.lines[i].low) and its words.
func (p *page) measure(i int) {
	l := &p.lines[i]
	s := p.blocks[i].Text
	ws := p.words[i]
	if len(ws) <= maxKeyWords {
		l.key = keyOf(ws, s, l.low, &p.sc.keys)
	}
	l.runes = runeCount(s)
	l.words = len(ws)
	wide, caps := 0, 0
	for k := range ws {
		w := &ws[k]
		if w.id >= 0 {
			w.stop = p.vocab.stop[w.id]&p.lang.bit != 0
		} else {
			w.stop = p.lang.isStop(w.in(l.low))
		}
		if w.stop {
			l.stops++
		}
		if w.upper {
			caps++
		}
		if s[w.at] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(s[w.at:]); isWideScript(r) {
				wide++
			}
		}
	}
	l.capStops = countCapStops(s, l.low, ws)
	l.teaserHead = isTeaserHead(s, l.low, ws)
	l.cjk = wide*2 > l.words && l.words > 0
	l.headlineCase = l.words >= 4 && l.words <= 30 && caps*10 >= (l.words-l.stops)*8 && caps*10 >= l.words*5
	l.terminal = endsSentence(s)
	if l.cjk {
		l.density = cjkDensity(s)
	} else if l.words > 0 {
		l.density = float64(l.stops) / float64(l.words)
	}
	l.boiler, l.tail = boilerOf(l.low, l.runes)
	if l.boiler == "" && isCounters(l.low) {
		l.boiler = "page furniture: counters" // plain text only: in HTML, numbers in cells are tables
	}
	if l.boiler == "" && isMoreFrom(l.low, l.words, l.terminal) {
		l.boiler, l.tail = "opens more stories", true
	}
	if isCommentsHeader(l.low, l.words) {
		l.tail, l.comments = true, true
		if l.boiler == "" {
			l.boiler = "opens the comments"
		}
	}
	l.meta = metaOf(s, l.low, ws)
	l.dateline = l.meta == metaNone && len(ws) > 0 && isUpperWord(s[ws[0].at:ws[0].end]) && leadDateline(s) != ""
	if l.meta == metaNone && l.words <= 4 && isCredit(l.low) {
		l.meta = metaCredit
	}
}

// runeCount is utf8.RuneCountInString, passing ASCII eight bytes at a
// time: most lines are ASCII, or nearly so up to a few curly quotes, and
// after one the count goes on eight bytes at a time rather than rune by
// rune to the end of the line.
func runeCount(s string) int {
	n, i := 0, 0
	for i < len(s) {
		if i+8 <= len(s) && le64(s[i:])&0x8080808080808080 == 0 {
			i += 8
			n += 8
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// maxKeyWords is the most words of a line given a titleKey: headlines and
// their copies are shorter, and a long paragraph is compared as it is.
const maxKeyWords = 60

// countCapStops counts capitalised function words among the first 15
// words ws of s (low is its lower case), not counting a sentence's first word. ws must have their
// stop flags set.
func countCapStops(s, low string, ws []word) int {
	n := 0
	for k := 1; k < len(ws) && k < 15; k++ {
		// isTitleCaseStop's first tests, here so that most words cost
		// no call.
		if w := &ws[k]; w.upper && w.stop && isTitleCaseStop(s, low, *w) {
			n++
		}
	}
	return n
}

// isTitleCaseStop reports whether w, a word of s that is not its first,
// is a function word capitalised as in Title Case ("In", "Of", "After"):
// not "The" or "An", which start names ("The New York Times"), not inside
// quotes, which hold titles quoted in prose ("After hitting “Takin’ It To
// the Streets,” the singer..."), and not after a stop, colon or dash,
// which start a clause.
func isTitleCaseStop(s, low string, w word) bool {
	if !w.upper || !w.stop || w.end-w.at < 2 || w.in(low) == "the" || w.in(low) == "an" {
		return false
	}
	head := s[:w.at]
	if strings.Count(head, "“") > strings.Count(head, "”") || strings.Count(head, "\"")%2 == 1 {
		return false
	}
	before := strings.TrimRight(head, " '‘(")
	if isUpperWord(s[w.at:w.end]) && !isUpperWord(lastWord(before)) {
		return false // an acronym among lower-case words: "the World Health Organization (WHO) said", "the US army"
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return !strings.ContainsRune(".:!?—–-;|", last)
}

// headlineNonFunction are words of the stopword lists that are no
// function words, so that a capital on them is no sign of Title Case:
// "The New York State Attorney General is investigating...".
var headlineNonFunction = wordset.Of("new first last one two three many most more year years said says say told also may will")

// lastWord returns the last run of letters of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// isUpperWord reports whether w is two letters or more, all capitals, as
// the place of a dateline is ("VIENNA", "ST. JOSEPH").
func isUpperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isTeaserHead reports whether line s with words ws (stop flags set)
// opens with a Title Case headline run into its summary, as teaser lists
// copied from a page read: "The 4 Best Vegan Spots In Town Hoodline
// crunched the numbers...". The opening run of capitalised words (and
// numbers) is five words or more, holds a capitalised function word that
// does not start a clause (see isTitleCaseStop), and lower-case words
// follow. Prose rarely opens so: "Dr. Joneigh Khaldun of the ..." breaks
// the run at "of"; "BERLIN — The European Space Agency says" has only a
// "The" after a dash.
func isTeaserHead(s, low string, ws []word) bool {
	run, capStop := 0, false
	for k, w := range ws {
		c := s[w.at]
		if !w.upper && !(c >= '0' && c <= '9') {
			break
		}
		if k > 0 && w.stop && !headlineNonFunction[w.in(low)] && isTitleCaseStop(s, low, w) {
			capStop = true
		}
		run++
	}
	return capStop && run >= 5 && run < len(ws)
}

// isWideScript reports whether r belongs to a script written without
// spaces (Han, kana) or with long space-free runs (Hangul, Thai).
func isWideScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// cjkDensity stands in for stopword density on CJK text: prose has
// sentence and clause punctuation (。、，다.), menus do not.
func cjkDensity(s string) float64 {
	n := strings.Count(s, "。") + strings.Count(s, "、") + strings.Count(s, "，") +
		strings.Count(s, ". ") + strings.Count(s, ", ") + strings.Count(s, "！") + strings.Count(s, "？")
	switch {
	case n >= 2:
		return 0.5
	case n == 1:
		return 0.33
	}
	return 0.1
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the stop.
func endsSentence(s string) bool {
	// strings.TrimRight(s, " \"'”’»)]") rune by rune, without its set-up
	// for a cut set with non-ASCII runes on every line.
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case ' ', '"', '\'', '”', '’', '»', ')', ']':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '。', '！', '？', ':', ';', '…':
			return true
		}
		return false
	}
}

// lenScale is the factor for CJK lengths: one character carries about as
// much as a short word, so 70 Latin characters are about 25 CJK ones.
func (l *lineInfo) scaledRunes() int {
	if l.cjk {
		return l.runes * 3
	}
	return l.runes
}

// initialClass is jusText's context-free class: furniture and link lists
// are bad, lines under lenLow characters short, and the rest good or
// near-good by stopword density and length.
func (p *page) initialClass(i int) lineClass {
	l := &p.lines[i]
	n := l.scaledRunes()
	switch {
	case l.boiler != "" || l.meta != metaNone:
		return clsBad
	case p.blocks[i].LinkDensity > 0.3:
		return clsBad
	case n < p.lenLow || (l.headlineCase && !l.terminal) || p.blocks[i].Heading:
		return clsShort
	case l.capStops >= 2 || l.teaserHead:
		return clsBad
	case l.density >= p.stopHigh && n > p.lenHigh:
		return clsGood
	case l.density >= p.stopLow:
		return clsNear
	case l.terminal && l.words >= 8 && l.dateline:
		// An agency lead: "ST. JOSEPH, Mich. (AP) — Michigan health
		// authorities are reporting a sixth fatality linked to ..." is
		// short and heavy with names, but its dateline marks it as the
		// article's first paragraph.
		return clsNear
	case n >= 100 && l.terminal && l.density >= p.stopLow-0.08:
		// Long news sentences heavy with names ("Russian planes launched
		// airstrikes on multiple rebel-held regions including ...") fall
		// under the density bar; their length and full stop vouch for them.
		return clsNear
	case l.terminal && l.words >= 5:
		// A sentence of names and figures ("Wichita West senior David
		// Garcia finished second in the 50 yard freestyle.") is too thin
		// in function words to vouch for itself, but menus do not end in
		// full stops: its neighbours decide.
		return clsShort
	}
	return clsBad
}

// isCounters reports whether low, a lower-cased line, is only numbers,
// each perhaps with a one-letter unit: the ages and counts of a teaser list
// ("14h 261", "5d 3494", "8", "1.2k"), which no article writes as a line of
// its own in running text. (A table's cells are lines of numbers too, but
// pasted as text a row keeps its label on the same line.)
func isCounters(key string) bool {
	key = strings.TrimSpace(key)
	digits := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == ' ' || c == '.' || c == ',':
		case c >= 'a' && c <= 'z':
			// a unit letter right after a digit and ending its token
			if i == 0 || key[i-1] < '0' || key[i-1] > '9' || (i+1 < len(key) && key[i+1] != ' ') {
				return false
			}
		default:
			return false
		}
	}
	return digits
}
