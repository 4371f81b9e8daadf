package extract

import (
	"maps"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

// periodKind says how a period phrase constrains a figure.
type periodKind uint8

const (
	// pSpan gives both ends ("in May", "in the past day").
	pSpan periodKind = iota + 1
	// pSince gives the start; the end is the publication day.
	pSince
	// pAsOf gives the end only ("as of 1 June", "by the end of May").
	pAsOf
	// pDuration gives a length only ("the 224-day battle", "three years
	// and four months"); it checks other ends.
	pDuration
)

// periodHit is a period phrase found in a sentence.
type periodHit struct {
	kind       periodKind
	start, end attrition.Date
	// conflictStart: the start is the conflict's, resolved once the
	// actor is known ("since the invasion").
	conflictStart bool
	conflictID    string
	days          int // for pDuration
	months        int // for pDuration, calendar months
	s, e          int
	// fight marks the length of a fight, "a two-day assault": it ends
	// on the day the text gives for the figure.
	fight bool
	// ofStatement marks a span that dates a statement ("last month",
	// "in September") more often than losses.
	ofStatement bool
	// ref marks "during the month", "the same period": the span named
	// before in the text, when there is one.
	ref, same bool
	// speech marks a day that dates a statement: "said on Tuesday".
	speech bool
	// saidFrom is the first day of the time a statement was dated by,
	// kept when the time became the day its total stood on (stoodOn):
	// "the UN said in December" was said within December.
	saidFrom attrition.Date
	// before marks "the previous week" read as the week before the
	// last week the text gave.
	before bool
	// afterWar marks "since the ceasefire": the day the figure's war
	// ended, resolved once the war is known.
	afterWar bool
	// truceEnd marks "since the ceasefire collapsed": the day the
	// latest truce broke down.
	truceEnd bool
	// yearStart is the first day of the year a start names when the
	// start was read as a war's that began in that year ("since 2011"
	// in Syria): the year itself when the figure is another war's.
	yearStart attrition.Date
	// inStart, inEnd: the time a phrase after a phase dates ("the
	// ground operation in late 2023"), which the phase's span is
	// narrowed to once the phase is known (opWithin).
	inStart, inEnd attrition.Date
	// anniv is the months from a war's start to the day a phrase names
	// ("three years into the war", "on the third anniversary of the
	// invasion"): an as-of day resolved once the war is known.
	anniv int
	// dated marks "as of 4 December 2024", "by June 2025": the day a
	// tally stood, as written, whatever war it counts.
	dated bool
	// window marks "the past 24 hours", "the last week": a count over
	// the window, never the date of a running total.
	window bool
	// event marks the day of an event the text names ("the toll from
	// Saturday's strike", "the October 7 attack"): the figure is that
	// event's, however the toll has risen since.
	event bool
	// label: the value of a label that names the report's period
	// ("Month: March 2025").
	label bool
	// ahead: a bracket's label, the period of the figure after it
	// alone ("6,671 (February: 1,802)").
	ahead bool
	// inWar marks "in the war": the whole war, to its end when it has
	// ended.
	inWar bool
	// clauseEnd, when set, is the comma that ends the clause the phrase
	// opens ("Two years after a missile killed 50 people, …"): it
	// dates no figure past it.
	clauseEnd int
	// aside marks a phrase about a part of the figure before ("most of
	// them since September"): it dates no figure after it.
	aside bool
	// rowDay marks the day a table's row is labelled with: the day's
	// losses, or the day of a running total in a table of totals.
	rowDay bool
	// opRef marks "since the operation began": a phase the text named
	// before, which the document's state resolves (resolveOpRefs).
	opRef bool
	// streak marks "for three straight months": a rate held over the
	// span, which dates no count ("topped 40,000 for the second month
	// in a row" is the latest month's).
	streak bool
	// op is the phrase of a named phase of a war ("the Kursk
	// incursion"); start and end are those of its first registry entry
	// until the text's war picks one (resolveOperation).
	op string
}

// opPhrase is one phrase of attrition.Operations, split into words.
type opPhrase struct {
	words []string
	key   string
}

// opsByFirst indexes the phrases of named phases by their first word;
// opsByKey lists the phases each phrase may name.
var opsByFirst, opsByKey = func() (map[string][]opPhrase, map[string][]attrition.Operation) {
	first := map[string][]opPhrase{}
	byKey := map[string][]attrition.Operation{}
	for _, op := range attrition.Operations {
		for _, w := range op.Words {
			if _, seen := byKey[w]; !seen {
				ws := strings.Fields(w)
				first[ws[0]] = append(first[ws[0]], opPhrase{words: ws, key: w})
			}
			byKey[w] = append(byKey[w], op)
		}
	}
	return first, byKey
}()

// opKeyGroups are opsByKey's phrases grouped by their first word, in
// order within a group, for namedOpIn.
var opKeyGroups = func() (gs []opKeyGroup) {
	for _, k := range slices.Sorted(maps.Keys(opsByKey)) {
		first, _, _ := strings.Cut(k, " ")
		if n := len(gs); n > 0 && gs[n-1].first == first {
			gs[n-1].keys = append(gs[n-1].keys, k)
		} else {
			gs = append(gs, opKeyGroup{first: first, keys: []string{k}})
		}
	}
	return gs
}()

// opKeyGroup is the phrases of named phases that start with one word.
type opKeyGroup struct {
	first string
	keys  []string
}

// opFirstScans find which of opKeyGroups' first words a text holds, so
// that namedOpIn searches it only for those: most texts hold few of them,
// and one pass over the text costs less than a search per word. A
// textWords takes 32 words and skips by its shortest, so the shortest
// words share one scanner and the rest another.
var opFirstScans = func() (ss []opFirstScan) {
	if len(opKeyGroups) > 64 {
		panic("extract: opGroupsIn's bits hold 64 groups")
	}
	ix := make([]int, len(opKeyGroups))
	for i := range ix {
		ix[i] = i
	}
	slices.SortStableFunc(ix, func(a, b int) int { return len(opKeyGroups[a].first) - len(opKeyGroups[b].first) })
	for len(ix) > 0 {
		n := len(ix) % 32
		if n == 0 {
			n = 32
		}
		s := opFirstScan{groups: ix[:n:n]}
		ws := make([]string, n)
		for k, g := range s.groups {
			ws[k] = opKeyGroups[g].first
		}
		s.words = newTextWords(ws...)
		ss = append(ss, s)
		ix = ix[n:]
	}
	return ss
}()

// opFirstScan is a scanner of opFirstScans and the index in opKeyGroups
// of each of its words.
type opFirstScan struct {
	words  *textWords
	groups []int
}

// opGroupsIn returns a bit for each of opKeyGroups whose first word the
// lower-cased text holds (bit g for opKeyGroups[g]).
func opGroupsIn(low string) uint64 {
	var gs uint64
	for _, s := range opFirstScans {
		for m := s.words.in(low); m != 0; m &= m - 1 {
			gs |= 1 << s.groups[bits.TrailingZeros32(m)]
		}
	}
	return gs
}

// opsByFirstWords is opsByFirst for matchOperation's look-up.
var opsByFirstWords = newWordTable(opsByFirst)

// opFirstBytes marks the first bytes of the first words of phases'
// names.
var opFirstBytes = func() (b [256]bool) {
	for w := range opsByFirst {
		b[w[0]] = true
	}
	return b
}()

// opFirstLens marks the lengths of those words, 63 standing for any
// longer: "of", "in", "its", "on" and "into" share a first byte with
// them, and are too short.
var opFirstLens = func() (m uint64) {
	for w := range opsByFirst {
		m |= 1 << min(len(w), 63)
	}
	return m
}()

// matchOperation reads the name of a phase of a war at token i, after
// "the", a possessive or "the start of the": it returns the end and the
// phrase.
func matchOperation(toks []token, i int) (int, string, bool) {
	j := i
	for k := 0; k < 7 && j < len(toks); k++ {
		// Most words start no phase's name: a byte and a length test
		// spare them the map look-up.
		w := toks[j].w
		if w != "" && opFirstBytes[w[0]] && opFirstLens&(1<<min(len(w), 63)) != 0 {
			for _, ph := range opsByFirstWords.at(w) {
				if end, ok := matchAt(toks, j, ph.words); ok {
					return end, ph.key, true
				}
			}
		}
		switch w {
		case "the", "its", "their", "of", "launching", "starting", "so-called":
			j++
			continue
		case "what":
			// "since the start of what Moscow calls its special military
			// operation": the name is the speaker's, the phase the same.
			if e := namingClauseEnd(toks, j); e > j {
				j = e
				continue
			}
		}
		if toks[j].cls&(clsStartWords|clsActor) != 0 || strings.HasSuffix(w, "'s") {
			j++
			continue
		}
		break
	}
	return 0, "", false
}

// datedEventNoun reports the nouns of an event a text may name by its
// day: "the October 7 attack", "the 17 April strike".
func datedEventNoun(w string) bool {
	switch w {
	case "attack", "attacks", "assault", "massacre", "raid", "raids", "strike", "strikes", "bombing", "bombings", "shelling", "ambush", "incursion", "offensive",
		"wave", "blast", "blasts", "explosion", "explosions", "barrage", "bombardment", "shooting", "shootings":
		return true
	}
	return false
}

// dayPartWord reports a part of a day after its name: "Tuesday night".
func dayPartWord(w string) bool {
	return w == "night" || w == "morning" || w == "evening" || w == "afternoon"
}

// eventNounAfter reports an event's noun in the few words from token k:
// a day's possessive names an event ("last night's Russian missile
// attack"), not a report ("this morning's update").
func eventNounAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if datedEventNoun(toks[j].w) {
			return true
		}
		if toks[j].k != tWord {
			return false
		}
	}
	return false
}

// subjectCopula reports a verb that makes the month before it the
// sentence's subject: "April was", "2024 saw", "May had".
func subjectCopula(w string) bool {
	switch w {
	case "was", "saw", "had", "has", "is", "remained", "became", "proved", "marked", "brought":
		return true
	}
	return false
}

// yearlyNoun reports a report's noun at token k, after a year: "2024
// report", "2024 annual review"; or with tally a tally's too: "2024
// losses", "2024 figures".
func yearlyNoun(toks []token, k int, tally bool) bool {
	switch w := word(toks, k); {
	case w == "annual" || w == "yearly" || w == "report" || w == "review" || w == "survey" || w == "yearbook":
		return true
	case tallyNoun(w) || w == "figures" || w == "data":
		// ("the 2023 total of 250,000": the figure its own.)
		return tally || word(toks, k+1) == "of" && tokAt(toks, k+2).k == tNum
	}
	return false
}

// populationAdjective reports a word of the people a tally counts,
// between its year and its noun: "the 2023 civilian toll".
func populationAdjective(w string) bool {
	switch w {
	case "civilian", "military", "combat", "overall", "official":
		return true
	}
	return false
}

// comparedWord reports a word that makes the tally after it one a
// figure is compared with: "than the 2023 total", "up from the 2023
// toll".
func comparedWord(w string) bool {
	switch w {
	case "than", "with", "to", "from", "against", "versus", "vs", "over", "above", "below", "exceeding", "surpassing", "topping", "eclipsing", "past", "beyond":
		return true
	}
	return false
}

// partOfMonthOpening reads a part of a month ("early June") whose month
// is token i, and opens the sentence or a clause as its
// subject ("Early June saw 400 casualties a day") or, at the sentence's
// start, as its adverb before a comma ("Early June, Russia lost …").
// The part and month may be one word: "Mid-May saw", "Late-May, …".
func partOfMonthOpening(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	t := &toks[i]
	if t.cls&clsMonth == 0 {
		return periodHit{}, false
	}
	s := i - 1
	if _, _, ok := cutPartOfMonth(t.w); ok {
		// ("that mid-April was": no verb "may" to tell from, the word's
		// case says nothing.)
		s = i
	} else if b := word(toks, i-1); !t.upper || b != "early" && b != "late" && b != "mid" {
		return periodHit{}, false
	}
	if s > 0 && !clauseOpener(toks[s-1].w) && toks[s-1].cls&clsSpeechVerbs == 0 {
		return periodHit{}, false
	}
	d, ok := parseDate(toks, s, pub)
	if !ok || d.end <= d.start {
		return periodHit{}, false
	}
	if w := word(toks, d.e); !subjectCopula(w) && !(s == 0 && w == ",") {
		return periodHit{}, false
	}
	return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: s, e: d.e}, pub), true
}

// clauseOpener reports a word after which a clause may open with its
// subject: "show that 2024 was", ", and 2024 saw", "data show 2024
// was" (a verb of saying is its own class).
func clauseOpener(w string) bool {
	switch w {
	case "that", ",", ";", "and", "but", "while", "whereas", "show", "shows", "showed", "suggest", "suggests", "indicate", "indicates":
		return true
	}
	return false
}

// namingClauseEnd returns the token after "what Moscow calls", "what
// Kyiv has termed", "what it describes as" at j ("what"), or j when none
// is there.
func namingClauseEnd(toks []token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		switch toks[k].w {
		case "calls", "called", "terms", "termed", "dubs", "dubbed", "brands", "branded", "labels", "labelled", "labeled", "names", "named":
			return k + 1
		case "describes", "described", "characterises", "characterizes", "refers":
			if w := word(toks, k+1); w == "as" || w == "to" {
				return k + 2
			}
			return j
		case ".", ",", ";":
			return j
		}
	}
	return j
}

// operationHit is the period of the named phase matchOperation read
// after token i, up to end: since its start, or its whole span. The
// callers match first: most words after "in" or "since" name no phase,
// and a failed match then costs no periodHit returned through memory.
func operationHit(i, end int, key string, since bool, pub attrition.Date) periodHit {
	op := opsByKey[key][0]
	h := periodHit{kind: pSince, start: op.Start, s: i, e: end, op: key}
	if !since {
		h.kind, h.end = pSpan, opEnd(op, pub)
	}
	return h
}

// opWithin narrows the span h of a phase to the time a phrase after it
// dates: "during the ground invasion of Gaza's north in late 2023" is
// of the phase's days in late 2023. A few words of place may come
// between; a comma, a figure or a word of loss ends the search.
func opWithin(toks []token, h *periodHit, pub attrition.Date) {
	for k := h.e; k < len(toks) && k < h.e+5; k++ {
		t := &toks[k]
		if t.k != tWord || t.cls&(clsLoss|clsCat|clsNum) != 0 {
			return
		}
		if t.w != "in" && t.w != "during" {
			continue
		}
		st := spanMayStart(toks, k+1)
		if !st.may() {
			continue // "in Gaza"
		}
		d, ok := parseSpanAfter(toks, k+1, pub, st)
		if !ok || d.kind != pSpan || d.start.IsZero() || d.end < d.start {
			return
		}
		h.inStart, h.inEnd, h.e = d.start, d.end, d.e
		narrowOp(h)
		return
	}
}

// narrowOp narrows the span of a phase to the time opWithin read, when
// the two meet.
func narrowOp(h *periodHit) {
	if h.inStart.IsZero() || h.inEnd < h.start || h.inStart > h.end {
		return
	}
	h.start, h.end = max(h.start, h.inStart), min(h.end, h.inEnd)
}

// opEnd is the last day of a phase as of pub: its end, or pub while it
// goes on.
func opEnd(op attrition.Operation, pub attrition.Date) attrition.Date {
	if !op.End.IsZero() && op.End < pub {
		return op.End
	}
	return pub
}

// resolveOperation picks the phase of the war a claim belongs to among
// those a phrase may name.
func resolveOperation(h *periodHit, conflictID string, pub attrition.Date) {
	ops := opsByKey[h.op]
	if len(ops) < 2 {
		return
	}
	for _, op := range ops {
		if op.Conflict == conflictID {
			h.start = op.Start
			if h.kind == pSpan {
				h.end = opEnd(op, pub)
				// "the first two weeks of the ground operation".
				if h.days > 0 || h.months > 0 {
					h.end = min(h.start.AddMonths(h.months).AddDays(h.days), h.end)
				}
				narrowOp(h)
			}
			return
		}
	}
}

// daysOfSpan reads "3 to 4 June" at i after "the night of", "the
// period of", "the week of": the span from the first day to the date.
func daysOfSpan(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	switch word(toks, i-2) {
	case "night", "period", "week", "weekend", "days", "nights":
	default:
		return periodHit{}, false
	}
	d1, ok := dayNumber(toks, i)
	if !ok {
		return periodHit{}, false
	}
	if sep := word(toks, i+1); sep != "to" && sep != "and" && !isDash(sep) {
		return periodHit{}, false
	}
	return daysTo(toks, d1, i-1, i+2, pub)
}

// bareRange reads a range of days or months at token i: the days of a
// month ("June 1–7"), two days ("28 May–3 June", "May 28-June 3") or two
// months ("January–May"), the first taking the year of the last. A
// count is no day: "June 7 to 13 soldiers" (secondDayOf), nor "May 3-2
// win" without a month after the dash.
func bareRange(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	d, ok := parseDate(toks, i, pub)
	if !ok {
		return periodHit{}, false
	}
	if n := d.end.Sub(d.start); n > 0 && n < 27 {
		// "June 1–7": parseDate read both days.
		if monthAt(toks, i) == 0 {
			return periodHit{}, false
		}
		return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub), true
	}
	// "January-May [2024]", one word: a run of months (monthRunWord).
	if toks[i].k == tWord && monthAt(toks, i) == 0 {
		return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub), true
	}
	sep := word(toks, d.e)
	if !isDash(sep) && sep != "to" && sep != "through" {
		return periodHit{}, false
	}
	day := d.start == d.end
	if !day && (d.end.Sub(d.start) < 27 || d.end.Sub(d.start) > 31 || d.e != i+1) {
		return periodHit{}, false
	}
	// The second end is written as the first is: a day with its month
	// ("3 June", "June 3"), or a month's name.
	k := d.e + 1
	if day && !(tokAt(toks, k).k == tNum && monthAt(toks, k+1) != 0 || monthAt(toks, k) != 0 && tokAt(toks, k+1).k == tNum) ||
		!day && monthAt(toks, k) == 0 {
		return periodHit{}, false
	}
	d2, ok := parseDate(toks, k, pub)
	if !ok || (d2.start == d2.end) != day {
		return periodHit{}, false
	}
	st := attrition.NewDate(d2.end.Year(), d.start.Month(), d.start.Day())
	if d.e > i+1 && yearAt(toks, d.e-1) {
		st = d.start // "Feb 2022–May 2025": its own year
	} else if st > d2.start {
		st = st.AddMonths(-12)
	}
	if st >= d2.end || d2.end.Sub(st) > 366 {
		return periodHit{}, false
	}
	return clipSpan(periodHit{kind: pSpan, start: st, end: d2.end, s: i, e: d2.e}, pub), true
}

// daysTo reads the date at j that ends a span from the day d1 of its
// month ("26 to 30 January"), the phrase starting at token s.
func daysTo(toks []token, d1, s, j int, pub attrition.Date) (periodHit, bool) {
	d2, ok := parseDate(toks, j, pub)
	if !ok || d2.start != d2.end || d1 > d2.start.Day() {
		return periodHit{}, false
	}
	st := attrition.NewDate(d2.start.Year(), d2.start.Month(), d1)
	return periodHit{kind: pSpan, start: st, end: d2.end, s: s, e: d2.e}, true
}

// bracketDate reads a date at i that closes a bracket after a figure
// or its words: "(December 2024)", "(SOHR, 2024)", "(Ukrainian claim,
// 1 January 2025)". Not after a name: "the First Battle of Basra
// (1982)" dates the battle.
func bracketDate(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	d, ok := parseDate(toks, i, pub)
	if !ok || word(toks, d.e) != ")" {
		return periodHit{}, false
	}
	open := i - 1
	if toks[open].w == "," {
		// The source's words before the comma, a few of them.
		for open--; open >= 0 && open >= i-6 && toks[open].k == tWord; open-- {
		}
		if open < 0 || toks[open].w != "(" || open == i-2 {
			return periodHit{}, false
		}
	}
	if open < 1 {
		return periodHit{}, false
	}
	if b := &toks[open-1]; !(b.k == tNum || b.k == tWord && !b.upper) {
		return periodHit{}, false
	}
	// "losses (June 1–7): 7,300": a range of days is the figure's span,
	// where a month or a year is the day its count stood.
	if n := d.end.Sub(d.start); n > 0 && n < 27 {
		return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: open, e: d.e + 1}, pub), true
	}
	return periodHit{kind: pAsOf, end: d.end, s: open, e: d.e + 1}, true
}

// lastUnitStart is the first day of the calendar month, week (from
// Monday) or year before pub's: "since last month".
func lastUnitStart(pub attrition.Date, unit string) attrition.Date {
	switch unit {
	case "month":
		m := pub.AddMonths(-1)
		return attrition.NewDate(m.Year(), m.Month(), 1)
	case "week":
		return pub.AddDays(-daysSince(pub, time.Monday) - 7)
	}
	return attrition.NewDate(pub.Year()-1, time.January, 1)
}

// thisUnitStart is the first day of pub's year, month or week (its
// Monday): "year to date", "the month's losses".
func thisUnitStart(pub attrition.Date, unit string) attrition.Date {
	switch unit {
	case "month":
		return attrition.NewDate(pub.Year(), pub.Month(), 1)
	case "week":
		return pub.AddDays(-daysSince(pub, time.Monday))
	}
	return attrition.NewDate(pub.Year(), time.January, 1)
}

// reviewYear is the span "the year" names in a year-in-review text
// ("over the year", "the year's death toll", "the year saw"): the
// calendar year just ended in a text of January or February (when the
// reviews of a year come out: a month or so of the new one is no
// year to tell), this year so far after them.
func reviewYear(pub attrition.Date) (st, en attrition.Date) {
	if pub.Month() <= time.February {
		return attrition.NewDate(pub.Year()-1, time.January, 1), attrition.NewDate(pub.Year()-1, time.December, 31)
	}
	return thisUnitStart(pub, "year"), pub
}

// daysSince is how many days before pub the latest wd fell, pub's own
// weekday counting as 0.
func daysSince(pub attrition.Date, wd time.Weekday) int {
	return (int(pub.Weekday()) - int(wd) + 7) % 7
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// unitDays are the lengths of relative-period units.
var unitWordsPeriod = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
	"months": "month", "year": "year", "years": "year", "hours": "hour", "hour": "hour",
	"hrs": "hour", "hr": "hour", "h": "hour", "fortnight": "fortnight",
}

// unitWordsTable and tensWordsTable are unitWords and tensWords for
// smallCount, which reads strings, not tokens.
var (
	unitWordsTable = newWordTable(unitWords)
	tensWordsTable = newWordTable(tensWords)
)

// weekdayWords is weekdays for findPeriods' days, some of which it
// reads without their "'s".
var weekdayWords = newWordTable(weekdays)

// monthIx and unitPeriodIx are monthNames and unitWordsPeriod by the
// token's lexicon id (monthAt, unitAt): every key is in the lexicon.
var (
	monthIx      = newLexIndex(monthNames)
	unitPeriodIx = newLexIndex(unitWordsPeriod)
)

// smallCount reads "six", "6", "a", "the" as a count of units.
func smallCount(w string) (int, bool) {
	if len(w) > 0 && isDigit(w[0]) {
		return smallDigits(w)
	}
	if v, ok := unitWordsTable.get(w); ok {
		return int(v), true
	}
	if v, ok := tensWordsTable.get(w); ok {
		return int(v), true
	}
	if w == "a" || w == "an" {
		return 1, true
	}
	return smallDigits(w)
}

// smallDigits reads a count of up to four digits.
func smallDigits(w string) (int, bool) {
	if len(w) == 0 || len(w) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, n > 0
}

// dateExpr is a calendar expression: a day, a month or a year.
type dateExpr struct {
	start, end attrition.Date
	e          int
}

func monthEnd(y int, m time.Month) attrition.Date {
	return attrition.NewDate(y, m+1, 1).AddDays(-1)
}

// yearOf reads a four-digit year token. It inlines: most tokens asked
// are no number of four bytes.
func yearOf(t *token) (y int, ok bool) {
	if t.k == tNum && len(t.w) == 4 {
		y, ok = yearDigits(t.w)
	}
	return
}

