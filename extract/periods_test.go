package extract

import (
	"testing"
	"time"

	"github.com/attrition-project/attrition"
)

// A single event's toll with no date of its own is the past day's news;
// a running total is not.
func TestSingleEventPastDay(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The toll from this morning's strike on Kryvyi Rih has risen to nine.", want: [][]string{{"[9..9]", "2025-06-12→2025-06-12"}}},
		{text: "The death toll from last night's Russian attack on Kyiv rose to 23.", want: [][]string{{"[23..23]", "2025-06-11→2025-06-12"}}},
		{text: "Today's strike killed four people in Kharkiv.", want: [][]string{{"[4..4]", "2025-06-12→2025-06-12"}}},
		{text: "Sunday's strike killed four people in Sumy.", want: [][]string{{"[4..4]", "2025-06-08→2025-06-08"}}},
		{text: "Three Israeli soldiers killed, two seriously wounded in Gaza roadside bomb, army says", want: [][]string{
			{"[3..3]", "2025-06-11→2025-06-12"},
			{"[2..2]"},
		}},
		{text: "Three Israeli soldiers killed, two seriously wounded in Gaza roadside bomb, army says", want: [][]string{
			{"[3..3]"},
			{"[2..2]", "2025-06-11→2025-06-12"},
		}},
		{text: "Two soldiers killed by roadside bomb in Mali", want: [][]string{{"[2..2]", "2025-06-11→2025-06-12"}}},
		{text: "Five soldiers killed in ambush in northern Burkina Faso", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
		{text: "Twelve soldiers killed in jihadist raid on army post in Mali", want: [][]string{{"[12..12]", "2025-06-11→2025-06-12"}}},
		{text: "Three killed and 20 injured as Russia pounds Kharkiv with drones", want: [][]string{
			{"[3..3]", "2025-06-11→2025-06-12"},
			{"[20..20]"},
		}},
		{text: "Three killed and 20 injured as Russia pounds Kharkiv with drones", want: [][]string{
			{"[3..3]"},
			{"[20..20]", "2025-06-11→2025-06-12"},
		}},
		{text: "Two killed as Russian drones hit Odesa", want: [][]string{{"[2..2]", "2025-06-11→2025-06-12"}}},
		{text: "Five people killed as Israel strikes Gaza", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
		{text: "At least 10 people are still missing under the rubble in Kyiv.", want: [][]string{{"[10..·]", "2025-06-11→2025-06-12"}}},
		// Running totals keep the war's start.
		{text: "Gaza death toll rises to 55,000", want: [][]string{{"[55000..55000]", "2023-10-07→2025-06-12"}}},
		{text: "Gaza death toll passes 49,600 as Israeli strikes resume", want: [][]string{{"[49600..·]", "2023-10-07→2025-06-12"}}},
		{text: "More than 11,000 people are still missing under the rubble in Gaza.", want: [][]string{{"[11000..·]", "2023-10-07→2025-06-12"}}},
		{text: "Today's figures show Russia has lost 1,000,000 troops.", want: [][]string{{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Russia has lost 1,000,000 troops as well as attacks on its rear.", want: [][]string{{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
	})
}

// A few dead told in the simple past after a stored war ended are a new
// day's news, not a share of that war's toll; a text that looks back at
// the war keeps its window (the corpus's "12-day war" reviews).
func TestNewsAfterEndedWar(t *testing.T) {
	runCases(t, []claimCase{
		{text: "An Israeli soldier was killed by a Hezbollah drone, the army said.", want: [][]string{{"[1..1]", "2025-06-11→2025-06-12"}}},
		{text: "An Israeli soldier was killed by a Hezbollah drone, the army said.", pub: "2025-09-20", want: [][]string{{"[1..1]", "2025-09-19→2025-09-20"}}},
		{text: "Pakistani shelling killed three civilians in Kashmir, Indian officials said.", want: [][]string{{"[3..3]", "2025-06-11→2025-06-12"}}},
		{text: "Indian shelling killed five people in Pakistani Kashmir, the army said.", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
		// The war named: its deeds.
		{text: "During the war, Pakistani shelling killed three civilians in Kashmir, Indian officials said.", want: [][]string{{"[3..3]", "2025-05-07→2025-05-10"}}},
		{text: "Pakistani shelling killed three civilians in Kashmir during last month's war, Indian officials said.", want: [][]string{{"[3..3]", "2025-05-07→2025-05-10"}}},
		{text: "An Israeli soldier was killed by a Hezbollah drone during the war, the army said.", pub: "2024-12-10", want: [][]string{{"[1..1]", "2023-10-08→2024-11-27"}}},
	})
}

// A running total compared with its value a year back keeps its war's
// start; only the end moves back.
func TestYearEarlierTotal(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties now stand at 1,000,000, up from 600,000 a year earlier.", want: [][]string{
			{"[1e+06..1e+06]"},
			{"[600000..600000]", "2022-02-24→2024-06-12"},
		}},
		{text: "Russian casualties now stand at 1,000,000, up from 600,000 a year ago.", want: [][]string{
			{"[1e+06..1e+06]"},
			{"[600000..600000]", "2022-02-24→2024-06-12"},
		}},
		{text: "Russian casualties now stand at 1,000,000, compared with 600,000 at this time last year.", want: [][]string{
			{"[1e+06..1e+06]", "2022-02-24→2025-06-12"},
			{"[600000..600000]"},
		}},
		{text: "Russian casualties now stand at 1,000,000, compared with 600,000 at this time last year.", want: [][]string{
			{"[1e+06..1e+06]"},
			{"[600000..600000]", "2022-02-24→2024-06-12"},
		}},
		{text: "Russian casualties now stand at 1,000,000, compared with 600,000 at the same time last year.", want: [][]string{
			{"[1e+06..1e+06]"},
			{"[600000..600000]", "2022-02-24→2024-06-12"},
		}},
		{text: "At this time last year, Russian casualties stood at 600,000.", want: [][]string{{"[600000..600000]", "2022-02-24→2024-06-12"}}},
		{text: "Russian casualties now stand at 1,000,000, compared with 600,000 in June 2024.", want: [][]string{
			{"[1e+06..1e+06]", "2022-02-24→2025-06-12"},
			{"[600000..600000]"},
		}},
		// A span a year back moves both ends.
		{text: "Russia lost 1,380 tanks in 2024, down from 1,860 the year before.", want: [][]string{
			{"[1380..1380]"},
			{"[1860..1860]", "2023-01-01→2023-12-31"},
		}},
		{text: "Russian losses in May were 40,000, up from 30,000 in the same month last year.", want: [][]string{
			{"[40000..40000]"},
			{"[30000..30000]", "2024-05-01→2024-05-31"},
		}},
	})
}

// A figure compared with the first has its own time, whatever verb the
// first took.
func TestComparedFigurePeriod(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties in 2024 exceeded 430,000, compared with around 250,000 in 2023.", want: [][]string{
			{"[430000..·]"},
			{"[250000..250000]", "2023-01-01→2023-12-31"},
		}},
		{text: "Russian casualties in 2024 exceeded 430,000, compared with around 250,000 in 2023.", want: [][]string{
			{"[430000..·]", "2024-01-01→2024-12-31"},
			{"[250000..250000]"},
		}},
		{text: "Russian casualties in 2024 exceeded 430,000, up from around 250,000 in 2023.", want: [][]string{
			{"[430000..·]"},
			{"[250000..250000]", "2023-01-01→2023-12-31"},
		}},
		{text: "Russian casualties in December exceeded 45,000, compared with 38,000 in November.", pub: "2025-01-10", want: [][]string{
			{"[45000..·]"},
			{"[38000..38000]", "2024-11-01→2024-11-30"},
		}},
		{text: "Russian casualties in December exceeded 45,000, compared with 38,000 in November.", pub: "2025-01-10", want: [][]string{
			{"[45000..·]", "2024-12-01→2024-12-31"},
			{"[38000..38000]"},
		}},
		{text: "Russian losses in May topped 40,000, against 30,000 in April.", want: [][]string{
			{"[40000..·]"},
			{"[30000..30000]", "2025-04-01→2025-04-30"},
		}},
		// A running total's milestone and the one before it.
		{text: "Russian losses stood at 45,000 in December, up from 38,000 in November.", pub: "2025-01-10", want: [][]string{
			{"[45000..45000]"},
			{"[38000..38000]", "2022-02-24→2024-11-30"},
		}},
	})
}

// A list of months that follow each other is one span.
func TestMonthList(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces suffered 125,800 casualties in September, October and November.", pub: "2024-12-20", want: [][]string{{"[125800..125800]", "2024-09-01→2024-11-30"}}},
		{text: "Russian forces suffered 125,800 casualties in September, October, and November 2024.", pub: "2025-02-20", want: [][]string{{"[125800..125800]", "2024-09-01→2024-11-30"}}},
		{text: "Russian losses across March, April and May totalled roughly 115,000.", pub: "2024-12-20", want: [][]string{{"[115000..115000]", "2024-03-01→2024-05-31"}}},
		{text: "Russian forces suffered 125,800 casualties in November, December and January.", pub: "2025-02-20", want: [][]string{{"[125800..125800]", "2024-11-01→2025-01-31"}}},
		{text: "Russian forces suffered 80,000 casualties in October and November.", pub: "2024-12-20", want: [][]string{{"[80000..80000]", "2024-10-01→2024-11-30"}}},
		// Months each with its own figure, or not in a run, stay apart.
		{text: "Russia lost 40,000 in September, 42,000 in October and 45,000 in November.", pub: "2024-12-20", want: [][]string{
			{"[40000..40000]"},
			{"[42000..42000]", "2024-10-01→2024-10-31"},
			{"[45000..45000]"},
		}},
		{text: "Russia lost 40,000 troops in September, October saw fewer.", pub: "2024-12-20", want: [][]string{{"[40000..40000]", "2024-09-01→2024-09-30"}}},
		{text: "Russia lost 40,000 troops in September, November and December.", pub: "2024-12-20", want: [][]string{{"[40000..40000]", "2024-09-01→2024-09-30"}}},
	})
}

// "As of" a month that holds the publication day is the month so far;
// a day written after a war's end is the day of the tally.
func TestAsOfDated(t *testing.T) {
	runCases(t, []claimCase{
		{text: "As of June 2025, over 55,000 Palestinians had been killed in Gaza.", want: [][]string{{"[55000..·]", "2023-10-07→2025-06-12"}}},
		{text: "By June 2025, over 55,000 Palestinians had been killed in Gaza.", want: [][]string{{"[55000..·]", "2023-10-07→2025-06-12"}}},
		{text: "As of May 2025, over 53,000 Palestinians had been killed in Gaza.", want: [][]string{{"[53000..·]", "2023-10-07→2025-05-31"}}},
		{text: "As of 4 December 2024, 4,047 people had been killed in Lebanon.", want: [][]string{{"[4047..4047]", "2023-10-08→2024-12-04"}}},
		{text: "As of 4 December 2024, 4,047 people had been killed in Lebanon.", pub: "2024-12-10", want: [][]string{{"[4047..4047]", "2023-10-08→2024-12-04"}}},
		// A statement's day after the ceasefire still ends with the war.
		{text: "Lebanon's health ministry said on Wednesday that 4,047 people had been killed in Israeli attacks.", pub: "2024-12-12", want: [][]string{{"[4047..4047]", "2023-10-08→2024-11-27"}}},
	})
	for _, c := range run(t, "As of June 2025, over 55,000 Palestinians had been killed in Gaza.", "2025-06-12", "") {
		if len(c.Flags) != 0 {
			t.Errorf("flags %v, want none", c.Flags)
		}
	}
}

