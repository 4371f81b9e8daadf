package extract

import (
	"iter"
	"strings"

	"github.com/attrition-project/attrition"
)

// quantity is a figure with its shape: a point, a range or a one-sided
// bound, hedged or not. s and e index tokens (prefix words included).
type quantity struct {
	low, high, best float64
	hasLow, hasHigh bool
	hasBest         bool
	bound           string
	approx          bool
	// negated marks a bound turned round by a "not" before its verb
	// ("has not lost more than 200" is at most 200).
	negated bool
	s, e    int
	// first is the figure's own number (the low end of a range).
	first, last number
	percent     bool
	frac        bool
	// rising marks "rose from 500 to 1,000": the last figure is the
	// claim, and first the figure before it, a claim of its own.
	rising bool
}

// shapeWord is a phrase before a figure that bounds or hedges it.
type shapeWord struct {
	words []string
	// ids are the words' lexicon ids (shapesByLastIx); every word of a
	// prefix is in the lexicon, bar the signs "~" and "≈".
	ids    []uint16
	bound  string // "" keeps the bound
	approx bool
}

// shapePrefixes are matched right before a figure, longest first.
// "nearly", "almost" and "approaching" bound a figure from above and
// hedge it: "nearly 600,000" is fewer than 600,000 and close to it, the
// one-sided bound the brief names them with and the hedge claims.md
// lists them among.
var shapePrefixes = func() []shapeWord {
	raw := []struct {
		p      string
		bound  string
		approx bool
	}{
		{"more than", attrition.BoundMoreThan, false},
		{"over", attrition.BoundMoreThan, false},
		{"well over", attrition.BoundMoreThan, false},
		{"well above", attrition.BoundMoreThan, false},
		{"far more than", attrition.BoundMoreThan, false},
		{"well in excess of", attrition.BoundMoreThan, false},
		{"above", attrition.BoundMoreThan, false},
		{"in excess of", attrition.BoundMoreThan, false},
		{"greater than", attrition.BoundMoreThan, false},
		{"higher than", attrition.BoundMoreThan, false},
		{"upwards of", attrition.BoundMoreThan, false}, // "more than", as dictionaries give it
		{"upward of", attrition.BoundMoreThan, false},
		// "passed the 1 million mark", "climbed past 4,000": a
		// milestone crossed.
		{"passed the", attrition.BoundMoreThan, false},
		{"topped the", attrition.BoundMoreThan, false},
		{"crossed the", attrition.BoundMoreThan, false},
		{"surpassed the", attrition.BoundMoreThan, false},
		{"exceeded the", attrition.BoundMoreThan, false},
		// "nearing the 1 million mark": a milestone not yet reached,
		// as "nearly 1 million".
		{"approaching the", attrition.BoundFewerThan, true},
		{"nearing the", attrition.BoundFewerThan, true},
		{"nears the", attrition.BoundFewerThan, true},
		{"neared the", attrition.BoundFewerThan, true},
		{"approaches the", attrition.BoundFewerThan, true},
		{"approached the", attrition.BoundFewerThan, true},
		{"passes the", attrition.BoundMoreThan, false},
		{"tops the", attrition.BoundMoreThan, false},
		{"climbed past", attrition.BoundMoreThan, false},
		{"rose past", attrition.BoundMoreThan, false},
		{"risen past", attrition.BoundMoreThan, false},
		{"climbs past", attrition.BoundMoreThan, false},
		{"exceeding", attrition.BoundMoreThan, false},
		{"exceeded", attrition.BoundMoreThan, false},
		{"exceeds", attrition.BoundMoreThan, false},
		{"exceed", attrition.BoundMoreThan, false},
		{"surpassed", attrition.BoundMoreThan, false},
		{"passed", attrition.BoundMoreThan, false},
		{"passes", attrition.BoundMoreThan, false},
		{"pass", attrition.BoundMoreThan, false},
		{"top", attrition.BoundMoreThan, false},
		{"cross", attrition.BoundMoreThan, false},
		{"crosses", attrition.BoundMoreThan, false},
		{"tops", attrition.BoundMoreThan, false},
		{"passing", attrition.BoundMoreThan, false},
		{"crossed", attrition.BoundMoreThan, false},
		{"surpass", attrition.BoundMoreThan, false},
		{"surpasses", attrition.BoundMoreThan, false},
		{"surpassing", attrition.BoundMoreThan, false},
		{"topped", attrition.BoundMoreThan, false},
		{"topping", attrition.BoundMoreThan, false},
		{"well over", attrition.BoundMoreThan, false},
		{"well above", attrition.BoundMoreThan, false},
		// "just over 30,000" is more than 30,000, as the coders of
		// the probe sets read it; "just under" stays a hedge.
		{"just over", attrition.BoundMoreThan, false},
		{"just above", attrition.BoundMoreThan, false},
		{"a little over", attrition.BoundMoreThan, false},
		{"slightly over", attrition.BoundMoreThan, false},
		{"slightly more than", attrition.BoundMoreThan, false},
		{"north of", attrition.BoundMoreThan, false},
		{"at least", attrition.BoundAtLeast, false},
		{"no fewer than", attrition.BoundAtLeast, false},
		{"no less than", attrition.BoundAtLeast, false},
		{"not less than", attrition.BoundAtLeast, false},
		{"not fewer than", attrition.BoundAtLeast, false},
		{"a minimum of", attrition.BoundAtLeast, false},
		{"minimum of", attrition.BoundAtLeast, false},
		{"at a minimum", attrition.BoundAtLeast, false},
		{"up to", attrition.BoundAtMost, false},
		{"as many as", attrition.BoundAtMost, false},
		{"as much as", attrition.BoundAtMost, false},
		{"as high as", attrition.BoundAtMost, false},
		// "as few as 300", "as low as 400,000": the low end of what
		// the source allows.
		{"as few as", attrition.BoundAtLeast, false},
		{"as low as", attrition.BoundAtLeast, false},
		{"at most", attrition.BoundAtMost, false},
		{"a maximum of", attrition.BoundAtMost, false},
		{"maximum of", attrition.BoundAtMost, false},
		// A label's "minimum 3,540, maximum 5,110".
		{"minimum", attrition.BoundAtLeast, false},
		{"maximum", attrition.BoundAtMost, false},
		{"no more than", attrition.BoundAtMost, false},
		{"no higher than", attrition.BoundAtMost, false},
		{"not higher than", attrition.BoundAtMost, false},
		{"no greater than", attrition.BoundAtMost, false},
		{"not greater than", attrition.BoundAtMost, false},
		{"not more than", attrition.BoundAtMost, false},
		{"fewer than", attrition.BoundFewerThan, false},
		{"less than", attrition.BoundFewerThan, false},
		{"lower than", attrition.BoundFewerThan, false},
		{"under", attrition.BoundFewerThan, false},
		{"below", attrition.BoundFewerThan, false},
		{"just under", attrition.BoundFewerThan, true},
		{"just below", attrition.BoundFewerThan, true},
		{"just shy of", attrition.BoundFewerThan, true},
		{"just short of", attrition.BoundFewerThan, true},
		{"short of", attrition.BoundFewerThan, false},
		{"nearly", attrition.BoundFewerThan, true},
		{"almost", attrition.BoundFewerThan, true},
		{"approaching", attrition.BoundFewerThan, true},
		{"nearing", attrition.BoundFewerThan, true},
		{"near", "", true},
		{"nears", attrition.BoundFewerThan, true},
		{"neared", attrition.BoundFewerThan, true},
		{"approaches", attrition.BoundFewerThan, true},
		{"approached", attrition.BoundFewerThan, true},
		{"close to", "", true},
		{"closer to", "", true},
		{"nigh on", attrition.BoundFewerThan, true},
		{"about", "", true},
		{"around", "", true},
		{"approximately", "", true},
		{"approx", "", true},
		{"roughly", "", true},
		{"some", "", true},
		{"an estimated", "", true},
		{"estimated", "", true},
		// "Russian casualties are estimated at 600,000": the passive's
		// hedge, as "an estimated 600,000".
		{"estimated at", "", true},
		{"est", "", true},
		{"circa", "", true},
		{"ca", "", true},
		{"c", "", true},
		{"~", "", true},
		{"≈", "", true},
		{"in the region of", "", true},
		{"in the vicinity of", "", true},
		{"in the neighbourhood of", "", true},
		{"in the neighborhood of", "", true},
		{"somewhere around", "", true},
		{"somewhere near", "", true},
		{"on the order of", "", true},
		{"of the order of", "", true},
		{"something like", "", true},
		{"an approximate", "", true},
		{"or so", "", true},
		{"give or take", "", true},
		// "lost perhaps 3,000 soldiers", "the best part of 20,000".
		{"perhaps", "", true},
		{"maybe", "", true},
		{"the best part of", "", true},
		{"the better part of", "", true},
		{"a reported", "", false},
		// "down from a record 1,570 in December", "from a peak of 1,570":
		// a figure's standing, no bound.
		{"a record", "", false},
		{"a peak of", "", false},
		{"a high of", "", false},
		{"a record high of", "", false},
		{"a wartime high of", "", false},
		{"a low of", "", false},
		{"reportedly", "", false},
	}
	out := make([]shapeWord, 0, len(raw))
	for _, r := range raw {
		out = append(out, shapeWord{words: splitWords(r.p), bound: r.bound, approx: r.approx})
	}
	// Longest first, prefixes of one length in the list's order: a pass
	// for each length copies each prefix once, where an insertion sort
	// moved it past every shorter one before it.
	longest := 0
	for _, sw := range out {
		longest = max(longest, len(sw.words))
	}
	sorted := make([]shapeWord, 0, len(out))
	for n := longest; n >= 0; n-- {
		for _, sw := range out {
			if len(sw.words) == n {
				sorted = append(sorted, sw)
			}
		}
	}
	return sorted
}()

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// phraseWords splits a lexicon phrase into the words the tokenizer reads
// from the same text: "t-72s" is "t", "-", "72", "s"; "ships/boats" is
// three words; "al-shabaab" and "russia's" stay whole.
func phraseWords(p string) []string {
	// The words gathered on the stack in one pass, then copied into a
	// slice of their number: the tables built at start-up split
	// thousands of phrases, and a slice grown word by word is moved to
	// the heap, and regrown, for each. A phrase of more words than the
	// stack holds grows its slice.
	var buf [16]string
	ws := buf[:0]
	for w := range eachPhraseWord(p) {
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return nil
	}
	out := make([]string, len(ws))
	copy(out, ws)
	return out
}

