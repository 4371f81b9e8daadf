package extract

import "testing"

// Background retellings of old events date their figures by the event,
// not by the past day's news.
func TestRetoldEventPeriods(t *testing.T) {
	runCases(t, []claimCase{
		// Named events the registry knows.
		{text: "In the Bucha massacre, Russian troops killed more than 400 civilians.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "More than 400 civilians were killed in the Bucha massacre.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "Russian troops killed more than 400 civilians during the occupation of Bucha.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "The Bucha massacre left more than 400 civilians dead.", want: [][]string{{"[400..·]", "2022-02-27→2022-03-31"}}},
		{text: "The Nova festival massacre killed 364 people.", want: [][]string{{"[364..364]", "2023-10-07→2023-10-07"}}},
		{text: "In the Kramatorsk station attack, Russian missiles killed 61 civilians.", want: [][]string{{"[61..61]", "2022-04-08→2022-04-08"}}},
		// A phase as the subject keeps its span.
		{text: "The Kursk incursion cost Ukraine 76,000 troops, Moscow says.", want: [][]string{{"[76000..76000]", "2024-08-06→2025-04-26"}}},
		// "Since" a named event counts from it.
		{text: "Since the Bucha massacre, Russian forces have killed 10,000 civilians.", want: [][]string{{"[10000..10000]", "2022-02-27→2025-06-12"}}},
		// "N units ago", "a decade ago".
		{text: "Five years ago, an attack on the market killed 60 people.", want: [][]string{{"[60..60]", "2020-06-12→2020-06-12"}}},
		{text: "Residents remember an attack that killed 60 people five years ago.", want: [][]string{{"[60..60]", "2020-06-12→2020-06-12"}}},
		{text: "A decade ago, Boko Haram killed 100 villagers in Baga.", want: [][]string{{"[100..100]", "2015-01-01→2015-12-31"}}},
		{text: "Two decades ago, an attack killed 200 people in Darfur.", want: [][]string{{"[200..200]", "2005-01-01→2005-12-31"}}},
		// "N units after <deed>, …": the deed's clause alone.
		{text: "A decade after Boko Haram killed 100 villagers in Baga, the town is still empty.", want: [][]string{{"[100..100]", "2015-01-01→2015-12-31"}}},
		{text: "Ten years after Boko Haram killed 100 villagers in Baga, the town is still empty.", want: [][]string{{"[100..100]", "2015-06-12→2015-06-12"}}},
		{text: "Two years after a Russian missile killed 50 people in Kramatorsk, the station has reopened.", want: [][]string{{"[50..50]", "2023-06-12→2023-06-12"}}},
		{text: "Two years after fighting killed 20 people in Khartoum, 12,000 people have been killed in the war.", want: [][]string{
			{"[20..20]", "2023-06-12→2023-06-12"},
			{"[12000..12000]", "2023-04-15→2025-06-12"},
		}},
		{text: "A year after the October 7 attack killed 1,200 people, Israel is still at war.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		// A war's start is no retold deed: the running total stands.
		{text: "Three years after Russia invaded Ukraine, 12,000 civilians have been killed, the UN says.", want: [][]string{{"[12000..12000]", "2022-02-24→2025-06-12"}}},
		{text: "Two years after the war began, Sudan's army has lost 20,000 soldiers.", want: [][]string{{"[20000..20000]", "2023-04-15→2025-06-12"}}},
	})
}

// A day-month before an event's noun is that day, whoever owns it.
func TestDatedEventPossessive(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hamas killed about 1,200 people in its 7 October attack.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people in their October 7 assault.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people in the October 7 attack.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people in the 7 October massacre.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Hamas killed about 1,200 people on October 7, 2023.", want: [][]string{{"[1200..1200]", "2023-10-07→2023-10-07"}}},
		{text: "Russia lost 40 soldiers in its 5 March assault on Pokrovsk.", want: [][]string{{"[40..40]", "2025-03-05→2025-03-05"}}},
	})
}

