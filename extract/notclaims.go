package extract

import (
	"strings"

	"github.com/attrition-project/attrition"
)

// Figures that are not losses: measures, ages, unit numbers, money,
// stocks and deliveries of equipment, prisoner swaps, projections. A
// figure needs a category to be a claim at all; these rules catch the
// ones that have a category word nearby and still count something else.

// measureWords after a figure make it a measure.
var measureWords = map[string]bool{
	"days": true, "months": true, "years": true, "hours": true, "weeks": true, "minutes": true, "decades": true, "decade": true, "centuries": true,
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "square": true, "sq": true,
	"hectares": true, "metres": true, "meters": true, "tonnes": true, "tons": true, "kg": true,
	"litres": true, "liters": true, "barrels": true, "rounds": true, "shells": true, "km2": true,
	"km²": true, "mm": true, "percent": true, "per": false, "villages": true, "settlements": true,
	"towns": true, "sorties": true, "attacks": true, "strikes": true, "times": true, "points": true,
	"operations": true, "raids": true, "incidents": true, "clashes": true, "missions": true, "engagements": true,
	"airstrikes": true, "bombardments": true,
	"brigades": true, "regiments": true, "divisions": true, "battalions": true, "am": true, "pm": true,
	"years-old": true, "year-old": true, "degrees": true, "seconds": true, "feet": true,
}

// unitNoun reports a noun that counts formations, not people. A switch,
// not a map: unitsAfter asks it of the words after many figures, and a
// switch on the string costs a fraction of a map's hash.
func unitNoun(w string) bool {
	switch w {
	case "brigades", "regiments", "divisions", "battalions", "companies",
		"units", "formations", "groups", "squads", "platoons", "corps":
		return true
	}
	return false
}

// unitBefore words before a figure make it a label or an age.
var unitBefore = map[string]bool{
	"aged": true, "age": true, "ages": true, "brigade": true, "no": true, "number": true,
	"unit": true, "regiment": true, "division": true, "battalion": true, "corps": true,
	"article": true, "resolution": true, "page": true, "section": true, "route": true,
	"highway": true, "flight": true, "model": true, "grade": true, "level": true, "phase": true,
	"day": true, "week": true, "year": true, "chapter": true, "paragraph": true, "version": true,
	// "adds comment in paragraphs 5-6", "in paras 1-3".
	"paragraphs": true, "para": true, "paras": true, "graf": true, "grafs": true,
}

// stockWords near equipment figures make them stocks, output or aid.
var stockWords = map[string]bool{
	"produce": true, "produced": true, "produces": true, "producing": true, "production": true,
	"manufacture": true, "manufactured": true, "manufactures": true, "manufacturing": true,
	"build": true, "builds": true, "built": true, "building": true, "output": true,
	"stockpile": true, "stockpiles": true, "storage": true, "stored": true, "reserve": true,
	"reserves": true, "inventory": true, "delivered": true, "deliver": true, "delivery": true,
	"deliveries": true, "supplied": true, "supply": true, "supplies": true, "sent": true,
	"receives": true, "receiving": true,
	"send": true, "sending": true, "pledged": true, "pledge": true, "donated": true, "donate": true,
	"provided": true, "provide": true, "providing": true, "received": true, "receive": true,
	"ordered": true, "order": true, "orders": true, "purchase": true, "purchased": true,
	"bought": true, "buy": true, "promised": true, "refurbished": true, "refurbish": true,
	"possess": true, "possesses": true, "operates": true, "fielded": true, "fields": true,
	"deployed": true, "deploy": true, "deploying": true, "transferred": true, "transfer": true,
	"shipped": true, "arrived": true, "restored": true, "repaired": true, "modernised": true,
	"modernized": true, "launched": true, "fired": true, "upgraded": true, "reactivated": true,
	// A headline's present: "Hezbollah fires 50 rockets at Haifa".
	"fires": true, "launches": true,
	"mothballed": true, "inherited": true, "makes": true, "make": true, "assembled": true,
	"assembles": true, "acquired": true, "acquire": true, "procure": true, "procured": true,
	"requested": true, "approved": true, "package": true, "aid": true, "packages": true,
	// "Denmark has handed over 19 F-16 jets".
	"handed": true, "gifted": true,
	"stocks": true, "holdings": true, "fleet": true, "arsenal": true, "capacity": true,
	// Weapons spent, not lost: "used 5,214 kamikaze drones".
	"used": true, "using": true, "uses": true, "employed": true,
	"dropped": true, "dropping": true, "attacked": true, "targeted": true,
}

// strikeVerb reports a verb that, after a weapon, makes it the
// attacker's means. A switch, not a map: vetoed asks it of every
// equipment figure.
func strikeVerb(w string) bool {
	switch w {
	case "struck", "hit", "slammed", "landed", "exploded", "killed",
		"wounded", "injured", "targeted", "pounded", "rained", "strike",
		"hits", "strikes", "kill", "kills":
		return true
	}
	return false
}

// swapWords make prisoner figures exchanges, not captures.
var swapWords = map[string]bool{
	"exchange": true, "exchanged": true, "swap": true, "swapped": true, "returned": true,
	"released": true, "freed": true, "repatriated": true, "handed": true, "traded": true,
	"trade": true, "exchanges": true, "swaps": true, "return": true, "release": true,
	"releasing": true, "handing": true, "freeing": true, "exchanging": true, "swapping": true,
	// "rescued 164 kidnapped hostages": captives set free, not taken.
	"rescued": true, "rescuing": true, "rescue": true,
	"homecoming": true, "home": true, "recruited": true, "received": true,
	"pardoned": true, "enlisted": true, "recruit": true, "recruiting": true,
	// "4,000 prisoners escaped from Munzenze prison": inmates gone free.
	"escaped": true, "escape": true, "jailbreak": true,
}

// futureWords make a figure a projection.
var futureWords = map[string]bool{
	"will": true, "would": true, "expected": true, "projected": true, "projects": true,
	"forecast": true, "forecasts": true, "predicted": true, "predicts": true, "anticipated": true,
	"anticipates": true, "projection": true, "projections": true, "expects": true,
	"'ll": true, "shall": true, "going": true, "project": true, "predict": true, "expect": true,
}

// headcountWords make a personnel figure a force size: "deployed 50,000
// troops", "mobilised 300,000 men".
var headcountWords = map[string]bool{
	"deployed": true, "mobilised": true, "mobilized": true, "mobilisation": true, "mobilization": true,
	"recruited": true, "recruit": true, "recruits": true, "conscripted": true, "drafted": true,
	"enlisted": true, "stationed": true, "amassed": true, "massed": true, "strong": true,
	"signed": true, "population": true, "inhabitants": true, "refugees": true, "displaced": true,
	"fled": true, "evacuated": true, "evacuees": true, "asylum": true, "migrants": true,
	"idps": true, "homeless": true, "army": false, "numbering": true, "troops": false,
	"sent": true, "sending": true, "reinforcements": true, "deploy": true, "mobilise": true,
	"mobilize": true, "train": true, "trained": true, "training": true, "call-up": true,
	"called": true, "joined": true, "join": true, "serving": true, "serve": true, "serves": true,
	"fighting": false, "hunger": true, "famine": true, "starvation": false, "fleeing": true,
}

// disasterBefore reports a disaster named in the clause before a
// figure: "after the earthquake, which killed more than 3,700 people"
// counts the dead of a disaster, not of the war.
func disasterBefore(toks []token, s int) bool {
	// Up to the second figure of "which killed more than 3,700 people
	// and injured about 5,100"; an attack named between is the war's.
	for k := s - 1; k >= 0 && k >= s-16; k-- {
		if t := &toks[k]; vetoKinds.at(t)&vkDisaster != 0 {
			// "Since the earthquake, at least 68 civilians have been
			// killed in airstrikes": the disaster dates the figure.
			if b := word(toks, k-1); b == "the" || b == "last" {
				switch word(toks, k-2) {
				case "since", "after", "following", "before", "until":
					continue
				}
			}
			return true
		} else if w := t.w; w == "." || w == ";" || warAroundDisaster(w) {
			break
		}
	}
	return false
}

// disasterAfter reports a disaster that killed the people counted at
// the figure ending at e: "1,000 people are dead or missing after the
// floods", "killed in the earthquake". A disaster that only dates the
// figure ("killed in airstrikes since the earthquake"), or one after a
// word of war, is not.
func disasterAfter(toks []token, e int) bool {
	for k := 0; k < e && k < len(toks); k++ {
		if warAroundDisaster(toks[k].w) {
			return false
		}
	}
	for k := e; k < len(toks) && k < e+12; k++ {
		t := &toks[k]
		if vetoKinds.at(t)&vkDisaster != 0 {
			j := k - 1
			for j > e && (toks[j].w == "the" || toks[j].w == "a" || toks[j].upper || toks[j].k == tNum || toks[j].w == "deadly" || toks[j].w == "massive" || toks[j].w == "devastating") {
				j--
			}
			switch word(toks, j) {
			case "in", "after", "by", "from", "during", "following", "when":
				return true
			}
			return false
		}
		if t.k == tNum || warAroundDisaster(t.w) {
			return false
		}
		switch t.w {
		case ".", ";", ",", "since", "before", "until":
			return false
		}
	}
	return false
}

// warAroundDisaster names the war's deeds that a disaster word near a
// figure does not outweigh.
func warAroundDisaster(w string) bool {
	switch w {
	case "war", "strike", "strikes", "fighting", "attack", "attacks", "shelling", "airstrikes", "airstrike", "bombardment", "clashes", "shelled", "bombed":
		return true
	}
	return false
}

// disasterWords name what kills outside war.
var disasterWords = map[string]bool{
	"earthquake": true, "quake": true, "earthquakes": true, "flood": true, "floods": true, "flooding": true,
	"cyclone": true, "hurricane": true, "typhoon": true, "tsunami": true, "landslide": true, "landslides": true,
	"epidemic": true, "cholera": true, "wildfire": true, "wildfires": true,
	"heatwave": true, "blizzard": true, "avalanche": true, "tornado": true,
	"mudslide": true, "mudslides": true, "eruption": true,
}

// Kinds of veto word (vetoKinds). vetoed tests these bits on a token
// where it would hash the word into each list in turn.
const (
	vkFuture    uint8 = 1 << iota // futureWords
	vkStock                       // stockWords
	vkSwap                        // swapWords
	vkHeadcount                   // headcountWords
	vkDisaster                    // disasterWords
	vkBound                       // boundVerbs
	vkDetain                      // detainWords
)

// boundVerbs name a bound a count may pass: "could reach 1,000".
var boundVerbs = []string{"reach", "top", "hit", "rise", "climb", "lose", "suffer", "sustain", "cost", "claim", "kill"}

// detainWords after a figure make it a count of detainees.
var detainWords = []string{"detention", "detained", "arrested", "jailed", "imprisoned"}

// vetoKinds holds the kinds of each veto word by lexicon id; the lexicon
// holds every key (buildLexicon).
var vetoKinds = func() lexIndex[uint8] {
	m := map[string]uint8{}
	for _, l := range []struct {
		set  map[string]bool
		kind uint8
	}{{futureWords, vkFuture}, {stockWords, vkStock}, {swapWords, vkSwap}, {headcountWords, vkHeadcount}, {disasterWords, vkDisaster}} {
		for w, ok := range l.set {
			if ok {
				m[w] |= l.kind
			}
		}
	}
	for _, w := range boundVerbs {
		m[w] |= vkBound
	}
	for _, w := range detainWords {
		m[w] |= vkDetain
	}
	return newLexIndex(m)
}()