// A total told as it rose ends where the text says it stood; two days'
// parts joined are both days.
func TestRiseEndAndDayParts(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties rose from 315,000 in December 2023 to 700,000 by December 2024.", want: [][]string{
			{"[700000..700000]", "2022-02-24→2024-12-31"},
			{"[315000..315000]"},
		}},
		{text: "Russian casualties rose from 315,000 in December 2023 to 700,000 by December 2024.", want: [][]string{
			{"[700000..700000]"},
			{"[315000..315000]", "2022-02-24→2023-12-31"},
		}},
		{text: "Russian casualties rose from 315,000 in December 2023 to 700,000 in December 2024.", want: [][]string{
			{"[700000..700000]", "2022-02-24→2024-12-31"},
			{"[315000..315000]"},
		}},
		{text: "Russian drones killed two people in Kharkiv on Tuesday night and Wednesday morning.", want: [][]string{{"[2..2]", "2025-06-10→2025-06-11"}}},
		{text: "Russian drones killed two people in Kharkiv on Saturday and Sunday.", want: [][]string{{"[2..2]", "2025-06-07→2025-06-08"}}},
		{text: "Russian drones killed two people in Kharkiv on Tuesday night.", want: [][]string{{"[2..2]", "2025-06-10→2025-06-10"}}},
		{text: "Russian drones killed two people in Kharkiv on Tuesday morning and three on Wednesday.", want: [][]string{
			{"[2..2]"},
			{"[3..3]", "2025-06-11→2025-06-11"},
		}},
	})
}

// A past war named by its name spans the days its fighting began and
// ended; the years written after it are whole years.
func TestPastWarDays(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Korean War killed an estimated 2.5 million civilians.", want: [][]string{{"[2.5e+06..2.5e+06]", "1950-06-25→1953-07-27"}}},
		{text: "Some 58,000 Americans died in the Vietnam War.", want: [][]string{{"[58000..58000]", "1955-11-01→1975-04-30"}}},
		{text: "The Second Chechen War killed about 25,000 civilians.", want: [][]string{{"[25000..25000]", "1999-08-26→2009-04-16"}}},
		{text: "About 20 million soldiers died in World War One.", want: [][]string{{"[2e+07..2e+07]", "1914-07-28→1918-11-11"}}},
		{text: "Some 4.5 million people were killed in World War II in Ukraine.", want: [][]string{{"[4.5e+06..4.5e+06]", "1939-09-01→1945-09-02"}}},
		{text: "Argentina lost 649 servicemen in the Falklands War.", want: [][]string{{"[649..649]", "1982-04-02→1982-06-14"}}},
		// The years written are the span as they read.
		{text: "Some 36,500 Americans died in the Korean War (1950-53).", want: [][]string{{"[36500..36500]", "1950-01-01→1953-12-31"}}},
		{text: "About 5,500 Russian servicemen were killed in the First Chechen War of 1994-96.", want: [][]string{{"[5500..5500]", "1994-01-01→1996-12-31"}}},
	})
}

// A rate held "for three straight months" runs over the streak to the
// day written, and the streak's count is no figure; a count that tops a
// mark for the nth month is the latest month's, which the streak does
// not date.
func TestRateStreak(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian daily losses have exceeded 1,000 for three straight months.", want: [][]string{{"[1000..·]/day", "2025-03-12→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for five consecutive months.", want: [][]string{{"[1000..·]/day", "2025-01-12→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for 3 straight months.", want: [][]string{{"[1000..·]/day", "2025-03-12→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for three successive weeks.", want: [][]string{{"[1000..·]/day", "2025-05-22→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for four months in a row.", want: [][]string{{"[1000..·]/day", "2025-02-12→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for three months running.", want: [][]string{{"[1000..·]/day", "2025-03-12→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for the fifth consecutive month.", want: [][]string{{"[1000..·]/day", "2025-01-12→2025-06-12"}}},
		{text: "Russian daily losses have exceeded 1,000 for a third straight month.", want: [][]string{{"[1000..·]/day", "2025-03-12→2025-06-12"}}},
		{text: "Russia lost 1,000 troops a day for three straight months.", want: [][]string{{"[1000..1000]/day", "2025-03-12→2025-06-12"}}},
		{text: "Russian monthly losses have exceeded 40,000 for three straight months.", want: [][]string{{"[40000..·]/month", "2025-03-12→2025-06-12"}}},
		// A count, not a rate: the streak does not date it.
		{text: "Russian losses topped 40,000 for the second month in a row.", want: [][]string{{"[40000..·]", "2022-02-24→2025-06-12"}}},
		// A length with no streak tells no end.
		{text: "Russia held the town for three months, losing 5,000 troops.", want: [][]string{{"[5000..5000]", "2022-02-24→2025-06-12"}}},
	})
}

// Another's rate of the same losses, with no time of its own, right
// after a rate dated by its own words, is of that time; not a rate told
// in the perfect, nor a rate after a war's running one.
func TestRateAfterRate(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The UK says Russia lost 1,286 a day in May. Ukraine's General Staff reported 1,100 a day.", want: [][]string{
			{"[1286..1286]/day", "2025-05-01→2025-05-31"},
			{"[1100..1100]/day", "2025-05-01→2025-05-31"},
		}},
		{text: "In May, Russian losses averaged 1,286 a day, according to the UK. The General Staff's figures give 1,150 a day.", want: [][]string{
			{"[1286..1286]/day", "2025-05-01→2025-05-31"},
			{"[1150..1150]/day", "2025-05-01→2025-05-31"},
		}},
		{text: "Russian losses averaged 1,286 a day in May, the UK said. Ukraine put the figure at 1,100 a day.", want: [][]string{
			{"[1286..1286]/day", "2025-05-01→2025-05-31"},
			{"[1100..1100]/day", "2025-05-01→2025-05-31"},
		}},
		{text: "Russia lost 1,286 a day in May. Over the war, Russia has lost 900 troops a day on average.", want: [][]string{
			{"[1286..1286]/day", "2025-05-01→2025-05-31"},
			{"[900..900]/day", "2022-02-24→2025-06-12"},
		}},
		{text: "Russia has lost 900 a day since the invasion. The General Staff reported 1,100 a day.", want: [][]string{
			{"[900..900]/day", "2022-02-24→2025-06-12"},
			{"[1100..1100]/day", "2022-02-24→2025-06-12"},
		}},
	})
}

// A span of more days than one later in the clause says which part of
// the war a figure "in the war" counts.
func TestSpanInWar(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In the war, 61,000 people died in Gaza in 2024.", want: [][]string{{"[61000..61000]", "2024-01-01→2024-12-31"}}},
		{text: "In the Sudanese civil war, an estimated 61,000 people died in Khartoum State between April 2023 and June 2024.", want: [][]string{{"[61000..61000]", "2023-04-15→2024-06-30"}}},
		{text: "In the civil war, 20,000 people were killed in Khartoum between April and December 2023.", want: [][]string{{"[20000..20000]", "2023-04-15→2023-12-31"}}},
		{text: "During the war, Russia lost 45,000 soldiers in December 2024 alone.", want: [][]string{{"[45000..45000]", "2024-12-01→2024-12-31"}}},
		{text: "In the war in Sudan, at least 28,700 people have been killed.", want: [][]string{{"[28700..·]", "2023-04-15→2025-06-12"}}},
	})
}

// A half or a quarter still running is kept as written and flagged;
// "the past quarter" is the three months to the day written; a part
// with no year after one given a year is of that year.
func TestHalfQuarter(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia suffered about 210,000 casualties in the first half of 2025.", want: [][]string{{"[210000..210000]", "2025-01-01→2025-06-30", "period_after_publication"}}},
		{text: "Russia suffered about 210,000 casualties in the first half of the year.", want: [][]string{{"[210000..210000]", "2025-01-01→2025-06-30", "period_after_publication"}}},
		{text: "Preliminary data for the second quarter of 2025 already show more than 1,900 fatalities in Burkina Faso.", want: [][]string{{"[1900..·]", "2025-04-01→2025-06-30", "period_after_publication"}}},
		{text: "Russia suffered about 210,000 casualties in the second half of 2024.", want: [][]string{{"[210000..210000]", "2024-07-01→2024-12-31"}}},
		{text: "Russian losses eased to about 950 a day over the past quarter.", want: [][]string{{"[950..950]/day", "2025-03-12→2025-06-12"}}},
		{text: "Russian losses averaged roughly 45,000 a month over the last quarter of 2024, up from about 30,000 a month in the first quarter.", want: [][]string{
			{"[45000..45000]/month", "2024-10-01→2024-12-31"},
			{"[30000..30000]/month", "2024-01-01→2024-03-31"},
		}},
	})
}

// A share of a whole dated right after the share's words is of the part
// a verb of occurring dates after it; "of the year" is the year named.
func TestShareOfPart(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Nearly half of the 430,000 Russian casualties in 2024 occurred in the final four months of the year.", want: [][]string{
			{"[215000..215000]", "2024-09-01→2024-12-31"},
			{"[430000..430000]", "2024-01-01→2024-12-31"},
		}},
		{text: "Nearly half of the 430,000 Russian casualties in 2024 occurred in the last quarter of 2024.", want: [][]string{
			{"[215000..215000]", "2024-10-01→2024-12-31"},
			{"[430000..430000]", "2024-01-01→2024-12-31"},
		}},
		{text: "About a third of the 210,000 Russian casualties this year came in the first five months of 2025.", want: [][]string{
			{"[70000..70000]", "2025-01-01→2025-05-31"},
			{"[210000..210000]", "2025-01-01→2025-06-12"},
		}},
	})
}

// The second figure of one event, told with the first ("and wounded
// 171", "adding that 21 were wounded"), is of the event's day, whatever
// the statement's words around it; not when it has a time of its own.
func TestSecondFigureOfEvent(t *testing.T) {
	runCases(t, []claimCase{
		{text: "US strikes on the Ras Isa fuel port killed 74 people and wounded 171, the Houthi-run health ministry said on Friday.", pub: "2025-04-18", want: [][]string{
			{"[74..74]", "2025-04-17→2025-04-18"},
			{"[171..171]", "2025-04-17→2025-04-18"},
		}},
		{text: "Russian shelling killed three people in Kherson, the governor said, adding that 21 were wounded.", pub: "2025-06-10", want: [][]string{
			{"[3..3]", "2025-06-09→2025-06-10"},
			{"[21..21]", "2025-06-09→2025-06-10"},
		}},
		{text: "A Russian missile strike killed at least three people in Odesa, the governor said on Tuesday, adding that 21 were injured.", pub: "2025-06-10", want: [][]string{
			{"[3..·]", "2025-06-09→2025-06-10"},
			{"[21..21]", "2025-06-09→2025-06-10"},
		}},
		{text: "Russian shelling killed three people in Kherson on Monday, the governor said, adding that 21 others were wounded.", pub: "2025-06-10", want: [][]string{
			{"[3..3]", "2025-06-09→2025-06-09"},
			{"[21..21]", "2025-06-09→2025-06-09"},
		}},
		// A running total's second figure keeps its own reading.
		{text: "Israeli strikes have killed 37,000 people in Gaza since the war began and wounded 85,000, the ministry said on Friday.", pub: "2024-06-14", want: [][]string{
			{"[37000..37000]", "2023-10-07→2024-06-14"},
			{"[85000..85000]", "2023-10-07→2024-06-14"},
		}},
	})
}

