package entity

import "strings"

// acronyms ties acronyms and long forms by their letters. First, each
// acronym not yet explained goes to the one long form whose content-word
// initials it spells in order (SOHR, Syrian Observatory for Human Rights).
// Then each long form not yet explained (no acronym of its own) takes the
// one acronym of three letters or more that spells its initials in order,
// in another order (another language's word order: OSDH, Observatoire
// Syrien des Droits de l'Homme, for the Syrian Observatory for Human
// Rights), or, from four letters, with one letter different (the one word
// whose translation starts otherwise); these two looser matches only
// between an acronym and a long form used in one article, as a translated
// article keeps the original's acronym. Ambiguity links nothing.
func (k *linker) acronyms() {
	acros := map[string][]int{}
	for i, n := range k.nodes {
		if n.acro && !n.isLex() && !n.partial {
			acros[n.words[0]] = append(acros[n.words[0]], i)
		}
	}
	// Long forms are filed by their initials only when an acronym spells
	// them: the initials are built in a buffer and asked for without a copy.
	// (An acronym node is never partial: a lone cue word is no acronym.)
	exact := map[string][]int{}
	var buf, sorted, del []byte
	for i, n := range k.nodes {
		if n.isLex() || n.partial || n.acro {
			continue
		}
		if buf = appendInitials(buf[:0], n.words); len(buf) >= 2 && acros[string(buf)] != nil {
			exact[string(buf)] = append(exact[string(buf)], i)
		}
	}
	for i, n := range k.nodes {
		if n.acro && !n.isLex() && !k.hasLng[k.find(i)] && len(n.words[0]) >= 3 {
			var cands []int
			for _, j := range exact[n.words[0]] {
				// Across articles only a name that is clearly an
				// organisation or group: "GPS" is not "Get Pokemon Shield".
				if v := topVote(k.nodes[j].votes); v == vOrg || v == vGroup || sharesArticle(n, k.nodes[j]) {
					cands = append(cands, j)
				}
			}
			if j, ok := k.unique(cands, i, false); ok {
				k.union(j, i)
			}
		}
	}
	perm := map[string][]int{}
	for letters, is := range acros {
		if len(letters) >= 3 {
			s := sortedBytes(letters)
			perm[s] = append(perm[s], is...)
		}
	}
	// The acronyms under each of their sorted letters less one, made on
	// first need: most collections have no long form that comes to ask.
	var near map[string][]int
	nearIndex := func() map[string][]int {
		if near != nil {
			return near
		}
		near = map[string][]int{}
		for letters, is := range acros {
			if len(letters) >= 4 {
				s := sortedBytes(letters)
				for d := range s {
					near[s[:d]+s[d+1:]] = append(near[s[:d]+s[d+1:]], is...)
				}
			}
		}
		return near
	}
	var props [][2]int // long form, acronym
	for i, n := range k.nodes {
		if n.acro || n.isLex() || n.partial || k.hasAcr[k.find(i)] || !n.plain {
			continue
		}
		buf = appendInitials(buf[:0], n.words)
		sorted = sortBytes(append(sorted[:0], buf...))
		if j, ok := k.acronymFor(i, buf, sorted, &del, acros, perm, nearIndex); ok {
			props = append(props, [2]int{i, j})
		}
	}
	wooers := map[int]map[int]bool{} // acronym root → long-form roots proposing to it
	for _, p := range props {
		r := k.find(p[1])
		if wooers[r] == nil {
			wooers[r] = map[int]bool{}
		}
		wooers[r][k.find(p[0])] = true
	}
	for _, p := range props {
		if len(wooers[k.find(p[1])]) == 1 {
			k.union(p[1], p[0])
		}
	}
}