// displacedAfter reports a clause after a figure at e that says its
// people were driven out or went to war, not killed or hurt.
func displacedAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+9; k++ {
		// A word of none of the cases below goes on (clsVetoWalk).
		if toks[k].k == tWord && toks[k].cls&clsVetoWalk == 0 {
			continue
		}
		// ("killed 150,000 people and 12 million have fled their
		// homes": another figure's people fled.)
		if k > e && toks[k].k == tNum {
			return false
		}
		switch toks[k].w {
		case ",", ";", ".", ":":
			return false
		case "homes", "home":
			if word(toks, k-1) == "their" {
				switch word(toks, k-2) {
				case "from", "fled", "left", "flee", "leave", "abandoned", "out":
					return true
				}
			}
		case "front":
			// "well over a hundred men have gone to the front".
			if word(toks, k-1) == "the" && word(toks, k-2) == "to" {
				switch word(toks, k-3) {
				case "gone", "went", "go", "sent", "headed", "left":
					return true
				}
			}
		case "displaced", "uprooted":
			switch word(toks, k-1) {
			case "been", "were", "are", "was", "is", "internally":
				return true
			}
		}
	}
	return false
}

// residentsAfter reports people who live, shelter or stay somewhere
// after the figure ending at e: "Gaza, where 1.9 million people are
// sheltering in tents", "Sumy, where 20,000 people still live".
func residentsAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+5; k++ {
		switch toks[k].w {
		case "people", "residents", "civilians", "inhabitants", "still", "now", "currently", "are", "were", "have", "had",
			"been", "who", "remain", "remained", "remaining":
			if w := toks[k].w; (w == "remain" || w == "remained" || w == "remaining") && k > e {
				switch word(toks, k+1) {
				case "in", "inside", "there", "behind":
					return true
				}
				return false
			}
			continue
		case "live", "lived", "living", "shelter", "sheltering", "sheltered", "reside", "resided", "residing",
			"inhabit", "crammed", "packed", "squeezed", "crowded", "stay", "stayed", "staying":
			// ("750 people sheltering in schools have been killed": the
			// clause's verb is a loss.)
			return k > e && !lossInClause(toks, k+1, k+10)
		}
		return false
	}
	return false
}

// sinceClauseVerb reports a verb at k inside a clause of time: "lost
// three F-16 jets since they arrived in August 2024".
func sinceClauseVerb(toks []token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		switch toks[m].w {
		case "since", "after", "until":
			return true
		}
		if toks[m].k != tWord {
			return false
		}
	}
	return false
}

// headcountAt reports a figure of people present: after "had", "has",
// "with", "treats" and the like, or after "a village of", with no verb
// of loss in the clause after the people.
func headcountAt(toks []token, q *quantity) bool {
	k := q.s - 1
	// (Not after a verb of rising read as the bound: "have exceeded
	// 53,000 servicemen".)
	if k < 1 || q.s < q.first.s && q.bound != "" && q.bound != attrition.BoundPoint {
		return false
	}
	switch toks[k].w {
	case "had", "has", "have", "housed", "houses", "hosts", "hosted", "treats", "serves", "served", "held", "holds", "shelters", "sheltered", "employs", "employed":
	case "of":
		if !placeNoun(toks[k-1].w) || word(toks, k-2) != "a" && word(toks, k-2) != "the" {
			return false
		}
	default:
		return false
	}
	// The people right after the figure, then no loss in their clause.
	p := q.e
	if p >= len(toks) || toks[p].cls&clsPerson == 0 {
		return false
	}
	for m := p + 1; m < len(toks) && m < p+8; m++ {
		if toks[m].k == tPunct && toks[m].w != "-" {
			return true
		}
		if toks[m].cls&(clsLoss|clsCat) != 0 {
			return false
		}
	}
	return true
}

// thingsOfWhole reports "its 330 township capitals" at k: the whole a
// part is lost of, whose noun is neither people nor a weapon.
func thingsOfWhole(toks []token, k int) bool {
	if w := word(toks, k); w != "its" && w != "their" && w != "the" {
		return false
	}
	k++
	if k >= len(toks) || toks[k].k != tNum {
		return false
	}
	for m := k + 1; m < len(toks) && m < k+4; m++ {
		t := &toks[m]
		if t.k != tWord {
			return false
		}
		if t.cls&(clsPerson|clsLoss) != 0 {
			return false
		}
		if _, _, ok := equipmentIx.match(toks, m); ok {
			return false
		}
		if strings.HasSuffix(t.w, "s") && t.cls&clsStopWords == 0 {
			// A plural noun of things: "capitals", "seats", "plants".
			return true
		}
	}
	return false
}

// subjectForce reports people after a figure ending at e who are then
// said to be stationed or deployed somewhere and to have lost others:
// "The 3,000 Russian troops stationed near Kupiansk have lost 300 men".
func subjectForce(toks []token, e int) bool {
	m := e
	for m < len(toks) && m < e+3 && toks[m].k == tWord && toks[m].cls&clsPerson == 0 {
		m++
	}
	if m >= len(toks) || toks[m].cls&clsPerson == 0 || !servingWord(word(toks, m+1)) {
		return false
	}
	for k := m + 2; k+1 < len(toks) && k < m+12; k++ {
		switch toks[k].w {
		case ".", ";":
			return false
		case "lost", "suffered", "sustained":
			return startsNumber(&toks[k+1]) || figureAfterShape(toks, k+1) < len(toks)
		}
	}
	return false
}

// captiveNoun names people held by the enemy: "prisoners", "POWs".
func captiveNoun(w string) bool {
	switch w {
	case "prisoners", "prisoner", "pows", "captives", "detainees", "hostages":
		return true
	}
	return false
}

// swappedWounded reports a wounded figure that tells which captives of
// a swap were hurt, not who was wounded in war: "84 wounded prisoners",
// "390 prisoners each, including 120 wounded soldiers", "among them 120
// severely wounded servicemen", "84 POWs, 20 of them wounded". The vetoes
// call it only with a swap word before the figure.
func swappedWounded(toks []token, q *quantity, h *catHit) bool {
	if !h.forward || h.category != attrition.CategoryWounded {
		return false
	}
	if h.s <= q.e+1 && captiveNoun(word(toks, h.e)) {
		return true
	}
	part := false
	switch word(toks, q.s-1) {
	case "including":
		part = true
	case "them":
		part = word(toks, q.s-2) == "among"
	case "whom":
		part = word(toks, q.s-2) == "among" || word(toks, q.s-2) == "of"
	case ",":
		// "Among the 150 POWs released, 30 were wounded", "Of the 84
		// prisoners swapped, 20 were wounded": the whole opens the
		// sentence.
		for k := q.s - 2; k >= 0 && k >= q.s-10; k-- {
			if k == 0 || toks[k-1].w == "." || toks[k-1].w == ";" {
				part = toks[k].w == "among" || toks[k].w == "of"
				break
			}
		}
	}
	if !part && word(toks, q.e) == "of" {
		switch word(toks, q.e+1) {
		case "them", "whom", "those":
			part = true
		}
	}
	if !part || h.s > q.e+3 {
		return false
	}
	// The whole is of prisoners of war ("390 prisoners") or exchanged
	// ("the two sides swapped 390 each, including"), not a hospital's
	// intake ("received 300 patients, including 120 wounded soldiers")
	// nor a hijack's freed ("354 passengers had been freed, 37 of them
	// with injuries", "freed 214 hostages"), hurt in the attack.
	for k := q.s - 1; k >= 0 && k >= q.s-8; k-- {
		switch w := toks[k].w; w {
		case "exchange", "exchanged", "exchanges", "swap", "swapped", "swaps", "repatriated", "home", "homecoming":
			return true
		case "hostages":
		default:
			if captiveNoun(w) {
				return true
			}
		}
	}
	return false
}

// wantVerb reports verbs of wanting before a figure of weapons: "needs
// 1,000 tanks", "requested 50".
func wantVerb(w string) bool {
	switch w {
	case "need", "needs", "needed", "require", "requires", "required", "requested", "requests", "want", "wants", "wanted", "seeks", "sought":
		return true
	}
	return false
}

// plannedFor reports "planned for" or "prepared for" just before a
// figure starting at s, past a bound: deaths foreseen, not counted.
// Its verbs are sentWords's: vetoed asks only a sentence with one.
func plannedFor(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-5; k-- {
		if toks[k].w == "for" {
			switch toks[k-1].w {
			case "planned", "planning", "prepared", "preparing", "braced", "bracing", "budgeted":
				return true
			}
			return false
		}
		if toks[k].k != tWord {
			return false
		}
	}
	return false
}

// targetNounAfter reports a place struck named within a few words after
// a figure ending at e: "nine 'terrorist' sites", "12 militant camps".
func targetNounAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+4; k++ {
		t := &toks[k]
		if struckNoun(t.w) {
			return k > e
		}
		if t.k == tPunct && isQuote(t.w) || t.k == tWord && t.cls&(clsLoss|clsStopWords|clsNum) == 0 {
			continue
		}
		return false
	}
	return false
}

// struckNoun reports a noun of what an attack struck, named by what it
// was: "strikes on Hezbollah targets", "12 militant camps".
func struckNoun(w string) bool {
	switch w {
	case "targets", "sites", "camps", "hideouts", "positions", "facilities", "locations", "bases", "depots",
		"installations", "strongholds", "compounds", "infrastructure", "buildings", "homes":
		return true
	}
	return false
}

