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

// Machines by their names and OSINT's shorthand for them are equipment,
// not people ("lost 2 Pantsir-S1" is no casualty count).
func TestEquipmentModels(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 2 Pantsir-S1 and 1 Buk-M2 near Kherson yesterday.", want: [][]string{{"equipment:air_defence Russia/ [2..2]"}, {"equipment:air_defence Russia/ [1..1]"}}},
		{text: "Russia lost 3 Msta-S near Kherson yesterday.", want: [][]string{{"equipment:artillery Russia/ [3..3]"}}},
		{text: "Russia lost 1 Tor-M2 near Kherson yesterday.", want: [][]string{{"equipment:air_defence Russia/ [1..1]"}}},
		{text: "Ukraine lost 2 HIMARS and 1 Patriot launcher yesterday, Russian MoD claims.", want: [][]string{{"equipment:mlrs Ukraine/ [2..2]"}, {"equipment:air_defence Ukraine/ [1..1]"}}},
		{text: "Russian forces lost 2 HMMWVs and 3 M113s near Kupiansk.", want: [][]string{{"equipment:vehicles Russia/ [2..2]"}, {"equipment:armoured_vehicles Russia/ [3..3]"}}},
		{text: "Russian forces lost 1 BMP and 2 MT-LBs near Pokrovsk yesterday.", want: [][]string{{"equipment:armoured_vehicles Russia/ [1..1]"}, {"equipment:armoured_vehicles Russia/ [2..2]"}}},
		{text: "Ukraine lost 4 Bradley, 2 Leopard 2A6 and 3 Stryker near Pokrovsk, the Russian MoD claimed.", want: [][]string{{"equipment:armoured_vehicles Ukraine/ [4..4]"}, {"equipment:tanks Ukraine/ [2..2]"}, {"equipment:armoured_vehicles Ukraine/ [3..3]"}}},
		{text: "Russia lost 2 Grad, 1 Tornado-S and 3 Orlan-10 near Bakhmut yesterday.", want: [][]string{{"equipment:mlrs Russia/ [2..2]"}, {"equipment:mlrs Russia/ [1..1]"}, {"equipment:drones Russia/ [3..3]"}}},
		{text: "Russia lost 2 T-90M and 1 S-300 near Kherson yesterday.", want: [][]string{{"equipment:tanks Russia/ [2..2]"}, {"equipment:air_defence Russia/ [1..1]"}}},
		{text: "Russian forces lost 2 T-90M tanks and 3 BMP-3 IFVs near Pokrovsk yesterday.", want: [][]string{{"equipment:tanks Russia/ [2..2]"}, {"equipment:armoured_vehicles Russia/ [3..3]"}}},
		{text: "Russian forces lost 3 tanks and 42 arty systems yesterday.", want: [][]string{{"equipment:tanks Russia/ [3..3]"}, {"equipment:artillery Russia/ [42..42]"}}},
		{text: "The Orcs lost 42 arty systems yesterday.", want: [][]string{{"equipment:artillery Russia/ [42..42]"}}},
		{text: "Russia lost 2 EW systems near Kherson yesterday.", want: [][]string{{"equipment:other Russia/ [2..2]"}}},
		{text: "Russian forces lost 2x T-90M tanks and 3x BMP-3 IFVs near Pokrovsk yesterday.", want: [][]string{{"equipment:tanks Russia/ [2..2]"}, {"equipment:armoured_vehicles Russia/ [3..3]"}}},
		{text: "Ukraine lost 3x Leopard 2A6 near Pokrovsk yesterday.", want: [][]string{{"equipment:tanks Ukraine/ [3..3]"}}},
		{text: "Russian forces lost two T-72B3s and a BMP-2 near Pokrovsk yesterday.", want: [][]string{{"equipment:tanks Russia/ [2..2]"}, {"equipment:armoured_vehicles Russia/ [1..1]"}}},
		// A model's name before its noun is the noun's: missiles,
		// rockets, shells.
		{text: "Ukraine fired 12 HIMARS rockets and 4 Patriot missiles at Russian positions.", want: nil},
		{text: "Air defence shot down 3 Shahed drones overnight.", want: [][]string{{"equipment:drones / [3..3]"}}},
		// A factor is no count.
		{text: "Russia lost 3x more tanks than Ukraine.", want: nil},
		// A name that is no machine's.
		{text: "Russia lost 2 Grad-era veterans in the attack.", want: [][]string{{"casualties Russia/", "[2..2]"}}},
	})
}

