package sqlite_test

import (
	"context"
	"database/sql"
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
	if !before["claims_id"] || !before["claims_actor_category"] {
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
