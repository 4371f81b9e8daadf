package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

// claimColumns are the columns AddClaims binds per claim, in the order of
// appendClaimArgs; added_at and import_id, the same for a whole import,
// are written into the statement.
const claimColumns = `id, document_id, title, actor, population, category, status, per,
	low, high, best, bound, approx, period_start, period_end, as_of, likelihood,
	probability_lo, probability_hi, source, quote, span_start, span_end, derived,
	flags, dataset, supersedes`

const nClaimColumns = 27

// insertBatch is how many claims one INSERT statement carries: large
// enough that statement overhead vanishes, small enough to stay far from
// SQLite's limit on bound parameters.
const insertBatch = 100

// AddClaims validates every claim, then stores the new ones in one
// transaction. An invalid claim stores nothing; the error (EINVALID) names
// each bad claim by its index in claims. Claims already in the ledger, or
// repeated in the batch, are counted as present.
func (db *DB) AddClaims(ctx context.Context, claims []attrition.Claim) (attrition.AddResult, error) {
	res := attrition.AddResult{Read: len(claims)}
	// Every claim is checked before the ledger is touched; the costlier
	// hashing then runs alongside the inserts (normalized, below).
	if err := validateAll(claims); err != nil {
		return res, err
	}
	res.Present = len(claims)
	if len(claims) == 0 {
		return res, nil
	}

	// One connection for the import: its foreign-key checks are off while
	// it runs, since it writes each document before the claims that cite
	// it, and a check per row would cost a look-up per row.
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return res, fmt.Errorf("sqlite: add claims: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return res, fmt.Errorf("sqlite: add claims: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("sqlite: add claims: %w", err)
	}
	defer tx.Rollback()

	// A 64 MiB page cache (the default is 2 MiB) keeps a large import's
	// working pages in memory and gives index builds room to sort.
	if _, err := tx.ExecContext(ctx, `PRAGMA cache_size = -65536`); err != nil {
		return res, fmt.Errorf("sqlite: add claims: %w", err)
	}

	// A large import into a small ledger drops the claims' indexes and
	// builds them again at the end: sorting once beats a random B-tree
	// insert per row. Claims already stored are then found first.
	var existing int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM claims`).Scan(&existing); err != nil {
		return res, fmt.Errorf("sqlite: add claims: %w", err)
	}
	var indexes []string
	if len(claims) >= bulkMin && len(claims) > existing {
		if indexes, err = dropClaimIndexes(ctx, tx); err != nil {
			return res, err
		}
	}
	upsert := indexes == nil
	// Without the unique index, claims already stored are found first.
	checkStored := !upsert && existing > 0

	now := db.Now().UTC().Format(time.RFC3339)
	files, _ := json.Marshal(nonNil(attrition.ImportFiles(ctx)))
	r, err := tx.ExecContext(ctx, `INSERT INTO imports (started, files, read) VALUES (?, ?, ?)`, now, string(files), len(claims))
	if err != nil {
		return res, fmt.Errorf("sqlite: record import: %w", err)
	}
	importID, err := r.LastInsertId()
	if err != nil {
		return res, fmt.Errorf("sqlite: record import: %w", err)
	}

	docs := newDocCache(tx)
	defer docs.close()
	ins := &inserter{tx: tx, conn: conn, upsert: upsert, addedAt: now, importID: importID}
	defer ins.close()
	rows := make([]any, 0, insertBatch*nClaimColumns)
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		n, err := ins.exec(ctx, rows)
		if err != nil {
			return err
		}
		res.Added += n
		rows = rows[:0]
		return nil
	}
	done := make(chan struct{})
	defer close(done)
	seen := make(map[string]struct{}, len(claims))
	for batch := range normalized(claims, done) {
		// Repeats within the input are stored once.
		n := 0
		for _, c := range batch {
			if _, dup := seen[c.ID]; !dup {
				seen[c.ID] = struct{}{}
				batch[n] = c
				n++
			}
		}
		batch = batch[:n]
		if checkStored {
			if batch, err = withoutStored(ctx, tx, batch); err != nil {
				return res, err
			}
		}
		for i := range batch {
			c := &batch[i]
			docID, docTitle, err := docs.id(ctx, c.Document)
			if err != nil {
				return res, fmt.Errorf("sqlite: add claims: %w", err)
			}
			rows = appendClaimArgs(rows, c, docID, docTitle)
			if len(rows) == insertBatch*nClaimColumns {
				if err := flush(); err != nil {
					return res, err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return res, err
	}
	for _, ix := range indexes {
		if _, err := tx.ExecContext(ctx, ix); err != nil {
			return res, fmt.Errorf("sqlite: add claims: rebuild index: %w", err)
		}
	}
	res.Present = len(claims) - res.Added
	if _, err := tx.ExecContext(ctx, `UPDATE imports SET added = ?, present = ? WHERE id = ?`, res.Added, res.Present, importID); err != nil {
		return res, fmt.Errorf("sqlite: record import: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return attrition.AddResult{Read: len(claims)}, fmt.Errorf("sqlite: add claims: %w", err)
	}
	return res, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// normalizeChunk is how many claims one hashing step hands to the
// inserts.
const normalizeChunk = 2048

// normalized sends normalised copies of claims (IDs set, flags sorted), a
// chunk at a time, hashing on its own goroutine while the caller stores
// the previous chunk. Closing done stops it.
func normalized(claims []attrition.Claim, done <-chan struct{}) <-chan []attrition.Claim {
	out := make(chan []attrition.Claim, 4)
	go func() {
		defer close(out)
		for i := 0; i < len(claims); i += normalizeChunk {
			part := claims[i:min(i+normalizeChunk, len(claims))]
			chunk := make([]attrition.Claim, len(part))
			for j := range part {
				c := part[j]
				c.Flags = append([]string(nil), c.Flags...)
				c.Normalize()
				chunk[j] = c
			}
			select {
			case out <- chunk:
			case <-done:
				return
			}
		}
	}()
	return out
}

// validateAll checks every claim and reports every invalid one.
func validateAll(claims []attrition.Claim) error {
	var errs []error
	for i := range claims {
		if err := claims[i].Validate(); err != nil {
			errs = append(errs, fmt.Errorf("claim %d: %w", i, err))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	const show = 20
	msgs := make([]string, 0, show+1)
	for i, e := range errs {
		if i == show {
			msgs = append(msgs, fmt.Sprintf("and %d more invalid claims", len(errs)-show))
			break
		}
		msgs = append(msgs, e.Error())
	}
	return &invalidClaims{msg: "invalid claims, nothing stored: " + strings.Join(msgs, "; "), errs: errs}
}

// invalidClaims keeps every per-claim error reachable by errors.As while
// reporting as EINVALID.
type invalidClaims struct {
	msg  string
	errs []error
}

func (e *invalidClaims) Error() string { return e.msg }
func (e *invalidClaims) Unwrap() []error {
	return append([]error{attrition.Errorf(attrition.EINVALID, "%s", e.msg)}, e.errs...)
}

func appendClaimArgs(a []any, c *attrition.Claim, docID int64, docTitle string) []any {
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
	return append(a,
		c.ID, docID, title, str(c.Actor), str(c.Population), c.Category, str(c.Status), str(c.Per),
		num(c.Low), num(c.High), num(c.Best), c.Bound, c.Approx, date(c.PeriodStart), date(c.PeriodEnd),
		asOf.String(), str(c.Likelihood), plo, phi, str(c.Source), c.Quote, int64(c.Span[0]), int64(c.Span[1]),
		c.Derived, flags, str(c.Dataset), str(c.Supersedes))
}

// str, num and date store the Claim's "absent" values as NULL.
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

func date(d attrition.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// bulkMin is the smallest import that rebuilds the indexes rather than
// updating them row by row.
const bulkMin = 5000

// dropClaimIndexes drops the indexes of the claims table and returns the
// statements that create them again, as the schema wrote them.
func dropClaimIndexes(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: add claims: %w", err)
	}
	var names, creates []string
	for rows.Next() {
		var name, create string
		if err := rows.Scan(&name, &create); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: add claims: %w", err)
		}
		names, creates = append(names, name), append(creates, create)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: add claims: %w", err)
	}
	for _, n := range names {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+strings.ReplaceAll(n, `"`, `""`)+`"`); err != nil {
			return nil, fmt.Errorf("sqlite: add claims: %w", err)
		}
	}
	return creates, nil
}

// withoutStored returns the claims of batch not yet in the ledger.
func withoutStored(ctx context.Context, tx *sql.Tx, batch []attrition.Claim) ([]attrition.Claim, error) {
	stored := map[string]bool{}
	args := make([]any, 0, maxIDsPerQuery)
	for i := 0; i < len(batch); i += maxIDsPerQuery {
		args = args[:0]
		for _, c := range batch[i:min(i+maxIDsPerQuery, len(batch))] {
			args = append(args, c.ID)
		}
		rows, err := tx.QueryContext(ctx, `SELECT id FROM claims WHERE id IN (?`+strings.Repeat(",?", len(args)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: add claims: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: add claims: %w", err)
			}
			stored[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: add claims: %w", err)
		}
	}
	if len(stored) == 0 {
		return batch, nil
	}
	out := batch[:0:0]
	for _, c := range batch {
		if !stored[c.ID] {
			out = append(out, c)
		}
	}
	return out, nil
}

// inserter runs multi-row INSERTs, keeping the statement for full batches
// prepared. Without upsert the caller guarantees the claims are new.
//
// Full batches go to the driver directly: database/sql would check and
// convert each of the thousands of arguments of every batch again.
type inserter struct {
	tx       *sql.Tx
	conn     *sql.Conn // the connection tx runs on
	upsert   bool
	addedAt  string
	importID int64
	full     driver.Stmt
	named    []driver.NamedValue
}

func insertSQL(n int, upsert bool, addedAt string, importID int64) string {
	var b strings.Builder
	b.WriteString("INSERT INTO claims (" + claimColumns + ", added_at, import_id) VALUES ")
	row := "(" + strings.Repeat("?,", nClaimColumns) + "'" + strings.ReplaceAll(addedAt, "'", "''") + "'," + strconv.FormatInt(importID, 10) + ")"
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	if upsert {
		// Claims already stored are counted, not stored again.
		b.WriteString(" ON CONFLICT (id) DO NOTHING")
	}
	return b.String()
}

func (ins *inserter) exec(ctx context.Context, args []any) (int, error) {
	n := len(args) / nClaimColumns
	var r sql.Result
	var err error
	if n == insertBatch {
		if ins.named == nil {
			ins.named = make([]driver.NamedValue, len(args))
		}
		for i, a := range args {
			ins.named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
		}
		err = ins.conn.Raw(func(dc any) error {
			if ins.full == nil {
				prep, ok := dc.(driver.ConnPrepareContext)
				if !ok {
					return fmt.Errorf("driver %T cannot prepare statements", dc)
				}
				var err error
				if ins.full, err = prep.PrepareContext(ctx, insertSQL(n, ins.upsert, ins.addedAt, ins.importID)); err != nil {
					return err
				}
			}
			ex, ok := ins.full.(driver.StmtExecContext)
			if !ok {
				return fmt.Errorf("statement %T cannot execute with a context", ins.full)
			}
			var err error
			r, err = ex.ExecContext(ctx, ins.named)
			return err
		})
	} else {
		r, err = ins.tx.ExecContext(ctx, insertSQL(n, ins.upsert, ins.addedAt, ins.importID), args...)
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: add claims: %w", err)
	}
	added, err := r.RowsAffected()
	return int(added), err
}

func (ins *inserter) close() {
	if ins.full != nil {
		ins.conn.Raw(func(any) error { return ins.full.Close() })
	}
}

// docCache maps documents to their row ids within one transaction.
type docCache struct {
	tx       *sql.Tx
	known    map[docKey]docRow
	get, put *sql.Stmt
}

type docKey struct {
	url       string
	published attrition.Date
}

type docRow struct {
	id    int64
	title string
}

func newDocCache(tx *sql.Tx) *docCache {
	return &docCache{tx: tx, known: map[docKey]docRow{}}
}

// id returns the row id of d, inserting the document the first time it is
// seen, and the title that row keeps.
func (c *docCache) id(ctx context.Context, d attrition.Document) (int64, string, error) {
	k := docKey{d.URL, d.Published}
	if r, ok := c.known[k]; ok {
		return r.id, r.title, nil
	}
	var err error
	if c.get == nil {
		if c.get, err = c.tx.PrepareContext(ctx, `SELECT id, title FROM documents WHERE url = ? AND published = ?`); err != nil {
			return 0, "", err
		}
		if c.put, err = c.tx.PrepareContext(ctx, `INSERT INTO documents (url, published, title) VALUES (?, ?, ?)`); err != nil {
			return 0, "", err
		}
	}
	r := docRow{title: d.Title}
	err = c.get.QueryRowContext(ctx, d.URL, d.Published.String()).Scan(&r.id, &r.title)
	if errors.Is(err, sql.ErrNoRows) {
		res, err := c.put.ExecContext(ctx, d.URL, d.Published.String(), d.Title)
		if err != nil {
			return 0, "", err
		}
		if r.id, err = res.LastInsertId(); err != nil {
			return 0, "", err
		}
	} else if err != nil {
		return 0, "", err
	}
	c.known[k] = r
	return r.id, r.title, nil
}

func (c *docCache) close() {
	if c.get != nil {
		c.get.Close()
		c.put.Close()
	}
}

// selectClaims reads claims with their documents; the title a claim gave
// wins over the one its document row kept.
const selectClaims = `SELECT c.seq, c.as_of, c.id, c.actor, c.population, c.category, c.status, c.per,
	c.low, c.high, c.best, c.bound, c.approx, c.period_start, c.period_end, c.likelihood,
	c.probability_lo, c.probability_hi, c.source, d.url, COALESCE(c.title, d.title), d.published,
	c.quote, c.span_start, c.span_end, c.derived, c.flags, c.dataset, c.supersedes
FROM claims c JOIN documents d ON d.id = c.document_id`

// maxIDsPerQuery keeps an ID list within SQLite's bound-parameter limit.
const maxIDsPerQuery = 500

type foundClaim struct {
	seq  int64
	asOf string
	c    attrition.Claim
}

// FindClaims returns the claims that pass f, ordered by the day they
// speak of (period_end, else publication) and then by insertion.
func (db *DB) FindClaims(ctx context.Context, f attrition.ClaimFilter) ([]attrition.Claim, error) {
	var found []foundClaim
	if len(f.IDs) == 0 {
		var err error
		if found, err = db.findClaims(ctx, f, nil); err != nil {
			return nil, err
		}
	} else {
		for i := 0; i < len(f.IDs); i += maxIDsPerQuery {
			chunk := f.IDs[i:min(i+maxIDsPerQuery, len(f.IDs))]
			part, err := db.findClaims(ctx, f, chunk)
			if err != nil {
				return nil, err
			}
			found = append(found, part...)
		}
		if len(f.IDs) > maxIDsPerQuery {
			sort.Slice(found, func(i, j int) bool {
				if found[i].asOf != found[j].asOf {
					return found[i].asOf < found[j].asOf
				}
				return found[i].seq < found[j].seq
			})
		}
	}
	out := make([]attrition.Claim, 0, len(found))
	for _, fc := range found {
		if f.Limit > 0 && len(out) == f.Limit {
			break
		}
		out = append(out, fc.c)
	}
	return out, nil
}

func (db *DB) findClaims(ctx context.Context, f attrition.ClaimFilter, ids []string) ([]foundClaim, error) {
	var where []string
	var args []any
	eq := func(col, v string) {
		if v != "" {
			where = append(where, col+" = ?")
			args = append(args, v)
		}
	}
	eq("c.actor", f.Actor)
	eq("c.category", f.Category)
	eq("c.population", f.Population)
	eq("c.dataset", f.Dataset)
	if !f.From.IsZero() {
		where = append(where, "c.as_of >= ?")
		args = append(args, f.From.String())
	}
	if !f.To.IsZero() {
		where = append(where, "c.as_of <= ?")
		args = append(args, f.To.String())
	}
	if f.Derived != nil {
		where = append(where, "c.derived = ?")
		args = append(args, *f.Derived)
	}
	if len(ids) > 0 {
		where = append(where, "c.id IN (?"+strings.Repeat(",?", len(ids)-1)+")")
		for _, id := range ids {
			args = append(args, id)
		}
	}
	q := selectClaims
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.as_of, c.seq"
	// The source match folds case and spacing the way the filter's
	// reference does, which SQL cannot; it is applied below, and the
	// limit after it.
	sqlLimit := f.Limit > 0 && f.Source == "" && len(ids) == 0
	if sqlLimit {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find claims: %w", err)
	}
	defer rows.Close()
	sourceOnly := attrition.ClaimFilter{Source: f.Source}
	var out []foundClaim
	for rows.Next() {
		fc, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: find claims: %w", err)
		}
		if f.Source != "" && !sourceOnly.Matches(&fc.c) {
			continue
		}
		out = append(out, fc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: find claims: %w", err)
	}
	return out, nil
}

func scanClaim(rows *sql.Rows) (foundClaim, error) {
	var (
		fc                                                 foundClaim
		c                                                  = &fc.c
		actor, population, status, per, likelihood, source sql.NullString
		periodStart, periodEnd, flags, dataset, supersedes sql.NullString
		low, high, best, plo, phi                          sql.NullFloat64
		published                                          string
	)
	err := rows.Scan(&fc.seq, &fc.asOf, &c.ID, &actor, &population, &c.Category, &status, &per,
		&low, &high, &best, &c.Bound, &c.Approx, &periodStart, &periodEnd, &likelihood,
		&plo, &phi, &source, &c.Document.URL, &c.Document.Title, &published,
		&c.Quote, &c.Span[0], &c.Span[1], &c.Derived, &flags, &dataset, &supersedes)
	if err != nil {
		return fc, err
	}
	c.Actor, c.Population, c.Status, c.Per = actor.String, population.String, status.String, per.String
	c.Likelihood, c.Source, c.Dataset, c.Supersedes = likelihood.String, source.String, dataset.String, supersedes.String
	c.Low, c.High, c.Best = ptr(low), ptr(high), ptr(best)
	if plo.Valid && phi.Valid {
		c.Probability = &[2]float64{plo.Float64, phi.Float64}
	}
	for _, d := range []struct {
		dst *attrition.Date
		src string
	}{{&c.PeriodStart, periodStart.String}, {&c.PeriodEnd, periodEnd.String}, {&c.Document.Published, published}} {
		if d.src == "" {
			continue
		}
		v, err := attrition.ParseDate(d.src)
		if err != nil {
			return fc, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		*d.dst = v
	}
	if flags.Valid {
		if err := json.Unmarshal([]byte(flags.String), &c.Flags); err != nil {
			return fc, fmt.Errorf("claim %s: flags: %w", c.ID, err)
		}
	}
	return fc, nil
}

func ptr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	return attrition.Float(n.Float64)
}