// eachPhraseWord yields the words of phraseWords in order. A space
// ends a word as the end of the phrase does, so the words between
// spaces (splitWords) are split in one pass over the phrase.
func eachPhraseWord(p string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(p); {
			if p[i] == ' ' {
				i++
				continue
			}
			j := i + 1
			switch c := p[i]; {
			case c >= '0' && c <= '9':
				for j < len(p) && p[j] >= '0' && p[j] <= '9' {
					j++
				}
			case c >= 'a' && c <= 'z' || c >= 0x80:
				for j < len(p) && (p[j] >= 'a' && p[j] <= 'z' || p[j] >= 0x80 ||
					(p[j] == '-' || p[j] == '\'') && j+1 < len(p) && (p[j+1] >= 'a' && p[j+1] <= 'z' || p[j+1] >= 0x80)) {
					j++
				}
			}
			if !yield(p[i:j]) {
				return
			}
			i = j
		}
	}
}

// matchBefore reports whether the words of ids end right before token
// i, skipping the period of a one-word abbreviation ("approx.", "c.").
// The caller has found the last word at token last, which is i-1, or i-2
// past a period: only the words before it are compared, by lexicon id (a
// word the lexicon lacks has id 0, which is no word's of ids).
func matchBefore(toks []token, i, last int, ids []uint16) (start int, ok bool) {
	if last != i-1 && len(ids) > 1 {
		return 0, false // a period ends no phrase of more words
	}
	j := last - 1
	for k := len(ids) - 2; k >= 0; k-- {
		if j < 0 || toks[j].id != ids[k] {
			return 0, false
		}
		j--
	}
	return j + 1, true
}

