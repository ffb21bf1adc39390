package clean

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Text cleans a plain-text page, typically everything a reader selected and
// copied from a browser: menus, banners and comment forms around the
// article. Every non-blank input line gets a role and, when removed, a
// reason. See doc.go for the algorithm.
func Text(raw string, opts Options) Doc {
	var notes []string
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, "\uFFFD")
		notes = append(notes, "invalid UTF-8 replaced by U+FFFD")
	}
	// The lines and blocks live in the page's scratch, as the rest of
	// its working memory does: no result refers to them.
	sc := scratchPool.Get().(*scratch)
	lines := appendLines(sc.split[:0], raw)
	for i, l := range lines {
		lines[i] = repairLine(l)
	}
	blocks, joined := appendTextBlocks(sc.blocks[:0], lines)
	sc.split, sc.blocks = lines, blocks
	if joined > 0 {
		notes = append(notes, "joined "+strconv.Itoa(joined)+" broken line wraps")
	}
	d := classifyWith(sc, blocks, opts)
	d.Notes = append(notes, d.Notes...)
	return d
}

// splitLines splits raw on "\n", "\r\n" and lone "\r" (old Mac pastes).
func splitLines(raw string) []string {
	if strings.IndexByte(raw, '\r') >= 0 {
		raw = strings.ReplaceAll(raw, "\r\n", "\n")
		raw = strings.ReplaceAll(raw, "\r", "\n")
	}
	return strings.Split(raw, "\n")
}

// appendLines appends splitLines(raw) to dst.
func appendLines(dst []string, raw string) []string {
	if strings.IndexByte(raw, '\r') >= 0 {
		raw = strings.ReplaceAll(raw, "\r\n", "\n")
		raw = strings.ReplaceAll(raw, "\r", "\n")
	}
	for {
		i := strings.IndexByte(raw, '\n')
		if i < 0 {
			return append(dst, raw)
		}
		dst = append(dst, raw[:i])
		raw = raw[i+1:]
	}
}

// textBlock is one unit of text to classify: a line of a plain-text paste
// (with the lines of a broken wrap joined to it), or a block element of an
// HTML page. It is the input of classifyBlocks.
type textBlock struct {
	N      int    // 1-based input line (HTML: block) number, reported as Line.N
	Text   string // the text, repaired by repairLine
	Joined []int  // numbers of further input lines joined into this one
	// JoinedText holds the text of each joined line, for Doc.Lines.
	JoinedText []string
	// Heading is set by markup (h1-h6); plain text leaves it false and
	// headings are recognised from their shape.
	Heading bool
	// LinkDensity is the share of the text inside links, 0 when unknown
	// (plain text).
	LinkDensity float64
}

// textBlocksOf makes the blocks of repaired lines: one per non-blank line,
// except that a line continuing a hard-wrapped line before it is joined to
// it. It returns the number of joins.
func textBlocksOf(lines []string) ([]textBlock, int) {
	return appendTextBlocks(nil, lines)
}

// appendTextBlocks is textBlocksOf appending to dst, which must be empty.
func appendTextBlocks(dst []textBlock, lines []string) ([]textBlock, int) {
	n := 0
	for _, l := range lines {
		if l != "" {
			n++
		}
	}
	blocks := dst[:0]
	if cap(blocks) < n {
		blocks = make([]textBlock, 0, n)
	}
	joins := 0
	var known *vocab
	for i, l := range lines {
		if l == "" {
			continue
		}
		if n := len(blocks); n > 0 && i > 0 && lines[i-1] != "" {
			last := &blocks[n-1]
			if wrapJoinable(last.Text, l) {
				if known == nil && strings.HasSuffix(last.Text, "-") {
					v := newVocab(lines)
					known = &v
				}
				last.Text = joinWrap(last.Text, l, known)
				last.Joined = append(last.Joined, i+1)
				last.JoinedText = append(last.JoinedText, l)
				joins++
				continue
			}
		}
		blocks = append(blocks, textBlock{N: i + 1, Text: l})
	}
	return blocks, joins
}

// classifyBlocks is the classifier shared by Text and HTML: it gives every
// block a role and a reason, finds the metadata and assembles the Doc.
// Blocks must be in reading order with Text already repaired.
func classifyBlocks(blocks []textBlock, opts Options) Doc {
	return classifyWith(scratchPool.Get().(*scratch), blocks, opts)
}

// classifyWith is classifyBlocks with the scratch sc, which it returns to
// the pool.
func classifyWith(sc *scratch, blocks []textBlock, opts Options) Doc {
	p, split := pageWith(sc, blocks, opts)
	var d Doc
	if split > 0 {
		d.Notes = append(d.Notes, "split run-together words on "+strconv.Itoa(split)+" lines")
	}
	p.classify()
	d = p.doc(d)
	p.release()
	return d
}

// pageOf splits every block into words once, repairs run-together words
// and measures the blocks. It returns the page and the number of blocks
// where words were split.
func pageOf(blocks []textBlock, opts Options) (*page, int) {
	return pageWith(scratchPool.Get().(*scratch), blocks, opts)
}

