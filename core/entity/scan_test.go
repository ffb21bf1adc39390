package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mentionDump renders one article's mentions on one line: text, and the
// role after a slash when there is one.
func mentionDump(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		s := m.Text
		if m.Role != "" {
			s += "/" + m.Role
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"sentence-initial The", "The rebels entered the town.", ""},
		{"According", "According to the Valdorian Observatory, 12 people died.", "Valdorian Observatory"},
		{"In and a place", "In Tarbil, residents fled.", "Tarbil"},
		{"On Sunday", "On Sunday the talks failed.", ""},
		{"title makes a person", "On Sunday, President Okonjo spoke to reporters.", "Okonjo/President"},
		{"two-word rank", "Lieutenant Colonel Ilse Varga, a spokeswoman, denied it.", "Ilse Varga/Lieutenant Colonel"},
		{"a title in lower case after a body", "NECO spokeswoman Ana Velikora told reporters.", "NECO; Ana Velikora/spokeswoman"},
		{"abbreviated rank", "Gen. Marco Peretti said the base was safe.", "Marco Peretti/Gen"},
		{"a doctor's title", "It rose, said Dr. Leyla Osmani, who runs the clinic.", "Leyla Osmani/Dr"},
		{"two abbreviated ranks are one role", "Six were hurt, said Maj. Gen. Ravil Dostan.", "Ravil Dostan/Maj. Gen"},
		{"an occupation capitalised as a title is a role", "Lawyer Anna Berg said the firm ignored it.", "Anna Berg/Lawyer"},
		{"a kinship word opens a name", "Son Heung Min scored twice.", "Son Heung Min"},
		{"an occupation before a cue word is part of a name", "Teacher Training College Varna closed.", "Teacher Training College Varna"},
		{"a brigadier's abbreviation", "Six were hurt, said Brig. Gen. Corin Maslo.", "Corin Maslo/Brig. Gen"},
		{"a minister's portfolio after of", "Minister of Oil Petar Solheim told the Post so.", "Petar Solheim/Minister of Oil"},
		{"a rank without its stop, as British papers write it", "Later Col Dragan Velisk said so, and Lt Col Ana Mirt agreed.", "Dragan Velisk/Col; Ana Mirt/Lt Col"},
		{"a district's title", "Later District Collector Mahesh Toraskar told reporters so.", "Mahesh Toraskar/District Collector"},
		{"a police rank with its force after of", "Later Superintendent of Police Rakesh Dhanwal said so.", "Rakesh Dhanwal/Superintendent of Police"},
		{"a police rank in initials", "Later DSP Ibrahim Kolo said so.", "Ibrahim Kolo/DSP"},
		{"a fire service rank", "Later Chief Fire Officer Hendrik Vaal said so.", "Hendrik Vaal/Chief Fire Officer"},
		{"a product's name holds no title", "Later the Ultimate Collector Series (UCS) sold out.", "Ultimate Collector Series; UCS"},
		{"an office's name holds no title", "Later the Office of the Inspector General said so.", "Office of the Inspector General"},
		{"a portfolio of two words", "Later Minister of Foreign Affairs Lena Varo spoke.", "Lena Varo/Minister of Foreign Affairs"},
		{"a portfolio, then the name after a comma", "On Monday the Minister of Health, Dana Kole, spoke.", "Dana Kole/Minister of Health"},
		{"a title of several words in a run of one", "On Monday, Secretary of State Mira Tolan spoke.", "Mira Tolan/Secretary of State"},
		{"a middle initial", "The impact was large, said Mara E. Lovett, an economist.", "Mara E. Lovett"},
		{"a capital letter that ends a sentence", "They took vitamin C. Tarbil was calm.", "Tarbil"},
		{"demonym before a title", "Officials met Israeli Prime Minister Benjamin Netanyahu.", "Israeli; Benjamin Netanyahu/Prime Minister"},
		{"title, then the name after a comma", "He met the Iranian Foreign Minister, Abbas Farzin, in the capital.", "Iranian; Abbas Farzin/Foreign Minister"},
		{"demonym as country", "Russian warplanes struck the town.", "Russian"},
		{"pro- prefix", "Tarbil fell to pro-Turkish fighters.", "Tarbil; Turkish"},
		{"-backed suffix", "Iranian-backed militias held the road.", "Iranian"},
		{"armed forces of a demonym", "The Syrian army and Russian forces advanced.", "Syrian army; Russian forces"},
		{"opener also written in lower case", "Supported by Russia, the rebels advanced. Many rebels were supported.", "Russia"},
		{"generic noun opener", "Residents said Tarbil was calm.", "Tarbil"},
		{"an ampersand joins a name", "Tressel Power & Light said 51,000 homes in Halvex were dark.", "Tressel Power & Light; Halvex"},
		{"a number word opens no name", "Twelve survivors reached Tarbil. Forty more were missing.", "Tarbil"},
		{"a connector does not reach a day", "The plane left Tarbil International Airport on Friday.", "Tarbil International Airport"},
		{"a connector does not reach a month", "The band played the Tarbil Music Center in July.", "Tarbil Music Center"},
		{"opener written in the plural in lower case", "Rebel fighters took Tarbil. The rebels held it.", "Tarbil"},
		{"opener after a dateline", "TARBIL, May 3 (Northline) - Rebel fighters took the town. A rebel said so.", "TARBIL; Northline"},
		{"a name after a dateline stays one", "TARBIL (Northline) - Ossen Varga said the town fell.", "TARBIL; Northline; Ossen Varga"},
		{"time adverbs open sentences", "Late on Monday, Ossen Varga said so. Early reports differed.", "Ossen Varga"},
		{"abstract nouns open sentences", "Containment rose to 12% in Tarbil. Evacuation orders stayed.", "Tarbil"},
		{"a name seen mid-sentence stays one", "Expedition left. The crew of Expedition sailed.", "Expedition; Expedition"},
		{"crowd and crew openers", "Organisers said 9,000 marched in Tarbil. Tens of thousands joined. Rescue teams arrived.", "Tarbil"},
		{"lower-case long form", "On Monday, rebels of the Front populaire de libération (FPL) took Tarbil.", "Front populaire de libération; FPL; Tarbil"},
		{"a long form with and", "On Monday the Tarbil Institute of Meteorology and Hydrology (TIMH) said so.", "Tarbil Institute of Meteorology and Hydrology; TIMH"},
		{"two names joined by and", "On Monday Kenya and the African Union (AU) said so.", "Kenya; African Union; AU"},
		{"a long form with in", "On Monday the Relief Mission in Tarvania (RMT) said so.", "Relief Mission in Tarvania; RMT"},
		{"a body and a place joined by in that spell no acronym", "On Monday the Relief Mission in Tarvania (UN) said so. The Red Cross in Kesh (ICRC) agreed.", "Relief Mission; Tarvania; UN; Red Cross; Kesh; ICRC"},
		{"a security body's long form with and and in", "On Monday the Council for Security and Cooperation in Arland (CSCA) said so.", "Council for Security and Cooperation in Arland; CSCA"},
		{"an organisation's name with and", "On Monday the National Meteorological and Climate Service said so.", "National Meteorological and Climate Service"},
		{"a place and an organisation", "On Monday Kenya and African Union officials said so.", "Kenya; African Union"},
		{"a body's field of two parts", "On Monday the Calvorian Institute of Meteorology and Hydrology said so.", "Calvorian Institute of Meteorology and Hydrology"},
		{"a body and a known group", "On Monday the Ministry of Defence and Hamas said so.", "Ministry of Defence; Hamas"},
		{"two unions joined by and", "On Monday the United Nations and European Union said so.", "United Nations; European Union"},
		{"two organisations joined by and", "On Monday the Interior Ministry and Red Cross Society said so.", "Interior Ministry; Red Cross Society"},
		{"lower-case words that describe an acronym", "On Monday the UN refugee agency (UNHCR) said. The UN refugee agency sent tents, the UN said.", "UN refugee agency; UNHCR; UN refugee agency; UN"},
		{"lower-case words that spell no acronym", "On Monday the Tarbil Front said peace talks (PTX) failed.", "Tarbil Front; PTX"},
		{"a live report's call to follow after a dateline", "KESH, Tarvania (Wire) — Follow our live coverage as the storm nears.", "KESH; Tarvania; Wire"},
		{"plural possessive in a name", "The Farmers' Union met in Tarbil.", "Farmers' Union; Tarbil"},
		{"dotted acronym", "The U.S. embassy in Kyiv closed.", "U.S.; Kyiv"},
		{"possessive", "Russia's envoy met Okonjo's aide.", "Russia; Okonjo"},
		{"connectors in a name", "Bashir al-Kaduri and Rami Abdel Kader met Jan van der Berg.", "Bashir al-Kaduri; Rami Abdel Kader; Jan van der Berg"},
		{"of joins after a cue word only", "The Ministry of Defence said Russia of course denied it.", "Ministry of Defence; Russia"},
		{"Russia and Iran stay two", "It is backed by Russia and Iran.", "Russia; Iran"},
		{"acronym in parentheses", "Jabhat al-Tahrir (JAT) took Tarbil.", "Jabhat al-Tahrir; JAT; Tarbil"},
		{"headline keeps known names only", "Rebels Seize Key Town Near Tarbil, Reports VOHR\nShelling hit Tarbil on Monday.", "Tarbil; VOHR; Tarbil"},
		{"hashtags", "Read more #Tarbil #Valdoria", ""},
		{"French elision", "The report of l'ONDH was cited.", "ONDH"},
		{"government forces with a main country", "Sudanese troops left. Sudan's government forces said Sudan was calm.", "Sudanese troops; Sudan; government forces; Sudan"},
		{"title inside a run", "Valdorian Senate Speaker Ilona Marsh said no.", "Valdorian Senate; Ilona Marsh/Speaker"},
		{"qualified title alone", "He was named Senior Vice President on Monday.", ""},
		{"title word before a cue word", "The United Nations General Assembly voted.", "United Nations General Assembly"},
		{"title word ending a name", "They read Martin Luther King in class.", "Martin Luther King"},
		{"single letters", "B. U. Okafor spoke.", "Okafor"},
		{"government forces without one", "The government forces said the town was calm.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ms := Link([]string{tt.text})
			if got := mentionDump(ms[0]); got != tt.want {
				t.Errorf("Link(%q) mentions = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		name, text, form string
		want             Kind
	}{
		{"title", "President Amadou Kessely spoke.", "Amadou Kessely", Person},
		{"a place named after a titled person", "Flights left Sir Edmund Hale International Airport.", "Edmund Hale International Airport", Place},
		{"a titled person with a cue word for a surname", "Flights were delayed, President Ana Hill said.", "Ana Hill", Person},
		{"a described role after a comma", "Police arrested Radomyr Kastelan, the owner of the company.", "Radomyr Kastelan", Person},
		{"role after a comma", "Tarek Bouzidan, director of the clinic, spoke.", "Tarek Bouzidan", Person},
		{"org cue", "The Valdorian Observatory for Human Rights said 12 died.", "Valdorian Observatory for Human Rights", Org},
		{"a directorate is an org", "Six died, the Civil Protection Directorate said.", "Civil Protection Directorate", Org},
		{"group cue", "The Democratic Forces of the North took the town.", "Democratic Forces of the North", Group},
		{"place cue before", "Shelling hit the city of Tarbil.", "Tarbil", Place},
		{"place cue after", "Fighting spread across Tarbil province.", "Tarbil", Place},
		{"a preposition opening the sentence", "In Mirvask the number of dead had reached 12.", "Mirvask", Place},
		{"country", "Talks were held in Valdoria and Chad.", "Chad", Country},
		{"people", "Kurdish leaders met.", "Kurdish", Group},
		{"forces", "The Syrian army advanced.", "Syrian army", Group},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents, _ := Link([]string{tt.text})
			id := holder(ents, tt.form)
			for _, e := range ents {
				if e.ID == id && e.Kind != tt.want {
					t.Errorf("Link(%q): %q kind %q, want %q", tt.text, tt.form, e.Kind, tt.want)
				}
			}
			if id == "" {
				t.Errorf("Link(%q): no entity for %q; entities %v", tt.text, tt.form, dump(ents))
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bashar al-Assad", "bashar asad"},
		{"Bashar al Assad", "bashar asad"},
		{"Hayat Tahrir al-Cham", "hajat tahrir sham"},
		{"the Observatory", "observatory"},
		{"Türkiye", "turkije"},
		{"U.S.", "us"},
		{"Russia's", "rusia"},
		{"Droits de l'Homme", "droits de home"},
		{"Abdul Rahman", "abd rahman"},
		{"ash-Sham", "sham"},
		{"Al", "al"},
		{"Meridian Tankers Ltd", "meridian tankers"},
		{"Ceres Robotics Inc.", "ceres robotics"},
		{"Acme Ltd", "acme ltd"}, // a name of one word keeps its form
		{"Anya Pelt", "anja pelt"},
		{"Jaroslav", "jaroslav"},
		{"Yaroslav", "jaroslav"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEditDistance1(t *testing.T) {
	tests := []struct {
		a, b          string
		ok, transpose bool
	}{
		{"bashar", "bahsar", true, true},
		{"rahman", "rahmane", true, false},
		{"idlib", "idelb", false, false},
		{"hama", "hamas", true, false},
		{"austria", "australia", false, false},
		{"abc", "abc", true, false},
		{"ab", "ba", true, true},
		{"kharkiv", "kharkov", true, false},
	}
	for _, tt := range tests {
		ok, tr := editDistance1(tt.a, tt.b)
		if ok != tt.ok || tr != tt.transpose {
			t.Errorf("editDistance1(%q, %q) = %v, %v; want %v, %v", tt.a, tt.b, ok, tr, tt.ok, tt.transpose)
		}
		if ok2, tr2 := editDistance1(tt.b, tt.a); ok2 != ok || tr2 != tr {
			t.Errorf("editDistance1(%q, %q) not symmetric", tt.b, tt.a)
		}
	}
}

// TestPlainShape checks shape's fast path for plain words against the full
// shape, on every word of a few texts.
func TestPlainShape(t *testing.T) {
	texts := append(genArticles(3, 9), "U.S. and U.N. officials; 42 IS-K 3M A1 a1 iPhone x Ab AB ab-cd O'Neil GOV'T Assad's U.S.-led l'ONDH Türkiye NATO's")
	plain := 0
	for _, text := range texts {
		lower := strings.ToLower(text)
		for i := 0; i < len(text); i++ {
			if c := text[i]; c >= 0x80 || !asciiWord[c] {
				continue // every other start is a word to try, mid-word too
			}
			end, p := wordEnd(text, i)
			if !p.ok {
				continue
			}
			plain++
			fast, full := token{start: int32(i), end: int32(end)}, token{start: int32(i), end: int32(end)}
			p.shape(text, &fast)
			low := shape(text, lower, &full)
			if fast != full || low != lower[i:end] {
				t.Errorf("word %q: plain shape %+v, full shape %+v, %q", text[i:end], fast, full, low)
			}
		}
	}
	if plain < 100 {
		t.Errorf("only %d plain words checked", plain)
	}
}

// TestIsSentenceGap checks the gap test against the expression it replaced.
func TestIsSentenceGap(t *testing.T) {
	old := func(gap string) bool {
		return strings.ContainsAny(gap, ".!?:;•|") || (strings.ContainsAny(gap, "“\"«(") && strings.ContainsAny(gap, ".!?:"))
	}
	for _, gap := range []string{"", " ", ", ", ". ", " “", ".” ", " (", "? ", " • ", " – ", "’ ", ": ", "; ", " | ", "\t", "« ", "!"} {
		if got, want := isSentenceGap(gap), old(gap); got != want {
			t.Errorf("isSentenceGap(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestByteKind checks the byte table against the unicode rules it
// stands for: word runes, and the separators of a name's words.
func TestByteKind(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if r < utf8.RuneSelf && (byteKind[r]&bkWord != 0) != asciiWord[r] {
			t.Errorf("byteKind[%q] word bit = %v, want %v", r, byteKind[r]&bkWord != 0, asciiWord[r])
		}
		want := !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '.'
		if got := isKeySep(r); got != want {
			t.Errorf("isKeySep(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestCutCompound checks cutCompound against the strings.Split version
// it replaced, on hyphenated words of every shape.
func TestCutCompound(t *testing.T) {
	old := func(text string, t *token, s string) string {
		parts := strings.Split(s, "-")
		if len(parts) < 2 {
			return s
		}
		isUp := func(p string) bool { r, _ := utf8.DecodeRuneInString(p); return unicode.IsUpper(r) }
		if prefixes[strings.ToLower(parts[0])] && isUp(parts[1]) {
			t.start += int32(len(parts[0]) + 1)
			t.prefixed = true
			s = text[t.start:t.end]
			parts = parts[1:]
		}
		if !isUp(parts[0]) {
			return s
		}
		off := 0
		for i, p := range parts {
			if i > 0 && !isUp(p) && (i+1 == len(parts) || !isUp(parts[i+1])) {
				t.end = t.start + int32(off) - 1
				t.final = true
				return text[t.start:t.end]
			}
			off += len(p) + 1
		}
		return s
	}
	for _, w := range []string{"pro-Turkish", "Iranian-backed", "UK-based", "Ille-et-Vilaine", "Al-Masdar", "anti-Assad-led", "PRO-Russian",
		"Pro-Kurdish-backed", "ex-UN", "x-y", "-Abc", "Abc-", "A--b", "post-", "non-Éire", "Élysée-backed", "Kiev-Moscow-led", "a-B-c-D", "pan-Arab-Islamic"} {
		text := "in " + w + " x"
		a, b := token{start: 3, end: int32(3 + len(w))}, token{start: 3, end: int32(3 + len(w))}
		got, want := cutCompound(text, &a, w), old(text, &b, w)
		if got != want || a != b {
			t.Errorf("cutCompound(%q) = %q %+v, want %q %+v", w, got, a, want, b)
		}
	}
}
