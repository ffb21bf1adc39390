// Package core is crosscheck's API: Analyze takes articles and returns one
// Report. The stages run one way: clean → sentence → claim (with entity,
// quantity, timex) → compare.
package core

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rs/xid"

	"github.com/crosscheck/crosscheck/core/claim"
	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/compare"
	"github.com/crosscheck/crosscheck/core/denial"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/ascii"
	"github.com/crosscheck/crosscheck/core/timex"
)

// Limits on input. What is within them is still analysed when they are
// exceeded; the report's Problems say what was left out.
const (
	MaxArticleBytes = 2 << 20 // an article longer than this is cut at this size
	MaxArticles     = 2000    // articles past this many are not analysed
)

// Article is one pasted article.
type Article struct {
	ID     string `json:"id"`     // an xid when empty
	Name   string `json:"name"`   // file name or label
	Text   string `json:"text"`   // plain text or HTML
	Date   string `json:"date"`   // YYYY-MM-DD, optional
	Source string `json:"source"` // outlet or agency, optional
}

// Options tune Analyze. The zero value is the default.
type Options struct {
	Favor clean.Favor `json:"favor"` // cleaning precision/recall. Default: balanced
}

// Problem is an input problem; analysis goes on past it.
type Problem struct {
	Article string `json:"article,omitempty"` // the article's name, empty for the whole input
	Message string `json:"message"`
}

// Problems is a list of input problems.
type Problems []Problem

// Err returns the problems as one error, nil when there are none.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	msgs := make([]string, len(p))
	for i, x := range p {
		msgs[i] = x.String()
	}
	return fmt.Errorf("%s", strings.Join(msgs, "; "))
}

func (p Problem) String() string {
	if p.Article == "" {
		return p.Message
	}
	return p.Article + ": " + p.Message
}

// ArticleReport is what the report says of one article.
type ArticleReport struct {
	ID         string        `json:"id"`
	Name       string        `json:"name"`
	Title      string        `json:"title"`
	Date       string        `json:"date"`                // YYYY-MM-DD or empty
	DateSource string        `json:"dateSource"`          // "user", "text", "inferred" or ""
	DateBasis  string        `json:"dateBasis,omitempty"` // how an inferred date was found
	Year       int           `json:"year,omitempty"`      // with no date: the latest year mentioned
	Source     string        `json:"source"`
	Byline     string        `json:"byline,omitempty"`
	Lines      []clean.Line  `json:"lines"`
	Claims     []claim.Claim `json:"claims"`
	Text       string        `json:"text"` // the cleaned body
	Paras      []clean.Para  `json:"paras"`
	Meta       clean.Meta    `json:"meta"`
}

// Report is the one structure the CLI prints, the page shows and the tests
// check.
type Report struct {
	Articles  []ArticleReport    `json:"articles"`
	Entities  []entity.Entity    `json:"entities"`
	Relations []compare.Relation `json:"relations"`
	Summary   Summary            `json:"summary"`
	Problems  Problems           `json:"problems"`
}

// Summary is what the page draws besides the lists: the figures each
// source gave over time per measure, the agreement matrix between
// articles, and the number of relations of each kind.
type Summary struct {
	Timeline []compare.Series `json:"timeline"`
	Matrix   []compare.Cell   `json:"matrix"`
	Counts   compare.Counts   `json:"counts"`
}

