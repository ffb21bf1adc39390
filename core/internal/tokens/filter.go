package tokens

// Filter rules out, with one table probe, most words that are not in a
// set: a bit set of 4096 bits, each word of the set setting the bit its
// length, first, middle and last bytes hash to. The scanners test every
// word of a text against their sets, and most words are in none of them.
// Those four bytes tell the commonest words apart, which tables of first,
// second and last bytes by length did not: "and" passed for "ago", "one"
// and "wed".
type Filter struct{ bits [filterBits / 64]uint64 }

// filterBits is the size of a Filter's bit set: a set of a few hundred
// words fills a tenth of it.
const filterBits = 4096

// NewFilter returns the filter of the keys of set.
func NewFilter[V any](set map[string]V) *Filter {
	f := new(Filter)
	for w := range set {
		f.add(w)
	}
	return f
}

// add sets w's bit. It is kept out of line: NewFilter has a copy for each
// of the sets' value types, and each held a copy of this too.
//
//go:noinline
func (f *Filter) add(w string) {
	if w != "" {
		b := filterBit(w)
		f.bits[b/64] |= 1 << (b % 64)
	}
}

// May reports whether w may be in the set; false is certain.
func (f *Filter) May(w string) bool {
	if w == "" {
		return false
	}
	b := filterBit(w)
	return f.bits[b/64]&(1<<(b%64)) != 0
}

// filterBit returns the bit of w, not empty: a Fibonacci hash of its
// length and first, middle and last bytes.
func filterBit(w string) uint {
	k := uint64(len(w)) | uint64(w[0])<<16 | uint64(w[len(w)/2])<<32 | uint64(w[len(w)-1])<<48
	return uint(k * 0x9E3779B97F4A7C15 >> (64 - 12))
}
