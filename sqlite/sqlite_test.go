package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/sqlite"
	"github.com/attrition-project/attrition/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) attrition.ClaimStore {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestStoreInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) attrition.ClaimStore {
		db, err := sqlite.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestReopenKeepsClaimsAndSchema(t *testing.T) {
	ctx := context.Background()
	// A name SQLite's URI syntax would otherwise cut short.
	path := filepath.Join(t.TempDir(), "odd?name#1%.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.AddClaims(attrition.WithImportFiles(ctx, []string{"a.jsonl"}), storetest.Claims())
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("ledger not at the path given: %v", err)
	}
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.CountClaims(ctx)
	if err != nil || n != r.Added {
		t.Errorf("after reopening: %d claims (%v), want %d", n, err, r.Added)
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil || v < 1 {
		t.Errorf("schema version %d (%v)", v, err)
	}
	imports, err := db.Imports(ctx)
	if err != nil || len(imports) != 1 || imports[0].Files[0] != "a.jsonl" || imports[0].Added != r.Added {
		t.Errorf("imports = %+v (%v)", imports, err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		if db, err := sqlite.Open(ctx, path); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", path)
		}
	}
}

// TestBulkImportRebuildsIndexes: a large import into a small ledger drops
// and rebuilds the claims' indexes; they must all be back, and unique.
func TestBulkImportRebuildsIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bulk.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	indexes := func() map[string]bool {
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		rows, err := raw.Query(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims'`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]bool{}
		for rows.Next() {
			var n string
			rows.Scan(&n)
			out[n] = true
		}
		return out
	}
	before := indexes()
	if !before["claims_id"] || !before["claims_series"] {
		t.Fatalf("schema lacks its indexes: %v", before)
	}
	claims := benchClaims(20_000)
	if r, err := db.AddClaims(ctx, claims); err != nil || r.Added != len(claims) {
		t.Fatalf("AddClaims = %+v, %v", r, err)
	}
	if after := indexes(); !reflect.DeepEqual(after, before) {
		t.Errorf("indexes after a bulk import %v, want %v", after, before)
	}
	if r, err := db.AddClaims(ctx, claims[:10]); err != nil || r.Present != 10 {
		t.Errorf("re-adding after a bulk import: %+v, %v", r, err)
	}
}

// TestProvenanceColumns: every stored claim names its import and the time
// it was added, whichever insert path stored it.
func TestProvenanceColumns(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "prov.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stamp := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	db.Now = func() time.Time { return stamp }
	for _, batch := range [][]attrition.Claim{storetest.Claims(), benchClaims(150), benchClaims(6000)[150:]} {
		if _, err := db.AddClaims(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	imports, err := db.Imports(ctx)
	if err != nil || len(imports) != 3 {
		t.Fatalf("imports %+v, %v", imports, err)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.Query(`SELECT import_id, added_at, count(*) FROM claims GROUP BY import_id, added_at ORDER BY import_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var id, n int
		var at string
		rows.Scan(&id, &at, &n)
		got = append(got, fmt.Sprintf("%d %s %d", id, at, n))
	}
	want := []string{
		fmt.Sprintf("%d 2026-01-02T03:04:05Z %d", imports[0].ID, len(storetest.Claims())),
		fmt.Sprintf("%d 2026-01-02T03:04:05Z 150", imports[1].ID),
		fmt.Sprintf("%d 2026-01-02T03:04:05Z 5850", imports[2].ID),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims by import: %q, want %q", got, want)
	}
}

func TestOpenErrorsSayWhy(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte("not a ledger\n"), 0o644)
	for path, want := range map[string]string{
		filepath.Join(dir, "missing", "x.db"): "cannot open or create it",
		notDB:                                 "not a SQLite ledger",
	} {
		_, err := sqlite.Open(ctx, path)
		if err == nil || !strings.Contains(err.Error(), want) || attrition.ErrorCode(err) != attrition.EINVALID {
			t.Errorf("Open(%s) = %v (%s), want EINVALID saying %q", path, err, attrition.ErrorCode(err), want)
		}
	}
}

// TestReadWhileImporting: opening and reading a ledger does not wait for
// another connection's import, which holds the write lock.
func TestReadWhileImporting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.AddClaims(ctx, storetest.Claims()); err != nil {
		t.Fatal(err)
	}
	// Another process's long import: a write transaction left open.
	writer, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	tx, err := writer.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO imports (started) VALUES ('now')`); err != nil {
		t.Fatal(err)
	}
	readCtx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	reader, err := sqlite.Open(readCtx, path)
	if err != nil {
		t.Fatalf("opening during an import: %v", err)
	}
	defer reader.Close()
	if n, err := reader.CountClaims(readCtx); err != nil || n != len(storetest.Claims()) {
		t.Errorf("reading during an import: %d, %v", n, err)
	}
}

// streamOf yields claims in batches of size, then err if not nil.
func streamOf(claims []attrition.Claim, size int, err error) func(func([]attrition.Claim, error) bool) {
	return func(yield func([]attrition.Claim, error) bool) {
		for i := 0; i < len(claims); i += size {
			if !yield(claims[i:min(i+size, len(claims))], nil) {
				return
			}
		}
		if err != nil {
			yield(nil, err)
		}
	}
}

// TestAddClaimStream: a stream is one transaction whatever its batches;
// an error from the stream or an invalid claim in a late batch stores
// nothing, and the stream's error comes back as it was.
func TestAddClaimStream(t *testing.T) {
	ctx := context.Background()
	claims := benchClaims(12_000)
	bad := append([]attrition.Claim(nil), claims...)
	bad[11_500].Bound = "sideways"
	readErr := errors.New("disk on fire")
	for _, tc := range []struct {
		name   string
		first  int // claims stored before the stream
		stream func(func([]attrition.Claim, error) bool)
		want   attrition.AddResult
		err    func(error) bool
	}{
		{name: "bulk into empty", stream: streamOf(claims, 1000, nil),
			want: attrition.AddResult{Read: 12_000, Added: 12_000}},
		{name: "small batches with repeats across them", stream: streamOf(append(claims[:3000:3000], claims[:3000]...), 7, nil),
			want: attrition.AddResult{Read: 6000, Added: 3000, Present: 3000}},
		{name: "bulk into a ledger holding some", first: 2000, stream: streamOf(claims, 4096, nil),
			want: attrition.AddResult{Read: 12_000, Added: 10_000, Present: 2000}},
		{name: "small into a larger ledger", first: 11_000, stream: streamOf(claims[10_000:], 100, nil),
			want: attrition.AddResult{Read: 2000, Added: 1000, Present: 1000}},
		{name: "stream error", stream: streamOf(claims, 1000, readErr),
			err: func(err error) bool { return err == readErr }},
		{name: "invalid claim late", stream: streamOf(bad, 1000, nil),
			err: func(err error) bool {
				return attrition.ErrorCode(err) == attrition.EINVALID && strings.Contains(err.Error(), "claim 11500: ")
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if tc.first > 0 {
				if _, err := db.AddClaims(ctx, claims[:tc.first]); err != nil {
					t.Fatal(err)
				}
			}
			r, err := db.AddClaimStream(ctx, tc.stream)
			n, cerr := db.CountClaims(ctx)
			if cerr != nil {
				t.Fatal(cerr)
			}
			if tc.err != nil {
				if err == nil || !tc.err(err) {
					t.Errorf("error %v", err)
				}
				if n != tc.first {
					t.Errorf("a failed stream left %d claims, want %d", n, tc.first)
				}
				return
			}
			if err != nil || r != tc.want {
				t.Fatalf("AddClaimStream = %+v, %v; want %+v", r, err, tc.want)
			}
			if n != tc.first+tc.want.Added {
				t.Errorf("ledger holds %d claims, want %d", n, tc.first+tc.want.Added)
			}
			// Every claim is found by its identity, and once.
			norm, err := attrition.PrepareClaims(claims[:50])
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, c := range norm {
				ids = append(ids, c.ID)
			}
			got, err := db.FindClaims(ctx, attrition.ClaimFilter{IDs: append(ids, "not-an-id", strings.Repeat("zz", 16))})
			if err != nil || len(got) != 50 {
				t.Errorf("FindClaims by ID: %d claims, %v", len(got), err)
			}
		})
	}
}

// TestAddClaimStreamStopsReading: once the store fails, it pulls no
// more batches, and the stream has stopped when AddClaimStream returns.
func TestAddClaimStreamStopsReading(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(ctx)
	claims := benchClaims(1000)
	pulled, running := 0, false
	stream := func(yield func([]attrition.Claim, error) bool) {
		running = true
		defer func() { running = false }()
		for i := 0; ; i++ {
			pulled++
			if i == 20 {
				cancel()
			}
			if !yield(claims[i%10*100:i%10*100+100], nil) {
				return
			}
		}
	}
	if _, err := db.AddClaimStream(ctx, stream); err == nil {
		t.Fatal("an endless stream under a cancelled context was stored")
	}
	if running {
		t.Error("the stream still runs after AddClaimStream returned")
	}
	if pulled > 1000 {
		t.Errorf("pulled %d batches after the store stopped", pulled)
	}
	if n, err := db.CountClaims(context.Background()); err != nil || n != 0 {
		t.Errorf("ledger holds %d claims (%v) after a cancelled import", n, err)
	}
}

// TestSeriesFilters: the actor, category and day filters, which go
// through one integer index, find exactly what the reference filter
// finds, over names that are prefixes of each other and days at the
// edges of what a date can say.
func TestSeriesFilters(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "series.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	actors := []string{"Russia", "Russia ", "Ukraine", "Sudan (RSF)", ""}
	cats := []string{"killed", "killed_or_missing", "equipment:tanks"}
	days := []string{"0000-03-01", "0001-01-01", "2022-02-24", "2024-02-29", "9999-12-31"}
	var claims []attrition.Claim
	for i := 0; i < len(actors)*len(cats)*len(days); i++ {
		d, err := attrition.ParseDate(days[i%len(days)])
		if err != nil {
			t.Fatal(err)
		}
		v := float64(i)
		claims = append(claims, attrition.Claim{Actor: actors[i/len(days)/len(cats)], Category: cats[i/len(days)%len(cats)],
			Best: &v, Bound: attrition.BoundPoint, PeriodEnd: d,
			Document: attrition.Document{URL: "https://example.org/x", Published: attrition.MustDate("2025-01-01")}})
	}
	if _, err := db.AddClaims(ctx, claims); err != nil {
		t.Fatal(err)
	}
	all, err := db.FindClaims(ctx, attrition.ClaimFilter{})
	if err != nil || len(all) != len(claims) {
		t.Fatalf("all claims: %d, %v", len(all), err)
	}
	for _, actor := range actors {
		for _, cat := range append(cats, "") {
			for _, from := range append(days, "") {
				for _, to := range append(days, "") {
					f := attrition.ClaimFilter{Actor: actor, Category: cat}
					f.From, _ = attrition.ParseDate(from)
					f.To, _ = attrition.ParseDate(to)
					var want []string
					for i := range all {
						if f.Matches(&all[i]) {
							want = append(want, all[i].ID)
						}
					}
					got, err := db.FindClaims(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					var gotIDs []string
					for _, c := range got {
						gotIDs = append(gotIDs, c.ID)
					}
					if !reflect.DeepEqual(gotIDs, want) {
						t.Errorf("%+v: %d claims, want %d", f, len(gotIDs), len(want))
					}
				}
			}
		}
	}
}

// TestIdentityKeyCollision: claims are looked up by the first 8 bytes of
// their identity; a stored claim that shares them with a new one (a row
// made so here, since SHA-256 gives none) neither hides the new claim
// nor is returned for it, in small imports and bulk ones alike.
func TestIdentityKeyCollision(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{3, 7000} {
		path := filepath.Join(t.TempDir(), "collide.db")
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		claims := benchClaims(n + 1)
		if _, err := db.AddClaims(ctx, claims[n:]); err != nil {
			t.Fatal(err)
		}
		norm, err := attrition.PrepareClaims(claims[:n])
		if err != nil {
			t.Fatal(err)
		}
		target := norm[0].ID
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		// Same first 16 hex digits, different last ones.
		twin := target[:16] + strings.Repeat("0", 16)
		if twin == target {
			twin = target[:16] + strings.Repeat("1", 16)
		}
		_, err = raw.Exec(`INSERT INTO claims (id, id_key, document_id, category, bound, approx, as_of, quote,
			span_start, span_end, derived, added_at, series_key)
			SELECT unhex(?), ?, document_id, 'killed', 'point', 0, as_of, 'twin', 0, 0, 0, added_at, series_key
			FROM claims LIMIT 1`, twin, keyOf(t, target))
		raw.Close()
		if err != nil {
			t.Fatal(err)
		}
		r, err := db.AddClaims(ctx, claims[:n])
		if err != nil || r.Added != n {
			t.Fatalf("n=%d: AddClaims = %+v, %v; want all %d added", n, r, err, n)
		}
		got, err := db.FindClaims(ctx, attrition.ClaimFilter{IDs: []string{target}})
		if err != nil || len(got) != 1 || got[0].ID != target || got[0].Quote == "twin" {
			t.Errorf("n=%d: FindClaims(target) = %+v, %v", n, got, err)
		}
		got, err = db.FindClaims(ctx, attrition.ClaimFilter{IDs: []string{twin}})
		if err != nil || len(got) != 1 || got[0].Quote != "twin" {
			t.Errorf("n=%d: FindClaims(twin) = %+v, %v", n, got, err)
		}
		if r, err := db.AddClaims(ctx, claims[:1]); err != nil || r.Present != 1 {
			t.Errorf("n=%d: the target again: %+v, %v", n, r, err)
		}
	}
}

// keyOf is the signed big-endian integer of an identity's first 8 bytes.
func keyOf(t *testing.T, id string) int64 {
	t.Helper()
	var k uint64
	for _, c := range id[:16] {
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		default:
			t.Fatalf("identity %q is not lower-case hex", id)
		}
		k = k<<4 | d
	}
	return int64(k)
}
