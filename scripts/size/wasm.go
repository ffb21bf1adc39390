package main

import (
	"bytes"
	"errors"
	"fmt"
)

// Wasm section ids (WebAssembly core spec, "Modules > Binary Format").
const (
	secCustom = 0  // named custom section, e.g. "name"
	secImport = 2  // imported functions, tables, memories, globals
	secCode   = 10 // function bodies, in function-index order after imports
	secData   = 11 // data segments
)

// module is what size needs of a wasm binary.
type module struct {
	imports int            // imported functions, which come first in the index space
	bodies  []int          // size of each defined function's body
	names   map[int]string // function index → name, empty when stripped
	code    int            // code section size
	data    int            // data section size
}

// errShort is returned when the binary ends inside a structure.
var errShort = errors.New("truncated wasm")

// reader walks a wasm binary; every read reports errShort past the end.
type reader struct {
	b []byte
	i int
}

func (r *reader) byte() (byte, error) {
	if r.i >= len(r.b) {
		return 0, errShort
	}
	r.i++
	return r.b[r.i-1], nil
}

// uleb reads an unsigned LEB128 number.
func (r *reader) uleb() (int, error) {
	var n, shift int
	for {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			return n, nil
		}
		shift += 7
		if shift > 35 {
			return 0, errors.New("LEB128 number too long")
		}
	}
}

// bytes reads n raw bytes.
func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || r.i+n > len(r.b) {
		return nil, errShort
	}
	r.i += n
	return r.b[r.i-n : r.i], nil
}

// name reads a length-prefixed string.
func (r *reader) name() (string, error) {
	n, err := r.uleb()
	if err != nil {
		return "", err
	}
	b, err := r.bytes(n)
	return string(b), err
}

// parseWasm reads the sections of a wasm binary that size reports on.
func parseWasm(bin []byte) (*module, error) {
	if len(bin) < 8 || !bytes.Equal(bin[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm binary")
	}
	m := &module{names: map[int]string{}}
	r := &reader{b: bin, i: 8}
	for r.i < len(bin) {
		id, err := r.byte()
		if err != nil {
			return nil, err
		}
		size, err := r.uleb()
		if err != nil {
			return nil, err
		}
		body, err := r.bytes(size)
		if err != nil {
			return nil, err
		}
		if err := m.section(id, body); err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
	}
	return m, nil
}

// section records what m needs from one section's body.
func (m *module) section(id byte, body []byte) error {
	r := &reader{b: body}
	switch id {
	case secImport:
		return m.importSection(r)
	case secCode:
		m.code = len(body)
		return m.codeSection(r)
	case secData:
		m.data = len(body)
	case secCustom:
		name, err := r.name()
		if err != nil {
			return err
		}
		if name == "name" {
			return m.nameSection(r)
		}
	}
	return nil
}

// importSection counts the imported functions.
func (m *module) importSection(r *reader) error {
	n, err := r.uleb()
	if err != nil {
		return err
	}
	for range n {
		if _, err := r.name(); err != nil {
			return err
		}
		if _, err := r.name(); err != nil {
			return err
		}
		kind, err := r.byte()
		if err != nil {
			return err
		}
		if err := skipImportDesc(r, kind); err != nil {
			return err
		}
		if kind == 0 {
			m.imports++
		}
	}
	return nil
}

// skipImportDesc skips the description of an import of the given kind:
// 0 function (type index), 1 table, 2 memory, 3 global.
func skipImportDesc(r *reader, kind byte) error {
	switch kind {
	case 0:
		_, err := r.uleb()
		return err
	case 1:
		if _, err := r.byte(); err != nil { // element type
			return err
		}
		return skipLimits(r)
	case 2:
		return skipLimits(r)
	case 3:
		_, err := r.bytes(2) // value type, mutability
		return err
	}
	return fmt.Errorf("unknown import kind %d", kind)
}

// skipLimits skips a min (and max when flagged) pair.
func skipLimits(r *reader) error {
	flag, err := r.byte()
	if err != nil {
		return err
	}
	if _, err := r.uleb(); err != nil {
		return err
	}
	if flag&1 != 0 {
		_, err = r.uleb()
	}
	return err
}

// codeSection records the size of every function body.
func (m *module) codeSection(r *reader) error {
	n, err := r.uleb()
	if err != nil {
		return err
	}
	m.bodies = make([]int, n)
	for i := range m.bodies {
		size, err := r.uleb()
		if err != nil {
			return err
		}
		if _, err := r.bytes(size); err != nil {
			return err
		}
		m.bodies[i] = size
	}
	return nil
}

// nameSection reads the function names subsection (id 1).
func (m *module) nameSection(r *reader) error {
	for r.i < len(r.b) {
		id, err := r.byte()
		if err != nil {
			return err
		}
		size, err := r.uleb()
		if err != nil {
			return err
		}
		sub, err := r.bytes(size)
		if err != nil {
			return err
		}
		if id != 1 {
			continue
		}
		s := &reader{b: sub}
		n, err := s.uleb()
		if err != nil {
			return err
		}
		for range n {
			idx, err := s.uleb()
			if err != nil {
				return err
			}
			name, err := s.name()
			if err != nil {
				return err
			}
			m.names[idx] = name
		}
	}
	return nil
}
