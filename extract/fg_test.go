package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// fgClaim is a claim's figure and period: "1000.. 2025-03-01→2025-05-31",
// with "/day" for a rate and " after" for period_after_publication.
func fgClaim(c *attrition.Claim) string {
	end := func(p *float64) string {
		if p == nil {
			return ""
		}
		return fmt.Sprint(*p)
	}
	s := fmt.Sprintf("%s..%s %s→%s", end(c.Low), end(c.High), c.PeriodStart, c.PeriodEnd)
	if c.Per != "" {
		s += " /" + c.Per
	}
	if c.HasFlag("period_after_publication") {
		s += " after"
	}
	return s
}

// fgCase runs text published on pub (2025-06-12 when empty) and wants
// exactly the claims of want, in order, each a prefix of fgClaim's form.
type fgCase struct {
	text, pub string
	want      []string
}

func fgRun(t *testing.T, cases []fgCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.pub
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		got := make([]string, len(cs))
		for i := range cs {
			got[i] = fgClaim(&cs[i])
		}
		if len(cs) != len(tc.want) {
			t.Errorf("%q: %d claims, want %d:\n  %s", tc.text, len(cs), len(tc.want), strings.Join(got, "\n  "))
			continue
		}
		for i, w := range tc.want {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("%q: claim %d is %q, want %q", tc.text, i, got[i], w)
			}
		}
	}
}

// A past war named by its name spans the days its fighting began and
// ended; the years written after it are whole years.
func TestFgPastWarDays(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "The Korean War killed an estimated 2.5 million civilians.", want: []string{"2.5e+06..2.5e+06 1950-06-25→1953-07-27"}},
		{text: "Some 58,000 Americans died in the Vietnam War.", want: []string{"58000..58000 1955-11-01→1975-04-30"}},
		{text: "The Second Chechen War killed about 25,000 civilians.", want: []string{"25000..25000 1999-08-26→2009-04-16"}},
		{text: "About 20 million soldiers died in World War One.", want: []string{"2e+07..2e+07 1914-07-28→1918-11-11"}},
		{text: "Some 4.5 million people were killed in World War II in Ukraine.", want: []string{"4.5e+06..4.5e+06 1939-09-01→1945-09-02"}},
		{text: "Argentina lost 649 servicemen in the Falklands War.", want: []string{"649..649 1982-04-02→1982-06-14"}},
		// The years written are the span as they read.
		{text: "Some 36,500 Americans died in the Korean War (1950-53).", want: []string{"36500..36500 1950-01-01→1953-12-31"}},
		{text: "About 5,500 Russian servicemen were killed in the First Chechen War of 1994-96.", want: []string{"5500..5500 1994-01-01→1996-12-31"}},
	})
}

// A rate held "for three straight months" runs over the streak to the
// day written, and the streak's count is no figure; a count that tops a
// mark for the nth month is the latest month's, which the streak does
// not date.
func TestFgStreak(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Russian daily losses have exceeded 1,000 for three straight months.", want: []string{"1000.. 2025-03-12→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for five consecutive months.", want: []string{"1000.. 2025-01-12→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for 3 straight months.", want: []string{"1000.. 2025-03-12→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for three successive weeks.", want: []string{"1000.. 2025-05-22→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for four months in a row.", want: []string{"1000.. 2025-02-12→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for three months running.", want: []string{"1000.. 2025-03-12→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for the fifth consecutive month.", want: []string{"1000.. 2025-01-12→2025-06-12 /day"}},
		{text: "Russian daily losses have exceeded 1,000 for a third straight month.", want: []string{"1000.. 2025-03-12→2025-06-12 /day"}},
		{text: "Russia lost 1,000 troops a day for three straight months.", want: []string{"1000..1000 2025-03-12→2025-06-12 /day"}},
		{text: "Russian monthly losses have exceeded 40,000 for three straight months.", want: []string{"40000.. 2025-03-12→2025-06-12 /month"}},
		// A count, not a rate: the streak does not date it.
		{text: "Russian losses topped 40,000 for the second month in a row.", want: []string{"40000.. 2022-02-24→2025-06-12"}},
		// A length with no streak tells no end.
		{text: "Russia held the town for three months, losing 5,000 troops.", want: []string{"5000..5000 2022-02-24→2025-06-12"}},
	})
}

