package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

func TestCSV_MappedSpreadsheet(t *testing.T) {
	in := "when,who,what,lo,hi,pt,publisher,link\n" +
		"12/06/2025,russia,casualties,,,\"1,000,000\",UK MoD,https://x.com/DefenceHQ/status/1\n" +
		"12/06/2025,Russia,permanent_losses,400000,500000,,UK MoD,https://x.com/DefenceHQ/status/1\n" +
		"12/06/2025,Russia,tanks,3000,,,UK MoD,https://x.com/DefenceHQ/status/1\n" +
		"12/06/2025,Russia,Deaths,250000,250000,,UK MoD,https://x.com/DefenceHQ/status/1\n"
	m := map[string]string{"date": "when", "actor": "who", "category": "what", "low": "lo", "high": "hi", "best": "pt",
		"source": "publisher", "url": "link", "date_format": "dmy", "period_start": "=2022-02-24", "likelihood": "=likely"}
	res := run(t, "csv", []byte(in), "mine.csv", Options{Map: m})
	if len(res.Claims) != 4 {
		t.Fatalf("%d claims", len(res.Claims))
	}
	if k := res.Claims[3]; k.Category != "killed" || k.Bound != "point" || val(k.Best) != 250000 {
		t.Errorf("low = high row: %s %s best %v", k.Category, k.Bound, val(k.Best))
	}
	c := res.Claims[0]
	if c.Actor != "Russia" || c.Bound != "point" || val(c.Low) != 1e6 || val(c.High) != 1e6 || c.PeriodEnd.String() != "2025-06-12" ||
		c.Document.Published.String() != "2025-06-12" || c.PeriodStart.String() != "2022-02-24" || c.Likelihood != "likely" {
		t.Errorf("point row: %+v", c)
	}
	if c.Quote != "12/06/2025,russia,casualties,,,\"1,000,000\",UK MoD,https://x.com/DefenceHQ/status/1" {
		t.Errorf("quote %q, want the row", c.Quote)
	}
	if r := res.Claims[1]; r.Bound != "range" || r.Best != nil {
		t.Errorf("range row: %s best %v", r.Bound, val(r.Best))
	}
	if e := res.Claims[2]; e.Category != "equipment:tanks" || e.Bound != "at_least" {
		t.Errorf("equipment row: %s %s", e.Category, e.Bound)
	}
}

func TestCSV_HeaderNamedAsFields(t *testing.T) {
	in := "actor,category,low,high,best,bound,approx,period_start,period_end,source,document.url,document.published,flags,probability\n" +
		"Russia,killed,40000,55000,47000,range,false,2022-02-24,2023-05-27,Mediazona,https://en.zona.media/article/2023/07/10/stats,2023-07-10,named;model,0.95\n"
	res := run(t, "csv", []byte(in), "claims.csv", Options{})
	if len(res.Claims) != 1 {
		t.Fatalf("%d claims", len(res.Claims))
	}
	c := res.Claims[0]
	if c.Bound != "range" || val(c.Best) != 47000 || c.Document.Published.String() != "2023-07-10" ||
		!c.HasFlag("named") || !c.HasFlag("model") || c.Probability == nil || c.Probability[0] != 0.95 {
		t.Errorf("%+v", c)
	}
}

func TestCSV_BadRowsNameFileLineField(t *testing.T) {
	in := "date,actor,category,best,url\n" +
		"2025-06-12,Russia,casualties,1000,https://a\n" +
		"2025-06-31,Russia,casualties,1000,https://a\n" +
		"2025-06-12,Russia,feelings,1000,https://a\n" +
		"2025-06-12,Russia,casualties,many,https://a\n"
	im, _ := Lookup("csv")
	_, err := im.Import(t.Context(), strings.NewReader(in), "sheet.csv",
		Options{Map: map[string]string{"date": "date", "actor": "actor", "category": "category", "best": "best", "document.url": "url"}})
	var le attrition.LineErrors
	if !errors.As(err, &le) || len(le) != 3 {
		t.Fatalf("want 3 line errors, got %v", err)
	}
	for i, want := range []string{"sheet.csv:3: date:", "sheet.csv:4: category: unknown category", "sheet.csv:5: best: not a number"} {
		if !strings.HasPrefix(le[i].Error(), want) {
			t.Errorf("error %d = %q, want prefix %q", i, le[i].Error(), want)
		}
	}
}

func TestCSV_MapErrors(t *testing.T) {
	im, _ := Lookup("csv")
	for _, tt := range []struct {
		name string
		in   string
		m    map[string]string
		want string
	}{
		{"unknown field", "a\n1\n", map[string]string{"lowest": "a"}, "unknown field \"lowest\""},
		{"missing column", "a\n1\n", map[string]string{"low": "estimate_low"}, "no column \"estimate_low\""},
		{"field twice", "a,b\n1,2\n", map[string]string{"url": "a", "document.url": "b"}, "document.url given twice"},
		{"no field columns", "a,b\n1,2\n", nil, "no column is named as a claim field"},
		{"empty", "", nil, "empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := im.Import(t.Context(), strings.NewReader(tt.in), "x.csv", Options{Map: tt.m})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want %q", err, tt.want)
			}
			if attrition.ErrorCode(err) != attrition.EINVALID {
				t.Errorf("code %s", attrition.ErrorCode(err))
			}
		})
	}
}

func TestCSV_DateFormats(t *testing.T) {
	for _, tt := range []struct{ layout, in, want string }{
		{"", "2025-06-12", "2025-06-12"},
		{"dmy", "12/6/2025", "2025-06-12"},
		{"mdy", "6/12/2025", "2025-06-12"},
		{"02 Jan 2006", "12 Jun 2025", "2025-06-12"},
	} {
		m := &csvMapping{layout: tt.layout}
		d, err := m.parseDate(tt.in)
		if err != nil || d.String() != tt.want {
			t.Errorf("%q as %q: %s %v", tt.in, tt.layout, d, err)
		}
	}
}

func TestParseProbability(t *testing.T) {
	for _, tt := range []struct {
		in     string
		lo, hi float64
	}{{"0.55-0.75", 0.55, 0.75}, {"[0.55, 0.75]", 0.55, 0.75}, {"55%-75%", 0.55, 0.75}, {"0.95", 0.95, 0.95}} {
		p, err := parseProbability(tt.in)
		if err != nil || p[0] != tt.lo || p[1] != tt.hi {
			t.Errorf("%q: %v %v", tt.in, p, err)
		}
	}
	if _, err := parseProbability("likely"); err == nil {
		t.Error("a word is not a probability")
	}
}
