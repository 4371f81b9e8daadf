package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/attrition-project/attrition/estimate"
	"github.com/attrition-project/attrition/report"
)

// demoSeed makes the demo's estimates, and so its text, repeatable.
const demoSeed = 1

// demoReportName is the assessment the demo leaves behind: it is the
// demo's one lasting product, so it goes outside the temporary ledger's
// folder.
const demoReportName = "attrition-demo-report.html"

// demoReportActor is the side the demo writes an assessment for.
const demoReportActor = "Russia"

// demoEstimatesSection fuses every actor's claims and prints, per
// category, the estimate on the day of its latest claim.
func demoEstimatesSection(ctx context.Context, d *demo) error {
	actors := map[string]bool{}
	for i := range d.ledger {
		if a := d.ledger[i].Actor; a != "" {
			actors[a] = true
		}
	}
	names := make([]string, 0, len(actors))
	for a := range actors {
		names = append(names, a)
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := demoActorRank(names[i]), demoActorRank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	return estimateSummary(ctx, d.w, d.store, names, 0)
}

// demoReportSection writes the assessment of one side as a self-contained
// HTML file and prints its path.
func demoReportSection(ctx context.Context, d *demo) error {
	if d.reportPath == "" {
		return nil
	}
	opts := report.Options{Actor: demoReportActor, Format: report.FormatHTML,
		Claims: d.store, Estimator: estimate.New(d.store), Seed: demoSeed}
	if err := writeReportFile(ctx, opts, d.reportPath); err != nil {
		return err
	}
	abs, err := filepath.Abs(d.reportPath)
	if err != nil {
		abs = d.reportPath
	}
	fmt.Fprintf(d.w, "The assessment of %s's losses, with charts and a footnote for every figure, is in\n  %s\n", demoReportActor, abs)
	return nil
}

// demoDefaultReport is where the assessment goes without --report: the
// temporary-files folder, which outlives the demo's own ledger folder.
func (m *Main) demoDefaultReport() string {
	dir := ""
	if m.Getenv != nil {
		dir = m.Getenv("TMPDIR")
	}
	if dir == "" {
		dir = os.TempDir()
	}
	return filepath.Join(dir, demoReportName)
}
