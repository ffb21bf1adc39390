package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLPages runs the fixture pages in testdata/html: each is a made-up
// article wrapped in the furniture real pages carry.
func TestHTMLPages(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		want    []string // must appear in Doc.Text
		notWant []string // must not appear in Doc.Text
		title   string
		date    string
		byline  string
	}{
		{
			name: "news article with nav, sidebar, related, cookie, comments",
			file: "harbor-news.html",
			want: []string{
				"The Westgate harbor bridge reopened to traffic on Friday morning",
				"Engineers replaced twelve steel cables and rebuilt the deck joints at a cost of 14.5 million euros",
				"paid for by the regional government.",
				"Traffic limits remain",
				"The bridge carries about 40,000 vehicles a day.",
				"welcomed the news & called for a compensation fund.",
			},
			notWant: []string{
				"SCRIPT-", "HIDDEN-", "ARIA-HIDDEN", "cookies", "Share on", "Related stories",
				"Storm damage bill", "newsletter", "industrial estate", "Most read",
				"All rights reserved", "Harbor bridge reopens", "Photo: Port Authority", "By Mara",
			},
			title:  "Harbor bridge reopens after storm repairs",
			date:   "2031-03-14",
			byline: "Mara Ellison",
		},
		{
			name: "blog inside a sticky sidebar wrapper, long comments",
			file: "garden-blog.html",
			want: []string{
				"Half of my cherry tomatoes cracked open",
				"picking the fruit as soon as it blushes",
			},
			notWant: []string{"Great tips", "soaker hose", "Share this", "Tags:", "Archives", "Posted on", "Home"},
			title:   "Why my tomatoes split this summer",
			date:    "2029-08-02",
		},
		{
			name: "table layout with br paragraphs",
			file: "table-layout.html",
			want: []string{
				"The annual Millbrook fair raised 8,240 pounds",
				"Élise Moreau, the head teacher, thanked \"every single volunteer\"",
				"Next year’s fair is planned",
			},
			notWant: []string{"Front page", "Copyright", "Village fair raises record sum", "Millbrook Gazette"},
			title:   "Village fair raises record sum",
		},
		{
			name: "story split by an ad, embedded post, more-stories block",
			file: "split-story.html",
			want: []string{
				"The city council voted 31 to 14 on Tuesday",
				"The plant employs 420 people.",
				"Today the council chose clean air for our children.",
				"What happens next",
				"The operator has 60 days",
			},
			notWant: []string{"Advertisement", "More from Politics", "Budget talks", "About us", "Home ›", "Read more"},
			title:   "City council votes to close coal plant early",
			date:    "2030-11-05",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d := HTML(string(raw), Options{})
			for _, w := range tt.want {
				if !strings.Contains(d.Text, w) {
					t.Errorf("HTML(%s).Text lacks %q; text:\n%s", tt.file, w, d.Text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(d.Text, w) {
					t.Errorf("HTML(%s).Text has %q; text:\n%s", tt.file, w, d.Text)
				}
			}
			if d.Meta.Title.Value != tt.title {
				t.Errorf("HTML(%s).Meta.Title = %q, want %q", tt.file, d.Meta.Title.Value, tt.title)
			}
			if d.Meta.Date.Value != tt.date {
				t.Errorf("HTML(%s).Meta.Date = %q, want %q", tt.file, d.Meta.Date.Value, tt.date)
			}
			if tt.byline != "" && d.Meta.Byline.Value != tt.byline {
				t.Errorf("HTML(%s).Meta.Byline = %q, want %q", tt.file, d.Meta.Byline.Value, tt.byline)
			}
			checkHTMLDoc(t, d)
		})
	}
}

