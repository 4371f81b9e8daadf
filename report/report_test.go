package report

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const hostileQuote = `Russia lost 1,000,340 soldiers <script>alert(1)</script> and <b>bold</b> [link](javascript:alert(2)) & more`

// claim builds a normalised claim; lo, hi, best < 0 mean null.
func claim(cat, source, bound string, lo, hi, best float64, start, end, published string, quote, url string, mods ...func(*attrition.Claim)) attrition.Claim {
	num := func(v float64) *float64 {
		if v < 0 {
			return nil
		}
		return attrition.Float(v)
	}
	c := attrition.Claim{
		Actor: "Russia", Population: "military", Category: cat, Bound: bound,
		Low: num(lo), High: num(hi), Best: num(best), Source: source,
		PeriodStart: attrition.MustDate(start), PeriodEnd: attrition.MustDate(end),
		Document: attrition.Document{URL: url, Title: source + " update", Published: attrition.MustDate(published)},
		Quote:    quote,
	}
	for _, m := range mods {
		m(&c)
	}
	c.Normalize()
	return c
}

func approx(c *attrition.Claim) { c.Approx = true }

// fixedLedger is a small ledger shaped like the real one: ranges, points,
// a one-sided bound, a rate, a period count published before its period
// (flagged), an outlier, and a quote full of markup.
func fixedLedger() ledger {
	const s = "2022-02-24"
	return ledger{
		claim("casualties", "UK Ministry of Defence", "range", 175000, 200000, -1, s, "2023-02-17", "2023-02-17",
			"Russia has likely suffered 175,000-200,000 casualties", "https://example.org/uk/2023-02-17",
			func(c *attrition.Claim) { c.Likelihood = "likely"; c.Probability = &[2]float64{0.55, 0.75} }),
		claim("casualties", "UK Ministry of Defence", "range", 290000, 350000, 320000, s, "2023-12-04", "2023-12-04",
			"total casualties of 290,000-350,000", "https://example.org/uk/2023-12-04"),
		claim("casualties", "US Department of Defense", "point", 315000, 315000, 315000, s, "2023-12-12", "2023-12-12",
			"315,000 killed and wounded", "https://example.org/us/2023-12-12"),
		claim("casualties", "UK Ministry of Defence", "point", 900000, 900000, 900000, s, "2025-03-20", "2025-03-20",
			"approximately 900,000 casualties", "https://example.org/uk/2025-03-20", approx),
		claim("casualties", "CSIS", "more_than", 950000, -1, -1, s, "2025-06-03", "2025-06-03",
			"more than 950,000 casualties", "https://example.org/csis/2025-06-03"),
		claim("casualties", "General Staff of the Armed Forces of Ukraine", "point", 1000340, 1000340, 1000340, s, "2025-06-12", "2025-06-12",
			hostileQuote, "https://example.org/gs?day=2025-06-12&lang=en"),
		claim("casualties", "UK Ministry of Defence", "point", 1262, 1262, 1262, "2025-05-01", "2025-05-31", "2025-06-12",
			"1,262 a day in May", "https://example.org/uk/2025-06-12", func(c *attrition.Claim) { c.Per = "day" }),
		claim("casualties", "UK Ministry of Defence", "point", 200000, 200000, 200000, "2025-07-01", "2025-12-31", "2025-06-12",
			"a fifth of the total (200,000) in the last six months of 2025", "https://example.org/uk/2025-06-12",
			func(c *attrition.Claim) { c.Flags = []string{"period_after_publication"} }),
		claim("killed", "Mediazona", "at_least", 95000, -1, -1, s, "2025-02-22", "2025-02-22",
			"more than 95,000 named dead", "https://example.org/mz/2025-02-22"),
		claim("killed", "UK Ministry of Defence", "range", 200000, 250000, -1, s, "2025-03-20", "2025-03-20",
			"200,000-250,000 killed", "javascript:alert(3)"),
		claim("equipment:tanks", "General Staff of the Armed Forces of Ukraine", "point", 10900, 10900, 10900, s, "2025-06-12", "2025-06-12",
			"tanks 10,900", "https://example.org/gs?day=2025-06-12&lang=en"),
		claim("equipment:tanks", "Oryx <visual>", "point", 4000, 4000, 4000, s, "2025-06-01", "2025-06-01",
			"4,000 tanks lost, visually confirmed", "https://example.org/oryx"),
		// Another actor, which the report must leave out.
		func() attrition.Claim {
			c := claim("casualties", "UK Ministry of Defence", "point", 400000, 400000, 400000, s, "2025-06-12", "2025-06-12",
				"Ukraine 400,000", "https://example.org/ua")
			c.Actor = "Ukraine"
			c.Normalize()
			return c
		}(),
	}
}

