package importer

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
)

// russiaUkraineStart is where running totals "since the invasion" begin.
var russiaUkraineStart = attrition.MustDate("2022-02-24")

// maxQuote caps a quote: a row of a wide spreadsheet is provenance
// enough in its first few hundred bytes, and the store keeps every claim's
// quote.
const maxQuote = 600

// readAll reads the whole input, telling opts.Progress as it goes. The
// datasets are at most a few megabytes, and parsers that see the whole
// file can slice each row's raw text out of it for quotes.
func readAll(ctx context.Context, r io.Reader, opts Options) ([]byte, error) {
	var buf bytes.Buffer
	chunk := make([]byte, 64<<10)
	var n int64
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		k, err := r.Read(chunk)
		if k > 0 {
			buf.Write(chunk[:k])
			n += int64(k)
			if opts.Progress != nil {
				opts.Progress(n)
			}
		}
		if err == io.EOF {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// stripBOM drops a UTF-8 byte-order mark, which spreadsheet exports put
// before the first header name.
func stripBOM(b []byte) ([]byte, bool) {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		return b[3:], true
	}
	return b, false
}

// csvRecord is one parsed CSV record with where it came from.
type csvRecord struct {
	Fields []string
	Line   int    // line the record starts on, 1-based
	Raw    string // the record's text without its line break
}

// readCSV parses data, keeping each record's raw text and starting line
// so that claims can quote the row and errors can point at it. Records
// may have any number of fields; callers check.
func readCSV(data []byte) ([]csvRecord, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var out []csvRecord
	var prev int64
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		line, _ := cr.FieldPos(0)
		end := cr.InputOffset()
		raw := strings.TrimRight(string(data[prev:end]), "\r\n")
		// The reader skips blank lines silently; the raw text must not
		// carry them into the next record's quote.
		raw = strings.TrimLeft(raw, "\r\n")
		prev = end
		out = append(out, csvRecord{Fields: fields, Line: line, Raw: raw})
	}
}

// blank reports whether every field of a record is empty.
func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// normLabel lowers a label and collapses white space (labels scraped from
// web pages carry trailing line breaks and doubled spaces).
func normLabel(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
}

// compactSpace collapses every run of white space to one space, for
// quotes of multi-line records.
func compactSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncateQuote keeps a quote within maxQuote bytes on a rune boundary.
func truncateQuote(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	cut := maxQuote
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// validQuote makes a quote safe to store: valid UTF-8 and bounded.
func validQuote(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return truncateQuote(s)
}

// parseNumber reads a published figure: digits with optional thousands
// separators ("140,000"), a decimal point, surrounding spaces. Empty
// means absent (ok false, err nil).
func parseNumber(s string) (v float64, ok bool, err error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "NA") || strings.EqualFold(s, "null") {
		return 0, false, nil
	}
	t := strings.ReplaceAll(s, ",", "")
	t = strings.ReplaceAll(t, "\u00a0", "")
	t = strings.ReplaceAll(t, " ", "")
	v, err = strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false, fmt.Errorf("not a number: %q", s)
	}
	return v, true, nil
}

// parseDayFirst reads dd/mm/yyyy with one- or two-digit day and month
// ("1/12/2025", "17/9/2024"), as The Economist's files write dates.
func parseDayFirst(s string) (attrition.Date, error) {
	return parseDMY(s, false)
}

