package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

// reportLedger is estimateLedger plus a claim whose quote and source hold
// markup, and one flagged claim.
func reportLedger(t *testing.T) string {
	t.Helper()
	db := estimateLedger(t)
	start := attrition.MustDate("2022-02-24")
	end := start.AddDays(580)
	hostile := attrition.Claim{Actor: "Russia", Category: attrition.CategoryCasualties, Bound: attrition.BoundPoint,
		Best: attrition.Float(580000), Low: attrition.Float(580000), High: attrition.Float(580000),
		PeriodStart: start, PeriodEnd: end, Source: "Agency <b>D</b>",
		Document: attrition.Document{URL: "https://example.org/d", Published: end},
		Quote:    "580,000 <script>alert(1)</script> casualties"}
	flagged := attrition.Claim{Actor: "Russia", Category: attrition.CategoryCasualties, Bound: attrition.BoundPoint,
		Best: attrition.Float(90000), Low: attrition.Float(90000), High: attrition.Float(90000),
		PeriodStart: start.AddDays(600), PeriodEnd: start.AddDays(780), Source: "Agency A",
		Document: attrition.Document{URL: "https://example.org/a/later", Published: start.AddDays(590)},
		Quote:    "90,000 in the next six months", Flags: []string{attrition.FlagPeriodAfterPublication}}
	var lines []string
	for _, c := range []attrition.Claim{hostile, flagged} {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	file := filepath.Join(t.TempDir(), "more.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, err := runMain(t, "ingest", "--db", db, file); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, errOut)
	}
	return db
}

func TestReportCommandMarkdown(t *testing.T) {
	db := reportLedger(t)
	out, errOut, err := runMain(t, "report", "--db", db, "--actor", "russia", "--as-of", "2023-10-20")
	if err != nil {
		t.Fatalf("report: %v\n%s", err, errOut)
	}
	for _, want := range []string{
		"# Russia: assessment of losses as of 20 October 2023",
		"## Casualties",
		"It is **highly likely (80–90%)**",
		"Recent rate:",
		"Sources disagree:",
		"its period ends after the text was published",
		`580,000 \<script\>alert(1)\</script\> casualties`,
		"## Words of likelihood",
		"<https://example.org/d>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if regexp.MustCompile(`(^|[^\\])<(script|b>)`).MatchString(out) {
		t.Error("markup from the ledger reached the Markdown unescaped")
	}
	// Every footnote marker has its note.
	for _, m := range regexp.MustCompile(`\[\^(\d+)\]`).FindAllStringSubmatch(out, -1) {
		if !strings.Contains(out, "\n[^"+m[1]+"]: ") {
			t.Errorf("note %s is referenced but not written", m[1])
		}
	}
	// The same seed gives the same text.
	again, _, err := runMain(t, "report", "--actor", "Russia", "--as-of", "2023-10-20", "--db", db)
	if err != nil || again != out {
		t.Errorf("a second run differs (err %v)", err)
	}
}

func TestReportCommandFiles(t *testing.T) {
	db := reportLedger(t)
	dir := t.TempDir()
	html := filepath.Join(dir, "russia.html")
	if out, errOut, err := runMain(t, "report", "--db", db, "--actor", "Russia", "--yardstick", "icd203", "-o", html); err != nil {
		t.Fatalf("report: %v\n%s%s", err, out, errOut)
	}
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{"<!DOCTYPE html>", "<svg", "very likely (80–95%)", "US ICD 203", "&lt;script&gt;alert(1)&lt;/script&gt;", "Agency &lt;b&gt;D&lt;/b&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(page, "<script") || strings.Contains(page, "<b>D") {
		t.Error("markup from the ledger reached the HTML unescaped")
	}
	if strings.Contains(page, "http://") && !strings.Contains(page, "http://www.w3.org/2000/svg") {
		t.Error("the page refers to something on the network")
	}

	md := filepath.Join(dir, "notes", "russia.md")
	os.MkdirAll(filepath.Dir(md), 0o755)
	if _, errOut, err := runMain(t, "report", "--db", db, "--actor", "Russia", "--category", "casualties", "-o", md); err != nil {
		t.Fatalf("report: %v\n%s", err, errOut)
	}
	text, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	links := regexp.MustCompile(`!\[[^\]]*\]\(<([^>]+)>\)`).FindAllStringSubmatch(string(text), -1)
	if len(links) < 2 {
		t.Fatalf("Markdown links %d charts", len(links))
	}
	for _, l := range links {
		svg, err := os.ReadFile(filepath.Join(filepath.Dir(md), l[1]))
		if err != nil {
			t.Errorf("chart %s: %v", l[1], err)
			continue
		}
		if err := xml.Unmarshal(svg, new(struct{})); err != nil {
			t.Errorf("chart %s is not XML: %v", l[1], err)
		}
	}
	if strings.Contains(string(text), "## Killed") {
		t.Error("--category casualties reported other categories")
	}
}

func TestReportCommandErrors(t *testing.T) {
	db := reportLedger(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"report", "--db", db}, 2, "--actor is required"},
		{[]string{"report", "--db", db, "--actor", "Russia", "--yardstick", "nato"}, 2, "unknown yardstick"},
		{[]string{"report", "--db", db, "--actor", "Russia", "--format", "pdf"}, 2, "want md or html"},
		{[]string{"report", "--db", db, "--actor", "Russia", "--as-of", "June"}, 2, "malformed date"},
		{[]string{"report", "--db", db, "--actor", "Russia", "--category", "sheep"}, 2, "not in the vocabulary"},
		{[]string{"report", "--db", db, "--actor", "Russia", "extra"}, 2, "unexpected argument"},
		{[]string{"report", "--db", db, "--actor", "Atlantis"}, 1, "no claims about Atlantis"},
		{[]string{"report", "--db", db, "--actor", "Russia", "--as-of", "2021-01-01"}, 1, "no claims about Russia up to 2021-01-01"},
		{[]string{"report", "--db", db, "--actor", "Russia", "-o", filepath.Join(t.TempDir(), "missing", "r.md")}, 1, "no such file"},
	}
	for _, tt := range tests {
		_, _, err := runMain(t, tt.args...)
		var errOut strings.Builder
		m := &Main{Stderr: &errOut}
		if code := m.ExitCode(err); code != tt.code || !strings.Contains(errOut.String(), tt.msg) || !strings.HasPrefix(errOut.String(), "attrition: ") {
			t.Errorf("%v: exit %d, %q; want %d and %q", tt.args[3:], code, errOut.String(), tt.code, tt.msg)
		}
	}
	out, _, err := runMain(t, "report", "--help")
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "--yardstick") || !strings.Contains(out, "footnote") {
		t.Errorf("--help: %v\n%s", err, out)
	}
}

// ICD 203's rule on the real engine's output: one scale throughout, and
// the key lists exactly the words used.
func TestReportCommandOneScale(t *testing.T) {
	db := reportLedger(t)
	for _, name := range yardstick.Names() {
		out, errOut, err := runMain(t, "report", "--db", db, "--actor", "Russia", "--yardstick", name)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, errOut)
		}
		body, key, ok := strings.Cut(out, "## Words of likelihood")
		if !ok {
			t.Fatalf("%s: no key", name)
		}
		key, _, _ = strings.Cut(key, "## Notes")
		y, _ := yardstick.Get(name)
		if f := y.Check(body); len(f) > 0 {
			t.Errorf("%s report uses other scales' words: %+v", name, f)
		}
		used := regexp.MustCompile(`It is \*{0,2}([a-z ]+) \(`).FindAllStringSubmatch(body, -1)
		if len(used) == 0 {
			t.Fatalf("%s: no likelihood statement", name)
		}
		for _, u := range used {
			if !strings.Contains(key, "| "+u[1]+" |") {
				t.Errorf("%s: %q used but not in the key", name, u[1])
			}
		}
	}
}
