package extract

import "testing"

// A war that ended before the text came out is its period only when the
// text points at it: a side's name alone is no pointer.
func TestEndedWarNotByDefault(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Pakistan's military said 12 soldiers have been killed.", want: [][]string{{"Pakistan/military", "[12..12]", "→2025-06-12"}}},
		{text: "Indian army says 5 soldiers have been killed in Kashmir.", want: [][]string{{"India/military", "[5..5]", "→2025-06-12"}}},
		{text: "Two other soldiers attained martyrdom while fighting the khwarij, ISPR said.", want: [][]string{{"Pakistan/military", "[2..2]", "2025-06-11→2025-06-12"}}},
		{text: "Ethiopian troops killed 20 militants near the border.", want: [][]string{{"[20..20]", "2025-06-11→2025-06-12"}}},
		// Pointed at: the war's name, its enemy, war talk.
		{text: "Ethiopia lost 100,000 soldiers in the Tigray war.", want: [][]string{{"Ethiopia/military", "[100000..100000]", "2020-11-03→2022-11-02"}}},
		{text: "Pakistan said 40 soldiers have been killed in the conflict.", want: [][]string{{"Pakistan/military", "[40..40]", "2025-05-07→2025-05-10"}}},
		// The other side named anywhere in the text.
		{text: "Azerbaijan's defence ministry said on Thursday that 192 of its servicemen were killed in last week's offensive in Karabakh. The Armenian side put its dead at about 200.",
			pub: "2023-09-28", want: [][]string{{"Azerbaijan/military", "[192..192]", "2023-09-19→2023-09-20"}, {"[200..200]"}}},
		// While the war goes on, its own.
		{text: "Pakistan's military said 12 soldiers have been killed.", pub: "2025-05-09", want: [][]string{{"[12..12]", "2025-05-07→2025-05-09"}}},
	})
}

// A few dead of one deed, told in the simple past, are the past day's
// news in a war the registry does not know as in one it does.
func TestUnknownWarDayNews(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Four Libyan soldiers were killed in clashes.", want: [][]string{{"Libya/military", "[4..4]", "2025-06-11→2025-06-12"}}},
		{text: "Four Libyan soldiers were killed in an operation.", want: [][]string{{"[4..4]", "2025-06-11→2025-06-12"}}},
		{text: "Four Libyan soldiers were killed in an encounter.", want: [][]string{{"[4..4]", "2025-06-11→2025-06-12"}}},
		{text: "Militants beheaded at least 11 villagers.", want: [][]string{{"[11..·]", "2025-06-11→2025-06-12"}}},
		{text: "Security forces killed 30 terrorists in North Waziristan.", want: [][]string{{"[30..30]", "2025-06-11→2025-06-12"}}},
		{text: "Security forces killed 30 terrorists during an intelligence-based operation.", want: [][]string{{"[30..30]", "2025-06-11→2025-06-12"}}},
		{text: "Five Somali soldiers died in an ambush.", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
		{text: "Three soldiers embraced shahadat during the exchange of fire, ISPR said.", want: [][]string{{"[3..3]", "2025-06-11→2025-06-12"}}},
		{text: "Two soldiers were martyred in the attack.", want: [][]string{{"[2..2]", "2025-06-11→2025-06-12"}}},
		// Not a war's total, nor a deed of a year written.
		{text: "Libya's civil war has killed 20,000 people.", want: [][]string{{"[20000..20000]", "→2025-06-12"}}},
		{text: "In 2011, four Libyan soldiers were killed in clashes.", want: [][]string{{"[4..4]", "2011-01-01→2011-12-31"}}},
	})
}

// One deed's toll told by a statement dated by a month fell within
// that month, not on its last days.
func TestStatementMonthBoundsEvent(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The attack left at least 184 people dead, the UN said in December.", want: [][]string{{"[184..·]", "2024-12-01→2024-12-31"}}},
		{text: "An attack killed 40 people, officials said in March.", want: [][]string{{"[40..40]", "2025-03-01→2025-03-31"}}},
		{text: "Two soldiers were killed in combat, the army said in May.", want: [][]string{{"[2..2]", "2025-05-01→2025-05-31"}}},
		{text: "The attack left at least 184 people dead, the UN said in early December.", want: [][]string{{"[184..·]", "2024-12-01→2024-12-10"}}},
		// A day stays the day before it.
		{text: "The attack left at least 184 people dead, the UN said on Tuesday.", want: [][]string{{"[184..·]", "2025-06-09→2025-06-10"}}},
	})
}
