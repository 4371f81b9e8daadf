package importer

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

const (
	estimatesFile  = "economist-estimates/estimates.csv"
	ukMonthlyFile  = "economist-estimates/uk-mod-month-by-month.csv"
	meduza2025File = "economist-estimates/meduza-probate-weekly-2025.csv"
	meduza2026File = "economist-estimates/meduza-probate-weekly-2026.csv"
)

// claimOn returns the estimates.csv claim whose quote starts with the
// row's first cells.
func claimOn(t *testing.T, res *Result, rowStart string) attrition.Claim {
	t.Helper()
	var got []attrition.Claim
	for _, c := range res.Claims {
		if strings.HasPrefix(c.Quote, rowStart) {
			got = append(got, c)
		}
	}
	if len(got) != 1 {
		t.Fatalf("want 1 claim for row %q, got %d", rowStart, len(got))
	}
	return got[0]
}

func TestEconomist_All124RowsAccountedFor(t *testing.T) {
	path := realFile(t, estimatesFile)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	rows := len(recs) - 1
	res := importReal(t, "economist-csv", estimatesFile)
	if len(res.Claims)+len(res.Rejected) != rows {
		t.Errorf("%d rows, %d stored + %d rejected", rows, len(res.Claims), len(res.Rejected))
	}
	for _, r := range res.Rejected {
		if r.Line == 0 || r.Reason == "" {
			t.Errorf("rejection without line or reason: %+v", r)
		}
	}
	if !hasNote(res, "124 estimate rows") {
		t.Errorf("row count not reported: %q", res.Notes)
	}
}

func TestEconomist_Row_21_06_2024_QuotedThousandsRangeWithBest(t *testing.T) {
	res := importReal(t, "economist-csv", estimatesFile)
	c := claimOn(t, res, "21/06/2024,106000,")
	if c.Bound != "range" || val(c.Low) != 106000 || val(c.High) != 140000 || val(c.Best) != 120000 || c.Category != "killed" {
		t.Errorf("got %s %v–%v best %v %s", c.Bound, val(c.Low), val(c.High), val(c.Best), c.Category)
	}
	if c.Source != "Mediazona; Meduza" || !strings.HasPrefix(c.Document.URL, repoEconomist) || !strings.Contains(c.Document.Title, "via email") {
		t.Errorf("note-only source_url: source %q url %q title %q", c.Source, c.Document.URL, c.Document.Title)
	}
}

func TestEconomist_Row_16_01_2024_WarringPartyFlag(t *testing.T) {
	res := importReal(t, "economist-csv", estimatesFile)
	c := claimOn(t, res, "16/01/2024,")
	if !c.HasFlag(attrition.FlagWarringParty) || c.Actor != "Russia" || c.Category != "casualties" || val(c.Best) != 390580 {
		t.Errorf("got %s %s %v flags %v", c.Actor, c.Category, val(c.Best), c.Flags)
	}
	other := claimOn(t, res, "12/06/2025,,,1000000,")
	if other.HasFlag(attrition.FlagWarringParty) || other.Source != "UK Ministry of Defence" {
		t.Errorf("UK MoD row: flags %v source %q", other.Flags, other.Source)
	}
	n := 0
	for _, c := range res.Claims {
		if c.HasFlag(attrition.FlagWarringParty) {
			n++
		}
	}
	if !hasNote(res, "warring party") || n == 0 {
		t.Errorf("%d flagged; notes %q", n, res.Notes)
	}
}

func TestEconomist_Row_29_06_2022_HighOnlyIsAtMost(t *testing.T) {
	res := importReal(t, "economist-csv", estimatesFile)
	c := claimOn(t, res, "29/06/2022,,25000,")
	if c.Bound != "at_most" || val(c.High) != 25000 || c.Low != nil {
		t.Errorf("got %s low %v high %v", c.Bound, val(c.Low), val(c.High))
	}
	c = claimOn(t, res, "20/07/2022,15000,,,deaths")
	if c.Bound != "at_least" || val(c.Low) != 15000 || c.High != nil {
		t.Errorf("low only: got %s low %v high %v", c.Bound, val(c.Low), val(c.High))
	}
}

