package attrition

import (
	"strings"
	"sync"
	"unicode"
)

// Conflict is one war with the day its current phase began: running
// totals "since the invasion" or "since the start of the war" start then.
type Conflict struct {
	ID    string
	Name  string
	Start Date
	// End is the day the fighting ended (a ceasefire that held), zero
	// while it goes on: a running total reported after the end covers
	// the war, not the days since.
	End Date
	// Ceasefires are the days truces took effect while the war went on
	// ("since the ceasefire" counts from the latest before the text).
	Ceasefires []Date
	// TruceEnds are the days truces broke down and fighting resumed
	// ("since the ceasefire collapsed" counts from the latest before
	// the text).
	TruceEnds []Date
	// Sides lists the canonical actors whose losses are counted.
	Sides []string
	// StartWords are the phrases that name the start in reporting
	// ("full-scale invasion", "October 7").
	StartWords []string
	// Names are the lower-case phrases that name this war and no other
	// of its sides' wars ("the 44-day war", "the Second Karabakh War").
	// Each ends in "war": the extractor looks for them there.
	Names []string
}

// Actor is one side whose losses are counted, with the words that name it
// in English reporting.
type Actor struct {
	Name       string
	Population string // default population of its losses, "" when mixed
	Conflicts  []string
	// Aliases are lower-case phrases that name the actor: nouns,
	// adjectives, possessives ("russia", "russian", "moscow's").
	Aliases []string
}

// Source is a known publisher of loss figures. Party is the actor the
// publisher belongs to when it is a warring party ("" for third
// parties), which tells whose losses its "enemy" means.
type Source struct {
	Name  string
	Party string
	// Place is the side whose dead a monitor that speaks for no side
	// counts ("Syrian Observatory for Human Rights"): a figure it gives
	// with no side of its own is that side's.
	Place   string
	Aliases []string
}

// Conflicts is the conflict registry. Room is left for more: add a row.
var Conflicts = []Conflict{
	{ID: "russia-ukraine", Name: "Russia–Ukraine war (full-scale invasion)", Start: MustDate("2022-02-24"),
		Sides: []string{"Russia", "Ukraine"},
		StartWords: []string{"full-scale invasion", "the invasion", "february 2022", "24 february 2022", "february 24, 2022",
			// Russia's name for it.
			"special military operation"}},
	{ID: "israel-hamas", Name: "Israel–Hamas war", Start: MustDate("2023-10-07"),
		Ceasefires: []Date{MustDate("2023-11-24"), MustDate("2025-01-19"), MustDate("2025-10-10")},
		TruceEnds:  []Date{MustDate("2023-12-01"), MustDate("2025-03-18")},
		Sides:      []string{"Israel", "Palestinians in Gaza", "Hamas"},
		StartWords: []string{"october 7", "7 october", "october 2023"}},
	{ID: "israel-hezbollah", Name: "Israel–Hezbollah conflict", Start: MustDate("2023-10-08"), End: MustDate("2024-11-27"),
		Sides: []string{"Israel", "Lebanon", "Hezbollah"}},
	{ID: "sudan", Name: "Sudanese civil war", Start: MustDate("2023-04-15"),
		Sides:      []string{"Sudan (SAF)", "Sudan (RSF)", "Sudan (civilians)"},
		StartWords: []string{"april 2023", "15 april 2023"}},
	{ID: "tigray", Name: "Tigray war", Start: MustDate("2020-11-03"), End: MustDate("2022-11-02"),
		Sides: []string{"Ethiopia", "Tigray"}},
	{ID: "nagorno-karabakh-2020", Name: "Second Nagorno-Karabakh war", Start: MustDate("2020-09-27"), End: MustDate("2020-11-10"),
		Sides: []string{"Armenia", "Azerbaijan"},
		Names: []string{"second karabakh war", "second nagorno-karabakh war", "44-day war", "2020 karabakh war", "2020 nagorno-karabakh war", "patriotic war"}},
	{ID: "armenia-azerbaijan-2022", Name: "Armenia–Azerbaijan border clashes", Start: MustDate("2022-09-13"), End: MustDate("2022-09-14"),
		Sides: []string{"Armenia", "Azerbaijan"}},
	{ID: "karabakh-2023", Name: "Azerbaijani offensive in Nagorno-Karabakh", Start: MustDate("2023-09-19"), End: MustDate("2023-09-20"),
		Sides: []string{"Azerbaijan", "Armenia"}},
	{ID: "iran-israel-2025", Name: "Iran–Israel war", Start: MustDate("2025-06-13"), End: MustDate("2025-06-24"),
		Sides:      []string{"Iran", "Israel"},
		StartWords: []string{"operation rising lion", "rising lion", "june 13, 2025", "13 june 2025"},
		Names:      []string{"12-day war", "twelve-day war", "iran-israel war", "iran–israel war", "israel-iran war", "israel–iran war"}},
	{ID: "syria", Name: "Syrian civil war", Start: MustDate("2011-03-15"),
		Sides:      []string{"Syria"},
		StartWords: []string{"march 2011", "the 2011 uprising", "the uprising"}},
	{ID: "yemen", Name: "Yemeni civil war", Start: MustDate("2014-09-16"),
		Sides: []string{"Yemen", "Houthis"}},
	{ID: "myanmar", Name: "Myanmar civil war", Start: MustDate("2021-02-01"),
		Sides:      []string{"Myanmar"},
		StartWords: []string{"the coup", "the 2021 coup", "the february 2021 coup", "the military takeover", "the 2021 takeover"}},
	{ID: "india-pakistan-2025", Name: "India–Pakistan conflict", Start: MustDate("2025-05-07"), End: MustDate("2025-05-10"),
		Sides: []string{"India", "Pakistan"}},
	{ID: "drc-m23", Name: "M23 campaign in eastern DR Congo", Start: MustDate("2022-03-28"),
		Sides: []string{"DR Congo", "M23"}},
	{ID: "mali", Name: "Mali War", Start: MustDate("2012-01-16"),
		Sides: []string{"Mali"}},
	{ID: "burkina-faso", Name: "Jihadist insurgency in Burkina Faso", Start: MustDate("2015-08-23"),
		Sides: []string{"Burkina Faso"}},
	{ID: "nigeria", Name: "Boko Haram insurgency", Start: MustDate("2009-07-26"),
		Sides: []string{"Nigeria", "ISWAP", "Boko Haram"}},
}

