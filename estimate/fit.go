package estimate

import (
	"context"
	"math"
	"math/rand/v2"
	"sort"
	"sync"

	"github.com/attrition-project/attrition"
	"gonum.org/v1/gonum/mat"
)

// Params are the model's prior settings. The zero value is not useful;
// start from DefaultParams.
type Params struct {
	// Tau is the prior standard deviation of a source's log bias: 0.2
	// lets a source run about 40% high or low before the data must
	// insist. With two or more sources the fit learns it from them,
	// starting here and shrunk toward it.
	Tau float64
	// Walk is the standard deviation of the log daily rate's random walk
	// per square root of a day: how fast the rate may change, and how
	// fast the doubt about a projection grows.
	Walk float64
	// Nu is the degrees of freedom of the Student-t error of claims.
	Nu float64
	// WalkNu, when positive, makes the walk's steps Student-t with these
	// degrees of freedom instead of Gaussian.
	WalkNu float64
	// MaxKnots caps the number of knots of the rate; knots are at least
	// MinKnotDays apart.
	MaxKnots    int
	MinKnotDays int
	// Draws is the number of posterior draws.
	Draws int
	// Reversion, when positive, is the time scale in days over which a
	// projection's log rate returns to the average rate of the last
	// InfoDays of information; 0 projects the last rate forward.
	Reversion float64
	// InfoDays is the span over which that average is taken. A rate
	// informed by fewer days than this (one day's toll, the first week
	// of a war) is projected with a walk that many times looser, and the
	// projection is honest about it.
	InfoDays int
}

// DefaultParams are the settings the calibration test checks.
func DefaultParams() Params {
	return Params{Tau: 0.2, Walk: 0.04, Nu: 4, WalkNu: 4, MaxKnots: 100, MinKnotDays: 7, Draws: 200, Reversion: 60, InfoDays: 91}
}

// model is one problem with its knot layout and scratch space.
type model struct {
	p    *problem
	par  Params
	h    int // days between knots
	k    int // knots
	g    int // bias groups
	n    int // parameters: k knots then g biases
	m0   float64
	r, c []float64 // daily rate and running total (prefix sum)
	a0   []float64 // prefix of r·(1-α): weight towards the knot before
	a1   []float64 // prefix of r·α: weight towards the knot after
	dg   []float64 // d nll / d S spread over days (difference array)
	tau  float64   // spread of the biases in use (see fit)
	hbuf []float64 // the Hessian's storage, reused
	chol mat.Cholesky
	rev  reversion
}

// reversion is the prior of the projection: the steps of the knots after
// the last information (k > from) follow a mean path from the rate there
// to mu, the log of the recent average rate, and are looser by a factor
// loose. See setReversion.
type reversion struct {
	on    bool
	from  int     // last knot the claims inform
	mu    float64 // log rate the projection returns to
	phi   float64 // share of the gap left after one knot step
	loose float64 // walk variance factor beyond from
}

func newModel(p *problem, par Params) *model {
	d := p.days
	h := par.MinKnotDays
	if h < 1 {
		h = 1
	}
	if par.MaxKnots > 2 {
		if need := (d-1)/(par.MaxKnots-2) + 1; need > h {
			h = need
		}
	}
	k := (d-1)/h + 2
	m := &model{p: p, par: par, h: h, k: k, g: len(p.groups)}
	m.n = m.k + m.g
	m.r = make([]float64, d)
	m.c = make([]float64, d)
	m.a0 = make([]float64, d)
	m.a1 = make([]float64, d)
	m.dg = make([]float64, d+1)
	m.m0 = m.initialRate()
	m.tau = par.Tau
	return m
}

// initialRate is a rough log daily rate from the claims, the centre of
// the weak prior on the first knot and the starting point of the fit.
func (m *model) initialRate() float64 {
	var rs []float64
	for _, t := range m.p.terms {
		if t.kind != kindObs {
			continue
		}
		v := math.Exp(t.y) - countOffset
		if v > 0 {
			rs = append(rs, math.Log(v/float64(t.e-t.a+1)))
		}
	}
	if len(rs) == 0 {
		for _, t := range m.p.terms {
			v := math.Exp(t.y) - countOffset
			if v > 0 {
				rs = append(rs, math.Log(v/float64(t.e-t.a+1)))
			}
		}
	}
	if len(rs) == 0 {
		return 0
	}
	sort.Float64s(rs)
	return rs[len(rs)/2]
}

