package importer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

// The General Staff of Ukraine's daily running totals of Russian losses,
// in the two public transcriptions: PetroIvaniuk's (personnel file,
// equipment file, corrections file, and an Oryx per-model snapshot) and
// lod-db's orc-losses (one record per MoD post, newest first, with the
// post's URL). Both are JSON arrays of flat objects; the layout is told
// from the keys.
//
// Decisions, each reported in Result.Notes when it applies:
//   - Every day and category is a running-total claim (period from
//     2022-02-24 to the bulletin date), attributed to the General Staff,
//     dataset = the packager, so the two copies of one bulletin are two
//     claims and their disagreements stay visible.
//   - Personnel is casualties (killed + wounded in the General Staff's
//     wording), approx for "about", more_than for "more"; prisoners of war
//     are captured.
//   - A total that falls is stored as published and flagged
//     total_decreased.
//   - Renamed and merged equipment fields are spliced onto one category:
//     "military auto" + "fuel tank" before 2022-05-01 are vehicles as
//     "vehicles and fuel tanks" is after; "mobile SRBM system" and
//     "cruise missiles" are missiles.
//   - The corrections file holds signed restatements, not totals: the
//     running totals of that day already include them, so it adds no
//     claims and each correction is listed in the notes.
//   - Quotes are the row's date and the figure's fields as JSON; spans are
//     [0,0] because a newest-first file shifts every byte offset when a
//     day is added, and a claim's identity must not change when an
//     unrelated row does.
type genstaffImporter struct{}

func init() { Register(genstaffImporter{}) }

func (genstaffImporter) Name() string { return "genstaff-json" }

const (
	sourceGeneralStaff = "General Staff of the Armed Forces of Ukraine"
	datasetPetro       = "petroivaniuk-ua-genstaff"
	datasetLod         = "lod-orc-losses"
	repoPetro          = "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"
	repoLod            = "https://github.com/lod-db/orc-losses"
)

// petroEquipment maps PetroIvaniuk's field names to equipment types.
// Several fields may map to one type: they are summed on a day, which is
// how the 2022-05-01 merges splice.
var petroEquipment = map[string]string{
	"aircraft":                "aircraft",
	"helicopter":              "helicopters",
	"tank":                    "tanks",
	"apc":                     "armoured_vehicles",
	"field artillery":         "artillery",
	"mrl":                     "mlrs",
	"anti-aircraft warfare":   "air_defence",
	"drone":                   "drones",
	"naval ship":              "ships",
	"submarines":              "submarines",
	"military auto":           "vehicles",
	"fuel tank":               "vehicles",
	"vehicles and fuel tanks": "vehicles",
	"mobile srbm system":      "missiles",
	"cruise missiles":         "missiles",
	"special equipment":       "special_equipment",
	"ground robotic systems":  "other",
}

// lodFields maps orc-losses' field names to categories.
var lodFields = map[string]string{
	"personnel":          attrition.CategoryCasualties,
	"tanks":              "equipment:tanks",
	"afvs":               "equipment:armoured_vehicles",
	"artillery":          "equipment:artillery",
	"airdefense":         "equipment:air_defence",
	"rocketsystems":      "equipment:mlrs",
	"unarmoredvehicles":  "equipment:vehicles",
	"fixedwingaircraft":  "equipment:aircraft",
	"rotarywingaircraft": "equipment:helicopters",
	"uavs":               "equipment:drones",
	"ships":              "equipment:ships",
	"submarines":         "equipment:submarines",
	"specialequipment":   "equipment:special_equipment",
	"missiles":           "equipment:missiles",
	// Not in the copy at hand; the General Staff reports it from
	// 2026-05-03, so a newer copy may carry it under one of these names.
	"groundroboticsystems": "equipment:other",
	"ugvs":                 "equipment:other",
	"cruisemissiles":       "equipment:missiles",
}

// jsonRow is one object of a JSON array with where it starts.
type jsonRow struct {
	line   int
	fields map[string]json.RawMessage
	keys   map[string]string // normalised key → key as written
	date   attrition.Date
}

func (r *jsonRow) get(norm string) (json.RawMessage, string, bool) {
	k, ok := r.keys[norm]
	if !ok {
		return nil, "", false
	}
	return r.fields[k], k, true
}

