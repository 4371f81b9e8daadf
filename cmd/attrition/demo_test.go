package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/reference"
	"github.com/attrition-project/attrition/sqlite"
)

// The -update flag rewrites golden files. Another test file of the package
// may have registered it already (package-level variables initialise
// before init functions), in which case that one is used.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files under testdata/")
	}
}

func demoGoldenUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// demoRun runs the real Main on args with TMPDIR pointed at tmp and
// returns stdout, stderr and the exit code.
func demoRun(t *testing.T, tmp string, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(""),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string {
			if k == "TMPDIR" {
				return tmp
			}
			return ""
		},
	}
	// ExitCode prints the error, so it runs before stderr is read.
	code := m.ExitCode(m.Run(context.Background(), args))
	return stdout.String(), stderr.String(), code
}

func demoEmptyDir(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() == demoReportName {
			continue // the assessment is the demo's one lasting product
		}
		t.Errorf("left behind in the temporary folder: %s", e.Name())
	}
}

// demoRow is one parsed row of the Claims section.
type demoRow struct {
	actor, population, figure string
	claims                    int
	latest, asOf, source      string
}

var demoColumnGap = regexp.MustCompile(`\s{2,}`)

func demoParseClaims(t *testing.T, out string) []demoRow {
	t.Helper()
	i := strings.Index(out, "\nClaims\n------\n")
	if i < 0 {
		t.Fatalf("no Claims section in:\n%s", out)
	}
	lines := strings.Split(out[i+len("\nClaims\n------\n"):], "\n")
	if !strings.HasPrefix(lines[0], "ACTOR") {
		t.Fatalf("no header row: %q", lines[0])
	}
	var rows []demoRow
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		f := demoColumnGap.Split(strings.TrimSpace(l), -1)
		if len(f) != 8 {
			t.Fatalf("row %q has %d columns, want 8", l, len(f))
		}
		n, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("row %q: claims %q", l, f[3])
		}
		rows = append(rows, demoRow{actor: f[0], population: f[1], figure: f[2], claims: n,
			latest: f[5], asOf: f[6], source: f[7]})
	}
	return rows
}

