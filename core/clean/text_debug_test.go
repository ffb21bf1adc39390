package clean

import (
	"fmt"
	"os"
	"testing"
)

// TestTextDebugPage prints every line of one page with its classes before
// and after context, its role and reason: CLEAN_TEXT_DEBUG=page.txt.
func TestTextDebugPage(t *testing.T) {
	f := os.Getenv("CLEAN_TEXT_DEBUG")
	if f == "" {
		t.Skip("set CLEAN_TEXT_DEBUG=page.txt")
	}
	raw, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	lines := splitLines(string(raw))
	for i, l := range lines {
		lines[i] = repairLine(l)
	}
	blocks, _ := textBlocksOf(lines)
	p, _ := pageOf(blocks, Options{})
	p.classify()
	a, b := p.zone()
	fmt.Printf("ZONE %d..%d\n", a, b)
	for i, l := range p.lines {
		fmt.Printf("%d\t%d>%d\t%.2f\t%s\t%s\t%.100s\n", blocks[i].N, l.init, l.cls, l.density, l.role, l.reason, blocks[i].Text)
	}
}
