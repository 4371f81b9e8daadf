package extract

import (
	"bytes"
	"math/rand"
	"testing"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
)

// TestLineScans checks runeCount and lastNewline against the library
// functions they stand for, on text of every kind of byte.
func TestLineScans(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("ab \n\x0b\x01\x80\xbf\xc3\xa9\xe2\x80\x99\xf0\x9f\x9a\x80\xff")
	for n := 0; n < 2000; n++ {
		p := make([]byte, r.Intn(40))
		for i := range p {
			if r.Intn(3) == 0 {
				p[i] = alphabet[r.Intn(len(alphabet))]
			} else {
				p[i] = 'a' + byte(r.Intn(26))
			}
		}
		if got, want := runeCount(p), utf8.RuneCount(p); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", p, got, want)
		}
		if got, want := lastNewline(p), bytes.LastIndexByte(p, '\n'); got != want {
			t.Fatalf("lastNewline(%q) = %d, want %d", p, got, want)
		}
	}
}

// TestAtMostTable checks atMost against attrition.AtMost for every pair
// of categories, an equipment category and an unknown one among them.
func TestAtMostTable(t *testing.T) {
	cats := append([]string{"equipment:tanks", "unknown", ""}, attrition.PersonnelCategories...)
	for _, a := range cats {
		for _, b := range cats {
			if got, want := atMost(a, b), attrition.AtMost(a, b); got != want {
				t.Errorf("atMost(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
