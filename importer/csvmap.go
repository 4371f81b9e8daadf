package importer

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

// Anyone's spreadsheet as claims: a CSV with a header, whose columns are
// mapped onto claim fields by Options.Map (the CLI's --map
// low=estimate_low,high=estimate_high,…). Without a map, columns named as
// the claim fields of claims.md (document.url style for nested ones) map
// to themselves.
//
// A map value "=text" is a constant for every row ("source==UK MoD" on the
// command line gives source the value "UK MoD"). "date" is a shortcut for
// period_end and document.published together. date_format says how dates
// are written: iso (default), dmy (dd/mm/yyyy), mdy, or a Go layout.
//
// When bound is not mapped it is read from which of low, high and best a
// row fills, as for compiled estimates. period_start stays null unless
// mapped: a sheet of running totals says so with a constant
// (period_start==2022-02-24), since a sheet of monthly counts must not
// get one. Every bad row is reported as
// file:line: field: reason, and none is stored if any is bad.
type csvImporter struct{}

func init() { Register(csvImporter{}) }

func (csvImporter) Name() string { return "csv" }

// csvFields are the claim fields a column can fill.
var csvFields = []string{
	"actor", "population", "category", "status", "per", "low", "high", "best", "bound", "approx",
	"period_start", "period_end", "likelihood", "probability", "source",
	"document.url", "document.title", "document.published", "quote", "derived", "flags", "dataset",
	"date",
}

// csvFieldAliases are short names users type for nested fields.
var csvFieldAliases = map[string]string{
	"url": "document.url", "published": "document.published", "title": "document.title",
	"document_url": "document.url", "document_published": "document.published", "document_title": "document.title",
	"start": "period_start", "end": "period_end",
}

func isCSVField(f string) bool {
	for _, x := range csvFields {
		if x == f {
			return true
		}
	}
	return false
}

// csvMapping is a resolved map: per field, a column index or a constant.
type csvMapping struct {
	col      map[string]int
	constant map[string]string
	layout   string
}

func (m *csvMapping) value(rec []string, f string) (string, bool) {
	if v, ok := m.constant[f]; ok {
		return v, true
	}
	if i, ok := m.col[f]; ok {
		if i < len(rec) {
			return strings.TrimSpace(rec[i]), true
		}
		return "", true
	}
	return "", false
}