// rates fills r and its prefix sums from the knot values, one exp per
// knot: the rate is geometric between knots.
func (m *model) rates(theta []float64) bool {
	d := len(m.r)
	h := m.h
	hf := float64(h)
	var sum, s0, s1 float64
	for s := 0; s*h < d; s++ {
		u0, u1 := theta[s], theta[s+1]
		if u0 > 600 || u1 > 600 || math.IsNaN(u0) || math.IsNaN(u1) {
			return false
		}
		rv := math.Exp(u0)
		q := math.Exp((u1 - u0) / hf)
		end := min((s+1)*h, d)
		for i := s * h; i < end; i++ {
			alpha := float64(i-s*h) / hf
			m.r[i] = rv
			sum += rv
			s0 += rv * (1 - alpha)
			s1 += rv * alpha
			m.c[i] = sum
			m.a0[i] = s0
			m.a1[i] = s1
			rv *= q
		}
	}
	return !math.IsInf(sum, 0) && !math.IsNaN(sum)
}

func prefix(x []float64, i int) float64 {
	if i < 0 {
		return 0
	}
	return x[i]
}

func (m *model) bias(theta []float64, g int) float64 {
	if g < 0 {
		return 0
	}
	return theta[m.k+g]
}

// predict returns the term's sum S, the log prediction μ and dμ/dS.
func (m *model) predict(theta []float64, t *term) (s, mu, kappa float64) {
	s = prefix(m.c, t.e) - prefix(m.c, t.a-1)
	if s < 0 {
		s = 0
	}
	eb := math.Exp(m.bias(theta, t.group))
	den := s*eb + countOffset
	return s, math.Log(den), eb / den
}

// logPhi is log Φ(x), accurate in the far left tail.
func logPhi(x float64) float64 {
	if x > -30 {
		return math.Log(0.5 * math.Erfc(-x/math.Sqrt2))
	}
	return -x*x/2 - math.Log(-x) - 0.5*math.Log(2*math.Pi)
}

// mills is φ(x)/Φ(x).
func mills(x float64) float64 {
	if x > -30 {
		return math.Exp(-x*x/2-0.5*math.Log(2*math.Pi)) / (0.5 * math.Erfc(-x/math.Sqrt2))
	}
	return -x
}

// termNLL returns a term's negative log-likelihood, its derivative with
// respect to μ and its (expected) curvature.
func (m *model) termNLL(t *term, mu float64) (nll, d1, info float64) {
	nu := m.par.Nu
	s2 := t.sigma * t.sigma
	switch t.kind {
	case kindLower, kindUpper:
		x := (mu - t.y) / t.sigma
		sign := -1.0
		if t.kind == kindUpper {
			x, sign = -x, 1
		}
		l := mills(x)
		return -t.w * logPhi(x), sign * t.w * l / t.sigma, t.w * l * (l + x) / s2
	default:
		// The observed curvature, floored at a small share of the
		// expected one: a claim far out in the tails carries little
		// information about where the total is, and the fit converges
		// in a few steps rather than crawling.
		res := t.y - mu
		den := nu*s2 + res*res
		obs := t.w * (nu + 1) * (nu*s2 - res*res) / (den * den)
		return t.w * (nu + 1) / 2 * math.Log1p(res*res/(nu*s2)),
			-t.w * (nu + 1) * res / den,
			math.Max(obs, 0.01*t.w/s2)
	}
}

// eval returns the negative log posterior and, when grad is not nil, its
// gradient.
func (m *model) eval(theta, grad []float64) float64 {
	if !m.rates(theta) {
		return math.Inf(1)
	}
	if grad != nil {
		clear(grad)
		clear(m.dg)
	}
	var f float64
	for i := range m.p.terms {
		t := &m.p.terms[i]
		s, mu, kappa := m.predict(theta, t)
		nll, d1, _ := m.termNLL(t, mu)
		f += nll
		if grad == nil {
			continue
		}
		m.dg[t.a] += d1 * kappa
		m.dg[t.e+1] -= d1 * kappa
		if t.group >= 0 {
			grad[m.k+t.group] += d1 * kappa * s
		}
	}
	f += m.prior(theta, grad)
	if grad != nil {
		var acc float64
		h := m.h
		hf := float64(h)
		for i := range m.r {
			acc += m.dg[i]
			gi := acc * m.r[i]
			s := i / h
			alpha := float64(i-s*h) / hf
			grad[s] += gi * (1 - alpha)
			grad[s+1] += gi * alpha
		}
	}
	if math.IsNaN(f) {
		return math.Inf(1)
	}
	return f
}

