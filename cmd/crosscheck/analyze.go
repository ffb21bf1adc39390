package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/crosscheck/crosscheck/core"
	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/render"
)

const analyzeUsage = `Usage: crosscheck analyze [--json|--md|--text] [--meta META.json] [--favor F] FILE...

Cleans each article (plain text or HTML), extracts its claims and reports
which claims of different articles corroborate, contradict or update each
other. A FILE of "-" reads standard input.

Options:
  --text        a readable summary (the default)
  --md          a Markdown report
  --json        the full report as JSON
  --meta FILE   JSON mapping a file's base name to {"date": "YYYY-MM-DD", "source": "..."}
  --favor F     cleaning: balanced (default), precision or recall
`

// articleMeta is what --meta gives for one file.
type articleMeta struct {
	Date   string `json:"date"`
	Source string `json:"source"`
}

func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	asMD := fs.Bool("md", false, "")
	asText := fs.Bool("text", false, "")
	metaPath := fs.String("meta", "", "")
	favor := fs.String("favor", "balanced", "")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return helpOr(err, analyzeUsage, stdout)
	}
	if n := btoi(*asJSON) + btoi(*asMD) + btoi(*asText); n > 1 {
		return usageErr{"analyze: choose one of --json, --md, --text"}
	}
	if len(files) == 0 {
		return usageErr{"analyze: no FILE given"}
	}
	opts, err := parseFavor(*favor)
	if err != nil {
		return err
	}
	meta, err := readMeta(*metaPath)
	if err != nil {
		return err
	}
	arts := make([]core.Article, 0, len(files))
	for _, f := range files {
		in, err := readInput(f, stdin)
		if err != nil {
			return err
		}
		if in.note != "" {
			fmt.Fprintf(stderr, "crosscheck: note: %s\n", in.note)
		}
		m := meta[in.name]
		arts = append(arts, core.Article{Name: in.name, Text: in.text, Date: m.Date, Source: m.Source})
	}
	rep, err := core.Analyze(arts, core.Options{Favor: opts})
	if err != nil {
		return err
	}
	switch {
	case *asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		return enc.Encode(rep)
	case *asMD:
		return render.Markdown(stdout, rep)
	default:
		return render.Text(stdout, rep)
	}
}

// readMeta reads a --meta file. Entries whose value is not an object (such
// as an "about" note) are skipped, so annotated files can be used as they are.
func readMeta(path string) (map[string]articleMeta, error) {
	out := map[string]articleMeta{}
	if path == "" {
		return out, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--meta %s: %w", path, unwrapPathErr(err))
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("--meta %s: not a JSON object: %v", path, err)
	}
	for k, v := range raw {
		var m articleMeta
		if json.Unmarshal(v, &m) == nil {
			out[k] = m
		}
	}
	return out, nil
}

// parseInterleaved parses flags that may stand before, between or after
// the file arguments, as users type them.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// helpOr prints the command's usage for -h/--help, or turns a flag error
// into a usage error.
func helpOr(err error, text string, stdout io.Writer) error {
	if err == flag.ErrHelp {
		fmt.Fprint(stdout, text)
		return errHelp
	}
	return usageErr{err.Error()}
}

func parseFavor(s string) (clean.Favor, error) {
	switch strings.ToLower(s) {
	case "balanced", "":
		return clean.Balanced, nil
	case "precision":
		return clean.Precision, nil
	case "recall":
		return clean.Recall, nil
	}
	return 0, usageErr{fmt.Sprintf("--favor %q: want balanced, precision or recall", s)}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
