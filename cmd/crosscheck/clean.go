package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/core/clean"
)

const cleanUsage = `Usage: crosscheck clean [--html|--plain] [--favor F] FILE

Prints the cleaned article body only (no title, byline or other metadata),
one paragraph per line. HTML is recognised by the .html/.htm extension or by
its content; --html or --plain force the format. A FILE of "-" reads
standard input.
`

func cleanCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	forceHTML := fs.Bool("html", false, "")
	forcePlain := fs.Bool("plain", false, "")
	favor := fs.String("favor", "balanced", "")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, cleanUsage, stdout)
	}
	if len(files) != 1 {
		return usageErr{fmt.Sprintf("clean: want one FILE, got %d", len(files))}
	}
	if *forceHTML && *forcePlain {
		return usageErr{"clean: --html and --plain exclude each other"}
	}
	f, err := parseFavor(*favor)
	if err != nil {
		return err
	}
	in, err := readInput(files[0], stdin)
	if err != nil {
		return err
	}
	if in.note != "" {
		fmt.Fprintf(stderr, "crosscheck: note: %s\n", in.note)
	}
	opts := clean.Options{Favor: f}
	ext := strings.ToLower(filepath.Ext(files[0]))
	switch {
	case *forceHTML, ext == ".html", ext == ".htm":
		opts.Force, opts.HTML = true, true
	case *forcePlain:
		opts.Force = true
	}
	doc := clean.Clean(in.text, opts)
	w := bufio.NewWriter(stdout)
	for _, p := range doc.Paras {
		w.WriteString(doc.Text[p.Start:p.End])
		w.WriteByte('\n')
	}
	return w.Flush()
}
