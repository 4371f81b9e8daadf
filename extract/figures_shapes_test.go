package extract

import "testing"

// The ages of a group counted before are no figures of loss; the count
// is.
func TestAgesOfCountedGroup(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The five civilians killed were mostly over 60.", want: [][]string{{"killed", "/civilian", "[5..5]"}}},
		{text: "The three children killed were all under 18.", want: [][]string{{"killed", "/civilian", "[3..3]"}}},
		{text: "Dozens of civilians killed were over 60.", want: [][]string{{"killed", "/civilian", "[12..·]"}}},
		{text: "The 12 soldiers killed were aged between 20 and 30.", want: [][]string{{"killed", "/military", "[12..12]"}}},
		{text: "The 12 soldiers killed were aged 20 to 30.", want: [][]string{{"killed", "/military", "[12..12]"}}},
		{text: "Eleven people were killed, aged between 3 and 80.", want: [][]string{{"killed", "[11..11]"}}},
		{text: "The victims ranged in age from 18 to 25.", want: nil},
		// A loss noun as the subject keeps the figure a count.
		{text: "The casualties were over 50.", want: [][]string{{"casualties", "[50..·]", "more_than"}}},
		{text: "Between 20 and 30 soldiers were killed.", want: [][]string{{"killed", "[20..30]", "range"}}},
	})
}

// A share of a force lost, then the figure it comes to: the figure is
// the claim, the share none.
func TestShareThenFigure(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 40% of its personnel, some 800 men.", want: [][]string{{"casualties", "Russia/military", "[800..800]", "~"}}},
		{text: "The brigade lost 40% of its personnel, some 800 men.", want: [][]string{{"casualties", "[800..800]", "~"}}},
		{text: "The brigade lost 40% of its personnel, or some 800 men.", want: [][]string{{"casualties", "[800..800]", "~"}}},
		{text: "The brigade lost 40 per cent of its men, some 800 soldiers.", want: [][]string{{"casualties", "/military", "[800..800]", "~"}}},
		{text: "The unit lost 60 percent of its personnel, roughly 500 soldiers, in the assault.", want: [][]string{{"casualties", "/military", "[500..500]", "~"}}},
		{text: "The brigade lost a third of its strength, about 800 men.", want: [][]string{{"casualties", "[800..800]", "~"}}},
		{text: "The battalion lost a third of its strength, about 1,200 soldiers.", want: [][]string{{"casualties", "/military", "[1200..1200]", "~"}}},
		{text: "The brigade lost half its men, around 2,000 troops.", want: [][]string{{"casualties", "/military", "[2000..2000]", "~"}}},
		// No loss: a share of people who fled, and a force's size.
		{text: "About 40% of the town's 5,000 residents, some 2,000 people, have fled.", want: nil},
		{text: "The brigade, 800 men, lost 40% of its strength.", want: nil},
	})
}

// A loss with its noun left out counts the equipment the clause counted
// before, though that count (made, received) was no loss.
func TestLossOfCountedEquipment(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia produced 1,500 tanks but lost roughly 1,400.", want: [][]string{{"equipment:tanks", "Russia/", "[1400..1400]", "~"}}},
		{text: "Russia built 1,200 tanks last year and lost about 1,300.", want: [][]string{{"equipment:tanks", "Russia/", "[1300..1300]", "~"}}},
		{text: "Russia produced 1,500 tanks in 2024 but lost roughly 1,400 in the same period.", want: [][]string{{"equipment:tanks", "Russia/", "[1400..1400]", "~"}}},
		{text: "Ukraine received 31 Abrams tanks and has lost at least 20.", want: [][]string{{"equipment:tanks", "Ukraine/", "[20..·]", "at_least"}}},
		{text: "Ukraine received 31 Abrams tanks. Of those, at least 20 have been lost.", want: [][]string{{"equipment:tanks", "Ukraine/", "[20..·]", "at_least"}}},
		{text: "Ukraine received 31 Abrams tanks, of which at least 20 have been lost.", want: [][]string{{"equipment:tanks", "Ukraine/", "[20..·]", "at_least"}}},
		{text: "Germany delivered 18 Leopard 2 tanks to Ukraine; 12 of them were destroyed.", want: [][]string{{"equipment:tanks", "Ukraine/", "[12..12]"}}},
		// People recruited, and missiles spent, lend no noun to the loss.
		{text: "Russia recruited 30,000 men in May and lost 35,000.", want: [][]string{{"casualties", "Russia/military", "[35000..35000]"}}},
		{text: "Russia fired 300 missiles but lost 5,000.", want: [][]string{{"casualties", "Russia/military", "[5000..5000]"}}},
	})
}

