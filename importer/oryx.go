package importer

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/attrition-project/attrition"
)

// Oryx's visually confirmed equipment losses as scraped daily by
// scarnecchia/scrape_oryx: the daily change log of cumulative counts per
// side, Oryx category and status, and the per-item evidence list.
//
// Decisions, each reported in Result.Notes when it applies:
//   - Oryx counts only losses with photo or video evidence, so every
//     figure is an at_least claim, attributed to "Oryx", dated on the scrape
//     day (period from 2022-02-24).
//   - Oryx categories are mapped onto the contract's equipment types and
//     the counts of all Oryx categories of one type are summed, forward
//     filling each category from its last row (the file is a change log).
//     One claim per side, type and day with any change for the total
//     (status null) and one per status.
//   - Labels are normalised (case, white space, line breaks); renamed
//     categories are one series; a category Oryx split in two stops
//     counting once its successors appear, so nothing is counted twice.
//   - The synthetic all-zero baseline row (before 2022-02-24) is skipped;
//     duplicate keys (side, category, day) keep the larger count, since a
//     later scrape of the same day can only have seen more evidence; a
//     header split across two labels is rejoined and its counts read from
//     the header text; falls are stored as published, flagged
//     total_decreased; unmapped labels are rejected and listed.
//   - "All Types" rows have no contract category: they are a cross-check
//     against the summed categories, reported in the notes.
//   - The per-item file has no category column, so it adds no claims: its
//     evidence counts by side and status are reported in the notes.
//   - A claim quotes the rows its count is summed from; spans are [0,0],
//     since a row's byte offset is not part of what it says (see
//     genstaffImporter).
type oryxImporter struct{}

func init() { Register(oryxImporter{}) }

func (oryxImporter) Name() string { return "oryx-csv" }

const (
	datasetOryx = "scarnecchia-oryx"
	repoOryx    = "https://github.com/scarnecchia/scrape_oryx"
	sourceOryx  = "Oryx"
)

// oryxCanon maps a normalised label to its current Oryx category, so that
// a renamed category is one series.
var oryxCanon = map[string]string{
	"communications stations":     "command posts and communications stations",
	"engineering vehicles":        "engineering vehicles and equipment",
	"radars":                      "radars and communications equipment",
	"anti-tank guided missile":    "anti-tank guided missiles",
	"man-portable air defence":    "man-portable air defence systems",
	"surface-to-air missile":      "surface-to-air missile systems",
	"trucks, vehicles, and jeeps": "trucks, vehicles and jeeps",
	"drones":                      "unmanned aerial vehicles",
}

// oryxTypes maps an Oryx category to the contract's equipment type.
var oryxTypes = map[string]string{
	"tanks":                                     "tanks",
	"armoured fighting vehicles":                "armoured_vehicles",
	"armoured personnel carriers":               "armoured_vehicles",
	"infantry fighting vehicles":                "armoured_vehicles",
	"infantry mobility vehicles":                "armoured_vehicles",
	"mine-resistant ambush protected":           "armoured_vehicles",
	"self-propelled anti-tank missile systems":  "armoured_vehicles",
	"self-propelled artillery":                  "artillery",
	"towed artillery":                           "artillery",
	"heavy mortars":                             "artillery",
	"multiple rocket launchers":                 "mlrs",
	"surface-to-air missile systems":            "air_defence",
	"self-propelled anti-aircraft guns":         "air_defence",
	"anti-aircraft guns":                        "air_defence",
	"man-portable air defence systems":          "air_defence",
	"aircraft":                                  "aircraft",
	"helicopters":                               "helicopters",
	"unmanned aerial vehicles":                  "drones",
	"reconnaissance unmanned aerial vehicles":   "drones",
	"unmanned combat aerial vehicles":           "drones",
	"naval ships":                               "ships",
	"submarines":                                "submarines",
	"trucks, vehicles and jeeps":                "vehicles",
	"command posts and communications stations": "special_equipment",
	"radars and communications equipment":       "special_equipment",
	"engineering vehicles and equipment":        "special_equipment",
	"jammers and deception systems":             "special_equipment",
	"artillery support vehicles and equipment":  "special_equipment",
	"logistics trains":                          "other",
	"anti-tank guided missiles":                 "other",
	// Categories of later Oryx lists, so that a newer scrape maps too.
	"towed anti-aircraft guns":   "air_defence",
	"self-propelled mortars":     "artillery",
	"armoured recovery vehicles": "special_equipment",
	"bridging vehicles":          "special_equipment",
	"mine-clearing vehicles":     "special_equipment",
	"loitering munitions":        "drones",
	"unmanned ground vehicles":   "other",
	"ground robotic systems":     "other",
	"unmanned surface vessels":   "ships",
	"naval drones":               "ships",
	"fuel trucks":                "vehicles",
	"trains":                     "other",
	"command posts":              "special_equipment",
	"electronic warfare systems": "special_equipment",
	"radars and communications":  "special_equipment",
}