func TestEconomist_Row_17_9_2024_SingleDigitMonthDayFirst(t *testing.T) {
	res := importReal(t, "economist-csv", estimatesFile)
	c := claimOn(t, res, "17/9/2024,,,80000,")
	if c.PeriodEnd.String() != "2024-09-17" || c.Actor != "Ukraine" || c.PeriodStart.String() != "2022-02-24" {
		t.Errorf("got %s → %s for %s", c.PeriodStart, c.PeriodEnd, c.Actor)
	}
	c = claimOn(t, res, "1/12/2025,,,\"1,200,000\"")
	if c.PeriodEnd.String() != "2025-12-01" || val(c.Best) != 1200000 {
		t.Errorf("got %s %v", c.PeriodEnd, val(c.Best))
	}
}

func TestEconomist_Row_30_05_2025_URLFollowedByNote(t *testing.T) {
	res := importReal(t, "economist-csv", estimatesFile)
	c := claimOn(t, res, "30/05/2025,70935,")
	if c.Document.URL != "https://ualosses.org/en/soldiers/" || !strings.Contains(c.Document.Title, "exclude pre-invasion deaths") {
		t.Errorf("url %q title %q", c.Document.URL, c.Document.Title)
	}
}

func TestEconomist_SyntheticMultilineAndRejections(t *testing.T) {
	data := readFile(t, "testdata/estimates-multiline.csv")
	res := run(t, "economist-csv", data, "estimates-multiline.csv", Options{})
	if len(res.Claims) != 3 {
		t.Errorf("%d claims, want 3: %v", len(res.Claims), res.Rejected)
	}
	wantReasons := []string{"no such day", "no figure", "outside its range", "unknown \"wounded and sad\"", "country", "before the war"}
	if len(res.Rejected) != len(wantReasons) {
		t.Errorf("rejected %v", res.Rejected)
	}
	for _, w := range wantReasons {
		found := false
		for _, r := range res.Rejected {
			found = found || strings.Contains(r.Reason, w)
		}
		if !found {
			t.Errorf("no rejection says %q: %v", w, res.Rejected)
		}
	}
	c := claimOn(t, res, "\"1/12/2025\",275000")
	if c.Source != "CSIS, with a note that spills over three lines" || strings.Contains(c.Quote, "\n") {
		t.Errorf("multi-line source %q quote %q", c.Source, c.Quote)
	}
	w := claimOn(t, res, "17/9/2024")
	if val(w.Best) != 480000 || !w.HasFlag(attrition.FlagWarringParty) || !strings.HasPrefix(w.Document.URL, repoEconomist) {
		t.Errorf("got %v flags %v url %s", val(w.Best), w.Flags, w.Document.URL)
	}
	// Line numbers point at where each record starts.
	for _, r := range res.Rejected {
		if strings.Contains(r.Reason, "no such day") && r.Line != 8 {
			t.Errorf("30/02/2024 is on line 8, rejection says %d", r.Line)
		}
	}
}

func TestEconomist_UK_March2022_CountsFromTheInvasion(t *testing.T) {
	res := importReal(t, "economist-csv", ukMonthlyFile)
	if len(res.Claims) != 47*3 || len(res.Rejected) != 0 {
		t.Errorf("%d claims %d rejected, want 3 per month for 47 months", len(res.Claims), len(res.Rejected))
	}
	var rate, month, cum []attrition.Claim
	for _, c := range res.Claims {
		switch {
		case c.Per == "day":
			rate = append(rate, c)
		case c.PeriodStart.String() == "2022-02-24" && c.PeriodEnd.Day() == 1:
			cum = append(cum, c)
		default:
			month = append(month, c)
		}
		if c.HasFlag(attrition.FlagArithmeticMismatch) {
			t.Errorf("%s %s: the file's arithmetic holds, flagged anyway", c.PeriodEnd, c.Quote)
		}
	}
	if len(rate) != 47 || len(cum) != 47 || len(month) != 47 {
		t.Fatalf("rate %d month %d cumulative %d", len(rate), len(month), len(cum))
	}
	if r := rate[0]; r.PeriodStart.String() != "2022-03-01" || r.PeriodEnd.String() != "2022-03-31" || val(r.Best) != 386 {
		t.Errorf("March 2022 rate: %s–%s %v", r.PeriodStart, r.PeriodEnd, val(r.Best))
	}
	if m := month[0]; m.PeriodStart.String() != "2022-02-24" || val(m.Best) != 11966 {
		t.Errorf("March 2022 count: %s–%s %v", m.PeriodStart, m.PeriodEnd, val(m.Best))
	}
	if m := month[1]; m.PeriodStart.String() != "2022-04-01" || m.PeriodEnd.String() != "2022-04-30" {
		t.Errorf("April 2022 count: %s–%s", m.PeriodStart, m.PeriodEnd)
	}
	if c := cum[len(cum)-1]; c.PeriodEnd.String() != "2026-02-01" || val(c.Best) != 1230459 || c.Source != "UK Ministry of Defence" {
		t.Errorf("last cumulative %s %v %q", c.PeriodEnd, val(c.Best), c.Source)
	}
}

