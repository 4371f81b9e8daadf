package corpuscheck

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// A checker that passes everything would let a broken corpus score the
// extractor; each case below breaks one rule and must be reported.
func TestCheckerCatchesMistakes(t *testing.T) {
	const text = "Russia has lost about 1,000 soldiers killed and 900 casualties, officials said."
	good := map[string]any{
		"actor": "Russia", "population": "military", "category": "casualties", "status": nil, "per": nil,
		"low": 900, "high": 900, "best": 900, "bound": "point", "approx": false,
		"period_start": "2022-02-24", "period_end": "2025-01-10", "likelihood": nil, "probability": nil,
		"source": nil, "quote": "900 casualties", "span": []int{48, 62}, "derived": false, "flags": []string{},
	}
	cases := []struct {
		name   string
		change func(c map[string]any)
		want   string
	}{
		{"valid claim", func(map[string]any) {}, ""},
		{"span off by one", func(c map[string]any) { c["span"] = []int{47, 61} }, "not the quote"},
		{"span past the text", func(c map[string]any) { c["span"] = []int{len(text) - 2, len(text) + 12} }, "outside the text"},
		{"actor alias", func(c map[string]any) { c["actor"] = "Russian" }, "alias"},
		{"null actor without flag", func(c map[string]any) { c["actor"] = nil }, "ambiguous_actor"},
		{"flag on a known actor", func(c map[string]any) { c["flags"] = []string{"ambiguous_actor"} }, "ambiguous_actor"},
		{"probability off the yardstick", func(c map[string]any) {
			c["likelihood"], c["probability"] = "likely", []float64{0.8, 0.9}
		}, "PHIA"},
		{"likelihood without probability", func(c map[string]any) { c["likelihood"] = "likely" }, "both set"},
		{"period after publication unflagged", func(c map[string]any) { c["period_end"] = "2025-02-01" }, "period_after_publication"},
		{"open period", func(c map[string]any) { c["period_start"] = nil }, "open"},
		{"source alias", func(c map[string]any) { c["source"] = "Pentagon" }, "alias"},
		{"unknown category", func(c map[string]any) { c["category"] = "dead" }, "unknown category"},
		{"point with unequal ends", func(c map[string]any) { c["high"] = 950 }, "point figure"},
		{"status on personnel", func(c map[string]any) { c["status"] = "destroyed" }, "status"},
		{"derived gold", func(c map[string]any) { c["derived"] = true }, "derived"},
		{"missing field", func(c map[string]any) { delete(c, "approx") }, `"approx" missing`},
		{"unknown flag", func(c map[string]any) { c["flags"] = []string{"looks_odd"} }, "not one the corpus codes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := map[string]any{}
			for k, v := range good {
				c[k] = v
			}
			tc.change(c)
			raw, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			p := passage{ID: "p", Style: "news agency", Published: "2025-01-10", URL: "https://example.org/p",
				Title: "t", Text: text, Claims: []json.RawMessage{raw}}
			got := run(p)
			if tc.want == "" {
				if len(got) > 0 {
					t.Fatalf("valid claim reported: %q", got)
				}
				return
			}
			if !anyContains(got, tc.want) {
				t.Fatalf("want a report containing %q, got %q", tc.want, got)
			}
		})
	}
}

// TestCategoryConflictRule checks both directions of the flag rule: the
// flag is required when killed exceeds casualties, and refused otherwise.
func TestCategoryConflictRule(t *testing.T) {
	const text = "1,500 killed and 1,200 casualties"
	claim := func(cat string, n int, quote string, start int, flags ...string) json.RawMessage {
		if flags == nil {
			flags = []string{}
		}
		b, _ := json.Marshal(map[string]any{
			"actor": "Russia", "population": "military", "category": cat, "status": nil, "per": nil,
			"low": n, "high": n, "best": n, "bound": "point", "approx": false,
			"period_start": "2022-02-24", "period_end": "2025-01-10", "likelihood": nil, "probability": nil,
			"source": nil, "quote": quote, "span": []int{start, start + len(quote)}, "derived": false, "flags": flags,
		})
		return b
	}
	p := passage{ID: "p", Style: "news agency", Published: "2025-01-10", URL: "https://example.org/p", Title: "t", Text: text}
	p.Claims = []json.RawMessage{claim("killed", 1500, "1,500 killed", 0), claim("casualties", 1200, "1,200 casualties", 17)}
	if got := run(p); !anyContains(got, "category_conflict") {
		t.Errorf("unflagged conflict not reported: %q", got)
	}
	p.Claims = []json.RawMessage{claim("killed", 1500, "1,500 killed", 0, "category_conflict"),
		claim("casualties", 1200, "1,200 casualties", 17, "category_conflict")}
	if got := run(p); len(got) > 0 {
		t.Errorf("flagged conflict reported: %q", got)
	}
	p.Claims = []json.RawMessage{claim("killed", 1000, "1,500 killed", 0, "category_conflict"),
		claim("casualties", 1200, "1,200 casualties", 17)}
	if got := run(p); !anyContains(got, "category_conflict") {
		t.Errorf("flag without a conflict not reported: %q", got)
	}
}

func run(p passage) []string {
	var got []string
	checkPassage(p, &p, func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) })
	return got
}

func anyContains(list []string, s string) bool {
	for _, l := range list {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}
