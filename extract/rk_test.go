package extract

import "testing"

// Strikes counted after a word of cause are the striker's, as uncounted
// ones are: the dead are the land struck's.
func TestCountedStrikesAgent(t *testing.T) {
	runCases(t, []claimCase{
		{text: "At least 53 civilians were killed in 23 Russian strikes on Ukrainian cities in May.", want: [][]string{{"killed Ukraine/civilian", "[53..·]"}}},
		{text: "At least 53 civilians were killed in 23 Israeli strikes on Lebanon in May.", want: [][]string{{"killed Lebanon/civilian", "[53..·]"}}},
		{text: "At least 53 civilians were killed in Russian strikes on Ukrainian cities in May.", want: [][]string{{"killed Ukraine/civilian", "[53..·]"}}},
		{text: "Five civilians were killed in two Russian missile strikes on Odesa.", want: [][]string{{"killed Ukraine/civilian", "[5..5]"}}},
		{text: "At least 12 people were wounded by more than 40 Russian drones in Kharkiv overnight.", want: [][]string{{"wounded Ukraine/all", "[12..·]"}}},
		{text: "Israeli forces carried out more than 1,200 airstrikes in Lebanon last week, killing at least 700 people.", want: [][]string{{"killed Lebanon/all", "[700..·]"}}},
		{text: "Israeli forces carried out 1,200 airstrikes in Lebanon last week, killing at least 700 people.", want: [][]string{{"killed Lebanon/all", "[700..·]"}}},
		{text: "Israeli jets conducted over 100 strikes in Lebanon, killing 40 people.", want: [][]string{{"killed Lebanon/all", "[40..40]"}}},
		// A name after a count of its own people or weapons still owns them.
		{text: "Ukraine shot down 23 Russian drones.", want: [][]string{{"equipment:drones Russia/"}}},
		{text: "Ukrainian forces killed 300 Russian troops during 40 Russian assaults near Pokrovsk.", want: [][]string{{"killed Russia/military", "[300..300]"}}},
	})
}
