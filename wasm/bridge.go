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
// returns valid JSON: a panic in core becomes an error in the response, so
// the worker can show it instead of dying with the Go runtime.
func handle(in []byte) []byte {
	return handleTexts(in, nil)
}

// handleTexts is handle with the articles' texts passed beside the JSON:
// texts[i], when given, is the text of the request's article i (which then
// has an empty "text"). Decoding article text as JSON is slow under wasm
// (the five seeds: 16 ms of a 120 ms analysis, against 0.1 ms natively),
// while a JavaScript string crosses the boundary as one copy. Texts past
// the last article are ignored.
func handleTexts(in []byte, texts []string) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = encode(response{Error: fmt.Sprintf("internal error: %v", r)})
		}
	}()
	req, err := decodeRequest(in)
	if err != nil {
		return encode(response{Error: "bad request: " + err.Error()})
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
		return encode(response{Op: OpNewID, ID: xid.New().String()})
	case OpPing:
		return encode(response{Op: OpPing, OK: true})
	}
	return encode(response{Error: fmt.Sprintf("bad request: unknown op %q", req.Op)})
}

// analyze runs core.Analyze on the request's articles.
func analyze(req request) []byte {
	rep, err := core.Analyze(req.Articles, req.Options)
	if err != nil {
		return encode(response{Op: OpAnalyze, Error: err.Error()})
	}
	return encode(response{Op: OpAnalyze, Report: &rep})
}

// encode marshals r; should that fail (a NaN in a figure, say), it returns
// an error response, which always marshals.
func encode(r response) []byte {
	out, err := jsonw.Marshal(r)
	if err != nil {
		out, _ = jsonw.Marshal(response{Op: r.Op, Error: "encoding the response: " + err.Error()})
	}
	return out
}
