package extract

import (
	"maps"
	"slices"
	"strings"
	"unsafe"

	"github.com/attrition-project/attrition"
)

// actorIndex maps alias phrases to canonical actors, bucketed by first
// word and longest first. It is built once from attrition.Actors.
type actorIndex struct {
	byFirst map[string][]actorAlias
	words   map[string]bool // every word of every alias
}

type actorAlias struct {
	words []string
	actor string
	// place marks a town or region: where the losses fell, which
	// names the side only when nothing else does ("a drone attack on
	// Kharkiv killed 3 people").
	place bool
}

// places are towns and regions reporting names without their country,
// by the side whose people live there. Contested or occupied places
// (Donetsk, Crimea) are left out: they name no side.
var places = map[string][]string{
	"Ukraine": {"kharkiv", "odesa", "odessa", "dnipro", "zaporizhzhia", "kherson", "sumy", "chernihiv",
		"mykolaiv", "lviv", "poltava", "kramatorsk", "sloviansk", "pokrovsk", "bakhmut", "avdiivka",
		"vuhledar", "izium", "kupiansk", "chasiv yar", "toretsk", "kostiantynivka", "kryvyi rih",
		"vinnytsia", "zhytomyr", "ternopil", "ivano-frankivsk", "rivne", "lutsk", "uzhhorod", "bucha",
		"irpin", "cherkasy", "kropyvnytskyi", "khmelnytskyi", "chernivtsi", "bila tserkva", "kyivskyi",
		// As Russian reports spell them.
		"kupyansk", "krasnoarmeysk", "artyomovsk", "avdeyevka", "ugledar", "konstantinovka", "chasov yar",
		"dzerzhinsk", "zaporozhye", "nikolayev", "kharkov", "dnepropetrovsk", "slavyansk", "kurakhovo", "kurakhove",
		// Occupied since 2022, but its dead of the siege are Ukraine's.
		"mariupol"},
	"Russia": {"belgorod", "bryansk", "voronezh", "rostov-on-don", "kursk", "st petersburg",
		"saint petersburg", "krasnodar", "novorossiysk", "tula", "ryazan", "samara", "kazan", "lipetsk", "oryol", "engels", "saratov"},
	"Palestinians in Gaza": {"rafah", "khan younis", "khan yunis", "jabalia", "deir al-balah", "beit lahia",
		"beit hanoun", "nuseirat", "gaza city", "maghazi", "bureij", "shati", "zeitoun", "shujaiya", "beit hanoon",
		"mawasi", "al-mawasi", "deir el-balah", "deir al balah", "deir el balah"},
	"Palestinians in the West Bank": {"jenin", "tubas", "nablus", "tulkarm", "tulkarem", "ramallah", "hebron", "jericho",
		"qalqilya", "bethlehem", "tammun", "nur shams", "balata", "al-bireh", "salfit",
		// Villages of the settler attacks.
		"sinjil", "huwara", "hawara", "turmus ayya", "al-mughayyir", "masafer yatta", "qusra", "beita", "silwad", "duma", "kafr malik", "burqa"},
	"Israel":  {"tel aviv", "haifa", "sderot", "ashkelon", "ashdod", "beersheba", "kiryat shmona", "eilat", "metula", "nahariya", "bat yam", "rehovot"},
	"Lebanon": {"beirut", "tyre", "sidon", "nabatieh", "baalbek", "dahiyeh", "bekaa", "bekaa valley", "marjayoun", "bint jbeil", "khiam", "hermel"},
	"Sudan (civilians)": {"khartoum", "omdurman", "el fasher", "al-fashir", "el-fasher", "darfur", "el geneina",
		"wad madani", "gezira", "kordofan", "zamzam", "el obeid", "port sudan", "nyala", "el daein", "ed daein",
		"zalingei", "kadugli", "dilling", "babanusa", "sennar", "sinja", "kosti", "tawila", "mellit", "kutum", "abu shouk",
		"el-obeid", "al-obeid", "el fula", "al-fula", "umm durman", "bahri", "khartoum north", "geneina",
		// El Fasher as wires spell it.
		"al fashir", "el fashir", "el-fashir", "al-fasher", "al fasher", "al-fashr"},
	"Syria": {"damascus", "aleppo", "idlib", "homs", "hama", "latakia", "tartus", "deir ez-zor", "raqqa", "daraa",
		"sweida", "suwayda", "as-suwayda", "baniyas", "quneitra", "hasakah", "qamishli", "manbij", "kobani", "afrin", "douma"},
	"Yemen":    {"sanaa", "sana'a", "hodeidah", "hodeida", "hudaydah", "aden", "marib", "taiz", "saada", "sa'ada", "ras isa"},
	"Ethiopia": {"addis ababa", "amhara", "gondar", "bahir dar", "lalibela", "debre birhan", "debre markos", "oromia"},
	// Goma, Bukavu and the towns the M23 took are contested: left out.
	"DR Congo": {"kinshasa", "north kivu", "south kivu", "ituri", "beni", "butembo", "bunia", "uvira", "djugu", "irumu",
		"kisangani", "masisi", "minova", "rutshuru", "walikale", "kalehe", "kiwanja", "nyiragongo"},
	"Mali": {"bamako", "timbuktu", "gao", "kidal", "mopti", "menaka", "segou", "ségou", "moura", "sikasso",
		"douentza", "bandiagara", "tessalit", "ansongo", "boni"},
	"Burkina Faso": {"ouagadougou", "djibo", "kaya", "dori", "barsalogho", "fada n'gourma", "bobo-dioulasso", "arbinda",
		"solenzo", "diapaga", "sebba", "seytenga", "ouahigouya", "koudougou", "tenkodogo", "gorom-gorom"},
	"Nigeria":     {"maiduguri", "borno", "yobe", "zamfara", "katsina", "kaduna", "abuja", "benue", "plateau state"},
	"Somalia":     {"mogadishu", "kismayo", "baidoa", "beledweyne", "puntland", "jubaland"},
	"Mozambique":  {"cabo delgado", "palma", "mocimboa da praia", "pemba"},
	"Colombia":    {"catatumbo", "cauca", "bogota", "bogotá", "arauca", "antioquia"},
	"Afghanistan": {"kabul", "kandahar", "helmand", "kunduz", "jalalabad", "herat", "mazar-i-sharif"},
	"Iraq":        {"baghdad", "mosul", "fallujah", "falluja", "ramadi", "basra", "kirkuk", "tikrit"},
	"Pakistan": {"waziristan", "south waziristan", "north waziristan", "khyber", "khyber pakhtunkhwa", "quetta", "bannu",
		"dera ismail khan", "balochistan", "baluchistan", "zhob", "peshawar", "lakki marwat", "kurram", "bajaur"},
	"India": {"manipur", "churachandpur", "imphal", "bijapur", "sukma", "dantewada", "chhattisgarh", "kupwara", "rajouri", "anantnag"},
	// Cameroon's Anglophone regions, where its separatists fight.
	"Cameroon": {"bamenda", "anglophone regions", "buea", "kumba"},
	"Mexico":   {"sinaloa", "culiacan", "culiacán", "michoacan", "michoacán", "guerrero", "tamaulipas", "ciudad juarez", "ciudad juárez"},
	"Myanmar": {"yangon", "mandalay", "sagaing", "rakhine", "naypyidaw", "kachin", "karenni", "chin state", "lashio",
		"shan state", "northern shan", "karen state", "kayin state", "kayah", "magway", "bago", "tanintharyi", "myawaddy",
		"mon state", "loikaw", "hpakant", "myitkyina", "laukkai", "sittwe", "bhamo", "kyaukphyu", "pakokku", "monywa"},
	"Haiti": {"port-au-prince", "cite soleil", "cité soleil", "petion-ville", "pétion-ville", "artibonite", "kenscoff",
		"mirebalais", "pont-sonde", "pont-sondé", "croix-des-bouquets", "carrefour", "delmas", "saint-marc"},
	"Tigray":     {"mekelle", "adigrat", "axum", "shire"},
	"Armenia":    {"yerevan", "jermuk", "goris"},
	"Azerbaijan": {"baku", "ganja", "tartar", "barda"},
}

var actors = buildActorIndex()

// enemyWords name the other side from the speaker's point of view.
// enemyIx and actorsByFirstIx are enemyWords and actors.byFirst by
// lexicon id.
var (
	enemyIx         = newLexIndex(enemyWords)
	actorsByFirstIx = newLexIndex(actors.byFirst)
)

// weekdayIx marks the days' names (weekdays), Sunday too, by the word's
// id: markAgent asks it of every word after a name.
var weekdayIx = func() lexIndex[bool] {
	m := make(map[string]bool, len(weekdays))
	for w := range weekdays {
		m[w] = true
	}
	return newLexIndex(m)
}()

var enemyWords = map[string]bool{
	"enemy": true, "enemy's": true, "occupiers": true, "occupier": true, "occupiers'": true,
	"invaders": true, "russists": true, "ruscists": true, "rashists": true, "orcs": true, "occupying": true, "adversary": true,
	"adversary's": true, "invader": true, "invading": true,
	// Every party's word for the side that attacked it: Kyiv's for
	// Moscow, the Houthis' and Hezbollah's for Israel and its allies
	// ("3 of the aggressors were killed").
	"aggressor": true, "aggressors": true, "aggressor's": true, "aggressors'": true,
}

// otherSides are countries and groups that fight or are fought in
// reporting but have no entry in the registry; their losses are recorded
// under the name written here (claims.md: "as named").
var otherSides = map[string][]string{
	"North Korea":   {"north korea", "north korea's", "north korean", "north koreans", "pyongyang", "pyongyang's", "dprk"},
	"United States": {"united states", "u . s", "us", "american", "americans", "washington's", "america", "america's"},
	"Soviet Union":  {"soviet union", "soviet", "soviets", "ussr", "red army", "soviet army"},
	// Countries of other wars, told in comparisons and histories ("more
	// than Britain lost in the Falklands").
	"United Kingdom": {"united kingdom", "britain", "britain's", "british", "uk", "uk's"},
	"Japan":          {"japan", "japan's", "japanese"},
	"Vietnam":        {"vietnam's", "vietnamese"},
	"North Vietnam":  {"north vietnam", "north vietnamese", "north vietnam's"},
	"South Vietnam":  {"south vietnam", "south vietnamese", "south vietnam's"},
	"South Korea":    {"south korea", "south korean", "south koreans", "south korea's"},
	"Argentina":      {"argentina", "argentina's"},
	"Egypt":          {"egypt", "egypt's"},
	"Kuwait":         {"kuwait", "kuwaiti", "kuwaitis"},
	"Ottoman Empire": {"ottoman empire", "ottomans", "ottoman"},
	"Mexico":         {"mexico", "mexico's", "mexican", "mexicans"},
	"Thailand":       {"thailand", "thailand's", "thai"},
	"Cambodia":       {"cambodia", "cambodia's", "cambodian", "cambodians"},
	"Kyrgyzstan":     {"kyrgyzstan", "kyrgyz"},
	"Tajikistan":     {"tajikistan", "tajik"},
	"Georgia":        {"georgian", "georgians"},
	"Serbia":         {"serbia", "serbian", "serbs"},
	"Bosnia":         {"bosnia", "bosnian", "bosniak", "bosniaks"},
	"Croatia":        {"croatia", "croatian", "croats"},
	"Algeria":        {"algeria", "algerian", "algerians"},
	"Sri Lanka":      {"sri lanka", "sri lankan", "sri lankans"},
	"Philippines":    {"philippines", "philippine", "filipino", "filipinos"},
	"Iraq":           {"iraq", "iraqi", "iraqis"},
	"Afghanistan":    {"afghanistan", "afghan", "afghans", "afghanistan's"},
	"Turkey":         {"turkey", "turkish", "turkiye"},
	"Saudi Arabia":   {"saudi arabia", "saudi", "saudis"},
	"Libya":          {"libya", "libyan", "libyans"},
	"Somalia":        {"somalia", "somali", "somalis"},
	"Belarus":        {"belarus", "belarusian"},
	"China":          {"china", "chinese"},
	"Colombia":       {"colombia", "colombian"},
	"Rwanda":         {"rwanda", "rwandan", "rwanda's"},
	"Fano":           {"fano", "fano militia", "fano militias", "fano fighters"},
	// "Khawarij": the Somali government's word for al-Shabaab's fighters
	// (Pakistan's "khwarij" are its own insurgents).
	"al-Shabaab":   {"al-shabaab", "al shabaab", "shabaab", "khawarij"},
	"South Africa": {"south africa", "south african", "south africans", "south africa's"},
	"Burundi":      {"burundi", "burundian", "burundians"},
	"Uganda":       {"uganda", "ugandan", "ugandans"},
	"Niger":        {"niger", "nigerien", "nigeriens"},
	"Chad":         {"chad", "chadian", "chadians"},
	"Eritrea":      {"eritrea", "eritrean", "eritreans"},
	"Kenya":        {"kenya", "kenyan", "kenyans"},
	"Haiti":        {"haiti", "haitian", "haitians"},
	"Mozambique":   {"mozambique", "mozambican", "mozambicans"},
	// Peacekeepers' countries in eastern Congo (SAMIDRC, MONUSCO).
	"Malawi":   {"malawi", "malawian", "malawians", "malawi's"},
	"Tanzania": {"tanzania", "tanzanian", "tanzanians", "tanzania's"},
	"Uruguay":  {"uruguay", "uruguayan", "uruguayans", "uruguay's"},
	// Iraqi militias, not Lebanon's Hezbollah nor the army.
	"Kataib Hezbollah":            {"kataib hezbollah", "kata'ib hezbollah", "kataeb hezbollah"},
	"Popular Mobilization Forces": {"popular mobilization forces", "popular mobilisation forces", "pmf", "hashd al-shaabi"},
	// Gaza's second armed group, whose dead are its own: "Islamic Jihad
	// said 5 of its fighters were killed".
	"Palestinian Islamic Jihad": {"islamic jihad", "palestinian islamic jihad", "pij", "al-quds brigades", "quds brigades", "saraya al-quds"},
	// Armed groups of wars the registry does not hold, by the names
	// reporting gives them: "troops killed 12 BLA fighters".
	"BLA":                    {"bla", "balochistan liberation army", "baloch liberation army", "baluchistan liberation army"},
	"PKK":                    {"pkk", "kurdistan workers' party", "kurdistan workers party"},
	"Viv Ansanm":             {"viv ansanm"},
	"Ambazonian separatists": {"ambazonian separatists", "ambazonian fighters", "ambazonian rebels", "amba boys", "amba fighters"},
	"Kuki militants":         {"kuki militants", "kuki insurgents", "kuki-zo militants"},
	// Not Sudan: "four aid workers were killed in South Sudan".
	"South Sudan": {"south sudan", "south sudanese", "south sudan's"},
}

