// Command crosscheck cleans news articles, extracts their claims and shows
// which claims of different articles agree, conflict or update each other.
//
//	crosscheck analyze [--json|--md|--text] [--meta META.json] FILE...
//	crosscheck clean [--html|--plain] FILE
//
// Exit status: 0 on success, 1 on input errors, 2 on usage errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// exit codes
const (
	exitOK    = 0
	exitInput = 1 // a file is missing, unreadable, binary or empty
	exitUsage = 2 // the command line is wrong
)

const usage = `crosscheck checks news articles against each other, offline.

Usage:
  crosscheck analyze [--json|--md|--text] [--meta META.json] [--favor F] FILE...
  crosscheck clean [--html|--plain] [--favor F] FILE

Commands:
  analyze   clean each article, extract its claims and compare them
  clean     print the cleaned article body, one paragraph per line

A FILE of "-" reads standard input. Run "crosscheck COMMAND --help" for a
command's options.
`

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// The analysis allocates many short-lived values against a small live
// heap, so at Go's default the collector runs every few megabytes; a
// one-shot command can afford to collect at 5× the live heap instead of
// 2× (the page's wasm does the same): `analyze --json` of the seeds copied
// 64 times takes about a sixth less time, the pipeline alone a quarter
// less (BenchmarkSeedsMB with GOGC=400). The soft limit makes the collector eager again
// before a huge input could use too much memory. GOGC and GOMEMLIMIT, when
// set, win.
const (
	gcPercent   = 400
	memoryLimit = 1 << 30
)

// tuneGC applies gcPercent and memoryLimit unless the environment sets them.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "analyze":
		err = analyze(args[1:], stdin, stdout, stderr)
	case "clean":
		err = cleanCmd(args[1:], stdin, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		err = usageErr{fmt.Sprintf("unknown command %q (want analyze or clean)", args[0])}
	}
	return report(err, stderr)
}

// usageErr is a wrong command line.
type usageErr struct{ msg string }

func (e usageErr) Error() string { return e.msg }

// errHelp means --help was asked for and printed.
var errHelp = errors.New("help")

// report prints err on one line and returns the exit status for it.
func report(err error, stderr io.Writer) int {
	var ue usageErr
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "crosscheck: %s\nRun 'crosscheck --help' for usage.\n", ue.msg)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "crosscheck: %s\n", err)
		return exitInput
	}
}
