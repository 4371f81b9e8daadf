package extract

import (
	"testing"

	"github.com/attrition-project/attrition"
)

// A post credited to an account is the account's body's, or the
// account's own by its handle.
func TestHandleCredit(t *testing.T) {
	const gs, mou, rmod = "src=General Staff of the Armed Forces of Ukraine", "src=Ministry of Defence of Ukraine", "src=Ministry of Defence of the Russian Federation"
	runCases(t, []claimCase{
		{text: "Russia lost 1,120 soldiers and 12 tanks over the past day (via @GeneralStaffUA).", want: [][]string{
			{"casualties Russia/military", "[1120..1120]", gs},
			{"equipment:tanks", "[12..12]", gs},
		}},
		{text: "Russian losses over the past day: 1,120 personnel, 12 tanks — via @DefenceU", want: [][]string{
			{"[1120..1120]", mou},
			{"equipment:tanks", mou},
		}},
		{text: "Russia lost 1,120 soldiers over the past day, per @GeneralStaffUA.", want: [][]string{{"[1120..1120]", gs}}},
		{text: "Ukraine lost 300 soldiers in the Kursk direction over the past day (via @mod_russia).", want: [][]string{{"Ukraine/military", "[300..300]", rmod}}},
		{text: "Ukraine lost 300 soldiers in the Kursk direction over the past day, via @mod_russia_en.", want: [][]string{{"[300..300]", rmod}}},
		{text: "Russia has suffered some 1,000,000 casualties since the invasion (via @DefenceHQ).", want: [][]string{{"casualties Russia/military", "src=UK Ministry of Defence"}}},
		{text: "Three soldiers were killed in southern Gaza (@IDF).", want: [][]string{{"killed Israel/military", "src=Israel Defense Forces"}}},
		{text: "Posted on X by @GeneralStaffUA: Russia lost 1,120 soldiers over the past day.", want: [][]string{{"[1120..1120]", gs}}},
		{text: "The account @mod_russia wrote that Ukraine lost 300 soldiers over the past day.", want: [][]string{{"[300..300]", rmod}}},
		{text: "@DefenceU said Russia lost 1,120 soldiers over the past day.", want: [][]string{{"[1120..1120]", mou}}},
		// An account the registry does not know: its handle.
		{text: "Russia lost 1,120 soldiers over the past day (via @SomeAnalyst).", want: [][]string{{"[1120..1120]", "src=SomeAnalyst"}}},
		{text: "Russia lost 40 tanks near Pokrovsk, shared by @War_Mapper.", want: [][]string{{"equipment:tanks", "src=War_Mapper"}}},
		// A handle that credits nothing, or an address, is no source.
		{text: "Russia lost 1,120 soldiers over the past day. Follow @KyivIndependent for updates.", want: [][]string{{"[1120..1120]", "src="}}},
		{text: "Russia lost 1,120 soldiers over the past day (write to press@mil.gov.ua).", want: [][]string{{"[1120..1120]", "src="}}},
	})
}

// Every account's body is one the registry knows.
func TestSourceHandlesResolve(t *testing.T) {
	for h, name := range sourceHandles {
		if _, ok := attrition.ResolveSource(name); !ok {
			t.Errorf("@%s: %q is not in the source registry", h, name)
		}
	}
}

// A first line that names a body the registry knows before a dash or a
// bar titles the body's document: its figures below are the body's.
func TestBodyTitleLine(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ministry of Defence of Ukraine — daily update\nRussia lost 1,120 soldiers and 12 tanks over the past day.", want: [][]string{
			{"[1120..1120]", "src=Ministry of Defence of Ukraine"},
			{"equipment:tanks", "src=Ministry of Defence of Ukraine"},
		}},
		{text: "General Staff of the Armed Forces of Ukraine | 12 June 2025\nRussia lost 1,120 soldiers over the past day.", want: [][]string{
			{"[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"},
		}},
		{text: "UK Defence Intelligence update on Ukraine – 12 June 2025\nRussia has likely suffered 1,000,000 casualties since the invasion.", want: [][]string{
			{"casualties Russia/military", "src=UK Ministry of Defence"},
		}},
		{text: "Israel Defense Forces - statement\nThree Hezbollah fighters were killed in southern Lebanon.", want: [][]string{
			{"killed Hezbollah/military", "src=Israel Defense Forces"},
		}},
		// A figure with its own source keeps it.
		{text: "Russian Ministry of Defence — briefing of 12 June\nUkraine lost up to 1,200 servicemen over the past day. Kyiv said 300 Russian soldiers were killed.", want: [][]string{
			{"Ukraine/military", "src=Ministry of Defence of the Russian Federation"},
			{"killed Russia/", "!src=Ministry of Defence of the Russian Federation"},
		}},
		// A title that names no body.
		{text: "Ukraine war – day 1,200\nRussia lost 1,120 soldiers over the past day.", want: [][]string{{"[1120..1120]", "src="}}},
	})
}

// A post's label in mixed case is its source when it names a speaker:
// a body, an armed group of the other side's losses, an outlet; not a
// flash, a note or a place.
func TestNamedPostLabel(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hezbollah: 3 Israeli soldiers killed in Metula", want: [][]string{{"killed Israel/military", "[3..3]", "src=Hezbollah"}}},
		{text: "Houthis: 4 US sailors wounded in the Red Sea", want: [][]string{{"wounded", "[4..4]", "src=Houthis"}}},
		{text: "Rybar: Ukrainian losses near Pokrovsk 120", want: [][]string{{"Ukraine/military", "[120..120]", "src=Rybar"}}},
		{text: "TASS: Ukraine lost 300 servicemen in the Kursk direction", want: [][]string{{"Ukraine/military", "[300..300]", "src=TASS"}}},
		{text: "Ukraine's General Staff: Russian losses over the past day 1,120", want: [][]string{{"Russia/military", "[1120..1120]", "src=General Staff of the Armed Forces of Ukraine"}}},
		// A group's own dead under its name is a topic, not its word.
		{text: "Hamas: 30 fighters killed in strike", want: [][]string{{"killed Hamas/military", "src="}}},
		{text: "Update: 3 Israeli soldiers killed in Metula", want: [][]string{{"killed Israel/military", "src="}}},
		{text: "Note: 3 Israeli soldiers killed in Metula", want: [][]string{{"killed Israel/military", "src="}}},
		{text: "Correction: 3 Israeli soldiers killed in Metula", want: [][]string{{"killed Israel/military", "src="}}},
		{text: "Kharkiv: 3 civilians killed in a strike", want: [][]string{{"killed Ukraine/civilian", "src="}}},
	})
}
