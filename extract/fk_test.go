package extract

import "testing"

// An "It" or "The group" opening a sentence, as the subject of a loss,
// stands for the side the sentence before opened on, not for the
// speaker named after the figure.
func TestAnaphorSubjectLoss(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Hamas rejected the proposal. The group has lost about 20,000 fighters, Israel says.",
			want: [][]string{{"casualties Hamas/", "src=Israel"}}},
		{text: "Russia keeps attacking near Pokrovsk. It has lost some 30,000 troops there this year, Ukraine says.",
			want: [][]string{{"casualties Russia/", "src=Ukraine"}}},
		{text: "Hamas rejected the proposal. The group suffered 500 casualties in May, according to Israeli officials.",
			want: [][]string{{"casualties Hamas/"}}},
		{text: "Israel struck Gaza. It lost 3 soldiers, Hamas said.",
			want: [][]string{{"casualties Israel/"}}},
		// The speaker's own "it" stays the speaker's.
		{text: "Hamas rejected the proposal. Israel said it had lost 3 soldiers.",
			want: [][]string{{"Israel/"}}},
	})
}
