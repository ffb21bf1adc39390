package clean

// vocab counts the words of a whole text by their lower-cased forms, and
// how often each was written with a capital initial (names). It is what
// splitRunOns trusts: a word the page uses elsewhere is a real word of
// this page. Each distinct word gets an id, which the page's words carry,
// so that later steps read its counts and stopword languages without
// another lookup.
//
// The ids live in an open-addressing table of its own rather than a
// map[string]int32: a page has tens of thousands of words, the map's
// hashing and growth were a sixth of Text's time, and the table, sized
// once from the page's length, never grows on a typical page.
type vocab struct {
	// slots holds id+1 in the low half and the word's hash in the high
	// half by hash position, 0 when empty; a power of two long. With the
	// hash beside the id, a probe that meets another word costs no load
	// from the arrays by id.
	slots []uint64
	keys  []string // the words, by id
	n     []int32  // occurrences, by id
	caps  []int32  // occurrences with a capital initial, by id
	stop  []uint16 // the stopLanguages listing the word, one bit each, by id
	// stops is stopIndex().table, looked up once.
	stops *stopTable
}

// newVocabSized returns an empty vocab with room for about n distinct words.
func newVocabSized(n int) vocab {
	var v vocab
	v.reset(n)
	return v
}

// reset empties v, keeping its arrays when they are large enough, with
// room for about n distinct words.
func (v *vocab) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	v.slots = resized(v.slots, size)
	v.keys = v.keys[:0]
	v.n = v.n[:0]
	v.caps = v.caps[:0]
	v.stop = v.stop[:0]
	if cap(v.keys) < n {
		v.keys = make([]string, 0, n)
		v.n = make([]int32, 0, n)
		v.caps = make([]int32, 0, n)
		v.stop = make([]uint16, 0, n)
	}
	v.stops = stopIndex().table
}

// release drops v's references to its words, keeping its arrays.
func (v *vocab) release() {
	clear(v.keys)
	v.keys = v.keys[:0]
}

// hashWord hashes the bytes of w for vocab and stopTable. Words are
// short, so it reads them whole rather than byte by byte as FNV-1a did
// (a sixth of the vocab's time): up to three bytes as first, middle and
// last, up to eight as two overlapping four-byte halves, longer ones
// eight bytes at a time; either way the bytes read and the length
// determine the word, and one multiply mixes them.
func hashWord(w string) uint32 {
	n := len(w)
	var x uint64
	switch {
	case n >= 8:
		x = uint64(n)
		i := 0
		for ; i+8 < n; i += 8 {
			x = (x ^ le64(w[i:])) * 0x9E3779B97F4A7C15
			x ^= x >> 32
		}
		x ^= le64(w[n-8:]) // the last one to eight bytes, reaching back
	case n >= 4:
		x = uint64(le32(w))<<32 | uint64(le32(w[n-4:]))
		x ^= uint64(n) << 60
	case n > 0:
		x = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1]) | uint64(n)<<24
	}
	x *= 0x9E3779B97F4A7C15
	return uint32(x>>32) ^ uint32(x)
}

// le32 reads the first four bytes of s, little-endian. The check of the
// last byte first lets the compiler make one load of the four, with no
// check of each byte.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 reads the first eight bytes of s, little-endian, in one load as
// le32 does.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// find returns the slot of lower-case word lw with hash h: the slot
// holding it, or the empty slot where it would go, and its id (-1 when
// absent).
func (v *vocab) find(lw string, h uint32) (int, int32) {
	mask := uint32(len(v.slots) - 1)
	// Fibonacci hashing spreads FNV's weak low bits over the table.
	i := (h * 0x9E3779B1) >> 7 & mask
	for {
		s := v.slots[i]
		if s == 0 {
			return int(i), -1
		}
		if id := int32(uint32(s)) - 1; uint32(s>>32) == h && v.keys[id] == lw {
			return int(i), id
		}
		i = (i + 1) & mask
	}
}

// id returns the id of lower-case word lw, or -1 when the text lacks it.
func (v *vocab) id(lw string) int32 {
	if len(v.keys) == 0 {
		return -1
	}
	_, id := v.find(lw, hashWord(lw))
	return id
}

// count returns how often lower-case word lw occurs.
func (v *vocab) count(lw string) int {
	if id := v.id(lw); id >= 0 {
		return int(v.n[id])
	}
	return 0
}

// countOf returns how often word w of a line with lower case low occurs,
// by its id when it has one.
func (v *vocab) countOf(w word, low string) int {
	if w.id >= 0 {
		return int(v.n[w.id])
	}
	return v.count(w.in(low))
}

// isName reports whether lower-case word lw occurs with a capital initial.
func (v *vocab) isName(lw string) bool {
	id := v.id(lw)
	return id >= 0 && v.caps[id] > 0
}

// add counts one occurrence of lower-case word lw and returns its id. The
// vocab keeps lw, so it must not be a view of a buffer that changes.
func (v *vocab) add(lw string, upper bool) int32 {
	h := hashWord(lw)
	slot, id := v.find(lw, h)
	if id < 0 {
		id = int32(len(v.keys))
		v.slots[slot] = uint64(h)<<32 | uint64(id+1)
		v.keys = append(v.keys, lw)
		v.n = append(v.n, 0)
		v.caps = append(v.caps, 0)
		var mask uint16
		if len(lw) <= v.stops.maxLen && (len(lw) < 2 || v.stops.mayHave(lw)) {
			mask = v.stops.lookup(lw, h)
		}
		v.stop = append(v.stop, mask)
		if 2*len(v.keys) > len(v.slots) {
			v.grow()
		}
	}
	v.n[id]++
	if upper {
		v.caps[id]++
	}
	return id
}

