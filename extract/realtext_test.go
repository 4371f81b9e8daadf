package extract

import "testing"

// TestRealTextRules covers the ways published reporting differs from
// tidy prose: heads of noun phrases with modifiers and brackets between,
// sources named in one sentence and abbreviated or pointed at in the
// next, estimative verbs about a figure given before, and dates that
// belong to a statement rather than to the losses. Each case is a short
// text written for the rule; a claim is found by category and figure and
// then compared field by field (empty fields are not checked).
func TestRealTextRules(t *testing.T) {
	tests := []struct {
		name, text, published, source string
		w                             want
	}{
		{"permanent head noun over a modifier and brackets",
			"Moscow's permanent battlefield losses (dead, missing and disabled for good) are probably now between 300,000 and 360,000 men, the report said.",
			"2025-04-02", "", want{category: "permanent_losses", low: f(300000), high: f(360000), likelihood: "probably"}},
		{"irrecoverable before the figure",
			"Russia has suffered 310,000 irrecoverable combat losses since the invasion.",
			"2025-04-02", "", want{category: "permanent_losses", low: f(310000), high: f(310000), actor: "Russia"}},
		{"acronym introduced for a registry source",
			"The British Ministry of Defence (MoD) published its weekly assessment on Friday.\nRussian losses probably reached 1,600 a day in March, the MoD said.",
			"2025-04-04", "", want{category: "casualties", low: f(1600), high: f(1600), source: "UK Ministry of Defence", per: "day"}},
		{"country as source read as its office named next",
			"Russia has now lost some 900,000 troops killed or wounded, according to Britain.\nThe UK Ministry of Defence said the rate of losses had risen in the spring.",
			"2025-04-04", "", want{category: "casualties", low: f(900000), high: f(900000), source: "UK Ministry of Defence", actor: "Russia"}},
		{"a side of the war speaks as itself, not as its office named next",
			"Israel says 73 soldiers were killed in southern Lebanon during the war.\nThe Israel Defense Forces said the last of its troops would leave by January.",
			"2024-12-04", "", want{category: "killed", low: f(73), high: f(73), source: "Israel", actor: "Israel"}},
		{"a name in apposition to a generic subject is the speaker",
			"Fighting spread across the region on Friday.\nThe group, the Sudan Doctors Network, said in a statement on Saturday that the toll had climbed to 47.",
			"2026-02-14", "", want{category: "killed", low: f(47), high: f(47), source: "Sudan Doctors Network"}},
		{"the place after a body's acronym is not the speaker",
			"The Karen Defence Force (KDF) in Kayin State said on Monday that it killed at least 27 junta soldiers.",
			"2024-11-08", "", want{category: "killed", low: f(27), bound: "at_least", source: "Karen Defence Force"}},
		{"an office speaks for the body that owns it",
			"The Nigerian Army's Director of Army Public Relations said troops had neutralised 19 ISWAP fighters.",
			"2025-08-29", "", want{category: "killed", low: f(19), high: f(19), source: "Nigerian Army"}},
		{"a minister of one field is named by the whole title",
			"Ukraine's Minister of Defence said 100 Russian soldiers were killed on Monday.",
			"2025-05-13", "", want{category: "killed", low: f(100), high: f(100), source: "Ukraine's Minister of Defence"}},
		{"definite officials carry the established source",
			"UK Defence Intelligence said on Monday that the war was entering a new phase.\nThe intelligence officials said that around 210,000 Russian soldiers had likely been killed.",
			"2025-04-04", "", want{category: "killed", low: f(210000), high: f(210000), source: "UK Ministry of Defence"}},
		{"estimative verb on this milestone",
			"Russian forces have taken about 950,000 casualties since February 2022.\nUkraine's defence intelligence said Moscow had highly likely passed this grim milestone in the spring.",
			"2025-04-04", "", want{category: "casualties", low: f(950000), high: f(950000), likelihood: "highly likely"}},
		{"since a month when a statement was made",
			"Kyiv has published no figure for its dead since November, when the president said 35,000 soldiers had been killed.",
			"2025-02-20", "", want{category: "killed", low: f(35000), high: f(35000), start: "2022-02-24", end: "2024-11-30"}},
		{"put out of action over the past 24 hours",
			"The General Staff said 1,180 Russian servicemen had been put out of action over the past 24 hours, along with 9 tanks and 31 artillery systems.",
			"2025-02-20", "", want{category: "casualties", low: f(1180), high: f(1180), actor: "Russia", start: "2025-02-19", end: "2025-02-20"}},
		{"equipment after along with keeps the window",
			"The General Staff said 1,180 Russian servicemen had been put out of action over the past 24 hours, along with 9 tanks and 31 artillery systems.",
			"2025-02-20", "", want{category: "equipment:tanks", low: f(9), high: f(9), actor: "Russia", start: "2025-02-19", end: "2025-02-20"}},
		{"eliminated with a person noun",
			"Ukrainian units eliminated 860 Russian soldiers in the past day, the General Staff said.",
			"2025-02-20", "", want{category: "casualties", low: f(860), high: f(860), actor: "Russia", start: "2025-02-19"}},
		{"a report's opening window dates its later figures",
			"The enemy lost about 1,500 personnel in the past 24 hours, the Russian Defence Ministry said.\n\nGroup North: the enemy lost up to 210 servicemen and two tanks.",
			"2025-02-20", "", want{category: "casualties", high: f(210), start: "2025-02-19", end: "2025-02-20"}},
		{"subject, relative clause, verb",
			"The Kremlin Dead project, which gathers obituaries from regional newspapers, has identified 95,000 Russian soldiers killed.",
			"2025-02-20", "", want{category: "killed", low: f(95000), source: "Kremlin Dead"}},
		{"a descriptor in apposition",
			"The GUR, Ukraine's defence intelligence agency, estimates that Russia has lost 870,000 troops.",
			"2025-02-20", "", want{category: "casualties", low: f(870000), high: f(870000), source: "Defence Intelligence of Ukraine"}},
		{"several descriptive segments between a name and its verb",
			"Oryx, a Dutch open-source intelligence website, working from photographs, has documented the loss of 3,400 Russian tanks.",
			"2025-02-20", "", want{category: "equipment:tanks", low: f(3400), high: f(3400), source: "Oryx"}},
		{"an unnamed person in a named unit is no source",
			"A medic in the 47th Mechanised Brigade, who asked not to be named, said 30 soldiers had been killed.",
			"2025-02-20", "", want{category: "killed", low: f(30), high: f(30), source: "-"}},
		{"a count from the day an operation began",
			"The army says 380 soldiers have been killed in the ground operation, which began on 27 October.",
			"2024-06-20", "", want{category: "killed", low: f(380), high: f(380), start: "2023-10-27", end: "2024-06-20"}},
		{"a coordinated figure shares the side of the one before",
			"The UN said that at least 37 civilians were killed and 150 injured in Ukraine last week.",
			"2025-02-18", "", want{category: "wounded", low: f(150), high: f(150), actor: "Ukraine"}},
		{"a defining aside between commas",
			"Moscow's irretrievable losses, those dead or too badly hurt to fight again, are likely to be in the range of 280,000–320,000 personnel.",
			"2025-02-18", "", want{category: "permanent_losses", low: f(280000), high: f(320000), likelihood: "likely"}},
		{"a rate restating the figure before",
			"Russia lost some 420,000 troops killed or wounded in 2024, or roughly 1,150 a day, according to Western estimates.",
			"2025-02-18", "", want{category: "casualties", low: f(1150), high: f(1150), per: "day"}},
		{"averaging a rate",
			"Russia has likely suffered around 380,000 casualties so far in 2025, averaging just under 1,300 per day.",
			"2025-11-20", "", want{category: "casualties", high: f(1300), bound: "fewer_than", per: "day", approx: true}},
		{"they have totalled",
			"Russian losses have averaged more than 1,000 a day, it said, and since September they have totalled more than 90,000.",
			"2024-12-19", "", want{category: "casualties", low: f(90000), start: "2024-09-01"}},
		{"a capital speaks for its government",
			"Russia has lost about 860,000 soldiers since the invasion, Kyiv says.",
			"2025-02-18", "", want{category: "casualties", low: f(860000), high: f(860000), source: "Ukraine"}},
		{"the week to a day",
			"Russia lost 9,100 troops in the week to 9 March.",
			"2025-03-12", "", want{category: "casualties", low: f(9100), high: f(9100), start: "2025-03-02", end: "2025-03-09"}},
		{"a named span that holds the publication day ends on it",
			"Russia lost 125,000 troops from January to March.",
			"2025-03-12", "", want{category: "casualties", low: f(125000), high: f(125000), start: "2025-01-01", end: "2025-03-12"}},
		{"the side named in the figure over the speaker's its",
			"Russia said its forces had killed 1,400 Ukrainian soldiers near Pokrovsk in the past week.",
			"2025-02-18", "", want{category: "killed", low: f(1400), high: f(1400), actor: "Ukraine"}},
		{"a ministry placed by its city",
			"Russian troops captured 35 Ukrainian servicemen near Toretsk, the defence ministry in Moscow said.",
			"2025-02-18", "", want{category: "captured", low: f(35), high: f(35), actor: "Ukraine", source: "Ministry of Defence of the Russian Federation"}},
		{"a project named as the source is no projection",
			"According to the Sudan Casualty Project, more than 27,000 people have been killed in Sudan since April 2023.",
			"2025-01-20", "", want{category: "killed", low: f(27000), source: "Sudan Casualty Project", start: "2023-04-15"}},
		{"a month that holds the start of the actor's own war",
			"Lebanon's health ministry said Israeli strikes had killed 3,800 people since October 2023.",
			"2025-01-20", "", want{category: "killed", low: f(3800), high: f(3800), actor: "Lebanon", start: "2023-10-08"}},
		{"a subset after including keeps the side of its whole",
			"Israel's military says 830 soldiers have been killed since 7 October 2023, including 390 during the ground offensive in Gaza.",
			"2025-01-20", "", want{category: "killed", low: f(390), high: f(390), actor: "Israel", start: "2023-10-27"}},
		{"a named day keeps its own war's start",
			"Hezbollah has fired rockets at northern Israel from Lebanon for months.\nIsrael's military says 830 Israeli soldiers have been killed since 7 October 2023.",
			"2025-01-20", "", want{category: "killed", low: f(830), high: f(830), actor: "Israel", start: "2023-10-07"}},
		{"over the week after a day's figures",
			"Ukraine's General Staff said Russia had lost 1,150 soldiers over the previous day.\nRussia's Defence Ministry claimed Ukraine lost more than 1,400 troops in the Kursk region over the week.",
			"2025-03-07", "", want{category: "casualties", low: f(1400), start: "2025-02-28", end: "2025-03-07"}},
		{"the toll of a strike on a town, dated by a possessive weekday",
			"The death toll from Saturday's missile strike on Sumy has risen to 34, officials said on Monday.",
			"2025-04-14", "", want{category: "killed", low: f(34), high: f(34), actor: "Ukraine", start: "2025-04-12", end: "2025-04-12"}},
		{"soldiers killed in a country is a participle, not an attack",
			"The number of Russian soldiers killed in Ukraine has passed 100,000, according to Mediazona.",
			"2025-04-14", "", want{category: "killed", low: f(100000), actor: "Russia", source: "Mediazona"}},
		{"a title in apposition after the name",
			"Oleksandr Syrskyi, Ukraine's top commander, said Russian losses in 2024 were 427,000.",
			"2025-02-17", "", want{category: "casualties", low: f(427000), high: f(427000), actor: "Russia", source: "Oleksandr Syrskyi", start: "2024-01-01", end: "2024-12-31"}},
		{"a participial aside between the speaker and the verb",
			"Volodymyr Zelensky, speaking at a press conference in Kyiv on Sunday, said 46,000 Ukrainian soldiers had been killed.",
			"2025-02-17", "", want{category: "killed", low: f(46000), high: f(46000), actor: "Ukraine", source: "Volodymyr Zelensky"}},
		{"a likelihood after though governs another clause",
			"At least 13,000 civilians have been killed in Ukraine, though the real figure is likely considerably higher.",
			"2025-03-10", "", want{category: "killed", low: f(13000), actor: "Ukraine", likelihood: "-"}},
		{"a town names its people's side",
			"In Odesa, 4 people were killed and 12 injured after a drone attack overnight.",
			"2025-02-20", "", want{category: "wounded", low: f(12), high: f(12), actor: "Ukraine"}},
		{"the weekend before publication",
			"Russian drones over the weekend killed 9 people in Sumy.",
			"2025-02-19", "", want{category: "killed", low: f(9), high: f(9), start: "2025-02-15", end: "2025-02-16"}},
		{"a span of days with a dash",
			"Armenia said 64 of its soldiers were killed in the 13–14 September clashes.",
			"2022-09-20", "", want{category: "killed", low: f(64), high: f(64), start: "2022-09-13", end: "2022-09-14"}},
		{"between two days of one month",
			"Between 4 and 6 May, at least 120 people were killed in the town.",
			"2025-05-20", "", want{category: "killed", low: f(120), start: "2025-05-04", end: "2025-05-06"}},
		{"a window anchored to the day of the statement",
			"The ministry said on Monday that 310 people had been killed in the past week.",
			"2025-05-22", "", want{category: "killed", low: f(310), high: f(310), start: "2025-05-12", end: "2025-05-19"}},
		{"two coordinated figures share the verb after the second",
			"On the Lebanese side, 38 civilians and 61 fighters were killed in the strikes.",
			"2025-02-20", "", want{category: "killed", low: f(38), high: f(38)}},
		{"bodies are the dead",
			"The ministry said 64 bodies had been brought to hospitals in the past 24 hours.",
			"2025-02-20", "", want{category: "killed", low: f(64), high: f(64), start: "2025-02-19"}},
		{"a toll far from its figure, over a duration",
			"The death toll in the region from more than eight months of fighting has passed 12,000, officials said.",
			"2025-02-20", "", want{category: "killed", low: f(12000)}},
		{"the figure has passed",
			"In 2023 Russia lost some 250,000 troops killed and wounded, while this year the figure has already passed 400,000.",
			"2024-12-20", "", want{category: "casualties", low: f(400000)}},
		{"a running total the day's losses bring the figure to",
			"Israeli strikes in Gaza killed at least 41 people over the past 24 hours, the health ministry said, bringing the overall toll to 47,900.",
			"2025-02-20", "", want{category: "killed", low: f(47900), high: f(47900), start: "2023-10-07", end: "2025-02-20"}},
		{"a report's window does not reach a figure of another source",
			"The enemy lost 1,210 personnel in the past 24 hours, the General Staff said.\nAccording to Mediazona, at least 90,000 Russian soldiers have been confirmed killed by name.",
			"2025-02-20", "", want{category: "killed", low: f(90000), start: "2022-02-24"}},
		{"a town in the subject of the verb",
			"Shelling of Belgorod killed three civilians on Sunday.",
			"2025-02-20", "", want{category: "killed", low: f(3), high: f(3), actor: "Russia"}},
		{"a possessive side's office after a date and a comma",
			"Israeli drones struck a car near Tyre killing 4 people on Friday, Lebanon's health ministry said.",
			"2025-02-20", "", want{category: "killed", low: f(4), high: f(4), source: "Lebanon's health ministry"}},
		{"a side's army as the speaker",
			"Ethiopia's army said it had killed 210 rebel fighters near Dessie on Friday.",
			"2025-02-20", "", want{category: "killed", low: f(210), high: f(210), source: "Ethiopia's army"}},
		{"an acronym for a name given before",
			"Fighting between the army and the Rapid Support Forces went on. The RSF said it had killed 60 soldiers in El Obeid on Tuesday.",
			"2025-02-20", "", want{category: "killed", low: f(60), high: f(60), source: "Rapid Support Forces"}},
		{"the speaker of each clause",
			"The regional governor said that 12 soldiers had been killed, while a spokesman for the Southern Defence Forces put the toll at 20.",
			"2025-02-20", "", want{category: "killed", low: f(20), high: f(20), source: "Southern Defence Forces"}},
		{"a pronoun speaker is its sentence's subject",
			"The Kyiv Independent reported last week on the brigade. The Ukrainian Volunteer Army said on Friday it had lost 41 fighters in January.",
			"2025-02-20", "", want{category: "casualties", low: f(41), high: f(41), source: "Ukrainian Volunteer Army"}},
		{"a possessive before a verb of saying is an adjective",
			"According to Oryx, Russia has lost 3,500 tanks. Kyiv's confirmed tank losses are near 1,000.",
			"2025-02-20", "", want{category: "equipment:tanks", low: f(1000), high: f(1000), source: "Oryx"}},
		{"the day of an attack named the sentence before",
			"On Saturday, a Russian missile hit an apartment block in Zaporizhzhia. Nine people were killed and 25 injured, the mayor said on Sunday.",
			"2025-02-20", "", want{category: "killed", low: f(9), high: f(9), start: "2025-02-15", end: "2025-02-15"}},
		{"a war's running total after an attack's day keeps the war's start",
			"On Saturday, a Russian missile hit an apartment block in Zaporizhzhia. The war has killed more than 12,000 civilians, the UN says.",
			"2025-02-20", "", want{category: "killed", low: f(12000), start: "2022-02-24", end: "2025-02-20"}},
		{"a rate keeps its month whatever verb gives it",
			"Ukrainian General Staff figures put Russia's average daily losses in January at about 1,400, up from 1,100 a day in October.",
			"2025-02-20", "", want{category: "casualties", low: f(1400), high: f(1400), per: "day", start: "2025-01-01", end: "2025-01-31", source: "General Staff of the Armed Forces of Ukraine"}},
		{"martyrs are the dead of a ministry's count",
			"The ministry said the number of martyrs since 7 October has risen to 1,240.",
			"2025-02-20", "", want{category: "killed", low: f(1240), high: f(1240)}},
		{"a loss noun before, a person noun after the figure",
			"Russian losses near Kupiansk over the week had reached about 2,300 servicemen, the General Staff said.",
			"2025-02-20", "", want{category: "casualties", low: f(2300), high: f(2300), actor: "Russia"}},
		{"losses inflicted on the enemy",
			"The Dnepr group of forces inflicted losses on the enemy of up to 95 servicemen and two pickup trucks.",
			"2025-02-20", "Ministry of Defence of the Russian Federation", want{category: "casualties", high: f(95), actor: "Ukraine"}},
		{"the same day as the figure before",
			"The ministry said Ukraine lost 1,100 troops in the past 24 hours. Over the same day, Russian losses amounted to 900 personnel and 3 tanks, Kyiv said.",
			"2025-02-20", "", want{category: "equipment:tanks", low: f(3), high: f(3), start: "2025-02-19", end: "2025-02-20"}},
		{"a war's toll of people is every side's",
			"Sudan's brutal civil war has killed at least 40,000 people, according to the UN.",
			"2025-02-20", "", want{category: "killed", low: f(40000), actor: "-"}},
		{"the war in a country, its toll every side's",
			"The war in Yemen has killed some 150,000 people, ACLED estimates.",
			"2025-02-20", "", want{category: "killed", low: f(150000), high: f(150000), actor: "-"}},
		{"an assault's victims are the other side's civilians",
			"Paramilitary RSF fighters stormed the village of Um Adara on Monday, killing 45 people, activists said.",
			"2025-02-20", "", want{category: "killed", low: f(45), high: f(45), actor: "Sudan (civilians)"}},
		{"a likelihood after a new verb of saying is not the figure's",
			"The mission has verified 412 civilian deaths in the region, and it says the true toll is likely far higher.",
			"2025-02-20", "", want{category: "killed", low: f(412), high: f(412), likelihood: "-"}},
		{"a bare figure joined to soldiers killed in a place is of the soldiers",
			"According to the army, 35 Israeli soldiers have been killed in Lebanon and 210 wounded since the ground operation began.",
			"2025-02-20", "", want{category: "wounded", low: f(210), high: f(210), actor: "Israel"}},
		{"a possessive that opens a source's name",
			"The war has killed at least 48,000 Palestinians, according to the enclave's health ministry.",
			"2025-02-20", "", want{category: "killed", low: f(48000), source: "Gaza Health Ministry"}},
		{"a month that holds another war's start stands for the actor's own",
			"Lebanon's health ministry said 2,900 people had been killed since the conflict began in October 2023.",
			"2025-02-20", "", want{category: "killed", low: f(2900), high: f(2900), start: "2023-10-08", end: "2025-02-20"}},
		{"since a weekday",
			"The monitor said on Wednesday that 140 people had been killed in the province since Sunday.",
			"2025-02-20", "", want{category: "killed", low: f(140), high: f(140), start: "2025-02-16", end: "2025-02-19"}},
		{"a one-sided war's dead from the attacker's strike are its own",
			"A junta air strike killed 18 villagers in Magway region on Sunday, a local resistance group said.",
			"2025-02-20", "", want{category: "killed", low: f(18), high: f(18), actor: "Myanmar"}},
		{"an office's seat is not part of its name",
			"The Houthi-run interior ministry in Sanaa said 9 people were killed in the strike on Monday.",
			"2025-02-20", "", want{category: "killed", low: f(9), high: f(9), source: "Houthi-run interior ministry"}},
		{"a veto word of another clause does not reach a breakdown",
			"The number of martyrs who reached hospitals rose to 96, including 31 children, while 240 injured were received.",
			"2025-02-20", "", want{category: "killed", low: f(31), high: f(31)}},
		{"a part of the drones launched is what was downed",
			"The air force said it had shot down 64 of 90 Shahed drones launched overnight.",
			"2025-02-20", "", want{category: "equipment:drones", low: f(64), high: f(64)}},
		{"others counted after a first figure",
			"Three people were killed in the shelling of Nikopol and eight others were injured.",
			"2025-02-20", "", want{category: "wounded", low: f(8), high: f(8)}},
		{"an event reported in the pluperfect keeps its day",
			"On 3 February, the army said it had killed 140 RSF fighters in an assault on Omdurman.",
			"2025-02-20", "", want{category: "killed", low: f(140), high: f(140), start: "2025-02-03", end: "2025-02-03"}},
		{"a side named in a clause of time is not the dead's",
			"The governor of Bryansk said 4 civilians had been killed since Ukrainian forces began shelling the city in May.",
			"2025-02-20", "", want{category: "killed", low: f(4), high: f(4), actor: "Russia"}},
		{"modifiers between the attacker and its weapon",
			"A Russian guided aerial bomb hit a supermarket in Kharkiv on Sunday, killing 6 people.",
			"2025-02-20", "", want{category: "killed", low: f(6), high: f(6), actor: "Ukraine"}},
		{"a side's full name in capitals speaks; its own fighters are the killers",
			"The Tigray Defence Forces said their fighters had killed 300 soldiers near Alamata on Friday.",
			"2025-02-20", "", want{category: "killed", low: f(300), high: f(300), actor: "Ethiopia", source: "Tigray Defence Forces"}},
		{"a noun modifier before a person noun",
			"The WHO said 14 health workers were killed in strikes on Tuesday.",
			"2025-02-20", "", want{category: "killed", low: f(14), high: f(14)}},
		{"a share keeps its own bound",
			"The war has killed at least 40,000 people in Gaza. More than half of the dead are women and children.",
			"2025-02-20", "", want{category: "killed", low: f(20000), bound: "more_than"}},
		{"a share keeps the whole's bound",
			"Officials say over 8,000 soldiers have died in the battle; about half of the dead were conscripts.",
			"2025-02-20", "", want{category: "killed", low: f(4000), bound: "more_than"}},
		{"a group's official speaks for the group",
			"A senior Hezbollah official told reporters that 2,000 of the group's fighters had been killed since October 2023.",
			"2025-02-20", "", want{category: "killed", low: f(2000), high: f(2000), source: "Hezbollah"}},
		{"a country's officials are named by their country",
			"Israeli officials said 2,000 Hezbollah fighters had been killed.",
			"2025-02-20", "", want{category: "killed", low: f(2000), high: f(2000), source: "Israeli officials"}},
		{"the side of the weapon after 'in' is the attacker's",
			"At least 90 civilians were killed in Russian strikes on Sumy over the past week, the UN said.",
			"2025-02-20", "", want{category: "killed", low: f(90), actor: "Ukraine"}},
		{"a ministry counts its own side's dead whoever struck",
			"Lebanon's health ministry said 52 people had been killed in Israeli strikes on Tuesday.",
			"2025-02-20", "", want{category: "killed", low: f(52), high: f(52), actor: "Lebanon"}},
		{"an elliptical figure joined to the one before is of the same side",
			"Armenia's defence ministry said 49 of its soldiers had been killed and 12 wounded in clashes that followed Azerbaijani shelling.",
			"2025-02-20", "", want{category: "wounded", low: f(12), high: f(12), actor: "Armenia"}},
		{"an estimative judgement is the publisher's own",
			"Ukrainian figures suggest 1,300 Russian casualties a day in January, according to the General Staff. Russia has highly likely lost over 9,000 armoured vehicles.",
			"2025-02-20", "UK Ministry of Defence", want{category: "equipment:armoured_vehicles", low: f(9000), source: "UK Ministry of Defence"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := run(t, tt.text, tt.published, tt.source)
			w := tt.w
			noSource := w.source == "-" // "-" wants no source at all
			if noSource {
				w.source = ""
			}
			noActor := w.actor == "-" // "-" wants the figure no side
			if noActor {
				w.actor = ""
			}
			noLikelihood := w.likelihood == "-"
			if noLikelihood {
				w.likelihood = ""
			}
			c := find(cs, w)
			check(t, tt.text, c, w)
			if c != nil && noSource && c.Source != "" {
				t.Errorf("%q: source = %q, want none", tt.text, c.Source)
			}
			if c != nil && noActor && c.Actor != "" {
				t.Errorf("%q: actor = %q, want none", tt.text, c.Actor)
			}
			if c != nil && noLikelihood && c.Likelihood != "" {
				t.Errorf("%q: likelihood = %q, want none", tt.text, c.Likelihood)
			}
		})
	}
}

