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

// A fate learnt after the first count is the fate: "Of the 400 soldiers
// reported missing, 150 have since been confirmed dead" counts 150 dead,
// not 150 missing; and "confirmed" after the people's noun tells their
// fate, not who spoke.
func TestConfirmedDead(t *testing.T) {
	killed := func(n float64) want { return want{category: "killed", low: f(n), high: f(n)} }
	runPeCases(t, []peCase{
		// (The 400 missing, a count of its own, may stand.)
		{"Of the 400 soldiers reported missing, 150 have since been confirmed dead.", []want{killed(150), {category: "missing", low: f(400), high: f(400)}}},
		{"Of the 400 soldiers reported missing, 150 were later confirmed killed.", []want{killed(150), {category: "missing", low: f(400), high: f(400)}}},
		{"Of those missing, 150 have since been confirmed dead.", []want{killed(150)}},
		{"Of the 400 soldiers listed as missing, 150 were found dead.", []want{killed(150)}},
		{"150 soldiers have since been confirmed dead.", []want{killed(150)}},
		{"150 since died of their wounds.", []want{killed(150)}},
		{"Mediazona counted 110,000 Russian soldiers confirmed dead.", []want{{category: "killed", low: f(110000), high: f(110000), actor: "Russia"}}},
		{"Mediazona counted 110,000 confirmed dead Russian soldiers.", []want{{category: "killed", low: f(110000), high: f(110000), actor: "Russia"}}},
		{"150 soldiers confirmed killed.", []want{killed(150)}},
		{"Ukraine published the names of 250 soldiers who fell in battle.", []want{{category: "killed", low: f(250)}}},
		{"Ukraine published the names of 250 soldiers who fell in action.", []want{{category: "killed", low: f(250)}}},
		// "since" before no fate opens a time, not a filler.
		{"Fighting has killed 514 people since insurgents launched their offensive.", []want{killed(514)}},
		// Speakers stay speakers.
		{"Two officers said 40 were killed.", []want{killed(40)}},
		{"Two soldiers confirmed the attack.", nil},
	})
}

// Wounded prisoners handed over in a swap are no wounded of the war's
// fighting: "the swap freed 84 wounded prisoners".
func TestSwapWoundedPrisoners(t *testing.T) {
	runPeCases(t, []peCase{
		{"The swap freed 84 wounded prisoners.", nil},
		{"Russia returned 84 wounded POWs to Ukraine.", nil},
		{"84 wounded prisoners were released in the swap.", nil},
		{"Ukraine received the bodies of 1,212 soldiers in the exchange.", nil},
		// Wounded soldiers, no swap: wounded.
		{"The strike left 84 wounded soldiers in hospital.", []want{{category: "wounded", low: f(84), high: f(84)}}},
	})
}
