package extract

import (
	"strings"
	"testing"
)

// A title's abbreviation with its full stop is part of the speaker's
// name, and a spokesman speaks for the body he is the spokesman of.
func TestTitleAbbreviationsAndSpokesmen(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Two soldiers were killed in northern Gaza, said Lt. Col. Nadav Shoshani, an IDF spokesman.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		{text: "Two soldiers were killed in northern Gaza, said Nadav Shoshani, an IDF spokesman.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		{text: "Lt Col Nadav Shoshani, an IDF spokesman, said two soldiers were killed.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		{text: "Two soldiers were killed in northern Gaza, according to Lt. Col. Nadav Shoshani.", want: [][]string{{"[2..2]", "src=Nadav Shoshani"}}},
		{text: "Two soldiers were killed in northern Gaza, said Capt. Ella Waweya.", want: [][]string{{"[2..2]", "src=Ella Waweya"}}},
		{text: "Five people were killed in Kharkiv, said Gov. Oleh Syniehubov.", want: [][]string{{"[5..5]", "src=Oleh Syniehubov"}}},
		{text: "Five people were killed in Kharkiv, said Mr. Oleh Syniehubov, the Kharkiv governor.", want: [][]string{{"[5..5]", "src=Oleh Syniehubov"}}},
		{text: "Ten people were killed in Gaza, said Dr. Munir al-Bursh.", want: [][]string{{"[10..10]", "src=Munir al-Bursh"}}},
		{text: "Ten people were killed in Gaza, according to Maj. Gen. Ivan Ivanov.", want: [][]string{{"[10..10]", "src=Ivan Ivanov"}}},
		{text: "Ten people were killed in Gaza, said Sen. Lindsey Graham.", want: [][]string{{"[10..10]", "src=Lindsey Graham"}}},
		{text: "Hezbollah's spokesman, Mohammad Afif, said 5 fighters were killed.", want: [][]string{{"[5..5]", "src=Hezbollah"}}},
		{text: "A Hezbollah spokesman, Mohammad Afif, said 5 fighters were killed.", want: [][]string{{"[5..5]", "src=Hezbollah"}}},
		{text: "The Israeli military's spokesman, Brig. Gen. Effie Defrin, said two soldiers were killed.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		{text: "IDF spokesman Brig. Gen. Effie Defrin said two soldiers were killed.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		// A lone kind of body, capitalised as the sentence opens, names
		// no body of its own: the side's army, or none.
		{text: "Army spokesman Nabil Abdallah said 29 RSF fighters were killed.", want: [][]string{{"[29..29]", "src=Sudanese Armed Forces"}}},
		{text: "Army spokesman Nabil Abdallah said 29 soldiers were killed.", want: [][]string{{"[29..29]", "src="}}},
		// The person when no body is named in the appositive.
		{text: "Five people were killed in Kharkiv, said Oleh Syniehubov, the Kharkiv governor.", want: [][]string{{"[5..5]", "src=Oleh Syniehubov"}}},
		// "St." opens a place's name, which is no speaker.
		{text: "Three people were killed in St. Petersburg, police said.", want: [][]string{{"[3..3]", "src="}}},
	})
}

