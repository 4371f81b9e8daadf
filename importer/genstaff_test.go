package importer

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

const (
	petroPersonnel  = "petroivaniuk-ua-genstaff/russia_losses_personnel.json"
	petroEquipFile  = "petroivaniuk-ua-genstaff/russia_losses_equipment.json"
	petroCorrection = "petroivaniuk-ua-genstaff/russia_losses_equipment_correction.json"
	petroOryx       = "petroivaniuk-ua-genstaff/russia_losses_equipment_oryx.json"
	lodFile         = "lod-orc-losses/russian-losses.json"
)

// rawDays reads a JSON array of daily records independently of the
// importer, keyed by date, so expectations come from the file itself.
func rawDays(t *testing.T, rel string) map[string]map[string]any {
	t.Helper()
	var rows []map[string]any
	if err := json.Unmarshal(readFile(t, realFile(t, rel)), &rows); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, r := range rows {
		out[r["date"].(string)] = r
	}
	return out
}

func TestGenstaff_2023_12_04_Personnel332810(t *testing.T) {
	res := importReal(t, "genstaff-json", petroPersonnel)
	c := one(t, res, query{dataset: datasetPetro, category: "casualties", end: "2023-12-04"})
	if val(c.Best) != 332810 || val(c.Low) != 332810 || val(c.High) != 332810 || c.Bound != "point" || !c.Approx {
		t.Errorf("2023-12-04: got best %v low %v high %v bound %s approx %v, want point ≈332,810", val(c.Best), val(c.Low), val(c.High), c.Bound, c.Approx)
	}
	if c.Actor != "Russia" || c.Population != "military" || c.PeriodStart.String() != "2022-02-24" {
		t.Errorf("who/period: %s %s %s", c.Actor, c.Population, c.PeriodStart)
	}
	if c.Source != sourceGeneralStaff || c.Document.URL != repoPetro+"#2023-12-04" || c.Document.Published.String() != "2023-12-04" {
		t.Errorf("provenance: %q %q %s", c.Source, c.Document.URL, c.Document.Published)
	}
	if !strings.Contains(c.Quote, `"personnel":332810`) || !strings.Contains(c.Quote, `"about"`) {
		t.Errorf("quote %q does not carry the figure and its qualifier", c.Quote)
	}
}

func TestGenstaff_2025_06_12_OneMillionInBothCopies(t *testing.T) {
	petro := importReal(t, "genstaff-json", petroPersonnel)
	lod := importReal(t, "genstaff-json", lodFile)
	p := one(t, petro, query{dataset: datasetPetro, category: "casualties", end: "2025-06-12"})
	l := one(t, lod, query{dataset: datasetLod, category: "casualties", end: "2025-06-12"})
	for _, c := range []attrition.Claim{p, l} {
		if val(c.Best) != 1000340 || c.Source != sourceGeneralStaff {
			t.Errorf("%s 2025-06-12: %v from %q, want 1,000,340 from the General Staff", c.Dataset, val(c.Best), c.Source)
		}
	}
	want := rawDays(t, lodFile)["2025-06-12"]["sourceUri"].(string)
	if l.Document.URL != want || !strings.HasPrefix(want, "https://mod.gov.ua/") {
		t.Errorf("lod document %q, want the row's sourceUri %q", l.Document.URL, want)
	}
	pc, lc := p, l
	pc.Normalize()
	lc.Normalize()
	if pc.ID == lc.ID {
		t.Error("two packagers' copies of one bulletin must be two claims")
	}
}

func TestGenstaff_2022_03_07_MoreThanQualifier(t *testing.T) {
	res := importReal(t, "genstaff-json", petroPersonnel)
	days := rawDays(t, petroPersonnel)
	more := 0
	ix := indexClaims(res)
	for date, r := range days {
		got := ix.get(datasetPetro, "casualties", "", date)
		if len(got) != 1 {
			t.Fatalf("%s: %d claims", date, len(got))
		}
		c := got[0]
		if r["personnel*"] == "more" {
			more++
			if c.Bound != "more_than" || val(c.Low) != r["personnel"].(float64) || c.High != nil || c.Best != nil || c.Approx {
				t.Errorf("%s: \"more\" %v stored as %s low %v high %v", date, r["personnel"], c.Bound, val(c.Low), val(c.High))
			}
		} else if c.Bound != "point" || !c.Approx {
			t.Errorf("%s: \"about\" stored as %s approx %v", date, c.Bound, c.Approx)
		}
	}
	if more == 0 || !hasNote(res, "qualified \"more\"", "2022-03-07") {
		t.Errorf("want the more rows (%d) reported in notes: %q", more, res.Notes)
	}
}

