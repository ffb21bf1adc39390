// Command gen writes unorm's tables.go from golang.org/x/text/unicode/norm,
// so that unorm answers exactly as x/text does for the same Unicode version
// while the wasm carries a few KiB of data instead of x/text's tries.
//
//	go run ./gen -o tables.go
//
// Every rune with a property that normalization needs is one record; the
// records are stored as columns (rune gaps, combining classes, flags,
// composition-mark indexes, first runes of decompositions) because each
// column on its own is regular enough for gzip to shrink the download.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"slices"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Flag bits of a record; unorm's tables.go repeats them.
const (
	fTrailShift = 2      // bits 0-1: leading non-starters, 2-3: trailing
	fNFCNo      = 1 << 4 // the rune never survives NFC
	fCombines   = 1 << 5 // the rune may combine with a rune before it
	fDecomp     = 1 << 6 // the rune has a canonical decomposition
)

const (
	hangulBase, hangulCount = 0xAC00, 11172
	maxDecomp               = 4 // runes in the longest canonical decomposition
)

type record struct {
	r, x        rune  // x: the decomposition minus its last rune, as one rune
	y           int   // index of the decomposition's last rune, or the rune's own index
	ccc, flags  uint8 // canonical combining class, f* bits
	lead, trail int   // non-starters at each end of the compatibility decomposition
}

