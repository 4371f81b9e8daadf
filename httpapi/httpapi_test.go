package httpapi_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/estimate"
	"github.com/attrition-project/attrition/httpapi"
	"github.com/attrition-project/attrition/sqlite"
)

func claim(src, end string, best float64, quote string) attrition.Claim {
	d := attrition.MustDate(end)
	return attrition.Claim{
		Actor: "Russia", Category: attrition.CategoryCasualties, Bound: attrition.BoundPoint,
		Low: attrition.Float(best), High: attrition.Float(best), Best: attrition.Float(best), Approx: true,
		PeriodStart: attrition.MustDate("2022-02-24"), PeriodEnd: d, Source: src, Quote: quote,
		Document: attrition.Document{URL: "https://example.org/" + src + "/" + end, Published: d},
	}
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cs := []attrition.Claim{
		claim("UK Ministry of Defence", "2024-06-01", 500000, "about 500,000 casualties"),
		claim("UK Ministry of Defence", "2025-06-12", 1000000, "around a million <script>alert(1)</script>"),
		claim("CSIS", "2025-06-03", 950000, "more than 950,000 casualties"),
		claim("General Staff of the Armed Forces of Ukraine", "2025-01-01", 790000, "about 790,000"),
	}
	if _, err := db.AddClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.New(db, estimate.New(db)))
	t.Cleanup(srv.Close)
	return srv
}

type envelope struct {
	Data  json.RawMessage `json:"data"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func get(t *testing.T, srv *httptest.Server, path string) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

func TestJSONEndpoints(t *testing.T) {
	srv := newServer(t)
	for _, tc := range []struct {
		path   string
		status int
		code   string // error code expected, "" for data
		check  func(t *testing.T, data json.RawMessage)
	}{
		{path: "/api/v1/claims?actor=Russian", status: 200, check: func(t *testing.T, d json.RawMessage) {
			var cs []attrition.Claim
			if err := json.Unmarshal(d, &cs); err != nil || len(cs) != 4 {
				t.Fatalf("claims: %d (%v)", len(cs), err)
			}
		}},
		{path: "/api/v1/claims?source=csis&from=2025-01-01", status: 200, check: func(t *testing.T, d json.RawMessage) {
			var cs []attrition.Claim
			if err := json.Unmarshal(d, &cs); err != nil || len(cs) != 1 || cs[0].Source != "CSIS" {
				t.Fatalf("claims: %+v (%v)", cs, err)
			}
		}},
		{path: "/api/v1/claims?actor=Nobody", status: 200, check: func(t *testing.T, d json.RawMessage) {
			if strings.TrimSpace(string(d)) != "[]" {
				t.Fatalf("empty result = %s, want []", d)
			}
		}},
		{path: "/api/v1/claims?from=June", status: 400, code: attrition.EINVALID},
		{path: "/api/v1/claims?limit=-1", status: 400, code: attrition.EINVALID},
		{path: "/api/v1/claims?category=tanks", status: 400, code: attrition.EINVALID},
		{path: "/api/v1/nothing", status: 404, code: attrition.ENOTFOUND},
		{path: "/api/v1/estimate?actor=Russia", status: 400, code: attrition.EINVALID},
		{path: "/api/v1/estimate?actor=Russia&category=casualties&step=fortnight", status: 400, code: attrition.EINVALID},
		{path: "/api/v1/series", status: 200, check: func(t *testing.T, d json.RawMessage) {
			var ss []httpapi.Series
			if err := json.Unmarshal(d, &ss); err != nil || len(ss) != 1 || ss[0].Claims != 4 || ss[0].Sources != 3 {
				t.Fatalf("series = %+v (%v)", ss, err)
			}
		}},
		{path: "/api/v1/estimate?actor=Russia&category=casualties&step=month&milestone=1500000", status: 200, check: func(t *testing.T, d json.RawMessage) {
			var e attrition.Estimate
			if err := json.Unmarshal(d, &e); err != nil || len(e.Series) == 0 {
				t.Fatalf("estimate: %v, %d points", err, len(e.Series))
			}
			last := e.Series[len(e.Series)-1]
			if !(last.Lo90 <= last.Median && last.Median <= last.Hi90) || last.Median < 500000 {
				t.Errorf("last point %+v", last)
			}
		}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res, b := get(t, srv, tc.path)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tc.status, b)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var env envelope
			if err := json.Unmarshal(b, &env); err != nil {
				t.Fatalf("not the JSON envelope: %v: %s", err, b)
			}
			if tc.code != "" {
				if env.Error == nil || env.Error.Code != tc.code || env.Error.Message == "" || env.Data != nil {
					t.Fatalf("error envelope %s, want code %s", b, tc.code)
				}
				return
			}
			if env.Error != nil {
				t.Fatalf("unexpected error %+v", env.Error)
			}
			tc.check(t, env.Data)
		})
	}
}

func TestDashboardAssets(t *testing.T) {
	srv := newServer(t)
	res, b := get(t, srv, "/")
	if res.StatusCode != 200 || !strings.Contains(string(b), "<title>attrition") {
		t.Fatalf("index: %d %.200s", res.StatusCode, b)
	}
	refs := regexp.MustCompile(`/static/([a-z]+\.[0-9a-f]{8}\.(?:js|css))`).FindAllStringSubmatch(string(b), -1)
	if len(refs) != 2 {
		t.Fatalf("index links %d hashed assets, want 2 (app.js, style.css)", len(refs))
	}
	for _, r := range refs {
		res, body := get(t, srv, r[0])
		if res.StatusCode != 200 || len(body) == 0 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %d, %d bytes, cache %q", r[0], res.StatusCode, len(body), res.Header.Get("Cache-Control"))
		}
	}
	if res, _ := get(t, srv, "/static/app.00000000.js"); res.StatusCode != 404 {
		t.Errorf("a stale asset name answered %d", res.StatusCode)
	}
}

func TestChartsAndReport(t *testing.T) {
	srv := newServer(t)
	res, b := get(t, srv, "/api/v1/charts/fan.svg?actor=Russia&category=casualties")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(string(b), "<svg") {
		t.Fatalf("fan chart: %d %q %.200s", res.StatusCode, res.Header.Get("Content-Type"), b)
	}
	if res, _ := get(t, srv, "/api/v1/charts/pie.svg?actor=Russia&category=casualties"); res.StatusCode != 404 {
		t.Errorf("unknown chart kind answered %d", res.StatusCode)
	}
	res, b = get(t, srv, "/api/v1/report?actor=Russia")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("report: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if strings.Contains(string(b), "<script>alert(1)") {
		t.Error("a quote's <script> reached the report as markup")
	}
	res, b = get(t, srv, "/api/v1/report?actor=Russia&format=md")
	if res.StatusCode != 200 || !strings.Contains(string(b), "#") {
		t.Errorf("markdown report: %d %.100s", res.StatusCode, b)
	}
}
