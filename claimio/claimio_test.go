package claimio

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// sample returns claims that between them use every field.
func sample() []attrition.Claim {
	pub := attrition.MustDate("2025-06-12")
	doc := attrition.Document{URL: "https://example.org/uk-di-2025-06-12", Title: "UK Defence Intelligence update", Published: pub}
	quote := "approximately one million casualties"
	return []attrition.Claim{
		{Actor: "Russia", Population: "military", Category: "casualties", Low: attrition.Float(1e6), High: attrition.Float(1e6), Best: attrition.Float(1e6),
			Bound: "point", Approx: true, PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: pub, Likelihood: "likely",
			Probability: &[2]float64{0.55, 0.75}, Source: "UK Ministry of Defence", Document: doc, Quote: quote, Span: [2]int{10, 10 + len(quote)}},
		{Actor: "Russia", Category: "permanent_losses", Low: attrition.Float(400000), High: attrition.Float(500000), Bound: "range",
			PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: pub, Likelihood: "likely", Source: "UK Ministry of Defence",
			Document: attrition.Document{URL: doc.URL, Title: "A title, with \"quotes\"\nand two lines", Published: pub},
			Quote:    "between 400,000 and 500,000", Flags: []string{"arithmetic_mismatch", "period_after_publication"}},
		{Actor: "Ukraine", Category: "equipment:tanks", Status: "destroyed", Low: attrition.Float(95000), Bound: "at_least",
			PeriodEnd: pub, Document: doc, Quote: "at least 95,000", Derived: true, Dataset: "oryx", Supersedes: "0123456789abcdef0123456789abcdef"},
		{Actor: "Russia", Category: "casualties", Per: "day", Low: attrition.Float(1262.5), High: attrition.Float(1262.5), Best: attrition.Float(1262.5),
			Bound: "point", PeriodStart: attrition.MustDate("2025-05-01"), PeriodEnd: attrition.MustDate("2025-05-31"), Document: doc, Quote: "  1,262 a day\t "},
		{Category: "killed", High: attrition.Float(5000), Bound: "fewer_than", Document: doc},
	}
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, []attrition.Claim) error
		read  func(*bytes.Buffer) ([]attrition.Claim, error)
	}{
		{"jsonl", func(b *bytes.Buffer, c []attrition.Claim) error { return WriteJSONL(b, c) },
			func(b *bytes.Buffer) ([]attrition.Claim, error) { return ReadJSONL(b, "x.jsonl") }},
		{"csv", func(b *bytes.Buffer, c []attrition.Claim) error { return WriteCSV(b, c) },
			func(b *bytes.Buffer) ([]attrition.Claim, error) { return ReadCSV(b, "x.csv") }},
		{"json", func(b *bytes.Buffer, c []attrition.Claim) error { return WriteJSON(b, c) },
			func(b *bytes.Buffer) ([]attrition.Claim, error) { return ReadJSON(b, "x.json") }},
		{"auto-csv", func(b *bytes.Buffer, c []attrition.Claim) error { return WriteCSV(b, c) },
			func(b *bytes.Buffer) ([]attrition.Claim, error) { return Read(b, "-", "auto") }},
		{"auto-jsonl", func(b *bytes.Buffer, c []attrition.Claim) error { return WriteJSONL(b, c) },
			func(b *bytes.Buffer) ([]attrition.Claim, error) { return Read(b, "claims.txt", "auto") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf, want); err != nil {
				t.Fatal(err)
			}
			got, err := tc.read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round trip changed the claims:\ngot  %+v\nwant %+v", got, want)
			}
		})
	}
}

// lineErrors returns the "line: message" of each reported row.
func lineErrors(t *testing.T, err error) []string {
	t.Helper()
	var le attrition.LineErrors
	if !errors.As(err, &le) {
		t.Fatalf("error %v (%T) is not LineErrors", err, err)
	}
	var out []string
	for _, e := range le {
		out = append(out, e.Error())
	}
	return out
}

const okLine = `{"actor":"Russia","category":"killed","low":5,"high":5,"best":5,"bound":"point","document":{"url":"u","published":"2025-01-01"}}`

func TestReadJSONLErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input string
		want  []string // substrings, one per reported row, in order
	}{
		{"low above high", okLine + "\n" + `{"category":"killed","low":9,"high":5,"bound":"range","document":{"url":"u","published":"2025-01-01"}}`,
			[]string{"f:2: low: greater than high"}},
		{"not JSON, blank lines counted", "\n" + okLine + "\n\nnot json\n", []string{"f:4: not a JSON object"}},
		{"every bad line", `{"category":"kills","best":1,"bound":"point","document":{"url":"u","published":"2025-01-01"}}` + "\n" + okLine + "\n" +
			`{"category":"killed","best":"many","bound":"point"}` + "\n" + `[1,2]` + "\n" + `{"category":"killed"} {}`,
			[]string{`f:1: category: unknown category "kills"`, "f:3: best: want float64", "f:4: ", "f:5: more than one JSON value"}},
		{"bad date and missing document", `{"category":"killed","best":1,"bound":"point","period_end":"2025-13-01"}`,
			[]string{`f:1: period_end: malformed date "2025-13-01"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadJSONL(strings.NewReader(tc.input), "f")
			if got != nil {
				t.Errorf("claims returned despite errors: %v", got)
			}
			lines := lineErrors(t, err)
			if len(lines) != len(tc.want) {
				t.Fatalf("got %d errors %q, want %d", len(lines), lines, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(lines[i], w) {
					t.Errorf("error %d = %q, want it to contain %q", i, lines[i], w)
				}
				if strings.Contains(w, "not a JSON object") && strings.Contains(lines[i], "missing") {
					t.Errorf("error %d = %q buries a non-JSON line under missing fields", i, lines[i])
				}
			}
		})
	}
}

func TestReadJSONLLongLineAndBOM(t *testing.T) {
	long := strings.Repeat("x", 200000)
	in := "\xef\xbb\xbf" + okLine + "\r\n" + strings.Replace(okLine, `"u"`, `"`+long+`"`, 1) + "\n"
	got, err := ReadJSONL(strings.NewReader(in), "f")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].Document.URL != long {
		t.Fatalf("got %d claims", len(got))
	}
}

const csvHeader = "actor,category,low,high,best,bound,document.url,document.published,quote\n"

func TestReadCSVErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input string
		want  []string
	}{
		{"unknown column", "actor,categroy\n", []string{`f:1: unknown column "categroy"`}},
		{"duplicate column", "actor,actor\n", []string{`f:1: column "actor" given twice`}},
		{"multi-line quote moves line numbers", csvHeader +
			"Russia,killed,5,5,5,point,u,2025-01-01,\"one\ntwo\nthree\"\n" +
			"Russia,killed,9,5,,range,u,2025-01-01,x\n",
			[]string{"f:5: low: greater than high"}},
		{"every bad cell", csvHeader +
			"Russia,killed,five,5,5,point,u,2025-01-01,x\n" +
			"Russia,killed,5,5,5,point,u,01/02/2025,x\n" +
			"Russia,killed,5,5\n" +
			"Russia,killed,5,5,5,point,,2025-01-01,\"bad \"quote\"\n",
			[]string{`f:2: low: not a number: "five"`, `f:3: document.published: malformed date "01/02/2025"`, "f:4: 4 cells, header has 9", `f:5: `}},
		{"arrays as JSON", "category,best,bound,document.url,document.published,probability,span,flags,approx\n" +
			"killed,1,point,u,2025-01-01,\"[0.5]\",\"[1,2,3]\",\"flag\",maybe\n",
			[]string{`f:2: probability: want [lo, hi] as JSON, got "[0.5]"; span: want [start, end] as JSON, got "[1,2,3]"; flags: want a JSON array of strings, got "flag"; approx: not true or false: "maybe"`}},
		{"invalid UTF-8", "category,actor\nkilled,\xff\n", []string{"f:2: actor: not valid UTF-8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadCSV(strings.NewReader(tc.input), "f")
			if got != nil {
				t.Errorf("claims returned despite errors: %v", got)
			}
			lines := lineErrors(t, err)
			if len(lines) != len(tc.want) {
				t.Fatalf("got %d errors %q, want %d", len(lines), lines, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(lines[i], w) {
					t.Errorf("error %d = %q, want it to contain %q", i, lines[i], w)
				}
			}
		})
	}
}

func TestReadCSVArraysAndPartialHeader(t *testing.T) {
	in := "category, best ,bound,document.url,document.published,probability,span,flags,approx,quote\n" +
		"killed, 1 ,point,u,2025-01-01,\"[0.5,0.7]\",\"[3,7]\",\"[\"\"b\"\",\"\"a\"\"]\",TRUE, abc\n\n"
	got, err := ReadCSV(strings.NewReader(in), "f")
	if err != nil {
		t.Fatal(err)
	}
	want := attrition.Claim{Category: "killed", Best: attrition.Float(1), Bound: "point",
		Document:    attrition.Document{URL: "u", Published: attrition.MustDate("2025-01-01")},
		Probability: &[2]float64{0.5, 0.7}, Span: [2]int{3, 7}, Flags: []string{"b", "a"}, Approx: true, Quote: " abc"}
	if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestReadJSONErrors(t *testing.T) {
	in := "[\n" + okLine + ",\n" + strings.Replace(okLine, `"killed"`, `"kiled"`, 1) + "\n]"
	_, err := ReadJSON(strings.NewReader(in), "f")
	lines := lineErrors(t, err)
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "f:3: category") {
		t.Errorf("got %q", lines)
	}
	if _, err := ReadJSON(strings.NewReader(`{"a":1}`), "f"); err == nil {
		t.Error("an object was read as an array")
	}
	if _, err := ReadJSON(strings.NewReader("["+okLine), "f"); err == nil {
		t.Error("an unterminated array was accepted")
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"a.csv", "actor,category", FormatCSV},
		{"a.jsonl", "", FormatJSONL},
		{"a.json", "  [", FormatJSON},
		{"-", "\xef\xbb\xbf{", FormatJSONL},
		{"-", "\n\n[{", FormatJSON},
		{"-", "actor,category", FormatCSV},
		{"data.txt", "", FormatCSV},
	} {
		if got := Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestFigure(t *testing.T) {
	f := attrition.Float
	for _, tc := range []struct {
		c    attrition.Claim
		want string
	}{
		{attrition.Claim{Bound: "range", Low: f(400000), High: f(500000)}, "400,000–500,000"},
		{attrition.Claim{Bound: "range", Low: f(400000), High: f(500000), Best: f(450000)}, "400,000–500,000 (best 450,000)"},
		{attrition.Claim{Bound: "at_least", Low: f(95000)}, "≥ 95,000"},
		{attrition.Claim{Bound: "more_than", Low: f(700000)}, "> 700,000"},
		{attrition.Claim{Bound: "at_most", High: f(5000)}, "≤ 5,000"},
		{attrition.Claim{Bound: "fewer_than", High: f(5000)}, "< 5,000"},
		{attrition.Claim{Bound: "point", Best: f(1e6), Approx: true}, "~1,000,000"},
		{attrition.Claim{Bound: "point", Best: f(1262.5), Per: "day"}, "1,262.5/day"},
		{attrition.Claim{Bound: "point", Best: f(999)}, "999"},
		{attrition.Claim{Bound: "point"}, "?"},
	} {
		if got := Figure(&tc.c); got != tc.want {
			t.Errorf("Figure(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestWriteTableGolden(t *testing.T) {
	claims := sample()
	for i := range claims {
		claims[i].Normalize()
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, claims); err != nil {
		t.Fatal(err)
	}
	golden(t, "table.golden", buf.Bytes())
	buf.Reset()
	if err := WriteCSV(&buf, claims); err != nil {
		t.Fatal(err)
	}
	golden(t, "claims.csv.golden", buf.Bytes())
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update to accept):\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestWriteTableGroups(t *testing.T) {
	cs := sample()
	var buf bytes.Buffer
	if err := WriteTableGroups(&buf, [][]attrition.Claim{cs[:2], cs[2:3]}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	if len(lines) != 6 || lines[3] != "" || lines[5] != "" {
		t.Fatalf("want header, 2 rows, a blank line, 1 row:\n%q", lines)
	}
	for _, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("line ends in spaces: %q", l)
		}
	}
	// The groups share the table's columns.
	if strings.Index(lines[1], "~1,000,000") != strings.Index(lines[4], "≥ 95,000") {
		t.Errorf("groups are not aligned:\n%s", buf.String())
	}
}

// The fast path for [a,b] cells must agree with the JSON decoder.
func TestFastPairsAgreeWithJSON(t *testing.T) {
	for _, s := range []string{"[0.55,0.75]", "[ 1 , 2 ]", "[1e3,2E-2]", "[-0,1]", "[01,2]", "[+1,2]", "[.5,1]", "[1.,2]",
		"[1,2,3]", "[1]", "[Inf,1]", "[NaN,1]", "[1 2]", "[1e,2]", "[0x10,1]", "[1_0,2]", "[1.5,2]", "[99999999999999999999,1]", "[,]"} {
		var p []float64
		perr := strictJSON(s, &p)
		x, y, ok := fastFloatPair(s)
		if ok && (perr != nil || len(p) != 2 || p[0] != x || p[1] != y) {
			t.Errorf("fastFloatPair(%q) = %v, %v; JSON says %v, %v", s, x, y, p, perr)
		}
		var sp []int
		serr := strictJSON(s, &sp)
		a, b, ok := fastIntPair(s)
		if ok && (serr != nil || len(sp) != 2 || sp[0] != a || sp[1] != b) {
			t.Errorf("fastIntPair(%q) = %v, %v; JSON says %v, %v", s, a, b, sp, serr)
		}
	}
	if _, _, ok := fastFloatPair("[0.55,0.75]"); !ok {
		t.Error("the common case misses the fast path")
	}
}

// TestReadCSVAsPeopleWriteIt: spreadsheets' separators, header spellings,
// grouped thousands and yes/no.
func TestReadCSVAsPeopleWriteIt(t *testing.T) {
	want := attrition.Claim{Actor: "Russia", Category: "killed", Low: attrition.Float(1250000.5), High: attrition.Float(1250000.5),
		Best: attrition.Float(1250000.5), Bound: "point", Approx: true,
		Document: attrition.Document{URL: "u", Title: "T", Published: attrition.MustDate("2025-01-01")}}
	for name, in := range map[string]string{
		"semicolons": "Actor;Category;Low;High;Best;Bound;Approx;Document_URL;Document Title;published\n" +
			"Russia;killed;1250000.5;1250000.5;1250000.5;point;yes;u;T;2025-01-01\n",
		"tabs": "actor\tcategory\tlow\thigh\tbest\tbound\tapprox\turl\ttitle\tdocument.published\n" +
			"Russia\tkilled\t1,250,000.5\t1250000.5\t1250000.5\tpoint\tY\tu\tT\t2025-01-01\n",
		"grouped thousands": "actor,category,low,high,best,bound,approx,document.url,document.title,document.published\n" +
			"Russia,killed,\"1,250,000.5\",\"1,250,000.5\",1250000.5,point,TRUE,u,T,2025-01-01\n",
	} {
		got, err := ReadCSV(strings.NewReader(in), "f")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
			t.Errorf("%s: got %+v", name, got)
		}
	}
	for _, cell := range []string{"1,5", "12,34", "1,2345", ",123", "1,,000", "1,000.", "1.000,5"} {
		in := "category,best,bound,document.url,document.published\nkilled,\"" + cell + "\",point,u,2025-01-01\n"
		if _, err := ReadCSV(strings.NewReader(in), "f"); err == nil {
			t.Errorf("ambiguous number %q was accepted", cell)
		}
	}
	// An unknown column is reported once, not taken for another.
	_, err := ReadCSV(strings.NewReader("bogus,id\n"), "f")
	if lines := lineErrors(t, err); len(lines) != 1 || !strings.Contains(lines[0], `unknown column "bogus"`) {
		t.Errorf("got %q", lines)
	}
}