// Posts' codes and hashtags of the sides name them as the words do; a
// tag after the sentence is its topic.
func TestSideCodesAndTags(t *testing.T) {
	runCases(t, []claimCase{
		{text: "RU lost 1,130 troops in the past 24h.", want: [][]string{{"casualties Russia/military [1130..1130]"}}},
		{text: "UA lost 1,130 troops in the past 24h.", want: [][]string{{"casualties Ukraine/military [1130..1130]"}}},
		{text: "Ukraine's General Staff: RU lost 1,130 troops in the past 24h.", want: [][]string{{"casualties Russia/military [1130..1130]"}}},
		{text: "Drone team hit 2 RU T-72s near Pokrovsk.", want: [][]string{{"equipment:tanks Russia/ [2..2]"}}},
		{text: "RU MoD: 112 UA drones shot down overnight.", want: [][]string{{"equipment:drones Ukraine/ [112..112]"}}},
		// A domain's or a language's code names no side.
		{text: "The site mil.gov.ua said 12 soldiers were killed.", want: [][]string{{"killed /military [12..12]"}}},
		{text: "#Russia lost 1,130 troops in the past 24h.", want: [][]string{{"casualties Russia/military [1130..1130]"}}},
		{text: "#Russian forces lost 1,130 troops in the past 24h.", want: [][]string{{"casualties Russia/military [1130..1130]"}}},
		{text: "12 children killed in #Gaza in the past 24 hours, says UNICEF.", want: [][]string{{"killed Palestinians in Gaza/civilian [12..12]"}}},
		{text: "Russian missile strike on Kryvyi Rih kills 9. #Russia #Ukraine", want: [][]string{{"killed Ukraine/", "[9..9]"}}},
	})
}

// Soldiers' shorthand joined counts the kinds together, and names
// soldiers.
func TestKIAShorthand(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces lost 1,130 troops KIA+WIA in the past 24h.", want: [][]string{{"casualties Russia/military [1130..1130]"}}},
		{text: "Russian forces lost 120 KIA/WIA near Pokrovsk.", want: [][]string{{"casualties Russia/military [120..120]"}}},
		{text: "Russian forces lost 120 KIA and WIA near Pokrovsk.", want: [][]string{{"casualties Russia/military [120..120]"}}},
		{text: "Russia has suffered c. 250k KIA/MIA since 2022.", want: [][]string{{"killed_or_missing Russia/military [250000..250000]"}}},
		{text: "Russia lost 16,000 KIA in the Avdiivka sector.", want: [][]string{{"killed Russia/military [16000..16000]"}}},
		{text: "Ukraine: 43,000 KIA since 2022, Zelensky says.", want: [][]string{{"killed Ukraine/military [43000..43000]"}}},
		{text: "Israel: 405 KIA in the Gaza ground op.", want: [][]string{{"killed Israel/military [405..405]"}}},
		{text: "Ukraine lost 3,000 WIA in May.", want: [][]string{{"wounded Ukraine/military [3000..3000]"}}},
		// A machine's designation with a slash stays one.
		{text: "Two F/A-18 fighters were lost.", want: [][]string{{"equipment:aircraft / [2..2]"}}},
	})
}

// Posts' slash of a rate: "1,100/day".
func TestSlashRates(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties averaged 1,100/day in May 2025.", want: [][]string{{"casualties Russia/military [1100..1100]/day"}}},
		{text: "Russian casualties averaged 1,100/d in May 2025.", want: [][]string{{"casualties Russia/military [1100..1100]/day"}}},
		{text: "Russian casualties averaged 8,000/week in May 2025.", want: [][]string{{"casualties Russia/military [8000..8000]/week"}}},
		{text: "Russia lost 30,000/month in the spring of 2025.", want: [][]string{{"casualties Russia/military [30000..30000]/month"}}},
	})
}
