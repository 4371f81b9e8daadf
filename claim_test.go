package attrition_test

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// base is a valid claim every case below breaks in one way.
func base() attrition.Claim {
	q := "approximately one million casualties"
	return attrition.Claim{
		Actor: "Russia", Population: "military", Category: "casualties",
		Low: attrition.Float(1e6), High: attrition.Float(1e6), Best: attrition.Float(1e6), Bound: "point", Approx: true,
		PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: attrition.MustDate("2025-06-12"),
		Likelihood: "likely", Probability: &[2]float64{0.55, 0.75}, Source: "UK Ministry of Defence",
		Document: attrition.Document{URL: "https://example.org/a", Title: "An update", Published: attrition.MustDate("2025-06-12")},
		Quote:    q, Span: [2]int{7, 7 + len(q)},
	}
}

// problemFields returns the fields Validate complains about, sorted.
func problemFields(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var ve *attrition.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v (%T) is not a *ValidationError", err, err)
	}
	var out []string
	for _, p := range ve.Problems {
		if p.Reason == "" {
			t.Errorf("problem with %s has no reason", p.Field)
		}
		out = append(out, p.Field)
	}
	sort.Strings(out)
	return out
}

func TestValidate(t *testing.T) {
	f := attrition.Float
	for _, tc := range []struct {
		name   string
		change func(c *attrition.Claim)
		fields []string // the fields reported, sorted; nil = valid
		reason string   // a substring of the message
	}{
		{"valid as given", func(c *attrition.Claim) {}, nil, ""},
		{"every category of the vocabulary", func(c *attrition.Claim) { c.Category = "equipment:air_defence"; c.Status = "captured" }, nil, ""},
		{"unknown category", func(c *attrition.Claim) { c.Category = "deaths" }, []string{"category"}, `unknown category "deaths"`},
		{"unknown equipment type", func(c *attrition.Claim) { c.Category = "equipment:lasers" }, []string{"category"}, "unknown category"},
		{"missing category", func(c *attrition.Claim) { c.Category = "" }, []string{"category"}, "missing"},
		{"low above high", func(c *attrition.Claim) { c.Bound = "range"; c.Best = nil; c.Low, c.High = f(500), f(400) }, []string{"low"}, "greater than high (500 > 400)"},
		{"negative low", func(c *attrition.Claim) { c.Bound = "range"; c.Best = nil; c.Low, c.High = f(-1), f(4) }, []string{"low"}, "negative (-1)"},
		{"negative everything", func(c *attrition.Claim) { c.Low, c.High, c.Best = f(-5), f(-5), f(-5) }, []string{"best", "high", "low"}, "negative"},
		{"not a number", func(c *attrition.Claim) { c.Low, c.High, c.Best = f(math.NaN()), nil, nil; c.Bound = "at_least" }, []string{"low"}, "not a finite number"},
		{"infinite", func(c *attrition.Claim) { c.High = f(math.Inf(1)); c.Low, c.Best = nil, nil; c.Bound = "at_most" }, []string{"high"}, "not a finite number"},
		{"point without best", func(c *attrition.Claim) { c.Best = nil }, []string{"best"}, "missing for a point"},
		{"point with low != best", func(c *attrition.Claim) { c.Low = f(9e5) }, []string{"bound"}, "low = high = best"},
		{"range without high", func(c *attrition.Claim) { c.Bound = "range"; c.High = nil }, []string{"bound"}, "both low and high"},
		{"range with best outside", func(c *attrition.Claim) { c.Bound = "range"; c.Low, c.High, c.Best = f(1), f(2), f(3) }, []string{"best"}, "outside the range"},
		{"at_least with a high", func(c *attrition.Claim) { c.Bound = "at_least"; c.Best = nil }, []string{"high"}, "must be null for at_least"},
		{"more_than without low", func(c *attrition.Claim) { c.Bound = "more_than"; c.Low, c.High, c.Best = nil, nil, nil }, []string{"bound"}, "more_than needs low"},
		{"fewer_than with a low", func(c *attrition.Claim) { c.Bound = "fewer_than"; c.Best = nil }, []string{"low"}, "must be null for fewer_than"},
		{"at_most without high", func(c *attrition.Claim) { c.Bound = "at_most"; c.Low, c.High, c.Best = nil, nil, nil }, []string{"bound"}, "at_most needs high"},
		{"unknown bound", func(c *attrition.Claim) { c.Bound = "about" }, []string{"bound"}, `unknown bound "about"`},
		{"missing bound", func(c *attrition.Claim) { c.Bound = "" }, []string{"bound"}, "missing"},
		{"period_start after period_end", func(c *attrition.Claim) { c.PeriodStart = attrition.MustDate("2025-07-01") }, []string{"period_start"}, "after period_end"},
		{"one-day period", func(c *attrition.Claim) { c.PeriodStart = c.PeriodEnd }, nil, ""},
		{"probability above 1", func(c *attrition.Claim) { c.Probability = &[2]float64{0.5, 1.5} }, []string{"probability"}, "outside [0,1]"},
		{"probability below 0", func(c *attrition.Claim) { c.Probability = &[2]float64{-0.1, 0.5} }, []string{"probability"}, "outside [0,1]"},
		{"probability NaN", func(c *attrition.Claim) { c.Probability = &[2]float64{math.NaN(), 0.5} }, []string{"probability"}, "outside [0,1]"},
		{"probability reversed", func(c *attrition.Claim) { c.Probability = &[2]float64{0.75, 0.55} }, []string{"probability"}, "lower end above upper end"},
		{"probability at the edges", func(c *attrition.Claim) { c.Probability = &[2]float64{0, 1} }, nil, ""},
		{"span shorter than quote", func(c *attrition.Claim) { c.Span[1]-- }, []string{"span"}, "quote has 36"},
		{"span reversed", func(c *attrition.Claim) { c.Span = [2]int{9, 3} }, []string{"span"}, "not a valid"},
		{"span negative", func(c *attrition.Claim) { c.Span = [2]int{-2, 34} }, []string{"span"}, "not a valid"},
		{"no span is allowed", func(c *attrition.Claim) { c.Span = [2]int{} }, nil, ""},
		{"span counts bytes, not runes", func(c *attrition.Claim) { c.Quote = "≈ 1 000 000"; c.Span = [2]int{0, len("≈ 1 000 000")} }, nil, ""},
		{"quote not UTF-8", func(c *attrition.Claim) { c.Quote = "\xff\xfe"; c.Span = [2]int{0, 2} }, []string{"quote"}, "UTF-8"},
		{"missing document url", func(c *attrition.Claim) { c.Document.URL = "" }, []string{"document.url"}, "missing"},
		{"missing publication date", func(c *attrition.Claim) { c.Document.Published = 0 }, []string{"document.published"}, "missing"},
		{"unknown population", func(c *attrition.Claim) { c.Population = "soldiers" }, []string{"population"}, "unknown population"},
		{"unknown status", func(c *attrition.Claim) { c.Category = "equipment:tanks"; c.Status = "lost" }, []string{"status"}, "unknown status"},
		{"status on personnel", func(c *attrition.Claim) { c.Status = "destroyed" }, []string{"status"}, "status is for equipment"},
		{"unknown per", func(c *attrition.Claim) { c.Per = "fortnight" }, []string{"per"}, "unknown rate unit"},
		{"every problem at once", func(c *attrition.Claim) {
			c.Category = "x"
			c.Low = f(-1)
			c.Document = attrition.Document{}
			c.PeriodStart = attrition.MustDate("2030-01-01")
		}, []string{"bound", "category", "document.published", "document.url", "low", "period_start"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := base()
			tc.change(&c)
			err := c.Validate()
			if got := problemFields(t, err); !reflect.DeepEqual(got, tc.fields) {
				t.Fatalf("problems with %v (%v), want %v", got, err, tc.fields)
			}
			if tc.reason != "" && !strings.Contains(err.Error(), tc.reason) {
				t.Errorf("message %q lacks %q", err, tc.reason)
			}
			if err != nil && attrition.ErrorCode(err) != attrition.EINVALID {
				t.Errorf("error code %q, want %q", attrition.ErrorCode(err), attrition.EINVALID)
			}
		})
	}
}

