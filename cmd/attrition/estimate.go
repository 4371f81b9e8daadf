package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/chart"
	"github.com/attrition-project/attrition/estimate"
)

func init() {
	register(command{
		name:    "estimate",
		summary: "fuse the stored claims into a running total with intervals",
		run:     runEstimate,
	})
}

// estimateColumns are the CSV/JSONL columns of a series, in cli.md's order.
var estimateColumns = []string{"date", "actor", "category", "median", "lo50", "hi50", "lo90", "hi90",
	"rate_median", "rate_lo90", "rate_hi90", "claims_used"}

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func runEstimate(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("estimate", "--actor A --category C [--population P] [--from DATE] [--to DATE] [--step day|week|month] [--format table|csv|jsonl] [--sources] [--milestone N [--by DATE]] [--relay \"A=B\"]... [--db PATH]")
	actor := fs.String("actor", "", "whose losses (`A`), e.g. Russia")
	category := fs.String("category", "", "category `C` of claims.md, e.g. casualties or equipment:tanks")
	population := fs.String("population", "", "only claims about this population (`P`: military, civilian or all) or that do not say (default: the population most of the category's claims name)")
	from := fs.String("from", "", "first `DATE` of the series (default: the first claim)")
	to := fs.String("to", "", "last `DATE` of the series; claims after it are not used (default: the last claim)")
	step := fs.String("step", "day", "series `step`: day, week or month")
	format := fs.String("format", "table", "output `format`: table, csv or jsonl")
	sources := fs.Bool("sources", false, "print each source's estimated bias with its 90% interval, and the outlying claims")
	var milestones, relays listFlag
	fs.Var(&milestones, "milestone", "print when the total reaches `N` (median date, 90% interval) and the chance it has by --by; repeatable")
	by := fs.String("by", "", "`DATE` for the milestone's probability (default: --to, else the last claim)")
	fs.Var(&relays, "relay", "`A=B`: source A relays source B, so both count as one; repeatable")
	seed := fs.Uint64("seed", 1, "`seed` of the posterior draws, for repeatable output")
	dbFlag := fs.String("db", "", dbFlagUsage)
	baseUsage := fs.Usage
	fs.Usage = func() {
		baseUsage()
		fmt.Fprintf(m.Stdout, `
The series columns of csv and jsonl are, in order: %s.
lo90/hi90 bound the central 90%% interval, lo50/hi50 the central 50%%; the
rate is per day. Beyond the last claim the series is a projection at the
recent rate, with an interval that widens.
`, strings.Join(estimateColumns, ", "))
	}
	rest, err := m.parseFlagsInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("estimate: unexpected argument %q", rest[0])
	}
	req := attrition.EstimateRequest{
		Actor: attrition.CanonicalActor(*actor), Category: strings.TrimSpace(*category),
		Population: strings.TrimSpace(*population), Step: *step, Seed: *seed,
	}
	switch {
	case req.Actor == "":
		return usagef("estimate: --actor is required")
	case req.Category == "":
		return usagef("estimate: --category is required")
	case !attrition.IsCategory(req.Category):
		return usagef("estimate: --category %q is not in the vocabulary of claims.md", req.Category)
	}
	switch *step {
	case "day", "week", "month":
	default:
		return usagef("estimate: --step %q: want day, week or month", *step)
	}
	switch *format {
	case "table", "csv", "jsonl":
	default:
		return usagef("estimate: --format %q: want table, csv or jsonl", *format)
	}
	if req.Population != "" {
		switch req.Population {
		case attrition.PopulationMilitary, attrition.PopulationCivilian, attrition.PopulationAll:
		default:
			return usagef("estimate: --population %q: want military, civilian or all", req.Population)
		}
	}
	for _, d := range []struct {
		name string
		s    string
		dst  *attrition.Date
	}{{"from", *from, &req.From}, {"to", *to, &req.To}, {"by", *by, &req.MilestoneBy}} {
		if d.s == "" {
			continue
		}
		v, err := attrition.ParseDate(d.s)
		if err != nil {
			return usagef("estimate: --%s: %v", d.name, err)
		}
		*d.dst = v
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.From > req.To {
		return usagef("estimate: --from %s is after --to %s", req.From, req.To)
	}
	for _, s := range milestones {
		v, err := parseCount(s)
		if err != nil {
			return usagef("estimate: --milestone %q: %v", s, err)
		}
		req.Milestones = append(req.Milestones, v)
	}
	if req.MilestoneBy != 0 && len(req.Milestones) == 0 {
		return usagef("estimate: --by needs --milestone")
	}
	for _, r := range relays {
		a, b, ok := strings.Cut(r, "=")
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if !ok || a == "" || b == "" {
			return usagef("estimate: --relay %q: want \"RELAYING SOURCE=RELAYED SOURCE\"", r)
		}
		if req.Relays == nil {
			req.Relays = map[string]string{}
		}
		req.Relays[a] = b
	}
	if *format == "csv" && *sources && len(req.Milestones) > 0 {
		return usagef("estimate: csv holds one table: use --sources or --milestone, not both")
	}

	store, err := m.openExistingStore(ctx, *dbFlag)
	if err != nil {
		return err
	}
	defer store.Close()
	est, err := estimate.New(store).Estimate(ctx, req)
	if err != nil {
		return err
	}
	switch {
	case *sources || len(req.Milestones) > 0:
		if *sources {
			if err := writeSources(m.Stdout, est, *format); err != nil {
				return err
			}
		}
		if len(req.Milestones) > 0 {
			if *sources && *format == "table" {
				fmt.Fprintln(m.Stdout)
			}
			return writeMilestones(m.Stdout, est, *format)
		}
		return nil
	case *format == "csv":
		return writeSeriesCSV(m.Stdout, est)
	case *format == "jsonl":
		return writeJSONL(m.Stdout, est.Series)
	}
	return estimateWriteTable(m.Stdout, est)
}

