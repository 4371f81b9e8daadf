package chart

import (
	"math"
	"sort"

	"github.com/attrition-project/attrition"
)

// ClaimMarks turns claims into the marks of a fan chart (running totals)
// and of a rate chart (rates, per day), so that every page that draws
// claims draws them alike. Only what sources read is marked, for all
// losses of a category: derived figures, per-status equipment counts,
// claims without a figure or a date, claims after asOf (when set) and
// counts over a period that starts well after the war did are left out.
// Sources come in order of their first claim, so that colours follow
// history; a source's marks are thinned evenly to at most perSource (0:
// all), keeping its first and last.
func ClaimMarks(claims []attrition.Claim, asOf attrition.Date, perSource int) (totals, rates []Mark) {
	type source struct {
		name         string
		first        attrition.Date
		totals, rate []Mark
	}
	bySource := map[string]*source{}
	var order []*source
	for i := range claims {
		c := &claims[i]
		v, ok := c.Value()
		d := c.PeriodEnd
		if d == 0 {
			d = c.Document.Published
		}
		if !ok || !finite(v) || d == 0 || (asOf != 0 && d > asOf) || c.Derived || c.Status != "" {
			continue
		}
		name := c.Source
		if name == "" {
			name = "Unattributed"
		}
		s := bySource[name]
		if s == nil {
			s = &source{name: name, first: d}
			bySource[name] = s
			order = append(order, s)
		}
		if d < s.first {
			s.first = d
		}
		m := Mark{Date: d, Value: v, Source: name, Label: name + ", " + d.String() + ": " + ClaimFigure(c)}
		if c.Low != nil && c.High != nil {
			m.Lo, m.Hi = *c.Low, *c.High
		}
		switch {
		case c.Per != "":
			if k := perDay(c.Per); k > 0 {
				m.Value, m.Lo, m.Hi = v*k, m.Lo*k, m.Hi*k
				s.rate = append(s.rate, m)
			}
		case isRunningTotal(c):
			s.totals = append(s.totals, m)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].first != order[j].first {
			return order[i].first < order[j].first
		}
		return order[i].name < order[j].name
	})
	for _, s := range order {
		totals = append(totals, thinMarks(byDate(s.totals), perSource)...)
		rates = append(rates, thinMarks(byDate(s.rate), perSource)...)
	}
	return totals, rates
}

// isRunningTotal reports whether a claim counts from the start of its
// war (within a month: "since the invasion" is read loosely), or gives no
// start at all.
func isRunningTotal(c *attrition.Claim) bool {
	if c.PeriodStart == 0 {
		return true
	}
	conflict, ok := attrition.ConflictOf(c.Actor)
	return !ok || c.PeriodStart <= conflict.Start.AddDays(31)
}

func byDate(ms []Mark) []Mark {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Date < ms[j].Date })
	return ms
}

// thinMarks keeps at most n marks, evenly spaced, the first and the last
// among them.
func thinMarks(ms []Mark, n int) []Mark {
	if n <= 0 || len(ms) <= n {
		return ms
	}
	if n == 1 {
		return ms[len(ms)-1:]
	}
	out := make([]Mark, 0, n)
	step := float64(len(ms)-1) / float64(n-1)
	for i := 0; i < n; i++ {
		out = append(out, ms[int(math.Round(float64(i)*step))])
	}
	return out
}

func perDay(per string) float64 {
	switch per {
	case "day":
		return 1
	case "week":
		return 1.0 / 7
	case "month":
		return 12 / 365.25
	case "year":
		return 1 / 365.25
	}
	return 0
}

// ClaimFigure writes a claim's figure as its source gave it:
// "175,000–200,000", "more than 950,000", "about 1,262 a day".
func ClaimFigure(c *attrition.Claim) string {
	num := func(p *float64) string { return Thousands(*p, 2) }
	var s string
	switch {
	case c.Low != nil && c.High != nil && *c.Low != *c.High:
		s = num(c.Low) + "–" + num(c.High)
	case c.Best != nil:
		s = num(c.Best)
	case c.Low != nil && c.High != nil:
		s = num(c.Low)
	case c.Low != nil && c.Bound == attrition.BoundMoreThan:
		return "more than " + num(c.Low) + per(c)
	case c.Low != nil:
		return "at least " + num(c.Low) + per(c)
	case c.High != nil && c.Bound == attrition.BoundFewerThan:
		return "fewer than " + num(c.High) + per(c)
	case c.High != nil:
		return "at most " + num(c.High) + per(c)
	default:
		return "no figure"
	}
	if c.Approx {
		s = "about " + s
	}
	return s + per(c)
}

func per(c *attrition.Claim) string {
	if c.Per == "" {
		return ""
	}
	return " a " + c.Per
}
