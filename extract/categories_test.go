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

// TestJoinedCategories down to TestLostNoLoss write each figure with
// its bound and period in one want ("[20..20] point 2025-06-02→…"):
// with nothing between them, the claim is checked not to be approximate.

// Two or more things that befell people, joined, are the category that
// holds them all.
func TestJoinedCategories(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces lost 1,500 dead, wounded and missing within a week.", want: [][]string{{"casualties Russia/", "[1500..1500] point 2025-06-05→2025-06-12"}}},
		{text: "Ukraine says 1,500 Russian soldiers were captured or killed in the operation last week.", want: [][]string{{"casualties Russia/", "[1500..1500] point 2025-06-02→2025-06-08"}}},
		{text: "Some 300 Ukrainian soldiers were taken prisoner or killed in the battle last week.", want: [][]string{{"casualties Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"}}},
		{text: "Some 300 Ukrainian soldiers were dead or captured last week.", want: [][]string{{"casualties Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"}}},
		{text: "The strike left 60 people injured or dead on Monday.", want: [][]string{{"casualties /", "[60..60] point 2025-06-09→2025-06-09"}}},
		{text: "Some 300 Ukrainian soldiers were captured or went missing last week.", want: [][]string{{"casualties Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"}}},
		{text: "Some 300 Ukrainian soldiers were wounded or went missing last week.", want: [][]string{{"casualties Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"}}},
		// The killed and missing together have their own category.
		{text: "Some 300 Ukrainian soldiers were killed or missing last week.", want: [][]string{{"killed_or_missing Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"}}},
		{text: "Some 300 Ukrainian soldiers were dead or went missing last week.", want: [][]string{{"killed_or_missing Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"}}},
		{text: "Some 300 Ukrainian soldiers were missing or have been killed since May.", want: [][]string{{"killed_or_missing Ukraine/", "[300..300] point ~ 2025-05-01→2025-06-12"}}},
		// Each figure its own: nothing joined.
		{text: "Some 300 Ukrainian soldiers were killed, 20 wounded and 5 missing last week.", want: [][]string{
			{"killed Ukraine/", "[300..300] point ~ 2025-06-02→2025-06-08"},
			{"wounded Ukraine/", "[20..20] point 2025-06-02→2025-06-08"},
			{"missing Ukraine/", "[5..5] point 2025-06-02→2025-06-08"},
		}},
		{text: "The strike killed 5 people and injured 12 on Monday.", want: [][]string{
			{"killed /", "[5..5] point 2025-06-09→2025-06-09"},
			{"wounded /", "[12..12] point 2025-06-09→2025-06-09"},
		}},
		{text: "Five people were killed and hostages were taken in the raid on Monday.", want: [][]string{{"killed /", "[5..5] point 2025-06-09→2025-06-09"}}},
	})
}

// "N of them" after equipment struck by weapons: the equipment struck.
func TestOfThemNotInstrument(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine said 8 Russian tanks were hit by FPV drones near Pokrovsk on Monday, 5 of them burned out.", want: [][]string{
			{"equipment:tanks Russia/", "[8..8] point 2025-06-09→2025-06-09"},
			{"equipment:tanks Russia/", "[5..5] point 2025-06-09→2025-06-09"},
		}},
		{text: "Israel said 6 of its Merkava tanks were hit by anti-tank missiles on Tuesday, 2 of them knocked out completely.", want: [][]string{
			{"equipment:tanks Israel/", "[6..6] point 2025-06-10→2025-06-10"},
			{"equipment:tanks Israel/", "[2..2] point 2025-06-10→2025-06-10"},
		}},
		{text: "Israel said 6 Merkava tanks were struck with missiles on Tuesday, 2 of them were knocked out.", want: [][]string{
			{"equipment:tanks Israel/", "[6..6] point 2025-06-10→2025-06-10"},
			{"equipment:tanks Israel/", "[2..2] point 2025-06-10→2025-06-10"},
		}},
		// Counted weapons are what "them" stands for.
		{text: "Russia attacked Ukraine with 117 drones overnight, and Ukrainian forces downed 79 of them.", want: [][]string{{"equipment:drones Russia/", "[79..79] point 2025-06-11→2025-06-12"}}},
	})
}