// An outlet that cites a named body relays the body's figure; a body
// the registry knows, or one citing mere data or unnamed people, speaks
// for itself.
func TestCitingNamedBody(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,200 soldiers over the past day, the Kyiv Independent reported, citing the General Staff.", want: [][]string{{"[1200..1200]", "src=General Staff of the Armed Forces of Ukraine"}}},
		{text: "Reuters, citing Ukraine's General Staff, said Russia lost 1,200 soldiers over the past day.", want: [][]string{{"[1200..1200]", "src=General Staff of the Armed Forces of Ukraine"}}},
		{text: "Russia lost 1,200 soldiers over the past day, Reuters reported citing Ukraine's General Staff.", want: [][]string{{"[1200..1200]", "src=General Staff of the Armed Forces of Ukraine"}}},
		{text: "Interfax, citing Russia's defence ministry, reported that 1,300 Ukrainian servicemen had been killed in the past week.", want: [][]string{{"[1300..1300]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "The number killed is nearing 500,000, The New York Times reported on Friday, citing U.S. officials.", want: [][]string{{"[·..500000] fewer_than", "src=The New York Times"}}},
		{text: "More than 14,100 children have been killed in Gaza, UNICEF said on Tuesday, citing Ministry of Health figures.", want: [][]string{{"[14100..·]", "src=UNICEF"}}},
	})
}

// A place that "recorded" deaths is where they were, not who counted
// them: the counter named elsewhere in the sentence is the source.
func TestPlaceRecorded(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Mali recorded 1,384 conflict deaths in 2024, according to ACLED.", want: [][]string{{"[1384..1384]", "src=ACLED"}}},
		{text: "The Gaza Strip recorded 95 deaths in 24 hours, the health ministry said.", want: [][]string{{"[95..95]", "src=Gaza Health Ministry"}}},
		{text: "Sudan's El Fasher recorded 62 civilian deaths in one week, the UN said.", want: [][]string{{"[62..62]", "src=UN"}}},
		{text: "Burkina Faso registered 2,300 conflict deaths in the first quarter, according to ACLED.", want: [][]string{{"[2300..2300]", "src=ACLED"}}},
		// A counter keeps the verb.
		{text: "Ukraine's General Staff recorded 1,200 Russian losses in the past day.", want: [][]string{{"[1200..1200]", "src=General Staff of the Armed Forces of Ukraine"}}},
		{text: "Mediazona recorded 1,200 Russian deaths in May.", want: [][]string{{"[1200..1200]", "src=Mediazona"}}},
	})
}

// The keeper of a tally is its source, as its compiler is.
func TestTallyKeptBy(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The tally kept by the Gaza health ministry stands at 55,104 dead.", want: [][]string{{"[55104..55104]", "src=Gaza Health Ministry"}}},
		{text: "The count maintained by the Gaza health ministry stands at 55,104 dead.", want: [][]string{{"[55104..55104]", "src=Gaza Health Ministry"}}},
		{text: "The tally compiled by the Gaza health ministry stands at 55,104 dead.", want: [][]string{{"[55104..55104]", "src=Gaza Health Ministry"}}},
		// Not whoever keeps anything else.
		{text: "Hostages were kept by Hamas in tunnels; 40 were killed.", want: [][]string{{"[40..40]", "src="}}},
	})
}

// A bare "the ministry" of a strike's toll of people is no defence
// ministry: the actor stays the side struck. Named as a defence
// ministry, or of soldiers and weapons, it still is one.
func TestBareMinistryOfPeople(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian missiles struck Odesa. Twelve people were killed, the ministry said.", want: [][]string{
			{"killed Ukraine/all", "[12..12]", "src="},
		}},
		{text: "Russian drones hit Kharkiv overnight. Five civilians, including two children, were killed, the ministry said.", want: [][]string{
			{"killed Ukraine/civilian", "[5..5]", "src="},
			{"killed Ukraine/civilian", "[2..2]", "src="},
		}},
		{text: "Russian missiles struck Odesa. At least 12 people were killed, according to the ministry.", want: [][]string{
			{"killed Ukraine/all", "[12..·]", "src="},
		}},
		{text: "Russian air defences shot down 96 Ukrainian drones overnight, the ministry said.", want: [][]string{
			{"equipment:drones", "[96..96]", "src=Ministry of Defence of the Russian Federation"},
		}},
	})
}

