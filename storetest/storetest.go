// Package storetest is the behaviour every attrition.ClaimStore must
// have, as one suite that each implementation's tests run against a fresh
// store of its own: the SQLite ledger now, a PostgreSQL one later.
package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// Run runs the suite; open must return a new, empty store each call and
// arrange its cleanup (the suite closes it too, so Close must tolerate a
// second call or open should not register one).
func Run(t *testing.T, open func(t *testing.T) attrition.ClaimStore) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, attrition.ClaimStore)
	}{
		{"RoundTrip", testRoundTrip},
		{"AddTwiceAddsOnce", testAddTwice},
		{"RepeatsInOneBatch", testRepeatsInBatch},
		{"InvalidBatchStoresNothing", testInvalidBatch},
		{"IdentityIgnoresFlagsAndTitle", testIdentity},
		{"DocumentTitles", testDocumentTitles},
		{"CorrectionsKeepHistory", testCorrections},
		{"Filters", testFilters},
		{"ManyIDs", testManyIDs},
		{"CallerSliceUntouched", testCallerUntouched},
		{"Empty", testEmpty},
		{"LargeImport", testLargeImport},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

func doc(url, published string) attrition.Document {
	return attrition.Document{URL: url, Title: "Title of " + url, Published: attrition.MustDate(published)}
}

// Claims returns a small ledger whose claims between them use every
// field and vary along every filter.
func Claims() []attrition.Claim {
	f := attrition.Float
	d1 := doc("https://example.org/uk-di-2025-06-12", "2025-06-12")
	d2 := doc("https://example.org/genstaff-2024-01-01", "2024-01-01")
	q := "approximately one million casualties"
	return []attrition.Claim{
		{Actor: "Russia", Population: "military", Category: "casualties", Low: f(1e6), High: f(1e6), Best: f(1e6), Bound: "point",
			Approx: true, PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: attrition.MustDate("2025-06-12"),
			Likelihood: "likely", Probability: &[2]float64{0.55, 0.75}, Source: "UK Ministry of Defence", Document: d1,
			Quote: q, Span: [2]int{100, 100 + len(q)}, Flags: []string{"z_flag", "a_flag"}},
		{Actor: "Russia", Category: "permanent_losses", Low: f(400000), High: f(500000), Bound: "range",
			PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: attrition.MustDate("2025-06-12"), Likelihood: "likely",
			Source: "UK Ministry of Defence", Document: d1, Quote: "between 400,000 and 500,000"},
		{Actor: "Russia", Population: "military", Category: "killed", Low: f(380000), Bound: "at_least",
			PeriodEnd: attrition.MustDate("2023-12-31"), Source: "General Staff of the Armed Forces of Ukraine",
			Document: d2, Dataset: "petroivaniuk-ua-genstaff"},
		{Actor: "Russia", Category: "equipment:tanks", Status: "destroyed", Low: f(2500.5), High: f(2500.5), Best: f(2500.5), Bound: "point",
			Per: "month", PeriodStart: attrition.MustDate("2023-12-01"), PeriodEnd: attrition.MustDate("2023-12-31"),
			Source: "Oryx", Document: d2, Dataset: "scarnecchia-oryx", Derived: true},
		{Actor: "Ukraine", Population: "civilian", Category: "killed", High: f(5000), Bound: "fewer_than",
			Source: "UN OCHA", Document: doc("https://example.org/ocha", "2024-06-01")},
		{Category: "wounded", Low: f(10), High: f(20), Best: f(15), Bound: "range", Document: doc("https://example.org/x", "2023-01-01")},
	}
}

// normalized returns what a store should give back for cs.
func normalized(cs []attrition.Claim) []attrition.Claim {
	out := make([]attrition.Claim, len(cs))
	for i, c := range cs {
		c.Flags = append([]string(nil), c.Flags...)
		c.Normalize()
		if len(c.Flags) == 0 {
			c.Flags = nil
		}
		out[i] = c
	}
	return out
}

func byID(cs []attrition.Claim) map[string]attrition.Claim {
	m := map[string]attrition.Claim{}
	for _, c := range cs {
		if len(c.Flags) == 0 {
			c.Flags = nil
		}
		m[c.ID] = c
	}
	return m
}

func mustAdd(t *testing.T, s attrition.ClaimStore, cs []attrition.Claim) attrition.AddResult {
	t.Helper()
	r, err := s.AddClaims(ctx, cs)
	if err != nil {
		t.Fatalf("AddClaims: %v", err)
	}
	return r
}

func mustFind(t *testing.T, s attrition.ClaimStore, f attrition.ClaimFilter) []attrition.Claim {
	t.Helper()
	cs, err := s.FindClaims(ctx, f)
	if err != nil {
		t.Fatalf("FindClaims(%+v): %v", f, err)
	}
	return cs
}

func mustCount(t *testing.T, s attrition.ClaimStore) int {
	t.Helper()
	n, err := s.CountClaims(ctx)
	if err != nil {
		t.Fatalf("CountClaims: %v", err)
	}
	return n
}

func testRoundTrip(t *testing.T, s attrition.ClaimStore) {
	in := Claims()
	r := mustAdd(t, s, in)
	if r != (attrition.AddResult{Read: len(in), Added: len(in)}) {
		t.Errorf("AddClaims = %+v, want all %d added", r, len(in))
	}
	got := byID(mustFind(t, s, attrition.ClaimFilter{}))
	want := byID(normalized(in))
	if len(got) != len(want) {
		t.Fatalf("found %d claims, want %d", len(got), len(want))
	}
	for id, w := range want {
		if g, ok := got[id]; !ok {
			t.Errorf("claim %s missing", id)
		} else if !reflect.DeepEqual(g, w) {
			t.Errorf("claim %s changed in the ledger:\n got %+v\nwant %+v", id, g, w)
		}
	}
	if n := mustCount(t, s); n != len(in) {
		t.Errorf("CountClaims = %d, want %d", n, len(in))
	}
}

func testAddTwice(t *testing.T, s attrition.ClaimStore) {
	in := Claims()
	mustAdd(t, s, in)
	r := mustAdd(t, s, in)
	if r != (attrition.AddResult{Read: len(in), Present: len(in)}) {
		t.Errorf("second AddClaims = %+v, want all %d present", r, len(in))
	}
	// A batch of old and new claims adds only the new.
	extra := Claims()[0]
	extra.Best, extra.Low, extra.High = attrition.Float(1.1e6), attrition.Float(1.1e6), attrition.Float(1.1e6)
	r = mustAdd(t, s, append(Claims()[:2], extra))
	if r != (attrition.AddResult{Read: 3, Added: 1, Present: 2}) {
		t.Errorf("mixed AddClaims = %+v, want 1 added, 2 present", r)
	}
	if n := mustCount(t, s); n != len(in)+1 {
		t.Errorf("CountClaims = %d, want %d", n, len(in)+1)
	}
}

func testRepeatsInBatch(t *testing.T, s attrition.ClaimStore) {
	c := Claims()[1]
	r := mustAdd(t, s, []attrition.Claim{c, c, c})
	if r != (attrition.AddResult{Read: 3, Added: 1, Present: 2}) {
		t.Errorf("AddClaims = %+v, want 1 added, 2 present", r)
	}
}

func testInvalidBatch(t *testing.T, s attrition.ClaimStore) {
	in := Claims()
	bad := in[2]
	bad.Category = "kills"
	bad2 := in[1]
	bad2.Low = attrition.Float(600000) // above high
	batch := append(append([]attrition.Claim{}, in...), bad, bad2)
	_, err := s.AddClaims(ctx, batch)
	if err == nil {
		t.Fatal("AddClaims accepted an invalid claim")
	}
	if code := attrition.ErrorCode(err); code != attrition.EINVALID {
		t.Errorf("error code %q, want %q (%v)", code, attrition.EINVALID, err)
	}
	for _, want := range []string{fmt.Sprintf("claim %d", len(in)), "kills", fmt.Sprintf("claim %d", len(in)+1), "greater than high"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if n := mustCount(t, s); n != 0 {
		t.Errorf("%d claims stored from an invalid batch", n)
	}
}

func testIdentity(t *testing.T, s attrition.ClaimStore) {
	c := Claims()[0]
	mustAdd(t, s, []attrition.Claim{c})
	// Flags and probability are the reader's annotations, the title is
	// not part of the document's identity: the same claim.
	c.Flags = []string{"other"}
	c.Probability = &[2]float64{0.8, 0.9}
	c.Document.Title = "Another title"
	if r := mustAdd(t, s, []attrition.Claim{c}); r.Added != 0 || r.Present != 1 {
		t.Errorf("re-annotated claim: %+v, want present", r)
	}
	// Content, source document date or packager differ: another claim.
	for _, change := range []func(*attrition.Claim){
		func(c *attrition.Claim) { c.Quote = "one million"; c.Span = [2]int{} },
		func(c *attrition.Claim) { c.Document.Published = c.Document.Published.AddDays(1) },
		func(c *attrition.Claim) { c.Dataset = "someone" },
		func(c *attrition.Claim) { c.Approx = false },
	} {
		c := Claims()[0]
		change(&c)
		if r := mustAdd(t, s, []attrition.Claim{c}); r.Added != 1 {
			t.Errorf("changed claim %+v was not added: %+v", c, r)
		}
	}
}

func testDocumentTitles(t *testing.T, s attrition.ClaimStore) {
	a, b := Claims()[0], Claims()[1]
	b.Document.Title = "Same page, title as another reader saw it"
	mustAdd(t, s, []attrition.Claim{a, b})
	got := byID(mustFind(t, s, attrition.ClaimFilter{}))
	want := byID(normalized([]attrition.Claim{a, b}))
	for id, w := range want {
		if got[id].Document != w.Document {
			t.Errorf("document of %s = %+v, want %+v", id, got[id].Document, w.Document)
		}
	}
}

func testCorrections(t *testing.T, s attrition.ClaimStore) {
	old := normalized(Claims()[:1])[0]
	mustAdd(t, s, []attrition.Claim{old})
	fix := Claims()[0]
	fix.Best, fix.Low, fix.High = attrition.Float(1.05e6), attrition.Float(1.05e6), attrition.Float(1.05e6)
	fix.Supersedes = old.ID
	mustAdd(t, s, []attrition.Claim{fix})
	all := mustFind(t, s, attrition.ClaimFilter{})
	if len(all) != 2 {
		t.Fatalf("found %d claims, want the original and its correction", len(all))
	}
	g := byID(all)
	if _, ok := g[old.ID]; !ok {
		t.Error("the corrected claim was lost")
	}
	fixed := normalized([]attrition.Claim{fix})[0]
	if g[fixed.ID].Supersedes != old.ID {
		t.Errorf("correction supersedes %q, want %q", g[fixed.ID].Supersedes, old.ID)
	}
}

func testFilters(t *testing.T, s attrition.ClaimStore) {
	in := Claims()
	mustAdd(t, s, in)
	all := mustFind(t, s, attrition.ClaimFilter{})
	yes, no := true, false
	ids := normalized(in)
	for _, f := range []attrition.ClaimFilter{
		{Actor: "Russia"},
		{Actor: "Ukraine"},
		{Actor: "Nobody"},
		{Category: "killed"},
		{Category: "equipment:tanks"},
		{Population: "military"},
		{Source: "uk ministry"},
		{Source: "GENERAL  staff"},
		{Dataset: "scarnecchia-oryx"},
		{From: attrition.MustDate("2024-01-01")},
		{To: attrition.MustDate("2023-12-31")},
		{From: attrition.MustDate("2023-12-31"), To: attrition.MustDate("2024-06-01")},
		{Derived: &yes},
		{Derived: &no},
		{IDs: []string{ids[0].ID, ids[3].ID, "nope"}},
		{Actor: "Russia", Category: "casualties", Source: "UK"},
		{Limit: 2},
		{Actor: "Russia", Limit: 3},
		{Source: "o", Limit: 1},
	} {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			got := mustFind(t, s, f)
			var want []attrition.Claim
			for i := range all {
				if f.Matches(&all[i]) && (f.Limit == 0 || len(want) < f.Limit) {
					want = append(want, all[i])
				}
			}
			if !sameIDs(got, want) {
				t.Errorf("got %v, want %v", idList(got), idList(want))
			}
		})
	}
	// Ordered by the day each claim speaks of.
	for i := 1; i < len(all); i++ {
		if asOf(all[i]) < asOf(all[i-1]) {
			t.Errorf("claims out of order: %s after %s", asOf(all[i]), asOf(all[i-1]))
		}
	}
}