// "fatal" said of casualties counted is killed; of another noun, nothing.
func TestFatalCasualties(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The battalion suffered 120 casualties, 40 of them fatal.", want: [][]string{
			{"casualties /", "[120..120] point →2025-06-12"},
			{"killed /", "[40..40] point →2025-06-12"},
		}},
		{text: "Of the 120 casualties the battalion suffered, 40 were fatal.", want: [][]string{
			{"casualties /", "[120..120] point →2025-06-12"},
			{"killed /", "[40..40] point →2025-06-12"},
		}},
		{text: "The brigade suffered 120 casualties, of which 40 were fatal.", want: [][]string{
			{"casualties /", "[120..120] point →2025-06-12"},
			{"killed /", "[40..40] point →2025-06-12"},
		}},
		{text: "The army suffered 120 fatal casualties last week.", want: [][]string{{"killed /", "[120..120] point 2025-06-02→2025-06-08"}}},
		{text: "There were 12 fatal attacks on aid workers in Sudan last year.", want: nil},
	})
}

// "+/-" is "±": one figure and its margin.
func TestPlusMinusMargin(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian forces lost 500 +/- 50 troops near Pokrovsk yesterday.", want: [][]string{{"casualties Russia/", "[450..550] range 2025-06-11→2025-06-11"}}},
		{text: "Russian forces lost 500+/-50 troops near Pokrovsk yesterday.", want: [][]string{{"casualties Russia/", "[450..550] range 2025-06-11→2025-06-11"}}},
		{text: "Russian forces lost 500 ± 50 troops near Pokrovsk yesterday.", want: [][]string{{"casualties Russia/", "[450..550] range 2025-06-11→2025-06-11"}}},
	})
}

// "only" between a loss verb and its figure plays it down, no more.
func TestOnlyBeforeFigure(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The army said it had lost only nine men.", want: [][]string{{"casualties /", "[9..9] point →2025-06-12"}}},
		{text: "The army said it had lost only nine soldiers.", want: [][]string{{"casualties /", "[9..9] point →2025-06-12"}}},
		{text: "The army said it lost merely nine men.", want: [][]string{{"casualties /", "[9..9] point →2025-06-12"}}},
		{text: "The army said it had lost just nine men.", want: [][]string{{"casualties /", "[9..9] point →2025-06-12"}}},
	})
}

// "voluntarily surrendered" are captured as "surrendered" are.
func TestSurrenderedAdverb(t *testing.T) {
	runCases(t, []claimCase{
		{text: "More than 1,000 Russian soldiers have voluntarily surrendered since 2022.", want: [][]string{{"captured Russia/", "[1000..·] more_than 2022-02-24→2025-06-12"}}},
		{text: "Some 200 Ukrainian troops willingly surrendered last week.", want: [][]string{{"captured Ukraine/", "[200..200] point ~ 2025-06-02→2025-06-08"}}},
	})
}

// "lost" that is no loss in war.
func TestLostNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The 155th Marine Brigade, which lost 1,700 men to desertion, was sent to Pokrovsk.", want: nil},
		{text: "The army lost contact with 20 soldiers near Pokrovsk on Tuesday.", want: nil},
		{text: "The army lost touch with 20 soldiers near Pokrovsk on Tuesday.", want: nil},
		{text: "The army lost 20 soldiers near Pokrovsk on Tuesday.", want: [][]string{{"casualties Ukraine/", "[20..20] point 2025-06-10→2025-06-10"}}},
	})
}

