package tokens

// Filter rules out, with two table probes, most words that are not in a
// set: bit n of first[c] (last[c]) is set when a word of n bytes (n capped
// at 31) in the set starts (ends) with byte c. The scanners test every word
// of a text against their sets, and most words are in none of them.
type Filter struct{ first, last [256]uint32 }

// NewFilter returns the filter of the keys of set.
func NewFilter[V any](set map[string]V) *Filter {
	f := new(Filter)
	for w := range set {
		if w != "" {
			f.first[w[0]] |= 1 << min(len(w), 31)
			f.last[w[len(w)-1]] |= 1 << min(len(w), 31)
		}
	}
	return f
}

// May reports whether w may be in the set; false is certain. The last
// byte is tested too: with the first alone, "the" and "this" let most
// words of their length through.
func (f *Filter) May(w string) bool {
	if w == "" {
		return false
	}
	bit := uint32(1) << min(len(w), 31)
	return f.first[w[0]]&bit != 0 && f.last[w[len(w)-1]]&bit != 0
}