// yearDigits reads a word of four digits as a year from 1900 to 2100. (A
// sign, which strconv.Atoi would read, makes no such year either.) Not
// inlined, so that yearOf's first test is.
//
//go:noinline
func yearDigits(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		c := w[i]
		if !isDigit(c) {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	if y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

// dayEnding reads the day a count runs to: a date ("9 March"), a weekday
// with or without its date ("Sunday 8 June", "Sunday"), and a time of
// that day before or after it ("8 a.m. on Monday", "Monday morning",
// "midnight on Sunday", "08:00 on 31 August").
func dayEnding(toks []token, k int, pub attrition.Date) (dateExpr, bool) {
	// A time of day first: "8 a.m. on", "08:00 on", "midnight on".
	m := k
	if word(toks, m) == "midnight" || word(toks, m) == "noon" || word(toks, m) == "dawn" {
		m++
	} else if tokAt(toks, m).k == tNum && len(toks[m].w) <= 2 {
		n := m + 1
		switch word(toks, n) {
		case ":":
			if tokAt(toks, n+1).k == tNum && toks[n+1].glued {
				n += 2
			}
		case "a.m", "p.m", "am", "pm", "a", "p", "h", "hrs", "gmt", "utc":
			n++
			for word(toks, n) == "." || word(toks, n) == "m" {
				n++
			}
		default:
			n = m
		}
		if n > m+1 {
			for w := word(toks, n); w == "local" || w == "time" || w == "gmt" || w == "utc" || w == "("; w = word(toks, n) {
				n++
			}
		}
		if n > m {
			m = n
		}
	}
	if m > k {
		if w := word(toks, m); w != "on" {
			// "the 24 hours to 8 a.m." with no day: the day of the text.
			return dateExpr{pub, pub, m}, w == "," || w == "." || w == ""
		}
		m++
	}
	if wd, ok := weekdays[word(toks, m)]; ok {
		e := m + 1
		if word(toks, e) == "," {
			e++
		}
		if d, ok := parseDate(toks, e, pub); ok && d.start == d.end {
			return d, true
		}
		day := pub.AddDays(-daysSince(pub, wd))
		e = m + 1
		if w := word(toks, e); w == "morning" || w == "night" || w == "evening" {
			e++
		}
		return dateExpr{day, day, e}, true
	}
	if d, ok := parseDate(toks, m, pub); ok && d.start == d.end {
		return d, true
	}
	return dateExpr{}, false
}

// hoursTo reads the hours after a count at k-1 and the word that ends
// them: "hours to", "hours ending at", "-hour period ending at". It
// returns the token after them, the time or day they run to.
func hoursTo(toks []token, k int) (int, bool) {
	if word(toks, k) == "-" && toks[k].glued {
		k++
	}
	if unit, ok := unitAt(toks, k); !ok || unit != "hour" {
		return 0, false
	}
	k++
	if w := word(toks, k); w == "period" || w == "window" {
		k++
	}
	switch word(toks, k) {
	case "to", "until", "ending", "through":
	default:
		return 0, false
	}
	k++
	if word(toks, k) == "at" {
		k++
	}
	return k, true
}

// changeBase reports a word at i that a change is measured against:
// "vs yesterday", "than yesterday", "up 12% on yesterday", "down from
// yesterday", "compared with yesterday".
func changeBase(toks []token, i int) bool {
	switch word(toks, i-1) {
	case "vs", "versus", "than":
		return true
	case "on", "from", "with", "to":
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			switch toks[k].w {
			case "%", "up", "down", "compared", "rise", "increase", "fall", "drop", "change", "percent":
				return true
			}
		}
	}
	return false
}

// lastMonthStart is the first day of "last <month>": the latest such
// month before the month of publication.
func lastMonthStart(m time.Month, pub attrition.Date) attrition.Date {
	y := pub.Year()
	if m >= pub.Month() {
		y--
	}
	return attrition.NewDate(y, m, 1)
}

// partOfYearAt reports "late", "early" or "mid" opening a part of a
// year at token k: "late 2024".
func partOfYearAt(toks []token, k int) bool {
	switch word(toks, k) {
	case "late", "early", "mid", "mid-":
		return k+1 < len(toks) && (yearAt(toks, k+1) || word(toks, k+1) == "-" && yearAt(toks, k+2))
	}
	return false
}

// numberTriple reads three numbers at token i joined by sep with no
// space ("2025-05-03", "03/05/2025"), the last of at most maxLast
// digits, the middle of at most two.
func numberTriple(toks []token, i int, sep string, maxLast int) (x, y, z *token, ok bool) {
	if i+4 >= len(toks) {
		return nil, nil, nil, false
	}
	x, s1, y, s2, z := &toks[i], &toks[i+1], &toks[i+2], &toks[i+3], &toks[i+4]
	if s1.w != sep || s2.w != sep || !s1.glued || !y.glued || !s2.glued || !z.glued || y.k != tNum || z.k != tNum || len(y.w) > 2 || len(z.w) > maxLast {
		return nil, nil, nil, false
	}
	return x, y, z, true
}

// numericDayAfter reads the "-05-03" of an ISO date after the year at
// token i.
func numericDayAfter(toks []token, i int) (m, d int, ok bool) {
	_, mt, dt, ok := numberTriple(toks, i, "-", 2)
	if !ok {
		return 0, 0, false
	}
	m, _ = strconv.Atoi(mt.w)
	d, _ = strconv.Atoi(dt.w)
	return m, d, m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// slashDate reads "03/05/2025" at token i: day, month and year, as most
// of the world writes them, unless the first number cannot be a month's
// day and the second can ("05/23/2025"), or the day-first reading falls
// after publication and the American one does not ("6/11/2025" published
// on 12 June 2025).
func slashDate(toks []token, i int, pub attrition.Date) (dateExpr, bool) {
	a, b, c, ok := numberTriple(toks, i, "/", 4)
	if !ok {
		return dateExpr{}, false
	}
	y, ok := yearOf(c)
	if !ok {
		return dateExpr{}, false
	}
	d, _ := strconv.Atoi(a.w)
	m, _ := strconv.Atoi(b.w)
	if m > 12 && d <= 12 {
		d, m = m, d
	} else if d <= 12 && m <= 12 && d != m && !pub.IsZero() && attrition.NewDate(y, time.Month(m), d) > pub && attrition.NewDate(y, time.Month(d), m) <= pub {
		d, m = m, d
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return dateExpr{}, false
	}
	dt := attrition.NewDate(y, time.Month(m), d)
	return dateExpr{dt, dt, i + 5}, true
}

// quarterCode reads "Q3 2024", "Q1" and "H1 2025" at token i: a quarter
// or half of the year written after it, or else the latest one begun by
// pub.
func quarterCode(toks []token, i int, pub attrition.Date) (dateExpr, bool) {
	if i+1 >= len(toks) || !toks[i+1].glued || toks[i+1].k != tNum || len(toks[i+1].w) != 1 {
		return dateExpr{}, false
	}
	n := int(toks[i+1].w[0] - '0')
	months := 3
	if toks[i].w == "h" {
		months = 6
	}
	if n < 1 || n > 12/months {
		return dateExpr{}, false
	}
	e := i + 2
	y := pub.Year()
	explicit := false
	if yy, ok := yearOf(tokAt(toks, e)); ok {
		y, e, explicit = yy, e+1, true
	}
	st := attrition.NewDate(y, time.Month(1+(n-1)*months), 1)
	if !explicit && !pub.IsZero() && st > pub {
		st = st.AddMonths(-12)
	}
	return dateExpr{st, st.AddMonths(months).AddDays(-1), e}, true
}

// parseDate reads a calendar expression at token i. A month or day
// without a year is the latest one not after pub: reporting looks back.
func parseDate(toks []token, i int, pub attrition.Date) (dateExpr, bool) {
	if i >= len(toks) {
		return dateExpr{}, false
	}
	t := &toks[i]
	// Most tokens asked are words that start no date: no number, no
	// month's name, and none of the words the rules below read first.
	if t.k != tNum && t.cls&clsMonth == 0 && !mayStartDate(t.w) && !maybeSeason(toks, i) {
		return dateExpr{}, false
	}
	// dd.mm.yyyy, dd.mm.yy, dd/mm/yyyy: five bytes at least ("1.1.25"),
	// which most numbers are not, spared the count.
	if t.k == tNum && len(t.w) >= 5 && strings.Count(t.w, ".") == 2 {
		p := strings.Split(t.w, ".")
		d, e1 := strconv.Atoi(p[0])
		m, e2 := strconv.Atoi(p[1])
		y, e3 := strconv.Atoi(p[2])
		if e1 == nil && e2 == nil && e3 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			if y < 100 {
				y += 2000
			}
			dt := attrition.NewDate(y, time.Month(m), d)
			return dateExpr{dt, dt, i + 1}, true
		}
	}
	// dd.mm with no year, as Ukrainian bulletins write days ("On 11.06
	// the occupiers lost", "as of 12.06"): two digits each, after a
	// word that leads a date; the latest such day up to publication.
	if t.k == tNum && len(t.w) == 5 && t.w[2] == '.' && dateLeadBefore(toks, i) && !hasCls(toks, i+1, clsScale) {
		d, e1 := strconv.Atoi(t.w[:2])
		m, e2 := strconv.Atoi(t.w[3:])
		if e1 == nil && e2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			y := pub.Year()
			if dt := attrition.NewDate(y, time.Month(m), d); !pub.IsZero() && dt > pub {
				y--
			}
			dt := attrition.NewDate(y, time.Month(m), d)
			return dateExpr{dt, dt, i + 1}, true
		}
	}
	if y, ok := yearOf(t); ok {
		// "the 1990s": the decade.
		if y%10 == 0 && i+1 < len(toks) && toks[i+1].glued && toks[i+1].w == "s" {
			return dateExpr{attrition.NewDate(y, 1, 1), attrition.NewDate(y+9, 12, 31), i + 2}, true
		}
		// "2025-05-03": an ISO date; "2025/06/11" the same with slashes.
		if m, d, ok := numericDayAfter(toks, i); ok {
			dt := attrition.NewDate(y, time.Month(m), d)
			return dateExpr{dt, dt, i + 5}, true
		}
		if _, mt, dt, ok := numberTriple(toks, i, "/", 2); ok {
			m, _ := strconv.Atoi(mt.w)
			d, _ := strconv.Atoi(dt.w)
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				day := attrition.NewDate(y, time.Month(m), d)
				return dateExpr{day, day, i + 5}, true
			}
		}
		// "the 2020 war": the registry's war that began and ended in
		// that year.
		// ("the 2020 Karabakh war", "the 2020 conflict": a place the
		// war's name holds, or "conflict".)
		if word(toks, i-1) == "the" {
			if c, ok := warOfYears(y, y); ok && yearWarAfter(toks, i+1, c) {
				return dateExpr{c.Start, c.End, i + 1}, true
			}
		}
		// "the 2003–2011 Iraq war", "in 2012-16": whole years.
		if y2, ok := yearRangeEnd(toks, i, y); ok {
			return dateExpr{attrition.NewDate(y, 1, 1), attrition.NewDate(y2, 12, 31), i + 3}, true
		}
		return dateExpr{attrition.NewDate(y, 1, 1), attrition.NewDate(y, 12, 31), i + 1}, true
	}
	if t.k == tNum && len(t.w) <= 2 {
		if d, ok := slashDate(toks, i, pub); ok {
			return d, true
		}
	}
	if t.k == tWord && t.upper && (t.w == "q" || t.w == "h") && len(t.w) == 1 {
		if d, ok := quarterCode(toks, i, pub); ok {
			return d, true
		}
	}
	if w := t.w; w == "early" || w == "late" || w == "mid" || w == "mid-" {
		return partOfDate(toks, i, pub)
	}
	// "mid-May", "late-June": the part of a month as one word.
	if part, name, ok := cutPartOfMonth(t.w); ok {
		if m, ok := monthNames[name]; ok && len(name) >= 3 {
			y, e := resolveYear(toks, pub, m, 0, i+1)
			st := attrition.NewDate(y, m, 1)
			switch part {
			case "early":
				return dateExpr{st, st.AddDays(9), e}, true
			case "mid":
				// The month's middle third, as "mid May" is read: a few
				// days, no one day an event was on.
				return dateExpr{st.AddDays(10), st.AddDays(19), e}, true
			}
			return dateExpr{st.AddDays(20), monthEnd(y, m), e}, true
		}
	}
	if maybeSeason(toks, i) {
		if d, ok := parseSeason(toks, i, pub); ok {
			return d, true
		}
	}
	// day month [year]: "24 February 2022"
	if t.k == tNum && len(t.w) <= 2 {
		d, _ := strconv.Atoi(t.w)
		j := i + 1
		if w := word(toks, j); (w == "th" || w == "st" || w == "nd" || w == "rd") && toks[j].glued {
			j++
		}
		if word(toks, j) == "of" {
			j++
		}
		if m := monthAt(toks, j); m != 0 && d >= 1 && d <= 31 {
			y, e := resolveYear(toks, pub, m, d, j+1)
			dt := attrition.NewDate(y, m, d)
			return dateExpr{dt, dt, e}, true
		}
		return dateExpr{}, false
	}
	m := monthAt(toks, i)
	if m == 0 {
		// Most words start as no month's name does: monthRunWord's
		// search for a hyphen is spared them.
		if w := t.w; len(w) < 4 || monthPairs[w[0]]>>(w[1]&31)&1 == 0 {
			return dateExpr{}, false
		}
		return monthRunWord(toks, i, pub)
	}
	if t.w == "may" || t.w == "mar" || t.w == "jan" || t.w == "sep" {
		// "may" is mostly a verb: only a month when capitalised.
		if !t.upper {
			return dateExpr{}, false
		}
	}
	j := i + 1
	if j < len(toks) && toks[j].w == "." {
		j++
	}
	// month day[, year]: "February 24, 2022"
	if j < len(toks) && toks[j].k == tNum && len(toks[j].w) <= 2 {
		d, _ := strconv.Atoi(toks[j].w)
		if d >= 1 && d <= 31 {
			k := j + 1
			if w := word(toks, k); (w == "th" || w == "st" || w == "nd" || w == "rd") && toks[k].glued {
				k++
			}
			// "June 7 to 13", "June 7-13", "November 28 and 29": days of
			// one month, its name written once.
			// (Not after "between", which reads its two ends itself. The
			// year is the first day's: "on October 7 and 8" of the war
			// begun on October 7.)
			if d2, k2, ok := secondDayOf(toks, k, d); ok && word(toks, i-1) != "between" {
				y, e := resolveYear(toks, pub, m, d, k2)
				return dateExpr{attrition.NewDate(y, m, d), attrition.NewDate(y, m, d2), e}, true
			}
			y, e := resolveYear(toks, pub, m, d, k)
			dt := attrition.NewDate(y, m, d)
			return dateExpr{dt, dt, e}, true
		}
	}
	// month [year]
	y, e := resolveYear(toks, pub, m, 0, j)
	return dateExpr{attrition.NewDate(y, m, 1), monthEnd(y, m), e}, true
}

// secondDayOf reads the second day of "June 7 to 13" at k, after the
// first day d: the day and the token after it. Not a count: "on June 7
// to 13 soldiers" is no span.
func secondDayOf(toks []token, k, d int) (int, int, bool) {
	switch w := word(toks, k); {
	case w == "to" || w == "and" || w == "through" || isDash(w):
	default:
		return 0, 0, false
	}
	t := word(toks, k+1)
	if k+1 >= len(toks) || toks[k+1].k != tNum || len(t) > 2 {
		return 0, 0, false
	}
	d2, err := strconv.Atoi(t)
	if err != nil || d2 <= d || d2 > 31 {
		return 0, 0, false
	}
	if n := k + 2; n < len(toks) && (toks[n].k == tNum || toks[n].k == tWord && (toks[n].cls&(clsPerson|clsCat|clsLoss|clsScale|clsMonth) != 0 || toks[n].glued)) {
		return 0, 0, false
	}
	return d2, k + 2, true
}

// mayStartDate reports a word, not a number or a month's name, that
// parseDate may read a date from: "q" or "h" of a quarter's code, a
// part of a month ("early", "late", "mid", "mid-May"), or a run of
// months (monthRunWord). It is a first test by the word's first bytes,
// which lets some others through; parseDate reads the word itself.
func mayStartDate(w string) bool {
	if len(w) <= 1 {
		return true
	}
	switch w[0] {
	case 'e', 'l', 'm':
		return true
	}
	return len(w) >= 4 && monthPairs[w[0]]>>(w[1]&31)&1 != 0
}

// dateLeadBefore reports a word before token i that leads a date: "on",
// "as of", "since", "from", "between", "and", "to", "until", "by".
func dateLeadBefore(toks []token, i int) bool {
	switch word(toks, i-1) {
	case "on", "of", "since", "from", "between", "and", "to", "until", "till", "by", "-", "–", "—":
		return true
	}
	return false
}

// resolveYear returns the year of a day or month without one of its own
// at token j, and the token after the year read: the year written, or
// the latest such day up to publication. (A function, not a closure in
// parseDate: the closure was made for every date phrase.)
func resolveYear(toks []token, pub attrition.Date, m time.Month, d int, j int) (int, int) {
	if j < len(toks) && toks[j].w == "," {
		if y, ok := yearOf(&toks[j+min(1, len(toks)-j-1)]); ok && j+1 < len(toks) {
			return y, j + 2
		}
	}
	if j < len(toks) {
		if y, ok := yearOf(&toks[j]); ok {
			return y, j + 1
		}
		// "in October last year", "on 3 May this year".
		if w := toks[j].w; (w == "last" || w == "this") && word(toks, j+1) == "year" && !pub.IsZero() {
			if w == "last" {
				return pub.Year() - 1, j + 2
			}
			return pub.Year(), j + 2
		}
	}
	y := pub.Year()
	if d == 0 {
		d = 1
	}
	if attrition.NewDate(y, m, d) > pub {
		y--
	}
	// "October 7" and "24 February" are the days wars began.
	for _, c := range warStartDays {
		if c.m == m && c.d == d && d > 1 && c.start <= pub {
			y = c.start.Year()
			break
		}
	}
	return y, j
}

// conflictPhrases name the start of a war after "since" or "from".
var conflictPhrases = [][]string{
	{"the", "full-scale", "invasion"}, {"the", "full", "scale", "invasion"}, {"the", "invasion"},
	{"the", "war"}, {"the", "conflict"}, {"the", "fighting"}, {"hostilities"},
	{"russia's", "full-scale", "invasion"}, {"russia's", "invasion"}, {"moscow's", "invasion"},
	{"the", "russian", "invasion"}, {"the", "full-scale", "war"}, {"the", "start"}, {"the", "beginning"},
	{"the", "outset"}, {"its", "invasion"}, {"the", "onset"},
	{"the", "escalation", "of", "the", "war"}, {"the", "full-scale", "escalation"},
	// The Russian Ministry of Defence's name for the war.
	{"the", "special", "military", "operation"}, {"the", "special", "operation"}, {"the", "smo"},
	// Headlines drop the article: "1,000,000 since invasion".
	{"invasion"}, {"full-scale", "invasion"},
}

var startWords = map[string]bool{"start": true, "beginning": true, "outset": true, "onset": true, "launch": true, "begin": true}

// parseAnchor reads what follows "since" or "from": the conflict's start,
// the start of a calendar expression, or a date.
func parseAnchor(toks []token, i int, pub attrition.Date) (h periodHit, e int, ok bool) {
	// "since dawn", "since midnight": the day of publication.
	if w := word(toks, i); w == "dawn" || w == "midnight" || w == "daybreak" {
		return periodHit{kind: pSince, start: pub}, i + 1, true
	}
	// "since the morning", "since the beginning of the day": that day
	// too; "since the start of the week": from its Monday.
	if word(toks, i) == "the" {
		j := i + 1
		if w := word(toks, j); (startWords[w] || w == "start") && word(toks, j+1) == "of" && word(toks, j+2) == "the" {
			j += 3
		}
		switch word(toks, j) {
		case "morning":
			if j == i+1 {
				return periodHit{kind: pSince, start: pub}, j + 1, true
			}
		case "day":
			if j > i+1 {
				return periodHit{kind: pSince, start: pub}, j + 1, true
			}
		case "week":
			if j > i+1 && !pub.IsZero() {
				back := (int(pub.Weekday()) + 6) % 7 // days since Monday
				return periodHit{kind: pSince, start: pub.AddDays(-back)}, j + 1, true
			}
		}
	}
	// "since the end of April", "since the middle of May", "since the
	// end of last year": a day in the time named, not all of it.
	if word(toks, i) == "the" && word(toks, i+2) == "of" {
		if h, e, ok := partOfAnchor(toks, i+1, pub); ok {
			return h, e, true
		}
	}
	// "since last October": the latest October before publication.
	if m := monthAt(toks, i+1); word(toks, i) == "last" && m != 0 && !(i+2 < len(toks) && toks[i+2].k == tNum) {
		return periodHit{kind: pSince, start: lastMonthStart(m, pub)}, i + 2, true
	}
	// "since the ceasefire", "since the November truce took effect":
	// the end of the figure's war, when the registry knows one.
	if e, ok := ceasefireAt(toks, i); ok {
		// "since the ceasefire collapsed": from the day fighting resumed.
		if e2, ok := truceEndAt(toks, e); ok {
			return periodHit{kind: pSince, afterWar: true, truceEnd: true}, e2, true
		}
		return periodHit{kind: pSince, afterWar: true}, e, true
	}
	// "since fighting resumed", "since Israel resumed its offensive":
	// from the day the latest truce broke down, as "since the ceasefire
	// collapsed". (A date after it is the start: sincePeriod reads it.)
	if e, ok := resumedAt(toks, i); ok {
		return periodHit{kind: pSince, afterWar: true, truceEnd: true}, e, true
	}
	// "since mid-March": the middle of the latest such month, or of the
	// year written after it.
	if w := word(toks, i); len(w) > 4 && strings.HasPrefix(w, "mid-") {
		if m, ok := monthNames[w[4:]]; ok {
			y, e := pub.Year(), i+1
			if m > pub.Month() {
				y--
			}
			if i+1 < len(toks) {
				if yy, ok := yearOf(&toks[i+1]); ok {
					y, e = yy, i+2
				}
			}
			return periodHit{kind: pSince, start: attrition.NewDate(y, m, 15)}, e, true
		}
	}
	// "since Thursday": the latest such day before publication. (Every
	// weekday's name ends in "day": the map only for those.)
	if w := word(toks, i); len(w) >= 6 && strings.HasSuffix(w, "day") {
		if wd, isDay := weekdays[w]; isDay {
			back := daysSince(pub, wd)
			if back == 0 {
				back = 7
			}
			return periodHit{kind: pSince, start: pub.AddDays(-back)}, i + 1, true
		}
	}
	// Registry start words ("October 7", "February 2022"), found by
	// their first word, at i and after "the" (a loop, not a closure
	// made for every anchor).
	best := 0
	for at := i; at <= i+1; at++ {
		if at > i && word(toks, i) != "the" {
			break
		}
		w := word(toks, at)
		if len(w) >= 2 && startPairs[w[0]]>>(w[1]&31)&1 == 0 {
			continue // no start phrase begins so: the map is spared
		}
		// Most of a word's phrases start with "the": the second word
		// passes by the others before a match of the whole.
		second := word(toks, at+1)
		for _, sp := range startsByFirstWords.at(w) {
			if len(sp.words) > 1 && sp.words[1] != second {
				continue
			}
			if end, ok := matchAt(toks, at, sp.words); ok && end-i > best && !otherPlaceWar(toks, end) {
				best = end - i
				c := &conflictStarts[sp.conflict]
				h = periodHit{kind: pSince, start: c.Start, conflictID: c.ID}
				// "since October 7, 2023", "since 24 February 2022": the
				// start's own year is part of the phrase.
				k := end
				if word(toks, k) == "," {
					k++
				}
				if k < len(toks) {
					if y, ok := yearOf(&toks[k]); ok && y == c.Start.Year() {
						end = k + 1
					}
				}
				e = end
			}
		}
	}
	// "the start of the war", "the beginning of 2025", "the start of May".
	j := i
	if word(toks, j) == "the" || word(toks, j) == "its" {
		j++
	}
	if hasCls(toks, j, clsStartWords) && word(toks, j+1) == "of" {
		k := j + 2
		if d, ok := parseDate(toks, k, pub); ok {
			return periodHit{kind: pSince, start: d.start}, d.e, true
		}
		if w := word(toks, k+1); word(toks, k) == "the" && (w == "year" || w == "month") && best == 0 {
			if w == "year" {
				return periodHit{kind: pSince, start: attrition.NewDate(pub.Year(), 1, 1)}, k + 2, true
			}
			return periodHit{kind: pSince, start: attrition.NewDate(pub.Year(), pub.Month(), 1)}, k + 2, true
		}
		if best == 0 {
			// "since the start of the full-scale invasion": a start
			// phrase of the registry's names its war.
			if h, end, ok := registryStartAt(toks, k); ok {
				return h, end, true
			}
			if end, ok := matchConflictPhrase(toks, k); ok {
				return periodHit{kind: pSince, conflictStart: true}, end, true
			}
			if word(toks, k) == "this" && word(toks, k+1) == "year" {
				return periodHit{kind: pSince, start: attrition.NewDate(pub.Year(), 1, 1)}, k + 2, true
			}
		}
	}
	if best > 0 {
		// "since the start of the full-scale invasion in February 2022".
		return h, e, true
	}
	if end, ok := matchConflictPhrase(toks, i); ok {
		// "since the war began", "since the invasion".
		if w := word(toks, end); w == "began" || w == "started" || w == "broke" || w == "erupted" {
			end++
			if word(toks, end) == "out" {
				end++
			}
		}
		return periodHit{kind: pSince, conflictStart: true}, end, true
	}
	if d, ok := parseDate(toks, i, pub); ok {
		return sinceDate(d), d.e, true
	}
	// "since the 18 March collapse of the truce", "since the 1 February
	// 2021 coup": the day of the event named after it.
	// ("from the 10 June bombing" is the bombing's toll.)
	if word(toks, i) == "the" && word(toks, i-1) == "since" {
		if d, ok := parseDate(toks, i+1, pub); ok && d.end.Sub(d.start) <= 31 && d.e < len(toks) && toks[d.e].k == tWord && !toks[d.e].upper {
			return periodHit{kind: pSince, start: d.start}, d.e, true
		}
		// "since the 2003 invasion", "since the 2015 intervention": the
		// year of the event, or the war the registry starts in it.
		if i+2 < len(toks) {
			if _, ok := yearOf(&toks[i+1]); ok {
				switch toks[i+2].w {
				case "invasion", "intervention", "coup", "war", "uprising", "revolution", "offensive", "occupation", "takeover", "conflict":
					if d, ok := parseDate(toks, i+1, pub); ok {
						return sinceDate(d), i + 3, true
					}
				}
			}
		}
	}
	return periodHit{}, 0, false
}

// tallyNoun reports a noun of a count of losses: "the week's toll".
func tallyNoun(w string) bool {
	switch w {
	case "toll", "total", "tally", "count", "losses", "casualties", "deaths", "death":
		return true
	}
	return false
}

// phaseFirstSpan reads the phase of a war at token k after "the first
// two weeks of": a named phase of the registry, or a campaign whose start
// the words after it give ("the offensive on Pokrovsk, which began on 1
// June"). The span is its first n units.
func phaseFirstSpan(toks []token, k, n int, unit string, pub attrition.Date) (periodHit, bool) {
	var h periodHit
	if end, key, ok := matchOperation(toks, k); ok {
		h = operationHit(k, end, key, false, pub)
	} else if word(toks, k) == "the" && campaignNoun(word(toks, k+1)) {
		h = periodHit{kind: pSpan, s: k, e: k + 2}
	} else {
		return periodHit{}, false
	}
	// "..., which began on 1 June", "launched in March": the day given.
	for j := h.e; j < len(toks) && j < h.e+8; j++ {
		if w := toks[j].w; w == "." || w == ";" || toks[j].k == tNum {
			break
		}
		if startVerb(toks[j].w) && (word(toks, j+1) == "on" || word(toks, j+1) == "in") {
			if d, ok := parseDate(toks, j+2, pub); ok && d.start <= pub {
				h.start, h.e, h.op = d.start, d.e, ""
			}
			break
		}
	}
	if h.start.IsZero() {
		return periodHit{}, false
	}
	// (It runs to the same day n units on, as "the first 14 months of
	// the war" does.)
	h.days, h.months = unitLength(unit, n)
	h.end = min(advance(h.start, n, unit), pub)
	return h, true
}

// possessiveUnit is the unit of time of "week's", "month's", or "".
func possessiveUnit(w string) string {
	if !possessiveWord(w) {
		return ""
	}
	if strings.HasSuffix(w, "'s") {
		return unitWordsPeriod[w[:len(w)-2]]
	}
	return unitWordsPeriod[w[:len(w)-4]]
}

