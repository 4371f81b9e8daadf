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