// matchAt reports whether words start at token i; it returns the index
// after them.
func matchAt(toks []token, i int, words []string) (int, bool) {
	if len(words) > 0 {
		if i+len(words) > len(toks) {
			return 0, false
		}
		ts := toks[i : i+len(words)]
		for k, w := range words {
			if ts[k].w != w {
				return 0, false
			}
		}
	}
	return i + len(words), true
}

// timeBeforeTo returns the "to" after a time phrase at j ("at the end
// of 2023 to", "in November 2023 to"), or j when there is none.
func timeBeforeTo(toks []token, j int) int {
	for k := j; k < len(toks) && k <= j+7; k++ {
		t := &toks[k]
		if t.w == "to" {
			if k > j && k+1 < len(toks) && startsNumber(&toks[k+1]) {
				return k
			}
			return j
		}
		switch {
		case t.cls&clsMonth != 0, t.k == tNum && len(t.w) == 4:
		case t.w == "at" || t.w == "in" || t.w == "by" || t.w == "the" || t.w == "end" || t.w == "start" || t.w == "beginning" ||
			t.w == "of" || t.w == "late" || t.w == "early" || t.w == "mid" || t.w == "last" || t.w == "year" || t.w == "-":
		default:
			return j
		}
	}
	return j
}

// parseQuantity reads the figure at token i with its prefixes, a range
// partner and suffixes ("or more", "+").
func parseQuantity(toks []token, i int) (q quantity, ok bool) {
	ok = readQuantity(toks, i, &q)
	return q, ok
}

