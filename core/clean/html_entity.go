package clean

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// entityNames holds HTML 4's 252 named character references, with
// HTML5's values, and apos and the upper-case AMP, COPY, GT, LT, QUOT and
// REG: name and code point in hex, space-separated. News pages use these
// and numeric references; x/net/html's table of all 2,231 HTML5 names
// costs about 29 KB of the gzipped download. A name outside this table
// stays as written.
const entityNames = "AElig c6 AMP 26 Aacute c1 Acirc c2 Agrave c0 Alpha 391 Aring c5 " +
	"Atilde c3 Auml c4 Beta 392 COPY a9 Ccedil c7 Chi 3a7 Dagger 2021 " +
	"Delta 394 ETH d0 Eacute c9 Ecirc ca Egrave c8 Epsilon 395 Eta 397 " +
	"Euml cb GT 3e Gamma 393 Iacute cd Icirc ce Igrave cc Iota 399 " +
	"Iuml cf Kappa 39a LT 3c Lambda 39b Mu 39c Ntilde d1 Nu 39d " +
	"OElig 152 Oacute d3 Ocirc d4 Ograve d2 Omega 3a9 Omicron 39f " +
	"Oslash d8 Otilde d5 Ouml d6 Phi 3a6 Pi 3a0 Prime 2033 Psi 3a8 " +
	"QUOT 22 REG ae Rho 3a1 Scaron 160 Sigma 3a3 THORN de Tau 3a4 " +
	"Theta 398 Uacute da Ucirc db Ugrave d9 Upsilon 3a5 Uuml dc Xi 39e " +
	"Yacute dd Yuml 178 Zeta 396 aacute e1 acirc e2 acute b4 aelig e6 " +
	"agrave e0 alefsym 2135 alpha 3b1 amp 26 and 2227 ang 2220 apos 27 " +
	"aring e5 asymp 2248 atilde e3 auml e4 bdquo 201e beta 3b2 " +
	"brvbar a6 bull 2022 cap 2229 ccedil e7 cedil b8 cent a2 chi 3c7 " +
	"circ 2c6 clubs 2663 cong 2245 copy a9 crarr 21b5 cup 222a " +
	"curren a4 dArr 21d3 dagger 2020 darr 2193 deg b0 delta 3b4 " +
	"diams 2666 divide f7 eacute e9 ecirc ea egrave e8 empty 2205 " +
	"emsp 2003 ensp 2002 epsilon 3b5 equiv 2261 eta 3b7 eth f0 euml eb " +
	"euro 20ac exist 2203 fnof 192 forall 2200 frac12 bd frac14 bc " +
	"frac34 be frasl 2044 gamma 3b3 ge 2265 gt 3e hArr 21d4 harr 2194 " +
	"hearts 2665 hellip 2026 iacute ed icirc ee iexcl a1 igrave ec " +
	"image 2111 infin 221e int 222b iota 3b9 iquest bf isin 2208 " +
	"iuml ef kappa 3ba lArr 21d0 lambda 3bb lang 27e8 laquo ab " +
	"larr 2190 lceil 2308 ldquo 201c le 2264 lfloor 230a lowast 2217 " +
	"loz 25ca lrm 200e lsaquo 2039 lsquo 2018 lt 3c macr af mdash 2014 " +
	"micro b5 middot b7 minus 2212 mu 3bc nabla 2207 nbsp a0 " +
	"ndash 2013 ne 2260 ni 220b not ac notin 2209 nsub 2284 ntilde f1 " +
	"nu 3bd oacute f3 ocirc f4 oelig 153 ograve f2 oline 203e " +
	"omega 3c9 omicron 3bf oplus 2295 or 2228 ordf aa ordm ba " +
	"oslash f8 otilde f5 otimes 2297 ouml f6 para b6 part 2202 " +
	"permil 2030 perp 22a5 phi 3c6 pi 3c0 piv 3d6 plusmn b1 pound a3 " +
	"prime 2032 prod 220f prop 221d psi 3c8 quot 22 rArr 21d2 " +
	"radic 221a rang 27e9 raquo bb rarr 2192 rceil 2309 rdquo 201d " +
	"real 211c reg ae rfloor 230b rho 3c1 rlm 200f rsaquo 203a " +
	"rsquo 2019 sbquo 201a scaron 161 sdot 22c5 sect a7 shy ad " +
	"sigma 3c3 sigmaf 3c2 sim 223c spades 2660 sub 2282 sube 2286 " +
	"sum 2211 sup 2283 sup1 b9 sup2 b2 sup3 b3 supe 2287 szlig df " +
	"tau 3c4 there4 2234 theta 3b8 thetasym 3d1 thinsp 2009 thorn fe " +
	"tilde 2dc times d7 trade 2122 uArr 21d1 uacute fa uarr 2191 " +
	"ucirc fb ugrave f9 uml a8 upsih 3d2 upsilon 3c5 uuml fc " +
	"weierp 2118 xi 3be yacute fd yen a5 yuml ff zeta 3b6 zwj 200d " +
	"zwnj 200c"

