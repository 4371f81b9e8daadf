package estimate

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/attrition-project/attrition"
)

// The benchmarks read ../shared/data with a small loader of their own,
// so that they time the engine alone and do not depend on the importers.

const (
	sourceGS        = "General Staff of the Armed Forces of Ukraine"
	conflictStartRU = "2022-02-24"
)

func readJSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func dayFirst(s string) (attrition.Date, bool) {
	p := strings.Split(strings.TrimSpace(s), "/")
	if len(p) != 3 {
		return 0, false
	}
	d, err := attrition.ParseDate(fmt.Sprintf("%s-%s-%s", p[2], p[1], p[0]))
	return d, err == nil
}

func num(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return v, err == nil && !math.IsNaN(v) && v >= 0
}

// fullLedger reads every dataset of ../shared/data into claims.
func fullLedger(t testing.TB) []attrition.Claim {
	start := attrition.MustDate(conflictStartRU)
	var out []attrition.Claim
	add := func(c attrition.Claim, dataset string) {
		c.Dataset = dataset
		if c.Document.URL == "" {
			c.Document.URL = "https://example.org/" + dataset
		}
		if c.Document.Published.IsZero() {
			c.Document.Published = c.PeriodEnd
		}
		c.Normalize()
		out = append(out, c)
	}
	point := func(actor, cat, src string, from, end attrition.Date, v float64, approx bool) attrition.Claim {
		return attrition.Claim{Actor: actor, Category: cat, Bound: attrition.BoundPoint, Best: attrition.Float(v),
			Low: attrition.Float(v), High: attrition.Float(v), Approx: approx, PeriodStart: from, PeriodEnd: end, Source: src}
	}

	// The General Staff, two transcriptions.
	gsEquip := map[string]string{"aircraft": "aircraft", "helicopter": "helicopters", "tank": "tanks",
		"APC": "armoured_vehicles", "field artillery": "artillery", "MRL": "mlrs", "drone": "drones",
		"naval ship": "ships", "anti-aircraft warfare": "air_defence", "special equipment": "special_equipment",
		"vehicles and fuel tanks": "vehicles", "cruise missiles": "missiles", "submarines": "submarines"}
	pi := dataDir(t, "petroivaniuk-ua-genstaff")
	var pers []map[string]any
	readJSON(t, filepath.Join(pi, "russia_losses_personnel.json"), &pers)
	var equip []map[string]any
	readJSON(t, filepath.Join(pi, "russia_losses_equipment.json"), &equip)
	for _, rows := range [][]map[string]any{pers, equip} {
		for _, r := range rows {
			d, err := attrition.ParseDate(fmt.Sprint(r["date"]))
			if err != nil {
				continue
			}
			for k, v := range r {
				f, ok := v.(float64)
				if !ok {
					continue
				}
				cat := ""
				if k == "personnel" {
					cat = attrition.CategoryCasualties
				} else if e, ok := gsEquip[k]; ok {
					cat = attrition.EquipmentPrefix + e
				}
				if cat != "" {
					add(point("Russia", cat, sourceGS, start, d, f, true), "petroivaniuk-ua-genstaff")
				}
			}
		}
	}
	lodEquip := map[string]string{"personnel": attrition.CategoryCasualties, "tanks": "equipment:tanks",
		"afvs": "equipment:armoured_vehicles", "artillery": "equipment:artillery", "airDefense": "equipment:air_defence",
		"rocketSystems": "equipment:mlrs", "unarmoredVehicles": "equipment:vehicles", "fixedWingAircraft": "equipment:aircraft",
		"rotaryWingAircraft": "equipment:helicopters", "uavs": "equipment:drones", "ships": "equipment:ships",
		"submarines": "equipment:submarines", "specialEquipment": "equipment:special_equipment", "missiles": "equipment:missiles"}
	var lod []map[string]any
	readJSON(t, filepath.Join(dataDir(t, "lod-orc-losses"), "russian-losses.json"), &lod)
	for _, r := range lod {
		d, err := attrition.ParseDate(fmt.Sprint(r["date"]))
		if err != nil {
			continue
		}
		for k, cat := range lodEquip {
			if f, ok := r[k].(float64); ok {
				c := point("Russia", cat, sourceGS, start, d, f, true)
				c.Document.URL = fmt.Sprint(r["sourceUri"])
				add(c, "lod-orc-losses")
			}
		}
	}

	// The Economist's compilation of published estimates.
	ec := dataDir(t, "economist-estimates")
	for _, r := range readCSV(t, filepath.Join(ec, "estimates.csv"))[1:] {
		if len(r) < 8 {
			continue
		}
		d, ok := dayFirst(r[0])
		if !ok {
			continue
		}
		actor := map[string]string{"russia": "Russia", "ukraine": "Ukraine"}[strings.TrimSpace(r[7])]
		cat := map[string]string{"deaths": attrition.CategoryKilled, "casualties": attrition.CategoryCasualties}[strings.TrimSpace(r[4])]
		if actor == "" || cat == "" {
			continue
		}
		c := attrition.Claim{Actor: actor, Category: cat, PeriodStart: start, PeriodEnd: d, Source: strings.TrimSpace(r[5])}
		lo, okLo := num(r[1])
		hi, okHi := num(r[2])
		best, okBest := num(r[3])
		switch {
		case okLo && okHi && hi >= lo:
			c.Bound, c.Low, c.High = attrition.BoundRange, &lo, &hi
			if okBest && best >= lo && best <= hi {
				c.Best = &best
			}
		case okBest:
			c.Bound, c.Best, c.Low, c.High = attrition.BoundPoint, &best, &best, &best
		default:
			continue
		}
		add(c, "economist-estimates")
	}
	// UK monthly figures: the month's count and the running total.
	for _, r := range readCSV(t, filepath.Join(ec, "uk-mod-month-by-month.csv"))[1:] {
		if len(r) < 7 {
			continue
		}
		next, ok := dayFirst(r[6])
		if !ok {
			continue
		}
		end := next.AddDays(-1)
		if month, ok := num(r[4]); ok {
			add(point("Russia", attrition.CategoryCasualties, "UK Ministry of Defence", next.AddMonths(-1), end, month, true), "economist-estimates")
		}
		if total, ok := num(r[5]); ok {
			add(point("Russia", attrition.CategoryCasualties, "UK Ministry of Defence", start, end, total, true), "economist-estimates")
		}
	}
	// Weekly deaths estimated from the probate registry, with 95%
	// intervals, and the named list by date of death as a floor.
	var named float64
	for _, r := range readCSV(t, filepath.Join(ec, "meduza-probate-weekly-2025.csv"))[1:] {
		if len(r) < 8 {
			continue
		}
		week, ok := dayFirst(strings.TrimPrefix(r[0], "\ufeff"))
		if !ok {
			continue
		}
		lo, ok1 := num(r[3])
		hi, ok2 := num(r[2])
		best, ok3 := num(r[1])
		if ok1 && ok2 && ok3 && lo <= best && best <= hi {
			add(attrition.Claim{Actor: "Russia", Category: attrition.CategoryKilled, Bound: attrition.BoundRange,
				Low: &lo, High: &hi, Best: &best, PeriodStart: week, PeriodEnd: week.AddDays(6), Source: "Mediazona",
				Probability: &[2]float64{0.95, 0.95}}, "economist-estimates")
		}
		if n, ok := num(r[7]); ok {
			named += n
			v := named
			add(attrition.Claim{Actor: "Russia", Category: attrition.CategoryKilled, Bound: attrition.BoundAtLeast,
				Low: &v, PeriodStart: start, PeriodEnd: week.AddDays(6), Source: "Mediazona named list"}, "economist-estimates")
		}
	}

	// Oryx: visually confirmed losses, a floor for each side.
	oryx := map[string]string{"Tanks": "tanks", "Aircraft": "aircraft", "Helicopters": "helicopters",
		"Multiple Rocket Launchers": "mlrs", "Naval Ships": "ships", "Towed Artillery": "artillery",
		"Unmanned Aerial Vehicles": "drones", "Infantry Fighting Vehicles": "armoured_vehicles"}
	for _, r := range readCSV(t, filepath.Join(dataDir(t, "scarnecchia-oryx"), "daily_count_baseline2023-02-25.csv"))[1:] {
		if len(r) < 8 {
			continue
		}
		cat, ok := oryx[strings.TrimSpace(r[1])]
		d, err := attrition.ParseDate(r[7])
		v, okv := num(r[6])
		if !ok || err != nil || !okv || (r[0] != "Russia" && r[0] != "Ukraine") {
			continue
		}
		add(attrition.Claim{Actor: r[0], Category: attrition.EquipmentPrefix + cat, Bound: attrition.BoundAtLeast,
			Low: &v, PeriodStart: start, PeriodEnd: d, Source: "Oryx"}, "scarnecchia-oryx")
	}
	return out
}

