package report

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/chart"
)

// equipmentNouns names equipment types as the noun before "losses".
var equipmentNouns = map[string]string{
	"tanks": "tank", "armoured_vehicles": "armoured vehicle", "artillery": "artillery",
	"mlrs": "MLRS", "air_defence": "air defence", "aircraft": "aircraft",
	"helicopters": "helicopter", "drones": "drone", "ships": "ship and boat",
	"submarines": "submarine", "vehicles": "vehicle", "missiles": "missile",
	"special_equipment": "special equipment", "other": "other equipment",
}

// equipmentPlurals count equipment in a rate: "14 tanks a day".
var equipmentPlurals = map[string]string{
	"artillery": "artillery systems", "mlrs": "MLRS", "air_defence": "air defence systems",
	"ships": "ships and boats", "special_equipment": "pieces of special equipment",
	"other": "other pieces of equipment",
}

// categoryNoun is the category as a plural noun phrase: "casualties",
// "permanent losses", "tank losses".
func categoryNoun(cat string) string {
	if attrition.IsEquipment(cat) {
		t := strings.TrimPrefix(cat, attrition.EquipmentPrefix)
		if n, ok := equipmentNouns[t]; ok {
			return n + " losses"
		}
		return strings.ReplaceAll(t, "_", " ") + " losses"
	}
	switch cat {
	case attrition.CategoryKilledOrMissing:
		return "dead and missing"
	case attrition.CategoryKilled:
		return "dead"
	}
	return strings.ReplaceAll(cat, "_", " ")
}

// categoryTitle is the section heading: "Casualties", "Killed or
// missing", "Tank losses".
func categoryTitle(cat string) string {
	if attrition.IsEquipment(cat) {
		return capitalize(categoryNoun(cat))
	}
	return capitalize(strings.ReplaceAll(cat, "_", " "))
}

// subject names whose losses: "Russia's casualties"; a multi-word actor
// reads better after the noun: "casualties among Palestinians in Gaza".
func subject(actor, cat string) string {
	noun := categoryNoun(cat)
	if strings.ContainsAny(actor, " ()") {
		switch {
		case attrition.IsEquipment(cat):
			return noun + " of " + actor
		case cat == attrition.CategoryCasualties || cat == attrition.CategoryPermanentLosses:
			return noun + " among " + actor
		}
		// "the dead among", "the wounded among": adjectives as nouns.
		return "the " + noun + " among " + actor
	}
	if strings.HasSuffix(actor, "s") {
		return actor + "' " + noun
	}
	return actor + "'s " + noun
}

// rateUnit names what a rate counts: "casualties", "tanks".
func rateUnit(cat string) string {
	if attrition.IsEquipment(cat) {
		t := strings.TrimPrefix(cat, attrition.EquipmentPrefix)
		if p, ok := equipmentPlurals[t]; ok {
			return p
		}
		return strings.ReplaceAll(t, "_", " ")
	}
	switch cat {
	case attrition.CategoryKilledOrMissing:
		return "killed or missing"
	case attrition.CategoryPermanentLosses:
		return "permanent losses"
	}
	return strings.ReplaceAll(cat, "_", " ")
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// roundStep is the power of ten a figure is rounded to: two significant
// figures at least, more while the rounding would be coarser than tol
// (a fraction of the figure's own uncertainty), four at most.
func roundStep(v, tol float64) float64 {
	if !(math.Abs(v) > 0) || !finite(v) {
		return 1
	}
	step := math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-1)
	for i := 0; i < 2 && finite(tol) && step/2 > tol && tol > 0; i++ {
		step /= 10
	}
	return step
}

// figure writes v, rounded to step, in words a reader takes in at a
// glance: "1.21 million", "412,000", "3,150", "4.5".
func figure(v, step float64) string {
	if !finite(v) {
		return "an unknown number"
	}
	for _, u := range []struct {
		size float64
		name string
	}{{1e9, "billion"}, {1e6, "million"}} {
		if math.Abs(v) >= u.size {
			return chart.Thousands(v/u.size, decimals(step/u.size)) + " " + u.name
		}
	}
	return chart.Thousands(v, decimals(step))
}

func decimals(step float64) int {
	if step >= 1 || !(step > 0) {
		return 0
	}
	return int(math.Min(6, math.Ceil(-math.Log10(step)-1e-9)))
}

// aroundFigure rounds a central figure to within about tol.
func aroundFigure(v, tol float64) string {
	step := roundStep(v, tol)
	return figure(math.Round(v/step)*step, step)
}

// aroundValue is the value aroundFigure writes.
func aroundValue(v, tol float64) float64 {
	step := roundStep(v, tol)
	return math.Round(v/step) * step
}