// "the 1,200 confirmed by …" is the count's figure, named by the loss
// noun before the comparison.
func TestCountedAfterThe(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The death toll is likely far higher than the 1,200 confirmed by the health ministry.", want: [][]string{{"killed", "[1200..1200]"}}},
		{text: "The real toll is higher than the 1,200 deaths confirmed by the health ministry.", want: [][]string{{"killed", "[1200..1200]"}}},
		{text: "The death toll exceeds the 1,200 confirmed by officials.", want: [][]string{{"killed", "[1200..1200]"}}},
		{text: "Casualties are thought to exceed the 5,000 recorded by the UN.", want: [][]string{{"casualties", "[5000..5000]"}}},
		{text: "Russia's losses are far above the 1,200 documented by Mediazona.", want: [][]string{{"casualties Russia/", "[1200..1200]"}}},
		// A figure the participle counts without "the" is no bare figure.
		{text: "The ministry said 1,200 confirmed cases of cholera were recorded.", want: nil},
	})
}

// The whole of "N of M men" is the men there were, no loss of its own,
// unless the loss follows it.
func TestWholeOfPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The brigade was shattered: 1,200 of 1,600 men were killed or wounded.", want: [][]string{{"casualties", "[1200..1200]"}}},
		{text: "The battalion lost 300 of 500 soldiers in a week.", want: [][]string{{"casualties", "[300..300]"}}},
		{text: "The battalion lost 300 of its 500 soldiers in a week.", want: [][]string{{"casualties", "[300..300]"}}},
		{text: "12 of the 14 missiles were intercepted.", want: [][]string{{"equipment:missiles", "[12..12]"}}},
		{text: "Air defences shot down 66 of 104 Russian drones.", want: [][]string{{"equipment:drones", "[66..66]"}}},
		// The whole is a loss too when its own loss word follows.
		{text: "12 of 40 killed were children.", want: [][]string{
			{"killed", "[12..12]"},
			{"killed", "[40..40]"},
		}},
		{text: "12 of 40 soldiers killed were conscripts.", want: [][]string{
			{"killed", "[12..12]"},
			{"killed", "[40..40]"},
		}},
	})
}

// A post's "1,100/day" after any verb is a bare rate, as "1,100 a day"
// is.
func TestSlashRate(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian losses run at about 1,100/day, the UK MoD estimates.", want: [][]string{{"casualties Russia/", "[1100..1100]/day"}}},
		{text: "Russian losses ran at 1,100/day.", want: [][]string{{"casualties Russia/", "[1100..1100]/day"}}},
		{text: "Russian casualties are running at 1,100/day.", want: [][]string{{"casualties Russia/", "[1100..1100]/day"}}},
		{text: "Russian losses averaged 1,100/day.", want: [][]string{{"casualties Russia/", "[1100..1100]/day"}}},
		{text: "Russian losses run at 1,100/week in June.", want: [][]string{{"casualties Russia/", "[1100..1100]/week"}}},
		// A slash that is no rate leaves the figure unnamed.
		{text: "Russian losses run at 1,100/1,200.", want: nil},
	})
}

// "lost four of their own" after a count of machines is of the same
// machines, the doers'.
func TestLostOfTheirOwn(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukrainian forces destroyed 14 Russian tanks near Pokrovsk and lost four of their own.", want: [][]string{
			{"equipment:tanks Russia/", "[14..14]"},
			{"equipment:tanks Ukraine/", "[4..4]"},
		}},
		{text: "Russian forces destroyed 14 Ukrainian tanks but lost 12 of their own, the monitor said.", want: [][]string{
			{"equipment:tanks Ukraine/", "[14..14]"},
			{"equipment:tanks Russia/", "[12..12]"},
		}},
		{text: "Ukraine destroyed 30 Russian drones and lost 2 of its own.", want: [][]string{
			{"equipment:drones Russia/", "[30..30]"},
			{"equipment:drones Ukraine/", "[2..2]"},
		}},
		// People after people stay people.
		{text: "Ukrainian forces killed 200 Russian soldiers and lost 40 of their own.", want: [][]string{
			{"killed Russia/", "[200..200]"},
			{"casualties Ukraine/", "[40..40]"},
		}},
	})
}

