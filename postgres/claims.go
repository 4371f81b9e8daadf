package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/jackc/pgx/v5"
)

// incoming is the temporary table a batch is copied into; set-based
// statements then add its documents and its new claims. COPY carries a
// million rows in seconds where row-by-row INSERTs would take minutes.
const createIncoming = `CREATE TEMPORARY TABLE incoming (
	ord INTEGER, id TEXT, url TEXT, published DATE, title TEXT,
	actor TEXT, population TEXT, category TEXT, status TEXT, per TEXT,
	low DOUBLE PRECISION, high DOUBLE PRECISION, best DOUBLE PRECISION, bound TEXT, approx BOOLEAN,
	period_start DATE, period_end DATE, as_of DATE, likelihood TEXT,
	probability_lo DOUBLE PRECISION, probability_hi DOUBLE PRECISION, source TEXT,
	quote TEXT, span_start INTEGER, span_end INTEGER, derived BOOLEAN, flags TEXT[],
	dataset TEXT, supersedes TEXT
) ON COMMIT DROP`

var incomingColumns = []string{"ord", "id", "url", "published", "title",
	"actor", "population", "category", "status", "per",
	"low", "high", "best", "bound", "approx",
	"period_start", "period_end", "as_of", "likelihood",
	"probability_lo", "probability_hi", "source",
	"quote", "span_start", "span_end", "derived", "flags",
	"dataset", "supersedes"}

// AddClaims validates every claim, then stores the new ones in one
// transaction; an invalid claim stores nothing. Claims already in the
// ledger, or repeated in the batch, are counted as present.
func (db *DB) AddClaims(ctx context.Context, claims []attrition.Claim) (attrition.AddResult, error) {
	res := attrition.AddResult{Read: len(claims)}
	batch, err := attrition.PrepareClaims(claims)
	if err != nil {
		return res, err
	}
	res.Present = len(claims)
	if len(batch) == 0 {
		return res, nil
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return res, fmt.Errorf("postgres: add claims: %w", err)
	}
	defer tx.Rollback(ctx)

	now := db.Now().UTC()
	var importID int64
	files := attrition.ImportFiles(ctx)
	if files == nil {
		files = []string{}
	}
	if err := tx.QueryRow(ctx, `INSERT INTO imports (started, files, read) VALUES ($1, $2, $3) RETURNING id`,
		now, files, len(claims)).Scan(&importID); err != nil {
		return res, fmt.Errorf("postgres: record import: %w", err)
	}
	if _, err := tx.Exec(ctx, createIncoming); err != nil {
		return res, fmt.Errorf("postgres: add claims: %w", err)
	}
	rows := make([][]any, len(batch))
	for i := range batch {
		rows[i] = incomingRow(i, &batch[i])
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"incoming"}, incomingColumns, pgx.CopyFromRows(rows)); err != nil {
		return res, fmt.Errorf("postgres: add claims: %w", err)
	}
	// The first title seen for a document is the one its row keeps.
	if _, err := tx.Exec(ctx, `INSERT INTO documents (url, published, title)
		SELECT DISTINCT ON (url, published) url, published, title FROM incoming ORDER BY url, published, ord
		ON CONFLICT (url, published) DO NOTHING`); err != nil {
		return res, fmt.Errorf("postgres: add documents: %w", err)
	}
	tag, err := tx.Exec(ctx, `INSERT INTO claims (id, document_id, title, actor, population, category, status, per,
		low, high, best, bound, approx, period_start, period_end, as_of, likelihood,
		probability_lo, probability_hi, source, quote, span_start, span_end, derived,
		flags, dataset, supersedes, added_at, import_id)
		SELECT i.id, d.id, NULLIF(i.title, d.title), i.actor, i.population, i.category, i.status, i.per,
		i.low, i.high, i.best, i.bound, i.approx, i.period_start, i.period_end, i.as_of, i.likelihood,
		i.probability_lo, i.probability_hi, i.source, i.quote, i.span_start, i.span_end, i.derived,
		i.flags, i.dataset, i.supersedes, $1, $2
		FROM incoming i JOIN documents d ON d.url = i.url AND d.published = i.published
		ORDER BY i.ord
		ON CONFLICT (id) DO NOTHING`, now, importID)
	if err != nil {
		return res, fmt.Errorf("postgres: add claims: %w", err)
	}
	res.Added = int(tag.RowsAffected())
	res.Present = len(claims) - res.Added
	if _, err := tx.Exec(ctx, `UPDATE imports SET added = $1, present = $2 WHERE id = $3`, res.Added, res.Present, importID); err != nil {
		return res, fmt.Errorf("postgres: record import: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return attrition.AddResult{Read: len(claims)}, fmt.Errorf("postgres: add claims: %w", err)
	}
	return res, nil
}

