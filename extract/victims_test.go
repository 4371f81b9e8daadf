package extract

import (
	"strings"
	"testing"
)

// The attackers' soldiers or weapons name no population of the dead.
func TestAttackerNotVictims(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian army shelling kills 4 in Kherson", want: [][]string{{"killed Ukraine/all [4..4]"}}},
		{text: "Army drone strike on wedding kills 15 in Burkina Faso", want: [][]string{{"killed Burkina Faso/all [15..15]"}}},
		{text: "Military airstrikes killed 30 in Sagaing.", want: [][]string{{"killed Myanmar/all [30..30]"}}},
		{text: "Airstrikes by the military killed 50 people in Sagaing in May.", want: [][]string{{"killed Myanmar/all [50..50]"}}},
		{text: "The military killed 50 people in Sagaing in May.", want: [][]string{{"killed Myanmar/all [50..50]"}}},
		{text: "Shelling caused 50 casualties in Kherson in May, including 12 deaths.", want: [][]string{
			{"casualties Ukraine/all [50..50]"},
			{"killed Ukraine/all [12..12]"},
		}},
		{text: "Landmines caused 1,050 casualties in Myanmar in 2024.", want: [][]string{{"casualties Myanmar/all [1050..1050]"}}},
		{text: "There were 1,050 casualties from landmines in Myanmar in 2024.", want: [][]string{{"casualties Myanmar/all [1050..1050]"}}},
		// Still an army's own: its soldiers as the dead.
		{text: "Russia has suffered 700,000 casualties, the army said.", want: [][]string{{"casualties Russia/military [700000..700000]"}}},
		{text: "Israeli soldiers killed in Gaza: 429", want: [][]string{{"killed Israel/military [429..429]"}}},
		{text: "Russian losses were put at 20,000 killed by the army.", want: [][]string{{"killed Russia/military [20000..20000]"}}},
	})
}

// People of both kinds in one figure are of every kind.
func TestMixedPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The attack killed 50 soldiers and civilians in Borno State on 3 June.", want: [][]string{{"killed Nigeria/all [50..50]"}}},
		{text: "50 soldiers and civilians were killed in the attack.", want: [][]string{{"killed /all [50..50]"}}},
		{text: "The attack killed 50 civilians and soldiers.", want: [][]string{{"killed /all [50..50]"}}},
		{text: "The attack killed 50 civilians and military personnel.", want: [][]string{{"killed /all [50..50]"}}},
		{text: "The attack killed 12 women and children.", want: [][]string{{"killed /civilian [12..12]"}}},
		{text: "40 soldiers and militiamen were killed.", want: [][]string{{"killed /military [40..40]"}}},
	})
}

// Towns and spellings of the places whose people are one side's; a
// country's people of a war with armed sides of its own are every side's.
func TestPlacesPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Shelling killed 20 people in Mariupol.", want: [][]string{{"killed Ukraine/all [20..20]"}}},
		{text: "Shelling killed 20 people in Al Fashir.", want: [][]string{{"killed Sudan (civilians)/civilian [20..20]"}}},
		{text: "Shelling killed 20 people in El Fashir.", want: [][]string{{"killed Sudan (civilians)/civilian [20..20]"}}},
		{text: "Shelling killed 20 people in Al-Fasher.", want: [][]string{{"killed Sudan (civilians)/civilian [20..20]"}}},
		{text: "Shelling killed 20 people in Deir al Balah.", want: [][]string{{"killed Palestinians in Gaza/all [20..20]"}}},
		{text: "Shelling killed 20 people in North Kivu.", want: [][]string{{"killed DR Congo/all [20..20]"}}},
		{text: "Shelling killed 20 people in South Kivu.", want: [][]string{{"killed DR Congo/all [20..20]"}}},
		{text: "Shelling killed 20 people in Masisi.", want: [][]string{{"killed DR Congo/all [20..20]"}}},
		{text: "Shelling killed 20 people in Minova.", want: [][]string{{"killed DR Congo/all [20..20]"}}},
		{text: "Shelling killed 20 people in Rutshuru.", want: [][]string{{"killed DR Congo/all [20..20]"}}},
		// The sides whose first word the places share still read.
		{text: "North Korea lost 4,000 soldiers in Kursk.", want: [][]string{{"casualties North Korea/military [4000..4000]"}}},
		{text: "Al Shabaab fighters killed 12 soldiers in Mogadishu.", want: [][]string{{"killed Somalia/military [12..12]"}}},
		// Wounded a town's hospitals take in are its people.
		{text: "In Minova, our team has treated more than 80 wounded since the end of January.", want: [][]string{{"wounded DR Congo/all [80..·]"}}},
		{text: "More than 28,700 people have been killed in Sudan since the war began.", want: [][]string{{"killed /all [28700..·]"}}},
		{text: "In 2024, 12,000 people were killed in Sudan.", want: [][]string{{"killed /all [12000..12000]"}}},
		{text: "In 2024, 12,000 civilians were killed in Sudan.", want: [][]string{{"killed Sudan (civilians)/civilian [12000..12000]"}}},
		{text: "Attacks on health care in Sudan have killed 1,204 people.", want: [][]string{{"killed Sudan (civilians)/civilian [1204..1204]"}}},
	})
}

// Deaths and injuries counted together are casualties.
func TestDeathsAndInjuries(t *testing.T) {
	runCases(t, []claimCase{
		{text: "OHCHR recorded 1,500 civilian deaths and injuries in Ukraine in May.", want: [][]string{{"casualties Ukraine/civilian [1500..1500]"}}},
		{text: "OHCHR recorded 1,500 civilian deaths or injuries in Ukraine in May.", want: [][]string{{"casualties Ukraine/civilian [1500..1500]"}}},
		{text: "OHCHR recorded 1,500 civilian fatalities and injuries in Ukraine in May.", want: [][]string{{"casualties Ukraine/civilian [1500..1500]"}}},
		{text: "1,500 civilians were killed or injured in Ukraine in May.", want: [][]string{{"casualties Ukraine/civilian [1500..1500]"}}},
		// Still deaths alone.
		{text: "OHCHR recorded 1,500 civilian deaths in Ukraine in May.", want: [][]string{{"killed Ukraine/civilian [1500..1500]"}}},
	})
}

// A bare toll in a town of one side's land, a capital too, is its
// people's, as "12 people killed in Dnipro" is; not the dead of fighting
// there, nor a region's count of fatalities over months.
func TestBareTownToll(t *testing.T) {
	runCases(t, []claimCase{
		{text: "12 killed in Dnipro", want: [][]string{{"killed Ukraine/all [12..12]"}}},
		{text: "12 people killed in Dnipro", want: [][]string{{"killed Ukraine/all [12..12]"}}},
		{text: "The death toll in Kyiv has risen to 15.", want: [][]string{{"killed Ukraine/all [15..15]"}}},
		{text: "Death toll climbs to 28 in Kyiv", want: [][]string{{"killed Ukraine/all [28..28]"}}},
		{text: "Rescuers pulled 23 bodies from the rubble of the building in Kyiv's Sviatoshynskyi district.", want: [][]string{{"killed Ukraine/all [23..23]"}}},
		{text: "Three killed and 14 injured in Kharkiv overnight.", want: [][]string{
			{"killed Ukraine/all [3..3]"},
			{"wounded Ukraine/all [14..14]"},
		}},
		{text: "Five killed in Belgorod, governor says.", want: [][]string{{"killed Russia/", "[5..5]"}}},
		// Fighting there: either side's soldiers.
		{text: "Heavy fighting around Chasiv Yar and Pokrovsk has left dozens dead.", want: [][]string{{"killed /", "[12..·]"}}},
		// A region's count over months counts fighters too.
		{text: "ACLED recorded 4,310 reported fatalities in Darfur between March and June.", want: [][]string{{"killed /", "[4310..4310]"}}},
	})
}