// partOfAnchor reads "end of April", "middle of May", "turn of the
// year" at token k, after "since the": the day that part of the time
// named starts on.
func partOfAnchor(toks []token, k int, pub attrition.Date) (periodHit, int, bool) {
	part := toks[k].w
	switch part {
	case "end", "close", "middle", "turn":
	default:
		return periodHit{}, 0, false
	}
	j := k + 2
	// "the turn of the year": the first day of this year.
	if part == "turn" {
		if word(toks, j) == "the" && word(toks, j+1) == "year" && !pub.IsZero() {
			return periodHit{kind: pSince, start: attrition.NewDate(pub.Year(), 1, 1)}, j + 2, true
		}
		return periodHit{}, 0, false
	}
	// "the end of last year", "the end of last month".
	if word(toks, j) == "last" && !pub.IsZero() {
		if u, ok := unitAt(toks, j+1); ok && (u == "year" || u == "month") {
			st := lastUnitStart(pub, u)
			end := st.AddMonths(1).AddDays(-1)
			if u == "year" {
				end = attrition.NewDate(st.Year(), 12, 31)
			}
			if part == "middle" {
				st = st.AddDays((end.Sub(st) - 1) / 2)
			} else {
				st = end
			}
			return periodHit{kind: pSince, start: st}, j + 2, true
		}
	}
	d, ok := parseDate(toks, j, pub)
	if !ok || d.end.Sub(d.start) < 27 {
		return periodHit{}, 0, false
	}
	st := d.end
	if part == "middle" {
		st = d.start.AddDays((d.end.Sub(d.start) - 1) / 2)
	}
	return periodHit{kind: pSince, start: st}, d.e, true
}

// conflictPhraseGroups holds conflictPhrases by first word and then by
// second, so that a phrase is tried only when its first two words are
// there: matchConflictPhrase runs after every "since" and "from", and
// most phrases start with "the".
var conflictPhraseGroups = func() (gs []conflictPhraseGroup) {
	for _, p := range conflictPhrases {
		k := slices.IndexFunc(gs, func(g conflictPhraseGroup) bool { return g.first == p[0] })
		if k < 0 {
			gs = append(gs, conflictPhraseGroup{first: p[0]})
			k = len(gs) - 1
		}
		second := ""
		if len(p) > 1 {
			second = p[1]
		}
		g := &gs[k]
		m := slices.IndexFunc(g.bySecond, func(s secondWordGroup) bool { return s.second == second })
		if m < 0 {
			g.bySecond = append(g.bySecond, secondWordGroup{second: second})
			m = len(g.bySecond) - 1
		}
		g.bySecond[m].phrases = append(g.bySecond[m].phrases, p)
	}
	for k := range gs {
		g := &gs[k]
		m := map[string][][]string{}
		for _, sg := range g.bySecond {
			if sg.second == "" {
				g.one = sg.phrases
			} else {
				m[sg.second] = sg.phrases
			}
		}
		g.second = newWordTable(m)
	}
	return gs
}()

// conflictPhraseFirst indexes conflictPhraseGroups by their first word.
var conflictPhraseFirst = func() *wordTable[*conflictPhraseGroup] {
	m := map[string]*conflictPhraseGroup{}
	for k := range conflictPhraseGroups {
		m[conflictPhraseGroups[k].first] = &conflictPhraseGroups[k]
	}
	return newWordTable(m)
}()

// conflictPhraseGroup is the conflictPhrases that start with first, by
// their second word.
type conflictPhraseGroup struct {
	first    string
	bySecond []secondWordGroup
	// one is the phrase of one word, if any, and second the others by
	// their second word: matchConflictPhrase's look-ups.
	one    [][]string
	second *wordTable[[][]string]
}

// secondWordGroup is the phrases of a conflictPhraseGroup with second
// word second, "" for a phrase of one word.
type secondWordGroup struct {
	second  string
	phrases [][]string
}

// matchConflictPhrase reads the longest of conflictPhrases at token i:
// it returns the end.
func matchConflictPhrase(toks []token, i int) (int, bool) {
	bestEnd := -1
	if i >= len(toks) {
		return bestEnd, false
	}
	// The phrases of the first word and of the first two, by look-up:
	// the longest match wins whatever the order.
	g, _ := conflictPhraseFirst.get(toks[i].w)
	if g != nil {
		second, _ := g.second.get(word(toks, i+1))
		for _, ps := range [2][][]string{g.one, second} {
			for _, p := range ps {
				if end, ok := matchAt(toks, i, p); ok && end > bestEnd {
					if p[len(p)-1] == "start" || p[len(p)-1] == "beginning" || p[len(p)-1] == "outset" || p[len(p)-1] == "onset" {
						// "since the start" alone means the war's start.
						if word(toks, end) == "of" {
							continue
						}
					}
					bestEnd = end
				}
			}
		}
	}
	if bestEnd >= 0 && otherPlaceWar(toks, bestEnd) {
		return -1, false
	}
	return bestEnd, bestEnd >= 0
}

// ceasefireAt reads "the ceasefire", "the November truce took effect"
// from token i, not one dated after it ("the ceasefire of 27 November",
// read as its day), and returns its end.
func ceasefireAt(toks []token, i int) (int, bool) {
	j := i
	if word(toks, j) == "the" {
		j++
	}
	if j < len(toks) && toks[j].cls&clsMonth != 0 {
		j++
	}
	switch word(toks, j) {
	case "ceasefire", "cease-fire", "truce", "armistice":
	default:
		return 0, false
	}
	if w := word(toks, j+1); w == "of" || w == "in" || w == "on" {
		return 0, false
	}
	e := j + 1
	if word(toks, e) == "took" && word(toks, e+1) == "effect" {
		e += 2
	}
	return e, true
}

// truceEndAt reports the verb of a truce's end at e, after its noun
// ("collapsed", "broke down", "ended", "fell apart"), and returns its
// end.
func truceEndAt(toks []token, e int) (int, bool) {
	switch word(toks, e) {
	case "collapsed", "ended", "crumbled", "expired":
		return e + 1, true
	case "broke":
		if word(toks, e+1) == "down" {
			return e + 2, true
		}
	case "fell":
		if word(toks, e+1) == "apart" {
			return e + 2, true
		}
	}
	return 0, false
}

// resumedAt reads "fighting resumed", "the war restarted", "Israel
// resumed its offensive" at token i, and returns the token after it.
func resumedAt(toks []token, i int) (int, bool) {
	for k := i; k < len(toks) && k < i+4; k++ {
		switch w := toks[k].w; w {
		case "resumed", "restarted":
			if k == i {
				return 0, false
			}
			e := k + 1
			if b := word(toks, e); b == "its" || b == "the" || b == "their" {
				e++
			}
			if fightingNoun(word(toks, e)) {
				e++
			} else if !fightingNoun(toks[k-1].w) {
				return 0, false
			}
			return e, true
		case "the", "its", "their":
		default:
			if !fightingNoun(w) && toks[k].cls&clsActor == 0 {
				return 0, false
			}
		}
	}
	return 0, false
}

// fightingNoun reports a noun of fighting that may resume: "the war",
// "hostilities", "its offensive".
func fightingNoun(w string) bool {
	switch w {
	case "fighting", "war", "hostilities", "offensive", "operation", "operations", "strikes", "attacks", "bombardment", "bombing", "assault", "campaign":
		return true
	}
	return false
}

// otherPlaceWar reports "of Iraq", "in Afghanistan" after a war's words
// ending at e: a war of a place the registry has no war for, none of its
// wars ("since the invasion of Iraq").
func otherPlaceWar(toks []token, e int) bool {
	if w := word(toks, e); (w != "of" && w != "in") || e+1 >= len(toks) || !toks[e+1].upper || toks[e+1].k != tWord {
		return false
	}
	a, ok := findActor(actorIn(toks, e+1, min(len(toks), e+3)))
	return !ok || len(a.Conflicts) == 0
}

// relUnit moves d back by n units for "the past n units".
func relStart(pub attrition.Date, n int, unit string) attrition.Date {
	// A report's "past day" runs from the previous day's report to this
	// one: both days are named, as coders of daily tallies do.
	switch unit {
	case "day":
		return pub.AddDays(-n)
	case "hour":
		return pub.AddDays(-(n + 23) / 24)
	case "week":
		return pub.AddDays(-7 * n)
	case "fortnight":
		return pub.AddDays(-14 * n)
	case "month":
		return pub.AddMonths(-n)
	case "year":
		return pub.AddMonths(-12 * n)
	}
	return pub
}

// eventOf reports an event dated by "of" at k: "the ceasefire of 27
// November 2024", "the escalation of 23 September".
func eventOf(toks []token, k int) bool {
	if word(toks, k) != "the" || word(toks, k+2) != "of" || k+3 >= len(toks) {
		return false
	}
	t := &toks[k+1]
	return t.k == tWord && t.cls&(clsNum|clsPeriod|clsMonth) == 0 && (toks[k+3].k == tNum || toks[k+3].cls&clsMonth != 0)
}

// byTheTime reports "by the time" in the clause before token i: "killed
// … by the time the truce took effect on Sunday" counts up to that day.
func byTheTime(toks []token, i int) bool {
	for k := i - 1; k >= 2 && k >= i-10; k-- {
		switch toks[k].w {
		case ",", ";", ".", ":":
			return false
		case "time":
			if toks[k-1].w == "the" && toks[k-2].w == "by" {
				return true
			}
		}
	}
	return false
}

// periodStartTok reports a token that may start a period phrase: of a
// period word's class, a number's, a month's, or a number; or "the
// year's" toll's possessive, which has no class: a period class would
// end the category words of "1,100 of the year's deaths".
func periodStartTok(t *token) bool {
	return t.cls&(clsPeriod|clsNum|clsMonth) != 0 || t.k == tNum || t.poss && (t.w == "year's" || t.w == "year’s")
}

// possessiveWord reports a word that ends in "'s" or "’s": its last
// bytes tested in line, where the two suffix tests were two calls at
// every period token.
func possessiveWord(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 's' && (w[n-2] == '\'' || n >= 4 && w[n-4:n-1] == "’")
}

// eventTollVerb reports a verb that gives the toll of the event before
// it: "the Bucha massacre left 400 dead".
func eventTollVerb(w string) bool {
	switch w {
	case "killed", "left", "claimed", "took", "cost", "wounded", "injured":
		return true
	}
	return false
}

// tollVerbAfter reports a toll's verb at token k or after a few words
// of place: "the first 100 days of the war in Ukraine killed".
func tollVerbAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if eventTollVerb(toks[j].w) {
			return true
		}
		if toks[j].k != tWord || toks[j].cls&(clsNum|clsLoss) != 0 {
			return false
		}
	}
	return false
}

// warOpeningAt reads, after "in", "during" or "at" at token i, the
// opening of a war named without a length: "in the early days of the
// war" (its first two weeks), "in the opening weeks of the invasion"
// (its first month), "in the first months of the war" (its first three
// months), "at the start of the invasion", "in the early stages of the
// conflict" (its first month). The war's start is resolved once the
// war is known. ("the first weeks", "the first two months" are
// parseSpanAfter's.)
func warOpeningAt(toks []token, i int) (periodHit, bool) {
	j := i + 2 // after "the"
	days, months := 0, 0
	switch word(toks, j) {
	case "early", "opening", "initial":
		switch word(toks, j+1) {
		case "days", "hours":
			days = 14
		case "weeks", "stages", "stage", "phase", "phases":
			months = 1
		case "months":
			months = 3
		default:
			return periodHit{}, false
		}
		j += 2
	case "start", "beginning", "outset", "onset":
		months = 1
		j++
	default:
		return periodHit{}, false
	}
	if word(toks, j) != "of" {
		return periodHit{}, false
	}
	end, ok := matchConflictPhrase(toks, j+1)
	if !ok {
		end, ok = warPhraseAt(toks, j+1)
	}
	if !ok {
		return periodHit{}, false
	}
	return periodHit{kind: pSpan, conflictStart: true, days: days, months: months, s: i, e: end}, true
}

// endedWithBefore returns the verb "ended" (or "finished",
// "concluded") that the time at s tells, right before it ("ended in
// November 2022") or before how it ended ("ended with a truce in
// November 2022"), or -1.
func endedWithBefore(toks []token, s int) int {
	ended := func(v int) int {
		switch word(toks, v) {
		case "ended", "finished", "concluded":
			return v
		}
		return -1
	}
	if v := ended(s - 1); v >= 0 {
		return v
	}
	for v := s - 2; v >= s-6 && v > 0; v-- {
		if toks[v].w == "with" {
			return ended(v - 1)
		}
		if toks[v].k == tPunct || toks[v].cls&clsPeriod != 0 && toks[v].w != "of" {
			return -1
		}
	}
	return -1
}

// possessivePronoun reports a pronoun that owns a deed: "its 7 October
// attack", "their 5 March raid".
func possessivePronoun(w string) bool {
	return w == "its" || w == "their" || w == "his" || w == "her"
}

// warWordFrom returns the first token from k on that is "war" or
// "anniversary", or len(toks): in a loop of its own, where findPeriods'
// loop spilled its live values at every word.
func warWordFrom(toks []token, k int) int {
	for ; k < len(toks); k++ {
		switch w := toks[k].w; len(w) {
		case len("war"):
			if w == "war" {
				return k
			}
		case len("anniversary"):
			if w == "anniversary" {
				return k
			}
		}
	}
	return len(toks)
}

// yearRangeAt reads a span of whole years written with a dash at token
// i, "2012–2016" or "2012-16", in brackets or not.
func yearRangeAt(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	y1, ok := yearOf(&toks[i])
	if !ok {
		return periodHit{}, false
	}
	y2, ok := yearRangeEnd(toks, i, y1)
	if !ok {
		return periodHit{}, false
	}
	h := periodHit{kind: pSpan, start: attrition.NewDate(y1, 1, 1), end: attrition.NewDate(y2, 12, 31), s: i, e: i + 3}
	if i > 0 && toks[i-1].w == "(" && word(toks, i+3) == ")" {
		h.s, h.e = i-1, i+4
	}
	// "the 2020-2022 war in Tigray": the war the registry dates, when
	// one began and ended in those years.
	if w, w2 := word(toks, i+3), word(toks, i+4); w == "war" || w2 == "war" || w == "conflict" || w2 == "conflict" {
		if c, ok := warOfYears(y1, y2); ok {
			h.start, h.end = c.Start, c.End
		}
	}
	return clipSpan(h, pub), true
}

// yearRangeEnd reads the last year of "2012–2016" or "2012-16" after
// the year y1 at token i.
func yearRangeEnd(toks []token, i, y1 int) (int, bool) {
	if i+2 >= len(toks) || !isDash(toks[i+1].w) || !toks[i+1].glued || !toks[i+2].glued || toks[i+2].k != tNum {
		return 0, false
	}
	y2, ok := 0, false
	switch w := toks[i+2].w; len(w) {
	case 4:
		y2, ok = yearDigits(w)
	case 2:
		y2, ok = y1/100*100+int(w[0]-'0')*10+int(w[1]-'0'), true
	}
	return y2, ok && y2 > y1 && y2-y1 <= 40
}

// dayPairAt reads two days of one month from token b, "29 and 30
// November", "16 to 22 December", joined by a word sep accepts: the
// span from the first day to the second, and the index after it.
func dayPairAt(toks []token, b int, pub attrition.Date, sep func(string) bool) (st, en attrition.Date, e int, ok bool) {
	d1, ok := dayNumber(toks, b)
	if !ok || !sep(word(toks, b+1)) {
		return 0, 0, 0, false
	}
	d2, ok := parseDate(toks, b+2, pub)
	if !ok || d2.start != d2.end || d1 >= d2.start.Day() {
		return 0, 0, 0, false
	}
	return attrition.NewDate(d2.start.Year(), d2.start.Month(), d1), d2.end, d2.e, true
}

// yearWarAfter reports "war" or "conflict" at token k after a year, or
// a place in the name of the war c before it: "the 2020 Karabakh war".
func yearWarAfter(toks []token, k int, c *attrition.Conflict) bool {
	w := word(toks, k)
	if w == "war" || w == "conflict" {
		return true
	}
	if k+1 >= len(toks) || !toks[k].upper || toks[k].k != tWord || (toks[k+1].w != "war" && toks[k+1].w != "conflict") {
		return false
	}
	return strings.Contains(strings.ToLower(c.Name), w)
}

// warOfYears returns the registry war that began in year y1 and ended
// in y2: "the 2020 war", "the 2020-2022 war in Tigray".
func warOfYears(y1, y2 int) (*attrition.Conflict, bool) {
	for k := range attrition.Conflicts {
		if c := &attrition.Conflicts[k]; c.Start.Year() == y1 && !c.End.IsZero() && c.End.Year() == y2 {
			return c, true
		}
	}
	return nil, false
}

// monthIn reports a month's name in tokens [a, b).
func monthIn(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].cls&clsMonth != 0 {
			return true
		}
	}
	return false
}

// findPeriodsOf lists the period phrases of a sentence, which
// scanSentence has not read.
func findPeriodsOf(toks []token, pub attrition.Date, out []periodHit) []periodHit {
	var buf [32]int32
	at, cls := buf[:0], uint64(0)
	for i := range toks {
		cls |= toks[i].cls
		if periodStartTok(&toks[i]) {
			at = append(at, int32(i))
		}
	}
	return findPeriods(toks, pub, out, at, cls)
}

// yearSubjectAt returns where "the year" opens a sentence or its first
// clause as the subject of a verb like "saw" or "was", or -1.
func yearSubjectAt(toks []token) int {
	k := 0
	if len(toks) > 3 && clauseOpener(toks[0].w) {
		k = 1
	}
	if word(toks, k) == "the" && word(toks, k+1) == "year" && subjectCopula(word(toks, k+2)) {
		return k
	}
	return -1
}

// nextListed returns the first token of at[*next:] after token i, or
// -1 when there is none, and moves *next past it.
func nextListed(at []int32, next *int, i int) int {
	for n := *next; n < len(at); n++ {
		if k := int(at[n]); k > i {
			*next = n + 1
			return k
		}
	}
	*next = len(at)
	return -1
}

