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
//
// Speed: the report is several times the size of the articles, so writing
// it is a good part of the page's time. Each type's coder (its members'
// quoted names, omit tests and methods) is worked out once, strings are
// escaped by table with runs of safe bytes copied at once, and the output
// is written into a pooled buffer, so that a report costs one allocation
// besides what MarshalJSON methods make. The page's reports are written
// by AppendASCII, escaped to ASCII as they are written, into the caller's
// buffer: no allocation, copy or second pass.
package jsonw

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Marshaler is encoding/json's Marshaler: a type that writes itself.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Appender is a Marshaler that also appends its JSON to b, byte for byte
// what jsonw makes of MarshalJSON's output: no space between tokens, and
// in strings <, >, &, U+2028, U+2029 and invalid UTF-8 escaped as
// encoding/json escapes them. jsonw calls AppendJSON instead and trusts
// what it writes, which saves the method's allocation and a pass over its
// output: a report holds a figure per quantity claim. On error, AppendJSON
// may return anything along with it.
type Appender interface {
	Marshaler
	AppendJSON(b []byte) ([]byte, error)
}

// zeroer is the IsZero method omitzero consults (time.Time has one).
type zeroer interface{ IsZero() bool }

var (
	marshalerType = reflect.TypeFor[Marshaler]()
	zeroerType    = reflect.TypeFor[zeroer]()
)

// Marshal returns the JSON encoding of v, as json.Marshal(v) would.
func Marshal(v any) ([]byte, error) {
	e := pool.Get().(*encoder)
	e.b, e.err, e.ascii = e.b[:0], nil, false
	e.encode(v)
	var out []byte
	if e.err == nil {
		out = append(make([]byte, 0, len(e.b)), e.b...)
	}
	err := e.err
	if cap(e.b) <= maxPooled {
		pool.Put(e)
	}
	return out, err
}

// AppendASCII appends to b what ASCII(Marshal(v)) returns, byte for byte:
// every character outside ASCII is escaped as the encoder writes it, so
// there is no second pass over the output and no copy of it. On error b is
// returned as it was.
//
// Why: the page gets the report escaped to ASCII (see ASCII), and under
// wasm, escaping Marshal's copy of the output into a third buffer cost
// half as much again as marshalling (node --cpu-prof of the seeds: Marshal
// 8.3% of the worker's time, ASCII 4.3%). A caller that keeps b between
// calls writes each report into the last one's memory.
func AppendASCII(b []byte, v any) ([]byte, error) {
	e := encoder{b: b, ascii: true}
	e.encode(v)
	if e.err != nil {
		return b, e.err
	}
	return e.b, nil
}

// encode appends v to e.b, first making room for an output as long as the
// last report when there is less.
func (e *encoder) encode(v any) {
	start := len(e.b)
	if hint := int(lastLen.Load()); cap(e.b)-start < hint && hint <= maxPooled {
		e.b = append(make([]byte, 0, start+hint+hint/8), e.b...)
	}
	e.value(reflect.ValueOf(v))
	if n := len(e.b) - start; e.err == nil && n >= minHint {
		lastLen.Store(int64(n))
	}
}

// pool keeps encoders between calls: the report is written into a buffer
// already grown to the last one's size, and only the result is allocated.
var pool = sync.Pool{New: func() any { return &encoder{b: make([]byte, 0, minHint)} }}

// lastLen is the length of the last output of minHint bytes or more. The
// pool is emptied by every garbage collection, which a large report's
// analysis triggers many times, so a fresh encoder's buffer is made that
// size at once instead of growing from 4 KiB by copying (a third of what
// marshalling allocated).
var lastLen atomic.Int64

// minHint is the shortest output lastLen records. Outputs shorter than a
// fresh encoder's buffer cost no growth, and MarshalJSON methods that
// call Marshal for a small value in the middle of a report must not
// shrink the hint the next report's encoder is sized by: under wasm they
// did, and growing the report's buffer by copying was a quarter of all the
// bytes the analysis moved.
const minHint = 4096

// maxPooled is the largest buffer pool keeps, so that one huge report does
// not pin its buffer for good.
const maxPooled = 64 << 20

// encoder holds the output being written and the first error met, after
// which the output is discarded. ascii is set when characters outside
// ASCII are to be escaped (AppendASCII).
type encoder struct {
	b     []byte
	err   error
	ascii bool
}

// fail records err unless an error came first.
func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// value writes v, whatever its type.
func (e *encoder) value(v reflect.Value) {
	if !v.IsValid() {
		e.b = append(e.b, "null"...)
		return
	}
	e.write(v, coderOf(v.Type()))
}

