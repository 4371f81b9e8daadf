package estimate

import (
	"context"
	"reflect"
	"sync"
	"testing"

	"github.com/attrition-project/attrition"
)

// growingLedger is a ledger that claims can be added to while an engine
// reads it, as a server's store is.
type growingLedger struct {
	mu     sync.Mutex
	claims []attrition.Claim
}

func (g *growingLedger) add(c attrition.Claim) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.claims = append(g.claims, c)
}

func (g *growingLedger) FindClaims(ctx context.Context, f attrition.ClaimFilter) ([]attrition.Claim, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return memFinder(g.claims).FindClaims(ctx, f)
}

func cacheLedger() []attrition.Claim {
	start := attrition.MustDate("2022-02-24")
	return []attrition.Claim{
		pointClaim("Russia", attrition.CategoryCasualties, "A", start, attrition.MustDate("2022-12-31"), 120000, true),
		pointClaim("Russia", attrition.CategoryCasualties, "A", start, attrition.MustDate("2023-07-09"), 250000, true),
		pointClaim("Russia", attrition.CategoryKilled, "B", start, attrition.MustDate("2023-07-09"), 50000, true),
		pointClaim("Russia", attrition.CategoryWounded, "C", start, attrition.MustDate("2023-07-09"), 150000, true),
	}
}

func TestCacheFollowsLedger(t *testing.T) {
	ctx := context.Background()
	g := &growingLedger{claims: cacheLedger()}
	e := New(g)
	e.Params.Draws = 100
	req := attrition.EstimateRequest{Actor: "Russia", Category: attrition.CategoryCasualties, Seed: 1}
	first, err := e.Estimate(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	again, err := e.Estimate(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if n := e.fits.Load(); n != 1 {
		t.Fatalf("the same question twice made %d fits, want 1", n)
	}
	if !reflect.DeepEqual(first, again) {
		t.Fatalf("the cached answer differs from the first")
	}
	// A new claim far above the others must be seen at once.
	g.add(pointClaim("Russia", attrition.CategoryCasualties, "D", attrition.MustDate("2022-02-24"), attrition.MustDate("2023-07-09"), 400000, true))
	later, err := e.Estimate(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if n := e.fits.Load(); n != 2 {
		t.Fatalf("a changed ledger made %d fits in all, want 2", n)
	}
	p0, _ := first.At(attrition.MustDate("2023-07-09"))
	p1, _ := later.At(attrition.MustDate("2023-07-09"))
	if !(p1.Median > p0.Median*1.05) {
		t.Fatalf("median %v after a claim of 400,000, %v before: the stale fit was served", p1.Median, p0.Median)
	}
}

// TestCacheConcurrent asks one engine for every personnel category at
// once, as the dashboard's requests do, and compares each answer with
// that of an engine of its own.
func TestCacheConcurrent(t *testing.T) {
	ctx := context.Background()
	claims := cacheLedger()
	shared := New(memFinder(claims))
	shared.Params.Draws = 60
	cats := []string{attrition.CategoryCasualties, attrition.CategoryKilled, attrition.CategoryWounded,
		attrition.CategoryCasualties, attrition.CategoryKilled}
	got := make([]*attrition.Estimate, len(cats))
	errs := make([]error, len(cats))
	var wg sync.WaitGroup
	for i, c := range cats {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := attrition.EstimateRequest{Actor: "Russia", Category: c, Seed: 3,
				Milestones: []float64{float64(100000 * (i + 1))}, MilestoneBy: attrition.MustDate("2024-01-01")}
			got[i], errs[i] = shared.Estimate(ctx, req)
		}()
	}
	wg.Wait()
	for i, c := range cats {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		alone := New(memFinder(claims))
		alone.Params.Draws = 60
		want, err := alone.Estimate(ctx, attrition.EstimateRequest{Actor: "Russia", Category: c, Seed: 3,
			Milestones: []float64{float64(100000 * (i + 1))}, MilestoneBy: attrition.MustDate("2024-01-01")})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("%s: the shared engine's answer differs from a fresh engine's", c)
		}
	}
	if n := shared.fits.Load(); n < 1 || n > int64(len(cats)) {
		t.Errorf("%d fits", n)
	}
}
