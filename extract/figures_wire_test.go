package extract

import "testing"

// A wire story's editing note in brackets ("(Updates death toll, adds
// comment in paragraphs 5-6)") is no claim: its figures are paragraph
// numbers, or the toll the story itself tells below.
func TestWireEditingNote(t *testing.T) {
	body := "\nIsraeli air strikes killed 31 Palestinians in Gaza on Thursday."
	gaza := [][]string{{"killed", "Palestinians in Gaza/all", "[31..31]"}}
	runCases(t, []claimCase{
		{text: "(Updates with death toll, adds comment in paragraphs 5-6)" + body, want: gaza},
		{text: "(Recasts with rising death toll in paras 1-3)" + body, want: gaza},
		{text: "(Updates casualty figures in paras 2, 3)" + body, want: gaza},
		{text: "(Adds details in paragraph 4)" + body, want: gaza},
		{text: "(Corrects death toll in paragraph 2 to 31 from 13)" + body, want: gaza},
		{text: "(New throughout, updates toll to 31)" + body, want: gaza},
		{text: "(Updates death toll to 21)\nA Russian strike killed 21 people in Dnipro on Tuesday.", want: [][]string{
			{"killed", "Ukraine/all", "[21..21]", "2025-06-10→2025-06-10"},
		}},
		{text: "(Updates death toll to 21) A Russian strike killed 21 people in Dnipro on Tuesday.", want: [][]string{
			{"killed", "Ukraine/all", "[21..21]", "2025-06-10→2025-06-10"},
		}},
		// Brackets that are no editing note keep their figures.
		{text: "A Russian strike on Dnipro killed 21 people (including 3 children) on Tuesday.", want: [][]string{
			{"killed", "Ukraine/all", "[21..21]"},
			{"[3..3]"},
		}},
		{text: "The attack also wounded 40 people (see paragraphs 5-6).", want: [][]string{{"wounded", "[40..40]"}}},
	})
}

// A part of the weapons just launched that air defences neutralised,
// eliminated or took out is the launcher's equipment lost, as one shot
// down is; not the defender's people.
func TestLaunchedPartNeutralised(t *testing.T) {
	drones := [][]string{{"equipment:drones", "Russia/", "[277..277]"}}
	var cases []claimCase
	for _, v := range []string{"neutralised", "neutralized", "eliminated", "taken out", "suppressed", "shot down"} {
		cases = append(cases,
			claimCase{text: "Ukraine's air force said Russia fired 315 drones at Ukraine overnight, 277 of which were " + v + ".", want: drones},
			claimCase{text: "Ukraine's air force said Russia launched 315 drones overnight, of which 277 were " + v + ".", want: drones},
			claimCase{text: "Russia attacked with 315 drones overnight. The air force said 277 of them were " + v + ".", want: drones},
			claimCase{text: "Russia launched 315 drones overnight; 277 were " + v + ".", want: drones},
		)
	}
	cases = append(cases,
		// People eliminated stay people.
		claimCase{text: "Ukraine's general staff said 1,120 Russian soldiers were eliminated over the past day.", want: [][]string{
			{"casualties", "Russia/military", "[1120..1120]"},
		}},
		claimCase{text: "Russia launched 50 drones overnight. The general staff said 1,120 Russian soldiers were eliminated over the past day.", want: [][]string{
			{"casualties", "Russia/military", "[1120..1120]"},
		}},
	)
	runCases(t, cases)
}

// "The number of dead from the Russian strike on Dnipro has risen to
// 27": the attack the count is of, named with its attacker's adjective
// or its day, stepped over to the count's noun.
func TestNumberOfDeadFromNamedStrike(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The number of dead from the Russian strike on Dnipro has risen to 27.", want: [][]string{{"killed", "Ukraine/all", "[27..27]"}}},
		{text: "The number of injured from Tuesday's strike on Dnipro rose to 64.", want: [][]string{{"wounded", "Ukraine/all", "[64..64]", "2025-06-10→2025-06-10"}}},
		{text: "The number of people killed in Monday's Russian missile attack on Sumy has risen to 35.", want: [][]string{{"killed", "Ukraine/all", "[35..35]"}}},
		{text: "The number of dead from Russia's overnight attack on Kyiv has risen to 23.", want: [][]string{{"killed", "Ukraine/all", "[23..23]"}}},
		{text: "The number of dead from the strike on Dnipro rose to 27.", want: [][]string{{"killed", "Ukraine/all", "[27..27]"}}},
		// A group's own name stays a word the actor rules read.
		{text: "Israel has revised its count of those killed in the Hamas attack on October 7 to about 1,400.", pub: "2023-11-12", want: [][]string{{"killed", "Israel/all", "[1400..1400]"}}},
	})
}

// The figure a source first published and then revised is a claim of
// its own, as "up from 19 earlier" is: "revised from an earlier 1,210",
// "down from an initial 1,210".
func TestRevisedFromEarlier(t *testing.T) {
	lead := "Ukraine's general staff put Russian losses over the past day at 1,120, "
	both := [][]string{
		{"casualties", "Russia/military", "[1120..1120]"},
		{"casualties", "Russia/military", "[1210..1210]"},
	}
	runCases(t, []claimCase{
		{text: lead + "revised from an earlier 1,210.", want: both},
		{text: lead + "down from an initial 1,210.", want: both},
		{text: lead + "revised down from 1,210.", want: both},
		{text: lead + "revised from 1,210.", want: both},
		{text: lead + "corrected from the original 1,210.", want: both},
		{text: "The death toll in Odesa rose to 40, up from an earlier 34.", want: [][]string{
			{"killed", "Ukraine/all", "[40..40]"},
			{"killed", "Ukraine/all", "[34..34]"},
		}},
	})
}
