package extract

import "testing"

// A table's column of running totals beside the day's figures: each
// row's total stood on the row's day and counts from the war's start.
func TestTableRunningTotalColumn(t *testing.T) {
	runCases(t, []claimCase{
		{text: `<h2>Gaza Ministry of Health daily tally</h2><table><tr><th>Date</th><th>Killed</th><th>Total killed</th></tr><tr><td>3 June 2025</td><td>45</td><td>54,470</td></tr></table>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-03→2025-06-03"}, {"killed", "[54470..54470]", "2023-10-07→2025-06-03"}}},
		{text: `<h2>Gaza Ministry of Health daily tally</h2><table><tr><th>Date</th><th>New deaths</th><th>Cumulative deaths</th><th>Cumulative injured</th></tr><tr><td>3 June 2025</td><td>45</td><td>54,470</td><td>124,693</td></tr></table>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-03→2025-06-03"}, {"killed", "[54470..54470]", "2023-10-07→2025-06-03"}, {"wounded", "[124693..124693]", "2023-10-07→2025-06-03"}}},
		{text: `<h2>Russian losses</h2><table><tr><th>Month</th><th>Killed</th><th>Killed to date</th></tr><tr><td>March 2025</td><td>4,100</td><td>250,000</td></tr></table>`,
			want: [][]string{{"killed", "Russia/", "[4100..4100]", "2025-03-01→2025-03-31"}, {"killed", "Russia/", "[250000..250000]", "2022-02-24→2025-03-31"}}},
		{text: "Russian losses\n\n| Date | Killed | Total killed |\n|---|---|---|\n| 3 June 2025 | 1,100 | 250,000 |\n",
			want: [][]string{{"killed", "Russia/", "[1100..1100]", "2025-06-03→2025-06-03"}, {"killed", "Russia/", "[250000..250000]", "2022-02-24→2025-06-03"}}},
		// Unchanged: a lone "Total killed" column is each row's own total.
		{text: `<table><tr><th>Month</th><th>Total killed</th></tr><tr><td>March 2025</td><td>164</td></tr></table>`,
			want: [][]string{{"killed", "[164..164]", "2025-03-01→2025-03-31"}}},
	})
}

// A header that names its column's window ("Killed (past 24 hours)")
// over rows with their own date: the row's date dates the figures, and
// the window spreads to no other column.
func TestTableHeaderWindowRowDate(t *testing.T) {
	runCases(t, []claimCase{
		{text: `<table><tr><th>Date</th><th>Killed (past 24 hours)</th><th>Injured</th></tr><tr><td>3 June 2025</td><td>45</td><td>160</td></tr></table>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-03→2025-06-03"}, {"wounded", "[160..160]", "2025-06-03→2025-06-03"}}},
		{text: `<table><tr><th>Date</th><th>Killed in the last 24 hours</th><th>Injured in the last 24 hours</th></tr><tr><td>3 June 2025</td><td>45</td><td>160</td></tr></table>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-03→2025-06-03"}, {"wounded", "[160..160]", "2025-06-03→2025-06-03"}}},
		{text: `<table><tr><th>Date</th><th>Deaths, last 24h</th><th>Injuries</th></tr><tr><td>3 June 2025</td><td>45</td><td>160</td></tr><tr><td>4 June 2025</td><td>38</td><td>102</td></tr></table>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-03→2025-06-03"}, {"wounded", "[160..160]", "2025-06-03→2025-06-03"},
				{"killed", "[38..38]", "2025-06-04→2025-06-04"}, {"wounded", "[102..102]", "2025-06-04→2025-06-04"}}},
		// Unchanged: a header with no window.
		{text: `<table><tr><th>Date</th><th>Killed</th><th>Injured</th></tr><tr><td>3 June 2025</td><td>45</td><td>160</td></tr></table>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-03→2025-06-03"}, {"wounded", "[160..160]", "2025-06-03→2025-06-03"}}},
	})
}
