package attrition

import (
	"sort"
	"strings"
)

// Personnel categories of claims.md. Their arithmetic, for one actor and
// one period: killed ≤ killed_or_missing ≤ permanent_losses ≤ casualties,
// and wounded, missing, captured ≤ casualties.
const (
	CategoryCasualties      = "casualties"
	CategoryPermanentLosses = "permanent_losses"
	CategoryKilledOrMissing = "killed_or_missing"
	CategoryKilled          = "killed"
	CategoryWounded         = "wounded"
	CategoryMissing         = "missing"
	CategoryCaptured        = "captured"
)

// EquipmentPrefix starts every equipment category: "equipment:tanks".
const EquipmentPrefix = "equipment:"

// EquipmentTypes is the closed list of equipment types of claims.md.
var EquipmentTypes = []string{
	"tanks", "armoured_vehicles", "artillery", "mlrs", "air_defence",
	"aircraft", "helicopters", "drones", "ships", "submarines",
	"vehicles", "missiles", "special_equipment", "other",
}

// PersonnelCategories lists the personnel categories, largest first.
var PersonnelCategories = []string{
	CategoryCasualties, CategoryPermanentLosses, CategoryKilledOrMissing,
	CategoryKilled, CategoryWounded, CategoryMissing, CategoryCaptured,
}

var knownCategories = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range PersonnelCategories {
		m[c] = true
	}
	for _, t := range EquipmentTypes {
		m[EquipmentPrefix+t] = true
	}
	return m
}()

// IsCategory reports whether c is in the vocabulary.
func IsCategory(c string) bool { return knownCategories[c] }

// Categories returns every category, personnel first.
func Categories() []string {
	out := append([]string(nil), PersonnelCategories...)
	for _, t := range EquipmentTypes {
		out = append(out, EquipmentPrefix+t)
	}
	return out
}

// IsEquipment reports whether c is an equipment category.
func IsEquipment(c string) bool { return strings.HasPrefix(c, EquipmentPrefix) }

// Relation says that, for one actor and period, Smaller ≤ Larger.
type Relation struct {
	Smaller, Larger string
}

// CategoryRelations is the arithmetic of claims.md as direct pairs; the
// order is transitive (killed ≤ casualties follows).
var CategoryRelations = []Relation{
	{CategoryKilled, CategoryKilledOrMissing},
	{CategoryMissing, CategoryKilledOrMissing},
	{CategoryKilledOrMissing, CategoryPermanentLosses},
	{CategoryPermanentLosses, CategoryCasualties},
	{CategoryWounded, CategoryCasualties},
	{CategoryCaptured, CategoryCasualties},
}

// AtMost reports whether category a can never exceed category b for the
// same actor and period (a ≤ b by the arithmetic, directly or through a
// chain). A category is AtMost itself.
func AtMost(a, b string) bool {
	if a == b {
		return true
	}
	for _, r := range CategoryRelations {
		if r.Smaller == a && AtMost(r.Larger, b) {
			return true
		}
	}
	return false
}

// Parents returns the categories directly above c, sorted.
func Parents(c string) []string {
	var out []string
	for _, r := range CategoryRelations {
		if r.Smaller == c {
			out = append(out, r.Larger)
		}
	}
	sort.Strings(out)
	return out
}

// Statuses of equipment losses, as Oryx splits them.
const (
	StatusDestroyed = "destroyed"
	StatusDamaged   = "damaged"
	StatusAbandoned = "abandoned"
	StatusCaptured  = "captured"
)

// Statuses lists the equipment statuses.
var Statuses = []string{StatusDestroyed, StatusDamaged, StatusAbandoned, StatusCaptured}

// Bounds: the shape of a figure.
const (
	BoundPoint     = "point"
	BoundRange     = "range"
	BoundAtLeast   = "at_least"
	BoundAtMost    = "at_most"
	BoundMoreThan  = "more_than"
	BoundFewerThan = "fewer_than"
)

// Bounds lists the bound shapes.
var Bounds = []string{BoundPoint, BoundRange, BoundAtLeast, BoundAtMost, BoundMoreThan, BoundFewerThan}

// Rate units of the per field.
const (
	PerDay   = "day"
	PerWeek  = "week"
	PerMonth = "month"
	PerYear  = "year"
)

// Pers lists the rate units.
var Pers = []string{PerDay, PerWeek, PerMonth, PerYear}

// PerDays is the number of days in one unit of per, for turning an
// average rate into a daily one.
func PerDays(per string) float64 {
	switch per {
	case PerDay:
		return 1
	case PerWeek:
		return 7
	case PerMonth:
		return 365.25 / 12
	case PerYear:
		return 365.25
	}
	return 0
}

// Populations.
const (
	PopulationMilitary = "military"
	PopulationCivilian = "civilian"
	PopulationAll      = "all"
)

// Populations lists the population values.
var Populations = []string{PopulationMilitary, PopulationCivilian, PopulationAll}

// Flags the system sets on claims. The vocabulary is open: importers and
// the extractor may add their own.
const (
	FlagPeriodAfterPublication = "period_after_publication"
	FlagArithmeticMismatch     = "arithmetic_mismatch"
	FlagCategoryConflict       = "category_conflict"
	FlagAmbiguousActor         = "ambiguous_actor"
	FlagTotalDecreased         = "total_decreased"
	FlagWarringParty           = "warring_party"
)

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
