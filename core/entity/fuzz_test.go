package entity

import (
	"testing"
)

func FuzzLink(f *testing.F) {
	for _, text := range readNews(f) {
		f.Add(text, "The VCCM said so.")
	}
	f.Add("President Assad (PA) met U.S. envoys in Kyiv's al-Sham quarter.", "l'ONDH, pro-Turkish")
	f.Add("A.B.C. (X) -al- l' ’s 's #Tag @Who\n\n(", "Gen. . Dr")
	f.Fuzz(func(t *testing.T, a, b string) {
		texts := []string{a, b}
		ents, mentions := Link(texts)
		ids := map[string]bool{}
		for _, e := range ents {
			ids[e.ID] = true
			if e.Name == "" {
				t.Errorf("entity %s has no name", e.ID)
			}
		}
		if len(mentions) != len(texts) {
			t.Fatalf("Link returned %d mention lists for %d texts", len(mentions), len(texts))
		}
		for i, ms := range mentions {
			prev := -1
			for _, m := range ms {
				if m.Start < 0 || m.End > len(texts[i]) || m.Start >= m.End {
					t.Fatalf("mention %+v out of bounds of text %d (%d bytes)", m, i, len(texts[i]))
				}
				if texts[i][m.Start:m.End] != m.Text {
					t.Errorf("mention text %q != text[%d:%d] %q", m.Text, m.Start, m.End, texts[i][m.Start:m.End])
				}
				if !ids[m.Entity] {
					t.Errorf("mention %+v names no entity", m)
				}
				if m.Article != i || m.Start < prev {
					t.Errorf("mention %+v out of order", m)
				}
				prev = m.End
			}
		}
	})
}
