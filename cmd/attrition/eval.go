package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/extract"
	"github.com/attrition-project/attrition/yardstick"
)

func init() {
	register(command{
		name:    "eval",
		summary: "score the extractor against a gold file of passages and their claims",
		run:     runEval,
	})
}

func runEval(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("eval", "--gold FILE [--yardstick phia|icd203|kent] [--verbose] [--format table|json]")
	gold := fs.String("gold", "", "gold `FILE`: JSON Lines, one passage with its claims per line")
	ys := fs.String("yardstick", yardstick.PHIA, "estimative `scale` for probabilities: phia, icd203 or kent")
	verbose := fs.Bool("verbose", false, "list every miss, false alarm and field disagreement with passage id and quote")
	format := fs.String("format", "table", "output `format`: table or json")
	rest, err := m.parseFlagsInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("eval: unexpected argument %q", rest[0])
	}
	if *gold == "" {
		return usagef("eval: --gold FILE is required")
	}
	if *format != "table" && *format != "json" {
		return usagef("eval: unknown format %q (want table or json)", *format)
	}
	y, err := yardstick.Get(*ys)
	if err != nil {
		return usagef("--yardstick: %v", err)
	}
	f, err := os.Open(*gold)
	if err != nil {
		return attrition.Errorf(attrition.EINVALID, "eval: %v", err)
	}
	defer f.Close()
	ps, err := extract.ReadGold(f, *gold)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s, err := extract.Evaluate(ps, y)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if *format == "json" {
		if !*verbose {
			s.Misses, s.FalseAlarms, s.Disagree = nil, nil, nil
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	return s.WriteTable(m.Stdout, *verbose)
}
