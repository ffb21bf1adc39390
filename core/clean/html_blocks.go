package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one visible run of text in the page: the text of a paragraph,
// heading, list item or table cell, or of a div whose text is not wrapped in
// any block child. Inline tags (a, b, span, ...) are joined into the block.
type hBlock struct {
	text    string     // whitespace-folded text
	owner   *html.Node // innermost block-level element holding the text
	tag     atom.Atom  // owner's tag, or the nearest meaningful one (li, td, h2 ...)
	linkLen int        // bytes of text inside <a>
	drop    string     // structural reason to remove it (nav, footer, form ...), "" if none
	flags   blockFlag  // what the block sits inside
}

// blockFlag records the kinds of element a block sits inside.
type blockFlag uint16

const (
	flagList    blockFlag = 1 << iota // inside ul/ol/dl
	flagTable                         // inside a table cell
	flagFigure                        // inside figure or figcaption
	flagQuote                         // inside blockquote
	flagPre                           // inside pre: code or preformatted text
	flagArticle                       // inside <article> or <main>
	flagHeading                       // inside h1-h6
	flagLink                          // the whole block sits inside one <a>
	flagAddress                       // inside address
	flagTime                          // the block starts with a <time>
)

// blockTags are the elements that start a new block. Everything else (a,
// span, b, em, custom elements ...) is inline and joined into the
// surrounding text, so "foo<b>bar</b>" stays one word.
var blockTags = atomSet([]atom.Atom{
	atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
	atom.Br, atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog,
	atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
	atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
	atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend,
	atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
	atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot,
	atom.Th, atom.Thead, atom.Tr, atom.Ul, atom.Option, atom.Title,
})

// invisibleTags hold no text a reader sees: they are skipped with all their
// content and do not appear in Doc.Lines.
var invisibleTags = atomSet([]atom.Atom{
	atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe,
	atom.Svg, atom.Math, atom.Head, atom.Select, atom.Textarea, atom.Input,
	atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
	atom.Picture, atom.Img, atom.Map, atom.Datalist, atom.Button, atom.Label,
})

// structuralDrops are page furniture by their tag alone: their text shows in
// Doc.Lines as boilerplate with the tag as the reason.
var structuralDrops = map[atom.Atom]string{
	atom.Nav:    "navigation",
	atom.Aside:  "aside",
	atom.Footer: "footer",
	atom.Menu:   "menu",
	atom.Dialog: "dialog",
}

// atomSet returns the set of the atoms as: a slice of constants is data in
// the wasm download, where a map literal is code, an insertion each.
func atomSet(as []atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

// walker collects blocks from a parsed page.
type hWalker struct {
	blocks  []hBlock
	buf     []byte // text of the open block
	space   bool   // a space is pending before the next character
	linkLen int
	owner   *html.Node
	drop    string
	flags   blockFlag
	links   int // anchors opened since the block started
	nonLink bool
}

// ctx is what an element passes to its children.
type hCtx struct {
	owner *html.Node
	drop  string
	flags blockFlag
	link  bool
}

// collectHTMLBlocks walks the page body and returns its visible blocks in order.
func collectHTMLBlocks(root *html.Node) []hBlock {
	w := &hWalker{blocks: make([]hBlock, 0, 256), buf: make([]byte, 0, 1024)}
	w.walk(root, hCtx{owner: root})
	w.flush()
	return w.blocks
}

func (w *hWalker) walk(n *html.Node, c hCtx) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			w.text(ch.Data, c)
		case html.ElementNode:
			w.element(ch, c)
		case html.DocumentNode:
			w.walk(ch, c)
		}
	}
}

