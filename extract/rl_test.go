package extract

import "testing"

// TestRLChangeEnds: "rose from N in <month> to M in <month>" dates each
// end by its own month or year, while a toll's or a total's rise from
// one day it stood to another stays a running total.
func TestRLChangeEnds(t *testing.T) {
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
