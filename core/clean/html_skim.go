package clean

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// skimRawText returns raw in parts to be read one after the other (see
// segmentReader), less most of the text of its scripts and style sheets:
// each keeps its last character that is not white space and what follows.
// On the benchmark's pages that text is half the bytes, and the tokenizer
// reads it byte by byte, copies it and replaces NULs in it, only for the
// walker to skip it (script and style are invisibleTags). What is kept is
// all that nodeText can see of it: whether a paragraph's text, a script
// inside it included, ends in a full stop. A script that may be JSON-LD
// keeps its text, for readHTMLMeta (see mayBeJSONLD).
//
// The cut must leave every token of the page as it was, so the scan
// follows html.Tokenizer wherever it matters: comments, bogus comments,
// the attributes of tags (a quoted ">" or "<script>"), and the raw text
// of iframe, noembed, noframes, noscript (scripting is on), textarea,
// title and xmp, which it skips as the tokenizer does. A script's text
// ends at the first "</script" followed by white space, "/" or ">" when
// it holds no "<!--", which would start the escaped states of script data.
// Inside svg and math (foreign content) no tag is raw text; the scan
// counts those elements open, cuts nothing while any may be, and gives up
// at anything that reads differently in and out of foreign content (a
// raw-text tag name, CDATA, an integration point such as foreignObject).
// It also gives up at <plaintext>, at a frameset (where the parser ignores
// a script's start tag and keeps the white space of its text), at a script
// it cannot end for sure and at a tag cut off by the end of the page.
// Giving up keeps the rest of the page as it is, which is always safe.
func skimRawText(raw string) []string {
	var segs []string   // the parts of raw kept, in order
	last := 0           // raw[last:] is not yet in segs
	foreign := [2]int{} // open svg and math elements, at least as many as the parser's
	// i is -1 once the scan has given up or reached the end.
	for i := 0; i >= 0; {
		j := strings.IndexByte(raw[i:], '<')
		if j < 0 || i+j+1 >= len(raw) {
			break
		}
		i += j
		c, inForeign := raw[i+1], foreign[0]+foreign[1] > 0
		switch {
		case c == '!' && strings.HasPrefix(raw[i:], "<!--"):
			i = commentEnd(raw, i+4)
		case c == '!' && inForeign && strings.HasPrefix(raw[i:], "<!["):
			i = -1 // CDATA, in foreign content only
		case c == '!' || c == '?' || c == '/' && (i+2 == len(raw) || !isASCIILetter(raw[i+2])):
			// A doctype or a bogus comment; "</>" is one too, as far
			// as its end goes.
			i = closeAngle(raw, i+2)
		case c == '/' || isASCIILetter(c):
			at := i + 1
			if c == '/' {
				at++
			}
			nameEnd, end := tagEnd(raw, at, nil)
			k := skimTagIndex(raw[at:nameEnd])
			switch {
			case end < 0:
			case c == '/':
				if k == 0 || k == 1 {
					foreign[k] = max(foreign[k]-1, 0)
				}
			case k == 0 || k == 1:
				foreign[k]++
			case k == 2 || k == 3 || inForeign && k >= 4:
				end = -1
			case inForeign || k < 0 || k >= 13:
			default:
				stop := rawTextEnd(raw, end, skimTags[k])
				if k == 4 && stop >= 0 && strings.Contains(raw[end:stop], "<!--") {
					stop = -1 // escaped script data: its end is not sure
				}
				if stop >= 0 && (k == 5 || k == 4 && !mayBeJSONLD(raw[i:end])) {
					if keep := lastVisible(raw[end:stop]); keep > 0 {
						segs = append(segs, raw[last:end])
						last = end + keep
					}
				}
				end = stop
			}
			i = end
		default:
			i++ // a "<" of the text
		}
	}
	return append(segs, raw[last:])
}

// skimTags are the tag names skimRawText heeds, by kind: svg and math
// (0, 1) open foreign content; at frameset and plaintext (2, 3) it gives
// up; script and style (4, 5) are cut; iframe to xmp (6 to 12) are the
// other tags whose content html.Tokenizer reads as raw text outside
// foreign content; from 13 on the elements of svg and math whose content
// the parser reads as HTML again (title is one as well).
var skimTags = [...]string{
	"svg", "math", "frameset", "plaintext", "script", "style",
	"iframe", "noembed", "noframes", "noscript", "textarea", "title", "xmp",
	"foreignobject", "desc", "annotation-xml", "mi", "mo", "mn", "ms", "mtext",
}

// skimTagIndex returns the index in skimTags of tag name name in any
// case of its ASCII letters, as html.Tokenizer folds them, -1 when there
// is none.
func skimTagIndex(name string) int {
	for k, t := range skimTags {
		if asciiEqualFold(name, t) {
			return k
		}
	}
	return -1
}

// asciiEqualFold reports whether s is the lower-case ASCII word w with
// any of its letters in upper case.
func asciiEqualFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != w[i] && !('A' <= c && c <= 'Z' && c+'a'-'A' == w[i]) {
			return false
		}
	}
	return true
}