// The dead of strikes on a land, by no doer the text names, are its
// people; a doer named keeps its own reading.
func TestStruckLand(t *testing.T) {
	runCases(t, []claimCase{
		{text: "US strikes on Yemen kill 74", want: [][]string{{"killed Yemen/all [74..74]"}}},
		{text: "Strikes on Yemen kill 74 people", want: [][]string{{"killed Yemen/all [74..74]"}}},
		{text: "Airstrikes in Yemen kill 74", want: [][]string{{"killed Yemen/all [74..74]"}}},
		{text: "Strikes on Iran's Isfahan kill 9", want: [][]string{{"killed Iran/all [9..9]"}}},
		{text: "Toll from U.S. air strikes on Yemen's Ras Isa fuel port climbed to 80", want: [][]string{{"killed Yemen/all [80..80]"}}},
		{text: "Israeli strikes on Lebanon kill 12", want: [][]string{{"killed Lebanon/all [12..12]"}}},
		// People killed where an armed group was struck are its land's
		// people; its fighters are its own. The attack is one day's news.
		{text: "Israeli strikes on Hezbollah targets killed 25 people.", pub: "2024-10-10", want: [][]string{{"killed Lebanon/all [25..25]", "2024-10-09→2024-10-10"}}},
		{text: "Israeli strikes on Hezbollah positions in southern Lebanon killed 25 civilians.", pub: "2024-10-10", want: [][]string{{"killed Lebanon/civilian [25..25]"}}},
		{text: "Israeli strikes on Hezbollah targets killed 25 fighters.", pub: "2024-10-10", want: [][]string{{"killed Hezbollah/military [25..25]", "2024-10-09→2024-10-10"}}},
		{text: "Russian strikes on Ukrainian positions killed 25 soldiers.", want: [][]string{{"killed Ukraine/military [25..25]", "2025-06-11→2025-06-12"}}},
		{text: "Russian shelling of residential buildings has killed 4,000 people in Kharkiv since 2022.", want: [][]string{{"killed Ukraine/all [4000..4000]", "2022-02-24→2025-06-12"}}},
		// Equipment struck is no land's dead.
		{text: "Strikes on Yemen destroyed 12 drones", want: [][]string{{"equipment:drones /", "[12..12]"}}},
	})
}

// The enemies an army kills are not its side's, even in a war the
// registry counts under that side alone; the army's own toll is its own,
// wherever its soldiers fell.
func TestArmyAndItsEnemies(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Troops kill 30 jihadists in northern Mali, army says", want: [][]string{{"killed /military [30..30]"}}},
		{text: "Troops killed 30 jihadists in northern Mali", want: [][]string{{"killed /military [30..30]"}}},
		{text: "Soldiers killed 40 militants in Burkina Faso, the army said.", want: [][]string{{"killed /military [40..40]"}}},
		{text: "Israel's military says soldier killed in southern Gaza, bringing army death toll in ground offensive to 428", want: [][]string{{"killed Israel/military [428..428]"}}},
		{text: "The IDF said a soldier was killed in northern Gaza, raising the army's death toll in the ground operation to 405.", want: [][]string{
			{"killed Israel/military [1..1]"},
			{"killed Israel/military [405..405]"},
		}},
		// A toll of the place, not the army's, stays the place's.
		{text: "The death toll in Gaza has risen to 40,000, the Israeli military said.", want: [][]string{{"killed Palestinians in Gaza/all [40000..40000]"}}},
	})
}

// A clause in contrast with the one before ("…, while …") that names
// its own losers, by a name the registry does not know or by the land
// they fell in, does not take the side of the clause before; a clause
// that names none does.
func TestContrastClauseSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Western estimates suggest the RSF has lost tens of thousands of fighters, while as many as 150,000 people may have died across Sudan.", want: [][]string{
			{"casualties Sudan (RSF)/military [10000..·]"},
			{"killed /all [·..150000]"},
		}},
		{text: "US forces lost 2,400 killed, while the Taliban lost 3,000 killed.", want: [][]string{
			{"killed United States/", "[2400..2400]"},
			{"killed /", "[3000..3000]"},
		}},
		{text: "Russian forces lost 5,732 killed, while Chechen fighters lost 3,000–17,000 killed", want: [][]string{
			{"killed Russia/", "[5732..5732]"},
			{"killed /", "[3000..17000]"},
		}},
		{text: "US forces lost 58,000 killed, while the Viet Cong lost over 1 million.", want: [][]string{
			{"killed United States/", "[58000..58000]"},
			{"casualties /", "[1e+06..·]"},
		}},
		{text: "Iraqi forces lost 500 killed, while Islamic State fighters lost 2,000.", want: [][]string{
			{"killed Iraq/", "[500..500]"},
			{"casualties /", "[2000..2000]"},
		}},
		// No losers of its own: the side before.
		{text: "Russia lost 5,000 killed, while 12,000 were wounded.", want: [][]string{
			{"killed Russia/", "[5000..5000]"},
			{"wounded Russia/", "[12000..12000]"},
		}},
		{text: "Russia lost 5,000 killed, while 12,000 were wounded in Bakhmut.", want: [][]string{
			{"killed Russia/", "[5000..5000]"},
			{"wounded Russia/", "[12000..12000]"},
		}},
		{text: "Israel lost 300 soldiers, while 40,000 people were killed in Gaza.", want: [][]string{
			{"casualties Israel/military [300..300]"},
			{"killed Palestinians in Gaza/all [40000..40000]"},
		}},
	})
}

// "British" and "UK" name Britain's losses as the owner of the people
// after them or as the subject of a loss, wherever they fell; never as
// a doer, whose enemy the registry does not know.
func TestBritishLosses(t *testing.T) {
	runCases(t, []claimCase{
		{text: "British forces suffered 457 deaths in Afghanistan.", want: [][]string{{"killed United Kingdom/military [457..457]"}}},
		{text: "British forces suffered 457 deaths.", want: [][]string{{"killed United Kingdom/military [457..457]"}}},
		{text: "The UK lost 457 service personnel in Afghanistan.", want: [][]string{{"casualties United Kingdom/military [457..457]"}}},
		{text: "Two British soldiers were killed in Helmand.", want: [][]string{{"killed United Kingdom/military [2..2]"}}},
		{text: "US and British strikes killed 12 people in Yemen.", want: [][]string{{"killed Yemen/all [12..12]"}}},
		{text: "US and British air strikes on Hodeidah killed 16 people, the Houthi-run health ministry said.", want: [][]string{{"killed Yemen/all [16..16]"}}},
		{text: "British troops killed 30 Taliban fighters.", want: [][]string{{"killed /military [30..30]"}}},
		{text: "The UK Ministry of Defence said Russia lost 1,000 soldiers.", want: [][]string{{"casualties Russia/military [1000..1000]"}}},
	})
}

// A people's adjective before "killed" or "dead" names the dead, not a
// doer; a state's dead, named so, in a long war of states alone are its
// soldiers (the corpus's "over 110,000 Russian dead"), not in a war with
// an armed group among its sides.
func TestSideDead(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian killed number about 200,000.", want: [][]string{{"killed Russia/military [200000..200000]"}}},
		{text: "Russian killed are estimated at around 200,000.", want: [][]string{{"killed Russia/military [200000..200000]"}}},
		{text: "Russian dead are estimated at around 200,000.", want: [][]string{{"killed Russia/military [200000..200000]"}}},
		{text: "Russian war dead pass 100,000, BBC Russian count shows", want: [][]string{{"killed Russia/military [100000..·]"}}},
		{text: "Russia's war dead top 100,000.", want: [][]string{{"killed Russia/military [100000..·]"}}},
		{text: "Ukrainian dead number 60,000.", want: [][]string{{"killed Ukraine/military [60000..60000]"}}},
		{text: "Lebanon's war dead at 4,047.", want: [][]string{{"killed Lebanon/all [4047..4047]"}}},
		{text: "Israeli dead number 1,200.", want: [][]string{{"killed Israel/all [1200..1200]"}}},
		{text: "Iranian dead number 600.", want: [][]string{{"killed Iran/all [600..600]"}}},
		// A doer still: "Russian strikes killed".
		{text: "Russian strikes killed 12 people in Kharkiv.", want: [][]string{{"killed Ukraine/all [12..12]"}}},
	})
}

