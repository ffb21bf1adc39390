package entity

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/core/internal/sorts"
	"github.com/crosscheck/crosscheck/core/internal/wordset"
)

// node is one distinct name: every mention with the same node key.
type node struct {
	key     string
	words   []string
	country *country // a lexicon country or people, or its forces
	arts    []int    // articles it occurs in, ascending
	votes   [nVotes]int
	forms   []surface      // surface forms in order of first use
	formIdx map[string]int // index into forms, made once they outgrow a linear search
	acro    bool           // an acronym
	partial bool           // every mention a lone cue word
	plain   bool           // a long form: no acronym among its words (not "UN Security Council")
	forces  bool           // the armed forces of country
	demonym bool           // the demonym of another node's place, found by demonymForms
	credit  bool           // an acronym some dateline credits as its agency
}

// surface is one surface form of a node and how often it occurs.
type surface struct {
	text  string
	count int
}

// maxLinearForms is how many surface forms a node searches one by one
// before it indexes them: most names have one to three forms, and a map
// per node cost more than the search.
const maxLinearForms = 16

// addForm counts one use of the surface form text.
func (n *node) addForm(text string) {
	if n.formIdx != nil {
		if i, ok := n.formIdx[text]; ok {
			n.forms[i].count++
			return
		}
		n.formIdx[text] = len(n.forms)
		n.forms = append(n.forms, surface{text, 1})
		return
	}
	for i := range n.forms {
		if n.forms[i].text == text {
			n.forms[i].count++
			return
		}
	}
	n.forms = append(n.forms, surface{text, 1})
	if len(n.forms) > maxLinearForms {
		n.formIdx = make(map[string]int, 2*len(n.forms))
		for i, f := range n.forms {
			n.formIdx[f.text] = i
		}
	}
}

// isLex reports whether n was named by the lexicon: its merges are the
// lexicon's, never a guess.
func (n *node) isLex() bool { return n.country != nil }

// inArticle reports whether n occurs in article a.
func (n *node) inArticle(a int) bool {
	i := sort.SearchInts(n.arts, a)
	return i < len(n.arts) && n.arts[i] == a
}