// ratioBefore reports "ratio" or "proportion" a few words before s in
// its clause: "the ratio of losses was one to ten".
func ratioBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		switch toks[k].w {
		case "ratio", "ratios", "proportion":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// lossInClause reports a word of loss in tokens [from, to) before the
// clause ends.
func lossInClause(toks []token, from, to int) bool {
	for m := from; m < len(toks) && m < to; m++ {
		if toks[m].k == tPunct {
			return false
		}
		if toks[m].cls&clsLoss != 0 {
			return true
		}
	}
	return false
}

// informantNoun reports people who tell of losses: "two military
// sources said".
func informantNoun(w string) bool {
	switch w {
	case "sources", "source", "officials", "official", "witnesses", "witness", "residents", "resident", "spokesman", "spokeswoman", "spokesperson",
		"diplomats", "diplomat", "analysts", "officers", "commanders", "medics", "doctors", "activists", "journalists":
		return true
	}
	return false
}

// vetoWalkWords are the words that vetoed's walks after and before a
// figure test by name (displacedAfter's, a stock of captives', "held",
// informantNoun's, an age's, a rate's, a pace's, a need's, a factor's):
// a word of none of them passes those walks at once (clsVetoWalk), and
// a window of none needs no walk. A word added to one of those tests is
// added here.
var vetoWalkWords = []string{
	"per", "every", "need", "factor",
	"homes", "home", "front", "displaced", "uprooted",
	"alive", "still", "remain", "remained", "remaining",
	"held",
	"sources", "source", "officials", "official", "witnesses", "witness", "residents", "resident", "spokesman", "spokeswoman", "spokesperson",
	"diplomats", "diplomat", "analysts", "officers", "commanders", "medics", "doctors", "activists", "journalists",
	"age", "youngest", "oldest",
}

// laterCueAfter reports words of a time to come just after a figure:
// "by the summer", "this year", "if the trend holds", "in the coming
// months", "next year".
func laterCueAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+6; k++ {
		switch toks[k].w {
		case "by", "if", "next", "coming", "later", "soon", "unless":
			return true
		case "in":
			// "could pass 13,000 in 2025": a year the figure is to
			// reach.
			if k+1 < len(toks) && yearAt(toks, k+1) {
				return true
			}
		case "this":
			switch word(toks, k+1) {
			case "year", "month", "summer", "winter", "spring", "autumn", "fall":
				return true
			}
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// conditionBefore reports a clause of condition that opens the sentence
// or a clause before the figure at s: "If the aggression continues, the
// death toll could exceed 100,000", the fronted form of laterCueAfter's
// "… if the trend holds".
func conditionBefore(toks []token, s int) bool {
	for k := 0; k < s; k++ {
		if toks[k].w != "if" {
			continue
		}
		if k == 0 || toks[k-1].k == tPunct || toks[k-1].w == "but" || toks[k-1].w == "and" || toks[k-1].w == "that" {
			return true
		}
	}
	return false
}

// listAfterLoss reports a figure that goes on a list a loss verb heads:
// "shot down 18 drones, two cruise missiles and one …".
func listAfterLoss(toks []token, s int) bool {
	if w := word(toks, s-1); w != "and" && w != "," {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-16; k-- {
		switch toks[k].w {
		case ".", ";", ":":
			return false
		}
		if nearLossWord(toks, k, k+1) {
			return true
		}
	}
	return false
}

// clsIn returns the union of the class bits of toks[a:b], its bounds
// clamped to toks.
//
// It is kept out of line: inlined into vetoed, whose many live values
// leave its loop no registers, each step loaded and stored its counter
// and union on the stack, twice the instructions of the call.
//
//go:noinline
func clsIn(toks []token, a, b int) uint64 {
	var c uint64
	for k, hi := max(a, 0), min(b, len(toks)); k < hi; k++ {
		c |= toks[k].cls
	}
	return c
}

// vetoWords says which of the rare words some of vetoed's rules look
// for the figure's sentence has (sentWords): without them those rules
// need not walk.
type vetoWords struct {
	// whetherIf: "whether" or "if" (askedAbout); everyEach: "every" or
	// "each" (ratioFigure); planned: a verb of planning (plannedFor).
	whetherIf, everyEach, planned bool
	// cls is the union of the class bits of the sentence's words.
	cls uint64
}

// vetoed reports a figure that counts something other than losses.
//
// b1 is the word right before the figure, which many of its rules ask:
// read once (q is not changed here). (The lines of the body keep their
// places: the profile that guides the compiler's inlining, default.pgo,
// names a call by its line in its function.)
func vetoed(toks []token, q *quantity, h *catHit, equipment bool, sw vetoWords) bool {
	n, b1 := &q.first, word(toks, q.s-1)
	// "42 per cent resulted in at least one fatality", "events with at
	// least one death": a property of the events counted, no toll.
	if n.val == 1 && q.bound == attrition.BoundAtLeast && h.s == q.e && eventProperty(toks, q.s) {
		switch word(toks, h.s) {
		case "fatality", "death", "casualty", "victim":
			return true
		}
	}
	// "18:40 BST Three people were killed", "14.32 GMT": a clock time
	// that stamps a live blog's entry.
	if clockTime(toks, n.s, n.e) {
		return true
	}
	// "the school had 250 pupils", "a village of 300 residents", "a
	// hospital that treats 3,000 patients a month": people present, not
	// lost, whatever the sentence's verb of loss.
	if !equipment && headcountAt(toks, q) {
		return true
	}
	// "has lost 40 of its 330 township capitals": the things lost are
	// no people and no weapons.
	if word(toks, q.e) == "of" && thingsOfWhole(toks, q.e+1) {
		return true
	}
	// "The 3,000 Russian troops stationed near Kupiansk have lost 300
	// men": the force that lost them, the subject of the verb.
	if !equipment && subjectForce(toks, q.e) {
		return true
	}
	// "needs 1,000 new tanks", "has asked for 200 more": weapons wanted,
	// not lost.
	if equipment && (word(toks, q.e) == "new" || wantVerb(b1)) {
		return true
	}
	// "planned for as many as 1,000 soldier deaths": deaths foreseen.
	if sw.planned && plannedFor(toks, q.s) {
		return true
	}
	// "hit nine 'terrorist' sites", "struck 12 militant camps": places
	// struck, whose people's word only qualifies them.
	if !equipment && targetNounAfter(toks, q.e) {
		return true
	}
	// "the ratio of losses was one to ten", "a ratio of 1 to 7": the
	// terms of a ratio, no range.
	if q.bound == attrition.BoundRange && ratioBefore(toks, q.s) {
		return true
	}
	// "…, one officer said", "Two Ukrainian officials told Reuters": the
	// speakers, no losses.
	if sw.cls&clsSpeechVerbs != 0 && speakersAt(toks, q.e) {
		return true
	}
	// "In the worst-case scenario, 74,290 excess deaths would occur",
	// "an additional 85,750 deaths could occur": deaths foreseen.
	if !equipment && (h.category == attrition.CategoryKilled || h.category == attrition.CategoryWounded || h.category == catCasualties) && foreseenAfter(toks, q.e) {
		return true
	}
	// "Russia registered 1.82 million deaths in 2024, according to
	// Rosstat", "250,000 deaths and 87,000 births": a country's deaths
	// of every cause, counted by its statisticians.
	if !equipment && h.category == attrition.CategoryKilled && word(toks, q.e) == "deaths" && vitalStatistics(toks) {
		return true
	}
	// "The field hospital can handle up to 150 casualties a day", "has
	// capacity for 500 wounded soldiers", "centres for up to 100,000
	// wounded veterans": room for the wounded, no wounded.
	if (b1 == "for" || b1 == "handle" || b1 == "accommodate") && !equipment && capacityBefore(toks, q.s) {
		return true
	}
	// "Ukraine lost 2-1 to Belgium", "lost 2,000 cattle", "lost 1.2
	// million people to emigration": a score, animals, or people gone
	// another way than war.
	if lostVerb(b1) {
		if lostNoWar(toks, q) {
			return true
		}
	}
	// "lost contact with 20 soldiers": out of touch, which tells no
	// loss yet.
	if b1 == "with" && (word(toks, q.s-2) == "contact" || word(toks, q.s-2) == "touch") && lostVerb(word(toks, q.s-3)) {
		return true
	}
	// "120,000 Russian men under 50", "children under five": an age
	// limit, no figure.
	if toks[q.s].w == "under" || toks[q.s].w == "over" || toks[q.s].w == "aged" {
		switch b1 {
		case "men", "women", "children", "people", "boys", "girls", "adults", "males", "females":
			return true
		}
		// "The 12 soldiers killed on Monday were all under 25": the
		// age of a group counted before.
		if q.best <= 120 && !q.percent && !q.frac && groupAgeBefore(toks, q.s) {
			return true
		}
	}
	// "were aged between 20 and 30", "ranged in age from 18 to 25": a
	// range of ages.
	if q.bound == attrition.BoundRange && (b1 == "aged" || b1 == "ages" || b1 == "age" || b1 == "in" && word(toks, q.s-2) == "ranged") {
		return true
	}
	// "2 people were killed: a man, 54, and a woman, 71": ages.
	if b1 == "," && q.s == n.s && len(toks[n.s].w) <= 3 && toks[n.s].k == tNum {
		switch word(toks, q.s-2) {
		case "man", "woman", "boy", "girl", "son", "daughter", "mother", "father", "husband", "wife", "teenager", "child", "resident", "driver":
			return true
		}
		// "Staff Sgt. Amit Cohen, 20, and Sgt. Yossi Levy, 34": a named
		// person's age between commas.
		if q.s >= 3 && toks[q.s-2].upper && toks[q.s-2].k == tWord && toks[q.s-3].upper && toks[q.s-3].k == tWord && len(toks[n.s].w) <= 2 {
			switch word(toks, q.e) {
			case ",", ".", "and", ")", ";":
				return true
			}
		}
	}
	// "2.3 deaths per 10,000 people per day": a rate per head of a
	// population, neither figure a count.
	if b1 == "per" {
		return true
	}
	// The walks below over the nine tokens after the figure, and over
	// the six before it, find nothing without a word of clsVetoWalk
	// there (or of the class bits a walk looks for): one pass over each
	// window says whether to walk at all.
	// (The window before, the eight tokens before the figure and any
	// of its prefix, holds every window of the walks before it.)
	after, before := clsIn(toks, q.e, q.e+9), clsIn(toks, min(q.s, n.s)-8, max(q.s, n.s))
	walkAfter, walkBefore := after&clsVetoWalk != 0, before&clsVetoWalk != 0
	for k := q.e; walkAfter && k < len(toks) && k <= q.e+2; k++ {
		if toks[k].w == "per" {
			if k+1 < len(toks) && toks[k+1].k == tNum {
				return true
			}
			break
		}
		if toks[k].k != tWord {
			break
		}
	}
	// "a school sheltering some 2,000 displaced people": whom a place
	// holds, not whom the strike on it killed.
	switch b1 {
	case "sheltering", "housing", "hosting", "hosts", "hosted", "houses", "shelters", "accommodating":
		return true
	case "at":
		// "put the number of displaced at 400,000": the displaced.
		if k := q.s - 2; k >= 0 && toks[k].cls&clsVeto != 0 && vetoKinds.at(&toks[k])&vkHeadcount != 0 && word(toks, k-1) == "of" {
			return true
		}
	case "involving", "deploying", "massing", "amassing", "fielding":
		// "an offensive involving some 50,000 troops": the force, not
		// its losses.
		return true
	case "of":
		switch word(toks, q.s-2) {
		// "killed in a territory of 2.1 million people": its people.
		case "territory", "country", "city", "town", "enclave", "strip", "nation", "region", "province", "population":
			return true
		// "Western donations of some 800 tanks": aid, not losses.
		case "donations", "donation", "deliveries", "delivery", "shipments", "shipment", "transfers", "packages", "package":
			return true
		}
	case "with":
		// "a brigade equipped with about 30 Bradleys".
		switch word(toks, q.s-2) {
		case "equipped", "armed", "fitted", "reinforced":
			return true
		}
	case "is", "was", "stood", "stands":
		// "The average age of Russian soldiers killed in Ukraine is 35":
		// an age, whatever the clause's words of loss.
		for k := q.s - 2; k >= 0 && k >= q.s-10; k-- {
			if toks[k].k == tPunct {
				break
			}
			if toks[k].w == "age" && (word(toks, k-1) == "average" || word(toks, k-1) == "median" || word(toks, k-1) == "mean") {
				return true
			}
		}
	case "to":
		// ("according to two military officers": who told, not who
		// died.)
		if w := word(toks, q.s-2); w == "home" || w == "according" {
			return true
		}
	}
	// "killed among Gaza's 2.1 million people": the place's people.
	if q.s >= 2 && toks[q.s-1].cls&clsActor != 0 && word(toks, q.s-2) == "among" {
		if b := toks[q.s-1].w; strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") {
			return true
		}
	}
	// "About 40% of the 1,200 soldiers in the battalion were killed":
	// the share's verb; the whole only served.
	if !equipment && h.forward && wholeOfShare(toks, q.s) && finiteLossAt(toks, h.s) {
		return true
	}
	// "Of the 20 missiles, 19 were intercepted": the whole a sentence
	// opens on, whose part after the comma is the loss.
	if equipment && wholeOpening(toks, q) {
		return true
	}
	// "Gunmen numbering about 200 killed 38 villagers": the figure is
	// the killers, the subject of a verb whose object is the next figure.
	// (Not a tally's "12 killed 40 wounded": the next figure's own
	// loss word after it.)
	if !equipment && h.forward && h.s == q.e && h.s+2 < len(toks) && startsNumber(&toks[h.s+1]) && toks[h.s+2].k == tWord && toks[h.s+2].cls&(clsCat|clsLoss) == 0 {
		switch toks[h.s].w {
		case "killed", "wounded", "injured", "abducted", "kidnapped":
			return true
		}
	}
	// "an attack by hundreds of terrorists": the attackers.
	if b1 == "by" {
		switch word(toks, q.s-2) {
		case "attack", "assault", "raid", "ambush", "offensive", "incursion", "attacked", "ambushed", "overrun", "stormed":
			return true
		}
	}
	// "killed two suspects and arrested six": arrests, no loss of war.
	switch b1 {
	case "arrested", "detained", "apprehended", "jailed", "arresting", "detaining":
		return true
	}
	// "An escalation could cause 85,000 excess deaths", "researchers
	// project 50,000 more deaths by December": losses foreseen.
	if !equipment && projectedBefore(toks, q.s) {
		return true
	}
	// "161 aid trucks a day entered Gaza": relief, not matériel of war.
	if equipment && h.forward && h.s > 0 {
		switch toks[h.s-1].w {
		case "aid", "humanitarian", "relief":
			return true
		}
	}
	// "could pass one million by the summer": a bound verb after a
	// modal is a projection.
	// "losses could surpass 1,500 a day if the tempo holds",
	// "fatalities could pass 13,000 this year": so after a later time.
	// (The cheap word tests first; the cue scans walk the sentence.)
	if q.s < q.first.s {
		switch b1 {
		case "could", "may", "might", "will", "would", "soon", "to":
			// "are likely to exceed 1 million by the end of the year",
			// "expected to pass": so after an expectation.
			if b1 == "to" && !expectTo(word(toks, q.s-2)) {
				break
			}
			switch toks[q.s].w {
			case "pass", "top", "cross", "reach", "hit", "surpass", "exceed":
				if laterCueAfter(toks, q.e) || sw.whetherIf && conditionBefore(toks, q.s) {
					return true
				}
			}
		}
	}
	// "450,000 people have lost their homes": not their lives; "8,835
	// people remain in detention": arrests, not losses of war.
	for k, hi := q.e, min(len(toks), q.e+5); after&(clsBoundDetain|clsLoss) != 0 && k < hi; k++ {
		t := &toks[k]
		// The class bits first: most words are neither.
		if t.cls&(clsBoundDetain|clsLoss) == 0 {
			// "neutralised 187 terrorists, arrested 312 suspects": the
			// next clause's verb is the next figure's.
			if t.w == "," || t.w == ";" || t.w == "and" {
				break
			}
			continue
		}
		if t.cls&clsBoundDetain != 0 && vetoKinds.at(t)&vkDetain != 0 {
			// Unless the figure's own words say otherwise first: "12
			// killed in detention".
			// Nor when a verb of killing takes the figure as its object:
			// "strikes killed 68 people at a detention centre" names the
			// place.
			if !((equipment || h.category == attrition.CategoryKilled) && h.forward && h.s <= k) && !(h.category == attrition.CategoryKilled && h.active && h.verbAt < q.s && q.s-h.verbAt <= 2) {
				return true
			}
		}
		if w := t.w; t.cls&clsLoss != 0 && (w == "lost" || w == "losing" || w == "lose") {
			m := k + 1
			if w2 := word(toks, m); w2 == "their" || w2 == "its" {
				m++
			}
			switch word(toks, m) {
			case "homes", "home", "houses", "livelihoods", "jobs", "land", "everything", "access", "contact":
				return true
			}
		}
	}
	// "some 2 million people have been forced from their homes",
	// "11.5 million have fled their homes", "were displaced": people
	// uprooted, not lost.
	// ("strikes killed at least 17 people sheltering in a mosque": the
	// dead, where they sheltered.)
	if walkAfter && displacedAfter(toks, q.e) || residentsAfter(toks, q.e) && !(h.active && h.verbAt < q.s) {
		return true
	}
	// "about one in every 40 residents", "one in 40": a ratio's base.
	if b1 == "every" && word(toks, q.s-2) == "in" || b1 == "in" && (word(toks, q.s-2) == "one" || word(toks, q.s-2) == "1") {
		return true
	}
	// "fallen by about two thirds": a share of something, not people.
	switch word(toks, q.e) {
	case "thirds", "quarters", "fifths", "tenths", "halves":
		return true
	}
	// "fewer than half of them believed to be alive": the living. "8,000
	// Ukrainians were still held in Russian captivity", "Fifty-nine
	// hostages remain in Gaza": a stock of captives, not a count of the
	// captured (corpus rules).
	captured := h.category == attrition.CategoryCaptured
	for k, hi := q.e, min(len(toks), q.e+8); walkAfter && k < hi; k++ {
		// A word of none of those below goes on (clsVetoWalk).
		if toks[k].k == tWord && toks[k].cls&clsVetoWalk == 0 {
			continue
		}
		w := toks[k].w
		if toks[k].k == tPunct {
			if w == "," || w == ";" || w == "." {
				break
			}
			continue
		}
		// "captured alive" is a capture; "20 hostages are alive" a stock;
		// "burned alive" a death.
		if w == "alive" && !(captured && (toks[k-1].w == "captured" || toks[k-1].w == "taken")) && !aliveDeath(toks[k-1].w) {
			return true
		}
		if captured && (w == "still" || w == "remain" || w == "remained" || w == "remaining") &&
			(word(toks, k+1) == "in" || word(toks, k+1) == "alive" || nearWord(toks, k+1, min(len(toks), k+4), "held", "captivity", "captive", "captives", "detained")) {
			return true
		}
	}
	// "1,139 deaths among 9,740 household members", "498 violent deaths
	// among 9,740 people surveyed": the people at risk, not losses.
	// ("Three M23 commanders were among 40 rebels killed": the whole
	// the part is among, a loss itself.)
	if (b1 == "among" || b1 == "amongst") && !(h.personNoun && h.forward && h.s > q.e && toks[h.s].cls&clsLoss != 0) {
		for k := q.s - 2; k >= 0 && k >= q.s-6; k-- {
			if toks[k].k == tPunct {
				break
			}
			if toks[k].k == tNum {
				return true
			}
		}
	}
	// "Hamas still holds 111 of the 251 hostages", "the BLA said it was
	// holding 214 hostages": captives held, a stock like the above.
	// (The figure's own bound or hedge, "about", "more than", is part
	// of it already.)
	if captured {
		k := q.s - 1
		if word(toks, k) == "still" {
			k--
		}
		if w := word(toks, k); w == "holds" || w == "holding" || w == "hold" || w == "held" && k > 0 && toks[k-1].cls&clsActor != 0 {
			return true
		}
	}
	// "about 240 people are held hostage in Gaza": captives now, not a
	// count of losses (nor of the killed the sentence named before).
	for k, hi := q.e, min(len(toks), q.e+4); walkAfter && k < hi; k++ {
		if toks[k].k == tWord && toks[k].cls&clsVetoWalk == 0 {
			continue // not "held"
		}
		if w := toks[k].w; w == "held" {
			if b := toks[k-1].w; (b == "are" || b == "is" || b == "being" || b == "still") && word(toks, k+1) != "responsible" {
				return true
			}
			break
		}
		if toks[k].k != tWord {
			break
		}
	}
	// "returned the bodies of 502 soldiers in exchange for 563": a
	// handover, of whatever.
	if b1 == "for" && (word(toks, q.s-2) == "exchange" || word(toks, q.s-2) == "return") {
		return true
	}
	// "1,000 prisoners for 1,000": an exchange.
	if captured {
		if e := max(q.e, h.e); word(toks, e) == "for" && e+1 < len(toks) && startsNumber(&toks[e+1]) {
			return true
		}
		if b1 == "for" && q.s >= 3 && (startsNumber(&toks[q.s-2]) || startsNumber(&toks[q.s-3])) {
			return true
		}
	}
	// "about 40 cars were damaged by the blast": people's cars, not an
	// army's vehicles.
	if equipment && h.forward && (toks[h.s].w == "cars" || toks[h.s].w == "car") && h.s > 0 {
		if b := toks[h.s-1].w; b != "military" && b != "armoured" && b != "armored" && b != "staff" {
			return true
		}
	}
	// "A UN convoy of 16 trucks reached Latakia": vehicles that went
	// somewhere, in a sentence that tells of no loss.
	if equipment && (b1 == "of" && (word(toks, q.s-2) == "convoy" || word(toks, q.s-2) == "fleet")) {
		return true
	}
	// "two military sources said", "three witnesses told Reuters": the
	// people who tell, not the people lost.
	for k, hi := q.e, min(len(toks), q.e+3); walkAfter && k < hi; k++ {
		if toks[k].k == tWord && toks[k].cls&clsVetoWalk == 0 {
			continue // no informant
		}
		if informantNoun(toks[k].w) {
			switch word(toks, k+1) {
			case "said", "say", "says", "told", "reported", "confirmed", "added":
				// ("110,000 Russian soldiers confirmed dead", "soldiers
				// reported killed": what befell them, no speakers.)
				if fateWordAt(toks, k+2) {
					break
				}
				return true
			}
			break
		}
		if toks[k].k != tWord {
			break
		}
	}
	// "two Russian guided bombs struck a hypermarket": weapons that hit
	// something are used, not lost.
	if equipment && h.forward && strikeVerb(word(toks, h.e)) {
		return true
	}
	if !h.forward || h.s != q.e {
		if hasCls(toks, q.e, clsMeasure) && !(word(toks, q.e) == "per" || word(toks, q.e) == "a") {
			return true
		}
		// "captured two more villages": more of the measure.
		if w := word(toks, q.e); (w == "more" || w == "other" || w == "further" || w == "additional") && hasCls(toks, q.e+1, clsMeasure) {
			return true
		}
		// "three mechanised brigades", "two coastal defence brigades",
		// "four AFU mechanised brigades": a count of units, with plain
		// words, names and the kinds of units before the noun.
		if unitsAfter(toks, q.e) {
			return true
		}
		// "killed in 61 military airstrikes", "in 40 Russian
		// attacks": events counted, a word of who or how between.
		if t := tokAt(toks, q.e); t.k == tWord && (t.upper || t.cls&clsActorWord != 0 || eventModifier(t.w)) && eventNoun(word(toks, q.e+1)) {
			return true
		}
		// "in 23 documented attacks", "412 verified incidents", "nine
		// unlawful strikes", "23 separate drone strikes": an adjective
		// or a participle, one or two, before the events counted. (Not
		// a word of loss or of people: "23 wounded in attacks".)
		if eventAfterModifiers(toks, q.e) {
			return true
		}
	}
	// (Not "casualties number 900,000", "killed and wounded likely
	// number 250,000": the verb after a loss word.)
	if hasCls(toks, n.s-1, clsUnitBefore) && q.s == n.s && !periodUnitEnd(toks, n.s-1) && !numberVerb(toks, n.s-1) {
		return true
	}
	// "the youngest of the dead was a girl of 4": an age.
	if b1 == "of" {
		switch word(toks, q.s-2) {
		case "girl", "boy", "man", "woman", "child", "baby", "toddler", "infant":
			return true
		}
	}
	// "The median age of the dead is 35; the youngest was 18, the
	// oldest 71": ages.
	for k := q.s - 1; walkBefore && k >= 0 && k >= q.s-6; k-- {
		if toks[k].k == tWord && toks[k].cls&clsVetoWalk == 0 {
			continue // neither an age's word nor a stop
		}
		w := toks[k].w
		if w == "age" && (word(toks, k+1) == "of" || word(toks, k+1) == "is" || word(toks, k+1) == "was") ||
			(w == "youngest" || w == "oldest") && (k == q.s-1 && word(toks, k-1) == "the" && tokAt(toks, q.e).k != tWord || k == q.s-2 && (toks[k+1].w == "was" || toks[k+1].w == "is")) {
			return true
		}
		if toks[k].k == tNum || w == ";" || w == "." || w == "," && k < q.s-2 {
			break
		}
	}
	// "shot down 42 drones over five regions": places counted, not
	// losses.
	// ("hit 41 aircraft at four air bases": bases too.)
	w := word(toks, q.e)
	if w == "air" || w == "military" || w == "naval" {
		w = word(toks, q.e+1)
	}
	switch w {
	case "regions", "provinces", "districts", "oblasts", "locations", "settlements", "villages", "towns",
		"cities", "directions", "sectors", "countries", "governorates", "municipalities", "communities",
		"bases", "airbases", "airfields", "airports", "sites":
		return true
	}
	// "an undercount by a factor of about 1.5": a ratio.
	for k := n.s - 1; walkBefore && k >= 0 && k >= n.s-3; k-- {
		if toks[k].w == "factor" {
			return true
		}
	}
	// "Operation 1027": a number in a name.
	if q.s == n.s && n.s > 0 && toks[n.s-1].upper && toks[n.s-1].w == "operation" {
		return true
	}
	// "aged 41 and 45", "aged 34, 56 and 71": the later ages.
	if (b1 == "and" || b1 == "to" || b1 == "," || isDash(b1)) && q.s >= 3 && toks[q.s-2].k == tNum {
		if ageListBefore(toks, q.s-1) {
			return true
		}
	}
	// "The 3 tanks" after "brigade": fine. "aged 18 to 25": caught above.
	lo := max(0, q.s-8)
	// Only a word of clsVeto or clsBoundDetain vetoes here: a window of
	// none needs no walk.
	walk := before&(clsVeto|clsBoundDetain) != 0
	for k := q.s - 1; walk && k >= lo; k-- {
		t := &toks[k]
		// "The UN agency for Palestinian refugees said that more than
		// 310 of its staff have been killed": what is said starts a
		// clause of its own.
		if t.w == "that" && k > 0 && toks[k-1].cls&clsSpeechVerbs != 0 && !toks[k-1].upper {
			break
		}
		// Only punctuation, cue words and the words of vetoKinds count
		// here; a word of none of their class bits is passed at once.
		if t.cls&(clsCue|clsVeto|clsBoundDetain) == 0 && t.k != tPunct {
			continue
		}
		w := t.w
		if t.k == tPunct {
			if w == ";" || w == "." {
				break
			}
			// "Russian casualties, which are likely to rise, now stand
			// at 700,000": a relative clause between the subject and its
			// verb says nothing of this figure.
			if w == "," {
				if m := relativeClauseBefore(toks, k); m >= 0 {
					k = m
					continue
				}
			}
			// "when gangs freed 4,700 inmates, 587 people lost their
			// lives": a clause of its own after the comma; not "freed 84
			// POWs, 20 of them wounded", the part of the freed.
			if w == "," && k == q.s-1 && h.forward && h.s <= q.e+3 && !equipment && !swappedWounded(toks, q, h) {
				break
			}
			// "Of the 40 missiles Russia fired overnight, 35 were shot
			// down": the part's own loss after it; the whole was fired.
			// So "Of the 300 Bradleys sent, 200 destroyed": a list's
			// participle without its auxiliary.
			if w == "," && k == q.s-1 && equipment && (word(toks, q.e) == "were" || word(toks, q.e) == "was" || word(toks, q.e) == "have" || word(toks, q.e) == "had") && nearLossWord(toks, q.e, min(len(toks), q.e+4)) {
				break
			}
			if w == "," && k == q.s-1 && equipment && q.e < len(toks) && toks[q.e].cls&clsLoss != 0 && leadingEquipment(toks, q.s) != "" {
				break
			}
			// "Ukraine received 31 Abrams tanks, 20 of which have been
			// destroyed": the part's own clause, as ", of which 20".
			if w == "," && k == q.s-1 && equipment && word(toks, q.e) == "of" && (word(toks, q.e+1) == "which" || word(toks, q.e+1) == "them" || word(toks, q.e+1) == "those") && passiveLossAfter(toks, q.e+2) {
				break
			}
			// "Ukraine received 31 Abrams, and at least 20 were lost":
			// the loss's own clause after ", and".
			if w == "," && k == q.s-2 && word(toks, k+1) == "and" && equipment && passiveLossAfter(toks, q.e) {
				break
			}
			// "12 million people have fled, and 150,000 may have been
			// killed": so after ", and".
			if w == "," && word(toks, k+1) == "and" && k+2 < q.s && h.forward && h.s <= q.e+4 && !equipment {
				break
			}
			// "11,000 troops were sent to Kursk, of whom about 4,000 have
			// been killed": the part's own clause; the whole was sent.
			if w == "," && word(toks, k+1) == "of" && (word(toks, k+2) == "whom" || word(toks, k+2) == "which") && (equipment || !swappedWounded(toks, q, h)) {
				break
			}
			continue
		}
		if t.cls&clsCue != 0 && (w == "while" || w == "but" || w == "whereas") {
			break
		}
		// A word of neither class bit is of no veto kind, or of one that
		// counts only with vetoAt, which needs clsVeto.
		if t.cls&(clsVeto|clsBoundDetain) == 0 {
			continue
		}
		vk := vetoKinds.at(t)
		if vk == 0 || vk&vkBound == 0 && !vetoAt(toks, k) {
			continue
		}
		if vk&vkFuture != 0 && !nounUse(toks, k) {
			return true
		}
		if vk&vkBound != 0 &&
			(word(toks, k-1) == "to" || word(toks, k-1) == "could" || word(toks, k-1) == "may" || word(toks, k-1) == "might") {
			return true
		}
		// "Of the 300 Bradleys supplied, about a third have been lost":
		// the stock before a share is its whole's, the loss after it
		// the share's.
		if equipment && vk&vkStock != 0 && !nearLossWord(toks, k, q.s) && !((q.frac || q.percent) && h.forward && h.s >= q.e) {
			return true
		}
		// "received 179 patients, of whom 21 were declared dead",
		// "received 89 martyrs": the dead named right after the figure
		// are a hospital's toll; "received the bodies of 909 fallen
		// soldiers" from the other side stays a handover (corpus rules).
		// Not when the verb of the loss stands between ("an offensive
		// that returned the region to Baku's control killed about 200").
		// "Russia handed over 1,212 Ukrainian bodies": a handover of the
		// dead, whatever noun names them.
		if !equipment && h.category == attrition.CategoryKilled && h.forward && handoverVerb(t.w) && h.s < len(toks) && bodyNoun(toks[h.s].w) {
			return true
		}
		// ("the swap freed 84 wounded prisoners": captives of the
		// swap, whose wounds only say who went first.)
		if !equipment && vk&vkSwap != 0 && swappedWounded(toks, q, h) {
			return true
		}
		if !equipment && (h.category == attrition.CategoryCaptured || h.category == attrition.CategoryKilled) && vk&vkSwap != 0 && !agentPassive(toks, k) &&
			!(h.category == attrition.CategoryKilled && h.forward && h.s <= q.e+3 && !(b1 == "of" && word(toks, q.s-2) == "bodies")) &&
			!(!h.forward && h.active && h.verbAt > k) {
			return true
		}
		// "troops sent to Kursk suffered more than 6,000 casualties": the
		// loss noun itself after the figure, not "personnel".
		// ("deaths from famine and malnutrition … to 57": the cause of
		// the deaths, no headcount.)
		if !equipment && vk&vkHeadcount != 0 && !(h.forward && h.s <= q.e+3 && (h.category != attrition.CategoryCasualties || toks[h.s].w == "casualties" || toks[h.s].w == "losses")) &&
			!(!h.forward && h.e > h.s && k < h.s) && !(h.category == attrition.CategoryKilled && (word(toks, k-1) == "from" || word(toks, k-1) == "of")) {
			// A headcount word counts only between the loss word and the
			// figure: "a training ground ... killed 70" is a loss.
			return true
		}
	}
	// After the category: "tanks in storage", "troops were deployed".
	end := q.e
	if h.forward && h.e > end {
		end = h.e
	}
	// "Budget cuts kill 200 jobs": a verb of killing before a figure of
	// things, no people.
	lostBefore := !h.forward && h.e == h.s+1 && h.s < q.s && lostVerb(toks[h.s].w)
	// ("captured dozens of outposts": a vague count's things after "of".)
	if !equipment && (h.active && h.verbAt < q.s || lostBefore) && !h.personNoun && (thingAfter(toks, q.e) || q.first.vague && word(toks, q.e) == "of" && thingAfter(toks, q.e+1)) {
		return true
	}
	// "Ukrainian drones hit two oil refineries": equipment named before
	// the figure did something to the things after it.
	if equipment && !h.forward && h.e <= q.s && (thingAfter(toks, q.e) || hasCls(toks, q.e, clsActor) && toks[q.e].upper && thingAfter(toks, q.e+1)) {
		return true
	}
	// "two missiles were not intercepted", "eight drones and two
	// missiles struck targets in Kyiv": weapons that got through.
	if equipment && h.forward && weaponGotThrough(toks, h.e) {
		return true
	}
	// "two military sources", "three bodies of evidence", "One of those
	// strikes", "one of the last functioning clinics", "One of them put
	// the toll at …": people or things that are no count of losses.
	if notACount(toks, q) || changeOnPrevious(toks, q) || askedAbout(toks, q.s, sw.whetherIf) {
		return true
	}
	// "The city has been hit by 14 glide bombs": the weapons that hit,
	// not weapons lost.
	if equipment && b1 == "by" {
		switch word(toks, q.s-2) {
		case "hit", "struck", "attacked", "targeted", "shelled", "bombed", "pounded", "destroyed", "damaged",
			"sunk", "sank", "downed", "killed", "wounded", "injured", "disabled", "knocked":
			// "the Moskva was sunk by two Neptune missiles".
			return true
		}
	}
	// "left 19.5 million people in need of humanitarian assistance".
	if walkAfter && word(toks, q.e+1) != "of" {
		for k := q.e; k < len(toks) && k < q.e+3; k++ {
			if toks[k].w == "in" && word(toks, k+1) == "need" {
				return true
			}
		}
	}
	// "one child killed every 10 minutes": a pace, not a count.
	for k := q.e; walkAfter && k < len(toks) && k < q.e+5; k++ {
		if toks[k].w == "every" && k+2 < len(toks) && toks[k+1].k == tNum {
			switch word(toks, k+2) {
			case "minutes", "hours", "seconds", "days":
				return true
			}
		}
	}
	// "100 death sentences": a penalty, not a death.
	if h.forward && h.e > h.s && toks[h.e-1].w == "death" {
		switch word(toks, h.e) {
		case "sentences", "sentence", "penalties", "penalty", "row", "threats", "warrants":
			return true
		}
	}
	if ratioFigure(toks, q, end, sw.everyEach) {
		return true
	}
	// "215 Ukrainian prisoners, including 108 of the Azov regiment, were
	// freed in a swap": captives counted in an exchange, however far its
	// verb.
	if !equipment && h.category == attrition.CategoryCaptured {
		// "their first exchange of prisoners since the ceasefire …, with
		// 44 Armenians flown to Yerevan".
		if !h.forward {
			for k := h.s - 1; k >= 0 && k >= h.s-3; k-- {
				if swapWord(toks[k].w) {
					return true
				}
			}
		}
		for k := end; k < len(toks) && k < end+20; k++ {
			w := toks[k].w
			// "…, according to the army, which says it has since freed
			// one soldier": another clause's deed.
			if vetoStop(w) || w == "," && (word(toks, k+1) == "and" || word(toks, k+1) == "which" || word(toks, k+1) == "according") || w == "would" || w == "will" {
				break
			}
			switch w {
			case "freed", "released", "repatriated", "traded", "handed":
				return true
			}
			if swapWord(w) {
				return true
			}
		}
	}
	// "got back 84 wounded prisoners of war in the exchange", "brought
	// home 84 seriously wounded soldiers in the latest swap": captives
	// handed back, no new wounded.
	if !equipment && h.category == attrition.CategoryWounded && h.forward && swapAround(toks, q.s, end) {
		return true
	}
	// "The bodies of 1,212 Ukrainian soldiers were repatriated": the
	// handover's verb after the dead, as before them.
	if !equipment && b1 == "of" && bodyNoun(word(toks, q.s-2)) && handoverAfter(toks, end) {
		return true
	}
	hi := min(len(toks), end+4)
	// "downed 51 of 83 drones launched", "lost about a third of the 109
	// Bradleys it received": the participle is the whole's; the part is
	// what the loss verb before it counts.
	partOf := false
	if equipment && word(toks, q.e) == "of" {
		w := q.e + 1
		if b := word(toks, w); b == "the" || b == "its" || b == "their" {
			w++
		}
		partOf = w < len(toks) && toks[w].k == tNum && nearLossWord(toks, max(0, q.s-10), q.s)
	}
	// (Only a word of clsVeto vetoes here.)
	if end+4 <= q.e+9 {
		walk = after&clsVeto != 0 // the window is in after's
	} else {
		walk = clsIn(toks, end, hi)&clsVeto != 0
	}
	for k := end; walk && k < hi; k++ {
		t := &toks[k]
		w := t.w
		if t.k == tPunct {
			if w == ";" || w == "." || w == "," {
				break
			}
			continue // no veto word
		}
		// "Russia lost 1,400 tanks but built 450": a contrast opens
		// another clause.
		if w == "and" || w == "yet" || contrastWord(w) {
			break
		}
		if t.cls&clsVeto == 0 || !vetoAt(toks, k) {
			continue
		}
		vk := vetoKinds.at(&toks[k])
		// "shot down more than 100 drones launched by Iran": launched
		// says what was downed.
		// "shot down 18 drones, two cruise missiles and one ballistic
		// missile fired by the Houthis": the loss verb heads the list.
		// So does "296 drones launched by Russia were shot down".
		if equipment && vk&vkStock != 0 && !partOf && !sinceClauseVerb(toks, k) && !((w == "launched" || w == "fired" || w == "fires" || w == "launches") &&
			(nearLossWord(toks, max(0, q.s-4), q.s) || listAfterLoss(toks, q.s) || passiveLossAfter(toks, k+1)) && b1 != "of" && word(toks, q.s-2) != "of") {
			return true
		}
		if !equipment && (h.category == attrition.CategoryCaptured) && vk&vkSwap != 0 {
			return true
		}
		// "84 wounded prisoners were released in the swap".
		if !equipment && vk&vkSwap != 0 && swappedWounded(toks, q, h) {
			return true
		}
		// "The toll includes 17 foreign soldiers serving with the UN
		// mission": who the dead were, not a headcount.
		// "The strike killed 68 migrants", "100 displaced people were
		// killed": people named by what they are, the object or subject
		// of the killing right beside the figure.
		// ("Of these, 17,200 were mobilised men": who the dead were.)
		// ("the deaths of 11,000 mobilised soldiers": how the dead came
		// to serve.)
		if !equipment && !h.forward && vk&vkHeadcount != 0 && !(servingWord(w) && includedAt(toks, q.s)) && !partOfDeadLead(toks, q.s) &&
			!(draftedWord(w) && k == q.e && word(toks, q.s-1) == "of" && h.e == q.s-1 && personNounWithin(toks, k+1, 3)) &&
			!(victimNoun(w) && (h.active && h.verbAt == q.s-1 || killedRightAfter(toks, k+1))) {
			return true
		}
	}
	// "at least 100 of the roughly 11,000 North Korean soldiers deployed
	// to Kursk had been killed": the whole of a part, whose people were
	// deployed; the dead are the part. ("16 soldiers deployed alongside
	// the army had been killed" is no whole: those were killed.)
	if !equipment && h.forward && h.s > q.e && b1 == "the" && word(toks, q.s-2) == "of" && q.s >= 3 && startsNumber(&toks[q.s-3]) {
		for k, hi := q.e, min(h.s, q.e+8); k < hi; k++ {
			t := &toks[k]
			if t.k == tNum || t.k == tPunct && (t.w == "," || t.w == ";") {
				break
			}
			if t.cls&clsVeto != 0 && vetoKinds.at(t)&vkHeadcount != 0 && vetoAt(toks, k) {
				return true
			}
		}
	}
	// "four of the ship's 25 crew were killed": the whole of a part;
	// the dead are the part.
	if !equipment && h.forward && q.s >= 4 && (strings.HasSuffix(toks[q.s-1].w, "'s") || strings.HasSuffix(toks[q.s-1].w, "’s")) && toks[q.s-2].w == "the" && toks[q.s-3].w == "of" && startsNumber(&toks[q.s-4]) {
		return true
	}
	// "a further 58 reported deaths are still being corroborated", "12
	// deaths pending verification": a backlog a monitor has yet to
	// check, no toll it published.
	if !equipment && unverifiedAfter(toks, q.e) {
		return true
	}
	// "has 3,000 tanks": possession, not loss.
	if equipment {
		b := b1
		// "along with 11 tanks", "together with" continue a list of losses.
		// "compared with 1,860 in 2023" sets a count against another.
		if b == "with" && (word(toks, q.s-2) == "along" || word(toks, q.s-2) == "together" || word(toks, q.s-2) == "compared") {
			return false
		}
		// "have passed 2,500" is a bound on losses, not possession.
		if (b == "has" || b == "have" || b == "had" || b == "possesses" || b == "with" || b == "operates") && q.s == q.first.s {
			return true
		}
	}
	return false
}

// passiveLossAfter reports "were shot down", "had been intercepted" in
// the few words from k on, before the clause ends: what the launched
// weapons became.
func passiveLossAfter(toks []token, k int) bool {
	for hi := min(len(toks), k+8); k < hi; k++ {
		switch toks[k].w {
		case ",", ";", ".", "and", "but", "while":
			return false
		case "were", "was", "been":
			return nearLossWord(toks, k+1, min(len(toks), k+3))
		}
	}
	return false
}

func nearLossWord(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].cls&clsLoss != 0 { // lossWords
			return true
		}
	}
	return false
}

// nounUse reports a verb of projection used as a noun or in a name: "the
// UALosses project", "according to the Peace Project", "the forecast".
func nounUse(toks []token, k int) bool {
	switch toks[k].w {
	case "project", "projects", "forecast", "forecasts":
		if toks[k].upper {
			return true
		}
		switch word(toks, k-1) {
		case "the", "a", "an", "this", "that", "its", "their", "his", "her", "our":
			return true
		}
		if k > 0 && toks[k-1].upper {
			return true // "the UALosses project"
		}
		// "the open-source project Oryx", "a research project": an
		// article a word or two before, or a name right after.
		if word(toks, k-2) == "the" || word(toks, k-2) == "a" || word(toks, k-2) == "an" || k+1 < len(toks) && toks[k+1].upper {
			return true
		}
		// "the Oryx open-source project", "an open-source intelligence
		// project": a name or a second modifier between.
		if w := word(toks, k-3); (w == "the" || w == "a" || w == "an") && toks[k-1].k == tWord && toks[k-2].k == tWord {
			return true
		}
	}
	return false
}

// agentPassive reports "figures released by", "data returned by": the
// verb names who published the figures, not a swap.
func agentPassive(toks []token, k int) bool {
	if word(toks, k+1) != "by" {
		return false
	}
	switch word(toks, k-1) {
	case "figures", "data", "numbers", "statistics", "estimates", "tallies", "counts", "report", "reports":
		return true
	}
	return false
}

// vetoAt reports a word that makes a figure no loss (clsVeto), unless it
// is a noun here: "a raid on a residential building" builds nothing.
func vetoAt(toks []token, k int) bool {
	if toks[k].cls&clsVeto == 0 {
		return false
	}
	// "a monastery sheltering displaced families": whom a place
	// shelters, not the figure's people.
	if toks[k].w == "displaced" {
		switch word(toks, k-1) {
		case "sheltering", "housing", "hosting", "for", "of":
			return false
		}
	}
	// "according to the Costs of War Project": a body's name, no
	// forecast.
	if toks[k].upper && (toks[k].w == "project" || toks[k].w == "projects") {
		return false
	}
	// "nine aid workers": people, not aid given.
	if toks[k].w == "aid" {
		switch word(toks, k+1) {
		case "workers", "worker", "staff", "volunteers", "volunteer", "officials", "official", "agencies", "agency", "groups", "group":
			return false
		}
	}
	// "the hospital received 11 bodies and 48 wounded": a hospital
	// takes in the dead and the wounded, not deliveries.
	if w := toks[k].w; w == "received" || w == "receive" || w == "receiving" {
		// "received the bodies of 909 soldiers" is a repatriation: the
		// figure comes first.
		num := false
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].k == tPunct {
				break
			}
			if toks[j].k == tNum {
				num = true
			}
			switch toks[j].w {
			case "bodies", "corpses", "wounded", "injured", "dead", "casualties":
				if num || hospitalBefore(toks, k) {
					return false
				}
			}
		}
	}
	if toks[k].w == "building" {
		switch word(toks, k-1) {
		case "is", "are", "was", "were", "be", "been", "to", "keeps", "continues", "started", "began":
			return true
		}
		return false
	}
	return true
}

