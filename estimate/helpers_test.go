package estimate

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// memLedger is a ledger in memory, indexed by actor and by actor and
// category as a store's indexes would be, filtered as stores filter.
type memLedger map[string][]attrition.Claim

func memFinder(claims []attrition.Claim) memLedger {
	m := memLedger{}
	for _, c := range claims {
		m[c.Actor] = append(m[c.Actor], c)
		k := c.Actor + "\x00" + c.Category
		m[k] = append(m[k], c)
	}
	return m
}

func (m memLedger) FindClaims(ctx context.Context, f attrition.ClaimFilter) ([]attrition.Claim, error) {
	var out []attrition.Claim
	scan := func(cl []attrition.Claim) {
		for i := range cl {
			if f.Matches(&cl[i]) {
				out = append(out, cl[i])
			}
		}
	}
	if f.Actor != "" {
		if f.Category == "" && f.Population == "" && f.Source == "" && f.Dataset == "" &&
			f.From == 0 && f.To == 0 && f.Derived == nil && len(f.IDs) == 0 && f.Limit == 0 {
			// The whole of one actor's claims, as an index returns them.
			cl := m[f.Actor]
			return cl[:len(cl):len(cl)], nil
		}
		if f.Category != "" {
			scan(m[f.Actor+"\x00"+f.Category])
		} else {
			scan(m[f.Actor])
		}
		return out, nil
	}
	for k, cl := range m {
		if !strings.Contains(k, "\x00") {
			scan(cl)
		}
	}
	return out, nil
}

// dataDir returns ../shared/data relative to the repository root, or
// skips the test when it is absent.
func dataDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "data", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("dataset %s not present (%v); it lives in ../shared/data next to the repository", sub, err)
	}
	return dir
}

type gsRow struct {
	Date      string  `json:"date"`
	Personnel float64 `json:"personnel"`
}

// loadGS reads the General Staff's daily personnel figures.
func loadGS(t testing.TB) []attrition.Claim {
	t.Helper()
	path := filepath.Join(dataDir(t, "petroivaniuk-ua-genstaff"), "russia_losses_personnel.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []gsRow
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	start := attrition.MustDate("2022-02-24")
	var out []attrition.Claim
	for _, r := range rows {
		d, err := attrition.ParseDate(r.Date)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, pointClaim("Russia", attrition.CategoryCasualties, "General Staff of the Armed Forces of Ukraine", start, d, r.Personnel, true))
	}
	return out
}

func pointClaim(actor, cat, src string, start, end attrition.Date, v float64, approx bool) attrition.Claim {
	c := attrition.Claim{
		Actor: actor, Category: cat, Bound: attrition.BoundPoint, Best: attrition.Float(v),
		Low: attrition.Float(v), High: attrition.Float(v), Approx: approx,
		PeriodStart: start, PeriodEnd: end, Source: src,
		Document: attrition.Document{URL: "https://example.org/" + end.String(), Published: end},
	}
	c.Normalize()
	return c
}