// Operation is a named phase of a war with its own start, which
// reporting counts from ("since the Kursk incursion", "in the ground
// operation").
type Operation struct {
	Conflict string
	Name     string
	Start    Date
	// End is the day the phase ended, zero while it goes on.
	End Date
	// Words are the lower-case phrases that name it.
	Words []string
}

// Operations is the registry of named phases. A phrase may name a phase
// of more than one war ("the ground operation"); the war of the text
// decides.
var Operations = []Operation{
	{Conflict: "russia-ukraine", Name: "Kursk incursion", Start: MustDate("2024-08-06"), End: MustDate("2025-04-26"),
		Words: []string{"kursk incursion", "kursk offensive", "kursk operation", "incursion into kursk", "incursion into russia's kursk region", "hostilities in the kursk direction", "fighting in the kursk direction",
			// Russia's ministry: "since the beginning of the offensive in
			// the Kursk region".
			"offensive in the kursk region", "offensive in the kursk direction", "incursion into the kursk region", "invasion of the kursk region", "incursion in the kursk region", "kursk region incursion"}},
	{Conflict: "israel-hamas", Name: "Gaza ground operation", Start: MustDate("2023-10-27"),
		Words: []string{"ground operation", "ground offensive", "ground invasion", "ground incursion", "ground operations", "ground campaign", "ground war"}},
	{Conflict: "israel-hezbollah", Name: "Lebanon ground operation", Start: MustDate("2024-10-01"), End: MustDate("2024-11-27"),
		Words: []string{"ground operation", "ground offensive", "ground invasion", "ground incursion", "ground operations", "ground campaign", "ground war"}},
	// Battles whose days are settled in the record: "during the battle
	// of Bakhmut", "since the fall of Avdiivka".
	{Conflict: "russia-ukraine", Name: "Kharkiv counteroffensive", Start: MustDate("2022-09-06"), End: MustDate("2022-10-02"),
		Words: []string{"kharkiv counteroffensive", "kharkiv counter-offensive", "counteroffensive in kharkiv", "counteroffensive in the kharkiv region"}},
	{Conflict: "russia-ukraine", Name: "Battle of Bakhmut", Start: MustDate("2022-08-01"), End: MustDate("2023-05-20"),
		Words: []string{"battle of bakhmut", "battle for bakhmut", "siege of bakhmut"}},
	{Conflict: "russia-ukraine", Name: "Fall of Bakhmut", Start: MustDate("2023-05-20"), End: MustDate("2023-05-20"),
		Words: []string{"fall of bakhmut", "capture of bakhmut"}},
	{Conflict: "russia-ukraine", Name: "Battle of Avdiivka", Start: MustDate("2023-10-10"), End: MustDate("2024-02-17"),
		Words: []string{"battle of avdiivka", "battle for avdiivka", "avdiivka offensive"}},
	{Conflict: "russia-ukraine", Name: "Fall of Avdiivka", Start: MustDate("2024-02-17"), End: MustDate("2024-02-17"),
		Words: []string{"fall of avdiivka", "capture of avdiivka", "withdrawal from avdiivka"}},
	// Massacres and strikes that features retell by name, long after
	// the day: "in the Bucha massacre, Russian troops killed more than
	// 400 civilians" is of its days, not the past day's news.
	{Conflict: "russia-ukraine", Name: "Bucha massacre", Start: MustDate("2022-02-27"), End: MustDate("2022-03-31"),
		Words: []string{"bucha massacre", "massacre in bucha", "bucha killings", "killings in bucha", "occupation of bucha"}},
	{Conflict: "russia-ukraine", Name: "Mariupol theatre airstrike", Start: MustDate("2022-03-16"), End: MustDate("2022-03-16"),
		Words: []string{"mariupol theatre airstrike", "mariupol theatre bombing", "mariupol theatre strike", "mariupol theater airstrike",
			"mariupol theater bombing", "mariupol theater strike", "mariupol drama theatre", "mariupol drama theater"}},
	{Conflict: "russia-ukraine", Name: "Kramatorsk railway station attack", Start: MustDate("2022-04-08"), End: MustDate("2022-04-08"),
		Words: []string{"kramatorsk railway station attack", "kramatorsk station attack", "kramatorsk railway station strike",
			"kramatorsk station strike", "attack on kramatorsk railway station", "attack on kramatorsk station"}},
	{Conflict: "russia-ukraine", Name: "Olenivka prison massacre", Start: MustDate("2022-07-29"), End: MustDate("2022-07-29"),
		Words: []string{"olenivka prison massacre", "olenivka massacre", "olenivka prison explosion", "olenivka explosion", "olenivka prison attack"}},
	{Conflict: "russia-ukraine", Name: "Hroza missile strike", Start: MustDate("2023-10-05"), End: MustDate("2023-10-05"),
		Words: []string{"hroza missile strike", "hroza strike", "hroza attack", "strike on hroza"}},
	{Conflict: "israel-hamas", Name: "Nova festival massacre", Start: MustDate("2023-10-07"), End: MustDate("2023-10-07"),
		Words: []string{"nova festival massacre", "nova music festival", "nova festival", "supernova festival", "supernova music festival"}},
	{Conflict: "israel-hamas", Name: "Flour massacre", Start: MustDate("2024-02-29"), End: MustDate("2024-02-29"),
		Words: []string{"flour massacre"}},
	{Conflict: "tigray", Name: "Axum massacre", Start: MustDate("2020-11-28"), End: MustDate("2020-11-29"),
		Words: []string{"axum massacre", "aksum massacre", "massacre in axum", "massacre in aksum"}},
	{Conflict: "mali", Name: "Moura massacre", Start: MustDate("2022-03-27"), End: MustDate("2022-03-31"),
		Words: []string{"moura massacre", "massacre in moura", "massacre at moura"}},
	{Conflict: "burkina-faso", Name: "Solhan massacre", Start: MustDate("2021-06-04"), End: MustDate("2021-06-05"),
		Words: []string{"solhan massacre", "solhan attack", "massacre in solhan", "attack on solhan"}},
	{Conflict: "burkina-faso", Name: "Barsalogho attack", Start: MustDate("2024-08-24"), End: MustDate("2024-08-24"),
		Words: []string{"barsalogho attack", "barsalogho massacre", "attack on barsalogho", "massacre in barsalogho"}},
	{Conflict: "nigeria", Name: "Baga massacre", Start: MustDate("2015-01-03"), End: MustDate("2015-01-07"),
		Words: []string{"baga massacre", "massacre in baga", "massacre at baga"}},
	{Conflict: "sudan", Name: "Zamzam camp attack", Start: MustDate("2025-04-11"), End: MustDate("2025-04-13"),
		Words: []string{"zamzam camp attack", "zamzam attack", "zamzam massacre", "attack on zamzam", "assault on zamzam"}},
	{Conflict: "myanmar", Name: "Pazigyi airstrike", Start: MustDate("2023-04-11"), End: MustDate("2023-04-11"),
		Words: []string{"pazigyi airstrike", "pazigyi massacre", "pazigyi strike", "airstrike on pazigyi"}},
	{Conflict: "myanmar", Name: "Operation 1027", Start: MustDate("2023-10-27"),
		Words: []string{"operation 1027"}},
	{Conflict: "yemen", Name: "Operation Rough Rider", Start: MustDate("2025-03-15"), End: MustDate("2025-05-06"),
		Words: []string{"operation rough rider"}},
}

