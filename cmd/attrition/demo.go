package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/chart"
	"github.com/attrition-project/attrition/claimio"
	"github.com/attrition-project/attrition/reference"
)

func init() {
	register(command{
		name:    "demo",
		summary: "load the built-in reference ledger into a temporary ledger and show it",
		run:     runDemo,
	})
}

// demoDBName is the ledger file the demo writes, in a temporary folder or
// in the folder given by --keep.
const demoDBName = "attrition-demo.db"

// demo is one run of `attrition demo`: the ledger it loaded and where it
// writes.
type demo struct {
	w     io.Writer
	store attrition.ClaimStore
	// ledger is the reference ledger as loaded, IDs filled; ids selects
	// exactly it, so that a kept ledger holding other claims shows the
	// same demo.
	ledger []attrition.Claim
	ids    []string
	// reportPath is where the assessment is written.
	reportPath string
}

// demoStep is one section of the demo. Sections run in order on the same
// ledger; estimates, the assessment and the dashboard are appended here as
// they are built, each a function of the loaded ledger alone.
type demoStep struct {
	title string
	run   func(ctx context.Context, d *demo) error
}

var demoSteps = []demoStep{
	{"Claims", demoClaimsSection},
	{"Estimates", demoEstimatesSection},
	{"Assessment", demoReportSection},
}

func runDemo(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("demo", "[--serve] [--addr 127.0.0.1:8080] [--keep DIR] [--report FILE]")
	serve := fs.Bool("serve", false, "after the demo, serve the dashboard on its ledger")
	addr := fs.String("addr", "127.0.0.1:8080", "`address` the dashboard listens on with --serve")
	reportPath := fs.String("report", "", "write the assessment to `FILE` (default "+demoReportName+" in the temporary-files folder)")
	keep := fs.String("keep", "", "write the ledger into `DIR` and keep it, instead of a temporary folder removed at the end")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("demo: unexpected argument %q (demo takes no files)", fs.Arg(0))
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return usagef("demo: --addr %q: want host:port", *addr)
	}

	ledger, err := reference.Claims()
	if err != nil {
		return fmt.Errorf("demo: reference ledger: %w", err)
	}

	dir, cleanup, err := m.demoDir(*keep)
	if err != nil {
		return err
	}
	// Removal must happen after the store is closed, so defers run
	// cleanup last.
	defer cleanup()
	path := filepath.Join(dir, demoDBName)

	store, err := m.openStore(ctx, path)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer store.Close()

	ctx = attrition.WithImportFiles(ctx, []string{reference.File})
	res, err := store.AddClaims(ctx, ledger)
	if err != nil {
		return fmt.Errorf("demo: loading the reference ledger: %w", err)
	}
	d := &demo{w: m.Stdout, store: store, ledger: ledger, reportPath: *reportPath}
	if d.reportPath == "" {
		d.reportPath = m.demoDefaultReport()
	}
	for i := range ledger {
		d.ids = append(d.ids, ledger[i].ID)
	}

	where := "a temporary ledger"
	if *keep != "" {
		where = path
	}
	fmt.Fprintf(m.Stdout, "Reference ledger: %s, loaded into %s (%d added, %d already present).\n",
		reference.Summary(ledger), where, res.Added, res.Present)

	for _, step := range demoSteps {
		fmt.Fprintf(m.Stdout, "\n%s\n%s\n", step.title, strings.Repeat("-", len(step.title)))
		if err := step.run(ctx, d); err != nil {
			return fmt.Errorf("demo: %s: %w", strings.ToLower(step.title), err)
		}
	}

	if *keep != "" {
		fmt.Fprintf(m.Stdout, "\nThe ledger is kept at %s; explore it with: attrition claims --db %s\n", path, path)
	}
	if *serve {
		fmt.Fprintln(m.Stdout)
		return m.serveLedger(ctx, store, *addr)
	}
	return nil
}

// demoDir returns the folder the demo ledger goes in and the function that
// removes it (a no-op for --keep).
func (m *Main) demoDir(keep string) (string, func(), error) {
	if keep != "" {
		if err := os.MkdirAll(keep, 0o755); err != nil {
			return "", nil, attrition.Errorf(attrition.EINVALID, "demo: --keep %s: %v", keep, err)
		}
		return keep, func() {}, nil
	}
	// The environment Main was given decides where temporary files go,
	// so that tests can watch the folder.
	root := ""
	if m.Getenv != nil {
		root = m.Getenv("TMPDIR")
	}
	dir, err := os.MkdirTemp(root, "attrition-demo-")
	if err != nil {
		return "", nil, fmt.Errorf("demo: temporary folder: %w", err)
	}
	return dir, func() {
		if err := os.RemoveAll(dir); err != nil {
			fmt.Fprintf(m.Stderr, "attrition: demo: could not remove %s: %v\n", dir, err)
		}
	}, nil
}

// demoGroup is one row of the Claims section: the claims of one actor
// about one kind of figure.
type demoGroup struct {
	actor, population, category, status, per string
	// partial is true for counts over a stretch that does not start with
	// the conflict (one year, one month): they are not running totals and
	// would blur the range of those.
	partial bool
	claims  []attrition.Claim
}

