package entity

// classTable holds the word classes of lexicons.classes for the lookup
// the scanner makes for most name-like tokens and their neighbours (see
// scanner.class): an open-addressed table hashed on a word's length and a
// few of its bytes, with no loop over the word, where the map hashed every
// byte and probed a group. Most words asked are in no list, and an empty
// slot answers them after one or two probes. Under wasm, which hashes
// strings without AES, the difference is larger.
type classTable struct {
	slots []classSlot // a power of two of them, at most half full
	empty wordClass   // the class of "", which has no slot
}

// classSlot is one word and its class; an empty slot has no word.
type classSlot struct {
	word string
	cls  wordClass
}

// newClassTable returns the table of m.
func newClassTable(m map[string]wordClass) classTable {
	n := 16
	for n < 2*len(m) {
		n *= 2
	}
	t := classTable{slots: make([]classSlot, n)}
	for w, c := range m {
		if w == "" {
			t.empty = c
			continue
		}
		i := t.home(w)
		for t.slots[i].word != "" {
			i = (i + 1) & uint32(len(t.slots)-1)
		}
		t.slots[i] = classSlot{w, c}
	}
	return t
}

// home returns the slot a non-empty word w is looked for from.
func (t *classTable) home(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])<<24 ^ uint32(w[n-1])<<16 ^ uint32(w[n/2])<<8 ^ uint32(w[n/3])
	h ^= h >> 15
	h *= 0x85ebca6b
	h ^= h >> 13
	return h & uint32(len(t.slots)-1)
}

// get returns the class of w, 0 for a word in no list.
func (t *classTable) get(w string) wordClass {
	if w == "" {
		return t.empty
	}
	mask := uint32(len(t.slots) - 1)
	for i := t.home(w); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.word == w {
			return s.cls
		}
		if s.word == "" {
			return 0
		}
	}
}
