package extract

import (
	"fmt"
	"testing"
)

// fdSide is one figure's side and people as these tests compare them:
// the figure's low end, the actor ("" for none) and the population.
type fdSide struct {
	low        float64
	actor, pop string
}

// fdCase runs text (published 2025-06-12 unless pub is set) and wants
// the claims' low ends (high for an open lower end), actors and
// populations ("-": any) in order.
type fdCase struct {
	text, pub string
	want      []fdSide
}

func fdRun(t *testing.T, cases []fdCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.pub
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		if len(cs) != len(tc.want) {
			t.Errorf("%q: %d claims, want %d", tc.text, len(cs), len(tc.want))
			for i := range cs {
				t.Logf("  %s %s %v %s", cs[i].Actor, cs[i].Population, fmtp(cs[i].Low), cs[i].Category)
			}
			continue
		}
		for i, w := range tc.want {
			c := &cs[i]
			// (An open lower end is compared by its upper: "as many as".)
			v := c.Low
			if v == nil {
				v = c.High
			}
			if v == nil || *v != w.low || c.Actor != w.actor || w.pop != "-" && string(c.Population) != w.pop {
				t.Errorf("%q: claim %d is %s/%s %s, want %v %s/%s", tc.text, i, c.Actor, c.Population, fmtp(c.Low), w.low, w.actor, w.pop)
			}
		}
	}
}

// A bare toll in a town of one side's land, a capital too, is its
// people's, as "12 people killed in Dnipro" is; not the dead of fighting
// there, nor a region's count of fatalities over months.
func TestFDBareTownToll(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "12 killed in Dnipro", want: []fdSide{{12, "Ukraine", "all"}}},
		{text: "12 people killed in Dnipro", want: []fdSide{{12, "Ukraine", "all"}}},
		{text: "The death toll in Kyiv has risen to 15.", want: []fdSide{{15, "Ukraine", "all"}}},
		{text: "Death toll climbs to 28 in Kyiv", want: []fdSide{{28, "Ukraine", "all"}}},
		{text: "Rescuers pulled 23 bodies from the rubble of the building in Kyiv's Sviatoshynskyi district.", want: []fdSide{{23, "Ukraine", "all"}}},
		{text: "Three killed and 14 injured in Kharkiv overnight.", want: []fdSide{{3, "Ukraine", "all"}, {14, "Ukraine", "all"}}},
		{text: "Five killed in Belgorod, governor says.", want: []fdSide{{5, "Russia", "-"}}},
		// Fighting there: either side's soldiers.
		{text: "Heavy fighting around Chasiv Yar and Pokrovsk has left dozens dead.", want: []fdSide{{12, "", "-"}}},
		// A region's count over months counts fighters too.
		{text: "ACLED recorded 4,310 reported fatalities in Darfur between March and June.", want: []fdSide{{4310, "", "-"}}},
	})
}

// The dead of strikes on a land, by no doer the text names, are its
// people; a doer named keeps its own reading.
func TestFDStruckLand(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "US strikes on Yemen kill 74", want: []fdSide{{74, "Yemen", "all"}}},
		{text: "Strikes on Yemen kill 74 people", want: []fdSide{{74, "Yemen", "all"}}},
		{text: "Airstrikes in Yemen kill 74", want: []fdSide{{74, "Yemen", "all"}}},
		{text: "Strikes on Iran's Isfahan kill 9", want: []fdSide{{9, "Iran", "all"}}},
		{text: "Toll from U.S. air strikes on Yemen's Ras Isa fuel port climbed to 80", want: []fdSide{{80, "Yemen", "all"}}},
		{text: "Israeli strikes on Lebanon kill 12", want: []fdSide{{12, "Lebanon", "all"}}},
		// Equipment struck is no land's dead.
		{text: "Strikes on Yemen destroyed 12 drones", want: []fdSide{{12, "", "-"}}},
	})
}

// The enemies an army kills are not its side's, even in a war the
// registry counts under that side alone; the army's own toll is its own,
// wherever its soldiers fell.
func TestFDArmyAndItsEnemies(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Troops kill 30 jihadists in northern Mali, army says", want: []fdSide{{30, "", "military"}}},
		{text: "Troops killed 30 jihadists in northern Mali", want: []fdSide{{30, "", "military"}}},
		{text: "Soldiers killed 40 militants in Burkina Faso, the army said.", want: []fdSide{{40, "", "military"}}},
		{text: "Israel's military says soldier killed in southern Gaza, bringing army death toll in ground offensive to 428", want: []fdSide{{428, "Israel", "military"}}},
		{text: "The IDF said a soldier was killed in northern Gaza, raising the army's death toll in the ground operation to 405.", want: []fdSide{{1, "Israel", "military"}, {405, "Israel", "military"}}},
		// A toll of the place, not the army's, stays the place's.
		{text: "The death toll in Gaza has risen to 40,000, the Israeli military said.", want: []fdSide{{40000, "Palestinians in Gaza", "all"}}},
	})
}

