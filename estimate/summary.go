package estimate

import (
	"fmt"
	"math"
	"sort"

	"github.com/attrition-project/attrition"
)

// quantiles returns the 5, 25, 50, 75 and 95% quantiles of x (sorted in
// place).
func quantiles(x []float64) [5]float64 {
	sort.Float64s(x)
	return quantilesSorted(x)
}

func quantilesSorted(x []float64) [5]float64 {
	q := func(p float64) float64 {
		if len(x) == 0 {
			return 0
		}
		pos := p * float64(len(x)-1)
		i := int(pos)
		if i >= len(x)-1 {
			return x[len(x)-1]
		}
		f := pos - float64(i)
		return x[i]*(1-f) + x[i+1]*f
	}
	return [5]float64{q(0.05), q(0.25), q(0.5), q(0.75), q(0.95)}
}

// tracker reads quantiles of a sequence of samples whose order changes
// little from one day to the next: it keeps the last day's order and
// insertion-sorts the next day from it, close to linear time.
type tracker struct {
	perm []int
	x    []float64
}

func newTracker(n int) *tracker {
	t := &tracker{perm: make([]int, n), x: make([]float64, n)}
	for i := range t.perm {
		t.perm[i] = i
	}
	return t
}

func (t *tracker) quantiles(v []float64) [5]float64 {
	p, x := t.perm, t.x
	for i, k := range p {
		x[i] = v[k]
	}
	for i := 1; i < len(x); i++ {
		xv, pk := x[i], p[i]
		j := i
		for j > 0 && x[j-1] > xv {
			x[j], p[j] = x[j-1], p[j-1]
			j--
		}
		x[j], p[j] = xv, pk
	}
	return quantilesSorted(x)
}

// Outlier thresholds in the claim's own noise units: beyond its 95%
// interval for a claim, beyond 99% for one increment of a dense series,
// whose spikes are more often corrections than news.
const (
	outlierZ          = 1.96
	outlierZIncrement = 2.58
)

func summarise(j *job, req attrition.EstimateRequest, days []attrition.Date, start attrition.Date) *attrition.Estimate {
	est := &attrition.Estimate{
		Actor: req.Actor, Category: j.category, Population: req.Population,
		Series: []attrition.EstimatePoint{}, Sources: []attrition.SourceBias{}, Outliers: []attrition.Outlier{},
		LastClaim: j.p.lastClaim,
	}
	ends := make([]attrition.Date, len(j.p.claims))
	for i, c := range j.p.claims {
		ends[i] = c.end
		if c.c.ID != "" {
			est.ClaimIDs = append(est.ClaimIDs, c.c.ID)
		}
	}
	sort.Slice(ends, func(a, b int) bool { return ends[a] < ends[b] })
	sort.Strings(est.ClaimIDs)
	want := stepDates(j.from, j.to, req.Step)
	tq, rq := newTracker(j.s.n), newTracker(j.s.n)
	w := 0
	for i, d := range days {
		for w < len(want) && want[w] < d {
			w++
		}
		if w == len(want) || want[w] != d {
			continue
		}
		t := tq.quantiles(j.s.total[i])
		r := rq.quantiles(j.s.rate[i])
		used := sort.Search(len(ends), func(k int) bool { return ends[k] > d })
		est.Series = append(est.Series, attrition.EstimatePoint{
			Date: d, Actor: req.Actor, Category: j.category,
			Median: t[2], Lo50: t[1], Hi50: t[3], Lo90: t[0], Hi90: t[4],
			RateMedian: r[2], RateLo90: r[0], RateHi90: r[4], ClaimsUsed: used,
		})
	}
	est.Sources = sourceBiases(j)
	est.Outliers = outliers(j)
	if j.category == req.Category {
		for _, v := range req.Milestones {
			est.Milestones = append(est.Milestones, milestone(crossings(j, v), v, req, j, start))
		}
	}
	return est
}