// acronymFor returns the one acronym node that the long form i with
// initials init may take: in order, else permuted, else with one letter
// different; ok is false when there is none or the choice is ambiguous.
// s is init's letters sorted, del scratch for s less a letter: the maps
// are asked with byte slices, which costs no string. near gives the
// acronyms by their sorted letters less one.
func (k *linker) acronymFor(i int, init, s []byte, del *[]byte, acros, perm map[string][]int, near func() map[string][]int) (int, bool) {
	if len(init) < 3 {
		return 0, false
	}
	if j, ok := k.unique(acros[string(init)], i, false); ok {
		return j, true
	}
	if len(acros[string(init)]) > 0 {
		return 0, false
	}
	var local []int
	for _, j := range perm[string(s)] {
		// An agency a dateline credits is the outlet, not a name of the
		// story told in another order: "(CPA)" is not the Aldren
		// Petroleum Company.
		if sharesArticle(k.nodes[i], k.nodes[j]) && !k.nodes[j].credit {
			local = append(local, j)
		}
	}
	if j, ok := k.unique(local, i, false); ok {
		return j, true
	}
	if len(init) < 4 || len(perm[string(s)]) > 0 {
		return 0, false
	}
	var cands []int
	byLess := near()
	for d := range s {
		*del = append(append((*del)[:0], s[:d]...), s[d+1:]...)
		for _, j := range byLess[string(*del)] {
			if len(k.nodes[j].words[0]) == len(init) && sharesArticle(k.nodes[i], k.nodes[j]) && !k.nodes[j].credit {
				cands = append(cands, j)
			}
		}
	}
	return k.unique(cands, i, false)
}

// unique returns the one entity among the nodes cands, skipping entities
// that already hold an acronym when unexplained is set; ok is false when
// there are none or several.
func (k *linker) unique(cands []int, self int, unexplained bool) (int, bool) {
	root, found := -1, -1
	for _, j := range cands {
		r := k.find(j)
		if r == k.find(self) || (unexplained && k.hasAcr[r]) {
			continue
		}
		if root >= 0 && r != root {
			return 0, false
		}
		root, found = r, j
	}
	return found, root >= 0
}

// partials ties short forms to the full name they abbreviate: a person's
// surname or last words ("President Assad" → Bashar al-Assad, "Abdel
// Rahman" → Rami Abdel Rahman), and a lone cue word ("the Observatory") to
// the one name with that word in the same article, else in all articles.
// A short form that fits several names stays apart.
func (k *linker) partials(cands [][]cand) {
	suffix := map[string][]int{}
	heads := map[string][]int{}
	var tails map[string][]int    // the last two words or more of group and organisation names of three or more
	var features map[string][]int // the name of a mountain, lake or river without its feature word
	var leads map[string][]int    // the first word of company names written with their legal form
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial || len(n.words) < 2 {
			continue
		}
		r := k.find(i)
		if topVote(k.votes[r]) == vPerson {
			for p := 1; p < len(n.words); p++ {
				s := lastWords(n, p)
				suffix[s] = append(suffix[s], i)
			}
			continue
		}
		for _, w := range n.words {
			if lists().cues[w] != noCue {
				heads[w] = append(heads[w], i)
			}
		}
		if company(n) {
			if leads == nil {
				leads = map[string][]int{}
			}
			leads[n.words[0]] = append(leads[n.words[0]], i)
		}
		if w := featureName(n.words); w != "" {
			if features == nil {
				features = map[string][]int{}
			}
			features[w] = append(features[w], i)
		}
		if v := topVote(k.votes[r]); (v == vGroup || v == vOrg) && len(n.words) >= 3 {
			if tails == nil {
				tails = map[string][]int{}
			}
			for p := 1; p <= len(n.words)-2; p++ {
				s := lastWords(n, p)
				tails[s] = append(tails[s], i)
			}
		}
	}
	if tails != nil {
		k.shortNames(tails)
	}
	for i, n := range k.nodes {
		if n.isLex() || n.acro {
			continue
		}
		if n.partial {
			k.partialCue(i, heads[n.key])
			continue
		}
		if v := &k.votes[k.find(i)]; len(n.words) == 1 && features[n.key] != nil && v[vPerson]+v[vPlace]+v[vOrg]+v[vGroup] == 0 {
			// "Oruhenga" in "the erupting Oruhenga volcano" is Mount
			// Oruhenga, unless it is a place of its own ("the town of
			// Sinjar" below Mount Sinjar).
			k.partialCue(i, features[n.key])
			continue
		}
		if v := &k.votes[k.find(i)]; len(n.words) == 1 && leads[n.key] != nil && v[vPerson]+v[vPlace]+v[vGroup] == 0 {
			// "Korvane shares fell" after "Korvane Chemicals AG"
			k.partialCue(i, leads[n.key])
			continue
		}
		if n.votes[vPlace] > n.votes[vPerson] || n.votes[vOrg] > 0 || n.votes[vGroup] > 0 {
			continue
		}
		k.partialCue(i, suffix[n.key])
	}
}

