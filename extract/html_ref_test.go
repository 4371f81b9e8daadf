package extract

import (
	"html"
	"strconv"
	"testing"
	"unicode/utf8"
)

// TestDecodeRef checks decodeRef's short cuts against html.UnescapeString.
func TestDecodeRef(t *testing.T) {
	refs := []string{"&;", "&#;", "&#x41;", "&#0;", "&#00065;", "&#1234567;", "&#99999999;", "&nosuch;", "&AMP;"}
	for r := 0; r < 0x110010; r++ {
		if r < 0x400 || r%97 == 0 || r >= 0xd700 && r <= 0xe100 || r >= 0x10fff0 {
			refs = append(refs, "&#"+strconv.Itoa(r)+";")
		}
	}
	for ent := range namedRefs {
		refs = append(refs, ent)
	}
	for _, ent := range refs {
		var buf [utf8.UTFMax]byte
		got := string(decodeRef([]byte(ent), &buf))
		want := html.UnescapeString(ent)
		if want == ent {
			want = ""
		}
		if got != want {
			t.Errorf("decodeRef(%q) = %q, want %q", ent, got, want)
		}
	}
}