// oryxSplits names categories Oryx split into others: once a successor
// has a count, the old category's last count is inside the successors.
var oryxSplits = map[string][]string{
	"unmanned aerial vehicles": {"reconnaissance unmanned aerial vehicles", "unmanned combat aerial vehicles"},
}

// oryxStatuses are the status columns, in the order claims are emitted.
var oryxStatuses = []string{attrition.StatusDestroyed, attrition.StatusDamaged, attrition.StatusAbandoned, attrition.StatusCaptured}

func (oryxImporter) Import(ctx context.Context, r io.Reader, name string, opts Options) (*Result, error) {
	data, err := readAll(ctx, r, opts)
	if err != nil {
		return nil, fmt.Errorf("oryx-csv: %s: %w", name, err)
	}
	data, _ = stripBOM(data)
	recs, err := readCSV(data)
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "oryx-csv: %s: %v", name, err)
	}
	if len(recs) == 0 {
		return nil, attrition.Errorf(attrition.EINVALID, "oryx-csv: %s: empty file", name)
	}
	cols := headerIndex(recs[0].Fields)
	switch {
	case cols.has("equipment_type", "date_recorded", "type_total"):
		return oryxDaily(recs, cols, name, opts)
	case cols.has("system", "status", "date_recorded"):
		return oryxItems(recs, cols)
	}
	return nil, attrition.Errorf(attrition.EINVALID, "oryx-csv: %s: unrecognised header (want scrape_oryx's daily_count or totals_by_system file)", name)
}

// header maps normalised column names to their index.
type header map[string]int

func headerIndex(fields []string) header {
	h := header{}
	for i, f := range fields {
		k := normLabel(strings.TrimPrefix(f, "\ufeff"))
		if _, dup := h[k]; !dup {
			h[k] = i
		}
	}
	return h
}

func (h header) has(names ...string) bool {
	for _, n := range names {
		if _, ok := h[n]; !ok {
			return false
		}
	}
	return true
}

// idx returns the index of a column, -1 when absent.
func (h header) idx(name string) int {
	if i, ok := h[name]; ok {
		return i
	}
	return -1
}

