package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// TestUnescapeHTMLNames: every name in the table reads as x/net/html
// reads it.
func TestUnescapeHTMLNames(t *testing.T) {
	f := strings.Fields(entityNames)
	if len(f) != 2*259 {
		t.Fatalf("entityNames holds %d fields, want %d", len(f), 2*259)
	}
	for i := 0; i < len(f); i += 2 {
		in := "x&" + f[i] + ";y"
		if got, want := unescapeHTML([]byte(in), false), html.UnescapeString(in); got != want {
			t.Errorf("unescapeHTML(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnescapeHTML(t *testing.T) {
	tests := []struct {
		in   string
		attr bool
	}{
		{"Fish &amp; chips", false},
		{"&copy 2031 and &copy2031", false},
		{"&notit; &notin; &not", false},
		{"AT&T &amp &AMP; &lt&gt", false},
		{"&#146;s &#x2019; &#8217 &#X41;", false},
		{"&#0; &#xD800; &#1114112; &#x110000;", false},
		{"&hellip &hellip; &;  & a&b &# &#x &#xZ", false},
		{"&apos; &apos", false},
		{"caf&eacute; na&iuml;ve &nbsp;x&nbsp", false},
		{"&unknownname; &frac34; &frac34", false},
		{"?a=1&copy=2&amp=3&lang=en", true},
		{"a&copy b &copy;= &notit; &amp;x", true},
		{"&#8217;&quot&QUOT;", true},
	}
	for _, tt := range tests {
		want := html.UnescapeString(tt.in)
		if tt.attr {
			z := html.NewTokenizer(strings.NewReader(`<a title="` + tt.in + `">`))
			z.Next()
			_, v, _ := z.TagAttr()
			want = string(v)
		}
		if got := unescapeHTML([]byte(tt.in), tt.attr); got != want {
			t.Errorf("unescapeHTML(%q, attr %v) = %q, want %q", tt.in, tt.attr, got, want)
		}
	}
	if got := unescapeHTML([]byte("a\x00b&amp;\x00"), false); got != "ab&" {
		t.Errorf("NUL bytes: got %q, want %q", got, "ab&")
	}
}

// TestTagAttrs: attributes read from a tag's raw bytes as the tokenizer
// reads them.
func TestTagAttrs(t *testing.T) {
	for _, tag := range []string{
		`<div class="a b" id=main>`,
		`<p CLASS='x' class="dup" data-x = "1 > 2" hidden>`,
		`<img src=a.png alt="Caf&eacute; &amp; bar"/>`,
		`<a href="/x?a=1&copy=2" title=&quot;t&quot;>`,
		`<meta property = og:title content="The &#8216;best&#8217; day">`,
		`<div =x y==z / w>`,
		`<span a="" b='' c=>`,
	} {
		z := html.NewTokenizer(strings.NewReader(tag))
		z.Next()
		want := z.Token().Attr
		got := tagAttrs(nil, []byte(tag))
		if len(got) != len(want) {
			t.Errorf("tagAttrs(%q) = %v, want %v", tag, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("tagAttrs(%q)[%d] = %v, want %v", tag, i, got[i], want[i])
			}
		}
	}
}

// FuzzUnescapeHTML: numeric references and plain text read as x/net/html
// reads them, and the output is valid UTF-8 whatever the input.
func FuzzUnescapeHTML(f *testing.F) {
	for _, s := range []string{"&#146;", "&#x2019;a", "&amp;&lt;", "&#", "&copy 2031", "\xff&#0;"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, attr bool) {
		got := unescapeHTML([]byte(s), attr)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("unescapeHTML(%q) = %q: invalid UTF-8", s, got)
		}
		if attr || strings.ContainsRune(s, 0) {
			return
		}
		for i := 0; i+1 < len(s); i++ {
			if s[i] == '&' && isASCIILetter(s[i+1]) {
				return // names: TestUnescapeHTMLNames
			}
		}
		if want := html.UnescapeString(s); got != want {
			t.Fatalf("unescapeHTML(%q) = %q, want %q", s, got, want)
		}
	})
}
