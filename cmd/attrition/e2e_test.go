package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/claimio"
	"github.com/jackc/pgx/v5"
)

// The -update flag may be registered by another test file of the package;
// whichever registers it first, all share it.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files under testdata/")
	}
}

func e2eUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// e2eEnv is one user's shell: a working directory, environment variables
// and standard input.
type e2eEnv struct {
	t     *testing.T
	dir   string
	env   map[string]string
	stdin string
}

func newE2E(t *testing.T) *e2eEnv {
	return &e2eEnv{t: t, dir: t.TempDir(), env: map[string]string{}}
}

// db is the path of the ledger the tests pass with --db.
func (e *e2eEnv) db() string { return filepath.Join(e.dir, "ledger.db") }

func (e *e2eEnv) path(name string) string { return filepath.Join(e.dir, name) }

func (e *e2eEnv) write(name, content string) string {
	e.t.Helper()
	p := e.path(name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// run runs the real Main and returns stdout, stderr and the exit code.
func (e *e2eEnv) run(args ...string) (string, string, int) {
	e.t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(e.stdin),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string { return e.env[k] },
	}
	code := m.ExitCode(m.Run(context.Background(), args))
	return stdout.String(), stderr.String(), code
}

// ok runs a command that must succeed and returns its stdout.
func (e *e2eEnv) ok(args ...string) string {
	e.t.Helper()
	out, errOut, code := e.run(args...)
	if code != 0 {
		e.t.Fatalf("attrition %s: exit %d\nstderr: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// ledgerJSONL is the whole ledger as JSONL.
func (e *e2eEnv) ledgerJSONL() string {
	e.t.Helper()
	return e.ok("claims", "--db", e.db(), "--format", "jsonl")
}

// threeClaims are the worked example of claims.md, as a user would type
// them: every field present, nulls included.
const threeClaims = `{"actor":"Russia","population":"military","category":"casualties","status":null,"per":null,"low":1000000,"high":1000000,"best":1000000,"bound":"point","approx":true,"period_start":"2022-02-24","period_end":"2025-06-12","likelihood":"likely","probability":[0.55,0.75],"source":"UK Ministry of Defence","document":{"url":"https://example.org/di-2025-06-12","title":"UK Defence Intelligence update","published":"2025-06-12"},"quote":"approximately one million casualties","span":[120,156],"derived":false,"flags":[]}
{"actor":"Russia","population":"military","category":"permanent_losses","status":null,"per":null,"low":400000,"high":500000,"best":null,"bound":"range","approx":false,"period_start":"2022-02-24","period_end":"2025-06-12","likelihood":"likely","probability":[0.55,0.75],"source":"UK Ministry of Defence","document":{"url":"https://example.org/di-2025-06-12","title":"UK Defence Intelligence update","published":"2025-06-12"},"quote":"between 400,000 and 500,000","span":[300,327],"derived":false,"flags":[]}
{"actor":"Russia","population":"military","category":"casualties","status":null,"per":null,"low":200000,"high":200000,"best":200000,"bound":"point","approx":false,"period_start":"2025-07-01","period_end":"2025-12-31","likelihood":null,"probability":null,"source":"UK Ministry of Defence","document":{"url":"https://example.org/di-2025-06-12","title":"UK Defence Intelligence update","published":"2025-06-12"},"quote":"200,000","span":[400,407],"derived":false,"flags":["period_after_publication","arithmetic_mismatch"]}
`

// jsonObjects decodes JSONL into generic objects, dropping the ids the
// ledger adds and sorting flags as the ledger keeps them.
func jsonObjects(t *testing.T, jsonl string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		delete(m, "id")
		if fl, ok := m["flags"].([]any); ok {
			var s []string
			for _, f := range fl {
				s = append(s, f.(string))
			}
			sortStrings(s)
			m["flags"] = toAny(s)
		}
		out = append(out, m)
	}
	return out
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func toAny(s []string) []any {
	out := []any{}
	for _, v := range s {
		out = append(out, v)
	}
	return out
}

// TestNewUser follows issue 2's walk-through: ingest three claims, list
// them with every field intact, ingest again, try a file with bad rows,
// and take the CSV export back in.
func TestNewUser(t *testing.T) {
	e := newE2E(t)
	good := e.write("good.jsonl", threeClaims)

	out := e.ok("ingest", "--db", e.db(), good)
	if out != "read 3, added 3, already present 0\n" {
		t.Errorf("first ingest printed %q", out)
	}
	listed := e.ledgerJSONL()
	if got, want := jsonObjects(t, listed), jsonObjects(t, threeClaims); !reflect.DeepEqual(got, want) {
		t.Errorf("claims --format jsonl changed the claims:\ngot  %v\nwant %v", got, want)
	}
	for _, line := range strings.Split(strings.TrimSpace(listed), "\n") {
		var m map[string]any
		json.Unmarshal([]byte(line), &m)
		if id, _ := m["id"].(string); len(id) != 32 {
			t.Errorf("listed claim has id %q, want a 32-hex content hash", id)
		}
	}

	out = e.ok("ingest", "--db", e.db(), good)
	if out != "read 3, added 0, already present 3\n" {
		t.Errorf("second ingest printed %q", out)
	}
	if again := e.ledgerJSONL(); again != listed {
		t.Error("ingesting the same file again changed the ledger")
	}

	lines := strings.Split(threeClaims, "\n")
	bad := e.write("bad.jsonl", lines[0]+"\n"+
		strings.Replace(lines[1], `"category":"permanent_losses"`, `"category":"killed"`, 1)+"\n"+
		strings.Replace(lines[2], `"low":200000`, `"low":300000`, 1)+"\n"+ // low > high
		strings.Replace(lines[0], `"casualties"`, `"casualities"`, 1)+"\n"+ // unknown category
		"this line is not JSON\n"+
		strings.Replace(lines[2], `"2025-12-31"`, `"2026-01-31"`, 1)+"\n")
	stdout, stderr, code := e.run("ingest", "--db", e.db(), bad)
	if code != 1 {
		t.Errorf("bad file: exit %d, want 1", code)
	}
	if stdout != "" {
		t.Errorf("bad file printed a summary: %q", stdout)
	}
	for _, want := range []string{
		bad + ":3: low: greater than high",
		bad + `:4: category: unknown category "casualities"`,
		bad + ":5: not a JSON object",
		"attrition: 3 bad row(s); nothing was stored",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, notBad := range []string{":1:", ":2:", ":6:"} {
		if strings.Contains(stderr, notBad) {
			t.Errorf("stderr names a good line (%s):\n%s", notBad, stderr)
		}
	}
	if after := e.ledgerJSONL(); after != listed {
		t.Error("a file with bad rows changed the ledger")
	}

	csvOut := e.ok("claims", "--db", e.db(), "--format", "csv")
	exported := e.write("export.csv", csvOut)
	fresh := e.path("fresh.db")
	if out := e.ok("ingest", "--db", fresh, exported); out != "read 3, added 3, already present 0\n" {
		t.Errorf("ingesting the CSV export printed %q", out)
	}
	if back := e.ok("claims", "--db", fresh, "--format", "jsonl"); back != listed {
		t.Errorf("the CSV export did not ingest back to the same claims:\ngot\n%s\nwant\n%s", back, listed)
	}
	if out := e.ok("ingest", "--db", e.db(), exported); out != "read 3, added 0, already present 3\n" {
		t.Errorf("the CSV export into its own ledger printed %q", out)
	}
}

// TestLedgerLocation checks cli.md's order: --db, then ATTRITION_DB, then
// attrition.db in the working directory; PostgreSQL URLs are refused
// clearly.
func TestLedgerLocation(t *testing.T) {
	e := newE2E(t)
	t.Chdir(e.dir)
	good := e.write("good.jsonl", threeClaims)

	e.ok("ingest", good)
	if _, err := os.Stat(filepath.Join(e.dir, "attrition.db")); err != nil {
		t.Errorf("default ledger not in the working directory: %v", err)
	}

	e.env["ATTRITION_DB"] = e.path("from-env.db")
	e.ok("ingest", good)
	if _, err := os.Stat(e.path("from-env.db")); err != nil {
		t.Errorf("ATTRITION_DB not used: %v", err)
	}
	e.ok("ingest", "--db", e.path("from-flag.db"), good)
	if _, err := os.Stat(e.path("from-flag.db")); err != nil {
		t.Errorf("--db not used over ATTRITION_DB: %v", err)
	}
	if n := strings.Count(e.ok("claims", "--format", "jsonl"), "\n"); n != 3 {
		t.Errorf("claims with ATTRITION_DB listed %d claims, want 3", n)
	}

	// A PostgreSQL URL selects PostgreSQL: with no server there, the
	// command fails naming the server, never its password.
	for _, url := range []string{"postgres://u:secret@127.0.0.1:1/attrition?connect_timeout=2", "postgresql://127.0.0.1:1/x?connect_timeout=2"} {
		_, stderr, code := e.run("claims", "--db", url)
		if code != 1 || !strings.Contains(stderr, "127.0.0.1:1") {
			t.Errorf("--db %s: exit %d, stderr %q", url, code, stderr)
		}
		if strings.Contains(stderr, "secret") {
			t.Errorf("password printed: %q", stderr)
		}
	}
}

// TestPostgresLedger runs the new user's tour on a PostgreSQL ledger:
// the same commands, the same answers. It needs a server:
// export ATTRITION_TEST_POSTGRES=$(scripts/start-postgres.sh)
func TestPostgresLedger(t *testing.T) {
	base := os.Getenv("ATTRITION_TEST_POSTGRES")
	if base == "" {
		t.Skip("ATTRITION_TEST_POSTGRES is not set; start a server with: export ATTRITION_TEST_POSTGRES=$(scripts/start-postgres.sh)")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("e2e_%d", time.Now().UnixNano())
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	defer conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()

	e := newE2E(t)
	e.env["ATTRITION_DB"] = u.String()
	good := e.write("good.jsonl", threeClaims)
	if out := e.ok("ingest", good); !strings.Contains(out, "added 3") {
		t.Errorf("first ingest: %q", out)
	}
	if out := e.ok("ingest", good); !strings.Contains(out, "added 0") {
		t.Errorf("second ingest added claims: %q", out)
	}
	pg := e.ok("claims", "--format", "jsonl")
	e.env["ATTRITION_DB"] = e.db()
	e.ok("ingest", good)
	if lite := e.ok("claims", "--format", "jsonl"); lite != pg {
		t.Errorf("PostgreSQL and SQLite ledgers list the same claims differently:\n%s\n%s", pg, lite)
	}
}

// TestHelpAndUsage: --help exits 0 and says what the command does; a bad
// command line exits 2 with attrition: <what>: <why>.
func TestHelpAndUsage(t *testing.T) {
	e := newE2E(t)
	for _, cmd := range []string{"ingest", "claims"} {
		for _, h := range []string{"--help", "-h"} {
			out, _, code := e.run(cmd, h)
			if code != 0 || !strings.Contains(out, "Usage: attrition "+cmd) || !strings.Contains(out, "-db") {
				t.Errorf("%s %s: exit %d, stdout %q", cmd, h, code, out)
			}
		}
	}
	good := e.write("good.jsonl", threeClaims)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"ingest"}, "attrition: ingest: no input files"},
		{[]string{"ingest", "--nope", good}, "attrition: ingest: flag provided but not defined: -nope"},
		{[]string{"ingest", "--format", "xml", good}, `attrition: ingest: unknown format "xml"`},
		{[]string{"ingest", "--format", "jsonl", "--map", "low=a", good}, "--map applies to CSV"},
		{[]string{"ingest", "--map", "nokey", good}, `"nokey" is not key=value`},
		{[]string{"ingest", "-", "-"}, "standard input) given twice"},
		{[]string{"claims", "--from", "yesterday"}, `attrition: claims: --from: malformed date "yesterday"`},
		{[]string{"claims", "--from", "2025-02-01", "--to", "2025-01-01"}, "is after --to"},
		{[]string{"claims", "--category", "tankz"}, `unknown category "tankz"`},
		{[]string{"claims", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"claims", "--population", "soldiers"}, `unknown population "soldiers"`},
		{[]string{"claims", "--limit", "-1"}, "--limit must not be negative"},
		{[]string{"claims", "Russia"}, `unexpected argument "Russia"`},
	} {
		_, stderr, code := e.run(tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	// The unknown-format error and the help list the dataset formats.
	_, stderr, _ := e.run("ingest", "--format", "xml", good)
	out, _, _ := e.run("ingest", "--help")
	for _, f := range importerFormats() {
		if !strings.Contains(stderr, f) || !strings.Contains(out, f) {
			t.Errorf("dataset format %q missing from the error or the help", f)
		}
	}
	if _, err := os.Stat(e.db()); err == nil {
		t.Error("a usage error created a ledger")
	}
}

// TestTableGolden pins the human table of the worked example.
func TestTableGolden(t *testing.T) {
	e := newE2E(t)
	e.ok("ingest", "--db", e.db(), e.write("good.jsonl", threeClaims))
	got := e.ok("claims", "--db", e.db())
	path := filepath.Join("testdata", "claims_table.golden")
	if e2eUpdate() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("claims table differs (go test -update to accept):\ngot:\n%s\nwant:\n%s", got, want)
	}
	// The table is a view of the same claims the JSONL gives.
	cs, err := claimio.ReadJSONL(strings.NewReader(e.ledgerJSONL()), "ledger")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if !strings.Contains(got, c.ID[:8]) || !strings.Contains(got, claimio.Figure(&c)) {
			t.Errorf("table lacks claim %s (%s)", c.ID[:8], claimio.Figure(&c))
		}
	}
}

func sharedData(t *testing.T, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared dataset %s not present (%v); the test needs /work/shared/data next to the repository", filepath.Join(parts...), err)
	}
	return p
}

var _ = attrition.EINVALID