// get returns the trimmed value of a column, "" when absent.
func (h header) get(rec []string, name string) string {
	i, ok := h[name]
	if !ok || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// oryxRow is one row of the daily file, cleaned.
type oryxRow struct {
	line    int
	raw     string
	country string
	label   string // as written
	canon   string // Oryx category after renames
	date    attrition.Date
	counts  [4]float64 // destroyed, damaged, abandoned, captured
	total   float64
}

var (
	splitHeader = regexp.MustCompile(`(?i)^(.*?)\s*\((\d+),\s*of which\b(.*)$`)
	statusCount = regexp.MustCompile(`(?i)(destroyed|damaged|abandoned|captured)\s*:\s*(\d+)`)
)

func oryxDaily(recs []csvRecord, cols header, name string, opts Options) (*Result, error) {
	c := &collect{}
	q := newCounter()
	var rows []*oryxRow
	var fragments []*oryxRow
	var lerrs attrition.LineErrors
	unmapped := map[string]int{}
	for _, rec := range recs[1:] {
		if blank(rec.Fields) {
			continue
		}
		row := &oryxRow{line: rec.Line, raw: compactSpace(rec.Raw)}
		row.country = attrition.CanonicalActor(cols.get(rec.Fields, "country"))
		row.label = cols.get(rec.Fields, "equipment_type")
		d, err := attrition.ParseDate(cols.get(rec.Fields, "date_recorded"))
		if err != nil {
			lerrs = append(lerrs, &attrition.LineError{File: name, Line: rec.Line, Err: fmt.Errorf("date_recorded: %v", err)})
			continue
		}
		row.date = d
		bad := false
		for i, s := range oryxStatuses {
			v, ok, err := parseNumber(cols.get(rec.Fields, s))
			if err != nil || v < 0 {
				lerrs = append(lerrs, &attrition.LineError{File: name, Line: rec.Line, Err: fmt.Errorf("%s: not a count: %q", s, cols.get(rec.Fields, s))})
				bad = true
				break
			}
			if !ok {
				q.add("blank", fmt.Sprintf("line %d %s", rec.Line, s))
			}
			row.counts[i] = v
		}
		if bad {
			continue
		}
		if v, ok, err := parseNumber(cols.get(rec.Fields, "type_total")); err == nil && ok {
			row.total = v
		} else {
			row.total = row.counts[0] + row.counts[1] + row.counts[2] + row.counts[3]
		}
		if row.country == "" {
			c.reject(rec.Line, "no country")
			continue
		}
		norm := oryxNorm(row.label)
		if norm == "all types" {
			row.canon = norm
			rows = append(rows, row)
			continue
		}
		if m := splitHeader.FindStringSubmatch(norm); m != nil {
			row.canon = m[1]
			rows = append(rows, row)
			continue
		}
		canon := norm
		if to, ok := oryxCanon[canon]; ok {
			canon = to
		}
		if _, ok := oryxTypes[canon]; !ok {
			fragments = append(fragments, row)
			continue
		}
		row.canon = canon
		rows = append(rows, row)
	}
	if len(lerrs) > 0 {
		return nil, lerrs
	}
	// Rejoin headers split across two labels: the fragment carries the
	// rest of the header's text, which has the counts the row lost.
	for _, row := range rows {
		m := splitHeader.FindStringSubmatch(oryxNorm(row.label))
		if m == nil {
			continue
		}
		text := m[3]
		for i, f := range fragments {
			if f != nil && f.country == row.country && f.date == row.date && strings.HasSuffix(strings.TrimSpace(f.label), ")") {
				text += normLabel(f.label)
				c.note("line %d: header split across two labels on %s rejoined with line %d: %q + %q", row.line, row.date, f.line, compactSpace(row.label), compactSpace(f.label))
				fragments[i] = nil
				break
			}
		}
		canon := m[1]
		if to, ok := oryxCanon[canon]; ok {
			canon = to
		}
		if _, ok := oryxTypes[canon]; !ok {
			canon = ""
		}
		row.canon = canon
		total, _ := strconv.ParseFloat(m[2], 64)
		got := map[string]float64{}
		for _, sm := range statusCount.FindAllStringSubmatch(text, -1) {
			v, _ := strconv.ParseFloat(sm[2], 64)
			got[strings.ToLower(sm[1])] = v
		}
		sum := 0.0
		for i, s := range oryxStatuses {
			if v, ok := got[s]; ok {
				row.counts[i] = v
			}
			sum += row.counts[i]
		}
		row.total = total
		if sum != total {
			q.add("splitsum", fmt.Sprintf("line %d: statuses sum to %s, header says %s", row.line, fmtNum(sum), fmtNum(total)))
		}
		c.note("line %d: counts read from the header text: total %s, destroyed %s, damaged %s, abandoned %s, captured %s",
			row.line, fmtNum(total), fmtNum(row.counts[0]), fmtNum(row.counts[1]), fmtNum(row.counts[2]), fmtNum(row.counts[3]))
	}
	for _, f := range fragments {
		if f == nil {
			continue
		}
		unmapped[compactSpace(f.label)]++
		c.reject(f.line, "unmapped Oryx category %q", compactSpace(f.label))
	}
	for _, l := range sortedKeys(unmapped) {
		c.note("unmapped label %q on %d rows (rejected)", l, unmapped[l])
	}

	// Baseline, duplicates.
	type key struct {
		country, canon string
		date           attrition.Date
	}
	byKey := map[key]*oryxRow{}
	var kept []*oryxRow
	for _, row := range rows {
		if row.canon == "" {
			c.reject(row.line, "unmapped Oryx category %q", compactSpace(row.label))
			continue
		}
		if row.date < russiaUkraineStart {
			q.add("baseline", "")
			continue
		}
		k := key{row.country, row.canon, row.date}
		if prev, dup := byKey[k]; dup {
			q.add("dup", fmt.Sprintf("%s %s %s: %s and %s", row.country, row.canon, row.date, fmtNum(prev.total), fmtNum(row.total)))
			if row.total > prev.total {
				*prev = *row
			}
			continue
		}
		byKey[k] = row
		kept = append(kept, row)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].date < kept[j].date })

	src := sourceName(opts, sourceOryx)
	type sideType struct{ country, typ string }
	state := map[string]map[string]*oryxRow{} // country → canon → last row
	lastEmitted := map[sideType]*[5]float64{}
	allTypes := map[string]*oryxRow{}
	for i := 0; i < len(kept); {
		d := kept[i].date
		touched := map[sideType]bool{}
		for ; i < len(kept) && kept[i].date == d; i++ {
			row := kept[i]
			if row.canon == "all types" {
				allTypes[row.country] = row
				continue
			}
			if state[row.country] == nil {
				state[row.country] = map[string]*oryxRow{}
			}
			state[row.country][row.canon] = row
			touched[sideType{row.country, oryxTypes[row.canon]}] = true
		}
		keys := make([]sideType, 0, len(touched))
		for k := range touched {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			if keys[a].country != keys[b].country {
				return keys[a].country < keys[b].country
			}
			return keys[a].typ < keys[b].typ
		})
		for _, st := range keys {
			var agg [5]float64 // total, then statuses
			var quotes []string
			for _, canon := range sortedKeys(state[st.country]) {
				row := state[st.country][canon]
				if oryxTypes[canon] != st.typ || superseded(state[st.country], canon) {
					continue
				}
				agg[0] += row.total
				for j := range oryxStatuses {
					agg[j+1] += row.counts[j]
				}
				quotes = append(quotes, row.raw)
			}
			prev := lastEmitted[st]
			for j := 0; j < 5; j++ {
				if prev != nil && prev[j] == agg[j] {
					continue // unchanged: the earlier claim still holds
				}
				cl := attrition.Claim{
					Actor: st.country, Population: attrition.PopulationMilitary,
					Category: attrition.EquipmentPrefix + st.typ,
					Low:      attrition.Float(agg[j]), Bound: attrition.BoundAtLeast,
					PeriodStart: russiaUkraineStart, PeriodEnd: d,
					Source: src, Dataset: datasetOryx,
					Document: attrition.Document{URL: repoOryx + "#" + d.String(),
						Title: "Oryx visually confirmed losses as scraped on " + d.String() + " (scarnecchia/scrape_oryx)", Published: d},
					Quote: strings.Join(quotes, "\n"),
				}
				if j > 0 {
					cl.Status = oryxStatuses[j-1]
				}
				if prev != nil && agg[j] < prev[j] {
					cl.AddFlag(attrition.FlagTotalDecreased)
					what := st.typ
					if cl.Status != "" {
						what += " " + cl.Status
					}
					q.add("decrease", fmt.Sprintf("%s %s %s %s→%s", d, st.country, what, fmtNum(prev[j]), fmtNum(agg[j])))
				}
				c.add(cl, 0)
			}
			a := agg
			lastEmitted[st] = &a
		}
	}
	// A category whose counts stop long before the file ends either had
	// no new losses or was dropped by Oryx (it stopped listing ATGMs and
	// MANPADS in spring 2022); either way its last count still holds as
	// a lower bound, which is what is kept. Users should know which.
	if len(kept) > 0 {
		end := kept[len(kept)-1].date
		for _, country := range sortedKeys(state) {
			var stale []string
			for _, canon := range sortedKeys(state[country]) {
				row := state[country][canon]
				if end.Sub(row.date) > 90 && !superseded(state[country], canon) {
					stale = append(stale, fmt.Sprintf("%s %s on %s", canon, fmtNum(row.total), row.date))
				}
			}
			if len(stale) > 0 {
				c.note("%s categories without a row in the last 90 days, kept at their last count: %s", country, strings.Join(stale, "; "))
			}
		}
	}
	for _, country := range sortedKeys(allTypes) {
		at := allTypes[country]
		sum := 0.0
		for canon, row := range state[country] {
			if !superseded(state[country], canon) {
				sum += row.total
			}
		}
		c.note("%s \"All Types\" on %s is %s; the mapped categories sum to %s (All Types rows are a cross-check, not stored)", country, at.date, fmtNum(at.total), fmtNum(sum))
	}
	c.res.Notes = append(c.res.Notes, q.notes(map[string]string{
		"baseline": "rows of the synthetic all-zero baseline before 2022-02-24 skipped (the first real scrape, 2022-03-19, holds everything lost since 24 February)",
		"dup":      "duplicate keys (side, category, day) deduplicated, keeping the larger count",
		"decrease": "counts fell from the previous scrape (Oryx reclassifications or scrape errors; stored as published, flagged total_decreased)",
		"blank":    "blank count cells read as 0",
		"splitsum": "rejoined headers whose statuses do not add up",
	})...)
	for old, succ := range oryxSplits {
		for _, country := range sortedKeys(state) {
			if _, had := state[country][old]; had && superseded(state[country], old) {
				c.note("%s %q was split into %s; its last count is inside theirs and is not added again", country, old, strings.Join(succ, " and "))
			}
		}
	}
	c.note("one claim per side, equipment type and scrape day on which its count changed; Oryx counts are lower bounds (at_least)")
	return &c.res, nil
}