// aliasWords splits an alias into the words the tokenizer reads: "M23"
// is "m" and a glued "23", as in the text.
func aliasWords(alias string) []string {
	return phraseWords(strings.ToLower(strings.ReplaceAll(alias, "’", "'")))
}

func buildActorIndex() actorIndex {
	// The maps sized for the aliases from the start, an alias a first
	// word at most, so that they are not regrown as they fill.
	n := 0
	for _, a := range attrition.Actors {
		n += 1 + 2*len(a.Aliases) // with the possessives
	}
	for _, als := range otherSides {
		n += len(als)
	}
	for _, ps := range places {
		n += 2 * len(ps)
	}
	ix := actorIndex{byFirst: make(map[string][]actorAlias, n), words: make(map[string]bool, n)}
	add := func(alias, actor string) {
		ws := aliasWords(alias)
		if len(ws) == 0 {
			return
		}
		b := ix.byFirst[ws[0]]
		for _, a := range b {
			if slices.Equal(a.words, ws) { // as their joinWords, since no word is empty or holds a space
				return
			}
		}
		ix.byFirst[ws[0]] = append(b, actorAlias{words: ws, actor: actor})
		for _, w := range ws {
			ix.words[w] = true
		}
	}
	for _, a := range attrition.Actors {
		add(a.Name, a.Name)
		for _, al := range a.Aliases {
			add(al, a.Name)
			// Possessives of one-word names: "hamas's", "ukraine's".
			if !strings.Contains(al, " ") && !strings.HasSuffix(al, "'s") && !strings.HasSuffix(al, "s") {
				add(al+"'s", a.Name)
			}
		}
	}
	// Posts' two-letter codes of the sides: "RU lost 1,130 troops",
	// "112 UA drones" (mentionAt takes them in capitals only).
	add("ru", "Russia")
	add("ua", "Ukraine")
	// Sorted, so that aliases of one length keep one order on every run.
	for _, name := range slices.Sorted(maps.Keys(otherSides)) {
		for _, al := range otherSides[name] {
			add(al, name)
			// "Kenya's military", as the registry's names.
			if !strings.Contains(al, " ") && !strings.HasSuffix(al, "'s") && !strings.HasSuffix(al, "s") && !strings.HasSuffix(al, "an") && !strings.HasSuffix(al, "ese") && !strings.HasSuffix(al, "ish") {
				add(al+"'s", name)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(places)) {
		for _, p := range places[name] {
			ws := phraseWords(p)
			// A side's own alias wins; places may share a first word
			// ("deir al-balah", "deir ez-zor"), and a side's longer
			// name's first word ("north kivu", "north korea"; "al
			// fashir", "al shabaab") when that word alone names no side.
			if slices.ContainsFunc(ix.byFirst[ws[0]], func(a actorAlias) bool { return !a.place && (len(a.words) == 1 || len(ws) == 1) }) {
				continue
			}
			ix.byFirst[ws[0]] = append(ix.byFirst[ws[0]], actorAlias{words: ws, actor: name, place: true})
			for _, w := range ws {
				ix.words[w] = true
			}
			// "Sanaa's airport", "Kharkiv's mayor".
			if last := ws[len(ws)-1]; !strings.HasSuffix(last, "s") {
				pw := append(append([]string(nil), ws[:len(ws)-1]...), last+"'s")
				if len(pw) > 1 || len(ix.byFirst[pw[0]]) == 0 {
					ix.byFirst[pw[0]] = append(ix.byFirst[pw[0]], actorAlias{words: pw, actor: name, place: true})
					ix.words[pw[len(pw)-1]] = true
				}
			}
		}
	}
	// Each bucket is sorted in place: the map keeps the same slice.
	for _, b := range ix.byFirst {
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && len(b[j].words) > len(b[j-1].words); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
	}
	return ix
}

// actorByName holds the registry's actors by canonical name, in an
// open-addressing table: findActor runs several times per figure, and
// a hash of a name's length and three of its bytes, then one string
// comparison, costs less than a map look-up, which hashes the whole name.
var actorByName = func() (t actorTable) {
	n := 8
	for n < 4*len(attrition.Actors) {
		n <<= 1
	}
	t.slots = make([]int16, n)
	t.mask = uint64(n - 1)
	for n>>t.shift > 1 {
		t.shift++
	}
	t.shift = 64 - t.shift
	for _, a := range attrition.Actors {
		if a.Name == "" {
			continue // findActor never finds the empty name
		}
		i := t.slot(a.Name)
		for t.slots[i] != 0 && t.actors[t.slots[i]-1].Name != a.Name {
			i = (i + 1) & t.mask
		}
		if t.slots[i] != 0 {
			t.actors[t.slots[i]-1] = a // the last of a name wins, as in a map
			continue
		}
		t.actors = append(t.actors, a)
		t.slots[i] = int16(len(t.actors))
	}
	return t
}()

type actorTable struct {
	actors []attrition.Actor
	// slots hold indexes into actors from 1; 0 marks an empty slot.
	slots []int16
	mask  uint64
	shift uint // 64 - log2(len(slots))
}

// slot is the first slot to probe for a non-empty name.
func (t *actorTable) slot(name string) uint64 {
	n := len(name)
	k := uint64(n) | uint64(name[0])<<16 | uint64(name[n/2])<<24 | uint64(name[n-1])<<32
	return (k * 0x9e3779b97f4a7c15) >> t.shift
}

// findActor returns the registry's actor of a name, or a zero Actor
// and false. The actor is the table's own, returned by pointer (not an
// 80-byte copy: this runs several times per figure): callers read it,
// never write it.
func findActor(name string) (*attrition.Actor, bool) {
	t := &actorByName
	if name == "" {
		return &noActor, false
	}
	for i := t.slot(name); ; i = (i + 1) & t.mask {
		x := t.slots[i]
		if x == 0 {
			return &noActor, false
		}
		// Most names asked for are the registry's own strings (a
		// mention's actor, a conflict's side): the same bytes are the
		// same name without a call to compare them.
		if a := &t.actors[x-1]; len(a.Name) == len(name) && (unsafe.StringData(a.Name) == unsafe.StringData(name) || a.Name == name) {
			return a, true
		}
	}
}

// findActorIndex is findActor's actor as an index into
// actorByName.actors, or -1.
func findActorIndex(name string) int {
	t := &actorByName
	if name == "" {
		return -1
	}
	for i := t.slot(name); ; i = (i + 1) & t.mask {
		x := t.slots[i]
		if x == 0 {
			return -1
		}
		if t.actors[x-1].Name == name {
			return int(x - 1)
		}
	}
}

// noActor is findActor's zero Actor for a name the registry lacks.
var noActor attrition.Actor

// mention is an actor named in a sentence.
type mention struct {
	actor string // "" for an enemy word
	enemy bool
	s, e  int
	// agent marks the side doing the killing ("Russian strikes killed",
	// "destroyed by Ukrainian forces"): not whose losses these are.
	agent bool
	// loc marks a place ("in Sudan", "Sudan's war"): where, not whose.
	loc bool
	// town marks a town or region of one side's land.
	town bool
	// war marks a place named as a war's ("Sudan's civil war", "the
	// war in Yemen"): its toll is every side's.
	war bool
	// sponsor marks a side that backs the ones named ("Iran-backed
	// Houthi fighters"): never whose losses these are.
	sponsor bool
	// launcher marks the side that fired the weapons ("drones launched
	// by Russia"): the doer of a toll, but the owner of the weapons
	// downed.
	launcher bool
	// target marks the side an attack was aimed at ("Houthi attacks on
	// Israel"): where its dead fell.
	target bool
}

// agentNouns after an actor name make it the attacker.
var agentNouns = map[string]bool{
	"strikes": true, "strike": true, "airstrikes": true, "airstrike": true, "air": true,
	"attacks": true, "attack": true, "shelling": true, "bombardment": true, "bombardments": true,
	"bombing": true, "bombings": true, "missile": true, "offensive": true, "fire": true,
	"raids": true, "raid": true, "assault": true, "assaults": true, "shells": true,
	"rockets": true, "rocket": true, "counteroffensive": true, "counter-offensive": true,
	"snipers": true, "sniper": true, "gunfire": true, "operation": true, "operations": true,
	"drone": true, "drones": true, "bombs": true, "bomb": true, "glide": true, "missiles": true,
	"airstrikes,": true, "warplanes": true, "jets": true, "air force": true, "navy": true,
	// "The Russian Aerospace Forces shot down 2 MiG-29s": Russia's air
	// force by its own name, the shooter as "air" is.
	"aerospace": true,
	// "the Israeli aggression", "Russian aggression": how the attacked
	// side's own ministries name the attacker.
	"aggression": true, "shellings": true, "incursion": true, "incursions": true,
	// "Israel's military campaign has killed 55,000 people in Gaza",
	// "Russia's invasion has killed 13,000 civilians": the war waged,
	// named by its waging side.
	"campaign": true, "campaigns": true, "invasion": true, "onslaught": true,
	"siege": true, "retaliation": true, "response": true,
	// "US and British warships shot down 18 drones": the ships that fired.
	"warships": true, "destroyers": true, "frigates": true,
	// "The Boko Haram insurgency has killed 40,000 people".
	"insurgency": true, "rebellion": true,
}

// agentVerbs after an actor (and its nouns) make it the subject of the
// killing.
var agentVerbs = map[string]bool{
	"killed": true, "destroyed": true, "downed": true, "shot": true, "eliminated": true,
	"neutralised": true, "neutralized": true, "struck": true, "hit": true, "wiped": true,
	"wounded": true, "captured": true, "took": true, "knocked": true, "liquidated": true,
	"kill": true, "kills": true, "destroy": true, "destroys": true, "has": false,
	"downs": true, "shoots": true, "intercepts": true, "sinks": true, "captures": true, "seizes": true,
	"inflicted": true, "inflicting": true, "claims": false, "annihilated": true, "disabled": true,
	// "Israel dropped a bomb on the building, killing 90": the side that
	// bombed.
	"dropped": true,
	"sank":    true, "sunk": true, "intercepted": true, "repelled": true, "defeated": true,
	"seized": true, "seizing": true, "capturing": true,
	// Verbs of assault: "RSF fighters attacked the village, killing 100".
	"attacked": true, "stormed": true, "shelled": true, "bombed": true, "raided": true,
	"overran": true, "ambushed": true, "pounded": true, "bombarded": true, "hammered": true, "shell": true,
	"targeted": true, "battered": true, "pummelled": true, "pummeled": true,
	// "Russia fired 84 cruise missiles at cities across Ukraine,
	// killing 19": the side that fired is not whose dead these are.
	"fired": true,
	// "Hamas still holds 111 of the 251 hostages": the holder's
	// captives are the other side's people.
	"holds": true, "holding": true, "abducted": true, "kidnapped": true,
	// "Hamas murdered 1,200 people": a killing by another word.
	"murdered": true, "massacred": true, "slaughtered": true, "executed": true,
}

// findMentions lists the actors named in a sentence, outside the spans
// of attributions (the "Ukrainian" of "Ukrainian General Staff" names the
// source, not the losses).
func findMentions(toks []token, skip []span, out []mention) []mention {
	out = out[:0]
	for i := 0; i < len(toks); {
		if toks[i].cls&clsActor == 0 || inSpans(skip, i) {
			i++
			continue
		}
		out, i = mentionAt(toks, i, out)
	}
	return out
}

// findMentionsAt is findMentions when at lists, in order, every token of
// the actor class (scanSentence notes them): it visits only those.
func findMentionsAt(toks []token, skip []span, out []mention, at []int32) []mention {
	out = out[:0]
	next := 0
	for _, k := range at {
		if i := int(k); i >= next && !inSpans(skip, i) && !topicTag(toks, i) {
			out, next = mentionAt(toks, i, out)
		}
	}
	return out
}

// sideCode reports "RU" or "UA" at i as a side's code standing alone
// ("RU lost", "2 RU T-72s", "UA drones"), not a language's or a
// domain's ("/ru/", ".ua", "ru-RU"): capitalised, and neither glued to
// the mark before it nor to a mark and word after it.
func sideCode(toks []token, i int) bool {
	if !toks[i].upper || i > 0 && toks[i].glued && toks[i-1].k == tPunct && toks[i-1].w != "#" && toks[i-1].w != "(" {
		return false
	}
	if n := i + 1; n+1 < len(toks) && toks[n].glued && toks[n].k == tPunct && toks[n+1].glued && toks[n+1].k == tWord {
		return false
	}
	return true
}

// topicTag reports a hashtag at i that names the post's topic, not
// whose losses it counts: a tag the sentence's words do not go on
// from ("kills 9, including 2 children. #Russia", "#Ukraine #Russia").
// A tag read as a word is a name like any other: "#Russia lost 1,130
// troops", "#Russian forces lost", "killed in #Gaza in the past day".
func topicTag(toks []token, i int) bool {
	if i == 0 || !toks[i].glued || toks[i-1].w != "#" {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].k == tPunct
}

// mentionStep is a token findMentionsNoted read: the token after the
// reading (mentionAt's next) and the mention found, if any.
type mentionStep struct {
	i, next int32
	found   bool
	m       mention
}

// findMentionsNoted is findMentionsAt with no spans skipped, which also
// notes in steps every token it reads, for rementions.
func findMentionsNoted(toks []token, out []mention, at []int32, steps []mentionStep) ([]mention, []mentionStep) {
	out = out[:0]
	next := 0
	for _, k := range at {
		if i := int(k); i >= next && !topicTag(toks, i) {
			n := len(out)
			out, next = mentionAt(toks, i, out)
			st := mentionStep{i: k, next: int32(next), found: len(out) > n}
			if st.found {
				st.m = out[n]
			}
			steps = append(steps, st)
		}
	}
	return out, steps
}

// rementions is findMentionsAt(toks, skip, out, at) for a sentence that
// findMentionsNoted read into steps. A mention depends on the tokens
// alone (mentionAt), so a token both readings read gives the same
// mention and next as before: only the tokens the first reading passed
// over, inside a mention or a name that started in a skipped span, are
// read again.
func rementions(toks []token, skip []span, out []mention, at []int32, steps []mentionStep) []mention {
	out = out[:0]
	next := 0
	for _, k := range at {
		i := int(k)
		if i < next || inSpans(skip, i) || topicTag(toks, i) {
			continue
		}
		for len(steps) > 0 && steps[0].i < k {
			steps = steps[1:]
		}
		if len(steps) > 0 && steps[0].i == k {
			if steps[0].found {
				out = append(out, steps[0].m)
			}
			next = int(steps[0].next)
			continue
		}
		out, next = mentionAt(toks, i, out)
	}
	return out
}

// otherSideEnd returns the end of "other side" at i, an enemy word in a
// side's mouth ("Ukraine said the other side lost 1,100 troops", "the
// opposing side's losses"), or i when there is none. ("on the other
// side of the river" is a place.)
//
// So are "the attackers" as the subject of their own loss: "the
// 93rd Brigade said the attackers lost 80 men". (Of a deed, "the
// attackers killed 12 villagers", they may be anyone's enemy.)
func otherSideEnd(toks []token, i int) int {
	if w := toks[i].w; w == "attackers" && word(toks, i-1) == "the" {
		k := i + 1
		if w := word(toks, k); w == "had" || w == "have" {
			k++
		}
		if ownLossVerb(word(toks, k)) {
			return i + 1
		}
		return i
	}
	if w := toks[i].w; w != "other" && w != "opposing" || word(toks, i-1) != "the" || word(toks, i-2) == "on" {
		return i
	}
	switch word(toks, i+1) {
	case "side", "side's":
		if word(toks, i+2) != "of" {
			return i + 2
		}
	}
	return i
}

// mentionAt reads the mention, if any, that starts at token i, of the
// actor class; next is the token to look at after it.
func mentionAt(toks []token, i int, out []mention) (_ []mention, next int) {
	if enemyIx.at(&toks[i]) {
		m := mention{enemy: true, s: i, e: i + 1}
		markAgent(toks, &m)
		return append(out, m), i + 1
	}
	if k := otherSideEnd(toks, i); k > i {
		m := mention{enemy: true, s: i, e: k}
		markAgent(toks, &m)
		return append(out, m), k
	}
	// "US" in capitals, not the pronoun "us", and only as the owner of
	// the people or equipment named right after it ("seven US MQ-9
	// Reaper drones", "two US Navy SEALs", "US troops"): as a party to
	// talks or a source it names no one's losses.
	if toks[i].w == "us" && !(toks[i].upper && usOwns(toks, i, i+1)) {
		return out, i + 1
	}
	if (toks[i].w == "ru" || toks[i].w == "ua") && !sideCode(toks, i) {
		return out, i + 1
	}
	bucket := actorsByFirstIx.at(&toks[i])
	// An empty bucket: hyphenated forms, "russian-controlled" names no
	// loser; "pro-russian" neither.
	for b := range bucket {
		a := &bucket[b] // by pointer: an alias is 48 bytes
		// The bucket is the token's word's: match the words after it.
		if end, ok := matchAt(toks, i+1, a.words[1:]); ok {
			if toks[i].w == "u" {
				// "U.S." as "US": only as the owner of what is named
				// after it ("seven U.S. MQ-9 Reaper drones").
				if word(toks, end) == "." && toks[end].glued {
					end++
				}
				if !usOwns(toks, i, end) {
					return out, end
				}
			}
			if inPlaceName(toks, end) {
				// "the Saudi Maternity Hospital": part of a name.
				return out, end
			}
			if a.place && end == i+1 && inPersonName(toks, i) {
				return out, end
			}
			// "Mali Prokhody", "Mali Shcherbaky": Ukrainian villages'
			// "Mali" (little), before the rest of their name.
			if toks[i].w == "mali" && end == i+1 && end < len(toks) && toks[end].upper && toks[end].k == tWord && !toks[end].glued && toks[end].cls&(clsGenericHeads|clsOrgHeads|clsCue|clsSource) == 0 && !militaryWords[toks[end].w] {
				return out, end
			}
			// "Burkina Faso's junta", "Mali's junta": a country's own
			// rulers, not Myanmar's, whose name the word is only
			// without an owner.
			if toks[i].w == "junta" && i > 0 && (strings.HasSuffix(toks[i-1].w, "'s") || strings.HasSuffix(toks[i-1].w, "’s") || toks[i-1].cls&clsActor != 0 && toks[i-1].upper && toks[i-1].w != "myanmar" && toks[i-1].w != "burmese") {
				return out, end
			}
			// "former Nigerian president Olusegun Obasanjo": the
			// country of an office, no side's losses.
			switch word(toks, end) {
			case "president", "envoy", "ambassador", "diplomat", "mediator", "diplomats", "mediators":
				if !a.place {
					return out, end
				}
			}
			// "British forces suffered 457 deaths", "the UK lost 457
			// service personnel": Britain's words name a loser only as
			// the owner of the people or equipment after it, or as the
			// subject of a loss; never as a doer ("US and British air
			// strikes"), whose enemy the registry does not know.
			ownerOnly := toks[i].w == "british" || toks[i].w == "uk"
			if ownerOnly && !usOwns(toks, i, end) && !ownLossAfter(toks, end) {
				return out, end
			}
			m := mention{actor: a.actor, s: i, e: end}
			if a.place {
				m.loc, m.town = true, true
			} else {
				markAgent(toks, &m)
			}
			if ownerOnly && m.agent {
				return out, end
			}
			return append(out, m), end
		}
	}
	// "Hamas-led fighters killed some 1,200 people", "Iran-backed
	// militias": the side that leads or backs the doers is a doer too.
	// ("Russian-controlled", "Houthi-run" name places and bodies.)
	// ("The ADF, a Ugandan-led group, …": a description, not the doer.)
	if len(bucket) == 0 && word(toks, i-1) != "a" && word(toks, i-1) != "an" {
		if w := toks[i].w; strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-allied") || strings.HasSuffix(w, "-aligned") {
			for _, a := range actors.byFirst[w[:strings.LastIndexByte(w, '-')]] {
				if len(a.words) == 1 && !a.place {
					sp := !strings.HasSuffix(w, "-led")
					return append(out, mention{actor: a.actor, s: i, e: i + 1, agent: true, sponsor: sp}), i + 1
				}
			}
		}
	}
	return out, i + 1
}

// ownLossAfter reports a verb of one's own loss within a few words of
// token k, past the rest of a service's name and auxiliaries: "(air)
// force has lost", "(navy) lost".
func ownLossAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if verbHedge(toks[j].w) {
			continue
		}
		switch toks[j].w {
		case "force", "forces", "fleet", "has", "have", "had", "also", "so", "far":
			continue
		case "lost", "loses", "lose", "losing", "suffered":
			return true
		case "losses", "loss":
			// "Russian drone losses": the kind's own, a noun.
			return j == k
		}
		return false
	}
	return false
}