// A post's label names the source after what opens the post (an emoji,
// a flash word); a place or a heading word does not.
func TestPostLabelSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "BREAKING. IDF: 2 soldiers killed in southern Gaza today.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		{text: "BREAKING: IDF: 2 soldiers killed in southern Gaza today.", want: [][]string{{"[2..2]", "src=Israel Defense Forces"}}},
		{text: "Update. OCHA: 12 civilians killed in Gaza in the past 24 hours.", want: [][]string{{"[12..12]", "src=UN OCHA"}}},
		{text: "BREAKING: Per the Russian MoD, Ukraine lost 1,445 troops in the past day.", want: [][]string{{"[1445..1445]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "❗️ Per the Russian MoD, Ukraine lost 1,445 troops in the past day.", want: [][]string{{"[1445..1445]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "🚨 BREAKING: Per the Russian MoD, Ukraine lost 1,445 troops in the past day.", want: [][]string{{"[1445..1445]", "src=Ministry of Defence of the Russian Federation"}}},
		{text: "🚨 Iran Health Ministry: 224 killed in Israeli strikes since Friday.", pub: "2025-06-16", want: [][]string{{"[224..224]", "src=Iran Health Ministry"}}},
		{text: "UNICEF: 12 children killed in Gaza in the past 24 hours.", want: [][]string{{"[12..12]", "src=UNICEF"}}},
		{text: "UNRWA: 12 children killed in Gaza in the past 24 hours.", want: [][]string{{"[12..12]", "src=UNRWA"}}},
		{text: "Update. MDA: 3 people killed in Israel in the past 24 hours.", want: [][]string{{"[3..3]", "src=MDA"}}},
		// Places and heading words in capitals name no one.
		{text: "KYIV: 12 people killed in the past day.", want: [][]string{{"[12..12]", "src="}}},
		{text: "GAZA: 12 people killed in the past day.", want: [][]string{{"[12..12]", "src="}}},
		{text: "NOTE: 12 people killed in Gaza.", want: [][]string{{"[12..12]", "src="}}},
		{text: "UPDATE: 12 people killed in Gaza.", want: [][]string{{"[12..12]", "src="}}},
		{text: "Per day losses: 1,000 Russian troops.", want: [][]string{{"[1000..1000]", "src="}}},
	})
}

// A credit in brackets or a "Data:" line names the source; under a
// heading, of the figures below it.
func TestCreditSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Casualties (Source: Gaza Health Ministry)\nKilled: 55,104", want: [][]string{{"[55104..55104]", "src=Gaza Health Ministry"}}},
		{text: "At least 40 civilians were killed in Kharkiv last week (source: Ukrainian authorities).", want: [][]string{{"[40..·]", "src=Ukrainian authorities"}}},
		{text: "At least 40 civilians were killed in Kharkiv last week (Source: ACLED).", want: [][]string{{"[40..·]", "src=ACLED"}}},
		{text: "Data: ACLED. Burkina Faso recorded 2,300 conflict deaths in the first quarter.", want: [][]string{{"[2300..2300]", "src=ACLED"}}},
		{text: "Source: ACLED. Burkina Faso recorded 2,300 conflict deaths in the first quarter.", want: [][]string{{"[2300..2300]", "src=ACLED"}}},
		// "data" that is no credit's label.
		{text: "The data: 2,300 people were killed in the first quarter.", want: [][]string{{"[2300..2300]", "src="}}},
	})
}

// A capital speaks for its government, as "Kyiv said".
func TestCapitalSpeaksForGovernment(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Khartoum said 300 RSF fighters were killed.", want: [][]string{{"[300..300]", "src=Sudanese Armed Forces"}}},
		{text: "Port Sudan said 300 RSF fighters were killed.", want: [][]string{{"[300..300]", "src=Sudanese Armed Forces"}}},
		{text: "Islamabad said 30 Indian soldiers were killed.", want: [][]string{{"[30..30]", "src=Pakistan"}}},
		{text: "New Delhi said 300 Pakistani soldiers were killed.", want: [][]string{{"[300..300]", "src=India"}}},
		{text: "300 Pakistani soldiers were killed, New Delhi said.", want: [][]string{{"[300..300]", "src=India"}}},
		{text: "Damascus said 30 rebel fighters were killed.", want: [][]string{{"[30..30]", "src=Syria"}}},
		{text: "Bamako said 30 jihadists were killed.", want: [][]string{{"[30..30]", "src=Mali"}}},
		{text: "Kinshasa said 30 M23 fighters were killed.", want: [][]string{{"[30..30]", "src=DR Congo"}}},
		{text: "Naypyidaw said 30 resistance fighters were killed.", want: [][]string{{"[30..30]", "src=Myanmar"}}},
		// A capital where the losses happened is no source.
		{text: "In Beirut, 30 people were killed, the health ministry said.", want: [][]string{{"[30..30]", "src=Lebanon's health ministry"}}},
	})
}

