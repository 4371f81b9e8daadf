package extract

import (
	"strings"
	"testing"
)

// TestCompareJoined checks compareJoined against strings.Compare of the
// joined words.
func TestCompareJoined(t *testing.T) {
	words := []string{"a", "ab", "abc", "b", "a b", "a\t", "a\x00", "t", "-", "72", "s", "killed", "killed or"}
	var phrases [][]string
	for _, x := range words {
		phrases = append(phrases, []string{x})
		for _, y := range words {
			phrases = append(phrases, []string{x, y})
			for _, z := range words[:4] {
				phrases = append(phrases, []string{x, y, z})
			}
		}
	}
	phrases = append(phrases, nil)
	for _, a := range phrases {
		for _, b := range phrases {
			if got, want := compareJoined(a, b), strings.Compare(joinWords(a), joinWords(b)); got != want {
				t.Errorf("compareJoined(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}
