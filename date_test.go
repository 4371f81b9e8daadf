package attrition_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/attrition-project/attrition"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" = an error
	}{
		{"2022-02-24", "2022-02-24"},
		{"2024-02-29", "2024-02-29"},
		{"0001-01-01", "0001-01-01"},
		{"1970-01-01", "1970-01-01"},
		{"1969-12-31", "1969-12-31"},
		{"9999-12-31", "9999-12-31"},
		{"2023-02-29", ""},
		{"2022-13-01", ""},
		{"2022-2-24", ""},
		{"24/02/2022", ""},
		{"2022-02-24T00:00:00Z", ""},
		{"", ""},
		{" 2022-02-24", ""},
	} {
		d, err := attrition.ParseDate(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("ParseDate(%q) = %s, want an error", tc.in, d)
		case tc.want != "" && err != nil:
			t.Errorf("ParseDate(%q): %v", tc.in, err)
		case tc.want != "" && d.String() != tc.want:
			t.Errorf("ParseDate(%q) = %s, want %s", tc.in, d, tc.want)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := attrition.MustDate
	for _, tc := range []struct {
		name string
		got  attrition.Date
		want string
	}{
		{"add days across a leap day", d("2024-02-28").AddDays(2), "2024-03-01"},
		{"subtract days across a year", d("2023-01-01").AddDays(-1), "2022-12-31"},
		{"add a month, clamped", d("2025-01-31").AddMonths(1), "2025-02-28"},
		{"add a month in a leap year", d("2024-01-31").AddMonths(1), "2024-02-29"},
		{"add twelve months", d("2022-02-24").AddMonths(12), "2023-02-24"},
		{"go back months across a year", d("2025-03-31").AddMonths(-4), "2024-11-30"},
		{"normalising constructor", attrition.NewDate(2025, 2, 30), "2025-03-02"},
		{"before the Unix epoch", attrition.NewDate(1950, 6, 1), "1950-06-01"},
		{"of a time in another zone", attrition.DateOf(time.Date(2025, 6, 12, 23, 30, 0, 0, time.FixedZone("UTC-5", -5*3600))), "2025-06-12"},
	} {
		if tc.got.String() != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, tc.got, tc.want)
		}
	}
	if n := d("2025-06-12").Sub(d("2022-02-24")); n != 1204 {
		t.Errorf("days from the invasion to 2025-06-12 = %d, want 1204", n)
	}
	x := d("2024-02-29")
	if x.Year() != 2024 || x.Month() != time.February || x.Day() != 29 || x.Weekday() != time.Thursday {
		t.Errorf("calendar fields of %s: %d %v %d %v", x, x.Year(), x.Month(), x.Day(), x.Weekday())
	}
	if !x.Time().Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v", x.Time())
	}
	if d("2022-02-24") >= d("2022-02-25") {
		t.Error("dates do not order as days")
	}
}

func TestDateZero(t *testing.T) {
	var z attrition.Date
	if !z.IsZero() || z.String() != "" {
		t.Errorf("zero Date: IsZero %v, String %q", z.IsZero(), z.String())
	}
	if attrition.MustDate("0001-01-01").IsZero() {
		t.Error("the first day of the calendar is taken for no date")
	}
}

func TestDateJSON(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    string
		wantErr bool
	}{
		{`"2025-06-12"`, "2025-06-12", false},
		{`null`, "", false},
		{`""`, "", false},
		{`"12 June 2025"`, "", true},
		{`20250612`, "", true},
		{`"2025-06-31"`, "", true},
	} {
		var d attrition.Date
		err := json.Unmarshal([]byte(tc.in), &d)
		if (err != nil) != tc.wantErr {
			t.Errorf("Unmarshal(%s): error %v, want error %v", tc.in, err, tc.wantErr)
			continue
		}
		if err == nil && d.String() != tc.want {
			t.Errorf("Unmarshal(%s) = %q, want %q", tc.in, d, tc.want)
		}
	}
	for _, tc := range []struct {
		d    attrition.Date
		want string
	}{{0, "null"}, {attrition.MustDate("2022-02-24"), `"2022-02-24"`}} {
		b, err := json.Marshal(tc.d)
		if err != nil || string(b) != tc.want {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tc.d, b, err, tc.want)
		}
	}
}

func TestMustDatePanicsOnlyOnBadLiterals(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDate accepted a bad literal")
		}
	}()
	attrition.MustDate("2022-02-30")
}

// String has its own calendar arithmetic; it must agree with the time
// package on every day of the years reporting can name, and beyond.
func TestDateStringAgreesWithTime(t *testing.T) {
	check := func(d attrition.Date) {
		if got, want := d.String(), d.Time().Format("2006-01-02"); got != want {
			t.Fatalf("Date(%d).String() = %s, want %s", int32(d), got, want)
		}
		tm := d.Time()
		if d.Year() != tm.Year() || d.Month() != tm.Month() || d.Day() != tm.Day() {
			t.Fatalf("Date(%d) = %d-%d-%d, want %d-%d-%d", int32(d), d.Year(), d.Month(), d.Day(), tm.Year(), tm.Month(), tm.Day())
		}
	}
	for d := attrition.MustDate("1899-01-01"); d <= attrition.MustDate("2101-01-01"); d++ {
		check(d)
	}
	for _, d := range []attrition.Date{1, 2, 365, 366, attrition.MustDate("9999-12-31"), attrition.MustDate("9999-12-31") + 1, -1, -800000} {
		check(d)
	}
}

// ParseDate has a fast path; it must accept and reject exactly what the
// time package's layout does.
func TestParseDateAgreesWithTime(t *testing.T) {
	var inputs []string
	for y := 1999; y <= 2001; y++ {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				inputs = append(inputs, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	inputs = append(inputs, "0000-01-01", "1900-02-29", "2000-02-29", "2100-02-29", "2024-02-29",
		"2024-0a-01", "2024-01-1a", "+024-01-01", "2024/01/01", "2024-01-01 ", "２０２４-01-01")
	for _, in := range inputs {
		got, err := attrition.ParseDate(in)
		tm, terr := time.Parse("2006-01-02", in)
		if (err == nil) != (terr == nil) {
			t.Fatalf("ParseDate(%q): error %v, time.Parse error %v", in, err, terr)
		}
		if err == nil && got != attrition.DateOf(tm) {
			t.Fatalf("ParseDate(%q) = %d, want %d", in, got, attrition.DateOf(tm))
		}
	}
}
