package extract

import "testing"

// Weapons downed in the clause after a launch are the launcher's, also
// when the defender speaks after the figure.
func TestDownedAfterLaunchClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia launched 479 drones overnight; 277 drones were shot down, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones overnight; 277 were shot down, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones and 20 missiles overnight; 277 drones were intercepted, the air force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones overnight, and 277 drones were shot down, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		{text: "Russia launched 479 drones overnight; air defence downed 277 drones, the Ukrainian Air Force said.", want: [][]string{{"equipment:drones Russia/", "[277..277]"}}},
		// The figure's own side still wins.
		{text: "Russia launched 479 drones overnight; Ukraine lost 3 drones.", want: [][]string{{"equipment:drones Ukraine/", "[3..3]"}}},
	})
}

// Civilians killed in fighting between two sides are the people of the
// place they fell in; soldiers stay either side's.
func TestFightingBetweenCiviliansPlace(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Clashes between Russian and Ukrainian forces killed 3 civilians in Kupiansk on Wednesday.", want: [][]string{{"killed Ukraine/civilian", "[3..3]", "!ambiguous_actor"}}},
		{text: "Fighting between M23 rebels and Congolese troops killed 17 civilians in eastern Congo on Wednesday.", want: [][]string{{"killed DR Congo/civilian", "[17..17]"}}},
		{text: "Clashes between Russian and Ukrainian forces killed 3 civilians in eastern Ukraine on Wednesday.", want: [][]string{{"killed Ukraine/civilian", "[3..3]"}}},
		{text: "Three civilians were killed in Kupiansk in clashes between Russian and Ukrainian forces on Wednesday.", want: [][]string{{"killed Ukraine/civilian", "[3..3]"}}},
		{text: "Fighting between Israel and Hezbollah killed 12 civilians in Lebanon on Wednesday.", want: [][]string{{"killed Lebanon/civilian", "[12..12]"}}},
		{text: "Clashes between Russian and Ukrainian forces killed 3 civilians in Kursk on Wednesday.", want: [][]string{{"killed Russia/civilian", "[3..3]"}}},
		{text: "Fighting between the army and the RSF killed 17 civilians in El Fasher on Wednesday.", want: [][]string{{"killed Sudan (civilians)/civilian", "[17..17]"}}},
		// No place, or soldiers: still both sides'.
		{text: "Clashes between Russian and Ukrainian forces killed 3 civilians on Wednesday.", want: [][]string{{"killed /civilian", "ambiguous_actor"}}},
		{text: "Clashes between Russian and Ukrainian forces killed 30 soldiers in Kupiansk on Wednesday.", want: [][]string{{"killed /military", "ambiguous_actor"}}},
	})
}

// A "military administration" is Ukraine's civil authority in wartime:
// its name says nothing of soldiers among the dead.
func TestMilitaryAdministrationNotSoldiers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Sumy regional military administration said the death toll from the strike had risen to 14.", want: [][]string{{"killed Ukraine/all", "[14..14]"}}},
		{text: "The Kharkiv city military administration said the death toll from the strike had risen to 14.", want: [][]string{{"killed Ukraine/all", "[14..14]"}}},
		{text: "The death toll from the strike had risen to 14, the head of the Sumy regional military administration said.", want: [][]string{{"killed Ukraine/all", "[14..14]"}}},
		{text: "The Sumy military administration said the death toll had risen to 14.", want: [][]string{{"killed Ukraine/all", "[14..14]"}}},
		// The army's own word still says soldiers.
		{text: "The military said the death toll among its troops had risen to 14.", want: [][]string{{"killed /military", "[14..14]"}}},
	})
}
