package reference

import (
	"errors"
	"math"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

func mustClaims(t *testing.T) []attrition.Claim {
	t.Helper()
	cs, err := Claims()
	if err != nil {
		t.Fatalf("Claims: %v", err)
	}
	return cs
}

func TestEveryRowValidates(t *testing.T) {
	for i, c := range mustClaims(t) {
		if err := c.Validate(); err != nil {
			t.Errorf("claim %d (%s %s %s): %v", i+1, c.Actor, c.Category, c.Source, err)
		}
		if c.ID == "" || c.ID != c.Identity() {
			t.Errorf("claim %d: ID %q not normalised", i+1, c.ID)
		}
	}
}

// The issue asks for a ledger wide enough to show fusion across sources
// and conflicts; these are its floors.
func TestCoverage(t *testing.T) {
	cs := mustClaims(t)
	sources := map[string]bool{}
	conflicts := map[string]bool{}
	categories := map[string]bool{}
	bounds := map[string]bool{}
	approx := 0
	for _, c := range cs {
		sources[c.Source] = true
		cf, ok := attrition.ConflictOf(c.Actor)
		if !ok {
			t.Errorf("%s: actor %q has no conflict in the registry", c.Quote, c.Actor)
			continue
		}
		conflicts[cf.ID] = true
		categories[c.Category] = true
		bounds[c.Bound] = true
		if c.Approx {
			approx++
		}
	}
	if len(cs) < 40 {
		t.Errorf("%d claims, want at least 40", len(cs))
	}
	if len(sources) < 8 {
		t.Errorf("%d publishers, want at least 8: %v", len(sources), keys(sources))
	}
	if len(conflicts) < 2 {
		t.Errorf("%d conflicts, want at least 2: %v", len(conflicts), keys(conflicts))
	}
	for _, want := range []string{"casualties", "killed", "killed_or_missing", "permanent_losses", "wounded", "captured", "equipment:tanks"} {
		if !categories[want] {
			t.Errorf("no claim of category %s", want)
		}
	}
	for _, want := range attrition.Bounds {
		if want == attrition.BoundFewerThan {
			continue // no publisher in the ledger states "fewer than"
		}
		if !bounds[want] {
			t.Errorf("no claim of shape %s", want)
		}
	}
	if approx == 0 {
		t.Error("no hedged (approx) claim")
	}
	t.Logf("%s", Summary(cs))
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestProvenance(t *testing.T) {
	for _, c := range mustClaims(t) {
		name := c.Actor + " " + c.Category + " " + c.Document.URL
		u, err := url.Parse(c.Document.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Errorf("%s: document URL is not an absolute web address", name)
		}
		if strings.TrimSpace(c.Document.Title) == "" {
			t.Errorf("%s: no document title", name)
		}
		if c.Document.Published.IsZero() {
			t.Errorf("%s: no publication date", name)
		}
		if strings.TrimSpace(c.Quote) == "" {
			t.Errorf("%s: empty quote", name)
		}
		if strings.TrimSpace(c.Source) == "" {
			t.Errorf("%s: no source", name)
		}
		if c.PeriodStart.IsZero() || c.PeriodEnd.IsZero() {
			t.Errorf("%s: period not closed (%s → %s)", name, c.PeriodStart, c.PeriodEnd)
		}
		if c.PeriodEnd > c.Document.Published && !c.HasFlag(attrition.FlagPeriodAfterPublication) {
			t.Errorf("%s: period ends %s after publication %s without the flag", name, c.PeriodEnd, c.Document.Published)
		}
		if cf, ok := attrition.ConflictOf(c.Actor); ok && c.PeriodStart < cf.Start {
			t.Errorf("%s: period starts %s, before the conflict (%s)", name, c.PeriodStart, cf.Start)
		}
		// An inferred day must say so where a reader looks: the title.
		if c.HasFlag(FlagDateInferred) && !strings.Contains(c.Document.Title, "inferred") {
			t.Errorf("%s: flagged %s but the title does not say which day was chosen", name, FlagDateInferred)
		}
		if c.Derived {
			t.Errorf("%s: a published figure cannot be derived", name)
		}
	}
}

// Names must be the registries' spellings, or queries by actor or source
// miss rows.
func TestCanonicalNames(t *testing.T) {
	for _, c := range mustClaims(t) {
		if got := attrition.CanonicalActor(c.Actor); got != c.Actor {
			t.Errorf("actor %q is spelled %q in the registry", c.Actor, got)
		}
		if src, ok := attrition.ResolveSource(c.Source); ok && src.Name != c.Source {
			t.Errorf("source %q is spelled %q in the registry", c.Source, src.Name)
		}
		if src, ok := attrition.ResolveSource(c.Source); ok && src.Party != "" && !c.HasFlag(attrition.FlagWarringParty) {
			t.Errorf("%s (%s): source is a warring party but the claim lacks %s", c.Source, c.Quote, attrition.FlagWarringParty)
		}
	}
}

func TestLikelihoodReadThroughYardstick(t *testing.T) {
	y := yardstick.Default()
	for _, c := range mustClaims(t) {
		switch {
		case c.Likelihood != "":
			lo, hi, ok := y.Read(c.Likelihood)
			if !ok {
				t.Errorf("%s: likelihood %q not on the %s yardstick", c.Quote, c.Likelihood, y.Name)
				continue
			}
			if c.Probability == nil || c.Probability[0] != lo || c.Probability[1] != hi {
				t.Errorf("%s: probability %v, want [%v %v] for %q", c.Quote, c.Probability, lo, hi, c.Likelihood)
			}
		case c.Probability != nil:
			// Without a word, only a level the publisher stated (a 95%
			// interval) may be recorded.
			if !strings.Contains(c.Quote, "%") {
				t.Errorf("%s: probability %v without a likelihood word or a stated level", c.Quote, c.Probability)
			}
		}
	}
}

func TestNoDuplicateIDs(t *testing.T) {
	seen := map[string]string{}
	for _, c := range mustClaims(t) {
		if prev, dup := seen[c.ID]; dup {
			t.Errorf("rows %q and %q share ID %s", prev, c.Quote, c.ID)
		}
		seen[c.ID] = c.Quote
	}
}

// lowest and highest are the ends a claim admits: an open end is 0 below
// and infinity above.
func lowest(c *attrition.Claim) float64 {
	switch {
	case c.Low != nil:
		return *c.Low
	case c.Best != nil:
		return *c.Best
	}
	return 0
}

func highest(c *attrition.Claim) float64 {
	switch {
	case c.High != nil:
		return *c.High
	case c.Best != nil:
		return *c.Best
	}
	return math.Inf(1)
}

type scope struct {
	source, actor, population, per string
	start, end                     attrition.Date
}

// Within one update of one source (same actor, population and period),
// a category never exceeds the one above it: killed ≤ killed_or_missing
// ≤ permanent_losses ≤ casualties, wounded ≤ casualties.
func TestArithmeticWithinAnUpdate(t *testing.T) {
	groups := map[scope][]attrition.Claim{}
	for _, c := range mustClaims(t) {
		if attrition.IsEquipment(c.Category) {
			continue
		}
		k := scope{c.Source, c.Actor, c.Population, c.Per, c.PeriodStart, c.PeriodEnd}
		groups[k] = append(groups[k], c)
	}
	pairs := 0
	for k, cs := range groups {
		for i := range cs {
			for j := range cs {
				a, b := &cs[i], &cs[j]
				if a.Category == b.Category || !attrition.AtMost(a.Category, b.Category) {
					continue
				}
				pairs++
				va, _ := a.Value()
				vb, _ := b.Value()
				if lowest(a) > highest(b) || va > vb {
					t.Errorf("%s, %s %s: %s %v exceeds %s %v", k.source, k.actor, k.end,
						a.Category, va, b.Category, vb)
				}
			}
		}
	}
	if pairs < 5 {
		t.Errorf("only %d category pairs checked; the ledger should carry multi-figure updates", pairs)
	}
}

type series struct {
	source, actor, population, category, status string
}

// A running total since the start of a conflict never falls: a later
// figure of the same source must admit a value at least the earlier
// one's lowest, unless it is flagged total_decreased.
func TestRunningTotalsNeverFall(t *testing.T) {
	byKey := map[series][]attrition.Claim{}
	for _, c := range mustClaims(t) {
		cf, ok := attrition.ConflictOf(c.Actor)
		if !ok || c.PeriodStart != cf.Start || c.Per != "" {
			continue
		}
		k := series{c.Source, c.Actor, c.Population, c.Category, c.Status}
		byKey[k] = append(byKey[k], c)
	}
	compared := 0
	for k, cs := range byKey {
		for i := range cs {
			for j := range cs {
				a, b := &cs[i], &cs[j]
				if a.PeriodEnd >= b.PeriodEnd || b.HasFlag(attrition.FlagTotalDecreased) {
					continue
				}
				compared++
				if highest(b) < lowest(a) {
					t.Errorf("%s %s %s: %v on %s falls below %v on %s", k.source, k.actor, k.category,
						highest(b), b.PeriodEnd, lowest(a), a.PeriodEnd)
				}
			}
		}
	}
	if compared < 10 {
		t.Errorf("only %d pairs of a running total compared", compared)
	}
}

func TestParseReportsEveryBadLine(t *testing.T) {
	good := `{"actor":"Russia","population":"military","category":"killed","status":null,"per":null,"low":1,"high":1,"best":1,"bound":"point","approx":false,"period_start":"2022-02-24","period_end":"2022-03-01","likelihood":null,"probability":null,"source":"X","document":{"url":"https://example.org/a","title":"t","published":"2022-03-01"},"quote":"q","span":[0,0],"derived":false,"flags":[]}`
	tests := []struct {
		name      string
		in        string
		wantN     int
		wantLines []int
	}{
		{"one good row", good + "\n", 1, nil},
		{"blank lines skipped", "\n" + good + "\n\n" + good + "\n", 2, nil},
		{"no trailing newline", good, 1, nil},
		{"empty input", "", 0, nil},
		{"not JSON", good + "\n{oops\n", 0, []int{2}},
		{"unknown category", strings.Replace(good, `"killed"`, `"dead"`, 1) + "\n" + good, 0, []int{1}},
		{"two bad rows", "[]\n" + good + "\n" + strings.Replace(good, `"low":1`, `"low":2`, 1), 0, []int{1, 3}},
		{"missing url", strings.Replace(good, `https://example.org/a`, ``, 1), 0, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := Parse(strings.NewReader(tt.in), "in.jsonl")
			if len(tt.wantLines) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if len(cs) != tt.wantN {
					t.Fatalf("got %d claims, want %d", len(cs), tt.wantN)
				}
				return
			}
			var le attrition.LineErrors
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not LineErrors", err)
			}
			if cs != nil {
				t.Errorf("claims returned alongside errors")
			}
			var lines []int
			for _, e := range le {
				lines = append(lines, e.Line)
				if e.File != "in.jsonl" {
					t.Errorf("file %q, want in.jsonl", e.File)
				}
			}
			if len(lines) != len(tt.wantLines) {
				t.Fatalf("bad lines %v, want %v", lines, tt.wantLines)
			}
			for i := range lines {
				if lines[i] != tt.wantLines[i] {
					t.Fatalf("bad lines %v, want %v", lines, tt.wantLines)
				}
			}
			if attrition.ErrorCode(err) != attrition.EINVALID {
				t.Errorf("code %q, want %q", attrition.ErrorCode(err), attrition.EINVALID)
			}
			if !strings.Contains(err.Error(), "in.jsonl:") {
				t.Errorf("message %q lacks file:line", err)
			}
		})
	}
}

