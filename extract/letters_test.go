package extract

import (
	"math/rand/v2"
	"testing"
	"unicode"
)

// isLetterAt answers false for the General Punctuation block without
// asking unicode: no rune of it may be a letter.
func TestGeneralPunctuationNoLetter(t *testing.T) {
	for r := rune(generalPunctuationFirst); r <= generalPunctuationLast; r++ {
		if unicode.IsLetter(r) {
			t.Errorf("%U is a letter", r)
		}
		if got, want := isLetterAt([]byte(string(r)), 0), unicode.IsLetter(r); got != want {
			t.Errorf("isLetterAt(%U) = %v, want %v", r, got, want)
		}
	}
}

// csvSeparators' quick tests answer as its walk over the bytes
// (csvWalk) would: the walk alone is the reference.
func TestCSVSeparatorsQuickTests(t *testing.T) {
	walk := func(line []byte) int {
		if len(line) > 0 && line[0] == '#' {
			return -1
		}
		return csvWalk(line)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = `a1, "#`
	for range 200000 {
		line := make([]byte, rng.IntN(16))
		for i := range line {
			line[i] = alphabet[rng.IntN(len(alphabet))]
		}
		got, want := csvSeparators(line), walk(line)
		if want < 3 {
			want = -1
		}
		if got >= 3 || want >= 3 {
			if got != want {
				t.Fatalf("csvSeparators(%q) = %d, want %d", line, got, want)
			}
		}
	}
}