// One undated attack's toll is the past day's news however its place
// and verb are written: a place of more words than one between the
// strikes and "killed", the passive "killed by shelling", a second deed
// after a fight's verb, bodies from the rubble. Running totals are not.
func TestUndatedEvent(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israeli strikes on Khan Younis killed six people and wounded 87.", pub: "2024-07-21", want: [][]string{
			{"[6..6]", "2024-07-20→2024-07-21"},
			{"[87..87]", "2024-07-20→2024-07-21"},
		}},
		{text: "Israeli strikes on Deir al-Balah killed six people.", pub: "2024-07-21", want: [][]string{{"[6..6]", "2024-07-20→2024-07-21"}}},
		{text: "Israeli airstrikes on the Nuseirat camp killed 12 people.", pub: "2024-07-21", want: [][]string{{"[12..12]", "2024-07-20→2024-07-21"}}},
		{text: "Israeli strikes on Tyre killed six people.", pub: "2024-07-21", want: [][]string{{"[6..6]", "2024-07-20→2024-07-21"}}},
		{text: "Three civilians were killed by Russian shelling in Nikopol, the governor said.", pub: "2025-05-24", want: [][]string{{"[3..3]", "2025-05-23→2025-05-24"}}},
		{text: "Three civilians were killed by Russian strikes on Nikopol, the governor said.", pub: "2025-05-24", want: [][]string{{"[3..3]", "2025-05-23→2025-05-24"}}},
		{text: "Ukrainian forces repelled an assault near Pokrovsk and killed 96 Russian soldiers.", want: [][]string{{"[96..96]", "2025-06-11→2025-06-12"}}},
		{text: "Rescuers pulled 17 bodies from the rubble of a house in Jabalia, the civil defence agency said on Thursday.", want: [][]string{{"[17..17]", "2025-06-11→2025-06-12"}}},
		{text: "Rescuers pulled 17 bodies from the rubble of a house in Jabalia on Tuesday.", want: [][]string{{"[17..17]", "2025-06-10→2025-06-10"}}},
		// Running totals stay the war's.
		{text: "Israeli strikes on Gaza City have killed 6,000 people since the war began.", pub: "2024-07-21", want: [][]string{{"[6000..6000]", "2023-10-07→2024-07-21"}}},
		{text: "Some 40,000 people were killed by Israeli strikes in Gaza, the ministry said.", pub: "2024-07-21", want: [][]string{{"[40000..40000]", "2023-10-07→2024-07-21"}}},
		{text: "So far, 300 civilians have been killed by Russian shelling in Nikopol.", pub: "2025-05-24", want: [][]string{{"[300..300]", "2022-02-24→2025-05-24"}}},
	})
}

// A day's deeds told in the simple past after the sentence that opened
// the window are the window's, though a speaker no one else was said to
// tell it is named; not a total told in the perfect.
func TestWindowAttributed(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Over the past day, 152 clashes took place. Ukrainian defenders neutralised 290 occupiers, the General Staff said.", want: [][]string{{"[290..290]", "2025-06-11→2025-06-12"}}},
		{text: "Over the past day, 152 clashes took place. Ukrainian defenders neutralised 290 occupiers.", want: [][]string{{"[290..290]", "2025-06-11→2025-06-12"}}},
		{text: "Over the past day, 152 clashes took place. Ukrainian defenders killed 290 occupiers and destroyed 12 tanks, the General Staff said.", want: [][]string{
			{"[290..290]", "2025-06-11→2025-06-12"},
			{"[12..12]", "2025-06-11→2025-06-12"},
		}},
		{text: "Over the past day, 152 clashes took place. The enemy lost 1,230 soldiers, the General Staff said.", want: [][]string{{"[1230..1230]", "2025-06-11→2025-06-12"}}},
		{text: "Over the past day, 152 clashes took place. Russia has lost 1,000,000 soldiers since the invasion, the General Staff said.", want: [][]string{{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
	})
}

// A rise from a figure in one year to one in the next gives each its
// own year, as a rate's rise gives each its own month; a total's rise
// to the day it stood still runs from the war's start.
func TestRiseOwnYears(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Average daily Russian casualties rose from 693 in 2023 to 1,177 in 2024.", pub: "2025-01-02", want: [][]string{
			{"[1177..1177]/day", "2024-01-01→2024-12-31"},
			{"[693..693]/day", "2023-01-01→2023-12-31"},
		}},
		{text: "Russian casualties rose from 253,290 in 2023 to 430,790 in 2024.", pub: "2025-01-02", want: [][]string{
			{"[430790..430790]", "2024-01-01→2024-12-31"},
			{"[253290..253290]", "2023-01-01→2023-12-31"},
		}},
		{text: "Russian daily losses rose from 1,000 in April to 1,200 in May.", want: [][]string{
			{"[1200..1200]/day", "2025-05-01→2025-05-31"},
			{"[1000..1000]/day", "2025-04-01→2025-04-30"},
		}},
		{text: "Russian losses rose from 300,000 at the end of 2023 to 790,000 by December 2024.", pub: "2025-01-02", want: [][]string{
			{"[790000..790000]", "2022-02-24→2024-12-31"},
			{"[300000..300000]", "2022-02-24→2023-12-31"},
		}},
	})
}

// The deed told as what began the war ("the war began when …", "the
// war started with …", "which triggered the war") is of the war's first
// day; a total told after it is the war's.
func TestWarBeganWhen(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The war began when Hamas-led militants attacked Israel, killing some 1,200 people and abducting 251.", want: [][]string{
			{"[1200..1200]", "2023-10-07→2023-10-07"},
			{"[251..251]", "2023-10-07→2023-10-07"},
		}},
		{text: "The war started with the Hamas attack on southern Israel, which killed about 1,200 people.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "The Hamas-led attack on Israel, which triggered the war, killed about 1,200 people.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "The war began when Hamas attacked Israel. Since then, Israel has killed 55,000 Palestinians.", want: [][]string{{"[55000..55000]", "2023-10-07→2025-06-12"}}},
	})
}

// The time right after a part's own deed ("including 560 bodies
// recovered since the ceasefire") is the part's, not the whole's.
func TestPartsOwnTime(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The ministry said 69,546 Palestinians had been killed in Gaza over two years of war, including 560 bodies recovered since the ceasefire.", pub: "2025-11-20", want: [][]string{
			{"[69546..69546]", "2023-10-07→2025-11-20"},
			{"[560..560]", "2025-10-10→2025-11-20"},
		}},
		{text: "The ministry said 69,546 Palestinians have been killed in Gaza, including 350 killed since the ceasefire took effect.", pub: "2025-11-20", want: [][]string{
			{"[69546..69546]", "2023-10-07→2025-11-20"},
			{"[350..350]", "2025-10-10→2025-11-20"},
		}},
	})
}

// A count over "two years of full-scale war" runs from the war's start;
// "three days of fighting" is the days named.
func TestYearsOfWar(t *testing.T) {
	runCases(t, []claimCase{
		{text: "31,000 Ukrainian troops had been killed in two years of full-scale war.", pub: "2024-02-25", want: [][]string{{"[31000..31000]", "2022-02-24→2024-02-25"}}},
		{text: "31,000 Ukrainian troops have been killed in two years of war.", pub: "2024-02-25", want: [][]string{{"[31000..31000]", "2022-02-24→2024-02-25"}}},
		{text: "Russia lost 9,000 men in three days of fighting.", pub: "2024-02-25", want: [][]string{{"[9000..9000]", "2024-02-22→2024-02-25"}}},
	})
}

// "Since the ceasefire collapsed" counts from the day the latest truce
// broke down; "since the ceasefire", from the day it took effect.
func TestTruceCollapsed(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Since the ceasefire collapsed, at least 1,309 children have been killed in Gaza.", pub: "2025-06-01", want: [][]string{{"[1309..·]", "2025-03-18→2025-06-01"}}},
		{text: "At least 1,309 children have been killed in Gaza since the truce broke down.", pub: "2025-06-01", want: [][]string{{"[1309..·]", "2025-03-18→2025-06-01"}}},
		{text: "At least 1,309 children have been killed in Gaza since the ceasefire.", pub: "2025-06-01", want: [][]string{{"[1309..·]", "2025-01-19→2025-06-01"}}},
	})
}

// One deed's toll at a place, told in the simple past (or, reported,
// the past perfect) with no date of its own, is the past day's news,
// whatever its subject and wherever the place stands in the sentence.
func TestPlacedDeedPastDay(t *testing.T) {
	const day = "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Rebels said they had killed 47 Malian troops near Tinzaouaten.", want: [][]string{{"killed Mali/military", "[47..47]", day}}},
		{text: "The aid convoy was attacked near El Fasher; five drivers were killed, the WFP said.", want: [][]string{{"[5..5]", day, "src=WFP"}}},
		{text: "Rebels from the M23 killed 21 civilians in Kishishe, the UN said.", want: [][]string{{"killed", "[21..21]", day}}},
		{text: "Gunmen abducted 50 villagers in Zamfara state.", want: [][]string{{"captured Nigeria/civilian", "[50..50]", day}}},
		{text: "Sudan's army said its forces had repelled an assault on El Fasher, killing 60 RSF fighters.", want: [][]string{{"killed Sudan (RSF)/military", "[60..60]", day}}},
		{text: "The army killed 76 ISWAP fighters near Lake Chad.", want: [][]string{{"killed ISWAP/military", "[76..76]", day}}},
		{text: "Russia fired 40 drones at Kyiv, wounding 13 people.", want: [][]string{{"wounded Ukraine/", "[13..13]", day}}},
		{text: "Gunmen killed 12 worshippers at a mosque in Katsina.", want: [][]string{{"[12..12]", day}}},
		{text: "The RSF killed 30 civilians in Zamzam camp.", want: [][]string{{"[30..30]", day}}},
		// A clash's toll, in a war long ended: the day's news, not the
		// war's.
		{text: "Clashes in Tigray left 17 dead.", want: [][]string{{"killed Tigray/", "[17..17]", day}}},
		{text: "Clashes in Tigray killed 17 people.", want: [][]string{{"killed Tigray/", "[17..17]", day}}},
		// Running totals and dated deeds keep their own time.
		{text: "Rebels said they had killed 47 Malian troops near Tinzaouaten since January.", want: [][]string{{"[47..47]", "2025-01-01→2025-06-12"}}},
		{text: "Rebels have killed 47 Malian troops near Tinzaouaten.", want: [][]string{{"[47..47]", "2012-01-16→2025-06-12"}}},
		{text: "Rebels said they had killed 470 Malian troops near Tinzaouaten so far.", want: [][]string{{"[470..470]", "2012-01-16→2025-06-12"}}},
		{text: "Jihadists killed 20 soldiers in Djibo in total.", want: [][]string{{"[20..20]", "2015-08-23→2025-06-12"}}},
		{text: "Since the war began, RSF fighters killed 400 civilians in El Geneina.", want: [][]string{{"[400..400]", "2023-04-15→2025-06-12"}}},
		{text: "In 2023, RSF fighters killed 400 civilians in El Geneina.", want: [][]string{{"[400..400]", "2023-01-01→2023-12-31"}}},
		{text: "Russia has killed 12,000 civilians in Ukraine.", want: [][]string{{"[12000..12000]", "2022-02-24→2025-06-12"}}},
		{text: "The RSF killed 1,500 civilians in El Geneina.", want: [][]string{{"[1500..1500]", "2023-04-15→2025-06-12"}}},
		{text: "The war in Tigray left 600,000 dead.", want: [][]string{{"[600000..600000]", "2020-11-03→2022-11-02"}}},
		// Strikes told in the perfect, as a habit or on many targets
		// are a campaign's.
		{text: "Russian forces have shelled Kherson daily, killing 20 civilians in the city.", want: [][]string{{"[20..20]", "2022-02-24→2025-06-12"}}},
		{text: "The army said it had struck 30 RSF positions near El Obeid, killing 200 fighters.", want: [][]string{{"[200..200]", "2023-04-15→2025-06-12"}}},
		// A text that looks back at an ended conflict tells its deeds.
		{text: "More than 3,960 people had been killed in Lebanon since cross-border hostilities began on 8 October 2023. On the Israeli side, 45 civilians were killed in the Golan Heights.", pub: "2024-11-28", want: [][]string{
			{"[3960..·]", "2023-10-08→2024-11-28"},
			{"killed Israel/civilian", "[45..45]", "2023-10-08→2024-11-27"},
		}},
	})
}

