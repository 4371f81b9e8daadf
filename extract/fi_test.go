package extract

import "testing"

// fiCase is a passage, the low end of one figure in it and the side and
// people that figure must get ("-" for no side, "" not checked).
type fiCase struct {
	text       string
	low        float64
	actor, pop string
}

func fiCheck(t *testing.T, cases []fiCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		found := false
		for _, c := range cs {
			if c.Low == nil || *c.Low != tc.low {
				continue
			}
			found = true
			got := c.Actor
			if got == "" {
				got = "-"
			}
			if got != tc.actor {
				t.Errorf("%q: %v has actor %q, want %q", tc.text, tc.low, got, tc.actor)
			}
			if tc.pop != "" && string(c.Population) != tc.pop {
				t.Errorf("%q: %v has population %q, want %q", tc.text, tc.low, c.Population, tc.pop)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v", tc.text, tc.low)
		}
	}
}

// Police officers killed by a side's strikes are of the land struck,
// not the striker's enemy army.
func TestFIPoliceOfficers(t *testing.T) {
	fiCheck(t, []fiCase{
		{"Israeli strikes killed 6 police officers in Gaza City.", 6, "Palestinians in Gaza", "military"},
		{"An Israeli strike killed 6 police officers.", 6, "Palestinians in Gaza", "military"},
		{"Israeli troops shot dead 4 Palestinian police officers in Jenin.", 4, "Palestinians in the West Bank", "military"},
		{"Israeli strikes killed 6 police officers in southern Lebanon.", 6, "Lebanon", "military"},
		{"Russian strikes killed 6 police officers in Kharkiv.", 6, "Ukraine", "military"},
		// Officers alone are still the army's.
		{"Israeli strikes killed 6 officers in Gaza City.", 6, "Israel", "military"},
	})
}

// The enemy's dead and raiders a side's army counts are the armed
// group it fights, not the people of the land.
func TestFIEnemyAndAttackers(t *testing.T) {
	fiCheck(t, []fiCase{
		{"Israel said its forces had killed around 17,000 of the enemy in Gaza.", 17000, "Hamas", "military"},
		{"The Israeli army said 3 soldiers were killed in the ambush, and that its troops killed 10 of the attackers.", 10, "Hamas", "military"},
		{"The Israeli army said 3 soldiers were killed in the ambush, and that its troops killed 10 of the attackers.", 3, "Israel", "military"},
		{"The Israeli army said its troops killed 10 attackers.", 10, "Hamas", "military"},
		{"Israeli troops killed 5 gunmen in Gaza.", 5, "Hamas", "military"},
		{"Israeli troops killed 5 gunmen in Jenin.", 5, "Palestinians in the West Bank", ""},
		{"The Israeli army said the enemy lost 25 fighters at Khiam.", 25, "Hezbollah", "military"},
		// A state's enemy with no armed group in the war stays the state.
		{"Ukraine said the enemy lost 1,000 fighters in the past day.", 1000, "Russia", "military"},
		{"Hezbollah said the enemy lost 12 soldiers.", 12, "Israel", "military"},
		{"Israeli strikes killed 6 people in Gaza City.", 6, "Palestinians in Gaza", "all"},
	})
}

// Two doers named together before the deed are both doers: the dead
// are their victims' side, not the first doer's.
func TestFIDoersNamedTogether(t *testing.T) {
	fiCheck(t, []fiCase{
		{"Rwandan troops and M23 rebels killed 40 civilians near Goma.", 40, "DR Congo", "civilian"},
		{"Russian and Malian troops killed 30 civilians near Mopti.", 30, "Mali", "civilian"},
		{"The Malian army and its Russian allies killed 30 civilians.", 30, "Mali", "civilian"},
		{"Wagner mercenaries killed 500 civilians in Moura.", 500, "Mali", "civilian"},
		{"Jihadists killed 100 villagers near Solenzo.", 100, "Burkina Faso", "civilian"},
		// Two sides' own losses stay both sides'.
		{"Russian and Ukrainian forces lost 300 soldiers.", 300, "-", "military"},
		{"Ukrainian and Russian troops killed in the fighting numbered 500.", 500, "-", "military"},
	})
}

// Weapons launched from a land are its launcher's: the state's, or the
// armed group that fights from it.
func TestFILaunchedFrom(t *testing.T) {
	fiCheck(t, []fiCase{
		{"Israel said it had intercepted 370 ballistic missiles launched from Iran.", 370, "Iran", ""},
		{"The IDF said it intercepted 90 drones launched from Iran overnight.", 90, "Iran", ""},
		{"The IDF said it intercepted 3 missiles launched from Yemen.", 3, "Houthis", ""},
		{"Israel intercepted 20 rockets fired from Lebanon.", 20, "Hezbollah", ""},
		{"Israel said it had intercepted 370 ballistic missiles launched by Iran.", 370, "Iran", ""},
	})
}
