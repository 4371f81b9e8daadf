package estimate

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
	"gonum.org/v1/gonum/stat/distuv"
)

// Term kinds.
const (
	kindObs   = iota // two-sided: log figure = log total + bias + noise
	kindLower        // the total is at least the figure
	kindUpper        // the total is at most the figure
)

// countOffset is added to totals and figures before taking logs, so that
// zeros and small equipment counts are well defined.
const countOffset = 0.5

// term is one likelihood contribution: the log of the rate summed over
// days a..e (indexes into the grid, inclusive), compared with y.
type term struct {
	a, e  int
	y     float64 // log(figure + countOffset)
	sigma float64
	w     float64 // weight of the term (1 unless shared)
	kind  int
	group int // source group of the bias, -1 for none
	claim int // index into problem.claims, -1 for a synthetic term
}

// usedClaim is a claim the fit read, kept for footnotes and outliers.
type usedClaim struct {
	c     attrition.Claim
	group int
	end   attrition.Date
	value float64
}

// group is one source, or several counted as one because they relay.
type group struct {
	name    string   // the source whose bias this is
	members []string // sources counted with it, name first
	claims  int
	biased  int // terms that carry the group's bias
}

// runRow is one running total of one source.
type runRow struct {
	end   int
	value float64
	ci    int
}

// problem is everything one fit needs.
type problem struct {
	actor, category string
	start           attrition.Date // day index 0
	days            int            // grid length
	terms           []term
	groups          []group
	claims          []usedClaim
	lastClaim       attrition.Date
	firstClaim      attrition.Date
}

// noise parameters, in log units.
const (
	sigmaPoint       = 0.05 // an unhedged point figure
	sigmaApprox      = 0.10 // "about", "some", "nearly"
	sigmaFloor       = 0.02 // no figure is exact
	sigmaBound       = 0.03 // softness of a one-sided bound
	sigmaBoundApprox = 0.08
	sigmaIncrement   = 0.15 // one week's increment of a dense series
	sigmaDenseLevel  = 0.05
	unhedgedCoverage = 0.80 // what an unhedged range is read as
)

