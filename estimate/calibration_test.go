package estimate

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/attrition-project/attrition"
)

// scenario is a synthetic war: a known daily rate, sources with their
// own biases, and the claims they published.
type scenario struct {
	start  attrition.Date
	truth  []float64 // running total by day index
	claims []attrition.Claim
	// latest two-sided running total published up to each day, for the
	// carry-forward baseline
	evalDays []int
}

var likelihoodWords = []struct {
	word string
	p    float64
}{{"likely", 0.65}, {"highly likely", 0.85}, {"", unhedgedCoverage}, {"95% interval", 0.95}}

// newScenario draws a war and its claims. Every figure is generated the
// way the model reads it, so coverage measures the machinery (bias
// shrinkage, dense series, bounds, rates, Laplace draws), not a lucky
// choice of noise.
func newScenario(rng *rand.Rand, tau float64) *scenario {
	sc := &scenario{start: attrition.MustDate("2022-02-24")}
	days := 300 + rng.IntN(1200)
	u := math.Log(20 + rng.Float64()*2000)
	sc.truth = make([]float64, days)
	var c float64
	for i := 0; i < days; i++ {
		u += 0.03 * rng.NormFloat64()
		c += math.Exp(u)
		sc.truth[i] = c
	}
	date := func(i int) attrition.Date { return sc.start.AddDays(i) }
	nsrc := 2 + rng.IntN(6)
	src := 0
	add := func(c attrition.Claim) {
		c.Actor = "Testland"
		c.Category = attrition.CategoryCasualties
		if c.Document.URL == "" {
			c.Document = attrition.Document{URL: fmt.Sprintf("https://example.org/%d/%d", src, len(sc.claims)), Published: c.PeriodEnd}
		}
		c.Normalize()
		sc.claims = append(sc.claims, c)
	}
	for s := 0; s < nsrc; s++ {
		src = s
		name := fmt.Sprintf("source %d", s)
		b := tau * rng.NormFloat64()
		n := 1 + rng.IntN(6)
		for k := 0; k < n; k++ {
			e := days/5 + rng.IntN(days-days/5)
			switch rng.IntN(5) {
			case 0, 1: // running-total point, plain or hedged
				approx := rng.IntN(2) == 0
				sd := sigmaPoint
				if approx {
					sd = sigmaApprox
				}
				v := math.Round(sc.truth[e] * math.Exp(b+sd*rng.NormFloat64()))
				add(attrition.Claim{Bound: attrition.BoundPoint, Best: &v, Low: &v, High: &v, Approx: approx,
					PeriodStart: sc.start, PeriodEnd: date(e), Source: name})
			case 2: // running-total range read through its word
				w := likelihoodWords[rng.IntN(len(likelihoodWords))]
				sd := 0.05 + 0.15*rng.Float64()
				centre := math.Log(sc.truth[e]) + b + sd*rng.NormFloat64()
				half := zOf(w.p) * sd
				lo, hi := math.Round(math.Exp(centre-half)), math.Round(math.Exp(centre+half))
				cl := attrition.Claim{Bound: attrition.BoundRange, Low: &lo, High: &hi, PeriodStart: sc.start,
					PeriodEnd: date(e), Source: name, Likelihood: w.word}
				add(cl)
			case 3: // a period count or an average rate over a month or so
				length := 7 + rng.IntN(90)
				a := e - length + 1
				if a < 1 {
					a = 1
				}
				v := (sc.truth[e] - sc.truth[a-1]) * math.Exp(b+sigmaApprox*rng.NormFloat64())
				cl := attrition.Claim{Bound: attrition.BoundPoint, Approx: true, PeriodStart: date(a), PeriodEnd: date(e), Source: name}
				if rng.IntN(2) == 0 {
					cl.Per = attrition.PerDay
					v /= float64(e - a + 1)
				}
				v = math.Round(v)
				cl.Best, cl.Low, cl.High = &v, &v, &v
				add(cl)
			case 4: // a named list: a floor, never the total
				v := math.Round(sc.truth[e] * (0.3 + 0.6*rng.Float64()))
				add(attrition.Claim{Bound: attrition.BoundAtLeast, Low: &v, PeriodStart: sc.start, PeriodEnd: date(e), Source: "named list"})
			}
		}
	}
	if rng.IntN(2) == 0 {
		// A dense daily series whose own error drifts: its rate runs at
		// exp(b + slowly wandering noise) times the truth.
		src = nsrc
		b := tau * rng.NormFloat64()
		drift := 0.0
		var total float64
		from := rng.IntN(days / 2)
		for i := 0; i < days; i++ {
			drift = 0.97*drift + 0.03*rng.NormFloat64()
			inc := sc.truth[i]
			if i > 0 {
				inc -= sc.truth[i-1]
			}
			total += inc * math.Exp(b+drift)
			if i >= from {
				v := math.Round(total)
				add(attrition.Claim{Bound: attrition.BoundPoint, Best: &v, Low: &v, High: &v, Approx: true,
					PeriodStart: sc.start, PeriodEnd: date(i), Source: "daily bulletin"})
			}
		}
	}
	for k := 0; k < 4; k++ {
		sc.evalDays = append(sc.evalDays, days/4+rng.IntN(days-days/4))
	}
	return sc
}

