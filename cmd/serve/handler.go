package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// csp is the page's Content Security Policy: no inline script or style, no
// other host, and 'wasm-unsafe-eval' because compiling WebAssembly needs it.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// contentTypes fixes the types the page depends on rather than trusting the
// system's mime tables: a .wasm served as anything but application/wasm
// cannot be compiled with instantiateStreaming.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".webmanifest": "application/manifest+json",
}

// handler serves the files of fsys.
type handler struct {
	fsys  fs.FS
	etags sync.Map // file name → its ETag, computed once
}

// newHandler returns a handler for the static files in fsys.
func newHandler(fsys fs.FS) http.Handler {
	return &handler{fsys: fsys}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cache-Control", "no-cache")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := fileName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	name, ok = h.resolve(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// fileName maps a URL path to a name in the file system, refusing any path
// that tries to climb out of the root ("/../etc/passwd", "/a/%2e%2e/b"):
// such a request is an attack or a bug, never a page asset.
func fileName(p string) (string, bool) {
	if strings.Contains(p, "\x00") || strings.Contains(p, "\\") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" {
		name = "."
	}
	return name, fs.ValidPath(name)
}

// resolve returns the file to serve for name: name itself, or its
// index.html when it is a directory. Directories are never listed.
func (h *handler) resolve(name string) (string, bool) {
	st, err := fs.Stat(h.fsys, name)
	if err != nil {
		return "", false
	}
	if !st.IsDir() {
		return name, true
	}
	idx := path.Join(name, "index.html")
	if st, err := fs.Stat(h.fsys, idx); err == nil && !st.IsDir() {
		return idx, true
	}
	return "", false
}

// precompressed are the encodings served from files made at build time,
// best first: name.br (brotli, when the build has a brotli tool) and
// name.gz (always made by `make wasm`).
var precompressed = []struct {
	coding string // the Content-Encoding token
	ext    string // the file name suffix
}{
	{coding: "br", ext: ".br"},
	{coding: "gzip", ext: ".gz"},
}

// serveFile writes name, or a precompressed copy of it that the client
// accepts.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	hd := w.Header()
	ctype := contentTypes[path.Ext(name)]
	if ctype == "" {
		ctype = mime.TypeByExtension(path.Ext(name))
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	hd.Set("Content-Type", ctype)
	body := name
	vary := false
	for _, p := range precompressed {
		st, err := fs.Stat(h.fsys, name+p.ext)
		if err != nil || st.IsDir() {
			continue
		}
		vary = true
		if accepts(r.Header.Get("Accept-Encoding"), p.coding) {
			body = name + p.ext
			hd.Set("Content-Encoding", p.coding)
			break
		}
	}
	if vary {
		hd.Add("Vary", "Accept-Encoding")
	}
	b, err := fs.ReadFile(h.fsys, body)
	if err != nil {
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	hd.Set("ETag", h.etag(body, b))
	var mod time.Time
	if st, err := fs.Stat(h.fsys, body); err == nil {
		mod = st.ModTime()
	}
	http.ServeContent(w, r, "", mod, bytes.NewReader(b))
}

// etag returns the ETag of a file's content. Embedded files have no
// modification time, so without it every revalidation (the service
// worker's, Cache-Control: no-cache) would download main.wasm again; with
// it the answer is 304 Not Modified.
func (h *handler) etag(name string, b []byte) string {
	if v, ok := h.etags.Load(name); ok {
		return v.(string)
	}
	sum := sha256.Sum256(b)
	tag := `"` + hex.EncodeToString(sum[:12]) + `"`
	h.etags.Store(name, tag)
	return tag
}

// accepts reports whether an Accept-Encoding header allows coding: listed
// (or *) and not refused with q=0.
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		c, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		c = strings.ToLower(strings.TrimSpace(c))
		if c != coding && c != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
			continue
		}
		return true
	}
	return false
}
