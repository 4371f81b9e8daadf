// Package claimio reads and writes claims in the files people exchange:
// JSONL (one claims.md object per line), CSV (one column per field, the
// header naming them) and an aligned table for reading in a terminal.
// Readers report every bad row at once, as file:line: field: reason, so a
// user fixes a file in one pass.
package claimio

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
)

// Formats a reader understands.
const (
	FormatJSONL = "jsonl"
	FormatJSON  = "json" // one array of claims, as extract --format json writes
	FormatCSV   = "csv"
)

// maxLineErrors caps the rows reported for one file: past it the file is
// clearly not in the format, and a flood of messages helps nobody.
const maxLineErrors = 1000

// errorList collects the bad rows of one input.
type errorList struct {
	name  string
	errs  attrition.LineErrors
	extra int
}

func (l *errorList) add(line int, err error) {
	if len(l.errs) >= maxLineErrors {
		l.extra++
		return
	}
	l.errs = append(l.errs, &attrition.LineError{File: l.name, Line: line, Err: err})
}

func (l *errorList) err() error {
	if len(l.errs) == 0 {
		return nil
	}
	if l.extra > 0 {
		last := l.errs[len(l.errs)-1]
		l.errs = append(l.errs, &attrition.LineError{File: l.name, Line: last.Line,
			Err: fmt.Errorf("%d more bad rows not shown", l.extra)})
	}
	return l.errs
}

var utf8BOM = []byte("\xef\xbb\xbf")

// ReadJSONL reads one claim per line. Blank lines are skipped. Every bad
// line is reported, with its 1-based line number, in an
// attrition.LineErrors; then no claim is returned.
func ReadJSONL(r io.Reader, name string) ([]attrition.Claim, error) {
	var claims collector
	if err := readJSONL(r, name, claims.emit); err != nil {
		return nil, err
	}
	return claims.all(), nil
}

