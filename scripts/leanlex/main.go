// Command leanlex writes core/lexicon's lists without their comments into
// core/lexicon/lean/, which the wasm build embeds (-tags leanlex): the
// comments explain the lists to their readers, and the page's download
// need not carry them.
//
//	go run ./scripts/leanlex core/lexicon
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/core/lexicon"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: leanlex LEXICON_DIR")
		os.Exit(2)
	}
	if err := write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "leanlex:", err)
		os.Exit(1)
	}
}

// write strips every list of dir into dir/lean, replacing what was there,
// so that a list removed from dir is not left behind.
func write(dir string) error {
	lean := filepath.Join(dir, "lean")
	if err := os.RemoveAll(lean); err != nil {
		return err
	}
	if err := os.Mkdir(lean, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".tsv") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(lean, name), lexicon.Strip(b), 0o644); err != nil {
			return err
		}
	}
	return nil
}
