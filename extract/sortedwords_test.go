package extract

import (
	"maps"
	"slices"
	"testing"
)

// TestSortedWords checks that sortedWords orders keys as slices.Sort
// does, which the lexicon's ids depend on.
func TestSortedWords(t *testing.T) {
	for _, m := range []map[string]uint64{
		lexicon,
		{"": 1, "b": 2, "a": 3, "ab": 4, "a'": 5, "é": 6, "\xff": 7, "zz": 8, "z": 9, "a\x00": 10},
		{},
	} {
		if got, want := sortedWords(m), slices.Sorted(maps.Keys(m)); !slices.Equal(got, want) {
			t.Errorf("sortedWords of %d keys: %q, want %q", len(m), got[:min(len(got), 20)], want[:min(len(want), 20)])
		}
	}
}
