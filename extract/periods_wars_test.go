package extract

import "testing"

// "The year's death toll" is this year's, to the day written, as "this
// year's toll" is; "last year's" and a part "of the year's deaths" keep
// their own readings.
func TestYearPossessiveToll(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The year's death toll stands at 1,200, the ministry said.", want: [][]string{{"[1200..1200]", "2025-01-01→2025-06-12"}}},
		{text: "The year’s toll of civilian deaths in Darfur has risen to 1,200.", want: [][]string{{"[1200..1200]", "2025-01-01→2025-06-12"}}},
		{text: "Officials said the year's civilian death toll had reached 1,200.", want: [][]string{{"[1200..1200]", "2025-01-01→2025-06-12"}}},
		{text: "This year's death toll stands at 1,200, the ministry said.", want: [][]string{{"[1200..1200]", "2025-01-01→2025-06-12"}}},
		// Near by: other years.
		{text: "Last year's death toll was 1,200.", want: [][]string{{"[1200..1200]", "2024-01-01→2024-12-31"}}},
		{text: "In the year to June, 1,200 civilians were killed in Darfur.", want: [][]string{{"[1200..1200]", "2024-06-01→2025-05-31"}}},
	})
}

// "The Tigray war, which ended with a truce in November 2022, killed …":
// how the war ended may come between "ended" and its time, which dates
// the war, not the figure; a war the registry does not date ends then.
func TestWarEndedWithClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Tigray war, which ended with a truce in November 2022, killed as many as 600,000.", want: [][]string{{"[·..600000]", "2020-11-03→2022-11-02"}}},
		{text: "The war in Tigray, which ended with a peace deal in November 2022, killed as many as 600,000 people.", want: [][]string{{"[·..600000]", "2020-11-03→2022-11-02"}}},
		{text: "The two-year Tigray war, which ended with the Pretoria agreement in November 2022, is estimated to have killed 600,000 people.", want: [][]string{{"[600000..600000]", "2020-11-03→2022-11-02"}}},
		{text: "The Tigray war, which ended in November 2022, killed as many as 600,000 Tigrayans.", want: [][]string{{"[·..600000]", "2020-11-03→2022-11-02"}}},
		{text: "The war, which ended with a ceasefire in November 2024, killed more than 4,000 people in Lebanon.", want: [][]string{{"[4000..·]", "2023-10-08→2024-11-27"}}},
		{text: "The civil war, which ended with a ceasefire in March 2019, killed 40,000 people.", want: [][]string{{"[40000..40000]", "→2019-03-31"}}},
		// Near by: a siege's end dates its toll.
		{text: "The siege, which ended with a surrender in May 2022, killed 20,000 people.", want: [][]string{{"[20000..20000]", "2022-05-01→2022-05-31"}}},
	})
}

// "the 2020 Karabakh war", "the 2020–22 conflict": a war named by its
// years is the registry's war of those years, whose dates win; a place
// not in its name, or years of no registry war, are whole years.
func TestWarOfYearsNamed(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Armenia lost about 3,800 soldiers in the 2020 Karabakh war.", want: [][]string{{"Armenia/", "2020-09-27→2020-11-10"}}},
		{text: "Armenia lost about 3,800 soldiers in the 2020 Nagorno-Karabakh war.", want: [][]string{{"Armenia/", "2020-09-27→2020-11-10"}}},
		{text: "Armenia lost about 3,800 soldiers in the 2020 conflict.", want: [][]string{{"Armenia/", "2020-09-27→2020-11-10"}}},
		{text: "In the 44-day war of 2020, Armenia had lost up to 2,300 soldiers.", want: [][]string{{"[·..2300]", "2020-09-27→2020-11-10"}}},
		{text: "The 2020–22 conflict killed 600,000 people.", want: [][]string{{"[600000..600000]", "2020-11-03→2022-11-02"}}},
		{text: "The 2020-2022 war killed 600,000 people.", want: [][]string{{"[600000..600000]", "2020-11-03→2022-11-02"}}},
		// Near by: no registry war of the years or of the place.
		{text: "The 2014–16 conflict killed 20,000 people.", want: [][]string{{"[20000..20000]", "2014-01-01→2016-12-31"}}},
		{text: "Israel lost 60 soldiers in the 2020 Gaza war.", want: [][]string{{"[60..60]", "2020-01-01→2020-12-31"}}},
	})
}

// "The same day", "that day", "later that day" take the day of the
// sentence before; with no day before, the news of the day before the
// text.
func TestSameDayAfterDated(t *testing.T) {
	runCases(t, []claimCase{
		{text: "On 3 June a missile struck Sumy, killing 9. The same day, shelling in Kherson killed 4.", want: [][]string{{"[9..9]", "2025-06-03→2025-06-03"}, {"[4..4]", "2025-06-03→2025-06-03"}}},
		{text: "On 3 June a missile struck Sumy, killing 9. On the same day, shelling in Kherson killed 4.", want: [][]string{{"[9..9]"}, {"[4..4]", "2025-06-03→2025-06-03"}}},
		{text: "On 3 June a missile struck Sumy, killing 9. Later that day, shelling in Kherson killed 4.", want: [][]string{{"[9..9]"}, {"[4..4]", "2025-06-03→2025-06-03"}}},
		{text: "On 3 June a missile struck Sumy, killing 9. Shelling in Kherson killed 4 the same day.", want: [][]string{{"[9..9]"}, {"[4..4]", "2025-06-03→2025-06-03"}}},
		{text: "A Russian missile hit Sumy on Tuesday, killing 9 people. The same day, shelling in Kherson killed 4 civilians.", want: [][]string{{"[9..9]", "2025-06-10→2025-06-10"}, {"[4..4]", "2025-06-10→2025-06-10"}}},
		// Near by: no day before.
		{text: "The same day, shelling in Kherson killed 4.", want: [][]string{{"[4..4]", "2025-06-11→2025-06-12"}}},
	})
}

// "The week before" after a week's figure is the same-length week
// ending a week earlier.
func TestWeekBeforeWeek(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In the week ending 8 June, Russia lost 7,800 soldiers. The week before, it lost 8,100.", want: [][]string{{"[7800..7800]", "2025-06-01→2025-06-08"}, {"[8100..8100]", "2025-05-25→2025-06-01"}}},
	})
}
