package quantity

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

// dump renders a figure on one line: text, bound, interval, unit, measure.
func dump(q Quantity) string {
	lo, hi := "[", "]"
	if q.LowOpen {
		lo = "("
	}
	if q.HighOpen {
		hi = ")"
	}
	s := fmt.Sprintf("%q %s %s%g,%g%s", q.Text, q.Bound, lo, q.Low, q.High, hi)
	if q.Unit != "" {
		s += " " + q.Unit
	}
	if q.Measure != "" {
		s += " " + q.Measure
	}
	if q.Part {
		s += fmt.Sprintf(" part-of:%d", q.Of)
	}
	if q.Per != "" {
		s += " per:" + q.Per
	}
	return s
}

func dumpAll(qs []Quantity) string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = dump(q)
	}
	return strings.Join(out, " | ")
}

func TestFind(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name string
		text string
		want string
	}{
		{"thousands comma", "Some 10,700 families fled.", `"Some 10,700" about [10165,11235] family displaced`},
		{"thousands dot counts", "The city counted 7.000 displaced families.", `"7.000" exact [7000,7000] family displaced`},
		{"decimal scale", "The fund holds 1.2 million dollars.", `"1.2 million" exact [1.2e+06,1.2e+06] dollar`},
		{"comma decimal", "Prices rose 1,5 percent.", `"1,5 percent" exact [1.5,1.5] percent`},
		{"percent sign", "Turnout was 70%.", `"70%" exact [70,70] percent turnout`},
		{"percent word", "Turnout was 70 percent.", `"70 percent" exact [70,70] percent turnout`},
		{"per cent", "Turnout was 70 per cent.", `"70 per cent" exact [70,70] percent turnout`},
		{"more than percent", "The rebels hold more than 70% of the area.", `"more than 70%" moreThan (70,` + fmt.Sprint(inf) + `] percent`},
		{"at least killed", "At least 75 people were killed.", `"At least 75" atLeast [75,+Inf] person killed`},
		{"more than displaced", "More than 800,000 people have fled.", `"More than 800,000" moreThan (800000,+Inf] person displaced`},
		{"some", "Rebels seized some 30 villages.", `"some 30" about [27,33] village captured`},
		{"around", "They took around 70 towns.", `"around 70" about [65,75] town captured`},
		{"nearly below", "Nearly 20 soldiers were wounded.", `"Nearly 20" about [17,20) soldier injured`},
		{"almost", "Almost 100 homes were destroyed.", `"Almost 100" about [85,100) house destroyed`},
		{"up to", "Up to 20 trucks crossed.", `"Up to 20" atMost [0,20] truck entered`},
		{"fewer than", "Fewer than 10 remained.", `"Fewer than 10" lessThan [0,10)`},
		{"over", "Over 200 people were injured.", `"Over 200" moreThan (200,+Inf] person injured`},
		{"people before a time after", "Shells hit the market, killing six people hours after the truce.", `"six" exact [6,6] person killed`},
		{"a toll past a count of things", "The death toll from a raid on three villages had risen to 26 by Saturday.", `"three" exact [3,3] village | "26" exact [26,26] killed`},
		{"a toll past a count of things in digits", "The death toll from raids on 3 villages rose to 26.", `"3" exact [3,3] village | "26" exact [26,26] killed`},
		{"a toll of animals", "The livestock death toll of 180,000 animals was given on Monday.", `"180,000" exact [180000,180000] animal killed`},
		{"no one is none", "No one remains missing, the ministry said.", `"No one" exact [0,0] person missing`},
		{"no one before a harm", "Officials said no one had been hurt.", `"no one" exact [0,0] person injured`},
		{"no one before another verb is no count", "No one knows how many died.", ``},
		{"no one who claimed", "No one claimed the attack.", ``},
		{"no workers is none", "Officials said no worker remained missing.", `"no" exact [0,0] worker missing`},
		{"no civilians killed", "No civilians were killed in the strike.", `"No" exact [0,0] civilian killed`},
		{"no people noun before another verb", "No soldiers knew the road.", ``},
		{"a past tense before a count says what befell it", "Crews sprayed about 14,000 homes by Friday.", `"about 14,000" about [13300,14700] house sprayed`},
		{"an adverb before the participle", "Monitors said fewer than 30,000 children had actually been vaccinated.", `"fewer than 30,000" lessThan [0,30000) child vaccinated`},
		{"a relative clause's verb before a count is no measure", "Officials who visited 14 villages said so.", `"14" exact [14,14] village`},
		{"a counting verb before a count is no measure", "The team counted 40 children.", `"40" exact [40,40] child`},
		{"bridges swept away", "Three bridges were swept away, officials said.", `"Three" exact [3,3] bridge destroyed`},
		{"ships waiting at anchor", "More than 60 ships were waiting at anchor.", `"More than 60" moreThan (60,+Inf] ship waiting`},
		{"sea animals are animals", "Dozens of dead dolphins washed up.", `"Dozens" range [24,99] animal killed`},
		{"abductees are hostages", "Nineteen abductees have now been released.", `"Nineteen" exact [19,19] hostage released`},
		{"roads closed", "More than 40 roads were closed.", `"More than 40" moreThan (40,+Inf] road closed`},
		{"took over not bound", "The army took over 12 villages.", `"12" exact [12,12] village captured`},
		{"between and", "Between 20 and 30 fighters died.", `"Between 20 and 30" range [20,30] fighter killed`},
		{"to range", "Shelling killed 20 to 30 civilians.", `"20 to 30" range [20,30] civilian killed`},
		{"hyphen range", "Shelling killed 20-30 civilians.", `"20-30" range [20,30] civilian killed`},
		{"from to is change", "The toll rose from 12 to 17.", `"12" exact [12,12] killed | "17" exact [17,17] killed`},
		{"range scale", "Between 1.2 and 1.5 million people fled.", `"Between 1.2 and 1.5 million" range [1.2e+06,1.5e+06] person displaced`},
		{"or more", "Twenty or more houses burned.", `"Twenty or more" atLeast [20,+Inf] house burned`},
		{"words ten", "Ten soldiers were captured.", `"Ten" exact [10,10] soldier captured`},
		{"words twenty-five", "Twenty-five people died.", `"Twenty-five" exact [25,25] person killed`},
		{"words three hundred", "Three hundred families left.", `"Three hundred" exact [300,300] family displaced`},
		{"a dozen", "A dozen tanks advanced.", `"A dozen" exact [12,12] tank`},
		{"two dozen", "Two dozen trucks arrived.", `"Two dozen" exact [24,24] truck`},
		{"half a million", "Half a million people were displaced.", `"Half a million" exact [500000,500000] person displaced`},
		{"bn", "The deal is worth $2.5bn.", `"$2.5bn" exact [2.5e+09,2.5e+09] dollar`},
		{"euro million", "The EU gave €40 million in aid.", `"€40 million" exact [4e+07,4e+07] euro`},
		{"bare m is metres", "A 5m wall fell.", `"5m" exact [5,5] metre`},
		{"dozens", "Dozens of civilians were killed.", `"Dozens" range [24,99] civilian killed`},
		{"hundreds", "Hundreds were arrested.", `"Hundreds" range [200,999] arrested`},
		{"tens of thousands", "Tens of thousands fled.", `"Tens of thousands" range [20000,99999] displaced`},
		{"millions", "Millions were displaced.", `"Millions" range [2e+06,9.999999e+06] displaced`},
		{"km", "The convoy was 40 km long.", `"40" exact [40,40] km`},
		{"kilometres", "They advanced 12 kilometres.", `"12" exact [12,12] km`},
		{"hyphen km", "A 40-km convoy stalled.", `"40" exact [40,40] km`},
		{"attached km", "A 10km stretch flooded.", `"10km" exact [10,10] km`},
		{"miles kept", "The storm moved 25 miles inland.", `"25" exact [25,25] mile`},
		{"adjectives", "Rebels killed 30 Syrian army soldiers.", `"30" exact [30,30] soldier killed`},
		{"hyphen adjective", "The strike killed 20 pro-government fighters.", `"20" exact [20,20] fighter killed`},
		{"of the unit", "It killed 37 members of the security forces.", `"37" exact [37,37] member killed`},
		{"dead implies person", "The quake left 17 dead.", `"17" exact [17,17] person killed`},
		{"qualifier after comma", "The floods left 230 dead, mostly farmers.", `"230" exact [230,230] person killed`},
		{"qualifier no comma", "The siege left 96 dead mainly civilians from the old town.", `"96" exact [96,96] person killed`},
		{"qualifier among", "Storms left 40 injured among them tourists.", `"40" exact [40,40] person injured`},
		{"adverb adjective unit kept", "Police arrested 30 heavily armed gunmen.", `"30" exact [30,30] fighter arrested`},
		{"death toll", "The death toll rose to 40.", `"40" exact [40,40] killed`},
		{"took part is no capture", "More than 50,000 people took part in the march.", `"More than 50,000" moreThan (50000,+Inf] person participants`},
		{"number restated", "About 4,000 people were left homeless, the agency said, while officials put the number at 2,500.", `"About 4,000" about [3600,4400] person displaced | "2,500" exact [2500,2500] person displaced`},
		{"tally restated", "The storm killed 40 people, but the mayor put the tally at 52.", `"40" exact [40,40] person killed | "52" exact [52,52] person killed`},
		{"number restated in another sentence", "The storm killed 40 people. The council put the number at 52.", `"40" exact [40,40] person killed | "52" exact [52,52] person killed`},
		{"a restated count takes the unit it restates", "The ministry said 12 soldiers had been killed. The Front put the figure at more than 80.", `"12" exact [12,12] soldier killed | "more than 80" moreThan (80,+Inf] soldier killed`},
		{"money is no restated count", "The storm killed 40 people. Insurers put the figure at $2 billion.", `"40" exact [40,40] person killed | "$2 billion" exact [2e+09,2e+09] dollar`},
		{"it restates in its sentence only", "The storm killed 40 people. The council put it at 52.", `"40" exact [40,40] person killed | "52" exact [52,52]`},
		{"number restated too far", "The storm killed 40 people. The council met on the question for hours, and after a long and heated debate among all of its many members about the roads, the bridges, the schools and the budget for the year ahead, it put the number at 52.", `"40" exact [40,40] person killed | "52" exact [52,52]`},
		{"clause names its own measure", "More than 150 people were injured and some 4,000 were left homeless.", `"More than 150" moreThan (150,+Inf] person injured | "some 4,000" about [3600,4400] person displaced`},
		{"duration between a toll and its figure", "The death toll from four days of fighting has risen to 112.", `"four" exact [4,4] day | "112" exact [112,112] killed`},
		{"a duration counts nothing killed", "Shelling killed people for three weeks.", `"three" exact [3,3] week`},
		{"part of the ones named", "Militants freed 25 hostages. Officials said 19 of the freed hostages were citizens.", `"25" exact [25,25] hostage released | "19" exact [19,19] hostage released part-of:-1`},
		{"the next figure's words are its own", "The fire has burned more than 8,000 acres and forced about 12,000 residents to evacuate.", `"more than 8,000" moreThan (8000,+Inf] acre burned | "about 12,000" about [11400,12600] person displaced`},
		{"a verb before a figure is that figure's", "The fire grew to 14,000 acres overnight and has destroyed 120 homes.", `"14,000" exact [14000,14000] acre burned | "120" exact [120,120] house destroyed`},
		{"a time after the measure takes no verb from the count", "Nine crew members remained missing two days after the boat sank.", `"Nine" exact [9,9] crew missing | "two" exact [2,2] day`},
		{"survivors described as injured are injured", "Hospitals were treating 14 injured survivors.", `"14" exact [14,14] person injured`},
		{"a count of survivors described as injured is of the injured", "The number of injured survivors in hospital fell to 12 on Wednesday.", `"12" exact [12,12] injured`},
		{"the number of destroyed things counts them", "The number of destroyed tanks rose to six.", `"six" exact [6,6] tank destroyed`},
		{"people held after the figure are held", "212 of its workers were being held by the armed group.", `"212" exact [212,212] worker held`},
		{"held before a figure holds no people", "The army held 12 villages.", `"12" exact [12,12] village`},
		{"an ordinal person who died is the toll", "A sixth person has died in the blizzard.", `"A sixth" exact [6,6] person killed`},
		{"an ordinal of a thing is no count", "A third of the city was flooded after a second slide.", ``},
		{"an age after aged is no count", "Two people, a man aged 67 and a woman aged 71, were found dead.", `"Two" exact [2,2] person`},
		{"vehicles stuck are stranded", "Around 1,400 vehicles were stuck along the highway.", `"Around 1,400" about [1330,1470] vehicle stranded`},
		{"people out of their homes are displaced", "About 4,500 people remain out of their homes.", `"About 4,500" about [4275,4725] person displaced`},
		{"a running number brought on counts what was counted before", "Six more sailors had been rescued, bringing the number rescued to 15.", `"Six" exact [6,6] sailor rescued | "15" exact [15,15] sailor rescued`},
		{"guests are people", "87 guests and staff were freed.", `"87" exact [87,87] person released`},
		{"carrying persons is aboard", "The ferry was carrying about 180 passengers when it sank.", `"about 180" about [171,189] person aboard`},
		{"a verb before a figure beats a participle describing it", "The government will release 240 detained rebel fighters.", `"240" exact [240,240] fighter released`},
		{"a verb after the participle beats it", "Forty of the escaped prisoners had been recaptured.", `"Forty" exact [40,40] prisoner captured part-of:-1`},
		{"a verb after the whole beats it", "Seventeen of the survivors were taken to hospital.", `"Seventeen" exact [17,17] hospitalised part-of:-1`},
		{"the whole's measure when no verb follows", "Two of the dead were children.", `"Two" exact [2,2] child killed part-of:-1`},
		{"the toll of a group", "The civilian death toll in the town has risen to 23.", `"23" exact [23,23] civilian killed`},
		{"a code is no number that ends the search for a count's subject", "The number of people confirmed dead in the crash of flight KT417 rose to 41 on Tuesday.", `"41" exact [41,41] person killed`},
		{"people counted before a toll may be a part of it", "Two soldiers died overnight in hospital, and the death toll rose to four.", `"Two" exact [2,2] soldier killed | "four" exact [4,4] killed`},
		{"a toll counts the people its sentence says died", "The number of children killed by the outbreak has doubled, with officials confirming 10 more deaths, bringing the toll to 19.", `"10" exact [10,10] killed | "19" exact [19,19] child killed`},
		{"people named without a count are not a toll's", "Health officials said on Monday the toll had risen to 19.", `"19" exact [19,19] killed`},
		{"the second half of a clause counts the first's noun", "He said 14 soldiers had been killed and 40 wounded.", `"14" exact [14,14] soldier killed | "40" exact [40,40] soldier injured`},
		{"a comma ends the clause", "Three soldiers were killed in the ambush, and 10 wounded.", `"Three" exact [3,3] soldier killed | "10" exact [10,10] person injured`},
		{"a measure before a speech verb is not the figure's", "Officials confirmed that two miners had died and said four others were being treated.", `"two" exact [2,2] person killed | "four" exact [4,4] person injured`},
		{"a participle after the counted noun is the verb", "Officials said five wounded soldiers died overnight.", `"five" exact [5,5] soldier killed`},
		{"a participle before the counted noun describes it", "Five wounded soldiers were flown to the capital.", `"Five" exact [5,5] soldier injured`},
		{"a participle before a second noun describes it", "Police said 52 students and both abducted teachers remain in captivity.", `"52" exact [52,52] student held`},
		{"people flown out are evacuated", "The company said 230 employees had been flown out from the airstrip.", `"230" exact [230,230] employee displaced`},
		{"barrels a day written bpd are barrels, not a control count", "Production resumed at 30,000 bpd after the guards regained control of the field.", `"30,000" exact [30000,30000] barrel`},
		{"violations of a ceasefire are counted", "The mission said it had logged 97 violations by both sides.", `"97" exact [97,97] violations`},
		{"a side's violations are acts, not people", "The ministry repeated its figure of 143 rebel violations.", `"143" exact [143,143] violations`},
		{"a rate after the verb", "The minister said about 6,500 people were crossing each day.", `"about 6,500" about [6175,6825] person displaced per:day`},
		{"people sent to hospital", "The leak killed seven people and sent 214 to hospital overnight.", `"seven" exact [7,7] person killed | "214" exact [214,214] hospitalised`},
		{"a count revised to a level", "The number of people killed by the leak has been revised to 11, the ministry said.", `"11" exact [11,11] person killed`},
		{"traced to hospitals is no count of the hospitalised", "Eleven people were still unaccounted for, down from 23 on Friday, after several were traced to hospitals.", `"Eleven" exact [11,11] person missing | "23" exact [23,23] missing`},
		{"the other few of a whole are a part", "The company questioned whether the other five deaths were caused by the leak.", `"five" exact [5,5] person killed part-of:-1`},
		{"prisoners who came home were freed", "Velmora said 120 of its soldiers came home on Saturday.", `"120" exact [120,120] soldier released`},
		{"fishermen are counted as fishermen", "The coast guard says 23 fishermen are unaccounted for.", `"23" exact [23,23] fisherman missing`},
		{"others are of the counted noun before", "Police said 64 pupils had been abducted and that 11 others had escaped.", `"64" exact [64,64] student kidnapped | "11" exact [11,11] student escaped`},
		{"a number in words ends the search for a noun", "The five companies join nine others selected last year.", `"five" exact [5,5] | "nine" exact [9,9] person`},
		{"bodies recovered", "With nine rescued and three bodies recovered, two remain unaccounted for.", `"nine" exact [9,9] rescued | "three" exact [3,3] body bodies recovered | "two" exact [2,2] missing`},
		{"the injured discharged are no count of injured", "Doctors said 47 of the injured had been discharged by Saturday.", `"47" exact [47,47] discharged part-of:-1`},
		{"people forced from their homes are displaced", "The eruption killed seven people and forced more than 12,000 residents from their homes.", `"seven" exact [7,7] person killed | "more than 12,000" moreThan (12000,+Inf] person displaced`},
		{"a second counted noun shares the verb", "Gunmen killed 12 soldiers and three civilians.", `"12" exact [12,12] soldier killed | "three" exact [3,3] civilian killed`},
		{"homes that lost electricity are without power", "Some 600,000 households lost electricity after the strikes.", `"Some 600,000" about [550000,650000] family without power`},
		{"power cut to homes", "The attack cut power to 1.2 million homes.", `"1.2 million" exact [1.2e+06,1.2e+06] house without power`},
		{"a unit after a quoted figure", `The ministry claimed its troops had killed "at least 14" Lusavian soldiers and captured two others.`, `"at least 14" atLeast [14,+Inf] soldier killed | "two" exact [2,2] soldier captured`},
		{"people pulled out alive are rescued", "Rescuers pulled 14 people out alive from the rubble.", `"14" exact [14,14] person rescued`},
		{"people searched for are missing", "Rescuers were still searching for eight people.", `"eight" exact [8,8] person missing`},
		{"a count brought to a figure", "That brings the number of people killed in the province since the offensive began to at least 251.", `"at least 251" atLeast [251,+Inf] person killed`},
		{"a zone's radius", "Residents within a three-kilometre radius of the plant were told to leave their homes.", `"three" exact [3,3] km radius`},
		{"a radius after the figure's noun", "The evacuation zone covers a radius of 3 km.", `"3" exact [3,3] km radius`},
		{"a distance is no toll", "Six people were killed on Tuesday in Barrak, a farming town 15 km west of Harzan.", `"Six" exact [6,6] person killed | "15" exact [15,15] km`},
		{"a designation is no count", "Rebels shot down two Su-24 jets and destroyed three T-72 tanks near the 787-9 hangar.", `"two" exact [2,2] intercepted | "three" exact [3,3] destroyed | "787" exact [787,787]`},
		{"a model number after a count", "Its fleet of roughly 400 737 Max jets has been grounded.", `"roughly 400" about [360,440]`},
		{"a count that rose takes the unit it restates", "The ministry said 27 people had been killed. The ministry's own count rose to 36 on Monday.", `"27" exact [27,27] person killed | "36" exact [36,36] person killed`},
		{"a tally that reached a figure", "Monitors said 34 civilians were killed. The group's tally reached 41.", `"34" exact [34,34] civilian killed | "41" exact [41,41] civilian killed`},
		{"it rose to is anything's", "Monitors said 34 civilians were killed. It rose to 41 degrees.", `"34" exact [34,34] civilian killed | "41" exact [41,41] degree`},
		{"animals are a unit of their own", "The union said some 600 sheep and goats had died.", `"some 600" about [550,650] animal killed`},
		{"a capital letter is no unit", "The US sent 31 M1 Abrams tanks.", `"31" exact [31,31]`},
		{"people crossing a border fled", "The country has registered 70,000 people crossing from its neighbour since March.", `"70,000" exact [70000,70000] person displaced`},
		{"drones destroyed were shot down", "Air defences destroyed 45 drones overnight.", `"45" exact [45,45] drone intercepted`},
		{"a part of drones destroyed was shot down", "Air defences destroyed 45 of 60 drones.", `"45" exact [45,45] drone intercepted part-of:1 | "60" exact [60,60] drone launched`},
		{"tanks destroyed were destroyed", "Rebels destroyed three tanks.", `"three" exact [3,3] tank destroyed`},
		{"people taken in were sheltered", "The camp had taken in about 4,000 people by Monday morning.", `"about 4,000" about [3600,4400] person sheltered`},
		{"the number of people taken in an attack were captured", "Police revised the number of students taken in Sunday's attack to 121.", `"121" exact [121,121] student captured`},
		{"towns taken in an offensive were captured", "Three towns taken in the offensive were shelled.", `"Three" exact [3,3] town captured`},
		{"what a camp was built for is its capacity", "The camp, built for 20,000 people, now shelters more than 31,000.", `"20,000" exact [20000,20000] person capacity | "more than 31,000" moreThan (31000,+Inf] sheltered`},
		{"room for is a capacity", "A second camp, with room for 15,000, will open.", `"15,000" exact [15000,15000] capacity`},
		{"a rate after its unit", "About 2,000 people a day had been crossing.", `"About 2,000" about [1800,2200] person displaced per:day`},
		{"a rate without a unit takes the measure it averages", "About 9,000 arrived last week, an average of roughly 1,300 per day.", `"About 9,000" about [8500,9500] arrived | "roughly 1,300" about [1235,1365] arrived per:day`},
		{"a rate past the figure's noun, and the rate it is compared with", "We are now seeing around 240 new cases a day, compared with more than 300 last week.", `"around 240" about [228,252] cases per:day | "more than 300" moreThan (300,+Inf] cases per:day`},
		{"in a day is no rate", "Gunmen killed 12 people in a day.", `"12" exact [12,12] person killed`},
		{"an age bound is no count", "At least nine of the dead were children under five.", `"At least nine" atLeast [9,+Inf] child killed part-of:-1`},
		{"patients in hospital were hospitalised", "About 1,450 patients were in hospital on Monday.", `"About 1,450" about [1377.5,1522.5] patient hospitalised`},
		{"infections arriving are no arrivals", "New infections were arriving at a rate of about 300 a day.", `"about 300" about [270,330] cases per:day`},
		{"a count of these is a part", "Varn had the worst toll, with 2,500 of these deaths.", `"2,500" exact [2500,2500] killed part-of:-1`},
		{"a count among the dead is a part", "Three foreign nationals were among the dead, the ministry said.", `"Three" exact [3,3] killed part-of:-1`},
		{"a day after is no rate", "Gunmen killed 12 people a day after the attack.", `"12" exact [12,12] person killed`},
		{"the number of people brought to a figure", "The number of people who have fled the war has risen to more than 68,000.", `"more than 68,000" moreThan (68000,+Inf] person displaced`},
		{"how often is no count", "The quarterback was intercepted three times.", `"three" exact [3,3] time`},
		{"how often in a range is no count", "Many were displaced two or three times before they crossed.", `"two or three" range [2,3] time`},
		{"drones and missiles launched, a compound's head the unit", "They launched 96 attack drones and six cruise missiles.", `"96" exact [96,96] drone launched | "six" exact [6,6] missile launched`},
		{"along with: the part's verb, not the whole's", "It downed 31 of 40 drones launched overnight, along with seven cruise missiles.", `"31" exact [31,31] drone intercepted part-of:1 | "40" exact [40,40] drone launched | "seven" exact [7,7] missile intercepted`},
		{"along with after the verb", "Twelve soldiers were wounded along with three civilians.", `"Twelve" exact [12,12] soldier injured | "three" exact [3,3] civilian injured`},
		{"rockets fired", "Militants fired 40 rockets at the town.", `"40" exact [40,40] rocket launched`},
		{"workers fired are not launched", "The company fired 12 workers.", `"12" exact [12,12] worker`},
		{"homes left without power did not leave", "About 180,000 households were left without electricity.", `"About 180,000" about [171000,189000] family without power`},
		{"a verb after the whole is the part's", "The air force says 71 of 96 drones were shot down.", `"71" exact [71,71] drone intercepted part-of:1 | "96" exact [96,96] drone launched`},
		{"a participle after the whole is the whole's", "Twelve of the 40 people killed were children.", `"Twelve" exact [12,12] person killed part-of:1 | "40" exact [40,40] person killed`},
		{"a part before its whole", "The air force shot down 31 of the 40 drones and seven of the 12 missiles.", `"31" exact [31,31] drone intercepted part-of:1 | "40" exact [40,40] drone launched | "seven" exact [7,7] missile intercepted part-of:3 | "12" exact [12,12] missile launched`},
		{"a part of a whole without its article", "The air force said it downed 31 of 40 drones launched overnight.", `"31" exact [31,31] drone intercepted part-of:1 | "40" exact [40,40] drone launched`},
		{"a sum for each of the dead is no toll", "The state will pay 400,000 kesh to the family of each person killed.", `"400,000" exact [400000,400000]`},
		{"a sum of money counts no dead", "The state will pay 5,000 dollars to the families of those killed.", `"5,000" exact [5000,5000] dollar`},
		{"a clause after that is the figure's own", "He said 19 workers had died and that about 800 workers were on the shift.", `"19" exact [19,19] worker killed | "about 800" about [750,850] worker`},
		{"a comma keeps a measure before it from a figure with its own", "Three people died, two remain unaccounted for.", `"Three" exact [3,3] person killed | "two" exact [2,2] missing`},
		{"a recovered value is no body", "The shares recovered 40% of their value.", `"40%" exact [40,40] percent`},
		{"two counted nouns share a measure", "The plane, with 58 passengers and three crew members on board, crashed.", `"58" exact [58,58] person aboard | "three" exact [3,3] crew aboard`},
		{"buses and ambulances are vehicles that enter", "A convoy of 40 buses and 12 ambulances entered the district.", `"40" exact [40,40] bus entered | "12" exact [12,12] ambulance entered`},
		{"a part set off before the verb is skipped", "About 1,800 civilians, among them 96 wounded, were evacuated on Thursday.", `"About 1,800" about [1710,1890] civilian displaced | "96" exact [96,96] person injured part-of:0`},
		{"a participle before a time is the verb", "At least 52 people were killed and more than 300 injured this Monday.", `"At least 52" atLeast [52,+Inf] person killed | "more than 300" moreThan (300,+Inf] person injured`},
		{"two counted nouns share a measure past the first's adjective", "At least 47 rebel combatants and nine civilians have died since Thursday.", `"At least 47" atLeast [47,+Inf] fighter killed | "nine" exact [9,9] civilian killed`},
		{"the doer after by is not what the verb counts", "Forty-five people were rescued from the water by two patrol vessels.", `"Forty-five" exact [45,45] person rescued | "two" exact [2,2] ship`},
		{"escaped inmates", "A total of 412 inmates escaped, officials said.", `"412" exact [412,412] prisoner escaped`},
		{"a participle after a figure with no verb before", "Police held 40 detained protesters.", `"40" exact [40,40] protester arrested`},
		{"a price is never released", "The game was released for $10 in March.", `"$10" exact [10,10] dollar`},
		{"a hyphenated size describes", "Apple released the 16-inch MacBook Pro and a 12.9-inch iPad.", ``},
		{"a hyphenated strength counts", "A 400-strong force entered the town.", `"400" exact [400,400]`},
		{"carrying no unit is not", "Two missions flew, one carrying a lander.", `"Two" exact [2,2] | "one" exact [1,1]`},
		{"aboard with no unit is persons", "A jet with 61 aboard crashed.", `"61" exact [61,61] person aboard`},
		{"a side's losses are its dead", "The rebels said they had lost seven fighters.", `"seven" exact [7,7] fighter lost`},
		{"lost seats are no dead", "The party lost 12 seats and 5% of its vote.", `"12" exact [12,12] seat | "5%" exact [5,5] percent`},
		{"a village of so many is its population", "About 60 people were missing in Tolvani, a farming village of roughly 900 people.", `"About 60" about [55,65] person missing | "roughly 900" about [850,950] person population`},
		{"a community of others is no population", "They joined a community of 14 providers.", `"14" exact [14,14]`},
		{"a clock after the measure is no figure of its own", "ESR said 312 passengers were on board the 06:52 service.", `"312" exact [312,312] person aboard`},
		{"on the train are aboard", "She said about 340 people were on the train.", `"about 340" about [323,357] person aboard`},
		{"a relative clause describes who the verb counts", "Twenty-eight pupils who were abducted from the school have escaped.", `"Twenty-eight" exact [28,28] student escaped`},
		{"a relative clause's verb alone", "Four people who were injured were taken to hospital.", `"Four" exact [4,4] person hospitalised`},
		{"more of the people counted before", "The group said it had killed 40 soldiers and captured 75 more.", `"40" exact [40,40] soldier killed | "75" exact [75,75] soldier captured`},
		{"an abbreviation's period ends no clause", "The number of people killed in the shelling of St. Ilse Hospital has reached 31.", `"31" exact [31,31] person killed`},
		{"abducting is a kidnapping", "Gunmen stormed the school, abducting at least 80 pupils.", `"at least 80" atLeast [80,+Inf] student kidnapped`},
		{"a participle phrase describes who the verb counts", "Eighty-nine people detained in Tuesday's police raids had been released on bail.", `"Eighty-nine" exact [89,89] person released`},
		{"a participle phrase with no verb after is the measure", "Twelve people killed in the attack were buried on Monday.", `"Twelve" exact [12,12] person killed`},
		{"an elliptic participle before a phrase is its measure", "He said 14 soldiers had been killed and 40 wounded since the fighting began.", `"14" exact [14,14] soldier killed | "40" exact [40,40] soldier injured`},
		{"those inside a building when it burned", "Some 450 staff were inside when the fire broke out.", `"Some 450" about [427.5,472.5] employee inside`},
		{"fighting that broke out is no escape", "Fighting broke out after 25 men were detained.", `"25" exact [25,25] man detained`},
		{"inmates who broke out escaped", "More than 60 inmates broke out of the jail.", `"More than 60" moreThan (60,+Inf] prisoner escaped`},
		{"people who need food aid are in need", "The agency said 2.4 million people now need food aid.", `"2.4 million" exact [2.4e+06,2.4e+06] person in need`},
		{"snow that fell is measured in depth", "The storm brought up to 70 centimetres of snow, and 120 mm of rain fell on the coast.", `"up to 70" atMost [0,70] cm snow | "120" exact [120,120] mm rain`},
		{"days of rain are no depth", "It followed two days of rain.", `"two" exact [2,2] day`},
		{"who turned themselves in surrendered", "More than 40 have turned themselves in, police said.", `"More than 40" moreThan (40,+Inf] surrendered`},
		{"patients in a critical condition", "He said 27 patients were in a critical condition.", `"27" exact [27,27] patient critical`},
		{"things are delivered, people are not", "The agency delivered 200,000 vaccine doses; aid was delivered to 20,000 people.", `"200,000" exact [200000,200000] dose delivered | "20,000" exact [20000,20000] person`},
		{"inches of rain", "The storm dumped about 2 inches of rain.", `"about 2" about [1.8,2.2] inch rain`},
		{"birds culled are animals killed", "Inspectors said about 310,000 birds had been culled.", `"about 310,000" about [294500,325500] animal killed`},
		{"people who tested positive are cases", "Three people have tested positive for the virus.", `"Three" exact [3,3] person cases`},
		{"infected farms are farms", "Seven farms had now been infected.", `"Seven" exact [7,7] farm infected`},
		{"people pulled from a fire are rescued", "Firefighters pulled about 90 people from the burning club.", `"about 90" about [85,95] person rescued`},
		{"workers who walked out are on strike", "The union said 32,000 workers had walked out.", `"32,000" exact [32000,32000] worker striking`},
		{"oil spilling is spilled", "A tanker ran aground, spilling about 2,000 tonnes of oil.", `"about 2,000" about [1800,2200] tonne spilled`},
		{"personnel carriers are vehicles, not staff", "Two armoured personnel carriers were destroyed.", `"Two" exact [2,2] vehicle destroyed`},
		{"cars are vehicles, vessels ships", "Some 40 cars and 12 vessels were damaged.", `"Some 40" about [36,44] vehicle damaged | "12" exact [12,12] ship damaged`},
		{"flights called off are cancelled", "Airport officials said 210 flights had been cancelled.", `"210" exact [210,210] flight cancelled`},
		{"people a hospital treated are injured", "Medics treated nearly 5,000 people for breathing problems.", `"nearly 5,000" about [4250,5000) person injured`},
		{"drones brought down were intercepted", "Air defence units counted 33 drones brought down over the city.", `"33" exact [33,33] drone intercepted`},
		{"licensed to carry is a capacity, carried is aboard", "The ferry, licensed to carry 150 passengers, carried 180 people.", `"150" exact [150,150] person capacity | "180" exact [180,180] person aboard`},
		{"escapees back in custody were recaptured", "Police said 71 of them were back in custody.", `"71" exact [71,71] captured part-of:-1`},
		{"people treated are injured", "Some 52 people were being treated for wounds; another 27 were being treated.", `"Some 52" about [49.4,54.6] person injured | "27" exact [27,27] injured`},
		{"pulled to safety or brought to the surface, rescued", "Rescuers pulled 41 people to safety and brought 11 miners to the surface.", `"41" exact [41,41] person rescued | "11" exact [11,11] person rescued`},
		{"a hospital's occupancy", "Occupancy stood at 140 percent; another ward was at 150 percent of capacity.", `"140 percent" exact [140,140] percent occupancy | "150 percent" exact [150,150] percent occupancy`},
		{"responders on the ground are deployed", "Some 900 firefighters are on the ground, backed by six aircraft.", `"Some 900" about [850,950] firefighter deployed | "six" exact [6,6] aircraft`},
		{"crews and engines deployed", "More than 200 firefighters and 40 fire engines had been deployed by midday.", `"More than 200" moreThan (200,+Inf] firefighter deployed | "40" exact [40,40] engine deployed`},
		{"a bare figure is not deployed, a counted one is", "Police said 30 had been deployed and 12 lorries were deployed too.", `"30" exact [30,30] | "12" exact [12,12] truck deployed`},
		{"malnourished children", "About 85,000 children were suffering from severe acute malnutrition.", `"About 85,000" about [80750,89250] child malnourished`},
		{"managed to escape", "Five of the students managed to escape from their captors.", `"Five" exact [5,5] student escaped part-of:-1`},
		{"in captivity are held", "Police said 52 students remain in captivity.", `"52" exact [52,52] student held`},
		{"pulled out alive are rescued", "Officials said 41 people had been pulled out alive by Tuesday evening.", `"41" exact [41,41] person rescued`},
		{"taken to hospital is no capture", "All nine were taken to hospital, and rebels had taken 40 soldiers.", `"nine" exact [9,9] hospitalised | "40" exact [40,40] soldier captured`},
		{"a distance to a hospital", "He was taken to a hospital around 185 miles away.", `"around 185" about [175.75,194.25] mile`},
		{"miners are persons", "Eleven miners remained trapped underground.", `"Eleven" exact [11,11] person trapped`},
		{"detentions are arrests", "The group put the number of detentions at more than 180.", `"more than 180" moreThan (180,+Inf] arrested`},
		{"boarded", "Close to 90 people boarded the boat.", `"Close to 90" about [76.5,90) person aboard`},
		{"carrying goods is not", "A truck carrying 20 tonnes of flour arrived.", `"20" exact [20,20] tonne`},
		{"a wind is measured in a speed", "The ferry overturned in strong winds roughly two kilometres from the port.", `"roughly two" about [1.8,2.2] km`},
		{"a verb before a bounded figure in words is that figure's", "Winds of 185 km/h hit the coast, killing at least nine people.", `"185" exact [185,185] km/h wind | "at least nine" atLeast [9,+Inf] person killed`},
		{"speeds in words", "Gusts reached 120 miles per hour.", `"120" exact [120,120] mph wind`},
		{"the value a rate is compared with shares its measure", "Inflation rose to 3.2% in March, down from 3.8% in February.", `"3.2%" exact [3.2,3.2] percent inflation | "3.8%" exact [3.8,3.8] percent inflation`},
		{"a value of another unit compared with is not", "Inflation rose to 3.2% in March from $40 a barrel.", `"3.2%" exact [3.2,3.2] percent inflation | "$40" exact [40,40] dollar`},
		{"a measure after a dateline is no name", "OSTBURG (Wire) - Consumer prices rose 3.2% in March.", `"3.2%" exact [3.2,3.2] percent inflation`},
		{"a rate's name", "The central bank kept its key interest rate at 4.25 percent.", `"4.25 percent" exact [4.25,4.25] percent interest rate`},
		{"cases of a disease", "Officials confirmed 1,240 cholera cases.", `"1,240" exact [1240,1240] cases`},
		{"cases of money are no cases", "The estimate was $6 million in both cases.", `"$6 million" exact [6e+06,6e+06] dollar`},
		{"who was aboard", "The plane had 58 passengers on board.", `"58" exact [58,58] person aboard`},
		{"survivors", "Twelve survivors were taken to hospital.", `"Twelve" exact [12,12] person survived`},
		{"a participle the text gives is the measure", "Some 12,000 children were malnourished.", `"Some 12,000" about [11400,12600] child malnourished`},
		{"past a place to the participle", "About 40 children in the Dorn valley remain trapped.", `"About 40" about [36,44] child trapped`},
		{"taken to a place is not captured", "About 300 people were taken to a camp.", `"About 300" about [270,330] person`},
		{"a long place before the verb group", "About 60 houses on the edge of the estate had been damaged.", `"About 60" about [55,65] house damaged`},
		{"carried out of a place: evacuated", "Four ships carried about 4,200 civilians out of the port.", `"Four" exact [4,4] ship | "about 4,200" about [3990,4410] civilian displaced`},
		{"carried aboard: no evacuation, aboard", "The boat carried 63 people when it sank.", `"63" exact [63,63] person aboard`},
		{"bussed out", "About 900 people were bussed out on Monday.", `"About 900" about [850,950] person displaced`},
		{"prisoners handed over are released", "Guards handed over 151 prisoners.", `"151" exact [151,151] prisoner released`},
		{"bodies handed over are returned", "The rebels handed over 14 bodies.", `"14" exact [14,14] body returned`},
		{"refugees who returned are not bodies returned", "About 50,000 refugees returned.", `"About 50,000" about [45000,55000] refugee displaced`},
		{"a swap's total", "The two sides exchanged 259 prisoners.", `"259" exact [259,259] prisoner exchanged`},
		{"an alliance's members are no count", "Fighters of the Front, an alliance of six insurgent factions, took the city.", ``},
		{"a group's are", "A group of 40 soldiers was ambushed.", `"40" exact [40,40] soldier ambushed`},
		{"land under water is flooded", "About 14,000 hectares of farmland were under water.", `"About 14,000" about [13300,14700] hectare flooded`},
		{"villages submerged are flooded", "Twenty-three villages were submerged.", `"Twenty-three" exact [23,23] village flooded`},
		{"residents ordered out were displaced", "About 14,000 residents have been ordered out of the suburbs.", `"About 14,000" about [13300,14700] person displaced`},
		{"an elliptic count takes the first half's noun", "The army said 13 gunmen had been killed and 22 captured.", `"13" exact [13,13] fighter killed | "22" exact [22,22] fighter captured`},
		{"patients moved out were evacuated", "About 120 patients had been moved out.", `"About 120" about [114,126] patient displaced`},
		{"people still waiting to leave are not displaced", "Roughly 11,000 remain registered for evacuation.", `"Roughly 11,000" about [10450,11550] waiting`},
		{"people still waiting", "About 8,500 people are still waiting on the quay.", `"About 8,500" about [8075,8925] person waiting`},
		{"the drowned are dead", "Two people drowned on Sunday.", `"Two" exact [2,2] person killed`},
		{"taken to a named hospital", "Seventeen people had been taken to the regional hospital.", `"Seventeen" exact [17,17] person hospitalised`},
		{"staff are employees", "Three of its staff had died.", `"Three" exact [3,3] employee killed`},
		{"taken to hospital still is", "Nine people were taken to hospital.", `"Nine" exact [9,9] person hospitalised`},
		{"a part of a whole and its participle", "Eleven of our people remain trapped.", `"Eleven" exact [11,11] person trapped`},
		{"a part of the whole named", "Two of the workers were electrocuted.", `"Two" exact [2,2] worker electrocuted part-of:-1`},
		{"a part of a whole does nothing yet", "Two of the workers stayed behind.", `"Two" exact [2,2] worker part-of:-1`},
		{"an active verb says what they did, no measure", "Up to 20 trucks waited at the border.", `"Up to 20" atMost [0,20] truck`},
		{"trucks that crossed entered", "Up to 20 trucks crossed the border.", `"Up to 20" atMost [0,20] truck entered`},
		{"trucks a day with their load between", "Officials said 85 trucks of food and medicine a day were on the road.", `"85" exact [85,85] truck per:day`},
		{"a rate after a verb of two words", "Between 80 and 90 trucks were still entering each day.", `"Between 80 and 90" range [80,90] truck entered per:day`},
		{"people who entered are not trucks", "At least 5,000 people entered the stadium.", `"At least 5,000" atLeast [5000,+Inf] person`},
		{"a perfect is active too", "The other 28 people have showed no symptoms.", `"28" exact [28,28] person part-of:-1`},
		{"a participle that reports is no measure", "Some 300 people were reported in the square.", `"Some 300" about [270,330] person`},
		{"a share of the vote", "Moreau won with 54% of the vote.", `"54%" exact [54,54] percent vote`},
		{"turnout", "The commission put turnout at 58%.", `"58%" exact [58,58] percent turnout`},
		{"homes without power", "About 250,000 homes were still without power.", `"About 250,000" about [237500,262500] house without power`},
		{"a ransom is a sum that counts", "The pirates demanded a ransom of $9 million.", `"$9 million" exact [9e+06,9e+06] dollar ransom`},
		{"a short scale before a currency's name", "They are demanding $9m (7.1m pounds).", `"$9m" exact [9e+06,9e+06] dollar | "7.1m" exact [7.1e+06,7.1e+06] pound`},
		{"a short scale alone is metres", "The wall is 7.1m high.", `"7.1m" exact [7.1,7.1] metre`},
		{"one pirate is one fighter", "One pirate was killed in the operation.", `"One" exact [1,1] fighter killed`},
		{"a crew counts as its members do", "The ship's 22 crew were freed.", `"22" exact [22,22] crew released`},
		{"the bodies of people exhumed are bodies", "Investigators have exhumed the bodies of 58 people.", `"58" exact [58,58] body bodies recovered`},
		{"the bodies of people recovered", "Teams have now recovered the bodies of 96 people.", `"96" exact [96,96] body bodies recovered`},
		{"recovering the bodies", "The dig ended after recovering the bodies of 131 people.", `"131" exact [131,131] body bodies recovered`},
		{"bodies found", "Police found six bodies in the cellar.", `"six" exact [6,6] body bodies recovered`},
		{"the bodies of people killed are a toll", "The bodies of 38 people killed in the crush were brought in.", `"38" exact [38,38] person killed`},
		{"the dead found are dead", "Three of the dead were found under the rubble.", `"Three" exact [3,3] killed part-of:-1`},
		{"people facing famine", "The UN says about 400,000 people in the highlands face famine.", `"about 400,000" about [360000,440000] person famine`},
		{"people in need of aid", "Some 2.1 million people are in need of humanitarian aid.", `"Some 2.1 million" about [1.995e+06,2.205e+06] person in need`},
		{"a share of a place's residents is of its population", "That is a quarter of the highlands' 1.5 million residents.", `"1.5 million" exact [1.5e+06,1.5e+06] person population`},
		{"a building's residents evacuated are no population", "The building's 40 residents were evacuated.", `"40" exact [40,40] person displaced`},
		{"people who left a place fled it", "About 4,000 people had left the city since Monday morning.", `"About 4,000" about [3600,4400] person displaced`},
		{"families seen leaving", "Hundreds of families were seen leaving the town by road.", `"Hundreds" range [200,999] family displaced`},
		{"carriages that left the track did not flee", "Five of its eight carriages left the track.", `"Five" exact [5,5] part-of:1 | "eight" exact [8,8]`},
		{"left injured is injured", "Twelve people were left injured by the blast.", `"Twelve" exact [12,12] person injured`},
		{"left homeless is displaced", "Some 4,000 were left homeless.", `"Some 4,000" about [3600,4400] displaced`},
		{"left behind did not leave", "About 200 people were left behind.", `"About 200" about [180,220] person stranded`},
		{"an order to leave home displaces", "About 2,000 residents were ordered to leave their homes.", `"About 2,000" about [1800,2200] person displaced`},
		{"an area a fire reached is burned", "The blaze now covers 3,000 hectares.", `"3,000" exact [3000,3000] hectare burned`},
		{"a fire named after the area", "Some 500 acres were lost to the wildfire.", `"Some 500" about [450,550] acre burned`},
		{"an area without a fire is not", "The farm spans 200 hectares.", `"200" exact [200,200] hectare`},
		{"a fire in the next sentence is not", "The farm spans 40 acres. A fire broke out.", `"40" exact [40,40] acre`},
		{"a range keeps its measure", "The toll rose from 12 to 17 killed.", `"12" exact [12,12] killed | "17" exact [17,17] killed`},
		{"containment", "The fire was 5% contained on Wednesday.", `"5%" exact [5,5] percent contained`},
		{"homes destroyed", "About 200 homes were destroyed.", `"About 200" about [180,220] house destroyed`},
		{"buildings damaged", "The storm damaged 40 buildings.", `"40" exact [40,40] building damaged`},
		{"crowd protested", "Around 25,000 people protested on Saturday.", `"Around 25,000" about [23750,26250] person participants`},
		{"crowd marched", "Tens of thousands of people marched through the capital.", `"Tens of thousands" range [20000,99999] person participants`},
		{"joined the march", "The union said 100,000 had joined the march.", `"100,000" exact [100000,100000] participants`},
		{"detained protesters are arrested", "Officers detained nine protesters.", `"nine" exact [9,9] protester arrested`},
		{"far count risen to, the clause running on past a verb", "The death toll from the collapse of a footbridge over the canal in Dremmel rose to 14 on Friday after rescuers were sent in.", `"14" exact [14,14] killed`},
		{"far count risen to", "The number of people killed in fighting around the old city of Orlo has risen to 71.", `"71" exact [71,71] person killed`},
		{"far count stands at", "The number of people displaced by the floods along the lower valley of the Tamsel now stands at 900.", `"900" exact [900,900] person displaced`},
		{"far count reached", "The number of people injured in the clashes near the northern gate of the old town reached 45.", `"45" exact [45,45] person injured`},
		{"far measure without a count verb", "People killed in fighting around the old city of Orlo were mourned by 71 villagers.", `"71" exact [71,71]`},
		{"magnitude", "A quake of magnitude 6.1 struck.", `"6.1" exact [6.1,6.1] magnitude`},
		{"magnitude hyphen", "A 6.1-magnitude quake struck.", `"6.1" exact [6.1,6.1] magnitude`},
		{"missing", "Thirty people are missing.", `"Thirty" exact [30,30] person missing`},
		{"another noun's participle after and the", "All four victims and the missing man belonged to the crew.", `"four" exact [4,4] person`},
		{"not accounted for is missing", "Up to 35 residents had not been accounted for.", `"Up to 35" atMost [0,35] person missing`},
		{"a running total brought on", "A further 960 people had left the town on 31 buses, bringing the total over two days to 2,100.", `"960" exact [960,960] person displaced | "31" exact [31,31] bus | "over two" moreThan (2,+Inf] day | "2,100" exact [2100,2100] person displaced`},
		{"carriers carrying people left", "Thirty-eight buses carrying 1,140 civilians left the town.", `"Thirty-eight" exact [38,38] bus | "1,140" exact [1140,1140] civilian displaced`},
		{"a ferry carrying people is no evacuation", "A ferry carrying 300 passengers sank near the island.", `"300" exact [300,300] person aboard`},
		{"adults are a part, not people", "Three children and two adults had died in hospital.", `"Three" exact [3,3] child killed | "two" exact [2,2] adult killed`},
		{"seamen are sailors", "Three seamen were pulled alive from a raft.", `"Three" exact [3,3] sailor rescued`},
		{"crew members freed", "The navy said it had freed six crew members.", `"six" exact [6,6] crew released`},
		{"arrested", "Police arrested 45 protesters.", `"45" exact [45,45] protester arrested`},
		{"took control of", "Rebels took control of 12 villages.", `"12" exact [12,12] village captured`},
		{"measure word in a name, a number of the name", "The port runs badly in Red Dead Redemption 2.", ``},
		{"measure word in a name after", "Sales of Dead Island 2 rose.", ``},
		{"capital after a stop is no name", "The storm passed. Dead were 14 people.", `"14" exact [14,14] person killed`},
		{"capitals are no name", "STORM LEAVES 14 DEAD", `"14" exact [14,14] person killed`},
		{"measure of the next figure", "There were 3,248 cases reported worldwide, including 584 deaths.", `"3,248" exact [3248,3248] cases | "584" exact [584,584] person killed part-of:0`},
		{"a participle inside an earlier figure's noun is that figure's", "The two infected travellers led to 46 of their close contacts being kept under observation.", `"two" exact [2,2] cases | "46" exact [46,46]`},
		{"a measure after an article is still the figure's", "They demanded a ransom of 40 million kora.", `"40 million" exact [4e+07,4e+07] ransom`},
		{"a number in a name", "Gunmen stormed Pumping Station 4 and kidnapped 12 workers.", `"12" exact [12,12] worker kidnapped`},
		{"a count revised to a figure", "The service revised the number of inmates who escaped from the jail to 267.", `"267" exact [267,267] prisoner escaped`},
		{"who remain on board are held", "That leaves 146 people on board the aircraft.", `"146" exact [146,146] person held`},
		{"who are still on board are held", "Some 86 passengers were still on board.", `"Some 86" about [81.7,90.3] person held`},
		{"oil that escapes is spilled", "No more than 700 tonnes of crude had escaped from the tank.", `"No more than 700" atMost [0,700] tonne spilled`},
		{"a spill after its size", "It is a 700-tonne spill.", `"700" exact [700,700] tonne spilled`},
		{"a leak is no measure before the figure", "The number of people killed by the leak has been revised to 11.", `"11" exact [11,11] person killed`},
		{"thousands set off by a space", "At least 5 000 tonnes of oil had leaked.", `"At least 5 000" atLeast [5000,+Inf] tonne spilled`},
		{"thousands set off twice", "Some 1 200 000 people fled.", `"Some 1 200 000" about [1.14e+06,1.26e+06] person displaced`},
		{"two figures of a table are not one", "Wilson 74 100% 1 tackle.", `"74" exact [74,74] | "1" exact [1,1]`},
		{"a date after the verb is no figure of it", "Eight staff members were killed on Tuesday 14 November.", `"Eight" exact [8,8] employee killed`},
		{"evacuees killed are dead", "Three evacuees were killed on Monday.", `"Three" exact [3,3] person killed`},
		{"a part's verb after the whole's noun is not the whole's", "The operator says two of four generating units damaged.", `"two" exact [2,2] damaged part-of:1 | "four" exact [4,4]`},
		{"a part's passive is not the whole's", "Police said 11 of the 17 workers had been freed.", `"11" exact [11,11] worker released part-of:1 | "17" exact [17,17] worker`},
		{"a participle phrase describes the whole", "Two of the five journalists reported missing on Saturday were found.", `"Two" exact [2,2] journalist missing part-of:1 | "five" exact [5,5] journalist missing`},
		{"a whole described by a participle keeps it", "Police said 11 of the 17 kidnapped workers had been freed.", `"11" exact [11,11] worker released part-of:1 | "17" exact [17,17] worker kidnapped`},
		{"people believed trapped", "More than 40 are believed to be trapped.", `"More than 40" moreThan (40,+Inf] trapped`},
		{"people pulled out alive", "Rescuers had pulled 19 people alive from the rubble.", `"19" exact [19,19] person rescued`},
		{"prisoners who flee escape", "More than 400 inmates fled the prison.", `"More than 400" moreThan (400,+Inf] prisoner escaped`},
		{"age after a name", "A jury convicted Webb, 51, of kidnapping.", ``},
		{"age in brackets", "The suspect (a man named Lund, 34) was held.", ``},
		{"a count after a comma is no age", "In Marsk, 51 people were killed.", `"51" exact [51,51] person killed`},
		{"lives right after", "The storm claimed 40 lives.", `"40" exact [40,40] person killed`},
		{"lives further on is no measure", "She saved 25 times her expenses and lives on little.", `"25" exact [25,25] time`},
		{"two measures", "14 people were killed and more than 3,000 displaced.", `"14" exact [14,14] person killed | "more than 3,000" moreThan (3000,+Inf] person displaced`},
		{"shared verb before", "It killed 14 people and injured 30.", `"14" exact [14,14] person killed | "30" exact [30,30] injured`},
		{"part including", "At least 17 people died, including four children.", `"At least 17" atLeast [17,+Inf] person killed | "four" exact [4,4] child killed part-of:0`},
		{"part including members", "The attack killed 75 people, including 37 members of the security forces.", `"75" exact [75,75] person killed | "37" exact [37,37] member killed part-of:0`},
		{"part of them", "Three helicopters came, two of them from abroad.", `"Three" exact [3,3] helicopter | "two" exact [2,2] helicopter part-of:0`},
		{"part of whom", "Forty people died, 12 of whom were children.", `"Forty" exact [40,40] person killed | "12" exact [12,12] child killed part-of:0`},
		{"part no whole", "Among the dead were 5 children.", `"5" exact [5,5] child killed part-of:-1`},
		{"year in", "The dam was built in 1998.", ``},
		{"year since", "It is the worst flood since 2011.", ``},
		{"year first time since", "They met for the first time since 2011.", ``},
		{"years between", "The war lasted between 2012 and 2016.", ``},
		{"year of", "The floods of 2019 were worse.", ``},
		{"year-like count", "About 2000 people marched.", `"About 2000" about [1800,2200] person participants`},
		{"bare year count with unit", "Police counted 2000 protesters.", `"2000" exact [2000,2000] protester`},
		{"ordinal", "It was the 21st attack and the third raid.", ``},
		{"time colon", "It began at 10:30 on Monday.", ``},
		{"time am", "The blast came at 9 a.m. and 10pm.", ``},
		{"iso date", "On 2024-11-27 the river rose.", ``},
		{"slash date", "On 27/11/2024 the river rose.", ``},
		{"month day", "On November 27, 2024, the river rose.", ``},
		{"day month", "On 27 November 2024 the river rose.", ``},
		{"abbrev month day", "On Nov. 27 the river rose.", ``},
		{"motorway code", "The M5 was closed.", ``},
		{"jet code", "An F-16 crashed.", ``},
		{"no dot label", "He spoke at No. 10 on Friday.", ``},
		{"resolution label", "Resolution 2254 was cited.", ``},
		{"pronoun one", "One of the few shops was open.", ``},
		{"one person", "One person was killed.", `"One" exact [1,1] person killed`},
		{"at least one", "At least one soldier died.", `"At least one" atLeast [1,+Inf] soldier killed`},
		{"fraction", "Two-thirds of the homes flooded.", ``},
		{"age", "Ana Pereira, 54, a teacher.", ``},
		{"estimated", "An estimated 300 people fled.", `"An estimated 300" about [270,330] person displaced`},
		{"currency code", "The budget is US$5 million.", `"US$5 million" exact [5e+06,5e+06] dollar`},
		{"not lowercase month", "Aid may 5 times exceed needs.", `"5" exact [5,5] time`},
		{"several hundred", "Several hundred people gathered.", `"Several hundred" range [300,900] person`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dumpAll(Find(tt.text))
			want := strings.ReplaceAll(tt.want, "+Inf]", "+Inf]")
			if got != want {
				t.Errorf("Find(%q) =\n  %s\nwant\n  %s", tt.text, got, want)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
		ok   bool
	}{
		{"integer", "412", 412, true},
		{"comma thousands", "10,700", 10700, true},
		{"comma millions", "1,234,567", 1234567, true},
		{"dot millions", "1.234.567", 1234567, true},
		{"decimal", "1.2", 1.2, true},
		{"comma decimal", "1,5", 1.5, true},
		{"dot three digits is decimal alone", "7.000", 7, true},
		{"both en", "1,234.5", 1234.5, true},
		{"both eu", "1.234,5", 1234.5, true},
		{"bad groups", "1,2,3", 0, false},
		{"bad group length", "12,34,567", 0, false},
		{"first group too long", "1234,567", 0, false},
		{"two decimals", "1.234,5,6", 0, false},
		{"empty", "", 0, false},
		{"sign", "-5", 0, false},
		{"letters", "5G", 0, false},
		{"trailing sep", "5,", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseNumber(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseNumber(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
		ok   bool
	}{
		{"one", "one", 1, true},
		{"ten", "Ten", 10, true},
		{"seven", "seven", 7, true},
		{"nineteen", "nineteen", 19, true},
		{"twenty-five", "twenty-five", 25, true},
		{"ninety nine", "ninety nine", 99, true},
		{"hundred", "hundred", 100, true},
		{"a hundred", "a hundred", 100, true},
		{"three hundred", "three hundred", 300, true},
		{"three hundred and six", "three hundred and six", 306, true},
		{"thousand compound", "two thousand five hundred", 2500, true},
		{"million", "one million", 1e6, true},
		{"billion", "four billion", 4e9, true},
		{"a dozen", "a dozen", 12, true},
		{"two dozen", "two dozen", 24, true},
		{"half a million", "half a million", 5e5, true},
		{"one and a half million", "one and a half million", 1.5e6, true},
		{"twenty thousand", "twenty thousand", 20000, true},
		{"ordinal", "third", 0, false},
		{"vague", "dozens", 0, false},
		{"two units", "one two", 0, false},
		{"two tens", "twenty thirty", 0, false},
		{"tens then teen", "twenty twelve", 0, false},
		{"article alone", "a", 0, false},
		{"half alone", "half", 0, false},
		{"trailing and", "two and", 0, false},
		{"empty", "", 0, false},
		{"hundred hundred", "hundred hundred", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseWords(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseWords(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// checkInvariants fails t when qs breaks Find's contract on text.
func checkInvariants(t *testing.T, text string, qs []Quantity) {
	prev := 0
	for i, q := range qs {
		if q.Start < prev || q.End <= q.Start || q.End > len(text) {
			t.Fatalf("Find(%q)[%d]: bad span [%d,%d) after %d", text, i, q.Start, q.End, prev)
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("Find(%q)[%d]: Text %q != text[%d:%d]", text, i, q.Text, q.Start, q.End)
		}
		if !(q.Low <= q.High) || math.IsNaN(q.Value) {
			t.Fatalf("Find(%q)[%d]: interval [%v,%v], value %v", text, i, q.Low, q.High, q.Value)
		}
		if q.Part && (q.Of >= i && q.Of != i+1 || q.Of < -1 || q.Of >= len(qs)) {
			// a part of an earlier figure, of none given, or of the
			// figure right after it ("31 of the 40 drones")
			t.Fatalf("Find(%q)[%d]: part of %d", text, i, q.Of)
		}
		prev = q.End
	}
}

func FuzzFind(f *testing.F) {
	f.Add("At least 75 people, including 37 members of the security forces, were killed.")
	f.Add("between 1.2 and 1.5 million; $2.5bn; 7.000 families; 10:30; No. 10; two-thirds; half a million")
	f.Add("Tens of thousands fled 20-30 km on 27/11/2024 at 9 a.m. US$5m 70 per cent")
	if b, err := os.ReadFile("../sentence/testdata/news.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Find(text))
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"10,700", "7.000", "1,234.5", "1.234,5", "1,5", "1,2,3", "0.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if !ok {
			return
		}
		if math.IsNaN(v) || v < 0 {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		for i := 0; i < len(s); i++ {
			if !isDigit(s[i]) && s[i] != ',' && s[i] != '.' {
				t.Fatalf("ParseNumber(%q) accepted byte %q", s, s[i])
			}
		}
	})
}
