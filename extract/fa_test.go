package extract

import "testing"

// periodCase is a sentence with one figure whose period is checked.
type periodCase struct {
	text       string
	low        float64
	start, end string
}

// checkPeriods runs each case, published 2025-06-12 (a Thursday), and
// checks the period of the claim with the case's figure.
func checkPeriods(t *testing.T, cases []periodCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		found := false
		for _, c := range cs {
			if c.Low == nil || *c.Low != tc.low {
				continue
			}
			found = true
			if got := c.PeriodStart.String() + ".." + c.PeriodEnd.String(); got != tc.start+".."+tc.end {
				t.Errorf("%q: period %s, want %s..%s", tc.text, got, tc.start, tc.end)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v in %+v", tc.text, tc.low, cs)
		}
	}
}

func TestPeriodHalfAndWeekOfMonth(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russia lost about 31,000 troops in the second half of May, according to Ukraine's General Staff.", 31000, "2025-05-16", "2025-05-31"},
		{"Russia lost about 31,000 troops in the first half of May, according to Ukraine's General Staff.", 31000, "2025-05-01", "2025-05-15"},
		{"Russia lost about 31,000 troops in the latter half of May, according to Ukraine's General Staff.", 31000, "2025-05-16", "2025-05-31"},
		{"Russia lost about 31,000 troops in the last half of April, according to Ukraine's General Staff.", 31000, "2025-04-16", "2025-04-30"},
		// A half still running ends on the day of publication.
		{"Russia lost about 11,000 troops in the first half of June, according to Ukraine's General Staff.", 11000, "2025-06-01", "2025-06-12"},
		// Halves of a year stay halves of a year.
		{"Russia lost about 210,000 troops in the second half of 2024, according to Ukraine's General Staff.", 210000, "2024-07-01", "2024-12-31"},
		{"Russia lost about 210,000 troops in the latter half of 2024, according to Ukraine's General Staff.", 210000, "2024-07-01", "2024-12-31"},
		{"Russia lost 31,000 troops in the second week of May, Ukraine said.", 31000, "2025-05-08", "2025-05-14"},
		{"Russia lost 31,000 troops in the third week of May, Ukraine said.", 31000, "2025-05-15", "2025-05-21"},
		{"Russia lost 31,000 troops in the fourth week of February, Ukraine said.", 31000, "2025-02-22", "2025-02-28"},
		{"Russia lost 31,000 troops during the first week of May, Ukraine said.", 31000, "2025-05-01", "2025-05-07"},
	})
}

func TestPeriodToDate(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russian casualties year to date stand at 190,000, according to Ukraine's General Staff.", 190000, "2025-01-01", "2025-06-12"},
		{"Year to date, Russia has lost 190,000 troops, Ukraine's General Staff said.", 190000, "2025-01-01", "2025-06-12"},
		{"Russia has lost 190,000 troops in the year to date, Ukraine's General Staff said.", 190000, "2025-01-01", "2025-06-12"},
		{"Russia's losses for the month to date reached 12,500, Ukraine's General Staff said.", 12500, "2025-06-01", "2025-06-12"},
		{"Russia's losses month to date reached 12,500, Ukraine's General Staff said.", 12500, "2025-06-01", "2025-06-12"},
	})
}

func TestPeriodBareRanges(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russia lost 7,300 soldiers June 1–7, Ukraine said.", 7300, "2025-06-01", "2025-06-07"},
		{"Russia lost 7,300 soldiers in the period June 1–7, Ukraine said.", 7300, "2025-06-01", "2025-06-07"},
		{"Russian losses (June 1–7): 7,300 soldiers, Ukraine said.", 7300, "2025-06-01", "2025-06-07"},
		{"Russia lost 7,300 soldiers 28 May–3 June, Ukraine said.", 7300, "2025-05-28", "2025-06-03"},
		{"Russia lost 7,300 soldiers May 28-June 3, Ukraine said.", 7300, "2025-05-28", "2025-06-03"},
		{"Russia lost 7,300 soldiers May 28 to June 3, Ukraine said.", 7300, "2025-05-28", "2025-06-03"},
		{"Russia lost 73,000 soldiers January–May, Ukraine said.", 73000, "2025-01-01", "2025-05-31"},
		// Across a new year: the first month is the year before.
		{"Russia lost 73,000 soldiers November–February, Ukraine said.", 73000, "2024-11-01", "2025-02-28"},
		{"Russia lost 7,300 soldiers 1–7 June, Ukraine said.", 7300, "2025-06-01", "2025-06-07"},
		{"Russia lost 7,300 soldiers from 28 May to 3 June, Ukraine said.", 7300, "2025-05-28", "2025-06-03"},
		// A score is no range of days.
		{"Ukraine won 2-1 on June 3, and Russia lost 7,300 soldiers on June 3, Kyiv said.", 7300, "2025-06-03", "2025-06-03"},
		// A date alone is not read as a range.
		{"Russia has lost 1,000,000 soldiers, Ukraine said on June 3.", 1000000, "2022-02-24", "2025-06-03"},
	})
}

func TestPeriodWeekdayRangesAndWeekBeginning(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russia lost 3,100 troops from Friday to Sunday, Ukraine's General Staff said.", 3100, "2025-06-06", "2025-06-08"},
		{"Russia lost 3,100 troops Friday to Sunday, Ukraine's General Staff said.", 3100, "2025-06-06", "2025-06-08"},
		{"Russia lost 3,100 troops from Friday through Sunday, Ukraine's General Staff said.", 3100, "2025-06-06", "2025-06-08"},
		{"Russia lost 3,100 troops from Friday until Sunday, Ukraine's General Staff said.", 3100, "2025-06-06", "2025-06-08"},
		{"Russia lost 3,100 troops between Monday and Wednesday, Ukraine's General Staff said.", 3100, "2025-06-09", "2025-06-11"},
		{"Russia lost 3,100 troops on Saturday and Sunday, Ukraine's General Staff said.", 3100, "2025-06-07", "2025-06-08"},
		// A run that ends on the day of publication.
		{"Russia lost 3,100 troops from Monday to Thursday, Ukraine's General Staff said.", 3100, "2025-06-09", "2025-06-12"},
		{"Russia lost 8,100 troops in the week beginning 3 March, Ukraine's General Staff said.", 8100, "2025-03-03", "2025-03-09"},
		{"Russia lost 8,100 troops in the week starting June 2, Ukraine's General Staff said.", 8100, "2025-06-02", "2025-06-08"},
		{"Russia lost 8,100 troops during the week commencing 3 March, Ukraine's General Staff said.", 8100, "2025-03-03", "2025-03-09"},
		{"Russia lost 8,100 troops in the week starting on Monday, June 2, Ukraine's General Staff said.", 8100, "2025-06-02", "2025-06-08"},
		// The week still running ends on the day of publication.
		{"Russia lost 4,100 troops in the week beginning 9 June, Ukraine's General Staff said.", 4100, "2025-06-09", "2025-06-12"},
	})
}

func TestPeriodOrdinalDaysAfterThe(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russia lost 3,100 troops from the 3rd to the 9th of March, Ukraine's General Staff said.", 3100, "2025-03-03", "2025-03-09"},
		{"Russia lost 3,100 troops from the 3rd to 9th March, Ukraine's General Staff said.", 3100, "2025-03-03", "2025-03-09"},
		{"Russia lost 3,100 troops from 3 to 9 March, Ukraine's General Staff said.", 3100, "2025-03-03", "2025-03-09"},
	})
}
