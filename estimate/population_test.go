package estimate

import (
	"context"
	"testing"

	"github.com/attrition-project/attrition"
)

func popClaim(cat, pop, bound string, end string, v float64) attrition.Claim {
	c := pointClaim("Israel", cat, "Source "+pop, attrition.MustDate("2023-10-07"), attrition.MustDate(end), v, false)
	c.Population = pop
	if bound == attrition.BoundAtLeast {
		c.Bound, c.Best, c.High = bound, nil, nil
	}
	return c
}

func TestMainPopulation(t *testing.T) {
	mil, all, civ := attrition.PopulationMilitary, attrition.PopulationAll, attrition.PopulationCivilian
	pt, floor := attrition.BoundPoint, attrition.BoundAtLeast
	for _, tc := range []struct {
		name   string
		claims []attrition.Claim
		want   string
	}{
		{"none named", []attrition.Claim{popClaim("killed", "", pt, "2023-11-01", 300)}, ""},
		{"most claims", []attrition.Claim{
			popClaim("killed", all, pt, "2023-10-07", 1200),
			popClaim("killed", mil, pt, "2023-11-01", 300),
			popClaim("killed", mil, pt, "2023-12-01", 400)}, mil},
		{"unnamed claims do not vote", []attrition.Claim{
			popClaim("killed", all, pt, "2023-10-07", 1200),
			popClaim("killed", "", pt, "2023-11-01", 300),
			popClaim("killed", "", pt, "2023-12-01", 400)}, all},
		{"a tie goes to figures over bounds", []attrition.Claim{
			popClaim("killed", all, pt, "2023-10-07", 1200),
			popClaim("killed", mil, floor, "2024-10-08", 726)}, all},
		{"a full tie goes to the first in Populations", []attrition.Claim{
			popClaim("killed", all, pt, "2023-10-07", 1200),
			popClaim("killed", civ, pt, "2023-11-01", 800)}, civ},
		{"claims the model cannot use do not vote", []attrition.Claim{
			func() attrition.Claim {
				c := popClaim("killed", mil, pt, "2023-11-01", 300)
				c.Derived = true
				return c
			}(),
			func() attrition.Claim {
				c := popClaim("killed", mil, pt, "2023-12-01", 300)
				c.Derived = true
				return c
			}(),
			popClaim("killed", all, pt, "2023-10-07", 1200)}, all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i := range tc.claims {
				tc.claims[i].Normalize()
			}
			l := &ledger{claims: tc.claims, superseded: map[string]bool{}}
			if got := l.mainPopulation([]string{attrition.CategoryKilled}); got != tc.want {
				t.Errorf("main population %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEstimateAllPopulations checks that EstimateAll gives each category
// for its own main population, fitted on that population's claims only.
func TestEstimateAllPopulations(t *testing.T) {
	mil, all := attrition.PopulationMilitary, attrition.PopulationAll
	pt := attrition.BoundPoint
	claims := []attrition.Claim{
		popClaim("killed", all, pt, "2023-10-07", 1200),
		popClaim("killed", mil, pt, "2023-11-01", 300),
		popClaim("killed", mil, pt, "2023-12-01", 420),
		popClaim("killed", mil, pt, "2024-01-10", 520),
		popClaim("wounded", all, pt, "2023-11-01", 8000),
		popClaim("wounded", all, pt, "2024-01-10", 12000),
		popClaim("wounded", mil, pt, "2024-01-10", 2800),
	}
	e := New(memFinder(claims))
	e.Params.Draws = 100
	got, err := e.EstimateAll(context.Background(), "Israel", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cat, pop string
		day      string
		lo, hi   float64
		claims   int
	}{
		{attrition.CategoryKilled, mil, "2024-01-10", 440, 600, 3},
		{attrition.CategoryWounded, all, "2024-01-10", 10000, 14000, 2},
	} {
		est := got[tc.cat]
		if est == nil {
			t.Fatalf("no %s estimate", tc.cat)
		}
		if est.Population != tc.pop {
			t.Errorf("%s: population %q, want %q", tc.cat, est.Population, tc.pop)
		}
		if len(est.ClaimIDs) != tc.claims {
			t.Errorf("%s: %d claims used, want %d", tc.cat, len(est.ClaimIDs), tc.claims)
		}
		p, ok := est.At(attrition.MustDate(tc.day))
		if !ok || p.Median < tc.lo || p.Median > tc.hi {
			t.Errorf("%s on %s: median %v, want %v–%v", tc.cat, tc.day, p.Median, tc.lo, tc.hi)
		}
	}
}