// readQuantity is parseQuantity into *q, which it clears first. The
// sentence loop reads every figure it tries this way: a quantity is
// large, and one returned by value is copied twice more at the call.
// q is set field by field: a composite literal is built in a temporary
// and copied.
func readQuantity(toks []token, i int, q *quantity) bool {
	*q = quantity{}
	if !readNumber(toks, i, &q.first) {
		return false
	}
	n := &q.first
	q.s, q.e = n.s, n.e
	q.last = *n
	q.percent, q.frac = n.percent, n.frac
	q.bound = attrition.BoundPoint
	q.low, q.high, q.best = n.val, n.val, n.val
	q.hasLow, q.hasHigh, q.hasBest = true, true, true
	if n.vague {
		q.bound = attrition.BoundAtLeast
		q.hasHigh, q.hasBest = false, false
	}
	// "a couple hundred thousand", "a score of": a round guess.
	if word(toks, n.s) == "a" && (word(toks, n.s+1) == "couple" || word(toks, n.s+1) == "score") {
		q.approx = true
	}
	// Range: "X–Y", "X to Y", "between X and Y", "from X to Y", "X or Y".
	between := word(toks, i-1) == "between"
	from := word(toks, i-1) == "from"
	j := n.e
	// "rose from 300,000 at the end of 2023 to 1,000,000 now": the time
	// of the first figure between it and "to".
	if from && word(toks, j) != "to" && wordIn(word(toks, i-2), risingVerbs) {
		if k := timeBeforeTo(toks, j); k > j {
			j = k
		}
	}
	sep := word(toks, j)
	// "46,000 ± 5,000", "500 +/- 50": a central figure and its margin.
	pm := 0
	switch {
	case sep == "±" || sep == "+/-":
		pm = j + 1
	case sep == "+" && word(toks, j+1) == "/" && word(toks, j+2) == "-":
		pm = j + 3
	case sep == "+/" && word(toks, j+1) == "-":
		pm = j + 2
	}
	if pm > 0 && !n.vague && !n.frac && !n.percent {
		if m, ok := parseNumber(toks, pm); ok && !m.vague && !m.frac && !m.percent && m.val < n.val {
			q.low, q.high, q.best = n.val-m.val, n.val+m.val, n.val
			q.hasLow, q.hasHigh, q.hasBest = true, true, true
			q.bound = attrition.BoundRange
			q.e = m.e
			q.last = m
			sep = "" // no range after it; the prefixes still apply
		}
	}
	// "rose by 52 to 43,603": an increment and the new total, no range.
	byTo := sep == "to" && word(toks, i-1) == "by"
	// ("around 600,000 or 700,000 wounded", "600 or 700 thousand": a
	// spoken range of digits, its ends close.)
	orDigits := sep == "or" && !n.words && !n.year
	isRangeSep := isDash(sep) || sep == "to" && !byTo || (sep == "and" && between) || (sep == "or" && n.words && !n.vague && n.val < 100) || orDigits
	if isRangeSep && !n.vague && !n.frac {
		k := j + 1
		// "from 95,000 to as many as 250,000": the high end's own bound
		// words say what the range does.
		if word(toks, k) == "as" && (word(toks, k+1) == "many" || word(toks, k+1) == "high" || word(toks, k+1) == "much") && word(toks, k+2) == "as" && (from || between) {
			k += 3
		}
		// "range from 470,000 to more than 600,000": a high end with
		// no ceiling leaves the range open above its low end.
		openHigh := false
		if from || between {
			if w := word(toks, k); (w == "more" || w == "upwards") && (word(toks, k+1) == "than" || word(toks, k+1) == "of") || w == "over" {
				openHigh = true
				k += 2
				if w == "over" {
					k--
				}
			}
		}
		// Allow a hedge inside: "between about 400,000 and 500,000".
		// ("rose 15 percent to 2,300": a share then a count, no range.)
		if m, ok := parseNumber(toks, k); ok && !m.vague && !m.frac && !m.unitAdj && !m.year && !n.year && (m.percent || !n.percent) {
			lo := n.val
			if n.scale == 0 && m.scale != 0 && lo*m.scale <= m.val*1.0001 && lo < m.val {
				lo *= m.scale
				// "between two and three hundred thousand": the low end
				// takes the whole multiplier of the high's first word.
				if n.words && m.words && n.val < 10 {
					if lead := unitWords[word(toks, m.s)]; lead > 0 && lead < 10 {
						if mult := m.val / lead; mult > m.scale && n.val*mult < m.val {
							lo = n.val * mult
						}
					}
				}
			}
			// "150-190,000", "between 150 and 190,000": the thousands
			// written once, for both ends.
			if !from && n.scale == 0 && m.scale == 0 && !n.words && lo < 1000 && lo == float64(int(lo)) && m.val >= 10000 && int(m.val)%1000 == 0 &&
				lo*1000 <= m.val && lo*10000 > m.val && !strings.ContainsAny(toks[n.s].w, ",. ") {
				lo *= 1000
			}
			if m.percent {
				q.percent = true
			}
			if orDigits && (m.words || !(lo < m.val && m.val <= 3*lo) || m.percent != n.percent || monthAt(toks, m.e) != 0) {
				lo = m.val + 1 // no range: "5 or 500", "1,000 or more"
			}
			// "revised its count of civilian deaths from 12,000 to 8,000":
			// a revision down; the figure now is the second.
			if from && lo > m.val && !orDigits && (revisedBefore(toks, i-1) || wordIn(word(toks, i-2), fallingVerbs)) {
				q.rising = true
				q.low, q.high, q.best = m.val, m.val, m.val
				q.hasLow, q.hasHigh, q.hasBest = true, true, true
				q.bound = attrition.BoundPoint
				q.e = m.e
				q.last = m
				q.s = i - 1
			}
			if lo <= m.val && (sep != "-" || toks[j].glued || !toks[j+1].glued || true) {
				q.low, q.high = lo, m.val
				q.hasBest = false
				q.bound = attrition.BoundRange
				q.e = m.e
				q.last = m
				if lo == m.val {
					q.bound = attrition.BoundPoint
					q.best, q.hasBest = lo, true
				}
				if between || from {
					q.s = i - 1
				}
				if from && (wordIn(word(toks, i-2), risingVerbs) || revisedBefore(toks, i-1)) {
					// "rose from 500 to 1,000", "revised its estimate of
					// Russian casualties from 680,000 to 790,000": the
					// figure now is the second.
					q.rising = true
					q.low, q.high, q.best = m.val, m.val, m.val
					q.hasBest = true
					q.bound = attrition.BoundPoint
					if openHigh {
						// ("rose from 500 to more than 1,000".)
						q.setBound(attrition.BoundMoreThan)
					}
				} else if openHigh {
					q.high, q.hasHigh, q.hasBest = 0, false, false
					q.bound = attrition.BoundAtLeast
				}
			}
		}
	}
	// Prefixes, possibly stacked ("an estimated more than").
	for round := 0; round < 3; round++ {
		matched := false
		last := q.s - 1
		if word(toks, last) == "." {
			last--
		}
		if last < 0 || toks[last].cls&clsShapeLast == 0 && toks[last].w != "~" && toks[last].w != "≈" {
			break
		}
		if w := toks[last].w; (w == "~" || w == "≈") && last == q.s-1 {
			// Signs have no lexicon id: "~600,000".
			q.s, q.approx = last, true
			continue
		}
		// The bucket of toks[last]'s word: every candidate ends with it.
		cands := shapesByLastIx.at(&toks[last])
		for c := range cands {
			sw := &cands[c]
			st, ok := matchBefore(toks, q.s, last, sw.ids)
			if !ok {
				continue
			}
			// "some" and "over" are hedges or bounds only right before a
			// figure; "c" only as an abbreviation.
			if (sw.words[0] == "c" || sw.words[0] == "ca" || sw.words[0] == "est") && word(toks, q.s-1) != "." {
				continue
			}
			if sw.words[0] == "or" {
				continue
			}
			// "probably not more than 50,000": the "not" is the
			// estimative word's, the bound "more than" (as below).
			if sw.words[0] == "not" && estimativeBeforeNot(word(toks, st-1)) {
				continue
			}
			// "We estimated 64,260 deaths", "the authors estimated":
			// the verb of a study's finding, no hedge of the figure (as
			// "an estimated 64,260" is).
			if len(sw.words) == 1 && sw.words[0] == "estimated" && estimateSubject(toks, st-1) {
				continue
			}
			// "Russia handed over 1,212 bodies", "turned over 40
			// prisoners": the verb's particle, no bound.
			if sw.words[0] == "over" && len(sw.words) == 1 {
				switch word(toks, st-1) {
				case "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "taken", "took", "handover":
					continue
				}
			}
			q.s = st
			if sw.approx {
				q.approx = true
			}
			b := sw.bound
			// "nearly half of them", "almost 60% of the dead": a share
			// hedged, of a whole whose own bound it keeps.
			if sw.approx && (q.frac || q.percent) {
				b = ""
			}
			// "not below 600,000", "has not lost fewer than 500,000".
			notAt := st - 1
			if v := word(toks, st-1); word(toks, st-2) == "not" && (v == "lost" || v == "suffered" || v == "sustained" || v == "lose" || v == "suffer") {
				notAt = st - 2
			}
			// ("has probably not lost more than 50,000", "almost
			// certainly not below 600,000": the "not" is the estimative
			// word's, Kent's "probably not", and the bound stays as
			// written.)
			if w := word(toks, notAt); (w == "not" || w == "never") && b != "" && !(w == "not" && estimativeBeforeNot(word(toks, notAt-1))) {
				// "not below 600,000" is at least 600,000.
				switch b {
				case attrition.BoundFewerThan:
					b = attrition.BoundAtLeast
				case attrition.BoundMoreThan:
					b = attrition.BoundAtMost
				}
				if notAt == st-1 {
					q.s = st - 1
				}
				q.negated = true
			}
			if b != "" && q.bound != attrition.BoundRange {
				q.setBound(b)
			}
			matched = true
			break
		}
		if !matched {
			break
		}
	}
	// "its losses had not reached 5,000": below the figure.
	if q.bound == attrition.BoundPoint && !q.negated {
		if v := word(toks, q.s-1); v == "reached" || v == "reach" || v == "hit" {
			if n := word(toks, q.s-2); n == "not" || n == "never" || n == "yet" && word(toks, q.s-3) == "not" {
				q.setBound(attrition.BoundFewerThan)
				q.negated = true
			}
		}
	}
	// An interval in brackets after a point estimate: "64,000 (95% CI
	// 55,000 to 78,000)", "(range 30,000–40,000)". The estimate is the
	// best figure of the range.
	if q.bound == attrition.BoundPoint && !q.percent && !q.frac {
		if lo, hi, end, ok := intervalAfter(toks, q.e); ok && lo <= q.best && q.best <= hi {
			q.low, q.high, q.bound, q.e = lo, hi, attrition.BoundRange, end
			return true
		}
	}
	// Suffixes: "or more", "or so", "+", "-plus".
	switch w := word(toks, q.e); {
	case w == "or" && (word(toks, q.e+1) == "more" || word(toks, q.e+1) == "higher" || word(toks, q.e+1) == "above"):
		q.setBound(attrition.BoundAtLeast)
		q.e += 2
	case w == "or" && (word(toks, q.e+1) == "fewer" || word(toks, q.e+1) == "less" || word(toks, q.e+1) == "lower"):
		q.setBound(attrition.BoundAtMost)
		q.e += 2
	case w == "or" && word(toks, q.e+1) == "so":
		q.approx = true
		q.e += 2
	case w == "+" && toks[q.e].glued:
		// "50,423+", "1,000-plus": that many or more, as "or more".
		q.setBound(attrition.BoundAtLeast)
		q.e++
	case (w == "-" || w == "–") && word(toks, q.e+1) == "plus" && toks[q.e].glued:
		q.setBound(attrition.BoundAtLeast)
		q.e += 2
	case (w == "-" || w == "–") && word(toks, q.e+1) == "odd" && toks[q.e].glued:
		// "600,000-odd": about that many.
		q.approx = true
		q.e += 2
	case w == "plus" && !q.first.words:
		q.setBound(attrition.BoundMoreThan)
		q.e++
	}
	// "as few as 60,000 and as many as 150,000", "more than 60,000 but
	// fewer than 150,000": a floor and a ceiling, one range.
	if (q.bound == attrition.BoundAtLeast || q.bound == attrition.BoundMoreThan) && !q.percent && !q.frac && !q.first.vague {
		// ("ranges from a minimum of 3,540 to a maximum of 5,110",
		// "minimum 3,540, maximum 5,110": so after "from", and in a
		// label's pair.)
		if w := word(toks, q.e); w == "and" || w == "but" || w == "to" && word(toks, q.s-1) == "from" && !wordIn(word(toks, q.s-2), risingVerbs) ||
			w == "," && (word(toks, q.e+1) == "maximum" || word(toks, q.e+1) == "max") {
			// ("at least 60,000 and possibly as many as 100,000": an
			// adverb of doubt before the ceiling.)
			at := q.e + 1
			switch word(toks, at) {
			case "possibly", "perhaps", "maybe", "potentially":
				at++
			}
			for j := at + 1; j < len(toks) && j <= at+3; j++ {
				if !startsNumber(&toks[j]) {
					continue
				}
				var r quantity
				if !readQuantity(toks, j, &r) || r.s != at {
					continue // ("many" may read as a number)
				}
				if (r.bound == attrition.BoundAtMost || r.bound == attrition.BoundFewerThan) && r.hasHigh && r.high > q.low && !r.percent && !r.frac {
					q.high, q.hasHigh, q.hasBest = r.high, true, false
					q.bound = attrition.BoundRange
					q.approx = q.approx || r.approx
					q.e, q.last = r.e, r.last
				}
				break
			}
		}
	}
	return true
}

