// Package report writes the assessment that ends an intelligence update
// or a think-tank note ("Russia has likely sustained around one million
// casualties"), computed from the ledger and the estimates rather than by
// hand: every word of likelihood comes from a probability through one
// yardstick, every number carries a footnote to the claims behind it
// (source, date, quote, URL), and the charts are drawn in the page.
//
// Build computes the assessment through two narrow interfaces, a
// attrition.ClaimFinder for the claims and an attrition.Estimator for the
// fused estimates, so tests run it on fakes. The assessment renders as
// Markdown for pasting into notes and as one self-contained, printable
// HTML file.
package report

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/chart"
	"github.com/attrition-project/attrition/yardstick"
)

// Formats a report is written in.
const (
	FormatMarkdown = "md"
	FormatHTML     = "html"
)

// Options say what to assess and where the facts come from.
type Options struct {
	Actor string
	// AsOf is the day the assessment speaks of; zero means the day of the
	// actor's latest claim, so that a report of an old ledger is not a
	// long projection.
	AsOf attrition.Date
	// Yardstick names the scale of the likelihood words (phia, icd203,
	// kent); "" is PHIA. One scale is used throughout.
	Yardstick string
	// Format is md (default) or html.
	Format string
	// Categories limits the report; empty means every category with
	// claims.
	Categories []string

	Claims    attrition.ClaimFinder
	Estimator attrition.Estimator
	// Seed makes the estimates, and so the text, repeatable.
	Seed   uint64
	Relays map[string]string

	// SaveChart, for Markdown, stores one chart and returns the link to
	// write for it (a file name next to the report, say). Nil leaves the
	// charts out of Markdown; HTML always holds them inline.
	SaveChart func(name string, svg []byte) (link string, err error)
}

// Write builds the assessment and renders it to w in opts.Format.
func Write(ctx context.Context, w io.Writer, opts Options) error {
	switch opts.Format {
	case "", FormatMarkdown, FormatHTML:
	default:
		return attrition.Errorf(attrition.EINVALID, "report: unknown format %q (want md or html)", opts.Format)
	}
	a, err := Build(ctx, opts)
	if err != nil {
		return err
	}
	if opts.Format == FormatHTML {
		return a.HTML(w)
	}
	return a.Markdown(w, opts.SaveChart)
}

// Assessment is a computed report, ready to render.
type Assessment struct {
	Actor     string
	AsOf      attrition.Date
	Yardstick *yardstick.Yardstick
	Title     string
	Intro     []Span
	Sections  []*Section
	Notes     []*Note
	// Key lists the yardstick bands the text used.
	Key []yardstick.Band

	notes map[string]*Note
	byID  map[string]*attrition.Claim
	text  *yardstick.Text
}

// Span is a run of text, with a footnote marker after it when Note > 0.
type Span struct {
	Text string
	Note int
	// Strong marks the headline's figures.
	Strong bool
}

// Section is the assessment of one category.
type Section struct {
	Category string
	Title    string
	// Headline states the estimate at the as-of date; Points the rate,
	// the next milestone and the sources' disagreement.
	Headline []Span
	Points   [][]Span
	Flagged  []Flagged
	// FlaggedMore counts flagged claims beyond those listed.
	FlaggedMore int
	// Problem says why there is no estimate, when there is none.
	Problem string

	Estimate *attrition.Estimate
	Charts   []Chart
}

// Chart is one SVG figure of a section.
type Chart struct {
	Name    string // file-name friendly: "casualties-fan"
	Caption string
	SVG     []byte
}

// Flagged is a claim the ledger or the estimate flags.
type Flagged struct {
	Claim  ClaimRef
	Reason string
	Note   int
}

// Note is one footnote: what it supports and the claims behind it.
type Note struct {
	N int
	// Texts say what the note supports, one sentence per figure.
	Texts  []string
	Claims []ClaimRef
	// More counts claims behind the figure that are not listed.
	More int
}

// ClaimRef is a claim as a footnote cites it.
type ClaimRef struct {
	ID     string
	Source string
	Date   attrition.Date
	Value  string
	Quote  string
	URL    string
	Title  string
}

// maxCited bounds the claims a footnote lists: a daily series of a
// thousand bulletins is cited by its latest rows, the rest counted.
const maxCited = 8

