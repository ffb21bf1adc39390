package clean

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// word is one word of a block: a run of letters, digits and inner
// apostrophes (see eachWord), with its byte span in the block's text and
// its lower-case form. Every block is split into words once (wordsOf) and
// every feature reads this list: the classifier used to scan each line
// about seven times, which made it the slowest stage of the pipeline.
type word struct {
	at, end int32 // byte offsets in the block's text and in its lower case (see lowerLine)
	id      int32 // the word's id in the page's vocab, -1 when it has none
	upper   bool  // starts with an upper-case letter
	stop    bool  // a stopword of the page's language; set by page.measure
}

// in returns the word in low, the lower case of its line: its lower-case
// form. The word holds no string, so that the page's word list, the
// largest structure of the classifier, holds no pointers either.
func (w word) in(low string) string { return low[w.at:w.end] }

// wordsOf appends the words of s to buf and returns the extended slice.
// It finds the same words as eachWord. An ASCII word is scanned by a
// loop of its own that calls nothing, so that the loop keeps its state in
// registers; wordEnd takes over only at an apostrophe or a non-ASCII
// byte. With wordEnd called for every word, wordsOf spilled its
// registers around each call and was an eighth of Text's time.
func wordsOf(buf []word, s string) []word {
	i := 0
	for i < len(s) {
		c := s[i]
		if !wordByte[c] {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += size
				continue
			}
			start := i
			i = wordEnd(s, i+size)
			buf = appendWord(buf, start, i, unicode.IsUpper(r))
			continue
		}
		// The run of ASCII letters and digits, eight bytes at a time: a
		// byte at a time, the exit at the end of every word was a
		// mispredicted branch.
		start := i
		for i++; ; i += 8 {
			if i+8 > len(s) {
				for i < len(s) && wordByte[s[i]] {
					i++
				}
				break
			}
			if m := nonWord8(le64(s[i:])); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
		}
		if i < len(s) && (s[i] == '\'' || s[i] >= utf8.RuneSelf) {
			i = wordEnd(s, i)
		}
		buf = appendWord(buf, start, i, 'A' <= c && c <= 'Z')
	}
	return buf
}

// appendWord appends the word [at, end) to buf, with no vocab id yet. It
// writes the fields in place: a word built aside and copied in whole was
// read back as 16 bytes just after being written field by field, which
// the processor cannot forward from its store buffer, and that stall was
// half of wordsOf's time.
func appendWord(buf []word, at, end int, upper bool) []word {
	buf = append(buf, word{})
	w := &buf[len(buf)-1]
	w.at, w.end, w.id, w.upper = int32(at), int32(end), -1, upper
	return buf
}

// nonWord8 returns bit 7 of each byte of x (eight bytes of text, the first
// lowest) that is no ASCII letter or digit. The sums carry from a byte into
// the next only from a byte of 0x80 or more, which is marked itself, so the
// lowest bit set is always right; later ones may not be.
func nonWord8(x uint64) uint64 {
	const ones, hi = 0x0101010101010101, 0x8080808080808080
	y := x | 0x20*ones // 'A'..'Z' to 'a'..'z', and nothing else into them
	letter := (y + (0x80-'a')*ones) &^ (y + (0x7f-'z')*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
	return (x | ^(letter | digit)) & hi
}

// wordByte is asciiWord indexed by any byte, false from utf8.RuneSelf up:
// a byte indexes it without a bounds check or a test for ASCII first.
var wordByte = func() (t [256]bool) {
	copy(t[:], asciiWord[:])
	return t
}()

// wordEnd returns the end of the word of s running on at byte i: letters,
// digits and apostrophes followed by a letter.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] || (c == '\'' && isLetterAt(s, i+1)) {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(r == '’' && isLetterAt(s, i+size)) {
			return i
		}
		i += size
	}
	return i
}

// lowerLine returns s in lower case, as strings.ToLower does, except
// that a character whose lower case has another length in UTF-8 (rare
// letters such as "İ" and "Ⱥ") is kept as it is: offsets into s then
// index the result as well, and a word's lower-case form is a slice of it.
func lowerLine(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	lowerTo(&b, s)
	return b.String()
}

// lowerTo writes lowerLine(s) to b.
func lowerTo(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		// Copy the run that needs no change in one call.
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && (s[j] < 'A' || s[j] > 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i == len(s) {
			return
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A')
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
}

// appendLower appends lowerLine(s) to dst. It copies s and lower-cases
// the copy in place, eight ASCII bytes at a time: a page's lower case is
// made once, but byte by byte it was a twelfth of Text's time.
func appendLower(dst []byte, s string) []byte {
	start := len(dst)
	dst = append(dst, s...)
	b := dst[start:]
	const ones = 0x0101010101010101
	i := 0
	for i < len(b) {
		if i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if x&(0x80*ones) == 0 {
				// Bit 7 of a byte of hi is set exactly when the byte is
				// in 'A'..'Z'; no sum carries into the next byte, as
				// every byte is below 0x80.
				hi := (x + (0x80-'A')*ones) ^ (x + (0x80-'Z'-1)*ones)
				binary.LittleEndian.PutUint64(b[i:], x|(hi&(0x80*ones))>>2)
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return dst
}

// vocabOf empties v and counts in it the words of every block (lows are
// their lower cases), as newVocab does for lines, and sets their ids; n is
// the expected number of distinct words.
func vocabOf(v *vocab, words [][]word, lows []string, n int) {
	v.reset(n)
	for i, ws := range words {
		for k := range ws {
			ws[k].id = v.add(ws[k].in(lows[i]), ws[k].upper)
		}
	}
}

// keyOf is titleKey computed from the words ws of line s with lower case
// low: their lower-case forms joined by single spaces. A key that is no
// slice of low is appended to keys, a buffer of the page's scratch, and
// returned as a view of it (see scratchString): the keys of a page share
// one array, which the next page reuses.
func keyOf(ws []word, s, low string, keys *[]byte) string {
	if len(ws) == 0 {
		return ""
	}
	if isSpaced(low, ws) {
		// Already words and single spaces, as short lines often are.
		return low[ws[0].at:ws[len(ws)-1].end]
	}
	b := *keys
	start := len(b)
	// Copy each run of words already separated by single spaces at once.
	from := ws[0].at
	for k := 1; k < len(ws); k++ {
		if ws[k].at == ws[k-1].end+1 && low[ws[k-1].end] == ' ' {
			continue
		}
		b = append(b, low[from:ws[k-1].end]...)
		b = append(b, ' ')
		from = ws[k].at
	}
	b = append(b, low[from:ws[len(ws)-1].end]...)
	*keys = b
	return scratchString(b[start:])
}

// scratchString returns the bytes of b as a string without copying them.
// b must be part of a page's scratch, and the string must not outlive the
// page: the next page that takes the scratch overwrites the bytes. Only
// the page's working state (lines' lower cases and keys, the vocab's
// words) holds such strings, and release drops them all; nothing in a
// Doc is one. A page's lower case and keys were half of what cleaning
// allocated.
func scratchString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// isSpaced reports whether the words ws of low, a line's lower case, are
// ASCII separated by single spaces.
func isSpaced(low string, ws []word) bool {
	for k := 1; k < len(ws); k++ {
		if ws[k].at != ws[k-1].end+1 || low[ws[k-1].end] != ' ' {
			return false
		}
	}
	for i := ws[0].at; i < ws[len(ws)-1].end; i++ {
		if low[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
