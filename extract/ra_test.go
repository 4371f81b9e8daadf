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
