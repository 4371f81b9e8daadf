package extract

import "testing"

// A start that names a part of a time ("since the end of April") starts
// on that part, and runs to the text's day.
func TestSincePartOfTime(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has lost 25,000 troops since the end of April, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-04-30→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since the close of March, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-03-31→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since the middle of May, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-05-15→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since the end of last year, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2024-12-31→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since the end of 2023, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2023-12-31→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since the turn of the year, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-01-01→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since last week's breakthrough, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-06-02→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since last month's offensive began, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-05-01→2025-06-12"}}},
		{text: "Since the start of its offensive on Pokrovsk last summer, Russia has lost 25,000 troops, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2024-06-01→2025-06-12"}}},
		{text: "Russia has lost 25,000 troops since the offensive began last summer, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2024-06-01→2025-06-12"}}},
		// What stays as it was: a start of a time, and a month alone.
		{text: "Russia has lost 25,000 troops since the start of May, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-05-01→2025-06-12"}}},
		{text: "Russia lost 25,000 troops at the end of April, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]"}}},
		{text: "Russia lost 25,000 troops in April, Ukraine's General Staff said.", want: [][]string{{"[25000..25000]", "2025-04-01→2025-04-30"}}},
	})
}

// A subtotal that names its own time between its verb and its figure
// ("bringing its June losses to 12,400") is of that time, not of the
// increment's day before the verb.
func TestSubtotalOwnTime(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,000 troops on Wednesday, bringing its June losses to 12,400, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]", "2025-06-11→2025-06-11"}, {"[12400..12400]", "2025-06-01→2025-06-12"}}},
		{text: "Russia lost 1,000 troops on Wednesday, taking the total for the month to 12,400, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]", "2025-06-11→2025-06-11"}, {"[12400..12400]", "2025-06-01→2025-06-12"}}},
		{text: "Russia lost 1,000 troops on Wednesday, bringing its losses for the week to 4,200, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]", "2025-06-11→2025-06-11"}, {"[4200..4200]", "2025-06-09→2025-06-12"}}},
		{text: "Twenty Palestinians were killed on Tuesday, raising the week's toll to 140, the Gaza health ministry said.", want: [][]string{
			{"[20..20]", "2025-06-10→2025-06-10"}, {"[140..140]", "2025-06-09→2025-06-12"}}},
		{text: "Russia lost 1,000 troops on Wednesday, bringing its losses this month to 12,400, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]"}, {"[12400..12400]", "2025-06-01→2025-06-12"}}},
		{text: "Russia lost 1,000 troops on Wednesday, bringing its losses this year to 180,000, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]"}, {"[180000..180000]", "2025-01-01→2025-06-12"}}},
		{text: "Russia's May casualties were 40,000, Ukraine said.", want: [][]string{{"[40000..40000]", "2025-05-01→2025-05-31"}}},
		// A total with no time of its own stands on the increment's day.
		{text: "Russia lost 1,000 troops on Wednesday, bringing the total to 998,000, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]", "2025-06-11→2025-06-11"}, {"[998000..998000]", "2022-02-24→2025-06-11"}}},
		{text: "Russia lost 1,000 troops on Wednesday, bringing its losses since the invasion to 998,000, Ukraine's General Staff said.", want: [][]string{
			{"[1000..1000]", "2025-06-11→2025-06-11"}, {"[998000..998000]", "2022-02-24→2025-06-12"}}},
	})
}

// "In the N days since <event>" counts N days: from the event's day when
// the text dates it, else back from publication.
func TestCountSince(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 9,800 troops in the 10 days since the offensive began, Ukraine said.", want: [][]string{{"[9800..9800]", "2025-06-02→2025-06-12"}}},
		{text: "In the ten days since the ceasefire collapsed, 400 Palestinians have been killed, the Gaza health ministry said.", want: [][]string{{"[400..400]", "2025-06-02→2025-06-12"}}},
		{text: "In the two weeks since the truce ended, 900 Palestinians have been killed, the Gaza health ministry said.", want: [][]string{{"[900..900]", "2025-05-29→2025-06-12"}}},
		{text: "Russia lost 3,000 troops in the three days since the assault on Kostiantynivka began, Ukraine said.", want: [][]string{{"[3000..3000]", "2025-06-09→2025-06-12"}}},
		{text: "Russia lost 9,800 troops in the 10 days since the offensive began on 1 June, Ukraine said.", want: [][]string{{"[9800..9800]", "2025-06-01→2025-06-11"}}},
		// No length: the event's start.
		{text: "Russia has lost 9,800 troops since the offensive began on 1 June, Ukraine said.", want: [][]string{{"[9800..9800]", "2025-06-01→2025-06-12"}}},
	})
}

// "The first N days of <phase>" is the phase's first N days, from the
// registry's start or the day the text gives.
func TestPhaseFirstSpan(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel lost 44 soldiers in the first two weeks of the ground operation in Gaza, the Israeli military said.", want: [][]string{{"[44..44]", "2023-10-27→2023-11-10"}}},
		{text: "Russia lost 5,000 troops in the first three days of the offensive on Pokrovsk, which began on 1 June, Ukraine said.", want: [][]string{{"[5000..5000]", "2025-06-01→2025-06-04"}}},
		{text: "Ukraine lost 2,000 troops in the first month of the Kursk incursion, Russia said.", want: [][]string{{"[2000..2000]", "2024-08-06→2024-09-06"}}},
		{text: "Russia lost 5,000 troops in the first week of the war, Ukraine said.", want: [][]string{{"[5000..5000]", "2022-02-24→2022-03-03"}}},
		// The whole phase, as before.
		{text: "Israel has lost 400 soldiers in the ground operation in Gaza, the Israeli military said.", want: [][]string{{"[400..400]", "2023-10-27→2025-06-12"}}},
	})
}

// The toll of an attack named by its day is of that day, however the
// toll rose since; a toll of an attack with no day is the past day's.
func TestAttackDayToll(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The death toll from Tuesday's attack on Kharkiv rose to 20, Ukrainian officials said.", want: [][]string{{"[20..20]", "2025-06-10→2025-06-10"}}},
		{text: "The death toll from yesterday's strike on Dnipro rose to 9.", want: [][]string{{"[9..9]", "2025-06-11→2025-06-11"}}},
		{text: "The toll from Monday's strike on Odesa has risen to 12.", want: [][]string{{"[12..12]", "2025-06-09→2025-06-09"}}},
		{text: "The death toll from Sunday's attack on Sumy rose to 42 on Tuesday, officials said.", want: [][]string{{"[42..42]", "2025-06-08→2025-06-10"}}},
		{text: "By Monday morning the death toll from the Sumy strike had risen to 35.", want: [][]string{{"[35..35]", "2025-06-08→2025-06-09"}}},
	})
}
