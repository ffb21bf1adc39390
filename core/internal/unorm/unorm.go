// Package unorm normalizes Unicode text to NFC and NFD, exactly as
// golang.org/x/text/unicode/norm does, from tables generated out of that
// package. It exists for the download: x/text's norm weighs some 160 KiB in
// the wasm, of which crosscheck needs three calls; these tables are a
// column-packed string decoded on first use.
//
// The algorithm is Unicode's (UAX #15): split the text into segments, each
// a starter and the non-starters after it; decompose every rune (Hangul
// syllables by arithmetic, the rest from the tables); put each run of
// non-starters in canonical order by combining class (a stable sort); for
// NFC, compose each rune with the last starter unless a rune between them
// blocks it, skipping composition exclusions. Like x/text it applies the
// Stream-Safe Text Format: after 30 non-starters in a row it inserts
// U+034F COMBINING GRAPHEME JOINER, which bounds the work per segment.
//
// Invalid UTF-8 passes through as x/text passes it: each bad byte stays as
// it is and acts as a starter that combines with nothing, and an encoding
// cut short by the end of the text ends normalization there (the rest is
// copied).
//
// Most text is already normal, so each call first scans with the quick
// check (combining classes in order, nothing that decomposes or may
// compose) and only normalizes the segments that fail it; a normal text
// comes back as the same string, without allocation.
package unorm

//go:generate go run ./gen -o tables.go

import (
	"unicode/utf8"
	"unsafe"
)

// NFC returns s in Normalization Form C, or s itself if it already is.
func NFC(s string) string {
	out, _ := normalize(s, true, false)
	return out
}

// IsNFC reports whether s is in Normalization Form C, that is NFC(s) == s,
// without allocating.
func IsNFC(s string) bool {
	_, same := normalize(s, true, true)
	return same
}

// NFD returns s in Normalization Form D, or s itself if it already is.
func NFD(s string) string {
	out, _ := normalize(s, false, false)
	return out
}

const (
	maxNonStarters = 30       // the Stream-Safe Text Format's limit
	cgj            = "\u034f" // inserted where that limit is reached
	maxDecomp      = 4        // runes in the longest canonical decomposition
	maxSegment     = maxDecomp + maxNonStarters
	rawByte        = 0x110000 // segment runes from here are bad bytes kept as they are

	hangulBase  = 0xAC00
	hangulCount = 19 * 21 * 28
	jamoLBase   = 0x1100
	jamoLCount  = 19
	jamoVBase   = 0x1161
	jamoVCount  = 21
	jamoTBase   = 0x11A7 // one before the first trailing consonant
	jamoTCount  = 28
)

// normalize returns the normal form of s, NFC if compose is set and NFD
// otherwise, and whether it is s itself. With check set it returns as soon
// as it knows the answer is no, with an empty string.
//
// It passes over the runes that need no work, ASCII first: starters that
// keep their form (for NFC, Latin letters below U+0300 are such). Any
// other rune sends the segment it is in, from the last starter, through
// segment.load; the output is built only once a segment comes out
// different from the input.
func normalize(s string, compose, check bool) (string, bool) {
	var (
		out     []byte // the output, once it differs from s
		changed bool
		seg     segment
		done    int // s[:done] is in out
		start   int // the last segment start
	)
	bad := uint8(fDecomp)
	if compose {
		bad = fNFCNo
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			for i++; i < len(s) && s[i] < utf8.RuneSelf; i++ {
			}
			start = i - 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var p info
		if size == 1 {
			if truncated(s, i) {
				break
			}
		} else if !compose || r >= 0x300 {
			p = lookup(r)
		}
		if p.lead() == 0 {
			start = i
			if !p.has(bad) {
				i += size
				continue
			}
		}
		k, overflow, norm := seg.load(s, start, compose)
		if !overflow && norm == s[start:k] {
			i, start = k, k
			continue
		}
		if check {
			return "", false
		}
		if !changed {
			out = make([]byte, 0, len(s)+len(s)/4+len(seg.b)) // NFD may grow by a third in dense Latin
		}
		out = appendString(appendString(out, s[done:start]), norm)
		if overflow {
			out = appendString(out, cgj)
		}
		changed, done, i, start = true, k, k, k
	}
	if !changed {
		return s, true
	}
	out = appendString(out, s[done:])
	return unsafe.String(unsafe.SliceData(out), len(out)), false // out is not written again
}

