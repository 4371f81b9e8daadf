package extract

import (
	"cmp"
	"strings"

	"github.com/attrition-project/attrition"
)

// phrase is a run of lower-case words with what it means.
type phrase struct {
	words []string
	// ids are the words' lexicon ids (0 for a word not in it): a token
	// matches a word by id without comparing strings.
	ids []uint16
	// second is ids[1], 0 for a one-word phrase (matchFrom).
	second   uint16
	category string
	status   string
}

// phraseSet finds phrases by their first word; each bucket is sorted
// longest first, so "killed or wounded" wins over "killed".
type phraseSet map[string][]phrase

func newPhraseSet(entries map[string]string) phraseSet {
	ps := phraseSet{}
	for p, cat := range entries {
		ws := phraseWords(p)
		ps[ws[0]] = append(ps[ws[0]], phrase{words: ws, category: cat})
	}
	// Each bucket is sorted in place: the map keeps the same slice.
	for _, b := range ps {
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && (len(b[j].words) > len(b[j-1].words) ||
				len(b[j].words) == len(b[j-1].words) && compareJoined(b[j].words, b[j-1].words) < 0); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
	}
	return ps
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// compareJoined compares joinWords(a) with joinWords(b) as
// strings.Compare does, without building them: the sorts of the
// start-up tables compare thousands of phrases.
func compareJoined(a, b []string) int {
	for k := 0; k < len(a) && k < len(b); k++ {
		x, y := a[k], b[k]
		if x == y {
			continue
		}
		n := min(len(x), len(y))
		if c := strings.Compare(x[:n], y[:n]); c != 0 {
			return c
		}
		// One word is the start of the other: where the shorter ends,
		// its phrase ends too or goes on with a space.
		if len(x) < len(y) {
			if k+1 == len(a) {
				return -1
			}
			if y[n] != ' ' {
				return cmp.Compare(' ', y[n])
			}
		} else {
			if k+1 == len(b) {
				return 1
			}
			if x[n] != ' ' {
				return cmp.Compare(x[n], ' ')
			}
		}
		// A word with a space in it, which phraseWords does not make.
		return strings.Compare(joinWords(a), joinWords(b))
	}
	return cmp.Compare(len(a), len(b))
}

// phraseIndex is a phraseSet indexed by lexicon id (lexIndex).
type phraseIndex lexIndex[[]phrase]

var (
	personnelIx = newPhraseIndex(personnelPhrases)
	equipmentIx = newPhraseIndex(equipmentPhrases)
)

func newPhraseIndex(ps phraseSet) phraseIndex {
	x := phraseIndex(newLexIndex(ps))
	for _, b := range x {
		for i := range b {
			b[i].ids = make([]uint16, len(b[i].words))
			for k, w := range b[i].words {
				// Figures and marks ("t", "-", "72", "s") are matched by
				// their text: the tokenizer gives them no word id.
				if c := w[0]; c >= 'a' && c <= 'z' || c >= 0x80 {
					_, b[i].ids[k] = lexFast.lookup(w)
				}
			}
			if len(b[i].ids) > 1 {
				b[i].second = b[i].ids[1]
			}
		}
	}
	return x
}

// matchAt reports whether p starts at token i, whose word is p's first;
// it returns the index after p.
func (p *phrase) matchAt(toks []token, i int) (int, bool) {
	end := i + len(p.words)
	if end > len(toks) {
		return 0, false
	}
	for k := 1; k < len(p.words); k++ {
		t := &toks[i+k]
		if id := p.ids[k]; id != 0 {
			if t.id != id {
				return 0, false
			}
		} else if t.w != p.words[k] {
			return 0, false
		}
	}
	return end, true
}

// match returns the longest phrase starting at token i, and the index
// after it. The phrase is the table's own: callers must not change it.
// The class test is inlined at every call (most tokens start no phrase);
// matchFrom, which scans the bucket, is not.
func (ps phraseIndex) match(toks []token, i int) (*phrase, int, bool) {
	if i >= len(toks) || toks[i].cls&clsCat == 0 {
		return nil, 0, false
	}
	return ps.matchFrom(toks, i)
}

func (ps phraseIndex) matchFrom(toks []token, i int) (*phrase, int, bool) {
	b := ps[toks[i].id]
	// The next token's id rules out most of a bucket's longer phrases
	// ("killed or wounded" after "killed") before matchAt's set-up.
	var next uint16
	if i+1 < len(toks) {
		next = toks[i+1].id
	}
	for k := range b {
		p := &b[k]
		if p.second != 0 && p.second != next {
			continue
		}
		if end, ok := p.matchAt(toks, i); ok {
			return p, end, true
		}
	}
	return nil, 0, false
}

const (
	catCasualties = attrition.CategoryCasualties
	catPermanent  = attrition.CategoryPermanentLosses
	catKOM        = attrition.CategoryKilledOrMissing
	catKilled     = attrition.CategoryKilled
	catWounded    = attrition.CategoryWounded
	catMissing    = attrition.CategoryMissing
	catCaptured   = attrition.CategoryCaptured
	// catLost is "lost": casualties for people, equipment for things.
	catLost = "lost"
	// Weapons that are fired: a count of them launched is no loss.
	catMissiles = attrition.EquipmentPrefix + "missiles"
	catDrones   = attrition.EquipmentPrefix + "drones"
)

func eq(t string) string { return attrition.EquipmentPrefix + t }

// personnelPhrases name a category of personnel losses after a figure
// ("1,000 killed", "500 soldiers were killed or wounded").
var personnelPhrases = newPhraseSet(map[string]string{
	"killed or wounded": catCasualties, "killed and wounded": catCasualties,
	"dead or wounded": catCasualties, "dead and wounded": catCasualties,
	"killed or injured": catCasualties, "killed and injured": catCasualties,
	"dead or injured": catCasualties, "dead and injured": catCasualties,
	"wounded or killed": catCasualties, "wounded and killed": catCasualties,
	"injured or killed": catCasualties, "injured and killed": catCasualties,
	"killed , wounded": catCasualties,
	// OHCHR's and ACLED's nouns: "1,500 civilian deaths and injuries".
	"deaths and injuries": catCasualties, "deaths or injuries": catCasualties,
	"fatalities and injuries": catCasualties, "fatalities or injuries": catCasualties,
	"deaths and injured": catCasualties, "death and injury": catCasualties,
	// Headlines' and bulletins' slashes: "1,500 troops killed/wounded".
	"killed/wounded": catCasualties, "killed/injured": catCasualties, "dead/wounded": catCasualties,
	"dead/injured": catCasualties, "kia/wia": catCasualties, "killed & wounded": catCasualties,
	// Soldiers' shorthand joined: "1,130 troops KIA+WIA", "250k KIA/MIA".
	"kia+wia": catCasualties, "kia + wia": catCasualties, "kia and wia": catCasualties, "kia & wia": catCasualties,
	"wia/kia": catCasualties, "kia/wia/mia": catCasualties, "kia/mia": catKOM, "kia+mia": catKOM, "kia and mia": catKOM,
	"killed & injured": catCasualties,
	// UNICEF's and the UN's word for children wounded for life.
	"killed or maimed": catCasualties, "killed and maimed": catCasualties, "maimed": catWounded,
	"killing and maiming": catCasualties, "killing or maiming": catCasualties, "killings and maimings": catCasualties, "maiming": catWounded,
	"casualties": catCasualties, "casualty": catCasualties, "losses": catCasualties,
	"personnel losses": catCasualties, "loss": catCasualties, "combat losses": catCasualties,
	"total losses": catCasualties, "total casualties": catCasualties,
	"killed or missing": catKOM, "dead or missing": catKOM, "killed and missing": catKOM,
	"missing or killed": catKOM, "missing or dead": catKOM, "killed or captured": catCasualties,
	"dead and missing": catKOM, "missing presumed dead": catKOM, "missing and presumed dead": catKOM,
	"killed or presumed dead": catKOM, "killed or seriously wounded": catCasualties,
	"killed or badly wounded": catCasualties, "killed or severely wounded": catCasualties,
	"killed and seriously wounded": catCasualties, "dead or seriously wounded": catCasualties, "killed or are missing": catKOM, "killed or went missing": catKOM,
	"killed or were missing": catKOM, "dead or are missing": catKOM, "killed or gone missing": catKOM,
	"killed or have gone missing": catKOM, "killed or had gone missing": catKOM, "killed or listed as missing": catKOM,
	"killed or reported missing": catKOM, "dead or gone missing": catKOM,
	"died or went missing": catKOM, "died or are missing": catKOM, "died or were missing": catKOM,
	"died or remain missing": catKOM, "killed or remain missing": catKOM, "dead or still missing": catKOM,
	"killed or disappeared": catKOM, "died or disappeared": catKOM, "dead or disappeared": catKOM,
	"killed or still missing": catKOM, "died or gone missing": catKOM,
	"permanent losses": catPermanent, "irrecoverable losses": catPermanent,
	"irrevocable losses": catPermanent, "irretrievable losses": catPermanent,
	"permanent casualties": catPermanent, "irrecoverable casualties": catPermanent,
	"irrevocable casualties": catPermanent, "irretrievable casualties": catPermanent,
	"permanently lost": catPermanent,
	// Soviet and Russian usage: the wounded and sick evacuated.
	"sanitary losses": catWounded,
	"killed":          catKilled, "dead": catKilled, "deaths": catKilled, "death": catKilled,
	"died": catKilled, "fatalities": catKilled, "fatality": catKilled,
	// "120 casualties, 40 of them fatal": see fatalPredicate.
	"fatal": catKilled, "fatal casualties": catKilled, "fatal injuries": catKilled,
	"died of wounds": catKilled, "died of their wounds": catKilled, "died of injuries": catKilled,
	"killings": catKilled,
	// The Sahel's army communiqués: "led to the neutralisation of 34
	// terrorists".
	"neutralisation": catKilled, "neutralization": catKilled, "elimination": catKilled,
	// Demographers' words: "excess mortality in Gaza is estimated at
	// 8,540".
	"excess mortality": catKilled, "excess male mortality": catKilled,
	// Where cartels' and gangs' wars are counted by prosecutors.
	"homicides": catKilled, "murders": catKilled, "intentional homicides": catKilled,
	"lost their lives": catKilled, "lives": catKilled, "fallen": catKilled, "perished": catKilled,
	"slain": catKilled, "kia": catKilled, "death toll": catKilled, "dead bodies": catKilled, "bodies": catKilled,
	// Health ministries in Gaza, Lebanon and Yemen count their dead as
	// martyrs.
	"martyrs": catKilled, "martyr": catKilled, "martyred": catKilled,
	// Hezbollah's and Hamas's notices of their dead: "mourned three
	// fighters who ascended as martyrs", "who ascended to heaven".
	"ascended as martyrs": catKilled, "ascended to heaven": catKilled,
	"ascended as a martyr": catKilled,
	// Armies' and armed groups' words for their own dead.
	"embraced shahadat": catKilled, "embraced martyrdom": catKilled, "attained martyrdom": catKilled,
	"attained shahadat": catKilled, "became martyrs": catKilled, "rose as martyrs": catKilled,
	"fell as martyrs": catKilled, "made the supreme sacrifice": catKilled, "paid the supreme price": catKilled,
	"made the ultimate sacrifice": catKilled, "paid the ultimate price": catKilled, "laid down their lives": catKilled,
	"declared dead": catKilled, "pronounced dead": catKilled, "confirmed dead": catKilled, "found dead": catKilled,
	"succumbed": catKilled, "succumbed to their injuries": catKilled, "succumbed to their wounds": catKilled,
	"succumbed to injuries": catKilled, "succumbed to wounds": catKilled,
	"gunned down": catKilled, "murdered": catKilled, "assassinated": catKilled, "dying": catKilled,
	// Headlines' present: "Russian strike kills 3, injures 12".
	"injures": catWounded, "injure": catWounded, "wounds": catWounded,
	"succumbed to his wounds": catKilled, "succumbed to his injuries": catKilled,
	// ISPR's word: "Troops sent 8 terrorists to hell".
	"sent to hell": catKilled, "to hell": catKilled,
	"shot dead": catKilled, "hacked to death": catKilled, "beaten to death": catKilled, "burned to death": catKilled,
	"burnt to death": catKilled, "burned alive": catKilled, "burnt alive": catKilled, "lynched": catKilled,
	"beheaded": catKilled, "beheading": catKilled,
	"stabbed to death": catKilled, "executed": catKilled, "massacred": catKilled, "slaughtered": catKilled,
	"wounded": catWounded, "injured": catWounded, "injuries": catWounded, "hurt": catWounded,
	"sustained injuries": catWounded, "suffered injuries": catWounded,
	// Nigerian police's and army's words: "14 others sustained varying
	// degrees of injuries", "sustained gunshot injuries".
	"sustained varying degrees of injuries": catWounded, "sustained various degrees of injuries": catWounded,
	"sustained varying degrees of injury": catWounded, "sustained gunshot injuries": catWounded,
	"sustained gunshot wounds": catWounded, "sustained serious injuries": catWounded, "sustained minor injuries": catWounded,
	"sustained severe injuries": catWounded, "sustained wounds": catWounded, "suffered wounds": catWounded,
	"suffered gunshot wounds": catWounded, "suffered serious injuries": catWounded, "sustained burns": catWounded,
	"hospitalised with injuries": catWounded, "hospitalized with injuries": catWounded,
	"treated for injuries": catWounded, "hospitalised": catWounded, "hospitalized": catWounded,
	"wounded in action": catWounded, "wia": catWounded, "war-wounded": catWounded, "war wounded": catWounded,
	"weapon-wounded": catWounded, "weapon-wounded patients": catWounded,
	"missing": catMissing, "mia": catMissing, "unaccounted for": catMissing, "declared missing": catMissing,
	"missing in action": catMissing,
	"disappearances":    catMissing, "forcibly disappeared": catMissing, "enforced disappearances": catMissing,
	// "The fate of 12 people remains unknown", "20 are believed to be
	// under the rubble".
	"remains unknown": catMissing, "remain unknown": catMissing,
	"believed to be under the rubble": catMissing, "believed to be under rubble": catMissing,
	"thought to be under the rubble": catMissing, "feared to be under the rubble": catMissing,
	"still under the rubble": catMissing, "remain under the rubble": catMissing, "lie under the rubble": catMissing,
	"believed trapped under the rubble": catMissing, "feared trapped under the rubble": catMissing,
	"still trapped under the rubble": catMissing, "believed buried under the rubble": catMissing,
	"thought to be buried under the rubble": catMissing, "believed to be buried under the rubble": catMissing,
	"remain under rubble": catMissing, "still under rubble": catMissing,
	"considered missing": catMissing, "listed as missing": catMissing,
	"captured": catCaptured, "prisoners": catCaptured, "prisoner": catCaptured,
	"prisoners of war": catCaptured, "pows": catCaptured, "pow": catCaptured,
	"taken prisoner": catCaptured, "taken captive": catCaptured, "surrendered": catCaptured,
	"laid down their arms": catCaptured, "laid down arms": catCaptured,
	"captives": catCaptured, "taken hostage": catCaptured, "hostages": catCaptured, "hostage": catCaptured,
	"abducted": catCaptured, "kidnapped": catCaptured, "held captive": catCaptured,
	"abducting": catCaptured, "kidnapping": catCaptured,
	"lost": catLost,
	// Verbs of daily tallies for personnel put out of the fight, killed
	// or wounded alike.
	"put out of action": catCasualties, "taken out of action": catCasualties, "knocked out of action": catCasualties,
	"eliminated": catCasualties, "neutralised": catCasualties, "neutralized": catCasualties,
	"liquidated": catCasualties, "neutralising": catCasualties, "neutralizing": catCasualties,
	"neutralise": catCasualties, "neutralize": catCasualties, "put out of commission": catCasualties, "losses amounted to": catCasualties,
	// State media's stronger words for the same: "annihilated more than
	// 300 enemy troops", "wiped out 40 militants".
	"annihilated": catCasualties, "wiped out": catCasualties, "exterminated": catCasualties,
})

// disableVerbs count people only when a person noun says so ("eliminated
// 1,040 servicemen", not "eliminated 5 command posts").
var disableVerbs = map[string]bool{
	"eliminated": true, "neutralised": true, "neutralized": true, "liquidated": true, "action": true,
	"neutralising": true, "neutralizing": true, "neutralise": true, "neutralize": true,
	"commission": true, "annihilated": true, "exterminated": true, "wiped": true,
}

// equipmentPhrases name equipment types.
var equipmentPhrases = newPhraseSet(map[string]string{
	"tanks": eq("tanks"), "tank": eq("tanks"), "main battle tanks": eq("tanks"), "mbts": eq("tanks"),
	"battle tanks":               eq("tanks"),
	"armoured fighting vehicles": eq("armoured_vehicles"), "armored fighting vehicles": eq("armoured_vehicles"),
	"armoured combat vehicles": eq("armoured_vehicles"), "armored combat vehicles": eq("armoured_vehicles"),
	"armoured personnel carriers": eq("armoured_vehicles"), "armored personnel carriers": eq("armoured_vehicles"),
	"infantry fighting vehicles": eq("armoured_vehicles"), "armoured vehicles": eq("armoured_vehicles"),
	"armored vehicles": eq("armoured_vehicles"), "afvs": eq("armoured_vehicles"), "afv": eq("armoured_vehicles"),
	"apcs": eq("armoured_vehicles"), "apc": eq("armoured_vehicles"), "ifvs": eq("armoured_vehicles"),
	"ifv": eq("armoured_vehicles"), "combat vehicles": eq("armoured_vehicles"),
	"apv": eq("armoured_vehicles"), "apvs": eq("armoured_vehicles"),
	"armoured personnel vehicles": eq("armoured_vehicles"), "armoured combat vehicle": eq("armoured_vehicles"),
	"armoured fighting vehicle": eq("armoured_vehicles"), "armored fighting vehicle": eq("armoured_vehicles"),
	"armoured vehicle": eq("armoured_vehicles"), "armored vehicle": eq("armoured_vehicles"),
	"armoured personnel carrier": eq("armoured_vehicles"), "armored personnel carrier": eq("armoured_vehicles"),
	"infantry fighting vehicle": eq("armoured_vehicles"), "bmps": eq("armoured_vehicles"), "btrs": eq("armoured_vehicles"),
	"artillery systems": eq("artillery"), "artillery pieces": eq("artillery"), "artillery": eq("artillery"),
	"guns": eq("artillery"), "howitzers": eq("artillery"), "artillery system": eq("artillery"),
	"artillery piece": eq("artillery"), "artillery guns": eq("artillery"), "self-propelled guns": eq("artillery"),
	"mortars": eq("artillery"), "cannons": eq("artillery"), "artillery units": eq("artillery"),
	"mlrs": eq("mlrs"), "multiple launch rocket systems": eq("mlrs"), "multiple rocket launchers": eq("mlrs"),
	"multiple-launch rocket systems": eq("mlrs"), "multiple rocket launch systems": eq("mlrs"),
	"rocket launchers": eq("mlrs"), "himars launchers": eq("mlrs"), "multiple launch rocket system": eq("mlrs"), "mlrss": eq("mlrs"),
	"air defence systems": eq("air_defence"), "air defense systems": eq("air_defence"),
	"air defence": eq("air_defence"), "air defense": eq("air_defence"), "air-defence systems": eq("air_defence"),
	"air-defense systems": eq("air_defence"), "anti-aircraft systems": eq("air_defence"),
	"anti-aircraft warfare systems": eq("air_defence"), "air defence system": eq("air_defence"),
	"air defense system": eq("air_defence"), "surface-to-air missile systems": eq("air_defence"),
	"surface-to-air missile launchers": eq("air_defence"), "surface-to-air missile batteries": eq("air_defence"),
	"surface-to-air missile sites": eq("air_defence"), "air defence batteries": eq("air_defence"), "air defense batteries": eq("air_defence"),
	"sam systems": eq("air_defence"), "air defence units": eq("air_defence"),
	"aircraft": eq("aircraft"), "planes": eq("aircraft"), "warplanes": eq("aircraft"), "jets": eq("aircraft"),
	"fighter jets": eq("aircraft"), "airplanes": eq("aircraft"), "fixed-wing aircraft": eq("aircraft"),
	"combat aircraft": eq("aircraft"), "plane": eq("aircraft"), "warplane": eq("aircraft"),
	"military aircraft": eq("aircraft"), "fighter aircraft": eq("aircraft"),
	"bombers": eq("aircraft"), "bomber": eq("aircraft"), "strategic bombers": eq("aircraft"),
	"fighter-bombers": eq("aircraft"), "fighter-bomber": eq("aircraft"),
	"helicopters": eq("helicopters"), "helicopter": eq("helicopters"), "choppers": eq("helicopters"),
	"drones": eq("drones"), "drone": eq("drones"), "uavs": eq("drones"), "uav": eq("drones"),
	"unmanned aerial vehicles": eq("drones"), "operational-tactical uavs": eq("drones"),
	"operational-tactical level uavs": eq("drones"), "unmanned aircraft": eq("drones"),
	"ships": eq("ships"), "ship": eq("ships"), "boats": eq("ships"), "boat": eq("ships"),
	"warships": eq("ships"), "warship": eq("ships"), "vessels": eq("ships"), "naval vessels": eq("ships"),
	"warships and boats": eq("ships"), "ships and boats": eq("ships"), "warships/boats": eq("ships"),
	"ships/boats": eq("ships"), "landing ships": eq("ships"), "landing ship": eq("ships"), "patrol boats": eq("ships"),
	"submarines": eq("submarines"), "submarine": eq("submarines"),
	"vehicles and fuel tanks": eq("vehicles"), "vehicles": eq("vehicles"), "trucks": eq("vehicles"),
	"jeeps": eq("vehicles"), "motorcycles": eq("vehicles"),
	"cars": eq("vehicles"), "fuel tankers": eq("vehicles"), "automotive equipment": eq("vehicles"),
	"motor vehicles": eq("vehicles"), "lorries": eq("vehicles"), "vehicle": eq("vehicles"),
	"automotive vehicles": eq("vehicles"), "military vehicles": eq("vehicles"), "fuel tanks": eq("vehicles"),
	"logistics vehicles": eq("vehicles"), "military trucks": eq("vehicles"),
	"cruise missiles": eq("missiles"), "missiles": eq("missiles"), "missile": eq("missiles"),
	"ballistic missiles": eq("missiles"),
	"special equipment":  eq("special_equipment"), "units of special equipment": eq("special_equipment"),
	"pieces of special equipment": eq("special_equipment"),
	// "lost more than 7,000 units of equipment": every kind together.
	"units of equipment": eq("other"), "pieces of equipment": eq("other"), "units of military equipment": eq("other"),
	"pieces of military equipment": eq("other"), "units of military hardware": eq("other"), "pieces of military hardware": eq("other"),
	"units of hardware": eq("other"), "pieces of hardware": eq("other"), "units of weaponry": eq("other"),
	"tanks and other armoured fighting vehicles": eq("armoured_vehicles"), "tanks and other armored fighting vehicles": eq("armoured_vehicles"),
	"tanks and other armoured combat vehicles": eq("armoured_vehicles"), "tanks and other armored combat vehicles": eq("armoured_vehicles"),
	"units of armoured vehicles": eq("armoured_vehicles"), "units of armored vehicles": eq("armoured_vehicles"),
	"air defence means": eq("air_defence"), "air defense means": eq("air_defence"),
	"anti-aircraft missile systems": eq("air_defence"), "anti-aircraft missile system": eq("air_defence"),
	"air defence missile systems": eq("air_defence"), "air defense missile systems": eq("air_defence"),
	"air defence missile launchers": eq("air_defence"), "air defense missile launchers": eq("air_defence"),
	"uav operational-tactical level": eq("drones"), "uavs operational-tactical level": eq("drones"),
	"fixed-wing unmanned aerial vehicles": eq("drones"), "unmanned aerial vehicle": eq("drones"),
	"attack drones": eq("drones"), "kamikaze drones": eq("drones"), "shahed drones": eq("drones"),
	"shaheds": eq("drones"), "gerans": eq("drones"), "lancets": eq("drones"), "loitering munitions": eq("drones"),
	"geran-2s": eq("drones"), "geran-2": eq("drones"), "shahed-136s": eq("drones"),
	// Missiles by their names, plural, as air forces write them: "shot
	// down 30 Kinzhals", "12 Kalibrs and 4 Iskanders".
	"kinzhals": eq("missiles"), "kalibrs": eq("missiles"), "iskanders": eq("missiles"), "atacms": eq("missiles"),
	"atacms missiles": eq("missiles"), "atacms rockets": eq("missiles"),
	"storm shadows": eq("missiles"), "scalps": eq("missiles"), "tomahawks": eq("missiles"), "neptunes": eq("missiles"),
	"kh-101s": eq("missiles"), "kh-22s": eq("missiles"),
	"warships / boats": eq("ships"), "ships / boats": eq("ships"), "warships and cutters": eq("ships"),
	"field artillery guns and mortars": eq("artillery"), "field artillery guns": eq("artillery"),
	"artillery guns and mortars": eq("artillery"), "self-propelled artillery": eq("artillery"),
	"towed artillery": eq("artillery"), "self-propelled howitzers": eq("artillery"),
	"special military motor vehicles": eq("vehicles"), "units of special military motor vehicles": eq("vehicles"),
	"rockets": eq("missiles"), "guided aerial bombs": eq("other"), "aerial bombs": eq("other"),
	"projectiles": eq("missiles"), "rocket projectiles": eq("missiles"), "guided projectiles": eq("missiles"),
	"guided bombs": eq("other"), "glide bombs": eq("other"), "gliding bombs": eq("other"), "guided air bombs": eq("other"),
	"fighting vehicles": eq("armoured_vehicles"), "infantry fighting vehicles and armoured personnel carriers": eq("armoured_vehicles"),
	"multiple rocket launcher systems": eq("mlrs"), "rocket systems": eq("mlrs"),
	"radars": eq("other"),
	"abrams": eq("tanks"), "leopard": eq("tanks"), "leopards": eq("tanks"), "challenger": eq("tanks"),
	"challengers": eq("tanks"), "t-72s": eq("tanks"), "t-90s": eq("tanks"), "t-80s": eq("tanks"),
	"t-64s": eq("tanks"), "t-62s": eq("tanks"), "bradley": eq("armoured_vehicles"), "bradleys": eq("armoured_vehicles"),
	"strykers": eq("armoured_vehicles"), "marders": eq("armoured_vehicles"), "bmp-2s": eq("armoured_vehicles"),
	"bmp-3s": eq("armoured_vehicles"), "caesars": eq("artillery"),
	"howitzer": eq("artillery"), "tanker": eq("vehicles"), "pickup trucks": eq("vehicles"), "pickups": eq("vehicles"), "technicals": eq("vehicles"), "radar systems": eq("other"), "engineering vehicles": eq("special_equipment"),
	"humvees": eq("vehicles"), "hummers": eq("vehicles"), "humvee": eq("vehicles"), "armoured cars": eq("vehicles"),
	"troop carriers": eq("armoured_vehicles"), "personnel carriers": eq("armoured_vehicles"), "armoured troop carriers": eq("armoured_vehicles"),
	"armored troop carriers": eq("armoured_vehicles"), "armored cars": eq("vehicles"),
	// Systems by their names, as loss tallies and analysts write them;
	// plural names only, as the singular modifies a noun that follows
	// ("HIMARS projectiles", "Su-34 bombers", "Patriot missiles").
	"grad launchers": eq("mlrs"), "grads": eq("mlrs"), "uragans": eq("mlrs"), "smerchs": eq("mlrs"), "tos-1as": eq("mlrs"),
	"bm-21s": eq("mlrs"), "himars systems": eq("mlrs"),
	"pantsirs": eq("air_defence"), "pantsir systems": eq("air_defence"), "tors": eq("air_defence"), "buks": eq("air_defence"),
	"s-300s": eq("air_defence"), "s-400s": eq("air_defence"), "s-300 launchers": eq("air_defence"), "s-400 launchers": eq("air_defence"),
	"patriot batteries": eq("air_defence"), "patriot launchers": eq("air_defence"), "patriot systems": eq("air_defence"),
	"s-300 systems": eq("air_defence"), "s-400 systems": eq("air_defence"), "s-300 batteries": eq("air_defence"), "s-400 batteries": eq("air_defence"),
	"tor systems": eq("air_defence"), "tor launchers": eq("air_defence"), "buk systems": eq("air_defence"), "buk launchers": eq("air_defence"),
	"pantsir-s1s": eq("air_defence"), "pantsir-s1 systems": eq("air_defence"), "nasams launchers": eq("air_defence"), "nasams systems": eq("air_defence"),
	"iris-t systems": eq("air_defence"), "iris-t launchers": eq("air_defence"), "gepards": eq("air_defence"),
	"gepard anti-aircraft guns": eq("air_defence"), "anti-aircraft guns": eq("air_defence"), "self-propelled anti-aircraft guns": eq("air_defence"),
	"iskander launchers": eq("other"), "electronic warfare systems": eq("other"), "jammers": eq("other"),
	// OSINT shorthand: "42 arty systems", "arty 29,870 (+42)", "2 EW
	// systems".
	"arty": eq("artillery"), "arty systems": eq("artillery"), "arty pieces": eq("artillery"),
	"ew systems": eq("other"), "ew system": eq("other"), "ew stations": eq("other"), "ew station": eq("other"),
	"electronic warfare stations": eq("other"), "electronic warfare station": eq("other"),
	// "destroyed 120 Iranian missile launchers": the launchers, not the
	// missiles they fire (as "iskander launchers"); air defence's and
	// rockets' launchers have their own kinds above.
	"missile launchers": eq("other"), "ballistic missile launchers": eq("other"), "cruise missile launchers": eq("other"),
	"missile launcher": eq("other"), "ballistic missile launcher": eq("other"), "surface-to-surface missile launchers": eq("other"),
	"jammers and deception systems": eq("other"), "command posts and communications stations": eq("other"),
	"engineering vehicles and equipment": eq("special_equipment"), "naval ships and submarines": eq("ships"),
	"cv90s": eq("armoured_vehicles"), "bmd-4ms": eq("armoured_vehicles"), "mraps": eq("armoured_vehicles"), "stryker vehicles": eq("armoured_vehicles"),
	"t-80bvms": eq("tanks"), "t-72b3s": eq("tanks"), "t-90ms": eq("tanks"), "t-62ms": eq("tanks"), "t-64bvs": eq("tanks"),
	"bayraktar tb2s": eq("drones"), "tb2s": eq("drones"), "reaper drones": eq("drones"), "mq-9 reapers": eq("drones"), "reapers": eq("drones"),
	"m777s": eq("artillery"), "pzh 2000s": eq("artillery"), "krabs": eq("artillery"), "msta-s howitzers": eq("artillery"),
	"mt-lbs": eq("armoured_vehicles"), "btr-82as": eq("armoured_vehicles"), "bmd-4s": eq("armoured_vehicles"), "bmds": eq("armoured_vehicles"),
	"m113s": eq("armoured_vehicles"), "leopard 2s": eq("tanks"),
	"orlan-10s": eq("drones"), "orlans": eq("drones"), "bayraktars": eq("drones"), "mq-9s": eq("drones"),
	"su-25s": eq("aircraft"), "su-34s": eq("aircraft"), "su-35s": eq("aircraft"), "su-24s": eq("aircraft"), "mig-29s": eq("aircraft"),
	"f-16s": eq("aircraft"), "ka-52s": eq("helicopters"), "mi-8s": eq("helicopters"), "mi-24s": eq("helicopters"), "mi-28s": eq("helicopters"),
})

// equipmentNoun maps nouns used as modifiers ("tank losses") to types.
var equipmentNoun = map[string]string{
	"tank": eq("tanks"), "aircraft": eq("aircraft"), "helicopter": eq("helicopters"), "drone": eq("drones"),
	"artillery": eq("artillery"), "armour": eq("armoured_vehicles"), "armor": eq("armoured_vehicles"),
	"vehicle": eq("vehicles"), "equipment": eq("other"), "ship": eq("ships"), "naval": eq("ships"),
	"uav": eq("drones"), "air-defence": eq("air_defence"), "air-defense": eq("air_defence"),
}

// tokPopulation returns the population a noun of people names:
// civilian, military, or "" for people of any kind.
func tokPopulation(t *token) string {
	switch {
	case t.cls&clsCivilianWords != 0:
		return attrition.PopulationCivilian
	case t.cls&clsMilitaryWords != 0:
		return attrition.PopulationMilitary
	}
	return ""
}

// notePeople takes the population of a noun of people met on the way
// to the category: civilians whatever was noted, soldiers only when
// nothing was.
func (h *catHit) notePeople(t *token) {
	switch pop := tokPopulation(t); {
	case pop == attrition.PopulationCivilian:
		h.population = pop
	case pop != "" && h.population == "":
		h.population = pop
	}
}

// statusWords split equipment losses as Oryx does.
var statusWords = map[string]string{
	"destroyed": attrition.StatusDestroyed, "damaged": attrition.StatusDamaged,
	"abandoned": attrition.StatusAbandoned, "captured": attrition.StatusCaptured,
}

// personWords are nouns for people that may stand between a figure and
// its category ("1,000 Russian soldiers were killed"), with the
// population they name.
var personWords = map[string]bool{
	// "five others were wounded": people counted after others.
	"others":   true,
	"soldiers": true, "soldier": true, "troops": true, "troop": true, "servicemen": true,
	"servicemembers": true, "service": true, "members": true, "personnel": true, "people": true,
	"civilians": true, "civilian": true, "men": true, "women": true, "children": true,
	"fighters": true, "militants": true, "combatants": true, "mercenaries": true,
	"conscripts": true, "officers": true, "paratroopers": true, "marines": true, "persons": true,
	"individuals": true, "occupiers": true, "invaders": true, "servicemembers'": true,
	"military": true, "army": true, "forces": true, "force": true, "volunteers": true,
	"prisoners-turned-fighters": true, "convicts": true, "recruits": true, "contract": true,
	"staff": true, "workers": true, "residents": true, "palestinians": true, "israelis": true,
	"russians": true, "ukrainians": true, "gazans": true, "hostages": true, "journalists": true,
	"aid": true, "medics": true, "police": true, "policemen": true, "guards": true, "insurgents": true,
	"bodyguards": true, "vdp": true,
	"rebels": true, "jihadists": true, "sailors": true, "pilots": true, "crew": true, "crewmen": true,
	"defenders": true, "servicewomen": true, "commanders": true, "generals": true, "infantrymen": true,
	"infantry": true, "orcs": true, "russists": true, "fighter": true, "airmen": true, "seamen": true,
	"guardsmen": true, "gendarmes": true, "reservists": true, "cadets": true, "ruscists": true, "rashists": true,
	"militiaman": true, "serviceman": true,
	// Moscow's word for Kyiv's soldiers: "destroyed up to 40 nationalists".
	"nationalists": true, "neo-nazis": true,
	"militiamen": true, "militia": true, "militias": true, "gunmen": true, "comrades": true,
	"patients": true, "migrants": true, "refugees": true, "villagers": true, "students": true,
	"passengers": true, "protesters": true, "demonstrators": true, "detainees": true,
	// Trades and callings: "11 nuclear scientists were killed".
	"schoolgirls": true, "schoolboys": true, "athletes": true, "artists": true,
	"writers": true, "seafarers": true, "commuters": true,
	"scientists": true, "engineers": true, "doctors": true, "nurses": true, "teachers": true,
	"paramedics": true, "firefighters": true, "rescuers": true, "employees": true, "peacekeepers": true,
	"farmers": true, "fishermen": true, "shepherds": true, "worshippers": true, "pupils": true,
	// One of each, and the young: "One girl is still missing", "three
	// infants".
	"child": true, "girl": true, "girls": true, "boy": true, "boys": true, "woman": true, "man": true,
	"person": true, "infants": true, "babies": true, "teenagers": true, "teens": true, "minors": true,
	"attacker": true, "attackers": true, "assailants": true, "gunman": true, "terrorists": true,
	"heroes":    true,
	"terrorist": true, "bandits": true, "bandit": true, "extremists": true, "kidnappers": true,
	// South Asia's words: India's soldiers and police, its Maoist
	// insurgents, Pakistan's "khawarij".
	"jawans": true, "jawan": true, "cops": true, "maoists": true, "naxals": true, "naxalites": true,
	"khwarij": true, "khawarij": true, "kharijis": true, "dissidents": true,
	"student": true, "pupil": true, "teacher": true, "doctor": true, "nurse": true, "journalist": true, "employee": true,
	"reporters": true, "worker": true, "resident": true, "villager": true, "patient": true,
	"militant": true, "rebel": true, "insurgent": true, "officer": true, "policeman": true, "commander": true,
	// One person of a trade or rank: "A reservist was killed".
	"reservist": true, "servicewoman": true, "medic": true, "paramedic": true, "volunteer": true,
	"driver": true, "farmer": true, "teenager": true, "sailor": true, "pilot": true, "hostage": true,
	"guard": true, "rescuer": true, "marine": true, "paratrooper": true, "conscript": true,
	"mercenary": true, "combatant": true,
	// "Israelis and foreign nationals", "Israeli citizens", "settlers".
	"nationals": true, "citizens": true, "foreigners": true, "settlers": true, "tourists": true,
	// Those with the victims: "460 patients and their companions were
	// shot dead", "worshippers and relatives".
	"companions": true, "relatives": true, "caregivers": true, "visitors": true,
	"bystanders": true, "neighbours": true, "neighbors": true, "wives": true, "parents": true,
	"mothers": true, "fathers": true, "sons": true, "daughters": true, "elders": true,
	"worshipers": true, "pedestrians": true, "shoppers": true, "mourners": true, "guests": true,
	// "187 social leaders and human rights defenders killed".
	"leaders": true, "activists": true, "signatories": true, "ex-combatants": true,
	// Trades, callings and groups the dead are named by: "40 pilgrims",
	// "12 miners", "seven separatists".
	"pilgrims": true, "miners": true, "herders": true, "herdsmen": true, "traders": true, "labourers": true,
	"laborers": true, "drivers": true, "fans": true, "spectators": true, "voters": true, "schoolchildren": true,
	"hunters": true, "smugglers": true, "inmates": true, "clerics": true, "imams": true, "priests": true,
	"monks": true, "nuns": true, "rioters": true, "looters": true, "jihadis": true, "guerrillas": true,
	"guerillas": true, "paramilitaries": true, "separatists": true, "loyalists": true, "officials": true,
	"lawmakers": true, "politicians": true, "judges": true, "youths": true, "vendors": true, "merchants": true,
	"cadres": true, "auxiliaries": true, "contractors": true, "sappers": true, "snipers": true, "gunners": true,
	"commandos": true, "partisans": true, "deminers": true, "troopers": true,
	"adults": true, "adult": true, "elderly": true, "pensioners": true, "toddlers": true,
	// "410 aid seekers were killed": people waiting for food.
	"seekers": true, "aid-seekers": true,
}

var civilianWords = map[string]bool{
	"seekers": true, "aid-seekers": true,
	"civilians": true, "civilian": true, "children": true, "women": true, "residents": true,
	"journalists": true, "aid": true, "workers": true, "hostages": true, "medics": true,
	"child": true, "girl": true, "girls": true, "boy": true, "boys": true, "woman": true,
	"infants": true, "babies": true, "teenagers": true, "teens": true, "minors": true,
	"patients": true, "companions": true, "relatives": true, "caregivers": true, "worshippers": true,
	"worshipers": true, "villagers": true, "pupils": true, "students": true, "passengers": true,
	"bystanders": true, "pedestrians": true, "shoppers": true, "mourners": true, "farmers": true,
	"fishermen": true, "shepherds": true, "teachers": true, "nurses": true, "doctors": true, "paramedics": true,
	"adults": true, "adult": true, "elderly": true, "pensioners": true, "toddlers": true,
	"schoolgirls": true, "schoolboys": true, "schoolchildren": true, "athletes": true, "artists": true,
	"writers": true, "seafarers": true, "commuters": true,
	// Those who pull the dead out and study for a living carry no arms:
	// "killed 2 rescuers", "14 nuclear scientists".
	"rescuers": true, "firefighters": true, "scientists": true, "academics": true,
}

var militaryWords = map[string]bool{
	"soldiers": true, "soldier": true, "troops": true, "troop": true, "servicemen": true,
	"servicemembers": true, "personnel": true, "fighters": true, "militants": true, "combatants": true,
	"mercenaries": true, "conscripts": true, "officers": true, "paratroopers": true, "marines": true,
	"military": true, "army": true, "forces": true, "occupiers": true, "invaders": true, "sailors": true,
	"pilots": true, "commanders": true, "generals": true, "infantrymen": true, "infantry": true,
	"orcs": true, "russists": true, "insurgents": true, "rebels": true, "recruits": true, "convicts": true, "comrades": true,
	"servicewomen": true, "crewmen": true, "airmen": true, "seamen": true, "guardsmen": true,
	"gendarmes": true, "reservists": true, "cadets": true, "peacekeepers": true, "peacekeeper": true,
	"reservist": true, "serviceman": true, "servicewoman": true, "sailor": true, "pilot": true,
	"marine": true, "paratrooper": true, "conscript": true, "mercenary": true, "combatant": true,
	"fighter": true, "militant": true, "insurgent": true, "rebel": true, "nationalists": true, "neo-nazis": true,
	// An armed group's people by the names its enemies give them.
	"terrorists": true, "gunmen": true, "jihadists": true, "operatives": true, "extremists": true,
	"guerrillas": true, "khwarij": true, "khawarij": true, "kharijis": true, "bandits": true, "separatists": true,
	// Armed police count with the armed, as "police officers" do.
	"policemen": true, "policeman": true, "policewomen": true, "policewoman": true,
	// Burkina Faso's armed auxiliaries: "20 VDP were killed".
	"vdp": true,
	// India's and Pakistan's soldiers and armed police: "two CRPF
	// jawans were killed".
	"jawans": true, "jawan": true,
}

// categoryWordSet holds the single words that announce a category, so
// that a sentence without any of them costs nothing more.
var categoryWordSet = func() map[string]bool {
	m := map[string]bool{}
	for k := range personnelPhrases {
		m[k] = true
	}
	for k := range equipmentPhrases {
		m[k] = true
	}
	return m
}()

// fillers may stand between a figure and its category word after it.
var fillers = map[string]bool{
	"more": true, "additional": true, "further": true, "other": true, "of": true, "them": true,
	"their": true, "its": true, "the": true, "his": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "were": true, "was": true, "are": true, "is": true, "be": true,
	"reportedly": true, "likely": true, "probably": true, "almost": true, "certainly": true,
	"highly": true, "now": true, "already": true, "also": true, "either": true, "who": true,
	"which": true, "enemy": true, "enemy's": true, "main": true, "units": true, "pieces": true,
	"in": true, "action": true, "total": true, "confirmed": true, "estimated": true, "possibly": true,
	"service": true, "russian-made": true, "soviet-era": true, "modern": true, "heavy": true,
	"whom": true, "those": true, "these": true, "to": true, "say": true, "said": true,
	"presumed": true, "believed": true, "thought": true, "reported": true, "reportedly-": true,
	"combat": true, "battlefield": true, "permanent": true, "irrecoverable": true, "irrevocable": true, "irretrievable": true, "newly": true, "fresh": true, "ukrainian-operated": true, "western": true,
	"western-supplied": true, "western-made": true, "american": true, "german": true, "british": true,
	"such": true, // "some 19,000 such deaths"
	// Who the people were: "100 displaced people were killed".
	"displaced": true, "internally": true, "fleeing": true,
	// Of which people: "60 ethnic Kukis were killed".
	"ethnic": true,
	// How badly: "two soldiers were seriously wounded".
	"seriously": true, "severely": true, "critically": true, "gravely": true, "lightly": true, "slightly": true,
	"moderately": true, "badly": true, "mortally": true, "fatally": true,
	// How they died: "75,000 people were violently killed".
	"violently": true, "brutally": true, "deliberately": true, "unlawfully": true, "indiscriminately": true,
	"tragically": true, "allegedly": true, "directly": true, "wrongfully": true, "summarily": true,
	// How they gave up: "1,000 soldiers have voluntarily surrendered".
	"voluntarily": true, "willingly": true,
	"so": true, "too": true, // "so badly wounded that", "too badly wounded to return"
	"french": true, "leopard": true, "abrams": true, "challenger": true, "bradley": true, "t-72": true,
	"t-90": true, "t-80": true, "t-64": true, "t-62": true, "t-55": true, "bmp": true, "bmd": true,
	"were:": true, "frontline": true, "front-line": true, "having": true,
	"still": true, "listed": true, "registered": true, "officially": true, "remain": true,
	// "88,055 named dead", "4,959 identified dead".
	"named": true, "identified": true, "documented": true, "verified": true,
	// "Up to 400 went missing", "have gone missing".
	"went": true, "gone": true,
	// A fate learnt after the first count: "150 have since been
	// confirmed dead", "were later found dead".
	"since": true, "later": true, "subsequently": true,
	"remained": true, "feared": true, "all": true, "mostly": true,
	// A communiqué's praise of its own: "3 gallant soldiers".
	"brave": true, "gallant": true, "valiant": true, "heroic": true, "our": true,
}

// backConnectors may stand between a category word and a figure after
// it ("casualties have likely reached 1,000,000").
var backConnectors = map[string]bool{
	"of": true, "at": true, "to": true, "reached": true, "reaching": true, "reach": true,
	"has": true, "have": true, "had": true, "now": true, "stands": true, "stood": true,
	"stand": true, "standing": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "totalled": true, "totaled": true, "totalling": true,
	"totaling": true, "total": true, "totals": true, "numbered": true, "numbering": true,
	"number": true, "amount": true, "amounts": true, "amounted": true, "rose": true,
	"risen": true, "climbed": true, "hit": true, "passed": true, "put": true, "puts": true,
	"likely": true, "unlikely": true, "probably": true, "certainly": true, "highly": true, "already": true,
	"the": true, "figure": true, "as": true, "suffered": true, "sustained": true,
	"incurred": true, "taken": true, "an": true, "a": true, "additional": true,
	"further": true, "another": true, "its": true, "their": true, "his": true, "her": true,
	"averaged": true, "average": true, "averaging": true, "rate": true, "daily": true,
	"estimated": true, "approximately": true, "now-": true, "is now": true, "increased": true,
	"grew": true, "jumped": true, "since": false, "by": true, "almost": true, "nearly": true,
	"count": true, "tally": true, "tallied": true, "stood at": true, "come": true, "came": true,
	"approached": true, "exceeded": true, "surpassed": true, "topped": true, "over": true,
	"some": true, "around": true, "about": true, "more": true, "than": true, "least": true,
	"up": true, "reportedly": true, "upwards": true, "report": true, "reports": true,
	"were:": true, "which": true, "so": true, "far": true, "total:": true, "include": true,
	"includes": true, "including": true, "included": true, "comprise": true, "comprised": true,
	"with": true, "been:": true, "approaching": true, "roughly": true, "close": true, "in": true,
	"excess": true, "just": true, "only": true, "merely": true, "well": true, "under": true, "fewer": true, "less": true,
	"mounted": true, "mount": true, "top": true, "tops": true, "exceed": true, "exceeds": true,
	"surpass": true, "surpasses": true, "approach": true, "approaches": true, "now stand": true,
	"could": true, "may": true, "might": true, "currently": true, "presently": true, "still": true, "range": true,
	"inflicted": true, "on": true, "somewhere": true, "anywhere": true,
	// "Estimates of the dead range widely, from 10,000 to 50,000".
	"widely": true, "wildly": true, "greatly": true, "considerably": true, "ranged": true, "ranging": true, "vary": true, "varied": true,
	"estimate": true, "estimates": true, "be around": true, "remain": true, "remains": true,
	// "The number of martyrs of the aggression has risen to 55,104":
	// Gaza's ministry's name for the war.
	"aggression": true,
}

// catHit is the category found for a figure.
type catHit struct {
	category string
	status   string
	s, e     int // tokens of the category words
	// population seen in person nouns ("civilians", "soldiers").
	population string
	// forward is true when the category words follow the figure.
	forward bool
	// personNoun is true when a person noun follows the figure.
	personNoun bool
	// noun is the last person noun seen ("soldiers", "militants").
	noun string
	// active marks a category read from a verb whose subject did the
	// killing ("it has killed 17,000"): the figure is the other side's.
	active bool
	// verbAt is the token of that verb.
	verbAt int
}

// findCategory looks after and then before the quantity for the words
// that say what it counts.
func findCategory(toks []token, q *quantity, periods []periodHit) (h catHit, ok bool) {
	ok = findCategoryInto(toks, q, periods, &h)
	return h, ok
}

// findCategoryInto is findCategory into *h, which must be the zero
// catHit (a variable just declared): figure reads every figure's
// category this way, as a catHit returned by value is copied twice more
// at the call.
// catWalkWords are the words that findCategoryInto's forward walk tests
// by name before it tries the lexicon's phrases, wholeHedge's among
// them: a lower-case word of none of them skips those rules
// (clsCatWalk). A rule there that names a new word adds it here.
var catWalkWords = []string{
	"civil", "of", "out", "the", "names", "in", "by", "to", "and", "or", "under", "over", "aged", "ages",
	"a", "per", "each", "shot", "fell", "treated", "hospitalised", "hospitalized", "with", "for", "destroyed",
	// wholeHedge
	"approximately", "about", "around", "roughly", "some", "approx", "estimated", "nearly", "almost",
}

// saidAside returns how many tokens from k make a speaker and its verb
// of saying inside a clause ("it said", "officials say"), or 0.
func saidAside(toks []token, k int) int {
	n := 1
	if word(toks, k) == "the" {
		n++
	}
	switch word(toks, k+n) {
	case "said", "says", "say", "believed", "believe", "believes", "reported":
	default:
		return 0
	}
	switch w := word(toks, k+n-1); w {
	case "it", "they", "he", "she", "officials", "authorities", "ministry", "army", "military", "police", "witnesses", "medics", "residents", "sources":
		return n + 1
	}
	return 0
}

// auxAfterAside reports the verbs that take up a clause again after a
// long aside: "…, had been killed", "…, were killed".
func auxAfterAside(w string) bool {
	switch w {
	case "had", "have", "has", "were", "was", "are", "is", "died", "fell":
		return true
	}
	return false
}

// figureAfterShape returns k when a figure starts there, or where it
// starts after a bound or hedge at k ("as many as 200,000"); else
// len(toks), where no figure parses. The prefixes are looked up by
// their last word, as readQuantity finds them.
func figureAfterShape(toks []token, k int) int {
	if k >= len(toks) {
		return len(toks)
	}
	if startsNumber(&toks[k]) {
		return k
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		if !startsNumber(&toks[e]) || toks[e-1].cls&clsShapeLast == 0 {
			continue
		}
		for _, sw := range shapesByLast[toks[e-1].w] {
			if end, ok := matchAt(toks, k, sw.words); ok && end == e {
				return e
			}
		}
	}
	return len(toks)
}

// sharedNounAfter reports a noun of people or of equipment at k, past
// up to two words of a side's name ("Russian soldiers", "North Korean
// troops", "Ukrainian tanks").
func sharedNounAfter(toks []token, k int) bool {
	for n := k; n < len(toks) && n <= k+2; n++ {
		if toks[n].cls&clsPerson != 0 {
			return true
		}
		if p, _, ok := equipmentIx.match(toks, n); ok && p.category != "" {
			return true
		}
		if toks[n].k != tWord || toks[n].cls&clsActorWord == 0 {
			return false
		}
	}
	return false
}

// demonymsBetween reports tokens [s, e), one or two, that are all a
// side's adjectives ("Ukrainian", "North Korean").
func demonymsBetween(toks []token, s, e int) bool {
	if e <= s || e-s > 2 {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].cls&clsActorWord == 0 || !toks[k].upper || toks[k].k != tWord || strings.HasSuffix(toks[k].w, "'s") {
			return false
		}
	}
	return true
}