// TestCarriedSourceStaysInItsWar: a ministry named in one sentence is
// not the source of the next sentence's figure about another war.
func TestCarriedSourceStaysInItsWar(t *testing.T) {
	text := "Israeli strikes killed at least 30 people in Rafah, the Gaza health ministry said.\nIn Kharkiv, 5 people were killed in a missile attack."
	cs := run(t, text, "2025-02-20", "")
	c := find(cs, want{category: "killed", low: f(5), high: f(5)})
	if c == nil {
		t.Fatalf("no claim for the Kharkiv figure in %v", cs)
	}
	if c.Actor != "Ukraine" || c.Source != "" {
		t.Errorf("Kharkiv figure: actor %q source %q, want Ukraine and no source", c.Actor, c.Source)
	}
}

// TestDailyWindowSkipsRunningTotals: a report that opens with the past
// day's losses does not date a later running total in the perfect tense
// ("have been killed") by that day, nor does a ministry of another war
// named before give a place's dead its side.
func TestDailyWindowSkipsRunningTotals(t *testing.T) {
	text := "Israeli strikes killed 45 people in Gaza over the past 24 hours, the Gaza health ministry said.\n" +
		"UN experts estimate that at least 13,500 civilians have been killed in Ukraine."
	cs := run(t, text, "2025-03-10", "")
	c := find(cs, want{category: "killed", low: f(13500)})
	if c == nil {
		t.Fatalf("no claim for the Ukrainian figure in %v", cs)
	}
	if c.Actor != "Ukraine" || c.PeriodStart.String() != "2022-02-24" {
		t.Errorf("Ukrainian figure: actor %q, period from %s; want Ukraine from 2022-02-24", c.Actor, c.PeriodStart)
	}
}

