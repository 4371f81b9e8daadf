package estimate

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/attrition-project/attrition"
)

// predictSource fits the claims published up to cut and returns draws
// of what source group g will report on day target: the total times the
// source's own bias.
func predictSource(t *testing.T, claims []attrition.Claim, start, cut, target attrition.Date, seed uint64) []float64 {
	t.Helper()
	var known []attrition.Claim
	for _, c := range claims {
		if c.PeriodEnd <= cut {
			known = append(known, c)
		}
	}
	p := build("Russia", attrition.CategoryCasualties, known, start, target, nil)
	m := newModel(p, DefaultParams())
	theta, ch, err := m.fit(context.Background())
	if err != nil {
		t.Fatalf("cut %s: %v", cut, err)
	}
	s, err := m.sample(context.Background(), theta, ch, []int{cut.Sub(start), target.Sub(start)}, seed)
	if err != nil {
		t.Fatal(err)
	}
	// A dense series' error is a random walk: its next figure is its
	// last one plus the increase it will report, the increase in the
	// total times its bias, with the noise of its increments.
	last := 0.0
	for _, c := range known {
		if c.PeriodEnd == cut {
			last = *c.Best
		}
	}
	rng := rand.New(rand.NewPCG(seed, 3))
	weeks := float64(target.Sub(cut)) / 7
	out := make([]float64, s.n)
	for j := range out {
		inc := (s.total[1][j] - s.total[0][j]) * math.Exp(s.bias[0][j])
		out[j] = last + inc*math.Exp(sigmaIncrement/math.Sqrt(weeks)*rng.NormFloat64())
	}
	return out
}

// TestBacktestGeneralStaff fits the General Staff's daily series up to
// many cut dates and predicts its figure 30 days on, against a straight
// line through the last 30 days.
func TestBacktestGeneralStaff(t *testing.T) {
	claims := loadGS(t)
	start := attrition.MustDate("2022-02-24")
	byDate := map[attrition.Date]float64{}
	var last attrition.Date
	for _, c := range claims {
		byDate[c.PeriodEnd] = *c.Best
		last = max(last, c.PeriodEnd)
	}
	const horizon = 30
	every := 30
	if testing.Short() {
		every = 90
	}
	var n, covered90, covered50 int
	var aeModel, aeLinear, apeModel, apeLinear float64
	for cut := attrition.MustDate("2022-06-01"); cut.AddDays(horizon) <= last; cut = cut.AddDays(every) {
		target := cut.AddDays(horizon)
		truth, ok1 := byDate[target]
		now, ok2 := byDate[cut]
		before, ok3 := byDate[cut.AddDays(-horizon)]
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		draws := predictSource(t, claims, start, cut, target, uint64(n+1))
		q := quantiles(draws)
		linear := now + (now - before)
		n++
		if truth >= q[0] && truth <= q[4] {
			covered90++
		}
		if truth >= q[1] && truth <= q[3] {
			covered50++
		}
		// Errors on the 30 days' increase, where the forecast is hard;
		// the level itself is known to a fraction of a percent.
		aeModel += math.Abs(q[2] - truth)
		aeLinear += math.Abs(linear - truth)
		apeModel += math.Abs(q[2]-truth) / (truth - now)
		apeLinear += math.Abs(linear-truth) / (truth - now)
	}
	if n < 5 {
		t.Fatalf("only %d cut dates", n)
	}
	fn := float64(n)
	t.Logf("%d cuts, 30 days ahead: model MAE %.0f (%.1f%% of the increase), linear extrapolation MAE %.0f (%.1f%%); 90%% interval covers %.0f%%, 50%% covers %.0f%%",
		n, aeModel/fn, 100*apeModel/fn, aeLinear/fn, 100*apeLinear/fn, 100*float64(covered90)/fn, 100*float64(covered50)/fn)
	margin := 1.15
	if testing.Short() {
		// A third of the cuts: one bad month weighs three times as much.
		margin = 1.3
	}
	if aeModel > margin*aeLinear {
		t.Errorf("model MAE %.0f is worse than linear extrapolation's %.0f by more than %.0f%%", aeModel/fn, aeLinear/fn, 100*(margin-1))
	}
	if c := float64(covered90) / fn; c < 0.75 {
		t.Errorf("90%% predictive intervals cover %.0f%% of 30-day-ahead figures, want at least 75%%", 100*c)
	}
}
