package importer

import (
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

const (
	oryxDailyFile = "scarnecchia-oryx/daily_count_baseline2023-02-25.csv"
	oryxItemsFile = "scarnecchia-oryx/totals_by_system2023-02-26.csv"
)

// rawOryx reads the daily file independently of the importer.
func rawOryx(t *testing.T) []map[string]string {
	t.Helper()
	f, err := os.Open(realFile(t, oryxDailyFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// latest returns the claim with the latest period end among cs.
func latest(cs []attrition.Claim) attrition.Claim {
	var best attrition.Claim
	for _, c := range cs {
		if c.PeriodEnd >= best.PeriodEnd {
			best = c
		}
	}
	return best
}

func TestOryx_2023_02_24_RussiaTanksMatchFileTotal(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	var last map[string]string
	for _, r := range rawOryx(t) {
		if r["country"] == "Russia" && r["equipment_type"] == "Tanks" && (last == nil || r["date_recorded"] >= last["date_recorded"]) {
			last = r
		}
	}
	for _, status := range []string{"", "destroyed", "damaged", "abandoned", "captured"} {
		col := status
		if col == "" {
			col = "type_total"
		}
		c := latest(find(res, query{dataset: datasetOryx, actor: "Russia", category: "equipment:tanks", status: status}))
		if want := num(t, last[col]); val(c.Low) != want {
			t.Errorf("Russia tanks %s on the last day: %v, file says %v on %s", col, val(c.Low), want, last["date_recorded"])
		}
		if c.Bound != "at_least" || c.High != nil || c.Source != "Oryx" {
			t.Errorf("Oryx counts are lower bounds from Oryx: %s high %v source %q", c.Bound, val(c.High), c.Source)
		}
	}
	if last["type_total"] != "1772" {
		t.Logf("note: SOURCE.md says 1,772; the file's last row says %s", last["type_total"])
	}
}

func TestOryx_2022_02_23_SyntheticBaselineSkipped(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	first := attrition.MustDate("2022-03-19")
	for _, c := range res.Claims {
		if c.PeriodEnd < first {
			t.Fatalf("claim dated %s before the first real scrape", c.PeriodEnd)
		}
	}
	if !hasNote(res, "synthetic all-zero baseline") {
		t.Errorf("baseline skip not reported: %q", res.Notes)
	}
}

func TestOryx_2022_09_05_DuplicateKeysKeepLarger(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	c := one(t, res, query{dataset: datasetOryx, actor: "Russia", category: "equipment:tanks", end: "2022-09-05"})
	if val(c.Low) != 1012 {
		t.Errorf("Russia tanks 2022-09-05 (1,008 and 1,012 in the file): %v", val(c.Low))
	}
	if !hasNote(res, "7 duplicate keys", "larger") {
		t.Errorf("duplicates not counted in notes: %q", res.Notes)
	}
	// Ukraine's Infantry Mobility Vehicles on 2022-05-29: 100 and a
	// stray 2; keeping 2 would show a fall of 98 armoured vehicles.
	av := one(t, res, query{dataset: datasetOryx, actor: "Ukraine", category: "equipment:armoured_vehicles", end: "2022-05-29"})
	if av.HasFlag(attrition.FlagTotalDecreased) {
		t.Errorf("Ukraine armoured vehicles 2022-05-29 fell to %v: the stray duplicate was kept", val(av.Low))
	}
}

func TestOryx_2022_12_26_SplitHeaderRejoined(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	for _, r := range res.Rejected {
		if strings.Contains(r.Reason, "tured") || strings.Contains(r.Reason, "of which") {
			t.Errorf("split header fragment rejected instead of rejoined: %v", r)
		}
	}
	if !hasNote(res, "rejoined", "2022-12-26") || !hasNote(res, "captured 569") {
		t.Errorf("rejoin not reported: %q", res.Notes)
	}
	// With the captured count lost (0 instead of 569), captured armoured
	// vehicles would fall by hundreds on that day.
	// A claim is made only on days a count changes, so compare the
	// counts in force on the 25th and the 26th.
	asOf := func(day string) float64 {
		var in []attrition.Claim
		for _, c := range find(res, query{dataset: datasetOryx, actor: "Russia", category: "equipment:armoured_vehicles", status: "captured"}) {
			if c.PeriodEnd.String() <= day {
				in = append(in, c)
			}
		}
		return val(latest(in).Low)
	}
	if a, b := asOf("2022-12-25"), asOf("2022-12-26"); b < a || b < 569 {
		t.Errorf("captured armoured vehicles %v on 2022-12-25, %v on 2022-12-26", a, b)
	}
}

func TestOryx_2022_11_16_DroneSplitNotCountedTwice(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	var uav, recon, combat float64
	for _, r := range rawOryx(t) {
		if r["country"] != "Russia" {
			continue
		}
		switch {
		case r["equipment_type"] == "Unmanned Aerial Vehicles" && r["date_recorded"] <= "2022-11-16":
			uav = num(t, r["type_total"])
		case r["equipment_type"] == "Reconnaissance Unmanned Aerial Vehicles" && r["date_recorded"] == "2022-11-16":
			recon = num(t, r["type_total"])
		case r["equipment_type"] == "Unmanned Combat Aerial Vehicles" && r["date_recorded"] == "2022-11-16":
			combat = num(t, r["type_total"])
		}
	}
	c := one(t, res, query{dataset: datasetOryx, actor: "Russia", category: "equipment:drones", end: "2022-11-16"})
	if val(c.Low) != recon+combat {
		t.Errorf("Russia drones 2022-11-16: %v, want reconnaissance %v + combat %v (not plus the old category's %v)", val(c.Low), recon, combat, uav)
	}
	if !hasNote(res, "Russia \"unmanned aerial vehicles\" was split") {
		t.Errorf("split not reported: %q", res.Notes)
	}
}

func TestOryx_DirtyLabels_SurfaceToAirNewlineAndCase(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	if len(res.Rejected) != 0 {
		t.Errorf("labels left unmapped: %v", res.Rejected)
	}
	// "Surface-To-Air Missile Systems\n" rows count toward air defence:
	// the last air-defence total must include the SAM count.
	var sam float64
	var samDate string
	for _, r := range rawOryx(t) {
		if r["country"] == "Russia" && strings.HasPrefix(r["equipment_type"], "Surface-To-Air Missile Systems") && r["date_recorded"] >= samDate {
			sam, samDate = num(t, r["type_total"]), r["date_recorded"]
		}
	}
	c := one(t, res, query{dataset: datasetOryx, actor: "Russia", category: "equipment:air_defence", end: samDate})
	if val(c.Low) < sam {
		t.Errorf("air defence on %s is %v, below the SAM count %v alone", samDate, val(c.Low), sam)
	}
}

func TestOryx_2022_03_28_FallsFlaggedNotSmoothed(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	prev := map[string]float64{}
	flagged := 0
	for _, c := range res.Claims {
		k := c.Actor + c.Category + c.Status
		p, seen := prev[k]
		fell := seen && val(c.Low) < p
		if fell != c.HasFlag(attrition.FlagTotalDecreased) {
			t.Errorf("%s %s %s %s: %v after %v, flags %v", c.PeriodEnd, c.Actor, c.Category, c.Status, val(c.Low), p, c.Flags)
		}
		if fell {
			flagged++
		}
		prev[k] = val(c.Low)
	}
	if flagged == 0 || !hasNote(res, "counts fell") {
		t.Errorf("%d falls flagged; notes %q", flagged, res.Notes)
	}
}

func TestOryx_AllTypesIsACrossCheck(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxDailyFile)
	if !hasNote(res, "Russia categories without a row in the last 90 days", "anti-tank guided missiles 76 on 2022-03-31") {
		t.Errorf("stale categories not listed: %q", res.Notes)
	}
	if !hasNote(res, "Russia \"All Types\" on 2023-02-24 is 9393") {
		t.Errorf("All Types cross-check missing: %q", res.Notes)
	}
}

func TestOryx_PerItemFileCountsEvidence(t *testing.T) {
	res := importReal(t, "oryx-csv", oryxItemsFile)
	if len(res.Claims) != 0 || !hasNote(res, "13937 entries", "1029 evidence URLs shared by 2297") {
		t.Errorf("%d claims; notes %q", len(res.Claims), res.Notes)
	}
}

func TestOryx_NewerSnapshotAddsOnlyNewDays(t *testing.T) {
	path := realFile(t, oryxDailyFile)
	data := readFile(t, path)
	// The file is appended per group: an older snapshot is every row
	// scraped before a cut-off day.
	recs, err := readCSV(data)
	if err != nil {
		t.Fatal(err)
	}
	var older strings.Builder
	older.WriteString(recs[0].Raw + "\n")
	for _, r := range recs[1:] {
		if r.Fields[7] < "2023-01-01" {
			older.WriteString(r.Raw + "\n")
		}
	}
	full := run(t, "oryx-csv", data, path, Options{})
	old := run(t, "oryx-csv", []byte(older.String()), path, Options{})
	fullIDs := ids(full)
	for id := range ids(old) {
		if !fullIDs[id] {
			t.Fatal("a claim of the older snapshot is not in the newer one")
		}
	}
	cut := attrition.MustDate("2023-01-01")
	oldIDs := ids(old)
	for _, c := range full.Claims {
		c.Normalize()
		if inOld := oldIDs[c.ID]; inOld != (c.PeriodEnd < cut) {
			t.Fatalf("claim of %s: in older snapshot %v", c.PeriodEnd, inOld)
		}
	}
}

func TestOryx_Synthetic(t *testing.T) {
	hdr := "country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\n"
	tests := []struct {
		name    string
		in      string
		claims  int
		reject  int
		notes   []string
		wantErr string
	}{
		{name: "one row five claims", in: hdr + "Russia,Tanks,1,2,3,4,10,2022-03-19\n", claims: 5},
		{name: "unchanged status not repeated", in: hdr + "Russia,Tanks,1,2,3,4,10,2022-03-19\nRussia,Tanks,2,2,3,4,11,2022-03-20\n", claims: 7},
		{name: "case and newline in label", in: hdr + "Russia,\"tanks\n\",1,0,0,0,1,2022-03-19\n", claims: 5},
		{name: "unmapped label", in: hdr + "Russia,Laser Cannons,1,0,0,0,1,2022-03-19\n", reject: 1, notes: []string{`unmapped label "Laser Cannons"`}},
		{name: "blank cell", in: hdr + "Russia,Tanks,,0,0,0,0,2022-03-19\n", claims: 5, notes: []string{"blank count cells"}},
		{name: "bad count", in: hdr + "Russia,Tanks,x,0,0,0,0,2022-03-19\n", wantErr: "destroyed"},
		{name: "bad date", in: hdr + "Russia,Tanks,1,0,0,0,1,19/03/2022\n", wantErr: "date_recorded"},
		{name: "rename is one series", in: hdr + "Ukraine,Radars,1,0,0,0,1,2022-03-19\nUkraine,Radars And Communications Equipment,2,0,0,0,2,2022-04-04\n", claims: 7},
		{name: "american spelling and ampersand", in: hdr + "Russia,Armored Fighting Vehicles,1,0,0,0,1,2022-03-19\nRussia,\"Trucks, Vehicles & Jeeps\",1,0,0,0,1,2022-03-19\n", claims: 10},
		{name: "later oryx category", in: hdr + "Ukraine,Loitering Munitions,1,0,0,0,1,2024-03-19\n", claims: 5},
		{name: "not oryx", in: "a,b\n1,2\n", wantErr: "unrecognised header"},
		{name: "empty", in: "", wantErr: "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im, _ := Lookup("oryx-csv")
			res, err := im.Import(t.Context(), strings.NewReader(tt.in), "x.csv", Options{})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Claims) != tt.claims || len(res.Rejected) != tt.reject {
				t.Errorf("%d claims %d rejected, want %d and %d (%v)", len(res.Claims), len(res.Rejected), tt.claims, tt.reject, res.Rejected)
			}
			if len(tt.notes) > 0 && !hasNote(res, tt.notes...) {
				t.Errorf("notes %q lack %q", res.Notes, tt.notes)
			}
		})
	}
}