// The length of a past war ("in 100 days" after "the 1994 genocide", a
// side with no war the registry knows) is no window counted back from
// publication; a known war's days of fighting still are.
func TestPastWarLengthNoWindow(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The 1994 genocide in Rwanda killed some 800,000 people in 100 days.", want: [][]string{{"[800000..800000]", "→2025-06-12"}}},
		{text: "The Soviet Union lost about 15,000 soldiers in ten years in Afghanistan.", want: [][]string{{"[15000..15000]", "→2025-06-12"}}},
		{text: "Russia lost 9,000 men in three days of fighting.", want: [][]string{{"[9000..9000]", "2025-06-09→2025-06-12"}}},
		{text: "Israel killed 300 people in three days in Gaza.", want: [][]string{{"[300..300]", "2025-06-09→2025-06-12"}}},
	})
}

// An operation's start, then a running count in the perfect: from the
// start to publication.
func TestOperationStartThenTotal(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia began its Kharkiv offensive in May 2024, and it has lost some 30,000 troops there, Ukraine says.",
			want: [][]string{{"casualties Russia/military", "[30000..30000]", "2024-05-01→2025-06-12"}}},
		{text: "Russia launched an offensive in May and lost 1,000 troops in the first week.",
			want: [][]string{{"casualties Russia/military", "[1000..1000]", "2025-05-01→2025-05-31"}}},
	})
}

// "since the … incursion began last August": the latest such month.
func TestSinceBeganLastMonth(t *testing.T) {
	runCases(t, []claimCase{
		{text: "More than 300 civilians have died in the Kursk region since the Ukrainian incursion began last August.", pub: "2025-05-12",
			want: [][]string{{"killed Russia/civilian", "[300..·]", "2024-08-01→2025-05-12"}}},
	})
}

// A half or a numbered week of a month is that part of the month, not
// the whole of it.
func TestPeriodHalfAndWeekOfMonth(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost about 31,000 troops in the second half of May, according to Ukraine's General Staff.", want: [][]string{{"[31000..31000]", "2025-05-16→2025-05-31"}}},
		{text: "Russia lost about 31,000 troops in the first half of May, according to Ukraine's General Staff.", want: [][]string{{"[31000..31000]", "2025-05-01→2025-05-15"}}},
		{text: "Russia lost about 31,000 troops in the latter half of May, according to Ukraine's General Staff.", want: [][]string{{"[31000..31000]", "2025-05-16→2025-05-31"}}},
		{text: "Russia lost about 31,000 troops in the last half of April, according to Ukraine's General Staff.", want: [][]string{{"[31000..31000]", "2025-04-16→2025-04-30"}}},
		// A half still running ends on the day of publication.
		{text: "Russia lost about 11,000 troops in the first half of June, according to Ukraine's General Staff.", want: [][]string{{"[11000..11000]", "2025-06-01→2025-06-12"}}},
		// Halves of a year stay halves of a year.
		{text: "Russia lost about 210,000 troops in the second half of 2024, according to Ukraine's General Staff.", want: [][]string{{"[210000..210000]", "2024-07-01→2024-12-31"}}},
		{text: "Russia lost about 210,000 troops in the latter half of 2024, according to Ukraine's General Staff.", want: [][]string{{"[210000..210000]", "2024-07-01→2024-12-31"}}},
		{text: "Russia lost 31,000 troops in the second week of May, Ukraine said.", want: [][]string{{"[31000..31000]", "2025-05-08→2025-05-14"}}},
		{text: "Russia lost 31,000 troops in the third week of May, Ukraine said.", want: [][]string{{"[31000..31000]", "2025-05-15→2025-05-21"}}},
		{text: "Russia lost 31,000 troops in the fourth week of February, Ukraine said.", want: [][]string{{"[31000..31000]", "2025-02-22→2025-02-28"}}},
		{text: "Russia lost 31,000 troops during the first week of May, Ukraine said.", want: [][]string{{"[31000..31000]", "2025-05-01→2025-05-07"}}},
	})
}

// "Year to date" and "month to date" run from the start of the year or
// month to the day of publication.
func TestPeriodToDate(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties year to date stand at 190,000, according to Ukraine's General Staff.", want: [][]string{{"[190000..190000]", "2025-01-01→2025-06-12"}}},
		{text: "Year to date, Russia has lost 190,000 troops, Ukraine's General Staff said.", want: [][]string{{"[190000..190000]", "2025-01-01→2025-06-12"}}},
		{text: "Russia has lost 190,000 troops in the year to date, Ukraine's General Staff said.", want: [][]string{{"[190000..190000]", "2025-01-01→2025-06-12"}}},
		{text: "Russia's losses for the month to date reached 12,500, Ukraine's General Staff said.", want: [][]string{{"[12500..12500]", "2025-06-01→2025-06-12"}}},
		{text: "Russia's losses month to date reached 12,500, Ukraine's General Staff said.", want: [][]string{{"[12500..12500]", "2025-06-01→2025-06-12"}}},
	})
}

// A range of days or months with no "from" or "between" before it is
// still the figure's period.
func TestPeriodBareRanges(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 7,300 soldiers June 1–7, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-06-01→2025-06-07"}}},
		{text: "Russia lost 7,300 soldiers in the period June 1–7, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-06-01→2025-06-07"}}},
		{text: "Russian losses (June 1–7): 7,300 soldiers, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-06-01→2025-06-07"}}},
		{text: "Russia lost 7,300 soldiers 28 May–3 June, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-05-28→2025-06-03"}}},
		{text: "Russia lost 7,300 soldiers May 28-June 3, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-05-28→2025-06-03"}}},
		{text: "Russia lost 7,300 soldiers May 28 to June 3, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-05-28→2025-06-03"}}},
		{text: "Russia lost 73,000 soldiers January–May, Ukraine said.", want: [][]string{{"[73000..73000]", "2025-01-01→2025-05-31"}}},
		// Across a new year: the first month is the year before.
		{text: "Russia lost 73,000 soldiers November–February, Ukraine said.", want: [][]string{{"[73000..73000]", "2024-11-01→2025-02-28"}}},
		{text: "Russia lost 7,300 soldiers 1–7 June, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-06-01→2025-06-07"}}},
		{text: "Russia lost 7,300 soldiers from 28 May to 3 June, Ukraine said.", want: [][]string{{"[7300..7300]", "2025-05-28→2025-06-03"}}},
		// A score is no range of days.
		{text: "Ukraine won 2-1 on June 3, and Russia lost 7,300 soldiers on June 3, Kyiv said.", want: [][]string{{"[7300..7300]", "2025-06-03→2025-06-03"}}},
		// A date alone is not read as a range.
		{text: "Russia has lost 1,000,000 soldiers, Ukraine said on June 3.", want: [][]string{{"[1e+06..1e+06]", "2022-02-24→2025-06-03"}}},
	})
}

// A run of weekdays is the days of the week of publication (2025-06-12,
// a Thursday) or before; "the week beginning" a day is seven days from it.
func TestPeriodWeekdayRangesAndWeekBeginning(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 3,100 troops from Friday to Sunday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-06→2025-06-08"}}},
		{text: "Russia lost 3,100 troops Friday to Sunday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-06→2025-06-08"}}},
		{text: "Russia lost 3,100 troops from Friday through Sunday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-06→2025-06-08"}}},
		{text: "Russia lost 3,100 troops from Friday until Sunday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-06→2025-06-08"}}},
		{text: "Russia lost 3,100 troops between Monday and Wednesday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-09→2025-06-11"}}},
		{text: "Russia lost 3,100 troops on Saturday and Sunday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-07→2025-06-08"}}},
		// A run that ends on the day of publication.
		{text: "Russia lost 3,100 troops from Monday to Thursday, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-06-09→2025-06-12"}}},
		{text: "Russia lost 8,100 troops in the week beginning 3 March, Ukraine's General Staff said.", want: [][]string{{"[8100..8100]", "2025-03-03→2025-03-09"}}},
		{text: "Russia lost 8,100 troops in the week starting June 2, Ukraine's General Staff said.", want: [][]string{{"[8100..8100]", "2025-06-02→2025-06-08"}}},
		{text: "Russia lost 8,100 troops during the week commencing 3 March, Ukraine's General Staff said.", want: [][]string{{"[8100..8100]", "2025-03-03→2025-03-09"}}},
		{text: "Russia lost 8,100 troops in the week starting on Monday, June 2, Ukraine's General Staff said.", want: [][]string{{"[8100..8100]", "2025-06-02→2025-06-08"}}},
		// The week still running ends on the day of publication.
		{text: "Russia lost 4,100 troops in the week beginning 9 June, Ukraine's General Staff said.", want: [][]string{{"[4100..4100]", "2025-06-09→2025-06-12"}}},
	})
}

// Ordinal days after "the" ("from the 3rd to the 9th of March") are a
// range of days as the bare numbers are.
func TestPeriodOrdinalDaysAfterThe(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 3,100 troops from the 3rd to the 9th of March, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-03-03→2025-03-09"}}},
		{text: "Russia lost 3,100 troops from the 3rd to 9th March, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-03-03→2025-03-09"}}},
		{text: "Russia lost 3,100 troops from 3 to 9 March, Ukraine's General Staff said.", want: [][]string{{"[3100..3100]", "2025-03-03→2025-03-09"}}},
	})
}

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
		// A war's toll with a place before "to" is still the war's.
		{text: "Israeli strikes killed 52 people on Monday, bringing the death toll in Gaza to 55,104, the health ministry said.", want: [][]string{
			{"[52..52]", "2025-06-09→2025-06-09"}, {"[55104..55104]", "2023-10-07→2025-06-09"}}},
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

