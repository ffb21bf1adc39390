package entity

import (
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	for _, c := range find([]string{s})[0] {
		t.Logf("%+v", c)
	}
}