func fixedEngine(l ledger) *fakeEngine {
	return &fakeEngine{claims: l, start: attrition.MustDate("2022-02-24"), a: 400, b: 0.36,
		scale: map[string]float64{"killed": 0.22, "equipment:tanks": 0.011}}
}

func fixedOptions(format, scale string) Options {
	l := fixedLedger()
	return Options{Actor: "russia", AsOf: attrition.MustDate("2025-06-12"), Yardstick: scale, Format: format,
		Claims: l, Estimator: fixedEngine(l), Seed: 1}
}

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
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./report -update and review the diff", name)
	}
}

func render(t *testing.T, o Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(context.Background(), &b, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, tt := range []struct{ name, format, scale string }{
		{"russia.md", "md", ""},
		{"russia.html", "html", ""},
		{"russia-icd203.md", "md", "icd203"},
		{"russia-kent.md", "md", "kent"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, render(t, fixedOptions(tt.format, tt.scale)))
		})
	}
}

// The numbers of the headline follow from the fake's closed form: on
// 2025-06-12 (day 1204) the median is 400·1204 + 0.36·1204² = 1,003,438
// and the 90% interval is ±7.01%.
func TestHeadlineFigures(t *testing.T) {
	a, err := Build(context.Background(), fixedOptions("md", ""))
	if err != nil {
		t.Fatal(err)
	}
	var s *Section
	for _, sec := range a.Sections {
		if sec.Category == "casualties" {
			s = sec
		}
	}
	if s == nil {
		t.Fatal("no casualties section")
	}
	text := plain(s.Headline)
	for _, want := range []string{
		"around 1 million", "It is highly likely (80–90%) that they lie between 930,000 and 1.08 million",
		"It is almost certain (95–100%) that they exceed 900,000", "on 12 June 2025",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("headline %q lacks %q", text, want)
		}
	}
	var cats []string
	for _, sec := range a.Sections {
		cats = append(cats, sec.Category)
	}
	if got := strings.Join(cats, ","); got != "casualties,killed,equipment:tanks" {
		t.Errorf("sections %s", got)
	}
}