// One fight's toll with no day of its own is the past day's news, as an
// attack's is: an assault, a clash, a firefight.
func TestOneFightPastDay(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Ukraine said it lost 12 soldiers in the assault.", want: [][]string{{"[12..12]", day}}},
		{text: "Ukraine lost 35 soldiers in a single assault.", want: [][]string{{"[35..35]", day}}},
		{text: "Hamas lost 9 fighters in the clash.", want: [][]string{{"[9..9]", day}}},
		{text: "Nine Hamas fighters were killed in a clash with Israeli troops.", want: [][]string{{"[9..9]", day}}},
		{text: "Russian forces suffered more than 1,000 casualties in the failed assault near Pokrovsk, ISW said.", want: [][]string{{"[1000..·]", day}}},
		{text: "Two Israeli soldiers were wounded in a firefight in Jenin.", want: [][]string{{"[2..2]", day}}},
		// A war or a campaign is no one fight.
		{text: "Ukraine has lost 43,000 soldiers since Russia's full-scale assault began.", want: [][]string{{"[43000..43000]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 16,000 soldiers in the assault on Avdiivka.", want: [][]string{{"[16000..16000]", "2022-02-24→2025-06-12"}}},
		{text: "Ukraine has lost 43,000 soldiers.", want: [][]string{{"[43000..43000]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 1,000 troops in the past day.", want: [][]string{{"[1000..1000]", day}}},
	})
}

// A few dead told in the simple past, with no word of a total and no
// day of their own, are the day's news; the perfect and the past
// perfect are not.
func TestFewDeadSimplePast(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Twelve people were killed, the Gaza health ministry said.", want: [][]string{{"[12..12]", day}}},
		{text: "21 people were killed near the aid site, the Palestinian Red Crescent said.", want: [][]string{{"[21..21]", day}}},
		{text: "Six people died in Ukrainian shelling of Horlivka, Russian-installed officials said.", want: [][]string{{"[6..6]", day}}},
		{text: "The Syrian Observatory for Human Rights said 23 government troops and 11 jihadists were killed.", want: [][]string{{"[23..23]", day}, {"[11..11]", day}}},
		{text: "Hezbollah said three of its fighters were killed.", want: [][]string{{"[3..3]", day}}},
		// Totals keep the war's start.
		{text: "Twelve people have been killed in Gaza since the war began, the ministry said.", want: [][]string{{"[12..12]", "2023-10-07→2025-06-12"}}},
		{text: "Twenty-three patients have died in Gaza, the ministry said.", want: [][]string{{"[23..23]", "2023-10-07→2025-06-12"}}},
		{text: "More than 50,000 people were killed in Gaza, the ministry said.", want: [][]string{{"[50000..·]", "2023-10-07→2025-06-12"}}},
		// A time told before ("in that period"), not the past day.
		{text: "Fighting raged between May 7 and May 10 in Gaza. Twelve people were killed in that period, the ministry said.", want: [][]string{{"[12..12]", "2023-10-07→2025-06-12"}}},
		{text: "Israeli strikes between May 7 and May 10 killed 40 people in Gaza. Twelve people were killed in Rafah, the ministry said.", want: [][]string{{"[40..40]", "2025-05-07→2025-05-10"}, {"[12..12]", "2025-05-07→2025-05-10"}}},
		// The past perfect tells of a time before.
		{text: "Israel said 80 of its soldiers had died in Gaza.", want: [][]string{{"[80..80]", "2023-10-07→2025-06-12"}}},
	})
}

// The next items of a list of one deed's victims, and a part of them
// told after "among them were", share the deed's day.
func TestListOfOneDeed(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Russian strikes killed 3 soldiers and 2 civilians in Kharkiv.", want: [][]string{{"[3..3]", day}, {"[2..2]", day}}},
		{text: "Russian shelling killed 4 men and 2 women in Kherson.", want: [][]string{{"[4..4]", day}, {"[2..2]", day}}},
		{text: "Russian shelling killed 4 men, 2 women and a child in Kherson.", want: [][]string{{"[4..4]", day}, {"[2..2]", day}}},
		{text: "Israeli strikes killed 6 policemen and 4 women in Gaza City.", want: [][]string{{"[6..6]", day}, {"[4..4]", day}}},
		{text: "Israel's military said 5 soldiers were killed in northern Gaza; among them were 2 officers.", want: [][]string{{"[5..5]", day}, {"[2..2]", day}}},
		// A side's soldiers in another war's land take the deed's day.
		{text: "Rebels said they killed 47 Malian soldiers and 84 Russian mercenaries.", want: [][]string{{"Mali/military", "[47..47]", day}, {"Russia/military", "[84..84]", day}}},
		{text: "Russian strikes killed 3 soldiers and 2 civilians in Kharkiv, officials said on Tuesday.", want: [][]string{{"[3..3]", "2025-06-09→2025-06-10"}, {"[2..2]", "2025-06-09→2025-06-10"}}},
		// Items with days of their own keep them; a total keeps its start.
		{text: "Russian strikes killed 3 people on Monday and 5 on Tuesday in Kharkiv.", want: [][]string{{"[3..3]", "2025-06-09→2025-06-09"}, {"[5..5]", "2025-06-10→2025-06-10"}}},
		{text: "Israeli strikes killed 12 people in Rafah and more than 52,000 in total, the ministry said.", want: [][]string{{"[12..12]"}, {"[52000..·]", "2023-10-07→2025-06-12"}}},
		{text: "The number killed has risen to at least 213, among them 11 civilians, five of whom were children.", pub: "2023-09-21", want: [][]string{{"[213..·]"}, {"[11..11]"}, {"[5..5]"}}},
	})
}

// A fight's toll that names no side is dated by the war of the town it
// names.
func TestTownFightNoSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Clashes in Kharkiv left 17 dead.", want: [][]string{{"[17..17]", "2025-06-11→2025-06-12"}}},
		{text: "Shelling of Kherson killed 5 people.", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
	})
}

// Battles whose days the registry holds date the losses of them, and a
// "since" their end.
func TestNamedBattles(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has lost 150,000 troops since the fall of Avdiivka, Ukrainian officials said.", want: [][]string{{"casualties Russia/military [150000..150000]", "2024-02-17→2025-06-12"}}},
		{text: "Russia lost 20,000 Wagner fighters during the battle of Bakhmut.", want: [][]string{{"[20000..20000]", "2022-08-01→2023-05-20"}}},
		{text: "Russia lost 47,000 troops in the battle for Avdiivka, Ukraine says.", want: [][]string{{"[47000..47000]", "2023-10-10→2024-02-17"}}},
		{text: "Russia lost 5,000 troops during the Kharkiv counteroffensive.", want: [][]string{{"[5000..5000]", "2022-09-06→2022-10-02"}}},
		// A battle's town alone is no battle.
		{text: "Russia lost 300 troops near Avdiivka in the past day.", want: [][]string{{"[300..300]", "2025-06-11→2025-06-12"}}},
	})
}

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

// A few lost in one fight, told in the past with no day of their own,
// are the news of the past day, however the loss is phrased; totals
// told in the perfect keep the war's start.
func TestSmallDeedPastDay(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukrainian troops lost 15 soldiers in the fighting, the Russian defence ministry said.", want: [][]string{{"[15..15]", "2025-06-11→2025-06-12"}}},
		{text: "Ukrainian troops lost 15 soldiers, the Russian defence ministry said.", want: [][]string{{"[15..15]", "2025-06-11→2025-06-12"}}},
		{text: "Israeli forces advanced into Khan Younis, losing three soldiers.", want: [][]string{{"[3..3]", "2025-06-11→2025-06-12"}}},
		{text: "The IDF said its troops killed 30 Hamas gunmen.", want: [][]string{{"[30..30]", "2025-06-11→2025-06-12"}}},
		{text: "Two IDF soldiers killed in southern Gaza, army says.", want: [][]string{{"[2..2]", "2025-06-11→2025-06-12"}}},
		{text: "Five Ukrainian civilians wounded in Russian shelling, officials say.", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
		// The perfect is a total.
		{text: "Ukrainian troops have lost 15,000 soldiers in the fighting.", want: [][]string{{"[15000..15000]", "2022-02-24→2025-06-12"}}},
		{text: "More than 20,000 Palestinians in Gaza have been killed in the fighting, the ministry said.", want: [][]string{{"[20000..·]", "2023-10-07→2025-06-12"}}},
	})
}

// Machines destroyed in one deed, told in the past, are the past day's;
// a tally's "destroyed: 22" and "lists 87 howitzers as destroyed" are
// not deeds.
func TestEquipmentDeedPastDay(t *testing.T) {
	runCases(t, []claimCase{
		{text: "A Russian missile strike destroyed 2 Patriot launchers near Kyiv.", want: [][]string{{"[2..2]", "2025-06-11→2025-06-12"}}},
		{text: "Ukrainian forces destroyed two T-72 tanks and three BMP-2s near Avdiivka.", want: [][]string{
			{"[2..2]", "2025-06-11→2025-06-12"},
			{"[3..3]"},
		}},
		{text: "Ukrainian forces destroyed two T-72 tanks and three BMP-2s near Avdiivka.", want: [][]string{
			{"[2..2]"},
			{"[3..3]", "2025-06-11→2025-06-12"},
		}},
		{text: "Ukrainian drones hit a Russian column: 3 tanks and 5 IFVs destroyed.", want: [][]string{
			{"[3..3]", "2025-06-11→2025-06-12"},
			{"[5..5]"},
		}},
		{text: "Ukrainian drones hit a Russian column: 3 tanks and 5 IFVs destroyed.", want: [][]string{
			{"[3..3]"},
			{"[5..5]", "2025-06-11→2025-06-12"},
		}},
		{text: "Ukrainian artillery hit 4 Russian tanks on the Zaporizhzhia front.", want: [][]string{{"[4..4]", "2025-06-11→2025-06-12"}}},
		{text: "Oryx lists 87 Ukrainian M777 howitzers as destroyed or damaged.", want: [][]string{{"[87..87]", "2022-02-24→2025-06-12"}}},
	})
}

// A deed dated to a month, told in a sentence that counts nothing,
// dates the toll of the next sentence, attributed or not; a war's total
// there keeps the war's start.
func TestMonthEventDatesNextToll(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The RSF attacked the Zamzam camp in April. More than 400 people were killed, the UN said.", want: [][]string{{"[400..·]", "2025-04-01→2025-04-30"}}},
		{text: "The RSF attacked the Zamzam camp in April. More than 40 people were killed, the UN said.", want: [][]string{{"[40..·]", "2025-04-01→2025-04-30"}}},
		{text: "Russian troops shelled Kherson in May 2024. Twelve people were killed, officials said.", want: [][]string{{"[12..12]", "2024-05-01→2024-05-31"}}},
		{text: "Russian troops shelled Kherson on Sunday. Three people were killed.", want: [][]string{{"[3..3]", "2025-06-08→2025-06-08"}}},
		{text: "The RSF attacked El Fasher in April. More than 20,000 Sudanese civilians have been killed since the war began, the UN said.", want: [][]string{{"[20000..·]", "2023-04-15→2025-06-12"}}},
	})
}

// The day a war began is read from a crossing into the side's land in
// the figure's clause, not from an assault on a village nor a verb of
// another clause.
func TestWarOpeningDayClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian troops stormed the village but the other side lost 15 soldiers, Moscow said.", want: [][]string{{"[15..15]", "2025-06-11→2025-06-12"}}},
		{text: "Hamas militants stormed into southern Israel, killing about 1,200 people.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas gunmen stormed Israeli communities, killing about 1,200 people.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas gunmen stormed southern Israel and killed about 1,200 people.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
	})
}

// "the fall of the base" is a place taken, not the autumn; "the fall of
// 2024" and "the fall of the year" still are.
func TestFallOfThePlace(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The rebels killed 400 soldiers in the fall of the base.", want: [][]string{{"killed /", "[400..400]", "→2025-06-12"}}},
		{text: "The rebels killed 400 soldiers after the fall of its capital.", want: [][]string{{"killed /", "[400..400]", "→2025-06-12"}}},
		{text: "The rebels killed 400 soldiers in the fall of 2024.", want: [][]string{{"killed /", "[400..400]", "2024-09-01→2024-11-30"}}},
		{text: "The rebels killed 400 soldiers in the fall of the year.", want: [][]string{{"killed /", "[400..400]", "2024-09-01→2024-11-30"}}},
	})
}

