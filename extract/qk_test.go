package extract

import (
	"testing"
)

// qkPeriod runs text and returns "actor start..end" for each claim.
func qkPeriods(t *testing.T, text, published string) []string {
	t.Helper()
	var got []string
	for _, c := range run(t, text, published, "") {
		got = append(got, c.Actor+" "+c.PeriodStart.String()+".."+c.PeriodEnd.String())
	}
	return got
}

// One war's start is none of the next sentence's figures when that
// sentence opens on another war's side.
func TestQKStartStaysWithItsWar(t *testing.T) {
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
		got := qkPeriods(t, tc.text, "2025-01-02")
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%q:\n got  %q\n want last %q", tc.text, got, tc.want)
		}
	}
}

// "The year saw …" opening a sentence names the year in review: the
// one just ended in January or February, this one so far after.
func TestQKYearSubject(t *testing.T) {
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
		got := qkPeriods(t, tc.text, tc.published)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%q:\n got  %q\n want last %q", tc.text, got, tc.want)
		}
	}
}
