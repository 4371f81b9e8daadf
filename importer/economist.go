package importer

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/attrition-project/attrition"
)

// The Economist's compiled estimates of soldiers' deaths and casualties,
// with the two series that come with them: the UK Ministry of Defence's
// month-by-month casualty figures and Mediazona/Meduza's weekly
// probate-registry estimates of deaths (two layouts, 2025 and 2026).
// The layout is told from the header.
//
// Decisions, each reported in Result.Notes when it applies:
//   - estimates.csv: each row is one claim, attributed to its source
//     column (registry spelling when known: "UK MoD" is the UK Ministry of
//     Defence), about the country column's losses, dated on the date
//     column, cumulative since the war began. "deaths" is killed,
//     "casualties" is casualties. low and high make a range (with the point
//     as best when given), low alone at_least, high alone at_most, a point
//     alone a point. The warring-party column sets the flag warring_party.
//     A row that cannot be a claim is rejected with its reason, so every
//     row is accounted for. A source_url that is a note rather than a URL
//     becomes the document's title, under the repository's URL.
//   - UK month by month: three claims a month, the average daily rate
//     (per day, period = the month), the month's count (period = the
//     month; the first month, whose count is the cumulative, from
//     2022-02-24) and the cumulative total at the date given (the start of
//     the next month). Rows whose arithmetic does not add up are flagged
//     arithmetic_mismatch.
//   - Meduza weekly: each week's estimate is a killed claim for that week
//     (period = the week, not a running total), bound range with the 95%
//     interval as low and high and the central estimate as best. The
//     interval's meaning is kept as probability [0.95, 0.95] (the chance
//     the range holds the true figure, as the contract reads a likelihood)
//     with the flag interval_95; likelihood stays null because no word was
//     written. Model predictions for the latest weeks are flagged
//     model_prediction; the named-list count is an at_least claim flagged
//     named_list; the 2026 layout's assembled total (killed plus missing)
//     is killed_or_missing. The files do not say when they were published,
//     so each week is dated on its last day.
//   - A claim quotes its row (line breaks inside quoted cells folded to
//     spaces); spans are [0,0], so that a newer copy of a file with rows
//     added above adds only those rows.
type economistImporter struct{}

func init() { Register(economistImporter{}) }

func (economistImporter) Name() string { return "economist-csv" }

const (
	datasetEconomist = "economist-estimates"
	repoEconomist    = "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates"
	sourceMeduza     = "Mediazona; Meduza"
	sourceNamedList  = "Mediazona; BBC Russian"

	flagInterval95      = "interval_95"
	flagModelPrediction = "model_prediction"
	flagNamedList       = "named_list"
)

func (economistImporter) Import(ctx context.Context, r io.Reader, name string, opts Options) (*Result, error) {
	data, err := readAll(ctx, r, opts)
	if err != nil {
		return nil, fmt.Errorf("economist-csv: %s: %w", name, err)
	}
	data, bom := stripBOM(data)
	recs, err := readCSV(data)
	if err != nil {
		return nil, attrition.Errorf(attrition.EINVALID, "economist-csv: %s: %v", name, err)
	}
	if len(recs) == 0 {
		return nil, attrition.Errorf(attrition.EINVALID, "economist-csv: %s: empty file", name)
	}
	e := &economistRun{c: &collect{}, q: newCounter(), name: name, opts: opts, cols: headerIndex(recs[0].Fields)}
	if bom {
		e.c.note("UTF-8 byte-order mark before the header skipped")
	}
	switch {
	case e.cols.has("estimate_low", "estimate_high", "estimate", "type", "country"):
		e.estimates(recs[1:])
	case e.cols.has("month", "year", "cumulative casualties"):
		e.ukMonthly(recs[1:])
	case e.cols.has("year", "week", "ed", "edhigh", "edlow"):
		e.meduza2026(recs[1:])
	case e.cols.has("date", "ed_high", "ed_low"):
		e.meduza2025(recs[1:])
	default:
		return nil, attrition.Errorf(attrition.EINVALID, "economist-csv: %s: unrecognised header (want estimates.csv, uk-mod-month-by-month.csv or a meduza-probate-weekly file)", name)
	}
	e.c.res.Notes = append(e.c.res.Notes, e.q.notes(map[string]string{
		"blank":      "blank rows skipped",
		"warring":    "figures from a warring party (flagged warring_party)",
		"nourl":      "source_url values that are notes, not URLs (kept as the document title)",
		"multiline":  "rows spanning several lines (quoted line breaks; quoted on one line)",
		"mismatch":   "months whose figures do not add up (flagged arithmetic_mismatch)",
		"prediction": "weekly model predictions for the latest weeks (flagged model_prediction)",
		"negative":   "negative or missing weekly estimates skipped",
	})...)
	return &e.c.res, nil
}