func readJSONL(r io.Reader, name string, emit func([]attrition.Claim) bool) error {
	br := bufio.NewReaderSize(r, 1<<16)
	out := batcher{emit: emit}
	bad := &errorList{name: name}
	for line := 1; ; line++ {
		b, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A line longer than the buffer: gather it whole.
			long := append([]byte(nil), b...)
			for errors.Is(err, bufio.ErrBufferFull) {
				b, err = br.ReadSlice('\n')
				long = append(long, b...)
			}
			b = long
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: %w", name, err)
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, utf8BOM)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			c, verr := attrition.DecodeClaim(t)
			if verr != nil {
				bad.add(line, wholeLine(verr))
			} else if bad.errs == nil {
				if len(c.Flags) == 0 {
					c.Flags = nil
				}
				if !out.add(c) {
					return errStopped
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if err := bad.err(); err != nil {
		return err
	}
	if !out.flush() {
		return errStopped
	}
	return nil
}

// errStopped ends a read whose consumer wants no more claims.
var errStopped = errors.New("claimio: reading stopped")

// streamBatch is how many claims a streaming reader hands on at a time.
const streamBatch = 1024

// batcher hands claims on in batches while the input has had no bad row;
// after one, nothing will be stored, so nothing more is handed on.
type batcher struct {
	emit  func([]attrition.Claim) bool
	batch []attrition.Claim
}

func (b *batcher) add(c attrition.Claim) bool {
	if b.batch == nil {
		b.batch = make([]attrition.Claim, 0, streamBatch)
	}
	b.batch = append(b.batch, c)
	if len(b.batch) == streamBatch {
		return b.flush()
	}
	return true
}

func (b *batcher) flush() bool {
	if len(b.batch) == 0 {
		return true
	}
	ok := b.emit(b.batch)
	b.batch = nil // the consumer owns it now
	return ok
}

// collector gathers claims in fixed-size chunks and joins them once: a
// growing slice of a million claims would copy them all many times.
type collector struct {
	chunks [][]attrition.Claim
	n      int
}

const collectChunk = 4096

func (c *collector) add(cl attrition.Claim) {
	if len(c.chunks) == 0 || len(c.chunks[len(c.chunks)-1]) == collectChunk {
		c.chunks = append(c.chunks, make([]attrition.Claim, 0, collectChunk))
	}
	last := &c.chunks[len(c.chunks)-1]
	*last = append(*last, cl)
	c.n++
}

func (c *collector) emit(batch []attrition.Claim) bool {
	for i := range batch {
		c.add(batch[i])
	}
	return true
}

func (c *collector) all() []attrition.Claim {
	if c.n == 0 {
		return nil
	}
	if len(c.chunks) == 1 {
		return c.chunks[0]
	}
	out := make([]attrition.Claim, 0, c.n)
	for i, ch := range c.chunks {
		out = append(out, ch...)
		c.chunks[i] = nil // let each chunk go as soon as it is copied
	}
	return out
}

// CSV columns: claims.md field names, nested ones as document.url, and
// the ledger's own id, dataset and supersedes. Arrays (probability, span,
// flags) are JSON text in one cell; an empty cell is null.
var csvColumns = []string{
	"id", "actor", "population", "category", "status", "per", "low", "high", "best",
	"bound", "approx", "period_start", "period_end", "likelihood", "probability",
	"source", "document.url", "document.title", "document.published", "quote", "span",
	"derived", "flags", "dataset", "supersedes",
}

// CSVColumns returns the header WriteCSV writes.
func CSVColumns() []string { return append([]string(nil), csvColumns...) }

var csvColumnIndex = func() map[string]int {
	m := map[string]int{}
	for i, c := range csvColumns {
		m[c] = i
	}
	return m
}()

// ReadCSV reads claims from CSV whose first record is a header of column
// names (CSVColumns, in any order; absent columns are null). Line numbers
// in errors are physical lines of the file, the header being line 1, so
// they stay right when a quoted cell spans lines.
func ReadCSV(r io.Reader, name string) ([]attrition.Claim, error) {
	var claims collector
	if err := readCSV(r, name, claims.emit); err != nil {
		return nil, err
	}
	return claims.all(), nil
}

func readCSV(r io.Reader, name string, emit func([]attrition.Claim) bool) error {
	br := bufio.NewReaderSize(r, 1<<16)
	cr := csv.NewReader(br)
	cr.Comma = sniffDelimiter(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	bad := &errorList{name: name}

	header, err := cr.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return csvError(name, err)
	}
	// cols[i] is the field of the i-th cell of each record.
	cols := make([]int, len(header))
	seen := map[int]bool{}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, string(utf8BOM))
		}
		h = strings.TrimSpace(h)
		f, ok := csvColumnIndex[canonicalColumn(h)]
		switch {
		case !ok:
			bad.add(1, fmt.Errorf("unknown column %q (known: %s)", h, strings.Join(csvColumns, ", ")))
			continue
		case seen[f]:
			bad.add(1, fmt.Errorf("column %q given twice", h))
		}
		seen[f] = true
		cols[i] = f
	}
	if err := bad.err(); err != nil {
		return err
	}

	out := batcher{emit: emit}
	done := make(chan struct{})
	defer close(done)
	for batch := range csvRecords(cr, done) {
		for _, it := range batch {
			if it.err != nil {
				var pe *csv.ParseError
				if !errors.As(it.err, &pe) {
					return fmt.Errorf("%s: %w", name, it.err)
				}
				bad.add(pe.Line, pe.Err)
				if len(bad.errs) >= maxLineErrors {
					return bad.err()
				}
				continue
			}
			rec := it.rec
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue // a blank line amid the rows
			}
			if len(rec) != len(cols) {
				bad.add(it.line, fmt.Errorf("%d cells, header has %d", len(rec), len(cols)))
				continue
			}
			c, verr := decodeCSVRecord(rec, cols)
			if verr != nil {
				bad.add(it.line, verr)
			} else if bad.errs == nil && !out.add(c) {
				return errStopped
			}
		}
	}
	if err := bad.err(); err != nil {
		return err
	}
	if !out.flush() {
		return errStopped
	}
	return nil
}

// csvRow is one record of a CSV file with its first physical line, or
// the error reading it.
type csvRow struct {
	rec  []string
	line int
	err  error
}