// usOwnerAfter reports people or equipment, or a service or a model's
// name, at token k: what "US" before it owns.
func usOwnerAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := &toks[k]
	switch t.w {
	case "navy", "army", "marine", "marines", "military", "forces", "service":
		return true
	case "air":
		// "US Air Force", not "US air strikes".
		return word(toks, k+1) == "force" || word(toks, k+1) == "forces"
	case "officials", "official", "envoy", "diplomats", "diplomat", "intelligence", "sources", "source",
		"analysts", "experts", "lawmakers", "estimates", "estimate", "spokesman", "president", "administration",
		"special", "office", "department", "state", "secretary", "ambassador", "embassy", "central", "government":
		// Those who speak of losses, not who suffer them.
		return false
	}
	if t.cls&(clsPerson|clsCat) != 0 {
		return true
	}
	// A model's designation: "MQ-9", "F/A-18"; a model's name before
	// its kind: "Reaper drones", "Abrams tanks".
	return t.upper && k+1 < len(toks) && (toks[k+1].glued && (isDash(toks[k+1].w) || toks[k+1].w == "/") || toks[k+1].cls&clsCat != 0 && toks[k+1].k == tWord && !toks[k+1].upper)
}

// usOwns reports "US" or "U.S." at i as the owner of what is named from
// token k ("seven U.S. MQ-9 Reaper drones"), not the target of what was
// fired ("toward U.S. ships").
func usOwns(toks []token, i, k int) bool {
	return usOwnerAfter(toks, k) && !targetBefore(toks, i)
}

// targetBefore reports a preposition of aim before the name at i:
// "drones launched toward U.S. ships", "fired at US warships": the target,
// not the loser of what was fired.
func targetBefore(toks []token, i int) bool {
	switch word(toks, i-1) {
	case "toward", "towards", "at", "against":
		return true
	}
	return false
}

// byBefore reports "by" a few words before a name, across its owner and
// plain adjectives: "a drone attack by Sudan's paramilitary Rapid
// Support Forces".
func byBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		t := &toks[k]
		if t.w == "by" {
			return k < s-1
		}
		switch {
		case t.w == "the" || t.upper && strings.HasSuffix(t.w, "'s"):
		case !t.upper && groupAdjective(t.w):
		default:
			return false
		}
	}
	return false
}

// lossByBefore reports a verb of suffering losses before the "by" that
// precedes the name at s: "lost by Russia", "suffered by Ukrainian
// forces".
func lossByBefore(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-4; k-- {
		if toks[k].w == "by" {
			switch toks[k-1].w {
			case "lost", "suffered", "sustained", "incurred":
				return true
			}
			return false
		}
	}
	return false
}

// repelVerb reports a verb of beating back an attack.
func repelVerb(w string) bool {
	switch w {
	case "repelled", "repulsed", "thwarted", "foiled", "repelling", "repulsing", "repel", "repulse":
		return true
	}
	return false
}

// groupAdjective reports the words that say what kind of force a name
// is: "Sudan's paramilitary Rapid Support Forces".
func groupAdjective(w string) bool {
	switch w {
	case "paramilitary", "rebel", "militant", "allied", "armed", "jihadist", "islamist", "separatist", "insurgent", "opposition":
		return true
	}
	return false
}

// weaponsStruck reports weapons at k that struck: "missiles hit",
// "drones struck", "ballistic missiles slammed into".
func weaponsStruck(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		switch toks[j].w {
		case "missiles", "missile", "drones", "drone", "rockets", "rocket", "shells", "bombs", "bomb", "strikes", "airstrikes", "attacks":
			n := j + 1
			// "three Russian strikes that killed 40 civilians": the
			// strikes' own clause; "two Israeli strikes in Gaza that
			// killed 46": a place between.
			if w := word(toks, n); w == "in" || w == "on" {
				for m := n + 1; m < len(toks) && m < n+5; m++ {
					if toks[m].w == "that" || toks[m].w == "which" {
						n = m
						break
					}
				}
			}
			if w := word(toks, n); w == "that" || w == "which" {
				n++
			}
			switch word(toks, n) {
			case "hit", "struck", "slammed", "smashed", "killed", "kill", "hits", "strike", "landed", "exploded", "targeted", "pounded", "rained":
				return true
			}
			return false
		}
		if toks[j].k != tWord {
			return false
		}
	}
	return false
}

