// Package postgres is the ledger on PostgreSQL (pgx), for teams that share
// one ledger and for ledgers larger than a file should hold. It implements
// attrition.ClaimStore with the same rules as the SQLite ledger and passes
// the same behaviour suite (storetest).
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/internal/migrate"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open ledger.
type DB struct {
	pool *pgxpool.Pool
	// Now stamps claims and imports; tests replace it.
	Now func() time.Time
}

var _ attrition.ClaimStore = (*DB)(nil)

// Open connects to the database at url (postgres:// or postgresql://)
// and brings its schema up to date.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "postgres: bad URL: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	db := &DB{pool: pool, Now: time.Now}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return db, nil
}

// Close closes the connection pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// migrateLock serialises migrations of concurrent first openings.
const migrateLock = 0x61747472 // "attr"

// migrate applies the migrations the database has not seen in one
// transaction: a failed upgrade leaves the previous schema intact.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var current int
	err = tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&current)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	case err != nil:
		return fmt.Errorf("migrate: %w", err)
	}
	if n := len(ms); n > 0 && current > ms[n-1].Version {
		return attrition.Errorf(attrition.EINVALID, "schema version %d is newer than this program knows (%d): upgrade attrition", current, ms[n-1].Version)
	}
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE schema_version SET version = $1`, m.Version); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return tx.Commit(ctx)
}

// SchemaVersion returns the version of the last migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.pool.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v)
	return v, err
}

// CountClaims returns how many claims the ledger holds.
func (db *DB) CountClaims(ctx context.Context) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM claims`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: count claims: %w", err)
	}
	return n, nil
}