func TestDemoEndToEnd(t *testing.T) {
	tmp := t.TempDir()
	out, errOut, code := demoRun(t, tmp, "demo")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if errOut != "" {
		t.Errorf("unexpected stderr:\n%s", errOut)
	}
	demoEmptyDir(t, tmp)

	ledger, err := reference.Claims()
	if err != nil {
		t.Fatal(err)
	}
	if want := reference.Summary(ledger); !strings.Contains(out, want) {
		t.Errorf("output lacks the ledger summary %q", want)
	}
	if want := strconv.Itoa(len(ledger)) + " added"; !strings.Contains(out, want) {
		t.Errorf("output lacks %q", want)
	}

	rows := demoParseClaims(t, out)
	perActor := map[string]int{}
	for _, c := range ledger {
		perActor[c.Actor]++
	}
	gotPerActor := map[string]int{}
	for _, r := range rows {
		gotPerActor[r.actor] += r.claims
	}
	for a, n := range perActor {
		if gotPerActor[a] != n {
			t.Errorf("%s: %d claims in the table, %d in the ledger", a, gotPerActor[a], n)
		}
	}
	for a := range gotPerActor {
		if _, ok := perActor[a]; !ok {
			t.Errorf("table row for %q, an actor the ledger does not have", a)
		}
	}

	// Rows of plain running totals: count and latest day recomputed from
	// the ledger here, independently of the grouping in demo.go.
	checked := 0
	for _, r := range rows {
		if !attrition.IsCategory(r.figure) {
			continue // qualified rows (status, rate, sub-period)
		}
		pop := r.population
		if pop == "-" {
			pop = ""
		}
		var n int
		var last attrition.Date
		for _, c := range ledger {
			cf, _ := attrition.ConflictOf(c.Actor)
			if c.Actor != r.actor || c.Population != pop || c.Category != r.figure ||
				c.Status != "" || c.Per != "" || c.PeriodStart != cf.Start {
				continue
			}
			n++
			if c.PeriodEnd > last {
				last = c.PeriodEnd
			}
		}
		if n != r.claims {
			t.Errorf("%s %s %s: %d claims shown, ledger has %d", r.actor, pop, r.figure, r.claims, n)
		}
		if r.asOf != last.String() {
			t.Errorf("%s %s %s: latest as of %s, ledger's latest is %s", r.actor, pop, r.figure, r.asOf, last)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d plain rows checked", checked)
	}

	// Every latest figure is footnoted with a document the ledger cites.
	urls := map[string]bool{}
	for _, c := range ledger {
		urls[c.Document.URL] = true
	}
	notes := regexp.MustCompile(`(?m)^  \[(\d+)\] (\S+)$`).FindAllStringSubmatch(out, -1)
	if len(notes) == 0 {
		t.Fatal("no document notes")
	}
	for _, n := range notes {
		if !urls[n[2]] {
			t.Errorf("note [%s] cites %s, which is not in the ledger", n[1], n[2])
		}
	}
	for _, r := range rows {
		m := regexp.MustCompile(`\[(\d+)\]$`).FindStringSubmatch(r.source)
		if m == nil {
			t.Errorf("%s %s: source %q has no note", r.actor, r.figure, r.source)
			continue
		}
		if k, _ := strconv.Atoi(m[1]); k < 1 || k > len(notes) {
			t.Errorf("%s %s: note [%s] does not exist", r.actor, r.figure, m[1])
		}
	}

	demoCheckEstimates(t, out)
	demoCheckReport(t, out, filepath.Join(tmp, demoReportName))

	// The golden file holds the claims part, which depends on the ledger
	// alone; estimates are checked above by their properties.
	if i := strings.Index(out, "\nEstimates\n"); i >= 0 {
		out = out[:i]
	}
	golden := filepath.Join("testdata", "demo.golden")
	if demoGoldenUpdate() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it after a deliberate change):\n%s", golden, out)
	}
}

func TestDemoKeep(t *testing.T) {
	tmp := t.TempDir()
	keep := filepath.Join(t.TempDir(), "kept", "here")
	ledger, err := reference.Claims()
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := demoRun(t, tmp, "demo", "--keep", keep)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	path := filepath.Join(keep, demoDBName)
	if !strings.Contains(out, path) {
		t.Errorf("output does not say where the ledger is kept (%s)", path)
	}
	demoEmptyDir(t, tmp)

	// A second run finds every claim already there and adds none.
	out, errOut, code = demoRun(t, tmp, "demo", "--keep", keep)
	if code != 0 {
		t.Fatalf("second run: exit %d: %s", code, errOut)
	}
	if want := "0 added, " + strconv.Itoa(len(ledger)) + " already present"; !strings.Contains(out, want) {
		t.Errorf("second run: output lacks %q", want)
	}

	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("kept ledger: %v", err)
	}
	defer db.Close()
	n, err := db.CountClaims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != len(ledger) {
		t.Errorf("kept ledger holds %d claims, want %d", n, len(ledger))
	}
}

func TestDemoCommandLine(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // substring
		stderr     string // substring
		noTempWork bool
	}{
		{"help", []string{"demo", "--help"}, 0, "Usage: attrition demo", "", true},
		{"bad addr", []string{"demo", "--addr", "nowhere"}, 2, "", "want host:port", true},
		{"stray argument", []string{"demo", "claims.jsonl"}, 2, "", `unexpected argument "claims.jsonl"`, true},
		{"unknown flag", []string{"demo", "--bogus"}, 2, "", "attrition: demo:", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			out, errOut, code := demoRun(t, tmp, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q lacks %q", out, tt.stdout)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.stderr)
			}
			if tt.code != 0 && strings.Contains(out, "Claims") {
				t.Errorf("a refused demo still printed its sections")
			}
			demoEmptyDir(t, tmp)
		})
	}
}

