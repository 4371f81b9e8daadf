package chart

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// series builds a smooth running total of n days from start, with a
// rate that slowly rises, and bands that widen away from the data.
func series(start attrition.Date, n int, rate0 float64) []attrition.EstimatePoint {
	var out []attrition.EstimatePoint
	total := 0.0
	for i := 0; i < n; i++ {
		rate := rate0 * (1 + 0.5*float64(i)/float64(n))
		total += rate
		w := 0.04 + 0.06*math.Abs(float64(i-n/2))/float64(n)
		out = append(out, attrition.EstimatePoint{
			Date: start.AddDays(i), Actor: "Russia", Category: "casualties",
			Median: total, Lo50: total * (1 - w/2), Hi50: total * (1 + w/2),
			Lo90: total * (1 - w), Hi90: total * (1 + w),
			RateMedian: rate, RateLo90: rate * 0.8, RateHi90: rate * 1.25,
		})
	}
	return out
}

var (
	start = attrition.MustDate("2022-02-24")
	fixed = series(start, 1200, 500)
	marks = []Mark{
		{Date: attrition.MustDate("2023-02-17"), Value: 187500, Lo: 175000, Hi: 200000, Source: "UK Ministry of Defence"},
		{Date: attrition.MustDate("2023-12-04"), Value: 320000, Lo: 290000, Hi: 350000, Source: "UK Ministry of Defence"},
		{Date: attrition.MustDate("2023-12-12"), Value: 315000, Source: "US Department of Defense"},
		{Date: attrition.MustDate("2025-03-20"), Value: 900000, Source: "UK Ministry of Defence"},
		{Date: attrition.MustDate("2025-06-03"), Value: 950000, Source: "CSIS & <partners>"},
		{Date: attrition.MustDate("2025-06-12"), Value: 1000340, Source: "General Staff of the Armed Forces of Ukraine"},
	}
	biases = []attrition.SourceBias{
		{Source: "General Staff of the Armed Forces of Ukraine", Factor: 1.12, Lo90: 1.02, Hi90: 1.23, Claims: 1200},
		{Source: "UK Ministry of Defence", Factor: 1.01, Lo90: 0.95, Hi90: 1.08, Claims: 14, RelayOf: "General Staff of the Armed Forces of Ukraine"},
		{Source: "CSIS", Factor: 0.97, Lo90: 0.88, Hi90: 1.07, Claims: 3},
		{Source: "Mediazona \"named\" <list>", Factor: 0.55, Lo90: 0.5, Hi90: 0.6, Claims: 40},
	}
)

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./chart -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./chart -update and review the diff", name)
	}
}

// wellFormed decodes the SVG as XML and counts its elements by name.
func wellFormed(t *testing.T, b []byte) map[string]int {
	t.Helper()
	counts := map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader(b))
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (e.Name.Local != "svg" || e.Name.Space != "http://www.w3.org/2000/svg") {
				t.Fatalf("root element is %v", e.Name)
			}
			depth++
			counts[e.Name.Local]++
			if e.Name.Local == "path" {
				for _, a := range e.Attr {
					if a.Name.Local == "d" && strings.TrimSpace(a.Value) == "" {
						t.Errorf("empty path")
					}
				}
			}
		case xml.EndElement:
			depth--
		}
	}
	if counts["svg"] != 1 || counts["title"] < 1 || counts["desc"] != 1 {
		t.Errorf("want one svg with a title and a desc, got %v", counts)
	}
	return counts
}