// Build computes the assessment.
func Build(ctx context.Context, opts Options) (*Assessment, error) {
	if strings.TrimSpace(opts.Actor) == "" {
		return nil, attrition.Errorf(attrition.EINVALID, "report: an actor is required")
	}
	if opts.Claims == nil || opts.Estimator == nil {
		return nil, attrition.Errorf(attrition.EINVALID, "report: a claim finder and an estimator are required")
	}
	y, err := yardstick.Get(opts.Yardstick)
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "report: %v", err)
	}
	actor := attrition.CanonicalActor(opts.Actor)
	all, err := opts.Claims.FindClaims(ctx, attrition.ClaimFilter{Actor: actor})
	if err != nil {
		return nil, fmt.Errorf("report: reading claims: %w", err)
	}
	// What was known on the as-of day: claims published by then, even
	// one whose period ends later (a flagged claim the reader should see).
	// A correction replaces the claim it supersedes, once published.
	superseded := map[string]bool{}
	for i := range all {
		if c := &all[i]; c.Supersedes != "" && (opts.AsOf == 0 || known(c) <= opts.AsOf) {
			superseded[c.Supersedes] = true
		}
	}
	var claims []attrition.Claim
	for _, c := range all {
		if (opts.AsOf == 0 || known(&c) <= opts.AsOf) && !superseded[c.ID] {
			claims = append(claims, c)
		}
	}
	if len(claims) == 0 {
		if opts.AsOf != 0 {
			return nil, attrition.Errorf(attrition.ENOTFOUND, "report: no claims about %s up to %s", actor, opts.AsOf)
		}
		return nil, attrition.Errorf(attrition.ENOTFOUND, "report: no claims about %s", actor)
	}
	asOf := opts.AsOf
	if asOf == 0 {
		for i := range claims {
			asOf = max(asOf, min(claimDate(&claims[i]), known(&claims[i])))
		}
	}
	a := &Assessment{
		Actor: actor, AsOf: asOf, Yardstick: y,
		notes: map[string]*Note{}, byID: map[string]*attrition.Claim{},
		text: yardstick.NewText(y),
	}
	byCat := map[string][]*attrition.Claim{}
	for i := range claims {
		c := &claims[i]
		a.byID[c.ID] = c
		byCat[c.Category] = append(byCat[c.Category], c)
	}
	cats := opts.Categories
	if len(cats) == 0 {
		cats = attrition.Categories()
	}
	for _, cat := range cats {
		if !attrition.IsCategory(cat) {
			return nil, attrition.Errorf(attrition.EINVALID, "report: unknown category %q", cat)
		}
		if len(byCat[cat]) == 0 {
			continue
		}
		s, err := a.section(ctx, opts, cat, byCat[cat])
		if err != nil {
			return nil, err
		}
		a.Sections = append(a.Sections, s)
	}
	if len(a.Sections) == 0 {
		return nil, attrition.Errorf(attrition.ENOTFOUND, "report: no claims about %s in the categories asked for", actor)
	}
	a.Title = fmt.Sprintf("%s: assessment of losses as of %s", actor, longDate(asOf))
	a.Intro = []Span{{Text: fmt.Sprintf(
		"This assessment fuses the claims about the losses of %s published up to %s. Words of likelihood follow the %s; each states a computed probability, and every figure carries a note citing the claims behind it.",
		actor, longDate(asOf), y.Title)}}
	a.Key = a.text.Used()
	return a, nil
}