func parseDMY(s string, monthFirst bool) (attrition.Date, error) {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 {
		return 0, fmt.Errorf("malformed date %q (want dd/mm/yyyy)", s)
	}
	d, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	if monthFirst {
		d, m = m, d
	}
	if err1 != nil || err2 != nil || err3 != nil || len(parts[2]) != 4 {
		return 0, fmt.Errorf("malformed date %q (want dd/mm/yyyy)", s)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) || y < 1 {
		return 0, fmt.Errorf("no such day %q", s)
	}
	return attrition.NewDate(y, time.Month(m), d), nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isoWeekMonday returns the Monday of ISO week w of ISO year y.
func isoWeekMonday(y, w int) (attrition.Date, error) {
	if w < 1 || w > 53 || y < 1 || y > 9999 {
		return 0, fmt.Errorf("no ISO week %d-W%02d", y, w)
	}
	// 4 January is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	mon := attrition.DateOf(jan4).AddDays(-off + 7*(w-1))
	if yy, _ := mon.Time().ISOWeek(); yy != y {
		return 0, fmt.Errorf("no ISO week %d-W%02d", y, w)
	}
	return mon, nil
}

// counter tallies quirks by kind so that a note says "13 decreases" once
// rather than thirteen times.
type counter struct {
	n        map[string]int
	examples map[string][]string
}

func newCounter() *counter {
	return &counter{n: map[string]int{}, examples: map[string][]string{}}
}

// add counts one occurrence of kind; the first few examples are kept.
func (c *counter) add(kind, example string) {
	c.n[kind]++
	if example != "" && len(c.examples[kind]) < 5 {
		c.examples[kind] = append(c.examples[kind], example)
	}
}

// notes renders "kind: N (e.g. a, b)" lines, sorted for stable output.
func (c *counter) notes(format map[string]string) []string {
	keys := make([]string, 0, len(c.n))
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		text := k
		if f, ok := format[k]; ok {
			text = f
		}
		s := fmt.Sprintf("%d %s", c.n[k], text)
		if ex := c.examples[k]; len(ex) > 0 {
			more := ""
			if c.n[k] > len(ex) {
				more = ", …"
			}
			s += " (" + strings.Join(ex, "; ") + more + ")"
		}
		out = append(out, s)
	}
	return out
}

// fmtNum prints a figure without exponent or trailing zeros.
func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// sourceName returns opts.Source when the user overrode it, else def.
func sourceName(opts Options, def string) string {
	if s := strings.TrimSpace(opts.Source); s != "" {
		return s
	}
	return def
}

// canonicalSource maps a publisher's name as a dataset writes it ("UK
// MoD") to the registry's spelling, so that one publisher is one source
// across datasets; unknown names are kept as written, tidied.
func canonicalSource(s string) string {
	return attrition.CanonicalSource(compactSpace(s))
}

// runningTotal returns a claim for a cumulative count since the start of
// the Russia–Ukraine war, as published on end.
func runningTotal(actor, category string, v float64, end attrition.Date) attrition.Claim {
	return attrition.Claim{
		Actor: actor, Population: attrition.PopulationMilitary, Category: category,
		Low: attrition.Float(v), High: attrition.Float(v), Best: attrition.Float(v),
		Bound: attrition.BoundPoint, PeriodStart: russiaUkraineStart, PeriodEnd: end,
	}
}

// collect gathers an import's claims, checking each against the
// contract as it comes: a quirk of the data must never become a bad row
// in the ledger, so a claim that fails is a rejection with its reason.
type collect struct {
	res Result
}

func (c *collect) add(cl attrition.Claim, line int) {
	cl.Quote = validQuote(cl.Quote)
	if err := cl.Validate(); err != nil {
		c.reject(line, "%s on %s: %v", cl.Category, cl.PeriodEnd, err)
		return
	}
	c.res.Claims = append(c.res.Claims, cl)
}

func (c *collect) reject(line int, format string, args ...any) {
	c.res.Rejected = append(c.res.Rejected, Rejection{Line: line, Reason: fmt.Sprintf(format, args...)})
}

func (c *collect) note(format string, args ...any) {
	c.res.Notes = append(c.res.Notes, fmt.Sprintf(format, args...))
}

// lineIndex finds the line of a byte offset quickly, for inputs parsed by
// offset (JSON).
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range data {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the 1-based line holding offset off.
func (l lineIndex) line(off int64) int {
	return sort.Search(len(l), func(i int) bool { return int64(l[i]) > off })
}
