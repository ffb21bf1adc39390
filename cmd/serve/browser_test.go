package main

// Browser tests: the real page (web/static, wasm included) served by the
// real handler on 127.0.0.1, driven in Debian's Chromium, headless, as a
// user would: click, type, paste, upload, reload, and read what is shown.
// They skip when main.wasm has not been built or no Chromium is installed;
// `make test` does both first, so there they run.

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/crosscheck/crosscheck/internal/shared"
	"github.com/crosscheck/crosscheck/web/webtest"
)

const (
	staticDir   = "../../web/static" // the page, as `make wasm` leaves it
	testoutDir  = "../../testout"    // screenshots, gitignored
	stepTimeout = 60 * time.Second   // one step of a test, wasm start included
)

// page is one browser tab on the page under test.
type page struct {
	t    *testing.T
	ctx  context.Context // the tab; run actions with a step timeout
	base string          // http://127.0.0.1:port/
	stop func()          // stops the server, as when the network is gone
}

// newPage serves web/static on 127.0.0.1:0 and opens a fresh headless
// browser (its own profile in t.TempDir()) at width×height.
func newPage(t *testing.T, width, height int) *page {
	t.Helper()
	if _, err := os.Stat(filepath.Join(staticDir, "main.wasm")); err != nil {
		t.Skip("web/static/main.wasm is missing: run `make wasm` (make test does)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: newHandler(os.DirFS(staticDir)), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	ctx := webtest.NewContext(t, width, height)
	return &page{t: t, ctx: ctx, base: "http://" + ln.Addr().String() + "/", stop: func() { srv.Close() }}
}

// do runs steps with the step timeout, failing the test on error.
func (p *page) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.shot("failed-" + sanitize(p.t.Name()))
		p.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression and decodes its value into T.
func eval[T any](p *page, expr string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		p.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// evalAwait evaluates an expression that returns a promise and decodes
// what it resolves to.
func evalAwait[T any](p *page, expr string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// wait polls a JavaScript condition until it holds.
func (p *page) wait(what, cond string) {
	p.t.Helper()
	p.do("waiting for "+what, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingInterval(50*time.Millisecond),
			chromedp.WithPollingTimeout(stepTimeout))(ctx, t)
		return err
	}))
}

// open loads the page and waits until the analyser is ready.
func (p *page) open() {
	p.t.Helper()
	p.do("opening the page", chromedp.Navigate(p.base))
	p.waitReady()
}

func (p *page) waitReady() {
	p.t.Helper()
	p.wait("the analyser", `document.body.dataset.analyser === "ready"`)
}

// settle waits until the page has saved its session with an id, so that a
// session the test writes to localStorage next is not overwritten by the
// page's own save.
func (p *page) settle() {
	p.t.Helper()
	p.wait("the saved session id", `(JSON.parse(localStorage.getItem("crosscheck.session.v1") || "{}").id || "").length === 20`)
}

// runs is how many analyses the page has finished.
func (p *page) runs() int {
	return eval[int](p, `window.__crosscheck.runs`)
}

// waitRuns waits until more than n analyses have finished.
func (p *page) waitRuns(n int) {
	p.t.Helper()
	p.wait(fmt.Sprintf("analysis %d", n+1), fmt.Sprintf(`window.__crosscheck.runs > %d && document.body.dataset.state !== "busy"`, n))
}

// shot saves a screenshot of the viewport under testout/.
func (p *page) shot(name string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return
	}
	if err := os.MkdirAll(testoutDir, 0o755); err != nil {
		p.t.Fatal(err)
	}
	path := filepath.Join(testoutDir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func sanitize(s string) string {
	return strings.NewReplacer("/", "-", " ", "_").Replace(s)
}

// relation is a relation as the page shows it.
type relation struct {
	Kind   string   `json:"kind"`
	Quotes []string `json:"quotes"`
	Low    bool     `json:"low"`
}

// shownRelations reads the Relations region.
func (p *page) shownRelations() []relation {
	return eval[[]relation](p, `Array.from(document.querySelectorAll('[aria-label="Relations"] li.rel')).map(li => ({
		kind: li.querySelector(".rel-kind").textContent,
		quotes: Array.from(li.querySelectorAll("blockquote")).map(b => b.lastChild.textContent),
		low: li.classList.contains("low"),
	}))`)
}

func kinds(rels []relation) map[string]int {
	m := map[string]int{}
	for _, r := range rels {
		m[r.Kind]++
	}
	return m
}

func TestBrowserExample(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	if hidden := eval[bool](p, `document.getElementById("empty").hidden`); hidden {
		t.Error("the empty-state panel is hidden on a fresh page")
	}
	p.shot("empty")
	n := p.runs()
	p.do("loading the example", chromedp.Click(chromedp.CSS("#example")))
	p.waitRuns(n)
	rels := p.shownRelations()
	var contra *relation
	for i, r := range rels {
		if r.Kind == "Contradicts" {
			contra = &rels[i]
			break
		}
	}
	if contra == nil {
		t.Fatalf("no Contradicts relation shown; relations: %v", kinds(rels))
	}
	if len(contra.Quotes) != 2 || strings.TrimSpace(contra.Quotes[0]) == "" || strings.TrimSpace(contra.Quotes[1]) == "" {
		t.Fatalf("contradiction does not show both sentences: %q", contra.Quotes)
	}
	if contra.Quotes[0] == contra.Quotes[1] {
		t.Errorf("contradiction shows the same sentence twice: %q", contra.Quotes[0])
	}
	if got := kinds(rels); got["Update"] == 0 {
		t.Errorf("the example's rising toll shows no Update: %v", got)
	}
	// Clicking the relation highlights both sentences in the articles.
	p.do("showing the contradiction", chromedp.Click(chromedp.CSS(`li.rel.contradicts button.show`)))
	focused := eval[[]string](p, `Array.from(document.querySelectorAll("mark.claim.focus")).map(m => m.closest(".doc").dataset.article)`)
	if len(uniq(focused)) != 2 {
		t.Errorf("after Show, highlighted sentences are in articles %v, want two articles", focused)
	}
	visible := eval[int](p, `Array.from(document.querySelectorAll("mark.claim.focus")).filter(m => {
		const b = m.closest(".doc-body").getBoundingClientRect(), r = m.getBoundingClientRect();
		return r.top >= b.top - 1 && r.top < b.bottom;
	}).length`)
	if visible < 2 {
		t.Errorf("%d highlighted sentences scrolled into view in their article, want 2", visible)
	}
	p.shot("example-relation")
	// Removed lines carry their reason for mouse and keyboard users.
	reason := eval[string](p, `(document.querySelector(".removed") || {}).title || ""`)
	if reason == "" {
		t.Error("no removed line with a reason in its title")
	}
	// Exports: catch the Blobs the page hands to the download link.
	p.do("hooking downloads", chromedp.Evaluate[chromedp.Void](`window.__blobs = [];
		const create = URL.createObjectURL;
		URL.createObjectURL = (b) => { window.__blobs.push(b); return create.call(URL, b); };`))
	p.do("export markdown", chromedp.Click(chromedp.CSS("#export-md")))
	p.do("export json", chromedp.Click(chromedp.CSS("#export-json")))
	md := evalAwait[string](p, `window.__blobs[0].text()`)
	if !strings.HasPrefix(md, "# crosscheck report") || !strings.Contains(md, "## Contradicts") || !strings.Contains(md, "Eight people were killed") {
		t.Errorf("Markdown export lacks the report's heading or the contradiction:\n%.600s", md)
	}
	var exported struct {
		Articles  []json.RawMessage `json:"articles"`
		Relations []json.RawMessage `json:"relations"`
	}
	if err := json.Unmarshal([]byte(evalAwait[string](p, `window.__blobs[1].text()`)), &exported); err != nil {
		t.Errorf("JSON export does not parse: %v", err)
	} else if len(exported.Articles) != 4 || len(exported.Relations) != len(rels) {
		t.Errorf("JSON export has %d articles and %d relations, want 4 and %d", len(exported.Articles), len(exported.Relations), len(rels))
	}
	p.do("top", chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 4, 890)) // no hover or focus in the picture
	p.shot("example")
	if os.Getenv("CROSSCHECK_SCREENSHOT") != "" { // regenerates the README's picture
		p.saveDocScreenshot()
	}
	// The print view: the report alone, the inputs and buttons hidden.
	p.do("print media", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	if shown := eval[[]bool](p, `["inputs", "analyze", "report"].map(id => document.getElementById(id).getClientRects().length > 0)`); shown[0] || shown[1] || !shown[2] {
		t.Errorf("print view shows inputs %v, Analyze %v, report %v; want the report alone", shown[0], shown[1], shown[2])
	}
	p.shot("print")
	p.do("screen media", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		return err
	}))
	// Dark theme.
	p.do("dark theme", chromedp.Click(chromedp.CSS("#theme")))
	if th := eval[string](p, `document.documentElement.dataset.theme || ""`); th == "" {
		t.Error("the theme toggle set no theme")
	}
	p.do("report view", chromedp.Evaluate[chromedp.Void](`document.getElementById("report").scrollIntoView()`))
	p.shot("example-dark")
}