// A name after another figure, across a comma, is that figure's: the
// land of another side right after this figure's words is where its own
// fell. A town there is only where.
func TestLandAfterSecondFigure(t *testing.T) {
	runCases(t, []claimCase{
		{text: "OHCHR verified 11 civilian deaths in territory of Ukraine occupied by the Russian Federation, and 5 civilians killed in the Russian Federation itself.", pub: "2025-06-10", want: [][]string{
			{"killed Ukraine/civilian [11..11]"},
			{"killed Russia/civilian [5..5]"},
		}},
		{text: "The UN recorded 120 civilians killed in Ukraine in May, and 4 civilians killed in Russia.", want: [][]string{
			{"killed Ukraine/civilian [120..120]"},
			{"killed Russia/civilian [4..4]"},
		}},
		{text: "The General Staff reported 1,600 Russian casualties in the past day, and its units destroyed 12 artillery systems in the Pokrovsk direction.", want: [][]string{
			{"casualties Russia/", "[1600..1600]"},
			{"equipment:artillery Russia/", "[12..12]"},
		}},
	})
}

// Foreigners fighting for a side are its soldiers, taken or killed; a
// headline may drop the auxiliary before "taken prisoner". An ally
// fighting alongside keeps its own losses.
func TestForeignersServingASide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Two Chinese nationals fighting for Russia were taken prisoner by Ukrainian forces, Zelensky says", want: [][]string{{"captured Russia/military [2..2]"}}},
		{text: "Two Chinese nationals fighting for Russia taken prisoner by Ukrainian forces", want: [][]string{{"captured Russia/military [2..2]"}}},
		{text: "Twelve Indian citizens serving for Russia have been killed.", want: [][]string{{"killed Russia/military [12..12]"}}},
		{text: "Two Russian soldiers taken prisoner by Ukrainian forces", want: [][]string{{"captured Russia/military [2..2]"}}},
		{text: "North Korean troops fighting alongside Russian forces have suffered 4,700 casualties.", want: [][]string{{"casualties North Korea/military [4700..4700]"}}},
		{text: "Five foreign nationals were killed in the strike.", want: [][]string{{"killed /all [5..5]"}}},
	})
}

// A worldwide count's part told with its own place is that place's; a
// later count of the same people that names no place is the world's.
func TestWorldwideCount(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In 2024, 383 aid workers were killed worldwide, including 181 in Gaza. So far in 2025, 265 aid workers have been killed.", pub: "2025-08-19", want: [][]string{
			{"killed /civilian [383..383]"},
			{"killed Palestinians in Gaza/", "[181..181]"},
			{"killed /civilian [265..265]"},
		}},
		{text: "54 journalists were killed worldwide in 2024, 18 of them in Gaza.", want: [][]string{
			{"killed /civilian [54..54]"},
			{"killed /", "[18..18]"},
		}},
		// Other people after a worldwide count keep their own side.
		{text: "383 aid workers were killed worldwide in 2024. In Gaza, 40 people were killed on Monday.", want: [][]string{
			{"killed /civilian [383..383]"},
			{"killed Palestinians in Gaza/all [40..40]"},
		}},
	})
}

// A speaker carried over from the sentence before does not count its
// enemy's land's dead as its own; one named in the sentence (an armed
// group for its people, a state for its own dead abroad) still does.
func TestCarriedSpeakerEnemyPlace(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel says it has killed 20,000 Hamas fighters. The total death toll in Gaza stands at 55,000.",
			want: [][]string{{"killed Hamas/military", "[20000..20000]"}, {"killed Palestinians in Gaza/all", "[55000..55000]"}}},
		{text: "Israel says it has killed 20,000 Hamas fighters. More than 55,000 people have been killed in Gaza since the war began.",
			want: [][]string{{"killed Hamas/military", "[20000..20000]"}, {"killed Palestinians in Gaza/all", "[55000..\u00b7]"}}},
		{text: "The Israeli military said 20 militants were killed. The death toll in Gaza has risen to 44,000.",
			want: [][]string{{"killed Hamas/military", "[20..20]"}, {"killed Palestinians in Gaza/all", "[44000..44000]"}}},
		// (A state's enemy's land of a war of many sides: no side.)
		{text: "Israel says it has killed 2,500 Hezbollah fighters. The death toll in Lebanon has passed 3,800.", pub: "2024-11-28",
			want: [][]string{{"killed Hezbollah/military", "[2500..2500]"}, {"killed /all", "[3800..\u00b7]"}}},
		// Named in the sentence, the speaker still counts its place's dead.
		{text: "Hamas said the death toll in Gaza had reached 44,000.",
			want: [][]string{{"killed Palestinians in Gaza/all", "[44000..44000]"}}},
	})
}

// A side that counts its own dead beside another speaker's figure does
// not lend its name to that figure.
func TestOwnCountBeside(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Health officials say 280 people have been killed, while Israel says three of its soldiers have been killed.",
			want: [][]string{{"killed /all", "[280..280]"}, {"killed Israel/military", "[3..3]"}}},
		// (Alone, the figure still takes the text's one side.)
		{text: "Israeli strikes hit the city overnight. Health officials say 280 people have been killed.",
			want: [][]string{{"killed Palestinians in Gaza/", "[280..280]"}}},
	})
}

// Hostages are the people of the state their captors fight, whoever
// killed them, holds them or hands their bodies back; the gold codes
// them as all people.
func TestHostages(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Two hostages were killed by Israeli troops in Shejaiya.",
			want: [][]string{{"killed Israel/all", "[2..2]"}}},
		{text: "The bodies of six hostages were recovered from a tunnel in Rafah.",
			want: [][]string{{"killed Israel/all", "[6..6]"}}},
		{text: "Hamas handed over the remains of four hostages on Thursday.",
			want: [][]string{{"killed Israel/all", "[4..4]"}}},
		{text: "The Israeli government says 35 of the hostages still held in Gaza are dead.",
			want: [][]string{{"killed Israel/all", "[35..35]"}}},
		{text: "Hamas claimed that 70 hostages had been killed in Israeli air strikes.",
			want: [][]string{{"killed Israel/all", "[70..70]"}}},
		{text: "Hamas said 57 of the Israeli hostages it holds have since died.",
			want: [][]string{{"killed Israel/all", "[57..57]"}}},
		{text: "Hamas killed 1,200 people and took 251 hostages.",
			want: [][]string{{"killed Israel/all", "[1200..1200]"}, {"captured Israel/all", "[251..251]"}}},
		// A side's word before the noun says whose they are.
		{text: "Hamas said six Palestinian hostages held by Israel had died in custody.",
			want: [][]string{{"killed Palestinians in Gaza/all", "[6..6]"}}},
	})
}

// An office a side runs speaks for it ("the Houthi-run health
// ministry"), an armed group's for the people of its land; a part of
// the dead with its own people's noun is of the whole's side.
func TestRunByOffice(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Houthi-run health ministry said 160 people had been killed in US strikes, with another 60 killed in Israeli strikes.",
			want: [][]string{{"killed Yemen/all", "[160..160]"}, {"killed Yemen/all", "[60..60]"}}},
		{text: "The Houthi-run health ministry has put the overall toll of the campaign at more than 250 dead and 700 wounded.",
			want: [][]string{{"killed Yemen/all", "[250..\u00b7]"}, {"wounded Yemen/all", "[700..700]"}}},
		{text: "The health ministry in Hamas-run Gaza said 60 people had been killed in Israeli strikes.",
			want: [][]string{{"killed Palestinians in Gaza/all", "[60..60]"}}},
		{text: "Israel has killed at least 46 people in Yemen this week, including 31 journalists.", pub: "2025-09-11",
			want: [][]string{{"killed Yemen/all", "[46..\u00b7]"}, {"killed Yemen/civilian", "[31..31]"}}},
		{text: "Russian strikes killed 12 people in Kharkiv, including 3 children.",
			want: [][]string{{"killed Ukraine/all", "[12..12]"}, {"killed Ukraine/civilian", "[3..3]"}}},
		// (Fighters among the dead are the armed side's still.)
		{text: "Israeli strikes killed 50 people in Gaza, including 10 militants.",
			want: [][]string{{"killed Palestinians in Gaza/all", "[50..50]"}, {"killed Hamas/military", "[10..10]"}}},
	})
}