func incomingRow(ord int, c *attrition.Claim) []any {
	var plo, phi any
	if c.Probability != nil {
		plo, phi = c.Probability[0], c.Probability[1]
	}
	var flags any
	if len(c.Flags) > 0 {
		flags = c.Flags
	}
	asOf := c.PeriodEnd
	if asOf.IsZero() {
		asOf = c.Document.Published
	}
	return []any{ord, c.ID, c.Document.URL, date(c.Document.Published), c.Document.Title,
		str(c.Actor), str(c.Population), c.Category, str(c.Status), str(c.Per),
		c.Low, c.High, c.Best, c.Bound, c.Approx,
		date(c.PeriodStart), date(c.PeriodEnd), date(asOf), str(c.Likelihood),
		plo, phi, str(c.Source),
		c.Quote, int32(c.Span[0]), int32(c.Span[1]), c.Derived, flags,
		str(c.Dataset), str(c.Supersedes)}
}

// str and date store the Claim's "absent" values as NULL.
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func date(d attrition.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.Time()
}

// selectClaims reads claims with their documents; the title a claim gave
// wins over the one its document row kept. Dates come back as text so
// that no time zone touches them.
const selectClaims = `SELECT c.id, c.actor, c.population, c.category, c.status, c.per,
	c.low, c.high, c.best, c.bound, c.approx, to_char(c.period_start, 'YYYY-MM-DD'), to_char(c.period_end, 'YYYY-MM-DD'),
	c.likelihood, c.probability_lo, c.probability_hi, c.source, d.url, COALESCE(c.title, d.title),
	to_char(d.published, 'YYYY-MM-DD'), c.quote, c.span_start, c.span_end, c.derived, c.flags, c.dataset, c.supersedes
FROM claims c JOIN documents d ON d.id = c.document_id`

// FindClaims returns the claims that pass f, ordered by the day they
// speak of (period_end, else publication) and then by insertion.
func (db *DB) FindClaims(ctx context.Context, f attrition.ClaimFilter) ([]attrition.Claim, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	eq := func(col, v string) {
		if v != "" {
			where = append(where, col+" = "+arg(v))
		}
	}
	eq("c.actor", f.Actor)
	eq("c.category", f.Category)
	eq("c.population", f.Population)
	eq("c.dataset", f.Dataset)
	if !f.From.IsZero() {
		where = append(where, "c.as_of >= "+arg(f.From.Time()))
	}
	if !f.To.IsZero() {
		where = append(where, "c.as_of <= "+arg(f.To.Time()))
	}
	if f.Derived != nil {
		where = append(where, "c.derived = "+arg(*f.Derived))
	}
	if len(f.IDs) > 0 {
		where = append(where, "c.id = ANY("+arg(f.IDs)+")")
	}
	q := selectClaims
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.as_of, c.seq"
	// The source match folds case and spacing the way the filter's
	// reference does, which SQL cannot; it is applied below, and the
	// limit after it.
	if f.Limit > 0 && f.Source == "" {
		q += " LIMIT " + arg(f.Limit)
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: find claims: %w", err)
	}
	defer rows.Close()
	sourceOnly := attrition.ClaimFilter{Source: f.Source}
	var out []attrition.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: find claims: %w", err)
		}
		if f.Source != "" && !sourceOnly.Matches(&c) {
			continue
		}
		if f.Limit > 0 && len(out) == f.Limit {
			break
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: find claims: %w", err)
	}
	return out, nil
}

func scanClaim(rows pgx.Rows) (attrition.Claim, error) {
	var (
		c                                                  attrition.Claim
		actor, population, status, per, likelihood, source *string
		periodStart, periodEnd, dataset, supersedes        *string
		plo, phi                                           *float64
		published                                          string
		spanStart, spanEnd                                 int32
	)
	err := rows.Scan(&c.ID, &actor, &population, &c.Category, &status, &per,
		&c.Low, &c.High, &c.Best, &c.Bound, &c.Approx, &periodStart, &periodEnd,
		&likelihood, &plo, &phi, &source, &c.Document.URL, &c.Document.Title,
		&published, &c.Quote, &spanStart, &spanEnd, &c.Derived, &c.Flags, &dataset, &supersedes)
	if err != nil {
		return c, err
	}
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	c.Actor, c.Population, c.Status, c.Per = s(actor), s(population), s(status), s(per)
	c.Likelihood, c.Source, c.Dataset, c.Supersedes = s(likelihood), s(source), s(dataset), s(supersedes)
	c.Span = [2]int{int(spanStart), int(spanEnd)}
	if plo != nil && phi != nil {
		c.Probability = &[2]float64{*plo, *phi}
	}
	for _, d := range []struct {
		dst *attrition.Date
		src string
	}{{&c.PeriodStart, s(periodStart)}, {&c.PeriodEnd, s(periodEnd)}, {&c.Document.Published, published}} {
		if d.src == "" {
			continue
		}
		v, err := attrition.ParseDate(d.src)
		if err != nil {
			return c, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		*d.dst = v
	}
	return c, nil
}
