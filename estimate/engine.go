package estimate

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/attrition-project/attrition"
)

// Engine fuses claims read through a ClaimFinder. Its zero Params are
// replaced by DefaultParams. An Engine may serve concurrent requests
// and live as long as a server: it keeps its recent fits, and a fit is
// only reused for the same claims (see cache.go). Set Params before the
// first request.
type Engine struct {
	finder attrition.ClaimFinder
	Params Params
	cache  fitCache
	fits   atomic.Int64 // joint fits made, for tests of the cache
}

// New returns an engine reading claims from finder.
func New(finder attrition.ClaimFinder) *Engine {
	return &Engine{finder: finder, Params: DefaultParams()}
}

var _ attrition.Estimator = (*Engine)(nil)

// milestoneHorizon is how far past the last claim a milestone is
// looked for.
const milestoneHorizon = 3 * 365

// job is one category's fit within a request.
type job struct {
	category string
	claims   []attrition.Claim
	p        *problem
	m        *model
	theta    []float64
	s        *samples
	from, to attrition.Date
	seed     uint64
}

// Estimate fuses the stored claims for one actor and category. For a
// personnel category, the other personnel categories of the actor are
// fitted with it so that the arithmetic of claims.md holds. With no
// population asked for, the category's main population is fitted (see
// mainPopulation) and named in the result.
func (e *Engine) Estimate(ctx context.Context, req attrition.EstimateRequest) (*attrition.Estimate, error) {
	if strings.TrimSpace(req.Actor) == "" {
		return nil, attrition.Errorf(attrition.EINVALID, "estimate: an actor is required")
	}
	if !attrition.IsCategory(req.Category) {
		return nil, attrition.Errorf(attrition.EINVALID, "estimate: unknown category %q", req.Category)
	}
	if err := checkStep(req.Step); err != nil {
		return nil, err
	}
	if req.Population != "" && !slices.Contains(attrition.Populations, req.Population) {
		return nil, attrition.Errorf(attrition.EINVALID, "estimate: unknown population %q (want military, civilian or all)", req.Population)
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.From > req.To {
		return nil, attrition.Errorf(attrition.EINVALID, "estimate: --from %s is after --to %s", req.From, req.To)
	}
	for _, v := range req.Milestones {
		if !(v > 0) || math.IsInf(v, 0) {
			return nil, attrition.Errorf(attrition.EINVALID, "estimate: milestone %v is not a positive number", v)
		}
	}
	cats := []string{req.Category}
	if !attrition.IsEquipment(req.Category) {
		cats = attrition.PersonnelCategories
	}
	l, err := e.read(ctx, req.Actor, req.To, cats)
	if err != nil {
		return nil, err
	}
	if req.Population == "" {
		req.Population = l.mainPopulation([]string{req.Category})
		if req.Population == "" {
			req.Population = l.mainPopulation(cats)
		}
	}
	byCat := l.byCategory(cats, req.Population)
	if len(byCat[req.Category]) == 0 {
		return nil, attrition.Errorf(attrition.ENOTFOUND, "estimate: no usable claims for %s %s", req.Actor, req.Category)
	}
	out, err := e.run(ctx, req, byCat, l.fp, req.Category)
	if err != nil {
		return nil, err
	}
	est, ok := out[req.Category]
	if !ok {
		return nil, attrition.Errorf(attrition.ENOTFOUND, "estimate: no usable claims for %s %s", req.Actor, req.Category)
	}
	return est, nil
}

// EstimateAll estimates every category of an actor that has claims up to
// asOf (zero: all), or only those listed, each for its main population;
// personnel categories of one population are fitted together so that
// their arithmetic holds. Series run daily from each category's first
// claim to asOf, or to its last claim.
func (e *Engine) EstimateAll(ctx context.Context, actor string, asOf attrition.Date, categories []string) (map[string]*attrition.Estimate, error) {
	if strings.TrimSpace(actor) == "" {
		return nil, attrition.Errorf(attrition.EINVALID, "estimate: an actor is required")
	}
	if len(categories) == 0 {
		categories = attrition.Categories()
	}
	for _, c := range categories {
		if !attrition.IsCategory(c) {
			return nil, attrition.Errorf(attrition.EINVALID, "estimate: unknown category %q", c)
		}
	}
	l, err := e.read(ctx, actor, asOf, categories)
	if err != nil {
		return nil, err
	}
	var personnel []string
	for _, c := range categories {
		if !attrition.IsEquipment(c) {
			personnel = append(personnel, c)
		}
	}
	// Each category's main population; the personnel categories of one
	// population are fitted together, each equipment category alone.
	type group struct {
		population string
		cats       []string // fitted together
		want       map[string]bool
	}
	var groups []*group
	find := func(pop string, cats []string) *group {
		for _, g := range groups {
			if g.population == pop && slices.Equal(g.cats, cats) {
				return g
			}
		}
		g := &group{population: pop, cats: cats, want: map[string]bool{}}
		groups = append(groups, g)
		return g
	}
	var equipment []string
	for _, c := range categories {
		pop := l.mainPopulation([]string{c})
		if attrition.IsEquipment(c) {
			equipment = append(equipment, c)
			continue
		}
		if pop == "" {
			pop = l.mainPopulation(personnel)
		}
		find(pop, personnel).want[c] = true
	}
	if len(equipment) > 0 {
		// Equipment categories are independent fits: one run per
		// population keeps them on a shared grid.
		byPop := map[string][]string{}
		var pops []string
		for _, c := range equipment {
			pop := l.mainPopulation([]string{c})
			if _, ok := byPop[pop]; !ok {
				pops = append(pops, pop)
			}
			byPop[pop] = append(byPop[pop], c)
		}
		for _, pop := range pops {
			g := find(pop, byPop[pop])
			for _, c := range byPop[pop] {
				g.want[c] = true
			}
		}
	}
	result := map[string]*attrition.Estimate{}
	for _, g := range groups {
		byCat := l.byCategory(g.cats, g.population)
		if len(byCat) == 0 {
			continue
		}
		req := attrition.EstimateRequest{Actor: actor, Population: g.population, To: asOf, Step: "day"}
		out, err := e.run(ctx, req, byCat, l.fp, "")
		if err != nil {
			return nil, err
		}
		for c, est := range out {
			if g.want[c] {
				result[c] = est
			}
		}
	}
	return result, nil
}

func checkStep(step string) error {
	switch step {
	case "", "day", "week", "month":
		return nil
	}
	return attrition.Errorf(attrition.EINVALID, "estimate: unknown step %q (want day, week or month)", step)
}

// ledger is what one request read: an actor's claims up to a date.
type ledger struct {
	claims     []attrition.Claim
	superseded map[string]bool
	fp         fingerprint
}

// read reads the claims of an actor in cats up to to.
func (e *Engine) read(ctx context.Context, actor string, to attrition.Date, cats []string) (*ledger, error) {
	// A few categories are read one by one: an actor's ledger may hold
	// ten times as many equipment claims as personnel ones, and a store
	// indexes by category. Every category is read at once.
	var claims []attrition.Claim
	if len(cats) <= len(attrition.PersonnelCategories) {
		for _, c := range cats {
			cl, err := e.finder.FindClaims(ctx, attrition.ClaimFilter{Actor: actor, Category: c, To: to})
			if err != nil {
				return nil, fmt.Errorf("estimate: reading claims: %w", err)
			}
			if claims == nil {
				claims = cl
			} else {
				claims = append(claims, cl...)
			}
		}
	} else {
		var err error
		claims, err = e.finder.FindClaims(ctx, attrition.ClaimFilter{Actor: actor, To: to})
		if err != nil {
			return nil, fmt.Errorf("estimate: reading claims: %w", err)
		}
	}
	l := &ledger{claims: claims, superseded: map[string]bool{}}
	for i := range claims {
		c := &claims[i]
		if c.Supersedes != "" {
			l.superseded[c.Supersedes] = true
		}
		l.fp.add(c)
	}
	return l, nil
}

// mainPopulation is the population the claims of cats mostly speak of:
// the one with the most usable claims; on a tie the one with more
// figures (not bounds), then the one named first in
// attrition.Populations. It is "" when no claim names a population.
func (l *ledger) mainPopulation(cats []string) string {
	var n, figures [3]int
	for i := range l.claims {
		c := &l.claims[i]
		k := slices.Index(attrition.Populations, c.Population)
		if k < 0 || !slices.Contains(cats, c.Category) || !usable(c, "", l.superseded) {
			continue
		}
		n[k]++
		if c.Bound == attrition.BoundPoint || c.Bound == attrition.BoundRange {
			figures[k]++
		}
	}
	best := -1
	for k := range n {
		if n[k] == 0 {
			continue
		}
		if best < 0 || n[k] > n[best] || n[k] == n[best] && figures[k] > figures[best] {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return attrition.Populations[best]
}

// byCategory keeps, for each of cats, the claims the model may use about
// population (any, when empty); claims that name no population count
// for every population.
func (l *ledger) byCategory(cats []string, population string) map[string][]attrition.Claim {
	count := map[string]int{}
	keep := make([]bool, len(l.claims))
	for i := range l.claims {
		c := &l.claims[i]
		if slices.Contains(cats, c.Category) && usable(c, population, l.superseded) {
			keep[i] = true
			count[c.Category]++
		}
	}
	out := make(map[string][]attrition.Claim, len(count))
	for cat, n := range count {
		out[cat] = make([]attrition.Claim, 0, n)
	}
	for i := range l.claims {
		if keep[i] {
			out[l.claims[i].Category] = append(out[l.claims[i].Category], l.claims[i])
		}
	}
	return out
}

// usable says whether a claim may enter a fit.
func usable(c *attrition.Claim, population string, superseded map[string]bool) bool {
	switch {
	case c.Derived:
		// Figures the system computed would count the evidence twice.
		return false
	case c.ID != "" && superseded[c.ID]:
		return false
	case c.Status != "":
		// A count of destroyed tanks is a part of the total, not the total.
		return false
	case population != "" && c.Population != "" && c.Population != population:
		return false
	case c.HasFlag(attrition.FlagPeriodAfterPublication):
		return false
	}
	end := c.PeriodEnd
	if end.IsZero() {
		end = c.Document.Published
	}
	if end.IsZero() {
		return false
	}
	if !c.Document.Published.IsZero() && end > c.Document.Published.AddDays(1) {
		return false
	}
	_, ok := c.Value()
	return ok
}

// gridStart is day zero of the running totals: the conflict's start
// when the registry knows it (a claim "since" an earlier day is read as
// a running total, and figures before the start are not used), else the
// earliest period start, else a month before the first claim.
func gridStart(actor string, byCat map[string][]attrition.Claim) attrition.Date {
	if c, ok := attrition.ConflictOf(actor); ok && !c.Start.IsZero() {
		return c.Start
	}
	var earliestStart, earliestEnd attrition.Date
	for _, cl := range byCat {
		for _, c := range cl {
			if !c.PeriodStart.IsZero() && (earliestStart.IsZero() || c.PeriodStart < earliestStart) {
				earliestStart = c.PeriodStart
			}
			end := c.PeriodEnd
			if end.IsZero() {
				end = c.Document.Published
			}
			if earliestEnd.IsZero() || end < earliestEnd {
				earliestEnd = end
			}
		}
	}
	if !earliestStart.IsZero() && earliestStart <= earliestEnd {
		return earliestStart
	}
	return earliestEnd.AddDays(-30)
}

// stepDates lists the series dates from from to to.
func stepDates(from, to attrition.Date, step string) []attrition.Date {
	var out []attrition.Date
	switch step {
	case "week":
		for d := from; d <= to; d = d.AddDays(7) {
			out = append(out, d)
		}
	case "month":
		for k := 0; ; k++ {
			d := from.AddMonths(k)
			if d > to {
				break
			}
			out = append(out, d)
		}
	default:
		for d := from; d <= to; d++ {
			out = append(out, d)
		}
	}
	if len(out) == 0 || out[len(out)-1] != to {
		out = append(out, to)
	}
	return out
}

func seedFor(seed uint64, category string) uint64 {
	if seed == 0 {
		seed = 1
	}
	h := fnv.New64a()
	h.Write([]byte(category))
	return seed ^ h.Sum64()
}

// run fits every category of byCat on one grid, imposes the arithmetic
// on the personnel categories, and summarises them (only that one when
// only is not empty). A fit for one category is kept for the
// next request that would make the same one (see cache.go); a fit of
// every category at once is summarised whole and its draws recycled.
func (e *Engine) run(ctx context.Context, req attrition.EstimateRequest, byCat map[string][]attrition.Claim, fp fingerprint, only string) (map[string]*attrition.Estimate, error) {
	par := e.Params
	if par.Draws == 0 {
		par = DefaultParams()
	}
	start := gridStart(req.Actor, byCat)
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)

	// First pass: the problems, to learn each category's claim range.
	jobs := make([]*job, 0, len(cats))
	var gridEnd, lastClaim attrition.Date
	for _, c := range cats {
		j := &job{category: c, claims: byCat[c], seed: seedFor(req.Seed, c)}
		far := attrition.Date(math.MaxInt32 / 2)
		j.p = build(req.Actor, c, j.claims, start, far, req.Relays)
		if len(j.p.claims) == 0 {
			continue
		}
		j.from, j.to = req.From, req.To
		if j.from.IsZero() {
			j.from = j.p.firstClaim
		}
		if j.to.IsZero() {
			j.to = j.p.lastClaim
		}
		if j.to < j.from {
			j.to = j.from
		}
		gridEnd = max(gridEnd, j.to, j.p.lastClaim)
		lastClaim = max(lastClaim, j.p.lastClaim)
		jobs = append(jobs, j)
	}
	if len(jobs) == 0 {
		return map[string]*attrition.Estimate{}, nil
	}
	if len(req.Milestones) > 0 {
		// The horizon of a milestone is the same whichever category asks,
		// so that the categories of a report share one fit.
		gridEnd = max(gridEnd, req.MilestoneBy, lastClaim.AddDays(milestoneHorizon))
	}
	key := fitKey(req, req.Population, cats, gridEnd, par, fp)
	var fr *fitResult
	if only != "" {
		fr = e.cache.get(key)
	}
	cached := fr != nil
	if !cached {
		var err error
		if fr, err = e.fit(ctx, req, jobs, start, gridEnd, par); err != nil {
			return nil, err
		}
		if only != "" {
			cached = e.cache.put(key, fr)
		}
	}
	result := map[string]*attrition.Estimate{}
	for _, j := range fr.jobs {
		if only == "" || j.category == only {
			result[j.category] = summarise(j, req, fr.days, fr.start)
		}
	}
	if !cached {
		for _, j := range fr.jobs {
			j.s.release()
		}
	}
	return result, nil
}

// fit fits the jobs on the grid from start to gridEnd and imposes the
// arithmetic between them.
func (e *Engine) fit(ctx context.Context, req attrition.EstimateRequest, jobs []*job, start, gridEnd attrition.Date, par Params) (*fitResult, error) {
	e.fits.Add(1)
	// The output days: the union of every category's series dates.
	daySet := map[attrition.Date]bool{}
	for _, j := range jobs {
		for _, d := range stepDates(j.from, j.to, req.Step) {
			daySet[d] = true
		}
	}
	days := make([]attrition.Date, 0, len(daySet))
	for d := range daySet {
		days = append(days, d)
	}
	sort.Slice(days, func(a, b int) bool { return days[a] < days[b] })
	outIdx := make([]int, len(days))
	for i, d := range days {
		outIdx[i] = d.Sub(start)
	}

	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = e.fitJob(ctx, j, start, gridEnd, req, outIdx, par)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			for _, j := range jobs {
				j.s.release()
			}
			return nil, err
		}
	}
	imposeArithmetic(jobs)
	fr := &fitResult{jobs: jobs, days: days, start: start}
	for _, j := range jobs {
		fr.size += len(j.s.backing) + len(j.s.draws) + len(j.m.c)*4
	}
	return fr, nil
}