func markAgent(toks []token, m *mention) {
	b := word(toks, m.s-1) // the word before the name, read once
	// "repelled an RSF assault, killing hundreds": an attack beaten
	// back; the attacker's dead follow, not its victims.
	if k := m.s - 1; b == "an" || b == "a" || b == "the" {
		if repelVerb(word(toks, k-1)) {
			return
		}
	} else if repelVerb(b) {
		return
	}
	// "the armed aggression of the Russian Federation": the aggressor,
	// as Ukraine's official pages name it.
	if k := m.s - 1; word(toks, k) == "the" && word(toks, k-1) == "of" && word(toks, k-2) == "aggression" || word(toks, k) == "of" && word(toks, k-1) == "aggression" {
		m.agent = true
		return
	}
	// "Russia attacked Kyiv with drones": the side attacked is no
	// agent, whatever weapons follow its name.
	if m.s > 0 && toks[m.s-1].cls&clsAgentVerb != 0 && toks[m.s-1].k == tWord {
		return
	}
	// "caused by the army and Russian mercenaries", "attributes 1,600
	// deaths to state forces and their Russian allies": a second doer
	// named after the first is a doer too.
	switch b {
	case "and", "their", "its":
		if h := conjoinedHead(toks, m.s); h >= 0 {
			switch toks[h].w {
			case "by":
				if !lossByBefore(toks, h+1) {
					m.agent = true
					return
				}
			case "to":
				if attributedBefore(toks, h) {
					m.agent = true
					return
				}
			}
		}
	}
	// One switch on the word before the name, not a chain of string
	// comparisons: this runs for every side a text names.
	before, bw := m.s-1, b
	if b == "the" && word(toks, m.s-2) == "alongside" {
		b = "alongside" // "fighting alongside the North Koreans"
	}

	switch b {
	case "over":
		// "intercepted 6 missiles over Kyiv": where they were downed.
		for k := m.s - 2; k >= 0 && k >= m.s-9; k-- {
			switch toks[k].w {
			case "intercepted", "downed", "shot", "destroyed", "neutralised", "neutralized", "suppressed":
				m.loc = true
				return
			case ".", ";":
				k = -1
			}
		}
	case "alongside":
		// "North Korean troops fighting alongside Russian forces have
		// suffered 4,700 casualties": an ally, not whose losses.
		m.agent, m.sponsor = true, true
		return
	case "for":
		// "2,700 wounded fighting for Russia": the side served, not
		// whose soldiers these are.
		switch word(toks, m.s-2) {
		case "fighting", "fought", "fight", "fights", "serving", "served",
			// "three men accused of spying for Israel": the side served.
			"spying", "spied", "working", "worked", "collaborating":
			m.agent, m.sponsor = true, true
			return
		}
	case "on", "at", "against":
		// "Israeli strikes on Lebanon killed 77": the target of an
		// attack, where the dead are, not who killed them.
		if hasCls(toks, m.s-2, clsAgentNoun) {
			m.loc, m.target = true, true
			return
		}
		if b == "against" && foughtWith(word(toks, m.s-2)) {
			m.agent = true
			return
		}
	case "to":
		// "North Korea has sent 11,000 troops to Russia, of whom 3,000
		// have been killed": where they were sent, not whose they are.
		for k := m.s - 2; k >= 0 && k >= m.s-6; k-- {
			switch toks[k].w {
			case "sent", "deployed", "dispatched", "moved", "transferred", "redeployed", "send", "sending":
				m.loc = true
				return
			case "took", "taken", "abducted", "kidnapped", "dragged", "brought", "carried":
				// "took 251 hostages to Gaza": where the captives were
				// taken, the takers' land, not whose people they are.
				m.agent, m.sponsor = true, true
				return
			}
		}
		// "SNHR attributes 201,260 deaths to the Syrian regime and 7,000
		// to Russian forces": the perpetrators.
		if attributedBefore(toks, m.s-1) {
			m.agent = true
			return
		}
	case "from":
		// "wounded by an anti-tank missile fired from Lebanon", "by
		// shelling from Russia": where the fire came from, the
		// attacker's land.
		switch word(toks, m.s-2) {
		case "fired", "launched", "shelling", "fire", "rockets", "missiles", "drones", "shells", "artillery":
			m.agent = true
			return
		}
	case "with":
		// "killed in fighting with Azerbaijani forces": the other side
		// of the fight.
		if foughtWith(word(toks, m.s-2)) {
			m.agent = true
			return
		}
	case "southern", "northern", "eastern", "western", "central", "occupied", "south", "north", "east", "west":
		// "in southern Lebanon", "across occupied Ukraine": the place
		// with its part.
		if w := word(toks, before-1); w == "in" || w == "inside" || w == "within" || w == "across" || w == "throughout" {
			before, bw = before-1, w
		} else if (w == "on" || w == "at" || w == "against" || w == "of") && hasCls(toks, before-2, clsAgentNoun) {
			// "Israeli strikes on southern Lebanon", "Russian shelling
			// of southern Ukraine": the target too.
			m.loc = true
			return
		}
	case "the":
		// "Strikes on the Houthis killed dozens of fighters", "raids
		// against the RSF": a group struck, named with its article, is
		// the target as a bare name is.
		if w := word(toks, m.s-2); (w == "on" || w == "at" || w == "against") && hasCls(toks, m.s-3, clsAgentNoun) {
			m.loc, m.target = true, true
			return
		}
	case "of":
		// "Russian shelling of Kharkiv": the target of an attack.
		if hasCls(toks, m.s-2, clsAgentNoun) {
			m.loc = true
			return
		}
	}
	// "fighting between the army and the RSF", "the war, which erupted
	// between the army and the RSF, has killed …": a party to the
	// fighting names the war, not whose dead these are. (Two sides named
	// so are both parties: chooseActor weighs them.)
	// The word before the name, past an article, is "between" or "and"
	// first: most names have neither before them.
	k0 := m.s - 1
	if w := word(toks, k0); w == "the" || w == "a" {
		k0--
	}
	if w := word(toks, k0); w != "between" && w != "and" {
		k0 = -1
	}
	for k := k0; k >= 0 && k >= m.s-6; k-- {
		t := &toks[k]
		// ("between the M23 and Congolese troops": a name's glued
		// number is no figure.)
		if t.k == tNum && !(t.glued && k > 0 && toks[k-1].upper && toks[k-1].k == tWord) || t.k == tPunct {
			break
		}
		if t.w == "between" {
			// "in the conflict between Russia and Ukraine": a war named
			// by its two parties is both's; whose dead, it says not.
			// ("Fighting between the M23 and Congolese troops has
			// killed 50 soldiers": parties named by their people are
			// weighed by chooseActor.)
			switch word(toks, k-1) {
			case "war", "conflict", "fighting", "clashes", "hostilities":
				if !partiesByPeople(toks, k+1) {
					m.loc, m.war = true, true
					return
				}
			}
			if actorIn(toks, k+1, m.s) == "" && !(word(toks, m.e) == "and" && actorIn(toks, m.e+1, m.e+5) != "") {
				// The fighting's, named by a party to it: every side's.
				m.loc, m.war = true, true
				return
			}
			// "between the M23 and Congolese troops has killed": the
			// second party is no doer either; chooseActor reads the
			// two as both sides.
			if word(toks, m.s-1) == "and" || word(toks, m.s-2) == "and" {
				return
			}
			break
		}
	}
	// "240 people were taken hostage into Gaza": where the captors took
	// them, whose side holds them.
	if bw == "into" {
		switch word(toks, before-1) {
		case "hostage", "hostages", "captive", "taken", "abducted", "kidnapped", "dragged", "carried":
			m.agent = true
			return
		}
	}
	// "49 remain in Gaza", "hostages held in Gaza": the holders' side,
	// whose captives they are not.
	if bw == "in" {
		switch word(toks, before-1) {
		case "remain", "remains", "remaining", "held", "still", "captive", "captives", "hostages", "hostage", "kept", "captivity":
			m.agent = true
			return
		}
	}
	switch bw {
	case "in", "across", "throughout", "inside", "into", "within":
		// "killed in Israeli strikes": the weapon's side, not a place.
		// (But "the death toll in Kyiv attack": a capital before its
		// attack is where it struck.)
		// ("in Azerbaijan's one-day offensive", "in Russia's massive
		// attack": a plain word before the attack.)
		if (hasCls(toks, m.e, clsAgentNoun) || plainBeforeAttack(toks, m)) && !capitalStruck(toks, m) {
			m.agent = true
			return
		}
		// "Eight detainees died in Israeli custody": the holders'
		// side, whose dead these are not.
		switch word(toks, m.e) {
		case "custody", "detention", "captivity", "prison", "prisons", "jail", "jails":
			m.agent = true
			return
		}
		m.loc = true
		if w := word(toks, before-1); w == "war" || w == "conflict" {
			m.war = true
		}
		// "The death toll in Kyiv has risen to 15", "in Kyiv's
		// Sviatoshynskyi district": a capital named as where is a town
		// of its side's land, as Kharkiv is.
		if m.e == m.s+1 && !m.war && toks[m.s].upper && capitalWords.at(strings.TrimSuffix(toks[m.s].w, "'s")) != "" {
			m.town = true
		}
		return
	}
	// "4,000 square kilometres of Ukrainian territory": land, not
	// whose losses.
	switch word(toks, m.e) {
	case "territory", "territories", "land", "lands", "soil", "airspace", "waters", "border", "borders", "towns", "villages", "cities", "positions", "lines", "defences", "defenses", "front", "frontier":
		m.loc = true
		return
	case "northern", "southern", "eastern", "western":
		// "On Israel's northern front": a front, no one's losses.
		if w := word(toks, m.e+1); w == "front" || w == "border" || w == "frontier" || w == "flank" {
			m.loc = true
			return
		}
	}
	// "the Iran–Iraq War", "the Israel–Hezbollah conflict": a war named
	// by its two parties joined by a dash, as "the conflict between
	// Russia and Ukraine" is.
	if dashedWarName(toks, m.s, m.e) {
		m.loc, m.war = true, true
		return
	}
	// "Sudan's civil war", "Yemen's decade-long war": a few plain words
	// may stand between the place and its war.
	for k, hi := m.e, min(len(toks), m.e+3); k < hi; k++ {
		t := &toks[k]
		switch t.w {
		case "war", "conflict", "fighting", "civil":
			// ("Russia's war losses", "Russia's war dead": the side's
			// own losses in its war.)
			if t.w == "war" && k+1 < len(toks) {
				switch toks[k+1].w {
				case "losses", "dead", "deaths", "casualties", "toll", "fatalities":
					k = hi
					continue
				}
			}
			m.loc = true
			m.war = t.w != "fighting"
			return
		}
		if t.k != tWord || t.upper || t.cls&(clsLoss|clsSource|clsNum|clsCat|clsPerson) != 0 {
			break
		}
		// ("in the West Bank since the war in Gaza began": another
		// place's war, after a time word.)
		if t.w == "since" || t.w == "during" || t.w == "the" || t.w == "before" || t.w == "after" || t.w == "until" {
			break
		}
	}
	if b == "by" || (b == "the" && word(toks, m.s-2) == "by") || byBefore(toks, m.s) {
		// "convicts recruited by Wagner": whose fighters they are, not
		// who killed them.
		by := m.s - 1
		if b == "the" {
			by--
		}
		switch word(toks, by-1) {
		case "recruited", "hired", "enlisted", "mobilised", "mobilized", "conscripted", "trained", "commanded", "led", "sent", "deployed", "employed", "contracted":
			return
		case "controlled", "held", "governed", "administered":
			// "in areas controlled by Ukraine": the side's land.
			m.loc = true
			return
		}
		// "400 tanks were lost by Russia": who lost, not who struck.
		if !lossByBefore(toks, m.s) {
			m.agent = true
			m.launcher = launchVerb(word(toks, by-1))
		}
		return
	}
	// Right after a figure the name qualifies it: "1,000 Russian troops
	// killed"; but "Two Russian missiles hit Sumy" counts the weapons of
	// the side that struck.
	if m.s > 0 && (toks[m.s-1].k == tNum || toks[m.s-1].cls&clsNum != 0 && toks[m.s-1].w != "a" && toks[m.s-1].w != "an") {
		// "killed in 23 Russian strikes on Ukrainian cities": strikes
		// counted after a word of cause are the striker's, as "in
		// Russian strikes" is.
		if weaponsStruck(toks, m.e) || hasCls(toks, m.e, clsAgentNoun) && causeBeforeCount(toks, m.s-1) {
			m.agent = true
		}
		return
	}
	// "Sudan recorded 28,700 conflict deaths", "Myanmar has seen
	// 15,000 fatalities": a land that records or sees deaths is where
	// they fell, as "deaths in Sudan" is, not whose they are.
	if placeSawDeaths(toks, m.e) {
		m.loc = true
		return
	}
	// "Kyiv attack: 28 dead": a capital before its attack, with no
	// possessive, is where it struck, not who.
	if capitalStruck(toks, m) {
		m.loc, m.town = true, true
		return
	}
	// "Russian strikes", "Ukrainian forces destroyed", "Israel killed".
	lim := m.e + 4
	for k := m.e; k < len(toks) && k < lim; k++ {
		w := toks[k].w
		// The name's acronym in brackets: "Islamic State West Africa
		// Province (ISWAP) fighters overran".
		if w == "(" && word(toks, k+2) == ")" {
			k += 2
			lim += 3
			continue
		}
		if w == ")" && k == m.e {
			lim++
			continue
		}
		// A model's designation: "a Russian Kh-22 cruise missile".
		if toks[k].glued && (toks[k].k == tNum || isDash(w)) || k+1 < len(toks) && toks[k+1].glued && isDash(toks[k+1].w) && toks[k].k == tWord {
			lim++
			continue
		}
		// The day of a deed: "Hamas's October 7 attack", "Russia's
		// Monday strike".
		// ("Hamas's October 2023 attack": the month's year.)
		if toks[k].cls&clsMonth != 0 || k > m.e && toks[k].k == tNum && (len(w) <= 2 || len(w) == 4) && toks[k-1].cls&clsMonth != 0 || weekdayIx.at(&toks[k]) {
			lim++
			continue
		}
		// "Hamas's October 7, 2023 attack": the day's year.
		if w == "," && k >= m.e+2 && toks[k-2].cls&clsMonth != 0 && toks[k-1].k == tNum && tokAt(toks, k+1).k == tNum && len(word(toks, k+1)) == 4 ||
			toks[k].k == tNum && len(w) == 4 && k >= m.e+3 && toks[k-1].w == "," && toks[k-3].cls&clsMonth != 0 {
			lim++
			continue
		}
		if toks[k].cls&clsAgentNoun != 0 {
			// "The Russian air force has lost 100 jets", "Ukraine's
			// navy lost 5 boats": the service's own losses.
			if ownLossAfter(toks, k+1) {
				return
			}
			m.agent = true
			return
		}
		if toks[k].cls&clsAgentVerb != 0 {
			// "The Russian army took 160,000 casualties": losses taken
			// are the taker's own.
			if w := toks[k].w; (w == "took" || w == "take" || w == "takes" || w == "taking") && takenLossAfter(toks, k+1) {
				return
			}
			// "puts Ukraine's killed at 60,000": a possessive before the
			// participle owns the dead, it does not kill.
			if k == m.e && (strings.HasSuffix(toks[k-1].w, "'s") || strings.HasSuffix(toks[k-1].w, "’s")) {
				return
			}
			// A transitive verb with an object after it; "Russian
			// soldiers killed in Ukraine" is a passive participle.
			// "The number of Russian soldiers killed in 2023 was
			// 50,000", "… killed is 46,000": a year or a copula after
			// the participle, not the object of the verb.
			if k > m.e && toks[k-1].cls&clsPerson != 0 && personWords[toks[k-1].w] && (passiveNext(word(toks, k+1)) && !(k+2 < len(toks) && startsNumber(&toks[k+2]) && !copula(word(toks, k+1)) && !yearAt(toks, k+2) || word(toks, k+2) == "least") || countedAfter(toks, k+1)) {
				return
			}
			// "the number of Palestinians killed has risen", "Israelis
			// killed in the attack": a people's name, then the
			// participle.
			// "Russian killed number about 200,000", "Russian killed
			// are estimated at": a people's adjective standing for its
			// dead.
			if k == m.e && (passiveNext(word(toks, k+1)) || countedAfter(toks, k+1)) && (word(toks, m.s-1) == "of" || peopleName(toks[m.e-1].w) || demonymAdjective(toks[m.e-1].w)) {
				return
			}
			m.agent = true
			return
		}
		if verbHedge(w) {
			// "The RSF likely killed", "Hamas almost certainly
			// killed": an analyst's hedge leaves the doer the doer.
			continue
		}
		switch w {
		case "overnight", "night", "nighttime", "night-time", "latest", "morning", "weekend", "recent":
			// "Russia's overnight attack on Odesa", "Israel's latest
			// strikes": when, before the deed.
			lim++
			continue
		case ",":
			// "Mozambican troops, backed by Rwandan forces, killed 12
			// insurgents": the doer past the aside of its helpers, up
			// to the comma that closes it.
			if helpersAside(word(toks, k+1)) {
				if c := nextComma(toks, k+2, k+8); c > 0 {
					lim += c - k + 1
					k = c
				}
				continue
			}
		case "have", "has", "had", "drone", "also", "still", "military", "troops", "forces",
			"aircraft", "planes", "helicopters", "units", "artillery",
			// "An al-Shabaab suicide bomber killed 12 soldiers".
			"suicide", "bomber", "bombers", "gunman", "gunmen",
			// "Ukraine's Patriot batteries intercepted 6 missiles",
			// "Israel's Iron Dome intercepted 40 rockets": the side's
			// air defences.
			"defence", "defences", "defense", "defenses", "batteries", "battery", "crews", "systems",
			"patriot", "patriots", "iron", "dome", "gepard", "gepards", "nasams", "arrow", "iris-t", "sky":
			// ("Russian aircraft dropped 40 glide bombs": the side whose
			// weapons did it.)
			continue
		case "claimed", "claim", "claims", "said", "say", "says":
			// "Fano militiamen claimed to have killed 1,000 soldiers",
			// "… said they had destroyed": the deed after the claim.
			if nx := word(toks, k+1); nx == "to" || nx == "they" || nx == "it" {
				lim += 3
				continue
			}
		case "to", "they", "it":
			if b := word(toks, k-1); b == "claimed" || b == "claim" || b == "claims" || b == "said" || b == "say" || b == "says" {
				continue
			}
		case "and":
			// "The RSF and its allies killed 280 people": the doer with
			// its helpers.
			if nx := word(toks, k+1); nx == "its" || nx == "their" || nx == "allied" {
				if a := word(toks, k+2); a == "allies" || a == "militias" || a == "militia" || a == "proxies" || a == "partners" || nx == "allied" {
					k += 2
					lim += 3
					continue
				}
			}
			// "Russian and Malian troops killed 30 civilians", "Rwandan
			// troops and M23 rebels killed": a second doer named with
			// the first; the deed after both is the first's too.
			if j := k + 1; toks[k-1].k == tWord && j < len(toks) && (toks[j].cls&clsActor != 0 && toks[j].upper || word(toks, j) == "the" && tokAt(toks, j+1).cls&clsActor != 0) {
				if toks[j].w == "the" {
					j++
				}
				lim += j - k + 2
				k = j
				continue
			}
		case "allies", "allied", "partners", "proxies", "backers":
			// "The Malian army and its Russian allies killed".
			continue
		case "continued", "continue", "continues", "kept", "began", "started":
			// "The Armed Forces of Ukraine continued to shell Belgorod".
			if word(toks, k+1) == "to" {
				k++
				lim += 2
			}
			continue
		}
		if toks[k].cls&clsPerson != 0 && (personWords[w] || militantWords[w]) {
			continue
		}
		// "Rwandan troops in Cabo Delgado killed 23 insurgents": where
		// the troops are, between them and their deed.
		if w == "in" && militaryWords[word(toks, k-1)] {
			j := placeEnd(toks, k+1)
			v := j
			if w := word(toks, v); w == "have" || w == "has" || w == "had" {
				v++
			}
			if j > k+1 && v < len(toks) && toks[v].cls&clsAgentVerb != 0 && !passiveNext(word(toks, v+1)) {
				lim += j - k + 1
				k = j - 1
				continue
			}
		}
		// "a Russian ballistic missile struck": plain modifiers before
		// the weapon. "Israeli forces launched a raid", "… pressed on
		// with a large-scale raid": a verb's particles and article
		// before the attack it names.
		for j, hi := k, k+3; j < len(toks) && j < hi; j++ {
			t := &toks[j]
			if j > k && t.k == tWord {
				switch t.w {
				case "a", "an", "on", "with", "out", "up":
					hi++
					continue
				}
			}
			// "Russia launched 355 drones at Ukraine": how many the
			// doer fired (not "Russia lost 355 drones").
			// ("US forces carried out 40 airstrikes", "conducted 12
			// raids": the strikes the doer made.)
			if j == k+1 && (launchVerb(toks[k].w) || strikesMadeVerb(toks[k].w)) || j == k+2 && toks[k].w == "carried" && toks[k+1].w == "out" {
				// ("carried out more than 1,200 airstrikes": the
				// figure's shape before it.)
				if n := shapedNumberAt(toks, j); n > j {
					hi += n - j
					j = n
					t = &toks[j]
				}
				if t.k == tNum {
					hi++
					continue
				}
			}
			if t.k != tWord || t.upper || t.cls&(clsLoss|clsNum|clsSource|clsPeriod|clsPerson) != 0 {
				break
			}
			if t.cls&clsAgentNoun != 0 {
				m.agent = true
				return
			}
		}
		return
	}
}