func TestGenstaff_2022_04_27_PrisonersWhileReported(t *testing.T) {
	res := importReal(t, "genstaff-json", petroPersonnel)
	days := rawDays(t, petroPersonnel)
	want := 0
	ix := indexClaims(res)
	for date, r := range days {
		pow, ok := r["POW"].(float64)
		got := ix.get(datasetPetro, "captured", "", date)
		switch {
		case !ok || pow == 0:
			if len(got) != 0 {
				t.Errorf("%s: POW %v should not be a claim", date, r["POW"])
			}
		default:
			want++
			if len(got) != 1 || val(got[0].Best) != pow {
				t.Errorf("%s: POW %v, got %v", date, pow, got)
			}
		}
	}
	last := find(res, query{dataset: datasetPetro, category: "captured", end: "2022-04-27"})
	if want == 0 || len(last) != 1 {
		t.Errorf("want prisoners up to 2022-04-27; %d rows with POW", want)
	}
}

func TestGenstaff_2023_05_28_TankDecrease(t *testing.T) {
	res := importReal(t, "genstaff-json", petroEquipFile)
	before := one(t, res, query{dataset: datasetPetro, category: "equipment:tanks", end: "2023-05-27"})
	after := one(t, res, query{dataset: datasetPetro, category: "equipment:tanks", end: "2023-05-28"})
	if val(after.Best) >= val(before.Best) {
		t.Fatalf("file has tanks %v → %v; the test expects a fall", val(before.Best), val(after.Best))
	}
	if !after.HasFlag(attrition.FlagTotalDecreased) || before.HasFlag(attrition.FlagTotalDecreased) {
		t.Errorf("fall must be stored as published and flagged: before %v after %v", before.Flags, after.Flags)
	}
	if !hasNote(res, "fell", "2023-05-28 tanks") {
		t.Errorf("fall not reported: %q", res.Notes)
	}
}

func TestGenstaff_2026_03_04_ArtilleryDecreaseWithoutCorrectionRow(t *testing.T) {
	res := importReal(t, "genstaff-json", petroEquipFile)
	c := one(t, res, query{dataset: datasetPetro, category: "equipment:artillery", end: "2026-03-04"})
	if !c.HasFlag(attrition.FlagTotalDecreased) {
		t.Errorf("artillery 2026-03-04 %v not flagged", val(c.Best))
	}
	// Every flagged claim must really be below the day before.
	prev := map[string]float64{}
	for _, c := range res.Claims {
		if p, ok := prev[c.Category]; ok && c.HasFlag(attrition.FlagTotalDecreased) != (val(c.Best) < p) {
			t.Errorf("%s %s: flag %v but %v after %v", c.PeriodEnd, c.Category, c.Flags, val(c.Best), p)
		}
		prev[c.Category] = val(c.Best)
	}
}

func TestGenstaff_2022_05_01_VehiclesAndMissilesSpliced(t *testing.T) {
	res := importReal(t, "genstaff-json", petroEquipFile)
	days := rawDays(t, petroEquipFile)
	apr30, may1 := days["2022-04-30"], days["2022-05-01"]
	v := one(t, res, query{dataset: datasetPetro, category: "equipment:vehicles", end: "2022-04-30"})
	if want := apr30["military auto"].(float64) + apr30["fuel tank"].(float64); val(v.Best) != want {
		t.Errorf("2022-04-30 vehicles %v, want military auto + fuel tank = %v", val(v.Best), want)
	}
	if !strings.Contains(v.Quote, "military auto") || !strings.Contains(v.Quote, "fuel tank") {
		t.Errorf("spliced quote %q must show both fields", v.Quote)
	}
	v = one(t, res, query{dataset: datasetPetro, category: "equipment:vehicles", end: "2022-05-01"})
	if val(v.Best) != may1["vehicles and fuel tanks"].(float64) || v.HasFlag(attrition.FlagTotalDecreased) {
		t.Errorf("2022-05-01 vehicles %v flags %v", val(v.Best), v.Flags)
	}
	m := one(t, res, query{dataset: datasetPetro, category: "equipment:missiles", end: "2022-04-30"})
	if val(m.Best) != apr30["mobile SRBM system"].(float64) {
		t.Errorf("2022-04-30 missiles %v, want mobile SRBM system", val(m.Best))
	}
	m = one(t, res, query{dataset: datasetPetro, category: "equipment:missiles", end: "2022-05-01"})
	if val(m.Best) != may1["cruise missiles"].(float64) {
		t.Errorf("2022-05-01 missiles %v, want cruise missiles", val(m.Best))
	}
	if !hasNote(res, "military auto") || !hasNote(res, "mobile SRBM") || !hasNote(res, "greatest losses direction") {
		t.Errorf("splices and skipped fields must be reported: %q", res.Notes)
	}
}