// "a" and a model whose letters name its kind, then the passive of its
// loss, count one machine.
func TestSingleModelPassive(t *testing.T) {
	runCases(t, []claimCase{
		{text: "A Russian Su-34 was shot down on Tuesday, the Ukrainian air force said.", want: [][]string{{"equipment:aircraft Russia/", "[1..1]", "2025-06-10→2025-06-10"}}},
		{text: "A Russian Ka-52 was destroyed near Kherson on Monday.", want: [][]string{{"equipment:helicopters Russia/", "[1..1]", "2025-06-09→2025-06-09"}}},
		{text: "A Ukrainian Su-27 was lost in a crash on Tuesday.", want: [][]string{{"equipment:aircraft Ukraine/", "[1..1]"}}},
		{text: "A Russian Su-34 fighter-bomber was shot down on Tuesday.", want: [][]string{{"equipment:aircraft Russia/", "[1..1]"}}},
		// A model seen, not lost.
		{text: "A Russian Su-34 was spotted over Kursk on Tuesday.", want: nil},
	})
}

// "estimated at" hedges its figure as "an estimated" does; a study's
// verb with its subject does not.
func TestEstimatedAtHedge(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties are estimated at 600,000.", want: [][]string{{"casualties Russia/military", "[600000..600000] point ~"}}},
		{text: "The number of Russian dead is estimated at 150,000, according to the UK.", want: [][]string{{"killed Russia/military", "[150000..150000] point ~"}}},
		{text: "Russia's losses are put at 600,000.", want: [][]string{{"[600000..600000] point 2022-02-24→2025-06-12"}}},
		{text: "Ukraine's population is estimated at 31 million.", want: nil},
	})
}

// A fleet's size is no loss; only the part of it lost is: "Of Ukraine's
// 31 Abrams tanks, 20 have been destroyed".
func TestFleetSizeNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Of Ukraine's 31 Abrams tanks, 20 have been destroyed.", want: [][]string{{"equipment:tanks", "[20..20]", "point"}}},
		{text: "Of Germany's 18 Leopard tanks, 12 were destroyed.", want: [][]string{{"equipment:tanks", "[12..12]", "point"}}},
		{text: "Of its 31 Abrams, Ukraine has lost 20.", want: [][]string{{"equipment:tanks", "[20..20]", "point"}}},
		{text: "Out of 31 Abrams tanks delivered, 20 have been destroyed.", want: [][]string{{"equipment:tanks", "[20..20]", "point"}}},
		{text: "Of the 300 Bradleys sent, 200 destroyed.", want: [][]string{{"equipment:armoured_vehicles", "[200..200]"}}},
		{text: "Ukraine received 31 Abrams; at least 20 were lost.", want: [][]string{{"equipment:tanks", "[20..·]", "at_least"}}},
		{text: "Ukraine received 31 Abrams, and at least 20 were lost.", want: [][]string{{"equipment:tanks", "[20..·]", "at_least"}}},
		{text: "Germany delivered 18 Leopard tanks; 12 were destroyed.", want: [][]string{{"equipment:tanks", "[12..12]", "point"}}},
		{text: "The US sent 300 Bradleys to Ukraine, and 200 have been destroyed.", want: [][]string{{"equipment:armoured_vehicles", "[200..200]"}}},
		// Unchanged: the whole named after the part.
		{text: "Ukraine has lost 20 of its 31 Abrams tanks.", want: [][]string{{"equipment:tanks", "[20..20]", "point"}}},
		// People lost after a delivery stay people.
		{text: "Russia fired 40 missiles at Kyiv, and 20 people were killed.", want: [][]string{{"killed", "[20..20]"}}},
	})
}