// shapedNumberAt returns the index of the number after a figure's
// shape prefix that starts at j ("more than 1,200", "at least 40"), or
// j when none does.
func shapedNumberAt(toks []token, j int) int {
	for n := j; n < len(toks) && n < j+4 && toks[n].k == tWord; n++ {
		if toks[n].cls&clsShapeLast != 0 && n+1 < len(toks) && toks[n+1].k == tNum {
			return n + 1
		}
	}
	return j
}

// causeBeforeCount reports a word of cause before the count that ends
// at k, past its shape: "killed in 23 Russian strikes", "wounded by
// more than 40 Russian drones".
func causeBeforeCount(toks []token, k int) bool {
	for k >= 0 && (toks[k].k == tNum || toks[k].cls&clsNum != 0) {
		k--
	}
	if k >= 0 && toks[k].cls&clsShapeLast != 0 {
		for j := k; j >= 0 && j > k-3 && toks[j].k == tWord; j-- {
			if toks[j].w == "in" || toks[j].w == "by" {
				k = j
				break
			}
		}
	}
	switch word(toks, k) {
	case "in", "by", "from", "during", "amid":
		return true
	}
	return false
}

// attributedBefore reports a verb of blame in the dozen words before
// the "to" at k: "attributes 201,260 deaths to".
func attributedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-11; j-- {
		if w := toks[j].w; w == "attributes" || w == "attributed" || w == "attribute" || w == "blamed" || w == "blames" {
			return true
		}
	}
	return false
}

// conjoinedHead returns the index of the word before the first of two
// doers joined by "and", the name at s the second: "by" in "by the army
// and Russian mercenaries", "to" in "to state forces and their Russian
// allies". It returns -1 when the name is no second conjunct of plain
// words.
func conjoinedHead(toks []token, s int) int {
	k := s - 1
	switch word(toks, k) {
	case "their", "its":
		k--
	}
	if word(toks, k) != "and" {
		return -1
	}
	k--
	for n := 0; n < 3 && k >= 0; n, k = n+1, k-1 {
		t := &toks[k]
		if t.k != tWord || t.upper || t.cls&(clsLoss|clsNum) != 0 {
			return -1
		}
		if t.w == "by" || t.w == "to" {
			return k
		}
	}
	return -1
}

// placeSawDeaths reports a verb at k that has a place for its subject
// and deaths for its object: "recorded 28,700 conflict deaths", "has
// seen 15,000 fatalities".
func placeSawDeaths(toks []token, k int) bool {
	switch word(toks, k) {
	case "has", "have", "had":
		k++
	}
	switch word(toks, k) {
	case "recorded", "records", "registered", "registers", "logged", "logs", "saw", "sees", "seen":
	default:
		return false
	}
	// Deaths, not losses: "Russia recorded 3,000 losses" are its own.
	for j, hi := k+1, min(len(toks), k+7); j < hi; j++ {
		switch toks[j].w {
		case "deaths", "fatalities":
			return true
		case ".", ",", ";", ":":
			return false
		}
	}
	return false
}

// placeEnd returns the end of a place's capitalised name starting at
// k, with its "province" or "region" after: "Cabo Delgado", "Khost
// province". It returns k when no name starts there.
func placeEnd(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+4 && toks[j].k == tWord && toks[j].upper {
		j++
	}
	if j > k {
		switch word(toks, j) {
		case "province", "region", "state", "district":
			j++
		}
	}
	return j
}

// strikesMadeVerb reports a verb of strikes made, before their count,
// besides launchVerb's: "conducted 40 airstrikes", "dropped 40 bombs".
func strikesMadeVerb(w string) bool {
	switch w {
	case "conducted", "staged", "mounted", "executed", "flew", "dropped", "unleashed":
		return true
	}
	return false
}

// foughtWith reports a fight whose other side follows "with" or
// "against": "killed in fighting with Azerbaijani forces".
func foughtWith(w string) bool {
	if fightNoun(w) {
		return true
	}
	switch w {
	case "war", "skirmishes", "engagements", "firefight", "conflict", "confrontation", "exchanges", "fight":
		return true
	}
	return false
}

// span is a token range [s, e).
type span struct{ s, e int }

func inSpans(sp []span, i int) bool {
	for _, s := range sp {
		if i >= s.s && i < s.e {
			return true
		}
	}
	return false
}

// actorChoice is the side whose losses a figure counts.
type actorChoice struct {
	actor     string
	enemy     bool
	fromAgent bool // the other side of the attacker
	strong    bool
	ambiguous bool
	found     bool
	loc       bool
	// both marks a figure placed after "between A and B".
	both bool
	// town marks a place of one side's land: its people are that side.
	town bool
	// war marks a place named as a war's (mention.war).
	war bool
	// struck marks a place an attack was aimed at or fell in, with no
	// doer named: "Strikes on Iran's Isfahan kill 9", "Airstrikes in
	// Yemen kill 74".
	struck bool
	// other marks a figure whose clause names its losers by a name of
	// no side the registry knows: "while the Taliban lost 3,000".
	other bool
	// ownClause marks a place in a clause in contrast with the one
	// before: "…, while 150,000 people may have died across Sudan".
	ownClause bool
	// served marks the side foreigners named before served ("600 Cuban
	// citizens have fought for Russia, and at least 40 have been
	// killed"): its soldiers.
	served bool
}

// sidesListed reports a mention of actor in a list of three sides or
// more joined by commas and "and"/"or" ("Iraq, Afghanistan, Syria,
// Yemen and Pakistan").
func sidesListed(toks []token, ms []mention, actor string) bool {
	for i := range ms {
		if ms[i].actor != actor {
			continue
		}
		lo, hi := i, i
		for lo > 0 && joinedMentions(toks, &ms[lo-1], &ms[lo]) {
			lo--
		}
		for hi+1 < len(ms) && joinedMentions(toks, &ms[hi], &ms[hi+1]) {
			hi++
		}
		if hi-lo >= 2 {
			return true
		}
	}
	return false
}

// joinedMentions reports two mentions with only ",", "and", "or" (or
// ", and") between them.
func joinedMentions(toks []token, a, b *mention) bool {
	if a.actor == "" || b.actor == "" || a.actor == b.actor {
		return false
	}
	gap := b.s - a.e
	switch {
	case gap == 1:
		w := toks[a.e].w
		return w == "," || w == "and" || w == "or"
	case gap == 2:
		return toks[a.e].w == "," && (toks[a.e+1].w == "and" || toks[a.e+1].w == "or")
	}
	return false
}

