package extract

import "slices"

// wordTable is a small map from words to values, for tables of a few
// dozen keys that the period rules consult at many words, some not in
// the lexicon (so that a lexIndex cannot hold them). The keys are listed
// by their first byte: a look-up compares the word with the one or few
// keys that share it, where a map would hash the word first.
type wordTable[T any] struct {
	byFirst [256][]wordEntry[T]
}

type wordEntry[T any] struct {
	w string
	v T
}

// newWordTable builds the table of m's keys.
func newWordTable[M ~map[string]T, T any](m M) *wordTable[T] {
	t := &wordTable[T]{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the same layout at every start
	for _, k := range keys {
		if k == "" {
			panic("extract: a wordTable holds no empty word")
		}
		t.byFirst[k[0]] = append(t.byFirst[k[0]], wordEntry[T]{k, m[k]})
	}
	return t
}

// get returns w's value, as the map's index expression would.
func (t *wordTable[T]) get(w string) (v T, ok bool) {
	if w == "" {
		return v, false
	}
	for i := range t.byFirst[w[0]] {
		if e := &t.byFirst[w[0]][i]; e.w == w {
			return e.v, true
		}
	}
	return v, false
}

// at returns w's value, or the zero value.
func (t *wordTable[T]) at(w string) T {
	v, _ := t.get(w)
	return v
}
