package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

// Passage is one line of a gold file: a text, how it was published and
// the claims a careful coder reads in it.
type Passage struct {
	ID        string
	Style     string
	Published attrition.Date
	Source    string
	URL       string
	Title     string
	Text      string
	Claims    []attrition.Claim
}

type passageJSON struct {
	ID        string            `json:"id"`
	Style     string            `json:"style"`
	Published string            `json:"published"`
	Source    string            `json:"source"`
	URL       string            `json:"url"`
	Title     string            `json:"title"`
	Text      string            `json:"text"`
	Claims    []json.RawMessage `json:"claims"`
}

// ReadGold reads a gold file (JSON Lines, one passage a line). Every bad
// line is reported, with its number, in one attrition.LineErrors.
func ReadGold(r io.Reader, name string) ([]Passage, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Passage
	var errs attrition.LineErrors
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		bad := func(format string, args ...any) {
			errs = append(errs, &attrition.LineError{File: name, Line: line,
				Err: attrition.Errorf(attrition.EINVALID, format, args...)})
		}
		var pj passageJSON
		if err := json.Unmarshal(raw, &pj); err != nil {
			bad("not a passage: %v", err)
			continue
		}
		p := Passage{ID: pj.ID, Style: pj.Style, Source: pj.Source, URL: pj.URL, Title: pj.Title, Text: pj.Text}
		d, err := attrition.ParseDate(pj.Published)
		if err != nil {
			bad("%s: published: %v", pj.ID, err)
			continue
		}
		p.Published = d
		ok := true
		for i, rc := range pj.Claims {
			var c attrition.Claim
			if err := json.Unmarshal(rc, &c); err != nil {
				bad("%s: claim %d: %v", pj.ID, i+1, err)
				ok = false
				continue
			}
			if c.Document.URL == "" {
				c.Document = attrition.Document{URL: p.URL, Title: p.Title, Published: p.Published}
			}
			p.Claims = append(p.Claims, c)
		}
		if ok {
			out = append(out, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

// Fields scored over matched pairs, in report order.
var Fields = []string{"actor", "population", "bound", "approx", "period", "likelihood", "source", "status", "per"}

// FieldScore counts agreement on one field over matched pairs.
type FieldScore struct {
	Correct, Total int
}

// Accuracy is Correct/Total, or 1 when nothing was compared.
func (f FieldScore) Accuracy() float64 {
	if f.Total == 0 {
		return 1
	}
	return float64(f.Correct) / float64(f.Total)
}

// Miss is a gold claim not found, a claim found that the gold lacks, or a
// matched pair that disagrees on a field.
type Miss struct {
	Passage string `json:"passage"`
	Field   string `json:"field,omitempty"`
	Want    string `json:"want,omitempty"`
	Got     string `json:"got,omitempty"`
	Quote   string `json:"quote"`
	Claim   string `json:"claim"`
}

// Score is the result of an evaluation.
type Score struct {
	Passages  int     `json:"passages"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Fields holds per-field agreement over matched pairs.
	Fields      map[string]FieldScore `json:"fields"`
	Misses      []Miss                `json:"misses,omitempty"`
	FalseAlarms []Miss                `json:"false_alarms,omitempty"`
	Disagree    []Miss                `json:"disagreements,omitempty"`
}

// Evaluate runs the extractor over every passage and scores it. A
// predicted claim matches a gold claim when category, low and high are
// equal (null equals null), one to one within a passage, gold order
// first, preferring the prediction whose span overlaps.
func Evaluate(ps []Passage, y *yardstick.Yardstick) (*Score, error) {
	s := &Score{Fields: map[string]FieldScore{}}
	for _, f := range Fields {
		s.Fields[f] = FieldScore{}
	}
	for _, p := range ps {
		x := New(Options{Published: p.Published, Source: p.Source, URL: p.URL, Title: p.Title, Yardstick: y})
		got, err := x.Extract([]byte(p.Text))
		if err != nil {
			return nil, fmt.Errorf("passage %s: %w", p.ID, err)
		}
		s.Passages++
		s.scorePassage(p, got)
	}
	if s.Predicted > 0 {
		s.Precision = float64(s.Matched) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Matched) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if s.Gold == 0 && s.Predicted == 0 {
		s.Precision, s.Recall, s.F1 = 1, 1, 1
	}
	return s, nil
}

func sameNum(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func matchKey(a, b *attrition.Claim) bool {
	return a.Category == b.Category && sameNum(a.Low, b.Low) && sameNum(a.High, b.High)
}

func overlaps(a, b [2]int) bool { return a[0] < b[1] && b[0] < a[1] }

func (s *Score) scorePassage(p Passage, got []attrition.Claim) {
	s.Gold += len(p.Claims)
	s.Predicted += len(got)
	used := make([]bool, len(got))
	for gi := range p.Claims {
		g := &p.Claims[gi]
		best := -1
		for pi := range got {
			if used[pi] || !matchKey(g, &got[pi]) {
				continue
			}
			if best < 0 || overlaps(g.Span, got[pi].Span) && !overlaps(g.Span, got[best].Span) {
				best = pi
			}
		}
		if best < 0 {
			s.Misses = append(s.Misses, Miss{Passage: p.ID, Quote: g.Quote, Claim: Describe(g)})
			continue
		}
		used[best] = true
		s.Matched++
		s.compare(p.ID, g, &got[best])
	}
	for pi := range got {
		if !used[pi] {
			s.FalseAlarms = append(s.FalseAlarms, Miss{Passage: p.ID, Quote: got[pi].Quote, Claim: Describe(&got[pi])})
		}
	}
}

func (s *Score) compare(id string, g, c *attrition.Claim) {
	probEq := func() bool {
		if g.Probability == nil || c.Probability == nil {
			return g.Probability == nil && c.Probability == nil
		}
		return *g.Probability == *c.Probability
	}
	checks := []struct {
		field     string
		ok        bool
		want, got string
	}{
		{"actor", g.Actor == c.Actor, g.Actor, c.Actor},
		{"population", g.Population == c.Population, g.Population, c.Population},
		{"bound", g.Bound == c.Bound, g.Bound, c.Bound},
		{"approx", g.Approx == c.Approx, fmt.Sprint(g.Approx), fmt.Sprint(c.Approx)},
		{"period", g.PeriodStart == c.PeriodStart && g.PeriodEnd == c.PeriodEnd,
			g.PeriodStart.String() + "→" + g.PeriodEnd.String(), c.PeriodStart.String() + "→" + c.PeriodEnd.String()},
		{"likelihood", probEq(), g.Likelihood, c.Likelihood},
		// One publisher under two spellings ("HUR", "Defence
		// Intelligence of Ukraine") is one source.
		{"source", g.Source == c.Source || attrition.CanonicalSource(g.Source) == attrition.CanonicalSource(c.Source), g.Source, c.Source},
		{"status", g.Status == c.Status, g.Status, c.Status},
		{"per", g.Per == c.Per, g.Per, c.Per},
	}
	for _, ch := range checks {
		f := s.Fields[ch.field]
		f.Total++
		if ch.ok {
			f.Correct++
		} else {
			s.Disagree = append(s.Disagree, Miss{Passage: id, Field: ch.field, Want: ch.want, Got: ch.got, Quote: c.Quote, Claim: Describe(c)})
		}
		s.Fields[ch.field] = f
	}
}

// Describe renders a claim in one short line for reports.
func Describe(c *attrition.Claim) string {
	num := func(p *float64) string {
		if p == nil {
			return "·"
		}
		return fmt.Sprint(*p)
	}
	st := ""
	if c.Status != "" {
		st = "/" + c.Status
	}
	per := ""
	if c.Per != "" {
		per = " per " + c.Per
	}
	return fmt.Sprintf("%s %s%s [%s, %s] %s%s", c.Actor, c.Category, st, num(c.Low), num(c.High), c.Bound, per)
}

// WriteTable prints the summary, and with verbose every miss, false
// alarm and field disagreement.
func (s *Score) WriteTable(w io.Writer, verbose bool) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "passages   %d\n", s.Passages)
	fmt.Fprintf(&b, "gold       %d\npredicted  %d\nmatched    %d\n", s.Gold, s.Predicted, s.Matched)
	fmt.Fprintf(&b, "precision  %.3f\nrecall     %.3f\nF1         %.3f\n\n", s.Precision, s.Recall, s.F1)
	fmt.Fprintf(&b, "%-11s %8s  %s\n", "field", "accuracy", "correct/matched")
	for _, f := range Fields {
		fs := s.Fields[f]
		fmt.Fprintf(&b, "%-11s %8.3f  %d/%d\n", f, fs.Accuracy(), fs.Correct, fs.Total)
	}
	if verbose {
		section := func(title string, ms []Miss) {
			if len(ms) == 0 {
				return
			}
			fmt.Fprintf(&b, "\n%s (%d):\n", title, len(ms))
			sorted := append([]Miss(nil), ms...)
			sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Passage < sorted[j].Passage })
			for _, m := range sorted {
				if m.Field != "" {
					fmt.Fprintf(&b, "  %s: %s: want %q, got %q: %s (%q)\n", m.Passage, m.Field, m.Want, m.Got, m.Claim, m.Quote)
				} else {
					fmt.Fprintf(&b, "  %s: %s (%q)\n", m.Passage, m.Claim, m.Quote)
				}
			}
		}
		section("missed", s.Misses)
		section("false alarms", s.FalseAlarms)
		section("field disagreements", s.Disagree)
	}
	_, err := w.Write(b.Bytes())
	return err
}