// chooseActor picks the loser of the figure at tokens [qs, ce) among the
// sentence's mentions: a name between figure and category ("1,000
// Russian soldiers") first, then "of/among X" after it, then the nearest
// name before it in the clause, then after. (A name inside is asked
// whether an aside holds it only once its place says it is inside: the
// walk to it costs more than the test of its place.)
func chooseActor(toks []token, cues *sentCues, ms []mention, qs, qe, ce int) actorChoice {
	// The mentions are walked by pointer, not copied step by step: this
	// runs for every figure.
	pick := func(m *mention, strong bool) actorChoice {
		return actorChoice{actor: m.actor, enemy: m.enemy, strong: strong, found: true}
	}
	// Inside: between figure and the end of the category words.
	for i := range ms {
		m := &ms[i]
		// ("100 Fano fighters": a name of two words right after.)
		if m.sponsor {
			continue
		}
		if m.s >= qe && m.e <= ce+1 || m.s == qe && !m.agent && !m.loc {
			// ("Fourteen peacekeepers, including nine South Africans, were
			// killed": a part's side in the aside is not the whole's.)
			if m.s > qe && asideBetween(toks, qe, m.s) {
				continue
			}
			// A name inside the figure's phrase is whose losses these
			// are, whatever verb follows ("776,560 Russian troops killed").
			// "7,000 Azerbaijani and Armenian soldiers": two sides named
			// together are both sides' losses.
			if i+1 < len(ms) {
				if o := &ms[i+1]; o.actor != m.actor && !o.agent && !o.loc && !m.enemy && !o.enemy && o.s == m.e+1 && (toks[m.e].w == "and" || toks[m.e].w == "&") {
					return actorChoice{actor: m.actor, ambiguous: true, found: true, both: true}
				}
			}
			// "Two Chinese nationals fighting for Russia were taken
			// prisoner": foreigners serving a side are its losses.
			if i+1 < len(ms) {
				if o := &ms[i+1]; o.sponsor && o.actor != "" && o.actor != m.actor && o.s >= m.e+2 && o.s <= m.e+4 && word(toks, o.s-1) == "for" && isForeignersNoun(word(toks, m.e)) {
					return pick(o, true)
				}
				// ("12 Indian nationals serving in the Russian army",
				// "40 Cubans fighting for Russia": the army served.)
				if o := &ms[i+1]; o.actor != "" && o.actor != m.actor && !o.agent && (foreignersNounAt(toks, m.e) || foreignersNounAt(toks, m.e-1)) {
					e := m.e
					if foreignersNounAt(toks, e) {
						e++
					}
					if servedArmy(toks, e, o) {
						return pick(o, true)
					}
				}
			}
			return pick(m, true)
		}
	}
	// Right after: "losses of the Russian army", "among Ukrainian troops".
	for i := range ms {
		m := &ms[i]
		// ("wounded in the battle for Vuhledar": the town fought for.)
		// ("destroyed four tanks near the village of Khiam": the place
		// of the deed, not whose tanks.)
		if m.s >= ce && m.s <= ce+4 && !m.agent && !(m.town && word(toks, m.s-1) == "for") && !(m.town && word(toks, m.s-1) == "of" && placeNoun(word(toks, m.s-2))) {
			ok := false
			for k := ce; k < m.s; k++ {
				switch toks[k].w {
				case "of", "among", "for":
					ok = true
				case "on":
					// "1,500 on the Iraqi side".
					ok = word(toks, m.e) == "side"
				case ",", ".", ";", "and", "while", "but", "versus", "vs", "against":
					// ("600 killed versus about 100 for Ukraine": the
					// name of the figure compared.)
					ok = false
					k = m.s
				}
			}
			if ok {
				return pick(m, true)
			}
		}
	}
	// Before, nearest first, back to a clause boundary. The mentions
	// before the figure are ms[i] for i down from len(ms)-1 with
	// ms[i].e <= qs; the loops below filter them in place rather than
	// copy them out.
	var agent *mention
	var agentM mention // agent points here; set once
	// farAgent: the nearest doer before the figure but across a clause
	// break, which a doer in the figure's own clause after it beats:
	// "Pakistan said 31 were killed in Indian strikes, while India said
	// 13 died in Pakistani shelling".
	var farAgent *mention
	var farM mention
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.e > qs {
			continue
		}
		if cues.clauseBreak(m.e, qs) {
			break
		}
		if m.agent {
			if agent == nil {
				agentM = *m
				agent = &agentM
			}
			continue
		}
		if m.loc {
			continue
		}
		// "11 civilian deaths in territory of Ukraine …, and 5 civilians
		// killed in the Russian Federation itself": a name after another
		// figure, across a comma, is that figure's; the place right
		// after this one's words is where its own fell.
		if cues.figureBetween(0, m.s, qs, qe) && nextComma(toks, m.e, qs-1) >= 0 {
			if p := placeRightAfter(toks, ms, ce, m.actor); p != nil {
				return actorChoice{actor: p.actor, loc: true, found: true, town: p.town}
			}
		}
		c := pick(m, true)
		// "Ukrainian and Russian troops killed", "Russian, Ukrainian
		// troop losses": both sides' losses together.
		// "Ethiopian government forces and Fano militiamen clashed":
		// the first side's own nouns may come between.
		// ("the Iran–Iraq War", "the Israel–Hezbollah conflict": two
		// sides joined by a dash.)
		if w := word(toks, m.s-1); w == "and" || w == "," || w == "&" || m.s >= 1 && toks[m.s-1].glued && isDash(w) {
			for j := range ms {
				o := &ms[j]
				if (o.e == m.s-1 || w == "and" && o.e < m.s-1 && plainNounsBetween(toks, o.e, m.s-1)) && o.actor != m.actor && !o.agent && !o.loc && !m.enemy && !o.enemy {
					// The side is kept only to find the war they fight.
					return actorChoice{actor: m.actor, ambiguous: true, found: true, both: true}
				}
			}
		}
		// "fighting between the army and the RSF": both sides, neither's
		// losses.
		// ("… and the paramilitary Rapid Support Forces": the article
		// and a plain word may come between.)
		if andBeforeName(toks, m.s) {
			for j := range ms {
				o := &ms[j]
				if o.e <= m.s && o.actor != m.actor && (word(toks, o.s-1) == "between" || word(toks, o.s-2) == "between") {
					return actorChoice{ambiguous: true, found: true, both: true}
				}
			}
		}
		c.ambiguous = otherActors(ms, m.actor, m.enemy)
		return c
	}
	// "…, while Myanmar's civil war killed 11,500 people": a war named
	// in the figure's own clause is nearer than a side named in the
	// clause before.
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.e > qs {
			continue
		}
		if m.loc && m.war && !cues.clauseBreak(m.e, qs) {
			for j := len(ms) - 1; j >= 0; j-- {
				if o := &ms[j]; o.e <= qs && (!o.loc || o.actor != m.actor) && !o.agent && o.e <= m.s && cues.clauseBreak(o.e, qs) {
					return actorChoice{actor: m.actor, loc: true, found: true, war: true}
				}
			}
			break
		}
	}
	// "killed in clashes between the Sudanese army and the RSF": both
	// sides named after the figure, neither's losses.
	for i := range ms {
		m := &ms[i]
		b := m.s - 1
		if word(toks, b) == "the" {
			b--
		}
		// ("since fighting between Israel and Hezbollah began" is a
		// time, not where the figure fell.)
		// ("in the fighting between Thailand and Cambodia": the article
		// before the fight too.)
		f := b - 1
		if word(toks, f-1) == "the" {
			f--
		}
		if m.s >= ce && m.s <= ce+6 && word(toks, b) == "between" && fightNoun(word(toks, b-1)) && (word(toks, f-1) == "in" || word(toks, f-1) == "during") {
			for j := range ms {
				if o := &ms[j]; o.s > m.s && o.actor != "" && o.actor != m.actor && andBeforeName(toks, o.s) {
					return actorChoice{ambiguous: true, found: true, both: true}
				}
			}
		}
	}
	// "…, while the Taliban lost 3,000 killed", "…, while as many as
	// 150,000 people may have died across Sudan": a clause in contrast
	// with the one before that names its own losers, by a name the
	// registry does not know or by the place they fell in, does not
	// take the side of the clause before.
	if k := contrastFor(toks, cues, qs); k >= 0 {
		if subjectOfLoss(toks, k+1, qs) {
			return actorChoice{found: true, other: true}
		}
		for i := range ms {
			// (Not a town: "…, while 12,000 were wounded in Bakhmut" is
			// where the side before lost them.)
			if m := &ms[i]; m.loc && !m.town && m.s > k && !(m.s >= ce && inAside(toks, ce, m.s)) {
				return actorChoice{actor: m.actor, enemy: m.enemy, loc: true, found: true, war: m.war, ownClause: true}
			}
		}
	}
	// Anywhere else in the sentence.
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.e > qs {
			continue
		}
		if !m.agent && !m.loc {
			// "Russian and Ukrainian forces clashed …; 300 soldiers were
			// killed": two sides named together in a clause before are
			// both the figure's sides, not the second alone.
			if i > 0 && word(toks, m.s-1) == "and" {
				if o := &ms[i-1]; o.e == m.s-1 && o.actor != m.actor && !o.agent && !o.loc && !m.enemy && !o.enemy {
					return actorChoice{actor: m.actor, ambiguous: true, found: true, both: true}
				}
			}
			c := pick(m, false)
			c.ambiguous = otherActors(ms, m.actor, m.enemy)
			return c
		}
		if m.agent && agent == nil && farAgent == nil {
			if cues.clauseBreak(m.e, qs) {
				farM = *m
				farAgent = &farM
			} else {
				agentM = *m
				agent = &agentM
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		// ("killed 12 people in Lebanon, including nine Hezbollah
		// members": a part's side in the aside is not the whole's.)
		// ("killed more than 4,000 people in Lebanon and about 80
		// Israelis": a name after another figure is that figure's.)
		// ("The army lost 40 soldiers and the RSF about 90": a name
		// that leads its own figure, the verb left out, is that one's.)
		// ("3,115 fatalities in Sudan; 61 per cent of events involved
		// the RSF": a name past a clause break is its own clause's.)
		if m.s >= ce && !m.agent && !m.loc && !subordinateBetween(toks, ce, m.s) && !inAside(toks, ce, m.s) && !andFigureBefore(toks, m.s, qe) && !leadsGappedFigure(toks, m.e) && !punctBetween(toks, ce, m.s, ";") {
			c := pick(m, false)
			c.ambiguous = otherActors(ms, m.actor, m.enemy)
			return c
		}
		// (A doer after a clause break is another clause's: "31
		// civilians were killed, while … died in Pakistani shelling".)
		// ("124 journalists were killed, nearly two-thirds of them
		// Palestinians killed by Israel": a part's killer.)
		if m.s >= ce && m.agent && agent == nil && contrastBefore(toks, ce, m.s) == m.s && !inAside(toks, ce, m.s) {
			agentM = *m
			agent = &agentM
		}
	}
	if agent == nil {
		agent = farAgent
	}
	if agent != nil {
		// "Israeli strikes on Sanaa killed three": the place struck
		// names the dead better than the striker's usual enemy.
		for i := range ms {
			m := &ms[i]
			if m.loc && m.town && m.actor != "" && m.actor != agent.actor && !agent.enemy && !sameWar(agent.actor, m.actor) {
				return actorChoice{actor: m.actor, loc: true, found: true, town: true}
			}
		}
		// "An Ethiopian drone strike killed 50 civilians in Amhara
		// region": a state striking its own land kills its own people.
		for i := range ms {
			m := &ms[i]
			// ("in the Amhara region", "in northern Amhara": the
			// article or a compass word before the land.)
			if m.loc && m.town && m.actor != "" && m.actor == agent.actor && !agent.enemy {
				if k := landInAt(toks, m.s); word(toks, k) == "in" && (m.s > qs || strikesIn(toks, agent, k)) {
					return actorChoice{actor: m.actor, loc: true, found: true, town: true}
				}
			}
		}
		// "Israeli strikes killed 50 people in Iran": the land of one of
		// the doer's enemies where the dead were, over its usual enemy.
		for i := range ms {
			m := &ms[i]
			// (Not "in Israeli and American strikes": a doer's
			// adjective, read as a place for want of its noun.)
			// ("in the West Bank": the article before the place.)
			if m.loc && !m.war && m.actor != "" && m.actor != agent.actor && !agent.enemy && (word(toks, m.s-1) == "in" || word(toks, m.s-1) == "the" && word(toks, m.s-2) == "in") && word(toks, m.e) != "and" && sameWar(agent.actor, m.actor) {
				return actorChoice{actor: m.actor, loc: true, found: true, town: true}
			}
		}
		// "Wagner fighters killed 12 civilians in central Mali": the
		// land of another war than the doer's, after the figure, names
		// the dead, not the doer's enemy in its own war. "U.S.
		// airstrikes in western Yemen killed 74 people": a doer in no
		// war of the registry has no enemy to lose them, so the land
		// names them wherever it stands.
		// "Around 600 Cuban citizens have fought for Russia, and at
		// least 40 have been killed": a part of the foreigners who served
		// a side, with no noun of its own, is that side's.
		if agent.sponsor && agent.e <= qs && auxAfter(toks, qe, qe+1) == qe && servedBefore(toks, agent) {
			return actorChoice{actor: agent.actor, found: true, served: true}
		}
		a, known := findActor(agent.actor)
		warless := !known || len(a.Conflicts) == 0
		for i := range ms {
			m := &ms[i]
			kb := m.s - 1
			if b := word(toks, kb); compassWord(b) || b == "central" {
				kb--
			}
			// ("In the Central African Republic, …".)
			if word(toks, kb) == "the" && word(toks, kb-1) == "in" {
				kb--
			}
			b := word(toks, kb)
			// ("In Mali, the army and Wagner mercenaries killed 1,500
			// civilians": the land the sentence opens on, before the
			// figure too.)
			// ("Pakistani airstrikes in Afghanistan's Paktika province
			// killed 15": the land right after the doer's strikes, before
			// the figure too.)
			if m.loc && !m.war && m.actor != "" && m.actor != agent.actor && !agent.enemy && b == "in" && word(toks, m.e) != "and" && (warless || !inAgentWar(agent.actor, m.actor) && (m.s > qs || kb == 0 && word(toks, m.e) == "," || strikesIn(toks, agent, kb))) {
				return actorChoice{actor: m.actor, loc: true, found: true, town: true}
			}
		}
		// "Russian forces seized 4,000 square kilometres at a cost of
		// 430,000 casualties": the price is the doer's own.
		if costBefore(toks, qs) {
			return actorChoice{actor: agent.actor, enemy: agent.enemy, found: true}
		}
		return actorChoice{actor: agent.actor, enemy: agent.enemy, fromAgent: true, found: true}
	}
	// Last, a place: "killed in Gaza". ("54 journalists were killed
	// worldwide, 18 of them in Gaza": not a part's place.)
	// ("120 civilians killed in Ukraine in May, and 4 civilians killed
	// in Russia": a place after another figure before this one is that
	// figure's, when this one has its own after it.)
	own := placeRightAfter(toks, ms, ce, "")
	for i := range ms {
		m := &ms[i]
		if own != nil && m != own && m.e <= qs && cues.figureBetween(0, m.s, qs, qe) {
			continue
		}
		if m.loc && !(m.s >= ce && inAside(toks, ce, m.s)) {
			// "in the Iran–Iraq War": both parties named by the war's
			// name, neither's dead.
			if m.war && i+1 < len(ms) && ms[i+1].war && ms[i+1].s == m.e+1 && ms[i+1].actor != m.actor && isDash(toks[m.e].w) {
				return actorChoice{ambiguous: true, found: true, both: true}
			}
			struck := m.target || word(toks, m.s-1) == "in" && hasCls(toks, m.s-2, clsAgentNoun)
			return actorChoice{actor: m.actor, enemy: m.enemy, loc: true, found: true, town: m.town, war: m.war, struck: struck}
		}
	}
	return actorChoice{}
}

// inAgentWar reports that the land named fights in one of the doer's
// wars. Unlike sameWar, a land the registry holds no war of is in none:
// "Pakistani airstrikes in Afghanistan" strike outside the doer's war.
func inAgentWar(agent, land string) bool {
	if _, ok := findActor(land); !ok {
		return false
	}
	return sameWar(agent, land)
}

