package estimate

import (
	"testing"

	"github.com/attrition-project/attrition"
)

func TestRelayedTermsCountOnce(t *testing.T) {
	start := attrition.MustDate("2022-02-24")
	var claims []attrition.Claim
	for d := 10; d <= 300; d++ {
		claims = append(claims, pointClaim("Russia", attrition.CategoryCasualties, "GS", start, start.AddDays(d), float64(1000*(d+1)), true))
	}
	inside := pointClaim("Russia", attrition.CategoryCasualties, "UK", start, start.AddDays(200), 201000, true)
	outside := pointClaim("Russia", attrition.CategoryCasualties, "UK", start, start.AddDays(5), 6000, true)
	claims = append(claims, inside, outside)
	for _, tc := range []struct {
		relays  map[string]string
		ukTerms int
	}{
		{nil, 2},
		{map[string]string{"UK": "GS"}, 1},
	} {
		p := build("Russia", attrition.CategoryCasualties, claims, start, start.AddDays(300), tc.relays)
		uk := 0
		for _, term := range p.terms {
			if term.claim >= 0 && p.claims[term.claim].c.Source == "UK" {
				uk++
				if tc.relays != nil && term.e != 5 {
					t.Errorf("relayed UK figure for day %d kept though GS covers it", term.e)
				}
			}
		}
		if uk != tc.ukTerms {
			t.Errorf("relays %v: %d UK terms, want %d", tc.relays, uk, tc.ukTerms)
		}
		if tc.relays != nil && len(p.groups) != 1 {
			t.Errorf("relays %v: %d bias groups, want 1", tc.relays, len(p.groups))
		}
	}
}

func TestShapeReadsLikelihood(t *testing.T) {
	rng := func(lo, hi float64, word string, prob *[2]float64) attrition.Claim {
		return attrition.Claim{Bound: attrition.BoundRange, Low: &lo, High: &hi, Likelihood: word, Probability: prob}
	}
	_, likely, _, _ := shape(ptr(rng(400000, 500000, "likely", nil)), 1)
	_, unhedged, _, _ := shape(ptr(rng(400000, 500000, "", nil)), 1)
	_, model95, _, _ := shape(ptr(rng(400000, 500000, "", &[2]float64{0.95, 0.95})), 1)
	_, pct, _, _ := shape(ptr(rng(400000, 500000, "95% interval", nil)), 1)
	if !(likely > unhedged && unhedged > model95) {
		t.Errorf("spreads likely %.3f, unhedged %.3f, 95%% %.3f: want likely > unhedged > 95%%", likely, unhedged, model95)
	}
	if pct != model95 {
		t.Errorf("\"95%% interval\" read as %.3f, probability 0.95 as %.3f", pct, model95)
	}
	floor := attrition.Claim{Bound: attrition.BoundAtLeast, Low: attrition.Float(126000)}
	if _, _, kind, ok := shape(&floor, 1); !ok || kind != kindLower {
		t.Errorf("at_least read as kind %d (ok %v), want a floor", kind, ok)
	}
	bad := attrition.Claim{Bound: attrition.BoundRange, Low: attrition.Float(1)}
	if _, _, _, ok := shape(&bad, 1); ok {
		t.Error("a range without high was read")
	}
}

// A one-sided bound its source judges unlikely bounds the total from the
// other side: "probably not more than 50,000" is a ceiling.
func TestShapeTurnsUnlikelyBound(t *testing.T) {
	for _, tc := range []struct {
		c    attrition.Claim
		want int
	}{
		{attrition.Claim{Bound: attrition.BoundMoreThan, Low: attrition.Float(50000), Likelihood: "probably not"}, kindUpper},
		{attrition.Claim{Bound: attrition.BoundMoreThan, Low: attrition.Float(50000), Likelihood: "probably"}, kindLower},
		{attrition.Claim{Bound: attrition.BoundMoreThan, Low: attrition.Float(50000)}, kindLower},
		{attrition.Claim{Bound: attrition.BoundFewerThan, High: attrition.Float(600000), Likelihood: "almost certainly not"}, kindLower},
		{attrition.Claim{Bound: attrition.BoundAtMost, High: attrition.Float(600000), Probability: &[2]float64{0.2, 0.4}}, kindLower},
		{attrition.Claim{Bound: attrition.BoundAtMost, High: attrition.Float(600000), Probability: &[2]float64{0.55, 0.75}}, kindUpper},
	} {
		if _, _, kind, ok := shape(&tc.c, 1); !ok || kind != tc.want {
			t.Errorf("%s %q %v: kind %d (ok %v), want %d", tc.c.Bound, tc.c.Likelihood, tc.c.Probability, kind, ok, tc.want)
		}
	}
}

func ptr(c attrition.Claim) *attrition.Claim { return &c }