// In a war of states alone, the dead in one's land are its own people,
// by any word for the dead; not a town's dead in the fighting for it,
// nor battle deaths, which are every side's.
func TestDeadInStateLand(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The 12-day war left 28 dead in Israel, according to official figures.", pub: "2025-06-26",
			want: [][]string{{"killed Israel/all", "[28..28]"}}},
		{text: "The 12-day war left 1,060 dead in Iran, according to official figures.", pub: "2025-06-26",
			want: [][]string{{"killed Iran/all", "[1060..1060]"}}},
		{text: "HRANA had documented 1,190 deaths in Iran, including 436 civilians.", pub: "2025-06-26",
			want: [][]string{{"killed Iran/all", "[1190..1190]"}, {"killed Iran/civilian", "[436..436]"}}},
		{text: "At least 1,060 people were killed in Iran.", pub: "2025-06-26",
			want: [][]string{{"killed Iran/all", "[1060..\u00b7]"}}},
		{text: "In Ethiopia, the conflict between the government and the TPLF caused more than 100,000 battle-related deaths in 2022.",
			want: [][]string{{"killed /", "[100000..\u00b7]"}}},
	})
}

// An "It" or "The group" opening a sentence, as the subject of a loss,
// stands for the side the sentence before opened on, not for the
// speaker named after the figure.
func TestAnaphorSubjectLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hamas rejected the proposal. The group has lost about 20,000 fighters, Israel says.",
			want: [][]string{{"casualties Hamas/", "src=Israel"}}},
		{text: "Russia keeps attacking near Pokrovsk. It has lost some 30,000 troops there this year, Ukraine says.",
			want: [][]string{{"casualties Russia/", "src=Ukraine"}}},
		{text: "Hamas rejected the proposal. The group suffered 500 casualties in May, according to Israeli officials.",
			want: [][]string{{"casualties Hamas/"}}},
		{text: "Israel struck Gaza. It lost 3 soldiers, Hamas said.",
			want: [][]string{{"casualties Israel/"}}},
		// The speaker's own "it" stays the speaker's.
		{text: "Hamas rejected the proposal. Israel said it had lost 3 soldiers.",
			want: [][]string{{"Israel/"}}},
	})
}

// Crew members of a ship named, flagged or sunk are seafarers of no
// side; members of a force are not crew.
func TestMerchantCrewMembers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Four crew members of the Eternity C were killed and 11 are missing after the Houthi attack", pub: "2025-07-10",
			want: [][]string{{"killed /civilian", "ambiguous_actor"}, {"missing /civilian"}}},
		{text: "Four crew members of the Liberian-flagged Eternity C were killed after the Houthi attack", pub: "2025-07-10",
			want: [][]string{{"killed /civilian"}}},
		{text: "Three crew of the Magic Seas were killed in a Houthi attack", pub: "2025-07-10",
			want: [][]string{{"killed /civilian"}}},
		{text: "Five members of the Revolutionary Guards navy were killed when their vessel sank.",
			want: [][]string{{"killed Iran/"}}},
	})
}

// "Members of" a named force are its military.
func TestMembersOfForce(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Eleven members of the Revolutionary Guards were killed in the strikes, Iranian media said.", pub: "2025-06-16",
			want: [][]string{{"killed Iran/military"}}},
		{text: "Five members of the Revolutionary Guards navy were killed.", pub: "2025-06-16",
			want: [][]string{{"killed Iran/military"}}},
		{text: "Three members of the National Guard were wounded.",
			want: [][]string{{"wounded", "/military"}}},
	})
}

// The other side of a fight ("hostilities with India") is not the
// loser; a toll "in the fighting between" two sides is neither's.
func TestFightOpponent(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Pakistan's military said 11 soldiers had been killed during the hostilities with India.", pub: "2025-05-12",
			want: [][]string{{"killed Pakistan/military", "[11..11]"}}},
		{text: "At least 43 people have been killed in the fighting between Thailand and Cambodia.", pub: "2025-08-01",
			want: [][]string{{"killed /all", "[43..·]"}}},
	})
}

// "its" after a figure the subject of "lost" gives is the loser's, not
// the speaker's.
func TestSubjectItsNotSpeakers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,000 troops in its assaults on Pokrovsk, Ukraine's military said.", want: [][]string{{"casualties Russia/military [1000..1000]"}}},
		{text: "Russia has lost 40,000 troops since its offensive began in May, Ukraine's military said.", want: [][]string{{"casualties Russia/military [40000..40000]"}}},
		{text: "Russia has lost 40,000 troops in its spring offensive, Ukraine's General Staff said.", want: [][]string{{"casualties Russia/military"}}},
		{text: "Russia lost 1,000 troops on its way to Pokrovsk, Ukraine's military said.", want: [][]string{{"casualties Russia/military"}}},
		{text: "The RSF lost 300 fighters in its attack on El Fasher, the Sudanese army said.", want: [][]string{{"casualties Sudan (RSF)/military [300..300]"}}},
		{text: "Russian forces have suffered 5,000 casualties in their push on Kupiansk, Ukraine said.", want: [][]string{{"casualties Russia/military"}}},
		// Still the speaker's own: its own pronoun is the subject.
		{text: "Ukraine said it lost 300 soldiers in its defence of Bakhmut.", want: [][]string{{"casualties Ukraine/military"}}},
		// A killer's "its" owns the deed, not the dead.
		{text: "Russia has killed 500 civilians in its strikes on Kharkiv, Ukraine said.", want: [][]string{{"killed Ukraine/civilian [500..500]"}}},
	})
}

// "only" playing a figure down leaves the speaker the subject of its
// own loss.
func TestOwnLossOnly(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's defence ministry said it lost only 15 servicemen.", want: [][]string{{"casualties Russia/military [15..15]"}}},
		{text: "Ukraine's General Staff said it lost only 20 soldiers.", want: [][]string{{"casualties Ukraine/military [20..20]"}}},
		{text: "The Sudanese army said it lost just nine soldiers.", want: [][]string{{"casualties Sudan (SAF)/military [9..9]"}}},
		{text: "Russia's defence ministry said it lost 15 servicemen.", want: [][]string{{"casualties Russia/military [15..15]"}}},
		{text: "Israel said it killed 100 Hamas fighters and lost only four soldiers.", want: [][]string{{"killed Hamas/military [100..100]"}, {"casualties Israel/military [4..4]"}}},
	})
}

// An anaphor after a short time phrase is the side the sentence before
// opened on, not the speaker carried over.
func TestAnaphorAfterTimePhrase(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has lost 998,000 troops since the full-scale invasion, Ukraine says. In May alone, it lost 37,000.", want: [][]string{{"casualties Russia/military [998000..998000]"}, {"casualties Russia/military [37000..37000]"}}},
		{text: "Russia has lost 998,000 troops since the full-scale invasion, Ukraine says. Last month, it lost 37,000 troops.", want: [][]string{{"casualties Russia/military"}, {"casualties Russia/military [37000..37000]"}}},
		{text: "Hamas rejected the proposal. Since October, the group has lost about 20,000 fighters, Israel says.", want: [][]string{{"casualties Hamas/military [20000..20000]"}}},
		{text: "Russia has lost 998,000 troops since the full-scale invasion, Ukraine says. It lost 37,000 in May.", want: [][]string{{"casualties Russia/military"}, {"casualties Russia/military [37000..37000]"}}},
	})
}