const firstKnotSD = 3.0

// walkStep is the prior on one step d of the log rate between knots,
// whose variance is v when the walk is Gaussian: its negative log
// density, derivative and curvature. With WalkNu > 0 the step is
// Student-t, scaled to the same curvature at zero, so that an offensive
// or the first days of a war can move the rate abruptly without bending
// the rest of the curve; the curvature is floored so that the Laplace
// draws stay proper.
func (m *model) walkStep(d, v float64) (f, g, curv float64) {
	nu := m.par.WalkNu
	if nu <= 0 {
		return d * d / (2 * v), d / v, 1 / v
	}
	s2 := v * (nu + 1) / nu
	den := nu*s2 + d*d
	f = (nu + 1) / 2 * math.Log1p(d*d/(nu*s2))
	g = (nu + 1) * d / den
	curv = math.Max((nu+1)*(nu*s2-d*d)/(den*den), 0.05/v)
	return f, g, curv
}

// knotStep is the prior of one knot step: its negative log density f,
// derivative g and curvature with respect to the step, and the step's
// coefficients on the knots (at most three).
type knotStep struct {
	f, g, curv float64
	n          int
	idx        [3]int
	coef       [3]float64
}

// step is the prior of the step into knot k. Up to the last information
// it is the walk's step u_k - u_(k-1). Beyond, with reversion on, the
// step is measured from its mean path, which closes a share (1-φ)φ^(j-1)
// of the gap between the rate at the last informed knot and the recent
// average at the j-th step beyond it, so that the gap closes over
// Params.Reversion days; over the first InfoDays of it the walk may be
// looser (see setReversion).
func (m *model) step(theta []float64, k int, v float64) knotStep {
	st := knotStep{n: 2, idx: [3]int{k, k - 1}, coef: [3]float64{1, -1}}
	d := theta[k] - theta[k-1]
	if r := &m.rev; r.on && k > r.from {
		j := k - r.from
		c := (1 - r.phi) * math.Pow(r.phi, float64(j-1))
		d -= c * (r.mu - theta[r.from])
		if j*m.h <= m.par.InfoDays {
			v *= r.loose
		}
		if r.from == k-1 {
			st.coef[1] += c
		} else {
			st.n = 3
			st.idx[2], st.coef[2] = r.from, c
		}
	}
	st.f, st.g, st.curv = m.walkStep(d, v)
	return st
}

// setReversion turns on the projection's prior (see step) from the mode
// theta of a fit without it, and reports whether there is a projection
// to shape. The last information is the latest end of a figure, or of
// a bound when there is no figure; the average rate is that of the last
// InfoDays before it. A pace seen for fewer days (one day's toll, a
// war's first week) is not yet a war's pace, nor is it known to stop:
// the projection returns halfway, in logs, between it and the pace of a
// quarter whose unseen days had no losses, and the walk over its first
// quarter is looser by the missing share (at most maxLoose times), so
// that its interval reaches toward both.
func (m *model) setReversion(theta []float64) bool {
	if !(m.par.Reversion > 0) || m.par.InfoDays < 1 {
		return false
	}
	last, lastAny := -1, -1
	for _, t := range m.p.terms {
		lastAny = max(lastAny, t.e)
		if t.kind == kindObs {
			last = max(last, t.e)
		}
	}
	if last < 0 {
		last = lastAny
	}
	if last < 0 || last >= len(m.c) {
		return false
	}
	from := last/m.h + 1
	if from >= m.k-1 || !m.rates(theta) {
		return false
	}
	span := min(m.par.InfoDays, last+1)
	seen := m.c[last] - prefix(m.c, last-span)
	// Halfway, in logs, between the pace over the days seen and that
	// over a quarter whose unseen days had no losses.
	mu := math.Log(seen/float64(span)) - 0.5*math.Log(float64(m.par.InfoDays)/float64(span))
	if math.IsNaN(mu) || math.IsInf(mu, 0) {
		return false
	}
	m.rev = reversion{on: true, from: from, mu: mu,
		phi:   math.Exp(-float64(m.h) / m.par.Reversion),
		loose: math.Min(maxLoose, float64(m.par.InfoDays)/float64(span))}
	return true
}