func plain(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Every likelihood word in the text is a word of the report's scale, and
// no other scale's words slip in (ICD 203's one-scale rule).
func TestOneScaleThroughout(t *testing.T) {
	for _, name := range yardstick.Names() {
		a, err := Build(context.Background(), fixedOptions("md", name))
		if err != nil {
			t.Fatal(err)
		}
		y, _ := yardstick.Get(name)
		var all strings.Builder
		all.WriteString(a.HowToRead() + "\n")
		for _, s := range a.Sections {
			all.WriteString(plain(s.Headline) + "\n")
			for _, p := range s.Points {
				all.WriteString(plain(p) + "\n")
			}
		}
		if f := y.Check(all.String()); len(f) > 0 {
			t.Errorf("%s report uses words of other scales: %+v", name, f)
		}
		words := regexp.MustCompile(`It is ([a-z ]+) \((\d+%|≤\d+%|\d+–\d+%)`).FindAllStringSubmatch(all.String(), -1)
		if len(words) < 3 {
			t.Fatalf("%s: only %d likelihood statements in %q", name, len(words), all.String())
		}
		for _, w := range words {
			b, ok := y.Band(w[1])
			if !ok || b.Words[0] != w[1] || bandRange(b) != w[2] {
				t.Errorf("%s: %q (%s) is not a band of the scale as written", name, w[1], w[2])
			}
		}
		if len(a.Key) == 0 {
			t.Errorf("%s: no key to the words", name)
		}
	}
}

var (
	datePattern = regexp.MustCompile(`\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|\d{4}-\d{2}-\d{2}`)
	// Fixed parts of the method, not figures from the ledger.
	methodPattern = regexp.MustCompile(`30 days|90% (band|interval)|50%`)
	digit         = regexp.MustCompile(`[0-9]`)
)

// Every number and every likelihood word in the text carries a footnote,
// and every footnote cites claims with source, date and address.
func TestEveryFigureFootnoted(t *testing.T) {
	a, err := Build(context.Background(), fixedOptions("md", ""))
	if err != nil {
		t.Fatal(err)
	}
	check := func(where string, spans []Span) {
		for _, s := range spans {
			rest := methodPattern.ReplaceAllString(datePattern.ReplaceAllString(s.Text, ""), "")
			likelihood := regexp.MustCompile(`\(\d|\(≤`).MatchString(rest)
			if (digit.MatchString(rest) || likelihood) && s.Note == 0 {
				t.Errorf("%s: %q has a figure but no note", where, s.Text)
			}
			if s.Note > len(a.Notes) {
				t.Errorf("%s: note %d does not exist", where, s.Note)
			}
		}
	}
	for _, s := range a.Sections {
		check(s.Category+" headline", s.Headline)
		for _, p := range s.Points {
			check(s.Category+" point", p)
		}
		if len(s.Points) < 3 && s.Category == "casualties" {
			t.Errorf("casualties has %d points; want rate, milestone and disagreement", len(s.Points))
		}
	}
	for _, n := range a.Notes {
		if len(n.Claims) == 0 {
			t.Errorf("note %d (%s) cites no claim", n.N, n.Texts)
		}
		for _, c := range n.Claims {
			if c.Source == "" || c.Date == 0 || c.URL == "" || c.ID == "" {
				t.Errorf("note %d cites an incomplete claim %+v", n.N, c)
			}
		}
	}
}

func TestFlagsAndOutliers(t *testing.T) {
	a, err := Build(context.Background(), fixedOptions("md", ""))
	if err != nil {
		t.Fatal(err)
	}
	var reasons []string
	for _, s := range a.Sections {
		for _, f := range s.Flagged {
			reasons = append(reasons, s.Category+": "+f.Claim.Source+": "+f.Reason)
		}
	}
	got := strings.Join(reasons, "\n")
	for _, want := range []string{
		"casualties: UK Ministry of Defence: its period ends after the text was published",
		"equipment:tanks: Oryx <visual>: an outlier",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("flagged claims lack %q:\n%s", want, got)
		}
	}
}

// A quote holding a script or HTML renders as text in both formats.
func TestMarkupInClaimsIsText(t *testing.T) {
	md := render(t, fixedOptions("md", ""))
	html := render(t, fixedOptions("html", ""))
	for _, bad := range []string{"<script", "<b>", "](javascript:", "<visual>"} {
		if regexp.MustCompile(`(^|[^\\])` + regexp.QuoteMeta(bad)).Match(md) {
			t.Errorf("Markdown holds %q unescaped", bad)
		}
	}
	if !bytes.Contains(md, []byte(`\<script\>alert(1)\</script\>`)) || !bytes.Contains(md, []byte(`\<b\>bold\</b\>`)) {
		t.Error("Markdown lost the quote's text")
	}
	for _, bad := range []string{"<script", "<b>bold", `href="javascript:`, "<visual>"} {
		if bytes.Contains(html, []byte(bad)) {
			t.Errorf("HTML holds %q unescaped", bad)
		}
	}
	if !bytes.Contains(html, []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) || !bytes.Contains(html, []byte("&lt;b&gt;bold&lt;/b&gt;")) {
		t.Error("HTML lost the quote's text")
	}
	if !bytes.Contains(html, []byte(`href="https://example.org/gs?day=2025-06-12&amp;lang=en"`)) {
		t.Error("HTML mangled a good URL")
	}
}

func TestMarkdownCharts(t *testing.T) {
	saved := map[string][]byte{}
	o := fixedOptions("md", "")
	o.SaveChart = func(name string, svg []byte) (string, error) {
		saved[name] = svg
		return "charts/" + name + ".svg", nil
	}
	md := render(t, o)
	for _, name := range []string{"casualties-fan", "casualties-rate", "casualties-bias", "equipment-tanks-fan"} {
		if len(saved[name]) == 0 {
			t.Errorf("chart %s not saved", name)
		}
		if !bytes.Contains(md, []byte("(<charts/"+name+".svg>)")) {
			t.Errorf("chart %s not linked", name)
		}
	}
	o.SaveChart = func(string, []byte) (string, error) { return "", fmt.Errorf("disk full") }
	if err := Write(context.Background(), new(bytes.Buffer), o); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("a failing save gave %v", err)
	}
}