func TestCharts(t *testing.T) {
	asOf := attrition.MustDate("2025-06-12")
	tests := []struct {
		name  string
		svg   []byte
		paths int // at least
		text  []string
	}{
		{"fan.svg", FanChart(fixed, marks, TimeOptions{Options: Options{Title: "Russia: casualties", YLabel: "casualties"}, AsOf: asOf, Projected: attrition.MustDate("2025-03-01")}), 4,
			[]string{"Russia: casualties", "as of 2025-06-12", "1,000,000", "Projection", "CSIS &amp; &lt;partners&gt;", "2024", "Median", "90% band"}},
		{"rate.svg", RateChart(fixed, nil, TimeOptions{Options: Options{Title: "Daily rate", YLabel: "per day"}}), 2,
			[]string{"Daily rate", "per day", "Median", "90% band"}},
		{"bias.svg", BiasChart(biases, Options{Title: "Source biases"}), 0,
			[]string{"+12%", "−45%", "+1%", "UK Ministry of Defence (relay)", "relays General Staff of the Armed Forces of Ukraine, counted with it", "Mediazona &#34;named&#34; &lt;list&gt;", "0% = consensus"}},
		{"short.svg", FanChart(series(attrition.MustDate("2025-01-01"), 40, 1000), nil, TimeOptions{Options: Options{Title: "Forty days"}}), 3,
			[]string{"6 Jan 2025", "13 Jan", "Forty days"}},
		{"empty.svg", FanChart(nil, nil, TimeOptions{Options: Options{Title: "Nothing"}}), 0, []string{"No estimate to draw."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := wellFormed(t, tt.svg)
			if c["path"] < tt.paths {
				t.Errorf("%d paths, want at least %d", c["path"], tt.paths)
			}
			if c["rect"]+c["path"]+c["circle"] == 0 {
				t.Error("nothing drawn")
			}
			for _, s := range tt.text {
				if !bytes.Contains(tt.svg, []byte(s)) {
					t.Errorf("missing %q", s)
				}
			}
			golden(t, tt.name, tt.svg)
		})
	}
}

func TestIDsUniqueAndStable(t *testing.T) {
	a := FanChart(fixed, nil, TimeOptions{Options: Options{Title: "A"}})
	b := FanChart(fixed, nil, TimeOptions{Options: Options{Title: "B"}})
	a2 := FanChart(fixed, nil, TimeOptions{Options: Options{Title: "A"}})
	if !bytes.Equal(a, a2) {
		t.Error("same input, different SVG")
	}
	id := func(s []byte) string {
		i := bytes.Index(s, []byte(`<title id="`))
		j := bytes.Index(s[i+11:], []byte(`"`))
		return string(s[i+11 : i+11+j])
	}
	if id(a) == id(b) {
		t.Errorf("charts with different titles share id %s", id(a))
	}
	c := FanChart(fixed, nil, TimeOptions{Options: Options{Title: "A", ID: `x"><script>`}})
	if bytes.Contains(c, []byte("<script")) {
		t.Error("an ID injected markup")
	}
}

func TestMarksDrawnInOrder(t *testing.T) {
	svg := FanChart(fixed, marks, TimeOptions{})
	// One tooltip per claim, sources in the key in order of first mark.
	if got := bytes.Count(svg, []byte("<g><title>")); got != len(marks) {
		t.Errorf("%d claim marks, want %d", got, len(marks))
	}
	i := bytes.Index(svg, []byte(">UK Ministry of Defence<"))
	j := bytes.Index(svg, []byte(">US Department of Defense<"))
	if i < 0 || j < 0 || i > j {
		t.Errorf("legend order wrong: %d, %d", i, j)
	}
}

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		max    int
		want   string
	}{
		{0, 1000000, 6, "0 200000 400000 600000 800000 1e+06"},
		{0, 1234567, 6, "0 500000 1e+06 1.5e+06"},
		{0, 0.9, 5, "0 0.5 1"},
		{0, 0.9, 6, "0 0.2 0.4 0.6 0.8 1"},
		{-12, 37, 6, "-20 -10 0 10 20 30 40"},
		{5, 5, 5, "4.5 5 5.5"},
		{0, 0, 5, "0 0.5 1"},
		{math.NaN(), 1, 5, "0 0.5 1"},
	}
	for _, tt := range tests {
		ticks, lo, hi := NiceTicks(tt.lo, tt.hi, tt.max)
		var parts []string
		for _, v := range ticks {
			parts = append(parts, strconv.FormatFloat(v, 'g', -1, 64))
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("NiceTicks(%v, %v, %d) = %s; want %s", tt.lo, tt.hi, tt.max, got, tt.want)
		}
		if len(ticks) > 0 && (lo != ticks[0] || hi != ticks[len(ticks)-1]) {
			t.Errorf("NiceTicks(%v, %v) range [%v, %v] not on ticks", tt.lo, tt.hi, lo, hi)
		}
		for i := 1; i < len(ticks); i++ {
			step := ticks[i] - ticks[i-1]
			m := step / math.Pow(10, math.Floor(math.Log10(step)))
			if math.Abs(m-1) > 1e-9 && math.Abs(m-2) > 1e-9 && math.Abs(m-5) > 1e-9 {
				t.Errorf("step %v is not 1, 2 or 5 × 10^k", step)
			}
		}
	}
}