func TestDemoCount(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1,000"},
		{5937, "5,937"},
		{1000340, "1,000,340"},
		{1072.26, "1,072.3"},
		{999.96, "1,000"},
		{-1234, "−1,234"},
		{1e15, "1,000,000,000,000,000"},
	}
	for _, tt := range tests {
		if got := demoCount(tt.in); got != tt.want {
			t.Errorf("demoCount(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkDemo measures a whole demo run: temporary ledger, schema,
// loading the reference ledger and the Claims section.
func BenchmarkDemo(b *testing.B) {
	tmp := b.TempDir()
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Getenv: func(k string) string {
			if k == "TMPDIR" {
				return tmp
			}
			return ""
		}}
	for b.Loop() {
		if err := m.Run(context.Background(), []string{"demo"}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDemoServe runs the demo with --serve: it prints the demo, serves the
// dashboard on the demo ledger until stopped, then removes the ledger.
func TestDemoServe(t *testing.T) {
	tmp := t.TempDir()
	stdout, stderr := newSyncBuffer(), newSyncBuffer()
	m := &Main{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr,
		Getenv: func(k string) string {
			if k == "TMPDIR" {
				return tmp
			}
			return ""
		}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, []string{"demo", "--serve", "--addr", "127.0.0.1:0"}) }()
	addrRe := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var addr string
	for deadline := time.Now().Add(60 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if mm := addrRe.FindStringSubmatch(stdout.String()); mm != nil {
			addr = mm[1]
		}
	}
	if addr == "" {
		t.Fatalf("demo --serve printed no address; stdout %q, stderr %q", stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "\nClaims\n") {
		t.Errorf("demo --serve did not print the demo first")
	}
	res, err := http.Get("http://" + addr + "/api/v1/series")
	if err != nil {
		t.Fatal(err)
	}
	var env struct{ Data []struct{ Actor string } }
	err = json.NewDecoder(res.Body).Decode(&env)
	res.Body.Close()
	if err != nil || len(env.Data) < 5 {
		t.Errorf("series of the demo ledger: %d (%v)", len(env.Data), err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("demo --serve ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("demo --serve did not stop")
	}
	demoEmptyDir(t, tmp)
}

// demoCheckEstimates reads the Estimates table: every interval holds its
// median, and the sides with most claims have their main series.
func demoCheckEstimates(t *testing.T, out string) {
	t.Helper()
	i := strings.Index(out, "\nEstimates\n---------\n")
	if i < 0 {
		t.Fatal("no Estimates section")
	}
	lines := strings.Split(out[i+len("\nEstimates\n---------\n"):], "\n")
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			t.Fatalf("estimate figure %q: %v", s, err)
		}
		return v
	}
	seen := map[string]bool{}
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		f := demoColumnGap.Split(strings.TrimSpace(l), -1)
		if len(f) != 8 {
			t.Errorf("estimate row %q has %d columns, want 8", l, len(f))
			continue
		}
		lo, hi, ok := strings.Cut(f[4], "–")
		if !ok {
			t.Errorf("estimate row %q: interval %q", l, f[4])
			continue
		}
		if med := num(f[3]); !(num(lo) <= med && med <= num(hi)) {
			t.Errorf("estimate row %q: median outside its interval", l)
		}
		seen[f[0]+" "+f[1]] = true
	}
	for _, want := range []string{"Russia casualties", "Russia killed", "Ukraine killed", "Palestinians in Gaza killed"} {
		if !seen[want] {
			t.Errorf("no estimate for %s", want)
		}
	}
}

// demoCheckReport checks that the assessment was written where the demo
// says, as one self-contained HTML file with charts.
func demoCheckReport(t *testing.T, out, path string) {
	t.Helper()
	if !strings.Contains(out, path) {
		t.Errorf("the demo does not print the assessment's path %s", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("assessment: %v", err)
	}
	html := string(b)
	if !strings.Contains(html, "<svg") || !strings.Contains(html, "Russia") || strings.Contains(html, "<script") {
		t.Errorf("assessment at %s is not a self-contained report with charts (%d bytes)", path, len(b))
	}
}