// company reports whether n names a company by a written legal form
// ("Korvane Chemicals AG", "Meridian Tankers Ltd"), which its first word
// alone then names too.
func company(n *node) bool {
	for _, f := range n.forms {
		if i := strings.LastIndexByte(f.text, ' '); i > 0 && legalForms[strings.ToLower(strings.TrimSuffix(f.text[i+1:], "."))] {
			return true
		}
	}
	return false
}

// featureName returns the name of a two-word name of a natural feature
// without its feature word ("Mount Oruhenga", "Lake Sella", "the Tarn
// River"), "" for any other.
func featureName(words []string) string {
	switch {
	case len(words) != 2:
		return ""
	case featureFirst[words[0]] || vesselPrefixes[words[0]]:
		return words[1] // "Mount Oruhenga", "MNS Saranda"
	case featureLast[words[1]]:
		return words[0]
	}
	return ""
}

// The feature words of featureName, before and after the name, as keys
// spell them.
var (
	featureFirst = keySet("mount mt lake")
	featureLast  = keySet("river volcano")
	// vesselPrefixes open a ship's name, which is the same without them:
	// "MV Sahra Star", "the tanker MT Aurelia Dawn", "HMS Dauntless"
	vesselPrefixes = keySet("mv mt ms rv fv hms hmas hmcs mns") // not SS nor USS: keys fold double letters, and "S" and "US" open other names
)

// keySet returns the keys of the space-separated words.
func keySet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[Key(w)] = true
	}
	return m
}

// shortNames ties a name of two words or more to the one group or
// organisation of its article whose name ends with it: "the Covenant
// Front" after "the Islamic Covenant Front". Within one article only, and
// never when two names there end so ("the Liberation Army" beside the
// Northern and the Southern Liberation Army).
func (k *linker) shortNames(tails map[string][]int) {
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial || len(n.words) < 2 {
			continue
		}
		cands := tails[n.key]
		if v := topVote(k.votes[k.find(i)]); len(cands) == 0 || v == vPerson || v == vPlace {
			continue // "New York" is no short name of "the Office for the Western District of New York"
		}
		if j, ok := k.unique(k.local(i, cands), i, false); ok {
			k.union(j, i)
		}
	}
}

// local returns the candidates of cands that share an article with node
// i, i itself aside.
func (k *linker) local(i int, cands []int) []int {
	var out []int
	for _, j := range cands {
		if j != i && sharesArticle(k.nodes[i], k.nodes[j]) {
			out = append(out, j)
		}
	}
	return out
}

// lastWords returns strings.Join(n.words[p:], " "): the end of n's key
// when the key joins n's words so, as a name's does, without a new
// string; else the join.
func lastWords(n *node, p int) string {
	at, off := 0, 0
	for i, w := range n.words {
		if i > 0 {
			if at >= len(n.key) || n.key[at] != ' ' {
				return strings.Join(n.words[p:], " ")
			}
			at++
		}
		if i == p {
			off = at
		}
		if !strings.HasPrefix(n.key[at:], w) {
			return strings.Join(n.words[p:], " ")
		}
		at += len(w)
	}
	if at != len(n.key) {
		return strings.Join(n.words[p:], " ")
	}
	return n.key[off:]
}

// partialCue ties the short form node i to the one name among cands used
// in an article where i is, else, when none is, to the one name among all
// cands: "Trump" in an article about Ivanka Trump is hers, even if another
// article names Donald Trump.
func (k *linker) partialCue(i int, cands []int) {
	local := k.local(i, cands)
	if j, ok := k.unique(local, i, false); ok {
		k.union(j, i)
		return
	}
	if len(local) == 0 {
		if j, ok := k.unique(cands, i, false); ok {
			k.union(j, i)
		}
	}
}
