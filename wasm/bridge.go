package main

import (
	"encoding/json"
	"fmt"

	"github.com/crosscheck/crosscheck/core"
)

// request is what the page sends: the articles and options.
type request struct {
	Articles []core.Article `json:"articles"`
	Options  core.Options   `json:"options"`
}

// response is what the page gets back: a report or an error, never both.
type response struct {
	Report *core.Report `json:"report,omitempty"`
	Error  string       `json:"error,omitempty"`
}

// handle runs one analysis from JSON to JSON. It never panics: a panic in
// core becomes an error in the response.
func handle(in []byte) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out, _ = json.Marshal(response{Error: fmt.Sprintf("internal error: %v", r)})
		}
	}()
	var req request
	if err := json.Unmarshal(in, &req); err != nil {
		out, _ = json.Marshal(response{Error: "bad request: " + err.Error()})
		return out
	}
	rep, err := core.Analyze(req.Articles, req.Options)
	if err != nil {
		out, _ = json.Marshal(response{Error: err.Error()})
		return out
	}
	out, err = json.Marshal(response{Report: &rep})
	if err != nil {
		out, _ = json.Marshal(response{Error: "encoding the report: " + err.Error()})
	}
	return out
}
