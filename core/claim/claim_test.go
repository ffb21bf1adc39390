package claim

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/core/clean"
	"github.com/crosscheck/crosscheck/core/entity"
	"github.com/crosscheck/crosscheck/core/internal/tokens"
	"github.com/crosscheck/crosscheck/core/timex"
)

// doc builds a cleaned article from paragraphs (body, on input lines 1, 3,
// 5, ...; a paragraph starting with "## " is a heading) and mentions for
// every occurrence of the given names, each its own entity named by
// itself, so that the tests do not depend on package entity's linking.
func doc(paras []string, names ...string) Input {
	var d clean.Doc
	var b strings.Builder
	for i, p := range paras {
		role := clean.RoleBody
		if t, ok := strings.CutPrefix(p, "## "); ok {
			p, role = t, clean.RoleHeading
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(p)
		d.Paras = append(d.Paras, clean.Para{Start: start, End: b.Len(), Line: 2*i + 1, Role: role})
	}
	d.Text = b.String()
	return Input{Doc: d, Mentions: mentionsOf(d.Text, names), Date: timex.DateOf(2031, 5, 14)}
}

// mentionsOf returns a mention for each occurrence of each name in text,
// in text order.
func mentionsOf(text string, names []string) []entity.Mention {
	var ms []entity.Mention
	for off := 0; off < len(text); off++ {
		for _, n := range names {
			if strings.HasPrefix(text[off:], n) {
				ms = append(ms, entity.Mention{Start: off, End: off + len(n), Text: n, Entity: n})
				off += len(n) - 1
				break
			}
		}
	}
	return ms
}

// dump renders a claim on one line: kind, predicate, then the slots that
// are set.
func dump(c Claim) string {
	f := []string{string(c.Kind), string(c.Predicate)}
	add := func(k, v string) {
		if v != "" {
			f = append(f, k+"="+v)
		}
	}
	if c.Figure != nil {
		f = append(f, fmt.Sprintf("fig=%g/%s", c.Figure.Value, c.Figure.Bound))
	}
	if c.Clock != nil {
		f = append(f, fmt.Sprintf("clock=%d", c.Clock.Minute))
	}
	add("actor", c.Actor)
	add("obj", c.Object)
	add("place", c.Place)
	add("src", c.Source)
	add("speaker", c.Speaker)
	add("hedge", c.Hedge)
	if c.Negated {
		f = append(f, "neg")
	}
	add("scope", c.Scope)
	if c.Subset {
		f = append(f, "subset")
	}
	return strings.Join(f, " ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		names []string
		want  []string
	}{
		// --- predicate classes
		{"gain control", []string{"The Northern Front took control of Port Vella on Tuesday, the defence ministry said."},
			[]string{"Northern Front", "Port Vella"},
			[]string{"event gainControl actor=Northern Front obj=Port Vella src=defence ministry"}},
		{"who was among the dead is killed, not a killer", []string{"He said ESM leader Khalid Marrouni was among the gunmen killed."},
			[]string{"Khalid Marrouni"},
			[]string{"event kill obj=Khalid Marrouni"}},
		{"a distance that locates the place taken is no count", []string{"The rebels said they had taken control of the village of Gedda, 15 kilometres north of the ambush site."},
			[]string{"Gedda"},
			[]string{"event gainControl actor=rebels obj=Gedda src=rebels"}},
		{"a distance with no verb of its own is the claim", []string{"According to the monitor, the rebels are just ten kilometres from Marsk."},
			[]string{"Marsk"},
			[]string{"quantity other fig=10/exact src=monitor"}},
		{"a time before a pronoun that confirms is no speaker", []string{"The national police said on Sunday it had confirmed 26 deaths."},
			nil,
			[]string{"quantity kill fig=26/exact src=national police"}},
		{"a place opening the sentence with no comma", []string{"In Mirvask the number of dead had reached 12, local officials said."},
			[]string{"Mirvask"},
			[]string{"quantity kill fig=12/exact place=Mirvask src=local officials"}},
		{"a place ending the subject is where it happened", []string{"On Monday night, police in Hazrin detained 48 people at a rally."},
			[]string{"Hazrin"},
			[]string{"quantity capture fig=48/exact actor=police obj=48 people place=Hazrin"}},
		{"regain control", []string{"Government troops regained control of the town of Marsk after a week of fighting."},
			[]string{"Marsk"},
			[]string{"event gainControl actor=Government troops obj=Marsk"}},
		{"an operation's side ran it", []string{"The defence ministry says a counter-attack launched before dawn has retaken Marsk."},
			[]string{"Marsk"},
			[]string{"event gainControl actor=defence ministry obj=Marsk src=defence ministry"}},
		{"an operation nobody claims has no doer", []string{"The offensive captured Marsk on Friday."},
			[]string{"Marsk"},
			[]string{"event gainControl obj=Marsk"}},
		{"a relative clause before the verb", []string{"Government troops who advanced overnight recaptured Marsk."},
			[]string{"Marsk"},
			[]string{"event advance actor=Government troops obj=Marsk", "event gainControl actor=Government troops obj=Marsk"}},
		{"a restrictive relative before the verb", []string{"The monitoring group that tracks the conflict counted 71 fighters killed in Marsk."},
			[]string{"Marsk"},
			[]string{"quantity kill fig=71/exact actor=monitoring group place=Marsk src=monitoring group scope=total"}},
		{"a relative before put the toll at", []string{"The Marsk Prisoners' Rights Association, which put the death toll among guards at seven on Tuesday, said it stood by its figure."},
			[]string{"Marsk Prisoners' Rights Association"},
			[]string{"quantity kill fig=7/exact src=Marsk Prisoners' Rights Association subset"}},
		{"a possessive before put the toll at", []string{"Harrow County Sheriff Ana Velik on Monday put the county's death toll from the storms at 13."},
			[]string{"Harrow County", "Ana Velik"},
			[]string{"quantity kill fig=13/exact src=Ana Velik"}},
		{"a participle before by ends a speaker", []string{"Residents reached by telephone said 14 people were killed in Marsk."},
			[]string{"Marsk"},
			[]string{"quantity kill fig=14/exact obj=14 people place=Marsk src=Residents"}},
		{"a possessive makes a noun of a verb", []string{"Doctors at Marsk hospital said the town's last clinic had closed after 14 people were killed."},
			[]string{"Marsk"},
			[]string{"quantity kill fig=14/exact obj=14 people src=Doctors"}},
		{"a question asked is no fact", []string{"The spokesman would not say whether troops had lost Marsk."},
			[]string{"Marsk"},
			nil},
		{"a bare field is the field the article named", []string{"Gunmen stormed the Marsk oil field on Sunday.", "Engineers said the gunmen were still in control of the field on Monday."},
			[]string{"Marsk"},
			[]string{"event attack actor=Gunmen obj=Marsk", "event holdControl actor=gunmen obj=Marsk src=Engineers"}},
		{"a clinic run by a charity is no ground held", []string{"Six people were killed, said Leyla Osmani, the coordinator at the clinic, which is run by the charity Open Hands."},
			[]string{"Leyla Osmani", "Open Hands"},
			[]string{"quantity kill fig=6/exact obj=Six people src=Leyla Osmani"}},
		{"a town run by rebels is", []string{"The town of Marsk is run by the rebels, residents said."},
			[]string{"Marsk"},
			[]string{"event holdControl actor=rebels obj=town src=residents"}},
		{"an estimate after an adjective is a noun", []string{"The mayor gave a slightly higher estimate, telling reporters that 35 residents had been killed in Marsk."},
			[]string{"Marsk"},
			[]string{"quantity kill fig=35/exact obj=35 residents place=Marsk"}},
		{"a figure rejected", []string{"The operator said 700 tonnes of crude had escaped.", "The coast guard rejected a government figure of at least 5,000 tonnes."},
			nil,
			[]string{"quantity other fig=700/exact src=operator", "quantity other fig=5000/atLeast src=coast guard neg"}},
		{"a figure called exaggerated", []string{"The operator said 700 tonnes of crude had escaped. It called the agency's figure of 2,000 tonnes exaggerated."},
			nil,
			[]string{"quantity other fig=700/exact src=operator", "quantity other fig=2000/exact src=operator neg"}},
		{"a figure called a fabrication", []string{"The army said nine soldiers had been killed. “The figure of 20 soldiers killed given by the rebels is a fabrication,” the army said."},
			nil,
			[]string{"quantity kill fig=9/exact obj=nine soldiers src=army", "quantity kill fig=20/exact obj=given src=army neg"}},
		{"a figure not credible", []string{"“The figure of 212 escaped prisoners is simply not credible,” said the association."},
			nil,
			[]string{"quantity capture fig=212/exact src=association neg"}},
		{"one day's count alone", []string{"On Tuesday alone, 1,350 people were evacuated from Marsk, the mission said."},
			[]string{"Marsk"},
			[]string{"quantity displace fig=1350/exact src=mission scope=increment"}},
		{"that after a verb opens no relative", []string{"The governor told reporters that 21 people had died in Marsk."},
			[]string{"Marsk"},
			[]string{"quantity kill fig=21/exact place=Marsk src=governor"}},
		{"gain control passive", []string{"The border post of Kelt fell to the Northern Front late on Monday."},
			[]string{"Kelt", "Northern Front"},
			[]string{"event gainControl actor=Northern Front obj=border post"}},
		{"lose control", []string{"The Ostrian army lost control of the coastal road for the first time since 2019."},
			[]string{"Ostrian"},
			[]string{"event loseControl actor=Ostrian obj=coastal road"}},
		{"hold control", []string{"The militia still controls most of the valley and two river crossings."},
			nil,
			[]string{"quantity holdControl fig=2/exact actor=militia obj=most of the valley"}},
		{"hold control passive", []string{"The old quarter remains under the control of the Blue Brigades, residents said."},
			[]string{"Blue Brigades"},
			[]string{"event holdControl actor=Blue Brigades obj=old quarter src=residents"}},
		{"attack", []string{"Warplanes bombed the outskirts of Tarno overnight, witnesses told reporters."},
			[]string{"Tarno"},
			[]string{"event attack actor=Warplanes obj=Tarno src=witnesses"}},
		{"launch", []string{"The rebels launched on Thursday a large-scale offensive against the capital."},
			nil,
			[]string{"event launch actor=rebels"}},
		{"kill verb", []string{"An air strike killed at least 12 civilians in Dorva, the monitor said."},
			[]string{"Dorva"},
			[]string{"quantity kill fig=12/atLeast actor=air strike obj=at least 12 civilians place=Dorva src=monitor"}},
		{"injure", []string{"Police said 34 protesters were injured in the clashes."},
			nil,
			[]string{"quantity injure fig=34/exact obj=34 protesters src=Police"}},
		{"displace", []string{"More than 9,000 families have been displaced by the floods and fighting."},
			nil,
			[]string{"quantity displace fig=9000/moreThan actor=floods obj=More than 9,000 families"}},
		{"capture people", []string{"Security forces arrested 40 suspects during the raid on Friday."},
			nil,
			[]string{"quantity capture fig=40/exact actor=Security forces obj=40 suspects"}},
		{"retreat", []string{"Troops loyal to General Oran retreated from the hills without a fight."},
			[]string{"General Oran"},
			[]string{"event retreat actor=Troops loyal obj=hills"}},
		{"repel", []string{"The garrison repelled a night assault on the airport, its commander said."},
			nil,
			[]string{"event repel actor=garrison obj=night assault src=commander"}},
		{"advance", []string{"Columns of armoured vehicles advanced towards the northern suburbs."},
			nil,
			[]string{"event advance actor=Columns obj=northern suburbs"}},
		{"enter", []string{"Rebel fighters entered the city of Halm on Saturday morning."},
			[]string{"Halm"},
			[]string{"event enter actor=Rebel fighters obj=Halm"}},
		{"deploy", []string{"The ministry deployed reinforcements to the southern front."},
			nil,
			[]string{"event deploy actor=ministry"}},
		{"support", []string{"The Western alliance backed the transitional council in its talks with the army."},
			nil,
			[]string{"statement support actor=Western alliance obj=transitional council"}},
		{"call for", []string{"Four governments called on Monday in a joint statement for an immediate truce."},
			nil,
			[]string{"statement callFor actor=Four governments obj=immediate truce"}},
		{"urge", []string{"The envoy urged both sides to return to the negotiating table."},
			nil,
			[]string{"statement callFor actor=envoy obj=both sides"}},
		{"announce", []string{"The interior ministry announced a curfew across the eastern provinces."},
			nil,
			[]string{"statement announce actor=interior ministry obj=curfew"}},
		{"truce", []string{"The two parties agreed a ceasefire after six weeks of talks."},
			nil,
			[]string{"event truce actor=two parties"}},
		{"last", []string{"The siege of the port lasted four years between 2012 and 2016."},
			nil,
			[]string{"quantity last fig=4/exact actor=siege obj=four years"}},
		{"record since", []string{"The storm, the deadliest since 2009, left 14 dead along the coast."},
			nil,
			[]string{"quantity kill fig=14/exact actor=storm obj=along the coast", "event record actor=storm"}},
		{"record with noun", []string{"The raid on Kosk would be the biggest air operation since the 2019 truce."},
			[]string{"Kosk"},
			[]string{"event record obj=raid hedge=would be"}},
		{"record among", []string{"The floods, among the worst since 1998, cut the coastal road."},
			nil,
			[]string{"event record actor=floods"}},
		{"superlative without since is no record", []string{"Mira Sol is the largest city of the valley."},
			[]string{"Mira Sol"},
			nil},
		{"led by names the actor", []string{"The rebels led by the Northern Front control the river crossings."},
			[]string{"Northern Front"},
			[]string{"event holdControl actor=Northern Front obj=river crossings"}},
		{"backed by does not make the backer act", []string{"Militias backed by Ostria took the hill overnight."},
			[]string{"Ostria"},
			[]string{"event gainControl actor=Militias obj=hill"}},
		{"place after province of", []string{"Rebels seized the airport in the province of Tarsa on Monday."},
			[]string{"Tarsa"},
			[]string{"event gainControl actor=Rebels obj=airport place=Tarsa"}},
		{"dominant group by apposition", []string{"The Blue Brigades, the dominant armed group in the province of Tarsa, and two smaller militias began an offensive on Monday."},
			[]string{"Blue Brigades", "Tarsa"},
			[]string{"event holdControl actor=Blue Brigades obj=Tarsa", "event launch actor=Blue Brigades"}},
		{"main group after is", []string{"The Blue Brigades are the main rebel group in Tarsa, analysts say."},
			[]string{"Blue Brigades", "Tarsa"},
			[]string{"event holdControl actor=Blue Brigades obj=Tarsa src=analysts"}},
		{"largest group without in is no claim", []string{"The Blue Brigades are the largest faction of the coalition."},
			[]string{"Blue Brigades"},
			nil},
		{"participle after the object", []string{"Army units recaptured the coastal highway linking Tarsa to the port."},
			[]string{"Tarsa"},
			[]string{"event gainControl actor=Army units obj=coastal highway linking Tarsa"}},
		{"relative after the object", []string{"The militia controls a road that links Tarsa to the border."},
			[]string{"Tarsa"},
			[]string{"event holdControl actor=militia obj=road"}},
		{"adjective in -ing is not a participle", []string{"Rebels seized the surrounding hills of Tarsa overnight."},
			[]string{"Tarsa"},
			[]string{"event gainControl actor=Rebels obj=Tarsa"}},
		{"speech verb of another event is no source", []string{"The raid on Kosk was the biggest since the two governments announced a truce in 2019."},
			[]string{"Kosk"},
			[]string{"event record obj=raid", "event truce actor=two governments"}},
		{"according to after a time clause", []string{"These clashes, the worst since 2019, have caused 88 deaths according to the monitor."},
			nil,
			[]string{"quantity kill fig=88/exact actor=clashes src=monitor", "event record actor=clashes src=monitor"}},
		{"source after a time clause", []string{"The army took the bridge after heavy fighting, the minister said."},
			nil,
			[]string{"event gainControl actor=army obj=bridge src=minister"}},
		// --- hedges and negation
		{"hedge claimed to", []string{"The insurgents have also claimed to control a military airfield in the area."},
			nil,
			[]string{"event holdControl actor=insurgents obj=military airfield src=insurgents hedge=claimed to"}},
		{"hedge could rise", []string{"At least 51 people have been killed in the blast, although the toll could rise."},
			nil,
			[]string{"quantity kill fig=51/atLeast obj=At least 51 people hedge=could rise"}},
		{"hedge reportedly", []string{"The convoy was reportedly captured by the Northern Front near the pass."},
			[]string{"Northern Front"},
			[]string{"event gainControl actor=Northern Front obj=convoy hedge=reportedly"}},
		{"hedge month is no hedge", []string{"The rebels seized the dam in May after a long siege."},
			nil,
			[]string{"event gainControl actor=rebels obj=dam"}},
		// --- a control verb alone must name what is held
		{"took a place", []string{"The rebels took the town of Saren on Monday."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=Saren"}},
		{"took a site of a place", []string{"The rebels took the airport of Saren on Monday."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport place=Saren"}},
		{"a site before a place's name", []string{"The rebels took the international airport in the city of Saren."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport place=Saren"}},
		{"a site after a place's name", []string{"The rebels took Saren airport on Monday."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport place=Saren"}},
		{"a site named again takes its place", []string{"The rebels took the airport of Saren on Monday. The army said it still controlled the airport."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport place=Saren", "event holdControl actor=army obj=airport place=Saren src=army"}},
		{"a site placed in a sentence without a claim", []string{"Fighting raged around the airport of Saren on Friday. The rebels said they had taken the airport."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport place=Saren src=rebels"}},
		{"a site placed after a place's name", []string{"Fighting raged near Saren's airport. The rebels said they had taken the airport."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport place=Saren src=rebels"}},
		{"a site placed by a claim of another object", []string{"The army repelled an attack on its base near Saren. The base remained under army control."},
			[]string{"Saren"},
			[]string{"event repel actor=army obj=attack place=Saren", "event attack obj=base place=Saren", "event holdControl actor=army obj=base place=Saren"}},
		{"a word holding a site is no site", []string{"Shells hit the basement of Saren's hospital. The rebels took the airport."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=airport"}},
		{"an aftershock's magnitude has its scope", []string{"A magnitude 6.4 quake struck Saren. A magnitude 5.1 aftershock followed on Tuesday."},
			[]string{"Saren"},
			[]string{"quantity other fig=6.4/exact", "quantity other fig=5.1/exact scope=aftershock"}},
		{"freed hostages are a release, not a capture", []string{"The militia freed 25 hostages in Saren on Friday."},
			[]string{"Saren"},
			[]string{"quantity other fig=25/exact place=Saren"}},
		{"the start of an offensive is no launch", []string{"At least 210 people have been killed in Saren since the start of the offensive."},
			[]string{"Saren"},
			[]string{"quantity kill fig=210/atLeast obj=At least 210 people place=Saren"}},
		{"a site in a place is governed by in", []string{"The rebels took positions near the airport in Saren."},
			[]string{"Saren"},
			[]string{"event gainControl actor=rebels obj=positions place=Saren"}},
		{"took a territory noun", []string{"The rebels took the hilltop after dawn."},
			nil,
			[]string{"event gainControl actor=rebels obj=hilltop"}},
		{"took a history", []string{"Doctors took a meticulous history before they found the cause."},
			nil, nil},
		{"hold onto", []string{"Hold onto your feather pillows, the doctor told readers."},
			nil, nil},
		{"a share with no of is no ground", []string{"Critics said the firm kept taking all the new ideas from rivals."},
			nil, nil},
		{"a share of a place is ground", []string{"The rebels took most of the city on Friday."},
			nil,
			[]string{"event gainControl actor=rebels obj=most of the city"}},
		{"a lone verb that ends a line", []string{"Nothing is left of the land the rebels took"},
			nil, nil},
		{"a time before the speaker is no speaker", []string{"Two days after the army said the airport had been retaken, gunmen were still there."},
			nil,
			[]string{"event gainControl obj=airport src=army"}},
		{"occupying is holding", []string{"Gunmen were still occupying the airport on Friday."},
			nil,
			[]string{"event holdControl actor=Gunmen obj=airport"}},
		{"holding in the progressive", []string{"Gunmen were still holding the airport on Friday."},
			nil,
			[]string{"event holdControl actor=Gunmen obj=airport"}},
		{"a share of time is no ground", []string{"The talks occupied most of the evening."},
			nil, nil},
		{"a name describing the place noun is not the place", []string{"At least 23 people were killed in the Dravenian city of Orvesk, officials said."},
			[]string{"Dravenian", "Orvesk"},
			[]string{"quantity kill fig=23/atLeast obj=At least 23 people place=Orvesk src=officials"}},
		{"a count called propaganda is denied, by who calls it so", []string{"The army described the rebels' claim of 40 dead soldiers as pure propaganda."},
			nil,
			[]string{"quantity kill fig=40/exact src=army neg"}},
		{"the subject ends before its verb", []string{"The navy described the raid on Monday and denied that it had lost 12 sailors."},
			nil,
			[]string{"quantity loseControl fig=12/exact actor=navy obj=12 sailors src=navy neg"}},
		{"an attacker named in a possessive is not the place", []string{"At least five people were killed in Dravonia's overnight attack on Kelmar, officials said."},
			[]string{"Dravonia", "Kelmar"},
			[]string{"quantity kill fig=5/atLeast obj=At least five people src=officials", "event attack actor=Dravonia obj=Kelmar src=officials"}},
		{"a country that holds the place named after it is the place", []string{"At least five people were killed in Odura's Keleku State, officials said."},
			[]string{"Odura", "Keleku State"},
			[]string{"quantity kill fig=5/atLeast obj=At least five people place=Odura src=officials"}},
		{"where the wounded died is not the place", []string{"The toll rose to six after a man died of his injuries in Central Hospital, officials said."},
			[]string{"Central Hospital"},
			[]string{"quantity kill fig=6/exact src=officials"}},
		{"it is the body the sentence opens with", []string{"The prison service has revised the number of inmates who escaped from the jail to 267 after a full headcount, it said on Wednesday."},
			nil,
			[]string{"quantity other fig=267/exact src=prison service"}},
		{"a count in a claim called false is denied", []string{"The ministry said the gunmen's claim to have killed two guards was false."},
			nil,
			[]string{"quantity kill fig=2/exact actor=gunmen obj=two guards src=ministry hedge=claim to neg"}},
		{"a claim rejected is denied, by its claimant", []string{"A rebel spokeswoman rejected the government's claim to have taken the airport."},
			nil,
			[]string{"event gainControl actor=government obj=airport src=rebel spokeswoman hedge=claim to neg"}},
		{"a time between the speaker and the verb", []string{"Halvex, the operator, on Friday raised its estimate to 2,900 tonnes of crude spilled."},
			[]string{"Halvex"},
			[]string{"quantity other fig=2900/exact src=Halvex"}},
		{"a figure the sentence says it is not", []string{"Our aircraft have measured the slick, and it is not a 700-tonne spill."},
			nil,
			[]string{"quantity other fig=700/exact neg"}},
		{"speaks of attributes", []string{"The Maritime Guard raised its own estimate on Wednesday and now speaks of 3 400 tonnes."},
			[]string{"Maritime Guard"},
			[]string{"quantity other fig=3400/exact src=Maritime Guard"}},
		{"who gave a toll gave its count", []string{"On Monday night, police had given a toll of 10, one fewer than the governor's."},
			nil,
			[]string{"quantity kill fig=10/exact src=police"}},
		{"its own estimate is no speech", []string{"The Maritime Guard gave its own estimate of 3,400 tonnes on Wednesday."},
			[]string{"Maritime Guard"},
			[]string{"quantity other fig=3400/exact"}},
		{"what befell some of a fleet told before is a count", []string{"Nine of the trucks were destroyed, it said."},
			nil,
			[]string{"quantity other fig=9/exact"}},
		{"some of a people told before stay a part", []string{"About 9,000 of them arrived over the past week, the agency said."},
			nil,
			[]string{"quantity other fig=9000/about src=agency subset"}},
		{"a figure set against another, not", []string{"No more than four trucks were destroyed, not eleven as has been claimed, the army said."},
			nil,
			[]string{"quantity other fig=4/atMost src=army", "quantity other fig=11/exact src=army neg"}},
		{"a verb of saying inside a name says nothing", []string{"At least 47 people were killed when a strike hit a busy market in Tell Muradin, the Civil Defence Corps said."},
			[]string{"Tell Muradin", "Civil Defence Corps"},
			[]string{"quantity kill fig=47/atLeast obj=At least 47 people place=Tell Muradin src=Civil Defence Corps"}},
		{"saying goes on from the sentence's subject", []string{"The Defence Forces revised their account of the attack, saying 148 missiles had been launched."},
			[]string{"Defence Forces"},
			[]string{"quantity other fig=148/exact src=Defence Forces"}},
		{"saying after a denial is the denier's", []string{"The ministry rejected the prisoner figure as invented, saying fewer than 50 servicemen were missing."},
			nil,
			[]string{"quantity other fig=50/lessThan src=ministry"}},
		{"a count that reached a figure is no entry", []string{"The number of people killed in the shelling has reached 31, the ministry said."},
			nil,
			[]string{"quantity kill fig=31/exact src=ministry"}},
		{"a count that fell to a figure is no capture", []string{"By Sunday evening the toll had fallen to roughly 12, the utility said."},
			nil,
			[]string{"quantity kill fig=12/about src=utility"}},
		{"so far is no speaker", []string{"Damage teams had so far confirmed that more than 600 homes were destroyed."},
			nil,
			[]string{"quantity other fig=600/moreThan src=Damage teams"}},
		{"some of a whole who met another fate are a count", []string{"Police said 11 of the 17 kidnapped workers had been freed."},
			nil,
			[]string{"quantity other fig=11/exact obj=workers src=Police", "quantity capture fig=17/exact obj=workers src=Police"}},
		{"a participle's other fate is a count of its own", []string{"The state said 28 of the abducted pupils had since escaped."},
			nil,
			[]string{"quantity other fig=28/exact src=state"}},
		{"some of the wounded who died stay a part", []string{"The nurse said seven of the wounded died overnight."},
			nil,
			[]string{"quantity kill fig=7/exact src=nurse subset"}},
		{"a relative clause's verb is not the count's", []string{"Twenty-eight pupils who were abducted from the school have escaped, the state said."},
			nil,
			[]string{"quantity other fig=28/exact src=state", "event capture obj=Twenty-eight pupils src=state"}},
		{"a gerund of abduction", []string{"Gunmen stormed the school, killing two people and abducting at least 80 pupils, police said."},
			nil,
			[]string{"quantity kill fig=2/exact actor=Gunmen obj=two people src=police", "quantity capture fig=80/atLeast actor=Gunmen obj=at least 80 pupils src=police", "event attack actor=Gunmen obj=school src=police"}},
		{"a sentence that opens with its whole", []string{"Of those rescued, 11 were in serious condition, she said."},
			nil,
			[]string{"quantity other fig=11/exact subset"}},
		{"instructions to the reader", []string{"Take calls, control your music and activate Orla with the on-ear controls."},
			[]string{"Orla"}, nil},
		{"recovering alone", []string{"She has had no dizzy spells since recovering from the illness."},
			nil, nil},
		{"took time", []string{"The jury took just 15 minutes to reach its verdict."},
			nil, nil},
		{"relative clause keeps the object before", []string{"Marsk, which the rebels seized on Sunday, is without power."},
			[]string{"Marsk"},
			[]string{"event gainControl actor=rebels"}},
		{"a pronoun object", []string{"The army retook it on Friday."},
			nil,
			[]string{"event gainControl actor=army obj=it"}},
		{"a quoted object", []string{"The army captured \u201cthe last remaining areas under rebel control\u201d in the city."},
			nil,
			[]string{"event gainControl actor=army obj=last remaining areas"}},
		{"reached a place", []string{"Rebel units reached the outskirts of Marsk on Friday."},
			[]string{"Marsk"},
			[]string{"event enter actor=Rebel units obj=Marsk"}},
		{"reached a settlement", []string{"The company reached a settlement with the regulator last year."},
			nil, nil},
		{"a place the sentence opens with", []string{"In the port city of Velan, 15 people were detained, officials said."},
			[]string{"Velan"},
			[]string{"quantity capture fig=15/exact obj=15 people place=Velan src=officials"}},
		{"a place after an adjective and its noun", []string{"Police detained 15 people in the northern province of Velan."},
			[]string{"Velan"},
			[]string{"quantity capture fig=15/exact actor=Police obj=15 people place=Velan"}},
		{"a place after a verb of saying is the next clause's", []string{"Two miners died in the collapse and the inspectorate said the injured were treated in Velan."},
			[]string{"Velan"},
			[]string{"quantity kill fig=2/exact src=inspectorate"}},
		{"an opening phrase that is no place", []string{"In a statement, the army said 12 soldiers were killed."},
			nil,
			[]string{"quantity kill fig=12/exact obj=12 soldiers src=army"}},
		{"control as the subject of a copula is no claim", []string{"Analysts say control of the airport is critical for both sides."},
			nil, nil},
		{"recovered bodies are no control", []string{"Divers recovered 12 bodies from the lake on Monday."},
			nil,
			[]string{"quantity other fig=12/exact"}},
		{"last before a month or a day names a time", []string{"The partnership began last November and ended last Friday."},
			nil, nil},
		{"advanced as an adjective", []string{"The firm sells advanced content personalization to publishers."},
			nil, nil},
		{"advanced toward, a phrase", []string{"The army advanced toward the capital overnight."},
			nil,
			[]string{"event advance actor=army obj=capital"}},
		{"a verb inside a name", []string{"Fans of Attack on Titan queued outside the shop on Friday."},
			nil, nil},
		{"a song title", []string{"Teachers played \u201cWe\u2019re Not Gonna Take It\u201d on the steps of the capitol."},
			nil, nil},
		{"a capital opening the sentence is no name", []string{"Killed in the blast were 12 soldiers, the army said."},
			nil,
			[]string{"quantity kill fig=12/exact src=army"}},
		{"an elliptic figure has the place after it", []string{"The authority said 17 people had been killed in Tolvani and four in the village of Drusk."},
			[]string{"Tolvani", "Drusk"},
			[]string{"quantity kill fig=17/exact obj=17 people place=Tolvani src=authority", "quantity kill fig=4/exact obj=17 people place=Drusk src=authority"}},
		{"pulled out alive is no retreat", []string{"Officials said 41 people had been pulled out alive."},
			nil,
			[]string{"quantity other fig=41/exact src=Officials"}},
		{"a population takes no verb", []string{"Osmaria, a country of about 6.1 million people, has seen one coup attempt, in 1994, when 23 people were killed."},
			[]string{"Osmaria"},
			[]string{"quantity other fig=6.1e+06/about", "quantity kill fig=23/exact obj=23 people"}},
		{"a toll over several events", []string{"At least 21 people were killed in two landslides overnight, officials said."},
			nil,
			[]string{"quantity kill fig=21/atLeast obj=At least 21 people src=officials scope=several"}},
		{"a toll over several separate attacks", []string{"Gunmen killed 14 people in three separate attacks."},
			nil,
			[]string{"quantity kill fig=14/exact actor=Gunmen obj=14 people scope=several"}},
		{"a side's own attacks have a whole toll", []string{"The group has fought since 2019, and its attacks have killed more than 300 people."},
			nil,
			[]string{"quantity kill fig=300/moreThan actor=attacks obj=more than 300 people scope=total"}},
		{"a toll over days is one event's", []string{"At least 21 people were killed in two days of fighting."},
			nil,
			[]string{"quantity kill fig=21/atLeast obj=At least 21 people"}},
		{"places in a toll are not killed", []string{"At least 106 protesters in 21 cities have been killed, Amnesty said."},
			nil,
			[]string{"quantity kill fig=106/atLeast obj=At least 106 protesters src=Amnesty"}},
		{"a phrase needs no object test", []string{"The militia took control of the main square, witnesses said."},
			nil,
			[]string{"event gainControl actor=militia obj=main square src=witnesses"}},
		{"negated", []string{"The army did not withdraw from the border town, the spokesman insisted."},
			nil,
			[]string{"event retreat actor=army obj=border town src=spokesman neg"}},
		{"negated denial", []string{"The ministry denied that its troops had abandoned the bridge."},
			nil,
			[]string{"event loseControl actor=troops obj=bridge src=ministry neg"}},
		{"not only is no negation", []string{"The rebels not only captured the base but also its weapons depot."},
			nil,
			[]string{"event gainControl actor=rebels obj=base"}},
		// --- attribution
		{"according to", []string{"According to the Free Monitor, government forces seized 14 villages."},
			[]string{"Free Monitor"},
			[]string{"quantity gainControl fig=14/exact actor=government forces obj=14 villages src=Free Monitor"}},
		{"inverted said", []string{"The convoy reached the besieged town on Sunday, said Amal Deen."},
			[]string{"Amal Deen"},
			[]string{"event enter actor=convoy obj=besieged town src=Amal Deen"}},
		{"quote with speaker", []string{"“The rebels now control the whole northern district,” Amal Deen, a local official, told reporters."},
			[]string{"Amal Deen"},
			[]string{"quote holdControl actor=rebels obj=whole northern district src=Amal Deen"}},
		{"pronoun source", []string{"The report said that the army took the hill. It also said that the militia withdrew from the plain."},
			nil,
			[]string{"event gainControl actor=army obj=hill src=report", "event retreat actor=militia obj=plain src=report"}},
		{"apposition speaker", []string{"Amal Deen, a local official, said the rebels had entered the port."},
			[]string{"Amal Deen"},
			[]string{"event enter actor=rebels obj=port src=Amal Deen"}},
		{"explained that is not inverted", []string{"Colonel Bram Ostra, spokesman for the operation, explained that the rebel forces took two hills, he said."},
			[]string{"Bram Ostra"},
			[]string{"quantity gainControl fig=2/exact actor=rebel forces obj=two hills src=Bram Ostra"}},
		{"told names no speaker", []string{"The Blue Brigades hold the airport, the commander told reporters."},
			[]string{"Blue Brigades"},
			[]string{"event holdControl actor=Blue Brigades obj=airport src=commander"}},
		{"an estimated is no attribution", []string{"The storm killed an estimated 40 people in Varn."},
			[]string{"Varn"},
			[]string{"quantity kill fig=40/about actor=storm obj=estimated 40 people place=Varn"}},
		{"counted things do not speak", []string{"According to the Free Monitor, there were 310 raids reported last year, with 58 deaths."},
			[]string{"Free Monitor"},
			[]string{"quantity kill fig=58/exact src=Free Monitor"}},
		{"an infinitive says nothing yet", []string{"Floods killed 40 people in Varn, and the ministry declined to formally say how many were missing."},
			[]string{"Varn"},
			[]string{"quantity kill fig=40/exact actor=Floods obj=40 people place=Varn"}},
		{"added with an object is a gain", []string{"The storm killed 40 people in Varn, and the relief fund added $2 million in aid."},
			[]string{"Varn"},
			[]string{"quantity kill fig=40/exact actor=storm obj=40 people place=Varn"}},
		{"added with that still speaks", []string{"The storm killed 40 people in Varn, and the mayor added that more were missing."},
			[]string{"Varn"},
			[]string{"quantity kill fig=40/exact actor=storm obj=40 people place=Varn src=mayor"}},
		{"a body placed by an apposition speaks itself", []string{"The Kelmarian Observatory, a monitoring group based in Britain, said five children were killed."},
			[]string{"Kelmarian Observatory", "Britain"},
			[]string{"quantity kill fig=5/exact obj=five children src=Kelmarian Observatory"}},
		{"a body's title names its speaker", []string{"Farid Menkar, president of the Weavers Union, told reporters that 19 workers had died."},
			[]string{"Farid Menkar", "Weavers Union"},
			[]string{"quantity kill fig=19/exact src=Weavers Union speaker=Farid Menkar"}},
		{"a long apposition names its speaker", []string{"Bram Ostra, deputy head of the flood prevention and relief council, told reporters that 40 people were killed."},
			[]string{"Bram Ostra"},
			[]string{"quantity kill fig=40/exact obj=40 people src=Bram Ostra"}},
		{"a control room is no control", []string{"Engineers in the disease prevention and control centre have seen 12 cases."},
			nil, []string{"quantity other fig=12/exact"}},
		{"a separate vessel is another incident", []string{"A separate ferry on the northern route, carrying 210 passengers, was ordered back to port."},
			nil,
			[]string{"quantity other fig=210/exact scope=separate"}},
		{"an index that lost ground is a figure", []string{"The pan-European STOXX 600 index lost 0.36% on Friday."},
			[]string{"STOXX"},
			[]string{"quantity other fig=0.36/exact"}},
		{"taken into custody is an arrest", []string{"Police took 12 protesters into custody.", "Aurel Dravenko was taken into custody at his home."},
			[]string{"Aurel Dravenko"},
			[]string{"quantity capture fig=12/exact actor=Police obj=12 protesters", "event capture obj=Aurel Dravenko"}},
		{"a named town beside a count of villages", []string{"Rebels seized 11 villages on Thursday and took control of the town of Tel Qarash."},
			[]string{"Tel Qarash"},
			[]string{"quantity gainControl fig=11/exact actor=Rebels obj=11 villages", "event gainControl actor=Rebels obj=Tel Qarash"}},
		{"how often is no count", []string{"Many have been displaced two or three times.", "Prices rose four times in a year."},
			nil, []string{"event displace obj=Many"}},
		{"people taken in were sheltered, not captured", []string{"A second camp had taken in about 4,000 people by Monday."},
			nil,
			[]string{"quantity other fig=4000/about"}},
		{"a town lost", []string{"The army lost Tal Karash on Friday."},
			[]string{"Tal Karash"},
			[]string{"event loseControl actor=army obj=Tal Karash"}},
		{"a denied loss", []string{"The General Command denied losing Tal Karash."},
			[]string{"General Command", "Tal Karash"},
			[]string{"event loseControl actor=General Command obj=Tal Karash src=General Command neg"}},
		{"a game lost to a team is no ground", []string{"I like the fact that we lost to them, so we get another shot to play them."},
			nil, nil},
		{"a vote for control is no control", []string{"Voters in Marsk went to the polls for control of the state assembly."},
			[]string{"Marsk"}, nil},
		{"holding a primary is no hold", []string{"Voters in Marsk, which holds the first Northern primary of the decade, queued on Tuesday."},
			[]string{"Marsk", "Northern"}, nil},
		{"taking advantage is no taking", []string{"Traders took advantage of Marsk Bank and took a majority stake in Varn Shipping."},
			[]string{"Marsk Bank", "Varn Shipping"}, nil},
		{"a result noun is the nearer figure's, and officials in a place count them", []string{"Officials in Varn counted 26 cases and 11 deaths."},
			[]string{"Varn"},
			[]string{"quantity other fig=26/exact src=Officials", "quantity kill fig=11/exact src=Officials"}},
		{"reaching someone or new heights is no entering", []string{"Reporters reached Marsk Council by phone, and talks could reach new heights."},
			[]string{"Marsk Council"}, nil},
		{"a predicate after a preposition is a noun", []string{"Varn saw a spike in deaths and a vote for control of the council."},
			[]string{"Varn"}, nil},
		{"a gerund after a preposition is a verb", []string{"Rebel fighters were seen after seizing Varn on Monday."},
			[]string{"Varn"},
			[]string{"event gainControl actor=Rebel fighters obj=Varn"}},
		{"withdrawing savings is no retreat", []string{"Investors in Varn withdrew their savings, and the bill was withdrawn."},
			[]string{"Varn"}, nil},
		{"withdrawing fighters is a retreat", []string{"The Front withdrew its fighters on Monday."},
			nil,
			[]string{"event retreat actor=Front obj=fighters"}},
		{"an advertising campaign is no offensive", []string{"The governor of Varn launched the campaign on Monday, targeting voters."},
			[]string{"Varn"}, nil},
		{"a bombing campaign is an offensive", []string{"The air force launched a bombing campaign against Varn."},
			[]string{"Varn"},
			[]string{"event launch actor=air force"}},
		{"a counted passive does not speak", []string{"A spokeswoman, Amal Deen, said rescuers were still searching for at least six people reported missing."},
			[]string{"Amal Deen"},
			[]string{"quantity other fig=6/atLeast src=Amal Deen"}},
		{"each figure has its own speaker", []string{"The ministry put the toll at 27, while the brigade said 31 people had died, counting two fishermen."},
			nil,
			[]string{"quantity kill fig=27/exact src=ministry", "quantity kill fig=31/exact src=brigade", "quantity kill fig=2/exact src=brigade subset"}},
		{"added before a quotation still speaks", []string{"The storm killed 40 people in Varn, the mayor added “and more are missing”."},
			[]string{"Varn"},
			[]string{"quantity kill fig=40/exact actor=storm obj=40 people place=Varn src=mayor"}},
		{"an appositive holder holds where it is described", []string{"The Blue Brigades, the main armed group in the province of Tarsa, seized the bridge in Varn."},
			[]string{"Blue Brigades", "Tarsa", "Varn"},
			[]string{"event holdControl actor=Blue Brigades obj=Tarsa", "event gainControl actor=Blue Brigades obj=bridge place=Varn"}},
		{"participle is no attribution", []string{"Drones bombed three depots, with the government declaring victory."},
			nil,
			[]string{"quantity attack fig=3/exact actor=Drones obj=three depots"}},
		{"reported with a pronoun", []string{"The national army said on Thursday it had recaptured the town of Marsk."},
			[]string{"Marsk"},
			[]string{"event gainControl actor=national army obj=Marsk src=national army"}},
		{"reported with the speaker's own fighters", []string{"The Northern Front said its fighters had taken the bridge at Varn."},
			[]string{"Northern Front", "Varn"},
			[]string{"event gainControl actor=Northern Front obj=bridge place=Varn src=Northern Front"}},
		{"the own forces of an unnamed speaker are theirs", []string{"The ministry said its troops had taken the bridge at Varn."},
			[]string{"Varn"},
			[]string{"event gainControl actor=troops obj=bridge place=Varn src=ministry"}},
		{"a possessive without forces reports nothing", []string{"The Northern Front said its allies had taken the bridge at Varn."},
			[]string{"Northern Front", "Varn"},
			[]string{"event gainControl actor=allies obj=bridge place=Varn src=Northern Front"}},
		{"an adverb between speaker and verb", []string{"Rights groups have long said that 12 inmates were killed in the prison."},
			nil,
			[]string{"quantity kill fig=12/exact obj=12 inmates src=Rights groups"}},
		{"a figure says nothing", []string{"The union says seven guards were killed, not eight as the government has said."},
			nil,
			[]string{"quantity kill fig=7/exact obj=seven guards src=union", "quantity kill fig=8/exact obj=seven guards src=government"}},
		{"reported with that and they", []string{"Government forces said that they had taken the village of Kelt."},
			[]string{"Kelt"},
			[]string{"event gainControl actor=Government forces obj=Kelt src=Government forces"}},
		{"reported by a named speaker", []string{"The Northern Front said it had seized the bridge at Varn."},
			[]string{"Northern Front", "Varn"},
			[]string{"event gainControl actor=Northern Front obj=bridge place=Varn src=Northern Front"}},
		{"reported subject not a pronoun", []string{"The ministry said the Northern Front had seized the bridge at Varn."},
			[]string{"Northern Front", "Varn"},
			[]string{"event gainControl actor=Northern Front obj=bridge place=Varn src=ministry"}},
		{"victims are not the attackers", []string{"Three soldiers were killed in a drone attack on Sunday, the ministry said."},
			nil,
			[]string{"quantity kill fig=3/exact obj=Three soldiers src=ministry", "event attack src=ministry"}},
		{"victims of strikes with a demonym", []string{"Twelve fishermen died in Russian air strikes on the harbour of Varn."},
			[]string{"Varn"},
			[]string{"quantity kill fig=12/exact", "event attack obj=harbour place=Varn"}},
		{"demonym support is a noun", []string{"The council, with Turkish support, rebuilt the dam."}, nil, nil},
		{"a name before a verb is no modifier", []string{"A town like Varn demands repairs to the dam."},
			[]string{"Varn"},
			[]string{"statement callFor actor=town obj=repairs"}},
		{"fighters of a group act for it", []string{"Fighters of the Northern Front captured the village of Kelt on Monday."},
			[]string{"Northern Front", "Kelt"},
			[]string{"event gainControl actor=Northern Front obj=Kelt"}},
		{"people of a place do not act for it", []string{"Residents of Kelt seized the bridge on Monday."},
			[]string{"Kelt"},
			[]string{"event gainControl actor=Residents obj=bridge"}},
		{"participles take the main actor", []string{"Rebels shelled the town of Kelt overnight, killing five civilians and wounding nine."},
			[]string{"Kelt"},
			[]string{"quantity kill fig=5/exact actor=Rebels obj=five civilians", "quantity injure fig=9/exact actor=Rebels obj=nine", "event attack actor=Rebels obj=Kelt"}},
		{"a participle with no main predicate has no actor", []string{"A car bomb exploded in the market, killing at least eight people."},
			nil,
			[]string{"quantity kill fig=8/atLeast obj=at least eight people"}},
		{"a quake strikes without attacking", []string{"A magnitude 6.8 earthquake struck the north of Velm early on Tuesday."},
			[]string{"Velm"},
			[]string{"quantity other fig=6.8/exact"}},
		{"in control of is a state", []string{"Government troops remained in control of the town of Kelt."},
			[]string{"Kelt"},
			[]string{"event holdControl actor=Government troops obj=Kelt"}},
		{"known as names the actor", []string{"The militia known as the Northern Front claimed on Saturday to have captured the village of Kelt."},
			[]string{"Northern Front", "Kelt"},
			[]string{"event gainControl actor=Northern Front obj=Kelt src=Northern Front hedge=claimed on saturday to"}},
		{"who claims an attack made it", []string{"The Northern Front claimed responsibility for the attack on Kelt on Monday."},
			[]string{"Northern Front", "Kelt"},
			[]string{"event responsible actor=Northern Front", "event attack actor=Northern Front obj=Kelt src=Northern Front"}},
		// --- who is behind an attack
		{"a blame's object is the blamed", []string{"Police accused the Harmattan Front of the kidnapping."},
			[]string{"Harmattan Front"},
			[]string{"event blame actor=Police obj=Harmattan Front"}},
		{"a blame's object in words stops at of", []string{"She accused the coastguard of taking two hours to respond."},
			nil,
			[]string{"event blame actor=She obj=coastguard"}},
		{"blamed the attack on a party", []string{"Police blamed the attack on the Harmattan Front."},
			[]string{"Harmattan Front"},
			[]string{"event blame actor=Police obj=Harmattan Front"}},
		{"a denial of any role", []string{"The Harmattan Front denied any role in the killings."},
			[]string{"Harmattan Front"},
			[]string{"event responsible actor=Harmattan Front neg"}},
		{"a rejected accusation is a denial", []string{"The Harmattan Front rejected the accusation."},
			[]string{"Harmattan Front"},
			[]string{"event responsible actor=Harmattan Front neg"}},
		{"a denial then a blame: the blame is no denial", []string{"The Harmattan Front denied involvement and accused the army of lying."},
			[]string{"Harmattan Front"},
			[]string{"event responsible actor=Harmattan Front neg", "event blame actor=Harmattan Front obj=army src=Harmattan Front"}},
		{"no group claiming names no party", []string{"No group has claimed responsibility for the bombing."},
			nil,
			[]string{"event other actor=No group neg"}},
		{"a group named in apposition denies", []string{"A second faction, the Harmattan Front, denied any involvement."},
			[]string{"Harmattan Front"},
			[]string{"event responsible actor=Harmattan Front neg"}},
		{"its claim of responsibility is the group's", []string{"The Harmattan Front, as its name translates, repeated its claim of responsibility."},
			[]string{"Harmattan Front"},
			[]string{"event responsible actor=Harmattan Front"}},
		{"a place the sentence opens on claims nothing", []string{"In Kessel, the group claimed responsibility."},
			[]string{"Kessel"},
			[]string{"event responsible actor=group place=Kessel"}},
		{"a suspect accused of is no blame", []string{"The Harmattan Front, a group accused of kidnappings, met on Monday."},
			[]string{"Harmattan Front"},
			nil},
		{"a noun after to is no infinitive", []string{"The vote was the most serious challenge to government control of Kelt in a decade."},
			[]string{"Kelt"},
			nil},
		{"claimed with a time before to", []string{"The Northern Front claimed on Saturday to have captured the village of Kelt."},
			[]string{"Northern Front", "Kelt"},
			[]string{"event gainControl actor=Northern Front obj=Kelt src=Northern Front hedge=claimed on saturday to"}},
		{"relative antecedent", []string{"The fighting ended in victory for the government, which seized back the dam."},
			nil,
			[]string{"event gainControl actor=government obj=dam"}},
		{"participle opening", []string{"Backed by Ostria and Velm, the army has retaken most of the coast."},
			[]string{"Ostria", "Velm"},
			[]string{"event gainControl actor=army obj=most of the coast"}},
		{"coordinated subject", []string{"The Blue Brigades, the largest militia in the north, and other factions launched an offensive on Monday."},
			[]string{"Blue Brigades"},
			[]string{"event launch actor=Blue Brigades"}},
		// --- two facts, subsets
		{"two figures", []string{"The assault left 208 dead, mostly fighters from both sides, but also at least 19 civilians, the monitor said."},
			nil,
			[]string{"quantity kill fig=208/exact actor=assault src=monitor", "quantity kill fig=19/atLeast actor=assault src=monitor"}},
		{"the last of a group told before are a part", []string{"All of them had been killed, the last two in the final assault on the ninth floor."},
			nil,
			[]string{"quantity kill fig=2/exact obj=All subset"}},
		{"subset figure", []string{"At least 64 people have been killed, including 22 members of the police."},
			nil,
			[]string{"quantity kill fig=64/atLeast obj=At least 64 people", "quantity kill fig=22/exact obj=At least 64 people subset"}},
		{"a part before its whole is a subset", []string{"The air force said it shot down 31 of 40 drones."},
			nil,
			[]string{"quantity other fig=31/exact src=air force subset", "quantity other fig=40/exact src=air force"}},
		{"two classes", []string{"The militia seized the bridge and the army retreated from the valley."},
			nil,
			[]string{"event gainControl actor=militia obj=bridge", "event retreat actor=army obj=valley"}},
		{"a figure an earlier report gave gives way to the new one", []string{"The ministry, which had earlier given a toll of 16, said 17 people had died."},
			nil,
			[]string{"quantity kill fig=17/exact src=ministry"}},
		{"a revised toll drops the figure it revised", []string{"Police said 17 people were killed, revising the toll they had initially reported of 12."},
			nil,
			[]string{"quantity kill fig=17/exact obj=17 people src=Police"}},
		{"an earlier report's figure alone stays", []string{"Officials had initially reported 12 dead."},
			nil,
			[]string{"quantity kill fig=12/exact src=Officials"}},
		{"a speaker's adverb is not the speaker's", []string{"Police first said 12 people were dead."},
			nil,
			[]string{"quantity kill fig=12/exact src=Police"}},
		{"a relative clause between the speaker and the verb", []string{"Doctor Ilse Marr, who arrived in Kessel overnight, said 112 people had been injured."},
			[]string{"Ilse Marr", "Kessel"},
			[]string{"quantity injure fig=112/exact obj=112 people src=Ilse Marr"}},
		{"a pronoun speaks for the speaker of a sentence with no claim", []string{"The rebels' spokesman, Selim Ardaq, said the figures were invented. He said 40 men had been captured."},
			[]string{"Selim Ardaq"},
			[]string{"quantity capture fig=40/exact obj=40 men src=Selim Ardaq"}},
		{"an admission is said", []string{"The rebels' spokesman Selim Ardaq acknowledged that 40 men had been captured."},
			[]string{"Selim Ardaq"},
			[]string{"quantity capture fig=40/exact obj=40 men src=Selim Ardaq"}},
		{"admitted to hospital says nothing", []string{"Nine people were admitted to hospital, the ministry said."},
			nil,
			[]string{"quantity other fig=9/exact src=ministry"}},
		{"soldiers who surrendered", []string{"The ministry said 212 soldiers had surrendered."},
			nil,
			[]string{"quantity other fig=212/exact src=ministry"}},
		{"a denial's object is not its speaker", []string{"The party's leader, Ines Carva, denied the accusation, calling it a lie. She said 40 members had been arrested."},
			[]string{"Ines Carva"},
			[]string{"quantity capture fig=40/exact obj=40 members src=Ines Carva"}},
		{"a second speech verb shares the first's speaker", []string{"The spokesman, Igor Vedan, said on Friday that the strikes had hit military targets and repeated that 30 soldiers had been killed."},
			[]string{"Igor Vedan"},
			[]string{"quantity kill fig=30/exact obj=30 soldiers src=Igor Vedan"}},
		{"an inverted speaker before a time", []string{"Twelve people were killed in the town, confirmed the ministry on Sunday."},
			nil,
			[]string{"quantity kill fig=12/exact obj=Twelve people src=ministry"}},
		{"a figure after the speech verb is no inverted speaker", []string{"The mayor, who arrived overnight, said twelve people died."},
			nil,
			[]string{"quantity kill fig=12/exact src=mayor"}},
		{"who counted a figure gave it", []string{"The Courier counted 151 prisoners handed over by the guards."},
			[]string{"Courier"},
			[]string{"quantity other fig=151/exact src=Courier"}},
		{"a place that describes the source is not the source", []string{"According to a Vienna-based monitoring group, 131 rebel fighters were killed."},
			[]string{"Vienna"},
			[]string{"quantity kill fig=131/exact obj=131 rebel fighters src=Vienna-based monitoring group"}},
		{"the source named after a place that describes it", []string{"According to the Vienna-based Kessel Observatory, 40 rebel fighters were killed."},
			[]string{"Vienna", "Kessel Observatory"},
			[]string{"quantity kill fig=40/exact obj=40 rebel fighters src=Kessel Observatory"}},
		{"the second half of a passive has no doer", []string{"The army said 13 gunmen had been killed and 22 captured."},
			nil,
			[]string{"quantity kill fig=13/exact obj=13 gunmen src=army", "quantity capture fig=22/exact src=army"}},
		{"a body's own people count for it", []string{"The rights group said its researchers had counted 40 bodies in the village."},
			nil,
			[]string{"quantity other fig=40/exact src=rights group"}},
		{"residents in a named village speak, not the village", []string{"Residents in the village of Orsk said 12 people were killed."},
			[]string{"Orsk"},
			[]string{"quantity kill fig=12/exact obj=12 people src=Residents"}},
		{"a group working in a named port speaks, not the port", []string{"An aid group working in the port of Marovel says more than 50 people have been killed."},
			[]string{"Marovel"},
			[]string{"quantity kill fig=50/moreThan obj=more than 50 people src=aid group"}},
		{"a name in -ly is no adverb", []string{"Gen. Omar Taskarly said 40 soldiers had been killed."},
			[]string{"Omar Taskarly"},
			[]string{"quantity kill fig=40/exact obj=40 soldiers src=Omar Taskarly"}},
		{"people taken to a place are not taken", []string{"The evacuees were taken to the 27,000-seat stadium in Marsk."},
			[]string{"Marsk"},
			[]string{"quantity other fig=27000/exact"}},
		{"storming into a city enters it", []string{"Rebel fighters stormed into the city of Marsk on Saturday."},
			[]string{"Marsk"},
			[]string{"event enter actor=Rebel fighters obj=Marsk"}},
		{"a bare 'the town' is the town the article named", []string{"Rebels entered the town of Marsk on Monday.", "Government troops recaptured the town on Tuesday."},
			[]string{"Marsk"},
			[]string{"event enter actor=Rebels obj=Marsk", "event gainControl actor=Government troops obj=Marsk"}},
		{"a bare 'the city' with no city named stays", []string{"Rebels entered the town of Marsk on Monday.", "Government troops recaptured the city on Tuesday."},
			[]string{"Marsk"},
			[]string{"event enter actor=Rebels obj=Marsk", "event gainControl actor=Government troops obj=city"}},
		{"recovered control is a gain, not a hold", []string{"The army said on Monday that it had recovered control of Velmora."},
			[]string{"Velmora"},
			[]string{"event gainControl actor=army obj=Velmora src=army"}},
		{"assured speaks, in translated copy", []string{"The Sarvanian Army assured this Monday that it has recovered the total control of Velmora."},
			[]string{"Sarvanian Army", "Velmora"},
			[]string{"event gainControl actor=Sarvanian Army obj=Velmora src=Sarvanian Army"}},
		{"reconquered", []string{"The army reconquered Velmora on Monday."},
			[]string{"Velmora"},
			[]string{"event gainControl actor=army obj=Velmora"}},
		{"a day after since is no subject", []string{"The Observatory says clashes near Brastov since Monday night have killed nine soldiers."},
			[]string{"Brastov"},
			[]string{"quantity kill fig=9/exact actor=clashes obj=nine soldiers src=Observatory scope=total"}},
		{"a predicate in a part set off is the part's", []string{"About 1,800 civilians, among them 96 wounded, were evacuated on Thursday."},
			nil,
			[]string{"quantity displace fig=1800/about", "quantity injure fig=96/exact subset"}},
		{"who denied having lost a town is who lost it, or says not", []string{"The army denied having lost Orsk."},
			[]string{"Orsk"},
			[]string{"event loseControl actor=army obj=Orsk src=army neg"}},
		{"lost their lives is killed, not a loss of ground", []string{"Five aid workers lost their lives in the attack, the agency said."},
			nil,
			[]string{"quantity kill fig=5/exact src=agency"}},
		{"perished is died", []string{"The Ministry of Health affirmed, for its part, that 27 civilians have perished in the bombardments."},
			[]string{"Ministry of Health"},
			[]string{"quantity kill fig=27/exact src=Ministry of Health"}},
		{"a speaker set off by a describing apposition", []string{"The Kassarian Rights Observatory (KRO), a London-based monitor, said 182 people had been killed."},
			[]string{"Kassarian Rights Observatory"},
			[]string{"quantity kill fig=182/exact obj=182 people src=KRO"}},
		{"a speaker set off by an apposition that holds a list", []string{"The Teklo Civic Forum, a coalition of local churches, women's groups and farmers' associations, said that more than 60 people were abducted."},
			[]string{"Teklo Civic Forum"},
			[]string{"quantity capture fig=60/moreThan obj=more than 60 people src=Teklo Civic Forum"}},
		{"said so: so is what was said", []string{"The Front, which holds Kelmora, said so."},
			[]string{"Kelmora"},
			[]string{"event holdControl actor=Front obj=Kelmora src=Front"}},
		{"a count is no speaker", []string{"The health department reported that the number of young people who have reported using the drug was 3.8 percent."},
			nil,
			[]string{"quantity other fig=3.8/exact src=health department"}},
		{"a list of speakers is no apposition", []string{"The army, police and medics said 12 people were killed."},
			nil,
			[]string{"quantity kill fig=12/exact obj=12 people src=medics"}},
		{"a pronoun that says it did something is the doer, not the words up to the verb", []string{"It says it captured the town of Varnik on Monday."},
			[]string{"Varnik"},
			[]string{"event gainControl actor=it obj=Varnik"}},
		{"a time of day is when it happened, a deadline is not", []string{"The outage began at 4:20 p.m. local time, the grid operator said, and power was back by 9 p.m."},
			nil,
			[]string{"event at clock=980 src=grid operator"}},
		{"a speaker set off by a clause on whose work it is", []string{"The Varel Aid Society (VAS), whose volunteers drove the injured to clinics all night, said about 60 people had been hurt."},
			[]string{"Varel Aid Society"},
			[]string{"quantity injure fig=60/about obj=about 60 people src=VAS"}},
		{"a name inside the speaker's apposition is no speaker", []string{"The Border Monitoring Mission (BMM), an unarmed observer team deployed by the Regional Security Council, said four soldiers were killed."},
			[]string{"Border Monitoring Mission", "Regional Security Council"},
			[]string{"quantity kill fig=4/exact obj=four soldiers src=BMM"}},
		{"people who abandoned a city fled it", []string{"Some 25,000 people have abandoned the city in the last four days."},
			nil,
			[]string{"quantity displace fig=25000/about"}},
		{"soldiers who abandoned their posts did not flee as civilians do", []string{"Some 300 soldiers abandoned their posts."},
			nil,
			[]string{"quantity loseControl fig=300/about actor=Some 300 soldiers obj=posts"}},
		{"a speaker set off by an apposition with a relative clause", []string{"The Sarvania Conflict Monitor (SCM), a Vienna-based group that tracks the war through a network of sources, said 47 fighters had been killed."},
			[]string{"Sarvania Conflict Monitor"},
			[]string{"quantity kill fig=47/exact obj=47 fighters src=SCM"}},
		// --- scope
		{"a count since a siege's start is the siege's", []string{"More than 2,100 people have been killed since the beginning of the siege."},
			nil,
			[]string{"quantity kill fig=2100/moreThan obj=More than 2,100 people"}},
		{"a count since a strike's start is the strike's", []string{"The number of people arrested has risen to 37 since the start of the strike, police said."},
			nil,
			[]string{"quantity capture fig=37/exact src=police"}},
		{"a count since a war's start is the war's", []string{"More than 2,100 people have been killed since the start of the war."},
			nil,
			[]string{"quantity kill fig=2100/moreThan obj=More than 2,100 people scope=total"}},
		{"a separate strike named mid-sentence", []string{"Residents buried the victims of Tuesday's separate strike on a market, which killed 11 people."},
			nil,
			[]string{"quantity kill fig=11/exact actor=market obj=11 people scope=separate"}},
		{"there points at the place of the sentence before", []string{"Warplanes struck a crowded market in Pell on Tuesday. Volunteers said at least nine people died there."},
			[]string{"Pell"},
			[]string{"event attack actor=Warplanes obj=crowded market place=Pell", "quantity kill fig=9/atLeast place=Pell src=Volunteers"}},
		{"there were is no place", []string{"Warplanes struck a crowded market in Pell on Tuesday. Volunteers said there were at least nine dead."},
			[]string{"Pell"},
			[]string{"event attack actor=Warplanes obj=crowded market place=Pell", "quantity kill fig=9/atLeast src=Volunteers"}},
		{"a bound opens a passive's subject, not the speaker", []string{"The Relief Council said at least eight civilians were killed in the strike."},
			[]string{"Relief Council"},
			[]string{"quantity kill fig=8/atLeast obj=at least eight civilians src=Relief Council"}},
		{"a part set off in a reported subject", []string{"Ana Pell, head of the village council, said six civilians, including two children, were killed when a drone hit houses."},
			[]string{"Ana Pell"},
			[]string{"quantity kill fig=6/exact obj=six civilians src=Ana Pell", "quantity kill fig=2/exact obj=six civilians src=Ana Pell subset"}},
		{"a list of places taken", []string{"Rebels seized Marsk, Kelt and the airport of Varno on Monday."},
			[]string{"Marsk", "Kelt", "Varno"},
			[]string{"event gainControl actor=Rebels obj=Marsk", "event gainControl actor=Rebels obj=Kelt", "event gainControl actor=Rebels obj=airport place=Varno"}},
		{"a site and a place held: the site's town is not the place's", []string{"The mutineers still controlled Kessel airport and the Hallam Bridge at nightfall."},
			[]string{"Kessel", "Hallam Bridge"},
			[]string{"event holdControl actor=mutineers obj=airport place=Kessel", "event holdControl actor=mutineers obj=Hallam Bridge"}},
		{"a place taken near another is one claim", []string{"Rebels seized the village of Marsk near Kelt on Monday."},
			[]string{"Marsk", "Kelt"},
			[]string{"event gainControl actor=Rebels obj=Marsk place=Kelt"}},
		{"a station is a site, named before a word that qualifies it", []string{"Guards still controlled the Tel Ammar pumping station on Thursday."},
			[]string{"Tel Ammar"},
			[]string{"event holdControl actor=Guards obj=station place=Tel Ammar"}},
		{"a time after the object is not of it", []string{"Police arrested six people Monday in the capital."},
			nil,
			[]string{"quantity capture fig=6/exact actor=Police obj=six people"}},
		{"scope total war noun", []string{"The war, which drew in several neighbours, has left 210,000 dead."},
			nil,
			[]string{"quantity kill fig=210000/exact actor=war scope=total"}},
		{"scope total: killed in the war", []string{"More than 2,000 people have been killed in the conflict, a monitoring group estimates."},
			nil,
			[]string{"quantity kill fig=2000/moreThan obj=More than 2,000 people src=monitoring group scope=total"}},
		{"scope total since", []string{"Since March, more than 40,000 people have been displaced from the delta."},
			nil,
			[]string{"quantity displace fig=40000/moreThan obj=more than 40,000 people scope=total"}},
		{"since the start of a month is no total", []string{"Some 14,000 people have crossed at the bridge since the start of May, border police said."},
			nil,
			[]string{"quantity displace fig=14000/about src=border police"}},
		{"a total cue in a clause appended after the attribution is its own", []string{"Six people were still missing, the service said, and 71 people had been injured since the war began."},
			nil,
			[]string{"quantity other fig=6/exact src=service", "quantity injure fig=71/exact obj=71 people src=service scope=total"}},
		{"a bound like a preposition opens the reported subject", []string{"Officials said about 6,500 people had been displaced from the valley."},
			nil,
			[]string{"quantity displace fig=6500/about obj=about 6,500 people src=Officials"}},
		{"since the event's own start is no total", []string{"The health office said 90 cases had been logged since the first case was confirmed, and that four people had died."},
			nil,
			[]string{"quantity other fig=90/exact src=health office", "quantity kill fig=4/exact src=health office"}},
		{"since the craft sank is the event's own time", []string{"Since the Orla ferry capsized, the number of confirmed deaths has risen to 58, officials said."},
			nil,
			[]string{"quantity kill fig=58/exact src=officials"}},
		{"a sum of an event's count is no total over years", []string{"Eleven people were killed in total, the police chief said."},
			nil,
			[]string{"quantity kill fig=11/exact obj=Eleven people src=police chief"}},
		{"scope event", []string{"These clashes, the worst since 2019, have caused at least 88 deaths."},
			nil,
			[]string{"quantity kill fig=88/atLeast actor=clashes", "event record actor=clashes"}},
		{"scope total phrase", []string{"Some 3,000 fighters have been captured since the war began."},
			nil,
			[]string{"quantity capture fig=3000/about obj=Some 3,000 fighters scope=total"}},
		{"fighting that began on a weekday is no war", []string{"He said 14 soldiers had been killed since the fighting began on Tuesday."},
			nil,
			[]string{"quantity kill fig=14/exact obj=14 soldiers"}},
		{"scope total since a year after the figure", []string{"More than 1,300 people have died on the crossing since 2028, the agency said."},
			nil,
			[]string{"quantity kill fig=1300/moreThan src=agency scope=total"}},
		{"a since in another clause is no total", []string{"Two miners were killed in the collapse, according to the operator, which has run the mine since 2019."},
			nil,
			[]string{"quantity kill fig=2/exact obj=Two miners src=operator"}},
		{"deadliest since a year is no total", []string{"At least 14 people have died, the deadliest disaster since 2019."},
			nil,
			[]string{"quantity kill fig=14/atLeast", "event record"}},
		{"held since a year is the same people", []string{"Two hostages have been held captive since 2016."},
			nil,
			[]string{"quantity capture fig=2/exact"}},
		{"scope separate incident", []string{"Separately, three civilians were killed in an air strike on the village of Marovo."},
			[]string{"Marovo"},
			[]string{"quantity kill fig=3/exact obj=three civilians scope=separate"}},
		{"in a separate attack", []string{"In a separate attack, gunmen killed four police officers."},
			nil,
			[]string{"quantity kill fig=4/exact actor=gunmen obj=four police officers scope=separate"}},
		{"separately as a verb's adverb is no cue", []string{"Separately held talks ended after 12 people were killed."},
			nil,
			[]string{"quantity kill fig=12/exact obj=12 people"}},
		{"more on top of an earlier count", []string{"Rescuers recovered five more bodies on Monday."},
			nil,
			[]string{"quantity other fig=5/exact scope=increment"}},
		{"another on top of an earlier count", []string{"The storm hit the coast. Another 12 people died."},
			nil,
			[]string{"quantity kill fig=12/exact scope=increment"}},
		{"a further count of a measure not counted before adds to another's", []string{"The toll stood at 26, police said.", "A further 38 people were injured."},
			nil,
			[]string{"quantity kill fig=26/exact src=police", "quantity injure fig=38/exact obj=further 38 people"}},
		{"another count of a measure not counted before adds to another's", []string{"Five people were killed in the blast, police said.", "Another 38 people were injured."},
			nil,
			[]string{"quantity kill fig=5/exact obj=Five people src=police", "quantity injure fig=38/exact obj=Another 38 people"}},
		{"a further count of a measure counted before is on top of it", []string{"Divers recovered 12 bodies on Monday.", "A further nine bodies were recovered on Tuesday."},
			nil,
			[]string{"quantity other fig=12/exact", "quantity other fig=9/exact scope=increment"}},
		{"new cases", []string{"Officials reported 1,200 new cases on Monday."},
			nil,
			[]string{"quantity other fig=1200/exact src=Officials scope=increment"}},
		{"new homes are no increment", []string{"Builders finished 300 new homes in the valley."},
			nil,
			[]string{"quantity other fig=300/exact"}},
		{"a denied figure is no claim", []string{"More than 30 people could still be missing, not nine."},
			nil,
			[]string{"quantity other fig=30/moreThan hedge=could"}},
		{"a denied announced figure", []string{"The army freed 200 prisoners, not the 240 announced."},
			nil,
			[]string{"quantity other fig=200/exact"}},
		{"quoted as saying: the one quoted is the source", []string{"State radio quoted the interior ministry as saying 14 people had been killed."},
			nil,
			[]string{"quantity kill fig=14/exact obj=14 people src=interior ministry"}},
		{"a negated noun of another clause denies no count", []string{"The toll stood at 19 on Tuesday, with no further deaths reported overnight."},
			nil,
			[]string{"quantity kill fig=19/exact"}},
		{"a bound opening with not is the figure's", []string{"Not less than 20 people were killed."},
			nil,
			[]string{"quantity kill fig=20/atLeast"}},
		// --- purpose and headings
		{"purpose is no claim", []string{"The coalition began an assault on Wednesday to take the harbour."},
			nil,
			[]string{"event launch actor=coalition"}},
		{"the holder between under and control", []string{"Most of the city is now under rebel control."},
			nil,
			[]string{"event holdControl actor=rebel obj=Most"}},
		{"a named holder between under and control", []string{"The valley is under Tarvian control."},
			[]string{"Tarvian"},
			[]string{"event holdControl actor=Tarvian obj=valley"}},
		{"the holder between in and hands", []string{"The airport is in rebel hands, a commander said."},
			nil,
			[]string{"event holdControl actor=rebel obj=airport src=commander"}},
		{"raising the toll attributes it", []string{"The health ministry raised the overall death toll to at least 19, up from 11 on Saturday."},
			nil,
			[]string{"quantity kill fig=19/atLeast src=health ministry"}},
		{"a reported pronoun before a quotation", []string{"The government insisted it \u201cremains in full control of the capital\u201d."},
			nil,
			[]string{"quote holdControl actor=government obj=capital src=government"}},
		{"the holder in hands before another clause", []string{"The airport is in rebel hands and we will not give it back."},
			nil,
			[]string{"event holdControl actor=rebel obj=airport"}},
		{"in the hands of a named holder", []string{"The bridge remains in the hands of the Tarvian army."},
			[]string{"Tarvian army"},
			[]string{"event holdControl actor=Tarvian army obj=bridge"}},
		{"falling into hands is a gain", []string{"The harbour fell into rebel hands on Monday."},
			nil,
			[]string{"event gainControl actor=rebel obj=harbour"}},
		{"hands that hold no ground are no claim", []string{"The fate of the talks is in the hands of the president.", "Officials fear the weapons fell into the wrong hands."},
			nil, nil},
		{"coming under control is a gain", []string{"The districts came under full government control on Sunday."},
			nil,
			[]string{"event gainControl actor=government obj=districts"}},
		{"a capture of others leaves the base taken", []string{"Insurgents overran a military base on Tuesday, capturing 20 others."},
			nil,
			[]string{"quantity capture fig=20/exact actor=Insurgents obj=20 others", "event gainControl actor=Insurgents obj=military base"}},
		{"factual heading", []string{"## First time in a decade that the province is fully under army control", "The army entered the last rebel town on Monday."},
			nil,
			[]string{"event holdControl actor=army obj=province", "event enter actor=army obj=last rebel town"}},
		{"headline body line", []string{"Foreign support for the army", "The army entered the last rebel town on Monday."},
			nil,
			[]string{"event enter actor=army obj=last rebel town"}},
		{"headline with verb", []string{"Rebel fighters seized the northern airport overnight"},
			nil,
			[]string{"event gainControl actor=Rebel fighters obj=northern airport"}},
		{"describing phrase", []string{"Drones struck the harbour, which lies in a district under rebel control."},
			nil,
			[]string{"event attack actor=Drones obj=harbour"}},
		{"describing phrase alone", []string{"The valley, largely controlled by the militia, borders the sea."}, nil, nil},
		{"figure not an argument", []string{"The convoy reached the capital on Monday after three days on the road."},
			nil,
			[]string{"event enter actor=convoy obj=capital"}},
		{"figure list", []string{"The monitor said 300 soldiers, 45 tanks and other vehicles had entered the province."},
			nil,
			[]string{"quantity enter fig=300/exact actor=45 tanks obj=province src=monitor", "quantity enter fig=45/exact actor=45 tanks obj=province src=monitor"}},
		{"passive report is no source", []string{"Shelling killed two civilians, while looting has been reported in the suburbs."},
			nil,
			[]string{"quantity kill fig=2/exact actor=Shelling obj=two civilians"}},
		{"naming is no call", []string{"The army took the old barracks, which it called the key to the city for years."},
			nil,
			[]string{"event gainControl actor=army obj=old barracks"}},
		// --- not claims
		{"scene colour", []string{"The situation remains tense, with fears of further unrest in the days to come."}, nil, nil},
		{"history", []string{"The old town is one of the oldest inhabited places in the region."}, nil, nil},
		{"question", []string{"Who controls the northern districts now?"}, nil, nil},
		{"title case heading", []string{"## Rebels Take Control Of The Northern Districts"}, nil, nil},
		{"short heading", []string{"## Army retreats"}, nil, nil},
		{"hashtags", []string{"#rebels #take #control #city #war"}, nil, nil},
		{"took place", []string{"The talks took place in a hotel near the lake."}, nil, nil},
		{"year alone", []string{"The statue was built in 1871 by local craftsmen."}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := doc(tt.paras, tt.names...)
			var got []string
			for _, c := range Extract(in) {
				got = append(got, dump(c))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Extract(%q) =\n\t%s\nwant\n\t%s", tt.paras, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// TestLexiconFilter checks that the dictionary filter never rules out a
// word of the dictionary, and that the grammar sets reached it.
func TestLexiconFilter(t *testing.T) {
	l := lexicons()
	for w := range l.dict {
		if !l.inDict.May(w) {
			t.Errorf("inDict.May(%q) = false for a word of the dictionary", w)
		}
	}
	for _, tt := range []struct {
		w   string
		cls wordClass
	}{{"the", cDeterminer | cArticle}, {"of", cPreposition}, {"remains", cVerbish | cBeForm}, {"days", cTimeUnit}} {
		if e := l.dict[tt.w]; e == nil || e.cls&tt.cls != tt.cls {
			t.Errorf("dict[%q] lacks class %b", tt.w, tt.cls)
		}
	}
}

// TestExtractYears checks that the years ExtractYears gives are those
// timex.Years reads in the same text, whatever the article's date.
func TestExtractYears(t *testing.T) {
	in := fixtureInput(t, 1)
	in.Doc.Text += "\nIn March 2020, and since 2015, not 2000 people; on Nov. 27, 2024."
	for _, d := range []timex.Date{0, timex.DateOf(2024, 12, 1)} {
		in.Date = d
		claims, years := ExtractYears(in)
		if want := timex.Years(in.Doc.Text); !slices.Equal(years, want) {
			t.Errorf("ExtractYears years = %v, want %v (date %v)", years, want, d)
		}
		if want := Extract(in); !reflect.DeepEqual(claims, want) {
			t.Errorf("ExtractYears claims differ from Extract's (date %v)", d)
		}
	}
}

// TestWordTable checks the dictionary's hash table against the map it is
// built from.
func TestWordTable(t *testing.T) {
	l := lexicons()
	for w, e := range l.dict {
		if got, slot := l.table.get(w); got != e || l.table.vals[uint16(slot)] != e {
			t.Errorf("table.get(%q) = %p, slot %d, want %p", w, got, slot, e)
		}
	}
	for _, w := range []string{"zzz", "x", "armies-held", "élan"} {
		if got, _ := l.table.get(w); got != l.dict[w] {
			t.Errorf("table.get(%q) = %p, want %p", w, got, l.dict[w])
		}
	}
}

// TestNextIndexSeconds checks that no second word of an indexed phrase is
// ruled out by its index's bit set, which would lose predicates silently.
func TestNextIndexSeconds(t *testing.T) {
	for w, e := range lexicons().dict {
		for id, x := range e.next {
			if x == nil {
				continue
			}
			for second := range x.second {
				if b := secondBit(second); x.seconds[b/64]&(1<<(b%64)) == 0 {
					t.Errorf("%q (list %d): bit of second word %q not set", w, id, second)
				}
			}
		}
	}
}

// TestIsWordMark checks isWordMark's shortcut against isWordRune over the
// block it rules out without decoding, and a mark outside it.
func TestIsWordMark(t *testing.T) {
	for r := rune(0x2000); r <= 0x2040; r++ {
		s := string(r)
		if got, want := isWordMark(s, tokens.Token{End: len(s), Kind: tokens.Punct}), isWordRune(r); got != want {
			t.Errorf("isWordMark(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestLeadDatelineIsNoSubject checks that a claim of an article's first
// paragraph is read after the dateline clean marked (Para.Lead): the
// dateline's place is neither its actor nor part of its text.
func TestLeadDatelineIsNoSubject(t *testing.T) {
	const lead = "KESTRIN, March 3 (Northwire) - "
	in := doc([]string{lead + "The river militia took the village of Orlo on Monday, the council said."}, "KESTRIN", "river militia", "Orlo")
	in.Doc.Paras[0].Lead = len(lead)
	cs := Extract(in)
	if len(cs) != 1 {
		t.Fatalf("%d claims, want 1: %v", len(cs), cs)
	}
	if cs[0].Actor != "river militia" || cs[0].Start != len(lead) {
		t.Errorf("actor %q at %d, want %q at %d (after the dateline)", cs[0].Actor, cs[0].Start, "river militia", len(lead))
	}
}

// TestAimedAtAreNotTheDead checks that the people a volley was aimed at
// are not counted as the dead a later clause reports.
func TestAimedAtAreNotTheDead(t *testing.T) {
	in := doc([]string{"Police fired tear gas at thousands of protesters in Varn on Friday, and at least three people were killed."}, "Varn")
	var figs []string
	for _, c := range Extract(in) {
		if c.Predicate == Kill && c.Figure != nil {
			figs = append(figs, strconv.FormatFloat(c.Figure.Value, 'f', -1, 64))
		}
	}
	if strings.Join(figs, " ") != "3" {
		t.Errorf("kill figures = %v, want [3]: the thousands were fired at, not killed", figs)
	}
}

// TestEarlierFigureTime checks that the time of the figure a count rose
// from does not date the new count.
func TestEarlierFigureTime(t *testing.T) {
	tests := []struct{ text, time string }{
		{"The ministry raised the death toll to 19, up from 11 on Saturday.", ""},
		{"The toll rose to 19 from eleven on Saturday, the ministry said.", ""},
		{"The toll rose to 19 on Sunday from 11 on Saturday.", "Sunday"},
		{"Eleven people were killed on Saturday, the ministry said.", "Saturday"},
		{"Twelve people have died, Sollis said, a toll that matches the one published earlier on Monday.", ""},
		{"Twelve people have died, Sollis said, a toll that the agency confirmed on Monday.", ""},
		{"Twelve people have died, Sollis said on Monday, a toll that matches the agency's.", "Monday"},
		{"More than 60 people were wounded, the ministry said, adding that the bridge was hit on Tuesday.", ""},
		{"About 90 people were wounded, the ministry said, and three hospitals were hit on Tuesday.", ""},
		{"The ministry said 90 people were wounded, adding that three hospitals were hit on Tuesday.", ""},
		{"About 90 people were wounded on Monday, the ministry said, adding that hospitals were full.", "Monday"},
		{"About 90 people were wounded, and three were killed on Tuesday.", "Tuesday"},
		{"The ministry said 90 people were wounded, and warned of more strikes on Tuesday.", ""},
		{"Three people are missing under the debris of a building, which was built in 1964.", ""},
		{"The mayor, who was elected in 2029, said 12 people died.", ""},
		{"Twelve people died on Sunday in Orsk, which was shelled on Monday.", "Sunday"},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{tt.text}))
		if len(cs) == 0 {
			t.Errorf("Extract(%q): no claim", tt.text)
			continue
		}
		got := ""
		if cs[0].Time != nil {
			got = cs[0].Time.Text
		}
		if got != tt.time {
			t.Errorf("Extract(%q): time %q, want %q", tt.text, got, tt.time)
		}
	}
}

// TestTimeThen checks that "at the time" dates a sentence by the last
// calendar time before it, and nothing else does.
func TestTimeThen(t *testing.T) {
	tests := []struct {
		name string
		text []string
		time string
	}{
		{"at the time", []string{"In March 2029 the army retook Orsk.", "The army said at the time it had killed 1,150 fighters."}, "March 2029"},
		{"no time before", []string{"The army said at the time it had killed 1,150 fighters."}, ""},
		{"a time of its own", []string{"In March 2029 the army retook Orsk.", "The army said at the time that 40 soldiers were killed on Sunday."}, "Sunday"},
		{"'at the time of' is no back reference", []string{"In March 2029 the army retook Orsk.", "At the time of writing 40 soldiers had been killed."}, ""},
		{"no 'at the time'", []string{"In March 2029 the army retook Orsk.", "The army said it had killed 1,150 fighters."}, ""},
	}
	for _, tt := range tests {
		cs := Extract(doc(tt.text))
		if len(cs) == 0 {
			t.Errorf("%s: no claim", tt.name)
			continue
		}
		got, last := "", cs[len(cs)-1]
		if last.Time != nil {
			got = last.Time.Text
		}
		if got != tt.time {
			t.Errorf("%s: time of %q = %q, want %q", tt.name, last.Text, got, tt.time)
		}
	}
}

// TestTimeSaid checks that a time that dates a speech verb is marked as
// when the source spoke, and one that dates the event is not.
func TestTimeSaid(t *testing.T) {
	tests := []struct {
		text string
		said bool
	}{
		{"The outbreak has killed 31 people, the ministry said on Tuesday.", true},
		{"The outbreak has killed 31 people, the ministry said late on Tuesday.", true},
		{"The outbreak has killed 31 people, the governor told reporters on Tuesday.", true},
		{"The ministry said in a statement on Tuesday that 31 people had died.", true},
		{"The ministry said the strike on Tuesday killed 31 people.", false},
		{"Shelling killed 31 people on Tuesday, the ministry said.", false},
		{"District commissioner Amos Leketti on Tuesday raised the official toll to 38.", true},
		{"The ministry on Tuesday also said 31 people had died.", true},
		{"Fighting on Tuesday killed 31 people, the ministry said.", false},
		{"The Health Ministry on Monday raised the death toll from four days of riots in the capital to six.", true},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{tt.text}))
		if len(cs) == 0 || cs[0].Time == nil {
			t.Errorf("Extract(%q): no claim with a time", tt.text)
			continue
		}
		if cs[0].TimeSaid != tt.said {
			t.Errorf("Extract(%q): TimeSaid = %v, want %v", tt.text, cs[0].TimeSaid, tt.said)
		}
	}
}

// TestTitleNoTopic checks that a name that is part of the title of the
// person named after it ("Lakes Province Governor Halima Renzo") is not
// among the claim's entities, while the same name elsewhere is.
func TestTitleNoTopic(t *testing.T) {
	tests := []struct {
		name, text string
		role       string // the role the person's mention carries
		want       string // the claim's entities, joined
	}{
		{"a province in a governor's title", "Lakes Province Governor Halima Renzo put the death toll at 31.", "Governor", "Halima Renzo"},
		{"a title of two words", "Tarn Foreign Minister Ola Brand said 12 people were killed.", "Foreign Minister", "Ola Brand"},
		{"a comma keeps the place", "In Lakes Province, Governor Halima Renzo put the death toll at 31.", "Governor", "Lakes Province Halima Renzo"},
		{"no role, no title", "Lakes Province officials said 31 people were killed.", "", "Lakes Province"},
		{"the police of a place speak for it", "Lakes Province police said 31 people were killed.", "", ""},
		{"the outlet a source told", "Halima Renzo told the Harbour Wire that 31 people were killed.", "", "Halima Renzo"},
		{"the outlet a source tells", "Halima Renzo tells Harbour Wire 31 people were killed.", "", "Halima Renzo"},
		{"an outlet that reports is named", "Halima Renzo said Harbour Wire had reported 31 deaths.", "", "Halima Renzo Harbour Wire"},
		{"a town another is measured from", "In Tarn, a town 30 km north of Lakes Province, 31 people were killed.", "", "Tarn"},
		{"a name in a clause appended after the attribution", "31 people were wounded, Halima Renzo said, adding that Tarn had been hit.", "", "Halima Renzo"},
		{"a name in a clause appended to the speech", "Halima Renzo said 31 people were wounded, adding that Tarn had been hit.", "", "Halima Renzo"},
		{"a name the source goes on to accuse", "Halima Renzo said 31 people were wounded, and accused Tarn of lying.", "", "Halima Renzo"},
		{"a name of the same clause", "31 people were wounded in Tarn, Halima Renzo said, adding that it had been hit.", "", "Tarn Halima Renzo"},
		{"where the source spoke", "31 people were wounded, Halima Renzo said at a news conference in Tarn.", "", "Halima Renzo"},
		{"where the source spoke, before what it said, may be where it happened", "Halima Renzo told a press conference in Tarn that 31 people were wounded.", "", "Halima Renzo Tarn"},
		{"the capital where the source spoke", "Halima Renzo told a press conference in the capital, Tarn, that 31 people were wounded.", "", "Halima Renzo"},
		{"a source in the capital", "31 people were wounded in the clashes, according to a military source in the capital, Tarn.", "", ""},
		{"sources in a town may be where it happened", "Medical sources in Tarn said 31 people were wounded.", "", "Tarn"},
		{"who speaks after the verb", "31 people were wounded, said Harbour Wire reporter Halima Renzo.", "", ""},
		{"a clause after the attribution keeps its names", "31 people were wounded, Halima Renzo said, after a shell hit Tarn.", "", "Halima Renzo Tarn"},
		{"a town an event is measured from", "The ferry sank 40 nautical miles south of Lakes Province, killing 31 people.", "", "Lakes Province"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := doc([]string{tt.text}, "Lakes Province", "Tarn", "Halima Renzo", "Ola Brand", "Harbour Wire")
			for i := range in.Mentions {
				if in.Mentions[i].Text == "Halima Renzo" || in.Mentions[i].Text == "Ola Brand" {
					in.Mentions[i].Role = tt.role
				}
			}
			cs := Extract(in)
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tt.text)
			}
			if got := strings.Join(cs[0].Entities, " "); got != tt.want {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleOverlap checks that mentions a caller gives overlapping, a
// person's with a role among them, are read without a panic.
func TestTitleOverlap(t *testing.T) {
	in := doc([]string{"Lakes Province Governor Halima Renzo put the death toll at 31."})
	in.Mentions = []entity.Mention{
		{Start: 0, End: 30, Text: "Lakes Province Governor Halima", Entity: "e1"},
		{Start: 24, End: 36, Text: "Halima Renzo", Entity: "e2", Role: "Governor"},
	}
	if cs := Extract(in); len(cs) == 0 {
		t.Fatal("no claim")
	}
}

// TestTitledSpeakerSpeaksForBody checks that a speaker whose title
// follows a body's name ("NECO spokeswoman Ana Velikora") gives the body
// as the source and the person as its speaker, whether the name is
// titled before or after its body.
func TestTitledSpeakerSpeaksForBody(t *testing.T) {
	tests := []struct {
		name, text, role, src, speaker string
	}{
		{"body before the title", "Three villages were buried by ash, NECO spokeswoman Ana Velikora told reporters.", "spokeswoman", "NECO", "Ana Velikora"},
		{"a body after a quote", "“Three villages were buried,” NECO spokeswoman Ana Velikora told reporters.", "spokeswoman", "NECO", "Ana Velikora"},
		{"a governor speaks as herself", "Three villages were buried by ash, NECO governor Ana Velikora told reporters.", "governor", "Ana Velikora", ""},
		{"a sheriff speaks as herself", "Three villages were buried by ash, NECO sheriff Ana Velikora told reporters.", "sheriff", "Ana Velikora", ""},
		{"a body's bracketed acronym before the title", "Three villages were buried by ash, Civil Protection (NECO) spokeswoman Ana Velikora told reporters.", "spokeswoman", "NECO", "Ana Velikora"},
		{"a titled speaker alone", "Three villages were buried by ash, spokeswoman Ana Velikora told reporters.", "spokeswoman", "Ana Velikora", ""},
		{"a body before a comma is no speaker's", "Three villages were buried by ash near NECO, spokeswoman Ana Velikora told reporters.", "spokeswoman", "Ana Velikora", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := doc([]string{tt.text}, "NECO", "Ana Velikora")
			for i := range in.Mentions {
				if in.Mentions[i].Text == "Ana Velikora" {
					in.Mentions[i].Role = tt.role
				}
			}
			cs := Extract(in)
			if len(cs) == 0 {
				t.Fatalf("no claims")
			}
			if cs[0].Source != tt.src || cs[0].Speaker != tt.speaker {
				t.Errorf("source %q speaker %q, want %q and %q", cs[0].Source, cs[0].Speaker, tt.src, tt.speaker)
			}
		})
	}
}

// TestLongTitleAfterSaid checks that a speaker named after "said" behind
// a title of several words ("said Maj. Gen. Ravil Dostan", "said Minister
// of Oil Petar Solheim") is the source, not the title's first word.
func TestLongTitleAfterSaid(t *testing.T) {
	tests := []struct{ text, role string }{
		{"Nine militants were killed in the raid, said Maj. Gen. Ravil Dostan.", "Maj. Gen"},
		{"Nine militants were killed in the raid, said Minister of Oil Ravil Dostan.", "Minister of Oil"},
		{"Nine militants were killed in the raid, said Lieutenant General Ravil Dostan.", "Lieutenant General"},
	}
	for _, tt := range tests {
		in := doc([]string{tt.text}, "Ravil Dostan")
		for i := range in.Mentions {
			in.Mentions[i].Role = tt.role
		}
		cs := Extract(in)
		if len(cs) == 0 {
			t.Errorf("%q: no claims", tt.text)
			continue
		}
		if cs[0].Source != "Ravil Dostan" {
			t.Errorf("%q: source %q, want Ravil Dostan", tt.text, cs[0].Source)
		}
	}
}

// TestEstimateTakesMeasure checks that a figure an article calls an
// estimate, with a unit and no measure of its own, counts what the
// article last counted in that unit, and that a figure of the unit
// without such words does not.
func TestEstimateTakesMeasure(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // the measure of each figure, in order
	}{
		{"estimate of", []string{"The operator said 700 tonnes of crude had escaped.", "The coast guard maintained its estimate of 3,400 tonnes."}, []string{"spilled", "spilled"}},
		{"figure of", []string{"The operator said 700 tonnes of crude had escaped.", "The coast guard rejected a government figure of at least 5,000 tonnes."}, []string{"spilled", "spilled"}},
		{"a load is no estimate", []string{"The operator said 700 tonnes of crude had escaped.", "The tanker was carrying 86,000 tonnes of crude."}, []string{"spilled", ""}},
		{"an estimate that tells another thing", []string{"Officials said 11 people were killed.", "The agency stood by its estimate that about 48,000 people lived in the camp."}, []string{"killed", ""}},
		{"speaks of", []string{"The operator said 700 tonnes of crude had escaped.", "The coast guard raised its estimate and now speaks of 3 400 tonnes."}, []string{"spilled", "spilled"}},
		{"no earlier measure", []string{"The coast guard maintained its estimate of 3,400 tonnes."}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Extract(doc(tt.paras)) {
				if c.Figure != nil {
					got = append(got, c.Figure.Measure)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("measures %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNamedObjectIsAnEntity checks that a bare "the town" or "the field"
// that stands for a place the article named before brings that place
// into the claim's entities, which compare reads topics from.
func TestNamedObjectIsAnEntity(t *testing.T) {
	tests := [][]string{
		{"Gunmen stormed the Marsk oil field on Sunday.", "Engineers said the gunmen were still in control of the field on Monday."},
		{"Rebels entered the town of Marsk on Monday.", "Government troops recaptured the town on Tuesday."},
	}
	for _, paras := range tests {
		cs := Extract(doc(paras, "Marsk"))
		if len(cs) < 2 {
			t.Errorf("%q: %d claims, want 2", paras, len(cs))
			continue
		}
		if c := cs[len(cs)-1]; c.Object != "Marsk" || !slices.Contains(c.Entities, "Marsk") {
			t.Errorf("%q: object %q, entities %q; want Marsk in both", paras[1], c.Object, c.Entities)
		}
	}
}

// TestSpeakerDescriptionNoTopic checks that the names in a description of
// a speaker named after "said" ("said Dr. Leyla Osmani, the coordinator at
// the clinic run by Open Hands") are not what the claim is about, while
// a clause after "said," that is no description keeps its names.
func TestSpeakerDescriptionNoTopic(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Six people died in Marsk, said Leyla Osmani, the coordinator of Open Hands.", "Marsk"},
		{"Six people died in Marsk, said Leyla Osmani, who works for Open Hands.", "Marsk"},
		{"Six people died, the ministry said, after two more bodies were found in Marsk.", "Marsk"},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{tt.text}, "Marsk", "Leyla Osmani", "Open Hands"))
		if len(cs) == 0 {
			t.Errorf("%q: no claims", tt.text)
			continue
		}
		if got := strings.Join(cs[0].Entities, " "); got != tt.want {
			t.Errorf("%q: entities %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAgainst checks the count a disputing figure is set against by a
// difference, and that the difference makes no claim of its own.
func TestAgainst(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"Refugee leaders said that 17 people had died, four more than the figure given by the government.", 13},
		{"The sheriff put the death toll at 13, two more than the figure released by the state.", 11},
		{"The union said nine miners had died, two fewer than the toll given by the company.", 11},
		{"Doctors say at least 17 soldiers were killed, far more than the official figure.", 0},
		{"The governor said 121 pupils had been abducted, rejecting the police estimate of about 80.", 80},
		{"The mayor said 40 homes had burned, dismissing the agency's figure of 12.", 12},
		{"The ministry said five peacekeepers had died, not seven as the mission had announced.", 7},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{tt.text}))
		if len(cs) == 0 || cs[0].Figure == nil {
			t.Errorf("%q: %d claims, want a figure first", tt.text, len(cs))
			continue
		}
		if !cs[0].Disputes || cs[0].Against != tt.want {
			t.Errorf("%q: disputes %v against %g, want true and %g", tt.text, cs[0].Disputes, cs[0].Against, tt.want)
		}
	}
}

// TestSpeakerPlaceNoTopic checks that a name naming the body that speaks
// ("The Sel regional civil protection agency said", "The Sel resort
// said") is no topic.
func TestSpeakerPlaceNoTopic(t *testing.T) {
	for _, text := range []string{
		"The Sel regional civil protection agency said 200 people had been treated in Marsk.",
		"The Sel resort said 200 people had been treated in Marsk.", // the name inside the speaker's phrase
	} {
		cs := Extract(doc([]string{text}, "Sel", "Marsk"))
		if len(cs) == 0 {
			t.Fatalf("%q: no claims", text)
		}
		if got := strings.Join(cs[0].Entities, " "); got != "Marsk" {
			t.Errorf("%q: entities %q, want Marsk", text, got)
		}
	}
}

// TestSourceOfSecondVoice checks that a figure a second voice of the
// sentence gives is that voice's ("..., while the Evangelical Church of
// Upper Sarn said its priests had recorded at least 112 deaths"), the
// body named before "of" a place.
func TestSourceOfSecondVoice(t *testing.T) {
	cs := Extract(doc([]string{"Commissioner Amos Leketti put the toll at 51 on Wednesday, while the Evangelical Church of Upper Sarn said its priests had recorded at least 112 deaths."}, "Amos Leketti", "Evangelical Church", "Upper Sarn"))
	if len(cs) != 2 {
		t.Fatalf("%d claims, want 2", len(cs))
	}
	if cs[0].Source != "Amos Leketti" || cs[1].Source != "Evangelical Church" {
		t.Errorf("sources %q and %q, want Amos Leketti and Evangelical Church", cs[0].Source, cs[1].Source)
	}
}

// TestTitledPersonIsNoGround checks that a lone verb of ground acting on a
// person named with a title ("lost defenseman Matt Dumba") makes no claim
// of control, while the same verb acting on a place does.
func TestTitledPersonIsNoGround(t *testing.T) {
	in := doc([]string{"The Wild lost defenseman Matt Dumba to an injury.", "The army lost Tarvel on Friday."}, "Wild", "Matt Dumba", "Tarvel")
	for i := range in.Mentions {
		if in.Mentions[i].Text == "Matt Dumba" {
			in.Mentions[i].Role = "defenseman"
		}
	}
	var got []string
	for _, c := range Extract(in) {
		got = append(got, dump(c))
	}
	if want := "event loseControl actor=army obj=Tarvel"; strings.Join(got, "; ") != want {
		t.Errorf("claims %q, want %q", got, want)
	}
}

// TestSourcePlaceNoTopic checks that a place describing a source in
// apposition ("X, a monitoring group based in Britain, said") is not among
// the claim's entities: it says where the speaker sits, not where the dead
// were.
func TestSourcePlaceNoTopic(t *testing.T) {
	in := doc([]string{"The Kelmarian Observatory, a monitoring group based in Britain, said five children were killed in Harzan."}, "Kelmarian Observatory", "Britain", "Harzan")
	cs := Extract(in)
	if len(cs) == 0 {
		t.Fatal("no claims")
	}
	if got := strings.Join(cs[0].Entities, " "); got != "Kelmarian Observatory Harzan" {
		t.Errorf("entities %q, want %q", got, "Kelmarian Observatory Harzan")
	}
}

// TestConfirmerNoTopic checks that who confirms a count, by a second
// speech verb, is not what the count is about, while the first speaker,
// who may be the actor, stays.
func TestConfirmerNoTopic(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Courier counted 151 prisoners freed in Orsk, a tally the Red Cross, which oversaw the swap, confirmed.", "Courier Orsk"},
		{"The Courier counted 151 prisoners freed in Orsk, a tally the Red Cross confirmed.", "Courier Orsk"},
		{"The Red Cross said its teams had counted 151 prisoners freed in Orsk.", "Red Cross Orsk"},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{tt.text}, "Courier", "Red Cross", "Orsk"))
		if len(cs) == 0 {
			t.Errorf("%q: no claims", tt.text)
			continue
		}
		if got := strings.Join(cs[0].Entities, " "); got != tt.want {
			t.Errorf("%q: entities %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDisputes checks which figures their sentence sets against another
// source's count.
func TestDisputes(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"At least 87 people were killed, the league said, a far higher figure than the toll given by local authorities.", true},
		{"Doctors say at least 17 soldiers were killed, far more than the official figure.", true},
		{"A ministry official said 40 soldiers had been killed, a figure well below the monitor's estimate.", true},
		{"At least 17 miners are trapped, the union said, disputing the figure given by the operator.", true},
		{"Six people were killed, the mayor said, a higher toll than the one issued by the civil protection service.", true},
		{"The agency says 45,000 people have fled, nearly double its previous estimate.", false},
		{"Final turnout was 60.9 percent, slightly lower than the provisional figure.", false},
		{"The storm killed more than one person in each village, officials said.", false},
		{"At least 12 people were killed, more than in any attack this year.", false},
		{"Twelve people were killed, the ministry said.", false},
		{"No more than four trucks were destroyed, not eleven as has been claimed.", true},
		{"More than 30 people could still be missing, not nine.", true},
		{"Four trucks were destroyed, not counting the cars.", false},
		{"The foreign ministry confirmed that only one passenger had been killed.", true},
		{"The alliance says it lost only 19 fighters.", true},
		{"Only one passenger was killed in the crash.", false},
		{"More than 20,000 people have fled, the charity said, accusing the authorities of underestimating the scale.", true},
		{"The rebels said they had lost seven fighters and accused the army of inflating the figure.", true},
		{"The governor said 121 pupils had been abducted, rejecting the police estimate of about 80.", true},
		{"Nine people died, the party said, rejecting the government's figure as a lie.", false},
		{"Inflating prices hurt 40 firms, the chamber said.", false},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{tt.text}))
		if len(cs) == 0 || cs[0].Figure == nil {
			t.Errorf("Extract(%q): no figure claim", tt.text)
			continue
		}
		if cs[0].Disputes != tt.want {
			t.Errorf("Extract(%q): Disputes = %v, want %v", tt.text, cs[0].Disputes, tt.want)
		}
	}
}

// TestQuoteSpeakerLater checks that a quotation opened in one sentence
// and closed in the next is the speaker's named after it, in both.
func TestQuoteSpeakerLater(t *testing.T) {
	tests := []struct {
		name, text, src string
	}{
		{"curly quotes", "“We can confirm only three attackers killed. Those are the bodies our troops recovered,” Voigt said.", "Voigt"},
		{"straight quotes", `"Nine people died on the road. We are still counting," Voigt said.`, "Voigt"},
		{"a quote closed with no speaker after it", "“We can confirm only three attackers killed. Those are the bodies our troops recovered.” The talks went on.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Extract(doc([]string{tt.text}, "Voigt"))
			if len(cs) == 0 || cs[0].Figure == nil {
				t.Fatalf("claims %v, want a figure first", cs)
			}
			if cs[0].Source != tt.src {
				t.Errorf("source %q, want %q", cs[0].Source, tt.src)
			}
		})
	}
}

// TestCountOwner checks that a count told as someone's ("the ministry's
// own count rose to 36", "according to the ministry's count") has that
// someone for its source.
func TestCountOwner(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []string
		want       string
	}{
		{"a possessive count with no speech verb", "The health ministry's own count rose to 36 on Monday.", nil, "health ministry"},
		{"a named body's tally", "Haddar Casualty Watch's tally reached 41 on Tuesday.", []string{"Haddar Casualty Watch"}, "Haddar Casualty Watch"},
		{"according to a count", "According to the ministry's count, 45 people died.", nil, "ministry"},
		{"a count with no owner", "The count rose to 36 on Monday.", nil, ""},
		{"a participle before deaths is no attribution", "The number of confirmed deaths rose to 16, the regional governor said.", nil, "regional governor"},
	}
	for _, tt := range tests {
		cs := Extract(doc([]string{"Doctors said 27 people had been killed.", tt.text}, tt.ents...))
		if len(cs) != 2 {
			t.Errorf("%s: %d claims, want 2", tt.name, len(cs))
			continue
		}
		if cs[1].Source != tt.want {
			t.Errorf("%s: source %q, want %q", tt.name, cs[1].Source, tt.want)
		}
	}
}
