package extract

import (
	"reflect"
	"testing"

	"github.com/attrition-project/attrition"
)

// TestExtractAppend checks that appending to a reused slice gives the
// claims Extract gives, keeps what dst held, and leaves the claims of an
// earlier call intact when their slice is reused.
func TestExtractAppend(t *testing.T) {
	x := New(Options{Published: attrition.MustDate("2025-06-12")})
	docs := [][]byte{
		[]byte("Ukraine's General Staff said 1,230 Russian soldiers were killed in the past day."),
		[]byte("Gaza's health ministry said at least 34 people were killed and 50 wounded on Tuesday."),
		[]byte("No figures here."),
	}
	var dst []attrition.Claim
	var kept [][]attrition.Claim
	for _, d := range docs {
		want, err := x.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		prefix := append([]attrition.Claim(nil), dst...)
		dst, _, err = x.ExtractAppend(dst, d)
		if err != nil {
			t.Fatal(err)
		}
		if len(prefix) > 0 && !reflect.DeepEqual(dst[:len(prefix)], prefix) {
			t.Errorf("%q: ExtractAppend changed the claims already in dst", d)
		}
		if got := dst[len(prefix):]; !reflect.DeepEqual(got, want) {
			t.Errorf("%q: ExtractAppend appended %+v, Extract gave %+v", d, got, want)
		}
		kept = append(kept, want)
	}
	// Reuse: the slice's earlier claims are overwritten, but claims copied
	// out of it keep their own figures and quotes.
	copied := append([]attrition.Claim(nil), dst...)
	dst, _, err := x.ExtractAppend(dst[:0], docs[1])
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(dst, kept[1]) {
		t.Errorf("reused slice: got %+v, want %+v", dst, kept[1])
	}
	var all []attrition.Claim
	for _, k := range kept {
		all = append(all, k...)
	}
	if len(all) < 2 || !reflect.DeepEqual(copied, all) {
		t.Errorf("claims copied out of the slice changed when it was reused (or too few claims: %d)", len(all))
	}
	if cs, err := x.Extract(docs[2]); err != nil || cs == nil || len(cs) != 0 {
		t.Errorf("Extract without claims = %#v, %v; want an empty, non-nil slice", cs, err)
	}
	if got, _, err := x.ExtractAppend(dst, []byte{0xff}); err == nil || len(got) != len(dst) {
		t.Errorf("ExtractAppend of invalid UTF-8 = %d claims, %v; want dst back and an error", len(got), err)
	}
}
