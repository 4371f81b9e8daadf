package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// feClaim is a claim in the short form these tests compare: actor,
// population, category, low..high (· for an open end), bound, source,
// period and the derived mark; approx as "~".
func feClaim(c *attrition.Claim) string {
	end := func(p *float64) string {
		if p == nil {
			return "·"
		}
		return fmt.Sprint(*p)
	}
	s := fmt.Sprintf("%s/%s %s %s..%s %s src=%s %s→%s", c.Actor, c.Population, c.Category, end(c.Low), end(c.High), c.Bound, c.Source, c.PeriodStart, c.PeriodEnd)
	if c.Approx {
		s += " ~"
	}
	if c.Derived {
		s += " derived"
	}
	return s
}

// feCase runs text published on pub (2025-06-12 when empty) and wants,
// in order, claims whose short form (feClaim) holds each of the
// substrings of want.
type feCase struct {
	text, pub string
	want      [][]string
}

func feRun(t *testing.T, cases []feCase) {
	t.Helper()
	for _, tc := range cases {
		pub := tc.pub
		if pub == "" {
			pub = "2025-06-12"
		}
		cs := run(t, tc.text, pub, "")
		got := make([]string, len(cs))
		for i := range cs {
			got[i] = feClaim(&cs[i])
		}
		if len(cs) != len(tc.want) {
			t.Errorf("%q: %d claims, want %d:\n  %s", tc.text, len(cs), len(tc.want), strings.Join(got, "\n  "))
			continue
		}
		for i, w := range tc.want {
			for _, sub := range w {
				if !strings.Contains(got[i], sub) {
					t.Errorf("%q: claim %d is %q, want %q in it", tc.text, i, got[i], sub)
				}
			}
		}
	}
}

// A total's counter after its participle ("verified by OHCHR") stands
// between the loss noun and the figure; the breakdown after the colon
// keeps the total's people.
func TestFeCountedByBetween(t *testing.T) {
	feRun(t, []feCase{
		{text: "This brings the total number of civilian casualties verified by OHCHR in Ukraine to 46,085: 13,341 killed and 32,744 injured.", pub: "2025-06-10", want: [][]string{
			{"Ukraine/civilian casualties 46085..46085", "src=UN Human Rights Office", "2022-02-24→2025-06-10"},
			{"Ukraine/civilian killed 13341..13341"},
			{"Ukraine/civilian wounded 32744..32744"},
		}},
		{text: "Civilian casualties documented by OHCHR in Ukraine reached 46,085: 13,341 killed and 32,744 injured.", pub: "2025-06-10", want: [][]string{
			{"Ukraine/civilian casualties 46085..46085"},
			{"Ukraine/civilian killed 13341..13341"},
			{"Ukraine/civilian wounded 32744..32744"},
		}},
		{text: "The number of civilians killed recorded by HRMMU since February 2022 has risen to 13,341.", pub: "2025-06-10", want: [][]string{
			{"Ukraine/civilian killed 13341..13341", "2022-02-24→2025-06-10"},
		}},
		// Without the counter it worked before; it still does.
		{text: "This brings the total number of civilian casualties in Ukraine to 46,085: 13,341 killed and 32,744 injured.", pub: "2025-06-10", want: [][]string{
			{"Ukraine/civilian casualties 46085..46085"},
			{"Ukraine/civilian killed 13341..13341"},
			{"Ukraine/civilian wounded 32744..32744"},
		}},
	})
}

// A spaced dash sets off a list item's label (a year, a side) from its
// figure as a colon does.
func TestFeLabelDash(t *testing.T) {
	feRun(t, []feCase{
		{text: "Russian casualties: 2022 – 100,000; 2023 – 250,000; 2024 – 430,000.", want: [][]string{
			{"Russia/military casualties 100000..100000", "2022-02-24→2022-12-31"},
			{"Russia/military casualties 250000..250000", "2023-01-01→2023-12-31"},
			{"Russia/military casualties 430000..430000", "2024-01-01→2024-12-31"},
		}},
		{text: "Russian casualties by year: 2022 — 100,000; 2023 — 250,000", want: [][]string{
			{"Russia/military casualties 100000..100000", "2022-02-24→2022-12-31"},
			{"Russia/military casualties 250000..250000", "2023-01-01→2023-12-31"},
		}},
		{text: "Killed: Russia – 95,000 (per Mediazona); Ukraine – 70,000 (per UALosses)", want: [][]string{
			{"Russia/all killed 95000..95000", "src=Mediazona"},
			{"Ukraine/all killed 70000..70000", "src=UALosses"},
		}},
		{text: "Equipment losses (per Oryx): Russia – 20,000+; Ukraine – 7,500+", want: [][]string{
			{"Russia/ equipment:other 20000..· at_least", "src=Oryx"},
			{"Ukraine/ equipment:other 7500..· at_least", "src=Oryx"},
		}},
		// The colon's forms, the second side's equipment as the first's.
		{text: "Tanks lost: Russia: 3,000; Ukraine: 1,000.", want: [][]string{
			{"Russia/ equipment:tanks 3000..3000"},
			{"Ukraine/ equipment:tanks 1000..1000"},
		}},
		{text: "Ukraine's losses, according to the study: 2022 – 15,000 killed; 2023 – 25,000 killed.", want: [][]string{
			{"Ukraine/military killed 15000..15000", "2022-02-24→2022-12-31"},
			{"Ukraine/military killed 25000..25000", "2023-01-01→2023-12-31"},
		}},
		// A dateline's dash is no label.
		{text: "KYIV – 12 people were killed in a Russian strike on Kyiv on Tuesday.", want: [][]string{
			{"Ukraine/all killed 12..12"},
		}},
	})
}

