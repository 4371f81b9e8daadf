package extract

import (
	"fmt"
	"strings"
	"testing"
)

// splitEveryToken is the splitter as it was before fill marked the
// tokens to test: it tests every token. TestSplitMarks holds the two
// to the same sentences.
func splitEveryToken(z *tokenizer, emit func(toks []token, para bool) bool) {
	var toks []token
	var t token
	for z.nextInto(&t) {
		toks = append(toks, t)
	}
	para := true
	var wrap wrapState
	start := 0
	bar := -1
	for i := range toks {
		t := &toks[i]
		prevPunct := i > 0 && toks[i-1].k == tPunct
		if (t.nl != 0 || prevPunct) && i > start && (t.nl == 1 && bar >= start || sentenceBreak(toks[start:i+1], z.text, &wrap)) {
			emit(toks[start:i:i], para)
			para = t.nl >= 2
			start = i
		}
		if t.k == tPunct && t.w == "|" {
			bar = i
		}
		if i+1-start >= maxSentenceTokens {
			emit(toks[start:i+1:i+1], para)
			para = false
			start = i + 1
		}
	}
	if len(toks) > start {
		emit(toks[start:], para)
	}
}

func TestSplitMarks(t *testing.T) {
	var texts []string
	// Runs longer than maxSentenceTokens, with and without marks, that
	// cross the splitter's batches at every offset.
	for _, n := range []int{399, 400, 401, 799, 800, 801, 1023, 1024, 1025, 2500} {
		for _, sep := range []string{" word", " word.", ". Word", " 12", ",", "\nline", "\n\nPara", " -", " | 12 |", "|"} {
			var b strings.Builder
			for i := 0; i < n; i++ {
				if i%97 == 13 {
					b.WriteString(sep)
				} else {
					b.WriteString(" w")
				}
			}
			texts = append(texts, b.String())
		}
	}
	texts = append(texts,
		"Russia lost 40 tanks. Ukraine said so.\nA new line\n\nA paragraph. \"Quoted.\" (Paren) 12 more... Etc. and Mr. Smith. No. 5 held.",
		strings.Repeat("a. B! c? D… ", 300),
		strings.Repeat(". ", 1500),
		strings.Repeat("x\n", 1500),
		"| Tanks | 40 |\n| APCs | 12 |\nProse follows. With a | in it.\n\n|",
		strings.Repeat("| a ", 1200),
	)
	for k, text := range texts {
		var got, want []string
		rec := func(out *[]string, scan bool) func([]token, bool) bool {
			return func(toks []token, para bool) bool {
				bar := toks[0].bar
				if scan {
					bar = false
					for _, t := range toks {
						bar = bar || t.k == tPunct && t.w == "|"
					}
				}
				*out = append(*out, fmt.Sprintf("%d-%d %v %v", toks[0].s, toks[len(toks)-1].e, para, bar))
				return true
			}
		}
		b := []byte(text)
		splitSentences(&tokenizer{text: b, low: lowerASCII(b)}, rec(&got, false), nil)
		splitEveryToken(&tokenizer{text: b, low: lowerASCII(b)}, rec(&want, true))
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("text %d: got %d sentences, want %d\ngot  %v\nwant %v", k, len(got), len(want), got, want)
		}
	}
}
