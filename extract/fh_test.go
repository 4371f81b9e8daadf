package extract

import "testing"

// Tests of whose losses a figure counts (actor) and which people
// (population); fdRun compares the claims in order.

// A speaker carried over from the sentence before does not count its
// enemy's land's dead as its own; one named in the sentence (an armed
// group for its people, a state for its own dead abroad) still does.
func TestFHCarriedSpeakerEnemyPlace(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Israel says it has killed 20,000 Hamas fighters. The total death toll in Gaza stands at 55,000.",
			want: []fdSide{{20000, "Hamas", "military"}, {55000, "Palestinians in Gaza", "all"}}},
		{text: "Israel says it has killed 20,000 Hamas fighters. More than 55,000 people have been killed in Gaza since the war began.",
			want: []fdSide{{20000, "Hamas", "military"}, {55000, "Palestinians in Gaza", "all"}}},
		{text: "The Israeli military said 20 militants were killed. The death toll in Gaza has risen to 44,000.",
			want: []fdSide{{20, "Hamas", "military"}, {44000, "Palestinians in Gaza", "all"}}},
		// (A state's enemy's land of a war of many sides: no side.)
		{text: "Israel says it has killed 2,500 Hezbollah fighters. The death toll in Lebanon has passed 3,800.", pub: "2024-11-28",
			want: []fdSide{{2500, "Hezbollah", "military"}, {3800, "", "all"}}},
		// Named in the sentence, the speaker still counts its place's dead.
		{text: "Hamas said the death toll in Gaza had reached 44,000.",
			want: []fdSide{{44000, "Palestinians in Gaza", "all"}}},
	})
}

// A side that counts its own dead beside another speaker's figure does
// not lend its name to that figure.
func TestFHOwnCountBeside(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Health officials say 280 people have been killed, while Israel says three of its soldiers have been killed.",
			want: []fdSide{{280, "", "all"}, {3, "Israel", "military"}}},
		// (Alone, the figure still takes the text's one side.)
		{text: "Israeli strikes hit the city overnight. Health officials say 280 people have been killed.",
			want: []fdSide{{280, "Palestinians in Gaza", "-"}}},
	})
}

// Hostages are the people of the state their captors fight, whoever
// killed them, holds them or hands their bodies back; the gold codes
// them as all people.
func TestFHHostages(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "Two hostages were killed by Israeli troops in Shejaiya.", want: []fdSide{{2, "Israel", "all"}}},
		{text: "The bodies of six hostages were recovered from a tunnel in Rafah.", want: []fdSide{{6, "Israel", "all"}}},
		{text: "Hamas handed over the remains of four hostages on Thursday.", want: []fdSide{{4, "Israel", "all"}}},
		{text: "The Israeli government says 35 of the hostages still held in Gaza are dead.", want: []fdSide{{35, "Israel", "all"}}},
		{text: "Hamas claimed that 70 hostages had been killed in Israeli air strikes.", want: []fdSide{{70, "Israel", "all"}}},
		{text: "Hamas said 57 of the Israeli hostages it holds have since died.", want: []fdSide{{57, "Israel", "all"}}},
		{text: "Hamas killed 1,200 people and took 251 hostages.", want: []fdSide{{1200, "Israel", "all"}, {251, "Israel", "all"}}},
		// A side's word before the noun says whose they are.
		{text: "Hamas said six Palestinian hostages held by Israel had died in custody.", want: []fdSide{{6, "Palestinians in Gaza", "all"}}},
	})
}

// An office a side runs speaks for it ("the Houthi-run health
// ministry"), an armed group's for the people of its land; a part of
// the dead with its own people's noun is of the whole's side.
func TestFHRunByOffice(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "The Houthi-run health ministry said 160 people had been killed in US strikes, with another 60 killed in Israeli strikes.",
			want: []fdSide{{160, "Yemen", "all"}, {60, "Yemen", "all"}}},
		{text: "The Houthi-run health ministry has put the overall toll of the campaign at more than 250 dead and 700 wounded.",
			want: []fdSide{{250, "Yemen", "all"}, {700, "Yemen", "all"}}},
		{text: "The health ministry in Hamas-run Gaza said 60 people had been killed in Israeli strikes.",
			want: []fdSide{{60, "Palestinians in Gaza", "all"}}},
		{text: "Israel has killed at least 46 people in Yemen this week, including 31 journalists.", pub: "2025-09-11",
			want: []fdSide{{46, "Yemen", "all"}, {31, "Yemen", "civilian"}}},
		{text: "Russian strikes killed 12 people in Kharkiv, including 3 children.",
			want: []fdSide{{12, "Ukraine", "all"}, {3, "Ukraine", "civilian"}}},
		// (Fighters among the dead are the armed side's still.)
		{text: "Israeli strikes killed 50 people in Gaza, including 10 militants.",
			want: []fdSide{{50, "Palestinians in Gaza", "all"}, {10, "Hamas", "military"}}},
	})
}

// In a war of states alone, the dead in one's land are its own people,
// by any word for the dead; not a town's dead in the fighting for it,
// nor battle deaths, which are every side's.
func TestFHDeadInStateLand(t *testing.T) {
	fdRun(t, []fdCase{
		{text: "The 12-day war left 28 dead in Israel, according to official figures.", pub: "2025-06-26",
			want: []fdSide{{28, "Israel", "all"}}},
		{text: "The 12-day war left 1,060 dead in Iran, according to official figures.", pub: "2025-06-26",
			want: []fdSide{{1060, "Iran", "all"}}},
		{text: "HRANA had documented 1,190 deaths in Iran, including 436 civilians.", pub: "2025-06-26",
			want: []fdSide{{1190, "Iran", "all"}, {436, "Iran", "civilian"}}},
		{text: "At least 1,060 people were killed in Iran.", pub: "2025-06-26",
			want: []fdSide{{1060, "Iran", "all"}}},
		{text: "In Ethiopia, the conflict between the government and the TPLF caused more than 100,000 battle-related deaths in 2022.",
			want: []fdSide{{100000, "", "-"}}},
	})
}