// andBefore reports "and" or "or" right before the noun at j, or
// before one word that qualifies it: "soldiers and civilians", "civilians
// and military personnel" (not "417 civilians and 398 military
// personnel", a figure of their own).
func andBefore(toks []token, j int) bool {
	switch word(toks, j-1) {
	case "and", "or":
		return true
	}
	if j < 2 || toks[j-1].k != tWord || toks[j-1].cls&clsNum != 0 {
		return false
	}
	switch word(toks, j-2) {
	case "and", "or":
		return true
	}
	return false
}

// singularBefore reports an article of one person before the noun at
// j: "a civilian", "one soldier".
func singularBefore(toks []token, j int) bool {
	switch word(toks, j-1) {
	case "a", "an", "one":
		return true
	}
	return false
}

func findCategoryInto(toks []token, q *quantity, periods []periodHit, h *catHit) bool {
	if !findCategoryWalk(toks, q, periods, h) {
		return false
	}
	// "146,820 persons were liquidated": an army's word for the enemy
	// soldiers it put out of action names them soldiers.
	if h.population == "" && h.e > h.s && h.e <= len(toks) {
		if w := toks[h.e-1].w; w == "liquidated" || w == "neutralised" || w == "neutralized" {
			h.population = attrition.PopulationMilitary
		}
		// "Russia lost 16,000 KIA", "Israel: 405 KIA": killed, wounded
		// or missing in action are soldiers' words.
		switch toks[h.s].w {
		case "kia", "wia", "mia":
			h.population = attrition.PopulationMilitary
		}
	}
	// "Five soldiers captured near Kursk in March have since been
	// confirmed dead": the participle says who they were, the verb
	// after it what befell them.
	// Not "12 were wounded and two died": a finite verb of the first
	// fate is a clause of its own.
	if h.forward && (h.category == catCaptured || h.category == catWounded || h.category == catMissing) && !auxBefore(toks, h.s) {
		if s, e := laterDeathAfter(toks, h.e); e > s {
			h.category, h.s, h.e = catKilled, s, e
		}
	}
	return true
}

