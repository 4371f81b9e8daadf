package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/estimate"
	"github.com/attrition-project/attrition/httpapi"
)

func init() {
	register(command{
		name:    "serve",
		summary: "serve the JSON API and the dashboard over the ledger",
		run:     runServe,
	})
}

func runServe(m *Main, ctx context.Context, args []string) error {
	fs := m.newFlagSet("serve", "[--addr 127.0.0.1:8080] [--db PATH]")
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on")
	db := fs.String("db", "", dbFlagUsage)
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve: unexpected argument %q", fs.Arg(0))
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return usagef("serve: --addr %q: want host:port", *addr)
	}
	store, err := m.openStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer store.Close()
	return m.serveLedger(ctx, store, *addr)
}

// serveLedger serves the API and the dashboard over store until ctx ends
// (Ctrl-C), printing the address once it listens.
func (m *Main) serveLedger(ctx context.Context, store attrition.ClaimStore, addr string) error {
	srv := httpapi.New(store, estimate.New(store))
	srv.Logger = slog.New(slog.NewTextHandler(m.Stderr, nil))
	err := srv.ListenAndServe(ctx, addr, func(bound string) {
		fmt.Fprintf(m.Stdout, "Serving the dashboard at http://%s/ (API under /api/v1; Ctrl-C stops)\n", bound)
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
