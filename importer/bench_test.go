package importer

import (
	"bytes"
	"context"
	"testing"
)

// Each benchmark parses one real file per iteration; b.SetBytes makes
// the output comparable across formats as MB/s.
func benchImport(b *testing.B, format, rel string) {
	data := readFile(b, realFile(b, rel))
	im, _ := Lookup(format)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := im.Import(context.Background(), bytes.NewReader(data), rel, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGenstaffPersonnel(b *testing.B) { benchImport(b, "genstaff-json", petroPersonnel) }
func BenchmarkGenstaffEquipment(b *testing.B) { benchImport(b, "genstaff-json", petroEquipFile) }
func BenchmarkGenstaffLod(b *testing.B)       { benchImport(b, "genstaff-json", lodFile) }
func BenchmarkOryxDaily(b *testing.B)         { benchImport(b, "oryx-csv", oryxDailyFile) }
func BenchmarkOryxItems(b *testing.B)         { benchImport(b, "oryx-csv", oryxItemsFile) }
func BenchmarkEconomistEstimates(b *testing.B) {
	benchImport(b, "economist-csv", estimatesFile)
}
func BenchmarkMeduza2026(b *testing.B) { benchImport(b, "economist-csv", meduza2026File) }