// carryForward is the naive estimate: the latest two-sided running total
// published by day i.
func (sc *scenario) carryForward(i int) (float64, bool) {
	d := sc.start.AddDays(i)
	var best attrition.Date
	var v float64
	ok := false
	for _, c := range sc.claims {
		if c.Bound == attrition.BoundAtLeast || c.Per != "" || c.PeriodStart != sc.start || c.PeriodEnd > d {
			continue
		}
		if !ok || c.PeriodEnd >= best {
			x, _ := c.Value()
			best, v, ok = c.PeriodEnd, x, true
		}
	}
	return v, ok
}

// calibration is what one set of scenarios showed.
type calibration struct {
	checks, in90, in50 int
	errModel, errNaive float64 // mean |log error|
}

func calibrate(t *testing.T, n int, tau float64, seed uint64) calibration {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 11))
	var c calibration
	var naiveN int
	for k := 0; k < n; k++ {
		sc := newScenario(rng, tau)
		e := New(memFinder(sc.claims))
		for _, day := range sc.evalDays {
			d := sc.start.AddDays(day)
			// Fit on what was published by the evaluation day only.
			est, err := e.Estimate(context.Background(), attrition.EstimateRequest{
				Actor: "Testland", Category: attrition.CategoryCasualties, To: d, Step: "month", Seed: uint64(k + 1)})
			if err != nil {
				if attrition.ErrorCode(err) == attrition.ENOTFOUND {
					continue
				}
				t.Fatalf("scenario %d: %v", k, err)
			}
			p, ok := est.At(d)
			if !ok || p.Date != d {
				t.Fatalf("scenario %d: no point at %s", k, d)
			}
			truth := sc.truth[day]
			c.checks++
			if truth >= p.Lo90 && truth <= p.Hi90 {
				c.in90++
			}
			if truth >= p.Lo50 && truth <= p.Hi50 {
				c.in50++
			}
			if naive, ok := sc.carryForward(day); ok {
				c.errModel += math.Abs(math.Log(p.Median / truth))
				c.errNaive += math.Abs(math.Log(naive / truth))
				naiveN++
			}
		}
	}
	c.errModel /= float64(naiveN)
	c.errNaive /= float64(naiveN)
	return c
}

func (c calibration) String() string {
	return fmt.Sprintf("%d checks: 90%% interval covers %.1f%%, 50%% covers %.1f%%; mean |log error| %.3f vs %.3f carrying the latest claim forward",
		c.checks, 100*float64(c.in90)/float64(c.checks), 100*float64(c.in50)/float64(c.checks), c.errModel, c.errNaive)
}

func TestCalibration(t *testing.T) {
	n := 80
	if testing.Short() {
		n = 25
	}
	c := calibrate(t, n, DefaultParams().Tau, 7)
	t.Logf("%d scenarios, sources' biases spread by τ = %.2f: %v", n, DefaultParams().Tau, c)
	c90, c50 := float64(c.in90)/float64(c.checks), float64(c.in50)/float64(c.checks)
	lo90, hi90, lo50, hi50 := 0.85, 0.95, 0.40, 0.60
	if testing.Short() {
		// Fewer checks, wider sampling error.
		lo90, hi90, lo50, hi50 = 0.80, 0.98, 0.33, 0.67
	}
	if c90 < lo90 || c90 > hi90 {
		t.Errorf("90%% intervals cover the truth %.1f%% of the time, want %.0f–%.0f%%", 100*c90, 100*lo90, 100*hi90)
	}
	if c50 < lo50 || c50 > hi50 {
		t.Errorf("50%% intervals cover the truth %.1f%% of the time, want %.0f–%.0f%%", 100*c50, 100*lo50, 100*hi50)
	}
	if c.errModel > 0.8*c.errNaive {
		t.Errorf("median's mean |log error| %.3f is not well below carrying the latest claim forward (%.3f)", c.errModel, c.errNaive)
	}
}

// TestCalibrationOtherSpreads runs wars whose sources scatter less or
// more than the prior assumes: the learnt spread keeps the intervals
// honest within looser bands.
func TestCalibrationOtherSpreads(t *testing.T) {
	if testing.Short() {
		t.Skip("long: wars with other spreads of source bias")
	}
	for _, tau := range []float64{0.1, 0.3} {
		c := calibrate(t, 60, tau, 13)
		t.Logf("60 scenarios, τ = %.2f: %v", tau, c)
		if c90 := float64(c.in90) / float64(c.checks); c90 < 0.78 || c90 > 0.995 {
			t.Errorf("τ = %.2f: 90%% intervals cover %.1f%%, want 78–99.5%%", tau, 100*c90)
		}
		if c.errModel > 0.8*c.errNaive {
			t.Errorf("τ = %.2f: median's error %.3f not well below carrying forward (%.3f)", tau, c.errModel, c.errNaive)
		}
	}
}