// periodUnitEnd reports a unit of time at k that ends a period phrase,
// "over the past day 4 people were killed", not a label ("Day 4", "on
// day 1,000 of the war").
func periodUnitEnd(toks []token, k int) bool {
	switch word(toks, k) {
	case "day", "week", "year":
	default:
		return false
	}
	switch word(toks, k-1) {
	case "past", "last", "previous", "preceding", "same", "this", "that", "whole", "entire":
		return true
	}
	return false
}

// thingAfter reports a plain noun of things right after a figure, with
// no noun of people or loss after it: "200 jobs at the plant".
func thingAfter(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	t := &toks[e]
	// "hit two oil refineries": a plain word before the thing, of no
	// lexicon set (the walks' gates are no sets).
	if plain := t.k == tWord && !t.upper && t.cls&^clsWalkGates == 0 && !strings.HasSuffix(t.w, "s"); plain && e+1 < len(toks) {
		e++
		t = &toks[e]
	}
	if t.k != tWord || t.upper || t.cls&(clsWordClasses|clsStopWords|clsActorWord|clsCivilianWords|clsMilitaryWords) != 0 || !strings.HasSuffix(t.w, "s") {
		return false
	}
	switch t.w {
	case "across", "towards", "afterwards", "besides", "perhaps", "always", "unless", "thus", "plus", "versus", "overseas",
		"whereas", "nevertheless", "was", "has", "is", "does", "as", "us", "its", "his", "this", "less", "yes", "sometimes":
		return false
	}
	if e+1 < len(toks) {
		if n := &toks[e+1]; n.cls&(clsPerson|clsCat|clsLoss) != 0 {
			return false
		}
	}
	return true
}

