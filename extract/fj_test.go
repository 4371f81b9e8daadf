package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attrition-project/attrition"
)

// fjCase is a text and the claims expected of it, in order, each as
// "actor category low" (actor "-" when none), with "~" after the figure
// when approx and "..high" when a range.
type fjCase struct {
	text string
	want []string
}

func fjShow(c attrition.Claim) string {
	actor := c.Actor
	if actor == "" {
		actor = "-"
	}
	s := actor + " " + c.Category + " "
	if c.Low != nil {
		s += fmt.Sprintf("%g", *c.Low)
	}
	if c.High != nil && (c.Low == nil || *c.High != *c.Low) {
		s += fmt.Sprintf("..%g", *c.High)
	}
	if c.Approx {
		s += "~"
	}
	return s
}

func fjCheck(t *testing.T, cases []fjCase) {
	t.Helper()
	for _, tc := range cases {
		cs := run(t, tc.text, "2025-06-12", "")
		got := make([]string, len(cs))
		for i, c := range cs {
			got[i] = fjShow(c)
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// Two or more things that befell people, joined, are the category that
// holds them all.
func TestFjJoinedCategories(t *testing.T) {
	fjCheck(t, []fjCase{
		{"Russian forces lost 1,500 dead, wounded and missing within a week.", []string{"Russia casualties 1500"}},
		{"Ukraine says 1,500 Russian soldiers were captured or killed in the operation last week.", []string{"Russia casualties 1500"}},
		{"Some 300 Ukrainian soldiers were taken prisoner or killed in the battle last week.", []string{"Ukraine casualties 300~"}},
		{"Some 300 Ukrainian soldiers were dead or captured last week.", []string{"Ukraine casualties 300~"}},
		{"The strike left 60 people injured or dead on Monday.", []string{"- casualties 60"}},
		{"Some 300 Ukrainian soldiers were captured or went missing last week.", []string{"Ukraine casualties 300~"}},
		{"Some 300 Ukrainian soldiers were wounded or went missing last week.", []string{"Ukraine casualties 300~"}},
		// The killed and missing together have their own category.
		{"Some 300 Ukrainian soldiers were killed or missing last week.", []string{"Ukraine killed_or_missing 300~"}},
		{"Some 300 Ukrainian soldiers were dead or went missing last week.", []string{"Ukraine killed_or_missing 300~"}},
		{"Some 300 Ukrainian soldiers were missing or have been killed since May.", []string{"Ukraine killed_or_missing 300~"}},
		// Each figure its own: nothing joined.
		{"Some 300 Ukrainian soldiers were killed, 20 wounded and 5 missing last week.", []string{"Ukraine killed 300~", "Ukraine wounded 20", "Ukraine missing 5"}},
		{"The strike killed 5 people and injured 12 on Monday.", []string{"- killed 5", "- wounded 12"}},
		{"Five people were killed and hostages were taken in the raid on Monday.", []string{"- killed 5"}},
	})
}

// "N of them" after equipment struck by weapons: the equipment struck.
func TestFjOfThemNotInstrument(t *testing.T) {
	fjCheck(t, []fjCase{
		{"Ukraine said 8 Russian tanks were hit by FPV drones near Pokrovsk on Monday, 5 of them burned out.", []string{"Russia equipment:tanks 8", "Russia equipment:tanks 5"}},
		{"Israel said 6 of its Merkava tanks were hit by anti-tank missiles on Tuesday, 2 of them knocked out completely.", []string{"Israel equipment:tanks 6", "Israel equipment:tanks 2"}},
		{"Israel said 6 Merkava tanks were struck with missiles on Tuesday, 2 of them were knocked out.", []string{"Israel equipment:tanks 6", "Israel equipment:tanks 2"}},
		// Counted weapons are what "them" stands for.
		{"Russia attacked Ukraine with 117 drones overnight, and Ukrainian forces downed 79 of them.", []string{"Russia equipment:drones 79"}},
	})
}

// "fatal" said of casualties counted is killed; of another noun, nothing.
func TestFjFatal(t *testing.T) {
	fjCheck(t, []fjCase{
		{"The battalion suffered 120 casualties, 40 of them fatal.", []string{"- casualties 120", "- killed 40"}},
		{"Of the 120 casualties the battalion suffered, 40 were fatal.", []string{"- casualties 120", "- killed 40"}},
		{"The brigade suffered 120 casualties, of which 40 were fatal.", []string{"- casualties 120", "- killed 40"}},
		{"The army suffered 120 fatal casualties last week.", []string{"- killed 120"}},
		{"There were 12 fatal attacks on aid workers in Sudan last year.", nil},
	})
}

// "+/-" is "±": one figure and its margin.
func TestFjPlusMinus(t *testing.T) {
	fjCheck(t, []fjCase{
		{"Russian forces lost 500 +/- 50 troops near Pokrovsk yesterday.", []string{"Russia casualties 450..550"}},
		{"Russian forces lost 500+/-50 troops near Pokrovsk yesterday.", []string{"Russia casualties 450..550"}},
		{"Russian forces lost 500 ± 50 troops near Pokrovsk yesterday.", []string{"Russia casualties 450..550"}},
	})
}

// "only" between a loss verb and its figure plays it down, no more.
func TestFjOnly(t *testing.T) {
	fjCheck(t, []fjCase{
		{"The army said it had lost only nine men.", []string{"- casualties 9"}},
		{"The army said it had lost only nine soldiers.", []string{"- casualties 9"}},
		{"The army said it lost merely nine men.", []string{"- casualties 9"}},
		{"The army said it had lost just nine men.", []string{"- casualties 9"}},
	})
}

// "voluntarily surrendered" are captured as "surrendered" are.
func TestFjSurrenderedAdverb(t *testing.T) {
	fjCheck(t, []fjCase{
		{"More than 1,000 Russian soldiers have voluntarily surrendered since 2022.", []string{"Russia captured 1000"}},
		{"Some 200 Ukrainian troops willingly surrendered last week.", []string{"Ukraine captured 200~"}},
	})
}

// "lost" that is no loss in war.
func TestFjLostNoLoss(t *testing.T) {
	fjCheck(t, []fjCase{
		{"The 155th Marine Brigade, which lost 1,700 men to desertion, was sent to Pokrovsk.", nil},
		{"The army lost contact with 20 soldiers near Pokrovsk on Tuesday.", nil},
		{"The army lost touch with 20 soldiers near Pokrovsk on Tuesday.", nil},
		{"The army lost 20 soldiers near Pokrovsk on Tuesday.", []string{"Ukraine casualties 20"}},
	})
}
