package extract

import "testing"

// "N years into the war" dates a figure by its tense: the present
// perfect counts to the day written, the past perfect stops at the
// anniversary.
func TestQiIntoTheWarTense(t *testing.T) {
	runCases(t, []claimCase{
		{text: "More than three years into the war, Russia has lost 1,000,000 troops, Ukraine says.", want: [][]string{{"[1e+06..1e+06]", "2022-02-24→2025-06-12"}}},
		{text: "Three years into the war, Russia has lost 1,000,000 troops, Ukraine says.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Three years into the full-scale invasion, Ukraine has lost 70,000 soldiers, Zelensky said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Three years into the war, Russia had lost 700,000 troops, Ukraine said at the time.", want: [][]string{{"2022-02-24→2025-02-24"}}},
		{text: "A year into the war, Russia had lost 130,000 troops, Ukraine said at the time.", want: [][]string{{"[130000..130000]", "2022-02-24→2023-02-24"}}},
		{text: "A month into the war, Russia had lost 15,000 soldiers, NATO estimated.", want: [][]string{{"2022-02-24→2022-03-24"}}},
		{text: "Eighteen months into the war, 9,000 Ukrainian civilians had been killed, the UN said.", want: [][]string{{"2022-02-24→2023-08-24"}}},
		// A count of years long past keeps its anniversary, whatever the tense.
		{text: "One year into the war, Russia has lost 200,000 troops, US officials said.", want: [][]string{{"2022-02-24→2023-02-24"}}},
	})
}

// A total that "doubled" or "halved" to a new figure is the new total,
// as after "rose by half": the span of the rise is not the figure's.
func TestQiDoubledToTotal(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russian casualties in Ukraine have nearly doubled over the past year, to an estimated 950,000, the UK Ministry of Defence said.", want: [][]string{{"[950000..950000]", "~", "2022-02-24→2025-06-12"}}},
		{text: "Russian casualties have more than doubled over the past year, to about 950,000, the UK said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Russian casualties have tripled in the past year, to 900,000, officials say.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Russian casualties have risen by half over the past year, to about 950,000, the UK said.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Ukraine's losses have halved over the past year, to about 300 a week, officials said.", want: [][]string{{"[300..300]/week"}}},
	})
}

// "Approaching the 1 million mark" is short of it, as "nearly 1
// million"; "passed the mark" is past it.
func TestQiMilestoneNear(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's losses are nearing the 1 million mark, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties are approaching the 1 million mark, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties approached the 1 million mark in June, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties are nearly 1 million, Ukraine says.", want: [][]string{{"[·..1e+06]", "fewer_than", "~"}}},
		{text: "Russian casualties have passed the 1 million mark, Ukraine says.", want: [][]string{{"[1e+06..·]", "more_than"}}},
		{text: "Russian casualties crossed the 1 million mark, Ukraine says.", want: [][]string{{"[1e+06..·]", "more_than"}}},
		{text: "Russian casualties have surpassed the 1 million mark, Ukraine says.", want: [][]string{{"[1e+06..·]", "more_than"}}},
	})
}

// "Daily losses" that stand now are a rate, not a day's count; "were"
// with no span stays a count (a daily report's).
func TestQiDailyLossesNow(t *testing.T) {
	runCases(t, []claimCase{
		{pub: "2025-07-15", text: "Russia's daily losses are now around 800, analysts say.", want: [][]string{{"[800..800]/day", "~"}}},
		{pub: "2025-07-15", text: "Russian daily losses have nearly halved since the spring, to around 800, analysts say.", want: [][]string{{"[800..800]/day"}}},
		{pub: "2025-07-15", text: "Russia's daily losses currently stand at about 1,000, the UK said.", want: [][]string{{"[1000..1000]/day"}}},
		{pub: "2025-07-15", text: "Russia's daily losses remain above 1,000, the UK said.", want: [][]string{{"[1000..·]/day"}}},
		{text: "Russia's daily losses were 1,200, the General Staff said.", want: [][]string{{"[1200..1200]"}}},
		{text: "Russia's daily losses on Tuesday were 1,200, the General Staff said.", want: [][]string{{"[1200..1200]", "2025-06-10→2025-06-10"}}},
	})
}

