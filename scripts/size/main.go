// Command size reports how big the page's download is: the wasm binary
// raw, gzip -9 and brotli, and which packages its code comes from; it exits
// 1 when the gzip size is over the budget.
//
//	go run ./scripts/size web/static/main.wasm
//
// The per-package table comes from the wasm "name" section, which maps each
// function to its Go symbol (`go tool nm` does not read wasm), matched
// against the packages `go list -deps` gives for -pkg. `make wasm` links with -s, which drops that
// section, so when it is missing size rebuilds -pkg (default ./wasm) without
// -s into a temporary file; the code is the same, only the names are added.
// Data (strings, tables, embedded word lists, pclntab) is one segment in the
// linked binary; its table is what each compiled package defines, read with
// `go tool nm`, before the linker drops what is unused.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

// defaultBudget is the largest gzip size the page may download: 1.5 MiB,
// so the tool starts in about a second on a slow connection.
const defaultBudget = 1536 << 10

func main() {
	budget := flag.Int("budget", defaultBudget, "largest allowed gzip size in bytes")
	pkg := flag.String("pkg", "./wasm", "package to rebuild with symbol names when the binary has none")
	top := flag.Int("top", 25, "packages to list by code size")
	breakdown := flag.Bool("breakdown", true, "list code and data by package (rebuilds the wasm with names)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: size [flags] file.wasm")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if !*breakdown {
		*top = -1
	}
	over, err := run(os.Stdout, flag.Arg(0), *pkg, *budget, *top)
	if err != nil {
		fmt.Fprintln(os.Stderr, "size:", err)
		os.Exit(2)
	}
	if over {
		os.Exit(1)
	}
}

// run prints the report on w and says whether the gzip size is over budget.
func run(w io.Writer, path, pkg string, budget, top int) (bool, error) {
	bin, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	mod, err := parseWasm(bin)
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	gz, br, err := compressed(bin)
	if err != nil {
		return false, err
	}
	fmt.Fprintf(w, "%s\n\n", path)
	fmt.Fprintf(w, "  %-22s %12s %9s\n", "", "bytes", "MiB")
	type row struct {
		name string
		n    int
	}
	rows := []row{{"raw", len(bin)}, {"gzip -9 (Go)", gz}, {"brotli 11 (Go)", br}}
	if n, ok := servedSize(path, ".gz", bin); ok {
		gz = n // the budget is on what the server sends
		rows = append(rows, row{"served .gz", n})
	}
	if n, ok := servedSize(path, ".br", bin); ok {
		rows = append(rows, row{"served .br", n})
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %-22s %12d %9.2f\n", r.name, r.n, mib(r.n))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  sections: code %s, data %s, other %s\n\n", human(mod.code), human(mod.data), human(len(bin)-mod.code-mod.data))
	if top >= 0 {
		if err := packages(w, mod, pkg, top); err != nil {
			fmt.Fprintf(w, "  no per-package breakdown: %v\n\n", err)
		}
	}
	over := gz > budget
	verdict := "within"
	if over {
		verdict = "OVER"
	}
	fmt.Fprintf(w, "budget: gzip %s of %s allowed: %s budget\n", human(gz), human(budget), verdict)
	fmt.Fprintf(w, "1.5 MB read as 1,500,000 bytes: %d bytes, %s\n", gz, decimalVerdict(gz))
	return over, nil
}

// packages prints the code size per Go package and per origin, rebuilding
// pkg with symbol names when mod has none.
func packages(w io.Writer, mod *module, pkg string, top int) error {
	if len(mod.names) == 0 {
		named, err := rebuildWithNames(pkg)
		if err != nil {
			return err
		}
		if d := named.code - mod.code; d*100 > mod.code || -d*100 > mod.code {
			fmt.Fprintf(w, "  note: the rebuilt %s has %s of code, the binary %s; figures are of the rebuild\n", pkg, human(named.code), human(mod.code))
		}
		mod = named
	}
	pkgs, err := packageNames(pkg)
	if err != nil {
		return err
	}
	byPkg := map[string]int{}
	byOrigin := map[string]int{}
	for i, size := range mod.bodies {
		name, ok := mod.names[mod.imports+i]
		if !ok {
			name = "(unnamed)"
		}
		p := packageOf(name, pkgs)
		byPkg[p] += size
		byOrigin[originOf(p)] += size
	}
	printTable(w, "code by origin", byOrigin, mod.code, 0)
	printTable(w, "code by package", byPkg, mod.code, top)
	data, err := dataByPackage(pkg)
	if err != nil {
		fmt.Fprintf(w, "  no data breakdown: %v\n\n", err)
		return nil
	}
	total := 0
	for _, n := range data {
		total += n
	}
	printTable(w, "data defined by package (compiled objects: before the linker drops unused data and adds pclntab)", data, total, top/2)
	return nil
}

// dataByPackage sums the data symbols (initialised and read-only: tables,
// strings, embedded files) each package of pkg's js/wasm build defines,
// read with `go tool nm` from the compiled packages, since it cannot read
// the linked wasm.
func dataByPackage(pkg string) (map[string]int, error) {
	cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export %s: %w", pkg, err)
	}
	sizes := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, export, ok := strings.Cut(line, " ")
		if !ok || export == "" {
			continue
		}
		n, err := dataSize(export)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if n > 0 {
			sizes[path] = n
		}
	}
	return sizes, nil
}

// dataSize sums the sizes of the data symbols `go tool nm -size` lists in
// one compiled package: types D and R (B, zeroed memory, takes no bytes in
// the binary).
func dataSize(export string) (int, error) {
	out, err := exec.Command("go", "tool", "nm", "-size", export).Output()
	if err != nil {
		return 0, err
	}
	total := 0
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || (f[2] != "D" && f[2] != "d" && f[2] != "R" && f[2] != "r") {
			continue
		}
		var n int
		if _, err := fmt.Sscan(f[1], &n); err == nil {
			total += n
		}
	}
	return total, nil
}

