package estimate

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/attrition-project/attrition"
)

// A report asks for every personnel category of an actor in turn, and
// each answer needs the joint fit of all of them; a dashboard asks the
// same questions again and again. The engine therefore keeps its recent
// joint fits, keyed by everything that shapes them, including a
// fingerprint of the claims it read: a changed ledger reads differently
// and is fitted afresh, so a long-lived engine never serves a stale fit.

// Bounds of the fits kept: entries, and float64s of draws across them
// (about 256 MB).
const (
	cacheEntries = 16
	cacheFloats  = 32 << 20
)

// fitResult is one joint fit, read-only once made.
type fitResult struct {
	jobs  []*job
	days  []attrition.Date
	start attrition.Date
	size  int
}

type fitCache struct {
	mu      sync.Mutex
	entries map[string]*fitResult
	order   []string // oldest first
	floats  int
}

func (c *fitCache) get(key string) *fitResult {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.entries[key]
	if r != nil {
		// Most recently used last.
		for i, k := range c.order {
			if k == key {
				c.order = append(append(c.order[:i:i], c.order[i+1:]...), key)
				break
			}
		}
	}
	return r
}

// put keeps r unless it alone would exceed the bound; it reports
// whether r was kept. Evicted fits are left to the collector, not
// recycled: a request may still be summarising them.
func (c *fitCache) put(key string, r *fitResult) bool {
	if r.size > cacheFloats {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]*fitResult{}
	}
	if old, ok := c.entries[key]; ok {
		c.floats -= old.size
		for i, k := range c.order {
			if k == key {
				c.order = append(c.order[:i:i], c.order[i+1:]...)
				break
			}
		}
	}
	for len(c.order) > 0 && (len(c.order) >= cacheEntries || c.floats+r.size > cacheFloats) {
		k := c.order[0]
		c.order = c.order[1:]
		c.floats -= c.entries[k].size
		delete(c.entries, k)
	}
	c.entries[key] = r
	c.order = append(c.order, key)
	c.floats += r.size
	return true
}

// fingerprint sums a hash of every field of the claims that a fit
// reads, order-free, so that any added, removed or edited claim changes
// it.
type fingerprint struct {
	n        int
	xor, sum uint64
}

func (f *fingerprint) add(c *attrition.Claim) {
	// FNV-1a written out: the hash.Hash interface and fmt would cost
	// more than the rest of a cached answer on a ledger of 40,000 claims.
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	str := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime
		}
		h = (h ^ 0xff) * prime
	}
	word := func(v uint64) {
		for i := 0; i < 8; i++ {
			h = (h ^ (v & 0xff)) * prime
			v >>= 8
		}
	}
	num := func(p *float64) {
		if p == nil {
			word(math.Float64bits(math.NaN()))
			return
		}
		word(math.Float64bits(*p))
	}
	for _, s := range []string{c.ID, c.Actor, c.Population, c.Category, c.Status, c.Per, c.Bound, c.Likelihood, c.Source, c.Supersedes} {
		str(s)
	}
	for _, s := range c.Flags {
		str(s)
	}
	word(uint64(int64(c.PeriodStart)))
	word(uint64(int64(c.PeriodEnd)))
	word(uint64(int64(c.Document.Published)))
	var bits uint64
	if c.Approx {
		bits |= 1
	}
	if c.Derived {
		bits |= 2
	}
	word(bits)
	num(c.Low)
	num(c.Best)
	num(c.High)
	if c.Probability != nil {
		num(&c.Probability[0])
		num(&c.Probability[1])
	}
	f.n++
	f.xor ^= h
	f.sum += h * 0x9e3779b97f4a7c15
}

// fitKey names a joint fit: what the request asks that shapes the fit
// (not the milestones, which are read from the draws afterwards) and
// what was read.
func fitKey(req attrition.EstimateRequest, population string, cats []string, gridEnd attrition.Date, par Params, fp fingerprint) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q|%q|%q|%d|%d|%q|%d|%d|%+v|%d:%x:%x", req.Actor, population, cats, req.From, req.To, req.Step, req.Seed, gridEnd, par, fp.n, fp.xor, fp.sum)
	rel := make([]string, 0, len(req.Relays))
	for k, v := range req.Relays {
		rel = append(rel, fmt.Sprintf("%q=%q", k, v))
	}
	sort.Strings(rel)
	b.WriteString(strings.Join(rel, ","))
	return b.String()
}

// crossings returns, for each draw of j, the first grid day on which
// its running total reaches v (-1: never within the grid). It reads the
// stored draws only, so any number of requests may ask at once.
func crossings(j *job, v float64) []int {
	m := j.m
	nd, n := j.s.n, m.n
	out := make([]int, nd)
	days := m.p.days
	hf := float64(m.h)
	for d := 0; d < nd; d++ {
		u := j.s.draws[d*n : (d+1)*n]
		out[d] = -1
		var sum float64
	walk:
		for s := 0; s*m.h < days; s++ {
			rv := math.Exp(u[s])
			q := math.Exp((u[s+1] - u[s]) / hf)
			end := min((s+1)*m.h, days)
			for i := s * m.h; i < end; i++ {
				sum += rv
				if sum >= v {
					out[d] = i
					break walk
				}
				rv *= q
			}
		}
	}
	return out
}