// A fleet named by a hyphenated model ("Su-34", "Ka-52") is a whole as
// "Of Ukraine's 31 Abrams tanks" is: only its lost part is a loss.
func TestFleetSizeByModelNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Of Russia's 300 Su-34 bombers, 35 have been destroyed.", want: [][]string{{"equipment:aircraft", "[35..35]"}}},
		{text: "Of Russia's 140 Ka-52 helicopters, 40 have been lost.", want: [][]string{{"equipment:helicopters", "[40..40]"}}},
		{text: "Of the 60 F-16s pledged, Ukraine has lost 5.", want: [][]string{{"equipment:aircraft", "[5..5]"}}},
		{text: "Of its 100 Tu-22M3 bombers, Russia has lost 12.", want: [][]string{{"equipment:aircraft", "[12..12]"}}},
		// A model's loss stays a loss.
		{text: "Russia has lost 35 Su-34 bombers.", want: [][]string{{"equipment:aircraft", "[35..35]"}}},
	})
}

// A delivery's part lost after ", N of which" is a loss of the equipment
// delivered, the delivery none.
func TestDeliveryPartOfWhichLost(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine received 31 Abrams tanks, 20 of which have been destroyed, according to Oryx.", want: [][]string{{"equipment:tanks Ukraine/", "[20..20]", "src=Oryx"}}},
		{text: "Germany sent 18 Leopard tanks, 12 of them have been destroyed.", want: [][]string{{"equipment:tanks", "[12..12]"}}},
		{text: "Ukraine received 31 Abrams tanks, 20 of which were destroyed and 5 damaged.", want: [][]string{
			{"equipment:tanks", "[20..20]"},
			{"equipment:tanks", "[5..5]"},
		}},
		// A delivery alone is no loss.
		{text: "Ukraine received 31 Abrams tanks, 20 of which arrived in 2024.", want: nil},
	})
}

// A bare "N were lost/destroyed" opening a sentence counts the equipment
// the sentence before named, when that sentence named no people.
func TestBareLossOfEquipmentBefore(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine received 31 Abrams. At least 20 were lost.", want: [][]string{{"equipment:tanks Ukraine/ [20..·] at_least"}}},
		{text: "Ukraine received 31 Abrams. At least 20 were destroyed.", want: [][]string{{"equipment:tanks Ukraine/ [20..·] at_least"}}},
		{text: "Ukraine received 300 Bradleys. Of these, 100 were lost.", want: [][]string{{"equipment:armoured_vehicles Ukraine/ [100..100]"}}},
		{text: "The US sent 31 Abrams tanks to Ukraine. 19 have been lost so far.", want: [][]string{{"equipment:tanks", "[19..19]"}}},
		{text: "Germany delivered 18 Leopard 2A6 tanks in 2023. Six were damaged and two were destroyed.", want: [][]string{
			{"equipment:tanks", "[6..6]"},
			{"equipment:tanks", "[2..2]"},
		}},
		{text: "Russia launched 96 drones overnight. 62 were destroyed.", want: [][]string{{"equipment:drones Russia/ [62..62]"}}},
		// People named, or a sentence between: no equipment.
		{text: "Russia sent 500 soldiers to the village. At least 200 were lost.", want: [][]string{{"casualties Russia/military [200..·]"}}},
		{text: "Ukraine received 31 Abrams. The war goes on. At least 20 were lost.", want: [][]string{{"casualties", "[20..·]"}}},
	})
}

// "1,100 destroyed or captured tanks": losses of either status, all
// losses (status null).
func TestDestroyedOrCapturedNoStatus(t *testing.T) {
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

// Wounded prisoners handed over in a swap are no wounded of the war's
// fighting: "the swap freed 84 wounded prisoners".
func TestSwapWoundedPrisonersNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The swap freed 84 wounded prisoners.", want: nil},
		{text: "Russia returned 84 wounded POWs to Ukraine.", want: nil},
		{text: "84 wounded prisoners were released in the swap.", want: nil},
		{text: "Ukraine received the bodies of 1,212 soldiers in the exchange.", want: nil},
		// Wounded soldiers, no swap: wounded.
		{text: "The strike left 84 wounded soldiers in hospital.", want: [][]string{{"wounded", "[84..84]"}}},
	})
}

