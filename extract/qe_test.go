package extract

import (
	"strings"
	"testing"
)

// qeSource is a sentence, the low figure of one of its claims and the
// source that claim must carry ("" for none).
type qeSource struct {
	text   string
	low    float64
	source string
}

func checkQESources(t *testing.T, published string, tests []qeSource) {
	t.Helper()
	for _, tt := range tests {
		cs := run(t, tt.text, published, "")
		found := false
		for _, c := range cs {
			if c.Low == nil || *c.Low != tt.low {
				continue
			}
			found = true
			if got := c.Source; got != tt.source {
				t.Errorf("%q: %v: source %q, want %q", tt.text, tt.low, got, tt.source)
			}
		}
		if !found {
			var lows []string
			for _, c := range cs {
				lows = append(lows, c.Quote)
			}
			t.Errorf("%q: no claim of %v (got %s)", tt.text, tt.low, strings.Join(lows, "; "))
		}
	}
}

// A body's paper, with a word that dates or ranks it between the
// possessive and the noun.
func TestQEPossessiveReport(t *testing.T) {
	checkQESources(t, "2025-06-12", []qeSource{
		{"UCDP's annual report found that about 160,000 people were killed in state-based conflicts in 2024.", 160000, "UCDP"},
		{"UCDP's report found that about 160,000 people were killed in 2024.", 160000, "UCDP"},
		{"ACLED's latest report showed 160,000 people were killed in 2024.", 160000, "ACLED"},
		{"Russia's official figure, last updated in 2022, is 6,000 dead.", 6000, "Russia"},
		{"Russia's own count is 6,000 dead.", 6000, "Russia"},
		{"Russia's official estimate is 6,000 dead.", 6000, "Russia"},
		{"Russia's estimate is 6,000 dead.", 6000, "Russia"},
		// Not a paper: no source.
		{"Russia's new losses reached 6,000 dead.", 6000, ""},
		// A body that publishes nothing gives no figure.
		{"Ukraine, for its part, publishes nothing; a figure of 10,000 killed was retracted.", 10000, ""},
	})
}

// "with X recording N": the body counts in an absolute clause.
func TestQEWithGerund(t *testing.T) {
	checkQESources(t, "2025-01-02", []qeSource{
		{"Myanmar was the third-deadliest conflict of 2024, with ACLED recording more than 15,000 fatalities.", 15000, "ACLED"},
		{"The war dragged on, with Airwars documenting at least 1,200 civilian deaths in 2024.", 1200, "Airwars"},
		{"Fighting spread across the country, with ACLED counting 2,000 deaths in May.", 2000, "ACLED"},
		// A participle about people is no source.
		{"Thirty journalists reporting from Gaza were killed in 2024.", 30, ""},
	})
}

// A bare "the army" takes the army of the sentence's country; a war's
// armed group or civilians name their country's army.
func TestQEBareArmy(t *testing.T) {
	checkQESources(t, "2025-06-12", []qeSource{
		{"In Sudan, the army said it had killed 3,000 RSF fighters in Khartoum.", 3000, "Sudanese Armed Forces"},
		{"In 2024, Sudan's paramilitary RSF lost an estimated 20,000 fighters, the army claimed.", 20000, "Sudanese Armed Forces"},
		{"The RSF lost more than 2,000 fighters, the army said.", 2000, "Sudanese Armed Forces"},
		{"Seven Colombian soldiers were killed in an ambush, the army said.", 7, "Colombia's army"},
		{"Five Rwandan soldiers were killed, the army said.", 5, "Rwanda's army"},
		{"Two Israeli soldiers were killed in Gaza, the military said.", 2, "Israel Defense Forces"},
	})
}

// Armed groups by name and kind; speakers placed somewhere.
func TestQEGroupSpeakers(t *testing.T) {
	checkQESources(t, "2025-06-12", []qeSource{
		{"Fano militiamen said they killed more than 200 ENDF soldiers.", 200, "Fano"},
		{"Fano militia claimed it killed 200 ENDF soldiers.", 200, "Fano"},
		{"Al-Shabaab fighters said they killed 30 soldiers.", 30, "al-Shabaab"},
		{"M23 rebels said they killed 50 FARDC soldiers.", 50, "M23"},
		// Where the speakers serve is no speaker.
		{"Rwandan troops deployed in Cabo Delgado said they had killed 23 insurgents.", 23, ""},
		{"The Sudanese army based in Omdurman said it had killed 300 RSF fighters.", 300, "Sudanese Armed Forces"},
	})
}
