package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWrite checks that write packs each list stripped into
// lean/lists.pack, in name order, skips other files and removes a stale
// file left from an earlier run.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a_en.txt":   "# a list\nword\n\nother # why\n",
		"b_en.tsv":   "# head\nkey\tvalue\n",
		"notes.md":   "not a list\n",
		"lean/x.txt": "stale\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := write(dir); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "lean", "lists.pack"))
	if err != nil {
		t.Fatal(err)
	}
	want := "\x00a_en.txt\nword\nother\n\x00b_en.tsv\nkey\tvalue\n"
	if string(b) != want {
		t.Errorf("lean/lists.pack = %q, want %q", b, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "lean", "x.txt")); !os.IsNotExist(err) {
		t.Errorf("stale lean/x.txt left behind: %v", err)
	}
}