// grow doubles the table, keeping it at most half full.
func (v *vocab) grow() {
	old := v.slots
	v.slots = make([]uint64, 2*len(old))
	mask := uint32(len(v.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := (uint32(s>>32) * 0x9E3779B1) >> 7 & mask
		for v.slots[i] != 0 {
			i = (i + 1) & mask
		}
		v.slots[i] = s
	}
}

// stopTable maps every word of the stopword lists to the bit mask of the
// stopLanguages listing it. It is an open-addressing table hashed with
// hashWord, as vocab is, so that vocab.add reads a new word's mask with
// the hash it has already computed, where a map[string]uint16 hashed the
// word again; run-on splitting probes it for every tail of a long word.
type stopTable struct {
	slots  []int32 // index+1 into words by hash position, 0 when empty
	words  []string
	hash   []uint32
	mask   []uint16
	maxLen int // the longest word, in bytes
	// ends marks the last two bytes of every word of two bytes or more.
	ends [1 << 16 / 64]uint64
	// shapes marks the shapeOf every word of two bytes or more: a filter
	// that turns most words away before they are hashed.
	shapes [1 << 16 / 64]uint64
	// tails holds, by the endingOf every word of three bytes or more
	// (1<<12 entries), a bit for its length (bit 15 for 15 bytes or
	// more): the lengths of the stopwords a word may end in (see
	// runOnSplit).
	tails []uint16
}

// endingOf mixes the last three bytes of w, three bytes or longer, into a
// position of stopTable.tails.
func endingOf(w string) uint16 {
	n := len(w)
	x := uint32(w[n-3])<<16 | uint32(w[n-2])<<8 | uint32(w[n-1])
	return uint16(x * 0x9E3779B1 >> 20)
}

// tailLens returns a bit for the length of every stopword of three
// bytes or more that may end lw, three bytes or longer: bit k for k
// bytes, bit 15 for 15 or more. A clear bit rules the length out.
func (t *stopTable) tailLens(lw string) uint16 { return t.tails[endingOf(lw)] }

// tailBit is the bit of tailLens for a stopword of n bytes.
func tailBit(n int) uint16 { return 1 << min(n, 15) }

// shapeOf mixes the first two bytes and the length of w, two bytes or
// longer, into a position of stopTable.shapes.
func shapeOf(w string) uint16 {
	return uint16((uint32(pairAt(w, 0))<<8 ^ uint32(len(w))) * 0x9E3779B1 >> 16)
}

// endsLike reports whether lw, two bytes or longer, ends in the last two
// bytes of a stopword of two bytes or more.
func (t *stopTable) endsLike(lw string) bool {
	k := pairAt(lw, len(lw)-2)
	return t.ends[k/64]&(1<<(k%64)) != 0
}

// newStopTable indexes masks.
func newStopTable(masks map[string]uint16) *stopTable {
	size := 16
	for size < 2*len(masks) {
		size *= 2
	}
	t := &stopTable{slots: make([]int32, size), tails: make([]uint16, 1<<12)}
	m := uint32(size - 1)
	for w, k := range masks {
		h := hashWord(w)
		i := (h * 0x9E3779B1) >> 7 & m
		for t.slots[i] != 0 {
			i = (i + 1) & m
		}
		t.words = append(t.words, w)
		t.hash = append(t.hash, h)
		t.mask = append(t.mask, k)
		t.slots[i] = int32(len(t.words))
		t.maxLen = max(t.maxLen, len(w))
		if len(w) >= 2 {
			k := pairAt(w, len(w)-2)
			t.ends[k/64] |= 1 << (k % 64)
			k = shapeOf(w)
			t.shapes[k/64] |= 1 << (k % 64)
		}
		if len(w) >= 3 {
			t.tails[endingOf(w)] |= tailBit(len(w))
		}
	}
	return t
}

// lookup returns the mask of lower-case word lw with hash h, 0 when no
// list has it.
func (t *stopTable) lookup(lw string, h uint32) uint16 {
	m := uint32(len(t.slots) - 1)
	for i := (h * 0x9E3779B1) >> 7 & m; ; i = (i + 1) & m {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if k := s - 1; t.hash[k] == h && t.words[k] == lw {
			return t.mask[k]
		}
	}
}

// maskOf returns the mask of lower-case word lw.
func (t *stopTable) maskOf(lw string) uint16 {
	if len(lw) > t.maxLen || lw == "" || (len(lw) >= 2 && !t.mayHave(lw)) {
		return 0
	}
	return t.lookup(lw, hashWord(lw))
}

// mayHave reports whether the table may hold lw, two bytes or longer: a
// filter small enough to be inlined in loops that probe many words.
func (t *stopTable) mayHave(lw string) bool {
	k := shapeOf(lw)
	return t.shapes[k/64]&(1<<(k%64)) != 0
}
