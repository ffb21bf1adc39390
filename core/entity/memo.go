package entity

import "strings"

// keyed is the node key of one surface form with its key words, and
// what the lexicon lists under the key.
type keyed struct {
	key     string
	words   []string // shared by every mention of the form: never changed
	country *country // the lexicon country or people of that key, or nil
	place   *country // the lexicon place of that key, or nil
}

// memo holds what the scanners of one call of Link compute per surface
// form. A name recurs many times across a collection ("Assad", "the
// Observatory") and the scanner asks for the Key of the same span several
// times (is it lexical, is it known, what node is it), where each Key
// folded, split and joined the form anew. Lookups index the maps with a
// substring of the text, so a form seen before costs no allocation.
type memo struct {
	l     *lexicons
	keys  map[string]int32 // surface form → index in keyed
	acros map[string]int32 // acronym as written → index in keyed
	keyed []keyed          // the values: a map of small values is smaller and quicker to fill
	arena []string         // the rest of the array word lists are carved from
	chunk int              // the size of the next such array
}

// newMemo returns an empty memo for texts of about size bytes in all.
// News text keys a form every 130 bytes or so, of one or two words: the
// map is sized with room to spare (growing it rehashes), the list of
// values and the first word arena closer to need (they grow by copying
// or by a new arena).
func newMemo(size int) *memo {
	return &memo{l: lists(), keys: make(map[string]int32, size/64), keyed: make([]keyed, 0, size/96+8), acros: map[string]int32{}, chunk: min(max(size/48, 16), 1024)}
}

// of returns Key(s) and keyWords(s).
func (m *memo) of(s string) keyed {
	if i, ok := m.keys[s]; ok {
		return m.keyed[i]
	}
	return m.add(s, fold(s))
}

// ofSpan is of(s) for s a span of a text and lower the same span of the
// text with its ASCII letters lower-cased, which is fold(s) when s is
// ASCII: the common case folds without a copy.
func (m *memo) ofSpan(s, lower string) keyed {
	if i, ok := m.keys[s]; ok {
		return m.keyed[i]
	}
	if !isASCII(s) {
		lower = fold(s)
	}
	return m.add(s, lower)
}

// add keys s, folded as f, and files it. The words are appended to the
// arena in place; a form with more words than the arena has room for gets
// an array of its own.
func (m *memo) add(s, f string) keyed {
	if len(m.arena) < 8 { // more than nearly any name has words
		m.refill(8)
	}
	w := appendFoldedWords(m.arena[:0], f)
	switch {
	case len(w) == 0:
		w = nil
	case len(w) <= len(m.arena) && &w[0] == &m.arena[0]:
		w, m.arena = w[:len(w):len(w)], m.arena[len(w):]
	default:
		w = w[:len(w):len(w)]
	}
	k := keyed{key: strings.Join(w, " "), words: w}
	k.country, k.place = m.l.countries[k.key], m.l.places[k.key]
	m.keys[s] = m.file(k)
	return k
}

// acronym returns the node key and letters of the acronym a as written:
// "a:" and a in lower case without dots, its letters the only key word.
// Acronyms keep doubled letters: SSD is not SD.
func (m *memo) acronym(a string) keyed {
	if i, ok := m.acros[a]; ok {
		return m.keyed[i]
	}
	w := m.carve(1)
	k := keyed{words: w}
	if key, ok := plainAcronymKey(a); ok {
		k.key, w[0] = key, key[len("a:"):] // the letters are the key's own
	} else {
		k.key, w[0] = "a:"+strings.ToLower(strings.ReplaceAll(a, ".", "")), acronymLetters(a)
	}
	m.acros[a] = m.file(k)
	return k
}

// plainAcronymKey returns the node key of an acronym of ASCII letters and
// dots, the common case, made as one string: "U.N." → "a:un". Its letters
// (see acronymLetters) are the key without "a:". It reports false for any
// other acronym, and for a mixed one ("MoD"), whose letters are its
// capitals alone.
func plainAcronymKey(a string) (string, bool) {
	var room [32]byte
	b := append(room[:0], "a:"...)
	var lower, upper bool
	for i := 0; i < len(a); i++ {
		switch c := a[i]; {
		case c == '.':
		case 'a' <= c && c <= 'z':
			b = append(b, c)
			lower = true
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
			upper = true
		default:
			return "", false
		}
	}
	return string(b), !(lower && upper)
}

// refill starts a new arena of at least n strings.
func (m *memo) refill(n int) {
	m.arena = make([]string, max(n, m.chunk))
	m.chunk = min(2*m.chunk, 1024)
}

// file adds k to m.keyed and returns its index.
func (m *memo) file(k keyed) int32 {
	m.keyed = append(m.keyed, k)
	return int32(len(m.keyed) - 1)
}

// carve returns a slice of n strings, a window of a shared array capped at
// n, or nil for none.
func (m *memo) carve(n int) []string {
	if n == 0 {
		return nil
	}
	if len(m.arena) < n {
		m.refill(n)
	}
	w := m.arena[:n:n]
	m.arena = m.arena[n:]
	return w
}
