package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/claimio"
)

func init() {
	register(command{
		name:    "claims",
		summary: "list the claims stored in the ledger",
		run:     runClaims,
	})
}

func runClaims(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("claims", "[--actor A] [--category C] [--source S] [--dataset D] [--population P] [--from DATE] [--to DATE] [--limit N] [--format table|jsonl|json|csv] [--disagree] [--db PATH]")
	actor := fs.String("actor", "", "whose losses: a canonical name or an alias (Russia, russian, Kremlin)")
	category := fs.String("category", "", "`category` of claims.md (casualties, killed, equipment:tanks, or just tanks)")
	source := fs.String("source", "", "claims whose source contains this `text`, ignoring case")
	dataset := fs.String("dataset", "", "claims imported from this `packager` (exact name)")
	population := fs.String("population", "", "military, civilian or all")
	from := fs.String("from", "", "claims whose period ends (or, lacking one, whose document was published) on or after `DATE`")
	to := fs.String("to", "", "claims whose period ends (or, lacking one, whose document was published) on or before `DATE`")
	limit := fs.Int("limit", 0, "show at most `N` claims (with --disagree, N groups); 0 = all")
	format := fs.String("format", "table", "output `format`: table, jsonl, json or csv (csv and jsonl read back with ingest)")
	disagree := fs.Bool("disagree", false, "only groups of claims that describe the same figure (actor, population, category, status, per, period, source) with different values")
	derived := fs.String("derived", "", "`yes` for derived claims only, no for read ones only")
	dbFlag := fs.String("db", "", dbFlagUsage)
	rest, err := m.parseFlagsInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("claims: unexpected argument %q (filters are flags: --actor, --category, ...)", rest[0])
	}

	f := attrition.ClaimFilter{Source: strings.TrimSpace(*source), Dataset: strings.TrimSpace(*dataset)}
	if *actor != "" {
		f.Actor = attrition.CanonicalActor(*actor)
	}
	if c := strings.TrimSpace(*category); c != "" {
		switch {
		case attrition.IsCategory(c):
			f.Category = c
		case attrition.IsCategory(attrition.EquipmentPrefix + c):
			f.Category = attrition.EquipmentPrefix + c
		default:
			return usagef("claims: unknown category %q (want one of %s)", c, strings.Join(attrition.Categories(), ", "))
		}
	}
	if p := strings.TrimSpace(*population); p != "" {
		if !containsString(attrition.Populations, p) {
			return usagef("claims: unknown population %q (want military, civilian or all)", p)
		}
		f.Population = p
	}
	for _, d := range []struct {
		flag string
		s    string
		dst  *attrition.Date
	}{{"from", *from, &f.From}, {"to", *to, &f.To}} {
		if d.s == "" {
			continue
		}
		v, err := attrition.ParseDate(strings.TrimSpace(d.s))
		if err != nil {
			return usagef("claims: --%s: %v", d.flag, err)
		}
		*d.dst = v
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.From > f.To {
		return usagef("claims: --from %s is after --to %s", f.From, f.To)
	}
	switch strings.ToLower(*derived) {
	case "":
	case "yes", "true":
		f.Derived = new(bool)
		*f.Derived = true
	case "no", "false":
		f.Derived = new(bool)
	default:
		return usagef("claims: --derived wants yes or no, got %q", *derived)
	}
	if *limit < 0 {
		return usagef("claims: --limit must not be negative")
	}
	switch *format {
	case "table", "jsonl", "json", "csv":
	default:
		return usagef("claims: unknown format %q (want table, jsonl, json or csv)", *format)
	}
	if !*disagree {
		f.Limit = *limit
	}

	store, err := m.openExistingStore(ctx, *dbFlag)
	if err != nil {
		return err
	}
	defer store.Close()
	claims, err := store.FindClaims(ctx, f)
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}

	if *disagree {
		groups := disagreements(claims)
		if *limit > 0 && len(groups) > *limit {
			groups = groups[:*limit]
		}
		if *format == "table" {
			return claimio.WriteTableGroups(m.Stdout, groups)
		}
		claims = claims[:0:0]
		for _, g := range groups {
			claims = append(claims, g...)
		}
	}
	switch *format {
	case "jsonl":
		return claimio.WriteJSONL(m.Stdout, claims)
	case "json":
		return claimio.WriteJSON(m.Stdout, claims)
	case "csv":
		return claimio.WriteCSV(m.Stdout, claims)
	}
	return claimio.WriteTable(m.Stdout, claims)
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// disagreementKey is what makes two claims describe the same figure.
type disagreementKey struct {
	actor, population, category, status, per, source string
	start, end                                       attrition.Date
}

// disagreements returns the groups of claims that describe the same
// figure but carry different values (two packagers' transcriptions of one
// bulletin that differ), each group in ledger order, groups ordered by
// their first claim. Claims agreeing on the value are shown too, so the
// group tells how many sources said what.
func disagreements(claims []attrition.Claim) [][]attrition.Claim {
	index := map[disagreementKey]int{}
	var groups [][]attrition.Claim
	for _, c := range claims {
		k := disagreementKey{c.Actor, c.Population, c.Category, c.Status, c.Per,
			strings.ToLower(strings.TrimSpace(c.Source)), c.PeriodStart, c.PeriodEnd}
		i, ok := index[k]
		if !ok {
			i = len(groups)
			index[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], c)
	}
	out := groups[:0]
	for _, g := range groups {
		values := map[string]bool{}
		for i := range g {
			values[claimValueKey(&g[i])] = true
		}
		if len(values) > 1 {
			sort.SliceStable(g, func(i, j int) bool { return claimValueKey(&g[i]) < claimValueKey(&g[j]) })
			out = append(out, g)
		}
	}
	return out
}

// claimValueKey is the figure a claim states: its shape and numbers.
func claimValueKey(c *attrition.Claim) string {
	n := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%020.6f", *p)
	}
	return c.Bound + "|" + n(c.Low) + "|" + n(c.High) + "|" + n(c.Best)
}