// TestCarriedMonitorStaysInItsWar: a monitor with no side of its own,
// named for one war's figure, is not the source of the next sentence's
// figure about another war.
func TestCarriedMonitorStaysInItsWar(t *testing.T) {
	text := "According to ACLED, more than 27,000 people have been killed in Sudan since April 2023.\nRussia's army has likely lost more than 1,000 troops a day in 2024."
	cs := run(t, text, "2025-01-20", "")
	c := find(cs, want{category: "casualties", low: f(1000)})
	if c == nil {
		t.Fatalf("no claim for the Russian rate in %v", cs)
	}
	if c.Source != "" {
		t.Errorf("Russian rate: source %q, want none", c.Source)
	}
}

// TestProjectionKeepsNoLikelihood: an estimative word about a future
// figure is not carried back to the figure before.
func TestProjectionKeepsNoLikelihood(t *testing.T) {
	text := "Casualties averaged about 40,000 a month in the winter. It is likely that this figure will rise in the spring."
	cs := run(t, text, "2025-03-20", "")
	for _, c := range cs {
		if c.Likelihood != "" {
			t.Errorf("%q took likelihood %q from a projection", c.Quote, c.Likelihood)
		}
	}
	if len(cs) == 0 {
		t.Fatalf("no claim in %q", text)
	}
}

