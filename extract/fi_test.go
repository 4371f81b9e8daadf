package extract

import "testing"

// The second figure of one event, told with the first ("and wounded
// 171", "adding that 21 were wounded"), is of the event's day, whatever
// the statement's words around it; not when it has a time of its own.
func TestFiSecondFigureOfEvent(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "US strikes on the Ras Isa fuel port killed 74 people and wounded 171, the Houthi-run health ministry said on Friday.", pub: "2025-04-18",
			want: []string{"74..74 2025-04-17→2025-04-18", "171..171 2025-04-17→2025-04-18"}},
		{text: "Russian shelling killed three people in Kherson, the governor said, adding that 21 were wounded.", pub: "2025-06-10",
			want: []string{"3..3 2025-06-09→2025-06-10", "21..21 2025-06-09→2025-06-10"}},
		{text: "A Russian missile strike killed at least three people in Odesa, the governor said on Tuesday, adding that 21 were injured.", pub: "2025-06-10",
			want: []string{"3.. 2025-06-09→2025-06-10", "21..21 2025-06-09→2025-06-10"}},
		{text: "Russian shelling killed three people in Kherson on Monday, the governor said, adding that 21 others were wounded.", pub: "2025-06-10",
			want: []string{"3..3 2025-06-09→2025-06-09", "21..21 2025-06-09→2025-06-09"}},
		// A running total's second figure keeps its own reading.
		{text: "Israeli strikes have killed 37,000 people in Gaza since the war began and wounded 85,000, the ministry said on Friday.", pub: "2024-06-14",
			want: []string{"37000..37000 2023-10-07→2024-06-14", "85000..85000 2023-10-07→2024-06-14"}},
	})
}

// One undated attack's toll is the past day's news however its place
// and verb are written: a place of more words than one between the
// strikes and "killed", the passive "killed by shelling", a second deed
// after a fight's verb, bodies from the rubble. Running totals are not.
func TestFiUndatedEvent(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Israeli strikes on Khan Younis killed six people and wounded 87.", pub: "2024-07-21",
			want: []string{"6..6 2024-07-20→2024-07-21", "87..87 2024-07-20→2024-07-21"}},
		{text: "Israeli strikes on Deir al-Balah killed six people.", pub: "2024-07-21", want: []string{"6..6 2024-07-20→2024-07-21"}},
		{text: "Israeli airstrikes on the Nuseirat camp killed 12 people.", pub: "2024-07-21", want: []string{"12..12 2024-07-20→2024-07-21"}},
		{text: "Israeli strikes on Tyre killed six people.", pub: "2024-07-21", want: []string{"6..6 2024-07-20→2024-07-21"}},
		{text: "Three civilians were killed by Russian shelling in Nikopol, the governor said.", pub: "2025-05-24", want: []string{"3..3 2025-05-23→2025-05-24"}},
		{text: "Three civilians were killed by Russian strikes on Nikopol, the governor said.", pub: "2025-05-24", want: []string{"3..3 2025-05-23→2025-05-24"}},
		{text: "Ukrainian forces repelled an assault near Pokrovsk and killed 96 Russian soldiers.", want: []string{"96..96 2025-06-11→2025-06-12"}},
		{text: "Rescuers pulled 17 bodies from the rubble of a house in Jabalia, the civil defence agency said on Thursday.", want: []string{"17..17 2025-06-11→2025-06-12"}},
		{text: "Rescuers pulled 17 bodies from the rubble of a house in Jabalia on Tuesday.", want: []string{"17..17 2025-06-10→2025-06-10"}},
		// Running totals stay the war's.
		{text: "Israeli strikes on Gaza City have killed 6,000 people since the war began.", pub: "2024-07-21", want: []string{"6000..6000 2023-10-07→2024-07-21"}},
		{text: "Some 40,000 people were killed by Israeli strikes in Gaza, the ministry said.", pub: "2024-07-21", want: []string{"40000..40000 2023-10-07→2024-07-21"}},
		{text: "So far, 300 civilians have been killed by Russian shelling in Nikopol.", pub: "2025-05-24", want: []string{"300..300 2022-02-24→2025-05-24"}},
	})
}

// A day's deeds told in the simple past after the sentence that opened
// the window are the window's, though a speaker no one else was said to
// tell it is named; not a total told in the perfect.
func TestFiWindowAttributed(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Over the past day, 152 clashes took place. Ukrainian defenders neutralised 290 occupiers, the General Staff said.", want: []string{"290..290 2025-06-11→2025-06-12"}},
		{text: "Over the past day, 152 clashes took place. Ukrainian defenders neutralised 290 occupiers.", want: []string{"290..290 2025-06-11→2025-06-12"}},
		{text: "Over the past day, 152 clashes took place. Ukrainian defenders killed 290 occupiers and destroyed 12 tanks, the General Staff said.", want: []string{"290..290 2025-06-11→2025-06-12", "12..12 2025-06-11→2025-06-12"}},
		{text: "Over the past day, 152 clashes took place. The enemy lost 1,230 soldiers, the General Staff said.", want: []string{"1230..1230 2025-06-11→2025-06-12"}},
		{text: "Over the past day, 152 clashes took place. Russia has lost 1,000,000 soldiers since the invasion, the General Staff said.", want: []string{"1e+06..1e+06 2022-02-24→2025-06-12"}},
	})
}