func sourceBiases(j *job) []attrition.SourceBias {
	count := map[string]int{}
	for _, c := range j.p.claims {
		src := c.c.Source
		if src == "" {
			src = unattributed
		}
		count[src]++
	}
	var out []attrition.SourceBias
	buf := make([]float64, j.s.n)
	for gi, g := range j.p.groups {
		if g.biased == 0 {
			// Only bounds: a floor or a ceiling has no bias to estimate.
			continue
		}
		copy(buf, j.s.bias[gi])
		q := quantiles(buf)
		for _, member := range g.members {
			sb := attrition.SourceBias{
				Source: member, Factor: math.Exp(q[2]), Lo90: math.Exp(q[0]), Hi90: math.Exp(q[4]),
				Claims: count[member],
			}
			if member != g.name {
				sb.RelayOf = g.name
			}
			out = append(out, sb)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Claims != out[b].Claims {
			return out[a].Claims > out[b].Claims
		}
		return out[a].Source < out[b].Source
	})
	return out
}

// outliers lists the claims that sit beyond their own stated
// uncertainty once their source's bias is allowed for. The model's
// paths must be at the mode.
func outliers(j *job) []attrition.Outlier {
	var out []attrition.Outlier
	seen := map[int]bool{}
	for i := range j.p.terms {
		t := &j.p.terms[i]
		if t.claim < 0 || seen[t.claim] {
			continue
		}
		_, mu, _ := j.m.predict(j.theta, t)
		z := (t.y - mu) / t.sigma
		uc := j.p.claims[t.claim]
		var reason string
		switch t.kind {
		case kindLower:
			if z <= outlierZ {
				continue
			}
			reason = fmt.Sprintf("the estimate (%s) lies below this floor", fmtCount(math.Exp(mu)-countOffset))
		case kindUpper:
			if -z <= outlierZ {
				continue
			}
			reason = fmt.Sprintf("the estimate (%s) lies above this ceiling", fmtCount(math.Exp(mu)-countOffset))
		default:
			limit := outlierZ
			increment := t.a > 0 && uc.c.PeriodStart.Sub(j.p.start) <= 1 && uc.c.Per == ""
			if increment {
				limit = outlierZIncrement
			}
			if math.Abs(z) <= limit {
				continue
			}
			what := "the figure"
			if increment {
				what = fmt.Sprintf("the increase since %s", j.p.start.AddDays(t.a-1))
			}
			dir := "above"
			if z < 0 {
				dir = "below"
			}
			reason = fmt.Sprintf("%s is %.1f of its own standard deviations %s the estimate after the source's bias (%s expected)",
				what, math.Abs(z), dir, fmtCount(math.Exp(mu)-countOffset))
		}
		seen[t.claim] = true
		out = append(out, attrition.Outlier{
			ClaimID: uc.c.ID, Source: uc.c.Source, Date: uc.end, Value: uc.value, Z: z, Reason: reason,
		})
	}
	sort.SliceStable(out, func(a, b int) bool { return math.Abs(out[a].Z) > math.Abs(out[b].Z) })
	return out
}

func fmtCount(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.3g", v)
}

func milestone(cross []int, v float64, req attrition.EstimateRequest, j *job, start attrition.Date) attrition.MilestoneEstimate {
	by := req.MilestoneBy
	if by.IsZero() {
		by = j.to
	}
	me := attrition.MilestoneEstimate{Value: v, By: by}
	n := len(cross)
	if n == 0 {
		return me
	}
	never := math.MaxInt32
	xs := make([]int, n)
	reached := 0
	byIdx := by.Sub(start)
	for i, c := range cross {
		if c < 0 {
			xs[i] = never
			continue
		}
		xs[i] = c
		if c <= byIdx {
			reached++
		}
	}
	sort.Ints(xs)
	at := func(p float64) attrition.Date {
		k := int(math.Round(p * float64(n-1)))
		if xs[k] == never {
			return 0
		}
		return start.AddDays(xs[k])
	}
	me.Median, me.Lo90, me.Hi90 = at(0.5), at(0.05), at(0.95)
	me.ProbReached = float64(reached) / float64(n)
	return me
}
