package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unsafe"
)

// Word classes, one bit each. The tokenizer looks every word up once in
// the lexicon and each rule set then tests bits instead of consulting its
// own tables: most words belong to no class and cost one map look-up.
const (
	clsNum       uint64 = 1 << iota // may start a figure ("two", "dozens", "half")
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
	// The bits below are gates: they stand for word sets that rules
	// test on tokens, not for kinds of words (clsWordClasses).
	clsCue        // a word sentCues counts (cues.go)
	clsCatEnd     // may end a category phrase (categoryEndingAt)
	clsActorWord  // a word of an actor alias, or an enemy word (isActorWord)
	clsCurrency   // a currency word ("dollars")
	clsAgentNoun  // an attack noun (agentNouns)
	clsAgentVerb  // a verb of attack (agentVerbs)
	clsScale      // a scale word ("million", "bn")
	clsMeasure    // a unit of measure after a figure (measureWords)
	clsUnitBefore // a word that makes the next figure a label (unitBefore)
	// Bits for word sets that rules test on tokens (wordSetClasses).
	clsGenericHeads     // genericHeads
	clsNpWords          // npWords
	clsTrailingNouns    // trailingNouns
	clsCivilianWords    // civilianWords
	clsTitleWords       // titleWords
	clsCommonWords      // commonWords
	clsMilitaryWords    // militaryWords
	clsDemonyms         // demonyms
	clsVagueSourceWords // vagueSourceWords
	clsStopWords        // stopWords
	clsDisableVerbs     // disableVerbs
	clsStartWords       // startWords
	clsOrgHeads         // orgHeads
	clsSpeechVerbs      // speechVerbs
	clsAbbreviations    // abbreviations
	clsFraction         // fractionWords
	// Gates of the period rules' sentence scans.
	clsRunningCue // a word runningCue looks for (runningCueWords)
	clsTotalVerb  // a verb that brings a running total up (totalVerbWords)
	clsAttackWord // a word attackNoun or singleAttack looks for (attackWords)
	// Gate of vetoed's scans (notclaims.go).
	clsBoundDetain // a word of boundVerbs or detainWords: vetoKinds' words outside clsVeto
	// Gate of scanSentence's first test (extract.go).
	clsBy // "by", which may open an attribution though of no clsSource
	// Gate of findPer's look back (categories.go).
	clsRateWord // "daily", "weekly", "monthly"
	// Gate of findCategoryInto's forward walk (categories.go).
	clsCatWalk // a word the walk's rules name before the phrases (catWalkWords)
	// Gate of vetoed's walks (notclaims.go).
	clsVetoWalk // a word the walks name (vetoWalkWords)
	// Gate of a few of figure's rules, by the sentence (extract.go).
	clsFigureRare // a word those rules look for (figureRareWords)
	// Gate of sentWords's walk (extract.go).
	clsSentWord // a word sentWords looks for (sentWordsWords)
	// Gate of findPeriods' last rules (periods.go).
	clsWar // "war" and "anniversary": a sentence with neither runs none of findPeriods' last rules
	// A counter of losses by name (lossCounterWords): the sentence's
	// union of classes says whether it names one (lossCounterNamed).
	clsLossCounter
	// Gate of leadWordsIn's walk: a word of a report's frame
	// (leadWords).
	clsLeadWord
	// A contrast word ("while", "whereas", "but"; contrastWord): the
	// sentence's union of classes says whether contrastBefore can find
	// one.
	clsContrast
	// "have" and "has": a sentence with neither is in no perfect tense
	// (perfectTense).
	clsHave
)

// clsWalkGates are the gates of rules' walks: bits of no word set.
const clsWalkGates = clsCatWalk | clsVetoWalk | clsFigureRare | clsSentWord | clsWar

// clsWordClasses are the kinds of words above the gates; a word of none
// of them is a plain word to the rules.
const clsWordClasses = clsCue - 1

var lexicon = buildLexicon()

