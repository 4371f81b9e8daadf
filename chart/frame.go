package chart

import (
	"math"

	"github.com/attrition-project/attrition"
)

// legendItem is one entry of a chart's key.
type legendItem struct {
	label  string
	colour string
	kind   string // "line", "dash", "band", "mark"
	shape  int    // marker shape for "mark"
	alpha  float64
}

// frame is the plot area of a time chart and its scales.
type frame struct {
	o              Options
	left, right    float64 // plot area, pixels
	top, bottom    float64
	dlo, dhi       attrition.Date
	ylo, yhi       float64
	yticks         []float64
	ystep          float64
	legend         []legendItem
	legendRows     [][]legendItem
	legendRowWidth []float64
}

// newFrame lays out a time chart over [dlo, dhi] × [ylo, yhi] with the
// given key.
func newFrame(o Options, dlo, dhi attrition.Date, ylo, yhi float64, legend []legendItem) *frame {
	fr := &frame{o: o, legend: legend}
	dlo, dhi = clampDate(dlo), clampDate(dhi)
	if dhi <= dlo {
		dhi = dlo + 1
	}
	fr.dlo, fr.dhi = dlo, dhi
	nt := int(float64(o.Height-100) / 40)
	fr.yticks, fr.ylo, fr.yhi = NiceTicks(ylo, yhi, clampInt(nt, 3, 10))
	if len(fr.yticks) > 1 {
		fr.ystep = fr.yticks[1] - fr.yticks[0]
	}
	wide := 0.0
	for _, t := range fr.yticks {
		wide = math.Max(wide, textWidth(tickLabel(t, fr.ystep)))
	}
	fr.left = math.Min(12+wide+8, float64(o.Width)/3)
	if o.YLabel != "" {
		fr.left += 16
	}
	fr.right = float64(o.Width) - 20
	fr.top = 34
	// The key wraps into rows under the axis labels.
	rowW, maxW := 0.0, fr.right-fr.left
	var row []legendItem
	for _, it := range legend {
		w := 28 + textWidth(it.label) + 18
		if len(row) > 0 && rowW+w > maxW {
			fr.legendRows = append(fr.legendRows, row)
			fr.legendRowWidth = append(fr.legendRowWidth, rowW)
			row, rowW = nil, 0
		}
		row = append(row, it)
		rowW += w
	}
	if len(row) > 0 {
		fr.legendRows = append(fr.legendRows, row)
		fr.legendRowWidth = append(fr.legendRowWidth, rowW)
	}
	fr.bottom = float64(o.Height) - 30 - 20*float64(len(fr.legendRows))
	if fr.bottom < fr.top+40 {
		// Too many sources for the height: keep a plot, drop key rows.
		keep := int((float64(o.Height) - 30 - fr.top - 40) / 20)
		if keep < 0 {
			keep = 0
		}
		fr.legendRows = fr.legendRows[:keep]
		fr.bottom = float64(o.Height) - 30 - 20*float64(len(fr.legendRows))
	}
	return fr
}

func (fr *frame) x(d attrition.Date) float64 {
	return fr.left + (fr.right-fr.left)*float64(d-fr.dlo)/float64(fr.dhi-fr.dlo)
}

func (fr *frame) y(v float64) float64 {
	if fr.yhi == fr.ylo {
		return fr.bottom
	}
	y := fr.bottom - (fr.bottom-fr.top)*(v-fr.ylo)/(fr.yhi-fr.ylo)
	// Keep wild values drawable: they are clipped, not lost in overflow.
	return math.Max(fr.top-1000, math.Min(fr.bottom+1000, y))
}

// grid draws the horizontal grid lines and the value axis labels.
func (fr *frame) grid(s *svg) {
	s.printf(`<g class="grid" stroke="#dddddd" stroke-width="1">` + "\n")
	for _, t := range fr.yticks {
		y := fr.y(t)
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f(fr.left), f(y), f(fr.right), f(y))
	}
	s.printf("</g>\n")
	s.printf(`<g class="y-axis" fill="#333" text-anchor="end">` + "\n")
	for _, t := range fr.yticks {
		s.printf(`<text x="%s" y="%s">%s</text>`+"\n", f(fr.left-6), f(fr.y(t)+4), Escape(tickLabel(t, fr.ystep)))
	}
	s.printf("</g>\n")
	if fr.o.YLabel != "" {
		cy := (fr.top + fr.bottom) / 2
		s.printf(`<text x="14" y="%s" transform="rotate(-90 14 %s)" text-anchor="middle" fill="#333">%s</text>`+"\n",
			f(cy), f(cy), Escape(truncate(fr.o.YLabel, fr.bottom-fr.top, fontSize)))
	}
}