func TestGenstaff_2026_05_03_GroundRoboticSystemsStock(t *testing.T) {
	res := importReal(t, "genstaff-json", petroEquipFile)
	c := one(t, res, query{dataset: datasetPetro, category: "equipment:other", end: "2026-05-03"})
	if want := rawDays(t, petroEquipFile)["2026-05-03"]["ground robotic systems"].(float64); val(c.Best) != want {
		t.Errorf("ground robotic systems %v, want %v", val(c.Best), want)
	}
	if !hasNote(res, "ground robotic systems", "2026-05-03", "stock") {
		t.Errorf("first-day stock not reported: %q", res.Notes)
	}
}

func TestGenstaff_EveryFieldOfEveryDayStored(t *testing.T) {
	res := importReal(t, "genstaff-json", petroEquipFile)
	days := rawDays(t, petroEquipFile)
	want := 0
	for _, r := range days {
		types := map[string]bool{}
		for k := range r {
			if typ, ok := petroEquipment[normKey(k)]; ok {
				types[typ] = true
			}
		}
		want += len(types)
	}
	if len(res.Claims) != want {
		t.Errorf("%d claims, want one per day and mapped type = %d", len(res.Claims), want)
	}
	if len(res.Rejected) != 0 {
		t.Errorf("rejections on a clean file: %v", res.Rejected[:min(3, len(res.Rejected))])
	}
}

func TestGenstaff_Lod_2022_02_27_ThreeDaySummaryEndsOn26th(t *testing.T) {
	res := importReal(t, "genstaff-json", lodFile)
	c := one(t, res, query{dataset: datasetLod, category: "casualties", end: "2022-02-26"})
	if val(c.Best) != 4300 || c.Document.Published.String() != "2022-02-27" || !strings.Contains(c.Document.URL, "24-26") {
		t.Errorf("got %v published %s from %s", val(c.Best), c.Document.Published, c.Document.URL)
	}
	if len(find(res, query{dataset: datasetLod, category: "casualties", end: "2022-02-27"})) != 0 {
		t.Error("the 2022-02-27 post must not also be a claim ending on the 27th")
	}
	// Aligned this way, both transcriptions agree on that day.
	petro := importReal(t, "genstaff-json", petroPersonnel)
	if p := one(t, petro, query{dataset: datasetPetro, category: "casualties", end: "2022-02-26"}); val(p.Best) != val(c.Best) {
		t.Errorf("petro 2022-02-26 %v vs lod %v", val(p.Best), val(c.Best))
	}
}

func TestGenstaff_Lod_2023_01_12_CopiesDisagree(t *testing.T) {
	lod := importReal(t, "genstaff-json", lodFile)
	petro := importReal(t, "genstaff-json", petroPersonnel)
	l := one(t, lod, query{dataset: datasetLod, category: "casualties", end: "2023-01-12"})
	p := one(t, petro, query{dataset: datasetPetro, category: "casualties", end: "2023-01-12"})
	if val(l.Best) == val(p.Best) {
		t.Fatalf("both copies say %v; the files disagree on 2023-01-12", val(l.Best))
	}
	raw := rawDays(t, lodFile)["2023-01-12"]["personnel"].(float64)
	if val(l.Best) != raw {
		t.Errorf("lod %v, file %v", val(l.Best), raw)
	}
}

