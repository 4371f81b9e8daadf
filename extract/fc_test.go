package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// fcClaim is a claim in the short form these tests compare: category,
// actor, low..high (· for an open end), bound, source, period and the
// derived mark; approx as "~".
func fcClaim(c *attrition.Claim) string {
	end := func(p *float64) string {
		if p == nil {
			return "·"
		}
		return fmt.Sprint(*p)
	}
	s := fmt.Sprintf("%s %s %s..%s %s src=%s %s→%s", c.Actor, c.Category, end(c.Low), end(c.High), c.Bound, c.Source, c.PeriodStart, c.PeriodEnd)
	if c.Approx {
		s += " ~"
	}
	if c.Derived {
		s += " derived"
	}
	return s
}

// fcCase runs text published on 2025-06-12 and wants, in order, claims
// whose short form (fcClaim) holds each of the substrings of want.
type fcCase struct {
	text string
	want [][]string
}

func fcRun(t *testing.T, cases []fcCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		got := make([]string, len(cs))
		for i := range cs {
			got[i] = fcClaim(&cs[i])
		}
		if len(cs) != len(tc.want) {
			t.Errorf("%q: %d claims, want %d:\n  %s", tc.text, len(cs), len(tc.want), strings.Join(got, "\n  "))
			continue
		}
		for i, w := range tc.want {
			for _, sub := range w {
				if !strings.Contains(got[i], sub) {
					t.Errorf("%q: claim %d is %q, want %q in it", tc.text, i, got[i], sub)
				}
			}
		}
	}
}

// Estimates set side by side, each with its own source in brackets or
// after "by", are claims of the same count, each its source's.
func TestFCSourcedAlternatives(t *testing.T) {
	fcRun(t, []fcCase{
		{"Russian deaths: 95,000 (Mediazona), 172,000 (UK MoD), 250,000 (CSIS).", [][]string{
			{"Russia killed 95000..95000", "src=Mediazona "},
			{"Russia killed 172000..172000", "src=UK Ministry of Defence "},
			{"Russia killed 250000..250000", "src=CSIS "},
		}},
		{"Russian deaths: 95,000 (Mediazona); 172,000 (UK Ministry of Defence); 250,000 (CSIS).", [][]string{
			{"killed 95000", "src=Mediazona "},
			{"killed 172000", "src=UK Ministry of Defence "},
			{"killed 250000", "src=CSIS "},
		}},
		{"Russian deaths have been estimated at 95,000 (Mediazona) and 250,000 (CSIS).", [][]string{
			{"Russia killed 95000", "src=Mediazona "},
			{"Russia killed 250000", "src=CSIS "},
		}},
		{"Russian deaths have been estimated at 95,000 by Mediazona and 250,000 by CSIS.", [][]string{
			{"Russia killed 95000", "src=Mediazona "},
			{"Russia killed 250000", "src=CSIS "},
		}},
		{"Russian deaths are put at 95,000 by Mediazona, 172,000 by the UK Ministry of Defence and 250,000 by CSIS.", [][]string{
			{"killed 95000", "src=Mediazona "},
			{"killed 172000", "src=UK Ministry of Defence "},
			{"killed 250000", "src=CSIS "},
		}},
		// A source in brackets closes its own item: the item before the
		// semicolon is not its.
		{"Ukrainian deaths: 43,000 (Zelensky); 60,000–100,000 killed (WSJ).", [][]string{
			{"Ukraine killed 43000..43000", "src= "},
			{"Ukraine killed 60000..100000 range src=WSJ "},
		}},
		{"Casualties: 150,000+ killed (ACLED); 377,000 deaths including indirect causes (UNDP)", [][]string{
			{"killed 150000..·", "src=ACLED "},
			{"killed 377000..377000", "src=UNDP "},
		}},
		// Not a source: a place in brackets, a figure of no loss.
		{"Russian shelling killed 12 people in eastern Congo (DRC); 30 were wounded.", [][]string{
			{"killed 12..12", "src= "},
			{"wounded 30..30", "src= "},
		}},
		// Bare figures in a list with no source of their own are no claims.
		{"Russian deaths: 95,000 (Mediazona), up from 2023 and 2024.", [][]string{
			{"Russia killed 95000", "src=Mediazona "},
		}},
	})
}

