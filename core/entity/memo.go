package entity

import "strings"

// keyed is the Key of one surface form with its words.
type keyed struct {
	key   string
	words []string
}

// keyMemo holds the Key of every surface form met during one call of
// Link. A name recurs many times across a collection ("Assad", "the
// Observatory") and the scanner asks for the Key of the same span several
// times (is it lexical, is it known, what node is it), while each Key
// folds, splits and joins the form anew. Lookups index the map with a
// substring of the text, so a form seen before costs no allocation.
type keyMemo map[string]keyed

// of returns Key(s) and keyWords(s). The words are shared by every caller
// and must not be changed.
func (m keyMemo) of(s string) keyed {
	if k, ok := m[s]; ok {
		return k
	}
	w := keyWords(s)
	k := keyed{key: strings.Join(w, " "), words: w}
	m[s] = k
	return k
}

// key returns Key(s).
func (m keyMemo) key(s string) string { return m.of(s).key }