// A rise from a figure in one year to one in the next gives each its
// own year, as a rate's rise gives each its own month; a total's rise
// to the day it stood still runs from the war's start.
func TestFiRiseOwnYears(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Average daily Russian casualties rose from 693 in 2023 to 1,177 in 2024.", pub: "2025-01-02",
			want: []string{"1177..1177 2024-01-01→2024-12-31 /day", "693..693 2023-01-01→2023-12-31 /day"}},
		{text: "Russian casualties rose from 253,290 in 2023 to 430,790 in 2024.", pub: "2025-01-02",
			want: []string{"430790..430790 2024-01-01→2024-12-31", "253290..253290 2023-01-01→2023-12-31"}},
		{text: "Russian daily losses rose from 1,000 in April to 1,200 in May.",
			want: []string{"1200..1200 2025-05-01→2025-05-31 /day", "1000..1000 2025-04-01→2025-04-30 /day"}},
		{text: "Russian losses rose from 300,000 at the end of 2023 to 790,000 by December 2024.", pub: "2025-01-02",
			want: []string{"790000..790000 2022-02-24→2024-12-31", "300000..300000 2022-02-24→2023-12-31"}},
	})
}

// The deed told as what began the war ("the war began when …", "the
// war started with …", "which triggered the war") is of the war's first
// day; a total told after it is the war's.
func TestFiWarBeganWhen(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "The war began when Hamas-led militants attacked Israel, killing some 1,200 people and abducting 251.",
			want: []string{"1200..1200 2023-10-07→2023-10-07", "251..251 2023-10-07→2023-10-07"}},
		{text: "The war started with the Hamas attack on southern Israel, which killed about 1,200 people.", want: []string{"1200..1200 2023-10-07→2023-10-07"}},
		{text: "The Hamas-led attack on Israel, which triggered the war, killed about 1,200 people.", want: []string{"1200..1200 2023-10-07→2023-10-07"}},
		{text: "The war began when Hamas attacked Israel. Since then, Israel has killed 55,000 Palestinians.", want: []string{"55000..55000 2023-10-07→2025-06-12"}},
	})
}

// The time right after a part's own deed ("including 560 bodies
// recovered since the ceasefire") is the part's, not the whole's.
func TestFiPartsOwnTime(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "The ministry said 69,546 Palestinians had been killed in Gaza over two years of war, including 560 bodies recovered since the ceasefire.", pub: "2025-11-20",
			want: []string{"69546..69546 2023-10-07→2025-11-20", "560..560 2025-10-10→2025-11-20"}},
		{text: "The ministry said 69,546 Palestinians have been killed in Gaza, including 350 killed since the ceasefire took effect.", pub: "2025-11-20",
			want: []string{"69546..69546 2023-10-07→2025-11-20", "350..350 2025-10-10→2025-11-20"}},
	})
}

// A count over "two years of full-scale war" runs from the war's start;
// "three days of fighting" is the days named.
func TestFiYearsOfWar(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "31,000 Ukrainian troops had been killed in two years of full-scale war.", pub: "2024-02-25", want: []string{"31000..31000 2022-02-24→2024-02-25"}},
		{text: "31,000 Ukrainian troops have been killed in two years of war.", pub: "2024-02-25", want: []string{"31000..31000 2022-02-24→2024-02-25"}},
		{text: "Russia lost 9,000 men in three days of fighting.", pub: "2024-02-25", want: []string{"9000..9000 2024-02-22→2024-02-25"}},
	})
}

// "Since the ceasefire collapsed" counts from the day the latest truce
// broke down; "since the ceasefire", from the day it took effect.
func TestFiTruceCollapsed(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Since the ceasefire collapsed, at least 1,309 children have been killed in Gaza.", pub: "2025-06-01", want: []string{"1309.. 2025-03-18→2025-06-01"}},
		{text: "At least 1,309 children have been killed in Gaza since the truce broke down.", pub: "2025-06-01", want: []string{"1309.. 2025-03-18→2025-06-01"}},
		{text: "At least 1,309 children have been killed in Gaza since the ceasefire.", pub: "2025-06-01", want: []string{"1309.. 2025-01-19→2025-06-01"}},
	})
}