// A credit line names the source of the figures above it even when
// its own line or theirs holds another cue of a source.
func TestCreditLineWithOtherCue(t *testing.T) {
	const gs = "src=General Staff of the Armed Forces of Ukraine"
	runCases(t, []claimCase{
		{text: "Russian losses rose to 1,000 a day, officials said. Data: Ukraine's General Staff.", want: [][]string{{gs}}},
		{text: "Russian losses rose to 1,000 a day, officials said. Source: Ukraine's General Staff.", want: [][]string{{gs}}},
		{text: "Russian losses rose to 1,000 a day, officials said. Figures: Ukraine's General Staff.", want: [][]string{{gs}}},
		{text: "Russian losses rose to 1,000 a day.\nStatistics: Ukraine's General Staff.", want: [][]string{{gs}}},
		{text: "Russian losses rose to 1,000 a day.\nData: Ukraine's General Staff.", want: [][]string{{gs}}},
		// A figure with its own "according to" keeps its source.
		{text: "Russia lost 900 troops on Monday, according to the UK MoD. Data: Ukraine's General Staff.", want: [][]string{{"src=UK Ministry of Defence"}}},
		// "Figures:" heading a list of figures credits no one.
		{text: "Figures: 40 killed, 120 wounded in Kharkiv.", want: [][]string{{"src="}, {"src="}}},
	})
}

// A junta speaks by the country it rules, as "Myanmar's military
// government" does; a bare "the junta", like "the military", names no
// body the registry knows.
func TestJuntaSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Myanmar's junta said 50 rebels were killed.", want: [][]string{{"src=Myanmar's junta"}}},
		{text: "Niger's junta said 20 soldiers were killed.", want: [][]string{{"src=Niger's junta"}}},
		{text: "Burkina Faso's junta acknowledged that 52 soldiers were killed near Diapaga.", want: [][]string{{"src=Burkina Faso's junta"}}},
		{text: "The Malian junta said 15 soldiers were killed.", want: [][]string{{"src=Malian junta"}}},
		{text: "Mali's military government said 15 soldiers were killed.", want: [][]string{{"src=Malian Armed Forces"}}},
		{text: "The junta said 15 soldiers were killed in Sagaing.", want: [][]string{{"src="}}},
	})
}

// A body's paper, with a word that dates or ranks it between the
// possessive and the noun.
func TestPossessiveReport(t *testing.T) {
	runCases(t, []claimCase{
		{text: "UCDP's annual report found that about 160,000 people were killed in state-based conflicts in 2024.", want: [][]string{{"[160000..", "src=UCDP"}}},
		{text: "UCDP's report found that about 160,000 people were killed in 2024.", want: [][]string{{"[160000..", "src=UCDP"}}},
		{text: "ACLED's latest report showed 160,000 people were killed in 2024.", want: [][]string{{"[160000..", "src=ACLED"}}},
		{text: "Russia's official figure, last updated in 2022, is 6,000 dead.", want: [][]string{{"[6000..", "src=Russia"}}},
		{text: "Russia's own count is 6,000 dead.", want: [][]string{{"[6000..", "src=Russia"}}},
		{text: "Russia's official estimate is 6,000 dead.", want: [][]string{{"[6000..", "src=Russia"}}},
		{text: "Russia's estimate is 6,000 dead.", want: [][]string{{"[6000..", "src=Russia"}}},
		// Not a paper: no source.
		{text: "Russia's new losses reached 6,000 dead.", want: [][]string{{"[6000..", "src="}}},
		// A body that publishes nothing gives no figure.
		{text: "Ukraine, for its part, publishes nothing; a figure of 10,000 killed was retracted.", want: [][]string{{"[10000..", "src="}}},
	})
}