// sharesArticle reports whether a and b occur in one article.
func sharesArticle(a, b *node) bool {
	for i, j := 0, 0; i < len(a.arts) && j < len(b.arts); {
		switch {
		case a.arts[i] == b.arts[j]:
			return true
		case a.arts[i] < b.arts[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// linker merges nodes into entities with a union-find.
type linker struct {
	nodes  []*node
	parent []int
	tag    []string      // per root: the lexicon node key it holds, "" for none
	hasAcr []bool        // per root: holds an acronym
	hasLng []bool        // per root: holds a long (non-acronym) name
	votes  [][nVotes]int // per root: summed kind evidence

	formBuf    []form   // scratch for describe
	aliasBuf   []string // scratch for describe
	aliasArena []string // the rest of the array describe carves aliases from
}

// newLinker makes one node per distinct node key of the mentions, and
// sets each mention's nodeIdx.
//
// A first pass numbers the node keys and counts each node's articles, so
// that the nodes' memory is made at its size: the nodes from one array,
// the article lists as windows of one array, each with room for its
// articles, and a first form from one array of forms. Most nodes have one
// form; the form windows are capped at their length, so that a second
// form moves the list to memory of its own.
func newLinker(cands [][]cand) *linker {
	total := 0
	for _, cs := range cands {
		total += len(cs)
	}
	byKey := make(map[string]int, total/3) // news: a node every three mentions
	nArts := make([][2]int32, 0, total/3)  // per node: its articles, and 1 + the last counted
	sumArts := 0
	for _, cs := range cands {
		for ci := range cs {
			c := &cs[ci]
			i, ok := byKey[c.node]
			if !ok {
				i = len(byKey)
				byKey[c.node] = i
				nArts = append(nArts, [2]int32{})
			}
			c.nodeIdx = i
			if na := &nArts[i]; na[1] != int32(c.art)+1 {
				na[0]++
				na[1] = int32(c.art) + 1
				sumArts++
			}
		}
	}
	k := &linker{nodes: make([]*node, len(byKey))}
	arts := make([]int, sumArts)
	block := make([]node, len(byKey))
	first := make([]surface, len(byKey))
	made := 0 // nodes are numbered in order of first mention
	for _, cs := range cands {
		for ci := range cs {
			c := &cs[ci]
			i := c.nodeIdx
			if i == made {
				first[i] = surface{c.text, 0}
				n := int(nArts[i][0])
				block[i] = node{key: c.node, words: c.words, acro: c.acro, partial: true, plain: c.plain,
					country: c.country, forces: c.forces, arts: append(arts[:0:n], c.art), forms: first[i : i+1 : i+1]}
				arts = arts[n:]
				k.nodes[i] = &block[i]
				made++
			}
			n := k.nodes[i]
			n.acro = n.acro && c.acro
			n.credit = n.credit || c.credit
			n.partial = n.partial && c.partial
			if n.arts[len(n.arts)-1] != c.art {
				n.arts = append(n.arts, c.art)
			}
			for v := range n.votes {
				n.votes[v] += int(c.votes[v])
			}
			n.addForm(c.text)
		}
	}
	k.parent = make([]int, len(k.nodes))
	k.tag = make([]string, len(k.nodes))
	flags := make([]bool, 2*len(k.nodes)) // one array for both
	k.hasAcr, k.hasLng = flags[:len(k.nodes):len(k.nodes)], flags[len(k.nodes):]
	k.votes = make([][nVotes]int, len(k.nodes))
	for i, n := range k.nodes {
		k.parent[i] = i
		if n.isLex() {
			k.tag[i] = n.key
		}
		k.hasAcr[i] = n.acro
		k.hasLng[i] = !n.acro && !n.partial
		k.votes[i] = n.votes
	}
	return k
}

// find returns the root of i.
func (k *linker) find(i int) int {
	for k.parent[i] != i {
		k.parent[i] = k.parent[k.parent[i]]
		i = k.parent[i]
	}
	return i
}

// union merges the entities of a and b unless they hold two different
// lexicon names (Niger and Nigeria stay apart). It reports whether a and b
// are now one.
func (k *linker) union(a, b int) bool {
	ra, rb := k.find(a), k.find(b)
	if ra == rb {
		return true
	}
	if k.tag[ra] != "" && k.tag[rb] != "" && k.tag[ra] != k.tag[rb] {
		return false
	}
	k.parent[rb] = ra
	if k.tag[ra] == "" {
		k.tag[ra] = k.tag[rb]
	}
	k.hasAcr[ra] = k.hasAcr[ra] || k.hasAcr[rb]
	k.hasLng[ra] = k.hasLng[ra] || k.hasLng[rb]
	for v := range k.votes[ra] {
		k.votes[ra][v] += k.votes[rb][v]
	}
	return true
}

// link runs every merge rule in order of confidence.
func (k *linker) link(cands [][]cand) {
	k.definitions(cands)
	k.wordOrder()
	k.spellings()
	k.capitalForms()
	k.designatorForms()
	k.saintForms()
	k.particleForms()
	k.demonymForms()
	k.jointForms()
	k.acronyms()
	k.translatedAcronyms()
	k.partials(cands)
}

// demonymForms merges a one-word name with the one-word place it is the
// regular English demonym of, when the texts name both: "Valdorian troops"
// and "Valdoria", "Marovan forces" and "Marova". The demonyms of the
// lexicon's countries are known already; this finds those of places it
// lacks, from the text alone. The place must be voted a place ("officials
// in Valdoria"), so that "Clintonian" stays apart from Clinton, and its
// word has four letters or more; the demonym may not be a person's name.
// A name with no evidence of its kind ("Tarvania said on Monday") is
// taken too when its demonym reads as a people's or a place's ("Tarvanian
// forces").
func (k *linker) demonymForms() {
	var places map[string]int
	for i, n := range k.nodes {
		if v := topVote(n.votes); len(n.words) == 1 && !n.acro && !n.isLex() && len(n.words[0]) >= 4 && (v == vPlace || v == nVotes) {
			if places == nil {
				places = map[string]int{}
			}
			places[n.words[0]] = i
		}
	}
	if places == nil {
		return // most collections name no place the lexicon lacks
	}
	for i, n := range k.nodes {
		if len(n.words) != 1 || n.acro || n.isLex() || topVote(n.votes) == vPerson {
			continue
		}
		v := topVote(n.votes)
		for _, p := range demonymPlaces(n.words[0]) {
			j, ok := places[p]
			if ok && topVote(k.nodes[j].votes) == nVotes && v != vGroup && v != vPlace {
				continue // a name of no kind ("Tarvania said") takes a demonym used as one ("Tarvanian forces")
			}
			if ok && j != i && k.union(j, i) {
				k.nodes[i].demonym = true
				break
			}
		}
	}
}

// demonymPlaces returns the places whose regular demonym w may be: less
// its suffix (-ian, -an, -n, -ese, -ish, -i), and that stem with a final
// vowel or y back: "valdorian" → "valdoria", "marovan" → "marova",
// "chinese" → "china", "iraqi" → "iraq".
func demonymPlaces(w string) []string {
	var out []string
	for _, suf := range [...]string{"ian", "an", "n", "ese", "ish", "i"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		if suf == "n" {
			if strings.HasSuffix(stem, "a") {
				out = append(out, stem) // "kenyan", "marovan"; not "diagnosen"
			}
			continue
		}
		out = append(out, stem, stem+"a", stem+"ia", stem+"y", stem+"e", stem+"o")
	}
	return out
}

// jointForms merges names that write the same letters with their words
// split otherwise, hyphens aside: "Calfire" and "Cal Fire", "Pelgor Dam"
// and "Pel-Gor Dam". The letters must be six or more and neither name be
// a person's. Names written apart (two words or more, or a hyphen) are
// filed by their letters; one plain word only looks its letters up.
func (k *linker) jointForms() {
	var joined map[string]int
	var buf []byte
	for pass := range 2 {
		for i, n := range k.nodes {
			if n.acro || n.isLex() || topVote(n.votes) == vPerson {
				continue
			}
			buf = buf[:0]
			for _, w := range n.words {
				for j := 0; j < len(w); j++ {
					if w[j] != '-' {
						buf = append(buf, w[j])
					}
				}
			}
			apart := len(n.words) > 1 || len(buf) < len(n.words[0])
			if len(buf) < 6 || apart != (pass == 0) {
				continue
			}
			j, ok := joined[string(buf)]
			switch {
			case !ok && apart:
				if joined == nil {
					joined = map[string]int{}
				}
				joined[string(buf)] = i
			case ok && n.key != k.nodes[j].key && !kindsClash(n.votes, k.nodes[j].votes):
				k.union(j, i)
			}
		}
		if joined == nil {
			return // no name written apart: most texts' names are
		}
	}
}

// translatedAcronyms merges two entities that each pair an acronym with
// a long form, when the acronyms are the same letters in another order
// and the long forms share two words or more, as a name and its
// translation do: "Popular Liberation Front (PLF)" and "Front populaire
// de libération (FPL)" share front and liberation (keys fold accents).
// Only a unique partner is taken.
func (k *linker) translatedAcronyms() {
	byLetters := map[string][]int{} // roots holding an acronym, by its sorted letters
	for i, n := range k.nodes {
		if n.acro && !n.isLex() && len(n.words[0]) >= 3 && k.hasLng[k.find(i)] {
			key := sortedBytes(n.words[0])
			byLetters[key] = append(byLetters[key], i)
		}
	}
	for _, acros := range byLetters {
		if len(acros) != 2 || k.nodes[acros[0]].words[0] == k.nodes[acros[1]].words[0] {
			continue // one spelling, or ambiguous
		}
		a, b := k.find(acros[0]), k.find(acros[1])
		if a != b && k.sharedLongWords(a, b) >= 2 {
			k.union(a, b)
		}
	}
}

// sharedLongWords counts the key words, connectors aside, that the long
// forms of roots a and b have in common.
func (k *linker) sharedLongWords(a, b int) int {
	conn := lists().connectors
	words := map[string]int{} // word → bit 1 seen under a, bit 2 under b
	for i, n := range k.nodes {
		if n.acro || n.partial {
			continue
		}
		bit := 0
		switch k.find(i) {
		case a:
			bit = 1
		case b:
			bit = 2
		default:
			continue
		}
		for _, w := range n.words {
			if !conn[w] {
				words[w] |= bit
			}
		}
	}
	shared := 0
	for _, v := range words {
		if v == 3 {
			shared++
		}
	}
	return shared
}

// capitalForms merges a word written in capitals with the same word
// written as a name: a dateline's "TESSEN" and "Tessen", "NATO" and
// "Nato". Words of fewer than four letters are left apart ("US" is not
// "Us", "WHO" is not "Who"), as are lexicon nodes, which have their own
// spellings.
func (k *linker) capitalForms() {
	var caps []int
	for i, n := range k.nodes {
		if n.acro && !n.isLex() && len(n.words) == 1 && len(n.words[0]) >= 4 {
			caps = append(caps, i)
		}
	}
	if len(caps) == 0 {
		return // most collections: no word in capitals, no index of words
	}
	named := map[string]int{}
	for i, n := range k.nodes {
		if !n.acro && !n.isLex() && len(n.words) == 1 {
			named[n.words[0]] = i
		}
	}
	for _, i := range caps {
		if j, ok := named[wordKey(k.nodes[i].words[0])]; ok {
			k.union(j, i)
		}
	}
}

// designatorForms merges two names of two words or more that differ only
// in how they write the word a company's name ends in: "Corvane Air" and
// "Corvane Airlines", "Halvane Gold Corp" and "Halvane Gold Corporation".
func (k *linker) designatorForms() {
	k.unionByKey(func(_ int, n *node) string {
		last := len(n.words) - 1
		d := designator(n.words[last])
		if d == "" {
			return "" // most names
		}
		return strings.Join(n.words[:last], " ") + " " + d
	})
}

// unionByKey merges the names of two words or more (no acronym, no
// lexicon entry) that key gives one non-empty key.
func (k *linker) unionByKey(key func(i int, n *node) string) {
	var first map[string]int
	for i, n := range k.nodes {
		if n.isLex() || n.acro || len(n.words) < 2 {
			continue
		}
		s := key(i, n)
		if s == "" {
			continue
		}
		if first == nil {
			first = map[string]int{}
		}
		if j, ok := first[s]; ok {
			k.union(j, i)
		} else {
			first[s] = i
		}
	}
}

// saintForms merges names that differ only in how they write the saint
// they open with: "St. Orlen", "Sankt Orlen" and "Saint Orlen".
func (k *linker) saintForms() {
	k.unionByKey(func(_ int, n *node) string {
		if !saints[n.words[0]] {
			return "" // most names
		}
		return strings.Join(n.words[1:], " ")
	})
}

// particleForms merges a person's name with the same name less the
// particles inside it: "Mohamed Ould Semba" and "Mohamed Semba", "Ali bin
// Hamad Tarsi" and "Ali Hamad Tarsi". Both must be seen as a person's.
func (k *linker) particleForms() {
	var room [8]string
	k.unionByKey(func(i int, n *node) string {
		if topVote(k.votes[k.find(i)]) != vPerson {
			return ""
		}
		words := append(room[:0], n.words[0])
		for _, w := range n.words[1 : len(n.words)-1] {
			if !particles[w] {
				words = append(words, w)
			}
		}
		return strings.Join(append(words, n.words[len(n.words)-1]), " ")
	})
}

// particles are the words inside a person's name that some writers leave
// out: "son of" in Arabic and Hassaniya names, and the Dutch, German and
// Romance particles.
var particles = keySet("ould ag bin ibn bint ben van von der den de da di del dos das du")

// saints are the first words, as keys spell them, that write "saint".
var saints = keySet("st saint sankt ste sainte")

// designators are the words a company's name ends in, each after the one
// form its variants share (node words are keys: lower case, doubled
// consonants collapsed).
var designators = [...][2]string{
	{"airline", "air"}, {"airlines", "air"}, {"airways", "air"}, {"air", "air"},
	{"corporation", "corp"}, {"corp", "corp"}, {"company", "co"}, {"co", "co"},
	{"incorporated", "inc"}, {"inc", "inc"}, {"limited", "ltd"}, {"ltd", "ltd"},
}

// designator returns the form w shares with its variants, "" for a word
// that ends no company's name.
func designator(w string) string {
	for _, d := range designators {
		if d[0] == w {
			return d[1]
		}
	}
	return ""
}

// definitions merges each acronym defined in parentheses with its long form.
func (k *linker) definitions(cands [][]cand) {
	for _, cs := range cands {
		for _, c := range cs {
			if c.acroOf > 0 {
				k.union(cs[c.acroOf-1].nodeIdx, c.nodeIdx)
			}
		}
	}
}

// contentKey returns the words of n that are not connectors, sorted: the
// same for every word order of one name ("Syrian Human Rights Observatory"
// and "Syrian Observatory for Human Rights").
func contentKey(words []string) (string, int) {
	var room [8]string // a name has a few words: no slice made
	c := room[:0]
	for _, w := range words {
		if !initialsSkip[w] {
			c = append(c, w)
		}
	}
	sorts.SortFunc(c, strings.Compare) // not sort.Strings, whose slices.Sort copy for strings is some 16 KB of wasm
	return strings.Join(c, " "), len(c)
}

// wordOrder merges names with the same content words in another order,
// a society's name with it or without the word.
func (k *linker) wordOrder() {
	first := map[string]int{}
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial {
			continue
		}
		words := n.words
		if len(words) > 2 && vesselPrefixes[words[0]] {
			words = words[1:] // "MV Sahra Star" is the "Sahra Star"
		}
		if len(words) > 2 && bodyTails[words[len(words)-1]] {
			// "Karsland Red Cross Society" is the "Red Cross of Karsland",
			// and the "Red Helmets Brigade" the "Red Helmets"
			words = words[:len(words)-1]
		}
		var room [8]string
		words = portfolioWords(room[:0], words)
		key, count := contentKey(words)
		if count < 2 {
			continue
		}
		if j, ok := first[key]; ok {
			k.union(j, i)
		} else {
			first[key] = i
		}
	}
	k.demonymOrder(first)
	k.qualifiedBodies(first)
}

// qualifiedBodies merges a body's name that a demonym opens with the same
// name without it, when the demonym's place is named too and no other
// demonym opens that name: "the Veskarian Defence Ministry" and "the
// Ministry of Defence" in another report; not when the Korganian and the
// Velistani Defence Ministry both speak. first maps the content key of
// each name wordOrder read to its node.
func (k *linker) qualifiedBodies(first map[string]int) {
	var places map[string]bool // one-word names: a demonym's place must be one
	for _, n := range k.nodes {
		if len(n.words) == 1 {
			if places == nil {
				places = map[string]bool{}
			}
			places[n.words[0]] = true
		}
	}
	var room [8]string
	var bare []string            // the bare names' keys, in node order
	var qualified map[string]int // bare key → the node a demonym opens, -1 for two
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial || len(n.words) < 3 || topVote(n.votes) == vPerson || !demonymOfNamed(n.words[0], places) {
			continue
		}
		key, count := contentKey(portfolioWords(room[:0], n.words[1:]))
		if _, ok := first[key]; !ok || count < 2 {
			continue
		}
		if j, ok := qualified[key]; !ok {
			if qualified == nil {
				qualified = map[string]int{}
			}
			qualified[key] = i
			bare = append(bare, key)
		} else if j != i {
			qualified[key] = -1
		}
	}
	for _, key := range bare {
		if i := qualified[key]; i >= 0 && topVote(k.nodes[first[key]].votes) != vPerson {
			k.union(first[key], i)
		}
	}
}

// demonymOfNamed reports whether w may be the demonym of a place in
// places.
func demonymOfNamed(w string, places map[string]bool) bool {
	for _, p := range demonymPlaces(w) {
		if places[p] {
			return true
		}
	}
	return false
}

// bodyTails are the nouns a body's name of two words or more may go
// without: "the Red Helmets", "Lindholt General" for its hospital.
var bodyTails = wordset.Of("society brigade brigades movement group front militia party hospital")

// portfolioWords appends to out the words of a ministry's or department's
// name with its portfolio read one way ("Interior Ministry", "Ministry of
// Internal Affairs", "Ministry of Home Affairs"), or returns words as they
// are when the name is none.
func portfolioWords(out, words []string) []string {
	body := false
	for _, w := range words {
		body = body || w == "ministry" || w == "department" // keys: wordKey leaves both as they are
	}
	if !body {
		return words
	}
	for _, w := range words {
		if k := portfolios[w]; k == 0 {
			out = append(out, w)
		} else if k < len(portfolioNames) {
			out = append(out, portfolioNames[k])
		}
	}
	return out
}

// portfolios number the words one portfolio is written with, as keys
// write them, by the word portfolioNames reads each as; "affairs"
// ("afairs") is read as nothing.
var (
	portfolios     = wordset.Ints("internal:1 home:1 defense:2 external:3 exterior:3 afairs:9")
	portfolioNames = [...]string{"", "interior", "defence", "foreign"}
)

// demonymOrder merges a name that holds a demonym with the name that
// holds its place instead, in any word order: "Korganian Defence
// Ministry" and "Ministry of Defence of Korgania", "the Russian Ministry
// of Defence" and "the Ministry of Defence of Russia". first maps the
// content key of each name wordOrder read to its node. A person's name
// is left alone ("Adrian Marovan" is no "Marova Adrian").
func (k *linker) demonymOrder(first map[string]int) {
	var room [8]string
	var named map[string]bool // the words of the names of three words or more: a place must be one
	for _, n := range k.nodes {
		if len(n.words) >= 3 && !n.isLex() && !n.acro {
			if named == nil {
				named = map[string]bool{}
			}
			for _, w := range n.words {
				named[w] = true
			}
		}
	}
	for i, n := range k.nodes {
		if n.isLex() || n.acro || n.partial || len(n.words) < 3 || topVote(n.votes) == vPerson {
			continue
		}
		for wi, w := range n.words {
			for _, p := range demonymPlaces(w) {
				if !named[p] {
					continue // most words: no name holds the place they might be the demonym of
				}
				words := append(room[:0], n.words...)
				words[wi] = p
				key, _ := contentKey(words)
				if j, ok := first[key]; ok && j != i && topVote(k.nodes[j].votes) != vPerson {
					k.union(j, i)
					break
				}
			}
		}
	}
}