// lexTable is the lexicon as an open-addressing hash table. Every word of
// the text is looked up once, so this look-up is the tokenizer's inner
// loop: the tokenizer hashes a word from the bytes it loaded to scan it
// (lexMix), and a
// slot holds what a look-up needs in thirty-two bytes, half a cache
// line: the key's first and last eight bytes (pack8, lastPack8), which
// for words of up to sixteen bytes, nearly all of a text's, are the whole
// key, its length, its classes and its id.
//
// The slots are an array of a size fixed when the program is built, so
// that a probe takes the table's address and mask as constants and needs
// no bounds check.
type lexTable struct {
	slots [lexSlots]lexSlot
	// keys holds the keys longer than sixteen bytes, by slot.
	keys []string
	n    int
}

// lexBits sets the size of the lexicon's table: at least four slots a
// word, since most words of a text are not in the lexicon and the probe
// for one ends at an empty slot (TestLexTable checks the room; raise
// lexBits when the lexicon outgrows it).
const (
	lexBits  = 14
	lexSlots = 1 << lexBits
	lexMask  = lexSlots - 1
)

type lexSlot struct {
	pk   uint64 // pack8 of the key; 0 marks an empty slot
	last uint64 // lastPack8 of the key
	cls  uint64
	id   uint16 // the key's number from 1 (lexIndex)
	n    uint8  // the key's length, up to 255
}

var lexFast = func() (t lexTable) {
	if len(lexicon) > lexSlots/2 {
		panic("extract: the lexicon outgrew its table; raise lexBits")
	}
	t.keys = make([]string, lexSlots)
	words := sortedEntries(lexicon) // ids do not depend on map order
	for id, e := range words {
		k := e.w
		i := lexHash(k) & lexMask
		for t.slots[i].pk != 0 {
			i = (i + 1) & lexMask
		}
		t.slots[i] = lexSlot{pk: pack8(k), last: lastPack8(k), cls: e.cls, id: uint16(id + 1), n: uint8(min(len(k), 255))}
		if len(k) > 16 {
			t.keys[i] = k
		}
	}
	t.n = len(words)
	return t
}()

// sortedWords returns the keys of m in order, as slices.Sort orders
// them.
func sortedWords(m map[string]uint64) []string {
	es := sortedEntries(m)
	words := make([]string, len(es))
	for i, e := range es {
		words[i] = e.w
	}
	return words
}

// lexEntry is a word of the lexicon with its classes.
type lexEntry struct {
	w   string
	cls uint64
}

// sortedEntries returns the entries of m ordered by word, as slices.Sort
// orders the words, with their classes, so that the caller need not look
// each word up again. The words are placed by their first byte, then each
// first byte's run is sorted by a number that orders as the words' next
// six bytes do (orderKey6): numbers compare at a fraction of the cost of
// strings, and only the few words that share their first seven bytes are
// compared as strings.
func sortedEntries(m map[string]uint64) []lexEntry {
	// The empty word, before all others, counts as a first byte of -1.
	first := func(k string) int {
		if k == "" {
			return 0
		}
		return int(k[0]) + 1
	}
	// The map is walked once: a walk costs more than a slice's.
	all := make([]lexEntry, 0, len(m))
	for k, c := range m {
		all = append(all, lexEntry{k, c})
	}
	// end[c] is where the run of the words of first byte c-1 ends.
	var end [257]int
	for _, e := range all {
		end[first(e.w)]++
	}
	for c := 1; c < len(end); c++ {
		end[c] += end[c-1]
	}
	placed := make([]lexEntry, len(all))
	start := end // each run is filled from its end down to its start
	for _, e := range all {
		f := first(e.w)
		start[f]--
		placed[start[f]] = e
	}
	es := make([]lexEntry, len(m))
	var keys []uint64
	for c := range end {
		run, out := placed[start[c]:end[c]], es[start[c]:end[c]]
		if len(run) > 1<<16 {
			panic("extract: sortedEntries takes up to 65536 words of one first byte")
		}
		// A key holds the word's next six bytes above its index in run.
		keys = keys[:0]
		for i, e := range run {
			keys = append(keys, orderKey6(e.w)<<16|uint64(i))
		}
		slices.Sort(keys)
		for i, k := range keys {
			out[i] = run[k&0xffff]
		}
		// Words of one key (the same first seven bytes) by their strings.
		for i := 0; i < len(keys); {
			j := i + 1
			for j < len(keys) && keys[j]>>16 == keys[i]>>16 {
				j++
			}
			if j-i > 1 {
				slices.SortFunc(out[i:j], func(a, b lexEntry) int { return strings.Compare(a.w, b.w) })
			}
			i = j
		}
	}
	return es
}

