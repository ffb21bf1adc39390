package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxFileBytes bounds what the CLI reads of one file. core cuts articles at
// its own limit and says so; reading more than a little past it is waste.
const maxFileBytes = 64 << 20

// input is one file read for analysis.
type input struct {
	name string // base name, or "stdin"
	path string // as given
	text string // valid UTF-8
	note string // a repair made, e.g. invalid UTF-8 replaced
}

// readInput reads path ("-" is stdin) and refuses what cannot be an
// article: a missing or unreadable file, a binary file, an empty file.
// Invalid UTF-8 is repaired, with a note, so nothing readable is lost.
func readInput(path string, stdin io.Reader) (input, error) {
	in := input{path: path, name: filepath.Base(path)}
	var r io.Reader
	if path == "-" {
		in.name = "stdin"
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return in, fmt.Errorf("%s: %w", path, unwrapPathErr(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return in, fmt.Errorf("%s: is a directory, not an article file", path)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxFileBytes))
	if err != nil {
		return in, fmt.Errorf("%s: %w", path, unwrapPathErr(err))
	}
	if isBinary(b) {
		return in, fmt.Errorf("%s: looks like a binary file, not text or HTML", path)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return in, fmt.Errorf("%s: the file is empty", path)
	}
	in.text = string(b)
	if !utf8.Valid(b) {
		in.text = strings.ToValidUTF8(in.text, "\uFFFD")
		in.note = fmt.Sprintf("%s: invalid UTF-8 replaced with U+FFFD", path)
	}
	return in, nil
}

// isBinary reports whether b looks like a binary file: a NUL byte in its
// first 8 KiB (no text or HTML file has one), or mostly control bytes.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return len(head) > 0 && ctl*10 > len(head)
}

// unwrapPathErr drops the path from an *os.PathError, which the caller names.
func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