// The wounded among prisoners of a swap are no wounded claim, however
// the part is put.
func TestSwapWoundedPartNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine and Russia exchanged 390 prisoners each, including 120 wounded soldiers.", want: nil},
		{text: "Ukraine and Russia exchanged 390 prisoners each, among them 120 severely wounded servicemen.", want: nil},
		{text: "Russia freed 84 Ukrainian POWs, 20 of them wounded.", want: nil},
		{text: "Ukraine brought home 95 defenders, including 20 seriously wounded.", want: nil},
		{text: "The swap freed 84 wounded prisoners.", want: nil},
		// Hostages or passengers freed were hurt in the attack.
		{text: "By Wednesday night, 354 passengers had been freed, 37 of them with injuries.", want: [][]string{{"wounded", "[37..37]"}}},
		// A hospital's intake is no swap.
		{text: "The hospital received 300 patients, including 120 wounded soldiers.", want: [][]string{{"wounded", "[120..120]"}}},
		// Another clause's wounded stay.
		{text: "Russia released 150 Ukrainian soldiers; shelling wounded 30 people in Kharkiv.", want: [][]string{{"wounded", "[30..30]"}}},
	})
}

// Wounded captives handed back in a prisoner exchange, and the bodies of
// the dead handed over, are no new losses.
func TestSwapAndHandoverNoLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine got back 84 wounded prisoners of war in the exchange", want: nil},
		{text: "84 wounded Ukrainian prisoners of war were returned in the swap.", want: nil},
		{text: "Russia handed over 84 wounded Ukrainian POWs in a prisoner exchange.", want: nil},
		{text: "Ukraine brought home 84 seriously wounded soldiers in the latest swap.", want: nil},
		{text: "In the latest exchange, Ukraine got back 84 severely wounded soldiers.", want: nil},
		{text: "Russia returned the bodies of 1,212 soldiers", want: nil},
		{text: "Russia handed over the bodies of 1,212 Ukrainian soldiers on Friday.", want: nil},
		{text: "Russia returned 1,212 bodies of Ukrainian servicemen.", want: nil},
		{text: "The bodies of 1,212 Ukrainian soldiers were repatriated.", want: nil},
		{text: "The bodies of 909 soldiers have been returned to Ukraine.", want: nil},
		// An exchange of fire wounds; bodies found are of the dead.
		{text: "84 soldiers were wounded in an exchange of fire with Russian troops.", want: [][]string{{"wounded", "[84..84]"}}},
		{text: "The attack wounded 84 people, a day before the prisoner exchange.", want: [][]string{{"wounded", "[84..84]"}}},
		{text: "The bodies of 60 soldiers were found in the rubble.", want: [][]string{{"killed", "[60..60]"}}},
	})
}

