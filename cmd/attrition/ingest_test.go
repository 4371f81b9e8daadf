package main

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/attrition-project/attrition/importer"
)

func importerFormats() []string { return importer.Formats() }

// TestIngestStdinAndFlagsAfterFiles: "-" reads standard input, and flags
// may follow the file names.
func TestIngestStdinAndFlagsAfterFiles(t *testing.T) {
	e := newE2E(t)
	e.stdin = threeClaims
	if out := e.ok("ingest", "-", "--db", e.db()); out != "read 3, added 3, already present 0\n" {
		t.Errorf("ingest - --db: %q", out)
	}
	e.stdin = "actor,category,low,high,best,bound,document.url,document.published\nRussia,killed,5,5,5,point,u,2025-01-01\n"
	if out := e.ok("ingest", "--format", "csv", "-", "--db", e.db()); out != "read 1, added 1, already present 0\n" {
		t.Errorf("csv on stdin: %q", out)
	}
	// Errors on standard input still name a line.
	e.stdin = "actor,category,low,high,best,bound,document.url,document.published\nRussia,killed,9,5,,range,u,2025-01-01\n"
	_, stderr, code := e.run("ingest", "--db", e.db(), "-")
	if code != 1 || !strings.Contains(stderr, "stdin:2: low: greater than high") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	// After "--" everything is a file name, even what looks like a flag.
	e.write("--db", threeClaims)
	t.Chdir(e.dir)
	if out := e.ok("ingest", "--db", e.db(), "--", "--db"); out != "read 3, added 0, already present 3\n" {
		t.Errorf("ingest -- --db: %q", out)
	}
}

// TestIngestAllOrNothingAcrossFiles: one run is one transaction, and every
// bad row of every file is reported.
func TestIngestAllOrNothingAcrossFiles(t *testing.T) {
	e := newE2E(t)
	good := e.write("good.jsonl", threeClaims)
	badCSV := e.write("bad.csv", "actor,category,low,high,best,bound,document.url,document.published,quote\n"+
		"Russia,killed,5,5,5,point,u,2025-01-01,\"a quote\nover two lines\"\n"+
		"Russia,killed,5,5,5,point,u,2025-01-01,x\n"+
		"Russia,killed,5,5,five,point,u,2025-01-01,y\n")
	badJSONL := e.write("bad.jsonl", "\n{}\n")
	_, stderr, code := e.run("ingest", "--db", e.db(), good, badCSV, badJSONL)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{badCSV + `:5: best: not a number: "five"`, badJSONL + ":2: category: missing", "2 bad row(s)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if _, err := os.Stat(e.db()); err == nil {
		if out := e.ok("claims", "--db", e.db(), "--format", "jsonl"); out != "" {
			t.Errorf("claims stored from a failed run:\n%s", out)
		}
	}
	// Files that do not exist are the input's fault, not a crash.
	_, stderr, code = e.run("ingest", "--db", e.db(), e.path("missing.jsonl"))
	if code != 1 || !strings.Contains(stderr, "attrition: ingest:") || !strings.Contains(stderr, "missing.jsonl") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = e.run("ingest", "--db", e.db(), e.dir)
	if code != 1 || !strings.Contains(stderr, "is a directory") {
		t.Errorf("directory: exit %d, stderr %q", code, stderr)
	}
}

// TestIngestRepeatsAndSource: a claim repeated within a run is stored
// once; --source fills claims that name none.
func TestIngestRepeatsAndSource(t *testing.T) {
	e := newE2E(t)
	row := "category,best,bound,document.url,document.published\nkilled,7,point,u,2025-01-01\n"
	f := e.write("twice.csv", row+"killed,7,point,u,2025-01-01\n")
	out := e.ok("ingest", "--db", e.db(), "--source", "Mediazona", f)
	if out != "read 2, added 1, already present 1\n" {
		t.Errorf("summary %q", out)
	}
	if got := e.ok("claims", "--db", e.db(), "--source", "mediazona", "--format", "csv"); !strings.Contains(got, ",Mediazona,") {
		t.Errorf("--source not recorded:\n%s", got)
	}
}

