package jsonw

import (
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// errSyntax is Decode's error for input that is not one JSON value.
var errSyntax = errors.New("jsonw: invalid JSON")

// Decode parses data into what json.Unmarshal(data, &v) gives a v of type
// any: map[string]any, []any, string, float64, bool or nil. It is for the
// small JSON the core reads (JSON-LD in a page, the bridge's request)
// without encoding/json; decode_test.go checks it against encoding/json.
func Decode(data []byte) (any, error) {
	return decode(decoder{s: data})
}

// Number is a JSON number's text, which DecodeNumbers gives in place of
// a float64 so that the caller can tell 1 from 1.0 as encoding/json does
// for an integer field.
type Number string

// DecodeNumbers is Decode with numbers as Number.
func DecodeNumbers(data []byte) (any, error) {
	return decode(decoder{s: data, numbers: true})
}

// decode parses the one value of d's input.
func decode(d decoder) (any, error) {
	d.space()
	v, err := d.value(0)
	if err != nil {
		return nil, err
	}
	if d.space(); d.i != len(d.s) {
		return nil, errSyntax
	}
	return v, nil
}

// maxDepth bounds nesting as encoding/json's scanner does.
const maxDepth = 10000

// decoder walks the input.
type decoder struct {
	s       []byte
	i       int
	numbers bool // numbers as Number, not float64
}

// space skips JSON whitespace.
func (d *decoder) space() {
	for d.i < len(d.s) && (d.s[d.i] == ' ' || d.s[d.i] == '\t' || d.s[d.i] == '\n' || d.s[d.i] == '\r') {
		d.i++
	}
}

// literal consumes word if the input continues with it.
func (d *decoder) literal(word string) bool {
	if len(d.s)-d.i >= len(word) && string(d.s[d.i:d.i+len(word)]) == word {
		d.i += len(word)
		return true
	}
	return false
}

// value parses one value at d.i.
func (d *decoder) value(depth int) (any, error) {
	if d.i >= len(d.s) || depth > maxDepth {
		return nil, errSyntax
	}
	switch c := d.s[d.i]; {
	case c == '{':
		return d.object(depth)
	case c == '[':
		return d.array(depth)
	case c == '"':
		return d.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case d.literal("true"):
		return true, nil
	case d.literal("false"):
		return false, nil
	case d.literal("null"):
		return nil, nil
	}
	return nil, errSyntax
}

// object parses {...}; a repeated key keeps its last value.
func (d *decoder) object(depth int) (any, error) {
	m := map[string]any{}
	d.i++
	if d.space(); d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return m, nil
	}
	for {
		if d.space(); d.i >= len(d.s) || d.s[d.i] != '"' {
			return nil, errSyntax
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		if d.space(); d.i >= len(d.s) || d.s[d.i] != ':' {
			return nil, errSyntax
		}
		d.i++
		d.space()
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		m[k] = v
		if d.space(); d.i >= len(d.s) {
			return nil, errSyntax
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case '}':
			d.i++
			return m, nil
		default:
			return nil, errSyntax
		}
	}
}

// array parses [...].
func (d *decoder) array(depth int) (any, error) {
	a := []any{}
	d.i++
	if d.space(); d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return a, nil
	}
	for {
		d.space()
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		if d.space(); d.i >= len(d.s) {
			return nil, errSyntax
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case ']':
			d.i++
			return a, nil
		default:
			return nil, errSyntax
		}
	}
}

// number parses a JSON number as float64.
func (d *decoder) number() (any, error) {
	start := d.i
	digits := func() int {
		n := 0
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.s[d.i] == '-' {
		d.i++
	}
	if d.i < len(d.s) && d.s[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return nil, errSyntax
	}
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	if d.numbers {
		return Number(d.s[start:d.i]), nil
	}
	f, err := strconv.ParseFloat(string(d.s[start:d.i]), 64)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// str parses a string, with encoding/json's repairs: a bad surrogate or
// invalid UTF-8 becomes U+FFFD.
func (d *decoder) str() (string, error) {
	d.i++
	var b []byte
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return string(b), nil
		case c < 0x20:
			return "", errSyntax
		case c == '\\':
			r, ok := d.escape()
			if !ok {
				return "", errSyntax
			}
			b = utf8.AppendRune(b, r)
		case c < utf8.RuneSelf:
			b = append(b, c)
			d.i++
		default:
			r, n := utf8.DecodeRune(d.s[d.i:])
			d.i += n
			b = utf8.AppendRune(b, r)
		}
	}
	return "", errSyntax
}

// escape reads the escape at d.i, a \uXXXX surrogate pair included.
func (d *decoder) escape() (rune, bool) {
	if d.i+1 >= len(d.s) {
		return 0, false
	}
	c := d.s[d.i+1]
	d.i += 2
	switch c {
	case '"', '\\', '/':
		return rune(c), true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'u':
		r, ok := d.hex4()
		if !ok {
			return 0, false
		}
		if utf16.IsSurrogate(r) {
			save := d.i
			if d.literal(`\u`) {
				if r2, ok := d.hex4(); ok {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						return dec, true
					}
				}
			}
			d.i = save
			return utf8.RuneError, true
		}
		return r, true
	}
	return 0, false
}

// hex4 reads four hex digits.
func (d *decoder) hex4() (rune, bool) {
	if d.i+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.s[d.i:d.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(n), true
}
