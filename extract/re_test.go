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