// auxBefore reports an auxiliary right before token s: "were wounded",
// "have been captured", a finite verb rather than a participle that
// names.
func auxBefore(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "were", "was", "are", "is", "have", "has", "had", "been", "be":
		return true
	}
	return false
}

// laterDeathAfter finds the death a clause tells after people named by
// their earlier fate ("captured near Kursk in March", "injured in the
// strike") from token i: "have since been confirmed dead", "were later
// found dead", "later died", "died of their wounds". It returns the
// tokens of the death's words, or e <= s when the clause tells none.
func laterDeathAfter(toks []token, i int) (s, e int) {
	aux := false
	for k := i; k < len(toks) && k < i+10; k++ {
		t := &toks[k]
		// ("captured in 2023, 12 were killed", "wounded, and two
		// died": another figure's clause.)
		if t.k != tWord || startsNumber(t) {
			return 0, 0
		}
		switch t.w {
		case "and", "or", "but", "while", "which", "who", "whom", "that", "as", "when":
			return 0, 0
		case "have", "has", "had", "were", "was":
			aux, s = true, k
			continue
		case "since", "later", "subsequently", "reportedly", "all", "been":
			if aux {
				continue
			}
		case "died":
			if !aux {
				s = k
			}
			return s, k + 1
		case "killed", "executed":
			if aux {
				return s, k + 1
			}
		case "confirmed", "declared", "found", "pronounced":
			if aux && word(toks, k+1) == "dead" {
				return s, k + 2
			}
		}
		if aux {
			return 0, 0
		}
	}
	return 0, 0
}