// pageWith is pageOf with the scratch sc, which the page keeps.
func pageWith(sc *scratch, blocks []textBlock, opts Options) (*page, int) {
	lows := resized(sc.lows, len(blocks))
	words := resized(sc.words, len(blocks))
	ends := resized(sc.ends, len(blocks))
	// One backing array for the words of all blocks, and one string for
	// their lower cases: a page has thousands of lines, and one
	// allocation each would dominate.
	size, total := 0, 0
	for i := range blocks {
		size += len(blocks[i].Text)/6 + 1
		total += len(blocks[i].Text)
	}
	buf := sc.buf[:0]
	if cap(buf) < size {
		buf = make([]word, 0, size)
	}
	lb := sc.low[:0]
	if cap(lb) < total {
		lb = make([]byte, 0, total)
	}
	for i := range blocks {
		lb = appendLower(lb, blocks[i].Text)
		buf = wordsOf(buf, blocks[i].Text)
		ends[i] = len(buf)
	}
	sc.low = lb
	low := scratchString(lb)
	at := 0
	for i := range blocks {
		lows[i] = low[at : at+len(blocks[i].Text)]
		at += len(blocks[i].Text)
	}
	for i := range blocks {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		words[i] = buf[start:ends[i]:ends[i]]
	}
	sc.buf, sc.lows, sc.words, sc.ends = buf, lows, words, ends
	v := &sc.vocab
	vocabOf(v, words, lows, len(buf)/2+64)
	lang := pickLanguage(v)
	split := 0
	for i := range blocks {
		if s, ok := splitRunOns(blocks[i].Text, lows[i], words[i], v, lang); ok {
			blocks[i].Text = s
			// The new lower case and words go after the page's, in the
			// scratch; earlier views stay valid if the arrays move.
			at, n := len(sc.low), len(sc.buf)
			sc.low = appendLower(sc.low, s)
			sc.buf = wordsOf(sc.buf, s)
			lows[i], words[i] = scratchString(sc.low[at:]), sc.buf[n:len(sc.buf):len(sc.buf)]
			for k := range words[i] {
				w := &words[i][k]
				w.id = v.id(w.in(lows[i]))
			}
			split++
		}
	}
	return newPage(blocks, lows, words, sc, lang, opts), split
}

// scratch is the working memory of a page that no result refers to: the
// word table, the lines' measures and the vocab. It passes from one page
// to the next through scratchPool, since a page's worth of it was most of
// what cleaning allocated, and garbage collection is dear in wasm.
type scratch struct {
	split  []string    // Text's input lines
	blocks []textBlock // Text's blocks
	low    []byte      // the lower case of all blocks, before it is made a string
	buf    []word
	ends   []int
	lows   []string
	words  [][]word
	lines  []lineInfo
	keys   []byte // the lines' keys that are no slices of their lower case
	vocab  vocab
	page   page
	// marks, sets and gen back the zone's two word sets (see contentWords).
	marks   [2][]uint32
	sets    [2]wordSet
	gen     uint32
	classes []lineClass    // smooth's neighbours and classes
	tails   []int          // page.tailsBefore
	seen    map[string]int // decide's kept lines by key
	// head is the page's headSet; headByID and headFound back its byID
	// and found.
	head      headSet
	headByID  []int32
	headFound []bool
}

// scratchPool holds idle scratch; safe for concurrent use.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// resized returns s with length n and zero elements, reusing its array
// when it is large enough.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release returns p's scratch to the pool, dropping its references into
// the page so that the pool holds no page alive. p must not be used after.
func (p *page) release() {
	sc := p.sc
	if sc == nil {
		return
	}
	clear(sc.lows)
	clear(sc.words)
	clear(sc.lines)
	clear(sc.split)
	clear(sc.blocks)
	sc.sets = [2]wordSet{{ids: sc.sets[0].ids[:0]}, {ids: sc.sets[1].ids[:0]}}
	sc.vocab.release()
	clear(sc.head.other)
	clear(sc.seen)
	*p = page{} // p is sc.page
	scratchPool.Put(sc)
}

// lowerWords returns the lower case of s and its words.
func lowerWords(s string) (string, []word) {
	return lowerLine(s), wordsOf(make([]word, 0, len(s)/5+1), s)
}

// doc assembles the Doc from the page's verdicts.
func (p *page) doc(d Doc) Doc {
	var b strings.Builder
	n, size, paras := len(p.lines), 0, 0
	for i := range p.lines {
		n += len(p.blocks[i].Joined)
		if r := p.lines[i].role; r == RoleBody || r == RoleHeading {
			size += len(p.blocks[i].Text) + 1
			paras++
		}
	}
	d.Lines = make([]Line, 0, n)
	if paras > 0 {
		d.Paras = make([]Para, 0, paras)
	}
	b.Grow(size)
	for i := range p.lines {
		l := &p.lines[i]
		blk := &p.blocks[i]
		d.Lines = append(d.Lines, Line{N: blk.N, Text: blk.Text, Role: l.role, Reason: l.reason})
		for j, n := range blk.Joined {
			d.Lines = append(d.Lines, Line{N: n, Text: blk.JoinedText[j], Role: l.role, Reason: "joined to line " + strconv.Itoa(blk.N)})
		}
		if l.role != RoleBody && l.role != RoleHeading {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(blk.Text)
		d.Paras = appendPara(d.Paras, blk.Text, start, b.Len(), blk.N, l.role)
	}
	d.Text = b.String()
	d.Meta = p.meta
	return d
}