type economistRun struct {
	c    *collect
	q    *counter
	name string
	opts Options
	cols header
}

// colLike returns the index of the first column whose normalised name
// contains all the words, -1 if none.
func (h header) colLike(words ...string) int {
	best := -1
	for name, i := range h {
		ok := true
		for _, w := range words {
			if !strings.Contains(name, w) {
				ok = false
				break
			}
		}
		if ok && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

var economistTypes = map[string]string{
	"deaths":               attrition.CategoryKilled,
	"death":                attrition.CategoryKilled,
	"dead":                 attrition.CategoryKilled,
	"killed":               attrition.CategoryKilled,
	"casualties":           attrition.CategoryCasualties,
	"casualty":             attrition.CategoryCasualties,
	"losses":               attrition.CategoryCasualties,
	"killed and wounded":   attrition.CategoryCasualties,
	"wounded":              attrition.CategoryWounded,
	"injured":              attrition.CategoryWounded,
	"missing":              attrition.CategoryMissing,
	"captured":             attrition.CategoryCaptured,
	"prisoners":            attrition.CategoryCaptured,
	"killed or missing":    attrition.CategoryKilledOrMissing,
	"killed and missing":   attrition.CategoryKilledOrMissing,
	"deaths and missing":   attrition.CategoryKilledOrMissing,
	"dead or missing":      attrition.CategoryKilledOrMissing,
	"permanent losses":     attrition.CategoryPermanentLosses,
	"irrecoverable losses": attrition.CategoryPermanentLosses,
	"killed_or_missing":    attrition.CategoryKilledOrMissing,
	"permanent_losses":     attrition.CategoryPermanentLosses,
}

// isYes reads the warring-party column: any affirmative mark.
func isYes(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "y", "true", "1", "x":
		return true
	}
	return false
}

// document reads a source_url cell: a URL, a URL followed by a note in
// words, or only a note.
func (e *economistRun) document(cell, fragment string, published attrition.Date) attrition.Document {
	cell = compactSpace(cell)
	if strings.HasPrefix(cell, "http://") || strings.HasPrefix(cell, "https://") {
		url, note, _ := strings.Cut(cell, " ")
		return attrition.Document{URL: url, Title: strings.TrimSpace(note), Published: published}
	}
	if cell != "" {
		e.q.add("nourl", cell)
	}
	return attrition.Document{URL: repoEconomist + "#" + fragment, Title: cell, Published: published}
}

func (e *economistRun) estimates(recs []csvRecord) {
	iLow, iHigh, iBest := e.cols.idx("estimate_low"), e.cols.idx("estimate_high"), e.cols.idx("estimate")
	iDate, iType, iSource, iURL, iCountry := e.cols.colLike("date"), e.cols.idx("type"), e.cols.colLike("source"), e.cols.colLike("url"), e.cols.idx("country")
	iWar := e.cols.colLike("warring")
	if iURL >= 0 && iURL == iSource {
		iSource = e.cols.idx("source")
	}
	rows, stored := 0, 0
	for _, rec := range recs {
		if blank(rec.Fields) {
			e.q.add("blank", "")
			continue
		}
		rows++
		if strings.ContainsAny(rec.Raw, "\r\n") {
			e.q.add("multiline", fmt.Sprintf("line %d", rec.Line))
		}
		f := rec.Fields
		reject := func(format string, args ...any) {
			e.c.reject(rec.Line, format, args...)
		}
		d, err := parseDayFirst(field(f, iDate))
		if err != nil {
			reject("date: %v", err)
			continue
		}
		cat, ok := economistTypes[normLabel(field(f, iType))]
		if !ok {
			reject("type: unknown %q (want deaths or casualties)", field(f, iType))
			continue
		}
		actor := attrition.CanonicalActor(field(f, iCountry))
		if actor == "" {
			reject("country: missing")
			continue
		}
		var nums [3]*float64
		bad := false
		for j, i := range []int{iLow, iHigh, iBest} {
			v, ok, err := parseNumber(field(f, i))
			if err != nil {
				reject("%s: %v", []string{"estimate_low", "estimate_high", "estimate"}[j], err)
				bad = true
				break
			}
			if ok {
				nums[j] = attrition.Float(v)
			}
		}
		if bad {
			continue
		}
		low, high, best := nums[0], nums[1], nums[2]
		cl := attrition.Claim{Actor: actor, Population: attrition.PopulationMilitary, Category: cat, PeriodEnd: d}
		switch {
		case low != nil && high != nil:
			cl.Bound, cl.Low, cl.High, cl.Best = attrition.BoundRange, low, high, best
			if *low > *high {
				reject("estimate_low %s above estimate_high %s", fmtNum(*low), fmtNum(*high))
				continue
			}
			if best != nil && (*best < *low || *best > *high) {
				reject("estimate %s outside its range %s–%s", fmtNum(*best), fmtNum(*low), fmtNum(*high))
				continue
			}
		case low != nil:
			cl.Bound, cl.Low, cl.Best = attrition.BoundAtLeast, low, best
		case high != nil:
			cl.Bound, cl.High, cl.Best = attrition.BoundAtMost, high, best
		case best != nil:
			cl.Bound, cl.Low, cl.High, cl.Best = attrition.BoundPoint, best, best, best
		default:
			reject("no figure: estimate_low, estimate_high and estimate are all empty")
			continue
		}
		if conflict, ok := attrition.ConflictOf(actor); ok {
			if d < conflict.Start {
				reject("date %s is before the war began (%s)", d, conflict.Start)
				continue
			}
			cl.PeriodStart = conflict.Start
		}
		var srcNote string
		if src := field(f, iSource); src != "" {
			cl.Source, srcNote = economistSource(src)
		}
		if e.opts.Source != "" {
			cl.Source = e.opts.Source
		}
		cl.Document = e.document(field(f, iURL), "estimates/"+d.String(), d)
		if srcNote != "" {
			cl.Document.Title = strings.TrimSpace(strings.TrimPrefix(cl.Document.Title+"; "+srcNote, "; "))
		}
		cl.Dataset = datasetEconomist
		cl.Quote = compactSpace(rec.Raw)
		if isYes(field(f, iWar)) {
			cl.AddFlag(attrition.FlagWarringParty)
			e.q.add("warring", "")
		}
		before := len(e.c.res.Claims)
		e.c.add(cl, rec.Line)
		if len(e.c.res.Claims) > before {
			stored++
		}
	}
	e.c.note("%d estimate rows: %d stored, %d rejected with a reason", rows, stored, rows-stored)
}

// economistSpellings are publisher names as the compiled file writes
// them that the registry knows under another spelling.
var economistSpellings = map[string]string{
	"bbc russia":                  "BBC Russian",
	"us dod":                      "US Department of Defense",
	"russian ministry of defense": "Ministry of Defence of the Russian Federation",
	"russian ministry of defence": "Ministry of Defence of the Russian Federation",
}

var sourceNote = regexp.MustCompile(`\s*\(([^()]*)\)\s*$`)

// economistSource tidies a source cell: registry spelling, and a
// parenthesised remark that is a note about the row rather than part of
// the name ("(cumulative)", "(MIVD; note, timing clarified via email)")
// moved out, to be kept with the document.
func economistSource(s string) (name, note string) {
	s = compactSpace(s)
	if m := sourceNote.FindStringSubmatchIndex(s); m != nil {
		inner := s[m[2]:m[3]]
		lower := strings.ToLower(inner)
		switch {
		case lower == "cumulative":
			s, note = s[:m[0]], inner
		case strings.Contains(lower, "note"):
			keep, rest, found := strings.Cut(inner, ";")
			if found && !strings.Contains(strings.ToLower(keep), "note") {
				s, note = s[:m[0]]+" ("+strings.TrimSpace(keep)+")", strings.TrimSpace(rest)
			} else {
				s, note = s[:m[0]], inner
			}
		}
	}
	if to, ok := economistSpellings[strings.ToLower(s)]; ok {
		return to, note
	}
	return canonicalSource(s), note
}

var monthNames = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		n := strings.ToLower(m.String())
		monthNames[n] = m
		monthNames[n[:3]] = m
	}
}

