package extract

import "testing"

// The ages of a group counted before are no figures of loss; the count
// is.
func TestAgesOfCountedGroup(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The five civilians killed were mostly over 60.", want: [][]string{{"killed", "/civilian", "[5..5]"}}},
		{text: "The three children killed were all under 18.", want: [][]string{{"killed", "/civilian", "[3..3]"}}},
		{text: "Dozens of civilians killed were over 60.", want: [][]string{{"killed", "/civilian", "[12..·]"}}},
		{text: "The 12 soldiers killed were aged between 20 and 30.", want: [][]string{{"killed", "/military", "[12..12]"}}},
		{text: "The 12 soldiers killed were aged 20 to 30.", want: [][]string{{"killed", "/military", "[12..12]"}}},
		{text: "Eleven people were killed, aged between 3 and 80.", want: [][]string{{"killed", "[11..11]"}}},
		{text: "The victims ranged in age from 18 to 25.", want: nil},
		// A loss noun as the subject keeps the figure a count.
		{text: "The casualties were over 50.", want: [][]string{{"casualties", "[50..·]", "more_than"}}},
		{text: "Between 20 and 30 soldiers were killed.", want: [][]string{{"killed", "[20..30]", "range"}}},
	})
}
