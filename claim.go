package attrition

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"unicode/utf8"
)

// Document is the text a claim came from.
type Document struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published Date   `json:"published"`
}

// Claim is one figure one source published about one side's losses, with
// everything needed to weigh it and to trace it back (claims.md). Empty
// strings, nil numbers and zero dates stand for JSON null.
type Claim struct {
	// ID is the hash of the claim's canonical content (see Identity);
	// stores fill it, readers ignore what a file says.
	ID string

	Actor       string
	Population  string
	Category    string
	Status      string
	Per         string
	Low         *float64
	High        *float64
	Best        *float64
	Bound       string
	Approx      bool
	PeriodStart Date
	PeriodEnd   Date
	Likelihood  string
	Probability *[2]float64
	Source      string
	Document    Document
	Quote       string
	Span        [2]int
	Derived     bool
	Flags       []string

	// Dataset names the packager a claim was imported from
	// ("petroivaniuk-ua-genstaff"), empty for text and hand-typed claims.
	// Two packagers' copies of the same bulletin are two claims.
	Dataset string
	// Supersedes is the ID of an earlier claim this one corrects: claims
	// are never changed in place.
	Supersedes string
}

// Float returns a pointer to v, for the nullable numbers of a Claim.
func Float(v float64) *float64 { return &v }

// claimJSON is the wire form: field names and order of claims.md.
type claimJSON struct {
	ID          string          `json:"id,omitempty"`
	Actor       *string         `json:"actor"`
	Population  *string         `json:"population"`
	Category    string          `json:"category"`
	Status      *string         `json:"status"`
	Per         *string         `json:"per"`
	Low         *float64        `json:"low"`
	High        *float64        `json:"high"`
	Best        *float64        `json:"best"`
	Bound       string          `json:"bound"`
	Approx      bool            `json:"approx"`
	PeriodStart json.RawMessage `json:"period_start"`
	PeriodEnd   json.RawMessage `json:"period_end"`
	Likelihood  *string         `json:"likelihood"`
	Probability json.RawMessage `json:"probability"`
	Source      *string         `json:"source"`
	Document    documentJSON    `json:"document"`
	Quote       string          `json:"quote"`
	Span        json.RawMessage `json:"span"`
	Derived     bool            `json:"derived"`
	Flags       []string        `json:"flags"`
	Dataset     *string         `json:"dataset,omitempty"`
	Supersedes  *string         `json:"supersedes,omitempty"`
}

