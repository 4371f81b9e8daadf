package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// importE2EData is the shared folder of real datasets beside the
// repository, seen from this package's directory.
const importE2EData = "../../../shared/data"

// importE2ERun runs the real Main with a fresh environment.
func importE2ERun(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	err := m.Run(context.Background(), args)
	code = m.ExitCode(err)
	return out.String(), errb.String(), code
}

var importE2ESummary = regexp.MustCompile(`read (\d+), added (\d+), already present (\d+)`)

func importE2ECounts(t *testing.T, stdout string) (read, added, present int) {
	t.Helper()
	m := importE2ESummary.FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("no summary in %q", stdout)
	}
	read, _ = strconv.Atoi(m[1])
	added, _ = strconv.Atoi(m[2])
	present, _ = strconv.Atoi(m[3])
	return
}

func importE2EClaims(t *testing.T, db string, args ...string) []attrition.Claim {
	t.Helper()
	out, stderr, code := importE2ERun(t, append([]string{"claims", "--db", db, "--format", "jsonl"}, args...)...)
	if code != 0 {
		t.Fatalf("claims %v: exit %d: %s", args, code, stderr)
	}
	var cs []attrition.Claim
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var c attrition.Claim
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("claims output %q: %v", line, err)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestImportE2E_AllDatasets ingests every real dataset into one fresh
// ledger with the real command and checks the figures users rely on.
func TestImportE2E_AllDatasets(t *testing.T) {
	if _, err := os.Stat(importE2EData); err != nil {
		t.Skipf("real datasets not available at %s: %v", importE2EData, err)
	}
	data := func(rel string) string { return filepath.Join(importE2EData, rel) }
	db := filepath.Join(t.TempDir(), "ledger.db")
	runs := []struct {
		format string
		files  []string
	}{
		{"genstaff-json", []string{
			data("petroivaniuk-ua-genstaff/russia_losses_personnel.json"),
			data("petroivaniuk-ua-genstaff/russia_losses_equipment.json"),
			data("petroivaniuk-ua-genstaff/russia_losses_equipment_correction.json"),
			data("petroivaniuk-ua-genstaff/russia_losses_equipment_oryx.json"),
			data("lod-orc-losses/russian-losses.json"),
		}},
		{"oryx-csv", []string{
			data("scarnecchia-oryx/daily_count_baseline2023-02-25.csv"),
			data("scarnecchia-oryx/totals_by_system2023-02-26.csv"),
		}},
		{"economist-csv", []string{
			data("economist-estimates/estimates.csv"),
			data("economist-estimates/uk-mod-month-by-month.csv"),
			data("economist-estimates/meduza-probate-weekly-2025.csv"),
			data("economist-estimates/meduza-probate-weekly-2026.csv"),
		}},
	}
	var estimatesStderr string
	for _, r := range runs {
		// Flags after the file names, as users type them.
		args := append(append([]string{"ingest"}, r.files...), "--format", r.format, "--db", db)
		out, stderr, code := importE2ERun(t, args...)
		if code != 0 {
			t.Fatalf("ingest %s: exit %d\n%s", r.format, code, stderr)
		}
		read, added, present := importE2ECounts(t, out)
		if read == 0 || added == 0 || added+present != read {
			t.Errorf("ingest %s: read %d added %d present %d", r.format, read, added, present)
		}
		if !strings.Contains(stderr, "note:") {
			t.Errorf("ingest %s reported no notes on stderr", r.format)
		}
		if r.format == "economist-csv" {
			estimatesStderr = stderr
		}
		// Re-importing the same files adds nothing.
		out, _, code = importE2ERun(t, args...)
		if _, added, _ := importE2ECounts(t, out); code != 0 || added != 0 {
			t.Errorf("re-ingest %s: exit %d, added %d", r.format, code, added)
		}
	}

	t.Run("GeneralStaff_2025_06_12_OneMillion", func(t *testing.T) {
		cs := importE2EClaims(t, db, "--actor", "Russia", "--category", "casualties",
			"--source", "General Staff of the Armed Forces of Ukraine", "--from", "2025-06-12", "--to", "2025-06-12")
		datasets := map[string]bool{}
		for _, c := range cs {
			if v, _ := c.Value(); v != 1000340 {
				t.Errorf("%s: %v, want 1,000,340", c.Dataset, v)
			}
			datasets[c.Dataset] = true
		}
		if len(cs) != 2 || !datasets["petroivaniuk-ua-genstaff"] || !datasets["lod-orc-losses"] {
			t.Errorf("want the bulletin once per transcription, got %d claims from %v", len(cs), datasets)
		}
	})

	t.Run("GeneralStaff_2023_12_04_Personnel", func(t *testing.T) {
		cs := importE2EClaims(t, db, "--actor", "Russia", "--category", "casualties",
			"--source", "General Staff", "--from", "2023-12-04", "--to", "2023-12-04")
		if len(cs) != 1 {
			t.Fatalf("%d claims on 2023-12-04 (orc-losses has a gap there), want 1", len(cs))
		}
		if v, _ := cs[0].Value(); v != 332810 {
			t.Errorf("2023-12-04 personnel %v, want 332,810", v)
		}
	})

	t.Run("Oryx_RussiaTanksLastDay", func(t *testing.T) {
		want, day := importE2EOryxLastTanks(t, data("scarnecchia-oryx/daily_count_baseline2023-02-25.csv"))
		cs := importE2EClaims(t, db, "--actor", "Russia", "--category", "equipment:tanks", "--source", "Oryx")
		var last attrition.Claim
		for _, c := range cs {
			if c.Status == "" && c.PeriodEnd >= last.PeriodEnd {
				last = c
			}
		}
		if last.PeriodEnd.String() != day || last.Low == nil || *last.Low != want {
			t.Errorf("last Oryx Russia tanks: %v on %s, file says %v on %s", last.Low, last.PeriodEnd, want, day)
		}
	})

	t.Run("Economist_124RowsAccountedFor", func(t *testing.T) {
		rows := importE2ECSVRows(t, data("economist-estimates/estimates.csv"))
		skipped := len(regexp.MustCompile(`(?m)estimates\.csv:\d+: skipped`).FindAllString(estimatesStderr, -1))
		cs := importE2EClaims(t, db, "--dataset", "economist-estimates")
		stored := 0
		for _, c := range cs {
			// estimates.csv rows are quoted whole and start with their
			// day-first date.
			if regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{4},`).MatchString(c.Quote) && !strings.Contains(c.Document.URL, "#meduza") {
				stored++
			}
		}
		if stored+skipped != rows {
			t.Errorf("%d rows: %d stored, %d skipped", rows, stored, skipped)
		}
	})

	t.Run("Disagreements_2023_01_12", func(t *testing.T) {
		out, stderr, code := importE2ERun(t, "claims", "--db", db, "--disagree", "--category", "casualties",
			"--source", "General Staff", "--from", "2023-01-12", "--to", "2023-01-12", "--format", "jsonl")
		if code != 0 {
			t.Fatalf("claims --disagree: exit %d: %s", code, stderr)
		}
		if !strings.Contains(out, "113990") || !strings.Contains(out, "113390") {
			t.Errorf("the two transcriptions' 2023-01-12 figures (113,990 and 113,390) not shown as a disagreement:\n%s", out)
		}
	})
}

// importE2EOryxLastTanks reads the last Russia Tanks row of the Oryx daily
// file independently of the importer.
func importE2EOryxLastTanks(t *testing.T, path string) (float64, string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var v float64
	var day string
	for _, r := range recs[1:] {
		if r[0] == "Russia" && r[1] == "Tanks" && r[7] >= day {
			v, _ = strconv.ParseFloat(r[6], 64)
			day = r[7]
		}
	}
	return v, day
}

func importE2ECSVRows(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return len(recs) - 1
}

// TestImportE2E_NewerSnapshotAddsOnlyNewRows ingests an older snapshot of
// orc-losses (the file without its 30 newest days; it is newest first, so
// every byte offset shifts between the two) and then the real file: the
// second run must add only the new days' claims.
func TestImportE2E_NewerSnapshotAddsOnlyNewRows(t *testing.T) {
	path := filepath.Join(importE2EData, "lod-orc-losses/russian-losses.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("real datasets not available: %v", err)
	}
	var rows []json.RawMessage
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	older, _ := json.MarshalIndent(rows[30:], "", "  ")
	olderPath := filepath.Join(dir, "russian-losses-older.json")
	if err := os.WriteFile(olderPath, older, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "ledger.db")
	out, stderr, code := importE2ERun(t, "ingest", "--format", "genstaff-json", "--db", db, olderPath)
	if code != 0 {
		t.Fatalf("older snapshot: exit %d: %s", code, stderr)
	}
	oldRead, oldAdded, _ := importE2ECounts(t, out)
	out, stderr, code = importE2ERun(t, "ingest", "--format", "genstaff-json", "--db", db, path)
	if code != 0 {
		t.Fatalf("newer snapshot: exit %d: %s", code, stderr)
	}
	read, added, present := importE2ECounts(t, out)
	if present != oldAdded || added != read-oldRead || added == 0 {
		t.Errorf("older snapshot read %d added %d; newer read %d added %d present %d: want only the 30 new days added",
			oldRead, oldAdded, read, added, present)
	}
	// 30 days of 14 figures (personnel and 13 equipment types), none null
	// at the end of the series.
	if added != 30*14 {
		t.Errorf("added %d claims, want 30 days × 14 figures", added)
	}
}

// TestImportE2E_SpreadsheetWithMap maps anyone's columns with --map,
// constants and day-first dates included, and reports a bad row as
// file:line: field: reason with nothing stored.
func TestImportE2E_SpreadsheetWithMap(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ledger.db")
	sheet := filepath.Join(dir, "sheet.csv")
	content := "when,whose,what,from,to,link\n" +
		"12/06/2025,russia,casualties,\"1,000,000\",,https://x.com/DefenceHQ/status/1933073278408478992\n" +
		"20/03/2025,Russia,deaths,200000,250000,https://x.com/DefenceHQ/status/1902662502334259284\n"
	if err := os.WriteFile(sheet, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	mapping := "date=when,actor=whose,category=what,low=from,high=to,url=link,date_format=dmy,source==UK MoD,period_start==2022-02-24"
	out, stderr, code := importE2ERun(t, "ingest", sheet, "--db", db, "--map", mapping)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if read, added, _ := importE2ECounts(t, out); read != 2 || added != 2 {
		t.Errorf("read %d added %d", read, added)
	}
	cs := importE2EClaims(t, db, "--source", "UK MoD")
	if len(cs) != 2 {
		t.Fatalf("%d claims", len(cs))
	}
	for _, c := range cs {
		switch c.Category {
		case "casualties":
			if c.Bound != "at_least" || *c.Low != 1e6 || c.PeriodEnd.String() != "2025-06-12" {
				t.Errorf("casualties row: %s %v %s", c.Bound, *c.Low, c.PeriodEnd)
			}
		case "killed":
			if c.Bound != "range" || *c.Low != 200000 || *c.High != 250000 || c.PeriodStart.String() != "2022-02-24" {
				t.Errorf("killed row: %s %v–%v from %s", c.Bound, *c.Low, *c.High, c.PeriodStart)
			}
		default:
			t.Errorf("category %q", c.Category)
		}
	}

	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte(content+"31/02/2025,Russia,deaths,1,,https://a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = importE2ERun(t, "ingest", bad, "--db", db, "--map", mapping)
	if code != 1 || !strings.Contains(stderr, "bad.csv:4: date: no such day") || !strings.Contains(stderr, "nothing was stored") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