// op is how a coder writes a value.
type op uint8

const (
	opFail        op = iota // an error, coder.err: a type jsonw does not write
	opBool                  // true or false
	opInt                   // signed integer
	opUint                  // unsigned integer
	opFloat                 // float of coder.bits bits
	opString                // quoted string
	opAny                   // interface: the value inside, or null
	opStruct                // the members in coder.fields
	opPointer               // what it points to, or null; from here on, types with an element
	opSlice                 // an array, or null
	opArray                 // the elements, each by coder.elem
	opMap                   // an object sorted by key, or null
	opBytes                 // a byte slice: base64, or null
	opMarshal               // MarshalJSON's output
	opAddrMarshal           // MarshalJSON of *T when addressable, else coder.elem
)

// coder is how values of one type are written, worked out once per type:
// fields, tags, quoted names and methods are looked up when a type is
// first met, not for each value.
type coder struct {
	op     op
	bits   int     // opFloat: 32 or 64
	elem   *coder  // opPointer, opSlice, opArray, opMap: the element; opAddrMarshal: the type's own coder
	fields []field // opStruct
	err    error   // opFail
}

var (
	coders   sync.Map   // reflect.Type → *coder, complete ones only
	building sync.Mutex // one goroutine makes coders at a time
)

// coderOf returns the coder of type t.
func coderOf(t reflect.Type) *coder {
	if c, ok := coders.Load(t); ok {
		return c.(*coder)
	}
	building.Lock()
	made := map[reflect.Type]*coder{}
	c := newCoder(t, made, true)
	for t, c := range made {
		// LoadOrStore, not Store: reflect links it already, and Store
		// would add sync.Map's Swap to the wasm (7 KB of code). A coder
		// of t another goroutine stored before the lock is kept; the two
		// encode alike.
		coders.LoadOrStore(t, c)
	}
	building.Unlock()
	return c
}

// newCoder makes the coder of type t and of the types it holds. A type
// that holds itself finds its coder in made while it is being filled in;
// coderOf publishes them once all are complete. addr is false for the
// coder a type with MarshalJSON on its pointer uses when not addressable.
func newCoder(t reflect.Type, made map[reflect.Type]*coder, addr bool) *coder {
	if c, ok := coders.Load(t); ok && addr {
		return c.(*coder)
	}
	if c := made[t]; c != nil && addr {
		return c
	}
	c := &coder{}
	if addr {
		made[t] = c
	}
	k := t.Kind()
	c.op = kindOps[k]
	switch {
	case t.Implements(marshalerType):
		c.op = opMarshal
	case addr && k != reflect.Pointer && reflect.PointerTo(t).Implements(marshalerType):
		c.op, c.elem = opAddrMarshal, newCoder(t, made, false)
	case c.op == opFloat:
		c.bits = t.Bits()
	case c.op == opStruct:
		c.fields, c.err = structFields(t, made)
	case c.op == opMap && kindOps[t.Key().Kind()] != opString && kindOps[t.Key().Kind()] != opInt && kindOps[t.Key().Kind()] != opUint:
		c.op = opFail
	case c.op == opSlice && t.Elem().Kind() == reflect.Uint8 &&
		!reflect.PointerTo(t.Elem()).Implements(marshalerType) && !t.Elem().Implements(marshalerType):
		c.op = opBytes
	case c.op >= opPointer: // and <= opMap, as kindOps gives
		c.elem = newCoder(t.Elem(), made, true)
	}
	if c.err != nil {
		c.op = opFail
	} else if c.op == opFail {
		c.err = fmt.Errorf("jsonw: unsupported type %s", t)
	}
	return c
}

// kindOps is the op of each kind of type, opFail for those jsonw does not
// write.
var kindOps = [...]op{
	reflect.Bool: opBool, reflect.Int: opInt, reflect.Int8: opInt, reflect.Int16: opInt, reflect.Int32: opInt, reflect.Int64: opInt,
	reflect.Uint: opUint, reflect.Uint8: opUint, reflect.Uint16: opUint, reflect.Uint32: opUint, reflect.Uint64: opUint, reflect.Uintptr: opUint,
	reflect.Float32: opFloat, reflect.Float64: opFloat, reflect.Array: opArray, reflect.Interface: opAny, reflect.Map: opMap,
	reflect.Pointer: opPointer, reflect.Slice: opSlice, reflect.String: opString, reflect.Struct: opStruct, reflect.UnsafePointer: opFail,
}

