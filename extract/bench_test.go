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

// BenchmarkExtractLongDocument reads the development corpus as one long
// document, ten times over: work that grows with what a document has
// already said (sources seen, claims to check against each other) shows
// here and not in the passage-by-passage benchmark.
func BenchmarkExtractLongDocument(b *testing.B) {
	var doc []byte
	for range 10 {
		for _, p := range loadGold(b) {
			if looksLikeHTML([]byte(p.Text)) {
				continue
			}
			doc = append(doc, p.Text...)
			doc = append(doc, "\n\n"...)
		}
	}
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "bench:"})
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(doc); err != nil {
			b.Fatal(err)
		}
	}
}
