package extract

import "testing"

// TestChangeEnds: "rose from N in <month> to M in <month>" dates each
// end by its own month or year, while a toll's or a total's rise from
// one day it stood to another stays a running total.
func TestChangeEnds(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Civilian deaths in Ukraine rose from 420 in January to 1,150 in May.", want: [][]string{
			{"[1150..1150]", "2025-05-01→2025-05-31"},
			{"[420..420]", "2025-01-01→2025-01-31"},
		}},
		{text: "Civilian deaths rose from 420 in January to 1,150 in May.", want: [][]string{
			{"[1150..1150]", "2025-05-01→2025-05-31"},
			{"[420..420]", "2025-01-01→2025-01-31"},
		}},
		{text: "Fatalities rose from 420 in 2023 to 1,150 in 2024.", want: [][]string{
			{"[1150..1150]", "2024-01-01→2024-12-31"},
			{"[420..420]", "2023-01-01→2023-12-31"},
		}},
		{text: "The number of civilians killed in Gaza climbed from 1,200 in March 2024 to 2,300 in April 2024.", want: [][]string{
			{"[2300..2300]", "2024-04-01→2024-04-30"},
			{"[1200..1200]", "2024-03-01→2024-03-31"},
		}},
		{text: "Civilian casualties in Ukraine increased from 580 in March to 873 in April, the UN said.", want: [][]string{
			{"[873..873]", "2025-04-01→2025-04-30"},
			{"[580..580]", "2025-03-01→2025-03-31"},
		}},
		// Still a running total: a toll, the same month a year on, a
		// day it stood by.
		{text: "The Gaza death toll rose from 10,000 in November 2023 to 55,000 in May.", want: [][]string{
			{"[55000..55000]", "2023-10-07→2025-05-31"},
			{"[10000..10000]", "2023-10-07→2023-11-30"},
		}},
		{text: "Russian casualties rose from 315,000 in December 2023 to 700,000 in December 2024.", want: [][]string{
			{"[700000..700000]", "2022-02-24→2024-12-31"},
			{"[315000..315000]", "2022-02-24→2023-12-31"},
		}},
		{text: "Russian casualties rose from 500,000 in January to 600,000 by May.", want: [][]string{
			{"[600000..600000]", "2022-02-24→2025-05-31"},
			{"[500000..500000]", "2022-02-24→2025-01-31"},
		}},
	})
}

// TestIncrementBeforeToll: one event's dead before "bringing the
// army's death toll since the start of the war to 860" are of the day,
// the running period the toll's alone.
func TestIncrementBeforeToll(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The Israeli military said on Wednesday that a soldier was killed in southern Gaza, bringing the army's death toll since the start of the war to 860.", pub: "2025-06-11", want: [][]string{
			{"[1..1]", "2025-06-10→2025-06-11"},
			{"[860..860]", "2023-10-07→2025-06-11"},
		}},
		{text: "A soldier was killed in southern Gaza, raising the army's death toll since the start of the ground operation to 430.", pub: "2025-06-11", want: [][]string{
			{"[1..1]", "2025-06-10→2025-06-11"},
			{"[430..430]", "2023-10-27→2025-06-11"},
		}},
		{text: "Three people were killed in a strike on Kharkiv, bringing the city's death toll since the invasion began to 1,900.", pub: "2025-06-11", want: [][]string{
			{"[3..3]", "2025-06-10→2025-06-11"},
			{"[1900..1900]", "2022-02-24→2025-06-11"},
		}},
		{text: "Two soldiers were killed in northern Gaza on Tuesday, taking the military's total since October 7 to 862.", pub: "2025-06-11", want: [][]string{
			{"[2..2]", "2025-06-10→2025-06-10"},
			{"[862..862]", "2023-10-07→2025-06-10"},
		}},
		// "over the same period" after them is the toll's time.
		{text: "Armenia's defence ministry said on Wednesday that 40 more servicemen had been killed, raising the military death toll since the fighting began on 27 September to 532. Azerbaijan said Armenian shelling had killed 43 Azerbaijani civilians over the same period.", pub: "2020-10-14", want: [][]string{
			{"[40..40]", "2020-10-13→2020-10-14"},
			{"[532..532]", "2020-09-27→2020-10-14"},
			{"[43..43]", "2020-09-27→2020-10-14"},
		}},
	})
}

// TestDayThenLength: a day named before a length told right after the
// figure is the length's first day.
func TestDayThenLength(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The RSF attacked Zamzam camp on 11 April, killing at least 400 civilians over three days.", want: [][]string{
			{"[400..", "2025-04-11→2025-04-13", "!arithmetic_mismatch"},
		}},
		{text: "Gunmen stormed the village on Monday, killing 30 people over two days.", want: [][]string{
			{"[30..30]", "2025-06-09→2025-06-10", "!arithmetic_mismatch"},
		}},
		// A day with no length after its figure stays one day.
		{text: "On 3 May, Russian forces lost 1,200 troops in a single day.", want: [][]string{
			{"[1200..1200]", "2025-05-03→2025-05-03"},
		}},
	})
}