// findPeriods lists the period phrases of the sentence scanSentence
// read: at lists its tokens that may start one (periodStartTok), in
// order, and cls is the union of its tokens' classes.
//
// The walk goes over the listed tokens, not every token: most are words
// of no class a period phrase starts with, or punctuation. A unit of
// time alone ("days") starts no phrase: the rules read it after a count.
// A rule that reads a phrase sets i to its last token, never before the
// one it started at, and the walk goes on after it (nextListed).
//
// The walk's first lines are as many as they were before the list: the
// profile (cmd/attrition/default.pgo) names the hot calls by their line
// in the function, and calls it no longer finds are not inlined.
func findPeriods(toks []token, pub attrition.Date, out []periodHit, at []int32, cls uint64) []periodHit {
	out = out[:0]
	// "The year saw at least 8,000 people killed", "But the year has
	// seen…": the year in review as the sentence's subject, as "2024
	// saw" is. ("year" is no period word the walk stops at: two words
	// per sentence are tested here instead.)
	if k := yearSubjectAt(toks); k >= 0 && !pub.IsZero() {
		st, en := reviewYear(pub)
		out = append(out, periodHit{kind: pSpan, start: st, end: en, s: k, e: k + 2})
	}
	next := 0 // at[next:]: the listed tokens the walk has not reached
	for i := nextListed(at, &next, -1); i >= 0; i = nextListed(at, &next, i) {
		t := &toks[i]
		// The rules up to the word's switch start at a count, a number or
		// a month's name: the other period words pass them by on one test.
		if t.k == tNum || t.cls&(clsNum|clsMonth) != 0 {
			// "Three years into the war": a count (no period word is one), then "into".
			if (t.k == tNum || t.cls&clsNum != 0) && i+2 < len(toks) && toks[i+2].w == "into" {
				if months, end, ok := anniversaryAt(toks, i); ok {
					out = append(out, periodHit{kind: pAsOf, end: pub, anniv: months, s: i, e: end})
					i = end - 1
					continue
				}
			}
			// A date, or a date written as a label or a row's head: a number or a month's name.
			if t.k == tNum || t.cls&clsMonth != 0 {
				// "on the night of 3 to 4 June", "the reporting period of 24 to
				// 30 May": the days of a span after "of", as after "from".
				if i >= 2 && t.k == tNum && toks[i-1].w == "of" {
					if h, ok := daysOfSpan(toks, i, pub); ok {
						out = append(out, h)
						i = h.e - 1
						continue
					}
				}
				// "43,000 soldiers killed (December 2024)", "580,000 (SOHR, 2024)":
				// a reference work's date in brackets after a figure, its count's day.
				if i >= 2 && (t.k == tNum || t.cls&clsMonth != 0) && (toks[i-1].w == "(" || toks[i-1].w == ",") {
					if h, ok := bracketDate(toks, i, pub); ok {
						out = append(out, h)
						i = h.e - 1
						continue
					}
				}
				// "The battle of Aleppo (2012–2016)", "the 2003–2011 Iraq war",
				// "(2012-16)": a span of whole years.
				if t.k == tNum && len(t.w) == 4 && i+1 < len(toks) && toks[i+1].glued && toks[i+1].k == tPunct {
					if h, ok := yearRangeAt(toks, i, pub); ok {
						out = append(out, h)
						i = h.e - 1
						continue
					}
				}
				// A table row labelled by its month or year: "| September 2025 |
				// 214 | 1,033", "October   518   47".
				if (t.k == tNum || t.cls&clsMonth != 0 && t.upper) && (i > 0 && toks[i-1].k == tPunct && toks[i-1].w == "|" || i == 0) {
					// A day too, named with its month: "| 15 Mar | Sanaa | 53 |".
					if d, ok := parseDate(toks, i, pub); ok && word(toks, d.e) == "|" && (d.end > d.start || d.e-i >= 2 && monthIn(toks, i, d.e) || d.e-i >= 5) {
						out = append(out, clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e, rowDay: d.end == d.start}, pub))
						i = d.e - 1
						continue
					}
				}
				// A line labelled with its month: "January 2024: 41 killed",
				// "June to August: an average of 32 a month".
				if (i == 0 || i == 1 && toks[0].k == tPunct) && t.cls&clsMonth != 0 && t.upper {
					if d, ok := parseDate(toks, i, pub); ok {
						e, start, end := d.e, d.start, d.end
						if w := word(toks, e); w == "to" || isDash(w) {
							if d2, ok := parseDate(toks, e+1, pub); ok {
								e, end = d2.e, d2.end
								if start > end {
									// "June to August" written in July: last year's.
									start = start.AddMonths(-12)
								}
							}
						}
						if word(toks, e) == ":" && start <= end {
							out = append(out, clipSpan(periodHit{kind: pSpan, start: start, end: end, s: i, e: e}, pub))
							i = e
							continue
						}
					}
				}
				// "the toll from the October 7 attack", "the 5 March strike":
				// an event named by its day.
				// ("Hamas's October 7 attack", "in its 7 October attack": a
				// possessive before the day.)
				// (The day's own test first: the word before is a suffix test.)
				if (t.cls&clsMonth != 0 || t.k == tNum && len(t.w) <= 2) && i > 0 && (toks[i-1].w == "the" || possessiveWord(toks[i-1].w) || possessivePronoun(toks[i-1].w)) {
					if d, ok := parseDate(toks, i, pub); ok && d.end.Sub(d.start) <= 1 && datedEventNoun(word(toks, d.e)) {
						out = append(out, periodHit{kind: pSpan, start: d.start, end: d.end, s: i - 1, e: d.e + 1, event: true})
						i = d.e
						continue
					}
				}
				// "(1 Feb 2021 - 31 Jan 2024)", "Deaths by region, 1 February
				// 2021 – 31 January 2024": a bare range of two dated days.
				// "Situation Update | 31 May – 6 June 2025": the first day may
				// leave its year to the last.
				if t.k == tNum && len(t.w) <= 2 && (i == 0 || toks[i-1].w == "(" || toks[i-1].w == "," || toks[i-1].w == ":" || toks[i-1].w == "|") {
					if d, ok := parseDate(toks, i, pub); ok && d.start == d.end && d.e >= i+2 {
						if sep := word(toks, d.e); isDash(sep) || sep == "to" {
							if d2, ok := parseDate(toks, d.e+1, pub); ok && d2.start == d2.end && d2.e > d.e+3 {
								st := d.start
								if d.e == i+2 {
									st = attrition.NewDate(d2.end.Year(), st.Month(), st.Day())
									if st > d2.end {
										st = st.AddMonths(-12)
									}
								}
								if d2.end > st {
									out = append(out, clipSpan(periodHit{kind: pSpan, start: st, end: d2.end, s: i, e: d2.e}, pub))
									i = d2.e - 1
									continue
								}
							}
						}
					}
				}
				// "Fatalities by province, January–June 2025": a bare run of
				// months, the first taking the year of the last.
				if t.cls&clsMonth != 0 && t.upper && i > 0 && (toks[i-1].w == "(" || toks[i-1].w == "," || toks[i-1].w == ":") {
					if d, ok := parseDate(toks, i, pub); ok && d.end.Sub(d.start) >= 27 {
						if sep := word(toks, d.e); isDash(sep) || sep == "to" {
							if d2, ok := parseDate(toks, d.e+1, pub); ok && d2.end.Sub(d2.start) >= 27 && monthAt(toks, d.e+1) != 0 && yearAt(toks, d2.e-1) {
								st := attrition.NewDate(d2.end.Year(), d.start.Month(), 1)
								if st > d2.start {
									st = st.AddMonths(-12)
								}
								// ("Feb 2022–May 2025": the first month's own year.)
								if d.e > i+1 && yearAt(toks, d.e-1) {
									st = d.start
								}
								out = append(out, clipSpan(periodHit{kind: pSpan, start: st, end: d2.end, s: i, e: d2.e}, pub))
								i = d2.e - 1
								continue
							}
						}
					}
				}
				// "Month: March 2025 | Issued: …", "(February: 1,802)": a month
				// given as a label's value, or as a bracket's label.
				if i > 1 && t.cls&clsMonth != 0 && t.upper {
					label := word(toks, i-1) == ":" && periodLabel(word(toks, i-2))
					if label || word(toks, i-1) == "(" {
						if d, ok := parseDate(toks, i, pub); ok && d.end.Sub(d.start) >= 27 && (label || word(toks, d.e) == ":") {
							out = append(out, clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e, label: label, ahead: !label}, pub))
							i = d.e - 1
							continue
						}
					}
				}
				// "a November average of 1,523 a day", "its May toll": a month
				// named as the figure's own. Not "the July figure", which a
				// figure before it may be compared with.
				// ("bringing its June losses to 12,400", "Russia's May
				// casualties": the month's, to the day when it holds it.)
				if i > 0 && t.cls&clsMonth != 0 && t.upper {
					switch b := toks[i-1].w; {
					case b == "a", b == "an", b == "its", b == "their", possessiveWord(b):
						if d, ok := parseDate(toks, i, pub); ok && d.end.Sub(d.start) >= 27 {
							if v := word(toks, d.e); tallyNoun(v) || v == "average" || v == "figure" || v == "rate" || v == "peak" || v == "high" || v == "daily" || v == "monthly" {
								out = append(out, clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub))
								i = d.e - 1
								continue
							}
						}
					}
				}
				// "The 2024 report by AOAV recorded 4,400", "its 2024 annual
				// figures", "Russia's 2024 losses": a year named as a yearly
				// report's or tally's. After "the", only a report's: "than the
				// 2023 total" may be compared with a figure before it; but
				// "The 2024 death toll in Haiti was 5,601" opens its own
				// clause. ("Ukraine's 2024 civilian toll": the people
				// counted between.)
				// "up from 2023's 253,000", "2023's toll of 5,000": a year
				// in the possessive is the time of the figure it owns.
				if t.k == tNum && len(t.w) == 4 && word(toks, i+2) == "s" && (word(toks, i+1) == "'" || word(toks, i+1) == "’") {
					if y, ok := yearOf(t); ok && (i+3 < len(toks) && startsNumber(&toks[i+3]) || yearlyNoun(toks, i+3, true)) {
						out = append(out, clipSpan(periodHit{kind: pSpan, start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31), s: i, e: i + 3}, pub))
						i += 2
						continue
					}
				}
				if i > 0 && t.k == tNum && len(t.w) == 4 {
					if b := toks[i-1].w; b == "the" || b == "its" || b == "their" || possessiveWord(b) {
						k := i + 1
						if populationAdjective(word(toks, k)) {
							k++
						}
						if y, ok := yearOf(t); ok && yearlyNoun(toks, k, b != "the" || !comparedWord(word(toks, i-2))) {
							out = append(out, clipSpan(periodHit{kind: pSpan, start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31), s: i, e: i + 1}, pub))
							continue
						}
					}
				}
				// "The deadliest month was December 2024, when Russia lost
				// 48,000", "the bloodiest year was 2006, when": the time a
				// "when" clause after it tells of.
				if i > 0 && (t.cls&clsMonth != 0 && t.upper || t.k == tNum && len(t.w) == 4) {
					if b := toks[i-1].w; b == "was" || b == "is" || b == "remained" || b == "remains" {
						if d, ok := parseDate(toks, i, pub); ok && word(toks, d.e) == "," && word(toks, d.e+1) == "when" {
							out = append(out, clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e, event: true}, pub))
							i = d.e - 1
							continue
						}
					}
				}
				// "lost 7,300 soldiers June 1–7", "in the period 28 May–3
				// June", "January–May": a range of days or months written
				// bare, with no preposition to read it. (A date alone is
				// left to the rules that know what it dates.)
				if t.k == tNum && len(t.w) <= 2 && monthAt(toks, i+1) != 0 || t.cls&clsMonth != 0 && t.upper {
					if h, ok := bareRange(toks, i, pub); ok {
						out = append(out, h)
						i = h.e - 1
						continue
					}
				}
				// "September 2024 was likely the second-costliest month of the
				// war, with an average of 1,271 a day": the month the sentence
				// opens with as its subject is its figures' period; a clause's
				// subject too ("UCDP's figures show that 2024 was the
				// deadliest year", "…, and 2024 saw 160,000").
				// ("Early June saw 400 casualties a day": a part of a month;
				// its name in capitals is tested first, which most tokens fail,
				// or a part and month written as one word, "that mid-April
				// was".)
				if t.cls&clsMonth != 0 && (t.upper || strings.IndexByte(t.w, '-') > 0) {
					if h, ok := partOfMonthOpening(toks, i, pub); ok {
						out = append(out, h)
						i = h.e - 1
						continue
					}
				}
				if (t.cls&clsMonth != 0 && t.upper || t.k == tNum && len(t.w) == 4) && (i == 0 || clauseOpener(toks[i-1].w) || toks[i-1].cls&clsSpeechVerbs != 0) {
					if d, ok := parseDate(toks, i, pub); ok && d.end.Sub(d.start) >= 27 && subjectCopula(word(toks, d.e)) {
						out = append(out, clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub))
						i = d.e - 1
						continue
					}
				}
			}
		}
		// Of the possessives only "year's" has no class of its own
		// ("the year's death toll"); letting every "russia's" through
		// would cost a switch per word.
		if t.k == tWord && t.cls&(clsPeriod|clsNum|clsUnit) == 0 && !(t.poss && t.w == "year's") || t.k == tPunct {
			continue
		}
		w := t.w
		switch w {
		case "since", "from":
			out, i = sincePeriod(toks, i, pub, out)
		case "after":
			out, i = afterPeriod(toks, i, pub, out)
		case "between":
			out, i = betweenPeriod(toks, i, pub, out)
		case "in", "during", "throughout", "over", "for", "of", "on", "within":
			if (w == "in" || w == "during") && word(toks, i+1) == "the" {
				if h, ok := warOpeningAt(toks, i); ok {
					out = append(out, h)
					i = h.e - 1
					continue
				}
			}
			// "During the night, air defence destroyed 40 drones", "over
			// the night": last night, as "overnight". ("in the night of
			// 9 to 10 June" has its days.)
			if (w == "during" || w == "over" || w == "throughout") && word(toks, i+1) == "the" && word(toks, i+2) == "night" && word(toks, i+3) != "of" {
				out = append(out, periodHit{kind: pSpan, start: pub.AddDays(-1), end: pub, s: i, e: i + 3, window: true})
				i += 2
				continue
			}
			// "on 29 and 30 November": both days.
			if w == "on" {
				if st, en, e, ok := dayPairAt(toks, i+1, pub, func(w string) bool { return w == "and" }); ok {
					out = append(out, periodHit{kind: pSpan, start: st, end: en, s: i, e: e})
					i = e - 1
					continue
				}
			}
			// "for three straight months", "for the fifth month in a
			// row": a streak up to the day written.
			if w == "for" {
				if h, ok := streakAt(toks, i, pub); ok {
					out = append(out, h)
					i = h.e - 1
					continue
				}
			}
			// "in the Kursk incursion", "during the ground operation".
			if w != "for" && w != "on" && w != "within" {
				if end, key, ok := matchOperation(toks, i+1); ok {
					h := operationHit(i, end, key, false, pub)
					opWithin(toks, &h, pub)
					out = append(out, h)
					i = h.e - 1
					continue
				}
			}
			// "during the week of 14 April": the seven days from it.
			if word(toks, i+1) == "the" && word(toks, i+2) == "week" && word(toks, i+3) == "of" && (w == "in" || w == "during" || w == "over" || w == "throughout") {
				if d, ok := parseDate(toks, i+4, pub); ok && d.start == d.end {
					out = append(out, clipSpan(periodHit{kind: pSpan, start: d.start, end: d.start.AddDays(6), s: i, e: d.e}, pub))
					i = d.e - 1
					continue
				}
				// "during the week of 16 to 22 December": both days.
				if st, en, e, ok := dayPairAt(toks, i+4, pub, func(w string) bool { return w == "to" || isDash(w) }); ok {
					out = append(out, clipSpan(periodHit{kind: pSpan, start: st, end: en, s: i, e: e}, pub))
					i = e - 1
					continue
				}
			}
			if st := spanMayStart(toks, i+1); st.may() {
				if h, ok := parseSpanAfter(toks, i+1, pub, st); ok {
					h.s = i
					// "the operation, which began on 27 October": the day
					// a running count starts.
					if (w == "on" || w == "in") && startedBefore(toks, i) && h.kind == pSpan && !h.window {
						h = periodHit{kind: pSince, start: h.start, s: i, e: h.e}
						out = append(out, h)
						i = h.e - 1
						continue
					}
					// "put Russia's losses in November at 45,720": the
					// losses' month, not the statement's.
					// ("Civilian casualties in Ukraine in November 2023
					// totalled 467": the losses' place between.)
					if (w == "in" || w == "on") && !(i > 0 && toks[i-1].cls&(clsLoss|clsCat) != 0 && toks[i-1].k == tWord) &&
						!(i > 2 && toks[i-2].w == "in" && toks[i-1].cls&clsActor != 0 && toks[i-3].cls&(clsLoss|clsCat) != 0 && toks[i-3].k == tWord) {
						h.ofStatement = true
					}
					if (w == "on" || w == "in") && h.kind == pSpan && byTheTime(toks, i) {
						h = periodHit{kind: pAsOf, end: h.end, s: h.s, e: h.e}
					}
					// ("estimated in late 2024 that": a statement's time,
					// though a season long.)
					// ("The UN estimated in 2022 that …": a year too, between
					// the verb and what was said.)
					if (w == "on" || w == "in") && h.ofStatement && afterSpeech(toks, i) && (h.end.Sub(h.start) < 32 || partOfYearAt(toks, i+1) ||
						word(toks, h.e) == "that" && i >= 1 && toks[i-1].cls&clsSpeechVerbs != 0) {
						h.speech = true
					}
					// "In June, CSIS estimated that Russia had suffered …":
					// the day of the statement the sentence opens with.
					if w == "in" && i == 0 && h.end.Sub(h.start) < 32 && speechThatAfter(toks, h.e) {
						h.speech = true
					}
					out = append(out, h)
					i = h.e - 1
					continue
				}
			}
			if w == "in" || w == "during" || w == "throughout" || w == "over" && (word(toks, i+2) == "whole" || word(toks, i+2) == "entire" || word(toks, i+2) == "course") {
				// "killed in Sudan's civil war", "during the invasion":
				// a running total of the war.
				if e, ok := warPhraseAt(toks, i+1); ok && !superlativeBefore(toks, i) {
					out = append(out, periodHit{kind: pSince, conflictStart: true, inWar: true, s: i, e: e})
					i = e - 1
				}
			}
		case "across":
			// "Across 2024, UN monitors recorded 574 civilian deaths":
			// the year's span.
			if y, ok := yearOf(tokAt(toks, i+1)); ok && !pub.IsZero() {
				out = append(out, clipSpan(periodHit{kind: pSpan, start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31), s: i, e: i + 2}, pub))
				i++
				continue
			}
			// "losses across March, April and May": the months' span.
			if monthAt(toks, i+1) != 0 {
				if h, ok := parseSpanAfter(toks, i+1, pub, spanMayStart(toks, i+1)); ok {
					h.s = i
					out = append(out, h)
					i = h.e - 1
				}
			}
		case "as", "by", "until", "through", "to", "till", "dated", "dating", "taken", "at":
			j := i + 1
			// "casualties year to date stand at 190,000", "the month to
			// date": the calendar unit so far. (After "in" or "for" the
			// span rules read it.)
			if w == "to" && word(toks, j) == "date" && i > 0 {
				if u := toks[i-1].w; u == "year" || u == "month" {
					st := thisUnitStart(pub, u)
					s := i - 1
					if word(toks, s-1) == "the" {
						s--
					}
					out = append(out, periodHit{kind: pSpan, start: st, end: pub, s: s, e: j + 1})
					i = j
					continue
				}
			}
			// "lost 10,000 at the start of the invasion": the war's
			// first month.
			if w == "at" && word(toks, j) == "the" {
				if h, ok := warOpeningAt(toks, i); ok {
					out = append(out, h)
					i = h.e - 1
					continue
				}
			}
			// "stood at 600,000 at the end of 2024": the day it stood.
			if w == "at" && !(word(toks, j) == "the" && word(toks, j+1) == "end" && word(toks, j+2) == "of") {
				continue
			}
			if w == "dating" && word(toks, j) == "from" {
				j++
			}
			// "snapshot taken 1 October 2024": the day a tally stood at.
			if w == "taken" && word(toks, i-1) != "snapshot" {
				continue
			}
			if w == "taken" && word(toks, j) == "on" {
				j++
			}
			if w == "as" {
				if word(toks, j) != "of" && word(toks, j) != "at" {
					continue
				}
				j++
			}
			if word(toks, j) == "the" && (word(toks, j+1) == "end") && word(toks, j+2) == "of" {
				j += 3
			}
			// "As of the morning of 10 June 2025": the day a tally
			// stood, whatever its hour.
			if word(toks, j) == "the" && word(toks, j+2) == "of" {
				switch word(toks, j+1) {
				case "morning", "evening", "afternoon", "night":
					j += 3
				}
			}
			if d, ok := parseDate(toks, j, pub); ok {
				h := periodHit{kind: pAsOf, end: d.end, s: i, e: d.e, dated: true}
				// "As of June 2025", written on 12 June: the month so
				// far. ("by the end of June" is still to come.)
				if d.start <= pub && pub < d.end && word(toks, j-2) != "end" {
					h.end = pub
				}
				out = append(out, h)
				i = d.e - 1
			} else if rel := word(toks, j); (rel == "last" || rel == "this") && (word(toks, j+1) == "year" || word(toks, j+1) == "month") {
				// "by the end of last year": the day that year ended.
				var end attrition.Date
				switch {
				case word(toks, j+1) == "year" && rel == "last":
					end = attrition.NewDate(pub.Year()-1, 12, 31)
				case word(toks, j+1) == "year":
					end = attrition.NewDate(pub.Year(), 12, 31)
				case rel == "last":
					end = attrition.NewDate(pub.Year(), pub.Month(), 1).AddDays(-1)
				default:
					end = monthEnd(pub.Year(), pub.Month())
				}
				out = append(out, periodHit{kind: pAsOf, end: end, s: i, e: j + 2})
				i = j + 1
			} else if word(toks, j) == "mid" && word(toks, j+1) == "-" {
				if d, ok := parseDate(toks, j+2, pub); ok {
					mid := attrition.NewDate(d.start.Year(), 6, 30)
					if d.start.Month() != 1 || d.end.Month() != 12 {
						mid = d.start.AddDays(14)
					}
					out = append(out, periodHit{kind: pAsOf, end: mid, s: i, e: d.e})
					i = d.e - 1
				}
			}
		case "before":
			// "93 fatalities the week before": the unit before the one
			// the text gave (setPeriod), or before the last, for want of
			// one.
			if u := unitWordsPeriod[word(toks, i-1)]; u != "" && u != "hour" && word(toks, i-2) == "the" && (i+1 == len(toks) || toks[i+1].k == tPunct) {
				out = append(out, periodHit{kind: pSpan, start: advance(pub, -2, u), end: advance(pub, -1, u), s: i - 2, e: i + 1, window: true})
			}
		case "last", "this", "past", "previous":
			out, i = lastPeriod(toks, i, pub, out)
		case "ago":
			// "three days ago", "two weeks ago", "a year ago": the day
			// that long before the text.
			// ("ten years ago today" marks an anniversary: no date of
			// losses.)
			// ("since the operation began three weeks ago": the start
			// the since phrase reads.)
			// ("a decade ago", "two decades ago": the year that long
			// before the text, no nearer day.)
			if word(toks, i+1) != "today" && !sinceBefore(toks, i-2) {
				if h, ok := unitsBack(toks, i-1, pub); ok {
					h.e = i + 1
					out = append(out, h)
				}
			}
		case "yesterday", "yesterday's":
			if changeBase(toks, i) {
				// "(+12% vs yesterday)", "up 12% on yesterday": the day a
				// change is counted from, not the figures' day.
				continue
			}
			d := pub.AddDays(-1)
			out = append(out, periodHit{kind: pSpan, start: d, end: d, s: i, e: i + 1, event: w == "yesterday's"})
		case "overnight":
			out, i = overnightPeriod(toks, i, pub, out)
		case "today's", "tonight's":
			// "today's strike on Odesa": the day of the strike.
			// ("today's figures" are a total's, dated by other words.)
			if eventNounAfter(toks, i+1) {
				out = append(out, periodHit{kind: pSpan, start: pub, end: pub, s: i, e: i + 1, event: true})
			}
		case "today":
			if word(toks, i-1) == "ago" {
				continue // "ten years ago today": an anniversary
			}
			// A window: "Today, Russia's dead number 250,000" is a total
			// that stands today, "killed 12 people today" the day's.
			out = append(out, periodHit{kind: pSpan, start: pub, end: pub, s: i, e: i + 1, window: true})
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's":
			out, i = weekdayPeriod(toks, i, pub, out)
		case "january's", "february's", "march's", "april's", "may's", "june's", "july's", "august's",
			"september's", "october's", "november's", "december's":
			// "September's average", "May's losses": that month, the
			// latest not after publication, to the day when it holds it.
			if m := monthNames[strings.TrimSuffix(w, "'s")]; m != 0 && t.upper {
				y := pub.Year()
				if m > pub.Month() {
					y--
				}
				h := periodHit{kind: pSpan, start: attrition.NewDate(y, m, 1), end: monthEnd(y, m), s: i, e: i + 1}
				if h.end > pub {
					h.end = pub
				}
				out = append(out, h)
			}
		case "so":
			if word(toks, i+1) == "far" && word(toks, i+2) == "this" {
				if u := word(toks, i+3); u == "year" {
					out = append(out, periodHit{kind: pSpan, start: attrition.NewDate(pub.Year(), 1, 1), end: pub, s: i, e: i + 4})
					i += 3
				} else if u == "month" {
					out = append(out, periodHit{kind: pSpan, start: attrition.NewDate(pub.Year(), pub.Month(), 1), end: pub, s: i, e: i + 4})
					i += 3
				}
			}
		case "week's", "month's":
			// "raising the week's toll to 140", "the month's losses":
			// this week or month, to the text's day. ("last week's" is
			// lastPeriod's.)
			if word(toks, i-1) == "the" && tallyNoun(word(toks, i+1)) && !pub.IsZero() {
				st := thisUnitStart(pub, strings.TrimSuffix(w, "'s"))
				out = append(out, periodHit{kind: pSpan, start: st, end: pub, s: i - 1, e: i + 1})
			}
		case "year's", "year’s":
			// "the year's death toll stands at 1,200": the year so far,
			// as "this year's toll" is (the year just ended in a
			// review of January). ("1,100 of the year's deaths" is a
			// part of a toll the text dates.)
			if word(toks, i-1) == "the" && word(toks, i-2) != "of" && (tallyNoun(word(toks, i+1)) || tallyNoun(word(toks, i+2))) && !pub.IsZero() {
				st, en := reviewYear(pub)
				out = append(out, periodHit{kind: pSpan, start: st, end: en, s: i - 1, e: i + 1})
			}
		case "year-to-date":
			out = append(out, periodHit{kind: pSpan, start: attrition.NewDate(pub.Year(), 1, 1), end: pub, s: i, e: i + 1})
		case "weekend", "weekend's":
			out, i = weekendPeriod(toks, i, pub, out)
		case "christmas", "easter", "new", "ramadan", "eid":
			out, i = holidayPeriod(toks, i, pub, out)
		default:
			if toks[i].k == tNum {
				// "19–20 September": a span of days.
				if d1, ok := dashDay(toks, i); ok {
					if d2, ok := parseDate(toks, i+2, pub); ok && d2.start == d2.end && d1 < d2.start.Day() {
						st := attrition.NewDate(d2.start.Year(), d2.start.Month(), d1)
						out = append(out, periodHit{kind: pSpan, start: st, end: d2.end, s: i, e: d2.e})
						i = d2.e - 1
						continue
					}
				}
				// Durations: "the 224-day battle", "three years and four months".
				if !unitFollows(toks, i) {
					continue
				}
				if h, ok := parseDuration(toks, i); ok {
					// "during the 12-day war": a war the registry knows by
					// its length is its own dates, not days to the text's.
					warOfDays(toks, &h, pub)
					out = append(out, h)
					i = h.e - 1
				}
			} else if unitFollows(toks, i) && (t.cls&clsNum != 0 && unitIx.at(t) != 0 || w == "zero" || w == "a" && (word(toks, i-1) == "in" || word(toks, i-1) == "within")) {
				// ("lost 1,100 soldiers in a day": one day.)
				if h, ok := parseDuration(toks, i); ok {
					out = append(out, h)
					i = h.e - 1
				}
			} else if t.cls&clsNum != 0 {
				// "a two-day assault", "the eleven-day offensive": a word
				// of four bytes at least ("a-hr"), with a hyphen. Most
				// number words ("a", "an", "three") have none.
				if len(w) < 4 || strings.IndexByte(w, '-') <= 0 {
					continue
				}
				if h, ok := hyphenDuration(toks, i); ok {
					warOfDays(toks, &h, pub)
					out = append(out, h)
				}
			}
		}
	}
	// "on the third anniversary of the invasion": ordinals carry no
	// period class, so the rare word itself is looked for, past the
	// first (the rules read the word before), in a sentence that has
	// one: "war" and "anniversary" have a class bit of their own (and
	// no class of a token the walk stops at), so the sentence's union
	// of classes tells.
	if cls&clsWar != 0 {
		for k := warWordFrom(toks, 1); k < len(toks); k = warWordFrom(toks, k+1) {
			out = warWordRules(toks, k, pub, out)
		}
	}
	for i := range out {
		statementWhen(toks, &out[i], pub)
		// "the toll from the offensive launched on Wednesday": the day
		// an operation was launched is where its toll starts.
		if h := &out[i]; h.kind == pSpan && h.start == h.end && !h.start.IsZero() && h.s >= 3 && toks[h.s].w == "on" && launchedEvent(toks, h.s-1) {
			h.kind, h.end = pSince, 0
		}
		// "The Tigray war, which ended in November 2022, killed as many
		// as 600,000": the day a war named before ended or began dates
		// the war, not the figure.
		// ("the siege that ended on 20 May 2022" and "the offensive
		// that began on 4 June" do date the figure: a battle's end, an
		// operation's start.)
		// ("which ended with a truce in November 2022", "that ended
		// with the Pretoria agreement in November 2022": how it ended
		// between.)
		if h := &out[i]; h.s >= 4 && (toks[h.s].w == "in" || toks[h.s].w == "on") {
			if v := endedWithBefore(toks, h.s); v >= 3 && (word(toks, v-1) == "which" || word(toks, v-1) == "that") {
				// ("The war in Tigray, which ended …": its place between.)
				b := v - 2
				if word(toks, b) == "," {
					b--
				}
				if word(toks, b-1) == "in" && toks[b].upper {
					b -= 2
				}
				if w := word(toks, b); w == "war" || w == "conflict" {
					h.aside = true
					// "The civil war, which ended in March 2019, killed
					// 40,000": a war of no registry span ends then.
					if !inPeriod(out, b) && h.kind == pSpan && !h.end.IsZero() {
						h.kind, h.start, h.aside = pAsOf, 0, false
					}
				}
			}
		}
	}
	// "The Bucha massacre left more than 400 civilians dead", "The
	// Nova festival massacre killed 364 people": a named event as the
	// subject of its toll dates it, as "in the Bucha massacre" does.
	if len(toks) > 3 && toks[0].w == "the" && (len(out) == 0 || out[0].s > 0) {
		if end, key, ok := matchOperation(toks, 1); ok && eventTollVerb(word(toks, end)) {
			out = slices.Insert(out, 0, operationHit(0, end, key, false, pub))
		}
	}
	// "The first 100 days of the war killed 4,000 civilians", "The
	// war's first year killed 8,000": the war's first span as the
	// subject, as after "in". (The count alone read as "the last 100
	// days" before.)
	if len(toks) > 4 && toks[0].w == "the" && (toks[1].w == "first" || toks[2].w == "first") {
		if st := spanMayStart(toks, 0); st.first || st.headOK && toks[st.head].w == "first" {
			if h, ok := parseSpanAfter(toks, 0, pub, st); ok && (h.conflictStart || h.op != "") && h.kind == pSpan && tollVerbAfter(toks, h.e) {
				// (It stands for what was read inside it.)
				k := 0
				for k < len(out) && out[k].s < h.e {
					k++
				}
				out = slices.Replace(out, 0, k, h)
			}
		}
	}
	if len(out) == 0 {
		if h, ok := headingYear(toks, pub); ok {
			out = append(out, h)
		}
	}
	anchorWindows(out, pub)
	return out
}

// phaseVerb reports the verbs that tell when a phase of a war began:
// "since the ground operation began on 27 October 2023", or began again:
// "since the ground operation resumed in March".
func phaseVerb(w string) bool {
	switch w {
	case "began", "begun", "started", "start", "launched", "opened", "was", "were", "got", "kicked", "off", "under", "way",
		"resumed", "restarted", "relaunched", "renewed":
		return true
	}
	return false
}