// A clause of "now" after a rate gives the rate as it stands, out of
// the time of the clause before.
func TestQiNowRate(t *testing.T) {
	runCases(t, []claimCase{
		{text: "A year ago, Russia was losing about 1,200 troops a day; now it loses about 1,000, the UK said.", want: [][]string{
			{"[1200..1200]/day", "2024-06-12→2024-06-12"},
			{"[1000..1000]/day", "2022-02-24→2025-06-12"},
		}},
		{text: "In May, Russia lost about 1,200 troops a day; now it loses about 1,000, the UK said.", want: [][]string{
			{"[1200..1200]/day", "2025-05-01→2025-05-31"},
			{"[1000..1000]/day", "2022-02-24→2025-06-12"},
		}},
		// A total after "now" is no rate.
		{text: "Russia lost about 1,200 troops a day in May, and now it has lost 1,000,000 in all, the UK said.", want: [][]string{
			{"[1200..1200]/day"},
			{"[1e+06..1e+06]", "2022-02-24→2025-06-12"},
		}},
	})
}

// A week called the worst (or the quietest) in a sentence that counts
// nothing is the next figure's: a weekday there is that week's.
func TestQiSuperlativeWeekCarry(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Last week was the deadliest of the war for Russian troops. On Monday alone, Russia lost 1,600 soldiers, Kyiv said.", want: [][]string{{"[1600..1600]", "2025-06-02→2025-06-02"}}},
		{text: "Last week was the deadliest of the war for Russian troops. On Wednesday, Russia lost 1,600 soldiers, Kyiv said.", want: [][]string{{"2025-06-04→2025-06-04"}}},
		{text: "Last week was the most intense of the year. On Tuesday, Russia lost 1,400 soldiers, Kyiv said.", want: [][]string{{"2025-06-03→2025-06-03"}}},
		{text: "Last week was the quietest in months. Russia lost 6,200 troops, according to the General Staff.", want: [][]string{{"[6200..6200]", "2025-06-02→2025-06-08"}}},
		{text: "Last week was the calmest since January. Russia lost 6,200 troops, Ukraine said.", want: [][]string{{"2025-06-02→2025-06-08"}}},
		{text: "Last week was the heaviest for Russia in months. Russia lost 9,600 troops, Ukraine said.", want: [][]string{{"2025-06-02→2025-06-08"}}},
		// A running total stays the war's; a weekday with no week before is the latest.
		{text: "Last week was the deadliest of the war. Russia has lost 1,000,000 troops since 2022.", want: [][]string{{"2022-02-24→2025-06-12"}}},
		{text: "Fighting went on. On Monday alone, Russia lost 1,600 soldiers, Kyiv said.", want: [][]string{{"2025-06-09→2025-06-09"}}},
	})
}

// A news agency's byline line keeps its break: its names are no
// source of the line after it.
func TestQiBylineLine(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Reporting by Tom Balmforth; Editing by Alex Richardson\nUkraine says Russia lost 1,000 troops.", want: [][]string{{"[1000..1000]", "src=Ukraine"}}},
		{text: "(Additional reporting by Olena Harmash in Kyiv; Writing by Tom Balmforth; Editing by Alex Richardson)\nUkraine says Russia lost 1,000 troops.", want: [][]string{{"src=Ukraine"}}},
		{text: "Writing by Tom Balmforth; editing by Alex Richardson and Mark Heinrich\nThe UN says 40 civilians were killed in Sumy.", want: [][]string{{"[40..40]", "src=UN"}}},
		{text: "Compiled by the Kyiv Independent news desk for readers\nUkraine says Russia lost 1,000 troops.", want: [][]string{{"src=Ukraine"}}},
	})
}
