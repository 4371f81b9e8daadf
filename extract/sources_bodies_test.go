package extract

import "testing"

// A name in "s" takes the apostrophe alone as its possessive: the
// body's estimate, data or tally is its figure, as with "'s".
func TestPluralOwnerSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Airwars' estimate is that 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Airwars"}}},
		{text: "Airwars' data show 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Airwars"}}},
		{text: "Airwars' conservative estimate is that 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Airwars"}}},
		{text: "Airwars’ latest tally puts the number of civilians killed in Gaza in May at 212.", want: [][]string{{"[212..212]", "src=Airwars"}}},
		{text: "According to Airwars' estimate, 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Airwars"}}},
		{text: "Reuters' tally shows 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Reuters"}}},
		{text: "By Reuters' count, 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Reuters"}}},
		// A spokesman speaks for the body that owns him.
		{text: "The Houthis' spokesman said 12 Israeli soldiers were killed.", want: [][]string{{"killed Israel/military", "[12..12]", "src=Houthis"}}},
		// An apostrophe within a name stays the name's.
		{text: "The Sudan Doctors' Union said 40 civilians were killed in El Fasher.", want: [][]string{{"[40..40]", "src=Sudan Doctors' Union"}}},
		// Still the possessive "'s".
		{text: "Airwars's estimate is that 212 civilians were killed in Gaza in May.", want: [][]string{{"[212..212]", "src=Airwars"}}},
	})
}

// A body that investigated, analysed or reviewed the deaths is their
// source, as one that verified or documented them is.
func TestInvestigatingBodySource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Amnesty International investigated 19 strikes that killed 212 civilians in Gaza.", want: [][]string{{"[212..212]", "src=Amnesty International"}}},
		{text: "Human Rights Watch analysed 19 strikes that killed 212 civilians in Gaza.", want: [][]string{{"[212..212]", "src=Human Rights Watch"}}},
		{text: "Human Rights Watch analyzed 19 strikes that killed 212 civilians in Gaza.", want: [][]string{{"[212..212]", "src=Human Rights Watch"}}},
		{text: "Human Rights Watch examined 19 strikes that killed 212 civilians in Gaza.", want: [][]string{{"[212..212]", "src=Human Rights Watch"}}},
		{text: "Human Rights Watch reviewed 19 strikes that killed 212 civilians in Gaza.", want: [][]string{{"[212..212]", "src=Human Rights Watch"}}},
		{text: "Human Rights Watch verified 19 strikes that killed 212 civilians in Gaza.", want: [][]string{{"[212..212]", "src=Human Rights Watch"}}},
	})
}

// A bare "the interior ministry" or "the emergency service", which the
// registry holds for no side, is the service of the one state the
// sentence is about; a registry body still resolves as before.
func TestHomeBodySource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "A Russian strike on Ternopil killed 32 people, the interior ministry said.", want: [][]string{{"killed Ukraine/", "[32..32]", "src=Ukraine's interior ministry"}}},
		{text: "A Russian strike on Ternopil killed 32 people, the emergency service said.", want: [][]string{{"killed Ukraine/", "[32..32]", "src=Ukraine's emergency service"}}},
		{text: "Russian missiles killed 32 people in Ternopil, according to the interior ministry.", want: [][]string{{"killed Ukraine/", "[32..32]", "src=Ukraine's interior ministry"}}},
		{text: "Ukrainian drones killed 3 people in Belgorod, the interior ministry said.", want: [][]string{{"killed Russia/", "[3..3]", "src=Russia's interior ministry"}}},
		{text: "Gunmen killed 44 civilians at a mosque in Niger, the interior ministry said.", want: [][]string{{"[44..44]", "src=Niger's interior ministry"}}},
		{text: "An Israeli strike on Gaza City killed 32 people, the health ministry said.", want: [][]string{{"[32..32]", "src=Gaza Health Ministry"}}},
		{text: "Ukrainian forces shot down 40 Russian drones overnight, the defence ministry said.", want: [][]string{{"[40..40]", "src=Ministry of Defence of Ukraine"}}},
		// A side's body named before is the one meant.
		{text: "Ukraine's interior ministry said a strike on Kyiv killed 5. A Russian strike on Ternopil killed 32 people, the ministry said.", want: [][]string{{"[5..5]", "src=Ukraine's interior ministry"}, {"[32..32]", "src=Ukraine's interior ministry"}}},
	})
}

// The side that rebuts a claim speaks the figure after its "saying",
// not the sentence's first subject.
func TestRebuttalSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's defence ministry said it had shot down three Ukrainian jets, which Kyiv denied, saying it had lost one aircraft.", want: [][]string{
			{"[3..3]", "src=Ministry of Defence of the Russian Federation"},
			{"[1..1]", "src=Ukraine"},
		}},
		{text: "Russia's defence ministry said it had shot down three Ukrainian jets. Ukraine rejected the claim, saying it had lost one aircraft.", want: [][]string{
			{"[3..3]", "src=Ministry of Defence of the Russian Federation"},
			{"[1..1]", "src=Ukraine"},
		}},
		{text: "Ukraine's General Staff said 40 Russian soldiers were killed in Kursk, which Moscow disputed, saying only 12 had been killed.", want: [][]string{
			{"[40..40]", "src=General Staff of the Armed Forces of Ukraine"},
			{"[12..12]", "src=Russia"},
		}},
		{text: "M23 spokesman Lawrence Kanyuka rejected that account, saying the rebels had killed more than 200 government soldiers.", want: [][]string{{"[200..", "src=M23"}}},
		// No rebuttal: the first subject still says it.
		{text: "Zelensky broke with practice in an interview on Sunday, saying that 46,000 soldiers had been killed.", want: [][]string{{"[46000..46000]", "src=Zelensky"}}},
	})
}
