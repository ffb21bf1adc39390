package entity

import (
	"hash/maphash"
	"strconv"
	"strings"
)

// Bounds of the fuzzy merge.
const (
	minFuzzyLen = 5  // shortest word compared by spelling: Hama is never Hamas, Iran never Iraq
	maxBucket   = 64 // a blocking bucket larger than this is left alone, not compared pairwise
)

// spellings merges names that differ in one word by one edit (Rahman /
// Rahmane, Bashar / Bahsar) or only in that word's vowels (Idlib / Idelb),
// all their other words being equal. Candidate pairs are found by blocking,
// not by comparing all pairs: each name is filed under its other words plus
// each one-letter deletion and the consonant skeleton of the varying word,
// so two names meet only if they could match. Names both used in one
// article stay apart unless the difference is a swap of two letters, a
// typing slip: an article that writes both Salem and Salim means two men.
func (k *linker) spellings() {
	var (
		seed  = maphash.MakeSeed()
		filed = make([]filing, 0, k.filings())
		buf   []byte
	)
	// file files node i under the key kind, rest, v: buf holds kind and
	// rest, the variant is appended in pieces (a deletion without building
	// the shorter word).
	file := func(rest int, i int, v ...string) {
		b := buf[:rest]
		for _, p := range v {
			b = append(b, p...)
		}
		filed = append(filed, filing{maphash.Bytes(seed, b), i})
		buf = b
	}
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial {
			continue
		}
		for p, w := range n.words {
			if len(w) < minFuzzyLen {
				continue
			}
			buf = appendRest(append(buf[:0], 'e'), p, n.words)
			rest := len(buf)
			file(rest, i, w)
			if stem := adjectiveStem(w); stem != "" {
				file(rest, i, stem) // "Korvanski" meets "Korvan"
			}
			for d := 0; d < len(w); d++ {
				if d > 0 && w[d] == w[d-1] {
					continue // the same deletion as the letter before
				}
				file(rest, i, w[:d], w[d+1:])
			}
			buf[0] = 's'
			if b := appendSkeleton(buf[:rest], w); len(b)-rest >= 3 {
				filed = append(filed, filing{maphash.Bytes(seed, b), i})
				buf = b
			}
		}
		if translitCandidate(n) {
			buf = appendTranslitKey(append(buf[:0], 't'), n.words)
			filed = append(filed, filing{maphash.Bytes(seed, buf), i})
		}
		if last := len(n.words) - 1; last > 0 && len(n.words[last]) >= translatedStem+1 {
			buf = appendRest(append(buf[:0], 'p'), last, n.words)
			buf = append(buf, n.words[last][:translatedStem]...)
			filed = append(filed, filing{maphash.Bytes(seed, buf), i})
		}
	}
	// A bucket is a run of one key in the sorted filings, each node once.
	filed = sortFilings(filed)
	var b []int
	for lo := 0; lo < len(filed); {
		hi := lo + 1
		for hi < len(filed) && filed[hi].key == filed[lo].key {
			hi++
		}
		if hi-lo >= 2 {
			b = b[:0]
			for _, f := range filed[lo:hi] {
				if len(b) == 0 || b[len(b)-1] != f.node {
					b = append(b, f.node)
				}
			}
			k.compareBucket(b)
		}
		lo = hi
	}
}

// filing is one key a node is filed under by spellings.
type filing struct {
	key  uint64
	node int
}

// filings returns how many keys spellings files the nodes under, at most:
// the filings slice is made once, at its size.
func (k *linker) filings() int {
	n := 0
	for _, nd := range k.nodes {
		if nd.isLex() || nd.acro || nd.partial {
			continue
		}
		for _, w := range nd.words {
			if len(w) >= minFuzzyLen {
				n += len(w) + 3
			}
		}
		n += 2 // the transliteration key and the translation key
	}
	return n
}

