package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// gz compresses s.
func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// testFS is a small site: a page, a wasm with its .gz, a directory with an
// index and one without.
func testFS(t *testing.T) fstest.MapFS {
	return fstest.MapFS{
		"index.html":        {Data: []byte("<!doctype html><title>home</title>")},
		"app.js":            {Data: []byte("console.log(1)")},
		"main.wasm":         {Data: []byte("\x00asm-raw")},
		"main.wasm.gz":      {Data: gz(t, "\x00asm-raw")},
		"docs/index.html":   {Data: []byte("docs")},
		"app.js.br":         {Data: []byte("brotli bytes")}, // a .br without a .gz
		"style.css.gz":      {Data: gz(t, "body{}")},
		"style.css.br":      {Data: []byte("brotli css")},
		"empty/readme.txt":  {Data: []byte("no index here")},
		"style.css":         {Data: []byte("body{}")},
		"examples/one.json": {Data: []byte(`{}`)},
	}
}

func TestHandler(t *testing.T) {
	tests := []struct {
		name       string
		method     string
		path       string
		acceptGzip string
		wantStatus int
		wantType   string // Content-Type prefix, when set
		wantEnc    string // Content-Encoding
		wantVary   bool
		wantBody   string // body prefix after decoding, when set
	}{
		{name: "root serves index", path: "/", wantStatus: 200, wantType: "text/html", wantBody: "<!doctype html>"},
		{name: "index by name", path: "/index.html", wantStatus: 200, wantType: "text/html"},
		{name: "javascript", path: "/app.js", wantStatus: 200, wantType: "text/javascript", wantVary: true, wantBody: "console.log(1)"},
		{name: "javascript brotli", path: "/app.js", acceptGzip: "gzip, br", wantStatus: 200, wantType: "text/javascript", wantEnc: "br", wantVary: true, wantBody: "brotli bytes"},
		{name: "javascript gzip only, no .gz", path: "/app.js", acceptGzip: "gzip", wantStatus: 200, wantType: "text/javascript", wantVary: true, wantBody: "console.log(1)"},
		{name: "css", path: "/style.css", wantStatus: 200, wantType: "text/css", wantVary: true},
		{name: "css brotli first", path: "/style.css", acceptGzip: "gzip, deflate, br", wantStatus: 200, wantType: "text/css", wantEnc: "br", wantVary: true, wantBody: "brotli css"},
		{name: "css gzip", path: "/style.css", acceptGzip: "gzip, br;q=0", wantStatus: 200, wantType: "text/css", wantEnc: "gzip", wantVary: true, wantBody: "body{}"},
		{name: "json", path: "/examples/one.json", wantStatus: 200, wantType: "application/json"},
		{name: "wasm plain", path: "/main.wasm", wantStatus: 200, wantType: "application/wasm", wantVary: true, wantBody: "\x00asm-raw"},
		{name: "wasm gzip", path: "/main.wasm", acceptGzip: "gzip, deflate, br", wantStatus: 200, wantType: "application/wasm", wantEnc: "gzip", wantVary: true, wantBody: "\x00asm-raw"},
		{name: "gzip refused with q=0", path: "/main.wasm", acceptGzip: "gzip;q=0, br", wantStatus: 200, wantType: "application/wasm", wantVary: true, wantBody: "\x00asm-raw"},
		{name: "directory with index", path: "/docs/", wantStatus: 200, wantBody: "docs"},
		{name: "directory without index is not listed", path: "/empty/", wantStatus: 404},
		{name: "missing file", path: "/nope.js", wantStatus: 404},
		{name: "dot dot", path: "/../go.mod", wantStatus: 400},
		{name: "dot dot inside", path: "/docs/../../secret", wantStatus: 400},
		{name: "backslash", path: "/..\\secret", wantStatus: 400},
		{name: "post refused", method: "POST", path: "/", wantStatus: 405},
		{name: "head allowed", method: "HEAD", path: "/app.js", wantStatus: 200, wantType: "text/javascript", wantVary: true},
	}
	h := newHandler(testFS(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = "GET"
			}
			req := httptest.NewRequest(method, "http://example.test/", nil)
			req.URL.Path = tt.path
			if tt.acceptGzip != "" {
				req.Header.Set("Accept-Encoding", tt.acceptGzip)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("%s %s: status %d, want %d", method, tt.path, res.StatusCode, tt.wantStatus)
			}
			checkSecurityHeaders(t, res.Header)
			if tt.wantType != "" && !strings.HasPrefix(res.Header.Get("Content-Type"), tt.wantType) {
				t.Errorf("%s: Content-Type %q, want %q", tt.path, res.Header.Get("Content-Type"), tt.wantType)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.wantEnc {
				t.Errorf("%s: Content-Encoding %q, want %q", tt.path, got, tt.wantEnc)
			}
			if got := strings.Contains(res.Header.Get("Vary"), "Accept-Encoding"); got != tt.wantVary {
				t.Errorf("%s: Vary %q, want Accept-Encoding %v", tt.path, res.Header.Get("Vary"), tt.wantVary)
			}
			if tt.wantBody == "" || method == "HEAD" {
				return
			}
			body := io.Reader(res.Body)
			if tt.wantEnc == "gzip" {
				zr, err := gzip.NewReader(res.Body)
				if err != nil {
					t.Fatalf("%s: gzip: %v", tt.path, err)
				}
				body = zr
			}
			b, err := io.ReadAll(body)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(b), tt.wantBody) {
				t.Errorf("%s: body %q, want prefix %q", tt.path, b, tt.wantBody)
			}
		})
	}
}

