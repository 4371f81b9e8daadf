package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// fqCase is a text published on pub (2025-06-12 when empty) and the
// claims expected of it, in order, each as "actor population category
// low" ("-" for a field left empty), with "from START" after it when
// start is set in the case.
type fqCase struct {
	text, pub string
	want      []string
	start     bool
}

func fqShow(c attrition.Claim, start bool) string {
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	s := dash(c.Actor) + " " + dash(string(c.Population)) + " " + c.Category + " "
	if c.Low != nil {
		s += fmt.Sprintf("%g", *c.Low)
	} else {
		s += "-"
	}
	if start {
		d := "-"
		if !c.PeriodStart.IsZero() {
			d = c.PeriodStart.String()
		}
		s += " from " + d
	}
	return s
}

func fqCheck(t *testing.T, cases []fqCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.pub
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		got := make([]string, len(cs))
		for i, c := range cs {
			got[i] = fqShow(c, tc.start)
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// Foreigners who joined, serve or fight in an army are its soldiers,
// and the war they die in is that army's.
func TestFqForeignRecruits(t *testing.T) {
	fqCheck(t, []fqCase{
		{text: "12 Indians who joined the Russian army have died.", want: []string{"Russia military killed 12 from 2022-02-24"}, start: true},
		{text: "Twelve Indian nationals recruited by the Russian army have been killed in Ukraine.", want: []string{"Russia military killed 12 from 2022-02-24"}, start: true},
		{text: "Nepal says 12 of its citizens who enlisted in the Russian army have been killed.", want: []string{"Russia military killed 12"}},
		{text: "12 Indian nationals serving in the Russian army have been killed.", want: []string{"Russia military killed 12 from 2022-02-24"}, start: true},
		{text: "12 Nepalis who had been recruited by the Russian army were killed.", want: []string{"Russia military killed 12"}},
		{text: "At least 40 Cubans fighting for Russia have been killed.", want: []string{"Russia military killed 40"}},
		{text: "Around 600 Cuban citizens have fought for Russia, and at least 40 have been killed.", want: []string{"Russia military killed 40"}},
		{text: "About 1,000 Indian nationals have served in the Russian army, and at least 12 have died.", want: []string{"Russia military killed 12"}},
		// Not an army joined: people of every kind, of no side named.
		{text: "12 people who joined the protest were killed.", want: []string{"- all killed 12"}},
		{text: "Two Indian nationals working in Israel were killed by a Hezbollah missile.", want: []string{"India all killed 2"}},
	})
}

// Words that say which people: an aside that all of them were one
// kind, prisoners of war, an armed group's members, sanitary losses,
// policemen and Burkina Faso's VDP.
func TestFqPopulationCues(t *testing.T) {
	fqCheck(t, []fqCase{
		{text: "Israel said Iranian missiles had killed 24 people, all civilians.", want: []string{"Israel civilian killed 24"}},
		{text: "At least 12 people, all of whom were children, were killed in the strike on Kharkiv.", want: []string{"Ukraine civilian killed 12"}},
		{text: "The ambush killed 12 people, all of them soldiers, near Djibo.", want: []string{"Burkina Faso military killed 12"}},
		// (Both kinds: people of every kind.)
		{text: "The strike killed 12 people, all civilians and soldiers, in Kharkiv.", want: []string{"Ukraine all killed 12"}},
		{text: "Kataib Hezbollah said 4 of its members were killed in a US strike.", want: []string{"Kataib Hezbollah military killed 4"}},
		{text: "Islamic Jihad said 5 of its members were killed.", want: []string{"Palestinian Islamic Jihad military killed 5"}},
		{text: "At least 169 Ukrainian prisoners of war have died in Russian custody.", want: []string{"Ukraine military killed 169"}},
		{text: "At least 169 Ukrainian POWs have died in Russian custody.", want: []string{"Ukraine military killed 169"}},
		{text: "Russian troops executed 16 Ukrainian prisoners of war.", want: []string{"Ukraine military killed 16"}},
		// (Prisoners of no war named are not soldiers.)
		{text: "At least 16 prisoners have died in custody.", want: []string{"- all killed 16"}},
		{text: "Russia's sanitary losses reached 5,000 in May.", want: []string{"Russia military wounded 5000"}},
		{text: "12 volunteers for the defence of the homeland (VDP) fell in the attack.", want: []string{"Burkina Faso military killed 12"}},
		{text: "12 soldiers and 20 VDP were killed in the attack near Djibo.", want: []string{"Burkina Faso military killed 12", "Burkina Faso military killed 20"}},
		{text: "Six policemen were killed in the attack in Gaza City.", want: []string{"Palestinians in Gaza military killed 6"}},
		{text: "Gunmen killed 3 policemen and 2 civilians in Borno.", want: []string{"Nigeria military killed 3", "Nigeria civilian killed 2"}},
	})
}

// A fighter's family are his people's civilians, not his group's
// members; the members of one family are people of every kind.
func TestFqFamilyMembers(t *testing.T) {
	fqCheck(t, []fqCase{
		{text: "An Israeli strike killed a Hamas commander and 7 members of his family.", want: []string{"Hamas military killed 1", "Palestinians in Gaza civilian killed 7"}},
		{text: "An Israeli strike killed a Hamas commander along with 7 of his relatives.", want: []string{"Hamas military killed 1", "Palestinians in Gaza civilian killed 7"}},
		{text: "7 members of one family were killed in a Russian strike on Sumy.", want: []string{"Ukraine all killed 7"}},
		{text: "7 members of the same family were killed in an Israeli strike in Gaza.", want: []string{"Palestinians in Gaza all killed 7"}},
		// (A group's members stay its fighters.)
		{text: "Hamas said 4 of its members were killed in an Israeli strike.", want: []string{"Hamas military killed 4"}},
	})
}

// Merchant ships are of no side of the war, whoever sank them.
func TestFqMerchantShips(t *testing.T) {
	fqCheck(t, []fqCase{
		{text: "The Houthis sank two commercial vessels in the Red Sea this month.", want: []string{"- - equipment:ships 2"}},
		{text: "The Houthis have sunk four merchant ships since November.", want: []string{"- - equipment:ships 4"}},
		{text: "Ukraine destroyed two Russian landing ships.", want: []string{"Russia - equipment:ships 2"}},
	})
}
