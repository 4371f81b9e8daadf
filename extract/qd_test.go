package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// qdShort gives a claim as "category population low-high" for the
// tables below ("-" for an open end or no population).
func qdShort(c attrition.Claim) string {
	end := func(v *float64) string {
		if v == nil {
			return "-"
		}
		return fmt.Sprint(*v)
	}
	pop := string(c.Population)
	if pop == "" {
		pop = "-"
	}
	return fmt.Sprintf("%s %s %s-%s", c.Category, pop, end(c.Low), end(c.High))
}

// qdCheck runs each text and compares its claims, in order, with want.
func qdCheck(t *testing.T, published string, cases []struct {
	text string
	want []string
}) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, c := range run(t, tc.text, published, "") {
			got = append(got, qdShort(c))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %s\n want %s", tc.text, strings.Join(got, "; "), strings.Join(tc.want, "; "))
		}
	}
}

// A multiple of a toll the sentence does not give ("three times as
// many as in 2022") is no figure of its own; one of the figure before
// ("wounded three times that") still is.
func TestQDMultipleOfOtherToll(t *testing.T) {
	qdCheck(t, "2025-01-02", []struct {
		text string
		want []string
	}{
		{"Russia suffered about 430,000 casualties in 2024, three times as many as in 2022.", []string{"casualties military 430000-430000"}},
		{"Some 5,600 people were killed in Haiti in 2024, three times as many as in 2022.", []string{"killed all 5600-5600"}},
		{"More than 4,000 people were killed in Lebanon in 2024, roughly ten times the toll of the 2006 war with Israel.", []string{"killed all 4000--"}},
		{"Some 5,600 people were killed in Haiti in 2024, four times the number recorded in 2021.", []string{"killed all 5600-5600"}},
		{"Some 5,600 people were killed in Haiti in 2024, twice as many as in 2022.", []string{"killed all 5600-5600"}},
		{"Some 5,600 people were killed in Haiti in 2024, three times more than in 2022.", []string{"killed all 5600-5600"}},
		// The figure before, multiplied.
		{"The army said 326 soldiers were killed and roughly seven times as many have been wounded.", []string{"killed military 326-326", "wounded military 2282-2282"}},
		{"Killed reached 2,700 in October, with WIA estimated at three times that.", []string{"killed all 2700-2700", "wounded military 8100-8100"}},
		{"The army lost 300 men, against perhaps three times as many on the Russian side.", []string{"casualties - 300-300", "casualties military 900-900"}},
	})
}

// "killed two soldiers and a civilian": the article counts the last
// person of the list, and each part keeps its own people.
func TestQDPeopleListWithArticle(t *testing.T) {
	qdCheck(t, "2025-06-12", []struct {
		text string
		want []string
	}{
		{"The blast on Monday killed two soldiers and a civilian.", []string{"killed military 2-2", "killed civilian 1-1"}},
		{"A Turkish drone strike on a car in Qamishli killed two SDF commanders and a civilian", []string{"killed military 2-2", "killed civilian 1-1"}},
		{"Two soldiers and a civilian were killed in the blast.", []string{"killed military 2-2", "killed civilian 1-1"}},
		{"The strike killed three Israeli soldiers and a civilian contractor.", []string{"killed military 3-3", "killed civilian 1-1"}},
		{"The shelling wounded four civilians and a soldier.", []string{"wounded civilian 4-4", "wounded military 1-1"}},
		{"The blast on Monday killed two soldiers and three civilians.", []string{"killed military 2-2", "killed civilian 3-3"}},
		// No loss of the one after "and".
		{"The blast killed two soldiers and a civilian was arrested later.", []string{"killed military 2-2"}},
	})
}