// maxEntityName is longer than any name in the table ("thetasym"), and
// maxLegacyName is the longest name that may go without its semicolon
// ("middot"): a run of letters after "&" is read no further, so a page of
// "&aaaa…" costs no more than its length.
const (
	maxEntityName = 32
	maxLegacyName = 6
)

var (
	entityOnce sync.Once
	entities   map[string]rune
)

func loadEntities() {
	f := strings.Fields(entityNames)
	entities = make(map[string]rune, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		r, _ := strconv.ParseUint(f[i+1], 16, 32)
		entities[f[i]] = rune(r)
	}
}

// legacyEntity reports whether name may be written without its
// semicolon ("&copy 2031", "&nbsp"): HTML5 allows it for the Latin-1
// names and amp, lt, gt, quot, not for apos.
func legacyEntity(name string, r rune) bool { return r < 0x100 && name != "apos" }

// win1252 are the characters that numeric references 0x80 to 0x9F stand
// for on the web ("&#146;" is a right single quote), as HTML5 has it.
var win1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// unescapeHTML returns s with its character references replaced, as
// x/net/html's tokenizer does for text (attr false) and attribute values
// (attr true), and NUL bytes dropped, as browsers drop them from text.
func unescapeHTML(s []byte, attr bool) string {
	i := indexAmpOrNUL(s)
	if i < 0 {
		return string(s)
	}
	entityOnce.Do(loadEntities)
	b := make([]byte, 0, len(s))
	for i >= 0 {
		b = append(b, s[:i]...)
		s = s[i:]
		if s[0] == 0 {
			s = s[1:]
		} else {
			r, n := charRef(s, attr)
			if n == 0 {
				b, s = append(b, '&'), s[1:]
			} else {
				b, s = utf8.AppendRune(b, r), s[n:]
			}
		}
		i = indexAmpOrNUL(s)
	}
	return string(append(b, s...))
}

func indexAmpOrNUL(s []byte) int {
	for i, c := range s {
		if c == '&' || c == 0 {
			return i
		}
	}
	return -1
}

// charRef reads the reference at the start of s ("&amp;", "&#8217;",
// "&copy 2031") and returns its character and length, 0 when there is
// none.
func charRef(s []byte, attr bool) (rune, int) {
	if len(s) > 2 && s[1] == '#' {
		return numericRef(s)
	}
	i := 1
	for i < len(s) && i <= maxEntityName && isAlnumByte(s[i]) {
		i++
	}
	long := i < len(s) && isAlnumByte(s[i]) // no name is this long: only a prefix may be one
	name := string(s[1:i])
	semi := i < len(s) && s[i] == ';'
	if r, ok := entities[name]; ok && !long && (semi || legacyEntity(name, r)) {
		if !semi && attr && i < len(s) && s[i] == '=' {
			return 0, 0
		}
		if semi {
			i++
		}
		return r, i
	}
	if attr {
		return 0, 0
	}
	for j := min(len(name)-1, maxLegacyName); j > 1; j-- {
		if r, ok := entities[name[:j]]; ok && legacyEntity(name[:j], r) {
			return r, j + 1
		}
	}
	return 0, 0
}

// numericRef reads "&#8217;" or "&#x2019;" (the semicolon optional).
func numericRef(s []byte) (rune, int) {
	i, base := 2, rune(10)
	if s[i] == 'x' || s[i] == 'X' {
		i, base = 3, 16
	}
	i0, x := i, rune(0)
	for ; i < len(s); i++ {
		d := hexDigit(s[i])
		if d < 0 || d >= base {
			break
		}
		if x <= 0x10FFFF {
			x = x*base + d
		}
	}
	if i == i0 {
		return 0, 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	switch {
	case 0x80 <= x && x <= 0x9F:
		x = win1252[x-0x80]
	case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > 0x10FFFF:
		x = 0xFFFD
	}
	return x, i
}

func hexDigit(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
