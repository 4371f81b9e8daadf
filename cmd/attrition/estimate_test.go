package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/reference"
)

// estimateLedger writes a small ledger: three sources on one war, one of
// them a weekly series, and a named list; it returns the database path.
func estimateLedger(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	start := attrition.MustDate("2022-02-24")
	var lines []string
	add := func(src string, end attrition.Date, v float64, bound string, likelihood string) {
		c := attrition.Claim{Actor: "Russia", Category: attrition.CategoryCasualties, Bound: bound,
			PeriodStart: start, PeriodEnd: end, Source: src, Likelihood: likelihood, Approx: true,
			Document: attrition.Document{URL: "https://example.org/" + src + "/" + end.String(), Published: end}}
		switch bound {
		case attrition.BoundPoint:
			c.Best, c.Low, c.High = attrition.Float(v), attrition.Float(v), attrition.Float(v)
		case attrition.BoundRange:
			c.Low, c.High = attrition.Float(v*0.9), attrition.Float(v*1.1)
		case attrition.BoundAtLeast:
			c.Low = attrition.Float(v)
			c.Approx = false
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	// The truth runs at 1,000 a day. The weekly bulletin says 20% more.
	for d := 30; d <= 600; d += 7 {
		add("Bulletin", start.AddDays(d), 1200*float64(d+1), attrition.BoundPoint, "")
	}
	add("Agency A", start.AddDays(200), 201000, attrition.BoundRange, "likely")
	add("Agency B", start.AddDays(400), 401000, attrition.BoundPoint, "")
	add("Agency C", start.AddDays(550), 551000, attrition.BoundRange, "likely")
	add("Named list", start.AddDays(500), 150000, attrition.BoundAtLeast, "")
	file := filepath.Join(dir, "claims.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "ledger.db")
	if out, errOut, err := runMain(t, "ingest", "--db", db, file); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, errOut)
	}
	return db
}

func runMain(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	err := m.Run(context.Background(), args)
	return out.String(), errOut.String(), err
}

func TestEstimateCommandCSV(t *testing.T) {
	db := estimateLedger(t)
	out, errOut, err := runMain(t, "estimate", "--actor", "Russia", "--category", "casualties", "--format", "csv", "--step", "week", "--db", db, "--to", "2023-12-31")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], ","); got != strings.Join(estimateColumns, ",") {
		t.Fatalf("header %q, want %q", got, strings.Join(estimateColumns, ","))
	}
	prev := -1.0
	var at500 []string
	for _, r := range rows[1:] {
		med, _ := strconv.ParseFloat(r[3], 64)
		lo90, _ := strconv.ParseFloat(r[6], 64)
		hi90, _ := strconv.ParseFloat(r[7], 64)
		if med < prev {
			t.Errorf("%s: median %v fell from %v", r[0], med, prev)
		}
		if !(lo90 <= med && med <= hi90) {
			t.Errorf("%s: median %v outside its 90%% interval [%v, %v]", r[0], med, lo90, hi90)
		}
		prev = med
		if r[0] <= "2023-07-09" {
			at500 = r
		}
	}
	last := rows[len(rows)-1]
	if last[0] != "2023-12-31" {
		t.Errorf("series ends %s, want --to 2023-12-31", last[0])
	}
	// On day 500 the truth is 501,000; the bulletin says 601,000 and the
	// agencies agree on the truth: the bulletin's one bias must not carry
	// the consensus with its 82 rows.
	med, _ := strconv.ParseFloat(at500[3], 64)
	if med < 470000 || med > 590000 {
		t.Errorf("median on %s = %v, want near the agencies' 501,000, well under the bulletin's 601,000", at500[0], med)
	}
	used, _ := strconv.Atoi(last[11])
	if used != 86 {
		t.Errorf("claims_used at the end = %d, want 86", used)
	}
}