// A year written alone as a figure's date, the year of publication, is
// the year so far: a count to the day written, not a projection.
func TestFCCurrentYearAsOf(t *testing.T) {
	fcRun(t, []fcCase{
		{"Russia lost 95,000 killed (Mediazona, 2025).", [][]string{{"Russia killed 95000..95000", "src=Mediazona ", "2022-02-24→2025-06-12"}}},
		{"Russia lost 95,000 killed (UK MoD, 2025).", [][]string{{"src=UK Ministry of Defence ", "→2025-06-12"}}},
		{"Russia lost 95,000 killed (2025).", [][]string{{"killed 95000", "→2025-06-12"}}},
		{"Russia lost 95,000 killed as of 2025.", [][]string{{"killed 95000", "2022-02-24→2025-06-12"}}},
		{"Russia lost 95,000 killed (Mediazona, 2024).", [][]string{{"killed 95000", "→2024-12-31"}}},
		// Projections stay none.
		{"Russia could lose 500,000 killed by 2025.", nil},
		{"Russia could lose 500,000 killed by the end of 2025.", nil},
		{"Russia will have lost 300,000 killed by 2027.", nil},
	})
}

// A hedge in brackets after the figure makes it approximate.
func TestFCBracketHedge(t *testing.T) {
	fcRun(t, []fcCase{
		{"Ukraine: 70,000 killed (est.)", [][]string{{"Ukraine killed 70000..70000", "~"}}},
		{"Ukraine: 70,000 killed (estimated)", [][]string{{"killed 70000", "~"}}},
		{"Russia lost 95,000 soldiers (approx.) in 2024.", [][]string{{"95000", "~"}}},
		// The hedge's bracket is the first figure's; the source's the
		// second's.
		{"Russian deaths: 95,000 (est.), 172,000 (UK MoD).", [][]string{
			{"killed 95000..95000", "src= ", "~"},
			{"killed 172000..172000", "src=UK Ministry of Defence "},
		}},
	})
}

// A body named "… Project" is no forecast that vetoes its figures.
func TestFCProjectNamedSource(t *testing.T) {
	fcRun(t, []fcCase{
		{"The war killed 46,319 civilians and 52,893 fighters, according to the Costs of War Project.", [][]string{
			{"killed 46319..46319", "src=Costs of War Project "},
			{"killed 52893..52893", "src=Costs of War Project "},
		}},
		{"The war killed 46,319 civilians and 52,893 fighters, according to the Humanitarian Data Project.", [][]string{
			{"killed 46319"}, {"killed 52893"},
		}},
		// The verb still forecasts.
		{"Analysts project 52,893 deaths among fighters by next year.", nil},
	})
}

// A range whose high end has no ceiling is open above its low end.
func TestFCOpenHighRange(t *testing.T) {
	fcRun(t, []fcCase{
		{"Estimates of the Syrian civil war death toll range from 470,000 to more than 600,000.", [][]string{{"Syria killed 470000..· at_least"}}},
		{"Estimates of the Syrian civil war death toll range from 470,000 to over 600,000.", [][]string{{"killed 470000..· at_least"}}},
		{"Syria's death toll is between 470,000 and more than 600,000.", [][]string{{"killed 470000..· at_least"}}},
		{"Estimates of the death toll range from 470,000 to 600,000.", [][]string{{"killed 470000..600000 range"}}},
		// A rise to an open figure is that figure now.
		{"Russian casualties rose from 300,000 to over 700,000 in 2024.", [][]string{{"casualties 700000..· more_than"}, {"casualties 300000..300000"}}},
	})
}

// A higher guess at the same toll in a clause of its own, its loss word
// left out, is a claim of the same count.
func TestFCCeilingGuess(t *testing.T) {
	fcRun(t, []fcCase{
		{"Deaths in the Tigray War are estimated at 162,000–378,000, while other estimates run as high as 600,000.", [][]string{
			{"killed 162000..378000 range"}, {"killed ·..600000 at_most"},
		}},
		{"The death toll is estimated at 300,000, but could be as high as 600,000", [][]string{
			{"killed 300000..300000"}, {"killed ·..600000 at_most"},
		}},
		{"The death toll is estimated at 300,000; some put it as high as 600,000.", [][]string{
			{"killed 300000..300000"}, {"killed ·..600000"},
		}},
		// Its own loss word still rules.
		{"At least 300 people were killed, and as many as 600 were wounded.", [][]string{
			{"killed 300..·"}, {"wounded ·..600"},
		}},
		// No guess at a toll: a price after a figure.
		{"The death toll is estimated at 300,000, while rents are as high as 600 dollars.", [][]string{
			{"killed 300000..300000"},
		}},
	})
}