// csvRecords splits records on its own goroutine, in batches, while the
// caller decodes the previous batch: on a large file the two halves of
// reading cost about the same. Closing done stops it.
func csvRecords(cr *csv.Reader, done <-chan struct{}) <-chan []csvRow {
	const batchSize = 512
	cr.ReuseRecord = false // records outlive the next Read
	out := make(chan []csvRow, 4)
	go func() {
		defer close(out)
		batch := make([]csvRow, 0, batchSize)
		send := func() bool {
			select {
			case out <- batch:
				batch = make([]csvRow, 0, batchSize)
				return true
			case <-done:
				return false
			}
		}
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			it := csvRow{rec: rec, err: err}
			if err == nil {
				it.line, _ = cr.FieldPos(0)
			}
			batch = append(batch, it)
			var pe *csv.ParseError
			if err != nil && !errors.As(err, &pe) {
				break // the input itself failed: nothing more to read
			}
			if len(batch) == batchSize && !send() {
				return
			}
		}
		if len(batch) > 0 {
			send()
		}
	}()
	return out
}

// sniffDelimiter picks the field separator from the header line: a comma,
// unless the line has none and has semicolons (spreadsheets in locales
// whose decimal mark is a comma) or tabs.
func sniffDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size())
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	if bytes.IndexByte(head, ',') >= 0 {
		return ','
	}
	switch {
	case bytes.IndexByte(head, ';') >= 0:
		return ';'
	case bytes.IndexByte(head, '\t') >= 0:
		return '\t'
	}
	return ','
}

// canonicalColumn maps the spellings people give a column to its
// claims.md name: any case, "document_url" or "document url" for
// document.url, and url, title, published alone for the document's.
func canonicalColumn(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if rest, ok := strings.CutPrefix(h, "document"); ok && len(rest) > 1 && strings.ContainsRune("._ ", rune(rest[0])) {
		return "document." + rest[1:]
	}
	switch h {
	case "url", "title", "published":
		return "document." + h
	case "period start", "period end":
		return strings.ReplaceAll(h, " ", "_")
	}
	return h
}

// thousandsGrouped reports whether s is a number written with comma
// thousands separators in groups of three ("1,000,000", "12,345.5"), the
// only reading such a cell has in English-language reporting.
func thousandsGrouped(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac {
		if frac == "" || strings.Trim(frac, "0123456789") != "" {
			return false
		}
	}
	groups := strings.Split(whole, ",")
	if len(groups) < 2 || len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for i, g := range groups {
		if g == "" || strings.Trim(g, "0123456789") != "" || (i > 0 && len(g) != 3) {
			return false
		}
	}
	return true
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return attrition.LineErrors{{File: name, Line: pe.Line, Err: pe.Err}}
	}
	return fmt.Errorf("%s: %w", name, err)
}

