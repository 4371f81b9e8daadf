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

// Crew members of a ship named, flagged or sunk are seafarers of no
// side; members of a force are not crew.
func TestMerchantCrewMembers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Four crew members of the Eternity C were killed and 11 are missing after the Houthi attack", pub: "2025-07-10",
			want: [][]string{{"killed /civilian", "ambiguous_actor"}, {"missing /civilian"}}},
		{text: "Four crew members of the Liberian-flagged Eternity C were killed after the Houthi attack", pub: "2025-07-10",
			want: [][]string{{"killed /civilian"}}},
		{text: "Three crew of the Magic Seas were killed in a Houthi attack", pub: "2025-07-10",
			want: [][]string{{"killed /civilian"}}},
		{text: "Five members of the Revolutionary Guards navy were killed when their vessel sank.",
			want: [][]string{{"killed Iran/"}}},
	})
}

// "Members of" a named force are its military.
func TestMembersOfForce(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Eleven members of the Revolutionary Guards were killed in the strikes, Iranian media said.", pub: "2025-06-16",
			want: [][]string{{"killed Iran/military"}}},
		{text: "Five members of the Revolutionary Guards navy were killed.", pub: "2025-06-16",
			want: [][]string{{"killed Iran/military"}}},
		{text: "Three members of the National Guard were wounded.",
			want: [][]string{{"wounded", "/military"}}},
	})
}