// parseCount reads a figure as users type it: 1500000, 1,500,000,
// 1_500_000, 1.5e6, 1.5m or 150k.
func parseCount(s string) (float64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.NewReplacer(",", "", "_", "", " ", "").Replace(t)
	mult := 1.0
	switch {
	case strings.HasSuffix(t, "k"):
		mult, t = 1e3, strings.TrimSuffix(t, "k")
	case strings.HasSuffix(t, "m"):
		mult, t = 1e6, strings.TrimSuffix(t, "m")
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("not a number")
	}
	v *= mult
	if v <= 0 {
		return 0, fmt.Errorf("must be positive")
	}
	return v, nil
}

// fmtFigure prints a total or rate: whole numbers when large, three
// significant digits when small (equipment rates are fractions a day).
func fmtFigure(v float64) string {
	if math.Abs(v) >= 100 {
		return strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

// fmtReadable is fmtFigure for people: large figures get thousands
// separators (1,234,567), which machine formats must not carry.
func fmtReadable(v float64) string {
	if math.Abs(v) >= 100 {
		return chart.Thousands(math.Round(v), 0)
	}
	return fmtFigure(v)
}

func writeSeriesCSV(w io.Writer, est *attrition.Estimate) error {
	cw := csv.NewWriter(w)
	cw.Write(estimateColumns)
	for _, p := range est.Series {
		cw.Write([]string{p.Date.String(), p.Actor, p.Category,
			fmtFigure(p.Median), fmtFigure(p.Lo50), fmtFigure(p.Hi50), fmtFigure(p.Lo90), fmtFigure(p.Hi90),
			fmtFigure(p.RateMedian), fmtFigure(p.RateLo90), fmtFigure(p.RateHi90), strconv.Itoa(p.ClaimsUsed)})
	}
	cw.Flush()
	return cw.Error()
}

func writeJSONL[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// estimateWriteTable prints a series for people: the demo and estimate
// share it.
func estimateWriteTable(w io.Writer, est *attrition.Estimate) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "date\tmedian\t50%% interval\t90%% interval\trate/day\trate 90%%\tclaims\t\n")
	for _, p := range est.Series {
		mark := ""
		if !est.LastClaim.IsZero() && p.Date > est.LastClaim {
			mark = " (projection)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s–%s\t%s–%s\t%s\t%s–%s\t%d%s\t\n", p.Date, fmtFigure(p.Median),
			fmtFigure(p.Lo50), fmtFigure(p.Hi50), fmtFigure(p.Lo90), fmtFigure(p.Hi90),
			fmtFigure(p.RateMedian), fmtFigure(p.RateLo90), fmtFigure(p.RateHi90), p.ClaimsUsed, mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s, %s%s: %d claims used, last claim %s\n", est.Actor, est.Category, populationNote(est.Population), len(est.ClaimIDs), est.LastClaim)
	return nil
}

// sourceRow is one line of --sources in csv and jsonl: a source's bias
// or an outlying claim.
type sourceRow struct {
	Kind    string  `json:"kind"`
	Source  string  `json:"source"`
	Factor  float64 `json:"factor,omitempty"`
	Lo90    float64 `json:"lo90,omitempty"`
	Hi90    float64 `json:"hi90,omitempty"`
	Claims  int     `json:"claims,omitempty"`
	RelayOf string  `json:"relay_of,omitempty"`
	ClaimID string  `json:"claim_id,omitempty"`
	Date    string  `json:"date,omitempty"`
	Value   float64 `json:"value,omitempty"`
	Z       float64 `json:"z,omitempty"`
	Reason  string  `json:"reason,omitempty"`
}

func writeSources(w io.Writer, est *attrition.Estimate, format string) error {
	var rows []sourceRow
	for _, s := range est.Sources {
		rows = append(rows, sourceRow{Kind: "source", Source: s.Source, Factor: s.Factor, Lo90: s.Lo90, Hi90: s.Hi90, Claims: s.Claims, RelayOf: s.RelayOf})
	}
	for _, o := range est.Outliers {
		rows = append(rows, sourceRow{Kind: "outlier", Source: o.Source, ClaimID: o.ClaimID, Date: o.Date.String(), Value: o.Value, Z: o.Z, Reason: o.Reason})
	}
	switch format {
	case "jsonl":
		return writeJSONL(w, rows)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"kind", "source", "factor", "lo90", "hi90", "claims", "relay_of", "claim_id", "date", "value", "z", "reason"})
		for _, r := range rows {
			rec := []string{r.Kind, r.Source, "", "", "", "", r.RelayOf, r.ClaimID, r.Date, "", "", r.Reason}
			if r.Kind == "source" {
				rec[2], rec[3], rec[4], rec[5] = ratio(r.Factor), ratio(r.Lo90), ratio(r.Hi90), strconv.Itoa(r.Claims)
			} else {
				rec[9], rec[10] = fmtFigure(r.Value), strconv.FormatFloat(r.Z, 'f', 2, 64)
			}
			cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "source\tbias\t90%% interval\tclaims\tcounted with\n")
	for _, s := range est.Sources {
		fmt.Fprintf(tw, "%s\t×%s\t×%s–%s\t%d\t%s\n", s.Source, ratio(s.Factor), ratio(s.Lo90), ratio(s.Hi90), s.Claims, s.RelayOf)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nA bias of ×1.10 means the source's figures run 10%% above the consensus.\n")
	if len(est.Outliers) == 0 {
		fmt.Fprintf(w, "No claim sits beyond its own stated uncertainty.\n")
		return nil
	}
	fmt.Fprintf(w, "\nOutliers (claims beyond their own stated uncertainty):\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "date\tsource\tfigure\tz\twhy\tclaim\n")
	for _, o := range est.Outliers {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%+.1f\t%s\t%s\n", o.Date, o.Source, fmtFigure(o.Value), o.Z, o.Reason, o.ClaimID)
	}
	return tw.Flush()
}

// populationNote names the population an estimate counts, when the
// claims named one: a figure of soldiers and one of everyone differ.
func populationNote(p string) string {
	if p == "" {
		return ""
	}
	return " (" + p + ")"
}

func ratio(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// milestoneRow is a milestone in jsonl: a date is null when the total is
// not reached within the projection's horizon (three years past the
// last claim).
type milestoneRow struct {
	Actor       string         `json:"actor"`
	Category    string         `json:"category"`
	Value       float64        `json:"value"`
	Median      attrition.Date `json:"median"`
	Lo90        attrition.Date `json:"lo90"`
	Hi90        attrition.Date `json:"hi90"`
	By          attrition.Date `json:"by"`
	ProbReached float64        `json:"prob_reached"`
}

// dateOr prints a milestone date, or what to say when there is none.
func dateOr(d attrition.Date, none string) string {
	if d.IsZero() {
		return none
	}
	return d.String()
}

func writeMilestones(w io.Writer, est *attrition.Estimate, format string) error {
	var rows []milestoneRow
	for _, ms := range est.Milestones {
		rows = append(rows, milestoneRow{Actor: est.Actor, Category: est.Category, Value: ms.Value,
			Median: ms.Median, Lo90: ms.Lo90, Hi90: ms.Hi90, By: ms.By, ProbReached: ms.ProbReached})
	}
	switch format {
	case "jsonl":
		return writeJSONL(w, rows)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"actor", "category", "value", "median", "lo90", "hi90", "by", "prob_reached"})
		for _, r := range rows {
			cw.Write([]string{r.Actor, r.Category, fmtFigure(r.Value), dateOr(r.Median, ""), dateOr(r.Lo90, ""), dateOr(r.Hi90, ""),
				r.By.String(), strconv.FormatFloat(r.ProbReached, 'f', 3, 64)})
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "total\treached (median)\t90%% interval\tchance by date\n")
	for _, r := range rows {
		const beyond = "beyond horizon"
		fmt.Fprintf(tw, "%s\t%s\t%s – %s\t%.0f%% by %s\n", fmtFigure(r.Value), dateOr(r.Median, beyond),
			dateOr(r.Lo90, beyond), dateOr(r.Hi90, beyond), 100*r.ProbReached, r.By)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s, %s: last claim %s; later dates are projections at the recent rate.\n", est.Actor, est.Category, est.LastClaim)
	return nil
}

// estimateSummary prints the latest estimate of every series of each
// actor (all actors with claims when none are given), as of asOf (zero:
// each series' last claim): the demo's estimates section and a quick
// overview share it.
func estimateSummary(ctx context.Context, w io.Writer, finder attrition.ClaimFinder, actors []string, asOf attrition.Date) error {
	if len(actors) == 0 {
		claims, err := finder.FindClaims(ctx, attrition.ClaimFilter{To: asOf})
		if err != nil {
			return fmt.Errorf("estimates: %w", err)
		}
		seen := map[string]bool{}
		for _, c := range claims {
			if c.Actor != "" && !c.Derived && !seen[c.Actor] {
				seen[c.Actor] = true
				actors = append(actors, c.Actor)
			}
		}
		sort.Strings(actors)
	}
	eng := estimate.New(finder)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tCATEGORY\tAS OF\tMEDIAN\t90% INTERVAL\tRATE/DAY\tCLAIMS\tSOURCES")
	rows := 0
	for _, actor := range actors {
		all, err := eng.EstimateAll(ctx, actor, asOf, nil)
		if err != nil {
			return fmt.Errorf("estimates for %s: %w", actor, err)
		}
		for _, cat := range attrition.Categories() {
			est, ok := all[cat]
			if !ok || len(est.Series) == 0 {
				continue
			}
			p := est.Series[len(est.Series)-1]
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s–%s\t%s\t%d\t%d\n", actor, cat, p.Date, fmtReadable(p.Median),
				fmtReadable(p.Lo90), fmtReadable(p.Hi90), fmtReadable(p.RateMedian), len(est.ClaimIDs), len(est.Sources))
			rows++
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if rows == 0 {
		fmt.Fprintln(w, "No series to estimate: the ledger holds no usable claims.")
		return nil
	}
	fmt.Fprintln(w, "\nMedians and central 90% intervals fuse every source's claims, each source's bias estimated and\nshrunk toward none; see \"attrition estimate --sources\" for the biases and outliers.")
	return nil
}