// sincePeriod reads the period phrase that "since" or "from" at token i
// opens into out, and returns out and the index of the last token it
// read. It and the readers of one period word after it are findPeriods'
// cases that are seldom met, kept apart: the walk stays small enough
// that the compiler inlines its hot calls at every period word, which
// it does not in a function as big as the walk was with them.
func sincePeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	w := toks[i].w
	// "up from 2023's 253,000": the year owns the figure compared, no
	// start of a span; the walk reads it at the year.
	if w == "from" && word(toks, i+3) == "s" && (word(toks, i+2) == "'" || word(toks, i+2) == "’") {
		return out, i
	}
	// "from 26 to 30 January": the first day takes the month of
	// the second, as after "between".
	// ("from the 3rd to the 9th of March": ordinals after "the".)
	the := 0
	if word(toks, i+1) == "the" && w == "from" {
		the = 1
	}
	if d1, ok := dayNumber(toks, i+1+the); ok && w == "from" {
		// ("from 9th to 15th January": the first day's ordinal.)
		j := i + 2 + the
		if j < len(toks) && toks[j].glued && ordinalSuffix(toks[j].w) {
			j++
		}
		if sep := word(toks, j); sep == "to" || sep == "through" || sep == "until" || sep == "till" {
			if the == 1 && word(toks, j+1) == "the" {
				j++
			}
			if h, ok := daysTo(toks, d1, i, j+1, pub); ok {
				out = append(out, h)
				return out, h.e - 1
			}
		}
	}
	// "from Friday to Sunday": the days of the latest such run. (The
	// word first: most are not "from", and spare the look-up.)
	if w == "from" {
		if wd, ok := weekdays[word(toks, i+1)]; ok {
			if st, en, e, ok := weekdayRange(toks, i+2, wd, pub); ok && word(toks, i+2) != "and" {
				out = append(out, periodHit{kind: pSpan, start: st, end: en, s: i, e: e})
				return out, e - 1
			}
		}
	}
	// "from June 7 to 13": the days of one month, read as one date.
	if w == "from" && i+2 < len(toks) && toks[i+1].cls&clsMonth != 0 && toks[i+2].k == tNum && len(toks[i+2].w) <= 2 && word(toks, i+3) != "," {
		if d, ok := parseDate(toks, i+1, pub); ok && d.start != d.end && d.start.Month() == d.end.Month() && d.end.Sub(d.start) < 31 {
			out = append(out, periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e})
			return out, d.e - 1
		}
	}
	// "since the Kursk incursion began", "since the start of the
	// ground operation": a named phase of the war.
	if end, key, ok := matchOperation(toks, i+1); ok {
		h := operationHit(i, end, key, true, pub)
		// "... on Aug. 6", "... began on 27 October 2023": the
		// day the text gives is the start.
		// "... began in August 2024": a month that holds the
		// phase's known first day keeps it.
		for k := h.e; k < len(toks) && k < h.e+3; k++ {
			// (Not past another verb: "since the start of the war
			// rose to 55,207 on Thursday" is the day of the count.)
			if k > h.e && !phaseVerb(toks[k-1].w) {
				break
			}
			if kw := toks[k].w; kw == "on" || kw == "in" {
				if d, ok := parseDate(toks, k+1, pub); ok {
					if !h.start.IsZero() && d.start < h.start && h.start <= d.end {
						h.e = d.e
					} else {
						h.start, h.e, h.op = d.start, d.e, ""
					}
				}
				break
			}
		}
		// "since the ground operation resumed": the latest truce's end.
		if v := word(toks, h.e); h.op != "" && (v == "resumed" || v == "restarted") {
			h = periodHit{kind: pSince, afterWar: true, truceEnd: true, s: i, e: h.e + 1}
		}
		out = append(out, h)
		return out, h.e - 1
	}
	h, e, ok := parseAnchor(toks, i+1, pub)
	// "since last Friday": the latest Friday before the text.
	if !ok && w == "since" && word(toks, i+1) == "last" {
		if _, wd := weekdays[word(toks, i+2)]; wd {
			h, e, ok = parseAnchor(toks, i+2, pub)
		} else if u, uok := unitAt(toks, i+2); uok && (u == "month" || u == "week" || u == "year") {
			// "since last month": from its first day.
			h, e, ok = periodHit{kind: pSince, start: lastUnitStart(pub, u)}, i+3, true
		} else if u := possessiveUnit(word(toks, i+2)); u == "month" || u == "week" || u == "year" {
			// "since last week's breakthrough": from the first day of
			// the time the event is dated in.
			h, e, ok = periodHit{kind: pSince, start: lastUnitStart(pub, u)}, i+3, true
		}
	}
	// "since October 8 last year", "since March last year".
	if ok && word(toks, e) == "last" && word(toks, e+1) == "year" && !h.start.IsZero() {
		if h.start.Year() == pub.Year() {
			h.start = h.start.AddMonths(-12)
		}
		e += 2
	}
	if w == "since" {
		// "since the ground operation began on 27 October",
		// "since hostilities began on 8 October 2023": the date
		// that follows is the start.
		lim := min(len(toks), i+22)
		if ok {
			lim = min(len(toks), e+8)
		}
		for k := max(i+1, e); k < lim; k++ {
			kw := toks[k].w
			// (Not past a figure: "since the start of the war rose to
			// 55,207 on Thursday" is the day of the count.)
			if kw == "," || kw == ";" || kw == "." || toks[k].k == tNum && !toks[k].glued {
				break
			}
			// "since the alliance launched Operation 1027": the
			// phase its verb of starting names.
			if !ok && (kw == "launched" || kw == "began" || kw == "started" || kw == "opened" || kw == "mounted") {
				if end, key, mok := matchOperation(toks, k+1); mok {
					h, e, ok = operationHit(i, end, key, true, pub), end, true
					break
				}
			}
			// "since the summer offensive began at the start of
			// May": its first day.
			if kw == "at" && word(toks, k+1) == "the" && (word(toks, k+2) == "start" || word(toks, k+2) == "beginning") && word(toks, k+3) == "of" {
				if d, dok := parseDate(toks, k+4, pub); dok {
					h = periodHit{kind: pSince, start: d.start}
					e, ok = d.e, true
					break
				}
			}
			// "since the aid system began operating last month": the
			// start of the time its event is dated in.
			if kw == "last" && !ok && k > i+2 {
				if u, uok := unitAt(toks, k+1); uok && (u == "month" || u == "week" || u == "year") && toks[k-1].k == tWord && !toks[k-1].upper {
					h = periodHit{kind: pSince, start: lastUnitStart(pub, u)}
					e, ok = k+2, true
					break
				}
				// "since the Ukrainian incursion began last August": the
				// latest such month before publication.
				if m := monthAt(toks, k+1); m != 0 && toks[k-1].k == tWord && !toks[k-1].upper && !(k+2 < len(toks) && toks[k+2].k == tNum) {
					h = periodHit{kind: pSince, start: lastMonthStart(m, pub)}
					e, ok = k+2, true
					break
				}
				// "since the start of its offensive on Pokrovsk last
				// summer": the season's first day.
				if _, sok := season(word(toks, k+1)); sok && toks[k-1].k == tWord {
					if d, dok := parseDate(toks, k, pub); dok {
						h = periodHit{kind: pSince, start: d.start}
						e, ok = d.e, true
						break
					}
				}
			}
			// "since the attempted coup of 1 February 2021": the
			// event's day.
			if kw == "on" || kw == "in" || kw == "of" && !ok && k > i+2 {
				if d, dok := parseDate(toks, k+1, pub); dok && (kw != "of" || d.start == d.end) {
					h = sinceDate(d)
					// "has published none since Zelensky said on 25
					// February that 31,000 soldiers had been
					// killed": the day of what was said, the last
					// word on a running total.
					if kw != "of" && !ok && word(toks, d.e) == "that" && speechVerbIn(toks, i+1, k) {
						h = periodHit{kind: pSpan, start: d.start, end: d.end, speech: true, ofStatement: true}
					}
					e, ok = d.e, true
					break
				}
				// "since Israel resumed its strikes on Tuesday".
				// "since the fighting began on Thursday": this
				// week's fighting, not the war's start.
				if wd, wok := weekdays[word(toks, k+1)]; wok && kw == "on" && (!ok || h.conflictStart) {
					h = periodHit{kind: pSince, start: pub.AddDays(-daysSince(pub, wd))}
					e, ok = k+2, true
					break
				}
			}
		}
	}
	if ok {
		h.s = i
		h.e = e
		// "from X to/until Y": a closed span.
		if w == "from" || w == "since" {
			if sep := word(toks, e); sep == "to" || sep == "until" || sep == "till" || sep == "through" || sep == "-" || sep == "–" {
				if d, ok := parseDate(toks, e+1, pub); ok {
					sp := h
					sp.kind = pSpan
					sp.end = d.end
					sp.e = d.e
					// "from January to March" written on 12 March
					// ends on the day.
					if d.start <= pub && d.end > pub {
						sp.end = pub
					}
					if !sp.conflictStart && sp.start > sp.end && d.e > e+1 {
						// "from December to February": the start is the year before.
						sp.start = startBefore(sp.start, sp.end)
					}
					// A span that would end before it starts is
					// no span.
					if sp.start <= sp.end || sp.conflictStart {
						out = append(out, sp)
						return out, sp.e - 1
					}
				}
			}
		}
		if !h.speech {
			h.kind = pSince
		}
		// "3,960 killed ..., most of them since Israel escalated
		// in late September": the part of a figure given before.
		if b := word(toks, i-1); b == "them" && (word(toks, i-2) == "of" || word(toks, i-3) == "of") || b == "whom" {
			h.aside = true
		}
		if w == "since" && h.kind == pSince {
			h = countSince(toks, i, h, pub)
		}
		out = append(out, h)
		i = h.e - 1
	} else if w == "since" {
		if e, ok := phaseRefEnd(toks, i+1); ok {
			out = append(out, countSince(toks, i, periodHit{kind: pSince, s: i, e: e, opRef: true}, pub))
			i = e - 1
		} else if h := countSince(toks, i, periodHit{kind: pSince, s: i, e: i + 1, opRef: true}, pub); h.kind == pSpan {
			// "in the three days since the assault on Kostiantynivka
			// began": the length, whatever the event.
			out = append(out, h)
		}
	}
	return out, i
}

// weekdayRange reads "and Sunday", "to Sunday", "through Sunday" at
// token k after the weekday wd: the latest such run of days up to pub,
// and the token after it.
func weekdayRange(toks []token, k int, wd time.Weekday, pub attrition.Date) (st, en attrition.Date, e int, ok bool) {
	switch w := word(toks, k); {
	case w == "and" || w == "to" || w == "through" || w == "until" || w == "till" || isDash(w):
	default:
		return 0, 0, 0, false
	}
	wd2, ok := weekdays[word(toks, k+1)]
	if !ok || wd2 == wd {
		return 0, 0, 0, false
	}
	en = pub.AddDays(-daysSince(pub, wd2))
	return en.AddDays(-((int(wd2) - int(wd) + 7) % 7)), en, k + 2, true
}

// countSince reads a length before the "since" at token i: "in the 10
// days since the offensive began", "the two weeks since the truce
// ended". The length counts from the start h gives when the text dates
// it and the length ends by publication; otherwise, back from
// publication ("the ten days since the ceasefire collapsed" is ten
// days, whatever truce the registry knows of last). A war's start
// stays: "the three years since the invasion" is the war's.
func countSince(toks []token, i int, h periodHit, pub attrition.Date) periodHit {
	unit, ok := unitAt(toks, i-1)
	if !ok || h.conflictStart || pub.IsZero() {
		return h
	}
	n, ok := smallCountAt(toks, i-2)
	if !ok || n <= 0 {
		return h
	}
	s := i - 2
	if word(toks, s-1) == "the" {
		s--
	} else if s > 0 && toks[s-1].k != tPunct {
		return h
	}
	sp := periodHit{kind: pSpan, start: relStart(pub, n, unit), end: pub, s: s, e: h.e}
	if !h.start.IsZero() && !h.afterWar && !h.opRef {
		if en := advance(h.start, n, unit); en <= pub.AddDays(1) && en > h.start {
			sp.start, sp.end = h.start, min(en, pub)
		}
	}
	return sp
}

// afterPeriod reads the period phrase that "after" at token i opens,
// as sincePeriod does.
func afterPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	// "A decade after Boko Haram killed 100 villagers in Baga, the town
	// is still empty", "Two years after a missile killed 50 people in
	// Kramatorsk, …": the deed the clause retells is that long before
	// the text, not the past day's news.
	if h, ok := yearsAfterDeed(toks, i, pub); ok {
		out = append(out, h)
		return out, i
	}
	// "killed in Gaza after the ground invasion began": since
	// the operation's start.
	if unitWordsPeriod[word(toks, i-1)] == "" {
		if end, key, ok := matchOperation(toks, i+1); ok && startVerb(word(toks, end)) {
			h := operationHit(i, end, key, true, pub)
			h.e = end + 1
			out = append(out, h)
			i = h.e - 1
		}
		return out, i
	}
	// "in the days after it captured El Fasher on 26 October":
	// since the day of the deed.
	if b := word(toks, i-1); (b == "days" || b == "weeks" || b == "hours") && word(toks, i-2) == "the" {
		if h, ok := deedDayAfter(toks, i, pub); ok {
			out = append(out, h)
			return out, h.e - 1
		}
	}
	// "A year after launching Operation 1027, the alliance says
	// its fighters have killed 1,420": since what it names.
	if end, key, ok := matchOperation(toks, i+1); ok {
		h := operationHit(i, end, key, true, pub)
		out = append(out, h)
		return out, h.e - 1
	}
	if h, e, ok := parseAnchor(toks, i+1, pub); ok && h.conflictStart {
		h.kind, h.s, h.e = pSince, i, e
		out = append(out, h)
		i = e - 1
	}
	return out, i
}

// unitsBack reads a span back from publication ending at token k, its
// unit: "three days", "a year", "two decades" (of "… ago", "N years
// after …"): the day that long before, or for decades the year.
func unitsBack(toks []token, k int, pub attrition.Date) (periodHit, bool) {
	if u := unitWordsPeriod[word(toks, k)]; u != "" && u != "hour" {
		if k < 1 {
			return periodHit{}, false
		}
		n, ok := smallCount(toks[k-1].w)
		if !ok || n < 1 {
			return periodHit{}, false
		}
		d := advance(pub, -n, u)
		return periodHit{kind: pSpan, start: d, end: d, s: k - 1, e: k + 1}, true
	}
	return decadesBack(toks, k, pub)
}

// decadesBack reads "a decade", "two decades" ending at token k: the
// whole year that many decades before pub.
func decadesBack(toks []token, k int, pub attrition.Date) (periodHit, bool) {
	if w := word(toks, k); w != "decade" && w != "decades" || k < 1 {
		return periodHit{}, false
	}
	n, ok := smallCount(toks[k-1].w)
	if !ok || n < 1 || n > 9 {
		return periodHit{}, false
	}
	y := pub.Year() - 10*n
	return periodHit{kind: pSpan, start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31), s: k - 1, e: k + 1}, true
}

// yearsAfterDeed reads "Two years after a missile killed 50 people,"
// at "after" i opening a sentence: a count of units, then a clause of
// loss with a figure, up to its comma. The clause's figure takes the
// day that long before pub ("a decade": that year); the main clause's,
// past the comma, do not. ("Two years
// after the invasion, 200,000 …" has no deed of its own: parseAnchor's.)
func yearsAfterDeed(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	if i < 2 || i > 3 {
		return periodHit{}, false
	}
	h, ok := unitsBack(toks, i-1, pub)
	if !ok {
		return periodHit{}, false
	}
	if h.s > 1 || h.s == 1 && toks[0].k != tPunct {
		return periodHit{}, false
	}
	loss, fig := false, false
	for k := i + 1; k < len(toks) && k < i+16; k++ {
		t := &toks[k]
		switch {
		case t.w == "," || t.w == ";":
			if !loss || !fig {
				return periodHit{}, false
			}
			h.e, h.clauseEnd = i+1, k
			return h, true
		case t.w == "since" || t.w == "war" || t.w == "invasion" || t.w == "began" || t.w == "started":
			// "Three years after the war began, 12,000 …": a war's
			// start, which the running total counts from.
			return periodHit{}, false
		case t.k == tNum || t.cls&clsNum != 0 && t.w != "a" && t.w != "an":
			fig = true
		case t.cls&clsLoss != 0:
			loss = true
		}
	}
	return periodHit{}, false
}

// betweenPeriod reads the span that "between" at token i opens,
// as sincePeriod does.
func betweenPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	// "between 11 and 13 April": the first day takes the
	// month of the second; "between the afternoons of 5 and 7
	// March" too.
	b := skipTimeOfDay(toks, i+1)
	if d1, ok := dayNumber(toks, b); ok && word(toks, b+1) == "and" {
		if d2, ok := parseDate(toks, b+2, pub); ok && d2.start == d2.end && d1 <= d2.start.Day() {
			st := attrition.NewDate(d2.start.Year(), d2.start.Month(), d1)
			out = append(out, periodHit{kind: pSpan, start: st, end: d2.end, s: i, e: d2.e})
			return out, d2.e - 1
		}
	}
	// "between the escalation of 23 September and …": an event
	// dated by "of".
	k1 := b
	if eventOf(toks, k1) {
		k1 += 3
	}
	d1, ok := parseDate(toks, k1, pub)
	// "between 19 January, when the ceasefire took effect, and
	// 12 March": over a clause that names the first day.
	and := d1.e
	// "between October 7, 2023, and June 30, 2024": the comma
	// that closes a year written after its day.
	if ok && word(toks, and) == "," && word(toks, and+1) == "and" && and > 0 && yearAt(toks, and-1) {
		and++
	}
	if ok && word(toks, and) == "," && word(toks, and+1) == "when" {
		for k := and + 2; k < len(toks) && k < and+12; k++ {
			if toks[k].w == "," && word(toks, k+1) == "and" {
				and = k + 1
				break
			}
		}
	}
	// "between January 26 and 30": the second day of the first's
	// month.
	if ok && word(toks, and) == "and" && d1.start == d1.end && skipTimeOfDay(toks, and+1) == and+1 {
		if d2, ok2 := dayNumber(toks, and+1); ok2 && d2 > d1.start.Day() && d2 <= 31 && !(and+2 < len(toks) && (monthAt(toks, and+2) != 0 || toks[and+2].cls&(clsPerson|clsCat|clsLoss) != 0)) {
			if en := attrition.NewDate(d1.start.Year(), d1.start.Month(), d2); en.Month() == d1.start.Month() {
				out = append(out, periodHit{kind: pSpan, start: d1.start, end: en, s: i, e: and + 2})
				return out, and + 1
			}
		}
	}
	if ok && word(toks, and) == "and" {
		// "and the end of September 2024": the month's end; "and
		// the ceasefire of 27 November 2024": the event's day.
		// "and 12:00 on 7 March 2024": the hour is no day.
		k2, atStart := skipTimeOfDay(toks, and+1), false
		if word(toks, k2) == "the" && (word(toks, k2+1) == "end" || word(toks, k2+1) == "start" || word(toks, k2+1) == "beginning") && word(toks, k2+2) == "of" {
			atStart = word(toks, k2+1) != "end"
			k2 += 3
		} else if eventOf(toks, k2) {
			k2 += 3
		}
		if d2, ok := parseDate(toks, k2, pub); ok {
			st := d1.start
			if st > d2.end {
				st = startBefore(st, d2.end)
			}
			en := d2.end
			if atStart {
				en = d2.start
			}
			if d2.start <= pub && en > pub {
				en = pub
			}
			out = append(out, periodHit{kind: pSpan, start: st, end: en, s: i, e: d2.e})
			i = d2.e - 1
		}
	}
	return out, i
}

// lastPeriod reads the period phrase that "last", "this", "past" or
// "previous" at token i opens, as sincePeriod does.
func lastPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	w := toks[i].w
	if w == "this" && (word(toks, i-1) == "earlier" || word(toks, i-1) == "later") {
		// "Earlier this month, 30 soldiers were killed": the
		// month so far. ("said earlier this month that …" dates
		// a statement; "later this year" is to come.)
		if word(toks, i-1) == "earlier" && !afterSpeech(toks, i-1) {
			if h, ok := parseSpanAfter(toks, i, pub, spanMayStart(toks, i)); ok && h.kind == pSpan && h.e-h.s == 2 && !h.start.IsZero() {
				h.s = i - 1
				out = append(out, h)
				i = h.e - 1
			}
		}
		return out, i
	}
	if w == "last" && word(toks, i+1) == "year" && word(toks, i-1) == "time" && (word(toks, i-2) == "this" || word(toks, i-2) == "same") {
		// "600,000 at this time last year": the day a year back, not
		// the year.
		st := i - 2
		if word(toks, st-1) == "the" {
			st--
		}
		if word(toks, st-1) == "at" || word(toks, st-1) == "by" {
			st--
		}
		out = append(out, periodHit{kind: pAsOf, end: pub.AddMonths(-12), s: st, e: i + 2})
		return out, i + 1
	}
	if nx := word(toks, i+1); w == "this" && (nx == "morning" || nx == "afternoon" || nx == "evening") {
		// "killed when a strike hit a school this morning".
		out = append(out, periodHit{kind: pSpan, start: pub, end: pub, s: i, e: i + 2})
		return out, i + 1
	} else if w == "this" && (nx == "morning's" || nx == "afternoon's" || nx == "evening's") && eventNounAfter(toks, i+2) {
		// "the toll from this morning's strike": the strike's day.
		// ("this morning's update" dates no loss.)
		out = append(out, periodHit{kind: pSpan, start: pub, end: pub, s: i, e: i + 2, event: true})
		return out, i + 1
	}
	if nx := word(toks, i+1); (w == "last" || w == "past") && (nx == "night" || nx == "night's" && eventNounAfter(toks, i+2)) {
		// A night's figures run from the evening before; "last night's
		// attack" dates the attack.
		out = append(out, periodHit{kind: pSpan, start: pub.AddDays(-1), end: pub, s: i, e: i + 2, window: true, event: nx == "night's"})
		return out, i + 1
	}
	// "last September": the latest September before this month.
	// ("since the exchanges of fire began last October" is read
	// by the since phrase.)
	if m := monthAt(toks, i+1); w == "last" && m != 0 && !(i+2 < len(toks) && toks[i+2].k == tNum) && !sinceBefore(toks, i) {
		st := lastMonthStart(m, pub)
		h := periodHit{kind: pSpan, start: st, end: monthEnd(st.Year(), m), s: i, e: i + 2, ofStatement: true}
		if i > 0 && toks[i-1].cls&clsSpeechVerbs != 0 || word(toks, i+2) == "that" && afterSpeech(toks, i) {
			h.speech = true
		}
		out = append(out, h)
		return out, i + 1
	}
	// "Last week's strikes", "last year's fighting", "this
	// month's offensive": the span dates the event named.
	// (Not "last week's offensive in Karabakh": a war or an
	// operation the registry may date to its days.)
	if nx := word(toks, i+1); strings.HasSuffix(nx, "'s") && unitWordsPeriod[nx[:len(nx)-2]] != "" && !campaignAfter(toks, i+2) {
		two := [2]token{toks[i], toks[i+1]}
		two[1].w = nx[:len(nx)-2]
		two[1].cls, two[1].id = lexFast.lookup(two[1].w)
		if h, ok := parseSpanAfter(two[:], 0, pub, spanMayStart(two[:], 0)); ok && h.e == 2 {
			h.s, h.e, h.event = i, i+2, true
			out = append(out, h)
			i++
		}
		return out, i
	}
	if h, ok := parseSpanAfter(toks, i, pub, spanMayStart(toks, i)); ok {
		if w == "last" && (h.e-h.s) == 2 {
			h.ofStatement = true
			// "the ministry said last week that strikes had
			// killed 68": when it was said.
			if i > 0 && toks[i-1].cls&clsSpeechVerbs != 0 && toks[i-1].w != "reported" {
				h.speech = true
			}
		}
		// "told reporters this week that Russia had suffered
		// about 350,000 killed and wounded": when it was said.
		if w == "this" && (h.e-h.s) == 2 && word(toks, h.e) == "that" && afterSpeech(toks, i) {
			h.ofStatement, h.speech = true, true
		}
		out = append(out, h)
		i = h.e - 1
	}
	return out, i
}

// overnightPeriod reads the night that "overnight" at token i names,
// as sincePeriod does.
func overnightPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	// A night's figures run from the evening before.
	// ("overnight on Friday", "overnight into Saturday": that
	// day's night.)
	if nx := word(toks, i+1); (nx == "on" || nx == "into") && weekdays[word(toks, i+2)] != 0 {
		d := pub.AddDays(-daysSince(pub, weekdays[word(toks, i+2)]))
		out = append(out, periodHit{kind: pSpan, start: d.AddDays(-1), end: d, s: i, e: i + 3})
		return out, i + 2
	}
	// "overnight Friday into Saturday", "overnight Friday": the
	// night after the day named.
	if wd := weekdays[word(toks, i+1)]; wd != 0 {
		d := pub.AddDays(-daysSince(pub, wd))
		e := i + 2
		if word(toks, e) == "into" || word(toks, e) == "to" {
			if weekdays[word(toks, e+1)] != 0 {
				e += 2
			}
		}
		// (Written that very day: the night that ended it.)
		if d == pub {
			d = pub.AddDays(-1)
		}
		out = append(out, periodHit{kind: pSpan, start: d, end: min(d.AddDays(1), pub), s: i, e: e})
		return out, e - 1
	}
	out = append(out, periodHit{kind: pSpan, start: pub.AddDays(-1), end: pub, s: i, e: i + 1, window: true})
	return out, i
}

// weekdayPeriod reads the day that a weekday's name at token i names,
// as sincePeriod does.
func weekdayPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	w := toks[i].w
	// The latest such day, the publication day included;
	// "Saturday's strike" dates the strike.
	// "13 April, Palm Sunday", "13 April (Sunday)": the date
	// before has dated it.
	if dateBefore(toks, i, pub) {
		return out, i
	}
	// (Whether the day's name is a possessive, asked once.)
	poss := strings.HasSuffix(w, "'s")
	wd := weekdayWords.at(strings.TrimSuffix(w, "'s"))
	// "on Palm Sunday", "Good Friday": the days before Easter.
	if b := tokAt(toks, i-1); b != nil && b.upper && (b.w == "palm" && wd == time.Sunday || b.w == "good" && wd == time.Friday) {
		return holidayPeriod(toks, i-1, pub, out)
	}
	d := pub.AddDays(-daysSince(pub, wd))
	if d == pub && word(toks, i-1) == "last" {
		// "last Thursday", written on a Thursday: a week before.
		d = pub.AddDays(-7)
	}
	st := i
	if word(toks, i-1) == "on" || word(toks, i-1) == "last" {
		st = i - 1
	}
	h := periodHit{kind: pSpan, start: d, end: d, s: st, e: i + 1}
	// "on Friday 4 April", "on Sunday, April 13": the date given.
	if k := i + 1; !poss {
		if word(toks, k) == "," {
			k++
		}
		if dt, ok := parseDate(toks, k, pub); ok && dt.start == dt.end && (tokAt(toks, k).k == tNum || monthAt(toks, k) != 0) {
			h.start, h.end, h.e = dt.start, dt.end, dt.e
		}
	}
	// "on Saturday and Sunday": both days, and every day
	// between when they are further apart.
	// ("on Tuesday night and Wednesday morning": a part of each day.)
	and := i + 1
	if dayPartWord(word(toks, and)) {
		and++
	}
	// "Friday to Sunday", "Friday through Sunday": the days between too.
	if h.e == i+1 && !poss {
		if st, en, e, ok := weekdayRange(toks, and, wd, pub); ok {
			h.start, h.end, h.e = st, en, e
		}
	}
	if word(toks, h.e) == "night" || word(toks, h.e) == "nights" || h.e > i+1 && dayPartWord(word(toks, h.e)) {
		h.e++
	}
	// "Tuesday's wave of exploding pagers", "Saturday's strike":
	// the day names an event.
	if poss {
		for k := i + 1; k < min(i+4, len(toks)); k++ {
			if datedEventNoun(word(toks, k)) {
				h.event = true
				break
			}
		}
	}
	h.speech = afterSpeech(toks, st)
	// "as of Friday morning": the day a total stood.
	if byTheTime(toks, st) || word(toks, i-1) == "of" && word(toks, i-2) == "as" {
		h = periodHit{kind: pAsOf, end: d, s: st, e: h.e}
	}
	out = append(out, h)
	return out, h.e - 1
}

