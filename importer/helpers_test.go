package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/attrition-project/attrition"
)

// dataDir is the shared folder of real datasets, beside the repository.
const dataDir = "../../shared/data"

// realFile returns the path of a real dataset file, skipping the test
// when the shared data folder is not there.
func realFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(dataDir, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("real dataset %s not available (%v); tests on real files need ../shared/data beside the repository", rel, err)
	}
	return p
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// run imports data with a format and checks what every import must
// hold: every claim valid against the contract.
func run(t testing.TB, format string, data []byte, name string, opts Options) *Result {
	t.Helper()
	im, ok := Lookup(format)
	if !ok {
		t.Fatalf("format %s not registered", format)
	}
	res, err := im.Import(context.Background(), bytes.NewReader(data), name, opts)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	for i := range res.Claims {
		if err := res.Claims[i].Validate(); err != nil {
			t.Fatalf("claim %d of %s invalid: %v", i, name, err)
		}
	}
	return res
}

// realResults caches imports of the real files: tests only read them.
var (
	realMu      sync.Mutex
	realResults = map[string]*Result{}
)

func importReal(t testing.TB, format, rel string) *Result {
	t.Helper()
	p := realFile(t, rel)
	realMu.Lock()
	defer realMu.Unlock()
	if res, ok := realResults[format+"|"+rel]; ok {
		return res
	}
	res := run(t, format, readFile(t, p), p, Options{})
	realResults[format+"|"+rel] = res
	return res
}

// find returns the claims matching every non-empty criterion.
type query struct {
	dataset, category, status, actor, source string
	end                                      string
	anyStatus                                bool
}

func (q query) match(c *attrition.Claim) bool {
	return (q.dataset == "" || c.Dataset == q.dataset) &&
		(q.category == "" || c.Category == q.category) &&
		(q.anyStatus || c.Status == q.status) &&
		(q.actor == "" || c.Actor == q.actor) &&
		(q.source == "" || c.Source == q.source) &&
		(q.end == "" || c.PeriodEnd.String() == q.end)
}

func find(res *Result, q query) []attrition.Claim {
	var out []attrition.Claim
	for i := range res.Claims {
		if q.match(&res.Claims[i]) {
			out = append(out, res.Claims[i])
		}
	}
	return out
}

// one returns the single claim matching q.
func one(t testing.TB, res *Result, q query) attrition.Claim {
	t.Helper()
	got := find(res, q)
	if len(got) != 1 {
		t.Fatalf("want 1 claim for %+v, got %d", q, len(got))
	}
	return got[0]
}

func val(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}

func hasNote(res *Result, words ...string) bool {
	for _, n := range res.Notes {
		ok := true
		for _, w := range words {
			if !strings.Contains(n, w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// ids returns the identities of an import's claims.
func ids(res *Result) map[string]bool {
	out := map[string]bool{}
	for i := range res.Claims {
		c := res.Claims[i]
		c.Normalize()
		out[c.ID] = true
	}
	return out
}

// byDay indexes claims by dataset, category, status and end date, for
// tests that look up every day of a file.
type byDay map[string][]attrition.Claim

func indexClaims(res *Result) byDay {
	ix := byDay{}
	for _, c := range res.Claims {
		k := c.Dataset + "|" + c.Category + "|" + c.Status + "|" + c.PeriodEnd.String()
		ix[k] = append(ix[k], c)
	}
	return ix
}

func (ix byDay) get(dataset, category, status, end string) []attrition.Claim {
	return ix[dataset+"|"+category+"|"+status+"|"+end]
}
