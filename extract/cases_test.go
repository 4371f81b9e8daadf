package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// claimForm is a claim in the short form the table tests compare:
//
//	killed Ukraine/civilian [12..·]/day at_least ~ 2025-06-11→2025-06-12 derived ambiguous_actor src=OHCHR
//
// category, actor/population, [low..high] (· for an open end) and /per,
// bound, ~ for approx, period, derived, flags and source; a field that
// is empty and has no label (bound, ~, per, derived, flags) is left out.
// The category comes first so that a want can pin the actor from its
// start ("killed /all" is a claim with no actor), and the source last so
// that a want can pin it to its end (see hasWords).
func claimForm(c *attrition.Claim) string {
	end := func(p *float64) string {
		if p == nil {
			return "·"
		}
		return fmt.Sprint(*p)
	}
	fig := "[" + end(c.Low) + ".." + end(c.High) + "]"
	if c.Per != "" {
		fig += "/" + c.Per
	}
	f := []string{c.Category, c.Actor + "/" + c.Population, fig}
	if c.Bound != "" {
		f = append(f, c.Bound)
	}
	if c.Approx {
		f = append(f, "~")
	}
	f = append(f, c.PeriodStart.String()+"→"+c.PeriodEnd.String())
	if c.Derived {
		f = append(f, "derived")
	}
	f = append(f, c.Flags...)
	f = append(f, "src="+c.Source)
	return strings.Join(f, " ")
}

// claimCase is a text published on pub (2025-06-12 when empty) and the
// claims it should give, exactly these and in this order: claim i's
// form (claimForm) holds every string of want[i] as whole words, so
// "[40..40]" is no part of "[140..140]" nor "missing" of
// "killed_or_missing". A string that ends in "/" leaves the population
// after it open: "killed Russia/" is Russia's dead of any population,
// "killed /" dead of no actor; one that ends in ".." leaves the high
// end open: "[40.." is any figure from 40. A source has spaces of its
// own, so a "src=" string is the whole source: "src=UN" is not "src=UN
// Human Rights Office", and "src=" is no source. A string that starts
// with "!" wants the rest not in the form: "!category_conflict" is a
// claim without that flag.
type claimCase struct {
	text, pub string
	want      [][]string
}

func runCases(t *testing.T, cases []claimCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.pub
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		got := make([]string, len(cs))
		for i := range cs {
			got[i] = claimForm(&cs[i])
		}
		if len(cs) != len(tc.want) {
			t.Errorf("%q: %d claims, want %d:\n  %s", tc.text, len(cs), len(tc.want), strings.Join(got, "\n  "))
			continue
		}
		for i, w := range tc.want {
			for _, s := range w {
				if !hasWords(got[i], s) {
					t.Errorf("%q: claim %d is %q, does not match %q", tc.text, i, got[i], s)
				}
			}
		}
	}
}

// hasWords reports whether form holds s as whole words, for an s that
// ends in "/" or ".." as words up to a population or high end left
// open, and for a source ("src=…") as the words that end the form; for
// an s that starts with "!", whether form does not hold the rest.
func hasWords(form, s string) bool {
	if strings.HasPrefix(s, "!") {
		return !hasWords(form, s[1:])
	}
	if strings.HasPrefix(s, "src=") {
		return strings.HasSuffix(" "+form, " "+s)
	}
	if strings.HasSuffix(s, "/") || strings.HasSuffix(s, "..") {
		return strings.Contains(" "+form, " "+s)
	}
	return strings.Contains(" "+form+" ", " "+s+" ")
}
