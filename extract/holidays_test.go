package extract

import (
	"testing"
	"time"

	"github.com/attrition-project/attrition"
)

// TestHolidayPeriods checks that a named holiday dates its losses: the
// latest one on or before publication, or that of the year given.
func TestHolidayPeriods(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces killed 7 civilians in Kherson on Christmas Day, the governor said.", pub: "2025-01-10",
			want: [][]string{{"[7..7]", "2024-12-25→2024-12-25"}}},
		{text: "Russian strikes on Orthodox Christmas killed 3 people.", pub: "2025-01-12",
			want: [][]string{{"[3..3]", "2025-01-07→2025-01-07"}}},
		{text: "Russian strikes on Christmas Eve killed 3 people.", pub: "2025-06-12",
			want: [][]string{{"[3..3]", "2024-12-24→2024-12-24"}}},
		{text: "Russian strikes on Easter Sunday killed 5 people.",
			want: [][]string{{"[5..5]", "2025-04-20→2025-04-20"}}},
		{text: "Russian strikes over Easter 2024 killed 5 people.",
			want: [][]string{{"[5..5]", "2024-03-31→2024-03-31"}}},
		{text: "Russian strikes on Orthodox Easter 2024 killed 5 people.",
			want: [][]string{{"[5..5]", "2024-05-05→2024-05-05"}}},
		{text: "The Palm Sunday strike on Sumy killed 35 people, officials said.", pub: "2025-04-25",
			want: [][]string{{"[35..35]", "2025-04-13→2025-04-13"}}},
		{text: "Russian strikes on Good Friday killed 3 people.",
			want: [][]string{{"[3..3]", "2025-04-18→2025-04-18"}}},
		{text: "Russian strikes on New Year's Eve killed 5 people.",
			want: [][]string{{"[5..5]", "2024-12-31→2024-12-31"}}},
		{text: "Russian strikes on New Year's Day killed 5 people.",
			want: [][]string{{"[5..5]", "2025-01-01→2025-01-01"}}},
		{text: "Israeli strikes during Eid al-Fitr 2025 killed 5 people.",
			want: [][]string{{"[5..5]", "2025-03-30→2025-03-31"}}},
		{text: "Israeli strikes during Ramadan killed 50 people.",
			want: [][]string{{"[50..50]", "2025-03-01→2025-03-30"}}},
		{text: "Israeli strikes during Ramadan killed 50 people.", pub: "2025-02-10",
			want: [][]string{{"[50..50]", "2024-03-11→2024-04-09"}}},
		{text: "Israeli strikes during Ramadan 2023 killed 50 people.",
			want: [][]string{{"[50..50]", "2023-03-23→2023-04-20"}}},
		// No date: the truce and the market are named for the holiday.
		{text: "Russian strikes during the Easter truce killed 3 people.",
			want: [][]string{{"[3..3]", "!2025-04-20→2025-04-20"}}},
		{text: "A strike on a Christmas market killed 3 people on Monday.",
			want: [][]string{{"[3..3]", "2025-06-09→2025-06-09"}}},
	})
}

// TestEasterDate checks the computus against known Easter Sundays.
func TestEasterDate(t *testing.T) {
	for _, tc := range []struct {
		y        int
		orthodox bool
		m        time.Month
		d        int
	}{
		{2014, false, 4, 20}, {2014, true, 4, 20}, {2022, false, 4, 17}, {2022, true, 4, 24},
		{2023, false, 4, 9}, {2023, true, 4, 16}, {2024, false, 3, 31}, {2024, true, 5, 5},
		{2025, false, 4, 20}, {2025, true, 4, 20}, {2026, false, 4, 5}, {2026, true, 4, 12},
	} {
		if got, want := easterDate(tc.y, tc.orthodox), attrition.NewDate(tc.y, tc.m, tc.d); got != want {
			t.Errorf("easterDate(%d, %v) = %v, want %v", tc.y, tc.orthodox, got, want)
		}
	}
}
