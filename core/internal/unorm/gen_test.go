package unorm

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestTablesUpToDate regenerates tables.go into a temporary directory and
// compares: the tables must be those of the x/text version in go.mod.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("runs the generator")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	if msg, err := exec.Command(goTool, "run", "./gen", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("go run ./gen: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("tables.go is out of date: run go generate ./core/internal/unorm")
	}
}
