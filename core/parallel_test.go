package core_test

import (
	"bytes"
	"encoding/json"
	"runtime"
	"testing"

	"github.com/crosscheck/crosscheck/core"
)

// TestAnalyzeSameOnAnyCores checks that spreading articles over cores
// changes nothing: the report on one core and on four is the same, byte
// for byte, apart from the article IDs that Analyze makes up.
func TestAnalyzeSameOnAnyCores(t *testing.T) {
	arts := genArticles(40)
	for i := range arts {
		arts[i].ID = "fixed"
	}
	run := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		rep, err := core.Analyze(arts, core.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	one, four := run(1), run(4)
	if !bytes.Equal(one, four) {
		t.Errorf("report on 4 cores differs from the report on 1 core (%d vs %d bytes)", len(four), len(one))
	}
}
