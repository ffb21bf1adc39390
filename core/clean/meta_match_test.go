package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// The regexps the matchers of meta_match.go replace: the tests hold them
// as the reference the matchers must agree with.
var (
	refByline          = regexp.MustCompile(`^(?i:by|written by|words by|reported by|story by|posted by|author:?|autor:?|por|par|di|von|oleh|from)\s+\p{Lu}`)
	refDateline        = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{L} .'-]*, \d{1,2} \(\p{Lu}[\p{Lu} .-]+\)$`)
	refLeadDateline    = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'-]{2,}(?: \([A-Za-z ]{1,29}\))?(?:, [\p{L}\d., ]{2,30})?(?: \([\p{L} .-]{2,30}\))?)\s*(?:[—–-]{1,2}|:)\s`)
	refCreditSlash     = regexp.MustCompile(`^[\p{Lu}][\p{L}.&' ]{0,40} ?/ ?[\p{Lu}][\p{L}.&' ]{1,40}$`)
	refCaption         = regexp.MustCompile(`\b(photo(graph)?s?:|photo by|photo credit|image credit|image:|credit:|getty images|shutterstock|ap photo\b|afp photo\b|file photo\b|\(photo|courtesy of|pictured|in this photo|in this file photo)`)
	refLongCaptionHead = regexp.MustCompile(`^(\S+ )?in this (file )?photo`)
	refLongCaptionTail = regexp.MustCompile(`(photo(graph)?( by)?:?|image:|credit:|©|\(ap photo|/ ?(reuters|afp|ap|epa|getty images))[^.]{0,60}\)?$`)
	refTime            = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)
	refISODate         = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	refDottedDate      = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	refTextDate        = regexp.MustCompile(`(?i)\b(\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]{3,9}\.?,? \d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b`)
	refCaptcha         = regexp.MustCompile(`^\S+ [−+\-×x*] \S+ =`)
)

// matcherCase is one line and what every matcher says of it.
type matcherCase struct {
	name string
	in   string
}

// checkMatchers compares every matcher with its regexp on s.
func checkMatchers(t *testing.T, s string) {
	t.Helper()
	if _, ok := matchLeadDateline(s); ok && !hasDatelineSep(s) {
		t.Fatalf("matchLeadDateline(%q) matches, but hasDatelineSep is false", s)
	}
	if tail := s[strings.LastIndexByte(s, '.')+1:]; matchLongCaptionTail(s) && !captionCuesAny(tail) {
		t.Fatalf("matchLongCaptionTail(%q) matches without caption cues", s)
	}
	bools := []struct {
		name string
		got  bool
		re   *regexp.Regexp
	}{
		{"byline", matchByline(s), refByline},
		{"dateline", matchDateline(s), refDateline},
		{"creditSlash", matchCreditSlash(s), refCreditSlash},
		{"caption", matchCaption(s), refCaption},
		{"longCaptionHead", matchLongCaptionHead(s), refLongCaptionHead},
		{"longCaptionTail", matchLongCaptionTail(s), refLongCaptionTail},
		{"time", matchTime(s), refTime},
		{"captcha", matchCaptcha(s), refCaptcha},
	}
	for _, b := range bools {
		if want := b.re.MatchString(s); b.got != want {
			t.Errorf("%s(%q) = %v, regexp says %v", b.name, s, b.got, want)
		}
	}
	if got, want := findISODate(s), refISODate.FindString(s); got != want {
		t.Errorf("findISODate(%q) = %q, regexp says %q", s, got, want)
	}
	if got, want := findDottedDate(s), refDottedDate.FindString(s); got != want {
		t.Errorf("findDottedDate(%q) = %q, regexp says %q", s, got, want)
	}
	if got, want := findTextDate(s), refTextDate.FindString(s); got != want {
		t.Errorf("findTextDate(%q) = %q, regexp says %q", s, got, want)
	}
	got, ok := matchLeadDateline(s)
	m := refLeadDateline.FindStringSubmatch(s)
	if ok != (m != nil) || (ok && got != m[1]) {
		t.Errorf("matchLeadDateline(%q) = %q, %v; regexp says %q", s, got, ok, m)
	}
}

