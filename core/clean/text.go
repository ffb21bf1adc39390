package clean

import "strings"

// Text cleans a plain-text page. First version: every non-blank line is body.
func Text(raw string, opts Options) Doc {
	var d Doc
	var b strings.Builder
	for i, l := range strings.Split(raw, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		d.Lines = append(d.Lines, Line{N: i + 1, Text: l, Role: RoleBody})
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(l)
		d.Paras = append(d.Paras, Para{Start: start, End: b.Len(), Line: i + 1, Role: RoleBody})
	}
	d.Text = b.String()
	return d
}