// weaponGotThrough reports, after an equipment noun ending at k, a
// verb of a weapon that was not stopped: "were not intercepted",
// "struck targets", "hit the city".
func weaponGotThrough(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		switch toks[j].w {
		case ",", ";", ".", "but", "while":
			return false
		case "not", "never":
			switch word(toks, j+1) {
			case "intercepted", "downed", "shot", "destroyed", "stopped":
				return true
			}
		case "struck", "hit", "reached", "penetrated", "landed", "evaded", "slipped":
			// ("were hit", "had been struck": the weapons were the target.)
			w := word(toks, j-1)
			return w != "were" && w != "was" && w != "been" && w != "be"
		}
	}
	return false
}

// askedAbout reports a figure that is put as a question, no one's
// claim: "Asked whether Russia had lost 100,000 soldiers, Peskov said
// no", "Has Russia lost 100,000 soldiers?". whetherIf says that the
// sentence has "whether" or "if" (sentWords): without either, the walk
// back finds nothing.
func askedAbout(toks []token, s int, whetherIf bool) bool {
	for k := s - 1; whetherIf && k >= 0 && k >= s-20; k-- {
		switch toks[k].w {
		case ".", ";", ":", "said", "says":
			return false
		case "whether", "if":
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				switch toks[j].w {
				case "asked", "asking", "ask", "wondered", "question":
					return true
				}
			}
		}
	}
	// A sentence of its own that opens with an auxiliary and ends in a
	// question mark.
	if n := len(toks); n > 2 && toks[n-1].w == "?" && toks[0].upper {
		switch toks[0].w {
		case "has", "have", "did", "does", "do", "is", "are", "was", "were", "could", "can", "will":
			return true
		}
	}
	return false
}