func TestMatchersAgreeWithRegexps(t *testing.T) {
	cases := []matcherCase{
		{"empty", ""},
		{"byline", "By Marta Quell"},
		{"byline lower name", "by marta quell"},
		{"byline tab", "Written by\tOla Brenn"},
		{"byline no space", "ByOla"},
		{"author colon", "Author: Ilse Varn"},
		{"author colon space", "AUTHOR :Ilse"},
		{"foreign byline", "Por Lucía Ferrán"},
		{"byline accented capital", "von Ärne Falk"},
		{"byline long s", "ſtory by Ned"},
		{"dateline", "PORTOVELL, 27 (NORTE PRESS)"},
		{"lead dateline, country in brackets", "HAVRIN (Mereth), 8 February 2033 (AFI) — The"},
		{"lead dateline, country and agency in brackets", "MAREVO (Kestria) (ACP) — At"},
		{"lead dateline, empty brackets", "MAREVO () — At"},
		{"lead dateline, hyphenated agency", "BRENHOLT, Kestrana (Pan-Continental Press) — The"},
		{"lead dateline, agency of hyphens", "BRENHOLT (--) — The"},
		{"dateline mixed case place", "Villa Serra, 3 (AGENCIA SUR)"},
		{"dateline three digits", "PORTOVELL, 127 (NORTE PRESS)"},
		{"dateline lower agency", "PORTOVELL, 27 (Norte Press)"},
		{"dateline one letter agency", "PORTOVELL, 27 (N)"},
		{"dateline trailing text", "PORTOVELL, 27 (NORTE PRESS) said"},
		{"lead dateline dash", "KESTRIN — The river rose overnight."},
		{"lead dateline region agency", "HALDEN, Norv. (WNA) — Two bridges closed."},
		{"lead dateline colon", "NEW ARDEN: Officials said"},
		{"lead dateline hyphen", "VIENNA - The house where"},
		{"lead dateline double hyphen", "VIENNA -- The house"},
		{"lead dateline no space after", "VIENNA —The house"},
		{"lead dateline short", "AB — text"},
		{"lead dateline region only", "MARLOW, Kent — A fire"},
		{"lead dateline agency only", "MARLOW (XYZ News) — A fire"},
		{"lead dateline not capitals", "Marlow — A fire"},
		{"lead dateline wire day", "KESTRIN, March 3 (Northwire) - The council said"},
		{"lead dateline wire date", "KESTRIN, 27 November 2031 (WNA) - The council said"},
		{"lead dateline date and year", "KESTRIN, March 3, 2031 (Northwire) — Fighters took"},
		{"lead dateline region and date", "ARDEN, Vale., March 3 (Northwire) — A fire"},
		{"lead dateline long date", "ARDEN, " + strings.Repeat("7", 31) + " — A fire"},
		{"credit slash", "JN / Agencies"},
		{"credit slash tight", "Ola Brenn/Northwire file"},
		{"credit slash lower tail", "JN / agencies"},
		{"credit slash two slashes", "JN / Ag / Ro"},
		{"credit slash long", "A" + strings.Repeat("b", 40) + " / Wire"},
		{"credit slash too long", "A" + strings.Repeat("b", 41) + " / Wire"},
		{"caption photo", "photo: ola brenn"},
		{"caption photographs", "photographs: the flood"},
		{"caption getty", "the bridge at dawn. getty images"},
		{"caption ap photo word", "ap photos of the bridge"},
		{"caption ap photo", "(ap photo/ola brenn)"},
		{"caption paren after word", "bridge(photo by x)"},
		{"caption mid word", "telephoto: lens"},
		{"caption pictured", "pictured: the mayor"},
		{"caption file photo end", "a file photo"},
		{"long head", "above, in this photo released by the council"},
		{"long head file", "in this file photo the river"},
		{"long head two words", "up top in this photo"},
		{"long tail", "the bridge collapsed on monday. (ap photo/ola brenn)"},
		{"long tail slash", "crowds gather near the station / reuters"},
		{"long tail too far", "photo " + strings.Repeat("x", 61)},
		{"long tail paren", "photo " + strings.Repeat("x", 60) + ")"},
		{"long tail dot", "photo by ola. brenn"},
		{"long tail copyright", "© northwire 2021"},
		{"time", "today at 19:55"},
		{"time dot", "9.30 am"},
		{"time h", "10h30"},
		{"time three digits", "123:45"},
		{"time trailing digit", "12:345"},
		{"iso date", "posted 2019-11-20 at noon"},
		{"iso date slashes", "2020/3/5"},
		{"iso date five digits", "12019-11-20"},
		{"iso date long day", "2019-11-205"},
		{"dotted date", "18.08.2032 | 19:45"},
		{"dotted date five digit year", "18.08.20321"},
		{"dotted date version", "v1.18.08.2032"},
		{"dotted date three digit day", "118.08.2032"},
		{"text date day first", "3rd of March, 2020 in the town"},
		{"text date month first", "Nov. 20, 2019, 9:28 AM"},
		{"text date upper", "20 NOVEMBER 2019"},
		{"text date kelvin", "4 Kelvin 2021"},
		{"text date long word", "Septembers 4 2020"},
		{"text date ten letters", "abcdefghij 4 2020"},
		{"text date five digit year", "Nov 20 20195"},
		{"captcha", "7 + 3 = ?"},
		{"captcha times", "four × two ="},
		{"captcha minus sign", "9 − 4 = 5"},
		{"captcha no equals", "7 + 3 ?"},
		{"captcha two spaces", "7  + 3 ="},
		{"invalid utf8", "By \xffOla 2019-1-1 \xc2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkMatchers(t, c.in) })
	}
}

// matcherPieces are the fragments random lines are made of: the words and
// marks each pattern turns on.
var matcherPieces = []string{"by", "By", "BY", "written", "Author", "author:", "por", "von", "from", " ", " ", " ", "  ", "\t",
	"Ola", "Brenn", "KESTRIN", "NEW", "ARDEN", "É", "é", "ß", "Ä", ",", ", ", ".", "'", "-", "—", "–", ":", "/", " / ",
	"(", ")", "(WNA)", "&", "photo", "photograph", "s", "image", "credit", "getty images", "ap", "afp", "file",
	"reuters", "epa", "in this", "pictured", "courtesy of", "shutterstock", "©", "1", "2", "7", "19", "27", "2019",
	"12019", "11", "st", "nd", "th", "of", "Nov", "NOV", "november", "Sept", "x", "+", "−", "×", "*", "=", "?",
	"ſ", "K", "h", "_", "\xff", "\n", strings.Repeat("a", 25), strings.Repeat("B", 20)}

func TestMatchersAgreeOnRandomLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 40000
	if testing.Short() {
		n = 4000
	}
	for range n {
		var b strings.Builder
		for k := rng.IntN(14); k >= 0; k-- {
			b.WriteString(matcherPieces[rng.IntN(len(matcherPieces))])
		}
		checkMatchers(t, b.String())
		if t.Failed() {
			return
		}
	}
}

func FuzzMatchers(f *testing.F) {
	for _, s := range []string{"By Ola", "KESTRIN, Norv. (WNA) — x", "JN / Agencies", "Nov. 20, 2019 19:55", "7 + 3 =", "(ap photo/x)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMatchers(t, s) })
}

// TestPhraseIndex checks phraseIndex.in against strings.Contains.
func TestPhraseIndex(t *testing.T) {
	phrases := []string{"photo", "ph", "©", "credit", "pict"}
	idx := indexPhrases(phrases)
	for _, s := range []string{"", "p", "a photograph", "graph", "© x", "c", "credits", "cred", "xph", "pp h", "pict", "xpic", "a pictur"} {
		want := false
		for _, p := range phrases {
			want = want || strings.Contains(s, p)
		}
		if got := idx.in(s); got != want {
			t.Errorf("in(%q) = %v, want %v", s, got, want)
		}
	}
}

// captionCuesAny reports whether captionCues finds either cue in s.
func captionCuesAny(s string) bool {
	photo, slash := captionCues(s)
	return photo || slash
}