// TestIngestDryRun reports what would happen and stores nothing, not even
// an empty ledger file.
func TestIngestDryRun(t *testing.T) {
	e := newE2E(t)
	good := e.write("good.jsonl", threeClaims)
	if out := e.ok("ingest", "--dry-run", "--db", e.db(), good); out != "read 3, added 3, already present 0 (dry run: nothing stored)\n" {
		t.Errorf("dry run on no ledger: %q", out)
	}
	if _, err := os.Stat(e.db()); err == nil {
		t.Error("a dry run created the ledger")
	}
	lines := strings.SplitAfter(threeClaims, "\n")
	e.ok("ingest", "--db", e.db(), e.write("two.jsonl", lines[0]+lines[1]))
	if out := e.ok("ingest", "--dry-run", "--db", e.db(), good); out != "read 3, added 1, already present 2 (dry run: nothing stored)\n" {
		t.Errorf("dry run on a ledger: %q", out)
	}
	if n := strings.Count(e.ledgerJSONL(), "\n"); n != 2 {
		t.Errorf("dry run stored claims: ledger has %d", n)
	}
	_, stderr, code := e.run("ingest", "--dry-run", "--db", e.db(), e.write("bad.jsonl", "{}\n"))
	if code != 1 || !strings.Contains(stderr, "bad.jsonl:1:") {
		t.Errorf("dry run of a bad file: exit %d, %q", code, stderr)
	}
}

// TestIngestDataset reads a real public dataset through its importer.
func TestIngestDataset(t *testing.T) {
	path := sharedData(t, "petroivaniuk-ua-genstaff", "russia_losses_personnel.json")
	if _, ok := importer.Lookup("genstaff-json"); !ok {
		t.Skip("the genstaff-json importer is not registered in this build")
	}
	e := newE2E(t)
	out, stderr, code := e.run("ingest", "--db", e.db(), "--format", "genstaff-json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var read, added, present int
	if _, err := fmtSscanf(out, "read %d, added %d, already present %d", &read, &added, &present); err != nil || read == 0 || added+present != read {
		t.Fatalf("summary %q (%v)", out, err)
	}
	out = e.ok("ingest", "--db", e.db(), "--format", "genstaff-json", path)
	if !strings.HasSuffix(out, "added 0, already present "+itoa(read)+"\n") {
		t.Errorf("second import of the dataset: %q", out)
	}
}

func importerLookup(name string) (importer.Importer, bool) { return importer.Lookup(name) }

// TestIngestProgressOnTerminal: a large input on a terminal draws a
// progress bar on stderr and changes nothing else; off a terminal stderr
// stays silent.
func TestIngestProgressOnTerminal(t *testing.T) {
	e := newE2E(t)
	line := strings.SplitAfter(threeClaims, "\n")[0]
	var b strings.Builder
	for i := 0; b.Len() < 2*ingestProgressMin; i++ {
		b.WriteString(strings.Replace(line, `"quote":"approximately one million casualties","span":[120,156]`,
			`"quote":"approximately one million casualties `+itoa(i)+`","span":null`, 1))
	}
	big := e.write("big.jsonl", b.String())
	n := strings.Count(b.String(), "\n")
	for _, terminal := range []bool{false, true} {
		var stdout, stderr strings.Builder
		m := &Main{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
			Getenv: func(string) string { return "" }, StderrIsTerminal: terminal}
		db := e.path("progress-" + strconv.FormatBool(terminal) + ".db")
		if code := m.ExitCode(m.Run(context.Background(), []string{"ingest", "--db", db, big})); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if want := "read " + itoa(n) + ", added " + itoa(n) + ", already present 0\n"; stdout.String() != want {
			t.Errorf("terminal=%v: stdout %q, want %q", terminal, stdout.String(), want)
		}
		if terminal != (stderr.Len() > 0) {
			t.Errorf("terminal=%v: stderr %q", terminal, stderr.String())
		}
	}
}

// TestIngestSpreadsheetWithMap: --map turns anyone's CSV into claims
// through the csv dataset format.
func TestIngestSpreadsheetWithMap(t *testing.T) {
	if _, ok := importer.Lookup("csv"); !ok {
		t.Skip("the csv dataset format is not registered in this build")
	}
	e := newE2E(t)
	sheet := e.write("sheet.csv", "who,what,lo,hi,url,date\nRussia,killed,100,200,https://x,2025-01-01\nUkraine,wounded,5,6,https://y,2025-02-01\n")
	out := e.ok("ingest", "--db", e.db(), "--map", "actor=who,category=what,low=lo,high=hi,document.url=url,date=date,source==Someone", sheet)
	if out != "read 2, added 2, already present 0\n" {
		t.Errorf("summary %q", out)
	}
	if got := csvFigures(t, e.ok("claims", "--db", e.db(), "--source", "someone", "--format", "csv")); got != "200 6" {
		t.Errorf("stored highs %q, want \"200 6\"", got)
	}
	// Without the map the same sheet is not claims.md CSV: its columns are
	// named, and nothing is stored.
	_, stderr, code := e.run("ingest", "--db", e.db(), sheet)
	if code != 1 || !strings.Contains(stderr, sheet+`:1: unknown column "who"`) {
		t.Errorf("unmapped sheet: exit %d, %q", code, stderr)
	}
}