func (e *economistRun) ukMonthly(recs []csvRecord) {
	iMonth, iYear := e.cols.idx("month"), e.cols.idx("year")
	iRate := e.cols.colLike("average")
	iDays := e.cols.colLike("days in")
	iInMonth := e.cols.colLike("casualties in")
	iCum := e.cols.colLike("cumulative")
	iDate := e.cols.colLike("date")
	iSource, iURL := e.cols.idx("source"), e.cols.idx("source_url")
	var prevCum *float64
	first := true
	for _, rec := range recs {
		f := rec.Fields
		if blank(f) {
			e.q.add("blank", "")
			continue
		}
		reject := func(format string, args ...any) { e.c.reject(rec.Line, format, args...) }
		m, ok := monthNames[strings.ToLower(field(f, iMonth))]
		y, err := strconv.Atoi(field(f, iYear))
		if !ok || err != nil || y < 1900 || y > 9999 {
			reject("month/year: %q %q is not a month", field(f, iMonth), field(f, iYear))
			continue
		}
		start := attrition.NewDate(y, m, 1)
		end := start.AddMonths(1).AddDays(-1)
		var vals [4]*float64
		bad := false
		for j, i := range []int{iRate, iDays, iInMonth, iCum} {
			v, ok, err := parseNumber(field(f, i))
			if err != nil {
				reject("column %d: %v", i+1, err)
				bad = true
				break
			}
			if ok {
				vals[j] = attrition.Float(v)
			}
		}
		if bad {
			continue
		}
		asOf := end.AddDays(1)
		if s := field(f, iDate); s != "" {
			d, err := parseDayFirst(s)
			if err != nil {
				reject("date: %v", err)
				continue
			}
			asOf = d
		}
		src := canonicalSource(field(f, iSource))
		if e.opts.Source != "" {
			src = e.opts.Source
		}
		doc := e.document(field(f, iURL), "uk-mod-month-by-month/"+start.String()[:7], asOf)
		base := attrition.Claim{Actor: "Russia", Population: attrition.PopulationMilitary, Category: attrition.CategoryCasualties,
			Bound: attrition.BoundPoint, Source: src, Document: doc, Dataset: datasetEconomist, Quote: compactSpace(rec.Raw)}
		rate, days, inMonth, cum := vals[0], vals[1], vals[2], vals[3]
		monthStart := start
		if first && inMonth != nil && cum != nil && *inMonth == *cum && start > russiaUkraineStart {
			// The first month's count is the whole war so far.
			monthStart = russiaUkraineStart
			e.c.note("line %d: %s %d counts everything since 2022-02-24 (its count equals the cumulative), so its period starts then", rec.Line, m, y)
		}
		if days != nil && int(*days) != end.Sub(start)+1 {
			e.c.note("line %d: %s %d says %s days, the calendar %d", rec.Line, m, y, fmtNum(*days), end.Sub(start)+1)
		}
		mismatch := rate != nil && days != nil && inMonth != nil && abs(*rate**days-*inMonth) > *days
		if rate != nil {
			cl := base
			cl.Per, cl.Low, cl.High, cl.Best = attrition.PerDay, rate, rate, rate
			cl.PeriodStart, cl.PeriodEnd = start, end
			if mismatch {
				cl.AddFlag(attrition.FlagArithmeticMismatch)
			}
			e.c.add(cl, rec.Line)
		}
		if inMonth != nil {
			cl := base
			cl.Low, cl.High, cl.Best = inMonth, inMonth, inMonth
			cl.PeriodStart, cl.PeriodEnd = monthStart, end
			if mismatch {
				cl.AddFlag(attrition.FlagArithmeticMismatch)
			}
			e.c.add(cl, rec.Line)
		}
		if mismatch {
			e.q.add("mismatch", fmt.Sprintf("%s %d: %s a day × %s days ≠ %s", m, y, fmtNum(*rate), fmtNum(*days), fmtNum(*inMonth)))
		}
		if cum != nil {
			cl := base
			cl.Low, cl.High, cl.Best = cum, cum, cum
			cl.PeriodStart, cl.PeriodEnd = russiaUkraineStart, asOf
			if prevCum != nil && inMonth != nil && *prevCum+*inMonth != *cum {
				cl.AddFlag(attrition.FlagArithmeticMismatch)
				e.q.add("mismatch", fmt.Sprintf("%s %d: %s + %s ≠ %s", m, y, fmtNum(*prevCum), fmtNum(*inMonth), fmtNum(*cum)))
			}
			if prevCum != nil && *cum < *prevCum {
				cl.AddFlag(attrition.FlagTotalDecreased)
			}
			e.c.add(cl, rec.Line)
			prevCum = cum
		}
		first = false
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// weekly is one week's estimate columns.
type weekly struct {
	best, low, high  int // column indices, -1 when absent
	category         string
	source           string
	flags            []string
	prob95, lowBound bool
}

func (e *economistRun) meduza2025(recs []csvRecord) {
	iDate := e.cols.idx("date")
	series := []weekly{
		{best: e.cols.colLike("estimate based on probate"), high: e.cols.idx("ed_high"), low: e.cols.idx("ed_low"), category: attrition.CategoryKilled, source: sourceMeduza, prob95: true},
		{best: e.cols.colLike("flash estimate"), high: e.cols.colLike("ed_prediction_high"), low: e.cols.colLike("ed_prediction_low"), category: attrition.CategoryKilled, source: sourceMeduza, prob95: true, flags: []string{flagModelPrediction}},
		{best: e.cols.colLike("confirmed deaths"), high: -1, low: -1, category: attrition.CategoryKilled, source: sourceNamedList, lowBound: true, flags: []string{flagNamedList}},
	}
	for _, rec := range recs {
		if blank(rec.Fields) {
			e.q.add("blank", "")
			continue
		}
		d, err := parseDayFirst(field(rec.Fields, iDate))
		if err != nil {
			e.c.reject(rec.Line, "date: %v", err)
			continue
		}
		e.week(rec, d, "meduza-probate-weekly-2025", series)
	}
	e.c.note("weekly deaths, not running totals: each week is a claim for that week alone, dated on its last day (publication dates are not in the file)")
}

func (e *economistRun) meduza2026(recs []csvRecord) {
	iYear, iWeek := e.cols.idx("year"), e.cols.idx("week")
	series := []weekly{
		{best: e.cols.idx("ed"), high: e.cols.idx("edhigh"), low: e.cols.idx("edlow"), category: attrition.CategoryKilled, source: sourceMeduza, prob95: true},
		{best: e.cols.idx("edprediction"), high: e.cols.idx("edpredictionhigh"), low: e.cols.idx("edpredictionlow"), category: attrition.CategoryKilled, source: sourceMeduza, prob95: true, flags: []string{flagModelPrediction}},
		{best: e.cols.idx("edassembled"), high: e.cols.idx("edassembledhigh"), low: e.cols.idx("edassembledlow"), category: attrition.CategoryKilledOrMissing, source: sourceMeduza, prob95: true},
		{best: e.cols.idx("bmznow"), high: -1, low: -1, category: attrition.CategoryKilled, source: sourceNamedList, lowBound: true, flags: []string{flagNamedList}},
	}
	for _, rec := range recs {
		if blank(rec.Fields) {
			e.q.add("blank", "")
			continue
		}
		y, err1 := strconv.Atoi(field(rec.Fields, iYear))
		w, err2 := strconv.Atoi(field(rec.Fields, iWeek))
		if err1 != nil || err2 != nil {
			e.c.reject(rec.Line, "year/week: %q/%q is not an ISO week", field(rec.Fields, iYear), field(rec.Fields, iWeek))
			continue
		}
		d, err := isoWeekMonday(y, w)
		if err != nil {
			e.c.reject(rec.Line, "%v", err)
			continue
		}
		e.week(rec, d, "meduza-probate-weekly-2026", series)
	}
	var skipped []string
	for _, n := range []string{"bmz2022", "bmz2023", "bmz2024", "bmz2025", "ecsuperlates", "edsuperlatesfromcoeffs", "edsuperlatescourts"} {
		if _, ok := e.cols[n]; ok {
			skipped = append(skipped, n)
		}
	}
	if len(skipped) > 0 {
		e.c.note("columns not stored: %s (earlier vintages of the named list and the missing-in-action components, which are inside EDAssembled)", strings.Join(skipped, ", "))
	}
	e.c.note("weekly deaths by ISO week, not running totals: each week is a claim for that week alone, dated on its last day (publication dates are not in the file); EDAssembled (killed + missing) is killed_or_missing")
}

// week turns one row of a weekly file into its claims.
func (e *economistRun) week(rec csvRecord, monday attrition.Date, fragment string, series []weekly) {
	sunday := monday.AddDays(6)
	doc := attrition.Document{URL: repoEconomist + "#" + fragment + "/" + monday.String(),
		Title: "Mediazona/Meduza probate-registry estimate, week of " + monday.String(), Published: sunday}
	for _, s := range series {
		best, okB, errB := parseNumber(field(rec.Fields, s.best))
		low, okL, errL := parseNumber(field(rec.Fields, s.low))
		high, okH, errH := parseNumber(field(rec.Fields, s.high))
		if errB != nil || errL != nil || errH != nil {
			e.c.reject(rec.Line, "week of %s: a figure is not a number", monday)
			continue
		}
		if !okB && !okL && !okH {
			continue
		}
		if (okB && best < 0) || (okL && low < 0) || (okH && high < 0) {
			e.q.add("negative", fmt.Sprintf("%s %s", monday, s.category))
			continue
		}
		cl := attrition.Claim{Actor: "Russia", Population: attrition.PopulationMilitary, Category: s.category,
			PeriodStart: monday, PeriodEnd: sunday, Source: s.source, Document: doc,
			Dataset: datasetEconomist, Quote: compactSpace(rec.Raw)}
		if e.opts.Source != "" {
			cl.Source = e.opts.Source
		}
		switch {
		case s.lowBound && okB:
			cl.Bound, cl.Low = attrition.BoundAtLeast, attrition.Float(best)
		case okL && okH && low > high:
			e.c.reject(rec.Line, "week of %s: %s interval ends reversed in the file (low %s > high %s)", monday, s.category, fmtNum(low), fmtNum(high))
			continue
		case okL && okH:
			cl.Bound, cl.Low, cl.High = attrition.BoundRange, attrition.Float(low), attrition.Float(high)
			if okB {
				cl.Best = attrition.Float(best)
			}
		case okB:
			cl.Bound, cl.Low, cl.High, cl.Best = attrition.BoundPoint, attrition.Float(best), attrition.Float(best), attrition.Float(best)
			cl.Approx = true
		default:
			e.c.reject(rec.Line, "week of %s: an interval end without the other", monday)
			continue
		}
		if s.prob95 && cl.Bound == attrition.BoundRange {
			cl.Probability = &[2]float64{0.95, 0.95}
			cl.AddFlag(flagInterval95)
		}
		for _, f := range s.flags {
			cl.AddFlag(f)
			if f == flagModelPrediction {
				e.q.add("prediction", "")
			}
		}
		e.c.add(cl, rec.Line)
	}
}