// findCategoryWalk is findCategoryInto's walk from the figure, forward
// then back.
func findCategoryWalk(toks []token, q *quantity, periods []periodHit, h *catHit) bool {
	// "T-90M x2", "BMP-2 (x3)", "T-72 ×4": a machine counted after its
	// name, as OSINT tallies list them.
	if q.s >= 2 && toks[q.s].glued && (toks[q.s-1].w == "x" || toks[q.s-1].w == "×") {
		if cat, s := modelBeforeTimes(toks, q.s-1); cat != "" {
			*h = catHit{category: cat, s: s, e: q.s - 1}
			return true
		}
	}
	// Forward.
	j := q.e
	if e, ok := skipIncrement(toks, j); ok {
		j = e
	} else if e, ok := skipShareAside(toks, j); ok {
		j = e
	}
	// "'hundreds' of wounded": quotation marks round the figure.
	if j < len(toks) && toks[j].glued && toks[j].k == tPunct && isQuote(toks[j].w) {
		j++
	}
	skipped := 0
	apposSkipped := false
	named := -1 // where a long name of the people ends
	for j < len(toks) && skipped <= 6 {
		t := &toks[j]
		// Most words the walk meets are lower-case words that none of
		// the rules before the lexicon's phrases names (clsCatWalk):
		// those rules test a number, a mark, a capital or one of those
		// words, so such a word goes straight to the phrases.
		// "197 of whom it said were civilians": the speaker's words
		// inside the relative clause.
		if j > q.e && t.k == tWord && toks[j-1].w == "whom" {
			if n := saidAside(toks, j); n > 0 {
				j += n
				continue
			}
		}
		if t.k == tWord && !t.upper && t.cls&clsCatWalk == 0 {
			goto phrases
		}
		// "lost 2 Pantsir-S1 and 1 Buk-M2", "3x Leopard 2A6": a machine
		// by its name right after its figure.
		if t.upper && j == q.e {
			if cat, end := modelAt(toks, j); cat != "" {
				*h = catHit{category: cat, s: j, e: end, forward: true}
				return true
			}
		}
		// "downed 80 out of 96 Russian drones": the whole after "out
		// of", as after "of".
		if t.w == "out" && j == q.e && word(toks, j+1) == "of" {
			j++
			continue
		}
		// "113 civil defence personnel": the service's name, whose words
		// open other phrases (a body's, air defence's).
		if t.w == "civil" && (word(toks, j+1) == "defence" || word(toks, j+1) == "defense") && civilServiceBefore(toks, j+2) {
			j += 2
			skipped++
			continue
		}
		if t.k == tNum {
			// An age: "a 72-year-old woman was killed".
			if j+2 < len(toks) && isDash(toks[j+1].w) && toks[j+1].glued && toks[j+2].glued && strings.HasPrefix(toks[j+2].w, "year") {
				j += 3
				skipped++
				continue
			}
			// A calibre: "two 105mm howitzers", "four 155-mm guns".
			if m := j + 1; m < len(toks) && toks[m].glued && isDash(toks[m].w) {
				m++
				if w := word(toks, m); (w == "mm" || w == "millimetre" || w == "millimeter") && toks[m].glued {
					j = m + 1
					skipped++
					continue
				}
			} else if w := word(toks, m); (w == "mm" || w == "cm") && toks[m].glued {
				j = m + 1
				skipped++
				continue
			}
			// Model designations glued to letters ("Su-25", "2A6") are
			// names inside the phrase, not new figures.
			if t.glued && j > q.e && (toks[j-1].k == tWord || isDash(toks[j-1].w) || toks[j-1].w == "/" && j >= 2 && toks[j-2].k == tNum) || j+1 < len(toks) && toks[j+1].glued && toks[j+1].k == tWord && j > q.e {
				j++
				skipped++
				continue
			}
			// "20 of the 31 Abrams": the category follows the whole.
			// The whole's figure costs nothing: "9 of the 13 Shahed-136
			// drones" has the model's words still to skip.
			if j > q.e && (toks[j-1].w == "the" || toks[j-1].w == "its" || toks[j-1].w == "their") || j > q.e && toks[j-1].w == "of" || j > q.e+2 && toks[j-2].w == "the" && toks[j-1].k == tWord && wholeHedge(toks[j-1].w) {
				j++
				continue
			}

			break
		}
		// ("Shahed-136/131": a model's variants, slash and all.)
		if t.k == tPunct && (isDash(t.w) || t.w == "/" && toks[j-1].k == tNum && toks[j-1].glued && j+1 < len(toks) && toks[j+1].glued) && j > q.e && t.glued {
			j++
			continue
		}
		// "100 of the 11,000 soldiers deployed to Kursk had been
		// killed": a part of a whole costs no skip.
		// ("lost 3 of its 31 tanks": the owner's stock.)
		if j == q.e && t.w == "of" && (word(toks, j+1) == "the" || word(toks, j+1) == "its" || word(toks, j+1) == "their") && j+3 < len(toks) && (toks[j+2].k == tNum || toks[j+3].k == tNum && hedgeWord(toks[j+2].w) ||
			// ("lost 200 of the more than 300 Bradleys it received")
			j+4 < len(toks) && toks[j+4].k == tNum && word(toks, j+3) == "than" && (toks[j+2].w == "more" || toks[j+2].w == "fewer" || toks[j+2].w == "less")) {
			j += 2
			continue
		}
		// "bringing to more than 150 the number killed since early
		// May": the count's noun after its figure (Reuters' order).
		if j == q.e && t.w == "the" && q.s >= 2 && word(toks, q.s-1) == "to" && word(toks, j+1) == "number" && j+2 < len(toks) && toks[j+2].cls&clsCatEnd != 0 {
			j += 2
			continue
		}
		// "four of the ship's 25 crew": an owner between.
		if j == q.e && t.w == "of" && word(toks, j+1) == "the" && j+3 < len(toks) && toks[j+3].k == tNum && (strings.HasSuffix(toks[j+2].w, "'s") || strings.HasSuffix(toks[j+2].w, "’s")) {
			j += 4
			continue
		}
		// "has verified 106,745 names of Russian soldiers killed": the
		// people the names are of.
		if j == q.e && t.w == "names" && word(toks, j+1) == "of" {
			j += 2
			continue
		}
		// "at least 100 of the roughly 11,000 North Korean soldiers":
		// the whole's hedge.
		if j > q.e+1 && toks[j-1].w == "the" && wholeHedge(t.w) && j+1 < len(toks) && toks[j+1].k == tNum {
			j++
			continue
		}
		// "a quarter of them in drone attacks", "killed by artillery":
		// equipment after "in" or "by" is the means, not the loss.
		if (t.w == "in" || t.w == "by") && (j > q.e || q.frac || q.percent) && j+1 < len(toks) && toks[j+1].cls&clsCat != 0 {
			if p, _, ok := equipmentIx.match(toks, j+1); ok && p.category != "" && (h.personNoun || q.frac || q.percent) {
				break
			}
		}
		// "3,000 tanks, half of them to drones": a share of what was
		// lost, and the weapon it was lost to.
		if t.w == "to" && j >= 2 && toks[j-2].w == "of" && (toks[j-1].w == "them" || toks[j-1].w == "these" || toks[j-1].w == "those") && j+1 < len(toks) && toks[j+1].cls&clsCat != 0 {
			if p, _, ok := equipmentIx.match(toks, j+1); ok && p.category != "" {
				break
			}
		}
		// A noun in quotation marks: eliminated 318 "extremists".
		if t.k == tPunct && isQuote(t.w) && j+1 < len(toks) && toks[j+1].glued && toks[j+1].k == tWord {
			j++
			continue
		}
		// The dots of an initialism: "seven U.S. MQ-9 Reaper drones".
		if t.w == "." && t.glued && j > q.e && toks[j-1].upper && len(toks[j-1].w) == 1 && j+1 < len(toks) && (toks[j+1].glued || toks[j-1].glued) {
			j++
			continue
		}
		// A model's name and number: "seven Israeli Hermes 450 and
		// Hermes 900 drones".
		if t.k == tWord && t.upper && j+1 < len(toks) && modelNumber(toks, j+1) {
			j += 2
			skipped++
			if w := word(toks, j); (w == "and" || w == "or") && j+2 < len(toks) && toks[j+1].upper && toks[j+2].k == tNum {
				j += 3
			}
			continue
		}
		// "bring to 298 the number of soldiers killed": the count named
		// after its figure.
		if j == q.e && t.w == "the" && (word(toks, j+1) == "number" || word(toks, j+1) == "total" || word(toks, j+1) == "toll") && word(toks, j+2) == "of" && word(toks, q.s-1) == "to" {
			// "raised to 240 the number of people it says were taken
			// hostage": the first category words of the clause.
			for k := j + 3; k < len(toks) && k < j+14; k++ {
				if w := toks[k].w; w == "," || w == ";" || w == "." {
					break
				}
				if t := &toks[k]; t.cls&clsPerson != 0 {
					h.personNoun, h.noun = true, t.w
					h.notePeople(t)
				}
				if p, end, ok := personnelIx.match(toks, k); ok {
					h.category, h.s, h.e, h.forward = p.category, k, end, true
					if p.category == catLost {
						h.category = catCasualties
					}
					return true
				}
				if p, end, ok := equipmentIx.match(toks, k); ok {
					*h = catHit{category: p.category, s: k, e: end, forward: true}
					return true
				}
			}
		}
		// A designation of letters joined by "/" or "-": "two F/A-18
		// fighter jets", "MQ-9 Reaper drones".
		// ("120 KIA/WIA": soldiers' shorthand, no machine's.)
		if t.k == tWord && t.upper && len(t.w) <= 3 && j+2 < len(toks) && toks[j+1].glued && (toks[j+1].w == "/" || isDash(toks[j+1].w)) && toks[j+2].glued && !personnelAt(toks, j) {
			// "12 T-72s", "40 BMP-2s": a designation the lexicon names.
			if p, end, ok := equipmentIx.match(toks, j); ok {
				*h = catHit{category: p.category, s: j, e: end, forward: true}
				return true
			}
			j += 2
			skipped++
			// "Two F/A-18 fighters were lost": a model's fighters are
			// aircraft.
			m := j
			for m < len(toks) && m < j+4 && (toks[m].glued || toks[m].k == tNum) && toks[m].k != tPunct || m < len(toks) && m < j+4 && toks[m].glued && isDash(toks[m].w) {
				m++
			}
			if w := word(toks, m); w == "fighters" || w == "fighter" || w == "bombers" || w == "bomber" {
				if p, end, ok := equipmentIx.match(toks, m); ok {
					*h = catHit{category: p.category, s: j - 2, e: end, forward: true}
					return true
				}
				*h = catHit{category: "equipment:aircraft", s: j - 2, e: m + 1, forward: true}
				return true
			}
			// "two F/A-18 Super Hornets were lost", "two Su-25s were
			// shot down": a model with no noun after it is of the kind
			// its letters name.
			if cat := designationKind(toks[j-2].w); cat != "" {
				n := m
				for n < len(toks) && n < m+3 && toks[n].k == tWord && toks[n].upper && toks[n].cls&clsCat == 0 {
					n++
				}
				if _, _, ok := equipmentIx.match(toks, n); !ok && designationEnds(toks, n) {
					*h = catHit{category: cat, s: j - 2, e: n, forward: true}
					return true
				}
			}
			continue
		}
		if t.w == "," && h.personNoun && !apposSkipped {
			// "973 civilians, most of them Alawites, had been killed";
			// "1,000 people, including 300 children, have been killed":
			// a breakdown may hold figures of its own.
			found := -1
			// "five soldiers, aged between 19 and 22, had been killed":
			// ages are no figures of their own either.
			// "two civilians, men aged 54 and 61, were killed".
			breakdown := word(toks, j+1) == "including" || word(toks, j+1) == "among" || word(toks, j+1) == "of" || word(toks, j+1) == "aged" || word(toks, j+1) == "ages" ||
				word(toks, j+2) == "aged" || word(toks, j+3) == "aged" ||
				// "Twenty-seven people, 10 of them children, were killed".
				word(toks, j+2) == "of" && (word(toks, j+3) == "them" || word(toks, j+3) == "whom") && j+1 < len(toks) && startsNumber(&toks[j+1]) ||
				// "At least 5,000 Russian soldiers, and perhaps as many as
				// 8,000, were killed": a higher guess in an aside.
				(word(toks, j+1) == "and" || word(toks, j+1) == "or") && upgradeAside(toks, j+2)
			// "14 of its soldiers, serving with the UN mission and with
			// a regional force, had been killed": a longer aside, when
			// the verb comes straight after it.
			for k := j + 1; k < len(toks) && k <= j+16; k++ {
				if toks[k].w == "," {
					if k <= j+10 || auxAfterAside(word(toks, k+1)) {
						found = k
					}
					break
				}
				// ("including two U.N. staff members": initials' dots.)
				// ("6,000 Israelis, roughly 1 percent of the population,
				// died": a share of the population, no figure of its own.)
				if toks[k].k == tNum && !breakdown && !percentOfPopulation(toks, k) || toks[k].w == "." && !(toks[k].glued && len(toks[k-1].w) == 1) || toks[k].w == ";" {
					break
				}
			}
			// ("25 people, including 11 children, medics said": the
			// speaker after the aside, no verb of the figure.)
			if found > 0 && saidAfter(toks, found+1) {
				break
			}
			if found > 0 {
				apposSkipped = true
				j = found + 1
				continue
			}
		}
		// "…, and perhaps as many as 8,000, were killed": the aside's
		// figure, closed by its comma before the verb.
		if t.w == "," && j == q.e && j+1 < len(toks) && auxAfterAside(word(toks, j+1)) && upgradeAside(toks, aheadOfGuess(toks, q.s)) {
			j++
			continue
		}
		// "102 men, 17 women and 12 children, were shot": a list of the
		// same people's kinds.
		if t.w == "," && h.personNoun && j+2 < len(toks) && toks[j+1].k == tNum && toks[j+2].cls&clsPerson != 0 && !equipmentAt(toks, j+2) {
			j += 3
			skipped += 2
			continue
		}
		// "..., 17 women and 12 children, were shot": the list's
		// closing comma before its verb.
		if t.w == "," && h.personNoun && skipped > 0 {
			if w := word(toks, j+1); w == "were" || w == "was" || w == "had" || w == "have" {
				j++
				continue
			}
		}
		// `"hundreds of Houthi fighters" had been killed`: the closing
		// quotation mark of the quoted phrase.
		if t.k == tPunct && isQuote(t.w) && t.glued && j > q.e && toks[j-1].k == tWord && !(j+1 < len(toks) && toks[j+1].glued) {
			j++
			continue
		}
		if t.k == tPunct && t.w != "-" && t.w != "/" {
			// "tanks: 8,344" style lists put the figure after; stop here.
			break
		}
		// "45 civilians and 73 soldiers were killed": the verb after the
		// second figure is the first one's too.
		// "47 Malian soldiers and 84 Wagner fighters had been killed":
		// the second people may have their side's name.
		// ("and as many as 200,000 Russian soldiers": a bound first.)
		if t.w == "and" && h.personNoun {
			if n := figureAfterShape(toks, j+1); n+1 < len(toks) && toks[n].k == tNum {
				k := n + 1
				// "and 250 pro-Assad gunmen": a hyphenated side's name too.
				// ("and 200 security personnel": a kind of service.)
				for k < len(toks) && k < n+3 && toks[k].k == tWord && toks[k].cls&clsPerson == 0 && (toks[k].upper || toks[k].cls&clsActorWord != 0 || strings.HasPrefix(toks[k].w, "pro-") || strings.HasPrefix(toks[k].w, "anti-") || serviceModifier(toks[k].w)) {
					k++
				}
				if k < len(toks) && toks[k].cls&clsPerson != 0 {
					j = k + 1
					skipped++
					continue
				}
			}
		}
		// "80,000 Ukrainian and 200,000 Russian soldiers were killed":
		// two sides' figures share the noun and verb after the second.
		if (t.w == "and" || t.w == "or") && !h.personNoun && j+1 < len(toks) && demonymsBetween(toks, q.e, j) {
			if k := figureAfterShape(toks, j+1); k < len(toks) {
				// The noun itself must follow: people or equipment, not
				// "9,870 Russian and 3,115 Ukrainian losses".
				if q2, ok := parseQuantity(toks, k); ok && !q2.percent && !q2.frac && sharedNounAfter(toks, q2.e) {
					j = q2.e
					skipped++
					continue
				}
			}
		}
		// "Seventeen UN and regional peacekeepers were killed": two
		// modifiers of one noun of people, before anything else stops
		// at the "and".
		if t.w == "and" && !h.personNoun && skipped > 0 && toks[j-1].k == tWord && toks[j-1].cls&clsCat == 0 {
			if k := personAfterAnd(toks, j+1, 3); k > j+1 {
				j = k
				continue
			}
		}
		// "117 Shahed-type and decoy drones": two modifiers of one
		// noun of equipment.
		if t.w == "and" && !h.personNoun && skipped > 0 && toks[j-1].k == tWord && toks[j-1].cls&clsCat == 0 && j+2 < len(toks) && toks[j+1].k == tWord && toks[j+1].cls&clsCat == 0 {
			if _, _, ok := equipmentIx.match(toks, j+2); ok {
				j += 2
				continue
			}
		}
		// "400,000 Chinese and North Korean troops": a people's name
		// read as the noun, then a second modifier of the noun after.
		if t.w == "and" && h.personNoun && j > q.e && toks[j-1].upper && toks[j-1].k == tWord && word(toks, j+1) != "" && toks[j+1].upper {
			if k := personAfterAnd(toks, j+1, 3); k > j+1 {
				j = k
				continue
			}
		}
		// "50–60 soldiers and a dozen civilians were killed", "80,000
		// Ukrainian soldiers and as many as 200,000 Russian soldiers".
		if t.w == "and" && h.personNoun && j+2 < len(toks) {
			if k := figureAfterShape(toks, j+1); k < len(toks) {
				// ("and four Frontier Corps personnel": a unit's name
				// before the noun.)
				if q2, ok := parseQuantity(toks, k); ok && q2.e < len(toks) {
					if p := personAfterNames(toks, q2.e); p >= 0 {
						j = p + 1
						skipped++
						continue
					}
				}
			}
		}
		// "Two women aged 65 and 70 were killed": the people's ages
		// between them and their verb.
		// ("120,000 Russian men under 50 had died": an age limit.)
		if (t.w == "under" || t.w == "over") && h.personNoun && j == q.e+2 && j+2 < len(toks) && toks[j+1].k == tNum && len(toks[j+1].w) <= 2 && toks[j+2].k == tWord {
			j += 2
			skipped++
			continue
		}
		if (t.w == "aged" || t.w == "ages") && h.personNoun && j+1 < len(toks) && toks[j+1].k == tNum {
			k := j + 1
			for k < len(toks) && k < j+12 && (toks[k].k == tNum || toks[k].w == "," || toks[k].w == "and" || toks[k].w == "to" || isDash(toks[k].w)) {
				k++
			}
			// (Not past the closing comma of an aside: "…, aged 34, were".)
			if k > j+1 && toks[k-1].w != "," {
				j = k
				skipped++
				continue
			}
		}
		// "930 Russian personnel a day were killed or wounded": the rate
		// stands between the people and their verb.
		if h.personNoun && (t.w == "a" || t.w == "per" || t.w == "each") {
			if u := word(toks, j+1); u == "day" || u == "week" || u == "month" {
				j += 2
				continue
			}
		}
		// "were shot or hacked to death": the second verb names it.
		if t.w == "shot" && word(toks, j+1) == "or" && h.personNoun {
			j += 2
			continue
		}
		// "up to 540 servicemen and 37 boats were destroyed": the
		// Russian ministry's word for people killed or wounded.
		if t.w == "and" && h.personNoun && j+2 < len(toks) && startsNumber(&toks[j+1]) {
			if _, end, ok := equipmentIx.match(toks, j+2); ok && (word(toks, end) == "were" || word(toks, end) == "was") {
				switch v := word(toks, end+1); v {
				case "destroyed", "eliminated", "neutralised", "neutralized", "liquidated":
					*h = catHit{category: catCasualties, s: end + 1, e: end + 2, forward: true, personNoun: true, population: h.population, noun: h.noun}
					return true
				}
			}
		}
		// "40 occupiers destroyed near Kharkiv", "up to 40 nationalists
		// were destroyed": the equipment's verb right after armed people
		// counts them put out of the fight.
		if t.w == "destroyed" && h.personNoun && h.population == attrition.PopulationMilitary {
			p := j - 1
			if w := toks[p].w; w == "were" || w == "was" || w == "been" {
				p--
			}
			if p >= q.e-1 && (p == q.e-1 || toks[p].w == h.noun) {
				*h = catHit{category: catCasualties, s: j, e: j + 1, forward: true, personNoun: true, population: h.population, noun: h.noun}
				return true
			}
		}
		// "12 volunteers for the defence of the homeland (VDP)": Burkina
		// Faso's armed auxiliaries by their full name.
		if h.personNoun && t.w == "for" && h.noun == "volunteers" {
			if m := homelandDefenceEnd(toks, j+1); m > 0 {
				h.population = attrition.PopulationMilitary
				j, named = m, m
				skipped++
				continue
			}
		}
		// "Of those, 405 fell in the ground operation", "30 soldiers fell
		// in the battle", "250 Ukrainian soldiers fell in battle": the
		// verb of dying right after the people or the part of them, not
		// "fell to 900", "fell by 30", nor rockets that "fell in open
		// areas".
		if t.w == "fell" && (j == q.e && startsWithAnaphor(toks) || h.personNoun && (j == q.e+1 || j == named || toks[j-1].w == h.noun || toks[j-1].w == "who" && (j == q.e+2 || toks[j-2].w == h.noun))) && fellInBattle(toks, j) {
			*h = catHit{category: catKilled, s: j, e: j + 1, forward: true, personNoun: h.personNoun, population: h.population, noun: h.noun}
			return true
		}
		// "more than 3,200 were treated in hospitals for injuries": the
		// injuries named after where the people were treated.
		if (t.w == "treated" || t.w == "hospitalised" || t.w == "hospitalized") && j > q.e && (toks[j-1].w == "were" || toks[j-1].w == "was" || toks[j-1].w == "been") {
			for m := j + 1; m < len(toks) && m <= j+5; m++ {
				if toks[m].w == "for" && (word(toks, m+1) == "injuries" || word(toks, m+1) == "wounds" || word(toks, m+1) == "burns") {
					*h = catHit{category: catWounded, s: j, e: m + 2, forward: true, personNoun: h.personNoun, population: h.population, noun: h.noun}
					return true
				}
				if toks[m].k != tWord {
					break
				}
			}
		}
		// "37 of them with injuries": the wounded among people counted.
		// Read here rather than as a phrase of the table, which would
		// make "with" a category word for every text.
		if t.w == "with" && (word(toks, j+1) == "injuries" || word(toks, j+1) == "wounds") {
			h.category, h.s, h.e, h.forward = catWounded, j, j+2, true
			return true
		}
		// "treated 150 people with gunshot wounds", "with blast and
		// shrapnel injuries": the kind of wound between.
		if t.w == "with" && h.personNoun {
			for m := j + 1; m < len(toks) && m <= j+4; m++ {
				if w := toks[m].w; w == "injuries" || w == "wounds" {
					h.category, h.s, h.e, h.forward = catWounded, j, m+1, true
					return true
				}
				if toks[m].k != tWord || toks[m].cls&(clsLoss|clsPerson|clsStopWords) != 0 && toks[m].w != "and" {
					break
				}
			}
		}
		// match's own first test, made once here for both tables: most
		// words start no category phrase.
	phrases:
		if t.cls&clsCat != 0 {
			if p, end, ok := equipmentIx.match(toks, j); ok && !(p.words[0] == "guns" && skipped > 0) {
				cat := p.category
				// "34 MLRS rockets", "HIMARS MLRS projectiles": the
				// munition the launcher fires is what was lost.
				if p2, end2, ok := equipmentIx.match(toks, end); ok && p2.category == "equipment:missiles" && cat != p2.category {
					cat, end = p2.category, end2
				}
				// "45 tanks and infantry fighting vehicles": one figure for
				// both, whose type holds the other.
				if w := word(toks, end); w == "and" || w == "&" || w == "or" {
					if p2, end2, ok := equipmentIx.match(toks, end+1); ok {
						if c, ok := joinEquipment(cat, p2.category); ok {
							cat, end = c, end2
						}
					}
				}
				*h = catHit{category: cat, s: j, e: end, forward: true}
				// Status after: "3,000 tanks destroyed".
				if st, ok := statusAt(toks, end); ok {
					h.status = st
					h.e = end + 1
				}
				// Status before: "3,000 destroyed tanks".
				for k := q.e; k < j; k++ {
					if st, ok := statusAt(toks, k); ok {
						h.status = st
					}
				}
				return true
			}
			if p, end, ok := personnelIx.match(toks, j); ok && !(p.category == catWounded && j == q.e && woundedAdjective(toks, q.s, end)) && !(j == q.e && end == j+1 && statusOf(t) != "" && equipmentAfterOwner(toks, end)) {
				cat := p.category
				if p.words[0] == "fatal" && len(p.words) == 1 && !fatalPredicate(toks, j) {
					return false
				}
				// "Russia's 7,800 lost armoured fighting vehicles".
				if cat == catLost {
					if pe, end2, ok := equipmentIx.match(toks, end); ok {
						*h = catHit{category: pe.category, s: j, e: end2, forward: true}
						return true
					}
				}
				// "1,500 dead, wounded and missing", "captured or killed":
				// what befell them named twice or more is all of it.
				if c, end2, ok := joinPersonnel(toks, p, end); ok {
					cat, end = c, end2
				}
				if cat == catCasualties && permanentBefore(toks, j, q.e) {
					// "400,000 permanent combat losses".
					cat = catPermanent
				}
				if cat == catCaptured && h.personNoun == false && skipped == 0 {
					// "500 captured" may be equipment captured: decided by
					// the caller from the sentence.
				}
				// "executed 16 Ukrainian prisoners of war": killed, as
				// captives.
				if cat == catCaptured && killVerbBefore(toks, q.s) {
					*h = catHit{category: catKilled, s: j, e: end, forward: true, personNoun: true, noun: toks[j].w, active: true, verbAt: q.s - 1}
					if prisonersOfWar(toks, j) {
						h.population = attrition.PopulationMilitary
					} else if isHostageWord(toks[j].w) {
						// "killed 26 hostages and four soldiers": no
						// army's, whatever comes after.
						h.population = attrition.PopulationAll
					}
					return true
				}
				// "57 of the hostages it holds have since died": the verb
				// of the clause says what befell the captives.
				if cat == catCaptured && (toks[j].w == "hostages" || toks[j].w == "captives" || toks[j].w == "prisoners" || toks[j].w == "pows") && !takenBefore(toks, q.s) {
					if k := deathVerbAfter(toks, end); k > 0 {
						*h = catHit{category: catKilled, s: k, e: k + 1, forward: true, personNoun: true, noun: toks[j].w}
						// "169 Ukrainian prisoners of war have died in
						// Russian custody": soldiers taken in battle.
						if prisonersOfWar(toks, j) {
							h.population = attrition.PopulationMilitary
						} else if isHostageWord(toks[j].w) {
							// "26 hostages and four soldiers were killed":
							// captives are of no army whatever the
							// figure after them names; who they were is
							// not said, so people of every kind.
							h.population = attrition.PopulationAll
						}
						return true
					}
					// "recovered the remains of 41 hostages": the dead.
					if k := q.s - 1; word(toks, k) == "of" && (word(toks, k-1) == "remains" || word(toks, k-1) == "bodies") {
						*h = catHit{category: catKilled, s: j, e: end, forward: true, personNoun: true, noun: toks[j].w}
						return true
					}
				}
				h.category, h.s, h.e, h.forward = cat, j, end, true
				if cat == catLost {
					// "N soldiers lost their lives" matched above; "N troops
					// lost" is casualties.
					h.category = catCasualties
					if w := word(toks, end); w == "their" && word(toks, end+1) == "lives" {
						h.category = catKilled
						h.e = end + 2
					}
				}
				return true
			}
		}
		// "3,000 destroyed artillery systems": a status, then the type.
		if st := statusOf(t); st != "" {
			// ("3,400 destroyed Russian tanks": the owner between.)
			m := j + 1
			// "1,100 destroyed or captured tanks", "destroyed, damaged
			// or abandoned": losses of either status, all losses.
			for (word(toks, m) == "or" || word(toks, m) == "and" || word(toks, m) == ",") && m+1 < len(toks) && statusOf(&toks[m+1]) != "" {
				st = ""
				m += 2
			}
			for m < len(toks) && m < j+3 && toks[m].cls&clsActor != 0 && toks[m].k == tWord {
				m++
			}
			if p, end, ok := equipmentIx.match(toks, m); ok {
				*h = catHit{category: p.category, status: st, s: j, e: end, forward: true}
				return true
			}
		}
		if st := statusOf(t); st != "" && (skipped == 0 || toks[j-1].w == "as" || toks[j-1].w == "were" || toks[j-1].w == "been" || toks[j-1].w == "them" && word(toks, j-2) == "of") {
			// "of which 2,000 destroyed": status of equipment named earlier.
			*h = catHit{status: st, s: j, e: j + 1, forward: true}
			return true
		}
		if t.cls&clsPerson != 0 || t.upper && t.k == tWord && nationalityPlural(t.w) {
			// "50 soldiers and civilians", "civilians and fighters":
			// people of both kinds in one figure are of every kind.
			// (Not "two soldiers and a civilian", one more person.)
			if h.personNoun && skipped > 0 && h.population != "" && h.population != attrition.PopulationAll && t.cls&(clsCivilianWords|clsMilitaryWords) != 0 && andBefore(toks, j) && !singularBefore(toks, j) {
				if kind := attrition.PopulationCivilian; t.cls&clsCivilianWords == 0 && h.population == kind || t.cls&clsCivilianWords != 0 && h.population != kind {
					h.population, h.noun = attrition.PopulationAll, "people"
					skipped++
					j++
					continue
				}
			}
			h.personNoun = true
			h.noun = t.w
			// "a Hamas commander and 7 members of his family": his
			// relatives, civilians of his people; "six members of one
			// family": people of every kind, not a group's members.
			if t.w == "members" && familyOf(toks, j+1) {
				h.noun = "family"
				if w := word(toks, j+2); w == "his" || w == "her" || w == "their" {
					h.population, h.noun = attrition.PopulationCivilian, "relatives"
				}
				skipped++
				j += 4
				if word(toks, j-1) == "same" {
					j++
				}
				continue
			}
			if civilServiceBefore(toks, j) {
				// "1,402 medical personnel", "113 civil defence
				// personnel": a civil service's people, no army's.
				h.population, h.noun = attrition.PopulationCivilian, "workers"
			} else if t.cls&clsCivilianWords != 0 {
				h.population = attrition.PopulationCivilian
			} else if (t.cls&clsMilitaryWords != 0 || t.w == "members" && (membersOfForces(toks, j+1) || word(toks, j-1) == "service" || word(toks, j-1) == "force" || word(toks, j-1) == "forces")) && h.population == "" {
				// ("230 members of the security forces": the forces';
				// "2,461 US service members": an army's.)
				h.population = attrition.PopulationMilitary
			}
			skipped++
			j++
			continue
		}
		// "130,000 government soldiers and allied militiamen were among
		// the dead": people of two kinds, then what befell them; "Two
		// soldiers and a member of a pro-government militia were among
		// the dead": one more person named after them.
		if h.personNoun && t.w == "and" {
			if k := personAfterAnd(toks, j+1, 2); k > 0 {
				j = k
				skipped++
				continue
			}
		}
		// "Thirteen foreign soldiers serving with the UN mission and a
		// regional force have been killed": a participle's phrase
		// between the people and their verb.
		// ("12 Indian nationals recruited by the Russian army", "12
		// Indians who joined the Russian army have died": how they came
		// to serve.)
		if h.personNoun && (servingWord(t.w) || enlistedWord(t.w) || toks[j-1].cls&clsPerson != 0 && participlePhrase(t)) {
			if m := auxAfter(toks, j+1, j+14); m > 0 {
				j = m
				skipped++
				continue
			}
		}
		if h.personNoun && t.w == "who" {
			if m := enlistedClauseEnd(toks, j+1); m > 0 {
				j = m
				skipped++
				continue
			}
		}
		// "were among the dead", "were among those killed".
		if h.personNoun && t.w == "among" && (word(toks, j+1) == "the" || word(toks, j+1) == "those") {
			if p, end, ok := personnelIx.match(toks, j+2); ok && p.category != catLost {
				h.category, h.s, h.e, h.forward = p.category, j+2, end, true
				return true
			}
			// "133 journalists were among the more than 45,000 people
			// killed": the whole's figure and people between.
			if k := amongWholeEnd(toks, j+2); k > 0 {
				if p, end, ok := personnelIx.match(toks, k); ok && p.category != catLost {
					h.category, h.s, h.e, h.forward = p.category, k, end, true
					return true
				}
			}
		}
		// A unit or place named after the people: "41 soldiers from
		// Light Infantry Battalion 143 had surrendered", "20 soldiers of
		// the 3rd Brigade were killed".
		if h.personNoun && (t.w == "from" || t.w == "of" || t.w == "in" || t.w == "near" || t.w == "at") {
			if m := nameAfter(toks, j+1); m > j+1 && m < len(toks) && (toks[m].cls&(clsFiller|clsLoss|clsCat) != 0) {
				j = m
				skipped++
				continue
			}
			// "231 members of the security forces were killed", "… and
			// 250 pro-Assad gunmen had also been killed".
			if m := groupAfter(toks, j+1); m > j+1 && m < len(toks) && (toks[m].cls&(clsFiller|clsLoss|clsCat) != 0 || toks[m].w == "and" && m+1 < len(toks) && toks[m+1].k == tNum) {
				j = m
				skipped++
				continue
			}
			// "16 residents of the region were killed", "12 people in
			// the village".
			if m := j + 3; word(toks, j+1) == "the" && placeNoun(word(toks, j+2)) && m < len(toks) && toks[m].cls&(clsFiller|clsLoss|clsCat) != 0 {
				j = m
				skipped++
				continue
			}
			// ("12 residents of the frontline district", "of the border
			// area": a word or two that say which place.)
			if word(toks, j+1) == "the" {
				p := j + 2
				for p < len(toks) && p < j+4 && toks[p].k == tWord && !toks[p].upper && toks[p].cls&(clsStopWords|clsCat|clsLoss|clsPerson|clsNum) == 0 && !placeNoun(toks[p].w) {
					p++
				}
				if m := p + 1; p > j+2 && placeNoun(word(toks, p)) && m < len(toks) && toks[m].cls&(clsFiller|clsLoss|clsCat) != 0 {
					j = m
					skipped++
					continue
				}
			}
		}
		// "are believed to have been killed", "are thought to have
		// died": a hedged passive.
		if word(toks, j+1) == "to" && word(toks, j+2) == "have" {
			switch t.w {
			case "believed", "thought", "feared", "reported", "said", "known", "estimated", "understood", "presumed", "assumed", "likely":
				j += 3
				skipped++
				continue
			}
		}
		// ("killed 514 people since insurgents launched": "since" is a
		// filler only before the fate it tells, "have since been".)
		if t.w == "since" && word(toks, j+1) != "been" && word(toks, j+1) != "died" {
			break
		}
		if t.cls&(clsFiller|clsActor) != 0 || t.w == "as" || t.w == "may" || t.w == "might" || t.w == "could" || strings.HasSuffix(t.w, "-related") {
			skipped++
			j++
			continue
		}
		// A plain noun modifier before a person noun: "28 health
		// workers", "5 rescue workers".
		if t.k == tWord && t.cls&clsWordClasses == 0 && !t.upper && t.cls&clsStopWords == 0 && j+1 < len(toks) && toks[j+1].cls&clsPerson != 0 && skipped < 3 {
			skipped++
			j++
			continue
		}
		// "Seven suspected Boko Haram fighters", "heavily armed
		// bandits", "three hardcore Maoist cadres": a few modifiers and
		// a name before the person noun.
		// ("11,000 mobilised Russian soldiers have been killed": how they
		// came to serve, no headcount, when their loss follows.)
		if t.k == tWord && !t.upper && skipped < 2 && j == q.e && (t.cls&clsWordClasses == 0 || personModifier(t.w) || draftedWord(t.w) && lossAfterPeople(toks, j+1)) && personNounWithin(toks, j+1, 3) {
			skipped++
			j++
			continue
		}
		// Capitalised names of models between figure and noun: "4 Storm
		// Shadow cruise missiles", "29 HIMARS rockets".
		if t.upper && (skipped < 3 || t.cls&clsActorWord != 0 && skipped < 6) && t.cls&clsLoss == 0 {
			skipped++
			j++
			continue
		}
		// Plain adjectives before an equipment noun: "two A-50 airborne
		// early warning aircraft".
		if t.k == tWord && t.cls&(clsLoss|clsVeto|clsSource|clsNum|clsPeriod) == 0 && !h.personNoun && !(t.cls&clsStopWords != 0) {
			found := false
			for m := j + 1; m < len(toks) && m <= j+3; m++ {
				if toks[m].k != tWord {
					break
				}
				if p, end, ok := equipmentIx.match(toks, m); ok {
					*h = catHit{category: p.category, s: m, e: end, forward: true}
					if st, ok := statusAt(toks, end); ok {
						h.status = st
						h.e = end + 1
					}
					found = true
					break
				}
				// "70,140 traumatic injury deaths", "300 violent deaths":
				// words that say what kind of death.
				if lossNoun(toks[m].w) && m <= j+2 {
					if p, end, ok := personnelIx.match(toks, m); ok && p.category != catLost {
						*h = catHit{category: p.category, s: m, e: end, forward: true}
						found = true
						break
					}
				}
			}
			if found {
				return true
			}
		}
		break
	}
	return categoryBefore(toks, q, periods, h)
}