func TestDecodeClaim(t *testing.T) {
	valid, err := json.Marshal(base())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		json   string
		fields []string
		reason string
	}{
		{"valid", string(valid), nil, ""},
		{"malformed period_end", strings.Replace(string(valid), `"period_end":"2025-06-12"`, `"period_end":"12/06/2025"`, 1),
			[]string{"period_end"}, `malformed date "12/06/2025"`},
		{"impossible date", strings.Replace(string(valid), `"period_start":"2022-02-24"`, `"period_start":"2022-02-30"`, 1),
			[]string{"period_start"}, "malformed date"},
		{"date not a string", strings.Replace(string(valid), `"published":"2025-06-12"`, `"published":20250612`, 1),
			[]string{"document.published"}, "malformed date"},
		{"malformed date and a broken rule", strings.Replace(strings.Replace(string(valid), `"period_end":"2025-06-12"`, `"period_end":"soon"`, 1), `"casualties"`, `"deaths"`, 1),
			[]string{"category", "period_end"}, ""},
		{"number as text", `{"category":"killed","best":"1,000","bound":"point","document":{"url":"u","published":"2025-01-01"}}`, []string{"best"}, "want float64"},
		{"number as text and other problems", `{"category":"kiled","best":"1,000","bound":"point","document":{"url":"u"}}`,
			[]string{"best", "category", "document.published"}, `unknown category "kiled"`},
		{"not JSON", `casualties: 1,000`, []string{"(line)"}, "not a JSON object"},
		{"two objects", `{} {}`, []string{"(line)"}, "more than one JSON value"},
		{"probability of one number", `{"category":"killed","best":1,"bound":"point","probability":[0.5],"document":{"url":"u","published":"2025-01-01"}}`,
			[]string{"probability"}, "want null or [lo, hi]"},
		{"span of three numbers", `{"category":"killed","best":1,"bound":"point","quote":"a","span":[1,2,3],"document":{"url":"u","published":"2025-01-01"}}`,
			[]string{"span"}, "want [start, end]"},
		{"span as text and a broken rule", `{"category":"kiled","best":1,"bound":"point","span":"0-4","document":{"url":"u","published":"2025-01-01"}}`,
			[]string{"category", "span"}, ""},
		{"null dates and strings", `{"actor":null,"category":"killed","best":1,"bound":"point","period_end":null,"document":{"url":"u","published":"2025-01-01"}}`, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := attrition.DecodeClaim([]byte(tc.json))
			if got := problemFields(t, err); !reflect.DeepEqual(got, tc.fields) {
				t.Fatalf("problems with %v (%v), want %v", got, err, tc.fields)
			}
			if tc.reason != "" && !strings.Contains(err.Error(), tc.reason) {
				t.Errorf("message %q lacks %q", err, tc.reason)
			}
		})
	}
}