// "Captain Ahmed and four other soldiers were killed": the one named
// before the list is one more of the dead.
func TestQDNamedLeaderAndOthers(t *testing.T) {
	qdCheck(t, "2025-06-12", []struct {
		text string
		want []string
	}{
		{"Captain Ahmed and four other soldiers were killed in the attack", []string{"killed military 5-5"}},
		{"Sepoy Ramesh Kumar and two other soldiers attained martyrdom", []string{"killed military 3-3"}},
		{"A major and three soldiers were killed in the attack.", []string{"killed military 4-4"}},
		{"Lt Col Smith and two other officers died in the crash.", []string{"killed military 3-3"}},
		{"Captain Ahmed and four others were killed in the attack.", []string{"killed all 5-5"}},
		{"The commander and four other fighters were killed.", []string{"killed military 5-5"}},
		{"On Monday, Ahmed and four other soldiers were killed in the attack.", []string{"killed military 5-5"}},
		// A day, a country: nobody more.
		{"A woman was hurt on Sunday and five others were wounded on Monday.", []string{"wounded civilian 1-1", "wounded all 5-5"}},
		{"Three people were killed in the shelling of Nikopol and eight others were injured.", []string{"killed all 3-3", "wounded all 8-8"}},
		{"Russia and two other countries lost 30 soldiers.", []string{"casualties military 30-30"}},
	})
}

// Verbs and words of killing that gave nothing: "martyring three
// policemen", "were lynched", "burned alive", "burnt to death", and
// "ethnic" before the people.
func TestQDKillingWords(t *testing.T) {
	qdCheck(t, "2025-06-12", []struct {
		text string
		want []string
	}{
		{"Militants attacked a checkpost in Bannu, martyring three policemen.", []string{"killed military 3-3"}},
		{"Twelve suspected gang members were lynched by residents", []string{"killed all 12-12"}},
		{"Residents lynched three suspected kidnappers.", []string{"killed all 3-3"}},
		{"A mob was accused of lynching two men in the town.", []string{"killed all 2-2"}},
		{"Twelve people were burned alive when gang members set fire to homes", []string{"killed all 12-12"}},
		{"Twelve people were burnt to death when gang members set fire to homes", []string{"killed all 12-12"}},
		{"The attackers burned alive 12 villagers.", []string{"killed civilian 12-12"}},
		{"At least 60 ethnic Kukis were killed in the violence.", []string{"killed all 60--"}},
		{"At least 200 ethnic Armenians were killed in the offensive", []string{"killed all 200--"}},
		{"Some 300 ethnic Albanians died in the massacre.", []string{"killed all 300-300"}},
		// The living are no loss.
		{"Five hostages were found alive.", nil},
		{"Twenty hostages are alive, Israel believes.", nil},
	})
}

// "2,000 more people could be killed if the fighting continues": a
// loss foreseen, no claim; "may have been killed" is an estimate of
// what was.
func TestQDForeseenLosses(t *testing.T) {
	qdCheck(t, "2025-06-12", []struct {
		text string
		want []string
	}{
		{"As many as 2,000 more people could be killed if the fighting continues.", nil},
		{"The UN warned that thousands could be killed if the gangs take the capital.", nil},
		{"Up to 10,000 civilians may be killed if the offensive goes ahead.", nil},
		{"Hundreds more would be wounded in an assault on the city.", nil},
		{"An assault on Rafah could kill 10,000 people, the UN warned.", nil},
		{"Up to 10,000 people may be dead under the rubble.", []string{"killed all --10000"}},
		{"As many as 600,000 people may have been killed.", []string{"killed all --600000"}},
		{"An estimated 5,000 people could have been killed in the fighting.", []string{"killed all 5000-5000"}},
	})
}

// "1,100 destroyed or captured tanks": losses of either status, all
// losses (status null).
func TestQDEitherStatusBeforeNoun(t *testing.T) {
	for _, text := range []string{
		"Oryx logged about 1,100 destroyed or captured tanks in 2024.",
		"Oryx logged about 1,100 destroyed and captured tanks in 2024.",
	} {
		cs := run(t, text, "2025-01-02", "")
		if len(cs) != 1 || cs[0].Category != "equipment:tanks" || cs[0].Status != "" || *cs[0].Low != 1100 {
			t.Errorf("%q: got %v, want one tanks claim of 1,100, no status", text, cs)
		}
	}
	// One status keeps it.
	cs := run(t, "Oryx logged about 1,100 destroyed Russian tanks in 2024.", "2025-01-02", "")
	if len(cs) != 1 || cs[0].Status != "destroyed" {
		t.Errorf("one status: got %v, want status destroyed", cs)
	}
}
