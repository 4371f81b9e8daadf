package extract

import (
	"slices"
	"testing"
)

// TestRementionsAgree checks rementions against findMentionsAt over every
// sentence of the gold corpus, with a skipped span at each actor token
// and of each length up to five: the notes of the first reading must
// give what a second reading from scratch gives.
func TestRementionsAgree(t *testing.T) {
	var at sentLists
	var steps []mentionStep
	var first, got, want []mention
	for _, p := range loadGold(t) {
		text := []byte(p.Text)
		z := &tokenizer{text: text, low: lowerASCII(text)}
		splitSentences(z, func(toks []token, _ bool) bool {
			scanSentence(toks, &at)
			first, steps = findMentionsNoted(toks, first, at.actors, steps[:0])
			if want = findMentionsAt(toks, nil, want, at.actors); !slices.Equal(first, want) {
				t.Fatalf("%s: findMentionsNoted = %v, want %v", p.ID, first, want)
			}
			for _, k := range at.actors {
				for s := max(int(k)-2, 0); s <= int(k); s++ {
					for n := 1; n <= 5; n++ {
						skip := []span{{s, s + n}}
						got = rementions(toks, skip, got, at.actors, steps)
						want = findMentionsAt(toks, skip, want, at.actors)
						if !slices.Equal(got, want) {
							t.Fatalf("%s: rementions(skip %v) = %v, want %v", p.ID, skip, got, want)
						}
					}
				}
			}
			return true
		}, make([]token, 0, tokenBuffer))
	}
}