func asOf(c attrition.Claim) attrition.Date {
	if !c.PeriodEnd.IsZero() {
		return c.PeriodEnd
	}
	return c.Document.Published
}

func idList(cs []attrition.Claim) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.ID[:8])
	}
	return out
}

func sameIDs(a, b []attrition.Claim) bool {
	return reflect.DeepEqual(idList(a), idList(b))
}

func testManyIDs(t *testing.T, s attrition.ClaimStore) {
	base := Claims()[1]
	var batch []attrition.Claim
	for i := 0; i < 1300; i++ {
		c := base
		c.Low, c.High = attrition.Float(float64(i)), attrition.Float(float64(i+1))
		c.PeriodEnd = attrition.MustDate("2025-01-01").AddDays(i % 97)
		batch = append(batch, c)
	}
	if r := mustAdd(t, s, batch); r.Added != len(batch) {
		t.Fatalf("added %d of %d", r.Added, len(batch))
	}
	var want []string
	for i, c := range normalized(batch) {
		if i%2 == 0 {
			want = append(want, c.ID)
		}
	}
	got := mustFind(t, s, attrition.ClaimFilter{IDs: want})
	if len(got) != len(want) {
		t.Fatalf("found %d claims by ID, want %d", len(got), len(want))
	}
	all := mustFind(t, s, attrition.ClaimFilter{})
	var ordered []attrition.Claim
	f := attrition.ClaimFilter{IDs: want}
	for i := range all {
		if f.Matches(&all[i]) {
			ordered = append(ordered, all[i])
		}
	}
	if !sameIDs(got, ordered) {
		t.Error("claims found by many IDs are not in ledger order")
	}
	got = mustFind(t, s, attrition.ClaimFilter{IDs: want, Limit: 10})
	if !sameIDs(got, ordered[:10]) {
		t.Errorf("limit with many IDs: got %v, want %v", idList(got), idList(ordered[:10]))
	}
}

