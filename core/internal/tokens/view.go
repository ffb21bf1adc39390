package tokens

// View is one token list of a text with the accessors quantity's and
// timex's scanners share. Out-of-range indexes answer "", 0 and false, so a
// scanner looks ahead and behind without bounds checks of its own.
type View struct {
	Text, Lower string
	Toks        []Token
}

// Word returns token k lower-cased, "" when k is out of range.
func (v *View) Word(k int) string {
	if k < 0 || k >= len(v.Toks) {
		return ""
	}
	return v.Lower[v.Toks[k].Start:v.Toks[k].End]
}

// Kind returns the kind of token k, 0 when k is out of range.
func (v *View) Kind(k int) Kind {
	if k < 0 || k >= len(v.Toks) {
		return 0
	}
	return v.Toks[k].Kind
}

// Adjacent reports whether tokens k and k+1 touch, with no space between.
func (v *View) Adjacent(k int) bool {
	return k >= 0 && k+1 < len(v.Toks) && v.Toks[k].End == v.Toks[k+1].Start
}
