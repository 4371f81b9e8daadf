package claimio

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/attrition-project/attrition"
)

func benchInput(b *testing.B, n int, write func(*bytes.Buffer, []attrition.Claim) error) []byte {
	b.Helper()
	base := sample()
	claims := make([]attrition.Claim, n)
	for i := range claims {
		c := base[i%len(base)]
		c.Document.URL = fmt.Sprintf("https://example.org/bulletins/%d", i/20)
		claims[i] = c
	}
	var buf bytes.Buffer
	if err := write(&buf, claims); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkReadCSV(b *testing.B) {
	in := benchInput(b, 50_000, func(w *bytes.Buffer, c []attrition.Claim) error { return WriteCSV(w, c) })
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := ReadCSV(bytes.NewReader(in), "bench.csv"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	in := benchInput(b, 50_000, func(w *bytes.Buffer, c []attrition.Claim) error { return WriteJSONL(w, c) })
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := ReadJSONL(bytes.NewReader(in), "bench.jsonl"); err != nil {
			b.Fatal(err)
		}
	}
}