func resolveMapping(hdr []string, opts Options, name string) (*csvMapping, error) {
	m := &csvMapping{col: map[string]int{}, constant: map[string]string{}}
	cols := map[string]int{}
	for i, h := range hdr {
		k := normLabel(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := cols[k]; !dup {
			cols[k] = i
		}
	}
	if len(opts.Map) == 0 {
		for _, f := range csvFields {
			if i, ok := cols[f]; ok {
				m.col[f] = i
			}
		}
		if len(m.col) == 0 {
			return nil, attrition.Errorf(attrition.EINVALID, "csv: %s: no column is named as a claim field; give a mapping with --map field=column", name)
		}
		return m, nil
	}
	keys := make([]string, 0, len(opts.Map))
	for k := range opts.Map {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := opts.Map[k]
		f := strings.ToLower(strings.TrimSpace(k))
		if to, ok := csvFieldAliases[f]; ok {
			f = to
		}
		if f == "date_format" {
			m.layout = strings.TrimSpace(v)
			continue
		}
		if !isCSVField(f) {
			return nil, attrition.Errorf(attrition.EINVALID, "csv: --map: unknown field %q (want one of %s, or date_format)", k, strings.Join(csvFields, ", "))
		}
		if c, ok := strings.CutPrefix(v, "="); ok {
			m.constant[f] = strings.TrimSpace(c)
			continue
		}
		i, ok := cols[normLabel(v)]
		if !ok {
			return nil, attrition.Errorf(attrition.EINVALID, "csv: %s: --map %s=%s: no column %q in the header (columns: %s)", name, k, v, v, strings.Join(hdr, ", "))
		}
		if _, dup := m.col[f]; dup {
			return nil, attrition.Errorf(attrition.EINVALID, "csv: --map: %s given twice", f)
		}
		m.col[f] = i
	}
	return m, nil
}

// parseDate reads a date in the mapping's format.
func (m *csvMapping) parseDate(s string) (attrition.Date, error) {
	// A year-first date cannot be misread, whatever the sheet's format:
	// constants given on the command line are written that way.
	if d, err := attrition.ParseDate(s); err == nil {
		return d, nil
	}
	switch strings.ToLower(m.layout) {
	case "", "iso", "yyyy-mm-dd":
		return attrition.ParseDate(s)
	case "dmy", "dd/mm/yyyy", "d/m/y", "day-first":
		return parseDMY(s, false)
	case "mdy", "mm/dd/yyyy", "m/d/y":
		return parseDMY(s, true)
	}
	t, err := time.Parse(m.layout, s)
	if err != nil {
		return 0, fmt.Errorf("malformed date %q (want layout %s)", s, m.layout)
	}
	return attrition.DateOf(t), nil
}

func (csvImporter) Import(ctx context.Context, r io.Reader, name string, opts Options) (*Result, error) {
	data, err := readAll(ctx, r, opts)
	if err != nil {
		return nil, fmt.Errorf("csv: %s: %w", name, err)
	}
	data, _ = stripBOM(data)
	recs, err := readCSV(data)
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "csv: %s: %v", name, err)
	}
	if len(recs) == 0 {
		return nil, attrition.Errorf(attrition.EINVALID, "csv: %s: empty file (want a header row)", name)
	}
	m, err := resolveMapping(recs[0].Fields, opts, name)
	if err != nil {
		return nil, err
	}
	c := &collect{}
	var bad attrition.LineErrors
	blanks := 0
	for _, rec := range recs[1:] {
		if blank(rec.Fields) {
			blanks++
			continue
		}
		cl, problems := m.claim(rec, name, opts)
		if len(problems) == 0 {
			if err := cl.Validate(); err != nil {
				problems = err.(*attrition.ValidationError).Problems
			}
		}
		if len(problems) > 0 {
			bad = append(bad, &attrition.LineError{File: name, Line: rec.Line, Err: &attrition.ValidationError{Problems: problems}})
			continue
		}
		c.res.Claims = append(c.res.Claims, cl)
	}
	if len(bad) > 0 {
		return nil, bad
	}
	if blanks > 0 {
		c.note("%d blank rows skipped", blanks)
	}
	return &c.res, nil
}

