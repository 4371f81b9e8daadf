package main

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

func fmtSscanf(s, format string, args ...any) (int, error) { return fmt.Sscanf(s, format, args...) }
func itoa(n int) string                                    { return strconv.Itoa(n) }

// filterLedger is a small ledger varied along every filter of claims.
const filterLedger = `actor,population,category,status,low,high,best,bound,period_start,period_end,source,document.url,document.published,dataset
Russia,military,casualties,,1000000,1000000,1000000,point,2022-02-24,2025-06-12,UK Ministry of Defence,https://a,2025-06-12,
Russia,military,killed,,,,,point,,,,,,
Russia,,equipment:tanks,destroyed,3000,3000,3000,point,2022-02-24,2024-01-01,Oryx,https://b,2024-01-02,scarnecchia-oryx
Ukraine,civilian,killed,,,5000,,fewer_than,,,UN OCHA,https://c,2023-03-01,
Russia,military,casualties,,400000,400000,400000,point,2022-02-24,2023-12-31,General Staff of the Armed Forces of Ukraine,https://d,2024-01-01,petroivaniuk-ua-genstaff
Russia,military,casualties,,401000,401000,401000,point,2022-02-24,2023-12-31,General Staff of the Armed Forces of Ukraine,https://e,2024-01-01,lod-orc-losses
Russia,military,casualties,,350000,350000,350000,point,2022-02-24,2023-11-30,General Staff of the Armed Forces of Ukraine,https://d,2023-12-01,petroivaniuk-ua-genstaff
Russia,military,casualties,,350000,350000,350000,point,2022-02-24,2023-11-30,General Staff of the Armed Forces of Ukraine,https://e,2023-12-01,lod-orc-losses
`

func TestClaimsFilters(t *testing.T) {
	e := newE2E(t)
	ledger := strings.Replace(filterLedger, "Russia,military,killed,,,,,point,,,,,,\n", "", 1)
	e.ok("ingest", "--db", e.db(), e.write("ledger.csv", ledger))
	// Each filter's answer, as the bests (or highs) in the order of the day
	// each claim speaks of: period end, else publication.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "5000 350000 350000 400000 401000 3000 1000000"},
		{[]string{"--actor", "russian"}, "350000 350000 400000 401000 3000 1000000"},
		{[]string{"--actor", "Kyiv"}, "5000"},
		{[]string{"--category", "tanks"}, "3000"},
		{[]string{"--category", "killed"}, "5000"},
		{[]string{"--population", "civilian"}, "5000"},
		{[]string{"--source", "general staff"}, "350000 350000 400000 401000"},
		{[]string{"--source", "ocha"}, "5000"},
		{[]string{"--dataset", "lod-orc-losses"}, "350000 401000"},
		{[]string{"--from", "2024-01-01"}, "3000 1000000"},
		{[]string{"--to", "2023-12-31"}, "5000 350000 350000 400000 401000"},
		{[]string{"--from", "2023-12-01", "--to", "2024-01-01"}, "400000 401000 3000"},
		{[]string{"--limit", "2"}, "5000 350000"},
		{[]string{"--source", "staff", "--limit", "1"}, "350000"},
		{[]string{"--actor", "Russia", "--category", "casualties", "--to", "2023-12-31", "--dataset", "petroivaniuk-ua-genstaff"}, "350000 400000"},
		{[]string{"--derived", "yes"}, ""},
		{[]string{"--derived", "no", "--actor", "nobody"}, ""},
	} {
		args := append([]string{"claims", "--db", e.db(), "--format", "csv"}, tc.args...)
		out := e.ok(args...)
		if got := csvFigures(t, out); got != tc.want {
			t.Errorf("%v: got %q, want %q", tc.args, got, tc.want)
		}
	}
}

// csvFigures lists each row's best, or its high when best is empty.
func csvFigures(t *testing.T, csv string) string {
	t.Helper()
	rows := strings.Split(strings.TrimSpace(csv), "\n")
	var out []string
	for _, r := range rows[1:] {
		cells := strings.Split(r, ",")
		if cells[8] != "" {
			out = append(out, cells[8])
		} else {
			out = append(out, cells[7])
		}
	}
	return strings.Join(out, " ")
}

// TestClaimsDisagree: two packagers' copies of the same bulletin that
// differ are shown together; copies that agree are not shown.
func TestClaimsDisagree(t *testing.T) {
	e := newE2E(t)
	ledger := strings.Replace(filterLedger, "Russia,military,killed,,,,,point,,,,,,\n", "", 1)
	e.ok("ingest", "--db", e.db(), e.write("ledger.csv", ledger))
	out := e.ok("claims", "--db", e.db(), "--disagree", "--format", "csv")
	if got := csvFigures(t, out); got != "400000 401000" {
		t.Errorf("--disagree found %q, want the 400,000 / 401,000 pair", got)
	}
	table := e.ok("claims", "--db", e.db(), "--disagree")
	if !strings.Contains(table, "400,000") || !strings.Contains(table, "401,000") || strings.Contains(table, "350,000") {
		t.Errorf("--disagree table:\n%s", table)
	}
	if out := e.ok("claims", "--db", e.db(), "--disagree", "--format", "jsonl", "--actor", "Ukraine"); out != "" {
		t.Errorf("--disagree on a ledger without disagreements printed %q", out)
	}
}

// TestClaimsDisagreeRealBulletins: the General Staff's daily bulletins as
// transcribed by two packagers.
func TestClaimsDisagreeRealBulletins(t *testing.T) {
	a := sharedData(t, "petroivaniuk-ua-genstaff", "russia_losses_personnel.json")
	b := sharedData(t, "lod-orc-losses", "russian-losses.json")
	if _, ok := importerLookup("genstaff-json"); !ok {
		t.Skip("the genstaff-json importer is not registered in this build")
	}
	e := newE2E(t)
	e.ok("ingest", "--db", e.db(), "--format", "genstaff-json", a, b)
	out := e.ok("claims", "--db", e.db(), "--disagree", "--format", "jsonl", "--category", "casualties")
	groups := e.ok("claims", "--db", e.db(), "--disagree", "--category", "casualties", "--limit", "3")
	t.Logf("%d claims in disagreeing casualty groups; first groups:\n%s", strings.Count(out, "\n"), groups)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "" && !strings.Contains(line, `"dataset"`) {
			t.Errorf("a disagreeing claim without its packager: %s", line)
			break
		}
	}
}