// categoryBefore is findCategoryInto's walk back from the figure, and its
// loose pass, once the walk forward has found no category: apart, so
// that findCategoryInto is small enough for the compiler to inline the
// hot calls of its walk forward, which it does not in a function as big
// as the two walks were together.
func categoryBefore(toks []token, q *quantity, periods []periodHit, h *catHit) bool {
	// Backward: "casualties of 1,000", "death toll rose to 1,200",
	// "Russia has lost 500 troops", "tanks — 8,344".
	k := q.s - 1
	if k >= 0 && toks[k].k == tPunct && isQuote(toks[k].w) && q.s < len(toks) && toks[q.s].glued {
		k--
	}
	// "had “neutralised” more than 100 terrorists": the verb in
	// quotation marks, the speaker's word held at arm's length.
	if k > 1 && toks[k].k == tPunct && isQuote(toks[k].w) && toks[k].glued && toks[k-1].k == tWord && toks[k-1].cls&clsCatEnd != 0 {
		k--
	}
	if r := rangeEndsBefore(toks, q.s); r >= 0 {
		k = r
	}
	steps := 0
	for k >= 0 && steps < 9 {
		t := &toks[k]
		if inPeriod(periods, k) {
			// "losses over the past year exceeded 400,000"; a period is
			// one step however long ("the number of terrorists
			// eliminated since the start of the ground operation to
			// over 2,000").
			if k+1 >= len(toks) || !inPeriod(periods, k+1) {
				steps++
			}
			k--
			continue
		}
		// "the number of dead in the capital has risen to 15": where,
		// between the count and its rise.
		if t.k == tWord && k >= 3 && toks[k-1].w == "the" && placeNoun(t.w) {
			if w := toks[k-2].w; w == "in" || w == "across" || w == "around" {
				k -= 3
				steps++
				continue
			}
		}
		// "destroyed a tank and 40 Ukrainian servicemen": the machines
		// listed first share the verb with the people after them.
		if t.w == "and" && k == q.s-1 && h.personNoun && !h.forward {
			m := k - 1
			for m >= 0 && m >= k-4 && toks[m].k == tWord && (toks[m].cls&clsCat != 0 || toks[m].upper) {
				m--
			}
			if m < k-1 && m > 0 && (startsNumber(&toks[m]) || toks[m].w == "a" || toks[m].w == "an") && toks[m-1].w == "destroyed" && equipmentAt(toks, m+1) {
				k = m - 1
				steps++
				continue
			}
		}
		// "excess mortality among Russian men reached 72,000": whom the
		// count is of, after its noun.
		if t.cls&clsPerson != 0 && t.k == tWord {
			m := k - 1
			for m >= 0 && m > k-3 && toks[m].k == tWord && toks[m].w != "among" && (toks[m].upper || toks[m].cls&(clsStopWords|clsCat|clsLoss) == 0) {
				m--
			}
			if word(toks, m) == "among" && m > 0 {
				if h.population == "" {
					h.notePeople(t)
				}
				k = m - 1
				steps++
				continue
			}
		}
		// "the death toll rose by 12% to 1,430", "deaths climbed 15
		// percent to 2,300": the size of the change, a step between the
		// noun and the new total.
		if t.w == "%" || t.w == "percent" || t.w == "cent" {
			m := k - 1
			if t.w == "cent" && word(toks, m) == "per" {
				m--
			}
			if m >= 0 && toks[m].k == tNum && percentChangeAt(toks, m) {
				k = m - 1
				steps++
				continue
			}
		}
		if t.k == tNum {
			// Dates inside the phrase: "casualties since February 2022
			// have passed 490,000", "in May 2024 were ... 1,240".
			if _, ok := yearOf(t); ok || strings.Count(t.w, ".") == 2 || dayOfMonthAt(toks, k) {
				k--
				steps++
				continue
			}
			// ("clashes with M23 rebels rose to 52": a name's glued
			// number and its letters.)
			if nameNumber(toks, k) {
				k -= 2
				steps++
				continue
			}
			// "the toll of 9/11 was 2,977": a day's name of two numbers.
			if slashPaired(toks, k) && k >= 2 {
				k -= 3
				steps++
				continue
			}
			break
		}
		if t.k == tPunct {
			switch t.w {
			case ")":
				// A bracketed enumeration defines the noun before it
				// ("permanent losses (killed, missing and irrevocably
				// wounded) are likely 400,000"): step over it.
				m := k - 1
				for m >= 0 && m > k-16 && toks[m].w != "(" && toks[m].k != tNum && toks[m].w != ")" {
					m--
				}
				if m >= 0 && toks[m].w == "(" && m < k-1 {
					k = m - 1
					steps++
					continue
				}
			case "—", "–", "-", ":", "‒", "―", "(", "|":
				// "permanent losses – personnel killed, missing or
				// wounded too severely to return – are 350,000": an
				// aside between dashes defines the noun before it.
				if t.w == "—" || t.w == "–" {
					if m := dashAsideStart(toks, k); m > 0 {
						k = m - 1
						steps++
						continue
					}
				}
				// "destroyed: 2,430" first: a status, not a category.
				if t.w == ":" && k > 0 {
					if st, ok := statusAt(toks, k-1); ok {
						*h = catHit{status: st, s: k - 1, e: k}
						return true
					}
				}
				// "tanks — 8,344", "personnel: about 1,000,340".
				if k > 0 {
					if hit, ok := categoryEndingAt(toks, k-1); ok {
						hit.personNoun = hit.personNoun || h.personNoun
						*h = mergeForward(hit, *h)
						return true
					}
				}
				// "US losses in Vietnam (58,000)": the loss noun and its
				// place before the bracket the figure stands in.
				if t.w == "(" && word(toks, q.e) == ")" && k >= 3 && (word(toks, k-2) == "in" || word(toks, k-3) == "in") {
					for m := k - 3; m >= 0 && m >= k-4; m-- {
						if hit, ok := categoryEndingAt(toks, m); ok && hit.category != catLost && !attrition.IsEquipment(hit.category) && word(toks, m+1) == "in" {
							hit.personNoun = hit.personNoun || h.personNoun
							*h = mergeForward(hit, *h)
							return true
						}
					}
				}
				// "destroyed: 2,430": a status of the equipment named before.
				if t.w == ":" && k > 0 {
					if st, ok := statusAt(toks, k-1); ok {
						*h = catHit{status: st, s: k - 1, e: k}
						return true
					}
				}
				if t.w == "|" {
					// "| Palestinians killed since 7 October 2023 (MoH) |
					// 40,223 |": the row's label cell names the figure.
					cell := k - 1
					for cell >= 0 && cell >= k-24 && toks[cell].w != "|" {
						cell--
					}
					for m := k - 1; m > cell; m-- {
						if hit, ok := categoryEndingAt(toks, m); ok && hit.category != catLost && hit.category != "" {
							// "Aid trucks entering Gaza per day": equipment
							// only when the label says it was lost.
							if attrition.IsEquipment(hit.category) && !cellHasStatus(toks, cell+1, k) {
								break
							}
							*h = mergeForward(hit, *h)
							return true
						}
					}
				}
				// "Russian casualties: 2022 – 100,000", "Killed: Russia –
				// 95,000": a year's or a side's label set off by a dash
				// as by a colon, the list's noun before it.
				if t.w != ":" && labelDashAt(toks, k) {
					k--
					steps++
					continue
				}
				if t.w == ":" {
					// "Killed, confirmed by name: 78 123": the label before
					// the colon names the figure.
					for m := k - 1; m >= 0 && m >= k-8; m-- {
						if toks[m].k == tNum || toks[m].w == "." || toks[m].w == ";" || toks[m].w == ":" {
							break
						}
						if hit, ok := categoryEndingAt(toks, m); ok && hit.category != catLost {
							*h = mergeForward(hit, *h)
							return true
						}
					}
					k--
					steps++
					continue
				}
				return h.category != ""
			case ",":
				// "the death toll since October 7, 2023, has risen to
				// 55,207": the comma that closes a period's date.
				if k > 0 && inPeriod(periods, k-1) {
					k--
					continue
				}
				// "permanent losses, those killed or so badly wounded
				// they will never return, are likely 250,000": a
				// defining aside between commas, stepped over.
				if m := asideStart(toks, k); m > 0 {
					k = m - 1
					continue
				}
				// Across a comma only personnel words carry: "killed and
				// wounded, with another 1,720"; in lists of equipment the
				// comma ends the item.
				if k > 0 {
					if hit, ok := categoryEndingAt(toks, k-1); ok && !attrition.IsEquipment(hit.category) && hit.category != "" {
						k--
						steps++
						continue
					}
				}
				if k > 0 && toks[k-1].k == tWord && !attrition.IsEquipment(categoryOf(toks, k-1)) {
					k--
					steps++
					continue
				}
				return false
			}
			break
		}
		// "the number killed since the ground operation began to 46": a
		// clause of time, stepped over whole.
		switch t.w {
		case "began", "started", "begun", "erupted", "resumed":
			m := k - 1
			for m >= 0 && m >= k-6 && toks[m].w != "since" && toks[m].k == tWord {
				m--
			}
			if m >= 0 && toks[m].w == "since" {
				k = m - 1
				steps++
				continue
			}
		}
		// "The number of dead from the massacre rose to 64": the deed
		// the dead are of, stepped over.
		switch t.w {
		case "massacre", "attack", "strike", "raid", "explosion", "blast", "bombing", "ambush", "clashes", "shelling", "assault", "fighting":
			if word(toks, k-1) == "the" && (word(toks, k-2) == "from" || word(toks, k-2) == "in") {
				k -= 3
				steps++
				continue
			}
		}
		// "The war has cost Russia 200,000 soldiers", "has cost the IDF
		// more than 430 soldiers": people lost, by the side's price.
		if (t.w == "cost" || t.w == "costing" || t.w == "costs") && h.personNoun && !h.forward && k < q.s-1 && toks[k+1].k == tWord {
			*h = mergeForward(catHit{category: catCasualties, s: k, e: k + 1}, *h)
			return true
		}
		// "the Defence Forces destroyed 9,870 occupiers": equipment's
		// verb, of people in the same bulletins, when people follow it.
		if t.w == "destroyed" && h.personNoun && !h.forward && steps <= 2 {
			*h = mergeForward(catHit{category: catCasualties, s: k, e: k + 1, active: true, verbAt: k}, *h)
			return true
		}
		// categoryEndingAt's own first test, made here: most words end
		// no category, and the call returns a catHit by value.
		if t.cls&clsCatEnd != 0 {
			if hit, ok := categoryEndingAt(toks, k); ok {
				// "the number of terrorists eliminated": the people
				// right before the verb.
				// ("wiped out" is keyed by its first word: "out" ends
				// other phrases.)
				if (toks[k].cls&clsDisableVerbs != 0 || toks[hit.s].cls&clsDisableVerbs != 0 && hit.e-hit.s == 2) && !h.personNoun && !(k > 0 && toks[k-1].cls&clsPerson != 0) {
					break
				}
				// "hit by anti-tank missiles on Tuesday, 2 of them knocked
				// out": the weapons that struck are not what "them"
				// stands for.
				if ofThem(toks, q.e) && attrition.IsEquipment(hit.category) && instrumentBefore(toks, hit.s) {
					break
				}
				if hit.category == catLost || hit.category == "" {
					hit.category = catCasualties
				}
				switch toks[k].w {
				case "killed", "killing", "kills", "kill", "wounded", "wounding", "injured", "injuring", "captured", "capturing", "eliminated",
					"neutralised", "neutralized", "liquidated", "annihilated", "exterminated":
					hit.active, hit.verbAt = true, k
				}
				*h = mergeForward(hit, *h)
				// "Civilians killed in Ukraine in 2024: 2,088", "the number
				// of civilians killed … rose to 2,088": the people named
				// before the category, when none follow the figure.
				if !h.personNoun && hit.s > 0 {
					if p := &toks[hit.s-1]; p.k == tWord && p.cls&clsPerson != 0 {
						h.personNoun, h.noun = true, p.w
						if civilServiceBefore(toks, hit.s-1) {
							h.population, h.noun = attrition.PopulationCivilian, "workers"
						} else {
							h.notePeople(p)
						}
					}
				}
				return true
			}
		}
		if t.cls&(clsBack|clsActor|clsPerson|clsFiller|clsMonth) != 0 ||
			t.w == "since" || t.w == "until" || t.w == "ago" ||
			// "the number of dead is almost certainly not below
			// 150,000": the estimative word's "not" (the bound's
			// shape leaves it out), no denial of the figure.
			t.w == "not" && estimativeBeforeNot(word(toks, k-1)) ||
			// "the losses of the Ukrainian armed forces amounted to".
			(t.w == "armed" || t.w == "security") && word(toks, k+1) == "forces" {
			k--
			steps++
			continue
		}
		// "the number of injured in the night attack has risen to 21":
		// the attack the toll is of, stepped over whole.
		// ("The number of dead from the Russian strike on Dnipro", "from
		// Tuesday's strike": the attacker's adjective or the day's name
		// too; not a group's own name, "in the Hamas attack", whose side
		// the actor rules read from the words the walk passes.)
		if t.cls&clsAgentNoun != 0 && t.k == tWord {
			j := k - 1
			for j > 0 && j >= k-3 && toks[j].k == tWord && (!toks[j].upper || toks[j].poss || toks[j].cls&clsActorWord != 0 && demonymShape(toks[j].w)) && toks[j].cls&(clsCat|clsLoss|clsPerson) == 0 && toks[j].w != "in" && toks[j].w != "from" && toks[j].w != "during" {
				j--
			}
			if w := word(toks, j); w == "in" || w == "from" || w == "during" {
				k = j - 1
				steps++
				continue
			}
		}
		// "The death toll in El Geneina is estimated at 10,000": a place
		// the registry does not know, after "in".
		if t.upper && t.k == tWord && k > 0 {
			j := k
			for j > 0 && j > k-3 && toks[j].upper && toks[j].k == tWord {
				j--
			}
			if w := toks[j].w; (w == "in" || w == "at" || w == "near") && j < k {
				k = j - 1
				steps++
				continue
			}
			// "civilian casualties verified by OHCHR in Ukraine to
			// 46,085": the body that counted them, after the count's
			// participle.
			if toks[j].w == "by" && j < k && countedParticiple(word(toks, j-1)) {
				k = j - 2
				steps += 2
				continue
			}
		}
		break
	}
	// A loose pass for a bare figure at the end of a clause ("casualties
	// ... were the highest of the war so far, at about 1,240 per day"):
	// a loss noun earlier in the clause names it.
	// "Ukrainian losses in the area had reached up to 1,610 servicemen":
	// a person noun after the figure, a loss noun before it.
	if h.category == "" {
		if hit, ok := frontedCategory(toks, q); ok && hit.category != "" {
			*h = mergeForward(hit, *h)
			return true
		}
		if hit, ok := revisedCountTo(toks, q); ok {
			*h = mergeForward(hit, *h)
			return true
		}
		if h.personNoun {
			if hit, ok := amongTheDeadAfter(toks, q.e); ok {
				*h = mergeForward(hit, *h)
				return true
			}
		}
	}
	// ("lost 40 armoured vehicles and 500 men": men beside matériel.)
	// ("lost 40% of its personnel, some 800 men": the men of the share.)
	share := -1
	bare := !h.personNoun && h.category == "" && bareFigure(toks, q)
	if h.category == "" && (h.personNoun || bare) {
		share = shareAsideBefore(toks, q.s)
	}
	personLoose := h.personNoun && (h.population == attrition.PopulationMilitary || h.noun == "men" && (share >= 0 || q.s >= 2 && toks[q.s-1].w == "and" && categoryOf(toks, q.s-2) != ""))
	if (bare || personLoose) && h.category == "" {
		for k, lo := q.s-1, max(0, q.s-32); k >= lo; k-- {
			t := &toks[k]
			if t.k == tNum {
				if _, ok := yearOf(t); ok || dayOfMonthAt(toks, k) {
					continue
				}
				// "the death toll from more than 10 months of war has
				// passed 40,000": a duration is no figure of its own.
				if inPeriod(periods, k) || unitIn(toks, k+1) {
					continue
				}
				// "Civilian deaths fell by 8 per cent to 2,088": the size
				// of the change, no figure of its own.
				if percentChangeAt(toks, k) {
					continue
				}
				if k+1 < len(toks) && toks[k+1].glued && isDash(toks[k+1].w) {
					continue // "44-day"
				}
				if nameNumber(toks, k) {
					continue // "M23"
				}
				// "lost 40% of its personnel, some 800 men": the share
				// the figure counts.
				if share > k && share <= k+3 {
					continue
				}
				// "lost 3,000 tanks and 600,000 troops": an item of the
				// same list.
				if _, _, ok := equipmentIx.match(toks, k+1); ok && personLoose {
					continue
				}
				break
			}
			if t.w == ";" || t.w == "." && !abbrevDot(toks, k) || t.w == "and" && k+1 < len(toks) && toks[k+1].k == tNum && !(personLoose && k > 0 && toks[k-1].cls&clsCat != 0) {
				break
			}
			if personLoose && t.w != "losses" && t.w != "casualties" && t.w != "lost" {
				continue
			}
			switch t.w {
			case "lost":
				// "lost 3,000 tanks and 600,000 troops": the verb of a
				// list of losses.
				if personLoose {
					*h = mergeForward(catHit{category: catCasualties, s: k, e: k + 1}, *h)
					return true
				}
			case "casualties", "losses", "deaths", "toll", "fatalities", "casualty", "martyrs", "kia", "wia", "mia":
				hit, _ := categoryEndingAt(toks, k)
				if hit.category == "" || hit.category == catLost {
					hit = catHit{category: catCasualties, s: k, e: k + 1}
				}
				*h = mergeForward(hit, *h)
				return true
			case "killed", "dead", "wounded", "injured", "missing":
				// "Hezbollah fighters killed in the clashes numbered
				// about fifty": people named by what befell them.
				if k > 0 && toks[k-1].cls&clsPerson != 0 && !personLoose {
					if hit, ok := categoryEndingAt(toks, k); ok && hit.category != "" {
						*h = mergeForward(hit, *h)
						return true
					}
				}
			}
		}
	}
	return false
}

