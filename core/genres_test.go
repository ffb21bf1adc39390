package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/compare"
)

// TestGenres analyses small sets of invented wire reports of one event
// each (testdata/genres: a quake, a march, a fight for an airport, a
// wildfire, a denied capture, a cyclone, an election, an outbreak, an
// economy's figures, an assault on a base, a plane crash, aid groups'
// figures, a release of hostages, a ferry's sinking, a border clash, strikes
// on a power grid, an eruption, refugees crossing a border, a hill fire
// measured in acres and hectares, a crowd crush told at two times of one
// day, a school kidnapping, a ceasefire's violations, a city's fall told
// in a live blog, a massacre whose authors are disputed, a mass grave
// exhumed day by day, a hijacked ship's ransom, an aid convoy attacked, a
// jailbreak whose counts are revised and disputed, a mine's tolls whose
// sentences name different things, a club's denial of what police said
// its stewards did) and checks the
// relations a careful reader finds there, end to end from the pasted
// text.
func TestGenres(t *testing.T) {
	type rel struct {
		kind   compare.Kind
		reason compare.Reason
		a, b   string // words of the two claims' sentences, in either order
	}
	tests := []struct {
		dir      string
		want     []rel
		aliases  [][2]string // names that must be one entity
		unlinked [][2]string // words of two sentences no relation may join
	}{
		{"quake", []rel{
			{compare.Contradicts, compare.FigureConflict, "magnitude 6.1", "put its magnitude at 6.4"},
			{compare.Updates, compare.RisingFigure, "killing at least 12", "rose to 31"},
		}, [][2]string{{"United States Geological Survey", "U.S. Geological Survey"}, {"Paulo Renn", "Paolo Renn"}}, nil},
		{"march", []rel{
			{compare.Contradicts, compare.FigureConflict, "Police said 18,000", "put the number at 70,000"},
			{compare.Contradicts, compare.FigureConflict, "Around 25,000", "100,000 had joined"},
		}, [][2]string{{"General Workers' Union", "GWU"}, {"TESSEN", "Tessen"}}, nil},
		{"airport", []rel{
			{compare.Contradicts, compare.ActorConflict, "seized the international airport", "remained in control of the airport"},
			{compare.Updates, compare.ActorChange, "seized the international airport", "recaptured the airport"},
			{compare.Corroborates, compare.SameState, "seized the international airport", "had taken the airport"},
			{compare.Updates, compare.RisingFigure, "At least 40 people", "risen to 112"},
			{compare.Updates, compare.ActorChange, "its fighters had taken", "recaptured the airport"},
		}, [][2]string{{"Popular Liberation Front", "Front populaire de libération"}, {"Vessgrad", "Vesgrad"}},
			[][2]string{{"control of our forces", "seized the international airport"}, {"control of our forces", "its fighters had taken"}}},
		{"wildfire", []rel{
			{compare.Updates, compare.RisingFigure, "grew to 9,000 acres", "grown to 18,000 acres"},
			{compare.Updates, compare.RisingFigure, "ordered to leave their homes", "More than 3,500 people"},
		}, nil, nil},
		{"denial", []rel{
			{compare.Contradicts, compare.Negation, "captured the border town of Varnik", "denied that Varnik had fallen"},
			{compare.Corroborates, compare.OneChange, "withdrew from the nearby village of Drel", "took control of the village of Drel"},
			{compare.Updates, compare.RisingFigure, "At least 12 civilians", "15 civilians"},
		}, nil, nil},
		{"storm", []rel{
			{compare.Updates, compare.RisingFigure, "killing at least nine", "risen to 23"},
			{compare.Updates, compare.LowerFigure, "more than 400,000 homes without power", "About 250,000 homes"},
			{compare.Updates, compare.LowerFigure, "winds of 185 km/h", "winds had reached 170 km/h"},
		}, [][2]string{{"National Weather Office", "NWO"}, {"Elena Sato", "Sato"}}, nil},
		{"election", []rel{
			{compare.Contradicts, compare.FigureConflict, "with 54% of the vote", "51.2 percent of the vote"},
			{compare.Contradicts, compare.FigureConflict, "Turnout was 61 percent", "turnout at 58%"},
		}, [][2]string{{"Petra Novak", "Novak"}}, nil},
		{"outbreak", []rel{
			{compare.Updates, compare.RisingFigure, "sickened 1,240 people", "More than 1,500 suspected cholera cases"},
			{compare.Updates, compare.RisingFigure, "killed 31", "38 deaths"},
		}, [][2]string{{"World Health Organization", "WHO"}, {"World Health Organization", "World Health Organisation"}, {"Port Lira", "Portlira"}}, nil},
		{"economy", []rel{
			{compare.Contradicts, compare.FigureConflict, "rose 3.2% in March", "slowed to 3.4 percent in March"},
			{compare.Contradicts, compare.FigureConflict, "Unemployment held at 5.1 percent", "jobless rate was 5.3%"},
			{compare.Corroborates, compare.SameFigure, "down from 3.8% in February", "after 3.8 percent in February"},
		}, nil, nil},
		{"base", []rel{
			{compare.Contradicts, compare.FigureConflict, "killing at least 14 soldiers", "Eight soldiers were killed"},
			{compare.Contradicts, compare.ActorConflict, "overran a military base", "base remained under army control"},
		}, [][2]string{{"Northern Liberation Army", "NLA"}}, nil},
		{"crash", []rel{
			{compare.Updates, compare.RisingFigure, "At least 40 people were killed", "rose to 43"},
			{compare.Updates, compare.RisingFigure, "Twelve survivors", "18 people survived"},
		}, nil, nil},
		{"aid", []rel{
			{compare.Corroborates, compare.SameFigure, "12,000 children in the Varna region were malnourished", "12,000 children were malnourished in Varna"},
			{compare.Updates, compare.RisingFigure, "80,000 people had fled", "more than 85,000 people had fled"},
		}, [][2]string{{"Médecins Sans Frontières", "Doctors Without Borders"}, {"MSF", "Doctors Without Borders"}, {"Kurdistan Workers' Party", "PKK"}, {"UN refugee agency", "UNHCR"}}, nil},
		{"gate", []rel{
			{compare.Contradicts, compare.Negation, "The stewards opened Gate 4", "denied that its stewards had opened the gate"},
			{compare.Corroborates, compare.SameFigure, "Fourteen fans were injured", "14 fans had been treated"},
		}, nil, [][2]string{{"Officers fired tear gas", "denied that its stewards had opened the gate"}}},
		{"leadcount", []rel{
			{compare.Updates, compare.RisingFigure, "At least seven miners were killed", "rose to 11 on Friday"},
			{compare.Updates, compare.RisingFigure, "rose to 11 on Friday", "confirmed deaths rose to 16"},
		}, nil, [][2]string{{"two workers were killed at a quarry", "rose to 11 on Friday"}}},
		{"ferry", []rel{
			{compare.Contradicts, compare.FigureConflict, "rose to 27 on Monday", "put the death toll at 31"},
			{compare.Updates, compare.RisingFigure, "At least 12 people were killed", "rose to 27 on Monday"},
			{compare.Updates, compare.RisingFigure, "rose to 27 on Monday", "to thirty-four"},
			{compare.Contradicts, compare.FigureConflict, "carrying about 180 passengers", "manifest listed 142 passengers"},
			{compare.Corroborates, compare.SameFigure, "manifest listed 142 passengers", "the 142 passengers listed"},
			{compare.Corroborates, compare.SameFigure, "pulled 71 survivors", "Seventy-one passengers have been rescued"},
		}, [][2]string{{"National Disaster Response Agency", "NDRA"}},
			[][2]string{{"licensed to carry 120", "carrying about 180"}, {"licensed to carry 120", "manifest listed 142"},
				{"In 2027", "rose to 27"}, {"In 2027", "At least 12 people"}, {"Twelve killed as bus", "At least 12 people"}}},
		{"release", []rel{
			{compare.Contradicts, compare.FigureConflict, "released 24 hostages", "freed 25 hostages"},
		}, nil, nil},
		{"mine", []rel{
			{compare.Contradicts, compare.FigureConflict, "Eleven miners remained trapped", "At least 17 miners are trapped"},
			{compare.Updates, compare.RisingFigure, "Eleven miners remained trapped", "now says 14 miners were trapped"},
			{compare.Corroborates, compare.SameFigure, "Two miners were killed", "two miners had died"},
			{compare.Updates, compare.RisingFigure, "two miners had died", "has risen to five"},
			{compare.Contradicts, compare.FigureConflict, "two remain unaccounted for", "five were still missing"},
		}, [][2]string{{"State Mining Safety Inspectorate", "SMSI"}, {"Kestrian Mineworkers' Union", "KMU"}},
			[][2]string{{"two remain unaccounted for", "Two miners were killed"}, {"four others were being treated", "All nine were taken to hospital"},
				{"killed 23 miners", "has risen to five"}, {"shift supervisors had been arrested", "two miners had died"}}},
		{"capsize", []rel{
			{compare.Contradicts, compare.FigureConflict, "carrying 63 people", "Nearly 90 people were on board"},
			{compare.Corroborates, compare.SameFigure, "Forty-five people were rescued", "45 survivors"},
			{compare.Corroborates, compare.SameFigure, "Nine bodies have been recovered", "nine bodies recovered"},
			{compare.Contradicts, compare.FigureConflict, "nine others are still missing", "more than 30 people could still be missing"},
			{compare.Updates, compare.RisingFigure, "Nine people died", "At least 14 people are now known"},
			// The lede's nine missing, or the spokesman's: one fact of one article.
			{compare.Updates, compare.LowerFigure, "nine others are still missing", "Four people remain missing"},
			{compare.Corroborates, compare.SameFigure, "detained two men", "The two Qarmari men detained"},
		}, [][2]string{{"International Organization for Migration", "IOM"}},
			[][2]string{{"nine people still missing", "Nine bodies have been recovered"}, {"more than 30 people could still be missing", "At least 14 people are now known"},
				{"a boat carrying 58 people", "carrying 63 people"}, {"More than 1,300 people have died", "At least 14 people"},
				{"twelve of them", "nine of the survivors"}, {"Seventeen of the survivors", "twelve of them"}}},
		{"protest", []rel{
			{compare.Corroborates, compare.SameFigure, "112 people had been arrested", "A total of 112 people"},
			{compare.Corroborates, compare.SameFigure, "more than 180 detentions", "number of detentions at more than 180"},
			{compare.Contradicts, compare.FigureConflict, "112 people had been arrested", "number of detentions at more than 180"},
			{compare.Corroborates, compare.SameFigure, "37 police officers were injured", "Thirty-seven officers were hurt"},
			{compare.Updates, compare.RisingFigure, "A total of 112 people", "rose to 247"},
			{compare.Contradicts, compare.FigureConflict, "rose to 247", "nearly 400 people had been detained"},
		}, [][2]string{{"Movimiento por la Libertad Ciudadana", "MLC"}},
			[][2]string{{"15 people were detained", "A total of 112 people"}, {"15 people were detained", "more than 180 detentions"},
				{"15 people were detained", "nearly 400 people"}, {"64 people had been treated", "Thirty-seven officers were hurt"}}},
		{"offensive", []rel{
			{compare.Contradicts, compare.ActorConflict, "they had captured the town of Koltara", "Government troops remain in full control"},
			{compare.Contradicts, compare.FigureConflict, "more than 60 DVLA fighters", "lost seven fighters"},
			{compare.Corroborates, compare.SameFigure, "14 soldiers had been killed", "Fourteen soldiers were killed"},
			{compare.Updates, compare.ActorChange, "Koltara is under our full control", "recaptured the town of Koltara on Thursday"},
			{compare.Updates, compare.RisingFigure, "Fourteen soldiers were killed", "At least 21 soldiers"},
			{compare.Updates, compare.RisingFigure, "At least nine civilians were killed in Koltara", "civilian death toll in Koltara has risen to 23"},
			{compare.Updates, compare.RisingFigure, "About 12,000 people have fled", "More than 30,000 people have been displaced"},
		}, [][2]string{{"Dravik Valley Liberation Army", "DVLA"}, {"Anatol Berezhny", "Anatoly Berejny"}},
			[][2]string{{"14 soldiers had been killed", "at least nine civilians"}, {"more than 60 DVLA fighters", "Fourteen soldiers"},
				{"At least nine civilians were killed in Koltara", "three civilians were killed in an air strike"},
				{"At least 21 soldiers", "risen to 23"}, {"its fighters had seized the bridge", "Government troops remain in full control"}}},
		{"heatwave", []rel{
			{compare.Corroborates, compare.SameFigure, "At least 12 people have died", "Twelve people have died in a heatwave"},
			{compare.Updates, compare.RisingFigure, "At least 12 people have died", "has risen to 31"},
			{compare.Corroborates, compare.SameFigure, "More than 6,000 people have been evacuated", "Some 6,000 residents have been evacuated"},
			{compare.Updates, compare.RisingFigure, "Some 6,000 residents have been evacuated", "About 11,000 people have been evacuated"},
			{compare.Updates, compare.RisingFigure, "About 18,500 hectares have burned", "burned nearly 40,000 hectares"},
		}, [][2]string{{"Estrovia", "Estrovian"}},
			[][2]string{{"Twelve people have died in a heatwave", "two firefighters were killed"}, {"About 18,500 hectares have burned", "about 9,000 hectares"}}},
		{"dam", []rel{
			{compare.Contradicts, compare.FigureConflict, "about 9,000 people displaced", "More than 20,000 people had been forced"},
			{compare.Updates, compare.RisingFigure, "At least 12 people were killed", "has risen to 31"},
			{compare.Updates, compare.LowerFigure, "At least 40 people were listed as missing", "Twenty-seven people are still missing"},
		}, [][2]string{{"National Disaster Management Office", "NDMO"}, {"National Hydropower Company of Tarvania", "NHCT"}},
			[][2]string{{"At least 40 people were listed as missing", "has risen to 31"}, {"Twenty-seven people are still missing", "At least 12 people were killed"},
				{"Another 57 people were injured", "Twelve people have died"}, {"More than 20,000 people had been forced", "20,000 litres"}}},
		{"siege", []rel{
			{compare.Contradicts, compare.FigureConflict, "killed more than 60 FLS fighters", "nine of its fighters had been killed"},
			{compare.Updates, compare.RisingFigure, "At least 23 civilians have been killed", "risen to at least 37"},
			{compare.Updates, compare.RisingFigure, "Nearly 48,000 people have fled", "More than 65,000 people have fled"},
		}, [][2]string{{"Front for the Liberation of the Saro", "FLS"}},
			[][2]string{{"The Zembaran army has lost 14 soldiers", "14 kilometres north"}, {"The Zembaran army has lost 14 soldiers", "nine of its fighters"},
				{"Fourteen soldiers have died", "risen to at least 37"}, {"they had captured the airport", "control of the airport is critical"}}},
		{"landslide", []rel{
			{compare.Contradicts, compare.FigureConflict, "41 people had been pulled out alive", "troops had rescued 58 people alive"},
			{compare.Updates, compare.RisingFigure, "troops had rescued 58 people alive", "troops had now rescued 64 people alive"},
			{compare.Updates, compare.RisingFigure, "rose to 29 on Wednesday", "nine more bodies from the mud in Tolvani"},
			{compare.Corroborates, compare.SameFigure, "Four people were killed in Drusk", "four in the village of Drusk"},
		}, [][2]string{{"Kharvan", "Kharwan"}, {"Idris Varnholt", "Idriss Warnholt"}},
			[][2]string{{"killing at least 17 people", "At least 21 people were killed in two landslides"},
				{"Four people were killed in Drusk", "rose to 29 on Wednesday"}, {"Health officials said 29 people were injured", "rose to 29 on Wednesday"},
				{"Merrow valley in the same province killed 71 people", "nine more bodies from the mud in Tolvani"}}},
		{"derail", []rel{
			{compare.Contradicts, compare.FigureConflict, "said 312 passengers were on board", "about 340 people were on the train"},
			{compare.Updates, compare.RisingFigure, "said 312 passengers were on board", "revised the number of people aboard to 338"},
			{compare.Corroborates, compare.SameFigure, "ESR said 86 people were injured", "86 had been injured"},
			{compare.Updates, compare.RisingFigure, "86 had been injured", "The number of injured rose to 93"},
			{compare.Updates, compare.RisingFigure, "that 21 people had died", "rose to 24 on Wednesday"},
		}, [][2]string{{"Estravan State Railways", "ESR"}},
			[][2]string{{"near Sarnow, killing 14 people", "14 were in critical condition"}, {"near Sarnow, killing 14 people", "rose to 24 on Wednesday"},
				{"who had 24 years' experience", "rose to 24 on Wednesday"}, {"injuring two crew members", "Two people were still unaccounted for"},
				{"carries about 40,000 passengers a day", "revised the number of people aboard to 338"}}},
		{"hostage", []rel{
			{compare.Updates, compare.RisingFigure, "A total of 112 students were taken", "in Sunday's attack to 121"},
			{compare.Updates, compare.RisingFigure, "At least five students escaped", "bringing to seven the number"},
		}, [][2]string{{"Harmattan Brotherhood Front", "HBF"}},
			[][2]string{{"At least five students escaped", "were freed on Wednesday"}, {"has about 420 students", "abducted 112 students"},
				{"demanded a ransom of 200 million kora", "a reward of 5 million kora"}, {"38 pupils were seized from a school", "147 of his students were missing"},
				{"two teachers were also taken", "Two more students escaped on Tuesday"}}},
		{"coup", []rel{
			{compare.Corroborates, compare.SameFigure, "23 officers had been arrested", "23 officers had been detained"},
			{compare.Updates, compare.RisingFigure, "41 officers had now been arrested", "58 officers were now in custody"},
			{compare.Updates, compare.RisingFigure, "raised the overall death toll to at least 19", "26 people had been killed"},
			{compare.Updates, compare.RisingFigure, "four civilians had been killed", "seven civilians"},
		}, [][2]string{{"National Salvation Committee", "NSC"}, {"Radomir Kasheyev", "Radomyr Kashaiev"}},
			[][2]string{{"23 officers had been detained", "23 people were killed in two days"}, {"Five soldiers were killed", "Five journalists"},
				{"58 percent of the vote", "58 officers"}, {"three people were killed when a crowd", "Three others remain missing"},
				{"38 people were being treated", "at least 19"}}},
		{"border", []rel{
			{compare.Contradicts, compare.FigureConflict, "three Tarvanian soldiers were killed and seven", "units had killed 11 Tarvanian soldiers"},
			{compare.Contradicts, compare.FigureConflict, "had killed \"at least 14\" Lusavian soldiers", "four of its soldiers had been killed"},
			{compare.Corroborates, compare.SameFigure, "four of its soldiers had been killed", "five Tarvanian and four Lusavian soldiers had died"},
			{compare.Updates, compare.RisingFigure, "Two civilians were killed in the village of Brask", "three in Brask, where a woman hurt"},
		}, [][2]string{{"Tarvania", "Tarvanian"}, {"Lusavia", "Lusavian"}, {"Border Monitoring Mission", "BMM"}},
			[][2]string{{"near the same outpost killed seven soldiers", "At least seven civilians were wounded in Brask"},
				{"in which four Lusavian soldiers were killed", "five Tarvanian and four Lusavian soldiers had died"},
				{"Two civilians were killed in the village of Brask", "shepherd was killed by Tarvanian mortar fire"},
				{"three Tarvanian soldiers were killed and seven", "Three more Lusavian soldiers were missing"},
				{"seven were wounded in the fighting", "killed and 12 injured in a clash"},
				{"four of its soldiers had been killed", "units had killed 11 Tarvanian soldiers"}}},
		{"grid", []rel{
			{compare.Corroborates, compare.SameFigure, "shot down 31 of the 40 drones", "downed 31 of 40 drones launched overnight"},
			{compare.Corroborates, compare.SameFigure, "seven of the 12 missiles", "intercepted seven of 12 cruise missiles"},
			{compare.Corroborates, compare.SameFigure, "leaving about 600,000 homes without power", "some 600,000 households lost electricity"},
			{compare.Updates, compare.RisingFigure, "At least four people were killed", "power system rose to seven on Friday"},
			{compare.Updates, compare.LowerFigure, "some 600,000 households lost electricity", "about 210,000 households were still without electricity"},
			{compare.Updates, compare.RisingFigure, "At least 19 people were injured", "The number of injured rose to 26"},
		}, [][2]string{{"Lirovia", "Lirovian"}, {"Hrabivka", "Khrabivka"}, {"United Energy Transmission Company", "UETC"}},
			[][2]string{{"shot down 17 Lirovian drones", "shot down 31 of the 40 drones"}, {"A similar attack on 3 October killed nine people", "killing at least four people"},
				{"about 45,000 homes remained cut off", "some 600,000 households lost electricity"}, {"blackouts of up to four hours a day", "At least four people were killed"},
				{"restored supply to about 390,000 households", "some 600,000 households lost electricity"}, {"including a 12-year-old boy", "seven of the 12 missiles"}}},
		{"eruption", []rel{
			{compare.Corroborates, compare.SameFigure, "killing at least seven people", "The death toll stood at seven"},
			{compare.Contradicts, compare.FigureConflict, "forcing more than 12,000 residents from their homes", "About 9,500 people have been evacuated"},
			{compare.Corroborates, compare.SameFigure, "Three villages had been buried by ash", "three villages were buried under ash and rock"},
			{compare.Updates, compare.RisingFigure, "The death toll stood at seven", "Oruhenga rose to 11 on Tuesday"},
			{compare.Updates, compare.RisingFigure, "forcing more than 12,000 residents from their homes", "number of evacuees had risen to more than 15,000"},
		}, [][2]string{{"Mount Oruhenga", "Oruhenga"}, {"National Emergency Coordination Office", "NECO"}},
			[][2]string{{"about 14 kilometres into the sky", "with 14 others unaccounted for"}, {"outside a 7-kilometre exclusion zone", "The death toll stood at seven"},
				{"last erupted in 1994, when 23 people were killed", "Oruhenga rose to 11 on Tuesday"},
				{"about 1,200 people left low-lying coastal villages", "forcing more than 12,000 residents from their homes"},
				{"11 of them in critical condition", "Oruhenga rose to 11 on Tuesday"}}},
		{"exodus", []rel{
			{compare.Contradicts, compare.FigureConflict, "an average of roughly 1,300 per day", "about 2,000 people a day"},
			{compare.Updates, compare.RisingFigure, "an average of roughly 1,300 per day", "climbed to about 1,500 per day"},
			{compare.Corroborates, compare.SameFigure, "built for 20,000 people", "designed to hold 20,000"},
			{compare.Updates, compare.RisingFigure, "an estimated 410,000 people", "now estimates that 450,000 people"},
		}, [][2]string{{"World Refugee Agency", "WRA"}, {"Farrukh Temirov", "Farukh Timurov"}},
			[][2]string{{"A further 14,000 have crossed south", "Some 14,000 people have crossed at the Tesh bridge"},
				{"More than 62,000 people have fled", "Some 14,000 people have crossed at the Tesh bridge"},
				{"displaced two or three times", "450,000 people have been displaced"},
				{"an average of roughly 1,300 per day", "has killed more than 1,300 civilians"},
				{"More than 62,000 people have fled", "an average of roughly 1,300 per day"}}},
		{"hillfire", []rel{
			{compare.Corroborates, compare.SameFigure, "had burned about 3,200 hectares", "scorched some 7,900 acres"},
			{compare.Updates, compare.RisingFigure, "scorched some 7,900 acres", "now burned some 5,100 hectares"},
			{compare.Corroborates, compare.SameFigure, "which can hold 800 people", "designed for 800 people"},
			{compare.Updates, compare.RisingFigure, "some 800 firefighters battled", "Some 1,200 firefighters were on the ground"},
		}, nil, nil},
		{"kidnap", []rel{
			{compare.Contradicts, compare.FigureConflict, "said 64 pupils had been abducted", "said on Friday that about 70 pupils were abducted"},
			{compare.Corroborates, compare.SameFigure, "11 others had escaped into the surrounding bush", "Eleven pupils escaped during the attack"},
			{compare.Updates, compare.RisingFigure, "said 64 pupils had been abducted", "police now say 79 pupils were abducted"},
			{compare.Updates, compare.LowerFigure, "87 pupils were unaccounted for after a roll call", "82 pupils remain unaccounted for"},
			{compare.Corroborates, compare.SameFigure, "police now say 79 pupils were abducted", "freed 31 of the 79 pupils abducted"},
		}, [][2]string{{"Adamu Tsoraki", "Adamou Tsorakey"}, {"Safe Schools Directorate", "SSD"}},
			[][2]string{{"87 pupils were unaccounted for after a roll call", "where gunmen seized 121 students"}, {"Of those, 98 were released after weeks", "troops have freed 31 of the 79 pupils"},
				{"one security guard was killed", "gunmen killed seven villagers overnight in Wasu district"}, {"which has about 480 boarders", "police now say 79 pupils were abducted"},
				{"between 40 and 60 gunmen arrived on motorcycles", "leaving 48 in the hands of the kidnappers"}}},
		{"truce", []rel{
			{compare.Corroborates, compare.SameFigure, "said it had logged 97 violations by both sides", "recorded nearly 100 violations by both sides"},
			{compare.Contradicts, compare.FigureConflict, "troops had killed more than 60 KLF fighters", "the front lost no more than nine fighters"},
			{compare.Updates, compare.RisingFigure, "at least 14 soldiers were killed", "19 soldiers had now been killed"},
			{compare.Updates, compare.RisingFigure, "The group said 23 civilians had been killed", "said 37 civilians had now been killed"},
			{compare.Updates, compare.RisingFigure, "said it had logged 97 violations by both sides", "it had now recorded 164 violations"},
		}, [][2]string{{"Kelvan Liberation Front", "KLF"}},
			[][2]string{{"at least 14 soldiers were killed", "14 people were wounded when shells hit"}, {"The group said 23 civilians had been killed", "23 soldiers were killed in the first week"},
				{"five people were killed in a bomb blast", "after five more died of their wounds overnight"}, {"at least 40 people were missing", "The group said 23 civilians had been killed"}}},
		{"livecity", []rel{
			{compare.Corroborates, compare.SameState, "taken the airport and the Karsa and Midrin districts", "it has taken the airport and the Karsa"},
			{compare.Corroborates, compare.SameFigure, "said about 18,000 people had fled Tarvessa", "says about 18,000 people have fled the city"},
			{compare.Updates, compare.RisingFigure, "more than 200 government soldiers had been killed", "at least 310 soldiers had been killed"},
			{compare.Updates, compare.RisingFigure, "his men had captured 340 others", "520 had been taken prisoner"},
			{compare.Updates, compare.RisingFigure, "said about 18,000 people had fled Tarvessa", "about 52,000 people had now fled Tarvessa"},
			{compare.Updates, compare.RisingFigure, "at least 14 civilians have been killed in the city", "at least 23 civilians had been killed since Thursday"},
		}, [][2]string{{"Halim Osterbay", "Khalim Ostarbai"}, {"Ardan Salvation Coalition", "ASC"}},
			[][2]string{{"more than 200 government soldiers had been killed", "about 200 people were killed in a week"}, {"killed six people on Saturday morning", "at least 23 civilians had been killed since Thursday"},
				{"received 85 wounded since Thursday", "at least 23 civilians had been killed since Thursday"}, {"a city of about 900,000 people", "about 52,000 people had now fled Tarvessa"}}},
		{"massacre", []rel{
			{compare.Contradicts, compare.Negation, "The army blamed the Movement for a Free Arundi", "the MAL denied any role in the killings"},
			{compare.Corroborates, compare.SameState, "the MAL denied any role in the killings", "The MAL on Tuesday again denied involvement"},
			{compare.Updates, compare.RisingFigure, "At least 87 people were killed in Saturday's attack", "now says at least 94 people died"},
			{compare.Updates, compare.RisingFigure, "About 1,800 people, or nearly half", "has risen to about 2,400"},
		}, [][2]string{{"Movement for a Free Arundi", "MAL"}},
			[][2]string{{"more than 4,300 civilians have been killed", "killing at least 62 people and wounding about 30"}, {"whose 87th Infantry Battalion is based in Wassi", "At least 87 people were killed in Saturday's attack"}}},
		{"recapture", []rel{ // four outlets, one translated from Spanish agency copy
			{compare.Corroborates, compare.SameFigure, "at least 47 alliance fighters had been killed", "at least 47 rebel combatants"},
			{compare.Corroborates, compare.SameFigure, "Nine civilians had also died", "nine civilians have died since Thursday"},
			{compare.Contradicts, compare.FigureConflict, "29 soldiers had been killed over the same period", "acknowledged this Monday the death of 12 soldiers"},
			{compare.Contradicts, compare.FigureConflict, "about 18,000 people had fled Velmora", "some 25,000 people have abandoned the city"},
			{compare.Updates, compare.RisingFigure, "at least 47 alliance fighters had been killed", "It now says 71 alliance fighters"},
			{compare.Corroborates, compare.SameState, "had taken full control of Velmora", "it had retaken Velmora"},
		}, [][2]string{{"Durrek Popular Alliance", "DPA"}},
			[][2]string{{"more than 200 soldiers were killed", "acknowledged this Monday the death of 12 soldiers"}, {"forced about 90,000 people to flee", "about 18,000 people had fled Velmora"}, {"nine people died this Monday in a drone attack", "Nine civilians had also died"}}},
		{"aidconvoy", []rel{ // an aid convoy attacked: a wire story, the agency's translated release, a next-day follow-up
			{compare.Updates, compare.RisingFigure, "At least six aid workers were killed", "eight of its staff members were killed"},
			{compare.Updates, compare.RisingFigure, "Nine of the trucks were destroyed", "Eleven lorries were completely destroyed"},
			{compare.Contradicts, compare.FigureConflict, "Eleven lorries were completely destroyed", "No more than four trucks were destroyed"},
			{compare.Updates, compare.RisingFigure, "said 11 people", "had treated 16 people wounded"},
		}, [][2]string{{"Solidarity Aid Mission", "MSS"}, {"Mission Solidaire de Secours", "MSS"}, {"Sethra People's Front", "SPF"}, {"Tal Ourin", "Tel Urin"}},
			[][2]string{{"three aid workers were killed when a convoy", "has risen to nine after a driver died"}, {"five people were killed on Tuesday", "At least six aid workers were killed"}, {"31 members of the MSS staff", "has risen to nine after a driver died"}}},
		{"prisonbreak", []rel{ // a jailbreak: escape counts revised and disputed over two days
			{compare.Updates, compare.RisingFigure, "that 212 inmates escaped from Vashti", "escaped from Vashty Central Prison to 267"},
			{compare.Contradicts, compare.FigureConflict, "that 212 inmates escaped from Vashti", "more than 400 inmates fled"},
			{compare.Updates, compare.RisingFigure, "Three guards were killed in the attack", "Four guards were killed, one of whom"},
			{compare.Contradicts, compare.FigureConflict, "Four guards were killed, one of whom", "seven guards were killed, not four"},
		}, [][2]string{{"Vashti Central Prison", "Vashty Central Prison"}, {"National Correctional Service", "NCS"}, {"Kellmar Prisoners' Rights Association", "KPRA"}},
			[][2]string{{"some 1,100 inmates escaped", "escaped from Vashty Central Prison to 267"}, {"holds about 1,850 inmates", "that 212 inmates escaped from Vashti"}, {"at least nine inmates were shot dead", "seven guards were killed, not four"}}},
		{"mutiny", []rel{ // a mutiny: a wire story, a live blog with a hospital's count, a next-day update
			{compare.Corroborates, compare.SameFigure, "212 soldiers had surrendered to loyal units", "that 212 soldiers surrendered"},
			{compare.Contradicts, compare.FigureConflict, "nine soldiers were killed and 31 wounded", "at least 17 soldiers were killed"},
			{compare.Updates, compare.RisingFigure, "that 212 soldiers surrendered", "260 soldiers had now surrendered"},
			{compare.Updates, compare.RisingFigure, "140 soldiers have been detained", "180 were in detention"},
			{compare.Corroborates, compare.SameState, "seized the Ostrel air base", "took over the Ostrel air base"},
		}, [][2]string{{"Ulvar Provincial Radio", "UPR"}, {"Idris Kharzoun", "Idriss Kharzun"}},
			[][2]string{{"normally houses 14 fighter jets", "14 officers remained unaccounted for"}, {"four border guards were killed", "has risen to 23"}, {"about 40 sailors were detained", "180 were in detention"}, {"has about 3,500 troops", "212 soldiers had surrendered"}}},
		{"massgrave", []rel{
			{compare.Corroborates, compare.SameFigure, "have exhumed the bodies of 58 people", "confirms the bodies of 58 people have been exhumed"},
			{compare.Contradicts, compare.FigureConflict, "have exhumed the bodies of 58 people", "73 bodies have been recovered from the forest"},
			{compare.Updates, compare.RisingFigure, "have exhumed the bodies of 58 people", "recovered the bodies of 96 people"},
			{compare.Updates, compare.RisingFigure, "recovered the bodies of 96 people", "after recovering the bodies of 131 people"},
		}, nil,
			[][2]string{{"exhumation in April of 112 bodies", "recovered the bodies of 96 people"}, {"when 112 bodies were recovered near Bereshky", "73 bodies have been recovered from the forest"}, {"police found six bodies in the cellar", "have exhumed the bodies of 58 people"}}},
		{"piracy", []rel{
			{compare.Contradicts, compare.FigureConflict, "it had freed six crew members", "only four of its crew members were freed"},
			{compare.Corroborates, compare.SameFigure, "demanded a ransom of $9 million", "The pirates are demanding a ransom of $9m"},
			{compare.Corroborates, compare.SameFigure, "one pirate was killed during the operation", "One pirate was killed in the operation"},
			{compare.Updates, compare.LowerFigure, "demanded a ransom of $9 million", "lowered their ransom demand to $6 million"},
		}, [][2]string{{"Tarvanian Maritime Defence Force", "TMDF"}},
			[][2]string{{"a ransom reported at $4.5 million", "The pirates are demanding a ransom of $9m"}, {"At least 31 vessels have been attacked", "it had freed six crew members"}}},
		{"crush", []rel{
			{compare.Updates, compare.LowerFigure, "Eleven people were still unaccounted for", "four people remained unaccounted for"},
			{compare.Corroborates, compare.SameFigure, "Provincial police have put the death toll at 31", "when police reported 31 dead"},
			{compare.Updates, compare.RisingFigure, "when police reported 31 dead", "rose to 52 on Saturday evening"},
		}, nil, [][2]string{{"has risen to 47", "when police reported 31 dead"}}},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join("testdata", "genres", tt.dir, "*.txt"))
			var arts []Article
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				arts = append(arts, Article{Name: filepath.Base(f), Text: string(b)})
			}
			rep, err := Analyze(arts, Options{})
			if err != nil {
				t.Fatal(err)
			}
			text := map[string]string{}
			for _, ar := range rep.Articles {
				for _, c := range ar.Claims {
					text[c.ID] = c.Text
				}
			}
			for _, w := range tt.want {
				found := false
				for _, r := range rep.Relations {
					ta, tb := text[r.Claims[0]], text[r.Claims[1]]
					if r.Kind == w.kind && r.Reason == w.reason &&
						(strings.Contains(ta, w.a) && strings.Contains(tb, w.b) || strings.Contains(ta, w.b) && strings.Contains(tb, w.a)) {
						found = true
					}
				}
				if !found {
					t.Errorf("no %s (%s) between %q and %q; relations:\n%s", w.kind, w.reason, w.a, w.b, dumpRelations(rep, text))
				}
			}
			for _, u := range tt.unlinked {
				for _, r := range rep.Relations {
					ta, tb := text[r.Claims[0]], text[r.Claims[1]]
					if strings.Contains(ta, u[0]) && strings.Contains(tb, u[1]) || strings.Contains(ta, u[1]) && strings.Contains(tb, u[0]) {
						t.Errorf("%s (%s) between %q and %q, want none", r.Kind, r.Reason, u[0], u[1])
					}
				}
			}
			for _, al := range tt.aliases {
				if a, b := entityOf(rep, al[0]), entityOf(rep, al[1]); a == "" || a != b {
					t.Errorf("%q is entity %q and %q entity %q, want one entity", al[0], a, al[1], b)
				}
			}
		})
	}
}

// entityOf returns the ID of the entity with a mention spelled form.
func entityOf(rep Report, form string) string {
	for _, e := range rep.Entities {
		for _, m := range e.Mentions {
			if m.Text == form {
				return e.ID
			}
		}
	}
	return ""
}

// dumpRelations renders relations one a line, for failure messages.
func dumpRelations(rep Report, text map[string]string) string {
	var b strings.Builder
	for _, r := range rep.Relations {
		b.WriteString("  " + string(r.Kind) + " " + string(r.Reason) + ": " + text[r.Claims[0]] + " | " + text[r.Claims[1]] + "\n")
	}
	return b.String()
}
