package attrition

import "context"

// EstimateRequest asks for the fused running-total series of one actor
// and category.
type EstimateRequest struct {
	Actor      string
	Category   string
	Population string
	From, To   Date   // series range; zero = from the first claim / to the last claim or AsOf
	Step       string // day (default), week, month
	// Relays maps a source to the source it relays, so that both count
	// as one ("UK Ministry of Defence" → "General Staff of the Armed
	// Forces of Ukraine" for mid-2025 rate statements).
	Relays map[string]string
	// Milestones asks, for each value, when the running total reaches
	// it; MilestoneBy is the date for its ProbReached (zero: To).
	Milestones  []float64
	MilestoneBy Date
	// Seed makes sampling repeatable.
	Seed uint64
}

// EstimatePoint is one day (or step) of an estimated running total. Lo90
// and Hi90 bound the central 90% interval, Lo50 and Hi50 the central 50%.
type EstimatePoint struct {
	Date     Date    `json:"date"`
	Actor    string  `json:"actor"`
	Category string  `json:"category"`
	Median   float64 `json:"median"`
	Lo50     float64 `json:"lo50"`
	Hi50     float64 `json:"hi50"`
	Lo90     float64 `json:"lo90"`
	Hi90     float64 `json:"hi90"`
	// The daily rate (running total per day) around this date.
	RateMedian float64 `json:"rate_median"`
	RateLo90   float64 `json:"rate_lo90"`
	RateHi90   float64 `json:"rate_hi90"`
	// ClaimsUsed counts claims whose period ends on or before this date.
	ClaimsUsed int `json:"claims_used"`
}

// SourceBias is one source's estimated multiplicative bias against the
// consensus: Factor 1.10 means its figures run 10% above it.
type SourceBias struct {
	Source string  `json:"source"`
	Factor float64 `json:"factor"`
	Lo90   float64 `json:"lo90"`
	Hi90   float64 `json:"hi90"`
	Claims int     `json:"claims"`
	// RelayOf names the source this one was counted with, if any.
	RelayOf string `json:"relay_of,omitempty"`
}

// Outlier is a claim that sits beyond its own stated uncertainty.
type Outlier struct {
	ClaimID string  `json:"claim_id"`
	Source  string  `json:"source"`
	Date    Date    `json:"date"`
	Value   float64 `json:"value"`
	// Z is the standardised distance from the estimate, in the claim's
	// own noise units after bias.
	Z      float64 `json:"z"`
	Reason string  `json:"reason"`
}

// MilestoneEstimate says when a running total reaches Value.
type MilestoneEstimate struct {
	Value float64 `json:"value"`
	// Median, Lo90, Hi90 are the dates of the median and the central 90%
	// interval of the crossing; zero when not reached within the horizon.
	Median Date `json:"median"`
	Lo90   Date `json:"lo90"`
	Hi90   Date `json:"hi90"`
	// ProbReached is the probability that it is reached by By.
	By          Date    `json:"by"`
	ProbReached float64 `json:"prob_reached"`
}

// Estimate is the fused result for one actor and category.
type Estimate struct {
	Actor      string              `json:"actor"`
	Category   string              `json:"category"`
	Population string              `json:"population,omitempty"`
	Series     []EstimatePoint     `json:"series"`
	Sources    []SourceBias        `json:"sources"`
	Outliers   []Outlier           `json:"outliers"`
	Milestones []MilestoneEstimate `json:"milestones,omitempty"`
	// ClaimIDs lists every claim the fit used, for footnotes.
	ClaimIDs []string `json:"claim_ids"`
	// LastClaim is the latest period end among the claims used; the
	// series beyond it is projection.
	LastClaim Date `json:"last_claim"`
}

// At returns the series point on or just before d.
func (e *Estimate) At(d Date) (EstimatePoint, bool) {
	var best EstimatePoint
	ok := false
	for _, p := range e.Series {
		if p.Date <= d {
			best, ok = p, true
		}
	}
	return best, ok
}

// Estimator fuses the claims of one actor and category.
type Estimator interface {
	Estimate(ctx context.Context, req EstimateRequest) (*Estimate, error)
}