// dayOfMonthAt reports a figure of one or two digits that is a day of a
// month: "24 February", "February 24", "Aug. 6".
func dayOfMonthAt(toks []token, k int) bool {
	if len(toks[k].w) > 2 {
		return false
	}
	return monthAt(toks, k-1) != 0 || monthAt(toks, k+1) != 0 || word(toks, k-1) == "." && monthAt(toks, k-2) != 0
}

// nameAfter returns the end of a proper name from token i ("the 3rd
// Brigade", "Light Infantry Battalion 143"), i when there is none: one
// capitalised word at least, with numbers and ordinals among them.
func nameAfter(toks []token, i int) int {
	k := i
	if word(toks, k) == "the" {
		k++
	}
	upper := false
	for k < len(toks) && k < i+7 {
		t := &toks[k]
		switch {
		case t.k == tWord && t.upper:
			upper = true
		case t.k == tNum && (upper || t.glued || k+1 < len(toks) && (toks[k+1].upper || toks[k+1].glued && toks[k+1].k == tWord)):
		case t.k == tWord && (t.w == "th" || t.w == "st" || t.w == "nd" || t.w == "rd") && t.glued:
		default:
			if !upper {
				return i
			}
			return k
		}
		k++
	}
	if !upper {
		return i
	}
	return k
}

// isQuote reports a quotation mark: ' " ‘ ’ “ ”. It tests the bytes, by
// length first: most words it is asked of are neither one byte nor three.
// (The tokenizer makes every quotation mark a token of its own, tPunct:
// findCategoryInto tests that first.)
func isQuote(w string) bool {
	switch len(w) {
	case 1:
		return w[0] == '\'' || w[0] == '"'
	case 3:
		// U+2018, U+2019, U+201C, U+201D.
		return w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0x98 || w[2] == 0x99 || w[2] == 0x9C || w[2] == 0x9D)
	}
	return false
}

// cellHasStatus reports a loss or status word in tokens [a, b).
func cellHasStatus(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if statusOf(&toks[k]) != "" || toks[k].cls&clsLoss != 0 {
			return true
		}
	}
	return false
}

// dashAsideStart returns the opening dash of an aside that the dash at
// k closes, 0 when there is none: the same dash within 24 tokens, with
// no figure or full stop between.
func dashAsideStart(toks []token, k int) int {
	for m := k - 1; m > 0 && m >= k-24; m-- {
		switch {
		case toks[m].w == toks[k].w:
			if m < k-1 {
				return m
			}
			return 0
		case toks[m].k == tNum || toks[m].w == "." || toks[m].w == ";":
			return 0
		}
	}
	return 0
}

// abbrevDot reports a full stop that ends an abbreviation ("Aug.",
// "approx."), not a sentence.
func abbrevDot(toks []token, k int) bool {
	return k > 0 && toks[k-1].cls&clsAbbreviations != 0 && toks[k-1].e == toks[k].s
}

// bareFigure reports a figure followed by nothing that names it: the end
// of a clause, or a rate ("1,240 per day").
func bareFigure(toks []token, q *quantity) bool {
	w := word(toks, q.e)
	switch w {
	case "", ",", ".", ";", ")", "per", "a", "each", "every", "in", "on", "over", "during", "this", "last", "since", "so", "—", "–", "from",
		"with", "after", "by", "as", "according", "following", "including", "amid", "when", "while", "before", "until":
		return true
	case "/":
		// "losses run at about 1,100/day": a post's rate, as "a day".
		p, _ := perAt(toks, q.e)
		return p != ""
	}
	// "far higher than the 1,200 confirmed by the health ministry", "the
	// 320 recorded so far": the count's participle after "the" figure
	// names who counted it, not what; the loss noun is before.
	return countedParticiple(w) && word(toks, q.s-1) == "the"
}

// frontedCategory reads a sentence that opens with what befell the
// people it then counts: "Killed in the overnight strike were three
// paramedics", "Wounded were 40".
func frontedCategory(toks []token, q *quantity) (catHit, bool) {
	// The verb before the figure first: it rules out most figures
	// without the scan for a dateline.
	b := q.s - 1
	if v := word(toks, b); v != "were" && v != "was" && v != "are" {
		return catHit{}, false
	}
	s := 0
	if word(toks, 0) == "|" || isQuote(word(toks, 0)) {
		s = 1
	}
	// After a dateline: "DEIR AL-BALAH, Gaza Strip — Killed in ...".
	for k := 0; k < len(toks) && k < 10; k++ {
		if w := toks[k].w; (w == "—" || w == "–") && k+1 < len(toks) && toks[k+1].upper {
			s = k + 1
			break
		}
	}
	switch word(toks, s) {
	case "killed", "wounded", "injured", "dead", "missing", "captured":
	default:
		return catHit{}, false
	}
	for k := s + 1; k < b; k++ {
		if toks[k].k == tNum || toks[k].w == "." || toks[k].w == ";" {
			return catHit{}, false
		}
	}
	return categoryEndingAt(toks, s)
}

// revisedCountTo reads the figure a count was revised to, however far
// the count's words stand before it: "revised its count of those killed
// in Tuesday's strike on Qana down to 15", "lowered its count of those
// killed in Sunday's strike on the camp to 68".
func revisedCountTo(toks []token, q *quantity) (catHit, bool) {
	b := q.s - 1
	if word(toks, b) != "to" {
		return catHit{}, false
	}
	if w := word(toks, b-1); w == "up" {
		return catHit{}, false
	}
	for k := b - 1; k >= 2 && k >= b-24; k-- {
		t := &toks[k]
		if t.w == "." || t.w == ";" || t.k == tNum && !dayOfMonthAt(toks, k) && !nameNumber(toks, k) {
			if _, ok := yearOf(t); !ok || t.w == "." || t.w == ";" {
				return catHit{}, false
			}
		}
		if t.w != "of" {
			continue
		}
		switch word(toks, k-1) {
		case "count", "toll", "number", "tally", "figure", "total":
		default:
			continue
		}
		switch word(toks, k-2) {
		case "its", "the", "their", "his", "her":
		default:
			continue
		}
		switch word(toks, k-3) {
		case "revised", "lowered", "raised", "cut", "increased", "updated", "reduced", "corrected", "revising", "lowering", "raising":
		default:
			continue
		}
		m := k + 1
		if w := word(toks, m); w == "those" || w == "people" || w == "the" {
			m++
		}
		if hit, ok := categoryEndingAt(toks, m); ok && hit.category != "" && hit.category != catLost && !attrition.IsEquipment(hit.category) {
			return hit, true
		}
		return catHit{}, false
	}
	return catHit{}, false
}

// amongTheDeadAfter reads "among the dead" at the end of the people's
// clause after a figure at e: "counted 231 members of the new security
// forces and 250 fighters loyal to the former government among the
// dead".
func amongTheDeadAfter(toks []token, e int) (catHit, bool) {
	for k := e; k < len(toks) && k < e+18; k++ {
		t := &toks[k]
		switch t.w {
		case ".", ";", ":", "(", "among":
		default:
			if t.k == tNum && word(toks, k-1) != "and" {
				return catHit{}, false
			}
			continue
		}
		// As the forward look reads "were among the dead" next to its
		// people.
		if t.w != "among" || word(toks, k+1) != "the" && word(toks, k+1) != "those" {
			return catHit{}, false
		}
		if p, end, ok := personnelIx.match(toks, k+2); ok && p.category != catLost {
			return catHit{category: p.category, s: k + 2, e: end, forward: true}, true
		}
		return catHit{}, false
	}
	return catHit{}, false
}

func categoryOf(toks []token, k int) string {
	if hit, ok := categoryEndingAt(toks, k); ok {
		return hit.category
	}
	return ""
}

// stopWords are function words that end a noun phrase.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "on": true, "at": true, "of": true, "by": true,
	"with": true, "for": true, "to": true, "and": true, "or": true, "but": true, "from": true,
	"that": true, "which": true, "who": true, "were": true, "was": true, "are": true, "is": true,
}

// statusAt is the status word at token k, if it is one: the class bit
// first, the map only for a status word.
func statusAt(toks []token, k int) (string, bool) {
	if k < 0 || k >= len(toks) || toks[k].cls&clsStatus == 0 {
		return "", false
	}
	st, ok := statusWords[toks[k].w]
	return st, ok
}

// statusOf returns the equipment status a word names, if any.
func statusOf(t *token) string {
	if t.cls&clsStatus == 0 {
		return ""
	}
	return statusWords[t.w]
}

// isDash reports the dashes that separate a label from its figure.
func isDash(w string) bool {
	switch w {
	case "-", "–", "—", "‒", "―", "−":
		return true
	}
	return false
}

// skipIncrement steps over a bracketed daily change after a figure:
// "893,640 (+1,310)".
func skipIncrement(toks []token, j int) (int, bool) {
	if j < 0 || j >= len(toks) || toks[j].k != tPunct {
		return j, false // both forms below start with a sign
	}
	// A table cell: "| +1 110".
	// Not a change in per cent: "| +16% |".
	if word(toks, j) == "|" && word(toks, j+1) == "+" && j+2 < len(toks) && toks[j+2].k == tNum && word(toks, j+3) != "%" {
		return j + 3, true
	}
	if word(toks, j) != "(" || word(toks, j+1) != "+" && word(toks, j+1) != "−" && word(toks, j+1) != "-" {
		return j, false
	}
	if j+2 < len(toks) && toks[j+2].k == tNum && word(toks, j+3) == ")" {
		return j + 4, true
	}
	if word(toks, j+3) == "%" {
		return j, false
	}
	// "4,120 tanks (+7 over the past day)": the day's window inside.
	if j+2 < len(toks) && toks[j+2].k == tNum {
		for k := j + 3; k < len(toks) && k <= j+9; k++ {
			switch toks[k].w {
			case ")":
				return k + 1, k > j+3
			case "over", "in", "the", "past", "last", "a", "day", "24", "hours", "previous", "preceding",
				// "(+120 in last 48h)", "(+300 in the past two days)".
				"48", "72", "h", "hrs", "days", "week", "two", "three":
				continue
			}
			break
		}
	}
	return j, false
}

// inIncrement reports a period phrase at s inside a tally's bracketed
// change, "(+7 over the past day)": the change's, not the total's.
func inIncrement(toks []token, s int) bool {
	return s >= 3 && toks[s-1].k == tNum && word(toks, s-2) == "+" && word(toks, s-3) == "("
}

// mergeForward keeps the population and person noun seen after the
// figure on a category found before it.
func mergeForward(back, fwd catHit) catHit {
	if fwd.population != "" {
		back.population = fwd.population
	}
	back.personNoun = back.personNoun || fwd.personNoun
	if fwd.noun != "" {
		back.noun = fwd.noun
	}
	if fwd.population != "" {
		back.population = fwd.population
	}
	return back
}

// catEndWords are the single words categoryEndingAt reads besides the
// phrases' last words.
var catEndWords = []string{"toll", "lost", "losing", "lose", "loses", "killing", "kills", "executing", "massacring", "slaughtering", "martyring", "lynching", "kill", "wounding", "injuring", "personnel", "captures", "capture"}

// categoryEndingAt matches category words that end at token k.
func categoryEndingAt(toks []token, k int) (catHit, bool) {
	if toks[k].cls&clsCatEnd == 0 {
		// Neither a word below nor the last word of a phrase.
		return catHit{}, false
	}
	w := toks[k].w
	// "Ukraine's population has fallen to about 33 million": the verb
	// of a falling number, not the dead.
	if w == "fallen" {
		switch word(toks, k+1) {
		case "to", "by", "below", "from", "sharply", "steadily", "further", "again", "back":
			return catHit{}, false
		}
	}
	// catEndWords lists these cases for the lexicon.
	switch w {
	case "toll":
		// "the wounded toll": not the dead.
		if b := word(toks, k-1); b == "wounded" || b == "injured" || b == "injury" {
			return catHit{category: catWounded, s: k - 1, e: k + 1}, true
		}
		return catHit{category: catKilled, s: k, e: k + 1}, true
	case "lost", "losing", "lose", "loses":
		// "Russian tanks lost: c. 3,300": the equipment named before.
		for l := 4; l >= 1; l-- {
			if st := k - l; st >= 0 {
				if p, end, ok := equipmentIx.match(toks, st); ok && end == k {
					return catHit{category: p.category, s: st, e: k + 1}, true
				}
			}
		}
		return catHit{category: catLost, s: k, e: k + 1}, true
	case "killing", "kills", "executing", "massacring", "slaughtering", "martyring", "lynching":
		// ("accused the rebels of executing at least 52 civilians";
		// "attacked a checkpost, martyring three policemen")
		return catHit{category: catKilled, s: k, e: k + 1}, true
	case "kill", "capture", "captures":
		// A headline's present: "Israeli strikes kill more than 400",
		// "Ukraine captures 200 Russian soldiers"; not a deed to come
		// ("threatened to kill 100").
		switch word(toks, k-1) {
		case "to", "will", "would", "could", "can", "may", "might", "not", "did", "does", "do", "n't", "shall", "should", "must":
			return catHit{}, false
		}
		if w != "kill" {
			return catHit{category: catCaptured, s: k, e: k + 1}, true
		}
		return catHit{category: catKilled, s: k, e: k + 1}, true
	case "wounding", "injuring":
		// "killing or wounding 540": either, all losses.
		if c := word(toks, k-1); (c == "or" || c == "and") && (word(toks, k-2) == "killing" || word(toks, k-2) == "killed") {
			return catHit{category: catCasualties, s: k - 2, e: k + 1}, true
		}
		return catHit{category: catWounded, s: k, e: k + 1}, true
	case "personnel":
		// Ukrainian General Staff tables: "personnel — about 1,000,340";
		// not "Ministry of Defence & General Security personnel ....
		// 446", whose label names the people of a toll.
		if k+1 < len(toks) && (isDash(toks[k+1].w) || toks[k+1].w == ":" || toks[k+1].w == "|") && !(k > 0 && toks[k-1].k == tWord && toks[k-1].cls&(clsActor|clsActorWord) == 0 && !enemyIx.at(&toks[k-1])) {
			// An army's personnel are its soldiers.
			return catHit{category: catCasualties, s: k, e: k + 1, population: attrition.PopulationMilitary}, true
		}
	}
	// Try phrases that end here: look back up to four words.
	for l := 4; l >= 1; l-- {
		st := k - l + 1
		if st < 0 || toks[st].cls&clsCat == 0 {
			continue // no phrase starts at st (match's own first test)
		}
		if p, end, ok := equipmentIx.match(toks, st); ok && end == k+1 {
			return catHit{category: p.category, s: st, e: end}, true
		}
		if p, end, ok := personnelIx.match(toks, st); ok && end == k+1 {
			// "tank losses", "aircraft losses": equipment named as a noun
			// before the loss word.
			if (p.category == catCasualties || p.category == catLost) && st > 0 {
				if eqc, ok := equipmentNoun[toks[st-1].w]; ok {
					return catHit{category: eqc, s: st - 1, e: end}, true
				}
			}
			// The head noun phrase decides: "permanent combat losses",
			// "irrecoverable battlefield losses" are permanent losses even
			// with a word between the adjective and the noun.
			if p.category == catCasualties && permanentBefore(toks, st, max(0, st-3)) {
				return catHit{category: catPermanent, s: st, e: end}, true
			}
			return catHit{category: p.category, s: st, e: end}, true
		}
	}
	return catHit{}, false
}

// perWords say a figure is an average rate.
//
// rate says the sentence may hold a rate word ("daily"): when it holds
// none, the look back before the figure finds none (scanSentence notes
// them).
func findPer(toks []token, q *quantity, h *catHit, rate bool) (string, int) {
	end := q.e
	if h.forward && h.e > end {
		end = h.e
	}
	if p, e := perAt(toks, q.e); p != "" {
		return p, e
	}
	// "1,262 troops a day": past the people counted.
	for k, hi := q.e, min(len(toks), q.e+3); k < hi; k++ {
		if toks[k].cls&clsPerson == 0 && !hasCls(toks, k, clsActorWord) {
			if k > q.e {
				if p, e := perAt(toks, k); p != "" {
					return p, e
				}
			}
			break
		}
	}
	if end != q.e {
		if p, e := perAt(toks, end); p != "" {
			return p, e
		}
	}
	// "1,420 soldiers were killed on average every day".
	for k, hi := end, min(len(toks), end+4); k+2 < hi; k++ {
		if toks[k].w == "on" && toks[k+1].w == "average" {
			if p, e := perAt(toks, k+2); p != "" {
				return p, e
			}
			break
		}
	}
	// Before: "a daily average of 1,262", "daily losses averaged 1,262",
	// "the average daily casualty rate in October stood at 1,354", and
	// the same rate again: "..., below September's average of 1,400".
	// An average word between the unit word and the figure, or just
	// before the figure.
	avg := func(k int) bool {
		return nearWord(toks, min(k, max(0, q.s-3)), q.s, "average", "averaged", "averaging", "rate", "mean")
	}
	if !rate {
		return "", 0
	}
	for k, lo := q.s-1, max(0, q.s-10); k >= lo; k-- {
		// The class bit first: only the three rate words and the
		// clause's end count here, and only punctuation is a full stop.
		if t := &toks[k]; t.cls&clsRateWord == 0 {
			if t.k == tPunct && (t.w == "." || t.w == ";") {
				return "", 0
			}
			continue
		}
		switch toks[k].w {
		case "daily":
			if avg(k) || word(toks, k-1) == "average" {
				return attrition.PerDay, 0
			}
			// "Russia's daily losses fell to about 900 in June": a rate
			// over the month, unless one day is named ("daily losses on
			// Tuesday were 1,200" is that day's count).
			if k+1 < q.s && toks[k+1].cls&(clsLoss|clsCat) != 0 && toks[k+1].k == tWord && !oneDayNamed(toks) && (spanNamed(toks) || presentRateVerb(toks, k+2, q.s)) {
				return attrition.PerDay, 0
			}
		case "weekly":
			// "Russia's weekly losses are around 9,000": a week's losses
			// are a rate over the weeks told, as a month's are.
			if avg(k) || !q.frac && !q.percent && k+1 < q.s && toks[k+1].cls&(clsLoss|clsCat) != 0 && toks[k+1].k == tWord {
				return attrition.PerWeek, 0
			}
		case "monthly":
			if avg(k) || !q.frac && !q.percent && k+1 < q.s && toks[k+1].cls&(clsLoss|clsCat) != 0 && toks[k+1].k == tWord {
				return attrition.PerMonth, 0
			}
		case ".", ";":
			return "", 0
		}
	}
	// "The average daily number of Russian casualties (killed and
	// wounded) reported by the Ukrainian General Staff in December 2024
	// was 1,585": the subject that names the rate may be long.
	for k, lo := q.s-11, max(1, q.s-28); k >= lo; k-- {
		t := &toks[k]
		if t.w == "." || t.w == ";" {
			break
		}
		if t.k == tNum {
			if _, ok := yearOf(t); !ok {
				break
			}
		}
		if word(toks, k-1) == "average" {
			switch t.w {
			case "daily":
				return attrition.PerDay, 0
			case "weekly":
				return attrition.PerWeek, 0
			case "monthly":
				return attrition.PerMonth, 0
			}
		}
	}
	return "", 0
}

