package extract

import (
	"testing"

	"github.com/attrition-project/attrition"
)

// BenchmarkExtractCorpus reads every passage of the development corpus
// once per iteration; b.SetBytes makes the result a throughput.
func BenchmarkExtractCorpus(b *testing.B) {
	ps := loadGold(b)
	var n int64
	for _, p := range ps {
		n += int64(len(p.Text))
	}
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "bench:"})
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range ps {
			if _, err := x.Extract([]byte(p.Text)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
