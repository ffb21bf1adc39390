package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// verdict is the role of one block and why.
type hVerdict struct {
	role   Role
	reason string
}

// Reasons given to removed blocks.
const (
	hReasonOutside   = "outside the article container"
	hReasonLinks     = "mostly links"
	hReasonCaption   = "caption or credit"
	hReasonByline    = "byline"
	hReasonDate      = "timestamp"
	hReasonPhrase    = "boilerplate phrase"
	hReasonTitle     = "headline"
	hReasonTitleText = "repeats the page title"
	hReasonOrphan    = "heading without text after it"
	hReasonShort     = "short fragment"
)

// metaWords are furniture words that mark metadata rather than junk.
var classMetaWords = map[string]string{
	"byline": hReasonByline, "author": hReasonByline, "author-info": hReasonByline,
	"caption": hReasonCaption, "credit": hReasonCaption,
	"date": hReasonDate, "timestamp": hReasonDate, "dateline": hReasonDate,
}

// classify gives every block a role.
//
// titles are the page's headline candidates (og:title, <title> less the
// site name): a block that repeats one before the body starts is the
// headline, whatever its tag; old layouts set it in <font> or <b>.
func classifyHTML(blocks []hBlock, conts []*html.Node, s *hScorer, titles []string, f Favor) []hVerdict {
	out := make([]hVerdict, len(blocks))
	in := make(map[*html.Node]bool, len(conts))
	s.contText = 0
	for _, c := range conts {
		in[c] = true
		if st := s.stats[c]; st != nil {
			s.contText += st.text
		}
	}
	titleSeen, bodySeen := false, false
	for i := range blocks {
		b := &blocks[i]
		v := &out[i]
		if b.drop != "" {
			*v = hVerdict{RoleBoilerplate, b.drop}
			continue
		}
		if !titleSeen && b.tag == atom.H1 {
			*v = hVerdict{RoleTitle, hReasonTitle}
			titleSeen = true
			continue
		}
		if !titleSeen && !bodySeen && isTitleText(b.text, titles) {
			*v = hVerdict{RoleTitle, hReasonTitleText}
			continue
		}
		cont, hint := s.within(b.owner, in)
		if !cont {
			*v = outsideVerdict(b)
			continue
		}
		if hint != "" && b.flags&flagQuote == 0 {
			// A quoted post keeps its words even inside an embed wrapper
			// named "social-media-embed": the article quotes it.
			if r, ok := classMetaWords[hint]; ok {
				*v = hVerdict{RoleMeta, r}
			} else {
				*v = hVerdict{RoleBoilerplate, "furniture: " + hint}
			}
			continue
		}
		*v = blockVerdict(b)
		if v.role == RoleTitle {
			*v = hVerdict{RoleHeading, ""} // a second h1
		}
		bodySeen = bodySeen || v.role == RoleBody
	}
	if f != Precision {
		restoreLinkLines(blocks, out)
	}
	if f != Recall {
		trimHeadings(blocks, out)
	}
	favor(blocks, out, f)
	return out
}

// outsideVerdict names a block outside the container: still metadata when
// it reads as a byline or a timestamp, boilerplate otherwise.
func outsideVerdict(b *hBlock) hVerdict {
	switch {
	case isBylineText(b.text):
		return hVerdict{RoleMeta, hReasonByline}
	case isStampText(b.text) || (b.flags&flagTime != 0 && len(b.text) < 80):
		return hVerdict{RoleMeta, hReasonDate}
	}
	return hVerdict{RoleBoilerplate, hReasonOutside}
}

// isTitleText reports whether t is one of the headline candidates, ignoring
// case and spacing.
func isTitleText(t string, titles []string) bool {
	for _, c := range titles {
		if c != "" && len(c) == len(t) && strings.EqualFold(c, t) {
			return true
		}
	}
	return false
}

// within reports whether n sits inside a container, and the furniture word
// of any element between n and that container. Names above the container
// do not count: a page may call its whole main column "has-comments".
func (s *hScorer) within(n *html.Node, in map[*html.Node]bool) (bool, string) {
	hint := ""
	var hinted *html.Node
	for ; n != nil; n = n.Parent {
		if in[n] {
			if hinted != nil && s.holdsMost(hinted) {
				// Furniture is small beside the article: a wrapper named
				// "js-sticky" or "tools" that holds most of the container's
				// text is the article itself.
				hint = ""
			}
			return true, hint
		}
		if n.Type != html.ElementNode || hint != "" {
			continue
		}
		ci := s.info(n)
		if ci.kind == classNegative {
			hint, hinted = ci.word, n
		}
	}
	return false, ""
}

