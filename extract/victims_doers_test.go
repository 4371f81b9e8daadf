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

// A country's count of deaths is its own when its wars are against
// armed groups of its land; Sudan's stays every side's, and a states'
// war's battle deaths stay both sides'.
func TestCountryDeathsInGroupsWar(t *testing.T) {
	runCases(t, []claimCase{
		{text: "ACLED recorded 4,100 fatalities in Yemen in 2024.", want: [][]string{{"killed Yemen/all", "[4100..4100]", "!ambiguous_actor"}}},
		{text: "ACLED recorded 4,100 fatalities in Nigeria in 2024.", want: [][]string{{"killed Nigeria/all", "[4100..4100]"}}},
		{text: "ACLED recorded 4,100 fatalities in Lebanon in 2024.", want: [][]string{{"killed Lebanon/all", "[4100..4100]"}}},
		{text: "ACLED recorded 4,100 fatalities in DR Congo in 2024.", want: [][]string{{"killed DR Congo/all", "[4100..4100]"}}},
		{text: "The study estimated 377,000 deaths in Yemen by the end of 2021.", want: [][]string{{"killed Yemen/all", "[377000..377000]"}}},
		{text: "There were 5,000 conflict deaths in Nigeria last year.", want: [][]string{{"killed Nigeria/all", "[5000..5000]"}}},
		{text: "UCDP recorded 81,500 deaths in Ethiopia in 2022.", want: [][]string{{"killed Ethiopia/all", "[81500..81500]"}}},
		{text: "At least 4,100 people were killed in Yemen in 2024.", want: [][]string{{"killed Yemen/all", "[4100..·]"}}},
		{text: "ACLED recorded 4,100 fatalities in Sudan in 2024.", want: [][]string{{"killed /all", "[4100..4100]", "ambiguous_actor"}}},
		{text: "ACLED recorded 1,200 civilian fatalities in Yemen in 2024.", want: [][]string{{"killed Yemen/civilian", "[1200..1200]"}}},
	})
}

// A second doer joined to the first after "by" or a "to" of blame is a
// doer too, not whose dead; a name past a semicolon is its own clause's.
func TestConjoinedDoer(t *testing.T) {
	runCases(t, []claimCase{
		{text: "There were 2,400 civilian fatalities in Mali in 2024, most of them caused by the army and Russian mercenaries.", want: [][]string{{"killed Mali/civilian", "[2400..2400]"}}},
		{text: "ACLED attributes 1,600 of the 2,400 civilian fatalities in Mali in 2024 to state forces and their Russian allies.", want: [][]string{{"killed Mali/civilian", "[1600..1600]"}}},
		{text: "Some 300 civilians were killed in Moura by the army and Russian mercenaries.", want: [][]string{{"killed Mali/civilian", "[300..300]"}}},
		{text: "ACLED recorded 3,115 fatalities in Sudan in April; 61 per cent of events involved the RSF.", want: [][]string{{"killed /all", "[3115..3115]"}}},
		// Sides that own their figures stay theirs.
		{text: "The army lost 40 soldiers, while the RSF lost 90.", want: [][]string{{"casualties Sudan (SAF)/military", "[40..40]"}, {"casualties Sudan (RSF)/military", "[90..90]"}}},
		{text: "Ukraine lost 30 soldiers to shelling and Russian drones.", want: [][]string{{"casualties Ukraine/military", "[30..30]"}}},
	})
}
