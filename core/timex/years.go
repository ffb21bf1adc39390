package timex

// Years returns the distinct years mentioned in text, in order of first
// mention: years alone, in months and in dates ("in 2015", "March 2020",
// "Nov. 27, 2024"). It helps guess an article's date when none is given.
//
// A text with no four-digit number that can be a year costs one byte
// scan. Reading only windows around such numbers would be cheaper still,
// but is not exact: the scan is greedy from the left, and a phrase that
// holds no year ("24 hours ago") can take a word that would have opened
// one ("Ago 2024", Spanish for August).
func Years(text string) []int {
	if !hasYearDigits(text) {
		return nil
	}
	return YearsOf(Find(text, 0))
}

// YearsOf returns the distinct years of es in order: Years for a caller
// that has found the text's expressions already, with any reference date
// (the years stated do not depend on it).
func YearsOf(es []Expr) []int {
	var out []int
	for _, e := range es {
		if e.Year != 0 && !containsInt(out, e.Year) {
			out = append(out, e.Year)
		}
	}
	return out
}

// containsInt reports whether xs holds x; an article names few years.
func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// hasYearDigits reports whether text holds a run of exactly four ASCII
// digits between 1800 and 2100: every year Find reads is one (see yearAt
// and numericDate), so without one Years has nothing to find.
func hasYearDigits(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			continue
		}
		j := i + 1
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j-i == 4 {
			if y := int(text[i]-'0')*1000 + int(text[i+1]-'0')*100 + int(text[i+2]-'0')*10 + int(text[i+3]-'0'); y >= 1800 && y <= 2100 {
				return true
			}
		}
		i = j
	}
	return false
}