// TestHTMLInline checks how the text of one paragraph is put together.
func TestHTMLInline(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"tags inside a word", "<p>gov<span>ern</span>ment spending</p>", "government spending"},
		{"space kept between inline tags", "<p><b>Bold</b> <i>italic</i> plain</p>", "Bold italic plain"},
		{"no space invented after a link", "<p>See <a href=x>the report</a>, page 4.</p>", "See the report, page 4."},
		{"white space folded", "<p>one\n\t two   three\r\n</p>", "one two three"},
		{"entities decoded", "<p>Fish &amp; chips &lt;3 &eacute;t&eacute; caf&#233;</p>", "Fish & chips <3 été café"},
		{"no-break spaces become spaces", "<p>12&nbsp;million&#8239;euros</p>", "12 million euros"},
		{"soft hyphen and zero width space dropped", "<p>in\u00adcredible\u200b news</p>", "incredible news"},
		{"decomposed accents composed (NFC)", "<p>Jose\u0301 Mari\u0301a</p>", "José María"},
		{"br splits paragraphs", "<div>First line of text.<br><br>Second line of text.</div>", "First line of text.\nSecond line of text."},
		{"paragraphs on their own lines", "<p>Alpha.</p><p>Beta.</p>", "Alpha.\nBeta."},
		{"image between words joins", "<p>left<img src=a.png>right</p>", "leftright"},
		{"script inside a paragraph skipped", "<p>before <script>var x = 1;</script>after</p>", "before after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := HTML("<html><body><article>"+tt.in+"</article></body></html>", Options{})
			if d.Text != tt.want {
				t.Errorf("HTML(%q).Text = %q, want %q", tt.in, d.Text, tt.want)
			}
			checkHTMLDoc(t, d)
		})
	}
}

// TestHTMLBlockRoles checks single verdicts on small pages.
func TestHTMLBlockRoles(t *testing.T) {
	const body = "<p>The committee met on Monday and agreed, after a long debate, to publish the full report next week.</p>"
	tests := []struct {
		name   string
		page   string
		line   string // text of the line to check
		role   Role
		reason string // substring of the reason, "" for any
	}{
		{"nav is navigation", "<nav><a href=/>Home page link</a></nav><article>" + body + "</article>", "Home page link", RoleBoilerplate, "navigation"},
		{"footer", "<article>" + body + "</article><footer>Contact the newsroom</footer>", "Contact the newsroom", RoleBoilerplate, "footer"},
		{"h1 is the title", "<article><h1>Committee to publish report</h1>" + body + "</article>", "Committee to publish report", RoleTitle, ""},
		{"caption in figure", "<article>" + body + "<figure><figcaption>The committee room.</figcaption></figure>" + body + "</article>", "The committee room.", RoleMeta, "caption"},
		{"byline", "<article><p>By Jana Novak</p>" + body + "</article>", "By Jana Novak", RoleMeta, "byline"},
		{"share bar by class", "<article>" + body + "<div class=\"share-tools\"><span>Email this page now</span></div>" + body + "</article>", "Email this page now", RoleBoilerplate, "share"},
		{"slideshow counter", "<article>" + body + "<p>Image 2 of 7</p>" + body + "</article>", "Image 2 of 7", RoleMeta, "caption"},
		{"orphan heading at the end", "<article>" + body + "<h2>Latest videos</h2></article>", "Latest videos", RoleBoilerplate, "heading"},
		{"body paragraph", "<article>" + body + "</article>", "The committee met on Monday and agreed, after a long debate, to publish the full report next week.", RoleBody, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := HTML("<html><body>"+tt.page+"</body></html>", Options{})
			checkHTMLDoc(t, d)
			for _, l := range d.Lines {
				if l.Text != tt.line {
					continue
				}
				if l.Role != tt.role || !strings.Contains(l.Reason, tt.reason) {
					t.Errorf("line %q: role %s (%q), want %s (%q)", l.Text, l.Role, l.Reason, tt.role, tt.reason)
				}
				return
			}
			t.Errorf("no line %q in %+v", tt.line, d.Lines)
		})
	}
}

// TestHTMLMeta checks metadata from the head and the markup.
func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name                      string
		page                      string
		title, date, byline, time string
	}{
		{"og tags", `<head><meta property="og:title" content="Dam opens"><meta property="article:published_time" content="2030-05-06T10:00:00Z"><meta name="author" content="Lee Park"></head>`, "Dam opens", "2030-05-06", "Lee Park", "10:00"},
		{"title tag less site", `<head><title>Dam opens | Valley Post</title></head>`, "Dam opens", "", "", ""},
		{"json-ld graph", `<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Dam opens","datePublished":"2030-05-07","author":[{"name":"Lee Park"},{"name":"Ana Ruiz"}]}]}</script></head>`, "Dam opens", "2030-05-07", "Lee Park and Ana Ruiz", ""},
		{"time element", `<body><article><time datetime="2030-05-08T08:00">8 May</time><p>Text.</p></article></body>`, "", "2030-05-08", "", "08:00"},
		{"json-ld time with a zone", `<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam opens","datePublished":"2034-02-09T21:04:00+01:00"}</script></head>`, "Dam opens", "2034-02-09", "", "21:04"},
		{"broken json-ld ignored", `<head><script type="application/ld+json">{"headline": </script><title>Dam opens</title></head>`, "Dam opens", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := HTML("<html>"+tt.page+"</html>", Options{}).Meta
			if m.Title.Value != tt.title || m.Date.Value != tt.date || m.Byline.Value != tt.byline || m.Time != tt.time {
				t.Errorf("Meta = %q / %q / %q / %q, want %q / %q / %q / %q", m.Title.Value, m.Date.Value, m.Byline.Value, m.Time, tt.title, tt.date, tt.byline, tt.time)
			}
		})
	}
}