// maxLoose bounds how much looser the walk of a projection from little
// information is: ten times the variance is a rate some three times
// less certain a quarter on.
const maxLoose = 10

// prior adds the random walk of the log rate and the shrinkage of the
// biases.
func (m *model) prior(theta, grad []float64) float64 {
	v := m.par.Walk * m.par.Walk * float64(m.h)
	d0 := theta[0] - m.m0
	f := d0 * d0 / (2 * firstKnotSD * firstKnotSD)
	if grad != nil {
		grad[0] += d0 / (firstKnotSD * firstKnotSD)
	}
	for k := 1; k < m.k; k++ {
		st := m.step(theta, k, v)
		f += st.f
		if grad != nil {
			for x := 0; x < st.n; x++ {
				grad[st.idx[x]] += st.g * st.coef[x]
			}
		}
	}
	t2 := m.tau * m.tau
	for g := 0; g < m.g; g++ {
		b := theta[m.k+g]
		f += b * b / (2 * t2)
		if grad != nil {
			grad[m.k+g] += b / t2
		}
	}
	return f
}

// jrow is one term's linearisation at a point: its prediction, its
// information, and its gradient. A running total's gradient covers every
// knot before its date; it is stored as κ·T_k for the knots it covers
// whole (k < full), where T_k is knot k's whole weight, plus a few
// explicit entries, so that forming the Hessian costs O(K) per claim
// rather than O(K²).
type jrow struct {
	mu    float64
	info  float64
	kappa float64 // scale of the knot totals, 0 when full is 0
	full  int     // knots 0..full-1 enter as kappa·T_k
	idx   []int
	val   []float64
}

// knotTotals returns T_k, the sum of the rate weighted towards knot k
// over its whole support; rates must be current.
func (m *model) knotTotals() []float64 {
	T := make([]float64, m.k)
	d := len(m.r)
	for seg := 0; seg*m.h < d; seg++ {
		lo, hi := seg*m.h, min((seg+1)*m.h, d)-1
		T[seg] += prefix(m.a0, hi) - prefix(m.a0, lo-1)
		T[seg+1] += prefix(m.a1, hi) - prefix(m.a1, lo-1)
	}
	return T
}

// jacobian linearises every term at theta; rates must be current.
func (m *model) jacobian(theta []float64) []jrow {
	rows := make([]jrow, len(m.p.terms))
	for i := range m.p.terms {
		t := &m.p.terms[i]
		s, mu, kappa := m.predict(theta, t)
		_, _, info := m.termNLL(t, mu)
		r := &rows[i]
		r.mu = mu
		// A floor far below the total says nothing: skip its row.
		if !(info*t.sigma*t.sigma > 1e-9) {
			continue
		}
		r.info = info
		s0, s1 := t.a/m.h, t.e/m.h
		if t.a == 0 {
			// Knots whose support ends by day e are covered whole.
			r.full = (t.e + 1) / m.h
			if r.full > s1 {
				r.full = s1
			}
			r.kappa = kappa
			s0 = r.full
		}
		r.idx = make([]int, 0, s1-s0+3)
		r.val = make([]float64, 0, s1-s0+3)
		for seg := s0; seg <= s1; seg++ {
			lo := max(t.a, seg*m.h)
			hi := min(t.e, (seg+1)*m.h-1)
			v0 := prefix(m.a0, hi) - prefix(m.a0, lo-1)
			v1 := prefix(m.a1, hi) - prefix(m.a1, lo-1)
			if seg == s0 && t.a == 0 && seg > 0 {
				// The part of knot seg's support before segment seg
				// (the tail of segment seg-1) is inside the period too.
				v0 += prefix(m.a1, seg*m.h-1) - prefix(m.a1, (seg-1)*m.h-1)
			}
			if len(r.idx) > 0 && r.idx[len(r.idx)-1] == seg {
				r.val[len(r.val)-1] += kappa * v0
			} else {
				r.idx = append(r.idx, seg)
				r.val = append(r.val, kappa*v0)
			}
			r.idx = append(r.idx, seg+1)
			r.val = append(r.val, kappa*v1)
		}
		if t.group >= 0 {
			r.idx = append(r.idx, m.k+t.group)
			r.val = append(r.val, kappa*s)
		}
	}
	return rows
}