// holdsMost reports whether element a holds more than half the text of
// the article containers.
func (s *hScorer) holdsMost(a *html.Node) bool {
	sa := s.stats[a]
	return sa != nil && sa.text*2 > s.contText
}

// blockVerdict judges a block inside the article container by its own text
// and shape.
func blockVerdict(b *hBlock) hVerdict {
	t := b.text
	switch {
	case b.tag == atom.H1:
		return hVerdict{RoleTitle, hReasonTitle}
	case b.flags&flagFigure != 0 || b.tag == atom.Figcaption || b.tag == atom.Caption || isCaptionText(t):
		return hVerdict{RoleMeta, hReasonCaption}
	case b.flags&flagTime != 0 && len(t) < 80:
		return hVerdict{RoleMeta, hReasonDate}
	case b.flags&flagAddress != 0:
		return hVerdict{RoleMeta, hReasonByline}
	}
	ld := 0.0
	if len(t) > 0 {
		ld = float64(b.linkLen) / float64(len(t))
	}
	if isHTMLBoilerPhrase(t) {
		return hVerdict{RoleBoilerplate, hReasonPhrase}
	}
	if len(t) < 400 {
		loadBoiler()
		if r, _ := boilerOf(strings.ToLower(t), utf8.RuneCountInString(t)); r != "" {
			return hVerdict{RoleBoilerplate, r}
		}
	}
	if ld > 0.5 && (len(t) < 150 || ld > 0.8) {
		return hVerdict{RoleBoilerplate, hReasonLinks}
	}
	if isBylineText(t) {
		return hVerdict{RoleMeta, hReasonByline}
	}
	if isStampText(t) {
		return hVerdict{RoleMeta, hReasonDate}
	}
	if b.flags&flagHeading != 0 || isHeadingTag(b.tag) {
		return hVerdict{RoleHeading, ""}
	}
	return hVerdict{RoleBody, ""}
}