// "The other side", "the attackers" in a side's mouth are its enemy;
// "the defenders" its own.
func TestOtherSideWords(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine said the other side lost 1,100 troops.", want: [][]string{{"casualties Russia/military [1100..1100]"}}},
		{text: "Moscow said the other side lost 1,400 troops.", want: [][]string{{"casualties Ukraine/military [1400..1400]"}}},
		{text: "Ukraine said the other side's losses reached 1,100 troops.", want: [][]string{{"Russia/military [1100..1100]"}}},
		{text: "Ukraine's 93rd Brigade said the attackers lost 80 men.", want: [][]string{{"casualties Russia/military [80..80]"}}},
		{text: "Ukraine's 93rd Brigade said the attackers lost 80 men killed while the defenders lost 6.", want: [][]string{{"killed Russia/military [80..80]"}, {"casualties Ukraine/ [6..6]"}}},
		{text: "Ukraine's military said the attackers lost 80 men while the defenders lost 6.", want: [][]string{{"casualties Russia/military [80..80]"}, {"casualties Ukraine/ [6..6]"}}},
		{text: "Ukraine's 93rd Brigade said the enemy lost 80 men.", want: [][]string{{"casualties Russia/military [80..80]"}}},
		{text: "Ukraine's 93rd Brigade said it lost 12 soldiers.", want: [][]string{{"casualties Ukraine/military [12..12]"}}},
		// A place, not a side.
		{text: "Ukraine said 20 soldiers were killed on the other side of the river.", want: [][]string{{"killed Ukraine/military [20..20]"}}},
		// Attackers of a deed are no side's enemy word.
		{text: "Nigerian police said the attackers killed 12 villagers.", want: [][]string{{"killed Nigeria/civilian [12..12]"}}},
	})
}

// A side that killed in the clause before and "lost" after is the loser
// of the second figure, not the dead's side of the first.
func TestKillerLostToo(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The RSF killed 30 soldiers but lost 50 of its own fighters.", want: [][]string{{"killed Sudan (SAF)/military [30..30]"}, {"casualties Sudan (RSF)/military [50..50]"}}},
		{text: "The RSF killed 30 soldiers but lost 50 fighters.", want: [][]string{{"killed Sudan (SAF)/military"}, {"casualties Sudan (RSF)/military [50..50]"}}},
		{text: "Russian forces killed 12 Ukrainian soldiers while losing 40 of their own.", want: [][]string{{"killed Ukraine/military [12..12]"}, {"casualties Russia/military [40..40]"}}},
		{text: "Al-Shabaab killed 20 Somali soldiers but lost 30 fighters.", want: [][]string{{"killed Somalia/military [20..20]"}, {"casualties al-Shabaab/military [30..30]"}}},
		// The speaker's own, as before.
		{text: "Israel said it killed 100 Hamas fighters and lost four soldiers.", want: [][]string{{"killed Hamas/military [100..100]"}, {"casualties Israel/military [4..4]"}}},
		{text: "Ukraine's forces killed 30 Russian soldiers and lost 5, Russia said.", want: [][]string{{"killed Russia/military [30..30]"}, {"casualties Ukraine/military [5..5]"}}},
		// No loss verb: the same people.
		{text: "Russian strikes killed 12 civilians and wounded 40.", want: [][]string{{"killed Ukraine/civilian [12..12]"}, {"wounded Ukraine/civilian [40..40]"}}},
	})
}

// Formations and proxies known by their own names are their army's,
// not the side of the place where they fell.
func TestNamedFormations(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Akhmat fighters lost 60 men near Bakhmut.", want: [][]string{{"casualties Russia/military [60..60]"}}},
		{text: "Storm-Z units lost 300 men near Bakhmut.", want: [][]string{{"casualties Russia/military [300..300]"}}},
		{text: "Kadyrovites lost 45 men near Pokrovsk.", want: [][]string{{"casualties Russia/military [45..45]"}}},
		{text: "The Ukrainian army said Kadyrovites lost 45 men near Pokrovsk.", want: [][]string{{"casualties Russia/military [45..45]"}}},
		{text: "Akhmat fighters suffered heavy losses, with at least 60 killed near Sudzha, Ukrainian military bloggers said.", want: [][]string{{"killed Russia/military [60..·]"}}},
		{text: "LPR militia reported 9 of its fighters killed.", want: [][]string{{"killed Russia/military [9..9]"}}},
		{text: "Pro-Russian separatists lost 14 fighters.", want: [][]string{{"casualties Russia/military [14..14]"}}},
		{text: "DPR forces lost 14 fighters near Bakhmut.", want: [][]string{{"casualties Russia/military [14..14]"}}},
		{text: "Azov lost 20 fighters near Pokrovsk.", want: [][]string{{"casualties Ukraine/military [20..20]"}}},
		{text: "Russia said the Azov brigade lost 20 fighters.", want: [][]string{{"casualties Ukraine/military [20..20]"}}},
		{text: "Islamic Jihad said 5 of its fighters were killed.", want: [][]string{{"killed Palestinian Islamic Jihad/military [5..5]"}}},
		{text: "The al-Quds Brigades said 3 of its fighters were killed in Jenin.", want: [][]string{{"killed Palestinian Islamic Jihad/military [3..3]"}}},
		// Its enemies' names for Israel's army.
		{text: "Iran said its missiles killed dozens of Zionist soldiers.", want: [][]string{{"killed Israel/military [12..·]"}}},
		{text: "Hamas said it killed 12 IOF soldiers in Khan Younis.", want: [][]string{{"killed Israel/military [12..12]"}}},
	})
}

// Rescuers and scientists are civilians; an army's engineers are not.
func TestCivilianJobs(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Tehran said Israeli strikes had killed 14 nuclear scientists and 30 senior IRGC commanders.", want: [][]string{{"killed Iran/civilian [14..14]"}, {"killed Iran/military [30..30]"}}},
		{text: "A Russian drone strike killed 2 firefighters in Kharkiv.", want: [][]string{{"killed Ukraine/civilian [2..2]"}}},
		{text: "Russian strikes killed 4 rescuers in Kharkiv.", want: [][]string{{"killed Ukraine/civilian [4..4]"}}},
		// Not civilians: engineers are left out of the civilian words.
		{text: "Russia said it killed 40 Ukrainian combat engineers.", want: [][]string{{"killed Ukraine/all [40..40]"}}},
	})
}

// A bare item of a list after a semicolon is of the side the list
// opened with, not of the speaker named after it; a clause with a verb
// of its own is not an item.
func TestSemicolonListItemSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian KIA: 400; WIA: 700 in the past day, Ukrainian sources said.", want: [][]string{
			{"killed Russia/military", "[400..400]"},
			{"wounded Russia/military", "[700..700]"},
		}},
		{text: "Russian losses over the past day: 400 killed; 700 wounded; 12 tanks, Ukrainian officials said.", want: [][]string{
			{"killed Russia/military", "[400..400]"},
			{"wounded Russia/military", "[700..700]"},
			{"equipment:tanks Russia/", "[12..12]"},
		}},
		{text: "Russian forces lost 400 soldiers near Pokrovsk; 12 people were killed in Kharkiv, Ukrainian officials said.", want: [][]string{
			{"casualties Russia/military", "[400..400]"},
			{"killed Ukraine/all", "[12..12]"},
		}},
	})
}

// "The attackers" and "the defenders" are the sides of the attack told
// in the sentence or the one before: the attacker and its enemy. With
// no attack told, they take no side from it.
func TestAttackersDefenders(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces attacked Ukrainian positions near Pokrovsk. The attackers lost about 40 men, a brigade spokesman said.", want: [][]string{
			{"casualties Russia/military", "[40..40]"},
		}},
		{text: "Russian forces attacked near Pokrovsk; the defenders lost 12 soldiers, Russian bloggers said.", want: [][]string{
			{"casualties Ukraine/military", "[12..12]"},
		}},
		{text: "Russian troops stormed Ukrainian positions near Pokrovsk on Monday. About 40 of the attackers were killed, the brigade said.", want: [][]string{
			{"killed Russia/military", "[40..40]"},
		}},
		{text: "Russia launched an assault on Chasiv Yar. The defenders lost 30 men, the brigade said.", want: [][]string{
			{"casualties Ukraine/military", "[30..30]"},
		}},
		{text: "Ukrainian forces attacked Russian positions near Kursk. The attackers lost about 40 men, a Russian blogger said.", want: [][]string{
			{"casualties Ukraine/military", "[40..40]"},
		}},
	})
}

