package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/postgres"
	"github.com/attrition-project/attrition/storetest"
	"github.com/jackc/pgx/v5"
)

// serverURL returns the test server's URL, or skips: .ci/run starts one
// with scripts/start-postgres.sh and exports ATTRITION_TEST_POSTGRES.
func serverURL(t *testing.T) string {
	u := os.Getenv("ATTRITION_TEST_POSTGRES")
	if u == "" {
		t.Skip("ATTRITION_TEST_POSTGRES is not set; start a server with: export ATTRITION_TEST_POSTGRES=$(scripts/start-postgres.sh)")
	}
	return u
}

// freshSchema returns a URL whose connections see a new, empty schema of
// their own, dropped when the test ends: each test starts on an empty
// ledger without the cost of a new database.
func freshSchema(t *testing.T, base string) string {
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestStore(t *testing.T) {
	base := serverURL(t)
	storetest.Run(t, func(t *testing.T) attrition.ClaimStore {
		db, err := postgres.Open(context.Background(), freshSchema(t, base))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestReopenKeepsClaimsAndSchema(t *testing.T) {
	ctx := context.Background()
	u := freshSchema(t, serverURL(t))
	db, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.AddClaims(ctx, storetest.Claims())
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.CountClaims(ctx)
	if err != nil || n != r.Added || n == 0 {
		t.Errorf("after reopening: %d claims (%v), want %d", n, err, r.Added)
	}
	if v, err := db.SchemaVersion(ctx); err != nil || v < 1 {
		t.Errorf("schema version %d (%v)", v, err)
	}
}

func TestOpenBadURL(t *testing.T) {
	if db, err := postgres.Open(context.Background(), "postgres://127.0.0.1:1/none?connect_timeout=1"); err == nil {
		db.Close()
		t.Fatal("Open of a server that is not there succeeded")
	}
	if _, err := postgres.Open(context.Background(), "postgres://%zz"); attrition.ErrorCode(err) != attrition.EINVALID {
		t.Fatalf("malformed URL: %v, want EINVALID", err)
	}
}
