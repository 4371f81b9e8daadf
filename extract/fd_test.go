package extract

import "testing"

// fdCase is a sentence and the side and people of each claim it gives,
// in order; an empty want list means no claim.
type fdCase struct {
	text, published string
	want            []fdWant
}

type fdWant struct {
	actor, population, category string
	low                         float64
}

func checkFD(t *testing.T, cases []fdCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.published
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		if len(cs) != len(tc.want) {
			t.Errorf("%q: got %d claims, want %d: %+v", tc.text, len(cs), len(tc.want), cs)
			continue
		}
		for i, w := range tc.want {
			c := cs[i]
			if c.Actor != w.actor || string(c.Population) != w.population || (w.category != "" && c.Category != w.category) || (c.Low != nil && *c.Low != w.low) {
				t.Errorf("%q claim %d: got %q %q %s %v, want %q %q %s %v", tc.text, i, c.Actor, c.Population, c.Category, *c.Low, w.actor, w.population, w.category, w.low)
			}
		}
	}
}

// Formations and proxies known by their own names are their army's,
// not the side of the place where they fell.
func TestFDNamedFormations(t *testing.T) {
	checkFD(t, []fdCase{
		{text: "Akhmat fighters lost 60 men near Bakhmut.", want: []fdWant{{"Russia", "military", "casualties", 60}}},
		{text: "Storm-Z units lost 300 men near Bakhmut.", want: []fdWant{{"Russia", "military", "casualties", 300}}},
		{text: "Kadyrovites lost 45 men near Pokrovsk.", want: []fdWant{{"Russia", "military", "casualties", 45}}},
		{text: "The Ukrainian army said Kadyrovites lost 45 men near Pokrovsk.", want: []fdWant{{"Russia", "military", "casualties", 45}}},
		{text: "Akhmat fighters suffered heavy losses, with at least 60 killed near Sudzha, Ukrainian military bloggers said.", want: []fdWant{{"Russia", "military", "killed", 60}}},
		{text: "LPR militia reported 9 of its fighters killed.", want: []fdWant{{"Russia", "military", "killed", 9}}},
		{text: "Pro-Russian separatists lost 14 fighters.", want: []fdWant{{"Russia", "military", "casualties", 14}}},
		{text: "DPR forces lost 14 fighters near Bakhmut.", want: []fdWant{{"Russia", "military", "casualties", 14}}},
		{text: "Azov lost 20 fighters near Pokrovsk.", want: []fdWant{{"Ukraine", "military", "casualties", 20}}},
		{text: "Russia said the Azov brigade lost 20 fighters.", want: []fdWant{{"Ukraine", "military", "casualties", 20}}},
		{text: "Islamic Jihad said 5 of its fighters were killed.", want: []fdWant{{"Palestinian Islamic Jihad", "military", "killed", 5}}},
		{text: "The al-Quds Brigades said 3 of its fighters were killed in Jenin.", want: []fdWant{{"Palestinian Islamic Jihad", "military", "killed", 3}}},
		// Its enemies' names for Israel's army.
		{text: "Iran said its missiles killed dozens of Zionist soldiers.", want: []fdWant{{"Israel", "military", "killed", 12}}},
		{text: "Hamas said it killed 12 IOF soldiers in Khan Younis.", want: []fdWant{{"Israel", "military", "killed", 12}}},
	})
}

// Rescuers and scientists are civilians; an army's engineers are not.
func TestFDCivilianJobs(t *testing.T) {
	checkFD(t, []fdCase{
		{text: "Tehran said Israeli strikes had killed 14 nuclear scientists and 30 senior IRGC commanders.",
			want: []fdWant{{"Iran", "civilian", "killed", 14}, {"Iran", "military", "killed", 30}}},
		{text: "A Russian drone strike killed 2 firefighters in Kharkiv.", want: []fdWant{{"Ukraine", "civilian", "killed", 2}}},
		{text: "Russian strikes killed 4 rescuers in Kharkiv.", want: []fdWant{{"Ukraine", "civilian", "killed", 4}}},
		// Not civilians: engineers are left out of the civilian words.
		{text: "Russia said it killed 40 Ukrainian combat engineers.", want: []fdWant{{"Ukraine", "all", "killed", 40}}},
	})
}