// label names the kind of figure: the category, qualified where the
// figures are not running totals of all losses.
func (g *demoGroup) label() string {
	s := g.category
	if g.status != "" {
		s += " (" + g.status + ")"
	}
	switch {
	case g.per != "":
		s += " per " + g.per
	case g.partial:
		s += " (sub-period)"
	}
	return s
}

// demoClaimsSection prints, per actor and kind of figure, how many claims
// there are, the range of their central figures and the latest one with
// its source, date and document.
func demoClaimsSection(ctx context.Context, d *demo) error {
	claims, err := d.store.FindClaims(ctx, attrition.ClaimFilter{IDs: d.ids})
	if err != nil {
		return err
	}
	groups := demoGroupClaims(claims)

	tw := tabwriter.NewWriter(d.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tPOPULATION\tFIGURE\tCLAIMS\tRANGE\tLATEST\tAS OF\tSOURCE")
	var notes []string
	noteOf := map[string]int{}
	for _, g := range groups {
		lo, hi := math.Inf(1), math.Inf(-1)
		for i := range g.claims {
			if v, ok := g.claims[i].Value(); ok {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
		last := demoLatest(g.claims)
		n, seen := noteOf[last.Document.URL]
		if !seen {
			notes = append(notes, last.Document.URL)
			n = len(notes)
			noteOf[last.Document.URL] = n
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s [%d]\n",
			g.actor, demoOrDash(g.population), g.label(), len(g.claims), demoRange(lo, hi),
			claimio.Figure(&last), last.PeriodEnd, demoOrDash(last.Source), n)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(d.w, "\nRANGE spans the central figures (best, or a range's midpoint, or its one bound); LATEST keeps the figure's shape (~ about, ≥ at least, > more than, ≤ at most).\nDocuments of the latest figures:\n")
	for i, u := range notes {
		fmt.Fprintf(d.w, "  [%d] %s\n", i+1, u)
	}
	return nil
}

// demoGroupClaims splits claims into rows, ordered by conflict, actor and
// category as the registries list them, so that the table reads from the
// largest figures down.
func demoGroupClaims(claims []attrition.Claim) []*demoGroup {
	type key struct {
		actor, population, category, status, per string
		partial                                  bool
	}
	byKey := map[key]*demoGroup{}
	var groups []*demoGroup
	for _, c := range claims {
		partial := false
		if cf, ok := attrition.ConflictOf(c.Actor); ok && !c.PeriodStart.IsZero() && c.PeriodStart != cf.Start {
			partial = true
		}
		k := key{c.Actor, c.Population, c.Category, c.Status, c.Per, partial}
		g := byKey[k]
		if g == nil {
			g = &demoGroup{actor: c.Actor, population: c.Population, category: c.Category,
				status: c.Status, per: c.Per, partial: partial}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.claims = append(g.claims, c)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if x, y := demoActorRank(a.actor), demoActorRank(b.actor); x != y {
			return x < y
		}
		if a.actor != b.actor {
			return a.actor < b.actor
		}
		if a.population != b.population {
			return a.population > b.population // military, civilian, all
		}
		if x, y := demoCategoryRank(a.category), demoCategoryRank(b.category); x != y {
			return x < y
		}
		if a.status != b.status {
			return a.status < b.status
		}
		if a.partial != b.partial {
			return !a.partial
		}
		return a.per < b.per
	})
	return groups
}

// demoActorRank orders actors by their conflict's place in the registry, then
// their own; actors the registry does not know come last.
func demoActorRank(actor string) int {
	cf, ok := attrition.ConflictOf(actor)
	if !ok {
		return math.MaxInt32
	}
	rank := 0
	for i, c := range attrition.Conflicts {
		if c.ID == cf.ID {
			rank = i * 1000
		}
	}
	for i, a := range attrition.Actors {
		if a.Name == actor {
			return rank + i
		}
	}
	return rank + 999
}

func demoCategoryRank(category string) int {
	for i, c := range attrition.Categories() {
		if c == category {
			return i
		}
	}
	return math.MaxInt32
}

// demoLatest returns the claim that speaks of the latest day; among those,
// the latest published, then the first stored.
func demoLatest(claims []attrition.Claim) attrition.Claim {
	best := claims[0]
	for _, c := range claims[1:] {
		if c.PeriodEnd > best.PeriodEnd ||
			(c.PeriodEnd == best.PeriodEnd && c.Document.Published > best.Document.Published) {
			best = c
		}
	}
	return best
}

func demoRange(lo, hi float64) string {
	switch {
	case math.IsInf(lo, 1):
		return "-"
	case lo == hi:
		return demoCount(lo)
	}
	return demoCount(lo) + "–" + demoCount(hi)
}

// demoCount writes a count with thousands separators; a fraction (a
// rate's average) keeps one decimal.
func demoCount(v float64) string {
	if r := math.Round(v); math.Abs(v-r) < 1e-9 {
		return chart.Thousands(r, 0)
	}
	return chart.Thousands(v, 1)
}

func demoOrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