// presentRateVerb reports a verb of the present between a rate's noun
// and its figure, in toks[a:b]: "daily losses are now around 800",
// "daily losses have nearly halved since the spring, to 800" tell the
// rate as it stands, where "daily losses were 1,200" may be one day's.
func presentRateVerb(toks []token, a, b int) bool {
	for k := a; k < b && k < a+8; k++ {
		switch toks[k].w {
		case "are", "is", "now", "currently", "remain", "remains", "have", "has", "average", "averages", "hover", "hovers", "run", "runs", "stand", "stands":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// perAt reads a rate word at token i ("a day", "per week", "daily"): the
// rate and the token after it. (A function, not a closure in findPer:
// the closure was made for every figure.)
func perAt(toks []token, i int) (string, int) {
	w := word(toks, i)
	if w == "a" && (word(toks, i-1) == "in" || word(toks, i-1) == "within") {
		return "", 0 // "in a week" is how long, not how often
	}
	switch w {
	case "a", "per", "each", "every":
		// "a day earlier", "a week later": when, not how often.
		if w == "a" {
			switch word(toks, i+2) {
			case "earlier", "later", "before", "after", "ago":
				return "", 0
			}
		}
		switch word(toks, i+1) {
		case "day", "diem":
			return attrition.PerDay, i + 2
		case "week":
			return attrition.PerWeek, i + 2
		case "month":
			return attrition.PerMonth, i + 2
		case "year":
			return attrition.PerYear, i + 2
		case "24":
			if word(toks, i+2) == "hours" {
				return attrition.PerDay, i + 3
			}
		}
	case "/":
		// Posts' slash: "1,100/day", "1,100/d", "8,000/week".
		if i+1 < len(toks) && toks[i].glued && toks[i+1].glued {
			switch toks[i+1].w {
			case "day", "d":
				return attrition.PerDay, i + 2
			case "week", "wk":
				return attrition.PerWeek, i + 2
			case "month", "mo":
				return attrition.PerMonth, i + 2
			case "year", "yr":
				return attrition.PerYear, i + 2
			}
		}
	case "daily":
		return attrition.PerDay, i + 1
	case "weekly":
		return attrition.PerWeek, i + 1
	case "monthly":
		return attrition.PerMonth, i + 1
	case "annually", "yearly":
		return attrition.PerYear, i + 1
	}
	return "", 0
}

// designationKind names the equipment a model designation's letters
// stand for: "Su", "MiG", "F" aircraft; "Mi", "Ka" helicopters; "MQ"
// drones. It returns "" for letters of no one kind.
func designationKind(w string) string {
	switch w {
	case "su", "mig", "f", "tu", "il", "yak", "a", "b":
		return "equipment:aircraft"
	case "mi", "ka", "ah", "uh", "ch":
		return "equipment:helicopters"
	case "mq", "rq", "tb":
		return "equipment:drones"
	// Land systems as OSINT posts count them: "2 T-90M", "a BMP-2",
	// "3 MT-LBs", "4 BM-21", "1 S-300".
	case "t":
		return "equipment:tanks"
	case "bmp", "btr", "bmd", "mt":
		return "equipment:armoured_vehicles"
	case "bm", "tos":
		return "equipment:mlrs"
	case "s":
		return "equipment:air_defence"
	}
	return ""
}

// modelKinds are machines by their names, as OSINT posts and loss
// tallies count them with no noun after ("lost 2 Pantsir-S1 and 1
// Buk-M2", "3 Msta-S", "2 HMMWVs"): the name before its variant's dash,
// or its letters and number ("M113"). Missiles are not here: a
// launcher's loss and a missile's interception read alike by name.
var modelKinds = map[string]string{
	"leopard": eq("tanks"), "abrams": eq("tanks"), "challenger": eq("tanks"), "merkava": eq("tanks"),
	"leclerc": eq("tanks"), "m1": eq("tanks"), "m1a1": eq("tanks"), "m1a2": eq("tanks"),
	"bradley": eq("armoured_vehicles"), "marder": eq("armoured_vehicles"), "stryker": eq("armoured_vehicles"),
	"m113": eq("armoured_vehicles"), "m2": eq("armoured_vehicles"), "cv90": eq("armoured_vehicles"),
	"maxxpro": eq("armoured_vehicles"), "bushmaster": eq("armoured_vehicles"), "kozak": eq("armoured_vehicles"),
	"namer": eq("armoured_vehicles"), "bmp": eq("armoured_vehicles"), "btr": eq("armoured_vehicles"),
	"bmd": eq("armoured_vehicles"), "mt": eq("armoured_vehicles"), "vab": eq("armoured_vehicles"),
	"hmmwv": eq("vehicles"), "humvee": eq("vehicles"), "ural": eq("vehicles"), "kamaz": eq("vehicles"),
	"msta": eq("artillery"), "giatsint": eq("artillery"), "gvozdika": eq("artillery"), "akatsiya": eq("artillery"),
	"pion": eq("artillery"), "malva": eq("artillery"), "caesar": eq("artillery"), "krab": eq("artillery"),
	"m777": eq("artillery"), "m109": eq("artillery"), "pzh": eq("artillery"), "bohdana": eq("artillery"),
	"archer": eq("artillery"), "zuzana": eq("artillery"), "2s19": eq("artillery"), "2s1": eq("artillery"),
	"2s3": eq("artillery"), "2s7": eq("artillery"), "2s5": eq("artillery"), "d30": eq("artillery"),
	"grad": eq("mlrs"), "uragan": eq("mlrs"), "smerch": eq("mlrs"), "tornado": eq("mlrs"), "himars": eq("mlrs"),
	"m270": eq("mlrs"), "m142": eq("mlrs"), "bm21": eq("mlrs"), "vampire": eq("mlrs"),
	"pantsir": eq("air_defence"), "buk": eq("air_defence"), "tor": eq("air_defence"), "osa": eq("air_defence"),
	"strela": eq("air_defence"), "tunguska": eq("air_defence"), "patriot": eq("air_defence"),
	"nasams": eq("air_defence"), "iris": eq("air_defence"), "gepard": eq("air_defence"), "hawk": eq("air_defence"),
	"crotale": eq("air_defence"), "s300": eq("air_defence"), "s400": eq("air_defence"),
	"orlan": eq("drones"), "lancet": eq("drones"), "shahed": eq("drones"), "geran": eq("drones"),
	"zala": eq("drones"), "supercam": eq("drones"), "bayraktar": eq("drones"), "gerbera": eq("drones"),
	"mohajer": eq("drones"),
}

// modelAt reads a machine's name at j that modelKinds knows, with its
// variant ("Pantsir-S1", "M113s", "Leopard 2A6"), and gives its kind and
// the token after it when no noun of equipment follows ("Patriot
// missiles" are missiles), or a launcher's, system's or battery's noun
// does ("1 Patriot launcher").
func modelAt(toks []token, j int) (string, int) {
	t := &toks[j]
	if t.k != tWord || !t.upper {
		return "", 0
	}
	name, end := t.w, j+1
	if i := strings.IndexByte(name, '-'); i > 0 {
		name = name[:i]
	} else if len(name) <= 3 && end < len(toks) && toks[end].glued && toks[end].k == tNum {
		// "M113", "CV90": letters glued to a number.
		name += toks[end].w
		end++
	}
	cat, ok := modelKinds[name]
	if !ok && len(name) > 3 && name[len(name)-1] == 's' {
		cat, ok = modelKinds[name[:len(name)-1]]
	}
	if !ok {
		return "", 0
	}
	// The variant glued to the name: "-S1", "M2", "s".
	for end < len(toks) && toks[end].glued && (toks[end].k != tPunct || isDash(toks[end].w) && end+1 < len(toks) && toks[end+1].glued && toks[end+1].k != tPunct) {
		end++
	}
	// A generation's number and letters: "Leopard 2A6", "Challenger 2".
	if end+1 < len(toks) && toks[end].k == tNum && !toks[end].glued && len(toks[end].w) == 1 && toks[end+1].glued && toks[end+1].k == tWord {
		end++
		for end < len(toks) && toks[end].glued && toks[end].k != tPunct {
			end++
		}
	}
	if end < len(toks) {
		if _, _, ok := equipmentIx.match(toks, end); ok {
			return "", 0
		}
		switch toks[end].w {
		case "launcher", "launchers", "system", "systems", "battery", "batteries", "complex", "complexes":
			return cat, end + 1
		}
	}
	if !designationEnds(toks, end) {
		return "", 0
	}
	return cat, end
}

// modelBeforeTimes reads the machine's name before a multiplication
// sign at x ("T-90M x2", "BMP-2 (x3)", "Msta-S x1") and gives its kind
// and its first token, or "".
func modelBeforeTimes(toks []token, x int) (string, int) {
	e := x
	if e > 1 && toks[e-1].w == "(" {
		e--
	}
	if e < 1 {
		return "", 0
	}
	// The name is one run of glued tokens: "T", "-", "90", "M".
	j := e - 1
	for j > 0 && j > e-6 && toks[j].glued {
		j--
	}
	// "Leopard 2A6": a generation's number after the name.
	if j > 0 && toks[j].k == tNum && toks[j-1].k == tWord && toks[j-1].upper {
		j--
	}
	if j < 0 || toks[j].k != tWord || !toks[j].upper {
		return "", 0
	}
	if cat, end := modelAt(toks, j); cat != "" && end == e {
		return cat, j
	}
	// "T-72", "BMP-2", "Su-25": letters, a dash and a number.
	if j+2 < e && isDash(toks[j+1].w) && toks[j+1].glued && toks[j+2].k == tNum {
		return designationKind(toks[j].w), j
	}
	return "", 0
}

// timesModel reports a machine's name before the multiplication sign at
// x: "T-90M x2".
func timesModel(toks []token, x int) bool {
	cat, _ := modelBeforeTimes(toks, x)
	return cat != ""
}

// personnelAt reports a phrase of people's losses at j: "KIA/WIA" is no
// designation of a machine.
func personnelAt(toks []token, j int) bool {
	_, _, ok := personnelIx.match(toks, j)
	return ok
}

// designationEnds reports the word after a model's name as the end of
// its phrase: a verb of its loss, a list's comma, the sentence's end.
func designationEnds(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	// "Msta-S x1", "Pantsir-S1 (x2)": a count after the name.
	if (toks[k].w == "x" || toks[k].w == "×") && k+1 < len(toks) && toks[k+1].glued && toks[k+1].k == tNum ||
		toks[k].w == "(" && word(toks, k+1) == "x" {
		return true
	}
	if toks[k].k == tPunct {
		return toks[k].w == "," || toks[k].w == "." || toks[k].w == ";" || toks[k].w == ")"
	}
	switch toks[k].w {
	case "were", "was", "had", "have", "has", "and", "from", "over", "in", "on", "near", "at", "during", "after", "when", "while", "outside", "off":
		return true
	}
	return false
}

// fellInBattle reports "fell" as dying ("405 fell in the ground
// operation", "the 12 heroes who fell"), not as a count going down
// ("fell to 30", "fell by a fifth").
func fellInBattle(toks []token, j int) bool {
	switch word(toks, j+1) {
	case "to", "by", "from", "short", "back", "sharply", "below", "under", "further", "slightly", "into", "silent", "apart", "ill":
		return false
	}
	return true
}

// nationalityPlural reports a people named by their nation, as the
// lexicon's few cannot list them all: "13 South Africans", "3
// Malawians", "two Nepalese", "five Pakistanis".
func nationalityPlural(w string) bool {
	if len(w) < 6 {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ans") && !strings.HasSuffix(w, "hans"), strings.HasSuffix(w, "ese"):
		return true
	case strings.HasSuffix(w, "is"):
		// "Israelis", "Pakistanis", "Somalis"; not "Paris", "Tunis".
		return strings.HasSuffix(w, "lis") || strings.HasSuffix(w, "nis") || strings.HasSuffix(w, "qis")
	}
	return false
}

// equipmentAt reports an equipment phrase at token k: "infantry
// fighting vehicles" is no list of people.
func equipmentAt(toks []token, k int) bool {
	_, _, ok := equipmentIx.match(toks, k)
	return ok
}

// woundedAdjective reports "wounded" as the people's adjective after a
// verb of what befell them: "had captured two wounded North Korean
// soldiers", "executed 12 wounded prisoners". e is the word after it.
func woundedAdjective(toks []token, s, e int) bool {
	k := e
	for k < len(toks) && k < e+3 && toks[k].k == tWord && toks[k].cls&clsPerson == 0 && (toks[k].upper || toks[k].cls&clsActorWord != 0) {
		k++
	}
	if k >= len(toks) || toks[k].cls&clsPerson == 0 {
		return false
	}
	switch word(toks, s-1) {
	case "captured", "killed", "executed", "seized", "capture", "kill", "execute", "shot", "abducted":
		return true
	}
	return false
}

func nearWord(toks []token, from, to int, ws ...string) bool {
	for k := from; k < to && k < len(toks); k++ {
		for _, w := range ws {
			if toks[k].w == w {
				return true
			}
		}
	}
	return false
}

// permanentWords mark losses that do not return to the ranks.
var permanentWords = map[string]bool{
	"permanent": true, "irrecoverable": true, "irrevocable": true, "irretrievable": true,
	"unrecoverable": true, "permanently": true,
}

// permanentBefore reports a permanent-loss adjective in the words
// [from, at) (at most three) before a loss noun at token at.
func permanentBefore(toks []token, at, from int) bool {
	for k := at - 1; k >= from && k >= at-3 && k >= 0; k-- {
		t := &toks[k]
		if permanentWords[t.w] {
			return true
		}
		if t.k != tWord || (t.cls&clsStopWords != 0) {
			return false
		}
	}
	return false
}

// personAfterAnd returns the noun of people that the words after "and"
// at k lead to within n words, or four more after an article: "allied
// militiamen", "a member of a pro-government militia"; or 0.
func personAfterAnd(toks []token, k, n int) int {
	limit := k + n
	if w := word(toks, k); w == "a" || w == "an" || w == "one" {
		limit = k + 6
	}
	for m := k; m < len(toks) && m < limit && toks[m].k == tWord; m++ {
		if toks[m].cls&clsPerson != 0 {
			return m
		}
		if toks[m].cls&clsCat != 0 {
			return 0
		}
	}
	return 0
}

// killVerbBefore reports a verb of killing right before the figure at
// s, past a hedge: "executed 16 prisoners of war", "killed at least 12
// hostages".
func killVerbBefore(toks []token, s int) bool {
	// (s is the quantity's start, its hedge included; "all" is none.)
	k := s - 1
	if word(toks, k) == "all" {
		k--
	}
	switch word(toks, k) {
	case "executed", "executing", "execute", "executes", "murdered", "murdering", "killed", "killing", "shot", "massacred":
		return true
	}
	return false
}

// oneDayNamed reports a single day named in the sentence: a weekday,
// "yesterday", "today", "overnight".
func oneDayNamed(toks []token) bool {
	for k := range toks {
		switch w := toks[k].w; {
		case weekdays[strings.TrimSuffix(w, "'s")] != 0, w == "yesterday", w == "today", w == "overnight":
			return true
		}
	}
	return false
}

// spanNamed reports a span longer than a day named in the sentence: a
// month, a year, or "week", "month", "year".
func spanNamed(toks []token) bool {
	for k := range toks {
		t := &toks[k]
		if t.cls&clsMonth != 0 || yearAt(toks, k) {
			return true
		}
		switch t.w {
		case "week", "month", "year", "quarter", "weeks", "months":
			return true
		}
	}
	return false
}

// serviceModifier reports a lower-case word that says which service
// people are of: "200 security personnel", "12 aid workers".
func serviceModifier(w string) bool {
	switch w {
	case "security", "government", "rebel", "allied", "foreign", "aid", "medical", "health", "rescue", "relief", "police", "army", "military", "militia", "border", "humanitarian":
		return true
	}
	return false
}

// takenBefore reports a verb of taking or holding captives right before
// the figure at s: "took 21 hostages and 4 soldiers were killed" keeps
// its hostages.
func takenBefore(toks []token, s int) bool {
	k := s - 1
	if w := word(toks, k); w == "some" || w == "about" || w == "around" || w == "nearly" || w == "all" {
		k--
	}
	switch word(toks, k) {
	case "took", "take", "taken", "taking", "seized", "seizing", "abducted", "abducting", "kidnapped", "holds", "holding", "held",
		"freed", "released", "rescued", "captured", "capturing", "exchanged", "swapped":
		return true
	}
	return false
}

// deathVerbAfter returns the verb of dying in the clause that starts at
// k ("it holds have since died", "were later killed"), or 0.
func deathVerbAfter(toks []token, k int) int {
	for m := k; m < len(toks) && m < k+8; m++ {
		switch toks[m].w {
		case "died", "killed", "dead", "perished":
			return m
		case "and":
			// "21 hostages and four paramilitary soldiers had died".
			if m+1 < len(toks) && startsNumber(&toks[m+1]) {
				m++
				continue
			}
			return 0
		case ",", ";", ".", ":", "(", "but", "or":
			return 0
		}
		if toks[m].k == tNum {
			return 0
		}
	}
	return 0
}

// asideStart returns the comma that opens a defining aside closed by the
// comma at token k ("losses, those killed in action, are"), or -1.
func asideStart(toks []token, k int) int {
	for m := k - 1; m > 0 && m >= k-24; m-- {
		switch toks[m].w {
		case ".", ";", ":":
			return -1
		case ",":
			switch word(toks, m+1) {
			case "those", "meaning", "namely", "i.e.", "that", "which", "defined", "including", "excluding":
				return m
			}
			return -1
		}
		if toks[m].k == tNum {
			// "the toll from the war, which ended on 10 November
			// 2020, to 3,825": a date in the aside counts nothing.
			if _, ok := yearOf(&toks[m]); ok || dayOfMonthAt(toks, m) {
				continue
			}
			return -1
		}
	}
	return -1
}

// joinEquipment returns the type that holds two types named together,
// when one does: tanks are armoured vehicles.
func joinEquipment(a, b string) (string, bool) {
	const tanks, armour = "equipment:tanks", "equipment:armoured_vehicles"
	switch {
	case a == b:
		return a, true
	case a == tanks && b == armour, a == armour && b == tanks:
		return armour, true
	}
	return "", false
}

// fatalPredicate reports "fatal" at j said of the figure's casualties
// ("40 of them fatal", "40 were fatal", "40 proved fatal"), not of a
// noun after it ("12 fatal attacks").
func fatalPredicate(toks []token, j int) bool {
	switch word(toks, j-1) {
	case "them", "which", "whom", "were", "was", "are", "been", "proved", "proving":
		return true
	}
	return false
}

// stateWords start the phrases of what befell people that may be named
// together ("captured or killed", "dead, wounded and missing"): no
// nouns, which name people of their own ("killed and hostages taken").
var stateWords = map[string]bool{
	"killed": true, "dead": true, "died": true, "wounded": true, "injured": true,
	"hurt": true, "maimed": true, "missing": true, "captured": true, "taken": true,
	"abducted": true, "kidnapped": true,
}

// personnelBit is a category of personnel joinPersonnel combines.
func personnelBit(cat string) int {
	switch cat {
	case catKilled:
		return 1
	case catMissing:
		return 2
	case catWounded:
		return 4
	case catCaptured:
		return 8
	case catKOM:
		return 1 | 2
	}
	return 0
}

// joinPersonnel reads the phrases of what befell people joined to p,
// which ends at end, by "or", "and" or a list's commas ("captured or
// killed", "dead, wounded and missing", "captured or went missing"), and
// returns the category that holds them all and where the last ends: the
// killed and missing are killed_or_missing, any other mix casualties.
// ok is false when nothing is joined or the table already joined it.
func joinPersonnel(toks []token, p *phrase, end int) (string, int, bool) {
	bits := personnelBit(p.category)
	if bits == 0 || bits == 3 || !stateWords[p.words[0]] {
		return "", 0, false
	}
	// A list's items after commas count once its "and" or "or" comes.
	last, pending := end, 0
	for k := end; k+1 < len(toks); {
		w := toks[k].w
		if w != "or" && w != "and" && w != "," {
			break
		}
		m := k + 1
		if w == "," && (toks[m].w == "and" || toks[m].w == "or") {
			w = toks[m].w
			m++
		}
		// "were captured or went missing", "or have been killed".
		for n := 0; n < 2 && m < len(toks) && auxJoined(toks[m].w); n++ {
			m++
		}
		if m >= len(toks) || !stateWords[toks[m].w] {
			break
		}
		p2, e2, ok := personnelIx.match(toks, m)
		if !ok || personnelBit(p2.category) == 0 {
			break
		}
		// "5 killed, wounded 12": a clause of its own with its figure.
		if e2 < len(toks) && toks[e2].k == tNum {
			break
		}
		pending |= personnelBit(p2.category)
		if w != "," {
			bits, pending, last = bits|pending, 0, e2
		}
		k = e2
	}
	if last == end || bits == personnelBit(p.category) {
		return "", 0, false
	}
	if bits&^3 == 0 {
		return catKOM, last, true
	}
	return catCasualties, last, true
}

// auxJoined are the words of a verb between "or" and the second thing
// that befell people ("or went missing", "or have been killed").
func auxJoined(w string) bool {
	switch w {
	case "were", "was", "are", "is", "went", "gone", "have", "has", "had", "been", "being":
		return true
	}
	return false
}

// personAfterNames returns the index of a noun of people at i or after
// up to three words of a name or kind ("Frontier Corps personnel",
// "regime soldiers"), -1 if none.
func personAfterNames(toks []token, i int) int {
	for k := i; k < len(toks) && k <= i+3; k++ {
		if toks[k].cls&clsPerson != 0 {
			return k
		}
		if toks[k].k != tWord || toks[k].cls&(clsCat|clsLoss|clsNum|clsStopWords) != 0 {
			return -1
		}
	}
	return -1
}

// groupAfter is the end of a body of armed men named in lower case at
// i ("the security forces", "the national army"), or i.
func groupAfter(toks []token, i int) int {
	k := i
	if word(toks, k) == "the" || word(toks, k) == "its" || word(toks, k) == "their" {
		k++
	}
	for n := 0; n < 4 && k < len(toks) && toks[k].k == tWord; n, k = n+1, k+1 {
		switch toks[k].w {
		case "forces", "army", "police", "militia", "military", "brigade", "battalion", "regiment", "guard", "units", "unit", "navy",
			"contingent", "contingents", "mission", "division", "company", "corps", "detachment", "squad", "platoon":
			return k + 1
		}
	}
	return i
}

// headerCategory is the category a table's column header names, after
// whose losses it says: "Killed", "Palestinians killed", "Russian
// soldiers wounded".
func headerCategory(toks []token) string {
	if c := wholeCategory(toks); c != "" {
		return c
	}
	// "| date | personnel | tanks |": a tally's column of people put
	// out of action.
	if len(toks) == 1 && toks[0].w == "personnel" {
		return catCasualties
	}
	// "Reported fatalities", "Own servicemen killed (named)", "of which
	// civilians (targeted)": the category once whose, how counted and
	// asides are left out.
	var kept [8]token
	n, depth := 0, 0
	for k := range toks {
		t := &toks[k]
		switch {
		case t.w == "(":
			depth++
		case t.w == ")":
			depth--
		case depth > 0:
		case t.k == tWord && (t.cls&(clsActorWord|clsPerson|clsDemonyms) != 0 || headerWords[t.w]):
		// "Killed to date", "Deaths so far": a running total's column
		// (notePipeHeader marks it).
		case (t.w == "to" || t.w == "so") && k+2 == len(toks) && (toks[k+1].w == "date" || toks[k+1].w == "far"),
			(t.w == "date" || t.w == "far") && k > 0 && k+1 == len(toks) && (toks[k-1].w == "to" || toks[k-1].w == "so"):
		// "Deaths in 2024": the column's year (notePipeHeader keeps it).
		case t.k == tNum && yearAt(toks, k), t.w == "in" && k+1 < len(toks) && toks[k+1].k == tNum && yearAt(toks, k+1):
		default:
			if n == len(kept) {
				return ""
			}
			kept[n] = *t
			n++
		}
	}
	if n == 0 {
		// "Russia (killed)": the category is the aside.
		if a := parenAside(toks); a != nil && len(a) < len(toks)-2 {
			return headerCategory(a)
		}
		return ""
	}
	// "Drones shot down": equipment downed.
	if n >= 3 && kept[n-1].w == "down" && kept[n-2].w == "shot" {
		kept[n-2].w = "downed"
		n--
	}
	// "Russian tank losses", "Tanks lost": equipment, then the loss.
	if n >= 2 {
		switch kept[n-1].w {
		case "losses", "loss", "lost", "destroyed", "written-off", "downed", "intercepted":
			if n == 2 {
				if c, ok := equipmentNoun[kept[0].w]; ok {
					return c
				}
			}
			if c := wholeCategory(kept[:n-1]); attrition.IsEquipment(c) {
				return c
			}
		}
	}
	if n == len(toks) {
		return ""
	}
	return wholeCategory(kept[:n])
}

// parenAside is the text of a header's one parenthesis, "(killed)", or
// nil.
func parenAside(toks []token) []token {
	for k := range toks {
		if toks[k].w != "(" {
			continue
		}
		for j := k + 1; j < len(toks); j++ {
			if toks[j].w == ")" {
				if j > k+1 {
					return toks[k+1 : j]
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// headerWords say how or whose a column's figures are counted, not
// what they count.
var headerWords = map[string]bool{
	"own": true, "reported": true, "recorded": true, "confirmed": true, "documented": true, "verified": true,
	"total": true, "estimated": true, "of": true, "which": true, "whom": true, "named": true, "official": true,
	"admitted": true, "treated": true, "registered": true, "identified": true, "counted": true, "number": true,
	"cumulative": true, "new": true,
}

// headerPer is the rate a column header names: "Daily average", "Per
// day", "Monthly avg.".
func headerPer(toks []token) string {
	for k := range toks {
		switch toks[k].w {
		case "daily":
			return "day"
		case "weekly":
			return "week"
		case "monthly":
			return "month"
		case "per", "a":
			switch word(toks, k+1) {
			case "day":
				return "day"
			case "week":
				return "week"
			case "month":
				return "month"
			}
		}
	}
	return ""
}

// wholeCategory returns the category of a run of tokens that is one
// category phrase and nothing more, as a table's header cell is
// ("Killed", "Tanks destroyed"); "" for any other run.
func wholeCategory(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	if p, end, ok := personnelIx.match(toks, 0); ok && end == len(toks) {
		return p.category
	}
	if p, end, ok := equipmentIx.match(toks, 0); ok && end == len(toks) {
		return p.category
	}
	return ""
}

// placeNoun reports the common nouns of places people live in, named
// after them: "residents of the region".
func placeNoun(w string) bool {
	switch w {
	case "region", "city", "town", "village", "area", "district", "province", "camp", "community", "strip", "enclave",
		"territory", "country", "neighbourhood", "neighborhood", "building", "hospital", "school", "market", "oblast", "state", "capital":
		return true
	}
	return false
}

// lossNoun reports the nouns that count losses, which adjectives may
// stand before: "traumatic deaths", "combat fatalities".
func lossNoun(w string) bool {
	switch w {
	case "deaths", "fatalities", "casualties", "injuries", "losses":
		return true
	}
	return false
}

// servingWord reports a participle that says where people served or
// whose they were, before the verb of what befell them.
func servingWord(w string) bool {
	switch w {
	case "serving", "deployed", "stationed", "fighting", "based", "loyal", "attached", "assigned", "belonging", "working", "sent", "dispatched", "posted":
		return true
	}
	return false
}

// homelandDefenceEnd returns where the name "(volunteers) for the
// defence of the homeland", with its initials in brackets, ends when
// it starts at k; or -1.
func homelandDefenceEnd(toks []token, k int) int {
	if word(toks, k) == "the" {
		k++
	}
	if w := word(toks, k); w != "defence" && w != "defense" || word(toks, k+1) != "of" || word(toks, k+2) != "the" {
		return -1
	}
	if w := word(toks, k+3); w != "homeland" && w != "fatherland" {
		return -1
	}
	k += 4
	if word(toks, k) == "(" && word(toks, k+1) == "vdp" && word(toks, k+2) == ")" {
		k += 3
	}
	return k
}

// familyOf reports "of his family", "of their families", "of the
// family" at k.
func familyOf(toks []token, k int) bool {
	if word(toks, k) != "of" {
		return false
	}
	switch word(toks, k+1) {
	case "his", "her", "their", "the", "its", "one", "a":
	default:
		return false
	}
	// ("of the same family")
	if word(toks, k+2) == "same" {
		k++
	}
	switch word(toks, k+2) {
	case "family", "families", "household", "households":
		return true
	}
	return false
}

// prisonersOfWar reports "prisoners of war" or "POWs" at j: soldiers
// taken in battle.
func prisonersOfWar(toks []token, j int) bool {
	switch toks[j].w {
	case "pows", "pow":
		return true
	case "prisoners", "prisoner":
		return word(toks, j+1) == "of" && word(toks, j+2) == "war"
	}
	return false
}

// enlistedWord reports a past participle that says how people came to
// serve an army, before the verb of what befell them: "Indian nationals
// recruited by the Russian army have been killed".
func enlistedWord(w string) bool {
	switch w {
	case "recruited", "enlisted", "conscripted", "hired", "lured", "contracted", "trafficked", "tricked", "mobilised", "mobilized":
		return true
	}
	return false
}

// enlistedClauseEnd returns, for a relative clause from k that says how
// people came to serve ("who joined the Russian army", "who had
// enlisted", "who were recruited by Wagner", "who fought for Russia"),
// the verb of the main clause after it; or -1.
func enlistedClauseEnd(toks []token, k int) int {
	for n := 0; n < 2; n++ {
		switch word(toks, k) {
		case "had", "have", "has", "were", "was", "been":
			k++
		}
	}
	switch w := word(toks, k); w {
	case "joined", "enlisted", "served", "fought", "signed", "volunteered", "went", "travelled", "traveled":
	default:
		if !enlistedWord(w) && !servingWord(w) {
			return -1
		}
	}
	return auxAfter(toks, k+1, k+14)
}

// participlePhrase reports a present participle that opens a phrase
// about people right after their noun: "30 Palestinians seeking food
// were killed", "people sheltering in schools", "children sleeping at
// home". Words in -ing that join clauses or count ("including",
// "bringing") and nouns in -ing are not.
func participlePhrase(t *token) bool {
	// ("journalists reporting from Gaza": a counting gerund is a source's
	// word only after "with".)
	if t.k != tWord || t.upper || len(t.w) < 6 || !strings.HasSuffix(t.w, "ing") || t.cls&(clsLoss|clsCat|clsPeriod|clsVeto) != 0 ||
		t.cls&clsSource != 0 && !countingGerunds[t.w] {
		return false
	}
	switch t.w {
	case "including", "excluding", "during", "according", "bringing", "following", "concerning", "regarding",
		"morning", "evening", "building", "wedding", "shelling", "bombing", "fighting", "something", "nothing",
		"remaining", "missing", "surviving", "outstanding", "pending", "totalling", "totaling", "numbering":
		return false
	}
	return true
}

// auxAfter returns the first auxiliary or loss word in tokens [from, to)
// before a clause ends, or -1.
func auxAfter(toks []token, from, to int) int {
	for m := from; m < len(toks) && m < to; m++ {
		t := &toks[m]
		if t.k == tPunct || t.k == tNum {
			return -1
		}
		switch t.w {
		case "have", "has", "had", "were", "was", "are", "is", "died":
			return m
		case "taken":
			// A headline's "… fighting for Russia taken prisoner".
			if w := word(toks, m+1); w == "prisoner" || w == "captive" {
				return m
			}
		}
		if t.cls&clsLoss != 0 {
			return m
		}
	}
	return -1
}

// wholeHedge reports a hedge before the whole a part is told from: "100
// of the roughly 11,000 soldiers", "of the nearly 300 tanks".
func wholeHedge(w string) bool {
	return hedgeWord(w) || w == "nearly" || w == "almost"
}

// equipmentAfterOwner reports equipment named at token k, past a side's
// adjective or two: "captured Russian tanks".
func equipmentAfterOwner(toks []token, k int) bool {
	for m := k; m < len(toks) && m < k+3; m++ {
		if _, _, ok := equipmentIx.match(toks, m); ok {
			return true
		}
		if toks[m].cls&clsActor == 0 || toks[m].k != tWord {
			return false
		}
	}
	return false
}

// nameNumber reports a number glued to a short capitalised word, part of
// a name: the 23 of "M23".
// rangeEndsBefore reads the ends of a range that each carry their own
// source in brackets, "estimates range from 90,000 (Mediazona) to
// 150,000 (US officials)": two figures, both of the noun before "range
// from". It returns the index of "range" before the figure at s, or -1.
func rangeEndsBefore(toks []token, s int) int {
	k := s - 1
	if word(toks, k) == "to" {
		k--
		if word(toks, k) != ")" {
			return -1
		}
		for k >= 0 && k > s-12 && toks[k].w != "(" {
			k--
		}
		if word(toks, k) != "(" || k < 1 || toks[k-1].k != tNum {
			return -1
		}
		k -= 2
	}
	if word(toks, k) != "from" {
		return -1
	}
	switch word(toks, k-1) {
	case "range", "ranging", "ranged", "vary", "varied", "varying":
		return k - 1
	}
	return -1
}

// percentChangeAt reports a percentage at token k that sizes a change
// of the total written after it: "rose by 12% to", "climbed 15 percent
// to", "jumped by 20 per cent to".
func percentChangeAt(toks []token, k int) bool {
	e := k + 1
	switch word(toks, e) {
	case "%", "percent":
	case "per":
		if word(toks, e+1) != "cent" {
			return false
		}
		e++
	default:
		return false
	}
	// ("rose by 20 percent in May to 2,500": the change's time
	// between.)
	to := e + 1
	for to < len(toks) && to <= e+5 && toks[to].w != "to" && (toks[to].k == tWord || toks[to].k == tNum && len(toks[to].w) == 4) {
		to++
	}
	if word(toks, to) != "to" || to+1 >= len(toks) || !startsNumber(&toks[to+1]) && figureAfterShape(toks, to+1) >= len(toks) {
		return false
	}
	w := word(toks, k-1)
	if w == "by" {
		w = word(toks, k-2)
	}
	switch w {
	case "fell", "dropped", "declined", "decreased", "soared", "slipped", "eased", "shrank", "down", "up":
		return true
	}
	return riseToVerb(w)
}

func nameNumber(toks []token, k int) bool {
	t := &toks[k]
	return t.k == tNum && t.glued && k > 0 && toks[k-1].k == tWord && toks[k-1].upper && len(toks[k-1].w) <= 3
}

// skipShareAside steps over a share in brackets after a figure: "about
// 225,000 (25%) were killed", "(a quarter)".
func skipShareAside(toks []token, j int) (int, bool) {
	if word(toks, j) != "(" {
		return j, false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		switch w := toks[k].w; {
		case w == ")":
			return k + 1, k > j+1
		case w == "%" || w == "per" || w == "cent" || w == "percent" || w == "a" || w == "an" || w == "about" || w == "some" || w == "roughly" || w == "nearly":
		case toks[k].k == tNum || toks[k].cls&clsFraction != 0:
		default:
			return j, false
		}
	}
	return j, false
}

// membersOfForces reads "of the security forces", "of the armed
// forces", "of the army" at k, after "members".
func membersOfForces(toks []token, k int) bool {
	if word(toks, k) != "of" {
		return false
	}
	k++
	if word(toks, k) == "the" {
		k++
	}
	// ("of the government security forces": two words of the kind.)
	if w := word(toks, k); (w == "government" || w == "regime" || w == "state") && (word(toks, k+1) == "security" || word(toks, k+1) == "armed") {
		k++
	}
	switch word(toks, k) {
	case "army", "military", "navy":
		return true
	case "armed", "security", "government", "regime":
		w := word(toks, k+1)
		return w == "forces" || w == "force"
	case "revolutionary", "national":
		// "members of the Revolutionary Guards", "of the National Guard".
		w := word(toks, k+1)
		return w == "guards" || w == "guard"
	case "air":
		return word(toks, k+1) == "force"
	}
	return false
}

// civilServiceBefore reports a civil service named before the noun of
// people at k: "medical personnel", "civil defence personnel", "health
// staff", "UN staff members".
func civilServiceBefore(toks []token, k int) bool {
	switch word(toks, k) {
	case "personnel", "staff", "members", "officers", "workers", "employees", "teams", "crews", "volunteers":
	default:
		return false
	}
	b := k - 1
	if word(toks, b) == "staff" || word(toks, b) == "team" {
		b--
	}
	switch word(toks, b) {
	case "medical", "health", "healthcare", "aid", "humanitarian", "rescue", "relief", "ambulance", "hospital", "emergency", "media", "press", "un", "unrwa", "red", "crescent", "cross", "ngo":
		return true
	case "defence", "defense":
		return word(toks, b-1) == "civil"
	}
	return false
}

// draftedWord reports how soldiers came to serve, said before their
// noun: "mobilised", "conscripted".
func draftedWord(w string) bool {
	switch w {
	case "mobilised", "mobilized", "conscripted", "drafted", "recruited":
		return true
	}
	return false
}

// lossAfterPeople reports a verb of loss right after the person noun
// that follows token k (a name or two between): "mobilised Russian
// soldiers have been killed", "conscripts died".
func lossAfterPeople(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		t := &toks[j]
		if t.k != tWord {
			return false
		}
		if t.cls&clsLoss != 0 {
			return true
		}
		switch t.w {
		case "have", "has", "had", "been", "were", "was", "are":
		default:
			if t.cls&(clsPerson|clsActor) == 0 && !t.upper {
				return false
			}
		}
	}
	return false
}

// personModifier reports words that qualify people before their noun
// though the lexicon knows them otherwise: "suspected", "alleged".
func personModifier(w string) bool {
	switch w {
	case "suspected", "alleged", "heavily", "armed", "hardcore", "wanted", "notorious", "so-called":
		return true
	}
	return false
}

// personNounWithin reports a noun of people within n tokens from k,
// past names and plain words only.
func personNounWithin(toks []token, k, n int) bool {
	for m := k; m < len(toks) && m < k+n; m++ {
		t := &toks[m]
		if t.cls&clsPerson != 0 {
			return true
		}
		if t.k != tWord || t.cls&(clsLoss|clsCat|clsSource|clsPeriod|clsNum|clsStopWords) != 0 && !personModifier(t.w) {
			return false
		}
	}
	return false
}

// percentOfPopulation reports a percentage at k of a population or a
// whole: "1 percent of the population", "0.3% of the population".
func percentOfPopulation(toks []token, k int) bool {
	j := k + 1
	switch word(toks, j) {
	case "%", "percent", "per":
		if word(toks, j) == "per" {
			j++
		}
		j++
	default:
		return false
	}
	if word(toks, j) != "of" {
		return false
	}
	j++
	if word(toks, j) == "the" || word(toks, j) == "its" || word(toks, j) == "their" {
		j++
	}
	switch word(toks, j) {
	case "population", "country's", "total", "prewar", "pre-war", "men", "people":
		return true
	}
	return false
}

// amongWholeEnd returns the token after a whole's figure and people at k
// ("more than 45,000 people", "the 20 killed"), or 0.
func amongWholeEnd(toks []token, k int) int {
	for k < len(toks) {
		switch toks[k].w {
		case "more", "than", "at", "least", "over", "nearly", "almost", "some", "about", "around", "roughly", "estimated", "an":
			k++
			continue
		}
		break
	}
	if k >= len(toks) || toks[k].k != tNum {
		return 0
	}
	k++
	for n := 0; n < 2 && k < len(toks) && toks[k].cls&clsPerson != 0; n++ {
		k++
	}
	return k
}

// upgradeAside reports a higher guess opening at k: "perhaps as many
// as", "possibly up to", "as many as", "maybe".
func upgradeAside(toks []token, k int) bool {
	switch word(toks, k) {
	case "perhaps", "possibly", "maybe", "probably", "likely":
		k++
	}
	switch word(toks, k) {
	case "as":
		return word(toks, k+1) == "many" || word(toks, k+1) == "high"
	case "up":
		return word(toks, k+1) == "to"
	}
	return false
}

// aheadOfGuess returns where the guess before a figure at s opens, past
// "and": "and perhaps as many as 8,000" gives the token of "perhaps".
func aheadOfGuess(toks []token, s int) int {
	for k := s - 1; k >= 1 && k >= s-5; k-- {
		if toks[k].w == "and" || toks[k].w == "or" {
			return k + 1
		}
	}
	return s
}

// saidAfter reports a speaker's verb within the few words at k: "medics
// said", "the ministry told Reuters".
func saidAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch toks[j].w {
		case "said", "says", "say", "told", "reported", "reports", "added":
			return true
		}
	}
	return false
}

// countedParticiple reports the participles that name how a toll was
// counted: "verified by OHCHR", "recorded by the mission".
func countedParticiple(w string) bool {
	switch w {
	case "verified", "recorded", "documented", "registered", "confirmed", "counted", "reported", "tallied", "compiled":
		return true
	}
	return false
}

// labelDashAt reports a spaced dash at k that sets off an item's short
// label from its figure as a colon would, in a list run on after a
// colon or a semicolon: "casualties: 2022 – 100,000; 2023 – 250,000",
// "Killed: Russia – 95,000 (per Mediazona); Ukraine – 70,000". The
// label is a year or a few capitalised words.
func labelDashAt(toks []token, k int) bool {
	if !isDash(toks[k].w) || toks[k].glued || k+1 < len(toks) && toks[k+1].glued {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		t := &toks[m]
		switch {
		case t.w == ":" || t.w == ";":
			return m < k-1
		case t.k == tWord && t.upper:
		case t.k == tNum && m == k-1:
			if _, ok := yearOf(t); !ok {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// demonymShape reports a word shaped like a people's adjective:
// "russian", "ukrainian", "israeli", "sudanese", "turkish".
func demonymShape(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")
}