// landInAt returns where the word "in" before the place at s stands,
// past an article and a compass word: "in Amhara", "in the Amhara
// region", "in northern Amhara".
func landInAt(toks []token, s int) int {
	k := s - 1
	if compassWord(word(toks, k)) {
		k--
	}
	if word(toks, k) == "the" {
		k--
	}
	return k
}

// strikesIn reports the doer's own strike nouns, and only them, between
// its name and the "in" at k: "Pakistani airstrikes in", "Ethiopian
// drone strikes in", "Pakistani air strikes in".
func strikesIn(toks []token, agent *mention, k int) bool {
	if k <= agent.e || k > agent.e+3 {
		return false
	}
	for j := agent.e; j < k; j++ {
		if !hasCls(toks, j, clsAgentNoun) {
			return false
		}
	}
	return true
}

// asideBetween reports the opening of an aside in toks[a:b]: ",
// including", ", among them", ", most of them".
func asideBetween(toks []token, a, b int) bool {
	for k := a; k < b && k+1 < len(toks); k++ {
		if toks[k].w == "," && asideOpener(toks[k+1].w) {
			return true
		}
	}
	return false
}

// asideOpener opens an aside about a part after a comma: ", including",
// ", among them", ", most of them".
func asideOpener(w string) bool {
	switch w {
	case "including", "among", "most", "many", "some", "mostly", "of":
		return true
	}
	return false
}

// inAside reports the name at b inside an aside opened after a
// (", including nine Hezbollah members"), not after it closed.
func inAside(toks []token, a, b int) bool {
	for k := b - 1; k >= a && k+1 < len(toks); k-- {
		switch toks[k].w {
		case ",":
			// (", 18 of them in Gaza": a part's own place.)
			return asideOpener(toks[k+1].w) || shareOfThem(toks, k+1)
		case "and", ";", ".":
			return false
		}
	}
	return false
}

// andBeforeName reports "and" before a name at s, over "the" and one
// plain lower-case word: "and the RSF", "and the paramilitary RSF".
func andBeforeName(toks []token, s int) bool {
	b := s - 1
	if b >= 0 && toks[b].k == tWord && !toks[b].upper && toks[b].w != "and" && toks[b].w != "the" && toks[b].cls&(clsLoss|clsNum|clsCue) == 0 {
		b--
	}
	if word(toks, b) == "the" {
		b--
	}
	return word(toks, b) == "and"
}

// plainNounsBetween reports one to three lower-case words in toks[a:b]
// that are no verb of loss nor figure: "government forces" in
// "Ethiopian government forces and Fano militiamen".
func plainNounsBetween(toks []token, a, b int) bool {
	if b-a < 1 || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &toks[k]
		if t.k != tWord || t.upper || t.cls&(clsLoss|clsNum|clsCue) != 0 {
			return false
		}
	}
	return true
}

// otherActors reports whether the sentence names a different non-agent
// side than the one chosen.
func otherActors(ms []mention, actor string, enemy bool) bool {
	for i := range ms {
		m := &ms[i]
		if m.agent {
			continue
		}
		if m.enemy != enemy || m.actor != actor {
			if m.enemy || enemy {
				continue
			}
			return true
		}
	}
	return false
}

// capitalStruck reports a capital named right before one attack, with
// no possessive: "Kyiv attack", "the toll in Kyiv strike".
func capitalStruck(toks []token, m *mention) bool {
	// The class bit of the word after first: most names are followed by
	// no attack.
	if m.e != m.s+1 || m.e >= len(toks) || toks[m.e].cls&clsAgentNoun == 0 || !toks[m.s].upper || capitalWords.at(toks[m.s].w) == "" {
		return false
	}
	switch toks[m.e].w {
	case "attack", "strike", "airstrike", "bombing", "shelling":
		return true
	}
	return false
}

// plainBeforeAttack reports a possessive name, then one plain lower-case
// word and an attack noun: "Azerbaijan's one-day offensive".
func plainBeforeAttack(toks []token, m *mention) bool {
	if !hasCls(toks, m.e+1, clsAgentNoun) || !possessiveWord(toks[m.e-1].w) {
		return false
	}
	// ("one-day" is a number's word, of a compound that is no count.)
	t := &toks[m.e]
	num := clsNum
	if strings.IndexByte(t.w, '-') > 0 {
		num = 0
	}
	return t.k == tWord && !t.upper && t.cls&(clsLoss|num|clsCat|clsPerson|clsPeriod|clsMonth|clsActor|clsAgentVerb) == 0
}

// helpersAside reports the word that opens an aside of a doer's helpers:
// ", backed by Rwandan forces,".
func helpersAside(w string) bool {
	switch w {
	case "backed", "supported", "aided", "assisted", "helped", "joined", "alongside":
		return true
	}
	return false
}

// nextComma returns the first comma in toks[a:b+1], or -1.
func nextComma(toks []token, a, b int) int {
	for j := a; j < len(toks) && j <= b; j++ {
		if toks[j].w == "," {
			return j
		}
	}
	return -1
}

// andFigureBefore reports another figure joined by "and" right before
// the name at s, after the figure ending at qe: "4,000 people in
// Lebanon and about 80 Israelis".
func andFigureBefore(toks []token, s, qe int) bool {
	k := s - 1
	if k < qe || toks[k].k != tNum {
		return false
	}
	k--
	if k >= qe && hedgeWord(toks[k].w) {
		k--
	}
	return k >= qe && toks[k].w == "and"
}

// leadsGappedFigure reports a figure right after the name ending at e,
// its forces' noun between, in a clause whose verb is left out: "and
// the RSF about 90", "and the Malian army 15".
func leadsGappedFigure(toks []token, e int) bool {
	k := e
	for k < len(toks) && k < e+2 && toks[k].k == tWord && sideForceNoun(toks[k].w) {
		k++
	}
	return k < len(toks) && figureAfterShape(toks, k) < len(toks) && sideLedEllipsis(toks, k)
}

// dashedWarName reports a name at [s, e) joined by a dash glued to it
// to another name, the pair before "war" or "conflict": "Iran–Iraq War".
func dashedWarName(toks []token, s, e int) bool {
	end := -1
	switch {
	case e+1 < len(toks) && toks[e].glued && isDash(toks[e].w) && toks[e+1].upper:
		end = e + 2 // the first of the pair
	case s >= 2 && toks[s-1].glued && isDash(toks[s-1].w) && toks[s-2].upper:
		end = e // the second
	default:
		return false
	}
	for k := end; k < len(toks) && k <= end+1; k++ {
		switch toks[k].w {
		case "war", "conflict":
			return true
		}
	}
	return false
}

// clauseBreak reports a clause boundary between tokens a and b: a
// semicolon, or a conjunction that starts a new statement.
func clauseBreak(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if clauseBreakAt(toks, k) {
			return true
		}
	}
	return false
}

// clauseBreakAt is clauseBreak's test of one token; sentCues counts it.
func clauseBreakAt(toks []token, k int) bool {
	t := &toks[k]
	if t.cls&clsCue == 0 {
		// The words below are cue words (cueWords); most tokens are not.
		return t.w == ";"
	}
	switch t.w {
	case "while", "whereas", "but", "although", "though", "meanwhile":
		return true
	}
	return false
}

// bothSides reports words that make a figure the sum over the sides.
func bothSides(toks []token, a, b int) bool {
	// One bound, and the words by their length first: this runs for
	// every figure, over a dozen words around it.
	for k, hi := a, min(b, len(toks)); k < hi; k++ {
		w := toks[k].w
		if len(w) != 4 && len(w) != 8 {
			continue
		}
		switch w {
		case "both":
			if w := word(toks, k+1); w == "sides" || w == "armies" || w == "countries" {
				return true
			}
		case "combined":
			// "in 2023 and 2024 combined": the years, not the sides.
			if k > 0 && (yearAt(toks, k-1) || toks[k-1].cls&clsMonth != 0) {
				continue
			}
			// "Russia has lost 1,200 tanks combined": one side's things
			// summed; "combined" sums sides only where two are named.
			if sidesNamed(toks, 0, len(toks)) < 2 {
				continue
			}
			return true
		}
	}
	return false
}

// sidesNamed counts the distinct sides named in tokens [s, e), up to 2.
func sidesNamed(toks []token, s, e int) int {
	first := ""
	for i := s; i < e && i < len(toks); i++ {
		if toks[i].cls&clsActor == 0 {
			continue
		}
		if a := actorIn(toks, i, min(e, i+4)); a != "" && a != first {
			if first != "" {
				return 2
			}
			first = a
		}
	}
	if first != "" {
		return 1
	}
	return 0
}

// actorIn returns the first side named in tokens [s, e).
func actorIn(toks []token, s, e int) string {
	e = min(e, len(toks))
	for i := s; i < e; i++ {
		if toks[i].cls&clsActor == 0 {
			continue
		}
		for _, a := range actorsByFirstIx.at(&toks[i]) {
			if end, ok := matchAt(toks[:e], i+1, a.words[1:]); ok && end <= e { // the bucket holds toks[i]'s word
				if a.place && end == i+1 && inPersonName(toks, i) {
					continue
				}
				return a.actor
			}
		}
	}
	return ""
}

// stateSoldierWords name a state army's people; militantWords an armed
// group's.
var stateSoldierWords = map[string]bool{
	"soldiers": true, "soldier": true, "troops": true, "servicemen": true, "reservists": true,
	"conscripts": true, "officers": true, "paratroopers": true, "marines": true, "personnel": true,
	"servicemembers": true, "servicewomen": true, "jawans": true,
	// One of them: "a reservist was killed".
	"reservist": true, "serviceman": true, "servicewoman": true, "conscript": true, "paratrooper": true,
	"jawan": true,
}

// nounKind holds the word sets of people above, militaryWords and
// civilianNoun, that a noun is in: figure asks up to six of them of a
// figure's noun, which one look-up answers.
type nounKind uint8

const (
	nkStateSoldier nounKind = 1 << iota // stateSoldierWords
	nkMilitant                          // militantWords
	nkMilitary                          // militaryWords
	nkIrregular                         // irregularWords
	nkCivilian                          // civilianNoun
)

var nounKinds = func() map[string]nounKind {
	m := map[string]nounKind{}
	for _, set := range []struct {
		words map[string]bool
		kind  nounKind
	}{{stateSoldierWords, nkStateSoldier}, {militantWords, nkMilitant}, {militaryWords, nkMilitary}, {irregularWords, nkIrregular}, {civilianNoun, nkCivilian}} {
		for w, ok := range set.words {
			if ok {
				m[w] |= set.kind
			}
		}
	}
	return m
}()

// nounKindOf returns the kinds of the noun w; most figures have none
// ("" is no noun).
func nounKindOf(w string) nounKind {
	if w == "" {
		return 0
	}
	return nounKinds[w]
}

// irregularWords name an armed group's people, never a state army's.
var irregularWords = map[string]bool{
	"militants": true, "gunmen": true, "terrorists": true, "insurgents": true, "jihadists": true, "operatives": true,
	"bandits": true, "maoists": true, "naxals": true, "naxalites": true, "khwarij": true, "khawarij": true,
	"kharijis": true, "guerrillas": true, "extremists": true,
	// "Militants attacked a police post …. Two attackers were also
	// killed": raiders of no state.
	"attackers": true, "assailants": true, "raiders": true, "rebels": true,
	"militant": true, "gunman": true, "terrorist": true, "insurgent": true, "jihadist": true,
	"attacker": true, "assailant": true, "rebel": true,
}

var militantWords = map[string]bool{
	"militants": true, "fighters": true, "combatants": true, "operatives": true, "gunmen": true,
	"terrorists": true, "commanders": true, "insurgents": true, "jihadists": true, "militiamen": true,
	"militant": true, "fighter": true, "combatant": true, "gunman": true, "terrorist": true,
	"commander": true, "insurgent": true, "jihadist": true, "militiaman": true,
}

// passiveNext reports a word after "soldiers killed" that makes the verb
// a participle: "killed in Ukraine", "killed since 2022", "killed has".
// peopleName reports the plural name of a people: "palestinians",
// "ukrainians", "israelis".
func peopleName(w string) bool {
	return strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "is") && len(w) > 4 || strings.HasSuffix(w, "ese")
}

// countedAfter reports the words after a participle that give the
// count of those it names, not an object of the verb: "the number of
// Ukrainian soldiers killed stands at 43,000", "soldiers killed: 43,000",
// "put the number of soldiers killed at 43,000" (not "killed at least").
func countedAfter(toks []token, k int) bool {
	// "Russian soldiers killed likely number more than 100,000": an
	// estimative word before the verb that counts them.
	switch word(toks, k) {
	case "likely", "probably", "possibly", "reportedly", "now", "already":
		k++
	}
	switch word(toks, k) {
	case ":", "stands", "stood", "stand", "rose", "rises", "risen", "climbed", "reached", "reaches", "totals",
		"totalled", "totaled", "numbered", "number", "now", "to", "remains", "remained",
		// "The number of Ukrainian soldiers killed ranges from 60,000".
		"ranges", "ranged", "range", "varies", "varied", "exceeds", "exceeded", "passed", "tops", "topped":
		return true
	case "at":
		return k+1 < len(toks) && startsNumber(&toks[k+1]) && word(toks, k+1) != "least" && word(toks, k+1) != "most"
	}
	return false
}

func passiveNext(w string) bool {
	switch w {
	case "in", "on", "since", "during", "by", "near", "so", ",", ".", "has", "have", "had",
		"was", "were", "is", "are", "and", "or", "from", "while", "last", "this", "":
		return true
	}
	return false
}

// subordinateBetween reports a clause of time or cause opening in tokens
// [a, b): "12 civilians were killed since Ukrainian forces crossed the
// border" names the attacker there, not the dead.
func subordinateBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].w {
		case "since", "after", "when", "before", "until", "because", "as", "which", "who", "whose", "while", "whereas", "although", "though":
			return true
		}
	}
	return false
}