// A label's people before its loss word and colon name the figure's
// population as the same words in prose do.
func TestFeLabelPeople(t *testing.T) {
	feRun(t, []feCase{
		{text: "Children killed: over 16,500", pub: "2025-06-16", want: [][]string{{"/civilian killed 16500..· more_than"}}},
		{text: "Aid workers killed: 408", pub: "2025-06-16", want: [][]string{{"/civilian killed 408..408"}}},
		{text: "Medical staff killed: 1,400", pub: "2025-06-16", want: [][]string{{"/civilian killed 1400..1400"}}},
		{text: "Journalists killed: 180", pub: "2025-06-16", want: [][]string{{"/civilian killed 180..180"}}},
		{text: "Soldiers killed in May: 1,200", want: [][]string{{"/military killed 1200..1200"}}},
		{text: "Terrorists eliminated in the Gaza Strip: approx. 20,000", want: [][]string{{"Palestinians in Gaza/military killed 20000..20000"}}},
		// In prose, as before.
		{text: "Over 16,500 children have been killed in Gaza.", pub: "2025-06-16", want: [][]string{{"Palestinians in Gaza/civilian killed 16500..· more_than"}}},
	})
}

// A start read on the line before ("(since 24 Feb 2022)") carries to
// the next line with the day and month it was written with, not as a
// year alone.
func TestFeCarriedSince(t *testing.T) {
	feRun(t, []feCase{
		{text: "• 13,341 civilians killed (since 24 Feb 2022)\n• 32,744 civilians injured\n", want: [][]string{
			{"/civilian killed 13341..13341", "2022-02-24→2025-06-12"},
			{"/civilian wounded 32744..32744", "2022-02-24→2025-06-12"},
		}},
		{text: "• 13,341 civilians killed (since Feb. 24, 2022)\n• 32,744 civilians injured\n", want: [][]string{
			{"2022-02-24→2025-06-12"},
			{"2022-02-24→2025-06-12"},
		}},
		{text: "Since 24 Feb 2022:\n• 13,341 civilians killed\n• 32,744 civilians injured\n", want: [][]string{
			{"2022-02-24→2025-06-12"},
			{"2022-02-24→2025-06-12"},
		}},
		// A year or a month alone stays as written.
		{text: "• 13,341 civilians killed (since 2023)\n• 32,744 civilians injured\n", want: [][]string{
			{"2023-01-01→2025-06-12"},
			{"2023-01-01→2025-06-12"},
		}},
		{text: "Since March 2023:\n• 13,341 civilians killed\n• 32,744 civilians injured\n", want: [][]string{
			{"2023-03-01→2025-06-12"},
			{"2023-03-01→2025-06-12"},
		}},
	})
}

// A share of a toll told by the weapon that caused it is no loss of its
// own, least of all of the weapon; a people's share of a toll stays.
func TestFeCauseShare(t *testing.T) {
	feRun(t, []feCase{
		{text: "HRMMU recorded 232 civilians killed in June 2025. Some 37 per cent of the deaths were caused by short-range drones.", want: [][]string{
			{"Ukraine/civilian killed 232..232"},
		}},
		{text: "HRMMU recorded 232 civilians killed in June 2025. About 40 per cent of them were due to shelling.", want: [][]string{
			{"Ukraine/civilian killed 232..232"},
		}},
		{text: "Russian forces suffered 380,000–420,000 casualties in 2025, and 60–70 per cent of those were inflicted by drones.", want: [][]string{
			{"Russia/military casualties 380000..420000 range"},
		}},
		{text: "OHCHR recorded 61,353 deaths and injuries in Ukraine, of whom 59 per cent were civilians.", want: [][]string{
			{"casualties 61353..61353"},
			{"/civilian casualties 36198..36198"},
		}},
		// Led by its weapon, the share stays the toll's (as the corpus
		// reads "Short-range drones accounted for about a third of the
		// deaths in April").
		{text: "HRMMU recorded 232 civilians killed in June 2025. Short-range drones accounted for 37 per cent of the deaths.", want: [][]string{
			{"Ukraine/civilian killed 232..232"},
			{"Ukraine/civilian killed 86..86"},
		}},
	})
}

// A share's whole inside its phrase is the running total; the time
// after the share's verb is the share's alone.
func TestFeShareWholeTime(t *testing.T) {
	feRun(t, []feCase{
		{text: "Around a fifth of Russia's 950,000 casualties were incurred in the first five months of 2025.", want: [][]string{
			{"Russia/military casualties 190000..190000", "2025-01-01→2025-05-31"},
			{"Russia/military casualties 950000..950000", "2022-02-24→2025-06-12"},
		}},
		// The whole's own phrase up to the verb keeps its time.
		{text: "Half of the 60 soldiers killed in Djibo in May were conscripts.", want: [][]string{
			{"killed 30..30", "2025-05-01→2025-05-31"},
			{"killed 60..60", "2025-05-01→2025-05-31"},
		}},
	})
}
