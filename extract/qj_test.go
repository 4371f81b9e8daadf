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