// TestHandlerETag: a second request with the ETag gets 304, and the
// gzip and plain bodies have different ETags.
func TestHandlerETag(t *testing.T) {
	h := newHandler(testFS(t))
	get := func(accept, inm string) *http.Response {
		req := httptest.NewRequest("GET", "/main.wasm", nil)
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		if inm != "" {
			req.Header.Set("If-None-Match", inm)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Result()
	}
	plain := get("", "").Header.Get("ETag")
	zipped := get("gzip", "").Header.Get("ETag")
	if plain == "" || zipped == "" || plain == zipped {
		t.Fatalf("ETags plain %q, gzip %q: want two different ones", plain, zipped)
	}
	if res := get("gzip", zipped); res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match with the current ETag: status %d, want 304", res.StatusCode)
	}
	if res := get("gzip", plain); res.StatusCode != http.StatusOK {
		t.Errorf("If-None-Match with another ETag: status %d, want 200", res.StatusCode)
	}
}

// checkSecurityHeaders checks the headers every response carries.
func checkSecurityHeaders(t *testing.T, h http.Header) {
	t.Helper()
	c := h.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(c, want) {
			t.Errorf("CSP %q lacks %q", c, want)
		}
	}
	if strings.Contains(c, "unsafe-inline") {
		t.Errorf("CSP %q allows inline code", c)
	}
	if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q", got)
	}
	if got := h.Get("Referrer-Policy"); got != "no-referrer" {
		t.Errorf("Referrer-Policy = %q", got)
	}
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		name   string
		header string
		want   bool
	}{
		{name: "empty", header: "", want: false},
		{name: "gzip", header: "gzip", want: true},
		{name: "list", header: "deflate, gzip;q=0.8, br", want: true},
		{name: "refused", header: "gzip;q=0", want: false},
		{name: "star", header: "*", want: true},
		{name: "other only", header: "br, deflate", want: false},
		{name: "upper case", header: "GZIP", want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := accepts(tt.header, "gzip"); got != tt.want {
				t.Errorf("accepts(%q, gzip) = %v, want %v", tt.header, got, tt.want)
			}
		})
	}
}

// TestServeShutdown checks that serve answers requests and returns cleanly
// when its context ends, as on SIGINT.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, newHandler(testFS(t))) }()
	res, err := http.Get("http://" + ln.Addr().String() + "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("GET /app.js: %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after shutdown", err)
		}
	case <-time.After(shutdownGrace + time.Second):
		t.Fatal("serve did not return after its context ended")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

// TestRunFlags checks the -dir flag's errors.
func TestRunFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{name: "missing dir", args: []string{"-dir", "/no/such/dir", "-addr", "127.0.0.1:0"}},
		{name: "dir is a file", args: []string{"-dir", "main.go", "-addr", "127.0.0.1:0"}},
		{name: "unknown flag", args: []string{"-port", "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := run(tt.args); err == nil {
				t.Errorf("run(%q) = nil, want an error", tt.args)
			}
		})
	}
}
