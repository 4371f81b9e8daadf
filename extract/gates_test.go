package extract

import (
	"strings"
	"testing"
)

// TestGateClasses checks that the words rules find by a class bit before
// comparing strings have the bit.
func TestGateClasses(t *testing.T) {
	for _, w := range []string{"while", "whereas", "but"} {
		if !contrastWord(w) || lexFast.get(w)&clsCue == 0 {
			t.Errorf("contrast word %q: no clsCue", w)
		}
	}
	// perfectTense finds "have" and "has" by clsHave, and no other word.
	for w, c := range lexicon {
		if got, want := c&clsHave != 0, w == "have" || w == "has"; got != want {
			t.Errorf("%q: clsHave %v", w, got)
		}
	}
	for _, w := range []string{"have", "has"} {
		if lexFast.get(w)&clsHave == 0 {
			t.Errorf("%q: no clsHave", w)
		}
	}
	// timeWord compares the days' names.
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	if len(weekdays) != len(days) {
		t.Errorf("weekdays has %d names, timeWord %d", len(weekdays), len(days))
	}
	for w := range weekdays {
		// weekdayName's first test.
		if len(w) < len("monday") || !strings.HasSuffix(w, "day") {
			t.Errorf("day %q: weekdayName does not find it", w)
		}
	}
	for _, w := range days {
		_, id := lexFast.lookup(w)
		if _, ok := weekdays[w]; !ok || !timeWord(w) || !weekdayIx.at(&token{id: id}) {
			t.Errorf("day %q: not a weekday to every rule", w)
		}
	}
}

// TestGateClassesOfPeriods checks the bits setPeriod's rules test before
// their words: "toll", for sentWords's d.toll and tollBefore.
func TestGateClassesOfPeriods(t *testing.T) {
	if c := lexFast.get("toll"); c&clsCatEnd == 0 || c&clsSentWord == 0 {
		t.Errorf(`"toll": classes %#x lack clsCatEnd or clsSentWord`, c)
	}
}