// segmentReader reads the strings segs one after the other, as
// strings.NewReader(strings.Join(segs, "")) would without the copy.
type segmentReader struct{ segs []string }

func (r *segmentReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && len(r.segs) > 0 {
		k := copy(p[n:], r.segs[0])
		n += k
		if r.segs[0] = r.segs[0][k:]; r.segs[0] == "" {
			r.segs = r.segs[1:]
		}
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// commentEnd returns the index just past the comment whose text starts at
// i (after "<!--"), -1 when it runs to the end: the first ">" after two
// dashes or more, or after "--!", or an abrupt "<!-->" or "<!--->", as
// html.Tokenizer reads them.
func commentEnd(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], ">"):
		return i + 1
	case strings.HasPrefix(s[i:], "->"):
		return i + 2
	}
	for {
		k := strings.Index(s[i:], "--")
		if k < 0 {
			return -1
		}
		i += k + 2
		for i < len(s) && s[i] == '-' {
			i++
		}
		switch {
		case strings.HasPrefix(s[i:], ">"):
			return i + 1
		case strings.HasPrefix(s[i:], "!>"):
			return i + 2
		}
	}
}

// closeAngle returns the index just past the first ">" from i, -1 when
// there is none: the end of a doctype or a bogus comment.
func closeAngle(s string, i int) int {
	if k := strings.IndexByte(s[i:], '>'); k >= 0 {
		return i + k + 1
	}
	return -1
}

// tagEnd reads a tag whose name starts at i as html.Tokenizer does: the
// name runs to white space, "/" or ">", attribute values may be quoted.
// It returns the end of the name and the index just past the closing ">",
// -1 when the page ends first. When attr is not nil it is given each
// attribute's name and value as written; the tree builder reads a tag's
// attributes with it (tagAttrs), the skim only its end.
func tagEnd[S ~string | ~[]byte](s S, i int, attr func(key, val S)) (nameEnd, end int) {
	for i < len(s) && !isTagSpace(s[i]) && s[i] != '/' && s[i] != '>' {
		i++
	}
	nameEnd = i
	i = skipTagSpace(s, i)
	for i < len(s) {
		if s[i] == '>' {
			return nameEnd, i + 1
		}
		// The attribute's name: an "=" may open it.
		k := i
		for i < len(s) && (i == k || s[i] != '=') && !isTagSpace(s[i]) && s[i] != '/' && s[i] != '>' {
			i++
		}
		key, v0, v1 := s[k:i], 0, 0
		if i = skipTagSpace(s, i); i >= len(s) {
			break
		}
		switch s[i] {
		case '/':
			i++
		case '=':
			if i = skipTagSpace(s, i+1); i >= len(s) {
				return nameEnd, -1
			}
			switch q := s[i]; q {
			case '>':
			case '"', '\'':
				k := i + 1
				for k < len(s) && s[k] != q {
					k++
				}
				if k == len(s) {
					return nameEnd, -1
				}
				v0, v1, i = i+1, k, k+1
			default:
				v0 = i
				for i < len(s) && !isTagSpace(s[i]) && s[i] != '>' {
					i++
				}
				v1 = i
			}
		}
		if attr != nil && len(key) > 0 {
			attr(key, s[v0:v1])
		}
		i = skipTagSpace(s, i)
	}
	return nameEnd, -1
}

// isTagSpace reports whether c is white space to html.Tokenizer.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// skipTagSpace returns the index of the first byte from i that is not
// white space.
func skipTagSpace[S ~string | ~[]byte](s S, i int) int {
	for i < len(s) && isTagSpace(s[i]) {
		i++
	}
	return i
}

// isASCIILetter reports whether c is an ASCII letter, which starts a tag.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// rawTextEnd returns the index of the "</name" that ends raw text starting
// at i: followed by white space, "/" or ">", in either case per letter, as
// html.Tokenizer's readRawEndTag matches it. It returns -1 when there is
// none before the end of the page.
func rawTextEnd(s string, i int, name string) int {
	for {
		k := strings.Index(s[i:], "</")
		if k < 0 {
			return -1
		}
		i += k
		e := i + 2 + len(name)
		if e < len(s) && asciiEqualFold(s[i+2:e], name) &&
			(isTagSpace(s[e]) || s[e] == '/' || s[e] == '>') {
			return i
		}
		i += 2
	}
}

// mayBeJSONLD reports whether a script with start tag tag may be one that
// readHTMLMeta reads: its type "application/ld+json" in any case, spelled
// with entities or letters that fold to ASCII ones ("ſ" to "s").
func mayBeJSONLD(tag string) bool {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '&' || tag[i] >= utf8.RuneSelf {
			return true
		}
	}
	return containsASCIIFold(tag, "ld+json")
}

// containsASCIIFold reports whether s holds the lower-case ASCII word w,
// its letters in either case.
func containsASCIIFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if asciiEqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// lastVisible returns the offset in s of its last rune that is not white
// space (unicode.IsSpace, as strings.TrimSpace), 0 when there is none or
// it is the first.
func lastVisible(s string) int {
	for k := len(s); k > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		k -= size
		if !unicode.IsSpace(r) {
			return k
		}
	}
	return 0
}
