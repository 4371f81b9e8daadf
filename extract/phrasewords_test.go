package extract

import (
	"maps"
	"slices"
	"testing"

	"github.com/attrition-project/attrition"
)

// phraseWordsRef is phraseWords as it was written first: the words
// between spaces, each split as the tokenizer splits it.
func phraseWordsRef(p string) []string {
	var out []string
	for _, f := range splitWords(p) {
		for i := 0; i < len(f); {
			j := i + 1
			switch c := f[i]; {
			case c >= '0' && c <= '9':
				for j < len(f) && f[j] >= '0' && f[j] <= '9' {
					j++
				}
			case c >= 'a' && c <= 'z' || c >= 0x80:
				for j < len(f) && (f[j] >= 'a' && f[j] <= 'z' || f[j] >= 0x80 ||
					(f[j] == '-' || f[j] == '\'') && j+1 < len(f) && (f[j+1] >= 'a' && f[j+1] <= 'z' || f[j+1] >= 0x80)) {
					j++
				}
			}
			out = append(out, f[i:j])
			i = j
		}
	}
	return out
}

// TestPhraseWords checks phraseWords against the first way of writing it,
// for the lexicon's words and for phrases with spaces and marks in odd
// places.
func TestPhraseWords(t *testing.T) {
	ps := slices.Collect(maps.Keys(lexicon))
	ps = append(ps, "", " ", "  a  b ", "t-72s", "ships/boats", "al-shabaab", "russia's", "a- b", "a -b", "x' y",
		"a-", "-a", "1,000 killed", "k 7", "é-a", "a\u00a0b", "a'", "'a", "multiple  spaces here", "bmp-1/2")
	for _, a := range attrition.Actors {
		ps = append(ps, a.Name)
		ps = append(ps, a.Aliases...)
	}
	for p := range personnelPhrases {
		ps = append(ps, p)
	}
	for _, pl := range places {
		ps = append(ps, pl...)
	}
	for _, p := range ps {
		got, want := phraseWords(p), phraseWordsRef(p)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("phraseWords(%q) = %q, want %q", p, got, want)
		}
	}
}
