package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/attrition-project/attrition"
)

// A run of two months, hyphenated or with an en dash, reads as the span
// from the first's start to the second's end, whatever length the names
// have: "June" and "July" are full names ("January-June"), "Sept" a cut
// one ("Sept-Dec").
func TestPbMonthRuns(t *testing.T) {
	full := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	cut := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"}
	for _, names := range [][]string{full, cut} {
		for m1 := 1; m1 <= 12; m1++ {
			for m2 := m1 + 1; m2 <= 12; m2++ {
				for _, dash := range []string{"-", "–"} {
					for _, lead := range []string{"in", "between"} {
						run := names[m1-1] + dash + names[m2-1]
						text := "Russia lost 190,000 troops " + lead + " " + run + " 2024, Ukraine said."
						st := attrition.NewDate(2024, time.Month(m1), 1)
						en := monthEnd(2024, time.Month(m2))
						checkPbPeriod(t, text, "2025-06-12", st.String(), en.String())
					}
				}
			}
		}
	}
	// Mixed forms and runs with no year: the latest run ended by
	// publication (June's end is clipped to it).
	for _, tc := range []struct{ text, start, end string }{
		{"Russia lost 190,000 troops in January-June, Ukraine said.", "2025-01-01", "2025-06-12"},
		{"Russia lost 190,000 troops in Jan-June 2024, Ukraine said.", "2024-01-01", "2024-06-30"},
		{"Russia lost 190,000 troops in June-Sept 2024, Ukraine said.", "2024-06-01", "2024-09-30"},
		{"Russia lost 190,000 troops in July-Sept 2024, Ukraine said.", "2024-07-01", "2024-09-30"},
		{"Russia lost 190,000 troops in Mar-May, Ukraine said.", "2025-03-01", "2025-05-31"},
		{"Russia lost 190,000 troops in July-December, Ukraine said.", "2024-07-01", "2024-12-31"},
		{"Russia's January-May losses were 190,000, Ukraine said.", "2025-01-01", "2025-05-31"},
		{"Russia lost 190,000 troops in November-February, Ukraine said.", "2024-11-01", "2025-02-28"},
	} {
		checkPbPeriod(t, tc.text, "2025-06-12", tc.start, tc.end)
	}
}

// checkPbPeriod wants text to give one claim, over start..end.
func checkPbPeriod(t *testing.T, text, pub, start, end string) {
	t.Helper()
	cs := run(t, text, pub, "")
	if len(cs) != 1 {
		var got []string
		for i := range cs {
			got = append(got, claimForm(&cs[i]))
		}
		t.Errorf("%q: %d claims, want 1:\n  %s", text, len(cs), strings.Join(got, "\n  "))
		return
	}
	if s, e := cs[0].PeriodStart.String(), cs[0].PeriodEnd.String(); s != start || e != end {
		t.Errorf("%q: period %s..%s, want %s..%s", text, s, e, start, end)
	}
}

// A part of a month as one hyphenated word opens a sentence or clause as
// "Early June" does: its subject, or the sentence's opening adverb.
func TestPbPartOfMonthWordOpening(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Mid-May saw 400 casualties a day among Russian troops.", want: [][]string{{"2025-05-11→2025-05-20"}}},
		{text: "Mid-May, Russia lost 400 troops a day.", want: [][]string{{"2025-05-11→2025-05-20"}}},
		{text: "Early-June saw 400 casualties a day among Russian troops.", want: [][]string{{"2025-06-01→2025-06-10"}}},
		{text: "Late-May, Russia lost 400 troops a day.", want: [][]string{{"2025-05-21→2025-05-31"}}},
		{text: "Late-December 2024 saw 2,000 Russian casualties a day.", want: [][]string{{"2024-12-21→2024-12-31"}}},
		{text: "Data show that mid-April was the worst, with 1,500 casualties a day among Russian troops.", want: [][]string{{"2025-04-11→2025-04-20"}}},
		{text: "Ukraine said mid-April saw 1,500 Russian casualties a day.", want: [][]string{{"2025-04-11→2025-04-20"}}},
		{text: "Ukraine said early April saw 1,500 Russian casualties a day.", want: [][]string{{"2025-04-01→2025-04-10"}}},
		// Still read after a preposition; the two-word form unchanged.
		{text: "Russia lost 400 troops a day in mid-May.", want: [][]string{{"2025-05-11→2025-05-20"}}},
		{text: "Russia lost 400 troops a day from early-May to late-May.", want: [][]string{{"2025-05-01→2025-05-31"}}},
		{text: "Early June saw 400 casualties a day among Russian troops.", want: [][]string{{"2025-06-01→2025-06-10"}}},
		// Not an opening: the part of a month is no subject here.
		{text: "Mid-May attacks were reported, and Russia has lost 1,000,000 troops.", want: [][]string{{"2022-02-24→2025-06-12"}}},
	})
}

// The hours to a time of a day, as a noun or an adjective: the days
// before that day's morning.
func TestPbHoursToMorning(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,200 troops in the 24-hour period ending at 7 a.m. on Thursday, the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
		{text: "Over the 24-hour period ending at 7 a.m. on Thursday, Russia lost 1,200 troops, the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
		{text: "Russia lost 1,200 troops in the 24 hours ending at 7 a.m. on Wednesday, the General Staff said.", want: [][]string{{"2025-06-10→2025-06-11"}}},
		{text: "Russia lost 1,200 troops in the 24 hours to 8 a.m., the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
		{text: "Russia lost 2,200 troops in the 48 hours to Monday morning, the General Staff said.", want: [][]string{{"2025-06-07→2025-06-09"}}},
		{text: "Russia lost 2,200 troops in the 48-hour period to 8 a.m. on Monday, the General Staff said.", want: [][]string{{"2025-06-07→2025-06-09"}}},
		{text: "Russia lost 1,200 troops in the 24 hours to 8 a.m. on June 10, the General Staff said.", want: [][]string{{"2025-06-09→2025-06-10"}}},
		{text: "Russia lost 1,200 troops over the past 24 hours, the General Staff said.", want: [][]string{{"2025-06-11→2025-06-12"}}},
	})
}