// A figure after a comparison and a colon is the comparison's count.
func TestFigureAfterComparisonColon(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine saw more deaths than any other conflict: at least 100,000.", want: [][]string{{"killed", "Ukraine/", "[100000..·]", "at_least"}}},
		{text: "Russia has suffered more casualties than in all its wars since 1945 combined: roughly 950,000.", want: [][]string{{"casualties", "Russia/military", "[950000..950000]", "~"}}},
		{text: "Gaza has seen the highest civilian toll of any recent war: more than 50,000 killed.", want: [][]string{{"killed", "Palestinians in Gaza/", "[50000..·]", "more_than"}}},
	})
}

// Prisoners released or swapped, and the wounded among them, are no
// losses.
func TestReleasedPrisonersWounded(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia released 150 prisoners of war, of whom 30 were wounded.", want: nil},
		{text: "Russia returned 150 POWs, of whom 30 were seriously wounded.", want: nil},
		{text: "Russia handed over 150 prisoners of war, including 30 wounded.", want: nil},
		{text: "Ukraine freed 95 prisoners, 20 of them wounded.", want: nil},
		{text: "Among the 150 POWs released by Russia, 30 were wounded.", want: nil},
		{text: "Among the 150 prisoners of war released, 30 were wounded.", want: nil},
		{text: "Of the 84 prisoners swapped on Friday, 20 were wounded.", want: nil},
		// Hostages freed were hurt in the attack; soldiers are no swap.
		{text: "Of the 90 hostages freed, 12 were wounded.", want: [][]string{{"wounded", "[12..12]"}}},
		{text: "Among the 150 soldiers in the unit, 30 were wounded.", want: [][]string{{"wounded", "[30..30]"}}},
	})
}

// A machine counted after its name, as OSINT tallies list them.
func TestTimesAfterModel(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Destroyed: T-90M x2, BMP-2 (x3), Msta-S x1", want: [][]string{
			{"equipment:tanks", "[2..2]"},
			{"equipment:armoured_vehicles", "[3..3]"},
			{"equipment:artillery", "[1..1]"},
		}},
		{text: "Russian losses included 2x T-72B3 and T-72 ×4.", want: [][]string{
			{"equipment:tanks", "Russia/", "[2..2]"},
			{"equipment:tanks", "Russia/", "[4..4]"},
		}},
		{text: "Ukraine lost Leopard 2A6 x3 and Bradley x4 near Avdiivka.", want: [][]string{
			{"equipment:tanks", "Ukraine/", "[3..3]"},
			{"equipment:armoured_vehicles", "Ukraine/", "[4..4]"},
		}},
		{text: "Russian losses today: T-80BVM x1, BTR-82A x2, Pantsir-S1 x1.", want: [][]string{
			{"equipment:tanks", "[1..1]"},
			{"equipment:armoured_vehicles", "[2..2]"},
			{"equipment:air_defence", "[1..1]"},
		}},
		// A name with a number of its own is no count.
		{text: "The new X2 drone flew 40 km.", want: nil},
		{text: "Russia lost a T-90M.", want: [][]string{{"equipment:tanks", "[1..1]"}}},
	})
}