// TestFullLedgerAllSeries estimates every actor and category of the
// ledger built from ../shared/data and logs the time it takes; speed is
// asserted only by BenchmarkFullLedger.
func TestFullLedgerAllSeries(t *testing.T) {
	claims := fullLedger(t)
	e := New(memFinder(claims))
	t0, cpu0 := time.Now(), cpuTime()
	series := 0
	for _, actor := range []string{"Russia", "Ukraine"} {
		all, err := e.EstimateAll(context.Background(), actor, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		for cat, est := range all {
			series++
			prev := 0.0
			for _, p := range est.Series {
				if p.Median < prev-1e-9 || !(p.Lo90 <= p.Median && p.Median <= p.Hi90) {
					t.Fatalf("%s %s %s: median %v after %v, 90%% [%v, %v]", actor, cat, p.Date, p.Median, prev, p.Lo90, p.Hi90)
				}
				prev = p.Median
			}
		}
		if k, c := all[attrition.CategoryKilled], all[attrition.CategoryCasualties]; k != nil && c != nil {
			for _, p := range k.Series {
				if q, ok := c.At(p.Date); ok && q.Date == p.Date && p.Median > q.Median*(1+1e-9) {
					t.Fatalf("%s %s: killed %v above casualties %v", actor, p.Date, p.Median, q.Median)
				}
			}
		}
	}
	t.Logf("%d claims, %d series estimated in %v (%v of CPU)", len(claims), series, time.Since(t0), cpuTime()-cpu0)
}

// cpuTime is the process's user and system time so far: on a machine
// shared with other work, wall time says more about the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFullLedger times estimating every actor/category series of
// the ledger holding all of ../shared/data.
func BenchmarkFullLedger(b *testing.B) {
	claims := fullLedger(b)
	ledger := memFinder(claims)
	b.ResetTimer()
	cpu0 := cpuTime()
	series := 0
	for i := 0; i < b.N; i++ {
		// A fresh engine each time: its kept fits would answer the
		// second round without fitting.
		e := New(ledger)
		for _, actor := range []string{"Russia", "Ukraine"} {
			all, err := e.EstimateAll(context.Background(), actor, 0, nil)
			if err != nil {
				b.Fatal(err)
			}
			series += len(all)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(series)/float64(b.N), "series")
	b.ReportMetric(float64(len(claims)), "claims")
}

// syntheticLedger is a war of days days with claims claims: one daily
// bulletin when claims ≥ days, the rest independent figures of every
// shape from twenty sources.
func syntheticLedger(days, claims int) []attrition.Claim {
	rng := rand.New(rand.NewPCG(uint64(days), uint64(claims)))
	start := attrition.MustDate(conflictStartRU)
	truth := make([]float64, days)
	u, c := math.Log(1000.0), 0.0
	for i := range truth {
		u += 0.03 * rng.NormFloat64()
		c += math.Exp(u)
		truth[i] = c
	}
	var out []attrition.Claim
	add := func(cl attrition.Claim) {
		cl.Actor, cl.Category = "Russia", attrition.CategoryCasualties
		cl.Document = attrition.Document{URL: fmt.Sprintf("https://example.org/%d", len(out)), Published: cl.PeriodEnd}
		cl.Normalize()
		out = append(out, cl)
	}
	for len(out) < claims {
		e := rng.IntN(days)
		v := math.Round(truth[e] * math.Exp(0.1*rng.NormFloat64()))
		src := fmt.Sprintf("source %d", rng.IntN(20))
		if len(out) < claims/2 && claims >= days {
			// the bulletin: one row a day, cycling
			e = len(out) % days
			v = math.Round(truth[e] * 1.2)
			src = "bulletin"
		}
		switch rng.IntN(3) {
		case 0:
			lo, hi := v*0.9, v*1.1
			add(attrition.Claim{Bound: attrition.BoundRange, Low: &lo, High: &hi, Likelihood: "likely", PeriodStart: start, PeriodEnd: start.AddDays(e), Source: src})
		case 1:
			floor := v * 0.5
			add(attrition.Claim{Bound: attrition.BoundAtLeast, Low: &floor, PeriodStart: start, PeriodEnd: start.AddDays(e), Source: src})
		default:
			add(attrition.Claim{Bound: attrition.BoundPoint, Best: &v, Low: &v, High: &v, Approx: true, PeriodStart: start, PeriodEnd: start.AddDays(e), Source: src})
		}
	}
	return out
}

// BenchmarkScaling times one series as the war's length and the number
// of claims grow; bench/estimate.sh prints the ratios.
func BenchmarkScaling(b *testing.B) {
	for _, tc := range []struct{ days, claims int }{
		{250, 100}, {500, 100}, {1000, 100}, {2000, 100},
		{1000, 1000}, {1000, 10000},
	} {
		b.Run(fmt.Sprintf("days=%d/claims=%d", tc.days, tc.claims), func(b *testing.B) {
			e := New(memFinder(syntheticLedger(tc.days, tc.claims)))
			req := attrition.EstimateRequest{Actor: "Russia", Category: attrition.CategoryCasualties}
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if _, err := e.Estimate(context.Background(), req); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkReportQuestions asks what a report asks of the full ledger:
// Russia's personnel categories in turn, each with its milestones.
// "fresh" gives every question an engine of its own, as if no fit were
// kept; "shared" asks one engine, as a report does.
func BenchmarkReportQuestions(b *testing.B) {
	ledger := memFinder(fullLedger(b))
	asOf := attrition.MustDate("2025-06-30")
	ask := func(e *Engine, c string) {
		_, err := e.Estimate(context.Background(), attrition.EstimateRequest{
			Actor: "Russia", Category: c, To: asOf, Step: "day", Seed: 1,
			Milestones: []float64{1e5, 2e5, 5e5, 1e6}, MilestoneBy: attrition.MustDate("2025-09-30")})
		if err != nil && attrition.ErrorCode(err) != attrition.ENOTFOUND {
			b.Fatal(err)
		}
	}
	for _, mode := range []string{"fresh", "shared"} {
		b.Run(mode, func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				e := New(ledger)
				for _, c := range attrition.PersonnelCategories {
					if mode == "fresh" {
						e = New(ledger)
					}
					ask(e, c)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