// Analyze cleans each article, extracts its claims and compares them. It
// fails only when there is nothing to analyse; other input problems are
// listed in Report.Problems.
func Analyze(articles []Article, opts Options) (Report, error) {
	var probs Problems
	if len(articles) > MaxArticles {
		probs = append(probs, Problem{Message: fmt.Sprintf("%d articles given, more than the limit of %d: the first %d were analysed", len(articles), MaxArticles, MaxArticles)})
		articles = articles[:MaxArticles]
	}
	rep := Report{Articles: make([]ArticleReport, len(articles))}
	docs := make([]clean.Doc, len(articles))
	arts := make([]Article, len(articles))
	for i, a := range articles {
		var ps Problems
		arts[i], ps = sanitize(a, i)
		probs = append(probs, ps...)
	}
	texts := make([]string, len(docs))
	lowers := make([]string, len(docs)) // one lower-cased copy of each text, for entity and claim
	each(len(arts), func(i int) {
		docs[i] = clean.Clean(arts[i].Text, clean.Options{Favor: opts.Favor})
		rep.Articles[i] = articleReport(arts[i], docs[i])
		texts[i], lowers[i] = docs[i].Text, ascii.Lower(docs[i].Text)
	})
	ents, mentions := entity.LinkLower(texts, lowers)
	carts := make([]compare.Article, len(docs))
	names := namesByArticle(ents, len(docs))
	voices := groupVoices(ents)
	english := make([]bool, len(docs))
	each(len(docs), func(i int) {
		ar := &rep.Articles[i]
		date, _ := timex.ParseISO(ar.Date)
		var years []int
		if english[i] = claim.ReadsEnglish(lowers[i]); english[i] {
			ar.Claims, years = claim.ExtractYears(claim.Input{Article: i, Doc: docs[i], Mentions: mentions[i], Date: date, Lower: lowers[i]})
			ownVoice(ar.Claims, voices)
			forcesOf(ar.Claims, docs[i].Text, mentions[i])
		} else {
			years = timex.Years(docs[i].Text) // claims read with English lexicons would be nonsense
		}
		carts[i] = compare.Article{Index: i, Name: ar.Name, Date: date, DateSource: ar.DateSource, Years: years, Names: names[i]}
		if date.IsZero() {
			carts[i].MonthDay = datelineDay(docs[i].Meta.Dateline.Value)
		} else if ar.DateSource == "text" && docs[i].Meta.Date.Line > 0 {
			for _, l := range docs[i].Lines {
				if l.N == docs[i].Meta.Date.Line {
					carts[i].Minute = clockOf(l.Text) // the line the date was read from
				}
			}
		} else if ar.DateSource == "text" && docs[i].Meta.Time != "" {
			carts[i].Minute = clockOf(docs[i].Meta.Time) // an HTML page's date stamp: "2034-02-09T21:04"
		}
		prefix := "a" + strconv.Itoa(i+1) + ".c"
		for j := range ar.Claims {
			ar.Claims[j].ID = prefix + strconv.Itoa(j+1)
		}
	})
	addDenials(rep.Articles, docs, texts, lowers, english)
	n := 0
	for i := range rep.Articles {
		n += len(rep.Articles[i].Claims)
		if !english[i] {
			probs = append(probs, Problem{Article: rep.Articles[i].Name, Message: "the article does not read as English, and claims are read in English only: it has no claims"})
		}
	}
	claims := make([]claim.Claim, 0, n)
	for i := range rep.Articles {
		claims = append(claims, rep.Articles[i].Claims...)
	}
	res := compare.CompareWith(carts, claims, compare.Options{Names: entityNames(ents), Countries: countries(ents), Things: things(ents), Sides: entitySides(ents, lowers)})
	for i, a := range res.Articles {
		ar := &rep.Articles[i]
		if ar.Date == "" && !a.Date.IsZero() {
			ar.Date = a.Date.String()
			ar.DateSource = a.DateSource
		}
		ar.DateBasis, ar.Year = a.DateBasis, a.Year
	}
	for _, i := range res.Apart {
		probs = append(probs, Problem{Article: rep.Articles[i].Name, Message: "the article names none of the people, places or groups the others name: it seems to be about another event, so its claims were not compared with theirs"})
	}
	rep.Entities = ents
	rep.Relations = res.Relations
	rep.Summary = Summary{Timeline: res.Timeline, Matrix: res.Matrix, Counts: res.Counts}
	rep.Problems = probs
	if len(articles) == 0 {
		return rep, fmt.Errorf("no articles to analyse")
	}
	return rep, nil
}