// Actors is the actor registry.
var Actors = []Actor{
	{Name: "Russia", Conflicts: []string{"russia-ukraine"}, Aliases: []string{
		"russia", "russia's", "russian", "russians", "russian federation", "moscow", "moscow's",
		"kremlin", "kremlin's", "wagner", "wagner group", "africa corps", "rf armed forces", "black sea fleet", "black sea fleet's",
		// Formations that fight in Russia's army under their own names:
		// "Akhmat fighters lost 60 men", "Storm-Z units".
		"akhmat", "akhmat battalion", "akhmat special forces", "kadyrovites", "kadyrovtsy", "kadyrov's fighters", "chechen forces",
		"storm-z", "storm z", "storm-v",
		// The occupied Donbas's proxy forces, merged into Russia's army
		// in 2023: "LPR militia", "DPR forces".
		"dpr", "lpr", "dnr", "lnr", "donetsk people's republic", "luhansk people's republic", "lugansk people's republic",
		"pro-russian separatists", "russian-backed separatists", "russia-backed separatists", "moscow-backed separatists"}},
	{Name: "Ukraine", Conflicts: []string{"russia-ukraine"}, Aliases: []string{
		"ukraine", "ukraine's", "ukrainian", "ukrainians", "kyiv", "kyiv's", "kiev", "kiev's",
		"afu", "zsu",
		// Its formations reporting names alone: "Azov lost 20 fighters".
		"azov", "azov brigade", "azov regiment", "kraken", "3rd assault brigade"}},
	{Name: "Israel", Conflicts: []string{"israel-hamas", "israel-hezbollah", "iran-israel-2025"}, Aliases: []string{
		"israel", "israel's", "israeli", "israelis", "idf", "israel defense forces", "israel defence forces",
		// Its enemies' names for it: "dozens of Zionist soldiers", "IOF".
		"zionist", "zionists", "zionist entity", "zionist enemy", "iof", "israeli occupation forces", "israeli occupation army"}},
	{Name: "Palestinians in Gaza", Population: PopulationAll, Conflicts: []string{"israel-hamas"}, Aliases: []string{
		"gaza", "gaza's", "gazan", "gazans", "palestinian", "palestinians", "palestinians in gaza"}},
	{Name: "Palestinians in the West Bank", Population: PopulationAll, Conflicts: []string{"israel-hamas"}, Aliases: []string{
		"west bank", "occupied west bank", "palestinians in the west bank", "palestinians in the occupied west bank"}},
	{Name: "Hamas", Population: PopulationMilitary, Conflicts: []string{"israel-hamas"}, Aliases: []string{
		"hamas", "hamas's", "qassam brigades", "al-qassam brigades"}},
	{Name: "Hezbollah", Population: PopulationMilitary, Conflicts: []string{"israel-hezbollah"}, Aliases: []string{
		"hezbollah", "hezbollah's"}},
	{Name: "Lebanon", Conflicts: []string{"israel-hezbollah"}, Aliases: []string{"lebanon", "lebanon's", "lebanese"}},
	{Name: "Sudan (RSF)", Population: PopulationMilitary, Conflicts: []string{"sudan"}, Aliases: []string{
		"rsf", "rapid support forces", "rsf's",
		// As the army and its allies name them.
		"dagalo militia", "dagalo's militia", "dagalo militias", "hemedti's forces", "hemedti's militia", "janjaweed"}},
	{Name: "Sudan (SAF)", Population: PopulationMilitary, Conflicts: []string{"sudan"}, Aliases: []string{
		"saf", "sudanese armed forces", "sudanese army", "sudan's army",
		// As the RSF names them.
		"burhan's militia", "burhan militia", "burhan's army", "port sudan army", "port sudan militia"}},
	{Name: "Sudan (civilians)", Population: PopulationCivilian, Conflicts: []string{"sudan"}, Aliases: []string{
		"sudanese civilians", "civilians in sudan", "sudan", "sudanese"}},
	{Name: "Ethiopia", Conflicts: []string{"tigray"}, Aliases: []string{
		"ethiopia", "ethiopian", "ethiopia's", "endf", "ethiopian national defense force"}},
	{Name: "Tigray", Conflicts: []string{"tigray"}, Aliases: []string{"tigray", "tigrayan", "tigrayans", "tplf", "tdf"}},
	{Name: "Armenia", Conflicts: []string{"nagorno-karabakh-2020", "armenia-azerbaijan-2022", "karabakh-2023"}, Aliases: []string{"armenia", "armenian", "armenians", "armenia's"}},
	{Name: "Azerbaijan", Conflicts: []string{"nagorno-karabakh-2020", "armenia-azerbaijan-2022", "karabakh-2023"}, Aliases: []string{"azerbaijan", "azerbaijani", "azerbaijanis", "azerbaijan's", "azeri"}},
	{Name: "Iran", Conflicts: []string{"iran-israel-2025"}, Aliases: []string{"iran", "iran's", "iranian", "iranians", "tehran", "tehran's",
		"irgc", "islamic revolutionary guard corps", "revolutionary guard corps", "revolutionary guards", "revolutionary guard"}},
	{Name: "Syria", Conflicts: []string{"syria"}, Aliases: []string{"syria", "syrian", "syrians", "syria's"}},
	{Name: "Yemen", Conflicts: []string{"yemen"}, Aliases: []string{"yemen", "yemeni", "yemenis", "yemen's"}},
	{Name: "Houthis", Population: PopulationMilitary, Conflicts: []string{"yemen"}, Aliases: []string{"houthi", "houthis", "ansar allah"}},
	{Name: "Myanmar", Conflicts: []string{"myanmar"}, Aliases: []string{"myanmar", "burmese", "myanmar's", "tatmadaw", "junta"}},
	{Name: "India", Conflicts: []string{"india-pakistan-2025"}, Aliases: []string{"india", "india's", "indian", "indians", "new delhi", "new delhi's"}},
	{Name: "Pakistan", Conflicts: []string{"india-pakistan-2025"}, Aliases: []string{"pakistan", "pakistan's", "pakistani", "pakistanis", "islamabad", "islamabad's"}},
	{Name: "DR Congo", Conflicts: []string{"drc-m23"}, Aliases: []string{
		"dr congo", "drc", "congolese", "democratic republic of congo", "democratic republic of the congo", "fardc", "kinshasa",
		"eastern congo", "congo's east", "eastern dr congo", "eastern drc"}},
	{Name: "M23", Population: PopulationMilitary, Conflicts: []string{"drc-m23"}, Aliases: []string{"m23", "m23 rebels", "march 23 movement"}},
	{Name: "Mali", Conflicts: []string{"mali"}, Aliases: []string{"mali", "mali's", "malian", "malians", "bamako"}},
	{Name: "Burkina Faso", Conflicts: []string{"burkina-faso"}, Aliases: []string{"burkina faso", "burkina faso's", "burkinabe", "ouagadougou",
		// Its armed auxiliaries, the Volunteers for the Defence of the Homeland.
		"vdp"}},
	{Name: "Nigeria", Conflicts: []string{"nigeria"}, Aliases: []string{"nigeria", "nigeria's", "nigerian", "nigerians", "abuja"}},
	{Name: "ISWAP", Population: PopulationMilitary, Conflicts: []string{"nigeria"}, Aliases: []string{
		"iswap", "islamic state west africa province", "islamic state west africa"}},
	{Name: "Boko Haram", Population: PopulationMilitary, Conflicts: []string{"nigeria"}, Aliases: []string{"boko haram"}},
}