// "with X recording N": the body counts in an absolute clause.
func TestWithGerundSource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Myanmar was the third-deadliest conflict of 2024, with ACLED recording more than 15,000 fatalities.", pub: "2025-01-02", want: [][]string{{"[15000..", "src=ACLED"}}},
		{text: "The war dragged on, with Airwars documenting at least 1,200 civilian deaths in 2024.", pub: "2025-01-02", want: [][]string{{"[1200..", "src=Airwars"}}},
		{text: "Fighting spread across the country, with ACLED counting 2,000 deaths in May.", pub: "2025-01-02", want: [][]string{{"[2000..", "src=ACLED"}}},
		// A participle about people is no source.
		{text: "Thirty journalists reporting from Gaza were killed in 2024.", pub: "2025-01-02", want: [][]string{{"[30..", "src="}}},
	})
}

// A bare "the army" takes the army of the sentence's country; a war's
// armed group or civilians name their country's army.
func TestBareArmySource(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In Sudan, the army said it had killed 3,000 RSF fighters in Khartoum.", want: [][]string{{"[3000..", "src=Sudanese Armed Forces"}}},
		{text: "In 2024, Sudan's paramilitary RSF lost an estimated 20,000 fighters, the army claimed.", want: [][]string{{"[20000..", "src=Sudanese Armed Forces"}}},
		{text: "The RSF lost more than 2,000 fighters, the army said.", want: [][]string{{"[2000..", "src=Sudanese Armed Forces"}}},
		{text: "Seven Colombian soldiers were killed in an ambush, the army said.", want: [][]string{{"[7..", "src=Colombia's army"}}},
		{text: "Five Rwandan soldiers were killed, the army said.", want: [][]string{{"[5..", "src=Rwanda's army"}}},
		{text: "Two Israeli soldiers were killed in Gaza, the military said.", want: [][]string{{"[2..", "src=Israel Defense Forces"}}},
	})
}

// Armed groups by name and kind; speakers placed somewhere.
func TestArmedGroupSpeakers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Fano militiamen said they killed more than 200 ENDF soldiers.", want: [][]string{{"[200..", "src=Fano"}}},
		{text: "Fano militia claimed it killed 200 ENDF soldiers.", want: [][]string{{"[200..", "src=Fano"}}},
		{text: "Al-Shabaab fighters said they killed 30 soldiers.", want: [][]string{{"[30..", "src=al-Shabaab"}}},
		{text: "M23 rebels said they killed 50 FARDC soldiers.", want: [][]string{{"[50..", "src=M23"}}},
		// Where the speakers serve is no speaker.
		{text: "Rwandan troops deployed in Cabo Delgado said they had killed 23 insurgents.", want: [][]string{{"[23..", "src="}}},
		{text: "The Sudanese army based in Omdurman said it had killed 300 RSF fighters.", want: [][]string{{"[300..", "src=Sudanese Armed Forces"}}},
	})
}

// A news agency's byline line keeps its break: its names are no
// source of the line after it.
func TestBylineLine(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Reporting by Tom Balmforth; Editing by Alex Richardson\nUkraine says Russia lost 1,000 troops.", want: [][]string{{"[1000..1000]", "src=Ukraine"}}},
		{text: "(Additional reporting by Olena Harmash in Kyiv; Writing by Tom Balmforth; Editing by Alex Richardson)\nUkraine says Russia lost 1,000 troops.", want: [][]string{{"src=Ukraine"}}},
		{text: "Writing by Tom Balmforth; editing by Alex Richardson and Mark Heinrich\nThe UN says 40 civilians were killed in Sumy.", want: [][]string{{"[40..40]", "src=UN"}}},
		{text: "Compiled by the Kyiv Independent news desk for readers\nUkraine says Russia lost 1,000 troops.", want: [][]string{{"src=Ukraine"}}},
	})
}