// Police officers killed by a side's strikes are of the land struck,
// not the striker's enemy army.
func TestPoliceOfficersOfLandStruck(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israeli strikes killed 6 police officers in Gaza City.", want: [][]string{{"killed Palestinians in Gaza/military", "[6..6]"}}},
		{text: "An Israeli strike killed 6 police officers.", want: [][]string{{"killed Palestinians in Gaza/military", "[6..6]"}}},
		{text: "Israeli troops shot dead 4 Palestinian police officers in Jenin.", want: [][]string{{"killed Palestinians in the West Bank/military", "[4..4]"}}},
		{text: "Israeli strikes killed 6 police officers in southern Lebanon.", want: [][]string{{"killed Lebanon/military", "[6..6]"}}},
		{text: "Russian strikes killed 6 police officers in Kharkiv.", want: [][]string{{"killed Ukraine/military", "[6..6]"}}},
		// Officers alone are still the army's.
		{text: "Israeli strikes killed 6 officers in Gaza City.", want: [][]string{{"killed Israel/military", "[6..6]"}}},
	})
}

// The enemy's dead and raiders a side's army counts are the armed
// group it fights, not the people of the land.
func TestEnemyAndAttackersArmedGroup(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel said its forces had killed around 17,000 of the enemy in Gaza.", want: [][]string{{"killed Hamas/military", "[17000..17000]"}}},
		{text: "The Israeli army said 3 soldiers were killed in the ambush, and that its troops killed 10 of the attackers.", want: [][]string{
			{"[3..3]"},
			{"killed Hamas/military", "[10..10]"},
		}},
		{text: "The Israeli army said 3 soldiers were killed in the ambush, and that its troops killed 10 of the attackers.", want: [][]string{
			{"killed Israel/military", "[3..3]"},
			{"[10..10]"},
		}},
		{text: "The Israeli army said its troops killed 10 attackers.", want: [][]string{{"killed Hamas/military", "[10..10]"}}},
		{text: "Israeli troops killed 5 gunmen in Gaza.", want: [][]string{{"killed Hamas/military", "[5..5]"}}},
		{text: "Israeli troops killed 5 gunmen in Jenin.", want: [][]string{{"killed Palestinians in the West Bank/", "[5..5]"}}},
		{text: "The Israeli army said the enemy lost 25 fighters at Khiam.", want: [][]string{{"casualties Hezbollah/military", "[25..25]"}}},
		// A state's enemy with no armed group in the war stays the state.
		{text: "Ukraine said the enemy lost 1,000 fighters in the past day.", want: [][]string{{"casualties Russia/military", "[1000..1000]"}}},
		{text: "Hezbollah said the enemy lost 12 soldiers.", want: [][]string{{"casualties Israel/military", "[12..12]"}}},
		{text: "Israeli strikes killed 6 people in Gaza City.", want: [][]string{{"killed Palestinians in Gaza/all", "[6..6]"}}},
	})
}

// Two doers named together before the deed are both doers: the dead
// are their victims' side, not the first doer's.
func TestDoersNamedTogether(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Rwandan troops and M23 rebels killed 40 civilians near Goma.", want: [][]string{{"killed DR Congo/civilian", "[40..40]"}}},
		{text: "Russian and Malian troops killed 30 civilians near Mopti.", want: [][]string{{"killed Mali/civilian", "[30..30]"}}},
		{text: "The Malian army and its Russian allies killed 30 civilians.", want: [][]string{{"killed Mali/civilian", "[30..30]"}}},
		{text: "Wagner mercenaries killed 500 civilians in Moura.", want: [][]string{{"killed Mali/civilian", "[500..500]"}}},
		{text: "Jihadists killed 100 villagers near Solenzo.", want: [][]string{{"killed Burkina Faso/civilian", "[100..100]"}}},
		// Two sides' own losses stay both sides'.
		{text: "Russian and Ukrainian forces lost 300 soldiers.", want: [][]string{{"casualties /military", "[300..300]"}}},
		{text: "Ukrainian and Russian troops killed in the fighting numbered 500.", want: [][]string{{"killed /military", "[500..500]"}}},
	})
}

// Weapons launched from a land are its launcher's: the state's, or the
// armed group that fights from it.
func TestLaunchedFromLand(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel said it had intercepted 370 ballistic missiles launched from Iran.", want: [][]string{{"equipment:missiles Iran/", "[370..370]"}}},
		{text: "The IDF said it intercepted 90 drones launched from Iran overnight.", want: [][]string{{"equipment:drones Iran/", "[90..90]"}}},
		{text: "The IDF said it intercepted 3 missiles launched from Yemen.", want: [][]string{{"equipment:missiles Houthis/", "[3..3]"}}},
		{text: "Israel intercepted 20 rockets fired from Lebanon.", want: [][]string{{"equipment:missiles Hezbollah/", "[20..20]"}}},
		{text: "Israel said it had intercepted 370 ballistic missiles launched by Iran.", want: [][]string{{"equipment:missiles Iran/", "[370..370]"}}},
	})
}

// Foreigners who joined, serve or fight in an army are its soldiers,
// and the war they die in is that army's.
func TestForeignRecruits(t *testing.T) {
	runCases(t, []claimCase{
		{text: "12 Indians who joined the Russian army have died.", want: [][]string{{"killed Russia/military", "[12..12]", "2022-02-24→2025-06-12"}}},
		{text: "Twelve Indian nationals recruited by the Russian army have been killed in Ukraine.", want: [][]string{{"killed Russia/military", "[12..12]", "2022-02-24→2025-06-12"}}},
		{text: "Nepal says 12 of its citizens who enlisted in the Russian army have been killed.", want: [][]string{{"killed Russia/military", "[12..12]"}}},
		{text: "12 Indian nationals serving in the Russian army have been killed.", want: [][]string{{"killed Russia/military", "[12..12]", "2022-02-24→2025-06-12"}}},
		{text: "12 Nepalis who had been recruited by the Russian army were killed.", want: [][]string{{"killed Russia/military", "[12..12]"}}},
		{text: "At least 40 Cubans fighting for Russia have been killed.", want: [][]string{{"killed Russia/military", "[40..·]"}}},
		{text: "Around 600 Cuban citizens have fought for Russia, and at least 40 have been killed.", want: [][]string{{"killed Russia/military", "[40..·]"}}},
		{text: "About 1,000 Indian nationals have served in the Russian army, and at least 12 have died.", want: [][]string{{"killed Russia/military", "[12..·]"}}},
		// Not an army joined: people of every kind, of no side named.
		{text: "12 people who joined the protest were killed.", want: [][]string{{"killed /all", "[12..12]"}}},
		{text: "Two Indian nationals working in Israel were killed by a Hezbollah missile.", want: [][]string{{"killed India/all", "[2..2]"}}},
	})
}

// Words that say which people: an aside that all of them were one
// kind, prisoners of war, an armed group's members, sanitary losses,
// policemen and Burkina Faso's VDP.
func TestPopulationCues(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel said Iranian missiles had killed 24 people, all civilians.", want: [][]string{{"killed Israel/civilian", "[24..24]"}}},
		{text: "At least 12 people, all of whom were children, were killed in the strike on Kharkiv.", want: [][]string{{"killed Ukraine/civilian", "[12..·]"}}},
		{text: "The ambush killed 12 people, all of them soldiers, near Djibo.", want: [][]string{{"killed Burkina Faso/military", "[12..12]"}}},
		// (Both kinds: people of every kind.)
		{text: "The strike killed 12 people, all civilians and soldiers, in Kharkiv.", want: [][]string{{"killed Ukraine/all", "[12..12]"}}},
		{text: "Kataib Hezbollah said 4 of its members were killed in a US strike.", want: [][]string{{"killed Kataib Hezbollah/military", "[4..4]"}}},
		{text: "Islamic Jihad said 5 of its members were killed.", want: [][]string{{"killed Palestinian Islamic Jihad/military", "[5..5]"}}},
		{text: "At least 169 Ukrainian prisoners of war have died in Russian custody.", want: [][]string{{"killed Ukraine/military", "[169..·]"}}},
		{text: "At least 169 Ukrainian POWs have died in Russian custody.", want: [][]string{{"killed Ukraine/military", "[169..·]"}}},
		{text: "Russian troops executed 16 Ukrainian prisoners of war.", want: [][]string{{"killed Ukraine/military", "[16..16]"}}},
		// (Prisoners of no war named are not soldiers.)
		{text: "At least 16 prisoners have died in custody.", want: [][]string{{"killed /all", "[16..·]"}}},
		{text: "Russia's sanitary losses reached 5,000 in May.", want: [][]string{{"wounded Russia/military", "[5000..5000]"}}},
		{text: "12 volunteers for the defence of the homeland (VDP) fell in the attack.", want: [][]string{{"killed Burkina Faso/military", "[12..12]"}}},
		{text: "12 soldiers and 20 VDP were killed in the attack near Djibo.", want: [][]string{{"killed Burkina Faso/military", "[12..12]"}, {"killed Burkina Faso/military", "[20..20]"}}},
		{text: "Six policemen were killed in the attack in Gaza City.", want: [][]string{{"killed Palestinians in Gaza/military", "[6..6]"}}},
		{text: "Gunmen killed 3 policemen and 2 civilians in Borno.", want: [][]string{{"killed Nigeria/military", "[3..3]"}, {"killed Nigeria/civilian", "[2..2]"}}},
	})
}

