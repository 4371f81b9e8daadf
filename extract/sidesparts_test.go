package extract

import (
	"fmt"
	"testing"

	"github.com/attrition-project/attrition"
)

// sidePartCase is one figure of a text and the side, people and period it
// should be read as; "-" wants the field empty.
type sidePartCase struct {
	text, published string
	low             float64
	category        string
	actor, pop      string
	start, end      string
}

func checkSideParts(t *testing.T, cases []sidePartCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, tc.published, "")
		found := false
		for _, c := range cs {
			if c.Low == nil || *c.Low != tc.low || tc.category != "" && c.Category != tc.category {
				continue
			}
			found = true
			if w := tc.actor; w != "" && (w == "-" && c.Actor != "" || w != "-" && c.Actor != w) {
				t.Errorf("%q: %v: actor %q, want %q", tc.text, tc.low, c.Actor, w)
			}
			if w := tc.pop; w != "" && (w == "-" && c.Population != "" || w != "-" && c.Population != w) {
				t.Errorf("%q: %v: population %q, want %q", tc.text, tc.low, c.Population, w)
			}
			if tc.start != "" && c.PeriodStart.String() != tc.start {
				t.Errorf("%q: %v: period start %v, want %s", tc.text, tc.low, c.PeriodStart, tc.start)
			}
			if tc.end != "" && c.PeriodEnd.String() != tc.end {
				t.Errorf("%q: %v: period end %v, want %s", tc.text, tc.low, c.PeriodEnd, tc.end)
			}
			break
		}
		if !found {
			t.Errorf("%q: no claim of %v %s in %s", tc.text, tc.low, tc.category, sidePartsDump(cs))
		}
	}
}

// Hostages are of no army: a figure of hostages joined to one of
// soldiers by "and" does not take the soldiers' population.
func TestHostagesNotMilitary(t *testing.T) {
	checkSideParts(t, []sidePartCase{
		{text: "The ISPR said 26 hostages and four soldiers were killed", published: "2025-06-12", low: 26, category: "killed", actor: "Pakistan", pop: "all"},
		{text: "The ISPR said 26 hostages and four soldiers were killed", published: "2025-06-12", low: 4, category: "killed", actor: "Pakistan", pop: "military"},
		{text: "The ISPR said 26 hostages and four soldiers died.", published: "2025-06-12", low: 26, category: "killed", pop: "all"},
		{text: "The army said 12 hostages and three policemen were killed in the siege.", published: "2025-06-12", low: 12, category: "killed", pop: "all"},
		{text: "The ISPR said militants killed 26 hostages and four soldiers.", published: "2025-06-12", low: 26, category: "killed", pop: "all"},
		{text: "The ISPR said 26 hostages died.", published: "2025-06-12", low: 26, category: "killed", pop: "all"},
		// Prisoners of war are soldiers still.
		{text: "Russia executed 16 Ukrainian prisoners of war, Kyiv said.", published: "2025-06-12", low: 16, category: "killed", pop: "military"},
	})
}

func sidePartsDump(cs []attrition.Claim) string {
	s := ""
	for _, c := range cs {
		s += fmt.Sprintf("\n\t%s %s %s %v %q", c.Actor, c.Population, c.Category, c.Low, c.Quote)
	}
	return s
}

// A group struck, named with its article ("strikes on the Houthis"),
// is the target whose fighters fell, not a doer whose enemy lost them.
func TestStrikesOnTheGroupTarget(t *testing.T) {
	checkSideParts(t, []sidePartCase{
		{text: "Strikes on the Houthis killed dozens of fighters in 2024.", published: "2025-06-12", low: 12, category: "killed", actor: "Houthis", pop: "military", start: "2024-01-01", end: "2024-12-31"},
		{text: "Strikes against the Houthis killed 40 fighters.", published: "2025-06-12", low: 40, actor: "Houthis", pop: "military"},
		{text: "US airstrikes on the Houthis killed 40 militants.", published: "2025-06-12", low: 40, actor: "Houthis", pop: "military"},
		{text: "Strikes on the RSF killed 40 fighters.", published: "2025-06-12", low: 40, actor: "Sudan (RSF)", pop: "military"},
		{text: "Strikes on Houthis killed 40 fighters.", published: "2025-06-12", low: 40, actor: "Houthis"},
		// People where a group was struck are its land's.
		{text: "Strikes on the Houthis killed 40 people.", published: "2025-06-12", low: 40, actor: "Yemen"},
		// The group as the doer still kills its enemy's men.
		{text: "The Houthis killed 40 soldiers in Marib.", published: "2025-06-12", low: 40, actor: "Yemen"},
	})
}

