// Package jsonw writes values as JSON, byte for byte as encoding/json's
// Marshal does, for the kinds of values the report is made of.
//
// Why: encoding/json, its tables and the sort instantiations it brings
// are about 350 KiB of the wasm download, a fifth of what is left once
// the core is lean; the report needs only structs with json tags
// (omitempty, omitzero), slices, maps with string or integer keys,
// numbers, strings and MarshalJSON methods. jsonw does that over reflect,
// which fmt links anyway. What it does not support (TextMarshaler, the
// ",string" option, channels) is an error, never a different output;
// jsonw_test.go checks the output against encoding/json's.
package jsonw

import (
	"encoding/base64"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Marshaler is encoding/json's Marshaler: a type that writes itself.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// zeroer is the IsZero method omitzero consults (time.Time has one).
type zeroer interface{ IsZero() bool }

var (
	marshalerType = reflect.TypeFor[Marshaler]()
	zeroerType    = reflect.TypeFor[zeroer]()
)

// Marshal returns the JSON encoding of v, as json.Marshal(v) would.
func Marshal(v any) ([]byte, error) {
	e := &encoder{}
	if err := e.value(reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	return e.b, nil
}

// encoder holds the output being written.
type encoder struct{ b []byte }

// value writes v.
func (e *encoder) value(v reflect.Value) error {
	if !v.IsValid() {
		e.b = append(e.b, "null"...)
		return nil
	}
	t := v.Type()
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType) {
		return e.marshaler(v.Addr())
	}
	if t.Implements(marshalerType) {
		return e.marshaler(v)
	}
	switch v.Kind() {
	case reflect.Bool:
		e.b = strconv.AppendBool(e.b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.b = strconv.AppendInt(e.b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.b = strconv.AppendUint(e.b, v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return e.float(v.Float(), t.Bits())
	case reflect.String:
		e.b = appendString(e.b, v.String())
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		return e.value(v.Elem())
	case reflect.Struct:
		return e.structValue(v)
	case reflect.Map:
		return e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return nil
		}
		if t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(marshalerType) && !t.Elem().Implements(marshalerType) {
			e.b = append(e.b, '"')
			e.b = base64.StdEncoding.AppendEncode(e.b, v.Bytes())
			e.b = append(e.b, '"')
			return nil
		}
		return e.array(v)
	case reflect.Array:
		return e.array(v)
	default:
		return fmt.Errorf("jsonw: unsupported type %s", t)
	}
	return nil
}

// marshaler writes what v's MarshalJSON returns, compacted and with HTML
// characters escaped, as encoding/json does; a nil pointer is null.
func (e *encoder) marshaler(v reflect.Value) error {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	out, err := v.Interface().(Marshaler).MarshalJSON()
	if err != nil {
		return fmt.Errorf("jsonw: error calling MarshalJSON for type %s: %w", v.Type(), err)
	}
	b, ok := compact(e.b, out)
	if !ok {
		return fmt.Errorf("jsonw: MarshalJSON for type %s returned invalid JSON", v.Type())
	}
	e.b = b
	return nil
}

// float writes f as encoding/json's floatEncoder does.
func (e *encoder) float(f float64, bits int) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, bits))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, bits)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(e.b)
		if n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
	return nil
}

// array writes the elements of a slice or array.
func (e *encoder) array(v reflect.Value) error {
	e.b = append(e.b, '[')
	for i := range v.Len() {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		if err := e.value(v.Index(i)); err != nil {
			return err
		}
	}
	e.b = append(e.b, ']')
	return nil
}

