package extract

import (
	"strings"
	"testing"
)

// TestEstimativeNotAfterCountNoun: a count's noun, then "is almost
// certainly not below": the "not" is the estimative word's, and the
// bound stays as written.
func TestEstimativeNotAfterCountNoun(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The number of Russian dead is almost certainly not below 150,000, the analysts wrote.",
			want: [][]string{{"killed Russia/", "[·..150000]", "fewer_than"}}},
		{text: "Russian deaths are almost certainly not below 150,000.",
			want: [][]string{{"killed Russia/", "[·..150000]", "fewer_than"}}},
		{text: "The number of Russian dead is probably not more than 150,000.",
			want: [][]string{{"killed Russia/", "[150000..·]", "more_than"}}},
		{text: "The toll is almost certainly not below 150,000.",
			want: [][]string{{"killed /", "[·..150000]", "fewer_than"}}},
		// A plain "not" still turns the bound round.
		{text: "The number of Russian dead is not below 150,000.",
			want: [][]string{{"killed Russia/", "[150000..·]", "at_least"}}},
	})
	for _, tc := range []string{
		"The number of Russian dead is almost certainly not below 150,000, the analysts wrote.",
		"The number of Russian dead is probably not more than 150,000.",
	} {
		cs := run(t, tc, "2025-06-12", "")
		if len(cs) != 1 || !strings.HasSuffix(cs[0].Likelihood, " not") {
			t.Errorf("%q: want one claim with a likelihood ending in \"not\", got %+v", tc, cs)
		}
	}
}

// TestGroupAgeNotCount: "were (all) under 25" after a group counted
// before is the group's age; a loss noun as the subject keeps the
// figure a count.
func TestGroupAgeNotCount(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The 12 soldiers killed on Monday were all under 25, their commander said.",
			want: [][]string{{"killed /military", "[12..12]"}}},
		{text: "Most of the 12 soldiers killed on Monday were under 25.",
			want: [][]string{{"killed /military", "[12..12]"}}},
		{text: "The 300 soldiers killed in the battle were mostly over 60.",
			want: [][]string{{"killed /military", "[300..300]"}}},
		{text: "The 12 soldiers killed were under 25 years of age.",
			want: [][]string{{"killed /military", "[12..12]"}}},
		// The count's own noun as the subject: a count.
		{text: "The casualties were under 50, the army said.",
			want: [][]string{{"casualties", "[·..50]", "fewer_than"}}},
		{text: "Ukrainian losses were under 50 yesterday.",
			want: [][]string{{"casualties Ukraine/", "[·..50]", "fewer_than"}}},
		{text: "Two soldiers were killed; the dead were under 30.",
			want: [][]string{{"killed /military", "[2..2]"}, {"killed", "[·..30]", "fewer_than"}}},
	})
}
