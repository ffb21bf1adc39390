package main

import (
	"fmt"

	"github.com/rs/xid"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/jsonw"
)

// Op names what the page asks of the bridge.
type Op string

const (
	OpAnalyze Op = "analyze" // run core.Analyze; also the default when op is empty
	OpNewID   Op = "newID"   // a fresh xid, for the page's saved sessions
	OpPing    Op = "ping"    // answers ok; the worker uses it to see Go is up
)

// request is what the page sends: an op, and for analyze the articles and
// options. An empty op means analyze, so that a bare {"articles": [...]}
// works as it did before ops existed.
type request struct {
	Op       Op             `json:"op,omitempty"`
	Articles []core.Article `json:"articles"`
	Options  core.Options   `json:"options"`
}

// response is what the page gets back: a report, an id or an error. Error
// is set alone when something went wrong.
type response struct {
	Op     Op           `json:"op,omitempty"`
	Report *core.Report `json:"report,omitempty"`
	ID     string       `json:"id,omitempty"`
	OK     bool         `json:"ok,omitempty"`
	Error  string       `json:"error,omitempty"`
}

// handle runs one request from JSON to JSON. It never panics and always
// returns valid JSON (see reply).
func handle(in []byte) []byte {
	return handleTexts(in, nil)
}

// handleTexts is handle with the articles' texts passed beside the JSON:
// texts[i], when given, is the text of the request's article i (which then
// has an empty "text"). Decoding article text as JSON is slow under wasm
// (the five seeds: 16 ms of a 120 ms analysis, against 0.1 ms natively),
// while a JavaScript string crosses the boundary as one copy. Texts past
// the last article are ignored.
func handleTexts(in []byte, texts []string) []byte {
	return reply(nil, in, texts, marshal)
}

// appendPage appends to dst what the page gets: handleTexts's response
// escaped to ASCII, as jsonw.ASCII escapes it, but written so by the
// encoder itself (jsonw.AppendASCII), with no second pass and no copy;
// the worker keeps dst from one call to the next.
func appendPage(dst, in []byte, texts []string) []byte {
	return reply(dst, in, texts, jsonw.AppendASCII)
}

// writer appends v to dst as JSON.
type writer func(dst []byte, v any) ([]byte, error)

// marshal is jsonw.Marshal as a writer, for a dst that is always nil.
func marshal(_ []byte, v any) ([]byte, error) { return jsonw.Marshal(v) }

// reply appends the response to in and texts to dst with w. It never
// panics and always writes valid JSON: a panic in core becomes an error in
// the response, so the worker can show it instead of dying with the Go
// runtime.
func reply(dst, in []byte, texts []string, w writer) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = encode(dst, w, response{Error: fmt.Sprintf("internal error: %v", r)})
		}
	}()
	return encode(dst, w, respond(in, texts))
}

// respond runs one request.
func respond(in []byte, texts []string) response {
	req, err := decodeRequest(in)
	if err != nil {
		return response{Error: "bad request: " + err.Error()}
	}
	for i := range min(len(texts), len(req.Articles)) {
		if req.Articles[i].Text == "" {
			req.Articles[i].Text = texts[i]
		}
	}
	switch req.Op {
	case OpAnalyze, "":
		return analyze(req)
	case OpNewID:
		return response{Op: OpNewID, ID: xid.New().String()}
	case OpPing:
		return response{Op: OpPing, OK: true}
	}
	return response{Error: fmt.Sprintf("bad request: unknown op %q", req.Op)}
}

// analyze runs core.Analyze on the request's articles.
func analyze(req request) response {
	rep, err := core.Analyze(req.Articles, req.Options)
	if err != nil {
		return response{Op: OpAnalyze, Error: err.Error()}
	}
	return response{Op: OpAnalyze, Report: &rep}
}

// encode appends r to dst with w; should that fail (a NaN in a figure,
// say), it appends an error response instead, which always encodes.
func encode(dst []byte, w writer, r response) []byte {
	out, err := w(dst, r)
	if err != nil {
		out, _ = w(dst, response{Op: r.Op, Error: "encoding the response: " + err.Error()})
	}
	return out
}