// orderKey6 returns the bytes 1 to 6 of w, big-endian and padded with
// zero bytes: of two words of one first byte whose keys differ, the
// smaller key is the smaller word. (A word that ends in zero bytes has
// the key of the word without them, so equal keys are no equal words.)
func orderKey6(w string) uint64 {
	// pack8 is little-endian: reversed, it is the bytes big-endian.
	return bits.ReverseBytes64(pack8(w)) >> 8 & (1<<48 - 1)
}

// lexHash hashes a word from its first and last eight bytes and its
// length: the tokenizer has loaded those bytes to find the word's end, so
// it hashes a word without a second pass over it.
func lexHash(w string) uint32 {
	return lexMix(pack8(w), lastPack8(w), len(w))
}

// lexMix is lexHash from the word's pack8, lastPack8 and length: the top
// bits of the products, which are the best mixed, make the slot's index.
// The length is not hashed: a word of up to eight bytes is its pack8, and
// the probes compare the length of longer words.
func lexMix(first, last uint64, n int) uint32 {
	h := lexMixShort(first)
	if n > 8 {
		h ^= lexMixLast(last)
	}
	return h
}

// lexMixShort is lexMix for a word of up to eight bytes.
func lexMixShort(pk uint64) uint32 {
	return uint32(pk * 0x9e3779b97f4a7c15 >> (64 - lexBits))
}

// lexMixLast is what the last eight bytes of a longer word add to
// lexMix.
func lexMixLast(last uint64) uint32 {
	return uint32(last * 0xc2b2ae3d27d4eb4f >> (64 - lexBits))
}

// lastPack8 is the pack8 of w's last eight bytes, 0 when w is no longer
// than eight (its pack8 holds it all).
func lastPack8(w string) uint64 {
	if len(w) <= 8 {
		return 0
	}
	return pack8(w[len(w)-8:])
}

func (t *lexTable) get(w string) uint64 {
	c, _ := t.lookup(w)
	return c
}

// lookup returns the classes and the id of a word, 0 when it is not in
// the lexicon.
func (t *lexTable) lookup(w string) (uint64, uint16) {
	if w == "" {
		return 0, 0
	}
	return t.getHash(w, lexHash(w))
}

// getHash is lookup with the word's lexHash already known.
func (t *lexTable) getHash(w string, h uint32) (uint64, uint16) {
	return t.getPacked(w, h, pack8(w), lastPack8(w))
}

// getPacked is getHash with the word's pack8 and lastPack8 already
// known.
func (t *lexTable) getPacked(w string, h uint32, pk, last uint64) (uint64, uint16) {
	if len(w) <= 16 {
		return t.getMid(h, pk, last, len(w))
	}
	i := h & lexMask
	for {
		s := &t.slots[i]
		if s.pk == 0 {
			return 0, 0
		}
		if s.pk == pk && s.last == last && t.keys[i] == w {
			return s.cls, s.id
		}
		i = (i + 1) & lexMask
	}
}

// getMid is getPacked for a word of up to sixteen bytes, which its first
// and last eight bytes hold: equal packs and lengths are equal words, and
// the probe compares no string.
func (t *lexTable) getMid(h uint32, pk, last uint64, n int) (uint64, uint16) {
	for i := h; ; i++ {
		s := &t.slots[i&lexMask]
		if s.pk == pk && s.last == last && int(s.n) == n {
			return s.cls, s.id
		}
		if s.pk == 0 {
			return 0, 0
		}
	}
}

