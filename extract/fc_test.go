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

// An anaphor after a short time phrase is the side the sentence before
// opened on, not the speaker carried over.
func TestAnaphorAfterTimePhrase(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia has lost 998,000 troops since the full-scale invasion, Ukraine says. In May alone, it lost 37,000.", want: [][]string{{"casualties Russia/military [998000..998000]"}, {"casualties Russia/military [37000..37000]"}}},
		{text: "Russia has lost 998,000 troops since the full-scale invasion, Ukraine says. Last month, it lost 37,000 troops.", want: [][]string{{"casualties Russia/military"}, {"casualties Russia/military [37000..37000]"}}},
		{text: "Hamas rejected the proposal. Since October, the group has lost about 20,000 fighters, Israel says.", want: [][]string{{"casualties Hamas/military [20000..20000]"}}},
		{text: "Russia has lost 998,000 troops since the full-scale invasion, Ukraine says. It lost 37,000 in May.", want: [][]string{{"casualties Russia/military"}, {"casualties Russia/military [37000..37000]"}}},
	})
}

// "The other side", "the attackers" in a side's mouth are its enemy;
// "the defenders" its own.
func TestOtherSideWords(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Ukraine said the other side lost 1,100 troops.", want: [][]string{{"casualties Russia/military [1100..1100]"}}},
		{text: "Moscow said the other side lost 1,400 troops.", want: [][]string{{"casualties Ukraine/military [1400..1400]"}}},
		{text: "Ukraine said the other side's losses reached 1,100 troops.", want: [][]string{{"Russia/military [1100..1100]"}}},
		{text: "Ukraine's 93rd Brigade said the attackers lost 80 men.", want: [][]string{{"casualties Russia/military [80..80]"}}},
		{text: "Ukraine's 93rd Brigade said the attackers lost 80 men killed while the defenders lost 6.", want: [][]string{{"killed Russia/military [80..80]"}, {"casualties Ukraine/ [6..6]"}}},
		{text: "Ukraine's military said the attackers lost 80 men while the defenders lost 6.", want: [][]string{{"casualties Russia/military [80..80]"}, {"casualties Ukraine/ [6..6]"}}},
		{text: "Ukraine's 93rd Brigade said the enemy lost 80 men.", want: [][]string{{"casualties Russia/military [80..80]"}}},
		{text: "Ukraine's 93rd Brigade said it lost 12 soldiers.", want: [][]string{{"casualties Ukraine/military [12..12]"}}},
		// A place, not a side.
		{text: "Ukraine said 20 soldiers were killed on the other side of the river.", want: [][]string{{"killed Ukraine/military [20..20]"}}},
		// Attackers of a deed are no side's enemy word.
		{text: "Nigerian police said the attackers killed 12 villagers.", want: [][]string{{"killed Nigeria/civilian [12..12]"}}},
	})
}

// A side that killed in the clause before and "lost" after is the loser
// of the second figure, not the dead's side of the first.
func TestKillerLostToo(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The RSF killed 30 soldiers but lost 50 of its own fighters.", want: [][]string{{"killed Sudan (SAF)/military [30..30]"}, {"casualties Sudan (RSF)/military [50..50]"}}},
		{text: "The RSF killed 30 soldiers but lost 50 fighters.", want: [][]string{{"killed Sudan (SAF)/military"}, {"casualties Sudan (RSF)/military [50..50]"}}},
		{text: "Russian forces killed 12 Ukrainian soldiers while losing 40 of their own.", want: [][]string{{"killed Ukraine/military [12..12]"}, {"casualties Russia/military [40..40]"}}},
		{text: "Al-Shabaab killed 20 Somali soldiers but lost 30 fighters.", want: [][]string{{"killed Somalia/military [20..20]"}, {"casualties al-Shabaab/military [30..30]"}}},
		// The speaker's own, as before.
		{text: "Israel said it killed 100 Hamas fighters and lost four soldiers.", want: [][]string{{"killed Hamas/military [100..100]"}, {"casualties Israel/military [4..4]"}}},
		{text: "Ukraine's forces killed 30 Russian soldiers and lost 5, Russia said.", want: [][]string{{"killed Russia/military [30..30]"}, {"casualties Ukraine/military [5..5]"}}},
		// No loss verb: the same people.
		{text: "Russian strikes killed 12 civilians and wounded 40.", want: [][]string{{"killed Ukraine/civilian [12..12]"}, {"wounded Ukraine/civilian [40..40]"}}},
	})
}
