// Package clean turns a pasted page, plain text or HTML, into the article
// body, the article's metadata and a verdict with a reason for every input
// line. See doc.go for the algorithm.
package clean

import (
	"strings"
)

// Role says what a line of the input is.
type Role string

const (
	RoleTitle       Role = "title"       // the article's headline
	RoleHeading     Role = "heading"     // a sub-heading inside the article
	RoleMeta        Role = "meta"        // byline, dateline, timestamp, credit, caption
	RoleBody        Role = "body"        // article text
	RoleBoilerplate Role = "boilerplate" // anything that is not the article
)

// Kept reports whether a line with role r is part of the article text.
func (r Role) Kept() bool { return r == RoleTitle || r == RoleHeading || r == RoleBody }

// Line is the verdict on one non-blank input line.
type Line struct {
	N      int    `json:"n"`                // 1-based line number in the input (HTML: block number)
	Text   string `json:"text"`             // the line as repaired, for display
	Role   Role   `json:"role"`             // what the line is
	Reason string `json:"reason,omitempty"` // why it was given that role, always set for removals
}

// Para is one kept paragraph of the cleaned text.
type Para struct {
	Start int  `json:"start"` // byte offset of the paragraph in Doc.Text
	End   int  `json:"end"`   // byte offset one past its end
	Line  int  `json:"line"`  // the 1-based input line it came from
	Role  Role `json:"role"`  // RoleBody or RoleHeading
	// Lead is the length in bytes of a dateline opening the article's
	// first body paragraph, with its separator ("KYIV, March 3 (Reuters)
	// - "), 0 for none: what the paragraph says starts after it.
	Lead int `json:"lead,omitempty"`
}

// appendPara appends the paragraph of text at [start, end) of the
// article, giving the first body paragraph its lead dateline's length.
func appendPara(paras []Para, text string, start, end, line int, role Role) []Para {
	p := Para{Start: start, End: end, Line: line, Role: role}
	if role == RoleBody && !hasBody(paras) {
		p.Lead = leadLen(text)
	}
	return append(paras, p)
}

// Field is one piece of metadata and the input line it came from.
type Field struct {
	Value string `json:"value"`
	Line  int    `json:"line,omitempty"` // 0 when not found
}

// Meta is what the page says about the article.
type Meta struct {
	Title    Field  `json:"title"`
	Byline   Field  `json:"byline"`
	Date     Field  `json:"date"`           // YYYY-MM-DD when a full date was found
	Time     string `json:"time,omitempty"` // hh:mm of the date, when a page's date stamp gives it (HTML only: a paste's date line is read for it later)
	Dateline Field  `json:"dateline"`       // e.g. "MADRID, 27 (EUROPA PRESS)"
	Source   Field  `json:"source"`         // agency or outlet credit
}

// Doc is a cleaned article.
type Doc struct {
	// Text is the article body: kept paragraphs (body and headings, not the
	// title) joined by "\n". All byte offsets in later stages index into it.
	Text  string   `json:"text"`
	Paras []Para   `json:"paras"`
	Lines []Line   `json:"lines"` // every non-blank input line, in input order
	Meta  Meta     `json:"meta"`
	Notes []string `json:"notes,omitempty"` // repairs made to the input (invalid UTF-8, ...)
}

// Favor trades precision against recall.
type Favor int

const (
	Balanced  Favor = iota // the default
	Precision              // drop doubtful lines
	Recall                 // keep doubtful lines
)

// Options tune cleaning. The zero value is balanced and detects the format.
type Options struct {
	Favor Favor // Default: Balanced
	// HTML forces HTML parsing (true) or plain text (false) when Force is
	// set. Default: detected from the content.
	HTML  bool
	Force bool
}

// Clean cleans raw as HTML or plain text, detected by content unless
// opts.Force says which.
func Clean(raw string, opts Options) Doc {
	if (opts.Force && opts.HTML) || (!opts.Force && IsHTML(raw)) {
		return HTML(raw, opts)
	}
	return Text(raw, opts)
}

// IsHTML reports whether raw looks like markup rather than plain text: it
// starts with a doctype or a tag, or holds several common block tags.
func IsHTML(raw string) bool {
	s := strings.TrimSpace(raw)
	if len(s) > 4096 {
		s = s[:4096]
	}
	if strings.IndexByte(s, '<') < 0 {
		// Plain text, nearly every paste: skip lower-casing 4 KB and
		// counting tags in it.
		return false
	}
	l := strings.ToLower(strings.TrimPrefix(s, "\uFEFF"))
	// Saved pages may open with an XML declaration or a comment ("<!--
	// saved from url=... -->") before the doctype.
	for strings.HasPrefix(l, "<?xml") || strings.HasPrefix(l, "<!--") {
		end := strings.Index(l, ">")
		if strings.HasPrefix(l, "<!--") {
			if e := strings.Index(l, "-->"); e >= 0 {
				end = e + 2
			}
		}
		if end < 0 {
			break
		}
		l = strings.TrimSpace(l[end+1:])
	}
	if strings.HasPrefix(l, "<!doctype html") || strings.HasPrefix(l, "<html") || strings.HasPrefix(l, "<head") {
		return true
	}
	n := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<br", "<span", "<a ", "<body", "<head", "<article", "<li>"} {
		n += strings.Count(l, t)
	}
	return n >= 2
}

// hasBody reports whether paras hold a body paragraph.
func hasBody(paras []Para) bool {
	for _, q := range paras {
		if q.Role == RoleBody {
			return true
		}
	}
	return false
}
