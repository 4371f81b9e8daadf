package extract

import (
	"maps"
	"slices"
	"testing"
)

// TestSortedEntries checks sortedEntries against slices.Sort on words
// that share their first seven bytes or more, which its number keys do
// not tell apart, and that each word keeps its classes.
func TestSortedEntries(t *testing.T) {
	m := map[string]uint64{}
	for i, w := range []string{
		"internationally", "international", "internat", "internal", "intern", "inter", "in", "i",
		"militants", "militant", "military", "militia", "milit\x00", "milit", "m\x00\x00", "m\x00", "m",
		"abcdefgh", "abcdefg", "abcdefgz", "abcdefg\x00", "abcdef", "", "\xff\xff", "\xff",
	} {
		m[w] = uint64(i + 1)
	}
	got := sortedEntries(m)
	want := slices.Sorted(maps.Keys(m))
	if len(got) != len(want) {
		t.Fatalf("sortedEntries: %d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if e.w != want[i] || e.cls != m[e.w] {
			t.Errorf("sortedEntries[%d] = %q (%d), want %q (%d)", i, e.w, e.cls, want[i], m[want[i]])
		}
	}
}
