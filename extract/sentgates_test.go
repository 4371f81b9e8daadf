package extract

import (
	"slices"
	"testing"

	"github.com/attrition-project/attrition"
)

// TestSentenceClassGates checks the walks that the union of a
// sentence's classes and scanSentence's flags stand in for (deedVerb,
// leadWordsOf, contrastBefore, sourceLabel) over every sentence of the
// gold corpus and a few of its own: the union must say what the walk
// would have found, and a gate word the lexicon holds for the gate alone
// must not count as known for the joins of hyphenated words (has).
func TestSentenceClassGates(t *testing.T) {
	texts := []string{
		"Figures cover 1 January – 31 December 2024.",
		"Reporting period: 29.1.2024 – 4.2.2024.",
		"The table below counts deaths from 1 May to 30 June 2024.",
		"The coverage of the war since 2022 was thin; 300 were killed.",
		"Russian forces shelled the town, killing 4.",
		"A drone struck a minibus. 4 killed, 7 injured.",
		"Russia lost 3,500 tanks, while Oryx has confirmed 3,100.",
		"- UK Defence Intelligence: 790,000 killed or wounded",
		"\"At least 13,000 civilians have been killed,\" Volker Turk said.",
		"“The real number is higher,” he said — “far higher”.",
	}
	for _, p := range loadGold(t) {
		texts = append(texts, p.Text)
	}
	pub := attrition.MustDate("2025-01-01")
	buf := make([]token, 0, maxSentenceTokens)
	var at sentLists
	lead, deed, colon := 0, 0, 0
	for _, text := range texts {
		b := []byte(text)
		z := &tokenizer{text: b, low: lowerASCII(b)}
		splitSentences(z, func(toks []token, _ bool) bool {
			sc := scanSentence(toks, &at)
			// findPeriods walks the tokens scanSentence lists.
			var periods []int32
			for k := range toks {
				if periodStartTok(&toks[k]) {
					periods = append(periods, int32(k))
				}
			}
			if !slices.Equal(at.periods, periods) {
				t.Errorf("%q: scanSentence lists the period tokens %v, the walk %v", text, at.periods, periods)
			}
			// noteQuote skips a sentence with no quotation mark.
			quote := false
			for k := range toks {
				if _, mark := afterQuoteMark(toks[k].w, false); mark {
					quote = true
				}
			}
			if sc.quote != quote {
				t.Errorf("%q: scanSentence says a quotation mark %v, the walk %v", text, sc.quote, quote)
			}
			if got, want := sc.cls&clsAgentVerb != 0, deedVerbIn(toks); got != want {
				t.Errorf("%q: the union says a verb of attack %v, the walk %v", text, got, want)
			}
			if sc.cls&clsAgentVerb != 0 {
				deed++
			}
			if got, want := sc.cls&clsContrast != 0, contrastBefore(toks, 0, len(toks)) < len(toks); got != want {
				t.Errorf("%q: the union says a contrast word %v, the walk %v", text, got, want)
			}
			if a, b, ok := sourceLabel(toks); !sc.colon && (a != 0 || b != 0 || ok) {
				t.Errorf("%q: no colon, yet a label [%d, %d) %v", text, a, b, ok)
			}
			if sc.colon {
				colon++
			}
			if sc.cls&clsLeadWord != 0 {
				lead++
				return true
			}
			// No word of leadWords: no table, and no cover span.
			cover, table := leadWordsIn(toks)
			if table {
				t.Errorf("%q: no word of leadWords, yet a table", text)
			}
			if _, ok := coverSpan(toks, pub); cover && ok {
				t.Errorf("%q: no word of leadWords, yet a cover span", text)
			}
			return true
		}, buf)
	}
	if lead < 3 || deed < 2 || colon < 2 {
		t.Errorf("only %d sentences with a lead word, %d with a verb of attack, %d with a colon", lead, deed, colon)
	}
	for w := range leadWordsOnly {
		if lexFast.has(w) {
			t.Errorf("has(%q): the lexicon holds it for clsLeadWord alone", w)
		}
	}
}