func (a *Assessment) section(ctx context.Context, opts Options, cat string, claims []*attrition.Claim) (*Section, error) {
	s := &Section{Category: cat, Title: categoryTitle(cat)}
	req := attrition.EstimateRequest{
		Actor: a.Actor, Category: cat, To: a.AsOf, Step: "day", Seed: opts.Seed, Relays: opts.Relays,
		Milestones: milestoneCandidates(claims), MilestoneBy: endOfNextQuarter(a.AsOf),
	}
	est, err := opts.Estimator.Estimate(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		// One category the engine cannot fit (only rates, say) should not
		// cost the reader the others.
		code := attrition.ErrorCode(err)
		if code != attrition.ENOTFOUND && code != attrition.EINVALID {
			return nil, fmt.Errorf("report: estimating %s: %w", cat, err)
		}
		s.Problem = "No estimate: " + attrition.ErrorMessage(err) + "."
		a.flags(s, claims, nil)
		return s, nil
	}
	if est == nil {
		return nil, fmt.Errorf("report: estimating %s: the estimator returned nothing", cat)
	}
	s.Estimate = est
	used := claims
	if len(est.ClaimIDs) > 0 {
		used = nil
		for _, id := range est.ClaimIDs {
			if c, ok := a.byID[id]; ok && c.Category == cat {
				used = append(used, c)
			}
		}
		if len(used) == 0 {
			used = claims
		}
	}
	p, ok := est.At(a.AsOf)
	// Bands hold their median, whatever an engine says.
	p.Lo90, p.Hi90 = math.Min(p.Lo90, p.Median), math.Max(p.Hi90, p.Median)
	p.Lo50, p.Hi50 = math.Min(p.Lo50, p.Median), math.Max(p.Hi50, p.Median)
	if !ok || !finite(p.Median, p.Lo90, p.Hi90) {
		s.Problem = fmt.Sprintf("No estimate for %s: the fused series has no finite figures on or before that day.", longDate(a.AsOf))
		a.flags(s, claims, est)
		return s, nil
	}
	if !hasMilestoneAbove(est, p, a.AsOf) {
		// The claims led the first guess astray (old claims, a long
		// projection): ask again around the fused figure itself.
		again := req
		again.Milestones = roundsAround(milestoneFloor(p))
		if e2, err := opts.Estimator.Estimate(ctx, again); err == nil {
			est.Milestones = e2.Milestones
		} else if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	a.headline(s, p, used, est)
	a.rate(s, est, used)
	a.milestone(s, est, p, used)
	a.disagreement(s, est, used)
	a.flags(s, claims, est)
	a.charts(s, est, claims)
	return s, nil
}

// headline states the estimate at the as-of date in yardstick words.
func (a *Assessment) headline(s *Section, p attrition.EstimatePoint, used []*attrition.Claim, est *attrition.Estimate) {
	subj := subject(a.Actor, s.Category)
	basis := a.cite(fmt.Sprintf("Basis of the %s estimate on %s: %s.", s.Title, p.Date, countClaims(len(used))), used)
	mid := aroundFigure(p.Median, midTolerance(p))
	lo, hi := intervalFigures(p.Lo90, p.Hi90)
	w := a.text.Write(0.90)
	wordNote := a.cite(fmt.Sprintf("The estimate puts a probability of 0.90 on the central 90%% interval (bounds rounded outwards), written on the %s as “%s” (%s).",
		a.Yardstick.Title, w.Word, w.Range()), used)
	// The series should reach the as-of day; if an engine stops short,
	// the text names the day its figures are of.
	when := "on " + longDate(p.Date)
	s.Headline = []Span{
		{Text: "The central estimate of " + subj + " " + when + " is around "},
		{Text: mid, Note: basis, Strong: true},
		{Text: ". It is "},
		{Text: w.String(), Note: wordNote, Strong: true},
		{Text: " that they lie between "},
		{Text: lo + " and " + hi, Note: basis, Strong: true},
		{Text: "."},
	}
	// A round figure below the whole 90% interval is exceeded with a
	// probability of at least 0.95: the floor the text can vouch for.
	// Said only when the scale has a stronger word for it than for the
	// interval: on ICD 203 and Kent's scale 0.95 reads as 0.90 does.
	if t := roundBelow(p.Lo90); t > 0 && t < p.Median && a.Yardstick.Word(0.95).Word != w.Word {
		w := a.text.Write(0.95)
		n := a.cite(fmt.Sprintf("%s lies below the estimate's 5th percentile (%s), so the probability that the figure exceeds it is at least 0.95, written “%s” (%s).",
			plainFigure(t), plainFigure(p.Lo90), w.Word, w.Range()), used)
		s.Headline = append(s.Headline,
			Span{Text: " It is "}, Span{Text: w.String(), Note: n},
			Span{Text: " that they exceed "}, Span{Text: plainFigure(t), Note: basis}, Span{Text: "."})
	}
	if est.LastClaim != 0 && a.AsOf > est.LastClaim {
		s.Headline = append(s.Headline,
			Span{Text: fmt.Sprintf(" The latest claim is of %s: the figures for %s are projected ", longDate(est.LastClaim), longDate(a.AsOf))},
			Span{Text: days(a.AsOf.Sub(est.LastClaim)), Note: basis}, Span{Text: " beyond it."})
	}
}

// rate compares the last 30 days with the 30 before.
func (a *Assessment) rate(s *Section, est *attrition.Estimate, used []*attrition.Claim) {
	p0, ok0 := est.At(a.AsOf)
	p30, ok30 := est.At(a.AsOf.AddDays(-30))
	if !ok0 || !ok30 || p30.Date != a.AsOf.AddDays(-30) || !finite(p0.Median, p30.Median) {
		return
	}
	recent := (p0.Median - p30.Median) / 30
	window := claimsBetween(used, a.AsOf.AddDays(-60), a.AsOf)
	if len(window) == 0 {
		window = used
	}
	n := a.cite(fmt.Sprintf("Rate of the %s estimate: change of the median running total over 30-day windows ending %s and %s; the band is the estimate's 90%% band of the daily rate on %s; %s in the 60 days to %s.",
		s.Title, a.AsOf, a.AsOf.AddDays(-30), a.AsOf, countClaims(len(claimsBetween(used, a.AsOf.AddDays(-60), a.AsOf))), a.AsOf), window)
	unit := rateUnit(s.Category)
	span := []Span{
		{Text: "Recent rate: over the 30 days to " + longDate(a.AsOf) + " the total grew by about "},
		{Text: rateFigure(recent) + " " + unit + " a day", Note: n},
	}
	if finite(p0.RateLo90, p0.RateHi90) && p0.RateHi90 > p0.RateLo90 {
		span = append(span, Span{Text: " (90% band of the daily rate on " + shortDate(a.AsOf) + ": "},
			Span{Text: rateFigure(p0.RateLo90) + " to " + rateFigure(p0.RateHi90), Note: n}, Span{Text: ")"})
	}
	p60, ok60 := est.At(a.AsOf.AddDays(-60))
	if ok60 && p60.Date == a.AsOf.AddDays(-60) && finite(p60.Median) {
		prev := (p30.Median - p60.Median) / 30
		if prev > 0 {
			change := (recent/prev - 1) * 100
			dir := "up"
			if change < 0 {
				dir = "down"
			}
			span = append(span, Span{Text: ", "}, Span{Text: fmt.Sprintf("%s %s%%", dir, chart.Thousands(math.Abs(change), 0)), Note: n},
				Span{Text: " on the 30 days before ("}, Span{Text: "about " + rateFigure(prev) + " a day", Note: n}, Span{Text: ")"})
		}
	}
	span = append(span, Span{Text: "."})
	s.Points = append(s.Points, span)
}

// milestoneFloor is the figure a milestone must pass to be news: the
// median, and the rounded median the headline states (a milestone of
// 120,000 after "around 120,000" would read as already passed).
func milestoneFloor(p attrition.EstimatePoint) float64 {
	return math.Max(p.Median, aroundValue(p.Median, midTolerance(p)))
}

func midTolerance(p attrition.EstimatePoint) float64 { return (p.Hi50 - p.Lo50) / 4 }

func hasMilestoneAbove(est *attrition.Estimate, p attrition.EstimatePoint, asOf attrition.Date) bool {
	v := milestoneFloor(p)
	for _, m := range est.Milestones {
		if m.Value > v && !math.IsNaN(m.ProbReached) && m.By > asOf {
			return true
		}
	}
	return false
}

// milestone gives the chance of passing the next round figure by the end
// of the next quarter.
func (a *Assessment) milestone(s *Section, est *attrition.Estimate, p attrition.EstimatePoint, used []*attrition.Claim) {
	var m *attrition.MilestoneEstimate
	floor := milestoneFloor(p)
	for i := range est.Milestones {
		c := &est.Milestones[i]
		if c.Value > floor && !math.IsNaN(c.ProbReached) && c.By > a.AsOf && (m == nil || c.Value < m.Value) {
			m = c
		}
	}
	if m == nil {
		return
	}
	w := a.text.Write(m.ProbReached)
	n := a.cite(fmt.Sprintf("Milestone of the %s estimate: the estimate's probability that the running total reaches %s by %s is %.2f, written “%s” (%s).",
		s.Title, plainFigure(m.Value), m.By, m.ProbReached, w.Word, w.Range()), used)
	span := []Span{
		{Text: "Next milestone: it is "}, {Text: w.String(), Note: n},
		{Text: " that the total passes "}, {Text: plainFigure(m.Value), Note: n},
		{Text: " by " + longDate(m.By)},
	}
	if m.Median != 0 {
		span = append(span, Span{Text: "; the median date of passing it is "}, Span{Text: longDate(m.Median), Note: n})
		switch {
		case m.Lo90 != 0 && m.Hi90 != 0 && m.Lo90 <= a.AsOf:
			span = append(span, Span{Text: " (90% interval up to "}, Span{Text: shortDate(m.Hi90), Note: n},
				Span{Text: "; it may already have been passed)"})
		case m.Lo90 != 0 && m.Hi90 != 0:
			span = append(span, Span{Text: " (90% interval "}, Span{Text: shortDate(m.Lo90) + " to " + shortDate(m.Hi90), Note: n}, Span{Text: ")"})
		}
	}
	span = append(span, Span{Text: "."})
	s.Points = append(s.Points, span)
}

// disagreement reports the highest and the lowest source against the
// consensus.
func (a *Assessment) disagreement(s *Section, est *attrition.Estimate, used []*attrition.Claim) {
	var bs []attrition.SourceBias
	for _, b := range est.Sources {
		if finite(b.Factor) && b.Factor > 0 {
			bs = append(bs, b)
		}
	}
	if len(bs) < 2 {
		return
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].Factor > bs[j].Factor })
	hi, lo := bs[0], bs[len(bs)-1]
	cite := func(b attrition.SourceBias) int {
		var cs []*attrition.Claim
		for _, c := range used {
			if c.Source == b.Source {
				cs = append(cs, c)
			}
		}
		return a.cite(fmt.Sprintf("Bias of %s in the %s estimate: its figures against the consensus, factor %.3f (90%% interval %.3f to %.3f), from %s.",
			sourceName(b.Source), s.Title, b.Factor, b.Lo90, b.Hi90, countClaims(b.Claims)), cs)
	}
	part := func(b attrition.SourceBias) []Span {
		n := cite(b)
		out := []Span{{Text: sourceName(b.Source) + ", "}, {Text: against(b.Factor), Note: n}}
		if finite(b.Lo90, b.Hi90) && b.Hi90 > b.Lo90 {
			out = append(out, Span{Text: " (90% interval "}, Span{Text: pct(b.Lo90) + " to " + pct(b.Hi90), Note: n}, Span{Text: ")"})
		}
		if b.RelayOf != "" {
			out = append(out, Span{Text: ", counted with " + sourceName(b.RelayOf) + " whose figures it relays"})
		}
		return out
	}
	span := []Span{{Text: "Sources disagree: highest, "}}
	span = append(span, part(hi)...)
	span = append(span, Span{Text: "; lowest, "})
	span = append(span, part(lo)...)
	var both []*attrition.Claim
	for _, c := range used {
		if c.Source == hi.Source || c.Source == lo.Source {
			both = append(both, c)
		}
	}
	spread := a.cite(fmt.Sprintf("Spread of the sources in the %s estimate: the highest bias factor (%s, %.3f) less the lowest (%s, %.3f), across %d sources.",
		s.Title, sourceName(hi.Source), hi.Factor, sourceName(lo.Source), lo.Factor, len(bs)), both)
	span = append(span, Span{Text: "; a spread of "},
		Span{Text: fmt.Sprintf("%s percentage points across %s sources", chart.Thousands(math.Round((hi.Factor-lo.Factor)*100), 0), chart.Thousands(float64(len(bs)), 0)), Note: spread},
		Span{Text: "."})
	s.Points = append(s.Points, span)
}