func TestEconomist_UK_ArithmeticMismatchFlagged(t *testing.T) {
	in := "month,year,casualties (average daily losses),days in month,casualties in month,cumulative casualties,date (at beginning of next month),source,source_url,note\n" +
		"march,2022,386,31,11966,11966,01/04/2022,UK MoD,https://x.com/a,\n" +
		"april,2022,500,30,5790,17000,01/05/2022,UK MoD,https://x.com/a,\n"
	res := run(t, "economist-csv", []byte(in), "uk.csv", Options{})
	flagged := 0
	for _, c := range res.Claims {
		if c.HasFlag(attrition.FlagArithmeticMismatch) {
			flagged++
		}
	}
	// April: 500 × 30 ≠ 5,790 (rate and count), 11,966 + 5,790 ≠ 17,000.
	if flagged != 3 || !hasNote(res, "do not add up") {
		t.Errorf("%d flagged, notes %q", flagged, res.Notes)
	}
}

func TestMeduza2025_2022_02_21_FirstWeekAfterBOM(t *testing.T) {
	res := importReal(t, "economist-csv", meduza2025File)
	if !hasNote(res, "byte-order mark") {
		t.Errorf("BOM not reported: %q", res.Notes)
	}
	var est, named []attrition.Claim
	for _, c := range res.Claims {
		if c.PeriodStart.String() != "2022-02-21" {
			continue
		}
		if c.HasFlag(flagNamedList) {
			named = append(named, c)
		} else {
			est = append(est, c)
		}
	}
	if len(est) != 1 || len(named) != 1 {
		t.Fatalf("week of 2022-02-21: %d estimates, %d named counts", len(est), len(named))
	}
	e := est[0]
	if e.Bound != "range" || val(e.Best) != 433.6135576 || val(e.Low) != 408.1324959 || val(e.High) != 462.5151169 ||
		e.Probability == nil || *e.Probability != [2]float64{0.95, 0.95} || !e.HasFlag(flagInterval95) || e.Likelihood != "" {
		t.Errorf("estimate: %s %v [%v, %v] p %v flags %v", e.Bound, val(e.Best), val(e.Low), val(e.High), e.Probability, e.Flags)
	}
	if e.PeriodEnd.String() != "2022-02-27" || e.Per != "" || e.Category != "killed" || e.Source != "Mediazona; Meduza" {
		t.Errorf("week: %s–%s per %q %s %q", e.PeriodStart, e.PeriodEnd, e.Per, e.Category, e.Source)
	}
	if n := named[0]; n.Bound != "at_least" || val(n.Low) != 426 {
		t.Errorf("named: %s %v", n.Bound, val(n.Low))
	}
}

func TestMeduza2025_2025_08_11_ModelPredictionFlagged(t *testing.T) {
	res := importReal(t, "economist-csv", meduza2025File)
	var got []attrition.Claim
	for _, c := range res.Claims {
		if c.PeriodStart.String() == "2025-08-11" && !c.HasFlag(flagNamedList) {
			got = append(got, c)
		}
	}
	if len(got) != 1 || !got[0].HasFlag(flagModelPrediction) || val(got[0].Best) != 379.9535492 {
		t.Errorf("last week: %+v", got)
	}
	if !hasNote(res, "blank rows") {
		t.Errorf("trailing empty row not reported: %q", res.Notes)
	}
}