func main() {
	out := flag.String("o", "tables.go", "output file")
	flag.Parse()
	src, err := generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

func isHangul(r rune) bool { return r >= hangulBase && r < hangulBase+hangulCount }

func runes() []rune {
	var rs []rune
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if utf8.ValidRune(r) && !isHangul(r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// nonStarter reports whether x/text counts q as a non-starter for the
// Stream-Safe Text Format: a non-zero class, or a rune that combines
// backwards (such as a Hangul vowel), in the compatibility form.
func nonStarter(q rune) bool { return !norm.NFKC.PropertiesString(string(q)).BoundaryBefore() }

// streamCounts gives the non-starters at the start and end of r's
// compatibility decomposition, as x/text's maketables computes them.
func streamCounts(r rune) (lead, trail int) {
	d := []rune(norm.NFKD.String(string(r)))
	for _, q := range d {
		if !nonStarter(q) {
			break
		}
		lead++
	}
	for i := len(d) - 1; i >= 0 && nonStarter(d[i]); i-- {
		trail++
	}
	return lead, trail
}

func generate() ([]byte, error) {
	all := runes()
	// Primary composites: those NFC builds back from their decomposition.
	// Their last runes are the marks that combine backwards; prefix maps
	// a decomposition to the rune to store for it.
	prefix := map[string]rune{}
	var ys []rune
	for _, r := range all {
		s := string(r)
		d := norm.NFD.String(s)
		if d == s {
			continue
		}
		primary := norm.NFC.String(d) == s
		if _, ok := prefix[d]; !ok || primary {
			prefix[d] = r
		}
		if dr := []rune(d); len(dr) > 1 {
			if y := dr[len(dr)-1]; !slices.Contains(ys, y) {
				ys = append(ys, y)
			}
		}
	}
	slices.Sort(ys)
	if len(ys) >= 128 {
		return nil, fmt.Errorf("%d composition marks do not fit 7 bits", len(ys))
	}
	var recs []record
	for _, r := range all {
		rec, keep, err := describe(r, ys, prefix)
		if err != nil {
			return nil, err
		}
		if keep {
			recs = append(recs, rec)
		}
	}
	return emit(recs, ys)
}

// describe builds r's record and reports whether r needs one.
func describe(r rune, ys []rune, prefix map[string]rune) (record, bool, error) {
	s := string(r)
	rec := record{r: r, ccc: norm.NFD.PropertiesString(s).CCC()}
	rec.lead, rec.trail = streamCounts(r)
	if rec.lead > 3 || rec.trail > 3 {
		return rec, false, fmt.Errorf("%U: %d/%d non-starters do not fit 2 bits", r, rec.lead, rec.trail)
	}
	d := []rune(norm.NFD.String(s))
	if norm.NFC.String(s) != s {
		rec.flags |= fNFCNo
	}
	own, isY := slices.BinarySearch(ys, r)
	if string(d) != s {
		rec.flags |= fDecomp
		if isY {
			return rec, false, fmt.Errorf("%U: a composition mark with a decomposition", r)
		}
		if err := split(&rec, d, ys, prefix); err != nil {
			return rec, false, err
		}
	} else if isY {
		rec.y = own + 1
	}
	if rec.ccc == 0 && string(d) == s && !norm.NFC.PropertiesString(s).BoundaryBefore() {
		rec.flags |= fCombines // x/text's own flag, for Hangul vowels and the like
	}
	if isY && composesBack(r, ys, prefix) {
		rec.flags |= fCombines
	}
	// unorm's segment buffer holds one decomposition of at most
	// maxDecomp runes and then non-starters worth at most 30 in all.
	if len(d) > maxDecomp || rec.lead > 0 && len(d) > rec.lead {
		return rec, false, fmt.Errorf("%U: decomposition %U longer than its non-starter count %d", r, d, rec.lead)
	}
	keep := rec.ccc != 0 || rec.flags != 0 || rec.y != 0 || rec.lead != 0 || rec.trail != 0
	return rec, keep, nil
}

// split stores decomposition d as its last rune (an index into ys) after
// one rune x whose own decomposition is the rest; a singleton is x alone.
func split(rec *record, d []rune, ys []rune, prefix map[string]rune) error {
	if len(d) == 1 {
		rec.x = d[0]
		return nil
	}
	head := string(d[:len(d)-1])
	x, ok := prefix[head]
	if len(d) == 2 {
		x, ok = d[0], true
	}
	if !ok || norm.NFD.String(string(x)) != head {
		return fmt.Errorf("%U: no one rune decomposes to %U", rec.r, d[:len(d)-1])
	}
	i, _ := slices.BinarySearch(ys, d[len(d)-1])
	rec.x, rec.y = x, i+1
	if rec.flags&fNFCNo == 0 && norm.NFC.String(string(x)+string(d[len(d)-1])) != string(rec.r) {
		return fmt.Errorf("%U: %U + %U does not compose to it", rec.r, x, d[len(d)-1])
	}
	return nil
}

// composesBack reports whether y is the last rune of a primary composite.
func composesBack(y rune, ys []rune, prefix map[string]rune) bool {
	for d, r := range prefix {
		dr := []rune(d)
		if len(dr) > 1 && dr[len(dr)-1] == y && norm.NFC.String(d) == string(r) {
			return true
		}
	}
	return false
}

func uvarint(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func emit(recs []record, ys []rune) ([]byte, error) {
	var gaps, cccs, flags, yb, xs []byte
	prev, px := rune(-1), rune(0)
	nd := 0
	for _, rec := range recs {
		gaps = uvarint(gaps, uint32(rec.r-prev-1))
		prev = rec.r
		cccs = append(cccs, rec.ccc)
		flags = append(flags, rec.flags|uint8(rec.lead)|uint8(rec.trail)<<fTrailShift)
		yb = append(yb, byte(rec.y))
		if rec.flags&fDecomp != 0 {
			d := rec.x - px
			xs = uvarint(xs, uint32(d<<1)^uint32(d>>31))
			px = rec.x
			nd++
		}
	}
	data := slices.Concat(gaps, cccs, flags, yb, xs)
	var w bytes.Buffer
	fmt.Fprintf(&w, "// Code generated by \"go run ./gen\"; DO NOT EDIT.\n\n")
	fmt.Fprintf(&w, "package unorm\n\n")
	fmt.Fprintf(&w, "// UnicodeVersion is the Unicode edition of the tables: that of\n// golang.org/x/text/unicode/norm, which they were generated from.\n")
	fmt.Fprintf(&w, "const UnicodeVersion = %q\n\n", norm.Version)
	fmt.Fprintf(&w, "// The columns of tableData, one entry per record (%d bytes in all).\n", len(data))
	fmt.Fprintf(&w, "const (\n")
	fmt.Fprintf(&w, "\tnRecords = %d // records, one per rune with a property\n", len(recs))
	fmt.Fprintf(&w, "\tnMarks = %d // composition marks (the last runes of decompositions)\n", len(ys))
	fmt.Fprintf(&w, "\tnDecomps = %d // records with a decomposition\n", nd)
	fmt.Fprintf(&w, "\toffCCC = %d // after the rune gaps (uvarints)\n", len(gaps))
	fmt.Fprintf(&w, "\toffFlags = %d\n", len(gaps)+len(cccs))
	fmt.Fprintf(&w, "\toffMark = %d\n", len(gaps)+len(cccs)+len(flags))
	fmt.Fprintf(&w, "\toffFirst = %d // zigzag uvarint deltas of x, for records with fDecomp\n", len(gaps)+len(cccs)+len(flags)+len(yb))
	fmt.Fprintf(&w, ")\n\n")
	fmt.Fprintf(&w, "const tableData = \"\" +\n")
	for i := 0; i < len(data); i += 32 {
		line := data[i:min(i+32, len(data))]
		fmt.Fprintf(&w, "\t\"")
		for _, c := range line {
			fmt.Fprintf(&w, "\\x%02x", c)
		}
		fmt.Fprintf(&w, "\"")
		if i+32 < len(data) {
			fmt.Fprintf(&w, " +")
		}
		fmt.Fprintf(&w, "\n")
	}
	return format.Source(w.Bytes())
}
