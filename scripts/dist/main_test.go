package main

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/crosscheck/crosscheck/web/webtest"
)

var (
	inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	inlineStyle  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	externalRef  = regexp.MustCompile(`(?i)\s(src|href)="([^"#]+)"`)
)

func fakeStatic() fstest.MapFS {
	return fstest.MapFS{
		"index.html": {Data: []byte(`<!doctype html><html><head><meta charset="utf-8">` +
			`<link rel="icon" href="icon.svg"><link rel="stylesheet" href="style.css">` +
			`<script src="examples.js" defer></script><script src="app.js" defer></script></head>` +
			`<body><img src="icon.svg" alt=""><p>x</p></body></html>`)},
		"style.css":    {Data: []byte("body{color:red}</style><b>")},
		"examples.js":  {Data: []byte(`self.X = "</script><script>alert(1)</script> <!-- x";`)},
		"app.js":       {Data: []byte(`console.log("app")`)},
		"worker.js":    {Data: []byte(`self.onmessage = () => {}`)},
		"wasm_exec.js": {Data: []byte(`class Go {}`)},
		"main.wasm":    {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"icon.svg":     {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)},
	}
}

func TestBuild(t *testing.T) {
	out, err := build(fakeStatic())
	if err != nil {
		t.Fatal(err)
	}
	page := string(out)
	if m := externalRef.FindAllStringSubmatch(page, -1); len(m) > 0 {
		for _, r := range m {
			if !strings.HasPrefix(r[2], "data:") {
				t.Errorf("the page still refers to a file: %s=%q", r[1], r[2])
			}
		}
	}
	scripts := inlineScript.FindAllStringSubmatch(page, -1)
	if len(scripts) != 2 {
		t.Fatalf("%d inline scripts, want 2 (examples.js, app.js): an unescaped </script> splits one", len(scripts))
	}
	if !strings.Contains(scripts[0][1], `<\/script>`) || !strings.Contains(scripts[0][1], `<\!--`) {
		t.Errorf("examples.js not escaped: %q", scripts[0][1])
	}
	csp := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]+)"`).FindStringSubmatch(page)
	if csp == nil {
		t.Fatal("no CSP meta tag")
	}
	for _, s := range scripts {
		if !strings.Contains(csp[1], "'"+sha(s[1])+"'") {
			t.Errorf("CSP %q lacks the hash of inline script %.40q", csp[1], s[1])
		}
	}
	styles := inlineStyle.FindAllStringSubmatch(page, -1)
	if len(styles) != 1 || !strings.Contains(csp[1], sha(styles[0][1])) {
		t.Errorf("style not inlined once with its hash in the CSP: %d styles", len(styles))
	}
	if strings.Contains(csp[1], "unsafe-inline") {
		t.Errorf("CSP allows any inline code: %q", csp[1])
	}
	// The data blocks decode to what the worker needs.
	src := regexp.MustCompile(`id="cc-worker-src">([^<]*)<`).FindStringSubmatch(page)
	if src == nil {
		t.Fatal("no inlined worker source")
	}
	w, err := base64.StdEncoding.DecodeString(src[1])
	if err != nil || !strings.HasPrefix(string(w), "self.CROSSCHECK_INLINE = true;") || !strings.Contains(string(w), "class Go") {
		t.Errorf("worker source = %.80q, %v", w, err)
	}
	if !regexp.MustCompile(`id="cc-wasm">H4sI`).MatchString(page) { // base64 of gzip's magic
		t.Error("the wasm is not inlined as base64 gzip")
	}
	if strings.Index(page, `id="cc-wasm"`) > strings.Index(page, `console.log("app")`) {
		t.Error("app.js comes before the data blocks it reads")
	}
}

func TestBuildMissingWasm(t *testing.T) {
	fs := fakeStatic()
	delete(fs, "main.wasm")
	if _, err := build(fs); err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("build without main.wasm: %v, want an error that says to run make wasm", err)
	}
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// TestDistInBrowser opens the built file from file:// and loads the
// example: the worker from a Blob URL, the wasm inflated inside it, all
// under the file's own CSP.
func TestDistInBrowser(t *testing.T) {
	static := "../../web/static"
	if _, err := os.Stat(filepath.Join(static, "main.wasm")); err != nil {
		t.Skip("web/static/main.wasm is missing: run `make wasm` (make test does)")
	}
	page, err := build(os.DirFS(static))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "crosscheck.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := webtest.NewContext(t, 1280, 900)
	step := func(what string, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 90*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, a); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	poll := func(cond string) chromedp.Action[chromedp.Void] {
		return chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(90*time.Second))
	}
	step("opening the file", chromedp.Navigate("file://"+file))
	step("waiting for the analyser", poll(`document.body.dataset.analyser === "ready" || document.body.dataset.analyser === "failed"`))
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	state, err := chromedp.Run(sctx, chromedp.Evaluate[string](`document.body.dataset.analyser + ": " + document.getElementById("status").textContent`))
	if err != nil || !strings.HasPrefix(state, "ready") {
		t.Fatalf("analyser from file:// = %q, %v", state, err)
	}
	step("loading the example", chromedp.Click(chromedp.CSS("#example")))
	step("waiting for the report", poll(`document.querySelectorAll('[aria-label="Relations"] li.rel').length > 0`))
	kinds, err := chromedp.Run(sctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('[aria-label="Relations"] .rel-kind')).map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(kinds, " "), "Contradicts") {
		t.Errorf("relations from file:// = %v, want a Contradicts", kinds)
	}
	if shot, err := chromedp.Run(sctx, chromedp.CaptureScreenshot()); err == nil {
		if os.MkdirAll("../../testout", 0o755) == nil {
			os.WriteFile("../../testout/dist-file.png", shot, 0o644)
		}
	}
}
