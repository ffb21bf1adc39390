package clean

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// buildTree reads an HTML page into a tree of html.Nodes with
// x/net/html's tokenizer and the few tree-building rules of HTML5 that
// the walker and the scorer depend on: an html element with a head and a
// body; a paragraph, list item, term or table cell closed by the next one
// or by a block that may not sit in it; void elements that hold nothing;
// text between a table's rows put before the table; an end tag that
// closes its element, but not past a block (for inline tags) or a table
// cell (for blocks); nesting capped at maxTreeDepth.
//
// x/net/html's Parse implements the whole of HTML5's tree construction
// (misnested formatting, quirks mode, foreign content), which cost 37.8
// KB of the gzipped wasm download; what it does beyond these rules moves
// no text into another block: on the 181 benchmark pages the cleaned
// text is the same, byte for byte (README, "The download").
func buildTree(r io.Reader) *html.Node {
	z := html.NewTokenizer(r)
	b := newTreeBuilder()
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.doc
		case html.TextToken:
			b.text(z.Raw())
		case html.StartTagToken:
			b.start(z, false)
		case html.SelfClosingTagToken:
			b.start(z, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.end(atom.Lookup(name), name)
		}
	}
}

// maxTreeDepth is the deepest nesting kept: elements opened deeper are
// added empty and their content joins their parent, so that a page of
// a hundred thousand unclosed <div>s costs no deep recursion later.
const maxTreeDepth = 512

// treeBuilder holds the open elements, the html element first.
type treeBuilder struct {
	doc, root, head, body *html.Node
	stack                 []*html.Node
	attrs                 []html.Attribute // the tag being read's, reused
}

func newTreeBuilder() *treeBuilder {
	b := &treeBuilder{doc: &html.Node{Type: html.DocumentNode}}
	b.root = element(atom.Html, nil)
	b.head = element(atom.Head, nil)
	b.doc.AppendChild(b.root)
	b.root.AppendChild(b.head)
	b.stack = append(make([]*html.Node, 0, 64), b.root, b.head)
	return b
}

// tagAttrs appends the attributes of the start tag raw ("<div k=v>") to
// dst as the tokenizer's TagAttr reads them: keys lower-cased, the first
// of each key, values with their character references read. Reading the
// raw bytes keeps x/net/html's table of 2,231 entities, which TagAttr and
// Text use, out of the download (see unescapeHTML).
func tagAttrs(dst []html.Attribute, raw []byte) []html.Attribute {
	tagEnd(raw, 1, func(key, val []byte) {
		for i, c := range key {
			if 'A' <= c && c <= 'Z' {
				key[i] = c + 'a' - 'A' // in the tokenizer's buffer, as TagName does
			}
		}
		for _, a := range dst {
			if a.Key == string(key) {
				return
			}
		}
		dst = append(dst, html.Attribute{Key: atomString(key), Val: unescapeHTML(val, true)})
	})
	return dst
}

// atomString returns s as a string, without a copy when it is a known
// name ("class", "href"): most attribute keys are.
func atomString(s []byte) string {
	if a := atom.Lookup(s); a != 0 {
		return a.String()
	}
	return string(s)
}

// element returns a new element of tag a, named name when a is no atom.
func element(a atom.Atom, name []byte) *html.Node {
	n := &html.Node{Type: html.ElementNode, DataAtom: a}
	if a != 0 {
		n.Data = a.String()
	} else {
		n.Data = string(name)
	}
	return n
}

func (b *treeBuilder) top() *html.Node { return b.stack[len(b.stack)-1] }

// toBody opens the body when body content arrives in the head.
func (b *treeBuilder) toBody() {
	if b.body != nil {
		return
	}
	b.body = element(atom.Body, nil)
	b.root.AppendChild(b.body)
	b.stack = append(b.stack[:1], b.body)
}

// text adds a text token, as written in the page, to the open element:
// its character references read, but in the elements whose text is raw
// (script, style).
func (b *treeBuilder) text(raw []byte) {
	var s string
	if rawTextTags[b.top().DataAtom] {
		s = string(raw)
	} else {
		s = unescapeHTML(raw, false)
	}
	if b.body == nil {
		if strings.TrimSpace(s) == "" {
			return
		}
		if b.top() == b.head || b.top() == b.root {
			b.toBody()
		}
	}
	p := b.top()
	if tableRows[p.DataAtom] && strings.TrimSpace(s) != "" {
		b.foster(s)
		return
	}
	if last := p.LastChild; last != nil && last.Type == html.TextNode {
		last.Data += s
		return
	}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
}

