package entity

import (
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// initialsSkip are key words left out of a long form's initials.
var initialsSkip = wordset.Of("of for the and on in de des du la le les el los las del y et di da do dos das bin ibn por para pour für zur")

// initials returns the first letters of the content words of a long form
// given as key words: "syrian observatory for human rights" → "sohr".
func initials(words []string) string {
	return string(appendInitials(make([]byte, 0, len(words)), words))
}

// appendInitials appends initials(words) to b.
func appendInitials(b []byte, words []string) []byte {
	for _, w := range words {
		if len(w) > 1 && !initialsSkip[w] {
			b = append(b, w[0])
		}
	}
	return b
}

// sortedBytes returns the bytes of s in order: the signature under which
// an acronym meets every word order of its long form.
func sortedBytes(s string) string {
	return string(sortBytes([]byte(s)))
}

// sortBytes sorts b in place, by insertion (an acronym has a few letters),
// and returns it.
func sortBytes(b []byte) []byte {
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j] < b[j-1]; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
	return b
}

// acronymMatches reports how an acronym's letters match a long form's
// initials: 3 exactly, 2 as a permutation (another language's word order:
// OSDH, Observatoire Syrien des Droits de l'Homme, against SOHR), 1 with
// one letter different in a permutation of four or more (the one word the
// translation does not share the initial of), 0 not at all.
func acronymMatches(letters, init string) int {
	switch {
	case len(letters) < 2 || len(letters) != len(init):
		return 0
	case letters == init:
		return 3
	case len(letters) >= 3 && sortedBytes(letters) == sortedBytes(init):
		return 2
	case len(letters) >= 4 && oneApart(sortedBytes(letters), sortedBytes(init)):
		return 1
	}
	return 0
}

// oneApart reports whether two sorted letter multisets of equal size differ
// in exactly one element.
func oneApart(a, b string) bool {
	i, j, common := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return common == len(a)-1
}

// acronymDefines reports whether an acronym written in parentheses after a
// long form can stand for it. The parentheses are strong evidence, so half
// the letters found among the initials suffice ("Kurdistan Workers' Party
// (PKK)" keeps its own language's initials) when the acronym has three
// letters or more, but a dateline credit ("LOS ANGELES (AP)") is refused.
func acronymDefines(acr string, words []string) bool {
	letters, init := acronymLetters(acr), initials(words)
	if len(letters) < 2 || len(init) < 2 {
		return false
	}
	if acronymMatches(letters, init) > 0 {
		return true
	}
	left := []byte(init)
	found := 0
	for i := 0; i < len(letters); i++ {
		if k := strings.IndexByte(string(left), letters[i]); k >= 0 {
			found++
			left = append(left[:k], left[k+1:]...)
		}
	}
	return len(letters) >= 3 && found >= len(letters)-1 && strings.IndexByte(init, letters[0]) >= 0
}
