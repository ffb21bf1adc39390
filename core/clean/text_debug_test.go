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
	q, _ := pageOf(append([]textBlock(nil), blocks...), Options{})
	for i := range q.lines {
		q.lines[i].cls = q.initialClass(i)
		q.lines[i].init = q.lines[i].cls
	}
	q.smooth()
	q.keepShortArticle()
	q.markTeasers()
	head, hl := q.headlineWords()
	q.zone()
	for _, c := range unionRuns(q.candidates(-1), q.candidates(hl)) {
		fmt.Printf("CAND %d..%d (lines %d..%d) w %d affinity %.2f\n", c.a, c.b, blocks[c.a].N, blocks[max(c.b-1, c.a)].N, c.w, q.affinity(c.a, c.b, head, hl))
	}
	p, _ := pageOf(blocks, Options{})
	p.classify()
	fmt.Printf("ZONE %d..%d headline at %d\n", p.za, p.zb, hl)
	for i, l := range p.lines {
		fmt.Printf("%d\t%d>%d\t%.2f\t%s\t%s\t%.100s\n", blocks[i].N, l.init, l.cls, l.density, l.role, l.reason, blocks[i].Text)
	}
}
