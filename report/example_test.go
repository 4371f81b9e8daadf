package report_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/report"
)

// ledger is a ClaimFinder over a slice.
type ledger []attrition.Claim

func (l ledger) FindClaims(_ context.Context, f attrition.ClaimFilter) ([]attrition.Claim, error) {
	var out []attrition.Claim
	for i := range l {
		if f.Matches(&l[i]) {
			out = append(out, l[i])
		}
	}
	return out, nil
}

// flat is an estimator whose running total grows by 1,000 a day from
// the start of the war, with a ±5% band.
type flat struct{}

func (flat) Estimate(_ context.Context, r attrition.EstimateRequest) (*attrition.Estimate, error) {
	start := attrition.MustDate("2022-02-24")
	est := &attrition.Estimate{Actor: r.Actor, Category: r.Category, LastClaim: r.To}
	for d := start.AddDays(1); d <= r.To; d++ {
		v := 1000 * float64(d.Sub(start))
		est.Series = append(est.Series, attrition.EstimatePoint{Date: d, Median: v,
			Lo50: v * 0.975, Hi50: v * 1.025, Lo90: v * 0.95, Hi90: v * 1.05, RateMedian: 1000, RateLo90: 900, RateHi90: 1100})
	}
	return est, nil
}

func Example() {
	c := attrition.Claim{Actor: "Russia", Category: "casualties", Bound: "point",
		Best: attrition.Float(1000000), PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: attrition.MustDate("2024-11-20"),
		Source: "UK Ministry of Defence", Quote: "around one million casualties",
		Document: attrition.Document{URL: "https://example.org/uk", Published: attrition.MustDate("2024-11-20")}}
	c.Normalize()
	a, err := report.Build(context.Background(), report.Options{
		Actor: "Russia", Claims: ledger{c}, Estimator: flat{}, Yardstick: "phia",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	for _, s := range a.Sections[0].Headline {
		b.WriteString(s.Text)
	}
	fmt.Println(b.String())
	fmt.Println(a.Notes[0].Claims[0].Source, a.Notes[0].Claims[0].Date, a.Notes[0].Claims[0].URL)
	// Output:
	// The central estimate of Russia's casualties on 20 November 2024 is around 1 million. It is highly likely (80–90%) that they lie between 950,000 and 1.05 million. It is almost certain (95–100%) that they exceed 900,000.
	// UK Ministry of Defence 2024-11-20 https://example.org/uk
}
