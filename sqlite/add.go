package sqlite

import (
	"context"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

var _ attrition.ClaimStreamAdder = (*DB)(nil)

// claimColumns are the columns an import binds per claim, in the order of
// appendClaim; added_at and import_id, the same for a whole import, are
// written into the statement.
const claimColumns = `id, document_id, title, actor, population, category, status, per,
	low, high, best, bound, approx, period_start, period_end, as_of, likelihood,
	probability_lo, probability_hi, source, quote, span_start, span_end, derived,
	flags, dataset, supersedes, series_key, id_key`

const nClaimColumns = 29

// insertBatch is how many claims one INSERT statement carries: large
// enough that statement overhead vanishes, small enough to stay far from
// SQLite's limit on bound parameters.
const insertBatch = 100

// bulkMin is the smallest import that rebuilds the indexes rather than
// updating them row by row.
const bulkMin = 5000

// bulkProbe caps how many claims an import holds back while it decides
// whether to rebuild the indexes: an import that has not outgrown the
// ledger by then updates them row by row.
const bulkProbe = 1 << 18

// prepareChunk is how many claims one validating and hashing step hands
// to the inserts.
const prepareChunk = 2048

// AddClaims validates every claim, then stores the new ones in one
// transaction. An invalid claim stores nothing; the error (EINVALID) names
// each bad claim by its index in claims. Claims already in the ledger, or
// repeated in the batch, are counted as present.
func (db *DB) AddClaims(ctx context.Context, claims []attrition.Claim) (attrition.AddResult, error) {
	return db.AddClaimStream(ctx, func(yield func([]attrition.Claim, error) bool) {
		yield(claims, nil)
	})
}

// preparedClaim is a valid claim, normalised, with its identity as the
// bytes the ledger keys it by.
type preparedClaim struct {
	c  attrition.Claim
	id [16]byte
}

// preparer validates, normalises and de-duplicates the claims of a stream
// on its own goroutine while the inserts store the previous chunk: on two
// cores, reading and hashing then cost no time of their own.
type preparer struct {
	out      chan []preparedClaim
	finished chan struct{}
	// Set before out is closed.
	read    int
	invalid []error
	err     error // the stream's own
}

func startPreparer(ctx context.Context, batches iter.Seq2[[]attrition.Claim, error], done <-chan struct{}) *preparer {
	p := &preparer{out: make(chan []preparedClaim, 8), finished: make(chan struct{})}
	go p.run(ctx, batches, done)
	return p
}

func (p *preparer) run(ctx context.Context, batches iter.Seq2[[]attrition.Claim, error], done <-chan struct{}) {
	defer close(p.finished)
	defer close(p.out)
	seen := make(map[[16]byte]struct{}, 1024)
	chunk := make([]preparedClaim, 0, prepareChunk)
	send := func() bool {
		select {
		case p.out <- chunk:
			chunk = make([]preparedClaim, 0, prepareChunk)
			return true
		case <-done:
			return false
		}
	}
	for batch, err := range batches {
		if err == nil {
			// A stream of repeats sends nothing on, so the inserts
			// cannot be the ones to notice a cancellation.
			err = ctx.Err()
		}
		if err != nil {
			p.err = err
			return
		}
		for i := range batch {
			index := p.read
			p.read++
			if err := batch[i].Validate(); err != nil {
				p.invalid = append(p.invalid, fmt.Errorf("claim %d: %w", index, err))
				continue
			}
			if len(p.invalid) > 0 {
				continue // nothing will be stored: only the checks go on
			}
			chunk = append(chunk, preparedClaim{c: batch[i]})
			pc := &chunk[len(chunk)-1]
			if len(pc.c.Flags) > 0 {
				pc.c.Flags = append([]string(nil), pc.c.Flags...)
			}
			pc.c.Normalize()
			if !decodeID(pc.id[:], pc.c.ID) {
				p.err = fmt.Errorf("sqlite: claim %d: identity %q is not 32 hex digits", index, pc.c.ID)
				return
			}
			// Repeats within the input are stored once.
			if _, dup := seen[pc.id]; dup {
				chunk = chunk[:len(chunk)-1]
				continue
			}
			seen[pc.id] = struct{}{}
			if len(chunk) == prepareChunk && !send() {
				return
			}
		}
	}
	if len(p.invalid) == 0 && len(chunk) > 0 {
		send()
	}
}

// decodeID reads a 32-hex-digit identity into dst without allocating.
func decodeID(dst []byte, s string) bool {
	if len(s) != 2*len(dst) {
		return false
	}
	for i := range dst {
		hi, ok1 := unhex(s[2*i])
		lo, ok2 := unhex(s[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// AddClaimStream stores the claims of batches in one transaction, as
// AddClaims does, while the stream is still being read. Nothing is stored
// if a claim is invalid or the stream yields an error.
func (db *DB) AddClaimStream(ctx context.Context, batches iter.Seq2[[]attrition.Claim, error]) (attrition.AddResult, error) {
	done := make(chan struct{})
	p := startPreparer(ctx, batches, done)
	defer func() {
		close(done)
		// The stream belongs to the caller: it must have stopped running
		// by the time we return.
		<-p.finished
	}()

	conn, err := db.db.Conn(ctx)
	if err != nil {
		return attrition.AddResult{}, fmt.Errorf("sqlite: add claims: %w", err)
	}
	defer conn.Close()
	var res attrition.AddResult
	// The import talks to the driver directly: database/sql would check
	// and convert each of the millions of arguments of a bulk import.
	err = conn.Raw(func(dc any) error {
		rc, ok := newRawConn(ctx, dc)
		if !ok {
			return fmt.Errorf("driver %T lacks the context interfaces", dc)
		}
		imp := &importer{db: db, rc: rc, p: p}
		var err error
		res, err = imp.run()
		return err
	})
	if err != nil {
		// The stream's own errors and the invalid claims are the
		// caller's to report as they are.
		var se streamError
		switch {
		case errors.As(err, &se):
			return res, se.err
		case attrition.IsInvalidClaims(err):
			return res, err
		}
		return res, fmt.Errorf("sqlite: add claims: %w", err)
	}
	return res, nil
}

// streamError carries an error the stream yielded.
type streamError struct{ err error }

func (e streamError) Error() string { return e.err.Error() }

// importer is one AddClaimStream run on one connection.
type importer struct {
	db    *DB
	rc    rawConn
	p     *preparer
	added int
}

func (imp *importer) run() (res attrition.AddResult, err error) {
	rc := imp.rc
	// Foreign-key checks are off while the import runs (a pragma that
	// only applies outside a transaction): it writes each document before
	// the claims that cite it, and a check per row would cost a look-up
	// per row.
	if err := rc.exec(`PRAGMA foreign_keys = OFF`); err != nil {
		return res, err
	}
	defer rc.execDetached(`PRAGMA foreign_keys = ON`)
	if err := rc.exec(`BEGIN IMMEDIATE`); err != nil {
		return res, err
	}
	committed := false
	defer func() {
		if !committed {
			rc.execDetached(`ROLLBACK`)
		}
	}()
	// A 64 MiB page cache (the default is 2 MiB) keeps a large import's
	// working pages in memory and gives index builds room to sort.
	if err := rc.exec(`PRAGMA cache_size = -65536`); err != nil {
		return res, err
	}
	// Claims are append-only, so the largest seq bounds the ledger's size
	// without counting it.
	var maxSeq, docs int64
	if err := rc.queryInts(`SELECT coalesce(max(seq), 0), (SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1)) FROM claims`, &maxSeq, &docs); err != nil {
		return res, err
	}

	// Hold claims back until the import shows whether it outgrows the
	// ledger: if it does, the indexes are dropped and built again at the
	// end, sorting once instead of a random B-tree insert per row.
	threshold := max(int64(bulkMin), maxSeq)
	var held [][]preparedClaim
	var nHeld int64
	for nHeld <= threshold && nHeld < bulkProbe {
		chunk, ok := <-imp.p.out
		if !ok {
			break
		}
		held = append(held, chunk)
		nHeld += int64(len(chunk))
	}
	bulk := nHeld > threshold

	var indexes []string
	var stored map[[16]byte]struct{}
	if bulk {
		if indexes, err = imp.dropClaimIndexes(); err != nil {
			return res, err
		}
		if maxSeq > 0 {
			// Without the index, the claims already stored are found in
			// memory; there are fewer of them than of new ones.
			if stored, err = imp.storedIDs(); err != nil {
				return res, err
			}
		}
	}

	now := imp.db.Now().UTC().Format(time.RFC3339)
	files, _ := json.Marshal(nonNil(attrition.ImportFiles(rc.ctx)))
	var importID int64
	started := false
	begin := func() error {
		if started {
			return nil
		}
		started = true
		r, err := rc.execResult(`INSERT INTO imports (started, files) VALUES (?, ?)`, now, string(files))
		if err != nil {
			return fmt.Errorf("record import: %w", err)
		}
		importID, err = r.LastInsertId()
		return err
	}

	ins := &inserter{rc: rc, docs: newDocCache(rc, docs == 0)}
	defer ins.close()
	store := func(chunk []preparedClaim) error {
		if err := begin(); err != nil {
			return err
		}
		ins.addedAt, ins.importID = now, importID
		present := stored
		if !bulk && maxSeq > 0 {
			// The index finds which of these the ledger holds.
			var err error
			if present, err = imp.storedAmong(chunk); err != nil {
				return err
			}
		}
		for i := range chunk {
			pc := &chunk[i]
			if present != nil {
				if _, ok := present[pc.id]; ok {
					continue
				}
			}
			if err := ins.add(pc); err != nil {
				return err
			}
		}
		return nil
	}
	for _, chunk := range held {
		if err := store(chunk); err != nil {
			return res, err
		}
	}
	held = nil
	for chunk := range imp.p.out {
		if err := rc.ctx.Err(); err != nil {
			return res, err
		}
		if err := store(chunk); err != nil {
			return res, err
		}
	}
	// The preparer has stopped: its counts are final.
	res.Read = imp.p.read
	if imp.p.err != nil {
		return attrition.AddResult{Read: res.Read}, streamError{imp.p.err}
	}
	if err := attrition.InvalidClaims(imp.p.invalid); err != nil {
		return attrition.AddResult{Read: res.Read}, err
	}
	if err := ins.flush(); err != nil {
		return res, err
	}
	res.Added = ins.added
	res.Present = res.Read - res.Added
	if !started {
		return res, nil // nothing read: no import to record
	}
	for _, ix := range indexes {
		if err := rc.exec(ix); err != nil {
			return res, fmt.Errorf("rebuild index: %w", err)
		}
	}
	if _, err := rc.execResult(`UPDATE imports SET read = ?, added = ?, present = ? WHERE id = ?`,
		int64(res.Read), int64(res.Added), int64(res.Present), importID); err != nil {
		return res, fmt.Errorf("record import: %w", err)
	}
	if err := ins.close(); err != nil {
		return res, err
	}
	if err := rc.exec(`COMMIT`); err != nil {
		return attrition.AddResult{Read: res.Read}, err
	}
	committed = true
	return res, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// dropClaimIndexes drops the indexes of the claims table and returns the
// statements that create them again, as the schema wrote them.
func (imp *importer) dropClaimIndexes() ([]string, error) {
	rows, err := imp.rc.query(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	var names, creates []string
	vals := make([]driver.Value, 2)
	for {
		if err := rows.Next(vals); err == io.EOF {
			break
		} else if err != nil {
			rows.Close()
			return nil, err
		}
		names, creates = append(names, asString(vals[0])), append(creates, asString(vals[1]))
	}
	rows.Close()
	for _, n := range names {
		if err := imp.rc.exec(`DROP INDEX "` + strings.ReplaceAll(n, `"`, `""`) + `"`); err != nil {
			return nil, err
		}
	}
	return creates, nil
}

// storedIDs returns the identities of every claim in the ledger.
func (imp *importer) storedIDs() (map[[16]byte]struct{}, error) {
	rows, err := imp.rc.query(`SELECT id FROM claims`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[[16]byte]struct{}{}
	vals := make([]driver.Value, 1)
	for {
		if err := rows.Next(vals); err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, err
		}
		if b, ok := vals[0].([]byte); ok && len(b) == 16 {
			out[[16]byte(b)] = struct{}{}
		}
	}
}

// storedAmong returns the identities of chunk's claims that the ledger
// holds, looked up through claims_id.
func (imp *importer) storedAmong(chunk []preparedClaim) (map[[16]byte]struct{}, error) {
	out := map[[16]byte]struct{}{}
	args := make([]any, 0, maxIDsPerQuery)
	vals := make([]driver.Value, 1)
	for i := 0; i < len(chunk); i += maxIDsPerQuery {
		args = args[:0]
		for _, pc := range chunk[i:min(i+maxIDsPerQuery, len(chunk))] {
			args = append(args, idKey(pc.id))
		}
		rows, err := imp.rc.query(`SELECT id FROM claims WHERE id_key IN (?`+strings.Repeat(",?", len(args)-1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		for {
			if err := rows.Next(vals); err == io.EOF {
				break
			} else if err != nil {
				rows.Close()
				return nil, err
			}
			if b, ok := vals[0].([]byte); ok && len(b) == 16 {
				out[[16]byte(b)] = struct{}{}
			}
		}
		rows.Close()
	}
	return out, nil
}

func asString(v driver.Value) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	}
	return ""
}

// inserter runs multi-row INSERTs of claims the caller has found new.
type inserter struct {
	rc       rawConn
	addedAt  string
	importID int64
	docs     *docCache
	full     driver.Stmt // prepared for a full batch
	args     []driver.NamedValue
	n        int // claims in args
	added    int
	// dates holds the text of the days seen, ready to bind: an import
	// names few days many times over.
	dates map[attrition.Date]any
}

func insertSQL(n int, addedAt string, importID int64) string {
	var b strings.Builder
	b.WriteString("INSERT INTO claims (" + claimColumns + ", added_at, import_id) VALUES ")
	row := "(" + strings.Repeat("?,", nClaimColumns) + "'" + strings.ReplaceAll(addedAt, "'", "''") + "'," + strconv.FormatInt(importID, 10) + ")"
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	return b.String()
}

func (ins *inserter) add(pc *preparedClaim) error {
	docID, docTitle, err := ins.docs.id(&pc.c.Document)
	if err != nil {
		return err
	}
	if ins.args == nil {
		ins.args = make([]driver.NamedValue, insertBatch*nClaimColumns)
		for i := range ins.args {
			ins.args[i].Ordinal = i + 1
		}
	}
	if ins.dates == nil {
		ins.dates = map[attrition.Date]any{}
	}
	appendClaim(ins.args[ins.n*nClaimColumns:(ins.n+1)*nClaimColumns], pc, docID, docTitle, ins.dates)
	ins.n++
	if ins.n == insertBatch {
		return ins.flush()
	}
	return nil
}

func (ins *inserter) flush() error {
	if ins.n == 0 {
		return nil
	}
	args := ins.args[:ins.n*nClaimColumns]
	var r driver.Result
	var err error
	if ins.n == insertBatch {
		if ins.full == nil {
			if ins.full, err = ins.rc.prepare(insertSQL(ins.n, ins.addedAt, ins.importID)); err != nil {
				return err
			}
		}
		r, err = ins.full.(driver.StmtExecContext).ExecContext(ins.rc.ctx, args)
	} else {
		r, err = ins.rc.execArgs(insertSQL(ins.n, ins.addedAt, ins.importID), args)
	}
	if err != nil {
		return err
	}
	added, err := r.RowsAffected()
	if err != nil {
		return err
	}
	ins.added += int(added)
	// Drop the references to this batch's strings.
	for i := range args {
		args[i].Value = nil
	}
	ins.n = 0
	return nil
}

func (ins *inserter) close() error {
	var err error
	if ins.full != nil {
		err = ins.full.Close()
		ins.full = nil
	}
	if e := ins.docs.close(); err == nil {
		err = e
	}
	return err
}

// appendClaim fills the nClaimColumns arguments of one claim, in the
// order of claimColumns.
func appendClaim(a []driver.NamedValue, pc *preparedClaim, docID int64, docTitle string, dates map[attrition.Date]any) {
	date := func(d attrition.Date) any {
		if d.IsZero() {
			return nil
		}
		v, ok := dates[d]
		if !ok {
			v = d.String()
			dates[d] = v
		}
		return v
	}
	c := &pc.c
	var title any
	if c.Document.Title != docTitle {
		title = c.Document.Title
	}
	var plo, phi any
	if c.Probability != nil {
		plo, phi = c.Probability[0], c.Probability[1]
	}
	var flags any
	if len(c.Flags) > 0 {
		b, _ := json.Marshal(c.Flags)
		flags = string(b)
	}
	asOf := c.PeriodEnd
	if asOf.IsZero() {
		asOf = c.Document.Published
	}
	_ = a[nClaimColumns-1]
	a[0].Value = pc.id[:]
	a[1].Value = docID
	a[2].Value = title
	a[3].Value = str(c.Actor)
	a[4].Value = str(c.Population)
	a[5].Value = c.Category
	a[6].Value = str(c.Status)
	a[7].Value = str(c.Per)
	a[8].Value = num(c.Low)
	a[9].Value = num(c.High)
	a[10].Value = num(c.Best)
	a[11].Value = c.Bound
	a[12].Value = c.Approx
	a[13].Value = date(c.PeriodStart)
	a[14].Value = date(c.PeriodEnd)
	a[15].Value = date(asOf)
	a[16].Value = str(c.Likelihood)
	a[17].Value = plo
	a[18].Value = phi
	a[19].Value = str(c.Source)
	a[20].Value = c.Quote
	a[21].Value = int64(c.Span[0])
	a[22].Value = int64(c.Span[1])
	a[23].Value = c.Derived
	a[24].Value = flags
	a[25].Value = str(c.Dataset)
	a[26].Value = str(c.Supersedes)
	a[27].Value = seriesKey(c.Actor, c.Category, asOf)
	a[28].Value = idKey(pc.id)
}

// str and num store the Claim's "absent" values as NULL.
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func num(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// docCache maps documents to their row ids within one import.
type docCache struct {
	rc rawConn
	// fresh: the ledger had no documents when the import began, so one
	// not seen in this import is new without asking.
	fresh    bool
	known    map[docKey]docRow
	get, put driver.Stmt
}

type docKey struct {
	url       string
	published attrition.Date
}

type docRow struct {
	id    int64
	title string
}

func newDocCache(rc rawConn, fresh bool) *docCache {
	return &docCache{rc: rc, fresh: fresh, known: map[docKey]docRow{}}
}

// id returns the row id of d, inserting the document the first time it is
// seen, and the title that row keeps.
func (c *docCache) id(d *attrition.Document) (int64, string, error) {
	k := docKey{d.URL, d.Published}
	if r, ok := c.known[k]; ok {
		return r.id, r.title, nil
	}
	var err error
	if c.put == nil {
		if c.get, err = c.rc.prepare(`SELECT id, title FROM documents WHERE url = ? AND published = ?`); err != nil {
			return 0, "", err
		}
		if c.put, err = c.rc.prepare(`INSERT INTO documents (url, published, title) VALUES (?, ?, ?)`); err != nil {
			return 0, "", err
		}
	}
	r := docRow{title: d.Title}
	published := d.Published.String()
	found := false
	if !c.fresh {
		rows, err := c.get.(driver.StmtQueryContext).QueryContext(c.rc.ctx, []driver.NamedValue{
			{Ordinal: 1, Value: d.URL}, {Ordinal: 2, Value: published}})
		if err != nil {
			return 0, "", err
		}
		vals := make([]driver.Value, 2)
		err = rows.Next(vals)
		rows.Close()
		switch {
		case err == nil:
			found = true
			r.id, _ = vals[0].(int64)
			r.title = asString(vals[1])
		case err != io.EOF:
			return 0, "", err
		}
	}
	if !found {
		res, err := c.put.(driver.StmtExecContext).ExecContext(c.rc.ctx, []driver.NamedValue{
			{Ordinal: 1, Value: d.URL}, {Ordinal: 2, Value: published}, {Ordinal: 3, Value: d.Title}})
		if err != nil {
			return 0, "", err
		}
		if r.id, err = res.LastInsertId(); err != nil {
			return 0, "", err
		}
	}
	c.known[k] = r
	return r.id, r.title, nil
}

func (c *docCache) close() error {
	var err error
	for _, s := range []*driver.Stmt{&c.get, &c.put} {
		if *s != nil {
			if e := (*s).Close(); err == nil {
				err = e
			}
			*s = nil
		}
	}
	return err
}

// rawConn is the driver's connection with the context-taking interfaces
// an import uses.
type rawConn struct {
	ctx context.Context
	ex  driver.ExecerContext
	q   driver.QueryerContext
	p   driver.ConnPrepareContext
}

func newRawConn(ctx context.Context, dc any) (rawConn, bool) {
	ex, ok1 := dc.(driver.ExecerContext)
	q, ok2 := dc.(driver.QueryerContext)
	p, ok3 := dc.(driver.ConnPrepareContext)
	return rawConn{ctx: ctx, ex: ex, q: q, p: p}, ok1 && ok2 && ok3
}

func named(args []any) []driver.NamedValue {
	nv := make([]driver.NamedValue, len(args))
	for i, a := range args {
		nv[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	return nv
}

func (rc rawConn) exec(q string) error {
	_, err := rc.ex.ExecContext(rc.ctx, q, nil)
	return err
}

// execDetached runs q even when the import's context has ended: a
// rollback or a restored pragma must still happen.
func (rc rawConn) execDetached(q string) {
	rc.ex.ExecContext(context.WithoutCancel(rc.ctx), q, nil)
}

func (rc rawConn) execResult(q string, args ...any) (driver.Result, error) {
	return rc.ex.ExecContext(rc.ctx, q, named(args))
}

func (rc rawConn) execArgs(q string, args []driver.NamedValue) (driver.Result, error) {
	return rc.ex.ExecContext(rc.ctx, q, args)
}

func (rc rawConn) query(q string, args ...any) (driver.Rows, error) {
	return rc.q.QueryContext(rc.ctx, q, named(args))
}

func (rc rawConn) prepare(q string) (driver.Stmt, error) {
	return rc.p.PrepareContext(rc.ctx, q)
}

// queryInts reads one row of integers.
func (rc rawConn) queryInts(q string, dst ...*int64) error {
	rows, err := rc.query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	vals := make([]driver.Value, len(dst))
	if err := rows.Next(vals); err != nil {
		return err
	}
	for i, v := range vals {
		*dst[i], _ = v.(int64)
	}
	return nil
}
