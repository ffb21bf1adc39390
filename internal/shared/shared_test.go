package shared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDir(t *testing.T) {
	t.Run("environment first", func(t *testing.T) {
		t.Setenv("CROSSCHECK_SHARED", "/data/x")
		if got := Dir(); got != "/data/x" {
			t.Errorf("Dir() = %q, want the environment's /data/x", got)
		}
	})
	t.Run("beside the module root", func(t *testing.T) {
		t.Setenv("CROSSCHECK_SHARED", "")
		wd, _ := os.Getwd()
		root := filepath.Dir(filepath.Dir(wd)) // internal/shared → the module root
		if got, want := Dir(), filepath.Join(filepath.Dir(root), "shared"); got != want {
			t.Errorf("Dir() = %q, want %q", got, want)
		}
	})
}

// TestSeedsSkipOrLoad checks that Seeds gives every seed file with its
// text, or skips when there are none.
func TestSeedsSkipOrLoad(t *testing.T) {
	files := Seeds(t)
	if len(files) != len(SeedPaths()) {
		t.Fatalf("Seeds gave %d files, SeedPaths %d", len(files), len(SeedPaths()))
	}
	for _, f := range files {
		if f.Name == "" || f.Text == "" {
			t.Errorf("seed %q has no text", f.Name)
		}
	}
}