// revisedBefore reports a verb of revising an estimate in the clause
// before token k ("revised its estimate of … upward, from").
func revisedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		switch toks[j].w {
		case "revised", "revising", "revises", "revise", "lowered", "upgraded", "downgraded", "adjusted", "corrected", "updated",
			"raised", "raising", "raises", "increased", "cut", "reduced", "correcting":
			return true
		case ".", ";", ":":
			return false
		}
	}
	return false
}

var fallingVerbs = []string{"fell", "fallen", "dropped", "declined", "decreased", "cut", "reduced", "lowered"}

var risingVerbs = []string{"rose", "risen", "rising", "increased", "grew", "climbed", "jumped", "went", "up", "soared", "revised", "raised"}

func wordIn(w string, list []string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// setBound turns a point figure into a one-sided bound.
func (q *quantity) setBound(b string) {
	if q.bound == attrition.BoundRange {
		return
	}
	v := q.low
	if !q.hasLow {
		v = q.high
	}
	q.bound = b
	q.hasBest = false
	switch b {
	case attrition.BoundMoreThan, attrition.BoundAtLeast:
		q.low, q.hasLow = v, true
		q.hasHigh = false
	case attrition.BoundAtMost, attrition.BoundFewerThan:
		q.high, q.hasHigh = v, true
		q.hasLow = false
	}
}

// value is the quantity's central figure, for arithmetic checks.
func (q *quantity) value() float64 {
	s := q.sum()
	return s.value()
}

// qsum is what later figures need of an earlier one: its numbers.
type qsum struct {
	low, high, best          float64
	hasLow, hasHigh, hasBest bool
	approx                   bool
}

func (q *quantity) sum() qsum {
	return qsum{q.low, q.high, q.best, q.hasLow, q.hasHigh, q.hasBest, q.approx}
}

func (q *qsum) value() float64 {
	switch {
	case q.hasBest:
		return q.best
	case q.hasLow && q.hasHigh:
		return (q.low + q.high) / 2
	case q.hasLow:
		return q.low
	}
	return q.high
}

// intervalAfter reads a bracketed interval starting at token i: an
// opening bracket, a level ("95%"), a name ("CI", "confidence interval",
// "UI", "range"), then two figures; end is past the closing bracket.
func intervalAfter(toks []token, i int) (lo, hi float64, end int, ok bool) {
	if w := word(toks, i); w != "(" && w != "[" {
		return 0, 0, 0, false
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].k == tNum && word(toks, j+1) == "%" {
		j += 2
	}
	named := false
	for _, ws := range intervalNames {
		if e, ok := matchAt(toks, j, ws); ok {
			j, named = e, true
			break
		}
	}
	if !named {
		return 0, 0, 0, false
	}
	if w := word(toks, j); w == ":" || w == "," || w == "=" {
		j++
	}
	a, ok := parseNumber(toks, j)
	if !ok || a.vague || a.percent || a.year {
		return 0, 0, 0, false
	}
	j = a.e
	if w := word(toks, j); !(isDash(w) || w == "to" || w == "," || w == "and") {
		return 0, 0, 0, false
	}
	b, ok := parseNumber(toks, j+1)
	if !ok || b.vague || b.percent || b.year {
		return 0, 0, 0, false
	}
	j = b.e
	if w := word(toks, j); w != ")" && w != "]" {
		return 0, 0, 0, false
	}
	la, lb := a.val, b.val
	if a.scale == 0 && b.scale != 0 && la*b.scale <= lb {
		la *= b.scale // "1.1 to 1.4 million"
	}
	if la > lb {
		return 0, 0, 0, false
	}
	return la, lb, j + 1, true
}

var intervalNames = [][]string{
	{"confidence", "interval"}, {"credible", "interval"}, {"uncertainty", "interval"},
	{"ci"}, {"ui"}, {"cri"}, {"range"},
}

// estimateSubject reports the subject of the verb "estimated" at token
// k, right before it: a pronoun, a name or a plural noun ("we",
// "the authors", "Researchers"), not an article or a preposition.
func estimateSubject(toks []token, k int) bool {
	if k < 0 || toks[k].k != tWord {
		return false
	}
	switch w := toks[k].w; w {
	case "we", "they", "he", "she", "it", "i", "who", "which":
		return true
	case "an", "the", "some", "with", "of", "at", "and", "to", "by", "for", "from", "about", "total", "is", "was", "are", "were", "be", "been":
		return false
	default:
		return toks[k].upper || strings.HasSuffix(w, "s") && len(w) > 3
	}
}

// estimativeBeforeNot reports the estimative words that take a "not"
// after them as their own, the yardsticks' "probably not" and "almost
// certainly not" (findLikelihoodsAt reads them so).
func estimativeBeforeNot(w string) bool {
	return w == "probably" || w == "certainly"
}