// A fate learnt after the first count is the fate: "Of the 400 soldiers
// reported missing, 150 have since been confirmed dead" counts 150 dead,
// not 150 missing; and "confirmed" after the people's noun tells their
// fate, not who spoke.
func TestConfirmedDeadIsKilled(t *testing.T) {
	runCases(t, []claimCase{
		// (The 400 missing, a count of its own, may stand.)
		{text: "Of the 400 soldiers reported missing, 150 have since been confirmed dead.", want: [][]string{
			{"missing", "[400..400]"},
			{"killed", "[150..150]"},
		}},
		{text: "Of the 400 soldiers reported missing, 150 were later confirmed killed.", want: [][]string{
			{"missing", "[400..400]"},
			{"killed", "[150..150]"},
		}},
		{text: "Of those missing, 150 have since been confirmed dead.", want: [][]string{{"killed", "[150..150]"}}},
		{text: "Of the 400 soldiers listed as missing, 150 were found dead.", want: [][]string{{"killed", "[150..150]"}}},
		{text: "150 soldiers have since been confirmed dead.", want: [][]string{{"killed", "[150..150]"}}},
		{text: "150 since died of their wounds.", want: [][]string{{"killed", "[150..150]"}}},
		{text: "Mediazona counted 110,000 Russian soldiers confirmed dead.", want: [][]string{{"killed Russia/", "[110000..110000]"}}},
		{text: "Mediazona counted 110,000 confirmed dead Russian soldiers.", want: [][]string{{"killed Russia/", "[110000..110000]"}}},
		{text: "150 soldiers confirmed killed.", want: [][]string{{"killed", "[150..150]"}}},
		{text: "Ukraine published the names of 250 soldiers who fell in battle.", want: [][]string{{"killed", "[250..·]"}}},
		{text: "Ukraine published the names of 250 soldiers who fell in action.", want: [][]string{{"killed", "[250..·]"}}},
		// "since" before no fate opens a time, not a filler.
		{text: "Fighting has killed 514 people since insurgents launched their offensive.", want: [][]string{{"killed", "[514..514]"}}},
		// Speakers stay speakers.
		{text: "Two officers said 40 were killed.", want: [][]string{{"killed", "[40..40]"}}},
		{text: "Two soldiers confirmed the attack.", want: nil},
	})
}

// People named by an earlier fate ("captured near Kursk", "injured in
// the strike") whose clause tells their death count as dead.
func TestEarlierFateThenDeathIsKilled(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Five soldiers captured near Kursk in March have since been confirmed dead, Kyiv said.", want: [][]string{{"killed", "[5..5]"}}},
		{text: "12 people reported missing after the strike have since been confirmed dead.", want: [][]string{{"killed", "[12..12]"}}},
		{text: "20 civilians injured in the strike later died in hospital.", want: [][]string{{"killed", "[20..20]"}}},
		{text: "Two soldiers wounded on Monday died of their wounds.", want: [][]string{{"killed", "[2..2]"}}},
		{text: "Three soldiers taken prisoner in May were later found dead.", want: [][]string{{"killed", "[3..3]"}}},
		{text: "Seven soldiers captured in March have been killed in captivity.", want: [][]string{{"killed", "[7..7]"}}},
		// The first fate stays when no death follows, or another
		// clause's does.
		{text: "Five soldiers captured near Kursk were taken to Belgorod.", want: [][]string{{"captured", "[5..5]"}}},
		{text: "Twelve people were wounded and two died.", want: [][]string{
			{"wounded", "[12..12]"},
			{"killed", "[2..2]"},
		}},
		{text: "About 30 people were injured in the strike, which killed 5.", want: [][]string{
			{"wounded", "[30..30]", "~"},
			{"killed", "[5..5]"},
		}},
	})
}

// "have since been confirmed dead" tells a fate learnt later, no span
// since the war's start: the event's period holds.
func TestSinceConfirmedDeadKeepsEventPeriod(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Rescuers said 12 people had since been confirmed dead after the strike on Dnipro.", want: [][]string{{"killed", "[12..12]", "2025-06-11→2025-06-12"}}},
		{text: "Rescuers said 12 people had been confirmed dead after the strike on Dnipro.", want: [][]string{{"killed", "[12..12]", "2025-06-11→2025-06-12"}}},
		{text: "Of the 40 people reported missing after the strike, 12 have since been confirmed dead.", want: [][]string{
			{"missing", "[40..40]", "2025-06-11→2025-06-12"},
			{"killed", "[12..12]", "2025-06-11→2025-06-12"},
		}},
		// A "since" that opens a span still does.
		{text: "Russia has lost 150,000 soldiers since the invasion began.", want: [][]string{{"casualties", "[150000..150000]", "2022-02-24→2025-06-12"}}},
		{text: "Since then, 40 people have been killed in Kharkiv.", want: [][]string{{"killed", "[40..40]"}}},
	})
}

