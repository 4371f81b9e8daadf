package attrition

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"testing"
)

// identityReference is the hashed form as first written, one string per
// field: Identity must keep giving exactly its IDs, or every stored claim
// would look new.
func identityReference(c *Claim) string {
	num := func(p *float64) string {
		if p == nil {
			return "~"
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	fields := []string{
		c.Actor, c.Population, c.Category, c.Status, c.Per,
		num(c.Low), num(c.High), num(c.Best), c.Bound, strconv.FormatBool(c.Approx),
		c.PeriodStart.String(), c.PeriodEnd.String(), c.Likelihood, c.Source,
		c.Document.URL, c.Document.Published.String(), c.Quote,
		strconv.Itoa(c.Span[0]), strconv.Itoa(c.Span[1]), strconv.FormatBool(c.Derived),
		c.Dataset, c.Supersedes,
	}
	var buf []byte
	for _, f := range fields {
		buf = strconv.AppendInt(buf, int64(len(f)), 10)
		buf = append(buf, ':')
		buf = append(buf, f...)
		buf = append(buf, '|')
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:16])
}

func TestIdentityMatchesReference(t *testing.T) {
	long := strings.Repeat("a quote longer than the stack buffer ", 40)
	for i, c := range []Claim{
		{},
		{Actor: "Russia", Population: "military", Category: "casualties", Low: Float(1e6), High: Float(1e6), Best: Float(1e6),
			Bound: BoundPoint, Approx: true, PeriodStart: MustDate("2022-02-24"), PeriodEnd: MustDate("2025-06-12"),
			Likelihood: "likely", Probability: &[2]float64{0.55, 0.75}, Source: "UK Ministry of Defence",
			Document: Document{URL: "https://example.org/a", Title: "T", Published: MustDate("2025-06-12")},
			Quote:    "about a million", Span: [2]int{10, 25}, Derived: true, Dataset: "d", Supersedes: "abc"},
		{Category: "killed", Low: Float(0.1), High: Float(1e21), Best: Float(-0.0), Bound: BoundRange,
			Document: Document{URL: "u", Published: MustDate("0001-01-01")}, Quote: long, Span: [2]int{0, len(long)}},
		{Category: "wounded", Low: Float(math.MaxFloat64), Best: Float(5e-324), Bound: BoundAtLeast,
			PeriodEnd: MustDate("9999-12-31"), Quote: "ünïcödé", Span: [2]int{1 << 40, 1<<40 + 14}},
	} {
		if got, want := c.Identity(), identityReference(&c); got != want {
			t.Errorf("claim %d: Identity() = %s, want %s", i, got, want)
		}
	}
}

func BenchmarkIdentity(b *testing.B) {
	c := Claim{Actor: "Russia", Population: "military", Category: "casualties", Low: Float(151137), High: Float(188921.25),
		Bound: BoundRange, PeriodStart: MustDate("2022-02-24"), PeriodEnd: MustDate("2025-06-12"), Likelihood: "likely",
		Source:   "General Staff of the Armed Forces of Ukraine",
		Document: Document{URL: "https://example.org/bulletins/0/2022-02-24", Published: MustDate("2025-06-12")},
		Quote:    "Israel lost about 151,137 (casualties)", Span: [2]int{100, 138}, Dataset: "lod-orc-losses"}
	b.ReportAllocs()
	for b.Loop() {
		c.Identity()
	}
}