// Sources is the registry of well-known publishers; unknown sources are
// stored as written.
var Sources = []Source{
	{Name: "General Staff of the Armed Forces of Ukraine", Party: "Ukraine", Aliases: []string{
		"general staff of the armed forces of ukraine", "ukrainian general staff", "ukraine's general staff",
		"general staff of ukraine", "ua general staff", "general staff"}},
	{Name: "Ministry of Defence of Ukraine", Party: "Ukraine", Aliases: []string{
		"ministry of defence of ukraine", "ukrainian ministry of defence", "ukraine's ministry of defence",
		"ukrainian defence ministry", "ukraine's defence ministry", "ukrainian defense ministry", "mod ukraine",
		"ukraine's mod", "ukrainian mod", "ukraine's defense ministry"}},
	{Name: "Ministry of Defence of the Russian Federation", Party: "Russia", Aliases: []string{
		"russian ministry of defence", "russian defence ministry", "russian defense ministry",
		"russia's defence ministry", "russia's defense ministry", "ministry of defence of the russian federation",
		"moscow's defence ministry", "moscow's defense ministry", "russian ministry of defense", "russian mod",
		"russia's mod", "moscow's mod"}},
	// Russia's General Staff speaks of Ukraine's losses; the bare
	// "General Staff" above is Kyiv's, whose daily tally is the most cited.
	{Name: "General Staff of the Armed Forces of Russia", Party: "Russia", Aliases: []string{
		"general staff of the armed forces of russia", "russia's general staff", "russian general staff",
		"general staff of the russian armed forces", "general staff of russia", "moscow's general staff"}},
	// Ukraine's military intelligence directorate (HUR, also GUR) gives
	// its own estimates, apart from the General Staff's daily tally.
	{Name: "Defence Intelligence of Ukraine", Party: "Ukraine", Aliases: []string{
		"defence intelligence of ukraine", "hur", "gur", "ukraine's military intelligence", "ukrainian military intelligence",
		"ukraine's defence intelligence", "ukrainian defence intelligence", "ukraine's defense intelligence",
		"ukraine's main intelligence directorate", "main intelligence directorate", "ukraine's military intelligence agency",
		"ukrainian military intelligence agency", "ukraine's hur", "ukraine's gur"}},
	// South Korea's National Intelligence Service briefs lawmakers on
	// North Korean troops' losses.
	{Name: "South Korea's National Intelligence Service", Aliases: []string{
		"south korea's national intelligence service", "south korea's spy agency",
		"south korean spy agency", "south korea's intelligence agency", "south korean intelligence", "seoul's spy agency",
		"south korea's nis", "seoul's national intelligence service", "south korean intelligence agency"}},
	{Name: "US Office of the Director of National Intelligence", Aliases: []string{
		"us office of the director of national intelligence", "office of the director of national intelligence",
		"odni", "us director of national intelligence", "director of national intelligence"}},
	{Name: "Sudanese Armed Forces", Party: "Sudan (SAF)", Aliases: []string{
		"sudanese armed forces", "saf", "sudan's army", "sudanese army", "sudan's military", "sudanese military",
		"sudan's armed forces", "the sudanese army"}},
	{Name: "Rapid Support Forces", Party: "Sudan (RSF)", Aliases: []string{"rapid support forces", "rsf", "sudan's rapid support forces"}},
	// The Houthis' own name for their forces, whose spokesman reports
	// "the enemy's" losses: "the Yemeni Armed Forces said they shot down
	// 3 enemy aircraft".
	{Name: "Yemeni Armed Forces", Party: "Houthis", Aliases: []string{
		"yemeni armed forces", "houthi armed forces"}},
	{Name: "US Central Command", Aliases: []string{
		"us central command", "u.s. central command", "centcom", "us centcom", "u.s. centcom", "central command"}},
	{Name: "Malian Armed Forces", Party: "Mali", Aliases: []string{
		"malian armed forces", "fama", "mali's army", "malian army", "mali's armed forces", "general staff of the malian armed forces",
		"mali's military", "malian military"}},
	{Name: "Armed Forces of the DR Congo", Party: "DR Congo", Aliases: []string{
		"armed forces of the dr congo", "fardc", "congolese army", "congo's army", "congolese armed forces",
		"armed forces of the democratic republic of the congo", "drc army", "dr congo's army", "congolese military", "congo's military"}},
	{Name: "Nigerian Army", Party: "Nigeria", Aliases: []string{"nigerian army", "nigeria's army", "nigerian military", "nigeria's military"}},
	{Name: "Indian Army", Party: "India", Aliases: []string{"indian army", "india's army", "indian military", "india's military"}},
	{Name: "UK Ministry of Defence", Aliases: []string{
		"uk ministry of defence", "uk defence intelligence", "british defence intelligence", "british ministry of defence",
		"uk mod", "defence intelligence", "british intelligence", "uk defence ministry", "britain's ministry of defence",
		"british mod", "britain's mod", "the british mod", "britain's military intelligence", "british military intelligence",
		"uk military intelligence", "britain's defence ministry", "british defence ministry", "uk defence intelligence update"}},
	{Name: "US Department of Defense", Aliases: []string{"pentagon", "us department of defense", "department of defense", "us defense department"}},
	// Counters of one side's dead by name watch that side.
	{Name: "Mediazona", Place: "Russia", Aliases: []string{"mediazona", "mediazona and bbc russian", "bbc russian and mediazona",
		"mediazona and the bbc russian service", "mediazona and bbc russian service", "the bbc russian service and mediazona",
		"bbc russian service and mediazona", "mediazona and the bbc", "the bbc and mediazona", "bbc and mediazona", "mediazona and bbc"}},
	{Name: "Meduza", Aliases: []string{"meduza"}},
	{Name: "BBC Russian", Place: "Russia", Aliases: []string{"bbc russian", "bbc russian service"}},
	{Name: "IISS", Aliases: []string{"iiss", "international institute for strategic studies"}},
	{Name: "CSIS", Aliases: []string{"csis", "center for strategic and international studies"}},
	{Name: "Israel Defense Forces", Party: "Israel", Aliases: []string{"idf", "israel defense forces", "israeli military", "israeli army"}},
	{Name: "Government Media Office in Gaza", Party: "Palestinians in Gaza", Aliases: []string{
		"government media office in gaza", "gaza's government media office", "gaza government media office",
		"hamas-run government media office", "government media office", "gaza media office"}},
	{Name: "Gaza Health Ministry", Party: "Palestinians in Gaza", Aliases: []string{
		"gaza health ministry", "gaza's health ministry", "health ministry in gaza", "ministry of health in gaza", "gaza ministry of health",
		"moh in gaza", "gaza moh", "gaza's moh", "health ministry in the gaza strip", "gaza strip health ministry",
		"palestinian health ministry in gaza", "palestinian ministry of health in gaza"}},
	// The Palestinian Authority's ministry in Ramallah counts the West
	// Bank's dead; the press names it apart from Gaza's ministry.
	{Name: "Palestinian Health Ministry", Party: "Palestinians in the West Bank", Aliases: []string{
		"palestinian health ministry", "palestinian ministry of health", "palestinian health ministry in ramallah",
		"palestinian ministry of health in ramallah", "health ministry in ramallah", "ramallah-based health ministry",
		"palestinian authority's health ministry", "palestinian authority health ministry"}},
	// Gaza's civil defence service recovers the dead after strikes and
	// gives its own tolls.
	{Name: "Palestinian Civil Defence", Party: "Palestinians in Gaza", Aliases: []string{
		"palestinian civil defence", "palestinian civil defense", "civil defence in the gaza strip", "civil defence in gaza",
		"gaza civil defence", "gaza's civil defence", "gaza's civil defence agency", "gaza's civil defence service",
		"gaza civil defense", "gaza's civil defense", "gaza's civil defense agency", "civil defense in gaza"}},
	// Hamas's armed wing speaks under its own name.
	{Name: "Qassam Brigades", Party: "Hamas", Aliases: []string{"qassam brigades", "al-qassam brigades", "izz ad-din al-qassam brigades",
		"ezzedine al-qassam brigades", "izz al-din al-qassam brigades", "hamas's armed wing", "hamas' armed wing", "armed wing of hamas"}},
	// Hezbollah's armed wing signs its statements so.
	{Name: "Islamic Resistance in Lebanon", Party: "Hezbollah", Aliases: []string{"islamic resistance in lebanon", "islamic resistance"}},
	{Name: "UN OCHA", Aliases: []string{"ocha", "un ocha", "un office for the coordination of humanitarian affairs"}},
	{Name: "ACLED", Aliases: []string{"acled", "armed conflict location and event data"}},
	{Name: "UCDP", Aliases: []string{"ucdp", "uppsala conflict data program"}},
	{Name: "Oryx", Aliases: []string{"oryx", "oryxspioenkop"}},
	{Name: "The Economist", Aliases: []string{"the economist", "economist"}},
	// Monitors, researchers and agencies whose counts the press cites
	// under several spellings: one name each, so that one publisher is
	// one source in the ledger.
	{Name: "ISW", Aliases: []string{"isw", "institute for the study of war", "us-based institute for the study of war"}},
	{Name: "RUSI", Aliases: []string{"rusi", "royal united services institute"}},
	{Name: "Defense Intelligence Agency", Aliases: []string{"defense intelligence agency", "dia", "us defense intelligence agency",
		"pentagon's defense intelligence agency", "u.s. defense intelligence agency", "defence intelligence agency"}},
	{Name: "Syrian Observatory for Human Rights", Place: "Syria", Aliases: []string{"syrian observatory for human rights", "sohr",
		"britain-based syrian observatory for human rights", "uk-based syrian observatory for human rights", "syrian observatory",
		// The wires' names for it, unnamed: "a Britain-based war monitor said".
		"syrian monitor", "syria monitor", "syrian war monitor", "syria war monitor", "britain-based war monitor", "britain-based monitor", "uk-based war monitor", "uk-based monitor"}},
	{Name: "Syrian Network for Human Rights", Place: "Syria", Aliases: []string{"syrian network for human rights", "snhr"}},
	{Name: "UN Human Rights Monitoring Mission in Ukraine", Place: "Ukraine", Aliases: []string{"un human rights monitoring mission in ukraine", "hrmmu",
		"human rights monitoring mission in ukraine", "un human rights monitoring mission", "un monitoring mission in ukraine",
		"un's human rights monitoring mission in ukraine", "united nations human rights monitoring mission in ukraine"}},
	{Name: "UN Human Rights Office", Aliases: []string{"un human rights office", "ohchr", "un's human rights office",
		"un office of the high commissioner for human rights", "office of the un high commissioner for human rights",
		"office of the high commissioner for human rights", "un rights office", "united nations human rights office"}},
	{Name: "Iraq Body Count", Place: "Iraq", Aliases: []string{"iraq body count", "ibc"}},
	{Name: "Committee to Protect Journalists", Aliases: []string{"committee to protect journalists", "cpj"}},
	// Its initials, RSF, are also the Rapid Support Forces': the
	// extractor reads them as the press group's among journalists' counts.
	{Name: "Reporters Without Borders", Aliases: []string{"reporters without borders", "reporters sans frontières", "reporters sans frontieres"}},
	{Name: "Airwars", Aliases: []string{"airwars"}},
	{Name: "ICRC", Aliases: []string{"icrc", "international committee of the red cross"}},
	{Name: "Médecins Sans Frontières", Aliases: []string{"médecins sans frontières", "medecins sans frontieres", "msf",
		"doctors without borders"}},
	{Name: "World Health Organization", Aliases: []string{"world health organization", "world health organisation"}},
	{Name: "Assistance Association for Political Prisoners", Place: "Myanmar", Aliases: []string{"assistance association for political prisoners", "aapp"}},
	{Name: "HRANA", Aliases: []string{"hrana", "human rights activists news agency", "us-based human rights activists news agency"}},
	{Name: "UALosses", Place: "Ukraine", Aliases: []string{"ualosses"}},
	{Name: "London School of Hygiene & Tropical Medicine", Aliases: []string{"london school of hygiene & tropical medicine",
		"london school of hygiene and tropical medicine", "lshtm"}},
	{Name: "The Lancet", Aliases: []string{"the lancet", "lancet"}},
	{Name: "Inter-Services Public Relations", Party: "Pakistan", Aliases: []string{"inter-services public relations",
		"inter services public relations", "ispr"}},
	{Name: "Lebanon's health ministry", Party: "Lebanon", Aliases: []string{"lebanon's health ministry", "lebanese health ministry",
		"lebanese ministry of public health", "lebanon's ministry of public health", "health ministry in lebanon",
		"lebanon's ministry of health", "lebanese ministry of health"}},
	{Name: "Iran's health ministry", Party: "Iran", Aliases: []string{"iran's health ministry", "iranian health ministry",
		"iranian ministry of health", "iran's ministry of health", "health ministry in iran"}},
}

