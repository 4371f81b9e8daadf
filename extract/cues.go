package extract

// sentCues counts, for every token position of the sentence being read,
// the cue words before it. Rules that ask of each pair of a figure and a
// phrase "is there a clause break, another figure, a 'stood at' between
// them" then answer in constant time: a tally of twenty figures under
// one dated heading would otherwise rescan the sentence for every pair,
// which made list-shaped bulletins the slowest text per byte.
type sentCues struct {
	// at[k] holds the counts of toks[:k], one entry per position: the
	// build writes one 16-byte entry a token, not four slices.
	at    []cueCounts
	toks  []token
	built bool
}

// cueCounts counts, by kind, the cue tokens before a position; the
// kinds index it.
type cueCounts [4]int32

const (
	cueClause = iota
	cueCumul
	cueAnother
	cueFigure
)

// reset points the index at a new sentence; it is built on first use,
// as most sentences never ask.
func (c *sentCues) reset(toks []token) {
	c.toks, c.built = toks, false
}

func (c *sentCues) ensure() {
	if !c.built {
		c.build(c.toks)
		c.built = true
	}
}

// build indexes toks; the counts of a position k cover toks[:k].
func (c *sentCues) build(toks []token) {
	n := len(toks) + 1
	if cap(c.at) < n {
		c.at = make([]cueCounts, n, n+n/2)
	}
	at := c.at[:n]
	c.at = at
	var cur cueCounts
	for k := range toks {
		at[k] = cur
		if toks[k].k == tNum {
			if figureToken(toks, k) {
				cur[cueFigure]++
			}
			continue
		}
		// The kind before the word: only a punctuation mark is ";".
		if toks[k].cls&clsCue == 0 && (toks[k].k != tPunct || toks[k].w != ";") {
			continue
		}
		if clauseBreakAt(toks, k) {
			cur[cueClause]++
		}
		if cumulativeAt(toks, k) {
			cur[cueCumul]++
		}
		if anotherAt(toks, k) {
			cur[cueAnother]++
		}
	}
	at[n-1] = cur
}

// in returns how many cue tokens of the kind counts in toks[a:b],
// clamped to the sentence. The caller has called ensure.
func (c *sentCues) in(kind int, a, b int) int32 {
	a, b = max(a, 0), min(b, len(c.at)-1)
	if b <= a {
		return 0
	}
	return c.at[b][kind] - c.at[a][kind]
}

// clauseBreak is the package's clauseBreak for the indexed sentence.
func (c *sentCues) clauseBreak(a, b int) bool { c.ensure(); return c.in(cueClause, a, b) > 0 }

// cumulativeCue is the package's cumulativeCue for the indexed sentence.
func (c *sentCues) cumulativeCue(a, b int) bool { c.ensure(); return c.in(cueCumul, a, b) > 0 }

// anotherBetween is the package's anotherBetween for the indexed sentence.
func (c *sentCues) anotherBetween(a, b int) bool { c.ensure(); return c.in(cueAnother, a, b) > 0 }

// figureBetween is the package's figureBetween for the indexed sentence:
// a figure in toks[a:b] outside the figure's own tokens toks[s:e].
func (c *sentCues) figureBetween(a, b, s, e int) bool {
	c.ensure()
	return c.in(cueFigure, a, b)-c.in(cueFigure, max(a, s), min(b, e)) > 0
}
