package extract

import "testing"

// A falling count told with the size of its fall: the percentage is no
// figure of its own, and the loss noun before it names the new total,
// as it does after a rise ("rose by 40 per cent to").
func TestRTPercentFallTo(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Civilian deaths in Ukraine fell by 8 per cent to 2,088 in 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[2088..2088]", "2024-01-01→2024-12-31"}}},
		{text: "Civilian deaths in Ukraine declined 8% to 2,088 in 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[2088..2088]", "2024-01-01→2024-12-31"}}},
		{text: "Civilian deaths in Ukraine were down 8% to 2,088 in 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[2088..2088]", "2024-01-01→2024-12-31"}}},
		{text: "The death toll dropped by 8 percent to 2,088 in 2024, the UN said.", want: [][]string{
			{"killed", "[2088..2088]", "2024-01-01→2024-12-31", "src=UN"}}},
		{text: "Civilian casualties decreased by 12 per cent to 9,000 last year.", want: [][]string{
			{"casualties", "/civilian", "[9000..9000]", "2024-01-01→2024-12-31"}}},
		{text: "Ukraine's civilian deaths slipped 8% to 2,088 in 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[2088..2088]", "2024-01-01→2024-12-31"}}},
		// The rise as before.
		{text: "Civilian deaths in Ukraine rose by 40 per cent to 2,088 in 2024.", want: [][]string{
			{"killed", "Ukraine/civilian", "[2088..2088]", "2024-01-01→2024-12-31"}}},
		// A share that falls to a share is no count.
		{text: "The share of civilian deaths fell by 8 per cent to 20 per cent in 2024.", want: nil},
	})
}

// A floor and a ceiling written as a minimum and a maximum are one
// range, after "from" as after "between", and in a label's pair; a lone
// minimum stays a floor.
func TestRTMinimumMaximumRange(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Airwars estimates the civilian death toll ranges from a minimum of 3,540 to a maximum of 5,110.", want: [][]string{
			{"killed", "/civilian", "[3540..5110]", "range", "src=Airwars"}}},
		{text: "Airwars estimates that from a minimum of 3,540 to a maximum of 5,110 civilians were killed.", want: [][]string{
			{"killed", "/civilian", "[3540..5110]", "range", "src=Airwars"}}},
		{text: "Airwars estimates that between a minimum of 3,540 and a maximum of 5,110 civilians were killed.", want: [][]string{
			{"killed", "/civilian", "[3540..5110]", "range", "src=Airwars"}}},
		{text: "Airwars puts civilian deaths at a minimum of 3,540 and a maximum of 5,110.", want: [][]string{
			{"killed", "/civilian", "[3540..5110]", "range", "src=Airwars"}}},
		{text: "Civilian deaths: minimum 3,540, maximum 5,110 (Airwars).", want: [][]string{
			{"killed", "/civilian", "[3540..5110]", "range", "src=Airwars"}}},
		{text: "Estimates of Russian deaths range from at least 60,000 to as many as 150,000.", want: [][]string{
			{"killed", "Russia/", "[60000..150000]", "range"}}},
		// A floor alone.
		{text: "Airwars puts civilian deaths at a minimum of 3,540.", want: [][]string{
			{"killed", "/civilian", "[3540..·]", "at_least"}}},
		{text: "Civilian deaths: minimum 3,540.", want: [][]string{
			{"killed", "/civilian", "[3540..·]", "at_least"}}},
	})
}

// A count revised by its pronoun ("revised it to 34") is the same
// count, new: the event's, as "revised the number to 34" is.
func TestRTRevisedPronoun(t *testing.T) {
	odesa := "A Russian strike on Odesa killed 40 people, the governor said. "
	first := []string{"killed", "Ukraine/", "[40..40]", "2025-06-11→2025-06-12"}
	second := []string{"killed", "Ukraine/", "[34..34]", "2025-06-11→2025-06-12"}
	runCases(t, []claimCase{
		{text: odesa + "The governor has since revised it to 34.", want: [][]string{first, second}},
		{text: odesa + "Officials later lowered it to 34.", want: [][]string{first, second}},
		{text: odesa + "The governor later corrected that to 34.", want: [][]string{first, second}},
		{text: odesa + "He later revised it down to 34.", want: [][]string{first, second}},
		{text: odesa + "The governor has since revised the number to 34.", want: [][]string{first, second}},
		{text: "A Russian strike on Odesa killed 12 people, the governor said, but he later raised it to 14.", want: [][]string{
			{"killed", "Ukraine/", "[12..12]"}, {"killed", "Ukraine/", "[14..14]", "2025-06-11→2025-06-12"}}},
		// A pronoun of no count.
		{text: "A Russian strike on Odesa killed 40 people. The governor said it took 34 hours to restore power.", want: [][]string{first}},
	})
}