// saveDocScreenshot writes docs/screenshot.png for the README.
func (p *page) saveDocScreenshot() {
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile("../../docs/screenshot.png", buf, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// TestBrowserNarrow: at 375 px the page has no horizontal scroll.
func TestBrowserNarrow(t *testing.T) {
	p := newPage(t, 375, 800)
	p.open()
	n := p.runs()
	p.do("loading the example", chromedp.Click(chromedp.CSS("#example")))
	p.waitRuns(n)
	if w := eval[int](p, `document.documentElement.scrollWidth`); w > 375 {
		wide := eval[[]string](p, `Array.from(document.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > 376).slice(0, 5).map(e => e.tagName + "." + e.className)`)
		t.Errorf("page is %d px wide at a 375 px viewport; too wide: %v", w, wide)
	}
	p.shot("narrow-375")
	p.do("relations", chromedp.Evaluate[chromedp.Void](`document.getElementById("relations").scrollIntoView()`))
	p.shot("narrow-375-relations")
}

func TestBrowserUpload(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	dir := t.TempDir()
	good := filepath.Join(dir, "harbour-fire.txt")
	body := "Fire at the grain terminal\nA fire broke out at the grain terminal of the port of Ostrel on Monday, the harbour master said.\nTwo warehouses were destroyed and 14 workers were treated for smoke, firefighters said."
	if err := os.WriteFile(good, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(binary, []byte("%PDF-1.7\x00\x01\x02binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	if acc := eval[string](p, `document.querySelector('input[type=file]').accept`); !strings.Contains(acc, ".txt") || !strings.Contains(acc, ".html") {
		t.Errorf("file input accepts %q, want .txt and .html", acc)
	}
	p.do("choosing files", chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{good, binary}))
	p.wait("the file in a pane", `Array.from(document.querySelectorAll("textarea")).some(t => t.value.includes("grain terminal"))`)
	p.wait("the refusal", `!document.getElementById("file-problems").hidden`)
	msg := eval[string](p, `document.getElementById("file-problems").textContent`)
	if !strings.Contains(msg, "scan.txt") || !strings.Contains(msg, "not a text file") {
		t.Errorf("binary file refusal = %q, want the file name and a reason", msg)
	}
	if h := eval[string](p, `document.querySelector(".pane h3").textContent`); !strings.Contains(h, "harbour-fire.txt") {
		t.Errorf("pane heading %q does not name the file", h)
	}
	p.shot("upload")
}

// setField sets an input's value as typing would and fires its events.
func (p *page) setField(selector, value string) {
	p.t.Helper()
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.focus(); e.value = %q;
		e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`, selector, value)
	if !eval[bool](p, js) {
		p.t.Fatalf("cannot set %s", selector)
	}
}

// upload chooses the fixture files through the page's file input and
// waits for the analysis they start.
func (p *page) upload(names ...string) {
	p.t.Helper()
	files := make([]string, 0, len(names))
	for _, f := range names {
		abs, err := filepath.Abs(f)
		if err != nil {
			p.t.Fatal(err)
		}
		files = append(files, abs)
	}
	n := p.runs()
	p.do("choosing files", chromedp.SetUploadFiles(chromedp.CSS("#files"), files))
	p.waitRuns(n)
}

// TestBrowserDateEdit: two reports of one toll, 40 and 95 dead. On the same
// day they contradict; with the second dated four days later, it updates.
func TestBrowserDateEdit(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	p.upload("testdata/landslide-day1.txt", "testdata/landslide-later.txt")
	n := p.runs()
	p.setField(`input[aria-label="Article 1 date"]`, "2031-05-02")
	p.setField(`input[aria-label="Article 2 date"]`, "2031-05-02")
	p.waitRuns(n)
	p.wait("settled", `document.body.dataset.state === "done"`)
	if got := kinds(p.shownRelations()); got["Contradicts"] != 1 || got["Update"] != 0 {
		p.shot("date-same-day")
		t.Fatalf("same day: relations %v, want one Contradicts", got)
	}
	p.shot("date-same-day")
	n = p.runs()
	p.setField(`input[aria-label="Article 2 date"]`, "2031-05-06")
	p.waitRuns(n)
	p.wait("settled", `document.body.dataset.state === "done"`)
	if got := kinds(p.shownRelations()); got["Update"] != 1 || got["Contradicts"] != 0 {
		p.shot("date-four-days")
		t.Fatalf("four days apart: relations %v, want one Update; dates shown %q", got,
			eval[[]string](p, `Array.from(document.querySelectorAll(".doc-meta")).map(e => e.textContent)`))
	}
	p.shot("date-four-days")
}

// TestBrowserTimelineScopes: two reports of a storm's toll, each with a
// sentence about a bus crash elsewhere ("Separately, ..."). The timeline
// draws the two tolls apart and says which series is the other incident.
func TestBrowserTimelineScopes(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	p.upload("testdata/storm-day1.txt", "testdata/storm-day3.txt")
	p.wait("settled", `document.body.dataset.state === "done"`)
	labels := eval[[]string](p, `Array.from(document.querySelectorAll("#timeline .timeline-series h4")).map(e => e.textContent)`)
	other, story := 0, 0
	for _, l := range labels {
		switch {
		case strings.HasSuffix(l, ", another incident"):
			other++
		case strings.HasPrefix(l, "killed") || strings.HasPrefix(l, "dead"):
			story++
		}
	}
	if other != 1 || story != 1 {
		p.shot("timeline-scopes")
		t.Fatalf("timeline series %q: want one toll of the storm and one marked as another incident", labels)
	}
	if got := kinds(p.shownRelations()); got["Update"] != 2 || got["Contradicts"] != 0 {
		t.Errorf("relations %v, want two rising tolls, the storm's and the crash's, and the two never joined", got)
	}
}

func TestBrowserReload(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	text := "Bridge closed after barge strike. The Selen bridge was closed on Tuesday after a barge struck one of its pillars, the city council said."
	p.do("typing", chromedp.SendKeys(chromedp.CSS(`textarea[aria-label="Article 1 text"]`), text))
	p.setField(`input[aria-label="Article 1 source"]`, "Selen Courier")
	p.setField(`input[aria-label="Article 1 date"]`, "2031-09-14")
	p.do("reloading", chromedp.Reload())
	p.waitReady()
	got := eval[[]string](p, `[document.querySelector('textarea[aria-label="Article 1 text"]').value,
		document.querySelector('input[aria-label="Article 1 source"]').value,
		document.querySelector('input[aria-label="Article 1 date"]').value]`)
	want := []string{text, "Selen Courier", "2031-09-14"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("after reload: %q, want %q", got, want)
	}
	if id := eval[string](p, `JSON.parse(localStorage.getItem("crosscheck.session.v1")).id`); len(id) != 20 {
		t.Errorf("session id %q, want a 20-character xid", id)
	}
	p.shot("reload")

	// Clear asks first: refused, nothing goes; accepted, all goes.
	p.do("refusing", chromedp.Evaluate[chromedp.Void](`window.confirm = () => false`))
	p.do("clear", chromedp.Click(chromedp.CSS("#clear")))
	if v := eval[string](p, `document.querySelector('textarea[aria-label="Article 1 text"]').value`); v != text {
		t.Errorf("Clear refused, but the text is now %q", v)
	}
	p.do("accepting", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`))
	p.do("clear", chromedp.Click(chromedp.CSS("#clear")))
	if v := eval[string](p, `document.querySelector('textarea[aria-label="Article 1 text"]').value`); v != "" {
		t.Errorf("Clear accepted, but the text is still %q", v)
	}
	p.do("reloading", chromedp.Reload())
	p.waitReady()
	if v := eval[string](p, `document.querySelector('textarea[aria-label="Article 1 text"]').value`); v != "" {
		t.Errorf("after Clear and reload the text is back: %q", v)
	}
}

// TestBrowserOffline: after one visit the service worker has cached the
// page; with the server gone, a reload still opens it and analyses.
func TestBrowserOffline(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	for i := 0; ; i++ {
		cached := evalAwait[bool](p, `(async () => {
			if (!navigator.serviceWorker.controller) return false;
			const c = await caches.open("crosscheck-v1");
			return !!(await c.match("main.wasm")) && !!(await c.match("app.js"));
		})()`)
		if cached {
			break
		}
		if i == 100 {
			t.Fatal("the service worker did not take control and cache main.wasm and app.js")
		}
		if i == 10 { // the first load is not controlled until claim() lands
			p.do("reloading", chromedp.Reload())
		}
		time.Sleep(200 * time.Millisecond)
	}
	p.stop()
	p.do("reloading offline", chromedp.Reload())
	p.waitReady()
	n := p.runs()
	p.do("loading the example", chromedp.Click(chromedp.CSS("#example")))
	p.waitRuns(n)
	if got := kinds(p.shownRelations()); got["Contradicts"] == 0 {
		t.Errorf("offline: relations %v, want a Contradicts", got)
	}
	p.shot("offline")
}

// TestBrowserPasteHTML pastes a page whose script and onerror handler would
// set window.__pwned; neither may run, and the text is still analysed.
func TestBrowserPasteHTML(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	html := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
		`<article><h1>Ferry runs aground near Tallis</h1>` +
		`<p>A passenger ferry ran aground near the island of Tallis on Sunday, the coastguard said.</p>` +
		`<script>window.__pwned = "script"</script>` +
		`<p>All 212 passengers were taken ashore by lifeboats, and nobody was hurt, officials said.</p>` +
		`<img src="x.png" onerror="window.__pwned = 'img'">` +
		`<p>The ferry company said it would investigate why the ship left the marked channel.</p></article></body></html>`
	n := p.runs()
	ok := eval[bool](p, fmt.Sprintf(`(() => {
		const ta = document.querySelector('textarea[aria-label="Article 1 text"]');
		ta.focus();
		const dt = new DataTransfer();
		dt.setData("text/html", %q);
		dt.setData("text/plain", "plain fallback");
		ta.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
		return ta.value.includes("<script>");
	})()`, html))
	if !ok {
		t.Fatal("the pasted HTML was not stored as the article text")
	}
	p.waitRuns(n)
	time.Sleep(300 * time.Millisecond) // let any stray handler fire
	if pwned := eval[string](p, `String(window.__pwned)`); pwned != "undefined" {
		t.Fatalf("pasted markup ran: window.__pwned = %s", pwned)
	}
	if imgs := eval[int](p, `document.querySelectorAll("main img, main script").length`); imgs != 0 {
		t.Errorf("%d img or script elements from the paste are in the page", imgs)
	}
	if shown := eval[string](p, `document.getElementById("cleaned").textContent`); !strings.Contains(shown, "212 passengers") {
		t.Errorf("cleaned view lacks the pasted article's text: %.200q", shown)
	}
	p.shot("paste-html")
}

// TestBrowserKeyboard reaches Analyze and Load example with Tab alone.
func TestBrowserKeyboard(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	reach := func(id string) int {
		for i := 1; i <= 12; i++ {
			p.do("tab", chromedp.KeyEvent(kb.Tab))
			if eval[string](p, `document.activeElement.id`) == id {
				return i
			}
		}
		t.Fatalf("12 Tab presses did not reach #%s", id)
		return 0
	}
	tabs := reach("analyze")
	t.Logf("Analyze reached with %d Tab presses", tabs)
	if name := eval[string](p, `document.activeElement.textContent`); name != "Analyze" {
		t.Errorf("focused button is %q", name)
	}
	if outline := eval[string](p, `getComputedStyle(document.activeElement).outlineStyle`); outline == "none" {
		t.Error("the focused Analyze button shows no focus outline")
	}
	p.shot("keyboard-focus")
	reach("example")
	n := p.runs()
	p.do("enter", chromedp.KeyEvent(kb.Enter))
	p.waitRuns(n)
	if got := len(p.shownRelations()); got == 0 {
		t.Error("Load example by keyboard showed no relations")
	}
}

// TestBrowserContract checks the names other tests and users rely on.
func TestBrowserContract(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	names := eval[[]string](p, `Array.from(document.querySelectorAll("button")).map(b => (b.getAttribute("aria-label") || b.textContent).trim())`)
	for _, want := range []string{"Add article", "Analyze", "Load example"} {
		if count(names, want) != 1 {
			t.Errorf("buttons named %q: %d, want 1 (buttons: %q)", want, count(names, want), names)
		}
	}
	labels := eval[[]string](p, `Array.from(document.querySelectorAll("textarea")).map(t => t.getAttribute("aria-label"))`)
	for _, l := range labels {
		if !strings.HasPrefix(l, "Article") {
			t.Errorf("textarea named %q, want a name beginning with Article", l)
		}
	}
	n := len(labels)
	p.do("add", chromedp.Click(chromedp.CSS("#add")))
	if got := eval[int](p, `document.querySelectorAll("textarea").length`); got != n+1 {
		t.Errorf("Add article: %d panes, want %d", got, n+1)
	}
	if focused := eval[string](p, `document.activeElement.getAttribute("aria-label") || ""`); focused != fmt.Sprintf("Article %d text", n+1) {
		t.Errorf("after Add article the focus is on %q", focused)
	}
	p.do("remove", chromedp.Click(chromedp.CSS(fmt.Sprintf(`button[aria-label="Remove article %d"]`, n+1))))
	if got := eval[int](p, `document.querySelectorAll("textarea").length`); got != n {
		t.Errorf("Remove: %d panes, want %d", got, n)
	}
	if role := eval[string](p, `(() => { const r = document.querySelector('[aria-label="Relations"]'); return r ? (r.getAttribute("role") || r.tagName) : ""; })()`); role != "region" {
		t.Errorf("Relations region role = %q", role)
	}
}

func count(xs []string, x string) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

// TestBrowserPerf prints how fast the page becomes usable and how long the
// worker takes for the five seed articles after warm-up. It asserts
// nothing about time: the machine is shared.
func TestBrowserPerf(t *testing.T) {
	p := newPage(t, 1280, 900)
	start := time.Now()
	p.open()
	wall := time.Since(start)
	interactive := eval[float64](p, `window.__crosscheck.interactiveMs`)
	ready := eval[float64](p, `window.__crosscheck.readyMs`)
	t.Logf("page interactive %.0f ms after navigation start; analyser ready %.0f ms (wasm load %.0f ms); open-to-ready wall time %v",
		interactive, ready, eval[float64](p, `window.__crosscheck.workerLoadMs`), wall.Round(time.Millisecond))
	seeds := shared.SeedPaths()
	if len(seeds) == 0 {
		t.Log("no seeds found (../shared/seeds); seed timing skipped")
		return
	}
	var arts []map[string]string
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, map[string]string{"name": filepath.Base(f), "text": string(b)})
	}
	sess, _ := json.Marshal(map[string]any{"id": "", "articles": arts})
	p.settle()
	p.do("storing the seeds", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem("crosscheck.session.v1", %q)`, sess)))
	p.do("reloading", chromedp.Reload())
	p.waitReady()
	p.waitRuns(0)
	var times []float64
	for i := 0; i < 5; i++ {
		n := p.runs()
		p.do("analyze", chromedp.Click(chromedp.CSS("#analyze")))
		p.waitRuns(n)
		times = append(times, eval[float64](p, `window.__crosscheck.lastMs`))
	}
	sort.Float64s(times)
	t.Logf("five seeds (%d articles) in the worker after warm-up: median %.0f ms, min %.0f ms, max %.0f ms",
		len(arts), times[len(times)/2], times[0], times[len(times)-1])
	fmt.Printf("crosscheck page: interactive %.0f ms, analyser ready %.0f ms, five seeds %.0f ms (median of 5)\n",
		interactive, ready, times[len(times)/2])
	p.shot("seeds")
}

// TestBrowserManyArticles: forty articles still give a usable page: the
// matrix is capped with a note, and the page answers while drawing.
func TestBrowserManyArticles(t *testing.T) {
	p := newPage(t, 1280, 900)
	p.open()
	p.settle()
	p.do("storing 40 articles", chromedp.Evaluate[chromedp.Void](`(() => {
		const ex = window.CROSSCHECK_EXAMPLE.articles;
		const articles = [];
		for (let i = 0; i < 40; i++) {
			const a = ex[i % ex.length];
			articles.push({ name: a.name + " #" + (i + 1), text: a.text, date: "", source: "" });
		}
		localStorage.setItem("crosscheck.session.v1", JSON.stringify({ id: "", articles }));
	})()`))
	p.do("reloading", chromedp.Reload())
	p.waitReady()
	start := time.Now()
	p.waitRuns(0)
	t.Logf("40 articles analysed and drawn %v after the analyser was ready (worker %.0f ms; %.0f KB of JSON parsed in %.0f ms; drawn in %.0f ms)",
		time.Since(start).Round(time.Millisecond), eval[float64](p, `window.__crosscheck.lastMs`),
		eval[float64](p, `window.__crosscheck.responseBytes / 1024`), eval[float64](p, `window.__crosscheck.parseMs`),
		eval[float64](p, `window.__crosscheck.renderMs`))
	t.Logf("drawing time per view (ms): %s", eval[string](p, `JSON.stringify(CC.view.lastTimes)`))
	if got := eval[int](p, `document.querySelectorAll(".doc").length`); got != 40 {
		t.Errorf("%d cleaned articles shown, want 40", got)
	}
	if note := eval[string](p, `document.getElementById("matrix").textContent`); !strings.Contains(note, "first 30 of 40") {
		t.Errorf("matrix lacks the cap note: %.120q", note)
	}
	if rows := eval[int](p, `document.querySelectorAll("table.matrix tbody tr").length`); rows != 30 {
		t.Errorf("matrix has %d rows, want 30", rows)
	}
	p.shot("many-articles")
}