// weekendPeriod reads the weekend that "weekend" at token i names,
// as sincePeriod does.
func weekendPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	// "over the weekend": the last Saturday and Sunday up to
	// the publication day.
	end := pub
	for end.Weekday() != time.Sunday && end.Weekday() != time.Saturday {
		end = end.AddDays(-1)
	}
	st := end
	if end.Weekday() == time.Sunday {
		st = end.AddDays(-1)
	}
	s0 := i
	if b := word(toks, i-1); b == "the" || b == "last" || b == "this" {
		s0 = i - 1
		if b2 := word(toks, i-2); b2 == "over" || b2 == "at" || b2 == "during" {
			s0 = i - 2
		}
	}
	out = append(out, periodHit{kind: pSpan, start: st, end: end, s: s0, e: i + 1})
	return out, i
}

// warWordRules are findPeriods' rules of the word "war" or
// "anniversary" at k, which come after its walk.
func warWordRules(toks []token, k int, pub attrition.Date, out []periodHit) []periodHit {
	if toks[k].w == "anniversary" {
		if months, end, ok := anniversaryAt(toks, k-1); ok {
			out = append(out, periodHit{kind: pAsOf, end: pub, anniv: months, s: k - 1, e: end})
		}
		return out
	}
	// "A year into the war", "a month into the invasion": "a" is no
	// count the walk starts at, so the phrase is read back from its war.
	if months, s, ok := aUnitIntoAt(toks, k); ok {
		return append(out, periodHit{kind: pAsOf, end: pub, anniv: months, s: s, e: k + 1})
	}
	// "The first Chechen war killed about 5,500 Russian soldiers",
	// "The 2014 Gaza war killed 2,251": an earlier war's own span,
	// not the running total of the war the text is about.
	if h, ok := pastWarAt(toks, k, pub); ok && !superlativeSince(toks, h.s) {
		// "the First Chechen War of 1994-96", "(1950-53)": the years
		// written are the span, whole, as they read.
		if b := word(toks, k+1); (b == "of" || b == "(") && k+2 < len(toks) {
			if y, ok := yearRangeAt(toks, k+2, pub); ok {
				h.start, h.end = y.start, y.end
			}
		}
		// ("in the Korean War": a past war named by a people's word
		// is that war, not the war of a side of that name, which the
		// walk may have read there already.)
		if !inPeriod(out, k) {
			out = append(out, h)
		} else {
			for i := range out {
				if p := &out[i]; p.s <= k && k < p.e && p.kind == pSpan && p.start.IsZero() || p.s <= k && k < p.e && p.kind == pSince && p.inWar {
					*p = h
				}
			}
		}
	}
	return out
}

// superlativeSince reports "since" right before token s after a
// superlative a few words before: "the largest war in Europe since World
// War Two" measures the war, it dates no losses.
func superlativeSince(toks []token, s int) bool {
	if word(toks, s-1) == "the" {
		s-- // "since the Second World War"
	}
	if word(toks, s-1) != "since" {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-8; k-- {
		w := toks[k].w
		if len(w) > 4 && strings.HasSuffix(w, "est") || w == "worst" || w == "first" || w == "most" {
			return true
		}
	}
	return false
}

// headingYear reads the year a heading of losses ends with: "Russian
// losses, 2024", "Casualties 2023:". Only a short line with a loss word
// and no verb, whose last word (before a colon) is a year.
func headingYear(toks []token, pub attrition.Date) (periodHit, bool) {
	n := len(toks)
	if n >= 2 && toks[n-1].w == ":" {
		n--
	}
	if n < 2 || n > 8 {
		return periodHit{}, false
	}
	y, ok := yearOf(&toks[n-1])
	if !ok || y > pub.Year() {
		return periodHit{}, false
	}
	loss := false
	for k := 0; k < n-1; k++ {
		t := &toks[k]
		if t.k == tNum {
			return periodHit{}, false
		}
		if t.cls&(clsLoss|clsCat) != 0 {
			loss = true
		}
	}
	if !loss {
		return periodHit{}, false
	}
	d := dateExpr{attrition.NewDate(y, 1, 1), attrition.NewDate(y, 12, 31), n}
	return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: n - 1, e: n}, pub), true
}

// dayNumber reads a day of the month, 1 to 31, at token i.
func dayNumber(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].k != tNum || len(toks[i].w) > 2 {
		return 0, false
	}
	// One or two digits, read here: strconv.Atoi's generality costs
	// more than the rest of the test, which runs for many numbers.
	d := 0
	for _, c := range []byte(toks[i].w) {
		if !isDigit(c) {
			return 0, false
		}
		d = d*10 + int(c-'0')
	}
	if d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// dashDay reads the day before a dash at token i, "19–20 September":
// the dash first, as most numbers have none after them.
func dashDay(toks []token, i int) (int, bool) {
	if i+2 >= len(toks) || !isDash(toks[i+1].w) {
		return 0, false
	}
	return dayNumber(toks, i)
}

// startBefore moves the first day of a range that names no year of its
// own into the year that puts it before the end: "from December to
// February" (the year before), "from 27 September to 10 November 2020"
// (the end's year, not the publication's).
func startBefore(st, end attrition.Date) attrition.Date {
	for y := end.Year(); y >= end.Year()-1; y-- {
		if c := attrition.NewDate(y, st.Month(), st.Day()); c <= end {
			return c
		}
	}
	return st.AddMonths(-12)
}

// skipTimeOfDay steps over a time of day before a date at k: "12:00
// on", "the afternoons of". It returns k when there is none.
func skipTimeOfDay(toks []token, k int) int {
	if word(toks, k) == "the" && word(toks, k+2) == "of" {
		switch word(toks, k+1) {
		case "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights":
			return k + 3
		}
	}
	if k+2 < len(toks) && toks[k].k == tNum && toks[k+1].w == ":" && toks[k+2].k == tNum && len(toks[k+2].w) == 2 {
		e := k + 3
		if w := word(toks, e); w == "gmt" || w == "utc" {
			e++
		}
		if word(toks, e) == "on" {
			return e + 1
		}
	}
	return k
}

// warOfDays turns the length h reads into the dates of the war the
// registry names by it when "war" follows ("the 44-day war"), up to pub.
func warOfDays(toks []token, h *periodHit, pub attrition.Date) {
	if h.days == 0 || h.months != 0 || word(toks, h.e) != "war" {
		return
	}
	for i := range attrition.Conflicts {
		c := &attrition.Conflicts[i]
		for _, n := range c.Names {
			if p, ok := strings.CutSuffix(n, "-day war"); ok {
				if v, ok := smallCount(p); ok && v == h.days {
					*h = periodHit{kind: pSpan, start: c.Start, end: opEnd(attrition.Operation{End: c.End}, pub), s: h.s, e: h.e + 1}
					// "the 44-day war, which ended on 10 November 2020":
					// the clause dates the war, no figure of its own.
					k := h.e
					if word(toks, k) == "," {
						k++
					}
					if w := word(toks, k); (w == "which" || w == "that") && (word(toks, k+1) == "ended" || word(toks, k+1) == "began") {
						if d, ok := parseDate(toks, k+3, pub); ok {
							h.e = d.e
						}
					}
					return
				}
			}
		}
	}
}

// hyphenDuration reads the length of a fight written as one word before
// it, "a two-day assault", "the eleven-day offensive", at token i.
func hyphenDuration(toks []token, i int) (periodHit, bool) {
	switch word(toks, i+1) {
	case "assault", "offensive", "battle", "attack", "siege", "operation", "campaign", "war", "raid", "bombardment", "fighting", "clashes", "onslaught", "incursion":
	default:
		return periodHit{}, false
	}
	t := &toks[i]
	k := strings.IndexByte(t.w, '-')
	if k <= 0 {
		return periodHit{}, false
	}
	n, ok := smallCount(t.w[:k])
	unit := unitWordsPeriod[t.w[k+1:]]
	if !ok || n <= 0 {
		return periodHit{}, false
	}
	h := periodHit{kind: pDuration, s: i, e: i + 1, fight: true}
	if !h.addUnit(n, unit) {
		return periodHit{}, false
	}
	return h, true
}

// addUnit adds n units of time to a duration's days or months; it
// reports false for a unit it does not count in.
func (h *periodHit) addUnit(n int, unit string) bool {
	switch unit {
	case "day":
		h.days += n
	case "week":
		h.days += 7 * n
	case "fortnight":
		h.days += 14 * n
	case "month":
		h.months += n
	case "year":
		h.months += 12 * n
	default:
		return false
	}
	return true
}

// unitFollows reports a unit of time after the count at token i, "three
// days", "224-day", which parseDuration requires: the test spares most
// numbers its call.
func unitFollows(toks []token, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].w == "-" && toks[k].glued {
		k++
	}
	return k < len(toks) && toks[k].cls&clsUnit != 0
}

// anchorWindows moves a window ("in the past week") to end on the day
// of the statement that gives it ("the ministry said on Friday that
// ... in the past week"): the count was made that day, not on the day
// of publication.
func anchorWindows(out []periodHit, pub attrition.Date) {
	var day attrition.Date
	for i := range out {
		if out[i].speech && out[i].kind == pSpan && out[i].start == out[i].end {
			day = out[i].end
			break
		}
	}
	if day.IsZero() || day >= pub {
		return
	}
	shift := pub.Sub(day)
	for i := range out {
		if h := &out[i]; h.window && h.kind == pSpan && h.end == pub {
			h.start, h.end = h.start.AddDays(-shift), day
		}
	}
}

// statementWhen reads "since December, when the president said 43,000
// had died" and "in March, when the ministry put the toll at": the date
// is the statement's, which bounds the figure (a running total up to
// the end of that month), not the start or span of the losses.
func statementWhen(toks []token, h *periodHit, pub attrition.Date) {
	if h.kind != pSince && h.kind != pSpan || h.conflictStart || h.window {
		return
	}
	k := h.e
	if word(toks, k) == "," {
		k++
	}
	if word(toks, k) != "when" {
		return
	}
	said := false
	for m := k + 1; m < len(toks) && m <= k+10; m++ {
		if toks[m].cls&clsSpeechVerbs != 0 && !toks[m].upper {
			said = true
			break
		}
		if toks[m].k == tNum || toks[m].w == "." || toks[m].w == ";" {
			break
		}
	}
	if !said {
		return
	}
	end := h.end
	if h.kind == pSince {
		// The anchor again, for its last day: "since December" → 31 Dec.
		end = 0
		for j := h.s + 1; j < h.e; j++ {
			if d, ok := parseDate(toks, j, pub); ok && d.e == h.e {
				end = d.end
				break
			}
		}
		if end.IsZero() {
			return
		}
	}
	*h = periodHit{kind: pAsOf, end: end, s: h.s, e: h.e, ofStatement: true}
}

// parseSpanAfter reads what follows "in", "during", "over" and the like:
// a month or year, "the past six months", "the first half of 2024", "the
// last six months of 2025", "last year", "this month".
func parseSpanAfter(toks []token, i int, pub attrition.Date, st spanStart) (periodHit, bool) {
	// "In the war's first year", "in its first two years": the first
	// span of the war, as "the first year of the war".
	if h, ok := st.warFirst(toks, i); ok {
		return h, true
	}
	// "in the summer of 2024", "over the winter", "last spring".
	if st.season {
		if d, ok := parseSeason(toks, i, pub); ok {
			return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub), true
		}
	}
	j, ok := st.head, st.headOK
	if !ok {
		return periodHit{}, false
	}
	w := toks[j].w
	switch w {
	case "month":
		if word(toks, j+1) == "of" {
			if d, ok := parseDate(toks, j+2, pub); ok {
				return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub), true
			}
		}
		// "for the month to date": this month so far.
		if word(toks, j+1) == "to" && word(toks, j+2) == "date" {
			return periodHit{kind: pSpan, start: thisUnitStart(pub, "month"), end: pub, s: i, e: j + 3}, true
		}
		if j > i && word(toks, j-1) == "the" {
			// "during the month": the month named before, if any.
			return periodHit{kind: pSpan, ref: true, start: pub.AddMonths(-1), end: pub, s: i, e: j + 1}, true
		}
	case "day", "week", "year":
		// "the week to 9 March", "the year ending 30 September": the
		// unit counted back from the day given.
		if tw := word(toks, j+1); j > i && word(toks, j-1) == "the" && (tw == "to" || tw == "ending" || tw == "until" || tw == "through") {
			if d, ok := dayEnding(toks, j+2, pub); ok {
				return periodHit{kind: pSpan, start: advance(d.end, -1, unitWordsPeriod[w]), end: d.end, s: i, e: d.e}, true
			}
		}
		// "the week beginning 3 March", "the week starting June 2": the
		// unit counted on from the day given.
		if tw := word(toks, j+1); j > i && word(toks, j-1) == "the" && (tw == "beginning" || tw == "starting" || tw == "commencing" || tw == "from") && w != "year" {
			k := j + 2
			if word(toks, k) == "on" {
				k++
			}
			// ("starting Monday, June 2": the date after the day's name.)
			if _, ok := weekdays[word(toks, k)]; ok && word(toks, k+1) == "," {
				k += 2
			}
			if d, ok := parseDate(toks, k, pub); ok && d.start == d.end {
				return clipSpan(periodHit{kind: pSpan, start: d.start, end: advance(d.start, 1, unitWordsPeriod[w]).AddDays(-1), s: i, e: d.e}, pub), true
			}
		}
		if tw := word(toks, j+1); j > i && word(toks, j-1) == "the" && (tw == "to" || tw == "ending" || tw == "until" || tw == "through") {
			// "the year to May", "the year to March 2025": the twelve
			// months that end with the month named.
			if d, ok := parseDate(toks, j+2, pub); ok && w == "year" && d.end.Sub(d.start) >= 27 && d.end.Sub(d.start) <= 31 {
				// "over the year to June" told in June: the month has not
				// ended, so the year runs up to its first day, the latest
				// twelve months that end before the text does.
				if !pub.IsZero() && d.end > pub && d.start <= pub {
					return periodHit{kind: pSpan, start: advance(d.start, -1, "year"), end: d.start.AddDays(-1), s: i, e: d.e}, true
				}
				return periodHit{kind: pSpan, start: advance(d.end.AddDays(1), -1, "year"), end: d.end, s: i, e: d.e}, true
			}
		}
		if j > i && word(toks, j-1) == "the" && word(toks, j+1) != "of" && word(toks, j+1) != "before" {
			// "by the end of the year": a day to come, no span of the
			// figure; "for the year to date": this year so far.
			if w == "year" {
				if b := word(toks, i-2); word(toks, i-1) == "of" && (b == "end" || b == "start" || b == "beginning" || b == "middle" || b == "rest") {
					return periodHit{}, false
				}
				if word(toks, j+1) == "to" && word(toks, j+2) == "date" {
					return periodHit{kind: pSpan, start: attrition.NewDate(pub.Year(), time.January, 1), end: pub, s: i, e: j + 3}, true
				}
			}
			// A report's "during the day" and "over the week" run up to it.
			switch w {
			case "day":
				return periodHit{kind: pSpan, ref: true, start: pub.AddDays(-1), end: pub, s: i, e: j + 1, window: true}, true
			case "week":
				return periodHit{kind: pSpan, ref: true, start: pub.AddDays(-7), end: pub, s: i, e: j + 1, window: true}, true
			case "year":
				st, en := reviewYear(pub)
				return periodHit{kind: pSpan, ref: true, start: st, end: en, s: i, e: j + 1}, true
			}
		}
	case "same":
		if w := word(toks, j+1); w == "period" || w == "time" || w == "month" || w == "week" || w == "day" || w == "year" ||
			// "in the same battle", "in the same attack": the event the
			// figures before were dated by.
			w == "battle" || w == "battles" || w == "attack" || w == "attacks" || w == "strike" || w == "strikes" || w == "raid" || w == "clashes" || w == "fighting" || w == "offensive" {
			// "over the same period": the period named before. "In the
			// same week" carries its length, for the last span of a
			// week the text gave.
			h := periodHit{kind: pSpan, ref: true, same: true, s: i, e: j + 2}
			if u := unitWordsPeriod[w]; u != "" {
				h.end, h.start = pub, advance(pub, -1, u)
			}
			return h, true
		}
	case "second", "third", "fourth", "latter":
		// "the third quarter", "the second half of 2024", "the latter
		// half of May".
		if p := word(toks, j+1); p == "half" || p == "quarter" {
			return halfOrQuarter(toks, j, pub)
		}
		// "in the second week of May": the month's seven days from its
		// 8th. ("the first week", "the final week" are read below.)
		if word(toks, j+1) == "week" && word(toks, j+2) == "of" && monthAt(toks, j+3) != 0 {
			if d, ok := parseDate(toks, j+3, pub); ok && d.end.Sub(d.start) >= 27 {
				st := d.start.AddDays(7 * (ordinalCount(w) - 1))
				return clipSpan(periodHit{kind: pSpan, start: st, end: st.AddDays(6), s: i, e: d.e}, pub), true
			}
		}
	case "past", "last", "previous", "preceding", "latest", "first", "final", "this", "recent", "closing", "dying", "opening":
		// "the closing months of 2024", "the opening weeks of the war":
		// the last or first of them, and only so with "of" (below).
		switch w {
		case "closing", "dying":
			w = "final"
		case "opening":
			w = "first"
		}
		n := 1
		k := j + 1
		counted := false
		if c, ok := smallCountAt(toks, k); ok && word(toks, k) != "a" {
			n, counted = c, true
			k++
		} else if word(toks, k) == "few" || word(toks, k) == "several" {
			return periodHit{}, false
		}
		unit, ok := unitAt(toks, k)
		if !ok {
			if (w == "first" || w == "second" || w == "last") && word(toks, k) == "half" || word(toks, k) == "quarter" {
				return halfOrQuarter(toks, j, pub)
			}
			if (w == "last" || w == "past") && word(toks, k) == "24" && (word(toks, k+1) == "hours" || word(toks, k+1) == "hrs") {
				return periodHit{kind: pSpan, start: pub.AddDays(-1), end: pub, s: i, e: k + 2, window: true}, true
			}
			return periodHit{}, false
		}
		if unit == "hour" && n == 24 {
			unit, n = "day", 1
		}
		if unit == "hour" && w != toks[j].w {
			// ("most of them in the opening hours of the war": the
			// figure's share, not its span.)
			return periodHit{}, false
		}
		k++
		// "... of 2025": counted within that year.
		if word(toks, k) == "of" {
			// "the final months of 2024", "the first weeks of the war":
			// units with no count are a few, about a quarter's months, a
			// month's weeks, a week's days.
			if !counted && unit != "year" && toks[k-1].w != unit {
				unit, n = fewUnits(unit)
			}
			d, ok := parseDate(toks, k+1, pub)
			// "the first three months of this year", "of the year".
			if !ok && (word(toks, k+1) == "this" || word(toks, k+1) == "the") && word(toks, k+2) == "year" {
				y := pub.Year()
				// "casualties in 2024 occurred in the final four months
				// of the year": the year the sentence named before.
				if word(toks, k+1) == "the" {
					for b := i - 1; b >= 1; b-- {
						if yy, ok := yearOf(&toks[b]); ok && toks[b-1].w == "in" && yy <= pub.Year() {
							y = yy
							break
						}
					}
				}
				d, ok = dateExpr{attrition.NewDate(y, 1, 1), attrition.NewDate(y, 12, 31), k + 3}, true
			}
			if ok && (w == "last" || w == "first" || w == "final") {
				var st, en attrition.Date
				if w == "first" {
					st = d.start
					en = advance(st, n, unit).AddDays(-1)
				} else {
					en = d.end
					st = advance(en.AddDays(1), -n, unit)
				}
				return clipSpan(periodHit{kind: pSpan, start: st, end: en, s: i, e: d.e}, pub), true
			}
			// ("the first 100 days of Sudan's war": a war by its place.)
			// ("the first 14 months of the Sudanese civil war", "of
			// fighting": the war named in other words.)
			if w == "first" {
				end, ok := matchConflictPhrase(toks, k+1)
				if !ok {
					end, ok = warPhraseAt(toks, k+1)
				}
				if !ok {
					if nx := word(toks, k+1); nx == "fighting" || nx == "war" {
						end, ok = k+2, true
					}
				}
				if ok {
					days, months := unitLength(unit, n)
					return periodHit{kind: pSpan, conflictStart: true, days: days, months: months, s: i, e: end}, true
				}
				// "the first two weeks of the ground operation", "the
				// first three days of the offensive, which began on 1
				// June": the phase's first days, not all of it.
				if h, ok := phaseFirstSpan(toks, k+1, n, unit, pub); ok {
					h.s = i
					return h, true
				}
			}
		}
		switch w {
		case "first":
			return periodHit{}, false
		case "final":
			if toks[j].w != "final" {
				// ("the closing stages": no span of the text's last days.)
				return periodHit{}, false
			}
		case "this":
			switch unit {
			case "year":
				return periodHit{kind: pSpan, start: attrition.NewDate(pub.Year(), 1, 1), end: pub, s: i, e: k}, true
			case "month":
				return periodHit{kind: pSpan, start: attrition.NewDate(pub.Year(), pub.Month(), 1), end: pub, s: i, e: k}, true
			case "week":
				wd := int(pub.Weekday()+6) % 7
				return periodHit{kind: pSpan, start: pub.AddDays(-wd), end: pub, s: i, e: k}, true
			}
			return periodHit{}, false
		}
		if j == i && (w == "last" || w == "previous") && n == 1 && k == j+2 {
			// "last year", "last month": the previous calendar unit.
			switch unit {
			case "year":
				y := pub.Year() - 1
				return periodHit{kind: pSpan, start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31), s: i, e: k}, true
			case "month":
				st := attrition.NewDate(pub.Year(), pub.Month()-1, 1)
				return periodHit{kind: pSpan, start: st, end: monthEnd(st.Year(), st.Month()), s: i, e: k}, true
			case "week":
				wd := int(pub.Weekday()+6) % 7
				st := pub.AddDays(-wd - 7)
				return periodHit{kind: pSpan, start: st, end: st.AddDays(6), s: i, e: k}, true
			}
		}
		return periodHit{kind: pSpan, start: relStart(pub, n, unit), end: pub, s: i, e: k, window: w == "past" || w == "last" || w == "previous" || w == "preceding"}, true
	case "early", "late", "mid":
		// "in late 2024", "by early March": the part of the date.
		if d, ok := parseDate(toks, j, pub); ok {
			return clipSpan(periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}, pub), true
		}
		return periodHit{}, false
	}
	// "the three months to the end of June 2025", "the 12 months to March".
	if n, ok := smallCountAt(toks, j); ok && w != "a" && w != "an" {
		// "lost over 1,600 troops in 24 hrs": wire copy's past day.
		if unit, ok := unitAt(toks, j+1); ok && unit == "hour" && n == 24 && j == i {
			return periodHit{kind: pSpan, start: pub.AddDays(-1), end: pub, s: i, e: j + 2, window: true}, true
		}
		// "the 24 hours to 8 a.m. on Monday", "the 48 hours to Sunday
		// morning": the hours before that day's morning. ("the 24-hour
		// period ending at 7 a.m. on Thursday": the same, as an
		// adjective.)
		if k, ok := hoursTo(toks, j+1); ok && n%24 == 0 && n <= 96 {
			if d, ok := dayEnding(toks, k, pub); ok {
				return periodHit{kind: pSpan, start: d.end.AddDays(-n / 24), end: d.end, s: i, e: d.e, window: true}, true
			}
		}
		if unit, ok := unitAt(toks, j+1); ok && unit != "hour" {
			k := j + 2
			if tw := word(toks, k); tw == "to" || tw == "until" || tw == "ending" || tw == "through" {
				k++
				if word(toks, k) == "the" && word(toks, k+1) == "end" && word(toks, k+2) == "of" {
					k += 3
				}
				if d, ok := parseDate(toks, k, pub); ok {
					en := d.end
					return periodHit{kind: pSpan, start: advance(en.AddDays(1), -n, unit), end: en, s: i, e: d.e}, true
				}
			}
		}
	}
	if w == "the" || w == "a" {
		return periodHit{}, false
	}
	if d, ok := parseDate(toks, j, pub); ok {
		h := periodHit{kind: pSpan, start: d.start, end: d.end, s: i, e: d.e}
		// "in September-November", "in March–May 2024": a run of
		// months, the first taking the year of the last.
		if sep := word(toks, d.e); (isDash(sep) || sep == "to" || sep == "through") && d.end > d.start && monthAt(toks, j) != 0 {
			if d2, ok := parseDate(toks, d.e+1, pub); ok && d2.end > d2.start && monthAt(toks, d.e+1) != 0 {
				st := attrition.NewDate(d2.end.Year(), d.start.Month(), 1)
				if st > d2.start {
					st = st.AddMonths(-12)
				}
				h.start, h.end, h.e = st, d2.end, d2.e
			}
		}
		// "in 2023 and 2024 (combined)", "in May and June": two spans
		// of one kind, the second right after the first, as one.
		if sep := word(toks, h.e); (sep == "and" || sep == "&") && d.end > d.start {
			if y, ok := yearOf(tokAt(toks, j)); ok && h.e == j+1 {
				if y2, ok := yearOf(tokAt(toks, h.e+1)); ok && y2 == y+1 {
					h.end, h.e = attrition.NewDate(y2, 12, 31), h.e+2
				}
			} else if m := monthAt(toks, j); m != 0 && h.e == j+1 {
				if d2, ok := parseDate(toks, h.e+1, pub); ok && monthAt(toks, h.e+1) == m%12+1 && d2.end > d2.start {
					h.end, h.e = d2.end, d2.e
				}
			}
			if word(toks, h.e) == "combined" || word(toks, h.e) == "together" {
				h.e++
			}
		} else if sep == "," && d.end > d.start && h.e == j+1 {
			// "in September, October and November": a run of months
			// listed, the first taking the year of the last.
			if en, e, ok := monthListEnd(toks, j, pub); ok {
				st := attrition.NewDate(en.Year(), d.start.Month(), 1)
				if st > en {
					st = st.AddMonths(-12)
				}
				h.start, h.end, h.e = st, en, e
			}
			if word(toks, h.e) == "combined" || word(toks, h.e) == "together" {
				h.e++
			}
		}
		if word(toks, h.e) == "alone" {
			h.e++
		}
		return clipSpan(h, pub), true
	}
	return periodHit{}, false
}

