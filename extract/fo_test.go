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
