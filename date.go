package attrition

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar day, counted so that day 1 is 0001-01-01. The zero
// Date means "no date" (JSON null), which no real report can carry, so a
// nullable date needs no pointer and date arithmetic is integer
// arithmetic.
type Date int32

// unixEpochDay is the Date of 1970-01-01.
const unixEpochDay = 719163

// DateOf returns the Date of t's calendar day in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// NewDate returns the Date of a calendar day; out-of-range days normalise
// as time.Date does.
func NewDate(year int, month time.Month, day int) Date {
	// A day of the calendar as written by H. Hinnant's days_from_civil,
	// without time.Date: the extractor makes a Date of every date
	// phrase it reads. Other days normalise through time.Date.
	if month >= time.January && month <= time.December && day >= 1 && day <= daysIn(month, year) && year > 0 && year < 1<<20 {
		y, m := int64(year), int64(month)
		if m <= 2 {
			y--
		}
		era := y / 400 // y >= 0
		yoe := y - era*400
		mp := m - 3
		if m <= 2 {
			mp = m + 9
		}
		doy := (153*mp+2)/5 + int64(day) - 1
		doe := yoe*365 + yoe/4 - yoe/100 + doy
		return Date(era*146097 + doe - 719468 + unixEpochDay)
	}
	u := time.Date(year, month, day, 0, 0, 0, 0, time.UTC).Unix()
	return Date(floorDiv(u, 86400) + unixEpochDay)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	// The common well-formed case without time.Parse: imports read
	// millions of dates. Anything else takes the slow path and its errors.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, okY := digits(s[0:4])
		m, okM := digits(s[5:7])
		d, okD := digits(s[8:10])
		if okY && okM && okD && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(time.Month(m), y) {
			return NewDate(y, time.Month(m), d), nil
		}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("malformed date %q (want YYYY-MM-DD)", s)
	}
	return DateOf(t), nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// MustDate is ParseDate for constants; it panics on a bad literal.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-unixEpochDay)*86400, 0).UTC()
}

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// AddMonths returns the same day n months later, clamped to the month's
// last day (2025-01-31 + 1 month = 2025-02-28).
func (d Date) AddMonths(n int) Date {
	y, m, day := d.Time().Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if day > last {
		day = last
	}
	return NewDate(first.Year(), first.Month(), day)
}

// Sub returns the number of days from e to d.
func (d Date) Sub(e Date) int { return int(d - e) }

// Year, Month and Day return the calendar fields.
func (d Date) Year() int             { y, _, _ := d.civil(); return int(y) }
func (d Date) Month() time.Month     { _, m, _ := d.civil(); return time.Month(m) }
func (d Date) Day() int              { _, _, day := d.civil(); return int(day) }
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// civil returns the calendar year, month and day of d by H. Hinnant's
// algorithm, without going through time.Time: the extractor and the
// estimator ask for months and years of dates in their inner loops.
func (d Date) civil() (y, month, day int64) {
	z := int64(d-unixEpochDay) + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	month = mp + 3
	if month > 12 {
		month -= 12
	}
	if month <= 2 {
		y++
	}
	return y, month, day
}

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	// Without time.Format: ledgers print and hash millions of dates.
	y, month, day := d.civil()
	if y < 1 || y > 9999 {
		return d.Time().Format("2006-01-02")
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + month/10), byte('0' + month%10), '-', byte('0' + day/10), byte('0' + day%10),
	}
	return string(b[:])
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == 0 {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD", "" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = 0
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("malformed date %s (want \"YYYY-MM-DD\")", b)
	}
	if s == "" {
		*d = 0
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Today returns the current UTC date.
func Today() Date { return DateOf(time.Now().UTC()) }
