package extract

import "testing"

// One fight's toll with no day of its own is the past day's news, as an
// attack's is: an assault, a clash, a firefight.
func TestFeOneFightPastDay(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Ukraine said it lost 12 soldiers in the assault.", want: [][]string{{"[12..12]", day}}},
		{text: "Ukraine lost 35 soldiers in a single assault.", want: [][]string{{"[35..35]", day}}},
		{text: "Hamas lost 9 fighters in the clash.", want: [][]string{{"[9..9]", day}}},
		{text: "Nine Hamas fighters were killed in a clash with Israeli troops.", want: [][]string{{"[9..9]", day}}},
		{text: "Russian forces suffered more than 1,000 casualties in the failed assault near Pokrovsk, ISW said.", want: [][]string{{"[1000..·]", day}}},
		{text: "Two Israeli soldiers were wounded in a firefight in Jenin.", want: [][]string{{"[2..2]", day}}},
		// A war or a campaign is no one fight.
		{text: "Ukraine has lost 43,000 soldiers since Russia's full-scale assault began.", want: [][]string{{"[43000..43000]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 16,000 soldiers in the assault on Avdiivka.", want: [][]string{{"[16000..16000]", "2022-02-24→2025-06-12"}}},
		{text: "Ukraine has lost 43,000 soldiers.", want: [][]string{{"[43000..43000]", "2022-02-24→2025-06-12"}}},
		{text: "Russia lost 1,000 troops in the past day.", want: [][]string{{"[1000..1000]", day}}},
	})
}

// A few dead told in the simple past, with no word of a total and no
// day of their own, are the day's news; the perfect and the past
// perfect are not.
func TestFeFewDeadSimplePast(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Twelve people were killed, the Gaza health ministry said.", want: [][]string{{"[12..12]", day}}},
		{text: "21 people were killed near the aid site, the Palestinian Red Crescent said.", want: [][]string{{"[21..21]", day}}},
		{text: "Six people died in Ukrainian shelling of Horlivka, Russian-installed officials said.", want: [][]string{{"[6..6]", day}}},
		{text: "The Syrian Observatory for Human Rights said 23 government troops and 11 jihadists were killed.", want: [][]string{{"[23..23]", day}, {"[11..11]", day}}},
		{text: "Hezbollah said three of its fighters were killed.", want: [][]string{{"[3..3]", day}}},
		// Totals keep the war's start.
		{text: "Twelve people have been killed in Gaza since the war began, the ministry said.", want: [][]string{{"[12..12]", "2023-10-07→2025-06-12"}}},
		{text: "Twenty-three patients have died in Gaza, the ministry said.", want: [][]string{{"[23..23]", "2023-10-07→2025-06-12"}}},
		{text: "More than 50,000 people were killed in Gaza, the ministry said.", want: [][]string{{"[50000..·]", "2023-10-07→2025-06-12"}}},
		// A time told before ("in that period"), not the past day.
		{text: "Fighting raged between May 7 and May 10 in Gaza. Twelve people were killed in that period, the ministry said.", want: [][]string{{"[12..12]", "2023-10-07→2025-06-12"}}},
		{text: "Israeli strikes between May 7 and May 10 killed 40 people in Gaza. Twelve people were killed in Rafah, the ministry said.", want: [][]string{{"[40..40]", "2025-05-07→2025-05-10"}, {"[12..12]", "2025-05-07→2025-05-10"}}},
		// The past perfect tells of a time before.
		{text: "Israel said 80 of its soldiers had died in Gaza.", want: [][]string{{"[80..80]", "2023-10-07→2025-06-12"}}},
	})
}

// The next items of a list of one deed's victims, and a part of them
// told after "among them were", share the deed's day.
func TestFeListOfOneDeed(t *testing.T) {
	day := "2025-06-11→2025-06-12"
	runCases(t, []claimCase{
		{text: "Russian strikes killed 3 soldiers and 2 civilians in Kharkiv.", want: [][]string{{"[3..3]", day}, {"[2..2]", day}}},
		{text: "Russian shelling killed 4 men and 2 women in Kherson.", want: [][]string{{"[4..4]", day}, {"[2..2]", day}}},
		{text: "Russian shelling killed 4 men, 2 women and a child in Kherson.", want: [][]string{{"[4..4]", day}, {"[2..2]", day}}},
		{text: "Israeli strikes killed 6 policemen and 4 women in Gaza City.", want: [][]string{{"[6..6]", day}, {"[4..4]", day}}},
		{text: "Israel's military said 5 soldiers were killed in northern Gaza; among them were 2 officers.", want: [][]string{{"[5..5]", day}, {"[2..2]", day}}},
		// A side's soldiers in another war's land take the deed's day.
		{text: "Rebels said they killed 47 Malian soldiers and 84 Russian mercenaries.", want: [][]string{{"Mali/military", "[47..47]", day}, {"Russia/military", "[84..84]", day}}},
		{text: "Russian strikes killed 3 soldiers and 2 civilians in Kharkiv, officials said on Tuesday.", want: [][]string{{"[3..3]", "2025-06-09→2025-06-10"}, {"[2..2]", "2025-06-09→2025-06-10"}}},
		// Items with days of their own keep them; a total keeps its start.
		{text: "Russian strikes killed 3 people on Monday and 5 on Tuesday in Kharkiv.", want: [][]string{{"[3..3]", "2025-06-09→2025-06-09"}, {"[5..5]", "2025-06-10→2025-06-10"}}},
		{text: "Israeli strikes killed 12 people in Rafah and more than 52,000 in total, the ministry said.", want: [][]string{{"[12..12]"}, {"[52000..·]", "2023-10-07→2025-06-12"}}},
		{text: "The number killed has risen to at least 213, among them 11 civilians, five of whom were children.", pub: "2023-09-21", want: [][]string{{"[213..·]"}, {"[11..11]"}, {"[5..5]"}}},
	})
}

// A fight's toll that names no side is dated by the war of the town it
// names.
func TestFeTownFightNoSide(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Clashes in Kharkiv left 17 dead.", want: [][]string{{"[17..17]", "2025-06-11→2025-06-12"}}},
		{text: "Shelling of Kherson killed 5 people.", want: [][]string{{"[5..5]", "2025-06-11→2025-06-12"}}},
	})
}