// A fighter's family are his people's civilians, not his group's
// members; the members of one family are people of every kind.
func TestFamilyMembers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "An Israeli strike killed a Hamas commander and 7 members of his family.", want: [][]string{{"killed Hamas/military", "[1..1]"}, {"killed Palestinians in Gaza/civilian", "[7..7]"}}},
		{text: "An Israeli strike killed a Hamas commander along with 7 of his relatives.", want: [][]string{{"killed Hamas/military", "[1..1]"}, {"killed Palestinians in Gaza/civilian", "[7..7]"}}},
		{text: "7 members of one family were killed in a Russian strike on Sumy.", want: [][]string{{"killed Ukraine/all", "[7..7]"}}},
		{text: "7 members of the same family were killed in an Israeli strike in Gaza.", want: [][]string{{"killed Palestinians in Gaza/all", "[7..7]"}}},
		// (A group's members stay its fighters.)
		{text: "Hamas said 4 of its members were killed in an Israeli strike.", want: [][]string{{"killed Hamas/military", "[4..4]"}}},
	})
}

// Merchant ships are of no side of the war, whoever sank them.
func TestMerchantShipsNoSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Houthis sank two commercial vessels in the Red Sea this month.", want: [][]string{{"equipment:ships /", "[2..2]"}}},
		{text: "The Houthis have sunk four merchant ships since November.", want: [][]string{{"equipment:ships /", "[4..4]"}}},
		{text: "Ukraine destroyed two Russian landing ships.", want: [][]string{{"equipment:ships Russia/", "[2..2]"}}},
	})
}

// A country a round-up measures a toll against is not whose dead the
// toll counts.
func TestComparedCountryNotWhoseDead(t *testing.T) {
	runCases(t, []claimCase{
		{text: "At least 14,500 people were killed in Myanmar in 2024, more than in Syria and Yemen combined.", pub: "2025-01-02", want: [][]string{{"killed Myanmar/", "[14500..·]"}}},
		{text: "At least 14,500 people were killed in Myanmar in 2024, more than in Syria, Yemen and Somalia combined.", pub: "2025-01-02", want: [][]string{{"killed Myanmar/", "[14500..·]"}}},
		{text: "Myanmar's civil war killed at least 15,000 people in 2024, eclipsing Syria, where about 6,000 died.", pub: "2025-01-02", want: [][]string{
			{"killed Myanmar/", "[15000..·]"},
			{"killed Syria/", "[6000..6000]"},
		}},
		{text: "Burkina Faso's army lost more soldiers in 2024 than Mali's: at least 1,200.", pub: "2025-01-02", want: [][]string{{"casualties Burkina Faso/", "[1200..·]"}}},
		{text: "Some 9,000 people died in Myanmar last year, compared with Yemen.", pub: "2025-01-02", want: [][]string{{"killed Myanmar/", "[9000..9000]"}}},
		{text: "At least 9,000 people were killed in Myanmar in 2024, ahead of Syria and Yemen.", pub: "2025-01-02", want: [][]string{{"killed Myanmar/", "[9000..·]"}}},
		{text: "At least 9,000 people were killed in Myanmar in 2024, second only to Ukraine.", pub: "2025-01-02", want: [][]string{{"killed Myanmar/", "[9000..·]"}}},
		{text: "At least 9,000 people were killed in Myanmar in 2024, surpassing Syria.", pub: "2025-01-02", want: [][]string{{"killed Myanmar/", "[9000..·]"}}},
		{text: "At least 61,000 people were killed in Sudan in 2024, second only to Ukraine.", pub: "2025-01-02", want: [][]string{{"killed /", "[61000..·]"}}},
		// The yardstick's own figure stays its.
		{text: "Russia has lost 3,700 tanks, compared with Ukraine's 1,100.", pub: "2025-01-02", want: [][]string{
			{"equipment:tanks Russia/", "[3700..3700]"},
			{"equipment:tanks Ukraine/", "[1100..1100]"},
		}},
		// Not a ranking: "behind the lines".
		{text: "Ukrainian saboteurs killed 12 Russian soldiers behind Russian lines.", pub: "2025-01-02", want: [][]string{{"killed Russia/", "[12..12]"}}},
	})
}

// A land the sentence opens on outranks the war a foreign doer fights
// elsewhere.
func TestOpeningPlaceOverForeignDoer(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In Mali, the army and Wagner mercenaries killed some 1,500 civilians in 2024.", pub: "2025-01-03", want: [][]string{{"killed Mali/civilian", "[1500..1500]"}}},
		{text: "In Mali, the army and its Russian allies killed some 1,500 civilians in 2024.", pub: "2025-01-03", want: [][]string{{"killed Mali/civilian", "[1500..1500]"}}},
		{text: "In central Mali, Wagner fighters killed 30 civilians last week.", pub: "2025-01-02", want: [][]string{{"killed Mali/civilian", "[30..30]"}}},
		{text: "In Burkina Faso, Russian-backed troops killed 200 villagers.", pub: "2025-01-02", want: [][]string{{"killed Burkina Faso/", "[200..200]"}}},
		{text: "In Libya, Russian mercenaries killed 15 people.", pub: "2025-01-02", want: [][]string{{"killed Libya/", "[15..15]"}}},
		// A doer in its own war keeps its enemy.
		{text: "In Ukraine, Russian strikes killed 12 civilians.", pub: "2025-01-02", want: [][]string{{"killed Ukraine/", "[12..12]"}}},
		{text: "In Lebanon, Israeli strikes killed 40 people.", pub: "2025-01-02", want: [][]string{{"killed Lebanon/", "[40..40]"}}},
	})
}

// A count of every war's is no one side's, whatever share of it a side
// takes or the sentence after names.
func TestWorldTotalNoSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In 2024 there were about 160,000 people killed in state-based conflicts, more than half of them in Ukraine.", pub: "2025-01-02", want: [][]string{
			{"killed /", "[160000..160000]"},
			{"killed Ukraine/", "[80000..·]"},
		}},
		{text: "Some 160,000 people were killed in state-based conflicts in 2024, more than half of them in Ukraine.", pub: "2025-01-02", want: [][]string{
			{"killed /", "[160000..160000]"},
			{"killed", "[80000..·]"},
		}},
		{text: "Conflict deaths worldwide rose to about 233,000 in 2024, up from 167,800 in 2023. Ukraine was the deadliest war.", pub: "2025-01-02", want: [][]string{
			{"killed", "[233000..233000]"},
			{"killed /", "[167800..167800]"},
		}},
		{text: "Conflict deaths worldwide fell to 120,000 in 2024, down from 150,000 in 2023. Ukraine was the deadliest war.", pub: "2025-01-02", want: [][]string{
			{"killed", "[120000..120000]"},
			{"killed /", "[150000..150000]"},
		}},
		{text: "The world's conflicts killed about 233,000 people in 2024, up from 167,800 in 2023. Ukraine was the deadliest war.", pub: "2025-01-02", want: [][]string{
			{"killed /", "[233000..233000]"},
			{"killed /", "[167800..167800]"},
		}},
		// A side's own series stays its.
		{text: "Russia's losses rose to 1,500 a day in May, up from 1,100 in April.", pub: "2025-01-02", want: [][]string{
			{"casualties", "[1500..1500]/day"},
			{"casualties Russia/", "[1100..1100]/day"},
		}},
		// "the world's deadliest war" is one war.
		{text: "Ukraine said 1,200 Russian soldiers were killed in the world's deadliest war.", pub: "2025-01-02", want: [][]string{{"killed Russia/", "[1200..1200]"}}},
	})
}