// maxFlagged bounds the flagged claims a section lists; a daily series
// can flag hundreds of rows, and the rest are counted.
const maxFlagged = 15

// flagRank orders the ledger's flags: problems with the figure first,
// then notes on its provenance.
var flagRank = map[string]int{
	attrition.FlagPeriodAfterPublication: 0, attrition.FlagArithmeticMismatch: 0,
	attrition.FlagCategoryConflict: 1, attrition.FlagAmbiguousActor: 1, attrition.FlagTotalDecreased: 1,
	attrition.FlagWarringParty: 3, "date_inferred": 3,
}

func claimFlagRank(c *attrition.Claim) int {
	best := 2
	for i, f := range c.Flags {
		r, ok := flagRank[f]
		if !ok {
			r = 2
		}
		if i == 0 || r < best {
			best = r
		}
	}
	return best
}

// flags lists the claims the ledger flags and the outliers the estimate
// found: the outliers farthest out, then the ledger's flags, problems
// with a figure before notes on where it came from.
func (a *Assessment) flags(s *Section, claims []*attrition.Claim, est *attrition.Estimate) {
	seen := map[string]bool{}
	add := func(ref ClaimRef, reason string) {
		if len(s.Flagged) >= maxFlagged {
			s.FlaggedMore++
			return
		}
		n := a.note(fmt.Sprintf("Flagged %s claim: %s.", s.Title, reason), []ClaimRef{ref}, 0)
		s.Flagged = append(s.Flagged, Flagged{Claim: ref, Reason: reason, Note: n})
	}
	if est != nil {
		outliers := append([]attrition.Outlier(nil), est.Outliers...)
		sort.SliceStable(outliers, func(i, j int) bool { return math.Abs(outliers[i].Z) > math.Abs(outliers[j].Z) })
		for _, o := range outliers {
			if seen[o.ClaimID] {
				continue
			}
			ref := ClaimRef{ID: o.ClaimID, Source: sourceName(o.Source), Date: o.Date, Value: plainFigure(o.Value)}
			if c, ok := a.byID[o.ClaimID]; ok {
				ref = claimRef(c)
			}
			reason := fmt.Sprintf("an outlier, %s of its own uncertainty from the estimate", sigmas(o.Z))
			if o.Reason != "" {
				reason = "an outlier: " + o.Reason
			}
			add(ref, reason)
			seen[o.ClaimID] = true
		}
	}
	sorted := append([]*attrition.Claim(nil), claims...)
	sort.SliceStable(sorted, func(i, j int) bool {
		ri, rj := claimFlagRank(sorted[i]), claimFlagRank(sorted[j])
		if ri != rj {
			return ri < rj
		}
		return claimDate(sorted[i]) < claimDate(sorted[j])
	})
	for _, c := range sorted {
		if len(c.Flags) == 0 || seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		var why []string
		for _, f := range c.Flags {
			why = append(why, flagReason(f))
		}
		add(claimRef(c), strings.Join(why, "; "))
	}
}

