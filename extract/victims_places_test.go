package extract

import "testing"

// A land that records or sees deaths is where they fell: a country's
// conflict deaths are every side's, not its civilians'.
func TestPlaceSawDeaths(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Sudan recorded 28,700 conflict deaths in 2024, according to ACLED.", want: [][]string{{"killed /all", "[28700..28700]"}}},
		{text: "Sudan has seen more than 28,700 conflict-related deaths.", want: [][]string{{"killed /all", "[28700..·]"}}},
		{text: "Sudan registered 1,100 fatalities in March.", want: [][]string{{"killed /all", "[1100..1100]"}}},
		{text: "Myanmar saw 15,000 conflict-related fatalities last year.", want: [][]string{{"killed Myanmar/all", "[15000..15000]"}}},
		{text: "Mexico recorded 20,000 conflict deaths in 2024.", want: [][]string{{"killed Mexico/all", "[20000..20000]"}}},
		// The civilians' deaths stay theirs; a side's own losses stay its own.
		{text: "Sudan recorded 7,500 civilian deaths in 2024.", want: [][]string{{"killed Sudan (civilians)/civilian", "[7500..7500]"}}},
		{text: "Ukraine recorded 200 civilian deaths in May.", want: [][]string{{"killed Ukraine/civilian", "[200..200]"}}},
		{text: "Russia recorded 3,000 losses in a day.", want: [][]string{{"casualties Russia/military", "[3000..3000]"}}},
		{text: "Russia suffered 1,100 casualties on Monday.", want: [][]string{{"casualties Russia/military", "[1100..1100]"}}},
		{text: "Ukraine logged 1,300 Russian losses on Monday.", want: [][]string{{"casualties Russia/military", "[1300..1300]"}}},
	})
}

// "The aggressor" is the speaker's enemy, as "the enemy" is, whichever
// party speaks.
func TestAggressorIsEnemy(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Houthis said 3 of the aggressors were killed.", want: [][]string{{"killed Yemen/", "[3..3]", "src=Houthis"}}},
		{text: "The Houthis said the aggressors' losses included 12 killed.", want: [][]string{{"killed Yemen/", "[12..12]"}}},
		{text: "The Houthis said dozens of the aggressor's mercenaries were killed.", want: [][]string{{"killed Yemen/", "[12..·]"}}},
		{text: "The Houthis said 12 aggressor soldiers were killed.", want: [][]string{{"killed Yemen/military", "[12..12]"}}},
		{text: "Hezbollah said it killed 5 of the aggressor's soldiers.", want: [][]string{{"killed Israel/military", "[5..5]"}}},
		{text: "Ukraine's General Staff said the aggressor lost 1,200 troops over the past day.", want: [][]string{{"casualties Russia/military", "[1200..1200]"}}},
		{text: "Russia's defence ministry said the aggressor lost up to 1,200 servicemen.", want: [][]string{{"casualties Ukraine/military", "[·..1200]"}}},
		// No party speaks: no side.
		{text: "Analysts said the aggressor lost 500 troops in the offensive.", want: [][]string{{"casualties /military", "[500..500]"}}},
	})
}

// A whole whose part the sentence gives a side of is of no one side;
// the part's share keeps its side. "All of them" is the whole.
func TestPartSideNotWhole(t *testing.T) {
	runCases(t, []claimCase{
		{text: "124 journalists have been killed since October 2023, nearly two-thirds of them Palestinians, the CPJ said.", want: [][]string{
			{"killed /civilian", "[124..124]"},
			{"killed Palestinians in Gaza/civilian", "[83..83]"},
		}},
		{text: "124 journalists were killed in 2024, most of whom were Palestinians.", want: [][]string{{"killed /civilian", "[124..124]"}}},
		{text: "Some 200 aid workers have been killed, more than half of them Palestinian staff of UNRWA.", want: [][]string{
			{"killed /civilian", "[200..200]"},
			{"killed Palestinians in Gaza/civilian", "[100..·]"},
		}},
		{text: "At least 25 people were killed, all of them Palestinians.", want: [][]string{{"killed Palestinians in Gaza/all", "[25..·]"}}},
		{text: "Gaza's health ministry said 120 people were killed, 40 of them children.", want: [][]string{
			{"killed Palestinians in Gaza/all", "[120..120]"},
			{"killed Palestinians in Gaza/civilian", "[40..40]"},
		}},
	})
}