// TestPlacesOfLessCoveredWars checks the side and population of
// figures from wars the registry holds only in part: places that name
// Pakistan, India and Cameroon, and South Asia's word for soldiers.
func TestPlacesOfLessCoveredWars(t *testing.T) {
	runCases(t, []claimCase{
		// Places where the dead fell name the country.
		{text: "Six soldiers embraced shahadat during the exchange of fire in South Waziristan on Monday.", want: [][]string{{"killed Pakistan/military"}}},
		{text: "Four soldiers were killed in North Waziristan on Monday.", want: [][]string{{"killed Pakistan/military"}}},
		{text: "Four soldiers were killed in Khyber Pakhtunkhwa on Monday.", want: [][]string{{"killed Pakistan/military"}}},
		{text: "Four soldiers were killed in Dera Ismail Khan on Monday.", want: [][]string{{"killed Pakistan/military"}}},
		{text: "Four soldiers were killed in Zhob, Balochistan on Monday.", want: [][]string{{"killed Pakistan/military"}}},
		{text: "A blast in Quetta killed 25 people.", want: [][]string{{"killed Pakistan/all"}}},
		{text: "Four soldiers were killed in Manipur on Monday.", want: [][]string{{"killed India/military"}}},
		{text: "Gunmen killed 9 civilians in Churachandpur.", want: [][]string{{"killed India/civilian"}}},
		{text: "Four soldiers were killed in Bamenda on Monday.", want: [][]string{{"killed Cameroon/military"}}},
		{text: "Seven civilians were killed in the Anglophone regions.", want: [][]string{{"killed Cameroon/civilian"}}},
		// "jawans" are a state's soldiers.
		{text: "Two CRPF jawans were killed in an IED blast in Bijapur on Tuesday.", want: [][]string{{"killed India/military"}}},
		{text: "India's army said three jawans were killed.", want: [][]string{{"killed India/military"}}},
		// The insurgents killed there are no state's.
		{text: "Troops killed 12 militants in North Waziristan.", want: [][]string{{"killed /military"}}},
	})
}

// TestArmedGroupsOutsideRegistry checks armed groups of wars the registry does not
// hold: their fighters are theirs, and the soldiers they kill their
// state's.
func TestArmedGroupsOutsideRegistry(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Troops killed 12 BLA fighters.", want: [][]string{{"killed BLA/"}}},
		{text: "Security forces killed 12 Balochistan Liberation Army militants.", want: [][]string{{"killed BLA/"}}},
		{text: "Turkish forces killed 12 PKK militants.", want: [][]string{{"killed PKK/"}}},
		{text: "Police killed 12 Viv Ansanm gang members.", want: [][]string{{"killed Viv Ansanm/"}}},
		{text: "Troops killed 12 Ambazonian separatists.", want: [][]string{{"killed Ambazonian separatists/"}}},
		{text: "Troops killed 12 Kuki militants.", want: [][]string{{"killed Kuki militants/"}}},
		{text: "The PKK said 12 of its fighters were killed.", want: [][]string{{"killed PKK/"}}},
		// The soldiers a group kills are its state's.
		{text: "BLA militants killed 10 soldiers in Quetta.", want: [][]string{{"killed Pakistan/"}}},
	})
}

// sideCase is a figure whose side and population are checked: the claim
// whose quote holds quote, or every claim when quote is empty.
type sideCase struct {
	text, published, quote, actor, population string
}

func checkSides(t *testing.T, cases []sideCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.published
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		n := 0
		for _, c := range cs {
			if !strings.Contains(c.Quote, tc.quote) {
				continue
			}
			n++
			if c.Actor != tc.actor || c.Population != tc.population {
				t.Errorf("%q: %q actor %q population %q, want %q %q", tc.text, c.Quote, c.Actor, c.Population, tc.actor, tc.population)
			}
		}
		if n == 0 {
			t.Errorf("%q: no claim quoting %q", tc.text, tc.quote)
		}
	}
}

// TestStrikesAbroadNameTheLand checks that the land a doer's strikes fell in,
// outside the doer's war, names the dead over the doer's usual enemy,
// and that a state's strikes on its own land kill its own people.
func TestStrikesAbroadNameTheLand(t *testing.T) {
	checkSides(t, []sideCase{
		{text: "Pakistani airstrikes in Afghanistan's Paktika province killed 15 people on Sunday.", actor: "Afghanistan", population: "all"},
		{text: "Pakistani airstrikes killed 15 people in Afghanistan's Paktika province.", actor: "Afghanistan", population: "all"},
		{text: "Pakistani air strikes in eastern Afghanistan killed 15 civilians.", actor: "Afghanistan", population: "civilian"},
		{text: "Pakistan's airstrikes in Afghanistan's Khost province killed 8 people.", actor: "Afghanistan", population: "all"},
		{text: "A Pakistani airstrike killed 15 people in Kabul.", actor: "Afghanistan", population: "all"},
		{text: "A drone strike by Ethiopian forces killed at least 30 civilians in the Amhara region.", actor: "Ethiopia", population: "civilian"},
		{text: "ENDF drone strikes killed 30 civilians in the Amhara region.", actor: "Ethiopia", population: "civilian"},
		{text: "Ethiopian army drone strikes killed 30 civilians in northern Amhara.", actor: "Ethiopia", population: "civilian"},
		{text: "An Ethiopian drone strike in the Amhara region killed 30 civilians.", actor: "Ethiopia", population: "civilian"},
		// The doer's own war's land, and its enemy, stay as they were.
		{text: "Indian strikes in Pakistan's Punjab province killed 31 people.", actor: "Pakistan", population: "all"},
		{text: "Russian strikes in Ukraine killed 12 civilians.", actor: "Ukraine", population: "civilian"},
		{text: "Ethiopian drone strikes killed 30 civilians in Mekelle.", actor: "Tigray", population: "civilian"},
	})
}

// TestDoerNotLoser checks that the side that struck, named with its
// strikes made, the place its troops stand in or its attack, is not
// taken for the loser.
func TestDoerNotLoser(t *testing.T) {
	checkSides(t, []sideCase{
		{text: "US forces carried out 40 airstrikes, killing 200 militants.", actor: "", population: "military"},
		{text: "US forces conducted 12 raids, killing 30 militants.", actor: "", population: "military"},
		{text: "Rwandan troops in Cabo Delgado killed 23 insurgents on Sunday.", actor: "", population: "military"},
		{text: "Rwandan soldiers in Mozambique killed 23 insurgents.", actor: "", population: "military"},
		{text: "Rwandan forces in Cabo Delgado province have killed 23 insurgents.", actor: "", population: "military"},
		{text: "At least 200 people were killed and over 400 wounded in Azerbaijan's one-day offensive last week.", published: "2023-09-25", actor: "Armenia", population: "all"},
		{text: "At least 200 people were killed in Azerbaijan's lightning offensive.", published: "2023-09-25", actor: "Armenia", population: "all"},
		{text: "Somalia's information ministry said more than 70 Khawarij were killed", actor: "al-Shabaab", population: "military"},
		{text: "The army killed 70 Khawarij in Middle Shabelle.", actor: "al-Shabaab", population: "military"},
		// The troops' own losses stay theirs.
		{text: "Russian soldiers in Bakhmut suffered 2,000 casualties.", actor: "Russia", population: "military"},
		{text: "Russian troops in Kursk lost 300 soldiers.", actor: "Russia", population: "military"},
		{text: "Russia lost 355 drones.", actor: "Russia"},
	})
}
