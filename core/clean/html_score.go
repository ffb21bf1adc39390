package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeStat is what the hScorer knows about one element.
type nodeStat struct {
	text  int     // bytes of block text below it
	links int     // bytes of that inside <a>
	score float64 // readability content score, before link density
	cand  bool    // received score from a paragraph below it
}

// hScorer finds the article container: every paragraph-like block gives
// points to its parent and, fading, to the ancestors above it; the element
// with the highest score, discounted by its link density, holds the article.
// This is the scheme of Mozilla's Readability, which survives markup that
// names nothing (no <article>, no itemprop) because it only counts text.
type hScorer struct {
	stats map[*html.Node]*nodeStat
	class map[*html.Node]classInfo
	// contText is the text length of the chosen containers.
	contText int
	// blockKid memoises hasBlockChild.
	blockKid map[*html.Node]bool
}

func newHScorer(blocks []hBlock) *hScorer {
	s := &hScorer{
		stats:    make(map[*html.Node]*nodeStat, len(blocks)*2),
		class:    make(map[*html.Node]classInfo, len(blocks)*2),
		blockKid: make(map[*html.Node]bool),
	}
	for i := range blocks {
		b := &blocks[i]
		for n := b.owner; n != nil; n = n.Parent {
			st := s.stat(n)
			st.text += len(b.text)
			st.links += b.linkLen
		}
	}
	return s
}

func (s *hScorer) stat(n *html.Node) *nodeStat {
	st := s.stats[n]
	if st == nil {
		st = &nodeStat{}
		s.stats[n] = st
	}
	return st
}

// linkDensity is the share of an element's text that sits inside links.
func (s *hScorer) linkDensity(n *html.Node) float64 {
	st := s.stats[n]
	if st == nil || st.text == 0 {
		return 0
	}
	return float64(st.links) / float64(st.text)
}

// score gives every scorable block's points to its ancestors, skipping
// blocks inside unlikely regions unless that leaves nothing to score.
func (s *hScorer) score(blocks []hBlock) {
	if s.scoreBlocks(blocks, true) == 0 {
		s.scoreBlocks(blocks, false)
	}
}

// scoreBlocks scores the blocks and returns how many it counted.
func (s *hScorer) scoreBlocks(blocks []hBlock, skipUnlikely bool) int {
	counted := 0
	for i := range blocks {
		b := &blocks[i]
		if b.drop != "" || len(b.text) < 25 || !isScorable(b) {
			continue
		}
		if skipUnlikely && s.inUnlikely(b.owner) {
			continue
		}
		counted++
		pts := 1 + float64(strings.Count(b.text, ",")+strings.Count(b.text, "，")) + min(float64(len(b.text)/100), 3)
		level := 0
		first := b.owner.Parent
		if b.tag == atom.Div && s.hasBlockChild(b.owner) {
			// Loose text beside block children: Readability wraps it in a
			// <p> of its own, so the div itself is the paragraph's parent.
			first = b.owner
		}
		for n := first; n != nil && n.Type == html.ElementNode && level < 5; n = n.Parent {
			st := s.stat(n)
			if !st.cand {
				st.cand = true
				st.score = readabilityTagBase(n) + s.weight(n)
			}
			switch level {
			case 0:
				st.score += pts
			case 1:
				st.score += pts / 2
			default:
				st.score += pts / float64(level*3)
			}
			level++
		}
	}
	return counted
}

// inUnlikely reports whether n sits in an unlikely region, that is, meets an
// unlikely ancestor before any element that names the article body. A theme
// may wrap the whole post in "theiaStickySidebar"; the post's own
// "entry-content" below it settles the matter.
func (s *hScorer) inUnlikely(n *html.Node) bool {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			return false
		}
		ci := s.info(n)
		if ci.unlikely {
			return true
		}
		if ci.strong || ((n.DataAtom == atom.Article || n.DataAtom == atom.Main) && ci.kind != classNegative && ci.kind != classMixed) {
			return false
		}
	}
	return false
}

// scorable reports whether a block counts as a paragraph for scoring.
func isScorable(b *hBlock) bool {
	if b.flags&(flagHeading|flagFigure) != 0 {
		return false
	}
	switch b.tag {
	case atom.P, atom.Pre, atom.Td, atom.Div, atom.Blockquote, atom.Section, atom.Article, atom.Dd, atom.Li, atom.Font, atom.Span, atom.Center, atom.Main:
		return true
	}
	return false
}