// Plural units with no count at a year's end or start are a few of them:
// months a quarter, weeks a month, days a week; "closing", "dying" and
// "opening" read as "final" and "first" there.
func TestPbFewUnitsOfYear(t *testing.T) {
	const lost = "Russia lost 20,000 troops in "
	runCases(t, []claimCase{
		{text: lost + "the final months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the last months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the closing months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the final weeks of 2024, the ministry said.", want: [][]string{{"2024-12-01→2024-12-31"}}},
		{text: lost + "the closing weeks of 2024, the ministry said.", want: [][]string{{"2024-12-01→2024-12-31"}}},
		{text: lost + "the dying days of 2024, the ministry said.", want: [][]string{{"2024-12-25→2024-12-31"}}},
		{text: lost + "the first months of 2024, the ministry said.", want: [][]string{{"2024-01-01→2024-03-31"}}},
		{text: lost + "the opening weeks of 2025, the ministry said.", want: [][]string{{"2025-01-01→2025-01-31"}}},
		{text: lost + "the first weeks of the war, the ministry said.", want: [][]string{{"2022-02-24→2022-03-24"}}},
		// A count or a singular keeps its length.
		{text: lost + "the last three months of 2024, the ministry said.", want: [][]string{{"2024-10-01→2024-12-31"}}},
		{text: lost + "the final month of 2024, the ministry said.", want: [][]string{{"2024-12-01→2024-12-31"}}},
		{text: lost + "the last two weeks of 2024, the ministry said.", want: [][]string{{"2024-12-18→2024-12-31"}}},
		// No span of its own: "closing" with no "of", hours' share.
		{text: lost + "the closing stages of the battle, the ministry said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Israeli strikes killed more than 30 Iranian commanders, most of them in the opening hours of the war.", want: [][]string{{"→2025-06-12"}}},
	})
}

// A figure "the week before", "the previous week", "a week earlier",
// "the month before" is the unit before the figure it is compared with.
// (A UK Defence Intelligence week "to Sunday 8 June" is read from Sunday
// 1 June, and the corpus's gold has the week before end on that Sunday,
// the day the next starts: pn-01-ukdi-week-to-sunday.)
func TestPbUnitBefore(t *testing.T) {
	const wk = "Russia lost 9,000 troops in the week ending 8 June, compared with 8,700 "
	runCases(t, []claimCase{
		{text: wk + "the week before, the ministry said.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: wk + "the previous week, the ministry said.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: wk + "a week earlier, the ministry said.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: "Russia lost 9,000 troops in the week to June 8. The figure for the previous week was 8,350.", want: [][]string{{"2025-06-01→2025-06-08"}, {"2025-05-25→2025-06-01"}}},
		{text: "Russia lost 9,000 troops last week, compared with 8,700 the week before.", want: [][]string{{"2025-06-02→2025-06-08"}, {"2025-05-26→2025-06-01"}}},
		{text: "Russia lost 30,000 troops in May, compared with 28,000 the month before, the ministry said.", want: [][]string{{"2025-05-01→2025-05-31"}, {"2025-04-01→2025-04-30"}}},
		{text: "Russia lost 30,000 troops in May, compared with 28,000 the previous month, the ministry said.", want: [][]string{{"2025-05-01→2025-05-31"}, {"2025-04-01→2025-04-30"}}},
		{text: "Russia lost 30,000 troops in May, compared with 28,000 a month earlier, the ministry said.", want: [][]string{{"2025-05-01→2025-05-31"}, {"2025-04-01→2025-04-30"}}},
	})
}

// A change of a daily tally against the day before is no claim, and the
// day it is counted from is not the tally's period; a bulletin's
// bracketed increment is the past day's.
func TestPbDailyChange(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,130 troops (+12% vs yesterday), bringing its total losses to 1,000,000, the General Staff said.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}, {"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 1,130 troops (up 12% on yesterday), bringing its total losses to 1,000,000.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}, {"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 1,130 troops in the past day, up 12% on the previous day, the General Staff said.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}}},
		{text: "Russia lost 1,130 troops in the past day, 12% more than the previous day.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-12"}}},
		{text: "Russian losses: personnel 1,000,000 (+1,130), tanks 10,900 (+5), the General Staff said.", want: [][]string{
			{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}, {"[1130..1130]", "2025-06-11→2025-06-12"},
			{"[10900..10900]", "2022-02-24→2025-06-12"}, {"[5..5]", "2025-06-11→2025-06-12"},
		}},
		// Yesterday as the figures' own day stays.
		{text: "Russia lost 1,130 troops yesterday, the General Staff said.", want: [][]string{{"[1130..1130]", "2025-06-11→2025-06-11"}}},
		{text: "Russia lost 1,130 troops, compared with 1,010 yesterday.", want: [][]string{{"[1130..1130]"}, {"[1010..1010]", "2025-06-11→2025-06-11"}}},
	})
}
