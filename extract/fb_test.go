package extract

import (
	"testing"

	"github.com/attrition-project/attrition"
)

// periodCase is a figure's expected period: the claim of the given low
// (or, when low is 0, with no low and that high) in text published on pub.
type periodCase struct {
	text, pub  string
	low        float64
	start, end string
}

func checkPeriods(t *testing.T, cases []periodCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, tc.pub, "")
		var c *attrition.Claim
		for i := range cs {
			if v := claimSize(&cs[i]); v != nil && *v == tc.low {
				c = &cs[i]
				break
			}
		}
		if c == nil {
			t.Errorf("%q: no claim of %v in %d claims", tc.text, tc.low, len(cs))
			continue
		}
		if got := c.PeriodStart.String() + ".." + c.PeriodEnd.String(); got != tc.start+".."+tc.end {
			t.Errorf("%q: %v: period %s, want %s..%s", tc.text, tc.low, got, tc.start, tc.end)
		}
	}
}

// A single event's toll with no date of its own is the past day's news;
// a running total is not.
func TestFbSingleEventPastDay(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"The toll from this morning's strike on Kryvyi Rih has risen to nine.", "2025-06-12", 9, "2025-06-12", "2025-06-12"},
		{"The death toll from last night's Russian attack on Kyiv rose to 23.", "2025-06-12", 23, "2025-06-11", "2025-06-12"},
		{"Today's strike killed four people in Kharkiv.", "2025-06-12", 4, "2025-06-12", "2025-06-12"},
		{"Sunday's strike killed four people in Sumy.", "2025-06-12", 4, "2025-06-08", "2025-06-08"},
		{"Three Israeli soldiers killed, two seriously wounded in Gaza roadside bomb, army says", "2025-06-12", 3, "2025-06-11", "2025-06-12"},
		{"Three Israeli soldiers killed, two seriously wounded in Gaza roadside bomb, army says", "2025-06-12", 2, "2025-06-11", "2025-06-12"},
		{"Two soldiers killed by roadside bomb in Mali", "2025-06-12", 2, "2025-06-11", "2025-06-12"},
		{"Five soldiers killed in ambush in northern Burkina Faso", "2025-06-12", 5, "2025-06-11", "2025-06-12"},
		{"Twelve soldiers killed in jihadist raid on army post in Mali", "2025-06-12", 12, "2025-06-11", "2025-06-12"},
		{"Three killed and 20 injured as Russia pounds Kharkiv with drones", "2025-06-12", 3, "2025-06-11", "2025-06-12"},
		{"Three killed and 20 injured as Russia pounds Kharkiv with drones", "2025-06-12", 20, "2025-06-11", "2025-06-12"},
		{"Two killed as Russian drones hit Odesa", "2025-06-12", 2, "2025-06-11", "2025-06-12"},
		{"Five people killed as Israel strikes Gaza", "2025-06-12", 5, "2025-06-11", "2025-06-12"},
		{"At least 10 people are still missing under the rubble in Kyiv.", "2025-06-12", 10, "2025-06-11", "2025-06-12"},
		// Running totals keep the war's start.
		{"Gaza death toll rises to 55,000", "2025-06-12", 55000, "2023-10-07", "2025-06-12"},
		{"Gaza death toll passes 49,600 as Israeli strikes resume", "2025-06-12", 49600, "2023-10-07", "2025-06-12"},
		{"More than 11,000 people are still missing under the rubble in Gaza.", "2025-06-12", 11000, "2023-10-07", "2025-06-12"},
		{"Today's figures show Russia has lost 1,000,000 troops.", "2025-06-12", 1000000, "2022-02-24", "2025-06-12"},
		{"Russia has lost 1,000,000 troops as well as attacks on its rear.", "2025-06-12", 1000000, "2022-02-24", "2025-06-12"},
	})
}

