package extract

import "testing"

// Missile launchers are equipment of their own kind ("other", as
// Iskander launchers), not the missiles they fire.
func TestMissileLaunchers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Israel says it destroyed 120 Iranian missile launchers", want: [][]string{{"equipment:other"}}},
		{text: "Israel says it hit 200 ballistic missile launchers.", want: [][]string{{"equipment:other"}}},
		{text: "Ukraine destroyed 2 surface-to-air missile launchers.", want: [][]string{{"equipment:air_defence"}}},
		{text: "Ukraine destroyed 4 rocket launchers.", want: [][]string{{"equipment:mlrs"}}},
		{text: "Ukraine shot down 12 cruise missiles.", want: [][]string{{"equipment:missiles"}}},
	})
}

// The part of those taken whose fate is unknown is missing; a manner
// adverb before the verb of death leaves the death a death.
func TestCategoryWords(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Four of the 10 health workers abducted in April remain missing.", want: [][]string{
			{"missing"},
			{"captured"},
		}},
		{text: "Two of the 25 hostages abducted are still missing.", want: [][]string{{"missing"}}},
		{text: "More than 75,000 people were violently killed in Gaza.", want: [][]string{{"killed"}}},
		{text: "At least 300 civilians were summarily executed.", want: [][]string{{"killed"}}},
		{text: "Two soldiers were seriously wounded.", want: [][]string{{"wounded"}}},
		{text: "Ten aid workers were abducted in April.", want: [][]string{{"captured"}}},
	})
}
