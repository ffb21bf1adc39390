package tokens

import "testing"

func TestView(t *testing.T) {
	tx := New("Ten-year AID, 40", "")
	defer tx.Release()
	v := View{Text: tx.Text, Lower: tx.Lower, Toks: tx.Split()}
	tests := []struct {
		name     string
		k        int
		word     string
		kind     Kind
		adjacent bool
	}{
		{"first word, touching the hyphen", 0, "ten", Word, true},
		{"hyphen", 1, "-", Punct, true},
		{"lower-cased", 3, "aid", Word, true},
		{"comma, then a space", 4, ",", Punct, false},
		{"last token", 5, "40", Num, false},
		{"before the start", -1, "", 0, false},
		{"past the end", 6, "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := v.Word(tt.k); got != tt.word {
				t.Errorf("Word(%d) = %q, want %q", tt.k, got, tt.word)
			}
			if got := v.Kind(tt.k); got != tt.kind {
				t.Errorf("Kind(%d) = %v, want %v", tt.k, got, tt.kind)
			}
			if got := v.Adjacent(tt.k); got != tt.adjacent {
				t.Errorf("Adjacent(%d) = %v, want %v", tt.k, got, tt.adjacent)
			}
		})
	}
}
