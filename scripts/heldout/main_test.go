package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSet writes a set of two articles, any extra ones and a key into a
// temporary root.
func writeSet(t *testing.T, key string, extra map[string]string) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "flood")
	files := map[string]string{
		"1.txt":    "Floods kill 12 in Varnia\n\nPublished 3 May 2031\n\nFloods killed at least 12 people in the town of Orvek on Monday, the National Disaster Agency said. Interior Minister Dana Orsk said more rain was due.\n",
		"2.txt":    "Varnia flood toll rises\n\nPublished 5 May 2031\n\nThe death toll from floods in Orvek rose to 31 on Wednesday, the NDA said. Orsk visited the town.\n",
		"key.json": key,
	}
	for name, body := range extra {
		files[name] = body
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestRun(t *testing.T) {
	tests := []struct {
		name, key string
		extra     map[string]string // more articles
		want      []string          // lines' fragments
		err       string
	}{
		{"an update found", `{"relations":[{"kind":"updates","a":"at least 12","b":"rose to 31"}]}`, nil,
			[]string{"relations  1/1 ", "all 1 sets"}, ""},
		{"an update found through a chain", `{"relations":[{"kind":"updates","a":"at least 12","b":"rose to 31"}]}`,
			map[string]string{"3.txt": "Varnia flood toll at 20\n\nPublished 4 May 2031\n\nThe death toll from floods in Orvek rose to 20 on Tuesday, the NDA said.\n"},
			[]string{"relations  1/1  (1 by a chain, "}, ""},
		{"the same pair of another kind", `{"relations":[{"kind":"contradicts","a":"at least 12","b":"rose to 31"}]}`, nil,
			[]string{"relations  0/1  (0 by a chain, 1 of another kind)"}, ""},
		{"a linked pair that must not be", `{"unlinked":[["at least 12","rose to 31"]]}`, nil,
			[]string{"unlinked broken 1/1"}, ""},
		{"an alias", `{"aliases":[["National Disaster Agency","NDA"]]}`, nil,
			[]string{"aliases 1/1"}, ""},
		{"an alias written with a title the report keeps as a role", `{"aliases":[["Interior Minister Dana Orsk","Orsk"]]}`, nil,
			[]string{"aliases 1/1"}, ""},
		{"a key string in no article", `{"relations":[{"kind":"updates","a":"at least 13","b":"rose to 31"}]}`, nil,
			nil, `"at least 13" is in no article`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			err := run(&out, writeSet(t, tt.key, tt.extra), true)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}
