package web

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// forbiddenJS are the DOM APIs that parse a string as HTML: with them, a
// pasted article could inject markup or script into the page. The page
// builds its DOM with createElement and textContent only.
var forbiddenJS = regexp.MustCompile(`\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|createContextualFragment|DOMParser|srcdoc)\b|\beval\(|new Function\(`)

// inlineHTML finds what a strict Content-Security-Policy refuses in the
// page: an inline script, an inline event handler, an inline style, or a
// javascript: URL.
var inlineHTML = regexp.MustCompile(`(?i)<script(\s[^>]*)?>\s*[^<\s]|\son[a-z]+\s*=|\sstyle\s*=|<style|javascript:`)

func TestNoHTMLInjectionAPIs(t *testing.T) {
	names, err := fs.Glob(Static(), "*.js")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, name := range names {
		if name == "wasm_exec.js" { // Go's own file, copied by the build
			continue
		}
		b, err := fs.ReadFile(Static(), name)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for i, line := range strings.Split(string(b), "\n") {
			if m := forbiddenJS.FindString(line); m != "" {
				t.Errorf("%s:%d uses %s: build the DOM with createElement and textContent", name, i+1, m)
			}
		}
	}
	if checked < 4 {
		t.Errorf("checked %d scripts (%v), want app.js, worker.js, sw.js, examples.js at least", checked, names)
	}
}

func TestNoInlineCode(t *testing.T) {
	names, err := fs.Glob(Static(), "*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no HTML in static/")
	}
	for _, name := range names {
		b, err := fs.ReadFile(Static(), name)
		if err != nil {
			t.Fatal(err)
		}
		if m := inlineHTML.FindString(string(b)); m != "" {
			t.Errorf("%s has inline code %q: the Content-Security-Policy forbids it", name, m)
		}
	}
}

func TestStaticHasPage(t *testing.T) {
	for _, name := range []string{"index.html", "app.js", "style.css", "worker.js", "sw.js", "examples.js"} {
		if _, err := fs.Stat(Static(), name); err != nil {
			t.Errorf("static/%s: %v", name, err)
		}
	}
}

// TestServiceWorkerCachesAssets checks that sw.js lists every asset the
// page loads, so that it opens offline.
func TestServiceWorkerCachesAssets(t *testing.T) {
	sw, err := fs.ReadFile(Static(), "sw.js")
	if err != nil {
		t.Fatal(err)
	}
	idx, err := fs.ReadFile(Static(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	ref := regexp.MustCompile(`(?:src|href)="([^"#:]+)"`)
	want := map[string]bool{"worker.js": true, "wasm_exec.js": true, "main.wasm": true}
	for _, m := range ref.FindAllStringSubmatch(string(idx), -1) {
		want[m[1]] = true
	}
	for name := range want {
		if !strings.Contains(string(sw), `"`+name+`"`) {
			t.Errorf("sw.js does not cache %s", name)
		}
	}
}
