package claimio

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// TestStream: the batches of Stream add up to what Read returns, for
// every format; a bad row stops the claims and ends the stream with the
// error Read gives.
func TestStream(t *testing.T) {
	base := sample()
	claims := make([]attrition.Claim, 2500) // more than two batches
	for i := range claims {
		claims[i] = base[i%len(base)]
		claims[i].Document.URL = fmt.Sprintf("https://example.org/%d", i)
	}
	for _, format := range []string{FormatCSV, FormatJSONL, FormatJSON} {
		var buf bytes.Buffer
		var err error
		switch format {
		case FormatCSV:
			err = WriteCSV(&buf, claims)
		case FormatJSONL:
			err = WriteJSONL(&buf, claims)
		case FormatJSON:
			err = WriteJSONL(&buf, claims)
			buf = *bytes.NewBufferString("[" + strings.ReplaceAll(strings.TrimSpace(buf.String()), "\n", ",\n") + "]")
		}
		if err != nil {
			t.Fatal(err)
		}
		in := buf.Bytes()
		want, err := Read(bytes.NewReader(in), "in", format)
		if err != nil || len(want) != len(claims) {
			t.Fatalf("%s: Read = %d claims, %v", format, len(want), err)
		}
		var got []attrition.Claim
		batches := 0
		for batch, err := range Stream(bytes.NewReader(in), "in", "auto") {
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			got = append(got, batch...)
			batches++
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: streamed claims differ from Read's", format)
		}
		if format != FormatJSON && batches < 3 {
			t.Errorf("%s: %d batches for %d claims", format, batches, len(claims))
		}

		// Stopping early stops the reading.
		n := 0
		for range Stream(bytes.NewReader(in), "in", format) {
			n++
			break
		}
		if n != 1 {
			t.Errorf("%s: %d batches after a break", format, n)
		}
	}

	// Bad rows: the claims before them may have gone out, none after; the
	// last thing yielded is every bad row.
	var buf bytes.Buffer
	if err := WriteCSV(&buf, claims); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	lines[1500] = "too,few,cells\n"
	lines[2400] = "too,few,cells\n"
	in := strings.Join(lines, "")
	_, readErr := Read(strings.NewReader(in), "bad.csv", FormatCSV)
	var streamed int
	var last error
	for batch, err := range Stream(strings.NewReader(in), "bad.csv", FormatCSV) {
		if last != nil {
			t.Fatal("yielded after the error")
		}
		streamed += len(batch)
		last = err
	}
	var le attrition.LineErrors
	if !errors.As(last, &le) || last.Error() != readErr.Error() {
		t.Errorf("stream ended with %v, want %v", last, readErr)
	}
	if streamed >= 1499 {
		t.Errorf("%d claims streamed, some after the first bad row (line 1501)", streamed)
	}
}

// FuzzStream: on any input, in any format, Stream yields what Read
// returns: the same claims, or the same error last and no claim after a
// bad row.
func FuzzStream(f *testing.F) {
	var csvIn, jsonlIn bytes.Buffer
	WriteCSV(&csvIn, sample())
	WriteJSONL(&jsonlIn, sample())
	f.Add(csvIn.String(), "csv")
	f.Add(jsonlIn.String(), "jsonl")
	f.Add("["+strings.ReplaceAll(strings.TrimSpace(jsonlIn.String()), "\n", ",")+"]", "auto")
	f.Add("category,best,bound,document.url,document.published\nkilled,7,point,u,2025-01-01\nkilled,x,point,u,2025-01-01\n", "auto")
	f.Fuzz(func(t *testing.T, in, format string) {
		want, wantErr := Read(strings.NewReader(in), "in", format)
		var got []attrition.Claim
		var gotErr error
		for batch, err := range Stream(strings.NewReader(in), "in", format) {
			if gotErr != nil {
				t.Fatal("yielded after an error")
			}
			if err != nil {
				gotErr = err
				continue
			}
			got = append(got, batch...)
		}
		if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Fatalf("Stream error %v, Read error %v", gotErr, wantErr)
		}
		if wantErr == nil && !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("Stream gave %d claims, Read %d, or they differ", len(got), len(want))
		}
	})
}
