package extract

import "testing"

// One deed's toll at a place, told in the simple past (or, reported,
// the past perfect) with no date of its own, is the past day's news,
// whatever its subject and wherever the place stands in the sentence.
func TestPlacedDeedPastDay(t *testing.T) {
	const day = "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Rebels said they had killed 47 Malian troops near Tinzaouaten.", want: [][]string{{"killed Mali/military", "[47..47]", day}}},
		{text: "The aid convoy was attacked near El Fasher; five drivers were killed, the WFP said.", want: [][]string{{"[5..5]", day, "src=WFP"}}},
		{text: "Rebels from the M23 killed 21 civilians in Kishishe, the UN said.", want: [][]string{{"killed", "[21..21]", day}}},
		{text: "Gunmen abducted 50 villagers in Zamfara state.", want: [][]string{{"captured Nigeria/civilian", "[50..50]", day}}},
		{text: "Sudan's army said its forces had repelled an assault on El Fasher, killing 60 RSF fighters.", want: [][]string{{"killed Sudan (RSF)/military", "[60..60]", day}}},
		{text: "The army killed 76 ISWAP fighters near Lake Chad.", want: [][]string{{"killed ISWAP/military", "[76..76]", day}}},
		{text: "Russia fired 40 drones at Kyiv, wounding 13 people.", want: [][]string{{"wounded Ukraine/", "[13..13]", day}}},
		{text: "Gunmen killed 12 worshippers at a mosque in Katsina.", want: [][]string{{"[12..12]", day}}},
		{text: "The RSF killed 30 civilians in Zamzam camp.", want: [][]string{{"[30..30]", day}}},
		// A clash's toll, in a war long ended: the day's news, not the
		// war's.
		{text: "Clashes in Tigray left 17 dead.", want: [][]string{{"killed Tigray/", "[17..17]", day}}},
		{text: "Clashes in Tigray killed 17 people.", want: [][]string{{"killed Tigray/", "[17..17]", day}}},
		// Running totals and dated deeds keep their own time.
		{text: "Rebels said they had killed 47 Malian troops near Tinzaouaten since January.", want: [][]string{{"[47..47]", "2025-01-01→2025-06-12"}}},
		{text: "Rebels have killed 47 Malian troops near Tinzaouaten.", want: [][]string{{"[47..47]", "2012-01-16→2025-06-12"}}},
		{text: "Rebels said they had killed 470 Malian troops near Tinzaouaten so far.", want: [][]string{{"[470..470]", "2012-01-16→2025-06-12"}}},
		{text: "Jihadists killed 20 soldiers in Djibo in total.", want: [][]string{{"[20..20]", "2015-08-23→2025-06-12"}}},
		{text: "Since the war began, RSF fighters killed 400 civilians in El Geneina.", want: [][]string{{"[400..400]", "2023-04-15→2025-06-12"}}},
		{text: "In 2023, RSF fighters killed 400 civilians in El Geneina.", want: [][]string{{"[400..400]", "2023-01-01→2023-12-31"}}},
		{text: "Russia has killed 12,000 civilians in Ukraine.", want: [][]string{{"[12000..12000]", "2022-02-24→2025-06-12"}}},
		{text: "The RSF killed 1,500 civilians in El Geneina.", want: [][]string{{"[1500..1500]", "2023-04-15→2025-06-12"}}},
		{text: "The war in Tigray left 600,000 dead.", want: [][]string{{"[600000..600000]", "2020-11-03→2022-11-02"}}},
		// Strikes told in the perfect, as a habit or on many targets
		// are a campaign's.
		{text: "Russian forces have shelled Kherson daily, killing 20 civilians in the city.", want: [][]string{{"[20..20]", "2022-02-24→2025-06-12"}}},
		{text: "The army said it had struck 30 RSF positions near El Obeid, killing 200 fighters.", want: [][]string{{"[200..200]", "2023-04-15→2025-06-12"}}},
		// A text that looks back at an ended conflict tells its deeds.
		{text: "More than 3,960 people had been killed in Lebanon since cross-border hostilities began on 8 October 2023. On the Israeli side, 45 civilians were killed in the Golan Heights.", pub: "2024-11-28", want: [][]string{
			{"[3960..·]", "2023-10-08→2024-11-28"},
			{"killed Israel/civilian", "[45..45]", "2023-10-08→2024-11-27"},
		}},
	})
}

// The length of a past war ("in 100 days" after "the 1994 genocide", a
// side with no war the registry knows) is no window counted back from
// publication; a known war's days of fighting still are.
func TestPastWarLengthNoWindow(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The 1994 genocide in Rwanda killed some 800,000 people in 100 days.", want: [][]string{{"[800000..800000]", "→2025-06-12"}}},
		{text: "The Soviet Union lost about 15,000 soldiers in ten years in Afghanistan.", want: [][]string{{"[15000..15000]", "→2025-06-12"}}},
		{text: "Russia lost 9,000 men in three days of fighting.", want: [][]string{{"[9000..9000]", "2025-06-09→2025-06-12"}}},
		{text: "Israel killed 300 people in three days in Gaza.", want: [][]string{{"[300..300]", "2025-06-09→2025-06-12"}}},
	})
}