// monthListEnd reads a list of months that follow each other from the
// month's name at token j ("September, October and November [2024]"),
// with "and" before the last, and returns the end of the last month and
// the token after the list.
func monthListEnd(toks []token, j int, pub attrition.Date) (attrition.Date, int, bool) {
	m, k := monthAt(toks, j), j+1
	for n := 0; n < 11; n++ {
		and := false
		if word(toks, k) == "," {
			k++
		}
		if word(toks, k) == "and" {
			k, and = k+1, true
		}
		if k == j+1 || monthAt(toks, k) != m%12+1 {
			return 0, 0, false
		}
		if and {
			d, ok := parseDate(toks, k, pub)
			if !ok || d.end <= d.start {
				return 0, 0, false
			}
			return d.end, d.e, true
		}
		m, k = m%12+1, k+1
	}
	return 0, 0, false
}

// spanHeadAt returns the token that heads the span parseSpanAfter may
// read at token i, after a "the" or "the course of the", and whether
// any can: only a figure, a number word, a month, a unit of time or one
// of the words of parseSpanAfter's switch can head a span. After "in",
// "of" and "on", most words cannot.
func spanHeadAt(toks []token, i int) (int, bool) {
	j := i
	if word(toks, j) == "the" {
		j++
	}
	w := word(toks, j)
	// "over the course of the month", "in the course of the day".
	if w == "course" && word(toks, j+1) == "of" && word(toks, j+2) == "the" {
		j += 3
		w = word(toks, j)
	}
	if j >= len(toks) {
		return j, false
	}
	if t := &toks[j]; t.k == tNum || t.cls&(clsNum|clsMonth|clsUnit) != 0 {
		return j, true
	}
	if len(w) == 1 {
		return j, w == "q" || w == "h" // "Q3", "H1"
	}
	// The span heads and months' names are three bytes long at least.
	if len(w) < 3 || spanHeadPairs[w[0]]>>(w[1]&31)&1 == 0 {
		return j, false
	}
	// ("mid-May": a part of a month as one word.)
	return j, spanHeadWords.at(w) || monthRunHead(w) || partOfMonthWord(w)
}

// spanMayStart looks at token i for what may start a span that
// parseSpanAfter reads: a season's name, a word that can head a span, or
// a war's "first". findPeriods asks first after "in", "of" and "on",
// whose next words mostly fail, for the call returns its periodHit
// through memory; parseSpanAfter takes what was found, not to look again.
func spanMayStart(toks []token, i int) (st spanStart) {
	st.season = maybeSeason(toks, i)
	st.head, st.headOK = spanHeadAt(toks, i)
	// "the war's first year", "its first two years".
	j := i
	if word(toks, j) == "the" {
		j++
	}
	st.first = word(toks, j+1) == "first" && j < len(toks) && (toks[j].w == "its" || possessiveWord(toks[j].w))
	return st
}

// spanStart is what spanMayStart found at a token.
type spanStart struct {
	head   int  // the token that heads a span (spanHeadAt)
	headOK bool // whether it can
	season bool // a season's name may be there (maybeSeason)
	first  bool // "the war's first", "its first"
}

// may reports whether parseSpanAfter may read a span there.
func (st spanStart) may() bool { return st.season || st.headOK || st.first }

// warFirst is warFirstSpan, which reads none where spanMayStart saw no
// war's "first".
func (st spanStart) warFirst(toks []token, i int) (periodHit, bool) {
	if !st.first {
		return periodHit{}, false
	}
	return warFirstSpan(toks, i)
}

// spanHeads are the words parseSpanAfter's switch reads that are not
// units of time.
var spanHeads = map[string]bool{
	"same": true, "past": true, "last": true, "previous": true, "preceding": true, "latest": true, "first": true,
	"final": true, "this": true, "recent": true, "second": true, "third": true, "fourth": true,
	"early": true, "late": true, "mid": true, "latter": true, "closing": true, "dying": true, "opening": true,
}

// fewUnits is the span of a plural unit with no count ("the final
// months of 2024", "the first weeks of the war"): a few of them, read
// as the next unit up's share, months a quarter, weeks a month, days a
// week.
func fewUnits(unit string) (string, int) {
	switch unit {
	case "month":
		return "month", 3
	case "week":
		return "month", 1
	case "day":
		return "day", 7
	}
	return unit, 1
}

// spanHeadWords is spanHeads for spanHeadAt's look-up.
var spanHeadWords = newWordTable(spanHeads)

// spanHeadPairs holds, by first byte, the bits (c&31) of the second
// bytes of spanHeads and of months' names (monthRunHead): one look-up
// rules out most words before the map and the hyphen search.
var spanHeadPairs = func() (t [256]uint32) {
	t = monthPairs
	for w := range spanHeads {
		t[w[0]] |= 1 << (w[1] & 31)
	}
	return t
}()

// monthPairs holds, by first byte, the bits (c&31) of the second bytes
// of months' names: a word whose first two bytes it lacks starts with no
// month's name (monthRunWord).
var monthPairs = func() (t [256]uint32) {
	for w := range monthNames {
		t[w[0]] |= 1 << (w[1] & 31)
	}
	return t
}()

// unitLength is n units as days or calendar months, whichever the unit
// is counted in.
func unitLength(unit string, n int) (days, months int) {
	switch unit {
	case "day":
		return n, 0
	case "week":
		return 7 * n, 0
	case "fortnight":
		return 14 * n, 0
	case "month":
		return 0, n
	case "year":
		return 0, 12 * n
	}
	return 0, 0
}

func advance(d attrition.Date, n int, unit string) attrition.Date {
	switch unit {
	case "day":
		return d.AddDays(n)
	case "week":
		return d.AddDays(7 * n)
	case "month":
		return d.AddMonths(n)
	case "year":
		return d.AddMonths(12 * n)
	}
	return d
}

// halfOrQuarter reads "the first half of 2024", "the second quarter".
func halfOrQuarter(toks []token, j int, pub attrition.Date) (periodHit, bool) {
	ord := word(toks, j)
	part := word(toks, j+1)
	months := 6
	if part == "quarter" {
		months = 3
	}
	switch ord {
	case "past", "latest", "recent":
		// "over the past quarter": the three months to the day written.
		// ("the previous quarter" is the one before a quarter told.)
		return periodHit{kind: pSpan, start: pub.AddMonths(-months), end: pub, s: j, e: j + 2, window: true}, true
	}
	idx := map[string]int{"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1, "latter": -1}[ord]
	y := pub.Year()
	e := j + 2
	if word(toks, e) == "of" {
		// "the second half of May": the month's halves, the first to
		// its 15th.
		if part == "half" && idx <= 1 && monthAt(toks, e+1) != 0 {
			if d, ok := parseDate(toks, e+1, pub); ok && d.end.Sub(d.start) >= 27 && d.end.Sub(d.start) <= 31 {
				st, en := d.start, d.start.AddDays(14)
				if idx != 0 {
					st, en = en.AddDays(1), d.end
				}
				return clipSpan(periodHit{kind: pSpan, start: st, end: en, s: j, e: d.e}, pub), true
			}
		}
		if yy, ok := yearOf(tokAt(toks, e+1)); ok {
			y = yy
			e += 2
		} else if word(toks, e+1) == "this" && word(toks, e+2) == "year" {
			e += 3
		} else if word(toks, e+1) == "last" && word(toks, e+2) == "year" {
			y--
			e += 3
		}
	}
	if idx < 0 {
		idx = 12/months - 1
	}
	// "over the last quarter of 2024, up from … in the first quarter":
	// a part with no year of its own in a sentence that gave one to a
	// part before is of that year.
	if e == j+2 {
		for k := j - 3; k >= 2; k-- {
			if yy, ok := yearOf(&toks[k]); ok && toks[k-1].w == "of" && (toks[k-2].w == "quarter" || toks[k-2].w == "half") {
				y = yy
				break
			}
		}
	}
	st := attrition.NewDate(y, time.Month(1+idx*months), 1)
	if e == j+2 && st > pub && y == pub.Year() {
		// "the fourth quarter" written in February: last year's.
		st = st.AddMonths(-12)
	}
	// A half or a quarter still running is kept as written, to its
	// last day, as "the three months to the end of June" is: the
	// figure is the writer's for the whole part, flagged after
	// publication, where "in 2025" is the year so far.
	en := st.AddMonths(months).AddDays(-1)
	return periodHit{kind: pSpan, start: st, end: en, s: j, e: e}, true
}

func tokAt(toks []token, i int) *token {
	if i < 0 || i >= len(toks) {
		return &token{}
	}
	return &toks[i]
}

// clipSpan ends a calendar span that holds the publication day on that
// day ("in 2025" written in June 2025 means 2025 so far). Spans wholly
// after publication are kept as written and flagged later.
func clipSpan(h periodHit, pub attrition.Date) periodHit {
	if !pub.IsZero() && h.start <= pub && h.end > pub {
		h.end = pub
	}
	return h
}

// parseDuration reads "224-day", "three years and four months", "18
// months of war".
func parseDuration(toks []token, i int) (periodHit, bool) {
	n, ok := smallCountAt(toks, i)
	// "a" counts one only in "in a week", "within a day".
	if !ok || word(toks, i) == "a" && word(toks, i-1) != "in" && word(toks, i-1) != "within" {
		return periodHit{}, false
	}
	k := i + 1
	if word(toks, k) == "-" && toks[k].glued {
		k++
	}
	unit, ok := unitAt(toks, k)
	if !ok || unit == "hour" {
		return periodHit{}, false
	}
	h := periodHit{kind: pDuration, s: i, e: k + 1}
	h.addUnit(n, unit)
	// "three years and four months"
	if word(toks, h.e) == "and" || word(toks, h.e) == "," {
		if n2, ok := smallCountAt(toks, h.e+1); ok {
			if u2, ok := unitAt(toks, h.e+2); ok && u2 != unit && u2 != "hour" {
				h.addUnit(n2, u2)
				h.e += 3
			}
		}
	}
	// Only durations that describe the period of the figures count:
	// "the 224-day battle", "N months of war/fighting", "in N days".
	nw := word(toks, h.e)
	pb := i - 1
	for pb > 0 && (word(toks, pb) == "just" || word(toks, pb) == "only" || word(toks, pb) == "barely") {
		pb-- // "in just 11 days"
	}
	pw := word(toks, pb)
	switch {
	case nw == "battle" || nw == "siege" || nw == "war" || nw == "campaign" || nw == "offensive" || nw == "assault" || nw == "fight":
	case nw == "of" && fightAfterDuration(word(toks, h.e+1)):
	case pw == "in" || pw == "over" || pw == "after" || pw == "during" || pw == "within" || pw == "lasted" || pw == "lasting":
	default:
		return periodHit{}, false
	}
	return h, true
}

// fightAfterDuration names what a length is of when it dates the
// figures: "N months of war", "five days of violence", "two weeks of
// strikes".
func fightAfterDuration(w string) bool {
	switch w {
	case "war", "fighting", "the", "full-scale", "combat", "violence", "clashes", "hostilities", "bombardment", "bombing",
		"shelling", "strikes", "airstrikes", "attacks", "unrest":
		return true
	}
	return false
}

// durationMatches checks a duration against a span, allowing rounding:
// "three years and four months" is close enough to 3 years 3½ months.
func durationMatches(h periodHit, start, end attrition.Date) bool {
	if start.IsZero() || end.IsZero() {
		return true
	}
	got := end.Sub(start) + 1
	want := h.days
	if h.months > 0 {
		want += int(float64(h.months) * 30.44)
	}
	if want <= 0 {
		return true
	}
	tol := 1 + want/20
	if h.months > 0 {
		tol = 31
	}
	d := got - want
	if d < 0 {
		d = -d
	}
	return d <= tol
}

// registryStartAt reads a registry war's start phrase of two words or
// more at k, after "the" or not ("the full-scale invasion", "October
// 7"); a bare "the invasion" may be any war's.
func registryStartAt(toks []token, k int) (periodHit, int, bool) {
	if word(toks, k) == "the" {
		k++
	}
	for _, sp := range startsByFirstWords.at(word(toks, k)) {
		if len(sp.words) < 2 || sp.words[0] == "the" {
			continue
		}
		if end, ok := matchAt(toks, k, sp.words); ok && !otherPlaceWar(toks, end) {
			c := &conflictStarts[sp.conflict]
			return periodHit{kind: pSince, start: c.Start, conflictID: c.ID}, end, true
		}
	}
	return periodHit{}, 0, false
}

// launchedEvent reports "launched", "began" or "started" at k after an
// operation's noun: "the offensive launched", "the operation that began".
func launchedEvent(toks []token, k int) bool {
	switch toks[k].w {
	case "launched", "began", "started", "begun", "opened":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if operationNoun(toks[j].w) {
			return true
		}
	}
	return false
}

// durationWithin reports a length of h that fits inside [start, end].
func durationWithin(h periodHit, start, end attrition.Date) bool {
	want := h.days + int(float64(h.months)*30.44)
	return want > 0 && want <= end.Sub(start)+1
}

// conflictStart is a registry conflict with its start words split once.
type conflictStart struct {
	attrition.Conflict
	words [][]string
}

// conflictStarts holds the registry's start words split into words once.
var conflictStarts = func() []conflictStart {
	var out []conflictStart
	for _, c := range attrition.Conflicts {
		e := conflictStart{Conflict: c}
		for _, sw := range c.StartWords {
			e.words = append(e.words, splitWords(strings.ToLower(sw)))
		}
		out = append(out, e)
	}
	return out
}()

// warStartDay is the month and day on which a registry war with start
// words began.
type warStartDay struct {
	m     time.Month
	d     int
	start attrition.Date
}

// warStartDays are worked out once: the date parser asks for every date.
var warStartDays = func() (out []warStartDay) {
	for _, c := range attrition.Conflicts {
		// Only wars known by their day ("October 7", "24 February
		// 2022"): a start phrase with a day of the month in it.
		for _, sw := range c.StartWords {
			if hasDayNumber(sw) {
				out = append(out, warStartDay{c.Start.Month(), c.Start.Day(), c.Start})
				break
			}
		}
	}
	return out
}()

// hasDayNumber reports a word of one or two digits in a phrase.
func hasDayNumber(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		w = strings.TrimSuffix(w, ",")
		if n := len(w); n >= 1 && n <= 2 && w[0] >= '0' && w[0] <= '9' && w[n-1] >= '0' && w[n-1] <= '9' {
			return true
		}
	}
	return false
}

// startPhrase is one start phrase of conflictStarts[conflict].
type startPhrase struct {
	words    []string
	conflict int
}

// startsByFirst indexes the registry's start phrases by first word, in
// registry order.
// startsByFirstWords is startsByFirst for parseAnchor's look-up.
var startsByFirstWords = newWordTable(startsByFirst)

var startsByFirst = func() map[string][]startPhrase {
	m := map[string][]startPhrase{}
	for ci, c := range conflictStarts {
		for _, ws := range c.words {
			if len(ws) > 0 {
				m[ws[0]] = append(m[ws[0]], startPhrase{words: ws, conflict: ci})
			}
		}
	}
	return m
}()

// startPairs holds, by first byte, the bits (c&31) of the second bytes
// of startsByFirst's words.
var startPairs = func() (t [256]uint32) {
	for w := range startsByFirst {
		if len(w) >= 2 {
			t[w[0]] |= 1 << (w[1] & 31)
		} else {
			// A word of one byte: any word starting with it may be one.
			t[w[0]] = ^uint32(0)
		}
	}
	return t
}()

// speechThatAfter reports ", X said that" after token e: a verb of
// saying whose "that" clause holds what was said.
func speechThatAfter(toks []token, e int) bool {
	if word(toks, e) != "," {
		return false
	}
	for k := e + 1; k < len(toks) && k < e+14; k++ {
		if toks[k].cls&clsSpeechVerbs != 0 && !toks[k].upper {
			// "In July 2025, HRMMU verified that 286 civilians were
			// killed": a count of the month's losses, not a statement
			// made in it.
			switch toks[k].w {
			case "verified", "recorded", "documented", "registered", "counted":
				return false
			}
			return word(toks, k+1) == "that"
		}
		if toks[k].w == "," || toks[k].w == ";" || toks[k].k == tNum {
			return false
		}
	}
	return false
}

// dateBefore reports a day of a month right before the weekday at i,
// over a comma, a bracket or one word: "13 April, Palm Sunday", "13
// April (Sunday)".
func dateBefore(toks []token, i int, pub attrition.Date) bool {
	k := i - 1
	if k >= 0 && toks[k].upper && toks[k].k == tWord && toks[k].cls&clsMonth == 0 {
		k-- // "Palm", "Easter"
	}
	if w := word(toks, k); w == "," || w == "(" {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d, ok := parseDate(toks, j, pub); ok && d.e == k+1 && d.start == d.end {
			return true
		}
	}
	return false
}

// afterSpeech reports a speech verb right before token i: "said on
// Tuesday", "told reporters on Monday", "estimated in a briefing to
// reporters in Brussels on Wednesday".
func afterSpeech(toks []token, i int) bool {
	// "said Israeli strikes on Monday killed 8 people": the day of the
	// attack named right before it, not of the statement.
	b := i - 1
	if word(toks, i) == "on" {
		b = i
	}
	if word(toks, b) == "on" && b >= 1 && toks[b-1].cls&clsAgentNoun != 0 && toks[b-1].k == tWord {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		// "1,340 reported fatalities in May", "confirmed deaths": an
		// adjective of the losses, no verb of saying.
		if toks[k].cls&clsSpeechVerbs != 0 && !(k+1 < len(toks) && toks[k+1].cls&(clsLoss|clsCat) != 0 && toks[k+1].k == tWord && k > 0 && toks[k-1].k == tNum) && !(toks[k].w == "states" && placesStates(toks, k)) {
			// "1,800 fatalities were recorded across North Darfur in
			// October": a count of the month's losses, not a statement.
			switch toks[k].w {
			case "recorded", "documented", "verified", "registered", "counted":
				return false
			}
			// "with 105 deaths reported in the past 24 hours": a
			// participle after the losses dates them, not a statement.
			// ("1,018 announced on Sunday" is a statement's day.)
			if k > 0 && strings.HasSuffix(toks[k].w, "ed") && toks[k-1].k == tWord && toks[k-1].cls&(clsLoss|clsCat) != 0 && toks[k-1].cls&clsPerson == 0 {
				return false
			}
			// "said that in December, Russia lost": the time inside
			// what was said.
			for j := k + 1; j < i; j++ {
				if toks[j].w == "that" {
					return false
				}
			}
			// Further back than six words, only across the occasion:
			// "in a briefing", "at a news conference".
			return k >= i-6 || speechOccasion(toks, k+1)
		}
		// A figure between, in digits or words ("said thirty fighters
		// were killed on Monday"), is what the day dates.
		// ("said: \"In May, …\"": a colon opens what was said, as a
		// comma or "that" does.)
		if toks[k].w == "," || toks[k].w == ":" || toks[k].k == tNum || toks[k].cls&clsNum != 0 && toks[k].w != "a" && toks[k].w != "an" && toks[k].w != "one" && !hasCls(toks, k+1, clsUnit) {
			return false
		}
	}
	return false
}

// speechOccasion reports the occasion of a statement at token k: "in a
// briefing", "at a news conference", "in its daily update".
func speechOccasion(toks []token, k int) bool {
	// "told an annual meeting of the defence ministry board": the
	// audience after the verb is the occasion too.
	// "gave a lower figure to lawmakers in Seoul on Monday": the
	// audience it was given to.
	for j := k; j < k+5 && j+1 < len(toks); j++ {
		if toks[j].w == "to" {
			switch word(toks, j+1) {
			case "lawmakers", "reporters", "journalists", "parliament", "mps", "senators", "legislators", "congress", "deputies":
				return true
			}
		}
	}
	n := 3
	switch word(toks, k) {
	case "in", "at", "during":
	case "a", "an", "the":
		n = 2
	default:
		return false
	}
	for j := k + 1; j <= k+n; j++ {
		switch word(toks, j) {
		case "briefing", "statement", "interview", "update", "post", "address", "speech", "conference", "message", "video", "report", "bulletin",
			"meeting", "session", "hearing", "summit", "forum":
			return true
		}
	}
	return false
}

// warStartIn returns the start of a month or year, or the day a war began
// in it: "since 2011", "since November 2020", "in April 2023" when the
// fighting broke out then.
func warStartIn(d dateExpr) attrition.Date {
	if d.end > d.start {
		// By index: a Conflict is 96 bytes to copy at each step.
		for i := range attrition.Conflicts {
			// A clash of days is no war a month names.
			if c := &attrition.Conflicts[i]; c.Start >= d.start && c.Start <= d.end && !shortWar(c) {
				return c.Start
			}
		}
	}
	return d.start
}

// sinceDate is the start a date after "since" or "from" names: a war's
// start within it, the year kept for a figure of another war.
func sinceDate(d dateExpr) periodHit {
	h := periodHit{kind: pSince, start: warStartIn(d)}
	if h.start != d.start && d.end.Sub(d.start) > 31 {
		h.yearStart = d.start
	}
	return h
}

// shortWar reports a conflict that ended within two months: "since
// September 2022" counts from the month, not from a two-day clash in it.
func shortWar(c *attrition.Conflict) bool {
	return !c.End.IsZero() && c.End.Sub(c.Start) < 60
}

// startedBefore reports a verb of beginning right before token i: "which
// began on", "launched in".
func startedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k].w {
		case "began", "begun", "started", "launched", "erupted", "broke":
			return true
		}
	}
	// "Russia began its Kharkiv offensive in May 2024, and it has lost
	// 30,000 troops there": the operation named between the verb and
	// the time, and a running count after it.
	if i >= 3 && (operationNoun(toks[i-1].w) || toks[i-1].w == "invasion") {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if w := toks[k].w; w != "erupted" && startVerb(w) || w == "mounted" {
				return perfectTense(toks[i:])
			}
			if toks[k].k != tWord {
				return false
			}
		}
	}
	return false
}

// operationNoun reports the nouns of a phase of a war that a side
// launches: "offensive", "operation", "incursion".
func operationNoun(w string) bool {
	switch w {
	case "offensive", "operation", "campaign", "assault", "incursion", "counteroffensive", "counter-offensive", "push", "onslaught":
		return true
	}
	return false
}

// warPhraseAt reads a war named as a whole from token j: "the war",
// "Sudan's civil war", "the full-scale invasion", "this conflict". It
// returns the index after it.
func warPhraseAt(toks []token, j int) (int, bool) {
	w := word(toks, j)
	switch {
	case w == "the" || w == "this":
		j++
	case strings.HasSuffix(w, "'s") && toks[j].cls&clsActor != 0:
		j++
	default:
		return 0, false
	}
	for n := 0; n < 2; n++ {
		switch w := word(toks, j); {
		case w == "civil", w == "full-scale", w == "ongoing", w == "current", w == "brutal", w == "bloody", w == "whole", w == "entire",
			strings.HasSuffix(w, "-year") || strings.HasSuffix(w, "-month") || strings.HasSuffix(w, "-day"):
			j++
		case j < len(toks) && toks[j].cls&(clsDemonyms|clsActor) != 0 && n == 0:
			// "the Sudanese civil war".
			j++
		}
	}
	switch word(toks, j) {
	case "war", "conflict", "invasion", "fighting", "hostilities":
	default:
		return 0, false
	}
	// "the war zone", "war crimes": a thing of the war, not the war.
	switch word(toks, j+1) {
	case "zone", "zones", "crimes", "crime", "effort", "economy", "machine", "criminals", "veterans", "memorial", "chest", "games", "correspondent", "reporter":
		return 0, false
	}
	return j + 1, true
}

// superlativeBefore reports "the deadliest day in the war": a
// comparison with the war, not a total over it.
func superlativeBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := toks[k].w; w {
		case "deadliest", "bloodiest", "highest", "largest", "biggest", "worst", "heaviest", "most", "first", "last", "single":
			return true
		}
	}
	return false
}

// season returns the month a season starts in; seasons are
// meteorological.
func season(w string) (time.Month, bool) {
	switch w {
	case "spring":
		return 3, true
	case "summer":
		return 6, true
	case "autumn", "fall":
		return 9, true
	case "winter":
		return 12, true
	}
	return 0, false
}

// partOfDate reads "early 2025", "late 2024", "mid-2023", "late
// March": the first, middle or last third of a year (four months each)
// or of a month (days 1–10, 11–20, 21 to the end).
func partOfDate(toks []token, i int, pub attrition.Date) (dateExpr, bool) {
	part := toks[i].w
	j := i + 1
	if word(toks, j) == "-" {
		j++
	}
	if part == "mid-" {
		part = "mid"
	}
	if w := word(toks, j); w == "early" || w == "late" || w == "mid" {
		return dateExpr{}, false
	}
	d, ok := parseDate(toks, j, pub)
	if !ok || d.start == d.end {
		return dateExpr{}, false
	}
	n := 0
	switch part {
	case "mid":
		n = 1
	case "late":
		n = 2
	}
	if d.start.Month() == 1 && d.end.Month() == 12 && d.start.Year() == d.end.Year() {
		st := d.start.AddMonths(4 * n)
		return dateExpr{st, st.AddMonths(4).AddDays(-1), d.e}, true
	}
	if d.start.Year() == d.end.Year() && d.start.Month() == d.end.Month() {
		st := d.start.AddDays(10 * n)
		en := st.AddDays(9)
		if n == 2 {
			en = d.end
		}
		return dateExpr{st, en, d.e}, true
	}
	return dateExpr{}, false
}

// monthRunHead is a first look for monthRunWord. Every month's name
// starts with its three-letter one, which a switch on the word's first
// three bytes finds before the search for the hyphen and the map.
func monthRunHead(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
	default:
		return false
	}
	k := strings.IndexByte(w, '-')
	return k >= 3 && monthNames[w[:k]] != 0
}

// monthRunWord reads one hyphenated word of two months, "September-
// November" [year]: from the first of the one to the end of the other,
// the latest such run begun by publication when no year is written.
func monthRunWord(toks []token, i int, pub attrition.Date) (dateExpr, bool) {
	w := toks[i].w
	k := strings.IndexByte(w, '-')
	if k <= 0 || toks[i].k != tWord {
		return dateExpr{}, false
	}
	m1, m2 := monthNames[w[:k]], monthNames[w[k+1:]]
	if m1 == 0 || m2 == 0 || len(w[:k]) < 3 || len(w[k+1:]) < 3 {
		return dateExpr{}, false
	}
	e := i + 1
	y := 0
	if yy, ok := yearOf(tokAt(toks, e)); ok {
		y, e = yy, e+1
	} else {
		y = pub.Year()
		if attrition.NewDate(y, m2, 1) > pub {
			y--
		}
	}
	st := attrition.NewDate(y, m1, 1)
	if m1 > m2 {
		st = st.AddMonths(-12)
	}
	return dateExpr{st, monthEnd(y, m2), e}, true
}