// hessian returns the Gauss-Newton matrix (expected information plus
// prior precision) at theta; rates must be current.
func (m *model) hessian(theta []float64) []float64 {
	n := m.n
	if len(m.hbuf) != n*n {
		m.hbuf = make([]float64, n*n)
	}
	H := m.hbuf
	clear(H)
	T := m.knotTotals()
	// G[l] sums info·κ² over running totals covering knot l whole: the
	// whole-knot block is then T_k T_l G[max(k, l)].
	G := make([]float64, m.k+1)
	for _, r := range m.jacobian(theta) {
		if r.info == 0 {
			continue
		}
		if r.full > 0 {
			G[r.full-1] += r.info * r.kappa * r.kappa
			// Cross terms of the whole knots with the explicit entries.
			for x, ix := range r.idx {
				w := r.info * r.kappa * r.val[x]
				for k := 0; k < r.full; k++ {
					if k <= ix {
						H[k*n+ix] += w * T[k]
					} else {
						H[ix*n+k] += w * T[k]
					}
				}
			}
		}
		for x, ix := range r.idx {
			wx := r.info * r.val[x]
			for y := x; y < len(r.idx); y++ {
				iy := r.idx[y]
				if ix <= iy {
					H[ix*n+iy] += wx * r.val[y]
				} else {
					H[iy*n+ix] += wx * r.val[y]
				}
			}
		}
	}
	for l := m.k - 2; l >= 0; l-- {
		G[l] += G[l+1]
	}
	for k := 0; k < m.k; k++ {
		row := H[k*n:]
		for l := k; l < m.k; l++ {
			row[l] += T[k] * T[l] * G[l]
		}
	}
	v := m.par.Walk * m.par.Walk * float64(m.h)
	H[0] += 1 / (firstKnotSD * firstKnotSD)
	for k := 1; k < m.k; k++ {
		st := m.step(theta, k, v)
		for x := 0; x < st.n; x++ {
			for y := 0; y < st.n; y++ {
				ix, iy := st.idx[x], st.idx[y]
				if ix < iy || ix == iy && x == y {
					H[ix*n+iy] += st.curv * st.coef[x] * st.coef[y]
				}
			}
		}
	}
	for g := 0; g < m.g; g++ {
		H[(m.k+g)*n+m.k+g] += 1 / (m.tau * m.tau)
	}
	// Only the upper triangle was filled; mirror it.
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			H[j*n+i] = H[i*n+j]
		}
	}
	return H
}

// factor returns the Cholesky factor of H (overwritten), adding jitter
// to the diagonal when rounding leaves it short of positive definite.
// The factor is the model's own and is replaced by the next call.
func (m *model) factor(H []float64) (*mat.Cholesky, error) {
	n := m.n
	a := mat.NewSymDense(n, H)
	jitter := 0.0
	for try := 0; try < 8; try++ {
		if m.chol.Factorize(a) {
			return &m.chol, nil
		}
		step := 1e-8
		if jitter > 0 {
			step = jitter * 99
		}
		for i := 0; i < n; i++ {
			H[i*n+i] += step
		}
		jitter += step
	}
	return nil, attrition.Errorf(attrition.EINTERNAL, "estimate: the posterior's curvature is not positive definite")
}

// farZ is how far, in its own noise units, a figure must lie from a
// mode for the fit to look for another mode that passes closer.
const (
	farZ     = 4
	farTerms = 100
)

// farClaim says whether a figure lies beyond farZ at theta, in a
// problem of at most farTerms figures: a dense series has figures far
// out (its corrections) in every fit, pins the path whatever the
// start, and would pay for a second fit each time.
func (m *model) farClaim(theta []float64) bool {
	obs := 0
	for i := range m.p.terms {
		if m.p.terms[i].kind == kindObs {
			obs++
		}
	}
	if obs > farTerms || !m.rates(theta) {
		return false
	}
	for i := range m.p.terms {
		t := &m.p.terms[i]
		if t.kind != kindObs {
			continue
		}
		if _, mu, _ := m.predict(theta, t); math.Abs(t.y-mu) > farZ*t.sigma {
			return true
		}
	}
	return false
}