func TestClaimsReturnsFreshSlices(t *testing.T) {
	a := mustClaims(t)
	a[0].Actor = "changed"
	b := mustClaims(t)
	if b[0].Actor == "changed" {
		t.Fatal("Claims shares state between calls")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(claimsJSONL[:bytesUpToLine(claimsJSONL, 3)])
	f.Add([]byte("{}\n\n[1]\n"))
	f.Add([]byte(`{"category":"killed","bound":"point","best":1e400}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := Parse(strings.NewReader(string(data)), "fuzz")
		if err != nil {
			if cs != nil {
				t.Fatal("claims and error together")
			}
			var le attrition.LineErrors
			if !errors.As(err, &le) || len(le) == 0 {
				t.Fatalf("error %v is not LineErrors", err)
			}
			return
		}
		for i := range cs {
			if err := cs[i].Validate(); err != nil {
				t.Fatalf("accepted an invalid claim: %v", err)
			}
		}
	})
}

func bytesUpToLine(b []byte, n int) int {
	for i, ch := range b {
		if ch == '\n' {
			n--
			if n == 0 {
				return i + 1
			}
		}
	}
	return len(b)
}

// BenchmarkClaims measures decoding and validating the embedded ledger,
// which every demo run and every test of an engine on it pays.
func BenchmarkClaims(b *testing.B) {
	b.SetBytes(int64(len(claimsJSONL)))
	for b.Loop() {
		if _, err := Claims(); err != nil {
			b.Fatal(err)
		}
	}
}