func TestEstimateCommandSourcesAndMilestone(t *testing.T) {
	db := estimateLedger(t)
	out, errOut, err := runMain(t, "estimate", "--db", db, "--actor", "Russia", "--category", "casualties", "--sources", "--format", "jsonl")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	var bulletin map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var row map[string]any
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if row["kind"] == "source" && row["source"] == "Bulletin" {
			bulletin = row
		}
	}
	if bulletin == nil {
		t.Fatalf("no bias for Bulletin in\n%s", out)
	}
	if f := bulletin["factor"].(float64); f < 1.08 || f > 1.3 {
		t.Errorf("Bulletin's bias ×%.2f, want about ×1.2", f)
	}

	out, errOut, err = runMain(t, "estimate", "--db", db, "--actor", "Russia", "--category", "casualties", "--milestone", "700k", "--by", "2024-01-31", "--format", "csv")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("milestone csv %q: %v", out, err)
	}
	// 700,000 at 1,000 a day is day 699, 2024-01-23.
	med, err := attrition.ParseDate(rows[1][3])
	if err != nil {
		t.Fatalf("median date %q: %v", rows[1][3], err)
	}
	if d := med.Sub(attrition.MustDate("2024-01-23")); d < -60 || d > 60 {
		t.Errorf("700,000 reached %s, want about 2024-01-23", med)
	}
	p, _ := strconv.ParseFloat(rows[1][7], 64)
	if p < 0.3 || p > 0.95 {
		t.Errorf("chance of 700,000 by 2024-01-31 = %v, want a real doubt either way", p)
	}

	// A total out of reach has no date, and no chance.
	out, errOut, err = runMain(t, "estimate", "--db", db, "--actor", "Russia", "--category", "casualties", "--milestone", "1e9", "--format", "jsonl")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	var ms map[string]any
	if err := json.Unmarshal([]byte(out), &ms); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if ms["median"] != nil || ms["prob_reached"].(float64) != 0 {
		t.Errorf("a billion reached %v with chance %v, want null and 0", ms["median"], ms["prob_reached"])
	}
}

func TestEstimateCommandErrors(t *testing.T) {
	db := estimateLedger(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--category", "casualties"}, 2, "--actor is required"},
		{[]string{"--actor", "Russia", "--category", "kittens"}, 2, "vocabulary"},
		{[]string{"--actor", "Russia", "--category", "casualties", "--step", "year"}, 2, "--step"},
		{[]string{"--actor", "Russia", "--category", "casualties", "--from", "2023-02-30"}, 2, "--from"},
		{[]string{"--actor", "Russia", "--category", "casualties", "--relay", "UK"}, 2, "--relay"},
		{[]string{"--actor", "Russia", "--category", "casualties", "--milestone", "lots"}, 2, "--milestone"},
		{[]string{"--actor", "Russia", "--category", "killed"}, 1, "no usable claims"},
		{[]string{"--actor", "Russia", "--category", "casualties", "extra"}, 2, "unexpected argument"},
	} {
		var out, errOut bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
		err := m.Run(context.Background(), append(append([]string{"estimate"}, tc.args...), "--db", db))
		code := m.ExitCode(err)
		if code != tc.code || !strings.Contains(errOut.String(), tc.want) || !strings.HasPrefix(errOut.String(), "attrition: ") {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", tc.args, code, errOut.String(), tc.code, tc.want)
		}
	}
	out, _, err := runMain(t, "estimate", "--help")
	if err == nil || !strings.Contains(out, "rate_median") {
		t.Errorf("--help: err %v, usage %q", err, out)
	}
}

// sliceFinder filters claims in memory, as a store does.
type sliceFinder []attrition.Claim

func (s sliceFinder) FindClaims(ctx context.Context, f attrition.ClaimFilter) ([]attrition.Claim, error) {
	var out []attrition.Claim
	for i := range s {
		if f.Matches(&s[i]) {
			out = append(out, s[i])
		}
	}
	return out, nil
}