func TestThousands(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		want string
	}{
		{0, 0, "0"}, {999, 0, "999"}, {1000, 0, "1,000"}, {1234567.5, 1, "1,234,567.5"},
		{1234567.5, 0, "1,234,568"}, {-1500, 0, "−1,500"}, {0.25, 2, "0.25"}, {2.50, 2, "2.5"},
		{-0.0001, 0, "0"}, {math.NaN(), 0, "–"}, {math.Inf(1), 0, "∞"}, {100000, 0, "100,000"},
	}
	for _, tt := range tests {
		if got := Thousands(tt.v, tt.dec); got != tt.want {
			t.Errorf("Thousands(%v, %d) = %q; want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}

func TestDateTicks(t *testing.T) {
	d := attrition.MustDate
	tests := []struct {
		lo, hi attrition.Date
		max    int
		want   string
	}{
		{d("2022-02-24"), d("2025-06-12"), 8, "Jul 2022 Jan 2023 Jul Jan 2024 Jul Jan 2025"},
		{d("2022-02-24"), d("2025-06-12"), 6, "2023 2024 2025"},
		{d("2024-01-01"), d("2024-12-31"), 4, "Jan 2024 Jul"},
		{d("2024-01-01"), d("2024-12-31"), 12, "Jan 2024 Apr Jul Oct"},
		{d("2024-11-10"), d("2025-03-01"), 6, "Dec 2024 Jan 2025 Feb Mar"},
		{d("2025-01-01"), d("2025-01-05"), 8, "1 Jan 2025 2 Jan 3 Jan 4 Jan 5 Jan"},
		{d("2025-01-01"), d("2025-02-09"), 8, "6 Jan 2025 13 Jan 20 Jan 27 Jan 3 Feb"},
		{d("1990-01-01"), d("2025-01-01"), 5, "1990 2000 2010 2020"},
	}
	for _, tt := range tests {
		var parts []string
		for _, tk := range DateTicks(tt.lo, tt.hi, tt.max) {
			if tk.Date < tt.lo || tk.Date > tt.hi {
				t.Errorf("tick %s outside [%s, %s]", tk.Date, tt.lo, tt.hi)
			}
			parts = append(parts, tk.Label)
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("DateTicks(%s, %s, %d) = %q; want %q", tt.lo, tt.hi, tt.max, got, tt.want)
		}
	}
}

func TestEscape(t *testing.T) {
	got := Escape("a<b>&\"c'\x00\x07\t\xff")
	want := "a&lt;b&gt;&amp;&#34;c&#39; \uFFFD"
	if got != want {
		t.Errorf("Escape = %q; want %q", got, want)
	}
}

func TestDegenerateInputs(t *testing.T) {
	nan := math.NaN()
	one := series(attrition.MustDate("2025-01-01"), 1, 10)
	bad := []attrition.EstimatePoint{{Date: attrition.MustDate("2025-01-01"), Median: nan}, {Date: 0, Median: 1, Lo90: 1, Hi90: 1}}
	huge := []attrition.EstimatePoint{{Date: 1, Median: 1e308, Lo90: -1e308, Hi90: math.MaxFloat64}, {Date: math.MaxInt32, Median: 1}}
	for name, svg := range map[string][]byte{
		"single":     FanChart(one, nil, TimeOptions{}),
		"single-r":   RateChart(one, nil, TimeOptions{}),
		"nan":        FanChart(bad, []Mark{{Date: 5, Value: nan}}, TimeOptions{}),
		"huge":       FanChart(huge, []Mark{{Date: math.MaxInt32, Value: -1e300, Source: "\x00"}}, TimeOptions{AsOf: -5}),
		"marks-only": FanChart(nil, marks, TimeOptions{}),
		"bias-nan":   BiasChart([]attrition.SourceBias{{Source: "a", Factor: nan}, {Source: "b", Factor: 1, Lo90: nan, Hi90: -1}}, Options{}),
		"bias-empty": BiasChart(nil, Options{Width: -3, Height: 1 << 30}),
	} {
		t.Run(name, func(t *testing.T) {
			c := wellFormed(t, svg)
			if c["rect"] == 0 {
				t.Error("no background")
			}
			if bytes.Contains(svg, []byte("NaN")) || bytes.Contains(svg, []byte("Inf")) {
				t.Errorf("NaN or Inf in output")
			}
		})
	}
}

func FuzzCharts(f *testing.F) {
	f.Add(int32(738000), 3, 100.0, 0.1, "UK", "<b>", 1.1, 0.0)
	f.Add(int32(0), 0, math.NaN(), math.Inf(1), "", "", math.NaN(), -1.0)
	f.Add(int32(-5), 1, -1e300, 1e300, "\xff", "&", 0.0, 1e-300)
	f.Fuzz(func(t *testing.T, day int32, n int, v, w float64, src, title string, factor, lo float64) {
		n %= 50
		if n < 0 {
			n = -n
		}
		d := attrition.Date(day)
		var pts []attrition.EstimatePoint
		for i := 0; i < n; i++ {
			x := v * float64(i+1)
			pts = append(pts, attrition.EstimatePoint{Date: d.AddDays(i), Median: x, Lo50: x - w, Hi50: x + w, Lo90: x - 2*w, Hi90: x + 2*w, RateMedian: v, RateLo90: v - w, RateHi90: v + w})
		}
		ms := []Mark{{Date: d, Value: v, Lo: lo, Hi: w, Source: src, Label: title}}
		o := TimeOptions{Options: Options{Title: title, YLabel: src, ID: src}, AsOf: d.AddDays(n / 2), Projected: d.AddDays(n / 3)}
		for _, svg := range [][]byte{
			FanChart(pts, ms, o), RateChart(pts, ms, o),
			BiasChart([]attrition.SourceBias{{Source: src, Factor: factor, Lo90: lo, Hi90: w}, {Source: title, Factor: 1}}, o.Options),
		} {
			if err := xml.Unmarshal(svg, new(struct{})); err != nil {
				t.Fatalf("not XML: %v\n%s", err, svg)
			}
			if bytes.Contains(svg, []byte("NaN")) {
				t.Fatalf("NaN in output:\n%s", svg)
			}
		}
	})
}

func TestClaimMarks(t *testing.T) {
	d := attrition.MustDate
	mk := func(src, start, end string, v float64, mods ...func(*attrition.Claim)) attrition.Claim {
		c := attrition.Claim{Actor: "Russia", Category: "casualties", Bound: "point", Best: attrition.Float(v),
			PeriodStart: d(start), PeriodEnd: d(end), Source: src,
			Document: attrition.Document{URL: "https://example.org", Published: d(end)}}
		for _, m := range mods {
			m(&c)
		}
		return c
	}
	claims := []attrition.Claim{
		mk("B", "2022-02-24", "2023-01-01", 100000),
		mk("A", "2022-02-24", "2022-06-01", 30000, func(c *attrition.Claim) {
			c.Low, c.High, c.Best, c.Bound = attrition.Float(25000), attrition.Float(35000), nil, "range"
		}),
		mk("A", "2022-03-10", "2022-12-01", 90000),  // "since the invasion", read loosely
		mk("A", "2025-07-01", "2025-12-31", 200000), // a period count: no total
		mk("A", "2025-05-01", "2025-05-31", 1262, func(c *attrition.Claim) { c.Per = "day" }),
		mk("A", "2022-02-24", "2024-01-01", 50, func(c *attrition.Claim) { c.Per = "week"; c.Approx = true }),
		mk("B", "2022-02-24", "2023-06-01", 150000, func(c *attrition.Claim) { c.Derived = true }),
		mk("C", "2022-02-24", "2023-06-01", 1500, func(c *attrition.Claim) { c.Category = "equipment:tanks"; c.Status = "destroyed" }),
		mk("B", "2022-02-24", "2026-01-01", 900000), // after as-of
		mk("", "2022-02-24", "2024-01-01", 400000),
		{Actor: "Russia", Category: "casualties", Bound: "at_least", Low: attrition.Float(5), Source: "D"}, // no date
	}
	totals, rates := ClaimMarks(claims, d("2025-12-31"), 0)
	var got []string
	for _, m := range totals {
		got = append(got, m.Source+"@"+m.Date.String()+"="+Thousands(m.Value, 0))
	}
	want := "A@2022-06-01=30,000 A@2022-12-01=90,000 B@2023-01-01=100,000 Unattributed@2024-01-01=400,000"
	if strings.Join(got, " ") != want {
		t.Errorf("totals %s\nwant   %s", strings.Join(got, " "), want)
	}
	if totals[0].Lo != 25000 || totals[0].Hi != 35000 || totals[0].Label != "A, 2022-06-01: 25,000–35,000" {
		t.Errorf("range mark %+v", totals[0])
	}
	if len(rates) != 2 || math.Abs(rates[0].Value-50.0/7) > 1e-9 || rates[1].Value != 1262 || rates[0].Label != "A, 2024-01-01: about 50 a week" {
		t.Errorf("rates %+v", rates)
	}
	var many []attrition.Claim
	for i := 0; i < 100; i++ {
		many = append(many, mk("GS", "2022-02-24", d("2022-03-01").AddDays(i).String(), float64(1000*i)))
	}
	thinned, _ := ClaimMarks(many, 0, 10)
	if len(thinned) != 10 || thinned[0].Value != 0 || thinned[9].Value != 99000 {
		t.Errorf("thinning kept %d marks, %v … %v", len(thinned), thinned[0].Value, thinned[len(thinned)-1].Value)
	}
}

// Past eight sources the key names the seven with the most marks and
// draws the rest alike; a long key makes the chart taller, not the plot
// smaller, unless the caller fixed the height.
func TestManySources(t *testing.T) {
	var ms []Mark
	for i := 0; i < 20; i++ {
		for k := 0; k <= i%4; k++ {
			ms = append(ms, Mark{Date: start.AddDays(100*i + k), Value: float64(1000 * (i + 1)), Source: fmt.Sprintf("Source %02d", i)})
		}
	}
	svg := FanChart(fixed, ms, TimeOptions{Options: Options{Title: "Many"}})
	wellFormed(t, svg)
	if !bytes.Contains(svg, []byte(">13 other sources<")) {
		t.Error("no 'other sources' entry in the key")
	}
	// Five sources have four marks; of those with three, the two that
	// appear first join them.
	want := map[int]bool{3: true, 7: true, 11: true, 15: true, 19: true, 2: true, 6: true}
	for i := 0; i < 20; i++ {
		if got := bytes.Contains(svg, []byte(fmt.Sprintf(">Source %02d<", i))); got != want[i] {
			t.Errorf("Source %02d named in the key: %v, want %v", i, got, want[i])
		}
	}
	if bytes.Contains(svg, []byte(`height="360"`)) {
		t.Error("a long key did not make the chart taller")
	}
	fixedHeight := FanChart(fixed, ms, TimeOptions{Options: Options{Title: "Many", Height: 360}})
	if !bytes.Contains(fixedHeight, []byte(`height="360"`)) {
		t.Error("a height set by the caller was not kept")
	}
	if got := bytes.Count(svg, []byte(`fill="`+otherColour+`"`)); got < 13 {
		t.Errorf("%d grey marks; want the marks of the 13 other sources", got)
	}
}
