package report

import (
	"context"
	"math"
	"sort"

	"github.com/attrition-project/attrition"
)

// ledger is a ClaimFinder over a slice, the reference semantics of
// ClaimFilter.Matches.
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

// fakeEngine stands in for the estimation engine with a closed form, so
// that golden files change only when the report does: the running total
// follows a quadratic in days since the start (a slowly rising rate),
// bands widen with time, each source's bias is its claims' mean ratio to
// the median, and claims more than 30% off are outliers.
type fakeEngine struct {
	claims ledger
	start  attrition.Date
	a, b   float64 // median(t) = a·t + b·t²
	// scale multiplies the median of each category (1 when absent).
	scale map[string]float64
	calls []attrition.EstimateRequest
}

func (e *fakeEngine) median(d attrition.Date) float64 {
	t := float64(d.Sub(e.start))
	return e.a*t + e.b*t*t
}

func (e *fakeEngine) Estimate(ctx context.Context, req attrition.EstimateRequest) (*attrition.Estimate, error) {
	e.calls = append(e.calls, req)
	cs, _ := e.claims.FindClaims(ctx, attrition.ClaimFilter{Actor: req.Actor, Category: req.Category, To: req.To})
	if len(cs) == 0 {
		return nil, attrition.Errorf(attrition.ENOTFOUND, "estimate: no usable claims for %s %s", req.Actor, req.Category)
	}
	scale, ok := e.scale[req.Category]
	if !ok {
		scale = 1
	}
	est := &attrition.Estimate{Actor: req.Actor, Category: req.Category}
	for _, c := range cs {
		est.ClaimIDs = append(est.ClaimIDs, c.ID)
		if d := claimDate(&c); d > est.LastClaim {
			est.LastClaim = d
		}
	}
	sort.Strings(est.ClaimIDs)
	for d := e.start.AddDays(1); d <= req.To; d++ {
		t := float64(d.Sub(e.start))
		m := scale * e.median(d)
		w := 0.03 + 0.04*t/1200
		r := scale * (e.a + 2*e.b*t)
		est.Series = append(est.Series, attrition.EstimatePoint{
			Date: d, Actor: req.Actor, Category: req.Category,
			Median: m, Lo50: m * (1 - w/2), Hi50: m * (1 + w/2), Lo90: m * (1 - w), Hi90: m * (1 + w),
			RateMedian: r, RateLo90: r * 0.85, RateHi90: r * 1.2,
		})
	}
	type acc struct {
		sum float64
		n   int
	}
	by := map[string]*acc{}
	var names []string
	for _, c := range cs {
		v, ok := c.Value()
		d := claimDate(&c)
		if !ok || c.Per != "" || d <= e.start {
			continue
		}
		ratio := v / (scale * e.median(d))
		if by[c.Source] == nil {
			by[c.Source] = &acc{}
			names = append(names, c.Source)
		}
		by[c.Source].sum += ratio
		by[c.Source].n++
		if math.Abs(ratio-1) > 0.3 {
			est.Outliers = append(est.Outliers, attrition.Outlier{ClaimID: c.ID, Source: c.Source, Date: d, Value: v,
				Z: (ratio - 1) / 0.08, Reason: "far from the consensus"})
		}
	}
	sort.Strings(names)
	for _, n := range names {
		f := by[n].sum / float64(by[n].n)
		est.Sources = append(est.Sources, attrition.SourceBias{Source: n, Factor: f, Lo90: f * 0.93, Hi90: f * 1.07, Claims: by[n].n})
	}
	for _, v := range req.Milestones {
		m := attrition.MilestoneEstimate{Value: v, By: req.MilestoneBy}
		// Solve scale·(a t + b t²) = v for t.
		a, b := scale*e.a, scale*e.b
		t := (-a + math.Sqrt(a*a+4*b*v)) / (2 * b)
		m.Median = e.start.AddDays(int(math.Ceil(t)))
		m.Lo90 = e.start.AddDays(int(math.Ceil(t * 0.94)))
		m.Hi90 = e.start.AddDays(int(math.Ceil(t * 1.07)))
		// A logistic in the days between the median crossing and By.
		m.ProbReached = 1 / (1 + math.Exp(-float64(req.MilestoneBy.Sub(m.Median))/20))
		est.Milestones = append(est.Milestones, m)
	}
	return est, nil
}
