package httpapi

import (
	"bytes"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/report"
)

// maxClaimsPage bounds one answer of /api/v1/claims: a full ledger of
// daily tallies holds tens of thousands.
const maxClaimsPage = 5000

func queryDate(q url.Values, name string) (attrition.Date, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return 0, nil
	}
	d, err := attrition.ParseDate(v)
	if err != nil {
		return 0, attrition.Errorf(attrition.EINVALID, "%s: %v", name, err)
	}
	return d, nil
}

func queryInt(q url.Values, name string, def, max int) (int, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, attrition.Errorf(attrition.EINVALID, "%s: want a whole number ≥ 0, got %q", name, v)
	}
	if n == 0 || n > max {
		n = max
	}
	return n, nil
}

// claimFilter reads the filter parameters shared by the endpoints.
func claimFilter(q url.Values) (attrition.ClaimFilter, error) {
	f := attrition.ClaimFilter{
		Category:   q.Get("category"),
		Population: q.Get("population"),
		Source:     q.Get("source"),
		Dataset:    q.Get("dataset"),
	}
	if a := q.Get("actor"); a != "" {
		f.Actor = attrition.CanonicalActor(a)
	}
	if f.Category != "" && !attrition.IsCategory(f.Category) {
		return f, attrition.Errorf(attrition.EINVALID, "category: unknown category %q", f.Category)
	}
	var err error
	if f.From, err = queryDate(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = queryDate(q, "to"); err != nil {
		return f, err
	}
	return f, nil
}

func (s *Server) handleClaims(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := claimFilter(q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if f.Limit, err = queryInt(q, "limit", maxClaimsPage, maxClaimsPage); err != nil {
		s.writeError(w, r, err)
		return
	}
	cs, err := s.Claims.FindClaims(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if cs == nil {
		cs = []attrition.Claim{}
	}
	s.writeData(w, cs)
}

// Series is one actor and category the ledger holds claims for.
type Series struct {
	Actor    string         `json:"actor"`
	Category string         `json:"category"`
	Claims   int            `json:"claims"`
	Sources  int            `json:"sources"`
	First    attrition.Date `json:"first"`
	Last     attrition.Date `json:"last"`
}

func (s *Server) handleSeries(w http.ResponseWriter, r *http.Request) {
	read := false
	cs, err := s.Claims.FindClaims(r.Context(), attrition.ClaimFilter{Derived: &read})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	type key struct{ actor, category string }
	idx := map[key]*Series{}
	sources := map[key]map[string]bool{}
	var out []*Series
	for i := range cs {
		c := &cs[i]
		if c.Actor == "" {
			continue
		}
		k := key{c.Actor, c.Category}
		sr := idx[k]
		if sr == nil {
			sr = &Series{Actor: c.Actor, Category: c.Category}
			idx[k], sources[k] = sr, map[string]bool{}
			out = append(out, sr)
		}
		d := c.PeriodEnd
		if d.IsZero() {
			d = c.Document.Published
		}
		if sr.First.IsZero() || d < sr.First {
			sr.First = d
		}
		if d > sr.Last {
			sr.Last = d
		}
		sr.Claims++
		sources[k][c.Source] = true
	}
	for k, sr := range idx {
		sr.Sources = len(sources[k])
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Actor != out[j].Actor {
			return out[i].Actor < out[j].Actor
		}
		return categoryRank(out[i].Category) < categoryRank(out[j].Category)
	})
	if out == nil {
		out = []*Series{}
	}
	s.writeData(w, out)
}

// categoryRank orders categories as the vocabulary lists them.
func categoryRank(c string) int {
	for i, v := range attrition.Categories() {
		if v == c {
			return i
		}
	}
	return 1 << 20
}

// estimateRequest reads an estimate request from the query.
func (s *Server) estimateRequest(q url.Values) (attrition.EstimateRequest, error) {
	req := attrition.EstimateRequest{
		Actor:      attrition.CanonicalActor(q.Get("actor")),
		Category:   q.Get("category"),
		Population: q.Get("population"),
		Step:       q.Get("step"),
		Seed:       s.Seed,
	}
	if req.Actor == "" || req.Category == "" {
		return req, attrition.Errorf(attrition.EINVALID, "actor and category are required")
	}
	if !attrition.IsCategory(req.Category) {
		return req, attrition.Errorf(attrition.EINVALID, "category: unknown category %q", req.Category)
	}
	switch req.Step {
	case "", "day", "week", "month":
	default:
		return req, attrition.Errorf(attrition.EINVALID, "step: want day, week or month, got %q", req.Step)
	}
	var err error
	if req.From, err = queryDate(q, "from"); err != nil {
		return req, err
	}
	if req.To, err = queryDate(q, "to"); err != nil {
		return req, err
	}
	if req.MilestoneBy, err = queryDate(q, "by"); err != nil {
		return req, err
	}
	for _, v := range q["milestone"] {
		m, err := strconv.ParseFloat(v, 64)
		if err != nil || m <= 0 {
			return req, attrition.Errorf(attrition.EINVALID, "milestone: want a positive number, got %q", v)
		}
		req.Milestones = append(req.Milestones, m)
	}
	return req, nil
}

func (s *Server) handleEstimate(w http.ResponseWriter, r *http.Request) {
	req, err := s.estimateRequest(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	est, err := s.Estimator.Estimate(r.Context(), req)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeData(w, est)
}

// reportOptions reads the assessment parameters from the query.
func (s *Server) reportOptions(q url.Values) (report.Options, error) {
	o := report.Options{
		Actor:     attrition.CanonicalActor(q.Get("actor")),
		Yardstick: q.Get("yardstick"),
		Claims:    s.Claims,
		Estimator: s.Estimator,
		Seed:      s.Seed,
	}
	if o.Actor == "" {
		return o, attrition.Errorf(attrition.EINVALID, "actor is required")
	}
	if c := q.Get("category"); c != "" {
		if !attrition.IsCategory(c) {
			return o, attrition.Errorf(attrition.EINVALID, "category: unknown category %q", c)
		}
		o.Categories = []string{c}
	}
	var err error
	o.AsOf, err = queryDate(q, "as_of")
	return o, err
}

// handleReport answers with the assessment itself, HTML (default) or
// Markdown, not wrapped in JSON: it is a document to read or save.
func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	o, err := s.reportOptions(q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	o.Format = q.Get("format")
	if o.Format == "" {
		o.Format = report.FormatHTML
	}
	var buf bytes.Buffer
	if err := report.Write(r.Context(), &buf, o); err != nil {
		s.writeError(w, r, err)
		return
	}
	ct := "text/html; charset=utf-8"
	if o.Format == report.FormatMarkdown {
		ct = "text/markdown; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	// The report is self-contained: nothing it holds may load or run.
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
	w.Write(buf.Bytes())
}

// handleChart draws one chart of a category's assessment (fan, rate or
// bias) as SVG, the figures the report and the dashboard share.
func (s *Server) handleChart(w http.ResponseWriter, r *http.Request) {
	kind := strings.TrimSuffix(r.PathValue("kind"), ".svg")
	switch kind {
	case "fan", "rate", "bias":
	default:
		s.writeError(w, r, attrition.Errorf(attrition.ENOTFOUND, "no chart %q (want fan.svg, rate.svg or bias.svg)", r.PathValue("kind")))
		return
	}
	q := r.URL.Query()
	o, err := s.reportOptions(q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if len(o.Categories) != 1 {
		s.writeError(w, r, attrition.Errorf(attrition.EINVALID, "category is required"))
		return
	}
	a, err := report.Build(r.Context(), o)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	for _, sec := range a.Sections {
		for _, c := range sec.Charts {
			if strings.HasSuffix(c.Name, "-"+kind) {
				w.Header().Set("Content-Type", "image/svg+xml")
				w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
				w.Write(c.SVG)
				return
			}
		}
	}
	s.writeError(w, r, attrition.Errorf(attrition.ENOTFOUND, "no %s chart for %s %s (too few claims or sources)", kind, o.Actor, o.Categories[0]))
}