// A part of a month that opens the sentence as its subject, or as its
// adverb before a comma, dates the sentence's figures.
func TestPartOfMonthOpening(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Early June saw 400 Russian casualties a day near Pokrovsk.", want: [][]string{{"[400..400]/day", "2025-06-01→2025-06-10"}}},
		{text: "Late May was the deadliest stretch, with 1,500 Russian casualties a day.", want: [][]string{{"[1500..1500]/day", "2025-05-21→2025-05-31"}}},
		{text: "Early June, Russia lost 400 troops a day.", want: [][]string{{"[400..400]/day", "2025-06-01→2025-06-10"}}},
	})
}

// Background retellings of old events date their figures by the event,
// not by the past day's news.
func TestRetoldEventPeriods(t *testing.T) {
	runCases(t, []claimCase{
		// Named events the registry knows.
		{text: "In the Bucha massacre, Russian troops killed more than 400 civilians.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "More than 400 civilians were killed in the Bucha massacre.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "Russian troops killed more than 400 civilians during the occupation of Bucha.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "The Bucha massacre left more than 400 civilians dead.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "The Nova festival massacre killed 364 people.", want: [][]string{{"[364..364]", "2023-10-07→2023-10-07"}}},
		{text: "In the Kramatorsk station attack, Russian missiles killed 61 civilians.", want: [][]string{{"[61..61]", "2022-04-08→2022-04-08"}}},
		// A phase as the subject keeps its span.
		{text: "The Kursk incursion cost Ukraine 76,000 troops, Moscow says.", want: [][]string{{"[76000..76000]", "2024-08-06→2025-04-26"}}},
		// "Since" a named event counts from it.
		{text: "Since the Bucha massacre, Russian forces have killed 10,000 civilians.", want: [][]string{{"[10000..10000]", "2022-02-27→2025-06-12"}}},
		// "N units ago", "a decade ago".
		{text: "Five years ago, an attack on the market killed 60 people.", want: [][]string{{"[60..60]", "2020-06-12→2020-06-12"}}},
		{text: "Residents remember an attack that killed 60 people five years ago.", want: [][]string{{"[60..60]", "2020-06-12→2020-06-12"}}},
		{text: "A decade ago, Boko Haram killed 100 villagers in Baga.", want: [][]string{{"[100..100]", "2015-01-01→2015-12-31"}}},
		{text: "Two decades ago, an attack killed 200 people in Darfur.", want: [][]string{{"[200..200]", "2005-01-01→2005-12-31"}}},
		// "N units after <deed>, …": the deed's clause alone.
		{text: "A decade after Boko Haram killed 100 villagers in Baga, the town is still empty.", want: [][]string{{"[100..100]", "2015-01-01→2015-12-31"}}},
		{text: "Ten years after Boko Haram killed 100 villagers in Baga, the town is still empty.", want: [][]string{{"[100..100]", "2015-06-12→2015-06-12"}}},
		{text: "Two years after a Russian missile killed 50 people in Kramatorsk, the station has reopened.", want: [][]string{{"[50..50]", "2023-06-12→2023-06-12"}}},
		{text: "Two years after fighting killed 20 people in Khartoum, 12,000 people have been killed in the war.", want: [][]string{
			{"[20..20]", "2023-06-12→2023-06-12"},
			{"[12000..12000]", "2023-04-15→2025-06-12"},
		}},
		{text: "A year after the October 7 attack killed 1,200 people, Israel is still at war.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		// A war's start is no retold deed: the running total stands.
		{text: "Three years after Russia invaded Ukraine, 12,000 civilians have been killed, the UN says.", want: [][]string{{"[12000..12000]", "2022-02-24→2025-06-12"}}},
		{text: "Two years after the war began, Sudan's army has lost 20,000 soldiers.", want: [][]string{{"[20000..20000]", "2023-04-15→2025-06-12"}}},
	})
}

// A day-month before an event's noun is that day, whoever owns it.
func TestDatedEventPossessive(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hamas killed about 1,200 people in its 7 October attack.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people in their October 7 assault.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people in the October 7 attack.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people in the 7 October massacre.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people on October 7, 2023.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Russia lost 40 soldiers in its 5 March assault on Pokrovsk.", want: [][]string{{"[40..40]", "2025-03-05→2025-03-05"}}},
	})
}

// A war's first span as the subject of its toll is that span, as after
// "in", not the last span of that length before publication.
func TestWarFirstSpanSubject(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The first 100 days of the war in Ukraine killed 4,000 civilians, the UN said.", want: [][]string{{"[4000..4000]", "2022-02-24→2022-06-04"}}},
		{text: "In the first 100 days of the war in Ukraine, 4,000 civilians were killed, the UN said.", want: [][]string{{"[4000..4000]", "2022-02-24→2022-06-04"}}},
		{text: "The war's first year killed 8,000 Ukrainian civilians, the UN said.", want: [][]string{{"[8000..8000]", "2022-02-24→2023-02-24"}}},
		{text: "The first 100 days of Sudan's war killed 4,000 civilians.", want: [][]string{{"[4000..4000]", "2023-04-15→2023-07-24"}}},
		{text: "The first six months of the invasion cost Russia 50,000 troops.", want: [][]string{{"[50000..50000]", "2022-02-24→2022-08-24"}}},
		{text: "During the first six months of the invasion, Russia lost 50,000 troops.", want: [][]string{{"[50000..50000]", "2022-02-24→2022-08-24"}}},
		{text: "The first two weeks of the ground operation killed 1,000 Hamas fighters, the IDF said.", want: [][]string{{"[1000..1000]", "2023-10-27→2023-11-10"}}},
		// No war's first span: "the past 100 days" stays.
		{text: "Over the past 100 days, Russia lost 40,000 troops.", want: [][]string{{"[40000..40000]", "2025-03-04→2025-06-12"}}},
	})
}

// A war's opening named without a length: its first weeks or month,
// not the war to publication.
func TestWarOpening(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In the early days of the war, Russia lost 10,000 troops.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-10"}}},
		{text: "At the start of the invasion, Russia lost 10,000 troops.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-24"}}},
		{text: "In the opening weeks of the war, Russian forces lost 10,000 troops.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-24"}}},
		{text: "In the early months of the war, Russia lost 30,000 troops.", want: [][]string{{"[30000..30000]", "2022-02-24→2022-05-24"}}},
		{text: "Ukraine lost 10,000 soldiers in the early stages of the full-scale invasion.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-24"}}},
		{text: "At the beginning of the war in Sudan, the RSF killed 2,000 civilians in El Geneina.", want: [][]string{{"[2000..2000]", "2023-04-15→2023-05-15"}}},
		// Running totals from the start stay running totals.
		{text: "Since the start of the invasion, Russia has lost 1,000,000 troops.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Russia has lost 1,000,000 troops since the beginning of the war.", want: [][]string{{"2022-02-24→2025-06-12"}}},
	})
}

// A span a sentence calls the worst dates the next sentence's figure
// that has no time of its own; running totals keep theirs.
func TestSuperlativeSpanCarried(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Last week was the deadliest of the war for Russian forces. Russia lost 9,600 troops, according to Ukraine's General Staff.", want: [][]string{{"[9600..9600]", "2025-06-02→2025-06-08"}}},
		{text: "May was the bloodiest month of the war. Russia lost 48,000 troops, according to Ukraine's General Staff.", want: [][]string{{"[48000..48000]", "2025-05-01→2025-05-31"}}},
		{text: "The past month has been the costliest for Russia. Russian forces lost 40,000 troops and 300 tanks, Kyiv says.", want: [][]string{
			{"[40000..40000]", "2025-05-12→2025-06-12"},
			{"[300..300]", "2025-05-12→2025-06-12"},
		}},
		// Running totals, a day's own window, a war-sized figure.
		{text: "Last week was the deadliest of the war for Russian forces. Russia has lost 1,000,000 troops since the invasion, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "May was the bloodiest month of the war. In total, Russia has lost 990,000 troops, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "May was the bloodiest month of the war. Russia lost 1,100 troops over the past day, according to Ukraine's General Staff.", want: [][]string{{"[1100..1100]", "2025-06-11→2025-06-12"}}},
		{text: "Last week was the deadliest of the war for Russian forces. Russia lost 1,000,000 troops, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		// Only the next sentence.
		{text: "May was the bloodiest month of the war. Fighting raged near Pokrovsk. Russia has lost 990,000 troops, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
	})
}

// A massacre named by its place at the sentence's start is retold, not
// the past day's news, when the registry does not know its days.
func TestNamedMassacreLead(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In the Izium massacre, Russian troops killed more than 400 civilians.", want: [][]string{{"[400..·]", "2022-02-24→2025-06-12"}}},
		{text: "In the Mai Kadra massacre, militias killed 600 civilians in November 2020.", want: [][]string{{"[600..600]", "2020-11-01→2020-11-30"}}},
		// Not a name: an attack told as news keeps the past day.
		{text: "In the Russian attack on Kyiv, 12 people were killed.", want: [][]string{{"[12..12]", "2025-06-11→2025-06-12"}}},
		{text: "Israeli strikes killed 45 Palestinians in the Jabalia massacre, the ministry said.", want: [][]string{{"[45..45]", "2025-06-11→2025-06-12"}}},
	})
}

// A run of two months, hyphenated or with an en dash, reads as the span
// from the first's start to the second's end, whatever length the names
// have: "June" and "July" are full names ("January-June"), "Sept" a cut
// one ("Sept-Dec").
func TestMonthRuns(t *testing.T) {
	var cases []claimCase
	full := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	cut := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"}
	for _, names := range [][]string{full, cut} {
		for m1 := 1; m1 <= 12; m1++ {
			for m2 := m1 + 1; m2 <= 12; m2++ {
				for _, dash := range []string{"-", "–"} {
					for _, lead := range []string{"in", "between"} {
						run := names[m1-1] + dash + names[m2-1]
						st := attrition.NewDate(2024, time.Month(m1), 1)
						en := monthEnd(2024, time.Month(m2))
						cases = append(cases, claimCase{
							text: "Russia lost 190,000 troops " + lead + " " + run + " 2024, Ukraine said.",
							want: [][]string{{st.String() + "→" + en.String()}},
						})
					}
				}
			}
		}
	}
	// Mixed forms and runs with no year: the latest run ended by
	// publication (June's end is clipped to it).
	cases = append(cases, []claimCase{
		{text: "Russia lost 190,000 troops in January-June, Ukraine said.", want: [][]string{{"2025-01-01→2025-06-12"}}},
		{text: "Russia lost 190,000 troops in Jan-June 2024, Ukraine said.", want: [][]string{{"2024-01-01→2024-06-30"}}},
		{text: "Russia lost 190,000 troops in June-Sept 2024, Ukraine said.", want: [][]string{{"2024-06-01→2024-09-30"}}},
		{text: "Russia lost 190,000 troops in July-Sept 2024, Ukraine said.", want: [][]string{{"2024-07-01→2024-09-30"}}},
		{text: "Russia lost 190,000 troops in Mar-May, Ukraine said.", want: [][]string{{"2025-03-01→2025-05-31"}}},
		{text: "Russia lost 190,000 troops in July-December, Ukraine said.", want: [][]string{{"2024-07-01→2024-12-31"}}},
		{text: "Russia's January-May losses were 190,000, Ukraine said.", want: [][]string{{"2025-01-01→2025-05-31"}}},
		{text: "Russia lost 190,000 troops in November-February, Ukraine said.", want: [][]string{{"2024-11-01→2025-02-28"}}},
	}...)
	runCases(t, cases)
}