// A clause in contrast with the one before ("…, while …") that names
// its own losers, by a name the registry does not know or by the land
// they fell in, does not take the side of the clause before; a clause
// that names none does.
func TestFDContrastClauseSide(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Western estimates suggest the RSF has lost tens of thousands of fighters, while as many as 150,000 people may have died across Sudan.", want: []fdSide{{10000, "Sudan (RSF)", "military"}, {150000, "", "all"}}},
		{text: "US forces lost 2,400 killed, while the Taliban lost 3,000 killed.", want: []fdSide{{2400, "United States", "-"}, {3000, "", "-"}}},
		{text: "Russian forces lost 5,732 killed, while Chechen fighters lost 3,000–17,000 killed", want: []fdSide{{5732, "Russia", "-"}, {3000, "", "-"}}},
		{text: "US forces lost 58,000 killed, while the Viet Cong lost over 1 million.", want: []fdSide{{58000, "United States", "-"}, {1000000, "", "-"}}},
		{text: "Iraqi forces lost 500 killed, while Islamic State fighters lost 2,000.", want: []fdSide{{500, "Iraq", "-"}, {2000, "", "-"}}},
		// No losers of its own: the side before.
		{text: "Russia lost 5,000 killed, while 12,000 were wounded.", want: []fdSide{{5000, "Russia", "-"}, {12000, "Russia", "-"}}},
		{text: "Russia lost 5,000 killed, while 12,000 were wounded in Bakhmut.", want: []fdSide{{5000, "Russia", "-"}, {12000, "Russia", "-"}}},
		{text: "Israel lost 300 soldiers, while 40,000 people were killed in Gaza.", want: []fdSide{{300, "Israel", "military"}, {40000, "Palestinians in Gaza", "all"}}},
	})
}

// "British" and "UK" name Britain's losses as the owner of the people
// after them or as the subject of a loss, wherever they fell; never as
// a doer, whose enemy the registry does not know.
func TestFDBritishLosses(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "British forces suffered 457 deaths in Afghanistan.", want: []fdSide{{457, "United Kingdom", "military"}}},
		{text: "British forces suffered 457 deaths.", want: []fdSide{{457, "United Kingdom", "military"}}},
		{text: "The UK lost 457 service personnel in Afghanistan.", want: []fdSide{{457, "United Kingdom", "military"}}},
		{text: "Two British soldiers were killed in Helmand.", want: []fdSide{{2, "United Kingdom", "military"}}},
		{text: "US and British strikes killed 12 people in Yemen.", want: []fdSide{{12, "Yemen", "all"}}},
		{text: "US and British air strikes on Hodeidah killed 16 people, the Houthi-run health ministry said.", want: []fdSide{{16, "Yemen", "all"}}},
		{text: "British troops killed 30 Taliban fighters.", want: []fdSide{{30, "", "military"}}},
		{text: "The UK Ministry of Defence said Russia lost 1,000 soldiers.", want: []fdSide{{1000, "Russia", "military"}}},
	})
}

// A people's adjective before "killed" or "dead" names the dead, not a
// doer; a state's dead, named so, in a long war of states alone are its
// soldiers (the corpus's "over 110,000 Russian dead"), not in a war with
// an armed group among its sides.
func TestFDSideDead(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Russian killed number about 200,000.", want: []fdSide{{200000, "Russia", "military"}}},
		{text: "Russian killed are estimated at around 200,000.", want: []fdSide{{200000, "Russia", "military"}}},
		{text: "Russian dead are estimated at around 200,000.", want: []fdSide{{200000, "Russia", "military"}}},
		{text: "Russian war dead pass 100,000, BBC Russian count shows", want: []fdSide{{100000, "Russia", "military"}}},
		{text: "Russia's war dead top 100,000.", want: []fdSide{{100000, "Russia", "military"}}},
		{text: "Ukrainian dead number 60,000.", want: []fdSide{{60000, "Ukraine", "military"}}},
		{text: "Lebanon's war dead at 4,047.", want: []fdSide{{4047, "Lebanon", "all"}}},
		{text: "Israeli dead number 1,200.", want: []fdSide{{1200, "Israel", "all"}}},
		{text: "Iranian dead number 600.", want: []fdSide{{600, "Iran", "all"}}},
		// A doer still: "Russian strikes killed".
		{text: "Russian strikes killed 12 people in Kharkiv.", want: []fdSide{{12, "Ukraine", "all"}}},
	})
}