// axes draws the date axis, with its ticks and labels.
func (fr *frame) axes(s *svg) {
	s.printf(`<g class="x-axis" stroke="#333" stroke-width="1">`+"\n"+`<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n",
		f(fr.left), f(fr.bottom), f(fr.right), f(fr.bottom))
	maxTicks := int((fr.right - fr.left) / 80)
	ticks := DateTicks(fr.dlo, fr.dhi, clampInt(maxTicks, 2, 14))
	for _, t := range ticks {
		x := fr.x(t.Date)
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", f(x), f(fr.bottom), f(x), f(fr.bottom+5))
	}
	s.printf("</g>\n")
	s.printf(`<g class="x-labels" fill="#333" text-anchor="middle">` + "\n")
	for _, t := range ticks {
		s.printf(`<text x="%s" y="%s">%s</text>`+"\n", f(fr.x(t.Date)), f(fr.bottom+18), Escape(t.Label))
	}
	s.printf("</g>\n")
}

// key draws the legend rows under the axis.
func (fr *frame) key(s *svg) {
	if len(fr.legendRows) == 0 {
		return
	}
	s.printf(`<g class="legend" fill="#222">` + "\n")
	for r, row := range fr.legendRows {
		y := fr.bottom + 36 + 20*float64(r)
		x := fr.left
		for _, it := range row {
			switch it.kind {
			case "line", "dash":
				dash := ""
				if it.kind == "dash" {
					dash = ` stroke-dasharray="6 4"`
				}
				s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2.5"%s/>`+"\n", f(x), f(y-4), f(x+22), f(y-4), it.colour, dash)
			case "band":
				s.printf(`<rect x="%s" y="%s" width="22" height="10" fill="%s" fill-opacity="%.2f"/>`+"\n", f(x), f(y-9), it.colour, it.alpha)
			case "mark":
				marker(s, it.shape, x+11, y-4, it.colour)
			}
			s.printf(`<text x="%s" y="%s">%s</text>`+"\n", f(x+28), f(y), Escape(it.label))
			x += 28 + textWidth(it.label) + 18
		}
	}
	s.printf("</g>\n")
}

// marker draws shape i at (x, y): circle, square, triangle, diamond,
// inverted triangle, plus, cross; the shapes repeat with the colours.
func marker(s *svg, shape int, x, y float64, colour string) {
	const r = 4.5
	stroke := `stroke="#ffffff" stroke-width="0.8"`
	switch shape % 7 {
	case 0:
		s.printf(`<circle cx="%s" cy="%s" r="%s" fill="%s" %s/>`, f(x), f(y), f(r), colour, stroke)
	case 1:
		s.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="%s" %s/>`, f(x-r*0.9), f(y-r*0.9), f(1.8*r), f(1.8*r), colour, stroke)
	case 2:
		s.printf(`<path d="M%s,%s L%s,%s L%s,%s Z" fill="%s" %s/>`, f(x), f(y-r*1.2), f(x+r*1.1), f(y+r*0.8), f(x-r*1.1), f(y+r*0.8), colour, stroke)
	case 3:
		s.printf(`<path d="M%s,%s L%s,%s L%s,%s L%s,%s Z" fill="%s" %s/>`, f(x), f(y-r*1.25), f(x+r*1.25), f(y), f(x), f(y+r*1.25), f(x-r*1.25), f(y), colour, stroke)
	case 4:
		s.printf(`<path d="M%s,%s L%s,%s L%s,%s Z" fill="%s" %s/>`, f(x), f(y+r*1.2), f(x+r*1.1), f(y-r*0.8), f(x-r*1.1), f(y-r*0.8), colour, stroke)
	case 5:
		s.printf(`<path d="M%s,%s H%s M%s,%s V%s" stroke="%s" stroke-width="2.5" fill="none"/>`, f(x-r), f(y), f(x+r), f(x), f(y-r), f(y+r), colour)
	case 6:
		s.printf(`<path d="M%s,%s L%s,%s M%s,%s L%s,%s" stroke="%s" stroke-width="2.5" fill="none"/>`, f(x-r), f(y-r), f(x+r), f(y+r), f(x+r), f(y-r), f(x-r), f(y+r), colour)
	}
}

// clip opens a group clipped to the plot area, so that points beyond the
// axes do not spill over the labels.
func (fr *frame) clip(s *svg) {
	s.printf(`<clipPath id="%s-plot"><rect x="%s" y="%s" width="%s" height="%s"/></clipPath>`+"\n",
		fr.o.ID, f(fr.left), f(fr.top-6), f(fr.right-fr.left+6), f(fr.bottom-fr.top+6))
	s.printf(`<g clip-path="url(#%s-plot)">`+"\n", fr.o.ID)
}

// vline marks a date with a labelled dashed line ("as of").
func (fr *frame) vline(s *svg, d attrition.Date, label string) {
	if d < fr.dlo || d > fr.dhi {
		return
	}
	x := fr.x(d)
	anchor, dx := "end", -4.0
	if x-fr.left < textWidth(label)+8 {
		anchor, dx = "start", 4
	}
	s.printf(`<g class="marker-line"><line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#555" stroke-dasharray="3 3"/>`+
		`<text x="%s" y="%s" text-anchor="%s" fill="#555">%s</text></g>`+"\n",
		f(x), f(fr.top), f(x), f(fr.bottom), f(x+dx), f(fr.top+12), anchor, Escape(label))
}