func isHeadingTag(a atom.Atom) bool {
	switch a {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// restoreLinkLines keeps a link-only block that stands alone between body
// paragraphs: a deal post's "Get it on Amazon for $39" or a round-up's
// "[Source]" is part of the text, while related links come in runs or lists.
func restoreLinkLines(blocks []hBlock, out []hVerdict) {
	for i := range out {
		if out[i].reason != hReasonLinks || blocks[i].flags&flagList != 0 {
			continue
		}
		if isLinkRun(out, i-1) || isLinkRun(out, i+1) {
			continue
		}
		if bodyNear(out, i, -1) && bodyNear(out, i, +1) {
			out[i] = hVerdict{RoleBody, ""}
		}
	}
}

// isLinkRun reports whether block i was removed as mostly links.
func isLinkRun(out []hVerdict, i int) bool {
	return i >= 0 && i < len(out) && out[i].reason == hReasonLinks
}

// bodyNear reports whether a body block lies within two blocks of i in
// direction dir, with only metadata or captions between.
func bodyNear(out []hVerdict, i, dir int) bool {
	for j, k := i+dir, 0; j >= 0 && j < len(out) && k < 3; j, k = j+dir, k+1 {
		switch out[j].role {
		case RoleBody, RoleHeading:
			return true
		case RoleMeta:
			continue
		default:
			return false
		}
	}
	return false
}

// trimHeadings removes kept headings with no body text after them before
// the next heading or the end: "Related stories" or "Comments" left over
// after the article's last paragraph.
func trimHeadings(blocks []hBlock, out []hVerdict) {
	next := false // a body block follows
	for i := len(out) - 1; i >= 0; i-- {
		switch out[i].role {
		case RoleBody:
			next = true
		case RoleHeading:
			if !next {
				out[i] = hVerdict{RoleBoilerplate, hReasonOrphan}
			}
			next = false
		}
	}
}

// boilerPhrases open short lines that are page furniture in any article:
// "Read more", "Share this article", "Advertisement".
var htmlBoilerPhrases = []string{
	"advertisement", "advertising", "sponsored", "read more", "read next",
	"read also", "see also", "related:", "related articles", "related stories",
	"share this", "share on", "share:", "follow us", "sign up", "subscribe",
	"click here", "copyright", "©", "all rights reserved", "(c) ", "more:",
	"recommended", "you may also like", "we recommend", "comments",
	"leave a comment", "loading", "skip to", "back to top", "photo:", "image:",
	"photograph:", "getty images", "tags:", "topics:", "filed under",
	"this article was", "continue reading", "email this", "print this",
	"don't miss", "advert",
}

// isBoilerPhrase reports whether a short block is a known furniture phrase.
func isHTMLBoilerPhrase(t string) bool {
	if len(t) > 120 {
		return false
	}
	l := strings.ToLower(t)
	for _, p := range htmlBoilerPhrases {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.Contains(l, "all rights reserved") || strings.Contains(l, "©")
}

// bylineOpeners start a byline in the languages of the benchmark pages.
var bylineOpeners = []string{"By ", "BY ", "by ", "Von ", "Por ", "POR ", "Par ", "Di ", "Door ", "Written by ", "Words by "}

// isBylineText reports whether a short block is a byline, "By Jane Roe -
// 11/18/19 11:04 PM": an opener, a capitalised name, and no sentence end.
func isBylineText(t string) bool {
	if len(t) > 100 || strings.HasSuffix(t, ".") {
		return false
	}
	for _, o := range bylineOpeners {
		if strings.HasPrefix(t, o) && len(t) > len(o) && !isLowerASCII(t[len(o)]) {
			return true
		}
	}
	return false
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// stampOpeners start a publication timestamp line.
var stampOpeners = []string{"updated", "published", "posted", "last updated", "first published", "last modified", "modified", "created"}

// isStampText reports whether a short block is a timestamp line, "Updated
// at 1:23 p.m." or "Published Nov 18, 2019": an opener and a digit.
func isStampText(t string) bool {
	if len(t) > 90 || strings.IndexAny(t, "0123456789") < 0 {
		return false
	}
	l := strings.ToLower(t)
	for _, o := range stampOpeners {
		if strings.HasPrefix(l, o) {
			return true
		}
	}
	return false
}

// captionMarks end a caption with its credit, "(Image: GETTY)", or are a
// slideshow counter, "Image 3 of 5".
var captionMarks = []string{"(image:", "(photo:", "(picture:", "(foto:", "(image credit:", "(photo credit:", "(credit:", "(pic:"}

// isCaptionText reports whether a short block reads as a photo caption or a
// slideshow counter.
func isCaptionText(t string) bool {
	if len(t) > 300 {
		return false
	}
	l := strings.ToLower(t)
	if strings.HasSuffix(l, ")") {
		tail := l[max(0, len(l)-80):]
		for _, m := range captionMarks {
			if strings.Contains(tail, m) {
				return true
			}
		}
	}
	for _, p := range [...]string{"image ", "photo ", "picture ", "slide "} {
		if rest, ok := strings.CutPrefix(l, p); ok && len(rest) < 12 && strings.Contains(rest, " of ") {
			return true
		}
	}
	return false
}

// favor shifts doubtful verdicts for Options.Favor, on top of the steps
// classifyHTML skips (Precision keeps lone link lines out, Recall keeps
// trailing headings). Recall also keeps long prose paragraphs found outside
// the container (a second text column the scorer did not merge); Precision
// drops short body fragments that hold a link and end no sentence
// ("Watch: video").
func favor(blocks []hBlock, out []hVerdict, f Favor) {
	for i := range out {
		b := &blocks[i]
		switch {
		case f == Recall && out[i].reason == hReasonOutside && b.drop == "" &&
			len(b.text) >= 300 && b.linkLen*10 < len(b.text) && b.flags&(flagList|flagFigure) == 0:
			out[i] = hVerdict{RoleBody, ""}
		case f == Precision && out[i].role == RoleBody && len(b.text) < 25 && !endsSentencePunct(b.text) && b.flags&flagList == 0 && b.linkLen > 0:
			out[i] = hVerdict{RoleBoilerplate, hReasonShort}
		}
	}
}

// endsSentencePunct reports whether t ends with sentence punctuation,
// allowing a closing quote or bracket.
func endsSentencePunct(t string) bool {
	t = strings.TrimRight(t, "\"'’”)]» ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "…")
}
