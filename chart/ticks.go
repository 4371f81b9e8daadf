package chart

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

// NiceTicks returns round tick values (1, 2 or 5 × 10^k apart) covering
// [lo, hi] with at most about max ticks, and the covered range, which
// starts and ends on a tick.
func NiceTicks(lo, hi float64, max int) (ticks []float64, tlo, thi float64) {
	if !finite(lo, hi) {
		lo, hi = 0, 1
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi == lo {
		// A single value: a range around it that shows it as a level.
		d := math.Abs(lo) * 0.1
		if d == 0 {
			d = 1
		}
		lo, hi = lo-d, hi+d
		if lo < 0 && hi-d >= 0 {
			lo = 0
		}
	}
	if max < 2 {
		max = 2
	}
	step := niceStep((hi - lo) / float64(max-1))
	tlo = math.Floor(lo/step) * step
	thi = math.Ceil(hi/step) * step
	// Floating error must not add or drop a tick; the count is bounded
	// because step was derived from the span.
	n := int(math.Round((thi-tlo)/step)) + 1
	if n > 1000 || n < 1 {
		return []float64{lo, hi}, lo, hi
	}
	for i := 0; i < n; i++ {
		v := tlo + float64(i)*step
		// Snap to the step's own precision: 0.6000000000000001 → 0.6.
		if step < 1 {
			dec := int(math.Ceil(-math.Log10(step) - 1e-9))
			v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'f', dec, 64), 64)
		} else {
			v = math.Round(v)
		}
		if v == 0 {
			v = 0 // no "-0"
		}
		ticks = append(ticks, v)
	}
	return ticks, tlo, thi
}

// niceStep rounds raw up to 1, 2 or 5 × 10^k.
func niceStep(raw float64) float64 {
	if !(raw > 0) || math.IsInf(raw, 0) {
		return 1
	}
	exp := math.Floor(math.Log10(raw))
	base := math.Pow(10, exp)
	switch m := raw / base; {
	case m <= 1:
		return base
	case m <= 2:
		return 2 * base
	case m <= 5:
		return 5 * base
	}
	return 10 * base
}

// Thousands formats v with comma thousands separators and at most the
// given number of decimals, trailing zeros dropped: 1234567.5 → "1,234,567.5".
func Thousands(v float64, decimals int) string {
	if math.IsNaN(v) {
		return "–"
	}
	if math.IsInf(v, 0) {
		if v > 0 {
			return "∞"
		}
		return "−∞"
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if v < 0 && (intPart != "0" || frac != "") {
		b.WriteString("−")
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteString(frac)
	return b.String()
}

// tickLabel formats a tick of a given step with just enough decimals.
func tickLabel(v, step float64) string {
	dec := 0
	if step > 0 && step < 1 {
		dec = int(math.Ceil(-math.Log10(step) - 1e-9))
	}
	return Thousands(v, dec)
}

// DateTick is one labelled date on a time axis.
type DateTick struct {
	Date  attrition.Date
	Label string
}

// DateTicks returns calendar-aligned ticks between lo and hi (inclusive):
// days, weeks, months, quarters, half-years or years, whichever gives no
// more than max of them.
func DateTicks(lo, hi attrition.Date, max int) []DateTick {
	if hi < lo {
		lo, hi = hi, lo
	}
	if max < 2 {
		max = 2
	}
	lo, hi = clampDate(lo), clampDate(hi)
	span := hi.Sub(lo)
	type unit struct {
		days, months int
	}
	units := []unit{{1, 0}, {2, 0}, {7, 0}, {14, 0}, {0, 1}, {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}, {0, 120}, {0, 300}}
	for _, u := range units {
		var n int
		if u.days > 0 {
			n = span/u.days + 1
		} else {
			n = span/(u.months*30) + 1
		}
		if n > max {
			continue
		}
		var out []DateTick
		if u.days > 0 {
			start := lo
			if u.days == 7 || u.days == 14 {
				// Weeks start on Monday.
				for start.Weekday() != time.Monday {
					start++
				}
			}
			for d := start; d <= hi; d = d.AddDays(u.days) {
				layout := "2 Jan"
				if len(out) == 0 || (d.Month() == time.January && d.Day() <= u.days) {
					layout = "2 Jan 2006"
				}
				out = append(out, DateTick{d, d.Time().Format(layout)})
			}
		} else {
			y, m := lo.Year(), int(lo.Month())
			// First tick on or after lo, aligned to the unit.
			idx := y*12 + m - 1
			if lo.Day() != 1 {
				idx++
			}
			if r := idx % u.months; r != 0 {
				idx += u.months - r
			}
			for ; ; idx += u.months {
				d := attrition.NewDate(idx/12, time.Month(idx%12+1), 1)
				if d > hi {
					break
				}
				var label string
				switch {
				case u.months >= 12:
					label = strconv.Itoa(d.Year())
				case d.Month() == time.January || len(out) == 0:
					label = d.Time().Format("Jan 2006")
				default:
					label = d.Time().Format("Jan")
				}
				out = append(out, DateTick{d, label})
			}
		}
		if len(out) > 0 {
			return out
		}
		break
	}
	return []DateTick{{lo, lo.Time().Format("2 Jan 2006")}, {hi, hi.Time().Format("2 Jan 2006")}}
}

// The calendar a chart can draw: dates beyond it are data errors, and
// clamping keeps date arithmetic from overflowing.
var (
	minDate = attrition.NewDate(1, time.January, 1)
	maxDate = attrition.NewDate(9999, time.December, 31)
)

func clampDate(d attrition.Date) attrition.Date {
	if d < minDate {
		return minDate
	}
	if d > maxDate {
		return maxDate
	}
	return d
}
