package extract

import (
	"testing"

	"github.com/attrition-project/attrition"
)

// qbPeriod is one figure's expected period in a round-up's sentence.
type qbPeriod struct {
	low        float64
	start, end string
}

// checkPeriods runs text and checks that each figure listed has a claim
// with the period given ("" for none), and that no claim has a figure
// not listed when n is set.
func checkPeriods(t *testing.T, text, pub string, n int, ws []qbPeriod) {
	t.Helper()
	cs := run(t, text, pub, "")
	if n > 0 && len(cs) != n {
		t.Errorf("%q: %d claims, want %d: %+v", text, len(cs), n, cs)
	}
	for _, w := range ws {
		var c *attrition.Claim
		for i := range cs {
			if cs[i].Low != nil && *cs[i].Low == w.low {
				c = &cs[i]
				break
			}
		}
		if c == nil {
			t.Errorf("%q: no claim of %v", text, w.low)
			continue
		}
		if got := dateStr(c.PeriodStart); got != w.start {
			t.Errorf("%q: %v period_start %s, want %s", text, w.low, got, w.start)
		}
		if got := dateStr(c.PeriodEnd); got != w.end {
			t.Errorf("%q: %v period_end %s, want %s", text, w.low, got, w.end)
		}
		for _, fl := range c.Flags {
			if fl == "category_conflict" || fl == "period_after_publication" {
				t.Errorf("%q: %v flagged %s", text, w.low, fl)
			}
		}
	}
}

func dateStr(d attrition.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// A year written before a tally's noun dates the tally, and is no
// figure itself: "The 2024 death toll in Haiti was 5,601".
func TestQBYearBeforeToll(t *testing.T) {
	y24 := func(v float64) []qbPeriod { return []qbPeriod{{v, "2024-01-01", "2024-12-31"}} }
	for _, tc := range []struct {
		text string
		ws   []qbPeriod
	}{
		{"The 2024 death toll in Haiti was 5,601, the UN said.", y24(5601)},
		{"The 2023 civilian toll in Ukraine was 1,974.", []qbPeriod{{1974, "2023-01-01", "2023-12-31"}}},
		{"Ukraine's 2024 civilian toll was 2,064.", y24(2064)},
		{"The 2024 toll in Gaza surpassed 20,000, the ministry said.", y24(20000)},
		{"Russia's 2024 casualties reached 430,000, the ministry said.", y24(430000)},
		{"Its 2024 military losses stood at 1,200, the army said.", y24(1200)},
	} {
		checkPeriods(t, tc.text, "2025-01-03", 1, tc.ws)
	}
}

// A time told of a figure compared ("up from 4,789 in 2023") dates that
// figure alone, not the ones told after it; nor does a time told in a
// clause after a contrast date the figure before it.
func TestQBComparedFigureTime(t *testing.T) {
	for _, tc := range []struct {
		text string
		ws   []qbPeriod
	}{
		{"The UN said 5,601 people were killed in Haiti in 2024, up from 4,789 in 2023, while another 2,212 were injured.",
			[]qbPeriod{{5601, "2024-01-01", "2024-12-31"}, {4789, "2023-01-01", "2023-12-31"}, {2212, "2024-01-01", "2024-12-31"}}},
		{"Ukraine's General Staff said Russia lost 3,689 tanks in 2024, up from 2,235 in 2023, and 13,000 artillery systems.",
			[]qbPeriod{{3689, "2024-01-01", "2024-12-31"}, {2235, "2023-01-01", "2023-12-31"}, {13000, "2024-01-01", "2024-12-31"}}},
		{"Russia lost 1,200 tanks in 2024, compared with 2,000 in 2023, and 3,000 armoured vehicles.",
			[]qbPeriod{{1200, "2024-01-01", "2024-12-31"}, {2000, "2023-01-01", "2023-12-31"}, {3000, "2024-01-01", "2024-12-31"}}},
		{"Israel lost 390 soldiers in Gaza in 2024, according to the IDF, against 512 killed in 2023.",
			[]qbPeriod{{390, "2024-01-01", "2024-12-31"}, {512, "2023-01-01", "2023-12-31"}}},
		{"The Sudanese army claimed to have killed 3,000 RSF fighters, while the Sudan Doctors Network said 782 civilians died in El Fasher between May and December.",
			[]qbPeriod{{3000, "2023-04-15", "2025-01-02"}, {782, "2024-05-01", "2024-12-31"}}},
		// The compared figure keeps its own time.
		{"Russia lost 430,000 troops in 2024, up from 253,000 in 2023.",
			[]qbPeriod{{430000, "2024-01-01", "2024-12-31"}, {253000, "2023-01-01", "2023-12-31"}}},
	} {
		checkPeriods(t, tc.text, "2025-01-02", 0, tc.ws)
	}
	// A day of the statement dates both clauses of what was said.
	checkPeriods(t, "Russia has suffered about 700,000 killed and wounded since the war began, while Ukraine's losses are around 400,000, two US officials told reporters on Monday.",
		"2024-12-17", 0, []qbPeriod{{700000, "2022-02-24", "2024-12-16"}})
}

// "The year" of a round-up is the year just ended early in the next
// one, this year so far after; "the year to June" told in June ends
// before June.
func TestQBReviewYear(t *testing.T) {
	for _, tc := range []struct {
		text, pub string
		ws        []qbPeriod
	}{
		{"Ukraine's defence ministry estimates some 430,000 Russian casualties over the year.", "2025-01-02", []qbPeriod{{430000, "2024-01-01", "2024-12-31"}}},
		{"Ukraine's defence ministry estimates some 430,000 Russian casualties over the year.", "2024-10-02", []qbPeriod{{430000, "2024-01-01", "2024-10-02"}}},
		{"ACLED said fatalities in the Sahel rose to 11,000 over the year to June.", "2025-06-12", []qbPeriod{{11000, "2024-06-01", "2025-05-31"}}},
		{"ACLED said fatalities in the Sahel rose to 11,000 over the year to June.", "2025-08-12", []qbPeriod{{11000, "2024-07-01", "2025-06-30"}}},
		{"ACLED said 9,000 people were killed in the Sahel in the year to March.", "2025-03-02", []qbPeriod{{9000, "2024-03-01", "2025-02-28"}}},
	} {
		checkPeriods(t, tc.text, tc.pub, 0, tc.ws)
	}
}

// "Across 2024" spans the year, as "across March and April" spans the
// months.
func TestQBAcrossYear(t *testing.T) {
	for _, text := range []string{
		"Across 2024, UN monitors recorded 574 civilian deaths in Ukraine.",
		"UN monitors recorded 574 civilian deaths in Ukraine across 2024.",
	} {
		checkPeriods(t, text, "2025-01-03", 0, []qbPeriod{{574, "2024-01-01", "2024-12-31"}})
	}
}
