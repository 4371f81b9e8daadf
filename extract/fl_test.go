package extract

import "testing"

// A run of months written with an ASCII hyphen is one word
// ("January-May"): it dates a figure as "January–May" does, as a
// modifier, bare, or after a preposition.
func TestMonthRunWord(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's January-May losses reached 43,000, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "Russia's Jan-May losses reached 43,000, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "The January-May toll rose to 43,000 Russian troops, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "Between January-May, Russia lost 43,000 troops.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "January-May: Russia lost 43,000 troops.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		{text: "Russia lost 43,000 troops January-May 2024, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2024-01-01→2024-05-31"}}},
		{text: "Russia lost 43,000 troops in January-May, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2025-01-01→2025-05-31"}}},
		// Written in June, "September-November" is last year's.
		{text: "Russia lost 43,000 troops in September-November, Ukraine's General Staff said.", want: [][]string{{"[43000..43000]", "2024-09-01→2024-11-30"}}},
		// A day before a month is not a run of months.
		{text: "Russia lost 1,200 troops on 3 June, Ukraine's General Staff said.", want: [][]string{{"[1200..1200]", "2025-06-03→2025-06-03"}}},
	})
}