// sortFilings sorts filed by key, filings of one key in the order they
// were filed (node order), and returns the sorted slice, which may be a
// new one. The keys are hashes, spread evenly: one pass deals the
// filings into buckets by the top bits of their keys, about four a
// bucket, and each bucket is insertion-sorted, where a radix sort on all
// eight bytes of the key passed over the filings sixteen times (and a
// comparison sort through package sort took more time than the rest of
// spellings together). A bucket is as long as its keys' top bits are
// shared: with hashes of a seed made for the call, a few filings.
func sortFilings(filed []filing) []filing {
	n := len(filed)
	if n < 2 {
		return filed
	}
	bits := 1
	for 1<<bits < n/4 && bits < 16 {
		bits++
	}
	shift := 64 - bits
	start := make([]int, 1<<bits+1) // start[b]: where bucket b starts, once summed
	for _, f := range filed {
		start[f.key>>shift+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	dst := make([]filing, n)
	for _, f := range filed {
		b := f.key >> shift
		dst[start[b]] = f
		start[b]++ // now the start of bucket b+1 once b is dealt
	}
	lo := 0
	for _, hi := range start[:1<<bits] {
		insertionFilings(dst[lo:hi])
		lo = hi
	}
	return dst
}

// insertionFilings sorts a few filings by key, stably.
func insertionFilings(fs []filing) {
	for i := 1; i < len(fs); i++ {
		f := fs[i]
		j := i
		for ; j > 0 && fs[j-1].key > f.key; j-- {
			fs[j] = fs[j-1]
		}
		fs[j] = f
	}
}

// appendRest appends to buf the words of a name but word p, with p, as
// the blocking key's fixed part: "p|words before|words after|".
func appendRest(buf []byte, p int, words []string) []byte {
	buf = strconv.AppendInt(buf, int64(p), 10)
	buf = append(buf, '|')
	for i, w := range words[:p] {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	buf = append(buf, '|')
	for i, w := range words[p+1:] {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return append(buf, '|')
}

// compareBucket merges the similar names of one blocking bucket, b in node
// order; a bucket larger than maxBucket is left alone.
func (k *linker) compareBucket(b []int) {
	if len(b) < 2 || len(b) > maxBucket {
		return
	}
	for x := 0; x < len(b); x++ {
		for y := x + 1; y < len(b); y++ {
			if b[x] == b[y] || k.find(b[x]) == k.find(b[y]) {
				continue
			}
			if na, nb := k.nodes[b[x]], k.nodes[b[y]]; k.similar(na, nb) || transliterated(na, nb) || translated(na, nb) {
				k.union(b[x], b[y])
			}
		}
	}
}

// similar reports whether two names of equal length differ in one word
// by one edit or by vowels only, within the bounds of spellings.
func (k *linker) similar(a, b *node) bool {
	if len(a.words) != len(b.words) {
		return false
	}
	diff := -1
	for i := range a.words {
		if a.words[i] != b.words[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return true
	}
	wa, wb := a.words[diff], b.words[diff]
	if len(wa) < minFuzzyLen || len(wb) < minFuzzyLen {
		return false
	}
	if diff < len(a.words)-1 && genderPair(wa, wb) {
		return false // Maria and Mario Lopez are two people
	}
	if adjectival(wa, wb) || adjectival(wb, wa) {
		// "Korvan Bridge", "Korvanski Bridge": a place's name and its
		// Slavic adjective, the other words the same.
		return !sharesArticle(a, b) && (placeLike(a, b) || bodyLike(a, b))
	}
	ok, swapped := editDistance1(wa, wb)
	if ok && len(a.words) == 1 && !swapped && (wa[0] != wb[0] || !placeLike(a, b)) {
		// A one-word name has no other words to vouch for it: Night and
		// Light, Peace and Pence, Guide and Guido are different words.
		ok = false
	}
	if !ok && !(wa[0] == wb[0] && sameSkeleton(wa, wb) && vowelVariant(a, b, wa, wb)) {
		return false
	}
	if sharesArticle(a, b) && !swapped {
		return false
	}
	return !kindsClash(a.votes, b.votes)
}

// kindsClash reports whether two names carry clear evidence of different
// kinds: a person is not a place of a similar spelling.
func kindsClash(a, b [nVotes]int) bool {
	ka, kb := topVote(a), topVote(b)
	return ka != nVotes && kb != nVotes && ka != kb && a[ka] >= 2 && b[kb] >= 2
}

// topVote returns the vote with the most evidence, nVotes when none.
func topVote(v [nVotes]int) vote {
	best, bv := nVotes, 0
	for i, x := range v {
		if x > bv {
			best, bv = vote(i), x
		}
	}
	return best
}

// vowelVariant reports whether two words with one consonant skeleton may be
// spellings of one place or body: transliterations of place names vary in
// their vowels (Idlib / Idelb, Raqqa / Raqa), and so do bodies named after
// a word of the language, their other words the same (Zarif Express /
// Zareef Express); people's names that share their consonants are often
// different names (Patton / Putin, Salem / Salim). So at least one side
// must be a place or a body of two words or more, neither a person, and
// the words at most two edits apart and of lengths within one.
func vowelVariant(a, b *node, wa, wb string) bool {
	if !placeLike(a, b) && !(len(a.words) > 1 && bodyLike(a, b)) {
		return false
	}
	if d := len(wa) - len(wb); d > 1 || d < -1 {
		return false
	}
	return levenshtein(wa, wb, 2) <= 2
}

// levenshtein returns the edit distance of a and b, or max+1 once it is
// known to exceed max.
func levenshtein(a, b string, max int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			low = min(low, c)
		}
		if low > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// placeLike reports whether of two names at least one has the evidence of a
// place and neither that of a person.
func placeLike(a, b *node) bool {
	ka, kb := topVote(a.votes), topVote(b.votes)
	return ka != vPerson && kb != vPerson && (ka == vPlace || kb == vPlace)
}

// adjectival reports whether b is a's stem with a Slavic adjective's
// ending: "Korvanski" of "Korvan", "Lvivskyi" of "Lviv".
func adjectival(a, b string) bool {
	return len(a) >= 4 && adjectiveStem(b) == a
}

// adjectiveStem returns w without the ending of a Slavic adjective made
// of a place name, "" when it has none or the stem is short.
func adjectiveStem(w string) string {
	for _, end := range slavicAdjective {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= 4 {
			return stem
		}
	}
	return ""
}

// slavicAdjective are the endings a Slavic place name takes as an
// adjective, as keys spell them, longest first.
var slavicAdjective = []string{"skaya", "skoye", "skiy", "skyi", "skoe", "ski", "sky", "ska", "ske", "sko"}

// bodyLike reports whether of two names at least one has the evidence of
// an organisation or armed group and neither that of a person.
func bodyLike(a, b *node) bool {
	ka, kb := topVote(a.votes), topVote(b.votes)
	return a.votes[vPerson] == 0 && b.votes[vPerson] == 0 && (ka == vOrg || kb == vOrg || ka == vGroup || kb == vGroup)
}

// translitCandidate reports whether n may be a person's name written in
// another transliteration (two words or more, none of them short, and no
// evidence of anything but a person), or a place's (one word or more).
func translitCandidate(n *node) bool {
	v := topVote(n.votes)
	least := 2 // a surname alone may be anyone's
	if v == vPlace || v == nVotes {
		least = 1 // a place, or a word of no kind that may be one (see transliterated)
	}
	if len(n.words) < least || len(n.words) > 4 {
		return false
	}
	for _, w := range n.words {
		if len(w) < 3 {
			return false
		}
	}
	if len(n.words) == 1 && len(n.forms) > 0 && strings.ContainsAny(n.forms[0].text, "0123456789") {
		return false // "US10YT" is a code, no name spelt two ways, though its key drops the digits
	}
	return v == vPerson || v == nVotes || v == vPlace
}

// transliterated reports whether two names are one name in two
// transliterations: people's ("Anatol Berezhny" and "Anatoly Berejny",
// "Dmitri Berezhny" and "Dmytro Berejny"), where every word pair has one
// skeleton once the usual variants are folded (zh/j, kh/h, y/i, w/v,
// ks/x, ou/u) and differs by two edits at most, and the surname must
// differ too, or a first name differ by more than its last vowel (Maria
// and Mario Lopez are two people); and places' ("Khrabivka" and
// "Hrabivka", "Tel Qarash" and "Tal Karash"), whose folded words differ
// by one edit at most. One article that writes both means two, and one
// side must be seen as a person, or as a place.
func transliterated(a, b *node) bool {
	if len(a.words) != len(b.words) || !translitCandidate(a) || !translitCandidate(b) || sharesArticle(a, b) {
		return false
	}
	// People's names vary most; a place's only by the spelling of one
	// sound ("Khrabivka", "Hrabivka") and a vowel a word, lest two villages
	// become one.
	ka, kb := topVote(a.votes), topVote(b.votes)
	person := ka == vPerson || kb == vPerson
	if !person && !(ka == vPlace && (kb == vPlace || kb == nVotes) || kb == vPlace && ka == nVotes) {
		return false // a place, and the other a place or of no kind ("entered Khrabivka")
	}
	if !person && len(a.words) == 1 && (len(a.words[0]) < minFuzzyLen || len(b.words[0]) < minFuzzyLen) {
		return false // "Kelt" and "Kelte", like "Hama" and "Hamas", are short enough to be two names
	}
	last := len(a.words) - 1
	surname := a.words[last] != b.words[last]
	var fa, fb [32]byte
	for i, wa := range a.words {
		wb := b.words[i]
		if wa == wb {
			continue
		}
		ta, tb := string(foldTranslit(fa[:0], wa)), string(foldTranslit(fb[:0], wb))
		if ta[0] != tb[0] || !sameSkeleton(ta, tb) || levenshtein(ta, tb, 2) > 2 || !person && levenshtein(ta, tb, 1) > 1 {
			return false // a place's words differ by a vowel at most: "Tel Qarash", "Tal Karash"
		}
		if !surname && genderPair(ta, tb) {
			return false
		}
	}
	return true
}

// translatedStem is how many first letters the last words of translated
// must share.
const translatedStem = 5

// translated reports whether a and b name one body in two languages: all
// words the same but the last, which shares its first letters
// ("Halvex Chemicals", "Halvex Chemie"; "Ostrel Industries", "Ostrel
// Industrie"), used in different articles, and neither a person's name.
func translated(a, b *node) bool {
	last := len(a.words) - 1
	if last < 1 || len(b.words) != len(a.words) || sharesArticle(a, b) || topVote(a.votes) == vPerson || topVote(b.votes) == vPerson {
		return false
	}
	wa, wb := a.words[last], b.words[last]
	if wa == wb || len(wa) <= translatedStem || len(wb) <= translatedStem || wa[:translatedStem] != wb[:translatedStem] {
		return false
	}
	for i := range last {
		if a.words[i] != b.words[i] {
			return false
		}
	}
	return true
}

// genderPair reports whether two given names differ only in a final
// vowel, as the female and male forms of one name do (Maria / Mario,
// Simona / Simone).
func genderPair(a, b string) bool {
	n := len(a)
	return n == len(b) && n > 1 && a[:n-1] == b[:n-1] && a[n-1] != b[n-1] &&
		strings.IndexByte("aeio", a[n-1]) >= 0 && strings.IndexByte("aeio", b[n-1]) >= 0
}

// appendTranslitKey appends the blocking key of transliterated: each
// word's skeleton after foldTranslit.
func appendTranslitKey(buf []byte, words []string) []byte {
	var f [32]byte
	for _, w := range words {
		buf = appendSkeleton(buf, string(foldTranslit(f[:0], w)))
		buf = append(buf, ' ')
	}
	return buf
}

// foldTranslit appends w with the spellings that transliterations of one
// sound vary between made one: zh and dzh as j, kh as h, ph as f, w as v
// (as u between a consonant and a vowel), y, and j before a vowel, as i,
// x as ks, ou as u, q and ck as k, ts and tz as c, sh (which is the key's
// ch) after the first letter as c, and a final h after a vowel dropped. It reads key words, in which y before a vowel is j
// already.
func foldTranslit(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c, next := w[i], byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		two := true // c and next are folded into one letter
		switch {
		case c == 'z' && next == 'h':
			c = 'j'
		case c == 'k' && next == 'h':
			c = 'h'
		case c == 'p' && next == 'h':
			c = 'f'
		case c == 't' && (next == 's' || next == 'z'):
			c = 'c'
		case c == 'c' && next == 'k':
			c = 'k'
		case c == 'o' && next == 'u':
			c = 'u'
		case c == 's' && next == 'h' && i > 0:
			// Pavlič and Pavlich: the key folds the háček away (pavlic)
			// and writes ch as sh (pavlish)
			c = 'c'
		default:
			two = false
		}
		if two {
			if c == 'j' && len(buf) > 0 && buf[len(buf)-1] == 'd' {
				buf = buf[:len(buf)-1] // dzh
			}
			if c == 'j' && i+2 < len(w) && strings.IndexByte("aeiou", w[i+2]) >= 0 {
				c = 'i' // as a j before a vowel: Gorzhan and Gorjan, Zhavar and Javar
			}
			buf = append(buf, c)
			i++
			continue
		}
		switch c {
		case 'j':
			if strings.IndexByte("aeiou", next) >= 0 || next == 0 && i > 0 && strings.IndexByte("aeiou", w[i-1]) >= 0 {
				c = 'i' // Kasheyev, whose key is kashejev, and Kashaiev; Andrej and Andrei
			}
		case 'w':
			c = 'v'
			if i > 0 && strings.IndexByte("aeiou", w[i-1]) < 0 && strings.IndexByte("aeiou", next) >= 0 {
				c = 'u' // Bwalde and Bualde: a w between a consonant and a vowel
			}
		case 'h':
			if i == len(w)-1 && i > 0 && strings.IndexByte("aeiou", w[i-1]) >= 0 {
				continue // Halimah and Halima: a final h after a vowel
			}
		case 'y':
			c = 'i'
		case 'q':
			c = 'k'
		case 'c':
			if next != 0 && strings.IndexByte("aou", next) >= 0 {
				c = 'k' // Luca and Luka, Marco and Marko: a hard c (a final c may be a č: Pavlič)
			}
		case 'x':
			buf = append(buf, 'k')
			c = 's'
		}
		buf = append(buf, c)
	}
	return buf
}
