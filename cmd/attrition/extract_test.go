package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/claimio"
)

// extractRun runs the real Main with args and stdin, in a temporary
// directory's environment, and returns stdout, stderr and the exit code.
func extractRun(t *testing.T, dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string {
			if k == "ATTRITION_DB" {
				return filepath.Join(dir, "ledger.db")
			}
			return ""
		}}
	code := m.ExitCode(m.Run(context.Background(), args))
	return out.String(), errb.String(), code
}

const extractText = "Russia's forces have likely sustained around 950,000 casualties since the invasion, " +
	"UK Defence Intelligence said. Russia also controls 18% of Ukraine's territory.\n"

func TestExtractEndToEnd(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "update.txt")
	if err := os.WriteFile(file, []byte(extractText), 0o644); err != nil {
		t.Fatal(err)
	}
	// Flags after the file name are read too.
	out, stderr, code := extractRun(t, dir, "", "extract", file, "--published", "2025-06-12", "--ingest")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	cs, err := claimio.ReadJSONL(strings.NewReader(out), "stdout")
	if err != nil {
		t.Fatalf("output is not claims JSONL: %v\n%s", err, out)
	}
	if len(cs) != 1 {
		t.Fatalf("%d claims, want 1:\n%s", len(cs), out)
	}
	c := cs[0]
	if c.Actor != "Russia" || c.Category != "casualties" || *c.Best != 950000 || !c.Approx ||
		c.PeriodStart != attrition.MustDate("2022-02-24") || c.PeriodEnd != attrition.MustDate("2025-06-12") ||
		c.Likelihood != "likely" || c.Source != "UK Ministry of Defence" {
		t.Errorf("claim = %+v", c)
	}
	abs, _ := filepath.Abs(file)
	if c.Document.URL != "file://"+filepath.ToSlash(abs) {
		t.Errorf("document url %q, want file://%s", c.Document.URL, abs)
	}
	if !strings.Contains(stderr, "added 1") {
		t.Errorf("--ingest summary %q, want added 1", stderr)
	}
	// Extracting again adds nothing: the claim is already stored.
	_, stderr, code = extractRun(t, dir, "", "extract", "--published", "2025-06-12", "--ingest", file)
	if code != 0 || !strings.Contains(stderr, "added 0") {
		t.Errorf("second ingest: exit %d, %q", code, stderr)
	}
}

func TestExtractStdinAndFormats(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := extractRun(t, dir, extractText, "extract", "--published", "2025-06-12", "--format", "table", "--yardstick", "icd203")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "950,000") || !strings.Contains(out, "55–80%") {
		t.Errorf("table output lacks the figure or the ICD 203 band:\n%s", out)
	}
	out, _, code = extractRun(t, dir, extractText, "extract", "--published", "2025-06-12", "--format", "json")
	if code != 0 || !strings.HasPrefix(strings.TrimSpace(out), "[") || !strings.Contains(out, `"url":"stdin:"`) && !strings.Contains(out, `"url": "stdin:"`) {
		t.Errorf("json output (exit %d):\n%s", code, out)
	}
}

func TestExtractUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"extract", "--help"}, 0, ""},
		{[]string{"extract", "--published", "12/06/2025"}, 2, "attrition: --published"},
		{[]string{"extract", "--yardstick", "astrology"}, 2, "attrition: --yardstick"},
		{[]string{"extract", "--format", "xml"}, 2, "attrition: extract: unknown format"},
		{[]string{"extract", filepath.Join(dir, "missing.txt")}, 1, "attrition: extract:"},
		{[]string{"eval"}, 2, "attrition: eval: --gold FILE is required"},
		{[]string{"eval", "--gold", filepath.Join(dir, "missing.jsonl")}, 1, "attrition: eval:"},
	} {
		_, stderr, code := extractRun(t, dir, "", tt.args...)
		if code != tt.code || !strings.HasPrefix(stderr, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d, %q", tt.args, code, stderr, tt.code, tt.msg)
		}
	}
}

func TestEvalEndToEnd(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	line := `{"id":"t1","style":"news","published":"2025-06-12","source":"","url":"https://example.org/t1","title":"t","text":` +
		`"Russia has lost 50,000 troops since the invasion. The front is 1,000 km long.","claims":[` +
		`{"actor":"Russia","population":null,"category":"casualties","status":null,"per":null,"low":50000,"high":50000,"best":50000,` +
		`"bound":"point","approx":false,"period_start":"2022-02-24","period_end":"2025-06-12","likelihood":null,"probability":null,` +
		`"source":null,"quote":"lost 50,000 troops","span":[11,29],"derived":false,"flags":[]}]}` + "\n"
	if err := os.WriteFile(gold, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := extractRun(t, dir, "", "eval", "--gold", gold, "--verbose")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"precision  1.000", "recall     1.000", "F1         1.000", "actor          1.000"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	out, _, code = extractRun(t, dir, "", "eval", "--gold", gold, "--format", "json")
	if code != 0 || !strings.Contains(out, `"f1": 1`) {
		t.Errorf("json eval (exit %d):\n%s", code, out)
	}
}