// structFields returns the members of struct type t, with their coders
// and each name quoted once, here, rather than for each value.
func structFields(t reflect.Type, made map[reflect.Type]*coder) ([]field, error) {
	fs, err := typeFields(t)
	for i := range fs {
		f := &fs[i]
		key := append(appendString([]byte{','}, f.name, false), ':')
		f.key, f.asciiKey = string(key), string(ASCII(key))
		ft := f.typ
		f.coder = newCoder(ft, made, true)
		if ft.Implements(zeroerType) {
			f.zeroer = 1
		} else if reflect.PointerTo(ft).Implements(zeroerType) {
			f.zeroer = 2
		}
	}
	return fs, err
}

// write writes v with c, the coder of its type.
func (e *encoder) write(v reflect.Value, c *coder) {
	switch c.op {
	case opBool:
		e.b = strconv.AppendBool(e.b, v.Bool())
	case opInt:
		e.b = strconv.AppendInt(e.b, v.Int(), 10)
	case opUint:
		e.b = strconv.AppendUint(e.b, v.Uint(), 10)
	case opFloat:
		e.float(v.Float(), c.bits)
	case opString:
		e.b = appendString(e.b, v.String(), e.ascii)
	case opAny:
		e.value(v.Elem())
	case opStruct:
		e.structValue(v, c.fields)
	case opArray:
		e.array(v, c.elem)
	case opMarshal:
		e.marshal(v)
	case opAddrMarshal:
		if v.CanAddr() {
			e.marshal(v.Addr())
		} else {
			e.write(v, c.elem)
		}
	case opFail:
		e.fail(c.err)
	default: // pointers, slices, maps: null when nil
		if v.IsNil() {
			e.b = append(e.b, "null"...)
			return
		}
		switch c.op {
		case opPointer:
			e.write(v.Elem(), c.elem)
		case opSlice:
			e.array(v, c.elem)
		case opBytes:
			e.b = append(e.b, '"')
			e.b = base64.StdEncoding.AppendEncode(e.b, v.Bytes())
			e.b = append(e.b, '"')
		case opMap:
			e.mapValue(v, c.elem)
		}
	}
}

// marshal writes what v's MarshalJSON returns, compacted and with HTML
// characters escaped, as encoding/json does; a nil pointer is null.
func (e *encoder) marshal(v reflect.Value) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.b = append(e.b, "null"...)
		return
	}
	m, ok := box(v).(Marshaler)
	if !ok {
		e.b = append(e.b, "null"...)
		return
	}
	start, wide := len(e.b), false
	var err error
	if a, ok := m.(Appender); ok {
		var b []byte
		if b, err = a.AppendJSON(e.b); err == nil {
			e.b, wide = b, !isASCII(b[start:])
		}
	} else if out, merr := m.MarshalJSON(); merr != nil {
		err = merr
	} else if b, ok, w := compact(e.b, out); ok {
		e.b, wide = b, w
	} else {
		err = errors.New("invalid JSON")
	}
	if err != nil {
		e.fail(fmt.Errorf("jsonw: MarshalJSON for type %s: %w", v.Type(), err))
	} else if e.ascii && wide { // rare: a figure's text with a curly quote, say
		e.b = appendASCII(e.b[:start], append([]byte(nil), e.b[start:]...))
	}
}

// isASCII reports whether b has no byte outside ASCII.
func isASCII(b []byte) bool {
	or := byte(0)
	for _, c := range b {
		or |= c
	}
	return or < utf8.RuneSelf
}

// box returns v as an interface to call its methods through, without the
// copy v.Interface makes of an addressable value: its address instead,
// since the method set of *T holds T's.
func box(v reflect.Value) any {
	if v.Kind() != reflect.Pointer && v.CanAddr() {
		return v.Addr().Interface()
	}
	return v.Interface()
}

// float writes f as encoding/json's floatEncoder does.
func (e *encoder) float(f float64, bits int) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, bits)))
		return
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
}

// array writes the elements of a slice or array.
func (e *encoder) array(v reflect.Value, elem *coder) {
	e.b = append(e.b, '[')
	for i := range v.Len() {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.write(v.Index(i), elem)
	}
	e.b = append(e.b, ']')
}

// mapValue writes a map with string or integer keys, sorted by key with
// an insertion sort: maps in the report are small, and this keeps a sort
// instantiation out of the wasm.
func (e *encoder) mapValue(v reflect.Value, elem *coder) {
	type kv struct {
		key string
		val reflect.Value
	}
	kvs := make([]kv, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		k, s := it.Key(), ""
		switch k.Kind() {
		case reflect.String:
			s = k.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			s = strconv.FormatInt(k.Int(), 10)
		default:
			s = strconv.FormatUint(k.Uint(), 10)
		}
		kvs = append(kvs, kv{s, it.Value()})
		for j := len(kvs) - 1; j > 0 && kvs[j].key < kvs[j-1].key; j-- {
			kvs[j], kvs[j-1] = kvs[j-1], kvs[j]
		}
	}
	e.b = append(e.b, '{')
	for i, p := range kvs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = appendString(e.b, p.key, e.ascii)
		e.b = append(e.b, ':')
		e.write(p.val, elem)
	}
	e.b = append(e.b, '}')
}

