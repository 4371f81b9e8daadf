package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/estimate"
	"github.com/attrition-project/attrition/report"
	"github.com/attrition-project/attrition/yardstick"
)

func init() {
	register(command{
		name:    "report",
		summary: "write an assessment in yardstick words, every figure footnoted",
		run:     runReport,
	})
}

func runReport(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("report", "--actor A [--as-of DATE] [--yardstick phia|icd203|kent] [--format md|html] [-o FILE] [--category C]... [--relay \"A=B\"]... [--seed N] [--db PATH]")
	actor := fs.String("actor", "", "whose losses (`A`), e.g. Russia")
	asOf := fs.String("as-of", "", "`DATE` the assessment speaks of; claims published later are not used (default: the day of the latest claim)")
	scale := fs.String("yardstick", yardstick.PHIA, "`scale` of the likelihood words: phia, icd203 or kent; one scale is used throughout")
	format := fs.String("format", "", "output `format`: md or html (default: html when -o ends in .html or .htm, else md)")
	out := fs.String("o", "", "write the report to `FILE` instead of stdout (- is stdout); Markdown charts are written next to it as SVG files")
	var categories, relays listFlag
	fs.Var(&categories, "category", "report only category `C` (repeatable; default: every category with claims)")
	fs.Var(&relays, "relay", "`A=B`: source A relays source B, so both count as one; repeatable")
	seed := fs.Uint64("seed", 1, "`seed` of the estimates' posterior draws, for a repeatable text")
	dbFlag := fs.String("db", "", dbFlagUsage)
	baseUsage := fs.Usage
	fs.Usage = func() {
		baseUsage()
		fmt.Fprint(m.Stdout, `
For each category with claims the report states the estimate on the as-of
day as a likelihood on the chosen yardstick (the 90% interval is "highly
likely" on PHIA), the recent daily rate against the month before, the
chance of passing the next round figure by the end of the next quarter,
where the sources disagree, and the flagged claims. Every figure and word
of likelihood carries a footnote citing the claims behind it: source,
date, quote and address. HTML is one self-contained, printable file.
Markdown written to stdout has no charts; with -o FILE.md they are written
next to it as SVG files and linked.
`)
	}
	rest, err := m.parseFlagsInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("report: unexpected argument %q", rest[0])
	}
	opts := report.Options{Actor: attrition.CanonicalActor(*actor), Yardstick: strings.ToLower(strings.TrimSpace(*scale)), Seed: *seed}
	if opts.Actor == "" {
		return usagef("report: --actor is required")
	}
	if _, err := yardstick.Get(opts.Yardstick); err != nil {
		return usagef("report: --yardstick: %v", err)
	}
	if *asOf != "" {
		d, err := attrition.ParseDate(*asOf)
		if err != nil {
			return usagef("report: --as-of: %v", err)
		}
		opts.AsOf = d
	}
	opts.Format = strings.ToLower(strings.TrimSpace(*format))
	if opts.Format == "" {
		opts.Format = report.FormatMarkdown
		if ext := strings.ToLower(filepath.Ext(*out)); ext == ".html" || ext == ".htm" {
			opts.Format = report.FormatHTML
		}
	}
	if opts.Format != report.FormatMarkdown && opts.Format != report.FormatHTML {
		return usagef("report: --format %q: want md or html", *format)
	}
	for _, c := range categories {
		c = strings.TrimSpace(c)
		if !attrition.IsCategory(c) {
			return usagef("report: --category %q is not in the vocabulary of claims.md", c)
		}
		opts.Categories = append(opts.Categories, c)
	}
	for _, r := range relays {
		a, b, ok := strings.Cut(r, "=")
		if !ok || strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
			return usagef("report: --relay %q: want \"RELAYING SOURCE=RELAYED SOURCE\"", r)
		}
		if opts.Relays == nil {
			opts.Relays = map[string]string{}
		}
		opts.Relays[strings.TrimSpace(a)] = strings.TrimSpace(b)
	}

	store, err := m.openExistingStore(ctx, *dbFlag)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer store.Close()
	opts.Claims = store
	opts.Estimator = estimate.New(store)
	if *out == "" || *out == "-" {
		return report.Write(ctx, m.Stdout, opts)
	}
	return writeReportFile(ctx, opts, *out)
}

// writeReportFile writes a report to path, all or nothing: a failed run
// leaves no half-written file behind, and never truncates an old report.
// Markdown charts go next to it as PATH-BASE-NAME.svg, linked relatively,
// so the folder can be moved as a whole. The demo writes its assessment
// through it.
func writeReportFile(ctx context.Context, opts report.Options, path string) (err error) {
	dir, file := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	base := strings.TrimSuffix(file, filepath.Ext(file))
	var charts []string
	if opts.Format != report.FormatHTML {
		opts.SaveChart = func(name string, svg []byte) (string, error) {
			chartFile := base + "-" + name + ".svg"
			if err := writeFileAtomic(filepath.Join(dir, chartFile), func(w io.Writer) error {
				_, err := w.Write(svg)
				return err
			}); err != nil {
				return "", err
			}
			charts = append(charts, filepath.Join(dir, chartFile))
			return chartFile, nil
		}
	}
	err = writeFileAtomic(path, func(w io.Writer) error { return report.Write(ctx, w, opts) })
	if err != nil {
		for _, c := range charts {
			os.Remove(c)
		}
	}
	return err
}

// writeFileAtomic writes through a temporary file in the target's folder
// and renames it into place.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after the rename
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}
