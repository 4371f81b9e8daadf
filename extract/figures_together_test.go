package extract

import "testing"

// Estimates set side by side, each with its own source in brackets or
// after "by", are claims of the same count, each its source's.
func TestSourcedAlternatives(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian deaths: 95,000 (Mediazona), 172,000 (UK MoD), 250,000 (CSIS).", want: [][]string{
			{"killed Russia/", "[95000..95000]", "src=Mediazona"},
			{"killed Russia/", "[172000..172000]", "src=UK Ministry of Defence"},
			{"killed Russia/", "[250000..250000]", "src=CSIS"},
		}},
		{text: "Russian deaths: 95,000 (Mediazona); 172,000 (UK Ministry of Defence); 250,000 (CSIS).", want: [][]string{
			{"killed", "[95000..95000]", "src=Mediazona"},
			{"killed", "[172000..172000]", "src=UK Ministry of Defence"},
			{"killed", "[250000..250000]", "src=CSIS"},
		}},
		{text: "Russian deaths have been estimated at 95,000 (Mediazona) and 250,000 (CSIS).", want: [][]string{
			{"killed Russia/", "[95000..95000]", "src=Mediazona"},
			{"killed Russia/", "[250000..250000]", "src=CSIS"},
		}},
		{text: "Russian deaths have been estimated at 95,000 by Mediazona and 250,000 by CSIS.", want: [][]string{
			{"killed Russia/", "[95000..95000]", "src=Mediazona"},
			{"killed Russia/", "[250000..250000]", "src=CSIS"},
		}},
		{text: "Russian deaths are put at 95,000 by Mediazona, 172,000 by the UK Ministry of Defence and 250,000 by CSIS.", want: [][]string{
			{"killed", "[95000..95000]", "src=Mediazona"},
			{"killed", "[172000..172000]", "src=UK Ministry of Defence"},
			{"killed", "[250000..250000]", "src=CSIS"},
		}},
		// A source in brackets closes its own item: the item before the
		// semicolon is not its.
		{text: "Ukrainian deaths: 43,000 (Zelensky); 60,000–100,000 killed (WSJ).", want: [][]string{
			{"killed Ukraine/", "[43000..43000]", "src="},
			{"killed Ukraine/", "[60000..100000] range", "src=WSJ"},
		}},
		{text: "Casualties: 150,000+ killed (ACLED); 377,000 deaths including indirect causes (UNDP)", want: [][]string{
			{"killed", "[150000..·]", "src=ACLED"},
			{"killed", "[377000..377000]", "src=UNDP"},
		}},
		// Not a source: a place in brackets, a figure of no loss.
		{text: "Russian shelling killed 12 people in eastern Congo (DRC); 30 were wounded.", want: [][]string{
			{"killed", "[12..12]", "src="},
			{"wounded", "[30..30]", "src="},
		}},
		// Bare figures in a list with no source of their own are no claims.
		{text: "Russian deaths: 95,000 (Mediazona), up from 2023 and 2024.", want: [][]string{{"killed Russia/", "[95000..95000]", "src=Mediazona"}}},
	})
}

// A year written alone as a figure's date, the year of publication, is
// the year so far: a count to the day written, not a projection.
func TestCurrentYearAsOf(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 95,000 killed (Mediazona, 2025).", want: [][]string{{"killed Russia/", "[95000..95000]", "src=Mediazona", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 95,000 killed (UK MoD, 2025).", want: [][]string{{"src=UK Ministry of Defence", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 95,000 killed (2025).", want: [][]string{{"killed", "[95000..95000]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 95,000 killed as of 2025.", want: [][]string{{"killed", "[95000..95000]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 95,000 killed (Mediazona, 2024).", want: [][]string{{"killed", "[95000..95000]", "2022-02-24→2024-12-31"}}},
		// Projections stay none.
		{text: "Russia could lose 500,000 killed by 2025.", want: nil},
		{text: "Russia could lose 500,000 killed by the end of 2025.", want: nil},
		{text: "Russia will have lost 300,000 killed by 2027.", want: nil},
	})
}

// A hedge in brackets after the figure makes it approximate.
func TestBracketHedge(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine: 70,000 killed (est.)", want: [][]string{{"killed Ukraine/", "[70000..70000]", "~"}}},
		{text: "Ukraine: 70,000 killed (estimated)", want: [][]string{{"killed", "[70000..70000]", "~"}}},
		{text: "Russia lost 95,000 soldiers (approx.) in 2024.", want: [][]string{{"[95000..95000]", "~"}}},
		// The hedge's bracket is the first figure's; the source's the
		// second's.
		{text: "Russian deaths: 95,000 (est.), 172,000 (UK MoD).", want: [][]string{
			{"killed", "[95000..95000]", "src=", "~"},
			{"killed", "[172000..172000]", "src=UK Ministry of Defence"},
		}},
	})
}

// A body named "… Project" is no forecast that vetoes its figures.
func TestProjectNamedSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The war killed 46,319 civilians and 52,893 fighters, according to the Costs of War Project.", want: [][]string{
			{"killed", "[46319..46319]", "src=Costs of War Project"},
			{"killed", "[52893..52893]", "src=Costs of War Project"},
		}},
		{text: "The war killed 46,319 civilians and 52,893 fighters, according to the Humanitarian Data Project.", want: [][]string{
			{"killed", "[46319..46319]"},
			{"killed", "[52893..52893]"},
		}},
		// The verb still forecasts.
		{text: "Analysts project 52,893 deaths among fighters by next year.", want: nil},
	})
}