var percentRE = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)`)

// coverage returns the probability that a claim's stated interval holds
// the truth, from its probability, or its likelihood word, or a default.
func coverage(c *attrition.Claim, def float64) float64 {
	if c.Probability != nil {
		p := (c.Probability[0] + c.Probability[1]) / 2
		if p > 0.01 && p < 0.999 {
			return p
		}
		if p >= 0.999 {
			return 0.99
		}
	}
	if c.Likelihood != "" {
		if m := percentRE.FindStringSubmatch(strings.ToLower(c.Likelihood)); m != nil {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > 1 && v < 100 {
				return v / 100
			}
		}
		if lo, hi, ok := yardstick.Lookup(yardstick.PHIA, c.Likelihood); ok {
			p := (lo + hi) / 2
			// A word of doubt about a figure still says the figure is
			// more likely right than not; words below even odds are
			// read as the weakest useful interval.
			return math.Min(0.99, math.Max(0.5, p))
		}
	}
	return def
}

var stdNormal = distuv.UnitNormal

// zOf returns the half-width in standard deviations of a central
// interval of the given coverage.
func zOf(p float64) float64 {
	p = math.Min(0.995, math.Max(0.2, p))
	return stdNormal.Quantile((1 + p) / 2)
}

// shape reads a claim: the figure y (log), its spread, and its kind.
func shape(c *attrition.Claim, scale float64) (y, sigma float64, kind int, ok bool) {
	lg := func(v float64) float64 { return math.Log(v*scale + countOffset) }
	fin := func(p *float64) bool { return p != nil && !math.IsNaN(*p) && !math.IsInf(*p, 0) && *p >= 0 }
	switch c.Bound {
	case attrition.BoundAtLeast, attrition.BoundMoreThan:
		if !fin(c.Low) {
			return 0, 0, 0, false
		}
		s := sigmaBound
		if c.Approx {
			s = sigmaBoundApprox
		}
		if judgedUnlikely(c) {
			return lg(*c.Low), s, kindUpper, true
		}
		return lg(*c.Low), s, kindLower, true
	case attrition.BoundAtMost, attrition.BoundFewerThan:
		if !fin(c.High) {
			return 0, 0, 0, false
		}
		s := sigmaBound
		if c.Approx {
			s = sigmaBoundApprox
		}
		if judgedUnlikely(c) {
			return lg(*c.High), s, kindLower, true
		}
		return lg(*c.High), s, kindUpper, true
	case attrition.BoundRange:
		if !fin(c.Low) || !fin(c.High) {
			return 0, 0, 0, false
		}
		lo, hi := lg(*c.Low), lg(*c.High)
		if hi < lo {
			lo, hi = hi, lo
		}
		centre := (lo + hi) / 2
		if fin(c.Best) {
			centre = lg(*c.Best)
		}
		s := (hi - lo) / (2 * zOf(coverage(c, unhedgedCoverage)))
		if c.Approx {
			s = math.Max(s, sigmaApprox)
		}
		return centre, math.Max(s, sigmaPoint/2), kindObs, true
	default: // point, or anything with a best figure
		v := c.Best
		if !fin(v) {
			if fin(c.Low) && fin(c.High) {
				m := math.Sqrt((*c.Low + 0.5) * (*c.High + 0.5))
				v = &m
			} else {
				return 0, 0, 0, false
			}
		}
		hw := sigmaPoint
		if c.Approx {
			hw = sigmaApprox
		}
		s := hw
		if c.Likelihood != "" || c.Probability != nil {
			s = hw / zOf(coverage(c, 0.68))
		}
		return lg(*v), s, kindObs, true
	}
}

// judgedUnlikely reports a claim its source judges more likely false
// than true: "has probably not lost more than 50,000" (Kent's "probably
// not", 20–40%) says the total is at most 50,000, so a one-sided bound
// so judged bounds the total from its other side.
func judgedUnlikely(c *attrition.Claim) bool {
	if c.Probability != nil {
		return (c.Probability[0]+c.Probability[1])/2 < 0.5
	}
	if c.Likelihood != "" {
		if lo, hi, ok := yardstick.Lookup(yardstick.PHIA, c.Likelihood); ok {
			return (lo+hi)/2 < 0.5
		}
	}
	return false
}

// totalSigma adds the floor and the counting noise of small numbers.
func totalSigma(s, y float64) float64 {
	v := math.Exp(y)
	return math.Sqrt(s*s + sigmaFloor*sigmaFloor + 1/(v+1))
}

// groupOf resolves relays: A relays B relays C → C. Cycles stop.
func groupOf(relays map[string]string, src string) string {
	seen := map[string]bool{}
	for {
		next, ok := relays[src]
		if !ok || next == "" || seen[src] {
			return src
		}
		seen[src] = true
		src = next
	}
}

// unattributed names the group of claims that give no source.
const unattributed = "(unattributed)"

// dedupeKey identifies a figure: the same source saying the same thing
// about the same period counts once.
type dedupeKey struct {
	source   string
	a, e     int
	kind     int
	y, sigma float64
}

// build turns claims into a problem on the grid [start, end].
func build(actor, category string, claims []attrition.Claim, start, end attrition.Date, relays map[string]string) *problem {
	p := &problem{actor: actor, category: category, start: start, days: end.Sub(start) + 1}
	if p.days < 1 {
		p.days = 1
	}
	groupIdx := map[string]int{}
	groupFor := func(src string) int {
		if src == "" {
			src = unattributed
		}
		head := groupOf(relays, src)
		gi, ok := groupIdx[head]
		if !ok {
			gi = len(p.groups)
			groupIdx[head] = gi
			p.groups = append(p.groups, group{name: head, members: []string{head}})
		}
		g := &p.groups[gi]
		found := false
		for _, m := range g.members {
			if m == src {
				found = true
			}
		}
		if !found {
			g.members = append(g.members, src)
		}
		return gi
	}
	idx := func(d attrition.Date) int { return d.Sub(start) }

	// Dense running-total series per group are collected first.
	dense := map[int][]runRow{}
	bounds := map[int][]boundRow{}
	seen := map[dedupeKey]bool{}
	for _, c := range claims {
		c := c
		endDate := c.PeriodEnd
		if endDate.IsZero() {
			endDate = c.Document.Published
		}
		if endDate.IsZero() || endDate < start || endDate > end {
			continue
		}
		e := idx(endDate)
		a := 0
		running := true
		if !c.PeriodStart.IsZero() && c.PeriodStart.Sub(start) > 1 {
			a = idx(c.PeriodStart)
			running = false
		}
		scale := 1.0
		if c.Per != "" {
			pd := attrition.PerDays(c.Per)
			if pd <= 0 {
				continue
			}
			if c.PeriodStart.IsZero() {
				// A rate with no period: the unit it is given in, ending
				// on its date ("1,100 a day" → that day).
				a = e - int(math.Round(pd)) + 1
				if a < 0 {
					a = 0
				}
			}
			running = false
			scale = float64(e-a+1) / pd
		}
		y, s, kind, ok := shape(&c, scale)
		if !ok {
			continue
		}
		key := dedupeKey{groupOf(relays, c.Source), a, e, kind, y, s}
		if seen[key] {
			// Two transcriptions of one bulletin are one figure.
			continue
		}
		seen[key] = true
		gi := groupFor(c.Source)
		v, _ := c.Value()
		ci := len(p.claims)
		p.claims = append(p.claims, usedClaim{c: c, group: gi, end: endDate, value: v})
		p.groups[gi].claims++
		if p.lastClaim < endDate {
			p.lastClaim = endDate
		}
		if p.firstClaim.IsZero() || endDate < p.firstClaim {
			p.firstClaim = endDate
		}
		if running && kind == kindObs && c.Bound == attrition.BoundPoint {
			dense[gi] = append(dense[gi], runRow{e, math.Exp(y) - countOffset, ci})
			continue
		}
		g := gi
		if kind != kindObs {
			if running {
				bounds[gi] = append(bounds[gi], boundRow{ci: ci, e: e, y: y, sigma: totalSigma(s, y), kind: kind, group: gi})
				continue
			}
		}
		p.terms = append(p.terms, term{a: a, e: e, y: y, sigma: totalSigma(s, y), w: 1, kind: kind, group: g, claim: ci})
	}
	gis := make([]int, 0, len(dense))
	for gi := range dense {
		gis = append(gis, gi)
	}
	sort.Ints(gis)
	for _, gi := range gis {
		p.addRunning(gi, dense[gi])
	}
	for _, gi := range sortedKeys(bounds) {
		p.addBounds(bounds[gi])
	}
	p.dropRelayed()
	// A bound from a source that also gives figures is that source's
	// claim ("more than 12,000" in a daily bulletin) and carries its
	// bias; a source that only gives bounds (a list of named dead, a
	// count of photographed wrecks) bounds the truth itself.
	for _, t := range p.terms {
		if t.group >= 0 && t.kind == kindObs {
			p.groups[t.group].biased++
		}
	}
	for i := range p.terms {
		if t := &p.terms[i]; t.group >= 0 && p.groups[t.group].biased == 0 {
			t.group = -1
		}
	}
	return p
}

// dropRelayed removes the terms of a relaying source that fall within
// the span the relayed source itself covers: there they restate its
// figures ("UK updates cite Ukrainian daily figures") and must count
// once. Outside that span a relay is the only word on the period and is
// kept, with the relayed source's bias.
func (p *problem) dropRelayed() {
	type span struct{ lo, hi int }
	cover := map[int]span{}
	for _, t := range p.terms {
		if t.claim < 0 || t.group < 0 || p.claims[t.claim].c.Source != p.groups[t.group].name {
			continue
		}
		sp, ok := cover[t.group]
		if !ok {
			sp = span{t.e, t.e}
		}
		// A running total's start is the war's, not a day the source
		// reported on: only its date counts.
		from := t.a
		if t.a == 0 {
			from = t.e
		}
		sp.lo, sp.hi = min(sp.lo, from), max(sp.hi, t.e)
		cover[t.group] = sp
	}
	out := p.terms[:0]
	for _, t := range p.terms {
		if t.claim >= 0 && t.group >= 0 {
			src := p.claims[t.claim].c.Source
			if src == "" {
				src = unattributed
			}
			if sp, ok := cover[t.group]; ok && src != p.groups[t.group].name && t.e >= sp.lo && t.e <= sp.hi && (t.a == 0 || t.a >= sp.lo) {
				continue
			}
		}
		out = append(out, t)
	}
	p.terms = out
}

// boundRow is one running-total floor or ceiling of one source.
type boundRow struct {
	ci, e    int
	y, sigma float64
	kind     int
	group    int
}

func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// addBounds adds one source's running-total floors and ceilings, at most
// one of each a week: a named list updated daily says little more than
// its weekly figures, and each bound costs a row as long as the war.
func (p *problem) addBounds(rows []boundRow) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].e < rows[j].e })
	last := map[int]int{kindLower: math.MinInt32, kindUpper: math.MinInt32}
	for i, r := range rows {
		final := true
		for _, later := range rows[i+1:] {
			if later.kind == r.kind {
				final = false
				break
			}
		}
		if r.e-last[r.kind] < 7 && !final {
			continue
		}
		last[r.kind] = r.e
		p.terms = append(p.terms, term{a: 0, e: r.e, y: r.y, sigma: r.sigma, w: 1, kind: r.kind, group: r.group, claim: r.ci})
	}
}

// denseGap is the longest median gap, in days, between a source's
// running totals for them to be read as one tally (daily bulletins,
// monthly updates) whose errors carry over from row to row, rather than
// as separate estimates.
const denseGap = 31

// addRunning adds one source's running totals: as independent terms when
// they are few or sparse, as a dense series otherwise.
func (p *problem) addRunning(gi int, rows []runRow) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].end < rows[j].end })
	// One figure per day: the median of what the source said that day.
	var days []runRow
	for i := 0; i < len(rows); {
		j := i
		var vs []float64
		for j < len(rows) && rows[j].end == rows[i].end {
			vs = append(vs, rows[j].value)
			j++
		}
		sort.Float64s(vs)
		r := rows[i]
		r.value = vs[len(vs)/2]
		days = append(days, r)
		i = j
	}
	isDense := false
	if len(days) >= 12 {
		gaps := make([]int, 0, len(days)-1)
		for i := 1; i < len(days); i++ {
			gaps = append(gaps, days[i].end-days[i-1].end)
		}
		sort.Ints(gaps)
		isDense = gaps[len(gaps)/2] <= denseGap
	}
	level := func(r runRow, s float64) {
		y := math.Log(r.value + countOffset)
		c := &p.claims[r.ci].c
		if s == 0 {
			_, s0, _, _ := shape(c, 1)
			s = s0
		}
		p.terms = append(p.terms, term{a: 0, e: r.end, y: y, sigma: totalSigma(s, y), w: 1, kind: kindObs, group: gi, claim: r.ci})
	}
	if !isDense {
		for _, r := range days {
			level(r, 0)
		}
		return
	}
	level(days[0], sigmaDenseLevel)
	last := days[0]
	for i := 1; i < len(days); i++ {
		r := days[i]
		final := i == len(days)-1
		if r.end-last.end < 7 && !final {
			continue
		}
		inc := r.value - last.value
		if inc <= 0 && !final {
			// A repeated or corrected figure: wait for the series to move.
			continue
		}
		if inc < 0 {
			inc = 0
		}
		y := math.Log(inc + countOffset)
		p.terms = append(p.terms, term{a: last.end + 1, e: r.end, y: y, sigma: totalSigma(sigmaIncrement, y), w: 1, kind: kindObs, group: gi, claim: r.ci})
		last = r
	}
	if days[len(days)-1].end != days[0].end {
		level(days[len(days)-1], sigmaDenseLevel)
	}
}