// A few dead told in the simple past after a stored war ended are a new
// day's news, not a share of that war's toll; a text that looks back at
// the war keeps its window (the corpus's "12-day war" reviews).
func TestFbNewsAfterEndedWar(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"An Israeli soldier was killed by a Hezbollah drone, the army said.", "2025-06-12", 1, "2025-06-11", "2025-06-12"},
		{"An Israeli soldier was killed by a Hezbollah drone, the army said.", "2025-09-20", 1, "2025-09-19", "2025-09-20"},
		{"Pakistani shelling killed three civilians in Kashmir, Indian officials said.", "2025-06-12", 3, "2025-06-11", "2025-06-12"},
		{"Indian shelling killed five people in Pakistani Kashmir, the army said.", "2025-06-12", 5, "2025-06-11", "2025-06-12"},
		// The war named: its deeds.
		{"During the war, Pakistani shelling killed three civilians in Kashmir, Indian officials said.", "2025-06-12", 3, "2025-05-07", "2025-05-10"},
		{"Pakistani shelling killed three civilians in Kashmir during last month's war, Indian officials said.", "2025-06-12", 3, "2025-05-07", "2025-05-10"},
		{"An Israeli soldier was killed by a Hezbollah drone during the war, the army said.", "2024-12-10", 1, "2023-10-08", "2024-11-27"},
	})
}

// A running total compared with its value a year back keeps its war's
// start; only the end moves back.
func TestFbYearEarlierTotal(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russian casualties now stand at 1,000,000, up from 600,000 a year earlier.", "2025-06-12", 600000, "2022-02-24", "2024-06-12"},
		{"Russian casualties now stand at 1,000,000, up from 600,000 a year ago.", "2025-06-12", 600000, "2022-02-24", "2024-06-12"},
		{"Russian casualties now stand at 1,000,000, compared with 600,000 at this time last year.", "2025-06-12", 1000000, "2022-02-24", "2025-06-12"},
		{"Russian casualties now stand at 1,000,000, compared with 600,000 at this time last year.", "2025-06-12", 600000, "2022-02-24", "2024-06-12"},
		{"Russian casualties now stand at 1,000,000, compared with 600,000 at the same time last year.", "2025-06-12", 600000, "2022-02-24", "2024-06-12"},
		{"At this time last year, Russian casualties stood at 600,000.", "2025-06-12", 600000, "2022-02-24", "2024-06-12"},
		{"Russian casualties now stand at 1,000,000, compared with 600,000 in June 2024.", "2025-06-12", 1000000, "2022-02-24", "2025-06-12"},
		// A span a year back moves both ends.
		{"Russia lost 1,380 tanks in 2024, down from 1,860 the year before.", "2025-06-12", 1860, "2023-01-01", "2023-12-31"},
		{"Russian losses in May were 40,000, up from 30,000 in the same month last year.", "2025-06-12", 30000, "2024-05-01", "2024-05-31"},
	})
}

// A figure compared with the first has its own time, whatever verb the
// first took.
func TestFbComparedFigurePeriod(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russian casualties in 2024 exceeded 430,000, compared with around 250,000 in 2023.", "2025-06-12", 250000, "2023-01-01", "2023-12-31"},
		{"Russian casualties in 2024 exceeded 430,000, compared with around 250,000 in 2023.", "2025-06-12", 430000, "2024-01-01", "2024-12-31"},
		{"Russian casualties in 2024 exceeded 430,000, up from around 250,000 in 2023.", "2025-06-12", 250000, "2023-01-01", "2023-12-31"},
		{"Russian casualties in December exceeded 45,000, compared with 38,000 in November.", "2025-01-10", 38000, "2024-11-01", "2024-11-30"},
		{"Russian casualties in December exceeded 45,000, compared with 38,000 in November.", "2025-01-10", 45000, "2024-12-01", "2024-12-31"},
		{"Russian losses in May topped 40,000, against 30,000 in April.", "2025-06-12", 30000, "2025-04-01", "2025-04-30"},
		// A running total's milestone and the one before it.
		{"Russian losses stood at 45,000 in December, up from 38,000 in November.", "2025-01-10", 38000, "2022-02-24", "2024-11-30"},
	})
}