func (w *hWalker) element(n *html.Node, c hCtx) {
	a := n.DataAtom
	if invisibleTags[a] || (isHiddenNode(n) && !holdsArticle(n)) {
		if !blockTags[a] && a != atom.Iframe && a != atom.Video {
			return // an image or a button does not split the text around it
		}
		w.flush()
		return
	}
	if r, ok := structuralDrops[a]; ok && c.drop == "" {
		c.drop = r
	}
	switch a {
	case atom.Header:
		if c.flags&flagArticle == 0 && c.drop == "" {
			c.drop = "page header"
		}
	case atom.Form:
		if c.drop == "" && !holdsArticle(n) {
			c.drop = "form"
		}
	case atom.Ul, atom.Ol, atom.Dl:
		c.flags |= flagList
	case atom.Td, atom.Th:
		c.flags |= flagTable
	case atom.Figure, atom.Figcaption:
		c.flags |= flagFigure
	case atom.Blockquote:
		c.flags |= flagQuote
	case atom.Pre:
		c.flags |= flagPre
	case atom.Article, atom.Main:
		c.flags |= flagArticle
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.flags |= flagHeading
	case atom.Address:
		c.flags |= flagAddress
	case atom.A:
		c.link = true
		if len(w.buf) == 0 {
			w.links++
		}
	case atom.Time:
		if len(w.buf) == 0 {
			c.flags |= flagTime
		}
	}
	if !blockTags[a] {
		if a == atom.Span && isPopup(n) {
			return
		}
		w.walk(n, c)
		return
	}
	w.flush()
	if a == atom.Br || a == atom.Hr {
		return
	}
	c.owner = n
	w.walk(n, c)
	w.flush()
}

// text appends a text node to the open block, folding runs of white space
// (including no-break spaces) into one space.
func (w *hWalker) text(s string, c hCtx) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			if b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v' {
				w.space = true
				continue
			}
			w.put(c, s[i-1:i])
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0xA0 || r == 0x2007 || r == 0x202F || (r >= 0x2000 && r <= 0x200A) || r == 0x3000 {
			w.space = true
		} else if r != 0x200B && r != 0xFEFF && r != 0xAD {
			w.put(c, s[i:i+size])
		}
		i += size
	}
}

// put writes one character (as a string) to the open block.
func (w *hWalker) put(c hCtx, ch string) {
	if len(w.buf) == 0 {
		w.owner, w.drop, w.flags = c.owner, c.drop, c.flags
		w.linkLen, w.nonLink = 0, false
		w.space = false
	} else if w.space {
		w.buf = append(w.buf, ' ')
	}
	w.space = false
	w.buf = append(w.buf, ch...)
	if c.link {
		w.linkLen += len(ch)
	} else {
		w.nonLink = true
	}
}

// flush closes the open block.
func (w *hWalker) flush() {
	w.space = false
	if len(w.buf) == 0 {
		w.links = 0
		return
	}
	b := hBlock{text: string(w.buf), owner: w.owner, linkLen: w.linkLen, drop: w.drop, flags: w.flags}
	if !w.nonLink && w.links == 1 {
		b.flags |= flagLink
	}
	b.tag = hBlockTag(w.owner)
	w.blocks = append(w.blocks, b)
	w.buf = w.buf[:0]
	w.links = 0
}

// blockTag names the block by its owner, looking through a div or span
// wrapper inside a list item or cell so a <li><div>..</div></li> counts as li.
func hBlockTag(n *html.Node) atom.Atom {
	if n == nil {
		return 0
	}
	if n.DataAtom != atom.Div {
		return n.DataAtom
	}
	for p, i := n.Parent, 0; p != nil && i < 2; p, i = p.Parent, i+1 {
		switch p.DataAtom {
		case atom.Li, atom.Td, atom.Th, atom.Dd, atom.Blockquote:
			return p.DataAtom
		}
	}
	return atom.Div
}

// isHidden reports whether the element is hidden from readers by the hidden
// attribute, aria-hidden="true" or an inline display:none / visibility:hidden
// style. Scripts often park a copy of a login box or a menu this way.
func isHiddenNode(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	l := strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(l, "display:none") || strings.Contains(l, "visibility:hidden")
}

// holdsArticle reports whether an element wraps real content (an <article>,
// <main> or three paragraphs): some site builders wrap the whole page in one
// <form>, and a page saved while a dialog was open has aria-hidden="true"
// on everything behind it. Neither must drop the article.
func holdsArticle(n *html.Node) bool {
	ps := 0
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Article, atom.Main:
				return true
			case atom.P:
				ps++
				if ps >= 3 {
					return true
				}
			}
			if visit(c) {
				return true
			}
		}
		return false
	}
	return visit(n)
}

// attr returns the value of the attribute key, or "".
func hAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isPopup reports whether an inline element is a hover card or tooltip,
// which stylesheets hide until the pointer rests on a name: a politician's
// name in a paragraph may carry a card listing headlines about them.
func isPopup(n *html.Node) bool {
	c := hAttr(n, "class")
	if c == "" {
		return false
	}
	c = strings.ToLower(c)
	return strings.Contains(c, "tooltip") || strings.Contains(c, "popover") ||
		strings.Contains(c, "rollover") || strings.Contains(c, "hovercard")
}