// figureSource is a text, the low figure of one of its claims and the
// source that claim must carry ("" for none): for texts whose other
// claims are not at issue.
type figureSource struct {
	text   string
	low    float64
	source string
}

func checkFigureSources(t *testing.T, published string, tests []figureSource) {
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
			var quotes []string
			for _, c := range cs {
				quotes = append(quotes, c.Quote)
			}
			t.Errorf("%q: no claim of %v (got %s)", tt.text, tt.low, strings.Join(quotes, "; "))
		}
	}
}

// A bare "the health ministry" is the ministry of the side its own
// sentence is about, not the one a sentence before named for another.
func TestBareMinistryOfSentenceSide(t *testing.T) {
	const gaza = "More than 23,000 Palestinians were killed in Gaza in 2024, the health ministry said. "
	checkFigureSources(t, "2025-06-12", []figureSource{
		{"Gaza: More than 23,000 Palestinians were killed in 2024, the health ministry said. Lebanon: Israeli strikes killed more than 4,000 people in Lebanon, the health ministry said.", 4000, "Lebanon's health ministry"},
		{"Gaza: More than 23,000 Palestinians were killed in 2024, the health ministry said. Lebanon: Israeli strikes killed more than 4,000 people in Lebanon, the health ministry said.", 23000, "Gaza Health Ministry"},
		{gaza + "In Lebanon, more than 4,000 people were killed, according to the health ministry.", 4000, "Lebanon's health ministry"},
		{gaza + "Israeli strikes have killed 4,000 Lebanese, the health ministry said.", 4000, "Lebanon's health ministry"},
		{"Gaza's health ministry said 23,000 Palestinians were killed in 2024. Israeli strikes have killed 4,000 Lebanese, the health ministry said.", 4000, "Lebanon's health ministry"},
		{"Lebanon's health ministry said 4,000 were killed. In Gaza, 50 Palestinians were killed on Monday, the health ministry said.", 50, "Gaza Health Ministry"},
		// The same side's sentence keeps the ministry named before.
		{gaza + "Another 50 were killed in Gaza on Monday, the ministry said.", 50, "Gaza Health Ministry"},
		// A defence ministry counts the enemy's losses: the side the
		// sentence names is no guide to it.
		{"Russia's defence ministry said its forces had repelled attacks. Air defences downed 22 Ukrainian drones overnight, the ministry said.", 22, "Ministry of Defence of the Russian Federation"},
	})
}

// "according to X" set off by commas between a figure and a bare
// noun phrase joined on by "and" speaks for the figure before it alone.
func TestAccordingToAsideScope(t *testing.T) {
	checkFigureSources(t, "2025-06-12", []figureSource{
		{"Israel's 12-day war with Iran killed 1,060 Iranians, according to Tehran, and 28 people in Israel.", 28, ""},
		{"Israel's 12-day war with Iran killed 1,060 Iranians, according to Tehran, and 28 people in Israel.", 1060, "Iran"},
		{"Russia has lost 3,000 tanks, according to Oryx, and Ukraine 1,000.", 1000, ""},
		{"The war killed 1,060 Iranians, according to Iran's health ministry, and 28 people in Israel, according to Israeli officials.", 28, "Israeli officials"},
		{"In Israel, 28 people were killed by Iranian missile fire, according to the Prime Minister's Office, and more than 3,200 were treated in hospitals for injuries, Israel's Health Ministry said.", 3200, "Israel's Health Ministry"},
		// A clause of its own after the "and" is still the aside's.
		{"At least 850 Palestinians have been killed in the West Bank since October 2023, according to the UN Office for the Coordination of Humanitarian Affairs, and 32 Israelis have been killed in Palestinian attacks.", 32, "UN OCHA"},
		// An "according to" that opens the sentence is every figure's.
		{"According to the UN, fighting killed 40 soldiers and 12 civilians.", 12, "UN"},
	})
}