// A part of a month as one hyphenated word opens a sentence or clause as
// "Early June" does: its subject, or the sentence's opening adverb.
func TestPartOfMonthWordOpening(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Mid-May saw 400 casualties a day among Russian troops.", want: [][]string{{"2025-05-11→2025-05-20"}}},
		{text: "Mid-May, Russia lost 400 troops a day.", want: [][]string{{"2025-05-11→2025-05-20"}}},
		{text: "Early-June saw 400 casualties a day among Russian troops.", want: [][]string{{"2025-06-01→2025-06-10"}}},
		{text: "Late-May, Russia lost 400 troops a day.", want: [][]string{{"2025-05-21→2025-05-31"}}},
		{text: "Late-December 2024 saw 2,000 Russian casualties a day.", want: [][]string{{"2024-12-21→2024-12-31"}}},
		{text: "Data show that mid-April was the worst, with 1,500 casualties a day among Russian troops.", want: [][]string{{"2025-04-11→2025-04-20"}}},
		{text: "Ukraine said mid-April saw 1,500 Russian casualties a day.", want: [][]string{{"2025-04-11→2025-04-20"}}},
		{text: "Ukraine said early April saw 1,500 Russian casualties a day.", want: [][]string{{"2025-04-01→2025-04-10"}}},
		// Still read after a preposition; the two-word form unchanged.
		{text: "Russia lost 400 troops a day in mid-May.", want: [][]string{{"2025-05-11→2025-05-20"}}},
		{text: "Russia lost 400 troops a day from early-May to late-May.", want: [][]string{{"2025-05-01→2025-05-31"}}},
		{text: "Early June saw 400 casualties a day among Russian troops.", want: [][]string{{"2025-06-01→2025-06-10"}}},
		// Not an opening: the part of a month is no subject here.
		{text: "Mid-May attacks were reported, and Russia has lost 1,000,000 troops.", want: [][]string{{"2022-02-24→2025-06-12"}}},
	})
}

// The hours to a time of a day, as a noun or an adjective: the days
// before that day's morning.
func TestHoursToMorning(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,200 troops in the 24-hour period ending at 7 a.m. on Thursday, the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
		{text: "Over the 24-hour period ending at 7 a.m. on Thursday, Russia lost 1,200 troops, the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
		{text: "Russia lost 1,200 troops in the 24 hours ending at 7 a.m. on Wednesday, the General Staff said.", want: [][]string{{"2025-06-10→2025-06-11"}}},
		{text: "Russia lost 1,200 troops in the 24 hours to 8 a.m., the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
		{text: "Russia lost 2,200 troops in the 48 hours to Monday morning, the General Staff said.", want: [][]string{{"2025-06-07→2025-06-09"}}},
		{text: "Russia lost 2,200 troops in the 48-hour period to 8 a.m. on Monday, the General Staff said.", want: [][]string{{"2025-06-07→2025-06-09"}}},
		{text: "Russia lost 1,200 troops in the 24 hours to 8 a.m. on June 10, the General Staff said.", want: [][]string{{"2025-06-09→2025-06-10"}}},
		{text: "Russia lost 1,200 troops over the past 24 hours, the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
	})
}

// Plural units with no count at a year's end or start are a few of them:
// months a quarter, weeks a month, days a week; "closing", "dying" and
// "opening" read as "final" and "first" there.
func TestFewUnitsOfYear(t *testing.T) {
	const lost = "Russia lost 20,000 troops in "
	runCases(t, []claimCase{
		{text: lost + "the final months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the last months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the closing months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the final weeks of 2024, the ministry said.", want: [][]string{{"2024-12-01→2024-12-31"}}},
		{text: lost + "the closing weeks of 2024, the ministry said.", want: [][]string{{"2024-12-01→2024-12-31"}}},
		{text: lost + "the dying days of 2024, the ministry said.", want: [][]string{{"2024-12-25→2024-12-31"}}},
		{text: lost + "the first months of 2024, the ministry said.", want: [][]string{{"2024-01-01→2024-03-31"}}},
		{text: lost + "the opening weeks of 2025, the ministry said.", want: [][]string{{"2025-01-01→2025-01-31"}}},
		{text: lost + "the first weeks of the war, the ministry said.", want: [][]string{{"2022-02-24→2022-03-24"}}},
		// A count or a singular keeps its length.
		{text: lost + "the last three months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the final month of 2024, the ministry said.", want: [][]string{{"2024-12-01→2024-12-31"}}},
		{text: lost + "the last two weeks of 2024, the ministry said.", want: [][]string{{"2024-12-18→2024-12-31"}}},
		// No span of its own: "closing" with no "of", hours' share.
		{text: lost + "the closing stages of the battle, the ministry said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Israeli strikes killed more than 30 Iranian commanders, most of them in the opening hours of the war.", want: [][]string{{"→2025-06-12"}}},
	})
}

// A figure "the week before", "the previous week", "a week earlier",
// "the month before" is the unit before the figure it is compared with.
// (A UK Defence Intelligence week "to Sunday 8 June" is read from Sunday
// 1 June, and the corpus's gold has the week before end on that Sunday,
// the day the next starts: pn-01-ukdi-week-to-sunday.)
func TestUnitBefore(t *testing.T) {
	const wk = "Russia lost 9,000 troops in the week ending 8 June, compared with 8,700 "
	runCases(t, []claimCase{
		{text: wk + "the week before, the ministry said.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: wk + "the previous week, the ministry said.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: wk + "a week earlier, the ministry said.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: "Russia lost 9,000 troops in the week to June 8. The figure for the previous week was 8,350.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: "Russia lost 9,000 troops last week, compared with 8,700 the week before.", want: [][]string{{"2025-06-02→2025-06-08"}, {"2025-05-26→2025-06-01"}}},
		{text: "Russia lost 30,000 troops in May, compared with 28,000 the month before, the ministry said.", want: [][]string{{"2025-05-01→2025-05-31"}, {"2025-04-01→2025-04-30"}}},
		{text: "Russia lost 30,000 troops in May, compared with 28,000 the previous month, the ministry said.", want: [][]string{{"2025-05-01→2025-05-31"}, {"2025-04-01→2025-04-30"}}},
		{text: "Russia lost 30,000 troops in May, compared with 28,000 a month earlier, the ministry said.", want: [][]string{{"2025-05-01→2025-05-31"}, {"2025-04-01→2025-04-30"}}},
	})
}

// A change of a daily tally against the day before is no claim, and the
// day it is counted from is not the tally's period; a bulletin's
// bracketed increment is the past day's.
func TestDailyChange(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,130 troops (+12% vs yesterday), bringing its total losses to 1,000,000, the General Staff said.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}, {"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 1,130 troops (up 12% on yesterday), bringing its total losses to 1,000,000.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}, {"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 1,130 troops in the past day, up 12% on the previous day, the General Staff said.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}}},
		{text: "Russia lost 1,130 troops in the past day, 12% more than the previous day.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}}},
		{text: "Russian losses: personnel 1,000,000 (+1,130), tanks 10,900 (+5), the General Staff said.", want: [][]string{
			{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}, {"[1130..1130]", "2025-06-11→2025-06-12"},
			{"[10900..10900]", "2022-02-24→2025-06-12"}, {"[5..5]", "2025-06-11→2025-06-12"},
		}},
		// Yesterday as the figures' own day stays.
		{text: "Russia lost 1,130 troops yesterday, the General Staff said.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-11"}}},
		{text: "Russia lost 1,130 troops, compared with 1,010 yesterday.", want: [][]string{{"[1130..1130]"}, {"[1010..1010]", "2025-06-11→2025-06-11"}}},
	})
}

// A year written before a tally's noun dates the tally, and is no
// figure itself: "The 2024 death toll in Haiti was 5,601".
func TestYearBeforeToll(t *testing.T) {
	y24 := func(low string) [][]string { return [][]string{yearRoundup(low, "2024-01-01→2024-12-31")} }
	runCases(t, []claimCase{
		{text: "The 2024 death toll in Haiti was 5,601, the UN said.", pub: "2025-01-03", want: y24("[5601..")},
		{text: "The 2023 civilian toll in Ukraine was 1,974.", pub: "2025-01-03", want: [][]string{yearRoundup("[1974..", "2023-01-01→2023-12-31")}},
		{text: "Ukraine's 2024 civilian toll was 2,064.", pub: "2025-01-03", want: y24("[2064..")},
		{text: "The 2024 toll in Gaza surpassed 20,000, the ministry said.", pub: "2025-01-03", want: y24("[20000..")},
		{text: "Russia's 2024 casualties reached 430,000, the ministry said.", pub: "2025-01-03", want: y24("[430000..")},
		{text: "Its 2024 military losses stood at 1,200, the army said.", pub: "2025-01-03", want: y24("[1200..")},
	})
}

// yearRoundup wants a round-up's figure from low ("[5601..") over
// period, and neither flag a misread year would raise: a year taken for
// a figure conflicts with the category, one dated wrong can fall after
// publication.
func yearRoundup(low, period string) []string {
	return []string{low, period, "!category_conflict", "!period_after_publication"}
}

// A time told of a figure compared ("up from 4,789 in 2023") dates that
// figure alone, not the ones told after it; nor does a time told in a
// clause after a contrast date the figure before it.
func TestComparedFigureOwnTime(t *testing.T) {
	const y23, y24 = "2023-01-01→2023-12-31", "2024-01-01→2024-12-31"
	runCases(t, []claimCase{
		{text: "The UN said 5,601 people were killed in Haiti in 2024, up from 4,789 in 2023, while another 2,212 were injured.", pub: "2025-01-02", want: [][]string{
			yearRoundup("[5601..", y24), yearRoundup("[4789..", y23), yearRoundup("[2212..", y24),
		}},
		{text: "Ukraine's General Staff said Russia lost 3,689 tanks in 2024, up from 2,235 in 2023, and 13,000 artillery systems.", pub: "2025-01-02", want: [][]string{
			yearRoundup("[3689..", y24), yearRoundup("[2235..", y23), yearRoundup("[13000..", y24),
		}},
		{text: "Russia lost 1,200 tanks in 2024, compared with 2,000 in 2023, and 3,000 armoured vehicles.", pub: "2025-01-02", want: [][]string{
			yearRoundup("[1200..", y24), yearRoundup("[2000..", y23), yearRoundup("[3000..", y24),
		}},
		{text: "Israel lost 390 soldiers in Gaza in 2024, according to the IDF, against 512 killed in 2023.", pub: "2025-01-02", want: [][]string{
			yearRoundup("[390..", y24), yearRoundup("[512..", y23),
		}},
		{text: "The Sudanese army claimed to have killed 3,000 RSF fighters, while the Sudan Doctors Network said 782 civilians died in El Fasher between May and December.", pub: "2025-01-02", want: [][]string{
			yearRoundup("[3000..", "2023-04-15→2025-01-02"), yearRoundup("[782..", "2024-05-01→2024-12-31"),
		}},
		// The compared figure keeps its own time.
		{text: "Russia lost 430,000 troops in 2024, up from 253,000 in 2023.", pub: "2025-01-02", want: [][]string{
			yearRoundup("[430000..", y24), yearRoundup("[253000..", y23),
		}},
		// A day of the statement dates both clauses of what was said.
		{text: "Russia has suffered about 700,000 killed and wounded since the war began, while Ukraine's losses are around 400,000, two US officials told reporters on Monday.", pub: "2024-12-17", want: [][]string{
			yearRoundup("[700000..", "2022-02-24→2024-12-16"), {},
		}},
	})
}

