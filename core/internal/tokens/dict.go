package tokens

// Dict is a read-only map from words to V, built once, for the lookup of
// every word of a text: its Filter rules out most words with two table
// probes, and an open-addressing table hashed with FNV-1a finds the rest
// with one or two compares. A Go map's general string hashing and probing
// cost more, and the scanners probe a word set for nearly every word.
type Dict[V any] struct {
	filter Filter
	keys   []string // "" for an empty slot
	vals   []V
	mask   uint32
}

// NewDict returns a Dict of m, its table at most half full. The empty
// word is left out: no token is empty.
func NewDict[V any](m map[string]V) *Dict[V] {
	n := 16
	for n < 2*len(m) {
		n <<= 1
	}
	d := &Dict[V]{keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
	for w, v := range m {
		if w == "" {
			continue
		}
		d.filter.add(w)
		i := hash(w) & d.mask
		for d.keys[i] != "" {
			i = (i + 1) & d.mask
		}
		d.keys[i], d.vals[i] = w, v
	}
	return d
}

// Get returns the value of w and whether w is a key.
func (d *Dict[V]) Get(w string) (v V, ok bool) {
	if !d.filter.May(w) {
		return v, false
	}
	for i := hash(w) & d.mask; ; i = (i + 1) & d.mask {
		switch k := d.keys[i]; {
		case k == "":
			return v, false
		case k == w:
			return d.vals[i], true
		}
	}
}

// hash is FNV-1a over the bytes of w.
func hash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