// A range whose high end has no ceiling is open above its low end.
func TestOpenHighRange(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Estimates of the Syrian civil war death toll range from 470,000 to more than 600,000.", want: [][]string{{"killed Syria/", "[470000..·] at_least"}}},
		{text: "Estimates of the Syrian civil war death toll range from 470,000 to over 600,000.", want: [][]string{{"killed", "[470000..·] at_least"}}},
		{text: "Syria's death toll is between 470,000 and more than 600,000.", want: [][]string{{"killed", "[470000..·] at_least"}}},
		{text: "Estimates of the death toll range from 470,000 to 600,000.", want: [][]string{{"killed", "[470000..600000] range"}}},
		// A rise to an open figure is that figure now.
		{text: "Russian casualties rose from 300,000 to over 700,000 in 2024.", want: [][]string{
			{"casualties", "[700000..·] more_than"},
			{"casualties", "[300000..300000]"},
		}},
	})
}

// A higher guess at the same toll in a clause of its own, its loss word
// left out, is a claim of the same count.
func TestCeilingGuess(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Deaths in the Tigray War are estimated at 162,000–378,000, while other estimates run as high as 600,000.", want: [][]string{
			{"killed", "[162000..378000] range"},
			{"killed", "[·..600000] at_most"},
		}},
		{text: "The death toll is estimated at 300,000, but could be as high as 600,000", want: [][]string{
			{"killed", "[300000..300000]"},
			{"killed", "[·..600000] at_most"},
		}},
		{text: "The death toll is estimated at 300,000; some put it as high as 600,000.", want: [][]string{
			{"killed", "[300000..300000]"},
			{"killed", "[·..600000]"},
		}},
		// Its own loss word still rules.
		{text: "At least 300 people were killed, and as many as 600 were wounded.", want: [][]string{
			{"killed", "[300..·]"},
			{"wounded", "[·..600]"},
		}},
		// No guess at a toll: a price after a figure.
		{text: "The death toll is estimated at 300,000, while rents are as high as 600 dollars.", want: [][]string{{"killed", "[300000..300000]"}}},
	})
}

// A total's counter after its participle ("verified by OHCHR") stands
// between the loss noun and the figure; the breakdown after the colon
// keeps the total's people.
func TestCountedByBetween(t *testing.T) {
	runCases(t, []claimCase{
		{text: "This brings the total number of civilian casualties verified by OHCHR in Ukraine to 46,085: 13,341 killed and 32,744 injured.", pub: "2025-06-10", want: [][]string{
			{"casualties Ukraine/civilian [46085..46085]", "src=UN Human Rights Office", "2022-02-24→2025-06-10"},
			{"killed Ukraine/civilian [13341..13341]"},
			{"wounded Ukraine/civilian [32744..32744]"},
		}},
		{text: "Civilian casualties documented by OHCHR in Ukraine reached 46,085: 13,341 killed and 32,744 injured.", pub: "2025-06-10", want: [][]string{
			{"casualties Ukraine/civilian [46085..46085]"},
			{"killed Ukraine/civilian [13341..13341]"},
			{"wounded Ukraine/civilian [32744..32744]"},
		}},
		{text: "The number of civilians killed recorded by HRMMU since February 2022 has risen to 13,341.", pub: "2025-06-10", want: [][]string{{"killed Ukraine/civilian [13341..13341]", "2022-02-24→2025-06-10"}}},
		// Without the counter it worked before; it still does.
		{text: "This brings the total number of civilian casualties in Ukraine to 46,085: 13,341 killed and 32,744 injured.", pub: "2025-06-10", want: [][]string{
			{"casualties Ukraine/civilian [46085..46085]"},
			{"killed Ukraine/civilian [13341..13341]"},
			{"wounded Ukraine/civilian [32744..32744]"},
		}},
	})
}

// A spaced dash sets off a list item's label (a year, a side) from its
// figure as a colon does.
func TestLabelDash(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties: 2022 – 100,000; 2023 – 250,000; 2024 – 430,000.", want: [][]string{
			{"casualties Russia/military [100000..100000]", "2022-02-24→2022-12-31"},
			{"casualties Russia/military [250000..250000]", "2023-01-01→2023-12-31"},
			{"casualties Russia/military [430000..430000]", "2024-01-01→2024-12-31"},
		}},
		{text: "Russian casualties by year: 2022 — 100,000; 2023 — 250,000", want: [][]string{
			{"casualties Russia/military [100000..100000]", "2022-02-24→2022-12-31"},
			{"casualties Russia/military [250000..250000]", "2023-01-01→2023-12-31"},
		}},
		{text: "Killed: Russia – 95,000 (per Mediazona); Ukraine – 70,000 (per UALosses)", want: [][]string{
			{"killed Russia/all [95000..95000]", "src=Mediazona"},
			{"killed Ukraine/all [70000..70000]", "src=UALosses"},
		}},
		{text: "Equipment losses (per Oryx): Russia – 20,000+; Ukraine – 7,500+", want: [][]string{
			{"equipment:other Russia/ [20000..·] at_least", "src=Oryx"},
			{"equipment:other Ukraine/ [7500..·] at_least", "src=Oryx"},
		}},
		// The colon's forms, the second side's equipment as the first's.
		{text: "Tanks lost: Russia: 3,000; Ukraine: 1,000.", want: [][]string{
			{"equipment:tanks Russia/ [3000..3000]"},
			{"equipment:tanks Ukraine/ [1000..1000]"},
		}},
		{text: "Ukraine's losses, according to the study: 2022 – 15,000 killed; 2023 – 25,000 killed.", want: [][]string{
			{"killed Ukraine/military [15000..15000]", "2022-02-24→2022-12-31"},
			{"killed Ukraine/military [25000..25000]", "2023-01-01→2023-12-31"},
		}},
		// A dateline's dash is no label.
		{text: "KYIV – 12 people were killed in a Russian strike on Kyiv on Tuesday.", want: [][]string{{"killed Ukraine/all [12..12]"}}},
	})
}

