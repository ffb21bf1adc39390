package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWrite checks that write strips each list into lean/, skips other
// files and removes a stale list left from an earlier run.
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
	want := map[string]string{"a_en.txt": "word\nother\n", "b_en.tsv": "key\tvalue\n"}
	got := map[string]string{}
	entries, err := os.ReadDir(filepath.Join(dir, "lean"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, "lean", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got[e.Name()] = string(b)
	}
	if len(got) != len(want) {
		t.Errorf("lean/ holds %v, want %v", got, want)
	}
	for name, text := range want {
		if got[name] != text {
			t.Errorf("lean/%s = %q, want %q", name, got[name], text)
		}
	}
}
