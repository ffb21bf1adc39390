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
	"strings"
	"unicode/utf8"
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
	maxSegment     = 4 + maxNonStarters
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
func normalize(s string, compose, check bool) (string, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s, true
	}
	loadOnce.Do(load)
	var (
		b    strings.Builder // the output, once it differs from s
		seg  segment
		buf  [maxSegment * utf8.UTFMax]byte
		done int // s[:done] is in b (when b is in use)
	)
	if i > 0 {
		i-- // the last ASCII byte starts the segment the scan resumes in
	}
	for {
		j := quickSpan(s, i, compose)
		if j == len(s) {
			break
		}
		k, overflow := seg.load(s, j)
		if compose {
			seg.compose()
		}
		out := seg.appendTo(buf[:0])
		if !overflow && string(out) == s[j:k] {
			i = k
			continue
		}
		if check {
			return "", false
		}
		if b.Cap() == 0 {
			b.Grow(len(s) + len(s)/8)
		}
		b.WriteString(s[done:j])
		b.Write(out)
		if overflow {
			b.WriteString(cgj)
		}
		done, i = k, k
	}
	if b.Cap() == 0 {
		return s, true
	}
	b.WriteString(s[done:])
	return b.String(), false
}

// quickSpan scans s from i, the start of a segment, and returns the start
// of the first segment that may change under normalization, or len(s).
// It counts non-starters from an upper bound on the first ones, which at
// worst sends a normal segment to the slow path.
func quickSpan(s string, i int, compose bool) int {
	start, lastCC, run := i, uint8(0), 0
	bad := uint8(fDecomp)
	if compose {
		bad = fNFCNo
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			start, lastCC, run = i, 0, 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var p info
		switch {
		case size == 1:
			if truncated(s, i) {
				return len(s)
			}
		case r < 0xC0 || compose && r < 0x300:
			p = info(3 << 30) // a starter that may end in up to 3 non-starters
		default:
			p = lookup(r)
		}
		if p.lead() == 0 {
			if p.has(bad) {
				return i
			}
			start, lastCC, run = i, 0, p.trail()
		} else {
			run += p.lead()
			cc := p.ccc()
			if run > maxNonStarters || p.has(bad) || compose && p.has(fCombines) || cc != 0 && lastCC > cc {
				return start
			}
			lastCC = cc
		}
		i += size
	}
	return len(s)
}

// truncated reports whether s[i] starts a UTF-8 encoding that s ends too
// early for. x/text stops normalizing there and copies the rest, and so
// does unorm.
func truncated(s string, i int) bool {
	c, n := s[i], len(s)-i
	return c >= 0xC2 && c < 0xE0 && n < 2 || c >= 0xE0 && c < 0xF0 && n < 3 || c >= 0xF0 && c < 0xF8 && n < 4
}

// segment holds one segment, decomposed and in canonical order.
type segment struct {
	r   [maxSegment + 4]rune
	ccc [maxSegment + 4]uint8
	n   int
}

// load decomposes the segment that starts at s[i] and returns where it
// ends and whether it ends because the non-starters reached the limit.
func (g *segment) load(s string, i int) (end int, overflow bool) {
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
		} else {
			if run += p.lead(); run > maxNonStarters {
				return i, true
			}
		}
		g.decompose(r, p)
		i += size
	}
	return i, false
}

// decompose appends r's canonical decomposition, keeping the order.
func (g *segment) decompose(r rune, p info) {
	switch {
	case r-hangulBase < hangulCount && r >= hangulBase:
		r -= hangulBase
		g.insert(jamoLBase+r/(jamoVCount*jamoTCount), 0)
		g.insert(jamoVBase+r/jamoTCount%jamoVCount, 0)
		if t := r % jamoTCount; t != 0 {
			g.insert(jamoTBase+t, 0)
		}
	case p.has(fDecomp):
		x := p.first()
		g.decompose(x, lookup(x))
		if m := p.mark(); m != 0 {
			g.insert(marks[m], lookup(marks[m]).ccc())
		}
	default:
		g.insert(r, p.ccc())
	}
}

// insert appends r, moving it before the non-starters of a higher class
// at the end (canonical ordering, stable for equal classes).
func (g *segment) insert(r rune, cc uint8) {
	n := g.n
	if n == len(g.r) {
		return // impossible: gen checks the bound
	}
	for ; cc != 0 && n > 0 && g.ccc[n-1] > cc; n-- {
		g.r[n], g.ccc[n] = g.r[n-1], g.ccc[n-1]
	}
	g.r[n], g.ccc[n] = r, cc
	g.n++
}

// compose replaces each rune that combines with the last starter before
// it by the composite, unless a rune between them has a class of zero or
// one at least its own (it is "blocked").
func (g *segment) compose() {
	if g.n == 0 {
		return
	}
	k, s := 1, 0
	for i := 1; i < g.n; i++ {
		r, cc := g.r[i], g.ccc[i]
		if prev := g.ccc[k-1]; prev == 0 {
			s = k - 1
		} else if s != k-1 && prev >= cc {
			g.r[k], g.ccc[k] = r, cc
			k++
			continue
		}
		if c := combine(g.r[s], r); c >= 0 {
			g.r[s], g.ccc[s] = c, 0
			continue
		}
		g.r[k], g.ccc[k] = r, cc
		k++
	}
	g.n = k
}

// appendTo appends the segment's UTF-8 encoding to b.
func (g *segment) appendTo(b []byte) []byte {
	for _, r := range g.r[:g.n] {
		if r >= rawByte {
			b = append(b, byte(r-rawByte))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}