// A label's people before its loss word and colon name the figure's
// population as the same words in prose do.
func TestLabelPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Children killed: over 16,500", pub: "2025-06-16", want: [][]string{{"killed /civilian [16500..·] more_than"}}},
		{text: "Aid workers killed: 408", pub: "2025-06-16", want: [][]string{{"killed /civilian [408..408]"}}},
		{text: "Medical staff killed: 1,400", pub: "2025-06-16", want: [][]string{{"killed /civilian [1400..1400]"}}},
		{text: "Journalists killed: 180", pub: "2025-06-16", want: [][]string{{"killed /civilian [180..180]"}}},
		{text: "Soldiers killed in May: 1,200", want: [][]string{{"killed /military [1200..1200]"}}},
		{text: "Terrorists eliminated in the Gaza Strip: approx. 20,000", want: [][]string{{"killed Palestinians in Gaza/military [20000..20000]"}}},
		// In prose, as before.
		{text: "Over 16,500 children have been killed in Gaza.", pub: "2025-06-16", want: [][]string{{"killed Palestinians in Gaza/civilian [16500..·] more_than"}}},
	})
}

// A start read on the line before ("(since 24 Feb 2022)") carries to
// the next line with the day and month it was written with, not as a
// year alone.
func TestCarriedSince(t *testing.T) {
	runCases(t, []claimCase{
		{text: "• 13,341 civilians killed (since 24 Feb 2022)\n• 32,744 civilians injured\n", want: [][]string{
			{"killed /civilian [13341..13341]", "2022-02-24→2025-06-12"},
			{"wounded /civilian [32744..32744]", "2022-02-24→2025-06-12"},
		}},
		{text: "• 13,341 civilians killed (since Feb. 24, 2022)\n• 32,744 civilians injured\n", want: [][]string{
			{"2022-02-24→2025-06-12"},
			{"2022-02-24→2025-06-12"},
		}},
		{text: "Since 24 Feb 2022:\n• 13,341 civilians killed\n• 32,744 civilians injured\n", want: [][]string{
			{"2022-02-24→2025-06-12"},
			{"2022-02-24→2025-06-12"},
		}},
		// A year or a month alone stays as written.
		{text: "• 13,341 civilians killed (since 2023)\n• 32,744 civilians injured\n", want: [][]string{
			{"2023-01-01→2025-06-12"},
			{"2023-01-01→2025-06-12"},
		}},
		{text: "Since March 2023:\n• 13,341 civilians killed\n• 32,744 civilians injured\n", want: [][]string{
			{"2023-03-01→2025-06-12"},
			{"2023-03-01→2025-06-12"},
		}},
	})
}

// A share of a toll told by the weapon that caused it is no loss of its
// own, least of all of the weapon; a people's share of a toll stays.
func TestCauseShare(t *testing.T) {
	runCases(t, []claimCase{
		{text: "HRMMU recorded 232 civilians killed in June 2025. Some 37 per cent of the deaths were caused by short-range drones.", want: [][]string{{"killed Ukraine/civilian [232..232]"}}},
		{text: "HRMMU recorded 232 civilians killed in June 2025. About 40 per cent of them were due to shelling.", want: [][]string{{"killed Ukraine/civilian [232..232]"}}},
		{text: "Russian forces suffered 380,000–420,000 casualties in 2025, and 60–70 per cent of those were inflicted by drones.", want: [][]string{{"casualties Russia/military [380000..420000] range"}}},
		{text: "OHCHR recorded 61,353 deaths and injuries in Ukraine, of whom 59 per cent were civilians.", want: [][]string{
			{"casualties", "[61353..61353]"},
			{"casualties /civilian [36198..36198]"},
		}},
		// Led by its weapon, the share stays the toll's (as the corpus
		// reads "Short-range drones accounted for about a third of the
		// deaths in April").
		{text: "HRMMU recorded 232 civilians killed in June 2025. Short-range drones accounted for 37 per cent of the deaths.", want: [][]string{
			{"killed Ukraine/civilian [232..232]"},
			{"killed Ukraine/civilian [86..86]"},
		}},
	})
}

// A share's whole inside its phrase is the running total; the time
// after the share's verb is the share's alone.
func TestShareWholeTime(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Around a fifth of Russia's 950,000 casualties were incurred in the first five months of 2025.", want: [][]string{
			{"casualties Russia/military [190000..190000]", "2025-01-01→2025-05-31"},
			{"casualties Russia/military [950000..950000]", "2022-02-24→2025-06-12"},
		}},
		// The whole's own phrase up to the verb keeps its time.
		{text: "Half of the 60 soldiers killed in Djibo in May were conscripts.", want: [][]string{
			{"killed", "[30..30]", "2025-05-01→2025-05-31"},
			{"killed", "[60..60]", "2025-05-01→2025-05-31"},
		}},
	})
}