// Another's rate of the same losses, with no time of its own, right
// after a rate dated by its own words, is of that time; not a rate told
// in the perfect, nor a rate after a war's running one.
func TestFgRateAfterRate(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "The UK says Russia lost 1,286 a day in May. Ukraine's General Staff reported 1,100 a day.", want: []string{"1286..1286 2025-05-01→2025-05-31 /day", "1100..1100 2025-05-01→2025-05-31 /day"}},
		{text: "In May, Russian losses averaged 1,286 a day, according to the UK. The General Staff's figures give 1,150 a day.", want: []string{"1286..1286 2025-05-01→2025-05-31 /day", "1150..1150 2025-05-01→2025-05-31 /day"}},
		{text: "Russian losses averaged 1,286 a day in May, the UK said. Ukraine put the figure at 1,100 a day.", want: []string{"1286..1286 2025-05-01→2025-05-31 /day", "1100..1100 2025-05-01→2025-05-31 /day"}},
		{text: "Russia lost 1,286 a day in May. Over the war, Russia has lost 900 troops a day on average.", want: []string{"1286..1286 2025-05-01→2025-05-31 /day", "900..900 2022-02-24→2025-06-12 /day"}},
		{text: "Russia has lost 900 a day since the invasion. The General Staff reported 1,100 a day.", want: []string{"900..900 2022-02-24→2025-06-12 /day", "1100..1100 2022-02-24→2025-06-12 /day"}},
	})
}

// A span of more days than one later in the clause says which part of
// the war a figure "in the war" counts.
func TestFgSpanInWar(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "In the war, 61,000 people died in Gaza in 2024.", want: []string{"61000..61000 2024-01-01→2024-12-31"}},
		{text: "In the Sudanese civil war, an estimated 61,000 people died in Khartoum State between April 2023 and June 2024.", want: []string{"61000..61000 2023-04-15→2024-06-30"}},
		{text: "In the civil war, 20,000 people were killed in Khartoum between April and December 2023.", want: []string{"20000..20000 2023-04-15→2023-12-31"}},
		{text: "During the war, Russia lost 45,000 soldiers in December 2024 alone.", want: []string{"45000..45000 2024-12-01→2024-12-31"}},
		{text: "In the war in Sudan, at least 28,700 people have been killed.", want: []string{"28700.. 2023-04-15→2025-06-12"}},
	})
}

// A half or a quarter still running is kept as written and flagged;
// "the past quarter" is the three months to the day written; a part
// with no year after one given a year is of that year.
func TestFgHalfQuarter(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Russia suffered about 210,000 casualties in the first half of 2025.", want: []string{"210000..210000 2025-01-01→2025-06-30 after"}},
		{text: "Russia suffered about 210,000 casualties in the first half of the year.", want: []string{"210000..210000 2025-01-01→2025-06-30 after"}},
		{text: "Preliminary data for the second quarter of 2025 already show more than 1,900 fatalities in Burkina Faso.", want: []string{"1900.. 2025-04-01→2025-06-30 after"}},
		{text: "Russia suffered about 210,000 casualties in the second half of 2024.", want: []string{"210000..210000 2024-07-01→2024-12-31"}},
		{text: "Russian losses eased to about 950 a day over the past quarter.", want: []string{"950..950 2025-03-12→2025-06-12 /day"}},
		{text: "Russian losses averaged roughly 45,000 a month over the last quarter of 2024, up from about 30,000 a month in the first quarter.", want: []string{"45000..45000 2024-10-01→2024-12-31 /month", "30000..30000 2024-01-01→2024-03-31 /month"}},
	})
}

// A share of a whole dated right after the share's words is of the part
// a verb of occurring dates after it; "of the year" is the year named.
func TestFgShareOfPart(t *testing.T) {
	fgRun(t, []fgCase{
		{text: "Nearly half of the 430,000 Russian casualties in 2024 occurred in the final four months of the year.", want: []string{"215000..215000 2024-09-01→2024-12-31", "430000..430000 2024-01-01→2024-12-31"}},
		{text: "Nearly half of the 430,000 Russian casualties in 2024 occurred in the last quarter of 2024.", want: []string{"215000..215000 2024-10-01→2024-12-31", "430000..430000 2024-01-01→2024-12-31"}},
		{text: "About a third of the 210,000 Russian casualties this year came in the first five months of 2025.", want: []string{"70000..70000 2025-01-01→2025-05-31", "210000..210000 2025-01-01→2025-06-12"}},
	})
}
