package clean

import (
	"strings"

	"github.com/crosscheck/crosscheck/core/jsonw"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPageMeta is what the markup says about the article, before it is matched
// to blocks.
type htmlPageMeta struct {
	title, ogTitle, h1, byline, date, source string
	clock                                    string // "21:04" of the date's stamp, when it has one
}

// readMeta collects the head's metadata: <title>, meta tags (og:title,
// article:published_time, author, og:site_name), JSON-LD NewsArticle fields,
// and the first <time datetime> of the page.
func readHTMLMeta(root *html.Node) htmlPageMeta {
	var m htmlPageMeta
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = foldSpace(nodeText(n))
				}
			case atom.Meta:
				m.metaTag(n)
			case atom.Script:
				if strings.EqualFold(hAttr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					m.jsonLD(n.FirstChild.Data)
				}
				return
			case atom.Time:
				m.setDate(hAttr(n, "datetime"))
			case atom.Style, atom.Svg:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return m
}

// metaTag reads one <meta>.
func (m *htmlPageMeta) metaTag(n *html.Node) {
	key := strings.ToLower(hAttr(n, "property"))
	if key == "" {
		key = strings.ToLower(hAttr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(hAttr(n, "itemprop"))
	}
	val := foldSpace(hAttr(n, "content"))
	if val == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = val
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
		"dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time":
		m.setDate(val)
	case "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator":
		if m.byline == "" && !strings.Contains(val, "://") {
			m.byline = val
		}
	case "og:site_name", "application-name":
		if m.source == "" {
			m.source = val
		}
	}
}

// jsonLD reads headline, datePublished and author from a JSON-LD script,
// which may hold one object, a list, or an @graph.
func (m *htmlPageMeta) jsonLD(s string) {
	v, err := jsonw.Decode([]byte(s))
	if err != nil {
		return
	}
	m.ldValue(v, 0)
}

func (m *htmlPageMeta) ldValue(v any, depth int) {
	if depth > 4 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.ldValue(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			m.ldValue(g, depth+1)
		}
		if h, ok := x["headline"].(string); ok && m.ogTitle == "" {
			m.ogTitle = foldSpace(h)
		}
		if d, ok := x["datePublished"].(string); ok {
			m.setDate(d)
		}
		if m.byline == "" {
			m.byline = ldName(x["author"])
		}
		if p, ok := x["publisher"].(map[string]any); ok && m.source == "" {
			if n, ok := p["name"].(string); ok {
				m.source = foldSpace(n)
			}
		}
	}
}

// ldName returns the name(s) of a JSON-LD author: a string, an object with
// "name", or a list of those joined with " and ".
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return foldSpace(x)
	case map[string]any:
		if n, ok := x["name"].(string); ok {
			return foldSpace(n)
		}
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, " and ")
	}
	return ""
}

// isoDate returns the YYYY-MM-DD prefix of an ISO 8601 date, or "".
// setDate takes the first ISO date stamp the page gives, and its time of
// day when it has one ("2034-02-09T21:04:00+01:00": 21:04, as the page's
// own clock reads it), so that two reports of one day can be ordered.
func (m *htmlPageMeta) setDate(stamp string) {
	d := isoDatePrefix(stamp)
	if d == "" || m.date != "" {
		return
	}
	m.date = d
	if t := strings.TrimSpace(stamp)[10:]; len(t) >= 6 && (t[0] == 'T' || t[0] == ' ') && isDigit(t[1]) && isDigit(t[2]) && t[3] == ':' && isDigit(t[4]) && isDigit(t[5]) {
		m.clock = t[1:6]
	}
}

func isoDatePrefix(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	for i := 0; i < 10; i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return ""
			}
		} else if c < '0' || c > '9' {
			return ""
		}
	}
	return s[:10]
}

// fold collapses white space runs into one space and trims.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// siteSuffix cuts a " | Site" or " - Site" tail from a <title>: tabs show
// the outlet's name after the headline.
func siteSuffix(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(t, sep); i > len(t)/3 {
			t = t[:i]
		}
	}
	return strings.TrimSpace(t)
}