func (e *Engine) fitJob(ctx context.Context, j *job, start, gridEnd attrition.Date, req attrition.EstimateRequest, outIdx []int, par Params) error {
	// The first pass built the problem on an open-ended grid; every claim
	// ends by gridEnd, so only the grid's length changes.
	j.p.days = gridEnd.Sub(start) + 1
	j.m = newModel(j.p, par)
	theta, ch, err := j.m.fit(ctx)
	if err != nil {
		return fmt.Errorf("estimate %s %s: %w", req.Actor, j.category, err)
	}
	j.theta = theta
	j.s, err = j.m.sample(ctx, theta, ch, outIdx, j.seed)
	if err != nil {
		return err
	}
	// Leave the model's paths at the mode, for the outlier check.
	j.m.rates(theta)
	return nil
}

// chain is the ordered part of the arithmetic, smallest first; the other
// categories sit under one member of it.
var chain = []string{attrition.CategoryKilled, attrition.CategoryKilledOrMissing, attrition.CategoryPermanentLosses, attrition.CategoryCasualties}

// imposeArithmetic projects every joint draw of the personnel
// categories onto killed ≤ killed_or_missing ≤ permanent_losses ≤
// casualties (weighted isotonic regression of the log totals), then caps
// missing, wounded and captured by their parents. Both steps are
// monotone in their inputs, so totals that never fell still never fall.
func imposeArithmetic(jobs []*job) {
	by := map[string]*job{}
	for _, j := range jobs {
		if !attrition.IsEquipment(j.category) {
			by[j.category] = j
		}
	}
	if len(by) < 2 {
		return
	}
	var ch []*job
	for _, c := range chain {
		if j, ok := by[c]; ok {
			ch = append(ch, j)
		}
	}
	sd := make([][]float64, len(ch))
	for k, j := range ch {
		sd[k] = j.s.sdLog()
	}
	type side struct{ small, parent *job }
	var sides []side
	for _, r := range []struct{ small, parent string }{
		{attrition.CategoryMissing, attrition.CategoryKilledOrMissing},
		{attrition.CategoryWounded, attrition.CategoryCasualties},
		{attrition.CategoryCaptured, attrition.CategoryCasualties},
	} {
		if s, p := by[r.small], parentOf(by, r.parent); s != nil && p != nil {
			sides = append(sides, side{s, p})
		}
	}
	nOut := len(jobs[0].s.total)
	nd := jobs[0].s.n
	vals := make([]float64, len(ch))
	wts := make([]float64, len(ch))
	for i := 0; i < nOut; i++ {
		for d := 0; d < nd; d++ {
			violated := false
			for k := 1; k < len(ch); k++ {
				if ch[k-1].s.total[i][d] > ch[k].s.total[i][d] {
					violated = true
					break
				}
			}
			if violated {
				for k, j := range ch {
					vals[k] = math.Log(j.s.total[i][d] + countOffset)
					w := math.Max(sd[k][i], 1e-3)
					wts[k] = 1 / (w * w)
				}
				pav(vals, wts)
				for k, j := range ch {
					j.s.total[i][d] = math.Max(0, math.Exp(vals[k])-countOffset)
				}
			}
			for _, sp := range sides {
				if sp.small.s.total[i][d] > sp.parent.s.total[i][d] {
					sp.small.s.total[i][d] = sp.parent.s.total[i][d]
				}
			}
		}
	}
}

// parentOf returns the nearest present category at or above c in the
// chain.
func parentOf(by map[string]*job, c string) *job {
	found := false
	for _, x := range chain {
		if x == c {
			found = true
		}
		if found {
			if j, ok := by[x]; ok {
				return j
			}
		}
	}
	return nil
}

// pav is weighted isotonic regression (pool adjacent violators) of v in
// place: the nondecreasing sequence closest to v in weighted squares.
func pav(v, w []float64) {
	n := len(v)
	level := make([]float64, 0, n)
	weight := make([]float64, 0, n)
	count := make([]int, 0, n)
	for i := 0; i < n; i++ {
		level = append(level, v[i])
		weight = append(weight, w[i])
		count = append(count, 1)
		for len(level) > 1 && level[len(level)-2] > level[len(level)-1] {
			k := len(level) - 1
			wt := weight[k-1] + weight[k]
			level[k-1] = (level[k-1]*weight[k-1] + level[k]*weight[k]) / wt
			weight[k-1] = wt
			count[k-1] += count[k]
			level, weight, count = level[:k], weight[:k], count[:k]
		}
	}
	i := 0
	for b := range level {
		for c := 0; c < count[b]; c++ {
			v[i] = level[b]
			i++
		}
	}
}