// charts draws the section's figures.
func (a *Assessment) charts(s *Section, est *attrition.Estimate, claims []*attrition.Claim) {
	series := thin(est.Series, 400)
	cs := make([]attrition.Claim, len(claims))
	for i, c := range claims {
		cs[i] = *c
	}
	totals, rates := chart.ClaimMarks(cs, a.AsOf, 60)
	id := strings.ReplaceAll(s.Category, ":", "-")
	what := subject(a.Actor, s.Category)
	to := chart.TimeOptions{AsOf: a.AsOf, Projected: est.LastClaim}
	to.Options = chart.Options{ID: id + "-fan", Title: capitalize(what) + ": running total", YLabel: s.Title}
	s.Charts = append(s.Charts, Chart{Name: id + "-fan", Caption: "Running total with its 50% and 90% bands; claims marked by source.",
		SVG: chart.FanChart(series, totals, to)})
	to.Options = chart.Options{ID: id + "-rate", Title: capitalize(what) + ": daily rate", YLabel: "per day"}
	s.Charts = append(s.Charts, Chart{Name: id + "-rate", Caption: "Daily rate with its 90% band.",
		SVG: chart.RateChart(series, rates, to)})
	if len(est.Sources) > 1 {
		s.Charts = append(s.Charts, Chart{Name: id + "-bias", Caption: "Each source against the consensus, with 90% intervals.",
			SVG: chart.BiasChart(est.Sources, chart.Options{ID: id + "-bias", Title: capitalize(what) + ": source biases"})})
	}
}