// Another source's figure for the count just told, in the next
// sentence and without its category words, is a claim of the same
// count: "puts the number at", "the figure at", "estimates are lower,
// at"; and "; by <time>, N" is the same count at another time.
func TestFollowUpEstimate(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Kyiv says Russia has lost 10,900 tanks. Oryx puts the number at around 4,000.", want: [][]string{
			{"equipment:tanks Russia/ [10900..10900]"},
			{"equipment:tanks Russia/ [4000..4000]", "src=Oryx", "~"},
		}},
		{text: "Kyiv says Russia has lost 10,900 tanks. Oryx puts the figure at 4,000.", want: [][]string{
			{"equipment:tanks", "[10900..10900]"},
			{"equipment:tanks Russia/ [4000..4000]", "src=Oryx"},
		}},
		{text: "Kyiv says Russia has lost 10,900 tanks. Oryx puts it at 4,000.", want: [][]string{
			{"equipment:tanks", "[10900..10900]"},
			{"equipment:tanks Russia/ [4000..4000]", "src=Oryx"},
		}},
		{text: "Russia has lost 250,000 soldiers killed. Mediazona estimates the number at 120,000.", want: [][]string{
			{"killed Russia/military [250000..250000]"},
			{"killed Russia/military [120000..120000]", "src=Mediazona"},
		}},
		{text: "Ukraine's General Staff says Russia has lost 1,000,000 soldiers. Western estimates are lower, at around 800,000.", want: [][]string{
			{"casualties Russia/military [1e+06..1e+06]"},
			{"casualties Russia/military [800000..800000]", "src=", "~"},
		}},
		{text: "Ukraine's General Staff says Russia has lost 1,000,000 soldiers. Independent counts are far lower: 300,000.", want: [][]string{
			{"casualties", "[1e+06..1e+06]"},
			{"casualties Russia/military [300000..300000]"},
		}},
		{text: "Russia says it has destroyed 600 Ukrainian tanks. Western tallies are much lower, at 300.", want: [][]string{
			{"equipment:tanks Ukraine/ [600..600]"},
			{"equipment:tanks Ukraine/ [300..300]"},
		}},
		{text: "By the end of 2023, Russian casualties had reached 300,000; by the end of 2024, 700,000.", want: [][]string{
			{"casualties Russia/military [300000..300000]", "2022-02-24→2023-12-31"},
			{"casualties Russia/military [700000..700000]", "2022-02-24→2024-12-31"},
		}},
		{text: "In the first half of 2024, 30,000 Russian soldiers were killed; in the second half of 2024, 40,000.", want: [][]string{
			{"killed Russia/military [30000..30000]", "2024-01-01→2024-06-30"},
			{"killed Russia/military [40000..40000]", "2024-07-01→2024-12-31"},
		}},
		// A toll is no count of weapons; nor is a figure with no count
		// before it any estimate of one.
		{text: "Kyiv says Russia has lost 10,900 tanks. The UN puts the toll at 40.", want: [][]string{
			{"equipment:tanks", "[10900..10900]"},
			{"killed", "[40..40]"},
		}},
		{text: "Prices rose sharply. Analysts put the figure at 4,000.", want: nil},
		{text: "Russia lost 200 tanks in 2023. The army has 3,000 tanks; other estimates are higher, at 3,500.", want: [][]string{{"equipment:tanks", "[200..200]"}}},
	})
}

// A share after "of which", or of the whole a sentence opens with, is a
// part of that whole, and the time after the share is the part's alone.
func TestShareOfWhole(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has sustained about 950,000 casualties since 2022, of which around 20% were incurred in the first five months of 2025.", want: [][]string{
			{"casualties Russia/military [950000..950000]", "2022-02-24→2025-06-12", "~"},
			{"casualties Russia/military [190000..190000]", "2025-01-01→2025-05-31", "~"},
		}},
		{text: "Russia has sustained about 950,000 casualties, of which around 20% were killed.", want: [][]string{
			{"casualties", "[950000..950000]"},
			{"killed Russia/military [190000..190000]"},
		}},
		{text: "Of the roughly 100,000 Ukrainian soldiers killed, about 40% died in 2022.", want: [][]string{
			{"killed Ukraine/military [100000..100000]", "2022-02-24→2025-06-12"},
			{"killed Ukraine/military [40000..40000]", "2022-01-01→2022-12-31", "~"},
		}},
		{text: "Of the roughly 100,000 Ukrainian soldiers killed, about two-fifths died in 2022.", want: [][]string{
			{"killed Ukraine/military [100000..100000]", "2022-02-24→2025-06-12"},
			{"killed Ukraine/military [40000..40000]", "2022-01-01→2022-12-31"},
		}},
		{text: "Of the 60,000 Russian soldiers killed, 20,000 died in 2023.", want: [][]string{
			{"killed Russia/military [60000..60000]", "2022-02-24→2025-06-12"},
			{"killed Russia/military [20000..20000]", "2023-01-01→2023-12-31"},
		}},
		// The whole's own time stays its own.
		{text: "Of the 100,000 Russian soldiers killed in 2023, 40% were convicts.", want: [][]string{
			{"killed Russia/military [100000..100000]", "2023-01-01→2023-12-31"},
			{"killed Russia/military [40000..40000]", "2023-01-01→2023-12-31"},
		}},
		// No whole in the sentence: a share of no figure told.
		{text: "The ministry said 46,913 people had been killed and 110,750 wounded. Of the deaths it has matched to a name, about 59% were women, children or elderly.", want: [][]string{
			{"killed", "[46913..46913]"},
			{"wounded", "[110750..110750]"},
		}},
		// Weapons fired are no loss until shot down.
		{text: "Russia fired 532 ballistic missiles, 86 percent of which were intercepted.", want: [][]string{{"equipment:missiles", "[458..458]"}}},
		{text: "Russia has suffered 950,000 casualties, of which 70% returned to duty.", want: [][]string{{"casualties", "[950000..950000]"}}},
	})
}

// A tally's daily change in brackets after an item's unit word is the
// item's; the next item's total keeps the running total's time, not the
// change's day before it.
func TestTallyIncrementUnits(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has also lost 10,867 tanks (+3), and 3,900 special equipment units (+2).", want: [][]string{
			{"equipment:tanks Russia/ [10867..10867]", "2022-02-24→2025-06-12"},
			{"equipment:tanks Russia/ [3..3]", "2025-06-11→2025-06-12"},
			{"equipment:special_equipment Russia/ [3900..3900]", "2022-02-24→2025-06-12"},
			{"equipment:special_equipment Russia/ [2..2]", "2025-06-11→2025-06-12"},
		}},
		{text: "Russia has also lost 10,867 tanks (+3), and 3,900 units of special equipment (+2).", want: [][]string{
			{"equipment:tanks", "[10867..10867]"},
			{"equipment:tanks", "[3..3]"},
			{"equipment:special_equipment Russia/ [3900..3900]", "2022-02-24→2025-06-12"},
			{"equipment:special_equipment Russia/ [2..2]", "2025-06-11→2025-06-12"},
		}},
		{text: "Russia lost 30,000 artillery pieces (+5), 1,400 air defence systems (+1).", want: [][]string{
			{"equipment:artillery", "[30000..30000]", "2022-02-24→2025-06-12"},
			{"equipment:artillery", "[5..5]", "2025-06-11→2025-06-12"},
			{"equipment:air_defence", "[1400..1400]", "2022-02-24→2025-06-12"},
			{"equipment:air_defence", "[1..1]", "2025-06-11→2025-06-12"},
		}},
		// Items of one list with no change share its time as before.
		{text: "Ukraine shot down 4 missiles and 35 drones overnight.", want: [][]string{
			{"equipment:missiles", "[4..4]", "2025-06-11→2025-06-12"},
			{"equipment:drones", "[35..35]", "2025-06-11→2025-06-12"},
		}},
	})
}