// decodeCSVRecord turns one record into a claim, reporting every problem:
// cells that do not parse, then the claims.md rules for the fields that
// did.
func decodeCSVRecord(rec []string, cols []int) (attrition.Claim, error) {
	var c attrition.Claim
	var ps []attrition.FieldError
	problem := func(field, format string, args ...any) {
		ps = append(ps, attrition.FieldError{Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	for i, cell := range rec {
		field := csvColumns[cols[i]]
		if !utf8.ValidString(cell) {
			problem(field, "not valid UTF-8")
			continue
		}
		// Text is kept exactly as written, so that what a reader accepts
		// survives export; cells that are parsed forgive padding.
		raw := cell
		cell = strings.TrimSpace(cell)
		text := textColumn[cols[i]]
		if raw == "" || cell == "" && !text {
			continue
		}
		if text {
			cell = raw
		}
		switch field {
		case "id":
			c.ID = cell
		case "actor":
			c.Actor = cell
		case "population":
			c.Population = cell
		case "category":
			c.Category = cell
		case "status":
			c.Status = cell
		case "per":
			c.Per = cell
		case "low", "high", "best":
			v, err := strconv.ParseFloat(cell, 64)
			if err != nil && thousandsGrouped(cell) {
				v, err = strconv.ParseFloat(strings.ReplaceAll(cell, ",", ""), 64)
			}
			if err != nil {
				problem(field, "not a number: %q", cell)
				continue
			}
			switch field {
			case "low":
				c.Low = &v
			case "high":
				c.High = &v
			default:
				c.Best = &v
			}
		case "bound":
			c.Bound = cell
		case "approx", "derived":
			v, err := strconv.ParseBool(cell)
			switch strings.ToLower(cell) {
			case "yes", "y":
				v, err = true, nil
			case "no", "n":
				v, err = false, nil
			}
			if err != nil {
				problem(field, "not true or false: %q", cell)
				continue
			}
			if field == "approx" {
				c.Approx = v
			} else {
				c.Derived = v
			}
		case "period_start", "period_end", "document.published":
			d, err := attrition.ParseDate(cell)
			if err != nil {
				problem(field, "%v", err)
				continue
			}
			switch field {
			case "period_start":
				c.PeriodStart = d
			case "period_end":
				c.PeriodEnd = d
			default:
				c.Document.Published = d
			}
		case "likelihood":
			c.Likelihood = cell
		case "probability":
			if lo, hi, ok := fastFloatPair(cell); ok {
				c.Probability = &[2]float64{lo, hi}
				continue
			}
			var p []float64
			if err := strictJSON(cell, &p); err != nil || len(p) != 2 {
				problem(field, "want [lo, hi] as JSON, got %q", cell)
				continue
			}
			c.Probability = &[2]float64{p[0], p[1]}
		case "source":
			c.Source = cell
		case "document.url":
			c.Document.URL = cell
		case "document.title":
			c.Document.Title = cell
		case "quote":
			c.Quote = cell
		case "span":
			if a, b, ok := fastIntPair(cell); ok {
				c.Span = [2]int{a, b}
				continue
			}
			var sp []int
			if err := strictJSON(cell, &sp); err != nil || len(sp) != 2 {
				problem(field, "want [start, end] as JSON, got %q", cell)
				continue
			}
			c.Span = [2]int{sp[0], sp[1]}
		case "flags":
			if err := strictJSON(cell, &c.Flags); err != nil {
				problem(field, "want a JSON array of strings, got %q", cell)
			}
			if len(c.Flags) == 0 {
				c.Flags = nil
			}
		case "dataset":
			c.Dataset = cell
		case "supersedes":
			c.Supersedes = cell
		}
	}
	if err := c.Validate(); err != nil {
		var ve *attrition.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				if !hasField(ps, p.Field) {
					ps = append(ps, p)
				}
			}
		}
	}
	if len(ps) > 0 {
		return c, &attrition.ValidationError{Problems: ps}
	}
	return c, nil
}

// wholeLine reduces the error of a line that is not a claim object at all
// to that fact: listing every field as missing would only bury it.
func wholeLine(err error) error {
	var ve *attrition.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			if p.Field == "(line)" {
				return errors.New(p.Reason)
			}
		}
	}
	return err
}

// textColumn[i] tells whether csvColumns[i] is text, kept as written,
// without a map look-up for every cell of a bulk import.
var textColumn = func() []bool {
	t := make([]bool, len(csvColumns))
	for i, c := range csvColumns {
		t[i] = isText[c]
	}
	return t
}()

var isText = map[string]bool{
	"id": true, "actor": true, "population": true, "category": true, "status": true, "per": true,
	"bound": true, "likelihood": true, "source": true, "document.url": true, "document.title": true,
	"quote": true, "dataset": true, "supersedes": true,
}

func hasField(ps []attrition.FieldError, f string) bool {
	for _, p := range ps {
		if p.Field == f {
			return true
		}
	}
	return false
}

// pairParts splits "[a,b]" (spaces allowed around the parts) without
// a JSON decoder; the arrays of a bulk import are nearly always this.
func pairParts(s string) (string, string, bool) {
	if len(s) < 5 || s[0] != '[' || s[len(s)-1] != ']' {
		return "", "", false
	}
	a, b, ok := strings.Cut(s[1:len(s)-1], ",")
	if !ok {
		return "", "", false
	}
	return strings.TrimSpace(a), strings.TrimSpace(b), true
}

// jsonNumber reports whether s is a number as JSON writes one (no "+",
// no leading zeros, no bare "." or "Inf"), so the fast path accepts
// nothing the JSON decoder would refuse.
func jsonNumber(s string, integer bool) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start || (s[start] == '0' && i-start > 1) {
		return false
	}
	if integer {
		return i == len(s)
	}
	if i < len(s) && s[i] == '.' {
		i++
		f := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == f {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		e := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == e {
			return false
		}
	}
	return i == len(s)
}

func fastFloatPair(s string) (float64, float64, bool) {
	a, b, ok := pairParts(s)
	if !ok || !jsonNumber(a, false) || !jsonNumber(b, false) {
		return 0, 0, false
	}
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return x, y, err1 == nil && err2 == nil
}

