package tokens

// Filter rules out, with a few table probes, most words that are not in a
// set: bit n of first[c] (second[c], last[c]) is set when a word of n bytes
// (n capped at 31) in the set has byte c first (second, last). The
// scanners test every word of a text against their sets, and most words
// are in none of them. The second byte counts because the first and last
// alone let the commonest words through: "the" passed for "two" and "one".
type Filter struct{ first, second, last [256]uint32 }

// NewFilter returns the filter of the keys of set.
func NewFilter[V any](set map[string]V) *Filter {
	f := new(Filter)
	for w := range set {
		if w != "" {
			bit := uint32(1) << min(len(w), 31)
			f.first[w[0]] |= bit
			f.last[w[len(w)-1]] |= bit
			if len(w) > 1 {
				f.second[w[1]] |= bit
			}
		}
	}
	return f
}

// May reports whether w may be in the set; false is certain.
func (f *Filter) May(w string) bool {
	if w == "" {
		return false
	}
	bit := uint32(1) << min(len(w), 31)
	return f.first[w[0]]&bit != 0 && f.last[w[len(w)-1]]&bit != 0 && (len(w) == 1 || f.second[w[1]]&bit != 0)
}