// getShort is getPacked for a word of under eight bytes: its pack has a
// zero top byte, which no longer key's pack has, so equal packs are
// equal words and the probe compares one word.
func (t *lexTable) getShort(h uint32, pk uint64) (uint64, uint16) {
	for i := h; ; i++ {
		s := &t.slots[i&lexMask]
		if s.pk == pk {
			return s.cls, s.id
		}
		if s.pk == 0 {
			return 0, 0
		}
	}
}

// pack8 returns the first eight bytes of w, little-endian, zero-padded.
func pack8(w string) uint64 {
	if len(w) >= 8 {
		return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(w), 8))
	}
	var v uint64
	for i := len(w) - 1; i >= 0; i-- {
		v = v<<8 | uint64(w[i])
	}
	return v
}

// lexIndex maps lexicon words to values by their id, so that tables a
// rule consults for a token cost an index, not a hash of its word. Every
// key must be in the lexicon; newLexIndex panics at start-up otherwise.
type lexIndex[T any] []T

func newLexIndex[M ~map[string]T, T any](m M) lexIndex[T] {
	x := make(lexIndex[T], lexFast.n+1)
	for k, v := range m {
		_, id := lexFast.lookup(k)
		if id == 0 {
			panic("extract: lexicon lacks " + k)
		}
		x[id] = v
	}
	return x
}

// at returns the value of token t's word, or the zero value.
func (x lexIndex[T]) at(t *token) T { return x[t.id] }