// Officials named by who installed or backs them are the speakers; the
// sponsor's adjective alone is no body.
func TestInstalledOfficialsSpeak(t *testing.T) {
	checkFigureSources(t, "2025-06-12", []figureSource{
		{"Russian-installed officials said 5 people were killed.", 5, "Russian-installed officials"},
		{"Russian-appointed officials said 5 people were killed.", 5, "Russian-appointed officials"},
		{"Moscow-installed authorities in Donetsk said 5 people were killed.", 5, "Moscow-installed authorities"},
		{"Kremlin-backed authorities said 5 people were killed.", 5, "Kremlin-backed authorities"},
		{"Five people were killed, according to Russian-installed officials.", 5, "Russian-installed officials"},
		{"Five people were killed, Russian-backed officials said.", 5, "Russian-backed officials"},
		{"Houthi-run health officials said 5 people were killed.", 5, "Houthi-run health officials"},
		// A country's officials stay as they were.
		{"Russian officials said 5 people were killed.", 5, "Russian officials"},
	})
}

// An office named by the field it serves keeps its whole title: the
// field is no body that speaks through it.
func TestLongOfficialTitles(t *testing.T) {
	const cmp = "Commissioner for Missing Persons under Special Circumstances"
	checkFigureSources(t, "2025-06-12", []figureSource{
		{"The " + cmp + " said 60,000 were missing.", 60000, cmp},
		{"Ukraine's " + cmp + " said 60,000 were missing.", 60000, "Ukraine's " + cmp},
		{"60,000 people are missing, according to the " + cmp + ".", 60000, cmp},
		{"The Commissioner for Human Rights of the Verkhovna Rada said 60 civilians were killed.", 60, "Commissioner for Human Rights of the Verkhovna Rada"},
		{"Ukraine's Parliamentary Commissioner for Human Rights said 60 civilians were killed.", 60, "Ukraine's Parliamentary Commissioner for Human Rights"},
		{"The Special Envoy for Syria said 60 civilians were killed.", 60, "Special Envoy for Syria"},
		{"The Ministry for Reintegration of the Temporarily Occupied Territories said 60 civilians were killed.", 60, "Ministry for Reintegration of the Temporarily Occupied Territories"},
		// The head of a body speaks for the body.
		{"The head of the Kharkiv Regional Military Administration said 6 civilians were killed.", 6, "Kharkiv Regional Military Administration"},
	})
}

// A bare "the junta" speaks for the junta of the country the text names
// by name, as "Myanmar's junta" does.
func TestBareJuntaOfNamedCountry(t *testing.T) {
	checkFigureSources(t, "2025-06-12", []figureSource{
		{"Fighting continued in Myanmar's Sagaing region. The junta said 30 rebels were killed.", 30, "Myanmar's junta"},
		{"Fighting continued in Mali. The military junta said 30 rebels were killed.", 30, "Mali's junta"},
		{"Burkina Faso has been hit by attacks. 50 soldiers were killed, the junta said.", 50, "Burkina Faso's junta"},
		{"Myanmar's civil war drags on. The AAPP said 6,000 civilians were killed. The junta said 30 rebels were killed.", 30, "Myanmar's junta"},
		{"Myanmar's civil war drags on. The AAPP said 6,000 civilians were killed. The junta said 30 rebels were killed.", 6000, "Assistance Association for Political Prisoners"},
		{"Niger's junta said 20 soldiers were killed. The regime said 30 more died later.", 30, "Niger's junta"},
		// The word "junta" or a town names no country by itself.
		{"The junta said 15 soldiers were killed in Sagaing.", 15, ""},
	})
}
