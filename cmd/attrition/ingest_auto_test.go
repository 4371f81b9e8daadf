package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestAutoDetectsDatasets: without --format, the published dataset
// files are recognised by their first bytes and read by their importers,
// next to a claims.md file in the same run.
func TestIngestAutoDetectsDatasets(t *testing.T) {
	files := []string{
		filepath.Join(importE2EData, "petroivaniuk-ua-genstaff", "russia_losses_personnel.json"),
		filepath.Join(importE2EData, "lod-orc-losses", "russian-losses.json"),
		filepath.Join(importE2EData, "economist-estimates", "estimates.csv"),
		filepath.Join(importE2EData, "scarnecchia-oryx", "daily_count_baseline2023-02-25.csv"),
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("shared dataset not found (%v); the test reads ../shared/data beside the repository", err)
		}
	}
	e := newE2E(t)
	good := e.write("good.jsonl", threeClaims)
	e.ok(append([]string{"ingest", "--db", e.db(), good}, files...)...)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--dataset", "petroivaniuk-ua-genstaff", "--category", "casualties", "--from", "2023-12-04", "--to", "2023-12-04"}, "332,810"},
		{[]string{"--dataset", "lod-orc-losses", "--category", "casualties", "--from", "2025-06-12", "--to", "2025-06-12"}, "1,000,340"},
		{[]string{"--dataset", "economist-estimates", "--limit", "1"}, "Russia"},
		{[]string{"--dataset", "scarnecchia-oryx", "--category", "equipment:tanks", "--limit", "1"}, "Oryx"},
	} {
		out := e.ok(append([]string{"claims", "--db", e.db()}, tc.args...)...)
		if !strings.Contains(out, tc.want) {
			t.Errorf("claims %s: output lacks %q:\n%s", strings.Join(tc.args, " "), tc.want, out)
		}
	}
}

// TestReadCommandsRefuseMissingLedger: a mistyped --db is reported, not
// answered from a new empty ledger left behind at that path.
func TestReadCommandsRefuseMissingLedger(t *testing.T) {
	e := newE2E(t)
	missing := e.path("mistyped.db")
	for _, args := range [][]string{
		{"claims", "--db", missing},
		{"estimate", "--db", missing, "--actor", "Russia", "--category", "casualties"},
		{"report", "--db", missing, "--actor", "Russia"},
	} {
		_, stderr, code := e.run(args...)
		if code != 1 || !strings.Contains(stderr, "no ledger at "+missing) {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, stderr)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("%s created a ledger at the mistyped path", args[0])
		}
	}
}

// TestFailedFirstIngestLeavesNoLedger: when the first import into a new
// ledger fails, no empty ledger file is left behind; a failed import into
// an existing ledger leaves it as it was.
func TestFailedFirstIngestLeavesNoLedger(t *testing.T) {
	e := newE2E(t)
	bad := e.write("bad.jsonl", "not json\n")
	if _, _, code := e.run("ingest", "--db", e.db(), bad); code != 1 {
		t.Fatalf("bad file: exit %d, want 1", code)
	}
	for _, f := range []string{e.db(), e.db() + "-wal", e.db() + "-shm"} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("failed first import left %s behind", f)
		}
	}
	good := e.write("good.jsonl", threeClaims)
	e.ok("ingest", "--db", e.db(), good)
	if _, _, code := e.run("ingest", "--db", e.db(), bad); code != 1 {
		t.Fatalf("bad file into an existing ledger: exit %d, want 1", code)
	}
	if n := strings.Count(e.ok("claims", "--db", e.db(), "--format", "jsonl"), "\n"); n != 3 {
		t.Errorf("existing ledger holds %d claims after a failed import, want 3", n)
	}
}