// FindConflict returns the conflict with the given ID.
func FindConflict(id string) (Conflict, bool) {
	for _, c := range Conflicts {
		if c.ID == id {
			return c, true
		}
	}
	return Conflict{}, false
}

// FindActor returns the registry entry of a canonical actor name.
func FindActor(name string) (Actor, bool) {
	for _, a := range Actors {
		if strings.EqualFold(a.Name, name) {
			return a, true
		}
	}
	return Actor{}, false
}

// ConflictOf returns the conflict an actor is a side of (its first one).
func ConflictOf(actor string) (Conflict, bool) {
	a, ok := FindActor(actor)
	if !ok || len(a.Conflicts) == 0 {
		return Conflict{}, false
	}
	return FindConflict(a.Conflicts[0])
}

// Enemy returns the other side of actor in its conflict when the conflict
// has exactly two main sides (the first two listed).
func Enemy(actor string) (string, bool) {
	c, ok := ConflictOf(actor)
	if !ok || len(c.Sides) < 2 {
		return "", false
	}
	switch {
	case strings.EqualFold(c.Sides[0], actor):
		return c.Sides[1], true
	case strings.EqualFold(c.Sides[1], actor):
		return c.Sides[0], true
	}
	return "", false
}

// normalizePhrase lowers a phrase, folds curly apostrophes and collapses
// white space, so that registry look-ups see one spelling.
func normalizePhrase(s string) string {
	// Most names come lower case or with capitals only, single-spaced,
	// in ASCII: one pass, and no copy when already normal.
	plain, lower := plainPhrase(s)
	if plain {
		if lower {
			return s
		}
		return string(lowerPlainInto(make([]byte, len(s)), s))
	}
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
}

