package extract

import (
	"testing"

	"github.com/attrition-project/attrition"
)

// qaCase names the figure a sentence gives and whose it is: actor "-"
// wants none, pop "" leaves the population unchecked.
type qaCase struct {
	text, published string
	figure          float64
	actor, pop      string
}

func runQA(t *testing.T, cases []qaCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.published
		if pub == "" {
			pub = "2025-01-02"
		}
		cs := run(t, tc.text, pub, "")
		var c *attrition.Claim
		for i := range cs {
			if l := cs[i].Low; l != nil && *l == tc.figure || l == nil && cs[i].High != nil && *cs[i].High == tc.figure {
				c = &cs[i]
				break
			}
		}
		if c == nil {
			t.Errorf("%q: no claim of %v in %+v", tc.text, tc.figure, cs)
			continue
		}
		if want := tc.actor; want == "-" && c.Actor != "" || want != "-" && c.Actor != want {
			t.Errorf("%q: %v actor %q, want %q", tc.text, tc.figure, c.Actor, tc.actor)
		}
		if tc.pop != "" && c.Population != tc.pop {
			t.Errorf("%q: %v population %q, want %q", tc.text, tc.figure, c.Population, tc.pop)
		}
	}
}

// A country a round-up measures a toll against is not whose dead the
// toll counts.
func TestQAComparedCountry(t *testing.T) {
	runQA(t, []qaCase{
		{text: "At least 14,500 people were killed in Myanmar in 2024, more than in Syria and Yemen combined.", figure: 14500, actor: "Myanmar"},
		{text: "At least 14,500 people were killed in Myanmar in 2024, more than in Syria, Yemen and Somalia combined.", figure: 14500, actor: "Myanmar"},
		{text: "Myanmar's civil war killed at least 15,000 people in 2024, eclipsing Syria, where about 6,000 died.", figure: 15000, actor: "Myanmar"},
		{text: "Myanmar's civil war killed at least 15,000 people in 2024, eclipsing Syria, where about 6,000 died.", figure: 6000, actor: "Syria"},
		{text: "Burkina Faso's army lost more soldiers in 2024 than Mali's: at least 1,200.", figure: 1200, actor: "Burkina Faso"},
		{text: "Some 9,000 people died in Myanmar last year, compared with Yemen.", figure: 9000, actor: "Myanmar"},
		{text: "At least 9,000 people were killed in Myanmar in 2024, ahead of Syria and Yemen.", figure: 9000, actor: "Myanmar"},
		{text: "At least 9,000 people were killed in Myanmar in 2024, second only to Ukraine.", figure: 9000, actor: "Myanmar"},
		{text: "At least 9,000 people were killed in Myanmar in 2024, surpassing Syria.", figure: 9000, actor: "Myanmar"},
		{text: "At least 61,000 people were killed in Sudan in 2024, second only to Ukraine.", figure: 61000, actor: "-"},
		// The yardstick's own figure stays its.
		{text: "Russia has lost 3,700 tanks, compared with Ukraine's 1,100.", figure: 1100, actor: "Ukraine"},
		{text: "Russia has lost 3,700 tanks, compared with Ukraine's 1,100.", figure: 3700, actor: "Russia"},
		// Not a ranking: "behind the lines".
		{text: "Ukrainian saboteurs killed 12 Russian soldiers behind Russian lines.", figure: 12, actor: "Russia"},
	})
}

// A land the sentence opens on outranks the war a foreign doer fights
// elsewhere.
func TestQAOpeningPlaceOverDoer(t *testing.T) {
	runQA(t, []qaCase{
		{text: "In Mali, the army and Wagner mercenaries killed some 1,500 civilians in 2024.", published: "2025-01-03", figure: 1500, actor: "Mali", pop: "civilian"},
		{text: "In Mali, the army and its Russian allies killed some 1,500 civilians in 2024.", published: "2025-01-03", figure: 1500, actor: "Mali", pop: "civilian"},
		{text: "In central Mali, Wagner fighters killed 30 civilians last week.", figure: 30, actor: "Mali", pop: "civilian"},
		{text: "In Burkina Faso, Russian-backed troops killed 200 villagers.", figure: 200, actor: "Burkina Faso"},
		{text: "In Libya, Russian mercenaries killed 15 people.", figure: 15, actor: "Libya"},
		// A doer in its own war keeps its enemy.
		{text: "In Ukraine, Russian strikes killed 12 civilians.", figure: 12, actor: "Ukraine"},
		{text: "In Lebanon, Israeli strikes killed 40 people.", figure: 40, actor: "Lebanon"},
	})
}

// A count of every war's is no one side's, whatever share of it a side
// takes or the sentence after names.
func TestQAWorldTotal(t *testing.T) {
	runQA(t, []qaCase{
		{text: "In 2024 there were about 160,000 people killed in state-based conflicts, more than half of them in Ukraine.", figure: 160000, actor: "-"},
		{text: "In 2024 there were about 160,000 people killed in state-based conflicts, more than half of them in Ukraine.", figure: 80000, actor: "Ukraine"},
		{text: "Some 160,000 people were killed in state-based conflicts in 2024, more than half of them in Ukraine.", figure: 160000, actor: "-"},
		{text: "Conflict deaths worldwide rose to about 233,000 in 2024, up from 167,800 in 2023. Ukraine was the deadliest war.", figure: 167800, actor: "-"},
		{text: "Conflict deaths worldwide fell to 120,000 in 2024, down from 150,000 in 2023. Ukraine was the deadliest war.", figure: 150000, actor: "-"},
		{text: "The world's conflicts killed about 233,000 people in 2024, up from 167,800 in 2023. Ukraine was the deadliest war.", figure: 233000, actor: "-"},
		{text: "The world's conflicts killed about 233,000 people in 2024, up from 167,800 in 2023. Ukraine was the deadliest war.", figure: 167800, actor: "-"},
		// A side's own series stays its.
		{text: "Russia's losses rose to 1,500 a day in May, up from 1,100 in April.", figure: 1100, actor: "Russia"},
		// "the world's deadliest war" is one war.
		{text: "Ukraine said 1,200 Russian soldiers were killed in the world's deadliest war.", figure: 1200, actor: "Russia"},
	})
}