// readJSONRows reads a JSON array of objects. A value that is not an
// object is an error of the file.
func readJSONRows(data []byte, name string) ([]*jsonRow, error) {
	idx := newLineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "%s: not JSON: %v", name, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, attrition.Errorf(attrition.EINVALID, "%s: want a JSON array of daily records", name)
	}
	var rows []*jsonRow
	for dec.More() {
		// The value starts after the separator and white space that
		// follow the previous one.
		off := dec.InputOffset()
		for int(off) < len(data) && (data[off] == ',' || data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t') {
			off++
		}
		row := &jsonRow{line: idx.line(off), keys: map[string]string{}}
		if int(off) < len(data) && data[off] != '{' {
			return nil, &attrition.LineError{File: name, Line: row.line, Err: attrition.Errorf(attrition.EINVALID, "want an object per day")}
		}
		if err := dec.Decode(&row.fields); err != nil || row.fields == nil {
			return nil, &attrition.LineError{File: name, Line: row.line, Err: attrition.Errorf(attrition.EINVALID, "malformed JSON: %v", err)}
		}
		for k := range row.fields {
			row.keys[normKey(k)] = k
		}
		rows = append(rows, row)
	}
	if _, err := dec.Token(); err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "%s: malformed JSON array: %v", name, err)
	}
	return rows, nil
}

