package extract

import "strings"

// Word classes, one bit each. The tokenizer looks every word up once in
// the lexicon and each rule set then tests bits instead of consulting its
// own tables: most words belong to no class and cost one map look-up.
const (
	clsNum       uint32 = 1 << iota // may start a figure ("two", "dozens", "half")
	clsActor                        // first word of an actor alias, or an enemy word
	clsSource                       // opens or closes an attribution ("according", "said")
	clsLike                         // first word of an estimative phrase
	clsPeriod                       // may start a period phrase ("since", "last", "in")
	clsLoss                         // says the sentence is about losses
	clsShapeLast                    // last word of a shape prefix ("than", "least")
	clsUnit                         // a unit of time ("days", "months")
	clsCat                          // first word of a category or equipment phrase
	clsFiller                       // may stand between a figure and its category
	clsPerson                       // a noun for people ("soldiers")
	clsBack                         // may stand between a category word and its figure
	clsVeto                         // a word of the not-a-loss lists (notclaims.go)
	clsMonth                        // a month's name
	clsStatus                       // an equipment status ("destroyed")
)

var lexicon = buildLexicon()

// lexTable is the lexicon as an open-addressing hash table with a cheap
// hash of a word's ends and length: every word of the text is looked up
// once, so this look-up is the tokenizer's inner loop.
type lexTable struct {
	keys []string
	vals []uint32
	mask uint32
}

var lexFast = func() lexTable {
	n := uint32(1)
	for n < uint32(len(lexicon))*4 {
		n <<= 1
	}
	t := lexTable{keys: make([]string, n), vals: make([]uint32, n), mask: n - 1}
	for k, v := range lexicon {
		i := lexHash(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}()

func lexHash(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	h ^= uint32(w[0]) * 0x85EBCA77
	h ^= uint32(w[n-1]) * 0xC2B2AE3D
	h ^= uint32(w[n/2]) * 0x27D4EB2F
	if n > 2 {
		h ^= uint32(w[1]) * 0x165667B1
	}
	return h ^ h>>15
}

func (t *lexTable) get(w string) uint32 {
	if w == "" {
		return 0
	}
	i := lexHash(w) & t.mask
	for {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if k == w {
			return t.vals[i]
		}
		i = (i + 1) & t.mask
	}
}

func buildLexicon() map[string]uint32 {
	m := map[string]uint32{}
	set := func(w string, c uint32) { m[w] |= c }
	for w := range unitWords {
		set(w, clsNum)
	}
	for w := range tensWords {
		set(w, clsNum)
	}
	for w := range vagueWords {
		set(w, clsNum)
	}
	for _, w := range []string{"a", "an", "half", "tens", "dozen", "several", "hundred", "thousand", "million", "billion", "many"} {
		set(w, clsNum)
	}
	for k := range actors.byFirst {
		set(k, clsActor)
	}
	for w := range enemyWords {
		set(w, clsActor)
	}
	for w := range speechVerbs {
		set(w, clsSource)
	}
	for _, w := range []string{"according", "source", "sources", "citing", "cited", "per"} {
		set(w, clsSource)
	}
	for k := range likelihoodPhrases {
		set(k, clsLike)
	}
	for _, w := range []string{"since", "from", "between", "in", "during", "throughout", "over", "for", "of",
		"on", "within", "as", "by", "until", "through", "to", "till", "last", "this", "past", "previous",
		"yesterday", "overnight", "today", "so", "year-to-date", "dated", "dating", "weekend"} {
		set(w, clsPeriod)
	}
	for w := range weekdays {
		set(w, clsPeriod)
		set(w+"'s", clsPeriod)
	}
	for w := range unitWordsPeriod {
		set(w, clsUnit)
	}
	for w := range lossWords {
		set(w, clsLoss)
	}
	for _, sw := range shapePrefixes {
		set(sw.words[len(sw.words)-1], clsShapeLast)
	}
	for k := range personnelPhrases {
		set(k, clsCat)
	}
	for k := range equipmentPhrases {
		set(k, clsCat)
	}
	for w := range fillers {
		set(w, clsFiller)
	}
	for w := range personWords {
		set(w, clsPerson)
	}
	for w := range militantWords {
		set(w, clsPerson)
	}
	for w := range stateSoldierWords {
		set(w, clsPerson)
	}
	for w, ok := range backConnectors {
		if ok {
			set(w, clsBack)
		}
	}
	for w := range monthNames {
		set(w, clsMonth)
	}
	for w := range statusWords {
		set(w, clsStatus)
	}
	for _, mm := range []map[string]bool{futureWords, stockWords, swapWords, headcountWords} {
		for w, ok := range mm {
			if ok {
				set(w, clsVeto)
			}
		}
	}
	return m
}

// classify returns the classes of a lower-case word; hyphenated number
// words ("twenty-five") take the class of their first part.
func classify(w string) uint32 {
	c := lexFast.get(w)
	if c == 0 {
		if i := strings.IndexByte(w, '-'); i > 0 {
			if lexFast.get(w[:i])&clsNum != 0 {
				c |= clsNum
			}
		}
	}
	return c
}

// shapesByLast indexes shape prefixes by their last word.
var shapesByLast = func() map[string][]shapeWord {
	m := map[string][]shapeWord{}
	for _, sw := range shapePrefixes {
		l := sw.words[len(sw.words)-1]
		m[l] = append(m[l], sw)
	}
	return m
}()