// plainFigure rounds to three significant figures.
func plainFigure(v float64) string {
	step := roundStep(v, 0)
	if math.Abs(v) >= 100 {
		step /= 10
	}
	return figure(math.Round(v/step)*step, step)
}

// intervalFigures rounds an interval outwards, so that the stated
// interval holds at least the probability claimed for it, with a step
// fine enough (three significant figures of the upper end, at least) not
// to widen it much: "1.15" and "1.26 million" share their unit.
func intervalFigures(lo, hi float64) (string, string) {
	step := roundStep(hi, (hi-lo)/20)
	if step > math.Abs(hi)/100 {
		step /= 10
	}
	l := math.Floor(lo/step) * step
	h := math.Ceil(hi/step) * step
	if l < 0 && lo >= 0 {
		l = 0
	}
	ls, hs := figure(l, step), figure(h, step)
	for _, unit := range []string{" billion", " million"} {
		if strings.HasSuffix(ls, unit) && strings.HasSuffix(hs, unit) {
			ls = strings.TrimSuffix(ls, unit)
			break
		}
	}
	return ls, hs
}

// roundBelow returns the largest figure strictly below v that reporting
// would call round: a multiple of 1, 2, 2.5 or 5 × 10^k near a fifth of
// v (933,000 → 900,000; 1,230,000 → 1.2 million), or 0.
func roundBelow(v float64) float64 {
	if !(v > 10) || !finite(v) {
		return 0
	}
	step := milestoneStep(2 * v)
	t := math.Floor(v/step) * step
	if t >= v {
		t -= step
	}
	return t
}

// rateFigure writes a daily rate: whole numbers from 10 up, one decimal
// below.
func rateFigure(v float64) string {
	if !finite(v) {
		return "an unknown number"
	}
	if math.Abs(v) >= 10 {
		step := roundStep(v, 0)
		if math.Abs(v) >= 1000 {
			step /= 10
		}
		step = math.Max(1, step)
		return chart.Thousands(math.Round(v/step)*step, 0)
	}
	return chart.Thousands(v, 1)
}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// longDate writes "12 June 2025".
func longDate(d attrition.Date) string {
	if d == 0 {
		return "an unknown date"
	}
	return fmt.Sprintf("%d %s %d", d.Day(), months[d.Month()-1], d.Year())
}

// shortDate writes "12 Jun 2025".
func shortDate(d attrition.Date) string {
	if d == 0 {
		return "?"
	}
	return d.Time().Format("2 Jan 2006")
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return chart.Thousands(float64(n), 0) + " days"
}

func countClaims(n int) string {
	if n == 1 {
		return "1 claim"
	}
	return chart.Thousands(float64(n), 0) + " claims"
}

func sourceName(s string) string {
	if strings.TrimSpace(s) == "" {
		return "Unattributed"
	}
	return s
}

// pct writes a bias factor as a signed percentage: 1.08 → "+8%".
func pct(factor float64) string {
	p := (factor - 1) * 100
	dec := 0
	if math.Abs(p) < 10 && math.Abs(p-math.Round(p)) >= 0.05 {
		dec = 1
	}
	s := chart.Thousands(p, dec)
	switch {
	case s == "0":
		return "±0%"
	case p > 0:
		return "+" + s + "%"
	}
	return s + "%"
}

// against says how a source runs against the consensus.
func against(factor float64) string {
	p := (factor - 1) * 100
	switch s := strings.TrimLeft(pct(factor), "+−"); {
	case s == "±0%":
		return "level with the consensus"
	case p > 0:
		return s + " above the consensus"
	default:
		return s + " below the consensus"
	}
}

func sigmas(z float64) string {
	if !finite(z) {
		return "an unknown number of standard deviations"
	}
	return fmt.Sprintf("%.1f standard deviations", math.Abs(z))
}

// flagReasons say what each flag of the ledger means for a reader.
var flagReasons = map[string]string{
	attrition.FlagPeriodAfterPublication: "its period ends after the text was published",
	attrition.FlagArithmeticMismatch:     "its arithmetic does not add up",
	attrition.FlagCategoryConflict:       "its category conflicts with the text",
	attrition.FlagAmbiguousActor:         "whose losses it counts is ambiguous",
	attrition.FlagTotalDecreased:         "it is lower than an earlier running total of the same source",
	attrition.FlagWarringParty:           "its source is a party to the war",
	"date_inferred":                      "its date is inferred, not printed on its page",
}

func flagReason(f string) string {
	if r, ok := flagReasons[f]; ok {
		return r
	}
	return "flagged " + strings.ReplaceAll(f, "_", " ")
}