// csvAsJSONRows reads a CSV table with the JSON files' field names as if
// it were the JSON array: numbers stay numbers, empty cells are absent.
func csvAsJSONRows(data []byte, name string) ([]*jsonRow, error) {
	recs, err := readCSV(data)
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "%s: neither a JSON array nor CSV: %v", name, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	hdr := recs[0].Fields
	var rows []*jsonRow
	for _, rec := range recs[1:] {
		if blank(rec.Fields) {
			continue
		}
		row := &jsonRow{line: rec.Line, fields: map[string]json.RawMessage{}, keys: map[string]string{}}
		for i, cell := range rec.Fields {
			if i >= len(hdr) {
				break
			}
			cell = strings.TrimSpace(cell)
			k := strings.TrimSpace(strings.TrimPrefix(hdr[i], "\ufeff"))
			if cell == "" || k == "" {
				continue
			}
			if _, err := strconv.ParseFloat(cell, 64); err == nil {
				row.fields[k] = json.RawMessage(cell)
			} else {
				b, _ := json.Marshal(cell)
				row.fields[k] = b
			}
			row.keys[normKey(k)] = k
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// normKey folds a JSON key for matching: lower case, single spaces.
func normKey(k string) string { return normLabel(k) }

// jsonInt reads a count; null and absence are "not reported" (ok false).
func jsonInt(raw json.RawMessage) (float64, bool, error) {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" {
		return 0, false, nil
	}
	if strings.HasPrefix(s, `"`) {
		// Early versions of one transcription stored numbers as strings.
		var str string
		if err := json.Unmarshal(raw, &str); err != nil {
			return 0, false, fmt.Errorf("not a number: %s", s)
		}
		s = strings.TrimSpace(str)
		if s == "" {
			return 0, false, nil
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false, fmt.Errorf("not a number: %s", truncateQuote(s))
	}
	return v, true, nil
}

func jsonString(raw json.RawMessage) (string, bool) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

// quoteFields renders the date and the named fields of a row as compact
// JSON, in the order given: the part of the row that carries the figure.
func quoteFields(r *jsonRow, keys ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	if raw, k, ok := r.get("date"); ok {
		fmt.Fprintf(&b, "%q:%s", k, compactJSON(raw))
	}
	for _, k := range keys {
		raw, ok := r.fields[k]
		if !ok {
			continue
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", k, compactJSON(raw))
	}
	b.WriteByte('}')
	return b.String()
}

func compactJSON(raw json.RawMessage) string {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return string(raw)
	}
	return buf.String()
}

type genstaffLayout int

const (
	layoutUnknown genstaffLayout = iota
	layoutPetroPersonnel
	layoutPetroEquipment
	layoutPetroCorrection
	layoutPetroOryx
	layoutLod
	// One table with personnel and equipment columns, as some copies
	// join the two files.
	layoutCombined
)

func detectGenstaff(rows []*jsonRow, name string) genstaffLayout {
	has := map[string]bool{}
	for i, r := range rows {
		if i == 20 {
			break
		}
		for k := range r.keys {
			has[k] = true
		}
	}
	switch {
	case has["sourceuri"]:
		return layoutLod
	case has["equipment_oryx"] || has["losses_total"]:
		return layoutPetroOryx
	case has["personnel"] && (has["tank"] || has["apc"] || has["aircraft"]):
		// The corrections file has the same columns as a joined table
		// of totals; it is told by its name or by its signed values.
		if strings.Contains(strings.ToLower(name), "correction") || hasNegative(rows) {
			return layoutPetroCorrection
		}
		return layoutCombined
	case has["personnel"] || has["personnel*"] || has["pow"]:
		return layoutPetroPersonnel
	case has["tank"] || has["apc"] || has["aircraft"] || has["drone"]:
		return layoutPetroEquipment
	}
	return layoutUnknown
}

func hasNegative(rows []*jsonRow) bool {
	for _, r := range rows {
		for _, v := range r.fields {
			if n, ok, _ := jsonInt(v); ok && n < 0 {
				return true
			}
		}
	}
	return false
}

func (genstaffImporter) Import(ctx context.Context, r io.Reader, name string, opts Options) (*Result, error) {
	data, err := readAll(ctx, r, opts)
	if err != nil {
		return nil, fmt.Errorf("genstaff-json: %s: %w", name, err)
	}
	data, _ = stripBOM(data)
	var rows []*jsonRow
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] != '[' && t[0] != '{' {
		// The same tables are also published as CSV (PetroIvaniuk's
		// Kaggle copy): a header of the same field names, a row a day.
		rows, err = csvAsJSONRows(data, name)
	} else {
		rows, err = readJSONRows(data, name)
	}
	if err != nil {
		return nil, err
	}
	c := &collect{}
	if len(rows) == 0 {
		c.note("empty array, nothing to import")
		return &c.res, nil
	}
	layout := detectGenstaff(rows, name)
	if layout == layoutUnknown {
		return nil, attrition.Errorf(attrition.EINVALID, "genstaff-json: %s: unrecognised layout (want the PetroIvaniuk personnel, equipment or corrections file, or orc-losses' russian-losses.json)", name)
	}
	if layout == layoutPetroOryx {
		oryxSnapshotNotes(c, rows)
		return &c.res, nil
	}
	g := &genstaffRun{c: c, name: name, opts: opts, layout: layout, q: newCounter()}
	g.rows = g.datedRows(rows)
	switch layout {
	case layoutPetroPersonnel:
		g.petroPersonnel()
	case layoutPetroEquipment:
		g.petroEquipment()
	case layoutCombined:
		g.petroPersonnel()
		g.petroEquipment()
	case layoutPetroCorrection:
		g.corrections()
	case layoutLod:
		g.lod()
	}
	if len(g.errs) > 0 {
		return nil, g.errs
	}
	c.res.Notes = append(c.res.Notes, g.q.notes(genstaffNoteText)...)
	return &c.res, nil
}

var genstaffNoteText = map[string]string{
	"decrease":      "running totals fell from the previous day (stored as published, flagged total_decreased)",
	"dupsame":       "duplicated days with identical figures deduplicated",
	"dupdiff":       "days listed twice with different figures (both kept as published)",
	"dayoff":        "rows whose day-of-war number disagrees with their date (date used)",
	"more":          "personnel figures qualified \"more\" (stored as more_than)",
	"pow0":          "prisoner counts of 0 read as not yet reported (skipped)",
	"direction":     "\"greatest losses direction\" place names (not a loss figure; skipped)",
	"null":          "figures null or absent (not reported that day; skipped)",
	"vehsplice":     "days before the 2022-05-01 merge where \"military auto\" + \"fuel tank\" were summed into vehicles",
	"missilesplice": "days where \"mobile SRBM system\" was counted as missiles (merged into \"cruise missiles\" on 2022-05-01)",
	"lodvehicles":   "unarmoredVehicles figures before 2022-05 that exclude fuel tankers (the other transcription includes them)",
	"earlywar":      "early-war summaries dated on their post but covering earlier days (period_end set to the last day covered)",
	"nourl":         "rows without a usable sourceUri (document = the repository with a #date fragment)",
	"correction":    "correction rows (signed restatements folded into that bulletin's totals; listed, not stored)",
}

type genstaffRun struct {
	c      *collect
	errs   attrition.LineErrors
	q      *counter
	name   string
	opts   Options
	layout genstaffLayout
	rows   []*jsonRow
}

// fail records a malformed row: a value that is not what the format
// says. Unlike the quirks, it stops the import, so that nothing of a file
// that cannot be read as documented is stored.
func (g *genstaffRun) fail(line int, format string, args ...any) {
	g.errs = append(g.errs, &attrition.LineError{File: g.name, Line: line, Err: attrition.Errorf(attrition.EINVALID, format, args...)})
}

// datedRows parses each row's date, rejects rows without one, sorts by
// date (orc-losses is newest first) and drops exact duplicates.
func (g *genstaffRun) datedRows(rows []*jsonRow) []*jsonRow {
	out := rows[:0:0]
	for _, r := range rows {
		raw, _, ok := r.get("date")
		if !ok {
			g.fail(r.line, "no date")
			continue
		}
		s, _ := jsonString(raw)
		d, err := attrition.ParseDate(strings.TrimSpace(s))
		if err != nil {
			g.fail(r.line, "date: %v", err)
			continue
		}
		r.date = d
		if raw, _, ok := r.get("day"); ok && g.layout != layoutLod {
			if n, ok, _ := jsonInt(raw); ok && int(n) != d.Sub(russiaUkraineStart)+1 {
				g.q.add("dayoff", fmt.Sprintf("%s has day %s, want %d", d, fmtNum(n), d.Sub(russiaUkraineStart)+1))
			}
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].date < out[j].date })
	dedup := out[:0]
	for i, r := range out {
		if i > 0 && r.date == out[i-1].date {
			if sameFigures(r, out[i-1]) {
				g.q.add("dupsame", r.date.String())
				continue
			}
			g.q.add("dupdiff", r.date.String())
		}
		dedup = append(dedup, r)
	}
	if len(dedup) > 1 && g.layout != layoutPetroCorrection {
		g.gapNote(dedup)
	}
	return dedup
}

func sameFigures(a, b *jsonRow) bool {
	if len(a.fields) != len(b.fields) {
		return false
	}
	for k, v := range a.fields {
		if k == "day" {
			continue
		}
		w, ok := b.fields[k]
		if !ok || compactJSON(v) != compactJSON(w) {
			return false
		}
	}
	return true
}

// gapNote reports missing days: a running total holds across a gap, so
// nothing is filled in, but users should know the series has holes.
func (g *genstaffRun) gapNote(rows []*jsonRow) {
	gaps, missing, largest := 0, 0, 0
	var largestFrom attrition.Date
	for i := 1; i < len(rows); i++ {
		d := rows[i].date.Sub(rows[i-1].date) - 1
		if d > 0 {
			gaps++
			missing += d
			if d > largest {
				largest, largestFrom = d, rows[i-1].date
			}
		}
	}
	first, last := rows[0].date, rows[len(rows)-1].date
	if gaps == 0 {
		g.c.note("%d days from %s to %s, no missing days", len(rows), first, last)
		return
	}
	g.c.note("%d days from %s to %s; %d gaps, %d days missing (largest: %d days after %s); running totals are not filled across gaps",
		len(rows), first, last, gaps, missing, largest, largestFrom)
}

// document returns the provenance of a row's claims.
func (g *genstaffRun) document(r *jsonRow, dataset string) attrition.Document {
	switch dataset {
	case datasetLod:
		if raw, _, ok := r.get("sourceuri"); ok {
			if u, ok := jsonString(raw); ok && (strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")) {
				return attrition.Document{URL: u, Title: "General Staff losses bulletin of " + r.date.String() + " (Ministry of Defence of Ukraine)", Published: r.date}
			}
		}
		g.q.add("nourl", r.date.String())
		return attrition.Document{URL: repoLod + "#" + r.date.String(), Title: "General Staff losses bulletin of " + r.date.String() + " (orc-losses transcription)", Published: r.date}
	}
	return attrition.Document{URL: repoPetro + "#" + r.date.String(), Title: "General Staff losses bulletin of " + r.date.String() + " (PetroIvaniuk transcription)", Published: r.date}
}

// series remembers the last value of each category so that falls are
// flagged.
type series map[string]float64

func (s series) check(g *genstaffRun, cl *attrition.Claim, key string, v float64) {
	if prev, ok := s[key]; ok && v < prev {
		cl.AddFlag(attrition.FlagTotalDecreased)
		g.q.add("decrease", fmt.Sprintf("%s %s %s→%s", cl.PeriodEnd, strings.TrimPrefix(cl.Category, attrition.EquipmentPrefix), fmtNum(prev), fmtNum(v)))
	}
	s[key] = v
}

func (g *genstaffRun) petroPersonnel() {
	src := sourceName(g.opts, sourceGeneralStaff)
	last := series{}
	for _, r := range g.rows {
		doc := g.document(r, datasetPetro)
		if raw, key, ok := r.get("personnel"); ok {
			v, ok, err := jsonInt(raw)
			switch {
			case err != nil:
				g.fail(r.line, "personnel: %v", err)
			case !ok:
				g.q.add("null", r.date.String()+" personnel")
			default:
				cl := runningTotal("Russia", attrition.CategoryCasualties, v, r.date)
				qual := ""
				qkey := ""
				if raw, k, ok := r.get("personnel*"); ok {
					qual, _ = jsonString(raw)
					qkey = k
				}
				switch strings.ToLower(strings.TrimSpace(qual)) {
				case "about", "approximately", "around":
					cl.Approx = true
				case "more", "more than", "over":
					cl.Bound = attrition.BoundMoreThan
					cl.High, cl.Best = nil, nil
					g.q.add("more", r.date.String())
				case "":
				default:
					g.q.add("unknown qualifier", qual)
				}
				cl.Source, cl.Document, cl.Dataset = src, doc, datasetPetro
				cl.Quote = quoteFields(r, key, qkey)
				last.check(g, &cl, "personnel", v)
				g.c.add(cl, r.line)
			}
		}
		if raw, key, ok := r.get("pow"); ok {
			v, ok, err := jsonInt(raw)
			switch {
			case err != nil:
				g.fail(r.line, "POW: %v", err)
			case !ok:
			case v == 0:
				g.q.add("pow0", r.date.String())
			default:
				cl := runningTotal("Russia", attrition.CategoryCaptured, v, r.date)
				cl.Source, cl.Document, cl.Dataset = src, doc, datasetPetro
				cl.Quote = quoteFields(r, key)
				last.check(g, &cl, "pow", v)
				g.c.add(cl, r.line)
			}
		}
	}
}

func (g *genstaffRun) petroEquipment() {
	src := sourceName(g.opts, sourceGeneralStaff)
	last := series{}
	unmapped := map[string]int{}
	firstSeen := map[string]bool{}
	for _, r := range g.rows {
		doc := g.document(r, datasetPetro)
		// Sum the fields of each type on this day, remembering which
		// fields made it, in file-independent order.
		type acc struct {
			v    float64
			keys []string
			bad  bool
		}
		byType := map[string]*acc{}
		keys := make([]string, 0, len(r.fields))
		for k := range r.fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			nk := normKey(k)
			switch nk {
			case "date", "day", "personnel", "personnel*", "pow":
				continue
			case "greatest losses direction":
				g.q.add("direction", "")
				continue
			}
			typ, ok := petroEquipment[nk]
			if !ok {
				unmapped[k]++
				continue
			}
			v, ok, err := jsonInt(r.fields[k])
			if err != nil {
				g.fail(r.line, "%s: %v", k, err)
				a := byType[typ]
				if a == nil {
					a = &acc{}
					byType[typ] = a
				}
				a.bad = true
				continue
			}
			if !ok {
				g.q.add("null", r.date.String()+" "+k)
				continue
			}
			a := byType[typ]
			if a == nil {
				a = &acc{}
				byType[typ] = a
			}
			a.v += v
			a.keys = append(a.keys, k)
		}
		types := make([]string, 0, len(byType))
		for t := range byType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, typ := range types {
			a := byType[typ]
			if a.bad || len(a.keys) == 0 {
				continue
			}
			if typ == "vehicles" && len(a.keys) > 1 {
				g.q.add("vehsplice", "")
			}
			if typ == "missiles" && containsKey(a.keys, "mobile SRBM system") {
				g.q.add("missilesplice", "")
			}
			if typ == "other" && !firstSeen[typ] && r != g.rows[0] {
				g.c.note("\"ground robotic systems\" first reported on %s with %s: a stock carried over from before, not one day's losses", r.date, fmtNum(a.v))
			}
			firstSeen[typ] = true
			cl := runningTotal("Russia", attrition.EquipmentPrefix+typ, a.v, r.date)
			cl.Source, cl.Document, cl.Dataset = src, doc, datasetPetro
			cl.Quote = quoteFields(r, a.keys...)
			last.check(g, &cl, typ, a.v)
			g.c.add(cl, r.line)
		}
	}
	for _, k := range sortedKeys(unmapped) {
		g.c.note("unmapped field %q on %d days (skipped)", k, unmapped[k])
	}
}