func TestRequests(t *testing.T) {
	o := fixedOptions("md", "")
	e := o.Estimator.(*fakeEngine)
	if _, err := Build(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	for _, r := range e.calls {
		if r.Actor != "Russia" || r.To != o.AsOf || r.Seed != 1 || r.MilestoneBy != attrition.MustDate("2025-09-30") || len(r.Milestones) == 0 {
			t.Errorf("request %+v", r)
		}
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	l := fixedLedger()
	tests := []struct {
		o    Options
		code string
	}{
		{Options{Actor: "", Claims: l, Estimator: fixedEngine(l)}, attrition.EINVALID},
		{Options{Actor: "Russia"}, attrition.EINVALID},
		{Options{Actor: "Russia", Claims: l, Estimator: fixedEngine(l), Yardstick: "nato"}, attrition.EINVALID},
		{Options{Actor: "Russia", Claims: l, Estimator: fixedEngine(l), Format: "pdf"}, attrition.EINVALID},
		{Options{Actor: "Atlantis", Claims: l, Estimator: fixedEngine(l)}, attrition.ENOTFOUND},
		{Options{Actor: "Russia", Claims: l, Estimator: fixedEngine(l), AsOf: attrition.MustDate("2020-01-01")}, attrition.ENOTFOUND},
		{Options{Actor: "Russia", Claims: l, Estimator: fixedEngine(l), Categories: []string{"sheep"}}, attrition.EINVALID},
		{Options{Actor: "Russia", Claims: l, Estimator: fixedEngine(l), Categories: []string{"wounded"}}, attrition.ENOTFOUND},
	}
	for i, tt := range tests {
		err := Write(ctx, new(bytes.Buffer), tt.o)
		if attrition.ErrorCode(err) != tt.code {
			t.Errorf("%d: %v (code %q); want code %q", i, err, attrition.ErrorCode(err), tt.code)
		}
	}
}

// Without an as-of date the report speaks of the day of the latest claim.
func TestDefaultAsOf(t *testing.T) {
	o := fixedOptions("md", "")
	o.AsOf = 0
	a, err := Build(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if a.AsOf != attrition.MustDate("2025-06-12") {
		t.Errorf("as of %s", a.AsOf)
	}
}

func TestFigures(t *testing.T) {
	tests := []struct{ got, want string }{
		{aroundFigure(1213456, 60000), "1.2 million"},
		{aroundFigure(1213456, 20000), "1.21 million"},
		{aroundFigure(1213456, 2000), "1.213 million"},
		{aroundFigure(412345, 6000), "410,000"},
		{aroundFigure(412345, 3000), "412,000"},
		{aroundFigure(4.26, 0.01), "4.26"},
		{plainFigure(1300000), "1.3 million"},
		{plainFigure(1250000), "1.25 million"},
		{plainFigure(93000), "93,000"},
		{rateFigure(1267.4), "1,270"},
		{rateFigure(4.26), "4.3"},
		{pct(1.08), "+8%"},
		{pct(0.55), "−45%"},
		{pct(1.004), "+0.4%"},
		{pct(1.0), "±0%"},
		{against(1.12), "12% above the consensus"},
		{against(0.9), "10% below the consensus"},
		{longDate(attrition.MustDate("2025-06-12")), "12 June 2025"},
		{subject("Russia", "casualties"), "Russia's casualties"},
		{subject("Palestinians in Gaza", "killed"), "the dead among Palestinians in Gaza"},
		{subject("Palestinians in Gaza", "casualties"), "casualties among Palestinians in Gaza"},
		{subject("Sudan (RSF)", "equipment:tanks"), "tank losses of Sudan (RSF)"},
		{subject("Russia", "killed_or_missing"), "Russia's dead and missing"},
		{categoryTitle("killed_or_missing"), "Killed or missing"},
		{subject("Russia", "equipment:tanks"), "Russia's tank losses"},
		{subject("Houthis", "casualties"), "Houthis' casualties"},
		{rateUnit("equipment:mlrs"), "MLRS"},
		{rateUnit("equipment:armoured_vehicles"), "armoured vehicles"},
		{rateUnit("killed_or_missing"), "killed or missing"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q; want %q", i, tt.got, tt.want)
		}
	}
	lo, hi := intervalFigures(1151234, 1259876)
	if lo != "1.15" || hi != "1.26 million" {
		t.Errorf("intervalFigures = %q, %q", lo, hi)
	}
	lo, hi = intervalFigures(412345, 455678)
	if lo != "412,000" || hi != "456,000" {
		t.Errorf("intervalFigures = %q, %q", lo, hi)
	}
	for v, want := range map[float64]float64{933000: 900000, 900000: 800000, 1230000: 1200000, 1900000: 1750000, 5: 0} {
		if got := roundBelow(v); got != want {
			t.Errorf("roundBelow(%v) = %v; want %v", v, got, want)
		}
	}
	if got := endOfNextQuarter(attrition.MustDate("2025-12-31")); got != attrition.MustDate("2026-03-31") {
		t.Errorf("endOfNextQuarter = %s", got)
	}
	if got := milestoneStep(1003438); got != 100000 {
		t.Errorf("milestoneStep = %v", got)
	}
	if got := milestoneStep(260000); got != 25000 {
		t.Errorf("milestoneStep = %v", got)
	}
}

func TestFlaggedCapAndOrder(t *testing.T) {
	l := fixedLedger()
	for i := 0; i < 20; i++ {
		flag := attrition.FlagWarringParty
		if i == 19 {
			flag = attrition.FlagArithmeticMismatch
		}
		// On the fake's median, so that they are flagged but no outliers.
		d := float64(5 + i)
		v := math.Round(400*d + 0.36*d*d)
		l = append(l, claim("casualties", "General Staff of the Armed Forces of Ukraine", "point", v, v, v,
			"2022-02-24", attrition.MustDate("2022-03-01").AddDays(i).String(), attrition.MustDate("2022-03-01").AddDays(i).String(),
			"daily figure", "https://example.org/gs/"+fmt.Sprint(i), func(c *attrition.Claim) { c.Flags = []string{flag} }))
	}
	o := fixedOptions("md", "")
	o.Claims, o.Estimator = l, fixedEngine(l)
	a, err := Build(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	s := a.Sections[0]
	want := map[string]bool{}
	for _, o := range s.Estimate.Outliers {
		want[o.ClaimID] = true
	}
	for _, c := range l {
		if c.Actor == "Russia" && c.Category == "casualties" && len(c.Flags) > 0 {
			want[c.ID] = true
		}
	}
	if len(s.Flagged) != maxFlagged || len(s.Flagged)+s.FlaggedMore != len(want) {
		t.Fatalf("%d flagged listed, %d more; want %d listed of %d", len(s.Flagged), s.FlaggedMore, maxFlagged, len(want))
	}
	// Outliers first, then problems with a figure, then provenance notes.
	var order []string
	for _, f := range s.Flagged {
		switch {
		case strings.HasPrefix(f.Reason, "an outlier"):
			order = append(order, "outlier")
		case strings.Contains(f.Reason, "party to the war"):
			order = append(order, "party")
		default:
			order = append(order, "problem")
		}
	}
	got := strings.Join(order, ",")
	if !regexp.MustCompile(`^(outlier,)*problem,problem,(party,?)+$`).MatchString(got) {
		t.Errorf("flag order %s", got)
	}
	var b bytes.Buffer
	if err := a.Markdown(&b, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), fmt.Sprintf("- and %d claims more flagged.", s.FlaggedMore)) {
		t.Error("Markdown does not count the flagged claims left out")
	}
}

// Claims far below the fused figure (one early claim, a long projection)
// still give a milestone: the report asks again around the median.
func TestMilestoneAroundMedian(t *testing.T) {
	l := ledger{claim("casualties", "UK Ministry of Defence", "point", 5000, 5000, 5000, "2022-02-24", "2022-03-10", "2022-03-10",
		"5,000 casualties", "https://example.org/uk/early")}
	e := fixedEngine(l)
	o := Options{Actor: "Russia", AsOf: attrition.MustDate("2025-06-12"), Claims: l, Estimator: e}
	a, err := Build(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.calls) != 2 || e.calls[1].Milestones[0] < 500000 {
		t.Fatalf("%d calls; want a second one around the median", len(e.calls))
	}
	var found bool
	for _, p := range a.Sections[0].Points {
		if strings.Contains(plain(p), "that the total passes 1.1 million by 30 September 2025") {
			found = true
		}
	}
	if !found {
		t.Errorf("no milestone in %+v", a.Sections[0].Points)
	}
}

// stubEstimator returns a fixed estimate (or error) whatever it is asked.
type stubEstimator struct {
	est *attrition.Estimate
	err error
}

func (s stubEstimator) Estimate(context.Context, attrition.EstimateRequest) (*attrition.Estimate, error) {
	return s.est, s.err
}

// What an estimator gives back is data too: missing days, NaN figures,
// refusals and failures must give a readable report or a clear error,
// never a panic or a sentence about NaN.
func TestEstimatorOddities(t *testing.T) {
	l := fixedLedger()
	nan := math.NaN()
	late := &attrition.Estimate{Series: []attrition.EstimatePoint{{Date: attrition.MustDate("2026-01-01"), Median: 5}}}
	nans := &attrition.Estimate{Series: []attrition.EstimatePoint{{Date: attrition.MustDate("2025-01-01"), Median: nan, Lo90: nan, Hi90: nan}},
		Sources:    []attrition.SourceBias{{Source: "a", Factor: nan}, {Source: "b", Factor: 1}},
		Milestones: []attrition.MilestoneEstimate{{Value: 10, ProbReached: nan, By: attrition.MustDate("2026-01-01")}},
		Outliers:   []attrition.Outlier{{ClaimID: "unknown", Source: "", Value: nan, Z: nan}}}
	odd := &attrition.Estimate{Series: []attrition.EstimatePoint{{Date: attrition.MustDate("2025-06-12"), Median: 1000, Lo50: 2000, Hi50: 500, Lo90: 3000, Hi90: -5, RateMedian: nan}},
		Milestones: []attrition.MilestoneEstimate{{Value: 2000, ProbReached: 7, By: attrition.MustDate("2025-09-30")}}}
	for name, tt := range map[string]struct {
		e       attrition.Estimator
		problem string
		err     string
	}{
		"late":       {stubEstimator{est: late}, "no finite figures", ""},
		"nans":       {stubEstimator{est: nans}, "no finite figures", ""},
		"odd":        {stubEstimator{est: odd}, "", ""},
		"refused":    {stubEstimator{err: attrition.Errorf(attrition.ENOTFOUND, "estimate: no usable claims")}, "No estimate: estimate: no usable claims.", ""},
		"failed":     {stubEstimator{err: fmt.Errorf("disk on fire")}, "", "disk on fire"},
		"nil result": {stubEstimator{}, "", "returned nothing"},
	} {
		t.Run(name, func(t *testing.T) {
			o := fixedOptions("md", "")
			o.Estimator = tt.e
			o.Claims = l
			var b bytes.Buffer
			err := Write(context.Background(), &b, o)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v; want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tt.problem) {
				t.Errorf("report lacks %q", tt.problem)
			}
			if regexp.MustCompile(`between \*\*[^*]*−`).MatchString(b.String()) {
				t.Errorf("an interval with a negative end:\n%s", b.String())
			}
			if strings.Contains(b.String(), "NaN") {
				t.Errorf("report says NaN:\n%s", b.String())
			}
			o.Format = "html"
			if err := Write(context.Background(), io.Discard, o); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// A corrected claim gives way to its correction once that is published.
func TestSupersededClaims(t *testing.T) {
	l := fixedLedger()
	var old attrition.Claim
	for _, c := range l {
		if c.Source == "Oryx <visual>" {
			old = c
		}
	}
	fix := claim("equipment:tanks", "Oryx <visual>", "point", 4100, 4100, 4100, "2022-02-24", "2025-06-01", "2025-06-10",
		"4,100 tanks lost, corrected", "https://example.org/oryx/fix", func(c *attrition.Claim) { c.Supersedes = old.ID })
	l = append(l, fix)
	for _, tt := range []struct {
		asOf      string
		want, not string
	}{
		{"2025-06-12", "4,100 tanks lost, corrected", "4,000 tanks lost, visually confirmed"},
		{"2025-06-05", "4,000 tanks lost, visually confirmed", "4,100 tanks lost, corrected"},
	} {
		o := fixedOptions("md", "")
		o.Claims, o.Estimator, o.AsOf = l, fixedEngine(l), attrition.MustDate(tt.asOf)
		md := string(render(t, o))
		if !strings.Contains(md, tt.want) || strings.Contains(md, tt.not) {
			t.Errorf("as of %s: want %q and not %q", tt.asOf, tt.want, tt.not)
		}
	}
}
