// Package chart draws attrition's charts as self-contained SVG, in pure
// Go with no script and nothing fetched, so that a report file, a printed
// page and the dashboard show the same picture: the fan chart of a
// running total with its 50% and 90% bands and the claims behind it, the
// daily rate with its band, and the sources' biases as intervals.
//
// Colours come from the Okabe–Ito palette, which stays distinguishable
// under the common forms of colour blindness; sources also differ by
// marker shape, so the charts survive greyscale printing. Every chart
// carries an accessible <title> and <desc>, and every piece of text from
// data is escaped.
package chart

import (
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Okabe–Ito colours. Blue draws the estimate; the others mark sources.
const (
	Black         = "#000000"
	Orange        = "#E69F00"
	SkyBlue       = "#56B4E9"
	BluishGreen   = "#009E73"
	Yellow        = "#F0E442"
	Blue          = "#0072B2"
	Vermillion    = "#D55E00"
	ReddishPurple = "#CC79A7"
)

// sourceColours are in the order sources get them; yellow, weak on
// white, comes last.
var sourceColours = []string{Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Black, Yellow}

// Options set what every chart shares.
type Options struct {
	Title string
	// Desc is the text alternative read by screen readers: say what the
	// chart shows in a sentence. Empty gives a generated one.
	Desc string
	// ID prefixes the element ids, which must be unique in a page holding
	// several charts. Empty derives one from the title.
	ID            string
	Width, Height int    // pixels; 0 gives 720 × 360
	YLabel        string // the quantity on the vertical axis
}

func (o *Options) defaults() {
	if o.Width <= 0 {
		o.Width = 720
	}
	if o.Height <= 0 {
		o.Height = 360
	}
	// Tiny or absurd sizes would leave no room for the plot or make a
	// document of gigabytes.
	o.Width = clampInt(o.Width, 240, 4000)
	o.Height = clampInt(o.Height, 160, 4000)
	if o.ID == "" {
		h := fnv.New32a()
		h.Write([]byte(o.Title + "\x00" + o.Desc))
		o.ID = fmt.Sprintf("chart-%08x", h.Sum32())
	}
	o.ID = sanitizeID(o.ID)
}

func clampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func sanitizeID(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 || !(b.String()[0] >= 'a' && b.String()[0] <= 'z' || b.String()[0] >= 'A' && b.String()[0] <= 'Z') {
		return "c" + b.String()
	}
	return b.String()
}

const (
	fontSize  = 12
	charWidth = 7.0 // a generous average advance of a 12px sans-serif glyph
	font      = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"`
)

func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) * charWidth }

// Escape makes s safe as XML character data or as a quoted attribute
// value: markup characters become entities, and characters XML forbids
// (most control characters, invalid UTF-8) are dropped or replaced.
func Escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&#34;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20, r >= 0x7F && r < 0xA0, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			// Not allowed (or not wise) in XML 1.0 text.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// svg accumulates one document.
type svg struct {
	b strings.Builder
}

func (s *svg) printf(format string, args ...any) { fmt.Fprintf(&s.b, format, args...) }

func (s *svg) open(o *Options, desc string) {
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-title %s-desc" %s font-size="%d">`+"\n",
		o.Width, o.Height, o.Width, o.Height, o.ID, o.ID, font, fontSize)
	s.printf(`<title id="%s-title">%s</title>`+"\n", o.ID, Escape(o.Title))
	s.printf(`<desc id="%s-desc">%s</desc>`+"\n", o.ID, Escape(desc))
	s.printf(`<rect class="background" x="0" y="0" width="%d" height="%d" fill="#ffffff"/>`+"\n", o.Width, o.Height)
	if o.Title != "" {
		s.printf(`<text x="%d" y="20" font-size="15" font-weight="bold" fill="#222">%s</text>`+"\n", 12, Escape(truncate(o.Title, float64(o.Width-24), 15)))
	}
}

func (s *svg) close() []byte {
	s.b.WriteString("</svg>\n")
	return []byte(s.b.String())
}

// truncate shortens s with an ellipsis to fit width at the given size.
func truncate(s string, width float64, size float64) string {
	max := int(width / (charWidth * size / fontSize))
	if max < 1 {
		max = 1
	}
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max-1]) + "…"
}

// f formats a coordinate.
func f(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// empty writes a chart that says it has nothing to show, so a page keeps
// its layout and a reader learns why.
func empty(o Options, why string) []byte {
	var s svg
	s.open(&o, o.Desc+" "+why)
	s.printf(`<rect x="12" y="32" width="%d" height="%d" fill="none" stroke="#bbb" stroke-dasharray="4 4"/>`+"\n", o.Width-24, o.Height-44)
	s.printf(`<text x="%d" y="%d" text-anchor="middle" fill="#555">%s</text>`+"\n", o.Width/2, o.Height/2, Escape(why))
	return s.close()
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
