package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/sqlite"
)

// benchClaims returns n distinct valid claims, twenty to a document.
func benchClaims(n int) []attrition.Claim {
	cats := attrition.Categories()
	start := attrition.MustDate("2022-02-24")
	out := make([]attrition.Claim, n)
	for i := range out {
		day := start.AddDays(i / 20 % 1500)
		v := float64(i)
		q := fmt.Sprintf("Russia lost about %d (%s)", i, cats[i%len(cats)])
		out[i] = attrition.Claim{
			Actor: "Russia", Population: "military", Category: cats[i%len(cats)],
			Low: &v, High: &v, Best: &v, Bound: attrition.BoundPoint, Approx: i%2 == 0,
			PeriodStart: start, PeriodEnd: day, Source: "General Staff of the Armed Forces of Ukraine",
			Document: attrition.Document{URL: fmt.Sprintf("https://example.org/bulletins/%d", i/20),
				Title: "Losses of the enemy as of " + day.String(), Published: day},
			Quote: q, Span: [2]int{100, 100 + len(q)}, Dataset: "petroivaniuk-ua-genstaff",
		}
	}
	return out
}

// BenchmarkAddClaims measures a bulk import of 100,000 claims into a fresh
// ledger; bench/ingest.sh compares the whole command with sqlite3.
func BenchmarkAddClaims(b *testing.B) {
	claims := benchClaims(100_000)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.AddClaims(ctx, claims); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
	b.ReportMetric(float64(len(claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}