// "N of them" after equipment named in several words is a part of that
// equipment, not of the last word's.
func TestOfThemEquipmentName(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has lost about 9,500 armoured vehicles, 3,000 of them in 2024.", want: [][]string{
			{"equipment:armoured_vehicles Russia/ [9500..9500]", "~"},
			{"equipment:armoured_vehicles Russia/ [3000..3000]", "2024-01-01→2024-12-31"},
		}},
		{text: "Russia has lost 2,000 infantry fighting vehicles, 500 of them in 2024.", want: [][]string{
			{"equipment:armoured_vehicles", "[2000..2000]"},
			{"equipment:armoured_vehicles", "[500..500]"},
		}},
		{text: "Russia has lost 400 multiple launch rocket systems, 100 of them in 2024.", want: [][]string{
			{"equipment:mlrs", "[400..400]"},
			{"equipment:mlrs", "[100..100]"},
		}},
		{text: "Russia has lost about 3,000 tanks, 800 of them in 2024.", want: [][]string{
			{"equipment:tanks", "[3000..3000]"},
			{"equipment:tanks", "[800..800]"},
		}},
		{text: "Russia launched 117 drones, and Ukrainian forces downed 79 of them.", want: [][]string{{"equipment:drones", "[79..79]"}}},
	})
}

// A whole told in a clause of its own after another side's "including"
// part is no part: it lends its people to its own parts.
func TestPartAfterOtherClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has suffered nearly 950,000 casualties, including up to 250,000 killed, while Ukraine has sustained around 400,000 casualties, of which 80,000 were killed.", pub: "2025-06-03", want: [][]string{
			{"casualties Russia/military [·..950000] fewer_than"},
			{"killed Russia/military [·..250000]"},
			{"casualties Ukraine/military [400000..400000]"},
			{"killed Ukraine/military [80000..80000]"},
		}},
		{text: "Russia has suffered nearly 950,000 casualties, including up to 250,000 killed, and Ukraine has sustained around 400,000 casualties, including 80,000 killed.", pub: "2025-06-03", want: [][]string{
			{"casualties Russia/military [·..950000] fewer_than"},
			{"killed Russia/military [·..250000]"},
			{"casualties Ukraine/military [400000..400000]"},
			{"killed Ukraine/military [80000..80000]"},
		}},
		// A part in the list after "including" still lends nothing to
		// its whole.
		{text: "At least 1,225 people were killed in Syria in January, including 650 civilians and 300 fighters.", want: [][]string{
			{"killed Syria/all [1225..·]"},
			{"killed Syria/civilian [650..650]"},
			{"killed Syria/military [300..300]"},
		}},
	})
}

// "The figure" a sentence after one that only says what a count is of
// is that count's.
func TestCountTopic(t *testing.T) {
	runCases(t, []claimCase{
		{text: "UK Defence Intelligence provides a monthly estimate of Russian casualties. In May, it assessed the figure at 39,870.", want: [][]string{{"casualties Russia/military [39870..39870]", "2025-05-01→2025-05-31"}}},
		{text: "Ukraine's General Staff publishes a daily tally of Russian losses. On Monday it put the number at 1,000,000.", want: [][]string{{"casualties Russia/military [1e+06..1e+06]"}}},
		// Not after a sentence between, nor for a figure with its own
		// words that name no loss.
		{text: "The UK gives an estimate of Russian casualties. Prices rose. It put the figure at 4,000.", want: nil},
		{text: "The report gives no estimate of Russian casualties. Analysts put the figure at 4,000 tanks.", want: nil},
	})
}

// A share the tool works out from the text's fraction is read, not
// derived: claims.md's "a fifth of 1,000,000 = 200,000 is read", as
// every share of the corpus is.
func TestShareNotDerived(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Between 150,000 and 185,000 Russian soldiers have been killed. Roughly one in five of them were convicts.", want: [][]string{
			{"killed Russia/military [150000..185000] range"},
			{"killed Russia/military [30000..37000] range"},
		}},
	})
	cs := run(t, "Between 150,000 and 185,000 Russian soldiers have been killed. Roughly one in five of them were convicts.", "2025-06-12", "")
	for _, c := range cs {
		if c.Derived {
			t.Errorf("claim %q is derived, want read", c.Quote)
		}
	}
}

// Beside a count of the wounded, "lost N soldiers" are the dead; a verb
// of supply inside a clause of time is no supply of the figure's
// machines.
func TestLostBesideWounded(t *testing.T) {
	runCases(t, []claimCase{
		{text: "From 26 to 28 July, the Thai army said it lost 5 soldiers and 29 were wounded.", pub: "2025-07-30",
			want: [][]string{{"killed Thailand/military", "[5..5]"}, {"wounded Thailand/military", "[29..29]"}}},
		{text: "Russia lost 1,000 soldiers and 300 tanks.",
			want: [][]string{{"casualties Russia/military", "[1000..1000]"}, {"equipment:tanks Russia/", "[300..300]"}}},
		{text: "Ukraine has lost three F-16 jets since they arrived in August 2024.",
			want: [][]string{{"equipment:aircraft Ukraine/", "[3..3]", "2024-08-01→2025-06-12"}}},
		{text: "Ukraine received 20 F-16 jets, which arrived in August 2024.", want: [][]string{}},
		// The whole a part is among is a loss itself; a survey's sample
		// is not.
		{text: "Three M23 commanders were among 40 rebels killed in FARDC airstrikes near Masisi, the Congolese army said.",
			want: [][]string{{"killed M23/military", "[40..40]"}}},
		{text: "The study found 1,139 deaths among 9,740 household members.", want: [][]string{{"killed /all", "[1139..1139]"}}},
	})
}