func TestClaimJSONRoundTrip(t *testing.T) {
	for _, c := range []attrition.Claim{
		base(),
		{Category: "killed", High: attrition.Float(5000), Bound: "fewer_than",
			Document: attrition.Document{URL: "u", Published: attrition.MustDate("2024-02-29")},
			Derived:  true, Flags: []string{"ambiguous_actor"}, Dataset: "d", Supersedes: "abc", ID: "0123"},
	} {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back attrition.Claim
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%v: %s", err, b)
		}
		if c.Flags == nil {
			c.Flags = []string{}
		}
		if !reflect.DeepEqual(back, c) {
			t.Errorf("round trip changed the claim:\n got %+v\nwant %+v", back, c)
		}
	}
	// Absent values are written as null, field names as claims.md has them.
	b, _ := json.Marshal(attrition.Claim{Category: "killed"})
	for _, want := range []string{`"actor":null`, `"low":null`, `"period_start":null`, `"probability":null`,
		`"document":{"url":"","title":"","published":null}`, `"flags":[]`, `"span":[0,0]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	for _, absent := range []string{`"id"`, `"dataset"`, `"supersedes"`} {
		if strings.Contains(string(b), absent) {
			t.Errorf("%s writes empty %s", b, absent)
		}
	}
	// UnmarshalJSON decodes; the rules are Validate's (DecodeClaim runs both).
	var c attrition.Claim
	if err := json.Unmarshal([]byte(`{"category":"nope"}`), &c); err != nil || c.Category != "nope" {
		t.Errorf("UnmarshalJSON of a well-formed claim: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"category":"killed","period_end":"2025-02-30"}`), &c); err == nil {
		t.Error("UnmarshalJSON accepted an impossible date")
	}
}

