package extract

import "testing"

// Another source's figure for the count just told, in the next
// sentence and without its category words, is a claim of the same
// count: "puts the number at", "the figure at", "estimates are lower,
// at"; and "; by <time>, N" is the same count at another time.
func TestFjFollowUpEstimate(t *testing.T) {
	feRun(t, []feCase{
		{text: "Kyiv says Russia has lost 10,900 tanks. Oryx puts the number at around 4,000.", want: [][]string{
			{"Russia/ equipment:tanks 10900..10900"},
			{"Russia/ equipment:tanks 4000..4000", "src=Oryx", "~"},
		}},
		{text: "Kyiv says Russia has lost 10,900 tanks. Oryx puts the figure at 4,000.", want: [][]string{
			{"equipment:tanks 10900"},
			{"Russia/ equipment:tanks 4000..4000", "src=Oryx"},
		}},
		{text: "Kyiv says Russia has lost 10,900 tanks. Oryx puts it at 4,000.", want: [][]string{
			{"equipment:tanks 10900"},
			{"Russia/ equipment:tanks 4000..4000", "src=Oryx"},
		}},
		{text: "Russia has lost 250,000 soldiers killed. Mediazona estimates the number at 120,000.", want: [][]string{
			{"Russia/military killed 250000"},
			{"Russia/military killed 120000..120000", "src=Mediazona"},
		}},
		{text: "Ukraine's General Staff says Russia has lost 1,000,000 soldiers. Western estimates are lower, at around 800,000.", want: [][]string{
			{"Russia/military casualties 1e+06..1e+06"},
			{"Russia/military casualties 800000..800000", "src= ", "~"},
		}},
		{text: "Ukraine's General Staff says Russia has lost 1,000,000 soldiers. Independent counts are far lower: 300,000.", want: [][]string{
			{"casualties 1e+06"},
			{"Russia/military casualties 300000..300000"},
		}},
		{text: "Russia says it has destroyed 600 Ukrainian tanks. Western tallies are much lower, at 300.", want: [][]string{
			{"Ukraine/ equipment:tanks 600"},
			{"Ukraine/ equipment:tanks 300..300"},
		}},
		{text: "By the end of 2023, Russian casualties had reached 300,000; by the end of 2024, 700,000.", want: [][]string{
			{"Russia/military casualties 300000..300000", "2022-02-24→2023-12-31"},
			{"Russia/military casualties 700000..700000", "2022-02-24→2024-12-31"},
		}},
		{text: "In the first half of 2024, 30,000 Russian soldiers were killed; in the second half of 2024, 40,000.", want: [][]string{
			{"Russia/military killed 30000..30000", "2024-01-01→2024-06-30"},
			{"Russia/military killed 40000..40000", "2024-07-01→2024-12-31"},
		}},
		// A toll is no count of weapons; nor is a figure with no count
		// before it any estimate of one.
		{text: "Kyiv says Russia has lost 10,900 tanks. The UN puts the toll at 40.", want: [][]string{
			{"equipment:tanks 10900"},
			{"killed 40..40"},
		}},
		{text: "Prices rose sharply. Analysts put the figure at 4,000.", want: nil},
		{text: "Russia lost 200 tanks in 2023. The army has 3,000 tanks; other estimates are higher, at 3,500.", want: [][]string{
			{"equipment:tanks 200..200"},
		}},
	})
}

