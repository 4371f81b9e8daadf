package extract

import "testing"

// fnPeriodCase is a figure's expected period: the claim whose low is
// low gets start and end ("" for none).
type fnPeriodCase struct {
	text       string
	low        float64
	start, end string
}

func runFnPeriods(t *testing.T, cases []fnPeriodCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		found := false
		for _, c := range cs {
			if c.Low == nil || *c.Low != tc.low {
				continue
			}
			found = true
			if got, want := c.PeriodStart.String()+"→"+c.PeriodEnd.String(), tc.start+"→"+tc.end; got != want {
				t.Errorf("%q: %v: period %s, want %s", tc.text, tc.low, got, want)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v in %+v", tc.text, tc.low, cs)
		}
	}
}

// A few lost in one fight, told in the past with no day of their own,
// are the news of the past day, however the loss is phrased; totals
// told in the perfect keep the war's start.
func TestFnSmallDeedPastDay(t *testing.T) {
	runFnPeriods(t, []fnPeriodCase{
		{"Ukrainian troops lost 15 soldiers in the fighting, the Russian defence ministry said.", 15, "2025-06-11", "2025-06-12"},
		{"Ukrainian troops lost 15 soldiers, the Russian defence ministry said.", 15, "2025-06-11", "2025-06-12"},
		{"Israeli forces advanced into Khan Younis, losing three soldiers.", 3, "2025-06-11", "2025-06-12"},
		{"The IDF said its troops killed 30 Hamas gunmen.", 30, "2025-06-11", "2025-06-12"},
		{"Two IDF soldiers killed in southern Gaza, army says.", 2, "2025-06-11", "2025-06-12"},
		{"Five Ukrainian civilians wounded in Russian shelling, officials say.", 5, "2025-06-11", "2025-06-12"},
		// The perfect is a total.
		{"Ukrainian troops have lost 15,000 soldiers in the fighting.", 15000, "2022-02-24", "2025-06-12"},
		{"More than 20,000 Palestinians in Gaza have been killed in the fighting, the ministry said.", 20000, "2023-10-07", "2025-06-12"},
	})
}

// Machines destroyed in one deed, told in the past, are the past day's;
// a tally's "destroyed: 22" and "lists 87 howitzers as destroyed" are
// not deeds.
func TestFnEquipmentDeedPastDay(t *testing.T) {
	runFnPeriods(t, []fnPeriodCase{
		{"A Russian missile strike destroyed 2 Patriot launchers near Kyiv.", 2, "2025-06-11", "2025-06-12"},
		{"Ukrainian forces destroyed two T-72 tanks and three BMP-2s near Avdiivka.", 2, "2025-06-11", "2025-06-12"},
		{"Ukrainian forces destroyed two T-72 tanks and three BMP-2s near Avdiivka.", 3, "2025-06-11", "2025-06-12"},
		{"Ukrainian drones hit a Russian column: 3 tanks and 5 IFVs destroyed.", 3, "2025-06-11", "2025-06-12"},
		{"Ukrainian drones hit a Russian column: 3 tanks and 5 IFVs destroyed.", 5, "2025-06-11", "2025-06-12"},
		{"Ukrainian artillery hit 4 Russian tanks on the Zaporizhzhia front.", 4, "2025-06-11", "2025-06-12"},
		{"Oryx lists 87 Ukrainian M777 howitzers as destroyed or damaged.", 87, "2022-02-24", "2025-06-12"},
	})
}

// A deed dated to a month, told in a sentence that counts nothing,
// dates the toll of the next sentence, attributed or not; a war's total
// there keeps the war's start.
func TestFnMonthEventNextToll(t *testing.T) {
	runFnPeriods(t, []fnPeriodCase{
		{"The RSF attacked the Zamzam camp in April. More than 400 people were killed, the UN said.", 400, "2025-04-01", "2025-04-30"},
		{"The RSF attacked the Zamzam camp in April. More than 40 people were killed, the UN said.", 40, "2025-04-01", "2025-04-30"},
		{"Russian troops shelled Kherson in May 2024. Twelve people were killed, officials said.", 12, "2024-05-01", "2024-05-31"},
		{"Russian troops shelled Kherson on Sunday. Three people were killed.", 3, "2025-06-08", "2025-06-08"},
		{"The RSF attacked El Fasher in April. More than 20,000 Sudanese civilians have been killed since the war began, the UN said.", 20000, "2023-04-15", "2025-06-12"},
	})
}

// The day a war began is read from a crossing into the side's land in
// the figure's clause, not from an assault on a village nor a verb of
// another clause.
func TestFnOpeningAttackClause(t *testing.T) {
	runFnPeriods(t, []fnPeriodCase{
		{"Russian troops stormed the village but the other side lost 15 soldiers, Moscow said.", 15, "2025-06-11", "2025-06-12"},
		{"Hamas militants stormed into southern Israel, killing about 1,200 people.", 1200, "2023-10-07", "2023-10-07"},
		{"Hamas gunmen stormed Israeli communities, killing about 1,200 people.", 1200, "2023-10-07", "2023-10-07"},
		{"Hamas gunmen stormed southern Israel and killed about 1,200 people.", 1200, "2023-10-07", "2023-10-07"},
	})
}
