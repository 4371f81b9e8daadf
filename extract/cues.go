package extract

// sentCues counts, for every token position of the sentence being read,
// the cue words before it. Rules that ask of each pair of a figure and a
// phrase "is there a clause break, another figure, a 'stood at' between
// them" then answer in constant time: a tally of twenty figures under
// one dated heading would otherwise rescan the sentence for every pair,
// which made list-shaped bulletins the slowest text per byte.
type sentCues struct {
	clause, cumul, another, figure []int32
	toks                           []token
	built                          bool
}

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
	c.clause = grow32(c.clause, n)
	c.cumul = grow32(c.cumul, n)
	c.another = grow32(c.another, n)
	c.figure = grow32(c.figure, n)
	var cl, cu, an, fi int32
	for k := range toks {
		c.clause[k], c.cumul[k], c.another[k], c.figure[k] = cl, cu, an, fi
		if toks[k].k == tNum {
			if figureToken(toks, k) {
				fi++
			}
			continue
		}
		if toks[k].cls&clsCue == 0 && toks[k].w != ";" {
			continue
		}
		if clauseBreakAt(toks, k) {
			cl++
		}
		if cumulativeAt(toks, k) {
			cu++
		}
		if anotherAt(toks, k) {
			an++
		}
	}
	c.clause[n-1], c.cumul[n-1], c.another[n-1], c.figure[n-1] = cl, cu, an, fi
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/2)
	}
	return s[:n]
}

// in returns how many cue tokens p counts in toks[a:b], clamped to the
// sentence. The caller has called ensure: p is read before the call, so
// a slice taken from an index not yet built would be the last
// sentence's.
func (c *sentCues) in(p []int32, a, b int) int32 {
	a, b = max(a, 0), min(b, len(p)-1)
	if b <= a {
		return 0
	}
	return p[b] - p[a]
}

// clauseBreak is the package's clauseBreak for the indexed sentence.
func (c *sentCues) clauseBreak(a, b int) bool { c.ensure(); return c.in(c.clause, a, b) > 0 }

// cumulativeCue is the package's cumulativeCue for the indexed sentence.
func (c *sentCues) cumulativeCue(a, b int) bool { c.ensure(); return c.in(c.cumul, a, b) > 0 }

// anotherBetween is the package's anotherBetween for the indexed sentence.
func (c *sentCues) anotherBetween(a, b int) bool { c.ensure(); return c.in(c.another, a, b) > 0 }

// figureBetween is the package's figureBetween for the indexed sentence:
// a figure in toks[a:b] outside the figure's own tokens toks[s:e].
func (c *sentCues) figureBetween(a, b, s, e int) bool {
	c.ensure()
	return c.in(c.figure, a, b)-c.in(c.figure, max(a, s), min(b, e)) > 0
}