func TestGenstaff_Lod_NullsGapsAndOrder(t *testing.T) {
	res := importReal(t, "genstaff-json", lodFile)
	days := rawDays(t, lodFile)
	ix := indexClaims(res)
	for date, r := range days {
		for k, v := range r {
			cat, ok := lodFields[normKey(k)]
			if !ok {
				continue
			}
			end := date
			if date == "2022-02-27" {
				end = "2022-02-26"
			}
			got := ix.get(datasetLod, cat, "", end)
			if v == nil && len(got) != 0 {
				t.Errorf("%s %s is null but stored", date, k)
			}
			if v != nil && (len(got) != 1 || val(got[0].Best) != v.(float64)) {
				t.Errorf("%s %s = %v, stored %v", date, k, v, got)
			}
		}
	}
	if !hasNote(res, "gaps", "largest: 150 days after 2023-07-22") || !hasNote(res, "null") || !hasNote(res, "fuel tankers") {
		t.Errorf("gaps, nulls and the vehicle definition must be reported: %q", res.Notes)
	}
	// Newest-first input: falls are judged in date order.
	c := one(t, res, query{dataset: datasetLod, category: "equipment:mlrs", end: "2025-06-08"})
	if !c.HasFlag(attrition.FlagTotalDecreased) {
		t.Error("rocketSystems 2025-06-08 (1,410 → 1,402) not flagged")
	}
}

func TestGenstaff_Corrections_2024_11_30_ListedNotStored(t *testing.T) {
	res := importReal(t, "genstaff-json", petroCorrection)
	if len(res.Claims) != 0 {
		t.Errorf("corrections are deltas inside the published totals; got %d claims", len(res.Claims))
	}
	if !hasNote(res, "2024-11-30", "special equipment -85") || !hasNote(res, "2025-02-28", "personnel +1650") {
		t.Errorf("corrections not listed: %q", res.Notes)
	}
	if !hasNote(res, "2024-06-23 has day 850") {
		t.Errorf("the wrong day number of 2024-06-23 is not reported: %q", res.Notes)
	}
}

func TestGenstaff_OryxSnapshotIsNotADatedSeries(t *testing.T) {
	res := importReal(t, "genstaff-json", petroOryx)
	if len(res.Claims) != 0 || !hasNote(res, "338 models", "9022") {
		t.Errorf("%d claims, notes %q", len(res.Claims), res.Notes)
	}
}

// A newer snapshot of a file adds only its new days: identities do not
// depend on other rows, on row order or on byte offsets.
func TestGenstaff_NewerSnapshotAddsOnlyNewDays(t *testing.T) {
	for _, rel := range []string{petroPersonnel, lodFile, petroEquipFile} {
		t.Run(rel, func(t *testing.T) {
			path := realFile(t, rel)
			var rows []json.RawMessage
			if err := json.Unmarshal(readFile(t, path), &rows); err != nil {
				t.Fatal(err)
			}
			// The older snapshot: the file without its 100 newest days.
			// orc-losses is newest first, the others oldest first.
			older := rows[:len(rows)-100]
			if rel == lodFile {
				older = rows[100:]
			}
			olderData, _ := json.MarshalIndent(older, "", "    ")
			full := run(t, "genstaff-json", readFile(t, path), path, Options{})
			old := run(t, "genstaff-json", olderData, path, Options{})
			fullIDs, oldIDs := ids(full), ids(old)
			for id := range oldIDs {
				if !fullIDs[id] {
					t.Fatalf("a claim of the older snapshot is not in the newer one: re-import would add a changed copy")
				}
			}
			newDates := map[string]bool{}
			for _, c := range full.Claims {
				c.Normalize()
				if !oldIDs[c.ID] {
					newDates[c.Document.Published.String()] = true
				}
			}
			if len(newDates) != 100 {
				t.Errorf("the newer snapshot adds claims on %d dates, want the 100 new days", len(newDates))
			}
		})
	}
}