// inPlaceName reports capitalised words from token e that end in the
// kind of a building or place: a side named there is part of the name
// ("the Saudi Maternity Hospital", "the Kuwaiti Hospital in Rafah").
func inPlaceName(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+3; k++ {
		t := &toks[k]
		if t.k != tWord {
			return false
		}
		if !t.upper {
			// "the Saudi maternity hospital", "the Kuwaiti field
			// hospital": hospitals keep the name of the country that
			// built them, in lower case too.
			if t.w == "hospital" {
				return true
			}
			if k == e && word(toks, k+1) == "hospital" {
				continue
			}
			return false
		}
		switch t.w {
		case "hospital", "school", "university", "mosque", "church", "street", "square", "airport", "hotel",
			"market", "camp", "centre", "center", "bridge", "stadium", "embassy", "avenue", "district", "quarter",
			// "a Kyiv Independent tally", "The Moscow Times": a
			// newspaper's name.
			"independent", "post", "times", "pravda", "telegraph", "herald", "tribune", "journal", "gazette":
			return true
		}
	}
	return false
}

// inPersonName reports a one-word place at i that is the middle of a
// person's name: "spokesperson Abdifatah Aden Hassan", a capitalised
// word on each side, neither a side, a direction or a place's head
// ("Northern Gaza", "Kharkiv Oblast" are places).
func inPersonName(toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) {
		return false
	}
	p, n := &toks[i-1], &toks[i+1]
	if p.k != tWord || n.k != tWord || !p.upper || !n.upper || n.glued || p.cls&(clsActor|clsStopWords) != 0 || n.cls&clsActor != 0 {
		return false
	}
	if compassWord(p.w) {
		return false
	}
	switch p.w {
	case "central", "greater", "upper", "lower", "new", "old":
		return false
	}
	switch n.w {
	case "city", "oblast", "region", "province", "governorate", "strip", "district", "county", "state", "valley", "port",
		"raion", "krai", "bank", "heights", "front", "axis", "direction", "sector", "islands", "sea", "river", "corridor":
		return false
	}
	return !strings.HasSuffix(p.w, "'s") && !strings.HasSuffix(p.w, "’s")
}

// yearAt reports a year at token k.
func yearAt(toks []token, k int) bool {
	_, ok := yearOf(&toks[k])
	return ok
}

// copula is a form of "to be", after which a figure is what the subject
// amounts to.
func copula(w string) bool {
	switch w {
	case "was", "is", "were", "are":
		return true
	}
	return false
}

// costBefore reports "at a cost of", "at the price of" or "costing it"
// right before the figure at qs: the losses the doer paid.
func costBefore(toks []token, qs int) bool {
	for k := qs - 1; k >= 0 && k >= qs-4; k-- {
		switch toks[k].w {
		case "cost", "price":
			return word(toks, k+1) == "of"
		case "costing", "cost them", "costing them":
			return true
		}
	}
	return false
}

// takenLossAfter reports losses after "took" at k: "took 160,000
// casualties", "took heavy losses".
func takenLossAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		switch toks[j].w {
		case "casualties", "losses", "casualty":
			return true
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// verbHedge reports an adverb of report or estimate that may stand
// between a subject and its verb ("has likely lost", "almost certainly
// killed", "reportedly destroyed") without changing who did what.
func verbHedge(w string) bool {
	switch w {
	case "likely", "probably", "possibly", "reportedly", "allegedly", "apparently", "almost", "certainly", "highly", "very", "most":
		return true
	}
	return false
}

// fightNoun reports a word for fighting between sides: "clashes between
// the army and the RSF".
func fightNoun(w string) bool {
	switch w {
	case "clashes", "clash", "fighting", "battles", "battle", "combat", "confrontations", "hostilities":
		return true
	}
	return false
}

// partiesByPeople reports a noun of people among the few words after
// "between" at k, before the clause ends: "between the M23 and Congolese
// troops".
func partiesByPeople(toks []token, k int) bool {
	for hi := min(len(toks), k+7); k < hi; k++ {
		if toks[k].k == tPunct {
			return false
		}
		if toks[k].cls&clsPerson != 0 || toks[k].cls&clsMilitaryWords != 0 {
			return true
		}
	}
	return false
}

// contrastFor is contrastClauseStart for a figure at qs, asked only
// when the sentence's cue index holds a clause break before it: most
// sentences have none, and the walk back runs per figure.
func contrastFor(toks []token, cues *sentCues, qs int) int {
	if !cues.clauseBreak(0, qs) {
		return -1
	}
	return contrastClauseStart(toks, qs)
}

// contrastClauseStart returns the contrast word ("while", "whereas",
// "but") that opens the figure's clause, the last before the figure at
// qs and after a comma or semicolon, or -1.
func contrastClauseStart(toks []token, qs int) int {
	for k := min(qs, len(toks)) - 1; k > 0; k-- {
		t := &toks[k]
		if t.k == tPunct && (t.w == "." || t.w == ";") {
			return -1
		}
		if t.cls&clsCue != 0 && contrastWord(t.w) {
			if w := toks[k-1].w; w == "," || w == ";" {
				return k
			}
			return -1
		}
	}
	return -1
}

// subjectOfLoss reports a name in capitals that is the subject of a verb
// of loss in toks[a:b], the figure's clause before it: "the Taliban
// lost", "Islamic State fighters lost", "Chechen fighters suffered".
func subjectOfLoss(toks []token, a, b int) bool {
	k := a
	if word(toks, k) == "the" {
		k++
	}
	name := false
	for ; k < b && toks[k].k == tWord && toks[k].upper; k++ {
		name = true
	}
	if !name {
		return false
	}
	// The people of the name: "Chechen fighters".
	for ; k < b && toks[k].k == tWord && toks[k].cls&clsPerson != 0; k++ {
	}
	switch w := word(toks, k); {
	case ownLossVerb(w), w == "loses", w == "lose", w == "suffers", w == "sustains":
		return k < b
	}
	return false
}

// demonymAdjective reports a people's adjective by its ending:
// "Russian", "Israeli", "Sudanese", "British".
func demonymAdjective(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish"))
}

// placeRightAfter returns the land of another side than actor named
// right after the category words ending at ce ("killed in the Russian
// Federation"), or nil. (Not a town: "destroyed 12 artillery systems in
// the Pokrovsk direction" is where, not whose.)
func placeRightAfter(toks []token, ms []mention, ce int, actor string) *mention {
	for i := range ms {
		m := &ms[i]
		if m.s < ce || m.s > ce+3 {
			continue
		}
		// ("in the Russian Federation": a name that takes the article
		// is no place to markAgent.)
		if (m.loc || word(toks, m.s-1) == "the" && !m.agent) && !m.war && !m.town && m.actor != "" && m.actor != actor && (word(toks, m.s-1) == "in" || word(toks, m.s-2) == "in") {
			return m
		}
		return nil
	}
	return nil
}

// servedArmy reports the side o named after people whose noun ends at e
// (exclusive) as the army they serve: a verb of serving or enlisting
// between, then "for Russia" or "the Russian army" ("Indian nationals
// serving in the Russian army", "Cubans fighting for Russia", "Nepalis
// who enlisted in the Russian army"). Their losses are that army's.
func servedArmy(toks []token, e int, o *mention) bool {
	if o.s <= e || o.s > e+6 {
		return false
	}
	if w := word(toks, o.s-1); w != "for" && !(w == "the" && armyNoun(word(toks, o.e))) {
		return false
	}
	for k := e; k < o.s; k++ {
		switch w := toks[k].w; w {
		case "joined", "enlisted", "served", "fought", "signed", "volunteered":
			return true
		default:
			if servingWord(w) || enlistedWord(w) {
				return true
			}
		}
	}
	return false
}

// enlistedIn reports words in tokens [from, to) that say people fight
// or serve, or joined an army: "fighting for Russia", "serving in", "who
// enlisted in the Russian army" (not "who joined the protest").
func enlistedIn(toks []token, from, to int) bool {
	joined, army := false, false
	for k := from; k < to && k < len(toks); k++ {
		switch w := toks[k].w; w {
		case "fighting", "serving", "fought", "served":
			return true
		case "joined", "enlisted", "signed", "volunteered":
			joined = true
		default:
			joined = joined || enlistedWord(w)
			army = army || armyNoun(w)
		}
	}
	return joined && army
}

// servedBefore reports foreigners named a few words before the side o
// as the ones who served it: "600 Cuban citizens have fought for Russia".
func servedBefore(toks []token, o *mention) bool {
	for k := o.s - 2; k >= 0 && k >= o.s-6; k-- {
		if foreignersNounAt(toks, k) {
			return servedArmy(toks, k+1, o)
		}
	}
	return false
}

// armyNoun reports a noun of a side's armed forces after its name: "the
// Russian army", "the Russian armed forces".
func armyNoun(w string) bool {
	switch w {
	case "army", "military", "forces", "armed", "ranks", "troops":
		return true
	}
	return false
}

// foreignersNounAt reports a noun of foreigners at k: "Indian
// nationals", or a people's plural that names them ("12 Cubans").
func foreignersNounAt(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	return isForeignersNoun(toks[k].w) || toks[k].upper && toks[k].k == tWord && nationalityPlural(toks[k].w)
}

// isForeignersNoun reports a noun of foreigners, after their country's
// name: "Chinese nationals", "Indian citizens".
func isForeignersNoun(w string) bool {
	switch w {
	case "nationals", "national", "citizens", "citizen", "mercenaries", "mercenary", "volunteers", "men":
		return true
	}
	return false
}

// comparedTo reports the name at s as the yardstick a figure is
// measured against: "more than in Syria", "than Mali's", "second only
// to Ukraine", "eclipsing Syria", "compared with Yemen", "ahead of
// Sudan,".
func comparedTo(toks []token, s int) bool {
	b := s - 1
	if w := word(toks, b); w == "the" || w == "in" || w == "for" || w == "on" {
		b--
		if word(toks, b) == "in" {
			// ("than in the West Bank".)
			b--
		}
	}
	// ("than that of Ukraine", "than those in Syria".)
	if w := word(toks, b); (w == "of" || w == "in") && (word(toks, b-1) == "that" || word(toks, b-1) == "those") {
		b -= 2
	}
	switch word(toks, b) {
	case "than", "eclipsing", "surpassing", "outstripping", "exceeding", "exceeded", "outpacing", "dwarfing", "overtaking", "unlike":
		return true
	case "to":
		// "second only to", "compared to", "relative to".
		w := word(toks, b-1)
		return w == "only" && word(toks, b-2) == "second" || w == "compared" || w == "relative"
	case "with":
		return word(toks, b-1) == "compared"
	case "as":
		// "as in Syria", not "as Russia": the place the same befell.
		return word(toks, b+1) == "in"
	case "behind":
		// "behind Ukraine," in a ranking, not "behind Russian lines".
		return rankEnd(word(toks, s+1)) || rankEnd(word(toks, s+2))
	case "of":
		return word(toks, b-1) == "ahead" && (rankEnd(word(toks, s+1)) || rankEnd(word(toks, s+2)))
	}
	return false
}

// rankEnd reports a word that may close a name ranked against another:
// "behind Ukraine, where", "ahead of Syria and Yemen".
func rankEnd(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", "and", "or", "combined", "in", "(":
		return true
	}
	return false
}

// relativeBetween reports a clause of the name before opening in
// toks[a:b]: "Syria, where about 6,000 died", "Yemen (6,000)".
func relativeBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < a+3; k++ {
		switch toks[k].w {
		case "where", "which", "whose", "who", "(", "with":
			return true
		}
	}
	return false
}

// ownFigureAfter reports a figure at qs that follows the name ending at
// e with at most its possessive between: "Ukraine's 1,100".
func ownFigureAfter(toks []token, e, qs int) bool {
	switch qs - e {
	case 0:
		return true
	case 1:
		w := toks[e].w
		return w == "'s" || w == "’s" || w == "'" || w == "s"
	}
	return false
}

// partSideAfter reports a share of the whole after k in its sentence
// that names a side of its own: ", nearly two-thirds of them
// Palestinians", ", most of whom were Ukrainian". ("All of them" is the
// whole: ", all of them Palestinians".)
func partSideAfter(toks []token, k int) bool {
	for ; k+1 < len(toks); k++ {
		switch toks[k].w {
		case ".", ";":
			return false
		case ",":
			w := toks[k+1].w
			if w == "all" || w == "both" || w == "each" || !shareOfThem(toks, k+1) {
				continue
			}
			// The side right after the pronoun, as the part's people
			// ("of them Palestinians", "of whom were Ukrainian
			// soldiers"), not where they fell ("of them in Gaza").
			j := k + 2
			for j < len(toks) && !objectPronoun(toks[j].w) {
				j++
			}
			j++
			if w := word(toks, j); w == "were" || w == "are" || w == "was" {
				j++
			}
			if j < len(toks) && toks[j].cls&clsActor != 0 && toks[j].upper {
				return true
			}
		}
	}
	return false
}

// shareOfThem reports a share of the whole opening at k: "nearly
// two-thirds of them Palestinians", "more than half of them in
// Ukraine", "about 40% of them": a part's side, not the whole's.
func shareOfThem(toks []token, k int) bool {
	for j := k; j < k+6 && j+1 < len(toks); j++ {
		switch toks[j].w {
		case "of":
			return j > k && objectPronoun(toks[j+1].w)
		case ",", ".", ";", ":", "and", "(":
			return false
		}
	}
	return false
}

// bothSidesPlace returns the side whose land is named as where the
// figure ending at ce fell ("killed 3 civilians in Kupiansk", "were
// killed in eastern Congo"), or "": the first name after the figure,
// with "in" right before it or before one word of direction.
func (d *docState) bothSidesPlace(toks []token, ce int) string {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.s < ce {
			continue
		}
		if m.s > ce+4 || m.actor == "" || m.enemy || m.agent || m.war || m.sponsor {
			return ""
		}
		if word(toks, m.s-1) != "in" && !(word(toks, m.s-2) == "in" && toks[m.s-1].k == tWord && !toks[m.s-1].upper) {
			return ""
		}
		// A place of an armed side stands for the people of its land.
		if a, ok := findActor(m.actor); ok && a.Population == attrition.PopulationMilitary {
			if cs, ok := d.civilianSide(m.actor); ok {
				return cs
			}
			return ""
		}
		return m.actor
	}
	return ""
}
