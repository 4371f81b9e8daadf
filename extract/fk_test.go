package extract

import (
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// fkLine gives a claim as "actor category start..end", the fields
// fkCheck compares.
func fkLine(c attrition.Claim) string {
	st, en := "", ""
	if !c.PeriodStart.IsZero() {
		st = c.PeriodStart.String()
	}
	if !c.PeriodEnd.IsZero() {
		en = c.PeriodEnd.String()
	}
	return c.Actor + " " + c.Category + " " + st + ".." + en
}

type fkCase struct {
	text string
	want []string // one fkLine per claim, in order
}

// fkCheck runs each text, published 2025-06-12, and compares its claims
// with the wanted lines.
func fkCheck(t *testing.T, cases []fkCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		got := make([]string, len(cs))
		for i, c := range cs {
			got[i] = fkLine(c)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

const fkDay = "2025-06-11..2025-06-12"

// One assault's spoils, men or machines, are of its day.
func TestFKDeedSpoilsOfTheDay(t *testing.T) {
	fkCheck(t, []fkCase{
		{"Ukrainian forces killed 40 Russian soldiers and destroyed 17 Russian armoured vehicles in a failed assault near Pokrovsk.",
			[]string{"Russia killed " + fkDay, "Russia equipment:armoured_vehicles " + fkDay}},
		{"Sudan's army said it had repelled an RSF attack on El Fasher, killing dozens of fighters and destroying 17 combat vehicles.",
			[]string{"Sudan (RSF) killed " + fkDay, "Sudan (RSF) equipment:armoured_vehicles " + fkDay}},
		{"SAF statement: our forces repelled an RSF assault on El Fasher, killing 300+ militia members and destroying 45 combat vehicles.",
			[]string{"Sudan (RSF) killed " + fkDay, "Sudan (RSF) equipment:armoured_vehicles " + fkDay}},
		{"RSF claims it killed ~200 SAF soldiers and captured 30 in El Obeid.",
			[]string{"Sudan (SAF) killed " + fkDay, "Sudan (SAF) captured " + fkDay}},
		{"Russian forces killed 12 Ukrainian soldiers and took 5 prisoner near Bakhmut.",
			[]string{"Ukraine killed " + fkDay, "Ukraine captured " + fkDay}},
		{"The M23 claimed to have killed 150 Congolese soldiers and captured 600 in Goma.",
			[]string{"DR Congo killed " + fkDay, "DR Congo captured " + fkDay}},
		{"Russian troops abandoned 9 tanks as they retreated from the village.",
			[]string{"Russia equipment:tanks " + fkDay}},
		{"Four Ukrainian soldiers were executed near Kurakhove.",
			[]string{"Ukraine killed " + fkDay}},
		{"Ukrainian forces lost up to 175 servicemen and a tank near Kupiansk.",
			[]string{"Ukraine casualties " + fkDay, "Ukraine equipment:tanks " + fkDay}},
		{"Rescuers recovered 23 bodies from the rubble of the apartment block in Dnipro, bringing the death toll to 46.",
			[]string{"Ukraine killed " + fkDay, "Ukraine killed " + fkDay}},
		// A running total's machines stay the war's.
		{"Ukraine has killed 1,000,000 Russian soldiers and destroyed 10,000 Russian tanks since the invasion.",
			[]string{"Russia killed 2022-02-24..2025-06-12", "Russia equipment:tanks 2022-02-24..2025-06-12"}},
		// A war's toll after a day's dead stays the war's.
		{"Israeli strikes killed 45 Palestinians in Gaza on Wednesday, bringing the death toll to 55,000.",
			[]string{"Palestinians in Gaza killed 2025-06-11..2025-06-11", "Palestinians in Gaza killed 2023-10-07..2025-06-11"}},
		// Believed, not claimed, to have killed: an estimate to date.
		{"Russia is believed to have killed 150 Ukrainian soldiers in Pokrovsk.",
			[]string{"Ukraine killed 2022-02-24..2025-06-12"}},
	})
}

// A design only one side fields is that side's loss, whoever claims it.
func TestFKMakerSide(t *testing.T) {
	for _, tc := range []struct{ text, cat, actor string }{
		{"Our fighters killed 5 IOF soldiers and destroyed 2 Merkava tanks east of Khan Younis.", "equipment:tanks", "Israel"},
		{"Al-Qassam Brigades: Our fighters killed 5 IOF soldiers and destroyed 2 Merkava tanks east of Khan Younis.", "equipment:tanks", "Israel"},
		{"Al-Qassam Brigades: Our fighters killed 5 IOF soldiers and destroyed 2 Merkava tanks east of Khan Younis.", "killed", "Israel"},
		{"Hezbollah statement: the Islamic Resistance destroyed 3 Merkava tanks and killed or wounded dozens of Zionist soldiers in Maroun al-Ras.", "equipment:tanks", "Israel"},
		{"Hezbollah statement: the Islamic Resistance destroyed 3 Merkava tanks and killed or wounded dozens of Zionist soldiers in Maroun al-Ras.", "casualties", "Israel"},
		{"Hamas fighters destroyed a Namer APC in Rafah.", "equipment:armoured_vehicles", "Israel"},
		// No design named: the side stays the sentence's.
		{"Ukrainian forces destroyed 17 Russian tanks near Pokrovsk.", "equipment:tanks", "Russia"},
	} {
		found := false
		for _, c := range run(t, tc.text, "2025-06-12", "") {
			if c.Category == tc.cat {
				found = true
				if c.Actor != tc.actor {
					t.Errorf("%q: %s actor %q, want %q", tc.text, tc.cat, c.Actor, tc.actor)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s claim", tc.text, tc.cat)
		}
	}
}

// What air defence downs after a semicolon is the launcher's of the
// clause before, when its own clause names no side.
func TestFKLaunchBeforeSemicolon(t *testing.T) {
	fkCheck(t, []fkCase{
		{"Russia launched 479 drones and 20 missiles overnight; air defence downed 277 drones and 19 missiles.",
			[]string{"Russia equipment:drones " + fkDay, "Russia equipment:missiles " + fkDay}},
		{"Russia launched 479 drones overnight; Ukrainian air defence shot down 277 drones.",
			[]string{"Russia equipment:drones " + fkDay}},
		{"Ukraine launched 120 drones at Moscow; Russian air defence downed 95 of them.",
			[]string{"Ukraine equipment:drones " + fkDay}},
	})
}