func buildLexicon() map[string]uint64 {
	// Room for the lexicon's words from the start (TestLexTable keeps
	// them under a quarter of lexSlots): the map is not regrown, and
	// its entries not moved, as the lists below fill it.
	m := make(map[string]uint64, lexSlots/4)
	set := func(w string, c uint64) { m[w] |= c }
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
	// "the other side", "the opposing side", "the attackers lost"
	// (otherSideEnd).
	set("other", clsActor)
	set("opposing", clsActor)
	set("attackers", clsActor)
	for w := range speechVerbs {
		set(w, clsSource)
	}
	// The checker's verbs after a modal: "Airwars could confirm" (modalCheck).
	for _, w := range []string{"according", "source", "sources", "citing", "cited", "per", "saying", "gave", "given", "gives", "stood", "stands", "confirm", "verify", "identify", "document", "named", "comes", "came"} {
		set(w, clsSource)
	}
	for w := range byAgentVerbs {
		set(w, clsSource)
	}
	for w := range countingGerunds {
		set(w, clsSource)
	}
	for k := range likelihoodPhrases {
		set(k, clsLike)
	}
	for _, w := range []string{"since", "from", "between", "in", "during", "throughout", "over", "for", "of",
		"on", "within", "as", "by", "until", "through", "to", "till", "last", "this", "past", "previous",
		"yesterday", "overnight", "today", "so", "year-to-date", "dated", "dating", "weekend", "after", "taken", "before", "ago", "at",
		"yesterday's", "weekend's", "today's", "tonight's", "across", "week's", "month's",
		"christmas", "easter", "new", "ramadan", "eid"} {
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
		for _, w := range sw.words {
			if c := w[0]; c >= 'a' && c <= 'z' {
				m[w] |= 0 // in the lexicon for its id (shapeWord.ids), in no class
			}
		}
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
	for w, m := range monthNames {
		set(w, clsMonth)
		if len(w) > 3 || w == "may" {
			set(w+"'s", clsPeriod) // "September's average"
		}
		// "Russia's January-May losses": a run of months the tokenizer
		// reads as one word (monthRunWord), a month's name to the rules
		// that start at one. Both names written alike, in full or cut;
		// "May", "June" and "July" go with either ("January-June",
		// "Jun-Aug", "June-Sept").
		// "Mid-May saw …": a part of a month as one word, a month's name
		// to those rules too (parseDate reads its part, cutPartOfMonth).
		for _, part := range [...]string{"mid-", "early-", "late-"} {
			set(part+w, clsMonth)
		}
		full, cut := monthFullName(w)
		for w2, m2 := range monthNames {
			if full2, cut2 := monthFullName(w2); m2 != m && (full && full2 || cut && cut2) {
				set(w+"-"+w2, clsMonth)
			}
		}
	}
	for w := range statusWords {
		set(w, clsStatus)
	}
	for _, w := range cueWords {
		set(w, clsCue)
	}
	for _, ps := range []phraseSet{personnelPhrases, equipmentPhrases} {
		for _, b := range ps {
			for _, p := range b {
				set(p.words[len(p.words)-1], clsCatEnd)
			}
		}
	}
	for _, w := range catEndWords {
		set(w, clsCatEnd)
	}
	setTrue := func(m map[string]bool, c uint64) {
		for w, ok := range m {
			if ok {
				set(w, c)
			}
		}
	}
	setTrue(actors.words, clsActorWord)
	setTrue(enemyWords, clsActorWord)
	setTrue(currencyWords, clsCurrency)
	setTrue(agentNouns, clsAgentNoun)
	setTrue(agentVerbs, clsAgentVerb)
	setTrue(measureWords, clsMeasure)
	setTrue(unitBefore, clsUnitBefore)
	for _, ws := range wordSetClasses() {
		setTrue(ws.set, ws.cls)
	}
	for w := range fractionWords {
		set(w, clsFraction)
	}
	// The gates' word lists, each with its bit.
	for _, g := range []struct {
		words []string
		cls   uint64
	}{
		{runningCueWords, clsRunningCue}, {totalVerbWords, clsTotalVerb}, {attackWords, clsAttackWord},
		{catWalkWords, clsCatWalk}, {vetoWalkWords, clsVetoWalk}, {figureRareWords, clsFigureRare},
	} {
		for _, w := range g.words {
			set(w, g.cls)
		}
	}
	for w := range scaleWords {
		set(w, clsScale)
	}
	for _, w := range contrastWords {
		set(w, clsContrast)
	}
	for w := range sourceIndex {
		m[w] |= 0 // in the lexicon for its id (sourceIx), in no class
	}
	set("by", clsBy)
	for _, w := range []string{"daily", "weekly", "monthly"} {
		set(w, clsRateWord)
	}
	for _, w := range sentWordsWords {
		if _, ok := m[w]; !ok {
			sentWordsOnly[w] = true
		}
		set(w, clsSentWord)
	}
	// (Both are fillers and back connectors too: the lexicon holds them
	// anyway.)
	set("have", clsHave)
	set("has", clsHave)
	set("war", clsWar)
	// "anniversary", for the bit alone: a sentence whose union of classes
	// lacks clsWar has neither word (anniversaryOnly).
	_, held := m["anniversary"]
	anniversaryOnly = !held
	set("anniversary", clsWar)
	for _, w := range lossCounterWords {
		set(w, clsLossCounter)
	}
	for _, ws := range [][]string{boundVerbs, detainWords} {
		for _, w := range ws {
			set(w, clsBoundDetain) // and for its id (vetoKinds)
		}
	}
	for _, mm := range []map[string]bool{futureWords, stockWords, swapWords, headcountWords, disasterWords} {
		for w, ok := range mm {
			if ok {
				set(w, clsVeto)
			}
		}
	}
	for _, w := range brokenCompounds {
		m[w] |= 0 // known, so that a line break after its hyphen joins it
	}
	// Last, so that a word the lexicon holds for this gate alone has
	// the gate's bit alone (has).
	for _, w := range leadWords {
		if _, ok := m[w]; !ok {
			leadWordsOnly[w] = true
		}
		set(w, clsLeadWord)
	}
	return m
}

// brokenCompounds are hyphenated words the rules read whole, which a
// line break after the hyphen cuts in typeset text ("full-" then
// "scale invasion"): the tokenizer joins them with the hyphen
// (tokenizer.hyphenated) when the lexicon knows them.
var brokenCompounds = []string{
	"full-scale", "long-range", "short-range", "medium-range", "so-called", "self-proclaimed",
	"pro-russian", "pro-kremlin", "pro-government", "pro-iranian", "anti-aircraft", "anti-tank",
	"anti-ship", "air-defence", "air-defense", "self-propelled", "operational-tactical",
	"counter-offensive", "counteroffensive", "multiple-launch", "year-on-year", "month-on-month",
}

// cueWords are the words sentCues counts.
var cueWords = []string{"while", "whereas", "but", "although", "though", "meanwhile",
	"stood", "stands", "stand", "put", "puts", "putting", "dates", "dated", "totalled", "totaled", "tally", "had",
	"topped", "surpassed", "exceeded", "passed", "crossed",
	"rose", "risen", "climbed", "reached", "jumped", "increased", "grew", "surged",
	"another", "further", "additional", "increase", "rise", "up"}

// classify returns the classes of a lower-case word; hyphenated number
// words ("twenty-five") take the class of their first part.
func classify(w string) (uint64, uint16) {
	return classifyHash(w, lexHash(w))
}

// classifyHash is classify with the word's lexHash already known. It
// returns the word's id too; a hyphenated number word has none.
func classifyHash(w string, h uint32) (uint64, uint16) {
	return classifyPacked(w, h, pack8(w), lastPack8(w))
}

// classifyPacked is classifyHash with the word's pack8 and lastPack8
// already known.
func classifyPacked(w string, h uint32, pk, last uint64) (uint64, uint16) {
	c, id := lexFast.getPacked(w, h, pk, last)
	if c == 0 {
		if i := strings.IndexByte(w, '-'); i > 0 {
			// "twenty-one", "two-day", "three-year-old"; not "one-way",
			// "one-off", which are adjectives.
			rest := w[i+1:]
			if j := strings.IndexByte(rest, '-'); j > 0 {
				rest = rest[:j]
			}
			if lexFast.get(w[:i])&clsNum != 0 && lexFast.get(rest)&(clsNum|clsUnit|clsScale) != 0 {
				c |= clsNum
			} else if _, _, ok := hyphenFraction(w); ok {
				// "two-thirds of them": a share, as "two thirds" is.
				c |= clsNum
			} else if k := strings.LastIndexByte(w, '-'); k > 0 && lexFast.get(w[:k])&clsActor != 0 {
				// "Hamas-led fighters", "Iran-backed militias": a side
				// mentionAt reads as a doer.
				switch w[k+1:] {
				case "led", "backed", "allied", "aligned":
					c |= clsActor
				}
			}
		}
	}
	return c, id
}

// shapesByLastIx is shapesByLast by lexicon id, each prefix with the ids
// of its words: matchBefore compares a token's id, not its string.
var shapesByLastIx = func() lexIndex[[]shapeWord] {
	x := newLexIndex(shapesByLast)
	for _, b := range x {
		for c := range b {
			sw := &b[c]
			sw.ids = make([]uint16, len(sw.words))
			for k, w := range sw.words {
				_, sw.ids[k] = lexFast.lookup(w)
			}
		}
	}
	return x
}()

// shapesByLast indexes shape prefixes by their last word.
var shapesByLast = func() map[string][]shapeWord {
	m := map[string][]shapeWord{}
	for _, sw := range shapePrefixes {
		l := sw.words[len(sw.words)-1]
		m[l] = append(m[l], sw)
	}
	return m
}()

// The gates below consult a word table only for tokens whose lexicon
// class says the word can be in it: most tokens are not, and the class
// bit costs nothing where a map look-up hashes the word again.

// wordSetClasses pairs word sets with the class bit that stands for them
// on tokens: a rule tests the bit where it would hash the word. Every key
// must read as one word token (TestWordSetClasses).
func wordSetClasses() []struct {
	set map[string]bool
	cls uint64
} {
	return []struct {
		set map[string]bool
		cls uint64
	}{
		{genericHeads, clsGenericHeads},
		{npWords, clsNpWords},
		{trailingNouns, clsTrailingNouns},
		{civilianWords, clsCivilianWords},
		{titleWords, clsTitleWords},
		{commonWords, clsCommonWords},
		{militaryWords, clsMilitaryWords},
		{demonyms, clsDemonyms},
		{vagueSourceWords, clsVagueSourceWords},
		{stopWords, clsStopWords},
		{disableVerbs, clsDisableVerbs},
		{startWords, clsStartWords},
		{orgHeads, clsOrgHeads},
		{speechVerbs, clsSpeechVerbs},
		{abbreviations, clsAbbreviations},
	}
}

// hasCls reports whether token k is a word of class c.
func hasCls(toks []token, k int, c uint64) bool {
	return k >= 0 && k < len(toks) && toks[k].cls&c != 0
}

// scaleAt returns the scale word at token k ("million" → 1e6).
func scaleAt(toks []token, k int) (float64, bool) {
	if !hasCls(toks, k, clsScale) {
		return 0, false
	}
	sc, ok := scaleWords[toks[k].w]
	return sc, ok
}

// monthAt returns the month token k names, or 0.
func monthAt(toks []token, k int) time.Month {
	if k < 0 || k >= len(toks) || toks[k].cls&clsMonth == 0 {
		return 0
	}
	return monthIx.at(&toks[k])
}

// unitAt returns the unit of time token k names ("months" → "month").
func unitAt(toks []token, k int) (string, bool) {
	if k < 0 || k >= len(toks) || toks[k].cls&clsUnit == 0 {
		return "", false
	}
	u := unitPeriodIx.at(&toks[k])
	// "h" is an hour only glued to its count: "in the last 48h".
	if u == "hour" && toks[k].w == "h" && !(toks[k].glued && k > 0 && toks[k-1].k == tNum) {
		return "", false
	}
	return u, u != ""
}

// unitIn reports a unit of time at token k.
func unitIn(toks []token, k int) bool {
	u, _ := unitAt(toks, k)
	return u != ""
}

// smallCountAt is smallCount of token k.
func smallCountAt(toks []token, k int) (int, bool) {
	if k < 0 || k >= len(toks) || toks[k].k != tNum && toks[k].cls&clsNum == 0 {
		return 0, false
	}
	return smallCount(toks[k].w)
}

// has reports a word the lexicon holds, not counting those it holds only
// for sentWords's gate (sentWordsOnly), leadWordsIn's (leadWordsOnly) or
// findPeriods' (anniversaryOnly).
func (t *lexTable) has(w string) bool {
	c, id := t.lookup(w)
	return id != 0 && !(c == clsSentWord && sentWordsOnly[w]) && !(c == clsLeadWord && leadWordsOnly[w]) && !(c == clsWar && anniversaryOnly && w == "anniversary")
}

// anniversaryOnly says that the lexicon holds "anniversary" for clsWar
// alone, which has does not count, as sentWordsOnly.
var anniversaryOnly bool

// leadWordsOnly are the words of leadWords that the lexicon holds for
// clsLeadWord alone, which has does not count, as sentWordsOnly.
var leadWordsOnly = map[string]bool{}

// sentWordsOnly are the words of sentWordsWords that the lexicon holds
// for clsSentWord alone: "combined" broken by a hyphen at a line's end
// is not joined for them (hyphenated), as it was not before they were
// added.
var sentWordsOnly = map[string]bool{}

// monthFullName reports how a month's name in monthNames is written: in
// full ("September"), cut ("Sep", "Sept"), or both, as the names of four
// letters or fewer are ("May", "June", "July" stand in runs of either
// kind: "Mar-May", "Jun-Sept", "January-June").
func monthFullName(w string) (full, cut bool) {
	full = len(w) > 4 || w == "may" || w == "june" || w == "july"
	cut = len(w) <= 4
	return full, cut
}