func containsKey(keys []string, k string) bool {
	for _, x := range keys {
		if strings.EqualFold(x, k) {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// corrections lists the restatements of the corrections file. They are
// deltas already folded into that day's published totals, so storing
// them as claims would count them twice.
func (g *genstaffRun) corrections() {
	for _, r := range g.rows {
		var parts []string
		for _, k := range sortedKeys(r.fields) {
			nk := normKey(k)
			if nk == "date" || nk == "day" {
				continue
			}
			v, ok, err := jsonInt(r.fields[k])
			if err != nil {
				g.fail(r.line, "%s: %v", k, err)
				continue
			}
			if ok && v != 0 {
				parts = append(parts, fmt.Sprintf("%s %+d", k, int64(v)))
			}
		}
		g.q.add("correction", "")
		if len(parts) == 0 {
			g.c.note("correction of %s changes nothing", r.date)
			continue
		}
		g.c.note("General Staff correction on %s: %s", r.date, strings.Join(parts, ", "))
	}
	g.c.note("corrections are not stored as claims: each is already inside the running totals published that day (or the next), where a fall is flagged total_decreased")
}

var earlyWarSpan = regexp.MustCompile(`\((\d{1,2})-(\d{1,2})-lyutogo\)`)

func (g *genstaffRun) lod() {
	src := sourceName(g.opts, sourceGeneralStaff)
	last := series{}
	unmapped := map[string]int{}
	for _, r := range g.rows {
		doc := g.document(r, datasetLod)
		end := r.date
		// The first MoD summaries covered several earlier days ("for the
		// previous three days (24-26 February)"); the figure ends on the
		// last day named, which is where the other transcription files it.
		if m := earlyWarSpan.FindStringSubmatch(doc.URL); m != nil && r.date.Year() == 2022 {
			if day, err := strconv.Atoi(m[2]); err == nil && day >= 24 && day <= 28 {
				if d := attrition.NewDate(2022, time.February, day); d < r.date {
					end = d
					g.q.add("earlywar", fmt.Sprintf("%s covers to %s", r.date, d))
				}
			}
		}
		for _, k := range sortedKeys(r.fields) {
			nk := normKey(k)
			if nk == "date" || nk == "sourceuri" {
				continue
			}
			cat, ok := lodFields[nk]
			if !ok {
				unmapped[k]++
				continue
			}
			v, ok, err := jsonInt(r.fields[k])
			if err != nil {
				g.fail(r.line, "%s: %v", k, err)
				continue
			}
			if !ok {
				g.q.add("null", r.date.String()+" "+k)
				continue
			}
			cl := runningTotal("Russia", cat, v, end)
			if cat == attrition.CategoryCasualties {
				// The MoD calls the personnel figure approximate.
				cl.Approx = true
			}
			if nk == "unarmoredvehicles" && r.date < attrition.MustDate("2022-05-01") {
				g.q.add("lodvehicles", "")
			}
			cl.Source, cl.Document, cl.Dataset = src, doc, datasetLod
			cl.Quote = quoteFields(r, k)
			last.check(g, &cl, cat, v)
			g.c.add(cl, r.line)
		}
	}
	for _, k := range sortedKeys(unmapped) {
		g.c.note("unmapped field %q on %d days (skipped)", k, unmapped[k])
	}
}

// oryxSnapshotNotes summarises PetroIvaniuk's per-model Oryx snapshot.
// It carries no date of its own (only the repository's commit has one),
// so it cannot be a running total; it is a cross-walk from models to
// categories and is reported, not stored.
func oryxSnapshotNotes(c *collect, rows []*jsonRow) {
	total := 0.0
	byCat := map[string]float64{}
	for _, r := range rows {
		raw, _, ok := r.get("losses_total")
		if !ok {
			continue
		}
		v, ok, err := jsonInt(raw)
		if err != nil || !ok {
			c.reject(r.line, "losses_total: not a number")
			continue
		}
		total += v
		if raw, _, ok := r.get("equipment_oryx"); ok {
			if s, ok := jsonString(raw); ok {
				byCat[s] += v
			}
		}
	}
	c.note("Oryx per-model snapshot, %d models, %s losses in all (tanks %s); undated, so no claims are stored: use the oryx-csv format for Oryx's dated counts",
		len(rows), fmtNum(total), fmtNum(byCat["Tanks"]))
}