// printTable prints sizes largest first, at most top rows (all when 0), as
// bytes and share of total.
func printTable(w io.Writer, title string, sizes map[string]int, total, top int) {
	keys := make([]string, 0, len(sizes))
	for k := range sizes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if sizes[keys[i]] != sizes[keys[j]] {
			return sizes[keys[i]] > sizes[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "  %s (%d):\n", title, len(keys))
	rest := 0
	for i, k := range keys {
		if top > 0 && i >= top {
			rest += sizes[k]
			continue
		}
		fmt.Fprintf(w, "    %10s %5.1f%%  %s\n", human(sizes[k]), 100*float64(sizes[k])/float64(total), k)
	}
	if rest > 0 {
		fmt.Fprintf(w, "    %10s %5.1f%%  (%d more packages)\n", human(rest), 100*float64(rest)/float64(total), len(keys)-top)
	}
	fmt.Fprintln(w)
}

// mangled is the wasm linker's rewriting of symbol names for the name
// section (cmd/link/internal/wasm: every rune but letters, digits, '_' and
// '.' becomes '_'), so "encoding/json.Marshal" is "encoding_json.Marshal".
var mangled = regexp.MustCompile(`[^\w.]`)

// packageNames maps each mangled package path in pkg's js/wasm build to
// its import path, from `go list -deps`.
func packageNames(pkg string) (map[string]string, error) {
	cmd := exec.Command("go", "list", "-deps", pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -deps %s: %w", pkg, err)
	}
	m := map[string]string{}
	for _, p := range strings.Fields(string(out)) {
		m[mangled.ReplaceAllString(p, "_")] = p
	}
	return m, nil
}

// packageOf returns the import path of the package that defines a mangled
// symbol such as "github.com_x_y_core_clean.__page_.classify": the longest
// prefix ending before a dot that is a known package. Compiler-generated
// symbols (type equality, wrappers) are "type:"; unknown ones "?".
func packageOf(sym string, pkgs map[string]string) string {
	if strings.HasPrefix(sym, "type_.") {
		return "type:"
	}
	for i := len(sym) - 1; i > 0; i-- {
		if sym[i] != '.' {
			continue
		}
		if p, ok := pkgs[sym[:i]]; ok {
			return p
		}
	}
	return "?"
}

// originOf groups a package path: this module, golang.org/x, other
// modules, compiler-generated, or the standard library (runtime included).
func originOf(p string) string {
	switch {
	case strings.HasPrefix(p, "github.com/crosscheck/crosscheck"):
		return "crosscheck"
	case strings.HasPrefix(p, "golang.org/x/"):
		return "golang.org/x"
	case p == "type:" || p == "?":
		return "compiler-generated"
	case strings.Contains(strings.SplitN(p, "/", 2)[0], "."):
		return "other modules"
	}
	return "standard library"
}

// rebuildWithNames builds pkg for js/wasm like `make wasm` but keeps the
// name section, and parses the result.
func rebuildWithNames(pkg string) (*module, error) {
	dir, err := os.MkdirTemp("", "size-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "named.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("rebuilding %s with names: %w", pkg, err)
	}
	bin, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	mod, err := parseWasm(bin)
	if err != nil {
		return nil, err
	}
	if len(mod.names) == 0 {
		return nil, errors.New("the rebuilt binary has no name section either")
	}
	return mod, nil
}

// servedSize is the size of path+ext, the precompressed copy `make wasm`
// writes and cmd/serve sends, when it is there and decompresses to bin,
// path's content. It, not a recompression, is what a reader downloads:
// zopfli packs the wasm about 5% smaller than Go's compress/gzip at level 9.
// Comparing content, not modification times, because `make wasm` rewrites
// the wasm on every build and recompresses only when it changed.
func servedSize(path, ext string, bin []byte) (int, bool) {
	pre, err := os.ReadFile(path + ext)
	if err != nil {
		return 0, false
	}
	var r io.Reader
	switch ext {
	case ".gz":
		zr, err := gzip.NewReader(bytes.NewReader(pre))
		if err != nil {
			return 0, false
		}
		r = zr
	case ".br":
		r = brotli.NewReader(bytes.NewReader(pre))
	default:
		return 0, false
	}
	got, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(got, bin) {
		return 0, false
	}
	return len(pre), true
}

// compressed returns the gzip -9 and brotli (quality 11) sizes of b.
func compressed(b []byte) (gz, br int, err error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return 0, 0, err
	}
	if _, err := zw.Write(b); err != nil {
		return 0, 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, 0, err
	}
	gz = buf.Len()
	buf.Reset()
	bw := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := bw.Write(b); err != nil {
		return 0, 0, err
	}
	if err := bw.Close(); err != nil {
		return 0, 0, err
	}
	return gz, buf.Len(), nil
}

// mib is n in MiB.
func mib(n int) float64 { return float64(n) / (1 << 20) }

// human writes n in KiB or MiB.
// decimalVerdict says where n bytes stand against 1.5 MB read as 1,500,000
// bytes, the figure taken literally; the budget that fails the
// build is 1.5 MiB, and this line shows how much of the difference is used.
func decimalVerdict(n int) string {
	const mb = 1_500_000
	if n <= mb {
		return fmt.Sprintf("within it by %d", mb-n)
	}
	return fmt.Sprintf("over it by %d", n-mb)
}

func human(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.2f MiB", mib(n))
	}
	return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
}