func TestGenstaff_Synthetic(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		claims  int
		reject  int
		notes   []string
		wantErr string
	}{
		{name: "duplicate day identical", in: `[{"date":"2022-03-01","day":6,"personnel":5710,"personnel*":"about"},{"date":"2022-03-01","day":6,"personnel":5710,"personnel*":"about"}]`,
			claims: 1, notes: []string{"deduplicated", "2022-03-01"}},
		{name: "duplicate day differing", in: `[{"date":"2022-03-01","personnel":5710},{"date":"2022-03-01","personnel":5711}]`,
			claims: 2, notes: []string{"different figures"}},
		{name: "gap", in: `[{"date":"2022-03-01","personnel":5710},{"date":"2022-03-05","personnel":6000}]`,
			claims: 2, notes: []string{"1 gaps, 3 days missing"}},
		{name: "number as string", in: `[{"date":"2022-03-01","personnel":"5710"}]`, claims: 1},
		{name: "not a number", in: `[{"date":"2022-03-01","personnel":1},{"date":"2022-03-02","personnel":"lots"}]`, wantErr: "x.json:1: personnel: not a number"},
		{name: "bad date", in: `[{"date":"2022-02-30","personnel":1}]`, wantErr: "x.json:1: date: malformed date"},
		{name: "every bad row reported", in: "[\n{\"date\":\"2022-03-01\",\"tank\":\"x\"},\n{\"date\":\"2022-03-02\",\"tank\":true}]", wantErr: "x.json:2: tank: not a number: x\nx.json:3: tank: not a number: true"},
		{name: "personnel fall", in: `[{"date":"2022-04-01","personnel":17800},{"date":"2022-04-02","personnel":17700}]`,
			claims: 2, notes: []string{"fell", "2022-04-02 casualties 17800→17700"}},
		{name: "unknown equipment field", in: `[{"date":"2022-04-01","tank":1,"laser cannons":3}]`,
			claims: 1, notes: []string{`unmapped field "laser cannons"`}},
		{name: "lod without url", in: `[{"date":"2022-04-01","sourceUri":"","personnel":1,"tanks":null}]`,
			claims: 1, notes: []string{"without a usable sourceUri"}},
		{name: "not an array", in: `{"date":"2022-04-01"}`, wantErr: "array"},
		{name: "csv copy", in: "date,day,personnel,personnel*,POW\n2022-03-07,12,11000,more,259\n2022-03-08,13,12000,about,\n",
			claims: 3, notes: []string{"qualified \"more\""}},
		{name: "joined table of totals", in: `[{"date":"2022-04-30","personnel":23000,"personnel*":"about","tank":970,"military auto":1000,"fuel tank":75}]`,
			claims: 3},
		{name: "corrections told by signed values", in: `[{"date":"2022-10-13","personnel":0,"APC":-25,"tank":0}]`,
			notes: []string{"APC -25"}},
		{name: "csv equipment copy", in: "date,day,tank,military auto,fuel tank,greatest losses direction\n2022-04-30,66,1,2,3,Donetsk\n", claims: 2},
		{name: "unknown layout", in: `[{"date":"2022-04-01","apples":3}]`, wantErr: "unrecognised layout"},
		{name: "empty", in: `[]`},
		{name: "truncated", in: `[{"date":"2022-04-01","personnel":1},`, wantErr: "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im, _ := Lookup("genstaff-json")
			res, err := im.Import(t.Context(), strings.NewReader(tt.in), "x.json", Options{})
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

// The CSV copy of the same table (as on Kaggle) gives the same claims,
// so importing both adds nothing twice.
func TestGenstaff_CSVCopyGivesSameClaims(t *testing.T) {
	path := realFile(t, petroPersonnel)
	var rows []map[string]any
	if err := json.Unmarshal(readFile(t, path), &rows); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("date,day,personnel,personnel*,POW\n")
	for _, r := range rows {
		pow := ""
		if v, ok := r["POW"]; ok {
			pow = strconv.FormatFloat(v.(float64), 'f', -1, 64)
		}
		fmt.Fprintf(&b, "%s,%v,%v,%s,%s\n", r["date"], r["day"], int64(r["personnel"].(float64)), r["personnel*"], pow)
	}
	fromJSON := importReal(t, "genstaff-json", petroPersonnel)
	fromCSV := run(t, "genstaff-json", []byte(b.String()), "russia_losses_personnel.csv", Options{})
	a, c := ids(fromJSON), ids(fromCSV)
	if len(a) != len(c) {
		t.Fatalf("JSON %d claims, CSV %d", len(a), len(c))
	}
	for id := range a {
		if !c[id] {
			t.Fatal("a claim of the JSON file differs from the CSV copy's")
		}
	}
}
