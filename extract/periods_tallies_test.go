package extract

import "testing"

// A war ministry's tally told in the simple past with no time of its
// own is the day's, whatever its hedge or bound, up to a day's size; a
// running total stays the war's.
func TestTallyVerbPastDay(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	war := "2022-02-24→2025-06-12"
	runCases(t, []claimCase{
		{text: "The AFU lost 160 servicemen.", want: [][]string{{"[160..160]", day}}},
		{text: "The AFU lost up to 160 servicemen.", want: [][]string{{"[·..160]", day}}},
		{text: "The AFU lost more than 60 servicemen.", want: [][]string{{"[60..·]", day}}},
		{text: "The AFU lost over 160 servicemen.", want: [][]string{{"[160..·]", day}}},
		{text: "The AFU lost about 160 servicemen.", want: [][]string{{"[160..160]", "~", day}}},
		{text: "The AFU lost more than 1,600 servicemen.", want: [][]string{{"[1600..·]", day}}},
		{text: "The AFU losses amounted to up to 185 servicemen.", want: [][]string{{"[·..185]", day}}},
		{text: "The AFU losses amounted to 185 servicemen.", want: [][]string{{"[185..185]", day}}},
		{text: "Russian forces destroyed 40 Ukrainian servicemen.", want: [][]string{{"[40..40]", day}}},
		{text: "Russian troops eliminated 230 Ukrainian servicemen near Kupiansk.", want: [][]string{{"[230..230]", day}}},
		// A list's items share the verb's day.
		{text: "The General Staff said the enemy lost 93 killed and 41 wounded.", want: [][]string{
			{"killed", "[93..93]", day},
			{"wounded", "[41..41]", day},
		}},
		{text: "In a statement, the Islamic Resistance said the enemy suffered 5 dead and 12 wounded.", want: [][]string{
			{"killed", "[5..5]", day},
			{"wounded", "[12..12]", day},
		}},
		// Running totals keep the war's start.
		{text: "Russia has lost 950,000 troops since the invasion.", want: [][]string{{"[950000..950000]", war}}},
		{text: "Russia lost 950,000 troops.", want: [][]string{{"[950000..950000]", war}}},
		{text: "Russia's total losses reached 1,600 in the Kursk region.", want: [][]string{{"[1600..1600]", war}}},
		{text: "In total, Russia has lost 1,600 tanks.", want: [][]string{{"[1600..1600]", war}}},
		{text: "Ukraine has lost 160 servicemen in total.", want: [][]string{{"[160..160]", war}}},
		{text: "Russia's losses amounted to 1,000,000 troops.", want: [][]string{{"[1e+06..1e+06]", war}}},
		// A share of the figure before is no item of the list.
		{text: "The battalion suffered 120 casualties, 40 of them fatal.", want: [][]string{
			{"[120..120]", "→2025-06-12"},
			{"[40..40]", "→2025-06-12"},
		}},
	})
}

// Words that merely look like a total's or a toll's do not flip an
// undated event's day: "running" to shelters is no running total;
// "martyring" is "killing" in state media's words.
func TestEventWordsPastDay(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Five Israelis were injured while running to shelters.", want: [][]string{{"[5..5]", day}}},
		{text: "Five Israelis were injured while heading to shelters.", want: [][]string{{"[5..5]", day}}},
		{text: "Israeli aircraft targeted a house, martyring seven people.", want: [][]string{{"[7..7]", day}}},
		{text: "Israeli aircraft targeted a house, killing seven people.", want: [][]string{{"[7..7]", day}}},
		{text: "An Israeli drone struck a car in Nabatieh, martyring two people.", want: [][]string{{"[2..2]", day}}},
		// A running total still is one.
		{text: "Russia's running total of losses stands at 5,000.", want: [][]string{{"[5000..5000]", "2022-02-24→2025-06-12"}}},
	})
}

// A few machines destroyed or downed months after a long war's
// ceasefire are the day's news; a short war's, or a text that looks
// back at the war, keep the war's days.
func TestMachinesAfterWar(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hezbollah fighters destroyed 3 Merkava tanks near Khiam.", want: [][]string{{"[3..3]", "2025-06-11→2025-06-12"}}},
		{text: "Hezbollah shot down 2 Israeli drones over southern Lebanon.", want: [][]string{{"[2..2]", "2025-06-11→2025-06-12"}}},
		{text: "Hezbollah fighters destroyed 3 Merkava tanks near Khiam.", pub: "2024-06-12", want: [][]string{{"[3..3]", "2024-06-11→2024-06-12"}}},
		{text: "During the war, Hezbollah fighters destroyed 3 Merkava tanks near Khiam.", want: [][]string{{"[3..3]", "2023-10-08→2024-11-27"}}},
		{text: "Pakistan shot down five Indian fighter jets.", want: [][]string{{"[5..5]", "2025-05-07→2025-05-10"}}},
	})
}

// A named phase in the Russian ministry's words counts from its own
// start, not the war's.
func TestKursksPhaseWords(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Since the beginning of the offensive in the Kursk region, the AFU has lost more than 76,000 troops.", want: [][]string{{"[76000..·]", "2024-08-06→2025-06-12"}}},
		{text: "Since the start of the Ukrainian incursion into the Kursk region, Kyiv has lost more than 76,000 troops.", want: [][]string{{"[76000..·]", "2024-08-06→2025-06-12"}}},
		{text: "During the offensive in the Kursk direction, the AFU lost more than 76,000 troops.", want: [][]string{{"[76000..·]", "2024-08-06→2025-04-26"}}},
		// An offensive of no name is the war's.
		{text: "Since the beginning of the offensive, the AFU has lost more than 76,000 troops.", want: [][]string{{"[76000..·]", "2022-02-24→2025-06-12"}}},
	})
}
