package extract

import (
	"strconv"
	"testing"
)

// faCase is one text and the claims expected of it, in order: each
// "actor/population/category/low" ("-" for a null actor or population).
type faCase struct {
	text, published string
	want            []string
}

func faRun(t *testing.T, cases []faCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.published
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		var got []string
		for _, c := range cs {
			a, p := c.Actor, string(c.Population)
			if a == "" {
				a = "-"
			}
			if p == "" {
				p = "-"
			}
			low := "-"
			if c.Low != nil {
				low = strconv.FormatFloat(*c.Low, 'f', -1, 64)
			}
			got = append(got, a+"/"+p+"/"+c.Category+"/"+low)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
				break
			}
		}
	}
}

// The attackers' soldiers or weapons name no population of the dead.
func TestFaAttackerNotVictims(t *testing.T) {
	faRun(t, []faCase{
		{text: "Russian army shelling kills 4 in Kherson", want: []string{"Ukraine/all/killed/4"}},
		{text: "Army drone strike on wedding kills 15 in Burkina Faso", want: []string{"Burkina Faso/all/killed/15"}},
		{text: "Military airstrikes killed 30 in Sagaing.", want: []string{"Myanmar/all/killed/30"}},
		{text: "Airstrikes by the military killed 50 people in Sagaing in May.", want: []string{"Myanmar/all/killed/50"}},
		{text: "The military killed 50 people in Sagaing in May.", want: []string{"Myanmar/all/killed/50"}},
		{text: "Shelling caused 50 casualties in Kherson in May, including 12 deaths.", want: []string{"Ukraine/all/casualties/50", "Ukraine/all/killed/12"}},
		{text: "Landmines caused 1,050 casualties in Myanmar in 2024.", want: []string{"Myanmar/all/casualties/1050"}},
		{text: "There were 1,050 casualties from landmines in Myanmar in 2024.", want: []string{"Myanmar/all/casualties/1050"}},
		// Still an army's own: its soldiers as the dead.
		{text: "Russia has suffered 700,000 casualties, the army said.", want: []string{"Russia/military/casualties/700000"}},
		{text: "Israeli soldiers killed in Gaza: 429", want: []string{"Israel/military/killed/429"}},
		{text: "Russian losses were put at 20,000 killed by the army.", want: []string{"Russia/military/killed/20000"}},
	})
}

// People of both kinds in one figure are of every kind.
func TestFaMixedPeople(t *testing.T) {
	faRun(t, []faCase{
		{text: "The attack killed 50 soldiers and civilians in Borno State on 3 June.", want: []string{"Nigeria/all/killed/50"}},
		{text: "50 soldiers and civilians were killed in the attack.", want: []string{"-/all/killed/50"}},
		{text: "The attack killed 50 civilians and soldiers.", want: []string{"-/all/killed/50"}},
		{text: "The attack killed 50 civilians and military personnel.", want: []string{"-/all/killed/50"}},
		{text: "The attack killed 12 women and children.", want: []string{"-/civilian/killed/12"}},
		{text: "40 soldiers and militiamen were killed.", want: []string{"-/military/killed/40"}},
	})
}

// Towns and spellings of the places whose people are one side's; a
// country's people of a war with armed sides of its own are every side's.
func TestFaPlaces(t *testing.T) {
	faRun(t, []faCase{
		{text: "Shelling killed 20 people in Mariupol.", want: []string{"Ukraine/all/killed/20"}},
		{text: "Shelling killed 20 people in Al Fashir.", want: []string{"Sudan (civilians)/civilian/killed/20"}},
		{text: "Shelling killed 20 people in El Fashir.", want: []string{"Sudan (civilians)/civilian/killed/20"}},
		{text: "Shelling killed 20 people in Al-Fasher.", want: []string{"Sudan (civilians)/civilian/killed/20"}},
		{text: "Shelling killed 20 people in Deir al Balah.", want: []string{"Palestinians in Gaza/all/killed/20"}},
		{text: "Shelling killed 20 people in North Kivu.", want: []string{"DR Congo/all/killed/20"}},
		{text: "Shelling killed 20 people in South Kivu.", want: []string{"DR Congo/all/killed/20"}},
		{text: "Shelling killed 20 people in Masisi.", want: []string{"DR Congo/all/killed/20"}},
		{text: "Shelling killed 20 people in Minova.", want: []string{"DR Congo/all/killed/20"}},
		{text: "Shelling killed 20 people in Rutshuru.", want: []string{"DR Congo/all/killed/20"}},
		// The sides whose first word the places share still read.
		{text: "North Korea lost 4,000 soldiers in Kursk.", want: []string{"North Korea/military/casualties/4000"}},
		{text: "Al Shabaab fighters killed 12 soldiers in Mogadishu.", want: []string{"Somalia/military/killed/12"}},
		// Wounded a town's hospitals take in are its people.
		{text: "In Minova, our team has treated more than 80 wounded since the end of January.", want: []string{"DR Congo/all/wounded/80"}},
		{text: "More than 28,700 people have been killed in Sudan since the war began.", want: []string{"-/all/killed/28700"}},
		{text: "In 2024, 12,000 people were killed in Sudan.", want: []string{"-/all/killed/12000"}},
		{text: "In 2024, 12,000 civilians were killed in Sudan.", want: []string{"Sudan (civilians)/civilian/killed/12000"}},
		{text: "Attacks on health care in Sudan have killed 1,204 people.", want: []string{"Sudan (civilians)/civilian/killed/1204"}},
	})
}

// Deaths and injuries counted together are casualties.
func TestFaDeathsAndInjuries(t *testing.T) {
	faRun(t, []faCase{
		{text: "OHCHR recorded 1,500 civilian deaths and injuries in Ukraine in May.", want: []string{"Ukraine/civilian/casualties/1500"}},
		{text: "OHCHR recorded 1,500 civilian deaths or injuries in Ukraine in May.", want: []string{"Ukraine/civilian/casualties/1500"}},
		{text: "OHCHR recorded 1,500 civilian fatalities and injuries in Ukraine in May.", want: []string{"Ukraine/civilian/casualties/1500"}},
		{text: "1,500 civilians were killed or injured in Ukraine in May.", want: []string{"Ukraine/civilian/casualties/1500"}},
		// Still deaths alone.
		{text: "OHCHR recorded 1,500 civilian deaths in Ukraine in May.", want: []string{"Ukraine/civilian/killed/1500"}},
	})
}
