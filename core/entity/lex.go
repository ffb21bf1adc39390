package entity

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/core/lexicon"
)

// cue is the sort of thing a cue word inside a name points to.
type cue uint8

const (
	noCue    cue = iota
	orgCue       // Observatory, Ministry, Agency
	groupCue     // Army, Front, Brigade
	placeCue     // Province, Valley, Square
	eventCue     // Battle, War, Summit
)

// country is one state or people from the lexicon.
type country struct {
	name    string          // canonical English name
	key     string          // Key(name)
	people  bool            // a people without a state (Kurds): a group, not a country
	place   bool            // a listed city or region, not a country
	demonym string          // first demonym listed, "" when none
	words   map[string]bool // key words of every listed name, for "Syrian Arab Army"
	node    string          // the node key of its mentions: "c:" or "p:" + key
	forces  string          // the node key of its armed forces: "f:" + key
}

// known is a listed acronym of an international body.
type known struct {
	kind Kind
	long string
}

// lexicons are the word lists core/entity reads, loaded once.
type lexicons struct {
	countries  map[string]*country // Key of any name or demonym → country
	places     map[string]*country // Key of any name of a listed place → the place
	demonyms   map[string]*country // lower-case demonym → country
	titles     map[string]bool     // lower-case title, words joined by one space
	titleFirst map[string]bool     // first word of each title, also without a final "."
	maxTitle   int                 // most words in a title
	cues       map[string]cue
	common     map[string]bool  // function words: dropped from the front of a run
	nouns      map[string]bool  // generic nouns: no name when alone
	connectors map[string]bool  // any connector
	cueConn    map[string]bool  // connectors that join only after a cue word
	forces     map[string]bool  // lower-case force words and phrases
	known      map[string]known // acronym without dots → its body
	knownWord  map[string]known // the known acronyms of four letters and more, by their lower-case letters: "nato"
	capsNames  map[string]bool  // country and place names written in capitals, without dots: US, UAE
	classes    map[string]wordClass
	classTab   classTable // classes, for the scanner's lookups
}

// wordClass is what the word lists say of one lower-case word. The scanner
// looks a token's class up once (see scanner.class), where it asked a
// list at a time, several times a token.
type wordClass uint32

const (
	wcKnown       wordClass = 1 << iota // set on a token once its class is looked up
	wcCommon                            // in common
	wcCommonDot                         // in common with a "." after it: "gen."
	wcConnector                         // in connectors
	wcCueConn                           // in cueConn
	wcTitleFirst                        // in titleFirst
	wcTitle                             // in titles: a title of one word
	wcTitleDot                          // in titles with a "." after it
	wcNoun                              // in nouns
	wcPersonNoun                        // in personNouns
	wcPlaceAfter                        // in placeAfter
	wcSpeech                            // in speechVerbs
	wcDemonym                           // a demonym of one word: a key of demonyms
	wcDemonymHead                       // the first word of a demonym of several
	wcCueShift    = iota                // the word's cue, in the bits from here
)

// cue returns the cue of a word of class c.
func (c wordClass) cue() cue { return cue(c >> wcCueShift & 7) }

// classify fills l.classes from the lists.
func (l *lexicons) classify() {
	l.classes = map[string]wordClass{}
	lists := []struct {
		words  map[string]bool
		c, dot wordClass // the class of a word, and of a word listed with a "." after it
	}{
		{l.common, wcCommon, wcCommonDot}, {l.connectors, wcConnector, 0}, {l.cueConn, wcCueConn, 0},
		{l.titleFirst, wcTitleFirst, 0}, {l.titles, wcTitle, wcTitleDot}, {l.nouns, wcNoun, 0},
		{personNouns, wcPersonNoun, 0}, {placeAfter, wcPlaceAfter, 0}, {speechVerbs, wcSpeech, 0},
	}
	for _, list := range lists { // one loop, not a call per list: less wasm
		for w := range list.words {
			l.classes[w] |= list.c
			if d, ok := strings.CutSuffix(w, "."); ok && list.dot != 0 {
				l.classes[d] |= list.dot
			}
		}
	}
	for d := range l.demonyms {
		if head, _, ok := strings.Cut(d, " "); ok {
			l.classes[head] |= wcDemonymHead
		} else {
			l.classes[d] |= wcDemonym
		}
	}
	for w, c := range l.cues {
		l.classes[w] |= wordClass(c) << wcCueShift
	}
	l.classTab = newClassTable(l.classes)
}

