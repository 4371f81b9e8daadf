package extract

import "testing"

// A fleet named by a hyphenated model ("Su-34", "Ka-52") is a whole as
// "Of Ukraine's 31 Abrams tanks" is: only its lost part is a loss.
func TestFleetWholeModelName(t *testing.T) {
	runPeCases(t, []peCase{
		{"Of Russia's 300 Su-34 bombers, 35 have been destroyed.", []want{{category: "equipment:aircraft", low: f(35), high: f(35)}}},
		{"Of Russia's 140 Ka-52 helicopters, 40 have been lost.", []want{{category: "equipment:helicopters", low: f(40), high: f(40)}}},
		{"Of the 60 F-16s pledged, Ukraine has lost 5.", []want{{category: "equipment:aircraft", low: f(5), high: f(5)}}},
		{"Of its 100 Tu-22M3 bombers, Russia has lost 12.", []want{{category: "equipment:aircraft", low: f(12), high: f(12)}}},
		// A model's loss stays a loss.
		{"Russia has lost 35 Su-34 bombers.", []want{{category: "equipment:aircraft", low: f(35), high: f(35)}}},
	})
}

// The wounded among prisoners of a swap are no wounded claim, however
// the part is put.
func TestSwapWoundedPart(t *testing.T) {
	wounded := func(n float64) want { return want{category: "wounded", low: f(n), high: f(n)} }
	runPeCases(t, []peCase{
		{"Ukraine and Russia exchanged 390 prisoners each, including 120 wounded soldiers.", nil},
		{"Ukraine and Russia exchanged 390 prisoners each, among them 120 severely wounded servicemen.", nil},
		{"Russia freed 84 Ukrainian POWs, 20 of them wounded.", nil},
		{"Ukraine brought home 95 defenders, including 20 seriously wounded.", nil},
		{"The swap freed 84 wounded prisoners.", nil},
		// Hostages or passengers freed were hurt in the attack.
		{"By Wednesday night, 354 passengers had been freed, 37 of them with injuries.", []want{wounded(37)}},
		// A hospital's intake is no swap.
		{"The hospital received 300 patients, including 120 wounded soldiers.", []want{wounded(120)}},
		// Another clause's wounded stay.
		{"Russia released 150 Ukrainian soldiers; shelling wounded 30 people in Kharkiv.", []want{wounded(30)}},
	})
}

// "have since been confirmed dead" tells a fate learnt later, no span
// since the war's start: the event's period holds.
func TestSinceAdverbPeriod(t *testing.T) {
	strike := func(n float64) want {
		return want{category: "killed", low: f(n), high: f(n), start: "2025-06-11", end: "2025-06-12"}
	}
	runPeCases(t, []peCase{
		{"Rescuers said 12 people had since been confirmed dead after the strike on Dnipro.", []want{strike(12)}},
		{"Rescuers said 12 people had been confirmed dead after the strike on Dnipro.", []want{strike(12)}},
		{"Of the 40 people reported missing after the strike, 12 have since been confirmed dead.", []want{strike(12), {category: "missing", low: f(40), high: f(40), start: "2025-06-11", end: "2025-06-12"}}},
		// A "since" that opens a span still does.
		{"Russia has lost 150,000 soldiers since the invasion began.", []want{{category: "casualties", low: f(150000), high: f(150000), start: "2022-02-24", end: "2025-06-12"}}},
		{"Since then, 40 people have been killed in Kharkiv.", []want{{category: "killed", low: f(40), high: f(40)}}},
	})
}

// People named by an earlier fate ("captured near Kursk", "injured in
// the strike") whose clause tells their death count as dead.
func TestLaterDeath(t *testing.T) {
	killed := func(n float64) want { return want{category: "killed", low: f(n), high: f(n)} }
	runPeCases(t, []peCase{
		{"Five soldiers captured near Kursk in March have since been confirmed dead, Kyiv said.", []want{killed(5)}},
		{"12 people reported missing after the strike have since been confirmed dead.", []want{killed(12)}},
		{"20 civilians injured in the strike later died in hospital.", []want{killed(20)}},
		{"Two soldiers wounded on Monday died of their wounds.", []want{killed(2)}},
		{"Three soldiers taken prisoner in May were later found dead.", []want{killed(3)}},
		{"Seven soldiers captured in March have been killed in captivity.", []want{killed(7)}},
		// The first fate stays when no death follows, or another
		// clause's does.
		{"Five soldiers captured near Kursk were taken to Belgorod.", []want{{category: "captured", low: f(5), high: f(5)}}},
		{"Twelve people were wounded and two died.", []want{{category: "wounded", low: f(12), high: f(12)}, killed(2)}},
		{"About 30 people were injured in the strike, which killed 5.", []want{{category: "wounded", low: f(30), high: f(30), approx: true}, killed(5)}},
	})
}

// A delivery's part lost after ", N of which" is a loss of the equipment
// delivered, the delivery none.
func TestDeliveryPartOfWhich(t *testing.T) {
	tanks := func(n float64) want { return want{category: "equipment:tanks", low: f(n), high: f(n)} }
	runPeCases(t, []peCase{
		{"Ukraine received 31 Abrams tanks, 20 of which have been destroyed, according to Oryx.", []want{{category: "equipment:tanks", low: f(20), high: f(20), actor: "Ukraine", source: "Oryx"}}},
		{"Germany sent 18 Leopard tanks, 12 of them have been destroyed.", []want{tanks(12)}},
		{"Ukraine received 31 Abrams tanks, 20 of which were destroyed and 5 damaged.", []want{tanks(20), tanks(5)}},
		// A delivery alone is no loss.
		{"Ukraine received 31 Abrams tanks, 20 of which arrived in 2024.", nil},
	})
}