// cite registers a footnote citing the latest claim of each source of cs.
func (a *Assessment) cite(text string, cs []*attrition.Claim) int {
	refs, more := latestPerSource(cs, a.AsOf)
	return a.note(text, refs, more)
}

// note registers a footnote citing refs and counting more claims left
// unlisted. Figures resting on the same claims share one note, whose text
// gathers what each of them is, so the claims are listed once.
func (a *Assessment) note(text string, refs []ClaimRef, more int) int {
	var key strings.Builder
	fmt.Fprintf(&key, "%d", more)
	for _, r := range refs {
		key.WriteString("\x00" + r.ID)
	}
	if n, ok := a.notes[key.String()]; ok {
		if !slices.Contains(n.Texts, text) {
			n.Texts = append(n.Texts, text)
		}
		return n.N
	}
	n := &Note{N: len(a.Notes) + 1, Texts: []string{text}, Claims: refs, More: more}
	a.Notes = append(a.Notes, n)
	a.notes[key.String()] = n
	return n.N
}

// latestPerSource cites, for each source, its latest claim on or before
// asOf, newest first, at most maxCited of them; claims left out are
// counted.
func latestPerSource(cs []*attrition.Claim, asOf attrition.Date) ([]ClaimRef, int) {
	latest := map[string]*attrition.Claim{}
	total := 0
	for _, c := range cs {
		d := claimDate(c)
		if asOf != 0 && d > asOf {
			continue
		}
		total++
		if l, ok := latest[c.Source]; !ok || d > claimDate(l) || (d == claimDate(l) && c.ID < l.ID) {
			latest[c.Source] = c
		}
	}
	var picked []*attrition.Claim
	for _, c := range latest {
		picked = append(picked, c)
	}
	sort.Slice(picked, func(i, j int) bool {
		di, dj := claimDate(picked[i]), claimDate(picked[j])
		if di != dj {
			return di > dj
		}
		return picked[i].ID < picked[j].ID
	})
	if len(picked) > maxCited {
		picked = picked[:maxCited]
	}
	refs := make([]ClaimRef, 0, len(picked))
	for _, c := range picked {
		refs = append(refs, claimRef(c))
	}
	return refs, total - len(picked)
}

