package extract

import "testing"

// A bare "the ministry" of a strike's toll of people is no defence
// ministry: the actor stays the side struck. Named as a defence
// ministry, or of soldiers and weapons, it still is one.
func TestBareMinistryOfPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian missiles struck Odesa. Twelve people were killed, the ministry said.", want: [][]string{
			{"killed Ukraine/all", "[12..12]", "src="},
		}},
		{text: "Russian drones hit Kharkiv overnight. Five civilians, including two children, were killed, the ministry said.", want: [][]string{
			{"killed Ukraine/civilian", "[5..5]", "src="},
			{"killed Ukraine/civilian", "[2..2]", "src="},
		}},
		{text: "Russian missiles struck Odesa. At least 12 people were killed, according to the ministry.", want: [][]string{
			{"killed Ukraine/all", "[12..·]", "src="},
		}},
		{text: "Russian air defences shot down 96 Ukrainian drones overnight, the ministry said.", want: [][]string{
			{"equipment:drones", "[96..96]", "src=Ministry of Defence of the Russian Federation"},
		}},
	})
}
