package clean

import (
	"github.com/crosscheck/crosscheck/core/internal/wordset"
	"strings"

	"golang.org/x/net/html"
)

// classKind is what an element's class and id say about it.
type classKind uint8

const (
	classNone     classKind = iota // says nothing
	classPositive                  // names article content: "article-body", "entry-content"
	classNegative                  // names furniture: "share-bar", "related-links"
	classMixed                     // both, e.g. "post share-enabled"
)

// classInfo is the memoised verdict on one element's class and id.
type classInfo struct {
	kind   classKind
	word   string // the furniture word matched, for the reason ("share")
	strong bool   // a strong content name such as itemprop=articleBody
	// unlikely is set when the names mark a region that cannot hold the
	// article (comments, sidebar, footer) and name no content at all.
	unlikely bool
}

// unlikelyWords mark regions whose paragraphs are not scored: a long reader
// comment must not win over a short article. As in Readability, a name that
// also says "article", "content", "body", "main" or "column" is spared.
var unlikelyWords = []string{
	"comment", "disqus", "replies", "remark", "community", "sidebar", "footer",
	"related", "social", "sponsor", "shoutbox", "skyscraper", "pagination",
	"pager", "popup", "breadcrumb", "banner", "menu", "rss", "gdpr", "cookie",
	"agegate", "newsletter", "recommend", "outbrain", "taboola", "supplemental",
}

// maybeWords spare an element from unlikelyWords.
var maybeWords = []string{"article", "content", "body", "main", "column", "story", "entry", "post-"}

// negativeWords name page furniture wherever they occur in a class or id:
// "socialShare", "comments-area", "related_posts". Each is long enough not
// to occur inside an ordinary word, except "comment" (see isCommentary).
var negativeWords = []string{
	"comment", "share", "sharing", "social", "related", "recommend", "promo",
	"cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription",
	"sidebar", "widget", "breadcrumb", "advert", "sponsor", "outbrain",
	"taboola", "byline", "caption", "credit", "masthead", "shoutbox",
	"skyscraper", "popular", "trending", "mostread", "most-read", "signup",
	"sign-up", "disqus", "pagination", "pager", "toolbar", "footnote",
	"copyright", "disclaimer", "author-bio", "authorbio", "author-info",
	"read-more", "readmore", "more-stories", "newsfeed", "banner",
}

// negativeTokens are short names that count only as whole tokens of a class
// ("ad", "tags"): as substrings they would hit "header" or "stages".
var negativeTokens = wordset.Of("ad ads adv tags tag meta author tools tool print footer header nav menu foot topics keywords rail aside hidden modal popup overlay sticky date timestamp contact sr bio embed")

// positiveWords name article content.
var positiveWords = []string{
	"article", "content", "story", "entry", "post", "body", "main", "text", "blog", "hentry",
}

// strongWords name the article body itself; they outweigh any furniture word
// on the same element ("article-body share-enabled" is still the body).
var strongWords = []string{
	"articlebody", "article-body", "article_body", "story-body", "storybody",
	"entry-content", "post-content", "post-body", "postbody", "article-content",
	"articlecontent", "story-content", "storycontent", "body-text", "article-text",
	"articletext", "content-body", "entry-body", "main-content", "post-entry",
}

// classOf returns the memoised class verdict for n.
func (s *hScorer) classOf(n *html.Node) classKind { return s.info(n).kind }

func (s *hScorer) info(n *html.Node) classInfo {
	if ci, ok := s.class[n]; ok {
		return ci
	}
	ci := analyzeClass(n)
	s.class[n] = ci
	return ci
}

// weight is Readability's class weight: ±25 for the class and the id each.
func (s *hScorer) weight(n *html.Node) float64 {
	w := 0.0
	for _, key := range [...]string{"class", "id"} {
		v := hAttr(n, key)
		if v == "" {
			continue
		}
		l := strings.ToLower(v)
		if _, neg := negativeMatch(l); neg {
			w -= 25
		}
		if hasAnyOf(l, positiveWords) {
			w += 25
		}
	}
	if s.info(n).strong {
		w += 25
	}
	return w
}

// analyzeClass reads class, id, itemprop and role.
func analyzeClass(n *html.Node) classInfo {
	var ci classInfo
	var names string
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			names += " " + strings.ToLower(a.Val)
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") || strings.EqualFold(a.Val, "text") {
				ci.strong = true
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "complementary", "navigation", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "toolbar", "search":
				ci.word = strings.ToLower(a.Val)
			case "main", "article":
				ci.strong = true
			}
		}
	}
	if names == "" && ci.word == "" {
		if ci.strong {
			ci.kind = classPositive
		}
		return ci
	}
	if hasAnyOf(names, unlikelyWords) && !hasAnyOf(names, maybeWords) && !isCommentaryOnly(names) {
		ci.unlikely = true
	}
	if hasAnyOf(names, strongWords) {
		ci.strong = true
	}
	pos := ci.strong || hasAnyOf(names, positiveWords)
	w, neg := negativeMatch(names)
	if ci.word != "" {
		neg = true
	} else {
		ci.word = w
	}
	switch {
	case pos && neg:
		ci.kind = classMixed
	case pos:
		ci.kind = classPositive
	case neg:
		ci.kind = classNegative
	}
	return ci
}

// negativeMatch reports the furniture word found in the lower-cased names.
func negativeMatch(l string) (string, bool) {
	for _, w := range negativeWords {
		if i := strings.Index(l, w); i >= 0 {
			if w == "comment" && isCommentary(l[i:]) {
				continue
			}
			return w, true
		}
	}
	start := -1
	for i := 0; i <= len(l); i++ {
		if i < len(l) && isNameChar(l[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if t := l[start:i]; negativeTokens[t] {
				return t, true
			}
			start = -1
		}
	}
	return "", false
}

// isCommentary reports whether a "comment..." name is an opinion section
// ("commentary"), which is article content, not reader comments.
func isCommentary(s string) bool { return strings.HasPrefix(s, "commentary") }

// isCommentaryOnly reports whether the only "comment" in names is part of
// "commentary" and no other unlikely word occurs.
func isCommentaryOnly(names string) bool {
	if !strings.Contains(names, "commentary") {
		return false
	}
	return !hasAnyOf(strings.ReplaceAll(names, "commentary", ""), unlikelyWords)
}

// isNameChar reports whether c is part of a class token; "-" and "_" split.
func isNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

func hasAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
