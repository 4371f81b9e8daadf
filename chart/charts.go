package chart

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/attrition-project/attrition"
)

// Mark is one claim drawn over an estimate.
type Mark struct {
	Date  attrition.Date
	Value float64
	// Lo and Hi draw the range the source gave, when Lo < Hi.
	Lo, Hi float64
	Source string
	// Label is the mark's tooltip; empty gives "source, date: value".
	Label string
}

// TimeOptions are the options of the charts over time.
type TimeOptions struct {
	Options
	// AsOf draws a labelled line at the date the text speaks of.
	AsOf attrition.Date
	// Projected is the last date backed by a claim: the series after it is
	// projection and is drawn dashed.
	Projected attrition.Date
}

// FanChart draws a running total: its median, its central 50% and 90%
// bands, and the claims as marks, one colour and shape per source.
func FanChart(series []attrition.EstimatePoint, marks []Mark, o TimeOptions) []byte {
	return timeChart(series, marks, o, false)
}

// RateChart draws the daily rate with its 90% band; marks, if any, are
// rate claims (per day).
func RateChart(series []attrition.EstimatePoint, marks []Mark, o TimeOptions) []byte {
	return timeChart(series, marks, o, true)
}

type point struct {
	d                    attrition.Date
	mid, lo50, hi50, lo9 float64
	hi9                  float64
}

// maxKeySources bounds the sources a chart names in its key: beyond it,
// colour and shape pairs stop being told apart at a glance, so the
// sources with the fewest marks are drawn alike, in grey, as "other
// sources" (each mark's tooltip still names its source).
const maxKeySources = 8

// otherColour draws the sources beyond the key.
const otherColour = "#8C8C8C"

