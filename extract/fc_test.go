package extract

import "testing"

// "its" after a figure the subject of "lost" gives is the loser's, not
// the speaker's.
func TestSubjectItsNotSpeakers(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost 1,000 troops in its assaults on Pokrovsk, Ukraine's military said.", want: [][]string{{"casualties Russia/military [1000..1000]"}}},
		{text: "Russia has lost 40,000 troops since its offensive began in May, Ukraine's military said.", want: [][]string{{"casualties Russia/military [40000..40000]"}}},
		{text: "Russia has lost 40,000 troops in its spring offensive, Ukraine's General Staff said.", want: [][]string{{"casualties Russia/military"}}},
		{text: "Russia lost 1,000 troops on its way to Pokrovsk, Ukraine's military said.", want: [][]string{{"casualties Russia/military"}}},
		{text: "The RSF lost 300 fighters in its attack on El Fasher, the Sudanese army said.", want: [][]string{{"casualties Sudan (RSF)/military [300..300]"}}},
		{text: "Russian forces have suffered 5,000 casualties in their push on Kupiansk, Ukraine said.", want: [][]string{{"casualties Russia/military"}}},
		// Still the speaker's own: its own pronoun is the subject.
		{text: "Ukraine said it lost 300 soldiers in its defence of Bakhmut.", want: [][]string{{"casualties Ukraine/military"}}},
		// A killer's "its" owns the deed, not the dead.
		{text: "Russia has killed 500 civilians in its strikes on Kharkiv, Ukraine said.", want: [][]string{{"killed Ukraine/civilian [500..500]"}}},
	})
}

// "only" playing a figure down leaves the speaker the subject of its
// own loss.
func TestOwnLossOnly(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia's defence ministry said it lost only 15 servicemen.", want: [][]string{{"casualties Russia/military [15..15]"}}},
		{text: "Ukraine's General Staff said it lost only 20 soldiers.", want: [][]string{{"casualties Ukraine/military [20..20]"}}},
		{text: "The Sudanese army said it lost just nine soldiers.", want: [][]string{{"casualties Sudan (SAF)/military [9..9]"}}},
		{text: "Russia's defence ministry said it lost 15 servicemen.", want: [][]string{{"casualties Russia/military [15..15]"}}},
		{text: "Israel said it killed 100 Hamas fighters and lost only four soldiers.", want: [][]string{{"killed Hamas/military [100..100]"}, {"casualties Israel/military [4..4]"}}},
	})
}