func TestMeduza2026_2022_W24_ReversedIntervalRejected(t *testing.T) {
	res := importReal(t, "economist-csv", meduza2026File)
	if len(res.Rejected) != 2 {
		t.Errorf("rejected %v", res.Rejected)
	}
	for _, r := range res.Rejected {
		if r.Line != 18 || !strings.Contains(r.Reason, "reversed") || !strings.Contains(r.Reason, "2022-06-13") {
			t.Errorf("rejection %+v", r)
		}
	}
	// The same row's named count is still stored.
	named := 0
	for _, c := range res.Claims {
		if c.PeriodStart.String() == "2022-06-13" {
			named++
			if !c.HasFlag(flagNamedList) {
				t.Errorf("week 24 stored %v", c)
			}
		}
	}
	if named != 1 {
		t.Errorf("week 24: %d claims", named)
	}
}

func TestMeduza2026_2025_W01_ISOWeekAndAssembledTotal(t *testing.T) {
	res := importReal(t, "economist-csv", meduza2026File)
	var killed, kom []attrition.Claim
	for _, c := range res.Claims {
		if c.PeriodStart.String() != "2024-12-30" || c.HasFlag(flagNamedList) {
			continue
		}
		switch c.Category {
		case "killed":
			killed = append(killed, c)
		case "killed_or_missing":
			kom = append(kom, c)
		}
	}
	if len(killed) != 1 || len(kom) != 1 {
		t.Fatalf("2025-W01 (Monday 2024-12-30): %d killed, %d killed_or_missing", len(killed), len(kom))
	}
	if val(killed[0].Best) >= val(kom[0].Best) || kom[0].PeriodEnd.String() != "2025-01-05" {
		t.Errorf("killed %v, killed or missing %v ending %s", val(killed[0].Best), val(kom[0].Best), kom[0].PeriodEnd)
	}
	if !hasNote(res, "columns not stored", "ecsuperlates") {
		t.Errorf("skipped columns not reported: %q", res.Notes)
	}
}

func TestISOWeekMonday(t *testing.T) {
	for _, tt := range []struct {
		y, w int
		want string
	}{{2022, 8, "2022-02-21"}, {2025, 1, "2024-12-30"}, {2020, 53, "2020-12-28"}, {2026, 1, "2025-12-29"}} {
		got, err := isoWeekMonday(tt.y, tt.w)
		if err != nil || got.String() != tt.want {
			t.Errorf("%d-W%02d: %s %v, want %s", tt.y, tt.w, got, err, tt.want)
		}
	}
	for _, bad := range [][2]int{{2025, 53}, {2025, 0}, {0, 1}} {
		if _, err := isoWeekMonday(bad[0], bad[1]); err == nil {
			t.Errorf("%d-W%d accepted", bad[0], bad[1])
		}
	}
}

func TestEconomistSource(t *testing.T) {
	for _, tt := range []struct{ in, name, note string }{
		{"UK MoD", "UK Ministry of Defence", ""},
		{"BBC Russia", "BBC Russian", ""},
		{"Mediazona; Meduza (cumulative)", "Mediazona; Meduza", "cumulative"},
		{"Dutch Military Intelligence and Security Service (MIVD; note, timing clarified via email) ",
			"Dutch Military Intelligence and Security Service (MIVD)", "note, timing clarified via email"},
		{"US officials (via NYT)", "US officials (via NYT)", ""},
		{"Russian Ministry of Defense", "Ministry of Defence of the Russian Federation", ""},
	} {
		name, note := economistSource(tt.in)
		if name != tt.name || note != tt.note {
			t.Errorf("%q: %q, %q; want %q, %q", tt.in, name, note, tt.name, tt.note)
		}
	}
}

func TestEconomist_Row_31_12_2025_MIVDNoteMovedToDocument(t *testing.T) {
	res := importReal(t, "economist-csv", estimatesFile)
	c := claimOn(t, res, "31/12/2025,\"500,000\"")
	if c.Source != "Dutch Military Intelligence and Security Service (MIVD)" || !strings.Contains(c.Document.Title, "timing clarified") {
		t.Errorf("source %q title %q", c.Source, c.Document.Title)
	}
	if c.Bound != "at_least" || val(c.Low) != 500000 {
		t.Errorf("%s %v", c.Bound, val(c.Low))
	}
}