// foster puts text found between a table's rows before the table, where
// browsers show it.
func (b *treeBuilder) foster(s string) {
	for i := len(b.stack) - 1; i > 0; i-- {
		if t := b.stack[i]; t.DataAtom == atom.Table && t.Parent != nil {
			t.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: s}, t)
			return
		}
	}
}

func (b *treeBuilder) start(z *html.Tokenizer, selfClosing bool) {
	raw := z.Raw()
	name, _ := z.TagName()
	a := atom.Lookup(name)
	b.attrs = tagAttrs(b.attrs[:0], raw)
	attrs := make([]html.Attribute, len(b.attrs)) // a copy of its own, full: b.attrs is reused
	copy(attrs, b.attrs)
	switch a {
	case atom.Html:
		b.root.Attr = mergeAttrs(b.root.Attr, attrs)
		return
	case atom.Head:
		return
	case atom.Body:
		b.toBody()
		b.body.Attr = mergeAttrs(b.body.Attr, attrs)
		return
	}
	if b.body == nil && !b.open(atom.Template) {
		if !headTags[a] {
			b.toBody()
		} else if len(b.stack) == 1 {
			b.stack = append(b.stack, b.head) // a <meta> after </head>
		}
	}
	b.closeFor(a)
	n := element(a, name)
	n.Attr = attrs
	b.top().AppendChild(n)
	if voidTags[a] || selfClosing && b.foreign() || len(b.stack) >= maxTreeDepth {
		return
	}
	b.stack = append(b.stack, n)
}

// mergeAttrs adds to have the attributes of more it lacks, as HTML5 does
// with a second <html> or <body> tag.
func mergeAttrs(have, more []html.Attribute) []html.Attribute {
	for _, m := range more {
		found := false
		for _, h := range have {
			found = found || h.Key == m.Key
		}
		if !found {
			have = append(have, m)
		}
	}
	return have
}

// open reports whether an element of tag a is open.
func (b *treeBuilder) open(a atom.Atom) bool {
	for i := len(b.stack) - 1; i > 0; i-- {
		if b.stack[i].DataAtom == a {
			return true
		}
	}
	return false
}

// foreign reports whether an svg or math element is open: there, as in
// XML, <path/> holds nothing, where HTML reads <div/> as an open div.
func (b *treeBuilder) foreign() bool { return b.open(atom.Svg) || b.open(atom.Math) }

// closeFor closes what a start tag of a ends: an open paragraph before a
// block, the previous item of a list, cell or row of a table (and its
// caption), option or link.
func (b *treeBuilder) closeFor(a atom.Atom) {
	if closesP[a] {
		b.closeIn(atom.P, buttonScope)
	}
	if tablePartTags[a] && a != atom.Table && a != atom.Caption {
		b.closeIn(atom.Caption, tableScope)
	}
	switch a {
	case atom.Li:
		b.closeItem(atom.Li, 0)
	case atom.Dd, atom.Dt:
		b.closeItem(atom.Dd, atom.Dt)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if headingTags[b.top().DataAtom] {
			b.pop(len(b.stack) - 1)
		}
	case atom.Option, atom.Optgroup:
		if t := b.top().DataAtom; t == atom.Option || t == a {
			b.pop(len(b.stack) - 1)
		}
	case atom.Td, atom.Th:
		b.closeIn(atom.Td, tableScope)
		b.closeIn(atom.Th, tableScope)
	case atom.Tr:
		b.closeIn(atom.Tr, tableScope)
	case atom.Tbody, atom.Thead, atom.Tfoot:
		for _, t := range [...]atom.Atom{atom.Tbody, atom.Thead, atom.Tfoot} {
			b.closeIn(t, tableScope)
		}
	case atom.A, atom.Button:
		b.closeIn(a, defaultScope)
	}
}

// Scopes: the elements that stop a search for an open element to close.
const (
	defaultScope = iota
	buttonScope
	tableScope
)

// closeIn closes the innermost open element of tag a, unless an element
// of the scope's boundary is open inside it, and reports whether it did.
func (b *treeBuilder) closeIn(a atom.Atom, scope int) bool {
	for i := len(b.stack) - 1; i > 0; i-- {
		t := b.stack[i].DataAtom
		if t == a {
			b.pop(i)
			return true
		}
		if t == atom.Table || t == atom.Template || scope != tableScope && (scopeTags[t] || scope == buttonScope && t == atom.Button) {
			return false
		}
	}
	return false
}