func testCallerUntouched(t *testing.T, s attrition.ClaimStore) {
	in := Claims()
	before := fmt.Sprintf("%+v", in)
	mustAdd(t, s, in)
	if after := fmt.Sprintf("%+v", in); after != before {
		t.Error("AddClaims modified the caller's claims")
	}
}

func testEmpty(t *testing.T, s attrition.ClaimStore) {
	r := mustAdd(t, s, nil)
	if r != (attrition.AddResult{}) {
		t.Errorf("AddClaims(nil) = %+v", r)
	}
	if got := mustFind(t, s, attrition.ClaimFilter{Actor: "Russia"}); len(got) != 0 {
		t.Errorf("empty ledger found %d claims", len(got))
	}
}

// manyClaims returns n distinct valid claims.
func manyClaims(n, seed int) []attrition.Claim {
	base := Claims()[1]
	out := make([]attrition.Claim, n)
	for i := range out {
		c := base
		v := float64(seed*1_000_000 + i)
		c.Low, c.High = attrition.Float(v), attrition.Float(v+1)
		c.PeriodEnd = attrition.MustDate("2024-01-01").AddDays(i % 500)
		c.Document.URL = fmt.Sprintf("https://example.org/%d/%d", seed, i/25)
		out[i] = c
	}
	return out
}

