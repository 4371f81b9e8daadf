// Package extract reads English reporting on the losses of armed
// conflicts, plain text or HTML, and returns its figures as claims
// (claims.md): who lost what, how many, over which period, by whose
// account and with what confidence.
//
// The text is read once, sentence by sentence. Only sentences holding a
// figure (digits or number words) are parsed, and only in a window around
// each figure, by small rule sets, one per dimension: numbers and their
// shape (numbers.go, shapes.go), categories (categories.go), actors
// (actors.go), periods (periods.go), estimative language
// (likelihood.go), attribution (sources.go). Each rule set looks at a
// bounded number of tokens, so the work is linear in the input.
package extract

import (
	"bytes"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

// Options describe the document being read.
type Options struct {
	// Published is the date relative expressions resolve against; zero
	// means today.
	Published attrition.Date
	// Source is the document's default source, used when a figure is
	// not attributed in the text.
	Source string
	URL    string
	Title  string
	// Yardstick maps estimative words to probabilities; nil is PHIA.
	Yardstick *yardstick.Yardstick
}

// Extractor turns text into claims. It is safe for concurrent use.
type Extractor struct {
	opts Options
}

// New returns an extractor for documents described by opts.
func New(opts Options) *Extractor {
	if opts.Yardstick == nil {
		opts.Yardstick = yardstick.Default()
	}
	return &Extractor{opts: opts}
}

// Stats counts the work of one extraction, so that tests can check that
// it grows linearly with the input.
type Stats struct {
	Bytes, Tokens, Sentences, Figures, Claims int
}

// Extract returns the claims of one document. The input may be plain
// text or HTML; quotes and spans index the input as given.
func (x *Extractor) Extract(text []byte) ([]attrition.Claim, error) {
	cs, _, err := x.ExtractStats(text)
	return cs, err
}

// ExtractStats is Extract that also reports the work done.
func (x *Extractor) ExtractStats(text []byte) ([]attrition.Claim, Stats, error) {
	return x.ExtractAppend(nil, text)
}

// ExtractAppend is ExtractStats that appends the claims to dst and
// returns the extended slice, as append does, so that a caller that
// handles each document's claims before the next, or gathers those of
// many documents, need not allocate a slice per document:
//
//	cs, _, err = x.ExtractAppend(cs[:0], text)
//
// Only dst's backing array is shared with the caller: each claim's
// figures, probability range and quote are its own, and stay valid
// when dst is reused. On error dst is returned unchanged. With a nil
// dst the claims fill a slice of their own, exactly as long as needed
// (empty, not nil, when there are none).
func (x *Extractor) ExtractAppend(dst []attrition.Claim, text []byte) ([]attrition.Claim, Stats, error) {
	var stats Stats
	stats.Bytes = len(text)
	if !utf8.Valid(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRune(text[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return dst, stats, attrition.Errorf(attrition.EINVALID, "input is not valid UTF-8 (at byte %d)", off)
	}
	d := docPool.Get().(*docState)
	defer docPool.Put(d)
	d.reset()
	pt := plainText{text: text}
	if looksLikeHTML(text) {
		pt = stripHTMLInto(text, d.html)
		d.html = pt
	} else if hasCharRef(text) {
		// "Hezbollah&#8217;s losses", "1,100&ndash;1,300": text escaped
		// for a feed but with no tags reads as its characters.
		pt = decodeRefsInto(text, d.html)
		d.html = pt
	}
	// A block of comma-separated lines reads as a table drawn with bars.
	if b := csvBars(pt.text); b != nil {
		pt.text = b
	}
	pub := x.opts.Published
	if pub.IsZero() {
		pub = attrition.Today()
	}
	d.text = pt
	d.x, d.input, d.pt, d.pub, d.low = x, text, &d.text, pub, ""
	d.low, d.lowBuf = lowerASCIIInto(d.lowBuf, pt.text)
	if x.opts.Source != "" {
		d.defaultSource = attribution{name: x.opts.Source}
		if src, ok := attrition.ResolveSource(x.opts.Source); ok {
			d.defaultSource = attribution{name: src.Name, party: src.Party}
		} else if isMilitarySource(x.opts.Source) || administrationName(x.opts.Source) {
			// "Air Force of the Armed Forces of Ukraine": an army
			// unknown to the registry speaks for the side it names; so
			// does a wartime administration ("Kherson Regional Military
			// Administration"), whose enemy is the other side.
			d.defaultSource.party = sideNamedIn(x.opts.Source)
		}
		d.seenSources = append(d.seenSources, d.defaultSource)
	}
	z := &tokenizer{text: pt.text, low: d.low}
	// The sentence buffer is the pooled document state's own: no pool
	// of its own to visit per document.
	if cap(d.toks) < tokenBuffer {
		d.toks = make([]token, 0, tokenBuffer)
	}
	buf := d.toks[:0]
	if cap(d.claims) < len(text)/400+4 {
		d.claims = make([]docClaim, 0, len(text)/400+4)
	}
	splitSentences(z, func(toks []token, para bool) bool {
		stats.Sentences++
		stats.Tokens += len(toks)
		d.sentence(toks)
		return true
	}, buf)
	stats.Figures = d.figures
	d.resolveCountrySources()
	d.resolveHealthMinistries()
	d.sideLater()
	d.headlineFromBody()
	d.populationFromNeighbours()
	// A count of the dead, wounded or missing that names no kind and
	// took none from its neighbours counts people of every kind:
	// "28,700 reported fatalities", "14 deaths".
	for i := range d.claims {
		if c := &d.claims[i]; c.Population == "" {
			switch c.Category {
			case attrition.CategoryKilled, attrition.CategoryWounded, attrition.CategoryMissing, attrition.CategoryKilledOrMissing:
				c.Population = attrition.PopulationAll
			}
		}
	}
	d.eliminatedBesideWounded()
	d.checkCategories()
	d.checkSums()
	// The contract's rule, whatever the passes above decided: actor null
	// exactly when the claim is flagged ambiguous_actor.
	for i := range d.claims {
		c := &d.claims[i].Claim
		if c.Source == "" {
			c.Source = d.claims[i].unnamedSource
		}
		if c.Actor == "" {
			c.AddFlag(attrition.FlagAmbiguousActor)
		} else {
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	stats.Claims = len(d.claims)
	if dst == nil {
		dst = make([]attrition.Claim, 0, len(d.claims))
	}
	dst = slices.Grow(dst, len(d.claims))
	out := dst[len(dst) : len(dst)+len(d.claims)]
	// The figures and probability ranges move from the pooled scratch
	// slab into one block of the claims' own, so that the slab serves the
	// next document.
	nf := 0
	for i := range d.claims {
		// Three tests, not a variadic counter: this runs for every claim.
		c := &d.claims[i].Claim
		if c.Low != nil {
			nf++
		}
		if c.High != nil {
			nf++
		}
		if c.Best != nil {
			nf++
		}
		if c.Probability != nil {
			nf += 2
		}
	}
	own := make([]float64, 0, nf)
	quotes := d.quotes()
	for i := range d.claims {
		// Copied once, into place, and finished there.
		out[i] = d.claims[i].Claim
		c := &out[i]
		c.Low, own = moveFloat(c.Low, own)
		c.High, own = moveFloat(c.High, own)
		c.Best, own = moveFloat(c.Best, own)
		if c.Probability != nil {
			own = append(own, c.Probability[:]...)
			c.Probability = (*[2]float64)(own[len(own)-2:])
		}
		c.Quote, quotes = quotes[:c.Span[1]-c.Span[0]], quotes[c.Span[1]-c.Span[0]:]
	}
	return dst[:len(dst)+len(d.claims)], stats, nil
}

// quotes returns the input under every claim's span, one after the
// other, in one string of the claims' own: one allocation per document,
// not one per claim, and none for the claims a later pass drops.
func (d *docState) quotes() string {
	n := 0
	for i := range d.claims {
		n += d.claims[i].Span[1] - d.claims[i].Span[0]
	}
	var b strings.Builder
	b.Grow(n)
	for i := range d.claims {
		b.Write(d.input[d.claims[i].Span[0]:d.claims[i].Span[1]])
	}
	return b.String()
}

// moveFloat copies *p into own, which has room for it.
func moveFloat(p *float64, own []float64) (*float64, []float64) {
	if p == nil {
		return nil, own
	}
	own = append(own, *p)
	return &own[len(own)-1], own
}

// docPool recycles the per-document state: its maps and scratch slices
// are cleared, never shared between two documents at once.
var docPool = sync.Pool{New: func() any { return new(docState) }}

// reset empties the state for a new document, keeping its storage. The
// number slab is reused: the claims returned hold copies of its figures.
func (d *docState) reset() {
	// The literal reads d itself: no copy of the whole state is made
	// first, which would cost one more pass over it per document.
	*d = docState{
		claims:        d.claims[:0],
		spanFrom:      -1,
		seenSources:   d.seenSources[:0],
		mentions:      d.mentions[:0],
		mentionSteps:  d.mentionSteps[:0],
		periods:       d.periods[:0],
		wholePeriods:  d.wholePeriods[:0],
		likes:         d.likes[:0],
		attrs:         d.attrs[:0],
		skip:          d.skip[:0],
		at:            sentLists{nums: d.at.nums[:0], actors: d.at.actors[:0], likes: d.at.likes[:0], cues: d.at.cues[:0], periods: d.at.periods[:0]},
		names:         d.names[:0],
		votes:         d.votes[:0],
		sideCount:     d.sideCount[:0],
		doerCount:     d.doerCount[:0],
		milSeen:       d.milSeen[:0],
		acronyms:      d.acronyms,
		longOf:        d.longOf,
		eqMentions:    d.eqMentions[:0],
		cmpMentions:   d.cmpMentions[:0],
		launches:      d.launches[:0],
		acronymSrc:    d.acronymSrc,
		named:         d.named[:0],
		cues:          d.cues,
		slab:          d.slab[:0],
		lowBuf:        d.lowBuf,
		html:          d.html,
		catGroups:     d.catGroups,
		titles:        d.titles,
		pipeCols:      d.pipeCols[:0],
		colYears:      d.colYears[:0],
		colSides:      d.colSides[:0],
		pipeScratch:   d.pipeScratch[:0],
		pipeSourceCol: -1,
		pipeAsOfCol:   -1,
		bracketAt:     -1,
		catBounds:     d.catBounds[:0],
		catHeads:      d.catHeads[:0],
		catKeys:       d.catKeys[:0],
		catGroupOf:    d.catGroupOf[:0],
		heldAttrs:     d.heldAttrs,
		heldPeriods:   d.heldPeriods,
		places:        d.places[:0],
		toks:          d.toks,
	}
	d.heldAttrs.reset()
	d.heldPeriods.reset()
	// A very long document's copy is not kept for the small ones after it.
	if cap(d.lowBuf) > maxPooledText {
		d.lowBuf = nil
	}
	if cap(d.html.text) > maxPooledText {
		d.html = plainText{}
	}
	clear(d.acronymSrc)
	clear(d.titles)
	clear(d.acronyms)
	clear(d.longOf)
}

// tally counts the times each key was seen, for the few sides and wars
// a text names: a scan of a short slice costs less than a map's hashing
// for every side a sentence names.
type tally []tallyCount

type tallyCount struct {
	key string
	n   int
}

func (t *tally) add(key string) {
	for i := range *t {
		if (*t)[i].key == key {
			(*t)[i].n++
			return
		}
	}
	*t = append(*t, tallyCount{key, 1})
}

// get returns the count of key, 0 if never seen.
func (t tally) get(key string) int {
	for i := range t {
		if t[i].key == key {
			return t[i].n
		}
	}
	return 0
}

// held stores values for the rest of a document at stable addresses, in
// chunks a pooled document reuses: a sentence's chosen source or period
// is kept by pointer, and taking the address of a copy would allocate
// each one.
type held[T any] struct {
	chunks [][]T
	n      int
}

const heldChunk = 32

func (h *held[T]) put(v T) *T {
	c := h.n / heldChunk
	if c == len(h.chunks) {
		h.chunks = append(h.chunks, make([]T, heldChunk))
	}
	p := &h.chunks[c][h.n%heldChunk]
	*p = v
	h.n++
	return p
}

// reset makes every slot free again, and lets go of what the last
// document's values referred to.
func (h *held[T]) reset() {
	// Only the slots used: a chunk is kilobytes, most documents hold a
	// few values.
	for i := 0; i*heldChunk < h.n; i++ {
		clear(h.chunks[i][:min(heldChunk, h.n-i*heldChunk)])
	}
	h.n = 0
}

// maxPooledText bounds the text-sized buffers a pooled document keeps.
const maxPooledText = 1 << 20

// docClaim is a claim with what later sentences need to refer back to it.
type docClaim struct {
	attrition.Claim
	// unnamedSource is the source's unnamed officials ("US
	// officials"), written out when no pass named a source.
	unnamedSource string
	q             qsum
	sentence      int
	// conflictStart is set when the start is the conflict's.
	conflictStart bool
	// projection marks a figure for a date after publication ("by 2027").
	projection bool
	// share marks a figure read as a share of another ("a fifth of them").
	share bool
	// unnamed marks a figure for which the text had named no side yet.
	unnamed bool
	// timeWords marks a period read from the figure's own sentence, not
	// supplied for want of one.
	timeWords bool
	// named is the side named at the figure, which tells its war when
	// the claim's actor is left open ("Sudan's war has killed 150,000").
	named string
	// people marks a figure with its own noun for people ("37,232
	// Palestinians"), not one that shares the noun of the figure before
	// ("and 85,037 wounded").
	people bool
	// soldiers marks a figure of soldiers, troops or servicemen: a
	// state's, never an armed group's.
	soldiers bool
	// namedFloor marks a count of the dead by name, a floor.
	namedFloor bool
	// elim marks a count of people "eliminated" or "neutralised" read as
	// casualties (a Russian or Ukrainian bulletin's word).
	elim bool
	// row marks a row of a list that breaks a toll down by place or
	// time ("Sagaing Region   1,583"): no whole for the prose after it.
	row bool
	// part marks a figure after "including" ("…, including 263
	// civilians and 154 security personnel"): who some of the whole
	// were, whose people lend nothing to the figures after.
	part bool
	// enemyWord marks a figure of "the enemy" whose speaker the
	// sentence did not name: a sentence after it may ("This was
	// reported by the General Staff").
	enemyWord bool
}

// docState is what carries from sentence to sentence.
type docState struct {
	x     *Extractor
	input []byte
	pt    *plainText
	pub   attrition.Date
	low   string
	// places remembers the registry's place for each source name the
	// document's figures asked of (placeOf).
	places []namePlace
	// wordsSent is the sentence sentWords last read.
	wordsSent int
	// world: sentence wordsSent has a word worldwideNear looks for.
	world bool
	// worldNoun is the people's noun of the last worldwide count ("383
	// aid workers were killed worldwide"): a later count of the same
	// people that names no place is the world's too.
	worldNoun string
	// worldSent is one more than the sentence of the last worldwide
	// count, 0 before any.
	worldSent int
	// rsfPress is 1 when "RSF" in this text is Reporters Without
	// Borders, -1 when it is the Rapid Support Forces, 0 until asked.
	rsfPress int8
	// lowBuf holds low; pooled with the document.
	lowBuf []byte
	// html holds the plain text of an HTML input, pooled likewise.
	html plainText

	claims  []docClaim
	figures int
	nsent   int

	// lastActor is the last side whose losses were counted or named.
	lastActor string
	// wholePeriods holds the sentence's periods before the verb of a
	// share whose whole is the running total (figure), reused.
	wholePeriods []periodHit
	// dayNamed is the last single day a sentence named ("A ceasefire
	// took effect on March 1."), in sentence dayNamedSent, for the
	// "since then" of the sentences after it.
	dayNamed     attrition.Date
	dayNamedSent int
	// eqNamed is the kind of equipment a sentence that named no people
	// named last ("Ukraine received 31 Abrams."), in sentence
	// eqNamedSent, for a bare "At least 20 were lost." after it.
	eqNamed     string
	eqNamedSent int
	// datelineActor is the side of the one place a dateline names.
	datelineActor string
	// namedDead: the text counts the dead by name.
	namedDead bool
	// leadEnd is the byte where the text's lead ends; namedLead, once
	// namedLeadSet, says whether the lead says its table lists the dead
	// by name, so that its rows are floors.
	leadEnd                 int
	namedLead, namedLeadSet bool
	// voiceParty is the side whose words the text uses of its enemy
	// (voice), once looked for: "-" for none.
	voiceParty    string
	lastActorSent int
	// subjActor is the side a sentence opened on ("Hamas rejected the
	// proposal"), in sentence subjSent: whom an "It" or "The group"
	// opening the next one stands for.
	subjActor string
	subjSent  int
	// attacker is the side that attacked in sentence attackerSent
	// ("Russian forces attacked Ukrainian positions"), for "the
	// attackers" and "the defenders" of the next.
	attacker      string
	attackerSent  int
	seenSources   []attribution
	lastSource    *attribution
	defaultSource attribution
	prevColon     bool
	prevLoss      bool
	// scene is the day an attack or a loss was set on (noteScene),
	// in sentence sceneSent; sceneSet says whether there is one.
	scene     periodHit
	sceneSent int
	sceneSet  bool
	// coverLead: the lead span is the one the report says its figures
	// cover, which its tables' rows take too.
	coverLead bool
	// listWhole is the category of the toll a heading broke down ("The
	// toll was distributed as follows:"), which its lines of people
	// ("161 civilians, among them …") count.
	listWhole string
	// listWholeSpan is that toll's period when it had one of its own.
	listWholeSpan *periodHit
	// listByAgent marks a toll broken down by who inflicted it ("by
	// perpetrator party"): its rows' labels name no loser, and the rows
	// keep listWholeActor, the side of the toll before the table.
	listByAgent    bool
	listWholeActor string
	// listFuture marks the lines under a heading of projections.
	listFuture bool
	// listWholePop is the people a heading's toll names ("Confirmed
	// military deaths as of June 6:"), for the lines under it.
	listWholePop string
	// sceneUsed is the last sentence whose figures fell on the scene:
	// a story that keeps counting the attack's toll keeps its day.
	sceneUsed  int
	listPeriod *periodHit
	listActor  string
	// titleLoss: the text's first line is about losses.
	titleLoss bool
	// figSent is the last sentence with a figure in it, prevFigSent the
	// one before it.
	figSent, prevFigSent int
	// listEnemy marks a list headed by the enemy's losses ("Enemy
	// losses over the week, by group of forces:"): the rows are the
	// enemy's wherever they were won.
	listEnemy    bool
	listApprox   bool
	lastLossSent int
	// itemLoss carries the loss context down a list or table.
	itemLoss bool
	itemSent int
	// lastSpan is the last calendar span a figure took, for "during the
	// month" and "over the same period".
	lastSpan *periodHit
	// lastSpanSent is the sentence lastSpan was taken in: of two spans
	// one sentence gives, "the month" after it is the later one ("in May
	// …, up from … in April").
	lastSpanSent int
	// spanHist holds the last spans figures took, for "in the same
	// week" after a month's figures.
	spanHist  [4]notedSpan
	nspanHist int
	// spanBefore marks the span the figure being read took as one
	// counted back from another ("the previous week"); spanFrom is the
	// phrase it was read from in the sentence, or -1.
	spanBefore bool
	spanFrom   int
	// docWindow is the window a daily or weekly report opens with ("in
	// the past 24 hours", "over the week"): the period of its later
	// figures that give none of their own and name no other source.
	docWindow *periodHit
	// docWindowSent is the sentence that gave docWindow, docWindowSrc
	// the source it named: sentences that name the same source still
	// report within the window ("the ministry said in its daily update").
	docWindowSent int
	docWindowSrc  string
	docWindowMany bool
	// leadSpan is the period a report's lead sentence opens with ("From
	// 25 June to 3 August, …", "Since the launch of Operation 1027 on
	// 27 October, …"): the period of its later figures that give none
	// of their own, like docWindow's.
	leadSpan     *periodHit
	leadSpanSent int
	// turn is who speaks in a transcript's turn ("ZELENSKY: …"), nil
	// out of one.
	turn      *attribution
	turnCites bool
	// quoteFrom is one more than the sentence a quotation still open
	// began in, 0 when none is (noteQuote).
	quoteFrom int
	// transcript is 1 for a text whose lines open with two speakers'
	// labels or more, -1 for any other, 0 until asked (isTranscript).
	transcript int8
	// fightSpan is the span a sentence gave a battle or siege it named
	// ("The Battle of Bakhmut lasted from 1 August 2022 to 20 May
	// 2023"), and fightNoun its noun: the period of a later toll "in
	// the battle".
	fightSpan *periodHit
	fightNoun string
	// lastEvent is the day of the deed a sentence that counted nothing
	// told ("Russian troops shelled Kherson on Sunday"), for the toll
	// the next sentence gives with no time of its own.
	lastEvent     *periodHit
	lastEventSent int
	// superSpan is the span a sentence that counted nothing made its
	// subject, to call it the worst ("Last week was the deadliest of the
	// war for Russian forces"), for the figure the next sentence gives
	// with no time of its own.
	superSpan     *periodHit
	superSpanSent int
	// refToks holds a sentence's tokens without its references.
	refToks []token
	// toks is the splitter's buffer of tokens (splitSentences).
	toks []token
	// bracketAt is the offset in low of the first "[" at or after
	// bracketFrom, len(low) when there is none, -1 before the first
	// search: dropRefs searches the text once, not once per sentence.
	bracketFrom, bracketAt int
	// question is the category a question asked for ("How many
	// soldiers have been killed?"), for the answer in the next sentence.
	question     string
	questionSent int
	questionSide string
	// topic is the loss a sentence with no figure named ("Ukraine's
	// General Staff publishes a daily count of Russian personnel
	// losses"), for "The total … stood at 998,000" in the next one.
	topic     string
	topicSent int
	// topicSide is the side named with the topic's loss ("Russian
	// personnel losses"); topicAt the figure that took the topic, one
	// more than its token (0: none), in sentence topicAtSent.
	topicSide            string
	topicAt, topicAtSent int
	// ratio ("for every", "for each"), howMany ("how many") and
	// respectively: words of the sentence wordsSent, which sentWords
	// looks for once.
	ratio, howMany, respectively bool
	// whetherIf: the sentence wordsSent has "whether" or "if", which
	// askedAbout's walk back looks for; most sentences have neither.
	// including: it has "including", which includedPart's does;
	// everyEach, "every" or "each", which ratioFigure's rules ask for;
	// planned, a verb of planning, which plannedFor's; included,
	// "include", "includes" or "included", which deadIncludedBefore's;
	// superlative, a word superlativeFrame looks for.
	whetherIf, including, everyEach, planned, included, superlative bool
	// total: the sentence wordsSent has a word totalCue looks for; both,
	// a word bothSides looks for ("both", "combined"); toll, "toll"
	// (setPeriod's tollBefore).
	total, both, toll bool
	// wordsCls is the union of the class bits of the words of sentence
	// wordsSent: a rule whose words are all of a class the sentence lacks
	// need not look.
	wordsCls uint64
	// themOf is sideOnly's claim, made on first use (few texts ask).
	themOf *docClaim
	// docAsOf is the day a report's heading dates its running totals to
	// ("Key figures (cumulative; as of 21 August 2024)"), zero if none.
	docAsOf attrition.Date
	// sentAttributed is set while a sentence that names a source is read.
	sentAttributed bool
	// mismatch: figure found a share that does not add up to its
	// whole; its caller flags the claim figure made last.
	mismatch bool

	// votes counts how often each conflict's sides are named, so that
	// Israel's "enemy" in a text about Lebanon is Hezbollah's side.
	votes     tally
	sideCount tally
	// juntaLand is the last country a junta rules that the text named
	// ("Myanmar"): the one a bare "the junta said" speaks for.
	juntaLand string
	// sideAdds counts the additions to sideCount: conflictFor's answers
	// hold until it changes.
	sideAdds int
	// doerCount counts the times a side was named as the doer of a
	// deed ("Russia attacked …"): a side named only so is no victim.
	doerCount tally
	// usNamed counts the mentions of the United States, no registry
	// side: the Houthis' "enemy" once the text names it.
	usNamed int

	// Scratch buffers reused across sentences.
	mentions []mention
	// mentionSteps notes the tokens the sentence's first reading of
	// mentions read (findMentionsNoted), for a second (rementions).
	mentionSteps []mentionStep
	periods      []periodHit
	likes        []likelihoodHit
	// cues indexes the sentence being read (cues.go).
	cues  sentCues
	attrs []attribution
	skip  []span
	// at lists tokens of the sentence being read (scanSentence).
	at    sentLists
	names []name
	slab  []float64
	// acronyms maps names to the acronyms the text gave them.
	acronyms map[string]string
	// eqMentions is mentionsFor's scratch.
	eqMentions []mention
	// cmpMentions is uncompared's scratch.
	cmpMentions []mention
	// longOf maps an acronym back to the name the text last gave it, so
	// that the look-up does not depend on a map's order when two names
	// share an acronym.
	longOf map[string]string
	// milSeen holds military's answers for the sources of the text, the
	// last of them also in milLast and milLastV.
	milSeen  []milAnswer
	milLast  string
	milLastV bool
	// acronymSrc maps an acronym the text introduced for a registry
	// source ("(MoD)") to that source.
	acronymSrc map[string]attribution
	// named lists the registry sources named, by sentence, so that a
	// country given as the source can be read as its office named
	// nearby.
	named []namedSource
	// held keep copies whose address outlives the loop that made them.
	heldAttrs   held[attribution]
	heldPeriods held[periodHit]
	// text is the plain text pt points to.
	text    plainText
	warMemo warMemo
	// launches are the counts of missiles and drones fired so far.
	launches []launch
	// namedWar is the registry war the text names outright ("the 44-day
	// war"), nil when it names none; looked for once, when first asked.
	namedWar       *attrition.Conflict
	namedWarLooked bool
	// revisit is the token a share's whole starts at, for the sentence
	// loop to read next (figure sets it), or 0.
	revisit int
	// wholeSent, wholeEnd: the sentence and the end of the phrase of a
	// share's whole read next ("a fifth of Russia's 950,000
	// casualties"), whose time is not the share's after it.
	wholeSent, wholeEnd int
	// countTopic: the losses a sentence with no figure of its own says a
	// count is of ("a monthly estimate of Russian casualties"), for "the
	// figure" of the sentence after it; nil when none (noteCountTopic).
	countTopic *docClaim
	// shareValue is the token of the value a share wrote out ("Half of
	// the 600,000 casualties, or 300,000, …"), read with the share and
	// not again once the loop comes back from its whole; 0 when none.
	shareValue int
	// insurgency is 1 when the text tells of irregular fighters, 2 when
	// not, 0 before it is asked (insurgencyText).
	insurgency int8
	// sideInText holds otherSideInText's answers by actor index, nil
	// until asked.
	sideInText map[int]bool
	// warPointer is 1 when the text holds a word of warPointScan, 2
	// when not, 0 before it is asked (pastWarUnpointed).
	warPointer int8
	// cumulative is cumulativeDoc's answer: 1 yes, 2 no, 0 until asked.
	cumulative int8
	// warTalk is warTalkDoc's answer: 1 yes, 2 no, 0 until asked.
	warTalk int8
	// conflictTalk is conflictTalkDoc's answer: 1 yes, 2 no, 0 until
	// asked.
	conflictTalk int8
	// namedOp is the phrase of the first registry phase the text names
	// ("Operation 1027"), at byte namedOpAt; "" when it names none.
	namedOp       string
	namedOpAt     int
	namedOpLooked bool
	sentFacts     sentFacts
	figFacts      figFacts
	// pipeCols are what a text table's header row says of its columns.
	pipeCols    []pipeCol
	pipeScratch []pipeCol
	// pipeSourceCol is the column that names each row's source, or -1.
	pipeSourceCol int
	// pipeAsOfCol is the column headed "As of" that dates each row's
	// running totals, or -1.
	pipeAsOfCol int
	// colYears are the years a text table's header gives its columns
	// ("2022 | 2023 | 2024 | Total"), counted from the right; a zero
	// span stands for a total over all of them.
	colYears []yearCol
	// colSides are the sides a text table's header gives its columns
	// ("| Losses | Russia | Ukraine |"), by column from the right.
	colSides []string
	// titles maps an office to the speaker the text named with it.
	titles map[string]attribution
	// catKeys, catGroups, catBounds, catHeads and catGroupOf serve
	// checkCategories.
	catKeys    []catGroupKey
	catGroups  map[catGroupKey]int32
	catBounds  []catBound
	catHeads   []int32
	catGroupOf []int32
}

// lossWords make a sentence about losses, which equipment figures need.
var lossWords = map[string]bool{
	"lost": true, "losses": true, "loss": true, "lose": true, "losing": true, "loses": true,
	"destroyed": true, "damaged": true, "downed": true, "shot": true, "sunk": true, "sank": true,
	"eliminated": true, "knocked": true, "captured": true, "abandoned": true, "neutralised": true,
	"neutralized": true, "wiped": true, "casualties": true, "killed": true, "destroying": true,
	"hit": true, "struck": true, "write-offs": true, "written": true, "liquidated": true,
	"disabled": true, "intercepted": true, "seized": true, "destruction": true, "toll": true,
	"action": true, "neutralising": true, "neutralizing": true, "neutralise": true, "neutralize": true,
	"seizing": true, "capturing": true, "downing": true, "sinking": true, "intercepting": true,
	"damaging": true, "disabling": true, "burned": true, "burnt": true, "torched": true,
	// "its fighters blew up two Merkava tanks".
	"blew": true, "blown": true,
	// Headlines' present tense: "Ukraine downs 25 Shahed drones".
	"downs": true, "shoots": true, "destroys": true, "intercepts": true, "sinks": true,
	"captures": true, "seizes": true, "neutralises": true, "neutralizes": true,
}

func mentionInSpans(ms []mention, sp []span) bool {
	for _, m := range ms {
		if inSpans(sp, m.s) {
			return true
		}
	}
	return false
}

// noteSeen records a source named in the text, latest last. A source
// named again moves to the end instead of growing the list: the look-ups
// scan it from the end and stop at the first match, so an earlier copy
// that differs only in position was never reached, and a long text's
// list stays as short as its distinct sources.
func (d *docState) noteSeen(a attribution) {
	k := a
	k.s, k.e = 0, 0
	for i := range d.seenSources {
		o := d.seenSources[i]
		o.s, o.e = 0, 0
		if o == k {
			d.seenSources = append(d.seenSources[:i], d.seenSources[i+1:]...)
			break
		}
	}
	d.seenSources = append(d.seenSources, a)
}

// sideLater gives the figures of a text's opening that named no side
// the one side the whole text names, when it names only one: "at least
// 38 civilians were killed and 212 injured ... in Donetsk, Kharkiv and
// Zaporizhzhia oblasts".
func (d *docState) sideLater() {
	any := false
	for i := range d.claims {
		if d.claims[i].unnamed && d.claims[i].Actor == "" {
			any = true
			break
		}
	}
	if !any {
		return
	}
	side := ""
	for _, sc := range d.sideCount {
		if side != "" {
			return // more than one
		}
		side = sc.key
	}
	if side == "" {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if !c.unnamed || c.Actor != "" || attrition.IsEquipment(c.Category) {
			continue
		}
		// "In the Iran-Iraq war, perhaps 500,000 soldiers died.
		// Ukraine's losses are a state secret": a count of a time
		// before the side's war is no loss of it.
		if !c.PeriodEnd.IsZero() {
			if cf, ok := d.conflictFor(side); ok && c.PeriodEnd < cf.Start {
				continue
			}
		}
		// "Health officials say 280 people have been killed, while
		// Israel says three of its soldiers have been killed": the side
		// counts its own dead in the same sentence, by its own voice;
		// the other speaker's dead are not its.
		if ownCountBeside(d.claims, i, side) {
			continue
		}
		// "around 3,000 people were killed in the battle for Goma" in a
		// text that names only the M23: people are no armed group's.
		if a, ok := findActor(side); ok && a.Population == attrition.PopulationMilitary && c.people && c.Population != attrition.PopulationMilitary && c.Population != attrition.PopulationCivilian {
			continue
		}
		// "Troops killed 45 al-Shabaab fighters. Two soldiers died":
		// an armed group's people are its fighters; soldiers are those
		// of the army it fights, or no one the text names.
		if c.soldiers && armedGroup(side) {
			e, ok := d.enemyOf(side)
			if !ok {
				continue
			}
			c.Actor = e
		} else {
			c.Actor = side
		}
		// "Hamas gunmen attacked the post. Three soldiers were killed":
		// the soldiers of the state the group fights.
		if e, ok := d.enemyOf(side); ok && c.soldiers && stateAgainstGroup(e, side) {
			c.Actor = e
		}
		// "Russia attacked Dnipropetrovsk region with drones overnight.
		// 2 people were killed": a side named only as the attacker
		// counts the dead of the side it attacked.
		if e, ok := d.enemyOf(side); ok && !c.soldiers && d.doerCount.get(side) == d.sideCount.get(side) {
			c.Actor = e
			if cs, ok := d.civilianSide(e); ok && c.Population != attrition.PopulationMilitary {
				c.Actor = cs
			}
		} else if c.Population == attrition.PopulationCivilian {
			if cs, ok := d.civilianSide(side); ok {
				c.Actor = cs
			}
		}
		c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		if c.PeriodStart.IsZero() && !c.PeriodEnd.IsZero() {
			if cf, ok := d.conflictFor(c.Actor); ok && cf.Start <= c.PeriodEnd {
				c.PeriodStart = cf.Start
			}
		}
	}
}

// ownCountBeside reports another claim of claim i's sentence that
// counts side's losses as told by side itself, under a source that is
// not claim i's.
func ownCountBeside(claims []docClaim, i int, side string) bool {
	c := &claims[i]
	// Claims are in sentence order: the sentence's are those around i.
	lo, hi := i, i
	for lo > 0 && claims[lo-1].sentence == c.sentence {
		lo--
	}
	for hi+1 < len(claims) && claims[hi+1].sentence == c.sentence {
		hi++
	}
	for j := lo; j <= hi; j++ {
		o := &claims[j]
		if j == i || o.Actor != side || o.Source == c.Source || o.Source == "" {
			continue
		}
		if o.Source == side || registryByName[o.Source].Party == side {
			return true
		}
	}
	return false
}

// fullNameOf returns the source named before whose name ends in the
// one word w: a person's surname, used alone once the text has named
// them in full.
// A body's name ("the Air Force said") stands for the same body named
// before with its side ("Ukraine's Air Force").
func (d *docState) fullNameOf(w string) (attribution, bool) {
	if w == "" {
		return attribution{}, false
	}
	multi := strings.IndexByte(w, ' ') >= 0
	for i := len(d.seenSources) - 1; i >= 0; i-- {
		n := d.seenSources[i].name
		if len(n) <= len(w)+1 || !strings.HasSuffix(n, w) || n[len(n)-len(w)-1] != ' ' {
			continue
		}
		if h := n[:len(n)-len(w)-1]; !multi || strings.HasSuffix(h, "'s") || strings.HasSuffix(h, "’s") {
			return d.seenSources[i], true
		}
	}
	return attribution{}, false
}

// foreignSoldiers reports soldiers named by another side's adjective
// around the figure ("Lebanese soldiers"), which a place's mention may
// not carry.
func (d *docState) foreignSoldiers(e int) bool {
	for _, m := range d.mentions {
		if !m.loc && !m.agent && m.e <= e+2 {
			return true
		}
	}
	return false
}

// saidThatBetween reports "and said (…) that" between tokens a and b.
func saidThatBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].w == "and" && k+1 < b && toks[k+1].cls&clsSpeechVerbs != 0 {
			if nearWord(toks, k+2, min(b, k+8), "that") {
				return true
			}
		}
	}
	return false
}

// andThatAt returns the "and" of "and that" in toks[a:b], the opening
// of a second clause of what was said ("says it has killed 17,000
// militants, …, and that 346 of its soldiers have been killed since
// …"), or -1.
func andThatAt(toks []token, a, b int) int {
	for k := a; k+1 < b && k+1 < len(toks); k++ {
		if toks[k].w == "and" && toks[k+1].w == "that" {
			// ("and that figure has risen": the figure, not a clause.)
			switch word(toks, k+2) {
			case "figure", "number", "toll", "total", "count", "is", "was", "has", "had", "tally", "estimate":
				continue
			}
			return k
		}
	}
	return -1
}

// sinceEndsAt reports a "since" phrase of the sentence that ends at
// token k or up to two words before it.
func (d *docState) sinceEndsAt(k int) bool {
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pSince && p.e <= k && p.e >= k-2 {
			return true
		}
	}
	return false
}

// sideNamedIn is the one side a name holds ("Air Force of the Armed
// Forces of Ukraine" → Ukraine), or "".
func sideNamedIn(name string) string {
	toks := leadTokens([]byte(name), 24)
	side := ""
	for _, m := range findMentions(toks, nil, nil) {
		if m.actor == "" || side != "" && m.actor != side {
			return ""
		}
		side = m.actor
	}
	return side
}

const westBank = "Palestinians in the West Bank"

// tallyIncrement reports a loss tally's "(+7)" after a figure: "9,520
// tanks (+7)" counts losses as only a tally does. cues are the sentence's
// scanSentence lists, every "(" among them.
func tallyIncrement(toks []token, cues []int32) bool {
	for _, c := range cues {
		if k := int(c); k+2 < len(toks) && toks[k].w == "(" && toks[k+1].w == "+" && toks[k+2].k == tNum {
			return true
		}
	}
	return false
}

// warLength reports a duration that measures a war, not the figure's
// span: "Syria's 13-year war left some 600,000 dead" counts the whole
// war, from its start.
func warLength(toks []token, e int) bool {
	switch word(toks, e) {
	case "war", "conflict", "civil", "insurgency", "uprising", "revolution":
		return true
	case "of":
		// "in two years of war", "100 days of war", "over the two
		// years of the war"; not "the first three months of the war",
		// nor "three days of fighting".
		for j := e - 1; j >= 0 && j >= e-4; j-- {
			switch toks[j].w {
			case "first", "last", "past", "final", "opening", "initial":
				return false
			}
		}
		k := e + 1
		if word(toks, k) == "the" {
			k++
		}
		// "in two years of full-scale war", "of all-out war".
		for k < e+6 && wordIn(word(toks, k), warAdjectives) {
			k++
		}
		switch word(toks, k) {
		case "war", "conflict":
			return true
		case "fighting", "hostilities":
			// "during the 14 months of fighting": the fighting the text
			// knows, whole; "in three days of fighting" is a battle's.
			return k == e+1 && word(toks, e-3) == "the" && (word(toks, e-1) == "months" || word(toks, e-1) == "years")
		}
	case "-":
		switch word(toks, e+1) {
		case "war", "conflict":
			return true
		}
	}
	return false
}

// warAdjectives are the words that may stand between "years of" and
// "war" in a war's length, "full-scale" as one word or three.
var warAdjectives = []string{"full-scale", "full", "-", "scale", "all-out", "all", "out", "brutal", "bloody", "devastating", "open"}

// contrastBefore returns where a contrast ("while", "whereas", "but")
// opens another clause in tokens [a, b), or b: "wounded 2,700, while its
// own losses were not disclosed" says nothing of the 2,700's side.
func contrastBefore(toks []token, a, b int) int {
	for k := a; k < b && k < len(toks); k++ {
		// The words are cue words (cueWords): the class bit first.
		if toks[k].cls&clsCue != 0 && contrastWord(toks[k].w) {
			return k
		}
	}
	return b
}

// contrastWord reports a word that opens a clause in contrast with the
// one before: "while", "whereas", "but".
func contrastWord(w string) bool {
	return w == "while" || w == "whereas" || w == "but"
}

// openingAttackDay returns the day a war known by its day began on
// (October 7), when the sentence tells that day's attack on actor: the
// other side its doer, crossing in with a verb of the simple past
// ("stormed into southern Israel", "broke through the border fence").
func (d *docState) openingAttackDay(toks []token, actor string, s int) (attrition.Date, bool) {
	cf, ok := d.conflictFor(actor)
	if !ok || !slices.Contains(cf.Sides, actor) || !knownByDay(cf) {
		return 0, false
	}
	doer := false
	for i := range d.mentions {
		if m := &d.mentions[i]; m.actor != "" && m.actor != actor && slices.Contains(cf.Sides, m.actor) && !m.loc && !m.town {
			doer = true
			break
		}
	}
	if !doer {
		return 0, false
	}
	// The verb before the figure, in its clause: "has killed 41,909"
	// after it is the war's, not the attack's.
	for k := s - 1; k >= 0 && k >= s-14; k-- {
		// ("Russian troops stormed the village but the other side lost
		// 15": the verb of another clause.)
		if contrastWord(toks[k].w) {
			return 0, false
		}
		switch toks[k].w {
		case "stormed", "infiltrated", "rampaged", "overran":
			// "stormed into southern Israel", "overran Israeli towns":
			// a crossing into the side's land, not a village's assault
			// ("stormed the village").
			if w := word(toks, k+1); w == "into" || w == "across" || w == "through" || w == "in" || d.actorNamedAt(actor, k+1, k+4) {
				return cf.Start, true
			}
		case "broke", "burst", "crossed", "poured":
			if w := word(toks, k+1); w == "through" || w == "into" || w == "across" || w == "in" {
				return cf.Start, true
			}
		case "attack", "assault", "incursion", "massacre":
			// "Hamas's October 2023 attack on Israel killed 1,219": the
			// attack named by the month of the day that began the war.
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if monthAt(toks, j) == cf.Start.Month() {
					return cf.Start, true
				}
			}
			if warStartingAt(toks, k+1) {
				return cf.Start, true
			}
		case "began", "started":
			// "The war began when Hamas-led militants attacked Israel,
			// killing some 1,200": the deed that began it.
			if w := word(toks, k-1); (w == "war" || w == "conflict") && wordIn(word(toks, k+1), []string{"when", "with", "after"}) {
				return cf.Start, true
			}
		case "triggered", "sparked", "ignited":
			// "the attack, which triggered the war, killed 1,200".
			if w := word(toks, k+1); w == "war" || w == "conflict" || w == "the" && (word(toks, k+2) == "war" || word(toks, k+2) == "conflict") {
				return cf.Start, true
			}
		case "has", "have", "since", ";":
			return 0, false
		}
	}
	// "about 1,200 people were killed in the Hamas attack that started
	// the war": the attack after the figure, named by what it began.
	for k := s + 1; k < len(toks) && k < s+14; k++ {
		switch toks[k].w {
		case "attack", "assault", "incursion", "massacre":
			if warStartingAt(toks, k+1) {
				return cf.Start, true
			}
		case ";", ".":
			return 0, false
		}
	}
	return 0, false
}

// otherSideNamed reports a mention of a side other than actor, no
// place nor town: openingAttackDay's doer, whatever the war, checked
// first since most sentences name none and the war's look-up costs more.
func (d *docState) otherSideNamed(actor string) bool {
	for i := range d.mentions {
		if m := &d.mentions[i]; m.actor != "" && m.actor != actor && !m.loc && !m.town {
			return true
		}
	}
	return false
}

// headingToll reads the toll a heading names, before its colon and with
// no figure: "Confirmed military deaths as of June 6:", "Civilian
// casualties by region:". It returns the category and the people.
func headingToll(toks []token) (string, string, bool) {
	cat, pop := "", ""
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.k == tNum {
			if _, ok := yearOf(t); !ok && !dayOfMonthAt(toks, k) {
				return "", "", false
			}
			continue
		}
		if t.k != tWord {
			continue
		}
		switch t.w {
		case "military", "soldiers", "troops", "servicemen":
			pop = attrition.PopulationMilitary
		case "civilian", "civilians":
			pop = attrition.PopulationCivilian
		}
		if cat == "" && t.cls&(clsCat|clsLoss) != 0 {
			if p, _, ok := personnelIx.match(toks, k); ok && p.category != catLost {
				cat = p.category
			}
		}
	}
	return cat, pop, cat != ""
}

// colonLabelRow reports a line "- Russia: 111,387", "Tatarstan:
// 4,100": a label of a few words, a colon, and the figure that ends the
// line.
func colonLabelRow(toks []token, s int) bool {
	// ("- Khartoum — 1,240": a dash as the separator.)
	if w := word(toks, s-1); w != ":" && !(isDash(w) && !toks[s-1].glued) {
		return false
	}
	b := bulletLead(toks)
	if s-1-b < 1 || s-1-b > 4 {
		return false
	}
	for k := b; k < s-1; k++ {
		if toks[k].k != tWord {
			// ("2023: 42,000", "January 2025: 25,360", "9 June: 1,120":
			// a date as the label.)
			if _, ok := yearOf(&toks[k]); ok {
				continue
			}
			if dayOfMonthAt(toks, k) {
				continue
			}
			return false
		}
	}
	return true
}

// lastedBefore reports "lasted", "lasting" before a length at s: "the
// siege, which lasted 872 days": how long a past event went on, not the
// time up to the text.
func lastedBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch toks[k].w {
		case "lasted", "lasting", "lasts", "last":
			return toks[k].w != "last" || word(toks, k-1) == "to" || word(toks, k-1) == "which" || word(toks, k-1) == "did"
		case "for", "about", "some", "nearly", "almost", "over":
			continue
		}
		return false
	}
	return false
}

// yearBeforeWithin reports a year before year y in the sentence: "the
// 1994 genocide".
func yearBeforeWithin(toks []token, y int) bool {
	for k := range toks {
		if v, ok := yearOf(&toks[k]); ok && v < y {
			return true
		}
	}
	return false
}

// yearWithin reports a year among tokens [a, b).
func yearWithin(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if _, ok := yearOf(&toks[k]); ok {
			return true
		}
	}
	return false
}

// labelDate reads a date that is the whole label of a list line
// ("- January 2025: 25,360", "9 June: 1,120"), the figure at s.
func labelDate(toks []token, s int, pub attrition.Date) (dateExpr, bool) {
	if s < 1 || toks[s-1].w != ":" && !labelDashAt(toks, s-1) {
		return dateExpr{}, false
	}
	b := bulletLead(toks)
	if d, ok := parseDate(toks, b, pub); ok && d.e == s-1 {
		return d, true
	}
	return dateExpr{}, false
}

// inlineLabelItem reports "; Tatarstan: 4,100", ", 2023: 42,000" at the
// figure s: a label of a word or few after the separator of a list's
// items, then a colon.
func inlineLabelItem(toks []token, s int) bool {
	if s < 1 || toks[s-1].w != ":" && !labelDashAt(toks, s-1) {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-5; k-- {
		switch t := &toks[k]; {
		case t.w == ";" || t.w == ",":
			return k < s-2
		case t.k == tWord && (t.upper || k < s-2):
		case t.k == tNum && k == s-2:
			if _, ok := yearOf(t); !ok {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// otherWarsSide reports a side b that is no side of the war of a: "the
// American toll in Vietnam" beside Russia's losses.
func (d *docState) otherWarsSide(a, b string) bool {
	cf, ok := d.conflictFor(a)
	return ok && !slices.Contains(cf.Sides, b)
}

// clausePeriod settles what the figure's own clause says of its time
// and people after setPeriod has chosen among the sentence's periods: a
// ", when" clause, a comparison with another war, an episode's toll, a
// list line's label, a new total after a rise, an earlier count after
// "up from". personNoun: the figure has its own noun of people.
func (d *docState) clausePeriod(toks []token, q *quantity, c *attrition.Claim, dc *docClaim, personNoun bool, firstClaim int) {
	var prev *docClaim
	if len(d.claims) > firstClaim {
		if p := &d.claims[len(d.claims)-1]; p.sentence == d.nsent {
			prev = p
		}
	}
	// "the worst clash since 1971, when some 3,800 Pakistani soldiers
	// were killed": the time the "when" clause hangs on.
	if at, ok := whenClauseDate(toks, q.s, d.pub); ok {
		c.PeriodStart, c.PeriodEnd = at.start, min(at.end, d.pub)
	}
	// "Russia has lost 120,000 men this year, twice the American toll of
	// 58,000 in Vietnam": a figure of another side set against the
	// first takes neither its time nor its speaker.
	if prev != nil && c.Actor != "" && prev.Actor != "" && prev.Actor != c.Actor && prev.PeriodStart == c.PeriodStart && prev.PeriodEnd == c.PeriodEnd &&
		comparedAfterClaim(toks, q.s) && d.otherWarsSide(prev.Actor, c.Actor) && !d.periodRightAt(q.e) {
		c.PeriodStart, c.PeriodEnd = 0, 0
		if c.Source == prev.Source {
			c.Source = ""
		}
	}
	// "the toll from the Sweida clashes had risen to 940": a toll of one
	// episode of the war, whose start the text does not give, not of the
	// whole war. (Only a sentence with "toll", d.toll, may tell one.)
	if isConflictStart(c.PeriodStart) && d.toll && episodeToll(toks, q.s) {
		c.PeriodStart = 0
		dc.conflictStart = false
	}
	if q.s >= 2 && (toks[q.s-1].w == ":" || labelDashAt(toks, q.s-1)) {
		d.labelPeriod(toks, q, c, dc)
	}
	// "the number killed since the start of the war rose to 55,207 on
	// Thursday": the day is when the running total stood, from the
	// start the "since" gives.
	if c.PeriodStart == c.PeriodEnd && !c.PeriodEnd.IsZero() {
		d.sinceToDay(toks, q, c, dc)
	}
	// "deaths rose by 300 in the past week to 13,300": the new total
	// runs to the end of the rise's time, from the war's start; its
	// people are the rise's.
	if prev != nil && prev.Category == c.Category && byToBefore(toks, q.s) && word(toks, q.s-3) != "by" {
		if c.Actor == "" {
			c.Actor = prev.Actor
		}
		c.PeriodStart, c.PeriodEnd = d.conflictStartOf(nil, c, dc), prev.PeriodEnd
		if c.PeriodStart > c.PeriodEnd {
			c.PeriodStart = 0
		}
		if c.Population == "" || c.Population == attrition.PopulationAll && !personNoun {
			c.Population = prev.Population
		}
	}
	// "55,000 killed since the war began, up from 52,000 last month":
	// the earlier count is a running total of the same war, up to the
	// time it was given.
	if w := word(toks, q.s-2); prev != nil && word(toks, q.s-1) == "from" && (w == "up" || w == "down") &&
		(prev.conflictStart || isConflictStart(prev.PeriodStart)) && prev.Category == c.Category && !prev.PeriodStart.IsZero() {
		c.PeriodStart = prev.PeriodStart
		if c.PeriodEnd.IsZero() || c.PeriodEnd > prev.PeriodEnd {
			c.PeriodEnd = prev.PeriodEnd
		}
		dc.conflictStart = true
	}
}

// labelPeriod reads a list line's label before its colon and the figure:
// its people ("Civilians: 13,000 killed"), its date ("- January 2025:
// 25,360", "- 9 June: 1,120", in the heading's year when it names
// none), its year ("by year: 2022: 14,000; 2023: 42,000").
func (d *docState) labelPeriod(toks []token, q *quantity, c *attrition.Claim, dc *docClaim) {
	if bulletLead(toks) == q.s-2 {
		if t := &toks[q.s-2]; t.k == tWord && t.cls&clsCivilianWords != 0 {
			c.Population = attrition.PopulationCivilian
		}
	}
	if at, ok := labelDate(toks, q.s, d.pub); ok {
		if lp := d.listPeriod; lp != nil && !lp.start.IsZero() && lp.start.Year() == lp.end.Year() && at.start.Year() != lp.start.Year() && !yearWithin(toks, bulletLead(toks), q.s) {
			y := lp.start.Year() - at.start.Year()
			wholeMonth := at.start.Day() == 1 && at.end == monthEnd(at.start.Year(), at.start.Month())
			at.start, at.end = at.start.AddMonths(12*y), at.end.AddMonths(12*y)
			if wholeMonth {
				at.end = monthEnd(at.start.Year(), at.start.Month())
			}
		}
		if at.start <= d.pub {
			c.PeriodStart, c.PeriodEnd = at.start, min(at.end, d.pub)
		}
	}
	// The year label, from the war's start at the earliest.
	if q.s == 2 || word(toks, q.s-3) == ";" || word(toks, q.s-3) == "," || word(toks, q.s-3) == ":" || word(toks, q.s-3) == "-" {
		if y, ok := yearOf(&toks[q.s-2]); ok {
			st, en := attrition.NewDate(y, 1, 1), attrition.NewDate(y, 12, 31)
			if cst := d.conflictStartOf(nil, c, dc); cst > st && cst <= en {
				st = cst
			}
			if en <= d.pub || st <= d.pub {
				c.PeriodStart, c.PeriodEnd = st, min(en, d.pub)
			}
		}
	}
}

// whenClauseDate reads the date a ", when" clause before the figure at
// s hangs on: "since 1971, when some 3,800 … were killed", "in the 2014
// war, when 67 were killed".
func whenClauseDate(toks []token, s int, pub attrition.Date) (dateExpr, bool) {
	// The figure right after "when", its clause a deed in the simple
	// past ("were killed", "died"), not a count given then ("when it
	// put the toll at", "when 5,937 had died").
	k := s - 1
	if word(toks, k) != "when" || word(toks, k-1) != "," {
		return dateExpr{}, false
	}
	past := false
	for j := s + 1; j < len(toks) && j < s+6; j++ {
		switch toks[j].w {
		case "were", "was", "died":
			past = true
		case "had", "have", "has":
			return dateExpr{}, false
		}
	}
	if !past {
		return dateExpr{}, false
	}
	end := k - 1 // the comma
	if w := word(toks, end-1); w == "war" || w == "conflict" || w == "fighting" {
		end--
	}
	for i := end - 1; i >= 0 && i >= end-4; i-- {
		if d, ok := parseDate(toks, i, pub); ok && d.e == end && d.end < pub {
			// (Not the end of a span: "between 9 and 15 July, when".)
			if w := word(toks, i-1); w == "and" || w == "to" || w == "until" || isDash(w) {
				return dateExpr{}, false
			}
			return d, true
		}
	}
	return dateExpr{}, false
}

// comparedAfterClaim reports a comparison right before the figure at s
// that sets it against the figure before: "twice the American toll of",
// "more than the", "compared with the".
func comparedAfterClaim(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-7; k-- {
		switch toks[k].w {
		case "twice", "thrice", "double", "triple":
			return word(toks, k+1) == "the"
		case "than", "compared", "against", "versus":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// includedPart reports a figure at s in a list after "including" in its
// clause: "including 263 civilians and 154 security force personnel".
// (A sentence without the word need not ask: d.including.)
func includedPart(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		switch toks[k].w {
		case "including":
			return true
		case ";", ".", ")", "(":
			return false
		case "while", "whereas", "but", "has", "have", "had":
			// "…, including up to 250,000 killed, while Ukraine has
			// sustained around 400,000 casualties": a clause of its own.
			return false
		}
	}
	return false
}

// merchantCrew reports a figure of a ship's crew in a sentence about a
// merchant vessel: "three crew members of the bulk carrier True
// Confidence", "sinking two ships and killing four sailors".
func merchantCrew(toks []token, ms []mention, noun string) bool {
	switch noun {
	case "crew", "sailors", "seafarers", "crewmen", "mariners":
	case "members":
		// "Four crew members of the Eternity C"; not "members of the
		// Revolutionary Guards".
		crew := false
		for k := 1; k < len(toks) && !crew; k++ {
			crew = toks[k].w == "members" && toks[k-1].w == "crew"
		}
		if !crew {
			return false
		}
	default:
		return false
	}
	for k := range toks {
		switch w := toks[k].w; w {
		case "merchant", "carrier", "tanker", "freighter", "cargo", "vessel", "ship", "ships", "shipping", "bulk", "sank", "sunk", "sinking":
			// ("aircraft carrier": a warship's.)
			if w == "carrier" && word(toks, k-1) == "aircraft" {
				continue
			}
			return true
		case "crew":
			// "the crew of the Magic Seas": a ship by its name, which
			// names no side.
			j := k + 1
			if word(toks, j) == "members" {
				j++
			}
			if word(toks, j) != "of" {
				continue
			}
			j++
			if word(toks, j) == "the" {
				j++
			}
			if j < len(toks) && toks[j].upper && toks[j].k == tWord && !strings.HasSuffix(toks[j].w, "-flagged") && !inMention(ms, j) {
				return true
			}
		default:
			// "the Liberian-flagged Eternity C".
			if strings.HasSuffix(w, "-flagged") {
				return true
			}
		}
	}
	return false
}

// inMention reports whether token k is part of a side's name.
func inMention(ms []mention, k int) bool {
	for i := range ms {
		if ms[i].s <= k && k < ms[i].e {
			return true
		}
	}
	return false
}

// militaryUnitName reports a source's name that ends in a unit of an
// army: "93rd Brigade", "Vostok Battalion", "1st Tank Regiment".
func militaryUnitName(name string) bool {
	w := lastWord(name)
	// The word is compared folded in ASCII, not lower-cased into a copy
	// (strings.ToLower allocates one for "Brigade").
	switch len(w) {
	case len("corps"):
		if hasPrefixFold(w, "corps") {
			return true
		}
	case len("brigade"):
		if hasPrefixFold(w, "brigade") {
			return true
		}
	case len("regiment"):
		if hasPrefixFold(w, "regiment") || hasPrefixFold(w, "division") {
			return true
		}
	case len("battalion"):
		if hasPrefixFold(w, "battalion") {
			return true
		}
	}
	// A few other letters lower-case into ASCII ("İ" into "i"): a word
	// that holds any is lower-cased as Unicode says.
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return unitNameWord(strings.ToLower(w))
		}
	}
	return false
}

// unitNameWord reports a lower-case unit of an army that ends a name.
func unitNameWord(w string) bool {
	switch w {
	case "brigade", "battalion", "regiment", "division", "corps":
		return true
	}
	return false
}

// runBySide returns the side a "<side>-run" or "<side>-controlled" word
// among toks[s:e] names ("Houthi-run"), or "".
func runBySide(toks []token, s, e int) string {
	for k := max(s, 0); k < e && k < len(toks); k++ {
		w := toks[k].w
		i := strings.LastIndexByte(w, '-')
		if i <= 0 {
			continue
		}
		switch w[i+1:] {
		case "run", "controlled", "administered", "governed":
			for _, a := range actors.byFirst[w[:i]] {
				if len(a.words) == 1 && !a.place {
					return a.actor
				}
			}
		}
	}
	return ""
}

// colonPeople reports a colon before token qs in its sentence whose
// clause before names actor with civilians: "for Ukrainian civilians",
// "for civilians in Ukraine".
func colonPeople(toks []token, ms []mention, actor string, qs int) bool {
	k := qs - 1
	for k >= 0 && toks[k].w != ":" {
		if w := toks[k].w; w == "." || w == ";" {
			return false
		}
		k--
	}
	if k < 0 {
		return false
	}
	for i := range ms {
		m := &ms[i]
		if m.actor != actor || m.e > k || m.agent {
			continue
		}
		if m.e < len(toks) && toks[m.e].cls&clsCivilianWords != 0 && toks[m.e].k == tWord ||
			word(toks, m.s-1) == "in" && m.s >= 2 && toks[m.s-2].cls&clsCivilianWords != 0 {
			return true
		}
	}
	return false
}

// partsOpener reports w as the mark that opens a whole's breakdown
// right before its first part: "casualties: 2,064 killed", "(2,064
// killed", "casualties — 2,064 killed".
func partsOpener(w string) bool {
	switch w {
	case ":", "(", "—", "–":
		return true
	}
	return false
}

func isHostageWord(w string) bool { return w == "hostages" || w == "hostage" }

// hostageAt returns the index of the figure's noun when it is
// "hostages", as its own ("six hostages") or after "of the" ("35 of
// the hostages"); 0 when it is not.
func hostageAt(toks []token, e int, noun string) int {
	if word(toks, e) == "of" && word(toks, e+1) == "the" && isHostageWord(word(toks, e+2)) {
		return e + 2
	}
	if !isHostageWord(noun) {
		return 0
	}
	for k := e; k < len(toks) && k < e+4; k++ {
		if toks[k].w == noun {
			return k
		}
	}
	return 0
}

// battleDeaths reports a death noun at k of battles, every side's:
// "battle-related deaths", "combat deaths".
func battleDeaths(toks []token, k int) bool {
	switch word(toks, k-1) {
	case "battle-related", "battle", "combat", "conflict-related", "war-related":
		return true
	}
	return false
}

// statesOnlyWar reports actor's war as one of states alone, with no
// armed group or people of their own among its sides (Iran–Israel, not
// Israel–Hamas).
func (d *docState) statesOnlyWar(actor string) bool {
	cf, ok := d.conflictFor(actor)
	if !ok || len(cf.Sides) < 2 {
		return false
	}
	if top, ok := d.topConflict(); !ok || top.ID != cf.ID {
		return false
	}
	return statesWar(cf.Sides)
}

// groupsWarState reports a state all of whose wars are fought against
// armed groups or peoples, none a states' war (Yemen against the
// Houthis, Nigeria against ISWAP; not Ukraine, nor Israel, which fought
// Iran): the deaths counted in its land are its own, of every kind.
func groupsWarState(a *attrition.Actor) bool {
	if a.Population != "" || len(a.Conflicts) == 0 {
		return false
	}
	for _, id := range a.Conflicts {
		cf, ok := findConflict(id)
		if !ok || len(cf.Sides) < 2 || statesWar(cf.Sides) {
			return false
		}
	}
	return true
}

// statesWar reports sides that are all states: no armed group or
// people of their own among them.
func statesWar(sides []string) bool {
	for _, s := range sides {
		if a, ok := findActor(s); !ok || a.Population != "" {
			return false
		}
	}
	return true
}

// captiveSide returns the state of actor's war that fights an armed
// group (Israel, of Hamas and Gaza's people): the side whose people the
// group takes hostage. "" when the war is no such state's.
func (d *docState) captiveSide(actor string) string {
	cf, ok := d.conflictFor(actor)
	if !ok || len(cf.Sides) < 2 {
		return ""
	}
	st := cf.Sides[0]
	for _, s := range cf.Sides[1:] {
		if stateAgainstGroup(st, s) {
			return st
		}
	}
	return ""
}

// armedSpeaker reports a speaker of an army or its
// intelligence ("according to Ukrainian intelligence", "Russian
// military sources"): it counts the enemy's losses, not its own side's.
func armedSpeaker(toks []token, a *attribution) bool {
	if a == nil {
		return false
	}
	for k := max(a.s, 0); k < a.e && k < len(toks); k++ {
		switch toks[k].w {
		case "intelligence", "military", "army":
			return true
		}
	}
	return false
}

// secondDeedOfPair reports "and wounded 30", "and injuring 30" before
// the figure at s: the second deed of one subject, told with the first.
// So are "and destroyed 17 armoured vehicles", "and captured 28", "and
// took 5 prisoner": one assault's spoils are of its day, men or
// machines.
func secondDeedOfPair(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "wounded", "injured", "wounding", "injuring", "maimed", "killing", "killed",
		"destroyed", "destroying", "captured", "capturing", "seized", "seizing", "downed", "downing":
	case "took", "taking":
		if w := word(toks, s+1); w != "prisoner" && w != "prisoners" && w != "captive" && w != "captives" && word(toks, s+2) != "prisoner" {
			return false
		}
	default:
		return false
	}
	w := word(toks, s-2)
	return w == "and" || w == ","
}

// listMateBefore reports a figure at s that is the next item of a list
// of one deed's victims: "killed 3 soldiers and 2 civilians", "4 men, 2
// women and a child", "47 Malian soldiers and 84 Russian mercenaries":
// the figure before it, a few words of its people, then "and" or ",".
func listMateBefore(toks []token, s int) bool {
	if w := word(toks, s-1); w != "and" && w != "," {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-6; k-- {
		t := &toks[k]
		if t.k == tNum {
			return k < s-2
		}
		if t.k != tWord || t.cls&clsLoss != 0 {
			return false
		}
	}
	return false
}

// makerSide returns the side that alone fields the design named right
// after a figure ending at e ("2 Merkava tanks", "a Namer APC"), or "".
func makerSide(toks []token, e int) string {
	for k := e; k < len(toks) && k < e+3; k++ {
		t := &toks[k]
		if t.k != tWord {
			return ""
		}
		switch t.w {
		case "merkava", "merkavas", "namer", "namers", "achzarit", "eitan":
			return "Israel"
		}
	}
	return ""
}

// semicolonBefore returns the ";" nearest before s in its sentence, or
// -1.
func semicolonBefore(toks []token, s int) int {
	for k := s - 1; k >= 0; k-- {
		if toks[k].w == ";" {
			return k
		}
	}
	return -1
}

// clauseJoinBefore returns the nearest semicolon or ", and" before s
// that starts the clause of a figure, or -1: "Russia launched 479
// drones; 277 were shot down", "…, and 277 were shot down".
func clauseJoinBefore(toks []token, s int) int {
	for k := s - 1; k >= 0; k-- {
		if w := toks[k].w; w == ";" || w == "and" && word(toks, k-1) == "," {
			return k
		}
	}
	return -1
}

// bareListItem reports a figure that is a bare item after a semicolon,
// its category words a label before it or its noun right after, no
// verb of its own: "; WIA: 700", "; 12 tanks", not "; 12 people were
// killed".
func bareListItem(toks []token, q *quantity, h *catHit) bool {
	semi := semicolonBefore(toks, min(q.s, h.s))
	if semi < 0 {
		return false
	}
	if h.forward {
		return q.s == semi+1 && h.s == q.e && !h.active
	}
	if h.s-semi > 3 || h.e > q.s {
		return false
	}
	for k := h.e; k < q.s; k++ {
		if toks[k].w != ":" {
			return false
		}
	}
	return true
}

// attackRole returns "attackers" or "defenders" when the figure at
// [s, e) counts one side of a fight by its role: "the attackers lost
// about 40 men", "the defending troops suffered 12 casualties", "40 of
// the assailants were killed".
func attackRole(toks []token, s, e int) string {
	k := s - 1
	for k >= s-3 && k >= 0 && !ownLossVerb(toks[k].w) {
		k--
	}
	if k >= 0 && ownLossVerb(word(toks, k)) {
		k--
		if w := word(toks, k); w == "had" || w == "have" || w == "has" {
			k--
		}
	} else if word(toks, e) == "of" && word(toks, e+1) == "the" {
		k = e + 2
	} else {
		return ""
	}
	w := word(toks, k)
	switch w {
	case "forces", "troops", "units", "side":
		w = word(toks, k-1)
		k--
	}
	if word(toks, k-1) != "the" && k <= s {
		return ""
	}
	switch w {
	case "attackers", "assailants", "attacking":
		return "attackers"
	case "defenders", "defending":
		return "defenders"
	}
	return ""
}

// attackerBefore returns the side named as the subject of an attack
// that ends by e: "Russian forces attacked", "Russia launched an
// assault", "Russian troops stormed".
func attackerBefore(toks []token, ms []mention, e int) string {
	for i := range ms {
		m := &ms[i]
		if m.e > e || m.enemy || m.loc || m.actor == "" {
			continue
		}
		k := m.e
		switch word(toks, k) {
		case "forces", "troops", "units", "soldiers", "army", "military", "infantry":
			k++
		}
		switch word(toks, k) {
		case "attacked", "assaulted", "stormed", "advanced", "raided", "attack", "attacks", "assault", "assaults", "storm":
			return m.actor
		case "launched", "launches", "mounted", "began", "started":
			switch word(toks, k+1) {
			case "an", "a", "the", "its":
				switch word(toks, k+2) {
				case "attack", "assault", "offensive", "counteroffensive", "counter-offensive", "raid", "push":
					return m.actor
				}
			}
		}
	}
	return ""
}

// roleSide returns the side of a fight's role ("attackers",
// "defenders") by the attack the sentence told before the figure at s
// or the sentence before told: the attacker, or the attacker's enemy.
func (d *docState) roleSide(toks []token, role string, s int) string {
	a := attackerBefore(toks, d.mentions, s)
	if a == "" && d.attacker != "" && d.attackerSent == d.nsent-1 {
		a = d.attacker
	}
	if a == "" || role == "attackers" {
		return a
	}
	e, _ := d.enemyOf(a)
	return e
}

// lostUpToBefore reports a day's tally in the words of Russia's
// ministry of defence before the figure at s: "the enemy lost up to 175
// servicemen, a tank and …".
func lostUpToBefore(toks []token, s int) bool {
	for k := s - 1; k >= 2 && k >= s-12; k-- {
		switch toks[k].w {
		case ".", ";", ":":
			return false
		case "to":
			if toks[k-1].w == "up" && lostVerb(toks[k-2].w) {
				return true
			}
		}
	}
	return false
}

// lostListBefore reports a list of losses opened by a loss verb and its
// figure a few words before s: "Ukraine lost 70 troops, two tanks and
// three armoured vehicles", "lost up to 175 servicemen and a tank".
func lostListBefore(toks []token, s int) bool {
	if lostUpToBefore(toks, s) {
		return true
	}
	for k := s - 2; k >= 0 && k >= s-8; k-- {
		switch w := toks[k].w; {
		case w == "." || w == ";" || w == ":":
			return false
		case lostVerb(w) && startsNumber(&toks[k+1]):
			return true
		}
	}
	return false
}

// rubbleIn reports "rubble", "debris" or "ruins" before s: the dead of
// one ruin.
func rubbleIn(toks []token, s int) bool {
	for k := 0; k < s; k++ {
		switch toks[k].w {
		case "rubble", "debris", "ruins":
			return true
		}
	}
	return false
}

// amongThemBefore reports "among them were", "among those was" right
// before a figure at s: a part of the figure before.
func amongThemBefore(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "were", "was", "are", "is":
	default:
		return false
	}
	w := word(toks, s-2)
	return (w == "them" || w == "those" || w == "whom") && word(toks, s-3) == "among"
}

// forecastHeading reports a heading of projections: "Forecast of
// Russian casualties for 2026", "Projected losses by end of 2025".
func forecastHeading(toks []token) bool {
	for k := range toks {
		switch toks[k].w {
		case "forecast", "forecasts", "projected", "projection", "projections", "expected", "predicted", "prediction", "predictions", "scenario", "scenarios":
			return true
		}
	}
	return false
}

// colonLabelLine reports a line of a list "- Russia: 111,387": a
// label, a colon and a figure (colonLabelRow's line).
func colonLabelLine(toks []token) bool {
	b := bulletLead(toks)
	for k := b + 1; k < len(toks)-1 && k <= b+4; k++ {
		if toks[k].w == ":" || isDash(toks[k].w) && !toks[k].glued {
			return startsNumber(&toks[k+1]) && colonLabelRow(toks, k+1)
		}
	}
	return false
}

// upFromBetween reports "up from 52,000" between a figure's end e and a
// time phrase at p: the time is the earlier count's ("55,000 …, up from
// 52,000 last month"), not this figure's.
func upFromBetween(toks []token, e, p int) bool {
	for k := e; k+1 < p && k < e+8; k++ {
		if w := toks[k].w; (w == "up" || w == "down") && toks[k+1].w == "from" {
			return true
		}
		// "rose to 55,000 on Wednesday from 54,700 on Tuesday".
		if toks[k].w == "from" && k > e && toks[k+1].k == tNum {
			return true
		}
		// "1,000,000, compared with 600,000 at this time last year",
		// "against 1,152 in 2023": the time of the figure compared.
		switch toks[k].w {
		case "compared", "comparison":
			if nx := toks[k+1].w; (nx == "with" || nx == "to") && figureWithin(toks, k+2, min(p, k+5)) {
				return true
			}
		case "against", "versus", "vs":
			if figureWithin(toks, k+1, min(p, k+4)) {
				return true
			}
		}
		if toks[k].w == ";" || toks[k].w == "." {
			return false
		}
	}
	return false
}

// comparedFigureBefore returns the first token of the figure a time
// phrase at p closes when that figure is one compared with: "up from
// 4,789 in 2023", "against 512 killed in 2023", "compared with 250,000
// in 2023"; or -1.
func comparedFigureBefore(toks []token, p int) int {
	k := p - 1
	// ("512 killed in 2023", "2,235 tanks in 2023": a noun or a verb
	// of the figure between.)
	for n := 0; k > 0 && n < 2 && toks[k].k == tWord; n++ {
		k--
	}
	if k < 1 || toks[k].k != tNum {
		return -1
	}
	switch w := toks[k-1].w; w {
	case "from":
		if b := word(toks, k-2); b == "up" || b == "down" || b == "rise" || b == "rising" || b == "rose" || b == "fell" || b == "falling" || b == "increase" || b == "decrease" {
			return k
		}
	case "against", "versus", "vs":
		return k
	case "with", "to":
		if b := word(toks, k-2); b == "compared" || b == "comparison" {
			return k
		}
	}
	return -1
}

// sameFigureLead reports "the figure was", "the number stood at",
// "the toll reached" right before the figure at s: the count just told,
// again for another time.
func sameFigureLead(toks []token, s int) bool {
	k := s - 1
	if w := word(toks, k); w == "at" || w == "to" {
		k--
	}
	switch word(toks, k) {
	case "was", "is", "were", "stood", "reached", "rose", "grew", "climbed":
	default:
		return false
	}
	switch word(toks, k-1) {
	case "figure", "number", "toll", "total", "count", "tally":
		w := word(toks, k-2)
		return w == "the" || w == "that" || w == "this"
	}
	return false
}

// nonLossVerbAfter reports a verb at k, past its auxiliaries, that says
// people did something other than fall: "have defected", "deserted",
// "fled".
func nonLossVerbAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch toks[j].w {
		case "have", "has", "had", "also", "since", "reportedly":
			continue
		case "defected", "deserted", "fled", "escaped", "joined", "enlisted", "returned", "arrived", "signed", "volunteered", "resigned":
			return true
		}
		return false
	}
	return false
}

// warStartingAt reports "that started the war", "which triggered the
// conflict" at k, after an attack's noun.
func warStartingAt(toks []token, k int) bool {
	if w := word(toks, k); w != "that" && w != "which" {
		return false
	}
	switch word(toks, k+1) {
	case "started", "began", "triggered", "sparked", "ignited", "launched", "set":
	default:
		return false
	}
	j := k + 2
	if word(toks, j) == "off" {
		j++
	}
	if word(toks, j) == "the" {
		j++
	}
	w := word(toks, j)
	return w == "war" || w == "conflict"
}

// actorNamedAt reports a mention of actor starting in tokens [a, b]:
// "overran Israeli towns", "stormed southern Israel".
func (d *docState) actorNamedAt(actor string, a, b int) bool {
	for i := range d.mentions {
		if m := &d.mentions[i]; m.actor == actor && m.s >= a && m.s <= b {
			return true
		}
	}
	return false
}

// knownByDay reports a war whose start words name its day ("October
// 7"): one day's attack began it.
func knownByDay(cf *attrition.Conflict) bool {
	for _, w := range warStartDays {
		if w.start == cf.Start {
			return true
		}
	}
	return false
}

// contrastWords are contrastWord's words, of clsContrast.
var contrastWords = []string{"while", "whereas", "but"}

// agentVerbAfter reports a verb of acting right after a name: "Israel
// broke", "Russia launched", "Hamas attacked".
func agentVerbAfter(toks []token, e int) bool {
	switch word(toks, e) {
	case "broke", "launched", "invaded", "attacked", "began", "started", "resumed", "stormed", "escalated", "entered", "seized", "declared":
		return true
	}
	return false
}

// israeliAgent reports Israeli forces doing what the sentence tells.
func israeliAgent(ms []mention) bool {
	for _, m := range ms {
		if m.agent && m.actor == "Israel" {
			return true
		}
	}
	return false
}

// russoUkrainian reports whether a figure's source speaks for Russia or
// Ukraine, or the text is mostly about their war.
func (d *docState) russoUkrainian(party string, src *attribution) bool {
	switch party {
	case "Russia", "Ukraine":
		return true
	}
	if src != nil && (src.actor == "Russia" || src.actor == "Ukraine") {
		return true
	}
	cf, ok := d.topConflict()
	return ok && cf.ID == "russia-ukraine"
}

// stateSide returns the one state among the sides the text names of
// its war, "" if none or several.
func (d *docState) stateSide() string {
	cf, ok := d.topConflict()
	if !ok {
		return ""
	}
	state := ""
	for _, sd := range cf.Sides {
		if a, ok := findActor(sd); ok && a.Population == "" && d.sideCount.get(sd) > 0 {
			if state != "" {
				return ""
			}
			state = sd
		}
	}
	return state
}

// ownDeathPhrase reports a side's words for its own dead at token s:
// "embraced shahadat", "made the supreme sacrifice", "rose as martyrs".
func ownDeathPhrase(toks []token, s int) bool {
	switch word(toks, s) {
	case "embraced", "attained", "became", "rose", "fell", "made", "paid", "laid":
		switch word(toks, s+1) {
		case "shahadat", "martyrdom", "martyrs", "as", "the", "down":
			return true
		}
	}
	return false
}

// recoveredAfter reports a share's verb that says its people were not
// lost after all: "had returned to duty", "have recovered", "survived".
func recoveredAfter(toks []token, k int) bool {
	for e := min(len(toks), k+5); k < e; k++ {
		switch toks[k].w {
		case "returned", "recovered", "survived", "discharged", "rejoined":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// shareVerb reports the verb that says what befell a share of a whole:
// "a fifth of the 950,000 casualties were incurred in …", "half of
// them fell in 2024".
func shareVerb(w string) bool {
	switch w {
	case "were", "was", "are", "is", "have", "has", "had", "fell", "died", "occurred", "came":
		return true
	}
	return false
}

// causeShare reports a share ending at e of a toll told by the weapon or
// attack that caused it: "… of the deaths were caused by short-range
// drones", "60–70 per cent of those were inflicted by drones", "were
// due to shelling". (A share led by its weapon, "Short-range drones
// accounted for about a third of the deaths", stays the toll's share,
// as the corpus reads it.)
func causeShare(toks []token, e int) bool {
	k := e
	switch word(toks, k) {
	case "were", "was":
		k++
	}
	switch word(toks, k) {
	case "caused", "inflicted", "attributed", "due", "attributable":
		switch word(toks, k+1) {
		case "by", "to":
		default:
			return false
		}
	case "resulted", "came":
		if word(toks, k+1) != "from" {
			return false
		}
	default:
		return false
	}
	for m := k + 2; m < len(toks) && m <= k+6; m++ {
		if toks[m].k != tWord {
			break
		}
		if weaponNounAt(toks, m) {
			return true
		}
	}
	return false
}

// weaponNounAt reports a weapon or an attack named at k: "drones",
// "glide bombs", "shelling", "missile strikes".
func weaponNounAt(toks []token, k int) bool {
	t := &toks[k]
	if t.cls&clsAgentNoun != 0 && t.w != "operation" && t.w != "operations" && t.w != "navy" && t.w != "air" {
		return true
	}
	if t.cls&clsCat != 0 {
		if _, _, ok := equipmentIx.match(toks, k); ok {
			return true
		}
	}
	switch t.w {
	case "mines", "landmines", "artillery", "explosives", "munitions", "weapons", "ordnance":
		return true
	}
	return false
}

// eliminatedBesideWounded makes killed the "eliminated" of a text that
// counts the same side's wounded beside them ("occupiers eliminated:
// 386", "occupiers wounded: 271"): the word counts the wounded too only
// where no one counts them apart.
func (d *docState) eliminatedBesideWounded() {
	for i := range d.claims {
		c := &d.claims[i]
		if !c.elim || c.Category != catCasualties || d.splitAfter(i) {
			continue
		}
		for j := max(0, i-4); j < len(d.claims) && j <= i+4; j++ {
			w := &d.claims[j]
			if w.Category == catWounded && w.Actor == c.Actor && w.Population == c.Population && w.Population != attrition.PopulationCivilian && w.sentence-c.sentence <= 2 && c.sentence-w.sentence <= 2 {
				c.Category = catKilled
				break
			}
		}
	}
}

// splitAfter reports claim i broken down into killed and wounded in the
// same sentence: "neutralised 225 occupiers, 139 of them killed and 86
// wounded" counts the wounded in the 225.
func (d *docState) splitAfter(i int) bool {
	c := &d.claims[i]
	if c.Low == nil {
		return false
	}
	var killed, wounded float64
	for j := i + 1; j < len(d.claims) && j <= i+3 && d.claims[j].sentence == c.sentence; j++ {
		if o := &d.claims[j]; o.Low != nil && o.Actor == c.Actor {
			switch o.Category {
			case catKilled:
				killed = *o.Low
			case catWounded:
				wounded = *o.Low
			}
		}
	}
	return killed > 0 && wounded > 0 && killed+wounded == *c.Low
}

// wholeOfBetween reports "of" and a figure in tokens [a, b): the whole
// a part is of, "66 of 104 drones", "20 of the 31 Abrams".
func wholeOfBetween(toks []token, a, b int) bool {
	for k := a; k+1 < b && k+1 < len(toks); k++ {
		if w := word(toks, k+1); toks[k].w == "of" && (toks[k+1].k == tNum || (w == "the" || w == "its" || w == "their") && k+2 < b && toks[k+2].k == tNum) {
			return true
		}
	}
	return false
}

// airDefenceBefore reports air defences that shot down or intercepted
// the weapons counted at s: "Air defence forces shot down 6 Shahed
// drones".
func airDefenceBefore(toks []token, s int) bool {
	if !downedBefore(toks, s) {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-7; k-- {
		switch toks[k].w {
		case "defence", "defences", "defense", "defenses", "interceptors":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// defenderEnemy returns the enemy of the side whose air defences fired:
// the speaker's side, else the side of the toll just counted, else the
// side of the town defended.
func (d *docState) defenderEnemy(srcActor string, choice actorChoice) string {
	who := srcActor
	if who == "" {
		who = d.lastTollActor()
	}
	// "Air defence shot down 40 drones over Belgorod": the land
	// defended, for want of a speaker.
	if who == "" && choice.loc && choice.town {
		who = choice.actor
	}
	if who == "" {
		return ""
	}
	e, _ := d.enemyOf(who)
	return e
}

// cumulativeDoc reports a document that says its figures are running
// totals ("Totals are cumulative since 24.02.2022"). Looked up once per
// document: a table of dated rows asks it for every cell.
func (d *docState) cumulativeDoc() bool {
	if d.cumulative == 0 {
		d.cumulative = 2
		if cumulativeScan.in(d.low) != 0 {
			d.cumulative = 1
		}
	}
	return d.cumulative == 1
}

// warTalkDoc reports a text that speaks of a war ("the 12-day war", "a
// war that started"), asked only of the few figures an ended war might
// hold: such a text looks back at the war, whose deeds its simple past
// tells.
func (d *docState) warTalkDoc() bool {
	if d.warTalk == 0 {
		d.warTalk = 2
		low := d.low
		for off := 0; off < len(low); {
			k := strings.Index(low[off:], "war")
			if k < 0 {
				break
			}
			a, b := off+k, off+k+3
			if b < len(low) && low[b] == 's' {
				b++
			}
			if (a == 0 || !isASCIILetter(low[a-1])) && (b == len(low) || !isASCIILetter(low[b])) {
				d.warTalk = 1
				break
			}
			off = a + 3
		}
	}
	return d.warTalk == 1
}

// conflictScan finds conflictTalkDoc's words.
var conflictScan = newTextWords("conflict", "hostilities")

// conflictTalkDoc reports a text that speaks of a war by other words
// than "war": "the four-day conflict in May", "since hostilities
// began". Such a text looks back at its war; asked only of the few
// figures of an ended war.
func (d *docState) conflictTalkDoc() bool {
	if d.conflictTalk == 0 {
		d.conflictTalk = 2
		if d.warTalkDoc() || conflictScan.in(d.low) != 0 {
			d.conflictTalk = 1
		}
	}
	return d.conflictTalk == 1
}

// cumulativeScan finds cumulativeDoc's words.
var cumulativeScan = newTextWords("are cumulative", "cumulative totals", "cumulative figures", "running totals")

// priorClaim appends a copy of claim c for the figure v it stood at
// before a change, quoted at tokens [s, e).
func (d *docState) priorClaim(toks []token, c *attrition.Claim, s, e int, v float64) {
	p := *c
	p.Flags = []string{}
	p.Low, p.High, p.Best = d.float(v), d.float(v), d.float(v)
	p.Bound = attrition.BoundPoint
	is, ie := d.pt.inputSpan(toks[s].s, toks[e-1].e)
	p.Span = [2]int{is, ie}
	d.claims = append(d.claims, docClaim{Claim: p, q: qsum{low: v, high: v, best: v, hasLow: true, hasHigh: true, hasBest: true}, sentence: d.nsent})
}

// risingTimes dates a total told as it rose, "rose from 300,000 at the
// end of 2023 to 1,000,000 now", with the time between its two figures:
// the figure before (the last claim) stood then, the total now (the
// claim before it) stands at the time after it, or at publication. Both
// count from the war's start.
func (d *docState) risingTimes(toks []token, q *quantity) {
	var between, after *periodHit
	for i := range d.periods {
		p := &d.periods[i]
		if p.s >= q.first.e && p.e <= q.last.s && p.kind != pDuration && !p.end.IsZero() {
			between = p
		}
		// ("to 700,000 by December 2024": the day it stood, too.)
		if p.s >= q.last.e && p.s <= q.last.e+2 && (p.kind == pSpan || p.kind == pAsOf) && !p.end.IsZero() {
			after = p
		}
	}
	if between == nil || len(d.claims) < 2 {
		return
	}
	prior, now := &d.claims[len(d.claims)-1], &d.claims[len(d.claims)-2]
	// "Average daily casualties rose from 693 in 2023 to 1,177 in
	// 2024", "losses rose from 253,290 in 2023 to 430,790 in 2024":
	// each figure is of its own year, not a total standing at its end;
	// a rate's too ("daily losses rose from 1,000 in May to 1,200 in
	// June"), and a month's ("civilian deaths rose from 420 in January
	// to 1,150 in May").
	if after != nil && (yearIn(toks, between) && yearIn(toks, after) || now.Per != "" && between.kind == pSpan && after.kind == pSpan ||
		monthSpanIn(toks, between) && monthSpanIn(toks, after) && after.start.Sub(between.start) < 365 && !nearWord(toks, max(0, q.s-5), q.s, "toll", "total", "tally")) {
		prior.PeriodStart, prior.PeriodEnd = between.start, between.end
		now.PeriodStart, now.PeriodEnd = after.start, min(after.end, d.pub)
		return
	}
	cf, ok := d.conflictFor(now.Actor)
	if !ok {
		return
	}
	end := d.pub
	if after != nil {
		end = min(after.end, d.pub)
	}
	prior.PeriodStart, prior.PeriodEnd = cf.Start, between.end
	now.PeriodStart, now.PeriodEnd = cf.Start, end
}

// monthSpanIn reports p as a whole calendar month after "in": "in
// May", "in January 2024". (Not "by May" nor "at the end of May": the
// day a total stood.)
func monthSpanIn(toks []token, p *periodHit) bool {
	return p.kind == pSpan && !p.window && word(toks, p.s) == "in" && p.start.Day() == 1 && p.end == monthEnd(p.start.Year(), p.start.Month())
}

// partDeedWords are participles that tell a part's own deed, its time
// right after: "560 bodies recovered since the ceasefire".
var partDeedWords = []string{"recovered", "retrieved", "found", "pulled", "identified", "added", "registered", "recorded", "killed", "died"}

// partFigureBetween reports a part's figure opened by "including"
// between the whole's figure ending at e and token b.
func partFigureBetween(toks []token, e, b int) bool {
	for k := e; k < b-1; k++ {
		if toks[k].w == "including" {
			for j := k + 1; j < b && j <= k+4; j++ {
				if toks[j].k == tNum {
					return true
				}
			}
		}
	}
	return false
}

// yearIn reports p as a whole calendar year after "in": "in 2023".
func yearIn(toks []token, p *periodHit) bool {
	return p.kind == pSpan && (word(toks, p.s) == "in" || word(toks, p.s-1) == "in") && p.start.Month() == time.January && p.start.Day() == 1 &&
		p.end.Month() == time.December && p.end.Day() == 31 && p.start.Year() == p.end.Year()
}

// respectiveSides reads "Russia and Ukraine have lost 250,000 and
// 100,000 soldiers, respectively", "95 and 210 fatalities in Mali and
// Burkina Faso respectively", "put Russian dead and wounded at 120,000
// and 180,000 respectively": the figures before "respectively" go, in
// order, to the sides or the kinds of loss joined by "and" the sentence
// names; a figure of the list no rule read is a claim like the others.
func (d *docState) respectiveSides(toks []token, firstClaim int) {
	end := -1
	for k := range toks {
		if toks[k].w == "respectively" {
			end = k
			break
		}
	}
	if end < 0 {
		return
	}
	// The figures: numbers joined by commas and "and" before it, past
	// the noun of the last ("100,000 soldiers killed, respectively").
	var figs []int
	k := end - 1
	for k >= 0 && k >= end-12 && toks[k].k != tNum {
		if w := toks[k].w; w == "." || w == ";" {
			return
		}
		k--
	}
	for k >= 0 && len(figs) < 4 {
		if toks[k].k == tNum && !toks[k].glued {
			figs = append(figs, k)
			k--
			if w := word(toks, k); w == "and" || w == "," {
				k--
				continue
			}
		}
		break
	}
	if len(figs) < 2 {
		return
	}
	slices.Reverse(figs)
	n := len(figs)
	// The sides, named together: "Russia and Ukraine", "Mali and
	// Burkina Faso".
	var sides []string
	for i := 0; i+n-1 < len(d.mentions) && sides == nil; i++ {
		ok := true
		for j := i; j < i+n; j++ {
			m := &d.mentions[j]
			if m.actor == "" || m.agent || j > i && (m.s < d.mentions[j-1].e+1 || m.s > d.mentions[j-1].e+2 || (word(toks, m.s-1) != "and" && word(toks, m.s-1) != ",")) {
				ok = false
				break
			}
		}
		if ok {
			for j := i; j < i+n; j++ {
				sides = append(sides, d.mentions[j].actor)
			}
		}
	}
	// The kinds of loss, named together: "dead and wounded".
	var cats []string
	for i := 0; i < figs[0] && cats == nil; i++ {
		var got []string
		for j := i; len(got) < n && j < figs[0]; j += 2 {
			c := respectiveKind(toks[j].w)
			if c == "" {
				break
			}
			got = append(got, c)
			if len(got) < n && word(toks, j+1) != "and" && word(toks, j+1) != "," {
				break
			}
		}
		if len(got) == n {
			cats = got
		}
	}
	if sides == nil && cats == nil {
		return
	}
	// "250,000 and 100,000 soldiers killed, respectively": the noun
	// after the last figure is every figure's.
	var last *docClaim
	if ls, le := d.pt.inputSpan(toks[figs[n-1]].s, toks[figs[n-1]].e); true {
		for j := firstClaim; j < len(d.claims); j++ {
			if cl := &d.claims[j]; cl.Span[0] <= ls && le <= cl.Span[1] && cl.Span[0] == ls {
				last = cl
			}
		}
	}
	for i, f := range figs {
		// The claim whose words hold the figure, or a new one like the
		// list's first claim.
		fs, fe := d.pt.inputSpan(toks[f].s, toks[f].e)
		var c *docClaim
		for j := firstClaim; j < len(d.claims); j++ {
			if cl := &d.claims[j]; cl.Span[0] <= fs && fe <= cl.Span[1] {
				c = cl
				break
			}
		}
		if c == nil {
			var q quantity
			if !readQuantity(toks, f, &q) {
				continue
			}
			d.priorClaim(toks, &d.claims[firstClaim].Claim, f, f+1, q.best)
			c = &d.claims[len(d.claims)-1]
		}
		if sides != nil {
			c.Actor = sides[i]
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
		if cats != nil {
			c.Category = cats[i]
		} else if last != nil && c != last {
			c.Category, c.Population = last.Category, last.Population
		}
	}
}

// respectiveKind is the kind of loss one word names in a list of kinds
// ("dead and wounded … respectively"), or "".
func respectiveKind(w string) string {
	switch w {
	case "dead", "killed", "deaths", "fatalities":
		return catKilled
	case "wounded", "injured":
		return catWounded
	case "missing":
		return catMissing
	case "captured", "prisoners":
		return catCaptured
	}
	return ""
}

// wholeAfterPart reports the whole a part of people is of, told right
// after it and no loss of its own, which the part's claim takes in (to
// q.e+3): a side's strength after the part it lost ("lost 300 of its
// 2,000 soldiers"), or the people there were ("killing 3 of the 12
// soldiers on board"; "12 of the 40 killed were children" keeps the
// 40, a loss), or with no article ("1,200 of 1,600 men were killed or
// wounded": the men the brigade had). It returns the end of the whole's
// figure, 0 when there is none.
func wholeAfterPart(toks []token, q *quantity, h *catHit, equipment bool) int {
	if word(toks, q.e) != "of" || q.e+1 >= len(toks) {
		return 0
	}
	// A bare whole: its people, then no loss of their own.
	if toks[q.e+1].k == tNum {
		if equipment || q.e+2 >= len(toks) || toks[q.e+2].cls&clsPerson == 0 || wholeLostAfter(word(toks, q.e+3)) {
			return 0
		}
		return q.e + 2
	}
	if q.e+2 >= len(toks) || toks[q.e+2].k != tNum {
		return 0
	}
	switch word(toks, q.e+1) {
	case "its", "their":
		if !h.forward && h.e <= q.s {
			return q.e + 3
		}
	case "the":
		if equipment || q.e+3 >= len(toks) || toks[q.e+3].cls&clsPerson == 0 || wholeLostAfter(word(toks, q.e+4)) {
			return 0
		}
		return q.e + 3
	}
	return 0
}

// wholeLostAfter reports the words after a whole's people that make the
// whole a loss too: "12 of the 40 killed were children".
func wholeLostAfter(w string) bool {
	switch w {
	case "killed", "dead", "wounded", "injured", "missing", "captured", "who":
		return true
	}
	return false
}

// ofOwnAfter reports "of their own" (its, our) ending a clause at i:
// the figure before counts the things just named, the owner's.
func ofOwnAfter(toks []token, i int) bool {
	if word(toks, i) != "of" || word(toks, i+2) != "own" {
		return false
	}
	switch word(toks, i+1) {
	case "their", "its", "our":
		return stopAfter(toks, i+3)
	}
	return false
}

// objectPronoun reports the pronouns after "of" that stand for a whole
// and take no noun after them: "of them", "of whom".
func objectPronoun(w string) bool {
	switch w {
	case "it", "them", "whom", "which":
		return true
	}
	return false
}

// eliminationWord reports a euphemism of killing that armies use. A
// switch, not a map: figure asks it of every count of casualties.
func eliminationWord(w string) bool {
	switch w {
	case "eliminated", "neutralised", "neutralized", "liquidated", "neutralising", "neutralizing", "neutralise", "neutralize":
		return true
	}
	return false
}

// deadNouns name the people just counted: "among the dead".
var deadNouns = map[string]bool{
	"dead": true, "killed": true, "victims": true, "wounded": true, "injured": true, "casualties": true, "fatalities": true,
}

// startsWithAnaphor reports a sentence that opens with an anaphor and so
// continues the figures of the last one.
// tollIncludes reports a sentence that opens "The toll includes", "The
// dead included": parts of the toll just given.
func tollIncludes(toks []token) bool {
	if word(toks, 0) != "the" {
		return false
	}
	switch word(toks, 1) {
	case "toll", "dead", "victims", "casualties", "figure", "total":
		switch word(toks, 2) {
		case "include", "includes", "included":
			return true
		}
	}
	return false
}

// deadIncludedBefore reports "the dead included" (the toll, the
// victims …) before the end e of a figure's words: "The monitor said the dead
// included 79 Druze fighters": parts of the toll the sentence before
// gave.
func deadIncludedBefore(toks []token, e int) bool {
	// (Some words back: a list of parts follows "included".)
	for k := max(1, e-40); k+1 < e && k < len(toks)-1; k++ {
		switch toks[k].w {
		case "include", "includes", "included":
			if toks[k-1].w == "dead" || toks[k-1].w == "toll" || toks[k-1].w == "victims" || toks[k-1].w == "casualties" {
				return word(toks, k-2) == "the"
			}
		}
	}
	return false
}

func startsWithAnaphor(toks []token) bool {
	w0, w1 := word(toks, 0), word(toks, 1)
	if w0 == "|" {
		// A table row: "| of whom children | 16,456 |".
		w0, w1 = w1, word(toks, 2)
	}
	switch w0 {
	case "of":
		return w1 == "these" || w1 == "them" || w1 == "those" || w1 == "this" || w1 == "that" || w1 == "which" || w1 == "the" || w1 == "whom"
	case "among":
		// "Among the dead were 38 children".
		return w1 == "them" || w1 == "these" || w1 == "those" || w1 == "the" && deadNouns[word(toks, 2)]
	case "this", "that", "these", "the":
		// "The rest were combatants: 1,240 soldiers …".
		return w1 == "includes" || w1 == "included" || w1 == "figure" || w1 == "total" || w1 == "number" || w1 == "includes:" ||
			w0 == "the" && (w1 == "rest" || w1 == "remainder") || tollIncludes(toks)
	case "including", "they", "it", "in", "another":
		return true
	case "a", "an":
		// "A further 20 were injured", "A third of them were children";
		// but "A Russian strike killed 21 people" tells a new deed.
		return w1 != "" && toks[1].cls&(clsDemonyms|clsAttackWord|clsAgentNoun) == 0 && !toks[1].upper
	}
	// "Fifteen of the injured were in intensive care".
	if len(toks) > 3 && startsNumber(&toks[0]) && w1 == "of" && (word(toks, 2) == "them" || word(toks, 2) == "the" && deadNouns[word(toks, 3)]) {
		return true
	}
	return false
}

// otherWarThan reports a start read in one war's words ("20,000 have
// died in Sudan since April 2023") and a side of another war: the
// start is none of that side's figures ("In Myanmar, 6,000 civilians
// have died").
func (d *docState) otherWarThan(p *periodHit, actor string) bool {
	if p.kind != pSince || p.conflictID == "" || actor == "" {
		return false
	}
	cf, ok := d.conflictFor(actor)
	return ok && cf.ID != p.conflictID
}

// otherWarLead reports a sentence that opens on a place of another war
// than the claim before's: "In Sudan, 20,000 people have died since
// April 2023. In Ukraine, 43,000 soldiers have been killed" tells of a
// new war, not of a part of the toll before. ("In Rafah, 300 were
// killed", after Gaza's toll, is of the same war.)
func (d *docState) otherWarLead(toks []token, prev *docClaim) bool {
	if word(toks, 0) != "in" {
		return false
	}
	side := prev.Actor
	if side == "" {
		side = prev.named
	}
	if side == "" {
		return false
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.s != 1 || m.actor == "" || m.town {
			continue
		}
		if m.actor == side {
			return false
		}
		// (A side of no war the registry knows is of none before.)
		a, okA := d.conflictFor(m.actor)
		b, okB := d.conflictFor(side)
		return okB && (!okA || a != b)
	}
	return false
}

// sentFlags is what the first look over a sentence's words finds.
type sentFlags struct {
	// hasFigure: a token may start a figure (startsNumber).
	hasFigure, hasLoss bool
	// sourceCue: findAttributions starts only at these words; most
	// sentences have none and skip it.
	sourceCue bool
	// disaster: an earthquake or flood is named (disasterBefore).
	disaster bool
	// attack: a word attackNoun or attackEvent looks for.
	attack bool
	// pipe: a "|" token, a table row (isListItem).
	pipe bool
	// bracketNum: a figure right after "(" or "[", as of an interval
	// (mergeInterval).
	bracketNum bool
	// colon: a ":" token, which a line's label ends with (sourceLabel).
	colon bool
	// commaAnd and totalVerb are sentScan's.
	commaAnd, totalVerb bool
	// rate: a rate word ("daily") that findPer looks back for.
	rate bool
	// increments counts a tally's "(+N)" increments.
	increments int
	// quote: a quotation mark, straight or curly (noteQuote).
	quote bool
	// cls is the union of the class bits of the sentence's tokens.
	cls uint64
}

// scanSentence looks once over every word of a sentence for what
// sentence decides by. It is its own function, not a loop in sentence:
// that function's many live values would spill in the loop.
// at.nums gets the tokens that may start a figure, in order, and
// at.actors those of the actor class; the lists stay in memory, not in
// registers the loop needs.
func scanSentence(toks []token, at *sentLists) (f sentFlags) {
	at.nums, at.actors, at.likes, at.cues, at.periods = at.nums[:0], at.actors[:0], at.likes[:0], at.cues[:0], at.periods[:0]
	// The union in a local, not in f, which lives in memory.
	var cls uint64
	for i := range toks {
		t := &toks[i]
		c := t.cls
		cls |= c // for sentWords, whose walk it spares
		// Most words have none of the classes below and neither end in
		// "'s" nor are "by" or "(": one test passes them by. "by" has a
		// class bit of its own (clsBy), a word that ends in "'s" is
		// marked (poss), and a word token, which starts with a letter,
		// is never "(".
		//
		// at.periods lists the tokens findPeriods' walk stops at (a
		// period word, a count, a month's name, a number), here, where
		// every token is read anyway: the walk looks at no other. Of
		// the words passed by, only a period word's or a month's class
		// may say so ("in", "of", "last").
		if c&(clsNum|clsLoss|clsSource|clsVeto|clsActor|clsLike|clsTotalVerb|clsBy|clsRateWord|clsAttackWord) == 0 && t.k == tWord && !t.poss {
			if c&(clsPeriod|clsMonth) != 0 {
				at.periods = append(at.periods, int32(i))
			}
			continue
		}
		if periodStartTok(t) {
			at.periods = append(at.periods, int32(i))
		}
		// An attack word of no other class goes through the tests below,
		// none of which it passes.
		if t.cls&clsAttackWord != 0 {
			f.attack = true
		}
		// Punctuation of no class: only "(", "|" and ", and" matter.
		if t.k == tPunct && t.cls == 0 {
			if len(t.w) == 1 {
				switch t.w[0] {
				case ',':
					if i+1 < len(toks) && toks[i+1].w == "and" {
						f.commaAnd = true
					}
				case '|':
					f.pipe = true
				case ':':
					f.colon = true
				case '@':
					// A handle may credit the figures: "(via @DefenceU)".
					if i+1 < len(toks) && toks[i+1].glued {
						at.cues = append(at.cues, int32(i))
						f.sourceCue = true
					}
				case '"':
					f.quote = true
				case '\'':
					// A name's possessive apostrophe may open an
					// attribution: "Airwars' estimate".
					if pluralOwnerAt(toks, i) {
						at.cues = append(at.cues, int32(i))
						f.sourceCue = true
					}
				case '[':
					if i+1 < len(toks) && toks[i+1].k == tNum {
						f.bracketNum = true
					}
				case '(':
					at.cues = append(at.cues, int32(i))
					if i+1 < len(toks) && toks[i+1].k == tNum {
						f.bracketNum = true
					}
					if i+3 < len(toks) && toks[i+1].w == "+" && toks[i+2].k == tNum && toks[i+3].w == ")" {
						f.increments++
					}
					if !f.sourceCue && i > 0 && i+1 < len(toks) && toks[i+1].upper && (toks[i-1].k == tNum || toks[i-1].cls&(clsLoss|clsCat) != 0) {
						f.sourceCue = true
					}
				}
			} else if t.w == "“" || t.w == "”" {
				f.quote = true
			} else if t.w == "’" && pluralOwnerAt(toks, i) {
				at.cues = append(at.cues, int32(i))
				f.sourceCue = true
			}
			continue
		}
		// A word that may open an attribution; sourceCue's words are
		// among them.
		// clsBy is "by"'s bit: the bits first, then the words.
		if t.cls&(clsSource|clsBy) != 0 || t.poss || t.w == "(" {
			at.cues = append(at.cues, int32(i))
			if !f.sourceCue && (t.cls&clsSource != 0 || t.poss ||
				t.w == "(" && i > 0 && i+1 < len(toks) && toks[i+1].upper && (toks[i-1].k == tNum || toks[i-1].cls&(clsLoss|clsCat) != 0) ||
				t.w == "by" && word(toks, i+1) == "the" && countNouns[word(toks, i+2)]) {
				f.sourceCue = true
			}
		}
		if t.cls&clsActor != 0 {
			at.actors = append(at.actors, int32(i))
		}
		if t.cls&clsLike != 0 {
			at.likes = append(at.likes, int32(i))
		}
		if startsNumber(t) {
			f.hasFigure = true
			at.nums = append(at.nums, int32(i))
		}
		if !f.hasLoss && t.cls&clsLoss != 0 {
			f.hasLoss = true
		}
		if t.cls&clsRateWord != 0 {
			f.rate = true
		}
		// vetoKinds by the word's id, not a hash of it into disasterWords.
		if !f.disaster && t.cls&clsVeto != 0 && vetoKinds.at(t)&vkDisaster != 0 {
			f.disaster = true
		}
		if t.k == tPunct {
			switch t.w {
			case "|":
				f.pipe = true
			case ",":
				if word(toks, i+1) == "and" {
					f.commaAnd = true
				}
			}
		} else if t.cls&clsTotalVerb != 0 {
			f.totalVerb = true
		}
	}
	f.cls = cls
	return f
}

// sentLists lists tokens of the sentence being read (scanSentence).
type sentLists struct {
	// nums: the tokens that may start a figure; actors: those of the
	// actor class.
	nums, actors []int32
	// likes: the tokens of the likelihood class.
	likes []int32
	// cues: the words that may open an attribution (findAttributionsAt),
	// and every "(" (tallyIncrement).
	cues []int32
	// periods: the tokens that may start a period phrase
	// (periodStartTok).
	periods []int32
}

func (d *docState) sentence(toks []token) {
	d.nsent++
	d.shareValue = 0
	// "3⃣ Of the martyrs …", "4) Of them …": a list item's number is
	// no word of its sentence, whose first words the rules read.
	if len(toks) > 3 && toks[0].k == tNum && len(toks[0].w) <= 2 && toks[1].glued && (toks[1].w == "\u20e3" || toks[1].w == ")") && toks[2].k == tWord {
		toks = toks[2:]
	}
	// "2/6 Tanks destroyed in May: 48", "1/ Russia lost …": a thread's
	// post counter is no figure.
	if len(toks) > 3 && toks[0].k == tNum && len(toks[0].w) <= 2 && toks[1].w == "/" && toks[1].glued {
		if toks[2].k == tNum && toks[2].glued && len(toks[2].w) <= 2 && !toks[3].glued {
			toks = toks[3:]
		} else if !toks[2].glued {
			toks = toks[2:]
		}
	}
	// "09:10 – Ukraine's General Staff: …", "14:05 GMT – …": a live
	// blog's time stamp is no word of the entry.
	// Each stamped entry is news of its own: who spoke in the entry
	// before does not speak in this one.
	if k := timeStampLead(toks); k > 0 {
		toks = toks[k:]
		d.lastSource = nil
	}
	// "(Updates death toll, adds comment in paragraphs 5-6)": a wire
	// story's note to editors; its figures are paragraph numbers or the
	// story's toll told again below.
	if k := wireNoteLead(toks); k > 0 {
		toks = toks[k:]
	}
	// "Saturday 14 June 2025" over a live blog's entries, "12 June,
	// 22:10 — …" before one: the day the entries tell of, which their
	// "overnight" and "past 24 hours" count back from.
	if day, k, ok := entryDate(toks, d.pub); ok {
		d.pub = day
		toks = toks[k:]
		d.lastSource = nil
	}
	// "Senator X claimed 600,000. That is wrong: the real figure is
	// closer to 200,000": a rebuttal is not the claimant's.
	if rebuttalLead(toks) {
		d.lastSource = nil
	}
	// "Ukraine has lost 1,350[12] tanks", "12,300[citation needed]
	// civilians": references pasted from an encyclopedia stand between
	// words that belong together; the sentence is read without them.
	toks = d.dropRefs(toks)
	// Cheap checks first: most sentences hold no figure at all.
	sc := scanSentence(toks, &d.at)
	numAt, actorAt := d.at.nums, d.at.actors
	hasFigure, hasLoss, sourceCue, disaster := sc.hasFigure, sc.hasLoss, sc.sourceCue, sc.disaster
	if len(toks) > 0 {
		f := d.facts(toks)
		f.pipe, f.pipeSet, f.bracketNum = sc.pipe, true, sc.bracketNum
		f.commaAnd, f.totalVerb, f.scanned = sc.commaAnd, sc.totalVerb, true
		f.rate, f.rateSet, f.quote, f.quoteSet = sc.rate, true, sc.quote, true
		f.cls, f.clsSet = sc.cls, true
	}
	// Every side named counts for which war the text is about, the
	// sources' own names included ("Myanmar's junta said").
	d.mentions, d.mentionSteps = findMentionsNoted(toks, d.mentions, actorAt, d.mentionSteps[:0])
	// "The enemy lost 1,140 personnel over the past day. This was
	// reported by the General Staff": the speaker of the sentence before.
	if !hasFigure && sourceCue {
		d.reportedThis(toks)
	}
	// "According to RSF, 54 journalists were killed": the press group's
	// initials, no side of Sudan's war.
	for k := range d.mentions {
		if d.pressRSF(toks, &d.mentions[k]) {
			d.mentions = slices.DeleteFunc(d.mentions, func(m mention) bool { return d.pressRSF(toks, &m) })
			break
		}
	}
	for k := range d.mentions {
		m := &d.mentions[k] // by pointer: a mention is 48 bytes
		if m.actor == "" {
			continue
		}
		// The land a bare "the junta" rules: one named by its name, not
		// by "junta" itself or a town of it ("in Sagaing").
		if !m.town && m.actor != d.juntaLand && juntaRuled(m.actor) && toks[m.s].w != "junta" {
			d.juntaLand = m.actor
		}
		if m.actor == "United States" {
			d.usNamed++
		}
		if a, ok := findActor(m.actor); ok {
			for _, c := range a.Conflicts {
				d.votes.add(c)
			}
			d.sideCount.add(m.actor)
			d.sideAdds++
			if m.agent && !m.sponsor {
				d.doerCount.add(m.actor)
			}
		}
	}
	// "KYIV/MOSCOW, May 12 —": the places a story was filed from name
	// the war (they voted above) but not whose losses follow; one such
	// place is the side of last resort ("PEMBA, Mozambique — Dozens of
	// people were killed").
	dateline := datelineEnd(toks, d.pt.text)
	if dateline > 0 {
		n, place := 0, ""
		for _, m := range d.mentions {
			if m.s >= dateline {
				d.mentions[n] = m
				n++
			} else if m.actor != "" && place == "" {
				place = m.actor
			} else if m.actor != place {
				place = "-"
			}
		}
		d.mentions = d.mentions[:n]
		if place != "-" {
			d.datelineActor = place
		}
		// "MOSCOW, June 10 (TASS) —": the day the story was filed, which
		// its "past day" counts back from, when it is a day or a few
		// before publication.
		for k := 1; k < dateline; k++ {
			if toks[k].cls&clsMonth != 0 || toks[k].k == tNum && k+1 < dateline && toks[k+1].cls&clsMonth != 0 {
				if p, ok := parseDate(toks, k, d.pub); ok && p.start == p.end && p.start < d.pub && d.pub.Sub(p.start) <= 7 {
					d.pub = p.start
				}
				break
			}
		}
	}
	d.attrs = d.attrs[:0]
	// "Data: ACLED.": a credit line that opens with no word of saying;
	// its label is a cue even when the line holds another ("Data:
	// Ukraine's General Staff").
	if p := postLead(toks); p < len(toks) && toks[p].cls&clsSource == 0 && sourceLead(toks, p) {
		sourceCue = true
		d.at.cues = slices.Insert(d.at.cues, 0, int32(p))
	}
	if sourceCue {
		d.attrs = findAttributionsAt(toks, d.pt.text, d.attrs, d.at.cues, true)
	}
	// "Gaza death toll passes 50,000 — health ministry", "… (Ukraine's
	// GUR)": a headline's or caption's source after its figures.
	labelAt := -1
	if hasFigure && len(d.attrs) == 0 {
		if a, b, ok := trailingLabel(toks); ok {
			if at := makeAttribution(toks, d.pt.text, a, b, a, b); at.name != "" && !at.junk && !at.self {
				if _, known := attrition.ResolveSource(at.name); known || toks[b-1].cls&clsGenericHeads != 0 && !toks[b-1].upper || officialSideWords.at(toks[b-1].w) != "" {
					d.attrs = append(d.attrs, at)
					labelAt = a
				}
			}
		}
	}
	skip := d.skip[:0]
	if dateline > 0 {
		skip = append(skip, span{0, dateline})
	}
	var sentSource *attribution
	d.collectNames(toks)
	n := 0
	for i := range d.attrs {
		a := d.attrs[i]
		if a.junk {
			continue
		}
		// "Mr Zelensky said", "Ms Bachelet noted": the person, by the
		// name the text gave in full before, or the surname.
		a.name = dropHonorific(a.name)
		// "According to RSF" in a count of journalists: the press group.
		if a.name == "Rapid Support Forces" && a.e-a.s <= 4 && a.e <= len(toks) && !strings.Contains(d.low[toks[a.s].s:toks[a.e-1].e], "rapid") && d.rsfIsPress() {
			a.name, a.party = "Reporters Without Borders", ""
			d.attrs[i] = a
		}
		// "HRMMU said" after "the UN Human Rights Monitoring Mission in
		// Ukraine (HRMMU)": the name the acronym stands for.
		if ds := d.defaultSource.name; ds != "" && a.name != ds && len(a.name) >= 3 && isAcronym([]byte(a.name)) && initials(ds) == a.name {
			// "SNHR documented" in a text the Syrian Network for Human
			// Rights publishes: the document's source by its initials.
			a.long, a.name, a.party = a.name, ds, d.defaultSource.party
		} else if long, ok := d.longOf[a.name]; ok && acronymLike([]byte(a.name)) {
			a.long, a.name = a.name, long
		}
		// The document's source by its full name: "the International
		// Institute for Strategic Studies" in a text the IISS publishes.
		if ds := d.defaultSource.name; ds != "" && a.name != ds && !a.generic && isAcronym([]byte(ds)) && len(ds) >= 3 && initials(a.name) == ds {
			a.long, a.name, a.party = a.name, ds, d.defaultSource.party
		}
		// "the MoD" after "The British Ministry of Defence (MoD)": the
		// registry source the acronym was introduced for.
		// The length first: a look-up that misses still copies a zero
		// attribution out, and most texts introduce no acronym.
		if len(d.acronymSrc) == 0 {
		} else if r, ok := d.acronymSrc[a.name]; ok && !a.self {
			r.s, r.e, r.actor = a.s, a.e, a.actor
			a = r
		}
		skip = append(skip, span{a.s, a.e})
		placed := ""
		sided := false // sideInName asked of a.name
		if a.generic {
			placed = placedMinistry(toks, d.attrs[i].s, a.name)
		}
		switch {
		case a.title != "":
			// "the governor said" after "Governor Oleh Syniehubov said":
			// the person named with the office; else an unnamed
			// official, no one's figure but the sentence's.
			if t, ok := d.titles[a.title]; ok {
				t.s, t.e = a.s, a.e
				a = t
			}
		case a.self && sentSource != nil && sentSource.name != "" && sentSource.e <= a.s && quoteOpens(toks, sentSource.e, a.s):
			// 'Austin said: "We assess that Russia has lost …"': the
			// speaker of the quote, in his own words.
			r := *sentSource
			r.s, r.e = a.s, a.e
			a = r
		case a.self && trailingSpeaker(toks, d.attrs[i+1:]):
			// '"We assess that Russia has lost 1,000,000," the ministry
			// said': the speaker named after the words is the one who
			// says "we".
			continue
		case a.self:
			// "We estimated 64,260 deaths, compared with the 37,877
			// reported by the ministry": the writer's own figure, of no
			// source the text names when no default is given.
			a.name, a.party = d.defaultSource.name, d.defaultSource.party
		case a.generic && sentSource != nil && sentSource.name != "" && pronoun(strings.ToLower(a.name)):
			// "BBC Russian and Mediazona said they had confirmed": the
			// pronoun is the subject named before it in the sentence.
			r := *sentSource
			r.s, r.e = a.s, a.e
			a = r
		case placed != "":
			// "In Lebanon, the health ministry said …": the ministry of
			// the place the sentence opens in, not one named before.
			place := toks[1]
			a.name = string(d.pt.text[place.s:place.e]) + "'s " + strings.TrimPrefix(strings.TrimPrefix(a.name, "The "), "the ")
			a.party, a.actor, a.generic = placed, placed, false
		case a.generic:
			// "the Houthi-run health ministry" is not the "Houthi-run
			// interior ministry" named before: a body the text describes
			// resolves to another it described only by the same words.
			described := strings.TrimPrefix(strings.TrimPrefix(a.name, "The "), "the ")
			if r, ok := d.resolveGeneric(a, toks); ok && !(runBy(described) && !lowerContains(r.name, described) && !(registered(r.name) && lowerContains(r.name, lastWord(described)))) {
				r.s, r.e = a.s, a.e
				a = r
			} else if titleOffice(described) {
				// "the prime minister's office said": a body of its own,
				// named by its holder's title, not the source before.
				a.name, a.generic = described, false
				d.noteSeen(a)
			} else if definiteAt(toks, d.attrs[i].s) && d.lastSource != nil && d.lastSource.name != "" && !d.lastSource.generic && !armedBodyHead(a.name) && !describedBody(a.name) &&
				// ("SOHR said …. The defence ministry said": a body of
				// another kind than the one before is not it.)
				!otherBodyKind(described, d.lastSource) {
				// "the intelligence officials said": the definite article
				// points back to the source the text has established.
				r := *d.lastSource
				r.s, r.e = a.s, a.e
				a = r
			} else if hasUpper(a.name) && !pronoun(strings.ToLower(a.name)) && strings.IndexByte(described, ' ') >= 0 {
				// ("Army spokesman Nabil Abdallah said": a lone kind of
				// body, capitalised as a sentence opens, describes none.)
				// "the Houthi-run health ministry": a body the text
				// describes by who runs it, named before nowhere else;
				// "the health ministry" after it is that one.
				a.generic = false
				d.noteSeen(a)
			} else if d.juntaLand != "" && juntaWords(described) {
				// "Fighting raged in Myanmar. The junta said 30 rebels
				// were killed": the junta of the country the text is
				// about, as "Myanmar's junta" names it.
				a.name, a.party, a.generic = d.juntaLand+"'s junta", d.juntaLand, false
			} else if src, ok := d.sidesMilitary(a.name); ok {
				// "Two Israeli soldiers were killed, the military said":
				// the army of the one side the sentence names.
				a.name, a.party, a.generic = src.Name, src.Party, false
			} else if a.person != "" {
				// "Hagari, the military's spokesman, said" in a text that
				// names no military: the spokesman, by name.
				a.name, a.generic = a.person, false
			} else {
				a.name = ""
			}
		case a.name != "":
			// "The RSF said" after "the Rapid Support Forces": the
			// acronym stands for the name the text gave first.
			if isAcronym([]byte(a.name)) && a.long == "" && !registered(a.name) {
				if n, ok := d.nameWithInitials(a.name); ok {
					a.long, a.name = a.name, n
				}
			} else if full, ok := d.fullNameOf(a.name); ok {
				// "Syrskyi noted" after "General Oleksandr Syrskyi
				// stated": the person named in full before.
				a.name, a.party, a.actor = full.name, full.party, full.actor
			}
			// Remembered with the side its name gives ("Ukraine's Air
			// Force"), for "the Air Force" later.
			if a.actor == "" {
				a.actor = d.sideInName(toks, &d.attrs[i], a.name)
				sided = true
			}
			d.noteSeen(a)
		}
		if a.name != "" && !a.generic {
			d.noteSource(a)
			// The offices a named speaker was given: "Kharkiv governor
			// Oleh Syniehubov".
			for k, e := d.attrs[i].s, min(d.attrs[i].e, len(toks)); k < e; k++ {
				if t := &toks[k]; t.cls&clsTitleWords != 0 && !t.upper && t.k == tWord {
					if d.titles == nil {
						d.titles = map[string]attribution{}
					}
					d.titles[t.w] = a
				}
			}
		}
		// (Not asked again of the name asked above, which nothing since
		// has changed: the same answer, and a registry look-up.)
		if a.actor == "" && !sided {
			a.actor = d.sideInName(toks, &d.attrs[i], a.name)
		}
		d.attrs[n] = a
		n++
		if sentSource == nil {
			sentSource = d.heldAttrs.put(a)
		}
	}
	d.attrs = d.attrs[:n]
	// "Kyiv has published no figure since November, when the president
	// said": an office the text never named speaks for the body the
	// sentence names.
	for i := range d.attrs {
		if a := &d.attrs[i]; a.title != "" && a.name == "" {
			for j := range d.attrs {
				if o := &d.attrs[j]; o.name != "" && !o.generic && o.title == "" {
					a.name, a.party, a.actor, a.long = o.name, o.party, o.actor, o.long
					break
				}
			}
		}
	}
	if sentSource != nil && sentSource.title != "" && sentSource.name == "" && len(d.attrs) > 0 {
		sentSource = d.heldAttrs.put(d.attrs[0])
	}
	// (A label names the source, not a statement with its own time.)
	d.sentAttributed = sentSource != nil && sentSource.s != labelAt
	// "Source: UK Defence Intelligence" names the document's source.
	// "Casualties (Source: Gaza Health Ministry)": a heading's credit
	// names the source of the figures below it.
	if len(d.attrs) > 0 && (sourceLead(toks, postLead(toks)) || !hasFigure && word(toks, d.attrs[0].s) == "(" && sourceLead(toks, d.attrs[0].s+1)) {
		d.defaultSource = d.attrs[0]
		d.attrs = d.attrs[:0]
		sentSource = nil
		// "Source: Gaza Ministry of Health" under a list or table: the
		// figures just above it that named no source are its.
		for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.nsent-12; i-- {
			if c := &d.claims[i]; c.Source == "" {
				c.Source = d.defaultSource.name
			}
		}
	}
	// A transcript's turn: "ZELENSKY: …", "DG ISPR: …" at a line's
	// start name who speaks until a line opens without a speaker;
	// "QUESTION: …" names no one.
	speakerTurn := false
	if len(toks) > 0 && lineStart(d.pt.text, toks[0].s) {
		if k := speakerLabel(toks, d.pt.text); k > 0 && d.isTranscript() {
			speakerTurn = true
			d.turn, d.turnCites = nil, false
			if !questionLabel(toks[0].w) || k > 1 {
				if at, ok := d.speakerAt(toks, k); ok {
					d.turn = d.heldAttrs.put(at)
				}
			}
			skip = append(skip, span{0, k + 1})
		} else {
			d.turn = nil
		}
	}
	// (A speaker who cites a body speaks its figures after: "Mediazona
	// has confirmed 106,000 … Their model puts the dead at 220,000".)
	if len(d.attrs) > 0 {
		d.turnCites = true
	}
	if d.turn != nil && sentSource == nil && len(d.attrs) == 0 && !d.turnCites {
		sentSource = d.turn
		d.sentAttributed = true
	}
	// "Oryx: Russian equipment losses, as of 1 March 2025": a title
	// that opens with a body the registry knows names the text's source.
	// "Russian Ministry of Defence, 14 March 2025: …": its date after a
	// comma is no part of the name.
	// ("Ministry of Defence of Ukraine — daily update", "General Staff
	// of the Armed Forces of Ukraine | 12 June 2025": a dash or a bar
	// ends the title's body as the colon does.)
	if d.nsent == 1 && d.defaultSource.name == "" && len(d.attrs) == 0 && !speakerTurn {
		end := 0
		for k := 1; k < len(toks) && k <= 10; k++ {
			if toks[k].w == "," && end == 0 {
				end = k
			}
			if w := toks[k].w; w == ":" || w == "|" || isDash(w) && !toks[k].glued {
				if end == 0 {
					end = k
				}
				if at, ok := d.knownSourceAt(toks, 0, end); ok {
					d.defaultSource = at
				}
				break
			}
		}
	}
	// "Latest Defence Intelligence update on the situation in Ukraine":
	// a title that names a body the registry knows before its report's
	// noun names the text's source.
	if d.nsent == 1 && d.defaultSource.name == "" && len(d.attrs) == 0 && !hasLoss {
		if at, ok := d.reportTitleSource(toks); ok {
			d.defaultSource = at
		}
	}
	if d.nsent == 1 && d.defaultSource.name == "" && len(d.attrs) == 0 && sentSource == nil {
		if at, ok := d.reportOfTitleSource(toks, !hasLoss); ok {
			d.defaultSource = at
		}
	}
	// "- UK Defence Intelligence: 790,000 killed or wounded": a line
	// labelled with a body the registry knows is that body's.
	// (Not a heading in capitals: "OPERATIONS OF THE ARMED FORCES OF
	// NIGERIA: 25/04/2025 – 08/05/2025".)
	// The label is read once for the tests below, when one of them will
	// ask for it.
	var la, lb int
	var lok bool
	// (A label ends with a colon: a sentence of none has no label.)
	if hasFigure && sc.colon && (sentSource == nil || len(d.attrs) > 0) {
		la, lb, lok = sourceLabel(toks)
	}
	if sentSource == nil && hasFigure && (lok || d.listItem(toks)) {
		// ("IDF: 2 soldiers killed", "OCHA: 12 civilians killed": a
		// post's label, one acronym, not a heading in capitals.)
		if a, b, ok := la, lb, lok; ok && (b == a+1 || !allCaps(d.pt.text[toks[a].s:toks[b-1].e])) {
			if at, ok := d.knownSourceAt(toks, a, b); ok {
				sentSource = d.heldAttrs.put(at)
				d.sentAttributed = true
				skip = append(skip, span{a, b})
			}
		}
	} else if sentSource != nil && hasFigure && len(d.attrs) > 0 {
		// "Gaza health ministry: 2,670 killed since Oct 7; Israel says
		// 1,300 dead on its side": the label speaks for the figures
		// nearest it, a later speaker for its own (a headline, no
		// list's item).
		if a, b, ok := la, lb, lok; ok && b <= d.attrs[0].s && !allCaps(d.pt.text[toks[a].s:toks[b-1].e]) {
			if at, ok := d.knownSourceAt(toks, a, b); ok {
				d.attrs = slices.Insert(d.attrs, 0, at)
				skip = append(skip, span{a, b})
			}
		}
	}
	// "Sudan Doctors Network: 60 people were killed": a line labelled
	// with a body the registry does not know, named as a body is.
	if sentSource == nil && hasFigure {
		// "UNICEF: 12 children killed": a body's acronym alone, not a
		// place in capitals ("KHARKIV: …"), which names a side.
		if a, b, ok := la, lb, lok; ok && b-a <= 6 && (bodyLabel(toks, a, b) && !allCaps(d.pt.text[toks[a].s:toks[b-1].e]) || namedLabel(toks, a, b) ||
			b == a+1 && toks[a].cls&clsActor == 0 && len(toks[a].w) <= 6 && !headingWord(toks[a].w) && isAcronym(d.pt.text[toks[a].s:toks[a].e])) {
			if at := makeAttribution(toks, d.pt.text, a, b, a, b); at.name != "" && !at.junk && !at.generic {
				sentSource = d.heldAttrs.put(at)
				d.sentAttributed = true
				skip = append(skip, span{a, b})
			}
		}
	}
	// "| General Staff of Ukraine | 1 Jul 2025 | 1,019,380 personnel |"
	// under a "Source" column: the cell names who counted.
	if d.pipeSourceCol >= 0 && sc.pipe {
		if a, b := pipeCell(toks, d.pipeSourceCol); b > a {
			skip = append(skip, span{a, b})
		}
	}
	if (len(skip) > 0 || len(d.attrs) > 0) && mentionInSpans(d.mentions, skip) {
		// Names inside attributions name the source, not the losses.
		// Only a mention starting in one changes what a second reading
		// finds.
		d.mentions = rementions(toks, skip, d.mentions, actorAt, d.mentionSteps)
	}
	d.skip = skip[:0] // skip's storage, kept for the next sentence
	lastChar := ""
	if len(toks) > 0 {
		lastChar = toks[len(toks)-1].w
	}
	// "Region | Confirmed deaths | Per 10,000 men aged 18-60": a table's
	// header whose figures only describe its columns.
	if hasFigure && sc.pipe && figuresOnlyInHeads(toks) {
		hasFigure = false
	}
	// "| 2022 | 2023 | 2024 | Total |": a header of years, for the
	// rows' columns.
	if hasFigure && sc.pipe {
		if ys, ok := headerYears(toks, d.colYears[:0]); ok {
			d.colYears = ys
			hasFigure = false
		}
	}
	// "| Losses since February 2022 | Russia | Ukraine |": a header of
	// sides, whose figure is only the period of its label.
	if sc.pipe {
		if ss, ok := headerSides(toks, d.colSides[:0]); ok {
			d.colSides = ss
		}
	}
	// The lead's end, where a table's rows look for what it said of
	// them (namedLeadIn).
	if d.nsent <= leadSentences && len(toks) > 0 {
		d.leadEnd = toks[len(toks)-1].e
	}
	if hasFigure {
		d.prevFigSent, d.figSent = d.figSent, d.nsent
	}
	if !hasFigure {
		d.notePipeHeader(toks, sc.pipe)
		// "**Russian losses**" over a table: its rows are losses.
		if hasLoss {
			d.lastLossSent = d.nsent
			d.noteCountTopic(toks)
		}
		scene := hasLoss || sc.attack && (d.attackNoun(toks) || attackEvent(toks))
		switch {
		case d.nsent <= leadSentences && d.docWindow == nil || scene:
			d.periods = d.resolveOpRefs(toks, findPeriods(toks, d.pub, d.periods, d.at.periods, sc.cls))
			d.noteWindow(toks)
			d.noteMonthNamed(toks)
		case len(numAt) > 0 && fightSubject(toks) != "":
			d.periods = findPeriods(toks, d.pub, d.periods, d.at.periods, sc.cls)
		default:
			d.periods = d.periods[:0]
		}
		d.noteFightSpan(toks)
		d.figuresNamedAfter(toks, sentSource)
		d.noteScene(toks, scene)
		if sc.cls&clsMonth != 0 {
			d.noteDayNamed(toks)
		}
		d.noteEquipmentNamed(toks, sc.cls)
		d.afterSentence(toks, sentSource, hasLoss, lastChar, nil)
		return
	}
	d.periods = d.resolveOpRefs(toks, findPeriods(toks, d.pub, d.periods, d.at.periods, sc.cls))
	if d.dayNamedSent > 0 && d.nsent-d.dayNamedSent <= 2 {
		d.sinceThen(toks)
	}
	if !hasLoss {
		d.noteFightSpan(toks)
	}
	if d.pipeAsOfCol >= 0 {
		d.asOfCell(toks)
	}
	d.noteWindow(toks)
	// noteScene comes last (no defer: this runs for every sentence with
	// a figure), with the scene as the sentence gave it before its
	// figures were read.
	scene := hasLoss || sc.attack && (d.attackNoun(toks) || attackEvent(toks))
	// "Since Israel broke the ceasefire on March 18, 3,340 people have
	// been killed": the side that did what the period starts with acted;
	// the dead are the other side's.
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pSince && p.e-p.s > 3 {
			for k := range d.mentions {
				if m := &d.mentions[k]; m.s > p.s && m.e <= p.e && !m.loc && !m.agent && m.actor != "" && word(toks, m.e) != "'s" && toks[m.e-1].cls&clsAgentVerb == 0 && agentVerbAfter(toks, m.e) {
					m.agent = true
				}
			}
			d.dropEventMentions(p)
		}
	}
	d.likes = findLikelihoodsAt(toks, d.likes, d.at.likes)
	d.cues.reset(toks)
	// The kind first: most sentences open with a word, and a bullet is
	// a punctuation mark.
	inList := d.prevColon || (len(toks) > 0 && toks[0].k == tPunct && (toks[0].w == "-" || toks[0].w == "•" || toks[0].w == "*" || toks[0].w == "–" || toks[0].w == "—"))
	if hasLoss {
		d.lastLossSent = d.nsent
	}
	item := d.listItem(toks)
	if hasLoss && d.nsent == 1 {
		// "Weekly loss digest — week 1 of 2026": a title about losses
		// makes every list line of the text a loss.
		d.titleLoss = true
	}
	lossCtx := hasLoss || (inList && d.prevLoss) || d.lastLossSent > 0 && d.nsent-d.lastLossSent <= 3 && item || d.titleLoss && item ||
		item && d.itemLoss && d.itemSent == d.nsent-1 ||
		d.lastLossSent > 0 && d.nsent-d.lastLossSent <= 2 && tallyIncrement(toks, d.at.cues) ||
		// "tanks – 10,914 (+7); artillery systems – 28,961 (+24)": a
		// daily tally's lines, each with the day's increment.
		hasFigure && sc.increments >= 2 ||
		// "… puts Russian losses at 1,021,350 personnel. It also lists
		// 11,020 tanks": the same tally goes on.
		d.lastLossSent == d.nsent-1 && word(toks, 0) == "it" && word(toks, 1) == "also" && hasCls(toks, 2, clsSpeechVerbs) ||
		// "Oryx has documented 3,400 Russian tanks": what a counter of
		// losses counts is lost.
		hasFigure && (sentSource != nil && lossCounter(sentSource.name) || lossCounterNamed(toks, sc.cls, d.at.cues)) && countingVerbIn(toks)
	if item {
		d.itemLoss, d.itemSent = lossCtx, d.nsent
	}
	firstClaim := len(d.claims)
	consumed := -1
	next := 0 // the token after the last figure read
	// q is read in place (readQuantity), not returned: a quantity
	// returned by value is copied twice at the call.
	var q quantity
	// Only the tokens of numAt start a figure.
	// split: a contrast ("while", "but") may give the sentence's one
	// speaker's figures and others'.
	// (A sentence of no contrast word, most, is not walked for one.)
	contrast := sc.cls&clsContrast != 0
	split := len(d.attrs) == 1 && contrast && contrastBefore(toks, 0, len(toks)) < len(toks)
	for _, at := range numAt {
		i := int(at)
		if i <= consumed || i < next {
			continue
		}
		// Model numbers after a name: "Hermes 900 drones", "Hermes 450
		// and Hermes 900".
		if modelNumber(toks, i) {
			continue
		}
		// The scale of a number skipped above: the "million" of "a city
		// of 13 million people".
		if toks[i].cls&clsScale != 0 && i > 0 && toks[i-1].k == tNum {
			continue
		}
		// Number words inside names: "the Three Brotherhood Alliance".
		if toks[i].k == tWord && toks[i].upper && i > 0 && i+1 < len(toks) && toks[i+1].upper && toks[i+1].k == tWord &&
			toks[i-1].w != "." && toks[i-1].w != "\n" && !isDash(toks[i-1].w) && toks[i-1].w != ":" && !startsNumber(&toks[i+1]) {
			continue
		}
		// Model designations: the 25 of "Su-25", the 9 of "MQ-9", the 23
		// of "M23", the 72 of "T72".
		// (Not the 2 of "T-90M x2": a count after the machine's name.)
		if toks[i].k == tNum && toks[i].glued && (i >= 2 && isDash(toks[i-1].w) && toks[i-1].glued && toks[i-2].k == tWord || i >= 1 && toks[i-1].k == tWord) &&
			!(toks[i-1].w == "x" && i >= 2 && (!toks[i-1].glued || toks[i-2].w == "(") && timesModel(toks, i-1)) {
			continue
		}
		// A model's variants: the 131 of "Shahed-136/131".
		if toks[i].k == tNum && toks[i].glued && i >= 4 && toks[i-1].w == "/" && toks[i-1].glued && toks[i-2].k == tNum && toks[i-2].glued && isDash(toks[i-3].w) && toks[i-3].glued && toks[i-4].k == tWord {
			continue
		}
		// A reference in square brackets: "had passed 860,000,[21]".
		if toks[i].k == tNum && len(toks[i].w) <= 3 && i > 0 && toks[i-1].w == "[" && word(toks, i+1) == "]" {
			continue
		}
		// A footnote's number glued to a full stop: "wounds.11".
		if toks[i].k == tNum && toks[i].glued && i >= 2 && toks[i-1].w == "." && toks[i-1].glued && toks[i-2].k != tNum && len(toks[i].w) <= 3 {
			continue
		}
		if inPeriod(d.periods, i) {
			continue
		}
		// Ratios: "3:1", "one in five".
		if w := word(toks, i+1); w == ":" && i+2 < len(toks) && toks[i+2].k == tNum && toks[i+1].glued && toks[i+2].glued ||
			word(toks, i-1) == "in" && i >= 2 && startsNumber(&toks[i-2]) || w == "in" && i+3 < len(toks) && startsNumber(&toks[i+2]) && (word(toks, i+3) == "of" && !(ofThem(toks, i+3) || word(toks, i+4) == "whom") || toks[i+3].cls&clsPerson != 0) {
			// ("one in three of whom were killed": a share of the
			// figure just given, read as such.)
			continue
		}
		// "24 February 2022", "February 24": a day of a month, wherever
		// it stands.
		if t := &toks[i]; t.k == tNum && len(t.w) <= 2 && (monthAt(toks, i+1) != 0 && toks[i+1].upper || i > 0 && monthAt(toks, i-1) != 0 && toks[i-1].upper) {
			continue
		}
		// "two to one": the second term of a ratio.
		if (toks[i].w == "one" || toks[i].w == "1") && word(toks, i-1) == "to" && i >= 2 && startsNumber(&toks[i-2]) {
			continue
		}
		// "a 5:1 casualty ratio", "1:3": a ratio's terms (or a clock's
		// time), written with a colon between digits.
		if t := &toks[i]; t.k == tNum && (word(toks, i+1) == ":" && toks[i+1].glued && i+2 < len(toks) && toks[i+2].k == tNum && toks[i+2].glued ||
			word(toks, i-1) == ":" && t.glued && i >= 2 && toks[i-2].k == tNum && toks[i-1].glued) {
			continue
		}
		// "a ratio of roughly 2.5 to one", "four to one".
		if word(toks, i+1) == "to" && (word(toks, i+2) == "one" || word(toks, i+2) == "1") && !(i+3 < len(toks) && startsNumber(&toks[i+3])) {
			continue
		}
		// "Moscow, a city of 13 million people": a population.
		if b := word(toks, i-1); b == "of" && !(word(toks, i-3) == "the" && word(toks, i-4) == "in") {
			switch word(toks, i-2) {
			case "city", "town", "country", "nation", "region", "province", "population", "state":
				continue
			}
		}
		// "every one of these numbers", "no one": a pronoun.
		if toks[i].w == "one" {
			// ("the one million mark": a milestone's figure.)
			if b := word(toks, i-1); (b == "every" || b == "each" || b == "no" || b == "any" || b == "the" || b == "this" || b == "that" || b == "which") &&
				!(b == "the" && hasCls(toks, i+1, clsScale)) {
				continue
			}
		}
		// "on March 10 to 11", "March 10 and 11": the second day.
		if t := &toks[i]; t.k == tNum && len(t.w) <= 2 && i >= 3 {
			if b := toks[i-1].w; (b == "to" || b == "and" || isDash(b)) && toks[i-2].k == tNum && len(toks[i-2].w) <= 2 && monthAt(toks, i-3) != 0 && toks[i-3].upper {
				continue
			}
		}
		if d.shareValue > 0 && i == d.shareValue {
			d.shareValue = 0
			continue
		}
		if !readQuantity(toks, i, &q) {
			continue
		}
		d.figures++
		if disaster && (disasterBefore(toks, q.s) || disasterAfter(toks, q.e)) {
			next = q.e
			continue
		}
		if q.e <= i {
			q.e = i + 1
		}
		src := sentSource
		// (One speaker is the sentence's unless a contrast splits it.)
		if len(d.attrs) > 1 || len(d.attrs) == 1 && split {
			if k := nearestAttribution(toks, d.attrs, q.s, q.e, contrast); k >= 0 && len(d.attrs) > 1 {
				src = &d.attrs[k]
			} else if k < 0 && sentSource != nil && slices.ContainsFunc(d.attrs, func(a attribution) bool { return a.s == sentSource.s && a.e == sentSource.e }) {
				// The sentence's only speaker speaks for another clause.
				src = nil
			}
		}
		// "43,000 (Zelensky); 60,000–100,000 killed (WSJ)", "95,000
		// (est.), 172,000 (UK MoD)": a source in brackets closes its own
		// item of a list; an item before the semicolon, or with a
		// bracket of its own, is not its.
		if len(d.attrs) == 1 && src != nil && src.s > q.e && toks[src.s].w == "(" && src.s == d.attrs[0].s && (clauseBreak(toks, q.e, src.s) || word(toks, q.e) == "(" && toks[src.s-1].k == tNum) {
			src = nil
		}
		// "killed 1,060 Iranians, according to Tehran, and 28 people in
		// Israel": the aside speaks for the figure before it alone.
		if src != nil && src.e < q.s && asideAccording(toks, src) && !verbInClause(toks, src.e+2) {
			src = nil
		}
		// "The study estimated 61,000 deaths, far above the 3,000
		// recorded by ACLED": a speaker after a figure set against this
		// one speaks for that figure alone.
		// ("…, compared with 253,290 in 2023, according to the ministry":
		// a speaker set off by a comma speaks for the whole sentence.)
		if src != nil && src.s > q.e && !(word(toks, src.s) == "according" && word(toks, src.s-1) == ",") && comparedFigureBetween(toks, q.e, src.s) {
			src = nil
		}
		// "the Ukrainian claim of 620 killed", "Moscow's estimate of
		// 1,500": a side's figure, named by its noun.
		if src == nil || src.name == "" {
			if side := claimOwnerBefore(toks, q.s); side != "" {
				src = d.heldAttrs.put(attribution{name: side, s: q.s - 3, e: q.s})
			} else if a, ok := d.claimBodyBefore(toks, q.s); ok {
				// "the Gaza health ministry's toll of 35,000", "the
				// Russian defence ministry's claim of 70,000": a body's
				// figure, named by its possessive.
				src = d.heldAttrs.put(a)
			}
		}
		// figure reads q by pointer, not a copy, and may change it: the
		// end read here is the one parsed.
		qe := q.e
		end := d.figure(toks, &q, src, lossCtx, inList, firstClaim)
		if d.mismatch {
			// Flagged here, not by a defer in figure: figure has too
			// many returns for an open-coded defer, and any other kind
			// makes each of its returns call runtime.deferreturn.
			d.mismatch = false
			d.claims[len(d.claims)-1].AddFlag(attrition.FlagArithmeticMismatch)
		}
		if end > qe {
			consumed = end - 1
		}
		next = max(qe, end)
		if r := d.revisit; r > 0 {
			// A share read its whole after it: the whole's figure next.
			d.revisit = 0
			if r > i && r < next {
				next, consumed = r, min(consumed, r-1)
			}
		}
	}
	if len(d.claims) == firstClaim {
		d.figuresNamedAfter(toks, sentSource)
	}
	// "Personnel: 1,060,210 (+980)" read as a loss makes the lines of the
	// same list after it losses too ("Tanks: 11,094 (+3)").
	if item && len(d.claims) > firstClaim {
		d.itemLoss = true
	}
	if len(d.claims) > firstClaim {
		// (sentWords has read the sentence's words for its figures.)
		if d.sentWords(toks); d.respectively {
			d.respectiveSides(toks, firstClaim)
		}
	}
	// ("a monthly estimate of Russian casualties": a figure's first word
	// that counted nothing.)
	if hasLoss && len(d.claims) == firstClaim {
		d.noteCountTopic(toks)
	}
	if sc.cls&clsMonth != 0 && len(d.claims) == firstClaim {
		d.noteDayNamed(toks)
	}
	d.noteEquipmentNamed(toks, sc.cls)
	d.afterSentence(toks, sentSource, hasLoss, lastChar, d.claims[firstClaim:])
	// "Troops raided a village on Friday, killing 13 people": a
	// sentence that counted people lost tells of losses, whatever its
	// words for them.
	if !scene && len(d.claims) > firstClaim && !attrition.IsEquipment(d.claims[firstClaim].Category) {
		scene = true
	}
	d.noteScene(toks, scene)
}

// noteEquipmentNamed keeps the kind of equipment a sentence names when
// it names no people: "Ukraine received 31 Abrams." for "At least 20
// were lost." after it. cls is the union of the sentence's class bits.
func (d *docState) noteEquipmentNamed(toks []token, cls uint64) {
	if cls&clsCat == 0 || cls&clsPerson != 0 {
		return
	}
	if eq := equipmentBefore(toks, len(toks)); eq != "" {
		d.eqNamed, d.eqNamedSent = eq, d.nsent
	}
}

// equipmentOfBareLoss returns the equipment the sentence before named,
// for a figure that opens its sentence with only its verb after it:
// "Ukraine received 31 Abrams. At least 20 were lost.", "Of these, 12
// were destroyed.". "" when that sentence named people or no equipment.
func (d *docState) equipmentOfBareLoss(toks []token, q *quantity, h *catHit) string {
	if d.eqNamedSent != d.nsent-1 || d.eqNamed == "" || h.personNoun || h.s <= q.e || h.s > q.e+3 || !auxOnly(toks, q.e, h.s) {
		return ""
	}
	if q.s != 0 && !(q.s == 3 && word(toks, 0) == "of" && word(toks, 2) == "," && startsWithAnaphor(toks)) {
		return ""
	}
	return d.eqNamed
}

func (d *docState) afterSentence(toks []token, src *attribution, hasLoss bool, lastChar string, newClaims []docClaim) {
	d.noteQuote(toks, src)
	if lastChar == "?" {
		if k := howManyAt(toks, len(toks)); k >= 0 {
			d.question, d.questionSent = questionCategory(toks, k+2, len(toks)), d.nsent
			// "How many Israeli soldiers have died in Gaza?": the side
			// the question asks of, for the answer.
			d.questionSide = ""
			for i := range d.mentions {
				if m := &d.mentions[i]; m.actor != "" && !m.agent && !m.loc && m.s > k {
					d.questionSide = m.actor
					break
				}
			}
		}
	}
	if len(newClaims) == 0 {
		d.noteTopic(toks)
		d.noteEvent(toks)
		d.noteSuperSpan(toks)
		d.backLikelihood(toks)
		d.noteAsOf()
		d.noteDailySummary(toks)
		// A lead sentence that counts nothing frames the report wherever
		// its period stands: "The M23 informs … that, since Friday 14
		// February, its forces have liberated Bukavu".
		// Only a range or a start of its own, not of some other time
		// the sentence compares ("the deadliest since 1945", "in June").
		if d.leadSpan == nil && d.docWindow == nil && d.nsent <= leadSentences && len(d.periods) > 0 {
			if p := &d.periods[0]; (word(toks, p.s) == "between" || word(toks, p.s) == "from" || word(toks, p.s) == "since") && p.start >= d.pub.AddMonths(-24) {
				d.noteLead(toks, p)
			}
		}
	}
	// "according to open sources" names no one for this sentence alone:
	// what the text attributed before still holds after it.
	// ("Russia: 120,000 killed (Mediazona)": a list line's source in
	// brackets is that line's, not the next line's.)
	if src != nil && (src.name != "" || src.e > src.s+1 && word(toks, src.s) != "according") && !(word(toks, src.s) == "(" && colonLabelLine(toks)) {
		d.lastSource = d.heldAttrs.put(*src)
		if d.docWindowSent == d.nsent {
			d.docWindowSrc = src.name
			// "…, regional authorities reported": a digest of many
			// speakers, each of whom reports within the window.
			d.docWindowMany = src.name == "" && pluralSpeaker(toks, src.s, src.e)
		}
	} else if src == nil && len(newClaims) == 0 && d.defaultSource.name != "" && len(toks) > 0 && (toks[0].w == "we" || toks[0].w == "our") {
		// "We have not been able to verify those figures": the
		// publisher speaks again, and the figures after are its own,
		// not those of the body it quoted before.
		d.lastSource = &d.defaultSource
	}
	if a := attackerBefore(toks, d.mentions, len(toks)); a != "" {
		d.attacker, d.attackerSent = a, d.nsent
	}
	// "Hamas rejected the proposal. The group has lost …": the side the
	// sentence opens on, for an anaphor opening the next.
	if len(d.mentions) > 0 {
		if m := &d.mentions[0]; m.actor != "" && !m.enemy && !m.loc && !m.sponsor && (m.s == 0 || m.s == 1 && word(toks, 0) == "the") {
			d.subjActor, d.subjSent = m.actor, d.nsent
		}
	}
	// "Russia launched 50 drones at Odesa; 40 were shot down. 3 people
	// were killed": drones and missiles are their launcher's, whose
	// people a toll after them is not; the place struck names those.
	weapons := len(newClaims) > 0
	for i := range newClaims {
		if cat := newClaims[i].Category; cat != "equipment:drones" && cat != "equipment:missiles" {
			weapons = false
		}
	}
	if len(newClaims) > 0 && !weapons {
		a := newClaims[len(newClaims)-1].Actor
		if a != "" {
			d.lastActor = a
			d.lastActorSent = d.nsent
		}
	} else if weapons {
		for k := range d.mentions {
			if m := &d.mentions[k]; m.loc && m.actor != "" && m.actor != newClaims[0].Actor {
				d.lastActor = m.actor
				d.lastActorSent = d.nsent
				break
			}
		}
	} else {
		for k := range d.mentions {
			if m := &d.mentions[k]; !m.agent && !m.enemy && m.actor != "" {
				d.lastActor = m.actor
				d.lastActorSent = d.nsent
				break
			}
		}
	}
	colon := lastChar == ":"
	// A breakdown of a toll: its lines open with their figure, or with
	// "Of the civilians, …".
	if b := bulletLead(toks); d.listWhole != "" && len(toks) > b && !startsNumber(&toks[b]) && !startsWithAnaphor(toks) && !d.sentScan(toks).pipe && !colonLabelLine(toks) {
		d.listWhole, d.listWholeSpan, d.listWholePop = "", nil, ""
	}
	if d.listFuture && !colon && !d.listItem(toks) {
		d.listFuture = false
	}
	// "The toll was distributed as follows:", a bare "They include:"
	// after the toll, "Its breakdown, pasted from the spreadsheet:".
	if colon && (hasLoss || len(toks) <= 6 || breakdownWord(toks)) && len(newClaims) == 0 {
		if prev := d.lastPeople(); prev != nil && prev.sentence >= d.nsent-2 {
			d.listWhole, d.listWholeSpan = prev.Category, nil
			if prev.timeWords && !prev.PeriodStart.IsZero() && !isConflictStart(prev.PeriodStart) {
				d.listWholeSpan = d.heldPeriods.put(periodHit{kind: pSpan, start: prev.PeriodStart, end: prev.PeriodEnd})
			}
		}
	}
	// "Confirmed military deaths as of June 6:" over "- Russia:
	// 111,387": a heading that names a toll and no figure, whose lines
	// give it by side or place.
	// ("## Russian personnel losses", a heading line with no stop.)
	if (colon || len(toks) <= 10 && lastChar != "." && lastChar != "?" && lastChar != "!" && lastChar != ",") && len(newClaims) == 0 && d.listWhole == "" {
		if cat, pop, ok := headingToll(toks); ok {
			d.listWhole, d.listWholeSpan, d.listWholePop = cat, nil, pop
			d.listByAgent, d.listWholeActor = false, ""
		}
	}
	// "Killings verified by AAPP, by state/region (1 Feb 2021 - 31 Jan
	// 2024)": a table's title that breaks a toll down by place or time.
	if len(newClaims) == 0 && !colon {
		if cat, agent := byHeading(toks); cat != "" {
			d.listWhole, d.listWholeSpan = cat, nil
			d.listByAgent, d.listWholeActor = agent, ""
			for i := len(d.claims) - 1; i >= 0; i-- {
				if c := &d.claims[i]; !attrition.IsEquipment(c.Category) {
					d.listWholeActor = c.Actor
					break
				}
			}
			if len(d.periods) == 0 {
				// A title past the lead, whose periods went unread.
				d.periods = d.resolveOpRefs(toks, findPeriodsOf(toks, d.pub, d.periods))
			}
			for i := range d.periods {
				if p := &d.periods[i]; p.kind == pSpan && !p.window && !p.ref {
					d.listWholeSpan = d.heldPeriods.put(*p)
					break
				}
			}
		}
	}
	if colon {
		// A heading that introduces a list: its period and actor carry;
		// its dates before a window it also names ("Results of the week
		// (12–18 January)").
		d.listPeriod = nil
		for i := range d.periods {
			if p := &d.periods[i]; p.kind != pDuration && (d.listPeriod == nil || d.listPeriod.ref && !p.ref) {
				d.listPeriod = d.heldPeriods.put(*p)
				if d.leadWindow(toks, p) {
					// "Enemy losses over the week, by group of forces:"
					d.listPeriod.start, d.listPeriod.end = d.leadSpan.start, d.leadSpan.end
				}
			}
		}
		d.listActor, d.listEnemy = "", false
		// "Forecast of Russian casualties for 2026:": the lines under a
		// heading of projections count nothing yet.
		d.listFuture = len(newClaims) == 0 && forecastHeading(toks)
		for k := range d.mentions {
			// "Results of the week near Kupiansk:": a place the list's
			// figures were won at names no one's losses.
			if m := &d.mentions[k]; !m.agent && !m.loc && m.actor != "" {
				d.listActor = m.actor
				break
			} else if m.enemy && !m.agent {
				d.listEnemy = true
			}
		}
		// "In the past 24 hours, 45 people were killed. By district:":
		// a bare heading carries the period and side of the figures
		// just before it.
		// "Losses by group of forces:" too.
		if len(toks) <= 7 && len(newClaims) == 0 {
			if prev := d.lastClaim(""); prev != nil && prev.sentence == d.nsent-1 {
				if d.listPeriod == nil && !prev.PeriodStart.IsZero() && !isConflictStart(prev.PeriodStart) {
					d.listPeriod = d.heldPeriods.put(periodHit{kind: pSpan, start: prev.PeriodStart, end: prev.PeriodEnd})
				}
				if d.listActor == "" {
					d.listActor = prev.Actor
				}
			}
			// "Results:" after a lead that framed the report.
			if d.listPeriod == nil && d.leadSpan != nil {
				d.listPeriod = d.leadSpan
			}
		}
		// "On Saturday 15 March, our forces repelled a large attack. Our
		// forces inflicted heavy losses on the enemy:": the list counts
		// what the day's fight cost.
		if d.listPeriod == nil && hasLoss && d.sceneSet && d.nsent-max(d.sceneSent, d.sceneUsed) <= 2 {
			d.listPeriod = d.heldPeriods.put(d.scene)
		}
		d.prevLoss = hasLoss
		d.listApprox = hedgedHeading(toks, len(toks))
	} else if !d.prevColon {
		d.prevLoss = hasLoss
	}
	if !(d.prevColon && !colon && d.listItem(toks)) {
		d.prevColon = colon
	}
	if !d.prevColon && !d.listItem(toks) {
		d.listPeriod = nil
		d.listActor, d.listEnemy = "", false
		d.listApprox = false
	}
	d.mentions = d.mentions[:0]
}

// runningCue is the package's runningCue of the sentence being read,
// worked out once.
func (d *docState) runningCue(toks []token) bool {
	f := d.facts(toks)
	if !f.runningSet {
		f.running, f.runningSet = runningCue(toks), true
	}
	return f.running
}

// attackNoun is the package's attackNoun of the sentence being read,
// worked out once.
func (d *docState) attackNoun(toks []token) bool {
	f := d.facts(toks)
	if !f.attackSet {
		// A sentence of no attack word (its union of classes) is not
		// walked.
		f.attack, f.attackSet = (!f.clsSet || f.cls&clsAttackWord != 0) && attackNoun(toks), true
	}
	return f.attack
}

// listItem is isListItem of the sentence being read, worked out once:
// the period and scene rules ask it for every figure.
func (d *docState) listItem(toks []token) bool {
	f := d.facts(toks)
	if !f.itemSet {
		if f.pipeSet {
			// sentence has looked for a "|" already.
			f.item = len(toks) > 0 && (listItemHead(toks) || f.pipe)
		} else {
			f.item = isListItem(toks)
		}
		f.itemSet = true
	}
	return f.item
}

// isListItem reports a bullet line or a short line of a table.
func isListItem(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	// A table row: the splitter saw a bar "|" in the sentence.
	return listItemHead(toks) || toks[0].bar
}

// listItemHead is isListItem but for a table row's "|": what the line's
// start and length tell. toks is not empty.
func listItemHead(toks []token) bool {
	// Bullets and bars are punctuation marks: the kind first.
	if toks[0].k == tPunct {
		switch toks[0].w {
		case "-", "•", "*", "–", "—", "|", "▪":
			return true
		}
	}
	// "tanks ‒ 10,227", "killed: 41": a short line that opens in lower
	// case; but "28 people were killed." is a sentence of prose.
	if len(toks) <= 12 && !toks[0].upper && !(toks[0].k == tNum && toks[len(toks)-1].w == "." && len(toks) >= 4) {
		return true
	}
	// "MLRS ‒ 1,540": a label and its figure, whatever its case.
	if len(toks) <= 12 {
		for k := 1; k+1 < len(toks); k++ {
			if w := toks[k].w; isDash(w) || w == ":" {
				n := k + 1
				if w := toks[n].w; w == "about" || w == "approximately" || w == "around" || w == "almost" || w == "over" {
					n++
				}
				if n < len(toks) && toks[n].k == tNum {
					return true
				}
			}
		}
	}
	return false
}

// inPeriod reports token i inside a period phrase. The phrases are
// walked by pointer: a periodHit copied at each step costs more than the
// test (this runs for every number of a sentence).
func inPeriod(ps []periodHit, i int) bool {
	for k := range ps {
		if p := &ps[k]; i >= p.s && i < p.e {
			return true
		}
	}
	return false
}

// figure builds the claim of one quantity, if it is one. It returns the
// token index after anything it consumed (a parenthesised figure).
//
// It reads the quantity in phases, each a function of its own that says
// what it decides (in one function, the rules were too many for the
// compiler to inline the small tests they call): shareWhole, the whole
// a share is of; figureCategory and inheritedCategory, what the figure
// counts; shareCount, the part a share is of its whole; figureSide and
// refineSide, whose losses they are. fw carries what each phase found
// to the ones after it.
func (d *docState) figure(toks []token, q *quantity, src *attribution, lossCtx, inList bool, firstClaim int) int {
	n := &q.first
	if n.unitAdj || n.money || q.last.money || d.listFuture && d.listItem(toks) {
		return q.e
	}
	// The sentence's words that rules below ask about, looked for once
	// per sentence: d.wordsCls, d.ratio, d.total, d.world and
	// d.both are read directly, not through calls of sentWords.
	d.sentWords(toks)
	var fw figWork
	fw.consumedEnd = q.e
	fw.fracOf = q.frac || q.percent
	fw.lossCtx, fw.inList, fw.firstClaim = lossCtx, inList, firstClaim
	fracOf := fw.fracOf
	if fracOf && !d.shareWhole(toks, q, &fw) {
		return q.e
	}
	// "about half of the wounded had returned to duty": a share that is
	// no loss (corpus rules).
	if fracOf && recoveredAfter(toks, fw.consumedEnd) {
		return q.e
	}
	// "37 per cent of the deaths were caused by drones": the toll's
	// part by the weapon that caused it, no loss of its own.
	if fracOf && causeShare(toks, fw.consumedEnd) {
		return q.e
	}
	qs0 := q.s
	// Category: the figure's own words', else one it takes from what it
	// follows.
	ok := d.figureCategory(toks, q, &fw)
	if !d.inheritedCategory(toks, q, &fw, ok) {
		return fw.consumedEnd
	}
	h, consumedEnd, ref := &fw.h, fw.consumedEnd, fw.ref
	if h.category == "" && h.status != "" {
		// "of which 2,000 destroyed": equipment named before.
		prev := d.lastEquipment(firstClaim, inList)
		if prev == nil {
			// "Of the 31 Abrams tanks delivered, 19 have been
			// destroyed": the equipment the sentence opens with.
			eq := leadingEquipment(toks, q.s)
			if eq == "" && ofThem(toks, q.e) {
				// "Russia launched 96 drones overnight. 62 of them were
				// destroyed by air defences": downed, of the launch.
				if l := d.launchSince(d.nsent-1, ""); l != nil {
					eq, h.status, fw.launchRef = l.category, "", l
				}
			}
			if eq == "" && partClauseAt(toks, q.s) && (h.s > q.e && auxOnly(toks, q.e, h.s) ||
				h.s > q.e+2 && (ofThem(toks, q.e) || word(toks, q.e+1) == "which") && auxOnly(toks, q.e+2, h.s)) {
				// "Germany delivered 18 Leopard tanks; 12 were
				// destroyed": the equipment counted before; so past "of
				// which" ("Ukraine received 31 Abrams tanks, 20 of which
				// have been destroyed").
				eq = equipmentBefore(toks, q.s)
			}
			if eq == "" {
				// "Germany delivered 18 Leopard tanks. 12 were
				// destroyed.": so in a sentence of its own; "Russia
				// launched 96 drones overnight. 62 were destroyed.":
				// downed, of the launch.
				if eq = d.equipmentOfBareLoss(toks, q, h); eq != "" {
					if l := d.launchSince(d.nsent-1, ""); l != nil {
						eq, h.status, fw.launchRef = l.category, "", l
					}
				}
			}
			if eq == "" {
				return consumedEnd
			}
			h.category = eq
		} else {
			h.category = prev.Category
		}
	}
	if h.category == catCaptured && !h.personNoun {
		// "2,000 were captured" after equipment figures: a status.
		if prev := d.lastEquipment(firstClaim, false); prev != nil && h.forward && len(d.claims) > firstClaim && isEquipment(d.claims[len(d.claims)-1].Category) {
			h.category, h.status = prev.Category, attrition.StatusCaptured
		}
	}
	if h.category == catLost {
		h.category = catCasualties
	}
	// "over 2,800 tanks …, and at least 400 of these were lost": the
	// equipment just counted.
	// So are "Oryx has confirmed 22 lost" and "at least 300 lost" after
	// the tanks they count.
	// ("Of the 31 Abrams tanks delivered, 19 have been lost": past the
	// auxiliaries.)
	ofWhich := word(toks, q.e) == "of" && word(toks, q.e+1) == "which"
	if h.category == catCasualties && h.e == h.s+1 && toks[h.s].w == "lost" && (ofThem(toks, q.e) || ofWhich || (h.s == q.e || h.s > q.e && h.s <= q.e+3 && auxOnly(toks, q.e, h.s)) && !h.personNoun) {
		if prev := d.lastClaim(""); prev != nil && prev.sentence >= d.nsent-1 && isEquipment(prev.Category) {
			h.category = prev.Category
		} else if eq := leadingEquipment(toks, q.s); eq != "" {
			// "Of the 31 Abrams tanks delivered, Oryx has confirmed 22
			// lost": the equipment the sentence opens with.
			h.category = eq
		} else if (ofThem(toks, q.e) || ofWhich) && !h.personNoun {
			// "Germany sent about 140 Leopard 2 tanks, and Oryx lists at
			// least 46 of them as lost": the nearest equipment named.
			// ("19 F-16 jets, three of which have been lost".)
			if eq := equipmentBefore(toks, q.s); eq != "" {
				h.category = eq
			}
		} else if h.s > q.e && partClauseAt(toks, q.s) && !h.personNoun {
			// "Ukraine received 31 Abrams; at least 20 were lost": a
			// clause of its own whose figure names nothing, of the
			// equipment counted before it.
			if eq := equipmentBefore(toks, q.s); eq != "" {
				h.category = eq
			}
		}
		// "Ukraine received 31 Abrams. At least 20 were lost.": so in a
		// sentence of its own.
		if h.category == catCasualties {
			if eq := d.equipmentOfBareLoss(toks, q, h); eq != "" {
				h.category = eq
			}
		}
	}
	// "Of the 31 Abrams tanks the US sent, Ukraine has lost at least
	// 20": lost before the figure, of the equipment the sentence opens
	// with.
	if h.category == catCasualties && h.e == h.s+1 && toks[h.s].w == "lost" && h.e <= q.s && !h.personNoun {
		if eq := leadingEquipment(toks, q.s); eq != "" {
			h.category = eq
		} else if word(toks, q.e) == "of" {
			// "lost 200 of the more than 300 Bradleys it received": the
			// equipment of the whole after.
			for k := q.e + 1; k < len(toks) && k <= q.e+7; k++ {
				if toks[k].cls&clsCat == 0 {
					continue
				}
				if p, _, ok := equipmentIx.match(toks, k); ok && p.category != "" {
					h.category = p.category
				}
				break
			}
		}
	}
	// "Two of the wounded later died in hospital": the part of the
	// wounded that died.
	if h.category == catWounded && word(toks, q.e) == "of" && word(toks, q.e+1) == "the" && h.s == q.e+2 {
		for k := h.e; k < len(toks) && k < h.e+4; k++ {
			if w := toks[k].w; w == "died" || w == "succumbed" {
				h.category, h.e = catKilled, k+1
				break
			}
		}
	}
	// "Four of the 10 health workers abducted in April remain missing":
	// the part of those taken whose fate is unknown.
	if h.category == catCaptured && word(toks, q.e) == "of" && word(toks, q.e+1) == "the" {
		for k := h.e; k < len(toks) && k < h.e+6 && toks[k].k != tPunct; k++ {
			if w := toks[k].w; (w == "missing" || w == "unaccounted") && (word(toks, k-1) == "remain" || word(toks, k-1) == "still" || word(toks, k-1) == "are") {
				h.category, h.e = catMissing, k+1
				break
			}
		}
	}
	// "lost between 400,000 and 500,000 men permanently".
	if h.category == catCasualties && nearWord(toks, q.e, min(len(toks), q.e+4), "permanently", "irrecoverably", "irretrievably") {
		h.category = catPermanent
	}
	equipment := isEquipment(h.category)
	// Years and bare small numbers need the category right after them.
	if n.year && !(h.forward && h.s == q.e) {
		return consumedEnd
	}
	if equipment && (h.category == catMissiles || h.category == catDrones) && !fracOf {
		d.noteLaunch(toks, q, h)
	}
	if equipment && !fw.lossCtx && !(fracOf && ref != nil) && fw.launchRef == nil && !broughtDown(toks) {
		return consumedEnd
	}
	// "roughly half of them recruits drawn from Russian prisons": a
	// share of the people counted, whatever the clause says of them.
	shareOfThem := fracOf && ref != nil && ref.sentence == d.nsent && !equipment && ofThem(toks, q.e)
	// ("Russia launched 96 drones, and 62 of them were shot down": the
	// part downed of the launch just told is a loss, whatever
	// "launched" says of the whole.)
	// "For every square kilometre Russia took, it lost around 100
	// soldiers": a ratio, no count. (The text is asked once a sentence.)
	if d.ratio && forEveryBefore(toks, q.s) {
		return consumedEnd
	}
	if !fw.intercepted && !fw.subsetPart && fw.eqWhole == nil && !shareOfThem && !(fw.launchRef != nil && equipment && fw.launchRef.sentence == d.nsent) && vetoed(toks, q, h, equipment, vetoWords{whetherIf: d.whetherIf, everyEach: d.everyEach, planned: d.planned, cls: d.wordsCls}) {
		return consumedEnd
	}
	if q.percent && !fracOf {
		return consumedEnd
	}
	if fracOf {
		d.shareCount(toks, q, &fw)
	}
	if d.hedgedBefore(toks, q.s) || inList && d.listApprox {
		q.approx = true
	}
	// A point with its interval ("around 83,000, with a 95% confidence
	// interval of 73,000 to 93,000") is a range with a best figure; a
	// range with its central figure the same.
	// (Only in a sentence with one of its words, as for the rules of
	// figureRareWords below.)
	rare := d.wordsCls&clsFigureRare != 0
	if !fracOf && (rare || d.facts(toks).bracketNum) {
		from := max(q.e, h.e)
		if e, ok := mergeInterval(toks, q, from); ok && e > consumedEnd {
			consumedEnd = e
		}
	}
	namedFloor := false
	// Counts of named or identified dead are floors: the list only grows.
	// So are the parts of a floor ("Of these, 29,410 were volunteers"),
	// and a count from one who "records by name each person killed" or
	// calls it "a minimum because it includes only deaths it has
	// confirmed by name".
	// (namedList's and minimumAfter's words are of clsFigureRare.)
	if q.bound == attrition.BoundPoint && !q.approx && !fracOf && (rare && (namedList(toks, max(0, q.s-5), namedListEnd(toks, max(q.e, h.e))) || minimumAfter(toks, max(q.e, h.e))) ||
		h.category == catKilled && (rare && d.byNameIn(toks, q) || d.partOfFloor(toks, q) || d.confirmedByLister(toks, q, h) || d.sentScan(toks).pipe && d.namedLeadIn())) {
		q.setBound(attrition.BoundAtLeast)
		if h.category == catKilled {
			d.namedDead = true
			namedFloor = true
		}
	}
	// "a ratio of 4.0 (95% CI 3.1-5.2)", "2.3 deaths per household": a
	// figure with a decimal part and no scale word is no count of
	// people, unless it is an average rate ("7.7 civilians a day", "7.7
	// killed and 44.8 injured every day").
	if !fracOf && (q.first.decimal && q.first.scale == 0 || q.last.decimal && q.last.scale == 0) {
		if per, _ := d.findPer(toks, q, h); per == "" && !rateInClause(toks, max(q.e, h.e)) {
			return consumedEnd
		}
	}
	// The claim is built where it will be appended (claimSlot), so that
	// appending it copies nothing.
	dc := d.claimSlot()
	dc.namedFloor = namedFloor
	c := &dc.Claim
	c.Category, c.Status, c.Bound, c.Approx = h.category, h.status, q.bound, q.approx
	// "70,000 killed (est.)", "95,000 (approx.)": a hedge in brackets
	// after the figure or its words.
	if !c.Approx && (estBracketAt(toks, q.e) || h.e > q.e && estBracketAt(toks, h.e) || q.e < len(toks) && toks[q.e].cls&clsPerson != 0 && estBracketAt(toks, q.e+1)) {
		c.Approx = true
	}
	c.Document = attrition.Document{URL: d.x.opts.URL, Title: d.x.opts.Title, Published: d.pub}
	if !equipment {
		c.Status = ""
	}
	c.Low, c.High, c.Best = d.bounds(q)
	// "Captain Ahmed and four other soldiers were killed", "a major
	// and three soldiers": the one named before the list is lost with
	// them.
	leadS := -1
	if word(toks, q.s-1) == "and" && q.bound == attrition.BoundPoint && !fracOf && !equipment && c.Low != nil {
		if leadS = leaderBefore(toks, q); leadS >= 0 {
			v := *c.Low + 1
			c.Low, c.High, c.Best = d.float(v), d.float(v), d.float(v)
		}
	}
	per, perEnd := d.findPer(toks, q, h)
	if per == "" {
		per = fw.pipePer
	}
	c.Per = per
	// "7.7 civilians were killed and 44.8 injured every day": the rate
	// after the second of two joined figures is the first's too.
	if per != "" && !equipment && word(toks, q.s-1) == "and" && h.s == q.e && len(d.claims) > firstClaim {
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Per == "" && !isEquipment(prev.Category) {
			prev.Per = per
		}
	}
	// Quote: the figure with its category words.
	qs, qe := q.s, q.e
	if fracOf {
		qs, qe = qs0, consumedEnd
	}
	if h.e > h.s {
		// A category word far before the figure stays out of the quote:
		// "the figure phrase alone" (corpus rules).
		if h.s < qs && qs-h.s <= 24 {
			qs = h.s
		}
		if h.e > qe {
			qe = h.e
		}
	}
	if perEnd > qe {
		qe = perEnd
	}
	if leadS >= 0 && leadS < qs {
		qs = leadS
	}
	// "killed a 72-year-old woman": one person's loss quotes the noun
	// that names them, not the article alone.
	if q.first.words && q.first.e == q.first.s+1 && q.first.val == 1 && (toks[q.first.s].w == "a" || toks[q.first.s].w == "an") {
		if j := singleLoss(toks, q.first.s); j >= qe {
			qe = j + 1
		}
	}
	// A column header's words, set before each cell of an HTML table,
	// map to the header in the input: the quote is the cell's own, not
	// the table from its header down.
	if qs < q.s && qs > 0 && toks[qs-1].w == "|" && d.pt.from != nil && d.pt.from[toks[qs].s] < d.pt.from[toks[qs-1].s] {
		qs = q.s
	}
	// Source.
	srcA := src
	// "| Iran | 610 | 4,746 | Iranian Ministry of Health |" under a
	// column headed "Reported by": the row's own source.
	if d.pipeSourceCol >= 0 && pipeColumn(toks, q.s) >= 0 {
		if a, b := pipeCell(toks, d.pipeSourceCol); b > a {
			// A quoted cell of a comma-separated table: its marks are no
			// part of the name.
			if b-a > 2 && isQuote(toks[a].w) && isQuote(toks[b-1].w) {
				a, b = a+1, b-1
			}
			// "Mediazona / BBC Russian", "Mediazona & Meduza": a joint
			// count goes under the first named.
			for k := a + 1; k < b-1; k++ {
				if toks[k].k == tPunct && (toks[k].w == "/" || toks[k].w == "&") {
					b = k
					break
				}
			}
			if at := makeAttribution(toks, d.pt.text, a, b, a, b); at.name != "" && !at.junk {
				srcA = d.heldAttrs.put(at)
			}
		}
	}
	if srcA == nil && d.defaultSource.name != "" && len(d.likes) > 0 {
		// "Russian forces have likely sustained ...": an unattributed
		// estimative judgement is the publisher's own, whoever the
		// sentence before quoted.
		srcA = &d.defaultSource
	}
	carried := false
	if srcA == nil && !fw.othersCount {
		srcA = d.lastSource
		carried = srcA != nil
	}
	if srcA == nil && d.defaultSource.name != "" {
		srcA = &d.defaultSource
	}
	if srcA != nil {
		c.Source = srcA.name
		if !carried {
			// (Unnamed officials are not carried: the next sentence
			// may well be someone else's count.)
			dc.unnamedSource = srcA.unnamed
		}
	}
	party := ""
	if srcA != nil {
		party = srcA.party
	}
	if party == "" {
		party = d.defaultSource.party
	}
	// Armies' "eliminated" or "neutralised" fighters are their count of
	// the dead (the Israeli military's, Nigeria's and the Sahel's
	// communiqués, which count the wounded apart, if at all); only the
	// Russian and Ukrainian bulletins' word counts the wounded too.
	// "the army said it lost 5 soldiers and 29 were wounded": beside a
	// count of the wounded, the lost are the dead.
	if c.Category == catCasualties && h.e > h.s && h.e <= q.s && lostVerb(toks[h.s].w) && woundedCountAfter(toks, q.e) {
		c.Category = catKilled
	}
	if c.Category == catCasualties && h.e > h.s && eliminationWord(toks[h.s].w) {
		if party == "Israel" || srcA != nil && srcA.actor == "Israel" || israeliAgent(d.mentions) || !d.russoUkrainian(party, srcA) {
			c.Category = catKilled
		} else {
			dc.elim = true
		}
	}
	// Actor.
	sd := figSide{src: src, srcA: srcA, carried: carried, party: party, equipment: equipment, rare: rare}
	unnamed := d.figureSide(toks, q, &fw, &sd, c)
	unnamed = d.refineSide(toks, q, &fw, &sd, c, unnamed)
	choice, ceEnd, srcActor, nk := &sd.choice, sd.ceEnd, sd.srcActor, sd.nk
	// Period.
	// "23 militants were killed", says an army at war with no armed
	// group the registry knows: no side to give them later either.
	if c.Actor == "" && nk&nkIrregular != 0 && (h.personNoun || !h.active) && d.sidesOf(srcActor) != 1 {
		unnamed = false
	}
	dc.q, dc.sentence, dc.share, dc.unnamed, dc.people = q.sum(), d.nsent, fracOf, unnamed && !choice.found, h.personNoun
	dc.soldiers = soldiersOf(h, nk)
	dc.row = fw.listRowHit
	dc.enemyWord = choice.enemy && c.Actor == ""
	dc.part = d.including && includedPart(toks, q.s) || len(d.pipeCols) > 0 && d.peopleColumn(toks, q.s)
	if choice.found {
		dc.named = choice.actor
	}
	// "| Tanks | 4,300 | 1,200 |" under "| Losses | Russia | Ukraine |":
	// the column's side.
	if side, ok := d.columnSide(toks, q.s); ok {
		c.Actor = side
		dc.named = side
	}
	// v, when above 0, is where the times a whole may take end.
	v := 0
	if d.wholeEnd > 0 && d.wholeSent == d.nsent && q.e <= d.wholeEnd && !fracOf {
		// "Around a fifth of Russia's 950,000 casualties were incurred
		// in the first five months of 2025": the whole is the running
		// total; the time after the share's verb is the share's.
		// (The whole's own phrase may run on to the verb: "Half of the
		// 60 soldiers killed in Djibo in May were conscripts".)
		v = d.wholeEnd
		for v < len(toks) && !shareVerb(toks[v].w) {
			v++
		}
		d.wholeEnd = 0
	} else if q.s <= 6 && word(toks, 0) == "of" && !fracOf && inOpeningWhole(toks, q) {
		// "Of the roughly 100,000 Ukrainian soldiers killed, about 40%
		// died in 2022": the whole the sentence opens with ends at its
		// comma; the time after is its part's.
		v = commaWithin(toks, max(q.e, h.e), 6)
	}
	if v > 0 {
		all := d.periods
		d.wholePeriods = d.wholePeriods[:0]
		for _, p := range all {
			if p.s < v {
				d.wholePeriods = append(d.wholePeriods, p)
			}
		}
		d.periods = d.wholePeriods
		d.setPeriod(toks, c, dc, q.s, qe, inList, fracOf, ref)
		d.periods = all
	} else {
		d.setPeriod(toks, c, dc, q.s, qe, inList, fracOf, ref)
	}
	d.clausePeriod(toks, q, c, dc, h.personNoun, firstClaim)
	yc, ok := d.columnYear(toks, q.s)
	if !ok && len(d.pipeCols) > 0 {
		// "| Sudan | 28,700 |" under "| Conflict | Deaths in 2024 |".
		if at := pipeColumn(toks, q.s); at >= 0 && at < len(d.pipeCols) && !d.pipeCols[at].year.start.IsZero() {
			yc, ok = d.pipeCols[at].year, true
		}
	}
	if ok && len(d.periods) == 0 {
		// "1,650 | 900 | 1,400" under "2022 | 2023 | 2024": the
		// column's year, from the war's start at the earliest.
		st := yc.start
		if c.PeriodStart > st && c.PeriodStart <= yc.end {
			st = c.PeriodStart
		}
		// (Whatever span a heading gave: "Russian equipment losses,
		// 2022-2024".)
		if cst := d.conflictStartOf(nil, c, dc); cst > st && cst <= yc.end {
			st = cst
		}
		c.PeriodStart, c.PeriodEnd = st, min(yc.end, d.pub)
	}
	if len(d.pipeCols) > 0 && !c.PeriodEnd.IsZero() {
		d.runningColumn(toks, q, c, dc)
	}
	// "Hamas-led gunmen killed some 1,200 people on 7 October 2023": an
	// event long past, told as background, is no figure of the source
	// the sentences before quoted.
	if carried && c.PeriodEnd.Sub(c.PeriodStart) <= 7 && d.pub.Sub(c.PeriodEnd) > 60 {
		c.Source = ""
	}
	d.periodBefore(toks, c, q.e)
	// "Some 26,000 people have been killed" since Sudan's war began: a
	// whole war's toll of people, where the civilians are one side of
	// several, is every side's.
	if c.Actor != "" && max(q.low, q.high) >= 5000 && !isEquipment(c.Category) && h.population != attrition.PopulationCivilian &&
		(h.noun == "" || h.noun == "people" || h.noun == "persons") && !choice.both && isConflictStart(c.PeriodStart) {
		if a, ok := findActor(c.Actor); ok && a.Population == attrition.PopulationCivilian && d.sidesOf(c.Actor) > 2 {
			c.Actor = ""
			c.AddFlag(attrition.FlagAmbiguousActor)
			// (The civilians' kind was the side's, not the noun's.)
			if h.population == "" && c.Population == attrition.PopulationCivilian {
				c.Population = attrition.PopulationAll
			}
		}
	}
	// "fired 84 missiles on Monday …; air defences shot down 43 of the
	// missiles": the day they were fired.
	if !dc.timeWords && (c.Category == "equipment:missiles" || c.Category == "equipment:drones") && len(d.launches) > 0 {
		l := fw.launchRef
		if l == nil && (downedBefore(toks, q.s) || downedAfter(toks, q.e)) {
			l = d.launchSince(d.nsent-1, c.Category)
		}
		if l != nil && !l.start.IsZero() {
			c.PeriodStart, c.PeriodEnd = l.start, l.end
		}
	}
	d.noteSpan(c)
	// "since 1 February 2021", no side named: a figure from the start of
	// a war counted under one side is that side's.
	// ("Troops kill 30 jihadists in northern Mali, army says": the
	// enemies of the side the sentence names are not its losses, once
	// the side's rules refused them.)
	if c.Actor == "" && !c.PeriodStart.IsZero() && !choice.both && !(choice.found && nk&(nkMilitant|nkIrregular) != 0) {
		if side, ok := singleSideFrom(c.PeriodStart); ok {
			c.Actor = side
		}
	}
	if dc.projection {
		return consumedEnd
	}
	// Status from the verb: "seized 17 tanks", "destroyed 20 tanks".
	if equipment && c.Status == "" {
		c.Status = statusVerbBefore(toks, q.s)
		if c.Status == "" {
			// (Its status is a word of statusWords: clsStatus.)
			if d.wordsCls&clsStatus != 0 {
				c.Status = statusAfterList(toks, ceEnd)
			}
		}
		// "3 RSF tanks were captured": the passive after them, when
		// they are the clause's only figure (a tally's list "…, 1,160
		// rocket launchers and 5,960 guns have been destroyed" splits
		// nothing by status).
		if c.Status == "" && !figureBefore(toks, q.s) {
			if st, _ := statusAfterVerb(toks, ceEnd); st != "" && (word(toks, ceEnd) == "were" || word(toks, ceEnd) == "was" || word(toks, ceEnd) == "have" || word(toks, ceEnd) == "had" || word(toks, ceEnd) == "has") {
				c.Status = st
			}
		}
	}
	// "12 aircraft destroyed or damaged": either status, so none.
	if c.Status != "" && statusEither(toks, max(0, q.s-3), min(len(toks), max(q.e, h.e)+3)) {
		c.Status = ""
	}
	// "about 400,000 casualties, including roughly 70,000 killed, a US
	// official told Reuters": a part the sentence's source did not
	// reach is the whole's.
	if c.Source == "" && (word(toks, q.s-1) == "including" || word(toks, q.s-2) == "including") && len(d.claims) > firstClaim {
		if w := &d.claims[len(d.claims)-1]; w.sentence == d.nsent && w.Source != "" {
			c.Source = w.Source
		}
	}
	// Likelihood: the nearest estimative phrase of the clause.
	if lh, ok := nearestLikelihood(toks, &d.cues, d.likes, q.s, qe); ok {
		c.Likelihood = lh.word
		if p, ok := d.probability(lh.word); ok {
			c.Probability = p
			// "is unlikely to have lost as many as 500 aircraft": what
			// is judged unlikely is reaching 500, at least 500.
			if p[1] < 0.5 && c.Bound == attrition.BoundAtMost && word(toks, q.s) == "as" && word(toks, q.s+2) == "as" {
				switch word(toks, q.s+1) {
				case "many", "high", "much":
					c.Bound, c.Low, c.High = attrition.BoundAtLeast, c.High, nil
				}
			}
		}
	}
	// Quote and span in the input.
	ps, pe := toks[qs].s, toks[qe-1].e
	is, ie := d.pt.inputSpan(ps, pe)
	// The quote is cut from the input's span once the claims are final
	// (ExtractStats).
	c.Span = [2]int{is, ie}
	if !c.PeriodEnd.IsZero() && c.PeriodEnd > d.pub || !c.PeriodStart.IsZero() && c.PeriodStart > d.pub {
		c.AddFlag(attrition.FlagPeriodAfterPublication)
	}
	if c.Flags == nil {
		c.Flags = []string{}
	}
	// "Nearly half of the 900 people killed in Myanmar last month were
	// civilians": the share's people by what the predicate says they
	// were, its side by the place its whole names.
	if fracOf && !equipment {
		// (Past the whole's place and time: "killed in Myanmar last
		// month were".)
		verb := consumedEnd
		for verb < len(toks) && verb < consumedEnd+8 && toks[verb].k == tWord && !copula(toks[verb].w) {
			verb++
		}
		if pop := predicatePeople(toks, verb); pop != "" {
			c.Population = pop
		}
		if c.Actor == "" {
			for i := range d.mentions {
				if m := &d.mentions[i]; m.s > q.s && m.e <= verb && m.actor != "" && !m.agent {
					c.Actor = m.actor
					c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
					break
				}
			}
		}
	}
	d.claims = appendClaim(d.claims, dc)
	// A bracketed daily change after a running total: "893,640 (+1,310)".
	incAt := q.e
	if _, ok := skipIncrement(toks, incAt); !ok && h.forward && h.e > q.e {
		incAt = h.e // "6,882 tanks (+4)"
		// "3,900 special equipment units (+2)": the unit word after
		// the equipment's.
		if equipment && pieceNoun(word(toks, incAt)) {
			incAt++
		}
	} else if !ok && q.e < len(toks) && toks[q.e].cls&clsPerson != 0 {
		incAt = q.e + 1 // "902,020 personnel (+1,080)"
	}
	// "shot down 66 of 104 Russian attack drones": the whole inside the
	// part's phrase is what was launched, no figure of its own.
	if e := wholeAfterPart(toks, q, h, equipment); e > consumedEnd {
		consumedEnd = e
	}
	if equipment && h.forward && h.e > consumedEnd && wholeOfBetween(toks, q.e, h.s) {
		consumedEnd = h.e
	}
	// "raised the toll from 31 to 38": the figure before, a claim too.
	if q.rising && q.first.s > 0 && word(toks, q.first.s-1) == "from" {
		c = new(*c) // the claim as appended, not as risingTimes redates it
		d.priorClaim(toks, c, q.first.s-1, q.first.e, q.first.val)
		d.risingTimes(toks, q)
	}
	ie, incOK := skipIncrement(toks, incAt)
	if !incOK && word(toks, incAt) == "|" && incAt+1 < len(toks) && toks[incAt+1].k == tNum && d.changeColumn(toks, incAt+1) {
		// "| Aircraft | 370 | 0 |" under "| Category | Total | Change |":
		// a change written without its sign.
		ie, incOK = incAt+2, true
	}
	if incOK && !fracOf {
		// The change's number: the first after the sign.
		vt := incAt
		for vt < ie && toks[vt].k != tNum {
			vt++
		}
		if v, _, ok := parseDigits(toks[vt].w); ok {
			inc := *c
			inc.Flags = []string{}
			inc.Low, inc.High, inc.Best = d.float(v), d.float(v), d.float(v)
			inc.Bound = attrition.BoundPoint
			inc.PeriodStart, inc.PeriodEnd = d.pub.AddDays(-1), d.pub
			// A tally "as of 25 March 2025", "from 24.02.22 to 01.04.25":
			// the change is the last day's of the total.
			if !c.PeriodEnd.IsZero() && c.PeriodEnd < d.pub {
				inc.PeriodStart, inc.PeriodEnd = c.PeriodEnd.AddDays(-1), c.PeriodEnd
			}
			// "(+120 in the past 48 hours)": the length of the window
			// written inside, up to the total's day.
			for i := range d.periods {
				if p := &d.periods[i]; p.s > incAt && p.e <= ie && p.kind == pSpan && p.window && !p.start.IsZero() {
					inc.PeriodStart = inc.PeriodEnd.AddDays(-p.end.Sub(p.start))
				}
			}
			end := max(qe, ie)
			start := qs
			if word(toks, incAt) == "|" {
				// A table's change column quotes alone: "+1 110".
				start = incAt + 1
			}
			ps, pe := toks[start].s, toks[end-1].e
			is, ie2 := d.pt.inputSpan(ps, pe)
			inc.Span = [2]int{is, ie2}
			d.claims = append(d.claims, docClaim{Claim: inc, q: qsum{low: v, high: v, best: v, hasLow: true, hasHigh: true, hasBest: true}, sentence: d.nsent})
			if ie > consumedEnd {
				consumedEnd = ie
			}
		}
	}
	return consumedEnd
}

// pieceNoun reports a word that counts equipment by the piece after its
// type: "special equipment units", "artillery pieces".
func pieceNoun(w string) bool {
	switch w {
	case "units", "unit", "pieces", "items", "systems":
		return true
	}
	return false
}

// claimSlot returns a zeroed docClaim for figure to build its claim in:
// the free slot just past the end of d.claims when the slice has room,
// so that appendClaim takes it in without copying it, else one of its
// own. The length of d.claims stays as it is while the claim is built
// (rules read the last claim as the one before this figure's), and the
// slice is not grown here: pointers into it, held while the claim is
// built, must still reach its claims. Nothing may append to d.claims
// between claimSlot and appendClaim.
func (d *docState) claimSlot() *docClaim {
	if n := len(d.claims); n < cap(d.claims) {
		dc := &d.claims[:n+1][n]
		*dc = docClaim{}
		return dc
	}
	return new(docClaim)
}

// appendClaim appends the claim dc from claimSlot to cs: in place when dc
// is the slot past cs's end, with a copy otherwise.
func appendClaim(cs []docClaim, dc *docClaim) []docClaim {
	if n := len(cs); n < cap(cs) && dc == &cs[:n+1][n] {
		return cs[:n+1]
	}
	return append(cs, *dc)
}

// figWork is what the phases of figure have found of one quantity, for
// the phases after them.
type figWork struct {
	// consumedEnd is the token after all the figure took in (a share's
	// whole, a value in brackets).
	consumedEnd int
	// fracOf: the figure is a share of a whole ("a fifth of the total",
	// "40% of them"): of ref, or of a value given in brackets, which
	// starts at token explicitAt (when hasExplicit). (shareCount reads
	// the value again there, for the few shares that have one: a
	// quantity kept here would be cleared for every figure.)
	fracOf      bool
	ref         *docClaim
	explicitAt  int
	hasExplicit bool
	// intercepted: a share of weapons launched that were intercepted.
	intercepted bool
	// figure's arguments: lossCtx, made true for a part of equipment
	// lost too.
	lossCtx, inList bool
	firstClaim      int

	// h is the category, status and people the figure counts.
	h catHit
	// pipePer is the rate a table's column names.
	pipePer string
	// subsetPart: "Of these, 29,410 were volunteers who signed
	// contracts": who some of the counted were, whatever else the clause
	// says of them.
	subsetPart bool
	// listRowHit: a row of a list or table under a heading that broke
	// a toll down.
	listRowHit bool
	// eqWhole: the equipment claim a part ("31 of them over the Bryansk
	// region") was told from.
	eqWhole *docClaim
	// launchRef: the launch of weapons the figure is a part of.
	launchRef *launch
	// sameAs: the claim another source's figure is of the same losses
	// as ("Kyiv claims 950,000").
	sameAs *docClaim
	// restateOf is the claim before whose losses "the figure" names again.
	restateOf *docClaim
	// othersCount: "Western estimates are lower, at 800,000": the
	// figure is not the source's before, who is not carried to it.
	othersCount bool
}

// figSide is what the side rules ask of a claim beyond figWork: its
// source, as figure found it, and what figureSide finds first, for
// refineSide and figure after it.
type figSide struct {
	src, srcA *attribution // the sentence's own source; the claim's
	carried   bool         // srcA is carried over from a sentence before
	party     string       // srcA's registry party, else the publisher's
	// equipment: a count of equipment; rare: the sentence has a word of
	// clsFigureRare.
	equipment, rare bool

	srcActor    string      // the side srcA speaks for
	srcMilitary bool        // srcA is an army counting (no admission)
	choice      actorChoice // the side the figure's words name
	ceEnd       int         // the figure's end, past category words after it
	nk          nounKind    // the kinds of the figure's people noun
	role        string      // "attackers" or "defenders": the side by its part in a fight (attackRole)
}

// shareWhole finds the whole a share is of: the claim it is a part of
// (fw.ref: "a fifth of the total", "40% of them", "of whom roughly a
// third"), and a value of its own given in brackets after it
// (at fw.explicitAt: "(200,000)"). It sets fw.consumedEnd past the words of
// the whole it took in. It reports false for a share of no whole, which
// is no claim.
func (d *docState) shareWhole(toks []token, q *quantity, fw *figWork) bool {
	// "a fifth of the total (200,000)", "about 40% of them".
	k := q.e
	if q.percent {
		// "fired 532 ballistic missiles, 86 percent of which were
		// intercepted": a share of weapons launched, which counted
		// as no loss when they were fired.
		if r, end, ok := d.interceptRef(toks, q); ok {
			fw.ref, fw.consumedEnd, fw.intercepted = r, end, true
			return true
		}
		// ("Of the 75,200 violent deaths, 56.2% were women or
		// children": a share of the whole the sentence opens with,
		// as "a fifth were" is.)
		// (The whole in this sentence only: a share told a
		// sentence later may be of any figure before it.)
		// ("950,000 casualties, of which around 20% were incurred in
		// 2025": a share of the figure the clause before gave, read
		// below as "of which a fifth" is.)
		// ("Of the roughly 100,000 soldiers killed, about 40% died in
		// 2022": of the whole the sentence opens with, as "two-fifths
		// died" is.)
		if b := word(toks, q.s-1); word(toks, k) != "of" && !(sharePeopleAfter(toks, k) && d.wholeInSentence()) && !((b == "which" || b == "whom") && word(toks, q.s-2) == "of") &&
			!(b == "," && word(toks, 0) == "of" && startsWithAnaphor(toks) && d.wholeInSentence()) {
			return false
		}
	}
	if q.first.mult {
		// "wounded maybe three times that": the figure just given,
		// in this sentence or the one before.
		fw.ref = d.lastClaim("")
		if fw.ref == nil || fw.ref.sentence < d.nsent-1 {
			return false
		}
		fw.consumedEnd = k + multipleRef(toks, k)
		// "430,000 casualties in 2024, three times as many as in
		// 2022", "ten times the toll of the 2006 war": the figure
		// given is the multiple, of a toll the sentence does not
		// give, not a figure of its own times three. ("wounded
		// three times as many as were killed" multiplies still.)
		return !multipleOfOther(toks, fw.consumedEnd)
	}
	if word(toks, k) != "of" {
		// "Of the total, about a third are dead"; "1,340 fatalities,
		// of whom roughly a third were civilians".
		// "600,000 troops, of whom roughly a quarter were killed":
		// a share of the figure the clause before gave.
		if b := word(toks, q.s-1); (b == "whom" || b == "which") && word(toks, q.s-2) == "of" {
			if r := d.lastClaim(""); r != nil && r.sentence == d.nsent && r.Per == "" {
				fw.ref, fw.consumedEnd = r, k
				return true
			}
		}
		subset := subsetCopula(toks, k)
		if !startsWithAnaphor(toks) && !subset {
			return false
		}
		fw.ref = d.lastClaim("")
		// "Of the roughly 300 Bradleys supplied, about a third have
		// been lost": the whole the sentence opens with.
		if w, we := inlineWhole(toks, 1); w != nil && word(toks, 0) == "of" && we <= q.s {
			fw.ref = w
		}
		if subset && !startsWithAnaphor(toks) && (fw.ref == nil || fw.ref.sentence < d.nsent-1 || isEquipment(fw.ref.Category)) {
			return false
		}
		if w := word(toks, 2); word(toks, 1) == "the" && (w == "total" || w == "overall") || word(toks, 1) == "all" {
			fw.ref = d.lastWhole()
		}
		if fw.ref == nil {
			return false
		}
		fw.consumedEnd = k
		return true
	}
	k++ // "of"
	refCat := ""
	wholeRef := false
	inline, ie := inlineWhole(toks, k)
	if inline == nil {
		// "Russia has lost a quarter of its 400,000 troops": a share
		// of the people a side had, lost; the whole is no loss.
		inline, ie = lostShareOfStrength(toks, q.s, k)
		if inline != nil {
			k = ie
			fw.ref = inline
			goto haveRef
		}
	}
	if inline != nil {
		// "Half of the 60 soldiers killed in Djibo were conscripts":
		// the whole is a loss told too; the sentence reads it next.
		if !isEquipment(inline.Category) {
			d.revisit = wholeStart(toks, k)
			d.wholeSent, d.wholeEnd = d.nsent, ie
		}
		k = ie
		fw.ref = inline
		goto haveRef
	}
	switch word(toks, k) {
	case "them", "these", "those", "this", "that", "which", "whom", "all", "it":
		k++
		// "70 percent of those killed", "a third of all these
		// casualties": the whole is the figure of that category. A
		// pronoun takes no such noun: "a quarter of them killed" is
		// the part's category.
		m := k
		for m < k+2 && (word(toks, m) == "these" || word(toks, m) == "those" || word(toks, m) == "the") {
			m++
		}
		if p, end, ok := personnelIx.match(toks, m); ok && p.category != catLost && !objectPronoun(word(toks, k-1)) {
			refCat = p.category
			k = end
		}
	case "the", "their", "its":
		k++
		for hasCls(toks, k, clsActorWord) || word(toks, k) == "total" || word(toks, k) == "overall" {
			if w := word(toks, k); w == "total" || w == "overall" {
				if p, _, ok := personnelIx.match(toks, k+1); !ok || p.category == catLost {
					break
				}
			}
			k++
		}
		w := word(toks, k)
		if p, end, ok := personnelIx.match(toks, k); ok && p.category != catLost {
			refCat = p.category
			k = end
		} else if p, end, ok := equipmentIx.match(toks, k); ok {
			refCat = p.category
			k = end
		} else if w == "total" || w == "figure" || w == "overall" || w == "number" || w == "sum" || w == "tally" || w == "count" {
			wholeRef = true
			k++
			if word(toks, k) == "figure" || word(toks, k) == "number" {
				k++
			}
		} else {
			return false
		}
	default:
		if hasCls(toks, k, clsActorWord) {
			// "40% of Russia's total casualties".
			for hasCls(toks, k, clsActorWord) || word(toks, k) == "total" || word(toks, k) == "overall" {
				k++
			}
			if p, end, ok := personnelIx.match(toks, k); ok && p.category != catLost {
				refCat = p.category
				k = end
				break
			}
		}
		return false
	}
	fw.ref = d.lastClaim(refCat)
	// "1,247 civilian casualties (214 killed, 1,033 injured), 88 per
	// cent of them in Government-controlled territory": the whole,
	// not its last part in brackets.
	if fw.ref != nil && refCat == "" && fw.ref.sentence == d.nsent && objectPronoun(word(toks, k-1)) {
		if w := d.wholeBeforeBracket(toks, q.s); w != nil {
			fw.ref = w
		}
	}
	// "6.2 million residents, roughly half of whom have since fled":
	// the whole is the figure the sentence just gave, which was no
	// loss, not a claim of a sentence before.
	if fw.ref != nil && fw.ref.sentence < d.nsent && refCat == "" && objectPronoun(word(toks, k-1)) && figureBetween(toks, 0, q.s, q.s, q.e) {
		return false
	}
	if refCat != "" {
		// "About 70% of the dead were women and children" after a
		// day's toll and the war's: the whole is the largest count
		// of the dead just given, not the last.
		fw.ref = d.largestRecent(refCat, fw.ref)
	}
	// "37,232 Palestinians have been killed and 85,037 wounded.
	// About 56% of them were women and children": "them" are the
	// people the sentence before named, not the figure that only
	// borrowed their noun.
	if fw.ref != nil && refCat == "" && !fw.ref.people && fw.ref.sentence < d.nsent {
		for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence == fw.ref.sentence; i-- {
			if c := &d.claims[i]; c.people && !c.share && !isEquipment(c.Category) {
				fw.ref = c
				break
			}
		}
	}

	if wholeRef {
		// "Casualties: one million. Permanent losses: 450,000. A
		// fifth of the total …": the total is the largest whole of
		// the side just counted, not the last figure.
		fw.ref = d.largestWhole()
	}
	// "more than 380,000 casualties, roughly 45 percent of their
	// losses since the start of the war": the share says what part
	// the figure before is of a whole not given; no figure of its
	// own.
	if fw.ref != nil && (refCat != "" || wholeRef) && fw.ref.sentence == d.nsent && fw.ref == d.lastAny() && appositiveAt(toks, q.s) {
		if _, ok := explicitAfter(toks, k); !ok {
			return false
		}
	}
haveRef:
	// A figure in brackets right after: "(200,000)".
	if kk, ok := explicitAfter(toks, k); ok {
		if eq, ok := parseQuantity(toks, kk); ok && !eq.percent && !eq.frac && eq.s <= k+2 {
			fw.explicitAt, fw.hasExplicit = kk, true
			if d.revisit > 0 {
				d.shareValue = eq.first.s
			}
			k = eq.e
			if word(toks, k) == ")" {
				k++
			}
		}
	}
	if fw.ref == nil && !fw.hasExplicit {
		return false
	}
	fw.consumedEnd = k
	return true
}

// figureCategory finds what the figure counts (fw.h) from its own words,
// and from what they leave out: a label's equipment, the launch of
// weapons a part downed was of (fw.launchRef), another source's figure
// for the same losses (fw.sameAs), a part of the people or equipment
// just counted, the question an answer's figure answers. It reports
// whether it found a category.
func (d *docState) figureCategory(toks []token, q *quantity, fw *figWork) bool {
	fracOf, ref, consumedEnd := fw.fracOf, fw.ref, fw.consumedEnd
	h := &fw.h
	// Category.
	// A share's category words follow what it consumed; a copy of the
	// quantity only then.
	cq := q
	if fracOf {
		fq := *q
		fq.e = consumedEnd
		// "Roughly 40% of the total, or 400,000, were killed": past the
		// comma that closes the share's value, its own verb.
		if fw.hasExplicit && word(toks, consumedEnd) == "," && consumedEnd+1 < len(toks) && toks[consumedEnd+1].k == tWord {
			fq.e = consumedEnd + 1
		}
		cq = &fq
	}
	ok := findCategoryInto(toks, cq, d.periods, h)
	// "A fifth of the total (200,000) fell in the last six months": a
	// share of a whole falls in a time; it is the whole's count.
	if ok && fracOf && ref != nil && !isEquipment(ref.Category) && h.category == catKilled && h.e == h.s+1 && h.s < len(toks) && (toks[h.s].w == "fell" || toks[h.s].w == "fallen") && word(toks, h.s+1) == "in" {
		h.category = ref.Category
	}
	// "Tanks: 48 lost (31 destroyed, …)": the label's equipment, lost;
	// not people lost.
	if ok && (h.category == catLost || h.category == catCasualties && word(toks, h.s) == "lost") && !h.personNoun && q.s >= 2 && word(toks, q.s-1) == ":" {
		for st := max(0, q.s-5); st < q.s-1; st++ {
			if p, end, ok := equipmentIx.match(toks, st); ok && end == q.s-1 {
				h.category = p.category
				break
			}
		}
	}
	// "Of the 20 missiles, 19 were intercepted": the part the sentence's
	// opening whole names, downed after it.
	// (Not "Of the 40 missiles Russia fired overnight, 35 …", whose
	// launcher the launches read.)
	if !ok && !fracOf && q.s >= 2 && word(toks, q.s-1) == "," && downedAfter(toks, q.e) && isEquipment(categoryOf(toks, q.s-2)) {
		if eq := leadingEquipment(toks, q.s); eq != "" {
			*h, ok = catHit{category: eq, s: q.e, e: q.e}, true
		}
	}
	// "The civilian death toll in Ukraine reached 13,000", "Civilian
	// deaths … fell to 1,500": the adjective before the loss noun says
	// whose dead, however the noun was found.
	if ok && h.population == "" && !h.forward && h.s > 0 && h.s <= q.s && !isEquipment(h.category) {
		k := h.s - 1
		if w := toks[k].w; (w == "death" || w == "casualty") && k > 0 {
			k--
		}
		switch toks[k].w {
		case "civilian":
			h.population = attrition.PopulationCivilian
		case "military", "combat", "battlefield":
			// (Not the subject of the verb: "airstrikes by the military
			// killed 50 people".)
			if !h.active {
				h.population = attrition.PopulationMilitary
			}
		default:
			// "Civilians killed: 12,910", "Soldiers killed in May:
			// 1,200", "Children killed: over 16,500", "Aid workers
			// killed: 408": a label's people before its loss word.
			if t := &toks[k]; t.k == tWord && t.cls&clsPerson != 0 && h.e <= q.s && word(toks, h.e) != "by" && labelColonBetween(toks, h.e, q.s) {
				if t.cls&clsCivilianWords != 0 || civilServiceBefore(toks, k) {
					h.population = attrition.PopulationCivilian
				} else if t.cls&clsMilitaryWords != 0 {
					h.population = attrition.PopulationMilitary
				}
			}
		}
		// "casualties among civilians in Ukraine reached 1,575".
		if h.population == "" && word(toks, h.e) == "among" && h.e+1 < q.s {
			switch word(toks, h.e+1) {
			case "civilians", "children", "women":
				h.population = attrition.PopulationCivilian
			case "soldiers", "troops", "servicemen", "combatants", "fighters":
				h.population = attrition.PopulationMilitary
			}
		}
	}
	// "Civilian casualties in Ukraine averaged 6 killed and 28 injured
	// per day", "Civilian casualties in May: 600 killed": the dead and
	// wounded the subject's casualties are broken into are its people.
	if ok && h.population == "" && !h.personNoun && h.s >= q.e && q.s >= 2 && q.s <= 12 && breakdownCategory(h.category) {
		if k := civilianCasualtiesAt(toks, q.s); k >= 0 && !figureWithin(toks, k, q.s) {
			h.population = attrition.PopulationCivilian
		}
	}
	if fracOf && (!ok || !h.forward && !(q.first.mult && h.category != "")) && ref != nil {
		*h = catHit{category: ref.Category, s: consumedEnd, e: consumedEnd}
		if isEquipment(ref.Category) {
			h.status = ref.Status
		}
		ok = true
	} else if fracOf && ok && ref != nil && isEquipment(ref.Category) && !h.personNoun &&
		(h.category == catLost || h.category == "" || h.category == catCasualties && h.e == h.s+1 && toks[h.s].w == "lost") {
		// "Of the 300 Bradleys supplied, about a third have been lost"
		// (or "destroyed"): the whole's equipment, with the part's status.
		h.category = ref.Category
	} else if ok && !fracOf && !h.personNoun && !h.forward && (h.category == catLost || h.category == catCasualties) && h.e == h.s+1 && toks[h.s].w == "lost" &&
		(stopAfter(toks, q.e) || ofOwnAfter(toks, q.e)) && len(d.claims) > fw.firstClaim && d.claims[len(d.claims)-1].sentence == d.nsent && isEquipment(d.claims[len(d.claims)-1].Category) {
		// "Russia lost 4,000 tanks; Ukraine lost 1,200": the same
		// things, the noun left out ("destroyed 14 Russian tanks and
		// lost four of their own").
		prev := &d.claims[len(d.claims)-1]
		h.category, h.status = prev.Category, prev.Status
	} else if ok && !fracOf && !h.personNoun && !h.forward && (h.category == catLost || h.category == catCasualties) && h.e == q.s && toks[h.s].w == "lost" &&
		(stopAfter(toks, q.e) || ofOwnAfter(toks, q.e) || clausePrepAfter(toks, q.e)) {
		// "Russia produced 1,500 tanks but lost roughly 1,400", "built
		// 300 drones a month and lost 250 in May": the things the
		// sentence counted before, the noun left out, though that count
		// was no loss.
		if eq := countedEquipmentBefore(toks, h.s); eq != "" {
			h.category = eq
		}
	} else if !fracOf && (!ok || !h.personNoun && !isEquipment(h.category)) &&
		word(toks, q.s-1) == "which" && word(toks, q.s-2) == "of" && word(toks, q.s-3) == "," && q.s >= 4 {
		// "Ukraine has received 31 Abrams tanks, of which 20 have been
		// lost" (or "destroyed", "captured"): the equipment the clause
		// before named.
		if w, ok2 := categoryEndingAt(toks, q.s-4); ok2 && isEquipment(w.category) {
			if st, se := statusAfterVerb(toks, q.e); st != "" || ok && (h.category == catLost || h.category == catCasualties) {
				if st == "" {
					se = max(h.e, q.e)
				}
				*h, ok = catHit{category: w.category, s: q.e, e: se, status: st, forward: true}, true
			}
		}
	}
	// Tables, lists of names and "Among the dead …" name a category the
	// figure's own words do not.
	// "Russia launched 14 drones … the air force shot down 12 of them":
	// a part of the weapons fired.
	var launchRef *launch
	// "… 64 of them were shot down", "64 were intercepted": the part
	// named before its passive.
	// ("718 were neutralised": the verb's own category is no people's
	// when no people are named and weapons were just launched.)
	// The verb's own category, no people named: "718 were neutralised",
	// "277 of which were neutralised".
	verbOnly := ok && h.category == catCasualties && !h.personNoun && h.forward && h.s > q.e
	if (!ok || h.category == "" || verbOnly) && (ofThem(toks, q.e) && (downedBefore(toks, q.s) || shotDownAfter(toks, q.e+2)) ||
		(word(toks, q.e) == "were" || word(toks, q.e) == "was") && shotDownAfter(toks, q.e)) {
		if launchRef = d.launchSince(d.nsent-1, ""); launchRef != nil {
			// "728 drones and 13 missiles; 718 were neutralised": of the
			// launch large enough to hold them.
			if v := q.sum(); launchRef.q.value() < v.value() {
				for i := len(d.launches) - 1; i >= 0 && d.launches[i].sentence == launchRef.sentence; i-- {
					if d.launches[i].q.value() >= v.value() {
						launchRef = &d.launches[i]
						break
					}
				}
			}
			*h, ok = catHit{category: launchRef.category, s: q.e, e: q.e}, true
		}
	}
	// "Russia launched 96 drones overnight, and air defences shot down
	// 62", "…, of which air defences shot down 1,300": the bare part
	// downed of the launch the sentence told.
	if launchRef == nil && !ok && stopAfter(toks, q.e) && downedBefore(toks, q.s) {
		if launchRef = d.launchSince(d.nsent-1, ""); launchRef != nil {
			*h, ok = catHit{category: launchRef.category, s: q.e, e: q.e}, true
		}
	}
	// "Russia fired 74 drones at Ukraine overnight, of which 47 were
	// downed": the same, the part named before its verb.
	// "air defences had shot down 43 of the missiles": of those fired.
	if launchRef == nil && ok && h.forward && word(toks, q.e) == "of" && word(toks, q.e+1) == "the" && downedBefore(toks, q.s) {
		launchRef = d.launchSince(d.nsent-1, h.category)
	}
	// "…, of which 35 missiles and 46 drones were shot down": each
	// part of the list, of the weapons of its own kind.
	// ("…, 62 of which were shot down": the same, "of which" after.)
	if launchRef == nil && (ofWhichBefore(toks, q.s) || word(toks, q.e) == "of" && word(toks, q.e+1) == "which" && (shotDownAfter(toks, q.e+2) || downedAfter(toks, q.e+2))) {
		cat := ""
		if ok && !verbOnly {
			cat = h.category
		}
		l := d.launchSince(d.nsent, cat)
		if l == nil && cat != "" {
			l = d.launchSince(d.nsent, "")
		}
		if l != nil && (!ok || cat == "" || h.category == l.category) {
			launchRef = l
			if !ok || cat == "" {
				*h, ok = catHit{category: launchRef.category, s: q.e, e: q.e}, true
			}
		}
	}
	// "The UK puts Russian casualties at 700,000; Kyiv claims 950,000":
	// another source's figure for the same losses, their words left out.
	var sameAs *docClaim
	if !ok && !fracOf && (stopAfter(toks, q.e) || word(toks, q.e) == "and") && len(d.claims) > fw.firstClaim {
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Per == "" && !prev.share && otherSourceVerbBefore(toks, q.s) {
			*h, ok = catHit{category: prev.Category, s: q.e, e: q.e, status: prev.Status}, true
			sameAs = prev
		}
	}
	// "1,060,210 killed, wounded or captured …, 980 of them in the past
	// day": a part of the people just counted, not of the word before.
	if ok && !h.forward && ofThem(toks, q.e) && !(fracOf && bracketBefore(toks, q.s) >= 0) {
		if prev := d.lastPeople(); prev != nil && prev.sentence == d.nsent && prev.Category != h.category {
			*h = catHit{category: prev.Category, s: q.e, e: q.e}
		}
	}
	// "Of those named, 17,214 were prisoners recruited from penal
	// colonies": prisoners by what they were before, a part of the dead
	// counted before, not captives.
	// ("The list includes 19,850 former prisoners".)
	if pw := q.e + 1; ok && h.forward && h.category == catCaptured && h.s == pw && (word(toks, q.e) == "were" || word(toks, q.e) == "was") && startsWithAnaphor(toks) ||
		(ok && h.forward && h.category == catCaptured && h.s == q.e || word(toks, q.e) == "former") && partOfDeadLead(toks, q.s) {
		if word(toks, pw-1) != "were" && word(toks, pw-1) != "was" && word(toks, pw-1) != "former" {
			pw--
		}
		switch noun := word(toks, pw); noun {
		case "prisoners", "convicts", "inmates":
			if prev := d.lastPeople(); prev != nil && (prev.Category == catKilled || prev.Category == catCasualties || prev.Category == attrition.CategoryKilledOrMissing) {
				*h, ok = catHit{category: prev.Category, s: q.e, e: q.e, personNoun: true, noun: noun}, true
				fw.subsetPart = true
			}
		}
	}
	// "shot down 85 of the drones, while 50 others were lost to
	// jamming": "others" after equipment counted in the sentence are
	// more of it, not people.
	if ok && h.noun == "others" && word(toks, q.e) == "others" {
		if prev := d.lastAny(); prev != nil && prev.sentence == d.nsent && isEquipment(prev.Category) {
			ok, *h = false, catHit{}
		}
	}
	// "suffered more than 400,000 casualties, bringing the cumulative
	// toll to roughly 1.2 million": a bare toll is the total of the
	// losses just counted, of their kind.
	if ok && h.category == catKilled && h.e == h.s+1 && word(toks, h.s) == "toll" && !h.forward && bringingBefore(toks, q.s) {
		if b := word(toks, h.s-1); b != "death" && b != "dead" {
			if prev := d.lastAny(); prev != nil && prev.sentence == d.nsent && prev.Category == catCasualties && prev.Per == "" {
				h.category = prev.Category
			}
		}
	}
	// "Asked how many soldiers had been killed, he said about 31,000";
	// "Q: How many Ukrainian soldiers have been killed? A: About
	// 31,000.": the answer's category is the question's.
	// (Not "Three counts, three methods" under a heading that asks: a
	// figure in digits or a large one.)
	// (The sum only for a figure of no category: most have one.)
	if !ok && !fracOf {
		if v := q.sum(); toks[q.first.s].k == tNum || v.value() >= 100 {
			if cat := d.askedCategory(toks, q.s); cat != "" {
				*h, ok = catHit{category: cat, s: q.e, e: q.e}, true
			}
		}
	}
	fw.launchRef, fw.sameAs = launchRef, sameAs
	return ok
}

// inheritedCategory settles the category of a figure whose words name
// none, with ok what figureCategory reported: first the one a table's
// column or a heading places it under (placedCategory); else the one of
// the figure it follows, as a breakdown, a part, a rate, a comparison
// or an ellipsis of it, of a list's whole or of the claims
// "respectively" lines it up with. It reports false for a figure that
// is no claim.
func (d *docState) inheritedCategory(toks []token, q *quantity, fw *figWork, ok bool) bool {
	h, firstClaim := &fw.h, fw.firstClaim
	ok, fw.pipePer = d.placedCategory(toks, q, h, ok)
	if ok && (h.category != "" || h.status != "") {
		return true
	}
	// A breakdown or a rate that names no category takes the one of
	// the figure it follows: "40,000 killed, including 7,797 children
	// and 4,959 women", "776 a day in February and 568 a day in March".
	prev := d.lastAny()
	// "Of the dead, it says, around 160,000 were civilians", after
	// the dead and then the injured: the part of the people named.
	if w := word(toks, 0); (w == "of" || w == "among") && word(toks, 1) == "the" {
		if p, _, ok := personnelIx.match(toks, 2); ok && p.category != catLost {
			if r := d.lastClaim(p.category); r != nil && r.sentence >= d.nsent-1 {
				prev = r
			}
		}
	}
	// "bringing those totals to 10,880, 22,674 and 28,413
	// respectively": the figures in the order of the claims before.
	resp := d.respectivelyRef(toks, q, firstClaim)
	// Past the first figure of a row, only in a table whose header
	// names no columns: "Population (m)" is no part of a toll.
	listRow := d.listWhole != "" && (wordLabelRow(toks, q.s) && (toks[q.s-2].k != tNum || len(d.pipeCols) == 0) || colonLabelRow(toks, q.s))
	fw.listRowHit = listRow
	// (fw may keep listPrev, as eqWhole or restateOf: it is made on the
	// heap, for the few figures of such lists.)
	var listPrev *docClaim
	if d.listWhole != "" && (h.personNoun && q.s == bulletLead(toks) || listRow) {
		// "161 civilians, among them 27 children" under "The toll
		// was distributed as follows:"; "Sagaing Region    1,583"
		// under "Killings verified by AAPP, by state/region".
		listPrev = &docClaim{}
		listPrev.Category = d.listWhole
		listPrev.sentence = d.nsent
		if h.population == "" {
			h.population = d.listWholePop
		}
	} else if h.noun == "personnel" && fw.lossCtx && labelEnds(toks, q.e, "personnel") && !subsetCopula(toks, q.e) && !d.breakdownNext(toks, q.s) ||
		nounKindOf(h.noun)&nkStateSoldier != 0 && fw.lossCtx && !subsetCopula(toks, q.e) && (equipmentListAfter(toks, q.e, h.noun) || labelEnds(toks, q.e, h.noun) && d.listItem(toks)) {
		// A tally's "308 820 (+880) personnel"; "Zapad — up to 230
		// troops, 8 pickup trucks": a list of losses, people first;
		// "- 1,019,380 troops" under "Russian losses:".
		listPrev = &docClaim{}
		listPrev.Category = catCasualties
		listPrev.sentence = d.nsent
	}
	// "Another 8,000 troops have defected": the people's own verb
	// says what befell them, and it is no loss.
	if h.personNoun {
		k := q.e
		for k < len(toks) && k < q.e+4 && toks[k].w != h.noun {
			k++
		}
		if nonLossVerbAfter(toks, k+1) {
			return false
		}
	}
	// "… provides a monthly estimate of Russian casualties. In May, it
	// assessed the figure at 39,870": the losses the count before was
	// said to be of, no figure of it told.
	if t := d.countTopic; t != nil && t.sentence == d.nsent-1 && (prev == nil || prev.sentence < t.sentence) && figureAtBefore(toks, q.s) && !figureWithin(toks, 0, q.s) {
		prev = t
	}
	// No claim of this sentence or the one before to follow, nor a
	// list's whole, nor "respectively": every rule below ends in
	// the return after "Of these" (lastRate finds no rate older
	// than the sentence before either). Most figures that name no
	// category end here, before their rate is looked for.
	if resp == nil && listPrev == nil && (prev == nil || prev.sentence < d.nsent-1) {
		return false
	}
	per, _ := d.findPer(toks, q, h)
	if per != "" && prev != nil && prev.Per != per {
		// "an average of 1,145 a day, against 430,790 in 2024. Its
		// count peaked in March, at an average of 1,320 a day": the
		// rate before, not the total between.
		if r := d.lastRate(per); r != nil {
			prev = r
		}
	}
	if resp != nil {
		prev = resp
	}
	if listPrev != nil {
		prev = listPrev
	}
	// "19 field artillery pieces, including 7 made in the United
	// States": part of the equipment just counted.
	eqPart := prev != nil && isEquipment(prev.Category) && prev.sentence == d.nsent && word(toks, q.s-1) == "including" && !h.personNoun
	// "shot down 84 Ukrainian drones over Russian regions, 31 of
	// them over the Bryansk region"; "… 21 over the Kursk region and
	// 9 over Bryansk", "and two more over the Black Sea": parts of
	// the equipment just counted, told by where they fell.
	// "shot down 85 of the drones, while 50 others were lost to
	// jamming": others of the same equipment, not people.
	if !eqPart && prev != nil && isEquipment(prev.Category) && prev.sentence == d.nsent && word(toks, q.e) == "others" {
		eqPart = true
	}
	if !eqPart && prev != nil && isEquipment(prev.Category) && !h.personNoun {
		over := word(toks, q.e) == "over" || word(toks, q.e) == "more" && word(toks, q.e+1) == "over"
		eqPart = prev.sentence >= d.nsent-1 && ofThem(toks, q.e) && word(toks, q.e+1) == "them" ||
			prev.sentence == d.nsent && word(toks, q.s-1) == "and" && over ||
			(prev.sentence == d.nsent || prev.sentence == d.nsent-1 && comparesOpening(toks)) && comparedBefore(toks, q.s)
	}
	// "launched 117 drones …, and Ukrainian forces downed 79 of
	// them": "them" are the nearest equipment named, counted or not.
	eqNear := ""
	if eqPart && ofThem(toks, q.e) {
		eqNear = equipmentBefore(toks, q.s)
	}
	// "1,380 tanks in 2024 and 1,860 the year before": the same
	// count for another period.
	ell := prev != nil && prev.sentence == d.nsent && !h.personNoun && h.noun == "" && d.otherPeriodOfSame(toks, q.s, q.e)
	// "Russia has lost 900,000 troops killed or wounded, and Ukraine
	// about 400,000": the same count of another side.
	ell = ell || prev != nil && prev.sentence == d.nsent && h.noun == "" && sideLedEllipsis(toks, q.s)
	// "fell from 340 in May to 304 in June": the same count at the
	// end of a change told with its times.
	ell = ell || prev != nil && prev.sentence == d.nsent && h.noun == "" && fromFigureTo(toks, q.s)
	// "killed 10 gunmen and arrested 35 wanted persons": the object
	// of another deed is no part of the figure before.
	if resp == nil && (otherDeedBefore(toks, q.s) || eventsAfter(toks, q.e)) {
		return false
	}
	// "…, while 17,000 children are unaccompanied or separated":
	// people in a state the present tense names, no loss ("103 are
	// children" names who some of the dead were).
	if resp == nil && h.personNoun && q.e < len(toks) && toks[q.e].cls&clsPerson != 0 {
		switch word(toks, q.e+1) {
		case "are", "is", "remain", "remains":
			return false
		}
		// "…, while 40,000 residents were forced to flee", "450,000
		// people were left without shelter": people uprooted.
		if uprootedAfter(toks, q.e+1) {
			return false
		}
	}

	// ("lost 40 tanks last week, bringing its total to 4,400": the
	// running total of the same weapons.)
	eqTotal := prev != nil && isEquipment(prev.Category) && prev.sentence == d.nsent && d.total && totalCue(toks, q.s)
	// "Oryx puts Russian tank losses at 3,900, while the General Staff
	// puts the figure at 10,900": the same count, by another.
	// "Kyiv says Russia has lost 10,900 tanks. Oryx puts the number at
	// around 4,000": so in the next sentence, where a toll is no
	// weapons' count.
	figAt := false
	if prev != nil && (prev.sentence == d.nsent || prev.sentence == d.nsent-1 && !(isEquipment(prev.Category) && word(toks, q.s-2) == "toll")) {
		fw.othersCount = otherEstimateBefore(toks, q.s)
		figAt = fw.othersCount || figureAtBefore(toks, q.s)
		// ("The army has 3,000 tanks; other estimates are higher, at
		// 3,500": of the figure between, which was no loss.)
		if figAt && prev.sentence < d.nsent && figureWithin(toks, 0, q.s) {
			figAt, fw.othersCount = false, false
		}
	}
	if resp == nil && (prev == nil || isEquipment(prev.Category) && !eqPart && !ell && !eqTotal && !figAt || prev.sentence < d.nsent-1 || prev.row && !listRow ||
		!(h.personNoun && (prev.sentence == d.nsent || startsWithAnaphor(toks) || breakdownCue(toks, q.s) || prev.people && subsetCopula(toks, q.e)) || per != "" && prev.Per == per ||
			prev.sentence == d.nsent && d.total && totalCue(toks, q.s) || referentBefore(toks, q.s) ||
			prev.sentence == d.nsent && byToBefore(toks, q.s) ||
			prev.sentence == d.nsent && word(toks, q.s-1) == "including" && prev.Per == "" ||
			(prev.sentence == d.nsent || prev.sentence == d.nsent-1 && comparesOpening(toks)) && comparedBefore(toks, q.s) || ell ||
			startsWithAnaphor(toks) && placedCopula(toks, q.e) ||
			// "Of these, 17,200 were mobilised": who some of the dead
			// were, by how they came to fight.
			partOfDeadLead(toks, q.s) && (word(toks, q.e) == "were" || word(toks, q.e) == "was") && !isEquipment(prev.Category) ||
			prev.sentence == d.nsent && figureOfBefore(toks, q.s) || listRow ||
			// "by region: Bashkortostan: 5,200; Tatarstan: 4,100": the
			// next item of a list in one line.
			prev.sentence == d.nsent && prev.Per == "" && inlineLabelItem(toks, q.s) ||
			figAt ||
			prev.sentence == d.nsent && toRecordBefore(toks, q.s) ||
			prev.sentence == d.nsent && !isEquipment(prev.Category) && amongThem(toks, q.s) ||
			prev.sentence == d.nsent && monthAsideBefore(toks, q.s) ||
			!isEquipment(prev.Category) && peopleRowLabel(toks, q.s) ||
			prev.sentence == d.nsent && (word(toks, q.s-1) == "and" || word(toks, q.s-1) == ",") && ellipsisAfter(toks, q.e) ||
			prev.sentence == d.nsent && !isEquipment(prev.Category) && timeLedEllipsis(toks, q.s, q.e) ||
			prev.sentence == d.nsent && byEllipsis(toks, q) ||
			// "95,000 (Mediazona), 172,000 (UK MoD)", "estimated at
			// 95,000 (Mediazona) and 250,000 (CSIS)": another source's
			// figure for the same count, its words left out.
			prev.sentence == d.nsent && prev.Per == "" && d.sourcedAlternative(toks, q) ||
			// "has killed tens of thousands, perhaps as many as
			// 150,000": a higher guess at the same toll.
			prev.sentence == d.nsent && !isEquipment(prev.Category) && upgradeBefore(toks, q.s) ||
			// "were at least 40,000 but probably not more than 50,000":
			// the other bound of the same count.
			prev.sentence == d.nsent && !isEquipment(prev.Category) && boundPairBefore(toks, q.s) ||
			prev.sentence == d.nsent && h.personNoun && asWellAs(toks, q.s) ||
			ofThem(toks, q.e) && !isEquipment(prev.Category) && !(prev.sentence < d.nsent && figureWithin(toks, 0, q.s-1) && !lossWordIn(toks, 0, q.s)) || eqPart && word(toks, q.s-1) != "including" ||
			prev.people && (prev.sentence == d.nsent || startsWithAnaphor(toks)) && groupCopula(toks, q.e) ||
			word(toks, 0) == "|" && startsWithAnaphor(toks) ||
			per != "" && prev.sentence == d.nsent && prev.Per == "" && rateCue(toks, q.s) ||
			// "1,262 soldiers a day, or about 39,000 over the month":
			// the rate's total.
			per == "" && prev.sentence == d.nsent && prev.Per != "" && rateCue(toks, q.s) && totalOverAfter(toks, q.e) ||
			per != "" && prev.sentence == d.nsent-1 && prev.Per == "" && restatedAsRate(toks, q.s) ||
			// ("losses: 1,000 in the past day; 1,000,000 since the
			// invasion": the same count over another time.)
			prev.sentence == d.nsent && prev.Per == "" && d.spanAt(toks, q.e) && (word(toks, q.s-1) == "another" || word(toks, q.s-1) == "," || word(toks, q.s-1) == "with" || q.s >= 2 && anotherAt(toks, q.s-1)) ||
			prev.sentence == d.nsent && prev.Per == "" && word(toks, q.s-1) == ";" && !isEquipment(prev.Category) && d.periodRightAt(q.e) ||
			// "Three people were killed in Sumy region and another four
			// in Donetsk region": more of the same, in another place.
			prev.sentence == d.nsent && prev.Per == "" && !isEquipment(prev.Category) && word(toks, q.s-1) == "another" && word(toks, q.s-2) == "and" && word(toks, q.e) == "in")) {
		return false
	}
	// "21,000 of them were volunteers who signed contracts": a part
	// of the dead, whatever the clause says of them.
	// "More than 21,000 of them were volunteers …, and at least 1,500
	// were convicts": the next part in the same sentence.
	fw.subsetPart = (startsWithAnaphor(toks) || prev.sentence == d.nsent && prev.people && word(toks, q.s-1) == "and") && subsetCopula(toks, q.e)
	// Nor a part of equipment lost ("shot down 412 of the 530 drones
	// launched by Russia, including 81 over Kyiv oblast").
	// (Only a word of clsVeto vetoes: vetoAt.)
	if !ofThem(toks, q.e) && !fw.subsetPart && !eqPart && d.wordsCls&clsVeto != 0 && stockOrFuture(toks, q.s, q.e) {
		return false
	}
	*h = catHit{category: prev.Category, s: q.e, e: q.e, population: h.population, personNoun: h.personNoun, noun: h.noun}
	if prev.sentence >= d.nsent-1 && (referentBefore(toks, q.s) || figAt) {
		fw.restateOf = prev
	}
	// A part or a comparison of equipment lost is lost too, whatever
	// words its own sentence has ("The Russian figure is up from
	// 3,150").
	fw.lossCtx = fw.lossCtx || isEquipment(prev.Category)
	if eqPart || resp != nil {
		h.status = prev.Status
		// "…, capturing 2 others": the part's own verb says.
		if st := statusVerbBefore(toks, q.s); st != "" && word(toks, q.e) == "others" {
			h.status = st
		}
	}
	if eqNear != "" && eqNear != prev.Category {
		h.category, h.status = eqNear, ""
		if l := d.launchSince(d.nsent-1, eqNear); l != nil && fw.launchRef == nil && downedBefore(toks, q.s) {
			fw.launchRef = l
		}
	} else if eqPart && !comparedBefore(toks, q.s) {
		// A part, not a figure compared ("compared with Ukraine's
		// 1,100"): the whole's side.
		fw.eqWhole = prev
	}
	if prev.sentence == d.nsent && comparedBefore(toks, q.s) {
		// "14,000 civilians last year, up from 7,900 in 2024": the
		// same people; a rate between is not what is compared.
		if w := d.lastClaim(""); w != nil && w.sentence == d.nsent {
			prev = w
			// "1,019 civilian casualties (183 killed and 836
			// injured), up from 848 in April": the whole, not its
			// last part in brackets.
			if w := d.wholeBeforeBracket(toks, q.s); w != nil {
				prev = w
			}
			h.category = prev.Category
		}
		if h.population == "" {
			h.population = prev.Population
		}
	}
	return true
}

// shareCount sets q to the count a share stands for: the value given
// in brackets, else the share of its whole's figure (a range for a
// share that is one), or, for a list that covers a share of the dead,
// the whole it implies.
func (d *docState) shareCount(toks []token, q *quantity, fw *figWork) {
	ref := fw.ref
	qs0 := q.s // the share's own start, which its bracketed value keeps
	var explicit *quantity
	var eq quantity
	if fw.hasExplicit {
		readQuantity(toks, fw.explicitAt, &eq)
		explicit = &eq
	}
	f := q.first.val
	if q.percent {
		f /= 100
	}
	if explicit != nil {
		want := math.NaN()
		if ref != nil {
			want = f * ref.q.value()
		}
		approx := q.approx || explicit.approx
		bound := explicit.bound
		*q = *explicit
		q.approx = approx
		q.bound = bound
		q.s = qs0
		if ref != nil && !math.IsNaN(want) && want > 0 && math.Abs(q.value()-want)/want > 0.05 {
			d.mismatch = true // the caller flags the last claim
		}
	} else {
		// The share of the whole, as a point of the whole's central
		// figure, or a range when the share is one ("between 60 and
		// 70 per cent of ... one million").
		v := ref.q.value()
		rq := *q
		if coverageShare(toks, q.s) && f > 0 && f < 1 {
			// "their list covers between 45% and 65% of the dead":
			// the count is the share, the whole is what it implies.
			lo, hi := f, f
			if q.bound == attrition.BoundRange {
				lo, hi = q.low, q.high
				if q.percent {
					lo, hi = lo/100, hi/100
				}
			}
			if lo > 0 && hi < 1 {
				rq.low, rq.high = math.Round(v/hi), math.Round(v/lo)
				rq.hasLow, rq.hasHigh, rq.hasBest = true, true, lo == hi
				rq.best, rq.bound = rq.low, attrition.BoundRange
				if lo == hi {
					rq.bound = attrition.BoundPoint
					// A share of at least 45% implies a whole of at
					// most the count over it.
					switch q.bound {
					case attrition.BoundAtLeast:
						rq.setBound(attrition.BoundAtMost)
					case attrition.BoundMoreThan:
						rq.setBound(attrition.BoundFewerThan)
					case attrition.BoundAtMost:
						rq.setBound(attrition.BoundAtLeast)
					case attrition.BoundFewerThan:
						rq.setBound(attrition.BoundMoreThan)
					}
				}
				rq.approx = ref.q.approx || q.approx
				*q = rq
				return
			}
		}
		if q.bound == attrition.BoundRange {
			lo, hi := q.low, q.high
			if q.percent {
				lo, hi = lo/100, hi/100
			}
			rq.low, rq.high = math.Round(lo*v), math.Round(hi*v)
			rq.hasLow, rq.hasHigh, rq.hasBest = true, true, false
		} else if w := &ref.q; w.hasLow && w.hasHigh && w.low < w.high {
			// "About 45 per cent of those deaths" after "between
			// 148,000 and 201,000, central estimate 172,000": the
			// part keeps the whole's range, and its best.
			rq.low, rq.high = math.Round(f*w.low), math.Round(f*w.high)
			rq.hasLow, rq.hasHigh, rq.hasBest = true, true, w.hasBest
			rq.best = 0
			if w.hasBest {
				rq.best = math.Round(f * w.best)
			}
			rq.bound = attrition.BoundRange
		} else {
			x := math.Round(f * v)
			rq.low, rq.high, rq.best = x, x, x
			rq.hasLow, rq.hasHigh, rq.hasBest = true, true, true
			rq.bound = attrition.BoundPoint
			// "More than half of the dead": the share's own bound;
			// else the part keeps the whole's ("half of over
			// 20,000" is over 10,000).
			switch {
			case oneSided(q.bound):
				rq.setBound(q.bound)
			case ref != nil && oneSided(ref.Bound) && !(ref.Approx && ref.Low == nil):
				// (A whole hedged from above, "nearly 950,000", is
				// near its figure: "about a fifth of it" is about
				// 190,000.)
				rq.setBound(ref.Bound)
			}
		}
		rq.approx = ref.q.approx || q.approx
		*q = rq
	}
}

// figureSide decides whose losses the claim counts (c.Actor), or flags
// it ambiguous: from the side the figure's words name, the speaker's
// side and deeds, the launcher of weapons, the whole a part is of, the
// place and the text's sides before. It first records in sd what it
// reads of the source and of the sides named, for refineSide and figure
// after it. It reports a claim of no side named at all, to be read
// again once the whole text is (sideLater).
func (d *docState) figureSide(toks []token, q *quantity, fw *figWork, sd *figSide, c *attrition.Claim) bool {
	h, ref, fracOf, intercepted, launchRef := &fw.h, fw.ref, fw.fracOf, fw.intercepted, fw.launchRef
	src, srcA, carried, party, equipment, rare := sd.src, sd.srcA, sd.carried, sd.party, sd.equipment, sd.rare
	firstClaim, inList := fw.firstClaim, fw.inList
	ceEnd := q.e
	if h.forward {
		ceEnd = h.e
	}
	choice := chooseActor(toks, &d.cues, d.uncompared(toks, d.mentionsFor(c.Category), q.s), q.s, q.e, ceEnd)
	// The side a source speaks for: its own name ("Azerbaijan's defence
	// ministry") or its registry party.
	srcActor, srcMilitary := "", false
	if srcA != nil {
		srcActor = srcA.actor
		if srcActor == "" {
			srcActor = srcA.party
		}
		// "At least 40 people were killed, a US official said": an
		// unnamed official of a power that fights no war the registry
		// knows comments on others' wars; its country is not the dead's.
		if srcActor != "" && srcA.name == "" && !d.warKnown(srcActor) {
			srcActor = ""
		}
		// "SOHR said", "HRMMU verified": a monitor the sentence names,
		// by its initials too, is the place it watches.
		if srcActor == "" && !carried && srcA.name != "" {
			srcActor = d.placeOf(srcA.name)
		}
		// "Ukraine's 93rd Brigade said", "Russia's Vostok Battalion": a
		// unit fights for the side named with it.
		if srcActor == "" && !carried && srcA.e > srcA.s && militaryUnitName(srcA.name) {
			// (The side's name may stand before the span: "Ukraine's".)
			srcActor = actorIn(toks, max(0, srcA.s-2), srcA.e)
		}
		// "The Houthi-run health ministry said": an office a side runs
		// speaks for it, an armed group's for the people of its land
		// (Yemen's).
		if srcActor == "" && !carried && srcA.e > srcA.s {
			srcActor = runBySide(toks, srcA.s, srcA.e)
			if cs, ok := d.civilianSide(srcActor); ok && srcActor != "" && armedGroup(srcActor) {
				srcActor = cs
			}
		}
		// "the defence ministry acknowledged 3,862 servicemen killed":
		// an admission counts the army's own dead.
		srcMilitary = d.military(srcA.name) && !(srcA.s < q.s && admissionBetween(toks, srcA.s, q.s))
	}
	// The word sets of people the actor rules ask of the figure's noun,
	// found in one look-up (the noun is settled by now).
	nk := nounKindOf(h.noun)
	sd.choice, sd.ceEnd, sd.srcActor, sd.srcMilitary, sd.nk = choice, ceEnd, srcActor, srcMilitary, nk
	// unnamed: no side at all named for the figure, to be read again
	// once the whole text is (sideLater).
	unnamed := false
	launcher := ""
	if equipment {
		// (Its launcher is a side the sentence names, after "by" or
		// "from": no mention, no launcher.)
		if len(d.mentions) > 0 {
			var from bool
			launcher, from = launchedBy(toks, d.mentions, ceEnd)
			// "missiles launched from Yemen", "rockets fired from
			// Lebanon": the armed group that fights from that land.
			if from {
				if a, ok := findActor(launcher); ok && a.Population == "" {
					if g, ok := d.soleArmedSide(launcher); ok {
						launcher = g
					}
				}
			}
		}
		if launcher == "" && launchRef != nil {
			launcher = launchRef.launcher
		}
		// "Russia attacked with 479 drones. Air defence shot down 277
		// drones": those of the launch just told, when the figure names
		// no side of its own.
		downed := launcher == "" && (h.category == catMissiles || h.category == catDrones) && (downedBefore(toks, q.s) || downedAfter(toks, ceEnd))
		if downed && !(choice.found && !choice.loc) {
			if l := d.launchSince(d.nsent-1, h.category); l != nil && l.sentence < d.nsent {
				launcher = l.launcher
			}
		}
		if downed && launcher == "" {
			// "Russia launched 479 drones overnight; air defence downed
			// 277", "…; 277 drones were shot down, the Ukrainian Air
			// Force said": the launch of the clause before the
			// semicolon, when the figure's clause names no side (the
			// speaker named after it is the defender, not the owner).
			if semi := clauseJoinBefore(toks, q.s); semi >= 0 && !sideNamedWithin(d.mentions, semi+1, ceEnd) {
				if l := d.launchSince(d.nsent, h.category); l != nil {
					launcher = l.launcher
				}
			}
		}
	}
	var partOf *docClaim
	// ("Of these, around 400 were killed near Pokrovsk": the part the
	// sentence opens on, wherever they fell.)
	if ofThem(toks, q.e) || fw.subsetPart || amongThem(toks, q.s) || d.opensOnLastClaim(toks, q.s) {
		// "Of those named, 17,214 were prisoners recruited … by the
		// Wagner group": the recruiter is no killer.
		partOf = d.lastPeople()
		// "Pyongyang sent about 11,000 troops to the region. … about 300
		// of them had been killed": people the sentence before counted
		// but claimed no loss of are the side it named.
		if partOf == nil && ofThem(toks, q.e) && d.lastActor != "" && d.lastActorSent == d.nsent-1 && (len(d.claims) == 0 || d.claims[len(d.claims)-1].sentence < d.nsent-1) && !sideNamedBefore(d.mentions, q.s) && d.prevFigSent == d.nsent-1 {
			partOf = d.sideOnly(d.lastActor)
		}
	}
	// "11,000 North Korean troops were sent to Kursk, of whom about
	// 4,000 have been killed": the part is of the people named before,
	// counted or not, not of the place they were sent to.
	if partOf == nil && !equipment && word(toks, q.s-1) == "whom" && word(toks, q.s-2) == "of" {
		// The people counted before in the sentence, when their side is
		// known; when none were counted, the people's noun nearest before
		// and the side named with it.
		w := d.lastPeople()
		if w != nil && w.sentence == d.nsent {
			if w.Actor != "" {
				partOf = w
			}
		} else {
			for k := q.s - 3; partOf == nil && k > 0 && k >= q.s-16; k-- {
				if toks[k].cls&clsPerson == 0 || toks[k].k != tWord {
					continue
				}
				for i := range d.mentions {
					if m := &d.mentions[i]; m.e <= k && m.e >= k-1 && !m.agent && !m.enemy && m.actor != "" {
						partOf = d.sideOnly(m.actor)
					}
				}
				break
			}
		}
	}
	// "883 soldiers have died, including 6 in the past week": a bare
	// part of the people just counted is theirs, whoever speaks.
	// ("killed at least 46 people in Yemen, including 31 journalists":
	// a part with its own people's noun too, when it names no side.)
	if partOf == nil && !equipment && (!h.personNoun || nk&(nkMilitary|nkMilitant|nkStateSoldier|nkIrregular) == 0 && !sideNamedWithin(d.mentions, q.s, ceEnd)) && word(toks, q.s-1) == "including" {
		if w := d.lastPeople(); w != nil && w.sentence == d.nsent && w.Actor != "" && w.Category == c.Category {
			partOf = w
		}
	}
	if fw.eqWhole != nil {
		partOf = fw.eqWhole
	} else if equipment && ofThem(toks, q.e) && word(toks, q.e+1) == "them" {
		// "shot down 337 Ukrainian drones overnight, 126 of them over the
		// Kursk region": part of the equipment just counted, whose side
		// the place it fell over does not change.
		if w := d.lastClaim(c.Category); w != nil && w.sentence >= d.nsent-1 {
			partOf = w
		}
	}
	// "put Russian losses at 1,180 over the past day, bringing its total
	// to 931,540": the total of the figure just given, whose side "its"
	// (the speaker's) is not.
	if partOf == nil && d.total && totalCue(toks, q.s) && bringingBefore(toks, q.s) {
		if p := d.lastClaim(h.category); p != nil && p.sentence == d.nsent && p.Actor != "" {
			partOf = p
		}
	}
	subject := ""
	// ("its forces killed 500 M23 fighters": a possessive before an
	// active verb of killing owns the doers, not the dead.)
	ownB := h.s < q.s && ownBefore(toks, h.s, srcMilitary) && !(h.active && h.verbAt == h.s)
	// ("…, the army said, while its own losses were fewer than 300":
	// "own" past a break in the sentence is the speaker's.)
	if ownB && !(srcActor != "" && word(toks, h.s-1) == "own" && d.cues.clauseBreak(0, h.s)) {
		subject = otherSubjectBefore(toks, d.mentions, h.s, srcActor)
	}
	if subject == "" && q.s > 2 && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) {
		// (Its verbs are of clsFigureRare.)
		if rare {
			subject = possessorSufferedBefore(toks, d.mentions, q.s)
		}
		if subject == "" {
			subject = coordinatedSufferedSubject(toks, d.mentions, q.s)
		}
	}
	// "Russia lost 1,000 troops in its assaults on Pokrovsk, Ukraine's
	// military said", "since its offensive began": "its" after the
	// figure is the loser's, the subject of "lost", not the speaker's.
	if subject == "" && srcActor != "" && !h.active && ownWord(toks, q.e, contrastBefore(toks, q.e, min(len(toks), ceEnd+3))) {
		subject = otherSubjectBefore(toks, d.mentions, q.s, srcActor)
	}
	killer := ""
	// ("destroyed 14 Ukrainian tanks but lost 12 of their own": the
	// doers' own machines too.)
	if (!equipment || ofOwnAfter(toks, q.e)) && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) {
		killer = killerLostToo(toks, d.mentions, q.s)
	}
	// The side of the whole an "Of these" or "Among them" opening takes
	// a part of.
	wholeActor := ""
	if w := word(toks, 0); (w == "of" || w == "among") && startsWithAnaphor(toks) {
		if p := d.lastPeople(); p != nil {
			wholeActor = p.Actor
		}
	}
	role := ""
	if !equipment {
		role = attackRole(toks, q.s, q.e)
	}
	// (Read once: the case below tests it and takes it.)
	place := ""
	if choice.both && nk&nkCivilian != 0 {
		place = d.bothSidesPlace(toks, ceEnd)
	}
	switch {
	case intercepted && ref.Actor != "":
		// What is intercepted is the launcher's loss.
		c.Actor = ref.Actor
	case fracOf && ref != nil && !(choice.found && choice.strong):
		c.Actor = ref.Actor
	case place != "":
		// "Clashes between Russian and Ukrainian forces killed 3
		// civilians in Kupiansk": civilians are the people of the land
		// they fell in, whichever side fired.
		c.Actor = place
	case choice.both || choice.other:
		c.AddFlag(attrition.FlagAmbiguousActor)
	case totalOfBefore(toks, q.s) && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) && len(d.claims) > firstClaim && d.claims[len(d.claims)-1].Actor != "":
		// "400 soldiers have been killed and 2,500 wounded, a total of
		// 2,900 casualties": the sum of the parts just given is theirs.
		c.Actor = d.claims[len(d.claims)-1].Actor
	case role != "" && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) && d.roleSide(toks, role, q.s) != "":
		// "Russian forces attacked near Pokrovsk. The attackers lost 40
		// men": the side that attacked; "the defenders", its enemy.
		c.Actor = d.roleSide(toks, role, q.s)
		sd.role = role
		h.population = attrition.PopulationMilitary
	case h.forward && ownDeathPhrase(toks, h.s) && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) && (srcActor != "" || d.stateSide() != ""):
		// "3 gallant soldiers paid the supreme price", "embraced
		// shahadat": a side's words for its own dead; a state's, when
		// the speaker's side is unknown and the text names one state
		// fighting armed groups.
		c.Actor = srcActor
		if c.Actor == "" {
			c.Actor = d.stateSide()
		}
	case equipment && launcher != "":
		// "shot down 100 drones launched by Iran": whoever launched
		// them lost them.
		c.Actor = launcher
	case equipment && makerSide(toks, q.e) != "":
		// "the Islamic Resistance destroyed 3 Merkava tanks east of
		// Khan Younis": a design only one side fields is that side's
		// loss, whoever destroyed it and wherever.
		c.Actor = makerSide(toks, q.e)
	case equipment && airDefenceBefore(toks, q.s) && !(choice.found && (choice.enemy || choice.strong && insideFigure(d.mentions, q.e, ceEnd))) && d.defenderEnemy(srcActor, choice) != "":
		// "Air defence shot down 296 drones": the defender's enemy
		// fired them.
		c.Actor = d.defenderEnemy(srcActor, choice)
	case srcActor != "" && speakerLostToo(toks, q.s) && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)):
		// "Israel said it killed more than 100 Hamas fighters and lost
		// four soldiers": the speaker's "it" lost them.
		c.Actor = srcActor
	case srcActor != "" && h.active && h.verbAt < q.s && ownWord(toks, max(0, h.verbAt-4), h.verbAt) && !(choice.found && choice.strong && !choice.fromAgent):
		// "The RSF said its fighters had killed 27 soldiers": the
		// speaker's own are the killers; the dead are the enemy's.
		if e, ok := d.enemyOf(srcActor); ok {
			c.Actor = e
		}
	case killer != "":
		// "The RSF killed 30 soldiers but lost 50 of its own fighters":
		// the killers' own losses.
		c.Actor = killer
	case partOf != nil && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)):
		// "More than 250,000 of them are dead": part of the people just
		// counted.
		c.Actor = partOf.Actor
	case subject != "":
		// "Russia had lost 1,640 soldiers, bringing its total losses to
		// 813,000": the possessive is the subject's, not the speaker's.
		c.Actor = subject
	// ("Congo's army said its forces had killed 500 M23 fighters": the
	// own word is the doers', before their verb.)
	case srcActor != "" && (ownWord(toks, max(0, q.s-4), contrastBefore(toks, ceEnd, min(len(toks), ceEnd+3))) && !ownDoersOnly(toks, h, q.s, ceEnd) || rare && d.ownAfter(toks, ceEnd) || ownB || src != nil && srcA == src && !src.generic && src.title == "" && pronounLossBefore(toks, q.s, src.name)) &&
		!(choice.found && choice.strong && !choice.loc && !choice.enemy && !choice.fromAgent && choice.actor != srcActor && insideFigure(d.mentions, q.e, ceEnd)) &&
		// "Our defenders destroyed 9 enemy drones": the speaker's own
		// did it; the figure's own word says whose they were.
		!(choice.found && choice.enemy && !choice.fromAgent && enemyInsideFigure(d.mentions, q.e, ceEnd)) &&
		// "its forces had destroyed 31 artillery pieces": its own were
		// the destroyers.
		!(equipment && ownAgentBefore(toks, q.s)):
		// "its forces killed 1,500 Ukrainian soldiers": the side named
		// in the figure's phrase wins over the speaker's "its".
		// "192 of its servicemen": the speaker's own side.
		c.Actor = srcActor
	case equipment && srcActor != "" && ownAgentBefore(toks, q.s) && !(choice.found && choice.strong && !choice.fromAgent):
		// "The RSF said its fighters had seized 14 combat vehicles": the
		// speaker's enemy's.
		if e, ok := d.enemyOf(srcActor); ok {
			c.Actor = e
		} else {
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	case !(choice.found && choice.strong && !choice.fromAgent) && d.speakerDeedKnown(toks, h, q.s, srcActor):
		// "Israel says it has killed 17,000 militants": the speaker's
		// enemy.
		who := srcActor
		if who == "" {
			who = d.lastActor
		}
		if e, ok := d.enemyOf(who); ok {
			c.Actor = e
		}
	case choice.found && !choice.loc && choice.enemy:
		// "A Ukrainian commander said the enemy lost 300 men": an
		// unnamed speaker's side, by the word for it.
		if party == "" && srcA != nil && srcA.name == "" && srcA.e > srcA.s {
			party = actorIn(toks, srcA.s, min(srcA.e, len(toks)))
		}
		// "Hezbollah said the enemy lost 12 soldiers": a side speaking.
		if party == "" {
			party = srcActor
		}
		if party == "" {
			party = d.voice()
		}
		if e, ok := d.enemyWordOf(party, equipment); ok && party != "" {
			c.Actor = e
		} else if side := sideOfEnemyWord(d.mentions); side != "" {
			// "The Russian invaders lost 1,120 personnel": the enemy
			// word names its side itself.
			c.Actor = side
		} else if town := enemyStrikesTown(d.mentions); town != "" {
			// "As a result of the enemy's shelling, 2 people were killed
			// in Kherson region": the enemy struck; the dead are of the
			// land struck, whoever calls the other side the enemy.
			c.Actor = town
		} else {
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	case choice.found && !choice.loc && choice.fromAgent && srcActor != "" && !srcMilitary && srcActor != choice.actor && !thirdPartyOffice(toks, src):
		// "Iran's health ministry said 627 people had been killed in
		// Israeli strikes": a ministry counts its own side's dead.
		c.Actor = srcActor
		// "An Israeli airstrike on the Jabalia camp killed 50 people,
		// Hamas said": an armed group's people are its side's
		// civilians, not its fighters.
		if a, ok := findActor(srcActor); ok && a.Population == attrition.PopulationMilitary && (nk&nkCivilian != 0 || h.noun == "people" || !h.personNoun) {
			if cs, ok := d.civilianSide(srcActor); ok {
				c.Actor = cs
			}
		}
	case choice.found && !choice.loc && choice.fromAgent:
		// "Houthi attacks on Israel killed one civilian": the side
		// struck, named as the attack's target, not the attacker's
		// enemy at home.
		if t := attackTarget(d.mentions, choice.actor); t != "" {
			c.Actor = t
			// "Israeli strikes on Hezbollah targets killed 25 people":
			// the people where an armed group was struck are the
			// people of the land it fights from, not its fighters.
			if a, ok := findActor(t); ok && a.Population == attrition.PopulationMilitary && (nk&nkCivilian != 0 || h.noun == "people" || h.noun == "persons") {
				if cs, ok := d.civilianSide(t); ok {
					c.Actor = cs
				}
			}
			break
		}
		if e, ok := d.enemyOf(choice.actor); ok {
			c.Actor = e
			// "RSF fighters killed 200 people": the people are civilians
			// where the war has a side for them; so is the toll of an
			// assault that names no one ("put the toll at 300").
			if nk&nkCivilian != 0 || h.noun == "" && !h.personNoun {
				if cf, ok := d.conflictFor(choice.actor); ok {
					for _, sd := range cf.Sides {
						if a, ok := findActor(sd); ok && a.Population == attrition.PopulationCivilian {
							c.Actor = sd
						}
					}
				}
			}
		} else if d.sidesOf(choice.actor) == 1 {
			// "A junta airstrike killed 40 people": a war with one side
			// in the registry (Myanmar, Syria) counts all its dead
			// under it.
			c.Actor = choice.actor
		} else if st, _ := groupHome(choice.actor); st != "" && nk&nkStateSoldier != 0 {
			// "An al-Shabaab suicide bomber killed 12 soldiers": the
			// soldiers of the army the group fights at home.
			c.Actor = st
		} else {
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	case choice.found && !choice.loc && !choice.strong && sameFigureLead(toks, q.s) && len(d.claims) > fw.firstClaim && d.claims[len(d.claims)-1].Actor == choice.actor:
		// "Russia lost 250,000 soldiers; in 2024 the figure was
		// 430,000": the same count of the side just counted, whoever
		// speaks.
		c.Actor = choice.actor
	case choice.found && !choice.loc && !choice.strong && srcActor != "" && len(d.claims) > fw.firstClaim && d.claims[len(d.claims)-1].Actor == choice.actor && bareListItem(toks, q, h):
		// "Russian KIA: 400; WIA: 700, Ukrainian sources said": an item
		// of a list is of the side the list opened with, as the item
		// before it is, not the speaker's.
		c.Actor = choice.actor
	case choice.found && !choice.loc && !choice.strong && srcActor != "" && !srcMilitary && !choice.fromAgent && !choice.enemy && !armedSpeaker(toks, srcA):
		// A weak mention elsewhere in the sentence loses to the side a
		// ministry speaks for: "Lebanon's health ministry said 3,960
		// people had been killed ... since Israel escalated".
		c.Actor = srcActor
	case choice.found && !choice.loc:
		c.Actor = choice.actor
		if choice.ambiguous && !choice.strong {
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	case (choice.loc || !choice.found) && d.listEnemy && srcActor != "":
		// "Sever (Kursk region) | 1,960 | 9" under "Enemy losses by
		// group of forces": where the enemy lost them; "- 42 Merkava
		// tanks destroyed" under "the following summary of enemy
		// losses … in southern Lebanon".
		if e, ok := d.enemyOf(srcActor); ok {
			c.Actor = e
		} else {
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	case choice.town && len(d.claims) > firstClaim && d.claims[len(d.claims)-1].Actor == choice.actor:
		// "3 people were killed and 17 injured" in the same town.
		c.Actor = choice.actor
	case (choice.loc || !choice.found) && word(toks, q.e) == "others" && len(d.claims) > firstClaim && d.claims[len(d.claims)-1].Actor != "" &&
		!isEquipment(d.claims[len(d.claims)-1].Category) && !equipment:
		// "two soldiers were killed and three others wounded in
		// northern Gaza": the others are of the people just counted,
		// wherever they fell.
		c.Actor = d.claims[len(d.claims)-1].Actor
	case choice.town && !otherSideNamedBefore(toks, d.mentions, choice.actor, ceEnd) && (d.attackNoun(toks) || !equipment && weaponBefore(toks, q.s)) && nk&nkMilitary == 0:
		// "the death toll from Saturday's strike on Sumy": the dead
		// of a strike on a town are its people; so are those a
		// side's weapon kills ("Russian glide bomb kills two in
		// Kharkiv").
		c.Actor = choice.actor
	case choice.town && (h.population == attrition.PopulationCivilian || h.personNoun && nk&nkStateSoldier == 0 && nk&nkMilitant == 0 && nk&nkMilitary == 0 ||
		!h.personNoun && (townLabel(toks) || d.listItem(toks) && d.sentScan(toks).pipe || bareTownToll(toks, h, c.Category, equipment, srcMilitary))):
		// "Kharkiv: 16 killed, 52 wounded", "| Kharkiv | 3 | 12 |": a
		// line of a town's dead.
		// A town of one side's land: "In Kharkiv, 3 people were
		// killed". The side is its people's, whoever reports it.
		c.Actor = choice.actor
	case choice.loc && srcMilitary && srcActor != "" && srcActor != choice.actor && armyTollAt(toks, h.s):
		// "Israel's military says soldier killed in southern Gaza,
		// bringing army death toll in ground offensive to 428": the
		// army's toll an army gives is its own, where they fell.
		c.Actor = srcActor
	case choice.loc && srcMilitary && srcActor != "" && srcActor != choice.actor && nk&nkStateSoldier != 0 && h.population != attrition.PopulationCivilian &&
		!h.active && !d.foreignSoldiers(ceEnd):
		// "The Israeli military says five soldiers were killed in
		// southern Lebanon": an army's soldiers, where they fell.
		c.Actor = srcActor
	case choice.loc && srcActor != "" && !srcMilitary && (src != nil || !choice.town && sameWar(srcActor, choice.actor) && !d.foes(srcActor, choice.actor)) && sideOfPlace(srcActor, choice.actor) &&
		// ("his forces … killed 12,000 army soldiers": the soldiers a
		// speaker's side killed are the enemy's.)
		!(h.active && nk&(nkStateSoldier|nkMilitary) != 0):
		// A place's dead are counted by the ministry this sentence
		// names, or one carried over from the same war.
		c.Actor = srcActor
		// "Hamas said the death toll in Gaza had reached 44,000": an
		// armed group counting its place's dead counts its people.
		if sa, ok := findActor(srcActor); ok && sa.Population == attrition.PopulationMilitary && nk&nkMilitary == 0 && nk&nkMilitant == 0 && nk&nkStateSoldier == 0 {
			if pa, ok := findActor(choice.actor); ok && pa.Population != attrition.PopulationMilitary && sameWar(srcActor, choice.actor) {
				c.Actor = choice.actor
			}
		}
	case choice.loc:
		// A place names the losers only when its people are one side
		// ("killed in Gaza") or the figure counts its civilians; "deaths
		// in Sudan" spans every side.
		a, _ := findActor(choice.actor)
		switch {
		case choice.war && a.Population != attrition.PopulationAll && h.population != attrition.PopulationCivilian &&
			nk&nkMilitary == 0 && nk&nkStateSoldier == 0 && nk&nkMilitant == 0 && d.sidesOf(choice.actor) > 1:
			// "Yemen's decade-long war has killed 150,000 people": a
			// war's toll of people is every side's.
			c.AddFlag(attrition.FlagAmbiguousActor)
		case choice.struck && !equipment && a.Name != "" && !h.personNoun && nk&(nkMilitary|nkMilitant|nkStateSoldier) == 0:
			// "US strikes on Yemen kill 74", "Strikes on Iran's Isfahan
			// kill 9": the dead of strikes on a land, by no doer the
			// text names, are its people.
			c.Actor = choice.actor
			if a.Population == attrition.PopulationMilitary {
				if cs, ok := d.civilianSide(choice.actor); ok {
					c.Actor = cs
				}
			}
		case a.Name == "" && nk&(nkMilitant|nkIrregular) != 0:
			// "Troops killed 20 insurgents near Mogadishu": a state's
			// enemies where they fell, not its people.
			c.AddFlag(attrition.FlagAmbiguousActor)
		case a.Population == attrition.PopulationAll || a.Name == "" && choice.actor != "" || d.sidesOf(choice.actor) == 1:
			// "6,777 deaths in Syria": a war the registry counts under one
			// side is that side's (Syria, Myanmar).
			c.Actor = choice.actor
		case !choice.town && a.Population == attrition.PopulationCivilian && h.population != attrition.PopulationCivilian && (h.noun == "people" || h.noun == "persons") &&
			d.sidesOf(choice.actor) > 1 && !d.attackNoun(toks):
			// "In 2024, 12,000 people were killed in Sudan": the
			// country's people of a war with armed sides of its own are
			// every side's, as its war's toll is ("since the war began").
			// (Not the people of attacks: "attacks on health care in
			// Sudan, which have killed 1,204 people".)
			c.AddFlag(attrition.FlagAmbiguousActor)
		case h.population == attrition.PopulationCivilian || h.personNoun && a.Population == attrition.PopulationCivilian && !genericDeathWord(toks, *h):
			c.Actor = choice.actor
		case h.personNoun && a.Population == attrition.PopulationMilitary && (h.noun == "people" || h.noun == "persons") && nk&(nkMilitary|nkMilitant|nkStateSoldier) == 0:
			// "US strikes on Houthi targets killed 53 people": people
			// where an armed group was struck are the people of the
			// state it fights in.
			if cs, ok := d.civilianSide(choice.actor); ok {
				c.Actor = cs
			} else {
				c.Actor = choice.actor
			}
		case h.personNoun && a.Population != attrition.PopulationCivilian:
			c.Actor = choice.actor
		case choice.town && !h.personNoun && c.Category == attrition.CategoryWounded && a.Name != "" && a.Population == "" &&
			nearWord(toks, 0, len(toks), "treated", "received", "admitted", "hospital", "hospitals"):
			// "In Minova, our team has treated more than 80 wounded",
			// "we received 47 wounded, … in South Kivu": the wounded a
			// town's hospitals take in are its people.
			c.Actor = choice.actor
		case !equipment && !choice.town && a.Name != "" && a.Population == "" && genericDeathWord(toks, *h) && nk&(nkMilitary|nkMilitant|nkStateSoldier) == 0 &&
			(!battleDeaths(toks, h.e-1) && d.statesOnlyWar(choice.actor) || toks[h.e-1].w != "toll" && groupsWarState(a)):
			// "The 12-day war left 28 dead in Israel and 1,060 dead in
			// Iran", "1,190 deaths in Iran": in a war of states alone,
			// the text's, the dead in one's land are its own people, as
			// "people killed in Iran" are. (Not a town's "dozens dead"
			// in the fighting for it, nor "100,000 battle-related deaths"
			// of every side.)
			// "ACLED recorded 4,100 fatalities in Yemen": a state that
			// fights only armed groups of its land (groupsWarState)
			// counts every death there, its fighters' too, as "4,100
			// people were killed in Yemen" does. (Not "the death toll in
			// Lebanon" told after its enemy's word, which stays no one's.)
			c.Actor = choice.actor
			if h.population == "" {
				h.population = attrition.PopulationAll
			}
		default:
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	case wholeActor != "":
		// "Russian forces suffered 20,000 casualties in May, Ukrainian
		// officials said. Of these, about 8,000 were killed": the
		// whole's side, whoever counted it.
		c.Actor = wholeActor
	case srcActor != "" && d.subjSent == d.nsent-1 && d.subjActor != "" && d.subjActor != srcActor && !(choice.found && !choice.loc) && anaphorLossOpening(toks, q.s):
		// "Hamas rejected the proposal. The group has lost about 20,000
		// fighters, Israel says": "the group" is the side the sentence
		// before opened on, not the speaker.
		c.Actor = d.subjActor
	case srcActor != "":
		// A ministry counts its own dead; an army reports the enemy's.
		if srcMilitary {
			if e, ok := d.enemyOf(srcActor); ok {
				c.Actor = e
				// "22 soldiers were killed", from a state's army fighting
				// an armed group: its soldiers are its own; the group has
				// fighters.
				// "it said 5,937 servicemen had been killed": an army's
				// soldiers who died, with no side named and no deed of
				// its own, are its own.
				if nk&nkStateSoldier != 0 && (stateAgainstGroup(srcActor, e) || h.forward && !h.active && h.noun != "personnel" && (c.Category == catKilled || c.Category == catWounded || c.Category == catMissing)) {
					c.Actor = srcActor
				}
				// "The IDF says 860 soldiers have died. More than 5,600
				// have been wounded": an army counts its own wounded; it
				// cannot count the enemy's.
				if c.Category == catWounded && !h.personNoun && !h.active && srcA != nil && !srcA.generic {
					c.Actor = srcActor
				}
			} else if cf, ok := d.conflictFor(srcActor); ok && len(cf.Sides) == 1 {
				// A civil war counted under one side (Myanmar's junta
				// on the dead its enemies caused): the country's.
				c.Actor = cf.Sides[0]
			} else if !ok && nk&nkStateSoldier != 0 && !h.active {
				// "Niger's army said 71 soldiers were killed": an army
				// at war with no enemy the registry knows, counting
				// soldiers who fell, counts its own.
				c.Actor = srcActor
			}
			if c.Actor == "" {
				c.AddFlag(attrition.FlagAmbiguousActor)
				unnamed = true
			}
		} else {
			c.Actor = srcActor
			// "A Hamas official said 40 people were killed": an armed
			// group speaking of people counts its population's dead.
			if nk&nkCivilian != 0 {
				if cs, ok := d.civilianSide(srcActor); ok {
					c.Actor = cs
				}
			}
		}
	case !choice.found && partSideAfter(toks, ceEnd):
		// "124 journalists have been killed, nearly two-thirds of them
		// Palestinians": a whole whose part the sentence gives a side
		// of is of no one side, not the text's.
		c.AddFlag(attrition.FlagAmbiguousActor)
	case inList && d.listActor != "":
		c.Actor = d.listActor
	case len(d.claims) > firstClaim && d.claims[len(d.claims)-1].Actor != "":
		// "46,000 military deaths, ... adding that tens of thousands
		// more were missing": the side of the sentence's figure before.
		c.Actor = d.claims[len(d.claims)-1].Actor
	case d.lastActor != "" && len(d.claims) > 0 && d.claims[len(d.claims)-1].Actor != "" && d.lastActorSent > d.claims[len(d.claims)-1].sentence && warTollBefore(toks, q.s):
		// "ending a 13-year civil war that SOHR says killed more than
		// 618,000 people": the toll of the war the text's figures were
		// about, not of the place a sentence without figures named
		// since ("crossed into northern Lebanon").
		c.Actor = d.claims[len(d.claims)-1].Actor
	case d.lastActor != "" && tollUpdateBefore(toks, q.s) && d.lastTollActor() != "":
		// "Death toll now 19", "the number of injured has climbed to
		// 41": the toll of the attack counted before, whoever the text
		// named since ("Russia fired 87 drones").
		c.Actor = d.lastTollActor()
	case d.lastActor != "":
		c.Actor = d.lastActor
		// "around 3,000 people were killed in the battle for Goma" after
		// the M23 was named: people are no armed group's fighters; a
		// strike's dead are its place's people, a battle's every side's.
		if a, ok := findActor(c.Actor); ok && a.Population == attrition.PopulationMilitary && h.personNoun && h.population != attrition.PopulationCivilian &&
			nk&nkMilitary == 0 && nk&nkMilitant == 0 && nk&nkStateSoldier == 0 {
			c.Actor = ""
			if d.attackNoun(toks) {
				c.Actor, _ = d.civilianSide(d.lastActor)
			}
			if c.Actor == "" {
				c.AddFlag(attrition.FlagAmbiguousActor)
			}
		}
		// "Troops killed 45 al-Shabaab fighters. Two soldiers died": an
		// armed group has fighters; soldiers are those of the army it
		// fights, or of no side the text names.
		if nk&nkStateSoldier != 0 && h.noun != "personnel" && armedGroup(c.Actor) {
			e, ok := d.enemyOf(c.Actor)
			if a, found := findActor(e); ok && found && a.Population != attrition.PopulationCivilian {
				c.Actor = e
			} else if st, _ := groupHome(c.Actor); st != "" {
				c.Actor = st
			} else {
				c.Actor = ""
				c.AddFlag(attrition.FlagAmbiguousActor)
			}
		}
	case d.datelineActor != "":
		c.Actor = d.datelineActor
	case party != "" || d.voice() != "":
		if party == "" {
			party = d.voice()
		}
		if e, ok := d.enemyOf(party); ok {
			c.Actor = e
		}
	default:
		// A war with one side in the registry (Syria, Myanmar) counts
		// its losses under it; civilians go to the side that stands for
		// them.
		if cf, ok := d.topConflict(); ok {
			if len(cf.Sides) == 1 {
				c.Actor = cf.Sides[0]
			} else if h.population == attrition.PopulationCivilian || h.personNoun && nk&nkStateSoldier == 0 && nk&nkMilitant == 0 {
				for _, sd := range cf.Sides {
					if a, ok := findActor(sd); ok && (a.Population == attrition.PopulationCivilian || a.Population == attrition.PopulationAll) {
						c.Actor = sd
						break
					}
				}
			}
		}
		if c.Actor == "" {
			c.AddFlag(attrition.FlagAmbiguousActor)
			unnamed = true
		}
	}
	return unnamed
}

// refineSide corrects the side figureSide chose by what the rest of the
// sentence says (combatants among the dead, a worldwide count, a part
// of the whole before, another place named after, another source's
// figure for the same losses) and settles the claim's people
// (c.Population). unnamed is figureSide's report, returned as it stands
// after.
func (d *docState) refineSide(toks []token, q *quantity, fw *figWork, sd *figSide, c *attrition.Claim, unnamed bool) bool {
	h, src, srcA, srcActor, srcMilitary := &fw.h, sd.src, sd.srcA, sd.srcActor, sd.srcMilitary
	choice, ceEnd, nk, equipment, firstClaim := &sd.choice, sd.ceEnd, sd.nk, sd.equipment, fw.firstClaim
	// "Israel says 20,000 of the dead were combatants": the part of the
	// dead its speaker calls fighters is its enemy's armed side, not the
	// speaker's own losses.
	if c.Actor != "" && !equipment && militantComplement(toks, ceEnd) {
		if c.Actor == srcActor {
			if e, ok := d.enemyOf(srcActor); ok {
				c.Actor = e
			}
		}
		if a, ok := findActor(c.Actor); ok && (a.Population == attrition.PopulationAll || a.Population == attrition.PopulationCivilian) {
			if m, ok := d.armedSide(c.Actor); ok {
				c.Actor = m
			}
		}
	}
	// "destroyed 10,934 tanks and 22,800 armoured vehicles", "4 ATACMS
	// missiles, 12 HIMARS rockets and 35 drones": the items of a list
	// after one verb are of one side, unless an item names its own.
	if equipment && len(d.claims) > firstClaim && (word(toks, q.s-1) == "," || word(toks, q.s-1) == "and") && !insideFigure(d.mentions, q.e, ceEnd) && !sideNamedWithin(d.mentions, q.s-8, q.s) {
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && isEquipment(prev.Category) && prev.Actor != "" {
			c.Actor = prev.Actor
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	// "Air defences intercepted 6 Kinzhal missiles over Kyiv": the place
	// the weapons were downed over is the side they struck at, not
	// theirs.
	if equipment && choice.loc && choice.actor != "" && (c.Actor == "" || c.Actor == choice.actor) && overPlace(toks, d.mentions, choice.actor) && (downedBefore(toks, q.s) || downedAfter(toks, ceEnd)) {
		if e, ok := d.enemyOf(choice.actor); ok {
			c.Actor = e
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	// "… a daily count of Russian personnel losses. The total stood at
	// 998,000": the side of the loss the sentence before named.
	if d.topicAt == q.s+1 && d.topicAtSent == d.nsent && d.topicSide != "" && !insideFigure(d.mentions, q.e, ceEnd) {
		c.Actor = d.topicSide
		c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
	}
	// "The Sudanese army destroyed 40 combat vehicles": equipment is no
	// civilians'; the armed side of the war they stand for, when the
	// text names only one, else none.
	if equipment && c.Actor != "" {
		if a, ok := findActor(c.Actor); ok && a.Population == attrition.PopulationCivilian {
			c.Actor = ""
			if e, ok := d.enemyOf(srcActor); ok && srcMilitary && e != "" {
				if ea, ok := findActor(e); ok && ea.Population != attrition.PopulationCivilian {
					c.Actor = e
				}
			}
			if c.Actor == "" {
				c.AddFlag(attrition.FlagAmbiguousActor)
			}
		}
	}
	// 'Zelensky said: "Their losses are enormous: 1,500 a day."': in
	// the speaker's own words, "their" is the other side.
	if c.Actor != "" && c.Actor == srcActor && d.theirInQuote(toks, q.s) {
		if e, ok := d.enemyOf(srcActor); ok {
			c.Actor = e
		}
	}
	// "54 journalists were killed worldwide in 2024": a count of every
	// war's, whatever place a part of it names.
	// ("…, including 181 in Gaza": a part with its own place after it
	// is that place's.)
	// ("Conflict deaths worldwide rose to about 233,000, up from
	// 167,800 in 2023": the same count's figure it is measured from.)
	if d.world && !(choice.loc && partWithPlace(toks, q.s)) && (worldwideNear(toks, q.s, ceEnd) || d.worldSent == d.nsent+1 && !choice.found && changedFrom(toks, q.s)) {
		c.Actor, unnamed = "", false
		c.AddFlag(attrition.FlagAmbiguousActor)
		d.worldSent = d.nsent + 1
		if h.personNoun {
			d.worldNoun = h.noun
		}
	} else if d.worldNoun != "" && h.personNoun && h.noun == d.worldNoun && !choice.found && c.Actor != "" {
		// "383 aid workers were killed worldwide … So far in 2025, 265
		// aid workers have been killed": the same count's next figure.
		c.Actor, unnamed = "", false
		c.AddFlag(attrition.FlagAmbiguousActor)
	}
	if c.Actor != "" {
		// Soldiers of a side that stands for a whole population are the
		// other army's; its fighters are its armed wing.
		if a, ok := findActor(c.Actor); ok && (a.Population == attrition.PopulationAll || a.Population == attrition.PopulationCivilian) {
			switch {
			// ("Israeli strikes killed 6 police officers in Gaza City":
			// the police of the people's own land, not the other army.)
			case nk&nkStateSoldier != 0 && !policeBefore(toks, q.e, h):
				if e, ok := d.enemyOf(c.Actor); ok {
					c.Actor = e
				}
			// ("its troops killed 10 of the attackers", "killed 17,000
			// of the enemy": raiders and the enemy's dead are its armed
			// wing's too.)
			case nk&(nkMilitant|nkIrregular) != 0 || ofTheEnemy(toks, q.e):
				if m, ok := d.armedSide(c.Actor); ok {
					c.Actor = m
				}
			}
		} else if ok && a.Population == attrition.PopulationMilitary && soldiersOf(h, nk) &&
			!(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) {
			// "Troops neutralised 8 ISWAP fighters, while two soldiers
			// were wounded": an armed group has fighters, not soldiers;
			// soldiers not named as its are the state's it fights.
			if e, ok := d.enemyOf(c.Actor); ok && stateAgainstGroup(e, c.Actor) {
				c.Actor = e
			}
		} else if ok && a.Population == "" && choice.found && choice.enemy && nk&nkMilitant != 0 {
			// "The Israeli army said the enemy lost 25 fighters at
			// Khiam": the enemy's fighters are the armed group of the
			// land, not its state's army.
			if m, ok := d.soleArmedSide(c.Actor); ok {
				c.Actor = m
			}
		} else if st, _ := groupHome(c.Actor); !ok && st != "" && soldiersOf(h, nk) && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) {
			// "Clashes between the army and Fano left 27 soldiers dead":
			// so for the groups the registry does not hold.
			c.Actor = st
		} else if ok && a.Population == "" && nk&nkIrregular != 0 && (h.personNoun || !h.active) && d.sidesOf(c.Actor) != 1 && sd.role == "" && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) {
			// "Some 1,500 militants were killed", say Israeli officials:
			// a state has no militants; the armed group it fights does,
			// when it fights one (Nigeria's "terrorists" may be of
			// several).
			if m, ok := d.soleArmedSide(c.Actor); ok {
				c.Actor = m
			} else {
				// Of no armed group the registry knows: no state's.
				c.Actor = ""
				c.AddFlag(attrition.FlagAmbiguousActor)
			}
		} else if ok && nk&nkIrregular != 0 && (srcMilitary && srcActor == c.Actor || (choice.loc || choice.fromAgent) && h.personNoun) && d.sidesOf(c.Actor) == 1 && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) {
			// (So is "killed 30 jihadists in northern Burkina Faso",
			// "near the Burkinabe border": the place is where.)
			// "The Burkinabe army said it had neutralised more than 100
			// terrorists": an army's count of the insurgents it fights,
			// in a war the registry counts under the state alone, is
			// no loss of the state's.
			c.Actor = ""
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	}
	// "40 Russian-backed separatists were killed": fighters a side backs,
	// of no group the registry knows, are that side's losses.
	// (Only over a side no other word of the sentence gave: the
	// speaker's own, or none.)
	if !equipment && h.personNoun && (c.Actor == "" || c.Actor == srcActor) {
		if sp := sponsorOnlyInside(d.mentions, q.e, ceEnd); sp != "" && sp != c.Actor {
			if a, ok := findActor(sp); ok && len(a.Conflicts) > 0 {
				c.Actor = sp
				c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
			}
		}
	}
	// "The Houthis have downed 22 MQ-9 Reapers": drones only the US
	// flies over the wars the registry knows, whoever downed them.
	if c.Category == "equipment:drones" && !(choice.found && choice.strong && insideFigure(d.mentions, q.e, ceEnd)) && reaperIn(toks, q.s, max(ceEnd, q.e)) {
		c.Actor = "United States"
		c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
	}
	// "In the occupied West Bank, at least 850 Palestinians have been
	// killed": Palestinians of the place the sentence names.
	if c.Actor == "Palestinians in Gaza" {
		wb, gaza := false, false
		for _, m := range d.mentions {
			switch m.actor {
			case westBank:
				wb = true
			case "Palestinians in Gaza":
				if m.loc || m.town {
					gaza = true
				}
			}
		}
		if wb && !gaza {
			c.Actor = westBank
		}
	}
	// "killed in the wars in Iraq, Afghanistan, Syria, Yemen and
	// Pakistan": a toll of many places listed is none of theirs alone.
	if c.Actor != "" && choice.found && !choice.strong && sidesListed(toks, d.mentions, c.Actor) {
		c.Actor = ""
		c.AddFlag(attrition.FlagAmbiguousActor)
	}
	if h.population == attrition.PopulationCivilian && c.Actor != "" {
		if cs, ok := d.civilianSide(c.Actor); ok {
			c.Actor = cs
		}
	}
	// "27,449 civilian casualties in Ukraine: 9,701 killed and 17,748
	// injured", "(9,701 killed …)", "… in 2024 — 2,064 killed and
	// 10,392 injured": the whole's parts, of its side and its people.
	if !equipment && !h.personNoun && partsOpener(word(toks, q.s-1)) && len(d.claims) > firstClaim && (c.Actor == "" || choice.loc || !choice.strong) {
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Actor != "" && prev.Category == catCasualties && c.Category != catCasualties {
			c.Actor = prev.Actor
			if h.population == "" {
				h.population = prev.Population
			}
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	// "The deadliest year for Ukrainian civilians: the UN recorded 2,064
	// killed": a figure with no people of its own after a colon counts
	// the people its side was named with before it.
	if !equipment && !h.personNoun && h.population == "" && c.Actor != "" {
		if colonPeople(toks, d.mentions, c.Actor, q.s) {
			h.population = attrition.PopulationCivilian
		}
	}
	// "846 soldiers killed, including 405 during the ground offensive in
	// Gaza": a subset is of the same side; the place is where.
	if choice.loc && !choice.town && breakdownCue(toks, q.s) && len(d.claims) > firstClaim {
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Actor != "" && h.population != attrition.PopulationCivilian {
			c.Actor = prev.Actor
			// ("17,000 children are among the 55,000 killed": the whole
			// is of no kind its part gives.)
			if h.population == "" && !h.personNoun && !(word(toks, q.s-1) == "the" && word(toks, q.s-2) == "among") {
				h.population = prev.Population
			}
		}
	}
	// "242 soldiers have been killed in Gaza and 1,442 injured": a
	// figure with no noun of its own joined to the one before is of the
	// same people; the place is only where.
	// ("killed 11 civilians and wounded 23 others": others of the same
	// people, whoever struck them.)
	others := h.noun == "others" && word(toks, q.s-1) != "of"
	if (choice.loc || !choice.strong || others) && !choice.both && (!h.personNoun || others) && !equipment && len(d.claims) > firstClaim {
		// "..., bringing the total to 14,534 killed": the running total
		// of the same people.
		// ("killed 1,190 people in Iran and 28 in Israel": a place of
		// its own, another side's, is whose.)
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Actor != "" && !isEquipment(prev.Category) &&
			(coordinated(toks, q.s) || totalVerbBetween(toks, max(0, q.s-12), q.s)) && otherPlaceAfter(d.mentions, toks, q.e, prev.Actor) == "" {
			c.Actor = prev.Actor
			if h.population == "" {
				h.population = prev.Population
			}
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		} else if prev.sentence == d.nsent && prev.Actor == "" && !isEquipment(prev.Category) && !choice.loc && coordinated(toks, q.s) {
			// "700 people have been killed and 2,800 injured in Goma, …,
			// as M23 rebels tightened their grip": the same people, whose
			// side the text left open; a side named later in another
			// clause does not settle it for the second figure alone.
			c.Actor = ""
			c.AddFlag(attrition.FlagAmbiguousActor)
		}
	}
	// "41 civilians were killed and 180 injured in Ukraine": a figure
	// joined to the one before shares its side when nothing else names
	// one.
	// ("Two soldiers were killed and three terrorists killed": people
	// an army's enemies are called are not its own.)
	// ("…, while 150,000 people may have died across Sudan": a place
	// of the figure's own clause in contrast is where, for every side.)
	if c.Actor == "" && !choice.both && !choice.ownClause && len(d.claims) > firstClaim && !(h.personNoun && nk&nkIrregular != 0) {
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Actor != "" && coordinated(toks, q.s) {
			c.Actor = prev.Actor // (its own place, below)
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	// "Russia lost 210 occupiers …, 117 of them killed. Another 93 were
	// wounded": more of the same people.
	if !equipment && !choice.strong && (word(toks, q.s-1) == "another" || word(toks, q.s-1) == "further" && word(toks, q.s-2) == "a") {
		if prev := d.lastAny(); prev != nil && prev.sentence >= d.nsent-1 && prev.Actor != "" && !isEquipment(prev.Category) {
			c.Actor = prev.Actor
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	// "8,525 Palestinians have been killed in Gaza and 1,400 people in
	// Israel": the second's own place, another side's, is whose.
	if len(d.claims) > firstClaim && c.Actor != "" {
		// ("4,300 people in Mali, 3,800 in Burkina Faso and 2,300 in
		// Niger": each figure's own place, however many.)
		if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && (prev.Actor == c.Actor || choice.loc) && coordinated(toks, q.s) {
			if other := otherPlaceAfter(d.mentions, toks, q.e, c.Actor); other != "" {
				c.Actor = other
			}
		}
	}
	// A source carried over from an earlier sentence does not reach a
	// figure of another war: a ministry of one side counts none of the
	// losses of a conflict it is no party to.
	if src == nil && srcA != nil && srcA == d.lastSource && c.Actor != "" && srcA.name != d.defaultSource.name {
		war := srcA.party
		if war == "" {
			// A monitor with no side: the war of the last figure it gave.
			for i := len(d.claims) - 1; i >= 0; i-- {
				if d.claims[i].Source == srcA.name {
					// A whole war's toll left with no actor still names
					// its war.
					war = d.claims[i].Actor
					if war == "" {
						war = d.claims[i].named
					}
					break
				}
			}
		}
		if war != "" && !sameWar(war, c.Actor) {
			c.Source = d.defaultSource.name
		} else if srcA.party != "" && c.Actor != srcA.party && ownDeadCounter(srcA.name) {
			// "According to the Ministry of Health in Gaza, 55,104
			// Palestinians have been killed …. Meanwhile, 429 Israeli
			// soldiers have been killed": a body that counts its own
			// people's dead does not count the enemy's.
			c.Source = d.defaultSource.name
		}
	}
	if fw.sameAs != nil {
		c.Actor, c.Population = fw.sameAs.Actor, fw.sameAs.Population
	}
	// "457 British personnel died in Afghanistan", "Argentina lost 649
	// servicemen": an army of an earlier or a foreign war, named in the
	// figure's own words or as the subject of its loss. (Such countries
	// are no sides of the text's mentions: most often they supply arms
	// or strike, and are named so.)
	if !equipment {
		if army := outsideArmyOf(toks, q.s, q.e); army != "" {
			c.Actor = army
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		} else if side := d.predicateSide(toks, q.e); side != "" {
			// "of whom 4,497 were American and 179 British": a part
			// whose people the predicate names.
			c.Actor = side
			c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
		}
	}
	// "The Houthis sank two commercial vessels": merchant ships are of
	// no side of the war, whoever struck them.
	if equipment && c.Category == "equipment:ships" && h.forward && merchantShipsAt(toks, q.e, h.s) {
		c.Actor = ""
	}
	// "Two UNIFIL peacekeepers were wounded by Israeli fire": a mission's
	// soldiers are no side's but their own country's, which only a name
	// in the figure's words gives ("Malawian peacekeepers"); neither the
	// side that shot at them nor its enemy.
	if !equipment && c.Actor != "" && (h.noun == "peacekeepers" || h.noun == "peacekeeper") && !insideFigure(d.mentions, q.e, ceEnd) &&
		// ("three of its peacekeepers": the speaking army's own.)
		!nearWord(toks, max(0, q.s-2), min(len(toks), ceEnd+1), "its", "their", "our") {
		c.Actor = ""
		c.AddFlag(attrition.FlagAmbiguousActor)
	}
	// "Two hostages were killed by Israeli troops in Shejaiya", "Hamas
	// handed over the remains of four hostages": captives are of the
	// state their captors fight, whoever killed them or holds them now.
	// (Not "Palestinian hostages": a side's word before the noun says
	// whose they are.)
	if k := hostageAt(toks, q.e, h.noun); !equipment && k > 0 && c.Actor != "" && actorIn(toks, k-1, k) == "" {
		if st := d.captiveSide(c.Actor); st != "" {
			c.Actor = st
			if h.population == "" || h.population == attrition.PopulationMilitary {
				h.population = attrition.PopulationAll
			}
		}
	}
	// "killing three of its crew", "killing four sailors" of a merchant
	// ship a side struck: seafarers of no side, civilians.
	if !equipment && merchantCrew(toks, d.mentions, h.noun) && !insideFigure(d.mentions, q.e, ceEnd) {
		c.Actor = ""
		c.AddFlag(attrition.FlagAmbiguousActor)
		h.population = attrition.PopulationCivilian
	}
	// (Most sentences have neither of its words, which sentWords finds
	// once.)
	if d.both && bothSides(toks, max(0, q.s-6), min(len(toks), ceEnd+6)) {
		c.Actor = ""
		c.AddFlag(attrition.FlagAmbiguousActor)
	}
	if !equipment {
		c.Population = h.population
		// "224 people have been killed, more than 90% of them
		// civilians": the people the share names after "of them".
		if k := themEnd(toks, q.e); k > 0 && k < len(toks) && toks[k].cls&clsPerson != 0 && (k+1 >= len(toks) || toks[k+1].k == tPunct) {
			switch {
			case toks[k].cls&clsCivilianWords != 0:
				c.Population = attrition.PopulationCivilian
			case toks[k].cls&clsMilitaryWords != 0:
				c.Population = attrition.PopulationMilitary
			}
		}
		// "At least 170 of the dead were children", "more than half
		// of the dead were women and children": the part's people.
		// (Not the whole of "half of the 400 dead were women".)
		if c.Population == "" && civilianComplement(toks, ceEnd) && !(word(toks, q.s-1) == "the" && word(toks, q.s-2) == "of") {
			c.Population = attrition.PopulationCivilian
		}
		// "attributes 201,260 civilian deaths to the regime and 7,000 to
		// Russian forces": the forces after "to" are the killers; the
		// dead are the same people as before.
		if word(toks, q.e) == "to" && len(d.claims) > firstClaim && coordinated(toks, q.s) {
			if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Actor == c.Actor && !isEquipment(prev.Category) {
				c.Population = prev.Population
			}
		}
		// "38 civilians were killed and 212 injured": the same people.
		// ("killed at least 12 people, including two children, and
		// wounded some 2,800": the whole's people, not the part's.)
		if c.Population == "" && !h.personNoun && len(d.claims) > firstClaim && coordinated(toks, q.s) {
			if prev := d.wholeOfPart(&d.claims[len(d.claims)-1]); prev.sentence == d.nsent && prev.Actor == c.Actor && !isEquipment(prev.Category) {
				c.Population = prev.Population
			}
		}
		// "12,000 civilians have been killed, including 600 in May",
		// "…, of whom 300 last week": a part with no people of its own
		// is of the whole's.
		// ("Thirteen peacekeepers, including nine South Africans": a
		// part named by its people's country only is of the whole's
		// kind too.)
		if c.Population == "" && (!h.personNoun || nk == 0 && h.noun != "people" && h.noun != "persons") && len(d.claims) > firstClaim && partMarked(toks, q.s, q.e) {
			if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && (prev.Actor == c.Actor || prev.Actor == "" && h.personNoun) && prev.Category == c.Category {
				c.Population = prev.Population
			}
		}
		// "704 civilian casualties (105 killed, 599 injured)": the
		// whole's parts in brackets are its people.
		if c.Population == "" && !h.personNoun && len(d.claims) > firstClaim && openBracketBefore(toks, q.s) {
			if prev := &d.claims[len(d.claims)-1]; prev.sentence == d.nsent && prev.Category == attrition.CategoryCasualties && prev.Actor == c.Actor &&
				(c.Category == attrition.CategoryKilled || c.Category == attrition.CategoryWounded || c.Category == attrition.CategoryMissing) {
				c.Population = prev.Population
			}
		}
		// "4,560 civilian casualties …, including 3,210 killed", "…: 3,210
		// killed and 1,350 injured", "… in May. Of these, 3,210 were
		// killed": the dead and wounded of a whole of casualties are its
		// people, whether or not a side was named.
		if c.Population == "" && !h.personNoun && len(d.claims) > 0 && breakdownCategory(c.Category) {
			if prev := &d.claims[len(d.claims)-1]; prev.Category == attrition.CategoryCasualties && prev.Actor == c.Actor && prev.Population != "" && prev.Per == c.Per &&
				(prev.sentence == d.nsent && (partMarked(toks, q.s, q.e) || partsOpener(word(toks, q.s-1))) ||
					prev.sentence == d.nsent-1 && partOfDeadLead(toks, q.s)) {
				c.Population = prev.Population
			}
		}
		if c.Population == "" && c.Actor != "" {
			if a, ok := findActor(c.Actor); ok {
				c.Population = a.Population
			} else if _, ok := groupHome(c.Actor); ok && (h.noun == "members" || h.noun == "men") {
				// "Kataib Hezbollah said 4 of its members were killed":
				// an armed group's members are its fighters.
				c.Population = attrition.PopulationMilitary
			}
		}
		// "Russian forces have likely suffered 45,000 casualties": the
		// side named as its forces, the subject of its own losses.
		// ("The Armed Forces of Ukraine lost up to 1,300 people": an
		// army's people are its soldiers.)
		if c.Population == "" && c.Actor != "" && (!h.personNoun || h.noun == "men" || h.noun == "personnel" || h.noun == "people" || h.noun == "persons") && forcesSubject(toks, d.mentions, c.Actor, q.s) {
			c.Population = attrition.PopulationMilitary
		}
		// "Two Chinese nationals fighting for Russia were taken
		// prisoner": foreigners who fight are soldiers.
		// ("40 Cubans fighting for Russia", "12 of its citizens who
		// enlisted in the Russian army": so are those who joined one.)
		if c.Population == "" && (h.personNoun && (isForeignersNoun(h.noun) || nationalityPlural(h.noun)) && enlistedIn(toks, q.s, min(len(toks), ceEnd+1)) || choice.served && c.Actor == choice.actor) {
			c.Population = attrition.PopulationMilitary
		}
		// "over 110,000 Russian dead", "Russia's war dead top 100,000":
		// a state's dead, named by its name, in a long war against
		// another state are its soldiers.
		if c.Population == "" && c.Category == catKilled && !h.personNoun && sideDeadAt(toks, h.s) && d.longStateWar(c.Actor) {
			c.Population = attrition.PopulationMilitary
		}
		// "At least 38 people were killed in Marib": people of every
		// kind, soldiers and civilians alike.
		// (And "killing one person".)
		if c.Population == "" && h.personNoun && (h.noun == "people" || h.noun == "persons" || h.noun == "person") {
			c.Population = attrition.PopulationAll
			// "killed 24 people, all civilians", "12 people, all of them
			// soldiers": an aside that says what all of them were.
			if word(toks, q.e) == h.noun {
				if pop := allOfKind(toks, q.e+1); pop != "" {
					c.Population = pop
				}
			}
		}
		// "Russia has suffered 700,000 casualties", "killed or missing",
		// "irrecoverable losses", "2,300 were captured": the words of an
		// army's losses, when no other people are named. (Hostages
		// taken are people of every kind.)
		if c.Population == "" && c.Actor != "" && (!h.personNoun || h.noun == "men" || peopleName(h.noun)) {
			switch c.Category {
			case attrition.CategoryCasualties, attrition.CategoryKilledOrMissing, attrition.CategoryPermanentLosses, attrition.CategoryMissing:
				// ("7 missing after strike on Odesa apartment block": one
				// attack's victims are people of every kind.)
				// ("Shelling caused 50 casualties in Kherson", "1,050
				// casualties from landmines": a weapon's victims too.)
				if c.Category != attrition.CategoryPermanentLosses && !fw.fracOf && (d.singleAttackIn(toks) || weaponCaused(toks, q.s, ceEnd)) && !militaryTargetIn(toks) {
					c.Population = attrition.PopulationAll
				} else if !nearWord(toks, q.s, min(len(toks), ceEnd+1), "disappearances", "disappeared", "rubble") {
					c.Population = attrition.PopulationMilitary
				}
			case attrition.CategoryCaptured:
				if nearWord(toks, max(0, q.s-3), min(len(toks), ceEnd+2), "hostage", "hostages", "abducted", "kidnapped", "captives", "abducting", "kidnapping") {
					c.Population = attrition.PopulationAll
				} else {
					c.Population = attrition.PopulationMilitary
				}
			case attrition.CategoryKilled, attrition.CategoryWounded:
				// "Ukraine's army said 300 were killed and 1,000
				// wounded": a sentence of soldiers and no other people.
				// So is "Russian losses were put at 20,000 killed": a
				// side's losses are its army's.
				// "Russia lost some 600 killed": a side's own loss by
				// its verb, as its losses named.
				// ("Russia's sanitary losses reached 5,000": the army
				// medics' word for its wounded and sick.)
				lost := ownLossVerb(word(toks, q.s-1)) || word(toks, h.s) == "sanitary"
				c.Population = soldiersOnlyIn(toks, q.s, q.e, lost || sideLossesBefore(toks, q.s))
			}
		}
	}
	if fw.listRowHit && d.listByAgent && d.listWholeActor != "" {
		// "Russian forces | 37" under "Civilian deaths in 2024 by
		// perpetrator party": the row names who killed, not who died.
		c.Actor = d.listWholeActor
	}
	// "Ukraine says 46,000 of its soldiers have been killed. Russia
	// puts the figure at more than 400,000": another speaker's figure
	// for the same losses, not the speaker's own.
	if fw.restateOf != nil && fw.restateOf.Actor != "" && c.Actor != fw.restateOf.Actor && speakerOnlyBefore(toks, d.mentions, q.s) {
		c.Actor, c.Population = fw.restateOf.Actor, fw.restateOf.Population
		c.Flags = dropFlag(c.Flags, attrition.FlagAmbiguousActor)
	}
	return unnamed
}

// sideOnly returns a claim that only names a side, for a part whose
// whole was counted as no claim (figure reads only its Actor). It is
// d's, set only when asked for: a docClaim declared in figure would be
// zeroed for every figure.
func (d *docState) sideOnly(actor string) *docClaim {
	if d.themOf == nil {
		d.themOf = new(docClaim)
	}
	*d.themOf = docClaim{}
	d.themOf.Actor = actor
	return d.themOf
}

// isEquipment is attrition.IsEquipment in a form cheap enough for the
// compiler to inline into figure, a function so large that it inlines
// only the smallest calls (it asks this of a figure's categories many
// times).
func isEquipment(c string) bool {
	return len(c) >= len(attrition.EquipmentPrefix) && c[:len(attrition.EquipmentPrefix)] == attrition.EquipmentPrefix
}

// figFacts are what figure's rules look for in the whole sentence,
// found once per sentence rather than by a scan for each figure.
type figFacts struct {
	sent, n int
	first   *token
	// hedgeColon is the first ":" after a hedge ("were approximately:"),
	// len(toks) when none (hedgedHeading).
	hedgeColon int
	// attack is singleAttack of the sentence, once attackSet.
	attack, attackSet bool
}

// singleAttackIn is singleAttack for the sentence being read, worked
// out once: it reads the whole sentence, for each figure that asks.
func (d *docState) singleAttackIn(toks []token) bool {
	f := d.figFactsOf(toks)
	if !f.attackSet {
		// A sentence of no attack word (its union of classes) names
		// no attack.
		sf := d.facts(toks)
		f.attack, f.attackSet = (!sf.clsSet || sf.cls&clsAttackWord != 0) && singleAttack(toks), true
	}
	return f.attack
}

// figFactsOf returns the figFacts of the sentence being read.
func (d *docState) figFactsOf(toks []token) *figFacts {
	f := &d.figFacts
	if len(toks) == 0 || f.sent == d.nsent && f.first == &toks[0] && f.n == len(toks) {
		return f
	}
	*f = figFacts{sent: d.nsent, first: &toks[0], n: len(toks), hedgeColon: len(toks)}
	// Colons are rare: find them in the text, then their tokens, rather
	// than test every token (a token's word is the lower-case text at its
	// offset, and ":" is one byte).
	lo, hi := toks[0].s, toks[len(toks)-1].e
	for lo < hi {
		i := strings.IndexByte(d.low[lo:hi], ':')
		if i < 0 {
			break
		}
		p := lo + i
		lo = p + 1
		k, ok := slices.BinarySearchFunc(toks, p, func(t token, p int) int { return t.s - p })
		// ("Approximate Russian losses as of 12 June: personnel –
		// 1,001,400": a heading that opens hedged.)
		if ok && k >= 1 && toks[k].w == ":" && (hedgeWord(toks[k-1].w) || toks[0].w == "approximate" || toks[0].w == "estimated" && k <= 8) {
			f.hedgeColon = k
			break
		}
	}
	return f
}

// hedgedBefore is hedgedHeading for the sentence being read, from its
// figFacts.
func (d *docState) hedgedBefore(toks []token, i int) bool {
	return d.figFactsOf(toks).hedgeColon < min(i, len(toks))
}

func hedgeWord(w string) bool {
	switch w {
	case "approximately", "about", "around", "roughly", "some", "approx", "estimated":
		return true
	}
	return false
}

// hedgedHeading reports "were approximately:" before token i: a hedge
// that governs a whole list.
func hedgedHeading(toks []token, i int) bool {
	for k := 1; k < i && k < len(toks); k++ {
		if toks[k].w == ":" {
			// "(approximately):" too.
			b := k - 1
			if toks[b].w == ")" && b > 0 {
				b--
			}
			switch toks[b].w {
			case "approximately", "about", "around", "roughly", "some", "approx", "estimated":
				return true
			}
			// "Approximate Russian losses as of 12 June:".
			if toks[0].w == "approximate" || toks[0].w == "estimated" && k <= 8 {
				return true
			}
		}
	}
	return false
}

// labelEnds reports that the word w after token i ends its list item.
func labelEnds(toks []token, i int, w string) bool {
	for k := i; k < len(toks) && k < i+7; k++ {
		if toks[k].w == w {
			// "771,500 personnel (as of 21 December 2024)": a bracket
			// after the label's noun ends it too.
			n := word(toks, k+1)
			return n == "" || n == "," || n == ";" || n == "." || n == "|" || n == "("
		}
	}
	return false
}

// respectivelyRef returns the claim a figure in a list closed by
// "respectively" stands for: the claims of the sentence before the list,
// in the same order ("lost 5 tanks, 11 armoured vehicles and 64 guns,
// bringing those totals to 10,880, 22,674 and 28,413 respectively").
func (d *docState) respectivelyRef(toks []token, q *quantity, firstClaim int) *docClaim {
	end := -1
	for k := q.e; k < len(toks) && k < q.e+14; k++ {
		w := toks[k].w
		if w == "respectively" {
			end = k
			break
		}
		if w != "," && w != "and" && !startsNumber(&toks[k]) && toks[k].k != tNum {
			return nil
		}
	}
	if end < 0 {
		return nil
	}
	// The list's figures: numbers joined by commas and "and" up to
	// "respectively"; this figure's place among them.
	start := q.s
	for start > 0 && (toks[start-1].w == "," || toks[start-1].w == "and" || toks[start-1].k == tNum) {
		start--
	}
	n, idx := 0, -1
	for k := start; k < end; k++ {
		if toks[k].k == tNum && (k == start || toks[k-1].w == "," || toks[k-1].w == "and") {
			if k == q.s {
				idx = n
			}
			n++
		}
	}
	// The claims of the sentence made before the list: the list's own
	// figures read so far came after them.
	base := len(d.claims) - idx
	if idx < 0 || n < 2 || base-firstClaim < n {
		return nil
	}
	return &d.claims[base-n+idx]
}

// equipmentListAfter reports the people noun w after token i followed
// by a list of equipment: "up to 85 servicemen, 12 motor vehicles",
// "210 troops, a tank and 6 motor vehicles".
func equipmentListAfter(toks []token, i int, w string) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if toks[k].w != w {
			continue
		}
		if n := word(toks, k+1); n != "," && n != "and" {
			return false
		}
		j := k + 2
		if a := word(toks, j); a == "a" || a == "an" || a == "one" || startsNumber(tokAt(toks, j)) {
			j++
		} else {
			return false
		}
		for m := j; m < len(toks) && m < j+4; m++ {
			if _, _, ok := equipmentIx.match(toks, m); ok {
				return true
			}
		}
		return false
	}
	return false
}

// spanAt reports a calendar span phrase starting at token i: "890 over
// the past day".
// periodRightAt reports a time phrase of any kind starting at token i:
// "since the invasion", "in May".
func (d *docState) periodRightAt(i int) bool {
	for k := range d.periods {
		if d.periods[k].s == i {
			return true
		}
	}
	return false
}

func (d *docState) spanAt(toks []token, i int) bool {
	for k := range d.periods {
		if p := &d.periods[k]; p.kind == pSpan && p.s >= i && p.s <= i+3 {
			// "up 1,110 from the previous day": the phrase may start
			// on its last words.
			j := i
			for j < p.s && (toks[j].w == "from" || toks[j].w == "the" || toks[j].w == "over" || toks[j].w == "in" || toks[j].w == "on") {
				j++
			}
			if j == p.s {
				return true
			}
		}
	}
	return false
}

// lastWhole returns the latest claim read as a whole, not as a share
// of another: "the total" means it.
func (d *docState) lastWhole() *docClaim {
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-40; i-- {
		if d.claims[i].Per == "" && !d.claims[i].share {
			return &d.claims[i]
		}
	}
	return nil
}

// largestWhole returns the largest whole figure of the last side counted,
// among the claims of the last three sentences, or lastWhole's.
func (d *docState) largestWhole() *docClaim {
	last := d.lastWhole()
	if last == nil {
		return last
	}
	bestSize, ok := wholeSize(&last.Claim)
	if !ok {
		return last
	}
	best := last
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-12; i-- {
		c := &d.claims[i]
		if c.sentence < d.nsent-3 {
			break
		}
		if c.Per != "" || c.share || c.Actor != last.Actor || attrition.IsEquipment(c.Category) != attrition.IsEquipment(last.Category) {
			continue
		}
		if v, ok := wholeSize(&c.Claim); ok && v > bestSize {
			best, bestSize = c, v
		}
	}
	return best
}

// figureSize is a figure's size for the rules that weigh it: its low
// end, or the high end of one hedged from above ("nearly 40 people"),
// which is near it; NaN, for which every comparison is false, when it
// has neither.
func figureSize(c *attrition.Claim) float64 {
	if v, ok := wholeSize(c); ok {
		return v
	}
	return math.NaN()
}

// wholeSize is a figure's size as a whole to compare: its low end, or
// the high end of one hedged from above ("nearly 950,000"), which is
// near that end.
func wholeSize(c *attrition.Claim) (float64, bool) {
	if c.Low != nil {
		return *c.Low, true
	}
	if c.High != nil && c.Approx {
		return *c.High, true
	}
	return 0, false
}

// dropEventMentions forgets the sides named in the event a period starts
// with when a place outside it says where the losses fell: "600 people
// had been killed in Lebanon since Hezbollah began firing on Israel" are
// Lebanon's, neither the attacker's enemy nor its target.
func (d *docState) dropEventMentions(p *periodHit) {
	placed := false
	for k := range d.mentions {
		if m := &d.mentions[k]; m.loc && m.actor != "" && (m.e <= p.s || m.s >= p.e) {
			placed = true
			break
		}
	}
	if !placed {
		return
	}
	n := 0
	for _, m := range d.mentions {
		if m.s > p.s && m.e <= p.e {
			continue
		}
		d.mentions[n] = m
		n++
	}
	d.mentions = d.mentions[:n]
}

// admissionBetween reports a verb of admitting between a source and its
// figure: what an army admits are its own losses.
func admissionBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < from+10; k++ {
		switch toks[k].w {
		case "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// launch is a count of missiles or drones fired ("Iran fired 532
// ballistic missiles"): no loss, but the whole of a share intercepted.
type launch struct {
	category, launcher, bound string
	q                         qsum
	sentence                  int
	// start, end: the day or days the weapons were fired ("on Monday"),
	// zero when the sentence gives none.
	start, end attrition.Date
}

// noteLaunch records a count of missiles or drones that a verb of firing
// governs, with the side named before it as the launcher.
func (d *docState) noteLaunch(toks []token, q *quantity, h *catHit) {
	fired := false
	// "fired two Iskander-M missiles and 87 drones": the verb may
	// govern a list.
	for k := q.s - 1; k >= 0 && k >= q.s-8; k-- {
		if launchVerb(toks[k].w) || toks[k].w == "with" && attackedWith(toks, k) {
			fired = true
			break
		}
		if w := toks[k].w; w == "." || w == ";" || w == ":" || k < q.s-3 && toks[k].k == tWord && toks[k].cls&clsAgentVerb != 0 {
			break
		}
	}
	// "Of the more than 1,100 drones Iran launched".
	for k := h.e; !fired && k < len(toks) && k < h.e+3; k++ {
		fired = launchVerb(toks[k].w)
	}
	if !fired {
		return
	}
	launcher := ""
	for i := range d.mentions {
		m := &d.mentions[i]
		// "Russia attacked Ukraine overnight with 728 drones": the side
		// attacked fired none of them.
		if m.actor == "" || m.loc || m.s > 0 && toks[m.s-1].cls&clsAgentVerb != 0 && toks[m.s-1].k == tWord {
			continue
		}
		if m.e <= q.s || launcher == "" && m.s >= h.e && m.s <= h.e+1 {
			launcher = m.actor
		}
	}
	l := launch{category: h.category, launcher: launcher, bound: q.bound, q: q.sum(), sentence: d.nsent}
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pSpan && !p.ref && !p.start.IsZero() && p.end.Sub(p.start) <= 7 {
			l.start, l.end = p.start, p.end
			break
		}
	}
	d.launches = append(d.launches, l)
}

// statusAfterVerb reads the status a passive after a part gives: "(20)
// have been destroyed", "were captured".
func statusAfterVerb(toks []token, e int) (string, int) {
	for k := e; k < len(toks) && k < e+4; k++ {
		switch w := toks[k].w; w {
		case "have", "has", "had", "been", "were", "was", "are", "is", "reportedly", "since":
			continue
		default:
			if st := statusWords[w]; st != "" {
				return st, k + 1
			}
			return "", e
		}
	}
	return "", e
}

// opensOnLastClaim reports a sentence that opens "Of these," with the
// figure at s soon after, when the text's last claim, in the sentence
// before, counted people: the part is of those people.
func (d *docState) opensOnLastClaim(toks []token, s int) bool {
	if s > 5 || word(toks, 0) != "of" || word(toks, 2) != "," {
		return false
	}
	if w := word(toks, 1); w != "these" && w != "those" && w != "them" {
		return false
	}
	if len(d.claims) == 0 {
		return false
	}
	c := &d.claims[len(d.claims)-1]
	return c.sentence == d.nsent-1 && c.people && c.Actor != ""
}

// otherSourceVerbBefore reports a verb of saying or estimating right
// before the figure at s, in a new clause: "; Kyiv claims 950,000",
// ", while the British say 900,000".
func otherSourceVerbBefore(toks []token, s int) bool {
	k := s - 1
	switch word(toks, k) {
	case "at":
		k-- // "puts it at"
		if word(toks, k) == "it" || word(toks, k) == "them" {
			k--
		}
	}
	if k < 1 || toks[k].cls&clsSpeechVerbs == 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch toks[j].w {
		case ";", ",", "while", "whereas", "but", "and":
			return true
		}
	}
	return false
}

// ofWhichBefore reports "of which" right before the part at s, or
// before a list of parts it goes on ("of which 35 missiles and 46
// drones").
func ofWhichBefore(toks []token, s int) bool {
	// The word right before is "which" or the list's "and": most
	// figures have neither, and are spared the walk.
	if b := word(toks, s-1); b != "which" && b != "and" {
		return false
	}
	for k := s - 1; k >= 1 && k >= s-8; k-- {
		switch toks[k].w {
		case "which":
			return toks[k-1].w == "of"
		case ",", ";", ".", ":":
			return false
		}
		if t := &toks[k]; t.k != tNum && t.w != "and" && t.cls&(clsNum|clsCat|clsCatEnd) == 0 {
			return false
		}
	}
	return false
}

// launchSince returns the latest count of weapons fired read in
// sentence sent or after whose category is cat ("" for any), or nil.
func (d *docState) launchSince(sent int, cat string) *launch {
	for i := len(d.launches) - 1; i >= 0 && d.launches[i].sentence >= sent; i-- {
		if cat == "" || d.launches[i].category == cat {
			return &d.launches[i]
		}
	}
	return nil
}

// downedBefore reports a verb of shooting down just before a figure:
// "had shot down 12 of them", "intercepted 40".
func downedBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch toks[k].w {
		case "intercepted", "downed", "destroyed":
			return true
		case "down":
			return word(toks, k-1) == "shot"
		}
	}
	return false
}

// downedAfter reports a passive of downing after the weapons counted
// that end at e: "64 drones were shot down", "were intercepted".
func downedAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+5; k++ {
		switch toks[k].w {
		case "intercepted", "downed", "destroyed", "suppressed":
			return true
		case "down":
			return word(toks, k-1) == "shot"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// shotDownAfter reports a passive of shooting down right after e ("were
// shot down", "were intercepted"): weapons fired, as "destroyed" need
// not be.
func shotDownAfter(toks []token, e int) bool {
	k := e
	if w := word(toks, k); w == "were" || w == "was" {
		k++
	}
	switch word(toks, k) {
	// ("718 were neutralised" after a launch: the weapons.)
	// ("277 of which were eliminated", "were taken out": the same of
	// weapons just launched.)
	case "intercepted", "downed", "neutralised", "neutralized", "jammed", "suppressed", "eliminated":
		return true
	case "shot":
		return word(toks, k+1) == "down"
	case "taken":
		return word(toks, k+1) == "out"
	}
	return false
}

// attackedWith reports "attacked with", "struck Kyiv overnight with":
// the weapons after "with" at k were fired by the attacker.
func attackedWith(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].w {
		case "attacked", "struck", "targeted", "bombarded", "pounded", "attack", "attacking", "hit":
			return true
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// episodeToll reports "the toll from the Sweida clashes", "the death
// toll in the coastal violence" before the figure at s: an episode of
// a war named with its place.
func episodeToll(toks []token, s int) bool {
	for k := s - 1; k >= 2 && k >= s-12; k-- {
		if w := toks[k].w; w != "from" && w != "in" && w != "of" {
			continue
		}
		if toks[k-1].w != "toll" {
			continue
		}
		for j := k + 1; j < s && j <= k+5; j++ {
			switch toks[j].w {
			case "clashes", "violence", "fighting", "massacres", "killings", "battle", "siege", "unrest":
				return j > k+2 && toks[k+1].w == "the"
			}
		}
		return false
	}
	return false
}

// tollFromAttack reports "the death toll from the Sumy strike", "the
// toll in Sunday's attack" before the figure at s: one attack's toll.
func tollFromAttack(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-14; k-- {
		if toks[k].w != "from" && toks[k].w != "in" && toks[k].w != "of" {
			continue
		}
		if toks[k-1].w != "toll" {
			continue
		}
		for j := k + 1; j < s && j <= k+5; j++ {
			switch toks[j].w {
			case "strike", "attack", "bombing", "blast", "raid", "massacre", "explosion", "airstrike", "shelling":
				// (Not a war's strikes: "the toll from Israeli strikes".)
				// ("Death toll in Odesa attack rises to 28": a headline's
				// place before its attack.)
				return j > k+1 && (toks[k+1].w == "the" || toks[k+1].w == "a" || strings.HasSuffix(toks[k+1].w, "'s") || strings.HasSuffix(toks[k+1].w, "’s") ||
					toks[k+1].upper && toks[k+1].k == tWord && toks[k+1].cls&clsDemonyms == 0)
			}
		}
		return false
	}
	return false
}

// tollUpdateAt reports a figure at s that is a toll's new count, after
// "to": "the toll has risen to 14", "revised the toll to 14", "the
// number of injured has climbed to 64", "corrected the figure to 34".
func tollUpdateAt(toks []token, s int) bool {
	for k := s - 2; k >= 0 && k >= s-5; k-- {
		switch toks[k].w {
		case "risen", "rose", "rises", "climbed", "climbs", "jumped", "increased", "grown", "grew", "revised", "corrected", "updated", "raised", "lowered":
			// The counted thing, named before the verb or as its
			// object ("revised it to 34": by its pronoun).
			if w := word(toks, k+1); (w == "it" || w == "that") && revisedPronounTo(toks, k+1, s) {
				return true
			}
			return nearWord(toks, max(0, k-10), s-1, "toll", "figure", "number", "count", "tally")
		}
	}
	return false
}

// eventClaimBefore returns the claim of the sentences just before whose
// period is one event's, a day or two, for a new count of that event's
// toll ("A Russian strike on Sumy killed 12 people. The toll has since
// risen to 14"); nil when the last loss told is no such event's.
func (d *docState) eventClaimBefore(c *attrition.Claim) *docClaim {
	for i := len(d.claims) - 1; i >= 0; i-- {
		p := &d.claims[i]
		if p.sentence >= d.nsent || p.Per != "" || isEquipment(p.Category) {
			continue
		}
		if p.sentence < d.nsent-3 || p.PeriodStart.IsZero() || p.PeriodEnd.Sub(p.PeriodStart) > 1 || figureSize(&p.Claim) >= 1000 ||
			c.Actor != "" && p.Actor != "" && p.Actor != c.Actor {
			return nil
		}
		return p
	}
	return nil
}

// townTollAt reports a toll of a town before the figure at s: "the death
// toll in Dnipro has risen to 27" (a town's mention, not a land's).
func (d *docState) townTollAt(toks []token, s int) bool {
	for i := range d.mentions {
		if m := &d.mentions[i]; m.town && m.e <= s && m.s >= 2 && word(toks, m.s-1) == "in" && (word(toks, m.s-2) == "toll" || deadNouns[word(toks, m.s-2)]) {
			return true
		}
	}
	return false
}

// simplePastLoss reports a loss told in the simple past right after the
// figure at [s, e): "two soldiers were killed", "three people died".
func simplePastLoss(toks []token, s, e int) bool {
	for k := s; k < len(toks) && k < e+4; k++ {
		switch toks[k].w {
		case "died":
			return true
		case "were", "was":
			switch word(toks, k+1) {
			case "killed", "wounded", "injured", "martyred":
				return true
			}
		case "embraced", "attained":
			// ISPR's "two soldiers attained martyrdom", "embraced
			// shahadat".
			switch word(toks, k+1) {
			case "martyrdom", "shahadat":
				return true
			}
		}
	}
	return false
}

// fewDiedNews reports a few dead or wounded (fewer than 100) told in
// the simple past with no time of their own, in a war that goes on or
// long after its end: "Twelve people were killed, the ministry said",
// "Six people died in shelling of Horlivka". Not in the past perfect
// ("80 of its troops had died": before some other time) nor after a
// sentence dated by other days than the past one ("between May 7 and
// May 10 … 16 civilians died in that period").
func (d *docState) fewDiedNews(toks []token, c *attrition.Claim, s, e int) bool {
	if vagueWords[word(toks, s)] != 0 || d.perfectTense(toks) {
		return false
	}
	// "The AFU lost 160 servicemen", "the enemy lost more than 1,600
	// troops", "losses amounted to up to 185": a daily report's tally
	// in its verb, told in the simple past, is a day's, up to the
	// size of a day's losses in the largest war. (Its running total,
	// "950,000", is no day's; nor "has lost", perfectTense's.)
	tally := false
	if n := c.Low; n == nil || *n >= 100 {
		if n == nil {
			n = c.High
		}
		if n == nil || *n >= 5000 || !tallyVerbBefore(toks, s) {
			return false
		}
		tally = true
	}
	// "Ukrainian troops lost 15 soldiers in the fighting", "advanced
	// into Khan Younis, losing three soldiers", "its troops killed 30
	// gunmen", a headline's "Two soldiers killed in southern Gaza": a
	// few lost in one fight, told in the past.
	// ("have shelled Kherson daily, killing 20": a habit's toll.)
	if !tally && !simplePastLoss(toks, s, e) && !lostPastBefore(toks, s) && !headlineLoss(toks, s, e) && !d.toldInPast(toks, s, e) && !tallyVerbBefore(toks, s) || !oneDeedBeforeParticiple(toks, s) {
		return false
	}
	for k := s; k < len(toks) && k < e+4; k++ {
		if toks[k].w == "died" && (wordIn(word(toks, k-1), []string{"had", "have", "has"}) || word(toks, k-1) == "also" && wordIn(word(toks, k-2), []string{"had", "have", "has"})) {
			return false
		}
	}
	if p := d.lastSpan; p != nil && (p.end < d.pub.AddDays(-1) || p.end.Sub(p.start) > 1) {
		return false
	}
	// "were killed in that period", "over the same four days": the time
	// told before.
	for k := e; k+1 < len(toks) && k < e+8; k++ {
		switch toks[k].w {
		case "same":
			return false
		case "that", "those":
			switch toks[k+1].w {
			case "period", "time", "day", "days", "week", "weeks", "month", "months":
				return false
			}
		}
	}
	return d.warGoesOn(c.Actor) || d.newsAfterWar(c.Actor, c.Low) && !d.conflictTalkDoc() || d.warUnknown(c)
}

// tallyVerbBefore reports a side's losses told in the simple past by
// the verb of a war ministry's tally, right before the figure at s or
// before the list the figure is an item of: "the AFU lost 160
// servicemen", "the enemy lost 93 killed and 41 wounded", "destroyed 40
// Ukrainian servicemen", "suffered 5 dead and 12 wounded", "losses
// amounted to up to 185". Not "had lost", "would have suffered", nor
// a share of the figure before: "suffered 120 casualties, 40 of them
// fatal".
func tallyVerbBefore(toks []token, s int) bool {
	v := -1
	for k := s - 1; k >= 1 && k >= s-10; k-- {
		w := toks[k].w
		if tallyVerb(w) || w == "to" && (toks[k-1].w == "amounted" || toks[k-1].w == "totalled" || toks[k-1].w == "totaled") {
			v = k
			break
		}
		if toks[k].k == tPunct && w != "," || w == "of" || w == "including" || w == "whom" || w == "which" {
			return false
		}
	}
	// The list's first figure follows the verb, after its hedge at
	// most: "lost more than 60", "lost up to 175".
	if v < 0 || v < s-1 && (word(toks, s+1) == "of" || !startsNumber(&toks[v+1]) && !(v+2 < s && startsNumber(&toks[v+2])) && !(v+3 < s && startsNumber(&toks[v+3]))) {
		return false
	}
	if toks[v].w == "to" {
		v--
	}
	switch word(toks, v-1) {
	case "had", "have", "has", "having", "been", "to", "would", "could", "might":
		return false
	}
	return true
}

// tallyVerb reports a verb in the simple past of the losses a war
// ministry's daily report tells: "lost", "destroyed", "eliminated".
func tallyVerb(w string) bool {
	switch w {
	case "lost", "suffered", "destroyed", "eliminated", "neutralised", "neutralized", "liquidated":
		return true
	}
	return false
}

// lostPastBefore reports a side's loss told in the simple past right
// before the figure at s: "lost 15 soldiers", ", losing three
// soldiers". (Not "had lost": before some other time.)
func lostPastBefore(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "lost", "losing":
		switch word(toks, s-2) {
		case "had", "have", "has", "having", "been":
			return false
		}
		return true
	}
	return false
}

// headlineLoss reports a headline's loss that opens the line with a
// bare participle after its noun: "Two IDF soldiers killed in southern
// Gaza, army says", "Five civilians wounded in Kherson shelling". (Not
// "Two soldiers were killed", simplePastLoss's.)
func headlineLoss(toks []token, s, e int) bool {
	if s > 2 {
		return false
	}
	for k := s + 1; k < len(toks) && k < e+4; k++ {
		switch toks[k].w {
		case "killed", "wounded", "injured":
			return true
		case ",", ";", ".", "were", "was", "have", "has", "had", "who", "of":
			return false
		}
	}
	return false
}

// launchVerb reports a verb of firing weapons: what it governs is no loss.
func launchVerb(w string) bool {
	switch w {
	case "fired", "launched", "firing", "launching", "fires", "launches":
		return true
	}
	return false
}

// interceptRef reads a percentage of weapons launched that were
// intercepted or shot down ("86 percent of which were intercepted",
// "intercepted about 86 per cent of the missiles", "Of the 1,100 drones
// Iran launched, 99 percent were intercepted") and returns the launch as
// the whole it is a share of, and the end of what it consumed.
func (d *docState) interceptRef(toks []token, q *quantity) (*docClaim, int, bool) {
	if len(d.launches) == 0 {
		return nil, 0, false
	}
	hit := false
	for k := q.e; k < len(toks) && k < q.e+8 && !hit; k++ {
		switch toks[k].w {
		case "intercepted", "downed":
			hit = true
		case "shot":
			hit = word(toks, k+1) == "down"
		case ";", ".":
			k = len(toks)
		}
	}
	for k := q.s - 1; k >= 0 && k >= q.s-4 && !hit; k-- {
		hit = toks[k].w == "intercepted" || toks[k].w == "downed"
	}
	if !hit {
		return nil, 0, false
	}
	cat, end := "", q.e
	if word(toks, q.e) == "of" {
		j := q.e + 1
		for word(toks, j) == "the" || word(toks, j) == "all" {
			j++
		}
		switch word(toks, j) {
		case "which", "them", "these", "those":
			end = j + 1
		default:
			p, e, ok := equipmentIx.match(toks, j)
			if !ok {
				return nil, 0, false
			}
			cat, end = p.category, e
		}
	} else if cat = leadingEquipment(toks, q.s); cat == "" {
		// Else only "Of the more than 1,100 drones Iran launched, 99
		// percent": the weapons the sentence opens with.
		return nil, 0, false
	}
	for i := len(d.launches) - 1; i >= 0; i-- {
		l := &d.launches[i]
		if l.sentence < d.nsent-1 {
			break
		}
		if cat == "" || l.category == cat {
			r := &docClaim{q: l.q, sentence: d.nsent}
			r.Category, r.Actor, r.Bound = l.category, l.launcher, l.bound
			return r, end, true
		}
	}
	return nil, 0, false
}

// stateAgainstGroup reports a state's side (no population of its own in
// the registry) against an armed group's.
// armedGroup reports an armed group, no state: a side of the registry
// whose people are all fighters, or one of groupHome's.
func armedGroup(name string) bool {
	if a, ok := findActor(name); ok {
		return a.Population == attrition.PopulationMilitary
	}
	_, ok := groupHome(name)
	return ok
}

// groupHome reports the armed groups among otherSides, with the state
// whose army each fights at home ("" for none). A switch, not a map:
// the side of most figures is asked.
func groupHome(name string) (string, bool) {
	switch name {
	case "Fano":
		return "Ethiopia", true
	case "al-Shabaab":
		return "Somalia", true
	case "BLA":
		return "Pakistan", true
	case "Kuki militants":
		return "India", true
	case "PKK":
		return "Turkey", true
	case "Viv Ansanm":
		return "Haiti", true
	case "Ambazonian separatists":
		return "Cameroon", true
	case "Kataib Hezbollah", "Popular Mobilization Forces", "Palestinian Islamic Jihad":
		return "", true
	}
	return "", false
}

func stateAgainstGroup(state, group string) bool {
	sa, ok1 := findActor(state)
	ga, ok2 := findActor(group)
	return ok1 && ok2 && sa.Population == "" && ga.Population == attrition.PopulationMilitary
}

// inlineWhole reads the whole a share is of, written out after its
// "of" at k: "of Russia's roughly one million casualties", "of the 109
// Bradleys". It returns nil when no figure with its category is there,
// and the end of the whole's words.
func inlineWhole(toks []token, k int) (*docClaim, int) {
	j := wholeStart(toks, k)
	if j >= len(toks) || !startsNumber(&toks[j]) {
		return nil, k
	}
	iq, ok := parseQuantity(toks, j)
	if !ok || iq.percent || iq.frac || iq.first.year || iq.s < k {
		return nil, k
	}
	ih, ok := findCategory(toks, &iq, nil)
	if !ok || ih.category == "" || ih.category == catLost || !ih.forward {
		return nil, k
	}
	w := &docClaim{q: iq.sum()}
	w.Category, w.Status = ih.category, ih.status
	w.Actor = actorIn(toks, k, ih.e)
	return w, ih.e
}

// lostShareOfStrength reads the whole of a share lost of a side's
// strength: "lost a quarter of its 400,000 troops", with the share at s
// and its "of" before k. It returns the whole as a claim of casualties
// and the token after its people, or nil.
func lostShareOfStrength(toks []token, s, k int) (*docClaim, int) {
	// (s, the share's start, takes its hedge in.)
	if w := word(toks, s-1); w != "lost" && w != "losing" && w != "lose" && w != "loses" {
		return nil, k
	}
	j := k
	if w := word(toks, j); w == "its" || w == "their" || w == "the" {
		j++
	}
	if j >= len(toks) || !startsNumber(&toks[j]) {
		return nil, k
	}
	iq, ok := parseQuantity(toks, j)
	if !ok || iq.percent || iq.frac || iq.first.year || iq.e >= len(toks) {
		return nil, k
	}
	if t := &toks[iq.e]; t.cls&clsMilitaryWords == 0 || t.k != tWord {
		return nil, k
	}
	w := &docClaim{q: iq.sum()}
	w.Category = catCasualties
	return w, iq.e + 1
}

// wholeStart skips the possessives and hedges before a whole's figure
// after "of" at k: "the", "their", "Russia's", "an estimated".
func wholeStart(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+4 && (toks[j].w == "the" || toks[j].w == "their" || toks[j].w == "its" ||
		hasCls(toks, j, clsActorWord) || toks[j].cls&clsShapeLast != 0 || toks[j].w == "total" || toks[j].w == "estimated") {
		j++
	}
	return j
}

// leadingEquipment is the equipment named in a sentence that opens "Of
// the …", before token s.
func leadingEquipment(toks []token, s int) string {
	// The clause may open after a colon: "Ukraine's fleet depends on
	// Western supplies: of the 31 Abrams tanks delivered, …".
	from := -1
	for k := 0; k < s; k++ {
		if toks[k].w == "of" && (k == 0 || k == 1 && toks[0].w == "out" || toks[k-1].w == ":" || toks[k-1].w == ";" || toks[k-1].w == "—" || toks[k-1].w == "–") {
			from = k
		}
	}
	if from < 0 {
		return ""
	}
	for j := from + 1; j < s; j++ {
		if toks[j].cls&clsCat == 0 {
			continue
		}
		if p, _, ok := equipmentIx.match(toks, j); ok {
			return p.category
		}
	}
	return ""
}

// partClauseAt reports a figure at s that opens a clause of its own
// after ";", "," or "and": "…; 12 were destroyed".
func partClauseAt(toks []token, s int) bool {
	switch word(toks, s-1) {
	case ";", ",", "and":
		return true
	}
	return false
}

// countedEquipmentBefore returns the kind of equipment a figure counts
// before the verb at k in its clause, or "": "produced 1,500 tanks but
// lost", "received 31 Abrams tanks and lost". A figure of people between
// ("lost 300 tanks and 5,000 men; it lost") or another sentence ends
// the look.
func countedEquipmentBefore(toks []token, k int) string {
	switch word(toks, k-1) {
	case "but", "and", ",", "yet", "has", "had", "have":
	default:
		return ""
	}
	for j := k - 2; j >= 0 && j >= k-14; j-- {
		t := &toks[j]
		if t.w == "." || t.w == ";" || t.w == ":" {
			return ""
		}
		if t.k != tNum {
			continue
		}
		if _, ok := yearOf(t); ok {
			continue // "in 2024"
		}
		// "1,500 tanks", "31 Abrams tanks", "1,500 T-90 tanks". (Not
		// "fired 300 missiles but lost": missiles spent are none lost.)
		for m := j + 1; m <= j+3 && m < k; m++ {
			if p, _, ok := equipmentIx.match(toks, m); ok {
				if p.category == catMissiles {
					return ""
				}
				return p.category
			}
			if toks[m].cls&clsPerson != 0 {
				return ""
			}
		}
		return ""
	}
	return ""
}

// clausePrepAfter reports a preposition that opens the rest of a clause
// after a figure at i: "lost 1,400 in 2024", "lost 250 over the summer".
func clausePrepAfter(toks []token, i int) bool {
	switch word(toks, i) {
	case "in", "over", "during", "since", "by", "on", "last", "this":
		return true
	}
	return false
}

// equipmentBefore returns the kind of the nearest equipment named
// before token s of the sentence, or "": what "them" stands for in "shot
// down 412 of the 530 drones …, 31 of them over Kyiv".
func equipmentBefore(toks []token, s int) string {
	for k := s - 1; k >= 0; k-- {
		if toks[k].cls&clsCat == 0 {
			continue
		}
		if p, end, ok := equipmentIx.match(toks, k); ok && end <= s {
			// "9,500 armoured vehicles, 3,000 of them in 2024": the
			// longest name that ends there, not "vehicles" alone.
			cat, start := p.category, k
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if p, e, ok := equipmentIx.match(toks, j); ok && e == end {
					cat, start = p.category, j
				}
			}
			// "8 tanks were hit by FPV drones …, 5 of them burned
			// out": weapons uncounted after "by" or "with" are what
			// struck, not what "them" stands for.
			if instrumentBefore(toks, start) {
				k = start
				continue
			}
			return cat
		}
	}
	return ""
}

// instrumentBefore reports "by" or "with" up to two words of a kind
// before the uncounted equipment name at k: "hit by FPV drones", "struck
// with anti-tank missiles".
func instrumentBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := toks[j].w; {
		case w == "by" || w == "with":
			return true
		case toks[j].k != tWord || toks[j].cls&clsCat != 0 && j < k-1:
			return false
		}
	}
	return false
}

// amongThem reports "among them" or "including them" right before the
// figure at s: "892 soldiers have fallen, among them 447 in the ground
// manoeuvre".
func amongThem(toks []token, s int) bool {
	return word(toks, s-1) == "them" && (word(toks, s-2) == "among" || word(toks, s-2) == "including")
}

// largestRecent returns the claim of category cat with the largest
// figure among those of this sentence and the two before, or ref.
func (d *docState) largestRecent(cat string, ref *docClaim) *docClaim {
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.nsent-2; i-- {
		c := &d.claims[i]
		if c.Category == cat && c.Per == "" && !c.share && (ref == nil || c.q.value() > ref.q.value()) {
			ref = c
		}
	}
	return ref
}

// dayTollBefore returns the day's toll of people that a list line of
// places breaks down: the line counts people with its own loss word
// after the figure ("1 killed, 3 injured"), no more than the toll, which
// the last sentences gave for a window ending on publication.
func (d *docState) dayTollBefore(toks []token, c *attrition.Claim, s, e int) *docClaim {
	if !d.listItem(toks) || attrition.IsEquipment(c.Category) {
		return nil
	}
	// The quote [s, e) holds the loss word after the figure.
	lossAfter := false
	for k := s + 1; k < e && k < len(toks); k++ {
		if toks[k].cls&(clsLoss|clsCat) != 0 {
			lossAfter = true
			break
		}
	}
	if !lossAfter {
		return nil
	}
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.nsent-6; i-- {
		p := &d.claims[i]
		if attrition.IsEquipment(p.Category) || p.PeriodEnd != d.pub || p.PeriodStart != d.pub.AddDays(-1) {
			continue
		}
		if c.Low != nil && p.Low != nil && *c.Low <= *p.Low {
			return p
		}
	}
	return nil
}

// sidesMilitary returns the registry's army of the one side the
// sentence names, for "the military" or "the army" said. A war's armed
// group and its civilians name their country's army: "In Sudan, the army
// said it had killed 3,000 RSF fighters" is the Sudanese army's word.
func (d *docState) sidesMilitary(name string) (attrition.Source, bool) {
	head := strings.TrimPrefix(strings.ToLower(name), "the ")
	if head != "military" && head != "army" {
		return attrition.Source{}, false
	}
	side := ""
	var army attrition.Source
	for k := range d.mentions {
		m := &d.mentions[k]
		// "In neighbouring Mali, the army said": a place that opens the
		// sentence frames it.
		if m.actor == "" || m.loc && m.s > 3 || m.actor == side {
			continue
		}
		src, ok := d.armyOf(m.actor, head)
		if !ok || side != "" && src.Name != army.Name {
			return attrition.Source{}, false
		}
		side, army = m.actor, src
	}
	return army, side != ""
}

// armyOf is the army that speaks for side as "the army" or "the
// military" (head).
func (d *docState) armyOf(side, head string) (attrition.Source, bool) {
	a, ok := findActor(side)
	if !ok {
		// "Seven Colombian soldiers were killed, the army said": a
		// country outside the registry, by its people's adjective.
		if als := otherSides[side]; len(als) > 0 && countryAdjective(side, als) {
			return attrition.Source{Name: side + "'s " + head, Party: side}, true
		}
		return attrition.Source{}, false
	}
	for _, al := range a.Aliases {
		if src, ok := attrition.ResolveSource(al + " " + head); ok && src.Party == side {
			return src, true
		}
	}
	// A state's army the registry does not list: "Mali's army".
	if a.Population == "" {
		return attrition.Source{Name: side + "'s " + head, Party: side}, true
	}
	// "The RSF lost more than 2,000 fighters, the army said": an armed
	// group is no army; the army is the side of its war the registry
	// calls one ("Sudan (SAF)", "sudan's army"), named by its country.
	// So for the war's civilians: "In Sudan, the army said".
	if a.Population == attrition.PopulationMilitary && head == "army" || a.Population == attrition.PopulationCivilian {
		if cf, ok := d.conflictFor(side); ok {
			for _, sd := range cf.Sides {
				sa, ok := findActor(sd)
				if !ok || sd == side {
					continue
				}
				for _, al := range sa.Aliases {
					if strings.HasSuffix(al, " army") {
						country, _, _ := strings.Cut(sd, " (")
						if src, ok := attrition.ResolveSource(country + "'s army"); ok {
							return src, true
						}
						return attrition.Source{Name: country + "'s army", Party: sd}, true
					}
				}
			}
		}
	}
	return attrition.Source{}, false
}

// countryAdjective reports a side outside the registry named by its
// people's adjective ("colombian", "rwandan"): a state, which has an
// army, not an armed group ("Fano", "al-Shabaab").
func countryAdjective(side string, aliases []string) bool {
	name := strings.ToLower(side)
	for _, al := range aliases {
		if len(al) > len(name) && strings.HasPrefix(al, name[:len(name)-1]) && !strings.HasSuffix(al, "'s") && strings.IndexByte(al, ' ') < 0 {
			return true
		}
	}
	return false
}

// byNameIn reports "by name" in the sentence, before or after the
// figure: "which records by name each person killed …, said that the
// junta had killed 6,231 people"; "killed 2,940 people, a figure it
// calls a minimum because it includes only deaths it has confirmed by
// name". The sentence is looked over once, not once a figure.
func (d *docState) byNameIn(toks []token, q *quantity) bool {
	f := d.facts(toks)
	if !f.byNameSet {
		f.byName, f.byNameSet = -1, true
		for k := 1; k < len(toks); k++ {
			if toks[k].w == "name" && toks[k-1].w == "by" {
				f.byName = k + 1
				break
			}
		}
	}
	// After the figure, in its own clause: not "46,000 soldiers had
	// been killed, while UALosses has identified 92,470 dead by name".
	return f.byName >= 0 && (q == nil || f.byName <= q.s || !clauseBreak(toks, q.e, f.byName))
}

// namedListEnd is where namedList stops looking after a figure whose
// words end at e: four words on, six across a relative clause ("24,686
// dead who had been fully identified").
func namedListEnd(toks []token, e int) int {
	n := 4
	if w := word(toks, e); w == "who" || w == "that" || w == "whose" {
		n = 6
	}
	return min(len(toks), e+n)
}

// partOfFloor reports a figure that counts a part of a floor just given:
// "confirmed 148,211 deaths by name. Of these, 29,410 were volunteers";
// not "the remaining 11,662", who are the rest of the whole.
func (d *docState) partOfFloor(toks []token, q *quantity) bool {
	if !(startsWithAnaphor(toks) || ofThem(toks, q.e) || breakdownCue(toks, q.s)) {
		return false
	}
	if w := word(toks, q.s-1); w == "remaining" || w == "other" || w == "rest" {
		return false
	}
	prev := d.lastClaim(catKilled)
	return prev != nil && prev.sentence >= d.nsent-1 && prev.namedFloor && prev.q.value() > q.value()
}

// confirmedByLister reports a count of "confirmed deaths" by a source
// that has counted the dead by name in the text: its list's count, a
// floor ("Bashkortostan leads with 5,360 confirmed deaths").
func (d *docState) confirmedByLister(toks []token, q *quantity, h *catHit) bool {
	if !d.namedDead || h.category != catKilled || !(word(toks, q.e) == "confirmed" || nearWord(toks, max(0, q.s-3), q.s, "confirmed")) {
		return false
	}
	prev := d.lastClaim(catKilled)
	return prev != nil && prev.namedFloor
}

// noteMonthNamed keeps the month or year a sentence without figures
// names as the span "during the month" and "the same period" point
// back to: "April was the deadliest month … The mission verified 209
// civilians killed during the month".
func (d *docState) noteMonthNamed(toks []token) {
	for i := range d.periods {
		p := &d.periods[i]
		if p.kind == pSpan && !p.window && !p.speech && !p.ref && !p.same && !p.conflictStart && p.end.Sub(p.start) >= 27 {
			d.lastSpan = d.heldPeriods.put(*p)
			return
		}
	}
	// "April was the deadliest month": a month the sentence opens with
	// as its subject.
	if len(toks) > 2 && toks[0].upper && monthAt(toks, 0) != 0 {
		if dt, ok := parseDate(toks, 0, d.pub); ok && dt.end.Sub(dt.start) >= 27 && subjectCopula(word(toks, dt.e)) {
			d.lastSpan = d.heldPeriods.put(periodHit{kind: pSpan, start: dt.start, end: dt.end, s: 0, e: dt.e})
		}
	}
}

// sameAsClaim returns, for "the same period" p, the last figure dated by
// its own words when it was read after the last span a figure took
// ("over the same period" after "since December"), or nil.
func (d *docState) sameAsClaim(p *periodHit) *docClaim {
	if !p.same {
		return nil
	}
	for i := len(d.claims) - 1; i >= 0; i-- {
		c := &d.claims[i]
		if !c.timeWords || c.PeriodStart.IsZero() || c.Per != "" {
			continue
		}
		if d.lastSpan != nil && d.lastSpanSent >= c.sentence || c.sentence < d.nsent-3 {
			return nil
		}
		return c
	}
	return nil
}

// noteSpan keeps the span of a day, week, month or year a figure took,
// for "in the same week" later.
func (d *docState) noteSpan(c *attrition.Claim) {
	before, from := d.spanBefore, d.spanFrom
	d.spanBefore, d.spanFrom = false, -1
	// "wounded 2,300 in the preceding week", after "killed 5,600" in
	// it: a span counted back from another is not one to count from.
	if before || c.PeriodStart.IsZero() || unitOfLength(c.PeriodEnd.Sub(c.PeriodStart)) == "" {
		return
	}
	if d.nspanHist > 0 {
		if l := &d.spanHist[(d.nspanHist-1)%len(d.spanHist)]; l.start == c.PeriodStart && l.end == c.PeriodEnd {
			return
		}
	}
	d.spanHist[d.nspanHist%len(d.spanHist)] = notedSpan{start: c.PeriodStart, end: c.PeriodEnd, sent: d.nsent, from: from}
	d.nspanHist++
}

// notedSpan is a span a figure took (noteSpan), with where it was read:
// the sentence, and the period phrase's first token or -1.
type notedSpan struct {
	start, end attrition.Date
	sent, from int
}

// recentOfLength returns, of the last spans figures took whose length is
// that of p ("the same week": seven days), the latest in time, or nil:
// a text steps back from the span it reports to compare ("the previous
// week was 8,350"), and "the same week" is still the one it reports.
func (d *docState) recentOfLength(p *periodHit) *notedSpan {
	var best *notedSpan
	unit := unitOfLength(p.end.Sub(p.start))
	for k := 1; k <= len(d.spanHist) && k <= d.nspanHist; k++ {
		h := &d.spanHist[(d.nspanHist-k)%len(d.spanHist)]
		if h.sent == d.nsent && h.from == p.s {
			// Read from this very phrase: "killed 5,600 … and wounded
			// 2,300 in the preceding week".
			continue
		}
		if unitOfLength(h.end.Sub(h.start)) == unit && (best == nil || h.end > best.end) {
			best = h
		}
	}
	return best
}

// unitOfLength names the calendar unit a span of n days is: day, week,
// month or year, or "" for none.
func unitOfLength(n int) string {
	switch {
	case n <= 1:
		return "day"
	case n >= 6 && n <= 7:
		return "week"
	case n >= 27 && n <= 31:
		return "month"
	case n >= 364 && n <= 366:
		return "year"
	}
	return ""
}

// sameLength reports two spans of one length, months of 28 to 31 days
// counting as one.
func sameLength(a, b *periodHit) bool {
	la, lb := a.end.Sub(a.start), b.end.Sub(b.start)
	return la == lb || la >= 27 && la <= 31 && lb >= 27 && lb <= 31
}

// lastRate returns the latest rate per unit of this sentence or the one
// before it.
func (d *docState) lastRate(per string) *docClaim {
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.nsent-1; i-- {
		if d.claims[i].Per == per {
			return &d.claims[i]
		}
	}
	return nil
}

// lastAny returns the latest claim, rates included.
func (d *docState) lastAny() *docClaim {
	if len(d.claims) == 0 {
		return nil
	}
	return &d.claims[len(d.claims)-1]
}

// float returns a pointer to v from a slab, one allocation for many
// claims' numbers.
func (d *docState) float(v float64) *float64 {
	if len(d.slab) == cap(d.slab) {
		// A new block, not a grown one: claims point into the old.
		d.slab = make([]float64, 0, max(96, 2*cap(d.slab)))
	}
	d.slab = append(d.slab, v)
	return &d.slab[len(d.slab)-1]
}

// bounds returns pointers to the low, high and best values of q, those
// it has (nil for the others), from one block of the slab: one call per
// claim, not one per number.
func (d *docState) bounds(q *quantity) (lo, hi, best *float64) {
	if cap(d.slab)-len(d.slab) < 3 {
		d.slab = make([]float64, 0, max(96, 2*cap(d.slab)))
	}
	n := len(d.slab)
	d.slab = d.slab[:n+3]
	f := d.slab[n : n+3 : n+3]
	if q.hasLow {
		f[0], lo = q.low, &f[0]
	}
	if q.hasHigh {
		f[1], hi = q.high, &f[1]
	}
	if q.hasBest {
		f[2], best = q.best, &f[2]
	}
	return lo, hi, best
}

// pair is float for a probability's range: two numbers of one block.
func (d *docState) pair(lo, hi float64) *[2]float64 {
	if cap(d.slab)-len(d.slab) < 2 {
		d.slab = make([]float64, 0, max(96, 2*cap(d.slab)))
	}
	d.slab = append(d.slab, lo, hi)
	return (*[2]float64)(d.slab[len(d.slab)-2:])
}

// lastClaim returns the latest claim, of category cat when given.
// wholeOfPart returns the claim a part told with "including" belongs
// to: the one before it in its sentence, of the same side. Else the
// claim itself.
// partAfter reports a claim p told after c in c's sentence as a part of
// it: "…, including 650 civilians", "of whom 300", "among them 13".
func (d *docState) partAfter(c, p *docClaim) bool {
	// ("At least 32 Israelis, including 21 soldiers, were killed": the
	// two quotes end together; the part starts later.)
	if p.sentence != c.sentence || p.Span[0] <= c.Span[0] && p.Span[1] <= c.Span[1] || c.Span[0] < 0 || p.Span[1] > len(d.input) || c.Span[1] > len(d.input) {
		return false
	}
	between := d.input[c.Span[0]:max(c.Span[1], p.Span[1])]
	for _, w := range partWords {
		if bytes.Contains(between, w) {
			return true
		}
	}
	return false
}

// partWords open a part of a whole told before: partAfter's words.
var partWords = [][]byte{[]byte("including "), []byte("among them"), []byte("of whom"), []byte("of them"), []byte("of which")}

func (d *docState) wholeOfPart(dc *docClaim) *docClaim {
	if !bytes.Contains(d.input[max(0, dc.Span[0]-len("including ")):dc.Span[1]], []byte("including ")) {
		return dc
	}
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence == dc.sentence; i-- {
		if o := &d.claims[i]; o != dc && o.Span[1] <= dc.Span[1] && o.Actor == dc.Actor && !o.share {
			return o
		}
	}
	return dc
}

func (d *docState) lastClaim(cat string) *docClaim {
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-40; i-- {
		if d.claims[i].Per != "" {
			continue // a rate is no whole to take a share of
		}
		if cat == "" || d.claims[i].Category == cat {
			return &d.claims[i]
		}
	}
	return nil
}

// occurredSpanAfter reports a span after token k told after a verb of
// occurring: "… occurred in the final four months of the year", "came
// in the last quarter".
func (d *docState) occurredSpanAfter(toks []token, k int) bool {
	for i := range d.periods {
		if q := &d.periods[i]; q.kind == pSpan && q.s > k && q.s >= 1 {
			switch word(toks, q.s-1) {
			case "occurred", "came", "happened", "took", "fell", "were", "was", "suffered", "incurred", "sustained":
				return true
			}
		}
	}
	return false
}

// prevRate returns the rate of the sentence before when it is the last
// claim, of the same side, losses and unit as the rate c and dated by
// time words of its own, not a war's running span.
func (d *docState) prevRate(c *attrition.Claim) *docClaim {
	if c.Per == "" || len(d.claims) == 0 {
		return nil
	}
	p := &d.claims[len(d.claims)-1]
	if p.sentence != d.nsent-1 || p.Per != c.Per || p.Category != c.Category || p.Actor != c.Actor || !p.timeWords || p.PeriodEnd.IsZero() || isConflictStart(p.PeriodStart) {
		return nil
	}
	return p
}

// lastEquipment returns the latest equipment claim of this sentence (or
// of the list it belongs to).
func (d *docState) lastEquipment(firstClaim int, inList bool) *docClaim {
	lo := firstClaim
	if inList {
		lo = max(0, len(d.claims)-30)
	}
	// "Of the 1,150, Oryx classes 725 as destroyed": the sentence before.
	for lo > 0 && d.claims[lo-1].sentence >= d.nsent-1 {
		lo--
	}
	for i := len(d.claims) - 1; i >= lo; i-- {
		if attrition.IsEquipment(d.claims[i].Category) {
			return &d.claims[i]
		}
	}
	return nil
}

func nearestLikelihood(toks []token, cues *sentCues, ls []likelihoodHit, s, e int) (likelihoodHit, bool) {
	best, bestD := likelihoodHit{}, 1<<30
	if len(ls) == 0 {
		return best, false
	}
	// "a further 200 may have died": a figure hedged by its own modal
	// takes no estimative word from another figure's clause.
	modal := false
	for k := max(0, s-3); k < min(len(toks), e+4); k++ {
		if w := toks[k].w; (w == "may" || w == "might" || w == "could") && !(k < s && toks[k].upper) {
			modal = true
		}
	}
	for _, l := range ls {
		if modal && (l.e < s-6 || l.s > e+6) {
			continue
		}
		// Not across "while", ";" or "adding that": another statement.
		if a, b := min(l.e, s), max(l.s, e); cues.clauseBreak(a, b) || nearWord(toks, a, b, "adding", "added", "adds") {
			continue
		}
		// "13,580 deaths, and it says the real figures are likely
		// higher": a word after a new verb of saying governs what is
		// said there.
		if l.s >= e && nearWord(toks, e, l.s, "says", "said", "say") {
			continue
		}
		// "138 were shot down and 119 were \"locally lost\", likely due
		// to electronic warfare": the word after another figure is that
		// figure's.
		if l.s >= e && cues.figureBetween(e, l.s, s, e) {
			continue
		}
		// "at least 40,000 and probably did not exceed 50,000", "3,000
		// tanks and has likely lost around 9,000": a word after the
		// figure that a figure of its own clause follows is that one's.
		if l.s >= e && figureSoonAfter(toks, l.e) {
			continue
		}
		// "a roughly even chance Russia's casualties will pass 300,000
		// …, and puts its losses at more than 2,000 tanks": the word
		// governs a future the figure after it is not part of.
		if l.e <= s && nearWord(toks, l.e, s, "will") {
			continue
		}
		// "…, likely an undercount": a word that judges the figure as
		// a noun phrase, not its truth; "…, and production will likely
		// fall": another subject's verb after ", and".
		if l.s >= e && (word(toks, l.s-1) == "," && l.e < len(toks) && (toks[l.e].w == "an" || toks[l.e].w == "a") ||
			commaAndBetween(toks, e, l.s) && nearWord(toks, e, l.s, "will", "would", "could", "may", "might")) {
			continue
		}
		// "…, and it is highly likely that it will struggle to replace
		// them", "casualties, which are likely to rise": a word after
		// the figure that governs a verb to come; "…, likely its
		// heaviest year", "the real toll is likely much higher": one
		// that judges something else than the figure's truth.
		if l.s >= e && l.e < len(toks) && likelyOfOther(toks, l.e) {
			continue
		}
		// "casualties, which are likely to rise, now stand at …": a
		// relative clause closed before the figure.
		if l.e <= s && closedRelativeClause(toks, l.s, l.e, s) {
			continue
		}
		dist := 0
		switch {
		case l.e <= s:
			dist = s - l.e
		case l.s >= e:
			dist = l.s - e + 2 // after the figure weighs a little less
		}
		if dist < bestD {
			best, bestD = l, dist
		}
	}
	return best, bestD < 1<<30
}

// leaderBefore returns the start of one person named before "and" at
// q.s-1 whose loss the figure's people share: a name with "other"
// after the figure ("Captain Ahmed and four other soldiers", "Sepoy
// Ramesh Kumar and two others"), or an officer by rank ("a major and
// three soldiers"). It returns -1 for anything else, as for "Russia
// and two other states" (no people) or "a soldier and three
// civilians" (two claims).
func leaderBefore(toks []token, q *quantity) int {
	k := q.s - 2
	if k < 0 || toks[k].k != tWord {
		return -1
	}
	after := word(toks, q.e)
	other := after == "other" || after == "others"
	switch {
	case toks[k].upper && other && toks[k].cls&(clsMonth|clsActorWord|clsPeriod) == 0 && !weekdayName(toks[k].w):
		// The name, with its title: "Lt Col Smith", "Sepoy Ramesh Kumar".
		// (Not a day's: "on Sunday and five others were wounded".)
		s := k
		for s > 0 && s > k-4 && toks[s-1].upper && toks[s-1].k == tWord {
			s--
		}
		// The name opens its clause, or is the object of a killing:
		// not a place's ("the shelling of Nikopol and eight others").
		if s > 0 {
			switch toks[s-1].w {
			case ",", ";", ":", "(", "killed", "killing", "including", "when", "as":
			default:
				return -1
			}
		}
		if after == "other" && toks[min(q.e+1, len(toks)-1)].cls&clsPerson == 0 {
			return -1
		}
		return s
	case rankWord(toks[k].w) && (other || toks[min(q.e, len(toks)-1)].cls&clsMilitaryWords != 0):
		// "a major and three soldiers", "the commander and four other
		// fighters".
		if w := word(toks, k-1); w == "a" || w == "an" || w == "the" || w == "their" || w == "its" {
			return k - 1
		}
	}
	return -1
}

// thanBefore reports a comparison opened by "than" in tokens [a, b)
// that runs on to b: "more than the siege of Sarajevo in …".
func thanBefore(toks []token, a, b int) bool {
	for k := b - 1; k >= a && k >= b-8; k-- {
		switch toks[k].w {
		case "than":
			// "higher than in 2023" compares times, the figure's own
			// being another: no time of the figure either way. Not a
			// bound ("more than 300 … in Sunday's assault") nor "rather
			// than".
			if word(toks, k-1) == "rather" || k+1 < len(toks) && (startsNumber(&toks[k+1]) || hedgeWord(toks[k+1].w)) {
				return false
			}
			return true
		case "times", "twice", "double", "triple", "half", "thrice":
			// "10,000 drones a month, three times the rate a year
			// ago": the time of what is multiplied.
			if word(toks, k+1) == "the" || word(toks, k+1) == "that" {
				return true
			}
		case ",", ";", ".", "and", "but", "while":
			return false
		}
	}
	return false
}

// closedRelativeClause reports that tokens [a, b) stand in a relative
// clause (", which …,") that closes before token s.
func closedRelativeClause(toks []token, a, b, s int) bool {
	closed := false
	for k := b; k < s && k < len(toks); k++ {
		if toks[k].w == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := a - 1; k >= 1 && k >= a-6; k-- {
		if w := toks[k].w; (w == "which" || w == "who") && toks[k-1].w == "," {
			return true
		} else if toks[k].k == tPunct {
			return false
		}
	}
	return false
}

// forcesSubject reports the side named before s with a word of its
// armed forces after its name, and a verb of its own losses between:
// "Russian forces have suffered", "The Russian army has lost".
func forcesSubject(toks []token, ms []mention, actor string, s int) bool {
	for i := range ms {
		m := &ms[i]
		if m.actor != actor || m.e >= s || m.loc || m.agent {
			continue
		}
		e := m.e
		switch word(toks, m.e) {
		case "forces", "troops", "army", "military", "soldiers", "servicemen", "armed", "fighters", "militants":
		default:
			// "the Armed Forces of Ukraine lost": the forces before
			// their side's name.
			if f := word(toks, m.s-2); word(toks, m.s-1) != "of" || f != "forces" && f != "army" {
				continue
			}
			e--
		}
		// "the losses of the Ukrainian armed forces amounted to".
		lossesOf := word(toks, m.s-1) == "the" && word(toks, m.s-2) == "of" && (word(toks, m.s-3) == "losses" || word(toks, m.s-3) == "casualties")
		for k := e + 1; k < s && k <= e+5; k++ {
			switch toks[k].w {
			case "suffered", "lost", "sustained", "took", "incurred":
				return true
			case "amounted", "totalled", "totaled", "reached", "exceeded", "were":
				if lossesOf {
					return true
				}
			}
		}
	}
	return false
}

// totalOverAfter reports "over the month", "in all", "in total" right
// after a figure: the whole of a span a rate was given for.
func totalOverAfter(toks []token, e int) bool {
	switch word(toks, e) {
	case "over", "for", "across", "during":
		if word(toks, e+1) == "the" {
			switch word(toks, e+2) {
			case "month", "year", "week", "period", "quarter":
				return true
			}
		}
	case "in":
		w := word(toks, e+1)
		return w == "all" || w == "total"
	}
	return false
}

// townEventNow is townEvent in a war that goes on at publication: a
// town's dead told soon after its war ended are that war's; a few dead
// told long after it (newsAfterWar) are new news.
func (d *docState) townEventNow(toks []token, s, e int, low *float64) bool {
	town := d.townEvent(toks, s, e)
	if town == "" {
		return false
	}
	cf, ok := d.conflictFor(town)
	return ok && (cf.End.IsZero() || cf.End >= d.pub) || d.newsAfterWar(town, low)
}

// townEvent returns the side of a town the text names after a figure
// told in the simple past ("were killed", "died"): "four people were
// killed in Tubas"; not a share ("of whom …") nor a total ("have been
// killed"). "" when there is none.
func (d *docState) townEvent(toks []token, s, e int) string {
	ms := d.mentions
	if !d.toldInPast(toks, s, e) {
		return ""
	}
	for i := range ms {
		if ms[i].town && ms[i].s > e {
			return ms[i].actor
		}
		// "were wounded in northern Gaza", "in southern Lebanon": a
		// part of a land, the place of one incident like a town.
		if m := &ms[i]; m.loc && !m.war && m.s > e && m.actor != "" && compassWord(word(toks, m.s-1)) && word(toks, m.s-2) == "in" {
			return m.actor
		}
	}
	return ""
}

// placedDeed reports a figure at [s, e) told as one deed in the simple
// past (toldInPast) at a place a sentence names, before the figure or
// after it: "The convoy was attacked near El Fasher; five drivers were
// killed", "Russia fired 40 drones at Kyiv, wounding 13", "Gunmen
// abducted 50 villagers in Zamfara state". A reported deed is told in
// the past perfect: "Rebels said they had killed 47 troops near
// Tinzaouaten".
func (d *docState) placedDeed(toks []token, s, e int) bool {
	if !d.toldInPast(toks, s, e) && !reportedDeed(toks, s) || !oneDeedBeforeParticiple(toks, s) {
		return false
	}
	for i := range d.mentions {
		if d.mentions[i].town {
			return true
		}
	}
	return namedPlaceIn(toks)
}

// oneDeedBeforeParticiple reports, for a figure at s after a deed's
// participle ("…, killing 60"), that the clause before tells one deed:
// "fired 40 drones at Kyiv, wounding 13", "said its forces had repelled
// an assault, killing 60"; not strikes told in the perfect or as a
// habit ("have struck Kharkiv every night, killing 60") nor many targets
// in a report's past perfect ("had struck 40 positions, killing 300").
// True when no participle is there.
func oneDeedBeforeParticiple(toks []token, s int) bool {
	if !strings.HasSuffix(word(toks, s-1), "ing") {
		return true
	}
	count := false
	for k := s - 2; k >= 0 && k >= s-14; k-- {
		switch w := toks[k].w; w {
		case "have", "has":
			return false
		case "had":
			return !count
		case "every", "each", "daily", "nightly", "repeatedly", "regularly":
			return false
		case ";", ".", ":":
			return true
		default:
			if toks[k].k == tNum {
				count = true
			}
		}
	}
	return true
}

// reportedDeed reports a deed's verb right before the figure at s in
// the past perfect of reported speech: "said they had killed 47", "said
// its forces had abducted"; or in a claim's perfect infinitive: "The M23
// claimed to have killed 150".
func reportedDeed(toks []token, s int) bool {
	if !deedVerb(word(toks, s-1)) {
		return false
	}
	if word(toks, s-2) == "have" && word(toks, s-3) == "to" {
		switch word(toks, s-4) {
		case "claimed", "claims", "claim", "claiming":
			return true
		}
		return false
	}
	if word(toks, s-2) != "had" {
		return false
	}
	for k := s - 3; k >= 0 && k >= s-7; k-- {
		if toks[k].cls&clsSpeechVerbs != 0 {
			return true
		}
	}
	return false
}

// deedVerb reports the verbs of one deed's losses right before its
// figure: "killed 40", "wounding 13", "abducted 50".
func deedVerb(w string) bool {
	switch w {
	case "killed", "killing", "wounded", "wounding", "injured", "injuring", "abducted", "abducting", "kidnapped", "kidnapping",
		"executed", "executing", "massacred", "massacring", "slaughtered", "beheaded",
		// Gaza's and Lebanon's state media: "targeted a house,
		// martyring seven".
		"martyring":
		return true
	}
	return deedKillWord(w)
}

// namedPlaceIn reports a name after "in", "near", "at", "outside" or
// "around" that names no side, month or weekday: a village or area the
// registry does not know, "near Tinzaouaten", "in Kishishe", "near Lake
// Chad"; or a capital. ("in Ukraine" is a side's land, the war's
// ground.)
func namedPlaceIn(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		switch toks[k].w {
		case "in", "near", "at", "outside", "around":
		default:
			continue
		}
		j := k + 1
		if toks[j].w == "the" && j+1 < len(toks) {
			j++
		}
		// ("at Kyiv": a capital is a town of its side's land.)
		if t := &toks[j]; t.upper && t.k == tWord && (t.cls&(clsActor|clsMonth|clsDemonyms) == 0 && !strings.HasSuffix(t.w, "day") || capitalWords.at(t.w) != "") {
			return true
		}
	}
	return false
}

// toldInPast reports a figure at [s, e) told as a deed in the simple
// past ("were killed", "died", "Gunmen killed 40"), not a share ("of
// whom …") nor a total ("have been killed").
func (d *docState) toldInPast(toks []token, s, e int) bool {
	if s > 0 && (toks[s-1].w == "of" || toks[s-1].w == "including" || toks[s-1].w == "whom") || d.perfectTense(toks) {
		return false
	}
	// "Gunmen killed 40 villagers in Plateau State": the active past.
	// (The armies' own words too: "eliminated 35 Ukrainian soldiers",
	// "were neutralised".)
	// ("Russia fired 40 drones at Kyiv, wounding 13", "Gunmen abducted
	// 50 villagers".)
	past := s > 0 && deedVerb(toks[s-1].w)
	for k := s; k < len(toks) && k < e+4; k++ {
		switch toks[k].w {
		case "were", "was":
			if w := word(toks, k+1); deedVerb(w) {
				past = true
			}
		case "died":
			past = true
		case "fell":
			// "Two soldiers fell in battle in southern Gaza".
			if word(toks, k+1) == "in" {
				switch word(toks, k+2) {
				case "battle", "combat", "action", "fighting":
					past = true
				}
			}
		case "had", "have", "has":
			return false
		}
	}
	// "80 people were killed and 150 wounded in strikes on Ras Isa":
	// the second figure shares the first's verb.
	if !past && word(toks, s-1) == "and" {
		for k := s - 2; k >= 1 && k >= s-6; k-- {
			if w := toks[k].w; w == "killed" || w == "wounded" || w == "injured" {
				if b := toks[k-1].w; b == "were" || b == "was" {
					past = true
				}
				break
			}
		}
	}
	return past
}

// reportedThis gives the claims of the sentence before the speaker a
// sentence of attribution alone names: "This was reported by the
// General Staff of the Armed Forces of Ukraine", "The ministry reported
// this". Their "enemy" is then that speaker's.
func (d *docState) reportedThis(toks []token) {
	if len(toks) < 4 || len(d.claims) == 0 || d.claims[len(d.claims)-1].sentence != d.nsent-1 {
		return
	}
	at := -1 // the first word of the speaker's name
	switch w := toks[0].w; {
	case (w == "this" || w == "that") && (toks[1].w == "was" || toks[1].w == "is") && word(toks, 3) == "by":
		switch toks[2].w {
		case "reported", "stated", "announced", "said", "confirmed", "posted":
			at = 4
		}
	}
	var a attribution
	if at > 0 {
		e := len(toks)
		if toks[e-1].k == tPunct {
			e--
		}
		if e <= at {
			return
		}
		a = makeAttribution(toks, d.pt.text, at, e, at, e)
	} else {
		// "The General Staff reported this": the speaker before its verb.
		k := slices.IndexFunc(toks, func(t token) bool { return t.w == "this" })
		if k < 2 || word(toks, k-1) != "reported" && word(toks, k-1) != "announced" && word(toks, k-1) != "stated" {
			return
		}
		s, e := npBefore(toks, k-1)
		if e <= s {
			return
		}
		a = makeAttribution(toks, d.pt.text, s, e, s, e)
	}
	if a.name == "" || a.generic || a.junk || a.self {
		return
	}
	party := a.party
	if party == "" {
		party = a.actor
	}
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence == d.nsent-1; i-- {
		dc := &d.claims[i]
		if dc.Source == "" || dc.Source == d.defaultSource.name {
			dc.Source = a.name
		}
		if dc.Actor == "" && dc.enemyWord && party != "" {
			if e, ok := d.enemyOf(party); ok {
				dc.Actor = e
			}
		}
	}
	d.lastSource = d.heldAttrs.put(a)
}

// claimSize is a claim's low end, or its high end when it has only that
// ("up to 50").
func claimSize(c *attrition.Claim) *float64 {
	if c.Low != nil {
		return c.Low
	}
	return c.High
}

// rubbleAfter reports the ruins of a building in the clause after the
// figure that ends at e: "are still missing under the rubble", "pulled
// from the debris".
func rubbleAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+8; k++ {
		switch toks[k].w {
		case "rubble", "debris", "ruins":
			switch word(toks, k-1) {
			case "the":
				switch word(toks, k-2) {
				case "under", "beneath", "from", "in":
					return true
				}
			case "under", "beneath", "from":
				return true
			}
			return false
		case ",", ";", ".", ":":
			return false
		}
	}
	return false
}

// warSized reports a figure no one attack reaches: "Gaza death toll
// passes 49,600 as Israeli strikes resume" is the war's.
func warSized(c *attrition.Claim) bool {
	n := claimSize(c)
	return n != nil && *n >= 5000
}

// namedMassacreLead reports a sentence that opens with a massacre named
// by its place, "In the Izium massacre, …", "The Tadamon massacre
// killed 41": a retold event of its own name, no past day's news,
// when the registry does not know its days.
func namedMassacreLead(toks []token) bool {
	k := 0
	if w := word(toks, 0); w == "in" || w == "during" {
		k++
	}
	if word(toks, k) != "the" {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+4; j++ {
		switch toks[j].w {
		case "massacre", "massacres", "killings", "genocide":
			return j > k+1
		}
		if !toks[j].upper {
			return false
		}
	}
	return false
}

// fitsSpan reports a figure a span could hold, at no more than 5,000 a
// day: "lost 9,600 last week" may be, "lost 1,000,000" is a war's.
func fitsSpan(c *attrition.Claim, p *periodHit) bool {
	n := claimSize(c)
	return n == nil || *n <= 5000*float64(p.end.Sub(p.start)+1)
}

// deedKillWord reports the armies' words for killing the enemy in one
// action: "eliminated", "neutralised", "liquidated".
func deedKillWord(w string) bool {
	switch w {
	case "eliminated", "neutralised", "neutralized", "liquidated":
		return true
	}
	return false
}

// risenByBefore returns the "by" of "rose by 25,000 in 2024, to"
// before a figure at s that is the new total, or -1.
func risenByBefore(toks []token, s int) int {
	k := s - 1
	if word(toks, k) != "to" {
		return -1
	}
	for m := k - 1; m >= 1 && m >= k-10; m-- {
		switch toks[m].w {
		case "by":
			if riseToVerb(toks[m-1].w) || toks[m-1].w == "increased" || toks[m-1].w == "grew" {
				return m
			}
			return -1
		case "doubled", "tripled", "trebled", "quadrupled", "halved":
			// "have nearly doubled over the past year, to 950,000": a
			// rise told by its factor, with no "by".
			return m
		case ".", ";":
			return -1
		}
	}
	return -1
}

// totalOfBefore reports ", a total of" or ", in total" right before the
// figure at s: the sum of the figures before it.
func totalOfBefore(toks []token, s int) bool {
	k := s - 1
	if word(toks, k) == "of" {
		k--
	}
	if word(toks, k) != "total" {
		return false
	}
	if w := word(toks, k-1); w == "a" || w == "the" || w == "for" {
		k--
	}
	return word(toks, k-1) == "," || word(toks, k-1) == "—" || word(toks, k-1) == "for"
}

// likelyOfOther reports that the estimative word ending at token k
// governs something other than a figure before it: a verb to come ("to
// rise", "that it will struggle"), a noun phrase ("its heaviest year")
// or a comparison ("much higher").
func likelyOfOther(toks []token, k int) bool {
	switch toks[k].w {
	case "its", "their", "the", "his", "her", "this", "that", "a", "an", "higher", "lower", "greater", "larger", "more", "much",
		"considerably", "significantly", "far", "well", "substantially", "to", "will", "would":
		if toks[k].w == "that" {
			// "highly likely that it will struggle", not "likely that
			// 1,000 more were killed".
			for j := k + 1; j < len(toks) && j < k+5; j++ {
				if w := toks[j].w; w == "will" || w == "would" {
					return true
				}
				if toks[j].k == tNum || toks[j].k == tPunct {
					break
				}
			}
			return false
		}
		return true
	}
	return false
}

// setPeriod resolves the figure's period from the sentence's period
// phrases, the list it belongs to, or the claim it continues.
//
// The claim's category stays as it is here: whether it is equipment,
// which several rules ask, is asked once. (New lines go where no call
// follows them: default.pgo, the profile that guides the compiler's
// inlining, names a call by its line in its function.) A sentence with
// no verb of saying (d.wordsCls, the union of its words' classes) has
// no "and said that" for saidThatBetween to find.
func (d *docState) setPeriod(toks []token, c *attrition.Claim, dc *docClaim, s, e int, inList, fracOf bool, ref *docClaim) {
	// "put Russian casualties at between 900,000 and 1 million last
	// month, with 200,000 to 250,000 of them killed": a part with no
	// time of its own after it has its whole's.
	if len(d.claims) > 0 { // (the claim before first: most figures have none timed)
		if w := &d.claims[len(d.claims)-1]; w.sentence == d.nsent && !w.PeriodEnd.IsZero() && w.Per == "" && c.Per == "" && partMarked(toks, s, e) && !d.periodFrom(e, true) {
			c.PeriodStart, c.PeriodEnd = w.PeriodStart, w.PeriodEnd
			return
		}
		// "Strikes killed 74 people and wounded 171, the ministry said
		// on Friday", "shelling killed three, the governor said, adding
		// that 21 were wounded": the second figure of one event is of
		// the event's day, whatever the statement's words around it.
		if w := &d.claims[len(d.claims)-1]; w.sentence == d.nsent && w.Per == "" && c.Per == "" && !w.PeriodStart.IsZero() && w.PeriodEnd.Sub(w.PeriodStart) <= 1 &&
			(isEquipment(w.Category) == isEquipment(c.Category) && (addingBefore(toks, s) || listMateBefore(toks, s) && word(toks, e) != "of" || amongThemBefore(toks, s)) || secondDeedOfPair(toks, s) ||
				// "the enemy lost up to 175 servicemen and a tank": the
				// machines of a day's tally of men are of its day too.
				isEquipment(c.Category) && !isEquipment(w.Category) && listMateBefore(toks, s) && lostListBefore(toks, s)) && !d.periodFrom(e, false) {
			c.PeriodStart, c.PeriodEnd = w.PeriodStart, w.PeriodEnd
			return
		}
		// "Rescuers recovered 23 bodies from the rubble of the apartment
		// block, bringing the death toll to 46": a few hundred at most
		// after one ruin's dead are that strike's toll, not a war's.
		if w := &d.claims[len(d.claims)-1]; w.sentence == d.nsent && w.Per == "" && c.Per == "" && !w.PeriodStart.IsZero() && w.PeriodEnd.Sub(w.PeriodStart) <= 1 && w.Category == c.Category &&
			d.toll && figureSize(c) < 1000 && word(toks, s-1) == "to" && bringingAt(toks, s) >= 0 && rubbleIn(toks, s) && !d.periodFrom(e, false) {
			c.PeriodStart, c.PeriodEnd = w.PeriodStart, w.PeriodEnd
			return
		}
	}
	// "- At least 27 people were killed in a Russian missile strike on
	// Dnipro, the governor said.": a bulleted sentence of prose is read
	// as the sentence it is, not as a tally's line. A list whose head
	// gave a period or a span ("this week") still gives it, and a line
	// in the perfect ("has fired 1,000 drones") or of the dead just
	// told ("• Among the dead are 163 health workers", "99% of the
	// drones") stays the list's.
	item := d.listItem(toks)
	if (inList || item) && d.listPeriod == nil && !d.coverLead && !fracOf && proseItem(toks) && !partLine(toks) && !d.perfectTense(toks) {
		inList, item = false, false
	}
	var span, since, asof, dur *periodHit
	// sinceAway: since is a start read in another sentence (a heading's,
	// the lead's), its token offsets not this sentence's.
	sinceAway := false
	bestSpan, bestSince, bestAsOf, equipment := 1<<30, 1<<30, 1<<30, attrition.IsEquipment(c.Category)
	// running: "10,000 people remain missing", a state now, not the
	// day's news. Asked only of a window: most figures have none, and the
	// walk back over the words cost 0.4% of all instructions.
	running, runningSet := false, false
	asofSpeech := false
	// "about 1,000 a day since the start of the year, …, bringing total
	// casualties to around 950,000": the total's time is none of the
	// clause before the verb.
	bring := -1
	// ("…, bringing the death toll to 55,362": a war's toll too; not
	// "raising the toll to 10", a strike's.)
	// (d.total, which figure's sentWords set: a sentence with no
	// "total" has no total's cue, and most have none.)
	if len(d.periods) > 0 && (d.total && totalCue(toks, s) || d.toll && tollBefore(toks, s) && nearWord(toks, max(0, s-5), s, "death")) {
		bring = bringingAt(toks, s)
	}
	// "Russia lost 1,000 troops on Monday; it has lost 998,000 in
	// total": the total's time is none of the clause before.
	if len(d.periods) > 0 && bring < 0 && sumPhraseAt(toks, e) {
		for k := s - 1; k > 0; k-- {
			if toks[k].w == ";" {
				bring = k
				break
			}
		}
	}
	// "Mediazona's tally rose by 25,000 in 2024, to 88,000": the time of
	// the rise is the day the new total stood, at its end.
	risen := -1
	if len(d.periods) > 0 && bring < 0 {
		risen = risenByBefore(toks, s)
	}
	// "The death toll in Gaza rose to 55,493 on Wednesday": the day the
	// new total stood, wherever the clause names it.
	tollDay := len(d.periods) > 0 && bring < 0 && risen < 0 && newTotalBefore(toks, s) && tollUpdateBefore(toks, s)
	// "lost 1,000 troops on Wednesday, bringing its June losses to
	// 12,400": a subtotal that names its own time between its verb and
	// its figure is of that time, not of the increment's day.
	own := -1
	if len(d.periods) > 1 && d.sentScan(toks).totalVerb {
		own = ownTimeTotal(toks, d.periods, s)
	}
	// "A year ago, it lost 1,200 a day; now it loses about 1,000": the
	// time before the clause of "now" is the earlier figure's.
	// (Only the loop over the sentence's periods reads it.)
	now := -1
	if len(d.periods) > 0 {
		now = nowClauseAt(toks, s)
	}
	for i := range d.periods {
		p := &d.periods[i]
		if now >= 0 && p.e <= now {
			continue
		}
		if own >= 0 {
			if p.e <= own {
				continue
			}
			// "taking the total for the month to 12,400", "its losses
			// for the week": the month or week so far, not the past 30
			// or 7 days.
			// (The subtotal's words are what it counts, not the day a
			// total stood.)
			if p.s > own && p.e <= s && p.kind == pSpan {
				if u := word(toks, p.e-1); p.e-p.s == 3 && word(toks, p.s+1) == "the" && !d.pub.IsZero() && (u == "month" || u == "week") {
					r := d.heldPeriods.put(*p)
					r.start, r.end, r.window = thisUnitStart(d.pub, u), d.pub, false
					p = r
				}
				span, bestSpan = p, -1
				continue
			}
		}
		// "69,546 had been killed over two years of war, including 560
		// bodies recovered since the ceasefire": the time after the
		// part's figure is the part's.
		if p.s > e && wordIn(word(toks, p.s-1), partDeedWords) && partFigureBetween(toks, e, p.s) {
			continue
		}
		if tollDay && p.kind == pSpan && p.start == p.end && !p.start.IsZero() && !p.window && !p.speech && asof == nil && !clauseBreak(toks, min(p.e, s), max(p.s, e)) {
			conv := d.stoodOn(p)
			asof, bestAsOf = conv, 1<<29
			continue
		}
		if risen >= 0 && p.s > risen && p.e <= s {
			if p.kind == pSpan && !p.start.IsZero() && !p.window && asof == nil {
				conv := d.stoodOn(p)
				asof, bestAsOf = conv, 1<<29
			}
			continue
		}
		if bring >= 0 && p.e <= bring {
			// "lost 1,100 soldiers on 1 June, bringing the total to
			// 990,000": the day of the increment is the day the total
			// stood.
			if p.kind == pSpan && p.start == p.end && !p.start.IsZero() && !p.window && asof == nil {
				conv := d.stoodOn(p)
				asof, bestAsOf = conv, 1<<29
			}
			continue
		}
		if p.window {
			if !runningSet {
				// ("41 killed in 24 hours; toll rises to 55,362": the
				// toll itself, not the rise "by 41".)
				running, runningSet = runningTotalBefore(toks, s) || stateVerb(toks, s, e) || word(toks, s-1) != "by" && tollUpdateBefore(toks, s), true
				// "Today, Russia's dead number 250,000": a total that
				// stands today, by its verb in the present.
				if !running && p.e-p.s == 1 && toks[p.s].w == "today" {
					running = presentTotalBefore(toks, s)
				}
			}
			if running {
				// "bringing the total to 845,000": the day's window is
				// the increment's, not the total's.
				continue
			}
		}
		if p.aside && p.e <= s || p.ahead && p.s >= e || p.streak && c.Per == "" || p.clauseEnd > 0 && s >= p.clauseEnd {
			continue
		}

		// "recovered 14 bodies on Wednesday, and about 10,000 people
		// remain missing": a state now, not the day's news.
		// ("six people were still unaccounted for" after Monday's strike
		// are its missing.)
		if !p.window && p.kind == pSpan && p.start == p.end && !p.start.IsZero() && p.e <= s && stateVerb(toks, s, e) && !d.attackNoun(toks) {
			continue
		}
		// "killed 12,000 civilians, more than the siege of Sarajevo in
		// 1992-95": the time of what the figure is compared with.
		if p.s >= e && (thanBefore(toks, e, p.s) || upFromBetween(toks, e, p.s)) {
			continue
		}
		// "5,601 killed in 2024, up from 4,789 in 2023, while another
		// 2,212 were injured", "lose 390 soldiers, …, against 512 killed
		// in 2023": the time of a figure compared dates it alone.
		if (p.e <= s || p.s >= e) && toks[p.s].cls&clsPeriod != 0 {
			if f := comparedFigureBefore(toks, p.s); f >= 0 && (f < s || f >= e) {
				continue
			}
		}
		// "claimed to have killed thousands of RSF fighters, while the
		// network said 782 civilians died between May and December": the
		// time of a figure after a contrast is that clause's own.
		// (A day of the statement, "told reporters on Monday", dates
		// what both clauses say.)
		if p.s > e && !p.speech && d.cues.figureBetween(e, p.s, s, e) {
			if k := contrastBefore(toks, e, p.s); k < p.s && figureBetween(toks, k+1, p.s, s, e) {
				continue
			}
		}
		// "in one of the deadliest attacks on the capital this year":
		// the time of the comparison, not of the figure.
		// "the deadliest since 1973: … 5,500 wounded": a start compared
		// with before the figure too.
		if (p.s > e || p.kind == pSince) && d.superlative && superlativeFrame(toks, p.s) {
			continue
		}
		if inIncrement(toks, p.s) && !(s >= p.s-3 && s < p.s) {
			continue
		}
		if p.s >= e && d.sentScan(toks).totalVerb && totalVerbBetween(toks, e, p.s) && !(p.speech && p.start == p.end) {
			// "148 killed and 930 injured in October, bringing the
			// total since February 2022 to 14,534": the total's period
			// is not the increment's.
			continue
		}
		// "losses in May averaged 1,286 a day, and said it is highly
		// likely that 220,000 of the total were killed": what a later
		// verb of saying says lies outside the clause before it.
		if p.e <= s && !p.speech && d.wordsCls&clsSpeechVerbs != 0 && saidThatBetween(toks, p.e, s) {
			continue
		}
		// "The military says it has killed 17,000 militants, and that
		// 346 of its soldiers have died since the ground operation
		// began": the phase of the other clause of what was said.
		// The phrase is that later clause's when the clause has a figure
		// of its own before it. (A time told in the first clause runs
		// on: "had been killed since they entered combat in December,
		// and that two had been captured".)
		// (" … since the start of its ground operation in Gaza in late
		// October 2023": the time that dates that phrase too.)
		if p.s >= e && (p.kind == pSince || d.sinceEndsAt(p.s)) {
			if k := andThatAt(toks, e, p.s); k >= 0 && figureWithin(toks, k+2, p.s) {
				continue
			}
		}
		// "990,000 in all, with another 1,140 over the past day": the
		// span is the other figure's alone.
		if p.kind == pSpan && p.s > e && d.cues.figureBetween(min(p.e, s), max(p.s, e), s, e) && d.cues.anotherBetween(e, p.s) {
			continue
		}
		// "35,562 killed, 106 in the past 24 hours": a bare figure
		// right before the window, set off by a comma, is a part the
		// window dates alone.
		if p.kind == pSpan && p.s >= e+2 && toks[p.s-1].k == tNum && (toks[p.s-2].w == "," || toks[p.s-2].w == ";") && p.s-1 > e && !d.cues.figureBetween(e, p.s-1, s, e) {
			continue
		}
		// "407,170 personnel, up 1,110 from the previous day, as well as
		// 6,536 tanks": the span is the increment's alone, after it too.
		if p.kind == pSpan && p.e <= s && (incrementBefore(toks, p.s) || partTimedBefore(toks, p.s)) {
			continue
		}
		// "stood at 770,000, up 1,530 from Thursday", "…, up from
		// 768,470 on Thursday": the time of the change or of the figure
		// compared, not of the total.
		if c := commaWithin(toks, e, 3); c >= 0 && p.s > c && p.s <= c+6 && (word(toks, c+1) == "up" || word(toks, c+1) == "down") && figureBetween(toks, c+2, p.s, e, e) {
			continue
		}
		// "Around 40% of them were suffered in the past year, he said,
		// and about a quarter of the total were killed": a share of a
		// whole takes the whole's time, not one told in a clause before.
		if fracOf && ref != nil && !ref.PeriodEnd.IsZero() && p.e <= s && (d.cues.clauseBreak(p.e, s) || commaAndBetween(toks, p.e, s)) {
			continue
		}
		// "Nearly half of the 430,000 Russian casualties in 2024
		// occurred in the final four months of the year": the whole's
		// time, right after the share's words, is not the share's when
		// a verb of occurring dates the share after it.
		if fracOf && p.s == e && p.kind == pSpan && d.occurredSpanAfter(toks, p.e) {
			continue
		}
		// "1.2 million troops, 40,000 of them in May": the span of the
		// part told after the whole, not the whole's.
		// "…, including 1,120 over the previous 24 hours, and … over the
		// same period": nor any time told after that part.
		if p.s > e && d.partTimedBy(toks, e, p.s) {
			continue
		}
		// "killed 30 people, the deadliest attack since the ceasefire
		// collapsed in March": the time a superlative is measured over,
		// not the figure's.
		if p.s > e && word(toks, p.s) == "since" && superlativeBefore(toks, p.s) {
			continue
		}
		// "more than 900,000 casualties in total, and in May alone lost
		// over 37,000": a time that opens the next clause dates its own
		// figure, not the one before the break.
		if p.s > e && clauseOpensAt(toks, e, p.s) && figureSoonAfter(toks, p.e) {
			continue
		}
		// "Of 900,000 Russian casualties, 45,000 occurred in May": a
		// whole the sentence opens with is not dated by its part's time.
		if p.s > e && s <= 4 && word(toks, 0) == "of" && d.cues.figureBetween(e, p.s, s, e) && punctBetween(toks, e, p.s, ",") {
			continue
		}
		// A distance weighs one phrase against another: with one phrase
		// in the sentence it weighs nothing, and its tests are spared.
		dist := 0
		if len(d.periods) > 1 {
			dist = d.periodDist(toks, p, s, e)
			// "…, 980 of them in the past day": the part's own span.
			if p.s == e+2 && ofThem(toks, e) {
				dist = -1
			}
		}
		// ("lost up to 1,500 servicemen in the previous day" is the
		// past day, as "over the preceding 24 hours" is.)
		if p.window && p.kind == pSpan && p.e >= 2 && (toks[p.e-2].w == "previous" || toks[p.e-2].w == "preceding" || toks[p.e-1].w == "before") &&
			!(p.s < p.e && (toks[p.s].w == "in" || toks[p.s].w == "over" || toks[p.s].w == "during" || toks[p.s].w == "within") && unitWordsPeriod[toks[p.e-1].w] == "day") {
			// "The figure for the previous week was 8,350" after the
			// week to 8 June: the week before that one.
			if h := d.recentOfLength(p); h != nil {
				r := d.heldPeriods.put(periodHit{kind: pSpan, s: p.s, e: p.e, before: true})
				unit := unitOfLength(h.end.Sub(h.start))
				r.start, r.end = advance(h.start, -1, unit), h.start.AddDays(-1)
				if unit == "week" && h.end.Sub(h.start) == 7 {
					// A week counted "to Sunday" ends where the next starts.
					r.end = h.start
				}
				p = r
			}
		}
		// "up from 5,200 in the same period of 2024": whatever span
		// "the same period" stands for, moved to the year named.
		sameYear := 0
		if p.same && (word(toks, p.e) == "of" || word(toks, p.e) == "in") && p.e+1 < len(toks) {
			sameYear, _ = yearOf(&toks[p.e+1])
		}
		if p.same && !p.start.IsZero() {
			// "In the same week": the last span of a week the text gave,
			// though a month's figure came between.
			if h := d.recentOfLength(p); h != nil {
				r := d.heldPeriods.put(periodHit{kind: pSpan, start: h.start, end: h.end, s: p.s, e: p.e})
				if word(toks, p.e) == "last" && word(toks, p.e+1) == "year" {
					// "the same month last year".
					r.start, r.end, r.e = r.start.AddMonths(-12), r.end.AddMonths(-12), p.e+2
				}
				p = r
			} else {
				continue
			}
		} else if d.leadWindow(toks, p) && (d.lastSpan == nil || d.lastSpan.start == d.leadSpan.start && d.lastSpan.end == d.leadSpan.end || thisSpan(toks, p)) {
			r := d.heldPeriods.put(*d.leadSpan)
			r.s, r.e = p.s, p.e
			p = r
		} else if dc := d.sameAsClaim(p); dc != nil {
			// "about 300 killed over the same period" after "around
			// 4,000 since December": the period the last dated figure
			// took, when no span was named since.
			p = d.heldPeriods.put(periodHit{kind: pSpan, start: dc.PeriodStart, end: dc.PeriodEnd, s: p.s, e: p.e})
		} else if p.ref && d.lastSpan != nil && !(p.window && !sameLength(d.lastSpan, p)) {
			// "over the week" after a day's figures is its own week.
			// "during the month", "the same period": the span named before.
			r := d.heldPeriods.put(*d.lastSpan)
			r.s, r.e = p.s, p.e
			p = r
		} else if p.same {
			continue
		}
		if sameYear != 0 && p.kind == pSpan && !p.end.IsZero() && p.end.Year() != sameYear {
			n := (sameYear - p.end.Year()) * 12
			r := d.heldPeriods.put(*p)
			r.start, r.end = r.start.AddMonths(n), r.end.AddMonths(n)
			p = r
		}
		switch p.kind {
		case pSpan:
			// "2026-03-02 | 1,262,410 | 11,694" in a document that
			// calls its figures cumulative: the day a total stood at.
			if p.rowDay && d.cumulativeDoc() {
				conv := d.stoodOn(p)
				if dist < bestAsOf {
					asof, bestAsOf = conv, dist
					asofSpeech = false
				}
				continue
			}
			if dist < bestSpan {
				pp := p
				// A rate ("1,200 a day in March") covers its span
				// whatever verb gives it.
				// "in 2024 alone ... has passed 390,000" counts 2024.
				// "losses last year exceeded 415,000": the span of the
				// losses it follows, not the day of a statement.
				ofLosses := p.s > 0 && toks[p.s-1].cls&(clsLoss|clsCat) != 0 && toks[p.s-1].k == tWord ||
					// "Civilian casualties in Ukraine in November 2023
					// totalled 467": the losses' place between.
					p.s > 2 && toks[p.s-2].w == "in" && toks[p.s-1].cls&clsActor != 0 && toks[p.s-3].cls&(clsLoss|clsCat) != 0 && toks[p.s-3].k == tWord ||
					// "In May, Russian losses exceeded 42,000": the time
					// that opens the sentence, then the losses.
					p.s <= 1 && word(toks, p.s) == "in" && word(toks, p.e) == "," && lossWordIn(toks, p.e+1, min(len(toks), p.e+4))
				// ("From 31 May to 6 June, losses exceeded 9,145": a span
				// closed at both ends counts its own losses.)
				// "In February 2024, Zelensky said 31,000 troops had
				// died": the time that opens a statement dates it.
				// ("So far this year, the mission has verified 1,200":
				// a span up to now counts.)
				frontSaid := p.s <= 1 && !p.window && c.Per == "" && p.end.Sub(p.start) >= 27 && word(toks, p.e) == "," && speechVerbIn(toks, p.e+1, min(s, p.e+6)) && nearWord(toks, p.e+1, len(toks), "had", "have", "has") &&
					!(p.end == d.pub && (word(toks, p.s) == "so" || word(toks, p.s) == "this" || word(toks, p.s) == "year-to-date" || word(toks, p.s) == "year" && word(toks, p.s+1) == "to"))
				// "On Tuesday, Umerov said Russia had lost 1,000,000
				// troops", "In an interview on Sunday, Zelensky said: …
				// 46,000": the day a war's total was told, not a day's
				// losses. (A day's toll is some tens, not thousands.)
				if !frontSaid && p.start == p.end && !p.start.IsZero() && !p.window && c.Per == "" && figureSize(c) >= 1000 && p.e < s && word(toks, p.e) == "," &&
					speechVerbIn(toks, p.e+1, min(s, p.e+6)) && (speechOccasion(toks, 0) || nearWord(toks, p.e+1, s, "had", "have", "has")) {
					frontSaid = true
				}
				// (A span counted from a war's start has no end yet to be
				// a day of.)
				// "exceeded 430,000, compared with 250,000 in 2023": the
				// figure compared has its own verb, none of the first's.
				cueFrom := min(p.s, s) - 6
				if p.s >= e && (comparedBefore(toks, s) || upFromBetween(toks, max(0, s-3), s)) {
					cueFrom = s
				}
				if !p.conflictStart && (frontSaid || p.speech && (c.Per == "" || p.start == p.end) || !p.window && !p.event && c.Per == "" && !ofLosses && d.cues.cumulativeCue(cueFrom, max(p.e, e)+1) && (p.end.Sub(p.start) < 32 || p.ofStatement) && word(toks, p.e) != "alone" && word(toks, p.e-1) != "alone" && !(p.s >= e && (onWeekdayOfLosses(toks, p.s) || sameDayAt(toks, p.s)) && onlyHadCue(toks, min(p.s, s)-6, max(p.e, e)+1)) && !totalledIn(toks, s, e, p) &&
					!(p.start < p.end && (word(toks, p.s) == "from" || word(toks, p.s) == "between"))) {
					// "on Friday it stood at 776,560", "put casualties at
					// 900,000 last month": when the total was given, not
					// when the losses happened.
					conv := d.stoodOn(p)
					pp = conv
					if dist < bestAsOf {
						asof, bestAsOf = pp, dist
						asofSpeech = p.speech
					}
					continue
				}
				span, bestSpan = pp, dist
			}
		case pSince:
			if dist < bestSince {
				since, bestSince = p, dist
			}
		case pAsOf:
			if dist < bestAsOf {
				asof, bestAsOf = p, dist
				asofSpeech = false
			}
		case pDuration:
			dur = p
		}
	}
	// "The death toll from Sunday's attack rose to 42 on Tuesday": from
	// the attack's day to the day the toll was given.
	if span != nil && span.start == span.end && !span.start.IsZero() && since == nil && d.sentScan(toks).totalVerb || span != nil && span.start == span.end && risenToBefore(toks, s) {
		for i := range d.periods {
			if p := &d.periods[i]; p.event && p.kind == pSpan && p.start == p.end && p.start < span.start && span.start.Sub(p.start) <= 14 && p.e <= s {
				r := d.heldPeriods.put(*span)
				r.start = p.start
				span = r
				break
			}
		}
	}
	dc.timeWords = span != nil || since != nil || asof != nil
	if span == nil && (asof == nil || asofSpeech) && !inList && c.Actor != "" && !equipment && d.otherSideNamed(c.Actor) {
		// "A year after Hamas-led gunmen stormed into southern Israel,
		// killing about 1,200 people": the attack that began the war,
		// on the day the war is known by (which "a year after" counts
		// from).
		if day, ok := d.openingAttackDay(toks, c.Actor, s); ok && (since == nil || since.conflictStart || since.start == day) {
			span, since, asof = d.heldPeriods.put(periodHit{kind: pSpan, start: day, end: day}), nil, nil
		}
	}
	// "On Sunday, a glide bomb hit a market. Seventeen people were
	// killed, the governor said on Monday": the event's day, named in
	// the sentence before, dates its toll; the day of the statement
	// does not.
	// ("…, bringing the death toll to 55,297": a war's total, which
	// takes no day of a scene or window before.)
	// ("Israeli strikes killed 30 people on Wednesday. The death toll in
	// Gaza has risen to 55,000": a war's toll, risen to, is no scene's.)
	if span == nil && since == nil && (asof == nil || asofSpeech && asof.end >= d.scene.end) && !equipment && bring < 0 &&
		!clauseBreak(toks, 0, s) && d.sceneFor(toks, inList) && !(warSized(c) && word(toks, s-1) == "to" && tollUpdateAt(toks, s)) {
		span, asof = &d.scene, nil
		d.sceneUsed = d.nsent
	}
	// "Ukrainian troops lost 15 soldiers in the fighting": a few lost
	// in the simple past are one fight's, "the fighting" that fight, not
	// the war. ("20,000 have been killed in the fighting" is the war's.)
	if span == nil && since != nil && since.inWar && !sinceAway && word(toks, since.s) == "in" && word(toks, since.e-1) == "fighting" &&
		!inList && !equipment && !d.runningCue(toks) && d.fewDiedNews(toks, c, s, e) {
		since = nil
	}
	// "killed in five days of fighting has risen to 80, the governor
	// said on Monday": the length named, up to the day of the statement.
	// "after two days of bombardment" tells when, not what the figure
	// counts.
	if span == nil && since == nil && asof != nil && asofSpeech && dur != nil && (dur.days > 0 || dur.months > 0) && !d.runningCue(toks) &&
		!wordIn(word(toks, dur.s-1), []string{"after", "following", "before", "within"}) {
		st := asof.end.AddMonths(-dur.months).AddDays(-dur.days)
		span = d.heldPeriods.put(periodHit{kind: pSpan, start: st, end: asof.end, s: dur.s, e: dur.e})
		asof, dur = nil, nil
	}
	// "The military said on Sunday that two soldiers were killed …,
	// bringing the number killed … to 430": the increment is the news of
	// the day before the statement, as it is of the day before the text
	// when the statement has no day.
	// (The total's time, not the increment's day, is what "over the
	// same period" after them means: the day is kept from lastSpan.)
	increment := false
	if span == nil && since == nil && asof != nil && asofSpeech && !inList && d.sentScan(toks).totalVerb && totalVerbBetween(toks, e, len(toks)) {
		span = d.heldPeriods.put(periodHit{kind: pSpan, start: statementDayBefore(asof), end: asof.end, window: true})
		asof, increment = nil, true
	}
	// "At least 40 civilians were killed when the RSF shelled a market,
	// activists said on Tuesday": one attack's toll is the news of the
	// statement's day, not a running total to it.
	// ("Two soldiers were killed in combat, the IDF said on Tuesday":
	// a few dead told in the simple past are the statement's news too.)
	// ("The RSF said on Tuesday it killed more than 300 army soldiers",
	// "… its troops had killed 45": the speaker's deed, told in the
	// past or, reported, the past perfect.)
	activeKill := figureSize(c) < 1000 && (word(toks, s-1) == "killed" || word(toks, s-1) == "eliminated" || word(toks, s-1) == "neutralised") && vagueWords[word(toks, s)] == 0
	if span == nil && since == nil && asof != nil && asofSpeech && !inList && !equipment && !d.runningCue(toks) &&
		(!d.perfectTense(toks) || activeKill && word(toks, s-2) == "had") &&
		(d.singleAttackIn(toks) || figureSize(c) < 100 && (simplePastLoss(toks, s, e) || rubbleAfter(toks, e) && !d.perfectTense(toks)) || activeKill) {
		span = d.heldPeriods.put(periodHit{kind: pSpan, start: statementDayBefore(asof), end: asof.end, window: true})
		asof = nil
	}
	// "By Monday morning the death toll from the Sumy strike had risen
	// to 35": one attack's toll, however it rose, is of the day before
	// the day it stood at.
	if span == nil && since == nil && !inList && !equipment && figureSize(c) < 1000 && d.toll && tollFromAttack(toks, s) {
		end := d.pub
		if asof != nil && !asof.end.IsZero() {
			end = asof.end
		}
		st := end.AddDays(-1)
		// "The death toll from Tuesday's attack rose to 20": the day
		// is the attack's own, not the day the toll stood on.
		if asof != nil && asof.event {
			st = end
		}
		span, asof = d.heldPeriods.put(periodHit{kind: pSpan, start: st, end: end, window: true}), nil
	}
	// "A Russian strike on Sumy killed 12 people. The toll has since
	// risen to 14": a new count of the one event just told is of that
	// event's time, not a war's running total; so is "The death toll in
	// Dnipro has risen to 27", a town's dead of the day. ("The death toll
	// in Gaza has risen to 55,000" is the war's.)
	if span == nil && since == nil && !inList && !equipment && figureSize(c) < 1000 && word(toks, s-1) == "to" && tollUpdateAt(toks, s) {
		if p := d.eventClaimBefore(c); p != nil {
			c.PeriodStart, c.PeriodEnd = p.PeriodStart, p.PeriodEnd
			return
		}
		if (asof == nil || asofSpeech) && d.townTollAt(toks, s) {
			// ("…, the governor said on Tuesday": the day before the
			// statement's.)
			st, en := d.pub.AddDays(-1), d.pub
			if asof != nil {
				st, en = statementDayBefore(asof), asof.end
			}
			span, asof = d.heldPeriods.put(periodHit{kind: pSpan, start: st, end: en, window: true}), nil
		}
	}
	if span == nil && since == nil && asof == nil && d.fightSpan != nil && !inList && fightNamed(toks, d.fightNoun) {
		// "Russia lost 20,000–30,000 killed in the battle", after the
		// sentence that dated the battle.
		p := *d.fightSpan
		span = &p
	}
	if span == nil && since == nil && asof == nil && bring < 0 {
		if w := d.dayTollBefore(toks, c, s, e); w != nil && (d.listPeriod == nil || d.listPeriod.kind != pSpan) {
			// "1 person was killed and 11 injured in the region over the
			// past day", then "📍 Bilozerka – 1 killed, 3 injured": the
			// places' shares of the day's toll.
			c.PeriodStart, c.PeriodEnd = w.PeriodStart, w.PeriodEnd
			return
		}
		if b := bulletLead(toks); d.listWholeSpan != nil && len(toks) > b && (startsNumber(&toks[b]) || d.sentScan(toks).pipe) && !d.runningCue(toks) {
			// A line of a toll's breakdown: the toll's period.
			span = d.listWholeSpan
		} else if inList && d.listPeriod != nil {
			p := *d.listPeriod
			switch p.kind {
			case pSpan:
				span = &p
			case pSince:
				since, sinceAway = &p, true
			case pAsOf:
				asof = &p
			}
		} else if ref != nil && !ref.PeriodEnd.IsZero() && (fracOf || startsWithAnaphor(toks) && !totalReached(toks)) {
			c.PeriodStart, c.PeriodEnd = ref.PeriodStart, ref.PeriodEnd
			return
		} else if prev := d.lastClaim(""); prev != nil && (prev.sentence == d.nsent-2 && d.prevFigSent == prev.sentence && alsoAfter(toks, s, e) ||
			// "At the Nova music festival alone, 364 people were
			// killed": a place's part of the toll just told.
			prev.sentence == d.nsent-1 && prev.Category == c.Category && placeAloneLead(toks, s) ||
			// "…, 364 people were killed and 44 abducted": the second
			// of a pair as the first.
			prev.sentence == d.nsent && word(toks, s-1) == "and" && placeAloneLead(toks, s) ||
			// "Israeli strikes killed 12 people and wounded 30 in Khan
			// Younis": the second deed of the same strikes.
			prev.sentence == d.nsent && !isEquipment(prev.Category) && secondDeedOfPair(toks, s) ||
			// "… killed in Sumy region and another four in Donetsk".
			prev.sentence == d.nsent && word(toks, s-1) == "another" && word(toks, s-2) == "and" && prev.Category == c.Category ||
			// "shot down 4 missiles, 12 rockets and 35 drones": the items
			// of one list share its time.
			// (Not after a tally's change in brackets, "(+7 over the
			// past day), 8,028 armoured vehicles".)
			// (Nor "(+3), and 3,900 units of special equipment".)
			prev.sentence == d.nsent && isEquipment(prev.Category) && equipment && (word(toks, s-1) == "," || word(toks, s-1) == "and") && word(toks, s-2) != ")" &&
				!(word(toks, s-2) == "," && word(toks, s-3) == ")") && !d.periodRightAt(e) ||
			prev.sentence == d.nsent-1 && (startsWithAnaphor(toks) && !totalReached(toks) && !d.otherWarLead(toks, prev) || restatedAsRate(toks, s) || moreAfter(toks, s, e) || (partOfAfter(toks, s, e) || amongTheDead(toks, s, e) || d.included && deadIncludedBefore(toks, e)) && !isConflictStart(prev.PeriodStart) || figureAtBefore(toks, s)) ||
			prev.sentence == d.nsent && ((word(toks, 0) == "of" || word(toks, 0) == "among") && startsWithAnaphor(toks) || tollIncludes(toks) || d.included && deadIncludedBefore(toks, e) || word(toks, s+1) == "others" ||
				// "230 members of the security forces and 250 fighters
				// were also killed": the second as the first.
				prev.timeWords == false && prev.Category == c.Category && alsoAfter(toks, s, e) && wordIn(word(toks, s-1), []string{"and", ","}) ||
				partMarked(toks, s, e) && prev.Category == c.Category && prev.Actor == c.Actor)) {
			// "Of those, 1,554 were killed and 962 injured": the second
			// part too; "Twelve police officers were among the dead".
			// ("892 soldiers have been killed since the start of the
			// war, including 446 in the ground operation. Another 6,100
			// have been wounded": the whole's period, not its part's.)
			if prev.sentence == d.nsent-1 {
				prev = d.wholeOfPart(prev)
			}
			c.PeriodStart, c.PeriodEnd = prev.PeriodStart, prev.PeriodEnd
			return

		} else if prev := d.prevRate(c); prev != nil && !inList && !equipment && !d.perfectTense(toks) && !d.runningCue(toks) {
			// "The UK says Russia lost 1,286 a day in May. Ukraine's
			// General Staff reported 1,100 a day": another's rate of the
			// same losses, with no time of its own, is of the time the
			// rate before was. ("Over the war, it has lost 900 a day":
			// the perfect runs to now.)
			c.PeriodStart, c.PeriodEnd = prev.PeriodStart, prev.PeriodEnd
			return
		} else if dur != nil && (dur.days > 0 || dur.months > 0) && !d.runningCue(toks) && !warLength(toks, dur.e) && !lastedBefore(toks, dur.s) &&
			// ("The 1994 genocide killed 800,000 in 100 days", "The Soviet
			// Union lost 15,000 soldiers in ten years": the length of a
			// past war, no window before publication.)
			!yearBeforeWithin(toks, d.pub.Year()) && (c.Actor == "" || d.warKnown(c.Actor)) {
			// "lost 9,000 men in three days of fighting", "over two
			// years": the length named, up to publication.
			st := d.pub.AddMonths(-dur.months).AddDays(-dur.days)
			span = d.heldPeriods.put(periodHit{kind: pSpan, start: st, end: d.pub, s: dur.s, e: dur.e})
			dur = nil // the span is the duration: nothing to check
		} else if d.lastEvent != nil && d.lastEventSent == d.nsent-1 && !inList && !item && !equipment && !d.runningCue(toks) && !d.perfectTense(toks) &&
			// (An undated attack's toll is a few dead, not a war's.)
			!(d.lastEvent.window && figureSize(c) > 200) && !(d.lastEvent.end.Sub(d.lastEvent.start) > 1 && warSized(c)) {
			// "Russian troops shelled Kherson on Sunday. Three people
			// were killed": the deed's day.
			p := *d.lastEvent
			span = &p
		} else if d.superSpan != nil && d.superSpanSent == d.nsent-1 && !inList && !item && !d.runningCue(toks) && !d.perfectTense(toks) && fitsSpan(c, d.superSpan) {
			// "Last week was the deadliest of the war for Russian
			// forces. Russia lost 9,600 troops": the span just called
			// the worst is the one the figure tells of. (Not a war's
			// total of a million, told in the simple past.)
			p := *d.superSpan
			span = &p
		} else if d.docWindow != nil && (!d.sentAttributed || d.docWindowSrc != "" && c.Source == d.docWindowSrc || d.docWindowMany ||
			// "Over the past day, 152 clashes took place. Ukrainian
			// defenders neutralised 290 occupiers, the General Staff
			// said": the speaker's deed, told in the simple past, in the
			// window no one else was said to tell.
			d.docWindowSrc == "" && figureSize(c) < 5000 && wordIn(word(toks, s-1), windowDeedVerbs)) && (!inList && !item || eventClause(toks)) && !d.runningCue(toks) && !d.perfectTense(toks) {
			// Table rows and list lines are a tally's running totals.
			// An event in a daily report with no date of its own falls
			// in the report's window.
			p := *d.docWindow
			span = &p
		} else if d.leadSpan != nil && d.leadSpanSent < d.nsent && !d.runningCue(toks) && !d.otherWarThan(d.leadSpan, c.Actor) &&
			(d.coverLead && (inList || item) || !d.sentAttributed && !inList && !item && !d.perfectTense(toks)) {
			// "From 25 June to 3 August, groups attacked towns. … The
			// bodies of 346 were found": the frame the report opened with.
			p := *d.leadSpan
			if p.kind == pSince {
				since, sinceAway = &p, true
			} else {
				span = &p
			}
		} else if word(toks, s-1) == "by" && wordIn(word(toks, s-2), risingVerbs) ||
			!inList && d.sentScan(toks).totalVerb && totalVerbBetween(toks, e, len(toks)) {
			// "the toll rose by 52 (to 43,603)", "413 people had been
			// killed ..., raising the death toll to 49,547": the
			// increment since the last count, a day's in a daily report.
			span = d.heldPeriods.put(periodHit{kind: pSpan, start: d.pub.AddDays(-1), end: d.pub, window: true})
		} else if !inList && !equipment && !d.runningCue(toks) && !namedMassacreLead(toks) && (d.singleAttackIn(toks) && !warSized(c) || d.townEventNow(toks, s, e, claimSize(c)) && claimSize(c) != nil && *claimSize(c) < 1000 ||
			// "Israeli strikes killed 45 Palestinians across Gaza,
			// hospitals said": a few dead of the strikes told in the
			// simple past, in a war that goes on.
			// ("killed hundreds": a campaign's guess, no day's count.)
			figureSize(c) < 500 && !d.perfectTense(toks) && (attackKilledBefore(toks, s, e) || killedInDeedAfter(toks, s, e)) && (d.warGoesOn(c.Actor) || d.newsAfterWar(c.Actor, c.Low) || c.Actor == "" && d.townWarGoesOn() || d.warUnknown(c)) && vagueWords[word(toks, s)] == 0 ||
			// "Jihadists kill dozens of soldiers in Burkina Faso attack":
			// a headline's present tense tells the day's news.
			figureSize(c) < 1000 && headlineKill(toks, s) && (d.warGoesOn(c.Actor) || d.warUnknown(c)) ||
			// "At least 10 people are still missing under the rubble in
			// Kyiv": a few in the ruins of one strike are its news. (Gaza's
			// "11,000 still missing under the rubble" are the war's.)
			figureSize(c) < 100 && rubbleAfter(toks, e) && !d.perfectTense(toks) && d.warGoesOn(c.Actor) ||
			// "Gunmen abducted 50 villagers in Zamfara state", "Rebels
			// said they had killed 47 Malian troops near Tinzaouaten":
			// a few of one deed at a place, told in the past.
			figureSize(c) < 500 && vagueWords[word(toks, s)] == 0 && d.placedDeed(toks, s, e) &&
				// (Not in a text that looks back at an ended war: "45
				// civilians were killed in the Golan Heights" after
				// "since hostilities began".)
				(d.warGoesOn(c.Actor) || d.newsAfterWar(c.Actor, c.Low) && !d.conflictTalkDoc() || d.warUnknown(c)) ||
			// "Twelve people were killed, the ministry said", "Six
			// people died in shelling of Horlivka": a few dead told in
			// the simple past, with no word of a total, are the day's
			// news too.
			d.fewDiedNews(toks, c, s, e) ||
			// "Ukrainian forces lost up to 175 servicemen near Kupiansk":
			// the ministry's tally of a day, in its own words.
			c.Low == nil && c.High != nil && *c.High < 5000 && !d.perfectTense(toks) && lostUpToBefore(toks, e) && d.warGoesOn(c.Actor)) {
			// "At least 12 were killed in a strike on a school": the
			// toll of one attack, with no day of its own, is the news
			// of the past day. So is "four people were killed in
			// Tubas": a town's dead told in the simple past. ("61,000
			// people died in Khartoum state" is no day's.)
			span = d.heldPeriods.put(periodHit{kind: pSpan, start: d.pub.AddDays(-1), end: d.pub, window: true})
		} else if !inList && equipment && figureSize(c) < 1000 && !d.runningCue(toks) && !d.perfectTense(toks) && (downedPast(toks, s, e) || figureSize(c) < 100 && (d.destroyedAtTown(toks, s, e) || destroyedPast(toks, s, e))) &&
			// ("Hezbollah fighters destroyed 3 Merkava tanks near Khiam",
			// told months after that long war's ceasefire, is a new
			// day's news, as the dead of newsAfterWar are. A short war's
			// downed jets are its own: the reviews of "the four-day war".)
			(d.warGoesOn(c.Actor) || d.machinesAfterWar(c)) {
			// "Two drones launched by Hezbollah were intercepted": air
			// defence's catch told in the simple past is the day's news,
			// not a running total.
			span = d.heldPeriods.put(periodHit{kind: pSpan, start: d.pub.AddDays(-1), end: d.pub, window: true})
		}
	}
	// endsAtPub: the period runs to publication for want of any time
	// words.
	endsAtPub := false
	// "killed more than 500 in the fighting around El Fasher since the
	// start of the year": the start that follows says which fighting.
	if since != nil && since.inWar {
		for i := range d.periods {
			// ("since October 2023, 1,500 soldiers had been killed and
			// 4,200 wounded in the fighting": the start that opens the
			// sentence, too.)
			if p := &d.periods[i]; p.kind == pSince && !p.inWar && !p.conflictStart && !p.start.IsZero() && word(toks, p.s) == "since" &&
				(p.s >= since.e && p.s <= since.e+8 || p.e <= s && p.s <= 8 && !figureWithin(toks, 0, p.s)) {
				since = d.heldPeriods.put(*p)
				break
			}
		}
	}
	// "since the ground operation": of the war of this claim's side.
	if span != nil && span.op != "" {
		span = d.opPeriod(span, c)
	}
	if since != nil && since.op != "" {
		since = d.opPeriod(since, c)
	}
	switch {
	// Dates that follow "in the fighting" say which fighting, however
	// near that is: "killed in the fighting for Goma between 26 and 30
	// January". So does a span of more days than one later in the
	// clause: "In the war, 61,000 people died in Gaza in 2024". (A day
	// there more often dates the war's end or the telling: "during the
	// war, which ended with a ceasefire on Tuesday".)
	case span != nil && (since == nil || bestSpan <= bestSince || since.inWar && !span.conflictStart && span.op == "" && (span.s >= since.e && (span.s <= since.e+4 || !span.window && span.end > span.start && !clauseBreak(toks, since.e, span.s)) || bestSpan < 60 && span.e <= since.s)):
		c.PeriodStart, c.PeriodEnd = span.start, span.end
		d.spanBefore, d.spanFrom = span.before, span.s
		if !span.conflictStart && !span.ref && !increment && !(d.lastSpan != nil && d.lastSpanSent == d.nsent && span.end < d.lastSpan.start) {
			d.lastSpan, d.lastSpanSent = d.heldPeriods.put(*span), d.nsent
		}
		// "between October 2023 and 30 June 2024" of a war begun on 7
		// October: the losses start with the war, not before it.
		// (The length first: a day of the calendar costs a division.)
		if st := c.PeriodStart; !st.IsZero() && c.PeriodEnd.Sub(st) > 31 && st.Day() == 1 {
			if cf, ok := d.conflictFor(c.Actor); ok && cf.Start > st && cf.Start.Year() == st.Year() && cf.Start.Month() == st.Month() {
				c.PeriodStart = cf.Start
			}
		}
		if span.conflictStart {
			st := d.conflictStartOf(span, c, dc)
			if !st.IsZero() {
				c.PeriodStart = st
				en := st
				// "The first 14 months of the war" run to the same day
				// 14 months on, as "the past day" runs from yesterday.
				if span.months > 0 {
					en = st.AddMonths(span.months)
				} else if span.days > 0 {
					en = st.AddDays(span.days)
				}
				c.PeriodEnd = clipEnd(en, d.pub)
			} else if c.PeriodEnd.IsZero() {
				// "most of them in the opening hours of the war", a
				// war the text does not name: some time up to the day
				// written, as a figure with no time of its own.
				c.PeriodEnd = d.pub
			}
		}
	default:
		if since != nil && since.afterWar {
			// "Israeli strikes have killed 180 people in Lebanon since
			// the ceasefire": from the day the war ended.
			c.PeriodStart = 0
			side := c.Actor
			if side == "" {
				side = dc.named
			}
			if cf, ok := d.conflictFor(side); ok {
				if !cf.End.IsZero() && cf.End <= d.pub {
					c.PeriodStart = cf.End
				}
				truces := cf.Ceasefires
				if since.truceEnd {
					truces = cf.TruceEnds
				}
				for _, t := range truces {
					if t <= d.pub && t > c.PeriodStart {
						c.PeriodStart = t
					}
				}
			}
		} else if since != nil {
			c.PeriodStart = d.conflictStartOf(since, c, dc)
			// "since October 2023" in a text about Lebanon: the month
			// holds the start of the actor's own war, which it stands for.
			// A month read as another war's start in it ("since the
			// conflict began in October 2023") stands for the start of
			// the actor's own.
			other := isConflictStart(c.PeriodStart)
			// A start read in another sentence ("• 13,341 civilians
			// killed (since 24 Feb 2022)", then "• 32,744 civilians
			// injured") wrote the day and month its date has.
			var dayWritten, monthWritten, startWord bool
			if sinceAway {
				// ("since 2023" read as a war's start that year: the
				// year as written.)
				w := since.start
				if !since.yearStart.IsZero() {
					w = since.yearStart
				}
				dayWritten = w.Day() != 1
				monthWritten = dayWritten || w.Month() != 1
			} else {
				dayWritten = dayIn(toks, since.s, since.e)
				monthWritten = monthIn(toks, since.s, since.e)
				startWord = startWordIn(toks, since.s, since.e)
			}
			if st := c.PeriodStart; !st.IsZero() && (since.conflictID != "" || st.Day() == 1 || other) && !dayWritten {
				side := c.Actor
				if side == "" {
					// "the war between the army and the RSF": the war
					// named, though the toll is every side's.
					side = dc.named
				}
				cf, ok := d.conflictFor(side)
				if ok && cf.Start != st && cf.Start.Year() == st.Year() && cf.Start.Month() == st.Month() &&
					(since.conflictID != "" && since.conflictID != cf.ID || st.Day() == 1 || other) {
					c.PeriodStart = cf.Start
				} else if other && since.conflictID == "" && (!ok || cf.Start != st) && !startWord && !d.sideOfWarStarting(st, ok) {
					// "Since 2014, 14,000 people have been killed in
					// eastern Ukraine": a war that began in Yemen that
					// year is not this one; the year as written, or the
					// side's own war that began in it.
					written := attrition.NewDate(st.Year(), 1, 1)
					if monthWritten {
						written = attrition.NewDate(st.Year(), st.Month(), 1)
					}
					c.PeriodStart = written
					if ok && cf.Start.Year() == st.Year() && (cf.Start.Month() == st.Month() || written.Month() == 1 && !monthWritten) {
						c.PeriodStart = cf.Start
					}
				}
			}
			// "since October 2023" in a text about Myanmar: another war's
			// start words name only a month here.
			otherWar := false
			if since.conflictID != "" && c.PeriodStart == since.start && !dayWritten {
				side := c.Actor
				if side == "" {
					side = dc.named
				}
				if cf, ok := d.conflictFor(side); ok && cf.ID != since.conflictID && !sameWar(side, conflictSide(since.conflictID)) {
					c.PeriodStart = attrition.NewDate(since.start.Year(), since.start.Month(), 1)
					otherWar = true
				}
			}
			dc.conflictStart = since.conflictStart || since.conflictID != "" && !otherWar
			// "since the coup", with no side named: a war counted under
			// one side is that side's.
			if c.Actor == "" && since.conflictID != "" && !otherWar {
				if sd := soleSide(since.conflictID); sd != "" {
					c.Actor = sd
				}
			}
		}
		c.PeriodEnd = d.pub
		// "since the war began" runs to the day written; a total
		// with no time words is the war's.
		endsAtPub = asof == nil && (since == nil || since.inWar)
		if asof != nil && asof.anniv > 0 {
			// "Three years into the war": the day counted from the
			// start of the figure's war.
			if st := d.conflictStartOf(nil, c, dc); !st.IsZero() {
				c.PeriodEnd = st.AddMonths(asof.anniv)
				if c.PeriodStart.IsZero() {
					c.PeriodStart = st
				}
				if c.PeriodEnd > d.pub {
					c.PeriodEnd = d.pub
				}
				// "More than three years into the war, Russia has lost":
				// the present perfect counts to the day written, which
				// the rounded years only place; "had lost" keeps the
				// anniversary.
				if c.PeriodEnd < d.pub && d.pub.Sub(c.PeriodEnd) < 366 && d.perfectTense(toks) {
					c.PeriodEnd = d.pub
				}
			}
		} else if asof != nil {
			c.PeriodEnd = asof.end
			if y := asof.e - 1; asof.end > d.pub && asof.end == attrition.NewDate(d.pub.Year(), 12, 31) && (yearOnlyAt(toks, y) || word(toks, y) == ")" && yearOnlyAt(toks, y-1)) {
				// "as of 2025", "(Mediazona, 2025)" in a text of June
				// 2025: the year so far, a count to the day written.
				c.PeriodEnd = d.pub
			} else if asof.end > d.pub && asof.end.Sub(d.pub) > 183 {
				// "by 2027": a projection, not a count.
				dc.projection = true
			}
		}
	}
	// "the 224-day battle that ended on 20 May 2023": a day named for a
	// length of fighting is its last day.
	if dur != nil && !c.PeriodEnd.IsZero() && c.PeriodStart == c.PeriodEnd && (dur.days > 1 || dur.months > 0) &&
		nearWord(toks, dur.e, min(len(toks), dur.e+8), "ended", "ending", "concluded", "finished") {
		c.PeriodStart = c.PeriodEnd.AddMonths(-dur.months).AddDays(-dur.days)
	} else if dur != nil && dur.fight && since == nil && (dur.days > 0 || dur.months > 0) && !c.PeriodEnd.IsZero() &&
		(c.PeriodStart.IsZero() || c.PeriodStart == c.PeriodEnd || isConflictStart(c.PeriodStart)) && !d.runningCue(toks) &&
		// ("The eight-year war between Iran and Iraq killed 500,000": a
		// war the registry does not date is no span back from today.)
		!(warLength(toks, dur.e) && (isConflictStart(c.PeriodStart) || c.PeriodStart.IsZero())) {
		// ("Sudan's two-year war has killed": the war the registry
		// dates, whose length the writer rounds.)
		// "killed 100 in a two-day assault, the UN said on Saturday":
		// the length of fighting up to the day the statement dates.
		c.PeriodStart = c.PeriodEnd.AddMonths(-dur.months).AddDays(-dur.days)
	} else if dur != nil && since == nil && span != nil && span.kind == pSpan && span.start == span.end && !span.window && c.PeriodStart == span.start && c.PeriodEnd == span.end &&
		dur.days > 1 && dur.months == 0 && dur.days <= 31 && dur.s >= span.e && dur.s >= e && dur.s <= e+4 && !clauseBreak(toks, span.e, dur.s) {
		// "attacked the camp on 11 April, killing 400 over three days":
		// the day named is the first of the length told right after the
		// figure, not the whole.
		c.PeriodEnd = min(c.PeriodStart.AddDays(dur.days-1), max(d.pub, c.PeriodStart))
	} else if dur != nil && !c.PeriodStart.IsZero() && !c.PeriodEnd.IsZero() && !durationMatches(*dur, c.PeriodStart, c.PeriodEnd) &&
		!(span != nil && span.kind == pSpan && !span.conflictStart && !span.window && span.op == "" && !span.opRef && durationWithin(*dur, c.PeriodStart, c.PeriodEnd)) {
		// "killed in four days of violence … in March": days within
		// the month named are no mismatch; a length that outruns the
		// span, or a running total's, is.
		c.AddFlag(attrition.FlagArithmeticMismatch)
	}
	// "Last week was the deadliest of the war. On Monday alone, Russia
	// lost 1,600": the weekday of the week just called the worst, not
	// the latest of its name.
	if sp := d.superSpan; sp != nil && d.superSpanSent == d.nsent-1 && span != nil && span.kind == pSpan && span.start == span.end &&
		c.PeriodStart == span.start && c.PeriodEnd == span.end && sp.end.Sub(sp.start) == 6 && c.PeriodStart > sp.end &&
		(weekdayName(word(toks, span.s)) || weekdayName(word(toks, span.s+1))) {
		day := c.PeriodStart
		for day > sp.end {
			day = day.AddDays(-7)
		}
		if day >= sp.start {
			c.PeriodStart, c.PeriodEnd = day, day
		}
	}
	d.settlePeriod(c, dc, span, since, asof, endsAtPub)
}

// startWordIn reports a word of a war's beginning in tokens [a, b):
// "since fighting broke out … in April 2023", "since the start of the
// revolution in March 2011" name the start of a war, not a month.
func startWordIn(toks []token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		switch toks[k].w {
		case "began", "begun", "started", "start", "broke", "erupted", "outbreak", "beginning", "launched", "eruption":
			return true
		}
	}
	return false
}

// sideOfWarStarting reports whether the sentence names a side of a war
// that began on day st ("the conflict between the Houthis and the
// government has killed 150,000 people since 2014"), or, when the claim
// has no side of its own (sideKnown false), whether the side the text
// last named is one.
func (d *docState) sideOfWarStarting(st attrition.Date, sideKnown bool) bool {
	for i := range attrition.Conflicts {
		c := &attrition.Conflicts[i]
		if c.Start != st {
			continue
		}
		for _, sd := range c.Sides {
			for k := range d.mentions {
				if d.mentions[k].actor == sd {
					return true
				}
			}
			if !sideKnown && d.lastActor == sd {
				return true
			}
		}
	}
	return false
}

// conflictStartOf is the start of the war a figure's period runs from:
// the phrase's own start, or that of the war of the claim's side, the
// side named at the figure, or the side last named.
func (d *docState) conflictStartOf(p *periodHit, c *attrition.Claim, dc *docClaim) attrition.Date {
	if p != nil && !p.start.IsZero() {
		return p.start
	}
	if cf, ok := d.conflictFor(c.Actor); ok {
		return cf.Start
	}
	if c.Actor == "" && dc.named != "" {
		if cf, ok := d.conflictFor(dc.named); ok {
			return cf.Start
		}
	}
	if cf, ok := d.conflictFor(d.lastActor); ok {
		return cf.Start
	}
	return 0
}

// sideOf is the side whose war a claim's period belongs to: its own,
// else the side named at the figure, else the side last named.
func (d *docState) sideOf(c *attrition.Claim, dc *docClaim) string {
	switch {
	case c.Actor != "":
		return c.Actor
	case dc.named != "":
		return dc.named
	}
	return d.lastActor
}

// settlePeriod is the last of setPeriod, once the phrases have set the
// claim's period: setPeriod ends with it (it was a deferred closure,
// which cost more than its checks, for every figure).
func (d *docState) settlePeriod(c *attrition.Claim, dc *docClaim, span, since, asof *periodHit, endsAtPub bool) {
	// A start after the end ("since 2030") is no period at all.
	if !c.PeriodStart.IsZero() && !c.PeriodEnd.IsZero() && c.PeriodStart > c.PeriodEnd {
		c.PeriodStart = 0
	}
	// "From 2009 to 2012, US forces lost 1,000 soldiers": a year that
	// holds some other war's start is the year itself.
	for _, p := range [2]*periodHit{since, span} {
		if p != nil && !p.yearStart.IsZero() && c.PeriodStart == p.start {
			if st := d.conflictStartOf(nil, c, dc); !st.IsZero() && st != p.start || c.Actor != "" && !sideOfWarFrom(p.start, c.Actor) {
				c.PeriodStart = p.yearStart
			}
		}
	}
	// Every figure covers some span: a running total without other
	// words runs from the start of the war it belongs to.
	// (Not a war long over the text does not point at: "Pakistan's
	// military said 12 soldiers have been killed" a month after the
	// clashes with India.)
	if c.PeriodStart.IsZero() && !c.PeriodEnd.IsZero() && !d.pastWarUnpointed(d.sideOf(c, dc), c.PeriodEnd) {
		if st := d.conflictStartOf(nil, c, dc); !st.IsZero() && st <= c.PeriodEnd {
			c.PeriodStart = st
		}
	}
	// A running total under a heading "as of 21 August" ends that
	// day.
	if !d.docAsOf.IsZero() && c.PeriodEnd == d.pub && asof == nil && (span == nil || span.conflictStart) && !c.PeriodStart.IsZero() && c.PeriodStart < d.docAsOf {
		c.PeriodEnd = d.docAsOf
	}
	// A war's running total reported after the war ended covers
	// the war.
	// With no side, the war the figure names ("600,000 people died in
	// the war in Tigray"), though its toll is every side's, or the side
	// last named: whichever war began when the period does.
	sides := [3]string{c.Actor, dc.named, d.lastActor}
	if c.Actor != "" {
		sides[1], sides[2] = "", ""
	}
	if endsAtPub && c.PeriodEnd == d.pub && !c.PeriodStart.IsZero() {
		for _, a := range sides {
			if a != "" {
				if e := d.warEnd(a, c.PeriodStart); e != d.pub {
					c.PeriodEnd = e
					break
				}
			}
		}
	}
	// A statement made after its war ended ("said on Thursday",
	// two days after the ceasefire) dates a total that still ends
	// with the war; "since the war began" runs to the day written.
	// So does "killed during the hostilities", whenever it was said.
	// ("As of 4 December 2024, 4,047 people had been killed in
	// Lebanon": the day written, a week after the ceasefire.)
	if (since == nil || since.inWar) && (span == nil || span.conflictStart) && !c.PeriodStart.IsZero() && c.PeriodEnd > c.PeriodStart &&
		!(asof != nil && asof.dated && !asof.speech && c.PeriodEnd == asof.end) {
		for _, a := range sides {
			if a == "" {
				continue
			}
			if cf, ok := d.conflictFor(a); ok && cf.Start == c.PeriodStart && !cf.End.IsZero() && c.PeriodEnd > cf.End {
				c.PeriodEnd = cf.End
				break
			}
		}
	}
}

// opPeriod resolves a phrase that names a phase of a war, "since the
// ground operation", to the phase in the war of the claim's side.
func (d *docState) opPeriod(p *periodHit, c *attrition.Claim) *periodHit {
	if cf, ok := d.conflictFor(c.Actor); ok {
		r := d.heldPeriods.put(*p)
		resolveOperation(r, cf.ID, d.pub)
		return r
	}
	if ops := opsByKey[p.op]; c.Actor == "" && len(ops) == 1 {
		// "captured 17 tanks since launching Operation 1027": the side
		// of a war counted under one side.
		if sd := soleSide(ops[0].Conflict); sd != "" {
			c.Actor = sd
		}
	}
	return p
}

// periodDist is how far period phrase p stands from the figure at
// toks[s:e] for setPeriod, which takes the nearest phrase of each kind:
// the tokens between, and more across what separates them.
func (d *docState) periodDist(toks []token, p *periodHit, s, e int) int {
	dist := 0
	switch {
	case p.e <= s:
		dist = s - p.e
	case p.s >= e:
		dist = p.s - e
	}
	if d.cues.clauseBreak(min(p.e, s), max(p.s, e)) {
		dist += 50
	}
	// "196,770 personnel, 470 of them eliminated in the past day, as
	// well as 3,727 tanks": a phrase that closes another figure's
	// aside binds to that figure, not across the comma after it.
	if p.e <= s && closesAside(toks, p.s, p.e, s) || p.s >= e && otherFigureFirst(toks, e, p.s) {
		dist += 60
	}
	// ", and 300 died in El Fasher last week": a new clause's own
	// phrase wins over the one across the comma.
	if d.sentScan(toks).commaAnd && commaAndBetween(toks, min(p.e, s), max(p.s, e)) {
		dist += 10
	}
	// Another figure between the phrase and this one takes it:
	// "776,560 in all, with another 1,720 over the past day".
	if d.cues.figureBetween(min(p.e, s), max(p.s, e), s, e) {
		dist += 30
	}
	// "… than in 2023, when 1,200 civilians were killed": the time the
	// clause of "when" stands for.
	if p.e <= s && p.e+1 < s && toks[p.e].w == "," && toks[p.e+1].w == "when" && !d.cues.figureBetween(p.e, s, s, e) {
		dist = 0
	}
	return dist
}

func clipEnd(d, pub attrition.Date) attrition.Date {
	if d > pub {
		return pub
	}
	return d
}

// conflictFor returns the conflict an actor fights in this text (see
// betterWar), the first listed on a tie.
//
// The conflict is the registry's own, by pointer (a Conflict is 96 bytes,
// copied at each look-up otherwise): callers read it, never write it.
func (d *docState) conflictFor(actor string) (*attrition.Conflict, bool) {
	// The answer depends, within a document, only on the sides' counts
	// (sideCount), which change only as a sentence's sides are counted,
	// and few sentences name one: the answers hold until the counts
	// change. A figure's period, its enemy and its civilians' side ask
	// of two or three actors in turn, so the memo keeps the answers of
	// a few.
	m := &d.warMemo
	if m.adds != d.sideAdds {
		m.adds, m.n = d.sideAdds, 0
	}
	for i := range m.n {
		if e := &m.at[i]; e.actor == actor {
			return e.cf, e.ok
		}
	}
	looked := d.namedWarLooked
	cf, ok := d.conflictForUncached(actor)
	if d.namedWarLooked != looked {
		// The answers before the text's named war was looked for knew
		// none: they are asked again.
		m.n = 0
	}
	if m.n == len(m.at) {
		m.n = 0
	}
	m.at[m.n] = warAnswer{actor: actor, cf: cf, ok: ok}
	m.n++
	return cf, ok
}

// namedWarIn returns the first registry war whose name the lower-cased
// text holds. Only a few wars have names of their own, so one search per
// name and document costs little.
func namedWarIn(low string) *attrition.Conflict {
	// Every name ends in "war": the few places the word stands are
	// tested against the names, not the text against each name.
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], "war")
		if k < 0 {
			return nil
		}
		end := off + k + 3
		for i := range attrition.Conflicts {
			c := &attrition.Conflicts[i]
			for _, n := range c.Names {
				if strings.HasSuffix(low[:end], n) {
					return c
				}
			}
		}
		off = end
	}
	return nil
}

// namedOpIn returns the phrase of the registry phase the lower-cased text
// names first, and where.
//
// The text is searched once for each first word of the phrases, not once
// for each phrase: a phrase starts where its first word does, so the
// first place a phrase of the group starts is the first occurrence of
// the word that one of them starts at.
func namedOpIn(low string) (string, int) {
	key, at := "", len(low)
	present := opGroupsIn(low)
	for gi, g := range opKeyGroups {
		if present&(1<<gi) == 0 {
			continue // its first word is nowhere in the text
		}
		// A name that starts after the earliest found so far cannot
		// win: the search stops at the end of a word that starts there.
		for off := 0; off <= at; {
			i := strings.Index(low[off:min(len(low), at+len(g.first))], g.first)
			if i < 0 {
				break
			}
			i += off
			k := ""
			for _, p := range g.keys {
				if strings.HasPrefix(low[i:], p) {
					k = p
					break
				}
			}
			if k != "" {
				if i < at || k < key {
					key, at = k, i
				}
				break
			}
			off = i + 1
		}
	}
	return key, at
}

// fightSubject returns the noun of a battle or siege the sentence
// opens with ("The Battle of Bakhmut lasted …", "The siege of
// Mariupol, from …"), "" if none.
func fightSubject(toks []token) string {
	for k := 0; k < len(toks) && k < 4; k++ {
		switch w := toks[k].w; w {
		case "battle", "siege", "offensive", "campaign", "assault":
			return w
		}
	}
	return ""
}

// noteFightSpan remembers the span a sentence with no loss gave the
// battle it opens with.
func (d *docState) noteFightSpan(toks []token) {
	noun := fightSubject(toks)
	if noun == "" {
		return
	}
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pSpan && !p.window && !p.start.IsZero() && !p.end.IsZero() && p.start < p.end {
			d.fightSpan, d.fightNoun = d.heldPeriods.put(*p), noun
			return
		}
	}
}

// fightNamed reports "the battle", "the siege" (the noun given) in a
// sentence: a reference to the fight dated before.
func fightNamed(toks []token, noun string) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].w == noun && (toks[k-1].w == "the" || toks[k-1].w == "this") {
			return true
		}
	}
	return false
}

// lineStart reports a sentence starting at byte at that opens a line:
// nothing but blanks between it and the line's start.
func lineStart(text []byte, at int) bool {
	for k := at - 1; k >= 0; k-- {
		switch text[k] {
		case '\n':
			return true
		case ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// speakerLabel returns the colon's index k of a transcript's speaker
// label, "ZELENSKY:", "DG ISPR:", "GEN. SMITH:": up to four words in
// capitals that name no side, place or loss; 0 if none.
func speakerLabel(toks []token, text []byte) int {
	for k := 0; k < len(toks) && k <= 5; k++ {
		if toks[k].w == ":" {
			if k == 0 || !allCaps(text[toks[0].s:toks[k-1].e]) {
				return 0
			}
			return k
		}
		t := &toks[k]
		if t.k == tNum || t.cls&(clsLoss|clsCat|clsActor|clsNum) != 0 || t.k == tPunct && t.w != "." && t.w != "-" {
			return 0
		}
		if headingWord(t.w) {
			return 0
		}
	}
	return 0
}

// headingWord reports a word that labels a line without naming anyone:
// "UPDATE:", "NOTE:", "FACT CHECK:".
func headingWord(w string) bool {
	switch w {
	case "update", "breaking", "note", "source", "sources", "total", "totals", "watch", "read", "video", "photo",
		"correction", "analysis", "exclusive", "live", "summary", "editor's", "update:", "warning", "alert", "latest",
		"claim", "verdict", "facts", "fact", "rating", "context", "background", "bottom", "what", "why", "how", "key", "timeline":
		return true
	}
	return false
}

// isTranscript reports a text of turns: two different labels in
// capitals, or more, open its lines ("ZELENSKY:", "REPORTER:"). A
// heading ("BREAKING:", "KURIGA ABDUCTION:") is one label alone.
func (d *docState) isTranscript() bool {
	if d.transcript == 0 {
		d.transcript = -1
		var first []byte
		text := d.pt.text
		for off := 0; off < len(text); {
			end := bytes.IndexByte(text[off:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += off
			}
			if l := capsLabel(text[off:end]); l != nil {
				if first == nil {
					first = l
				} else if !bytes.Equal(first, l) {
					d.transcript = 1
					break
				}
			}
			off = end + 1
		}
	}
	return d.transcript > 0
}

// capsLabel returns a line's label in capitals before a colon, nil if
// the line opens with none.
func capsLabel(line []byte) []byte {
	line = bytes.TrimLeft(line, " \t")
	c := bytes.IndexByte(line, ':')
	if c < 2 || c > 30 {
		return nil
	}
	letters := 0
	for _, b := range line[:c] {
		switch {
		case b >= 'A' && b <= 'Z':
			letters++
		case b == ' ' || b == '.' || b == '-' || b == '\'':
		default:
			return nil
		}
	}
	if letters < 2 {
		return nil
	}
	return line[:c]
}

// questionLabel names a transcript's asker, who gives no figures.
func questionLabel(w string) bool {
	switch w {
	case "q", "question", "journalist", "reporter", "interviewer", "moderator", "host", "anchor", "audience", "unidentified", "participant", "questioner":
		return true
	}
	return false
}

// speakerAt makes the attribution of a speaker label's words toks[:k]:
// the registry's body ("DG ISPR" is Inter-Services Public Relations),
// else the name as a name is written ("ZELENSKY" is Zelensky).
func (d *docState) speakerAt(toks []token, k int) (attribution, bool) {
	var at attribution
	for a := 0; a < k; a++ {
		ta := makeAttribution(toks, d.pt.text, a, k, 0, k)
		if _, ok := attrition.ResolveSource(ta.name); ok && !ta.junk {
			return ta, true
		}
		if a == 0 {
			at = ta // the whole label, for a name the registry lacks
		}
	}
	if at.junk {
		return at, false
	}
	var b strings.Builder
	for j := 0; j < k; j++ {
		w := d.pt.text[toks[j].s:toks[j].e]
		if j > 0 && !toks[j].glued {
			b.WriteByte(' ')
		}
		if len(w) <= 2 || toks[j].k != tWord {
			b.Write(w)
			continue
		}
		b.WriteByte(w[0])
		b.WriteString(strings.ToLower(string(w[1:])))
	}
	at.name, at.generic = b.String(), false
	if side := officialSideWords.at(toks[k-1].w); side != "" && at.party == "" {
		at.party = side
	}
	return at, true
}

// resolveOpRefs gives "since the operation began" the start of the
// registry phase the text named before it, or drops it when the text
// named none. The text is searched for a phase's name only once it
// speaks of "the operation".
func (d *docState) resolveOpRefs(toks []token, ps []periodHit) []periodHit {
	first := -1
	for i := range ps {
		if ps[i].opRef {
			first = i
			break
		}
	}
	if first < 0 {
		return ps // no copying of the hits of nearly every sentence
	}
	n := first
	for _, p := range ps[first:] {
		if p.opRef {
			if !d.namedOpLooked {
				d.namedOp, d.namedOpAt = namedOpIn(d.low)
				d.namedOpLooked = true
			}
			if d.namedOp == "" || toks[p.s].s < d.namedOpAt {
				continue
			}
			p = operationHit(p.s, p.e, d.namedOp, true, d.pub)
		}
		ps[n] = p
		n++
	}
	return ps[:n]
}

// warMemo holds conflictFor's answers for the sides' counts of
// sideAdds adds, up to four.
type warMemo struct {
	adds int
	n    int
	at   [4]warAnswer
}

// warAnswer is one answer of conflictFor.
type warAnswer struct {
	actor string
	ok    bool
	cf    *attrition.Conflict
}

func (d *docState) conflictForUncached(actor string) (*attrition.Conflict, bool) {
	ai := findActorIndex(actor)
	if ai < 0 {
		return &noConflict, false
	}
	best := &noConflict
	bestVotes, found := -1, false
	if len(actorWars[ai]) > 1 && !d.namedWarLooked {
		// Searched for only when an actor has wars to choose from: a
		// search of the text per document would cost more than all
		// the choices it decides.
		d.namedWar, d.namedWarLooked = namedWarIn(d.low), true
	}
	if nw := d.namedWar; nw != nil {
		// "the Second Karabakh War": the war the text names is the
		// war of its sides, however many mentions vote.
		for _, w := range actorWars[ai] {
			if w.cf == nw {
				return nw, true
			}
		}
	}
	for _, w := range actorWars[ai] {
		// A war not yet begun when the text came out is none of its
		// figures' ("Pakistan's military said 23 militants were killed"
		// in February 2025 is no part of the war with India that May).
		if !d.pub.IsZero() && w.cf.Start > d.pub {
			continue
		}
		// The votes of the war's other sides.
		v := 0
		for _, side := range w.voters {
			if side != actor {
				v += d.sideVotes(side)
			}
		}
		// Nor is a short war long over whose enemy the text never
		// names, in a text of insurgents ("Pakistan's military said 13
		// soldiers were killed when a suicide bomber …" in August 2025,
		// three months after its four days of war with India): the text
		// tells of other fighting.
		if !d.pub.IsZero() && shortWar(w.cf) && d.pub.Sub(w.cf.End) > 30 && v == 0 && len(w.voters) > 1 && d.insurgencyText() {
			continue
		}
		if !found || d.betterWar(w.cf, v, best, bestVotes) {
			best, bestVotes, found = w.cf, v, true
		}
	}
	return best, found
}

// insurgencyText reports a text that tells of fighting with irregulars:
// militants, suicide bombers, insurgents. Looked up once per document.
func (d *docState) insurgencyText() bool {
	if d.insurgency == 0 {
		d.insurgency = 2
		if insurgencyScan.in(d.low) != 0 {
			d.insurgency = 1
		}
	}
	return d.insurgency == 1
}

// otherSideInText reports whether the text names, anywhere, one of the
// sides other than actor. Asked only of ended wars.
func (d *docState) otherSideInText(sides []string, actor string) bool {
	for _, side := range sides {
		if side == actor {
			continue
		}
		ai := findActorIndex(side)
		if ai < 0 {
			continue
		}
		if d.sideInText == nil {
			d.sideInText = make(map[int]bool)
		}
		in, ok := d.sideInText[ai]
		if !ok {
			for _, t := range sideScans[ai]() {
				if t.in(d.low) != 0 {
					in = true
					break
				}
			}
			d.sideInText[ai] = in
		}
		if in {
			return true
		}
	}
	return false
}

// sideScans holds, by actor index of actorByName, scanners of the
// actor's aliases (32 to a scanner) for otherSideInText, each built the
// first time it is asked for: only the sides of ended wars ever are, and
// building all of them cost every run of the program at start-up.
var sideScans = func() []func() []*textWords {
	out := make([]func() []*textWords, len(actorByName.actors))
	for ai := range actorByName.actors {
		out[ai] = sync.OnceValue(func() []*textWords {
			var scans []*textWords
			al := actorByName.actors[ai].Aliases
			for len(al) > 0 {
				n := min(len(al), 32)
				if slices.ContainsFunc(al[:n], func(w string) bool { return len(w) < 2 }) {
					break
				}
				scans = append(scans, newTextWords(al[:n]...))
				al = al[n:]
			}
			return scans
		})
	}
	return out
}()

// insurgencyScan finds insurgencyText's words.
var insurgencyScan = newTextWords("militant", "terrorist", "insurgent", "suicide bomb", "gunmen", "bandits", "jihadist", "separatist")

// actorWar is one registry war of an actor: the conflict, and the sides
// whose votes count for it, each once for each time its actor lists the
// war (a side of the war that does not list it counts nothing).
type actorWar struct {
	cf     *attrition.Conflict
	voters []string
}

// actorWars holds the wars of each actor of actorByName, by its index,
// worked out once from the registry: conflictForUncached looked each
// war and each side's actor up again for every actor and sentence.
var actorWars = func() [][]actorWar {
	out := make([][]actorWar, len(actorByName.actors))
	for ai := range actorByName.actors {
		for _, id := range actorByName.actors[ai].Conflicts {
			cf, ok := findConflict(id)
			if !ok {
				continue
			}
			w := actorWar{cf: cf}
			for _, side := range cf.Sides {
				if sa, ok := findActor(side); ok {
					for _, oc := range sa.Conflicts {
						if oc == id {
							w.voters = append(w.voters, side)
						}
					}
				}
			}
			out[ai] = append(out[ai], w)
		}
	}
	return out
}()

// betterWar reports whether conflict a, whose other sides the text names
// va times, is the better reading of an actor's war than b (vb times): a
// war begun by publication first, then the one named most, then one going
// on at publication, then the latest begun.
func (d *docState) betterWar(a *attrition.Conflict, va int, b *attrition.Conflict, vb int) bool {
	begunA, begunB := a.Start <= d.pub, b.Start <= d.pub
	if begunA != begunB {
		return begunA
	}
	if va != vb {
		return va > vb
	}
	onA := begunA && (a.End.IsZero() || a.End >= d.pub)
	onB := begunB && (b.End.IsZero() || b.End >= d.pub)
	if onA != onB {
		return onA
	}
	return !onA && begunA && a.Start > b.Start
}

// statementDayBefore is the start of the news of a statement dated by
// asof: the day before its day ("said on Tuesday"), or the first day
// of the month or days it was made in ("the UN said in December": the
// attack fell within December, not on its last two days).
func statementDayBefore(asof *periodHit) attrition.Date {
	if !asof.saidFrom.IsZero() && asof.end.Sub(asof.saidFrom) > 1 {
		return asof.saidFrom
	}
	return asof.end.AddDays(-1)
}

// stoodOn holds a copy of the period p as the day a total stood on
// ("rose to 55,493 on Wednesday", "on Friday it stood at 776,560"): its
// end, with no start of its own.
func (d *docState) stoodOn(p *periodHit) *periodHit {
	conv := d.heldPeriods.put(*p)
	if p.speech {
		conv.saidFrom = p.start
	}
	conv.kind, conv.start = pAsOf, 0
	return conv
}

// warEnd is the end of a running total from the start of the actor's
// war to publication: the war's end when it ended before.
func (d *docState) warEnd(actor string, start attrition.Date) attrition.Date {
	if cf, ok := d.conflictFor(actor); ok && cf.Start == start && !cf.End.IsZero() && cf.End < d.pub {
		return cf.End
	}
	return d.pub
}

// sideVotes counts the mentions of one side seen so far.
func (d *docState) sideVotes(side string) int {
	return d.sideCount.get(side)
}

// enemyOf returns the other side of actor in this text's conflict.
// otherMembers lists by conflict the registry's actors that belong to
// a war without being one of its Sides.
var otherMembers = func() map[string][]string {
	m := map[string][]string{}
	for _, cf := range attrition.Conflicts {
		for _, a := range attrition.Actors {
			if slices.Contains(a.Conflicts, cf.ID) && !slices.Contains(cf.Sides, a.Name) && a.Population != attrition.PopulationCivilian {
				m[cf.ID] = append(m[cf.ID], a.Name)
			}
		}
	}
	return m
}()

func (d *docState) enemyOf(actor string) (string, bool) {
	cf, ok := d.conflictFor(actor)
	if !ok || len(cf.Sides) < 2 {
		return "", false
	}
	// The Houthis fight the government at home but speak of "the
	// enemy" most for the United States and Israel ("the enemy lost 3
	// aircraft"): whichever of these the text names.
	if actor == "Houthis" {
		switch {
		case d.sideCount.get("Israel") > d.usNamed:
			return "Israel", true
		case d.usNamed > 0:
			return "United States", true
		}
	}
	switch actor {
	case cf.Sides[0]:
		// The main opponent named most in the text, the second side by default.
		best, bv := cf.Sides[1], -1
		for _, s := range cf.Sides[1:] {
			if a, ok := findActor(s); ok && a.Population == attrition.PopulationCivilian {
				continue
			}
			if v := d.sideCount.get(s); v > bv {
				best, bv = s, v
			}
		}
		// "Israeli troops raided Jenin … 'eliminated' 10 gunmen": a
		// war's other people, not among the sides counted by default
		// (the West Bank's), when the text names them most.
		for _, s := range otherMembers[cf.ID] {
			if v := d.sideCount.get(s); v > bv {
				best, bv = s, v
			}
		}
		return best, true
	default:
		return cf.Sides[0], true
	}
}

// enemyWordOf returns the side actor calls "the enemy", as enemyOf,
// but for the Houthis' weapons downed none when the text names neither
// of their foreign enemies: "the Houthis said the enemy lost 3
// aircraft" speaks of the United States, Israel or the Saudi-led
// coalition, not of Yemen's government; "12 aggressor soldiers" may be
// the government's.
func (d *docState) enemyWordOf(actor string, equipment bool) (string, bool) {
	if equipment && actor == "Houthis" && d.usNamed == 0 && d.sideCount.get("Israel") == 0 {
		return "", false
	}
	return d.enemyOf(actor)
}

// civilianSide returns the side of a conflict that stands for its
// civilians ("Sudan (civilians)"), or for its whole population where the
// armed side is separate (Hamas → Palestinians in Gaza).
func (d *docState) civilianSide(actor string) (string, bool) {
	a, ok := findActor(actor)
	if !ok {
		return "", false
	}
	cf, ok := d.conflictFor(actor)
	if !ok {
		return "", false
	}
	for _, s := range cf.Sides {
		if s == actor {
			continue
		}
		sa, ok := findActor(s)
		if !ok {
			continue
		}
		if sa.Population == attrition.PopulationCivilian && a.Population == attrition.PopulationMilitary {
			return s, true
		}
		if sa.Population == attrition.PopulationAll && a.Population == attrition.PopulationMilitary {
			return s, true
		}
	}
	// A war with no side for its civilians: an armed group's civilians
	// are the state's people ("civilians killed" counted by the
	// Houthi-run ministry are Yemen's).
	// The registry lists a group after the state it fights in
	// (Israel, Lebanon, Hezbollah): the nearest such side before it,
	// not the group's enemy.
	if a.Population == attrition.PopulationMilitary {
		at := slices.Index(cf.Sides, actor)
		for k := at - 1; k >= 0; k-- {
			if sa, ok := findActor(cf.Sides[k]); ok && sa.Population == "" {
				return cf.Sides[k], true
			}
		}
		for _, s := range cf.Sides {
			if sa, ok := findActor(s); ok && s != actor && sa.Population == "" {
				return s, true
			}
		}
	}
	return "", false
}

// topConflict returns the conflict whose sides the text names most.
func (d *docState) topConflict() (*attrition.Conflict, bool) {
	best, bv := "", 0
	for _, vc := range d.votes {
		if v, id := vc.n, vc.key; v > bv || v == bv && id < best {
			best, bv = id, v
		}
	}
	if bv == 0 {
		return &noConflict, false
	}
	return findConflict(best)
}

// findConflict is attrition.FindConflict by pointer into the registry,
// as conflictFor returns it: callers read it, never write it.
func findConflict(id string) (*attrition.Conflict, bool) {
	for i := range attrition.Conflicts {
		if c := &attrition.Conflicts[i]; c.ID == id {
			return c, true
		}
	}
	return &noConflict, false
}

// noConflict is the zero Conflict of a failed look-up.
var noConflict attrition.Conflict

// armedSide returns the armed side of a conflict for a side that stands
// for a population (Palestinians in Gaza → Hamas).
func (d *docState) armedSide(actor string) (string, bool) {
	cf, ok := d.conflictFor(actor)
	// The armed wing is of the sides the war counts: Hamas is Gaza's,
	// not the West Bank's, whose gunmen are its own people.
	if !ok || !slices.Contains(cf.Sides, actor) {
		return "", false
	}
	for _, s := range cf.Sides[1:] {
		if a, ok := findActor(s); ok && a.Population == attrition.PopulationMilitary && s != actor {
			return s, true
		}
	}
	return "", false
}

// soleArmedSide is the one armed group among the sides of actor's war.
func (d *docState) soleArmedSide(actor string) (string, bool) {
	cf, ok := d.conflictFor(actor)
	if !ok {
		return "", false
	}
	found := ""
	for _, s := range cf.Sides {
		if a, ok := findActor(s); ok && a.Population == attrition.PopulationMilitary && s != actor {
			if found != "" {
				return "", false
			}
			found = s
		}
	}
	return found, found != ""
}

// findPer is the package's findPer, and an average that names no unit
// of its own is one of the rate the sentence gave before it: "1,354 a
// day in October, below September's average of 1,400".
func (d *docState) findPer(toks []token, q *quantity, h *catHit) (string, int) {
	f := d.facts(toks)
	per, end := findPer(toks, q, h, f.rate || !f.rateSet)
	if per != "" {
		return per, end
	}
	w1, w2 := word(toks, q.s-1), word(toks, q.s-2)
	// "averaged 1,286 a day in May, down from 1,523 in December": the
	// figure compared with a rate is a rate.
	// (Of a like size: "1,180 a day, up from about 250,000 in 2023"
	// compares a year's total.)
	if (w1 == "from" || w1 == "than") && (w2 == "down" || w2 == "up" || w2 == "higher" || w2 == "lower" || w2 == "compared") ||
		(w1 == "with" || w1 == "to") && w2 == "compared" || w1 == "against" || w1 == "versus" || w1 == "vs" {
		if prev := d.lastAny(); prev != nil && prev.sentence == d.nsent && prev.Per != "" && prev.Low != nil {
			if v, r := q.sum().low, *prev.Low; v > 0 && r > 0 && v < 5*r && r < 5*v {
				return prev.Per, 0
			}
		}
	}
	// "A year ago, Russia was losing about 1,200 troops a day; now it
	// loses about 1,000": the rate again, as it stands now.
	// (An earlier rate of the sentence first: most figures follow none,
	// and the look back for "now" is the dearer test.)
	if prev := d.lastAny(); prev != nil && prev.sentence == d.nsent && prev.Per != "" && prev.Low != nil && nowClauseAt(toks, q.s) >= 0 {
		if v, r := q.sum().low, *prev.Low; v > 0 && r > 0 && v < 5*r && r < 5*v {
			return prev.Per, 0
		}
	}
	if w1 == "averaged" || w1 == "averaging" || w1 == "average" || w1 == "of" && w2 == "average" {
		if prev := d.lastAny(); prev != nil && prev.sentence == d.nsent && prev.Per != "" {
			return prev.Per, 0
		}
		// "An average of 28 children were killed in Gaza every day":
		// the unit at the clause's end.
		for k := max(q.e, h.e); k+1 < len(toks) && k < q.e+12; k++ {
			if w := toks[k].w; w == "," || w == ";" || w == "." || toks[k].k == tNum {
				break
			}
			if u := rateUnitAt(toks, k); u != "" && toks[k].w != "a" {
				return u, 0
			}
		}
	}
	// "an average of 1,000 personnel and 40 artillery systems a day":
	// the list's rate is each item's. (Its unit is of clsUnit, which
	// most sentences lack.)
	if !f.clsSet || f.cls&clsUnit != 0 {
		if p := rateAfterList(toks, max(q.e, h.e)); p != "" {
			return p, 0
		}
	}
	return "", 0
}

// nowClauseAt returns the "now" that opens a clause a few words before
// the figure at s, or -1: "; now it loses about 1,000", ", but today
// the figure is 1,000".
func nowClauseAt(toks []token, s int) int {
	for k := s - 1; k >= 1 && k >= s-6; k-- {
		switch toks[k].w {
		case "now", "today", "currently":
			switch word(toks, k-1) {
			case ";", ",", "but", "and", "while", "—":
				return k
			}
			return -1
		case ".", ";", ",":
			return -1
		}
	}
	return -1
}

// rateUnitAt returns the unit of a rate at token k, "day", "week" or
// "month", read from "a day", "per week", "each month", "every day".
func rateUnitAt(toks []token, k int) string {
	switch toks[k].w {
	case "a", "per", "each", "every":
		switch u := unitWordsPeriod[word(toks, k+1)]; u {
		case "day", "week", "month":
			return u
		}
	}
	return ""
}

// rateInClause reports a rate's unit ("every day", "a week") in the few
// words after token e, before the clause ends: the rate of a list of
// figures ("7.7 killed and 44.8 injured every day").
func rateInClause(toks []token, e int) bool {
	for k := e; k+1 < len(toks) && k < e+10; k++ {
		if w := toks[k].w; w == "." || w == ";" {
			return false
		}
		if rateUnitAt(toks, k) != "" {
			return true
		}
	}
	return false
}

// rateAfterList returns the unit of a rate ("a day") that ends a list
// of figures joined by "and" after token e.
func rateAfterList(toks []token, e int) string {
	// Past the figure's own noun: "1,000 personnel and …".
	for n := 0; n < 3 && e < len(toks) && toks[e].k == tWord && toks[e].w != "and" && toks[e].cls&(clsPerson|clsCat) != 0; n++ {
		e++
	}
	if word(toks, e) != "and" && word(toks, e) != "," || e+1 >= len(toks) || !startsNumber(&toks[e+1]) {
		return ""
	}
	for k := e + 2; k+1 < len(toks) && k <= e+8; k++ {
		// ("in a day" is one day, no rate.)
		if u := rateUnitAt(toks, k); u != "" && toks[k].w != "every" && word(toks, k-1) != "in" && word(toks, k-1) != "within" {
			return u
		}
		if toks[k].k != tWord || toks[k].cls&clsLoss != 0 {
			return ""
		}
	}
	return ""
}

// ownAfter reports "among its troops", "in their ranks" later in the
// figure's clause, which makes a list of figures before it the
// speaker's own: "410 KIA, 1,350 WIA and 96 MIA among its troops".
func (d *docState) ownAfter(toks []token, e int) bool {
	for k := e; k+1 < len(toks) && k < e+24; k++ {
		// "in its monthly summary" is no one's losses; "in its ranks" is.
		if w := toks[k].w; (w == "among" || w == "in" && (word(toks, k+2) == "ranks" || word(toks, k+2) == "own")) && ownWord(toks, k+1, k+2) {
			return !d.cues.clauseBreak(e, k)
		}
	}
	return false
}

// ownBefore reports the speaker's possessive before a loss noun that
// stands before its figure: "its death toll had reached 402", and from
// an army, "the army's death toll".
func ownBefore(toks []token, s int, military bool) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch toks[k].w {
		case "its", "their", "our", "own":
			return true
		case "army's", "military's":
			return military && word(toks, k-1) == "the"
		}
	}
	return false
}

// ofThem reports "of them", "of those", "of these" right after a figure.
// partTimedBy reports a part figure in toks[a:ps] closed by a time
// phrase of its own that starts at or before ps: "40,000 of them in May",
// "including 600 since October", "of whom 300 last week".
// It looks only at the tokens that may start a figure, which
// scanSentence listed in order (d.at.nums), not at every word between.
func (d *docState) partTimedBy(toks []token, a, ps int) bool {
	for _, k32 := range d.at.nums {
		k := int(k32)
		if k < a {
			continue
		}
		if k >= ps {
			break
		}
		if k > 0 && startsNumber(&toks[k-1]) {
			continue
		}
		// Digits, or a number word after a part's marker ("including
		// nine"): "a" and "one" in passing are read no further.
		if toks[k].k != tNum && !ofThem(toks, k+2) && !ofThem(toks, k+1) {
			// ("a fifth of them", "half of them": a share told as a part.)
			switch word(toks, k-1) {
			case "including", "with", "whom", "which", "them":
			default:
				continue
			}
		}
		q, ok := parseQuantity(toks, k)
		// (A hedge may open it: "nearly half of them".)
		if !ok || q.s > k || q.s < k-2 || q.s < a || q.e > ps {
			continue
		}
		end := -1
		switch b := q.s; {
		case ofThem(toks, q.e) || word(toks, q.e) == "of" && (word(toks, q.e+1) == "whom" || word(toks, q.e+1) == "which"):
			end = q.e + 2
		case partMarkerBefore(toks, b) || word(toks, b-1) == "with" && word(toks, b-2) == ",":
			end = q.e
		}
		if end < 0 || end > ps {
			continue
		}
		// "including 153 killed in the past 24 hours", "a fifth of
		// them (220,000) were suffered in the last six months": the
		// part's own words, its figure in brackets and its verb come
		// before its time.
		for m := end; m < ps && m < end+8; m++ {
			t := &toks[m]
			if t.w == "(" {
				if c := m + 2; c < ps && startsNumber(&toks[m+1]) && toks[c].w == ")" {
					m, end = c, c+1
					continue
				}
				break
			}
			// "including 1,100 a day in May": the part's rate.
			if (t.w == "a" || t.w == "per" || t.w == "every") && m+1 < ps && unitWordsPeriod[toks[m+1].w] != "" {
				m++
				end = m + 1
				continue
			}
			if t.k != tWord || t.upper || !(t.cls&(clsCat|clsLoss|clsPerson) != 0 || partVerb(t.w)) {
				break
			}
			end = m + 1
		}
		for i := range d.periods {
			if d.periods[i].s == end {
				return true
			}
		}
	}
	return false
}

// partMarked reports a figure told as a part of the one before it:
// "including 600", "of whom 300", "among them 40", "200 of them".
func partMarked(toks []token, s, e int) bool {
	return partMarkerBefore(toks, s) || ofThem(toks, e) || word(toks, e) == "of" && word(toks, e+1) == "whom"
}

// partMarkerBefore reports the words that open a part right before its
// figure at s: "including", "of whom", "of which", "among them".
func partMarkerBefore(toks []token, s int) bool {
	b1, b2 := word(toks, s-1), word(toks, s-2)
	return b1 == "including" || b2 == "of" && (b1 == "whom" || b1 == "which") || b2 == "among" && b1 == "them"
}

// commaWithin returns the first comma in toks[e:e+n], or -1: the end of
// a figure's own words.
func commaWithin(toks []token, e, n int) int {
	for k := e; k < len(toks) && k < e+n; k++ {
		if toks[k].w == "," {
			return k
		}
		if toks[k].k != tWord {
			return -1
		}
	}
	return -1
}

// risenToBefore reports "rose to", "climbed to", "reached" right before
// the figure at s.
func risenToBefore(toks []token, s int) bool {
	k := s - 1
	if word(toks, k) == "to" {
		k--
	}
	return riseToVerb(word(toks, k))
}

// riseToVerb is a verb by which a toll or total reaches a figure: "rose
// to", "has reached".
// newTotalBefore reports the verb of a total's new value right before
// the figure at s: "rose to", "stood at", "reached".
func newTotalBefore(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "to":
		return riseToVerb(word(toks, s-2))
	case "at":
		switch word(toks, s-2) {
		case "stood", "stands", "standing":
			return true
		}
	case "reached", "passed", "surpassed", "topped", "hit":
		return true
	}
	return false
}

func riseToVerb(w string) bool {
	switch w {
	case "rose", "risen", "climbed", "reached", "jumped", "increased", "grew", "surged":
		return true
	}
	return false
}

// addingBefore reports a statement's added clause opening right before
// the figure at s: "adding that 21 were wounded", "added that at least
// 21", "adding 21 others were hurt".
func addingBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		switch toks[k].w {
		case "adding", "added":
			return true
		case "that", "at", "least", "some", "about", "another", "more", "than", "nearly", "around":
		default:
			return false
		}
	}
	return false
}

// periodFrom reports a time phrase of the sentence at or after token e;
// with speech false, not the day of a statement ("said on Friday").
func (d *docState) periodFrom(e int, speech bool) bool {
	for i := range d.periods {
		if d.periods[i].s >= e && (speech || !d.periods[i].speech) {
			return true
		}
	}
	return false
}

// partVerb is a word of the verb that tells a part's losses: "were
// suffered", "have been killed", "came".
func partVerb(w string) bool {
	switch w {
	case "were", "was", "are", "is", "have", "has", "had", "been", "suffered", "sustained", "incurred", "came", "occurred", "lost":
		return true
	}
	return false
}

func ofThem(toks []token, e int) bool {
	if word(toks, e) != "of" {
		return false
	}
	w := word(toks, e+1)
	// "35 of the victims were children": the victims are the people
	// just counted, whatever befell them.
	return w == "them" || w == "those" || w == "these" || w == "the" && word(toks, e+2) == "victims"
}

// lastPeople returns the latest claim for people, not equipment, of
// this sentence or the one before it.
func (d *docState) lastPeople() *docClaim {
	for i := len(d.claims) - 1; i >= 0; i-- {
		c := &d.claims[i]
		if c.sentence < d.nsent-1 {
			return nil
		}
		if !attrition.IsEquipment(c.Category) && c.Per == "" {
			return c
		}
	}
	return nil
}

// otherSubjectBefore returns the side named before position s in the
// sentence, other than the speaker's, that a later "its" refers to.
func otherSubjectBefore(toks []token, ms []mention, s int, speaker string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.e > s || m.agent || m.loc || m.enemy || m.actor == "" {
			continue
		}
		// Only a subject: "Russia had lost", "Russian forces have
		// suffered"; "in northern Gaza" is a place.
		k := m.e
		if k < len(toks) && toks[k].cls&clsPerson != 0 {
			k++
		}
		switch word(toks, k) {
		case "had", "has", "have", "lost", "suffered", "was", "is", "were", "are", "saw", "took":
		default:
			continue
		}
		if m.actor == speaker {
			return ""
		}
		return m.actor
	}
	return ""
}

// warTollBefore reports the figure at s as what a war did: "a civil
// war that SOHR says killed", "the conflict has claimed".
func warTollBefore(toks []token, s int) bool {
	verb := false
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		switch toks[k].w {
		case "killed", "claimed":
			verb = true
		case "war", "conflict":
			return verb
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// tollUpdateBefore reports a toll or a count of people named just
// before the figure at s: "the toll has risen to", "Death toll now",
// "the number of injured has climbed to".
func tollUpdateBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		switch toks[k].w {
		case "toll", "tally":
			return true
		case "number":
			return word(toks, k+1) == "of"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// lastTollActor returns the side of the latest count of people killed,
// wounded or missing among the last claims, "" if none has one.
func (d *docState) lastTollActor() string {
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-8; i-- {
		c := &d.claims[i]
		switch c.Category {
		case catKilled, catWounded, catMissing, catCasualties:
			if c.Per == "" && !c.share {
				return c.Actor
			}
		}
	}
	return ""
}

// possessorSufferedBefore returns the side an "its" or "their" names
// when the figure at s is what that side's forces suffered: "Since
// Russia's summer offensive began, its forces have suffered 95,000
// casualties" (Russia named as the attacker, but the losses its own).
func possessorSufferedBefore(toks []token, ms []mention, s int) string {
	verb := -1
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		switch toks[k].w {
		case "suffered", "sustained", "lost", "incurred":
			verb = k
		case ",", ";", ".":
			return ""
		}
		if verb >= 0 {
			break
		}
	}
	if verb < 0 {
		return ""
	}
	for k := verb - 1; k >= 1 && k >= verb-5; k-- {
		switch toks[k].w {
		case "forces", "troops", "army", "soldiers", "military", "units", "fighters", "men":
		default:
			if toks[k].w == "," || toks[k].w == ";" {
				return ""
			}
			continue
		}
		if w := toks[k-1].w; w != "its" && w != "their" {
			return ""
		}
		for i := len(ms) - 1; i >= 0; i-- {
			if m := &ms[i]; m.e <= k-1 && m.actor != "" && !m.loc {
				return m.actor
			}
		}
		return ""
	}
	return ""
}

// ownWord reports "its", "their" or "our" in tokens [a, b).
// placedMinistry returns the side of the place a sentence opens in ("In
// Lebanon, the health ministry said"), for a ministry named by its kind
// alone at s, or "".
func placedMinistry(toks []token, s int, name string) string {
	if len(toks) < 4 || toks[0].w != "in" || toks[2].w != "," || !strings.HasSuffix(strings.ToLower(name), "ministry") {
		return ""
	}
	if s < 3 || s > 5 {
		return ""
	}
	return sideOf(&toks[1])
}

// anaphorLossOpening reports a sentence that opens on an anaphor as the
// subject of a loss verb right before the figure at s: "It has lost some
// 30,000 troops", "The group suffered 500 casualties".
func anaphorLossOpening(toks []token, s int) bool {
	k := skipOnlyBefore(toks, s-1)
	if !ownLossVerb(word(toks, k)) {
		return false
	}
	k--
	if w := word(toks, k); w == "had" || w == "has" || w == "have" {
		k--
	}
	if k < 0 {
		return false
	}
	// Where the anaphor starts: "it", "the group".
	a := -1
	switch toks[k].w {
	case "it":
		a = k
	case "group", "movement", "militia", "organisation", "organization":
		if word(toks, k-1) == "the" {
			a = k - 1
		}
	}
	if a <= 0 {
		return a == 0
	}
	// "In May alone, it lost 37,000", "Since then, the group has lost":
	// a short time phrase before the subject, set off by a comma.
	if a < 2 || a > 6 || toks[a-1].w != "," {
		return false
	}
	for j := 0; j < a-1; j++ {
		if toks[j].cls&(clsSpeechVerbs|clsActor) != 0 {
			return false
		}
	}
	return true
}

// ownDoersOnly reports a speaker's own word only before an active verb
// of killing that precedes the figure: the speaker's forces did it.
func ownDoersOnly(toks []token, h *catHit, s, ce int) bool {
	return h.active && h.verbAt < s && ownWord(toks, max(0, h.verbAt-4), h.verbAt) && !ownWord(toks, h.verbAt, min(len(toks), ce+3))
}

// pronounLossBefore reports the speaker as the subject of its own loss
// right before a figure, just after its verb of saying: "India said it
// lost five soldiers", "said that it had suffered 40 casualties".
func pronounLossBefore(toks []token, s int, speaker string) bool {
	k := skipOnlyBefore(toks, s-1)
	if !ownLossVerb(word(toks, k)) {
		return false
	}
	k--
	if w := word(toks, k); w == "had" || w == "has" || w == "have" {
		k--
	}
	// ("they" is as often the enemy a speaker tells of.)
	switch word(toks, k) {
	case "it", "we":
		return k > 0 && (toks[k-1].w == "that" || toks[k-1].cls&clsSpeechVerbs != 0)
	case "defenders":
		// "the 93rd Brigade said the attackers lost 80 men while the
		// defenders lost 6": the speaker's side holds the ground.
		return word(toks, k-1) == "the"
	case "army", "military":
		// "A Sudanese army spokesman said the army had lost 30
		// soldiers": the speaking army by its kind.
		// (Only when the speaker is an army: "The RSF said the army had
		// lost 30" tells the enemy's loss.)
		return k > 1 && toks[k-1].w == "the" && (toks[k-2].w == "that" || toks[k-2].cls&clsSpeechVerbs != 0) &&
			(lowerContains(speaker, "army") || lowerContains(speaker, "armed forces") || lowerContains(speaker, "military"))
	}
	return false
}

func ownWord(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].w {
		case "its", "their", "our", "own":
			return true
		case "his", "her":
			// "Zelensky said his forces had lost 4,000 men": a leader's
			// forces are his side's.
			switch word(toks, k+1) {
			case "forces", "troops", "soldiers", "army", "men", "fighters", "military", "country":
				return true
			}
		}
	}
	return false
}

// ownAgentBefore reports "its forces had destroyed" before a figure at
// s: the speaker's own word, then a verb of the deed ("its fighters had
// repelled an army advance, seizing 14 combat vehicles").
func ownAgentBefore(toks []token, s int) bool {
	own := false
	for k := max(0, s-10); k < s; k++ {
		switch {
		case toks[k].w == ";" || toks[k].w == ".":
			own = false
		case toks[k].w == "its" || toks[k].w == "their" || toks[k].w == "our":
			own = true
		case own && toks[k].cls&clsAgentVerb != 0 && toks[k].k == tWord:
			return true
		}
	}
	return false
}

// military caches isMilitarySource for the few sources of a text.
func (d *docState) military(name string) bool {
	// Most figures of a text share its one source.
	if d.milLast != "" && name == d.milLast {
		return d.milLastV
	}
	// A text names few sources: a walk over those seen costs less than
	// hashing the name into a map.
	for i := range d.milSeen {
		if a := &d.milSeen[i]; a.name == name {
			d.milLast, d.milLastV = name, a.v
			return a.v
		}
	}
	v, ok := militaryRegistry[name]
	if !ok {
		v = isMilitarySource(name)
	}
	d.milSeen = append(d.milSeen, milAnswer{name, v})
	d.milLast, d.milLastV = name, v
	return v
}

type milAnswer struct {
	name string
	v    bool
}

// militaryRegistry is isMilitarySource of the registry's sources, worked
// out once: most figures name one of them.
var militaryRegistry = func() map[string]bool {
	m := map[string]bool{}
	for _, src := range attrition.Sources {
		m[src.Name] = isMilitarySource(src.Name)
	}
	return m
}()

// isMilitarySource reports a source that is an army or its staff: its
// figures are, unless it says otherwise, the enemy's losses.
// administrationName reports a body named an administration, in any
// case: "Kherson Regional Military Administration".
func administrationName(name string) bool {
	const a = "administration"
	return len(name) >= len(a) && strings.EqualFold(name[len(name)-len(a):], a)
}

func isMilitarySource(name string) bool {
	// "Kyiv City Military Administration", "Kherson Regional Military
	// Administration": Ukraine's civil authorities in wartime, which
	// count their people's dead.
	if administrationName(name) {
		return false
	}
	// "Konashenkov said 2 tanks were destroyed": the spokesman or chief
	// of an army counts as his army does.
	if militaryOfficial(name[strings.LastIndexByte(name, ' ')+1:]) {
		return true
	}
	// An ASCII name, nearly every one, is read as written, its case
	// folded byte by byte where a word may start: no lower-cased copy.
	if v, ok := militaryIn(name, true); ok {
		return v
	}
	v, _ := militaryIn(strings.ToLower(name), false)
	return v
}

// militaryOfficial reports a word of militaryOfficials in any case. An
// ASCII word, nearly every one, is lower-cased into a buffer on the
// stack: strings.ToLower's copy and its allocation cost more than the
// look-up (this runs for every source a text names).
func militaryOfficial(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return militaryOfficials[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return militaryOfficials[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return militaryOfficials[string(buf[:len(w)])]
}

// militaryOfficials are the surnames of officialSides who speak for
// their armies: commanders, spokesmen and ministers of defence. (Each
// is a key of officialSides too: TestMilitaryOfficialsHaveSides.)
var militaryOfficials = map[string]bool{
	"konashenkov": true, "shoigu": true, "gerasimov": true, "belousov": true,
	"syrskyi": true, "zaluzhnyi": true, "budanov": true, "umerov": true, "reznikov": true,
	"hagari": true, "halevi": true, "gallant": true,
}

// milNext holds, by a byte of a name, the second letters of the words
// militaryIn looks for that start with it, in either case, one bit a
// letter ('a' is bit 0); milNonASCII marks the bytes of non-ASCII
// characters. Letters are common in a name, but a letter and the next
// one that start a word looked for are rare: most bytes fail on one
// load.
var milNext = func() (t [256]uint32) {
	for _, w := range []string{"civil defen", "command", "defence", "defense", "general staff",
		"armed forces", "army", "air force", "military", "idf", "forces", "navy", "brigade", "police"} {
		t[w[0]] |= 1 << (w[1] - 'a')
		t[w[0]-'a'+'A'] |= 1 << (w[1] - 'a')
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = milNonASCII
	}
	return t
}()

const milNonASCII = 1 << 31

// militaryIn is isMilitarySource of s, read with its ASCII case
// folded. With asciiOnly it gives up (ok false) at a byte of a
// non-ASCII character, whose lower case strings.ToLower must make.
// One pass over the name tests at each byte only the words starting
// with it, not a search of the name for each word: this runs for every
// source a document names.
func militaryIn(s string, asciiOnly bool) (mil, ok bool) {
	for i := 0; i < len(s); i++ {
		m := milNext[s[i]]
		if m == 0 {
			continue
		}
		if m == milNonASCII {
			if asciiOnly {
				return false, false
			}
			continue
		}
		// A next byte that is no letter folds out of the mask's bits or
		// onto an unused one.
		if i+1 == len(s) || m>>((s[i+1]|0x20)-'a')&1 == 0 {
			continue
		}
		c := s[i]
		r := s[i:]
		switch c | 0x20 { // a letter's lower case
		case 'p':
			// "Zamfara State Police Command": the police count their
			// people's dead, not an enemy's.
			if hasPrefixFold(r, "police") {
				return false, true
			}
		case 'c':
			// Civil defence is a rescue service, not an army.
			if hasPrefixFold(r, "civil defen") {
				return false, true
			}
			mil = mil || hasPrefixFold(r, "command")
		case 'd':
			mil = mil || hasPrefixFold(r, "defence") || hasPrefixFold(r, "defense")
		case 'g':
			mil = mil || hasPrefixFold(r, "general staff")
		case 'a':
			mil = mil || hasPrefixFold(r, "armed forces") || hasPrefixFold(r, "army") || hasPrefixFold(r, "air force")
		case 'm':
			mil = mil || hasPrefixFold(r, "military")
		case 'i':
			mil = mil || hasPrefixFold(r, "idf")
		case 'f':
			mil = mil || hasPrefixFold(r, "forces")
		case 'n':
			mil = mil || hasPrefixFold(r, "navy")
		case 'b':
			mil = mil || hasPrefixFold(r, "brigade")
		}
	}
	return mil, true
}

// hasPrefixFold is strings.HasPrefix of s lower-cased in ASCII and a
// lower-case ASCII prefix p.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[j] {
			return false
		}
	}
	return true
}

// lowerASCIIBytes appends s lower-cased to buf and reports true when s
// is ASCII, for which that is strings.ToLower(s); it reports false for
// any other s, which the caller lower-cases with strings.ToLower.
func lowerASCIIBytes(buf []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return buf, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// lowerLookup is m[strings.ToLower(s)] without the lower-case copy for a
// short ASCII s.
func lowerLookup(m map[string]string, s string) string {
	var buf [32]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	b, ok := lowerASCIIBytes(buf[:0], s)
	if !ok {
		return m[strings.ToLower(s)]
	}
	return m[string(b)]
}

// lowerContains is strings.Contains(strings.ToLower(s), sub) without the
// lower-case copy for a short ASCII s.
func lowerContains(s, sub string) bool {
	var buf [64]byte
	if len(s) > len(buf) {
		return strings.Contains(strings.ToLower(s), sub)
	}
	b, ok := lowerASCIIBytes(buf[:0], s)
	if !ok {
		return strings.Contains(strings.ToLower(s), sub)
	}
	return bytes.Contains(b, []byte(sub))
}

// genericDeathWord reports a figure counted as "deaths" or "fatalities"
// of everyone, not of a named group.
func genericDeathWord(toks []token, h catHit) bool {
	if h.e <= h.s || h.e > len(toks) {
		return false
	}
	switch toks[h.e-1].w {
	case "fatalities", "deaths", "toll", "dead":
		return true
	}
	return false
}

// mergeInterval looks after a figure for its interval or central
// estimate and folds it in; it returns the token after what it read.
func mergeInterval(toks []token, q *quantity, from int) (int, bool) {
	// "219,000 had died in the war by the end of 2024, with a 95%
	// confidence interval of 191,000 to 251,000": the interval may
	// come after the figure's own period.
	//
	// The bound is tested once, not at each word: a string comparison.
	point := q.bound == attrition.BoundPoint
	if !point && q.bound != attrition.BoundRange {
		return 0, false // neither has an interval or a central figure
	}
	lim := min(len(toks), from+24)
	for k := from; k < lim; k++ {
		// One switch on the word, which the compiler sorts by length.
		switch toks[k].w {
		case ".", ";":
			return 0, false
		case "(", "[":
			// "64,260 deaths in Gaza (55,298–78,525)": a bare range in
			// brackets that holds the figure is its interval.
			if !point || k+1 >= len(toks) || toks[k+1].k != tNum {
				continue
			}
			// ("(95% CI …)" goes on to its name.)
			r, ok := parseQuantity(toks, k+1)
			if !ok || r.bound != attrition.BoundRange || r.percent || r.low > q.best || r.high < q.best {
				continue
			}
			if w := word(toks, r.e); w != ")" && w != "]" {
				continue
			}
			q.low, q.high = r.low, r.high
			q.hasLow, q.hasHigh = true, true
			q.bound = attrition.BoundRange
			return r.e + 1, true
		case "interval", "range", "ci", "ui", "cri", "bounds", "limits":
			if !point {
				continue
			}
			for j := k + 1; j < lim+4 && j < len(toks); j++ {
				if toks[j].k != tNum {
					continue
				}
				r, ok := parseQuantity(toks, j)
				// "(95% CI: 55,298, 78,525)": the two ends apart by a
				// comma.
				if ok && r.bound == attrition.BoundPoint && !r.percent && word(toks, r.e) == "," && r.e+1 < len(toks) && toks[r.e+1].k == tNum {
					if b, ok2 := parseQuantity(toks, r.e+1); ok2 && b.bound == attrition.BoundPoint && !b.percent && r.best < b.best {
						if w := word(toks, b.e); w == ")" || w == "]" {
							r.low, r.high, r.bound, r.e = r.best, b.best, attrition.BoundRange, b.e
						}
					}
				}
				if !ok || r.bound != attrition.BoundRange || r.percent || r.low > q.best || r.high < q.best {
					return 0, false
				}
				q.low, q.high = r.low, r.high
				q.hasLow, q.hasHigh = true, true
				q.bound = attrition.BoundRange
				return r.e, true
			}
			return 0, false
		case "central", "median", "best":
			if point || word(toks, k+1) != "estimate" && word(toks, k+1) != "of" {
				continue
			}
			for j := k + 1; j < k+5 && j < len(toks); j++ {
				if toks[j].k != tNum {
					continue
				}
				r, ok := parseQuantity(toks, j)
				if !ok || r.bound != attrition.BoundPoint || r.best < q.low || r.best > q.high {
					return 0, false
				}
				q.best, q.hasBest = r.best, true
				return r.e, true
			}
			return 0, false
		}
	}
	return 0, false
}

// civilianNoun names people who are not fighters.
var civilianNoun = map[string]bool{
	"people": true, "civilians": true, "civilian": true, "residents": true, "children": true,
	"women": true, "persons": true, "villagers": true, "worshippers": true, "patients": true,
}

// speakerDeedKnown reports a figure a speaker's pronoun did to the
// enemy (speakerDeed), when the text gives the speaker's side; a deed
// told by its object ("taken 300 soldiers prisoner") only when that side
// has a known enemy.
func (d *docState) speakerDeedKnown(toks []token, h *catHit, s int, srcActor string) bool {
	who := srcActor
	if who == "" {
		who = d.lastActor
	}
	if who == "" || !speakerDeed(toks, h, s) {
		return false
	}
	if h.active {
		return true
	}
	_, ok := d.enemyOf(who)
	return ok
}

// claimVerb reports the verbs of a speaker's claim to its own deed:
// "claimed to have killed".
func claimVerb(w string) bool {
	switch w {
	case "claimed", "claims", "claim", "claiming", "boasted", "boasts":
		return true
	}
	return false
}

// speakerDeed reports a figure that a pronoun's deed counts: "it has
// killed 17,000 militants", "it had shot down two army drones", "claimed
// to have taken 80 soldiers prisoner".
func speakerDeed(toks []token, h *catHit, s int) bool {
	if h.active {
		return pronounSubject(toks, h.verbAt)
	}
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		if w := toks[k].w; w == "down" || w == "out" {
			continue
		}
		if toks[k].cls&clsAgentVerb != 0 || toks[k].w == "taken" {
			return pronounSubject(toks, k)
		}
		return false
	}
	return false
}

// pronounSubject reports "it has killed", "they killed": a pronoun
// subject right before the verb at k; or a speaker's claim of its own
// deed ("claimed to have killed").
func pronounSubject(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if verbHedge(toks[j].w) {
			continue
		}
		switch toks[j].w {
		case "it", "they", "we":
			return true
		case "to":
			return claimVerb(word(toks, j-1))
		case "has", "have", "had", "also", "now", "already", "so", "far":
			continue
		case "and":
			// "it had repelled the attack and killed hundreds": the
			// subject of the first verb of the pair.
			for m := j - 1; m >= 0 && m >= j-12; m-- {
				w := toks[m].w
				if w == "," || w == ";" || w == "." || toks[m].k == tNum || w == "that" || w == "while" || w == "but" {
					return false
				}
				if (w == "it" || w == "they" || w == "we") && m+1 < j {
					switch word(toks, m+1) {
					case "has", "have", "had":
						return true
					}
				}
				// "claimed to have shot down … and taken".
				if w == "to" && claimVerb(word(toks, m-1)) {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}

// breakdownCue reports words that make a figure part of the one before:
// "including 7,797 children", "of whom 373 were", "among them 45".
func breakdownCue(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch toks[k].w {
		case "including", "includes", "included", "whom", "among", "them", "incl":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// subsetCopula reports "were civilians", "were government soldiers and
// allied militiamen" after a figure: the figure names who some of the
// people just counted were, not a loss of its own.
func subsetCopula(toks []token, e int) bool {
	switch word(toks, e) {
	case "were", "are", "was", "is":
	default:
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		t := &toks[k]
		if t.k != tWord || t.cls&clsLoss != 0 && t.cls&clsPerson == 0 {
			return false
		}
		if t.cls&clsPerson != 0 {
			return true
		}
	}
	return false
}

// broughtDown reports "brought down" in the sentence: "Houthi air
// defences have brought down seven US MQ-9 Reaper drones". "brought"
// alone says nothing of losses ("brought the toll to …").
func broughtDown(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].w == "down" {
			switch toks[k-1].w {
			case "brought", "bring", "brings", "bringing":
				return true
			}
		}
	}
	return false
}

// timeLedEllipsis reports a bare figure led by its own time after the
// figure before: "In January, 150 civilians were killed; in February,
// 120; and in March, 164".
func timeLedEllipsis(toks []token, s, e int) bool {
	// ("and in the first week of June 8,400": the comma may be left out
	// after a month or year.)
	k0 := s - 2
	if word(toks, s-1) != "," {
		if s < 1 || toks[s-1].cls&clsMonth == 0 && !yearAt(toks, s-1) {
			return false
		}
		k0 = s - 1
	}
	switch word(toks, e) {
	case ";", ",", ".", "and", "":
	default:
		return false
	}
	timed := false
	// ("; by the end of 2024, 700,000", "; in the first half of 2025,
	// 180,000": the part of the year the time opens with.)
	for k := k0; k >= 0 && k >= s-8; k-- {
		t := &toks[k]
		if t.cls&clsMonth != 0 || yearAt(toks, k) {
			timed = true
			continue
		}
		switch t.w {
		case "in", "during", "for", "by":
			w := word(toks, k-1)
			return timed && (w == ";" || w == "," || w == "and")
		case "early", "late", "mid", "the", "of", "-", "end", "start", "beginning", "close", "middle", "first", "second", "half",
			"last", "final", "week", "fortnight":
			// ("; in the first week of June, 8,400".)
			continue
		}
		return false
	}
	return false
}

// ellipsisAfter reports what follows a second figure that shares the
// first one's verb and noun: "and some 2,800 in West Darfur", "and more
// than 14,000 in the Avdiivka direction", "and more than 900 in all".
func ellipsisAfter(toks []token, e int) bool {
	switch word(toks, e) {
	case "in":
	case "across", "throughout", "during", "over":
		// "and around 430,790 across the whole of 2024".
		return word(toks, e+1) == "the" || e+1 < len(toks) && (yearAt(toks, e+1) || toks[e+1].cls&clsMonth != 0)
	case "on":
		// "6,120 troops on 1-7 June and 7,480 on 8-11 June": another
		// day's. "3,000 were killed on the Iranian side and 1,500 on
		// the Iraqi side": another side's.
		if word(toks, e+1) == "the" && e+3 < len(toks) && toks[e+2].upper && word(toks, e+3) == "side" {
			return true
		}
		return e+1 < len(toks) && (toks[e+1].k == tNum && len(toks[e+1].w) <= 2 || toks[e+1].cls&clsMonth != 0 || weekdays[toks[e+1].w] != 0)
	case "when":
		// "68 were killed when a strike hit a market, and 80 when the
		// fuel port was bombed".
		return true
	default:
		return false
	}
	k := e + 1
	if word(toks, k) == "all" || word(toks, k) == "total" {
		return true
	}
	if word(toks, k) == "the" {
		k++
	}
	return k < len(toks) && toks[k].upper && toks[k].k == tWord && toks[k].cls&clsMonth == 0
}

// byHeading returns the category of a table's title that breaks a toll
// down ("Killings verified by AAPP, by state/region", "Deaths by
// province, 2024"): a loss noun among its first words, then "by" a
// place or time. "" for any other line.
func byHeading(toks []token) (string, bool) {
	if len(toks) > 24 {
		return "", false
	}
	from := 0
	// "Table 2: Civilian deaths in 2024 by perpetrator party".
	if w := word(toks, 0); (w == "table" || w == "figure" || w == "chart") && len(toks) > 3 && toks[1].k == tNum && (toks[2].w == ":" || isDash(toks[2].w) || toks[2].w == ".") {
		from = 3
	}
	// The loss noun first: most lines have none among their first words.
	cat := headingLoss(toks, from)
	if cat == "" {
		return "", false
	}
	for k := from; k < len(toks); k++ {
		t := &toks[k]
		if t.k == tNum && !yearAt(toks, k) && !dayOfMonthAt(toks, k) {
			return "", false
		}
		if t.w == "by" {
			switch word(toks, k+1) {
			case "state", "state/region", "region", "province", "governorate", "district", "oblast", "country", "month", "year", "week",
				"township", "county", "city", "area", "location", "department", "prefecture", "perpetrator", "party", "cause", "type",
				"age", "sex", "gender", "side", "group", "weapon":
				w := word(toks, k+1)
				return cat, w == "perpetrator" || w == "party" || w == "side"
			}
		}
	}
	return "", false
}

// headingLoss returns the category of the first loss noun among the
// four words from token from of a heading, or "".
func headingLoss(toks []token, from int) string {
	for k := from; k < len(toks) && k <= from+3; k++ {
		switch toks[k].w {
		case "killings", "deaths", "fatalities", "killed", "dead":
			return catKilled
		case "injuries", "injured", "wounded":
			return catWounded
		case "casualties":
			return catCasualties
		}
	}
	return ""
}

// wordLabelRow reports a row of a list or table whose label, all words,
// stands before the figure at s and a gap: "Sagaing Region    1,583".
func wordLabelRow(toks []token, s int) bool {
	if s < 2 || word(toks, s-1) != "|" || s+1 < len(toks) && toks[s+1].w != "|" {
		return false
	}
	// Cells of one figure each may stand between: "Syrian regime
	// forces | 512 | 98".
	k := s - 2
	for k >= 1 && toks[k].k == tNum && toks[k-1].w == "|" {
		k -= 2
	}
	if k < 0 {
		return false
	}
	for ; k >= 0; k-- {
		if toks[k].w == "|" || toks[k].k == tNum {
			return false
		}
	}
	return true
}

// monthAsideBefore reports the figure of another month in brackets
// after the one it is compared with: "Documented deaths: 6,671
// (February: 1,802)".
func monthAsideBefore(toks []token, s int) bool {
	return s >= 3 && word(toks, s-1) == ":" && toks[s-2].cls&clsMonth != 0 && word(toks, s-3) == "("
}

// peopleRowLabel reports a row of a list or table whose label names
// people alone, no loss, before the figure at s: "Civilians ........
// 4,946", "of whom children .... 412", "Loyalist gunmen / former regime
// remnants .... 591" under the toll they break down.
func peopleRowLabel(toks []token, s int) bool {
	if word(toks, s-1) != "|" || s+1 < len(toks) && toks[s+1].w != "|" && toks[s+1].w != "(" {
		return false
	}
	person := false
	for k := s - 2; k >= 0; k-- {
		t := &toks[k]
		if t.w == "|" || t.k == tNum {
			return false
		}
		if t.cls&clsPerson != 0 {
			person = true
		}
		if t.cls&clsCat != 0 {
			if _, _, ok := personnelIx.match(toks, k); ok {
				return false
			}
		}
	}
	return person
}

// toRecordBefore reports the end of a change told as a record: "from
// about 28,000 in January to a record 48,670 in December".
func toRecordBefore(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "record", "high", "peak":
	default:
		return false
	}
	w := word(toks, s-2)
	if w == "new" || w == "all-time" {
		w = word(toks, s-3)
		s--
	}
	return (w == "a" || w == "the") && word(toks, s-3) == "to"
}

// figureOfBefore reports a figure named as another count's: "slightly
// below the July figure of about 31,000", "above last year's total of
// 4,100".
func figureOfBefore(toks []token, s int) bool {
	if word(toks, s-1) != "of" {
		return false
	}
	switch word(toks, s-2) {
	case "figure", "total", "toll", "tally", "count", "level":
	default:
		return false
	}
	for k := s - 3; k >= 0 && k >= s-6; k-- {
		switch toks[k].w {
		case "below", "above", "than", "under", "over", "from", "with", "against", "exceeding", "beyond":
			return true
		}
	}
	return false
}

// byEllipsis reports a figure that shares the verb of the one before and
// names only by whom: "1,031 were killed by forces of the former regime,
// 203 by Russian forces and 412 by Turkish-backed factions".
func byEllipsis(toks []token, q *quantity) bool {
	if word(toks, q.e) != "by" {
		return false
	}
	switch word(toks, q.s-1) {
	case ",", "and":
	default:
		return false
	}
	for k := q.s - 2; k >= 0 && k >= q.s-20; k-- {
		if toks[k].w == "by" {
			return true
		}
		if toks[k].w == "." || toks[k].w == ";" {
			break
		}
	}
	return false
}

// estBracketAt reports a bracketed hedge at k: "(est.)", "(approx.)",
// "(estimated)".
func estBracketAt(toks []token, k int) bool {
	if word(toks, k) != "(" {
		return false
	}
	switch word(toks, k+1) {
	case "est", "estimate", "estimated", "approx", "approximately", "approximate", "ca", "c":
	default:
		return false
	}
	return word(toks, k+2) == ")" || word(toks, k+2) == "." && word(toks, k+3) == ")"
}

// yearOnlyAt reports a year at k written alone, no month or day before
// it: "as of 2025", "(Mediazona, 2025)", not "as of 31 December 2025".
func yearOnlyAt(toks []token, k int) bool {
	if k < 0 || k >= len(toks) || !yearAt(toks, k) {
		return false
	}
	// ("could reach 500,000 by 2025", "by the end of 2025": a
	// projection's year.)
	return k == 0 || toks[k-1].k != tNum && toks[k-1].cls&clsMonth == 0 && toks[k-1].w != "by" && !(toks[k-1].w == "of" && word(toks, k-2) != "as")
}

// sourcedAlternative reports a bare figure after a list's comma,
// semicolon or "and" that names only its own source, in brackets or
// after "by", right after it: "…, 172,000 (UK MoD)", "and 250,000 by
// CSIS".
func (d *docState) sourcedAlternative(toks []token, q *quantity) bool {
	switch word(toks, q.s-1) {
	case ",", ";", "and", "or", "versus", "vs":
	default:
		return false
	}
	if w := word(toks, q.e); w != "(" && w != "by" {
		return false
	}
	for i := range d.attrs {
		if d.attrs[i].s == q.e {
			return true
		}
	}
	return false
}

// asWellAs reports a second people's figure joined by "as well as":
// "187 social leaders killed during the year, …, as well as 48 former
// FARC combatants".
func asWellAs(toks []token, s int) bool {
	return word(toks, s-1) == "as" && word(toks, s-2) == "well" && word(toks, s-3) == "as"
}

// ownTimeTotal is the token of the verb of "bringing its June losses
// to 12,400", "raising the week's toll to 140" before the figure at s
// when a period phrase stands between the verb and the figure, or -1.
func ownTimeTotal(toks []token, periods []periodHit, s int) int {
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		if w := toks[k].w; totalVerb(w) {
			for i := range periods {
				if p := &periods[i]; p.s > k && p.e <= s && (p.kind == pSpan || p.kind == pSince) {
					return k
				}
			}
			return -1
		} else if w == "," || w == "." || w == ";" || toks[k].k == tNum {
			return -1
		}
	}
	return -1
}

// bringingBefore reports "bringing" or "taking" a few words before s:
// "bringing its total to 931,540".
func bringingBefore(toks []token, s int) bool {
	return bringingAt(toks, s) >= 0
}

// bringingAt is where bringingBefore's verb stands, or -1.
func bringingAt(toks []token, s int) int {
	// ("bringing the death toll in Gaza to 55,104": a place between.)
	for k := s - 1; k >= 0 && k >= s-9; k-- {
		switch toks[k].w {
		case "bringing", "taking", "raising", "pushing":
			return k
		case ",", ".", ";":
			return -1
		}
	}
	return -1
}

// comparesOpening reports a sentence that opens by comparing what the
// one before counted: "That compares with 11,370 in the previous week".
func comparesOpening(toks []token) bool {
	switch word(toks, 0) {
	case "that", "this", "it":
		switch word(toks, 1) {
		case "compares", "compared":
			return true
		}
	case "the":
		// "The Russian figure is up from 3,150 a year earlier", "The
		// toll, up from 1,018 announced on Sunday, …".
		for k := 1; k < len(toks) && k <= 4; k++ {
			switch toks[k].w {
			case "figure", "total", "toll", "count", "tally", "number":
				switch word(toks, k+1) {
				case "is", "was", "has", "had", "rose", "fell", "climbed":
					return true
				case ",":
					if w := word(toks, k+2); w == "up" || w == "down" {
						return true
					}
				}
			}
		}
	}
	return false
}

// placedCopula reports a part of the people counted before told by where
// or how it was counted: "Of these, about 4,200 were recorded in
// Khartoum state".
func placedCopula(toks []token, e int) bool {
	switch word(toks, e) {
	case "were", "was":
	default:
		return false
	}
	switch word(toks, e+1) {
	case "recorded", "reported", "documented", "registered", "counted", "in":
		return true
	}
	return false
}

// breakdownNext reports a figure that follows another of people in
// the sentence's breakdown: "1,062 dead, including 417 civilians and 398
// military personnel" is no tally's personnel line.
func (d *docState) breakdownNext(toks []token, s int) bool {
	if w := word(toks, s-1); w != "and" && w != "," {
		return false
	}
	p := d.lastPeople()
	return p != nil && p.sentence == d.nsent
}

// eventsAfter reports a count of events after the figure at e, not of
// people or equipment: "from fewer than 20 recorded attacks in 2023".
func eventsAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k <= e+1; k++ {
		switch w := toks[k].w; {
		case eventNoun(w), w == "events", w == "clashes", w == "operations", w == "missions", w == "battles":
			return true
		}
		if toks[k].k != tWord {
			return false
		}
	}
	return false
}

// eventNoun reports a noun for attacks that a figure before it counts:
// "20 recorded attacks", "61 military airstrikes". (Not "clashes": "76
// in clashes" is the people captured in them.)
func eventNoun(w string) bool {
	switch w {
	case "attacks", "strikes", "incidents", "raids", "sorties", "airstrikes", "assaults", "bombardments":
		return true
	}
	return false
}

// lossWordIn reports a word of loss in tokens [a, b): "(24 civilians,
// 11 of them children)" after "causes of civilian death" counts the
// dead; "uprooted 11 million people, 3.1 million of them" does not.
func lossWordIn(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].cls&clsLoss != 0 || toks[k].w == "death" || toks[k].w == "deaths" || toks[k].w == "dead" {
			return true
		}
	}
	return false
}

// otherDeedBefore reports a verb of some deed other than a loss right
// before the figure at s: "arrested 35", "evacuated 200", "rescued 58".
func otherDeedBefore(toks []token, s int) bool {
	if s < 1 {
		return false
	}
	t := &toks[s-1]
	if t.w == "left" || t.w == "forced" {
		// "and left 19.5 million people in need": a deed, not a loss,
		// when no loss word follows.
		return true
	}
	if t.k != tWord || t.upper || len(t.w) < 5 || !strings.HasSuffix(t.w, "ed") {
		return false
	}
	switch t.w {
	case "attributed", "ascribed", "blamed", "linked", "recorded", "documented", "verified", "identified", "registered", "confirmed", "named", "listed":
		// "of which it attributed 1,068 to government forces": the
		// dead counted, told apart.
		return false
	}
	return t.cls&(clsBack|clsCat|clsCatEnd|clsLoss|clsSource|clsPeriod|clsStatus|clsSpeechVerbs|clsShapeLast|clsNum|clsFiller) == 0
}

// groupCopula reports a part of the people counted before named by
// their community or nation, with no noun of people: "Of those, 354 were
// members of the security forces and 21 were Bedouin", "12 were Alawites".
func groupCopula(toks []token, e int) bool {
	switch word(toks, e) {
	case "were", "are":
	default:
		return false
	}
	t := word(toks, e+1)
	if t == "" || toks[e+1].k != tWord || !toks[e+1].upper || toks[e+1].cls&(clsMonth|clsSource) != 0 {
		return false
	}
	switch word(toks, e+2) {
	case "", ",", ".", ";", "and", ")":
		return true
	}
	return false
}

// totalCue reports "bringing the total to 711,950": a running total of
// what the sentence counted before.
func totalCue(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-12; k-- {
		switch toks[k].w {
		case "total", "tally", "overall":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// stockOrFuture reports veto words around a figure without a category.
func stockOrFuture(toks []token, s, e int) bool {
	// Within the figure's clause only: "413, including 183 children,
	// while 562 injured were received" vetoes nothing of the children.
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		if vetoStop(toks[k].w) {
			break
		}
		if vetoAt(toks, k) {
			return true
		}
	}
	for k := s; k < min(len(toks), e+12); k++ {
		// "including 14 who were waiting for aid": what the people were
		// doing, not what the figure counts.
		// "…, officials said Sunday, as Moscow launched 145 drones": a
		// verb of saying closes the figure's clause.
		if vetoStop(toks[k].w) || k == e && toks[k].w == "who" || k > e+1 && toks[k].cls&clsSpeechVerbs != 0 && toks[k].k == tWord && (toks[k-1].w == "," || toks[k-2].w == ",") {
			break
		}
		// ", about a fifth of them men mobilised": another figure's
		// clause.
		if nx := word(toks, k+1); toks[k].w == "," && k >= e && nx != "or" && nx != "including" && nx != "among" && figureWithin(toks, k+1, k+4) {
			break
		}
		if vetoAt(toks, k) {
			return true
		}
	}
	return false
}

// otherFigureFirst reports a comma and then another figure between the
// end of a figure at e and a period phrase at ps: "roughly 200 a day,
// about a fifth of them mobilised in the autumn of 2022".
func otherFigureFirst(toks []token, e, ps int) bool {
	comma := false
	for k := e; k < ps; k++ {
		t := &toks[k]
		switch {
		case t.w == ",":
			comma = true
		case comma && t.k == tNum:
			return true
		case comma && (t.w == "a" || t.w == "an") && (hasCls(toks, k+1, clsFraction|clsScale) || word(toks, k+1) == "dozen"):
			return true
		case comma && t.k == tWord && t.cls&clsNum != 0 && t.w != "a" && t.w != "an" && t.w != "one":
			return true
		}
	}
	return false
}

// figureWithin reports a token that starts a figure in [a, b).
func figureWithin(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		t := &toks[k]
		if (t.w == "a" || t.w == "an") && !hasCls(toks, k+1, clsFraction|clsScale) && word(toks, k+1) != "dozen" {
			continue
		}
		if startsNumber(t) {
			return true
		}
	}
	return false
}

// vetoStop ends the clause a veto word is looked for in.
func vetoStop(w string) bool {
	return w == "." || w == ";" || w == "while" || w == "whereas" || w == "but"
}

// namedList reports the words of a count by name: "identified 62,000",
// "the names of 111,387", "confirmed by name".
func namedList(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].w {
		case "identified", "names", "named", "name":
			// "who asked not to be named" speaks of a witness.
			if b := word(toks, k-1); b == "be" || b == "being" || b == "not" {
				continue
			}
			// "their names will be announced once their families have
			// been informed": no list yet.
			if a := word(toks, k+1); a == "will" || a == "would" || a == "withheld" {
				continue
			}
			// "The army announced the names of two soldiers who fell": an
			// announcement of these dead, not a list that only grows.
			if word(toks, k-1) == "the" {
				if v := word(toks, k-2); v == "announced" || v == "released" || v == "announces" || v == "releases" {
					continue
				}
			}
			return true
		}
	}
	return false
}

// figureBetween reports a figure other than [s, e) inside tokens [a, b).
func figureBetween(toks []token, a, b, s, e int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if k >= s && k < e {
			continue
		}
		if figureToken(toks, k) {
			return true
		}
	}
	return false
}

// figureToken reports a figure token that is not a year or a day of a
// month, for figureBetween.
func figureToken(toks []token, k int) bool {
	if toks[k].k != tNum || toks[k].glued {
		return false
	}
	if _, ok := yearOf(&toks[k]); ok {
		return false
	}
	if len(toks[k].w) <= 2 && k+1 < len(toks) && monthAt(toks, k+1) != 0 {
		return false
	}
	if monthAt(toks, k-1) != 0 {
		return false
	}
	return true
}

// statusVerbBefore returns the status a verb before an equipment list
// gives ("seized 17 tanks, 52 armoured vehicles and ..." → captured).
// minimumAfter reports a figure its source calls a floor, in the clause
// after it: "6,231 people have been killed, a figure it describes as a
// minimum", "which the group calls a lower bound".
func minimumAfter(toks []token, e int) bool {
	appos := false
	for k := e; k < len(toks) && k < e+16; k++ {
		switch toks[k].w {
		case "figure", "count", "number", "total", "toll":
			// ", a figure it describes as …": the figure itself.
			appos = appos || word(toks, k-1) == "a" && word(toks, k-2) == ","
		case "minimum", "floor":
			return appos && word(toks, k-1) == "a"
		case "lower":
			return appos && word(toks, k-1) == "a" && word(toks, k+1) == "bound"
		case ";", ".", "while", "but", "whereas":
			return false
		}
		if toks[k].k == tNum {
			return false
		}
	}
	return false
}

// statusEither reports two statuses joined by "or" in tokens [a, b):
// "destroyed or damaged".
func statusEither(toks []token, a, b int) bool {
	for k := a; k+2 < b; k++ {
		// "destroyed or damaged"; "destroyed, damaged, abandoned or
		// captured".
		if (toks[k+1].w == "or" || toks[k+1].w == ",") && statusOf(&toks[k]) != "" && statusOf(&toks[k+2]) != "" {
			return true
		}
	}
	return false
}

func statusVerbBefore(toks []token, s int) string {
	for k := s - 1; k >= 0 && k >= s-12; k-- {
		// "3,000 destroyed artillery systems and one submarine": the
		// status of the item before, not a verb over this one.
		if k > 0 && toks[k-1].k == tNum && toks[k].cls&clsStatus != 0 {
			return ""
		}
		switch toks[k].w {
		case "seized", "captured", "capturing", "seizing":
			return attrition.StatusCaptured
		case "destroyed", "destroying", "burned", "burnt", "torched", "blew", "blown":
			return attrition.StatusDestroyed
		case "damaged":
			return attrition.StatusDamaged
		case "abandoned":
			return attrition.StatusAbandoned
		case ".", ";", ":", "lost", "losses", "of":
			return ""
		case "including":
			// "destroyed 60 air defence systems, including two
			// S-300s": the whole's verb is the part's.
			if k != s-1 {
				return ""
			}
		}
		if toks[k].k == tNum && k < s-1 && !(k+1 < len(toks) && toks[k+1].cls&clsCat != 0) {
			continue
		}
	}
	return ""
}

// statusAfterList reads the status that closes a list of equipment the
// item ending at e opens or goes on: "2 Hummers, 2 armoured vehicles and
// 3 troop carriers destroyed".
func statusAfterList(toks []token, e int) string {
	le := listEnd(toks, e)
	if le == e {
		return ""
	}
	if n := word(toks, le+1); n != "" && n != ";" && n != "." && n != "," {
		return ""
	}
	return statusWords[word(toks, le)]
}

// incrementBefore reports an increment's figure right before a period
// phrase at s: "up 1,110 from the previous day", "another 1,140 over the
// past day".
func incrementBefore(toks []token, s int) bool {
	k := s - 1
	for n := 0; n < 3 && k > 0; n++ {
		switch toks[k].w {
		case "the", "from", "over", "in", "on", "since", "a":
			k--
			continue
		}
		break
	}
	return k >= 1 && startsNumber(&toks[k]) && anotherAt(toks, k-1)
}

// partTimedBefore reports a part's figure right before the time at s:
// "since February 2022, including 1,140 over the past day, as well as
// 10,921 tanks" (Ukrinform's daily form). The time is the part's alone,
// not that of the figures after it.
func partTimedBefore(toks []token, s int) bool {
	k := s - 1
	for n := 0; n < 3 && k > 0; n++ {
		switch toks[k].w {
		case "the", "from", "over", "in", "on", "during", "within", "a":
			k--
			continue
		}
		break
	}
	// The people counted: "including 1,140 people over the past day".
	if k > 0 && toks[k].k == tWord && toks[k].cls&(clsCat|clsPerson) != 0 && !startsNumber(&toks[k]) {
		k--
	}
	if k < 1 || !startsNumber(&toks[k]) {
		return false
	}
	switch toks[k-1].w {
	case "including", "among", "with":
		// ("including two between 9 and 15 July, when five more were
		// injured": the time goes on to a figure of the same days.)
		for j := s; j < len(toks) && j < s+8; j++ {
			if toks[j].w == "when" {
				return false
			}
		}
		return true
	}
	return false
}

// speakerLostToo reports a loss verb before the figure at s whose
// subject is the speaker's pronoun of a verb before it: "said it killed
// 100 Hamas fighters and lost four soldiers".
func speakerLostToo(toks []token, s int) bool {
	// s is the quantity's start, its hedge or bound included.
	k := s - 1
	// ("…, while losing 11 soldiers", "at the cost of nine".)
	switch w, b := word(toks, k), word(toks, k-1); {
	case ownLossVerb(w) && b == "and":
	case (w == "losing" || w == "suffering") && (b == "while" || b == "," || b == "and" || b == "but"):
	case w == "of" && b == "cost" && word(toks, k-2) == "the" && word(toks, k-3) == "at":
		k -= 2
	default:
		return false
	}
	for j := k - 2; j >= 1 && j >= k-16; j-- {
		switch toks[j].w {
		case ".", ";", ":":
			return false
		case "it", "they":
			return toks[j-1].cls&clsSpeechVerbs != 0
		case "its", "their":
			// "said its forces killed more than 500 … and lost 15".
			switch word(toks, j+1) {
			case "forces", "troops", "fighters", "army", "soldiers", "units":
				return toks[j-1].cls&clsSpeechVerbs != 0
			}
			return false
		}
	}
	return false
}

// skipOnlyBefore returns k, or the word before the "only" at k that
// plays a figure down: "said it lost only 15 servicemen", "lost just
// nine".
func skipOnlyBefore(toks []token, k int) int {
	switch word(toks, k) {
	case "only", "just", "merely":
		return k - 1
	}
	return k
}

// killerLostToo returns the side that killed in the clause before the
// figure at s and is the subject of its loss too: "The RSF killed 30
// soldiers but lost 50 of its own", "JNIM fighters killed 20 Malian
// soldiers and lost 8", "…, while losing 11". "" when there is none.
func killerLostToo(toks []token, ms []mention, s int) string {
	k := skipOnlyBefore(toks, s-1)
	switch w, b := word(toks, k), word(toks, k-1); {
	case ownLossVerb(w) && (b == "and" || b == "but"):
	case (w == "losing" || w == "suffering") && (b == "while" || b == "," || b == "and" || b == "but"):
	default:
		return ""
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.e > k || m.s < k-16 {
			continue
		}
		// Only the doer of the clause before ("Israel said it killed
		// …" is speakerLostToo's), with no sentence break between; the
		// side of the dead it killed ("20 Malian soldiers") is passed.
		if !m.agent && !m.loc && !m.enemy && m.s > 0 && startsNumber(&toks[m.s-1]) {
			continue
		}
		if !m.agent || m.enemy || m.loc || m.actor == "" {
			return ""
		}
		for j := m.e; j < k; j++ {
			switch toks[j].w {
			case ".", ";", ":", "it", "they":
				return ""
			}
			if toks[j].cls&clsSpeechVerbs != 0 {
				return ""
			}
		}
		return m.actor
	}
	return ""
}

// ownLossVerb reports a verb whose subject suffers the loss: "lost",
// "suffered", "sustained".
func ownLossVerb(w string) bool {
	return w == "lost" || w == "suffered" || w == "sustained"
}

// figureAtBefore reports another's figure for the count just given:
// "The UN put the figure at 232", "estimates the toll at 8,500".
func figureAtBefore(toks []token, s int) bool {
	k := s - 1
	// ("put the figure closer to 130": the bound's words, and no
	// "at", are the quantity's own.)
	if word(toks, k) == "at" {
		k--
	}
	switch word(toks, k) {
	case "figure", "toll", "number", "count", "tally":
		if word(toks, k-1) != "the" {
			return false
		}
		k -= 2
	case "it", "them":
		// "Oryx puts it at 4,000": the count just told, by another.
		if word(toks, k+1) != "at" {
			return false
		}
		k--
	default:
		return false
	}
	switch word(toks, k) {
	case "put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places", "placing",
		"assessed", "assesses", "assess", "pegged", "pegs", "set", "sets":
		return true
	}
	return false
}

// noteCountTopic keeps the losses a sentence with no figure says a
// count is of: "UK Defence Intelligence provides a monthly estimate of
// Russian casualties. In May, it assessed the figure at 39,870."
func (d *docState) noteCountTopic(toks []token) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].w != "of" {
			continue
		}
		switch toks[k-1].w {
		case "estimate", "estimates", "count", "counts", "tally", "tallies", "assessment", "assessments":
		default:
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+4 && (hasCls(toks, j, clsActorWord) || toks[j].w == "the" || toks[j].w == "its" || toks[j].w == "their") {
			j++
		}
		p, _, ok := personnelIx.match(toks, j)
		if !ok || p.category == "" {
			continue
		}
		t := &docClaim{sentence: d.nsent}
		t.Category, t.Actor = p.category, actorIn(toks, k+1, j)
		if t.Category == catLost {
			t.Category = catCasualties
		}
		// A side's casualties are its army's, as a figure's are.
		if t.Actor != "" {
			t.Population = attrition.PopulationMilitary
		}
		d.countTopic = t
		return
	}
}

// otherEstimateBefore reports a count set against the one just told by
// its size alone: "Western estimates are lower, at around 800,000",
// "Independent counts are far higher: 1.2 million".
func otherEstimateBefore(toks []token, s int) bool {
	k := s - 1
	if w := word(toks, k); w == "at" || w == ":" || w == "," {
		k--
	}
	if word(toks, k) == "," {
		k--
	}
	switch word(toks, k) {
	case "lower", "higher", "smaller", "larger", "greater", "bigger":
	default:
		return false
	}
	k--
	switch word(toks, k) {
	case "much", "far", "considerably", "significantly", "substantially", "even", "somewhat", "slightly":
		k--
	}
	switch word(toks, k) {
	case "is", "are", "was", "were":
	default:
		return false
	}
	switch word(toks, k-1) {
	case "estimate", "estimates", "figure", "figures", "count", "counts", "tally", "tallies", "number", "numbers", "toll", "tolls":
		return true
	}
	return false
}

// sideLedEllipsis reports a bare figure led by a side after "and" or a
// comma: "…, and Ukraine about 400,000", "lost 45 soldiers and Ukraine
// 12", "… while Hezbollah 4,000", "…; Ukraine: 7,500".
func sideLedEllipsis(toks []token, s int) bool {
	k := s - 1
	// "Equipment losses: Russia – 20,000+; Ukraine – 7,500+": the side
	// as the label of the list's next item.
	if k > 1 && (toks[k].w == ":" || labelDashAt(toks, k)) {
		k--
	}
	// "Hamas, it said, about 300": a speaker's aside between side and
	// figure.
	if k > 4 && toks[k].w == "," {
		for j := k - 3; j <= k-2; j++ {
			if toks[j].w == "," && saidAside(toks, j+1) == k-j-1 {
				k = j - 1
				break
			}
		}
	}
	// "and the Ukrainian army 40", "and the rebels about 90": the side's
	// forces by their common noun, after its name or alone.
	forces := 0
	for k >= 0 && forces < 2 && toks[k].k == tWord && !toks[k].upper && sideForceNoun(toks[k].w) {
		k--
		forces++
	}
	n := 0
	for k >= 0 && n < 3 && toks[k].cls&clsActor != 0 && toks[k].k == tWord && toks[k].upper {
		k--
		n++
	}
	if n == 0 && (forces == 0 || word(toks, k) != "the") || k < 1 {
		return false
	}
	// ("and the United States 36,574".)
	if toks[k].w == "the" {
		k--
	}
	switch word(toks, k) {
	case "and", "while", "whereas", ",", ";":
		return true
	}
	return false
}

// sideForceNoun reports the common nouns a side's forces go by when
// they lead a clause whose verb is left out: "the Malian army 15",
// "the rebels about 90".
func sideForceNoun(w string) bool {
	switch w {
	case "army", "military", "forces", "troops", "side", "rebels", "militants", "militia", "militias", "insurgents", "fighters", "paramilitaries":
		return true
	}
	return false
}

// presentTotalBefore reports a verb that gives a total as it stands
// right before the figure at s: "number 250,000", "stand at", "has
// passed".
func presentTotalBefore(toks []token, s int) bool {
	// (s is the quantity's start, its hedge included.)
	k := s - 1
	if word(toks, k) == "at" {
		k--
	}
	switch word(toks, k) {
	case "number", "numbers", "stand", "stands", "is", "are", "total", "totals", "exceed", "exceeds", "top", "tops", "surpass", "surpasses":
		return true
	case "reached", "passed", "exceeded", "topped", "surpassed":
		w := word(toks, k-1)
		return w == "has" || w == "have"
	}
	return false
}

// anotherBetween reports "another", "further" or "additional" in tokens
// [a, b).
func anotherBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if anotherAt(toks, k) {
			return true
		}
	}
	return false
}

// anotherAt is anotherBetween's test of one token; sentCues counts it.
func anotherAt(toks []token, k int) bool {
	switch toks[k].w {
	case "another", "further", "additional":
		return true
	case "increase", "rise":
		// "after an increase of 1,680 over the past day".
		return word(toks, k+1) == "of" && k+2 < len(toks) && startsNumber(&toks[k+2])
	case "up":
		// "407,170 personnel, up 1,110 from the previous day".
		return word(toks, k-1) == "," && k+1 < len(toks) && startsNumber(&toks[k+1])
	}
	return false
}

// cumulativeCue reports words that give a running total at a moment:
// "stood at", "put ... at", "had been killed", "dates from".
func cumulativeCue(toks []token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		// cumulativeAt's words are all cue words (cueWords): the class
		// bit spares the others its switch.
		if toks[k].cls&clsCue != 0 && cumulativeAt(toks, k) {
			return true
		}
	}
	return false
}

// totalledIn reports "deaths totalled 232 in June": the verb sums the
// month's losses, whose span follows the figure; it is no running total
// dated by the month.
func totalledIn(toks []token, s, e int, p *periodHit) bool {
	if p.s < e || p.s > e+1 || word(toks, p.s) != "in" || p.end.Sub(p.start) < 27 {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		switch toks[k].w {
		case "totalled", "totaled":
			return true
		case "more", "than", "over", "about", "some", "around", "nearly", "almost", "at", "least", "roughly":
			continue
		}
		return false
	}
	return false
}

// cumulativeAt is cumulativeCue's test of one token; sentCues counts it.
func cumulativeAt(toks []token, k int) bool {
	switch toks[k].w {
	case "stood", "stands", "stand", "put", "puts", "putting", "dates", "dated", "totalled", "totaled", "tally":
		return true
	case "topped", "surpassed", "exceeded", "passed", "crossed":
		// "losses topped one million in June": a milestone of the
		// running total, dated by when it was passed.
		return true
	case "rose", "risen", "climbed", "reached", "jumped", "increased", "grew", "surged": // riseToVerb's
		// "Russian losses rose to 770,000 on Friday": a running total
		// on a day; not the toll of one attack ("the toll from
		// Sunday's strike rose to 42"), nor a day's count ("the number
		// of dead yesterday reached 413").
		// The total's own noun is the verb's subject, right before it.
		// ("casualties have likely reached": past the auxiliary and the
		// estimative word.)
		b := k - 1
		for n := 0; n < 3; n++ {
			if w := word(toks, b); w == "has" || w == "have" || w == "had" || verbHedge(w) {
				b--
			}
		}
		switch word(toks, b) {
		case "losses", "toll", "total", "tally", "casualties":
			if w := word(toks, k+1); w == "to" || toks[k].w == "reached" {
				return true
			}
		}
	case "had":
		// "1,000 had been killed by then" is a state; "it had
		// killed 89 on 21 March" reports an event.
		if w := word(toks, k+1); w == "been" || w == "reached" || w == "risen" || w == "passed" || w == "exceeded" {
			return true
		}
	}
	return false
}

// onWeekdayOfLosses reports "on Wednesday" at s dating what was just
// told, not a truce that came into force on it ("a ceasefire on
// Tuesday") nor a date that fixes the end of a longer span.
func onWeekdayOfLosses(toks []token, s int) bool {
	if word(toks, s) != "on" {
		return false
	}
	if _, ok := weekdays[word(toks, s+1)]; !ok {
		return false
	}
	switch b := word(toks, s-1); b {
	case "ceasefire", "truce", "effect", "force", "announced", "said":
		return false
	default:
		return !spanBoundWord(b)
	}
}

// sameDayAt reports "on the same day" at s: the day of the figure told
// before, on which these losses fell too.
func sameDayAt(toks []token, s int) bool {
	return word(toks, s) == "on" && word(toks, s+1) == "the" && word(toks, s+2) == "same" && word(toks, s+3) == "day"
}

// spanBoundWord reports a verb after which a day bounds a longer span
// ("the war, which ended on 10 November") rather than dating an event.
func spanBoundWord(w string) bool {
	switch w {
	case "ended", "began", "begun", "started", "until":
		return true
	}
	return false
}

// onlyHadCue reports that the only running-total cue in toks[a:b] is
// "had been": "12 civilians had been killed in air strikes on Wednesday
// and Thursday" is the reported "were killed" of an event dated by the
// day after it, not a total standing on that day.
func onlyHadCue(toks []token, a, b int) bool {
	had := false
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if toks[k].cls&clsCue != 0 && cumulativeAt(toks, k) {
			if toks[k].w != "had" {
				return false
			}
			had = true
		}
	}
	return had
}

// checkCategories flags figures of one text that break the category
// arithmetic: killed above casualties for the same side and period.
func (d *docState) checkCategories() {
	// Claims group by side and period; a group's categories are few, so
	// each group keeps them as a short list in one slab reused across
	// documents. catGroup numbers a claim's group once; the second pass
	// reads the number kept in catGroupOf.
	clear(d.catGroups)
	d.catKeys = d.catKeys[:0]
	d.catBounds = d.catBounds[:0]
	d.catHeads = d.catHeads[:0]
	d.catGroupOf = d.catGroupOf[:0]
	// (Claims of no side may be of different sides: no conflict.)
	relevant := func(c *docClaim) bool { return !attrition.IsEquipment(c.Category) && c.Per == "" && c.Actor != "" }
	for i := range d.claims {
		c := &d.claims[i]
		if !relevant(c) {
			d.catGroupOf = append(d.catGroupOf, -1)
			continue
		}
		g := d.catGroup(catGroupKey{c.Actor, c.PeriodStart, c.PeriodEnd})
		d.catGroupOf = append(d.catGroupOf, g)
		head := d.catHeads[g]
		j := head
		for j >= 0 && d.catBounds[j].cat != c.Category {
			j = d.catBounds[j].next
		}
		if j < 0 {
			d.catBounds = append(d.catBounds, catBound{cat: c.Category, next: head})
			j = int32(len(d.catBounds) - 1)
			d.catHeads[g] = j
		}
		b := &d.catBounds[j]
		if c.Low != nil && (!b.hasLow || *c.Low > b.maxLow) {
			b.maxLow, b.hasLow = *c.Low, true
		}
		if c.High != nil && (!b.hasHigh || *c.High < b.minHigh) {
			b.minHigh, b.hasHigh = *c.High, true
		}
	}
	for i := range d.claims {
		c := &d.claims[i]
		g := d.catGroupOf[i]
		if g < 0 {
			continue
		}
		head := d.catHeads[g]
		if d.catBounds[head].next < 0 {
			continue // one category only
		}
		for j := head; j >= 0; j = d.catBounds[j].next {
			b := &d.catBounds[j]
			if b.cat == c.Category {
				continue
			}
			// c below cat: c's floor above cat's lowest ceiling.
			if c.Low != nil && b.hasHigh && *c.Low > b.minHigh && atMost(c.Category, b.cat) {
				c.AddFlag(attrition.FlagCategoryConflict)
				break
			}
			// c above cat: cat's highest floor above c's ceiling.
			if c.High != nil && b.hasLow && b.maxLow > *c.High && atMost(b.cat, c.Category) {
				c.AddFlag(attrition.FlagCategoryConflict)
				break
			}
		}
	}
}

// atMost is attrition.AtMost, read from a table for the personnel
// categories: the registry's walk compares strings down every chain of
// relations, for each pair of a group's categories.
func atMost(a, b string) bool {
	if i, j := personnelIndex(a), personnelIndex(b); i >= 0 && j >= 0 {
		return personnelAtMost[i][j]
	}
	return attrition.AtMost(a, b)
}

// personnelIndex returns c's index in attrition.PersonnelCategories, or
// -1 for any other category.
func personnelIndex(c string) int {
	switch c {
	case attrition.CategoryCasualties:
		return 0
	case attrition.CategoryPermanentLosses:
		return 1
	case attrition.CategoryKilledOrMissing:
		return 2
	case attrition.CategoryKilled:
		return 3
	case attrition.CategoryWounded:
		return 4
	case attrition.CategoryMissing:
		return 5
	case attrition.CategoryCaptured:
		return 6
	}
	return -1
}

// personnelAtMost holds attrition.AtMost of every pair of personnel
// categories, by personnelIndex.
var personnelAtMost = func() (t [7][7]bool) {
	for _, a := range attrition.PersonnelCategories {
		for _, b := range attrition.PersonnelCategories {
			// (A category personnelIndex does not know is walked.)
			if i, j := personnelIndex(a), personnelIndex(b); i >= 0 && j >= 0 {
				t[i][j] = attrition.AtMost(a, b)
			}
		}
	}
	return t
}()

// sumParts lists, for each whole, categories that count disjoint people
// within it: the dead, the wounded, the missing and the captured are
// never the same person, so their figures add up to at most the whole.
var sumParts = []struct {
	whole string
	parts []string
}{
	{attrition.CategoryCasualties, []string{attrition.CategoryKilled, attrition.CategoryWounded, attrition.CategoryMissing, attrition.CategoryCaptured}},
	{attrition.CategoryCasualties, []string{attrition.CategoryKilledOrMissing, attrition.CategoryWounded, attrition.CategoryCaptured}},
	{attrition.CategoryKilledOrMissing, []string{attrition.CategoryKilled, attrition.CategoryMissing}},
}

// sumSlack is how far hedged figures may overshoot their whole before the
// sum counts as wrong: "about 900,000 casualties: some 540,000 wounded and
// 400,000 killed" rounds, it does not contradict.
const sumSlack = 0.05

// checkSums flags a breakdown whose parts add up to more than the whole
// it breaks down ("900,000 casualties: 540,000 wounded, 270,000 killed and
// 180,000 missing"). Only one sentence's claims of one side, period and
// source are added: figures from different sources or sentences are
// different counts, not parts of one. A breakdown that falls short is no
// error (the parts named need not be all of them).
func (d *docState) checkSums() {
	for lo := 0; lo < len(d.claims); {
		hi := lo + 1
		for hi < len(d.claims) && d.claims[hi].sentence == d.claims[lo].sentence {
			hi++
		}
		if hi-lo >= 3 {
			d.checkSumsIn(d.claims[lo:hi])
		}
		lo = hi
	}
}

func (d *docState) checkSumsIn(cs []docClaim) {
	same := func(a, b *docClaim) bool {
		return a.Actor == b.Actor && a.PeriodStart == b.PeriodStart && a.PeriodEnd == b.PeriodEnd &&
			a.Source == b.Source && a.Per == "" && b.Per == "" &&
			(a.Population == b.Population || a.Population == "" || b.Population == "")
	}
	for w := range cs {
		whole := &cs[w]
		if whole.High == nil || whole.Per != "" {
			continue
		}
		for _, sp := range sumParts {
			if whole.Category != sp.whole {
				continue
			}
			// Each part's largest floor: two figures of one category in
			// the breakdown are one count told twice, not two counts.
			var sum float64
			n, approx := 0, whole.Approx
			for _, cat := range sp.parts {
				best, found := 0.0, false
				for p := range cs {
					c := &cs[p]
					if c.Category != cat || c.Low == nil || !same(whole, c) {
						continue
					}
					if !found || *c.Low > best {
						best, found = *c.Low, true
					}
					approx = approx || c.Approx
				}
				if found {
					sum += best
					n++
				}
			}
			limit := *whole.High
			if approx {
				limit *= 1 + sumSlack
			}
			if n < 2 || sum <= limit {
				continue
			}
			whole.AddFlag(attrition.FlagArithmeticMismatch)
			for p := range cs {
				if c := &cs[p]; slices.Contains(sp.parts, c.Category) && same(whole, c) {
					c.AddFlag(attrition.FlagArithmeticMismatch)
				}
			}
		}
	}
}

// catScan is how many groups catGroup finds by a scan of catKeys
// before it indexes them in the catGroups map: most documents have a few
// groups, which a scan finds sooner than a hash of the key.
const catScan = 16

// catGroup returns the number of k's group, adding a group for a new k.
func (d *docState) catGroup(k catGroupKey) int32 {
	n := len(d.catKeys)
	if n <= catScan {
		for g := range d.catKeys {
			if d.catKeys[g] == k {
				return int32(g)
			}
		}
	} else if g, ok := d.catGroups[k]; ok {
		return g
	}
	d.catKeys = append(d.catKeys, k)
	d.catHeads = append(d.catHeads, -1)
	if n >= catScan {
		if d.catGroups == nil {
			d.catGroups = map[catGroupKey]int32{}
		}
		if n == catScan {
			for g, kg := range d.catKeys[:n] {
				d.catGroups[kg] = int32(g)
			}
		}
		d.catGroups[k] = int32(n)
	}
	return int32(n)
}

// catGroupKey is a side and period whose categories are checked
// against each other.
type catGroupKey struct {
	actor      string
	start, end attrition.Date
}

// catBound is the range of one category's figures in a group; next links
// the group's categories.
type catBound struct {
	cat             string
	maxLow, minHigh float64
	hasLow, hasHigh bool
	next            int32
}

// leadSentences open a report: a window named there is the report's.
const leadSentences = 3

// noteAsOf keeps the "as of" day of a report's heading, which dates
// the running totals below it: a lead sentence's within a week of
// publication, a title's whenever ("Russian equipment losses, as of 1
// March 2025" over a list published on the 14th).
func (d *docState) noteAsOf() {
	if d.nsent > leadSentences || !d.docAsOf.IsZero() {
		return
	}
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pAsOf && !p.end.IsZero() && p.end < d.pub && (d.pub.Sub(p.end) <= 7 || d.nsent == 1) && !p.speech {
			d.docAsOf = p.end
			return
		}
	}
}

// noteDailySummary takes a lead that heads a summary "as of" the day of
// publication ("summary of the special military operation (as of 14
// September 2024)") as a daily report: its undated events fall in the
// past day, as a window in its lead would make them.
func (d *docState) noteDailySummary(toks []token) {
	if d.docWindow != nil || d.nsent > 2 {
		return
	}
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pAsOf && p.end == d.pub && !p.speech && reportHead(toks) {
			d.docWindow = d.heldPeriods.put(periodHit{kind: pSpan, start: d.pub.AddDays(-1), end: d.pub, s: p.s, e: p.e, window: true})
			d.docWindowSent = d.nsent
			return
		}
	}
}

// reportHead reports a word that names a periodic report: "summary",
// "update", "bulletin", "briefing".
func reportHead(toks []token) bool {
	for k := range toks {
		switch toks[k].w {
		case "summary", "update", "bulletin", "briefing", "sitrep":
			return true
		}
	}
	return false
}

// leadWindow reports whether p, a window counted back from publication
// ("over the week", "in the past day"), stands for the span of the same
// length the report's title or lead named: "Over the week" in a summary
// headed "(8–14 March 2025)" is that week, not the seven days before
// the report came out.
// "This week" in a weekly update headed "8-14 June 2024" is that week
// too, not the calendar week it came out in.
func (d *docState) leadWindow(toks []token, p *periodHit) bool {
	if d.leadSpan == nil || d.leadSpan.kind != pSpan || !(p.ref && p.window || thisSpan(toks, p)) {
		return false
	}
	u := unitOfLength(d.leadSpan.end.Sub(d.leadSpan.start))
	if thisSpan(toks, p) {
		return u == word(toks, p.s+1)
	}
	return u == unitOfLength(p.end.Sub(p.start))
}

// thisSpan reports "this week", "this month": the calendar's, up to
// publication.
func thisSpan(toks []token, p *periodHit) bool {
	return p.kind == pSpan && p.e == p.s+2 && word(toks, p.s) == "this"
}

// noteWindow keeps the first window of a report's lead: a day's
// window in its first sentences, a longer one ("over the week") only in
// its first.
func (d *docState) noteWindow(toks []token) {
	if d.docWindow != nil || d.nsent > leadSentences {
		return
	}
	var cover, table bool
	if d.leadSpan == nil {
		cover, table = d.leadWordsOf(toks)
	}
	if d.leadSpan == nil && cover {
		// "Figures cover 1 January – 31 December 2024": the frame of
		// the report's tables too.
		if p, ok := coverSpan(toks, d.pub); ok {
			d.noteLead(toks, d.heldPeriods.put(p))
			d.coverLead = d.leadSpan != nil
		}
	}
	if d.leadSpan == nil && len(d.periods) > 0 && table {
		// "The table below counts deaths … from the launch of Operation
		// 1027 to 30 June 2024": what the table covers.
		for i := range d.periods {
			if p := &d.periods[i]; !p.window && !p.ref && !p.speech && (p.kind == pSpan || p.kind == pSince) {
				// "from the launch of Operation 1027 to 30 June 2024": a
				// start, then the day it runs to.
				if p.kind == pSince && i+1 < len(d.periods) && d.periods[i+1].kind == pAsOf && !d.periods[i+1].end.IsZero() {
					sp := *p
					sp.kind, sp.end, sp.e = pSpan, d.periods[i+1].end, d.periods[i+1].e
					p = d.heldPeriods.put(sp)
				}
				d.noteLead(toks, p)
				d.coverLead = d.leadSpan != nil
				break
			}
		}
	}
	if d.leadSpan == nil {
		// "Month: March 2025 | Issued: 1 April 2025": the labelled
		// period frames the report.
		for i := range d.periods {
			if d.periods[i].label {
				d.noteLead(toks, &d.periods[i])
				d.coverLead = d.leadSpan != nil
				break
			}
		}
	}
	if d.leadSpan == nil && len(d.periods) > 0 {
		// The phrase opens the sentence (after a list's number): the
		// frame of what the report goes on to count.
		if p := &d.periods[0]; p.s <= 2 && leadIn(toks, p.s) {
			d.noteLead(toks, p)
		} else if p := &d.periods[len(d.periods)-1]; d.nsent <= 2 && p.e >= len(toks)-1 && (len(toks) <= 16 || len(toks) <= 32 && word(toks, p.s-1) == "(") {
			// A title that ends with its dates: "MEDIA BRIEFING ON
			// MILITARY OPERATIONS, 14–20 JUNE 2024", "Summary of the
			// Ministry of Defence … (8–14 March 2025)". It frames the
			// lines and rows below it too ("Week in numbers | 2–8
			// March" over "occupiers eliminated: 688").
			d.noteLead(toks, p)
			d.coverLead = d.leadSpan != nil
		}
	}
	for i := range d.periods {
		// A day's window anywhere in the lead; a week's where it opens
		// a sentence, as a weekly bulletin's does ("Over the past week,
		// …") after its title.
		// "…, up 1,110 from the previous day": the increment's window,
		// not the report's.
		if p := &d.periods[i]; p.window && p.kind == pSpan && (d.nsent == 1 || p.end.Sub(p.start) <= 1 || p.s <= 1 && p.end.Sub(p.start) <= 7) &&
			!incrementBefore(toks, p.s) && !inIncrement(toks, p.s) {
			w := *p
			if d.leadWindow(toks, p) {
				w.start, w.end = d.leadSpan.start, d.leadSpan.end
			}
			d.docWindow = d.heldPeriods.put(w)
			d.docWindowSent = d.nsent
			return
		}
	}
}

// noteLead takes p as the frame of the report when it is a span of days
// or a start: not a window, a statement's day or the war's start.
func (d *docState) noteLead(toks []token, p *periodHit) {
	// "This week we're trying to…": the present, not a frame.
	if w := word(toks, p.s); w == "this" || w == "so" {
		return
	}
	if !p.window && !p.ref && !p.speech && !p.aside && !p.conflictStart &&
		(p.kind == pSpan && p.end.Sub(p.start) >= 2 || p.kind == pSince && !p.start.IsZero()) {
		d.leadSpan = d.heldPeriods.put(*p)
		d.leadSpanSent = d.nsent
	}
}

// namedLeadIn reports a lead that says the text's table lists the dead
// by name: "Russian military deaths confirmed by name — by region". It
// is asked by a table's rows, once a text; most texts have none.
func (d *docState) namedLeadIn() bool {
	if !d.namedLeadSet {
		d.namedLead, d.namedLeadSet = strings.Contains(d.low[:min(d.leadEnd, len(d.low))], "by name"), true
	}
	return d.namedLead
}

// leadWordsIn looks in one walk over the sentence for the words of a
// report's frame: "cover", "covers", "covered" or "covering", or a
// "period:" label (cover); and a sentence that speaks of the table below
// it, "The table below counts …", "The chart shows …" (table). Every
// such word is five bytes long at least and starts with one of four
// letters: one test of the first byte passes most words by.
func leadWordsIn(toks []token) (cover, table bool) {
	for k := range toks {
		w := toks[k].w
		if len(w) < 5 || !leadWordFirst[w[0]] {
			continue
		}
		if w[0] == 'c' && w[2] == 'v' && strings.HasPrefix(w, "cover") || w == "period" && word(toks, k+1) == ":" {
			cover = true
		}
		switch w {
		case "table", "tables", "chart", "dataset":
			table = true
		}
	}
	return cover, table
}

// leadWords are the words of leadWordsIn of clsLeadWord: a sentence of
// none of them, most, is not walked (leadWordsOf). A word that only
// opens with "cover" ("coverage") is none of them, and coverSpan, which
// leadWordsIn's cover asks for, reads none but these.
var leadWords = []string{"cover", "covers", "covered", "covering", "period", "table", "tables", "chart", "dataset"}

// leadWordsOf is leadWordsIn of the sentence being read: a sentence
// whose union of classes (facts) has no word of leadWords frames no
// report, nor speaks of a table.
func (d *docState) leadWordsOf(toks []token) (cover, table bool) {
	if len(toks) > 0 {
		if f := d.facts(toks); f.clsSet && f.cls&clsLeadWord == 0 {
			return false, false
		}
	}
	return leadWordsIn(toks)
}

// leadWordFirst holds the first bytes of leadWordsIn's words.
var leadWordFirst = [256]bool{'c': true, 'p': true, 't': true, 'd': true}

// coverSpan reads the period a report says its figures cover:
// "Figures cover 1 January – 31 December 2024", "covering 2024", "cover
// the period from 1 January to 31 March", "Reporting period: 29.1.2024 –
// 4.2.2024".
func coverSpan(toks []token, pub attrition.Date) (periodHit, bool) {
	for k := range toks {
		j := k + 1
		switch toks[k].w {
		case "cover", "covers", "covered", "covering":
		case "period":
			// "Reporting period: 29.1.2024 – 4.2.2024".
			if word(toks, j) != ":" {
				continue
			}
			j++
		default:
			continue
		}
		if word(toks, j) == "the" && word(toks, j+1) == "period" {
			j += 2
		}
		if w := word(toks, j); w == "from" || w == "between" {
			j++
		}
		d, ok := parseDate(toks, j, pub)
		if !ok {
			return periodHit{}, false
		}
		h := periodHit{kind: pSpan, start: d.start, end: d.end, s: j, e: d.e}
		if w := word(toks, d.e); isDash(w) || w == "to" || w == "and" || w == "until" {
			if d2, ok := parseDate(toks, d.e+1, pub); ok {
				h.end, h.e = d2.end, d2.e
				// "1 January – 31 December 2024": the year the end gives.
				if h.start > h.end || d.start.Year() != d2.start.Year() && d.e-j <= 2 {
					h.start = attrition.NewDate(d2.start.Year(), d.start.Month(), d.start.Day())
				}
			}
		}
		return clipSpan(h, pub), h.start <= h.end
	}
	return periodHit{}, false
}

// leadIn reports tokens [0, s) as a list's number or marks only: "1.
// From 25 June to 3 August, …".
func leadIn(toks []token, s int) bool {
	for k := 0; k < s && k < len(toks); k++ {
		if toks[k].k != tPunct && toks[k].k != tNum {
			return false
		}
	}
	return true
}

// runningCue reports words of a running total, which a report's window
// does not bound: "in total", "overall", "so far", "to date".
func runningCue(toks []token) bool {
	for i := range toks {
		// The class bit first: most words are none of runningCueWords.
		if toks[i].cls&clsRunningCue == 0 {
			continue
		}
		// "Russian troops shelled Kherson on Sunday. In all, 3 people
		// were killed": a sentence that opens "In all," or "In total,"
		// in the past tense sums the deeds just told, no running total.
		if i == 0 && toks[i].w == "in" && (word(toks, 1) == "all" || word(toks, 1) == "total") && word(toks, 2) == "," && !perfectTense(toks) {
			continue
		}
		switch toks[i].w {
		case "running":
			// "a running total", "the running tally"; not the verb of
			// "injured while running to shelters".
			switch word(toks, i+1) {
			case "total", "totals", "tally", "count", "toll", "sum":
				return true
			}
		case "total", "totals", "overall", "altogether", "cumulative", "since", "tally":
			if i == 1 && toks[0].w == "in" && word(toks, 2) == "," && !perfectTense(toks) {
				continue
			}
			// ("the deadliest attack since March": a superlative's span.)
			if toks[i].w == "since" && (superlativeBefore(toks, i) || sinceAdverb(toks, i)) {
				continue
			}
			return true
		case "so", "to", "in":
			if sumPhraseAt(toks, i) {
				return true
			}
		}
	}
	return false
}

// sinceAdverb reports a "since" at i that says "later", no span's
// start: "12 had since been confirmed dead", "has since died".
func sinceAdverb(toks []token, i int) bool {
	switch word(toks, i+1) {
	case "been", "died":
		return true
	}
	switch word(toks, i-1) {
	case "has", "have", "had":
		// (A "since" that ends a headline is no adverb.)
		return i+1 < len(toks) && toks[i+1].k == tWord && toks[i+1].cls&clsPeriod == 0
	}
	return false
}

// conflictSide returns the first side of a registry conflict.
func conflictSide(id string) string {
	if cf, ok := findConflict(id); ok && len(cf.Sides) > 0 {
		return cf.Sides[0]
	}
	return ""
}

// soleSide returns the side of a registry conflict counted under one
// side only (a civil war), or "".
func soleSide(id string) string {
	if cf, ok := findConflict(id); ok && len(cf.Sides) == 1 {
		return cf.Sides[0]
	}
	return ""
}

// sameWar reports whether two sides fight in a common conflict.
// sideInName returns the side named inside a source's words ("Ukraine's
// Air Force"), but none for a registry body that speaks for no side: a
// country in its name ("the US Office of the Director of National
// Intelligence") is whose body it is, not whose losses it counts.
func (d *docState) sideInName(toks []token, at *attribution, name string) string {
	side := actorIn(toks, at.s, at.e)
	if side == "" {
		return ""
	}
	if outletName(name) {
		return ""
	}
	// The registry lookup only for the few sources that name a side.
	if src, ok := attrition.ResolveSource(name); ok && src.Party == "" {
		return src.Place
	}
	return side
}

// outletName reports a newspaper's or news site's name: the place in
// "Kyiv Independent", "The Moscow Times" or "Times of Israel" is where
// it is published, no side that speaks.
func outletName(name string) bool {
	// The word that makes a paper's name stands first or last.
	first, last := name, name
	if i := strings.IndexByte(name, ' '); i >= 0 {
		first = name[:i]
		if first == "The" {
			if j := strings.IndexByte(name[i+1:], ' '); j >= 0 {
				first = name[i+1 : i+1+j]
			}
		}
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	return outletWord(first) || outletWord(last)
}

func outletWord(w string) bool {
	switch w {
	case "Independent", "Post", "Times", "Pravda", "Telegraph", "Herald", "Tribune", "Journal",
		"Gazette", "Gazeta", "Observer", "Insider", "Examiner", "Chronicle", "Inquirer", "Guardian", "Monitor":
		return true
	}
	return false
}

// thirdPartyOffice reports a source in this sentence that speaks as a
// go-between ("according to US envoy Tom Perriello"), whose country is
// no side of the losses it tells.
func thirdPartyOffice(toks []token, a *attribution) bool {
	if a == nil {
		return false
	}
	for k := max(a.s, 0); k < a.e && k < len(toks); k++ {
		switch toks[k].w {
		case "envoy", "envoys", "mediator", "mediators", "ambassador", "diplomat", "diplomats", "negotiator", "negotiators":
			return true
		}
	}
	return false
}

// sideOfPlace reports whether a speaker's side may count a place's dead:
// a side of the place's war, or any side where the registry knows
// neither. "US officials say 150,000 people have died in the war in
// Sudan": a third country speaks of others' dead.
func sideOfPlace(speaker, place string) bool {
	y, ok := findActor(place)
	if !ok || len(y.Conflicts) == 0 {
		return true
	}
	x, ok := findActor(speaker)
	if !ok {
		return false
	}
	return sameWar(speaker, place) || len(x.Conflicts) == 0
}

// foes reports two sides that fight each other in a war of the text:
// "Israel says it has killed 20,000 Hamas fighters. The total death
// toll in Gaza stands at 55,000": a speaker carried over from the
// sentence before does not count its enemy's land's dead as its own.
func (d *docState) foes(a, b string) bool {
	if a == b {
		return false
	}
	if e, ok := d.enemyOf(a); ok && e == b {
		return true
	}
	e, ok := d.enemyOf(b)
	return ok && e == a
}

func sameWar(a, b string) bool {
	x, ok1 := findActor(a)
	y, ok2 := findActor(b)
	if !ok1 || !ok2 {
		return true
	}
	for _, c := range x.Conflicts {
		for _, e := range y.Conflicts {
			if c == e {
				return true
			}
		}
	}
	return false
}

// referentBefore reports "the figure has passed 390,000", "that number
// rose to 1,200", "since October they have totalled 80,000": a figure
// given as the new value of one named before.
func referentBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		switch toks[k].w {
		case "figure", "number", "total", "tally", "count", "estimate":
			// ("Israel's estimate is closer to 14,000": an owner's.)
			// ("the real number is closer to 80,000".)
			if b := word(toks, k-1); b == "real" || b == "true" || b == "actual" {
				if word(toks, k-2) == "the" {
					return true
				}
			}
			if b := word(toks, k-1); b == "the" || b == "this" || b == "that" || b == "its" || b == "their" ||
				toks[k].w != "total" && k > 0 && toks[k-1].upper && (strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s")) {
				return true
			}
		case "it", "that", "this":
			// "The governor has since revised it to 34", "later lowered
			// that to 34": the count just told, by its pronoun.
			if revisedPronounTo(toks, k, s) {
				return true
			}
		case "they", "these", "those":
			for m := k + 1; m < s; m++ {
				switch toks[m].w {
				case "totalled", "totaled", "totalling", "reached", "exceeded", "passed", "topped", "amounted", "numbered", "stood":
					return true
				}
			}
		case ",", ";", ".", ":":
			return false
		}
		if toks[k].k == tNum {
			return false
		}
	}
	return false
}

// revisedPronounTo reports a pronoun at k that is the object of a verb
// of revising, the new figure at s after "to": "revised it to 34",
// "lowered that down to 34", "corrected it upward to 52".
func revisedPronounTo(toks []token, k, s int) bool {
	if word(toks, s-1) != "to" {
		return false
	}
	switch s - k {
	case 2:
	case 3:
		switch word(toks, k+1) {
		case "down", "up", "downward", "upward", "downwards", "upwards":
		default:
			return false
		}
	default:
		return false
	}
	switch word(toks, k-1) {
	case "revised", "revise", "revises", "revising", "lowered", "lowering", "raised", "raising", "corrected", "correcting",
		"updated", "updating", "adjusted", "cut", "reduced", "increased", "amended", "upped", "changed":
		return true
	}
	return false
}

// tollBefore reports "toll" in the four tokens before token s. It is
// nearWord's test, asked of every figure with a period in a sentence
// with "toll" (d.toll): "toll" is of clsCatEnd (catEndWords), so most
// tokens fail on their class bits before any comparison of words.
func tollBefore(toks []token, s int) bool {
	for k := max(0, s-4); k < s && k < len(toks); k++ {
		if toks[k].cls&clsCatEnd != 0 && toks[k].w == "toll" {
			return true
		}
	}
	return false
}

// runningTotalBefore reports "bringing the total to", "raising the toll
// to" before the figure at token s: a running total the day's losses
// were added to.
func runningTotalBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-12; k-- {
		switch toks[k].w {
		case "bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "pushing", "pushes":
			return true
		case ";", ".", ":":
			return false
		}
		if toks[k].k == tNum {
			return false
		}
	}
	return false
}

// sentFacts are what the rules ask of a whole sentence, for every
// figure in it: each worked out once per sentence, when first asked.
type sentFacts struct {
	sent, n   int
	first     *token
	scanned   bool
	commaAnd  bool // ", and"
	totalVerb bool // "bringing", "raising", ...
	// item is isListItem, running runningCue, attack attackNoun.
	item, itemSet       bool
	pipe, pipeSet       bool // a "|" token (isListItem), noted by sentence
	bracketNum          bool // "(" or "[" before a figure, noted by sentence
	running, runningSet bool
	attack, attackSet   bool
	rate, rateSet       bool // a rate word ("daily"), noted by sentence
	quote, quoteSet     bool // a quotation mark, noted by sentence
	perfect, perfectSet bool // perfectTense
	// byName is the token after the sentence's first "by name", or -1.
	byName    int
	byNameSet bool
	// cls is the union of the class bits of the sentence's tokens,
	// noted by scanSentence.
	cls    uint64
	clsSet bool
}

// facts returns the sentFacts of the sentence being read.
func (d *docState) facts(toks []token) *sentFacts {
	f := &d.sentFacts
	if len(toks) > 0 && (f.sent != d.nsent || f.first != &toks[0] || f.n != len(toks)) {
		*f = sentFacts{sent: d.nsent, first: &toks[0], n: len(toks)}
	}
	return f
}

// perfectTense is the package's perfectTense of the sentence being
// read, looked for once: setPeriod asks it of each figure, under several
// of its rules.
func (d *docState) perfectTense(toks []token) bool {
	if len(toks) < 2 {
		return false // (and facts keeps no sentence of no tokens)
	}
	f := d.facts(toks)
	if !f.perfectSet {
		// A sentence of neither "have" nor "has" is not walked.
		f.perfect, f.perfectSet = (!f.clsSet || f.cls&clsHave != 0) && perfectTense(toks), true
	}
	return f.perfect
}

// sentScan returns the sentence's facts with its words looked over.
func (d *docState) sentScan(toks []token) *sentFacts {
	f := d.facts(toks)
	if f.scanned {
		return f
	}
	f.scanned = true
	for k := range toks {
		t := &toks[k]
		switch {
		case t.k == tPunct:
			if t.w == "," && word(toks, k+1) == "and" {
				f.commaAnd = true
			}
		case t.cls&clsTotalVerb != 0: // totalVerb, as a class bit
			f.totalVerb = true
		}
	}
	return f
}

// figureRareWords are the words that a few of figure's rules look for
// over a window of the sentence, and that few sentences have:
// mergeInterval's, namedList's, minimumAfter's, the verbs of
// possessorSufferedBefore, the words of ownAfter and byNameIn's "name".
// A sentence with none (no word of clsFigureRare) runs none of those
// rules. A word those rules come to look for is added here.
var figureRareWords = []string{
	"interval", "range", "ci", "ui", "cri", "bounds", "limits", "central", "median", "best",
	"identified", "names", "named", "name",
	"minimum", "floor", "lower",
	"suffered", "sustained", "lost", "incurred",
	"among", "ranks", "own",
}

// notePipeHeader reads a text table's header row, "| Month | Killed |
// Injured |": the categories its columns name, kept for the rows below.
// A row of other words ends the table's header; a rule row ("|---|")
// keeps it.
//
// anyPipe is false when toks holds no "|" (scanSentence knows): no need
// to count them.
// figuresOnlyInHeads reports a line of a text table that names its
// columns: a cell names a category of losses, and every figure stands
// among three words or more of its cell ("Per 10,000 men aged 18-60"),
// none alone or after a label as a value does ("Killed: 1,204").
func figuresOnlyInHeads(toks []token) bool {
	named := false
	start := 0
	if word(toks, 0) == "|" {
		start = 1
	}
	for k := start; k <= len(toks); k++ {
		if k < len(toks) && toks[k].w != "|" {
			continue
		}
		cell := toks[start:k]
		start = k + 1
		words, figure := 0, false
		for i := range cell {
			switch {
			case cell[i].k == tWord:
				words++
			case cell[i].k == tNum:
				// "Deaths in 2024": a year names the column's period.
				if !yearAt(cell, i) || i == 0 || cell[i-1].w != "in" {
					figure = true
				}
			case cell[i].w == ":":
				if i+1 < len(cell) && cell[i+1].k == tNum {
					return false
				}
			}
		}
		if figure && words < 3 {
			return false
		}
		if !figure && headerCategory(cell) != "" {
			named = true
		}
	}
	return named
}

// breakdownWord reports a heading that breaks a toll down: "Its
// breakdown:", "by category:".
func breakdownWord(toks []token) bool {
	for k := range toks {
		if w := toks[k].w; w == "breakdown" || w == "distributed" {
			return true
		}
	}
	return false
}

// proseItem reports a bulleted line that reads as a sentence of prose:
// "- At least 27 people were killed in a Russian strike on Dnipro, the
// governor said." opens in upper case after its bullet, runs long and
// ends in a full stop, where a tally's line is short or labelled ("–
// Tanks: 10,914", "• 612 civilians killed").
func proseItem(toks []token) bool {
	b := bulletLead(toks)
	n := len(toks)
	if b == 0 || n-b < 10 || toks[n-1].w != "." || toks[b].k != tWord || !toks[b].upper {
		return false
	}
	// "- Kharkiv region: 3 killed, …": a label opens the line.
	for k := b + 1; k < b+4; k++ {
		if w := toks[k].w; w == ":" || isDash(w) || w == "|" {
			return false
		}
	}
	return true
}

// partLine reports a bulleted line that opens on a part of a whole told
// before it: "• Among the dead are 163 health workers", "– Of them, 40
// were children". (Not "– A strike on Odesa killed two", "- In Kharkiv,
// …", which startsWithAnaphor also takes.)
func partLine(toks []token) bool {
	switch word(toks, 1) {
	case "a", "an", "in", "it", "they":
		return false
	}
	return startsWithAnaphor(toks[1:])
}

// bulletLead returns 1 when a list's bullet opens the line ("– 612
// civilians"), else 0: where the line's own words begin.
func bulletLead(toks []token) int {
	if len(toks) > 1 && toks[0].k == tPunct {
		switch toks[0].w {
		case "-", "–", "—", "•", "*", "▪":
			return 1
		}
	}
	return 0
}

// postLead returns where a post's words start after what opens it: a
// bullet or an emoji ("🚨 Iran Health Ministry: 224 killed"), and a
// flash word with its mark ("BREAKING: IDF: 2 soldiers killed",
// "❗️ UPDATE — Per the Russian MoD, …").
func postLead(toks []token) int {
	a := 0
	for a < len(toks) && a < 3 && toks[a].k == tPunct && !openQuoteOrBracket(toks[a].w) {
		a++
	}
	if a+2 < len(toks) && toks[a].upper && flashWord(toks[a].w) {
		if m := toks[a+1].w; m == ":" || m == "|" || isDash(m) {
			a += 2
		}
	}
	return a
}

func openQuoteOrBracket(w string) bool {
	switch w {
	case "(", "[", "\"", "'", "“", "‘", "|", ":", ",", ".":
		return true
	}
	return false
}

// flashWord reports a word that heads a post or a wire's flash:
// "BREAKING:", "UPDATE —", "URGENT:".
func flashWord(w string) bool {
	switch w {
	case "breaking", "update", "updated", "urgent", "alert", "flash", "latest", "exclusive", "developing", "just":
		return true
	}
	return false
}

// knownSourceAt reads tokens [a, b) as a source's name and reports it
// when the registry knows the body: a label, not any words before a
// colon.
// reportTitleSource reads a title "[Latest] <Body> update|report|
// bulletin … " and returns the body when the registry knows it.
func (d *docState) reportTitleSource(toks []token) (attribution, bool) {
	for r := 1; r < len(toks) && r <= 8; r++ {
		switch toks[r].w {
		case "update", "updates", "report", "bulletin", "briefing", "assessment", "summary", "intelligence":
		default:
			if toks[r].k != tWord {
				return attribution{}, false
			}
			continue
		}
		// "Defence Intelligence update": the body may end with the
		// noun ("Intelligence") or before it.
		for _, b := range [2]int{r + 1, r} {
			for a := 0; a < b && a <= 2; a++ {
				if at, ok := d.knownSourceAt(toks, a, b); ok {
					if _, reg := attrition.ResolveSource(at.name); reg {
						return at, true
					}
				}
			}
		}
	}
	return attribution{}, false
}

// reportOfTitleSource returns the body a title line names after its
// report's noun, which opens the title after at most two words:
// "Summary of the Russian Defence Ministry (as of 11 June)", "Daily
// report of the Ministry of Health in Gaza", "Statement by the General
// Staff", "Update from the IDF". A title with no full stop runs on into
// the first line of the report, so the body must end its line unless
// the sentence is the title alone (whole): "Statement by the Russian
// Defence Ministry on the results of strikes."
func (d *docState) reportOfTitleSource(toks []token, whole bool) (attribution, bool) {
	for r := 0; r < len(toks)-2 && r <= 2; r++ {
		if !reportTitleNoun(toks[r].w) {
			continue
		}
		if w := toks[r+1].w; w != "of" && w != "from" && w != "by" {
			break
		}
		a := r + 2
		if toks[a].w == "the" {
			a++
		}
		e := a
		for e < len(toks) && e < a+10 && (toks[e].k == tWord || toks[e].w == "'s" || toks[e].w == "’s") && (e == a || !lineStart(d.pt.text, toks[e].s)) {
			e++
		}
		// "(as of 11 June 2025)" after the body, before the line ends.
		k := e
		if k < len(toks) && toks[k].w == "(" {
			for k < len(toks) && toks[k].w != ")" && !lineStart(d.pt.text, toks[k].s) {
				k++
			}
			k++
		}
		if !whole && k < len(toks) && !lineStart(d.pt.text, toks[k].s) {
			break
		}
		for b := e; b > a; b-- {
			if at, ok := d.knownSourceAt(toks, a, b); ok {
				if _, reg := attrition.ResolveSource(at.name); reg {
					return at, true
				}
			}
		}
		break
	}
	return attribution{}, false
}

// reportTitleNoun reports a noun that names a body's report in a
// title: "Summary of …", "Statement by …".
func reportTitleNoun(w string) bool {
	switch w {
	case "update", "updates", "report", "bulletin", "briefing", "assessment", "summary", "statement", "communique", "communiqué", "release":
		return true
	}
	return false
}

func (d *docState) knownSourceAt(toks []token, a, b int) (attribution, bool) {
	// "IDF strike on Gaza school: 30 killed", "RSF losses in El Fasher:
	// 1,500": a headline of a deed or of losses, whose side is no
	// speaker.
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].k == tWord && (toks[k].cls&(clsAgentNoun|clsLoss) != 0 || toks[k].cls&clsCat != 0 && !toks[k].upper) {
			return attribution{}, false
		}
	}
	at := makeAttribution(toks, d.pt.text, a, b, a, b)
	if at.name == "" || at.junk {
		return at, false
	}
	_, known := attrition.ResolveSource(at.name)
	// "Zelensky: 46,000 Ukrainian soldiers killed": an official the
	// reporting knows by name.
	// ("Defence Minister Rustem Umerov: …": the titles before the name.)
	if !known && officialSideWords.at(toks[b-1].w) != "" {
		n := 0
		for k := a; k < b; k++ {
			if toks[k].k == tWord && !titleWords[toks[k].w] {
				n++
			}
		}
		known = n <= 3
	}
	return at, known
}

// sourceLabel returns the label of a line "Label: figure …" after its
// bullet, when the label is words, not figures: "UK Defence
// Intelligence: 790,000 killed or wounded".
func sourceLabel(toks []token) (int, int, bool) {
	a := postLead(toks)
	if a >= len(toks) || !toks[a].upper {
		return 0, 0, false
	}
	for k := a + 1; k < len(toks) && k <= a+8; k++ {
		switch t := &toks[k]; {
		case t.w == ":":
			// "Rybar: Ukrainian losses near Pokrovsk 120": a label that
			// names a speaker heads a post of words too.
			return a, k, k+1 < len(toks) && (startsNumber(&toks[k+1]) || namedLabel(toks, a, k))
		case t.k == tNum:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// namedLabel reports a post's label [a, b) that names who speaks, not
// what the post is ("Update:", "Note:") or where ("Kharkiv:"): a body
// the registry knows, an armed group ("Hezbollah: 3 Israeli soldiers
// killed") or an outlet or channel ("Rybar:", "TASS:").
func namedLabel(toks []token, a, b int) bool {
	if b-a > 4 {
		return false
	}
	// "UK intelligence:", "Gaza health ministry:": a body the registry
	// knows by words the reporting writes in lower case.
	if registryNameFrom(toks, a, b) == b-a {
		return true
	}
	if !allUpperWords(toks, a, b) {
		return false
	}
	// (Of the other side's losses: "- Hezbollah: 4,000" in a list of
	// sides' tolls is the group's own dead.)
	if b == a+1 && toks[a].cls&clsActor != 0 {
		if act, ok := attrition.FindActor(actorIn(toks, a, b)); ok && act.Population == attrition.PopulationMilitary {
			if o := actorIn(toks, b+1, len(toks)); o != "" && o != act.Name {
				return true
			}
		}
	}
	return outletLabels.at(toks, a, b)
}

// outletLabels are outlets and channels whose name heads the posts
// that quote them: "TASS: 300 Ukrainian servicemen killed".
var outletLabels = labelWords{"rybar", "deepstate", "two majors", "wargonzo", "militarnyi", "reuters", "afp", "tass",
	"ria novosti", "interfax", "ukrinform", "unian", "suspilne", "ukrainska pravda", "kyiv independent", "nexta",
	"al jazeera", "al-manar", "al mayadeen", "haaretz", "ynet", "astra", "verstka", "readovka"}

// labelWords are phrases of a few words, compared word by word.
type labelWords []string

func (l labelWords) at(toks []token, a, b int) bool {
	for _, p := range l {
		k := a
		for f := range strings.FieldsSeq(p) {
			if k == b || toks[k].w != f {
				k = -1
				break
			}
			k++
		}
		if k == b {
			return true
		}
	}
	return false
}

// bodyLabel reports a label [a, b) of capitalised words that ends in the
// kind of a body ("Sudan Doctors Network", "Hind Rajab Foundation"),
// not a place's or a category's name ("Kharkiv", "Russian losses").
func bodyLabel(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !toks[k].upper || toks[k].k != tWord {
			return false
		}
	}
	t := &toks[b-1]
	if t.cls&(clsOrgHeads|clsGenericHeads) != 0 {
		return true
	}
	switch t.w {
	case "network", "committee", "council", "office", "centre", "center", "commission", "mission", "coalition", "foundation", "directorate", "union", "society":
		return true
	}
	return false
}

// ruleLine reports a line of punctuation alone: a table's rule.
func ruleLine(toks []token) bool {
	for k := range toks {
		if toks[k].k != tPunct {
			return false
		}
	}
	return len(toks) > 0
}

func (d *docState) notePipeHeader(toks []token, anyPipe bool) {
	pipes := 0
	if anyPipe {
		for k := range toks {
			if toks[k].k == tPunct && toks[k].w == "|" {
				pipes++
			}
		}
	}
	if pipes < 2 {
		// "---------+--------": a table's rule drawn without bars keeps
		// the header it underlines.
		if ruleLine(toks) {
			return
		}
		if len(d.pipeCols) > 0 && len(toks) > 0 {
			d.pipeCols = d.pipeCols[:0]
			d.pipeSourceCol, d.pipeAsOfCol = -1, -1
		}
		d.colYears = d.colYears[:0]
		d.colSides = d.colSides[:0]
		return
	}
	if ys, ok := headerYears(toks, d.colYears[:0]); ok {
		d.colYears = ys
		return
	}
	// The row's cells go in a scratch slice the document keeps: every
	// row of a text table comes here.
	cols := d.pipeScratch[:0]
	named, words := false, false
	sourceCol, asOfCol := -1, -1
	start := 0
	if toks[0].w == "|" {
		start = 1
	}
	for k := start; k <= len(toks); k++ {
		if k < len(toks) && toks[k].w != "|" {
			continue
		}
		cell := toks[start:k]
		cat := headerCategory(cell)
		// "| Source |", "| Reported by |": the column names each row's
		// source.
		if w0 := word(cell, 0); len(cell) <= 3 && (w0 == "source" || w0 == "sources" || w0 == "reported" && word(cell, 1) == "by" || w0 == "according" && word(cell, 1) == "to") {
			sourceCol = len(cols)
		}
		// "| As of |", "| Last updated |": the day each row's running
		// totals reach.
		if w0 := word(cell, 0); len(cell) <= 3 && (w0 == "as" && (word(cell, 1) == "of" || word(cell, 1) == "at") && len(cell) == 2 ||
			w0 == "updated" && len(cell) == 1 || w0 == "last" && word(cell, 1) == "updated" && len(cell) == 2) {
			asOfCol = len(cols)
		}
		// "Children killed / injured": a pair of figures per cell.
		second := ""
		for m := range cell {
			if cell[m].w == "/" && m > 0 && m+1 < len(cell) {
				if a, b := headerCategory(cell[:m]), headerCategory(cell[m+1:]); a != "" && b != "" {
					cat, second = a, b
				}
				break
			}
		}
		// "| Month | Killed | Daily average |": a rate of the column
		// before.
		per := headerPer(cell)
		if cat == "" && per != "" && len(cols) > 0 {
			cat = cols[len(cols)-1].cat
		}
		// "| Fatalities | of which civilians |": a part of the column
		// before.
		if cat == "" && len(cols) > 0 && word(cell, 0) == "of" && (word(cell, 1) == "which" || word(cell, 1) == "whom") {
			cat = cols[len(cols)-1].cat
		}
		for i := range cell {
			if cell[i].k == tWord {
				words = true
			}
		}
		if cat == catLost {
			cat = catCasualties
		}
		st, total := "", false
		if len(cell) == 1 {
			st = statusWords[cell[0].w]
			total = cat == "" && (cell[0].w == "total" || cell[0].w == "totals" || cell[0].w == "all")
		}
		named = named || cat != "" || st != ""
		var year yearCol
		if cat != "" {
			for m := range cell {
				if y, ok := yearOf(&cell[m]); ok {
					year = yearCol{start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31)}
				}
			}
		}
		change := false
		for m := range cell {
			if w := cell[m].w; w == "change" || w == "+/-" || w == "±" || w == "+" && m+1 < len(cell) && cell[m+1].w == "/" {
				change = true
			}
		}
		named = named || change
		// "| Civilians killed |", "| Russian personnel killed |": the
		// people the column counts.
		pop := ""
		if cat != "" && !attrition.IsEquipment(cat) {
			for m := range cell {
				if cell[m].k == tWord && cell[m].cls&(clsCivilianWords|clsMilitaryWords) != 0 {
					pop = tokPopulation(&cell[m])
					break
				}
			}
		}
		// "| Cumulative deaths |", "| Killed to date |", "| Total
		// killed |" beside "| Killed |": each row's running total.
		running, totalWord := false, false
		if cat != "" && len(cell) > 1 {
			for m := range cell {
				switch cell[m].w {
				case "cumulative", "cumulatively":
					running = true
				case "total":
					totalWord = true
				case "date", "far":
					running = running || m > 0 && (cell[m-1].w == "to" || cell[m-1].w == "so")
				}
			}
		}
		cols = append(cols, pipeCol{cat: cat, status: st, per: per, second: second, total: total, year: year, change: change, population: pop, running: running, totalWord: totalWord})
		start = k + 1
	}
	// ("| Month | Total killed |" alone is each month's total.)
	for i := range cols {
		if cols[i].totalWord {
			for j := range cols {
				if j != i && cols[j].cat == cols[i].cat && !cols[j].totalWord && !cols[j].running {
					cols[i].running = true
				}
			}
		}
	}
	d.pipeScratch = cols
	if !words {
		return // a rule row
	}
	d.pipeCols = d.pipeCols[:0]
	d.pipeSourceCol, d.pipeAsOfCol = -1, -1
	// "| Source | As of | Figure |": a header that names its rows'
	// sources and dates is a table's, though the figures' cells name
	// their own categories.
	if named || sourceCol >= 0 || asOfCol >= 0 {
		d.pipeSourceCol, d.pipeAsOfCol = sourceCol, asOfCol
		d.pipeCols = append(d.pipeCols, cols...)
		// A header that names losses makes its rows losses.
		for i := range cols {
			if cols[i].cat != "" {
				d.lastLossSent = d.nsent
				break
			}
		}
	}
}

// peopleColumn reports a figure at k in a column that names its people
// beside one of the same losses that names none: "| Reported fatalities
// | of which civilians |" — a part of the row's toll, which lends its
// people to no other figure.
func (d *docState) peopleColumn(toks []token, k int) bool {
	at := pipeColumn(toks, k)
	if at < 0 || at >= len(d.pipeCols) || d.pipeCols[at].population == "" {
		return false
	}
	for i := range d.pipeCols {
		if c := &d.pipeCols[i]; c.population == "" && c.cat != "" && !attrition.IsEquipment(c.cat) {
			return true
		}
	}
	return false
}

// runningColumn dates a figure in a column of running totals: "|
// 3 June 2025 | 45 | 54,470 |" under "| Date | Killed | Total killed |"
// counts from the war's start to the row's day.
func (d *docState) runningColumn(toks []token, q *quantity, c *attrition.Claim, dc *docClaim) {
	at := pipeColumn(toks, q.s)
	if at < 0 || at >= len(d.pipeCols) || !d.pipeCols[at].running {
		return
	}
	if st := d.conflictStartOf(nil, c, dc); st.IsZero() || st < c.PeriodStart {
		c.PeriodStart = st
	}
}

// changeColumn reports a figure at k in a column of changes.
func (d *docState) changeColumn(toks []token, k int) bool {
	at := pipeColumn(toks, k)
	return at >= 0 && at < len(d.pipeCols) && d.pipeCols[at].change
}

// asOfCell makes the day in a row's "As of" cell the end of a running
// total: "| CSIS | 3 Jun 2025 | ~950,000 casualties |" counts from the
// war's start to that day, not on it.
func (d *docState) asOfCell(toks []token) {
	a, b := pipeCell(toks, d.pipeAsOfCol)
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pSpan && p.s >= a && p.e <= b && p.end.Sub(p.start) <= 1 {
			*p = periodHit{kind: pAsOf, end: p.end, s: p.s, e: p.e}
		}
	}
}

// pipeCol is what a text table's header cell says of its column: the
// category ("Killed"), an equipment status ("| Type | Destroyed |"), a
// rate ("Daily average") and the category of a cell's second figure
// ("Children killed / injured").
type pipeCol struct {
	cat, status, per, second string
	// change marks a column of changes ("Change", "+/-", "Daily
	// change"): its figures are the day's, not totals.
	change bool
	// year is the year a header cell names ("Deaths in 2024"), or zero.
	year yearCol
	// total marks a "| Total |" column beside status columns: the
	// row's equipment, whatever its status.
	total bool
	// population is the people the header names ("Civilians killed"),
	// or "".
	population string
	// running marks a column of running totals ("Cumulative deaths",
	// "Total killed" beside "Killed"): a row's date is the day its
	// total stood, not the time it covers. totalWord: the header says
	// "total".
	running, totalWord bool
}

// modelNumber reports a number that is part of a model's name: a
// capitalised word, then digits alone, then equipment or another such
// name ("Hermes 450 and Hermes 900 drones", "Boeing 737").
func modelNumber(toks []token, i int) bool {
	if i < 2 || toks[i].k != tNum || len(toks[i].w) > 4 || toks[i].glued {
		return false
	}
	p := &toks[i-1]
	if p.k != tWord || !p.upper || p.cls&(clsMonth|clsActor|clsNum|clsPeriod) != 0 || toks[i-2].w == "." || toks[i-2].w == "|" || toks[i-2].w == ":" {
		return false
	}
	if _, _, ok := equipmentIx.match(toks, i+1); ok {
		return true
	}
	if w := word(toks, i+1); (w == "and" || w == "or" || w == ",") && i+2 < len(toks) && toks[i+2].upper && toks[i+2].k == tWord {
		return true
	}
	return false
}

// pipeCell is the token range of a text table row's column c.
func pipeCell(toks []token, c int) (int, int) {
	col, start := 0, 0
	if word(toks, 0) == "|" {
		start = 1
	}
	for k := start; k <= len(toks); k++ {
		if k < len(toks) && toks[k].w != "|" {
			continue
		}
		if col == c {
			return start, k
		}
		col++
		start = k + 1
	}
	return 0, 0
}

// placedCategory is the category a figure takes from where it stands
// when its own words name none, or name one from another cell: a text
// table's column ("| May 2025 | 183 |" under "| Month | Killed |"), a
// status column under a row of equipment, a text that counts the dead
// by name, a sentence that opens "Among the dead". It sets h in place
// (a catHit and a quantity passed by value cost copies for every
// figure), and returns ok and the rate a column names too. (Kept out of
// figure, whose size limits what the compiler inlines into it.)
func (d *docState) placedCategory(toks []token, q *quantity, h *catHit, ok bool) (bool, string) {
	pipePer := ""
	if len(d.pipeCols) > 0 && (!ok || h.status == "") {
		// "| Tanks | 3,412 | 2,462 | 163 |" under "| Type | Total |
		// Destroyed | Damaged |": the row names the equipment, the
		// column its status.
		if c := pipeColumn(toks, q.s); c >= 0 && c < len(d.pipeCols) && (d.pipeCols[c].status != "" || d.pipeCols[c].total && !ok) {
			if eq := pipeRowEquipment(toks); eq != "" && (!ok || h.category == "" || h.category == eq || h.category == catCaptured) {
				*h = catHit{category: eq, status: d.pipeCols[c].status, s: q.e, e: q.e}
				ok = true
			}
		}
	}
	// "Among the dead, the ministry said, were 127 children": the
	// category the sentence opens with.
	if (!ok || h.category == "" && h.status == "") && word(toks, 0) == "among" && word(toks, 1) == "the" && deadNouns[word(toks, 2)] &&
		!nearWord(toks, max(0, q.s-3), q.s, "aged", "age", "ages") {
		if p, end, pok := personnelIx.match(toks, 2); pok && end == 3 && p.category != catLost {
			*h = catHit{category: p.category, s: q.e, e: q.e, personNoun: h.personNoun, population: h.population, noun: h.noun}
			ok = true
		}
	}
	// "adding more than 4,000 names in the past month", "31,982 of the
	// names": in a text that counts the dead by name, names are dead.
	if (!ok || h.category == "" && h.status == "") && d.namedDead && (word(toks, q.e) == "names" || word(toks, q.e) == "of" && word(toks, q.e+1) == "the" && word(toks, q.e+2) == "names") {
		e := q.e + 1
		if word(toks, q.e) == "of" {
			e = q.e + 3
		}
		*h = catHit{category: catKilled, s: q.e, e: e, forward: true}
		ok = true
	}
	if len(d.pipeCols) > 0 && (!ok || h.category == "" && h.status == "" || !inCell(toks, q.s, h.s)) {
		// "| May 2025 | 183 | 1,002 |" under "| Month | Killed |
		// Injured |": the column's header names the figure, not words
		// in another cell.
		if c := pipeColumn(toks, q.s); c >= 0 && c < len(d.pipeCols) && d.pipeCols[c].cat != "" {
			col := &d.pipeCols[c]
			*h = catHit{category: col.cat, s: q.e, e: q.e, population: col.population}
			// "| Tanks | 4,100 |" under "| Type | Russian losses |":
			// losses of the equipment the row names.
			if col.cat == catCasualties && col.status == "" {
				if ls, le := pipeCell(toks, 0); le > ls && le < q.s {
					if p, end, ok := equipmentIx.match(toks, ls); ok && end <= le {
						h.category = p.category
					}
				}
			}
			ok = true
			pipePer = col.per
			// "| 22 / 78 |" under "| Children killed / injured |".
			if col.second != "" && slashBefore(toks, q.s) {
				h.category = col.second
			}
		}
	}
	// "| 2023 | 1,974 | 6,651 |" under "Ukrainian civilian casualties,
	// by year": the people the table's title names.
	if d.listWholePop != "" && ok && h.population == "" && d.listWhole != "" && !isEquipment(h.category) && d.sentScan(toks).pipe {
		h.population = d.listWholePop
	}
	if !ok || h.category == "" && h.status == "" {
		// "Main battle tanks | 1,650 | 900 | 1,400" under "2022 | 2023
		// | 2024": a row of figures labelled in its first cell, whose
		// header names no category.
		if cat := rowLabelCategory(toks, q.s); cat != "" {
			*h = catHit{category: cat, s: q.e, e: q.e}
			ok = true
		}
	}
	return ok, pipePer
}

// yearCol is a table column's year, or the total of the year columns.
type yearCol struct {
	start, end attrition.Date
}

// headerYears reads a header row of years ("2022 | 2023 | 2024 |
// Total"), with an empty or label cell before them or none: the columns'
// periods, the total's from the first year to the last.
func headerYears(toks []token, out []yearCol) ([]yearCol, bool) {
	years := 0
	var first, last attrition.Date
	ok := forCells(toks, func(n int, cell []token, closing bool) bool {
		switch {
		case closing:
		case len(cell) == 1 && cell[0].k == tNum:
			y, ok := yearOf(&cell[0])
			if !ok {
				return false
			}
			st, en := attrition.NewDate(y, time.January, 1), attrition.NewDate(y, time.December, 31)
			if first.IsZero() {
				first = st
			}
			last = en
			years++
			out = append(out, yearCol{start: st, end: en})
		case len(cell) == 1 && (cell[0].w == "total" || cell[0].w == "totals" || cell[0].w == "all"):
			out = append(out, yearCol{})
		case n == 1 && len(out) == 0:
			// A label over the rows' labels.
		default:
			return false
		}
		return true
	})
	if !ok || years < 2 {
		return out, false
	}
	for i := range out {
		if out[i].start.IsZero() {
			out[i] = yearCol{start: first, end: last}
		}
	}
	return out, true
}

// forCells calls f with each cell of a text table's row, numbered from
// 1, and closing true for the empty cell after a closing bar; it stops
// and reports false when f does.
func forCells(toks []token, f func(n int, cell []token, closing bool) bool) bool {
	start, n := 0, 0
	if word(toks, 0) == "|" {
		start = 1
	}
	for k := start; k <= len(toks); k++ {
		if k < len(toks) && !(toks[k].w == "|" && toks[k].k == tPunct) {
			continue
		}
		cell := toks[start:k]
		start = k + 1
		n++
		if !f(n, cell, len(cell) == 0 && k == len(toks)) {
			return false
		}
	}
	return true
}

// headerSides reads a header row whose cells after the first each name
// one side: "| Losses | Russia | Ukraine |", "| | Russian losses |
// Ukrainian losses |".
func headerSides(toks []token, out []string) ([]string, bool) {
	ok := forCells(toks, func(n int, cell []token, closing bool) bool {
		// "| Russia (killed) |": the side, with what is counted aside
		// (not whose: "| General Staff (Russian losses) |").
		if len(cell) > 3 && cell[len(cell)-1].w == ")" {
			if a := parenAside(cell); a != nil && &a[len(a)-1] == &cell[len(cell)-2] && actorIn(a, 0, len(a)) == "" {
				cell = cell[:len(cell)-len(a)-2]
			}
		}
		switch {
		case closing, n == 1:
			// A closing bar; the rows' labels' header.
		case len(cell) > 0 && len(cell) <= 3:
			side := actorIn(cell, 0, len(cell))
			if side == "" {
				return false
			}
			for _, t := range cell {
				if t.k == tNum {
					return false
				}
			}
			out = append(out, side)
		default:
			return false
		}
		return true
	})
	if !ok || len(out) < 2 || out[0] == out[len(out)-1] {
		return out, false
	}
	return out, true
}

// columnSide is the side a figure at s of a table row stands under.
func (d *docState) columnSide(toks []token, s int) (string, bool) {
	if len(d.colSides) == 0 || !d.sentScan(toks).pipe {
		return "", false
	}
	at := pipeColumn(toks, s)
	i := at - (pipeCells(toks) - len(d.colSides))
	if at < 0 || i < 0 || i >= len(d.colSides) {
		return "", false
	}
	return d.colSides[i], true
}

// columnYear is the year column a figure at s of a table row stands in,
// counting the row's cells and the header's from the right.
func (d *docState) columnYear(toks []token, s int) (yearCol, bool) {
	if len(d.colYears) == 0 {
		return yearCol{}, false
	}
	at := pipeColumn(toks, s)
	i := at - (pipeCells(toks) - len(d.colYears))
	if at < 0 || i < 0 || i >= len(d.colYears) {
		return yearCol{}, false
	}
	return d.colYears[i], true
}

// pipeCells is the number of cells of a text table's row, bars at its
// ends not counted as cells' edges.
func pipeCells(toks []token) int {
	n := 1
	for k := range toks {
		if toks[k].w == "|" && toks[k].k == tPunct && k > 0 && k < len(toks)-1 {
			n++
		}
	}
	return n
}

// rowLabelCategory is the category a text table's row is labelled with
// in its first cell, for a figure at s in its third cell or later with
// figures alone in the cells between; "" otherwise.
func rowLabelCategory(toks []token, s int) string {
	// The figure opens its cell, after another cell's figure.
	if s < 3 || toks[s-1].w != "|" || toks[s-2].k != tNum {
		return ""
	}
	ls, le := pipeCell(toks, 0)
	if le <= ls || le >= s-1 {
		return ""
	}
	for m := ls; m < le; m++ {
		if toks[m].k == tNum {
			return "" // a label with figures is a row of another kind
		}
	}
	// The cells between hold a figure each, and nothing else but signs.
	fig := false
	for m := le + 1; m < s; m++ {
		switch t := &toks[m]; {
		case t.w == "|" && t.k == tPunct:
			if !fig {
				return ""
			}
			fig = false
		case t.k == tNum:
			fig = true
		case t.k != tPunct:
			return ""
		}
	}
	lab := toks[ls:le]
	if c := wholeCategory(lab); c != "" && c != catLost {
		return c
	}
	if hit, ok := categoryEndingAt(toks, le-1); ok && hit.category != "" && hit.category != catLost && hit.s >= ls {
		return hit.category
	}
	if p, _, ok := equipmentIx.match(toks, ls); ok {
		return p.category
	}
	return ""
}

// inCell reports token k in the same cell of a table row as token s.
func inCell(toks []token, s, k int) bool {
	a, b := min(s, k), max(s, k)
	for m := a; m < b && m < len(toks); m++ {
		if toks[m].w == "|" && toks[m].k == tPunct {
			return false
		}
	}
	return true
}

// slashBefore reports the second figure of a cell: "| 22 / 78 |".
func slashBefore(toks []token, s int) bool {
	for m := s - 1; m >= 0; m-- {
		switch toks[m].w {
		case "/":
			return true
		case "|":
			return false
		}
	}
	return false
}

// pipeRowEquipment is the kind of equipment a text table's row is
// labelled with in its first cell ("| Tanks | 3,412 | 2,462 |"), or "".
func pipeRowEquipment(toks []token) string {
	s, e := pipeCell(toks, 0)
	if e == len(toks) || e == s {
		return ""
	}
	if c := wholeCategory(toks[s:e]); attrition.IsEquipment(c) {
		return c
	}
	return ""
}

// pipeColumn is the column of a text table's row that token s stands
// in, -1 outside a table row.
func pipeColumn(toks []token, s int) int {
	col, pipes := 0, 0
	for k := range toks {
		if toks[k].w == "|" && toks[k].k == tPunct {
			pipes++
			if k < s {
				col++
			}
		}
	}
	if pipes == 0 {
		return -1
	}
	if toks[0].w == "|" {
		col--
	}
	if col < 0 {
		return -1
	}
	return col
}

// launchedBy returns the side named as the agent of "launched by",
// "fired by" right after an equipment figure's phrase ending at e, or
// the land of "launched from", "fired from", with from set.
func launchedBy(toks []token, ms []mention, e int) (string, bool) {
	// "18 drones, two cruise missiles and one ballistic missile fired by
	// the Houthis": the list's last item's launcher is every item's.
	e = listEnd(toks, e)
	for _, m := range ms {
		if m.s < e+2 || m.s > e+4 || m.actor == "" {
			continue
		}
		b := m.s - 1
		if word(toks, b) == "the" {
			b--
		}
		switch word(toks, b) {
		case "by":
		case "from":
			// "370 ballistic missiles launched from Iran": the land they
			// were fired from is the launcher's.
			if w := word(toks, b-1); w != "launched" && w != "fired" {
				continue
			}
		default:
			continue
		}
		switch word(toks, b-1) {
		case "launched", "fired", "flown", "sent", "operated":
			return m.actor, word(toks, b) == "from"
		}
	}
	return "", false
}

// listEnd returns the end of a list of weapons counted that goes on
// after e (", two cruise missiles and one ballistic missile"), or e.
func listEnd(toks []token, e int) int {
	for {
		k := e
		if w := word(toks, k); w == "," || w == "and" {
			k++
			if word(toks, k) == "and" {
				k++
			}
		} else {
			return e
		}
		if k >= len(toks) || !startsNumber(&toks[k]) {
			return e
		}
		// The item: its figure, then its words up to the end of an
		// equipment phrase, within six words.
		end := 0
		for m := k + 1; m < len(toks) && m < k+7 && toks[m].k == tWord; m++ {
			if _, pe, ok := equipmentIx.match(toks, m); ok {
				end = pe
				break
			}
		}
		if end == 0 {
			return e
		}
		e = end
	}
}

// closesAside reports a period phrase [ps, pe) that ends a comma-bounded
// segment holding a figure of its own, with a comma between it and the
// figure at s.
func closesAside(toks []token, ps, pe, s int) bool {
	comma := false
	for k := pe; k < s; k++ {
		if toks[k].w == "," {
			// ", or roughly 1,180 a day": the same figure restated.
			if w := word(toks, k+1); w == "or" || w == "equivalent" || w == "averaging" {
				return false
			}
			comma = true
			break
		}
		if toks[k].k == tNum {
			return false
		}
	}
	if !comma {
		return false
	}
	for k := ps - 1; k >= 0 && k >= ps-8; k-- {
		switch {
		case toks[k].w == "," || toks[k].w == ";" || toks[k].w == ".":
			return false
		case startsNumber(&toks[k]) && toks[k].w != "a" && toks[k].w != "an":
			return true
		}
	}
	return false
}

// stateVerb reports "remain", "still" in a figure's phrase [s, e+2): a
// count of what is the case now.
func stateVerb(toks []token, s, e int) bool {
	// A switch rather than nearWord: this runs for every figure, and
	// nearWord's walk over its word list cost 1% of all instructions.
	for k := s; k < e+2 && k < len(toks); k++ {
		switch toks[k].w {
		case "remain", "remains", "remained", "still":
			return true
		}
	}
	return false
}

// singleSideFrom returns the one side of the registry war that began
// on d, when that war has one side only (Syria, Myanmar).
func singleSideFrom(d attrition.Date) (string, bool) {
	// By index: a Conflict is 96 bytes to copy at each step.
	for i := range attrition.Conflicts {
		if c := &attrition.Conflicts[i]; c.Start == d && len(c.Sides) == 1 {
			return c.Sides[0], true
		}
	}
	return "", false
}

// headlineFromBody dates a headline's figure by the same figure in the
// body: "Kharkiv hypermarket strike kills 18"
// over "Eighteen people were killed ... on Saturday".
func (d *docState) headlineFromBody() {
	for i := range d.claims {
		h := &d.claims[i]
		if h.sentence != 1 || h.timeWords {
			continue
		}
		for j := i + 1; j < len(d.claims); j++ {
			b := &d.claims[j]
			// "kills 35" over "killed at least 35": the body may bound
			// the headline's figure.
			if b.sentence == 1 || b.Category != h.Category || b.Per != h.Per || !sameNum(b.Low, h.Low) || !sameNum(b.High, h.High) && b.High != nil {
				continue
			}
			h.PeriodStart, h.PeriodEnd = b.PeriodStart, b.PeriodEnd
			break
		}
	}
}

// figuresNamedAfter reads a sentence that says whose the figures just
// given were, and when: "Dead: 12. Injured: about 2,800. Those were the
// figures Lebanon's health minister, Firass Abiad, gave on Wednesday for
// Tuesday's wave of exploding pagers." The claims of the two sentences
// before take the source, the side and the day they lack.
func (d *docState) figuresNamedAfter(toks []token, src *attribution) {
	// The sentence opens by pointing back at the figures: "Those were
	// the figures …", "The figures came from …", "The toll was compiled
	// by …".
	n, copula := 1, false
	switch word(toks, 0) {
	case "those", "these", "that", "this", "the":
	case "that's", "that’s":
	default:
		return
	}
	// "That's according to Ukraine's General Staff", "That is
	// according to the UN": the figures just given, by the body named.
	if k := 1; src != nil && !src.generic && src.name != "" {
		if word(toks, 0) != "that's" && word(toks, 0) != "that’s" && word(toks, k) == "is" {
			k++
		}
		if (k > 1 || word(toks, 0) == "that's" || word(toks, 0) == "that’s") && word(toks, k) == "according" && word(toks, k+1) == "to" {
			d.creditFiguresBefore(toks, k, src)
			return
		}
	}
	if word(toks, 0) == "that's" || word(toks, 0) == "that’s" {
		return
	}
	if v := word(toks, n); word(toks, 0) != "the" && (v == "were" || v == "was" || v == "are" || v == "is") {
		if word(toks, n+1) != "the" {
			return
		}
		copula, n = true, n+2
	}
	for w := word(toks, n); w == "first" || w == "latest" || w == "official" || w == "new" || w == "final" ||
		w == "death" || w == "casualty" || w == "revised" || w == "updated"; w = word(toks, n) {
		n++
	}
	switch word(toks, n) {
	case "figures", "toll", "tolls", "numbers", "count", "tally", "figure":
	default:
		return
	}
	if !copula {
		// "The figures came from the UN", "The toll was compiled by
		// the health ministry": what points back must give the giver
		// at once, or it is a new sentence about some other toll.
		k := n + 1
		switch word(toks, k) {
		case "came", "come", "comes":
			if word(toks, k+1) != "from" {
				return
			}
			src = d.giverAfter(toks, k+2, src)
		case "were", "was", "are", "is", "have", "has":
			if b := word(toks, k+1); b == "been" {
				k++
			}
			switch word(toks, k+1) {
			case "given", "released", "published", "announced", "reported", "provided", "issued", "compiled", "supplied":
			default:
				return
			}
			if word(toks, k+2) != "by" {
				return
			}
			src = d.giverAfter(toks, k+3, src)
		default:
			return
		}
		if src == nil {
			return
		}
	}
	d.creditFiguresBefore(toks, n, src)
}

// creditFiguresBefore gives the figures of the sentences just before,
// left without a source or side, the giver a sentence pointing back at
// them names: src, or one named after the noun at n that points back.
func (d *docState) creditFiguresBefore(toks []token, n int, src *attribution) {
	name, side := "", ""
	if src != nil {
		name, side = src.name, src.actor
		if side == "" {
			side = src.party
		}
	} else {
		// "the figures Lebanon's health minister, Firass Abiad, gave":
		// the giver stands between the noun and the verb.
		for k := n + 2; k < len(toks) && k < n+17; k++ {
			// "the first figures given on Thursday by the ethnic Armenian
			// authorities": the giver after "by".
			if toks[k].w == "by" {
				if s, e := npAfter(toks, k+1); e > s {
					if a := makeAttribution(toks, d.pt.text, s, e, k, e); !a.junk && !a.generic {
						name = a.name
					}
					side = actorIn(toks, s, e)
				}
				break
			}
			switch toks[k].w {
			case "gave", "released", "published", "announced", "reported", "provided", "issued":
				e := k
				for e > n+2 && toks[e-1].w == "," {
					e--
				}
				a := makeAttribution(toks, d.pt.text, n+1, e, n+1, k+1)
				if !a.junk && !a.generic {
					name = a.name
					side = actorIn(toks, n+1, k)
				}
				k = len(toks)
			}
		}
	}
	var day *periodHit
	for i := range d.periods {
		if p := &d.periods[i]; p.kind == pSpan && p.start == p.end && !p.speech {
			day = p
		}
	}
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.nsent-2; i-- {
		c := &d.claims[i]
		if c.Source == "" && name != "" {
			c.Source = name
		}
		if c.Actor == "" && side != "" {
			c.Actor = side
			if c.Population == attrition.PopulationCivilian {
				if cs, ok := d.civilianSide(side); ok {
					c.Actor = cs
				}
			}
		}
		wholeWar := c.PeriodEnd == d.pub
		if cf, ok := d.conflictFor(c.Actor); ok && !cf.End.IsZero() && c.PeriodEnd == cf.End {
			wholeWar = true
		}
		if day != nil && (c.PeriodStart.IsZero() || isConflictStart(c.PeriodStart)) && wholeWar {
			c.PeriodStart, c.PeriodEnd = day.start, day.end
		}
	}
}

// giverAfter is the body named at k as the giver of figures ("came
// from the UN", "compiled by the health ministry"), or src when none is.
func (d *docState) giverAfter(toks []token, k int, src *attribution) *attribution {
	s, e := npAfter(toks, k)
	if e <= s {
		return src
	}
	a := makeAttribution(toks, d.pt.text, s, e, k, e)
	if a.junk {
		return src
	}
	if a.generic {
		r, ok := d.resolveGeneric(a, toks)
		if !ok && !hasUpper(a.name) {
			return src
		}
		if ok {
			a = r
		}
	}
	if a.actor == "" {
		a.actor = actorIn(toks, s, e)
	}
	return d.heldAttrs.put(a)
}

// voiceWords are what only one side calls its enemy or says of itself:
// a text that uses them speaks for that side, whose "enemy" is the
// other ("our drone operators destroyed 14 tanks of the occupiers").
var voiceWords = []struct{ words, side string }{
	{"occupiers", "Ukraine"}, {"russists", "Ukraine"}, {"rashists", "Ukraine"}, {"ruscists", "Ukraine"}, {"orcs", "Ukraine"},
	{"glory to ukraine", "Ukraine"}, {"zionist enemy", "Palestinians in Gaza"},
	// State news agencies' datelines ("KYIV, June 11 (Ukrinform) —").
	{"(ukrinform)", "Ukraine"}, {"(unian)", "Ukraine"}, {"(tass)", "Russia"}, {"(ria novosti)", "Russia"},
	// The General Staff's daily tally, reprinted as it is written.
	{"combat losses of the enemy", "Ukraine"},
	// How Russia's defence ministry names its enemy.
	{"kyiv regime", "Russia"}, {"kiev regime", "Russia"}, {"armed formations of ukraine", "Russia"},
	{"ukrainian armed formations", "Russia"}, {"of the afu", "Russia"},
	// Its groups of forces, by their names.
	{"zapad group", "Russia"}, {"yug group", "Russia"}, {"sever group", "Russia"}, {"tsentr group", "Russia"},
	{"vostok group", "Russia"}, {"dnepr group", "Russia"},
}

// voiceScan finds voiceWords in a text.
var voiceScan = newTextWords(func() (ws []string) {
	for _, v := range voiceWords {
		ws = append(ws, v.words)
	}
	return ws
}()...)

// voice is the side the text speaks for by its words, or "".
func (d *docState) voice() string {
	if d.voiceParty == "" {
		d.voiceParty = "-"
		if s := voiceIn(d.low); s != "" {
			d.voiceParty = s
			// "Resistance fighters killed 3 occupiers in Beit Hanoun":
			// the word of another war's defenders, whose occupier is
			// Israel.
			if cf, ok := d.topConflict(); ok && !slices.Contains(cf.Sides, s) && slices.Contains(cf.Sides, "Israel") {
				for _, sd := range cf.Sides {
					if sd != "Israel" {
						d.voiceParty = sd
						break
					}
				}
			}
		}
	}
	if d.voiceParty == "-" {
		return ""
	}
	return d.voiceParty
}

// voiceIn returns the side of the first of voiceWords that the
// lower-cased text holds, or "".
func voiceIn(low string) string {
	found := voiceScan.in(low)
	if found == 0 {
		return ""
	}
	return voiceWords[bits.TrailingZeros32(found)].side
}

// textWords finds which of a few words (up to 32) a text holds, as
// strings.Contains would for each, in one pass over the text rather than
// one search per word: the searches stop at every byte a word starts
// with, which costs several times more.
//
// The pass steps over the text by the pair of bytes that ends each
// window as long as the shortest word (Wu and Manber's skip): most
// windows end in a pair no word has near its start, and no word can
// start in the bytes stepped over. The words are tested where their
// first two bytes stand.
type textWords struct {
	words []string
	n     int // the length of the shortest word, at least 2
	// first and second have, for each byte, a bit for each word whose
	// first (second) byte it is.
	first, second [256]uint32
	// shift is how far the pass may step by the pair of bytes that ends
	// a window (by textPair): as far as the pair's place in the first n
	// bytes of a word allows, n-1 for a pair no word has there. Pairs
	// that share a slot share the smallest step.
	shift [1024]uint8
}

func newTextWords(words ...string) *textWords {
	t := &textWords{words: words, n: 255}
	if len(words) == 0 || len(words) > 32 {
		panic("extract: textWords takes 1 to 32 words")
	}
	for _, w := range words {
		t.n = min(t.n, len(w))
	}
	if t.n < 2 {
		panic("extract: a word of textWords is shorter than two bytes")
	}
	for i := range t.shift {
		t.shift[i] = uint8(t.n - 1)
	}
	for k, w := range words {
		t.first[w[0]] |= 1 << k
		t.second[w[1]] |= 1 << k
		for j := 0; j+2 <= t.n; j++ {
			p := textPair(w[j], w[j+1])
			t.shift[p] = min(t.shift[p], uint8(t.n-2-j))
		}
	}
	return t
}

// textPair is the slot of textWords.shift of the bytes a, b: each
// letter's own five bits. (Its callers mask it, which spares the
// look-up a bounds check.)
func textPair(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// in returns a bit for each of the words the text holds (bit k for
// words[k]).
func (t *textWords) in(text string) uint32 {
	var found uint32
	// j is the pair that ends the window at j-back.
	back := t.n - 2
	for j := back; j+1 < len(text); {
		if sh := t.shift[textPair(text[j], text[j+1])&1023]; sh > 0 {
			j += int(sh)
			continue
		}
		i := j - back
		for m := t.first[text[i]] & t.second[text[i+1]]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros32(m)
			if strings.HasPrefix(text[i:], t.words[k]) {
				found |= 1 << k
			}
		}
		j++
	}
	return found
}

// townLabel reports a line that opens with a place and a colon:
// "Nabatieh: 16 killed", "- Kharkiv region: 3 killed".
func townLabel(toks []token) bool {
	k := 0
	if k < len(toks) && toks[k].k == tPunct && toks[k].w != ":" {
		k++
	}
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		if toks[k].w == ":" {
			return n > 0
		}
		if toks[k].k != tWord {
			return false
		}
	}
	return false
}

// datelineEnd is the end of a dateline that opens the sentence ("KYIV,
// Ukraine (AP) —", "ISLAMABAD/NEW DELHI, May 12 —"), or 0: a first word
// in capitals, then only names, dates and agency marks up to a dash.
func datelineEnd(toks []token, text []byte) int {
	if len(toks) < 3 || toks[0].k != tWord {
		return 0
	}
	// Most sentences open with a word in lower case after its capital:
	// its second byte fails allCaps without the call.
	if s, e := toks[0].s, toks[0].e; e-s >= 2 && text[s+1]-'a' < 26 || !allCaps(text[s:e]) {
		return 0
	}
	for k := 1; k < len(toks) && k < 14; k++ {
		t := &toks[k]
		switch {
		case t.k == tPunct && (t.w == "—" || t.w == "–" || t.w == "-" && !t.glued):
			return k + 1
		case t.k == tPunct || t.k == tNum:
		case t.k == tWord && t.upper:
		default:
			return 0
		}
	}
	return 0
}

// allCaps reports letters all in upper case, at least two of them.
func allCaps(b []byte) bool {
	n := 0
	for _, c := range b {
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// eventClause reports "were injured", "was killed": what happened, as a
// daily post's lines tell it ("Kupiansk district: 4 people were
// injured"), not a tally's running line.
func eventClause(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if w := toks[k].w; w == "were" || w == "was" {
			switch toks[k+1].w {
			case "killed", "injured", "wounded", "hurt":
				return true
			}
		}
	}
	return false
}

// merchantShipsAt reports a merchant's word among tokens [s, e), between
// a figure and its noun of ships: "two commercial vessels", "a
// cargo ship".
func merchantShipsAt(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		switch toks[k].w {
		case "commercial", "merchant", "cargo", "civilian", "container", "bulk", "oil", "fishing":
			return true
		}
	}
	return false
}

// allOfKind returns the population an aside from k says all the people
// before it were: ", all civilians", ", all of them soldiers", "— all
// of whom were children"; or "".
func allOfKind(toks []token, k int) string {
	if w := word(toks, k); w != "," && !isDash(w) || word(toks, k+1) != "all" {
		return ""
	}
	k += 2
	if word(toks, k) == "of" && (word(toks, k+1) == "them" || word(toks, k+1) == "whom") {
		k += 2
		if w := word(toks, k); w == "were" || w == "was" {
			k++
		}
	}
	if k >= len(toks) || toks[k].k != tWord {
		return ""
	}
	// ("24 people, all civilians and soldiers": people of both kinds.)
	if w := word(toks, k+1); w == "and" || w == "or" {
		return ""
	}
	switch t := &toks[k]; {
	case t.cls&clsCivilianWords != 0:
		return attrition.PopulationCivilian
	case t.cls&clsMilitaryWords != 0 && t.w != "military" && t.w != "army" && t.w != "forces":
		return attrition.PopulationMilitary
	}
	return ""
}

// civilianComplement reports "were children", "were women and
// children", "were civilians" right after a figure's words ending at e.
func civilianComplement(toks []token, e int) bool {
	switch word(toks, e) {
	case "were", "are", "was":
	default:
		return false
	}
	k := e + 1
	if w := word(toks, k); w == "mostly" || w == "all" || w == "either" {
		k++
	}
	switch word(toks, k) {
	case "children", "civilians", "women", "minors", "infants", "babies":
		return true
	}
	return false
}

// militantComplement reports a copula and fighters right after a part of
// the dead at token e: "of the dead were combatants", "of those killed
// were Hamas fighters".
func militantComplement(toks []token, e int) bool {
	// ("of the dead in Gaza were fighters": the place between.)
	if word(toks, e) == "in" && e+1 < len(toks) && toks[e+1].cls&clsActor != 0 {
		e += 2
	}
	switch word(toks, e) {
	case "were", "are", "was":
	default:
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+3; k++ {
		if militantWords[toks[k].w] {
			return true
		}
		if toks[k].cls&clsActor == 0 && toks[k].w != "armed" && toks[k].w != "enemy" {
			return false
		}
	}
	return false
}

// populationFromNeighbours gives a loss of people that named no kind of
// people the kind of the same side's nearest such loss in the text, the
// one before first: a tally of soldiers goes on counting soldiers ("…
// 1,100 killed and wounded. Another 300 were captured"), a ministry's
// count of people goes on counting people.
func (d *docState) populationFromNeighbours() {
	// A walk back keeps, for each claim, the next loss of its side with
	// a kind; a walk forward the last, filled ones included: linear in
	// the claims however many lack a kind. A text names few sides: a
	// short list of them, not a map.
	n := len(d.claims)
	need := false
	for i := range d.claims {
		if c := &d.claims[i]; c.Population == "" && c.Actor != "" && !isEquipment(c.Category) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	type sideAt struct {
		actor string
		at    int
	}
	var last []sideAt
	get := func(actor string) int {
		for _, l := range last {
			if l.actor == actor {
				return l.at
			}
		}
		return -1
	}
	set := func(actor string, i int) {
		for k := range last {
			if last[k].actor == actor {
				last[k].at = i
				return
			}
		}
		last = append(last, sideAt{actor, i})
	}
	// (A share of the dead, "90% of them civilians", lends its people to
	// no other figure.)
	next := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		c := &d.claims[i]
		next[i] = get(c.Actor)
		if c.Population != "" && !isEquipment(c.Category) && !c.share && !c.part {
			set(c.Actor, i)
		}
	}
	last = last[:0]
	for i := range d.claims {
		c := &d.claims[i]
		if c.Population == "" && c.Actor != "" && !isEquipment(c.Category) {
			j := get(c.Actor)
			// ("1,225 deaths in Syria in January, including 650
			// civilians": the whole takes no kind from its part.)
			if k := next[i]; k >= 0 && (j < 0 || k-i < i-j) && !d.partAfter(c, &d.claims[k]) && !d.contrastAfter(c, &d.claims[k]) {
				j = k
			}
			// ("17,000 children are among the 55,000 killed": nor from
			// the part told before it.)
			if j >= 0 && !d.amongWhole(&d.claims[j], c) {
				c.Population = d.claims[j].Population
			}
		}
		if c.Population != "" && !isEquipment(c.Category) && !c.share && !c.part {
			set(c.Actor, i)
		}
	}
}

// contrastAfter reports a claim n told after c in c's sentence across
// a contrast: "cost the Russian army more than 1,500 dead, while
// civilian deaths were estimated at 27,000" (the civilians are not the
// army's).
func (d *docState) contrastAfter(c, n *docClaim) bool {
	if n.sentence != c.sentence {
		return false
	}
	between := d.inputBetween(c.Span[1], n.Span[0])
	return bytes.Contains(between, []byte(" while ")) || bytes.Contains(between, []byte(" whereas ")) || bytes.Contains(between, []byte(" but "))
}

// amongWhole reports a claim c told as the whole a part p before it
// belongs to, in p's sentence: "17,000 children are among the 55,000
// killed".
func (d *docState) amongWhole(p, c *docClaim) bool {
	if p.sentence != c.sentence || p.Span[0] >= c.Span[0] {
		return false
	}
	return bytes.Contains(d.inputBetween(p.Span[0], c.Span[0]), []byte("among the"))
}

// inputBetween is the input from offset a to b, or nil when the two do
// not make a span of it.
func (d *docState) inputBetween(a, b int) []byte {
	if a < 0 || b > len(d.input) || a > b {
		return nil
	}
	return d.input[a:b]
}

// dropHonorific strips a title of address from a person's name: "Mr
// Zelensky" is Zelensky.
func dropHonorific(name string) string {
	if name == "" {
		return name
	}
	for _, p := range honorificsByStart[name[0]] {
		if len(name) > len(p)+1 && strings.HasPrefix(name, p) && name[len(p)] >= 'A' && name[len(p)] <= 'Z' {
			// "General Staff", "President's Office": a body, no title.
			if r := name[len(p):]; !strings.HasPrefix(r, "Staff") && !strings.HasPrefix(r, "Assembly") && !strings.Contains(r, " of ") {
				return r
			}
			return name
		}
	}
	return name
}

// honorifics are the titles of address and office dropHonorific strips:
// "President Zelensky" is Zelensky, as "Mr Zelensky" is.
var honorifics = []string{"Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Mrs. ", "Dr ", "Dr. ",
	"President ", "General ", "Gen. ", "Gen ", "Governor ", "Gov. ", "Mayor ", "Colonel ", "Col. ",
	"Prime Minister ", "Defence Minister ", "Defense Minister ", "Foreign Minister ", "Minister ",
	"Lt. Gen. ", "Lt Gen ", "Maj. Gen. ", "Maj Gen ", "Brig. Gen. ", "Admiral ", "Adm. ", "Rear Adm. ",
	"Commander ", "Sheikh ", "Senator ", "Sen. ",
	// Ranks and titles as wire copy abbreviates them: "Capt. Ella
	// Waweya", "Lt. Col. Nadav Shoshani" (compound ones first).
	"Lt. Col. ", "Lt Col ", "Lt. Cmdr. ", "Lt. ", "Capt. ", "Capt ", "Maj. ", "Sgt. ", "Sgt ", "Brig. ", "Cmdr. ",
	"Gov ", "Prof. ", "Rep. ", "Col ", "Adm "}

// honorificsByStart holds the honorifics by their first letter, in
// their order: this runs for every attribution, and a name may match
// only those that open with its letter; most names open with none.
var honorificsByStart = func() (t [256][]string) {
	for _, p := range honorifics {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

// upgradeBefore reports a higher guess at the figure before, right
// before token s: ", perhaps", ", possibly", ", maybe", ", or even".
func upgradeBefore(toks []token, s int) bool {
	// "estimated at 300,000, but could be as high as 600,000", "…,
	// while other estimates run as high as 600,000": a ceiling's guess
	// in a clause of its own.
	if word(toks, s) == "as" && word(toks, s+2) == "as" {
		switch word(toks, s+1) {
		case "high", "many", "much":
			for k := s - 1; k >= 0 && k >= s-6; k-- {
				switch w := toks[k].w; {
				case w == "," || w == ";" || w == "but" || w == "while" || w == "whereas" || w == "though" || w == "although":
					return k < s-1
				case toks[k].k == tNum || w == "." || w == ":":
					return false
				}
			}
		}
	}
	k := s - 1
	// (The hedge may open the figure's own words: "perhaps 150,000".)
	switch word(toks, s) {
	case "perhaps", "possibly", "maybe", "potentially":
		k = s
	}
	switch word(toks, k) {
	case "perhaps", "possibly", "maybe", "potentially":
		k--
		if word(toks, k) == "and" || word(toks, k) == "or" {
			k--
		}
	case "even":
		k--
		if word(toks, k) != "or" {
			return false
		}
		k--
	default:
		return false
	}
	return word(toks, k) == "," || word(toks, k) == "–" || word(toks, k) == "—"
}

// soldiersOnlyIn returns military for a sentence that names soldiers
// (or, with soldiers set, an army's losses) and no other people, else
// "". s and e are the start and end of the figure asked for.
func soldiersOnlyIn(toks []token, s, e int, soldiers bool) string {
	for k := range toks {
		// Every word below is of the lexicon's person class, an actor
		// word or a military word: most words pass on one test, before
		// their kind is read by the word's id.
		t := &toks[k]
		if t.k != tWord {
			// ("At least 32 Israelis, including 21 soldiers, were
			// killed": a part's people are not the whole's.)
			if t.w == "," && word(toks, k+1) == "including" {
				break
			}
			// (Nor the people of a clause in contrast after the figure,
			// which ends at e: "1,500 dead, while civilian deaths were
			// estimated at 27,000".)
			if t.w == "," && k >= e && contrastWord(word(toks, k+1)) {
				break
			}
			continue
		}
		if t.cls&(clsPerson|clsActorWord|clsMilitaryWords) == 0 {
			continue
		}
		switch kind := soldiersOnlyIx.at(t); {
		case kind&soCivilian != 0:
			return ""
		case kind&soSoldier != 0 && !soldierDoer(toks, k, s, e) && !civilAuthorityWord(toks, k):
			soldiers = true
		}
	}
	if soldiers {
		return attrition.PopulationMilitary
	}
	return ""
}

// civilAuthorityWord reports the word at k as part of the name of a
// civil authority in wartime, a speaker not among the dead: "the Sumy
// regional military administration", "the city military
// administration's head".
func civilAuthorityWord(toks []token, k int) bool {
	if toks[k].w != "military" {
		return false
	}
	switch word(toks, k+1) {
	case "administration", "administrations", "administration's", "administrator":
		return true
	}
	return false
}

// weaponCaused reports a weapon or a campaign of strikes as the cause
// of the figure at s (its words ending at e): "Shelling caused 50
// casualties", "landmines left 1,050 casualties", "casualties from
// shelling", "casualties caused by landmines".
func weaponCaused(toks []token, s, e int) bool {
	k := s - 1
	for k > 0 && (hedgeWord(toks[k].w) || figureBoundWord(toks[k].w)) {
		k--
	}
	switch word(toks, k) {
	case "caused", "causing", "causes", "cause", "left", "leaving", "leaves":
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if weaponWord(&toks[j]) {
				return true
			}
		}
		return false
	}
	j := e
	if w := word(toks, j); w == "caused" || w == "due" {
		j++
	}
	switch word(toks, j) {
	case "from", "by", "to":
		for m := j + 1; m < len(toks) && m <= j+4; m++ {
			if weaponWord(&toks[m]) {
				return true
			}
		}
	}
	return false
}

// weaponWord reports an attack or a weapon: "shelling", "airstrikes",
// "landmines", "explosive remnants".
func weaponWord(t *token) bool {
	if t.cls&clsAttackWord != 0 {
		return true
	}
	switch t.w {
	case "landmines", "landmine", "mines", "mine", "ordnance", "explosives", "remnants", "uxo", "artillery", "mortar", "mortars", "gunfire":
		return true
	}
	return false
}

// soldierDoer reports the soldiers' word at k as the doers of the
// killing, not the dead, for a figure at s: "Russian army shelling
// kills 4", "an army drone strike", "killed by the military", "the
// military killed 50 people", "troops kill 30".
func soldierDoer(toks []token, k, s, e int) bool {
	// The attack's maker: "army shelling", "military airstrikes".
	// (Only before the figure for a verb: "soldiers hit by shrapnel".)
	if n := k + 1; n < len(toks) && toks[n].cls&clsAttackWord != 0 && (k < s || attackMaker(toks[n].w)) {
		return true
	}
	// The agent of a passive, in the figure's own clause: "by the
	// army", "by Russian forces".
	if k > e+6 {
		return false
	}
	j := k - 1
	if j > 0 && toks[j].cls&clsActor != 0 && toks[j].k == tWord {
		j--
	}
	if word(toks, j) == "the" {
		j--
	}
	if word(toks, j) == "by" {
		return true
	}
	// The subject of the figure's verb: "the military killed 50".
	if k < s {
		v := k + 1
		switch word(toks, v) {
		case "have", "has", "had":
			v++
			if word(toks, v) != "killed" {
				return false
			}
		case "kill", "kills", "killed", "killing":
		default:
			return false
		}
		// The figure is the verb's object, hedged at most: not
		// "Soldiers killed in Gaza | 429".
		for j := v + 1; j < s; j++ {
			if w := toks[j].w; !hedgeWord(w) && !figureBoundWord(w) {
				return false
			}
		}
		return v < s
	}
	return false
}

// figureBoundWord reports a word of a figure's bound before it: "at least",
// "more than", "up to".
func figureBoundWord(w string) bool {
	switch w {
	case "at", "least", "more", "than", "over", "nearly", "almost", "up", "to", "an", "as", "many", "some":
		return true
	}
	return false
}

// attackMaker reports an attack noun that the word before it makes:
// "army drone strike", "military airstrikes", not a verb.
func attackMaker(w string) bool {
	switch w {
	case "strike", "strikes", "airstrike", "airstrikes", "shelling", "attack", "attacks", "bombing", "bombardment",
		"missile", "missiles", "drone", "drones", "raid", "raids", "ambush", "bomb", "bombs", "rocket", "rockets", "shells":
		return true
	}
	return false
}

// sideLossesBefore reports a side's losses named before token s:
// "Russian losses", "Ukraine's losses".
func sideLossesBefore(toks []token, s int) bool {
	for k := 1; k < s; k++ {
		if toks[k].w == "losses" && toks[k-1].cls&clsActor != 0 && toks[k-1].upper {
			return true
		}
	}
	return false
}

// The kinds of words soldiersOnlyIn looks for.
const (
	soCivilian uint8 = 1 << iota // people not of an army: the sentence is not soldiers' only
	soSoldier                    // a state's soldiers or its army
)

// soldiersOnlyIx holds soldiersOnlyIn's kinds by the word's id: one
// index for a word of the classes it asks about, where there were two
// maps and a few comparisons.
var soldiersOnlyIx = func() lexIndex[uint8] {
	m := map[string]uint8{}
	for w := range civilianNoun {
		m[w] |= soCivilian
	}
	for _, w := range []string{"civilian", "hostages", "journalists", "medics", "staff"} {
		m[w] |= soCivilian
	}
	for w := range stateSoldierWords {
		m[w] |= soSoldier
	}
	for _, w := range []string{"army", "military", "forces", "men"} {
		m[w] |= soSoldier
	}
	return newLexIndex(m)
}()

// wholeInSentence reports a loss already read in this sentence, the
// whole a share after it may be of.
func (d *docState) wholeInSentence() bool {
	r := d.lastClaim("")
	return r != nil && r.sentence == d.nsent
}

// sharePeopleAfter reports a copula and the people a share of a toll
// were, at token k after a percentage: "56.2% were women, children or
// people aged 65 or older".
func sharePeopleAfter(toks []token, k int) bool {
	switch word(toks, k) {
	case "were", "are", "was":
	default:
		return false
	}
	switch word(toks, k+1) {
	case "women", "children", "civilians", "men", "minors", "boys", "girls", "elderly", "infants", "fighters", "combatants", "soldiers", "militants", "members":
		return true
	}
	return false
}

// comparedFigureBetween reports a figure in toks[a:b] set against one
// before it by a comparison's own words ("compared with the 37,877",
// "far above the 3,000"), right before the speaker at b.
func comparedFigureBetween(toks []token, a, b int) bool {
	for k := max(a, b-6); k < b && k < len(toks); k++ {
		if toks[k].k != tNum {
			continue
		}
		j := k - 1
		if word(toks, j) == "the" {
			j--
		}
		switch word(toks, j) {
		case "with", "to":
			if w := word(toks, j-1); w == "compared" || w == "comparison" {
				return true
			}
		case "above", "below":
			switch word(toks, j-1) {
			case "far", "well", "much", "way", "significantly", "substantially":
				return true
			}
		case "versus", "vs":
			return true
		}
	}
	return false
}

// possessiveTimeStart returns the first token of a time in the
// possessive right before token s ("2023's", "last year's", "the
// previous month's"), or s when there is none.
func possessiveTimeStart(toks []token, s int) int {
	w := word(toks, s-1)
	switch {
	case w == "s" && s >= 3 && (toks[s-2].w == "'" || toks[s-2].w == "’") && toks[s-3].k == tNum && yearLike(toks[s-3].w):
		return s - 3
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
		switch strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") {
		case "year", "month", "week", "day", "quarter":
			switch word(toks, s-2) {
			case "last", "previous", "prior", "preceding":
				return s - 2
			}
		}
	}
	return s
}

func yearLike(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// comparedBefore reports a figure set against the one before it: "up
// from about 7,900 in 2024", "compared with 5,000 a year earlier".
func comparedBefore(toks []token, s int) bool {
	// "from the 90 it had announced at the time", "compared with the
	// 37,877 reported by the ministry": the article is no word of the
	// comparison.
	if word(toks, s-1) == "the" {
		switch word(toks, s-2) {
		case "from", "with", "to", "above", "below":
			s--
		}
	}
	// "revised from an earlier 1,210", "down from an initial 1,210":
	// the count as first given, after "from".
	switch word(toks, s-1) {
	case "earlier", "initial", "previous", "original", "prior", "preliminary":
		if w := word(toks, s-2); (w == "an" || w == "the" || w == "a") && word(toks, s-3) == "from" {
			s -= 2
		}
	}
	// "up from 2023's 253,000", "compared with last year's 253,000":
	// the time the figure compared is of stands before it.
	s = possessiveTimeStart(toks, s)
	// "compared with Ukraine's 1,100": the other side's figure.
	if s >= 3 && strings.HasSuffix(word(toks, s-1), "'s") && toks[s-1].cls&clsActor != 0 {
		if w := word(toks, s-2); w == "with" || w == "to" {
			if b := word(toks, s-3); b == "compared" || b == "comparison" || b == "against" {
				return true
			}
		}
		if word(toks, s-2) == "against" {
			return true
		}
	}
	// "after an increase of 1,680 over the past day".
	if word(toks, s-1) == "of" {
		switch word(toks, s-2) {
		case "increase", "rise", "jump", "addition", "increment":
			return true
		case "figure", "toll", "count", "tally", "estimate", "total":
			// "revising upward an earlier figure of 610": the same
			// count as first given.
			switch word(toks, s-3) {
			case "earlier", "previous", "initial", "original", "prior", "preliminary":
				return true
			}
		}
	}
	switch word(toks, s-1) {
	case "from":
		w := word(toks, s-2)
		// "revised its toll down to 15 from 21".
		// ("put at 1,120, revised from 1,210", "corrected from".)
		if w == "up" || w == "down" || w == "rising" || w == "falling" || w == "increase" || w == "rise" || w == "revised" || w == "corrected" ||
			s >= 2 && startsNumber(&toks[s-2]) && word(toks, s-3) == "to" {
			return true
		}
		// "the monthly figures climbed steadily, from about 28,000 in
		// January".
		for k := s - 2; k >= 0 && k >= s-4; k-- {
			switch toks[k].w {
			case "climbed", "rose", "fell", "dropped", "grew", "increased", "decreased", "declined", "jumped", "slipped":
				return true
			}
		}
		// "fell to 412 in May, or about 95 a week, from 596 in April".
		for k := s - 3; k >= 1 && k >= s-16; k-- {
			if toks[k].w == "to" {
				switch toks[k-1].w {
				case "fell", "rose", "dropped", "climbed", "increased", "decreased", "declined", "grew", "jumped", "slipped", "eased", "doubled":
					return true
				}
			}
			if toks[k].w == "." || toks[k].w == ";" {
				break
			}
		}
		return false
	case "with", "to":
		w := word(toks, s-2)
		if w == "and" {
			// "That compares with 11,370 in the previous week and
			// with 12,040 in the week to 29 December".
			for k := s - 3; k >= 0 && k >= s-16; k-- {
				if w := toks[k].w; w == "compared" || w == "compares" || w == "compare" || w == "comparison" {
					return true
				}
			}
			return false
		}
		return w == "compared" || w == "comparison" || w == "compares" || w == "compare"
	case "against", "versus", "vs":
		// "512 civilians so far this year, against 1,152 in the whole
		// of 2023".
		return word(toks, s-2) == "," || word(toks, s-1) != "against"
	case "above", "below":
		// "estimated 61,000 deaths, far above the 3,000 recorded by
		// ACLED".
		switch word(toks, s-2) {
		case "far", "well", "way", "much", "just", "slightly", "significantly", "substantially", ",":
			return true
		}
	case "than":
		return word(toks, s-2) == "more" || word(toks, s-2) == "fewer"
	}
	return false
}

// periodBefore dates a figure followed by "the year before", "a month
// earlier" or "the previous week": the period of the figure before it in
// the sentence, one such unit back ("1,380 in 2024, down from 1,860 the
// year before").
func (d *docState) periodBefore(toks []token, c *attrition.Claim, e int) {
	unit := unitBackAt(toks, e)
	if unit == "" {
		return
	}
	prev := d.lastAny()
	if prev == nil || prev.sentence != d.nsent || prev.PeriodStart.IsZero() || prev.PeriodEnd.IsZero() {
		return
	}
	st, en := prev.PeriodStart, prev.PeriodEnd
	// "1,000,000, up from 600,000 a year earlier": a running total a
	// unit back still starts with its war.
	total := isConflictStart(st) && en == d.pub
	switch unit {
	case "year":
		st, en = st.AddMonths(-12), en.AddMonths(-12)
	case "month":
		st, en = st.AddMonths(-1), en.AddMonths(-1)
		if en.AddDays(1).Day() != 1 && prev.PeriodEnd.AddDays(1).Day() == 1 {
			en = st.AddMonths(1).AddDays(-1) // a whole month stays whole
		}
	case "week":
		st, en = st.AddDays(-7), en.AddDays(-7)
	case "quarter":
		st = st.AddMonths(-3)
		en = st.AddMonths(3).AddDays(-1)
	}
	if total {
		st = prev.PeriodStart
	}
	c.PeriodStart, c.PeriodEnd = st, en
}

// otherPeriodOfSame reports a bare figure, joined to the one before by
// "and", a comma, "against", "versus", "compared with" or "down from", that a period
// follows at once: "1,380 tanks in 2024 and 1,860 in 2023", "418,970 in
// 2025 against 430,790 the year before". It counts what the figure
// before counts, over its own period.
func (d *docState) otherPeriodOfSame(toks []token, s, e int) bool {
	switch word(toks, s-1) {
	case "and", ",", "against", "versus", "vs", "but":
	case "only":
		// "lost 90 aircraft in 2022 but only 20 in 2024".
		if word(toks, s-2) != "but" {
			return false
		}
	default:
		// "compared with", "down from".
		if !comparedBefore(toks, s) {
			return false
		}
	}
	for i := range d.periods {
		if p := &d.periods[i]; p.s == e && p.kind != pDuration {
			return true
		}
	}
	// "the year before", "a year earlier", "the previous year".
	return unitBackAt(toks, e) != ""
}

// unitBackAt reads "the year before", "a month earlier" or "the previous
// week" at token e and returns its unit, "" if none is there.
func unitBackAt(toks []token, e int) string {
	// "31,000 in the same period last year".
	// ("wounded 2,300 in the preceding week" is that week, no
	// comparison.)
	if (word(toks, e) == "in" || word(toks, e) == "during") && (word(toks, e+2) == "same" || word(toks, e+3) == "quarter") {
		e++
	}
	// "600,000 at this time last year", "at the same time last year".
	if word(toks, e) == "at" || word(toks, e) == "by" {
		e++
	}
	if word(toks, e) == "this" && word(toks, e+1) == "time" && word(toks, e+2) == "last" && word(toks, e+3) == "year" {
		return "year"
	}
	if w := word(toks, e); w != "the" && w != "a" {
		return ""
	}
	u, v := word(toks, e+1), word(toks, e+2)
	unit := ""
	switch {
	case v == "before" || v == "earlier" || v == "ago" && u == "year":
		unit = u
	case u == "previous" || u == "prior" || u == "preceding":
		unit = v
	case u == "same" && (word(toks, e+3) == "last" || word(toks, e+2) == "time" && word(toks, e+3) == "last") && word(toks, e+4) == "year":
		// "the same period last year", "the same month last year".
		unit = "year"
	}
	if unit != "year" && unit != "month" && unit != "week" && unit != "quarter" {
		return ""
	}
	return unit
}

// partOfAfter reports a figure that counts part of the dead named
// before: "380 of the dead", "120 of them".
func partOfAfter(toks []token, s, e int) bool {
	k := s + 1
	for k < e && k < s+4 && word(toks, k) != "of" {
		k++
	}
	if ofThem(toks, k) {
		return true
	}
	if word(toks, k) != "of" || word(toks, k+1) != "the" {
		return false
	}
	_, _, ok := personnelIx.match(toks, k+2)
	return ok
}

// amongTheDead reports "were among the dead" in or after a figure's
// quote [s, e): "Twelve police officers were among the dead".
func amongTheDead(toks []token, s, e int) bool {
	for k := s + 1; k < e+4 && k+2 < len(toks); k++ {
		if toks[k].w == "among" && (toks[k+1].w == "the" || toks[k+1].w == "those") {
			_, _, ok := personnelIx.match(toks, k+2)
			return ok
		}
	}
	return false
}

// moreAfter reports "Two more died", "12 others were injured": a figure
// that adds to the one the sentence before gave.
func moreAfter(toks []token, s, e int) bool {
	w := word(toks, e)
	return w == "more" || w == "others" || word(toks, s-1) == "another" || alsoAfter(toks, s, e)
}

// placeAloneLead reports a sentence that opens with a place and
// "alone" before the figure at s: "At the Nova festival alone, 364 …",
// "In Kharkiv alone, …".
func placeAloneLead(toks []token, s int) bool {
	if w := word(toks, 0); w != "at" && w != "in" && w != "on" {
		return false
	}
	for k := 1; k < s && k < 10; k++ {
		if toks[k].w == "alone" {
			return word(toks, k+1) == ","
		}
	}
	return false
}

// alsoAfter reports "250 fighters were also killed", "Also killed were
// 30 soldiers": a figure told as one more of the toll before it.
func alsoAfter(toks []token, s, e int) bool {
	if word(toks, 0) == "also" {
		return true
	}
	for k := s; k < len(toks) && k < e+8; k++ {
		if toks[k].w == "also" {
			return true
		}
		if k >= e && toks[k].k == tPunct && toks[k].w != "-" {
			return false
		}
	}
	return false
}

// byToBefore reports "rose by 52 to" before token s: the figure at s is
// the new total of the one the increment was added to.
func byToBefore(toks []token, s int) bool {
	if word(toks, s-1) != "to" {
		return false
	}
	// ("rose by 300 in the past week to 13,300": the increment's time
	// between.)
	for k := s - 2; k >= 1 && k >= s-8; k-- {
		if toks[k].k == tNum {
			return word(toks, k-1) == "by" && (k == s-2 || riseToVerb(word(toks, k-2)))
		}
		if toks[k].k != tWord {
			return false
		}
	}
	return false
}

// commaAndBetween reports ", and" in tokens [a, b).
func commaAndBetween(toks []token, a, b int) bool {
	for k := max(a, 0); k+1 < b && k+1 < len(toks); k++ {
		if toks[k].w == "," && toks[k+1].w == "and" {
			return true
		}
	}
	return false
}

// totalVerbBetween reports "bringing the total", "raising the toll" in
// tokens [a, b): what follows is a running total's.
func totalVerbBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if !totalVerb(toks[k].w) {
			continue
		}
		// ("bringing the army's death toll since the start of the war
		// to 860": past a possessor's words.)
	words:
		for m := k + 1; m < b && m <= k+6; m++ {
			switch toks[m].w {
			case "total", "toll", "tally", "number", "overall", "totals", "tolls":
				return true
			case "to", "since", "in", ",", ".", ";":
				break words
			}
		}
	}
	return false
}

// runningCueWords are the words runningCue looks for, its switch's
// cases: the lexicon gives them a class bit (clsRunningCue).
var runningCueWords = []string{"total", "totals", "overall", "altogether", "cumulative", "since", "running", "tally", "so", "to", "in"}

// totalVerbWords are totalVerb's words: the lexicon gives them a class
// bit (clsTotalVerb) that sentScan tests on every word.
var totalVerbWords = []string{"bringing", "brings", "raising", "raises", "taking", "takes", "pushing", "pushes"}

// totalVerb reports the verbs that bring a running total to a new
// figure: "bringing the total to", "raising the toll to".
func totalVerb(w string) bool {
	switch w {
	case "bringing", "brings", "raising", "raises", "taking", "takes", "pushing", "pushes":
		return true
	}
	return false
}

// coordinated reports a figure at token s joined to the figure before by
// "and", "while" or a comma: "41 killed and 180 injured".
func coordinated(toks []token, s int) bool {
	// "fell from 340 in May to 304 in June": the same count's end.
	if fromFigureTo(toks, s) {
		return true
	}
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch toks[k].w {
		case "and", ",", "while", "with", ";":
			return true
		case "another", "more", "some", "about", "around", "at", "least", "over", "nearly":
			continue
		case "wounded", "injured", "wounding", "injuring":
			// "killed 12,000 civilians and wounded 28,000": the verb
			// of the second figure, after "and".
			if k == s-1 && (word(toks, k-1) == "and" || word(toks, k-1) == ",") {
				return true
			}
		}
		return false
	}
	return false
}

// restatedAsRate reports a sentence that restates the figure before it
// as a rate: "That works out at an average of 1,177 a day", "This
// equates to about 30,000 a month".
func restatedAsRate(toks []token, s int) bool {
	switch word(toks, 0) {
	case "that", "this", "it", "which":
	default:
		return false
	}
	for k := 1; k < s && k < 6; k++ {
		switch toks[k].w {
		case "works", "equates", "equals", "amounts", "means", "translates", "comes", "represents", "is", "was":
			return true
		}
	}
	return false
}

// rateCue reports a rate that restates the figure before it: "430,000
// in 2024, or roughly 1,180 a day", "395,000, averaging 1,200 per day".
func rateCue(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		switch toks[k].w {
		case "or", "averaging", "averaged", "average", "i.e.", "meaning":
			return true
		case ",":
			// "160,000 in the first five months, about 1,060 a day".
			if k == s-1 {
				return true
			}
		}
		if toks[k].k == tNum || toks[k].w == "." || toks[k].w == ";" {
			return false
		}
	}
	return false
}

// insideFigure reports a side named between a figure and the end of its
// category words ("1,500 Ukrainian soldiers killed").
// sideNamedBefore reports a side named before token s, not as a place
// or a doer: "about 300 Russian troops had infiltrated …, and the corps
// had killed 41 of them".
func sideNamedBefore(ms []mention, s int) bool {
	for _, m := range ms {
		if m.e <= s && !m.loc && !m.agent && m.actor != "" {
			return true
		}
	}
	return false
}

// enemyInsideFigure reports "enemy" between a figure and its noun: "9
// enemy drones".
func enemyInsideFigure(ms []mention, qe, ce int) bool {
	for _, m := range ms {
		if m.s >= qe && m.e <= ce+1 && m.enemy {
			return true
		}
	}
	return false
}

// sponsorOnlyInside returns the side named as the backer within a
// figure's words [qe, ce] ("40 Russian-backed separatists") when no
// other side is named there, else "".
func sponsorOnlyInside(ms []mention, qe, ce int) string {
	sp := ""
	for _, m := range ms {
		if m.s < qe || m.e > ce+1 {
			continue
		}
		if !m.sponsor || m.actor == "" {
			return ""
		}
		sp = m.actor
	}
	return sp
}

func insideFigure(ms []mention, qe, ce int) bool {
	for _, m := range ms {
		// ("among them 13 South African soldiers": a name right after
		// the figure, as chooseActor reads it.)
		if (m.s >= qe && m.e <= ce+1 || m.s == qe && !m.agent && !m.loc) && !m.enemy {
			return true
		}
	}
	return false
}

// dayIn reports a day of the month among tokens [s, e): "since 7
// October 2023" names a day, "since October 2023" a month.
func dayIn(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		if _, ok := dayNumber(toks, k); ok {
			return true
		}
	}
	return false
}

// otherSideNamedBefore reports a side other than actor among the
// mentions that are not places, leaving out those in a later clause:
// "strike kills 18 as Russia presses in the northeast" names Russia in
// another.
func otherSideNamedBefore(toks []token, ms []mention, actor string, e int) bool {
	for _, m := range ms {
		if m.s >= e && subordinateBetween(toks, e, m.s) {
			continue
		}
		if !m.loc && !m.agent && (m.enemy || m.actor != actor) {
			return true
		}
	}
	return false
}

// attackWords are the words the switches of attackNoun, singleAttack
// and attackEvent look for: the lexicon gives them a class bit
// (clsAttackWord) so that their walks over a sentence skip other words
// with one test. A word added to one of those switches goes here too.
var attackWords = []string{
	// attackNoun
	"strike", "strikes", "airstrike", "airstrikes", "shelling", "attack", "attacks", "bombing",
	"bombardment", "missile", "missiles", "drone", "drones", "explosion", "blast",
	// singleAttack
	"raid", "ambush", "massacre", "assault", "clash", "firefight", "skirmish",
	// attackEvent
	"shooting", "hit", "struck", "slammed", "smashed", "tore", "exploded", "detonated", "shelled", "bombed",
	"stormed", "raided", "ambushed", "attacked", "targeted", "pounded", "opened", "fired",
	// attackEvent: a headline's present in an "as" clause.
	"pounds", "hits", "bombards", "batters", "pummels", "targets",
	// singleAttack: "in the incident".
	"incident",
	// presentKillAfter: a weapon as a headline's subject.
	"bomb", "bombs", "rocket", "rockets", "shell", "shells",
}

// attackNoun reports a strike, shelling or attack named in the sentence.
func attackNoun(toks []token) bool {
	for i := range toks {
		if toks[i].cls&clsAttackWord == 0 {
			continue // the class bit first: most words are no attack's
		}
		switch toks[i].w {
		case "strike", "strikes", "airstrike", "airstrikes", "shelling", "attack", "attacks", "bombing",
			"bombardment", "missile", "missiles", "drone", "drones", "explosion", "blast":
			return true
		}
	}
	return false
}

// weaponBefore reports a bomb or rocket named before token s: the
// subject of a headline's verb of killing.
func weaponBefore(toks []token, s int) bool {
	for k := range min(s, len(toks)) {
		switch toks[k].w {
		case "bomb", "bombs", "rocket", "rockets", "shell", "shells":
			return true
		}
	}
	return false
}

// singleAttack reports one attack named in the sentence: "a strike",
// "the attack", "an explosion", not a campaign ("strikes", "shelling").
func singleAttack(toks []token) bool {
	for i := range toks {
		if toks[i].cls&clsAttackWord == 0 {
			continue // the class bit first: most words are no attack's
		}
		switch toks[i].w {
		case "strike", "airstrike", "attack", "raid", "ambush", "massacre", "explosion", "blast", "bombing", "incident", "bomb",
			// "lost 12 soldiers in the assault", "in a clash with
			// troops": one fight, as an attack is. (Not the war itself:
			// "Russia's full-scale assault".)
			"assault", "clash", "firefight", "skirmish":
			if toks[i].w == "assault" && wideAssault(toks, i) {
				continue
			}
			// "IDF strike on Gaza school: 30 killed", "RSF drone
			// strike on Port Sudan": one side's one strike.
			if i > 0 && toks[i-1].cls&clsActor != 0 && toks[i-1].upper && i <= 3 {
				return true
			}
			switch word(toks, i-1) {
			case "a", "an", "the", "this", "that", "one", "single", "latest", "deadliest", "missile", "drone",
				"air", "rocket", "suicide", "israeli", "russian", "ukrainian", "us", "u.s", "american":
				return true
			case "in", "after":
				// A headline drops the article: "15 killed in strike on
				// Nuseirat school", "7 missing after strike on Odesa".
				if nx := word(toks, i+1); nx == "on" || nx == "at" || nx == "near" {
					return true
				}
			}
			// "soldiers killed, two wounded in Gaza roadside bomb",
			// "wounded in Kharkiv drone attack": a headline's one attack,
			// its place and weapon before it.
			if lossInAttackAt(toks, i) {
				return true
			}
			// "A Russian guided-bomb strike": modifiers between the
			// article and the attack.
			for k := i - 2; k >= 0 && k >= i-4; k-- {
				w := toks[k].w
				if w == "a" || w == "an" || w == "the" {
					return true
				}
				if toks[k].k != tWord || toks[k].cls&(clsNum|clsLoss|clsCat) != 0 {
					break
				}
			}
			// "Kharkiv hypermarket strike kills 18": a headline's one
			// attack and its toll.
			switch word(toks, i+1) {
			case "kills", "killed", "leaves", "wounds", "injures":
				return true
			}
		}
		// A headline's present: "RSF attack on Zamzam camp kills more
		// than 400", "Israeli strikes kill 558 in Lebanon": the day's
		// news, however many strikes.
		if presentKillAfter(toks, i) {
			return true
		}
	}
	return attackEvent(toks)
}

// wideAssault reports an assault at i that is a war or a campaign, not
// one fight: "the full-scale assault", "Russia's assault on Ukraine",
// "the assault on Avdiivka began in October".
func wideAssault(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].w {
		case "full-scale", "scale", "all-out", "military", "ground", "offensive", "months-long", "weeks-long", "invasion":
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].w {
		case "began", "started", "begun", "launched":
			return true
		}
		// "the assault on Ukraine": a side's land, not a town.
		if toks[k].cls&clsActor != 0 && toks[k].upper && word(toks, k-1) == "on" {
			return true
		}
	}
	return false
}

// asClauseBefore reports "as" opening the clause of the verb at i, its
// subject between: "as Russia pounds", "as Russian drones hit".
func asClauseBefore(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		switch toks[k].w {
		case "as":
			return k < i-1 && toks[k-1].w != "well" && toks[k-1].w != "such"
		case ",", ";", ".", "and":
			return false
		}
	}
	return false
}

// lossInAttackAt reports a headline's "killed in Gaza roadside bomb":
// the singular attack noun at i after "in" or "by" and a few words of
// place or weapon, right after a loss's participle.
func lossInAttackAt(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		switch toks[k].w {
		case "in", "by":
			if k == i-1 {
				return false // "killed in attacks": no one attack named
			}
			switch toks[k-1].w {
			case "killed", "wounded", "injured", "dead", "hurt", "missing":
				return true
			}
			return false
		}
		if t := &toks[k]; t.k != tWord || t.cls&(clsNum|clsLoss|clsCat) != 0 {
			return false
		}
	}
	return false
}

// attackEvent reports one attack told by its verb: "killed when shells
// hit a camp", "a missile struck a bus, killing five", "shelling of a
// camp killed 27". A sentence in the perfect ("drones have struck the
// city every night") tells of many.
func attackEvent(toks []token) bool {
	// The class bit over the sentence first: most sentences have no
	// attack word, and the tense test walks every word.
	first := -1
	for i := range toks {
		if toks[i].cls&clsAttackWord != 0 {
			first = i
			break
		}
	}
	if first < 0 || perfectTense(toks) {
		return false
	}
	for i := first; i < len(toks); i++ {
		if toks[i].cls&clsAttackWord == 0 {
			continue // the class bit first: most words are no attack's
		}
		w := toks[i].w
		switch w {
		case "shelling", "bombardment", "bombing", "shooting", "strike", "airstrike", "attack", "raid":
			// "shelling of a camp", "the strike on the school".
			if nx := word(toks, i+1); (nx == "of" || nx == "on") && isArticle(word(toks, i+2)) {
				return true
			}
			continue
		case "hit", "struck", "slammed", "smashed", "tore", "exploded", "detonated", "shelled", "bombed",
			"stormed", "raided", "ambushed", "attacked", "targeted", "pounded", "fired":
		case "opened":
			// "troops opened fire on the crowd, killing 25".
			if word(toks, i+1) != "fire" {
				continue
			}
		case "pounds", "hits", "shells", "bombards", "batters", "pummels", "targets", "strikes", "attacks":
			// "Three killed as Russia pounds Kharkiv with drones": a
			// headline's present in an "as" clause, today's attack.
			// ("as Israeli strikes resume": a noun, whose verb follows.)
			if !asClauseBefore(toks, i) || (w == "strikes" || w == "attacks") && !(word(toks, i-2) == "as" && toks[i-1].upper && toks[i-1].cls&clsDemonyms == 0) {
				continue
			}
		default:
			continue
		}
		// "struck more than 800 targets", "have struck the city every
		// night": many attacks.
		if figureWithin(toks, i+1, min(len(toks), i+4)) {
			continue
		}
		if b := word(toks, i-1); b == "have" || b == "has" || (word(toks, i-2) == "have" || word(toks, i-2) == "has") && toks[i-1].k == tWord {
			continue
		}
		// The verb's subject or clause says it is one attack: "when
		// shells hit", "a drone struck", "gunmen stormed"; not the
		// attack that began a fight ("clashes, which began when
		// loyalists ambushed a patrol").
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			switch toks[k].w {
			case "as":
				// "killed as drones hit Kharkiv"; not "as well as".
				if w := word(toks, k-1); w == "well" || w == "such" || word(toks, k+1) == "well" {
					k = -1
					continue
				}
				return true
			case "when", "after":
				switch word(toks, k-1) {
				case "began", "begun", "started", "erupted", "broke":
					k = -1
					continue
				}
				return true
			case "missile", "drone", "shell", "shells", "bomb", "rocket", "rockets", "airstrike",
				"strike", "bomber", "gunmen", "militants", "jihadists", "attackers", "assailants", "fighters":
				return true
			case ",", ";", ".":
				k = -1
			}
		}
		// "struck a bus in Kherson, killing five".
		for k := i + 1; k < len(toks) && k <= i+12; k++ {
			if toks[k].w == "," {
				switch word(toks, k+1) {
				case "killing", "wounding", "injuring", "leaving":
					return true
				}
			}
		}
	}
	return false
}

// noteQuote follows a quotation over sentences, and credits the
// figures of one that ran over several to the speaker named after it
// closed: '"At least 13,000 civilians have been killed. The real number
// is certainly higher," Volker Turk said.'
func (d *docState) noteQuote(toks []token, src *attribution) {
	if len(toks) == 0 {
		return
	}
	// Most sentences have no quotation mark, and with none the walk
	// below changes nothing: scanSentence noted whether there is one,
	// else a byte search (the curly marks start with 0xE2, as dashes
	// do).
	if f := d.facts(toks); f.quoteSet {
		if !f.quote {
			return
		}
	} else if seg := d.pt.text[toks[0].s:toks[len(toks)-1].e]; bytes.IndexByte(seg, '"') < 0 && !curlyQuoteIn(seg) {
		return
	}
	open := d.quoteFrom > 0
	closedAt := -1 // the mark that closed a quotation begun before
	for k := range toks {
		now, mark := afterQuoteMark(toks[k].w, open)
		if !mark {
			continue
		}
		if open && !now && d.quoteFrom > 0 && closedAt < 0 {
			closedAt = k
		}
		open = now
	}
	if closedAt >= 0 && src != nil && src.name != "" && !src.generic && src.s > closedAt {
		for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.quoteFrom-1; i-- {
			if c := &d.claims[i]; c.Source == "" && c.sentence < d.nsent {
				c.Source = src.name
			}
		}
	}
	switch {
	case !open:
		d.quoteFrom = 0
	case d.quoteFrom == 0 || closedAt >= 0:
		d.quoteFrom = d.nsent + 1
	}
}

// sideNamedWithin reports a side named in tokens [a, b).
func sideNamedWithin(ms []mention, a, b int) bool {
	for i := range ms {
		if m := &ms[i]; m.actor != "" && m.s >= a && m.s < b {
			return true
		}
	}
	return false
}

// overPlace reports a place of actor named after "over": "shot down
// over Kyiv", "over the Black Sea".
func overPlace(toks []token, ms []mention, actor string) bool {
	for i := range ms {
		if m := &ms[i]; m.actor == actor && m.loc && (word(toks, m.s-1) == "over" || word(toks, m.s-1) == "the" && word(toks, m.s-2) == "over") {
			return true
		}
	}
	return false
}

// theirInQuote reports "their" or "they" a few words before the figure
// at s, inside a quotation: the speaker's words for the other side.
func (d *docState) theirInQuote(toks []token, s int) bool {
	their := -1
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		if w := toks[k].w; w == "their" || w == "they" {
			their = k
			break
		}
		if w := toks[k].w; w == "," || w == ";" || w == "our" || w == "we" {
			return false
		}
	}
	if their < 0 {
		return false
	}
	open := d.quoteFrom > 0
	for k := 0; k < their; k++ {
		open, _ = afterQuoteMark(toks[k].w, open)
	}
	return open
}

// afterQuoteMark reports whether a quotation is open after the word w,
// given whether it was before, and whether w is a quotation mark at all:
// "“" opens, "”" closes, a straight mark turns it.
func afterQuoteMark(w string, open bool) (now, mark bool) {
	switch w {
	case "“":
		return true, true
	case "”":
		return false, true
	case "\"":
		return !open, true
	}
	return open, false
}

// curlyQuoteIn reports a curly double quotation mark (U+201C, U+201D)
// in b.
func curlyQuoteIn(b []byte) bool {
	for {
		i := bytes.IndexByte(b, 0xE2)
		if i < 0 || i+2 >= len(b) {
			return false
		}
		if b[i+1] == 0x80 && (b[i+2] == 0x9C || b[i+2] == 0x9D) {
			return true
		}
		b = b[i+1:]
	}
}

// quoteOpens reports a colon or an opening quotation mark in toks[a:b]:
// a speaker's words follow.
func quoteOpens(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if w := toks[k].w; w == ":" || w == "\"" || w == "“" {
			return true
		}
	}
	return false
}

// militaryTargetIn reports soldiers or a unit named in the sentence:
// "the strike had hit a brigade of the 20th Army".
func militaryTargetIn(toks []token) bool {
	for i := range toks {
		if toks[i].cls&clsMilitaryWords != 0 {
			return true
		}
		switch toks[i].w {
		case "brigade", "battalion", "regiment", "division", "unit", "army", "base", "positions", "troops":
			return true
		}
	}
	return false
}

// destroyedAtTown reports equipment destroyed in the simple past at a
// town named after it: "its forces had destroyed 3 Ukrainian tanks near
// Pokrovsk", one fight's catch.
func (d *docState) destroyedAtTown(toks []token, s, e int) bool {
	verb, abandoned := false, false
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch toks[k].w {
		case "destroyed", "hit", "struck", "disabled", "captured", "seized":
			verb = true
		case "abandoned":
			verb, abandoned = true, true
		}
	}
	if !verb {
		return false
	}
	// "abandoned 9 tanks as they retreated from the village": the
	// machines left behind in one retreat.
	if abandoned {
		for k := e; k < len(toks) && k < e+8; k++ {
			if w := toks[k].w; strings.HasPrefix(w, "retreat") || strings.HasPrefix(w, "withdr") || w == "fled" || w == "fleeing" {
				return true
			}
		}
	}
	// "destroyed two tanks and three armoured vehicles near Pokrovsk":
	// the town may follow the rest of a list of the catch.
	end := e + 4
	for k := e; k < len(toks) && k < e+16; k++ {
		t := &toks[k]
		if t.k == tNum || t.w == "," || t.w == "and" || isEquipment(categoryOf(toks, k)) {
			end = k + 4
			continue
		}
		// "three BMP-2s near Avdiivka": a model's hyphen.
		if t.w == "-" {
			continue
		}
		if t.k != tWord || t.w == "near" || t.w == "in" || t.w == "around" || t.w == "outside" {
			break
		}
	}
	for i := range d.mentions {
		if m := &d.mentions[i]; m.town && m.s >= e && m.s <= end {
			switch word(toks, m.s-1) {
			case "near", "in", "around", "outside":
				return true
			}
		}
	}
	return false
}

// killedInDeedAfter reports "were killed by (Israeli) fire", "were
// killed in an ambush", "were wounded in Israeli strikes" in the
// figure's words from s or right after them (to e): one deed's toll
// told in the simple past. A headline drops the verb: "40 civilians
// killed in Darfur attack".
func killedInDeedAfter(toks []token, s, e int) bool {
	headline := len(toks) > 0 && toks[len(toks)-1].w != "."
	for k := s + 2; k < len(toks) && k <= e+3; k++ {
		if toks[k].w != "by" && toks[k].w != "in" {
			continue
		}
		switch word(toks, k-1) {
		case "killed", "wounded", "injured", "shot":
		default:
			return false
		}
		if w := word(toks, k-2); w != "were" && w != "was" && !(headline && k-2 >= s) {
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			switch toks[j].w {
			case "fire", "gunfire":
				return true
			case "drone", "missile", "rocket", "shell", "bomb", "mine", "landmine", "sniper", "grenade", "mortar":
				// "was killed by a Hezbollah drone": one weapon's deed.
				return toks[k].w == "by"
			case "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "ambush", "blast", "bombing",
				"raid", "raids", "explosion", "shelling", "clashes", "fighting", "firefight", "clash", "combat", "assault":
				// "were killed by Russian shelling in Nikopol" too.
				return true
			case ",", ".", ";", "and", "since", "during", "over":
				return false
			}
		}
		return false
	}
	return false
}

func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// perfectTense reports "have been killed", "has been wounded", "has
// also lost", "have suffered": the tense of a running total rather than
// of a day's events.
func perfectTense(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		// The class bit, not the two words: most words are neither.
		if toks[i].cls&clsHave == 0 {
			continue
		}
		j := i + 1
		if w := toks[j].w; (w == "also" || w == "now" || w == "already" || w == "so") && j+1 < len(toks) {
			j++
			if toks[j].w == "far" && j+1 < len(toks) {
				j++
			}
		}
		switch toks[j].w {
		case "been", "lost", "suffered", "sustained", "killed", "destroyed", "recorded", "confirmed", "documented":
			return true
		}
	}
	return false
}

// inOpeningWhole reports a figure q inside the whole a sentence opens
// with: "Of the roughly 100,000 Ukrainian soldiers killed, …".
func inOpeningWhole(toks []token, q *quantity) bool {
	j := wholeStart(toks, 1)
	return j >= q.s && j < q.e
}

// predicatePeople returns the population a share's predicate names
// after its whole ending at e: "were civilians", "were mostly
// soldiers"; "" for any other.
func predicatePeople(toks []token, e int) string {
	k := e
	if !copula(word(toks, k)) {
		return ""
	}
	k++
	switch word(toks, k) {
	case "mostly", "all", "largely", "overwhelmingly", "mainly", "reportedly":
		k++
	}
	if k >= len(toks) || toks[k].cls&clsPerson == 0 {
		return ""
	}
	return tokPopulation(&toks[k])
}

func lostVerb(w string) bool { return w == "lost" || w == "loses" || w == "lose" || w == "losing" }

// woundedCountAfter reports "and 29 were wounded", "and 29 others
// injured" right after a figure's people ending at e.
func woundedCountAfter(toks []token, e int) bool {
	k := e
	for k < len(toks) && k < e+3 && toks[k].k == tWord && toks[k].cls&clsPerson != 0 {
		k++
	}
	if word(toks, k) != "and" || k+1 >= len(toks) || !startsNumber(&toks[k+1]) {
		return false
	}
	for m := k + 2; m < len(toks) && m < k+6; m++ {
		switch toks[m].w {
		case "wounded", "injured", "hurt":
			return true
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// sinceToDay widens a figure dated to one day named after it to the
// running total a "since" before it in the same clause opens.
func (d *docState) sinceToDay(toks []token, q *quantity, c *attrition.Claim, dc *docClaim) {
	var since *periodHit
	day := false
	for i := range d.periods {
		p := &d.periods[i]
		switch {
		case p.kind == pSince && p.e <= q.s && risingTo(toks, p.e, q.s):
			since = p
		case p.s >= q.e && p.s <= q.e+2 && !p.start.IsZero() && p.start == c.PeriodEnd:
			day = true
		}
	}
	if since == nil || !day {
		return
	}
	st := since.start
	if st.IsZero() && (since.conflictStart || since.conflictID != "") {
		st = d.conflictStartOf(nil, c, dc)
	}
	if !st.IsZero() && st < c.PeriodEnd {
		c.PeriodStart = st
	}
}

// risingTo reports tokens [s, e) that hold only a count's noun and its
// verb of rising to the figure: ", has risen to", "the toll rose to".
func risingTo(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		t := &toks[k]
		if t.cls&clsCat != 0 {
			continue
		}
		switch t.w {
		case ",", "the", "has", "have", "had", "rose", "risen", "climbed", "reached", "stood", "stands", "to", "at",
			"hit", "passed", "topped", "increased", "jumped", "now", "toll", "number", "count", "tally", "total", "overall":
			continue
		}
		return false
	}
	return true
}

// noteDayNamed keeps the first single day a sentence with no figure
// names: "A ceasefire took effect on March 1."
func (d *docState) noteDayNamed(toks []token) {
	for k := range toks {
		if toks[k].cls&clsMonth == 0 {
			continue
		}
		// The day before the month ("1 March") or after it ("March 1").
		at := k
		if k > 0 && toks[k-1].k == tNum && len(toks[k-1].w) <= 2 {
			at = k - 1
		}
		if p, ok := parseDate(toks, at, d.pub); ok && p.start == p.end && p.start <= d.pub {
			d.dayNamed, d.dayNamedSent = p.start, d.nsent
			return
		}
	}
}

// sinceThen reads "Since then, Israeli strikes have killed 300": a
// running count from the day the sentence before named.
func (d *docState) sinceThen(toks []token) {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].w == "since" && toks[k+1].w == "then" && !inPeriod(d.periods, k) {
			d.periods = append(d.periods, periodHit{kind: pSince, start: d.dayNamed, s: k, e: k + 2})
			return
		}
	}
}

// ownDeadCounter reports a source that counts the dead of its own
// side's people only: a health ministry, a civil defence, a media
// office.
func ownDeadCounter(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "health") || strings.Contains(n, "civil defence") || strings.Contains(n, "civil defense") || strings.Contains(n, "media office")
}

// comparedSource reports a source at token s named as what a figure is
// compared with: "higher than the ministry's count", "compared with
// Kyiv's figure".
func comparedSource(toks []token, s int) bool {
	k := s - 1
	if isArticle(word(toks, k)) {
		k--
	}
	switch word(toks, k) {
	case "than":
		return true
	case "with", "to":
		w := word(toks, k-1)
		return w == "compared" || w == "contrast" || w == "comparison"
	}
	return false
}

// trailingSpeaker reports a named source among attrs that closes the
// sentence after a comma or a closing quotation mark: '…," the
// Pentagon said.', "…, the Ministry of Defence said."
func trailingSpeaker(toks []token, attrs []attribution) bool {
	for k := range attrs {
		a := &attrs[k]
		if a.name == "" || a.self || a.junk || a.generic {
			continue
		}
		s := a.s
		if word(toks, s-1) == "the" {
			s--
		}
		if b := word(toks, s-1); b != "," && !isQuote(b) {
			continue
		}
		e := a.e
		if e < len(toks) && speechVerbs[toks[e].w] {
			e++
		}
		if e >= len(toks)-1 {
			return true
		}
	}
	return false
}

// nearestAttribution returns the index of the one of a sentence's
// several sources that governs the figure at tokens [s, e): the nearest
// in its clause. "X said that 1,500 were killed, while Y put them at
// 1,200": each figure is its own speaker's. contrast says whether the
// sentence holds a contrast word (its union of classes has clsContrast).
func nearestAttribution(toks []token, attrs []attribution, s, e int, contrast bool) int {
	best, bestD := -1, 1<<30
	for i := range attrs {
		a := &attrs[i]
		dist := 0
		switch {
		case a.e <= s:
			dist = s - a.e
		case a.s >= e:
			dist = a.s - e + 1
		}
		if clauseBreak(toks, min(a.e, s), max(a.s, e)) {
			dist += 50
		}
		// "95,000 by Mediazona and 250,000 by CSIS", "95,000 (Mediazona),
		// 172,000 (UK MoD)": a source in brackets or after "by" right
		// after a figure is that figure's, not the next one's.
		if w := toks[a.s].w; w == "(" || w == "by" {
			if a.s == e {
				dist = 0
			} else if a.e <= s && a.s > 0 && (toks[a.s-1].k == tNum || figureShortlyBefore(toks, a.s)) {
				dist += 10
			}
		}
		// "Russia has likely lost 3,500 tanks, while Oryx has confirmed
		// 3,100": the speaker of a contrasting clause speaks for it
		// alone; so does "according to X" before one ("…, according to
		// Iran's health ministry, while Iranian missiles killed 28").
		// (contrast: the sentence holds a contrast word at all.)
		if contrast {
			if c := contrastBefore(toks, min(a.e, s), max(a.s, e)); c < max(a.s, e) {
				// (Only "while" after "according to": "according to the
				// ministry, which … but says" is the ministry still.)
				// (Not one that opens the sentence: "According to OCHA,
				// 863 civilians have been killed, while more than 3,500
				// have been injured" is OCHA's throughout.)
				if a.s >= e && a.s <= c+2 || a.e <= s && word(toks, a.s) == "according" && toks[c].w != "but" && figureWithin(toks, 0, a.s) {
					continue
				}
			}
		}
		// "killed 1,060 Iranians, according to Tehran, and 28 people in
		// Israel": an "according to" set off by commas after one figure
		// is that figure's, not the one joined on by "and".
		// (A clause of its own after the "and" is still the aside's,
		// "according to OCHA, and 32 Israelis have been killed", unless
		// a speaker of its own follows.)
		if a.e < s && asideAccording(toks, a) && (!verbInClause(toks, a.e+2) || slices.ContainsFunc(attrs, func(o attribution) bool { return o.s >= e })) {
			continue
		}
		// "estimated the toll at 64,000, higher than the health
		// ministry's count": the source compared with speaks for
		// another figure.
		if a.s >= e && comparedSource(toks, a.s) {
			continue
		}
		// "Hezbollah had announced the deaths of 520, according to a
		// count by AFP": at an even distance, the count's compiler.
		if dist < bestD || dist == bestD && word(toks, a.s) == "according" {
			best, bestD = i, dist
		}
	}
	return best
}

// asideAccording reports an "according to X" set off by commas after a
// figure and before an "and" that joins on another: "killed 1,060
// Iranians, according to Tehran, and 28 people in Israel". It is the
// first figure's, not the one joined on.
func asideAccording(toks []token, a *attribution) bool {
	return a.s > 0 && a.e+1 < len(toks) && toks[a.s].w == "according" && toks[a.s-1].w == "," && toks[a.e].w == "," && toks[a.e+1].w == "and" && figureWithin(toks, 0, a.s-1)
}

// verbInClause reports a verb of being, having or dying in the clause
// from k to the next comma or stop: "and 32 Israelis have been killed"
// is a clause of its own, "and 28 people in Israel" is not.
func verbInClause(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch toks[k].w {
		case ",", ".", ";", ":":
			return false
		case "was", "were", "is", "are", "has", "have", "had", "died", "been":
			return true
		}
	}
	return false
}

// describedBody reports a body the text describes by who runs it or
// where it sits, new to the text: "the Houthi-run health ministry".
func describedBody(name string) bool {
	if !hasUpper(name) {
		return false
	}
	head := name[strings.LastIndexByte(name, ' ')+1:]
	switch strings.ToLower(head) {
	case "ministry", "office", "department", "agency", "service", "committee", "council", "authority", "authorities", "administration", "directorate", "commission":
		return true
	}
	return false
}

// armedBodyHead reports a source named only as an army ("the army",
// "the military", "the junta"): it is a side's, not the last source
// named.
func armedBodyHead(name string) bool {
	switch w := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")); w {
	case "army", "military", "forces", "armed forces":
		return true
	default:
		return juntaWords(w)
	}
}

// juntaWords reports a junta named by its kind alone: "junta",
// "military junta", "ruling junta".
func juntaWords(w string) bool {
	switch strings.ToLower(w) {
	case "junta", "military junta", "ruling junta", "military regime", "regime", "military government":
		return true
	}
	return false
}

// juntaRuled reports a country a military junta rules.
func juntaRuled(side string) bool {
	switch side {
	case "Myanmar", "Mali", "Burkina Faso", "Niger", "Guinea":
		return true
	}
	return false
}

// uncompared returns ms without the sides the figure at qs is measured
// against ("killed in Myanmar, more than in Syria and Yemen combined",
// "second only to Ukraine", "lost more soldiers than Mali's: 1,200"):
// a round-up's yardstick is not whose dead these are. A figure in the
// yardstick's own clause is still its ("eclipsing Syria, where about
// 6,000 died").
func (d *docState) uncompared(toks []token, ms []mention, qs int) []mention {
	k := slices.IndexFunc(ms, func(m mention) bool { return comparedTo(toks, m.s) })
	if k < 0 {
		return ms
	}
	d.cmpMentions = append(d.cmpMentions[:0], ms[:k]...)
	cmp := false
	for i := k; i < len(ms); i++ {
		m := &ms[i]
		// ("than in Syria and Yemen": the names listed with it too.)
		if comparedTo(toks, m.s) || cmp && joinedMentions(toks, &ms[i-1], m) {
			cmp = true
			// ("compared with Ukraine's 1,100": the yardstick's own
			// figure.)
			if m.e > qs || !relativeBetween(toks, m.e, qs) && !ownFigureAfter(toks, m.e, qs) {
				continue
			}
		} else {
			cmp = false
		}
		d.cmpMentions = append(d.cmpMentions, *m)
	}
	return d.cmpMentions
}

// mentionsFor returns the sentence's mentions that may name whose
// losses a figure of category cat counts: a town whose people are a
// side of civilians owns no tanks or drones ("shot down two army drones
// near El Obeid").
func (d *docState) mentionsFor(cat string) []mention {
	if !attrition.IsEquipment(cat) {
		return d.mentions
	}
	// "Of the 728 drones launched by Russia, 296 were shot down": the
	// weapons downed are their launcher's.
	if cat == "equipment:drones" || cat == "equipment:missiles" {
		if k := slices.IndexFunc(d.mentions, func(m mention) bool { return m.launcher }); k >= 0 {
			d.eqMentions = append(d.eqMentions[:0], d.mentions...)
			for i := range d.eqMentions {
				if d.eqMentions[i].launcher {
					d.eqMentions[i].agent = false
				}
			}
			return d.eqMentions
		}
	}
	k := slices.IndexFunc(d.mentions, civilianTown)
	if k < 0 {
		return d.mentions
	}
	d.eqMentions = append(d.eqMentions[:0], d.mentions[:k]...)
	for _, m := range d.mentions[k+1:] {
		if !civilianTown(m) {
			d.eqMentions = append(d.eqMentions, m)
		}
	}
	return d.eqMentions
}

func civilianTown(m mention) bool {
	if !m.town {
		return false
	}
	a, ok := findActor(m.actor)
	return ok && a.Population == attrition.PopulationCivilian
}

// noteScene keeps the one day a sentence sets an attack or a loss on
// ("On Sunday, a Russian glide bomb hit a market"), for the figures of
// the sentences that follow and name no time of their own. Any other
// time named ends the scene.
func (d *docState) noteScene(toks []token, scene bool) {
	// "On the night of 9 July, the enemy attacked with 741 drones and
	// missiles:", the lines that list them, "The air attack was
	// repelled by aviation …": a list of the scene's own, or a sentence
	// that goes on telling of the attack with no time of its own, keeps
	// it for the figures after them.
	if len(d.periods) == 0 && d.sceneSet && max(d.sceneSent, d.sceneUsed) == d.nsent-1 && (scene || d.listItem(toks)) {
		d.sceneUsed = d.nsent
		return
	}
	for i := range d.periods {
		p := &d.periods[i]
		if p.speech || p.kind == pDuration {
			continue
		}
		// "the war, which ended on 10 November": the day bounds a
		// span, it sets no scene.
		if spanBoundWord(word(toks, p.s-1)) {
			d.sceneSet = false
			return
		}
		// The phrase's own tests first: the sentence scans after them
		// are dearer. A day, or a night that spans two: "on the night
		// of 30-31 August".
		// "Russia pounded Kyiv overnight, killing 12": a night is an
		// event's time too, unlike a tally's "past 24 hours".
		if scene && p.kind == pSpan && (!p.window || nightAt(toks, p.s)) && !p.ref && !p.same && !p.conflictStart && (p.end.Sub(p.start) <= 1 || p.end.Sub(p.start) <= 7 && datedSpan(toks, p)) && !p.start.IsZero() && !d.runningCue(toks) && !cumulativeCue(toks, 0, len(toks)) {
			d.scene, d.sceneSent, d.sceneSet = *p, d.nsent, true
			// "On the night of 9 July (from 18:00 on 8 July)": the night
			// began the day before.
			if i+1 < len(d.periods) && word(toks, p.s-1) == "night" {
				if q := &d.periods[i+1]; q.start.AddDays(1) == p.start && q.s-p.e <= 6 && nearWord(toks, p.e, q.s, "from") {
					d.scene.start = q.start
				}
			}
			return
		}
		d.sceneSet = false
		return
	}
}

// superlativeFrame reports a time phrase at s that closes a
// superlative's comparison: "the deadliest attack on the capital this
// year", "the worst day since October".
// Its words are of clsSentWord: setPeriod asks only a sentence with one
// (d.superlative).
func superlativeFrame(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		t := &toks[k]
		if t.k != tWord {
			return false
		}
		switch t.w {
		case "deadliest", "bloodiest", "worst", "largest", "biggest", "heaviest", "highest", "most", "lowest", "smallest", "fewest", "least":
			return word(toks, k-1) == "the" || word(toks, k-1) == "its"
		}
	}
	return false
}

// datedSpan reports a span written with its days: "from 25 to 27 July",
// not "last week".
func datedSpan(toks []token, p *periodHit) bool {
	for k := p.s; k < p.e && k < len(toks); k++ {
		if toks[k].k == tNum {
			return true
		}
	}
	return false
}

// nightAt reports "overnight" or "last night" at token i.
func nightAt(toks []token, i int) bool {
	w := word(toks, i)
	return w == "overnight" || w == "last" && word(toks, i+1) == "night"
}

// sceneFor reports a figure that falls on the day the last sentences
// set their scene on: it follows within four sentences, and is no list
// line nor a running total of the war.
func (d *docState) sceneFor(toks []token, inList bool) bool {
	if !d.sceneSet || d.sceneSent >= d.nsent || d.nsent-max(d.sceneSent, d.sceneUsed) > 4 || inList || d.listItem(toks) || d.runningCue(toks) {
		return false
	}
	// A figure given since then for another time ("bringing the toll
	// since October to 3,243") has moved on from the scene.
	// One with no time words of its own, that fell back to the war's
	// start ("64 drones were shot down"), has not.
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence >= d.sceneSent; i-- {
		if last := &d.claims[i]; last.timeWords || !(last.PeriodStart.IsZero() || isConflictStart(last.PeriodStart)) {
			if last.PeriodStart != d.scene.start || last.PeriodEnd != d.scene.end {
				return false
			}
			break
		}
	}
	for i := range toks {
		switch toks[i].w {
		case "war", "conflict", "invasion", "campaign", "offensive", "operation":
			return false
		}
	}
	return true
}

// sidesOf counts the sides of the war an actor fights in this text.
func (d *docState) sidesOf(actor string) int {
	cf, ok := d.conflictFor(actor)
	if !ok {
		return 0
	}
	return len(cf.Sides)
}

// dropFlag removes flag fl from flags, in place.
func dropFlag(flags []string, fl string) []string {
	out := flags[:0]
	for _, f := range flags {
		if f != fl {
			out = append(out, f)
		}
	}
	return out
}

// isConflictStart reports a date on which a registry war began. It runs
// several times per figure, and most dates are no war's start: a day
// whose bit in conflictStartBits is clear is none, with no walk over
// the registry's large rows.
func isConflictStart(d attrition.Date) bool {
	if conflictStartBits&(1<<(uint32(d)%64)) == 0 {
		return false
	}
	for i := range attrition.Conflicts {
		if attrition.Conflicts[i].Start == d {
			return true
		}
	}
	return false
}

// conflictStartBits has bit d%64 set for the start day d of every war of
// the registry.
var conflictStartBits = func() (bits uint64) {
	for i := range attrition.Conflicts {
		bits |= 1 << (uint32(attrition.Conflicts[i].Start) % 64)
	}
	return bits
}()

// hasUpper reports a capital letter in s.
// runBy reports a body described by who runs it: "Houthi-run health
// ministry", "Hamas-led government", "RSF-controlled council".
func runBy(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	i := strings.IndexByte(w, '-')
	if i <= 0 || !hasUpper(w[:i]) {
		return false
	}
	switch w[i+1:] {
	case "run", "led", "controlled", "held", "backed", "appointed", "aligned", "affiliated":
		return true
	}
	return false
}

// registered reports a source of the registry, by its canonical name.
func registered(name string) bool {
	_, ok := registryByName[name]
	return ok
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// oneSided reports a bound open at one end.
// coverageShare reads a share at s that a count is of the whole, not
// a part of the count: "their list covers between 45% and 65% of the
// dead", "the confirmed toll represents only a third of the real
// number". The subject is a count (list, tally, figure, names), not
// people ("volunteers accounted for a quarter of the deaths").
func coverageShare(toks []token, s int) bool {
	k := s - 1
	for k >= 0 && (toks[k].w == "only" || toks[k].w == "just" || toks[k].w == "perhaps" || toks[k].w == "probably" || toks[k].w == "likely" || toks[k].w == "merely") {
		k--
	}
	if k >= 1 && toks[k].w == "for" && strings.HasPrefix(toks[k-1].w, "account") {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].w {
	case "covers", "cover", "covered", "represents", "represent", "represented", "captures", "capture", "captured",
		"reflects", "reflect", "reflected", "accounts", "account", "accounted", "is", "are", "was", "were", "constitutes":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].w {
		case "list", "lists", "tally", "tallies", "count", "counts", "figure", "figures", "names", "toll", "tolls", "data", "record", "records", "database", "total", "totals":
			return true
		}
		if toks[j].k == tPunct {
			return false
		}
	}
	return false
}

func oneSided(b string) bool {
	switch b {
	case attrition.BoundAtLeast, attrition.BoundMoreThan, attrition.BoundAtMost, attrition.BoundFewerThan:
		return true
	}
	return false
}

// punctBetween reports the mark w ("," or ";") in toks[a:b], the range
// clamped to toks.
func punctBetween(toks []token, a, b int, w string) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if toks[k].w == w {
			return true
		}
	}
	return false
}

// lossCounter is a source that counts only losses, whatever verb it
// counts them with: Oryx's equipment, the named dead of UALosses and
// Mediazona.
func lossCounter(name string) bool {
	switch name {
	case "Oryx", "UALosses", "Mediazona":
		return true
	}
	return false
}

// lossCounterNamed reports a counter of losses named in the sentence,
// as the subject of a verb that is no verb of saying ("Oryx has logged").
// cls is the union of the sentence's classes and cues its tokens that
// may open an attribution, the possessives among them (scanSentence):
// the names are of clsLossCounter, and their possessives, which the
// lexicon lacks, are words that end in "'s". No walk of the sentence,
// which most sentences with a figure would need.
func lossCounterNamed(toks []token, cls uint64, cues []int32) bool {
	if cls&clsLossCounter != 0 {
		return true
	}
	for _, k := range cues {
		if t := &toks[k]; t.poss && (t.w == "oryx's" || t.w == "mediazona's") {
			return true
		}
	}
	return false
}

// lossCounterWords are the counters of losses lossCounterNamed looks
// for, of clsLossCounter.
var lossCounterWords = []string{"oryx", "ualosses", "mediazona"}

// countingVerbIn reports a verb of counting in the sentence: "has
// documented", "lists", "logged".
func countingVerbIn(toks []token) bool {
	for k := range toks {
		switch toks[k].w {
		case "documented", "logged", "lists", "listed", "recorded", "records", "counted", "counts", "tallied", "confirmed", "reached", "tally",
			"identified", "verified", "registered", "catalogued", "cataloged", "tracked", "tracks":
			return true
		}
	}
	return false
}

// figureBefore reports a figure earlier in the clause that ends at s.
func figureBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0; k-- {
		if w := toks[k].w; w == "." || w == ";" {
			return false
		}
		if toks[k].k == tNum {
			return true
		}
	}
	return false
}

// timeStampLead returns where an entry starts after a live blog's time
// stamp ("09:10 –", "14:05 GMT –", "11:02 BST:"), or 0 for none.
// entryDate reads a line that is only a day, with its weekday, or a
// day and a time stamp before an entry: "Saturday 14 June 2025",
// "June 5", "12 June, 22:10 —". It returns the day, a few weeks before
// pub at most, and the tokens the entry starts after.
func entryDate(toks []token, pub attrition.Date) (attrition.Date, int, bool) {
	if len(toks) < 2 {
		return 0, 0, false
	}
	i := 0
	if toks[0].upper && weekdayName(toks[0].w) {
		i++
		if word(toks, i) == "," {
			i++
		}
	}
	if i >= len(toks) || !(toks[i].k == tNum || toks[i].cls&clsMonth != 0 && toks[i].upper) {
		return 0, 0, false
	}
	d, ok := parseDate(toks, i, pub)
	if !ok || d.start != d.end || d.start >= pub || pub.Sub(d.start) > 60 {
		return 0, 0, false
	}
	k := d.e
	if k == len(toks) || k == len(toks)-1 && toks[k].w == "." {
		return d.start, len(toks), true // a heading of its own
	}
	if word(toks, k) == "," {
		k++
	}
	if n := timeStampLead(toks[k:]); n > 0 {
		return d.start, k + n, true
	}
	return 0, 0, false
}

// weekdayName reports one of the days' names (weekdays). Every one ends
// in "day": entryDate asks of every sentence's first word, most of which
// fail that test before the map is asked.
func weekdayName(w string) bool {
	if len(w) < len("monday") || w[len(w)-len("day"):] != "day" {
		return false
	}
	_, ok := weekdays[w]
	return ok
}

func timeStampLead(toks []token) int {
	if len(toks) < 5 || len(toks[0].w) > 2 || !clockTime(toks, 2, 3) || toks[2].w[0] > '5' {
		return 0
	}
	k := 3
	if w := toks[k].w; zoneWord(w) || w == "et" || w == "local" || w == "am" || w == "pm" {
		k++
	}
	if isDash(word(toks, k)) || word(toks, k) == ":" || word(toks, k) == "|" {
		return k + 1
	}
	return 0
}

// wireNoteLead returns the end of the editing note in brackets a wire
// story opens with ("(Updates with death toll)", "(Recasts with rising
// toll in paras 1-3)", "(Corrects figure in paragraph 4)"), 0 if the
// sentence opens with none.
func wireNoteLead(toks []token) int {
	if len(toks) < 3 || toks[0].w != "(" || !toks[1].upper {
		return 0
	}
	switch toks[1].w {
	case "updates", "recasts", "adds", "corrects", "changes", "rewrites", "refiles",
		"repeats", "releads", "re-leads", "tops", "retops", "inserts", "fixes", "removes",
		"clarifies", "amends", "restores", "replaces", "expands", "writes", "edits":
	case "new":
		// "(New throughout, updates toll)"; not "(New York Times)".
		if toks[2].w != "throughout" {
			return 0
		}
	default:
		return 0
	}
	for k := 2; k < len(toks) && k < 40; k++ {
		switch toks[k].w {
		case ")":
			return k + 1
		case "(":
			return 0
		}
	}
	return 0
}

// trailingLabel returns the words [a, b) a line ends with after a dash,
// or in brackets before a date: the source of a headline or a caption
// ("… — Gaza health ministry", "… (MoH, Oct 26)").
func trailingLabel(toks []token) (int, int, bool) {
	e := len(toks)
	if e > 0 && toks[e-1].w == "." {
		e--
	}
	if e < 4 {
		return 0, 0, false
	}
	if toks[e-1].w == ")" {
		p := e - 2
		for p > 0 && p >= e-10 && toks[p].w != "(" {
			p--
		}
		if p <= 0 || toks[p].w != "(" {
			return 0, 0, false
		}
		b := p + 1
		for b < e-1 && toks[b].w != "," {
			if toks[b].k != tWord {
				return 0, 0, false
			}
			b++
		}
		return p + 1, b, b > p+1 && b-p <= 6
	}
	for k := e - 1; k > 0 && k >= e-7; k-- {
		t := &toks[k]
		if t.k == tNum || t.w == "," {
			return 0, 0, false
		}
		if t.k == tPunct && isDash(t.w) && !t.glued {
			// "“We have lost 46,000 soldiers.” — Volodymyr Zelensky": a
			// pull quote's credit after its closing mark.
			return k + 1, e, k+1 < e && (toks[k-1].k != tPunct || isQuote(toks[k-1].w) && allUpperWords(toks, k+1, e))
		}
		// "“We have lost 46,000 soldiers,” Volodymyr Zelensky": a
		// quote's cite, the name alone after the closing mark.
		if isQuote(t.w) && k+1 < e && k > 1 && (toks[k-1].w == "," || toks[k-1].w == ".") && allUpperWords(toks, k+1, e) {
			return k + 1, e, true
		}
	}
	return 0, 0, false
}

// presentKillAfter reports a verb of killing in the present within a
// few words after the attack word at i, before any figure: a headline's
// toll of the day ("strikes kill", "attack on Zamzam camp kills").
func presentKillAfter(toks []token, i int) bool {
	switch toks[i].w {
	case "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing", "bombings", "shelling", "blast", "blasts", "explosion",
		// "Russian missile kills two in Kharkiv", "glide bomb kills".
		"missile", "missiles", "drone", "drones", "bomb", "bombs", "rocket", "rockets", "shell", "shells":
	default:
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch toks[k].w {
		case "kill", "kills", "leave", "leaves":
			return true
		}
		if toks[k].k != tWord {
			return false
		}
	}
	return false
}

// sideOfWarFrom reports whether actor is a side of a registry war that
// began on day st.
func sideOfWarFrom(st attrition.Date, actor string) bool {
	for i := range attrition.Conflicts {
		if c := &attrition.Conflicts[i]; c.Start == st && slices.Contains(c.Sides, actor) {
			return true
		}
	}
	return false
}

// otherPlaceAfter returns the side of a place right after the figure
// that ends at e, or after its noun for people ("28 in Israel", "1,400
// people in Israel"), when it is not side. A place after the verb ("and
// 1,170 soldiers injured in Gaza") is only where.
func otherPlaceAfter(ms []mention, toks []token, e int, side string) string {
	at := e + 1
	if e < len(toks) && toks[e].cls&clsPerson != 0 {
		at++
	}
	if word(toks, at-1) != "in" {
		return ""
	}
	for i := range ms {
		if m := &ms[i]; m.s == at && m.loc && !m.agent && !agentNounAt(toks, m.e) && m.actor != "" && m.actor != side {
			return m.actor
		}
	}
	return ""
}

// agentNounAt reports an attack's noun at token k: "in Israeli strikes".
func agentNounAt(toks []token, k int) bool {
	return k < len(toks) && toks[k].cls&clsAgentNoun != 0
}

// pressRSF reports a mention of "RSF" that names Reporters Without
// Borders: in a text that spells the group out, or one about journalists
// that names nothing of Sudan.
func (d *docState) pressRSF(toks []token, m *mention) bool {
	if m.actor != "Sudan (RSF)" || m.e-m.s != 1 || toks[m.s].w != "rsf" {
		return false
	}
	return d.rsfIsPress()
}

func (d *docState) rsfIsPress() bool {
	if d.rsfPress == 0 {
		d.rsfPress = -1
		// The words of rsfScan, in one pass over the text.
		const press, journalist, sudan = 1<<0 | 1<<1, 1 << 2, 1<<3 | 1<<4 | 1<<5
		if f := rsfScan.in(d.low); f&press != 0 || f&journalist != 0 && f&sudan == 0 {
			d.rsfPress = 1
		}
	}
	return d.rsfPress == 1
}

// rsfScan finds rsfIsPress's words: the press group's names, "journalist",
// and Sudan's (its war's Rapid Support Forces).
var rsfScan = newTextWords("reporters without borders", "reporters sans fronti", "journalist", "sudan", "darfur", "khartoum")

// worldwideNear reports "worldwide", "globally" or "around the world"
// in the figure's clause, back to the figure before and on a few words
// after its words end at e; not in a relative clause ("ACLED, which
// monitors political violence worldwide, counted").
func worldwideNear(toks []token, s, e int) bool {
	a := s
	for a > 0 && a > s-6 && toks[a-1].k != tNum && toks[a-1].w != "." && toks[a-1].w != ";" {
		a--
	}
	for k := a; k < len(toks) && k < e+5; k++ {
		if k > e && (toks[k].k == tNum || toks[k].w == "." || toks[k].w == ";") {
			return false
		}
		w := toks[k].w
		// "deaths in organised violence", UCDP's measure of the world's
		// wars; "global conflict deaths".
		// ("killed in state-based conflicts", UCDP's count of wars
		// between states' forces and others, "the world's conflicts".)
		if w == "world" && word(toks, k-1) == "the" && (word(toks, k-2) == "around" || word(toks, k-2) == "across") || w == "worldwide" || w == "globally" || w == "global" ||
			w == "violence" && (word(toks, k-1) == "organised" || word(toks, k-1) == "organized") ||
			(w == "state-based" || w == "world's") && worldWar(word(toks, k+1)) {
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if toks[j].w == "which" || toks[j].w == "who" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// worldWar reports the noun after "state-based" or "the world's" that
// makes them every war's: "conflicts", "wars", "armed conflict".
func worldWar(w string) bool {
	switch w {
	case "conflict", "conflicts", "wars", "armed", "violence":
		return true
	}
	return false
}

// changedFrom reports a figure at s that a count rose or fell from:
// "up from 167,800", "down from", "compared with", "against".
func changedFrom(toks []token, s int) bool {
	switch word(toks, s-1) {
	case "from":
		switch word(toks, s-2) {
		case "up", "down", "rising", "rose", "falling", "fell", "increase", "increased", "decrease", "decreased", "jump", "jumped":
			return true
		}
	case "with", "to":
		return word(toks, s-2) == "compared"
	case "against", "versus", "vs":
		return true
	}
	return false
}

// wholeBeforeBracket returns the sentence's claim told before a bracket
// that closed a few words before token s ("1,019 civilian casualties
// (183 killed and 836 injured), up from 848"), or nil.
func (d *docState) wholeBeforeBracket(toks []token, s int) *docClaim {
	b := bracketBefore(toks, s)
	if b < 0 {
		return nil
	}
	at, _ := d.pt.inputSpan(toks[b].s, toks[b].e)
	for i := len(d.claims) - 1; i >= 0 && d.claims[i].sentence == d.nsent; i-- {
		if d.claims[i].Span[0] < at {
			return &d.claims[i]
		}
	}
	return nil
}

// bracketBefore returns the "(" of a bracket closed a few words before
// token s, or -1.
func bracketBefore(toks []token, s int) int {
	for k := s - 1; k >= 0 && k >= s-6; k-- {
		if toks[k].w == ")" {
			for j := k - 1; j >= 0 && j >= k-16; j-- {
				if toks[j].w == "(" {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// appositiveAt reports a comma right before the figure at s, past a
// hedge: ", roughly 45 percent of …".
func appositiveAt(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && hedgeWord(toks[k].w) {
		k--
	}
	return word(toks, k) == "," && k > 0 && (startsNumber(&toks[k-1]) || toks[k-1].k == tWord && toks[k-1].cls&(clsLoss|clsCat|clsPerson) != 0)
}

// explicitAfter reports a figure in brackets or after a comma or dash
// right after token k, the value of a share ("a fifth of the total
// (200,000)"), and where it starts.
func explicitAfter(toks []token, k int) (int, bool) {
	if w := word(toks, k); w != "(" && w != "," && w != "—" && w != "–" {
		return -1, false
	}
	for kk := k + 1; kk < len(toks) && kk < k+4; kk++ {
		if startsNumber(&toks[kk]) {
			return kk, true
		}
	}
	return -1, false
}

// uprootedAfter reports people driven from their homes told in the
// clause from token k: "were forced to flee", "left without shelter",
// "have been displaced".
func uprootedAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		switch toks[j].w {
		case ",", ";", ".", "and":
			return false
		case "flee", "fled", "fleeing", "displaced", "uprooted", "homeless", "evacuated", "shelter", "relocated":
			return true
		}
	}
	return false
}

// totalReached reports a sentence that opens on the running total and
// its rise: "The total has likely reached 850,000" after a month's
// losses is no total of that month.
func totalReached(toks []token) bool {
	if word(toks, 0) != "the" || word(toks, 1) != "total" && word(toks, 1) != "overall" {
		return false
	}
	return nearWord(toks, 2, min(len(toks), 7), "reached", "passed", "exceeded", "surpassed", "topped", "crossed", "rose", "risen", "climbed")
}

// namePlace is a source's name and the place its registry entry watches.
type namePlace struct{ name, place string }

// placeOf returns the place a monitor with no side watches (registry
// Place), looked up once per name and document: the registry's
// normalisation of a name costs more than the figure's other rules.
func (d *docState) placeOf(name string) string {
	for _, np := range d.places {
		if np.name == name {
			return np.place
		}
	}
	place := ""
	if r, ok := attrition.ResolveSource(name); ok && r.Party == "" {
		place = r.Place
	}
	d.places = append(d.places, namePlace{name, place})
	return place
}

// noteEvent keeps the day of the one deed a sentence that counted
// nothing told, an attack dated to a day or two ("shelled Kherson on
// Sunday", "struck the city overnight").
func (d *docState) noteEvent(toks []token) {
	var ev *periodHit
	for i := range d.periods {
		p := &d.periods[i]
		// ("The RSF attacked the Zamzam camp in April": a deed of a
		// month named is that month's too.)
		if p.kind != pSpan || p.speech || p.start.IsZero() || (p.ofStatement || p.end.Sub(p.start) > 1) && !(p.start.Day() == 1 && p.end.AddDays(1).Day() == 1 && p.end.Sub(p.start) <= 31 && p.end <= d.pub) {
			continue
		}
		if ev != nil {
			return // two days told: no one deed's
		}
		ev = p
	}
	if ev == nil && len(d.periods) == 0 && d.deedVerb(toks) && !d.perfectTense(toks) && d.attackNoun(toks) {
		// "Kherson: a Russian drone hit a minibus. 4 killed, 7 injured":
		// an attack told with no day is the news of the past day.
		d.lastEvent = d.heldPeriods.put(periodHit{kind: pSpan, start: d.pub.AddDays(-1), end: d.pub, window: true})
		d.lastEventSent = d.nsent
		return
	}
	if ev == nil || !d.deedVerb(toks) {
		return
	}
	d.lastEvent, d.lastEventSent = d.heldPeriods.put(*ev), d.nsent
}

// noteSuperSpan notes the span a sentence opens with as its subject
// and calls the worst: "Last week was the deadliest of the war", "May
// was the bloodiest month yet", "The past month has been the costliest
// for Russia". Only a span before publication's day, at the sentence's
// start, with a copula and a superlative in the few words after it.
func (d *docState) noteSuperSpan(toks []token) {
	if len(d.periods) == 0 {
		return
	}
	p := &d.periods[0]
	if p.kind != pSpan || p.s > 1 || p.start.IsZero() || p.end < p.start || p.end > d.pub || p.speech || p.conflictStart {
		return
	}
	k := p.e
	switch word(toks, k) {
	case "was", "is", "were":
		k++
	case "has", "had":
		if word(toks, k+1) != "been" {
			return
		}
		k += 2
	default:
		return
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		switch toks[j].w {
		case "deadliest", "bloodiest", "costliest", "worst", "heaviest", "quietest", "calmest", "busiest", "fiercest", "toughest", "hardest", "lowest", "highest", "most", "least":
			// ("Last week was the quietest in months", "the most
			// intense": a span judged is the next figure's too.)
			d.superSpan, d.superSpanSent = d.heldPeriods.put(*p), d.nsent
			return
		}
	}
}

// deedVerb is deedVerbIn of the sentence being read, from the union of
// its words' classes that scanSentence noted (facts), with no walk: only
// words have classes.
func (d *docState) deedVerb(toks []token) bool {
	if len(toks) > 0 {
		if f := d.facts(toks); f.clsSet {
			return f.cls&clsAgentVerb != 0
		}
	}
	return deedVerbIn(toks)
}

// deedVerbIn reports a verb of attack in the sentence ("shelled",
// "struck", "attacked").
func deedVerbIn(toks []token) bool {
	for i := range toks {
		if toks[i].cls&clsAgentVerb != 0 && toks[i].k == tWord {
			return true
		}
	}
	return false
}

// clauseOpensAt reports the start of a new clause between tokens a and
// ps, right before ps: "; in May", ", and in May", ", but last year".
func clauseOpensAt(toks []token, a, ps int) bool {
	k := ps - 1
	if k >= a && (toks[k].w == "and" || toks[k].w == "but" || toks[k].w == "while" || toks[k].w == "whereas") {
		k--
	}
	return k >= a && (toks[k].w == ";" || toks[k].w == "," && k+1 < ps)
}

// figureSoonAfter reports a figure within a few words after token e,
// in the same clause: "in May alone lost over 37,000".
func figureSoonAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+6; k++ {
		t := &toks[k]
		if t.w == "," || t.w == ";" || t.w == "." {
			return false
		}
		if t.k == tNum {
			if _, ok := yearOf(t); !ok {
				return true
			}
		}
	}
	return false
}

// speakerOnlyBefore reports a sentence whose only sides are named in
// the subject of the verb of saying or putting before the figure at s:
// "Russia puts the figure at", "American officials say the real number
// is", "Israel's estimate is".
func speakerOnlyBefore(toks []token, ms []mention, s int) bool {
	v := -1
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		w := toks[k].w
		if toks[k].cls&clsSpeechVerbs != 0 || w == "put" || w == "puts" || w == "putting" || w == "places" || w == "place" || w == "estimate" {
			v = k
			break
		}
		if w == "," || w == ";" || w == "." {
			return false
		}
	}
	if v < 0 {
		return false
	}
	// ("Ukrainian officials have not said how many died; analysts say
	// the number runs into the thousands": a side named in a clause
	// before is whose the number is.)
	cs := v
	for cs > 0 && toks[cs-1].w != ";" && toks[cs-1].w != ":" && toks[cs-1].w != "." {
		cs--
	}
	for i := range ms {
		if ms[i].e > v || ms[i].s < cs {
			return false
		}
	}
	return true
}

// coordinatedSufferedSubject returns the side that opens the sentence
// when the figure at s is what it suffered in a second predicate:
// "Russia took 4,000 square kilometres of Ukrainian territory in 2024
// and suffered more than 430,000 casualties".
func coordinatedSufferedSubject(toks []token, ms []mention, s int) string {
	k := s - 1
	if !ownLossVerb(word(toks, k)) && word(toks, k) != "incurred" {
		return ""
	}
	if word(toks, k-1) != "and" {
		return ""
	}
	for j := k - 2; j >= 0; j-- {
		if w := toks[j].w; w == "," || w == ";" || w == "." || w == ":" || toks[j].cls&clsSpeechVerbs != 0 {
			return ""
		}
	}
	// The subject opens the sentence: its first words are a side's.
	for i := range ms {
		if m := &ms[i]; m.s <= 1 && m.actor != "" && !m.loc && !m.enemy {
			return m.actor
		}
	}
	return ""
}

// rebuttalLead reports a sentence that opens by rebutting the one
// before: "That is wrong:", "In fact,", "This is false".
func rebuttalLead(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	w0, w1, w2 := toks[0].w, toks[1].w, toks[2].w
	switch w0 {
	case "in":
		return (w1 == "fact" || w1 == "reality" || w1 == "truth") && w2 == ","
	case "that", "this", "it":
		if w1 != "is" && w1 != "was" && w1 != "'s" {
			return false
		}
		switch w2 {
		case "wrong", "false", "incorrect", "untrue", "misleading", "inaccurate", "exaggerated", "not":
			return true
		}
	case "actually":
		return w1 == ","
	}
	return false
}

// howManyAt returns the token of the last "how many" before token e, or
// -1.
func howManyAt(toks []token, e int) int {
	for k := min(e, len(toks)) - 2; k >= 0; k-- {
		if toks[k].w == "how" && toks[k+1].w == "many" {
			return k
		}
	}
	return -1
}

// questionCategory reads the category of people a "how many" asks for
// in tokens [a, e): "soldiers have been killed", "casualties".
func questionCategory(toks []token, a, e int) string {
	for k := a; k < e && k < a+10; k++ {
		if p, _, ok := personnelIx.match(toks, k); ok && p.category != "" {
			if p.category == catLost {
				return catCasualties
			}
			return p.category
		}
		if toks[k].k == tNum {
			return ""
		}
	}
	return ""
}

// noteTopic keeps the loss a sentence with no figure names, of people
// and a side: "… publishes a daily count of Russian personnel losses".
func (d *docState) noteTopic(toks []token) {
	// (A topic is kept with its side: a sentence that names none is
	// passed over at once, as most are; so is one of no category word,
	// which its union of classes tells.)
	if len(d.mentions) == 0 {
		return
	}
	if f := d.facts(toks); f.clsSet && f.cls&clsCat == 0 {
		return
	}
	for k := range toks {
		if toks[k].cls&clsCat == 0 {
			continue
		}
		if p, _, ok := personnelIx.match(toks, k); ok && p.category != "" {
			// (The phrase is the table's: its category is copied.)
			cat := p.category
			if cat == catLost {
				cat = catCasualties
			}
			d.topic, d.topicSent, d.topicSide = cat, d.nsent, ""
			for i := range d.mentions {
				if m := &d.mentions[i]; m.e >= k-1 && m.e <= k && m.actor != "" && !m.loc && !m.agent {
					d.topicSide = m.actor
				}
			}
			return
		}
	}
}

// estimateCopulaBefore reports a figure at s given as what an estimate,
// total or figure is: "The best independent estimate is about 220,000",
// "The total, as of Monday, stood at 998,000", "Its latest figure is
// 950,000".
func estimateCopulaBefore(toks []token, s int) bool {
	k := s - 1
	switch word(toks, k) {
	case "is", "was", "stands", "stood":
	case "at":
		if w := word(toks, k-1); w != "stands" && w != "stood" && w != "put" {
			return false
		}
		k--
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch toks[j].w {
		case "estimate", "estimates", "total", "figure", "tally", "count", "answer", "number":
			// The noun opens the sentence, past an article and words
			// of its kind.
			return j <= 5
		case ".", ";", "which", "that":
			// ("The first is the daily tally of the General Staff,
			// which stood at 668,160": the tally of another count.)
			return false
		}
	}
	return false
}

// askedCategory returns the category a question put before the figure
// at s asked for: in its own sentence ("Asked how many soldiers had
// been killed, he said about 31,000"), or in the sentence before, when
// the figure opens the answer ("A: About 31,000.").
func (d *docState) askedCategory(toks []token, s int) string {
	d.sentWords(toks)
	if !d.howMany && (d.question == "" || d.questionSent != d.nsent-1) {
		// "… a daily count of Russian personnel losses. The total, as
		// of Monday, stood at 998,000."
		if d.topic != "" && d.topicSent == d.nsent-1 && estimateCopulaBefore(toks, s) {
			d.topicAt, d.topicAtSent = s+1, d.nsent
			return d.topic
		}
		return ""
	}
	if k := howManyAt(toks, s); d.howMany && k >= 0 {
		return questionCategory(toks, k+2, s)
	}
	if d.question != "" && d.questionSent == d.nsent-1 && (s <= 3 || estimateCopulaBefore(toks, s)) {
		if d.questionSide != "" {
			d.topicAt, d.topicAtSent, d.topicSide = s+1, d.nsent, d.questionSide
		}
		return d.question
	}
	return ""
}

// pluralSpeaker reports a speaker of many in tokens [s, e): "regional
// authorities", "local officials", "governors".
func pluralSpeaker(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		switch toks[k].w {
		case "authorities", "officials", "governors", "administrations", "heads":
			return true
		}
	}
	return false
}

// refEnd returns the end of a reference glued to the token before i
// ("[12]", "[a]", "[citation needed]", "[note 3]"), or i when there is
// none.
func refEnd(toks []token, i int) int {
	if i == 0 || i+2 >= len(toks) || toks[i].w != "[" || !toks[i].glued || toks[i-1].k == tPunct {
		return i
	}
	t := &toks[i+1]
	switch {
	case t.k == tNum && len(t.w) <= 4 && toks[i+2].w == "]":
		return i + 3
	case t.k == tWord && len(t.w) == 1 && toks[i+2].w == "]":
		return i + 3
	case i+3 < len(toks) && toks[i+3].w == "]" && (t.w == "citation" && toks[i+2].w == "needed" || t.w == "note" && toks[i+2].k == tNum):
		return i + 4
	}
	return i
}

// dropRefs returns the sentence without its glued references, or toks
// itself when it has none (most sentences).
func (d *docState) dropRefs(toks []token) []token {
	// Most sentences have no bracket at all: the text says so faster
	// than the tokens.
	if len(toks) == 0 {
		return toks
	}
	if s := toks[0].s; !(d.bracketFrom <= s && s <= d.bracketAt) {
		d.bracketFrom, d.bracketAt = s, len(d.low)
		if i := strings.IndexByte(d.low[s:], '['); i >= 0 {
			d.bracketAt = s + i
		}
	}
	if d.bracketAt >= toks[len(toks)-1].e {
		return toks
	}
	first := -1
	for i := range toks {
		if toks[i].k == tPunct && toks[i].w == "[" && refEnd(toks, i) > i {
			first = i
			break
		}
	}
	if first < 0 {
		return toks
	}
	out := append(d.refToks[:0], toks[:first]...)
	for i := first; i < len(toks); {
		if e := refEnd(toks, i); e > i {
			// The next word stays glued or not as it was to the
			// reference: "1,350[12] tanks" reads "1,350 tanks".
			i = e
			continue
		}
		out = append(out, toks[i])
		i++
	}
	d.refToks = out
	return out
}

// auxOnly reports tokens [a, b) that are auxiliaries and adverbs of
// time only: "have been", "had since been", "were".
func auxOnly(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].w {
		case "have", "has", "had", "been", "were", "was", "are", "is", "since", "now", "already", "reportedly", "also":
		default:
			return false
		}
	}
	return true
}

// reaperIn reports the US Reaper drone named in tokens [a, b): "MQ-9
// Reapers", "Reaper drones".
func reaperIn(toks []token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if w := toks[k].w; w == "reaper" || w == "reapers" || w == "mq" && word(toks, k+2) == "9" {
			return true
		}
	}
	return false
}

// soldiersOf reports a figure of a state's soldiers, named after it and
// not the doers of its verb: "two soldiers were wounded". (Personnel
// and officers serve armed groups and police too.) nk is
// nounKindOf(h.noun).
func soldiersOf(h *catHit, nk nounKind) bool {
	return h.personNoun && !h.active && nk&nkStateSoldier != 0 && h.noun != "personnel" && h.noun != "officers"
}

// ofTheEnemy reports "of the enemy" after the figure ending at e: "17,000
// of the enemy", a count of the other side's fighters.
func ofTheEnemy(toks []token, e int) bool {
	return word(toks, e) == "of" && word(toks, e+1) == "the" && (word(toks, e+2) == "enemy" || word(toks, e+2) == "adversary")
}

// policeBefore reports "police" or "security" qualifying the person
// noun of the figure ending at e: "6 police officers", "4 Palestinian
// police officers", "12 security personnel".
func policeBefore(toks []token, e int, h *catHit) bool {
	if h.noun != "officers" && h.noun != "personnel" && h.noun != "officer" {
		return false
	}
	for k := e; k < e+4 && k < len(toks); k++ {
		switch toks[k].w {
		case "police", "security":
			return word(toks, k+1) == h.noun
		case h.noun:
			return false
		}
	}
	return false
}

// forEveryBefore reports "for every" or "for each" before the figure at
// s, in its sentence.
func forEveryBefore(toks []token, s int) bool {
	for k := s - 1; k >= 1 && k >= s-14; k-- {
		if w := toks[k].w; (w == "every" || w == "each") && toks[k-1].w == "for" {
			return true
		}
	}
	return false
}

// sentWords reads the few words that rules ask about for every figure:
// the world's ("worldwide", "global", "organised violence"), a ratio's
// ("for every"), a question's ("how many"), a running total's
// ("total"), the sides' ("both", "combined"), a toll's ("toll"); and
// the union of the words' class bits, which scanSentence noted. The
// words are of clsSentWord: a sentence with none, most, is not walked.
func (d *docState) sentWords(toks []token) {
	if d.wordsSent == d.nsent {
		return
	}
	d.wordsSent, d.world, d.ratio, d.howMany, d.total, d.both, d.respectively, d.toll = d.nsent, false, false, false, false, false, false, false
	d.whetherIf, d.including, d.everyEach, d.planned, d.included, d.superlative = false, false, false, false, false, false
	d.wordsCls = 0
	if len(toks) == 0 {
		return
	}
	f := d.facts(toks)
	if !f.clsSet {
		for i := range toks {
			f.cls |= toks[i].cls
		}
		f.clsSet = true
	}
	d.wordsCls = f.cls
	if f.cls&clsSentWord == 0 {
		return
	}
	for i := range toks {
		if toks[i].cls&clsSentWord == 0 {
			continue
		}
		switch w := toks[i].w; w {
		case "total", "tally", "overall":
			d.total = true
		case "both", "combined":
			d.both = true
		case "world", "worldwide", "global", "globally", "violence", "state-based", "world's":
			// The words worldwideNear looks for.
			d.world = true
		case "every", "each":
			d.ratio = d.ratio || i > 0 && toks[i-1].w == "for"
			d.everyEach = true
		case "many":
			d.howMany = d.howMany || i > 0 && toks[i-1].w == "how"
		case "respectively":
			d.respectively = true
		case "toll":
			d.toll = true
		case "whether", "if":
			d.whetherIf = true
		case "including":
			d.including = true
		case "planned", "planning", "prepared", "preparing", "braced", "bracing", "budgeted":
			d.planned = true
		case "include", "includes", "included":
			d.included = true
		case "deadliest", "bloodiest", "worst", "largest", "biggest", "heaviest", "highest", "most", "lowest", "smallest", "fewest", "least":
			d.superlative = true
		}
	}
}

// sentWordsWords are the words sentWords looks for, of clsSentWord.
var sentWordsWords = []string{
	"total", "tally", "overall", "both", "combined",
	"world", "worldwide", "global", "globally", "violence", "state-based", "world's",
	"every", "each", "many", "respectively", "toll",
	"whether", "if", "including",
	"planned", "planning", "prepared", "preparing", "braced", "bracing", "budgeted",
	"include", "includes", "included",
	"deadliest", "bloodiest", "worst", "largest", "biggest", "heaviest", "highest", "most", "lowest", "smallest", "fewest", "least",
}

// warGoesOn reports a war of the actor's the registry knows that has
// not ended by publication: a short war's tallies told after it are
// the war's, not a day's.
func (d *docState) warGoesOn(actor string) bool {
	cf, ok := d.conflictFor(actor)
	return ok && (cf.End.IsZero() || cf.End >= d.pub)
}

// warUnknown reports a few dead (fewer than 100) of a side in no war
// the registry knows, or in an ended one the text does not point at
// (pastWarUnpointed): they are the day's news as a known war's are.
// "Four Libyan soldiers were killed in clashes", "Ethiopian troops
// killed 20 militants" in 2025. A figure with no side is so when
// neither the side last named nor the sentence's sides fight a known
// war: "Security forces killed 30 terrorists in North Waziristan".
func (d *docState) warUnknown(c *attrition.Claim) bool {
	if figureSize(c) >= 100 {
		return false
	}
	if c.Actor != "" {
		return d.noWarOf(c.Actor)
	}
	if !d.noWarOf(d.lastActor) {
		return false
	}
	for i := range d.mentions {
		if m := &d.mentions[i]; m.actor != "" && !d.noWarOf(m.actor) {
			return false
		}
	}
	return true
}

// noWarOf reports a side with no war of the registry the text tells
// of.
func (d *docState) noWarOf(actor string) bool {
	_, ok := d.conflictFor(actor)
	return !ok || d.pastWarUnpointed(actor, d.pub)
}

// pastWarUnpointed reports an actor whose war ended more than two weeks
// before day end (a figure's "as of", or publication), when the text
// does not point at it: it names no other side
// of it, speaks of no war, conflict or hostilities, nor of "the
// clashes", "the operation" or "months of fighting". Such a text tells of other
// fighting: "Pakistan's military said 12 soldiers have been killed" a
// month after the clashes with India, "Ethiopian troops killed 20
// militants" in 2025, long after the Tigray war.
func (d *docState) pastWarUnpointed(actor string, end attrition.Date) bool {
	cf, ok := d.conflictFor(actor)
	if !ok || end.IsZero() || cf.End.IsZero() || end.Sub(cf.End) <= 14 {
		return false
	}
	if d.conflictTalkDoc() || d.otherSideInText(cf.Sides, actor) {
		return false
	}
	if d.warPointer == 0 {
		d.warPointer = 2
		if warPointScan.in(d.low) != 0 {
			d.warPointer = 1
		}
	}
	return d.warPointer == 2
}

// warPointScan finds the words by which pastWarUnpointed's text may
// point at a war without naming it.
var warPointScan = newTextWords("the clashes", "of fighting", "the fighting", "ceasefire", "truce", "the operation", "the offensive")

// townWarGoesOn reports a town the sentence names whose side's war
// goes on: "Clashes in Kharkiv left 17 dead" tells the day's news of
// that war though it names no side of the dead.
func (d *docState) townWarGoesOn() bool {
	for i := range d.mentions {
		if m := &d.mentions[i]; m.town && m.actor != "" {
			return d.warGoesOn(m.actor)
		}
	}
	return false
}

// newsAfterWar reports a few dead (fewer than 100) of a side whose war
// ended three months or more before publication, or at all before a
// text that does not speak of a war: "Israeli strikes
// killed 12 people in Lebanon", written months after the ceasefire, is
// a new day's news, not a share of the ended war's toll.
func (d *docState) newsAfterWar(actor string, low *float64) bool {
	if low == nil || *low >= 100 {
		return false
	}
	cf, ok := d.conflictFor(actor)
	if !ok || cf.End.IsZero() || cf.End >= d.pub {
		return false
	}
	// ("Pakistani shelling killed three civilians in Kashmir", a month
	// after that war's ceasefire, is the day's news; a text that looks
	// back at "the 12-day war" tells its deeds, until the war is long
	// past.)
	return d.pub.Sub(cf.End) >= 90 || !d.warTalkDoc()
}

// machinesAfterWar reports a few machines (fewer than 100) of a side
// whose long war ended three months or more before a text that does
// not look back at it: "Hezbollah fighters destroyed 3 Merkava tanks
// near Khiam" in 2025 is a new day's news. (A short war's machines are
// its own, however long after: "India lost five jets".)
func (d *docState) machinesAfterWar(c *attrition.Claim) bool {
	if c.Low == nil || *c.Low >= 100 {
		return false
	}
	cf, ok := d.conflictFor(c.Actor)
	return ok && !cf.End.IsZero() && !shortWar(cf) && d.pub.Sub(cf.End) >= 90 && !d.conflictTalkDoc()
}

// warKnown reports an actor that is a side of a war the registry
// knows.
func (d *docState) warKnown(actor string) bool {
	a, ok := findActor(actor)
	return ok && len(a.Conflicts) > 0
}

// downedPast reports weapons downed in the simple past around the
// figure at [s, e): "shot down 40 drones", "40 drones … were
// intercepted".
func downedPast(toks []token, s, e int) bool {
	if downWord(toks, s-1) {
		return true // "shot down 40", "intercepted 40"
	}
	for k, hi := e, min(len(toks), e+10); k < hi; k++ {
		switch toks[k].w {
		case ",", "and":
			// "413 drones and 41 missiles were intercepted": the verb
			// after the list's last item.
			if k+1 < len(toks) && startsNumber(&toks[k+1]) {
				hi = min(len(toks), hi+4)
				continue
			}
			return false
		case ";", ".", "but", "while":
			return false
		case "were", "was":
			return downWord(toks, k+1) || word(toks, k+1) == "shot" && word(toks, k+2) == "down"
		}
	}
	return false
}

// destroyedPast reports machines destroyed in the simple past around
// the figure at [s, e), with no place named: "A missile strike
// destroyed 2 Patriot launchers", "drones hit a column: 3 tanks and 5
// IFVs destroyed", one deed's catch. ("have destroyed": perfectTense's.)
func destroyedPast(toks []token, s, e int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if toks[k].k == tPunct {
			break // ("destroyed: 22", a table's status, not a deed)
		}
		switch toks[k].w {
		case "destroyed", "disabled", "hit", "struck":
			// ("hit 2 tanks", not "strikes hit 2 towns": the figure's
			// machines right after.)
			return (k == s-1 || toks[k].w == "destroyed" || toks[k].w == "disabled") && !pastPerfectBefore(toks, k)
		}
	}
	for k, hi := e, min(len(toks), e+10); k < hi; k++ {
		switch toks[k].w {
		case ",", "and":
			// "3 tanks and 5 IFVs destroyed": the verb after the list's
			// last item.
			if k+1 < len(toks) && startsNumber(&toks[k+1]) {
				hi = min(len(toks), hi+4)
				continue
			}
			return false
		case ";", ".", "but", "while", "have", "has", "had", "been", "as":
			// ("lists 87 howitzers as destroyed": a tally's status.)
			return false
		case "destroyed", "disabled":
			return true
		}
	}
	return false
}

// pastPerfectBefore reports "had" in the clause before the verb at v:
// "said it had seized 12 vehicles and destroyed five trucks", a deed
// before the time told, not the day's news.
func pastPerfectBefore(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-10; k-- {
		switch toks[k].w {
		case "had":
			return true
		case ";", ".", ":":
			return false
		}
	}
	return false
}

// downWord reports "intercepted", "downed", "down" (of "shot down") at k.
func downWord(toks []token, k int) bool {
	switch word(toks, k) {
	case "intercepted", "downed", "jammed":
		return true
	case "down":
		return word(toks, k-1) == "shot"
	}
	return false
}

// titleOffice reports an office named by its holder's title: "prime
// minister's office", "the governor's office".
func titleOffice(name string) bool {
	rest, ok := strings.CutSuffix(name, "'s office")
	if !ok {
		return false
	}
	switch lastWord(strings.ToLower(rest)) {
	case "minister", "president", "governor", "mayor", "prosecutor", "ombudsman", "commissioner", "premier", "chancellor":
		return true
	}
	return false
}

// outsideArmies are the countries whose armies reporting counts in
// other wars than the registry's, by their words.
var outsideArmies = map[string]string{
	"britain": "United Kingdom", "british": "United Kingdom", "britain's": "United Kingdom",
	"france": "France", "french": "France", "france's": "France",
	"germany": "Germany", "german": "Germany", "germany's": "Germany",
	"canada": "Canada", "canadian": "Canada", "canada's": "Canada",
	"australia": "Australia", "australian": "Australia", "australia's": "Australia",
	"argentina": "Argentina", "argentine": "Argentina", "argentinian": "Argentina", "argentina's": "Argentina",
	"vietnam": "Vietnam", "vietnamese": "Vietnam",
	"italy": "Italy", "italian": "Italy", "spain": "Spain", "spanish": "Spain",
	"poland": "Poland", "polish": "Poland", "dutch": "Netherlands", "japan": "Japan", "japanese": "Japan",
}

// outsideArmyOf returns the outside army (outsideArmies) the figure at
// [s, e) counts: named between the figure and its people ("457 British
// personnel"), or as the subject of the verb of loss right before it
// ("Britain lost 457", "The United Kingdom has lost some 457"). "" if
// none.
func outsideArmyOf(toks []token, s, e int) string {
	if e+1 < len(toks) && toks[e].upper && toks[e+1].cls&clsPerson != 0 {
		if a := outsideArmies[toks[e].w]; a != "" {
			return a
		}
	}
	v := s - 1 // (s, the quantity's start, takes its hedge and bound in)
	if v < 1 || toks[v].w != "lost" && toks[v].w != "suffered" {
		return ""
	}
	v--
	if toks[v].w == "has" || toks[v].w == "had" || toks[v].w == "have" {
		v--
	}
	if v < 0 || !toks[v].upper {
		return ""
	}
	first := v
	if v >= 1 && toks[v].w == "kingdom" && toks[v-1].w == "united" {
		first = v - 1
		if first == 0 || first == 1 && toks[0].w == "the" {
			return "United Kingdom"
		}
		return ""
	}
	if a := outsideArmies[toks[v].w]; a != "" && (first == 0 || first == 1 && toks[0].w == "the") {
		return a
	}
	return ""
}

// enemyStrikesTown returns the side of the one town or region of a side's
// land the sentence names when its enemy word names the doer ("the
// enemy's shelling", "enemy attacks"), else "".
func enemyStrikesTown(ms []mention) string {
	if !slices.ContainsFunc(ms, func(m mention) bool { return m.enemy && m.agent }) {
		return ""
	}
	return soleActor(ms, func(m *mention) bool { return m.town })
}

// sideOfEnemyWord returns the side named right before the sentence's
// enemy word ("Russian invaders", "Israeli occupation"), "" when none or
// more than one.
func sideOfEnemyWord(ms []mention) string {
	side := ""
	for i := 1; i < len(ms); i++ {
		if m := &ms[i]; m.enemy && ms[i-1].actor != "" && !ms[i-1].enemy && ms[i-1].e == m.s {
			if side != "" && side != ms[i-1].actor {
				return ""
			}
			side = ms[i-1].actor
		}
	}
	return side
}

// unitsAfter reports a noun of military units within three words from
// k (unitNoun), past plain words, names and the kinds of units before
// it: "three mechanised brigades", "four AFU mechanised brigades"; not
// "32,946 units of military motor vehicles", a count of things.
func unitsAfter(toks []token, k int) bool {
	for m, hi := k, min(len(toks), k+3); m < hi; m++ {
		t := &toks[m]
		if t.k != tWord {
			return false
		}
		if unitNoun(t.w) {
			// ("20 Africa Corps fighters": the unit names its people.)
			if m+1 < len(toks) && toks[m+1].cls&clsPerson != 0 {
				return false
			}
			return t.w != "units" || word(toks, m+1) != "of"
		}
		switch t.w {
		case "mechanised", "mechanized", "motorised", "motorized", "assault", "airborne", "infantry", "tank", "marine",
			"territorial", "defence", "defense", "separate", "rifle", "artillery", "afu", "ukrainian", "russian", "enemy":
			continue
		}
		if !t.upper && (t.cls&clsWordClasses != 0 || m == k+2) {
			return false // (a plain word two before the unit at most)
		}
	}
	return false
}

// attackTarget returns the one side other than the attacker that the
// sentence names as an attack's target ("attacks on Israel"), else "".
func attackTarget(ms []mention, attacker string) string {
	return soleActor(ms, func(m *mention) bool { return m.target && m.actor != attacker })
}

// soleActor returns the one actor of the mentions keep holds for, or ""
// when there is none or more than one.
func soleActor(ms []mention, keep func(*mention) bool) string {
	one := ""
	for i := range ms {
		if m := &ms[i]; m.actor != "" && keep(m) {
			if one != "" && one != m.actor {
				return ""
			}
			one = m.actor
		}
	}
	return one
}

// openBracketBefore reports a bracket opened a few words before token s
// and not closed: "(105 killed, 599 injured)".
func openBracketBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-8; k-- {
		switch toks[k].w {
		case "(":
			return true
		case ")", ".", ";":
			return false
		}
	}
	return false
}

// labelColonBetween reports a label's colon in toks[a:b], the last token
// before the figure: "Civilians killed in Ukraine: 12,910".
func labelColonBetween(toks []token, a, b int) bool {
	return b > a && b-1 < len(toks) && toks[b-1].w == ":"
}

// fromFigureTo reports "to" right before token s closing "from N …" a
// few words before: "from 340 in May to 304".
func fromFigureTo(toks []token, s int) bool {
	if word(toks, s-1) != "to" {
		return false
	}
	for k := s - 2; k >= 1 && k >= s-8; k-- {
		if toks[k].w == "," || toks[k].w == ";" {
			return false
		}
		if toks[k].k == tNum && toks[k-1].w == "from" {
			return k < s-3 // the times between, else a range
		}
	}
	return false
}

// themEnd returns the token after "of them" at or right before e (a
// quantity's end may take the words in or not), or 0.
func themEnd(toks []token, e int) int {
	if word(toks, e-1) == "them" && word(toks, e-2) == "of" {
		return e
	}
	if word(toks, e) == "of" && word(toks, e+1) == "them" {
		return e + 2
	}
	return 0
}

// claimOwnerBefore returns the side whose claim or estimate the words
// right before the figure at s name ("the Ukrainian claim of", "Moscow's
// estimate of"), or "".
func claimOwnerBefore(toks []token, s int) string {
	if s < 3 || !claimNounOf(toks, s) || word(toks, s-2) == "toll" {
		return ""
	}
	t := &toks[s-3]
	if !t.upper || t.cls&clsActor == 0 {
		return ""
	}
	w := strings.TrimSuffix(t.w, "'s")
	if c, ok := capitals[w]; ok {
		return c
	}
	return actorIn(toks, s-3, s-2)
}

// claimNounOf reports "claim of", "estimate of", "toll of" right before
// the figure at s: a count named by its noun, whose owner stands before.
func claimNounOf(toks []token, s int) bool {
	if word(toks, s-1) != "of" {
		return false
	}
	switch word(toks, s-2) {
	case "claim", "claims", "estimate", "estimates", "figure", "count", "tally", "toll":
		return true
	}
	return false
}

// claimBodyBefore reads a body's possessive before "toll of", "claim
// of", "figure of" at the figure s: "the Gaza health ministry's toll of
// 35,000".
func (d *docState) claimBodyBefore(toks []token, s int) (attribution, bool) {
	if s < 4 || !claimNounOf(toks, s) {
		return attribution{}, false
	}
	p := s - 3
	if w := toks[p].w; !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return attribution{}, false
	}
	b, e := npBefore(toks, p+1)
	if e <= b {
		return attribution{}, false
	}
	a := makeAttribution(toks, d.pt.text, b, e, b, s-1)
	if a.name == "" || a.junk || a.self || a.generic && !registered(a.name) {
		return attribution{}, false
	}
	return a, true
}

// sumPhraseAt reports "in total", "in all", "so far", "to date" at k:
// words that make a figure a running total.
func sumPhraseAt(toks []token, k int) bool {
	switch w, n := word(toks, k), word(toks, k+1); {
	case w == "in" && (n == "total" || n == "all"):
		return true
	case w == "so" && n == "far", w == "to" && n == "date":
		return true
	}
	return false
}

// boundPairBefore reports the words between two bounds of one count
// before the figure at s, up to the figure before: "but probably not
// more than", "and probably did not exceed". A conjunction is needed.
func boundPairBefore(toks []token, s int) bool {
	conj, hedged := false, false
	for k := s - 1; k >= 1 && k >= s-8; k-- {
		switch toks[k].w {
		case "but", "and", "or", "yet":
			conj = true
		case "probably", "likely", "possibly", "perhaps", "almost", "certainly", "unlikely", "not":
			hedged = true
		case "very", "highly", "did", "do", "does", "to", "be", "have", "has", "had", "were", "was", "is", "are", ",", "exceed", "exceeded", "top", "topped":
		default:
			return conj && hedged && toks[k].k == tNum
		}
	}
	return false
}

// attackKilledBefore reports "strikes killed", "shelling killed at
// least" right before the figure at [s, e): an attack's noun as the
// subject of the verb of killing in the simple past.
func attackKilledBefore(toks []token, s, e int) bool {
	v := s - 1 // (s, the quantity's start, takes its hedge and bound in)
	// ("Russian shelling injured six civilians": the wounded of one
	// attack too.)
	switch word(toks, v) {
	case "killed", "injured", "wounded":
	case "left":
		// "Clashes in Tigray left 17 dead": the toll the clashes left.
		if !leftDeadAt(toks, e) {
			return false
		}
	default:
		return false
	}
	// "Israeli strikes on Khan Younis killed", "shelling of the
	// Nuseirat camp killed": the attack's target, a place's name of
	// more than one word, between the noun and the verb.
	if k := placeNameBefore(toks, v); k < v {
		switch word(toks, k-1) {
		case "on", "in", "near", "of", "across", "around", "against":
			v = k - 1
		}
	} else if struckNoun(word(toks, v-1)) {
		// "Israeli strikes on Hezbollah targets killed", "shelling of
		// Ukrainian positions killed": the target struck, named by what
		// it was, between the attack and the verb.
		for k := v - 2; k >= 0 && k >= v-4; k-- {
			if w := word(toks, k); w == "on" || w == "against" || w == "of" {
				v = k
				break
			}
		}
	}
	// "Ukrainian forces repelled an assault near Pokrovsk and killed 96":
	// the second deed of one fight.
	if word(toks, v-1) == "and" && repelledBefore(toks, v-1) {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if toks[k].cls&clsAgentNoun != 0 && toks[k].k == tWord {
			return true
		}
		// "ISWAP fighters killed 20 soldiers in Marte", "gunmen
		// killed": raiders as the subject tell one raid.
		switch toks[k].w {
		case "gunmen", "militants", "jihadists", "insurgents", "attackers", "assailants", "bandits", "fighters", "rebels",
			// "Clashes in Tigray killed 17", "fighting near Goma left
			// 30 dead": one bout of fighting too.
			"clashes", "fighting", "explosion", "blast":
			return true
		}
	}
	return false
}

// leftDeadAt reports the state of the people a deed left, right at the
// end e of its figure or after its people noun: "left 17 dead", "left
// 30 people wounded".
func leftDeadAt(toks []token, e int) bool {
	for k := e - 1; k <= e+1; k++ {
		switch word(toks, k) {
		case "dead", "wounded", "injured":
			return true
		}
	}
	return false
}

// windowDeedVerbs are the verbs in the simple past of a day's deeds and
// losses right before the figure: "neutralised 290", "destroyed 12".
var windowDeedVerbs = []string{"killed", "eliminated", "neutralised", "neutralized", "destroyed", "downed", "lost", "wounded", "injured"}

// repelledBefore reports a fight's verb in the simple past in the
// clause ending at a: "repelled an assault near Pokrovsk", "ambushed a
// convoy".
func repelledBefore(toks []token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-8; k-- {
		switch toks[k].w {
		case "repelled", "repulsed", "ambushed", "thwarted", "foiled", "stormed", "raided":
			return true
		case ",", ";", ".", ":", "since", "have", "has", "had":
			return false
		}
	}
	return false
}

// placeNameBefore returns the first token of the place's name of up to
// five words ending right before v ("Khan Younis", "the Nuseirat camp",
// "Deir al-Balah"), or v when there is none.
func placeNameBefore(toks []token, v int) int {
	k := v
	for k > 0 && k > v-5 {
		t := &toks[k-1]
		if t.k != tWord || !t.upper && t.w != "the" && t.w != "camp" && t.w != "city" && !strings.HasPrefix(t.w, "al-") && !strings.HasPrefix(t.w, "el-") {
			break
		}
		k--
	}
	return k
}

// otherBodyKind reports a body named by its kind ("the defence
// ministry") that the source before is not: its name and long name lack
// the kind's word.
func otherBodyKind(described string, last *attribution) bool {
	head := lastWord(strings.ToLower(described))
	switch head {
	case "ministry", "office", "agency", "department", "police", "observatory", "monitor", "network", "committee",
		"commission", "council", "mission", "administration", "command", "court", "tribunal", "government":
	default:
		return false
	}
	return !lowerContains(last.name, head) && !lowerContains(last.long, head)
}

// predicateSide returns the side a people's adjective names as what the
// figure ending at e were ("4,497 were American", "and 179 British"),
// with nothing after the adjective in its clause; else "".
func (d *docState) predicateSide(toks []token, e int) string {
	k := e
	if w := word(toks, k); w == "were" || w == "was" {
		k++
	}
	if k >= len(toks) || !toks[k].upper || toks[k].k != tWord {
		return ""
	}
	if n := word(toks, k+1); n != "" && n != "." && n != "," && n != "and" && n != ";" {
		return ""
	}
	if a := outsideArmies[toks[k].w]; a != "" {
		return a
	}
	for i := range d.mentions {
		if m := &d.mentions[i]; m.s == k && m.e == k+1 && m.actor != "" && toks[k].cls&clsDemonyms != 0 {
			return m.actor
		}
	}
	return ""
}

// headlineKill reports a verb of killing in the present tense right
// before the figure at s (its hedge included), in a line with no full
// stop: a headline's "Strikes kill 12 in Kharkiv", "kill dozens".
func headlineKill(toks []token, s int) bool {
	if w := word(toks, s-1); w != "kill" && w != "kills" {
		return false
	}
	return len(toks) > 0 && toks[len(toks)-1].w != "."
}

// bareTownToll reports a toll with no noun of people in a town of one
// side's land: "12 killed in Dnipro", "the death toll in Kyiv has risen
// to 15". Its dead are the town's people, as "12 people killed in Dnipro"
// are. Not an army's report, nor the dead of fighting there ("fighting
// around Chasiv Yar has left dozens dead", "deaths in the Kursk
// incursion"), which may be soldiers of either side; nor a region's
// count of "deaths" or "fatalities" over months, which counts fighters
// too.
func bareTownToll(toks []token, h *catHit, category string, equipment, srcMilitary bool) bool {
	if equipment || srcMilitary {
		return false
	}
	switch category {
	case catKilled, catWounded, attrition.CategoryCasualties:
	default:
		return false
	}
	switch word(toks, h.s) {
	case "deaths", "fatalities":
		return false
	}
	for k := range toks {
		if fightNoun(toks[k].w) {
			return false
		}
		switch toks[k].w {
		case "incursion", "offensive", "counteroffensive", "counter-offensive", "assault", "assaults", "battlefield", "front", "frontline", "front-line":
			return false
		}
	}
	return true
}

// armyTollAt reports a toll named by an army's word at the category
// words at k: "army death toll", "the military's toll", "troop death
// toll".
func armyTollAt(toks []token, k int) bool {
	if word(toks, k) != "toll" {
		return false
	}
	b := k - 1
	if w := word(toks, b); w == "death" || w == "casualty" {
		b--
	}
	switch word(toks, b) {
	case "army", "army's", "military", "military's", "troop", "troops'", "soldiers'", "idf", "idf's":
		return true
	}
	return false
}

// sideDeadAt reports the dead named by a side's name right before them
// at k: "Russian dead", "Russia's war dead", "Ukrainian killed".
func sideDeadAt(toks []token, k int) bool {
	switch word(toks, k) {
	case "dead", "killed":
	default:
		return false
	}
	b := k - 1
	if word(toks, b) == "war" {
		b--
	}
	return b >= 0 && toks[b].cls&clsActor != 0 && toks[b].upper
}

// longStateWar reports a side of a war of states alone, with no armed
// group among its sides, lasting more than a few months: Russia and
// Ukraine, not Israel and Hamas nor the twelve days of Iran and Israel.
func (d *docState) longStateWar(actor string) bool {
	a, ok := findActor(actor)
	if !ok || a.Population != "" {
		return false
	}
	cf, ok := d.conflictFor(actor)
	if !ok || len(cf.Sides) < 2 {
		return false
	}
	// ("Lebanon's war dead": Israel fought Hezbollah there.)
	if !statesWar(cf.Sides) {
		return false
	}
	end := cf.End
	if end.IsZero() {
		end = d.pub
	}
	return end.Sub(cf.Start) > 90
}

// partWithPlace reports a part of the figure before, at s, told with its
// own place: "including 181 in Gaza", "181 of them in Gaza".
func partWithPlace(toks []token, s int) bool {
	w := word(toks, s-1)
	return w == "including" || w == "among" || w == "incl"
}

// breakdownCategory reports the categories a count of casualties is
// broken down into: "4,560 casualties, including 3,210 killed".
func breakdownCategory(cat string) bool {
	switch cat {
	case attrition.CategoryKilled, attrition.CategoryWounded, attrition.CategoryMissing, attrition.CategoryCaptured, attrition.CategoryKilledOrMissing:
		return true
	}
	return false
}

// civilianCasualtiesAt returns where "civilian casualties" opens the
// sentence as the subject of the figure at s ("Civilian casualties in
// Ukraine averaged 6 killed", "Ukrainian civilian casualties: 600
// killed"), or -1.
func civilianCasualtiesAt(toks []token, s int) int {
	for k := 0; k < 3 && k+1 < s; k++ {
		if toks[k].w == "civilian" && (toks[k+1].w == "casualties" || toks[k+1].w == "casualty" && word(toks, k+2) == "figures") {
			return k
		}
	}
	return -1
}