// A share after "of which", or of the whole a sentence opens with, is a
// part of that whole, and the time after the share is the part's alone.
func TestFjShareOfWhole(t *testing.T) {
	feRun(t, []feCase{
		{text: "Russia has sustained about 950,000 casualties since 2022, of which around 20% were incurred in the first five months of 2025.", want: [][]string{
			{"Russia/military casualties 950000..950000", "2022-02-24→2025-06-12", "~"},
			{"Russia/military casualties 190000..190000", "2025-01-01→2025-05-31", "~"},
		}},
		{text: "Russia has sustained about 950,000 casualties, of which around 20% were killed.", want: [][]string{
			{"casualties 950000"},
			{"Russia/military killed 190000..190000"},
		}},
		{text: "Of the roughly 100,000 Ukrainian soldiers killed, about 40% died in 2022.", want: [][]string{
			{"Ukraine/military killed 100000..100000", "2022-02-24→2025-06-12"},
			{"Ukraine/military killed 40000..40000", "→2022-12-31", "~"},
		}},
		{text: "Of the roughly 100,000 Ukrainian soldiers killed, about two-fifths died in 2022.", want: [][]string{
			{"Ukraine/military killed 100000..100000", "2022-02-24→2025-06-12"},
			{"Ukraine/military killed 40000..40000", "→2022-12-31"},
		}},
		{text: "Of the 60,000 Russian soldiers killed, 20,000 died in 2023.", want: [][]string{
			{"Russia/military killed 60000..60000", "2022-02-24→2025-06-12"},
			{"Russia/military killed 20000..20000", "2023-01-01→2023-12-31"},
		}},
		// The whole's own time stays its own.
		{text: "Of the 100,000 Russian soldiers killed in 2023, 40% were convicts.", want: [][]string{
			{"Russia/military killed 100000..100000", "2023-01-01→2023-12-31"},
			{"Russia/military killed 40000..40000", "2023-01-01→2023-12-31"},
		}},
		// No whole in the sentence: a share of no figure told.
		{text: "The ministry said 46,913 people had been killed and 110,750 wounded. Of the deaths it has matched to a name, about 59% were women, children or elderly.", want: [][]string{
			{"killed 46913"},
			{"wounded 110750"},
		}},
		// Weapons fired are no loss until shot down.
		{text: "Russia fired 532 ballistic missiles, 86 percent of which were intercepted.", want: [][]string{
			{"equipment:missiles 458..458"},
		}},
		{text: "Russia has suffered 950,000 casualties, of which 70% returned to duty.", want: [][]string{
			{"casualties 950000"},
		}},
	})
}

// A tally's daily change in brackets after an item's unit word is the
// item's; the next item's total keeps the running total's time, not the
// change's day before it.
func TestFjTallyIncrementUnits(t *testing.T) {
	feRun(t, []feCase{
		{text: "Russia has also lost 10,867 tanks (+3), and 3,900 special equipment units (+2).", want: [][]string{
			{"Russia/ equipment:tanks 10867..10867", "2022-02-24→2025-06-12"},
			{"Russia/ equipment:tanks 3..3", "2025-06-11→2025-06-12"},
			{"Russia/ equipment:special_equipment 3900..3900", "2022-02-24→2025-06-12"},
			{"Russia/ equipment:special_equipment 2..2", "2025-06-11→2025-06-12"},
		}},
		{text: "Russia has also lost 10,867 tanks (+3), and 3,900 units of special equipment (+2).", want: [][]string{
			{"equipment:tanks 10867"},
			{"equipment:tanks 3..3"},
			{"Russia/ equipment:special_equipment 3900..3900", "2022-02-24→2025-06-12"},
			{"Russia/ equipment:special_equipment 2..2", "2025-06-11→2025-06-12"},
		}},
		{text: "Russia lost 30,000 artillery pieces (+5), 1,400 air defence systems (+1).", want: [][]string{
			{"equipment:artillery 30000..30000", "2022-02-24→2025-06-12"},
			{"equipment:artillery 5..5", "2025-06-11→2025-06-12"},
			{"equipment:air_defence 1400..1400", "2022-02-24→2025-06-12"},
			{"equipment:air_defence 1..1", "2025-06-11→2025-06-12"},
		}},
		// Items of one list with no change share its time as before.
		{text: "Ukraine shot down 4 missiles and 35 drones overnight.", want: [][]string{
			{"equipment:missiles 4..4", "2025-06-11→2025-06-12"},
			{"equipment:drones 35..35", "2025-06-11→2025-06-12"},
		}},
	})
}

