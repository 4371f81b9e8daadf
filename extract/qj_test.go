package extract

import (
	"strings"
	"testing"
)

// qjCase is a figure whose side and population are checked: the claim
// whose quote holds quote, or every claim when quote is empty.
type qjCase struct {
	text, published, quote, actor, population string
}

func checkQJ(t *testing.T, cases []qjCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.published
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		n := 0
		for _, c := range cs {
			if !strings.Contains(c.Quote, tc.quote) {
				continue
			}
			n++
			if c.Actor != tc.actor || c.Population != tc.population {
				t.Errorf("%q: %q actor %q population %q, want %q %q", tc.text, c.Quote, c.Actor, c.Population, tc.actor, tc.population)
			}
		}
		if n == 0 {
			t.Errorf("%q: no claim quoting %q", tc.text, tc.quote)
		}
	}
}

// TestQJStrikesAbroad checks that the land a doer's strikes fell in,
// outside the doer's war, names the dead over the doer's usual enemy,
// and that a state's strikes on its own land kill its own people.
func TestQJStrikesAbroad(t *testing.T) {
	checkQJ(t, []qjCase{
		{text: "Pakistani airstrikes in Afghanistan's Paktika province killed 15 people on Sunday.", actor: "Afghanistan", population: "all"},
		{text: "Pakistani airstrikes killed 15 people in Afghanistan's Paktika province.", actor: "Afghanistan", population: "all"},
		{text: "Pakistani air strikes in eastern Afghanistan killed 15 civilians.", actor: "Afghanistan", population: "civilian"},
		{text: "Pakistan's airstrikes in Afghanistan's Khost province killed 8 people.", actor: "Afghanistan", population: "all"},
		{text: "A Pakistani airstrike killed 15 people in Kabul.", actor: "Afghanistan", population: "all"},
		{text: "A drone strike by Ethiopian forces killed at least 30 civilians in the Amhara region.", actor: "Ethiopia", population: "civilian"},
		{text: "ENDF drone strikes killed 30 civilians in the Amhara region.", actor: "Ethiopia", population: "civilian"},
		{text: "Ethiopian army drone strikes killed 30 civilians in northern Amhara.", actor: "Ethiopia", population: "civilian"},
		{text: "An Ethiopian drone strike in the Amhara region killed 30 civilians.", actor: "Ethiopia", population: "civilian"},
		// The doer's own war's land, and its enemy, stay as they were.
		{text: "Indian strikes in Pakistan's Punjab province killed 31 people.", actor: "Pakistan", population: "all"},
		{text: "Russian strikes in Ukraine killed 12 civilians.", actor: "Ukraine", population: "civilian"},
		{text: "Ethiopian drone strikes killed 30 civilians in Mekelle.", actor: "Tigray", population: "civilian"},
	})
}

// TestQJDoerNotLoser checks that the side that struck, named with its
// strikes made, the place its troops stand in or its attack, is not
// taken for the loser.
func TestQJDoerNotLoser(t *testing.T) {
	checkQJ(t, []qjCase{
		{text: "US forces carried out 40 airstrikes, killing 200 militants.", actor: "", population: "military"},
		{text: "US forces conducted 12 raids, killing 30 militants.", actor: "", population: "military"},
		{text: "Rwandan troops in Cabo Delgado killed 23 insurgents on Sunday.", actor: "", population: "military"},
		{text: "Rwandan soldiers in Mozambique killed 23 insurgents.", actor: "", population: "military"},
		{text: "Rwandan forces in Cabo Delgado province have killed 23 insurgents.", actor: "", population: "military"},
		{text: "At least 200 people were killed and over 400 wounded in Azerbaijan's one-day offensive last week.", published: "2023-09-25", actor: "Armenia", population: "all"},
		{text: "At least 200 people were killed in Azerbaijan's lightning offensive.", published: "2023-09-25", actor: "Armenia", population: "all"},
		{text: "Somalia's information ministry said more than 70 Khawarij were killed", actor: "al-Shabaab", population: "military"},
		{text: "The army killed 70 Khawarij in Middle Shabelle.", actor: "al-Shabaab", population: "military"},
		// The troops' own losses stay theirs.
		{text: "Russian soldiers in Bakhmut suffered 2,000 casualties.", actor: "Russia", population: "military"},
		{text: "Russian troops in Kursk lost 300 soldiers.", actor: "Russia", population: "military"},
		{text: "Russia lost 355 drones.", actor: "Russia"},
	})
}
