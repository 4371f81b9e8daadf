package extract

import "testing"

// A run of months written with an ASCII hyphen is one word
// ("January-May"): it dates a figure as "January–May" does, as a
// modifier, bare, or after a preposition.
func TestMonthRunWord(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's January-May losses reached 43,000, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "Russia's Jan-May losses reached 43,000, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "The January-May toll rose to 43,000 Russian troops, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "Between January-May, Russia lost 43,000 troops.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "January-May: Russia lost 43,000 troops.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "Russia lost 43,000 troops January-May 2024, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2024-01-01→2024-05-31"}}},
		{text: "Russia lost 43,000 troops in January-May, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		// Written in June, "September-November" is last year's.
		{text: "Russia lost 43,000 troops in September-November, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2024-09-01→2024-11-30"}}},
		// A day before a month is not a run of months.
		{text: "Russia lost 1,200 troops on 3 June, Ukraine's General Staff said.", want: [][]string{{"[1200..1200]", "2025-06-03→2025-06-03"}}},
	})
}

// A year that is a clause's subject ("show that 2024 was the deadliest
// year", "2024 saw") dates the figures told of it, as a month does; a
// year named as a yearly report's or tally's ("the 2024 report", "its
// 2024 annual figures", "Russia's 2024 losses") dates what it records.
func TestYearAsSubjectOrModifier(t *testing.T) {
	runCases(t, []claimCase{
		{text: "UCDP's latest figures show that 2024 was the deadliest year for Burkina Faso, with about 9,000 deaths.", want: [][]string{{"[9000..9000]", "2024-01-01→2024-12-31"}}},
		{text: "Data compiled by the Uppsala Conflict Data Program show that 2024 saw about 160,000 battle-related deaths worldwide.", want: [][]string{{"[160000..160000]", "2024-01-01→2024-12-31"}}},
		{text: "In Burkina Faso, 2024 was the deadliest year on record, with about 9,000 deaths.", want: [][]string{{"[9000..9000]", "2024-01-01→2024-12-31"}}},
		{text: "The UN said 2023 saw more than 8,000 civilians killed in Ukraine.", want: [][]string{{"2023-01-01→2023-12-31"}}},
		{text: "Figures show that May was the deadliest month for Russian forces, with 48,000 casualties.", want: [][]string{{"[48000..48000]", "2025-05-01→2025-05-31"}}},
		{text: "The 2024 report by Action on Armed Violence recorded 4,400 civilian casualties from explosive weapons in Myanmar.", want: [][]string{{"[4400..4400]", "2024-01-01→2024-12-31"}}},
		{text: "AOAV's 2024 annual report recorded 4,400 civilian casualties from explosive weapons in Myanmar.", want: [][]string{{"[4400..4400]", "2024-01-01→2024-12-31"}}},
		{text: "Russia's 2024 losses reached 430,000, Ukraine's General Staff said.", want: [][]string{{"[430000..430000]", "2024-01-01→2024-12-31"}}},
		{text: "Russia lost 430,000 troops in 2024, more than the 2023 total of 250,000, Ukraine's General Staff said.", want: [][]string{
			{"[430000..430000]", "2024-01-01→2024-12-31"}, {"[250000..250000]", "2023-01-01→2023-12-31"}}},
		// A year after a preposition is the rules' as before; a year
		// before a noun of no report or tally is not the figure's.
		{text: "Russia has lost 250,000 troops since 2024, Ukraine's General Staff said.", want: [][]string{{"[250000..250000]", "2024-01-01→2025-06-12"}}},
		{text: "Russia has lost 950,000 troops since the invasion, the 2024 election winner said.", want: [][]string{{"[950000..950000]", "2022-02-24→2025-06-12"}}},
	})
}

// A phase or the fighting that resumed counts from the day it resumed:
// the date written, else the day the latest truce broke down; a phase
// dated by a phrase after it ("in late 2023") is of its days then.
func TestResumedAndPhaseWithin(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel has lost 40 soldiers since the ground operation resumed in March, the Israeli military said.", want: [][]string{{"[40..40]", "2025-03-01→2025-06-12"}}},
		{text: "Israel has lost 40 soldiers since the ground operation was resumed on 18 March, the Israeli military said.", want: [][]string{{"[40..40]", "2025-03-18→2025-06-12"}}},
		{text: "Israel has lost 40 soldiers since the ground operation resumed, the Israeli military said.", want: [][]string{{"[40..40]", "2025-03-18→2025-06-12"}}},
		{text: "More than 3,000 Palestinians have been killed since fighting resumed, the Gaza health ministry said.", want: [][]string{{"[3000..·]", "2025-03-18→2025-06-12"}}},
		{text: "More than 3,000 Palestinians have been killed since Israel resumed its offensive, the Gaza health ministry said.", want: [][]string{{"[3000..·]", "2025-03-18→2025-06-12"}}},
		{text: "More than 3,000 Palestinians have been killed since fighting resumed in March, the Gaza health ministry said.", want: [][]string{{"[3000..·]", "2025-03-01→2025-06-12"}}},
		{text: "More than 300 Palestinians have been killed since fighting resumed, the Gaza health ministry said.", pub: "2024-01-15", want: [][]string{{"[300..·]", "2023-12-01→2024-01-15"}}},
		{text: "Israel lost 400 soldiers during the ground invasion of Gaza's north in late 2023.", want: [][]string{{"[400..400]", "2023-10-27→2023-12-31"}}},
		{text: "Israel lost 100 soldiers in the ground operation in Gaza in 2024.", want: [][]string{{"[100..100]", "2024-01-01→2024-12-31"}}},
		{text: "Israel lost 40 soldiers in the ground operation in Lebanon in October 2024, the Israeli military said.", want: [][]string{{"[40..40]", "2024-10-01→2024-10-31"}}},
		{text: "Ukraine lost 2,000 troops in the Kursk incursion in August, Russia said.", want: [][]string{{"[2000..2000]", "2024-08-06→2024-08-31"}}},
		// No time after the phase: all of it, as before.
		{text: "Israel has lost 400 soldiers in the ground operation in Gaza, the Israeli military said.", want: [][]string{{"[400..400]", "2023-10-27→2025-06-12"}}},
		{text: "Israel has lost 400 soldiers since the ground operation began, the Israeli military said.", want: [][]string{{"[400..400]", "2023-10-27→2025-06-12"}}},
	})
}