// "N of them" after equipment named in several words is a part of that
// equipment, not of the last word's.
func TestFjOfThemEquipmentName(t *testing.T) {
	feRun(t, []feCase{
		{text: "Russia has lost about 9,500 armoured vehicles, 3,000 of them in 2024.", want: [][]string{
			{"Russia/ equipment:armoured_vehicles 9500..9500", "~"},
			{"Russia/ equipment:armoured_vehicles 3000..3000", "2024-01-01→2024-12-31"},
		}},
		{text: "Russia has lost 2,000 infantry fighting vehicles, 500 of them in 2024.", want: [][]string{
			{"equipment:armoured_vehicles 2000"},
			{"equipment:armoured_vehicles 500..500"},
		}},
		{text: "Russia has lost 400 multiple launch rocket systems, 100 of them in 2024.", want: [][]string{
			{"equipment:mlrs 400"},
			{"equipment:mlrs 100..100"},
		}},
		{text: "Russia has lost about 3,000 tanks, 800 of them in 2024.", want: [][]string{
			{"equipment:tanks 3000"},
			{"equipment:tanks 800..800"},
		}},
		{text: "Russia launched 117 drones, and Ukrainian forces downed 79 of them.", want: [][]string{
			{"equipment:drones 79..79"},
		}},
	})
}

// A whole told in a clause of its own after another side's "including"
// part is no part: it lends its people to its own parts.
func TestFjPartAfterOtherClause(t *testing.T) {
	feRun(t, []feCase{
		{text: "Russia has suffered nearly 950,000 casualties, including up to 250,000 killed, while Ukraine has sustained around 400,000 casualties, of which 80,000 were killed.", pub: "2025-06-03", want: [][]string{
			{"Russia/military casualties 950000"},
			{"Russia/military killed ·..250000"},
			{"Ukraine/military casualties 400000"},
			{"Ukraine/military killed 80000..80000"},
		}},
		{text: "Russia has suffered nearly 950,000 casualties, including up to 250,000 killed, and Ukraine has sustained around 400,000 casualties, including 80,000 killed.", pub: "2025-06-03", want: [][]string{
			{"Russia/military casualties 950000"},
			{"Russia/military killed ·..250000"},
			{"Ukraine/military casualties 400000"},
			{"Ukraine/military killed 80000..80000"},
		}},
		// A part in the list after "including" still lends nothing to
		// its whole.
		{text: "At least 1,225 people were killed in Syria in January, including 650 civilians and 300 fighters.", want: [][]string{
			{"/all killed 1225"},
			{"/civilian killed 650"},
			{"/military killed 300"},
		}},
	})
}

// "The figure" a sentence after one that only says what a count is of
// is that count's.
func TestFjCountTopic(t *testing.T) {
	feRun(t, []feCase{
		{text: "UK Defence Intelligence provides a monthly estimate of Russian casualties. In May, it assessed the figure at 39,870.", want: [][]string{
			{"Russia/military casualties 39870..39870", "2025-05-01→2025-05-31"},
		}},
		{text: "Ukraine's General Staff publishes a daily tally of Russian losses. On Monday it put the number at 1,000,000.", want: [][]string{
			{"Russia/military casualties 1e+06..1e+06"},
		}},
		// Not after a sentence between, nor for a figure with its own
		// words that name no loss.
		{text: "The UK gives an estimate of Russian casualties. Prices rose. It put the figure at 4,000.", want: nil},
		{text: "The report gives no estimate of Russian casualties. Analysts put the figure at 4,000 tanks.", want: nil},
	})
}

// A share the tool works out from the text's fraction is read, not
// derived: claims.md's "a fifth of 1,000,000 = 200,000 is read", as
// every share of the corpus is.
func TestFjShareNotDerived(t *testing.T) {
	feRun(t, []feCase{
		{text: "Between 150,000 and 185,000 Russian soldiers have been killed. Roughly one in five of them were convicts.", want: [][]string{
			{"Russia/military killed 150000..185000 range"},
			{"Russia/military killed 30000..37000 range"},
		}},
	})
	cs := run(t, "Between 150,000 and 185,000 Russian soldiers have been killed. Roughly one in five of them were convicts.", "2025-06-12", "")
	for _, c := range cs {
		if c.Derived {
			t.Errorf("claim %q is derived, want read", c.Quote)
		}
	}
}
