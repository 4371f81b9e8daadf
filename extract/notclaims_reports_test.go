package extract

import "testing"

// A figure with a decimal part and no scale word is a ratio, a rate per
// household or a bound of one, never a count of people; an average rate
// per day stays.
func TestDecimalNoCount(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The ratio of indirect to direct deaths was 4.0 (95% CI 3.1-5.2).", want: nil},
		{text: "The odds ratio for violent death among men was 3.4 (95% CI 2.1-5.5).", want: nil},
		{text: "The study found 2.3 deaths per household (95% CI 1.9-2.8).", want: nil},
		{text: "The mortality rate was 1.7 deaths per 1,000 people per month.", want: nil},
		{text: "Each attack killed 2.6 civilians on average.", want: nil},
		// Kept: a scale word, an average rate, a list's rate.
		{text: "The death toll rose to 1.2 million.", want: [][]string{{"killed", "[1.2e+06..1.2e+06]"}}},
		{text: "On average, 12.5 civilians were killed per day.", want: [][]string{{"killed", "[12.5..12.5]/day"}}},
		{text: "7.7 civilians were killed and 44.8 injured every day in Gaza in 2024.", want: [][]string{
			{"killed", "[7.7..7.7]/day"},
			{"wounded", "[44.8..44.8]/day"},
		}},
		{text: "Russia lost 6.9 tanks a day in 2024.", want: [][]string{{"equipment:tanks", "[6.9..6.9]/day"}}},
	})
}

// A central estimate with its interval in brackets after its words is
// one range with a best figure, whatever the interval is called and
// however its ends are joined.
func TestIntervalInBrackets(t *testing.T) {
	one := [][]string{{"killed", "Palestinians in Gaza/all", "[55298..78525]", "range", "2023-10-07→2024-06-30"}}
	runCases(t, []claimCase{
		{text: "The study estimated 64,260 deaths in Gaza (55,298–78,525) up to 30 June 2024.", want: one},
		{text: "The study estimated 64,260 deaths in Gaza (95% CI 55,298-78,525) up to 30 June 2024.", want: one},
		{text: "The study estimated 64,260 deaths in Gaza (uncertainty bounds 55,298 to 78,525) up to 30 June 2024.", want: one},
		{text: "The study estimated 64,260 deaths in Gaza (95% CI: 55,298, 78,525) up to 30 June 2024.", want: one},
		{text: "The study estimated 64,260 deaths in Gaza [55,298-78,525] up to 30 June 2024.", want: one},
		{text: "The study estimated 64,260 deaths in Gaza (95% uncertainty limits 55,298 to 78,525) up to 30 June 2024.", want: one},
		{text: "Some 1,500 people were killed (95% UI: 1,200, 1,900) in the region in 2023.", want: [][]string{{"killed", "[1200..1900]", "range", "~"}}},
		// A range in brackets that does not hold the figure is a part
		// of it; one that does not close is no interval.
		{text: "At least 500 people were killed in the attack (300-400 of them children).", want: [][]string{
			{"killed", "[500..·]", "at_least"},
			{"killed", "[300..400]", "range"},
		}},
		{text: "About 2,000 people were killed in the clashes (1,800 to 2,200 by other counts).", want: [][]string{{"killed", "[2000..2000]", "~"}}},
	})
}

// A count of attacks or incidents with an adjective or a participle
// before the noun is no count of the dead.
func TestEventCountWithModifier(t *testing.T) {
	runCases(t, []claimCase{
		{text: "HRW documented 53 civilians killed in 23 documented attacks in Yemen in 2018.", want: [][]string{{"killed", "[53..53]", "2018-01-01→2018-12-31"}}},
		{text: "HRW documented 53 civilians killed in 23 unlawful strikes in Yemen in 2018.", want: [][]string{{"killed", "[53..53]"}}},
		{text: "5,300 civilians were killed in Sudan in 2024, in 412 verified incidents.", want: [][]string{{"killed", "[5300..5300]"}}},
		{text: "At least 120 civilians died in 14 indiscriminate attacks on markets.", want: [][]string{{"killed", "[120..·]"}}},
		{text: "ACLED counted 900 deaths in 310 recorded incidents in May.", want: [][]string{{"killed", "[900..900]"}}},
		{text: "The coalition carried out 23 separate drone strikes that killed 40 civilians.", want: [][]string{{"killed", "[40..40]"}}},
		// Kept: the dead before attacks, and a toll before "as strikes".
		{text: "23 wounded in attacks on Kharkiv.", want: [][]string{{"wounded", "[23..23]"}}},
		{text: "Gaza death toll passes 49,600 as Israeli strikes resume", want: [][]string{{"killed", "[49600..·]", "more_than"}}},
	})
}

// "at least one fatality" as what a share of events had is no toll;
// one event's "at least one death" is.
func TestAtLeastOneFatalityOfEvents(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Of the 1,240 events recorded in Sudan in April, 42 per cent resulted in at least one fatality.", want: nil},
		{text: "ACLED recorded 310 events with at least one death in May.", want: nil},
		{text: "Of the 500 strikes, 60% resulted in at least one fatality.", want: nil},
		{text: "There were 40 attacks causing at least one death.", want: nil},
		{text: "At least one person was killed in the strike on Odesa.", want: [][]string{{"killed", "[1..·]", "at_least"}}},
		{text: "The attack resulted in at least one death, police said.", want: [][]string{{"killed", "[1..·]", "at_least"}}},
	})
}