// "fell in battle", "fell at the front": dying, after the people however
// they are named.
func TestFellInBattleIsKilled(t *testing.T) {
	runCases(t, []claimCase{
		{text: "250 Ukrainian soldiers fell in battle last month", want: [][]string{{"killed Ukraine/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "Ukraine said 250 of its soldiers fell in battle last month.", want: [][]string{{"killed Ukraine/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "250 Ukrainian servicemen fell at the front in May.", want: [][]string{{"killed Ukraine/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "250 Russian soldiers fell in combat near Bakhmut last month.", want: [][]string{{"killed Russia/military [250..250]", "2025-05-01→2025-05-31"}}},
		{text: "Some 250 Ukrainian soldiers who fell in action were buried in May.", want: [][]string{{"killed Ukraine/military [250..250] point ~"}}},
		{text: "Some 250 Ukrainian troops have fallen in action since May.", want: [][]string{{"killed Ukraine/military [250..250] point ~"}}},
		// A count going down, a retreat: no deaths.
		{text: "The number of Ukrainian soldiers fell to 250 last month.", want: nil},
		{text: "250 Russian soldiers fell back from the village.", want: nil},
	})
}

// Verbs and words of killing that gave nothing: "martyring three
// policemen", "were lynched", "burned alive", "burnt to death", and
// "ethnic" before the people.
func TestKillingVerbsLynchedBurnedMartyred(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Militants attacked a checkpost in Bannu, martyring three policemen.", want: [][]string{{"killed Pakistan/military [3..3]"}}},
		{text: "Twelve suspected gang members were lynched by residents", want: [][]string{{"killed /all [12..12]"}}},
		{text: "Residents lynched three suspected kidnappers.", want: [][]string{{"killed /all [3..3]"}}},
		{text: "A mob was accused of lynching two men in the town.", want: [][]string{{"killed /all [2..2]"}}},
		{text: "Twelve people were burned alive when gang members set fire to homes", want: [][]string{{"killed /all [12..12]"}}},
		{text: "Twelve people were burnt to death when gang members set fire to homes", want: [][]string{{"killed /all [12..12]"}}},
		{text: "The attackers burned alive 12 villagers.", want: [][]string{{"killed /civilian [12..12]"}}},
		{text: "At least 60 ethnic Kukis were killed in the violence.", want: [][]string{{"killed /all [60..·]"}}},
		{text: "At least 200 ethnic Armenians were killed in the offensive", want: [][]string{{"killed Armenia/all [200..·]"}}},
		{text: "Some 300 ethnic Albanians died in the massacre.", want: [][]string{{"killed /all [300..300]"}}},
		// The living are no loss.
		{text: "Five hostages were found alive.", want: nil},
		{text: "Twenty hostages are alive, Israel believes.", want: nil},
	})
}

// "2,000 more people could be killed if the fighting continues": a
// loss foreseen, no claim; "may have been killed" is an estimate of
// what was.
func TestForeseenLossesNoClaim(t *testing.T) {
	runCases(t, []claimCase{
		{text: "As many as 2,000 more people could be killed if the fighting continues.", want: nil},
		{text: "The UN warned that thousands could be killed if the gangs take the capital.", want: nil},
		{text: "Up to 10,000 civilians may be killed if the offensive goes ahead.", want: nil},
		{text: "Hundreds more would be wounded in an assault on the city.", want: nil},
		{text: "An assault on Rafah could kill 10,000 people, the UN warned.", want: nil},
		{text: "Up to 10,000 people may be dead under the rubble.", want: [][]string{{"killed /all [·..10000]"}}},
		{text: "As many as 600,000 people may have been killed.", want: [][]string{{"killed /all [·..600000]"}}},
		{text: "An estimated 5,000 people could have been killed in the fighting.", want: [][]string{{"killed /all [5000..5000]"}}},
	})
}
