// Command leanlex writes core/lexicon's lists without their comments,
// packed into one file (lexicon.Pack), to core/lexicon/lean/lists.pack,
// which the wasm build embeds (-tags leanlex): the comments explain the
// lists to their readers, and the page's download need not carry them.
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

// write strips every list of dir and packs them into dir/lean/lists.pack,
// replacing what lean/ held, so that a list removed from dir is not left
// behind.
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
	var names []string
	var lists [][]byte
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".tsv") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		names, lists = append(names, name), append(lists, lexicon.Strip(b))
	}
	return os.WriteFile(filepath.Join(lean, "lists.pack"), lexicon.Pack(names, lists), 0o644)
}
