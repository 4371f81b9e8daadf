// Package reference is the built-in reference ledger: loss figures that
// publishers stated in public reporting on several conflicts, typed by hand
// as claims with their documents. It ships inside the binary so that
// `attrition demo` and tests of the engines have real, cited claims to work
// on without a network or a data folder.
//
// The ledger holds facts only: who published which figure, when, about
// whom, with the page it was read from. How rows were typed:
//
//   - One claim per figure and category: an update giving casualties and
//     killed is two rows, so the arithmetic of claims.md can be checked
//     between them.
//   - Running totals start on the conflict's start day (attrition.Conflicts)
//     and end on the day the figure speaks of; counts over a year or a
//     month, and average rates (per), carry their own period.
//   - Quotes are short descriptions of what the publisher stated rather
//     than excerpts (span [0, 0]); titles the page's headline was not
//     recorded for say "description".
//   - A day not printed on the page is chosen, said in the document title,
//     and flagged "date_inferred"; where nothing fixes it, the later end of
//     what the page allows is taken, which understates a running total's
//     pace rather than overstating it.
//   - Named lists and verified tallies (Mediazona/BBC Russian, Oryx, UN
//     monitors) are lower bounds ("at_least"), never points.
//   - Claims whose publisher is a warring party (registry Party, or a
//     party's president or ministry) are flagged "warring_party".
//   - Sudan has no whole-country actor in the registry; country-wide
//     fatality counts go under "Sudan (civilians)", the actor its aliases
//     resolve to, with population "all" where they count everyone.
package reference

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"

	"github.com/attrition-project/attrition"
)

// File is the ledger's path in the source tree, used in error messages so
// that a bad row can be found and fixed.
const File = "reference/claims.jsonl"

// FlagDateInferred marks a claim whose day is not printed on its page:
// the day was chosen (and the document title says how) rather than read.
const FlagDateInferred = "date_inferred"

//go:embed claims.jsonl
var claimsJSONL []byte

// Claims decodes the built-in ledger. Every call returns a fresh slice
// (callers may change it) of normalised claims, IDs filled. A bad row is
// an error naming reference/claims.jsonl and the line.
func Claims() ([]attrition.Claim, error) {
	return Parse(bytes.NewReader(claimsJSONL), File)
}

// Parse reads claims in the JSONL form of claims.md, one per line; blank
// lines are skipped. Every bad row is reported, as attrition.LineErrors
// naming file and line, and then no claim is returned: a ledger is used
// whole or not at all.
func Parse(r io.Reader, file string) ([]attrition.Claim, error) {
	sc := bufio.NewScanner(r)
	// A claim is a few hundred bytes; allow long titles and quotes anyway.
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	var (
		out  []attrition.Claim
		bad  attrition.LineErrors
		line int
	)
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		c, err := attrition.DecodeClaim(text)
		if err != nil {
			bad = append(bad, &attrition.LineError{File: file, Line: line, Err: err})
			continue
		}
		c.Normalize()
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		bad = append(bad, &attrition.LineError{File: file, Line: line + 1,
			Err: attrition.Errorf(attrition.EINVALID, "unreadable line: %v", err)})
	}
	if len(bad) > 0 {
		return nil, bad
	}
	return out, nil
}

// Summary describes the ledger in one line, for help texts and logs:
// "90 claims from 20 sources on 3 conflicts".
func Summary(claims []attrition.Claim) string {
	sources := map[string]bool{}
	conflicts := map[string]bool{}
	for i := range claims {
		sources[claims[i].Source] = true
		if cf, ok := attrition.ConflictOf(claims[i].Actor); ok {
			conflicts[cf.ID] = true
		}
	}
	return fmt.Sprintf("%d claims from %d sources on %d conflicts",
		len(claims), len(sources), len(conflicts))
}