// maybeSeason is a cheap first look for a season's name at token i or
// the one after: most period phrases have none.
func maybeSeason(toks []token, i int) bool {
	return i < len(toks) && (seasonHead(toks[i].w) || i+1 < len(toks) && seasonHead(toks[i+1].w))
}

// seasonHead reports a word of four to six bytes that may start as a
// season's name does ("sp", "su", "au", "fa", "wi"): one look-up by the
// first byte and a bit test of the second (by its low five bits, which
// lets a few non-letters through: parseSeason reads the word itself).
func seasonHead(w string) bool {
	return len(w) >= 4 && len(w) <= 6 && seasonSecond[w[0]]>>(w[1]&31)&1 != 0
}

// seasonSecond holds, by the first byte of a season's name, the bits
// (c&31) of the second bytes it may have.
var seasonSecond = [256]uint32{
	's': 1<<('p'&31) | 1<<('u'&31),
	'a': 1 << ('u' & 31),
	'f': 1 << ('a' & 31),
	'w': 1 << ('i' & 31),
}

// parseSeason reads "the spring", "summer 2024", "the autumn of 2023":
// three months from the first of the season's month, the latest begun
// by publication when no year is written. A winter runs into the next
// year, and is named by the year it starts in.
func parseSeason(toks []token, i int, pub attrition.Date) (dateExpr, bool) {
	j := i
	if w := word(toks, j); w == "the" || w == "this" || w == "last" {
		j++
	}
	if j >= len(toks) || toks[j].k != tWord || len(toks[j].w) < 4 || len(toks[j].w) > 6 {
		return dateExpr{}, false
	}
	m, ok := season(toks[j].w)
	if !ok {
		return dateExpr{}, false
	}
	// "the fall of Bukavu", "since the fall of Wad Madani", "in the
	// fall of the base", "the fall of its capital": a place taken, not
	// the autumn (which "the fall of the year" still is).
	if toks[j].w == "fall" && word(toks, j+1) == "of" && j+2 < len(toks) {
		if toks[j+2].upper {
			return dateExpr{}, false
		}
		switch toks[j+2].w {
		case "the", "its", "their":
			if word(toks, j+3) != "year" {
				return dateExpr{}, false
			}
		}
	}
	e := j + 1
	y := 0
	if word(toks, e) == "of" {
		if yy, ok := yearOf(tokAt(toks, e+1)); ok {
			y, e = yy, e+2
		}
	} else if yy, ok := yearOf(tokAt(toks, e)); ok {
		y, e = yy, e+1
	}
	if y == 0 {
		y = pub.Year()
		if attrition.NewDate(y, m, 1) > pub {
			y--
		}
		if word(toks, i) == "last" && attrition.NewDate(y, m, 1).AddMonths(3) > pub {
			y-- // "last summer" in the summer is the one before
		}
	}
	st := attrition.NewDate(y, m, 1)
	return dateExpr{st, st.AddMonths(3).AddDays(-1), e}, true
}

// phaseRefEnd reads "the operation began", "the start of the offensive"
// after "since", and returns the token after it.
func phaseRefEnd(toks []token, j int) (int, bool) {
	if w := word(toks, j); w == "the" || w == "its" || w == "their" {
		j++
	}
	switch word(toks, j) {
	case "start", "launch", "beginning":
		if word(toks, j+1) != "of" {
			return 0, false
		}
		j += 2
		if w := word(toks, j); w == "the" || w == "its" || w == "their" {
			j++
		}
		if !phaseNoun(word(toks, j)) {
			return 0, false
		}
		return j + 1, true
	}
	if !phaseNoun(word(toks, j)) {
		return 0, false
	}
	switch word(toks, j+1) {
	case "began", "started", "begun":
		return j + 2, true
	}
	return 0, false
}

// phaseNoun names a phase of a war in general terms.
func phaseNoun(w string) bool {
	switch w {
	case "operation", "offensive", "campaign", "incursion":
		return true
	}
	return false
}

// periodLabel reports a label whose value is the period a report
// covers: "Month: March 2025", "Period: 1-7 June".
func periodLabel(w string) bool {
	switch w {
	case "month", "period", "covering", "coverage", "week", "year":
		return true
	}
	return false
}

// speechVerbIn reports a verb of saying in toks[a:b] in lower case.
func speechVerbIn(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].cls&clsSpeechVerbs != 0 && !toks[k].upper {
			return true
		}
	}
	return false
}

// sinceBefore reports "since" in the words before token k, in the same
// phrase: "since the start of the operation in Jabalia (three weeks
// ago)".
func sinceBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch toks[j].w {
		case "since":
			return true
		case ",", ";", ".", ":":
			return false
		}
		if toks[j].k == tNum {
			return false
		}
	}
	return false
}

// anniversaryAt reads a day counted from a war's start at token i:
// "three years into the war", "18 months into the invasion", "the third
// anniversary of Russia's invasion". It returns the months and the end.
func anniversaryAt(toks []token, i int) (int, int, bool) {
	w := toks[i].w
	n, ordinal := ordinalCount(w), true
	if n == 0 {
		c, ok := smallCount(w)
		if !ok || c == 0 || w == "a" || w == "an" {
			return 0, 0, false
		}
		n, ordinal = c, false
	}
	k := i + 1
	if !ordinal {
		unit := 0
		switch word(toks, k) {
		case "years", "year":
			unit = 12
		case "months", "month":
			unit = 1
		default:
			return 0, 0, false
		}
		if word(toks, k+1) != "into" {
			return 0, 0, false
		}
		if end, ok := warWordsAt(toks, k+2); ok {
			return n * unit, end, true
		}
		return 0, 0, false
	}
	if word(toks, k) != "anniversary" {
		return 0, 0, false
	}
	// "the war's second anniversary": the war before its ordinal.
	switch word(toks, i-1) {
	case "war's", "invasion's", "conflict's":
		return 12 * n, k + 1, true
	}
	if word(toks, k+1) != "of" {
		return 0, 0, false
	}
	if end, ok := warWordsAt(toks, k+2); ok {
		return 12 * n, end, true
	}
	return 0, 0, false
}

// aUnitIntoAt reads "a year into" or "a month into" before the war word
// at k ("a year into the war", "a month into Russia's war"): the months
// counted and the phrase's first token.
func aUnitIntoAt(toks []token, k int) (int, int, bool) {
	for j := k - 1; j >= 2 && j >= k-5; j-- {
		if toks[j].w != "into" {
			continue
		}
		if a := toks[j-2].w; a != "a" && a != "an" {
			return 0, 0, false
		}
		months := 0
		switch toks[j-1].w {
		case "year":
			months = 12
		case "month":
			months = 1
		default:
			return 0, 0, false
		}
		if end, ok := warWordsAt(toks, j+1); !ok || end != k+1 {
			return 0, 0, false
		}
		return months, j - 2, true
	}
	return 0, 0, false
}

// warWordsAt reads "the war", "Russia's full-scale invasion", "the
// conflict" from token k: a war named as a whole, by a side or not.
func warWordsAt(toks []token, k int) (int, bool) {
	for j := k; j < len(toks) && j < k+5; j++ {
		switch toks[j].w {
		case "war", "invasion", "conflict", "fighting", "offensive":
			if otherPlaceWar(toks, j+1) {
				return 0, false
			}
			return j + 1, true
		case "attack", "attacks":
			// "the first anniversary of the October 7 attack": the day
			// that began the war.
			if j >= k+2 && toks[j-1].k == tNum && toks[j-2].cls&clsMonth != 0 || j >= k+2 && toks[j-2].k == tNum && toks[j-1].cls&clsMonth != 0 {
				return j + 1, true
			}
			return 0, false
		case "the", "its", "russia's", "full-scale", "full", "-", "scale", "civil", "current":
			continue
		}
		if toks[j].cls&clsMonth != 0 || toks[j].k == tNum && len(toks[j].w) <= 2 {
			continue
		}
		if toks[j].cls&clsActor != 0 {
			continue
		}
		return 0, false
	}
	return 0, false
}

// streakWord reports a word that makes units a streak: "three straight
// months", "the fifth consecutive week".
func streakWord(w string) bool {
	return w == "straight" || w == "consecutive" || w == "successive" || w == "continuous"
}

// streakAt reads a streak after "for" at token i that runs to the day
// written: "for three straight months", "for 10 consecutive days", "for
// four months in a row", "for the fifth consecutive month", "for a third
// month running". The count alone ("held it for three months") tells no
// end, and is left to the rules of lengths.
func streakAt(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	j := i + 1
	if w := word(toks, j); w == "the" || w == "a" {
		j++
	}
	n, ok := 0, false
	if j < len(toks) && toks[j].k == tWord && toks[j].cls&clsNum == 0 {
		n = ordinalCount(toks[j].w)
		ok = n > 1
	} else if word(toks, j) != "a" {
		n, ok = smallCountAt(toks, j)
	}
	if !ok {
		return periodHit{}, false
	}
	k := j + 1
	streak := streakWord(word(toks, k))
	if streak {
		k++
	}
	unit, ok := unitAt(toks, k)
	if !ok || unit == "hour" {
		return periodHit{}, false
	}
	e := k + 1
	switch word(toks, e) {
	case "in":
		if word(toks, e+1) == "a" && word(toks, e+2) == "row" {
			streak, e = true, e+3
		}
	case "running", "straight":
		streak, e = true, e+1
	}
	if !streak {
		return periodHit{}, false
	}
	// "for the second month in a row in May", "… last month": the
	// time written ends the streak, and is the figure's.
	switch w := word(toks, e); w {
	case "last", "this", "since", "through", "until":
		return periodHit{}, false
	case "in", "during", "to":
		if _, ok := parseDate(toks, e+1, pub); ok {
			return periodHit{}, false
		}
	}
	return periodHit{kind: pSpan, start: relStart(pub, n, unit), end: pub, s: i, e: e, streak: true}, true
}

// ordinalCount reads an ordinal word: "third" is 3. From "third" on,
// an ordinal is spelt as the fraction it names (fractionWords).
func ordinalCount(w string) int {
	switch w {
	case "first":
		return 1
	case "second":
		return 2
	case "fourth":
		return 4 // the fraction is "quarter"
	case "half", "quarter":
		return 0
	}
	if v, ok := fractionWords[w]; ok && !strings.HasSuffix(w, "s") {
		return int(v)
	}
	return 0
}

// startVerb reports a verb of a war's or an operation's beginning.
func startVerb(w string) bool {
	switch w {
	case "began", "started", "begun", "launched", "opened", "erupted":
		return true
	}
	return false
}

// deedDayAfter reads the day of a deed told after "after" at token i,
// "after it captured El Fasher on 26 October", as a start.
func deedDayAfter(toks []token, i int, pub attrition.Date) (periodHit, bool) {
	for k := i + 1; k < len(toks) && k <= i+9; k++ {
		if w := toks[k].w; w == "," || w == "." || w == ";" {
			break
		}
		if toks[k].w == "on" {
			if d, ok := parseDate(toks, k+1, pub); ok && d.start == d.end {
				return periodHit{kind: pSince, start: d.start, s: i, e: d.e}, true
			}
		}
	}
	return periodHit{}, false
}

// campaignNoun names a war or a military operation, which the registry
// may date to its own days.
func campaignNoun(w string) bool {
	switch w {
	case "offensive", "operation", "campaign", "war", "invasion", "incursion", "counteroffensive", "counter-offensive":
		return true
	}
	return false
}

// campaignAfter reports a campaign noun within the few words of a noun
// phrase at k ("24-hour offensive").
func campaignAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if campaignNoun(toks[j].w) {
			return true
		}
		if toks[j].k == tPunct && !toks[j].glued {
			return false
		}
	}
	return false
}

// pastWar is a war before those of the registry, named as writers name
// it, with its span from the day the fighting began to the day it
// ended, where histories agree on them, and else in whole years, as
// "in the 2014 war" reads.
type pastWar struct {
	words      []string
	start, end attrition.Date
}

// pastWars are the earlier wars that retrospectives compare today's
// tolls with. (An en dash is a token of its own: "iran – iraq war" is
// how "Iran–Iraq War" reads.) A day given as "" is the year's first or
// last.
var pastWars = func() []pastWar {
	raw := []struct {
		p        string
		from, to string
	}{
		{"second world war", "1939-09-01", "1945-09-02"},
		{"first world war", "1914-07-28", "1918-11-11"}, {"korean war", "1950-06-25", "1953-07-27"}, {"vietnam war", "1955-11-01", "1975-04-30"},
		{"six-day war", "1967-06-05", "1967-06-10"}, {"yom kippur war", "1973-10-06", "1973-10-25"},
		{"iran-iraq war", "1980-09-22", "1988-08-20"}, {"iran – iraq war", "1980-09-22", "1988-08-20"},
		{"soviet-afghan war", "1979-12-24", "1989-02-15"}, {"soviet – afghan war", "1979-12-24", "1989-02-15"},
		{"first chechen war", "1994-12-11", "1996-08-31"}, {"second chechen war", "1999-08-26", "2009-04-16"},
		{"bosnian war", "1992-04-06", "1995-12-14"}, {"gulf war", "1990-08-02", "1991-02-28"},
		{"2006 lebanon war", "2006-07-12", "2006-08-14"}, {"2014 gaza war", "2014-07-08", "2014-08-26"},
		{"2008 russo-georgian war", "2008-08-07", "2008-08-16"}, {"russo-georgian war", "2008-08-07", "2008-08-16"},
		{"1982 lebanon war", "1982", "1982"}, {"1948 war", "1947-11-30", "1949-07-20"},
		{"falklands war", "1982-04-02", "1982-06-14"}, {"iraq war", "2003-03-20", "2011-12-18"}, {"kosovo war", "1998-02-28", "1999-06-11"},
		{"first gulf war", "1990-08-02", "1991-02-28"}, {"croatian war", "1991-03-31", "1995-11-12"},
	}
	day := func(s string, last bool) attrition.Date {
		if len(s) == 4 {
			y, _ := yearDigits(s)
			if last {
				return attrition.NewDate(y, 12, 31)
			}
			return attrition.NewDate(y, 1, 1)
		}
		return attrition.MustDate(s)
	}
	out := make([]pastWar, 0, len(raw))
	for _, r := range raw {
		out = append(out, pastWar{words: phraseWords(r.p), start: day(r.from, false), end: day(r.to, true)})
	}
	return out
}()

// pastWarsBefore indexes pastWars by the last word but one of their
// phrases, in order: pastWarAt looks at one or two of them, where it
// matched each phrase at every "war" of a text.
var pastWarsBefore = func() *wordTable[[]int] {
	m := map[string][]int{}
	for i, pw := range pastWars {
		if len(pw.words) < 2 {
			panic("extract: a past war's phrase has two words at least")
		}
		b := pw.words[len(pw.words)-2]
		m[b] = append(m[b], i)
	}
	return newWordTable(m)
}()

// pastWarAt reads an earlier war named by the phrase that ends with
// "war" at token k: one of pastWars, or "the 2014 Gaza war", a year's
// war before the registry's wars of the place and the publication.
func pastWarAt(toks []token, k int, pub attrition.Date) (periodHit, bool) {
	// "World War II", "World War One": the numeral follows "war", so
	// no phrase of the table ends at it.
	if k >= 1 && toks[k-1].w == "world" && k+1 < len(toks) {
		var from, to attrition.Date
		switch toks[k+1].w {
		case "ii", "two", "2":
			from, to = pastWars[0].start, pastWars[0].end // the second
		case "i", "one", "1":
			from, to = pastWars[1].start, pastWars[1].end // the first
		}
		if !from.IsZero() {
			return periodHit{kind: pSpan, start: from, end: to, s: k - 1, e: k + 2}, true
		}
	}
	// Only the phrases whose last word but one is the word before k may
	// end at k, in pastWars' order.
	if k >= 1 {
		ix, _ := pastWarsBefore.get(toks[k-1].w)
		for _, i := range ix {
			pw := &pastWars[i]
			if st := k + 1 - len(pw.words); st >= 0 {
				if _, ok := matchAt(toks, st, pw.words); ok && pw.end < pub {
					return periodHit{kind: pSpan, start: pw.start, end: pw.end, s: st, e: k + 1}, true
				}
			}
		}
	}
	// "the 2014 Gaza war", "the 2006 Lebanon war": the year, a place,
	// then "war", with no registry war that began that year.
	j := k - 1
	if j >= 1 && toks[j].upper && toks[j].k == tWord {
		j--
	}
	if j >= 1 && toks[j-1].w == "the" {
		if y, ok := yearOf(&toks[j]); ok && y < pub.Year() && !registryWarYear(y) {
			return periodHit{kind: pSpan, start: attrition.NewDate(y, 1, 1), end: attrition.NewDate(y, 12, 31), s: j - 1, e: k + 1}, true
		}
	}
	return periodHit{}, false
}

// registryWarYear reports a year in which a war of the registry began:
// "the 2020 war" is the registry's to date.
func registryWarYear(y int) bool {
	for i := range attrition.Conflicts {
		if attrition.Conflicts[i].Start.Year() == y {
			return true
		}
	}
	return false
}

// warFirstSpan reads "the war's first year", "the invasion's first 100
// days", "its first two years" (in a sentence about a war) at token i.
func warFirstSpan(toks []token, i int) (periodHit, bool) {
	j := i
	if word(toks, j) == "the" {
		j++
	}
	switch w := word(toks, j); w {
	case "war's", "war’s", "conflict's", "conflict’s", "invasion's", "invasion’s":
	case "its":
		if !nearWord(toks, 0, len(toks), "war", "conflict", "invasion") {
			return periodHit{}, false
		}
	default:
		return periodHit{}, false
	}
	if word(toks, j+1) != "first" {
		return periodHit{}, false
	}
	k, n := j+2, 1
	if c, ok := smallCountAt(toks, k); ok && word(toks, k) != "a" {
		n = c
		k++
	}
	unit, ok := unitAt(toks, k)
	if !ok {
		return periodHit{}, false
	}
	days, months := unitLength(unit, n)
	return periodHit{kind: pSpan, conflictStart: true, days: days, months: months, s: i, e: k + 1}, true
}

// partOfMonthWord reports "mid-May", "early-June", "late-July" as one
// word.
func partOfMonthWord(w string) bool {
	_, name, ok := cutPartOfMonth(w)
	if !ok {
		return false
	}
	_, ok = monthNames[name]
	return ok
}

// cutPartOfMonth is strings.Cut(w, "-") for a word that opens with
// "mid-", "early-" or "late-", the part of a month it names; it reports
// false for any other word. parseDate asks it of most words it reads:
// the first byte sends most away, with no search for a hyphen.
func cutPartOfMonth(w string) (part, name string, ok bool) {
	switch {
	case len(w) < len("mid-"):
	case w[0] == 'm' && w[:4] == "mid-":
		return "mid", w[4:], true
	case w[0] == 'e' && strings.HasPrefix(w, "early-"):
		return "early", w[6:], true
	case w[0] == 'l' && strings.HasPrefix(w, "late-"):
		return "late", w[5:], true
	}
	return "", "", false
}

// holidayPeriod reads the day or days a named holiday at token i names,
// as sincePeriod does: "on Christmas Day", "over Easter", "Orthodox
// Easter Sunday", "New Year's Eve", "during Ramadan", "Eid al-Fitr
// 2025". The holiday is the latest one on or before publication, or
// that of the year written right after it.
func holidayPeriod(toks []token, i int, pub attrition.Date, out []periodHit) ([]periodHit, int) {
	if pub.IsZero() {
		return out, i
	}
	s, e := i, i+1
	orthodox := word(toks, i-1) == "orthodox"
	if orthodox {
		s--
	}
	var days func(y int) (st, en attrition.Date, ok bool)
	switch toks[i].w {
	case "christmas":
		// Orthodox Christmas is 7 January (25 December, Julian).
		m, d := time.December, 25
		if orthodox {
			m, d = time.January, 7
		}
		switch word(toks, e) {
		case "day":
			e++
		case "eve":
			d--
			e++
		}
		days = func(y int) (attrition.Date, attrition.Date, bool) {
			dt := attrition.NewDate(y, m, 1).AddDays(d - 1)
			return dt, dt, true
		}
	case "easter", "palm", "good":
		off0, off1 := 0, 0
		switch w := word(toks, e); {
		case toks[i].w == "palm" || toks[i].w == "good":
			// "Palm Sunday", "Good Friday" (weekdayPeriod's).
			off0 = -2
			if w == "sunday" {
				off0 = -7
			}
			off1 = off0
			e++
		case w == "sunday" || w == "day":
			e++
		case w == "monday":
			off0, off1 = 1, 1
			e++
		case w == "saturday" || w == "eve":
			off0, off1 = -1, -1
			e++
		case w == "weekend":
			// "over the Easter weekend": Good Friday to Easter Monday.
			off0, off1 = -2, 1
			e++
		}
		days = func(y int) (attrition.Date, attrition.Date, bool) {
			d := easterDate(y, orthodox)
			return d.AddDays(off0), d.AddDays(off1), true
		}
	case "new":
		// "New Year's Eve", "New Year's Day".
		if word(toks, e) != "year's" || !toks[i].upper {
			return out, i
		}
		e++
		m, d := time.January, 1
		switch word(toks, e) {
		case "eve":
			m, d = time.December, 31
		case "day":
		default:
			return out, i
		}
		e++
		days = func(y int) (attrition.Date, attrition.Date, bool) {
			dt := attrition.NewDate(y, m, d)
			return dt, dt, true
		}
	case "ramadan":
		days = func(y int) (attrition.Date, attrition.Date, bool) {
			r, ok := ramadans[y]
			return r.start, r.end, ok
		}
	case "eid":
		// "Eid al-Fitr", "Eid ul-Adha": the feast's first two days.
		var adha bool
		switch word(toks, e) {
		case "al-fitr", "ul-fitr":
		case "al-adha", "ul-adha":
			adha = true
		default:
			return out, i
		}
		e++
		days = func(y int) (attrition.Date, attrition.Date, bool) {
			r, ok := ramadans[y]
			d := r.fitr
			if adha {
				d = r.adha
			}
			return d, d.AddDays(1), ok
		}
	default:
		return out, i
	}
	// "Christmas 2024", "Ramadan 2023": that year's.
	y, year := pub.Year(), false
	// (Easter's computus holds to 2099.)
	if t := tokAt(toks, e); t != nil {
		if n, ok := yearOf(t); ok && n <= 2099 {
			y, year = n, true
			e++
		}
	}
	// A holiday's name alone is a day only after a preposition of time
	// ("on Christmas", "during Ramadan") or with its day or year
	// ("Christmas Day", "Easter 2024"): "the Easter truce", "a
	// Christmas market" are no dates.
	b := word(toks, s-1)
	if e == i+1 && b != "on" && b != "over" && b != "during" && b != "at" && b != "in" && !(b == "of" && word(toks, s-2) == "month") {
		return out, i
	}
	st, en, ok := days(y)
	if ok && !year && st > pub {
		// Not yet this year: the last one.
		st, en, ok = days(y - 1)
	}
	if !ok {
		return out, e - 1
	}
	if b == "on" {
		s--
	}
	h := clipSpan(periodHit{kind: pSpan, start: st, end: en, s: s, e: e}, pub)
	h.speech = afterSpeech(toks, s)
	return append(out, h), e - 1
}

// easterDate is Easter Sunday of year y in the Gregorian calendar: the
// Western one by the Meeus/Jones/Butcher Gregorian computus, the
// Orthodox one by the Julian computus plus the 13 days between the
// calendars (1900–2099).
func easterDate(y int, orthodox bool) attrition.Date {
	if orthodox {
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		m, day := (d+e+114)/31, (d+e+114)%31+1
		return attrition.NewDate(y, time.Month(m), day).AddDays(13)
	}
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return attrition.NewDate(y, time.Month(month), day)
}

// ramadans holds, by Gregorian year, Ramadan's first and last days and
// the first days of Eid al-Fitr and Eid al-Adha, as Saudi Arabia
// announced them (2025's Ramadan takes in the countries that fasted to
// 30 March).
var ramadans = map[int]struct{ start, end, fitr, adha attrition.Date }{
	2014: {attrition.NewDate(2014, 6, 28), attrition.NewDate(2014, 7, 27), attrition.NewDate(2014, 7, 28), attrition.NewDate(2014, 10, 4)},
	2015: {attrition.NewDate(2015, 6, 18), attrition.NewDate(2015, 7, 16), attrition.NewDate(2015, 7, 17), attrition.NewDate(2015, 9, 24)},
	2016: {attrition.NewDate(2016, 6, 6), attrition.NewDate(2016, 7, 5), attrition.NewDate(2016, 7, 6), attrition.NewDate(2016, 9, 12)},
	2017: {attrition.NewDate(2017, 5, 27), attrition.NewDate(2017, 6, 24), attrition.NewDate(2017, 6, 25), attrition.NewDate(2017, 9, 1)},
	2018: {attrition.NewDate(2018, 5, 16), attrition.NewDate(2018, 6, 14), attrition.NewDate(2018, 6, 15), attrition.NewDate(2018, 8, 21)},
	2019: {attrition.NewDate(2019, 5, 6), attrition.NewDate(2019, 6, 3), attrition.NewDate(2019, 6, 4), attrition.NewDate(2019, 8, 11)},
	2020: {attrition.NewDate(2020, 4, 24), attrition.NewDate(2020, 5, 23), attrition.NewDate(2020, 5, 24), attrition.NewDate(2020, 7, 31)},
	2021: {attrition.NewDate(2021, 4, 13), attrition.NewDate(2021, 5, 12), attrition.NewDate(2021, 5, 13), attrition.NewDate(2021, 7, 20)},
	2022: {attrition.NewDate(2022, 4, 2), attrition.NewDate(2022, 5, 1), attrition.NewDate(2022, 5, 2), attrition.NewDate(2022, 7, 9)},
	2023: {attrition.NewDate(2023, 3, 23), attrition.NewDate(2023, 4, 20), attrition.NewDate(2023, 4, 21), attrition.NewDate(2023, 6, 28)},
	2024: {attrition.NewDate(2024, 3, 11), attrition.NewDate(2024, 4, 9), attrition.NewDate(2024, 4, 10), attrition.NewDate(2024, 6, 16)},
	2025: {attrition.NewDate(2025, 3, 1), attrition.NewDate(2025, 3, 30), attrition.NewDate(2025, 3, 30), attrition.NewDate(2025, 6, 6)},
}
