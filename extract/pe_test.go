package extract

import "testing"

// peCase is a text and every claim it should give, no more.
type peCase struct {
	text string
	want []want
}

func runPeCases(t *testing.T, cases []peCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		if len(cs) != len(tc.want) {
			t.Errorf("%q: got %d claims, want %d: %+v", tc.text, len(cs), len(tc.want), cs)
		}
		for _, w := range tc.want {
			check(t, tc.text, find(cs, w), w)
		}
	}
}

// A fleet's size is no loss; only the part of it lost is: "Of Ukraine's
// 31 Abrams tanks, 20 have been destroyed".
func TestFleetWholeNotLoss(t *testing.T) {
	tanks := func(n float64, bound string) want {
		return want{category: "equipment:tanks", low: f(n), high: f(n), bound: bound}
	}
	afv := func(n float64) want {
		return want{category: "equipment:armoured_vehicles", low: f(n), high: f(n)}
	}
	least20 := want{category: "equipment:tanks", low: f(20), bound: "at_least"}
	runPeCases(t, []peCase{
		{"Of Ukraine's 31 Abrams tanks, 20 have been destroyed.", []want{tanks(20, "point")}},
		{"Of Germany's 18 Leopard tanks, 12 were destroyed.", []want{tanks(12, "point")}},
		{"Of its 31 Abrams, Ukraine has lost 20.", []want{tanks(20, "point")}},
		{"Out of 31 Abrams tanks delivered, 20 have been destroyed.", []want{tanks(20, "point")}},
		{"Of the 300 Bradleys sent, 200 destroyed.", []want{afv(200)}},
		{"Ukraine received 31 Abrams; at least 20 were lost.", []want{least20}},
		{"Ukraine received 31 Abrams, and at least 20 were lost.", []want{least20}},
		{"Germany delivered 18 Leopard tanks; 12 were destroyed.", []want{tanks(12, "point")}},
		{"The US sent 300 Bradleys to Ukraine, and 200 have been destroyed.", []want{afv(200)}},
		// Unchanged: the whole named after the part.
		{"Ukraine has lost 20 of its 31 Abrams tanks.", []want{tanks(20, "point")}},
		// People lost after a delivery stay people.
		{"Russia fired 40 missiles at Kyiv, and 20 people were killed.", []want{{category: "killed", low: f(20), high: f(20)}}},
	})
}