// A change's size and its time before the new total: "rose by 20
// percent in May to about 2,500".
func TestPercentRiseWithTime(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Deaths rose by 20 percent in May to about 2,500.", want: [][]string{{"killed /all", "[2500..2500]", "~"}}},
		{text: "The death toll rose by 12% to 1,430.", want: [][]string{{"killed /all", "[1430..1430]"}}},
	})
}

// A second clause whose verb is left out names its own side, by name,
// by the side's forces or with a speaker's aside, and takes the first
// clause's count; the name is its figure's, not the first's.
func TestGappedSideClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The army lost 40 soldiers and the RSF about 90.", want: [][]string{
			{"casualties Sudan (SAF)/military", "[40..40]"},
			{"casualties Sudan (RSF)/military", "[90..90]", "~"},
		}},
		{text: "Russia lost 200 men and the Ukrainian army 40.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
			{"casualties Ukraine/military", "[40..40]"},
		}},
		{text: "Africa Corps lost 7 men and the Malian army 15 in the ambush.", want: [][]string{
			{"casualties Russia/military", "[7..7]"},
			{"casualties Mali/military", "[15..15]"},
		}},
		{text: "Russia lost 200 men and the Ukrainians 40.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
			{"casualties Ukraine/military", "[40..40]"},
		}},
		{text: "Israel lost 20 soldiers; Hamas, it said, about 300.", want: [][]string{
			{"casualties Israel/military", "[20..20]"},
			{"casualties Hamas/military", "[300..300]", "~"},
		}},
		{text: "Russia lost 1,200 tanks in 2023 and Ukraine 400.", want: [][]string{
			{"equipment:tanks Russia/", "[1200..1200]"},
			{"equipment:tanks Ukraine/", "[400..400]"},
		}},
		{text: "Russia lost 1,000 troops on Monday, and 1,100 on Tuesday.", want: [][]string{
			{"casualties Russia/military", "[1000..1000]", "2025-06-09→2025-06-09"},
			{"casualties Russia/military", "[1100..1100]", "2025-06-10→2025-06-10"},
		}},
		{text: "Ukraine said it killed 30 Russian soldiers and wounded 50.", want: [][]string{
			{"killed Russia/military", "[30..30]"},
			{"wounded Russia/military", "[50..50]"},
		}},
		// No side's clause: a figure of another thing, or a side's
		// words with their own verb, takes nothing.
		{text: "Russia lost 200 men and the army has 40 brigades.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
		}},
		{text: "Russia lost 200 men, and the forces 2024 plan failed.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
		}},
	})
}

// Two figures set against each other, the second with its own side
// after it: the first keeps the side before it.
func TestContrastedSides(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost about 600 killed versus about 100 for Ukraine.", want: [][]string{
			{"killed Russia/", "[600..600]", "~"},
			{"killed Ukraine/", "[100..100]", "~"},
		}},
		{text: "Russia lost some 600 killed against Ukraine's 100.", want: [][]string{
			{"killed Russia/", "[600..600]", "~"},
			{"killed Ukraine/", "[100..100]"},
		}},
		{text: "Russia lost about 600 soldiers, compared with about 100 for Ukraine.", want: [][]string{
			{"casualties Russia/military", "[600..600]", "~"},
			{"casualties Ukraine/military", "[100..100]", "~"},
		}},
		{text: "Russia lost 600 tanks versus 100 for Ukraine.", want: [][]string{
			{"equipment:tanks Russia/", "[600..600]"},
			{"equipment:tanks Ukraine/", "[100..100]"},
		}},
		// Still the side right after: "losses of", "for".
		{text: "Shelling killed 600 soldiers of the Ukrainian army.", want: [][]string{
			{"killed Ukraine/military", "[600..600]"},
		}},
	})
}

// A side's own "lost N killed" is its soldiers' loss, and a figure set
// against it is of the same people; civilians named keep them all.
func TestSideLostKilledPopulation(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost some 600 killed.", want: [][]string{{"killed Russia/military", "[600..600]", "~"}}},
		{text: "Russia lost some 600 killed against Ukraine's 100.", want: [][]string{
			{"killed Russia/military", "[600..600]", "~"},
			{"killed Ukraine/military", "[100..100]"},
		}},
		{text: "Ukraine has suffered 400,000 killed or wounded.", want: [][]string{{"casualties Ukraine/military"}}},
		{text: "Ukraine lost 600 killed, most of them civilians.", want: [][]string{{"killed Ukraine/all", "[600..600]"}}},
	})
}