// claim builds one row's claim, returning every problem found.
func (m *csvMapping) claim(rec csvRecord, name string, opts Options) (attrition.Claim, []attrition.FieldError) {
	var ps []attrition.FieldError
	bad := func(field, format string, args ...any) {
		ps = append(ps, attrition.FieldError{Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	get := func(f string) string { v, _ := m.value(rec.Fields, f); return v }
	num := func(f string) *float64 {
		v, ok, err := parseNumber(get(f))
		if err != nil {
			bad(f, "%v", err)
			return nil
		}
		if !ok {
			return nil
		}
		return attrition.Float(v)
	}
	date := func(f string) attrition.Date {
		s := get(f)
		if s == "" {
			return 0
		}
		d, err := m.parseDate(s)
		if err != nil {
			bad(f, "%v", err)
		}
		return d
	}
	boolean := func(f string) bool {
		switch strings.ToLower(get(f)) {
		case "", "false", "no", "0", "n":
			return false
		case "true", "yes", "1", "y":
			return true
		}
		bad(f, "want true or false, got %q", get(f))
		return false
	}
	cl := attrition.Claim{
		Actor:      attrition.CanonicalActor(get("actor")),
		Population: strings.ToLower(get("population")),
		Category:   csvCategory(get("category")),
		Status:     strings.ToLower(get("status")),
		Per:        strings.ToLower(get("per")),
		Low:        num("low"), High: num("high"), Best: num("best"),
		Bound:       strings.ToLower(get("bound")),
		Approx:      boolean("approx"),
		PeriodStart: date("period_start"),
		PeriodEnd:   date("period_end"),
		Likelihood:  get("likelihood"),
		Source:      get("source"),
		Document: attrition.Document{URL: get("document.url"), Title: get("document.title"),
			Published: date("document.published")},
		Quote:   get("quote"),
		Derived: boolean("derived"),
		Dataset: get("dataset"),
	}
	if d := date("date"); d != 0 {
		if cl.PeriodEnd == 0 {
			cl.PeriodEnd = d
		}
		if cl.Document.Published == 0 {
			cl.Document.Published = d
		}
	}
	if cl.Document.Published == 0 {
		cl.Document.Published = cl.PeriodEnd
	}
	if s := get("probability"); s != "" {
		p, err := parseProbability(s)
		if err != nil {
			bad("probability", "%v", err)
		} else {
			cl.Probability = p
		}
	}
	if s := get("flags"); s != "" {
		for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == ',' }) {
			if f = strings.TrimSpace(f); f != "" {
				cl.AddFlag(f)
			}
		}
	}
	if opts.Source != "" {
		cl.Source = opts.Source
	}
	if cl.Bound == "" {
		cl.Bound = inferBound(&cl)
	}
	if cl.Bound == attrition.BoundPoint && cl.Best != nil {
		if cl.Low == nil {
			cl.Low = cl.Best
		}
		if cl.High == nil {
			cl.High = cl.Best
		}
	}
	if cl.Quote == "" {
		cl.Quote = compactSpace(rec.Raw)
	}
	cl.Quote = validQuote(cl.Quote)
	if cl.Document.URL == "" {
		cl.Document.URL = "file:" + filepath.Base(name)
	}
	return cl, ps
}

// csvCategory accepts an equipment type without its prefix ("tanks") and
// the everyday words compiled estimates use ("deaths").
func csvCategory(s string) string {
	s = normLabel(s)
	if s == "" || attrition.IsCategory(s) {
		return s
	}
	if attrition.IsCategory(attrition.EquipmentPrefix + s) {
		return attrition.EquipmentPrefix + s
	}
	if c, ok := economistTypes[s]; ok {
		return c
	}
	return s
}

// inferBound reads the shape from which numbers a row gives.
func inferBound(c *attrition.Claim) string {
	switch {
	case c.Low != nil && c.High != nil && *c.Low == *c.High && (c.Best == nil || *c.Best == *c.Low):
		if c.Best == nil {
			c.Best = c.Low
		}
		return attrition.BoundPoint
	case c.Low != nil && c.High != nil:
		return attrition.BoundRange
	case c.Low != nil:
		return attrition.BoundAtLeast
	case c.High != nil:
		return attrition.BoundAtMost
	case c.Best != nil:
		return attrition.BoundPoint
	}
	return ""
}

// parseProbability reads "0.55-0.75", "0.55;0.75", "[0.55, 0.75]", a
// single value, or percentages ("55%-75%").
func parseProbability(s string) (*[2]float64, error) {
	t := strings.Trim(strings.TrimSpace(s), "[]()")
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ';' || r == '–' || r == '/' || r == ' ' })
	if len(parts) == 1 && strings.Count(parts[0], "-") == 1 {
		parts = strings.Split(parts[0], "-")
	}
	if len(parts) < 1 || len(parts) > 2 {
		return nil, fmt.Errorf("want lo,hi, got %q", s)
	}
	var out [2]float64
	for i, p := range parts {
		p = strings.TrimSpace(p)
		pct := strings.HasSuffix(p, "%")
		v, err := strconv.ParseFloat(strings.TrimSuffix(p, "%"), 64)
		if err != nil {
			return nil, fmt.Errorf("not a probability: %q", s)
		}
		if pct {
			v /= 100
		}
		out[i] = v
	}
	if len(parts) == 1 {
		out[1] = out[0]
	}
	return &out, nil
}