// A dash before a whole's parts opens them as a colon does.
func TestDashOpensParts(t *testing.T) {
	const ua = "The UN recorded 12,456 civilian casualties in Ukraine in 2024 %s 2,064 killed and 10,392 injured."
	var cases []sidePartCase
	for _, mark := range []string{"—", "–", ":"} {
		text := fmt.Sprintf(ua, mark)
		cases = append(cases,
			sidePartCase{text: text, published: "2025-01-03", low: 2064, category: "killed", actor: "Ukraine", pop: "civilian", start: "2024-01-01"},
			sidePartCase{text: text, published: "2025-01-03", low: 10392, category: "wounded", actor: "Ukraine", pop: "civilian", start: "2024-01-01"})
	}
	cases = append(cases,
		sidePartCase{text: "Russia suffered 1,000 casualties — 300 killed and 700 wounded, the UK said.", published: "2025-01-03", low: 300, category: "killed", actor: "Russia", pop: "military"},
		// A side of its own after the dash keeps it.
		sidePartCase{text: "Russia suffered 1,000 casualties — Ukraine lost 300 killed.", published: "2025-01-03", low: 300, category: "killed", actor: "Ukraine"},
	)
	checkSideParts(t, cases)
}

// A figure with no people of its own after a colon counts the
// civilians its side was named with before the colon.
func TestColonClausePeople(t *testing.T) {
	checkSideParts(t, []sidePartCase{
		{text: "Last year was the deadliest for Ukrainian civilians since 2022: the UN recorded 2,064 killed.", published: "2025-01-05", low: 2064, category: "killed", actor: "Ukraine", pop: "civilian"},
		{text: "It was the worst year for Ukrainian civilians: 2,064 were killed and 10,392 injured.", published: "2025-01-05", low: 2064, category: "killed", actor: "Ukraine", pop: "civilian"},
		{text: "It was the worst year for Ukrainian civilians: 2,064 were killed and 10,392 injured.", published: "2025-01-05", low: 10392, category: "wounded", actor: "Ukraine", pop: "civilian"},
		// Soldiers named so are not made civilians.
		{text: "Russian troops fought hard: 2,064 were killed.", published: "2025-01-05", low: 2064, actor: "Russia", pop: "military"},
		// A figure's own people win.
		{text: "It was the worst year for Ukrainian civilians: 40 soldiers were killed too.", published: "2025-01-05", low: 40, pop: "military"},
	})
}

// A figure compared with, owned by a year in the possessive ("up from
// 2023's 253,000"), is a claim of that year.
func TestPossessiveYearCompared(t *testing.T) {
	const pub = "2025-01-03"
	var cases []sidePartCase
	for _, s := range []string{
		"Russian casualties hit about 430,000 in 2024, up from 2023's 253,000.",
		"Russian casualties hit about 430,000 in 2024, down from 2023's 253,000.",
		"Russian casualties hit about 430,000 in 2024, compared with 2023's 253,000.",
		"Russian casualties hit about 430,000 in 2024, above 2023's total of 253,000.",
	} {
		cases = append(cases,
			sidePartCase{text: s, published: pub, low: 253000, category: "casualties", actor: "Russia", start: "2023-01-01", end: "2023-12-31"},
			sidePartCase{text: s, published: pub, low: 430000, category: "casualties", actor: "Russia", start: "2024-01-01", end: "2024-12-31"})
	}
	cases = append(cases,
		sidePartCase{text: "Russian casualties hit about 430,000 in 2024, up from last year's 253,000.", published: pub, low: 253000, category: "casualties", actor: "Russia"},
		sidePartCase{text: "In 2023's fighting, Russia lost 253,000 troops.", published: pub, low: 253000, actor: "Russia", start: "2023-01-01", end: "2023-12-31"},
		// "up from" a year with no possessive still starts nothing new.
		sidePartCase{text: "Russian casualties hit about 430,000 in 2024, up from 253,000 in 2023.", published: pub, low: 253000, start: "2023-01-01", end: "2023-12-31"},
	)
	checkSideParts(t, cases)
}