// mapValue writes a map with string or integer keys, sorted by key.
func (e *encoder) mapValue(v reflect.Value) error {
	if v.IsNil() {
		e.b = append(e.b, "null"...)
		return nil
	}
	type kv struct {
		key string
		val reflect.Value
	}
	var kvs []kv
	for it := v.MapRange(); it.Next(); {
		k := it.Key()
		var s string
		switch k.Kind() {
		case reflect.String:
			s = k.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			s = strconv.FormatInt(k.Int(), 10)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			s = strconv.FormatUint(k.Uint(), 10)
		default:
			return fmt.Errorf("jsonw: unsupported map key type %s", k.Type())
		}
		kvs = append(kvs, kv{s, it.Value()})
	}
	sortStrings(len(kvs), func(i int) string { return kvs[i].key }, func(i, j int) { kvs[i], kvs[j] = kvs[j], kvs[i] })
	e.b = append(e.b, '{')
	for i, p := range kvs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = appendString(e.b, p.key)
		e.b = append(e.b, ':')
		if err := e.value(p.val); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

// sortStrings sorts n items by key with an insertion sort: maps in the
// report are small, and this keeps a sort instantiation out of the wasm.
func sortStrings(n int, key func(int) string, swap func(i, j int)) {
	for i := 1; i < n; i++ {
		for j := i; j > 0 && key(j) < key(j-1); j-- {
			swap(j, j-1)
		}
	}
}

// structValue writes the fields of a struct, as encoding/json lays them out.
func (e *encoder) structValue(v reflect.Value) error {
	fs, err := fieldsOf(v.Type())
	if err != nil {
		return err
	}
	e.b = append(e.b, '{')
	first := true
	for _, f := range fs {
		fv, ok := fieldByIndex(v, f.index)
		if !ok {
			continue
		}
		if (f.omitEmpty && isEmpty(fv)) || (f.omitZero && isZero(fv)) {
			continue
		}
		if !first {
			e.b = append(e.b, ',')
		}
		first = false
		e.b = appendString(e.b, f.name)
		e.b = append(e.b, ':')
		if err := e.value(fv); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

// fieldByIndex follows index through embedded structs; false when it
// passes a nil embedded pointer.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for k, i := range index {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

// isEmpty is encoding/json's omitempty test.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// isZero is encoding/json's omitzero test: the IsZero method when the
// type has one, the zero value otherwise.
func isZero(v reflect.Value) bool {
	t := v.Type()
	switch {
	case t.Implements(zeroerType):
		if t.Kind() == reflect.Pointer && v.IsNil() {
			return true
		}
		return v.Interface().(zeroer).IsZero()
	case reflect.PointerTo(t).Implements(zeroerType) && v.CanAddr():
		return v.Addr().Interface().(zeroer).IsZero()
	}
	return v.IsZero()
}

// field is one JSON member of a struct type.
type field struct {
	name      string
	index     []int
	tagged    bool
	omitEmpty bool
	omitZero  bool
}

// fieldCache holds fieldsOf's answers by type.
var fieldCache sync.Map // reflect.Type → []field

// fieldsOf returns the JSON members of struct type t in encoding/json's
// order, with its rules for embedded structs and clashing names.
func fieldsOf(t reflect.Type) ([]field, error) {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field), nil
	}
	fs, err := typeFields(t)
	if err != nil {
		return nil, err
	}
	fieldCache.Store(t, fs)
	return fs, nil
}

// typeFields walks t breadth first as encoding/json's typeFields does.
func typeFields(t reflect.Type) ([]field, error) {
	type visit struct {
		typ   reflect.Type
		index []int
	}
	var all []field
	next := []visit{{typ: t}}
	seen := map[reflect.Type]bool{}
	for len(next) > 0 {
		current := next
		next = nil
		var level []field
		for _, c := range current {
			if seen[c.typ] {
				continue
			}
			seen[c.typ] = true
			for i := range c.typ.NumField() {
				sf := c.typ.Field(i)
				ft := sf.Type
				if sf.Anonymous {
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validTag(name) {
					name = ""
				}
				index := append(slices.Clip(c.index), i)
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := field{name: name, index: index, tagged: name != ""}
					if f.name == "" {
						f.name = sf.Name
					}
					for o := range strings.SplitSeq(opts, ",") {
						switch o {
						case "omitempty":
							f.omitEmpty = true
						case "omitzero":
							f.omitZero = true
						case "string":
							return nil, fmt.Errorf("jsonw: the string option (field %s) is not supported", sf.Name)
						}
					}
					level = append(level, f)
					continue
				}
				next = append(next, visit{typ: ft, index: index})
			}
		}
		all = append(all, level...)
	}
	return dominant(all), nil
}

// dominant keeps, of the fields sharing a name, the one encoding/json
// keeps: the shallowest, or the one tagged among the shallowest; a tie
// drops the name. The result is in index order.
func dominant(all []field) []field {
	byName := map[string][]field{}
	var names []string
	for _, f := range all {
		if byName[f.name] == nil {
			names = append(names, f.name)
		}
		byName[f.name] = append(byName[f.name], f)
	}
	var out []field
	for _, n := range names {
		fs := byName[n]
		depth := len(fs[0].index)
		var top []field
		for _, f := range fs {
			if len(f.index) < depth {
				depth, top = len(f.index), nil
			}
			if len(f.index) == depth {
				top = append(top, f)
			}
		}
		if len(top) > 1 {
			var tagged []field
			for _, f := range top {
				if f.tagged {
					tagged = append(tagged, f)
				}
			}
			if len(tagged) != 1 {
				continue
			}
			top = tagged
		}
		out = append(out, top[0])
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && lessIndex(out[j].index, out[j-1].index); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// lessIndex orders field index paths as the struct declares them.
func lessIndex(a, b []int) bool {
	for k := range min(len(a), len(b)) {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return len(a) < len(b)
}

// validTag is encoding/json's isValidTag.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !isLetterOrDigit(c):
			return false
		}
	}
	return true
}

// isLetterOrDigit is unicode.IsLetter || unicode.IsDigit.
func isLetterOrDigit(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

// compact appends src, a MarshalJSON result, to b without the whitespace
// between tokens and with <, >, &, U+2028 and U+2029 escaped, as
// encoding/json does. It checks only that strings and brackets close: the
// report's MarshalJSON methods write through encoding/json-compatible code.
func compact(b, src []byte) ([]byte, bool) {
	const hex = "0123456789abcdef"
	inString, depth := false, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inString && c == '\\' && i+1 < len(src):
			b = append(b, c, src[i+1])
			i++
			continue
		case inString && c == '"':
			inString = false
		case inString && c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8:
			b = append(b, '\\', 'u', '2', '0', '2', hex[src[i+2]&0xF])
			i += 2
			continue
		case inString:
		case c == '"':
			inString = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			continue
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
		}
		if c == '<' || c == '>' || c == '&' {
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			continue
		}
		b = append(b, c)
	}
	return b, !inString && depth == 0
}

// appendString writes s as a JSON string with encoding/json's escapes,
// HTML characters included.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