// TestIsHTML checks format detection on the fixtures and on plain text.
func TestIsHTMLFixtures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !IsHTML(string(raw)) {
			t.Errorf("IsHTML(%s) = false", f)
		}
	}
	if IsHTML("A plain article.\n\nIt mentions <b> once, in passing.") {
		t.Error("IsHTML(plain text) = true")
	}
}

// checkDoc asserts the invariants of every Doc made from HTML: lines
// numbered 1..n without gaps, paragraphs in bounds and in order, each
// paragraph the text of its line, and no line breaks inside paragraphs.
func checkHTMLDoc(t *testing.T, d Doc) {
	t.Helper()
	for i, l := range d.Lines {
		if l.N != i+1 {
			t.Fatalf("Lines[%d].N = %d, want %d", i, l.N, i+1)
		}
		if !l.Role.Kept() && l.Role != RoleMeta && l.Reason == "" {
			t.Errorf("line %d removed without a reason", l.N)
		}
	}
	prev := -1
	for _, p := range d.Paras {
		if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End || p.Start <= prev {
			t.Fatalf("para %+v out of bounds or order (len %d)", p, len(d.Text))
		}
		prev = p.End
		if p.Line < 1 || p.Line > len(d.Lines) {
			t.Fatalf("para %+v names no line", p)
		}
		if got := d.Text[p.Start:p.End]; got != d.Lines[p.Line-1].Text || strings.Contains(got, "\n") {
			t.Errorf("para text %q, line text %q", got, d.Lines[p.Line-1].Text)
		}
	}
}

// TestIsHTML checks format detection on page openings.
func TestIsHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><title>x</title>", true},
		{"bom and doctype", "\uFEFF<!doctype html>", true},
		{"saved-from comment", "<!-- saved from url=(0042)https://example.org/ -->\n<html><body>x</body></html>", true},
		{"xml declaration", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", true},
		{"fragment with paragraphs", "<p>One.</p><p>Two.</p>", true},
		{"plain text", "Storm closes harbor bridge\n\nThe bridge closed on Friday.", false},
		{"plain text with one tag name", "Use the <p> tag for paragraphs, the guide says.", false},
		{"unclosed comment", "<!-- never closed", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsHTML(tt.in); got != tt.want {
				t.Errorf("IsHTML(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestHTMLFavor checks that Options.Favor moves doubtful blocks.
func TestHTMLFavor(t *testing.T) {
	const (
		main  = "<p>The committee met on Monday and agreed, after a long debate lasting most of the afternoon, to publish the full report next week, with all of its annexes.</p>"
		other = "A second column of prose that the scorer leaves outside the article, long enough to read as a real paragraph of the story and with no links at all in it. " +
			"It goes on for a while, naming the members who voted against the motion and the reasons they gave for their votes in the chamber that evening. " +
			"A final sentence adds the date of the next sitting."
	)
	page := "<html><body><div id=a><div class=\"story\">" + main + main + "<p><a href=/v>Watch this</a> now</p>" + main + "</div></div><div id=b><div><p>" + other + "</p></div></div></body></html>"
	tests := []struct {
		name      string
		favor     Favor
		wantOther bool
		wantShort bool
	}{
		{"balanced", Balanced, false, true},
		{"recall keeps outside prose", Recall, true, true},
		{"precision drops fragments", Precision, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := HTML(page, Options{Favor: tt.favor})
			checkHTMLDoc(t, d)
			if got := strings.Contains(d.Text, other); got != tt.wantOther {
				t.Errorf("outside prose kept = %v, want %v", got, tt.wantOther)
			}
			if got := strings.Contains(d.Text, "Watch this"); got != tt.wantShort {
				t.Errorf("short fragment kept = %v, want %v", got, tt.wantShort)
			}
		})
	}
}
