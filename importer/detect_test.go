package importer

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDetect_RealFiles(t *testing.T) {
	for rel, want := range map[string]string{
		petroPersonnel: "genstaff-json", petroEquipFile: "genstaff-json", petroCorrection: "genstaff-json",
		petroOryx: "genstaff-json", lodFile: "genstaff-json",
		oryxDailyFile: "oryx-csv", oryxItemsFile: "oryx-csv",
		estimatesFile: "economist-csv", ukMonthlyFile: "economist-csv", meduza2025File: "economist-csv", meduza2026File: "economist-csv",
	} {
		b := readFile(t, realFile(t, rel))
		if len(b) > 4096 {
			b = b[:4096]
		}
		if got, ok := Detect(b); !ok || got != want {
			t.Errorf("%s: %q %v, want %s", filepath.Base(rel), got, ok, want)
		}
	}
}

func TestDetect_NotADataset(t *testing.T) {
	for _, in := range []string{
		"", "{}", `{"actor":"Russia","category":"killed"}`,
		"actor,category,low,high\nRussia,killed,1,2\n",
		`[{"actor":"Russia","category":"killed"}]`, "[", "\xef\xbb\xbf",
	} {
		if got, ok := Detect([]byte(in)); ok {
			t.Errorf("%q detected as %s", in, got)
		}
	}
	if _, err := os.Stat("testdata/estimates-multiline.csv"); err == nil {
		if got, ok := Detect(readFile(t, "testdata/estimates-multiline.csv")); !ok || got != "economist-csv" {
			t.Errorf("estimates layout: %q %v", got, ok)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add([]byte(`[{"date":"2022-03-01","personnel":1}]`))
	f.Add([]byte("country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if format, ok := Detect(b); ok {
			if _, registered := Lookup(format); !registered {
				t.Fatalf("detected unregistered format %q", format)
			}
		}
	})
}
