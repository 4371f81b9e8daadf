package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestNamedOpIn checks namedOpIn, which searches only for the first
// words opGroupsIn finds, against a search of every place for every
// phrase: the first place one starts, and the least phrase there.
func TestNamedOpIn(t *testing.T) {
	keys := slices.Sorted(maps.Keys(opsByKey))
	naive := func(low string) (string, int) {
		for i := range len(low) {
			for _, k := range keys {
				if strings.HasPrefix(low[i:], k) {
					return k, i
				}
			}
		}
		return "", len(low)
	}
	texts := []string{"", "no phase is named here", "the airstrike on", "a rainfall of"}
	for _, a := range keys {
		texts = append(texts, a, "air"+a+"s", "before "+a[:len(a)-1]+" and "+a)
		for _, b := range keys {
			texts = append(texts, "in the "+b+", after "+a+".", b+a)
		}
	}
	for _, s := range texts {
		k, at := namedOpIn(s)
		if wk, wat := naive(s); k != wk || at != wat {
			t.Errorf("namedOpIn(%q) = %q, %d; want %q, %d", s, k, at, wk, wat)
		}
	}
}
