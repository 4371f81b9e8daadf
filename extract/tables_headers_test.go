package extract

import "testing"

// A table's header or title that names the people its figures count:
// "Civilians killed", "Russian personnel killed", a title "Ukrainian
// civilian casualties, by year".
func TestTablePeopleHeaders(t *testing.T) {
	runCases(t, []claimCase{
		{text: `<table><tr><th>Month</th><th>Civilians killed</th></tr><tr><td>March 2025</td><td>164</td></tr></table>`,
			want: [][]string{{"killed", "/civilian", "[164..164]", "2025-03-01→2025-03-31"}}},
		{text: `<table><tr><th>Month</th><th>Russian personnel killed</th></tr><tr><td>March 2025</td><td>12,400</td></tr></table>`,
			want: [][]string{{"killed", "Russia/military", "[12400..12400]", "2025-03-01→2025-03-31"}}},
		{text: `<table><tr><th>Month</th><th>Soldiers killed</th><th>Civilians killed</th></tr><tr><td>March 2025</td><td>80</td><td>164</td></tr></table>`,
			want: [][]string{{"killed", "/military", "[80..80]"}, {"killed", "/civilian", "[164..164]"}}},
		{text: `<h3>Ukrainian civilian casualties, by year</h3><table><tr><th>Year</th><th>Killed</th><th>Injured</th></tr><tr><td>2023</td><td>1,974</td><td>6,651</td></tr></table>`,
			want: [][]string{{"killed", "Ukraine/civilian", "[1974..1974]", "2023-01-01→2023-12-31"}, {"wounded", "Ukraine/civilian", "[6651..6651]"}}},
		{text: "Ukrainian civilian casualties, by year\n\n| Year | Killed | Injured |\n|---|---|---|\n| 2023 | 1,974 | 6,651 |\n",
			want: [][]string{{"killed", "Ukraine/civilian", "[1974..1974]"}, {"wounded", "Ukraine/civilian", "[6651..6651]"}}},
		// A column of one people beside the row's whole toll is a part
		// of it: the whole keeps everyone.
		{text: "Reported fatalities in Myanmar by year, as recorded by ACLED.\n\n| Year | Reported fatalities | of which civilians |\n|---|---|---|\n| 2023 | 15,912 | 2,988 |\n",
			want: [][]string{{"killed", "Myanmar/all", "[15912..15912]"}, {"killed", "Myanmar/civilian", "[2988..2988]"}}},
		// Unchanged: a header with no people.
		{text: `<table><tr><th>Month</th><th>Killed</th><th>Injured</th></tr><tr><td>March 2025</td><td>164</td><td>910</td></tr></table>`,
			want: [][]string{{"killed", "/all", "[164..164]", "2025-03-01→2025-03-31"}, {"wounded", "/all", "[910..910]"}}},
	})
}

// A header that puts the category in brackets after the side, or says
// the equipment was shot down.
func TestTableHeaderAsides(t *testing.T) {
	runCases(t, []claimCase{
		{text: `<table><tr><th>Month</th><th>Russia (killed)</th><th>Ukraine (killed)</th></tr><tr><td>March 2025</td><td>3,100</td><td>1,900</td></tr></table>`,
			want: [][]string{{"killed", "Russia/", "[3100..3100]", "2025-03-01→2025-03-31"}, {"killed", "Ukraine/", "[1900..1900]", "2025-03-01→2025-03-31"}}},
		{text: "| Month | Russia (wounded) | Ukraine (wounded) |\n|---|---|---|\n| March 2025 | 9,000 | 5,000 |\n",
			want: [][]string{{"wounded", "Russia/", "[9000..9000]"}, {"wounded", "Ukraine/", "[5000..5000]"}}},
		{text: `<table><tr><th>Month</th><th>Russian drones shot down</th></tr><tr><td>April 2025</td><td>3,210</td></tr></table>`,
			want: [][]string{{"equipment:drones", "[3210..3210]", "2025-04-01→2025-04-30"}}},
		{text: `<table><tr><th>Month</th><th>Drones downed</th><th>Missiles intercepted</th></tr><tr><td>April 2025</td><td>3,210</td><td>120</td></tr></table>`,
			want: [][]string{{"equipment:drones", "[3210..3210]"}, {"equipment:missiles", "[120..120]"}}},
	})
}

// A bulletin's <br> lines that end in their figure: each figure keeps
// its own line's label.
func TestBulletinBreakLines(t *testing.T) {
	runCases(t, []claimCase{
		{text: `<p>Killed in the last 24 hours: 45<br>Total killed since 7 October 2023: 54,927<br>Total injured: 126,019</p>`,
			want: [][]string{{"killed", "[45..45]", "2025-06-11→2025-06-12"}, {"killed", "[54927..54927]", "2023-10-07→2025-06-12"}, {"wounded", "[126019..126019]"}}},
		{text: `<p>Deaths: 1,200<br/>Injuries: 3,400</p>`,
			want: [][]string{{"killed", "[1200..1200]"}, {"wounded", "[3400..3400]"}}},
		// Unchanged: a <br> inside a sentence, after words, joins it.
		{text: `<p>Russian strikes on Kharkiv killed<br>12 people on Saturday.</p>`,
			want: [][]string{{"killed", "[12..12]"}}},
	})
}