// gaussianNu makes the Student-t error of claims Gaussian for the
// starting fit.
const gaussianNu = 1e6

// Bounds of the spread of source biases that the data may choose, and
// the weight, in sources, of the prior spread Params.Tau.
const (
	minTau       = 0.05
	maxTau       = 0.6
	tauPseudoObs = 2
)

// fit finds the posterior mode and returns it with the Cholesky factor
// of the curvature there. The spread of the biases, τ, starts at
// Params.Tau and is then learnt from the sources by expectation-
// maximisation, E[b²] including each bias's posterior variance, with
// Params.Tau counted as tauPseudoObs sources and one source's worth of
// freedom spent on the consensus itself (as REML does, or the spread of
// few sources reads too narrow): a ledger of a handful of
// sources keeps about the prior spread, a ledger of many that agree (or
// disagree) narrows (or widens) the doubt about their consensus.
func (m *model) fit(ctx context.Context) ([]float64, *mat.Cholesky, error) {
	theta, ch, err := m.mode(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	// A Student-t likelihood has local optima in which a claim far from
	// the starting path is written off as an outlier although a path
	// through it and the others exists (8,000 by day 25 and 12,000 by day
	// 95 from a flat start at 320 a day). When a figure lies far out,
	// the fit is made again from the mode under Gaussian errors, which
	// has a single basin, and the better of the two modes is kept.
	if m.farClaim(theta) {
		nu := m.par.Nu
		m.par.Nu = gaussianNu
		start, _, gerr := m.mode(ctx, nil)
		m.par.Nu = nu
		if gerr == nil {
			alt, altCh, aerr := m.mode(ctx, start)
			switch {
			case aerr == nil && m.eval(alt, nil) < m.eval(theta, nil):
				theta, ch = alt, altCh
			default:
				// The factor is the model's own and now the other
				// mode's: make it again at the first.
				if theta, ch, err = m.mode(ctx, theta); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	// The projection's prior needs the recent average rate, which the
	// first mode gives; the claims' part of the fit hardly moves.
	if m.setReversion(theta) {
		if theta, ch, err = m.mode(ctx, theta); err != nil {
			return nil, nil, err
		}
	}
	var biased []int
	for g, gr := range m.p.groups {
		if gr.biased > 0 {
			biased = append(biased, g)
		}
	}
	if len(biased) < 2 {
		return theta, ch, nil
	}
	e := mat.NewVecDense(m.n, nil)
	x := mat.NewVecDense(m.n, nil)
	for round := 0; round < 3; round++ {
		var sum float64
		for _, g := range biased {
			i := m.k + g
			e.Zero()
			e.SetVec(i, 1)
			if err := ch.SolveVecTo(x, e); err != nil {
				return theta, ch, nil
			}
			sum += theta[i]*theta[i] + x.AtVec(i)
		}
		t0 := m.par.Tau
		tau := math.Sqrt((sum + tauPseudoObs*t0*t0) / (float64(len(biased)-1) + tauPseudoObs))
		tau = math.Min(maxTau, math.Max(minTau, tau))
		if math.Abs(tau-m.tau) < 0.01 {
			break
		}
		m.tau = tau
		if theta, ch, err = m.mode(ctx, theta); err != nil {
			return nil, nil, err
		}
	}
	return theta, ch, nil
}

// mode finds the posterior mode at the current τ by Gauss-Newton with a
// backtracking line search, from start (nil: a flat rate), and returns
// it with the Cholesky factor of the curvature there.
func (m *model) mode(ctx context.Context, start []float64) ([]float64, *mat.Cholesky, error) {
	n := m.n
	theta := make([]float64, n)
	if start != nil {
		copy(theta, start)
	} else {
		for k := 0; k < m.k; k++ {
			theta[k] = m.m0
		}
	}
	grad := make([]float64, n)
	trial := make([]float64, n)
	f := m.eval(theta, grad)
	if math.IsInf(f, 0) {
		return nil, nil, attrition.Errorf(attrition.EINTERNAL, "estimate: the starting point has no finite likelihood")
	}
	var ch *mat.Cholesky
	step := mat.NewVecDense(n, nil)
	for iter := 0; iter < 100; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		m.rates(theta)
		H := m.hessian(theta)
		var err error
		ch, err = m.factor(H)
		if err != nil {
			return nil, nil, err
		}
		if err := ch.SolveVecTo(step, mat.NewVecDense(n, grad)); err != nil {
			return nil, nil, attrition.Errorf(attrition.EINTERNAL, "estimate: %v", err)
		}
		dir := step.RawVector().Data
		var dec, big float64
		for i := range dir {
			dir[i] = -dir[i]
			dec -= grad[i] * dir[i]
			big = math.Max(big, math.Abs(dir[i]))
		}
		if dec < 1e-9 {
			break
		}
		t := 1.0
		if big > 2 {
			t = 2 / big
		}
		accepted := false
		for ls := 0; ls < 40; ls++ {
			for i := range trial {
				trial[i] = theta[i] + t*dir[i]
			}
			ft := m.eval(trial, nil)
			if ft <= f-1e-4*t*dec {
				copy(theta, trial)
				f = m.eval(theta, grad)
				accepted = true
				break
			}
			t /= 2
		}
		if !accepted || dec < 1e-4 {
			break
		}
	}
	m.rates(theta)
	H := m.hessian(theta)
	ch, err := m.factor(H)
	if err != nil {
		return nil, nil, err
	}
	return theta, ch, nil
}

// recentre moves a draw along the level of the rate so that, on average
// over the claims weighted by their information, its predictions equal
// their linearisation at the mode. The Laplace approximation is Gaussian
// in the log rates; along the directions the claims do not pin (the
// shape of the rate between two claims) a sum of lognormal rates drifts
// upwards, and without this every sparse ledger would read high. It
// returns the shift δ; the model's paths are those of the draw before
// it, so they are to be scaled by exp(-δ).
func (m *model) recentre(draw, z []float64, rows []jrow, sumInfo float64, T, tz []float64) (float64, bool) {
	if sumInfo <= 0 || !m.rates(draw) {
		return 0, false
	}
	// tz[k] = Σ_{j≤k} T_j z_j, the whole-knot part of every running total.
	var acc float64
	for k := range tz {
		acc += T[k] * z[k]
		tz[k] = acc
	}
	var excess float64
	for i := range m.p.terms {
		r := &rows[i]
		if r.info == 0 {
			continue
		}
		_, mu, _ := m.predict(draw, &m.p.terms[i])
		lin := r.mu
		if r.full > 0 {
			lin += r.kappa * tz[r.full-1]
		}
		for x, ix := range r.idx {
			lin += r.val[x] * z[ix]
		}
		excess += r.info * (mu - lin)
	}
	delta := excess / sumInfo
	if math.IsNaN(delta) || math.IsInf(delta, 0) || math.Abs(delta) > 50 {
		return 0, false
	}
	for k := 0; k < m.k; k++ {
		draw[k] -= delta
	}
	return delta, true
}

// hardBounds returns, for each output day, the highest floor and the
// lowest ceiling on the truth set by sources that give only bounds (a
// list of named dead holds on every later day, a ceiling on every
// earlier one). The Laplace draws are Gaussian and know nothing of a
// wall the mode does not touch, so each draw's total is held between
// them; both envelopes are monotone, so totals still never fall.
func (m *model) hardBounds(out []int) (floor, ceil []float64) {
	floor = make([]float64, len(out))
	ceil = make([]float64, len(out))
	for i := range ceil {
		ceil[i] = math.Inf(1)
	}
	for _, t := range m.p.terms {
		if t.group >= 0 || t.a != 0 {
			continue
		}
		v := math.Exp(t.y) - countOffset
		if t.claim >= 0 {
			// The figure as published, not its round trip through a log.
			v = m.p.claims[t.claim].value
		}
		for i, d := range out {
			switch {
			case t.kind == kindLower && d >= t.e:
				floor[i] = math.Max(floor[i], v)
			case t.kind == kindUpper && d <= t.e:
				ceil[i] = math.Min(ceil[i], v)
			}
		}
	}
	for i := range ceil {
		// Where a floor and a ceiling disagree, the floor (a count of
		// the named or the photographed) wins.
		ceil[i] = math.Max(ceil[i], floor[i])
	}
	return floor, ceil
}

// backings recycles the draws' storage between fits: a daily series of
// a long war holds megabytes of draws, and a ledger's worth of series
// would otherwise keep the collector busy.
var backings sync.Pool

// getBacking returns n zeroed float64s.
func getBacking(n int) []float64 {
	if b, ok := backings.Get().(*[]float64); ok && cap(*b) >= n {
		out := (*b)[:n]
		clear(out)
		return out
	}
	return make([]float64, n)
}

// release returns the draws' storage for reuse; s must not be used after.
func (s *samples) release() {
	if s != nil && s.backing != nil {
		b := s.backing
		s.backing, s.total, s.rate = nil, nil, nil
		backings.Put(&b)
	}
}

// samples are posterior draws summarised at the days asked for.
type samples struct {
	backing []float64 // storage of total and rate
	n       int
	total   [][]float64 // [output day][draw] running total
	rate    [][]float64 // [output day][draw] daily rate
	bias    [][]float64 // [group][draw] log bias
	// draws holds each draw's parameters, recentred ([draw·n + i]), so
	// that milestones can be read from them later.
	draws []float64
}

// sdLog returns, for each output day, the spread of the log total
// across draws: how well the category is known there.
func (s *samples) sdLog() []float64 {
	out := make([]float64, len(s.total))
	for i, col := range s.total {
		var sum, sq float64
		for _, v := range col {
			l := math.Log(v + countOffset)
			sum += l
			sq += l * l
		}
		mean := sum / float64(len(col))
		out[i] = math.Sqrt(math.Max(sq/float64(len(col))-mean*mean, 1e-12))
	}
	return out
}

// sample draws from the Laplace approximation and turns each draw into
// its path. out are day indexes of the grid (ascending).
func (m *model) sample(ctx context.Context, theta []float64, ch *mat.Cholesky, out []int, seed uint64) (*samples, error) {
	nd := m.par.Draws
	if nd < 10 {
		nd = 10
	}
	n := m.n
	var u mat.TriDense
	ch.UTo(&u)
	raw := u.RawTriangular()
	s := &samples{n: nd}
	s.total = make([][]float64, len(out))
	s.rate = make([][]float64, len(out))
	backing := getBacking(2 * len(out) * nd)
	s.backing = backing
	for i := range out {
		s.total[i] = backing[2*i*nd : (2*i+1)*nd : (2*i+1)*nd]
		s.rate[i] = backing[(2*i+1)*nd : (2*i+2)*nd : (2*i+2)*nd]
	}
	s.bias = make([][]float64, m.g)
	for g := range s.bias {
		s.bias[g] = make([]float64, nd)
	}
	s.draws = make([]float64, nd*n)
	floor, ceil := m.hardBounds(out)
	m.rates(theta)
	rows := m.jacobian(theta)
	T := m.knotTotals()
	tz := make([]float64, m.k)
	var sumInfo float64
	for _, r := range rows {
		sumInfo += r.info
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	z := make([]float64, n)
	draw := make([]float64, n)
	for j := 0; j < nd; j++ {
		if j%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		for i := range z {
			z[i] = rng.NormFloat64()
		}
		// Solve U x = z: x has covariance (UᵀU)⁻¹ = H⁻¹.
		for i := n - 1; i >= 0; i-- {
			row := raw.Data[i*raw.Stride:]
			acc := z[i]
			for c := i + 1; c < n; c++ {
				acc -= row[c] * z[c]
			}
			z[i] = acc / row[i]
		}
		for i := range draw {
			draw[i] = theta[i] + z[i]
		}
		// recentre leaves the paths of the draw before its shift in
		// place; the shift of every knot by -δ scales them by f.
		f := 1.0
		if delta, ok := m.recentre(draw, z, rows, sumInfo, T, tz); ok {
			f = math.Exp(-delta)
		} else if !m.rates(draw) {
			// A draw far in the tail: fall back to the mode for it.
			m.rates(theta)
			copy(draw, theta)
		}
		for i, d := range out {
			if d < 0 {
				continue
			}
			if d >= len(m.c) {
				d = len(m.c) - 1
			}
			s.total[i][j] = math.Min(math.Max(m.c[d]*f, floor[i]), ceil[i])
			s.rate[i][j] = m.r[d] * f
		}
		for g := 0; g < m.g; g++ {
			s.bias[g][j] = draw[m.k+g]
		}
		copy(s.draws[j*n:(j+1)*n], draw)
	}
	return s, nil
}