// closeItem closes an open list item (a, or a or c) unless a block other
// than address, div and p is open inside it.
func (b *treeBuilder) closeItem(a, c atom.Atom) {
	for i := len(b.stack) - 1; i > 0; i-- {
		t := b.stack[i].DataAtom
		if t == a || t == c && c != 0 {
			b.pop(i)
			return
		}
		if specialTags[t] && t != atom.Address && t != atom.Div && t != atom.P {
			return
		}
	}
}

// pop closes the open element at i and all inside it.
func (b *treeBuilder) pop(i int) {
	clear(b.stack[i:])
	b.stack = b.stack[:i]
}

// end closes the innermost open element of the end tag's name. An inline
// tag closes nothing past a block, a block nothing past a table cell, and
// a table's part nothing past its table; an end tag with no open element
// is dropped. </br> is a <br> and a </p> with no p open an empty p, as in
// browsers: both split the text around them.
func (b *treeBuilder) end(a atom.Atom, name []byte) {
	switch a {
	case atom.Html, atom.Body:
		return
	case atom.Head:
		if b.body == nil {
			b.pop(1)
		}
		return
	case atom.P:
		if !b.closeIn(atom.P, buttonScope) {
			b.toBody()
			b.top().AppendChild(element(atom.P, nil))
		}
		return
	case atom.Br:
		b.toBody()
		b.top().AppendChild(element(atom.Br, nil))
		return
	}
	table := tablePartTags[a]
	for i := len(b.stack) - 1; i > 0; i-- {
		n := b.stack[i]
		if n.DataAtom == a && (a != 0 || n.Data == string(name)) {
			b.pop(i)
			return
		}
		t := n.DataAtom
		switch {
		case table:
			if t == atom.Table || t == atom.Template {
				return
			}
		case specialTags[a]:
			if scopeTags[t] {
				return
			}
		case specialTags[t]:
			return
		}
	}
}

// The element classes of HTML5's tree construction that buildTree uses.
var (
	voidTags = atomSet([]atom.Atom{
		atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track,
		atom.Wbr, atom.Keygen, atom.Basefont, atom.Bgsound, atom.Frame,
	})
	// headTags may stay in the head; any other start tag opens the body.
	headTags = atomSet([]atom.Atom{
		atom.Title, atom.Meta, atom.Link, atom.Style, atom.Script, atom.Base,
		atom.Noscript, atom.Template, atom.Basefont, atom.Bgsound,
	})
	// closesP: a start tag of these closes an open p.
	closesP = atomSet([]atom.Atom{
		atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section,
		atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Li, atom.Dd, atom.Dt,
		atom.Plaintext, atom.Table, atom.Hr, atom.Xmp,
	})
	// rawTextTags hold text with no character references.
	rawTextTags = atomSet([]atom.Atom{
		atom.Script, atom.Style, atom.Xmp, atom.Iframe, atom.Noembed,
		atom.Noframes, atom.Noscript, atom.Plaintext,
	})
	// tableRows hold rows and cells, not text.
	tableRows   = atomSet([]atom.Atom{atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr})
	headingTags = atomSet([]atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6})
	// scopeTags bound the search for an element to close.
	scopeTags = atomSet([]atom.Atom{
		atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th,
		atom.Marquee, atom.Object, atom.Template, atom.Svg, atom.Math,
	})
	tablePartTags = atomSet([]atom.Atom{
		atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td,
		atom.Th, atom.Caption, atom.Colgroup,
	})
	// specialTags: an inline end tag closes nothing past them.
	specialTags = atomSet([]atom.Atom{
		atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside,
		atom.Base, atom.Basefont, atom.Bgsound, atom.Blockquote, atom.Body,
		atom.Br, atom.Button, atom.Caption, atom.Center, atom.Col, atom.Colgroup,
		atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.Frame, atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link,
		atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav,
		atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol,
		atom.P, atom.Param, atom.Plaintext, atom.Pre, atom.Script, atom.Search,
		atom.Section, atom.Select, atom.Source, atom.Style, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea,
		atom.Tfoot, atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track,
		atom.Ul, atom.Wbr, atom.Xmp, atom.Svg, atom.Math,
	})
)