// changeOnPrevious reports the size of a change against an earlier
// count: "an increase of over 1,000 on the previous year", "a rise of
// 300 compared with last month". Neither count is this figure.
func changeOnPrevious(toks []token, q *quantity) bool {
	k := q.s - 1
	if word(toks, k) != "of" {
		return false
	}
	switch word(toks, k-1) {
	case "increase", "rise", "decrease", "drop", "fall", "jump", "decline", "reduction":
	default:
		return false
	}
	j := q.e
	switch word(toks, j) {
	case "on", "over", "from":
		j++
	case "compared":
		j += 2
	default:
		return false
	}
	if w := word(toks, j); w == "the" || w == "a" {
		j++
	}
	switch word(toks, j) {
	case "previous", "last", "prior", "preceding", "year", "month", "week":
		return true
	}
	return j < len(toks) && yearAt(toks, j)
}

// notACount reports a figure that counts sources, evidence or events, or
// a "one of" that picks one out of many: no loss.
func notACount(toks []token, q *quantity) bool {
	e := q.e
	if w := word(toks, e); w == "sources" || word(toks, e+1) == "sources" && toks[e].k == tWord {
		return true
	}
	if word(toks, e) == "bodies" && word(toks, e+1) == "of" {
		switch word(toks, e+2) {
		case "evidence", "work", "data", "research", "water", "literature", "knowledge":
			return true
		}
	}
	// "13 members of one family": the family the dead were of.
	if q.e-q.s == 1 && toks[q.s].w == "one" && word(toks, q.s-1) == "of" {
		switch word(toks, e) {
		case "family", "household", "house", "home", "building", "village", "clan":
			return true
		}
	}
	if word(toks, e) != "of" || q.e-q.s != 1 {
		return false
	}
	switch toks[q.s].w {
	case "one", "two", "three", "1", "2", "3":
	default:
		return false
	}
	switch w := word(toks, e+1); w {
	case "those", "these", "the":
		n := word(toks, e+2)
		switch n {
		case "strikes", "attacks", "raids", "incidents", "last", "first", "few", "most", "deadliest", "largest", "biggest", "worst", "only":
			return true
		}
		if strings.HasSuffix(n, "est") && len(n) > 5 {
			return true
		}
	case "them":
		// "One of them put the toll at more than 50 dead": a speaker.
		switch word(toks, e+2) {
		case "said", "says", "put", "told", "added", "estimated", "reported":
			return true
		}
	}
	return false
}