// tagBase is Readability's prior on the kind of container.
func readabilityTagBase(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// final is a candidate's score discounted by its link density.
func (s *hScorer) final(n *html.Node) float64 {
	st := s.stats[n]
	if st == nil || !st.cand {
		return 0
	}
	return st.score * (1 - s.linkDensity(n))
}

// top returns the best container and the siblings that belong with it.
func (s *hScorer) top(body *html.Node) []*html.Node {
	var best *html.Node
	bestScore := 0.0
	for n, st := range s.stats {
		if !st.cand {
			continue
		}
		if f := s.final(n); best == nil || f > bestScore || (f == bestScore && nodeBefore(n, best)) {
			best, bestScore = n, f
		}
	}
	if best == nil {
		// No paragraph long enough to score: a snippet rather than a
		// page, so the whole body is the article.
		return []*html.Node{body}
	}
	best = s.climb(best, bestScore, body)
	return s.siblings(best)
}

// before reports whether a precedes b among siblings or in depth (used only
// to break ties deterministically, since map order is random).
func nodeBefore(a, b *html.Node) bool {
	da, db := nodeDepth(a), nodeDepth(b)
	if da != db {
		return da > db
	}
	for n := a.NextSibling; n != nil; n = n.NextSibling {
		if n == b {
			return true
		}
	}
	return false
}

func nodeDepth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// climb moves from the best candidate to an ancestor when the article is
// split over several children of it: a parent that scores higher than the
// child, or several near-best candidates that share an ancestor, means the
// child is only part of the body (a page that cuts its story into chunks
// between ads, say). It also leaves wrappers that are an only child.
func (s *hScorer) climb(best *html.Node, bestScore float64, body *html.Node) *html.Node {
	// Near-best candidates sharing an ancestor.
	var alts []*html.Node
	for n, st := range s.stats {
		if st.cand && n != best && s.final(n) >= bestScore*0.75 {
			alts = append(alts, n)
		}
	}
	if len(alts) >= 3 {
		for p := best.Parent; p != nil && p != body && p.Type == html.ElementNode; p = p.Parent {
			k := 0
			for _, a := range alts {
				if isAncestor(p, a) {
					k++
				}
			}
			if k >= 3 {
				best = p
				break
			}
		}
	}
	last := s.final(best)
	threshold := last / 3
	for p := best.Parent; p != nil && p != body && p.Type == html.ElementNode; p = p.Parent {
		st := s.stats[p]
		if st == nil || !st.cand {
			continue
		}
		ps := s.final(p)
		if ps < threshold {
			break
		}
		if ps > last {
			best = p
			break
		}
		last = ps
	}
	for best.Parent != nil && best.Parent != body && best.Parent.Type == html.ElementNode && onlyChild(best) {
		best = best.Parent
	}
	return best
}

func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// onlyChild reports whether n is the only element child of its parent.
func onlyChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// siblings returns best and those of its siblings that look like more of
// the article: a sibling scoring at least a fifth of best (a second column
// of text), or a plain paragraph with few links.
func (s *hScorer) siblings(best *html.Node) []*html.Node {
	out := []*html.Node{best}
	if best.Parent == nil {
		return out
	}
	top := s.final(best)
	threshold := max(10, top*0.2)
	cls := hAttr(best, "class")
	for sib := best.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
		if sib == best || sib.Type != html.ElementNode {
			continue
		}
		if s.classOf(sib) == classNegative {
			continue
		}
		bonus := 0.0
		if cls != "" && hAttr(sib, "class") == cls {
			bonus = top * 0.2
		}
		st := s.stats[sib]
		if st == nil {
			continue
		}
		if st.cand && s.final(sib)+bonus >= threshold {
			out = append(out, sib)
			continue
		}
		if sib.DataAtom != atom.P && sib.DataAtom != atom.Blockquote {
			continue
		}
		ld := s.linkDensity(sib)
		if (st.text > 80 && ld < 0.25) || (st.text > 0 && ld == 0 && strings.HasSuffix(strings.TrimSpace(nodeText(sib)), ".")) {
			out = append(out, sib)
		}
	}
	return out
}

// textOf returns the raw text below n (used for short siblings only).
func nodeText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

// hasBlockChild reports whether n has a block-level element child,
// memoised: a div may hold thousands of loose text runs.
func (s *hScorer) hasBlockChild(n *html.Node) bool {
	if v, ok := s.blockKid[n]; ok {
		return v
	}
	v := hasBlockKid(n)
	s.blockKid[n] = v
	return v
}

func hasBlockKid(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.DataAtom] && c.DataAtom != atom.Br && c.DataAtom != atom.Hr {
			return true
		}
	}
	return false
}
