package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// fuzzImport runs one format on arbitrary input: it may refuse the input,
// but must not panic, and whatever it returns must be valid claims.
func fuzzImport(t *testing.T, format string, data []byte, opts Options) {
	im, _ := Lookup(format)
	res, err := im.Import(context.Background(), bytes.NewReader(data), "fuzz", opts)
	if err != nil {
		return
	}
	for i := range res.Claims {
		if err := res.Claims[i].Validate(); err != nil {
			t.Fatalf("invalid claim from %q: %v", data, err)
		}
	}
}

// seedHead adds the first bytes of a real file as a seed when the shared
// data is there, so fuzzing starts from the real layouts.
func seedHead(f *testing.F, rel string, n int) {
	b, err := os.ReadFile(filepath.Join(dataDir, rel))
	if err != nil {
		return
	}
	if len(b) > n {
		b = b[:n]
	}
	f.Add(b)
}

func FuzzGenstaff(f *testing.F) {
	f.Add([]byte(`[{"date":"2022-03-07","day":12,"personnel":11000,"personnel*":"more","POW":259}]`))
	f.Add([]byte(`[{"date":"2022-04-30","tank":1,"military auto":2,"fuel tank":3,"mobile SRBM system":4},{"date":"2022-05-01","tank":0,"vehicles and fuel tanks":5}]`))
	f.Add([]byte(`[{"date":"2022-02-27","sourceUri":"https://www.mil.gov.ua/x-(24-26-lyutogo)-y/","personnel":4300,"tanks":null}]`))
	f.Add([]byte(`[{"date":"2022-10-13","day":231,"APC":-25,"personnel":0,"tank":0}]`))
	f.Add([]byte(`[{"equipment_oryx":"Tanks","model":"T-72","losses_total":3}]`))
	for _, rel := range []string{petroPersonnel, petroEquipFile, lodFile} {
		seedHead(f, rel, 1500)
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzImport(t, "genstaff-json", data, Options{}) })
}

func FuzzOryx(f *testing.F) {
	hdr := "country,equipment_type,destroyed,abandoned,captured,damaged,type_total,date_recorded\n"
	f.Add([]byte(hdr + "Russia,Tanks,1,2,3,4,10,2022-03-19\nRussia,Tanks,0,2,3,4,9,2022-03-20\n"))
	f.Add([]byte(hdr + "Russia,\"Infantry Fighting Vehicles (1849, of which destroyed: 1159, damaged: 40, abandoned: 81, cap\",1159,81,0,40,1280,2022-12-26\nRussia,tured: 569),0,0,0,0,0,2022-12-26\n"))
	f.Add([]byte(hdr + "Russia,Unmanned Aerial Vehicles,1,0,0,0,1,2022-03-19\nRussia,Unmanned Combat Aerial Vehicles,2,0,0,0,2,2022-11-16\n"))
	f.Add([]byte("country,origin,system,status,url,date_recorded\nRussia,Russia,T-72,destroyed,https://i.postimg.cc/a.png,2022-03-19\n"))
	seedHead(f, oryxDailyFile, 1500)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzImport(t, "oryx-csv", data, Options{}) })
}

func FuzzEconomist(f *testing.F) {
	f.Add(readSeed("testdata/estimates-multiline.csv"))
	f.Add([]byte("month,year,casualties (average daily losses),days in month,casualties in month,cumulative casualties,date (at beginning of next month),source,source_url,note\nmarch,2022,386,31,11966,11966,01/04/2022,UK MoD,https://x.com/a,\n"))
	f.Add([]byte("\xef\xbb\xbfDate,Estimate based on probate data,ED_high,ED_low,Flash estimate (by date of discovery),ED_prediction_high,ED_prediction_low,Number of confirmed deaths (by date of death)\n21/02/2022,433.6,462.5,408.1,,,,426\n,,,,,,,\n"))
	f.Add([]byte("Year,Week,BmzNow,ED,EDHigh,EDLow,EDPrediction,EDPredictionHigh,EDPredictionLow,EDAssembled,EDAssembledHigh,EDAssembledLow\n2022,24,224,7.7,2.2,13.2,,,,52.2,46.7,57.7\n2025,53,1,1,2,0,,,,,,\n"))
	for _, rel := range []string{estimatesFile, meduza2026File} {
		seedHead(f, rel, 1500)
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzImport(t, "economist-csv", data, Options{}) })
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("date,actor,category,low,high,best,url\n12/06/2025,Russia,casualties,,,\"1,000,000\",https://a\n"), "dmy")
	f.Add([]byte("actor,category,best,bound,period_end,document.url,probability\nRussia,tanks,5,at_most,2025-01-01,https://a,55%-75%\n"), "")
	f.Fuzz(func(t *testing.T, data []byte, layout string) {
		fuzzImport(t, "csv", data, Options{})
		fuzzImport(t, "csv", data, Options{Map: map[string]string{
			"date": "date", "actor": "actor", "category": "category", "low": "low", "high": "high", "best": "best",
			"document.url": "url", "date_format": layout, "source": "=fuzz"}})
	})
}

func readSeed(path string) []byte {
	b, _ := os.ReadFile(path)
	return b
}