// "The year" of a round-up is the year just ended early in the next
// one, this year so far after; "the year to June" told in June ends
// before June.
func TestReviewYear(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine's defence ministry estimates some 430,000 Russian casualties over the year.", pub: "2025-01-02", want: [][]string{yearRoundup("[430000..", "2024-01-01→2024-12-31")}},
		{text: "Ukraine's defence ministry estimates some 430,000 Russian casualties over the year.", pub: "2024-10-02", want: [][]string{yearRoundup("[430000..", "2024-01-01→2024-10-02")}},
		{text: "ACLED said fatalities in the Sahel rose to 11,000 over the year to June.", pub: "2025-06-12", want: [][]string{yearRoundup("[11000..", "2024-06-01→2025-05-31")}},
		{text: "ACLED said fatalities in the Sahel rose to 11,000 over the year to June.", pub: "2025-08-12", want: [][]string{yearRoundup("[11000..", "2024-07-01→2025-06-30")}},
		{text: "ACLED said 9,000 people were killed in the Sahel in the year to March.", pub: "2025-03-02", want: [][]string{yearRoundup("[9000..", "2024-03-01→2025-02-28")}},
	})
}

// "Across 2024" spans the year, as "across March and April" spans the
// months.
func TestAcrossYear(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Across 2024, UN monitors recorded 574 civilian deaths in Ukraine.", pub: "2025-01-03", want: [][]string{yearRoundup("[574..", "2024-01-01→2024-12-31")}},
		{text: "UN monitors recorded 574 civilian deaths in Ukraine across 2024.", pub: "2025-01-03", want: [][]string{yearRoundup("[574..", "2024-01-01→2024-12-31")}},
	})
}

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

// "N years into the war" dates a figure by its tense: the present
// perfect counts to the day written, the past perfect stops at the
// anniversary.
func TestIntoTheWarTense(t *testing.T) {
	runCases(t, []claimCase{
		{text: "More than three years into the war, Russia has lost 1,000,000 troops, Ukraine says.", want: [][]string{{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Three years into the war, Russia has lost 1,000,000 troops, Ukraine says.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Three years into the full-scale invasion, Ukraine has lost 70,000 soldiers, Zelensky said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Three years into the war, Russia had lost 700,000 troops, Ukraine said at the time.", want: [][]string{{"2022-02-24→2025-02-24"}}},
		{text: "A year into the war, Russia had lost 130,000 troops, Ukraine said at the time.", want: [][]string{{"[130000..130000]", "2022-02-24→2023-02-24"}}},
		{text: "A month into the war, Russia had lost 15,000 soldiers, NATO estimated.", want: [][]string{{"2022-02-24→2022-03-24"}}},
		{text: "Eighteen months into the war, 9,000 Ukrainian civilians had been killed, the UN said.", want: [][]string{{"2022-02-24→2023-08-24"}}},
		// A count of years long past keeps its anniversary, whatever the tense.
		{text: "One year into the war, Russia has lost 200,000 troops, US officials said.", want: [][]string{{"2022-02-24→2023-02-24"}}},
	})
}

// A total that "doubled" or "halved" to a new figure is the new total,
// as after "rose by half": the span of the rise is not the figure's.
func TestDoubledToTotal(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties in Ukraine have nearly doubled over the past year, to an estimated 950,000, the UK Ministry of Defence said.", want: [][]string{{"[950000..950000]", "~", "2022-02-24→2025-06-12"}}},
		{text: "Russian casualties have more than doubled over the past year, to about 950,000, the UK said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Russian casualties have tripled in the past year, to 900,000, officials say.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Russian casualties have risen by half over the past year, to about 950,000, the UK said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Ukraine's losses have halved over the past year, to about 300 a week, officials said.", want: [][]string{{"[300..300]/week"}}},
	})
}

// "Approaching the 1 million mark" is short of it, as "nearly 1
// million"; "passed the mark" is past it.
func TestMilestoneNear(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's losses are nearing the 1 million mark, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties are approaching the 1 million mark, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties approached the 1 million mark in June, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties are nearly 1 million, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties have passed the 1 million mark, Ukraine says.", want: [][]string{{"[1e+06..·]", "more_than"}}},
		{text: "Russian casualties crossed the 1 million mark, Ukraine says.", want: [][]string{{"[1e+06..·]", "more_than"}}},
		{text: "Russian casualties have surpassed the 1 million mark, Ukraine says.", want: [][]string{{"[1e+06..·]", "more_than"}}},
	})
}

// "Daily losses" that stand now are a rate, not a day's count; "were"
// with no span stays a count (a daily report's).
func TestDailyLossesNow(t *testing.T) {
	runCases(t, []claimCase{
		{pub: "2025-07-15", text: "Russia's daily losses are now around 800, analysts say.", want: [][]string{{"[800..800]/day", "~"}}},
		{pub: "2025-07-15", text: "Russian daily losses have nearly halved since the spring, to around 800, analysts say.", want: [][]string{{"[800..800]/day"}}},
		{pub: "2025-07-15", text: "Russia's daily losses currently stand at about 1,000, the UK said.", want: [][]string{{"[1000..1000]/day"}}},
		{pub: "2025-07-15", text: "Russia's daily losses remain above 1,000, the UK said.", want: [][]string{{"[1000..·]/day"}}},
		{text: "Russia's daily losses were 1,200, the General Staff said.", want: [][]string{{"[1200..1200]"}}},
		{text: "Russia's daily losses on Tuesday were 1,200, the General Staff said.", want: [][]string{{"[1200..1200]", "2025-06-10→2025-06-10"}}},
	})
}

// A clause of "now" after a rate gives the rate as it stands, out of
// the time of the clause before.
func TestNowRate(t *testing.T) {
	runCases(t, []claimCase{
		{text: "A year ago, Russia was losing about 1,200 troops a day; now it loses about 1,000, the UK said.", want: [][]string{
			{"[1200..1200]/day", "2024-06-12→2024-06-12"},
			{"[1000..1000]/day", "2022-02-24→2025-06-12"},
		}},
		{text: "In May, Russia lost about 1,200 troops a day; now it loses about 1,000, the UK said.", want: [][]string{
			{"[1200..1200]/day", "2025-05-01→2025-05-31"},
			{"[1000..1000]/day", "2022-02-24→2025-06-12"},
		}},
		// A total after "now" is no rate.
		{text: "Russia lost about 1,200 troops a day in May, and now it has lost 1,000,000 in all, the UK said.", want: [][]string{
			{"[1200..1200]/day"},
			{"[1e+06..1e+06]", "2022-02-24→2025-06-12"},
		}},
	})
}

// A week called the worst (or the quietest) in a sentence that counts
// nothing is the next figure's: a weekday there is that week's.
func TestSuperlativeWeekCarry(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Last week was the deadliest of the war for Russian troops. On Monday alone, Russia lost 1,600 soldiers, Kyiv said.", want: [][]string{{"[1600..1600]", "2025-06-02→2025-06-02"}}},
		{text: "Last week was the deadliest of the war for Russian troops. On Wednesday, Russia lost 1,600 soldiers, Kyiv said.", want: [][]string{{"2025-06-04→2025-06-04"}}},
		{text: "Last week was the most intense of the year. On Tuesday, Russia lost 1,400 soldiers, Kyiv said.", want: [][]string{{"2025-06-03→2025-06-03"}}},
		{text: "Last week was the quietest in months. Russia lost 6,200 troops, according to the General Staff.", want: [][]string{{"[6200..6200]", "2025-06-02→2025-06-08"}}},
		{text: "Last week was the calmest since January. Russia lost 6,200 troops, Ukraine said.", want: [][]string{{"2025-06-02→2025-06-08"}}},
		{text: "Last week was the heaviest for Russia in months. Russia lost 9,600 troops, Ukraine said.", want: [][]string{{"2025-06-02→2025-06-08"}}},
		// A running total stays the war's; a weekday with no week before is the latest.
		{text: "Last week was the deadliest of the war. Russia has lost 1,000,000 troops since 2022.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Fighting went on. On Monday alone, Russia lost 1,600 soldiers, Kyiv said.", want: [][]string{{"2025-06-09→2025-06-09"}}},
	})
}

// actorPeriods runs text and returns "actor start..end" for each claim.
func actorPeriods(t *testing.T, text, published string) []string {
	t.Helper()
	var got []string
	for _, c := range run(t, text, published, "") {
		got = append(got, c.Actor+" "+c.PeriodStart.String()+".."+c.PeriodEnd.String())
	}
	return got
}

// One war's start is none of the next sentence's figures when that
// sentence opens on another war's side.
func TestWarStartStaysWithItsWar(t *testing.T) {
	cases := []struct {
		text string
		want string // the last claim's actor and period
	}{
		{"In Sudan, 20,000 people have died since April 2023. In Ukraine, 43,000 soldiers have been killed, Zelensky said.", "Ukraine 2022-02-24..2025-01-02"},
		{"In Sudan, 20,000 people have died. In Ukraine, 43,000 soldiers have been killed, Zelensky said.", "Ukraine 2022-02-24..2025-01-02"},
		{"More than 150,000 people have been killed in Sudan since April 2023. In Ukraine, 12,000 civilians have died.", "Ukraine 2022-02-24..2025-01-02"},
		{"More than 150,000 people have been killed in Sudan since April 2023. In Myanmar, 6,000 civilians have died.", "Myanmar 2021-02-01..2025-01-02"},
		{"Israel has killed 45,000 Palestinians in Gaza since October 2023. In Lebanon, 4,000 people have been killed.", "Lebanon 2023-10-08..2024-11-27"},
		// The same war's side or place keeps the start.
		{"More than 150,000 people have been killed in Sudan since April 2023. The RSF has lost 20,000 fighters.", "Sudan (RSF) 2023-04-15..2025-01-02"},
		{"Israel has killed 45,000 Palestinians in Gaza since October 2023. In the West Bank, 800 have been killed.", "Palestinians in the West Bank 2023-10-07..2025-01-02"},
		// A dated figure keeps its own date.
		{"In Sudan, 20,000 people have died since April 2023. In Ukraine, 43,000 soldiers were killed in 2024.", "Ukraine 2024-01-01..2024-12-31"},
	}
	for _, tc := range cases {
		got := actorPeriods(t, tc.text, "2025-01-02")
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%q:\n got  %q\n want last %q", tc.text, got, tc.want)
		}
	}
}

// "The year saw …" opening a sentence names the year in review: the
// one just ended in January or February, this one so far after.
func TestYearInReviewSubject(t *testing.T) {
	cases := []struct {
		text, published, want string
	}{
		{"The year saw at least 8,000 people killed in Burkina Faso, according to ACLED.", "2024-12-28", "Burkina Faso 2024-01-01..2024-12-28"},
		{"The year saw Israel lose 390 soldiers in Gaza.", "2025-01-02", "Israel 2024-01-01..2024-12-31"},
		{"The year has seen more than 5,600 people killed in Haiti, the UN said.", "2025-01-02", "Haiti 2024-01-01..2024-12-31"},
		{"But the year was the deadliest yet, with 28,000 people killed in Sudan.", "2025-01-02", " 2024-01-01..2024-12-31"},
		{"The year saw 120 soldiers killed in Mali.", "2025-06-12", "Mali 2025-01-01..2025-06-12"},
		// Not "the year before the war".
		{"Russia has lost 1 million troops since the invasion. The year before the war saw no such losses.", "2025-06-12", "Russia 2022-02-24..2025-06-12"},
	}
	for _, tc := range cases {
		got := actorPeriods(t, tc.text, tc.published)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%q:\n got  %q\n want last %q", tc.text, got, tc.want)
		}
	}
}
