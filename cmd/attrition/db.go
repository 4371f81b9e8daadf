package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/postgres"
	"github.com/attrition-project/attrition/sqlite"
)

// defaultDB is the ledger used when neither --db nor ATTRITION_DB says
// otherwise (cli.md).
const defaultDB = "attrition.db"

// dbFlagUsage is the help text of every command's --db flag.
const dbFlagUsage = "ledger `PATH` or postgres:// URL (default $ATTRITION_DB, else " + defaultDB + ")"

// dbLocation resolves where the ledger lives: --db, then ATTRITION_DB,
// then attrition.db in the working directory.
func (m *Main) dbLocation(dbFlag string) string {
	if dbFlag != "" {
		return dbFlag
	}
	if m.Getenv != nil {
		if v := strings.TrimSpace(m.Getenv("ATTRITION_DB")); v != "" {
			return v
		}
	}
	return defaultDB
}

// openStore opens the ledger every command that reads or writes claims
// uses.
func (m *Main) openStore(ctx context.Context, dbFlag string) (attrition.ClaimStore, error) {
	loc := m.dbLocation(dbFlag)
	lower := strings.ToLower(loc)
	if strings.HasPrefix(lower, "postgres://") || strings.HasPrefix(lower, "postgresql://") {
		db, err := postgres.Open(ctx, loc)
		if err != nil {
			// The URL may carry a password: the message names the server
			// without it (pgx redacts its own messages too).
			return nil, fmt.Errorf("ledger %s: %w", redactURL(loc), err)
		}
		return db, nil
	}
	db, err := sqlite.Open(ctx, loc)
	if err != nil {
		return nil, err
	}
	return db, nil
}

// redactURL hides a password in a database URL before it is printed.
func redactURL(s string) string {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok {
		return s
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return s
	}
	user, _, hasPass := strings.Cut(rest[:at], ":")
	if !hasPass {
		return s
	}
	return scheme + "://" + user + ":xxxxx" + rest[at:]
}

// openExistingStore opens a ledger for reading: a SQLite path that holds
// no file is a mistyped path or a missing ingest, not a wish for an
// empty ledger, so it is refused instead of created.
func (m *Main) openExistingStore(ctx context.Context, dbFlag string) (attrition.ClaimStore, error) {
	if loc := m.newLedgerFile(dbFlag); loc != "" {
		return nil, attrition.Errorf(attrition.ENOTFOUND, "no ledger at %s: ingest claims first, or name the ledger with --db or ATTRITION_DB", loc)
	}
	return m.openStore(ctx, dbFlag)
}

// newLedgerFile returns the SQLite file a command is about to create, or
// "" when the ledger already exists or is not a file (PostgreSQL, memory).
func (m *Main) newLedgerFile(dbFlag string) string {
	loc := m.dbLocation(dbFlag)
	lower := strings.ToLower(loc)
	if strings.HasPrefix(lower, "postgres://") || strings.HasPrefix(lower, "postgresql://") || loc == ":memory:" {
		return ""
	}
	if _, err := os.Stat(loc); errors.Is(err, fs.ErrNotExist) {
		return loc
	}
	return ""
}
