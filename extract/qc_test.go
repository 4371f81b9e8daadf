package extract

import "testing"

// TestQCActorsOfLessCoveredWars checks the side and population of
// figures from wars the registry holds only in part: places that name
// Pakistan, India and Cameroon, and South Asia's word for soldiers.
func TestQCActorsOfLessCoveredWars(t *testing.T) {
	for _, tc := range []struct {
		text, actor, population string
	}{
		// Places where the dead fell name the country.
		{"Six soldiers embraced shahadat during the exchange of fire in South Waziristan on Monday.", "Pakistan", "military"},
		{"Four soldiers were killed in North Waziristan on Monday.", "Pakistan", "military"},
		{"Four soldiers were killed in Khyber Pakhtunkhwa on Monday.", "Pakistan", "military"},
		{"Four soldiers were killed in Dera Ismail Khan on Monday.", "Pakistan", "military"},
		{"Four soldiers were killed in Zhob, Balochistan on Monday.", "Pakistan", "military"},
		{"A blast in Quetta killed 25 people.", "Pakistan", "all"},
		{"Four soldiers were killed in Manipur on Monday.", "India", "military"},
		{"Gunmen killed 9 civilians in Churachandpur.", "India", "civilian"},
		{"Four soldiers were killed in Bamenda on Monday.", "Cameroon", "military"},
		{"Seven civilians were killed in the Anglophone regions.", "Cameroon", "civilian"},
		// "jawans" are a state's soldiers.
		{"Two CRPF jawans were killed in an IED blast in Bijapur on Tuesday.", "India", "military"},
		{"India's army said three jawans were killed.", "India", "military"},
		// The insurgents killed there are no state's.
		{"Troops killed 12 militants in North Waziristan.", "", "military"},
	} {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) != 1 {
			t.Errorf("%q: %d claims, want 1", tc.text, len(cs))
			continue
		}
		if cs[0].Actor != tc.actor || cs[0].Population != tc.population {
			t.Errorf("%q: actor %q population %q, want %q %q", tc.text, cs[0].Actor, cs[0].Population, tc.actor, tc.population)
		}
	}
}

// TestQCArmedGroups checks armed groups of wars the registry does not
// hold: their fighters are theirs, and the soldiers they kill their
// state's.
func TestQCArmedGroups(t *testing.T) {
	for _, tc := range []struct {
		text, actor string
	}{
		{"Troops killed 12 BLA fighters.", "BLA"},
		{"Security forces killed 12 Balochistan Liberation Army militants.", "BLA"},
		{"Turkish forces killed 12 PKK militants.", "PKK"},
		{"Police killed 12 Viv Ansanm gang members.", "Viv Ansanm"},
		{"Troops killed 12 Ambazonian separatists.", "Ambazonian separatists"},
		{"Troops killed 12 Kuki militants.", "Kuki militants"},
		{"The PKK said 12 of its fighters were killed.", "PKK"},
		// The soldiers a group kills are its state's.
		{"BLA militants killed 10 soldiers in Quetta.", "Pakistan"},
	} {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) != 1 {
			t.Errorf("%q: %d claims, want 1", tc.text, len(cs))
			continue
		}
		if cs[0].Actor != tc.actor {
			t.Errorf("%q: actor %q, want %q", tc.text, cs[0].Actor, tc.actor)
		}
	}
}