// A war's first span as the subject of its toll is that span, as after
// "in", not the last span of that length before publication.
func TestWarFirstSpanSubject(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The first 100 days of the war in Ukraine killed 4,000 civilians, the UN said.", want: [][]string{{"[4000..4000]", "2022-02-24→2022-06-04"}}},
		{text: "In the first 100 days of the war in Ukraine, 4,000 civilians were killed, the UN said.", want: [][]string{{"[4000..4000]", "2022-02-24→2022-06-04"}}},
		{text: "The war's first year killed 8,000 Ukrainian civilians, the UN said.", want: [][]string{{"[8000..8000]", "2022-02-24→2023-02-24"}}},
		{text: "The first 100 days of Sudan's war killed 4,000 civilians.", want: [][]string{{"[4000..4000]", "2023-04-15→2023-07-24"}}},
		{text: "The first six months of the invasion cost Russia 50,000 troops.", want: [][]string{{"[50000..50000]", "2022-02-24→2022-08-24"}}},
		{text: "During the first six months of the invasion, Russia lost 50,000 troops.", want: [][]string{{"[50000..50000]", "2022-02-24→2022-08-24"}}},
		{text: "The first two weeks of the ground operation killed 1,000 Hamas fighters, the IDF said.", want: [][]string{{"[1000..1000]", "2023-10-27→2023-11-10"}}},
		// No war's first span: "the past 100 days" stays.
		{text: "Over the past 100 days, Russia lost 40,000 troops.", want: [][]string{{"[40000..40000]", "2025-03-04→2025-06-12"}}},
	})
}

// A war's opening named without a length: its first weeks or month,
// not the war to publication.
func TestWarOpening(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In the early days of the war, Russia lost 10,000 troops.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-10"}}},
		{text: "At the start of the invasion, Russia lost 10,000 troops.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-24"}}},
		{text: "In the opening weeks of the war, Russian forces lost 10,000 troops.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-24"}}},
		{text: "In the early months of the war, Russia lost 30,000 troops.", want: [][]string{{"[30000..30000]", "2022-02-24→2022-05-24"}}},
		{text: "Ukraine lost 10,000 soldiers in the early stages of the full-scale invasion.", want: [][]string{{"[10000..10000]", "2022-02-24→2022-03-24"}}},
		{text: "At the beginning of the war in Sudan, the RSF killed 2,000 civilians in El Geneina.", want: [][]string{{"[2000..2000]", "2023-04-15→2023-05-15"}}},
		// Running totals from the start stay running totals.
		{text: "Since the start of the invasion, Russia has lost 1,000,000 troops.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Russia has lost 1,000,000 troops since the beginning of the war.", want: [][]string{{"2022-02-24→2025-06-12"}}},
	})
}

// A span a sentence calls the worst dates the next sentence's figure
// that has no time of its own; running totals keep theirs.
func TestSuperlativeSpanCarried(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Last week was the deadliest of the war for Russian forces. Russia lost 9,600 troops, according to Ukraine's General Staff.", want: [][]string{{"[9600..9600]", "2025-06-02→2025-06-08"}}},
		{text: "May was the bloodiest month of the war. Russia lost 48,000 troops, according to Ukraine's General Staff.", want: [][]string{{"[48000..48000]", "2025-05-01→2025-05-31"}}},
		{text: "The past month has been the costliest for Russia. Russian forces lost 40,000 troops and 300 tanks, Kyiv says.", want: [][]string{
			{"[40000..40000]", "2025-05-12→2025-06-12"},
			{"[300..300]", "2025-05-12→2025-06-12"},
		}},
		// Running totals, a day's own window, a war-sized figure.
		{text: "Last week was the deadliest of the war for Russian forces. Russia has lost 1,000,000 troops since the invasion, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "May was the bloodiest month of the war. In total, Russia has lost 990,000 troops, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "May was the bloodiest month of the war. Russia lost 1,100 troops over the past day, according to Ukraine's General Staff.", want: [][]string{{"[1100..1100]", "2025-06-11→2025-06-12"}}},
		{text: "Last week was the deadliest of the war for Russian forces. Russia lost 1,000,000 troops, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		// Only the next sentence.
		{text: "May was the bloodiest month of the war. Fighting raged near Pokrovsk. Russia has lost 990,000 troops, according to Ukraine's General Staff.", want: [][]string{{"2022-02-24→2025-06-12"}}},
	})
}

// A massacre named by its place at the sentence's start is retold, not
// the past day's news, when the registry does not know its days.
func TestNamedMassacreLead(t *testing.T) {
	runCases(t, []claimCase{
		{text: "In the Izium massacre, Russian troops killed more than 400 civilians.", want: [][]string{{"[400..·]", "2022-02-24→2025-06-12"}}},
		{text: "In the Mai Kadra massacre, militias killed 600 civilians in November 2020.", want: [][]string{{"[600..600]", "2020-11-01→2020-11-30"}}},
		// Not a name: an attack told as news keeps the past day.
		{text: "In the Russian attack on Kyiv, 12 people were killed.", want: [][]string{{"[12..12]", "2025-06-11→2025-06-12"}}},
		{text: "Israeli strikes killed 45 Palestinians in the Jabalia massacre, the ministry said.", want: [][]string{{"[45..45]", "2025-06-11→2025-06-12"}}},
	})
}
