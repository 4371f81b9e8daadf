package extract

import "testing"

// Periods in live blogs and rolling coverage: bulleted lines, toll
// updates, entry headers.

func TestProseBulletKeepsEventDay(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		// A bullet does not change what a sentence of prose says.
		{text: "- At least 27 people were killed in a Russian missile strike on Dnipro, governor Serhiy Lysak said.", want: [][]string{{"[27..·]", "at_least", day}}},
		{text: "• At least 27 people were killed in a Russian missile strike on Dnipro, governor Serhiy Lysak said.", want: [][]string{{"[27..·]", day}}},
		{text: "* Three people were killed in a Russian strike on Kherson, the regional governor said.", want: [][]string{{"[3..3]", day}}},
		{text: "- Israeli strikes killed 30 people across Gaza, the health ministry said.", want: [][]string{{"killed", "[30..30]", day}}},
		{text: "– A Russian drone attack on Odesa killed two people and injured nine, the regional governor said.", want: [][]string{
			{"killed", "[2..2]", day},
			{"wounded", "[9..9]", day},
		}},
		{text: "Key developments:\n- At least 27 people were killed in a Russian missile strike on Dnipro, governor Serhiy Lysak said.\n- Three people were killed in a Russian strike on Kherson, the regional governor said.", want: [][]string{
			{"[27..·]", day},
			{"[3..3]", day},
		}},
		// A tally's lines stay running totals.
		{text: "Ukraine's General Staff reported Russian losses since the start of the war:\n- personnel: 1,000,000 (+1,200)\n- tanks: 10,914 (+7)", want: [][]string{
			{"casualties", "[1e+06..1e+06]", "2022-02-24→2025-06-12"},
			{"[1200..1200]"},
			{"equipment:tanks", "[10914..10914]", "2022-02-24→2025-06-12"},
			{"[7..7]"},
		}},
		// A part of the toll before it is of that toll's time.
		{text: "• According to the health ministry, 2,574 people have been killed in Lebanon since 8 October 2023.\n• Among the dead are at least 163 health workers and 166 children.", pub: "2024-10-25", want: [][]string{
			{"[2574..2574]", "2023-10-08→2024-10-25"},
			{"[163..·]", "2023-10-08→2024-10-25"},
			{"[166..166]", "2023-10-08→2024-10-25"},
		}},
		// A running total in the perfect on a bullet stays one.
		{text: "- Israeli strikes have killed more than 55,000 people in Gaza, the health ministry said.", want: [][]string{{"[55000..·]", "2023-10-07→2025-06-12"}}},
	})
}

func TestTollUpdateOfOneEvent(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	lead := "A Russian strike on Sumy killed 12 people. "
	runCases(t, []claimCase{
		// A new count of the event just told is of its time.
		{text: lead + "The toll has since risen to 14, the governor said.", want: [][]string{{"[12..12]", day}, {"[14..14]", day}}},
		{text: lead + "By evening the death toll had climbed to 14.", want: [][]string{{"[12..12]", day}, {"[14..14]", day}}},
		{text: lead + "Officials later revised the toll to 14.", want: [][]string{{"[12..12]", day}, {"[14..14]", day}}},
		{text: lead + "He later corrected the figure to 34.", want: [][]string{{"[12..12]", day}, {"[34..34]", day}}},
		{text: "A Russian missile strike on Dnipro on Tuesday killed 20 people. The death toll has risen to 27.", want: [][]string{
			{"[20..20]", "2025-06-10→2025-06-10"},
			{"[27..27]", "2025-06-10→2025-06-10"},
		}},
		// A town's toll, risen to, is its dead of the day.
		{text: "The death toll in Dnipro has risen to 27.", want: [][]string{{"[27..27]", day}}},
		{text: "The number of injured in Dnipro has risen to 64.", want: [][]string{{"wounded", "[64..64]", day}}},
		{text: "The death toll in Dnipro has risen to 27, the governor said on Tuesday.", want: [][]string{{"[27..27]", "2025-06-09→2025-06-10"}}},
		// A new deed after a toll with no side is of its own day.
		{text: "The toll rose to 25. A Russian strike killed 21 people in Kryvyi Rih.", want: [][]string{{"[25..25]"}, {"[21..21]", day}}},
		// "A further …" is still the part of what went before.
		{text: "Twelve people were killed in a strike on Sumy on Tuesday. A further 20 were injured.", want: [][]string{
			{"[12..12]", "2025-06-10→2025-06-10"},
			{"wounded", "[20..20]", "2025-06-10→2025-06-10"},
		}},
		// A war's toll stays the war's.
		{text: "The death toll in Gaza has risen to 55,000.", want: [][]string{{"[55000..55000]", "2023-10-07→2025-06-12"}}},
		{text: "Israeli strikes killed 30 people across Gaza on Wednesday. The death toll in Gaza has risen to 55,000.", want: [][]string{
			{"[30..30]", "2025-06-11→2025-06-11"},
			{"[55000..55000]", "2023-10-07→2025-06-12"},
		}},
		{text: "Russia has lost 900,000 troops since 2022. The toll has since risen to 950,000.", want: [][]string{
			{"[900000..900000]", "2022-02-24→2025-06-12"},
			{"[950000..950000]", "2022-02-24→2025-06-12"},
		}},
	})
}

func TestLostListOnePeriod(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Russia's defence ministry said Ukraine lost 70 troops, two tanks and three armoured vehicles in the Kursk region.", want: [][]string{
			{"casualties", "[70..70]", day},
			{"equipment:tanks", "[2..2]", day},
			{"equipment:armoured_vehicles", "[3..3]", day},
		}},
		{text: "Ukrainian forces lost up to 175 servicemen and a tank near Kupiansk.", want: [][]string{
			{"[·..175]", day},
			{"equipment:tanks", "[1..1]", day},
		}},
		// A running tally of machines stays the war's.
		{text: "Russia has lost 3,000 tanks since 2022, the ministry said.", want: [][]string{{"equipment:tanks", "2022-02-24→2025-06-12"}}},
	})
}