// ratioFigure reports a figure that is one side of a ratio or a share of
// every so many: "one Ukrainian casualty for every five Russian", the
// other side ("narrowing to one for every two or three"), "nine of every
// ten vehicle losses", and the figures of a sentence that opens "For
// every Ukrainian soldier killed, …, Russia has lost between two and
// three". end is where the figure's category ends. everyEach says that
// the sentence has "every" or "each" (sentWords): the rules that look
// for either find nothing without.
func ratioFigure(toks []token, q *quantity, end int, everyEach bool) bool {
	every := func(w string) bool { return w == "every" || w == "each" }
	if everyEach {
		if word(toks, 0) == "for" && every(word(toks, 1)) && q.s > 2 && max(q.low, q.high) < 100 {
			return true
		}
		if word(toks, q.e) == "of" && every(word(toks, q.e+1)) {
			return true
		}
		if b := word(toks, q.s-2); every(word(toks, q.s-1)) && (b == "for" || b == "to" || b == "of") {
			return true
		}
	}
	// "2 in 5 Russian casualties are killed", "1 in 4": a ratio with
	// no base. (Not "12 in 2024": a year is no ratio's base.)
	if word(toks, q.e) == "in" && max(q.low, q.high) <= 20 && q.e+1 < len(toks) {
		// (Nor "3 in 5 days": a span.)
		if r, ok := parseQuantity(toks, q.e+1); ok && r.s == q.e+1 && !r.first.year && r.best > max(q.low, q.high) && r.best <= 100 {
			if _, span := unitAt(toks, r.e); !span {
				return true
			}
		}
	}
	for k, hi := end, min(len(toks), end+4); everyEach && k < hi; k++ {
		// "for" and "to" are period words: the class bit first.
		if t := &toks[k]; t.cls&clsPeriod != 0 && (t.w == "for" || t.w == "to") && every(word(toks, k+1)) {
			return true
		}
	}
	return false
}

// includedAt reports "includes", "including" and the like right before a
// figure at s: a part of a toll given before.
func includedAt(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "include", "includes", "included", "including":
		return true
	}
	return false
}

// expectTo is a word after which "to" looks ahead: "likely to exceed",
// "expected to pass", "on track to reach".
func expectTo(w string) bool {
	switch w {
	case "likely", "unlikely", "expected", "set", "projected", "forecast", "poised", "track", "going", "due":
		return true
	}
	return false
}

// hospitalBefore reports a hospital or its staff as the subject of the
// verb at k: "Nasser Hospital said it had received the bodies of 17
// people" is the day's dead, no repatriation.
func hospitalBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		switch toks[j].w {
		case "hospital", "hospitals", "morgue", "morgues", "clinic", "medics", "paramedics", "doctors":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// victimNoun is a headcount word that may name the victims of a
// killing: "migrants", "refugees", "displaced (people)".
func victimNoun(w string) bool {
	switch w {
	case "migrants", "refugees", "displaced", "idps", "evacuees", "recruits", "conscripts":
		return true
	}
	return false
}

// killedRightAfter reports a passive of killing within a few words from
// k: "(displaced) people were killed", "(migrants) died".
func killedRightAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch toks[j].w {
		case "people", "persons", "were", "was", "have", "had", "been", "reportedly":
			continue
		case "killed", "died", "dead", "wounded", "injured":
			return true
		}
		return false
	}
	return false
}

// clockTime reports a time of day in tokens [s, e): "18:40" (either
// half), or a figure before a time zone ("14.32 BST", "9 pm").
func clockTime(toks []token, s, e int) bool {
	if s < 0 || e > len(toks) || s >= e {
		return false
	}
	// "18:40": digits, a glued colon, two glued digits.
	if toks[s].k == tNum && s >= 2 && toks[s].glued && toks[s-1].w == ":" && toks[s-1].glued && toks[s-2].k == tNum && len(toks[s].w) == 2 {
		return true
	}
	if toks[e-1].k == tNum && e+1 < len(toks) && toks[e].w == ":" && toks[e].glued && toks[e+1].glued && toks[e+1].k == tNum && len(toks[e+1].w) == 2 && len(toks[e-1].w) <= 2 {
		return true
	}
	switch w := word(toks, e); {
	case zoneWord(w), w == "hrs", w == "a.m", w == "p.m", w == "am", w == "pm":
		// ("9 am", not "I am": the word after a figure.)
		return toks[e-1].k == tNum
	case w == "a" || w == "p":
		// "1 a.m.", "3 p.m.": the tokenizer splits them at the dots.
		return toks[e-1].k == tNum && word(toks, e+1) == "." && word(toks, e+2) == "m" && toks[e+2].glued
	}
	return false
}

// zoneWord reports a time zone's abbreviation after a clock time: "GMT",
// "BST", "MSK".
func zoneWord(w string) bool {
	switch w {
	case "bst", "gmt", "utc", "cet", "cest", "eet", "eest", "edt", "est", "pdt", "pst", "msk", "idt", "ist":
		return true
	}
	return false
}

// speakersAt reports people who speak right after a figure's end at e:
// "one officer said", "two senior military officials told", "one
// Ukrainian battalion commander recalled". The verb is of
// clsSpeechVerbs: vetoed asks only a sentence with one.
func speakersAt(toks []token, e int) bool {
	person := false
	for k := e; k < len(toks) && k < e+5; k++ {
		t := &toks[k]
		if t.k != tWord {
			return false
		}
		if person && t.cls&clsSpeechVerbs != 0 && !t.upper {
			// ("110,000 Russian soldiers confirmed dead", "soldiers
			// reported missing": the fate they were reported in, no
			// speakers.)
			if fateWordAt(toks, k+1) {
				return false
			}
			return true
		}
		switch {
		case speakerNoun(t.w):
			person = true
		case person:
			return false
		case t.cls&(clsLoss|clsCat) != 0:
			return false
		}
	}
	return false
}

// speakerNoun names people who give figures: "officer", "official",
// "commander".
func speakerNoun(w string) bool {
	switch w {
	case "officer", "officers", "official", "officials", "commander", "commanders", "soldier", "soldiers", "source", "sources",
		"spokesman", "spokesperson", "spokeswoman", "diplomat", "diplomats", "analyst", "analysts", "witness", "witnesses",
		"doctor", "doctors", "medic", "medics", "resident", "residents", "lawmaker", "lawmakers", "minister", "ministers":
		return true
	}
	return false
}

// handoverVerb gives the dead from one side to the other.
func handoverVerb(w string) bool {
	switch w {
	case "handed", "returned", "repatriated", "exchanged", "swapped", "traded", "transferred", "handing", "returning", "repatriating":
		return true
	}
	return false
}

// foreseenAfter reports deaths a modal foresees after the figure ending
// at e: "74,290 excess deaths would occur", "deaths could occur".
func foreseenAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k <= e+4; k++ {
		switch toks[k].w {
		case "would", "could", "might", "may", "will":
			switch word(toks, k+1) {
			case "occur", "die", "result", "follow":
				return true
			case "be":
				// "2,000 more people could be killed if the fighting
				// continues", "thousands could be killed": a loss to
				// come. ("may be dead", "could have been killed" are
				// estimates of what was.)
				switch word(toks, k+2) {
				case "killed", "wounded", "injured", "massacred", "slaughtered", "displaced":
					return true
				}
			}
			return false
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// vitalStatistics reports a sentence of a country's vital statistics:
// births, or the statistics service that counts them.
func vitalStatistics(toks []token) bool {
	for k := range toks {
		switch toks[k].w {
		case "births", "rosstat", "ukrstat", "statistics", "statistical":
			return true
		}
	}
	return false
}

// capacityBefore reports a capacity a few words before the figure at s:
// "can handle up to", "capacity for", "centres for".
func capacityBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		switch toks[k].w {
		case "capacity", "handle", "accommodate", "centres", "centers", "beds", "designed", "equipped":
			return true
		case ",", ";", ".", "killed", "wounded", "injured", "treated":
			return false
		}
	}
	return false
}

// lostNoWar reports what a side "lost" that is no loss of war: a
// score ("lost 3-0 to Barcelona"), animals, or people to emigration.
func lostNoWar(toks []token, q *quantity) bool {
	e := q.e
	// A score: two small numbers joined by a dash.
	if e+1 < len(toks) && isDash(toks[e].w) && toks[e].glued && toks[e+1].k == tNum && len(toks[e+1].w) <= 2 && len(toks[q.first.s].w) <= 2 {
		return true
	}
	if q.bound == attrition.BoundRange && q.high <= 20 && word(toks, e) == "to" && e+1 < len(toks) && toks[e+1].upper {
		return true // "lost 2-1 to Belgium", read as a range
	}
	switch word(toks, e) {
	case "cattle", "livestock", "animals", "sheep", "cows", "pigs", "chickens", "horses", "hectares", "acres", "jobs", "seats", "votes", "points", "games", "matches":
		return true
	}
	// "lost 1.2 million people to emigration", "120 employees to the
	// draft".
	for k := e; k < len(toks) && k <= e+3; k++ {
		if toks[k].w == "to" {
			n := k + 1
			if word(toks, n) == "the" {
				n++
			}
			switch word(toks, n) {
			case "emigration", "migration", "draft", "mobilisation", "mobilization", "conscription", "army", "front",
				// "lost 1,700 men to desertion": gone, not lost in war.
				"desertion", "desertions", "defection", "defections":
				return true
			}
			break
		}
	}
	return false
}

// projectedBefore reports a verb that foresees the figure starting at s:
// a modal's "cause", "mean", "lead to", "result in", or "project",
// "forecast", "predict".
func projectedBefore(toks []token, s int) bool {
	k := s - 1
	if w := word(toks, k); w == "in" || w == "to" {
		k-- // "result in", "lead to"
	}
	switch word(toks, k) {
	case "project", "projects", "projected", "forecast", "forecasts", "predict", "predicts", "predicted", "projecting", "forecasting", "predicting":
		return true
	case "cause", "mean", "lead", "result", "bring", "leave":
		switch word(toks, k-1) {
		case "could", "would", "may", "might", "will", "to", "can":
			return true
		}
	}
	// "disease could push the Gaza death toll above 186,000": a modal's
	// push of the toll to a figure, a few words back.
	b := s - 1
	if w := word(toks, s); w == "above" || w == "past" || w == "beyond" || w == "over" {
		b = s // the bound's word is the quantity's own
	}
	switch word(toks, b) {
	case "above", "past", "beyond", "to", "over":
		for m := b - 1; m >= 1 && m >= b-7; m-- {
			switch toks[m].w {
			case "push", "drive", "raise", "take", "send", "lift":
				switch word(toks, m-1) {
				case "could", "would", "may", "might", "will", "can":
					return true
				}
				return false
			case ",", ".", ";":
				return false
			}
		}
	}
	return false
}