var (
	lexOnce sync.Once
	lex     *lexicons
)

// lists returns the loaded lexicons.
func lists() *lexicons {
	lexOnce.Do(func() { lex = load() })
	return lex
}

func load() *lexicons {
	l := &lexicons{
		countries: map[string]*country{}, places: map[string]*country{}, demonyms: map[string]*country{}, titles: map[string]bool{}, titleFirst: map[string]bool{},
		cues: map[string]cue{}, common: lexicon.Set("entity_common.txt"), nouns: lexicon.Set("entity_nouns.txt"), connectors: map[string]bool{},
		cueConn: map[string]bool{}, capsNames: map[string]bool{}, forces: lexicon.Set("entity_forces.txt"), known: map[string]known{}, knownWord: map[string]known{},
	}
	for w := range lexicon.Set("numbers_words_en.tsv") {
		l.common[w] = true // "Twelve survivors were taken to hospital."
	}
	for _, r := range lexicon.Rows("countries_en.tsv") {
		c := &country{name: r[0], key: Key(r[0]), words: map[string]bool{}}
		for _, n := range r {
			l.countries[Key(n)] = c
			if strings.ToUpper(n) == n {
				l.capsNames[strings.ReplaceAll(n, ".", "")] = true
			}
			for _, w := range keyWords(n) {
				c.words[w] = true
			}
		}
	}
	for _, r := range lexicon.Rows("entity_places.tsv") {
		c := &country{name: r[0], key: Key(r[0]), place: true}
		for _, n := range r {
			l.places[Key(n)] = c
		}
	}
	for _, r := range lexicon.Rows("demonyms_en.tsv") {
		if len(r) < 2 {
			continue
		}
		c := l.countries[Key(r[1])]
		if c == nil {
			c = &country{name: r[1], key: Key(r[1]), people: true, words: map[string]bool{}}
			l.countries[c.key] = c
		}
		if c.demonym == "" {
			c.demonym = r[0]
		}
		c.words[Key(r[0])] = true
		l.demonyms[strings.ToLower(r[0])] = c
	}
	for _, r := range lexicon.Rows("titles_en.txt") {
		l.titles[r[0]] = true
		if f := strings.Fields(r[0]); len(f) > 0 {
			l.titleFirst[f[0]] = true
			l.titleFirst[strings.TrimSuffix(f[0], ".")] = true
		}
		if n := len(strings.Fields(r[0])); n > l.maxTitle {
			l.maxTitle = n
		}
	}
	kinds := map[string]cue{"org": orgCue, "group": groupCue, "place": placeCue, "event": eventCue}
	for _, r := range lexicon.Rows("entity_cues.tsv") {
		if len(r) > 1 {
			l.cues[r[0]] = kinds[r[1]]
			l.cues[Key(r[0])] = kinds[r[1]] // as key words spell it: "asembly"
		}
	}
	for _, r := range lexicon.Rows("entity_connectors.txt") {
		l.connectors[r[0]] = true
		if len(r) > 1 && r[1] == "cue" {
			l.cueConn[r[0]] = true
		}
	}
	for _, r := range lexicon.Rows("entity_known.tsv") {
		if len(r) > 2 {
			a := strings.ReplaceAll(r[0], ".", "")
			l.known[a] = known{kind: Kind(r[1]), long: r[2]}
			if len(a) >= 4 {
				l.knownWord[strings.ToLower(a)] = l.known[a]
			}
		}
	}
	l.classify()
	// Node keys made once, not once a mention.
	for _, c := range l.countries {
		c.node, c.forces = "c:"+c.key, "f:"+c.key
	}
	for _, c := range l.places {
		c.node, c.forces = "p:"+c.key, "f:"+c.key
	}
	return l
}