// appendString is append, kept out of line: each inlined append costs the
// wasm some hundred instructions.
//
//go:noinline
func appendString(b []byte, s string) []byte { return append(b, s...) }

// truncated reports whether s[i] starts a UTF-8 encoding that s ends too
// early for. x/text stops normalizing there and copies the rest, and so
// does unorm.
//
//go:noinline
func truncated(s string, i int) bool {
	c, n := s[i], len(s)-i
	return c >= 0xC2 && c < 0xE0 && n < 2 || c >= 0xE0 && c < 0xF0 && n < 3 || c >= 0xF0 && c < 0xF8 && n < 4
}

// segment holds one segment, decomposed and in canonical order, each rune
// with its combining class above it (ccc<<24 | rune), and then its UTF-8
// encoding.
type segment struct {
	r [maxSegment]uint32
	n int
	b [maxSegment * utf8.UTFMax]byte
}

// load decomposes the segment that starts at s[i], composes it if compose
// is set, and returns where it ends in s, whether it ends because the
// non-starters reached the limit, and its normal form, which lives in g's
// buffer until the next load.
func (g *segment) load(s string, i int, compose bool) (end int, overflow bool, norm string) {
	g.n = 0
	run := 0
	for start := i; i < len(s); {
		r, size := rune(s[i]), 1
		var p info
		if r >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(s[i:]); size == 1 {
				if truncated(s, i) {
					break
				}
				r = rawByte + rune(s[i])
			} else {
				p = lookup(r)
			}
		}
		if p.lead() == 0 {
			if i > start {
				break
			}
			run = p.trail()
		} else if run += p.lead(); run > maxNonStarters {
			overflow = true
			break
		}
		i += size
		// Decompose: the marks come off the end first, then the first
		// rune is a Hangul syllable, or has no decomposition.
		var marks [maxDecomp]rune
		m := 0
		for p.has(fDecomp) && p.first() != 0 {
			if k := p.mark(); k != 0 {
				marks[m&3] = markRunes[k&127]
				m++
			}
			r = p.first()
			p = lookup(r)
		}
		if r-hangulBase < hangulCount && r >= hangulBase {
			r -= hangulBase
			if t := r % jamoTCount; t != 0 {
				marks[m&3] = jamoTBase + t
				m++
			}
			marks[m&3] = jamoVBase + r/jamoTCount%jamoVCount
			m++
			r = jamoLBase + r/(jamoVCount*jamoTCount)
		}
		for {
			g.insert(uint32(p.ccc())<<24 | uint32(r))
			if m--; m < 0 {
				break
			}
			r = marks[m&3]
			p = lookup(r)
		}
	}
	if compose {
		g.compose()
	}
	// Encode into g.b.
	n := 0
	for _, e := range g.r[:g.n] {
		if r := rune(e & 0xffffff); r >= rawByte {
			g.b[n] = byte(r)
			n++
		} else {
			n += utf8.EncodeRune(g.b[n:], r)
		}
	}
	return i, overflow, unsafe.String(&g.b[0], n)
}

// insert appends e (ccc<<24 | rune), moving it before the non-starters of
// a higher class at the end: canonical ordering, stable for equal classes.
func (g *segment) insert(e uint32) {
	n := g.n
	if n >= maxSegment {
		return // impossible: gen checks the bound
	}
	for ; e>>24 != 0 && n > 0 && g.r[n-1]>>24 > e>>24; n-- {
		g.r[n] = g.r[n-1]
	}
	g.r[n] = e
	g.n++
}

// compose replaces each rune that combines with the last starter before
// it by the composite, unless a rune between them has a class of zero or
// one at least its own (it is "blocked").
func (g *segment) compose() {
	k, s := 1, 0
	for _, e := range g.r[1:g.n] {
		if prev := g.r[k-1] >> 24; prev == 0 {
			s = k - 1
		} else if s != k-1 && prev >= e>>24 {
			g.r[k] = e
			k++
			continue
		}
		if c := combine(rune(g.r[s]&0xffffff), rune(e&0xffffff)); c >= 0 {
			g.r[s] = uint32(c)
			continue
		}
		g.r[k] = e
		k++
	}
	g.n = min(k, g.n)
}
