// Command dist builds one self-contained HTML file from web/static: the
// page, its style, its scripts and the WebAssembly inlined, so that it can
// be handed out (a teacher's USB stick, an e-mail) and opened from file://
// with no server and no network.
//
//	go run ./scripts/dist -o dist/crosscheck.html web/static
//
// How it differs from the served page, and what that costs:
//   - A worker cannot be loaded from file://, so the worker's source
//     (wasm_exec.js + worker.js) is inlined as base64 and started from a
//     Blob URL; the wasm travels as base64 gzip (about 1.35× the .gz) and is
//     inflated in the worker with DecompressionStream.
//   - The scripts and the style are inline, so the page's Content Security
//     Policy (a <meta> tag; there are no headers on file://) allows exactly
//     those inline blocks by their SHA-256 hashes, blob: workers, and
//     'wasm-unsafe-eval'. Pasted text still cannot run: the page never
//     parses it as HTML, and any other inline script has no matching hash.
//     What is lost from the served policy is frame-ancestors (ignored in a
//     <meta>) and the 'self' origin, which file:// does not have.
//   - No service worker (there is nothing to cache from file://). Saved
//     sessions live in localStorage under the file's origin, which browsers
//     handle differently for file:// (Chrome keeps one store for all local
//     files; Firefox may keep none): export the report to keep it.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Page scripts in the order index.html loads them; the builder fails when
// index.html names one it does not know, so a new script is never left out.
var (
	scriptTag = regexp.MustCompile(`<script src="([^"]+)"[^>]*></script>\n?`)
	styleTag  = regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`)
	iconRef   = regexp.MustCompile(`(href|src)="(icon\.svg)"`)
	headEnd   = regexp.MustCompile(`(?i)<meta charset="utf-8">`)
	bodyEnd   = regexp.MustCompile(`(?i)</body>`)
	// closers that would end a raw-text element early, or switch the HTML
	// parser into its "script data escaped" state.
	scriptCloser = regexp.MustCompile(`(?i)</(script)|<!--`)
	styleCloser  = regexp.MustCompile(`(?i)</(style)`)
)

func main() {
	out := flag.String("o", "dist/crosscheck.html", "the HTML file to write")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: dist [-o FILE] STATIC_DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	page, err := build(os.DirFS(flag.Arg(0)))
	if err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, page, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
	fmt.Printf("dist: wrote %s (%d KB)\n", *out, len(page)>>10)
}

// build returns the single-file page made from the files of static.
func build(static fs.FS) ([]byte, error) {
	read := func(name string) (string, error) {
		b, err := fs.ReadFile(static, name)
		return string(b), err
	}
	html, err := read("index.html")
	if err != nil {
		return nil, err
	}
	wasm, err := gzipped(static)
	if err != nil {
		return nil, fmt.Errorf("%w (run `make wasm` first)", err)
	}
	execJS, err := read("wasm_exec.js")
	if err != nil {
		return nil, fmt.Errorf("%w (run `make wasm` first)", err)
	}
	workerJS, err := read("worker.js")
	if err != nil {
		return nil, err
	}
	var hashes []string
	var scripts strings.Builder
	var firstErr error
	html = scriptTag.ReplaceAllStringFunc(html, func(tag string) string {
		name := scriptTag.FindStringSubmatch(tag)[1]
		js, err := read(name)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		js = "\n" + escapeScript(js) + "\n"
		hashes = append(hashes, hash(js))
		scripts.WriteString("<script>" + js + "</script>\n")
		return ""
	})
	if firstErr != nil {
		return nil, firstErr
	}
	var styleHash string
	html = styleTag.ReplaceAllStringFunc(html, func(tag string) string {
		css, err := read(styleTag.FindStringSubmatch(tag)[1])
		if err != nil && firstErr == nil {
			firstErr = err
		}
		css = "\n" + styleCloser.ReplaceAllString(css, `<\/$1`) + "\n"
		styleHash = hash(css)
		return "<style>" + css + "</style>"
	})
	if firstErr != nil {
		return nil, firstErr
	}
	if icon, err := fs.ReadFile(static, "icon.svg"); err == nil {
		uri := "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(icon)
		html = iconRef.ReplaceAllString(html, `$1="`+uri+`"`)
	}
	worker := "self.CROSSCHECK_INLINE = true;\n" + execJS + "\n" + workerJS
	data := `<script type="application/octet-stream" id="cc-worker-src">` +
		base64.StdEncoding.EncodeToString([]byte(worker)) + "</script>\n" +
		`<script type="application/octet-stream" id="cc-wasm">` +
		base64.StdEncoding.EncodeToString(wasm) + "</script>\n"
	csp := fmt.Sprintf(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; `+
		`script-src %s 'wasm-unsafe-eval'; worker-src blob:; style-src '%s'; img-src data: blob:; `+
		`connect-src blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'">`,
		quoteAll(hashes), styleHash)
	if !headEnd.MatchString(html) || !bodyEnd.MatchString(html) {
		return nil, fmt.Errorf("index.html lacks <meta charset=\"utf-8\"> or </body>")
	}
	html = headEnd.ReplaceAllStringFunc(html, func(m string) string { return m + "\n" + csp })
	// The data blocks and scripts go last in <body>: the scripts were
	// deferred, and app.js reads the data blocks when it starts.
	loc := bodyEnd.FindStringIndex(html)
	html = html[:loc[0]] + data + scripts.String() + html[loc[0]:]
	return []byte(html), nil
}

// gzipped returns main.wasm gzipped: main.wasm.gz when the build made it,
// else main.wasm compressed here.
func gzipped(static fs.FS) ([]byte, error) {
	if gz, err := fs.ReadFile(static, "main.wasm.gz"); err == nil {
		return gz, nil
	}
	raw, err := fs.ReadFile(static, "main.wasm")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// escapeScript keeps js from ending its <script> element early: "</script"
// becomes "<\/script" and "<!--" becomes "<\!--", the same strings wherever
// JavaScript allows them (in strings, templates and regexps).
func escapeScript(js string) string {
	return scriptCloser.ReplaceAllStringFunc(js, func(m string) string {
		if m == "<!--" {
			return `<\!--`
		}
		return `<\/` + m[2:]
	})
}

// hash is the CSP source for an inline block: 'sha256-BASE64'.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

func quoteAll(hashes []string) string {
	q := make([]string, len(hashes))
	for i, h := range hashes {
		q[i] = "'" + h + "'"
	}
	return strings.Join(q, " ")
}