func timeChart(series []attrition.EstimatePoint, marks []Mark, o TimeOptions, rate bool) []byte {
	autoHeight := o.Height <= 0
	o.defaults()
	var pts []point
	for _, p := range series {
		pt := point{p.Date, p.Median, p.Lo50, p.Hi50, p.Lo90, p.Hi90}
		if rate {
			pt = point{p.Date, p.RateMedian, math.NaN(), math.NaN(), p.RateLo90, p.RateHi90}
		}
		if p.Date < minDate || p.Date > maxDate || !finite(pt.mid, pt.lo9, pt.hi9) {
			continue
		}
		// A band must contain its median, whatever the input says.
		pt.lo9, pt.hi9 = math.Min(pt.lo9, pt.mid), math.Max(pt.hi9, pt.mid)
		pts = append(pts, pt)
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].d < pts[j].d })
	var ms []Mark
	for _, m := range marks {
		if m.Date >= minDate && m.Date <= maxDate && finite(m.Value) {
			ms = append(ms, m)
		}
	}
	what := "running total"
	if rate {
		what = "daily rate"
	}
	if len(pts) == 0 && len(ms) == 0 {
		return empty(o.Options, "No estimate to draw.")
	}

	// Domain: every point, band and mark.
	dlo, dhi := attrition.Date(math.MaxInt32), attrition.Date(math.MinInt32)
	ylo, yhi := math.Inf(1), math.Inf(-1)
	see := func(d attrition.Date, vs ...float64) {
		if d < dlo {
			dlo = d
		}
		if d > dhi {
			dhi = d
		}
		for _, v := range vs {
			if finite(v) {
				ylo, yhi = math.Min(ylo, v), math.Max(yhi, v)
			}
		}
	}
	for _, p := range pts {
		see(p.d, p.mid, p.lo9, p.hi9)
	}
	for _, m := range ms {
		see(m.Date, m.Value)
		if m.Lo < m.Hi {
			see(m.Date, m.Lo, m.Hi)
		}
	}
	if o.AsOf >= minDate && o.AsOf <= maxDate && len(pts) > 0 && o.AsOf >= dlo && o.AsOf <= dhi {
		see(o.AsOf)
	}
	// Totals and rates are read from zero unless the data sit far from
	// it, where a zero baseline would flatten every change.
	if ylo >= 0 && ylo < 0.6*yhi {
		ylo = 0
	}

	// The key: the estimate, then each source in order of first mark.
	var legend []legendItem
	if len(pts) > 0 {
		legend = append(legend, legendItem{label: "Median", colour: Blue, kind: "line"})
		if !rate {
			legend = append(legend, legendItem{label: "50% band", colour: Blue, kind: "band", alpha: 0.40})
		}
		legend = append(legend, legendItem{label: "90% band", colour: Blue, kind: "band", alpha: 0.18})
		if o.Projected != 0 && len(pts) > 0 && pts[len(pts)-1].d > o.Projected {
			legend = append(legend, legendItem{label: "Projection", colour: Blue, kind: "dash"})
		}
	}
	// Sources in order of their first mark; when there are too many, the
	// ones with the most marks keep a colour and a shape of their own.
	var sources []string
	count := map[string]int{}
	for _, m := range ms {
		if count[m.Source] == 0 {
			sources = append(sources, m.Source)
		}
		count[m.Source]++
	}
	named := map[string]bool{}
	if len(sources) <= maxKeySources {
		for _, src := range sources {
			named[src] = true
		}
	} else {
		byCount := append([]string(nil), sources...)
		sort.SliceStable(byCount, func(i, j int) bool { return count[byCount[i]] > count[byCount[j]] })
		for _, src := range byCount[:maxKeySources-1] {
			named[src] = true
		}
	}
	type style struct {
		colour string
		shape  int
	}
	styles := map[string]style{}
	others := 0
	for _, src := range sources {
		if !named[src] {
			styles[src] = style{otherColour, 0}
			others++
			continue
		}
		i := len(styles) - others
		styles[src] = style{sourceColour(i), i}
		label := src
		if label == "" {
			label = "unattributed"
		}
		legend = append(legend, legendItem{label: truncate(label, 300, fontSize), colour: sourceColour(i), kind: "mark", shape: i})
	}
	if others > 0 {
		legend = append(legend, legendItem{label: fmt.Sprintf("%d other sources", others), colour: otherColour, kind: "mark", shape: 0})
	}

	desc := o.Desc
	if desc == "" {
		desc = describe(what, pts, ms, sources)
	}
	fr := newFrame(o.Options, dlo, dhi, ylo, yhi, legend)
	if autoHeight && len(fr.legendRows) > 2 {
		// A long key gets room of its own rather than the plot's.
		o.Height += 20 * (len(fr.legendRows) - 2)
		fr = newFrame(o.Options, dlo, dhi, ylo, yhi, legend)
	}
	var s svg
	s.open(&fr.o, desc)
	fr.grid(&s)
	fr.clip(&s)
	if len(pts) > 0 {
		band := func(lo, hi func(point) float64, alpha float64, class string) {
			var b strings.Builder
			for i, p := range pts {
				cmd := "L"
				if i == 0 {
					cmd = "M"
				}
				fmt.Fprintf(&b, "%s%s,%s ", cmd, f(fr.x(p.d)), f(fr.y(hi(p))))
			}
			for i := len(pts) - 1; i >= 0; i-- {
				fmt.Fprintf(&b, "L%s,%s ", f(fr.x(pts[i].d)), f(fr.y(lo(pts[i]))))
			}
			b.WriteString("Z")
			s.printf(`<path class="%s" d="%s" fill="%s" fill-opacity="%.2f" stroke="none"/>`+"\n", class, b.String(), Blue, alpha)
		}
		band(func(p point) float64 { return p.lo9 }, func(p point) float64 { return p.hi9 }, 0.18, "band90")
		if !rate {
			has50 := true
			for _, p := range pts {
				if !finite(p.lo50, p.hi50) {
					has50 = false
				}
			}
			if has50 {
				band(func(p point) float64 { return math.Min(p.lo50, p.mid) }, func(p point) float64 { return math.Max(p.hi50, p.mid) }, 0.40, "band50")
			}
		}
		// The median, solid where claims back it and dashed beyond.
		line := func(from, to int, dash string) {
			if to-from < 1 && len(pts) > 1 {
				return
			}
			var b strings.Builder
			for i := from; i <= to; i++ {
				cmd := "L"
				if i == from {
					cmd = "M"
				}
				fmt.Fprintf(&b, "%s%s,%s ", cmd, f(fr.x(pts[i].d)), f(fr.y(pts[i].mid)))
			}
			if from == to {
				// One point: a short level stroke so it shows.
				x, y := fr.x(pts[from].d), fr.y(pts[from].mid)
				b.Reset()
				fmt.Fprintf(&b, "M%s,%s L%s,%s", f(x-6), f(y), f(x+6), f(y))
			}
			s.printf(`<path class="median" d="%s" fill="none" stroke="%s" stroke-width="2.5"%s/>`+"\n", strings.TrimSpace(b.String()), Blue, dash)
		}
		split := len(pts) - 1
		if o.Projected != 0 {
			for split > 0 && pts[split].d > o.Projected {
				split--
			}
		}
		line(0, split, "")
		if split < len(pts)-1 {
			line(split, len(pts)-1, ` stroke-dasharray="6 4"`)
		}
	}
	if len(ms) > 0 {
		s.printf(`<g class="claims">` + "\n")
		for _, m := range ms {
			st := styles[m.Source]
			col := st.colour
			label := m.Label
			if label == "" {
				label = fmt.Sprintf("%s, %s: %s", m.Source, m.Date, Thousands(m.Value, 2))
			}
			x, y := fr.x(m.Date), fr.y(m.Value)
			s.printf(`<g><title>%s</title>`, Escape(label))
			if m.Lo < m.Hi && finite(m.Lo, m.Hi) {
				s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`, f(x), f(fr.y(m.Lo)), f(x), f(fr.y(m.Hi)), col)
			}
			marker(&s, st.shape, x, y, col)
			s.printf("</g>\n")
		}
		s.printf("</g>\n")
	}
	s.printf("</g>\n") // clip
	if o.AsOf != 0 {
		fr.vline(&s, o.AsOf, "as of "+o.AsOf.String())
	}
	fr.axes(&s)
	fr.key(&s)
	return s.close()
}

func describe(what string, pts []point, ms []Mark, sources []string) string {
	var b strings.Builder
	if len(pts) > 0 {
		last := pts[len(pts)-1]
		fmt.Fprintf(&b, "Estimated %s from %s to %s; on %s the median is %s, with a 90%% band from %s to %s.",
			what, pts[0].d, last.d, last.d, Thousands(last.mid, 0), Thousands(last.lo9, 0), Thousands(last.hi9, 0))
	} else {
		fmt.Fprintf(&b, "Claims of the %s, with no estimate.", what)
	}
	if len(ms) > 0 {
		fmt.Fprintf(&b, " %d claims from %d sources are marked.", len(ms), len(sources))
	}
	return b.String()
}

// BiasChart draws each source's estimated bias against the consensus as
// a percentage with its 90% interval: a row per source, a line at 0%.
func BiasChart(biases []attrition.SourceBias, o Options) []byte {
	var bs []attrition.SourceBias
	for _, b := range biases {
		if finite(b.Factor) && b.Factor > 0 {
			bs = append(bs, b)
		}
	}
	if o.Height <= 0 {
		o.Height = 70 + 28*len(bs) + 40
	}
	o.defaults()
	if len(bs) == 0 {
		return empty(o, "No source biases to draw.")
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].Factor > bs[j].Factor })
	pct := func(v float64) float64 { return (v - 1) * 100 }
	lo, hi := 0.0, 0.0
	for _, b := range bs {
		for _, v := range []float64{b.Factor, b.Lo90, b.Hi90} {
			if finite(v) && v > 0 {
				lo, hi = math.Min(lo, pct(v)), math.Max(hi, pct(v))
			}
		}
	}
	ticks, tlo, thi := NiceTicks(lo, hi, 7)
	step := 1.0
	if len(ticks) > 1 {
		step = ticks[1] - ticks[0]
	}
	labels := make([]string, len(bs))
	labelW := 0.0
	for i, b := range bs {
		labels[i] = b.Source
		if labels[i] == "" {
			labels[i] = "unattributed"
		}
		labels[i] = truncate(labels[i], float64(o.Width)*0.36, fontSize)
		if b.RelayOf != "" {
			// The relayed source is named in the row's tooltip.
			labels[i] = truncate(labels[i], float64(o.Width)*0.36-textWidth(" (relay)"), fontSize) + " (relay)"
		}
		labelW = math.Max(labelW, textWidth(labels[i]))
	}
	left := 12 + labelW + 12
	right := float64(o.Width) - 64
	top, rowH := 40.0, 28.0
	bottom := top + rowH*float64(len(bs))
	x := func(v float64) float64 {
		if thi == tlo {
			return left
		}
		return left + (right-left)*(v-tlo)/(thi-tlo)
	}
	desc := o.Desc
	if desc == "" {
		desc = fmt.Sprintf("How far each of %d sources runs above or below the consensus, in per cent, with 90%% intervals; %s runs highest (%s), %s lowest (%s).",
			len(bs), bs[0].Source, signedPct(bs[0].Factor), bs[len(bs)-1].Source, signedPct(bs[len(bs)-1].Factor))
	}
	var s svg
	s.open(&o, desc)
	s.printf(`<g class="grid" stroke="#dddddd">` + "\n")
	for _, t := range ticks {
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f(x(t)), f(top-6), f(x(t)), f(bottom))
	}
	s.printf("</g>\n")
	s.printf(`<line class="consensus" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333" stroke-width="1.5"/>`+"\n", f(x(0)), f(top-6), f(x(0)), f(bottom))
	s.printf(`<g class="x-labels" fill="#333" text-anchor="middle">` + "\n")
	for _, t := range ticks {
		label := tickLabel(t, step) + "%"
		if t > 0 {
			label = "+" + label
		}
		s.printf(`<text x="%s" y="%s">%s</text>`+"\n", f(x(t)), f(bottom+18), Escape(label))
	}
	s.printf("</g>\n")
	s.printf(`<text x="%s" y="%s" text-anchor="middle" fill="#333">%s</text>`+"\n", f((left+right)/2), f(bottom+36), "above or below the consensus (0% = consensus)")
	for i, b := range bs {
		y := top + rowH*float64(i) + rowH/2
		col := Blue
		tip := fmt.Sprintf("%s: %s (90%% interval %s to %s), %d claims", b.Source, signedPct(b.Factor), signedPct(b.Lo90), signedPct(b.Hi90), b.Claims)
		if b.RelayOf != "" {
			tip += "; relays " + b.RelayOf + ", counted with it"
		}
		s.printf(`<g class="source"><title>%s</title>`, Escape(tip))
		s.printf(`<text x="%s" y="%s" text-anchor="end" fill="#222">%s</text>`, f(left-10), f(y+4), Escape(labels[i]))
		if finite(b.Lo90, b.Hi90) && b.Lo90 > 0 && b.Hi90 > 0 {
			s.printf(`<rect x="%s" y="%s" width="%s" height="8" rx="4" fill="%s" fill-opacity="0.3"/>`, f(x(pct(math.Min(b.Lo90, b.Factor)))), f(y-4), f(math.Max(1, x(pct(math.Max(b.Hi90, b.Factor)))-x(pct(math.Min(b.Lo90, b.Factor))))), col)
		}
		s.printf(`<circle cx="%s" cy="%s" r="5" fill="%s"/>`, f(x(pct(b.Factor))), f(y), col)
		s.printf(`<text x="%s" y="%s" fill="#222">%s</text></g>`+"\n", f(right+8), f(y+4), Escape(signedPct(b.Factor)))
	}
	return s.close()
}

// sourceColour gives source i its colour; with the shape (i mod 7) it
// makes a pair no other of the first 49 sources shares.
func sourceColour(i int) string {
	n := len(sourceColours)
	return sourceColours[(i+i/n)%n]
}

// signedPct writes a bias factor as a signed percentage: 1.08 → "+8%".
func signedPct(factor float64) string {
	if !finite(factor) {
		return "–"
	}
	p := (factor - 1) * 100
	dec := 0
	if math.Abs(p) < 10 && math.Round(p) != p {
		dec = 1
	}
	s := Thousands(p, dec)
	if s == "0" || s == "−0" {
		return "±0%"
	}
	if p > 0 {
		s = "+" + s
	}
	return s + "%"
}