// Missile launchers are equipment of their own kind ("other", as
// Iskander launchers), not the missiles they fire.
func TestFDMissileLaunchers(t *testing.T) {
	for _, tc := range []struct{ text, cat string }{
		{"Israel says it destroyed 120 Iranian missile launchers", "equipment:other"},
		{"Israel says it hit 200 ballistic missile launchers.", "equipment:other"},
		{"Ukraine destroyed 2 surface-to-air missile launchers.", "equipment:air_defence"},
		{"Ukraine destroyed 4 rocket launchers.", "equipment:mlrs"},
		{"Ukraine shot down 12 cruise missiles.", "equipment:missiles"},
	} {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Category != tc.cat {
			t.Errorf("%q: got %d claims %v, want one %s", tc.text, len(cs), cs, tc.cat)
		}
	}
}

// The part of those taken whose fate is unknown is missing; a manner
// adverb before the verb of death leaves the death a death.
func TestFDCategoryWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		cats []string
	}{
		{"Four of the 10 health workers abducted in April remain missing.", []string{"missing", "captured"}},
		{"Two of the 25 hostages abducted are still missing.", []string{"missing"}},
		{"More than 75,000 people were violently killed in Gaza.", []string{"killed"}},
		{"At least 300 civilians were summarily executed.", []string{"killed"}},
		{"Two soldiers were seriously wounded.", []string{"wounded"}},
		{"Ten aid workers were abducted in April.", []string{"captured"}},
	} {
		cs := run(t, tc.text, "2025-06-12", "")
		got := make([]string, len(cs))
		for i := range cs {
			got[i] = cs[i].Category
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.cats) {
			t.Errorf("%q: categories %v, want %v", tc.text, got, tc.cats)
		}
	}
}

// A name after another figure, across a comma, is that figure's: the
// land of another side right after this figure's words is where its own
// fell. A town there is only where.
func TestFDLandAfterSecondFigure(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "OHCHR verified 11 civilian deaths in territory of Ukraine occupied by the Russian Federation, and 5 civilians killed in the Russian Federation itself.", pub: "2025-06-10",
			want: []fdSide{{11, "Ukraine", "civilian"}, {5, "Russia", "civilian"}}},
		{text: "The UN recorded 120 civilians killed in Ukraine in May, and 4 civilians killed in Russia.",
			want: []fdSide{{120, "Ukraine", "civilian"}, {4, "Russia", "civilian"}}},
		{text: "The General Staff reported 1,600 Russian casualties in the past day, and its units destroyed 12 artillery systems in the Pokrovsk direction.",
			want: []fdSide{{1600, "Russia", "-"}, {12, "Russia", "-"}}},
	})
}

// Foreigners fighting for a side are its soldiers, taken or killed; a
// headline may drop the auxiliary before "taken prisoner". An ally
// fighting alongside keeps its own losses.
func TestFDForeignersServingASide(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Two Chinese nationals fighting for Russia were taken prisoner by Ukrainian forces, Zelensky says", want: []fdSide{{2, "Russia", "military"}}},
		{text: "Two Chinese nationals fighting for Russia taken prisoner by Ukrainian forces", want: []fdSide{{2, "Russia", "military"}}},
		{text: "Twelve Indian citizens serving for Russia have been killed.", want: []fdSide{{12, "Russia", "military"}}},
		{text: "Two Russian soldiers taken prisoner by Ukrainian forces", want: []fdSide{{2, "Russia", "military"}}},
		{text: "North Korean troops fighting alongside Russian forces have suffered 4,700 casualties.", want: []fdSide{{4700, "North Korea", "military"}}},
		{text: "Five foreign nationals were killed in the strike.", want: []fdSide{{5, "", "all"}}},
	})
}

// A worldwide count's part told with its own place is that place's; a
// later count of the same people that names no place is the world's.
func TestFDWorldwideCount(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "In 2024, 383 aid workers were killed worldwide, including 181 in Gaza. So far in 2025, 265 aid workers have been killed.", pub: "2025-08-19",
			want: []fdSide{{383, "", "civilian"}, {181, "Palestinians in Gaza", "-"}, {265, "", "civilian"}}},
		{text: "54 journalists were killed worldwide in 2024, 18 of them in Gaza.",
			want: []fdSide{{54, "", "civilian"}, {18, "", "-"}}},
		// Other people after a worldwide count keep their own side.
		{text: "383 aid workers were killed worldwide in 2024. In Gaza, 40 people were killed on Monday.",
			want: []fdSide{{383, "", "civilian"}, {40, "Palestinians in Gaza", "all"}}},
	})
}
