package extract

import "testing"

// A second figure after its own time shares the first one's verb and
// noun, with or without a comma after the time.
func TestTimeLedEllipsisNoComma(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 9,600 troops in the last week of May and in the first week of June 8,400.", want: [][]string{
			{"casualties Russia/military [9600..9600]", "2025-05-25→2025-05-31"},
			{"casualties Russia/military [8400..8400]", "2025-06-01→2025-06-07"},
		}},
		{text: "Russia lost 9,600 troops in the last week of May and in the first week of June, 8,400.", want: [][]string{
			{"[9600..9600]", "2025-05-25→2025-05-31"},
			{"casualties Russia/military [8400..8400]", "2025-06-01→2025-06-07"},
		}},
		{text: "Russia lost 9,600 troops in the last week of May, and 8,400 in the first week of June.", want: [][]string{
			{"[9600..9600]", "2025-05-25→2025-05-31"},
			{"casualties Russia/military [8400..8400]", "2025-06-01→2025-06-07"},
		}},
		{text: "Russia lost 31,000 troops in May; in April 28,000.", want: [][]string{
			{"[31000..31000]", "2025-05-01→2025-05-31"},
			{"casualties Russia/military [28000..28000]", "2025-04-01→2025-04-30"},
		}},
		{text: "In 2023 Russia lost 250,000 soldiers, in 2024 430,000.", want: [][]string{
			{"[250000..250000]", "2023-01-01→2023-12-31"},
			{"casualties Russia/military [430000..430000]", "2024-01-01→2024-12-31"},
		}},
		{text: "In January, 150 civilians were killed; in February 120.", want: [][]string{
			{"killed", "[150..150]", "2025-01-01→2025-01-31"},
			{"killed", "[120..120]", "2025-02-01→2025-02-28"},
		}},
		// A date's day is no second figure.
		{text: "Russia lost 9,600 troops in the week to June 8.", want: [][]string{{"[9600..9600]"}}},
	})
}

// "fell in battle", "fell at the front": dying, after the people however
// they are named.
func TestFellInBattleAfterNoun(t *testing.T) {
	runCases(t, []claimCase{
		{text: "250 Ukrainian soldiers fell in battle last month", want: [][]string{{"killed Ukraine/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "Ukraine said 250 of its soldiers fell in battle last month.", want: [][]string{{"killed Ukraine/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "250 Ukrainian servicemen fell at the front in May.", want: [][]string{{"killed Ukraine/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "250 Russian soldiers fell in combat near Bakhmut last month.", want: [][]string{{"killed Russia/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "Some 250 Ukrainian soldiers who fell in action were buried in May.", want: [][]string{{"killed Ukraine/military [250..250] point ~"}}},
		{text: "Some 250 Ukrainian troops have fallen in action since May.", want: [][]string{{"killed Ukraine/military [250..250] point ~"}}},
		// A count going down, a retreat: no deaths.
		{text: "The number of Ukrainian soldiers fell to 250 last month.", want: nil},
		{text: "250 Russian soldiers fell back from the village.", want: nil},
	})
}

// Wounded captives handed back in a prisoner exchange, and the bodies of
// the dead handed over, are no new losses.
func TestSwapAndHandoverNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine got back 84 wounded prisoners of war in the exchange", want: nil},
		{text: "84 wounded Ukrainian prisoners of war were returned in the swap.", want: nil},
		{text: "Russia handed over 84 wounded Ukrainian POWs in a prisoner exchange.", want: nil},
		{text: "Ukraine brought home 84 seriously wounded soldiers in the latest swap.", want: nil},
		{text: "In the latest exchange, Ukraine got back 84 severely wounded soldiers.", want: nil},
		{text: "Russia returned the bodies of 1,212 soldiers", want: nil},
		{text: "Russia handed over the bodies of 1,212 Ukrainian soldiers on Friday.", want: nil},
		{text: "Russia returned 1,212 bodies of Ukrainian servicemen.", want: nil},
		{text: "The bodies of 1,212 Ukrainian soldiers were repatriated.", want: nil},
		{text: "The bodies of 909 soldiers have been returned to Ukraine.", want: nil},
		// An exchange of fire wounds; bodies found are of the dead.
		{text: "84 soldiers were wounded in an exchange of fire with Russian troops.", want: [][]string{{"wounded", "[84..84]"}}},
		{text: "The attack wounded 84 people, a day before the prisoner exchange.", want: [][]string{{"wounded", "[84..84]"}}},
		{text: "The bodies of 60 soldiers were found in the rubble.", want: [][]string{{"killed", "[60..60]"}}},
	})
}

// A bare "N were lost/destroyed" opening a sentence counts the equipment
// the sentence before named, when that sentence named no people.
func TestBareLossOfEquipmentBefore(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine received 31 Abrams. At least 20 were lost.", want: [][]string{{"equipment:tanks Ukraine/ [20..·] at_least"}}},
		{text: "Ukraine received 31 Abrams. At least 20 were destroyed.", want: [][]string{{"equipment:tanks Ukraine/ [20..·] at_least"}}},
		{text: "Ukraine received 300 Bradleys. Of these, 100 were lost.", want: [][]string{{"equipment:armoured_vehicles Ukraine/ [100..100]"}}},
		{text: "The US sent 31 Abrams tanks to Ukraine. 19 have been lost so far.", want: [][]string{{"equipment:tanks", "[19..19]"}}},
		{text: "Germany delivered 18 Leopard 2A6 tanks in 2023. Six were damaged and two were destroyed.", want: [][]string{
			{"equipment:tanks", "[6..6]"},
			{"equipment:tanks", "[2..2]"},
		}},
		{text: "Russia launched 96 drones overnight. 62 were destroyed.", want: [][]string{{"equipment:drones Russia/ [62..62]"}}},
		// People named, or a sentence between: no equipment.
		{text: "Russia sent 500 soldiers to the village. At least 200 were lost.", want: [][]string{{"casualties Russia/military [200..·]"}}},
		{text: "Ukraine received 31 Abrams. The war goes on. At least 20 were lost.", want: [][]string{{"casualties", "[20..·]"}}},
	})
}
