package claimio

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/attrition-project/attrition"
)

// WriteJSONL writes one claims.md object per line.
func WriteJSONL(w io.Writer, claims []attrition.Claim) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for i := range claims {
		b, err := json.Marshal(claims[i])
		if err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// WriteCSV writes a header (CSVColumns) and one row per claim, in the form
// ReadCSV reads back. encoding/csv turns a "\r\n" inside a quoted cell into
// "\n" on reading, so a quote holding one comes back with a bare newline.
func WriteCSV(w io.Writer, claims []attrition.Claim) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := csv.NewWriter(bw)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	rec := make([]string, len(csvColumns))
	for i := range claims {
		csvRecord(rec, &claims[i])
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

func csvRecord(rec []string, c *attrition.Claim) {
	num := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	var prob, span, flags string
	if c.Probability != nil {
		prob = "[" + num(&c.Probability[0]) + "," + num(&c.Probability[1]) + "]"
	}
	if c.Span != [2]int{} {
		span = "[" + strconv.Itoa(c.Span[0]) + "," + strconv.Itoa(c.Span[1]) + "]"
	}
	if len(c.Flags) > 0 {
		b, _ := json.Marshal(c.Flags)
		flags = string(b)
	}
	copy(rec, []string{
		c.ID, c.Actor, c.Population, c.Category, c.Status, c.Per, num(c.Low), num(c.High), num(c.Best),
		c.Bound, strconv.FormatBool(c.Approx), c.PeriodStart.String(), c.PeriodEnd.String(), c.Likelihood, prob,
		c.Source, c.Document.URL, c.Document.Title, c.Document.Published.String(), c.Quote, span,
		strconv.FormatBool(c.Derived), flags, c.Dataset, c.Supersedes,
	})
}

// WriteTable writes claims as aligned columns for a person to read.
func WriteTable(w io.Writer, claims []attrition.Claim) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tACTOR\tCATEGORY\tFIGURE\tPERIOD\tSOURCE\tLIKELIHOOD\tFLAGS")
	for i := range claims {
		writeTableRow(tw, &claims[i])
	}
	return tw.Flush()
}

// WriteTableGroups writes groups of claims, a blank line between groups,
// so that claims meant to be compared sit together.
func WriteTableGroups(w io.Writer, groups [][]attrition.Claim) error {
	// The separators are empty rows of the one table, so every group
	// shares its columns; their padding is trimmed on the way out.
	tw := tabwriter.NewWriter(&trimRight{w: w}, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tACTOR\tCATEGORY\tFIGURE\tPERIOD\tSOURCE\tLIKELIHOOD\tFLAGS")
	for gi, g := range groups {
		if gi > 0 {
			fmt.Fprintln(tw, "\t\t\t\t\t\t\t")
		}
		for i := range g {
			writeTableRow(tw, &g[i])
		}
	}
	return tw.Flush()
}

// trimRight drops the spaces that end lines.
type trimRight struct {
	w       io.Writer
	pending []byte
}

func (t *trimRight) Write(p []byte) (int, error) {
	for _, b := range p {
		switch b {
		case ' ':
			t.pending = append(t.pending, b)
			continue
		case '\n':
			t.pending = t.pending[:0]
		}
		if len(t.pending) > 0 {
			if _, err := t.w.Write(t.pending); err != nil {
				return 0, err
			}
			t.pending = t.pending[:0]
		}
		if _, err := t.w.Write([]byte{b}); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

func writeTableRow(w io.Writer, c *attrition.Claim) {
	id := c.ID
	if len(id) > 8 {
		id = id[:8]
	}
	category := c.Category
	if c.Status != "" {
		category += " (" + c.Status + ")"
	}
	if c.Population != "" {
		category = c.Population + " " + category
	}
	source := c.Source
	if c.Dataset != "" {
		if source == "" {
			source = c.Dataset
		} else {
			source += " [" + c.Dataset + "]"
		}
	}
	likelihood := c.Likelihood
	if c.Probability != nil {
		p := fmt.Sprintf("%s–%s%%", pct(c.Probability[0]), pct(c.Probability[1]))
		if likelihood == "" {
			likelihood = p
		} else {
			likelihood += " (" + p + ")"
		}
	}
	var flags []string
	if c.Derived {
		flags = append(flags, "derived")
	}
	if c.Supersedes != "" {
		s := c.Supersedes
		if len(s) > 8 {
			s = s[:8]
		}
		flags = append(flags, "corrects "+s)
	}
	flags = append(flags, c.Flags...)
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
		cell(id), cell(c.Actor), cell(category), cell(Figure(c)), cell(Period(c)),
		cell(source), cell(likelihood), cell(strings.Join(flags, ",")))
}

// cell keeps a value on one table line and shows absence as a dash.
func cell(s string) string {
	if s == "" {
		return "-"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func pct(p float64) string {
	return strconv.FormatFloat(math.Round(p*1000)/10, 'f', -1, 64)
}

// Figure renders a claim's figure the way a report would print it:
// "1,000,000", "~1,000,000", "400,000–500,000", "≥ 95,000", "< 5,000",
// with "/day" for a rate.
func Figure(c *attrition.Claim) string {
	var s string
	n := func(p *float64) string {
		if p == nil {
			return "?"
		}
		return Thousands(*p)
	}
	switch c.Bound {
	case attrition.BoundPoint:
		s = n(c.Best)
	case attrition.BoundRange:
		s = n(c.Low) + "–" + n(c.High)
		if c.Best != nil {
			s += " (best " + n(c.Best) + ")"
		}
	case attrition.BoundAtLeast:
		s = "≥ " + n(c.Low)
	case attrition.BoundMoreThan:
		s = "> " + n(c.Low)
	case attrition.BoundAtMost:
		s = "≤ " + n(c.High)
	case attrition.BoundFewerThan:
		s = "< " + n(c.High)
	default:
		if v, ok := c.Value(); ok {
			s = Thousands(v)
		}
	}
	if c.Approx && s != "" {
		s = "~" + s
	}
	if c.Per != "" {
		s += "/" + c.Per
	}
	return s
}

// Thousands formats v with comma thousands separators, keeping any
// fraction: 1234567.5 → "1,234,567.5".
func Thousands(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// Period renders the days a claim covers: "2022-02-24 → 2025-06-12",
// "→ 2025-06-12" for an open start, or the publication date in brackets
// when the claim names no period.
func Period(c *attrition.Claim) string {
	switch {
	case !c.PeriodStart.IsZero() && !c.PeriodEnd.IsZero():
		if c.PeriodStart == c.PeriodEnd {
			return c.PeriodEnd.String()
		}
		return c.PeriodStart.String() + " → " + c.PeriodEnd.String()
	case !c.PeriodEnd.IsZero():
		return "→ " + c.PeriodEnd.String()
	case !c.PeriodStart.IsZero():
		return c.PeriodStart.String() + " →"
	case !c.Document.Published.IsZero():
		return "(" + c.Document.Published.String() + ")"
	}
	return ""
}

// WriteJSON writes one JSON array of claims, one claim per line.
func WriteJSON(w io.Writer, claims []attrition.Claim) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("[")
	for i := range claims {
		b, err := json.Marshal(claims[i])
		if err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n")
		bw.Write(b)
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}