// addDenials adds to the articles' claims each denial another article's
// sentence asserts (core/denial), as two claims of the words they share:
// the assertion, and its denial negated, which compare sets against each
// other. Articles not read as English take no part.
func addDenials(arts []ArticleReport, docs []clean.Doc, texts, lowers []string, english []bool) {
	ls := lowers
	for i := range english {
		if !english[i] {
			ls = slices.Clone(lowers)
			for j := range ls {
				if !english[j] {
					ls[j] = "" // no sentence, no cue: keeps the indexes
				}
			}
			break
		}
	}
	type said struct {
		s      denial.Sentence
		key    string
		denies bool
	}
	seen := map[said]bool{} // a sentence paired with many others makes one claim of each key
	for _, p := range denial.Find(texts, ls) {
		if k := (said{p.Denial, p.Key, true}); !seen[k] {
			seen[k] = true
			addAssert(&arts[p.Denial.Article], &docs[p.Denial.Article], p.Denial, p.Key, p.Denier, true)
		}
		if k := (said{p.Assertion, p.Key, false}); !seen[k] {
			seen[k] = true
			addAssert(&arts[p.Assertion.Article], &docs[p.Assertion.Article], p.Assertion, p.Key, "", false)
		}
	}
}

// addAssert adds to the article's claims, with the next ID, the claim
// that sentence s of its document d asserts key, or that denier denies it.
func addAssert(ar *ArticleReport, d *clean.Doc, s denial.Sentence, key, denier string, denies bool) {
	ar.Claims = append(ar.Claims, claim.Claim{Kind: claim.Statement, Predicate: claim.Assert})
	c := &ar.Claims[len(ar.Claims)-1]
	c.ID = "a" + strconv.Itoa(s.Article+1) + ".c" + strconv.Itoa(len(ar.Claims))
	c.Article, c.Text, c.Start, c.End, c.Object = s.Article, d.Text[s.Start:s.End], s.Start, s.End, key
	c.Negated, c.Source = denies, denier
	for _, p := range d.Paras {
		if p.Start <= s.Start && s.Start < p.End {
			c.Line = p.Line
		}
	}
}

// namesByArticle returns, per article, the IDs of the entities it
// mentions, countries aside (naming the same country says little about
// whether two articles tell one event): compare.Article.Names. Read off
// each entity's mentions, so no map is probed per mention.
func namesByArticle(ents []entity.Entity, n int) [][]string {
	names := make([][]string, n)
	for _, e := range ents {
		if e.Kind == entity.Country || e.Kind != entity.Person && hasDemonym(e) {
			continue
		}
		last := -1
		for _, m := range e.Mentions {
			if m.Article != last && m.Article >= 0 && m.Article < n {
				names[m.Article] = append(names[m.Article], e.ID)
				last = m.Article
			}
		}
	}
	return names
}

// entityNames maps entity IDs to their canonical names, for explanations.
func entityNames(ents []entity.Entity) map[string]string {
	m := make(map[string]string, len(ents))
	for _, e := range ents {
		m[e.ID] = e.Name
	}
	return m
}

// countries returns the IDs of the entities that are states.
func countries(ents []entity.Entity) map[string]bool {
	m := map[string]bool{}
	for _, e := range ents {
		if e.Kind == entity.Country || e.Kind != entity.Person && hasDemonym(e) {
			m[e.ID] = true
		}
	}
	return m
}

// things returns the IDs of the entities that are neither places,
// people nor armed groups (a ship, a factory, a company): the things an
// event happens to (compare.Options.Things).
func things(ents []entity.Entity) map[string]bool {
	m := map[string]bool{}
	for _, e := range ents {
		if (e.Kind == entity.Other || e.Kind == entity.Org) && !hasDemonym(e) {
			m[e.ID] = true
		}
	}
	return m
}

// hasDemonym reports whether a name is also written as the adjective of
// its people ("Meranzian government forces" of Meranzia): a country the
// lexicons do not know, whose forces act as a state's.
func hasDemonym(e entity.Entity) bool {
	n := len(e.Name)
	for _, mt := range e.Mentions {
		// Compared without lower-casing copies: three callers ask of
		// every entity and each of its mentions.
		t := mt.Text
		if len(t) <= n || !strings.EqualFold(t[:n], e.Name) {
			continue
		}
		for _, suf := range demonymEnds {
			if strings.EqualFold(t[n:], suf) {
				return true
			}
		}
	}
	return false
}

// demonymEnds are the endings a demonym adds to its place's name.
var demonymEnds = [...]string{"n", "an", "ian", "i", "ese"}

