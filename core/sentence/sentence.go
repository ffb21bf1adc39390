// Package sentence finds sentence boundaries in cleaned news text.
package sentence

// Span is a sentence: byte offsets into the text given to Split.
type Span struct {
	Start int `json:"start"` // 0-based byte offset of the first byte
	End   int `json:"end"`   // byte offset one past the last byte
}

// Split returns the sentences of text in order. A newline always ends a
// sentence (paragraphs never share one); spans exclude surrounding space.
func Split(text string) []Span {
	var out []Span
	start := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if start < 0 {
			if c != ' ' && c != '\n' && c != '\t' {
				start = i
			}
			continue
		}
		end := -1
		if c == '\n' {
			end = i
		} else if (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ') {
			end = i + 1
		}
		if end >= 0 {
			out = append(out, Span{start, end})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}
