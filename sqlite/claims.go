package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/attrition-project/attrition"
)

// selectClaims reads claims with their documents; the title a claim gave
// wins over the one its document row kept.
const selectClaims = `SELECT c.seq, c.as_of, c.id, c.actor, c.population, c.category, c.status, c.per,
	c.low, c.high, c.best, c.bound, c.approx, c.period_start, c.period_end, c.likelihood,
	c.probability_lo, c.probability_hi, c.source, d.url, COALESCE(c.title, d.title), d.published,
	c.quote, c.span_start, c.span_end, c.derived, c.flags, c.dataset, c.supersedes
FROM claims c JOIN documents d ON d.id = c.document_id`

// idKey is the claims' id_key, the first 8 bytes of the identity, which
// claims_id indexes: integers sort several times faster than blobs when
// a bulk import builds the index again. Two identities may share a key;
// every look-up also compares the whole id.
func idKey(id [16]byte) int64 {
	return int64(binary.BigEndian.Uint64(id[:8]))
}

// Bits of series_key: the actor's hash, the category's, the day.
const (
	seriesDayBits      = 22 // Date of 9999-12-31 < 1<<22
	seriesCategoryBits = 21
	seriesActorBits    = 63 - seriesDayBits - seriesCategoryBits
)

// seriesKey is the claims' series_key: actor major, then category, then
// day, so that an actor's claims, or an actor's claims of one category
// over a span of days, are one range of the index. Different names may
// share a hash; queries also test the names themselves.
func seriesKey(actor, category string, asOf attrition.Date) int64 {
	// A day outside years 1 to 9999 goes to the edge it is beyond, where
	// the ranges of seriesRange still hold it whenever as_of does.
	day := min(max(int64(asOf), 0), 1<<seriesDayBits-1)
	return seriesHash(actor, seriesActorBits)<<(seriesCategoryBits+seriesDayBits) |
		seriesHash(category, seriesCategoryBits)<<seriesDayBits | day
}

// seriesRange returns the range of series_key that holds actor's claims
// of category (any, when empty) between from and to (either open when
// zero).
func seriesRange(actor, category string, from, to attrition.Date) (int64, int64) {
	a := seriesHash(actor, seriesActorBits) << (seriesCategoryBits + seriesDayBits)
	if category == "" {
		return a, a | (1<<(seriesCategoryBits+seriesDayBits) - 1)
	}
	c := a | seriesHash(category, seriesCategoryBits)<<seriesDayBits
	lo, hi := c, c|(1<<seriesDayBits-1)
	if from > 0 && int64(from) < 1<<seriesDayBits {
		lo = c | int64(from)
	}
	if to > 0 && int64(to) < 1<<seriesDayBits {
		hi = c | int64(to)
	}
	return lo, hi
}

// seriesHash is FNV-1a of s cut to bits: stable across versions, since
// it is stored.
func seriesHash(s string, bits int) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return int64(h >> (64 - bits))
}

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
	// series_key narrows actor and category (and the days, given both)
	// to an index range; the exact conditions below drop what shares a
	// hash.
	if f.Actor != "" {
		lo, hi := seriesRange(f.Actor, f.Category, f.From, f.To)
		where = append(where, "c.series_key BETWEEN ? AND ?")
		args = append(args, lo, hi)
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
		// The ledger keys claims by the bytes of their identity; a string
		// that is no identity matches nothing.
		var keys, full []any
		for _, id := range ids {
			var b [16]byte
			if decodeID(b[:], id) {
				keys, full = append(keys, idKey(b)), append(full, b[:])
			}
		}
		if len(keys) == 0 {
			return nil, nil
		}
		where = append(where, "c.id_key IN (?"+strings.Repeat(",?", len(keys)-1)+")",
			"c.id IN (?"+strings.Repeat(",?", len(full)-1)+")")
		args = append(append(args, keys...), full...)
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
		id                                                 []byte
	)
	err := rows.Scan(&fc.seq, &fc.asOf, &id, &actor, &population, &c.Category, &status, &per,
		&low, &high, &best, &c.Bound, &c.Approx, &periodStart, &periodEnd, &likelihood,
		&plo, &phi, &source, &c.Document.URL, &c.Document.Title, &published,
		&c.Quote, &c.Span[0], &c.Span[1], &c.Derived, &flags, &dataset, &supersedes)
	if err != nil {
		return fc, err
	}
	c.ID = hex.EncodeToString(id)
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