// One assault's spoils, men or machines, are of its day.
func TestDeedSpoilsOfTheDay(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukrainian forces killed 40 Russian soldiers and destroyed 17 Russian armoured vehicles in a failed assault near Pokrovsk.", want: [][]string{
			{"killed Russia/", "2025-06-11→2025-06-12"},
			{"equipment:armoured_vehicles Russia/", "2025-06-11→2025-06-12"},
		}},
		{text: "Sudan's army said it had repelled an RSF attack on El Fasher, killing dozens of fighters and destroying 17 combat vehicles.", want: [][]string{
			{"killed Sudan (RSF)/", "2025-06-11→2025-06-12"},
			{"equipment:armoured_vehicles Sudan (RSF)/", "2025-06-11→2025-06-12"},
		}},
		{text: "SAF statement: our forces repelled an RSF assault on El Fasher, killing 300+ militia members and destroying 45 combat vehicles.", want: [][]string{
			{"killed Sudan (RSF)/", "2025-06-11→2025-06-12"},
			{"equipment:armoured_vehicles Sudan (RSF)/", "2025-06-11→2025-06-12"},
		}},
		{text: "RSF claims it killed ~200 SAF soldiers and captured 30 in El Obeid.", want: [][]string{
			{"killed Sudan (SAF)/", "2025-06-11→2025-06-12"},
			{"captured Sudan (SAF)/", "2025-06-11→2025-06-12"},
		}},
		{text: "Russian forces killed 12 Ukrainian soldiers and took 5 prisoner near Bakhmut.", want: [][]string{
			{"killed Ukraine/", "2025-06-11→2025-06-12"},
			{"captured Ukraine/", "2025-06-11→2025-06-12"},
		}},
		{text: "The M23 claimed to have killed 150 Congolese soldiers and captured 600 in Goma.", want: [][]string{
			{"killed DR Congo/", "2025-06-11→2025-06-12"},
			{"captured DR Congo/", "2025-06-11→2025-06-12"},
		}},
		{text: "Russian troops abandoned 9 tanks as they retreated from the village.", want: [][]string{{"equipment:tanks Russia/", "2025-06-11→2025-06-12"}}},
		{text: "Four Ukrainian soldiers were executed near Kurakhove.", want: [][]string{{"killed Ukraine/", "2025-06-11→2025-06-12"}}},
		{text: "Ukrainian forces lost up to 175 servicemen and a tank near Kupiansk.", want: [][]string{
			{"casualties Ukraine/", "2025-06-11→2025-06-12"},
			{"equipment:tanks Ukraine/", "2025-06-11→2025-06-12"},
		}},
		{text: "Rescuers recovered 23 bodies from the rubble of the apartment block in Dnipro, bringing the death toll to 46.", want: [][]string{
			{"killed Ukraine/", "2025-06-11→2025-06-12"},
			{"killed Ukraine/", "2025-06-11→2025-06-12"},
		}},
		// A running total's machines stay the war's.
		{text: "Ukraine has killed 1,000,000 Russian soldiers and destroyed 10,000 Russian tanks since the invasion.", want: [][]string{
			{"killed Russia/", "2022-02-24→2025-06-12"},
			{"equipment:tanks Russia/", "2022-02-24→2025-06-12"},
		}},
		// A war's toll after a day's dead stays the war's.
		{text: "Israeli strikes killed 45 Palestinians in Gaza on Wednesday, bringing the death toll to 55,000.", want: [][]string{
			{"killed Palestinians in Gaza/", "2025-06-11→2025-06-11"},
			{"killed Palestinians in Gaza/", "2023-10-07→2025-06-11"},
		}},
		// Believed, not claimed, to have killed: an estimate to date.
		{text: "Russia is believed to have killed 150 Ukrainian soldiers in Pokrovsk.", want: [][]string{{"killed Ukraine/", "2022-02-24→2025-06-12"}}},
	})
}

// A design only one side fields is that side's loss, whoever claims it.
func TestSingleMakerDesignSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Our fighters killed 5 IOF soldiers and destroyed 2 Merkava tanks east of Khan Younis.", want: [][]string{
			{"[5..5]"},
			{"equipment:tanks Israel/", "[2..2]"},
		}},
		{text: "Al-Qassam Brigades: Our fighters killed 5 IOF soldiers and destroyed 2 Merkava tanks east of Khan Younis.", want: [][]string{
			{"[5..5]"},
			{"equipment:tanks Israel/", "[2..2]"},
		}},
		{text: "Al-Qassam Brigades: Our fighters killed 5 IOF soldiers and destroyed 2 Merkava tanks east of Khan Younis.", want: [][]string{
			{"killed Israel/", "[5..5]"},
			{"[2..2]"},
		}},
		{text: "Hezbollah statement: the Islamic Resistance destroyed 3 Merkava tanks and killed or wounded dozens of Zionist soldiers in Maroun al-Ras.", want: [][]string{
			{"equipment:tanks Israel/", "[3..3]"},
			{"[12..·]"},
		}},
		{text: "Hezbollah statement: the Islamic Resistance destroyed 3 Merkava tanks and killed or wounded dozens of Zionist soldiers in Maroun al-Ras.", want: [][]string{
			{"[3..3]"},
			{"casualties Israel/", "[12..·]"},
		}},
		{text: "Hamas fighters destroyed a Namer APC in Rafah.", want: [][]string{{"equipment:armoured_vehicles Israel/", "[1..1]"}}},
		// No design named: the side stays the sentence's.
		{text: "Ukrainian forces destroyed 17 Russian tanks near Pokrovsk.", want: [][]string{{"equipment:tanks Russia/", "[17..17]"}}},
	})
}

// What air defence downs after a semicolon is the launcher's of the
// clause before, when its own clause names no side.
func TestDownedAfterSemicolonLauncher(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia launched 479 drones and 20 missiles overnight; air defence downed 277 drones and 19 missiles.", want: [][]string{
			{"equipment:drones Russia/", "2025-06-11→2025-06-12"},
			{"equipment:missiles Russia/", "2025-06-11→2025-06-12"},
		}},
		{text: "Russia launched 479 drones overnight; Ukrainian air defence shot down 277 drones.", want: [][]string{{"equipment:drones Russia/", "2025-06-11→2025-06-12"}}},
		{text: "Ukraine launched 120 drones at Moscow; Russian air defence downed 95 of them.", want: [][]string{{"equipment:drones Ukraine/", "2025-06-11→2025-06-12"}}},
	})
}

