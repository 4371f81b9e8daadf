// Package sqlite is the ledger on SQLite (modernc.org/sqlite, pure Go):
// documents, the claims read from them and the imports that brought them
// in. It implements attrition.ClaimStore, and attrition.ClaimStreamAdder
// so that a large file is stored while it is parsed. The database runs in
// WAL mode so that readers (the dashboard, estimation) never wait for an
// import.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/internal/migrate"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open ledger.
type DB struct {
	db   *sql.DB
	path string
	// Now stamps claims and imports; tests replace it.
	Now func() time.Time
}

var _ attrition.ClaimStore = (*DB)(nil)

// Open opens (creating if needed) the ledger at path and brings its schema
// up to date. ":memory:" gives a private in-memory ledger.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, attrition.Errorf(attrition.EINVALID, "sqlite: empty database path")
	}
	memory := path == ":memory:"
	dsn := dataSourceName(path, memory)
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if memory {
		// Every connection to ":memory:" is a different database.
		sdb.SetMaxOpenConns(1)
	}
	db := &DB{db: sdb, path: path, Now: time.Now}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, openError(path, err)
	}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, openError(path, err)
	}
	return db, nil
}

// openError says what a user can do about a ledger that will not open:
// a wrong path or a file that is not a ledger is the caller's mistake
// (EINVALID), anything else is reported as it came.
func openError(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unable to open database file"):
		return attrition.Errorf(attrition.EINVALID, "ledger %s: cannot open or create it (does its folder exist, may it be written?)", path)
	case strings.Contains(msg, "file is not a database"):
		return attrition.Errorf(attrition.EINVALID, "ledger %s: not a SQLite ledger (file is not a database)", path)
	}
	return fmt.Errorf("ledger %s: %w", path, err)
}

// dataSourceName builds a URI filename so that any path (with '?' or '#'
// in it) opens the file it names.
func dataSourceName(path string, memory bool) string {
	// Statement journals and sorts stay in memory: a multi-row INSERT
	// would otherwise write a temporary file as it goes.
	params := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=temp_store(MEMORY)&_txlock=immediate"
	if memory {
		return "file::memory:?" + params
	}
	// WAL: readers do not block the writer nor it them. synchronous=NORMAL
	// is durable across application crashes in WAL mode and avoids an
	// fsync per transaction.
	params += "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	r := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23")
	return "file:" + r.Replace(path) + "?" + params
}

// Path returns the path the ledger was opened with.
func (db *DB) Path() string { return db.path }

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// migrate applies the migrations the database has not seen, all in one
// transaction, so a failed upgrade leaves the previous schema intact.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrate.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	// An up-to-date ledger is only read: taking the write lock here would
	// make every reader wait for a long import to finish.
	var current int
	if err := db.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&current); err == nil &&
		len(ms) > 0 && current == ms[len(ms)-1].Version {
		return nil
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	err = tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&current)
	switch {
	case err == sql.ErrNoRows:
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	case err != nil:
		return fmt.Errorf("migrate: %w", err)
	}
	if n := len(ms); n > 0 && current > ms[n-1].Version {
		return attrition.Errorf(attrition.EINVALID, "schema version %d is newer than this program knows (%d): upgrade attrition", current, ms[n-1].Version)
	}
	applied := false
	for _, m := range ms {
		if m.Version <= current {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, m.Version); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		applied = true
	}
	if !applied {
		return nil
	}
	return tx.Commit()
}

// SchemaVersion returns the version of the last migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	return v, err
}

// CountClaims returns how many claims the ledger holds.
func (db *DB) CountClaims(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM claims`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count claims: %w", err)
	}
	return n, nil
}