func claimRef(c *attrition.Claim) ClaimRef {
	return ClaimRef{ID: c.ID, Source: sourceName(c.Source), Date: claimDate(c), Value: chart.ClaimFigure(c),
		Quote: c.Quote, URL: c.Document.URL, Title: c.Document.Title}
}

// known is the day a claim became known: its publication, else its
// period end.
func known(c *attrition.Claim) attrition.Date {
	if c.Document.Published != 0 {
		return c.Document.Published
	}
	return c.PeriodEnd
}

// claimDate is the day a claim speaks of: its period end, else the day
// it was published.
func claimDate(c *attrition.Claim) attrition.Date {
	if c.PeriodEnd != 0 {
		return c.PeriodEnd
	}
	return c.Document.Published
}

func claimsBetween(cs []*attrition.Claim, from, to attrition.Date) []*attrition.Claim {
	var out []*attrition.Claim
	for _, c := range cs {
		if d := claimDate(c); d > from && d <= to {
			out = append(out, c)
		}
	}
	return out
}

// thin keeps at most n points of a series, evenly, and always the last:
// a chart is a few hundred pixels wide.
func thin(ps []attrition.EstimatePoint, n int) []attrition.EstimatePoint {
	if len(ps) <= n {
		return ps
	}
	out := make([]attrition.EstimatePoint, 0, n+1)
	step := float64(len(ps)-1) / float64(n-1)
	for i := 0; i < n; i++ {
		out = append(out, ps[int(math.Round(float64(i)*step))])
	}
	return out
}

// milestoneCandidates offers the estimator round figures around the
// claims' latest values, so that one call yields the next milestone
// whatever the fused median turns out to be.
func milestoneCandidates(cs []*attrition.Claim) []float64 {
	top := 0.0
	for _, c := range cs {
		if c.Per != "" {
			continue
		}
		if v, ok := c.Value(); ok && finite(v) {
			top = math.Max(top, v)
		}
	}
	return roundsAround(top)
}

// roundsAround returns round figures from a little below v to well above
// it, one milestone step apart.
func roundsAround(top float64) []float64 {
	if !(top > 0) || !finite(top) {
		return nil
	}
	step := milestoneStep(top)
	k0 := math.Floor(top/step) - 4
	var out []float64
	for k := math.Max(1, k0); k <= k0+10; k++ {
		out = append(out, k*step)
	}
	return out
}

// milestoneStep is a round step of about a tenth of v: 1, 2, 2.5 or 5 ×
// 10^k, the figures reporting treats as milestones.
func milestoneStep(v float64) float64 {
	raw := v / 10
	base := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{5, 2.5, 2, 1} {
		if m*base <= raw {
			return math.Max(1, m*base)
		}
	}
	return math.Max(1, base)
}

func endOfNextQuarter(d attrition.Date) attrition.Date {
	q := (int(d.Month()) - 1) / 3
	first := attrition.NewDate(d.Year(), time.Month(q*3+1), 1)
	return first.AddMonths(6).AddDays(-1)
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