func TestEstimateSummaryReferenceLedger(t *testing.T) {
	claims, err := reference.Claims()
	if err != nil {
		t.Fatal(err)
	}
	for i := range claims {
		claims[i].Normalize()
	}
	var out bytes.Buffer
	if err := estimateSummary(context.Background(), &out, sliceFinder(claims), nil, 0); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if !strings.Contains(text, "Russia") || !strings.Contains(text, "casualties") {
		t.Fatalf("summary lacks Russian casualties:\n%s", text)
	}
	// Every row's median sits inside its own interval, and figures of
	// a thousand or more carry separators.
	num := func(s string) (float64, error) { return strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64) }
	rows, separated := 0, 0
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) < 8 || f[0] == "ACTOR" {
			continue
		}
		med, err1 := num(f[len(f)-5])
		lo, hi, ok := strings.Cut(f[len(f)-4], "–")
		l, err2 := num(lo)
		h, err3 := num(hi)
		if err1 != nil || err2 != nil || err3 != nil || !ok {
			continue
		}
		rows++
		if !(l <= med && med <= h) {
			t.Errorf("median outside its interval: %q", line)
		}
		if med >= 1000 {
			if !strings.Contains(f[len(f)-5], ",") {
				t.Errorf("median %q without thousands separators: %q", f[len(f)-5], line)
			}
			separated++
		}
	}
	if rows < 5 || separated == 0 {
		t.Errorf("%d rows read, %d with separators: the table's layout changed", rows, separated)
	}
	t.Log("\n" + text)
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"1500000", "1,500,000", "1_500_000", "1.5e6", "1.5m", "150k", "-3", "NaN", "1e400", "k", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseCount(s)
		if err == nil && (!(v > 0) || math.IsInf(v, 0)) {
			t.Fatalf("parseCount(%q) = %v without error", s, v)
		}
	})
}

// TestEstimateCommandPopulation runs estimate on a ledger where one
// figure counts everyone and the others count soldiers: by default the
// soldiers' series is fitted and named, and --population all asks for
// the other.
func TestEstimateCommandPopulation(t *testing.T) {
	dir := t.TempDir()
	start := attrition.MustDate("2023-10-07")
	var lines []string
	add := func(pop string, end attrition.Date, v float64) {
		c := attrition.Claim{Actor: "Israel", Population: pop, Category: attrition.CategoryKilled, Bound: attrition.BoundPoint,
			Best: attrition.Float(v), Low: attrition.Float(v), High: attrition.Float(v), PeriodStart: start, PeriodEnd: end,
			Source: "Source " + pop, Document: attrition.Document{URL: "https://example.org/" + pop + "/" + end.String(), Published: end}}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	add(attrition.PopulationAll, start, 1200)
	add(attrition.PopulationMilitary, attrition.MustDate("2023-11-01"), 300)
	add(attrition.PopulationMilitary, attrition.MustDate("2023-12-01"), 420)
	add(attrition.PopulationMilitary, attrition.MustDate("2024-01-10"), 520)
	file := filepath.Join(dir, "claims.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "ledger.db")
	if out, errOut, err := runMain(t, "ingest", "--db", db, file); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, errOut)
	}
	for _, tc := range []struct {
		args       []string
		population string
		claims     int
		lo, hi     float64 // the median on the last day of the series
	}{
		{nil, "military", 3, 440, 600},
		{[]string{"--population", "military"}, "military", 3, 440, 600},
		{[]string{"--population", "all"}, "all", 1, 1000, 1400},
	} {
		args := append([]string{"estimate", "--db", db, "--actor", "Israel", "--category", "killed"}, tc.args...)
		out, errOut, err := runMain(t, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", tc.args, err, errOut)
		}
		want := fmt.Sprintf("Israel, killed (%s): %d claims used", tc.population, tc.claims)
		if !strings.Contains(out, want) {
			t.Errorf("%v: output lacks %q:\n%s", tc.args, want, out)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		f := strings.Fields(lines[len(lines)-2])
		med, err := strconv.ParseFloat(strings.ReplaceAll(f[1], ",", ""), 64)
		if err != nil || med < tc.lo || med > tc.hi {
			t.Errorf("%v: last median %q, want %v–%v", tc.args, f[1], tc.lo, tc.hi)
		}
	}
}
