package extract

import "testing"

// A second clause whose verb is left out names its own side, by name,
// by the side's forces or with a speaker's aside, and takes the first
// clause's count; the name is its figure's, not the first's.
func TestGappedSideClause(t *testing.T) {
	runCases(t, []claimCase{
		{text: "The army lost 40 soldiers and the RSF about 90.", want: [][]string{
			{"casualties Sudan (SAF)/military", "[40..40]"},
			{"casualties Sudan (RSF)/military", "[90..90]", "~"},
		}},
		{text: "Russia lost 200 men and the Ukrainian army 40.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
			{"casualties Ukraine/military", "[40..40]"},
		}},
		{text: "Africa Corps lost 7 men and the Malian army 15 in the ambush.", want: [][]string{
			{"casualties Russia/military", "[7..7]"},
			{"casualties Mali/military", "[15..15]"},
		}},
		{text: "Russia lost 200 men and the Ukrainians 40.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
			{"casualties Ukraine/military", "[40..40]"},
		}},
		{text: "Israel lost 20 soldiers; Hamas, it said, about 300.", want: [][]string{
			{"casualties Israel/military", "[20..20]"},
			{"casualties Hamas/military", "[300..300]", "~"},
		}},
		{text: "Russia lost 1,200 tanks in 2023 and Ukraine 400.", want: [][]string{
			{"equipment:tanks Russia/", "[1200..1200]"},
			{"equipment:tanks Ukraine/", "[400..400]"},
		}},
		{text: "Russia lost 1,000 troops on Monday, and 1,100 on Tuesday.", want: [][]string{
			{"casualties Russia/military", "[1000..1000]", "2025-06-09→2025-06-09"},
			{"casualties Russia/military", "[1100..1100]", "2025-06-10→2025-06-10"},
		}},
		{text: "Ukraine said it killed 30 Russian soldiers and wounded 50.", want: [][]string{
			{"killed Russia/military", "[30..30]"},
			{"wounded Russia/military", "[50..50]"},
		}},
		// No side's clause: a figure of another thing, or a side's
		// words with their own verb, takes nothing.
		{text: "Russia lost 200 men and the army has 40 brigades.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
		}},
		{text: "Russia lost 200 men, and the forces 2024 plan failed.", want: [][]string{
			{"casualties Russia/military", "[200..200]"},
		}},
	})
}

// Two figures set against each other, the second with its own side
// after it: the first keeps the side before it.
func TestContrastedSides(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost about 600 killed versus about 100 for Ukraine.", want: [][]string{
			{"killed Russia/", "[600..600]", "~"},
			{"killed Ukraine/", "[100..100]", "~"},
		}},
		{text: "Russia lost some 600 killed against Ukraine's 100.", want: [][]string{
			{"killed Russia/", "[600..600]", "~"},
			{"killed Ukraine/", "[100..100]"},
		}},
		{text: "Russia lost about 600 soldiers, compared with about 100 for Ukraine.", want: [][]string{
			{"casualties Russia/military", "[600..600]", "~"},
			{"casualties Ukraine/military", "[100..100]", "~"},
		}},
		{text: "Russia lost 600 tanks versus 100 for Ukraine.", want: [][]string{
			{"equipment:tanks Russia/", "[600..600]"},
			{"equipment:tanks Ukraine/", "[100..100]"},
		}},
		// Still the side right after: "losses of", "for".
		{text: "Shelling killed 600 soldiers of the Ukrainian army.", want: [][]string{
			{"killed Ukraine/military", "[600..600]"},
		}},
	})
}

// A side's own "lost N killed" is its soldiers' loss, and a figure set
// against it is of the same people; civilians named keep them all.
func TestSideLostKilledPopulation(t *testing.T) {
	runCases(t, []claimCase{
		{text: "Russia lost some 600 killed.", want: [][]string{{"killed Russia/military", "[600..600]", "~"}}},
		{text: "Russia lost some 600 killed against Ukraine's 100.", want: [][]string{
			{"killed Russia/military", "[600..600]", "~"},
			{"killed Ukraine/military", "[100..100]"},
		}},
		{text: "Ukraine has suffered 400,000 killed or wounded.", want: [][]string{{"casualties Ukraine/military"}}},
		{text: "Ukraine lost 600 killed, most of them civilians.", want: [][]string{{"killed Ukraine/all", "[600..600]"}}},
	})
}