// structValue writes the members of a struct, as encoding/json lays them
// out; each member's quoted name and colon were written once, by newCoder.
func (e *encoder) structValue(v reflect.Value, fs []field) {
	e.b = append(e.b, '{')
	comma := 1
	for i := range fs {
		f := &fs[i]
		fv, ok := fieldByIndex(v, f.index)
		if !ok || f.omitEmpty && isEmpty(fv) || f.omitZero && isZero(fv, f.zeroer) {
			continue
		}
		k := f.key
		if e.ascii {
			k = f.asciiKey
		}
		e.b = append(e.b, k[comma:]...)
		comma = 0
		e.write(fv, f.coder)
	}
	e.b = append(e.b, '}')
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
// type has one (method 1) or its pointer has and v is addressable (2), the
// zero value otherwise. (encoding/json also calls a pointer's IsZero on a
// copy of a value that is not addressable; the report has no such type,
// and the copy would link reflect's Set, 12 KiB of wasm.)
func isZero(v reflect.Value, method uint8) bool {
	switch {
	case method == 0 || method == 2 && !v.CanAddr():
		return v.IsZero()
	case v.Kind() == reflect.Pointer && v.IsNil():
		return true
	}
	return box(v).(zeroer).IsZero()
}

// field is one JSON member of a struct type.
type field struct {
	name      string
	index     []int
	tagged    bool
	omitEmpty bool
	omitZero  bool
	typ       reflect.Type
	zeroer    uint8  // 1: the type has IsZero, 2: its pointer has, else 0
	key       string // ,"name": escaped; the comma is dropped before the first member
	asciiKey  string // key as ASCII escapes it, for AppendASCII
	coder     *coder // writes the value
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
					f := field{name: name, index: index, tagged: name != "", typ: sf.Type}
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
// wide reports whether src has a byte outside ASCII.
func compact(b, src []byte) (_ []byte, ok, wide bool) {
	const hex = "0123456789abcdef"
	inString, depth, or := false, 0, byte(0)
	for i := 0; i < len(src); i++ {
		c := src[i]
		or |= c
		switch {
		case inString && c == '\\' && i+1 < len(src):
			or |= src[i+1]
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
	return b, !inString && depth == 0, or >= utf8.RuneSelf
}

// safe[c] reports whether byte c is written into a JSON string as it is:
// ASCII but for the control characters, the quote, the backslash and the
// HTML characters <, > and &, which encoding/json escapes.
var safe = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// AppendString appends s to b as Marshal writes it, with encoding/json's
// escapes. Why: for a MarshalJSON or AppendJSON method writing strings of
// its own, Marshal(s) costs an encoder from the pool (a fresh 4 KiB buffer
// after each collection) and a copy.
func AppendString(b []byte, s string) []byte { return appendString(b, s, false) }

// safe8 reports whether the eight bytes in x are all safe: none outside
// ASCII, below space, or a quote, backslash, <, > or &. Each test is the
// classic "has a zero byte" on x with the byte in question xored away;
// < and > differ in one bit, masked, so they take one test. Strings in the
// report are mostly plain text, and under wasm a byte-at-a-time scan was a
// sixth of the encoder's time.
func safe8(x uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	q, bs, amp := x^(lo*'"'), x^(lo*'\\'), x^(lo*'&')
	lt := (x ^ (lo * '<')) &^ (lo * ('<' ^ '>'))
	t := x | (x-lo*' ')&^x | (q-lo)&^q | (bs-lo)&^bs | (amp-lo)&^amp | (lt-lo)&^lt
	return t&hi == 0
}

// appendString writes s as a JSON string with encoding/json's escapes,
// HTML characters included, and when ascii is set with every character
// outside ASCII escaped as ASCII escapes it. Runs of safe bytes are copied
// at once.
func appendString(b []byte, s string, ascii bool) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && safe8(*(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))) {
			i += 8
		}
		for i < len(s) && safe[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			start = i + n
		case r == '\u2028' || r == '\u2029' || ascii:
			b = append(b, s[start:i]...)
			b = appendEscape(b, r)
			start = i + n
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
