package report

import (
	"context"
	"io"
	"testing"
)

// BenchmarkWrite builds and renders the fixed ledger's report; the fake
// engine's cost is part of it, so the figure bounds the report's own.
func BenchmarkWrite(b *testing.B) {
	for _, format := range []string{"md", "html"} {
		b.Run(format, func(b *testing.B) {
			o := fixedOptions(format, "")
			for b.Loop() {
				if err := Write(context.Background(), io.Discard, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
