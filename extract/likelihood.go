package extract

import (
	"strings"

	"github.com/attrition-project/attrition/yardstick"
)

// likelihoodPhrases are the estimative words of every yardstick, by
// first word, longest first. Words that are common outside estimative
// language ("certain areas", "remote villages", "possible") are left out
// when they stand alone.
// likelihoodIx is likelihoodPhrases by lexicon id.
var likelihoodIx = newLexIndex(likelihoodPhrases)

var likelihoodPhrases = func() map[string][][]string {
	skip := map[string]bool{"remote": true, "certain": true, "certainly": true, "possible": true,
		"likelihood": true, "impossible": true, "about even": true, "possibly": true}
	m := map[string][][]string{}
	add := func(p string) {
		ws := strings.Fields(p)
		m[ws[0]] = append(m[ws[0]], ws)
	}
	for _, p := range yardstick.AllPhrases() {
		if skip[p] {
			continue
		}
		add(p)
	}
	// Negations and word orders the scales do not list.
	for _, p := range []string{"not likely", "most likely", "more likely than not", "very probably",
		"almost certainly not", "highly unlikely", "in all likelihood", "is likely", "are likely"} {
		if _, ok := m[strings.Fields(p)[0]]; !ok || true {
			add(p)
		}
	}
	for k, b := range m {
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && len(b[j]) > len(b[j-1]); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
		m[k] = b
	}
	return m
}()

// normalLikelihood maps the phrases added above to the word a yardstick
// reads. A claim keeps the words as written ("most likely"); only the
// verb before "likely" is no part of them.
var normalLikelihood = map[string]string{
	"most likely": "likely", "more likely than not": "likely", "in all likelihood": "likely",
	"is likely": "likely", "are likely": "likely",
}

// verbLikelihood are the phrases whose verb is dropped from the words
// a claim keeps: "is likely" is "likely".
var verbLikelihood = map[string]bool{"is likely": true, "are likely": true}

// likelihoodHit is an estimative phrase in a sentence.
type likelihoodHit struct {
	word string
	s, e int
}

// findLikelihoodsAt finds the estimative phrases of a sentence; at lists, in order, every
// token of the likelihood class (scanSentence notes them): it visits
// only those.
func findLikelihoodsAt(toks []token, out []likelihoodHit, at []int32) []likelihoodHit {
	out = out[:0]
	next := 0
	for _, k := range at {
		if i := int(k); i >= next {
			out, next = likelihoodAt(toks, i, out)
			next++
		}
	}
	return out
}

// likelihoodAt reads the estimative phrase, if any, that starts at token
// i, of the likelihood class; last is its last token, or i.
func likelihoodAt(toks []token, i int, out []likelihoodHit) (_ []likelihoodHit, last int) {
	{
		b := likelihoodIx.at(&toks[i])
		for _, ws := range b {
			// The bucket holds toks[i]'s word: only the words after it
			// are compared.
			if end, ok := matchAt(toks, i+1, ws[1:]); ok {
				// "a most likely figure of 165,000", "the most probable
				// estimate": a model's central value, no judgement of
				// likelihood.
				if (word(toks, i-1) == "most" || word(toks, i-1) == "more") && end == i+1 && estimateNoun(word(toks, end)) {
					return out, i
				}
				// "likely to reach": a projection, dealt with elsewhere,
				// but still estimative language.
				w := joinWords(ws)
				if verbLikelihood[w] {
					w = normalLikelihood[w]
				}
				// "not" right before: "not likely", "not probable".
				if word(toks, i-1) == "not" && !strings.HasPrefix(w, "not") && !strings.HasSuffix(w, "not") &&
					(w == "likely" || w == "probable" || w == "probably" || w == "almost certain") {
					if w == "likely" {
						w = "not likely"
					} else if w == "probably" {
						w = "probably not"
					}
				}
				// "probably not" and "almost certainly not" when "not"
				// follows, a bound after it too ("probably not more than
				// 50,000"): the negation is the estimative word's.
				if word(toks, end) == "not" && (w == "probably" || w == "almost certainly") {
					w += " not"
					end++
				}
				return append(out, likelihoodHit{word: w, s: i, e: end}), end - 1
			}
		}
	}
	return out, i
}

// probability maps an estimative word through the yardstick, falling
// back on the other scales so that every word gets a range. The range is
// kept in the document's number slab, as figures are (d.pair).
func (d *docState) probability(w string) (*[2]float64, bool) {
	y := d.x.opts.Yardstick
	if y == nil {
		y = yardstick.Default()
	}
	if lo, hi, ok := y.Read(w); ok {
		return d.pair(lo, hi), true
	}
	// "most likely", "in all likelihood": as the word the scale has.
	if n, ok := normalLikelihood[w]; ok {
		if lo, hi, ok := y.Read(n); ok {
			return d.pair(lo, hi), true
		}
	}
	// "a remote chance" is the scale's "remote chance": the article
	// first, before another scale's band is borrowed.
	if b, ok := strings.CutPrefix(w, "a "); ok {
		if lo, hi, ok := y.Read(b); ok {
			return d.pair(lo, hi), true
		}
	}
	if lo, hi, ok := yardstick.Lookup(y.Name, w); ok {
		return d.pair(lo, hi), true
	}
	return nil, false
}

// referentNouns name a figure already given: "this milestone", "that
// level".
var referentNouns = map[string]bool{
	"milestone": true, "figure": true, "level": true, "number": true, "total": true, "mark": true,
	"threshold": true, "toll": true, "tally": true, "estimate": true, "point": true, "scale": true,
}

// backLikelihood gives the estimative word of a sentence without figures
// to the figure of the sentence before when the word governs a phrase
// that points back at it ("Russia has likely reached this grim
// milestone").
//
// toks is the sentence scanSentence read: d.at lists its tokens.
func (d *docState) backLikelihood(toks []token) {
	if len(d.at.likes) == 0 || len(d.claims) == 0 {
		return
	}
	c := &d.claims[len(d.claims)-1]
	if c.sentence != d.nsent-1 || c.Likelihood != "" {
		return
	}
	for i := range toks {
		switch toks[i].w {
		case "will", "would", "could", "may", "might", "if":
			// A projection: the word governs a future, not the figure.
			return
		}
	}
	d.likes = findLikelihoodsAt(toks, d.likes, d.at.likes)
	for _, lh := range d.likes {
		// The referent within a few words after the estimative word,
		// with no clause break between.
		for k := lh.e; k < len(toks) && k < lh.e+6; k++ {
			w := toks[k].w
			if w == "." || w == ";" || w == "," || w == "but" {
				break
			}
			if w != "this" && w != "that" && w != "these" && w != "those" {
				continue
			}
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if referentNouns[toks[m].w] {
					c.Likelihood = lh.word
					if p, ok := d.probability(lh.word); ok {
						c.Probability = p
					}
					return
				}
				if toks[m].k != tWord || (toks[m].cls&clsStopWords != 0) {
					break
				}
			}
		}
	}
}

// estimateNoun names a model's value: "a most likely figure of".
func estimateNoun(w string) bool {
	switch w {
	case "figure", "estimate", "value", "number", "toll", "count", "total", "range", "scenario", "outcome":
		return true
	}
	return false
}
