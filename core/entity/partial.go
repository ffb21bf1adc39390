package entity

import "strings"

// acronyms ties each acronym not yet explained to the one long form whose
// content-word initials it spells: exactly (SOHR, Syrian Observatory for
// Human Rights), else as a permutation or with one letter different, which
// only an unexplained long form (one without an acronym yet) may take.
// Ambiguity leaves the acronym alone.
func (k *linker) acronyms() {
	exact, perm, near := map[string][]int{}, map[string][]int{}, map[string][]int{}
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial {
			continue
		}
		init := initials(n.words)
		if len(init) < 2 {
			continue
		}
		exact[init] = append(exact[init], i)
		if len(init) >= 3 {
			s := sortedBytes(init)
			perm[s] = append(perm[s], i)
			if len(init) >= 4 {
				for d := range s {
					near[s[:d]+s[d+1:]] = append(near[s[:d]+s[d+1:]], i)
				}
			}
		}
	}
	for i, n := range k.nodes {
		if !n.acro || n.isLex() || k.hasLng[k.find(i)] {
			continue
		}
		letters := acronymLetters(n.key)
		if j, ok := k.unique(exact[letters], i, false); ok {
			k.union(j, i)
			continue
		}
		if len(letters) < 3 {
			continue
		}
		s := sortedBytes(letters)
		if j, ok := k.unique(perm[s], i, true); ok {
			k.union(j, i)
			continue
		}
		if len(letters) < 4 {
			continue
		}
		var cands []int
		for d := range s {
			for _, j := range near[s[:d]+s[d+1:]] {
				if len(k.nodes[j].words) > 0 && len(initials(k.nodes[j].words)) == len(letters) {
					cands = append(cands, j)
				}
			}
		}
		if j, ok := k.unique(cands, i, true); ok {
			k.union(j, i)
		}
	}
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
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial || len(n.words) < 2 {
			continue
		}
		r := k.find(i)
		if topVote(k.votes[r]) == vPerson {
			for p := 1; p < len(n.words); p++ {
				s := strings.Join(n.words[p:], " ")
				suffix[s] = append(suffix[s], i)
			}
		} else {
			for _, w := range n.words {
				if lists().cues[w] != noCue {
					heads[w] = append(heads[w], i)
				}
			}
		}
	}
	for i, n := range k.nodes {
		if n.isLex() || n.acro {
			continue
		}
		if n.partial {
			k.partialCue(i, heads[n.key])
			continue
		}
		if n.votes[vPlace] > n.votes[vPerson] || n.votes[vOrg] > 0 || n.votes[vGroup] > 0 {
			continue
		}
		if j, ok := k.unique(suffix[n.key], i, false); ok {
			k.union(j, i)
		}
	}
}

// partialCue ties the lone cue word node i to the one name among cands
// used in an article where i is, else to the one name among all cands.
func (k *linker) partialCue(i int, cands []int) {
	n := k.nodes[i]
	var local []int
	for _, j := range cands {
		if sharesArticle(n, k.nodes[j]) {
			local = append(local, j)
		}
	}
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