// testLargeImport: imports large enough for a store to take a bulk path
// count and deduplicate exactly as small ones do.
func testLargeImport(t *testing.T, s attrition.ClaimStore) {
	first := manyClaims(300, 1)
	mustAdd(t, s, first)
	fresh := manyClaims(7700, 2)
	batch := append(append(append([]attrition.Claim{}, first...), fresh...), fresh[:50]...)
	r := mustAdd(t, s, batch)
	if r != (attrition.AddResult{Read: 8050, Added: 7700, Present: 350}) {
		t.Errorf("large import = %+v, want 7700 added, 350 present", r)
	}
	if n := mustCount(t, s); n != 8000 {
		t.Errorf("CountClaims = %d, want 8000", n)
	}
	r = mustAdd(t, s, batch)
	if r != (attrition.AddResult{Read: 8050, Present: 8050}) {
		t.Errorf("the same large import again = %+v, want all present", r)
	}
	again := manyClaims(9000, 3)
	r = mustAdd(t, s, again)
	if r.Added != 9000 {
		t.Errorf("a second large import added %d of 9000", r.Added)
	}
	norm := normalized(fresh[:3])
	got := mustFind(t, s, attrition.ClaimFilter{IDs: []string{norm[0].ID, norm[1].ID, norm[2].ID}})
	if !reflect.DeepEqual(byID(got), byID(norm)) {
		t.Errorf("claims of a large import changed in the ledger")
	}
	// Still one claim per identity: adding one more is an addition.
	if r := mustAdd(t, s, manyClaims(1, 4)); r.Added != 1 {
		t.Errorf("small import after large ones: %+v", r)
	}
	if r := mustAdd(t, s, first[:1]); r.Present != 1 {
		t.Errorf("a stored claim was not recognised after large imports: %+v", r)
	}
}