// relativeClauseBefore returns the comma that opens a relative clause
// closed by the comma at c (", which are likely to rise,"), or -1.
func relativeClauseBefore(toks []token, c int) int {
	for m := c - 1; m >= 1 && m >= c-10; m-- {
		switch toks[m].w {
		case ",":
			if w := word(toks, m+1); w == "which" || w == "who" {
				return m
			}
			return -1
		case ".", ";":
			return -1
		}
	}
	return -1
}

// numberVerb reports "number" at token k used as a verb after a loss
// word: "casualties number 900,000".
func numberVerb(toks []token, k int) bool {
	if word(toks, k) != "number" || k == 0 {
		return false
	}
	p := k - 1
	switch toks[p].w {
	case "likely", "probably", "now", "still", "already", "may", "might", "could", "to":
		p--
	}
	return p >= 0 && toks[p].cls&(clsCat|clsLoss) != 0
}

// wholeOfShare reports a figure at s that is the whole a share before it
// is of: "40% of the 1,200", "a third of its 31".
func wholeOfShare(toks []token, s int) bool {
	k := s - 1
	if w := word(toks, k); w == "the" || w == "its" || w == "their" {
		k--
	}
	if word(toks, k) != "of" {
		return false
	}
	switch word(toks, k-1) {
	case "%", "percent", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "majority", "most":
		return true
	}
	return false
}

// shareAsideBefore reports a figure at s set off by a comma or a dash
// after a share of a whole, which it counts: "lost 40% of its
// personnel, some 800 men", "a third of its strength – about 1,200
// soldiers", "half its men, around 2,000". It returns the share's word
// ("%", "third"), or -1.
func shareAsideBefore(toks []token, s int) int {
	k := s - 1
	if word(toks, k) == "or" {
		k-- // ", or some 800 men"
	}
	switch word(toks, k) {
	case ",", "—", "–", "-", "(":
	default:
		return -1
	}
	// The whole: "of its personnel", "of the brigade's strength", "its
	// men".
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		switch toks[j].w {
		case "%", "percent", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths":
			return j
		case ",", ";", ".", ":", "and":
			return -1
		}
		if toks[j].k == tNum {
			return -1
		}
	}
	return -1
}

// finiteLossAt reports a loss word at k that is a finite verb, not a
// participle after its noun: "were killed", "died", not "soldiers
// killed".
func finiteLossAt(toks []token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	switch toks[k].w {
	case "died", "perished":
		return true
	}
	switch toks[k-1].w {
	case "were", "was", "are", "is", "been", "have", "has", "had":
		return true
	}
	return false
}

// wholeOpening reports the figure of "Of the 20 missiles, 19 were
// intercepted": the whole a sentence opens on, with no loss word of its
// own before the comma and the part's figure after it.
//
// The whole may be an owner's ("Of Ukraine's 31 Abrams tanks, 20 have
// been destroyed"), and the part may come after the clause's subject
// and verb ("Of its 31 Abrams, Ukraine has lost 20").
func wholeOpening(toks []token, q *quantity) bool {
	k := q.s - 1
	if w := word(toks, k); w == "the" || w == "its" || w == "their" || k >= 0 && toks[k].poss {
		k--
	}
	if word(toks, k) != "of" || k > 2 {
		return false
	}
	for j := q.e; j < len(toks) && j < q.e+8; j++ {
		t := &toks[j]
		if t.w == "," {
			for m := j + 1; m < len(toks) && m <= j+5; m++ {
				if startsNumber(&toks[m]) {
					return true
				}
				if toks[m].k == tPunct {
					return false
				}
			}
			return false
		}
		// ("Of Russia's 300 Su-34 bombers,": a model's hyphen is
		// part of its name.)
		if t.cls&clsLoss != 0 || t.k == tPunct && !modelHyphen(toks, j) {
			return false
		}
	}
	return false
}

// modelHyphen reports the hyphen of a model's name at k, glued between
// letters and a number: "Su-34", "Ka-52", "F-16s".
func modelHyphen(toks []token, k int) bool {
	return toks[k].w == "-" && toks[k].glued && k > 0 && k+1 < len(toks) && toks[k-1].k == tWord && toks[k+1].k == tNum && toks[k+1].glued
}

// eventProperty reports the words before "at least one fatality", at
// token s, that make it what events had, not a toll: "42 per cent
// resulted in", "events with", "strikes causing". (Not "the attack
// resulted in at least one death": one event's toll.)
func eventProperty(toks []token, s int) bool {
	v := s - 1
	switch word(toks, v) {
	case "with", "involving", "causing", "caused":
	case "in":
		v--
		if w := word(toks, v); w != "resulted" && w != "resulting" {
			return false
		}
	default:
		return false
	}
	switch w := word(toks, v-1); w {
	case "cent", "percent", "%", "events", "which", "them":
		return true
	default:
		return eventNoun(w)
	}
}

// eventAfterModifiers reports an event noun after one or two
// modifiers at token k, neither of loss nor of people: "documented
// attacks", "separate drone strikes", "indiscriminate attacks". (Not
// "49,600 as strikes resume": a modifier has an adjective's ending.)
func eventAfterModifiers(toks []token, k int) bool {
	for j := k; j < k+2 && j+1 < len(toks); j++ {
		t := &toks[j]
		if t.k != tWord || t.cls&(clsLoss|clsCat|clsPerson) != 0 || !(eventModifier(t.w) || adjectiveEnding(t.w)) {
			return false
		}
		if eventNoun(toks[j+1].w) {
			return true
		}
	}
	return false
}

// adjectiveEnding reports a word with the ending of a participle or an
// adjective: "verified", "unlawful", "indiscriminate", "individual",
// "distinct".
func adjectiveEnding(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range [...]string{"ed", "ful", "ate", "al", "ive", "ous", "nt", "ct"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// eventModifier reports a word that says how or by whom events were
// made: "61 military airstrikes", "40 drone attacks".
func eventModifier(w string) bool {
	switch w {
	case "military", "air", "drone", "missile", "artillery", "aerial", "separate", "deadly", "regime", "junta", "rocket":
		return true
	}
	return false
}

// partOfDeadLead reports a figure near the start of a sentence that
// opens on the dead counted before ("Of these,", "Of the dead,", "Among
// the dead are", "The list includes"): its words say who the dead
// were ("mobilised men", "volunteers who signed contracts"), not a
// force's size.
func partOfDeadLead(toks []token, s int) bool {
	if s > 8 || len(toks) < 3 {
		return false
	}
	w0, w1, w2 := toks[0].w, toks[1].w, toks[2].w
	switch w0 {
	case "of":
		return w1 == "these" || w1 == "them" || w1 == "those" || w1 == "whom" || w1 == "the" && deadNouns[w2]
	case "among":
		return w1 == "them" || w1 == "these" || w1 == "those" || w1 == "the" && deadNouns[w2]
	case "the":
		switch w1 {
		case "list", "tally", "count", "toll", "dead":
			return w2 == "includes" || w2 == "included" || w2 == "include"
		}
	}
	return false
}

// ageListBefore reports a list of ages that runs back from token k to
// "aged": "aged 34, 56 and", "ages 18 to".
func ageListBefore(toks []token, k int) bool {
	for j := k; j >= 0 && j >= k-12; j-- {
		switch w := toks[j].w; {
		case w == "aged" || w == "ages" || w == "age":
			return true
		case toks[j].k == tNum, w == "and", w == "to", w == ",", isDash(w):
		default:
			return false
		}
	}
	return false
}

// aliveDeath reports a verb that kills with "alive" after it: "burned
// alive", "burnt alive".
func aliveDeath(w string) bool {
	switch w {
	case "burned", "burnt":
		return true
	}
	return false
}

// swapAround reports a prisoner exchange in the clause of the figure at
// s..e: "in the exchange", "were swapped", "in a prisoner swap", "In
// the latest exchange, Ukraine got back …"; not "an exchange of fire".
func swapAround(toks []token, s, e int) bool {
	swap := func(k int) bool {
		if w := toks[k].w; !swapWord(w) && w != "repatriated" && w != "repatriation" {
			return false
		}
		return word(toks, k+1) != "of" || word(toks, k+2) == "prisoners" || word(toks, k+2) == "pows" || word(toks, k+2) == "bodies"
	}
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		if vetoStop(toks[k].w) {
			break
		}
		if swap(k) {
			return true
		}
	}
	for k := e; k < len(toks) && k < e+15; k++ {
		if vetoStop(toks[k].w) {
			break
		}
		if swap(k) {
			return true
		}
	}
	return false
}

// swapWord names a prisoner exchange: "exchanged", "a swap".
func swapWord(w string) bool {
	switch w {
	case "exchange", "exchanged", "exchanges", "swap", "swapped", "swaps":
		return true
	}
	return false
}

// bodyNoun names the dead as bodies.
func bodyNoun(w string) bool {
	return w == "bodies" || w == "remains" || w == "corpses"
}

// handoverAfter reports a passive handover verb right after e: "were
// repatriated", "have been returned to Ukraine", "were handed over".
func handoverAfter(toks []token, e int) bool {
	k := e
	// ("of 1,212 Ukrainian soldiers were": the people's words first.)
	aux := func(w string) bool { return w == "were" || w == "was" || w == "have" || w == "had" || w == "has" }
	for k < len(toks) && k < e+4 && toks[k].k == tWord && !aux(toks[k].w) {
		k++
	}
	if !aux(word(toks, k)) {
		return false
	}
	k++
	if word(toks, k) == "been" {
		k++
	}
	return k < len(toks) && handoverVerb(toks[k].w)
}

// groupAgeBefore reports "were (all/mostly) under" before the figure at
// s after a group of people counted before it: "The 12 soldiers killed
// on Monday were all under 25", "Most of the five civilians killed
// were over 60". A loss noun as the subject keeps the figure a count:
// "the casualties were under 50", "the 12 soldiers' losses were over 40".
func groupAgeBefore(toks []token, s int) bool {
	k := s - 1
	switch word(toks, k) {
	case "all", "mostly", "largely", "mainly", "both", "each":
		k--
	}
	switch word(toks, k) {
	case "were", "are":
	default:
		return false
	}
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		t := &toks[j]
		switch {
		case t.w == "," || t.w == ";" || t.w == "." || t.w == ":":
			return false
		case t.cls&clsLoss != 0 && t.cls&clsPerson == 0 && j == k-1:
			// "the casualties were", "the dead were": the count's own
			// noun; but "the five civilians killed were": a participle
			// after the group's noun.
			if p := &toks[j-1]; p.cls&clsPerson == 0 || p.poss || p.k != tWord {
				return false
			}
		case t.cls&clsPerson != 0 && t.k == tWord:
			// "the 12 soldiers", "the five civilians", "dozens of
			// civilians".
			p := j - 1
			if toks[p].w == "of" && p >= 1 {
				p--
			}
			if toks[p].k == tNum || toks[p].cls&clsNum != 0 {
				return true
			}
		}
	}
	return false
}

// fateWordAt reports a word of the people's fate at m, after a verb of
// saying: "were killed", "are dead", "remain missing".
func fateWordAt(toks []token, m int) bool {
	return m < len(toks) && (toks[m].cls&clsLoss != 0 || toks[m].w == "dead" || toks[m].w == "missing")
}

// unverifiedAfter reports, in the clause of the figure ending at e, a
// check still to come: "are still being corroborated", "have yet to be
// verified", "pending verification", "awaiting confirmation". ("A
// figure that could not be independently verified" is a toll told
// without a check, and stays.)
func unverifiedAfter(toks []token, e int) bool {
	for k, hi := e, min(len(toks), e+9); k < hi; k++ {
		t := &toks[k]
		if t.k != tWord {
			return false
		}
		switch t.w {
		case "corroborated", "verified", "confirmed":
			b := word(toks, k-1)
			return b == "being" || b == "be" && word(toks, k-2) == "to" && word(toks, k-3) == "yet"
		case "pending", "awaiting", "under":
			switch word(toks, k+1) {
			case "verification", "corroboration", "confirmation":
				return true
			}
		}
	}
	return false
}
