package unorm

import "sync"

// info is a rune's record as the lookups return it, packed in one word:
//
//	bits 43-63  the rune
//	bits 35-42  its canonical combining class
//	bits 28-34  flags: non-starter counts, fNFCNo, fCombines, fDecomp
//	bits 21-27  with fDecomp, the index in marks of the decomposition's
//	            last rune; without, the rune's own index there, or 0
//	bits  0-20  with fDecomp, the rune the rest of the decomposition is
//
// A rune without a record has the zero info: a starter that NFC and NFD
// keep as it is.
type info uint64

// Flag bits, as gen writes them.
const (
	fTrailShift = 2      // bits 0-1: leading non-starters, 2-3: trailing
	fNFCNo      = 1 << 4 // the rune never survives NFC
	fCombines   = 1 << 5 // the rune may combine with a rune before it
	fDecomp     = 1 << 6 // the rune has a canonical decomposition
)

func (p info) ccc() uint8       { return uint8(p >> 35) }
func (p info) flags() uint8     { return uint8(p>>28) & 0x7f }
func (p info) lead() int        { return int(p>>28) & 3 }
func (p info) trail() int       { return int(p>>30) & 3 }
func (p info) mark() uint64     { return uint64(p>>21) & 0x7f }
func (p info) first() rune      { return rune(p & 0x1fffff) }
func (p info) has(f uint8) bool { return p.flags()&f != 0 }

// The tables tableData decodes into on first use: open-addressing hash
// tables (a zero word is an empty slot) sized to stay under half full, so
// that a lookup costs a multiplication and a probe or two.
var (
	loadOnce  sync.Once
	records   [1 << 13]uint64 // info words, keyed by rune
	composed  [1 << 11]uint64 // first<<28 | mark<<21 | composite, keyed by the top 28 bits
	markRunes [nMarks + 1]rune
)

// slot returns where key's entry is, or the empty slot where it would go,
// in a table of 1<<bits words whose entries hold the key from bit shift up.
//
//go:noinline
func slot(t []uint64, bits uint, key uint64, shift uint) *uint64 {
	mask := uint64(1)<<bits - 1
	for h := key * 0x9E3779B97F4A7C15 >> (64 - bits); ; h = (h + 1) & mask {
		if e := &t[h]; *e == 0 || *e>>shift == key {
			return e
		}
	}
}

// lookup returns r's info. Hangul syllables decompose by arithmetic and
// have no record: their info is made here.
func lookup(r rune) info {
	loadOnce.Do(load)
	if r-hangulBase < hangulCount && r >= hangulBase {
		trail := 1
		if (r-hangulBase)%jamoTCount != 0 {
			trail = 2
		}
		return info(trail<<30 | fDecomp<<28)
	}
	return info(*slot(records[:], 13, uint64(r), 43))
}

// combine returns the primary composite of a and b, or -1.
func combine(a, b rune) rune {
	switch {
	case a-jamoLBase < jamoLCount && b-jamoVBase < jamoVCount && a >= jamoLBase && b >= jamoVBase:
		return hangulBase + ((a-jamoLBase)*jamoVCount+b-jamoVBase)*jamoTCount
	case a-hangulBase < hangulCount && a >= hangulBase && (a-hangulBase)%jamoTCount == 0 &&
		b-jamoTBase < jamoTCount && b > jamoTBase:
		return a + b - jamoTBase
	}
	p := lookup(b)
	if !p.has(fCombines) || p.mark() == 0 {
		return -1
	}
	if e := *slot(composed[:], 11, uint64(a)<<7|p.mark(), 21); e != 0 {
		return rune(e & 0x1fffff)
	}
	return -1
}

// load decodes tableData's columns into the hash tables.
func load() {
	gaps, x := 0, rune(0)
	first := offFirst
	r := rune(-1)
	for i := 0; i < nRecords; i++ {
		var g uint32
		g, gaps = uvarint(gaps)
		r += rune(g) + 1
		f := tableData[offFlags+i]
		m := uint64(tableData[offMark+i])
		e := uint64(r)<<43 | uint64(tableData[offCCC+i])<<35 | uint64(f)<<28 | m<<21
		if f&fDecomp != 0 {
			g, first = uvarint(first)
			x += rune(g>>1) ^ -rune(g&1)
			e |= uint64(x)
			if m != 0 && f&fNFCNo == 0 {
				*slot(composed[:], 11, uint64(x)<<7|m, 21) = (uint64(x)<<7|m)<<21 | uint64(r)
			}
		} else if m != 0 {
			markRunes[m] = r
		}
		*slot(records[:], 13, uint64(r), 43) = e
	}
}

// uvarint decodes the unsigned varint at tableData[i:] and returns it
// with the offset after it.
func uvarint(i int) (uint32, int) {
	var v uint32
	for s := uint(0); ; s += 7 {
		c := tableData[i]
		i++
		v |= uint32(c&0x7f) << s
		if c < 0x80 {
			return v, i
		}
	}
}