// TestSourcesOfDescribedBodiesAndCheckers: a body the text describes by
// who runs it is the one a shorter mention later means, and no other
// body so described; the publisher's own voice ("We have not been able
// to verify") takes back the figures after it; a checker's verb after a
// modal ("could confirm", "was able to verify") names its subject.
func TestSourcesOfDescribedBodiesAndCheckers(t *testing.T) {
	tests := []struct {
		name, text, pub, doc string
		want                 want
		source               string
	}{
		{"shorter mention", "Strikes on Hodeidah port killed four people on Sunday, the Houthi-run health ministry said. The US president announced a pause in the campaign on Monday. The health ministry said US strikes had killed 31 people in Saada on 2 April.",
			"2025-05-07", "", want{category: "killed", low: f(31), high: f(31)}, "Houthi-run health ministry"},
		{"two described bodies", "A strike on a market killed 12 people, the Houthi-run interior ministry said on Monday. The Houthi-run health ministry said separately that strikes had killed more than 250 civilians since 15 March.",
			"2025-04-29", "", want{category: "killed", low: f(250)}, "Houthi-run health ministry"},
		{"publisher again", "The Houthi-run health ministry has put the toll of the campaign at more than 250 dead. We have not been able to verify those figures.\n\nAt least seven MQ-9 Reaper drones were shot down over Yemen during the operation.",
			"2025-05-21", "Airwars", want{category: "equipment:drones", low: f(7)}, "Airwars"},
		{"could confirm", "The Houthi-run health ministry reported 80 people killed at the port. Because Airwars could confirm the names of only 41 of the dead, we grade the event as fair.",
			"2025-06-05", "Airwars", want{category: "killed", low: f(41)}, "Airwars"},
		{"was able to verify", "The Houthi-run health ministry reported 212 people killed by air strikes during the year. The Yemen Data Project was able to verify 86 civilian deaths from those strikes.",
			"2025-01-09", "", want{category: "killed", low: f(86), high: f(86)}, "Yemen Data Project"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := run(t, tt.text, tt.pub, tt.doc)
			c := find(cs, tt.want)
			if c == nil {
				t.Fatalf("no claim %+v in %v", tt.want, cs)
			}
			if c.Source != tt.source {
				t.Errorf("source %q, want %q", c.Source, tt.source)
			}
		})
	}
}

// TestToldLastWeekOfADatedEvent: "said last week" dates the statement;
// the strike's own day dates its toll, and a detention centre where the
// strike killed people is a place, not a count of detainees.
func TestToldLastWeekOfADatedEvent(t *testing.T) {
	cs := run(t, "The health ministry said last week that US strikes had killed 68 people at a detention centre for migrants in Saada on 28 April.", "2025-05-07", "")
	c := find(cs, want{category: "killed", low: f(68), high: f(68)})
	if c == nil {
		t.Fatalf("no claim for the 68 killed in %v", cs)
	}
	if c.PeriodStart.String() != "2025-04-28" || c.PeriodEnd.String() != "2025-04-28" {
		t.Errorf("period %s → %s, want 2025-04-28 → 2025-04-28", c.PeriodStart, c.PeriodEnd)
	}
}
