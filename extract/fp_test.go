package extract

import (
	"fmt"
	"strings"
	"testing"
)

// fpClaims runs text published on 2025-06-12 and sums each claim up as
// "category low actor per start..end", in order.
func fpClaims(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, c := range run(t, text, "2025-06-12", "") {
		low := "nil"
		if c.Low != nil {
			low = fmt.Sprint(*c.Low)
		}
		start, end := "", ""
		if !c.PeriodStart.IsZero() {
			start = c.PeriodStart.String()
		}
		if !c.PeriodEnd.IsZero() {
			end = c.PeriodEnd.String()
		}
		out = append(out, fmt.Sprintf("%s %s %s %s %s..%s", c.Category, low, c.Actor, c.Per, start, end))
	}
	return out
}

// fpRun checks each text's claims against want, the whole list; a want
// entry may leave out the tail of the sum ("killed 1200" matches any
// actor and period).
func fpRun(t *testing.T, cases []struct {
	text string
	want []string
}) {
	t.Helper()
	for _, tc := range cases {
		got := fpClaims(t, tc.text)
		ok := len(got) == len(tc.want)
		for i := 0; ok && i < len(got); i++ {
			ok = got[i] == tc.want[i] || strings.HasPrefix(got[i], tc.want[i]+" ")
		}
		if !ok {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestFPCountedAfterThe: "the 1,200 confirmed by …" is the count's
// figure, named by the loss noun before the comparison.
func TestFPCountedAfterThe(t *testing.T) {
	fpRun(t, []struct {
		text string
		want []string
	}{
		{"The death toll is likely far higher than the 1,200 confirmed by the health ministry.", []string{"killed 1200"}},
		{"The real toll is higher than the 1,200 deaths confirmed by the health ministry.", []string{"killed 1200"}},
		{"The death toll exceeds the 1,200 confirmed by officials.", []string{"killed 1200"}},
		{"Casualties are thought to exceed the 5,000 recorded by the UN.", []string{"casualties 5000"}},
		{"Russia's losses are far above the 1,200 documented by Mediazona.", []string{"casualties 1200 Russia"}},
		// A figure the participle counts without "the" is no bare figure.
		{"The ministry said 1,200 confirmed cases of cholera were recorded.", nil},
	})
}

// TestFPWholeOfPeople: the whole of "N of M men" is the men there were,
// no loss of its own, unless the loss follows it.
func TestFPWholeOfPeople(t *testing.T) {
	fpRun(t, []struct {
		text string
		want []string
	}{
		{"The brigade was shattered: 1,200 of 1,600 men were killed or wounded.", []string{"casualties 1200"}},
		{"The battalion lost 300 of 500 soldiers in a week.", []string{"casualties 300"}},
		{"The battalion lost 300 of its 500 soldiers in a week.", []string{"casualties 300"}},
		{"12 of the 14 missiles were intercepted.", []string{"equipment:missiles 12"}},
		{"Air defences shot down 66 of 104 Russian drones.", []string{"equipment:drones 66"}},
		// The whole is a loss too when its own loss word follows.
		{"12 of 40 killed were children.", []string{"killed 12", "killed 40"}},
		{"12 of 40 soldiers killed were conscripts.", []string{"killed 12", "killed 40"}},
	})
}

// TestFPSlashRate: a post's "1,100/day" after any verb is a bare rate,
// as "1,100 a day" is.
func TestFPSlashRate(t *testing.T) {
	fpRun(t, []struct {
		text string
		want []string
	}{
		{"Russian losses run at about 1,100/day, the UK MoD estimates.", []string{"casualties 1100 Russia day"}},
		{"Russian losses ran at 1,100/day.", []string{"casualties 1100 Russia day"}},
		{"Russian casualties are running at 1,100/day.", []string{"casualties 1100 Russia day"}},
		{"Russian losses averaged 1,100/day.", []string{"casualties 1100 Russia day"}},
		{"Russian losses run at 1,100/week in June.", []string{"casualties 1100 Russia week"}},
		// A slash that is no rate leaves the figure unnamed.
		{"Russian losses run at 1,100/1,200.", nil},
	})
}

// TestFPOfTheirOwn: "lost four of their own" after a count of machines
// is of the same machines, the doers'.
func TestFPOfTheirOwn(t *testing.T) {
	fpRun(t, []struct {
		text string
		want []string
	}{
		{"Ukrainian forces destroyed 14 Russian tanks near Pokrovsk and lost four of their own.", []string{"equipment:tanks 14 Russia", "equipment:tanks 4 Ukraine"}},
		{"Russian forces destroyed 14 Ukrainian tanks but lost 12 of their own, the monitor said.", []string{"equipment:tanks 14 Ukraine", "equipment:tanks 12 Russia"}},
		{"Ukraine destroyed 30 Russian drones and lost 2 of its own.", []string{"equipment:drones 30 Russia", "equipment:drones 2 Ukraine"}},
		// People after people stay people.
		{"Ukrainian forces killed 200 Russian soldiers and lost 40 of their own.", []string{"killed 200 Russia", "casualties 40 Ukraine"}},
	})
}

// TestFPSingleModelPassive: "a" and a model whose letters name its kind,
// then the passive of its loss, count one machine.
func TestFPSingleModelPassive(t *testing.T) {
	fpRun(t, []struct {
		text string
		want []string
	}{
		{"A Russian Su-34 was shot down on Tuesday, the Ukrainian air force said.", []string{"equipment:aircraft 1 Russia  2025-06-10..2025-06-10"}},
		{"A Russian Ka-52 was destroyed near Kherson on Monday.", []string{"equipment:helicopters 1 Russia  2025-06-09..2025-06-09"}},
		{"A Ukrainian Su-27 was lost in a crash on Tuesday.", []string{"equipment:aircraft 1 Ukraine"}},
		{"A Russian Su-34 fighter-bomber was shot down on Tuesday.", []string{"equipment:aircraft 1 Russia"}},
		// A model seen, not lost.
		{"A Russian Su-34 was spotted over Kursk on Tuesday.", nil},
	})
}

// TestFPFallOfThe: "the fall of the base" is a place taken, not the
// autumn; "the fall of 2024" and "the fall of the year" still are.
func TestFPFallOfThe(t *testing.T) {
	fpRun(t, []struct {
		text string
		want []string
	}{
		{"The rebels killed 400 soldiers in the fall of the base.", []string{"killed 400   ..2025-06-12"}},
		{"The rebels killed 400 soldiers after the fall of its capital.", []string{"killed 400   ..2025-06-12"}},
		{"The rebels killed 400 soldiers in the fall of 2024.", []string{"killed 400   2024-09-01..2024-11-30"}},
		{"The rebels killed 400 soldiers in the fall of the year.", []string{"killed 400   2024-09-01..2024-11-30"}},
	})
}