// sanitize gives a an ID and name, repairs invalid UTF-8 and cuts it to the
// size limit, reporting what it did.
func sanitize(a Article, i int) (Article, Problems) {
	var probs Problems
	if a.ID == "" {
		a.ID = xid.New().String()
	}
	if a.Name == "" {
		a.Name = fmt.Sprintf("Article %d", i+1)
	}
	if a.Date != "" {
		a.Date = strings.TrimSpace(a.Date)
		if d, ok := timex.ParseISO(a.Date); !ok || !timex.Sane(d) {
			probs = append(probs, Problem{Article: a.Name, Message: fmt.Sprintf("the date %q is not a day of the years 1000 to 9000 written YYYY-MM-DD: it was ignored, and the date is taken from the text", a.Date)})
			a.Date = ""
		}
	}
	if !utf8.ValidString(a.Text) {
		a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
		probs = append(probs, Problem{Article: a.Name, Message: "invalid UTF-8 was replaced with U+FFFD"})
	}
	if len(a.Text) > MaxArticleBytes {
		cut := MaxArticleBytes
		for cut > 0 && !utf8.RuneStart(a.Text[cut]) {
			cut--
		}
		probs = append(probs, Problem{Article: a.Name, Message: fmt.Sprintf("%d bytes, more than the limit of %d: only the first %d were analysed", len(a.Text), MaxArticleBytes, cut)})
		a.Text = a.Text[:cut]
	}
	if strings.TrimSpace(a.Text) == "" {
		probs = append(probs, Problem{Article: a.Name, Message: "the article is empty"})
	}
	return a, probs
}

// articleReport starts an article's report from its input and cleaned text.
func articleReport(a Article, d clean.Doc) ArticleReport {
	ar := ArticleReport{ID: a.ID, Name: a.Name, Title: d.Meta.Title.Value, Source: a.Source, Byline: d.Meta.Byline.Value,
		Lines: d.Lines, Text: d.Text, Paras: d.Paras, Meta: d.Meta, Claims: []claim.Claim{}}
	switch {
	case a.Date != "":
		ar.Date, ar.DateSource = a.Date, "user"
	case d.Meta.Date.Value != "":
		ar.Date, ar.DateSource = d.Meta.Date.Value, "text"
	}
	if ar.Source == "" {
		ar.Source = d.Meta.Source.Value
	}
	if ar.Lines == nil {
		ar.Lines = []clean.Line{}
	}
	return ar
}

// clockOf returns the time of day a date line gives, in minutes after
// midnight plus one ("Published: 13.09.2031, 19:30": 1171; "7:30 pm"
// is 19:30), 0 for none.
func clockOf(line string) int {
	for i := 1; i+2 < len(line); i++ {
		if line[i] != ':' && line[i] != '.' || !isDigit(line[i-1]) || !isDigit(line[i+1]) || !isDigit(line[i+2]) || i+3 < len(line) && isDigit(line[i+3]) {
			continue
		}
		h, m := int(line[i-1]-'0'), int(line[i+1]-'0')*10+int(line[i+2]-'0')
		if i >= 2 && isDigit(line[i-2]) {
			h += int(line[i-2]-'0') * 10
		}
		rest := strings.TrimPrefix(line[i+3:], " ")
		pm := len(rest) > 1 && rest[0]|0x20 == 'p' && (rest[1]|0x20 == 'm' || rest[1] == '.')
		am := len(rest) > 1 && rest[0]|0x20 == 'a' && (rest[1]|0x20 == 'm' || rest[1] == '.')
		if line[i] == '.' && !pm && !am {
			continue // "7.40pm" is a time; "2.5" is not
		}
		if pm && h < 12 {
			h += 12 // "4:40 pm", "4:40 p.m.", "7.40pm"
		}
		if am && h == 12 {
			h = 0 // "12.15am"
		}
		if h > 23 || m > 59 {
			return 0
		}
		return h*60 + m + 1
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// datelineDay returns month×100+day of the day a wire dateline names
// without a year ("KYIV, Nov 12 (Reuters)": 1112), 0 for none.
func datelineDay(dateline string) int {
	for _, e := range timex.Find(dateline, 0) {
		if e.Month > 0 && e.Day > 0 && e.Year == 0 {
			return e.Month*100 + e.Day
		}
	}
	return 0
}