func fastIntPair(s string) (int, int, bool) {
	a, b, ok := pairParts(s)
	if !ok || !jsonNumber(a, true) || !jsonNumber(b, true) {
		return 0, 0, false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	return x, y, err1 == nil && err2 == nil
}

// strictJSON decodes exactly one JSON value of the expected shape.
func strictJSON(s string, v any) error {
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

// Detect names the format of an input from its first non-blank byte ('['
// a JSON array, '{' JSONL), else from its file name's extension, else CSV.
func Detect(name string, head []byte) string {
	head = bytes.TrimPrefix(head, utf8BOM)
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 {
		switch t[0] {
		case '[':
			return FormatJSON
		case '{':
			return FormatJSONL
		}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	}
	return FormatCSV
}

// Read reads claims in format (jsonl, csv, or auto to detect it).
func Read(r io.Reader, name, format string) ([]attrition.Claim, error) {
	if format == "" || format == "auto" {
		br := bufio.NewReaderSize(r, 1<<16)
		head, _ := br.Peek(512)
		format = Detect(name, head)
		r = br
	}
	switch format {
	case FormatJSONL:
		return ReadJSONL(r, name)
	case FormatJSON:
		return ReadJSON(r, name)
	case FormatCSV:
		return ReadCSV(r, name)
	}
	return nil, attrition.Errorf(attrition.EINVALID, "unknown claim format %q (want jsonl, json or csv)", format)
}

// Stream reads claims in format (jsonl, csv, json, or auto to detect it)
// and yields them in batches as they are read, so that a store can write
// a large file while it is still being parsed. Once a row is bad no more
// claims are yielded; reading goes on to find every bad row, and the last
// thing yielded is the error Read would return. Breaking out of the loop
// stops the reading.
func Stream(r io.Reader, name, format string) iter.Seq2[[]attrition.Claim, error] {
	return func(yield func([]attrition.Claim, error) bool) {
		if format == "" || format == "auto" {
			br := bufio.NewReaderSize(r, 1<<16)
			head, _ := br.Peek(512)
			format = Detect(name, head)
			r = br
		}
		emit := func(batch []attrition.Claim) bool { return yield(batch, nil) }
		var err error
		switch format {
		case FormatJSONL:
			err = readJSONL(r, name, emit)
		case FormatCSV:
			err = readCSV(r, name, emit)
		case FormatJSON:
			// An array is read whole: it is what extract writes, not a
			// bulk format.
			var claims []attrition.Claim
			if claims, err = ReadJSON(r, name); err == nil && len(claims) > 0 && !yield(claims, nil) {
				return
			}
		default:
			err = attrition.Errorf(attrition.EINVALID, "unknown claim format %q (want jsonl, json or csv)", format)
		}
		if err != nil && err != errStopped {
			yield(nil, err)
		}
	}
}

// ReadJSON reads one JSON array of claims. Errors name the line each bad
// element starts on.
func ReadJSON(r io.Reader, name string) ([]attrition.Claim, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	lineAt := func(off int64) int {
		off = min(max(off, 0), int64(len(data)))
		return 1 + bytes.Count(data[:off], []byte("\n"))
	}
	// skipSpace returns the offset of the first non-blank byte at or
	// after off, where the next element starts.
	skipSpace := func(off int64) int64 {
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
			off++
		}
		return off
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	bad := &errorList{name: name}
	tok, err := dec.Token()
	if err == io.EOF {
		return nil, nil
	}
	if d, ok := tok.(json.Delim); err != nil || !ok || d != '[' {
		return nil, attrition.LineErrors{{File: name, Line: lineAt(dec.InputOffset()),
			Err: errors.New("not a JSON array of claims")}}
	}
	var claims []attrition.Claim
	for dec.More() {
		start := skipSpace(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			bad.add(lineAt(start), fmt.Errorf("not JSON: %v", err))
			return nil, bad.err()
		}
		c, verr := attrition.DecodeClaim(raw)
		if verr != nil {
			bad.add(lineAt(start), wholeLine(verr))
		} else if bad.errs == nil {
			if len(c.Flags) == 0 {
				c.Flags = nil
			}
			claims = append(claims, c)
		}
	}
	if _, err := dec.Token(); err != nil {
		bad.add(lineAt(dec.InputOffset()), fmt.Errorf("unterminated array: %v", err))
	} else if _, err := dec.Token(); err != io.EOF {
		bad.add(lineAt(dec.InputOffset()), errors.New("data after the array"))
	}
	if err := bad.err(); err != nil {
		return nil, err
	}
	return claims, nil
}