// oryxNorm folds the spellings seen in scraped labels: case, white space
// and line breaks, "&" for "and", "armored" for "armoured".
func oryxNorm(s string) string {
	s = normLabel(s)
	s = strings.ReplaceAll(s, "&", " and ")
	s = strings.ReplaceAll(s, "armored", "armoured")
	s = strings.ReplaceAll(s, "defense", "defence")
	return normLabel(strings.TrimRight(s, " :."))
}

// superseded reports whether a category was split and a successor has
// been seen.
func superseded(seen map[string]*oryxRow, canon string) bool {
	for _, s := range oryxSplits[canon] {
		if _, ok := seen[s]; ok {
			return true
		}
	}
	return false
}

// oryxItems summarises the per-item evidence list. It has no category
// column (only model names), so its entries cannot be counted against a
// contract category without guessing; the daily file carries Oryx's own
// category totals. What it does tell, evidence volume by side and status,
// goes to the notes.
func oryxItems(recs []csvRecord, cols header) (*Result, error) {
	c := &collect{}
	type ss struct{ country, status string }
	counts := map[ss]int{}
	urls := map[string]int{}
	var first, last attrition.Date
	n := 0
	for _, rec := range recs[1:] {
		if blank(rec.Fields) {
			continue
		}
		n++
		country := attrition.CanonicalActor(cols.get(rec.Fields, "country"))
		status := strings.ToLower(cols.get(rec.Fields, "status"))
		counts[ss{country, status}]++
		if u := cols.get(rec.Fields, "url"); u != "" {
			urls[u]++
		}
		if d, err := attrition.ParseDate(cols.get(rec.Fields, "date_recorded")); err == nil {
			if first == 0 || d < first {
				first = d
			}
			if d > last {
				last = d
			}
		} else {
			c.reject(rec.Line, "date_recorded: %v", err)
		}
	}
	shared, sharedRows := 0, 0
	for _, k := range urls {
		if k > 1 {
			shared++
			sharedRows += k
		}
	}
	var parts []string
	keys := make([]ss, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].country != keys[j].country {
			return keys[i].country < keys[j].country
		}
		return keys[i].status < keys[j].status
	})
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %s %d", k.country, k.status, counts[k]))
	}
	c.note("per-item evidence list, %d entries recorded %s to %s (%s); %d evidence URLs shared by %d entries", n, first, last, strings.Join(parts, ", "), shared, sharedRows)
	c.note("no claims stored: entries carry a model name but no category, and Oryx's own category totals come from the daily count file")
	return &c.res, nil
}