func TestIdentity(t *testing.T) {
	c := base()
	id := c.Identity()
	if len(id) != 32 || strings.Trim(id, "0123456789abcdef") != "" {
		t.Fatalf("Identity() = %q, want 32 hex digits", id)
	}
	if again := base(); again.Identity() != id {
		t.Error("Identity is not stable")
	}
	// Not part of the identity: the reader's annotations and the title.
	for name, change := range map[string]func(*attrition.Claim){
		"id":          func(c *attrition.Claim) { c.ID = "something else" },
		"flags":       func(c *attrition.Claim) { c.Flags = []string{"arithmetic_mismatch"} },
		"probability": func(c *attrition.Claim) { c.Probability = &[2]float64{0.8, 0.9} },
		"title":       func(c *attrition.Claim) { c.Document.Title = "Another title" },
	} {
		c := base()
		change(&c)
		if c.Identity() != id {
			t.Errorf("changing %s changed the identity", name)
		}
	}
	// Everything else is.
	f := attrition.Float
	seen := map[string]string{id: "base"}
	for name, change := range map[string]func(*attrition.Claim){
		"actor":        func(c *attrition.Claim) { c.Actor = "Ukraine" },
		"population":   func(c *attrition.Claim) { c.Population = "" },
		"category":     func(c *attrition.Claim) { c.Category = "killed" },
		"status":       func(c *attrition.Claim) { c.Status = "destroyed" },
		"per":          func(c *attrition.Claim) { c.Per = "day" },
		"low":          func(c *attrition.Claim) { c.Low = f(999999) },
		"low null":     func(c *attrition.Claim) { c.Low = nil },
		"high":         func(c *attrition.Claim) { c.High = f(1000001) },
		"best":         func(c *attrition.Claim) { c.Best = nil },
		"bound":        func(c *attrition.Claim) { c.Bound = "range" },
		"approx":       func(c *attrition.Claim) { c.Approx = false },
		"period_start": func(c *attrition.Claim) { c.PeriodStart = 0 },
		"period_end":   func(c *attrition.Claim) { c.PeriodEnd = c.PeriodEnd.AddDays(1) },
		"likelihood":   func(c *attrition.Claim) { c.Likelihood = "highly likely" },
		"source":       func(c *attrition.Claim) { c.Source = "Mediazona" },
		"url":          func(c *attrition.Claim) { c.Document.URL += "?x" },
		"published":    func(c *attrition.Claim) { c.Document.Published = c.Document.Published.AddDays(-1) },
		"quote":        func(c *attrition.Claim) { c.Quote += "." },
		"span start":   func(c *attrition.Claim) { c.Span[0]++ },
		"span end":     func(c *attrition.Claim) { c.Span[1]++ },
		"derived":      func(c *attrition.Claim) { c.Derived = true },
		"dataset":      func(c *attrition.Claim) { c.Dataset = "oryx" },
		"supersedes":   func(c *attrition.Claim) { c.Supersedes = id },
		// Fields that would run together without length prefixes.
		"shifted text": func(c *attrition.Claim) { c.Actor, c.Population = "Russiam", "ilitary" },
	} {
		c := base()
		change(&c)
		got := c.Identity()
		if prev, dup := seen[got]; dup {
			t.Errorf("changing %s gives the identity of %s", name, prev)
		}
		seen[got] = name
	}
}

func TestNormalize(t *testing.T) {
	c := base()
	c.Flags = []string{"b", "a", "b", "c", "a"}
	c.Normalize()
	if !reflect.DeepEqual(c.Flags, []string{"a", "b", "c"}) {
		t.Errorf("flags %v, want sorted and unique", c.Flags)
	}
	if c.ID != c.Identity() {
		t.Error("Normalize did not set the ID")
	}
}