// Byte classes of plainPhrase: a byte of class 0 leaves a phrase plain
// and lower case.
const (
	phraseUpper = 1 + iota
	phraseSpace
	phraseOther // a byte of a non-ASCII character or white space other than ' '
)

var phraseClass = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = phraseOther
	}
	for _, c := range "\t\n\r\v\f" {
		t[c] = phraseOther
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = phraseUpper
	}
	t[' '] = phraseSpace
	return t
}()

// plainPhrase reports whether s is normal as it is but for its case:
// ASCII, with no white space but single spaces between words; and
// whether it is lower case too.
func plainPhrase(s string) (plain, lower bool) {
	lower = true
	for i := 0; i < len(s); i++ {
		switch phraseClass[s[i]] {
		case 0:
		case phraseUpper:
			lower = false
		case phraseSpace:
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false, lower
			}
		default:
			return false, lower
		}
	}
	return true, lower
}

// lowerPlainInto writes s lowered into b, which is as long, and returns b.
func lowerPlainInto(b []byte, s string) []byte {
	b = b[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ResolveActor maps a name, adjective or alias ("Russian forces" needs the
// caller to pass "Russian") to its canonical actor. A canonical name is
// accepted in any case.
func ResolveActor(s string) (string, bool) {
	n := normalizePhrase(s)
	if n == "" {
		return "", false
	}
	for _, a := range Actors {
		if strings.ToLower(a.Name) == n {
			return a.Name, true
		}
	}
	for _, a := range Actors {
		for _, al := range a.Aliases {
			if al == n {
				return a.Name, true
			}
		}
	}
	return "", false
}

// ResolveSource maps a publisher's name or alias to its registry entry.
func ResolveSource(s string) (Source, bool) {
	// The extractor resolves a name for most attributions it reads: a
	// plain name is lowered on the stack as its bytes are classed, in
	// one pass, and the map look-up of those bytes copies them nowhere.
	var buf [64]byte
	var i int
	var ok bool
	if b, plain := lowerPlainPhrase(&buf, s); plain {
		if len(b) >= 4 && string(b[:4]) == "the " {
			b = b[4:]
		}
		i, ok = sourceIndex()[string(b)]
	} else {
		i, ok = sourceIndex()[strings.TrimPrefix(normalizePhrase(s), "the ")]
	}
	if ok {
		return Sources[i], true
	}
	return Source{}, false
}

// lowerPlainPhrase writes s lowered into buf when it is plain
// (plainPhrase) and fits, and returns its bytes there; normalizePhrase
// would return the same.
func lowerPlainPhrase(buf *[64]byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch phraseClass[c] {
		case 0:
		case phraseUpper:
			c += 'a' - 'A'
		case phraseSpace:
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return nil, false
			}
		default:
			return nil, false
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// sourceIndex maps each source's name in lower case and each alias to its
// place in Sources, the first source holding it winning as in a search
// of the list: the extractor resolves a name for most attributions it
// reads.
// It is built on first use, behind a sync.Once whose test inlines: the
// call of a sync.OnceValue's function costs more than the look-up's
// hashing of a short name.
func sourceIndex() map[string]int {
	sourceIndexOnce.Do(func() {
		idx := make(map[string]int, 8*len(Sources))
		for i, src := range Sources {
			for _, k := range append([]string{strings.ToLower(src.Name)}, src.Aliases...) {
				if _, dup := idx[k]; !dup {
					idx[k] = i
				}
			}
		}
		sourceIndexMap = idx
	})
	return sourceIndexMap
}

var (
	sourceIndexOnce sync.Once
	sourceIndexMap  map[string]int
)

// CanonicalSource returns the registry's spelling of a publisher's name
// ("UK MoD" → "UK Ministry of Defence"), or the name trimmed when the
// registry does not know it, so that one publisher is one source.
func CanonicalSource(s string) string {
	if src, ok := ResolveSource(s); ok {
		return src.Name
	}
	// "Pakistan’s military" and "Pakistan's military" are one source:
	// the apostrophe's typography is the writer's, not the name's.
	return strings.ReplaceAll(strings.TrimSpace(s), "’", "'")
}

// CanonicalActor returns the canonical spelling of an actor given by a
// user or file, or the input trimmed when the registry does not know it:
// any conflict may be recorded, the registry only unifies spellings.
func CanonicalActor(s string) string {
	if a, ok := ResolveActor(s); ok {
		return a
	}
	return strings.TrimSpace(s)
}