// A multiple of a toll the sentence does not give ("three times as
// many as in 2022") is no figure of its own; one of the figure before
// ("wounded three times that") still is.
func TestMultipleOfOtherTollNoFigure(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia suffered about 430,000 casualties in 2024, three times as many as in 2022.", pub: "2025-01-02", want: [][]string{{"casualties Russia/military [430000..430000]"}}},
		{text: "Some 5,600 people were killed in Haiti in 2024, three times as many as in 2022.", pub: "2025-01-02", want: [][]string{{"killed Haiti/all [5600..5600]"}}},
		{text: "More than 4,000 people were killed in Lebanon in 2024, roughly ten times the toll of the 2006 war with Israel.", pub: "2025-01-02", want: [][]string{{"killed Lebanon/all [4000..·]"}}},
		{text: "Some 5,600 people were killed in Haiti in 2024, four times the number recorded in 2021.", pub: "2025-01-02", want: [][]string{{"killed Haiti/all [5600..5600]"}}},
		{text: "Some 5,600 people were killed in Haiti in 2024, twice as many as in 2022.", pub: "2025-01-02", want: [][]string{{"killed Haiti/all [5600..5600]"}}},
		{text: "Some 5,600 people were killed in Haiti in 2024, three times more than in 2022.", pub: "2025-01-02", want: [][]string{{"killed Haiti/all [5600..5600]"}}},
		// The figure before, multiplied.
		{text: "The army said 326 soldiers were killed and roughly seven times as many have been wounded.", pub: "2025-01-02", want: [][]string{
			{"killed /military [326..326]"},
			{"wounded /military [2282..2282]"},
		}},
		{text: "Killed reached 2,700 in October, with WIA estimated at three times that.", pub: "2025-01-02", want: [][]string{
			{"killed /all [2700..2700]"},
			{"wounded /military [8100..8100]"},
		}},
		{text: "The army lost 300 men, against perhaps three times as many on the Russian side.", pub: "2025-01-02", want: [][]string{
			{"casualties Russia/ [300..300]"},
			{"casualties Russia/military [900..900]"},
		}},
	})
}

// "killed two soldiers and a civilian": the article counts the last
// person of the list, and each part keeps its own people.
func TestPeopleListLastWithArticle(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The blast on Monday killed two soldiers and a civilian.", want: [][]string{
			{"killed /military [2..2]"},
			{"killed /civilian [1..1]"},
		}},
		{text: "A Turkish drone strike on a car in Qamishli killed two SDF commanders and a civilian", want: [][]string{
			{"killed Syria/military [2..2]"},
			{"killed Syria/civilian [1..1]"},
		}},
		{text: "Two soldiers and a civilian were killed in the blast.", want: [][]string{
			{"killed /military [2..2]"},
			{"killed /civilian [1..1]"},
		}},
		{text: "The strike killed three Israeli soldiers and a civilian contractor.", want: [][]string{
			{"killed Israel/military [3..3]"},
			{"killed Israel/civilian [1..1]"},
		}},
		{text: "The shelling wounded four civilians and a soldier.", want: [][]string{
			{"wounded /civilian [4..4]"},
			{"wounded /military [1..1]"},
		}},
		{text: "The blast on Monday killed two soldiers and three civilians.", want: [][]string{
			{"killed /military [2..2]"},
			{"killed /civilian [3..3]"},
		}},
		// No loss of the one after "and".
		{text: "The blast killed two soldiers and a civilian was arrested later.", want: [][]string{{"killed /military [2..2]"}}},
	})
}

// "Captain Ahmed and four other soldiers were killed": the one named
// before the list is one more of the dead.
func TestNamedOneAndOthersCounted(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Captain Ahmed and four other soldiers were killed in the attack", want: [][]string{{"killed /military [5..5]"}}},
		{text: "Sepoy Ramesh Kumar and two other soldiers attained martyrdom", want: [][]string{{"killed /military [3..3]"}}},
		{text: "A major and three soldiers were killed in the attack.", want: [][]string{{"killed /military [4..4]"}}},
		{text: "Lt Col Smith and two other officers died in the crash.", want: [][]string{{"killed /military [3..3]"}}},
		{text: "Captain Ahmed and four others were killed in the attack.", want: [][]string{{"killed /all [5..5]"}}},
		{text: "The commander and four other fighters were killed.", want: [][]string{{"killed /military [5..5]"}}},
		{text: "On Monday, Ahmed and four other soldiers were killed in the attack.", want: [][]string{{"killed /military [5..5]"}}},
		// A day, a country: nobody more.
		{text: "A woman was hurt on Sunday and five others were wounded on Monday.", want: [][]string{
			{"wounded /civilian [1..1]"},
			{"wounded /all [5..5]"},
		}},
		{text: "Three people were killed in the shelling of Nikopol and eight others were injured.", want: [][]string{
			{"killed /all [3..3]"},
			{"wounded /all [8..8]"},
		}},
		{text: "Russia and two other countries lost 30 soldiers.", want: [][]string{{"casualties Russia/military [30..30]"}}},
	})
}

// A second figure after its own time shares the first one's verb and
// noun, with or without a comma after the time.
func TestSecondFigureAfterItsOwnTime(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 9,600 troops in the last week of May and in the first week of June 8,400.", want: [][]string{
			{"casualties Russia/military [9600..9600]", "2025-05-25→2025-05-31"},
			{"casualties Russia/military [8400..8400]", "2025-06-01→2025-06-07"},
		}},
		{text: "Russia lost 9,600 troops in the last week of May and in the first week of June, 8,400.", want: [][]string{
			{"[9600..9600]", "2025-05-25→2025-05-31"},
			{"casualties Russia/military [8400..8400]", "2025-06-01→2025-06-07"},
		}},
		{text: "Russia lost 9,600 troops in the last week of May, and 8,400 in the first week of June.", want: [][]string{
			{"[9600..9600]", "2025-05-25→2025-05-31"},
			{"casualties Russia/military [8400..8400]", "2025-06-01→2025-06-07"},
		}},
		{text: "Russia lost 31,000 troops in May; in April 28,000.", want: [][]string{
			{"[31000..31000]", "2025-05-01→2025-05-31"},
			{"casualties Russia/military [28000..28000]", "2025-04-01→2025-04-30"},
		}},
		{text: "In 2023 Russia lost 250,000 soldiers, in 2024 430,000.", want: [][]string{
			{"[250000..250000]", "2023-01-01→2023-12-31"},
			{"casualties Russia/military [430000..430000]", "2024-01-01→2024-12-31"},
		}},
		{text: "In January, 150 civilians were killed; in February 120.", want: [][]string{
			{"killed", "[150..150]", "2025-01-01→2025-01-31"},
			{"killed", "[120..120]", "2025-02-01→2025-02-28"},
		}},
		// A date's day is no second figure.
		{text: "Russia lost 9,600 troops in the week to June 8.", want: [][]string{{"[9600..9600]"}}},
	})
}
