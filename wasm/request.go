package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/jsonw"
)

// decodeRequest reads the page's request as json.Unmarshal into a request
// would: keys matched to fields regardless of case, unknown keys and null
// values ignored, a value of the wrong type an error. It keeps
// encoding/json out of the wasm; request_test.go checks it against
// encoding/json. One difference: of two keys that differ only in case
// ("text" and "Text"), which wins is not the last one but either.
func decodeRequest(in []byte) (request, error) {
	var req request
	v, err := jsonw.DecodeNumbers(in)
	if err != nil {
		return req, err
	}
	if v == nil {
		return req, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return req, typeError("request", v)
	}
	var first error
	note := func(err error) {
		if first == nil {
			first = err
		}
	}
	for k, x := range m {
		switch {
		case strings.EqualFold(k, "op"):
			var s string
			note(setString(&s, x, "op"))
			if _, isStr := x.(string); isStr {
				req.Op = Op(s)
			}
		case strings.EqualFold(k, "articles"):
			arts, err := decodeArticles(x)
			note(err)
			if err == nil && x != nil {
				req.Articles = arts
			}
		case strings.EqualFold(k, "options"):
			note(decodeOptions(&req.Options, x))
		}
	}
	return req, first
}

// typeError describes a value of the wrong JSON type for a field.
func typeError(field string, v any) error {
	return fmt.Errorf("json: cannot unmarshal %s into %s", kindOf(v), field)
}

// kindOf names the JSON type of a decoded value.
func kindOf(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case jsonw.Number:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "null"
}

// setString sets *dst to x when x is a string; null leaves it.
func setString(dst *string, x any, field string) error {
	switch s := x.(type) {
	case nil:
		return nil
	case string:
		*dst = s
		return nil
	}
	return typeError(field, x)
}

// decodeArticles reads the articles array.
func decodeArticles(x any) ([]core.Article, error) {
	if x == nil {
		return nil, nil
	}
	a, ok := x.([]any)
	if !ok {
		return nil, typeError("articles", x)
	}
	arts := make([]core.Article, len(a))
	var first error
	for i, e := range a {
		if e == nil {
			continue
		}
		m, ok := e.(map[string]any)
		if !ok {
			if first == nil {
				first = typeError("article", e)
			}
			continue
		}
		for k, v := range m {
			var dst *string
			switch {
			case strings.EqualFold(k, "id"):
				dst = &arts[i].ID
			case strings.EqualFold(k, "name"):
				dst = &arts[i].Name
			case strings.EqualFold(k, "text"):
				dst = &arts[i].Text
			case strings.EqualFold(k, "date"):
				dst = &arts[i].Date
			case strings.EqualFold(k, "source"):
				dst = &arts[i].Source
			default:
				continue
			}
			if err := setString(dst, v, k); err != nil && first == nil {
				first = err
			}
		}
	}
	return arts, first
}

// decodeOptions reads the options object.
func decodeOptions(o *core.Options, x any) error {
	if x == nil {
		return nil
	}
	m, ok := x.(map[string]any)
	if !ok {
		return typeError("options", x)
	}
	var first error
	for k, v := range m {
		if !strings.EqualFold(k, "favor") || v == nil {
			continue
		}
		n, isNum := v.(jsonw.Number)
		f, err := strconv.ParseInt(string(n), 10, 64)
		if !isNum || err != nil {
			if first == nil {
				first = typeError("favor", v)
			}
			continue
		}
		o.Favor = clean.Favor(f)
	}
	return first
}
