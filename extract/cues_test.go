package extract

import "testing"

// TestSentCuesAgree checks the prefix counts against the scans they
// stand for, over every pair of positions of every sentence of the gold
// corpus: a cue word the lexicon's cueWords lacks would make them differ.
func TestSentCuesAgree(t *testing.T) {
	var c sentCues
	buf := make([]token, 0, maxSentenceTokens)
	for _, p := range loadGold(t) {
		text := []byte(p.Text)
		z := &tokenizer{text: text, low: lowerASCII(text)}
		splitSentences(z, func(toks []token, _ bool) bool {
			n := len(toks)
			// Each accessor as the first question after a reset: the
			// index is built then, not left from the sentence before.
			c.reset(toks)
			if got, want := c.clauseBreak(0, n), clauseBreak(toks, 0, n); got != want {
				t.Fatalf("%s: first clauseBreak(0, %d) = %v, want %v", p.ID, n, got, want)
			}
			c.reset(toks)
			if got, want := c.cumulativeCue(0, n), cumulativeCue(toks, 0, n); got != want {
				t.Fatalf("%s: first cumulativeCue(0, %d) = %v, want %v", p.ID, n, got, want)
			}
			c.reset(toks)
			if got, want := c.anotherBetween(0, n), anotherBetween(toks, 0, n); got != want {
				t.Fatalf("%s: first anotherBetween(0, %d) = %v, want %v", p.ID, n, got, want)
			}
			c.reset(toks)
			for a := -2; a <= n; a++ {
				for b := a; b <= n+2; b++ {
					if got, want := c.clauseBreak(a, b), clauseBreak(toks, max(a, 0), b); a >= 0 && got != want {
						t.Fatalf("%s: clauseBreak(%d, %d) = %v, want %v", p.ID, a, b, got, want)
					}
					if got, want := c.cumulativeCue(a, b), cumulativeCue(toks, a, b); got != want {
						t.Fatalf("%s: cumulativeCue(%d, %d) = %v, want %v", p.ID, a, b, got, want)
					}
					if got, want := c.anotherBetween(a, b), anotherBetween(toks, max(a, 0), b); a >= 0 && got != want {
						t.Fatalf("%s: anotherBetween(%d, %d) = %v, want %v", p.ID, a, b, got, want)
					}
					if a >= 0 && b-a <= 12 {
						if got, want := c.figureBetween(a, b, a+1, a+2), figureBetween(toks, a, b, a+1, a+2); got != want {
							t.Fatalf("%s: figureBetween(%d, %d) = %v, want %v", p.ID, a, b, got, want)
						}
					}
				}
			}
			return true
		}, buf)
	}
}
