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
