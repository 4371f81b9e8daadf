package attrition

import (
	"errors"
	"fmt"
	"strings"
)

// PrepareClaims is the rule every store applies before writing: it
// validates all claims and returns normalised copies (IDs set, flags
// sorted) with repeats removed, in input order. One invalid claim means
// nothing is stored; the error is EINVALID and names every bad claim by
// its index. The caller's claims are not modified.
func PrepareClaims(claims []Claim) ([]Claim, error) {
	var errs []error
	out := make([]Claim, 0, len(claims))
	seen := make(map[string]struct{}, len(claims))
	for i := range claims {
		c := claims[i]
		if err := c.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("claim %d: %w", i, err))
			continue
		}
		if len(errs) > 0 {
			continue
		}
		c.Flags = append([]string(nil), c.Flags...)
		c.Normalize()
		if _, dup := seen[c.ID]; dup {
			continue
		}
		seen[c.ID] = struct{}{}
		out = append(out, c)
	}
	if err := InvalidClaims(errs); err != nil {
		return nil, err
	}
	return out, nil
}

// InvalidClaims reports every invalid claim of a batch as one EINVALID
// error, listing the first twenty; nil when errs is empty. Each claim's
// own error stays reachable by errors.As. Stores that validate as they
// stream use it too, so that every ledger words the refusal alike.
func InvalidClaims(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	const show = 20
	msgs := make([]string, 0, show+1)
	for i, e := range errs {
		if i == show {
			msgs = append(msgs, fmt.Sprintf("and %d more invalid claims", len(errs)-show))
			break
		}
		msgs = append(msgs, e.Error())
	}
	return &invalidClaims{msg: "invalid claims, nothing stored: " + strings.Join(msgs, "; "), errs: errs}
}

// IsInvalidClaims reports whether err is a batch refused by InvalidClaims.
func IsInvalidClaims(err error) bool {
	var inv *invalidClaims
	return errors.As(err, &inv)
}

// invalidClaims keeps every per-claim error reachable by errors.As while
// reporting as EINVALID.
type invalidClaims struct {
	msg  string
	errs []error
}

func (e *invalidClaims) Error() string { return e.msg }
func (e *invalidClaims) Unwrap() []error {
	return append([]error{Errorf(EINVALID, "%s", e.msg)}, e.errs...)
}
