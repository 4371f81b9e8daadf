package extract

import "testing"

// TestLossCounterNamed checks lossCounterNamed, which reads the classes
// and cues scanSentence noted, against a walk of the sentence's words,
// over every sentence of the gold corpus and a few of its own.
func TestLossCounterNamed(t *testing.T) {
	walk := func(toks []token) bool {
		for k := range toks {
			switch toks[k].w {
			case "oryx", "oryx's", "ualosses", "mediazona", "mediazona's":
				return true
			}
		}
		return false
	}
	texts := []string{
		"Oryx has documented 3,400 Russian tanks.",
		"Oryx’s count lists 3,400 tanks.",
		"MEDIAZONA'S tally has reached 100,000 names.",
		"The UALosses project has identified 60,000 dead.",
		"Mediazona-based counts and oryxes, 12 of them.",
		"Ukraine's General Staff says 1,000 soldiers were killed.",
	}
	for _, p := range loadGold(t) {
		texts = append(texts, p.Text)
	}
	buf := make([]token, 0, maxSentenceTokens)
	var at sentLists
	named := 0
	for _, text := range texts {
		b := []byte(text)
		z := &tokenizer{text: b, low: lowerASCII(b)}
		splitSentences(z, func(toks []token, _ bool) bool {
			sc := scanSentence(toks, &at)
			got, want := lossCounterNamed(toks, sc.cls, at.cues), walk(toks)
			if got != want {
				t.Errorf("%q: lossCounterNamed = %v, the walk says %v", text, got, want)
			}
			if want {
				named++
			}
			return true
		}, buf)
	}
	if named < 4 {
		t.Errorf("only %d sentences name a counter", named)
	}
}