type documentJSON struct {
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func rawProbability(p *[2]float64) json.RawMessage {
	if p == nil {
		return json.RawMessage("null")
	}
	b := append([]byte{'['}, strconv.FormatFloat(p[0], 'g', -1, 64)...)
	b = append(append(b, ','), strconv.FormatFloat(p[1], 'g', -1, 64)...)
	return append(b, ']')
}

func rawSpan(s [2]int) json.RawMessage {
	b := strconv.AppendInt([]byte{'['}, int64(s[0]), 10)
	b = strconv.AppendInt(append(b, ','), int64(s[1]), 10)
	return append(b, ']')
}

func rawDate(d Date) json.RawMessage {
	b, _ := d.MarshalJSON()
	return b
}

// MarshalJSON writes the claims.md form.
func (c Claim) MarshalJSON() ([]byte, error) {
	flags := c.Flags
	if flags == nil {
		flags = []string{}
	}
	j := claimJSON{
		ID: c.ID, Actor: nullable(c.Actor), Population: nullable(c.Population),
		Category: c.Category, Status: nullable(c.Status), Per: nullable(c.Per),
		Low: c.Low, High: c.High, Best: c.Best, Bound: c.Bound, Approx: c.Approx,
		PeriodStart: rawDate(c.PeriodStart), PeriodEnd: rawDate(c.PeriodEnd),
		Likelihood: nullable(c.Likelihood), Probability: rawProbability(c.Probability),
		Source: nullable(c.Source),
		Document: documentJSON{URL: c.Document.URL, Title: c.Document.Title,
			Published: rawDate(c.Document.Published)},
		Quote: c.Quote, Span: rawSpan(c.Span), Derived: c.Derived, Flags: flags,
		Dataset: nullable(c.Dataset), Supersedes: nullable(c.Supersedes),
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the claims.md form; it reports the first problem.
// DecodeClaim reports all of them.
func (c *Claim) UnmarshalJSON(b []byte) error {
	v, problems := decodeClaim(b)
	if len(problems) > 0 {
		return &ValidationError{Problems: problems}
	}
	*c = v
	return nil
}

// DecodeClaim reads one JSON claim and validates it, returning every
// problem found (malformed fields and broken rules alike) as a
// *ValidationError.
func DecodeClaim(b []byte) (Claim, error) {
	c, problems := decodeClaim(b)
	if len(problems) == 0 {
		if err := c.Validate(); err != nil {
			return c, err
		}
		return c, nil
	}
	if hasField(problems, "(line)") {
		// Not a claim object at all: listing every field as missing
		// would bury the one thing to fix.
		return c, &ValidationError{Problems: problems}
	}
	// Report rule violations of the fields that did decode as well.
	if err := c.Validate(); err != nil {
		for _, p := range err.(*ValidationError).Problems {
			if !hasField(problems, p.Field) {
				problems = append(problems, p)
			}
		}
	}
	return c, &ValidationError{Problems: problems}
}

func hasField(ps []FieldError, f string) bool {
	for _, p := range ps {
		if p.Field == f {
			return true
		}
	}
	return false
}

func decodeClaim(b []byte) (Claim, []FieldError) {
	var j claimJSON
	var problems []FieldError
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		var te *json.UnmarshalTypeError
		if ok := asTypeError(err, &te); !ok || te.Field == "" {
			return Claim{}, []FieldError{{Field: "(line)", Reason: "not a JSON object: " + err.Error()}}
		}
		// The decoder fills every other field before it reports the
		// first mistyped one, so the rest of the claim is still checked.
		problems = append(problems, FieldError{Field: te.Field, Reason: "want " + te.Type.String() + ", got JSON " + te.Value})
	} else if dec.More() {
		return Claim{}, []FieldError{{Field: "(line)", Reason: "more than one JSON value"}}
	}
	// Pairs are read strictly: a [0.5] or a [1, 2, 3] is a mistake to
	// report, not a pair to pad or cut.
	probability := func(raw json.RawMessage) *[2]float64 {
		if len(raw) == 0 || string(raw) == "null" {
			return nil
		}
		var v []float64
		if err := json.Unmarshal(raw, &v); err != nil || len(v) != 2 {
			problems = append(problems, FieldError{"probability", "want null or [lo, hi], got " + string(raw)})
			return nil
		}
		return &[2]float64{v[0], v[1]}
	}
	span := func(raw json.RawMessage) [2]int {
		if len(raw) == 0 || string(raw) == "null" {
			return [2]int{}
		}
		var v []int
		if err := json.Unmarshal(raw, &v); err != nil || len(v) != 2 {
			problems = append(problems, FieldError{"span", "want [start, end] byte offsets, got " + string(raw)})
			return [2]int{}
		}
		return [2]int{v[0], v[1]}
	}
	date := func(field string, raw json.RawMessage) Date {
		if len(raw) == 0 {
			return 0
		}
		var d Date
		if err := d.UnmarshalJSON(raw); err != nil {
			problems = append(problems, FieldError{field, err.Error()})
		}
		return d
	}
	c := Claim{
		ID: j.ID, Actor: deref(j.Actor), Population: deref(j.Population),
		Category: j.Category, Status: deref(j.Status), Per: deref(j.Per),
		Low: j.Low, High: j.High, Best: j.Best, Bound: j.Bound, Approx: j.Approx,
		PeriodStart: date("period_start", j.PeriodStart),
		PeriodEnd:   date("period_end", j.PeriodEnd),
		Likelihood:  deref(j.Likelihood), Probability: probability(j.Probability),
		Source: deref(j.Source),
		Document: Document{URL: j.Document.URL, Title: j.Document.Title,
			Published: date("document.published", j.Document.Published)},
		Quote: j.Quote, Span: span(j.Span), Derived: j.Derived, Flags: j.Flags,
		Dataset: deref(j.Dataset), Supersedes: deref(j.Supersedes),
	}
	return c, problems
}

func asTypeError(err error, te **json.UnmarshalTypeError) bool {
	e, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*te = e
	}
	return ok
}

// Validate checks the claim against the rules of claims.md and returns a
// *ValidationError listing every problem with its field, or nil.
func (c *Claim) Validate() error {
	var ps []FieldError
	add := func(field, format string, args ...any) {
		ps = append(ps, FieldError{field, fmt.Sprintf(format, args...)})
	}
	switch {
	case c.Category == "":
		add("category", "missing")
	case !IsCategory(c.Category):
		add("category", "unknown category %q", c.Category)
	}
	if c.Population != "" && !contains(Populations, c.Population) {
		add("population", "unknown population %q (want military, civilian or all)", c.Population)
	}
	if c.Status != "" {
		if !contains(Statuses, c.Status) {
			add("status", "unknown status %q", c.Status)
		} else if c.Category != "" && !IsEquipment(c.Category) {
			add("status", "set on a personnel category; status is for equipment")
		}
	}
	if c.Per != "" && !contains(Pers, c.Per) {
		add("per", "unknown rate unit %q (want day, week, month or year)", c.Per)
	}
	for _, n := range []struct {
		name string
		v    *float64
	}{{"low", c.Low}, {"high", c.High}, {"best", c.Best}} {
		if n.v == nil {
			continue
		}
		if math.IsNaN(*n.v) || math.IsInf(*n.v, 0) {
			add(n.name, "not a finite number")
		} else if *n.v < 0 {
			add(n.name, "negative (%s)", fmtNum(*n.v))
		}
	}
	if c.Low != nil && c.High != nil && *c.Low > *c.High {
		add("low", "greater than high (%s > %s)", fmtNum(*c.Low), fmtNum(*c.High))
	}
	c.validateBound(add)
	if !c.PeriodStart.IsZero() && !c.PeriodEnd.IsZero() && c.PeriodStart > c.PeriodEnd {
		add("period_start", "after period_end (%s > %s)", c.PeriodStart, c.PeriodEnd)
	}
	if c.Probability != nil {
		p := *c.Probability
		switch {
		case !(p[0] >= 0 && p[0] <= 1) || !(p[1] >= 0 && p[1] <= 1):
			add("probability", "outside [0,1]")
		case p[0] > p[1]:
			add("probability", "lower end above upper end")
		}
	}
	if c.Span[0] < 0 || c.Span[1] < c.Span[0] {
		add("span", "not a valid [start, end) pair: %v", c.Span)
	} else if (c.Span != [2]int{}) && c.Span[1]-c.Span[0] != len(c.Quote) {
		add("span", "covers %d bytes but quote has %d", c.Span[1]-c.Span[0], len(c.Quote))
	}
	if !utf8.ValidString(c.Quote) {
		add("quote", "not valid UTF-8")
	}
	if c.Document.URL == "" {
		add("document.url", "missing")
	}
	if c.Document.Published.IsZero() {
		add("document.published", "missing")
	}
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{Problems: ps}
}

func (c *Claim) validateBound(add func(field, format string, args ...any)) {
	eq := func(a, b *float64) bool { return a != nil && b != nil && *a == *b }
	switch c.Bound {
	case "":
		add("bound", "missing")
	case BoundPoint:
		switch {
		case c.Best == nil:
			add("best", "missing for a point figure")
		case c.Low != nil && !eq(c.Low, c.Best), c.High != nil && !eq(c.High, c.Best):
			add("bound", "point figure needs low = high = best")
		}
	case BoundRange:
		if c.Low == nil || c.High == nil {
			add("bound", "range needs both low and high")
		} else if c.Best != nil && (*c.Best < *c.Low || *c.Best > *c.High) {
			add("best", "outside the range [%s, %s]", fmtNum(*c.Low), fmtNum(*c.High))
		}
	case BoundAtLeast, BoundMoreThan:
		if c.Low == nil {
			add("bound", "%s needs low", c.Bound)
		}
		if c.High != nil {
			add("high", "must be null for %s (open upper end)", c.Bound)
		}
	case BoundAtMost, BoundFewerThan:
		if c.High == nil {
			add("bound", "%s needs high", c.Bound)
		}
		if c.Low != nil {
			add("low", "must be null for %s (open lower end)", c.Bound)
		}
	default:
		add("bound", "unknown bound %q", c.Bound)
	}
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Identity returns the claim's ID: a hash of its canonical content. The
// same figure from the same document, read the same way, hashes the same,
// so a store keeps it once. The ID itself, the flags (annotations that
// improve as readers do) and the probability (the reader's yardstick, not
// the source's words) are left out; the document is known by URL and
// date, not title.
func (c *Claim) Identity() string {
	// Length-prefixed so that no two field lists hash alike. Built in one
	// stack buffer without a string per field: bulk imports hash every
	// claim.
	var arr [512]byte
	b := arr[:0]
	for _, f := range [...]string{c.Actor, c.Population, c.Category, c.Status, c.Per} {
		b = appendIdentityField(b, f)
	}
	b = appendIdentityNum(b, c.Low)
	b = appendIdentityNum(b, c.High)
	b = appendIdentityNum(b, c.Best)
	b = appendIdentityField(b, c.Bound)
	b = appendIdentityField(b, strconv.FormatBool(c.Approx))
	b = appendIdentityDate(b, c.PeriodStart)
	b = appendIdentityDate(b, c.PeriodEnd)
	b = appendIdentityField(b, c.Likelihood)
	b = appendIdentityField(b, c.Source)
	b = appendIdentityField(b, c.Document.URL)
	b = appendIdentityDate(b, c.Document.Published)
	b = appendIdentityField(b, c.Quote)
	var num [24]byte
	b = appendIdentityBytes(b, strconv.AppendInt(num[:0], int64(c.Span[0]), 10))
	b = appendIdentityBytes(b, strconv.AppendInt(num[:0], int64(c.Span[1]), 10))
	b = appendIdentityField(b, strconv.FormatBool(c.Derived))
	b = appendIdentityField(b, c.Dataset)
	b = appendIdentityField(b, c.Supersedes)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// appendIdentityField appends one field of the hashed form: its length,
// ':', the field, '|'.
func appendIdentityField(b []byte, f string) []byte {
	b = strconv.AppendInt(b, int64(len(f)), 10)
	b = append(b, ':')
	b = append(b, f...)
	return append(b, '|')
}

// appendIdentityNum appends a nullable number as Identity has always
// written it: "~" for none, else the shortest decimal form.
func appendIdentityNum(b []byte, p *float64) []byte {
	if p == nil {
		return appendIdentityField(b, "~")
	}
	var num [32]byte
	return appendIdentityBytes(b, strconv.AppendFloat(num[:0], *p, 'f', -1, 64))
}

func appendIdentityBytes(b, f []byte) []byte {
	b = strconv.AppendInt(b, int64(len(f)), 10)
	b = append(b, ':')
	b = append(b, f...)
	return append(b, '|')
}

func appendIdentityDate(b []byte, d Date) []byte {
	if d.IsZero() {
		return appendIdentityField(b, "")
	}
	return appendIdentityField(b, d.String())
}

// Normalize fills derived parts of a claim in place: its ID, and sorted,
// de-duplicated flags. Stores call it before hashing and saving.
func (c *Claim) Normalize() {
	if len(c.Flags) > 0 {
		sort.Strings(c.Flags)
		out := c.Flags[:1]
		for _, f := range c.Flags[1:] {
			if f != out[len(out)-1] {
				out = append(out, f)
			}
		}
		c.Flags = out
	}
	c.ID = c.Identity()
}

// Value returns the claim's central figure for display and quick checks:
// best, else the midpoint of a range, else the one bound given.
func (c *Claim) Value() (float64, bool) {
	switch {
	case c.Best != nil:
		return *c.Best, true
	case c.Low != nil && c.High != nil:
		return (*c.Low + *c.High) / 2, true
	case c.Low != nil:
		return *c.Low, true
	case c.High != nil:
		return *c.High, true
	}
	return 0, false
}

// HasFlag reports whether the claim carries flag f.
func (c *Claim) HasFlag(f string) bool { return contains(c.Flags, f) }

// AddFlag adds f once.
func (c *Claim) AddFlag(f string) {
	if !c.HasFlag(f) {
		c.Flags = append(c.Flags, f)
	}
}