// A list of months that follow each other is one span.
func TestFbMonthList(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russian forces suffered 125,800 casualties in September, October and November.", "2024-12-20", 125800, "2024-09-01", "2024-11-30"},
		{"Russian forces suffered 125,800 casualties in September, October, and November 2024.", "2025-02-20", 125800, "2024-09-01", "2024-11-30"},
		{"Russian losses across March, April and May totalled roughly 115,000.", "2024-12-20", 115000, "2024-03-01", "2024-05-31"},
		{"Russian forces suffered 125,800 casualties in November, December and January.", "2025-02-20", 125800, "2024-11-01", "2025-01-31"},
		{"Russian forces suffered 80,000 casualties in October and November.", "2024-12-20", 80000, "2024-10-01", "2024-11-30"},
		// Months each with its own figure, or not in a run, stay apart.
		{"Russia lost 40,000 in September, 42,000 in October and 45,000 in November.", "2024-12-20", 42000, "2024-10-01", "2024-10-31"},
		{"Russia lost 40,000 troops in September, October saw fewer.", "2024-12-20", 40000, "2024-09-01", "2024-09-30"},
		{"Russia lost 40,000 troops in September, November and December.", "2024-12-20", 40000, "2024-09-01", "2024-09-30"},
	})
}

// "As of" a month that holds the publication day is the month so far;
// a day written after a war's end is the day of the tally.
func TestFbAsOfDated(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"As of June 2025, over 55,000 Palestinians had been killed in Gaza.", "2025-06-12", 55000, "2023-10-07", "2025-06-12"},
		{"By June 2025, over 55,000 Palestinians had been killed in Gaza.", "2025-06-12", 55000, "2023-10-07", "2025-06-12"},
		{"As of May 2025, over 53,000 Palestinians had been killed in Gaza.", "2025-06-12", 53000, "2023-10-07", "2025-05-31"},
		{"As of 4 December 2024, 4,047 people had been killed in Lebanon.", "2025-06-12", 4047, "2023-10-08", "2024-12-04"},
		{"As of 4 December 2024, 4,047 people had been killed in Lebanon.", "2024-12-10", 4047, "2023-10-08", "2024-12-04"},
		// A statement's day after the ceasefire still ends with the war.
		{"Lebanon's health ministry said on Wednesday that 4,047 people had been killed in Israeli attacks.", "2024-12-12", 4047, "2023-10-08", "2024-11-27"},
	})
	for _, c := range run(t, "As of June 2025, over 55,000 Palestinians had been killed in Gaza.", "2025-06-12", "") {
		if len(c.Flags) != 0 {
			t.Errorf("flags %v, want none", c.Flags)
		}
	}
}

// A total told as it rose ends where the text says it stood; two days'
// parts joined are both days.
func TestFbRiseEndAndDayParts(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Russian casualties rose from 315,000 in December 2023 to 700,000 by December 2024.", "2025-06-12", 700000, "2022-02-24", "2024-12-31"},
		{"Russian casualties rose from 315,000 in December 2023 to 700,000 by December 2024.", "2025-06-12", 315000, "2022-02-24", "2023-12-31"},
		{"Russian casualties rose from 315,000 in December 2023 to 700,000 in December 2024.", "2025-06-12", 700000, "2022-02-24", "2024-12-31"},
		{"Russian drones killed two people in Kharkiv on Tuesday night and Wednesday morning.", "2025-06-12", 2, "2025-06-10", "2025-06-11"},
		{"Russian drones killed two people in Kharkiv on Saturday and Sunday.", "2025-06-12", 2, "2025-06-07", "2025-06-08"},
		{"Russian drones killed two people in Kharkiv on Tuesday night.", "2025-06-12", 2, "2025-06-10", "2025-06-10"},
		{"Russian drones killed two people in Kharkiv on Tuesday morning and three on Wednesday.", "2025-06-12", 3, "2025-06-11", "2025-06-11"},
	})
}
