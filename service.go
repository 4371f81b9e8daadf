package attrition

import "context"

// ClaimFilter selects stored claims. Empty fields match everything.
type ClaimFilter struct {
	Actor      string // canonical actor, exact
	Category   string // exact
	Population string
	Source     string // case-insensitive substring of the source
	Dataset    string // exact packager name
	// From and To select claims whose period_end (or, lacking one, the
	// document's publication date) lies within [From, To].
	From, To Date
	// Derived, when set, selects derived (true) or read (false) claims.
	Derived *bool
	IDs     []string
	Limit   int // 0 = no limit
}

// AddResult counts what an import did.
type AddResult struct {
	Read    int // claims offered
	Added   int // claims newly stored
	Present int // claims already in the ledger (or repeated in the input)
}

// ClaimStore is the ledger. AddClaims stores a batch in one transaction:
// either every claim is valid and the new ones are stored, or nothing is.
// Claims already present (same ID) are counted, not stored again, and
// claims are never updated in place.
type ClaimStore interface {
	ClaimFinder
	AddClaims(ctx context.Context, claims []Claim) (AddResult, error)
	// CountClaims returns how many claims the ledger holds.
	CountClaims(ctx context.Context) (int, error)
	Close() error
}

// ClaimFinder is the narrow read side of the ledger, all that estimation
// and reporting need.
type ClaimFinder interface {
	FindClaims(ctx context.Context, f ClaimFilter) ([]Claim, error)
}

// Matches reports whether c passes the filter; stores that cannot express
// a condition in their query language use it as the reference.
func (f *ClaimFilter) Matches(c *Claim) bool {
	if f.Actor != "" && c.Actor != f.Actor {
		return false
	}
	if f.Category != "" && c.Category != f.Category {
		return false
	}
	if f.Population != "" && c.Population != f.Population {
		return false
	}
	if f.Dataset != "" && c.Dataset != f.Dataset {
		return false
	}
	if f.Source != "" && !containsFold(c.Source, f.Source) {
		return false
	}
	d := c.PeriodEnd
	if d.IsZero() {
		d = c.Document.Published
	}
	if !f.From.IsZero() && d < f.From {
		return false
	}
	if !f.To.IsZero() && d > f.To {
		return false
	}
	if f.Derived != nil && c.Derived != *f.Derived {
		return false
	}
	if len(f.IDs) > 0 && !contains(f.IDs, c.ID) {
		return false
	}
	return true
}

func containsFold(s, sub string) bool {
	return len(sub) == 0 || indexFold(s, sub) >= 0
}

func indexFold(s, sub string) int {
	ls, lsub := normalizePhrase(s), normalizePhrase(sub)
	for i := 0; i+len(lsub) <= len(ls); i++ {
		if ls[i:i+len(lsub)] == lsub {
			return i
		}
	}
	return -1
}
